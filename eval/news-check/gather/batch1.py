# Articles nc-01 .. nc-10 (eval/news-check, a CHECK set; all names invented). A and O come from articles.py.

A(1, "veridane-cloud-frankfurt-outage", "2026-11-24", "Veridane Cloud failure takes German shops and banks offline", """
Thousands of businesses in Germany lost access to their websites and internal tools on Monday after a failure at Veridane Cloud, the Frankfurt-based hosting provider, knocked out its data centre region in Frankfurt for more than five hours.

The outage began at 6.50am local time, when storage servers stopped responding after a power distribution unit failed, the company said in a statement. Services were fully restored at 12.10pm.

Among the customers hit were the online furniture seller Holzmeister, whose shop Holzmeister.de showed an error page all morning, and the ticket seller Kartenwerk, which could not issue tickets for concerts and football matches. The regional lender Auenbank said customers of its Auenbank Mobil app had been unable to log in for most of the morning.

Veridane chief executive Jonas Ehrlich apologised and said the company would pay credits to customers under its service agreements. "A single component should never be able to take down a whole region, and we will find out why it did," he said.

Veridane, which is owned by the telecoms group Ostwind Netze, has about 40,000 business customers, most of them small and medium-sized companies. The Federal Network Agency said it had asked the company for a report.
""",
  ents="C:Veridane Cloud=Veridane; L:Germany; L:Frankfurt; C:Holzmeister; S:Holzmeister.de; C:Kartenwerk; C:Auenbank;"
       "S:Auenbank Mobil; P:Jonas Ehrlich; C:Ostwind Netze; O:Federal Network Agency",
  roles="Jonas Ehrlich|ceo|Veridane Cloud|1",
  rels="Holzmeister.de>provider>Holzmeister; Auenbank Mobil>provider>Auenbank; Veridane Cloud>parentOrganization>Ostwind Netze;"
       "Holzmeister>partner>Veridane Cloud; Kartenwerk>partner>Veridane Cloud",
  outs=[O("Veridane Cloud", "2026-11-23", "2026-11-23T06:50", "2026-11-23T12:10", 5.33,
          ["Holzmeister.de", "Kartenwerk", "Auenbank Mobil"], "Frankfurt", "power distribution unit failed")],
  dates="Monday=2026-11-23; 6.50am=2026-11-23T06:50; 12.10pm=2026-11-23T12:10",
  sector="cloud", region="Germany", topics=["outage"])

A(2, "coorong-bank-processor-second-outage", "2026-11-20", "Card payments fail for Coorong Bank customers as processor suffers second outage", """
Customers of Coorong Bank had card payments declined at supermarkets, petrol stations and cafes across South Australia and Victoria on Thursday evening after a fault at the company that processes the lender's transactions.

The Adelaide-based bank said the problem lay with Quandong Payments, which runs card authorisation for Coorong and about a dozen smaller lenders. Payments began failing at around 5.20pm and the service came back at 8.05pm, although some customers said transfers made in the bank's app, Coorong Go, did not appear until the next morning.

It is the second time in November that Quandong's systems have gone down. On 3 November, a faulty network switch at the processor's data centre in Melbourne stopped card payments for about 90 minutes at Coorong and at the credit union Wirra Mutual.

"We are deeply frustrated," said Coorong's chief executive, Belinda Marsh-Tully. "Our customers do not care whose computer failed. They care that they could not pay for their groceries." She said the bank would review its contract with Quandong, which runs until 2028.

Quandong Payments, a subsidiary of the technology group Kinchega Holdings, blamed Thursday's failure on a software update to its fraud-screening system that had been rolled out earlier in the day. "The change was reversed as soon as the cause was identified," said Rhiannon Gale, a spokeswoman for Quandong.

The Reserve Bank of Australia said it was monitoring the incident and had been in contact with both companies.

"Outsourcing the plumbing is cheaper, but it concentrates risk," said Callum Petrakis, a banking analyst at Morrow Street Securities. "When one processor sneezes, a dozen banks catch a cold."

Coorong, which has 740,000 customers, has been trying to grow in New South Wales since buying the online lender Saltbush Home Loans last year. Its shares closed 1.8 per cent lower on Friday, while the wider market was little changed.

Kinchega's chief executive, Adrian Voss, said on Friday that the group, which is listed in Sydney, would pay for an independent review of the way Quandong tests changes to its systems. Kinchega bought Quandong from its founders in 2021 and has since expanded it into New Zealand. Quandong handles about 1.4 billion card transactions a year.
""",
  ents="C:Coorong Bank=Coorong; L:South Australia; L:Victoria; L:Adelaide; C:Quandong Payments=Quandong; S:Coorong Go;"
       "L:Melbourne; C:Wirra Mutual; P:Belinda Marsh-Tully; C:Kinchega Holdings=Kinchega; P:Rhiannon Gale;"
       "O:Reserve Bank of Australia; P:Callum Petrakis; C:Morrow Street Securities; L:New South Wales;"
       "C:Saltbush Home Loans; P:Adrian Voss; L:Sydney; L:New Zealand",
  roles="Belinda Marsh-Tully|ceo|Coorong Bank|1; Rhiannon Gale|spokesperson|Quandong Payments|1;"
        "Callum Petrakis|analyst|Morrow Street Securities|1; Adrian Voss|ceo|Kinchega Holdings|1",
  rels="Coorong Go>provider>Coorong Bank; Coorong Bank>partner>Quandong Payments;"
       "Quandong Payments>parentOrganization>Kinchega Holdings; Kinchega Holdings>acquired>Quandong Payments;"
       "Coorong Bank>acquired>Saltbush Home Loans; Saltbush Home Loans>parentOrganization>Coorong Bank",
  outs=[O("Quandong Payments", "2026-11-19", "2026-11-19T17:20", "2026-11-19T20:05", 2.75, ["Coorong Bank"],
          "South Australia and Victoria", "software update to its fraud-screening system"),
        O("Quandong Payments", "2026-11-03", None, None, 1.5, ["Coorong Bank", "Wirra Mutual"], "Melbourne",
          "faulty network switch")],
  dates="Thursday evening=2026-11-19; 5.20pm=2026-11-19T17:20; 8.05pm=2026-11-19T20:05; the next morning=2026-11-20;"
        "November=2026-11; 3 November=2026-11-03; 2028=2028; Thursday=2026-11-19; last year=2025; Friday=2026-11-20;"
        "2021=2021",
  sector="banks", region="Australia", topics=["outage", "acquisition"])

A(3, "hisaya-motor-next-ceo", "2026-11-10", "Hisaya Motor picks head of US business as next chief executive", """
Kenzo Arimura, who runs the North American business of Hisaya Motor, will become chief executive of the Japanese carmaker in April, the company said on Tuesday. He replaces Michiko Sonoda, who has led the company since 2019 and will become chairman.

Sonoda, 64, takes over the chair from Tadashi Kurobe, who will retire after 12 years on the board. Arimura, 52, is best known inside the company for the launch of the Hisaya Kaze hybrid, now its best-selling model in the US and Canada. He will be the first chief executive of the Nagoya-based group to have spent most of his career outside Japan.

The change comes as Hisaya tries to catch up in battery-electric cars. It formed a joint venture with the battery maker Seiran Energy in 2024 to build cells in Aichi prefecture, and it owns 34 per cent of the truck maker Oribe Trucks.

"Kenzo understands our customers abroad better than anyone in this company," Sonoda told reporters in Nagoya.

Shares in Hisaya rose 2.1 per cent in Tokyo after the announcement.
""",
  ents="P:Kenzo Arimura=Arimura,Kenzo; C:Hisaya Motor=Hisaya; P:Michiko Sonoda=Sonoda; P:Tadashi Kurobe; S:Hisaya Kaze; L:US;"
       "L:Canada; L:Nagoya; L:Japan; C:Seiran Energy; L:Aichi prefecture; C:Oribe Trucks; L:Tokyo",
  roles="Kenzo Arimura|ceo|Hisaya Motor|1; Kenzo Arimura|head|Hisaya Motor|1; Michiko Sonoda|ceo|Hisaya Motor|1;"
        "Michiko Sonoda|chairman|Hisaya Motor|1; Tadashi Kurobe|chairman|Hisaya Motor|1",
  rels="Hisaya Kaze>provider>Hisaya Motor; Hisaya Motor>partner>Seiran Energy",
  dates="April=2027-04; Tuesday=2026-11-10; 2019=2019; 2024=2024",
  sector="carmakers", region="Japan", topics=["leadership"])

A(4, "sahyadri-finserv-to-buy-tulsi-pay", "2026-11-17", "Sahyadri Finserv to buy payments start-up Tulsi Pay for $410m", """
Sahyadri Finserv, the Pune-based consumer lender, has agreed to buy the payments start-up Tulsi Pay for about $410m, in the biggest financial technology deal in India this year.

The deal, announced on Monday evening, values Tulsi Pay at roughly 14 times its annual revenue. It needs approval from the Reserve Bank of India and the Competition Commission of India and is expected to close by March.

Tulsi Pay was founded in 2019 by two former bank executives, Rohini Kapadia and Sameer Goswami. It runs a merchant app called TulsiBiz that lets small shops accept QR-code and card payments on a phone, and says more than 2.3 million merchants use it, most of them in Maharashtra, Karnataka and Gujarat.

Sahyadri's managing director, Vikrant Joshi, said the purchase would let the lender offer working-capital loans to shopkeepers based on their sales data. "Every payment through TulsiBiz tells us something about the health of a business," he said on a call with analysts on Tuesday.

Kapadia will stay on as chief executive of Tulsi Pay, which will be run as a separate unit. Goswami, its chief technology officer, plans to leave after the deal closes to set up a new company.

Tulsi Pay's largest investors, the Singapore-based fund Marigold Ridge Capital and the Mumbai venture firm Banyan Arc Partners, will sell their stakes in full. Both invested in 2021, when the start-up was valued at $120m.

Tulsi Pay settles its merchants' money through an account at Malwa Bank, a mid-sized private lender that has been its banking partner since 2020. In February the start-up had to stop signing up new merchants for six weeks after the Reserve Bank of India found gaps in the way it checked their identities; the central bank lifted the restriction in April after the company tightened its checks.

Joshi said that episode had been examined closely before Sahyadri made its offer. "Every fast-growing payments company has had a conversation like that with the regulator," he said. "What matters is how it responded, and Tulsi responded well."

The deal comes a year after Sahyadri bought the gold-loan company Kanak Credit for 9bn rupees. Sahyadri itself is 51 per cent owned by Deshmukh Enterprises, the holding company of the family that founded the lender in 1994.

Not everyone is convinced. "The price is rich for a business that has never made a profit," said Kritika Sabharwal, an analyst at Kalbadevi Securities. "Sahyadri is paying for data it could partly have bought much more cheaply."

Tulsi Pay competes with much larger payment companies and, since August, with a merchant app launched by the mobile operator Indrayani Telecom, which has been giving away card readers to win customers.

Shares in Sahyadri rose 3.4 per cent on Tuesday.
""",
  ents="C:Sahyadri Finserv=Sahyadri; L:Pune; C:Tulsi Pay=Tulsi; L:India; O:Reserve Bank of India; C:Malwa Bank; O:Competition Commission of India;"
       "P:Rohini Kapadia=Kapadia; P:Sameer Goswami=Goswami; S:TulsiBiz; L:Maharashtra; L:Karnataka; L:Gujarat;"
       "P:Vikrant Joshi=Joshi; L:Singapore; C:Marigold Ridge Capital; L:Mumbai; C:Banyan Arc Partners; C:Kanak Credit;"
       "C:Deshmukh Enterprises; P:Kritika Sabharwal; C:Kalbadevi Securities; C:Indrayani Telecom",
  roles="Rohini Kapadia|cofounder|Tulsi Pay|1; Sameer Goswami|cofounder|Tulsi Pay|1; Rohini Kapadia|ceo|Tulsi Pay|1;"
        "Sameer Goswami|cto|Tulsi Pay|1; Vikrant Joshi|director|Sahyadri Finserv|1;"
        "Kritika Sabharwal|analyst|Kalbadevi Securities|1",
  rels="Sahyadri Finserv>acquired>Tulsi Pay; TulsiBiz>provider>Tulsi Pay; Sahyadri Finserv>acquired>Kanak Credit;"
       "Kanak Credit>parentOrganization>Sahyadri Finserv; Sahyadri Finserv>parentOrganization>Deshmukh Enterprises;"
       "Tulsi Pay>partner>Malwa Bank",
  dates="this year=2026; Monday evening=2026-11-16; March=2027-03; 2019=2019; Tuesday=2026-11-17; 2021=2021; 1994=1994;"
        "August=2026-08; 2020=2020; February=2026-02; April=2026-04",
  sector="payments/fintech", region="India", topics=["acquisition", "leadership"])

A(5, "rafiki-mobile-kenya-network-outage", "2026-11-06", "Mobile data and money transfers down for hours on Rafiki Mobile network", """
Millions of customers of Rafiki Mobile in Kenya were unable to use mobile data or send money on Thursday after a fault in the operator's core network, the company said.

The outage began shortly after 10am and lasted about seven hours, with Nairobi, Mombasa and Kisumu hit hardest. The mobile money service RafikiCash, which the operator runs, was unavailable until 5.15pm, leaving traders unable to pay suppliers or collect payments from customers.

Rafiki blamed "a hardware failure at our main switching centre in Nairobi" and said it had replaced the faulty equipment, which was supplied by the network vendor Steppenlink.

The Communications Authority of Kenya said it had asked the operator for a full report within 14 days and would consider whether customers should be compensated.

Rafiki's chief executive, Njeri Kamande, apologised on national radio and said all prepaid customers would receive a free data bundle on Saturday. "We know that for many of our customers, RafikiCash is their bank," she said.

Rafiki Mobile is a subsidiary of the Johannesburg-listed Kilima Communications Group, which operates networks in six African countries.
""",
  ents="C:Rafiki Mobile=Rafiki; L:Kenya; L:Nairobi; L:Mombasa; L:Kisumu; S:RafikiCash; C:Steppenlink;"
       "O:Communications Authority of Kenya; P:Njeri Kamande; L:Johannesburg; C:Kilima Communications Group",
  roles="Njeri Kamande|ceo|Rafiki Mobile|1",
  rels="RafikiCash>provider>Rafiki Mobile; Rafiki Mobile>partner>Steppenlink;"
       "Rafiki Mobile>parentOrganization>Kilima Communications Group",
  outs=[O("Rafiki Mobile", "2026-11-05", "2026-11-05T10:00", "2026-11-05T17:15", 7, ["RafikiCash"], "Kenya",
          "hardware failure at our main switching centre")],
  dates="Thursday=2026-11-05; 10am=2026-11-05T10:00; 5.15pm=2026-11-05T17:15; Saturday=2026-11-07",
  sector="telecoms", region="Kenya", topics=["outage"])

A(6, "alisur-departure-system-failure", "2026-11-30", "Alisur cancels 140 flights after computer failure grounds fleet", """
Alisur, the Spanish low-cost airline, cancelled 140 flights on Sunday and delayed hundreds more after a failure in the system it uses to check in passengers and plan aircraft loads left its planes stuck on the ground at Madrid, Barcelona and Málaga.

The problems started at 5.45am, as the first departures of the day were boarding, and the airline said its systems were working again at 11.30am. By then the backlog had spread across its network, and some passengers in Seville and Palma were told to rebook for Monday.

The Valencia-based carrier said the failure had been caused by a corrupted database file in its departure control system, Embarca, which the airline developed itself in 2018 instead of buying one from a specialist supplier. Staff at airports fell back on paper passenger lists, which proved too slow for full flights.

It is the second disruption at Alisur in just over a week. On 21 November, its booking website and app were knocked offline for about four hours by what the company called a deliberate attack that flooded its servers with traffic.

Spain's aviation safety agency, AESA, said it had asked the airline for details of both incidents.

The disruption adds to the pressure on Alisur's chief executive, Rodrigo Espinosa Vall, who took over in March when the airline's founder, Marisa Oyarzun, stepped down as chief executive to become chairwoman. Its chief operating officer, Iker Zubiria, left last month to become chief executive of the Portuguese airline Gaivota Air.

Alisur said passengers would be offered refunds or free rebooking. "I want to apologise to every passenger whose plans were ruined today," Espinosa said in a video posted on Sunday evening.

The airline, which is 30 per cent owned by the Mexican investment group Grupo Tezontle, flew 21 million passengers last year and has been adding routes from Madrid to Morocco and Portugal. It leases most of its aircraft from the Irish lessor Shannonside Aviation Capital.

Alisur had already decided to retire Embarca. In July it signed an agreement with the Toulouse-based aviation software company Pyrène Systèmes to move its check-in and load planning onto Pyrène's platform by 2028, at a cost of about €40m. Espinosa said on Sunday that the airline would now try to bring that date forward, and that in the meantime an outside firm would review how Embarca's database was backed up.

Analysts said the bigger risk was to the airline's reputation. "Low-cost airlines sell reliability as much as price," said Lucía Garrido, an analyst at Castellana Research. "Two bad weekends in a row will send some customers back to its rivals."
""",
  ents="C:Alisur; L:Madrid; L:Barcelona; L:Málaga; L:Seville; L:Palma; L:Valencia; S:Embarca; L:Spain; O:AESA;"
       "P:Rodrigo Espinosa Vall=Espinosa; P:Marisa Oyarzun; P:Iker Zubiria; C:Gaivota Air; C:Grupo Tezontle; L:Morocco;"
       "L:Portugal; C:Shannonside Aviation Capital; L:Toulouse; C:Pyrène Systèmes=Pyrène; P:Lucía Garrido; C:Castellana Research",
  roles="Rodrigo Espinosa Vall|ceo|Alisur|1; Marisa Oyarzun|founder|Alisur|1; Marisa Oyarzun|ceo|Alisur|0;"
        "Marisa Oyarzun|chairman|Alisur|1; Iker Zubiria|coo|Alisur|0; Iker Zubiria|ceo|Gaivota Air|1;"
        "Lucía Garrido|analyst|Castellana Research|1",
  rels="Embarca>provider>Alisur; Alisur>partner>Shannonside Aviation Capital; Alisur>partner>Pyrène Systèmes",
  outs=[O("Alisur", "2026-11-29", "2026-11-29T05:45", "2026-11-29T11:30", 5.75, ["Embarca"],
          "Madrid, Barcelona and Málaga", "corrupted database file"),
        O("Alisur", "2026-11-21", None, None, 4, [], None, "deliberate attack that flooded its servers with traffic")],
  dates="Sunday=2026-11-29; 5.45am=2026-11-29T05:45; 11.30am=2026-11-29T11:30; Monday=2026-11-30; 2018=2018;"
        "21 November=2026-11-21; March=2026-03; last month=2026-10; Sunday evening=2026-11-29; last year=2025; July=2026-07;"
        "2028=2028",
  sector="airlines", region="Spain", topics=["outage", "leadership", "partnership"])

A(7, "ljungby-hem-third-quarter-profit", "2026-11-12", "Ljungby Hem profit slips as shoppers hold back on furniture", """
Ljungby Hem, the Swedish home furnishings retailer, reported a 12 per cent fall in operating profit for the third quarter on Thursday, blaming weak demand in Sweden and Finland and the cost of opening new stores in Poland.

Operating profit fell to 412 million kronor, on sales that were flat at 5.1 billion kronor. Online sales through its Ljungby.se shop rose 9 per cent.

"Customers are still buying, but they are buying smaller items," said chief financial officer Annika Borg. She said the company expected margins to recover in 2027 as freight costs fell.

The group's chief executive, Petter Wallin, said it would open four more stores in Poland next year, including its first in Kraków. He also confirmed that its logistics partner, the Gothenburg-based Vinga Logistik, would run a new warehouse near Jönköping from the spring.

Ljungby Hem is controlled by the Ekdahl family through the investment company Ekdahl Invest, which holds 58 per cent of the votes. The shares fell 5 per cent in Stockholm.
""",
  ents="C:Ljungby Hem; L:Sweden; L:Finland; L:Poland; S:Ljungby.se; P:Annika Borg; P:Petter Wallin; L:Kraków;"
       "L:Gothenburg; C:Vinga Logistik; L:Jönköping; C:Ekdahl Invest; L:Stockholm",
  roles="Annika Borg|cfo|Ljungby Hem|1; Petter Wallin|ceo|Ljungby Hem|1",
  rels="Ljungby.se>provider>Ljungby Hem; Ljungby Hem>partner>Vinga Logistik; Ljungby Hem>parentOrganization>Ekdahl Invest",
  dates="the third quarter=2026-Q3; Thursday=2026-11-12; 2027=2027; next year=2027; the spring=2027",
  sector="retail", region="Sweden", topics=["earnings", "partnership"])

A(8, "gaonsoft-expansion-launch-crash", "2026-11-25", "Gaonsoft game servers crash on launch night of Moonlit Citadel expansion", """
Players of Moonlit Citadel, the online role-playing game made by the Seoul-based publisher Gaonsoft, were unable to log in for most of Tuesday evening after the launch of a long-awaited expansion overwhelmed the company's servers.

The trouble began at 7pm, when the expansion went live in South Korea, Japan and Taiwan at the same time. Within minutes players were reporting error messages and queues of more than 80,000 people. Gaonsoft took the game offline for emergency maintenance at 8.20pm and brought it back at 1.40am on Wednesday.

The company's account system, Gaon ID, which players also use for its other titles such as the racing game Turbo Alley, failed as well, locking them out of those games too.

"We underestimated how many returning players would come back on the first night," Gaonsoft's chief executive, Seo Ji-won, said in a message on the game's official forum. Players will receive in-game items worth about 30,000 won as compensation.

Gaonsoft runs its game servers on its own hardware but uses the cloud provider Hanaro Cloud for its log-in pages. Baek Sung-ho, a spokesman for Hanaro Cloud, said its platform had "operated normally throughout" and that the problem lay in Gaonsoft's own software.

The launch was meant to be a turning point for the publisher, whose shares have fallen by a third this year as revenue from its older titles declined. In September, Gaonsoft completed its purchase of the Busan studio Pado Games, maker of the mobile puzzle game Stone Garden, for 180bn won. Pado's co-founder, Oh Min-kyu, now leads Gaonsoft's mobile division.

Gaonsoft is 22 per cent owned by the internet group Nuri Digital, which also runs the messaging app NuriTalk. Last year the two companies agreed a partnership that lets players link their NuriTalk accounts to Gaon ID.

Shares in Gaonsoft fell 6.3 per cent in Seoul on Wednesday morning. "A bad launch night is not fatal if the content is good," said Kwon Hae-rin, a games analyst at Mapo Securities. "But the company needs this expansion to work, and the first impression has been poor."

Gaonsoft said it had doubled its server capacity and would extend the expansion's launch event by a week.
""",
  ents="S:Moonlit Citadel; C:Gaonsoft; L:Seoul; L:South Korea; L:Japan; L:Taiwan; S:Gaon ID; S:Turbo Alley; P:Seo Ji-won;"
       "C:Hanaro Cloud; P:Baek Sung-ho; L:Busan; C:Pado Games=Pado; S:Stone Garden; P:Oh Min-kyu; C:Nuri Digital;"
       "S:NuriTalk; P:Kwon Hae-rin; C:Mapo Securities",
  roles="Seo Ji-won|ceo|Gaonsoft|1; Baek Sung-ho|spokesperson|Hanaro Cloud|1; Oh Min-kyu|cofounder|Pado Games|1;"
        "Oh Min-kyu|head|Gaonsoft|1; Kwon Hae-rin|analyst|Mapo Securities|1",
  rels="Moonlit Citadel>provider>Gaonsoft; Gaon ID>provider>Gaonsoft; Turbo Alley>provider>Gaonsoft;"
       "Gaonsoft>partner>Hanaro Cloud; Gaonsoft>acquired>Pado Games; Pado Games>parentOrganization>Gaonsoft;"
       "Stone Garden>provider>Pado Games; NuriTalk>provider>Nuri Digital; Gaonsoft>partner>Nuri Digital",
  outs=[O("Gaonsoft", "2026-11-24", "2026-11-24T19:00", "2026-11-25T01:40", 6.67,
          ["Moonlit Citadel", "Gaon ID", "Turbo Alley"], None, "expansion launch overwhelmed the company's servers")],
  dates="Tuesday evening=2026-11-24; 7pm=2026-11-24T19:00; 8.20pm=2026-11-24T20:20; 1.40am=2026-11-25T01:40;"
        "Wednesday=2026-11-25; this year=2026; September=2026-09; Last year=2025; Wednesday morning=2026-11-25",
  sector="games", region="South Korea", topics=["outage", "acquisition", "partnership"])

A(9, "banque-ostrevent-lydiane-partnership", "2026-11-03", "Banque Ostrevent teams up with Lydiane on payments for shops", """
Banque Ostrevent, the regional bank based in Lille, said on Tuesday it had signed a five-year partnership with the Paris payments company Lydiane to offer card terminals and instant account-to-account payments to its 90,000 business customers.

Under the agreement, Ostrevent will sell Lydiane's card terminal, Lydiane Caisse, and its checkout software, Lydiane Connect, under its own brand from January. Lydiane will handle the processing of the payments.

"Small retailers want one contract, one bill and one person to call when something goes wrong," said Ostrevent's managing director, Mathilde Vasseur.

Lydiane, which was founded in 2017 by Karim Belhadj and is backed by the Luxembourg investor Moselle Growth, processes payments for about 40,000 merchants in France and Belgium. Belhadj, who is still its chief executive, said the deal would double the company's reach in the north of France.

Banque Ostrevent is a subsidiary of the mutual banking group Crédit Solidaire des Flandres. The partnership does not need approval from the Autorité de contrôle prudentiel et de résolution, the banking supervisor.
""",
  ents="C:Banque Ostrevent=Ostrevent; L:Lille; L:Paris; C:Lydiane; S:Lydiane Caisse; S:Lydiane Connect; P:Mathilde Vasseur;"
       "P:Karim Belhadj=Belhadj; L:Luxembourg; C:Moselle Growth; L:France; L:Belgium; C:Crédit Solidaire des Flandres;"
       "O:Autorité de contrôle prudentiel et de résolution",
  roles="Mathilde Vasseur|director|Banque Ostrevent|1; Karim Belhadj|founder|Lydiane|1; Karim Belhadj|ceo|Lydiane|1",
  rels="Banque Ostrevent>partner>Lydiane; Lydiane Caisse>provider>Lydiane; Lydiane Connect>provider>Lydiane;"
       "Banque Ostrevent>parentOrganization>Crédit Solidaire des Flandres",
  dates="Tuesday=2026-11-03; January=2027-01; 2017=2017",
  sector="banks", region="France", topics=["partnership"])

A(10, "europe-business-briefing-nov-27", "2026-11-27", "Business briefing: bank app outage in Norway, new boss at Alpentel, Calanda deal", """
Fjordheim Sparebank. Customers of the Norwegian savings bank Fjordheim Sparebank could not use its mobile app, Fjordheim Mobil, or pay by card for about three hours on Thursday morning. The bank said the outage, which started at 7.15am, was caused by a failed firewall upgrade at its IT supplier, Nordkapp Data, which also runs systems for several other savings banks in western Norway. Nordkapp Data said the upgrade had been rolled back by 10.20am and apologised to the banks' customers. Fjordheim said no data had been lost and that card payments made during the outage would not be charged twice. Several customers said on social media that they had been unable to pay for fuel or groceries during the morning rush, and some shops put up signs asking for cash.

Alpentel. The Austrian telecoms group Alpentel named Verena Hofstätter, the head of its Croatian subsidiary Jadranet, as chief executive from February. She replaces Georg Lindmayr, who is retiring after nine years in the job. Alpentel, whose mobile brand Alpentel Mobil has 5.4 million customers, also said its chief financial officer, Bernd Aigner, would take on the additional role of deputy chief executive. Hofstätter, 47, ran Jadranet for five years and doubled its number of fibre customers over that time. Lindmayr will stay on as an adviser until the summer to help with the handover, the company said.

Calanda Medtech. The Swiss medical devices maker Calanda Medtech said it had completed its purchase of the Italian hearing aid maker Sonora Acustica for 640 million Swiss francs. The deal gives Calanda factories in Milan and Turin and a network of 300 hearing clinics. Sonora's founder, Paolo Ruggeri, will join Calanda's board as a non-executive director. Calanda's shares rose 1.5 per cent in Zurich. The company said it expected the purchase to add to earnings per share from its second full year.

Dijlemarkt. The Flemish supermarket chain Dijlemarkt will sell mobile phone plans under its own name from March, using the network of the operator Scheldecom, in a five-year deal announced on Wednesday. The plans will be sold as Dijle Mobiel in all 210 of its stores in Belgium. Scheldecom already provides the network for two other budget brands and said it expected Dijle Mobiel to win 150,000 customers in its first year.
""",
  ents="C:Fjordheim Sparebank=Fjordheim; S:Fjordheim Mobil; C:Nordkapp Data; L:western Norway; C:Alpentel; P:Verena Hofstätter=Hofstätter;"
       "C:Jadranet; P:Georg Lindmayr=Lindmayr; S:Alpentel Mobil; P:Bernd Aigner; C:Calanda Medtech=Calanda;"
       "C:Sonora Acustica=Sonora; L:Milan; L:Turin; P:Paolo Ruggeri; L:Zurich; C:Dijlemarkt; C:Scheldecom;"
       "S:Dijle Mobiel; L:Belgium",
  roles="Verena Hofstätter|ceo|Alpentel|1; Verena Hofstätter|head|Jadranet|1; Georg Lindmayr|ceo|Alpentel|1;"
        "Bernd Aigner|cfo|Alpentel|1; Bernd Aigner|executive|Alpentel|1; Paolo Ruggeri|founder|Sonora Acustica|1;"
        "Paolo Ruggeri|director|Calanda Medtech|1",
  rels="Fjordheim Mobil>provider>Fjordheim Sparebank; Fjordheim Sparebank>partner>Nordkapp Data;"
       "Jadranet>parentOrganization>Alpentel; Alpentel Mobil>provider>Alpentel; Calanda Medtech>acquired>Sonora Acustica;"
       "Sonora Acustica>parentOrganization>Calanda Medtech; Dijlemarkt>partner>Scheldecom; Dijle Mobiel>provider>Dijlemarkt",
  outs=[O("Nordkapp Data", "2026-11-26", "2026-11-26T07:15", "2026-11-26T10:20", 3,
          ["Fjordheim Mobil", "Fjordheim Sparebank"], None, "failed firewall upgrade")],
  dates="Thursday morning=2026-11-26; 7.15am=2026-11-26T07:15; 10.20am=2026-11-26T10:20; February=2027-02;"
        "the summer=2027; March=2027-03; Wednesday=2026-11-25",
  sector="round-up", region="Norway/Austria/Switzerland/Belgium", topics=["outage", "leadership", "acquisition", "partnership", "round-up"])
