# Affected services in outage reports (lists, web domains, government portals), big-tech
# products beside their makers, non-business organisations (regulators, central banks,
# cyber agencies, courts, unions, universities, standards bodies) beside the companies they
# deal with, and hard cases: common-word service names, Group/Holdings/Cloud company names,
# places inside names. Written for newskg.
SENTENCES = r"""
Users of [Snapchat|SVC] and [Pinterest|SVC] could not log in for about forty minutes on Tuesday evening after a fault at a shared sign-in provider.
[Etsy|SVC], [Twitch|SVC], [Hulu|SVC] and several news sites went offline when [Fastwire Networks|COM] pushed a faulty configuration to its content delivery network.
The CDN failure took down [Shopify|SVC] storefronts, [Zalando|SVC] and [Deliveroo|SVC], along with the websites of two national newspapers.
[Spotify|SVC], [Tinder|SVC] and [Peloton|SVC] were unreachable for roughly an hour on Thursday after a DNS resolver run by [Quillon Networks|COM] stopped answering queries.
Shoppers trying to reach [shopnest.io|SVC] and [cartwheel.shop|SVC] saw only error pages for most of the afternoon, according to their hosting firm, [Ferrous Cloud|COM].
[Disney+|SVC], [Max|SVC], [Paramount+|SVC] and [Crunchyroll|SVC] buffered heavily on Sunday night as a transit link near [Ashburn|LOC] became congested.
Players could not connect to [Xbox network|SVC], [Steam|SVC] or the [Epic Games Store|SVC] for part of the evening, and [Microsoft|COM] said it was looking into an authentication problem.
[PlayStation Network|SVC] went down hours before the tournament final, leaving fans of [Call of Duty|SVC] and [EA Sports FC|SVC] stuck on loading screens.
[Roblox|SVC] was offline for most of Saturday, and [Roblox|COM] later said a storage cluster had run out of capacity.
Card payments on the [Mastercard|SVC] network failed at tills across [Australia|LOC] for nearly three hours, and [Mastercard|COM] said a software update had been rolled back.
[Instagram|SVC], [Facebook|SVC], [Threads|SVC] and [Messenger|SVC] stopped loading feeds around the world, and [Meta|COM] said a routine change had gone wrong.
[Mercado Libre|SVC] and [Mercado Pago|SVC] were unavailable in [Argentina|LOC] and [Chile|LOC] for almost two hours on Friday morning.
[Shopee|SVC], [Lazada|SVC] and [Tokopedia|SVC] all slowed during the midnight sale, though only [Shopee|SVC] went completely dark.
[Flipkart|SVC] and [Myntra|SVC] showed empty baskets to some shoppers, and [Flipkart|COM] said a caching bug was to blame.
A power cut at a colocation site in [Slough|LOC] left customers of [Wise|SVC], [Curve|SVC] and [Chase UK|SVC] unable to move money for part of the morning.
Customers of [Marlow Bank|COM] could not use its [Marlow Go|SVC] app or the [marlowbank.co.uk|SVC] website for six hours on payday.
The outage at [Yarrow Cloud|COM] took down [Pantry|SVC], [Tally|SVC] and [Wren Health|SVC], three apps that all run in its [eu-west-2|LOC] region.
[Pantry|SVC], the grocery ordering app from [Greenhollow Retail|COM], showed every delivery slot as full on Saturday morning.
Sign-ins through [GOV.UK One Login|SVC] failed overnight, and the [Government Digital Service|ORG] said no personal data had been exposed.
[myGov|SVC] crashed on the first morning of the tax season, and [Services Australia|ORG] said it had since added extra capacity.
Residents could not use [Singpass|SVC] to log in to banking and tax services for about an hour, [GovTech|ORG] said, blaming a faulty network switch.
[DigiD|SVC] log-ins failed across the [Netherlands|LOC] on Monday, blocking access to tax and health insurance websites, [Logius|ORG] said.
[impots.gouv.fr|SVC] slowed to a crawl hours before the filing deadline, and the [DGFiP|ORG] extended the cut-off by two days.
[ELSTER|SVC], the German online tax portal, rejected uploaded returns for most of Wednesday, the [Bavarian State Office for Taxes|ORG] said.
[Login.gov|SVC] sign-ins failed for visitors to several federal benefit sites, and the [General Services Administration|ORG] said the problem was fixed within the hour.
[DigiLocker|SVC] and [UMANG|SVC] were unreachable for part of the day, according to the [Ministry of Electronics and Information Technology|ORG].
Fans trying to buy tickets on [Ticketmaster|SVC] and [See Tickets|SVC] sat in virtual queues for hours before both sites crashed.
[Zoom|SVC], [Webex|SVC] and [Google Meet|SVC] calls dropped for schools across [Ontario|LOC] after a regional internet exchange failed.
An expired certificate at [Brightwater Payments|COM] meant that [PayLark|SVC], [Tillsy|SVC] and [QuickTab|SVC] terminals declined every card for ninety minutes.
Viewers using [Roku|SVC] and [Fire TV|SVC] devices saw error codes while trying to open [Peacock|SVC] during the match.
[Kestrel Play|SVC], a cloud gaming service run by [Arrowmere Interactive|COM], disconnected players in [Poland|LOC] and [Czechia|LOC] in the middle of ranked matches.
[Hearth|SVC] thermostats stopped responding to the app after [Cindervale Home|COM] let one of its domain names expire.
[Wikipedia|SVC] pages loaded slowly in [Europe|LOC] for about twenty minutes, and the [Wikimedia Foundation|ORG] said a caching site in [Amsterdam|LOC] had been drained.
A routing error at [Brackenridge Telecom|COM] cut off mobile data for hours, leaving its customers unable to reach [WhatsApp|SVC], [TikTok|SVC] or [YouTube|SVC].
Viewers on [Virgin Media|COM] broadband in [Manchester|LOC] and [Leeds|LOC] found [Netflix|SVC], [Prime Video|SVC] and [Apple TV+|SVC] frozen for much of the evening.
[Beacon Notes|SVC] lost a day of edits for some users after a failed database failover, [Lumira Software|COM] said.
[Lumira Software|COM] said [Beacon Notes|SVC] and [Beacon Tasks|SVC] would both display a warning banner until the restore was complete.
[Orbitly|SVC], [Cartwright|SVC], [Tessa Pay|SVC], [Fernleaf|SVC] and [Moonrake|SVC] were all unavailable for an hour because they share a single load balancer at [Tidewater Cloud|COM].
Customers of [Tidewater Cloud|COM] in [Dublin|LOC] said the provider's status page stayed green while their sites were down.
[Lumenwise|SVC], [quillbox.app|SVC] and [ordernest.co|SVC] all went offline together, which engineers traced to a single expired wildcard certificate.
Commuters in [London|LOC] found that [Citymapper|SVC] and [TfL Go|SVC] showed no live departures, and [Transport for London|ORG] said a data feed had failed.
[Oyster|SVC] top-ups made online did not reach cards for most of the weekend, [Transport for London|ORG] said.
[Twitch|SVC] streams froze and chat stopped for several minutes during the charity marathon, which raised money for [Médecins Sans Frontières|ORG].
[Nintendo eShop|SVC] purchases failed worldwide for around three hours after a maintenance window overran, [Nintendo|COM] said.
The storm knocked out power at a data centre in [Osaka|LOC], taking down [Mercari|SVC], [Rakuten Ichiba|SVC] and a number of regional bank websites.
Subscribers to [Hollowtone|SVC], a music streaming service from [Saltmarsh Media|COM], heard the same advert on repeat after a playlist server crashed.
Small traders using [stallmart.ng|SVC] and [Paystack|SVC] could not complete sales in [Lagos|LOC] and [Abuja|LOC] until late in the afternoon.
[Pix|SVC] transfers from [Nubank|SVC] accounts were delayed on Monday, and [Nu Holdings|COM] said a message queue had backed up.
A faulty update to a security agent took down airline check-in desks, hospital systems and the [Kiosko|SVC] self-service terminals run by [Larrea Retail|COM] in [Madrid|LOC].
Users of [Mosaic|SVC], [Spool|SVC] and [Quarry|SVC], three tools sold by [Pellucid Group|COM], were logged out at the same moment on Thursday.

[Microsoft|COM] said [Word|SVC], [Excel|SVC] and [PowerPoint|SVC] files stored in [OneDrive|SVC] could not be opened on the web for about two hours.
[Apple|COM] fixed a bug that stopped [Pages|SVC], [Numbers|SVC] and [Keynote|SVC] documents from syncing through [iCloud Drive|SVC].
[Google|COM] said a ranking change in [Google Search|SVC] had nothing to do with the traffic drop reported by publishers.
[Bing|SVC] and [DuckDuckGo|SVC] both returned empty results for several hours because [DuckDuckGo|COM] draws part of its index from [Microsoft|COM].
[Google Docs|SVC], [Google Sheets|SVC] and [Google Slides|SVC] went read-only for some [Google Workspace|SVC] customers on Monday.
[Amazon|COM] said [Alexa|SVC] had stopped responding to voice commands on some [Echo|SVC] speakers after a backend update.
[Ring|SVC] doorbells failed to send motion alerts overnight, and [Ring|COM], which is owned by [Amazon|COM], said recordings were not lost.
Owners of [Nest|SVC] cameras could not view live feeds in the [Google Home|SVC] app for most of the evening.
[Samsung|COM] said [SmartThings|SVC] routines would resume once a faulty server in [Suwon|LOC] had been replaced.
[Philips Hue|SVC] lights ignored their schedules for a day, and [Signify|COM] said a cloud certificate had been renewed too late.
[Siri|SVC] requests and [HomeKit|SVC] automations failed for some users after [Apple|COM] changed a server setting.
[Meta|COM] is adding [Meta AI|SVC] to [WhatsApp|SVC], [Instagram|SVC] and [Messenger|SVC] in twelve more countries.
[Google|COM] said [Gemini|SVC] would replace [Google Assistant|SVC] on most [Android|SVC] phones over the coming year.
[Microsoft|COM] is raising the price of [Microsoft 365|SVC] plans that include [Copilot|SVC], the company said on Thursday.
[Anthropic|COM] said [Claude|SVC] models can now be used through [Amazon Bedrock|SVC] in two more regions.
[Baidu|COM] opened [Ernie Bot|SVC] to the public after receiving approval from the [Cyberspace Administration of China|ORG].
[Tencent|COM] said [WeChat|SVC] and [QQ|SVC] had recovered, while [Tencent Cloud|COM] apologised to business customers in [Guangzhou|LOC].
[Alibaba Cloud|COM], the cloud arm of [Alibaba Group|COM], said [Object Storage Service|SVC] in [cn-hangzhou|LOC] was back to normal.
[Huawei Cloud|COM] said its [ModelArts|SVC] platform was not affected by the fibre cut near [Guiyang|LOC].
[Yandex|COM] said [Yandex Mail|SVC] and [Yandex Disk|SVC] were working again after a data centre in [Vladimir|LOC] lost power.
[Naver|COM] said [Papago|SVC] translations and [Naver Map|SVC] directions were briefly unavailable on Sunday.
[Zoho|COM] said customers of [Zoho Mail|SVC] and [Zoho CRM|SVC] in [India|LOC] would be moved to a new data centre in [Chennai|LOC].
[Oracle|COM] said [Oracle Cloud Infrastructure|SVC] had opened a second region in [Saudi Arabia|LOC].
[Cloudflare|COM] said [Workers|SVC] and [Cloudflare Pages|SVC] deployments failed for about fifty minutes on Tuesday.
[Vercel|COM] said [Edge Functions|SVC] in [fra1|LOC] were timing out, although static sites continued to load.
[Google Cloud|COM] said [Cloud Tasks|SVC] and [Pub/Sub|SVC] messages in [europe-west1|LOC] were delayed by up to twenty minutes.
[AWS|COM] said [Kinesis Data Streams|SVC] and [AWS Step Functions|SVC] in [us-west-2|LOC] had fully recovered.
[Microsoft|COM] said [Azure Functions|SVC] and [Event Hubs|SVC] customers in [North Europe|LOC] might see throttling until the evening.
[Velamar Cloud|COM] launched [Data Streams|SVC], a managed messaging product, and [Job Queue|SVC], a scheduler for background work.
The [Velamar Status|SVC] dashboard showed every service as healthy even while [Data Streams|SVC] was rejecting writes in [eu-south-1|LOC].
Engineers watching [Google Cloud Service Health|SVC] saw [BigQuery|SVC] marked as degraded in [us-central1|LOC] an hour after customers first complained.
Alerts from [Azure Service Health|SVC] reached administrators only after [Azure Virtual Desktop|SVC] sessions had been dropping for an hour.
[Apple|COM] said [Apple Maps|SVC] and [Find My|SVC] had been restored after a problem with a location server.
[Canva|SVC] designs would not export for users in [Australia|LOC], and [Canva|COM] said a printing partner was not involved.
[GitHub|COM] said [GitHub Copilot|SVC] and [GitHub Pages|SVC] were degraded while a database cluster was being failed over.
[Block|COM] said [Afterpay|SVC] instalments would now be offered inside [Cash App|SVC].
[Samsung|COM] merged [Samsung Pay|SVC] and [Samsung Pass|SVC] into a single app called [Samsung Wallet|SVC].
[Xiaomi|COM] said [HyperOS|SVC] updates and the [Mi Home|SVC] app had been pulled in [Europe|LOC] while a bug was fixed.
[Amazon Web Services|COM] said [Amazon Aurora|SVC] databases in [ap-south-1|LOC] saw elevated replication lag.
[Korrin Systems|COM] bundles its word processor, [Slate|SVC], and its spreadsheet, [Sheetwise|SVC], into a suite called [Korrin Office|SVC].
[Tessellate Labs|COM] said its AI assistant, [Muse|SVC], would be built into [Tessellate Docs|SVC] and [Tessellate Mail|SVC] next spring.
[Orbit|SVC], the smart-home hub sold by [Halden Devices|COM], lost contact with door locks and lights after a firmware update.
[Halden Devices|COM] said owners could control [Orbit|SVC] locally through the [Halden Home|SVC] app until the cloud service returned.
[Hive|SVC] heating controls went offline on a cold morning, and [Centrica|COM] said boilers would keep running on their last schedule.
[IBM|COM] is building [watsonx|SVC] into the customer service systems of [Tessalon Bank|COM].
[Dropbox|COM] said [Dropbox Paper|SVC] documents would move into the main [Dropbox|SVC] app.

The [Information Commissioner's Office|ORG] fined [Castellan Bank|COM] 1.2 million pounds for sending customers' statements to the wrong addresses.
[Ofcom|ORG] opened an investigation into [Brackenridge Telecom|COM] after an outage stopped some customers from reaching emergency services.
The [Hong Kong Monetary Authority|ORG] told [Harbourline Bank|COM] to review its disaster recovery plans after a day-long failure of its mobile app.
The [Monetary Authority of Singapore|ORG] ordered [Straits Meridian Bank|COM] to pause non-essential IT changes for six months.
The [Reserve Bank of India|ORG] barred [Kalyani Payments|COM] from signing up new merchants until its systems pass an external audit.
[CNIL|ORG] fined [Ostwind Digital|COM] for keeping precise location data on millions of users longer than necessary.
[BaFin|ORG] appointed a special monitor at [Rheinwerk Bank|COM] after repeated failures of its online banking service.
The [Irish Data Protection Commission|ORG] opened an inquiry into how [Glimmer|SVC], a photo app run by [Nestwise Labs|COM], stores children's images.
[Datatilsynet|ORG], the Norwegian data-protection authority, ordered [Fjordline Mobile|COM] to stop selling customers' location histories.
The [National Radio and Telecommunications Authority|ORG], known as [NRTA|ORG], gave [Solvej Networks|COM] thirty days to explain three outages in a month.
[NRTA|ORG] said it would publish quarterly reliability scores for [Solvej Networks|COM], [Bluewick Telecom|COM] and [Orrin Mobile|COM].
The [Payments Authority of Malta|ORG] suspended the licence of [Vellacourt Pay|COM] pending an investigation into missing customer funds.
The [Central Bank of Nigeria|ORG] fined [Oduya Fintech|COM] for failing to check the identities of new account holders.
The [Nigerian Communications Commission|ORG] asked [MTN Nigeria|COM] and [Airtel Nigeria|COM] to compensate subscribers for dropped calls.
[CERT-In|ORG] asked [Kalyani Payments|COM] to report the breach within six hours, as the rules require.
[CISA|ORG] and the [FBI|ORG] warned that attackers were exploiting a flaw in [Ivory Gate|SVC] VPN appliances made by [Pellucid Group|COM].
The [NCSC|ORG] said it was helping [Aldgate Payments|COM] recover from a ransomware attack that encrypted its billing servers.
The [BSI|ORG], [Germany|LOC]'s federal cyber-security agency, urged companies to patch [Exchange Server|SVC] within 48 hours.
[ANSSI|ORG] said hackers had tried to break into the networks of several French hospitals and of [Orvalis Santé|COM], a medical software supplier.
[ENISA|ORG] published a report warning that too many European banks depend on a handful of cloud providers such as [AWS|COM] and [Google Cloud|COM].
[JPCERT/CC|ORG] said it had seen a rise in phishing messages that imitate [LINE|SVC] and [Rakuten|COM] login pages.
The [Australian Signals Directorate|ORG] said [Kurrajong Health|COM] had reported the incident quickly and shared useful technical details.
The [Canadian Centre for Cyber Security|ORG] said a denial-of-service attack had briefly knocked [canada.ca|SVC] offline.
The [Federal Communications Commission|ORG] proposed a fine against [Westgrove Wireless|COM] for failing to deliver 911 calls during an outage.
The [SEC|ORG] charged [Granite Peak Holdings|COM] with misleading investors about the scale of a cyber attack.
The [FTC|ORG] sued [Cartwheel Commerce|COM], which runs [cartwheel.shop|SVC], over subscriptions that were hard to cancel.
The [European Commission|ORG] opened proceedings against [Marrowgate Holdings|COM] over the way its [Kinfolk|SVC] marketplace ranks rival sellers.
The [High Court|ORG] in [London|LOC] ruled that [Fernhill Group|COM] had breached its contract with the software supplier [Norland Digital|COM].
The [Court of Justice of the European Union|ORG] said national regulators can fine companies such as [Ostwind Digital|COM] for breaches of the data rules.
The [Delhi High Court|ORG] ordered [Kalyani Payments|COM] to restore frozen merchant accounts within a week.
The [Federal Court of Australia|ORG] fined [Bluewick Telecom|COM] for charging customers for a service they had not received.
The [Supreme Court of Canada|ORG] declined to hear an appeal by [Maplestone Bank|COM] in the data breach case.
The [Metropolitan Police|ORG] arrested two teenagers in connection with the attack on [Castellan Bank|COM] and its [Castellan Mobile|SVC] app.
[Europol|ORG] said police in six countries had seized servers used to rent out access to [Spectral|SVC], a hacking tool sold to criminals.
[Police Scotland|ORG] said it was investigating a data breach at [Dundee Data Works|COM], a hosting firm based in [Dundee|LOC].
The [Communication Workers Union|ORG] said engineers at [BT Group|COM] would strike over plans to close regional repair centres.
The [Communications Workers of America|ORG] said technicians at [AT&T|COM] had been told to work twelve-hour shifts to repair storm damage.
The [Data Centre Technicians Union|ORG] said staff at [Yarrow Cloud|COM] sites had not been trained on the new cooling systems.
Researchers at [ETH Zurich|ORG] found that [Pulse Fit|SVC], a fitness app from [Lindqvist Data AB|COM], leaked users' heart-rate data.
A study by the [University of Melbourne|ORG] found that outages at [Bluewick Telecom|COM] hit rural customers twice as often as those in cities.
Researchers at [Carnegie Mellon University|ORG] showed that [Muse|SVC] could be tricked into revealing other users' documents.
The [Oxford Internet Institute|ORG] said [Telegram|SVC] channels played a large role in spreading false reports during the outage.
Students at the [University of Lagos|ORG] built [Okada Track|SVC], a safety app for motorcycle taxi passengers.
A team from [KAIST|ORG] worked with [Naver Cloud|COM] on the cooling design for its new data centre in [Sejong|LOC].
The [IETF|ORG] approved a new standard for encrypted DNS, and [Cloudflare|COM] said [1.1.1.1|SVC] would support it from day one.
[ETSI|ORG] and [3GPP|ORG] agreed on rules for satellite links that [Starlink|SVC] and [AST SpaceMobile|COM] will both use.
The [PCI Security Standards Council|ORG] said [Brightwater Payments|COM] had lost its compliance status after the breach.
The [International Organization for Standardization|ORG] certified [Velamar Cloud|COM] under its information security standard.
The [GSMA|ORG] said its members, including [Vodafone|COM] and [Orange|COM], would share more data about network outages.
[techUK|ORG] said the new rules would raise costs for smaller hosting firms such as [Harrogate Hosting|COM].
[Bitkom|ORG] said German companies were moving workloads from [Microsoft Azure|SVC] to European providers such as [Ionos|COM].
[UK Finance|ORG] said payment outages at [Castellan Bank|COM] and [Marlow Bank|COM] showed the need for better backup arrangements.
The [Electronic Frontier Foundation|ORG] said [Beacon Notes|SVC] should encrypt users' notes so that [Lumira Software|COM] cannot read them.
[Access Now|ORG] said internet shutdowns had cut off [WhatsApp|SVC] and [Facebook|SVC] in three regions during the election.
[NetBlocks|ORG] said traffic to [YouTube|SVC], [X|SVC] and [Instagram|SVC] had fallen to near zero in the capital.
[noyb|ORG] filed a complaint against [Tessellate Labs|COM] over plans to train [Muse|SVC] on the contents of users' inboxes.
The consumer group [Which?|ORG] said [Castellan Mobile|SVC] customers should be refunded for every failed payment.
The [Bank for International Settlements|ORG] said outages at cloud providers such as [Ferrous Cloud|COM] could threaten financial stability.
The [Cayman Islands Monetary Authority|ORG] fined [Seabright Trust|COM] for weak controls over client accounts.
The [Bermuda Monetary Authority|ORG] approved the plan by [Coralline Re|COM] to move its systems to [Microsoft Azure|SVC].
The [Maldives Monetary Authority|ORG] said card payments through [Favara|SVC] had been restored after a switch failure.
The [Bank of Thailand|ORG] told [Siam Lotus Bank|COM] to compensate customers who lost money during the outage of its [Lotus Go|SVC] app.
The [Central Bank of Ireland|ORG] said it was in contact with [Bank of Ireland|COM] after customers briefly saw incorrect balances.
The [Swiss National Bank|ORG] said [SIC|SVC], the country's interbank payment system, had not been affected.
The [European Central Bank|ORG] said [TIPS|SVC] instant payments were briefly delayed during a planned upgrade on Sunday night.
The [Bank of England|ORG] said [CHAPS|SVC] would stay open for an extra two hours to clear the backlog.
The [South African Reserve Bank|ORG] asked [Karoo Mutual Bank|COM] to explain why its [Karoo Pay|SVC] app had failed on payday.
The [Ministry of Internal Affairs and Communications|ORG] ordered [Hikari Mobile|COM] to improve its reporting of network failures.
The [Department for Science, Innovation and Technology|ORG] said it would treat [Yarrow Cloud|COM] and [Tidewater Cloud|COM] as critical suppliers.
The [Ministry of Communications and Digital|ORG] said [MyDigital ID|SVC] would be offered as a login option for [MySejahtera|SVC] next year.
The [Communications Authority of Kenya|ORG] fined [Safaricom|COM] and [Airtel Kenya|COM] for failing to register all SIM cards.
[ICASA|ORG] said it would investigate [Telkom|COM] after thousands of customers in [Cape Town|LOC] lost their fibre connections.
[Anatel|ORG] ordered [Claro Brasil|COM] to explain a six-hour outage in [São Paulo|LOC] and [Campinas|LOC].
The [ANPD|ORG], [Brazil|LOC]'s data-protection authority, blocked [Aratinga Labs|COM] from using posts on its [Tucano|SVC] social app to train its models.
[Arcep|ORG] said [Free|COM] and [Bouygues Telecom|COM] had both missed their coverage targets in rural areas.
[Garante|ORG] said [Kindred|SVC], a chatbot companion app from [Solace AI Labs|COM], had to stop processing Italian users' data until it introduced proper age checks.
The [Korea Fair Trade Commission|ORG] opened an investigation into how [Coupang Eats|SVC] ranks restaurants, and [Coupang|COM] said it would cooperate.
The [Personal Information Protection Commission|ORG] fined [Hanbit Games|COM] after a leak of player data from its [Hanbit Arena|SVC] service.

[Flow|SVC], the payments app from [Aldgate Payments|COM], refused transfers above 100 pounds for most of the afternoon.
[Aldgate Payments|COM] said [Flow|SVC] would refund any fees charged on payments that failed during the outage.
Cash flow at the company improved after it stopped paying suppliers in advance.
[Current|SVC], the energy app run by [Riverbend Energy|COM], showed some households a bill of zero on Tuesday.
Current customers of [Riverbend Energy|COM] will keep their tariff until the end of the year, the company said.
The current was strong enough to drag the subsea cable several metres from its original position.
[Switchboard|SVC], a call-routing service from [Holloway Telecom|COM], sent calls for a hospital to a closed office.
The switchboard at the hospital was overwhelmed by calls from worried relatives.
[Tide|SVC] business accounts could not receive payments on Monday morning, and [Tide|COM] said card spending was unaffected.
[Sea|COM] said [Shopee|SVC] orders in [Singapore|LOC] had recovered, while [Garena|SVC] games were still offline.
[Bolt|COM] said the [Bolt|SVC] app had recovered in [Tallinn|LOC] and [Riga|LOC] after a cloud database failover.
[Wise|COM] said customers of [Wise|SVC] in [Hungary|LOC] might see slower transfers until a partner bank fixed its systems.
[Marrowgate Holdings|COM] owns [Kinfolk|SVC], [Threadbare|SVC] and [Homestead|SVC], three marketplaces that went down together on Sunday.
[Fernhill Group|COM] said its subsidiary [Fernhill Cloud|COM] would spend 300 million pounds on a new site near [Newport|LOC].
[Rimefield Group|COM] agreed to sell its hosting unit, [Rimefield Cloud|COM], to [Cattaneo Holdings|COM].
[Grab Holdings|COM] said [GrabPay|SVC] wallets in [Manila|LOC] could not be topped up for about two hours.
[Bank of America|COM] customers could not log in to the [Bank of America|SVC] app or see their balances for much of Wednesday.
[Singapore Telecommunications|COM], known as [Singtel|COM], said broadband customers in [Jurong|LOC] had been reconnected.
[Telekom Malaysia|COM] said [Unifi|SVC] customers in [Penang|LOC] lost their connections after a submarine cable was damaged.
[Manchester Airports Group|COM] said its car-park booking website failed for two hours because of a problem at [Ferrous Cloud|COM].
[Harrogate Hosting|COM], which has two data centres in [Harrogate|LOC], said customers had lost about ten minutes of email.
[Telkom Indonesia|COM], the state-owned operator, said [IndiHome|SVC] customers in [Bandung|LOC] had their service restored.
[Ethio Telecom|COM], the state-owned monopoly, said [telebirr|SVC] payments resumed across [Ethiopia|LOC] late on Thursday.
[Sunrise|COM] said a software error had disrupted the [Sunrise TV|SVC] service for customers across [Switzerland|LOC].
[Jordan Cloud Services|COM] said its data centre in [Amman|LOC] was running on generators, and the [Telecommunications Regulatory Commission|ORG] said mobile networks were unaffected.
[Georgia Power|COM] crews restored electricity to the data centre in [Atlanta|LOC] shortly after midnight.
[Victoria Okonkwo|PER], who leads [Current|SVC] at [Riverbend Energy|COM], said the app would get a status page of its own.
[Priyanka Iyer|PER], a spokeswoman for [Kalyani Payments|COM], said the [RBI|ORG] order was being studied.
[Tomás Arriaga|PER], chief technology officer of [Larrea Retail|COM], said [Kiosko|SVC] terminals would be updated overnight.
[Henrik Lindqvist|PER] founded [Lindqvist Data AB|COM] in [Uppsala|LOC] and still runs [Pulse Fit|SVC] day to day.
[Amara Okafor|PER], a spokeswoman for [Oduya Fintech|COM], said the company would appeal against the fine from the [Central Bank of Nigeria|ORG].
[Mei Lin Tan|PER] of the [Monetary Authority of Singapore|ORG] said banks must be able to run without any single cloud region.
Pulse rates among the trial's volunteers were recorded every five minutes.
Tally clerks at the port went back to paper records when the terminal system failed.
A beacon on the mast warns low-flying aircraft away from the data centre.
The pantry at the office was restocked after staff spent the night fixing the outage.
Slate roofs on the old mill were replaced before the servers were installed.

[Ofcom|ORG] Opens Inquiry Into [Brackenridge Telecom|COM] After Emergency Call Failures
[Mastercard|SVC] Payments Fail Across [Australia|LOC] for Nearly Three Hours
[Ferrous Cloud|COM] Outage Knocks [shopnest.io|SVC] and Dozens of Web Shops Offline
[Singpass|SVC] Down for an Hour as [GovTech|ORG] Blames Faulty Switch
Why [Current|SVC] Went Dark: [Riverbend Energy|COM] Explains Tuesday's App Failure
[Roblox|SVC], [Discord|SVC] and [Twitch|SVC] Hit by Weekend Outage
[NRTA|ORG] Fines [Solvej Networks|COM] Over Dropped Calls
[Hong Kong Monetary Authority|ORG] Orders Review at [Harbourline Bank|COM]
[Flow|SVC] Users Locked Out as [Aldgate Payments|COM] Battles Ransomware
[Meta|COM] Brings [Meta AI|SVC] to [WhatsApp|SVC] in Twelve More Countries
[Google|COM] to Retire [Google Assistant|SVC] in Favour of [Gemini|SVC]
[Velamar Cloud|COM] Launches [Data Streams|SVC] and [Job Queue|SVC]
[Vercel|COM] Says [Edge Functions|SVC] Recovered After [Frankfurt|LOC] Timeouts
[CNIL|ORG] Fines [Ostwind Digital|COM] Over Location Data
[Communication Workers Union|ORG] Announces Strike at [BT Group|COM]
[Beacon Notes|SVC] Loses a Day of Edits After Database Failover
[Marrowgate Holdings|COM] Faces [European Commission|ORG] Probe Over [Kinfolk|SVC] Rankings
[DigiD|SVC] Outage Blocks Dutch Tax Filings for a Morning
[Yarrow Cloud|COM] Failure Takes Down [Pantry|SVC], [Tally|SVC] and [Wren Health|SVC]
[Hive|SVC] Heating App Goes Offline on Coldest Morning of the Year
Researchers at [ETH Zurich|ORG] Find Flaw in [Pulse Fit|SVC] App
[Bank of Thailand|ORG] Tells [Siam Lotus Bank|COM] to Compensate Customers

[LONDON|LOC], May 3 — Customers of [Castellan Bank|COM] were unable to log in to [Castellan Mobile|SVC] or send [Faster Payments|SVC] for most of Friday, and the [Financial Conduct Authority|ORG] said it was in close contact with the lender.
[NAIROBI|LOC], Sept. 4 — [Airtel Money|SVC] and [T-Kash|SVC] transfers failed for several hours on Wednesday, and the [Communications Authority of Kenya|ORG] asked both operators to file incident reports within a week.
[JAKARTA|LOC], Jan. 22 — Users of [GoPay|SVC], [OVO|SVC] and [DANA|SVC] reported failed top-ups for much of Monday, though [Bank Indonesia|ORG] said [QRIS|SVC] itself had kept working throughout.
[SYDNEY|LOC], Nov. 9 — Customers of [Bluewick Telecom|COM] lost mobile and home broadband for most of Thursday, and the [Australian Communications and Media Authority|ORG] said it would examine whether calls to emergency services had been blocked.
[BRUSSELS|LOC], Feb. 14 — The [European Commission|ORG] said on Wednesday that it had sent [Marrowgate Holdings|COM] a formal list of objections, arguing that its [Kinfolk|SVC] marketplace pushed shoppers towards products sold by the company itself.
[MUMBAI|LOC], Aug. 19 — [Kalyani Payments|COM] said its [KPay|SVC] wallet and merchant app were back online after a nine-hour outage, but the [Reserve Bank of India|ORG] said it would send inspectors to the company's data centre in [Navi Mumbai|LOC].
[TORONTO|LOC], March 11 — [Maplestone Bank|COM] said [Interac e-Transfer|SVC] payments and its own [Maplestone Mobile|SVC] app had recovered, after a storage failure at [Northgrove Cloud|COM] in [Montreal|LOC] disrupted service for about five hours.
[ZURICH|LOC], June 2 — [Swisscom|COM] said a faulty software update had cut landline and mobile calls across [Switzerland|LOC] for about ninety minutes, and the [Federal Office of Communications|ORG] said it had opened a review.
[SEOUL|LOC], Oct. 27 — [Naver Cloud|COM] said a cooling failure at its site in [Chuncheon|LOC] had slowed [Naver Webtoon|SVC], [Papago|SVC] and the [Naver|SVC] search portal, and the [Ministry of Science and ICT|ORG] asked for a report by Friday.
[LAGOS|LOC], April 8 — [Oduya Fintech|COM] said its [Kobo|SVC] app and the [oduya.ng|SVC] website had been restored after an outage linked to a fibre cut, hours after the [Central Bank of Nigeria|ORG] asked lenders to confirm their backup plans.
[SAN FRANCISCO|LOC], Dec. 5 — [Velamar Cloud|COM] said a bad configuration change in [us-west-1|LOC] had broken [Data Streams|SVC], [Job Queue|SVC] and the [Velamar Status|SVC] page itself, leaving customers of [Orbitly|SVC] and [Moonrake|SVC] without any updates for two hours.
[MEXICO CITY|LOC], July 16 — Customers of [BBVA México|COM] could not use [SPEI|SVC] transfers or the bank's app for most of the afternoon, and the [National Banking and Securities Commission|ORG] said it would review the lender's technology controls.
[DUBLIN|LOC], Jan. 30 — The [Irish Data Protection Commission|ORG] said on Thursday it had fined [Nestwise Labs|COM] 18 million euros because [Glimmer|SVC] had made children's photos visible to strangers by default.
[RIYADH|LOC], May 21 — The [Saudi Central Bank|ORG] said [mada|SVC] card payments and [SARIE|SVC] transfers were running normally again, after a network failure at [Najd Digital|COM] delayed transactions across the kingdom for about an hour.

Users in [Brazil|LOC] said [iFood|SVC], [Rappi|SVC] and [99|SVC] were all slow on Friday night, although only [iFood|COM] confirmed a problem.
[Line|SVC] stickers bought through [LINE Store|SVC] did not appear in users' accounts for a day, [LY Corporation|COM] said.
[Coinbase|SVC] and [Kraken|SVC] users could not place trades for about twenty minutes as prices moved sharply.
[Coinbase|COM] said its exchange had stayed online but that its app had struggled with the surge in traffic.
[Vinted|SVC] sellers in [France|LOC] and [Lithuania|LOC] could not print shipping labels after a courier's systems failed.
[Vinted|COM] said orders placed during the outage would be honoured.
[Ookla|COM], which runs [Downdetector|SVC], said it had received more than a million reports within an hour.
[Thimble|SVC], an invoicing app for freelancers, could not connect to [Lloyds Bank|COM] or [NatWest|COM] accounts for two days.
"""
