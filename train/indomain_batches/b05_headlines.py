# Title Case headlines, ALL-CAPS datelines and product launches. Written for newskg.
SENTENCES = r"""
[Corvane Systems|ORG] Names New Chief Executive After Founder Steps Down
[AWS|ORG] Outage Hits [Lambda|SVC], [DynamoDB|SVC] in [Northern Virginia|LOC]
[Microsoft|ORG] Says [Teams|SVC] Disruption Caused by Faulty Network Change
[Halvorsen Data|ORG] Shares Slide as [Frankfurt|LOC] Data Centre Stays Dark
[Kestrel Finance|ORG] to Buy [Ilmarinen Pay|ORG] in $900 Million Deal
[Google Cloud|ORG] Blames Power Failure for [europe-west2|LOC] Outage
[Ofcom|ORG] Fines [Trenwick Telecom|ORG] Over Emergency Call Failure
[Priya Raman|PER] Takes the Helm at [Corvane|ORG] as Growth Slows
[Cloudflare|ORG] Apologises for Second Major Outage in a Month
[Alibaba Cloud|ORG] Hit by Cooling Failure in [Hong Kong|LOC] Data Centre
[Salesforce|ORG] to Cut Jobs as [Marc Benioff|PER] Pledges Leaner Company
[Vantor Cloud|ORG] Launches [NimbusDB|SVC] Serverless Tier for Developers
[Meta|ORG] Faces Record Fine From [European Commission|ORG]
[Zoom|ORG] Reports Slower Growth as Pandemic Boom Fades
[Snowflake|ORG] Buys Data Start-Up in Push Into AI Tools
[Sarvik Datacentres|ORG] Opens Second Campus Near [Dublin|LOC]
[Okta|ORG] Says Hackers Stole Data on All Support Customers
[Tencent Cloud|ORG] Restores Service After [Guangzhou|LOC] Storage Fault
[Quillon Health|ORG] Portal Back Online After Ransomware Attack
[Stripe|ORG] Valuation Rises in Employee Share Sale
[Oracle|ORG] Signs Cloud Deal With [OpenAI|ORG], Shares Soar
[Nvidia|ORG] Chief [Jensen Huang|PER] Visits [Taipei|LOC] Suppliers
[Rakuten Mobile|ORG] Names [Aiko Tanabe|PER] President
[Trenwick Telecom|ORG] Agrees Tower Sale to [Cellnex|ORG]
[Lumenpay|SVC] Payments Fail for Three Hours After Certificate Expires
[Atlassian|ORG] Restores Last of Customer Sites After Two-Week Outage
[Brightwater Networks|ORG] Hires [Vodafone|ORG] Veteran to Run Fibre Build
[SEC|ORG] Charges [Quanta Ledger|ORG] Founders With Fraud
[Amazon|ORG] Shares Jump as [AWS|ORG] Growth Reaccelerates
[Pellucid Software|ORG] Explores Sale Under Pressure From [Elliott|ORG]
[Slack|SVC] Down for Thousands of Users on Monday Morning
[Huawei Cloud|ORG] Expands in [Saudi Arabia|LOC] With New Region
[Ardent Cloud|ORG] Completes [Nubeo|ORG] Acquisition
[Google|ORG] Brings [Gemini|SVC] to [Gmail|SVC] and [Google Docs|SVC]
[Reliance Jio|ORG] Network Outage Frustrates Users in [Mumbai|LOC]
[Marlowe Compute|ORG] Raises $120 Million to Add GPU Capacity
[CNIL|ORG] Hits [Lintwood Labs|ORG] With Privacy Fine
[Apple|ORG] Confirms [iCloud|SVC] and [App Store|SVC] Outage
[Hetzner|ORG] Customers Report Network Problems in [Falkenstein|LOC]
Former [Oracle|ORG] Executive Joins [Kestrel Finance|ORG] as Technology Chief
[Dalvik Systems|ORG] Recalls Storage Firmware After Data Loss
[Kavreo Cloud|ORG] Picks [Warsaw|LOC] for Its First Region in [Poland|LOC]
[Disney+|SVC] Subscribers Rise as Price Increases Take Hold
[Velora Networks|ORG] and [Ostrava Link|ORG] Agree to Merge
Inside the Outage That Took Down Half the Internet
Why Cloud Providers Keep Falling Over in Heatwaves
What the Board Meeting Means for Investors
Five Lessons From This Year's Biggest Outages
The Outage Report: A Week of Expired Certificates
Chief Executive Departs After Turbulent Quarter
Cloud Spending Slows as Customers Optimise Bills
Data Centre Power Crunch Worsens Across the Region
[FRANKFURT|LOC], March 3 — [Halvorsen Data AG|ORG] said on Monday that all customer systems had been restored after a weekend power failure.
[SEATTLE|LOC], April 12 — [Amazon|ORG] said its cloud unit would invest $11 billion in new data centres in [Indiana|LOC].
[REDMOND|LOC], Jan. 24 — [Microsoft|ORG] said [Azure|SVC] revenue grew faster than analysts had expected.
[LONDON|LOC], Nov. 8 — [Ofcom|ORG] said it had opened a formal investigation into [Trenwick Telecom|ORG].
[HANGZHOU|LOC], Dec. 19 — [Alibaba Cloud|ORG] said engineers had replaced the faulty cooling equipment at its [Hong Kong|LOC] facility.
[SINGAPORE|LOC], Oct. 2 — The [Monetary Authority of Singapore|ORG] ordered [DBS Bank|ORG] to halve the pace of its digital projects.
[STOCKHOLM|LOC], June 5 — [Telia|ORG] named [Jakob Lindahl|PER] chief executive, effective immediately.
[SAN FRANCISCO|LOC], Feb. 14 — [Cloudflare|ORG] said it had fixed the software bug behind Tuesday's outage.
[TOKYO|LOC], July 1 — [Rakuten Mobile|ORG] said the network failure affected about 1.3 million subscribers.
[BENGALURU|LOC], Aug. 22 — [Infosys|ORG] said it had signed a large deal with a European bank.
[SÃO PAULO|LOC], May 9 — [Nubank|ORG] said customers could once again use [Pix|SVC] transfers after a two-hour interruption.
[DUBLIN|LOC], Sept. 30 — [Sarvik Datacentres|ORG] said it would seek planning permission for a third campus.
[SHENZHEN|LOC], March 28 — [Tencent|ORG] said it would raise spending on AI infrastructure.
[WARSAW|LOC], April 2 — [Kavreo Cloud|ORG] opened its [Warsaw|LOC] region with three availability zones.
[PARIS|LOC], Jan. 16 — [CNIL|ORG] fined [Lintwood Labs|ORG] 2 million euros for storing voice recordings without consent.
[MUMBAI|LOC], Nov. 14 — [Reliance Jio|ORG] said services had been restored across [Maharashtra|LOC].
[TORONTO|LOC], July 9 — [Rogers Communications|ORG] said it would spend $10 billion on network reliability.
[MADRID|LOC], June 18 — [Ardent Cloud|ORG] said [Camila Restrepo|PER] would lead the integration of [Nubeo|ORG].
[SYDNEY|LOC], Nov. 9 — [Optus|ORG] chief executive [Kelly Bayer Rosmarin|PER] apologised to customers for the outage.
[NAIROBI|LOC], Feb. 3 — [Safaricom|ORG] said [M-Pesa|SVC] transactions were delayed for about two hours.
[ZURICH|LOC], May 22 — [FINMA|ORG] said it had closed its proceedings against the bank.
[AMSTERDAM|LOC], Oct. 11 — [Adyen|ORG] said a denial-of-service attack had disrupted payments for merchants in [Europe|LOC].
[SEOUL|LOC], Oct. 16 — [Kakao|ORG] said [KakaoTalk|SVC] had been restored after a fire at a data centre in [Pangyo|LOC].
[JOHANNESBURG|LOC], Aug. 1 — [Ilanga Telecom|ORG] said [Lindiwe Dube|PER] would take over as chief executive.
[CORVANE SYSTEMS|ORG] TO CUT 400 JOBS IN RESTRUCTURING
BREAKING: [AWS|ORG] REPORTS ELEVATED ERROR RATES IN [US-EAST-1|LOC]
[Vantor Cloud|ORG] introduced [Stratus Queue Pro|SVC], a paid tier with higher message limits, on Wednesday.
[Microsoft|ORG] unveiled [Copilot|SVC] for [Microsoft 365|SVC], priced at $30 per user per month.
[Google|ORG] launched [Bard|SVC] in [Europe|LOC] after addressing concerns raised by privacy regulators.
[Corvane Systems|ORG] released [Corvane Edge|SVC], a content delivery service aimed at media companies.
[Apple|ORG] introduced [Apple Intelligence|SVC] features for the [iPhone|SVC] and [Mac|SVC].
[Kestrel Finance|ORG] launched [Lumenpay|SVC] in [Portugal|LOC], its seventh market.
[Amazon|ORG] announced [Bedrock|SVC], a service that gives developers access to foundation models through an API.
[Ofelia Systems|ORG] said [Ofelia Sync|SVC] 4.0 would include end-to-end encryption.
[Snowflake|ORG] unveiled the [Snowpipe Streaming API|SVC] for loading data in near real time.
[Tencent|ORG] rolled out [Hunyuan|SVC], its large language model, to enterprise customers through [Tencent Cloud|ORG].
[Lintwood Labs|ORG] launched a cheaper version of its [Ember Home|SVC] thermostat.
[Meta|ORG] launched [Threads|SVC], a text-based rival to [X|SVC], in more than 100 countries.
[Cloudflare|ORG] introduced [Workers AI|SVC], letting developers run models on its edge network.
[Halvorsen Data AG|ORG] began offering [HalvoBackup|SVC] to small banks in [Austria|LOC] and [Switzerland|LOC].
[Orrin Logistics|ORG] said the new version of [TrackPoint|SVC] would show live van locations.
[Samsung|ORG] launched [Samsung Pay|SVC] in [India|LOC] with support for local debit cards.
[Quanta Ledger|ORG] released the [QLedger API|SVC] version 3 with support for real-time settlement.
[Spotify|ORG] began testing an audiobook subscription called [Audiobooks+|SVC] in [Australia|LOC].
[Zoom|ORG] launched [Zoom Workplace|SVC], bundling meetings, chat and whiteboards into one app.
[Marlowe Compute|ORG] made its [Marlowe Burst|SVC] GPU rental service available to universities in [Scotland|LOC].
[Huawei|ORG] released [HarmonyOS NEXT|SVC], which no longer runs [Android|SVC] apps.
[Oracle|ORG] made [Oracle Database@Azure|SVC] available in more regions.
[Trenwick Telecom|ORG] introduced [Trenwick Home 5G|SVC], a fixed wireless broadband service.
"""
