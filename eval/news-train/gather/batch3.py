# Articles nt-26 .. nt-35 (all names invented). A and O come from articles.py.

A(26, "kestrel-airways-it-meltdown", "2026-11-30", "Kestrel Airways blames data centre power failure for IT meltdown", """
Kestrel Airways has blamed a power failure at one of its data centres for an IT meltdown that stranded thousands of passengers at Gatwick and Manchester on Friday evening.

The airline's website, app and online check-in stopped working at about 6.20pm and were not fully restored until 1.15am on Saturday, almost seven hours later. Kestrel cancelled 62 flights and delayed dozens more, with knock-on disruption throughout the weekend.

"A power supply failure in one data centre should have been handled by our backup site. It was not, and we are investigating why," said Sarah Whitcombe, chief executive of Kestrel's parent company, Avalon Air Group, in a video posted on Saturday.

Kestrel's chief information officer, Gareth Lloyd, has been asked to lead a review with the IT services company Tamesis Digital, which runs the airline's data centres under a contract signed in 2022.

Passengers whose flights were cancelled are entitled to compensation under UK rules, the aviation regulator reminded the airline.

Avalon, which also owns the Spanish low-cost carrier Vuela Sol, said the disruption would cost it about £25m. Its shares fell 4.6 per cent in London on Monday. Analysts at Greyfriars Capital said it was the third serious IT failure at a UK airline this year.
""",
  ents="C:Kestrel Airways=Kestrel; L:Gatwick; L:Manchester; P:Sarah Whitcombe; C:Avalon Air Group=Avalon;"
       "P:Gareth Lloyd; C:Tamesis Digital; L:UK; C:Vuela Sol; L:London; C:Greyfriars Capital",
  roles="Sarah Whitcombe|ceo|Avalon Air Group|1; Gareth Lloyd|executive|Kestrel Airways|1",
  rels="Kestrel Airways>parentOrganization>Avalon Air Group; Vuela Sol>parentOrganization>Avalon Air Group;"
       "Kestrel Airways>partner>Tamesis Digital",
  outs=[O("Kestrel Airways", "2026-11-27", "2026-11-27T18:20", "2026-11-28T01:15", 6.92, [], "Gatwick and Manchester",
          "power failure at a data centre")],
  dates="Friday evening=2026-11-27; 6.20pm=2026-11-27T18:20; 1.15am=2026-11-28T01:15; Saturday=2026-11-28;"
        "2022=2022; Monday=2026-11-30; this year=2026",
  sector="airlines", region="UK", topics=["outage"])

A(27, "helix-mail-sign-in-outage", "2026-11-10", "Helix Mail users locked out as sign-in fault spreads", """
Users of Helix Mail and Helix Drive were unable to sign in for more than three hours on Monday, as a fault in the identity service both products depend on rippled across North America.

The problems began at around 9.30am Eastern time, just as offices in New York and Toronto opened, and were resolved by 12.50pm, according to the status page of Cobalt Labs, the Seattle company that makes both services. Cobalt said an expired security certificate in its Helix Identity system had caused sign-in requests to fail.

The outage also hit businesses that use Helix Identity to log in to other software, including the customer-service platform Tickety, whose owner, Parlay Software, said its own systems were working normally.

"We let our customers down, and we know it," Cobalt's chief operating officer, Denise Harlan, wrote on the company's blog. "Certificate renewals will now be automated and checked twice."

Cobalt, which has about 80 million paying users, has been competing hard with larger rivals for corporate email customers. Rachel Kim, an analyst at the research firm Northgate Insights, said outages "are the one thing corporate buyers do not forgive".

Cobalt shares fell 1.9 per cent in New York on Monday.
""",
  ents="S:Helix Mail; S:Helix Drive; L:North America; L:New York; L:Toronto; C:Cobalt Labs=Cobalt; L:Seattle;"
       "S:Helix Identity; S:Tickety; C:Parlay Software; P:Denise Harlan; P:Rachel Kim; C:Northgate Insights",
  roles="Denise Harlan|coo|Cobalt Labs|1; Rachel Kim|analyst|Northgate Insights|1",
  rels="Helix Mail>provider>Cobalt Labs; Helix Drive>provider>Cobalt Labs; Helix Identity>provider>Cobalt Labs;"
       "Tickety>provider>Parlay Software",
  outs=[O("Cobalt Labs", "2026-11-09", "2026-11-09T09:30", "2026-11-09T12:50", 3.33,
          ["Helix Mail", "Helix Drive", "Helix Identity", "Tickety"], "North America", "expired security certificate")],
  dates="Monday=2026-11-09; 9.30am=2026-11-09T09:30; 12.50pm=2026-11-09T12:50",
  sector="cloud/SaaS", region="US", topics=["outage"])

A(28, "europe-business-roundup", "2026-11-13", "Europe business roundup: Maison Verlaine, Banca Laguna, Movilia, Rhenalis, Wisla Air", """
Paris - The department store group Maison Verlaine has appointed Claire Besson as chief executive from January, replacing Antoine Ribaud, who is leaving after a decade. Besson is currently managing director of the group's beauty chain, Éclat.

Milan - Banca Laguna has completed its acquisition of the smaller lender Credito Dolomiti, after the European Central Bank approved the €640m deal. Credito Dolomiti's 85 branches will take the Banca Laguna name by June.

Madrid - Customers of the mobile operator Movilia were unable to make calls for about two hours on Thursday morning after a software error at the company's network operations centre in Madrid. Movilia, a subsidiary of the Mexican group Grupo Cordillera, said service was restored by 10.30am.

Basel - The drugmaker Rhenalis has signed a licensing partnership with the Japanese company Kyoei Pharmaceutical to sell its arthritis drug Artrevix in Japan. Rhenalis will receive $120m upfront and royalties on sales.

Warsaw - The Polish airline Wisla Air said its chief financial officer, Marek Zielinski, would leave at the end of the year. The carrier, which flew 9 million passengers last year, said a successor would be named shortly.
""",
  ents="L:Paris; C:Maison Verlaine; P:Claire Besson=Besson; P:Antoine Ribaud; C:Éclat; L:Milan; C:Banca Laguna;"
       "C:Credito Dolomiti; O:European Central Bank; L:Madrid; C:Movilia; C:Grupo Cordillera; L:Basel; C:Rhenalis;"
       "C:Kyoei Pharmaceutical; S:Artrevix; L:Japan; L:Warsaw; C:Wisla Air; P:Marek Zielinski",
  roles="Claire Besson|ceo|Maison Verlaine|1; Claire Besson|director|Éclat|1; Antoine Ribaud|ceo|Maison Verlaine|1;"
        "Marek Zielinski|cfo|Wisla Air|1",
  rels="Éclat>parentOrganization>Maison Verlaine; Banca Laguna>acquired>Credito Dolomiti;"
       "Credito Dolomiti>parentOrganization>Banca Laguna; Movilia>parentOrganization>Grupo Cordillera;"
       "Rhenalis>partner>Kyoei Pharmaceutical; Artrevix>provider>Rhenalis",
  outs=[O("Movilia", "2026-11-12", None, "2026-11-12T10:30", 2, [], "Madrid", "software error")],
  dates="January=2027-01; June=2027-06; Thursday morning=2026-11-12; 10.30am=2026-11-12T10:30;"
        "the end of the year=2026; last year=2025",
  sector="round-up (retail, banks, telecoms, pharma, airlines)", region="France/Italy/Spain/Switzerland/Poland",
  topics=["round-up", "leadership", "acquisition", "outage", "partnership"])

A(29, "sungjin-to-buy-daon-interactive", "2026-11-24", "Sungjin Electronics to buy game maker Daon Interactive", """
Sungjin Electronics has agreed to acquire the Seoul game developer Daon Interactive for 3.2 trillion won, in a bet that games will drive sales of its Sungjin Arc handheld console.

Daon, whose fantasy game Starfall Saga has 40 million monthly players, will keep its studios in Seoul and Busan, and its founder, Lee Min-jae, will continue as chief executive, the companies said on Tuesday.

"Great hardware needs great games," said Sungjin's president, Choi Hyun-woo. The acquisition of Daon by Sungjin is expected to be completed in the middle of next year, subject to approval by competition authorities in South Korea, Europe and China.

Daon's largest shareholder, the Chinese internet group Tianrui Holdings, which owns 29 per cent, has agreed to sell its stake. Tianrui bought into Daon in 2020 and also owns the Shanghai studio Redleaf Games.

Starfall Saga will remain available on rival consoles and on phones, Lee said. "Our players are everywhere and we will stay everywhere."

Daon shares jumped 22 per cent in Seoul, close to the offer price. Analysts at Hanbit Investment said Sungjin had paid a full price for a company with a single hit game.
""",
  ents="C:Sungjin Electronics=Sungjin; L:Seoul; C:Daon Interactive=Daon; S:Sungjin Arc; S:Starfall Saga; L:Busan;"
       "P:Lee Min-jae=Lee; P:Choi Hyun-woo; L:South Korea; L:Europe; L:China; C:Tianrui Holdings=Tianrui;"
       "L:Shanghai; C:Redleaf Games; C:Hanbit Investment",
  roles="Lee Min-jae|founder|Daon Interactive|1; Lee Min-jae|ceo|Daon Interactive|1;"
        "Choi Hyun-woo|president|Sungjin Electronics|1",
  rels="Sungjin Electronics>acquired>Daon Interactive; Sungjin Arc>provider>Sungjin Electronics;"
       "Starfall Saga>provider>Daon Interactive; Redleaf Games>parentOrganization>Tianrui Holdings",
  dates="Tuesday=2026-11-24; next year=2027; 2020=2020",
  sector="games/consoles", region="South Korea", topics=["acquisition", "leadership"])

A(30, "banksia-telecom-ceo-quits-after-outage", "2026-11-18", "Banksia Telecom chief quits after 14-hour network outage", """
The chief executive of Banksia Telecom, Australia's second-largest mobile network, has stepped down two weeks after an outage that cut off 9 million customers, including calls to emergency services, for most of a day.

Michelle Tran, who had led Banksia since 2021, said on Wednesday that she was resigning "to allow the company to rebuild trust". Her deputy, chief operating officer Ravi Gopal, will act as chief executive until a permanent appointment is made.

The outage on November 4 began at about 4am AEDT, when a routine software upgrade to core routers caused them to shut down, and lasted around 14 hours, until 6pm. Banksia's mobile and home internet services and its prepaid brand, Yabby Mobile, were all affected, along with card terminals at thousands of businesses that use its network.

Banksia is owned by the Singapore group Merlion Telecom Holdings, whose chairman, Tan Wei Ling, said the board had "accepted Michelle's resignation with regret".

A Senate inquiry into the outage will hold its first hearing in Canberra next month.

Rival Telcoro said it had added 180,000 customers since the outage. Shares in Merlion fell 1.2 per cent in Singapore.
""",
  ents="C:Banksia Telecom=Banksia; L:Australia; P:Michelle Tran=Michelle; P:Ravi Gopal; S:Yabby Mobile;"
       "C:Merlion Telecom Holdings=Merlion; L:Singapore; P:Tan Wei Ling; O:Senate; L:Canberra; C:Telcoro",
  roles="Michelle Tran|ceo|Banksia Telecom|0; Ravi Gopal|coo|Banksia Telecom|1; Ravi Gopal|ceo|Banksia Telecom|1;"
        "Tan Wei Ling|chairman|Merlion Telecom Holdings|1",
  rels="Yabby Mobile>provider>Banksia Telecom; Banksia Telecom>parentOrganization>Merlion Telecom Holdings",
  outs=[O("Banksia Telecom", "2026-11-04", "2026-11-04T04:00", "2026-11-04T18:00", 14, ["Yabby Mobile"], "Australia",
          "software upgrade to core routers")],
  dates="Wednesday=2026-11-18; 2021=2021; November 4=2026-11-04; 4am AEDT=2026-11-04T04:00; 6pm=2026-11-04T18:00;"
        "next month=2026-12",
  sector="telecoms", region="Australia", topics=["outage", "leadership"])

A(31, "varuna-bank-new-md-after-outages", "2026-11-16", "Varuna Bank names new managing director after app outages", """
Varuna Bank, India's fourth-largest private lender, has appointed Sanjay Iyer as managing director and chief executive, weeks after repeated failures of its mobile banking app drew a warning from the central bank.

Iyer, 56, is deputy managing director of the rival Konark Bank and will take over from Meera Bhatt on January 15. Bhatt, who has run Varuna since 2017, said in August that she would not seek another term.

Varuna's VBank app and its net banking website were down for about eight hours on October 28, and again for three hours on November 6, leaving customers unable to make transfers during the festive shopping season. The bank blamed a faulty database upgrade carried out by its technology supplier, Nexora Systems, for the first outage.

"Our customers deserve technology that works every single day," Iyer said in a statement on Monday.

Varuna also said it had completed its acquisition of the small-business lender Prayas Finance, which it agreed to buy in March for 21 billion rupees.

Shares in Varuna rose 2.1 per cent in Mumbai.
""",
  ents="C:Varuna Bank=Varuna; L:India; P:Sanjay Iyer=Iyer; C:Konark Bank; P:Meera Bhatt=Bhatt; S:VBank;"
       "C:Nexora Systems; C:Prayas Finance; L:Mumbai",
  roles="Sanjay Iyer|director|Varuna Bank|1; Sanjay Iyer|ceo|Varuna Bank|1; Sanjay Iyer|executive|Konark Bank|1;"
        "Meera Bhatt|ceo|Varuna Bank|1",
  rels="VBank>provider>Varuna Bank; Varuna Bank>partner>Nexora Systems; Varuna Bank>acquired>Prayas Finance;"
       "Prayas Finance>parentOrganization>Varuna Bank",
  outs=[O("Varuna Bank", "2026-10-28", None, None, 8, ["VBank"], None, "faulty database upgrade"),
        O("Varuna Bank", "2026-11-06", None, None, 3, ["VBank"], None, None)],
  dates="January 15=2027-01-15; 2017=2017; August=2026-08; October 28=2026-10-28; November 6=2026-11-06;"
        "Monday=2026-11-16; March=2026-03",
  sector="banks", region="India", topics=["leadership", "outage", "acquisition"])

A(32, "northwold-energy-to-buy-brightspark", "2026-11-25", "Northwold Energy agrees to buy heat pump installer Brightspark Home", """
Northwold Energy, the Yorkshire-based gas and electricity supplier, has agreed to buy the heat pump installer Brightspark Home for £410m, betting that more households will replace their gas boilers, the company said on Wednesday.

Brightspark, which was founded in 2016 by the engineer Tom Ashworth, installed 21,000 heat pumps last year and sells a monthly subscription plan, Brightspark Care, for servicing them. Ashworth, who owns 35 per cent of the company, will become head of Northwold's new home energy division.

"Customers want one company to supply their energy and fit the kit," said Northwold chief executive Gemma Tullis.

Northwold also announced that Rajiv Chandra, its chief financial officer, will become chief operating officer in January, and that Laura Penhale, finance director of the utility Pennine Water, will join as CFO.

Northwold, which supplies 3.1 million homes, is a subsidiary of the Norwegian utility Vindkraft Group. It bought the smaller supplier Ember Energy in 2024, and Ember's customers were moved to Northwold tariffs in March this year.

The deal does not need regulatory approval, Northwold said, and should be completed before Christmas.
""",
  ents="C:Northwold Energy=Northwold; L:Yorkshire; C:Brightspark Home=Brightspark; P:Tom Ashworth=Ashworth;"
       "S:Brightspark Care; P:Gemma Tullis; P:Rajiv Chandra; P:Laura Penhale; C:Pennine Water; C:Vindkraft Group;"
       "C:Ember Energy=Ember",
  roles="Tom Ashworth|founder|Brightspark Home|1; Tom Ashworth|head|Northwold Energy|1;"
        "Gemma Tullis|ceo|Northwold Energy|1; Rajiv Chandra|cfo|Northwold Energy|1; Rajiv Chandra|coo|Northwold Energy|1;"
        "Laura Penhale|cfo|Pennine Water|1; Laura Penhale|cfo|Northwold Energy|1",
  rels="Northwold Energy>acquired>Brightspark Home; Brightspark Care>provider>Brightspark Home;"
       "Northwold Energy>parentOrganization>Vindkraft Group; Northwold Energy>acquired>Ember Energy;"
       "Ember Energy>parentOrganization>Northwold Energy",
  dates="Wednesday=2026-11-25; 2016=2016; last year=2025; January=2027-01; 2024=2024; March this year=2026-03;"
        "Christmas=2026-12-25",
  sector="energy", region="UK", topics=["acquisition", "leadership"])

A(33, "kizuna-mobile-president-steps-down", "2026-11-06", "Kizuna Mobile president to step down over two-day outage", """
The president of Kizuna Mobile, Japan's third-largest mobile carrier, will step down at the end of the month to take responsibility for a network failure that left 31 million customers without reliable service for two days, the company said on Friday.

Hideo Nakamura, who became president in 2022, will be replaced by Emi Sato, the company's executive vice president in charge of networks. Nakamura will remain on the board as an adviser.

The outage began at 1.35am on October 30, when equipment that manages subscriber data failed during maintenance work, and service was not fully restored until the evening of October 31. About 1,200 delivery tracking terminals and cash machines run by other companies on Kizuna's network also stopped working, including those of the logistics group Hayabusa Transport.

The communications ministry has ordered Kizuna to submit a report within a month.

Kizuna is 51 per cent owned by the trading house Kitagawa Shoji. Its shares fell 2.8 per cent in Tokyo on Friday, taking their losses since the outage to 9 per cent.

"We will compensate every customer," Sato said. Kizuna plans to give each affected user a 200 yen discount on their next bill.
""",
  ents="C:Kizuna Mobile=Kizuna; L:Japan; P:Hideo Nakamura=Nakamura; P:Emi Sato=Sato; C:Hayabusa Transport;"
       "C:Kitagawa Shoji; L:Tokyo",
  roles="Hideo Nakamura|president|Kizuna Mobile|1; Emi Sato|president|Kizuna Mobile|1;"
        "Emi Sato|vice-president|Kizuna Mobile|1",
  rels="Kizuna Mobile>parentOrganization>Kitagawa Shoji",
  outs=[O("Kizuna Mobile", "2026-10-30", "2026-10-30T01:35", "2026-10-31", 48, ["Hayabusa Transport"], "Japan",
          "equipment failure during maintenance")],
  dates="the end of the month=2026-11; Friday=2026-11-06; 2022=2022; 1.35am=2026-10-30T01:35; October 30=2026-10-30;"
        "October 31=2026-10-31",
  sector="telecoms", region="Japan", topics=["outage", "leadership"])

A(34, "pengo-founder-steps-down-nordpay-outage", "2026-11-19", "Pengo co-founder Johan Ek steps down as chief executive", """
Johan Ek, who co-founded the Stockholm buy-now-pay-later company Pengo in 2013, is stepping down as chief executive and will become its chairman, the company said on Thursday. He will be succeeded by Anna Lindgren, Pengo's chief financial officer, from February 1.

The change comes a day after Pengo's checkout service, Pengo Checkout, failed for about four hours, stopping shoppers at thousands of online stores in Sweden, Finland and Germany from paying with it. Pengo said the problem began at 11am CET on Wednesday and was caused by a faulty update at its payment processing partner, the Danish processor Nordpay.

Nordpay confirmed the outage, which also hit card payments at its other clients, including the Finnish department store chain Aalto Stores. Nordpay's chief executive, Mads Kjær, apologised to merchants.

Lindgren joined Pengo in 2019 from Strömsborg Bank, where she was head of treasury. Under Ek, Pengo expanded to 14 countries and launched the Pengo Card, a debit card that lets users split payments.

Pengo, whose largest shareholder is the investment firm Karlsvik Capital, is preparing for a stock market listing in Stockholm. It reported revenue of 6.2 billion kronor last year.
""",
  ents="P:Johan Ek=Ek; L:Stockholm; C:Pengo; P:Anna Lindgren=Lindgren; S:Pengo Checkout; L:Sweden; L:Finland;"
       "L:Germany; C:Nordpay; C:Aalto Stores; P:Mads Kjær; C:Strömsborg Bank; S:Pengo Card; C:Karlsvik Capital",
  roles="Johan Ek|cofounder|Pengo|1; Johan Ek|ceo|Pengo|1; Johan Ek|chairman|Pengo|1; Anna Lindgren|cfo|Pengo|1;"
        "Anna Lindgren|ceo|Pengo|1; Anna Lindgren|head|Strömsborg Bank|0; Mads Kjær|ceo|Nordpay|1",
  rels="Pengo Checkout>provider>Pengo; Pengo Card>provider>Pengo; Pengo>partner>Nordpay; Aalto Stores>partner>Nordpay",
  outs=[O("Nordpay", "2026-11-18", "2026-11-18T11:00", None, 4, ["Pengo Checkout", "Pengo", "Aalto Stores"],
          "Sweden, Finland and Germany", "faulty update")],
  dates="2013=2013; Thursday=2026-11-19; February 1=2027-02-01; 11am CET=2026-11-18T11:00; Wednesday=2026-11-18;"
        "2019=2019; last year=2025",
  sector="payments/fintech", region="Sweden", topics=["leadership", "outage", "partnership"])

A(35, "marquee-plus-title-fight-stream-fails", "2026-11-16", "Marquee+ apologises after title fight stream fails", """
Halcyon Media's streaming service Marquee+ has apologised to subscribers after its live broadcast of a heavyweight title fight froze for millions of viewers on Saturday night.

Viewers across the US and Canada reported buffering and error messages from about 10.15pm Eastern time, as the main event began. Marquee+ said its service was working normally again by 11.40pm, by which time the fight was over.

The company blamed a failure at one of the content delivery networks it uses, run by Velo Edge, which said a routing change had sent too much traffic to too few servers.

"Our viewers paid to see that fight live, and most of them did not," said Jordan Ellis, president of Halcyon's streaming division, who joined the company from the cable channel Apex Sports Network in 2024. Subscribers will get a refund of the $59.99 pay-per-view fee.

Halcyon Media, which also owns the film studio Halcyon Pictures, announced on Monday a partnership with the games company Riftwell Studios to stream esports tournaments on Marquee+ from next year.

Marquee+ has 38 million subscribers, well behind the market leaders.
""",
  ents="C:Halcyon Media=Halcyon; S:Marquee+; L:US; L:Canada; C:Velo Edge; P:Jordan Ellis; C:Apex Sports Network;"
       "C:Halcyon Pictures; C:Riftwell Studios",
  roles="Jordan Ellis|president|Halcyon Media|1",
  rels="Marquee+>provider>Halcyon Media; Halcyon Media>partner>Velo Edge; Halcyon Pictures>parentOrganization>Halcyon Media;"
       "Halcyon Media>partner>Riftwell Studios",
  outs=[O("Velo Edge", "2026-11-14", "2026-11-14T22:15", "2026-11-14T23:40", 1.42, ["Marquee+"], "US and Canada",
          "routing change")],
  dates="Saturday night=2026-11-14; 10.15pm=2026-11-14T22:15; 11.40pm=2026-11-14T23:40; 2024=2024;"
        "Monday=2026-11-16; next year=2027",
  sector="media/streaming", region="US", topics=["outage", "partnership"])
