# Articles nc-21 .. nc-30 (eval/news-check, a CHECK set; all names invented). A and O come from articles.py.

A(21, "hotaru-mobile-two-day-outage", "2026-11-11", "Hotaru Mobile outage cut off millions in western Japan for nearly two days", """
Hotaru Mobile, one of Japan's four mobile network operators, has been ordered to explain how a software update left millions of customers without calls or data for almost two days over the weekend, the longest outage at a Japanese operator in years.

The problems began at 1.30am on Saturday, when an update was applied to a database that registers handsets on the network. Phones across the Kansai region, including Osaka, Kyoto and Kobe, dropped off the network as they tried to reconnect at once, and the flood of requests kept the system overloaded. Hotaru said service was fully restored at 9pm on Sunday.

The outage also hit Hotaru Pay, the operator's mobile payments app, which many small shops and taxi drivers in the region use to take payments, and Kumo SIM, a budget brand that Kumo Connect sells over Hotaru's network.

"We caused great inconvenience to our customers and to society, and I apologise from the bottom of my heart," Hotaru Mobile's president, Ryo Takamine, told a news conference in Tokyo on Monday, bowing deeply. Takamine said he would take a 50 per cent pay cut for three months and that all affected customers would receive a discount equal to two days' charges.

The Ministry of Internal Affairs and Communications said on Tuesday that it had ordered the company to submit a report within a month and would decide whether to issue an administrative guidance. Officials said emergency calls had also been affected in some areas, which is likely to draw a tougher response.

Kumo Connect, which has about 900,000 customers, said it was considering whether to seek compensation. "Our customers chose us, and they could not use their phones for a weekend," said its chief executive, Mao Fujisaki.

Hotaru Mobile is a subsidiary of Hotaru Communications, the internet group that also runs the online shopping mall Hotaru Ichiba. Shares in Hotaru Communications fell 3.7 per cent in Tokyo on Monday.

"The technical cause is ordinary, but the recovery took far too long," said Sayaka Inoue, a telecoms analyst at Kabutocho Research. "Operators are supposed to be able to roll back an update in hours, not days. The question is whether the company tested the rollback at all."

Hotaru said it would change its procedures so that updates to the database are applied region by region, and would publish a full report by the end of the year.
""",
  ents="C:Hotaru Mobile=Hotaru; L:Japan; L:Kansai region; L:Osaka; L:Kyoto; L:Kobe; S:Hotaru Pay; S:Kumo SIM;"
       "C:Kumo Connect; P:Ryo Takamine=Takamine; L:Tokyo; O:Ministry of Internal Affairs and Communications;"
       "P:Mao Fujisaki; C:Hotaru Communications; S:Hotaru Ichiba; P:Sayaka Inoue; C:Kabutocho Research",
  roles="Ryo Takamine|president|Hotaru Mobile|1; Mao Fujisaki|ceo|Kumo Connect|1; Sayaka Inoue|analyst|Kabutocho Research|1",
  rels="Hotaru Pay>provider>Hotaru Mobile; Kumo SIM>provider>Kumo Connect; Kumo Connect>partner>Hotaru Mobile;"
       "Hotaru Mobile>parentOrganization>Hotaru Communications; Hotaru Ichiba>provider>Hotaru Communications",
  outs=[O("Hotaru Mobile", "2026-11-07", "2026-11-07T01:30", "2026-11-08T21:00", 43.5, ["Hotaru Pay", "Kumo SIM"],
          "Kansai region", "software update to a database that registers handsets")],
  dates="1.30am=2026-11-07T01:30; Saturday=2026-11-07; 9pm=2026-11-08T21:00; Sunday=2026-11-08; Monday=2026-11-09;"
        "Tuesday=2026-11-10; the end of the year=2026",
  sector="telecoms", region="Japan", topics=["outage", "regulation"])

A(22, "kalkul-software-cto-leaves-for-oblaka", "2026-11-02", "Kalkul Software's technology chief leaves to run cloud start-up", """
Petra Hrubešová, the chief technology officer of the Prague accounting software company Kalkul Software, has left to become chief executive of the Brno cloud start-up Oblaka Systems, both companies said on Monday.

Hrubešová, 41, spent nine years at Kalkul and led the development of its accounting app, Kalkul Účty, which is used by about 180,000 small businesses in the Czech Republic and Slovakia. She starts at Oblaka on 1 December.

Kalkul's co-founder and chief executive, Martin Sýkora, will oversee the technology team until a successor is found. Kalkul was bought by the German software group Rhönwerk Software in 2024 and now runs as its central European arm.

Oblaka, founded in 2021, sells warehouse software called Oblaka Sklad to retailers, including the electronics chain Elektrodum, which signed a five-year contract with it in the summer. The start-up has 60 employees and is raising money to expand into Poland and Hungary.

"Petra is the kind of engineer who can also sell," said Oblaka's chairman, Vojtěch Maršálek.
""",
  ents="P:Petra Hrubešová=Hrubešová,Petra; L:Prague; C:Kalkul Software=Kalkul; L:Brno; C:Oblaka Systems=Oblaka; S:Kalkul Účty;"
       "L:Czech Republic; L:Slovakia; P:Martin Sýkora; C:Rhönwerk Software; S:Oblaka Sklad; C:Elektrodum; L:Poland;"
       "L:Hungary; P:Vojtěch Maršálek",
  roles="Petra Hrubešová|cto|Kalkul Software|0; Petra Hrubešová|ceo|Oblaka Systems|1; Martin Sýkora|cofounder|Kalkul Software|1;"
        "Martin Sýkora|ceo|Kalkul Software|1; Vojtěch Maršálek|chairman|Oblaka Systems|1",
  rels="Kalkul Účty>provider>Kalkul Software; Rhönwerk Software>acquired>Kalkul Software;"
       "Kalkul Software>parentOrganization>Rhönwerk Software; Oblaka Sklad>provider>Oblaka Systems;"
       "Elektrodum>partner>Oblaka Systems",
  dates="Monday=2026-11-02; 1 December=2026-12-01; 2024=2024; 2021=2021; the summer=2026",
  sector="software", region="Czech Republic", topics=["leadership", "acquisition"])

A(23, "ikoyi-trust-bank-32-hour-outage", "2026-11-18", "Ikoyi Trust Bank customers locked out for 32 hours as IT chief resigns", """
Millions of customers of Ikoyi Trust Bank, one of Nigeria's largest lenders, were unable to use its app, transfer money or withdraw cash from many of its ATMs for more than a day this week, after what the bank called a failed upgrade of its core banking database.

The problems began at about 6am on Monday, when the bank started moving customer accounts onto new servers. Customers in Lagos, Abuja and Port Harcourt reported that their balances had disappeared from the IkoyiOne app and that transfers they had made were stuck. Full service returned at 2pm on Tuesday, the bank said.

The failure also hit KudiSend, a money transfer app run by the fintech company Kudi Bridge, which holds its customers' money in accounts at Ikoyi Trust Bank. Kudi Bridge said about 400,000 of its users had been unable to send money.

The bank's chief information officer, Segun Alade, resigned on Tuesday evening, a spokesman for the bank, Emeka Obi, confirmed. He did not give a reason.

The bank's core banking software is supplied by the Indian company Ashoka Finware, which has worked with Ikoyi since 2019. Ashoka said in a statement that its software had performed as designed and that the problem had occurred during the transfer of data between the bank's old and new servers, which Ikoyi's own staff carried out.

"I understand the anger of our customers, and I share it," the bank's managing director and chief executive, Adaeze Okonkwo-Bello, said in a video message. "No customer has lost any money. Every transaction is being reconciled, and any charges caused by the outage will be reversed."

The Central Bank of Nigeria said it had sent examiners to the lender's headquarters in Lagos and would "take appropriate regulatory action" once it had established what happened. The central bank has fined banks in the past for failing to process transfers on time.

Ikoyi Trust Bank is a subsidiary of the listed Ikoyi Trust Holdings, which also owns an insurance business. In 2023 the bank completed its acquisition of the Ghanaian lender Kumasi Savings and Loans, its first purchase outside Nigeria.

Customers vented their frustration online, and some traders in Lagos said they had been forced to turn away buyers who could only pay by transfer. "Nigerians have moved to digital payments faster than almost anyone, so when a big bank goes down, the economy feels it the same day," said Chiamaka Eze, an analyst at Marina Securities.

Kudi Bridge's co-founder, Ifeoluwa Adebayo, said the company was looking at adding a second bank so that a failure at one would not stop its app. Shares in Ikoyi Trust Holdings fell 4 per cent in Lagos on Wednesday.
""",
  ents="C:Ikoyi Trust Bank=Ikoyi; L:Nigeria; L:Lagos; L:Abuja; L:Port Harcourt; S:IkoyiOne; S:KudiSend; C:Kudi Bridge;"
       "P:Segun Alade; P:Emeka Obi; C:Ashoka Finware=Ashoka; P:Adaeze Okonkwo-Bello; O:Central Bank of Nigeria; C:Ikoyi Trust Holdings;"
       "C:Kumasi Savings and Loans; P:Chiamaka Eze; C:Marina Securities; P:Ifeoluwa Adebayo",
  roles="Segun Alade|executive|Ikoyi Trust Bank|0; Emeka Obi|spokesperson|Ikoyi Trust Bank|1;"
        "Adaeze Okonkwo-Bello|director|Ikoyi Trust Bank|1; Adaeze Okonkwo-Bello|ceo|Ikoyi Trust Bank|1;"
        "Chiamaka Eze|analyst|Marina Securities|1; Ifeoluwa Adebayo|cofounder|Kudi Bridge|1",
  rels="IkoyiOne>provider>Ikoyi Trust Bank; KudiSend>provider>Kudi Bridge; Kudi Bridge>partner>Ikoyi Trust Bank;"
       "Ikoyi Trust Bank>parentOrganization>Ikoyi Trust Holdings; Ikoyi Trust Bank>acquired>Kumasi Savings and Loans;"
       "Kumasi Savings and Loans>parentOrganization>Ikoyi Trust Bank; Ikoyi Trust Bank>partner>Ashoka Finware",
  outs=[O("Ikoyi Trust Bank", "2026-11-16", "2026-11-16T06:00", "2026-11-17T14:00", 32, ["IkoyiOne", "KudiSend"],
          "Lagos, Abuja and Port Harcourt", "failed upgrade of its core banking database")],
  dates="6am=2026-11-16T06:00; Monday=2026-11-16; 2pm=2026-11-17T14:00; Tuesday=2026-11-17; Tuesday evening=2026-11-17;"
        "2023=2023; Wednesday=2026-11-18; 2019=2019",
  sector="banks", region="Nigeria", topics=["outage", "leadership", "acquisition"])

A(24, "brightmoor-to-buy-ostsee-analytics", "2026-11-24", "Brightmoor agrees €1.9bn deal for German data software firm Ostsee Analytics", """
Brightmoor Technologies, the Boston-based business software group, has agreed to buy the German data analytics company Ostsee Analytics for €1.9bn in cash, its largest acquisition to date.

The deal, announced on Monday, values Ostsee at about 16 times its expected revenue for next year. It needs clearance from the European Commission and is expected to close in the first quarter of 2027. Ostsee's board has backed the offer, and its two largest shareholders, who together own 38 per cent of the company, have agreed to sell.

Ostsee, which is based in Kiel and has 1,100 employees, makes software that helps manufacturers and retailers predict demand and plan production. Its main products are Ostsee Insight, a forecasting tool, and Ostsee Flow, which manages orders between factories and warehouses. Its customers include the carmaker Weserwagen and the retailer Fehmarn Handel, and it runs most of its software on servers rented from the Hamburg cloud provider Sylt Cloud under a long-term contract.

"Ostsee has the best forecasting technology in Europe, and we have the sales force to take it to customers all over the world," said Brightmoor's chief executive, Evan Castellano.

Ostsee's chief executive, Lena Harms, will continue to run the business, which will keep its headquarters in Kiel. Its founder, Tjark Petersen, who started the company in a university lab in 2011, will join Brightmoor's board once the deal is completed.

The agreement ends a contest for the company. Ostsee rejected a lower approach from the private equity firm Havelland Partners in September, and people familiar with the talks said a second US software company had also looked at a bid.

Brightmoor has made a series of smaller purchases in recent years, including the Dublin supply-chain software firm Quarrypoint, which it bought in 2022 and now runs as part of its European business.

Some investors questioned the price. "This is a full price for a business growing at 20 per cent a year," said Katrin Schmale, an analyst at Alsterufer Research. "Brightmoor has to keep Ostsee's engineers, and that is not easy after a sale to an American owner."

Germany's Federal Cartel Office does not need to review the deal because it falls under the European Commission's jurisdiction. Ostsee's shares rose 27 per cent in Frankfurt on Monday, close to the offer price.
""",
  ents="C:Brightmoor Technologies=Brightmoor; L:Boston; C:Ostsee Analytics=Ostsee; O:European Commission; L:Kiel;"
       "S:Ostsee Insight; S:Ostsee Flow; C:Weserwagen; C:Fehmarn Handel; L:Hamburg; C:Sylt Cloud; L:Europe;"
       "P:Evan Castellano; P:Lena Harms; P:Tjark Petersen; C:Havelland Partners; L:US; L:Dublin; C:Quarrypoint;"
       "P:Katrin Schmale; C:Alsterufer Research; L:Germany; O:Federal Cartel Office; L:Frankfurt",
  roles="Evan Castellano|ceo|Brightmoor Technologies|1; Lena Harms|ceo|Ostsee Analytics|1;"
        "Tjark Petersen|founder|Ostsee Analytics|1; Tjark Petersen|director|Brightmoor Technologies|1;"
        "Katrin Schmale|analyst|Alsterufer Research|1",
  rels="Brightmoor Technologies>acquired>Ostsee Analytics; Ostsee Insight>provider>Ostsee Analytics;"
       "Ostsee Flow>provider>Ostsee Analytics; Weserwagen>partner>Ostsee Analytics; Fehmarn Handel>partner>Ostsee Analytics;"
       "Ostsee Analytics>partner>Sylt Cloud; Brightmoor Technologies>acquired>Quarrypoint;"
       "Quarrypoint>parentOrganization>Brightmoor Technologies",
  dates="Monday=2026-11-23; next year=2027; the first quarter of 2027=2027-Q1; 2011=2011; September=2026-09; 2022=2022",
  sector="software", region="Germany", topics=["acquisition", "leadership", "partnership"])

A(25, "greyhaven-energy-top-up-outage", "2026-11-30", "Greyhaven Energy customers unable to top up meters after payments fault", """
Customers of the energy supplier Greyhaven Energy were unable to top up their prepayment meters through its app for about six hours on Saturday after a fault at its payments partner, Kestle Payments.

The Cardiff-based supplier said top-ups through the Greyhaven Home app began failing at 7am and were working again by 1pm. Kestle Payments, which processes top-ups for several smaller suppliers, said a faulty server at its data centre in Newport had caused the problem.

Greyhaven said customers who ran out of credit had been given emergency credit automatically and that nobody had been cut off. Some customers said on social media that they had spent the morning without heating.

Ofgem, the energy regulator, said suppliers must make sure customers on prepayment meters are never left without power because of problems with their systems.

"I am sorry for the worry this caused," said Greyhaven's chief executive, Alun Pryce-Morgan. The supplier, which has 310,000 customers in Wales and the west of England, is owned by the Norwegian utility Vestfold Kraft.
""",
  ents="C:Greyhaven Energy=Greyhaven; C:Kestle Payments; L:Cardiff; S:Greyhaven Home; L:Newport; O:Ofgem;"
       "P:Alun Pryce-Morgan; L:Wales; L:England; C:Vestfold Kraft",
  roles="Alun Pryce-Morgan|ceo|Greyhaven Energy|1",
  rels="Greyhaven Home>provider>Greyhaven Energy; Greyhaven Energy>partner>Kestle Payments;"
       "Greyhaven Energy>parentOrganization>Vestfold Kraft",
  outs=[O("Kestle Payments", "2026-11-28", "2026-11-28T07:00", "2026-11-28T13:00", 6, ["Greyhaven Home"], "Newport",
          "faulty server")],
  dates="Saturday=2026-11-28; 7am=2026-11-28T07:00; 1pm=2026-11-28T13:00",
  sector="energy/utilities", region="UK", topics=["outage"])

A(26, "sahra-airways-hires-rival-coo", "2026-11-09", "Sahra Airways poaches rival's operations chief as profit climbs", """
Sahra Airways, the Muscat-based carrier, said on Monday it had hired Nasser Al Hamiri, the chief operating officer of its regional rival Falaj Air, as its next chief executive, as it reported a 34 per cent rise in profit for the first half of its financial year.

Al Hamiri, 46, will take over in January from Stuart Ellingham, who will leave at the end of the year after seven years in charge. Ellingham, a former executive at several European airlines, led Sahra through the pandemic and a rebuilding of its route network towards south Asia and east Africa.

"Nasser has run one of the most punctual airlines in the region, and punctuality is what our customers want from us next," said Sahra's chairman, Hilal Al Rawahi.

Falaj Air said Al Hamiri's deputy, Reema Haddadin, would become acting chief operating officer. The airline, which is based in Bahrain, has been expanding quickly and is seen as Sahra's closest competitor on routes to India.

Sahra made a net profit of 48 million Omani rials in the six months to September, on revenue up 12 per cent. It carried 5.6 million passengers, helped by new routes to Nairobi, Zanzibar and Kochi. Its cargo arm, Sahra Cargo, had its best half-year on record as demand for shipments of fresh fish and fruit to Europe rose.

The airline is owned by Qurm Investment, a holding company that also controls the country's largest hotel group. It has a codeshare agreement with the Thai carrier Andaman Airlines, which lets passengers book connections to Bangkok and Phuket on a single ticket, and it said on Monday that it would extend the deal to flights to Vietnam next year.

Sahra also said its loyalty programme, Sahra Rewards, had passed two million members, and that it would start selling the programme's points to banks for use in credit cards.

"The results are solid, but the market will focus on the change at the top," said Meera Pillai, an aviation analyst at Ruwi Capital. "Bringing in the operations chief from the strongest competitor is a statement of intent, and it will make the next year interesting for both airlines."

Ellingham said he would return to the UK and had no plans to take another executive job.
""",
  ents="C:Sahra Airways=Sahra; L:Muscat; P:Nasser Al Hamiri=Al Hamiri,Nasser; C:Falaj Air; P:Stuart Ellingham=Ellingham;"
       "L:south Asia; L:east Africa; P:Hilal Al Rawahi; P:Reema Haddadin; L:Bahrain; L:India; L:Nairobi; L:Zanzibar;"
       "L:Kochi; C:Sahra Cargo; L:Europe; C:Qurm Investment; C:Andaman Airlines; L:Bangkok; L:Phuket; L:Vietnam;"
       "S:Sahra Rewards; P:Meera Pillai; C:Ruwi Capital; L:UK",
  roles="Nasser Al Hamiri|coo|Falaj Air|1; Nasser Al Hamiri|ceo|Sahra Airways|1; Stuart Ellingham|ceo|Sahra Airways|1;"
        "Hilal Al Rawahi|chairman|Sahra Airways|1; Reema Haddadin|coo|Falaj Air|1; Reema Haddadin|executive|Falaj Air|1; Meera Pillai|analyst|Ruwi Capital|1",
  rels="Sahra Cargo>parentOrganization>Sahra Airways; Sahra Airways>parentOrganization>Qurm Investment;"
       "Sahra Airways>partner>Andaman Airlines; Sahra Rewards>provider>Sahra Airways",
  dates="Monday=2026-11-09; January=2027-01; the end of the year=2026; September=2026-09; next year=2027",
  sector="airlines", region="Oman/Bahrain", topics=["leadership", "earnings", "partnership"])

A(27, "kuura-games-founder-steps-aside", "2026-11-20", "Kuura Games founder steps aside as studio cuts 90 jobs", """
Eero Lahtinen, who founded the Helsinki games studio Kuura Games in 2012, has stepped down as chief executive after its latest game, the survival adventure Frostbound, sold far fewer copies than expected.

The studio said on Thursday that its chief operating officer, Aino Rautio, would lead the company as acting chief executive while the board searched for a permanent replacement. Lahtinen will stay on the board and will work on the design of the studio's next game.

Kuura is cutting about 90 of its 260 jobs. The studio made its name with the mobile game Pikku Pilvi, which has been downloaded more than 80 million times since its release in 2016 and still provides most of the company's revenue.

Frostbound went on sale in October for consoles and PCs. Kuura did not give sales figures but said they were "well below our plan".

Its next game will be published by the Tokyo company Mikazuki Games under a deal the two companies signed last year.
""",
  ents="P:Eero Lahtinen=Lahtinen; L:Helsinki; C:Kuura Games=Kuura; S:Frostbound; P:Aino Rautio; S:Pikku Pilvi; L:Tokyo;"
       "C:Mikazuki Games",
  roles="Eero Lahtinen|founder|Kuura Games|1; Eero Lahtinen|ceo|Kuura Games|0; Eero Lahtinen|director|Kuura Games|1;"
        "Aino Rautio|coo|Kuura Games|1; Aino Rautio|ceo|Kuura Games|1",
  rels="Frostbound>provider>Kuura Games; Pikku Pilvi>provider>Kuura Games; Kuura Games>partner>Mikazuki Games",
  dates="2012=2012; Thursday=2026-11-19; 2016=2016; October=2026-10; last year=2025",
  sector="games", region="Finland", topics=["leadership"])

A(28, "kalahari-telecom-fibre-joint-venture", "2026-11-16", "Kalahari Telecom and Drakensberg Fibre to combine networks in joint venture", """
Kalahari Telecom, South Africa's third-largest mobile operator, has agreed to combine its fibre network with that of Drakensberg Fibre Holdings in a joint venture that will pass about 2.6 million homes, the companies said on Monday.

The new company, Ilanga Fibre, will be owned 55 per cent by Kalahari and 45 per cent by Drakensberg. It will sell wholesale access to internet providers, including Kalahari's own home broadband brand, Kala Home, and will be the second-largest fibre operator in the country. The deal needs approval from the Competition Commission, which blocked a similar combination of two smaller networks in 2023.

"Building two fibre networks down the same street makes no sense for anyone, least of all the customer," said Kalahari's chief executive, Thandeka Mthembu. "Together we can reach townships and smaller towns that neither of us could justify connecting alone."

Drakensberg's chief executive, Riaan Coetsee, will become chairman of Ilanga Fibre. Lindiwe Mahlangu, currently Kalahari's chief strategy officer, will run the venture as interim chief executive until a permanent appointment is made.

Kalahari, which has 19 million mobile customers, sells prepaid plans under the Kala Mobile brand. It has been investing heavily outside mobile: in 2025 it bought the data centre operator Bushveld DC, which has sites in Johannesburg and Cape Town, for 4.2bn rand.

Drakensberg Fibre Holdings is backed by the infrastructure fund Umfolozi Capital, which owns 60 per cent of it. Its network is concentrated in Durban and Pietermaritzburg, while Kalahari's is mainly in Gauteng.

Analysts said the venture would give both companies a stronger position against the country's largest fibre operator and help them cope with the cost of repairing networks damaged by cable theft. "Scale is everything in fibre," said Nomvula Sithebe, an analyst at Sandton Equity Research. "This deal lets them spend once and sell twice."

Kalahari shares rose 3.1 per cent in Johannesburg on Monday. The companies expect the joint venture to start operating in the second half of next year. Drakensberg's shares are not listed, and neither company gave a value for the deal, but analysts estimated the combined network to be worth about 15bn rand.
""",
  ents="C:Kalahari Telecom=Kalahari; L:South Africa; C:Drakensberg Fibre Holdings=Drakensberg; C:Ilanga Fibre;"
       "S:Kala Home; O:Competition Commission; P:Thandeka Mthembu; P:Riaan Coetsee; P:Lindiwe Mahlangu; S:Kala Mobile;"
       "C:Bushveld DC; L:Johannesburg; L:Cape Town; C:Umfolozi Capital; L:Durban; L:Pietermaritzburg; L:Gauteng;"
       "P:Nomvula Sithebe; C:Sandton Equity Research",
  roles="Thandeka Mthembu|ceo|Kalahari Telecom|1; Riaan Coetsee|ceo|Drakensberg Fibre Holdings|1;"
        "Riaan Coetsee|chairman|Ilanga Fibre|1; Lindiwe Mahlangu|executive|Kalahari Telecom|1;"
        "Lindiwe Mahlangu|ceo|Ilanga Fibre|1; Nomvula Sithebe|analyst|Sandton Equity Research|1",
  rels="Kalahari Telecom>partner>Drakensberg Fibre Holdings; Ilanga Fibre>parentOrganization>Kalahari Telecom;"
       "Ilanga Fibre>parentOrganization>Drakensberg Fibre Holdings; Kala Home>provider>Kalahari Telecom;"
       "Kala Mobile>provider>Kalahari Telecom; Kalahari Telecom>acquired>Bushveld DC;"
       "Bushveld DC>parentOrganization>Kalahari Telecom; Drakensberg Fibre Holdings>parentOrganization>Umfolozi Capital",
  dates="Monday=2026-11-16; 2023=2023; 2025=2025; the second half of next year=2027",
  sector="telecoms", region="South Africa", topics=["partnership", "leadership", "acquisition"])

A(29, "banco-huasteca-two-outages", "2026-11-04", "Banco Huasteca suffers second outage in two days as regulator asks for answers", """
Banco Huasteca, Mexico's fifth-largest bank by assets, suffered its second outage in two days on Tuesday, when its app and online banking stopped working for more than four hours at the height of the working day.

Customers began reporting problems with the Huasteca Móvil app at 12.15pm, and the bank said on its social media accounts at 4.40pm that service had been restored. It blamed "a problem in the communications network of our data centre in Querétaro" and said no customer data had been affected.

On Monday, a public holiday, many of the bank's cash machines and its debit cards stopped working for about an hour in the evening. The bank said that failure was caused by a faulty update to the software that runs its card systems, and that the two incidents were not related.

The National Banking and Securities Commission said on Wednesday that it had asked Banco Huasteca for a detailed report on both failures and on the steps it was taking to prevent them. Mexican law allows the regulator to fine banks for failures that stop customers from reaching their money.

"We know that two failures in two days are unacceptable," said the bank's chief executive, Mariana Echeverría Lozano, who took the job in May after running its retail division. "We are investing more than ever in our systems, but investment takes time to show."

Banco Huasteca is a subsidiary of the Spanish banking group Grupo Financiero Miramar, which bought it in 2017. It also issues the credit card of the department store chain Almacenes Zafiro under an agreement that runs until 2030; holders of that card could not make purchases during Monday's outage.

The outages come at a bad time. Banco Huasteca has been trying to win younger customers from fast-growing digital banks, and it launched a new version of Huasteca Móvil in August.

"Customers of traditional banks are more forgiving than people think, but not twice in a week," said Rodrigo Salgado, an analyst at Reforma Capital in Mexico City. "If this happens again before Christmas, the digital banks will be the winners." Shares in the Spanish parent were little changed in Madrid on Wednesday.
""",
  ents="C:Banco Huasteca; L:Mexico; S:Huasteca Móvil; L:Querétaro; O:National Banking and Securities Commission;"
       "P:Mariana Echeverría Lozano; C:Grupo Financiero Miramar; C:Almacenes Zafiro; P:Rodrigo Salgado; C:Reforma Capital;"
       "L:Mexico City; L:Madrid",
  roles="Mariana Echeverría Lozano|ceo|Banco Huasteca|1; Mariana Echeverría Lozano|head|Banco Huasteca|0;"
        "Rodrigo Salgado|analyst|Reforma Capital|1",
  rels="Huasteca Móvil>provider>Banco Huasteca; Banco Huasteca>parentOrganization>Grupo Financiero Miramar;"
       "Grupo Financiero Miramar>acquired>Banco Huasteca; Banco Huasteca>partner>Almacenes Zafiro",
  outs=[O("Banco Huasteca", "2026-11-03", "2026-11-03T12:15", "2026-11-03T16:40", 4.42, ["Huasteca Móvil"], "Querétaro",
          "problem in the communications network of our data centre"),
        O("Banco Huasteca", "2026-11-02", None, None, 1, ["Almacenes Zafiro"], None,
          "faulty update to the software that runs its card systems")],
  dates="Tuesday=2026-11-03; 12.15pm=2026-11-03T12:15; 4.40pm=2026-11-03T16:40; Monday=2026-11-02;"
        "Wednesday=2026-11-04; May=2026-05; 2017=2017; 2030=2030; August=2026-08; Christmas=2026-12-25",
  sector="banks", region="Mexico", topics=["outage", "regulation", "partnership"])

A(30, "sabino-semiconductor-new-cfo", "2026-11-05", "Sabino Semiconductor names new finance chief", """
Sabino Semiconductor, the Tucson, Arizona, maker of power chips for electric cars and data centres, said on Wednesday that it had appointed Laura Kessing as chief financial officer, filling a post that has been empty since Mitchell Orr left in August.

Kessing, 48, is currently finance chief of the test equipment maker Pinecrest Instruments, where she oversaw the sale of its optical division last year. She will join Sabino on 4 January.

"Laura has done this job through a downturn, and in our industry that matters," said Sabino's chief executive, Alan Brandvold.

Sabino makes most of its chips at a plant it owns in Arizona, but relies on the Taiwanese contract manufacturer Zhudong Wafer Works for its most advanced products under a supply agreement signed in 2023. The company has been hit by a slowdown in electric car sales and cut its revenue forecast twice this year.

Shares in Sabino rose 1.2 per cent in after-hours trading.
""",
  ents="C:Sabino Semiconductor=Sabino; L:Tucson; L:Arizona; P:Laura Kessing=Kessing,Laura; P:Mitchell Orr;"
       "C:Pinecrest Instruments; P:Alan Brandvold; C:Zhudong Wafer Works",
  roles="Laura Kessing|cfo|Sabino Semiconductor|1; Laura Kessing|cfo|Pinecrest Instruments|1;"
        "Mitchell Orr|cfo|Sabino Semiconductor|0; Alan Brandvold|ceo|Sabino Semiconductor|1",
  rels="Sabino Semiconductor>partner>Zhudong Wafer Works",
  dates="Wednesday=2026-11-04; August=2026-08; last year=2025; 4 January=2027-01-04; 2023=2023; this year=2026",
  sector="chips", region="US", topics=["leadership", "partnership"])
