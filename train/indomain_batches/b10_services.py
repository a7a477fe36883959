# Services: common-word names, provider-prefixed cloud products, names with digits,
# services as sentence subjects, lists of affected services, status-page wording,
# company-versus-product ambiguity. Written for newskg.
SENTENCES = r"""
[Signal|SVC] messages arrived hours late on Thursday, and the [Signal Foundation|ORG] blamed a sudden wave of new sign-ups.
Signal loss on the backup fibre route meant the second data centre could not take over.
[Square|SVC] terminals at cafés across [Melbourne|LOC] stopped accepting contactless cards during the lunch rush, [Block|COM] said.
Square footage at the new campus will be split evenly between data halls and office space.
[Box|COM] said file previews in [Box|SVC] failed for some enterprise customers after a change to its document rendering system.
Uploads to [Box|SVC] and [Dropbox|SVC] slowed sharply while a transit provider in [Frankfurt|LOC] dealt with congestion.
[Zoom|SVC] webinars would not start for hosts in [New Zealand|LOC] on Monday morning, though recordings were unaffected.
[Zoom|COM] said it would credit affected customers and publish a root-cause analysis within a week.
[Notion|SVC] pages loaded blank for about an hour, and [Notion Labs|COM] later said a database migration had stalled.
The notion that a single region is enough for a payments platform has been quietly dropped by most banks.
[Outlook|SVC] went dark for thousands of users in [North America|LOC] on Wednesday, while [Teams|SVC] and [OneDrive|SVC] kept working.
Teams across the company were told to freeze deployments until the incident review was finished.
[Gmail|SVC] users in [India|LOC] said messages were reaching their inboxes up to three hours late.
[WhatsApp|SVC] voice calls kept dropping in [Nigeria|LOC] and [Ghana|LOC] for much of the evening, according to outage trackers.
[Venmo|SVC] payments showed as pending for some users over the weekend, and [PayPal|COM] said no money had been lost.
[M-Pesa|SVC] agents in [Mombasa|LOC] turned customers away because float balances would not refresh.
[UPI|SVC] payments failed more often than usual on the last day of the month, the [National Payments Corporation of India|COM] said.
[Pix|SVC] transfers between [Banco do Brasil|COM] and [Caixa Econômica Federal|COM] were delayed for about 40 minutes.
[PayNow|SVC] transfers in [Singapore|LOC] were briefly unavailable because of a fault at one participating bank.
Commuters in [Hangzhou|LOC] could not use [Alipay|SVC] codes at metro gates during the morning peak.
[KakaoTalk|SVC] and [Naver|SVC] both slowed to a crawl on Saturday afternoon, prompting complaints across [South Korea|LOC].
[Naver|COM] said its search portal had recovered after a storage node failed at a data centre in [Chuncheon|LOC].
[LINE|SVC] payments stopped working in [Japan|LOC] for two hours, and [LY Corporation|COM] said it was investigating the cause.
Shoppers said [Paytm|SVC] froze at checkout during the festival sale, although [Paytm|COM] insisted its systems were stable.
[GCash|SVC] transfers to [Maya|SVC] wallets were held up overnight, the [Bangko Sentral ng Pilipinas|ORG] said.
[Ledger|SVC], the bookkeeping app made by [Tamsin Software|COM], lost its connection to bank feeds for two days.
Small businesses using [Ledger|SVC] were told to enter invoices by hand until the fix was deployed.
The general ledger was reconciled by hand after the overnight batch failed.
[Harbor|SVC], a team chat app popular with shipping firms, was unreachable from [Rotterdam|LOC] to [Singapore|LOC] for three hours.
[Quayside Software|COM], which makes [Harbor|SVC], said a signing certificate had been revoked by mistake.
Ships waiting outside the harbor were not affected by the port's software problems.
[Pulse|SVC] stopped sending patient alerts after the latest update, and [Verdant Health|COM] withdrew the release.
Nurses on wards that rely on [Pulse|SVC] were told to go back to pagers while engineers worked on a fix.
[Beacon|SVC], the parcel-tracking site run by [Colfax Freight|COM], showed every delivery as delayed on Tuesday.
[Canopy|SVC] and [Relay|SVC], two scheduling apps owned by [Brightloom Group|COM], failed together because they share a login system.
[Anchor|SVC] customers could not open new savings pots, and the bank behind the app apologised on social media.
[Meadow|SVC], a photo backup service with about four million users, said some thumbnails had been corrupted.
[Lantern|SVC] users in [Lagos|LOC] reported that the budgeting app kept logging them out.
[AWS Lambda|SVC] functions in [us-east-1|LOC] timed out for about an hour while [Amazon SQS|SVC] queues backed up.
[Azure Active Directory|SVC] sign-ins failed for some tenants, locking users out of [Microsoft 365|SVC] and [Dynamics 365|SVC].
[Google Cloud Storage|SVC] buckets in [us-east1|LOC] returned server errors, which in turn broke [Cloud Build|SVC] jobs.
[Microsoft Entra ID|SVC], formerly called [Azure Active Directory|SVC], handles sign-in for most of the affected organisations.
[Amazon CloudFront|SVC] and [Amazon Route 53|SVC] were not affected, according to the [AWS Health Dashboard|SVC].
Administrators of [Google Workspace|SVC] said [Google Calendar|SVC] invitations were not being delivered.
Pipelines in [Azure DevOps|SVC] queued for up to two hours in [West Europe|LOC] on Thursday.
[OCI Object Storage|SVC] in [ap-tokyo-1|LOC] rejected uploads for 25 minutes, [Oracle|COM] said.
[Alibaba Cloud|COM] said [Function Compute|SVC] in [cn-shanghai|LOC] was running normally again.
[Amazon DynamoDB|SVC] tables in [eu-west-2|LOC] throttled writes, causing login failures for several retailers.
[Google Cloud|COM] said [Vertex AI|SVC] and [Cloud Spanner|SVC] in [asia-northeast1|LOC] had been degraded since 02:10 UTC.
[AWS|COM] said the issue with [Amazon EC2|SVC] instance launches in [ap-southeast-2|LOC] had been mitigated.
[Microsoft|COM] said [Azure SQL Database|SVC] customers in [Australia East|LOC] might see failed connections.
Version 2.3 of [Harbor|SVC] fixed the bug that sent some messages to the wrong channel.
[Ofelia Sync|SVC] 5.1 adds shared folders, but the update is not yet available on [Android|SVC].
The bug affects [iOS|SVC] 18 and [iPadOS|SVC] 18, and [Apple|COM] said a patch would follow.
Phones running [Android|SVC] 15 could not connect to the [Lantern|SVC] app after the security update.
[Route 53|SVC] health checks failed in two regions, but DNS answers kept flowing.
[Dynamics 365|SVC] and [Power BI|SVC] reports were slow to load for customers in [Canada|LOC].
[Microsoft 365|SVC] admins were warned that [SharePoint Online|SVC] search results might be stale.
[Xbox Live|SVC], [Steam|SVC] and [Battle.net|SVC] all had login problems on the evening of the big release.
[PlayStation Network|SVC] was down for about nine hours, and [Sony|COM] gave subscribers five extra days of [PlayStation Plus|SVC].
[Nintendo Switch Online|SVC] players could not join matches after a server maintenance window overran.
[Fortnite|SVC] queues stretched past an hour as millions of players logged on for the live event.
[Discord|SVC], [Snapchat|SVC], [Spotify|SVC] and [Pokémon Go|SVC] all reported problems at the same time.
[Booking.com|SVC] and [Airbnb|SVC] listings failed to load for travellers in [Spain|LOC] and [Portugal|LOC].
[Google Maps|SVC] and [Waze|SVC] showed outdated traffic for drivers around [Paris|LOC].
[Uber Eats|SVC], [DoorDash|SVC] and [Instacart|SVC] orders were delayed when a payment processor slowed down.
[DoorDash|COM] said the problem lay with a vendor and not its own systems.
[Zelle|SVC] transfers did not appear in recipients' accounts for several hours, [Early Warning Services|COM] said.
[Cash App|SVC] users reported failed deposits on Friday, the day many paychecks arrive.
[Interac e-Transfer|SVC] was unavailable across [Canada|LOC] for most of the morning.
[Apple Pay|SVC], [iMessage|SVC] and [FaceTime|SVC] were affected for a small number of users.
[Starlink|SVC] terminals lost connectivity around the world for two and a half hours, and [SpaceX|COM] blamed a failure in core internal software.
[Slack|SVC] huddles kept disconnecting on Monday, while [Slack|COM] said messaging itself was unaffected.
[Salesforce|COM] said [Slack|SVC] and [Tableau|SVC] would get the new AI features first.
Investigating - We are investigating elevated error rates for [Cloud Run|SVC] and [Cloud Functions|SVC] in [us-central1|LOC].
Identified - The issue affecting [Stratus Queue|SVC] publishing in [Zone B|LOC] has been identified and a fix is being deployed.
Monitoring - [Harbor|SVC] message delivery has recovered and we are monitoring the results.
Resolved - This incident has been resolved and [Ledger|SVC] bank feeds are syncing normally.
Update: Some customers may still see delays when signing in to [Okta|SVC] from the [EMEA|LOC] cell.
Degraded performance: [GitHub Actions|SVC], [GitHub Packages|SVC] and [Codespaces|SVC].
Partial outage - [Zoom Phone|SVC] inbound calls in [Brazil|LOC] and [Mexico|LOC].
Major outage: [Lumenpay|SVC] card authorisations in all regions.
Scheduled maintenance for [NimbusDB|SVC] in [eu-north-2|LOC] will take place between 01:00 and 03:00 UTC on Sunday.
All systems operational.
We are investigating reports of degraded performance and will provide an update within 30 minutes.
A fix has been implemented and we are monitoring the results.
Postmortem: a configuration change to [Tillpoint|SVC] load balancers caused elevated latency for some customers in [Scotland|LOC].
[Canopy|SVC] is currently experiencing a partial outage affecting calendar sync.
[Beacon|SVC] tracking pages are loading slowly for some customers in [Ireland|LOC].
[Stripe|COM] said [Stripe Checkout|SVC] and [Stripe Terminal|SVC] recovered first, followed by payouts.
[Twilio Verify|SVC] one-time passcodes were delayed for users in [Indonesia|LOC].
The [Google Maps Platform|SVC] returned quota errors to apps that had not exceeded their limits.
Developers said the [Graph API|SVC] from [Meta|COM] was returning empty responses for [Instagram|SVC] business accounts.
[OpenAI|COM] said [ChatGPT|SVC] and the [OpenAI API|SVC] were both affected by the incident.
[Claude|SVC] returned errors to some users for around 30 minutes, [Anthropic|COM] said.
[Copilot|SVC] suggestions stopped appearing in [Visual Studio Code|SVC] for some developers.
[Jira|SVC], [Confluence|SVC] and [Bitbucket|SVC] were slow in the [EU|LOC] region, [Atlassian|COM] said.
[Figma|SVC] files would not open for designers in [Asia|LOC], and [Figma|COM] said a cache layer had failed.
[Netflix|SVC] streams buffered during the boxing match, and [Netflix|COM] said demand had exceeded forecasts.
[YouTube|SVC] comments disappeared for some viewers, and [Google|COM] said a bug in a moderation tool was responsible.
[Reddit|SVC] was unreachable for about an hour, and [Reddit|COM] said it was restoring service gradually.
[Bluesky|SVC] feeds stopped updating while the team replaced failed storage hardware.
[Mastodon|SVC] servers run by volunteers were unaffected by the outage at the large platforms.
[Telegram|SVC] users in [Iran|LOC] and [Russia|LOC] reported that media would not download.
[Viber|SVC] calls failed for subscribers of several carriers in [Ukraine|LOC].
[WeChat Pay|SVC] and [Alipay|SVC] payments at [Shanghai|LOC] convenience stores were delayed by a network fault.
[Swish|SVC], [Vipps|SVC] and [MobilePay|SVC] each reported normal traffic while card payments struggled.
[Bizum|SVC] transfers failed for customers of three Spanish banks during the evening.
[BLIK|SVC] codes expired before shoppers could confirm payments, users in [Poland|LOC] said.
[Twint|SVC] payments in [Zurich|LOC] were briefly rejected after a certificate change.
[iDEAL|SVC] checkouts failed on several Dutch web shops for about 20 minutes.
[Revolut|SVC] showed some users a zero balance for several minutes, and [Revolut|COM] said no funds were affected.
[Monzo|SVC] notifications arrived twice for some card payments on Saturday.
[Klarna|SVC] instalment plans could not be created at checkout for part of the afternoon.
[Tillpoint|SVC], the point-of-sale service run by [Orchard Retail Systems|COM], stopped printing receipts in [Leeds|LOC].
[Keystone|SVC], a password manager owned by [Halyard Security|COM], said encrypted vaults were never exposed.
[Halyard Security|COM] said [Keystone|SVC] browser extensions would update automatically within a day.
[Driftwood|SVC] is the podcast platform that [Sable Media|COM] bought last year.
[Sable Media|COM] said [Driftwood|SVC] downloads fell during the outage but recovered by the evening.
[Compass|SVC], the route planning tool used by [Ostrander Haulage|COM] drivers, lost its map data overnight.
Drivers said the compass in their cab was more reliable than the app.
[Northstar|SVC] and [Northstar Pro|SVC] subscribers could not stream live channels during the final.
[Ember Home|SVC] thermostats fell back to a default temperature while the cloud backend was offline.
[Kovalen Mail|SVC] users could read old messages but could not send new ones.
[Stratus Queue|SVC] and [NimbusDB|SVC] were the only two services that stayed online throughout.
[Corvane Edge|SVC] cached pages were served to visitors while the origin servers were down.
Pulse checks sent to [Colfax Freight|COM] employees every quarter showed morale falling after the outage.
Box office sales for the film were not affected by the ticketing website's problems.
Anchor tenants at the [Swindon|LOC] business park include a logistics firm and a hospital.
"""
