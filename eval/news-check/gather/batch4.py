# Articles nc-31 .. nc-40 (eval/news-check, a CHECK set; all names invented). A and O come from articles.py.

A(31, "nilgiri-air-cloud-outage-checkin", "2026-11-23", "Nilgiri Air flights delayed across India after cloud provider outage", """
Passengers of Nilgiri Air queued for hours at airports across India on Saturday after a failure at the airline's cloud provider, Meghvan Cloud, knocked out its check-in and boarding systems during the busiest part of the morning.

The outage began at 4.15am, shortly before the first departures from Delhi, Mumbai and Bengaluru, and lasted until 10.50am, Meghvan said in a statement. Staff checked passengers in by hand, and the airline said more than 300 of its 1,050 flights on Saturday were delayed by an hour or more. Forty-two were cancelled.

Meghvan, which is based in Hyderabad, said a failure in the cooling system at one of its data centres in the city had forced it to shut down servers to protect them from overheating. Its backup site in Chennai took longer than expected to take over the airline's workloads.

The same failure took down Yatrik, a train and bus ticketing app run by Yatrik Technologies, which also uses Meghvan's data centre. Yatrik said users could not buy tickets for most of the morning.

Nilgiri Air moved its passenger systems to Meghvan in 2024 under a five-year contract, as part of a plan to close its own data centre near Delhi. The airline's chief digital officer, Pooja Venkataraman, said at the time that the move would make its systems more reliable.

"We are deeply sorry to every passenger who spent their Saturday morning in a queue," said Nilgiri Air's chief executive, Arvind Chandrashekar, in a statement. "We will be discussing with Meghvan what went wrong and what they will do to make sure it cannot happen again." The airline said it would waive change fees for passengers whose flights were delayed by more than three hours.

The Directorate General of Civil Aviation said it had asked Nilgiri Air for a report on the disruption and on its backup procedures, and that it was looking at whether airlines should be required to be able to check in passengers without depending on a single provider.

Meghvan Cloud is a subsidiary of the Bengaluru-listed software company Godavari Infotech, and counts several banks and insurers among its customers. Its chief executive, Sunil Thampi, said the company would add cooling capacity at the Hyderabad site and test its switch to the Chennai centre every month.

"Airlines have moved to the cloud for good reasons, but they need a plan for the morning the cloud is not there," said Tanvi Kulshreshtha, an aviation analyst at Dalal Street Advisory. "Paper check-in is not a plan for an airline that flies a thousand flights a day."

It is the second time this year that a computer failure has disrupted the airline. In May, a fault in CrewDesk, the crew-scheduling software it licenses from the Pune company Kothrud Software, left about 60 flights without assigned pilots and cabin crew over two days, and the airline cancelled most of them. Nilgiri Air's chairman, Rajan Kaimal, told shareholders in August that the board had asked management for a full review of the airline's technology suppliers.

Shares in Nilgiri Air fell 2.3 per cent on Monday morning.
""",
  ents="C:Nilgiri Air; L:India; C:Meghvan Cloud=Meghvan; L:Delhi; L:Mumbai; L:Bengaluru; L:Hyderabad; L:Chennai;"
       "S:Yatrik; C:Yatrik Technologies; P:Pooja Venkataraman; P:Arvind Chandrashekar;"
       "O:Directorate General of Civil Aviation; C:Godavari Infotech; P:Sunil Thampi; P:Tanvi Kulshreshtha;"
       "C:Dalal Street Advisory; S:CrewDesk; L:Pune; C:Kothrud Software; P:Rajan Kaimal",
  roles="Pooja Venkataraman|executive|Nilgiri Air|1; Arvind Chandrashekar|ceo|Nilgiri Air|1; Sunil Thampi|ceo|Meghvan Cloud|1;"
        "Tanvi Kulshreshtha|analyst|Dalal Street Advisory|1; Rajan Kaimal|chairman|Nilgiri Air|1",
  rels="Nilgiri Air>partner>Meghvan Cloud; CrewDesk>provider>Kothrud Software; Nilgiri Air>partner>Kothrud Software; Yatrik>provider>Yatrik Technologies; Yatrik Technologies>partner>Meghvan Cloud;"
       "Meghvan Cloud>parentOrganization>Godavari Infotech",
  outs=[O("Meghvan Cloud", "2026-11-21", "2026-11-21T04:15", "2026-11-21T10:50", 6.58, ["Nilgiri Air", "Yatrik"],
          "Hyderabad", "failure in the cooling system"),
        O("Nilgiri Air", "2026-05", None, None, None, ["CrewDesk"], None, "fault in CrewDesk")],
  dates="Saturday=2026-11-21; 4.15am=2026-11-21T04:15; 10.50am=2026-11-21T10:50; 2024=2024; Saturday morning=2026-11-21;"
        "Monday morning=2026-11-23; this year=2026; May=2026-05; August=2026-08",
  sector="airlines", region="India", topics=["outage", "partnership"])

A(32, "skovlund-shipping-buys-lillebaelt-feeder", "2026-11-11", "Skovlund Shipping completes purchase of feeder line Lillebælt", """
Skovlund Shipping, the Copenhagen-based container carrier, said on Wednesday that it had completed its purchase of the feeder operator Lillebælt Feeder Line, adding 14 small container ships that carry cargo between the big hub ports of northern Europe and smaller harbours in the Baltic.

Skovlund paid 2.4bn Danish crowns to the investment firm Havnegade Capital, which had owned Lillebælt since 2019. The deal was approved by the European Commission last week.

"Customers want one carrier to move their container from Asia all the way to Gdańsk or Turku," said Skovlund's chief executive, Mikkel Juhl Andersen. "With Lillebælt, we can do that on our own ships."

Lillebælt's managing director, Signe Brøndum, will join Skovlund's management team. The feeder line will keep its name and its office in Aarhus, and all 260 of its staff will keep their jobs, the company said.

Skovlund also runs a terminal in Hamburg through a joint venture with the port operator Elbkai Terminals.
""",
  ents="C:Skovlund Shipping=Skovlund; L:Copenhagen; C:Lillebælt Feeder Line=Lillebælt; L:northern Europe; L:Baltic;"
       "C:Havnegade Capital; O:European Commission; L:Asia; L:Gdańsk; L:Turku; P:Mikkel Juhl Andersen; P:Signe Brøndum;"
       "L:Aarhus; L:Hamburg; C:Elbkai Terminals",
  roles="Mikkel Juhl Andersen|ceo|Skovlund Shipping|1; Signe Brøndum|director|Lillebælt Feeder Line|1",
  rels="Skovlund Shipping>acquired>Lillebælt Feeder Line; Lillebælt Feeder Line>parentOrganization>Skovlund Shipping;"
       "Lillebælt Feeder Line>parentOrganization>Havnegade Capital; Skovlund Shipping>partner>Elbkai Terminals",
  dates="Wednesday=2026-11-11; 2019=2019",
  sector="shipping", region="Denmark", topics=["acquisition", "partnership"])

A(33, "rangitoto-lines-auckland-power-cut", "2026-11-25", "Substation fire leaves 85,000 Auckland homes without power for 11 hours", """
About 85,000 homes and businesses in west Auckland were left without electricity for up to 11 hours after a fire at a substation in Henderson, the network company Rangitoto Lines said on Wednesday.

The power went off at 3.20pm on Tuesday, when a transformer at the substation caught fire, and the last customers were reconnected at 2.10am on Wednesday. Traffic lights failed across the area during the evening rush hour, and the supermarket chain Kumara Fresh closed 12 stores because its fridges and tills had no power.

Rangitoto Lines, which owns the poles, wires and substations that carry electricity to 620,000 customers in Auckland, said the fire had started in a transformer that was due to be replaced next year. It said an investigation was under way, and that engineers had rerouted supply through neighbouring substations overnight.

"We know how hard last night was for families, for shops and for people who depend on medical equipment at home," said the company's acting chief executive, Mereana Tapsell. "We are sorry, and we will find out why this transformer failed."

Tapsell has been running the company since its chief executive, Grant Ashworth, resigned in October after a dispute with the board over the pace of spending on the network. The company's chairman, Brendan Faulconer, said the search for a permanent chief executive was continuing and that an appointment was expected early next year.

Rangitoto Lines is owned by the Waitematā Energy Trust, a community trust that pays a dividend to households in its area every year. Its charges are set by the Commerce Commission, which has asked network companies to spend more on replacing ageing equipment.

The Electricity Authority said it would look at whether Rangitoto had followed the rules on telling customers about the outage. Several electricity retailers, including Pōhutukawa Power, said their call centres had been overwhelmed by customers asking when power would return.

"A single transformer should not be able to black out a large part of the city for most of a night," said Hamish Lowther, an energy analyst at Totara Point Research. "Networks have been built to be cheap rather than resilient, and Auckland is paying for it."
""",
  ents="L:Auckland; L:west Auckland; L:Henderson; C:Rangitoto Lines=Rangitoto; C:Kumara Fresh; P:Mereana Tapsell=Tapsell; P:Grant Ashworth;"
       "P:Brendan Faulconer; O:Waitematā Energy Trust; O:Commerce Commission; O:Electricity Authority; C:Pōhutukawa Power;"
       "P:Hamish Lowther; C:Totara Point Research",
  roles="Mereana Tapsell|ceo|Rangitoto Lines|1; Grant Ashworth|ceo|Rangitoto Lines|0; Brendan Faulconer|chairman|Rangitoto Lines|1;"
        "Hamish Lowther|analyst|Totara Point Research|1",
  rels="Rangitoto Lines>parentOrganization>Waitematā Energy Trust",
  outs=[O("Rangitoto Lines", "2026-11-24", "2026-11-24T15:20", "2026-11-25T02:10", 10.83, ["Kumara Fresh"], "west Auckland",
          "transformer at the substation caught fire")],
  dates="Wednesday=2026-11-25; 3.20pm=2026-11-24T15:20; Tuesday=2026-11-24; 2.10am=2026-11-25T02:10; next year=2027;"
        "last night=2026-11-24; October=2026-10; early next year=2027",
  sector="energy/utilities", region="New Zealand", topics=["outage", "leadership"])

A(34, "lanternway-singles-day-crash", "2026-11-12", "Lanternway's shopping app and wallet crash as Singles' Day sale opens", """
Shoppers in Hong Kong and Macau were unable to buy anything on Lanternway's online marketplace for more than an hour at the start of its Singles' Day sale, after a surge of orders at midnight overwhelmed the company's checkout system.

Lanternway's Lanternway Mall and LanternPay were both unavailable from 12.02am on Wednesday until 1.15am, the Hong Kong-based group said. Customers who tried to pay saw error messages or were logged out, and some said discount codes had expired by the time the site returned.

"Traffic in the first minute was four times what we saw last year, and our checkout system did not scale fast enough," said Lanternway's chief executive, Edwin Tsui Ka-lok, who apologised in a post on the company's social media accounts. The group extended the sale by 24 hours to make up for the lost time.

It is not the first time LanternPay has failed during a big sale. In June, during the mid-year promotion, the wallet went down for about 40 minutes because of a network fault at its payment partner, Peakline Clearing, which processes card top-ups for the app.

The Hong Kong Monetary Authority, which licenses LanternPay as a stored value facility, said it was in touch with the company. LanternPay has about 3.2 million users, most of them in Hong Kong.

Cynthia Mok, who heads Lanternway Mall, said sales over the full 24 hours of 11 November were still 18 per cent higher than last year, helped by strong demand for electronics and cosmetics. More than 9,000 merchants sell on the marketplace.

Lanternway has been trying to speed up deliveries to win customers from larger mainland rivals. In 2024 it bought the Shenzhen logistics company Qianhai Express, which now delivers most of its parcels across the border within a day.

"Everybody builds for the peak, and everybody gets the peak wrong once," said Karen Szeto, an analyst at Wanchai Securities. "The question is whether customers come back, and on the sales figures it looks as though they did."

Lanternway's shares fell 1.9 per cent in Hong Kong on Wednesday before recovering to close little changed.
""",
  ents="L:Hong Kong; L:Macau; C:Lanternway; S:Lanternway Mall; S:LanternPay; P:Edwin Tsui Ka-lok; C:Peakline Clearing;"
       "O:Hong Kong Monetary Authority; P:Cynthia Mok; L:Shenzhen; C:Qianhai Express; P:Karen Szeto; C:Wanchai Securities",
  roles="Edwin Tsui Ka-lok|ceo|Lanternway|1; Cynthia Mok|head|Lanternway|1; Karen Szeto|analyst|Wanchai Securities|1",
  rels="Lanternway Mall>provider>Lanternway; LanternPay>provider>Lanternway; Lanternway>partner>Peakline Clearing;"
       "Lanternway>acquired>Qianhai Express; Qianhai Express>parentOrganization>Lanternway",
  outs=[O("Lanternway", "2026-11-11", "2026-11-11T00:02", "2026-11-11T01:15", 1.22, ["Lanternway Mall", "LanternPay"],
          "Hong Kong and Macau", "surge of orders overwhelmed the company's checkout system"),
        O("Peakline Clearing", "2026-06", None, None, 0.67, ["LanternPay"], None, "network fault")],
  dates="Singles' Day=2026-11-11; 12.02am=2026-11-11T00:02; Wednesday=2026-11-11; 1.15am=2026-11-11T01:15;"
        "last year=2025; June=2026-06; 11 November=2026-11-11; 2024=2024",
  sector="e-commerce/payments", region="Hong Kong", topics=["outage", "acquisition"])

A(35, "brenta-motori-dongrae-battery-deal", "2026-11-17", "Brenta Motori signs battery deal with Korea's Dongrae", """
The Italian carmaker Brenta Motori said on Tuesday it had signed an agreement with the South Korean battery maker Dongrae Battery to supply cells for its first electric model, the Brenta Dolomia sport utility vehicle, from 2028.

The two companies will also build a battery factory in Hungary through a joint venture, Brenta Dongrae Energia, in which each will hold half. The plant, near Győr, is expected to employ 1,400 people and to cost about €1.1bn.

"We have waited to go electric until we could do it with a partner we trust," said Brenta's chief executive, Federica Zanon, at a presentation at the company's headquarters in Padua.

Dongrae's president, Hwang Jae-sung, said the deal was the company's first with a European carmaker. The Seoul-based company already supplies cells for electric buses and for home storage systems.

Brenta, which sold 310,000 cars last year, is controlled by the Bortolin family. Its shares rose 2.8 per cent in Milan.
""",
  ents="C:Brenta Motori=Brenta; C:Dongrae Battery=Dongrae; S:Brenta Dolomia; L:Hungary; C:Brenta Dongrae Energia; L:Győr;"
       "P:Federica Zanon; L:Padua; P:Hwang Jae-sung; L:Seoul; L:Milan",
  roles="Federica Zanon|ceo|Brenta Motori|1; Hwang Jae-sung|president|Dongrae Battery|1",
  rels="Brenta Motori>partner>Dongrae Battery; Brenta Dolomia>provider>Brenta Motori;"
       "Brenta Dongrae Energia>parentOrganization>Brenta Motori; Brenta Dongrae Energia>parentOrganization>Dongrae Battery",
  dates="Tuesday=2026-11-17; 2028=2028; last year=2025",
  sector="carmakers", region="Italy/South Korea", topics=["partnership"])

A(36, "asia-tech-week-roundup", "2026-11-30", "Asia tech week: wallet outage in Vietnam, new boss at Tokowara, Thai bank deal", """
Vietnam. Users of the e-wallet VíXanh could not send money or pay in shops for about two hours on Saturday evening, from 7.30pm to 9.35pm, after a database overload at the company that runs it, Xanh Digital. The Ho Chi Minh City-based company said a promotion offering cashback on restaurant bills had drawn far more users than expected. The State Bank of Vietnam said it had asked Xanh Digital for a report. VíXanh has about 11 million users and is used by several ride-hailing and food delivery services for payments.

Indonesia. Bima Santoso, a co-founder of the Jakarta e-commerce company Tokowara, will become its chief executive in January, replacing Wening Purbaya, who is leaving after four years to become chief executive of the state-backed payments company Nusantara Giro. Santoso has run Tokowara's logistics arm, Tokowara Kirim, since 2021. Tokowara's marketplace app has about 40 million monthly users.

Thailand. Siam Lanna Bank said it had completed its acquisition of the Chiang Mai payments start-up ChiangPay for 3.8bn baht. ChiangPay, whose QR payment app is used by 260,000 merchants in the north of the country, will keep its brand. Siam Lanna's chief executive, Pornthip Suwannarat, said the bank would offer loans to ChiangPay's merchants from next year.

Philippines. The mobile operator Luzon Wave signed a partnership with the satellite company Skyreach Orbital to offer phone coverage on remote islands from the second half of 2027. The service will be sold as Luzon Wave Sky. Luzon Wave's chief executive, Ramon Dizon, said the deal would cover about 2 million people who have no signal today. Customers will be able to send text messages and make short calls through satellites when they are out of range of the operator's masts, and data will follow later.

Taiwan. The Hsinchu chip designer Yushan Microelectronics named Chen Yi-hsuan as chief financial officer from 1 January. She was previously finance chief at the display maker Yangming Display. Yushan's shares rose 1.4 per cent in Taipei on Monday after the company also raised its sales forecast for the fourth quarter, citing strong demand from makers of servers for artificial intelligence.
""",
  ents="L:Vietnam; S:VíXanh; C:Xanh Digital; L:Ho Chi Minh City; O:State Bank of Vietnam; L:Indonesia;"
       "P:Bima Santoso=Santoso; L:Jakarta; C:Tokowara; P:Wening Purbaya; C:Nusantara Giro; C:Tokowara Kirim; L:Thailand;"
       "C:Siam Lanna Bank=Siam Lanna; L:Chiang Mai; C:ChiangPay; P:Pornthip Suwannarat; L:Philippines; C:Luzon Wave;"
       "C:Skyreach Orbital; S:Luzon Wave Sky; P:Ramon Dizon; L:Taiwan; L:Hsinchu; C:Yushan Microelectronics=Yushan;"
       "P:Chen Yi-hsuan; C:Yangming Display; L:Taipei",
  roles="Bima Santoso|cofounder|Tokowara|1; Bima Santoso|ceo|Tokowara|1; Wening Purbaya|ceo|Tokowara|1;"
        "Wening Purbaya|ceo|Nusantara Giro|1; Bima Santoso|head|Tokowara Kirim|1; Pornthip Suwannarat|ceo|Siam Lanna Bank|1;"
        "Ramon Dizon|ceo|Luzon Wave|1; Chen Yi-hsuan|cfo|Yushan Microelectronics|1; Chen Yi-hsuan|cfo|Yangming Display|0",
  rels="VíXanh>provider>Xanh Digital; Tokowara Kirim>parentOrganization>Tokowara; Siam Lanna Bank>acquired>ChiangPay;"
       "ChiangPay>parentOrganization>Siam Lanna Bank; Luzon Wave>partner>Skyreach Orbital; Luzon Wave Sky>provider>Luzon Wave",
  outs=[O("Xanh Digital", "2026-11-28", "2026-11-28T19:30", "2026-11-28T21:35", 2.08, ["VíXanh"], None,
          "database overload")],
  dates="Saturday evening=2026-11-28; 7.30pm=2026-11-28T19:30; 9.35pm=2026-11-28T21:35; January=2027-01; 2021=2021;"
        "next year=2027; the second half of 2027=2027; 1 January=2027-01-01; Monday=2026-11-30; the fourth quarter=2026-Q4",
  sector="round-up", region="Vietnam/Indonesia/Thailand/Philippines/Taiwan", topics=["outage", "leadership", "acquisition", "partnership", "round-up"])

A(37, "irwell-bank-results-new-chair", "2026-11-25", "Irwell Bank profit rises despite summer outage as chairman steps down", """
Irwell Bank, the Manchester-based digital lender, reported a 27 per cent rise in pre-tax profit for the third quarter on Wednesday, as strong growth in savings deposits outweighed the cost of compensating customers for an outage in the summer.

The bank made a pre-tax profit of £46m in the three months to the end of September and added 240,000 customers, taking its total to 3.1 million. Deposits rose to £14.2bn, helped by an easy-access savings account paying more than most high street rivals.

Irwell set aside £4m to compensate customers after its app and online banking were unavailable for about 11 hours on 14 August, a failure that the bank has blamed on a fault at its cloud provider, Pennant Cloud. Customers were unable to see their balances or make payments from early morning until the evening, and more than 30,000 complaints were made. Pennant Cloud, which hosts Irwell's core systems under a contract signed in 2022, said at the time that a faulty storage update had taken down one of its data centres in London.

The Financial Conduct Authority is still looking into the incident, Irwell said.

The bank also said its chairman, Roger Ellacott, would step down at its annual meeting in May after six years. He will be replaced by Priyanka Chaudhry, a former finance director of the insurer Wharfedale Life, who joined Irwell's board as a non-executive director in 2023.

"We have learned a lot from August, and we have spent a lot too," said Irwell's chief executive, Natalie Greaves. The bank has since moved a copy of its core systems to a second data centre run by Pennant Cloud in Leeds, and plans to be able to switch between them within minutes.

Irwell also provides the bank accounts behind the buy-now-pay-later company Tallyo, under a partnership that began in 2024. Greaves said the partnership had brought in about 90,000 new savings customers this year. Tallyo's co-founder and chief executive, Jonah Pellow, said the company planned to launch a savings account of its own next year, run on Irwell's systems.

Greaves co-founded Irwell in 2016 with two former colleagues from a building society, and the bank listed its shares in London in 2021. Its growth has drawn attention from larger lenders, and people familiar with the matter said it had turned down an approach from a bigger rival last year.

Analysts said the results were better than expected. "Irwell has come through a bad summer with its customers and its margins intact," said Owen Prichard, an analyst at Deansgate Capital. "The next test is whether the regulator decides the outage deserves a fine."

Irwell's shares rose 5.6 per cent in London on Wednesday.
""",
  ents="C:Irwell Bank=Irwell; L:Manchester; C:Pennant Cloud; L:London; O:Financial Conduct Authority; P:Roger Ellacott;"
       "P:Priyanka Chaudhry; C:Wharfedale Life; P:Natalie Greaves=Greaves; L:Leeds; C:Tallyo; P:Jonah Pellow; P:Owen Prichard;"
       "C:Deansgate Capital",
  roles="Roger Ellacott|chairman|Irwell Bank|1; Priyanka Chaudhry|chairman|Irwell Bank|1; Priyanka Chaudhry|cfo|Wharfedale Life|0;"
        "Priyanka Chaudhry|director|Irwell Bank|1; Natalie Greaves|ceo|Irwell Bank|1; Owen Prichard|analyst|Deansgate Capital|1;"
        "Jonah Pellow|cofounder|Tallyo|1; Jonah Pellow|ceo|Tallyo|1; Natalie Greaves|cofounder|Irwell Bank|1",
  rels="Irwell Bank>partner>Pennant Cloud; Irwell Bank>partner>Tallyo",
  outs=[O("Pennant Cloud", "2026-08-14", None, None, 11, ["Irwell Bank"], "London", "faulty storage update")],
  dates="the third quarter=2026-Q3; Wednesday=2026-11-25; the summer=2026; September=2026-09; 14 August=2026-08-14;"
        "2022=2022; May=2027-05; 2023=2023; August=2026-08; 2024=2024; this year=2026; next year=2027; 2016=2016; 2021=2021;"
        "last year=2025",
  sector="banks", region="UK", topics=["earnings", "outage", "leadership", "partnership"])

A(38, "aegeas-pay-wallet-outage", "2026-11-13", "Aegeas Pay wallet fails for four hours as Greek payments app faces second outage", """
Users of the Greek payments app Aegeas Wallet were unable to pay in shops or send money to friends for four and a half hours on Thursday evening, the second failure at the fast-growing fintech company in two weeks.

Aegeas Pay, which runs the app, said the problems began at 6.40pm and that payments were working normally again at 11.10pm. It blamed a failure in a network link between its two data centres in Athens, which caused each of them to reject transactions in the belief that the other was handling them.

The outage hit shops, cafes and taxi drivers in Athens and Thessaloniki who take payments through the app, and it also stopped online ticket sales for the ferry operator Kyklades Lines, which uses Aegeas Pay's checkout on its website. Kyklades said several hundred passengers had been unable to book crossings to the islands for the weekend.

On 30 October the app was down for about 50 minutes after what the company said was a bug in an update to the app.

"Two incidents in two weeks is two too many," said Aegeas Pay's founder and chief executive, Stavros Lekkas. "We are growing fast, and our systems have to grow with us." He said the company had hired Eleni Vrettou, the head of IT operations at Pindos Bank, as its chief technology officer, and that she would start in January.

The Bank of Greece, which supervises payment institutions, said it had asked the company for information about both incidents.

Aegeas Wallet was launched in 2020 and has about 1.8 million users in Greece and Cyprus. The company is 70 per cent owned by the shipping family's investment company Kerkyra Holdings, which put in a further €60m this year to fund its expansion into Bulgaria and Romania.

Aegeas Pay also has a partnership with the supermarket chain Agora Markets, which lets customers pay at the till with the app and collect loyalty points at the same time. The supermarket said customers had been asked to pay by card or in cash during the outage.

"Payment apps live and die by trust," said Dimitra Kalogeropoulou, an analyst at Syntagma Securities. "The company has good growth, but it needs to show that it can run a payment system as reliably as a bank, because that is what its users now expect."
""",
  ents="S:Aegeas Wallet; C:Aegeas Pay; L:Athens; L:Thessaloniki; C:Kyklades Lines=Kyklades; P:Stavros Lekkas;"
       "P:Eleni Vrettou; C:Pindos Bank; O:Bank of Greece; L:Greece; L:Cyprus; C:Kerkyra Holdings; L:Bulgaria; L:Romania;"
       "C:Agora Markets; P:Dimitra Kalogeropoulou; C:Syntagma Securities",
  roles="Stavros Lekkas|founder|Aegeas Pay|1; Stavros Lekkas|ceo|Aegeas Pay|1; Eleni Vrettou|head|Pindos Bank|1;"
        "Eleni Vrettou|cto|Aegeas Pay|1; Dimitra Kalogeropoulou|analyst|Syntagma Securities|1",
  rels="Aegeas Wallet>provider>Aegeas Pay; Kyklades Lines>partner>Aegeas Pay; Aegeas Pay>parentOrganization>Kerkyra Holdings;"
       "Aegeas Pay>partner>Agora Markets",
  outs=[O("Aegeas Pay", "2026-11-12", "2026-11-12T18:40", "2026-11-12T23:10", 4.5, ["Aegeas Wallet", "Kyklades Lines"],
          "Athens", "failure in a network link between its two data centres"),
        O("Aegeas Pay", "2026-10-30", None, None, 0.83, ["Aegeas Wallet"], None, "bug in an update to the app")],
  dates="Thursday evening=2026-11-12; 6.40pm=2026-11-12T18:40; 11.10pm=2026-11-12T23:10; 30 October=2026-10-30;"
        "January=2027-01; 2020=2020; this year=2026",
  sector="payments/fintech", region="Greece", topics=["outage", "leadership", "partnership"])

A(39, "copihue-telecom-data-centre-fire", "2026-11-28", "Fire at Copihue Telecom data centre cuts mobile and internet service across Chile", """
Millions of customers of Copihue Telecom lost mobile and internet service for most of Thursday night after a fire broke out in the operator's main data centre in Santiago, the company said on Friday.

The fire started in a battery room shortly before 11.30pm on Thursday, and the automatic shutdown that followed took down the core of Copihue's network. Calls, mobile data and home broadband failed in Santiago, Valparaíso and Concepción. Service was restored gradually overnight, and Copihue said it was fully working again by 8.45am on Friday.

Firefighters put out the blaze within an hour, and nobody was hurt. But the outage left customers of Copihue Hogar, the company's home broadband service, and of its mobile wallet, Chaucha, without service through the night. Some customers also reported being unable to reach emergency services, which Copihue said it was investigating.

The Undersecretariat of Telecommunications, known as Subtel, said it had opened an investigation and could impose fines if it found that the company had failed to maintain adequate backup systems. Under Chilean rules, operators must compensate customers for outages of more than six hours.

"The network was designed so that a fire in one room would not take down the country," said Copihue's chief executive, Tomás Arriagada. "It did not work as designed, and we will find out why." He said customers would receive compensation automatically on their next bill.

Arriagada took over in September after his predecessor, Rosa Mardones, left to become chief executive of the Peruvian operator Vicuña Móvil. Arriagada had previously been Copihue's chief financial officer.

Copihue Telecom is a unit of the Mexican group Tolteca Comunicaciones, which owns operators in five Latin American countries. Tolteca said on Friday that it would send engineers from Mexico to help with the investigation.

The outage could hurt Copihue as it tries to win customers from larger rivals. It signed a deal in March to share mobile masts in rural areas with the operator Pehuén Móvil, and it has been spending heavily on fibre in Santiago.

"An operator can recover from an outage, but customers remember when they could not call anyone," said Josefina Undurraga, a telecoms analyst at Apoquindo Research. "The investigation into emergency calls is the part that could cost Copihue most."
""",
  ents="C:Copihue Telecom=Copihue; L:Santiago; L:Valparaíso; L:Concepción; S:Copihue Hogar; S:Chaucha;"
       "O:Undersecretariat of Telecommunications=Subtel; P:Tomás Arriagada=Arriagada; P:Rosa Mardones; C:Vicuña Móvil;"
       "C:Tolteca Comunicaciones=Tolteca; L:Mexico; C:Pehuén Móvil; P:Josefina Undurraga; C:Apoquindo Research",
  roles="Tomás Arriagada|ceo|Copihue Telecom|1; Tomás Arriagada|cfo|Copihue Telecom|0; Rosa Mardones|ceo|Copihue Telecom|0;"
        "Rosa Mardones|ceo|Vicuña Móvil|1; Josefina Undurraga|analyst|Apoquindo Research|1",
  rels="Copihue Hogar>provider>Copihue Telecom; Chaucha>provider>Copihue Telecom;"
       "Copihue Telecom>parentOrganization>Tolteca Comunicaciones; Copihue Telecom>partner>Pehuén Móvil",
  outs=[O("Copihue Telecom", "2026-11-26", "2026-11-26T23:30", "2026-11-27T08:45", 9.25, ["Copihue Hogar", "Chaucha"],
          "Santiago", "fire broke out in the operator's main data centre")],
  dates="Thursday night=2026-11-26; Friday=2026-11-27; 11.30pm=2026-11-26T23:30; Thursday=2026-11-26;"
        "8.45am=2026-11-27T08:45; September=2026-09; March=2026-03",
  sector="telecoms", region="Chile", topics=["outage", "leadership", "partnership"])

A(40, "bramblewood-black-friday-cdn-outage", "2026-11-28", "Bramblewood's website and app go dark on Black Friday after network provider glitch", """
Bramblewood Outfitters' website and app went down for almost two hours on Black Friday morning, after a faulty update at its content delivery provider, Northpass Networks, knocked a number of US retail sites offline at the start of the busiest shopping day of the year.

The outdoor clothing retailer said shoppers began seeing error pages at 8.02am Eastern Time on Friday, just as its biggest discounts went live, and that both Bramblewood.com and the Bramblewood app were working again by 9.47am. The Columbus, Ohio, company said it would extend its Black Friday prices through Sunday.

Northpass, which speeds up websites by storing copies of their pages on servers around the world, said a bug in a configuration file that it had pushed to its network had caused servers to reject requests. "We rolled the change back as soon as we understood what had happened," said its chief executive, Theo Marchetti. "We let our customers down on the day that matters most to them, and we are sorry."

Other sites affected included the electronics retailer Voltwise and the event ticketing service Seatcraft, run by Seatcraft Inc, both of which said traffic had returned to normal by mid-morning.

Bramblewood's chief executive, Megan Castaldi, said the company was reviewing its contract with Northpass, which it signed in 2023. "We spent months preparing for Black Friday, and most of it was wasted by someone else's mistake," she said in an interview.

The retailer, which has 140 stores, was bought by the private equity firm Cedar Hollow Partners in 2021 and has been preparing for a possible stock market listing next year. Bramblewood's online sales make up about 45 per cent of its revenue, a share that peaks in the weeks around Thanksgiving.

Analysts estimated that the outage could have cost Bramblewood several million dollars in sales, although some shoppers were likely to have come back later in the day. "On Black Friday, the first two hours are when the most motivated shoppers turn up," said Dana Whitlock, an analyst at Lakeview Retail Research. "Some of them will simply have bought the jacket somewhere else."

Northpass, which is based in Seattle, has about 4,000 customers. It is the second outage at the company this year; in February, a hardware failure at one of its sites in Chicago slowed websites across the Midwest for about an hour.
""",
  ents="C:Bramblewood Outfitters=Bramblewood; C:Northpass Networks=Northpass; L:US; S:Bramblewood.com; S:Bramblewood app;"
       "L:Columbus; L:Ohio; P:Theo Marchetti; C:Voltwise; S:Seatcraft; C:Seatcraft Inc; P:Megan Castaldi;"
       "C:Cedar Hollow Partners; P:Dana Whitlock; C:Lakeview Retail Research; L:Seattle; L:Chicago; L:Midwest",
  roles="Theo Marchetti|ceo|Northpass Networks|1; Megan Castaldi|ceo|Bramblewood Outfitters|1;"
        "Dana Whitlock|analyst|Lakeview Retail Research|1",
  rels="Bramblewood.com>provider>Bramblewood Outfitters; Bramblewood app>provider>Bramblewood Outfitters;"
       "Seatcraft>provider>Seatcraft Inc; Bramblewood Outfitters>partner>Northpass Networks;"
       "Cedar Hollow Partners>acquired>Bramblewood Outfitters; Bramblewood Outfitters>parentOrganization>Cedar Hollow Partners",
  outs=[O("Northpass Networks", "2026-11-27", "2026-11-27T08:02", "2026-11-27T09:47", 1.75,
          ["Bramblewood.com", "Bramblewood app", "Voltwise", "Seatcraft"], None, "bug in a configuration file"),
        O("Northpass Networks", "2026-02", None, None, 1, [], "Chicago", "hardware failure")],
  dates="Black Friday=2026-11-27; Black Friday morning=2026-11-27; 8.02am=2026-11-27T08:02; Friday=2026-11-27;"
        "9.47am=2026-11-27T09:47; Sunday=2026-11-29; 2023=2023; 2021=2021; next year=2027;"
        "Thanksgiving=2026-11-26; this year=2026; February=2026-02",
  sector="retail", region="US", topics=["outage", "acquisition"])
