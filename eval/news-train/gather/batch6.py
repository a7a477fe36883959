# Articles nt-56 .. nt-65 (batch 2: longer, harder; all names invented). A and O come from articles.py.

A(56, "ferrovia-alpina-signalling-outage", "2026-11-19", "Signalling failure halts trains across northern Italy for a morning", """
Rail traffic across much of northern Italy ground to a halt on Wednesday morning after a failure in the computer system that controls signals on the network around Milan, stranding hundreds of thousands of commuters.

Ferrovia Alpina, the private operator that runs regional services in Lombardy and Piedmont, said trains stopped moving at 6.05am when the signalling control centre lost contact with lineside equipment. Services resumed gradually from 9.30am, though delays continued until early afternoon. About 420 trains were cancelled.

The signalling system is maintained by Segnali Integrati, a joint venture between the infrastructure manager Rete Nord and the French engineering firm Valcourt Signalisation. In a statement on Thursday, Segnali Integrati said a faulty network switch at its control centre in Sesto San Giovanni had failed, and that a backup link "did not take over as it should have".

Ferrovia Alpina's app, AlpinaGo, also crashed for about an hour from 7am as passengers tried to check alternative routes, the company said. It blamed the crash on the surge in traffic.

"Our passengers have paid the price for a failure that was not in our trains or our staff," said the operator's chief executive, Marta Colombo. "We want to know why a single piece of equipment could stop an entire region."

Italy's transport minister, Paolo Lanzetti, said he had asked for a report within 48 hours. The rail regulator, the Transport Regulation Authority, said it would examine whether passengers were properly informed during the disruption.

Ferrovia Alpina is owned by the Swiss transport group Helvetrans, which bought it from the Lombardy regional government in 2020. Helvetrans's chairman, Urs Baumgartner, is due to visit Milan next week, people familiar with his plans said.

The failure follows a similar, shorter incident on 2 October, when a power cut at the same control centre stopped trains for 40 minutes.

Valcourt's head of Italian operations, Sébastien Morel, said the company's engineers were working with Rete Nord on the investigation. Valcourt also supplies signalling equipment to the high-speed operator Trenostella, which said its services had not been affected on Wednesday because they use a separate control system.

Commuter groups said they would seek compensation. "People lost a morning's work," said Chiara Fontana of the passenger association Pendolari Lombardi.
""",
  ents="L:Italy; L:Milan; C:Ferrovia Alpina; L:Lombardy; L:Piedmont; C:Segnali Integrati; C:Rete Nord;"
       "C:Valcourt Signalisation=Valcourt; L:Sesto San Giovanni; S:AlpinaGo; P:Marta Colombo; P:Paolo Lanzetti;"
       "O:Transport Regulation Authority; C:Helvetrans; P:Urs Baumgartner; P:Sébastien Morel; C:Trenostella;"
       "P:Chiara Fontana; O:Pendolari Lombardi",
  roles="Marta Colombo|ceo|Ferrovia Alpina|1; Paolo Lanzetti|minister|Italy|1; Urs Baumgartner|chairman|Helvetrans|1;"
        "Sébastien Morel|head|Valcourt Signalisation|1",
  rels="Segnali Integrati>parentOrganization>Rete Nord; Segnali Integrati>parentOrganization>Valcourt Signalisation;"
       "Rete Nord>partner>Valcourt Signalisation; AlpinaGo>provider>Ferrovia Alpina;"
       "Ferrovia Alpina>parentOrganization>Helvetrans; Helvetrans>acquired>Ferrovia Alpina;"
       "Valcourt Signalisation>partner>Trenostella",
  outs=[O("Segnali Integrati", "2026-11-18", "2026-11-18T06:05", "2026-11-18T09:30", 3.42, ["Ferrovia Alpina"],
          "Sesto San Giovanni", "faulty network switch"),
        O("Ferrovia Alpina", "2026-11-18", "2026-11-18T07:00", None, 1, ["AlpinaGo"], None, "surge in traffic"),
        O("Segnali Integrati", "2026-10-02", None, None, 0.67, [], "Sesto San Giovanni", "power cut")],
  dates="Wednesday morning=2026-11-18; 6.05am=2026-11-18T06:05; 9.30am=2026-11-18T09:30; Thursday=2026-11-19;"
        "7am=2026-11-18T07:00; 2020=2020; 2 October=2026-10-02; Wednesday=2026-11-18",
  sector="rail", region="Italy", topics=["outage", "partnership", "acquisition"])

A(57, "marlowe-and-finch-snaps-up-cobbles", "2026-11-23", "Marlowe & Finch snaps up online shoe seller Cobbles", """
The British department store chain Marlowe & Finch has snapped up the online shoe retailer Cobbles for £165m, its second purchase in a year, as it tries to rebuild its business around e-commerce.

The deal, completed on Friday, gives Marlowe & Finch a website that sells about 4 million pairs of shoes a year and a warehouse near Northampton. Cobbles's founders, the brothers Sam and Ollie Peterkin, will stay on to run the business, which will operate as a standalone division of the group.

"Cobbles has done what department stores failed to do for a decade: make buying shoes online easy," said Marlowe & Finch's chief executive, Lucinda Grey. "We will put their website in front of our 3 million loyalty card members."

The purchase follows the acquisition in January of Hearth & Co, a homeware brand, for £90m. Grey, a former boss of the fashion chain Tallis, has closed 11 of the group's 38 stores since she joined in 2024 and moved more of its spending to its website and app, M&F Online.

Sam Peterkin, who is chief executive of Cobbles, said the deal would let the company expand into Ireland and the Netherlands next year. His brother, Ollie, is its chief operating officer. The two founded the company in 2015 from their parents' garage in Leicester.

Cobbles made a pre-tax profit of £6m last year on sales of £118m. Its main rival is Stride Direct, which is owned by the German fashion group Kaltenbach Mode.

Marlowe & Finch reported last month that like-for-like sales rose 2.1 per cent in the six months to the end of September, while online sales rose 14 per cent. The group's shares closed 1.7 per cent higher at 86p on Monday.

"This is a sensible bolt-on at a fair price," said Priyanka Desai, a retail analyst at Calder & Wynn. "But a shoe website on its own won't solve the problem of too many big shops in the wrong places."

The company's chairman, Sir Nigel Ashby, said the board would consider further deals "where they make sense". People familiar with the matter said the group had also looked at buying the children's clothing brand Little Oak but had walked away over price.

Cobbles's warehouse is run by the logistics firm Halden Freight under a contract that runs to 2028.
""",
  ents="C:Marlowe & Finch; C:Cobbles; L:Northampton; P:Sam Peterkin=Sam; P:Ollie Peterkin=Ollie; P:Lucinda Grey=Grey;"
       "C:Hearth & Co; C:Tallis; S:M&F Online; L:Ireland; L:Netherlands; L:Leicester; C:Stride Direct;"
       "C:Kaltenbach Mode; P:Priyanka Desai; C:Calder & Wynn; P:Nigel Ashby; C:Little Oak; C:Halden Freight",
  roles="Lucinda Grey|ceo|Marlowe & Finch|1; Lucinda Grey|ceo|Tallis|0; Sam Peterkin|ceo|Cobbles|1;"
        "Sam Peterkin|cofounder|Cobbles|1; Ollie Peterkin|coo|Cobbles|1; Ollie Peterkin|cofounder|Cobbles|1;"
        "Priyanka Desai|analyst|Calder & Wynn|1; Nigel Ashby|chairman|Marlowe & Finch|1",
  rels="Marlowe & Finch>acquired>Cobbles; Cobbles>parentOrganization>Marlowe & Finch; Marlowe & Finch>acquired>Hearth & Co;"
       "Hearth & Co>parentOrganization>Marlowe & Finch; M&F Online>provider>Marlowe & Finch;"
       "Stride Direct>parentOrganization>Kaltenbach Mode; Cobbles>partner>Halden Freight",
  dates="Friday=2026-11-20; January=2026-01; 2024=2024; next year=2027; 2015=2015; last year=2025; last month=2026-10;"
        "the end of September=2026-09; Monday=2026-11-23; 2028=2028",
  sector="retailers", region="UK", topics=["acquisition", "leadership", "partnership"])

A(58, "orrery-games-layoffs-ceo-cofounder", "2026-11-06", "Orrery Games cuts 400 jobs as co-founder takes charge", """
Orrery Games, the Polish studio behind the role-playing series Ashen Crown, is cutting about 400 jobs, or a fifth of its staff, and has replaced its chief executive with one of its co-founders after a costly delay to its next big release.

The Kraków-based company said on Friday that Bartosz Nowicki, who co-founded Orrery in 2008 and led the writing of its first three games, would become chief executive with immediate effect. He replaces Ewa Kamińska, who had led the company since 2021 and will leave at the end of the month. Kamińska will stay on as an adviser to the board until June.

The shake-up comes a week after Orrery said Ashen Crown IV, originally due out next spring, would be delayed to 2028. The company said the game's engine, which it licenses from the Finnish developer Lumiforge, needed "substantial rework" to run on the next generation of consoles. Lumiforge declined to comment.

"We grew too fast and we tried to do too many things at once," Nowicki told staff in a video message seen by reporters. "From now on we will make fewer games, and make them better."

Orrery, whose shares are listed in Warsaw, also said it would close its studio in Montreal, which was working on a mobile spin-off, Ashen Crown: Tactics. The studio came with Orrery's purchase of the Canadian developer Pinegate Interactive in 2022.

The company's online store and launcher, OrreryHub, will continue to operate. Last month OrreryHub suffered a six-hour outage on 17 October, the day of a free-to-play weekend, which the company blamed on a failure at its content delivery provider, the American firm Swiftedge Networks.

Shares in Orrery fell 7.8 per cent to 212 zlotys on Friday, taking their fall this year to 44 per cent. The company's largest shareholder, the investment fund Wawel Equity, said it backed the changes.

"Nowicki is the person most associated with the studio's best games, so this is a return to basics," said Jakub Lis, an analyst at the brokerage Vistula Securities. "But the delay means three years without a major release, and the cash will get tight."

Orrery's chief financial officer, Marta Szymańska, said the company had 1.1 billion zlotys in cash and no debt. The job cuts will cost about 90 million zlotys, most of it this quarter.

The company is also in talks with the Japanese publisher Koyomi Entertainment about a partnership to release its games in Asia, people familiar with the talks said.
""",
  ents="C:Orrery Games=Orrery; S:Ashen Crown; L:Kraków; P:Bartosz Nowicki=Nowicki; P:Ewa Kamińska=Kamińska;"
       "S:Ashen Crown IV; C:Lumiforge; L:Warsaw; L:Montreal; S:Ashen Crown: Tactics; C:Pinegate Interactive;"
       "S:OrreryHub; C:Swiftedge Networks; C:Wawel Equity; P:Jakub Lis; C:Vistula Securities; P:Marta Szymańska;"
       "C:Koyomi Entertainment; L:Asia",
  roles="Bartosz Nowicki|cofounder|Orrery Games|1;"
        "Bartosz Nowicki|ceo|Orrery Games|1; Ewa Kamińska|ceo|Orrery Games|0; Jakub Lis|analyst|Vistula Securities|1;"
        "Marta Szymańska|cfo|Orrery Games|1",
  rels="Ashen Crown>provider>Orrery Games; Ashen Crown IV>provider>Orrery Games; Orrery Games>partner>Lumiforge;"
       "Ashen Crown: Tactics>provider>Orrery Games; Orrery Games>acquired>Pinegate Interactive;"
       "Pinegate Interactive>parentOrganization>Orrery Games; OrreryHub>provider>Orrery Games;"
       "Orrery Games>partner>Swiftedge Networks",
  outs=[O("Swiftedge Networks", "2026-10-17", None, None, 6, ["OrreryHub"], None, None)],
  dates="Friday=2026-11-06; 2008=2008; 2021=2021; the end of the month=2026-11; June=2027-06; next spring=2027;"
        "2028=2028; 2022=2022; Last month=2026-10; 17 October=2026-10-17; this year=2026; this quarter=2026-Q4",
  sector="games", region="Poland", topics=["leadership", "outage", "acquisition", "partnership"])

A(59, "paylinq-card-processing-outage-netherlands", "2026-11-21", "Card payments fail across Dutch shops as processor PayLinq suffers outage", """
Shoppers across the Netherlands and Belgium had card payments declined for about three hours on Friday afternoon after an outage at the payment processor PayLinq, which handles transactions for more than 200,000 shops, cafés and petrol stations.

The problems started at 2.20pm, PayLinq said, when a data centre in Amsterdam lost connection to the company's second site in Rotterdam during planned maintenance. Payment terminals began rejecting cards or showing "connection error" messages. The company's status page reported "partial degradation" at first, before upgrading the incident to a "major outage" at 3pm. Services were fully restored at 5.25pm.

Among the businesses affected were the supermarket chain Versmarkt, whose 900 stores rely on PayLinq for card acceptance, and the fuel retailer Tankwijzer. Versmarkt said some stores had put up signs asking customers to pay in cash. The online checkout service PayLinq Web, used by web shops, also failed for part of the afternoon.

"We apologise to our merchants and their customers," said PayLinq's chief technology officer, Ruben Smit. "Our failover did not work as designed, and we will find out why."

PayLinq, based in Utrecht, was bought last year by the American payments group Corvex Financial for $1.2bn. Its chief executive, Eline Mulder, stayed on after the acquisition and now also runs Corvex's European business.

The Dutch central bank, De Nederlandsche Bank, said it had asked PayLinq for an explanation. It was the second large payments outage in the Netherlands this year, after problems at a rival processor in April.

Banks said customers' cards and accounts were not affected. A spokeswoman for Versmarkt, Lotte de Boer, said the chain had lost "a significant amount" of sales but that it was too early to say whether it would seek compensation.

The disruption comes a week before the busiest shopping period of the year, which begins with Black Friday on 27 November. Retail trade group Winkelraad Nederland urged processors to invest in more resilient systems.

Corvex shares fell 1.2 per cent in New York trading. Anouk Visser, a payments analyst at Zuidas Research, said outages of this length were rare. "Merchants put up with a lot, but three hours on a Friday afternoon is the kind of thing that makes them look at alternatives," she said.

PayLinq said it would publish a full report within ten days.
""",
  ents="L:Netherlands; L:Belgium; C:PayLinq; L:Amsterdam; L:Rotterdam; C:Versmarkt; C:Tankwijzer; S:PayLinq Web;"
       "P:Ruben Smit; L:Utrecht; C:Corvex Financial=Corvex; P:Eline Mulder; O:De Nederlandsche Bank; P:Lotte de Boer;"
       "O:Winkelraad Nederland; L:New York; P:Anouk Visser; C:Zuidas Research",
  roles="Ruben Smit|cto|PayLinq|1; Eline Mulder|ceo|PayLinq|1; Eline Mulder|head|Corvex Financial|1;"
        "Lotte de Boer|spokesperson|Versmarkt|1; Anouk Visser|analyst|Zuidas Research|1",
  rels="Versmarkt>partner>PayLinq; PayLinq Web>provider>PayLinq; Corvex Financial>acquired>PayLinq;"
       "PayLinq>parentOrganization>Corvex Financial",
  outs=[O("PayLinq", "2026-11-20", "2026-11-20T14:20", "2026-11-20T17:25", 3.08, ["Versmarkt", "Tankwijzer", "PayLinq Web"],
          "Amsterdam", "lost connection during planned maintenance")],
  dates="Friday afternoon=2026-11-20; 2.20pm=2026-11-20T14:20; 3pm=2026-11-20T15:00; 5.25pm=2026-11-20T17:25;"
        "last year=2025; this year=2026; April=2026-04; Black Friday=2026-11-27; 27 November=2026-11-27",
  sector="payments", region="Netherlands", topics=["outage", "acquisition", "leadership"])

A(60, "solvang-energi-results-windfarm-jv", "2026-11-05", "Solvang Energi profit falls as wind farm delays bite", """
Solvang Energi, the Danish renewable energy company, reported a 23 per cent fall in third-quarter operating profit on Thursday and cut its forecast for the year, blaming delays at two offshore wind farms and low electricity prices in the Nordic market.

Operating profit fell to 2.1 billion Danish kroner in the July-to-September period, below the 2.6 billion analysts had expected. Revenue was little changed at 14.8 billion kroner. The company now expects full-year operating profit of 9 billion to 9.5 billion kroner, down from an earlier range of 10 billion to 11 billion.

"This is not the quarter we wanted," chief executive Mette Kragh told reporters on a call. "But the problems are ones of timing, not of the underlying value of our projects." Kragh, who became chief executive in March after eight years as the company's finance chief, has promised to cut costs by 1.5 billion kroner by 2028.

The largest delay is at the Havørn wind farm in the North Sea, which Solvang is building in a joint venture with the Japanese trading house Mizushiro Corporation. The first power from the project is now expected in the second half of 2027, a year later than planned, because installation vessels supplied by the Dutch marine contractor Van Heel Offshore were held up by bad weather and a crane failure.

Separately, Solvang said it had agreed to sell a 49 per cent stake in its onshore wind business in Poland to the pension fund Norrland Pension for 3.4 billion kroner. It also said it had completed the acquisition of the Spanish solar developer Sol de Castilla, which it agreed to buy in June, adding 1.8 gigawatts of projects.

Solvang is 51 per cent owned by the Danish state through the holding company Statens Energiholding. The company's chairman, Jens Bruun, said the board had full confidence in Kragh.

Shares in Solvang fell 6.1 per cent in Copenhagen, their lowest in seven months. Sofie Lund, an analyst at Kattegat Bank, said the cut to the forecast was larger than expected. "The market is losing patience with offshore wind, and Solvang is one of the purest bets on it," she said.

Solvang's retail supply arm, Solvang Hjem, which sells electricity to 600,000 households, was one of the few bright spots, with profit up 12 per cent.
""",
  ents="C:Solvang Energi=Solvang; P:Mette Kragh=Kragh; C:Mizushiro Corporation; C:Van Heel Offshore; L:North Sea;"
       "L:Poland; C:Norrland Pension; C:Sol de Castilla; C:Statens Energiholding; P:Jens Bruun; L:Copenhagen;"
       "P:Sofie Lund; C:Kattegat Bank; C:Solvang Hjem",
  roles="Mette Kragh|ceo|Solvang Energi|1; Mette Kragh|cfo|Solvang Energi|0; Jens Bruun|chairman|Solvang Energi|1;"
        "Sofie Lund|analyst|Kattegat Bank|1",
  rels="Solvang Energi>partner>Mizushiro Corporation; Solvang Energi>partner>Van Heel Offshore;"
       "Solvang Energi>acquired>Sol de Castilla; Sol de Castilla>parentOrganization>Solvang Energi;"
       "Solvang Energi>parentOrganization>Statens Energiholding; Solvang Hjem>parentOrganization>Solvang Energi",
  dates="third-quarter=2026-Q3; Thursday=2026-11-05; the July-to-September period=2026-Q3; March=2026-03; 2028=2028;"
        "the second half of 2027=2027; June=2026-06",
  sector="energy", region="Denmark", topics=["earnings", "partnership", "acquisition", "leadership"])

A(61, "lumora-streaming-price-rise-cfo", "2026-11-25", "Lumora raises prices and names new finance chief after subscriber surge", """
Lumora, the Mexican streaming service owned by the media group Grupo Estrella Televisión, added 1.4 million subscribers in the third quarter, helped by football rights, and will raise prices across Latin America next year, its parent said on Wednesday.

Grupo Estrella said Lumora ended September with 19.7 million paying subscribers in 14 countries. Revenue from the service rose 31 per cent, and the group said Lumora would break even on an operating basis in 2027, a year earlier than planned.

The monthly price of Lumora's standard plan will rise by about 10 per cent in Mexico and Colombia from February. Lumora's ad-supported tier, Lumora Básico, will keep its current price.

The group also named Valeria Ortega, currently chief financial officer of the Chilean retailer Almacenes Quillota, as its new finance director. She will join in January and replace Ricardo Fuentes, who is retiring after 16 years. Ortega will sit on the group's executive committee, which is led by Grupo Estrella's chief executive, Emilio Sandoval.

"Valeria has run the finances of a business with millions of customers and thin margins, which is exactly the discipline a streaming business needs," Sandoval said.

Lumora's growth has been driven by a deal signed last year with the football league organiser Liga Continental, which gives it streaming rights to matches in four countries until 2030. The service also has a distribution partnership with the telecoms operator Andesnet, which bundles Lumora with its mobile plans in Peru and Chile.

Grupo Estrella's broadcast business continued to shrink as advertisers moved online. Advertising revenue at the division fell 8 per cent.

Lumora suffered an embarrassing outage in August, when its app crashed for about 90 minutes during the final of a regional football tournament. The company later blamed the video technology company Streamcore, whose platform it uses to deliver live broadcasts, and said it had since added a second supplier.

Shares in Grupo Estrella rose 4.4 per cent in Mexico City. "The streaming story is finally showing up in the numbers," said Andrés Robledo, a media analyst at Banco Sierra Madre's research unit. "The price rise is a test of how loyal these subscribers are."

Rival service Pantalla+ is owned by the Brazilian group Horizonte Mídia.
""",
  ents="S:Lumora; C:Grupo Estrella Televisión=Grupo Estrella; L:Latin America; L:Mexico; L:Colombia; S:Lumora Básico;"
       "P:Valeria Ortega=Ortega,Valeria; C:Almacenes Quillota; P:Ricardo Fuentes; P:Emilio Sandoval=Sandoval;"
       "O:Liga Continental; C:Andesnet; L:Peru; L:Chile; C:Streamcore; L:Mexico City;"
       "P:Andrés Robledo; C:Banco Sierra Madre; S:Pantalla+; C:Horizonte Mídia",
  roles="Valeria Ortega|cfo|Almacenes Quillota|1; Valeria Ortega|cfo|Grupo Estrella Televisión|1;"
        "Ricardo Fuentes|cfo|Grupo Estrella Televisión|1; Emilio Sandoval|ceo|Grupo Estrella Televisión|1;"
        "Andrés Robledo|analyst|Banco Sierra Madre|1",
  rels="Lumora>provider>Grupo Estrella Televisión; Lumora Básico>provider>Grupo Estrella Televisión;"
       "Grupo Estrella Televisión>partner>Liga Continental; Grupo Estrella Televisión>partner>Andesnet;"
       "Grupo Estrella Televisión>partner>Streamcore;"
       "Pantalla+>provider>Horizonte Mídia",
  outs=[O("Streamcore", "2026-08", None, None, 1.5, ["Lumora"], None, None)],
  dates="the third quarter=2026-Q3; next year=2027; Wednesday=2026-11-25; September=2026-09; 2027=2027;"
        "February=2027-02; January=2027-01; last year=2025; 2030=2030; August=2026-08",
  sector="media/streaming", region="Mexico/Latin America", topics=["earnings", "leadership", "partnership", "outage"])

A(62, "baltic-crest-shipping-cyber-attack", "2026-11-09", "Cyber attack disrupts Baltic Crest Line bookings and port systems", """
The container shipping company Baltic Crest Line said on Monday that a cyber attack had shut down its booking system and disrupted operations at terminals it runs in Gdańsk and Klaipėda, in the latest attack on the shipping industry.

The Hamburg-based company, the world's twelfth-largest container line by capacity, said it detected the attack early on Saturday and took its systems offline as a precaution. Customers were unable to book cargo through its online portal, CrestBook, for most of the weekend, and trucks queued outside the two terminals as gate systems failed.

Partial service was restored on Sunday evening, and the company said CrestBook was working again from 10am on Monday. Terminal operations were "running at reduced capacity" and would return to normal within two days, it said.

"Our ships are sailing and no cargo has been lost," said the company's chief executive, Henrik Sandvoss. "We are working with external specialists and the authorities to understand what happened and to restore all systems safely."

People familiar with the investigation said the attackers had gained access through a software tool supplied by a third-party vendor used to manage crew schedules. Baltic Crest did not name the supplier. Germany's Federal Office for Information Security said it had been informed of the incident.

Baltic Crest, which is owned by the shipping family Eckhoff through Eckhoff Beteiligungen, operates 96 ships. Its terminal business, Crest Terminals, runs five terminals in the Baltic region and is one of the group's fastest-growing divisions. The company also has a vessel-sharing agreement with the Danish line Skagen Maritime on routes between northern Europe and Asia.

The attack comes months after Baltic Crest agreed to buy the Finnish feeder operator Aland Feeder Lines, a deal that is awaiting approval from competition authorities. The group's chief financial officer, Katharina Reuss, said in August that the acquisition would close early next year.

Analysts said the financial impact would probably be limited. "The real risk is reputational: shippers want to know their bookings are safe," said Lars Petersen, a shipping analyst at Øresund Markets.

The port authority in Gdańsk said other terminals in the city were working normally. Baltic Crest is privately held and does not publish quarterly results.
""",
  ents="C:Baltic Crest Line=Baltic Crest; L:Gdańsk; L:Klaipėda; L:Hamburg; S:CrestBook; P:Henrik Sandvoss; L:Germany;"
       "O:Federal Office for Information Security; C:Eckhoff Beteiligungen; C:Crest Terminals; C:Skagen Maritime;"
       "L:Europe; L:Asia; L:Baltic; C:Aland Feeder Lines; P:Katharina Reuss; P:Lars Petersen; C:Øresund Markets",
  roles="Henrik Sandvoss|ceo|Baltic Crest Line|1; Katharina Reuss|cfo|Baltic Crest Line|1;"
        "Lars Petersen|analyst|Øresund Markets|1",
  rels="CrestBook>provider>Baltic Crest Line; Baltic Crest Line>parentOrganization>Eckhoff Beteiligungen;"
       "Crest Terminals>parentOrganization>Baltic Crest Line; Baltic Crest Line>partner>Skagen Maritime;"
       "Baltic Crest Line>acquired>Aland Feeder Lines",
  outs=[O("Baltic Crest Line", "2026-11-07", None, "2026-11-09T10:00", None, ["CrestBook"],
          "Gdańsk and Klaipėda", "cyber attack")],
  dates="Monday=2026-11-09; Saturday=2026-11-07; Sunday evening=2026-11-08; 10am=2026-11-09T10:00; August=2026-08;"
        "early next year=2027",
  sector="shipping", region="Germany/Poland/Lithuania", topics=["outage", "partnership", "acquisition"])

A(63, "tessellate-saas-outage-us-east", "2026-11-17", "Tessellate outage leaves US companies without payroll and HR tools", """
Tessellate, the Denver-based maker of human resources software, said on Tuesday that it had restored service after an outage of more than seven hours left thousands of employers unable to run payroll or approve time off.

The problems began at 9.12am Mountain time on Monday, when customers of Tessellate's TessPay payroll product started seeing error messages. Within an hour the company's status page was reporting a "major outage" affecting TessPay, its scheduling tool TessShift and its sign-in service. Service was restored at 4.40pm, although some customers said reports were missing data into the evening.

In an update posted on Tuesday, Tessellate said the outage had been caused by an expired security certificate on a component that connects its applications to their databases. "A certificate that should have renewed automatically did not, and our alerts did not catch it," the company said. It said no customer data had been lost or exposed.

Tessellate runs its software on servers rented from Halyard Cloud, but said Halyard's infrastructure had not been at fault.

The outage hit some large customers, including the restaurant chain Copper Skillet, which uses TessShift to schedule 40,000 workers, and the private hospital operator Bluestem Health. "Managers were writing schedules on whiteboards," said a Copper Skillet employee in Ohio.

Tessellate's chief executive and co-founder, Dev Raman, apologised in a blog post and in an email to customers, offering a credit equal to one month's fees. "We know that payroll is not something people can wait on," he wrote.

The company, which went public in 2022, has about 38,000 customers and reported revenue of $1.9bn last year. It has been trying to win larger employers from bigger rivals and in September signed a deal to supply its software to the logistics group Fairhaven Freight's 60,000 staff.

Tessellate shares fell 3.9 per cent in early trading on Tuesday. "For an HR platform, reliability is the product," said Monica Alvarez, an analyst at Larkspur Capital. "One bad day won't lose them customers, but it will come up in every renewal negotiation next year."

The outage came a week after a shorter problem on 9 November, when TessPay was unavailable for about 40 minutes because of what the company described as a database failover.
""",
  ents="C:Tessellate; L:Denver; S:TessPay; S:TessShift; C:Halyard Cloud=Halyard; C:Copper Skillet; C:Bluestem Health;"
       "L:Ohio; P:Dev Raman; C:Fairhaven Freight; P:Monica Alvarez; C:Larkspur Capital",
  roles="Dev Raman|ceo|Tessellate|1; Dev Raman|cofounder|Tessellate|1; Monica Alvarez|analyst|Larkspur Capital|1",
  rels="TessPay>provider>Tessellate; TessShift>provider>Tessellate; Tessellate>partner>Halyard Cloud;"
       "Copper Skillet>partner>Tessellate; Tessellate>partner>Fairhaven Freight",
  outs=[O("Tessellate", "2026-11-16", "2026-11-16T09:12", "2026-11-16T16:40", 7.47,
          ["TessPay", "TessShift", "Copper Skillet", "Bluestem Health"], None, "expired security certificate"),
        O("Tessellate", "2026-11-09", None, None, 0.67, ["TessPay"], None, "database failover")],
  dates="Tuesday=2026-11-17; 9.12am=2026-11-16T09:12; Monday=2026-11-16; 4.40pm=2026-11-16T16:40; 2022=2022;"
        "last year=2025; September=2026-09; next year=2027; 9 November=2026-11-09",
  sector="cloud/SaaS", region="US", topics=["outage", "partnership", "leadership"])

A(64, "kiri-telecom-buys-tasmanwave", "2026-11-30", "Kiri Telecom completes NZ$780m takeover of TasmanWave", """
Kiri Telecom has completed its NZ$780m takeover of the regional broadband provider TasmanWave, the New Zealand operator said on Monday, after the Commerce Commission approved the deal on condition that it sell part of TasmanWave's fibre network in Christchurch.

The takeover, agreed in May, makes Kiri the largest broadband provider in the South Island, with about 410,000 customers. TasmanWave, which was founded in Nelson in 2006, will be merged into Kiri's consumer division over the next year and its brand phased out. Its internet service, Wave Home, will be renamed Kiri Home Fibre.

Kiri's chief executive, Hemi Tawhiri, said the deal would allow the company to compete with the market leader, Aotea Networks, outside Auckland and Wellington. "Customers in the regions have had less choice and slower speeds for too long," he said.

To meet the regulator's conditions, Kiri has agreed to sell TasmanWave's Christchurch fibre assets to the infrastructure fund Rimu Infrastructure Partners for NZ$95m.

TasmanWave's founder, Graeme Holloway, who has been its managing director since it started, will leave the business at the end of December. TasmanWave's chair, Ngaire Pohatu, will join Kiri's board as a non-executive director.

Kiri, which is 60 per cent owned by the Australian telecoms group Murray Telecom, has been expanding into fixed broadband as growth in mobile slows. Its mobile network, Kiri Mobile, has 1.9 million customers. The company signed a deal in July with the Swedish equipment maker Ekholm Radio to upgrade its mobile network to 5G in smaller towns.

The deal comes after Kiri suffered a four-hour mobile outage in Auckland on 28 October, which it blamed on a fault in equipment at an exchange. The company said on Monday that the fault had been caused by a cooling failure.

Murray Telecom's chief financial officer, Andrew Kemp, told investors in Sydney last week that New Zealand was one of the group's "most promising markets".

Kiri shares, which are listed in Wellington, rose 1.3 per cent. "They have paid a fair price and got rid of a competitor," said Aroha Tane, an analyst at Kauri Securities. "Consumers in the South Island will want to see the promised upgrades."
""",
  ents="C:Kiri Telecom=Kiri; C:TasmanWave; L:New Zealand; O:Commerce Commission; L:Christchurch; L:South Island;"
       "L:Nelson; S:Wave Home; S:Kiri Home Fibre; P:Hemi Tawhiri; C:Aotea Networks; L:Auckland; L:Wellington;"
       "C:Rimu Infrastructure Partners; P:Graeme Holloway; P:Ngaire Pohatu; C:Murray Telecom; S:Kiri Mobile;"
       "C:Ekholm Radio; P:Andrew Kemp; L:Sydney; P:Aroha Tane; C:Kauri Securities",
  roles="Hemi Tawhiri|ceo|Kiri Telecom|1; Graeme Holloway|founder|TasmanWave|1; Graeme Holloway|director|TasmanWave|1;"
        "Ngaire Pohatu|chairman|TasmanWave|1; Ngaire Pohatu|director|Kiri Telecom|1; Andrew Kemp|cfo|Murray Telecom|1;"
        "Aroha Tane|analyst|Kauri Securities|1",
  rels="Kiri Telecom>acquired>TasmanWave; Wave Home>provider>TasmanWave; Kiri Home Fibre>provider>Kiri Telecom;"
       "Kiri Telecom>parentOrganization>Murray Telecom; Kiri Mobile>provider>Kiri Telecom; Kiri Telecom>partner>Ekholm Radio",
  outs=[O("Kiri Telecom", "2026-10-28", None, None, 4, ["Kiri Mobile"], "Auckland", "cooling failure")],
  dates="Monday=2026-11-30; May=2026-05; 2006=2006; the end of December=2026-12; July=2026-07; 28 October=2026-10-28",
  sector="telecoms", region="New Zealand", topics=["acquisition", "leadership", "partnership", "outage"])

A(65, "roseliere-insurer-fined-claims-portal-down", "2026-11-11", "Insurer Assurances Roselière fined over data breach as claims portal stays down", """
France's data protection authority, the CNIL, has fined the insurer Assurances Roselière €7.5m over a ransomware attack last year that exposed the medical records of about 600,000 policyholders, as the company struggles with a new outage of its online claims portal.

The regulator said on Wednesday that Roselière, a mutual insurer based in Lyon, had failed to apply security updates to servers that held health insurance claims and had not encrypted the data. The attackers got in through an account belonging to an employee of Optimacle, a software company that maintained the claims system under contract, the CNIL said.

Roselière's chief executive, Bénédicte Garnier-Roux, said the insurer "takes note" of the decision and was studying whether to appeal. "We have transformed our security since 2025, and we have invested more than €40m," she said in a statement.

The fine coincided with fresh problems for customers. Roselière's claims website and app, Mon Espace Roselière, have been unavailable since Monday morning, and customers have been told to send claims by post. The company said on Wednesday that the platform had been taken offline after "unusual activity" was detected, but denied that it had suffered another attack. It said it expected to restore the service by Friday.

Roselière insures about 3.2 million people and is the fifth-largest health insurer in France. It owns the travel insurer Voyage Assur, which was not affected by either incident.

The company ended its contract with Optimacle in January and moved its claims system to the French cloud provider Nuage Hexagone. Optimacle, which is a subsidiary of the Belgian IT services group Brabant Digital, said in a statement that it "cooperated fully" with the investigation.

Consumer groups and patient associations said policyholders should be compensated. Roselière's chairman, Jean-Paul Mercadier, is due to appear before a parliamentary committee in December.

"The fine is small relative to Roselière's size, but the repeated outages are a bigger problem," said Claire Dumas, an insurance analyst at Banque Lavandier. "Customers judge a health insurer by how quickly it pays their claims."

The CNIL has fined several insurers and hospitals over the past two years as ransomware attacks on the health sector in France have multiplied.
""",
  ents="L:France; O:CNIL; C:Assurances Roselière=Roselière; L:Lyon; C:Optimacle; P:Bénédicte Garnier-Roux;"
       "S:Mon Espace Roselière; C:Voyage Assur; C:Nuage Hexagone; C:Brabant Digital; P:Jean-Paul Mercadier;"
       "P:Claire Dumas; C:Banque Lavandier",
  roles="Bénédicte Garnier-Roux|ceo|Assurances Roselière|1; Jean-Paul Mercadier|chairman|Assurances Roselière|1;"
        "Claire Dumas|analyst|Banque Lavandier|1",
  rels="Assurances Roselière>partner>Optimacle; Mon Espace Roselière>provider>Assurances Roselière;"
       "Voyage Assur>parentOrganization>Assurances Roselière; Assurances Roselière>partner>Nuage Hexagone;"
       "Optimacle>parentOrganization>Brabant Digital",
  outs=[O("Assurances Roselière", "2026-11-09", None, None, None, ["Mon Espace Roselière"], None, "unusual activity")],
  dates="last year=2025; Wednesday=2026-11-11; 2025=2025; Monday morning=2026-11-09; Friday=2026-11-13;"
        "January=2026-01; December=2026-12",
  sector="insurers", region="France", topics=["regulation", "outage", "leadership", "partnership"])
