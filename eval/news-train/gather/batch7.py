# Articles nt-66 .. nt-77 (batch 2: longer, harder; all names invented). A and O come from articles.py.

A(66, "saffron-air-cloud-outage-twice", "2026-11-26", "Saffron Air hit by second system failure in four days", """
Saffron Air, India's second-largest airline, delayed more than 300 flights on Wednesday after its booking and check-in systems failed for the second time in four days, adding to pressure on the carrier's technology chief.

The Gurugram-based airline said its systems went down at 4.50am, forcing staff at Delhi, Bengaluru and Chennai airports to check passengers in manually. Most functions were restored by 8.20am, but delays rippled through the network for the rest of the day. The airline's website and its app, Saffron Fly, showed error messages for most of the morning.

On Sunday a similar failure lasted about 90 minutes in the evening. Saffron initially blamed both incidents on "a technical issue with a vendor". On Thursday, people familiar with the matter said the problems had been traced to the Mumbai region of Stratus Nine, the American cloud provider that hosts the airline's passenger service system. Stratus Nine confirmed in a post on its status page that "a networking component in one availability zone experienced intermittent failures" on both days, affecting "a small number of customers".

"We take full responsibility for our choice of partners, and we are reviewing our resilience arrangements," said Saffron Air's chief executive, Rohan Malhotra. The airline's chief information officer, Kavita Deshpande, is leading the review, the company said.

The passenger service system itself, called SkyCore, is made by the Swiss software firm Aerolith, which moved it onto Stratus Nine's cloud last year under a contract with Saffron. Aerolith said its software had worked as intended.

India's aviation regulator, the Directorate General of Civil Aviation, said it had asked the airline for a detailed report and would consider "appropriate action". Thousands of passengers complained on social media of missed connections and long queues.

Saffron, which is controlled by the Bhandari family's conglomerate Bhandari Group, has been expanding rapidly, with 210 aircraft and orders for 150 more. Its low-cost subsidiary, Saffron Lite, flies on domestic routes and was not affected because it uses a different booking system.

The incidents come as the airline prepares to launch flights to London and Frankfurt in March. Shares in Saffron fell 2.2 per cent in Mumbai on Thursday.

"The airline has grown faster than its back office," said Neel Bansal, an aviation analyst at Konkani Research. "Two outages in a week suggests nobody checked what happens if the cloud has a bad day."
""",
  ents="C:Saffron Air=Saffron; L:India; L:Gurugram; L:Delhi; L:Bengaluru; L:Chennai; S:Saffron Fly; L:Mumbai;"
       "C:Stratus Nine; P:Rohan Malhotra; P:Kavita Deshpande; S:SkyCore; C:Aerolith;"
       "O:Directorate General of Civil Aviation; C:Bhandari Group; C:Saffron Lite; L:London; L:Frankfurt;"
       "P:Neel Bansal; C:Konkani Research",
  roles="Rohan Malhotra|ceo|Saffron Air|1; Kavita Deshpande|executive|Saffron Air|1; Neel Bansal|analyst|Konkani Research|1",
  rels="Saffron Fly>provider>Saffron Air; Saffron Air>partner>Stratus Nine; SkyCore>provider>Aerolith;"
       "Aerolith>partner>Stratus Nine; Saffron Air>partner>Aerolith; Saffron Air>parentOrganization>Bhandari Group;"
       "Saffron Lite>parentOrganization>Saffron Air",
  outs=[O("Stratus Nine", "2026-11-25", "2026-11-25T04:50", "2026-11-25T08:20", 3.5, ["Saffron Air", "Saffron Fly", "SkyCore"],
          "Mumbai", "networking component"),
        O("Stratus Nine", "2026-11-22", None, None, 1.5, ["Saffron Air"], "Mumbai", "networking component")],
  dates="Wednesday=2026-11-25; 4.50am=2026-11-25T04:50; 8.20am=2026-11-25T08:20; Sunday=2026-11-22;"
        "Thursday=2026-11-26; last year=2025; March=2027-03",
  sector="airlines", region="India", topics=["outage", "partnership"])

A(67, "protea-bank-poaches-ceo", "2026-11-04", "Protea Bank poaches rival's retail chief as its new boss", """
Protea Bank, South Africa's fourth-largest lender, has appointed Lwazi Dlamini, head of retail banking at the rival Karoo Bank, as its chief executive, ending a seven-month search that began when its previous boss left abruptly in April.

Dlamini, 46, will take up the post on 1 February. Until then the bank will continue to be run by its chief operating officer, Pieter Botha, who has been acting chief executive since the departure of Sipho Ndlovu. Ndlovu resigned after a dispute with the board over a proposed cost-cutting plan.

"Lwazi has built one of the best retail franchises in the country from the ground up," said Protea's chairman, Margaret Sithole, in a statement on Wednesday. "He is the right person to lead us into our next phase."

Dlamini joined Karoo in 2012 and ran its digital banking app, KarooNow, before being put in charge of the whole retail division in 2021. KarooNow grew to 5 million customers under his leadership. Karoo said his deputy, Anele Mokoena, would take over as interim head of retail banking.

Protea, which is based in Johannesburg, has lost market share to digital challengers such as Impala Digital Bank, and its share price has fallen 18 per cent this year. The bank's own app, Protea One, has been criticised by customers for frequent glitches, and its card system failed for several hours during the Christmas shopping season last year.

People familiar with the matter said Protea's board had also approached the chief executive of another local bank before settling on Dlamini. The board is expected to name two new non-executive directors in January, including a former deputy governor of the South African Reserve Bank, the people said.

The appointment comes as Protea pursues a partnership with the mobile operator Ubuntu Mobile to offer bank accounts to its 30 million subscribers, which was announced in September. The two companies plan to launch the service in the second quarter of next year.

Protea is 34 per cent owned by the financial group Langley Holdings, which has said it regards the stake as a long-term investment.

Shares in Protea rose 2.9 per cent in Johannesburg on Wednesday. "Dlamini is a strong choice, but he will need time," said Busisiwe Nkosi, a banking analyst at Highveld Securities. "The bank's problems are about technology as much as leadership."

Karoo's shares were unchanged.
""",
  ents="C:Protea Bank=Protea; L:South Africa; P:Lwazi Dlamini=Dlamini,Lwazi; C:Karoo Bank=Karoo; P:Pieter Botha;"
       "P:Sipho Ndlovu=Ndlovu; P:Margaret Sithole; S:KarooNow; P:Anele Mokoena; L:Johannesburg; C:Impala Digital Bank;"
       "S:Protea One; O:South African Reserve Bank; C:Ubuntu Mobile; C:Langley Holdings; P:Busisiwe Nkosi;"
       "C:Highveld Securities",
  roles="Lwazi Dlamini|head|Karoo Bank|1; Lwazi Dlamini|ceo|Protea Bank|1; Pieter Botha|coo|Protea Bank|1;"
        "Pieter Botha|ceo|Protea Bank|1; Sipho Ndlovu|ceo|Protea Bank|0; Margaret Sithole|chairman|Protea Bank|1;"
        "Anele Mokoena|head|Karoo Bank|1; Busisiwe Nkosi|analyst|Highveld Securities|1",
  rels="KarooNow>provider>Karoo Bank; Protea One>provider>Protea Bank; Protea Bank>partner>Ubuntu Mobile",
  dates="April=2026-04; 1 February=2027-02-01; Wednesday=2026-11-04; 2012=2012; 2021=2021; this year=2026;"
        "last year=2025; January=2027-01; September=2026-09; the second quarter of next year=2027-Q2",
  sector="banks", region="South Africa", topics=["leadership", "partnership"])

A(68, "hanseong-motors-battery-jv", "2026-11-13", "Hanseong Motors teams up with Ilsan Cell on $3bn battery plant", """
Hanseong Motors, South Korea's third-largest carmaker, has teamed up with the battery maker Ilsan Cell to build a $3bn plant in Hungary that will supply batteries for the electric cars it sells in Europe, the companies said on Friday.

The two will form a joint venture, to be called HI Battery Europe, in which Hanseong will hold 51 per cent and Ilsan Cell 49 per cent. Construction near Debrecen is due to start next year, with the first batteries expected in 2029. The plant will employ about 2,500 people.

"Europe is our second home market, and we need batteries made close to our customers," said Hanseong's president and chief executive, Jang Min-seok, at a signing ceremony in Seoul. "Ilsan Cell has been our partner for a decade; this takes that partnership to a new level."

Ilsan Cell, a subsidiary of the industrial conglomerate Ilsan Group, already supplies cells for Hanseong's Aurum EV5 and Aurum EV7 models from a factory in Cheongju. Its chief executive, Yoon Seo-yeon, said the Hungarian plant would also make batteries for other carmakers. People familiar with the talks said Ilsan Cell was close to a supply deal with the German carmaker Rheinwerk Automobile, which declined to comment.

Separately, Hanseong said it had signed a deal to supply 40,000 electric vans over five years to the Spanish delivery company Mensajería Ágil, its largest fleet order in Europe. The vans, sold under the name Hanseong Cargo-E, will be built at Hanseong's plant in the Czech Republic.

The Hungarian government will provide about 180 billion forints in subsidies, Hungary's foreign minister, Gábor Vass, said in Budapest.

Hanseong reported last month that its operating profit fell 14 per cent in the third quarter as price competition intensified in China and Europe. Its shares rose 2.7 per cent in Seoul on Friday, while Ilsan Cell rose 4.1 per cent.

"Local battery supply is becoming a condition for staying competitive in Europe," said Choi Ji-ho, an analyst at Namsan Investment. "Hanseong is late, but this is the right move."

Hanseong's vice chairman, Park Tae-joon, a member of the founding family, is expected to lead the joint venture's board.
""",
  ents="C:Hanseong Motors=Hanseong; L:South Korea; C:Ilsan Cell; L:Hungary; C:HI Battery Europe; L:Debrecen;"
       "L:Europe; P:Jang Min-seok; L:Seoul; C:Ilsan Group; S:Aurum EV5; S:Aurum EV7; L:Cheongju; P:Yoon Seo-yeon;"
       "C:Rheinwerk Automobile; C:Mensajería Ágil; S:Hanseong Cargo-E; L:Czech Republic; P:Gábor Vass; L:Budapest;"
       "L:China; P:Choi Ji-ho; C:Namsan Investment; P:Park Tae-joon",
  roles="Jang Min-seok|president|Hanseong Motors|1; Jang Min-seok|ceo|Hanseong Motors|1; Yoon Seo-yeon|ceo|Ilsan Cell|1;"
        "Gábor Vass|minister|Hungary|1; Choi Ji-ho|analyst|Namsan Investment|1; Park Tae-joon|executive|Hanseong Motors|1",
  rels="Hanseong Motors>partner>Ilsan Cell; HI Battery Europe>parentOrganization>Hanseong Motors;"
       "HI Battery Europe>parentOrganization>Ilsan Cell; Ilsan Cell>parentOrganization>Ilsan Group;"
       "Aurum EV5>provider>Hanseong Motors; Aurum EV7>provider>Hanseong Motors; Hanseong Motors>partner>Mensajería Ágil;"
       "Hanseong Cargo-E>provider>Hanseong Motors",
  dates="Friday=2026-11-13; next year=2027; 2029=2029; last month=2026-10; the third quarter=2026-Q3",
  sector="carmakers", region="South Korea/Hungary", topics=["partnership", "leadership"])

A(69, "mallee-mart-bid-cfo-exit", "2026-11-17", "Mallee Mart rejects private equity bid as finance chief quits", """
Mallee Mart, the Australian discount supermarket chain, has rejected a A$3.1bn takeover bid from the private equity firm Coolabah Capital Partners, saying the offer "significantly undervalues" the company, on the same day that its chief financial officer resigned.

Coolabah offered A$4.25 a share in cash, a 27 per cent premium to Friday's closing price, in a proposal made on 6 November, Mallee said on Tuesday. The Adelaide-based chain said its board had "unanimously concluded" that the bid was not in shareholders' interests but that it remained open to "a proposal that reflects fair value".

Coolabah, which owns the hardware chain Ironbark Hardware and the pharmacy group Tonic Pharmacies, said it was "disappointed" and would consider its options. People familiar with the firm's thinking said it could return with a higher offer of about A$4.60 a share.

Mallee also said its finance chief, Rebecca Thornton, had resigned to join the department store group Harcourt & Lane as chief financial officer in March. The company's deputy CFO, Liam Nguyen, will act as interim finance chief while it searches for a permanent replacement.

"Rebecca leaves with our thanks, and the bid has no bearing on her decision," said Mallee's managing director and chief executive, Andrew Kowalski. "Our plan to double the number of stores in Western Australia and Queensland is working."

Mallee runs 410 stores and an online delivery service, Mallee Express, which it launched in 2023 in partnership with the delivery company Zoomr. It reported a 6.3 per cent rise in sales for the first quarter of its financial year last month.

The Australian Competition and Consumer Commission is investigating supermarket pricing, and analysts said any deal could face regulatory scrutiny. Mallee's chairman, Jennifer Barr, said the board had taken advice from the investment bank Rosella Advisory.

Mallee shares jumped 19 per cent to A$3.98 on Tuesday, below the offer price, suggesting investors doubt a deal will happen. "The board is playing hardball, which is its job," said Mitch O'Connell, an analyst at Boab Equities. "But Coolabah will need to pay more than A$4.50 to get a hearing."

The founding Mallee family, which owns 12 per cent of the shares, said it supported the board.
""",
  ents="C:Mallee Mart=Mallee; C:Coolabah Capital Partners=Coolabah; L:Adelaide; C:Ironbark Hardware;"
       "C:Tonic Pharmacies; P:Rebecca Thornton=Rebecca; C:Harcourt & Lane; P:Liam Nguyen; P:Andrew Kowalski;"
       "L:Western Australia; L:Queensland; S:Mallee Express; C:Zoomr; O:Australian Competition and Consumer Commission;"
       "P:Jennifer Barr; C:Rosella Advisory; P:Mitch O'Connell; C:Boab Equities",
  roles="Rebecca Thornton|cfo|Mallee Mart|0; Rebecca Thornton|cfo|Harcourt & Lane|1; Liam Nguyen|cfo|Mallee Mart|1;"
        "Liam Nguyen|executive|Mallee Mart|1; Andrew Kowalski|director|Mallee Mart|1; Andrew Kowalski|ceo|Mallee Mart|1;"
        "Jennifer Barr|chairman|Mallee Mart|1; Mitch O'Connell|analyst|Boab Equities|1",
  rels="Ironbark Hardware>parentOrganization>Coolabah Capital Partners;"
       "Tonic Pharmacies>parentOrganization>Coolabah Capital Partners; Mallee Express>provider>Mallee Mart;"
       "Mallee Mart>partner>Zoomr",
  dates="Friday=2026-11-13; 6 November=2026-11-06; Tuesday=2026-11-17; March=2027-03; 2023=2023; last month=2026-10",
  sector="retailers", region="Australia", topics=["acquisition", "leadership", "partnership"])

A(70, "jambo-telecom-fibre-cuts-data-outage", "2026-11-08", "Jambo Telecom data outage hits Kenya and Uganda after undersea cable cuts", """
Millions of mobile internet users in Kenya and Uganda suffered slow or no connections for much of Saturday after two undersea cables off the coast of east Africa were damaged, and the region's largest operator, Jambo Telecom, said it could take a week for full speeds to return.

Jambo said its customers began experiencing "degraded data services" at about 11.30am on Saturday, after faults on the Coral Link and Indian Ocean Express cables, which carry much of the region's internet traffic to Europe and Asia. Voice calls and text messages were not affected. The company's mobile money service, JamboPesa, worked intermittently because some of its systems rely on servers abroad.

By Sunday evening, Jambo said it had rerouted about 70 per cent of its traffic through a cable on the west coast and through satellite links leased from the operator Orbitrix. "Customers may still notice slower speeds during busy hours," said the company's chief technology officer, Otieno Wafula.

The Coral Link cable is owned by a consortium that includes Jambo, the South African operator Umzila Networks and the Indian conglomerate Sagar Industries. Its operator, Coral Link Ltd, said a repair ship would be sent from Cape Town but would not reach the site for at least five days. The cause of the damage was not known, although people familiar with the matter said a ship's anchor was the most likely explanation.

In Uganda, Jambo's subsidiary Jambo Uganda said business customers in Kampala had been worst affected. Banks including Nile Crest Bank reported that their online banking services were slow.

The Communications Authority of Kenya said it was monitoring the situation and urged operators to invest in more routes. Kenya's information minister, Grace Wambui, said the government would consider requiring operators to have backup connections.

Jambo, which is listed in Nairobi, is 40 per cent owned by the British group Thamesway Telecom, which has management control. Its chief executive, Esther Kamau, took over in July from Daniel Mwangi, who retired.

Rival operator Twiga Mobile said its own network was also slower than normal. "This shows how fragile the region's connections are," said Peter Ouma, a telecoms analyst at Rift Valley Capital. "Two cables damaged at once and the whole region slows down."
""",
  ents="L:Kenya; L:Uganda; C:Jambo Telecom=Jambo; L:east Africa; S:Coral Link; S:Indian Ocean Express; L:Europe; L:Asia; S:JamboPesa;"
       "C:Orbitrix; P:Otieno Wafula; C:Umzila Networks; C:Sagar Industries; C:Coral Link Ltd; L:Cape Town;"
       "C:Jambo Uganda; L:Kampala; C:Nile Crest Bank; O:Communications Authority of Kenya; P:Grace Wambui; L:Nairobi;"
       "C:Thamesway Telecom; P:Esther Kamau; P:Daniel Mwangi; C:Twiga Mobile; P:Peter Ouma; C:Rift Valley Capital",
  roles="Otieno Wafula|cto|Jambo Telecom|1; Grace Wambui|minister|Kenya|1; Esther Kamau|ceo|Jambo Telecom|1;"
        "Daniel Mwangi|ceo|Jambo Telecom|0; Peter Ouma|analyst|Rift Valley Capital|1",
  rels="JamboPesa>provider>Jambo Telecom; Jambo Telecom>partner>Orbitrix; Coral Link>provider>Coral Link Ltd;"
       "Jambo Uganda>parentOrganization>Jambo Telecom; Jambo Telecom>parentOrganization>Thamesway Telecom",
  outs=[O("Jambo Telecom", "2026-11-07", "2026-11-07T11:30", None, None, ["JamboPesa", "Jambo Uganda"],
          "Kenya and Uganda", "undersea cables damaged")],
  dates="Saturday=2026-11-07; 11.30am=2026-11-07T11:30; Sunday evening=2026-11-08; July=2026-07",
  sector="telecoms", region="Kenya/Uganda", topics=["outage", "leadership"])

A(71, "pinnacle-works-buys-kuusk-software", "2026-11-02", "American software group Pinnacle Works buys Estonia's Kuusk for $640m", """
Pinnacle Works, the Austin-based maker of software for accountants, has bought the Estonian invoicing start-up Kuusk for $640m, in one of the largest acquisitions of a Baltic technology company, the two firms said on Monday.

The deal, which closed last week, values Kuusk at about 16 times its annual revenue. Kuusk's invoicing app, Kuusk Invoice, is used by about 220,000 small businesses in the Nordic and Baltic countries and in Germany. It will keep its brand and its Tallinn headquarters, where it employs 310 people.

Kuusk was founded in 2016 by Kadri Tamm and Martin Lepp, who met while working at the Estonian bank Läänemere Pank. Tamm, the company's chief executive, will join Pinnacle as head of international. Lepp will remain chief technology officer of Kuusk, which becomes a wholly owned subsidiary of Pinnacle.

"Small businesses in Europe want the same tools as those in America, but built for their tax systems," said Pinnacle's chief executive, Gregory Walsh. "Kuusk has done that better than anyone."

Pinnacle said it would offer Kuusk Invoice to its own customers in Britain and Ireland next year, and integrate it with its accounting platform, Pinnacle Ledger. The group has been expanding in Europe since it bought the Dublin payroll company Clonmel Payroll in 2024.

Kuusk's investors, including the Helsinki venture firm Revontuli Ventures and the Stockholm fund Tornvik Growth, will receive cash. Revontuli led Kuusk's last funding round in 2023, which valued the company at $280m.

The deal is the latest sign of American interest in European software companies, whose valuations have fallen behind those of their American peers. People familiar with the process said two other bidders, including a London-based private equity firm, had made offers.

Pinnacle shares rose 0.8 per cent in New York. "Pinnacle is buying a good product at a full price, and the international expansion story needs one," said Sarah Lindqvist-Obi, an analyst at Harbourline Capital.

Kuusk also has a partnership with the Finnish bank Aurora Pankki, which offers Kuusk Invoice to its business customers. Both companies said that arrangement would continue.

Estonia's prime minister, Liis Kask, congratulated the founders, calling the sale "another Estonian success story".
""",
  ents="C:Pinnacle Works=Pinnacle; L:Austin; C:Kuusk; S:Kuusk Invoice; L:Germany; L:Tallinn; P:Kadri Tamm=Tamm;"
       "P:Martin Lepp=Lepp; C:Läänemere Pank; P:Gregory Walsh; L:Europe; L:America; L:Britain; L:Ireland;"
       "S:Pinnacle Ledger; L:Dublin; C:Clonmel Payroll; L:Helsinki; C:Revontuli Ventures=Revontuli; L:Stockholm;"
       "C:Tornvik Growth; L:London; L:New York; P:Sarah Lindqvist-Obi; C:Harbourline Capital; C:Aurora Pankki;"
       "L:Estonia; P:Liis Kask",
  roles="Kadri Tamm|cofounder|Kuusk|1; Kadri Tamm|ceo|Kuusk|1; Kadri Tamm|head|Pinnacle Works|1;"
        "Martin Lepp|cofounder|Kuusk|1; Martin Lepp|cto|Kuusk|1; Gregory Walsh|ceo|Pinnacle Works|1;"
        "Sarah Lindqvist-Obi|analyst|Harbourline Capital|1; Liis Kask|minister|Estonia|1",
  rels="Pinnacle Works>acquired>Kuusk; Kuusk>parentOrganization>Pinnacle Works; Kuusk Invoice>provider>Kuusk;"
       "Pinnacle Ledger>provider>Pinnacle Works; Pinnacle Works>acquired>Clonmel Payroll;"
       "Clonmel Payroll>parentOrganization>Pinnacle Works; Kuusk>partner>Aurora Pankki",
  dates="Monday=2026-11-02; 2016=2016; next year=2027; 2024=2024; 2023=2023",
  sector="cloud/SaaS", region="Estonia/US", topics=["acquisition", "leadership", "partnership"])

A(72, "yuanshan-chips-new-president", "2026-11-10", "Taiwan chipmaker Yuanshan names new president as AI demand lifts profit", """
Yuanshan Semiconductor Manufacturing, Taiwan's second-largest contract chipmaker, said on Tuesday that its president, Lin Chia-hao, would step down at the end of the year and be replaced by the head of its advanced packaging business, Hsu Mei-ling.

The announcement came as the Hsinchu-based company reported a 36 per cent rise in third-quarter net profit to NT$41.2bn, driven by demand for chips used in artificial intelligence servers. Revenue rose 22 per cent to NT$152bn, slightly above its own forecast.

Lin, 63, has been president since 2017 and will remain on the board as vice chairman. Hsu, 51, joined Yuanshan in 2003 from the equipment maker Kaohsiung Precision and built its packaging unit, which assembles and tests chips for customers including the American chip designer Arclight Semiconductor.

"Packaging is where much of the performance of an AI chip now comes from, and Mei-ling built that business," Lin said on a call with analysts. Yuanshan's chairman, Chang Wen-bin, said the board had approved the change unanimously.

Yuanshan is investing NT$300bn over three years, including a new factory in Kumamoto, Japan, that it is building in a joint venture with the Japanese electronics group Aomori Denki and the carmaker Sanuki Motors. The plant is due to begin production in 2028.

The company said capital spending this year would be at the top of its earlier range, and that it expected fourth-quarter revenue to grow by between 5 and 8 per cent from the third quarter as customers build up stocks of chips ahead of new product launches.

The company also said it had completed the acquisition of the Singapore test-equipment maker Merlion Test Systems, which it agreed to buy in May for $450m.

Arclight's chief executive, Daniel Moreau, said in a statement that Yuanshan had been "an exceptional partner" and that the companies had extended their supply agreement to 2030.

Yuanshan shares rose 1.9 per cent in Taipei, outperforming the benchmark index. "Hsu is an operator, and the market likes continuity," said Emily Chou, a semiconductor analyst at Tamsui Securities. "The bigger question is whether AI demand holds up through 2027."

Taiwan's export controls on advanced chip technology, tightened last year, did not affect the Kumamoto plant because it will make older-generation chips, the company said.
""",
  ents="C:Yuanshan Semiconductor Manufacturing=Yuanshan; L:Taiwan; P:Lin Chia-hao=Lin; P:Hsu Mei-ling=Hsu,Mei-ling;"
       "L:Hsinchu; C:Kaohsiung Precision; C:Arclight Semiconductor=Arclight; L:Kumamoto; L:Japan; C:Aomori Denki;"
       "C:Sanuki Motors; C:Merlion Test Systems; L:Singapore; P:Daniel Moreau; L:Taipei; P:Chang Wen-bin; P:Emily Chou;"
       "C:Tamsui Securities",
  roles="Lin Chia-hao|president|Yuanshan Semiconductor Manufacturing|1;"
        "Lin Chia-hao|executive|Yuanshan Semiconductor Manufacturing|1;"
        "Hsu Mei-ling|president|Yuanshan Semiconductor Manufacturing|1;"
        "Hsu Mei-ling|head|Yuanshan Semiconductor Manufacturing|1;"
        "Chang Wen-bin|chairman|Yuanshan Semiconductor Manufacturing|1; Daniel Moreau|ceo|Arclight Semiconductor|1;"
        "Emily Chou|analyst|Tamsui Securities|1",
  rels="Arclight Semiconductor>partner>Yuanshan Semiconductor Manufacturing;"
       "Yuanshan Semiconductor Manufacturing>partner>Aomori Denki; Yuanshan Semiconductor Manufacturing>partner>Sanuki Motors;"
       "Yuanshan Semiconductor Manufacturing>acquired>Merlion Test Systems;"
       "Merlion Test Systems>parentOrganization>Yuanshan Semiconductor Manufacturing",
  dates="Tuesday=2026-11-10; the end of the year=2026; third-quarter=2026-Q3; 2017=2017; 2003=2003; 2028=2028;"
        "May=2026-05; 2030=2030; 2027=2027; last year=2025; this year=2026; fourth-quarter=2026-Q4; the third quarter=2026-Q3",
  sector="chips", region="Taiwan", topics=["leadership", "earnings", "acquisition", "partnership"])

A(73, "kitsunenet-outage-launch-weekend", "2026-11-23", "KitsuneNet outage spoils launch of Tenkai's new racing game", """
The online network behind Kitsune Interactive's game consoles suffered its longest outage in three years over the weekend, locking millions of players out of multiplayer games and stalling the launch of the racing game Velocity Drift.

KitsuneNet, which connects the company's Kitsune Sora and Kitsune Sora Mini consoles, went down at about 8pm Japan time on Saturday. Players in Japan, Europe and North America could not sign in, download games or play online until 6.30am on Sunday, according to the service's status page, which at first reported only "degraded performance" before listing all services as unavailable.

Kitsune Interactive, a division of the Osaka electronics group Kitsune Holdings, said on Monday that the outage had been caused by a failure in an authentication system during a planned update. "We deeply apologise for the inconvenience," the company said in a statement, and promised every KitsuneNet Plus subscriber five free days.

The timing was painful for Tenkai Studios, the Tokyo developer whose Velocity Drift went on sale on Friday. Tenkai, which is 80 per cent owned by the publisher Ginga Entertainment, said more than 400,000 players had been unable to start the game's online mode. "We were watching our best launch weekend turn into our worst," said Tenkai's co-founder and chief creative officer, Ayumi Kuroda.

Ginga's chief executive, Shinji Okabe, said the company would discuss the impact with Kitsune. Ginga shares fell 3.2 per cent in Tokyo on Monday, while Kitsune Holdings fell 0.9 per cent.

It was the second disruption to KitsuneNet this month. On 4 November a shorter outage of about 45 minutes affected players in Europe, which the company blamed on a fault at a data centre in Amsterdam run by its hosting partner, Polder Datacenters.

Kitsune's console business has been growing thanks to the Sora Mini, a cheaper handheld version launched last year, and the company raised its full-year sales forecast in October. But analysts said repeated network problems could hurt subscriptions to KitsuneNet Plus, which costs 800 yen a month.

"Console players expect the network to be as reliable as electricity," said Takumi Arai, an analyst at Shinbashi Research. "Two outages in a month, one on a launch weekend, will not be forgotten quickly."
""",
  ents="C:Kitsune Interactive=Kitsune; S:Velocity Drift; S:KitsuneNet; S:Kitsune Sora; S:Kitsune Sora Mini=Sora Mini;"
       "L:Japan; L:Europe; L:North America; L:Osaka; C:Kitsune Holdings; S:KitsuneNet Plus; C:Tenkai Studios=Tenkai;"
       "L:Tokyo; C:Ginga Entertainment=Ginga; P:Ayumi Kuroda; P:Shinji Okabe; L:Amsterdam; C:Polder Datacenters;"
       "P:Takumi Arai; C:Shinbashi Research",
  roles="Ayumi Kuroda|cofounder|Tenkai Studios|1; Ayumi Kuroda|executive|Tenkai Studios|1;"
        "Shinji Okabe|ceo|Ginga Entertainment|1; Takumi Arai|analyst|Shinbashi Research|1",
  rels="KitsuneNet>provider>Kitsune Interactive; Kitsune Sora>provider>Kitsune Interactive;"
       "Kitsune Sora Mini>provider>Kitsune Interactive; Kitsune Interactive>parentOrganization>Kitsune Holdings;"
       "KitsuneNet Plus>provider>Kitsune Interactive; Velocity Drift>provider>Tenkai Studios;"
       "Tenkai Studios>parentOrganization>Ginga Entertainment; Kitsune Interactive>partner>Polder Datacenters",
  outs=[O("Kitsune Interactive", "2026-11-21", "2026-11-21T20:00", "2026-11-22T06:30", 10.5, ["KitsuneNet", "Velocity Drift"],
          None, "failure in an authentication system"),
        O("Polder Datacenters", "2026-11-04", None, None, 0.75, ["KitsuneNet"], "Amsterdam", "fault at a data centre")],
  dates="8pm=2026-11-21T20:00; Saturday=2026-11-21; 6.30am=2026-11-22T06:30; Sunday=2026-11-22; Monday=2026-11-23;"
        "Friday=2026-11-20; this month=2026-11; 4 November=2026-11-04; last year=2025; October=2026-10",
  sector="games", region="Japan", topics=["outage", "partnership"])

A(74, "chakrapay-upi-outage-diwali", "2026-11-09", "ChakraPay users stranded as payments app fails during festival shopping", """
Millions of users of ChakraPay, one of India's most popular mobile payment apps, were unable to send money for nearly four hours on Sunday as festival shopping peaked, after what its owner described as a "capacity issue" at a partner bank.

Chakra Payments, the Bengaluru company that runs the app, said transactions began failing at about 12.15pm and that normal service resumed at 4pm. During the outage, about 70 per cent of payments through the app failed or were delayed, according to data published by the National Payments Corporation of India, which operates the country's instant payment network.

On Monday, Chakra said the failures had been caused by a surge in traffic that overwhelmed the systems of Vindhya Bank, one of the banks that processes ChakraPay transactions. Vindhya Bank, a mid-sized private lender based in Indore, said in a statement that its servers had "experienced degraded performance due to unprecedented volumes" and that it had added capacity.

"We are sorry that our customers were let down on one of the busiest days of the year," said Chakra's co-founder and chief executive, Aditya Kulkarni. "We are adding two more partner banks so that no single bank can hold us back." He said the company was in talks with the state-owned Bharat Union Bank, among others.

ChakraPay has about 140 million monthly users, and handles around 12 per cent of instant payments in India, behind the leaders. Chakra, which is backed by the Japanese investment group Hoshizora Capital, also runs a lending service, Chakra Credit, and a shopping app, ChakraMart.

The Reserve Bank of India has been pushing payment apps to spread their traffic across more banks after a series of outages. Last month it fined another app's partner bank 20 million rupees for repeated failures.

Vindhya Bank's chief executive, Suresh Agarwal, said the bank had processed 42 million transactions on Sunday, three times its normal daily volume. Vindhya's shares fell 2.4 per cent in Mumbai on Monday.

Small merchants said the outage had cost them sales. "People walked away when the payment did not go through," said a sweet shop owner in Pune.

"Concentration on a few banks is the weak point of the whole system," said Ritu Saxena, a fintech analyst at Malabar Research. "Outages like this will keep happening until apps are forced to spread their load."
""",
  ents="S:ChakraPay; L:India; C:Chakra Payments=Chakra; L:Bengaluru; O:National Payments Corporation of India;"
       "C:Vindhya Bank=Vindhya; L:Indore; P:Aditya Kulkarni; C:Bharat Union Bank; C:Hoshizora Capital; S:Chakra Credit;"
       "S:ChakraMart; O:Reserve Bank of India; P:Suresh Agarwal; L:Mumbai; L:Pune; P:Ritu Saxena; C:Malabar Research",
  roles="Aditya Kulkarni|cofounder|Chakra Payments|1; Aditya Kulkarni|ceo|Chakra Payments|1;"
        "Suresh Agarwal|ceo|Vindhya Bank|1; Ritu Saxena|analyst|Malabar Research|1",
  rels="ChakraPay>provider>Chakra Payments; Chakra Payments>partner>Vindhya Bank; Chakra Credit>provider>Chakra Payments;"
       "ChakraMart>provider>Chakra Payments",
  outs=[O("Vindhya Bank", "2026-11-08", "2026-11-08T12:15", "2026-11-08T16:00", 3.75, ["ChakraPay"], None,
          "surge in traffic")],
  dates="Sunday=2026-11-08; 12.15pm=2026-11-08T12:15; 4pm=2026-11-08T16:00; Monday=2026-11-09; Last month=2026-10",
  sector="payments", region="India", topics=["outage", "partnership", "leadership"])

A(75, "halcrest-energy-completes-brook-power", "2026-11-20", "Halcrest Energy completes takeover of Brook Power and names new boss", """
Halcrest Energy has completed its takeover of the smaller supplier Brook Power, adding 900,000 households to its customer base, and named the architect of the deal as its next chief executive, the British energy company said on Friday.

The £410m acquisition, agreed in June, was cleared by the Competition and Markets Authority last month after Halcrest agreed to sell 80,000 business customer accounts to the rival supplier Keelwater Energy. Brook Power's customers will be moved onto Halcrest's billing system over the next 18 months, and the Brook brand will be retired in 2028.

Halcrest also said that its chief strategy officer, Naomi Pryce, would succeed Gordon Lomax as chief executive in April. Lomax, 64, who has led the company since 2015, announced in the summer that he planned to retire. Pryce, 44, led the negotiations with Brook and previously worked at the water company Severnside Water, where she was head of customer operations.

"Brook gives us scale, and Naomi gives us the next decade," Lomax said. "I could not be leaving the company in better hands."

Halcrest, which is owned by the Spanish utility Eléctrica del Norte, now supplies gas and electricity to 4.1 million homes in Britain. Eléctrica del Norte's chairman, Ignacio Ruiz de Azúa, said the group would keep investing in the UK "despite a difficult regulatory climate".

The deal comes after a difficult year for Halcrest's customers. In February its customer app, Halcrest Home, and its website were unavailable for two days after a failed update to its billing platform, which is supplied by the software company Meterline. The energy regulator Ofgem opened an investigation into Halcrest's customer service in May, which is continuing.

Brook Power's founder, Toby Wainwright, who set up the business in 2010 from a farm in Herefordshire, will leave the company. "It's time for the next chapter," he said.

Consumer groups warned that Brook's customers, who have some of the highest satisfaction scores in the industry, could see service get worse. "Halcrest needs to show it can look after the customers it already has," said Aisha Rahman of the campaign group Energy Fairness.

The energy price cap, set by Ofgem, will rise by 2 per cent from January.
""",
  ents="C:Halcrest Energy=Halcrest; C:Brook Power=Brook; O:Competition and Markets Authority; C:Keelwater Energy;"
       "P:Naomi Pryce=Pryce,Naomi; P:Gordon Lomax=Lomax; C:Severnside Water; C:Eléctrica del Norte; L:Britain;"
       "P:Ignacio Ruiz de Azúa; L:UK; S:Halcrest Home; C:Meterline; O:Ofgem; P:Toby Wainwright; L:Herefordshire;"
       "P:Aisha Rahman; O:Energy Fairness",
  roles="Naomi Pryce|executive|Halcrest Energy|1; Naomi Pryce|ceo|Halcrest Energy|1; Naomi Pryce|head|Severnside Water|0;"
        "Gordon Lomax|ceo|Halcrest Energy|1; Ignacio Ruiz de Azúa|chairman|Eléctrica del Norte|1;"
        "Toby Wainwright|founder|Brook Power|1",
  rels="Halcrest Energy>acquired>Brook Power; Brook Power>parentOrganization>Halcrest Energy;"
       "Halcrest Energy>parentOrganization>Eléctrica del Norte; Halcrest Home>provider>Halcrest Energy;"
       "Halcrest Energy>partner>Meterline",
  outs=[O("Halcrest Energy", "2026-02", None, None, 48, ["Halcrest Home"], None, "failed update to its billing platform")],
  dates="Friday=2026-11-20; June=2026-06; last month=2026-10; 2028=2028; April=2027-04; 2015=2015; the summer=2026;"
        "February=2026-02; May=2026-05; 2010=2010; January=2027-01",
  sector="energy", region="UK", topics=["acquisition", "leadership", "outage", "partnership"])

A(76, "rheinblick-media-streaming-jv", "2026-11-16", "German broadcasters Rheinblick and Nordwelle join forces in streaming", """
The German broadcaster Rheinblick Media and the Hamburg-based Nordwelle Gruppe are combining their streaming services in a joint venture aimed at competing with American giants, the companies said on Monday.

The new company, which will be owned equally by the two groups, will merge Rheinblick's service RB Play and Nordwelle's Welle+ into a single platform next autumn. Together the two services have about 9 million paying subscribers in Germany, Austria and Switzerland. The venture will be based in Cologne and led by Nordwelle's head of streaming, Friederike Hansen, who will become its chief executive.

"On our own we are too small to pay for the films, series and sport that viewers want," said Rheinblick's chief executive, Oliver Brandt. "Together we can be the home-grown alternative."

The deal needs approval from the Federal Cartel Office, which blocked an earlier attempt by German broadcasters to create a joint platform in 2011. People familiar with the talks said the companies had held informal discussions with the regulator over the summer.

Rheinblick, which is controlled by the Luxembourg media group Vantage Média Europe, also owns the production company Domfilm, which makes several of the country's most-watched crime series. Nordwelle is a subsidiary of the publishing group Hanseatische Verlagsgruppe.

Nordwelle's chief executive, Claus Petersen, said the joint venture would spend about 600 million euros a year on programmes. He said it would also keep the partnership Welle+ signed last year with the telecoms operator Teltower Netz, which bundles the service with its broadband packages.

The announcement follows a difficult period for RB Play, whose app crashed for about three hours on 3 October during a football qualifier. Rheinblick blamed a failure at the content delivery network company Edgewise, which it has since replaced.

Rheinblick will also pay Nordwelle 45 million euros, reflecting the larger number of Welle+ subscribers, the companies said.

Shares in Vantage rose 4.3 per cent in Paris. "This is a defensive move, but a sensible one," said Johanna Krüger, an analyst at Alster Research. "The question is whether a merged platform can keep viewers who today subscribe to both."

Rheinblick's chief financial officer, Sven Albrecht, will become chairman of the joint venture's supervisory board.
""",
  ents="C:Rheinblick Media=Rheinblick; C:Nordwelle Gruppe=Nordwelle; S:RB Play; S:Welle+; L:Germany; L:Austria;"
       "L:Switzerland; L:Cologne; P:Friederike Hansen; P:Oliver Brandt; O:Federal Cartel Office; C:Vantage Média Europe=Vantage; L:Luxembourg;"
       "C:Domfilm; C:Hanseatische Verlagsgruppe; P:Claus Petersen; C:Teltower Netz; C:Edgewise; L:Paris; P:Johanna Krüger;"
       "C:Alster Research; P:Sven Albrecht; L:Hamburg",
  roles="Friederike Hansen|head|Nordwelle Gruppe|1; Oliver Brandt|ceo|Rheinblick Media|1; Claus Petersen|ceo|Nordwelle Gruppe|1;"
        "Johanna Krüger|analyst|Alster Research|1; Sven Albrecht|cfo|Rheinblick Media|1",
  rels="Rheinblick Media>partner>Nordwelle Gruppe; RB Play>provider>Rheinblick Media; Welle+>provider>Nordwelle Gruppe;"
       "Rheinblick Media>parentOrganization>Vantage Média Europe; Domfilm>parentOrganization>Rheinblick Media;"
       "Nordwelle Gruppe>parentOrganization>Hanseatische Verlagsgruppe; Nordwelle Gruppe>partner>Teltower Netz;"
       "Rheinblick Media>partner>Edgewise",
  outs=[O("Edgewise", "2026-10-03", None, None, 3, ["RB Play"], None, None)],
  dates="Monday=2026-11-16; next autumn=2027; 2011=2011; the summer=2026; last year=2025; 3 October=2026-10-03",
  sector="media/streaming", region="Germany", topics=["partnership", "leadership", "outage"])

A(77, "minato-railway-ticket-gates-fail", "2026-11-30", "Ticket gate failure causes chaos at Minato Railway stations", """
Ticket gates at more than 200 stations on the Minato Kosoku Railway network in and around Yokohama stopped reading commuters' smart cards for about two and a half hours on Monday morning, causing long queues during the rush hour.

The operator said the problem started at 5.40am, when its fare system stopped accepting the company's own Minato Pass cards as well as other transport cards. Staff opened the gates to let passengers through free of charge until the system was restored at 8.10am. The railway estimated that about 600,000 journeys had been affected.

Minato Kosoku said later on Monday that the fare system, which is provided by the electronics company Tsurumi Systems, had failed after a data update was sent to gates overnight with an error in it. "We will work with Tsurumi to make sure that such an update cannot be sent again without checks," said the railway's president, Kazuo Ishikawa, at a news conference, bowing in apology.

Tsurumi, a subsidiary of the industrial group Sagami Heavy Industries, said it had identified the cause and that the faulty data had come from a new server installed last week. It supplies ticketing systems to more than a dozen Japanese railways, including Hokuriku Kotsu, which said its own gates had not been affected.

The outage also hit the railway's mobile app, Minato Navi, which was unable to show fares or top up cards until about 9am.

Minato Kosoku, which carries 2.2 million passengers a day, is part of the Minato group, whose holding company, Minato Holdings, also runs department stores and hotels. Minato Holdings' shares fell 0.8 per cent in Tokyo.

The transport ministry said it had asked the railway for a report. It was the second problem with Minato's fare system this year; in June, a software fault caused gates at 40 stations to fail for about an hour on a Saturday afternoon.

"This is a reminder that the railway's IT now matters as much as its trains," said Yoko Matsuda, a transport analyst at Kannai Securities. "Most passengers would not even know who makes the gates, but they know who to blame."

The railway said passengers who paid fares twice would be refunded.
""",
  ents="C:Minato Kosoku Railway=Minato Kosoku; L:Yokohama; S:Minato Pass; C:Tsurumi Systems=Tsurumi; P:Kazuo Ishikawa;"
       "C:Sagami Heavy Industries; C:Hokuriku Kotsu; S:Minato Navi; C:Minato Holdings; L:Tokyo; P:Yoko Matsuda;"
       "C:Kannai Securities",
  roles="Kazuo Ishikawa|president|Minato Kosoku Railway|1; Yoko Matsuda|analyst|Kannai Securities|1",
  rels="Minato Pass>provider>Minato Kosoku Railway; Minato Kosoku Railway>partner>Tsurumi Systems;"
       "Tsurumi Systems>parentOrganization>Sagami Heavy Industries; Tsurumi Systems>partner>Hokuriku Kotsu;"
       "Minato Navi>provider>Minato Kosoku Railway; Minato Kosoku Railway>parentOrganization>Minato Holdings",
  outs=[O("Minato Kosoku Railway", "2026-11-30", "2026-11-30T05:40", "2026-11-30T08:10", 2.5, ["Minato Pass", "Minato Navi"],
          "Yokohama", "data update with an error"),
        O("Minato Kosoku Railway", "2026-06", None, None, 1, [], None, "software fault")],
  dates="Monday morning=2026-11-30; 5.40am=2026-11-30T05:40; 8.10am=2026-11-30T08:10; Monday=2026-11-30;"
        "9am=2026-11-30T09:00; this year=2026; June=2026-06",
  sector="rail", region="Japan", topics=["outage", "partnership"])
