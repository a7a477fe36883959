# Articles nt-01 .. nt-13 (all names invented). A and O come from articles.py.

A(1, "harlow-mutual-app-card-outage", "2026-11-25", "Harlow Mutual apologises after app and card outage", """
Customers of Harlow Mutual were unable to log in to its mobile app or pay by card for nearly six hours on Tuesday after a software update went wrong, the building society said.

The problems began at about 7am and were fixed by 12.50pm, according to Harlow, which has 4.2 million members across England and Wales. Shoppers in Leeds and Bristol reported card payments being declined at supermarket tills, while the Harlow Mobile app showed only an error message.

"We are very sorry. A software update to our payments platform did not behave as expected, and we rolled it back as quickly as we could," said Harlow Mutual chief executive Fiona Ashcroft. "Nobody will be out of pocket."

Ashcroft, who has led the society since 2021, is due to appear before MPs on the Treasury Committee next month to discuss IT resilience at mid-sized lenders.

The Financial Conduct Authority said it was in contact with the firm. It is the second serious disruption at Harlow this year: in March, its online banking site was unavailable for a morning after a fault at its data centre in Swindon.

Analysts at Pellham Securities said the episode would add pressure on the board to finish a planned £180m overhaul of its core banking systems, which is being carried out with the Indian technology group Sarvan Infotech.

"Members are losing patience," said Ruth Okonjo, a banking analyst at Pellham.
""",
  ents="C:Harlow Mutual=Harlow; S:Harlow Mobile; L:England; L:Wales; L:Leeds; L:Bristol; P:Fiona Ashcroft=Ashcroft;"
       "O:Treasury Committee; O:Financial Conduct Authority; L:Swindon; C:Pellham Securities=Pellham;"
       "C:Sarvan Infotech; P:Ruth Okonjo",
  roles="Fiona Ashcroft|ceo|Harlow Mutual|1; Ruth Okonjo|analyst|Pellham Securities|1",
  rels="Harlow Mobile>provider>Harlow Mutual; Harlow Mutual>partner>Sarvan Infotech",
  outs=[O("Harlow Mutual", "2026-11-24", "2026-11-24T07:00", "2026-11-24T12:50", 5.83, ["Harlow Mobile"], None,
          "software update"),
        O("Harlow Mutual", "2026-03", None, None, None, [], "Swindon", "fault at its data centre")],
  dates="Tuesday=2026-11-24; 7am=2026-11-24T07:00; 12.50pm=2026-11-24T12:50; 2021=2021; next month=2026-12;"
        "this year=2026; March=2026-03",
  sector="banks", region="UK", topics=["outage", "leadership"])

A(2, "rheinstern-checkin-supplier-failure", "2026-11-30", "Rheinstern cancels 140 flights as supplier's check-in system fails", """
Rheinstern, Germany's third-largest airline, cancelled 140 flights on Sunday after the check-in and boarding system it buys from the software supplier Avantec Aviation Systems failed for most of the day.

Passengers at Frankfurt and Munich airports queued for hours as staff wrote boarding passes by hand. The failure began at around 5.30am local time and the system was fully restored at 4pm, Avantec said, blaming a faulty configuration change made during overnight maintenance at its data centre near Hamburg.

"This was not a cyber attack," said Avantec's managing director, Jörg Ellerbrock. "A change to our network settings was applied incorrectly and we should have caught it."

Rheinstern's chief operating officer, Katrin Lübbe, said the airline would seek compensation from its supplier. Avantec's GateLine software is used by about 30 carriers in Europe, including the Austrian airline Alpenjet, which reported delays in Vienna but no cancellations.

Rheinstern, which is majority-owned by the Hamburg-based Hollmann Group, carried 19 million passengers last year. Its shares fell 3.1 per cent in Frankfurt on Monday morning.

The disruption comes weeks after Rheinstern named Matthias Berger, a former finance chief of Alpenjet, as its chief financial officer from January.
""",
  ents="C:Rheinstern; L:Germany; C:Avantec Aviation Systems=Avantec; L:Frankfurt; L:Munich; L:Hamburg;"
       "P:Jörg Ellerbrock; P:Katrin Lübbe; S:GateLine; L:Europe; C:Alpenjet; L:Vienna; C:Hollmann Group;"
       "P:Matthias Berger",
  roles="Jörg Ellerbrock|director|Avantec Aviation Systems|1; Katrin Lübbe|coo|Rheinstern|1;"
        "Matthias Berger|cfo|Alpenjet|0; Matthias Berger|cfo|Rheinstern|1",
  rels="GateLine>provider>Avantec Aviation Systems; Rheinstern>partner>Avantec Aviation Systems;"
       "Alpenjet>partner>Avantec Aviation Systems; Rheinstern>parentOrganization>Hollmann Group",
  outs=[O("Avantec Aviation Systems", "2026-11-29", "2026-11-29T05:30", "2026-11-29T16:00", 10.5,
          ["GateLine", "Rheinstern", "Alpenjet"], "Frankfurt and Munich", "faulty configuration change")],
  dates="Sunday=2026-11-29; 5.30am=2026-11-29T05:30; 4pm=2026-11-29T16:00; last year=2025;"
        "Monday morning=2026-11-30; January=2027-01",
  sector="airlines", region="Germany", topics=["outage", "leadership", "partnership"])

A(3, "tsubaki-motor-new-ceo", "2026-11-27", "Tsubaki Motor names new chief executive as EV push falters", """
Tsubaki Motor Corporation said on Friday that Haruto Kanda, head of its North American business, will become chief executive of the carmaker in April, replacing Kenji Morimoto, who has run the company since 2019.

Morimoto, 66, will become chairman, succeeding Akiko Sera, who is retiring after nine years in the role.

The change comes as Japan's fourth-largest carmaker struggles to sell its battery-electric Tsubaki Aero hatchback in Europe and China, where cheaper models from rivals such as Jiangling Star Auto have taken market share. Tsubaki cut its full-year operating profit forecast by 18 per cent to 410 billion yen in October.

Kanda, 54, joined Tsubaki in 1995 as an engineer and led the development of the Tsubaki Ridge pickup before moving to the company's US headquarters in Nashville, Tennessee, in 2020.

"Haruto understands both the factory floor and the customer," Morimoto told a news conference in Nagoya. "The next three years will decide whether we remain a global company."

Shares in Tsubaki rose 2.4 per cent in Tokyo. Analysts at Marunouchi Capital said the choice signalled continuity rather than a break with Morimoto's strategy, which includes a battery partnership with the Korean cell maker Daeyang Energy Solutions.

Tsubaki also said its chief financial officer, Yusuke Ono, would take on the additional role of chief operating officer.
""",
  ents="C:Tsubaki Motor Corporation=Tsubaki; P:Haruto Kanda=Kanda,Haruto; P:Kenji Morimoto=Morimoto; P:Akiko Sera;"
       "L:Japan; S:Tsubaki Aero; L:Europe; L:China; C:Jiangling Star Auto; S:Tsubaki Ridge; L:US; L:Nashville;"
       "L:Tennessee; L:Nagoya; L:Tokyo; C:Marunouchi Capital; C:Daeyang Energy Solutions; P:Yusuke Ono",
  roles="Haruto Kanda|ceo|Tsubaki Motor Corporation|1; Haruto Kanda|head|Tsubaki Motor Corporation|1;"
        "Kenji Morimoto|ceo|Tsubaki Motor Corporation|1; Kenji Morimoto|chairman|Tsubaki Motor Corporation|1;"
        "Akiko Sera|chairman|Tsubaki Motor Corporation|1; Yusuke Ono|cfo|Tsubaki Motor Corporation|1;"
        "Yusuke Ono|coo|Tsubaki Motor Corporation|1",
  rels="Tsubaki Aero>provider>Tsubaki Motor Corporation; Tsubaki Ridge>provider>Tsubaki Motor Corporation;"
       "Tsubaki Motor Corporation>partner>Daeyang Energy Solutions",
  dates="Friday=2026-11-27; April=2027-04; 2019=2019; October=2026-10; 1995=1995; 2020=2020",
  sector="carmakers", region="Japan", topics=["leadership", "partnership"])

A(4, "sunfield-foods-new-cfo", "2026-11-26", "Sunfield Foods poaches discounter's finance chief", """
Sunfield Foods plc, the UK's fifth-largest supermarket chain, has appointed Daniel Mercer as its chief financial officer, luring him from the discount grocer Pricewell.

Mercer, 47, will join Sunfield in February and replace Alison Kerr, who announced in July that she would step down after eight years as finance director. He has been Pricewell's CFO since 2022 and previously worked at the drinks group Castleford Brands.

The appointment is the first big hire by Sunfield's new chief executive, Omar Haddad, who took over from the former boss Graham Pike in September. Pike left after shareholders led by the investment firm Aldgate Partners criticised the chain's slow response to discounters.

"Daniel knows how to run a tight ship on costs, and that is exactly what our customers need from us," Haddad said.

Sunfield, which runs 640 stores and an online delivery service, Sunfield Direct, reported a 4 per cent rise in like-for-like sales in the 12 weeks to 8 November. Its shares rose 1.2p to 241p in London on Thursday.

Pricewell said its deputy finance director, Nisha Patel, would become interim CFO. The discounter is owned by the Dutch retail group Van Doorn Holding.
""",
  ents="C:Sunfield Foods plc=Sunfield; L:UK; P:Daniel Mercer=Mercer,Daniel; C:Pricewell; P:Alison Kerr;"
       "C:Castleford Brands; P:Omar Haddad=Haddad; P:Graham Pike=Pike; C:Aldgate Partners; S:Sunfield Direct;"
       "L:London; P:Nisha Patel; C:Van Doorn Holding",
  roles="Daniel Mercer|cfo|Sunfield Foods plc|1; Daniel Mercer|cfo|Pricewell|1; Alison Kerr|cfo|Sunfield Foods plc|1;"
        "Omar Haddad|ceo|Sunfield Foods plc|1; Graham Pike|ceo|Sunfield Foods plc|0; Nisha Patel|cfo|Pricewell|1;"
        "Nisha Patel|executive|Pricewell|1",
  rels="Sunfield Direct>provider>Sunfield Foods plc; Pricewell>parentOrganization>Van Doorn Holding",
  dates="February=2027-02; July=2026-07; 2022=2022; September=2026-09; 8 November=2026-11-08; Thursday=2026-11-26",
  sector="supermarkets", region="UK", topics=["leadership"])

A(5, "lagoon-mobile-nigeria-outage", "2026-11-20", "Lagoon Mobile restores service after nationwide outage", """
Millions of Lagoon Mobile subscribers in Nigeria lost calls and data for more than nine hours on Thursday after a power failure at the operator's main switching centre in Lagos, the company said.

The outage began shortly after 10am and most services were back by 7.30pm, Lagoon said in a statement. Customers of its LagoonPay mobile money service were unable to send or receive transfers, and several banks, including Eko Trust Bank, reported failed transactions by customers who bank by text message.

Lagoon Mobile, a subsidiary of the South African telecoms group Umoya Communications, is Nigeria's second-largest network with about 71 million lines.

"A fault in the backup generators at our Lekki facility meant that when grid power dropped, the switch went down with it," said Chinedu Okafor, Lagoon's chief technical officer. "We have commissioned an independent review."

The industry regulator, the National Telecoms Authority, said it would investigate whether the operator had breached its licence conditions.

Umoya's chief executive, Thandiwe Mokoena, apologised to customers in a video message and said affected users would receive free data bundles worth 500 naira.

Rival operator Savanna Telecom said its own network had carried record traffic on Thursday as customers switched to its SIM cards.
""",
  ents="C:Lagoon Mobile=Lagoon; L:Nigeria; L:Lagos; S:LagoonPay; C:Eko Trust Bank; C:Umoya Communications=Umoya;"
       "L:Lekki; P:Chinedu Okafor; O:National Telecoms Authority; P:Thandiwe Mokoena; C:Savanna Telecom",
  roles="Chinedu Okafor|cto|Lagoon Mobile|1; Thandiwe Mokoena|ceo|Umoya Communications|1",
  rels="LagoonPay>provider>Lagoon Mobile; Lagoon Mobile>parentOrganization>Umoya Communications",
  outs=[O("Lagoon Mobile", "2026-11-19", "2026-11-19T10:00", "2026-11-19T19:30", 9.5, ["LagoonPay", "Eko Trust Bank"],
          "Lagos", "power failure")],
  dates="Thursday=2026-11-19; 10am=2026-11-19T10:00; 7.30pm=2026-11-19T19:30",
  sector="telecoms", region="Nigeria", topics=["outage"])

A(6, "nimbara-cloud-dublin-outage", "2026-11-18", "Nimbara Cloud outage in Dublin region knocks out apps across Europe", """
A configuration change at Nimbara Cloud took down dozens of websites and apps across Europe on Tuesday, including those of the Irish food delivery company Dishly and the accounting software Tallybook.

Nimbara, the cloud computing arm of the US software group Corvane, said the problem hit its eu-west-1 region in Dublin from 13:05 until 16:40 GMT. Its Nimbara Compute virtual servers and Nimbara Storage service returned errors for about three and a half hours, the company said on its status page.

"A change to network routing intended to increase capacity was deployed to the Dublin region and caused a loss of connectivity," Nimbara said. "We rolled back the change and are reviewing our deployment safeguards."

Dishly's founder and chief executive, Aoife Brennan, said orders had dropped by 80 per cent during the outage. Tallybook, which is owned by the Edinburgh-based Ledgerline Group, said users could not send invoices.

The incident was the second at Nimbara in a month. On 29 October, a power failure at a data centre in Frankfurt disrupted its database service, Nimbara Base, for two hours.

Nimbara is the third-largest cloud provider in Europe behind two larger American rivals. Corvane shares fell 1.4 per cent in early trading in New York.
""",
  ents="C:Nimbara Cloud=Nimbara; L:Europe; C:Dishly; S:Tallybook; C:Corvane; L:US; L:eu-west-1; L:Dublin;"
       "S:Nimbara Compute; S:Nimbara Storage; P:Aoife Brennan; C:Ledgerline Group; L:Edinburgh; L:Frankfurt;"
       "S:Nimbara Base; L:New York",
  roles="Aoife Brennan|founder|Dishly|1; Aoife Brennan|ceo|Dishly|1",
  rels="Nimbara Cloud>parentOrganization>Corvane; Nimbara Compute>provider>Nimbara Cloud;"
       "Nimbara Storage>provider>Nimbara Cloud; Nimbara Base>provider>Nimbara Cloud; Tallybook>provider>Ledgerline Group",
  outs=[O("Nimbara Cloud", "2026-11-17", "2026-11-17T13:05", "2026-11-17T16:40", 3.58,
          ["Nimbara Compute", "Nimbara Storage", "Dishly", "Tallybook"], "eu-west-1, Dublin", "configuration change"),
        O("Nimbara Cloud", "2026-10-29", None, None, 2, ["Nimbara Base"], "Frankfurt", "power failure at a data centre")],
  dates="Tuesday=2026-11-17; 13:05=2026-11-17T13:05; 16:40 GMT=2026-11-17T16:40; 29 October=2026-10-29",
  sector="cloud", region="Ireland", topics=["outage"])

A(7, "brightgate-to-buy-lumio", "2026-11-16", "Brightgate to buy retail data start-up Lumio for $2.1bn", """
Brightgate Software has agreed to acquire Lumio Analytics, a San Francisco start-up whose tools help retailers forecast demand, for $2.1bn in cash, the companies said on Monday.

The deal, Brightgate's largest since it bought the payroll provider Paysmith in 2023, values Lumio at about 24 times its annual recurring revenue. It is expected to close in the first quarter of 2027, subject to regulatory approval.

Lumio's co-founder and chief executive, Maya Lindqvist, will join Brightgate as president of its new retail division and report to Brightgate chief executive Carl Dunmore. Lumio's Lumio Forecast and Lumio Shelf products will be folded into Brightgate's Storefront platform.

"Retailers tell us they want one place to plan, price and sell," Dunmore said on a call with analysts. "Lumio gives us the planning piece."

Lumio was founded in 2017 by Lindqvist and Tomas Reyes, its chief technology officer. Its investors include the venture firm Redwood Peak Ventures, which led a $150m funding round last year.

Shares in Brightgate fell 2 per cent in pre-market trading. Kiran Shah, an analyst at Belmont Research, said the price was "full but defensible" given Lumio's growth of more than 60 per cent a year.
""",
  ents="C:Brightgate Software=Brightgate; C:Lumio Analytics=Lumio; L:San Francisco; C:Paysmith;"
       "P:Maya Lindqvist=Lindqvist; P:Carl Dunmore=Dunmore; S:Lumio Forecast; S:Lumio Shelf; S:Storefront;"
       "P:Tomas Reyes; C:Redwood Peak Ventures; P:Kiran Shah; C:Belmont Research",
  roles="Maya Lindqvist|cofounder|Lumio Analytics|1; Maya Lindqvist|ceo|Lumio Analytics|1;"
        "Maya Lindqvist|president|Brightgate Software|1; Carl Dunmore|ceo|Brightgate Software|1;"
        "Tomas Reyes|cofounder|Lumio Analytics|1; Tomas Reyes|cto|Lumio Analytics|1;"
        "Kiran Shah|analyst|Belmont Research|1",
  rels="Brightgate Software>acquired>Lumio Analytics; Brightgate Software>acquired>Paysmith;"
       "Paysmith>parentOrganization>Brightgate Software; Lumio Forecast>provider>Lumio Analytics;"
       "Lumio Shelf>provider>Lumio Analytics; Storefront>provider>Brightgate Software",
  dates="Monday=2026-11-16; 2023=2023; the first quarter of 2027=2027-Q1; 2017=2017; last year=2025",
  sector="software", region="US", topics=["acquisition", "leadership"])

A(8, "uk-business-in-brief", "2026-11-24", "Business in brief: Carrow chair, Loftly sale, Fenwick 5G deal, Kent power cut", """
Carrow Bank has chosen Helen Marsh as its next chair. Marsh, currently the senior independent director of the insurer Beaconsfield Life, will succeed Sir Peter Quayle at the bank's annual meeting in May. Quayle has been chairman since 2017 and said in the summer that he would not seek another term.

Thornbury Retail Group has completed its purchase of the online furniture seller Loftly for £94m. Loftly will keep its own brand, and its founder, James Achebe, will stay on as managing director. Thornbury, which also owns the garden centre chain Greenacre, said the deal would lift group online sales by a third.

Mobile operator Fenwick Mobile has signed a five-year partnership with the Finnish equipment maker Kaleva Networks to upgrade 9,000 masts in England and Scotland to standalone 5G. "Our customers will notice faster speeds in towns, not just city centres," said Fenwick's chief executive, Rhys Morgan. Terms were not disclosed.

About 38,000 homes in Kent lost power for up to four hours on Monday evening after a fault at a substation near Maidstone, the network operator South Downs Power Networks said. Supplies were restored by 11pm, and the company said customers without power for more than 12 hours would be compensated.
""",
  ents="C:Carrow Bank; P:Helen Marsh=Marsh; C:Beaconsfield Life; P:Peter Quayle=Quayle;"
       "C:Thornbury Retail Group=Thornbury; C:Loftly; P:James Achebe; C:Greenacre; C:Fenwick Mobile=Fenwick;"
       "C:Kaleva Networks; L:England; L:Scotland; P:Rhys Morgan; L:Kent; L:Maidstone; C:South Downs Power Networks",
  roles="Helen Marsh|chairman|Carrow Bank|1; Helen Marsh|director|Beaconsfield Life|1;"
        "Peter Quayle|chairman|Carrow Bank|1; James Achebe|founder|Loftly|1; James Achebe|director|Loftly|1;"
        "Rhys Morgan|ceo|Fenwick Mobile|1",
  rels="Thornbury Retail Group>acquired>Loftly; Loftly>parentOrganization>Thornbury Retail Group;"
       "Greenacre>parentOrganization>Thornbury Retail Group; Fenwick Mobile>partner>Kaleva Networks",
  outs=[O("South Downs Power Networks", "2026-11-23", None, "2026-11-23T23:00", 4, [], "Kent", "fault at a substation")],
  dates="May=2027-05; 2017=2017; the summer=2026; Monday evening=2026-11-23; 11pm=2026-11-23T23:00",
  sector="round-up (bank, retail, telecoms, energy)", region="UK", topics=["round-up", "leadership", "acquisition",
                                                                             "partnership", "outage"])

A(9, "ironveil-launch-outage-arkado-link", "2026-11-30", "Hollowpeak's Ironveil servers buckle on launch weekend", """
Players of Ironveil, the much-anticipated online shooter from the Montreal studio Hollowpeak Games, were locked out for most of Saturday as its login servers failed on launch weekend.

Hollowpeak said the game's servers went down at about 2pm Eastern time on Saturday and were not fully back until 1am on Sunday, roughly 11 hours. The studio blamed "a bug in our matchmaking update" rather than the number of players, which peaked at 1.3 million.

Separately, Arkado Link, the online service that owners of the Arkado Nova console use to play together, suffered a two-hour outage on Sunday evening that its Tokyo-based maker, Arkado, put down to a "certificate renewal error". Ironveil players on the console were hit twice.

Hollowpeak is owned by the French publisher Corbeau Interactive, which bought it in 2021. Corbeau's chief executive, Élodie Marchand, said the launch was still "the biggest in our history".

"Ironveil sold 4 million copies in three days," Marchand said. "We let players down on Saturday and we are giving everyone a free season pass."

Shares in Corbeau fell 5.2 per cent in Paris on Monday, their biggest one-day drop since March.
""",
  ents="S:Ironveil; L:Montreal; C:Hollowpeak Games=Hollowpeak; S:Arkado Link; S:Arkado Nova; L:Tokyo; C:Arkado;"
       "C:Corbeau Interactive=Corbeau; P:Élodie Marchand=Marchand; L:Paris",
  roles="Élodie Marchand|ceo|Corbeau Interactive|1",
  rels="Ironveil>provider>Hollowpeak Games; Arkado Link>provider>Arkado; Arkado Nova>provider>Arkado;"
       "Corbeau Interactive>acquired>Hollowpeak Games; Hollowpeak Games>parentOrganization>Corbeau Interactive",
  outs=[O("Hollowpeak Games", "2026-11-28", "2026-11-28T14:00", "2026-11-29T01:00", 11, ["Ironveil"], None,
          "bug in matchmaking update"),
        O("Arkado", "2026-11-29", None, None, 2, ["Arkado Link"], None, "certificate renewal error")],
  dates="Saturday=2026-11-28; 2pm=2026-11-28T14:00; 1am=2026-11-29T01:00; Sunday=2026-11-29;"
        "Sunday evening=2026-11-29; 2021=2021; Monday=2026-11-30; March=2026-03",
  sector="games", region="Canada/Japan/France", topics=["outage", "acquisition"])

A(10, "maritaca-pagamentos-cyber-attack", "2026-11-12", "Cyber attack halts Brazilian card processor Maritaca", """
Card machines at thousands of shops in Brazil stopped working on Wednesday after a cyber attack on the payment processor Maritaca Pagamentos, the company said.

Maritaca, which handles card payments for about 900,000 small merchants, said it detected "unauthorised activity" at 8.15am local time and took its systems offline as a precaution. Its Maritaca Maquininha card readers and the MariConta digital account were restored at about 6pm, nearly ten hours later.

Retailers in São Paulo, Rio de Janeiro and Belo Horizonte said customers had to pay in cash or by bank transfer. The supermarket chain Grupo Ipê said sales at its 300 stores fell by a fifth during the morning.

"No card data was stolen," said Maritaca's chief executive, Rafael Antunes, who founded the company in 2014 with two former bank colleagues. "We isolated the attack quickly and restored service step by step."

Maritaca is owned by the Spanish bank Banco Meridiano, which acquired it in 2022. Its rival PagLeve said it had signed up 12,000 new merchants on Wednesday alone.

The country's central bank said it was monitoring the situation and had asked Maritaca for a report within 48 hours.
""",
  ents="L:Brazil; C:Maritaca Pagamentos=Maritaca; S:Maritaca Maquininha; S:MariConta; L:São Paulo;"
       "L:Rio de Janeiro; L:Belo Horizonte; C:Grupo Ipê; P:Rafael Antunes; C:Banco Meridiano; C:PagLeve",
  roles="Rafael Antunes|ceo|Maritaca Pagamentos|1; Rafael Antunes|cofounder|Maritaca Pagamentos|1",
  rels="Maritaca Maquininha>provider>Maritaca Pagamentos; MariConta>provider>Maritaca Pagamentos;"
       "Banco Meridiano>acquired>Maritaca Pagamentos; Maritaca Pagamentos>parentOrganization>Banco Meridiano",
  outs=[O("Maritaca Pagamentos", "2026-11-11", "2026-11-11T08:15", "2026-11-11T18:00", 9.75,
          ["Maritaca Maquininha", "MariConta", "Grupo Ipê"], "Brazil", "cyber attack")],
  dates="Wednesday=2026-11-11; 8.15am=2026-11-11T08:15; 6pm=2026-11-11T18:00; 2014=2014; 2022=2022",
  sector="payments", region="Brazil", topics=["outage", "acquisition"])

A(11, "dhwani-telecom-ceo-pathway-fibre", "2026-11-10", "Dhwani Telecom names COO as chief executive and completes fibre deal", """
Mumbai-based telecoms operator Dhwani Telecom has appointed Ananya Rao as chief executive, the company said on Tuesday, making her the first woman to lead one of India's three big mobile networks.

Rao, 49, is currently the company's chief operating officer and will take over on 1 January from Vikram Sethi, who is stepping down after 11 years to become executive chairman of Dhwani's parent company, Sethi Industries.

Separately, Dhwani said it had completed its purchase of Pathway Fibre, a Bengaluru broadband provider with 2.4 million home connections, for 68 billion rupees. Pathway's broadband service, PathNet, will be sold alongside Dhwani's prepaid mobile plans in a bundle called Dhwani One from February.

"Fixed broadband is where the next decade of growth is," Sethi said. "Ananya has built our network and she will build the next business."

Dhwani has 310 million subscribers and reported a 14 per cent rise in quarterly revenue last month. Its shares rose 1.8 per cent in Mumbai.

Analysts at Deccan Equity Research said Rao's promotion was expected, but that the price paid for Pathway was "at the top end of expectations".
""",
  ents="L:Mumbai; C:Dhwani Telecom=Dhwani; P:Ananya Rao=Rao,Ananya; L:India; P:Vikram Sethi=Sethi; C:Sethi Industries;"
       "C:Pathway Fibre=Pathway; L:Bengaluru; S:PathNet; S:Dhwani One; C:Deccan Equity Research",
  roles="Ananya Rao|ceo|Dhwani Telecom|1; Ananya Rao|coo|Dhwani Telecom|1; Vikram Sethi|ceo|Dhwani Telecom|1;"
        "Vikram Sethi|chairman|Sethi Industries|1",
  rels="Dhwani Telecom>parentOrganization>Sethi Industries; Dhwani Telecom>acquired>Pathway Fibre;"
       "Pathway Fibre>parentOrganization>Dhwani Telecom; PathNet>provider>Pathway Fibre; Dhwani One>provider>Dhwani Telecom",
  dates="Tuesday=2026-11-10; 1 January=2027-01-01; February=2027-02; last month=2026-10",
  sector="telecoms", region="India", topics=["leadership", "acquisition"])

A(12, "lumen-energie-ceo-steps-down", "2026-11-06", "Lumen Énergie chief steps down after billing fiasco", """
Philippe Garnier has stepped down as chief executive of the French electricity supplier Lumen Énergie with immediate effect, the company said on Friday, weeks after a billing system failure charged 1.1 million customers twice.

The board named its chairman, Sophie Delacroix, as interim chief executive while it searches for a permanent replacement. Delacroix, a former official at the energy regulator Commission Nationale de l'Énergie, has chaired Lumen since 2020.

Garnier, who had led the company since 2018, said it was "the right moment to hand over". His departure follows criticism from the consumer group Foyers de France and from ministers.

The billing error, caused by a faulty software update from the supplier Orbis Utilities Software, took Lumen's MonLumen customer app offline for three days in October and led to duplicate direct debits.

Lumen, which is 72 per cent owned by the Italian utility Aurelia Energia, supplies power and gas to 4.8 million homes. Aurelia's chief financial officer, Marco Benedetti, told analysts last month that the French business needed "a reset".

Shares in Aurelia fell 0.6 per cent in Milan.
""",
  ents="P:Philippe Garnier=Garnier; C:Lumen Énergie=Lumen; P:Sophie Delacroix=Delacroix;"
       "O:Commission Nationale de l'Énergie; O:Foyers de France; C:Orbis Utilities Software; S:MonLumen;"
       "C:Aurelia Energia=Aurelia; P:Marco Benedetti; L:Milan",
  roles="Philippe Garnier|ceo|Lumen Énergie|0; Sophie Delacroix|chairman|Lumen Énergie|1;"
        "Sophie Delacroix|ceo|Lumen Énergie|1; Marco Benedetti|cfo|Aurelia Energia|1",
  rels="MonLumen>provider>Lumen Énergie; Lumen Énergie>parentOrganization>Aurelia Energia;"
       "Lumen Énergie>partner>Orbis Utilities Software",
  outs=[O("Lumen Énergie", "2026-10", None, None, 72, ["MonLumen"], None, "faulty software update")],
  dates="Friday=2026-11-06; 2020=2020; 2018=2018; October=2026-10; last month=2026-10",
  sector="energy", region="France", topics=["leadership", "outage"])

A(13, "norrvik-to-buy-celadon", "2026-11-05", "Norrvik Pharma to buy Celadon Therapeutics in $4.6bn obesity bet", """
The Danish drugmaker Norrvik Pharma has agreed to acquire Celadon Therapeutics, a Boston biotech developing a once-monthly obesity injection, for $4.6bn, the companies announced on Thursday.

Norrvik will pay $38 a share in cash, a 61 per cent premium to Celadon's closing price on Wednesday. The deal gives the Copenhagen-based group Celadon's injection, CLD-204, which is in late-stage trials, to sit alongside its own diabetes drug Glucora.

"Obesity is the largest opportunity our industry has seen in decades," said Norrvik chief executive Lars Holmgaard. Celadon's chief executive, Priya Natarajan, will join Norrvik's research leadership.

The acquisition of Celadon by Norrvik is expected to be completed in the second quarter of 2027. It follows Norrvik's purchase of the Swiss contract manufacturer Alpwerk Biologics last year, which gave it two factories in Basel.

Celadon was spun out of Harborview University in 2019 and is backed by the investment firm Quarry Hill Capital, which owns 22 per cent of its shares.

Norrvik's shares fell 3 per cent in Copenhagen. Ingrid Solberg, a pharmaceuticals analyst at Fjell Markets in Oslo, said the price was high but "strategically coherent".
""",
  ents="C:Norrvik Pharma=Norrvik; C:Celadon Therapeutics=Celadon; L:Boston; L:Copenhagen; S:CLD-204; S:Glucora;"
       "P:Lars Holmgaard; P:Priya Natarajan; C:Alpwerk Biologics; L:Basel; O:Harborview University;"
       "C:Quarry Hill Capital; P:Ingrid Solberg; C:Fjell Markets; L:Oslo",
  roles="Lars Holmgaard|ceo|Norrvik Pharma|1; Priya Natarajan|ceo|Celadon Therapeutics|1;"
        "Ingrid Solberg|analyst|Fjell Markets|1",
  rels="Norrvik Pharma>acquired>Celadon Therapeutics; Norrvik Pharma>acquired>Alpwerk Biologics;"
       "Alpwerk Biologics>parentOrganization>Norrvik Pharma; CLD-204>provider>Celadon Therapeutics;"
       "Glucora>provider>Norrvik Pharma",
  dates="Thursday=2026-11-05; Wednesday=2026-11-04; the second quarter of 2027=2027-Q2; last year=2025; 2019=2019",
  sector="pharma", region="Denmark", topics=["acquisition", "leadership"])
