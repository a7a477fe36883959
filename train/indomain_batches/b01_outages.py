# Outage reports and incident descriptions. Written for newskg.
SENTENCES = r"""
[Amazon Web Services|ORG] said a power failure in a single data centre in [us-east-1|LOC] disrupted [EC2|SVC] and [Lambda|SVC] for about three hours on Tuesday.
Customers of [Corvane Systems|ORG] were unable to reach the [Stratus Queue|SVC] messaging service for most of Monday morning after a faulty configuration push.
[Microsoft|ORG] blamed a change to its wide-area network for the outage that knocked [Teams|SVC], [Outlook|SVC] and [Azure|SVC] offline for users in [Europe|LOC] and [Asia|LOC].
A cooling failure at an [Alibaba Cloud|ORG] facility in [Hong Kong|LOC] took down [Elastic Compute Service|SVC] instances in [Zone C|LOC] for more than twelve hours.
[Cloudflare|ORG] said the disruption began at 06:27 UTC when a routine update to its [WAF|SVC] rules caused CPU usage to spike across its network.
The [Halvorsen Data AG|ORG] site in [Frankfurt|LOC] lost utility power twice in an hour, and backup generators failed to start on the second attempt.
Users across [Brazil|LOC] and [Argentina|LOC] reported that [WhatsApp|SVC] and [Instagram|SVC] would not load messages for roughly two hours.
An expired TLS certificate caused the [Lumenpay|SVC] checkout API to reject card payments from 9 a.m. until shortly after noon.
[Google Cloud|ORG] said elevated error rates affected [Cloud SQL|SVC], [BigQuery|SVC] and [Cloud Run|SVC] in [europe-west3|LOC].
[Slack|SVC] users said messages were stuck in a loading state, and the company's status page acknowledged degraded performance.
A misconfigured BGP announcement from [Trenwick Telecom|ORG] briefly redirected traffic for several large websites through [Pakistan|LOC].
[Oracle|ORG] said a DNS issue left [Oracle Cloud Infrastructure|SVC] customers in [Ashburn|LOC] unable to resolve internal endpoints.
The outage at [Meridian Bank|ORG] meant customers could not log in to its [Meridian Mobile|SVC] app or use cards at shops for much of Saturday.
[Tencent Cloud|ORG] engineers traced the incident to a software bug in the storage layer that serves [Cloud Object Storage|SVC] in [Guangzhou|LOC].
According to the incident report, a technician at the [Northvolt Hosting|ORG] building in [Stockholm|LOC] accidentally triggered the fire suppression system.
[Okta|ORG] said its single sign-on service was degraded for customers in [North America|LOC] between 14:10 and 15:45 Eastern time.
[Zoom|ORG] said a problem with its domain name caused meetings to fail to start after a registrar mistakenly blocked the address.
The [PayLoop|SVC] wallet, run by [Kestrel Finance|ORG], went dark for six hours as a database migration stalled.
[Snowflake|ORG] customers on [AWS|ORG] in [eu-central-1|LOC] saw queries time out, while those on [Azure|SVC] were unaffected.
Network engineers at [Akamai|ORG] rolled back a software configuration update after its [Edge DNS|SVC] service stopped answering queries.
A fibre cut near [Marseille|LOC] slowed internet traffic between [Europe|LOC] and [East Africa|LOC] for several days.
[NimbusDB|SVC], the managed database from [Vantor Cloud|ORG], was unavailable in the [ap-southeast-1|LOC] region from late Thursday into Friday.
Passengers of [Delta Air Lines|ORG] faced long queues after a faulty update to a security product crashed check-in computers at several airports.
[Atlassian|ORG] said a maintenance script deleted sites belonging to about 400 customers, some of whom lost access to [Jira|SVC] and [Confluence|SVC] for two weeks.
The cooling system at the [Sarvik Datacentres|ORG] campus in [Dublin|LOC] shut down during a heatwave, forcing operators to power off racks.
[Apple|ORG] confirmed that [iCloud|SVC] mail and [Apple Music|SVC] were unavailable for some users on Wednesday evening.
[GitHub|ORG] said a failing network device in its primary data centre degraded [GitHub Actions|SVC] and pull request pages.
Traders at [Castellan Securities|ORG] were locked out of the [Helio Trade|SVC] platform when a primary storage array failed during market open.
[Fastly|ORG] said a single customer's valid configuration change triggered a latent bug that took down many of its edge servers worldwide.
Mobile customers of [Optus|ORG] across [Australia|LOC] lost calls and data for most of a day after a routing change from an upstream network.
[Salesforce|ORG] said a database script run in production briefly gave users broader access to [Pardot|SVC] data than intended.
The [Quillon Health|ORG] patient portal, [MyQuillon|SVC], was offline for 19 hours following a ransomware attack on its hosting provider.
An [Azure|SVC] outage in [West Europe|LOC] was caused by a temperature spike in one availability zone after chillers tripped, [Microsoft|ORG] said.
[Stripe|ORG] said API requests failed at elevated rates for 40 minutes because of a database cluster that ran out of connections.
[Vodafone|ORG] customers in [Germany|LOC] and [Spain|LOC] reported intermittent mobile data outages on Sunday afternoon.
The [Orbisync|SVC] file-sharing service went offline after its operator, [Pellucid Software|ORG], let a domain certificate expire.
[Alibaba Cloud|ORG] said an error in a change to its network control plane caused [Object Storage Service|SVC] failures in [Zone A|LOC] and [Zone B|LOC] of the [Hangzhou|LOC] region.
[Discord|SVC] and [Spotify|SVC] were among the services hit when a [Google Cloud|ORG] authentication system failed.
Many smart-home devices stopped responding because the [Ember Home|SVC] cloud backend, operated by [Lintwood Labs|ORG], was down.
[Roblox|SVC] was offline for three days after a new feature in [Consul|SVC] triggered a performance issue, the game company said.
[DigitalOcean|ORG] said droplets in [NYC3|LOC] were unreachable for 90 minutes because of a failed core switch.
The [Tallis Group|ORG] said its [Tallis Connect|SVC] VPN had stopped authenticating users after a certificate rotation went wrong.
Card payments at [Sainsbury's|ORG] and [Tesco|ORG] were briefly disrupted, a problem the retailers attributed to a third-party payment processor.
A power surge at the [Equinix|ORG] facility in [Singapore|LOC] forced several banks to switch to backup systems.
[Hetzner|ORG] reported that servers in its [Falkenstein|LOC] data centre lost network connectivity after a router firmware update.
[Rakuten Mobile|ORG] said the outage, which affected subscribers in [Tokyo|LOC] and [Osaka|LOC], was caused by a software defect in core network equipment.
Engineers at [Brightwater Networks|ORG] spent most of the night restoring the [Brightwater Fiber|SVC] broadband service in [Leeds|LOC] and [Bradford|LOC].
[OpenAI|ORG] said [ChatGPT|SVC] returned errors for several hours after a new telemetry service overwhelmed its [Kubernetes|SVC] clusters.
The incident in [us-west-2|LOC] began when an automated scaling activity triggered unexpected behaviour in the internal network, [AWS|ORG] said.
Shoppers on [eBay|SVC] and [Etsy|SVC] saw error pages for about half an hour on Friday.
[Kavreo Cloud|ORG] said a single faulty line card in [Zone 2|LOC] of its [Warsaw|LOC] region dropped traffic for 47 minutes.
[IBM Cloud|ORG] customers in [Dallas|LOC] could not log in to the console because of a problem with an identity service, the company said.
[Twilio|ORG] said SMS delivery to carriers in [India|LOC] was delayed by up to two hours.
The [Santa Ynez Water District|ORG] said its billing portal, [PayWater|SVC], was down after a vendor's servers were encrypted by ransomware.
[Xbox Live|SVC] and [PlayStation Network|SVC] both suffered login problems on Christmas Day, frustrating gamers.
A misconfigured load balancer at [Ferrovia Digitale|ORG] cut off ticket sales on the [Treno+|SVC] app across [Italy|LOC] for a morning.
[Verizon|ORG] said a software issue affecting its core network left some customers on the [US East Coast|LOC] in SOS mode for much of the day.
[Heroku|SVC] apps failed to deploy for a day after an operator error deleted a critical routing table, [Salesforce|ORG] said.
The flooding of a data hall in [Paris|LOC] knocked [Google Cloud|ORG] services in [europe-west9|LOC] offline for several days.
[Ilmarinen Pay|ORG] customers in [Finland|LOC] could not withdraw cash after a storage system in its main data centre stopped responding.
[CrowdStrike|ORG] said a faulty content update for its [Falcon|SVC] sensor caused [Windows|SVC] machines to crash, grounding flights and delaying hospital appointments.
The [Azure Front Door|SVC] incident was triggered by an inadvertent configuration change, according to [Microsoft|ORG]'s preliminary post-incident review.
[Orrin Logistics|ORG] said its [TrackPoint|SVC] parcel-tracking site was overwhelmed by traffic after a DNS provider failed.
[Dyn|ORG], a DNS provider, was hit by a large denial-of-service attack that made [Twitter|SVC], [Netflix|SVC] and [Reddit|SVC] unreachable for many users.
[Kingsbridge Energy|ORG] said the blackout that hit its data centre in [Slough|LOC] was caused by a substation fault on the local grid.
[LinkedIn|SVC] feeds failed to refresh for an hour on Thursday, with most complaints coming from [Canada|LOC] and the [United States|LOC].
[Huawei Cloud|ORG] said an upgrade to its [Elastic Volume Service|SVC] in [Beijing|LOC] was rolled back after write latency tripled.
The disruption to [Gmail|SVC] and [Google Drive|SVC] lasted about 45 minutes, [Google|ORG] said.
Customers of [Telstra|ORG] in [Melbourne|LOC] were unable to call emergency numbers during the three-hour outage.
A database failover at [Quanta Ledger|ORG] did not complete, leaving its [QLedger API|SVC] in read-only mode for four hours.
[Yandex Cloud|ORG] said a power outage in the [ru-central1-b|LOC] zone affected virtual machines and managed databases.
[Cyberlink Bank|ORG] apologised after its online banking platform, [CyberNet|SVC], displayed other customers' balances to some users.
Engineers at [Marlowe Compute|ORG] said a failed battery in an uninterruptible power supply started the chain of events.
[Canva|SVC] users worldwide saw blank editors after a fault at a content delivery provider, the design company said.
The [National Grid|ORG] said the power cut in [West London|LOC] was unrelated to the data centre fire.
[Amazon|ORG] said the [Alexa|SVC] voice assistant and [Ring|SVC] cameras were affected by the same [AWS|ORG] incident.
An expired certificate in [Microsoft|ORG]'s [Azure Storage|SVC] service caused a worldwide outage that lasted most of a day.
[Epic Games|ORG] took [Fortnite|SVC] offline for emergency maintenance after players reported missing items.
A firmware bug in storage controllers from [Dalvik Systems|ORG] corrupted data for several customers of [Prairie Cloud|ORG] in [Des Moines|LOC].
[NS|ORG], the Dutch railway operator, halted trains around [Utrecht|LOC] after a failure in its scheduling software.
The [Coinbase|ORG] exchange paused trading for two hours, citing degraded performance at one of its cloud providers.
[Reliance Jio|ORG] subscribers in [Mumbai|LOC] and [Pune|LOC] reported that calls were dropping repeatedly on Monday.
[Sky|ORG] said its broadband service was restored after an outage affecting tens of thousands of homes in the [United Kingdom|LOC].
[Zendesk|ORG] said tickets submitted between 10:00 and 11:30 were delayed because of a queueing issue in [Pod 14|LOC].
[Velora Networks|ORG] said a routing leak from a small provider in [Nigeria|LOC] sent some of its customers' traffic on a detour.
[Dropbox|SVC] was unreachable for several hours after a planned operating system upgrade on database servers went wrong.
[Weibo|SVC] and [Douyin|SVC] slowed to a crawl after a data centre in [Shanghai|LOC] lost power, users said.
[Bankia Digital|ORG] customers were double-charged for purchases after a batch job ran twice overnight.
[PagerDuty|ORG] said notification delivery was delayed for customers in the [EU|LOC] service region.
The outage of [Kovalen Mail|SVC] left about two million users without email for a full day.
[NTT Communications|ORG] said a malfunction at a relay station in [Nagoya|LOC] caused the network failure.
The [Fujitsu|ORG]-built system used by the [Tokyo Stock Exchange|ORG] failed over incorrectly, halting trading for a full day.
[Auckland|LOC] transport operators said the [AT HOP|SVC] card system had been unable to process top-ups since the weekend.
[Cloudflare|ORG] said the [1.1.1.1|SVC] resolver was unreachable for an hour because of a change to its network topology.
[Rogers Communications|ORG] said a maintenance update in its core network caused the outage that cut service for millions across [Canada|LOC].
[Synthera Bio|ORG] said lab instruments continued running during the outage of its cloud provider because data was buffered locally.
The [Ardent Cloud|ORG] incident affected only customers in [Zone B|LOC] of the [Madrid|LOC] region, the company said.
[Ofelia Systems|ORG] said the bug in [Ofelia Sync|SVC] caused some files to be overwritten with older versions.
Customers of [British Airways|ORG] could not check in online after a power supply problem at a data centre near [Heathrow|LOC].
"""
