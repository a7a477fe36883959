# Extra variety: services and zones, ambiguity, Title Case, hard negatives. Written for newskg.
SENTENCES = r"""
[Zoom|SVC] meetings dropped repeatedly for users in [Europe|LOC] on Tuesday, while [Zoom|COM] said its engineers were investigating.
[Teams|SVC] calls in [Japan|LOC] failed to connect for an hour, [Microsoft|COM] said.
Some [Google Meet|SVC] users could not share their screens after a browser update.
[Webex|SVC], the video service owned by [Cisco|COM], was slow for customers in [India|LOC].
[Amazon|COM]'s [Elastic Load Balancing|SVC] and [Amazon RDS|SVC] were impaired in two availability zones in [eu-west-1|LOC].
The [ap-northeast-1|LOC] region of [AWS|COM] suffered a networking failure that lasted about six hours.
[Azure Kubernetes Service|SVC] clusters in [East US 2|LOC] could not scale out because of a capacity shortage.
[Google Kubernetes Engine|SVC] and [Cloud Storage|SVC] in [us-central1|LOC] showed elevated latency.
[Alibaba Cloud|COM] said [ApsaraDB for RDS|SVC] in [Zone D|LOC] of its [Beijing|LOC] region was unavailable for 50 minutes.
[Tencent Cloud|COM] reported that [Cloud Virtual Machine|SVC] instances in [Shanghai Zone 4|LOC] had restarted unexpectedly.
[Huawei Cloud|COM] said [Object Storage Service|SVC] in [AF-Johannesburg|LOC] returned errors during the maintenance window.
[Oracle|COM] said [Autonomous Database|SVC] in [uk-london-1|LOC] was degraded.
[IBM Cloud|COM] said its [Cloud Object Storage|SVC] service in [Frankfurt|LOC] had recovered.
[Cloudflare|COM] said [R2|SVC] storage and [Workers KV|SVC] were hit by the failure of a third-party dependency.
[Fastly|COM]'s [Compute@Edge|SVC] platform returned 503 errors for customers in [South America|LOC].
[Stratus Queue|SVC] consumers in [Zone A|LOC] of the [Lisbon|LOC] region saw duplicate messages.
[Corvane Systems|COM] said [Corvane Edge|SVC] nodes in [Johannesburg|LOC] and [Cape Town|LOC] were drained for maintenance.
[Kavreo Cloud|COM] said its [Kavreo Block Storage|SVC] service in [Zone 3|LOC] lost redundancy after two disks failed.
[Vantor Cloud|COM] said [NimbusDB|SVC] clusters in [eu-north-2|LOC] had failed over to a secondary zone.
[Ardent Cloud|COM] said [Ardent Compute|SVC] and [Ardent Object Store|SVC] were unaffected by the power issue in [Zone C|LOC].
[Marlowe Compute|COM]'s [Marlowe Burst|SVC] queue was paused while technicians replaced the faulty battery.
[Snowflake|COM] said [Snowpipe|SVC] ingestion in [ap-south-1|LOC] was delayed by up to 40 minutes.
[Datadog|COM] said its monitoring service in the [US1|LOC] site stopped ingesting data after an operating system update.
[MongoDB|COM] said [Atlas|SVC] clusters hosted on [Google Cloud|COM] in [asia-east1|LOC] were briefly unreachable.
[Elastic|COM] said [Elastic Cloud|SVC] deployments in [Sydney|LOC] were affected by the upstream outage.
[Confluent|COM] said [Confluent Cloud|SVC] had been restored in all regions.
[Twilio|COM] said [SendGrid|SVC] email delivery was delayed for some customers.
[Shopify|COM] merchants could not process orders through [Shop Pay|SVC] for about an hour.
[PayPal|COM] said [Venmo|SVC] transfers were delayed because of a processing issue.
[Visa|COM] said a hardware failure in one of its data centres stopped card transactions across [Europe|LOC].
[Mastercard|COM] said contactless payments in [Poland|LOC] had been disrupted by a problem at a local processor.
[Square|SVC] sellers could not take card payments for several hours, [Block|COM] said.
[Revolut|COM] customers in [Lithuania|LOC] reported failed card payments on Saturday.
[Monzo|COM] said its app was working again after problems with a supplier.
[Klarna|COM] said the outage had affected checkout at some retailers in [Sweden|LOC].
[Wise|COM] said transfers to [Nigeria|LOC] were delayed by a bank holiday, not a technical fault.
[Adyen|COM] Hit by Attack That Disrupts Payments Across [Europe|LOC]
[Visa|COM] Restores Card Payments After Hardware Failure
[Revolut|COM] Wins Banking Licence in [United Kingdom|LOC]
[Zendesk|COM] Names [Tom Keiser|PER] Chief Executive
[Datadog|COM] Outage Leaves Engineers Flying Blind
[Fenwick Group|COM] to Sell Managed Services Arm
[Gartner|COM] Cuts Cloud Spending Forecast
[Kora Cloud|COM] Raises Seed Round to Expand in [West Africa|LOC]
[Paystream Africa|COM] Suspends Payouts After System Error
[Atlas Cloud Maroc|COM] Opens Data Centre in [Casablanca|LOC]
[Fjordstack|COM] Hires Former [Telenor|COM] Executive as Chief Operating Officer
[Saigon Pay|COM] Wallet Down for Second Day
[Najd Digital|COM] Signs [Riyadh|LOC] Data Centre Deal With [Oracle|COM]
[Certwatch|COM] Warns of Wave of Expiring Certificates
[Nordlys Energi|COM] to Power New [Oslo|LOC] Campus
[ECB|ORG] Tells Banks to Plan for Cloud Exit
[CISA|ORG] Orders Agencies to Patch [Ivanti|COM] Flaw
[Vodafone Idea|COM] Users Hit by Network Outage in [Kerala|LOC]
Tuesday's Outage: What We Know So Far
Analysts Split on Whether the Deal Makes Sense
Record Heat Tests Data Centre Cooling Systems
How a Typo Took Down the Cloud
The Hidden Cost of Free Cloud Credits
Engineers Race to Restore Service After Overnight Failure
Board Approves Sale of Hosting Unit
Cloud Customers Demand Better Status Pages
It was not clear on Wednesday how many people had been affected by the disruption.
The engineer who made the change had followed the documented procedure, the report said.
Investors will be watching whether the new chief executive keeps the dividend.
Several users said on social media that they had lost hours of work.
The company has not said when the new data centre will open.
The incident highlights how much of the internet depends on a handful of providers.
Redundant links failed at the same time because they shared the same physical conduit.
A spokesman said the company was cooperating fully with the investigation.
The fine is the largest the agency has imposed on a telecoms operator.
In a letter to shareholders, the chairman said the company would return to growth next year.
The new region will have three availability zones and is expected to open in the autumn.
Engineers had been warned that the certificate would expire but the ticket was closed by mistake.
Monday's results showed a sharp slowdown in subscription revenue.
Rural areas in the north were the worst affected, with some customers offline for two days.
The East Wing of the data centre was evacuated after smoke was detected.
Staff at the Operations Centre noticed the temperature rising shortly after midnight.
Emergency Services were not called because the fire suppression system worked as designed.
The Incident Review Board meets every Thursday to discuss outages from the previous week.
The Annual Report said cyber risk was the company's largest operational concern.
Cloud Outages Cost Businesses Billions Each Year, Study Finds
Network equipment from a single vendor accounted for most of the failures.
Most customers were able to switch to a backup region within an hour.
Prices for data centre power in the region have doubled in three years.
The acquisition will give the buyer access to thousands of small business customers.
The hiring freeze will remain in place until at least the end of the year.
"""
