# Title Case headlines, ALL-CAPS datelines and product launches. Written for newskg.
SENTENCES = r"""
[Corvane Systems|COM] Names New Chief Executive After Founder Steps Down
[AWS|COM] Outage Hits [Lambda|SVC], [DynamoDB|SVC] in [Northern Virginia|LOC]
[Microsoft|COM] Says [Teams|SVC] Disruption Caused by Faulty Network Change
[Halvorsen Data|COM] Shares Slide as [Frankfurt|LOC] Data Centre Stays Dark
[Kestrel Finance|COM] to Buy [Ilmarinen Pay|COM] in $900 Million Deal
[Google Cloud|COM] Blames Power Failure for [europe-west2|LOC] Outage
[Ofcom|ORG] Fines [Trenwick Telecom|COM] Over Emergency Call Failure
[Priya Raman|PER] Takes the Helm at [Corvane|COM] as Growth Slows
[Cloudflare|COM] Apologises for Second Major Outage in a Month
[Alibaba Cloud|COM] Hit by Cooling Failure in [Hong Kong|LOC] Data Centre
[Salesforce|COM] to Cut Jobs as [Marc Benioff|PER] Pledges Leaner Company
[Vantor Cloud|COM] Launches [NimbusDB|SVC] Serverless Tier for Developers
[Meta|COM] Faces Record Fine From [European Commission|ORG]
[Zoom|COM] Reports Slower Growth as Pandemic Boom Fades
[Snowflake|COM] Buys Data Start-Up in Push Into AI Tools
[Sarvik Datacentres|COM] Opens Second Campus Near [Dublin|LOC]
[Okta|COM] Says Hackers Stole Data on All Support Customers
[Tencent Cloud|COM] Restores Service After [Guangzhou|LOC] Storage Fault
[Quillon Health|COM] Portal Back Online After Ransomware Attack
[Stripe|COM] Valuation Rises in Employee Share Sale
[Oracle|COM] Signs Cloud Deal With [OpenAI|COM], Shares Soar
[Nvidia|COM] Chief [Jensen Huang|PER] Visits [Taipei|LOC] Suppliers
[Rakuten Mobile|COM] Names [Aiko Tanabe|PER] President
[Trenwick Telecom|COM] Agrees Tower Sale to [Cellnex|COM]
[Lumenpay|SVC] Payments Fail for Three Hours After Certificate Expires
[Atlassian|COM] Restores Last of Customer Sites After Two-Week Outage
[Brightwater Networks|COM] Hires [Vodafone|COM] Veteran to Run Fibre Build
[SEC|ORG] Charges [Quanta Ledger|COM] Founders With Fraud
[Amazon|COM] Shares Jump as [AWS|COM] Growth Reaccelerates
[Pellucid Software|COM] Explores Sale Under Pressure From [Elliott|COM]
[Slack|SVC] Down for Thousands of Users on Monday Morning
[Huawei Cloud|COM] Expands in [Saudi Arabia|LOC] With New Region
[Ardent Cloud|COM] Completes [Nubeo|COM] Acquisition
[Google|COM] Brings [Gemini|SVC] to [Gmail|SVC] and [Google Docs|SVC]
[Reliance Jio|COM] Network Outage Frustrates Users in [Mumbai|LOC]
[Marlowe Compute|COM] Raises $120 Million to Add GPU Capacity
[CNIL|ORG] Hits [Lintwood Labs|COM] With Privacy Fine
[Apple|COM] Confirms [iCloud|SVC] and [App Store|SVC] Outage
[Hetzner|COM] Customers Report Network Problems in [Falkenstein|LOC]
Former [Oracle|COM] Executive Joins [Kestrel Finance|COM] as Technology Chief
[Dalvik Systems|COM] Recalls Storage Firmware After Data Loss
[Kavreo Cloud|COM] Picks [Warsaw|LOC] for Its First Region in [Poland|LOC]
[Disney+|SVC] Subscribers Rise as Price Increases Take Hold
[Velora Networks|COM] and [Ostrava Link|COM] Agree to Merge
Inside the Outage That Took Down Half the Internet
Why Cloud Providers Keep Falling Over in Heatwaves
What the Board Meeting Means for Investors
Five Lessons From This Year's Biggest Outages
The Outage Report: A Week of Expired Certificates
Chief Executive Departs After Turbulent Quarter
Cloud Spending Slows as Customers Optimise Bills
Data Centre Power Crunch Worsens Across the Region
[FRANKFURT|LOC], March 3 — [Halvorsen Data AG|COM] said on Monday that all customer systems had been restored after a weekend power failure.
[SEATTLE|LOC], April 12 — [Amazon|COM] said its cloud unit would invest $11 billion in new data centres in [Indiana|LOC].
[REDMOND|LOC], Jan. 24 — [Microsoft|COM] said [Azure|SVC] revenue grew faster than analysts had expected.
[LONDON|LOC], Nov. 8 — [Ofcom|ORG] said it had opened a formal investigation into [Trenwick Telecom|COM].
[HANGZHOU|LOC], Dec. 19 — [Alibaba Cloud|COM] said engineers had replaced the faulty cooling equipment at its [Hong Kong|LOC] facility.
[SINGAPORE|LOC], Oct. 2 — The [Monetary Authority of Singapore|ORG] ordered [DBS Bank|COM] to halve the pace of its digital projects.
[STOCKHOLM|LOC], June 5 — [Telia|COM] named [Jakob Lindahl|PER] chief executive, effective immediately.
[SAN FRANCISCO|LOC], Feb. 14 — [Cloudflare|COM] said it had fixed the software bug behind Tuesday's outage.
[TOKYO|LOC], July 1 — [Rakuten Mobile|COM] said the network failure affected about 1.3 million subscribers.
[BENGALURU|LOC], Aug. 22 — [Infosys|COM] said it had signed a large deal with a European bank.
[SÃO PAULO|LOC], May 9 — [Nubank|COM] said customers could once again use [Pix|SVC] transfers after a two-hour interruption.
[DUBLIN|LOC], Sept. 30 — [Sarvik Datacentres|COM] said it would seek planning permission for a third campus.
[SHENZHEN|LOC], March 28 — [Tencent|COM] said it would raise spending on AI infrastructure.
[WARSAW|LOC], April 2 — [Kavreo Cloud|COM] opened its [Warsaw|LOC] region with three availability zones.
[PARIS|LOC], Jan. 16 — [CNIL|ORG] fined [Lintwood Labs|COM] 2 million euros for storing voice recordings without consent.
[MUMBAI|LOC], Nov. 14 — [Reliance Jio|COM] said services had been restored across [Maharashtra|LOC].
[TORONTO|LOC], July 9 — [Rogers Communications|COM] said it would spend $10 billion on network reliability.
[MADRID|LOC], June 18 — [Ardent Cloud|COM] said [Camila Restrepo|PER] would lead the integration of [Nubeo|COM].
[SYDNEY|LOC], Nov. 9 — [Optus|COM] chief executive [Kelly Bayer Rosmarin|PER] apologised to customers for the outage.
[NAIROBI|LOC], Feb. 3 — [Safaricom|COM] said [M-Pesa|SVC] transactions were delayed for about two hours.
[ZURICH|LOC], May 22 — [FINMA|ORG] said it had closed its proceedings against the bank.
[AMSTERDAM|LOC], Oct. 11 — [Adyen|COM] said a denial-of-service attack had disrupted payments for merchants in [Europe|LOC].
[SEOUL|LOC], Oct. 16 — [Kakao|COM] said [KakaoTalk|SVC] had been restored after a fire at a data centre in [Pangyo|LOC].
[JOHANNESBURG|LOC], Aug. 1 — [Ilanga Telecom|COM] said [Lindiwe Dube|PER] would take over as chief executive.
[CORVANE SYSTEMS|COM] TO CUT 400 JOBS IN RESTRUCTURING
BREAKING: [AWS|COM] REPORTS ELEVATED ERROR RATES IN [US-EAST-1|LOC]
[Vantor Cloud|COM] introduced [Stratus Queue Pro|SVC], a paid tier with higher message limits, on Wednesday.
[Microsoft|COM] unveiled [Copilot|SVC] for [Microsoft 365|SVC], priced at $30 per user per month.
[Google|COM] launched [Bard|SVC] in [Europe|LOC] after addressing concerns raised by privacy regulators.
[Corvane Systems|COM] released [Corvane Edge|SVC], a content delivery service aimed at media companies.
[Apple|COM] introduced [Apple Intelligence|SVC] features for the [iPhone|SVC] and [Mac|SVC].
[Kestrel Finance|COM] launched [Lumenpay|SVC] in [Portugal|LOC], its seventh market.
[Amazon|COM] announced [Bedrock|SVC], a service that gives developers access to foundation models through an API.
[Ofelia Systems|COM] said [Ofelia Sync|SVC] 4.0 would include end-to-end encryption.
[Snowflake|COM] unveiled the [Snowpipe Streaming API|SVC] for loading data in near real time.
[Tencent|COM] rolled out [Hunyuan|SVC], its large language model, to enterprise customers through [Tencent Cloud|COM].
[Lintwood Labs|COM] launched a cheaper version of its [Ember Home|SVC] thermostat.
[Meta|COM] launched [Threads|SVC], a text-based rival to [X|SVC], in more than 100 countries.
[Cloudflare|COM] introduced [Workers AI|SVC], letting developers run models on its edge network.
[Halvorsen Data AG|COM] began offering [HalvoBackup|SVC] to small banks in [Austria|LOC] and [Switzerland|LOC].
[Orrin Logistics|COM] said the new version of [TrackPoint|SVC] would show live van locations.
[Samsung|COM] launched [Samsung Pay|SVC] in [India|LOC] with support for local debit cards.
[Quanta Ledger|COM] released the [QLedger API|SVC] version 3 with support for real-time settlement.
[Spotify|COM] began testing an audiobook subscription called [Audiobooks+|SVC] in [Australia|LOC].
[Zoom|COM] launched [Zoom Workplace|SVC], bundling meetings, chat and whiteboards into one app.
[Marlowe Compute|COM] made its [Marlowe Burst|SVC] GPU rental service available to universities in [Scotland|LOC].
[Huawei|COM] released [HarmonyOS NEXT|SVC], which no longer runs [Android|SVC] apps.
[Oracle|COM] made [Oracle Database@Azure|SVC] available in more regions.
[Trenwick Telecom|COM] introduced [Trenwick Home 5G|SVC], a fixed wireless broadband service.
"""
