# Articles nt-36 .. nt-45 (all names invented). A and O come from articles.py.

A(36, "kranich-logistik-ransomware", "2026-11-27", "Cyber attack halts parcel deliveries at Kranich Logistik", """
Kranich Logistik, one of Germany's biggest parcel carriers, said on Friday that deliveries would be delayed into next week after a ransomware attack forced it to shut down its sorting and tracking systems on Tuesday.

The attack was detected at about 3am on Tuesday at the company's headquarters in Leipzig, and the Kranich Track app and the carrier's business portal have been offline since. About 1.5 million parcels are stuck in depots.

Online retailers including the fashion seller Modehaus24 and the electronics chain Voltmarkt said they had switched deliveries to other carriers. "We cannot wait for Kranich indefinitely," said Voltmarkt's managing director, Sabine Roth.

Kranich's chief executive, Dirk Hoffer, said the company had not paid a ransom and was working with the cybersecurity firm Schildwacht and the federal cyber security agency to restore its systems.

Kranich, a subsidiary of the rail and logistics group Mittelland Verkehr AG, employs 28,000 people. It is the second cyber attack on a German logistics company this year, after an attack in July on the freight forwarder Weber & Kolb halted its customs systems for a week.
""",
  ents="C:Kranich Logistik=Kranich; L:Germany; L:Leipzig; S:Kranich Track; C:Modehaus24; C:Voltmarkt; P:Sabine Roth;"
       "P:Dirk Hoffer; C:Schildwacht; C:Mittelland Verkehr AG; C:Weber & Kolb",
  roles="Sabine Roth|director|Voltmarkt|1; Dirk Hoffer|ceo|Kranich Logistik|1",
  rels="Kranich Track>provider>Kranich Logistik; Kranich Logistik>parentOrganization>Mittelland Verkehr AG;"
       "Kranich Logistik>partner>Schildwacht",
  outs=[O("Kranich Logistik", "2026-11-24", "2026-11-24T03:00", None, None, ["Kranich Track", "Modehaus24", "Voltmarkt"],
          "Leipzig", "ransomware attack"),
        O("Weber & Kolb", "2026-07", None, None, 168, [], None, "cyber attack")],
  dates="Friday=2026-11-27; Tuesday=2026-11-24; 3am=2026-11-24T03:00; this year=2026; July=2026-07",
  sector="logistics", region="Germany", topics=["outage"])

A(37, "sahel-bank-completes-ayopay", "2026-11-05", "Sahel Bank completes takeover of payments app maker AyoPay", """
Sahel Bank has completed its acquisition of AyoPay, the Lagos fintech whose app is used by 11 million people to send money and pay bills, the bank said on Thursday.

The purchase, for an undisclosed sum, makes AyoPay a wholly owned subsidiary of the bank, one of Nigeria's five largest lenders. AyoPay's co-founders, Tolu Adeyemi and Kwame Mensah, will continue to run the business, with Adeyemi as chief executive and Mensah as chief technology officer.

"AyoPay gives us the customers of tomorrow," said Sahel Bank's group managing director, Ibrahim Danjuma, who has led the bank since 2020.

Sahel Bank also announced a partnership with the mobile operator Savanna Telecom to let AyoPay users buy airtime and data directly in the app.

The central bank approved the deal in October. AyoPay, founded in 2018, raised $40m in 2022 from investors including the London firm Okoro Ventures.

Rival fintech Kobo Cash, which is owned by the Ghanaian group Adinkra Holdings, said it now had 6 million users and would launch savings accounts early next year.
""",
  ents="C:Sahel Bank; C:AyoPay; L:Lagos; L:Nigeria; P:Tolu Adeyemi=Adeyemi; P:Kwame Mensah=Mensah;"
       "P:Ibrahim Danjuma; C:Savanna Telecom; L:London; C:Okoro Ventures; C:Kobo Cash; C:Adinkra Holdings",
  roles="Tolu Adeyemi|cofounder|AyoPay|1; Tolu Adeyemi|ceo|AyoPay|1; Kwame Mensah|cofounder|AyoPay|1;"
        "Kwame Mensah|cto|AyoPay|1; Ibrahim Danjuma|director|Sahel Bank|1",
  rels="Sahel Bank>acquired>AyoPay; AyoPay>parentOrganization>Sahel Bank; Sahel Bank>partner>Savanna Telecom;"
       "Kobo Cash>parentOrganization>Adinkra Holdings",
  dates="Thursday=2026-11-05; 2020=2020; October=2026-10; 2018=2018; 2022=2022; next year=2027",
  sector="banks/fintech", region="Nigeria", topics=["acquisition", "partnership", "leadership"])

A(38, "rocheval-appoints-giulia-ferri", "2026-11-12", "Rocheval appoints Marzano's Giulia Ferri as chief executive", """
Rocheval Automobiles has appointed Giulia Ferri, the head of European operations at the Italian carmaker Marzano, as its chief executive, ending a five-month search after the abrupt departure of Laurent Mercier in June.

Ferri, 52, will take up the post on January 5, the Paris-based group said on Thursday. Jean-Marc Aubry, Rocheval's chief financial officer, who has been acting chief executive since Mercier left, will return to his finance role.

Ferri is credited with reviving sales of Marzano's compact Marzano Vela in Europe and with negotiating the Italian group's battery supply contract with the Chinese cell maker Huayang Power.

"Giulia knows how to sell cars that people can afford," said Rocheval's chairman, Bernard Olivier. "That is what we need now."

Rocheval, which owns the Romanian budget brand Carpatia, has been hit by falling demand for its Rocheval Lune electric hatchback. It cut its profit forecast in July and its shares have fallen by a third this year.

Marzano's chief executive, Paolo Greco, thanked Ferri and named Luca Bianchi, head of its Latin American business, as her successor. Rocheval shares rose 3 per cent in Paris.
""",
  ents="C:Rocheval Automobiles=Rocheval; P:Giulia Ferri=Ferri,Giulia; C:Marzano; P:Laurent Mercier=Mercier; L:Paris;"
       "P:Jean-Marc Aubry; S:Marzano Vela; L:Europe; C:Huayang Power; P:Bernard Olivier; C:Carpatia; S:Rocheval Lune;"
       "P:Paolo Greco; P:Luca Bianchi",
  roles="Giulia Ferri|head|Marzano|1; Giulia Ferri|ceo|Rocheval Automobiles|1; Laurent Mercier|ceo|Rocheval Automobiles|0;"
        "Jean-Marc Aubry|cfo|Rocheval Automobiles|1; Jean-Marc Aubry|ceo|Rocheval Automobiles|1;"
        "Bernard Olivier|chairman|Rocheval Automobiles|1; Paolo Greco|ceo|Marzano|1; Luca Bianchi|head|Marzano|1",
  rels="Marzano Vela>provider>Marzano; Marzano>partner>Huayang Power; Carpatia>parentOrganization>Rocheval Automobiles;"
       "Rocheval Lune>provider>Rocheval Automobiles",
  dates="June=2026-06; January 5=2027-01-05; Thursday=2026-11-12; July=2026-07; this year=2026",
  sector="carmakers", region="France/Italy", topics=["leadership", "partnership"])

A(39, "coastal-fresh-to-buy-harbourside", "2026-11-23", "Coastal Fresh to buy New Zealand grocer Harbourside Markets", """
The Australian supermarket chain Coastal Fresh has agreed to buy Harbourside Markets, which runs 112 stores across New Zealand, for A$1.1bn, the companies said on Monday.

Coastal Fresh's chief executive, Nathan Brooks, said the deal would give the Brisbane-based group "a second home market". Harbourside's managing director, Aroha Walker, will run the combined New Zealand business.

Harbourside is owned by the private equity firm Tasman Peak Partners, which bought it from its founding family in 2019. The acquisition of Harbourside by Coastal Fresh needs approval from New Zealand's competition regulator.

Coastal Fresh also said it would offer its FreshGo delivery app to Harbourside shoppers next year, and that it had signed a five-year supply deal with the dairy cooperative Southern Alps Dairy.

Separately, the company said its chairman, Margaret Doyle, would retire in March after nine years and be replaced by Ian Fairbairn, a former chief executive of the hardware chain Toolshed Australia.

"Ian has built a national retailer before," Doyle said.

Shares in Coastal Fresh rose 1.4 per cent to A$6.82 in Sydney.
""",
  ents="C:Coastal Fresh; L:New Zealand; C:Harbourside Markets=Harbourside; P:Nathan Brooks; L:Brisbane;"
       "P:Aroha Walker; C:Tasman Peak Partners; S:FreshGo; C:Southern Alps Dairy; P:Margaret Doyle=Doyle;"
       "P:Ian Fairbairn=Ian; C:Toolshed Australia; L:Sydney",
  roles="Nathan Brooks|ceo|Coastal Fresh|1; Aroha Walker|director|Harbourside Markets|1;"
        "Margaret Doyle|chairman|Coastal Fresh|1; Ian Fairbairn|chairman|Coastal Fresh|1;"
        "Ian Fairbairn|ceo|Toolshed Australia|0",
  rels="Coastal Fresh>acquired>Harbourside Markets; Tasman Peak Partners>acquired>Harbourside Markets;"
       "Harbourside Markets>parentOrganization>Tasman Peak Partners; FreshGo>provider>Coastal Fresh;"
       "Coastal Fresh>partner>Southern Alps Dairy",
  dates="Monday=2026-11-23; 2019=2019; next year=2027; March=2027-03",
  sector="supermarkets", region="Australia/New Zealand", topics=["acquisition", "leadership", "partnership"])

A(40, "asia-tech-digest", "2026-11-20", "Asia tech digest: Shirakawa succession, Zipply outage, Infoveda deal, Bada TV", """
Tokyo - Shirakawa Electric said its president, Kenta Ishida, would become chairman in April and be succeeded by Yumi Hasegawa, the head of its semiconductor unit, Shirakawa Devices. Hasegawa will be the first woman to run a major Japanese electronics maker.

Singapore - The ride-hailing and delivery app Zipply was down for about three hours on Thursday evening across Singapore, Malaysia and the Philippines. Its operator, Zipply Technologies, blamed a database failure and said the service was back by 10pm. Drivers were unable to accept trips during the outage, and restaurants said they had lost hundreds of orders.

Bengaluru - The software services group Infoveda has completed its purchase of the Polish engineering firm Kodex Labs for $310m, adding 2,400 engineers in Warsaw and Krakow.

Seoul - The mobile operator Bada Telecom has signed a partnership with Sungjin Electronics to preload its Bada TV streaming app on Sungjin phones sold in South Korea from January.

Hong Kong - The payments group Lantau Pay said its chief technology officer, Vincent Ho, had left the company after four years. Its founder and chief executive, Alan Cheung, will oversee the technology team until a replacement is hired.
""",
  ents="L:Tokyo; C:Shirakawa Electric; P:Kenta Ishida; P:Yumi Hasegawa=Hasegawa; C:Shirakawa Devices; L:Singapore;"
       "S:Zipply; L:Malaysia; L:Philippines; C:Zipply Technologies; L:Bengaluru; C:Infoveda; C:Kodex Labs; L:Warsaw;"
       "L:Krakow; L:Seoul; C:Bada Telecom; C:Sungjin Electronics=Sungjin; S:Bada TV; L:South Korea;"
       "L:Hong Kong; C:Lantau Pay; P:Vincent Ho; P:Alan Cheung",
  roles="Kenta Ishida|president|Shirakawa Electric|1; Kenta Ishida|chairman|Shirakawa Electric|1;"
        "Yumi Hasegawa|president|Shirakawa Electric|1; Yumi Hasegawa|head|Shirakawa Devices|1;"
        "Vincent Ho|cto|Lantau Pay|0; Alan Cheung|founder|Lantau Pay|1; Alan Cheung|ceo|Lantau Pay|1",
  rels="Shirakawa Devices>parentOrganization>Shirakawa Electric; Zipply>provider>Zipply Technologies;"
       "Infoveda>acquired>Kodex Labs; Kodex Labs>parentOrganization>Infoveda; Bada Telecom>partner>Sungjin Electronics;"
       "Bada TV>provider>Bada Telecom",
  outs=[O("Zipply Technologies", "2026-11-19", None, "2026-11-19T22:00", 3, ["Zipply"],
          "Singapore, Malaysia and the Philippines", "database failure")],
  dates="April=2027-04; Thursday evening=2026-11-19; 10pm=2026-11-19T22:00; January=2027-01",
  sector="round-up (electronics, apps, IT services, telecoms)", region="Japan/Singapore/India/South Korea",
  topics=["round-up", "leadership", "outage", "acquisition", "partnership"])

A(41, "tembocash-second-outage", "2026-11-09", "TemboCash transfers fail for second time in a month", """
Millions of people were unable to send money or pay for goods with TemboCash for nearly five hours on Saturday, the second outage of the mobile money service in a month.

Tembo Telecom, which runs TemboCash, said the failure started at 12.30pm and was fixed by 5.15pm. It blamed "an issue during a planned software upgrade" of the platform, which is hosted in a data centre in Nairobi. On October 17, the service was down for two hours after a power failure.

"We know how much our customers rely on TemboCash, and we are sorry," said Tembo's chief executive, Grace Wanjiru. Tembo is a subsidiary of Umoya Communications, the South African group that also owns Nigeria's Lagoon Mobile.

Small traders in Nairobi and Mombasa said they had lost a day's sales. The central bank said it had asked Tembo to explain what went wrong and how it would prevent a repeat.

Tembo also confirmed that its chief financial officer, Peter Otieno, would leave at the end of December to join the Nairobi-based lender Mara Bank as chief executive. Tembo's head of strategy, Wambui Kariuki, will act as CFO until a permanent successor is found.
""",
  ents="S:TemboCash; C:Tembo Telecom=Tembo; L:Nairobi; P:Grace Wanjiru; C:Umoya Communications; L:Nigeria;"
       "C:Lagoon Mobile; L:Mombasa; P:Peter Otieno; C:Mara Bank; P:Wambui Kariuki",
  roles="Grace Wanjiru|ceo|Tembo Telecom|1; Peter Otieno|cfo|Tembo Telecom|1; Peter Otieno|ceo|Mara Bank|1;"
        "Wambui Kariuki|head|Tembo Telecom|1; Wambui Kariuki|cfo|Tembo Telecom|1",
  rels="TemboCash>provider>Tembo Telecom; Tembo Telecom>parentOrganization>Umoya Communications;"
       "Lagoon Mobile>parentOrganization>Umoya Communications",
  outs=[O("Tembo Telecom", "2026-11-07", "2026-11-07T12:30", "2026-11-07T17:15", 4.75, ["TemboCash"], "Nairobi",
          "planned software upgrade"),
        O("Tembo Telecom", "2026-10-17", None, None, 2, ["TemboCash"], None, "power failure")],
  dates="Saturday=2026-11-07; 12.30pm=2026-11-07T12:30; 5.15pm=2026-11-07T17:15; October 17=2026-10-17;"
        "the end of December=2026-12",
  sector="telecoms/mobile money", region="Kenya", topics=["outage", "leadership"])

A(42, "tollgate-processing-card-declines", "2026-11-03", "Card processor glitch declines payments at First Prairie Bank", """
Customers of First Prairie Bank and at least a dozen credit unions in the US Midwest had debit card payments declined for several hours on Monday after a failure at the card processor Tollgate Processing.

Tollgate, a unit of the Chicago payments group Meridian Transaction Services, said a faulty configuration change applied at 7.40am Central time had caused its authorisation system to reject valid transactions. The problem was fixed at 1.10pm, five and a half hours later.

First Prairie, which has 1.3 million customers in Iowa, Nebraska and Kansas, said its own systems and its Prairie Mobile app had worked normally throughout, but customers could not use their cards. Its chief executive, Donna Whitaker, said the bank would refund any fees charged as a result. "We are reviewing our relationship with Tollgate," she said.

Separately, the online brokerage Stockwell said its trading app had been unavailable for 40 minutes at the market open on Monday, which it blamed on a surge in logins.

Meridian's chief executive, Craig Hollis, who took over in March, said Tollgate would add extra checks before any change reaches its live systems. Meridian shares fell 2.2 per cent.
""",
  ents="C:First Prairie Bank=First Prairie; L:US; L:Midwest; C:Tollgate Processing=Tollgate; L:Chicago;"
       "C:Meridian Transaction Services=Meridian; L:Iowa; L:Nebraska; L:Kansas; S:Prairie Mobile; P:Donna Whitaker;"
       "C:Stockwell; P:Craig Hollis",
  roles="Donna Whitaker|ceo|First Prairie Bank|1; Craig Hollis|ceo|Meridian Transaction Services|1",
  rels="Tollgate Processing>parentOrganization>Meridian Transaction Services; Prairie Mobile>provider>First Prairie Bank;"
       "First Prairie Bank>partner>Tollgate Processing",
  outs=[O("Tollgate Processing", "2026-11-02", "2026-11-02T07:40", "2026-11-02T13:10", 5.5, ["First Prairie Bank"],
          "Midwest", "faulty configuration change"),
        O("Stockwell", "2026-11-02", None, None, 0.67, [], None, "surge in logins")],
  dates="Monday=2026-11-02; 7.40am=2026-11-02T07:40; 1.10pm=2026-11-02T13:10; March=2026-03",
  sector="banks/payments", region="US", topics=["outage"])

A(43, "ashbourne-ceo-resigns-trial-failure", "2026-11-26", "Ashbourne Therapeutics chief resigns after trial failure", """
Ashbourne Therapeutics chief executive Simon Fairclough has resigned with immediate effect after the failure of a late-stage trial of its lead drug, the Cambridge biotech said on Thursday.

Fairclough, who founded Ashbourne in 2011 as a spin-out from Fenland University, will be replaced on an interim basis by the company's chief medical officer, Amara Nwosu.

Shares in Ashbourne fell 58 per cent in London after it said its drug Ashvetra, for a form of muscular dystrophy, had not slowed the disease. Ashvetra was being developed in partnership with the Japanese drugmaker Kyoei Pharmaceutical, which paid $75m for Asian rights in 2024 and said it would end the collaboration.

"This is a very sad day for patients and for everyone at Ashbourne," said its chairman, Richard Pryce. "Simon built this company and leaves it with a strong pipeline."

Ashbourne still has two drugs in earlier trials and about £210m in cash. Analysts at Saltmarsh Capital cut their price target to 80p from 340p. The company's largest shareholder, the investment firm Cotswold Asset Management, said it supported the board.
""",
  ents="C:Ashbourne Therapeutics=Ashbourne; P:Simon Fairclough=Fairclough,Simon; L:Cambridge; O:Fenland University;"
       "P:Amara Nwosu; L:London; S:Ashvetra; C:Kyoei Pharmaceutical; P:Richard Pryce; C:Saltmarsh Capital;"
       "C:Cotswold Asset Management",
  roles="Simon Fairclough|ceo|Ashbourne Therapeutics|0; Simon Fairclough|founder|Ashbourne Therapeutics|1;"
        "Amara Nwosu|executive|Ashbourne Therapeutics|1; Amara Nwosu|ceo|Ashbourne Therapeutics|1;"
        "Richard Pryce|chairman|Ashbourne Therapeutics|1",
  rels="Ashvetra>provider>Ashbourne Therapeutics; Ashbourne Therapeutics>partner>Kyoei Pharmaceutical",
  dates="Thursday=2026-11-26; 2011=2011; 2024=2024",
  sector="pharma", region="UK", topics=["leadership", "partnership"])

A(44, "moda-lucero-black-friday-tiendix", "2026-11-30", "Moda Lucero's website crashes on Black Friday as platform supplier fails", """
Shoppers were unable to buy from the Spanish fashion retailer Moda Lucero online for most of Black Friday after a failure at Tiendix, the e-commerce platform that runs its website and app.

Moda Lucero said its online shop went down at about 8am on Friday and only returned at 3.30pm. Tiendix, which is based in Barcelona and hosts online shops for 6,000 retailers across Europe, said a database overload after a software update had caused errors for many of its clients, including the shoe brand Pasos and the Portuguese homeware chain Casa Brisa.

"Black Friday is the most important online day of our year," said Moda Lucero's chief executive, Isabel Navarro. She said the company would consider its options, including claiming compensation.

Tiendix's co-founder and chief executive, Marc Puig, apologised to customers. The company is owned by the US software investor Greystone Equity, which bought it in 2023.

Moda Lucero, which has 420 stores in Spain, Portugal and Latin America, said in-store sales rose 9 per cent on Friday. Its shares fell 1.5 per cent in Madrid on Monday.

Pasos said its online sales were 40 per cent below last year's.
""",
  ents="C:Moda Lucero; C:Tiendix; L:Barcelona; L:Europe; C:Pasos; C:Casa Brisa; P:Isabel Navarro; P:Marc Puig;"
       "L:US; C:Greystone Equity; L:Spain; L:Portugal; L:Latin America; L:Madrid",
  roles="Isabel Navarro|ceo|Moda Lucero|1; Marc Puig|cofounder|Tiendix|1; Marc Puig|ceo|Tiendix|1",
  rels="Moda Lucero>partner>Tiendix; Pasos>partner>Tiendix; Casa Brisa>partner>Tiendix; Greystone Equity>acquired>Tiendix;"
       "Tiendix>parentOrganization>Greystone Equity",
  outs=[O("Tiendix", "2026-11-27", "2026-11-27T08:00", "2026-11-27T15:30", 7.5, ["Moda Lucero", "Pasos", "Casa Brisa"],
          None, "database overload after a software update")],
  dates="Black Friday=2026-11-27; 8am=2026-11-27T08:00; Friday=2026-11-27; 3.30pm=2026-11-27T15:30; 2023=2023;"
        "Monday=2026-11-30; last year=2025",
  sector="retail", region="Spain", topics=["outage", "leadership", "acquisition"])

A(45, "companies-what-you-need-to-know", "2026-12-01", "Companies: what you need to know today", """
Corrib Air has appointed Niamh Gallagher as chief executive. Gallagher, the Irish airline's chief commercial officer, succeeds Declan Moran, who retires at the end of February after seven years in charge. Moran has been appointed chairman of the airline's parent, Corrib Holdings, from March.

About 210,000 customers of the electricity distributor Sol Iberia Energía in Andalusia were without power for up to six hours on Sunday after a control system failure at a substation in Seville. Sol Iberia, a subsidiary of the Italian group Aurelia Energia, said it would pay compensation to businesses that lost trade.

The telecoms group Teleon has completed its purchase of the Austrian cable operator KabelPlus Austria for €900m. Teleon's chief financial officer, Katja Baumann, said the deal would add earnings from the first year.

The supermarket group Marché Soleil has signed a partnership with the quick-commerce company Zoomly to deliver groceries within 20 minutes in Lyon and Marseille. Marché Soleil's managing director, Hugo Lambert, said the service would reach ten more cities next year.

Shares in Teleon rose 1.1 per cent, while Aurelia fell 0.4 per cent.
""",
  ents="C:Corrib Air; P:Niamh Gallagher=Gallagher; P:Declan Moran=Moran; C:Corrib Holdings;"
       "C:Sol Iberia Energía=Sol Iberia; L:Andalusia; L:Seville; C:Aurelia Energia=Aurelia; C:Teleon;"
       "C:KabelPlus Austria; P:Katja Baumann; C:Marché Soleil; C:Zoomly; L:Lyon; L:Marseille; P:Hugo Lambert",
  roles="Niamh Gallagher|ceo|Corrib Air|1; Niamh Gallagher|executive|Corrib Air|1; Declan Moran|ceo|Corrib Air|1;"
        "Declan Moran|chairman|Corrib Holdings|1; Katja Baumann|cfo|Teleon|1; Hugo Lambert|director|Marché Soleil|1",
  rels="Corrib Air>parentOrganization>Corrib Holdings; Sol Iberia Energía>parentOrganization>Aurelia Energia;"
       "Teleon>acquired>KabelPlus Austria; KabelPlus Austria>parentOrganization>Teleon; Marché Soleil>partner>Zoomly",
  outs=[O("Sol Iberia Energía", "2026-11-29", None, None, 6, [], "Andalusia", "control system failure at a substation")],
  dates="the end of February=2027-02; March=2027-03; Sunday=2026-11-29; next year=2027",
  sector="round-up (airlines, energy, telecoms, supermarkets)", region="Ireland/Spain/Austria/France",
  topics=["round-up", "leadership", "outage", "acquisition", "partnership"])
