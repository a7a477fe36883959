# Articles nt-46 .. nt-55 (batch 2: longer, harder; all names invented). A and O come from articles.py.

A(46, "ardlow-bank-second-outage-fortnight", "2026-11-27", "Ardlow Bank customers locked out again as regulator steps in", """
Customers of Ardlow Bank were locked out of their accounts for much of Thursday, the second time in a fortnight that the Irish lender's digital services have failed, as the bank faced fresh questions from the Central Bank of Ireland over its technology.

The problems began at about 8.40am, when users of the bank's app started reporting that balances were showing as zero and that payments were stuck. By mid-morning the lender's status page described "intermittent problems" with mobile and online banking, and card payments in shops were being declined in Dublin, Cork and Galway. Full service returned at 3.15pm, Ardlow said.

On Friday the bank said the fault had been traced to a routine update to its core banking software, which is supplied by the Danish firm Koldby Systems. "The update was tested, but it interacted with a part of our payment system in a way nobody foresaw," said Ardlow's chief executive, Ciarán Fitzmaurice. "That is our responsibility, not our supplier's, and we are sorry."

ArdlowGo, as the app is called, has about 1.1 million active users, roughly half of the bank's retail customers. Its online banking website, Ardlow Online, was also hit, while business customers could not send payroll files for much of the afternoon.

On 13 November a separate fault at a data centre in Dublin left customers unable to use ArdlowGo for around two hours in the evening. The bank has not said what caused that failure.

The Central Bank of Ireland said it was "engaging intensively" with the lender. People familiar with the matter said the regulator had asked Ardlow to commission an outside review of its systems, which could lead to a fine.

Ardlow, which is 62 per cent owned by the Dutch insurer Zeeland Verzekeringen, has spent about €300m since 2023 moving its customer accounts onto Koldby's Koldby Core platform. The project was led by its chief technology officer, Sinéad Kavanagh, who is due to leave the bank at the end of the year to join the payments company Brightrail.

Shares in Ardlow fell 4.2 per cent to €6.80 in Dublin on Friday morning, their lowest level since March. Conor Whelan, a banking analyst at the stockbroker Lissadell Securities, said the outages were "becoming a pattern rather than bad luck".

"Customers will forgive one bad day. Two in a fortnight starts to look like an underinvestment problem," he said.

Rival lenders including Bank Ríona said they had seen a jump in account-opening requests on Thursday afternoon. Ardlow said customers who incurred charges because of the outage would be refunded.
""",
  ents="C:Ardlow Bank=Ardlow; O:Central Bank of Ireland; L:Dublin; L:Cork; L:Galway; C:Koldby Systems=Koldby;"
       "P:Ciarán Fitzmaurice; S:ArdlowGo; S:Ardlow Online; C:Zeeland Verzekeringen; S:Koldby Core; P:Sinéad Kavanagh;"
       "C:Brightrail; P:Conor Whelan; C:Lissadell Securities; C:Bank Ríona",
  roles="Ciarán Fitzmaurice|ceo|Ardlow Bank|1; Sinéad Kavanagh|cto|Ardlow Bank|1; Conor Whelan|analyst|Lissadell Securities|1",
  rels="ArdlowGo>provider>Ardlow Bank; Ardlow Online>provider>Ardlow Bank; Koldby Core>provider>Koldby Systems;"
       "Ardlow Bank>partner>Koldby Systems; Ardlow Bank>parentOrganization>Zeeland Verzekeringen",
  outs=[O("Ardlow Bank", "2026-11-26", "2026-11-26T08:40", "2026-11-26T15:15", 6.58, ["ArdlowGo", "Ardlow Online"],
          None, "update to its core banking software"),
        O("Ardlow Bank", "2026-11-13", None, None, 2, ["ArdlowGo"], "Dublin", "fault at a data centre")],
  dates="Thursday=2026-11-26; 8.40am=2026-11-26T08:40; 3.15pm=2026-11-26T15:15; Friday=2026-11-27;"
        "13 November=2026-11-13; 2023=2023; the end of the year=2026; Friday morning=2026-11-27; March=2026-03;"
        "Thursday afternoon=2026-11-26",
  sector="banks", region="Ireland", topics=["outage", "leadership", "partnership"])

A(47, "kestara-insurance-takeover-tidewell", "2026-11-18", "Kestara agrees £2.3bn takeover of motor insurer Tidewell", """
Kestara Group, the Edinburgh-based insurer, has agreed a £2.3bn deal for the motor and home insurer Tidewell, creating the second-largest general insurer in the UK by number of policies.

Kestara will pay 412p a share in cash and new shares, a 38 per cent premium to Tidewell's closing price on Friday, when reports of talks first pushed the stock higher. The boards of both companies have recommended the offer, which is expected to complete in the second half of 2027 after approval from the Competition and Markets Authority and the Prudential Regulation Authority.

The takeover of Tidewell ends a year of uncertainty for the Leeds-based company, which rejected an approach from the American private equity firm Stonebridge Holdings in the spring and has been without a permanent chief executive since Martin Fairhurst left in July. Its acting chief executive, Joanne Blake, who is also finance director, will leave once the deal completes.

"Scale matters in motor insurance more than almost anywhere else," said Kestara's group chief executive, Alastair Nairn. "Together we can spend more on pricing models and claims technology than either of us could alone."

Tidewell sells policies under its own name and through the price comparison site Quotewise, which it owns, as well as through a long-standing partnership with the supermarket chain Brambles, whose Brambles Car Insurance brand it underwrites. That deal runs until 2029.

Kestara said it expected to cut annual costs by £140m within three years, partly by moving Tidewell's policies onto its own claims platform, KestaraClaim. People familiar with the matter said about 1,200 jobs could go, mostly in Leeds and in Tidewell's call centre in Swansea.

Kestara's chairman, Fiona Lindsay, said the board had considered "a number of alternatives" before agreeing terms. The group bought the pet insurer Pawprint Cover for £310m in 2024.

Shares in Tidewell rose 31 per cent to 398p on Monday, while Kestara shares fell 2.6 per cent. "The price looks full, but Kestara has a good record of integrating businesses it buys," said Harriet Moss, an analyst at Bexley Capital Markets.

Stonebridge, which owns 9 per cent of Tidewell, said it would support the deal.
""",
  ents="C:Kestara Group=Kestara; L:Edinburgh; C:Tidewell; L:UK; O:Competition and Markets Authority;"
       "O:Prudential Regulation Authority; L:Leeds; C:Stonebridge Holdings=Stonebridge; P:Martin Fairhurst;"
       "P:Joanne Blake; P:Alastair Nairn; S:Quotewise; C:Brambles; S:Brambles Car Insurance; S:KestaraClaim; L:Swansea;"
       "P:Fiona Lindsay; C:Pawprint Cover; P:Harriet Moss; C:Bexley Capital Markets",
  roles="Martin Fairhurst|ceo|Tidewell|0; Joanne Blake|ceo|Tidewell|1; Joanne Blake|cfo|Tidewell|1;"
        "Alastair Nairn|ceo|Kestara Group|1; Fiona Lindsay|chairman|Kestara Group|1;"
        "Harriet Moss|analyst|Bexley Capital Markets|1",
  rels="Kestara Group>acquired>Tidewell; Quotewise>provider>Tidewell; Tidewell>partner>Brambles;"
       "Brambles Car Insurance>provider>Brambles; KestaraClaim>provider>Kestara Group; Kestara Group>acquired>Pawprint Cover;"
       "Pawprint Cover>parentOrganization>Kestara Group",
  dates="Friday=2026-11-13; the second half of 2027=2027; the spring=2026; July=2026-07; 2029=2029; 2024=2024;"
        "Monday=2026-11-16",
  sector="insurers", region="UK", topics=["acquisition", "leadership", "partnership"])

A(48, "skyharbour-airways-results-ceo-exit", "2026-11-12", "SkyHarbour Airways profit jumps as boss confirms exit", """
SkyHarbour Airways reported a 41 per cent rise in first-half profit on Thursday, helped by strong demand on its routes to Europe, as the Hong Kong carrier confirmed that its long-serving chief executive would retire next year.

The airline made a net profit of HK$3.9bn in the six months to September, up from HK$2.8bn a year earlier, on revenue of HK$31bn. It carried 11.2 million passengers, close to the level it reached before the pandemic, and said bookings for the Lunar New Year holiday in February were running 9 per cent ahead of last year.

Raymond Cheung, who has run SkyHarbour since 2014, will step down at the end of June. The board has chosen Vivian Lau, the airline's chief commercial officer, to succeed him. Lau, 49, joined the company in 2005 as a management trainee and ran its cargo arm, SkyHarbour Cargo, before taking on her current role in 2022.

"Vivian has been part of every big decision we have taken in the last decade," Cheung said at a briefing in Hong Kong. "The airline is in better shape than at any point in my time here."

SkyHarbour is controlled by the conglomerate Pearl Delta Holdings, which owns 45 per cent of its shares and whose chairman, Edmund Tsang, also chairs the airline. The carrier owns the regional airline Lotus Wings, which flies to secondary cities in mainland China and south-east Asia.

The results were flattered by lower fuel prices. Costs rose elsewhere: SkyHarbour said it had paid more for engine maintenance because of delays at the engine maker Halvorsen Aero, whose Halvorsen H90 engines power its fleet of long-haul jets. The airline has 14 aircraft on the ground waiting for engine parts and said it had reached a compensation agreement with the manufacturer.

Rival carrier Jade Crescent Airlines reported a smaller rise in profit last month.

SkyHarbour shares rose 3.8 per cent in Hong Kong. Ken Ip, a transport analyst at Victoria Harbour Research, said the succession plan removed an uncertainty that had weighed on the stock. "Lau is the obvious choice, and investors like obvious," he said.

The airline also said it would buy 12 more Pelican 350 wide-body jets, taking its order to 28, and would start flights to Manchester and Milan in April.
""",
  ents="C:SkyHarbour Airways=SkyHarbour; L:Europe; L:Hong Kong; P:Raymond Cheung=Cheung; P:Vivian Lau=Lau,Vivian;"
       "C:SkyHarbour Cargo; C:Pearl Delta Holdings; P:Edmund Tsang; C:Lotus Wings; L:China; L:south-east Asia; C:Halvorsen Aero;"
       "S:Halvorsen H90; C:Jade Crescent Airlines; P:Ken Ip; C:Victoria Harbour Research; S:Pelican 350;"
       "L:Manchester; L:Milan",
  roles="Raymond Cheung|ceo|SkyHarbour Airways|1; Vivian Lau|ceo|SkyHarbour Airways|1;"
        "Vivian Lau|executive|SkyHarbour Airways|1; Vivian Lau|head|SkyHarbour Cargo|0;"
        "Edmund Tsang|chairman|Pearl Delta Holdings|1; Edmund Tsang|chairman|SkyHarbour Airways|1;"
        "Ken Ip|analyst|Victoria Harbour Research|1",
  rels="SkyHarbour Cargo>parentOrganization>SkyHarbour Airways; SkyHarbour Airways>parentOrganization>Pearl Delta Holdings;"
       "Lotus Wings>parentOrganization>SkyHarbour Airways; Halvorsen H90>provider>Halvorsen Aero;"
       "SkyHarbour Airways>partner>Halvorsen Aero",
  dates="Thursday=2026-11-12; next year=2027; September=2026-09; February=2027-02; last year=2025; 2014=2014;"
        "the end of June=2027-06; 2005=2005; 2022=2022; last month=2026-10; April=2027-04",
  sector="airlines", region="Hong Kong", topics=["earnings", "leadership", "partnership"])

A(49, "ventura-cloud-degraded-frankfurt", "2026-11-05", "Ventura Cloud says Frankfurt problems fixed after day of degraded service", """
Ventura Cloud, the cloud computing business of the Spanish technology group Grupo Altamira, said on Thursday that it had fixed a storage fault that caused "degraded performance" for customers in its Frankfurt region for more than 14 hours, disrupting online shops, a German train operator's ticket app and a popular budgeting service.

The company's status page first reported "elevated error rates" for its Ventura Object Store service at 22:50 CET on Tuesday. Customers said websites loaded slowly or not at all overnight, and by Wednesday morning the problem had spread to Ventura's managed database product, Ventura DB. Ventura said all services were operating normally again from 13:10 on Wednesday.

Among those hit was the ticketing app of the regional rail operator Mainlinie Bahn, whose MainTicket app could not sell tickets for most of the morning rush hour, and the personal finance app Centwise, which is owned by the Berlin start-up Pfennig Labs. "Our own systems were fine; we simply could not reach our data," said Pfennig Labs co-founder Jana Köhler.

In a preliminary report published on Thursday, Ventura blamed a faulty firmware upgrade on storage servers made by the hardware supplier Trellis Storage. "A routine upgrade triggered a bug that made a group of disks unavailable at the same time," the report said. Trellis did not respond to a request for comment.

Ventura's head of infrastructure for Europe, Diego Salvatierra, apologised to customers in a blog post and said the company would offer service credits. "We fell short of the standard our customers expect," he wrote.

The outage is a setback for Ventura, which has been trying to win business from European governments and companies that want to keep data out of the reach of American providers. It is the fourth-largest cloud provider in Germany, according to the research firm Cirrus Metrics.

Grupo Altamira, which is listed in Madrid, spun off its payments business, Altamira Pay, last year to focus on cloud and software. Its chief executive, Beatriz Ocaña, told investors in September that Ventura would double its data-centre capacity in Germany by 2028.

Germany's IT security agency, the BSI, said it was in contact with the company but saw no sign of a cyber attack. Shares in Altamira fell 1.9 per cent in Madrid on Thursday.
""",
  ents="C:Ventura Cloud=Ventura; C:Grupo Altamira=Altamira; L:Frankfurt; S:Ventura Object Store; S:Ventura DB;"
       "C:Mainlinie Bahn; S:MainTicket; S:Centwise; L:Berlin; C:Pfennig Labs; P:Jana Köhler; C:Trellis Storage=Trellis;"
       "P:Diego Salvatierra; L:Europe; L:Germany; C:Cirrus Metrics; L:Madrid; C:Altamira Pay; P:Beatriz Ocaña; O:BSI",
  roles="Jana Köhler|cofounder|Pfennig Labs|1; Diego Salvatierra|head|Ventura Cloud|1; Beatriz Ocaña|ceo|Grupo Altamira|1",
  rels="Ventura Cloud>parentOrganization>Grupo Altamira; Ventura Object Store>provider>Ventura Cloud;"
       "Ventura DB>provider>Ventura Cloud; MainTicket>provider>Mainlinie Bahn; Centwise>provider>Pfennig Labs;"
       "Ventura Cloud>partner>Trellis Storage; Altamira Pay>parentOrganization>Grupo Altamira",
  outs=[O("Ventura Cloud", "2026-11-03", "2026-11-03T22:50", "2026-11-04T13:10", 14.33,
          ["Ventura Object Store", "Ventura DB", "MainTicket", "Centwise"], "Frankfurt", "faulty firmware upgrade")],
  dates="Thursday=2026-11-05; 22:50 CET=2026-11-03T22:50; Tuesday=2026-11-03; Wednesday morning=2026-11-04;"
        "13:10=2026-11-04T13:10; Wednesday=2026-11-04; last year=2025; September=2026-09; 2028=2028",
  sector="cloud/SaaS", region="Germany/Spain", topics=["outage", "partnership"])

A(50, "hoshino-semiconductor-buys-lattica", "2026-11-24", "Hoshino Semiconductor completes purchase of Dutch chip designer Lattica", """
Hoshino Semiconductor has completed the purchase of Lattica, the Dutch designer of power-management chips, after European regulators cleared the €1.7bn deal with conditions, the Japanese chipmaker said on Tuesday.

The takeover, first announced in March, gives Hoshino a foothold in chips for electric-car chargers and industrial robots, markets where it has lagged behind larger rivals. Lattica, based in Eindhoven, will become a wholly owned subsidiary and keep its brand, its 900 engineers and its chief executive, Pieter van Leeuwen, who will also join Hoshino's executive committee as head of its power business.

The European Commission approved the deal last week on the condition that Hoshino keep supplying Lattica's LX-series chips to rival carmakers on existing terms for five years. The Dutch government had also reviewed the purchase under its investment screening rules and raised no objection, people familiar with the matter said.

"Lattica's designers and our factories are a natural fit," said Hoshino's president and chief executive, Daisuke Arakawa, at a press conference in Kyoto. "We will manufacture their chips in Kumamoto and sell them through our channels in China and America."

Lattica was founded in 2011 by van Leeuwen and Marloes Janssen, a former researcher at Eindhoven University of Technology, who remains its chief technology officer. Its biggest customers include the German car-parts maker Steinhaus Elektrik, which signed a supply agreement with Lattica in 2023 for chips used in its onboard chargers.

The deal is Hoshino's second acquisition this year. In June it bought a majority stake in the Taiwanese test-equipment maker Formosa Probe for an undisclosed sum.

Hoshino also reported on Tuesday that operating profit for the July-to-September quarter fell 6 per cent to 58 billion yen, as demand for chips used in smartphones remained weak. It kept its full-year forecast unchanged.

Hoshino shares rose 1.1 per cent in Tokyo. Megumi Tanaka, a semiconductor analyst at Sakuragawa Securities, said the Lattica purchase "adds growth at a time when the core business has stalled", but warned that Hoshino had paid a high price. "They needed this more than Lattica needed them," she said.

Lattica's rival, the Belgian firm Voltaic Circuits, said last month that it was in talks with several buyers.
""",
  ents="C:Hoshino Semiconductor=Hoshino; C:Lattica; L:Eindhoven; P:Pieter van Leeuwen=van Leeuwen;"
       "O:European Commission; S:LX-series; P:Daisuke Arakawa; L:Kyoto; L:Kumamoto; L:China; L:America;"
       "P:Marloes Janssen; O:Eindhoven University of Technology; C:Steinhaus Elektrik; C:Formosa Probe; L:Tokyo;"
       "P:Megumi Tanaka; C:Sakuragawa Securities; C:Voltaic Circuits",
  roles="Pieter van Leeuwen|ceo|Lattica|1; Pieter van Leeuwen|head|Hoshino Semiconductor|1;"
        "Pieter van Leeuwen|cofounder|Lattica|1; Daisuke Arakawa|president|Hoshino Semiconductor|1;"
        "Daisuke Arakawa|ceo|Hoshino Semiconductor|1; Marloes Janssen|cofounder|Lattica|1; Marloes Janssen|cto|Lattica|1;"
        "Megumi Tanaka|analyst|Sakuragawa Securities|1",
  rels="Hoshino Semiconductor>acquired>Lattica; Lattica>parentOrganization>Hoshino Semiconductor;"
       "LX-series>provider>Lattica; Steinhaus Elektrik>partner>Lattica;"
       "Formosa Probe>parentOrganization>Hoshino Semiconductor; Hoshino Semiconductor>acquired>Formosa Probe",
  dates="Tuesday=2026-11-24; March=2026-03; 2011=2011; 2023=2023; this year=2026; June=2026-06; last month=2026-10;"
        "the July-to-September quarter=2026-Q3",
  sector="chips", region="Japan/Netherlands", topics=["acquisition", "leadership", "earnings", "partnership"])

A(51, "carrodel-telecom-fined-emergency-calls", "2026-11-10", "Regulator fines Carrodel Telecom €18m over emergency call failure", """
Spain's telecoms regulator has fined Carrodel Telecom €18m for an outage last year that left customers in three regions unable to reach the emergency number 112 for several hours, the largest penalty it has imposed on an operator.

The National Markets and Competition Commission said on Tuesday that Carrodel had failed to maintain "adequate redundancy" in its core network. The outage, on 14 July last year, began at 6.20pm after a software error in equipment that routes voice calls and was not fully resolved until 1.05am the following morning. About 2.3 million mobile and landline customers in Valencia, Murcia and Andalusia were affected.

The regulator's report found that Carrodel's engineers took almost four hours to identify the fault, in part because the monitoring tool that should have raised the alarm had been switched off during maintenance. The software error was traced to an update supplied by the network equipment maker Nordvast Telecom Systems, which the report said had been installed without full testing.

Carrodel, which is owned by the French group Lumière Télécom, said it would appeal. "We disagree with the size of the fine, although we accept that the events of that night should never have happened," said Carrodel's chief executive, Álvaro Prieto. He said the operator had since spent €60m on its network and had ended its use of the monitoring tool.

The operator's mobile brand, Carrodel Móvil, has 9.4 million customers, making it Spain's third-largest network. Its budget brand, Zas, is run separately and was not affected by the July outage because it uses a different core network, the company said.

The fine comes at an awkward time for Lumière, which is trying to sell a minority stake in Carrodel's fibre network to the infrastructure investor Atalaya Partners. People familiar with the talks said the two sides had not yet agreed on price.

Lumière's chief executive, Hélène Castaing, told analysts last month that Spain remained "a core market".

Consumer groups called for customers to be compensated. Carrodel said it had already credited affected customers with a day's fees.

Nordvast, based in Gothenburg, said in a statement that it "supports its customers in investigations" but did not comment on the findings. Its shares were little changed in Stockholm.
""",
  ents="L:Spain; C:Carrodel Telecom=Carrodel; O:National Markets and Competition Commission; L:Valencia; L:Murcia;"
       "L:Andalusia; C:Nordvast Telecom Systems=Nordvast; C:Lumière Télécom=Lumière; P:Álvaro Prieto;"
       "S:Carrodel Móvil; S:Zas; C:Atalaya Partners; P:Hélène Castaing; L:Gothenburg; L:Stockholm",
  roles="Álvaro Prieto|ceo|Carrodel Telecom|1; Hélène Castaing|ceo|Lumière Télécom|1",
  rels="Carrodel Telecom>parentOrganization>Lumière Télécom; Carrodel Telecom>partner>Nordvast Telecom Systems;"
       "Carrodel Móvil>provider>Carrodel Telecom; Zas>provider>Carrodel Telecom",
  outs=[O("Carrodel Telecom", "2025-07-14", "2025-07-14T18:20", "2025-07-15T01:05", 6.75, [],
          "Valencia, Murcia and Andalusia", "software error")],
  dates="last year=2025; Tuesday=2026-11-10; 14 July last year=2025-07-14; 6.20pm=2025-07-14T18:20;"
        "1.05am=2025-07-15T01:05; July=2025-07; last month=2026-10",
  sector="telecoms", region="Spain", topics=["regulation", "outage", "leadership"])

A(52, "rapido-eats-courier-app-down-singapore", "2026-11-22", "Rapido Eats app fails during Saturday dinner rush", """
Thousands of diners in Singapore and Malaysia were unable to order meals on Saturday evening after the food delivery app Rapido Eats crashed for more than two hours, leaving restaurants with stacks of uncollected orders and couriers idle.

Rapido Eats, which is run by the Singapore company Rapido Technologies, said its app began showing errors at about 6.45pm local time, just as the dinner rush began. Orders resumed at 8.55pm, the company said on its status page, although some customers reported problems with payments until later in the night.

On Sunday the company said the problem had been caused by a failure at its payments partner, Sekala Pay, whose systems stopped confirming card transactions. Sekala Pay, a unit of the Indonesian conglomerate Sinar Raya Group, said a database upgrade at its Jakarta data centre had gone wrong and that it had switched to backup systems "within minutes". It said it was "investigating why recovery took longer than planned".

Rapido's co-founder and chief executive, Marcus Tan, said on social media that the firm would compensate restaurants for orders that were cancelled. "Our merchants lost their busiest two hours of the week. That is unacceptable, whoever's system failed," he wrote.

The courier app used by Rapido's riders, Rapido Rider, kept working, but couriers said they could not accept new jobs because no orders were coming through. The Singapore Food Delivery Riders' Association said members had lost an evening's pay.

The outage also hit Kopibox, a coffee chain that takes orders through its own app but uses Sekala Pay for card payments. Kopibox said about 40 stores had been affected.

Rapido Technologies, which is backed by the investment firm Kallang Ventures, is preparing for a stock market listing next year. It handles about 1.2 million orders a day across six countries and has been trying to catch up with the market leader, Hungrygo, an app owned by the Malaysian group Tunas Digital.

"Delivery customers are not loyal. If the app doesn't work on a Saturday night they will just open another one," said Farah Idris, an analyst at Straits Consumer Research.

The Infocomm Media Development Authority said it had asked Rapido for details of the incident.
""",
  ents="L:Singapore; L:Malaysia; S:Rapido Eats; C:Rapido Technologies=Rapido; C:Sekala Pay; C:Sinar Raya Group;"
       "L:Jakarta; P:Marcus Tan; S:Rapido Rider; O:Singapore Food Delivery Riders' Association; C:Kopibox;"
       "C:Kallang Ventures; S:Hungrygo; C:Tunas Digital; P:Farah Idris; C:Straits Consumer Research;"
       "O:Infocomm Media Development Authority",
  roles="Marcus Tan|cofounder|Rapido Technologies|1; Marcus Tan|ceo|Rapido Technologies|1;"
        "Farah Idris|analyst|Straits Consumer Research|1",
  rels="Rapido Eats>provider>Rapido Technologies; Rapido Technologies>partner>Sekala Pay;"
       "Sekala Pay>parentOrganization>Sinar Raya Group; Rapido Rider>provider>Rapido Technologies;"
       "Kopibox>partner>Sekala Pay; Hungrygo>provider>Tunas Digital",
  outs=[O("Sekala Pay", "2026-11-21", "2026-11-21T18:45", "2026-11-21T20:55", 2.17, ["Rapido Eats", "Kopibox"],
          "Jakarta", "database upgrade")],
  dates="Saturday evening=2026-11-21; 6.45pm=2026-11-21T18:45; 8.55pm=2026-11-21T20:55; Sunday=2026-11-22;"
        "next year=2027; Saturday=2026-11-21",
  sector="food delivery", region="Singapore/Malaysia/Indonesia", topics=["outage", "partnership", "leadership"])

A(53, "valtera-motors-interim-ceo-recall", "2026-11-16", "Valtera Motors ousts chief executive as recall costs mount", """
Valtera Motors has ousted its chief executive, Giorgos Stavrou, after a string of recalls wiped out the Greek-Swiss carmaker's profit this year, and named its finance chief, Renate Vogl, as interim boss.

The board said on Monday that it had "lost confidence" in Stavrou's ability to fix quality problems with the company's electric models. He had been in the post for three years. Vogl, 55, will remain chief financial officer while the board searches for a permanent successor, a process expected to take up to six months.

Valtera, based in Zug, has recalled more than 180,000 vehicles since June, most of them Valtera Kite compact SUVs, because of a fault in battery cells that could overheat. The cells are made by the Chinese supplier Xinhe Cell Technology, with which Valtera signed a five-year supply deal in 2023. Valtera said last week it had begun legal action against Xinhe to recover part of the €640m cost of the recalls.

"Our customers need to be able to trust our cars, and our employees need to know where we are going," said Valtera's chairman, Dietmar Gruber, who said he would work closely with Vogl during the transition. "Renate knows this company's numbers better than anyone."

Stavrou, 61, who joined Valtera from the truck maker Ostrava Nákladní in 2023, said in a statement that he was "proud of what the team achieved" and wished his successor well.

Valtera is controlled by the Kyriakou family through its holding company, Kyriakou Holdings, which owns 52 per cent of the shares. It also owns the Italian design studio Studio Ferraris Linea, which it acquired in 2019.

The company is due to launch a cheaper electric hatchback, the Valtera Pico, in Europe next spring, built at a plant in Hungary that it runs in a joint venture with the Hungarian parts maker Duna Autóalkatrész.

Shares in Valtera rose 5.4 per cent in Zurich, suggesting investors welcomed the change. "The market had lost patience with the recalls and with the strategy," said Corinne Balmer, an analyst at Helvetia Auto Research. "An interim CFO-CEO buys time, but it is not a plan."

Switzerland's road safety authority said it was monitoring the recall.
""",
  ents="C:Valtera Motors=Valtera; P:Giorgos Stavrou=Stavrou; P:Renate Vogl=Vogl,Renate; L:Zug; S:Valtera Kite;"
       "C:Xinhe Cell Technology=Xinhe; P:Dietmar Gruber; C:Ostrava Nákladní; C:Kyriakou Holdings;"
       "C:Studio Ferraris Linea; S:Valtera Pico; L:Europe; L:Hungary; C:Duna Autóalkatrész; L:Zurich;"
       "P:Corinne Balmer; C:Helvetia Auto Research; L:Switzerland",
  roles="Giorgos Stavrou|ceo|Valtera Motors|0; Renate Vogl|cfo|Valtera Motors|1; Renate Vogl|ceo|Valtera Motors|1;"
        "Dietmar Gruber|chairman|Valtera Motors|1; Corinne Balmer|analyst|Helvetia Auto Research|1",
  rels="Valtera Kite>provider>Valtera Motors; Valtera Motors>partner>Xinhe Cell Technology;"
       "Valtera Motors>parentOrganization>Kyriakou Holdings; Valtera Motors>acquired>Studio Ferraris Linea;"
       "Studio Ferraris Linea>parentOrganization>Valtera Motors; Valtera Pico>provider>Valtera Motors;"
       "Valtera Motors>partner>Duna Autóalkatrész",
  dates="this year=2026; Monday=2026-11-16; June=2026-06; 2023=2023; 2019=2019; next spring=2027",
  sector="carmakers", region="Switzerland", topics=["leadership", "partnership", "acquisition"])

A(54, "brennholt-airport-baggage-system-failure", "2026-11-30", "Baggage system failure leaves thousands without luggage at Oslo Gardermoen", """
Thousands of passengers flew out of Oslo Gardermoen airport without their luggage on Sunday after the airport's automated baggage-handling system failed for nearly five hours, the airport operator said.

The system stopped sorting bags at about 5.10am, just as the first wave of morning departures began checking in, and was restored at 9.55am, according to Nordlys Lufthavner, the state-owned company that runs the airport and 40 others across Norway. Airlines were told to load only hand luggage on many flights to clear the queues. About 6,500 bags were left behind and are being sent on to passengers.

Nordlys said the failure was caused by a power surge that damaged control units in the sorting system, which was installed in 2021 by the Dutch engineering company Brennholt Systems. "We do not yet know why the protection in the system did not work as designed," said Ingvild Berge, Nordlys's head of airport operations.

The Norwegian airline Fjellfly, which has its main base at the airport, said 70 of its flights left without some or all of the checked bags. Its chief operating officer, Erlend Sunde, said staff had worked through the day to reunite passengers with their luggage. "It has been a very hard day for our customers and for our teams on the ground," he said.

Scandinavian and international carriers including Baltavia, the Latvian low-cost airline, were also affected, though fewer flights were delayed than during a similar baggage failure at the airport in 2024.

Brennholt, which is a division of the German engineering group Keller-Wiest, said engineers were on site. A spokesman, Maarten Dekker, said the company was "working closely with the airport to understand what happened".

Nordlys's chief executive, Trond Aasheim, said on Monday that the company would ask for an independent investigation. Norway's transport ministry said it expected a report within two weeks.

The failure comes as Nordlys prepares to award a 1.2 billion kroner contract for a new baggage system at Bergen airport. Brennholt is one of three bidders, along with the Italian firm Sistemi Bagaglio and a consortium led by the Danish company Vestlund Automation.

Passengers whose bags are delayed can claim compensation from their airline under European rules.
""",
  ents="L:Oslo Gardermoen; C:Nordlys Lufthavner=Nordlys; L:Norway; C:Brennholt Systems=Brennholt; P:Ingvild Berge;"
       "C:Fjellfly; P:Erlend Sunde; C:Baltavia; C:Keller-Wiest; P:Maarten Dekker; P:Trond Aasheim; L:Bergen;"
       "C:Sistemi Bagaglio; C:Vestlund Automation",
  roles="Ingvild Berge|head|Nordlys Lufthavner|1; Erlend Sunde|coo|Fjellfly|1;"
        "Maarten Dekker|spokesperson|Brennholt Systems|1; Trond Aasheim|ceo|Nordlys Lufthavner|1",
  rels="Nordlys Lufthavner>partner>Brennholt Systems; Brennholt Systems>parentOrganization>Keller-Wiest",
  outs=[O("Nordlys Lufthavner", "2026-11-29", "2026-11-29T05:10", "2026-11-29T09:55", 4.75, ["Fjellfly", "Baltavia"],
          "Oslo Gardermoen", "power surge")],
  dates="Sunday=2026-11-29; 5.10am=2026-11-29T05:10; 9.55am=2026-11-29T09:55; 2021=2021; 2024=2024;"
        "Monday=2026-11-30",
  sector="airports", region="Norway", topics=["outage", "partnership"])

A(55, "merant-bank-results-ceo-quotes", "2026-11-03", "Merant Bank profit beats forecasts as chief warns on rates", """
Merant Bank, the Polish lender, reported a bigger than expected rise in third-quarter profit on Tuesday, but its chief executive warned that falling interest rates would squeeze earnings next year.

Net profit rose 17 per cent to 1.42 billion zlotys in the three months to September, ahead of the 1.29 billion expected by analysts, as lending to small businesses grew and bad-loan charges fell. Net interest income, the bank's main source of revenue, rose 4 per cent.

"This was a strong quarter, but we are not going to pretend that next year will look the same," said chief executive Agnieszka Wróbel, who took over in January from the long-serving Andrzej Malinowski. "When the central bank cuts rates, our margins come down, and we have to make up for it with fees and volumes."

Poland's central bank, the National Bank of Poland, cut its main rate by a quarter of a point in October and economists expect further cuts in 2027.

Merant, which is 58 per cent owned by the Austrian banking group Donauring Bank, said it would pay out 60 per cent of its profit as dividends. Donauring's chief financial officer, Stefan Leitner, said separately in Vienna that the Polish unit was "the best-performing part of our group".

The bank said its mobile banking app, Merant Mobi, had gained 310,000 users in the quarter and now had 4.6 million. It also said it had signed a deal with the Polish payments company Pionek Płatności to offer instant loans to online shoppers at checkout, starting in the first quarter of 2027.

In a separate statement, Merant said the Polish Financial Supervision Authority had closed an inquiry into how it sold foreign-currency mortgages before 2010, without imposing a fine. Legal provisions for those loans fell to 310 million zlotys from 520 million a year earlier.

Merant's shares rose 3.3 per cent in Warsaw, valuing the bank at about 38 billion zlotys. "The results were clean, and the mortgage overhang is shrinking," said Tomasz Kowalczyk, an analyst at the brokerage Wisła Capital Markets. "The question is how much of next year's fall in margins is already priced in."

Rival lender Bank Jantar reports its results on Thursday.
""",
  ents="C:Merant Bank=Merant; P:Agnieszka Wróbel; P:Andrzej Malinowski; L:Poland; O:National Bank of Poland;"
       "C:Donauring Bank=Donauring; P:Stefan Leitner; L:Vienna; S:Merant Mobi; C:Pionek Płatności;"
       "O:Polish Financial Supervision Authority; L:Warsaw; P:Tomasz Kowalczyk; C:Wisła Capital Markets; C:Bank Jantar",
  roles="Agnieszka Wróbel|ceo|Merant Bank|1; Andrzej Malinowski|ceo|Merant Bank|0; Stefan Leitner|cfo|Donauring Bank|1;"
        "Tomasz Kowalczyk|analyst|Wisła Capital Markets|1",
  rels="Merant Bank>parentOrganization>Donauring Bank; Merant Mobi>provider>Merant Bank;"
       "Merant Bank>partner>Pionek Płatności",
  dates="third-quarter=2026-Q3; Tuesday=2026-11-03; next year=2027; September=2026-09; January=2026-01; October=2026-10; 2027=2027;"
        "the first quarter of 2027=2027-Q1; 2010=2010; Thursday=2026-11-05",
  sector="banks", region="Poland", topics=["earnings", "leadership", "partnership", "regulation"])
