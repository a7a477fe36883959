# Outage reports and incident descriptions. Written for newskg.
SENTENCES = r"""
[Amazon Web Services|COM] said a power failure in a single data centre in [us-east-1|LOC] disrupted [EC2|SVC] and [Lambda|SVC] for about three hours on Tuesday.
Customers of [Corvane Systems|COM] were unable to reach the [Stratus Queue|SVC] messaging service for most of Monday morning after a faulty configuration push.
[Microsoft|COM] blamed a change to its wide-area network for the outage that knocked [Teams|SVC], [Outlook|SVC] and [Azure|SVC] offline for users in [Europe|LOC] and [Asia|LOC].
A cooling failure at an [Alibaba Cloud|COM] facility in [Hong Kong|LOC] took down [Elastic Compute Service|SVC] instances in [Zone C|LOC] for more than twelve hours.
[Cloudflare|COM] said the disruption began at 06:27 UTC when a routine update to its [WAF|SVC] rules caused CPU usage to spike across its network.
The [Halvorsen Data AG|COM] site in [Frankfurt|LOC] lost utility power twice in an hour, and backup generators failed to start on the second attempt.
Users across [Brazil|LOC] and [Argentina|LOC] reported that [WhatsApp|SVC] and [Instagram|SVC] would not load messages for roughly two hours.
An expired TLS certificate caused the [Lumenpay|SVC] checkout API to reject card payments from 9 a.m. until shortly after noon.
[Google Cloud|COM] said elevated error rates affected [Cloud SQL|SVC], [BigQuery|SVC] and [Cloud Run|SVC] in [europe-west3|LOC].
[Slack|SVC] users said messages were stuck in a loading state, and the company's status page acknowledged degraded performance.
A misconfigured BGP announcement from [Trenwick Telecom|COM] briefly redirected traffic for several large websites through [Pakistan|LOC].
[Oracle|COM] said a DNS issue left [Oracle Cloud Infrastructure|SVC] customers in [Ashburn|LOC] unable to resolve internal endpoints.
The outage at [Meridian Bank|COM] meant customers could not log in to its [Meridian Mobile|SVC] app or use cards at shops for much of Saturday.
[Tencent Cloud|COM] engineers traced the incident to a software bug in the storage layer that serves [Cloud Object Storage|SVC] in [Guangzhou|LOC].
According to the incident report, a technician at the [Northvolt Hosting|COM] building in [Stockholm|LOC] accidentally triggered the fire suppression system.
[Okta|COM] said its single sign-on service was degraded for customers in [North America|LOC] between 14:10 and 15:45 Eastern time.
[Zoom|COM] said a problem with its domain name caused meetings to fail to start after a registrar mistakenly blocked the address.
The [PayLoop|SVC] wallet, run by [Kestrel Finance|COM], went dark for six hours as a database migration stalled.
[Snowflake|COM] customers on [AWS|COM] in [eu-central-1|LOC] saw queries time out, while those on [Azure|SVC] were unaffected.
Network engineers at [Akamai|COM] rolled back a software configuration update after its [Edge DNS|SVC] service stopped answering queries.
A fibre cut near [Marseille|LOC] slowed internet traffic between [Europe|LOC] and [East Africa|LOC] for several days.
[NimbusDB|SVC], the managed database from [Vantor Cloud|COM], was unavailable in the [ap-southeast-1|LOC] region from late Thursday into Friday.
Passengers of [Delta Air Lines|COM] faced long queues after a faulty update to a security product crashed check-in computers at several airports.
[Atlassian|COM] said a maintenance script deleted sites belonging to about 400 customers, some of whom lost access to [Jira|SVC] and [Confluence|SVC] for two weeks.
The cooling system at the [Sarvik Datacentres|COM] campus in [Dublin|LOC] shut down during a heatwave, forcing operators to power off racks.
[Apple|COM] confirmed that [iCloud|SVC] mail and [Apple Music|SVC] were unavailable for some users on Wednesday evening.
[GitHub|COM] said a failing network device in its primary data centre degraded [GitHub Actions|SVC] and pull request pages.
Traders at [Castellan Securities|COM] were locked out of the [Helio Trade|SVC] platform when a primary storage array failed during market open.
[Fastly|COM] said a single customer's valid configuration change triggered a latent bug that took down many of its edge servers worldwide.
Mobile customers of [Optus|COM] across [Australia|LOC] lost calls and data for most of a day after a routing change from an upstream network.
[Salesforce|COM] said a database script run in production briefly gave users broader access to [Pardot|SVC] data than intended.
The [Quillon Health|COM] patient portal, [MyQuillon|SVC], was offline for 19 hours following a ransomware attack on its hosting provider.
An [Azure|SVC] outage in [West Europe|LOC] was caused by a temperature spike in one availability zone after chillers tripped, [Microsoft|COM] said.
[Stripe|COM] said API requests failed at elevated rates for 40 minutes because of a database cluster that ran out of connections.
[Vodafone|COM] customers in [Germany|LOC] and [Spain|LOC] reported intermittent mobile data outages on Sunday afternoon.
The [Orbisync|SVC] file-sharing service went offline after its operator, [Pellucid Software|COM], let a domain certificate expire.
[Alibaba Cloud|COM] said an error in a change to its network control plane caused [Object Storage Service|SVC] failures in [Zone A|LOC] and [Zone B|LOC] of the [Hangzhou|LOC] region.
[Discord|SVC] and [Spotify|SVC] were among the services hit when a [Google Cloud|COM] authentication system failed.
Many smart-home devices stopped responding because the [Ember Home|SVC] cloud backend, operated by [Lintwood Labs|COM], was down.
[Roblox|SVC] was offline for three days after a new feature in [Consul|SVC] triggered a performance issue, the game company said.
[DigitalOcean|COM] said droplets in [NYC3|LOC] were unreachable for 90 minutes because of a failed core switch.
The [Tallis Group|COM] said its [Tallis Connect|SVC] VPN had stopped authenticating users after a certificate rotation went wrong.
Card payments at [Sainsbury's|COM] and [Tesco|COM] were briefly disrupted, a problem the retailers attributed to a third-party payment processor.
A power surge at the [Equinix|COM] facility in [Singapore|LOC] forced several banks to switch to backup systems.
[Hetzner|COM] reported that servers in its [Falkenstein|LOC] data centre lost network connectivity after a router firmware update.
[Rakuten Mobile|COM] said the outage, which affected subscribers in [Tokyo|LOC] and [Osaka|LOC], was caused by a software defect in core network equipment.
Engineers at [Brightwater Networks|COM] spent most of the night restoring the [Brightwater Fiber|SVC] broadband service in [Leeds|LOC] and [Bradford|LOC].
[OpenAI|COM] said [ChatGPT|SVC] returned errors for several hours after a new telemetry service overwhelmed its [Kubernetes|SVC] clusters.
The incident in [us-west-2|LOC] began when an automated scaling activity triggered unexpected behaviour in the internal network, [AWS|COM] said.
Shoppers on [eBay|SVC] and [Etsy|SVC] saw error pages for about half an hour on Friday.
[Kavreo Cloud|COM] said a single faulty line card in [Zone 2|LOC] of its [Warsaw|LOC] region dropped traffic for 47 minutes.
[IBM Cloud|COM] customers in [Dallas|LOC] could not log in to the console because of a problem with an identity service, the company said.
[Twilio|COM] said SMS delivery to carriers in [India|LOC] was delayed by up to two hours.
The [Santa Ynez Water District|ORG] said its billing portal, [PayWater|SVC], was down after a vendor's servers were encrypted by ransomware.
[Xbox Live|SVC] and [PlayStation Network|SVC] both suffered login problems on Christmas Day, frustrating gamers.
A misconfigured load balancer at [Ferrovia Digitale|COM] cut off ticket sales on the [Treno+|SVC] app across [Italy|LOC] for a morning.
[Verizon|COM] said a software issue affecting its core network left some customers on the [US East Coast|LOC] in SOS mode for much of the day.
[Heroku|SVC] apps failed to deploy for a day after an operator error deleted a critical routing table, [Salesforce|COM] said.
The flooding of a data hall in [Paris|LOC] knocked [Google Cloud|COM] services in [europe-west9|LOC] offline for several days.
[Ilmarinen Pay|COM] customers in [Finland|LOC] could not withdraw cash after a storage system in its main data centre stopped responding.
[CrowdStrike|COM] said a faulty content update for its [Falcon|SVC] sensor caused [Windows|SVC] machines to crash, grounding flights and delaying hospital appointments.
The [Azure Front Door|SVC] incident was triggered by an inadvertent configuration change, according to [Microsoft|COM]'s preliminary post-incident review.
[Orrin Logistics|COM] said its [TrackPoint|SVC] parcel-tracking site was overwhelmed by traffic after a DNS provider failed.
[Dyn|COM], a DNS provider, was hit by a large denial-of-service attack that made [Twitter|SVC], [Netflix|SVC] and [Reddit|SVC] unreachable for many users.
[Kingsbridge Energy|COM] said the blackout that hit its data centre in [Slough|LOC] was caused by a substation fault on the local grid.
[LinkedIn|SVC] feeds failed to refresh for an hour on Thursday, with most complaints coming from [Canada|LOC] and the [United States|LOC].
[Huawei Cloud|COM] said an upgrade to its [Elastic Volume Service|SVC] in [Beijing|LOC] was rolled back after write latency tripled.
The disruption to [Gmail|SVC] and [Google Drive|SVC] lasted about 45 minutes, [Google|COM] said.
Customers of [Telstra|COM] in [Melbourne|LOC] were unable to call emergency numbers during the three-hour outage.
A database failover at [Quanta Ledger|COM] did not complete, leaving its [QLedger API|SVC] in read-only mode for four hours.
[Yandex Cloud|COM] said a power outage in the [ru-central1-b|LOC] zone affected virtual machines and managed databases.
[Cyberlink Bank|COM] apologised after its online banking platform, [CyberNet|SVC], displayed other customers' balances to some users.
Engineers at [Marlowe Compute|COM] said a failed battery in an uninterruptible power supply started the chain of events.
[Canva|SVC] users worldwide saw blank editors after a fault at a content delivery provider, the design company said.
The [National Grid|COM] said the power cut in [West London|LOC] was unrelated to the data centre fire.
[Amazon|COM] said the [Alexa|SVC] voice assistant and [Ring|SVC] cameras were affected by the same [AWS|COM] incident.
An expired certificate in [Microsoft|COM]'s [Azure Storage|SVC] service caused a worldwide outage that lasted most of a day.
[Epic Games|COM] took [Fortnite|SVC] offline for emergency maintenance after players reported missing items.
A firmware bug in storage controllers from [Dalvik Systems|COM] corrupted data for several customers of [Prairie Cloud|COM] in [Des Moines|LOC].
[NS|COM], the Dutch railway operator, halted trains around [Utrecht|LOC] after a failure in its scheduling software.
The [Coinbase|COM] exchange paused trading for two hours, citing degraded performance at one of its cloud providers.
[Reliance Jio|COM] subscribers in [Mumbai|LOC] and [Pune|LOC] reported that calls were dropping repeatedly on Monday.
[Sky|COM] said its broadband service was restored after an outage affecting tens of thousands of homes in the [United Kingdom|LOC].
[Zendesk|COM] said tickets submitted between 10:00 and 11:30 were delayed because of a queueing issue in [Pod 14|LOC].
[Velora Networks|COM] said a routing leak from a small provider in [Nigeria|LOC] sent some of its customers' traffic on a detour.
[Dropbox|SVC] was unreachable for several hours after a planned operating system upgrade on database servers went wrong.
[Weibo|SVC] and [Douyin|SVC] slowed to a crawl after a data centre in [Shanghai|LOC] lost power, users said.
[Bankia Digital|COM] customers were double-charged for purchases after a batch job ran twice overnight.
[PagerDuty|COM] said notification delivery was delayed for customers in the [EU|LOC] service region.
The outage of [Kovalen Mail|SVC] left about two million users without email for a full day.
[NTT Communications|COM] said a malfunction at a relay station in [Nagoya|LOC] caused the network failure.
The [Fujitsu|COM]-built system used by the [Tokyo Stock Exchange|COM] failed over incorrectly, halting trading for a full day.
[Auckland|LOC] transport operators said the [AT HOP|SVC] card system had been unable to process top-ups since the weekend.
[Cloudflare|COM] said the [1.1.1.1|SVC] resolver was unreachable for an hour because of a change to its network topology.
[Rogers Communications|COM] said a maintenance update in its core network caused the outage that cut service for millions across [Canada|LOC].
[Synthera Bio|COM] said lab instruments continued running during the outage of its cloud provider because data was buffered locally.
The [Ardent Cloud|COM] incident affected only customers in [Zone B|LOC] of the [Madrid|LOC] region, the company said.
[Ofelia Systems|COM] said the bug in [Ofelia Sync|SVC] caused some files to be overwritten with older versions.
Customers of [British Airways|COM] could not check in online after a power supply problem at a data centre near [Heathrow|LOC].
"""
