# Post-incident reviews, hard negatives, sentences without entities, tricky casing. Written for newskg.
SENTENCES = r"""
The post-incident review found that monitoring alerts fired within two minutes but were routed to the wrong team.
Engineers restored service by rolling back the change and restarting the affected hosts one at a time.
The company said it would add a second power feed to the building and test its generators monthly.
No customer data was lost, the spokesperson said, although some transactions had to be replayed manually.
Analysts said the outage would probably have little effect on the company's quarterly results.
The chief executive said on Thursday that the board had full confidence in the management team.
A spokeswoman declined to say how many customers had been affected.
The regulator said it would publish its findings early next year.
Cloud customers have been asking for clearer explanations of what goes wrong during outages.
On Monday morning, many users reported that they could not log in to their accounts.
The Chief Financial Officer will present the results at the annual general meeting in May.
Shares fell 6 percent in early trading before recovering most of their losses by the close.
The deal is expected to close in the second half of the year, subject to regulatory approval.
Power was restored to the facility at about 4 a.m., but some storage arrays took hours to come back.
Investors had been pressing the board to replace the chief executive for more than a year.
The outage began at 08:14 UTC and was fully resolved by 11:52 UTC.
A root-cause analysis will be shared with affected customers within five business days.
The Senior Vice President of Engineering wrote in an internal memo that the incident was preventable.
The union said staff had warned managers about the cooling system months before it failed.
Most of the affected servers were in a single availability zone, limiting the damage.
Backup systems worked as designed, but failover took longer than expected because of stale DNS records.
The Board of Directors approved a share buyback of up to $5 billion.
Customers who were charged twice will receive refunds within ten days.
The acquisition, announced in January, would be the largest in the company's history.
The company's status page showed all systems operational even as users complained on social media.
Outages caused by expired certificates remain surprisingly common, security researchers say.
The Data Protection Officer said the breach had been reported to the authorities within 72 hours.
Several airlines and hospitals were among the customers affected by the faulty update.
Cloud Bills Are Rising, and Finance Chiefs Are Noticing
Chief Technology Officer Role Split in Two as Company Reorganises
The Week in Outages: DNS, Again
Q3 Earnings Preview: What to Watch
Sunday's disruption was the third this month, according to data compiled by outage trackers.
The incident was caused by a BGP route leak, not a cyberattack, the company said.
The [Corvane|COM] outage was caused by a BGP route leak, not a cyberattack, [Raman|PER] said.
The review, published on Friday by [Microsoft|COM], said a single command with a typo removed more servers than intended.
[AWS|COM] said in its summary of the [us-east-1|LOC] event that an automated process had triggered a surge of connection activity.
[Google Cloud|COM]'s incident report said water from a cooling pipe entered a battery room in [Paris|LOC], starting a fire.
[Cloudflare|COM]'s post-mortem said a regular expression in a firewall rule had consumed all available CPU.
In its review, [Atlassian|COM] said a communication gap between two teams led to the wrong identifiers being passed to a deletion script.
[Halvorsen Data AG|COM] said its engineers had not tested the automatic transfer switch since the building opened in 2019.
[Fastly|COM] said it had identified the bug within minutes and had 95 percent of its network operating normally within 49 minutes.
The report from [Rogers Communications|COM] said the removal of a routing filter allowed the core network to be flooded.
[Optus|COM] said about 90 routers had shut down automatically after receiving too many routing updates from a peer network.
[CrowdStrike|COM] said a bug in its content validator allowed the faulty update to pass checks.
[Salesforce|COM] said a DNS change had been pushed to all data centres at once rather than gradually.
[Slack|COM] said in its root-cause analysis that a spike in traffic after the holidays overwhelmed its transit gateways on [AWS|COM].
[Meta|COM] said engineers had trouble reaching the data centres because the outage also disabled internal tools and door badges.
[Kakao|COM] said it lacked a backup system for [KakaoTalk|SVC] at a second site.
[Tencent Cloud|COM] said an old version of its API management component failed to handle a retry storm.
[Prairie Cloud|COM] said the corrupted volumes had been restored from snapshots taken six hours before the failure.
[Vantor Cloud|COM] said the [NimbusDB|SVC] outage was triggered by a leap-second bug in a dependency.
[Marlowe Compute|COM] said the battery failure in [Edinburgh|LOC] was followed by a second fault in the standby system.
[eBay|COM] said it had fixed the bug that displayed the wrong prices to some sellers.
[easyJet|COM] cancelled dozens of flights after a failure in its booking system.
[iCloud|SVC] backups were unavailable for some users in [Japan|LOC] on Tuesday.
Users of [iOS|SVC] and [macOS|SVC] could not download apps from the [App Store|SVC] for two hours.
[bKash|SVC], the mobile financial service in [Bangladesh|LOC], said transactions had resumed after a server upgrade.
[dLocal|COM], a payments company based in [Uruguay|LOC], said volumes had recovered after a slow quarter.
[nCino|COM] said banks using its loan software on [Salesforce|COM] were unaffected.
[iQiyi|SVC] users in [China|LOC] reported buffering problems during the live broadcast.
[eToro|COM] paused trading in some assets as its platform struggled with demand.
[zapcart|SVC], the grocery app run by [Fresca Group|COM], stopped taking orders in [Lisbon|LOC] for most of the evening.
[7-Eleven|COM] stores in [Japan|LOC] could not accept [7pay|SVC] after a security breach.
[AT&T|COM] said the nationwide outage was caused by an incorrect process used during a network expansion.
Subscribers to [Apple TV+|SVC] and [Paramount+|SVC] saw buffering errors on Sunday evening.
[Office 365|SVC] users in [Australia|LOC] could not access email for four hours, [Microsoft|COM] said.
[S3|SVC] requests in [us-east-1|LOC] returned errors after an engineer mistyped a command during debugging.
[1Password|COM] said no customer vaults were accessed in the incident.
[23andMe|COM] said hackers had accessed data belonging to about 6.9 million users.
[H&M|COM] online orders were delayed after its warehouse system in [Poland|LOC] failed.
[Canal+|COM] said its streaming service, [myCanal|SVC], had been overwhelmed during the match.
[T-Mobile|COM] said the outage was not related to the security incident disclosed last month.
[BT|COM] said calls to 999 failed for about ten hours on Sunday because of a technical fault.
[3M|COM] said it had stopped using a cloud provider for some manufacturing data after the incident.
[DingTalk|SVC], the workplace app from [Alibaba|COM], was briefly unavailable as millions of students logged on.
[WeCom|SVC] and [Tencent Meeting|SVC] were slow for about an hour on Monday.
[Feishu|SVC], the collaboration suite from [ByteDance|COM], recovered after a short outage.
[LINE|SVC] users in [Taiwan|LOC] and [Thailand|LOC] could not send messages for about 30 minutes.
[KakaoPay|SVC] and [Naver Pay|SVC] both reported payment delays during the holiday.
[Mercado Libre|COM] said the problem affected buyers in [Argentina|LOC], [Brazil|LOC] and [Mexico|LOC].
[Itaú Unibanco|COM] said its app had been restored after instability that lasted most of the afternoon.
[Bancolombia|COM] customers could not make transfers through [Nequi|SVC] for several hours.
[Rappi|COM] couriers in [Bogotá|LOC] were unable to accept orders during the outage.
[Banco Santander|COM] said a problem with a supplier had delayed salary payments for some customers in [Spain|LOC].
[ING|COM] said some customers in the [Netherlands|LOC] saw incorrect balances in the [ING app|SVC] because of a processing error.
[Deutsche Bank|COM] said its [Postbank|COM] unit had resolved problems caused by the IT migration.
[Commerzbank|COM] said online banking was unavailable for several hours because of a hardware fault.
[Barclays|COM] customers could not make payments on the [Barclays app|SVC] on payday.
[Lloyds Banking Group|COM] said the problem also affected [Halifax|COM] and [Bank of Scotland|COM] customers.
[HDFC Bank|COM] was ordered by the [Reserve Bank of India|ORG] to stop issuing new credit cards after repeated outages.
[State Bank of India|COM] said [YONO|SVC] would be unavailable overnight for scheduled maintenance.
[Paytm|COM] said its [UPI|SVC] payments had been restored.
[PhonePe|COM] and [Google Pay|SVC] saw a spike in failed transactions during the [NPCI|COM] system upgrade.
[Infosys|COM] was asked by the [Income Tax Department|ORG] to fix problems on the new tax filing portal.
[Zomato|COM] and [Swiggy|COM] said orders in [Delhi|LOC] were delayed because of a payments outage.
[Ola|COM] said its ride-hailing app was working normally again after a four-hour disruption.
[Japan Airlines|COM] said a cyberattack had delayed domestic and international flights.
[ANA|COM] check-in systems failed across [Japan|LOC] because of a problem with a network device.
[SoftBank|COM] mobile users in [Kyushu|LOC] lost service after a cable was damaged.
[KDDI|COM] said the outage, which hit its [au|SVC] mobile service, affected more than 30 million lines.
[Toyota|COM] halted production at 14 plants in [Japan|LOC] after a system used to order parts ran out of disk space.
[Air France|COM] and [KLM|COM] said a failure at their IT supplier was causing check-in delays.
[Lufthansa|COM] cancelled flights after construction workers cut fibre cables near [Frankfurt|LOC].
[Ryanair|COM] blamed the disruption on air traffic control in [France|LOC].
[Qantas|COM] said the cyberattack targeted a call centre platform run by a third party.
[Emirates|COM] said its booking website had been restored after an outage overnight.
[Southwest Airlines|COM] cancelled thousands of flights when its crew scheduling software could not keep up.
[United Airlines|COM] briefly grounded flights across the [United States|LOC] because of a technology issue.
[Turkish Airlines|COM] said a problem at its IT provider had been fixed.
[Aeroméxico|COM] said passengers at [Mexico City|LOC] airport faced delays after a system failure.
[LATAM Airlines|COM] customers could not check in online during the outage.
[Avianca|COM] said its website was back online.
"""
