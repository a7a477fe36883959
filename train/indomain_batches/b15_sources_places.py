# News outlets, agencies, broadcasters and financial-data firms cited as sources or as the
# subject of a story (always COM), stock exchanges and market operators (COM) in listing
# news, "City, State/Country" places as two separate LOC spans (comma outside the spans,
# "-based" forms, datelines, headquarters moves, data-centre sites, country abbreviations),
# and long official names of public bodies built from common words, kept as ONE ORG span
# and also written as acronyms. Written for newskg.
SENTENCES = r"""
# --- outlets, agencies, broadcasters, data firms, exchanges (COM) ---
[Orsolan Energy|COM] is weighing a sale of its grid software unit, the [Harwick Ledger|COM] reported on Tuesday, citing people familiar with the matter.
[Kioxia|COM] has revived plans for a stock market listing as early as December, according to [Nikkei|COM].
[Reuters|COM] could not independently verify the figures, and [Tallowmere Foods|COM] did not respond to a request for comment.
"We have no plans to leave the market," [Annika Brevik|PER], chief executive of [Nordsel Telecom|COM], told the [Quayside Gazette|COM].
[Bloomberg News|COM] reported earlier that [Stellantis|COM] was reviewing its software partnerships, citing people with knowledge of the talks.
[Le Monde|COM] reported that the ministry had asked three mobile operators to hand over detailed maps of their networks.
[Handelsblatt|COM], citing two people close to the supervisory board, said [Continental|COM] could announce the spin-off as early as next month.
Regulators have told several lenders to slow the rollout of instant loans through [WeChat Pay|SVC], [Caixin|COM] reported on Monday.
[SK Telecom|COM] will compensate subscribers for the eight-hour outage, [Yonhap|COM] reported, quoting a company official.
The contract, worth about 40 million euros, was awarded without a public tender, [El País|COM] said.
[Banco Inter|COM] has hired advisers to study a second listing, according to the newspaper [Folha de S.Paulo|COM].
[Capgemini|COM] is in early talks to buy a smaller consulting firm, [Les Echos|COM] reported, without saying where it got the information.
[Der Spiegel|COM] said it had seen an internal memo in which managers at [Vellmar Systemtechnik|COM] warned of delays to the project.
The round values the startup at roughly $400 million, [TechCrunch|COM] reported, citing a source familiar with the deal.
[Axel Springer|COM], which publishes [Bild|COM] and [Welt|COM], said digital subscriptions rose 12 percent in the quarter.
Talks over the sale of the towers have stalled over price, [La Repubblica|COM] reported on Sunday.
[Singapore|LOC]'s [Straits Times|COM] reported that the ministry would publish the findings of its review by the end of the month.
The [Globe and Mail|COM] reported that [Rogers|COM] had set aside money to refund customers hit by the July outage.
[Axios|COM] was first to report that [Marguerite Okonedo|PER] would join [Brightwell AI|COM] as head of policy.
The government will present the bill to parliament in the spring, [Kyodo News|COM] said, citing unnamed officials.
The [Meridian Post|COM] will cut 60 newsroom jobs, its owner, [Halberd Media Group|COM], told staff on Thursday.
Shares in [Pellory Mining|COM] fell 8 percent after the [Carrow Daily Chronicle|COM] reported that its chairman had been questioned by police.
The [Lakeshore Tribune|COM] and the [Westmarch Herald|COM] will share a printing plant from next year.
A spokesman for [Dunmore Rail|COM] declined to comment on the report in the [Eastgate Telegraph|COM].
Reporters at the [Ashcombe Journal|COM] walked out on Friday after rejecting a pay offer of 2 percent.
The [Fenwick Evening Star|COM] has been sold to [Tarrant Press|COM], a regional publisher, for an undisclosed sum.
The [Continental Press Agency|COM] said its correspondent had been released after two days in custody.
Data from [LSEG|COM] showed that technology deals in the region fell by a third in the first half.
Venture funding for climate startups fell for a second straight year, according to [PitchBook|COM] data.
Analysts polled by [FactSet|COM] had expected revenue of $3.1 billion, slightly more than [Corvex Semiconductor|COM] reported.
[Morningstar|COM] cut its rating on the fund to neutral, saying the manager had taken on too much risk in unlisted tech stocks.
About 3 million households lost power after the storm, public broadcaster [NHK|COM] reported.
[Deutsche Welle|COM] said its website had been blocked in the country since Saturday.
[Al Jazeera|COM] said two of its journalists had been detained while covering the protests.
Prices on the [Bloomberg Terminal|SVC] froze for several minutes on Wednesday, and [Bloomberg|COM] said it was investigating.
A spokeswoman for [Brightwell AI|COM] told [Reuters|COM] the company did not comment on market rumours.
The [Tidewater Courier|COM] first reported the breach, which exposed the home addresses of about 40,000 customers of [Calloway Energy|COM].
[Handelsblatt|COM] Says [Siemens|COM] Weighs Sale of Logistics Software Arm
[Harwick Ledger|COM] Owner Puts Regional Titles Up for Sale
[Tessaline Robotics|COM] plans to list its shares on [Nasdaq|COM] in the second quarter, seeking to raise about $300 million.
Trading on the [Tokyo Stock Exchange|COM] was halted for most of the day after a hardware fault in the system that distributes market data.
[Valbruna Pharma|COM] will list on [Euronext Milan|COM] next month in what would be the largest Italian flotation of the year.
[Deutsche Börse|COM] agreed to buy [Lindqvist Analytics|COM], a Danish maker of portfolio software, for about 1.1 billion euros.
Shares of [Marrowfield Bank|COM] rose 14 percent on their first day of trading on the [Baltic Securities Exchange|COM].
The [Baltic Securities Exchange|COM] said it would extend trading hours by an hour from March to attract investors in [Asia|LOC].
[Hong Kong Exchanges and Clearing|COM] reported record turnover in the quarter, helped by a rush of mainland listings.
[Euronext|COM] said a fault at a network provider had delayed the opening auction in [Paris|LOC], [Amsterdam|LOC] and [Lisbon|LOC] by 40 minutes.
[Baltic Securities Exchange|COM] Lists First Bank in Three Years
[SIX Swiss Exchange|COM] delisted the shares at the request of [Oberholz Medical|COM], which is being taken private by a buyout firm.
[Kalvö Energy|COM] made its debut on [Nasdaq Stockholm|COM] on Friday, valuing the battery maker at 6 billion crowns.
# --- City, State/Region/Country as two LOC spans; country abbreviations ---
[Pellwick Software|COM], based in [Boise|LOC], [Idaho|LOC], said it would hire 200 engineers over the next two years.
[Curitiba|LOC], [Brazil|LOC]-based [Ondaverde Pagamentos|COM] raised 90 million reais in a round led by [Kaszek|COM].
[DES MOINES|LOC], [Iowa|LOC], Jan. 9 — [Prairie Mutual Insurance|COM] said its claims website was working again after a two-day outage.
[Calder Freight|COM] will move its headquarters from [Hartford|LOC], [Connecticut|LOC], to [Charlotte|LOC], [North Carolina|LOC], by the end of next year.
[Ferrosync Cloud|COM] is building a 120-megawatt data centre near [Mesa|LOC], [Arizona|LOC], its third in the state.
[Microsoft|COM] said it would add two buildings to its data-centre campus in [Quincy|LOC], [Washington|LOC].
[Google|COM] said the expanded data centre in [Hamina|LOC], [Finland|LOC], would be cooled with seawater from the bay.
[Quellspring Games|COM], a studio in [Waterloo|LOC], [Ontario|LOC], laid off a quarter of its staff on Wednesday.
[Kelowna|LOC], [British Columbia|LOC]-based [Okanagan Ledger Systems|COM] has been acquired by [Intuit|COM] for an undisclosed sum.
Workers at the assembly plant in [Geelong|LOC], [Victoria|LOC], were told on Monday that it would close in June.
[Sahyadri Fintech|COM], which is based in [Pune|LOC], [Maharashtra|LOC], has applied to the central bank for a payments licence.
[Bengaluru|LOC], [India|LOC]-based [Kaveri Robotics|COM] said it would open a sales office in [Munich|LOC] this year.
[Amazon Web Services|COM] said its new region in [Hyderabad|LOC], [Telangana|LOC], was now open to all customers.
[Walldorf|LOC], [Germany|LOC]-based [SAP|COM] said cloud revenue rose 25 percent in the third quarter.
[Lichtwerk Optics|COM] of [Jena|LOC], [Germany|LOC], will supply the lenses for all twelve satellites.
[Tapatío Silicon|COM] opened a chip design centre in [Guadalajara|LOC], [Mexico|LOC], that will employ about 300 people.
[Antioquia Pay|COM], a [Medellín|LOC], [Colombia|LOC]-based wallet provider, said it had signed up a million users.
Software testing firm [Someș Labs|COM] has moved into a larger office in [Cluj-Napoca|LOC], [Romania|LOC].
[Emajõgi Data|COM], a startup from [Tartu|LOC], [Estonia|LOC], raised 7 million euros to build identity checks for banks.
[Shenzhen|LOC], [China|LOC]-based [BYD|COM] said it would build its first European car plant in [Hungary|LOC].
The fire broke out at a packaging plant in [Hsinchu|LOC], [Taiwan|LOC], that supplies several chipmakers.
[Kempenaar Photonics|COM], based in [Eindhoven|LOC], the [Netherlands|LOC], doubled its workforce last year.
[Cascade Ridge Analytics|COM], a startup in [Bend|LOC], [Oregon|LOC], was bought by a larger rival for $85 million.
[Rivian|COM] said production at its plant in [Normal|LOC], [Illinois|LOC], had resumed after a two-week shutdown.
[Thamesgate Systems|COM] will move its head office to [Reading|LOC], [England|LOC], from central [London|LOC].
The new hangar at the plant in [Mobile|LOC], [Alabama|LOC], will let [Airbus|COM] build more jets in the [U.S.|LOC]
[Dakota Prairie Bank|COM] of [Sioux Falls|LOC], [South Dakota|LOC], said its card systems had been restored overnight.
[Wasatch Ledger|COM], a payroll software maker in [Lehi|LOC], [Utah|LOC], filed confidentially for an initial public offering.
[Meta|COM] said it would build a third data centre building in [Luleå|LOC], [Sweden|LOC], powered by hydroelectric energy.
[Buckeye Compute|COM] broke ground on a data-centre campus in [New Albany|LOC], [Ohio|LOC], east of [Columbus|LOC].
[U.S.|LOC]-listed shares of [Cobaltline Mining|COM] fell 6 percent in premarket trading.
Customers in the [UK|LOC] and [Ireland|LOC] could not make card payments for about two hours, [Starling Bank|COM] said.
The [EU|ORG] said the rules would apply to any company selling devices in the [EU|LOC] market from 2027.
[Halden Biotech|COM] will move its main listing from [London|LOC] to [New York|LOC], saying investors in the [U.K.|LOC] had undervalued it.
[Falcon Crest Logistics|COM], headquartered in [Abu Dhabi|LOC], [UAE|LOC], ordered 40 electric trucks.
[SAN JOSE|LOC], [California|LOC], March 2 — [Veradyne Systems|COM] said it would cut 900 jobs, or about 7 percent of its workforce.
[PORTO ALEGRE|LOC], [Brazil|LOC], Nov. 14 — [Gaúcha Energia|COM] said power had been restored to most of its customers.
[Baltyk Software|COM], a [Gdańsk|LOC], [Poland|LOC]-based developer of shipping software, was bought by a Danish group.
[Vistula Games|COM] of [Kraków|LOC], [Poland|LOC], said its next title would be delayed until the autumn.
[Han River Semiconductor|COM] will open a testing plant in [Da Nang|LOC], [Vietnam|LOC], next year.
[Kivu Health|COM], based in [Kigali|LOC], [Rwanda|LOC], uses drones to deliver blood to rural clinics.
[Orchard Row Payments|COM] is moving its headquarters from [San Jose|LOC], [California|LOC], to [Nashville|LOC], [Tennessee|LOC].
[BOISE|LOC], [Idaho|LOC], Oct. 3 — [Micron|COM] said construction of its new memory factory was on schedule.
[Granite State Mutual|COM], based in [Concord|LOC], [New Hampshire|LOC], said hackers had not reached policyholder data.
# --- long official names of public bodies (one ORG span) and their acronyms ---
The [Federal Office for Digital Security|ORG] ordered [Tarnwell Cloud|COM] to report every breach within 24 hours.
[Kestner Mobil|COM] said it would comply with the order from the [Federal Office for Digital Security|ORG] ([FODS|ORG]) but would appeal against the fine.
The [National Agency for Network Safety|ORG] said the attack on [Orbelle Telecom|COM] had been contained within hours.
Inspectors from [NANS|ORG] visited two [Orbelle Telecom|COM] switching centres on Friday.
The [Office of the Communications Commissioner|ORG] fined [Telvara|COM] 3 million euros after emergency calls failed for four hours.
[Office of the Communications Commissioner|ORG] Opens Inquiry Into [Telvara|COM] Outage
[Germany|LOC]'s [Federal Office for Information Security|ORG] warned that routers sold by [Halvard Networks|COM] contained a serious flaw.
The [BSI|ORG] said [Halvard Networks|COM] had released a fix but urged users to install it at once.
The [Commission for Communications Regulation|ORG] said [Eir|COM] and [Vodafone Ireland|COM] must publish outage figures every quarter.
The [Authority for Consumers and Markets|ORG] fined [Polderstroom Energie|COM] for raising prices without notice.
The [Office of the Australian Information Commissioner|ORG] has taken [Medivale Health|COM] to court over a data breach.
The [Office of the Privacy Commissioner of Canada|ORG] said it would investigate how [Maplegate Retail|COM] stored customer passwords.
[France|LOC]'s data protection watchdog, the [CNIL|ORG], fined [Voltaire Médias|COM] 5 million euros over its cookie banners.
The [Agency for Digital Italy|ORG] said public bodies must move their data to certified providers such as [Aruba|COM] by 2026.
The [Federal Network Agency|ORG] said [Deutsche Telekom|COM] had met its rural coverage targets.
The [Telecommunications Regulatory Authority of India|ORG] asked [Reliance Jio|COM] and [Bharti Airtel|COM] to explain the tariff increases.
The [Securities and Exchange Board of India|ORG] barred three brokers from trading on the [National Stock Exchange of India|COM] for six months.
The [State Office for Data Protection and Freedom of Information|ORG] said [Rheintal Kliniken|COM] had kept patient records for too long.
The [Directorate for Public Cloud and Shared Services|ORG] awarded [Norvance Data|COM] a four-year hosting contract worth 60 million euros.
The [National Office for Payment Systems and Settlement|ORG] told [Cardinal Pay|COM] to stop signing up new merchants.
The [Federal Agency for Rail and Telecommunications Infrastructure|ORG] approved plans by [Trackline Fibre|COM] to lay cable along the line.
The [Office of the Digital Markets Ombudsman|ORG] received more than 4,000 complaints about [Quillon Marketplace|SVC] last year.
Researchers at the [Institute for Secure Networks and Systems|ORG] found the flaw while testing routers made by [Halvard Networks|COM].
The [Agency for Cyber Resilience and Incident Response|ORG] ([ACRIR|ORG]) said it was helping [Marrowfield Bank|COM] restore its systems.
The [Ministry of Digital Affairs and Innovation|ORG] summoned executives from [Telvara|COM] and [Orbelle Telecom|COM] after the blackout.
[National Agency for Network Safety|ORG] Warns Banks Over Wave of Text Message Scams
The [Council for Standards in Electronic Commerce|ORG], an industry body, said [Cardinal Pay|COM] had breached its code on refunds.
The [Court of Justice of the European Union|ORG] ruled that [Brightwell AI|COM] must tell users how their data was used to train its models.
[ACRIR|ORG] and the [National Agency for Network Safety|ORG] issued a joint warning about fake invoices sent in the name of [Norvance Data|COM].
"""
