# Articles nt-78 .. nt-90 (batch 2: longer, harder; all names invented). A and O come from articles.py.

A(78, "aerlinn-boss-defects-to-rival", "2026-11-24", "Aerlinn boss quits to run rival as airline names insider", """
Aerlinn, the Irish low-cost airline, said on Tuesday that its chief executive, Declan Furlong, would leave at the end of January to become boss of its larger rival Celtair, in a surprise move that sent Aerlinn's shares down 6 per cent.

Furlong, 52, has run the Shannon-based carrier since 2019, steering it through a period of rapid growth in which it doubled its fleet to 74 aircraft. He will replace Celtair's outgoing chief executive, Hilary Brennan, who announced in September that she would retire next spring after a decade in the job.

Aerlinn's board named its chief commercial officer, Róisín Gallagher, as its next chief executive. Gallagher, 45, joined the airline from the travel website Voyagr in 2020. "Róisín knows every route, every fare and every customer segment we have," said Aerlinn's chairman, Malcolm Hendry. "The board had no hesitation."

Celtair's chairman, Bernard Keane, said Furlong was "the outstanding airline executive of his generation". People familiar with the matter said Celtair had approached Furlong in October, after its first choice, an executive at a Middle Eastern carrier, turned down the job.

The move comes at a delicate moment for Aerlinn, which is waiting for deliveries of 20 Condor-300 jets from the aircraft maker Avialis that have been delayed by problems at the engine supplier. The airline has had to lease older aircraft from the Danish lessor Nordlease to cover the gap. In the summer, a failure of its booking website and app, Aerlinn Go, left customers unable to check in for about five hours on 19 July, an outage the airline blamed on its IT supplier, Canalware.

Aerlinn also reported on Tuesday a 12 per cent rise in half-year profit to €211m, as fares held up. It expects to carry 22 million passengers this year.

Celtair, which is owned by the holding company Celtair Group, is Ireland's largest airline by passengers. Its shares rose 1.4 per cent in Dublin.

"Losing Furlong is a blow, but Gallagher has been running the commercial side for three years and she is well regarded," said Orla Hennessy, an airlines analyst at Liffey Capital. "The bigger risk is that Furlong brings some of his team with him."

Aerlinn said Furlong was bound by a non-compete clause that would stop him joining Celtair before February, and that it would hold him to it.
""",
  ents="C:Aerlinn; P:Declan Furlong=Furlong; C:Celtair; L:Shannon; P:Hilary Brennan; P:Róisín Gallagher=Gallagher,Róisín;"
       "S:Voyagr; P:Malcolm Hendry; P:Bernard Keane; S:Condor-300; C:Avialis; C:Nordlease; S:Aerlinn Go; C:Canalware;"
       "C:Celtair Group; L:Ireland; L:Dublin; P:Orla Hennessy; C:Liffey Capital",
  roles="Declan Furlong|ceo|Aerlinn|1; Declan Furlong|ceo|Celtair|1; Hilary Brennan|ceo|Celtair|1;"
        "Róisín Gallagher|executive|Aerlinn|1; Róisín Gallagher|ceo|Aerlinn|1; Malcolm Hendry|chairman|Aerlinn|1;"
        "Bernard Keane|chairman|Celtair|1; Orla Hennessy|analyst|Liffey Capital|1",
  rels="Condor-300>provider>Avialis; Aerlinn>partner>Avialis; Aerlinn>partner>Nordlease; Aerlinn Go>provider>Aerlinn;"
       "Aerlinn>partner>Canalware; Celtair>parentOrganization>Celtair Group",
  outs=[O("Aerlinn", "2026-07-19", None, None, 5, ["Aerlinn Go"], None, None)],
  dates="Tuesday=2026-11-24; the end of January=2027-01; 2019=2019; September=2026-09; next spring=2027; 2020=2020;"
        "October=2026-10; the summer=2026; 19 July=2026-07-19; this year=2026; February=2027-02",
  sector="airlines", region="Ireland", topics=["leadership", "earnings", "outage", "partnership"])

A(79, "adansi-bank-core-outage-ghana", "2026-11-18", "Adansi Bank blames supplier update for two-day outage", """
Adansi Bank, one of Ghana's largest lenders, said on Wednesday that a two-day failure of its mobile and online banking had been caused by an update to software supplied by the Indian technology company Kaveri Fintech Solutions, as the central bank ordered an inquiry.

Customers were unable to log in to the Adansi Mobile app or use the bank's internet banking from about 7am on Monday until 9.40am on Wednesday, the bank said, a break of more than 50 hours. Card payments and ATM withdrawals continued to work for most of that time, although some customers in Kumasi reported that ATMs were out of cash by Tuesday evening.

"The update to our digital banking platform was not compatible with a security component of our system, and rolling it back took much longer than it should have," said Adansi's managing director, Kofi Asante-Boateng. "I apologise personally to every customer who was affected."

Kaveri, which is based in Chennai, supplies its digital banking software to more than 40 banks in Africa and Asia. Its chief executive, Harish Iyengar, said in a statement that the company had sent engineers to Accra and was "working around the clock with our partner". He said no other banks using the software had reported problems.

The Bank of Ghana said it had asked Adansi for a full report within seven days and would consider sanctions. It was the second significant disruption at the lender this year; in April, its systems were down for about six hours after a power failure at its main data centre in Accra.

Adansi, which is 51 per cent owned by the pan-African banking group Baobab Capital Holdings, has 3.2 million customers. The bank's head of digital banking, Abena Owusu, resigned last month, the bank confirmed, but it said her departure was unrelated.

Adansi also runs a mobile money partnership with the telecoms operator Volta Mobile, whose customers can move money into Adansi accounts. That service was also unavailable during the outage.

"Two big outages in a year will test the patience of both customers and the regulator," said Yaw Mensah, an analyst at Osu Capital in Accra. "The question is whether Adansi has the technical depth to manage its suppliers."

Adansi's shares, which are listed in Accra, fell 3 per cent on Wednesday.
""",
  ents="C:Adansi Bank=Adansi; L:Ghana; C:Kaveri Fintech Solutions=Kaveri; S:Adansi Mobile; L:Kumasi;"
       "P:Kofi Asante-Boateng; L:Chennai; L:Africa; L:Asia; P:Harish Iyengar; L:Accra; O:Bank of Ghana;"
       "C:Baobab Capital Holdings; P:Abena Owusu; C:Volta Mobile; P:Yaw Mensah; C:Osu Capital",
  roles="Kofi Asante-Boateng|director|Adansi Bank|1; Harish Iyengar|ceo|Kaveri Fintech Solutions|1;"
        "Abena Owusu|head|Adansi Bank|0; Yaw Mensah|analyst|Osu Capital|1",
  rels="Adansi Bank>partner>Kaveri Fintech Solutions; Adansi Mobile>provider>Adansi Bank;"
       "Adansi Bank>parentOrganization>Baobab Capital Holdings; Adansi Bank>partner>Volta Mobile",
  outs=[O("Adansi Bank", "2026-11-16", "2026-11-16T07:00", "2026-11-18T09:40", 50.67, ["Adansi Mobile", "Volta Mobile"], None,
          "update to software"),
        O("Adansi Bank", "2026-04", None, None, 6, [], "Accra", "power failure at its main data centre")],
  dates="Wednesday=2026-11-18; 7am=2026-11-16T07:00; Monday=2026-11-16; 9.40am=2026-11-18T09:40;"
        "Tuesday evening=2026-11-17; this year=2026; April=2026-04; last month=2026-10",
  sector="banks", region="Ghana", topics=["outage", "partnership", "leadership"])

A(80, "taiyo-life-agrees-coral-sea-insurance", "2026-11-11", "Japan's Taiyo Life agrees A$4bn deal for Australian insurer Coral Sea", """
The Japanese insurer Taiyo Life Holdings has agreed a A$4bn deal for Coral Sea Insurance, one of Australia's largest life and health insurers, the latest move by a Japanese company to find growth abroad as its home market shrinks.

Taiyo Life will pay A$8.70 a share in cash, a 33 per cent premium to Coral Sea's price before the talks were disclosed last month, the companies said on Wednesday. The Brisbane-based insurer's board has recommended the offer. The deal needs the approval of Coral Sea's shareholders, the Australian Prudential Regulation Authority and the Foreign Investment Review Board, and is expected to complete in the middle of next year.

"Australia has a growing population, a strong retirement savings system and a stable regulatory environment," said Taiyo Life's president, Hiroshi Kobayashi, at a briefing in Tokyo. "Coral Sea will be our platform for growth in the region."

Coral Sea's chief executive, Melissa Granger, will continue to run the business, which will keep its name and its listing of bonds in Sydney. Taiyo Life said it would invest A$500m in Coral Sea's digital services over five years, including its customer app, Coral Sea Life, and its health cover website.

Taiyo Life, which is based in Osaka, already owns Pacifica Re, a reinsurer in Singapore, which it bought in 2021, and has a distribution partnership in Indonesia with the lender Bank Nusantara Raya. It is Japan's fifth-largest life insurer by premiums.

The deal is the second attempt to buy Coral Sea this year. In May, the Canadian insurer Laurentide Financial made an approach that was rejected as too low. Coral Sea's chairman, Geoffrey Lamb, said the Taiyo Life offer "delivers certain value for shareholders at a significant premium".

Coral Sea also said on Wednesday that its profit for the three months to September had risen 9 per cent, helped by higher investment returns.

Shares in Coral Sea jumped 28 per cent to A$8.45 in Sydney. Taiyo Life shares fell 1.5 per cent in Tokyo. "The price is full, but Japanese insurers have few options at home," said Kaito Yamada, an analyst at Ginza Securities. "Expect more of these deals."

The Australian treasurer is expected to rule on the foreign investment application early next year.
""",
  ents="C:Taiyo Life Holdings=Taiyo Life; C:Coral Sea Insurance=Coral Sea; L:Australia; L:Brisbane;"
       "O:Australian Prudential Regulation Authority; O:Foreign Investment Review Board; P:Hiroshi Kobayashi; L:Tokyo;"
       "P:Melissa Granger; L:Sydney; S:Coral Sea Life; L:Osaka; C:Pacifica Re; L:Singapore; L:Indonesia;"
       "C:Bank Nusantara Raya; L:Japan; C:Laurentide Financial; P:Geoffrey Lamb; P:Kaito Yamada; C:Ginza Securities",
  roles="Hiroshi Kobayashi|president|Taiyo Life Holdings|1; Melissa Granger|ceo|Coral Sea Insurance|1;"
        "Geoffrey Lamb|chairman|Coral Sea Insurance|1; Kaito Yamada|analyst|Ginza Securities|1",
  rels="Taiyo Life Holdings>acquired>Coral Sea Insurance; Coral Sea Life>provider>Coral Sea Insurance;"
       "Pacifica Re>parentOrganization>Taiyo Life Holdings; Taiyo Life Holdings>acquired>Pacifica Re;"
       "Taiyo Life Holdings>partner>Bank Nusantara Raya",
  dates="last month=2026-10; Wednesday=2026-11-11; the middle of next year=2027; 2021=2021; this year=2026; May=2026-05;"
        "September=2026-09; early next year=2027",
  sector="insurers", region="Australia/Japan", topics=["acquisition", "leadership", "partnership", "earnings"])

A(81, "sepet-yemek-takeover-completed", "2026-11-06", "Dutch delivery group Bezorgd completes takeover of Turkey's Sepet", """
The Amsterdam-based food delivery group Bezorgd said on Friday that it had completed its takeover of Sepet, Turkey's second-largest meal delivery company, after the country's competition authority cleared the €1.1bn deal.

The acquisition, first agreed in April, gives Bezorgd a leading position in a market of 85 million people where orders have grown quickly despite high inflation. Sepet, founded in Istanbul in 2015 by Emre Yıldız and Selin Aksoy, has about 9 million monthly users and works with 120,000 restaurants.

Bezorgd's chief executive, Joost van Dam, said Sepet would keep its brand and management team. Yıldız, Sepet's chief executive, will join Bezorgd's management board, while Aksoy will continue as chief operating officer of the Turkish business.

"Turkey is one of the most dynamic delivery markets in the world, and Sepet has built the best product there," van Dam said on a call with reporters. "We will help them invest in grocery delivery and in their courier fleet."

To win approval, Bezorgd agreed that Sepet would not sign exclusive deals with restaurant chains for five years. The Turkish Competition Authority had raised concerns that the deal could lock smaller rivals out of popular restaurants.

Sepet was previously backed by the Gulf investment firm Sidra Crescent Capital and the Berlin venture fund Spreeblick Ventures, which together owned about 60 per cent of the company.

The takeover is Bezorgd's biggest since it bought the Polish delivery company Zamów in 2023. The group also owns the grocery delivery service Vers Nu and operates in eight European countries. It reported a first operating profit last quarter, and its finance chief, Ilse Verhoeven, said the Sepet deal would add to earnings from 2028.

Sepet's main rival in Turkey, Lezzet Express, an app owned by the local conglomerate Karadeniz Holding, has about 14 million users.

Bezorgd shares rose 2.1 per cent in Amsterdam on Friday. "It's expensive, but Turkey is growing and Bezorgd needed a new market," said Femke Jansen, an analyst at Grachten Capital. "The currency is the big risk."

Sepet's app suffered a brief outage on Friday morning, which the company said was caused by a spike in traffic during a promotion, and service returned to normal within an hour.
""",
  ents="L:Amsterdam; C:Bezorgd; C:Sepet; L:Turkey; L:Istanbul; P:Emre Yıldız=Yıldız; P:Selin Aksoy=Aksoy;"
       "P:Joost van Dam=van Dam; O:Turkish Competition Authority; C:Sidra Crescent Capital; L:Berlin; C:Spreeblick Ventures;"
       "C:Zamów; S:Vers Nu; P:Ilse Verhoeven; S:Lezzet Express; C:Karadeniz Holding; P:Femke Jansen; C:Grachten Capital",
  roles="Emre Yıldız|cofounder|Sepet|1; Emre Yıldız|ceo|Sepet|1;"
        "Selin Aksoy|cofounder|Sepet|1; Selin Aksoy|coo|Sepet|1; Joost van Dam|ceo|Bezorgd|1;"
        "Ilse Verhoeven|cfo|Bezorgd|1; Femke Jansen|analyst|Grachten Capital|1",
  rels="Bezorgd>acquired>Sepet; Sepet>parentOrganization>Bezorgd; Bezorgd>acquired>Zamów; Zamów>parentOrganization>Bezorgd; Vers Nu>provider>Bezorgd;"
       "Lezzet Express>provider>Karadeniz Holding",
  outs=[O("Sepet", "2026-11-06", None, None, None, [], None, "spike in traffic")],
  dates="Friday=2026-11-06; April=2026-04; 2015=2015; 2023=2023; last quarter=2026-Q3; 2028=2028;"
        "Friday morning=2026-11-06",
  sector="food delivery", region="Turkey/Netherlands", topics=["acquisition", "leadership", "outage"])

A(82, "pelabuhan-terminal-system-outage", "2026-11-27", "Terminal system failure leaves ships waiting at Port Klang", """
Container ships queued off Malaysia's Port Klang on Thursday after the computer system that runs one of its main terminals failed for almost 20 hours, delaying thousands of boxes bound for factories and shops before the year-end rush.

Westbay Container Terminal, which handles about a third of the port's traffic, said its terminal operating system stopped working at 1.30am on Wednesday and was restored at 9.15pm. Cranes and trucks continued to move some containers manually, but at a fraction of the normal rate. At least 14 ships were waiting at anchor on Thursday morning.

The terminal's owner and operator, Selat Port Holdings, said the failure had been caused by a corrupted database after a hardware fault at its data centre in Shah Alam. The software, called HarbourOS, is supplied by the Danish company Bølge Software, whose engineers helped to restore it. "The system itself did not fail; the hardware underneath it did," said Bølge's head of Asia, Nikolaj Holm.

Selat Port's chief executive, Azman Rahim, said the company would review its backup arrangements. "A terminal of this size cannot be stopped by one server," he said. Selat Port is a unit of the Malaysian conglomerate Tanjung Group, which also owns the logistics firm Tanjung Freight.

Shipping lines including the Singapore carrier Straits Ocean Line and the Danish group Limfjord Shipping said they would divert some vessels to the port's other terminal, North Klang Terminal, or to Singapore. North Klang, which is run by a joint venture between Selat Port and the Chinese port operator Huanghai Ports, was not affected because it uses a different system.

Malaysia's transport minister, Farid Hamzah, said he had asked for a report by Monday. Port Klang is the busiest port in Malaysia and handled 14 million containers last year.

Analysts said the delays could take a week to clear. "Every hour a ship waits at anchor costs the line money, and that will be passed on," said Lim Wei Jie, a logistics analyst at Bukit Research.

The outage came as Selat Port awaits approval for its purchase of a terminal in Penang from the state government, a deal agreed in September. Shares in Tanjung Group fell 1.6 per cent in Kuala Lumpur on Thursday.
""",
  ents="L:Malaysia; L:Port Klang; C:Westbay Container Terminal; C:Selat Port Holdings=Selat Port; L:Shah Alam;"
       "S:HarbourOS; C:Bølge Software=Bølge; P:Nikolaj Holm; P:Azman Rahim; C:Tanjung Group; C:Tanjung Freight;"
       "L:Singapore; C:Straits Ocean Line; C:Limfjord Shipping; C:North Klang Terminal=North Klang; C:Huanghai Ports;"
       "P:Farid Hamzah; P:Lim Wei Jie; C:Bukit Research; L:Penang; L:Kuala Lumpur; L:Asia",
  roles="Nikolaj Holm|head|Bølge Software|1; Azman Rahim|ceo|Selat Port Holdings|1; Farid Hamzah|minister|Malaysia|1;"
        "Lim Wei Jie|analyst|Bukit Research|1",
  rels="Westbay Container Terminal>parentOrganization>Selat Port Holdings; HarbourOS>provider>Bølge Software;"
       "Selat Port Holdings>partner>Bølge Software; Selat Port Holdings>parentOrganization>Tanjung Group;"
       "Tanjung Freight>parentOrganization>Tanjung Group; North Klang Terminal>parentOrganization>Selat Port Holdings;"
       "North Klang Terminal>parentOrganization>Huanghai Ports; Selat Port Holdings>partner>Huanghai Ports",
  outs=[O("Selat Port Holdings", "2026-11-25", "2026-11-25T01:30", "2026-11-25T21:15", 19.75,
          ["Westbay Container Terminal", "HarbourOS"], "Port Klang", "corrupted database after a hardware fault")],
  dates="Thursday=2026-11-26; 1.30am=2026-11-25T01:30; Wednesday=2026-11-25; 9.15pm=2026-11-25T21:15;"
        "Thursday morning=2026-11-26; Monday=2026-11-30; last year=2025; September=2026-09",
  sector="shipping", region="Malaysia", topics=["outage", "partnership"])

A(83, "almirante-retail-results-black-friday-site", "2026-11-30", "Almirante's website crashes on Black Friday as chain reports sales rise", """
Almirante, the Spanish fashion and homeware retailer, said its website and app had suffered "intermittent problems" for several hours on Black Friday, just days after it reported a 7 per cent rise in quarterly sales.

Shoppers in Spain and Portugal reported on Friday that the retailer's online store, Almirante.com, was loading slowly or showing error pages from about 9am, as discounts of up to 40 per cent drew heavy traffic. The company said on Saturday that the problems had been caused by a fault at its payments provider, Pagaluz, whose checkout service stopped responding for periods of between five and 20 minutes throughout the morning. Normal service returned at about 1.30pm.

Pagaluz, which is based in Barcelona and is a subsidiary of the bank Banco Costa Verde, said the problem had been caused by "an unexpected volume of requests" and had affected "a small number of merchants". Another retailer, the electronics chain Tecnoplaza, also reported checkout problems.

Almirante's chief executive, Cristina Ballesteros, said the chain had still had its busiest online day ever. "Our customers were patient, and we are grateful, but we will be having a serious conversation with our provider," she said.

The problems came after Almirante reported on Tuesday that sales rose 7 per cent to €1.9bn in the three months to October, helped by strong demand for winter coats and new stores in Mexico and Morocco. Operating profit rose 11 per cent. Ballesteros, who became chief executive in March after running the group's homeware brand, Almirante Casa, said the company would open 60 stores next year.

The group's founder and chairman, Rafael Almirante, who owns 55 per cent of the shares through the family holding company Inversiones Almirante, said in the results statement that the company would pay a special dividend.

Almirante has also agreed to supply its Almirante Casa ranges to the British department store chain Pemberton's from the spring, its first wholesale deal in the UK.

Shares in Almirante rose 3.4 per cent in Madrid on Tuesday and were little changed on Friday. "The Black Friday glitch is embarrassing, but it will not show up in the numbers," said Lucía Navarro, an analyst at Ibérica Valores. "The important thing is that the shops are doing well."

Rival retailer Grupo Marela reports its results next week.
""",
  ents="C:Almirante; L:Spain; L:Portugal; S:Almirante.com; C:Pagaluz; L:Barcelona; C:Banco Costa Verde; C:Tecnoplaza;"
       "P:Cristina Ballesteros=Ballesteros; L:Mexico; L:Morocco; S:Almirante Casa; P:Rafael Almirante;"
       "C:Inversiones Almirante; C:Pemberton's; L:UK; L:Madrid; P:Lucía Navarro; C:Ibérica Valores; C:Grupo Marela",
  roles="Cristina Ballesteros|ceo|Almirante|1; Rafael Almirante|founder|Almirante|1;"
        "Rafael Almirante|chairman|Almirante|1; Lucía Navarro|analyst|Ibérica Valores|1",
  rels="Almirante.com>provider>Almirante; Almirante>partner>Pagaluz; Pagaluz>parentOrganization>Banco Costa Verde;"
       "Almirante Casa>provider>Almirante; Almirante>parentOrganization>Inversiones Almirante;"
       "Almirante>partner>Pemberton's",
  outs=[O("Pagaluz", "2026-11-27", "2026-11-27T09:00", "2026-11-27T13:30", 4.5, ["Almirante.com", "Almirante", "Tecnoplaza"],
          None, "unexpected volume of requests")],
  dates="Black Friday=2026-11-27; Friday=2026-11-27; 9am=2026-11-27T09:00; Saturday=2026-11-28; 1.30pm=2026-11-27T13:30;"
        "Tuesday=2026-11-24; October=2026-10; March=2026-03; next year=2027; the spring=2027",
  sector="retailers", region="Spain", topics=["outage", "earnings", "leadership", "partnership"])

A(84, "borealis-telecom-canada-outage-cause", "2026-11-20", "Borealis Telecom says faulty router update caused nationwide outage", """
Borealis Telecom said on Friday that a faulty software update to routers in its core network caused the outage that cut off internet, mobile and television services to millions of Canadians for most of Wednesday, as the federal regulator opened an investigation.

The outage began at about 4.45am Eastern time and lasted until mid-evening in some areas, with services restored across the country by 10pm, the Toronto-based company said in a preliminary report. Its mobile brand, Borealis Wireless, and its budget brand, Frostline, were both affected, along with Borealis's home internet and its streaming TV service, Borealis Stream. Some 911 calls could not be connected, and several hospitals and police forces in Ontario and Quebec reported problems with their phone lines.

The company said the update, which had been provided by its equipment supplier, the Finnish-Japanese joint venture Kairo Networks, removed a filter that limits the number of routing messages the routers accept. When the update was applied to a group of routers in Toronto, they were flooded with messages and shut down, taking the rest of the core network with them.

"We should have tested this update in a way that caught the problem before it reached our network," said Borealis's chief executive, Claire Dubois-Martin. "That's on us, not on our supplier." She said customers would receive a credit equal to five days of service.

Payment systems were also hit. The debit card network operated by Canlink Payments, which depends on Borealis lines, was unavailable for several hours, and shoppers at the grocery chain Maple & Pine had to pay in cash.

The Canadian Radio-television and Telecommunications Commission said on Thursday it had ordered Borealis to explain what went wrong within ten days. Industry minister Anita Sharma said she had spoken to the chief executives of Canada's main operators and asked them to agree on emergency arrangements to carry each other's traffic.

Borealis, which is controlled by the Montreal-based Lévesque family through its holding company, Groupe Lévesque, has about 11 million mobile customers. Its shares fell 2.3 per cent in Toronto on Thursday.

"Outages like this show the danger of having so much of the country's traffic on one network," said Jonathan Reid, a telecoms analyst at Laurier Securities. "The regulator will want more than a credit."
""",
  ents="C:Borealis Telecom=Borealis; L:Toronto; S:Borealis Wireless; S:Frostline; S:Borealis Stream; L:Ontario; L:Quebec;"
       "C:Kairo Networks; P:Claire Dubois-Martin; C:Canlink Payments; C:Maple & Pine;"
       "O:Canadian Radio-television and Telecommunications Commission; P:Anita Sharma; L:Canada; L:Montreal;"
       "C:Groupe Lévesque; P:Jonathan Reid; C:Laurier Securities",
  roles="Claire Dubois-Martin|ceo|Borealis Telecom|1; Anita Sharma|minister|Canada|1; Jonathan Reid|analyst|Laurier Securities|1",
  rels="Borealis Wireless>provider>Borealis Telecom; Frostline>provider>Borealis Telecom; Borealis Stream>provider>Borealis Telecom;"
       "Borealis Telecom>partner>Kairo Networks; Canlink Payments>partner>Borealis Telecom;"
       "Borealis Telecom>parentOrganization>Groupe Lévesque",
  outs=[O("Borealis Telecom", "2026-11-18", "2026-11-18T04:45", "2026-11-18T22:00", 17.25,
          ["Borealis Wireless", "Frostline", "Borealis Stream", "Canlink Payments", "Maple & Pine"], "Canada",
          "faulty software update to routers")],
  dates="Friday=2026-11-20; Wednesday=2026-11-18; 4.45am=2026-11-18T04:45; 10pm=2026-11-18T22:00; Thursday=2026-11-19",
  sector="telecoms", region="Canada", topics=["outage", "regulation", "partnership"])

A(85, "cobaltline-huddle-mailbox-outage", "2026-11-04", "Cobaltline's Huddle and Mailbox apps go down for hours", """
Cobaltline's workplace apps Huddle and Mailbox were unavailable to many users in North America and Europe for about five hours on Tuesday, the second serious disruption to the company's office software this autumn.

Users began reporting problems at about 10.20am Eastern time, when messages in Huddle, Cobaltline's chat and video-calling app, stopped sending and the Mailbox email service returned errors. The Seattle-based software company acknowledged the problem on its status page 25 minutes later, describing it as "degraded service", and said at 3.35pm that all services had been restored.

In a post on Wednesday, Cobaltline said the outage had been caused by a change to its authentication service, Cobaltline Identity, which checks users' passwords and security tokens. "A configuration change intended to improve performance instead caused a portion of sign-in requests to fail," it said. The company said the change had been rolled back and it was reviewing its deployment process.

The disruption hit businesses including the accounting firm Whitlow & Crane and the airline Pacific Crest Airlines, which uses Huddle to coordinate ground staff. Pacific Crest said some flights at its Denver hub were delayed by up to 40 minutes because crews could not receive updates. Schools in several states that use Mailbox for staff email also reported problems.

In September, a separate outage took Huddle offline for about three hours after a fault in Cobaltline's data centre in Virginia. That incident also disrupted Cobaltline's cloud storage service, Cobaltline Drive.

Cobaltline's chief executive, Natalie Brooks, apologised on social media. "We know how much our customers rely on us, and today we didn't live up to that," she wrote. The company's president of cloud services, Rajesh Pillai, said it would offer affected business customers a credit.

Cobaltline, which competes with larger rivals in workplace software, has about 140 million monthly users of its apps. It bought the video-conferencing start-up Talkbox in 2024 and built its technology into Huddle.

Shares in Cobaltline fell 1.6 per cent in New York on Wednesday. "Customers are tolerant of one outage, but two in two months starts to look like a pattern," said Derek Olsen, an analyst at Puget Sound Research.

The company is due to report quarterly results next week.
""",
  ents="C:Cobaltline; S:Huddle; S:Mailbox; L:North America; L:Europe; L:Seattle; S:Cobaltline Identity;"
       "C:Whitlow & Crane; C:Pacific Crest Airlines=Pacific Crest; L:Denver; L:Virginia; S:Cobaltline Drive;"
       "P:Natalie Brooks; P:Rajesh Pillai; C:Talkbox; L:New York; P:Derek Olsen; C:Puget Sound Research",
  roles="Natalie Brooks|ceo|Cobaltline|1; Rajesh Pillai|president|Cobaltline|1; Derek Olsen|analyst|Puget Sound Research|1",
  rels="Huddle>provider>Cobaltline; Mailbox>provider>Cobaltline; Cobaltline Identity>provider>Cobaltline;"
       "Cobaltline Drive>provider>Cobaltline; Cobaltline>acquired>Talkbox; Talkbox>parentOrganization>Cobaltline;"
       "Pacific Crest Airlines>partner>Cobaltline",
  outs=[O("Cobaltline", "2026-11-03", "2026-11-03T10:20", "2026-11-03T15:35", 5.25,
          ["Huddle", "Mailbox", "Cobaltline Identity", "Whitlow & Crane", "Pacific Crest Airlines"], None, "configuration change"),
        O("Cobaltline", "2026-09", None, None, 3, ["Huddle", "Cobaltline Drive"], "Virginia", "fault in data centre")],
  dates="Tuesday=2026-11-03; this autumn=2026; 10.20am=2026-11-03T10:20; 3.35pm=2026-11-03T15:35; Wednesday=2026-11-04;"
        "September=2026-09; 2024=2024",
  sector="cloud/SaaS", region="US", topics=["outage", "leadership", "acquisition"])

A(86, "voltline-motors-cofounder-ousted", "2026-11-19", "Electric truck maker Voltline ousts co-founder as chief executive", """
Voltline Motors, the Detroit electric pickup maker, has removed its co-founder Tyler Hanson as chief executive after missing production targets for a third quarter in a row, and named the former head of manufacturing at a larger rival as interim boss.

The board said on Thursday that Hanson, 41, would leave the company immediately but remain a director. He will be replaced on an interim basis by Sandra Okafor, who ran North American manufacturing at the carmaker Great Lakes Automotive until last year and joined Voltline's board in March. Okafor will hold the post while the company searches for a permanent leader.

"Tyler's vision created this company, but we need to build trucks at scale, and that takes a different set of skills," said Voltline's chairman, Robert Kline. Hanson founded the company in 2017 with Mia Castellanos, who is its chief technology officer.

Voltline built 4,100 of its Voltline Ridgeback pickups in the July-to-September quarter, well short of the 6,000 it had promised. The company blamed shortages of battery packs from its supplier, Horizon Cell, a joint venture between the Korean battery maker Dongbang Energy and the Texas-based Lonestar Materials.

The company has $1.3bn in cash and said it had enough money to last into 2028. It is building a second factory in Tennessee, with the help of a $900m government loan, and has a deal to supply 5,000 electric vans to the parcel delivery company Swiftpost from next year.

Voltline also announced that it had agreed to buy the charging network operator ChargeRight for $180m in shares, giving its customers access to 3,000 fast chargers across the Midwest. The deal is expected to close in the first quarter.

Shares in Voltline rose 8 per cent in after-hours trading in New York. "The board has finally accepted that the company needs an operator," said Gina Morales, an analyst at Woodward Research. "Okafor is exactly that, but interim leaders do not usually make big changes."

Hanson, who owns about 12 per cent of Voltline's shares, said in a post on social media that he was "disappointed but proud". Voltline's chief financial officer, Kevin Marsh, said the company still expected deliveries to rise next year.
""",
  ents="C:Voltline Motors=Voltline; L:Detroit; P:Tyler Hanson=Hanson,Tyler; P:Sandra Okafor=Okafor;"
       "C:Great Lakes Automotive; P:Robert Kline; P:Mia Castellanos; S:Voltline Ridgeback; C:Horizon Cell;"
       "C:Dongbang Energy; L:Texas; C:Lonestar Materials; L:Tennessee; C:Swiftpost; C:ChargeRight; L:Midwest; L:New York;"
       "P:Gina Morales; C:Woodward Research; P:Kevin Marsh",
  roles="Tyler Hanson|cofounder|Voltline Motors|1; Tyler Hanson|ceo|Voltline Motors|0; Tyler Hanson|director|Voltline Motors|1;"
        "Sandra Okafor|head|Great Lakes Automotive|0; Sandra Okafor|ceo|Voltline Motors|1;"
        "Sandra Okafor|director|Voltline Motors|1; Robert Kline|chairman|Voltline Motors|1;"
        "Mia Castellanos|cofounder|Voltline Motors|1; Mia Castellanos|cto|Voltline Motors|1;"
        "Gina Morales|analyst|Woodward Research|1; Kevin Marsh|cfo|Voltline Motors|1",
  rels="Voltline Ridgeback>provider>Voltline Motors; Voltline Motors>partner>Horizon Cell;"
       "Horizon Cell>parentOrganization>Dongbang Energy; Horizon Cell>parentOrganization>Lonestar Materials;"
       "Dongbang Energy>partner>Lonestar Materials; Voltline Motors>partner>Swiftpost; Voltline Motors>acquired>ChargeRight",
  dates="Thursday=2026-11-19; last year=2025; March=2026-03; 2017=2017; the July-to-September quarter=2026-Q3; 2028=2028;"
        "next year=2027; the first quarter=2027-Q1",
  sector="carmakers", region="US", topics=["leadership", "partnership", "acquisition"])

A(87, "daehan-chip-completes-nordlicht-probe", "2026-11-25", "Daehan Microsystems completes German purchase as regulators open probe", """
Daehan Microsystems, the South Korean memory chipmaker, has completed its purchase of the German chip equipment maker Nordlicht Halbleitertechnik, days after the European Commission opened an investigation into a separate deal involving the company.

The €2.6bn takeover of Nordlicht, which makes machines used to deposit thin films on silicon wafers, was cleared by German authorities last month after Daehan agreed to keep the company's research and 1,400 jobs in Dresden for at least seven years. It was completed on Tuesday, Daehan said. Nordlicht's chief executive, Ulrich Seifert, will stay on and report to Daehan's head of equipment, Kang Dong-hyun.

"Owning the tools that make our chips gives us control of our own future," said Daehan's vice chairman and chief executive, Lee Sung-min, in a statement. "Nordlicht will continue to serve all its customers."

That promise is at the centre of the European Commission's inquiry. On Friday the Commission said it had opened an in-depth investigation into Daehan's planned purchase of a 60 per cent stake in the Dutch lithography parts maker Optiveld, announced in June, amid concerns that rival chipmakers could lose access to its parts. Daehan said it would cooperate fully.

Nordlicht's customers include the American chipmaker Silverline Semiconductor and the Taiwanese foundry Keelung Foundry, which together account for about a third of its sales. Silverline signed a long-term supply agreement with Nordlicht in 2024. A spokeswoman for Silverline, Jennifer Cole, said the company expected the agreement to be honoured.

Daehan, which is part of the Daehan Group conglomerate, reported a record operating profit of 9.8 trillion won in the third quarter as prices for memory chips used in AI servers rose. Its shares rose 1.2 per cent in Seoul on Wednesday.

Daehan is also building a chip packaging plant in Arizona with the help of American subsidies, and has a partnership with the Dutch research institute Imtec Research Centre on next-generation memory.

"The Nordlicht deal makes strategic sense, but the Optiveld probe shows that Europe is becoming much more careful about who buys its chip supply chain," said Park So-young, an analyst at Yeouido Securities. "We think the Commission will demand strong commitments."

Nordlicht, founded in Dresden in 1998, was previously owned by the private equity firm Elbtal Capital.
""",
  ents="C:Daehan Microsystems=Daehan; C:Nordlicht Halbleitertechnik=Nordlicht; O:European Commission=Commission;"
       "L:Dresden; P:Ulrich Seifert; P:Kang Dong-hyun; P:Lee Sung-min; C:Optiveld; C:Silverline Semiconductor=Silverline;"
       "C:Keelung Foundry; P:Jennifer Cole; C:Daehan Group; L:Seoul; L:Arizona; O:Imtec Research Centre; P:Park So-young;"
       "C:Yeouido Securities; L:Europe; C:Elbtal Capital",
  roles="Ulrich Seifert|ceo|Nordlicht Halbleitertechnik|1; Kang Dong-hyun|head|Daehan Microsystems|1;"
        "Lee Sung-min|executive|Daehan Microsystems|1; Lee Sung-min|ceo|Daehan Microsystems|1;"
        "Jennifer Cole|spokesperson|Silverline Semiconductor|1; Park So-young|analyst|Yeouido Securities|1",
  rels="Daehan Microsystems>acquired>Nordlicht Halbleitertechnik; Nordlicht Halbleitertechnik>parentOrganization>Daehan Microsystems;"
       "Silverline Semiconductor>partner>Nordlicht Halbleitertechnik; Keelung Foundry>partner>Nordlicht Halbleitertechnik;"
       "Daehan Microsystems>parentOrganization>Daehan Group; Daehan Microsystems>partner>Imtec Research Centre;"
       "Nordlicht Halbleitertechnik>parentOrganization>Elbtal Capital",
  dates="last month=2026-10; Tuesday=2026-11-24; Friday=2026-11-20; June=2026-06; 2024=2024; the third quarter=2026-Q3;"
        "Wednesday=2026-11-25; 1998=1998",
  sector="chips", region="South Korea/Germany", topics=["acquisition", "regulation", "leadership", "partnership"])

A(88, "pagoagil-fined-pix-outage", "2026-11-13", "Brazil's central bank fines PagoÁgil after instant payment outage", """
Brazil's central bank has fined the digital bank PagoÁgil 14 million reais over an outage in August that left millions of customers unable to make instant payments for most of a day, and ordered it to strengthen its systems within six months.

The Central Bank of Brazil said on Thursday that PagoÁgil had not kept adequate backup capacity for its connection to the national instant payment system. The outage, on 21 August, began at 6.40am and lasted until 5.55pm, during which the bank's app, PagoÁgil Conta, could not send or receive transfers. About 11 million customers were affected, the regulator said, many of them small traders who depend on instant payments.

The bank said at the time that the problem had been caused by "an overload in a messaging component" supplied by the software company Sistemas Jaguara, which provides the connection between PagoÁgil's systems and the central bank's network. The regulator found that the bank had ignored warnings from its own engineers about the component's limits.

PagoÁgil's chief executive, Fernanda Albuquerque, said the bank accepted the decision and would not appeal. "We have already doubled our capacity and added a second provider," she said. The bank now also uses the Curitiba-based firm Conecta Pagamentos for its connection.

PagoÁgil, which was founded in 2016 by Albuquerque and the former investment banker Thiago Menezes, has 38 million customers and is one of Brazil's fastest-growing lenders. The São Paulo bank is 30 per cent owned by the Argentine fintech group Nexo Austral, and it bought the Colombian lender Banco Llanero in 2025 as part of an expansion in Latin America.

The fine comes as PagoÁgil prepares to list its shares in New York next year, according to people familiar with the plans. The bank has hired the investment banks Hollis Bridge and Ashcombe & Co to prepare the listing.

Menezes, who is PagoÁgil's chairman, said the bank's results for the third quarter, to be published next week, would show "record profitability".

Rival digital bank Nubra also suffered an instant payment outage in October, which lasted about two hours. The central bank said it was reviewing that incident as well.

"The central bank is sending a message to the whole sector: growth is no excuse for fragile systems," said Marina Costa, an analyst at Paulista Investimentos.
""",
  ents="L:Brazil; C:PagoÁgil; O:Central Bank of Brazil; S:PagoÁgil Conta; C:Sistemas Jaguara; P:Fernanda Albuquerque=Albuquerque;"
       "L:Curitiba; C:Conecta Pagamentos; P:Thiago Menezes=Menezes; L:São Paulo; C:Nexo Austral; C:Banco Llanero;"
       "L:Latin America; L:New York; C:Hollis Bridge; C:Ashcombe & Co; C:Nubra; P:Marina Costa; C:Paulista Investimentos",
  roles="Fernanda Albuquerque|ceo|PagoÁgil|1; Fernanda Albuquerque|cofounder|PagoÁgil|1; Thiago Menezes|cofounder|PagoÁgil|1;"
        "Thiago Menezes|chairman|PagoÁgil|1; Marina Costa|analyst|Paulista Investimentos|1",
  rels="PagoÁgil Conta>provider>PagoÁgil; PagoÁgil>partner>Sistemas Jaguara; PagoÁgil>partner>Conecta Pagamentos;"
       "PagoÁgil>acquired>Banco Llanero; Banco Llanero>parentOrganization>PagoÁgil",
  outs=[O("PagoÁgil", "2026-08-21", "2026-08-21T06:40", "2026-08-21T17:55", 11.25, ["PagoÁgil Conta"], None,
          "overload in a messaging component"),
        O("Nubra", "2026-10", None, None, 2, [], None, None)],
  dates="August=2026-08; Thursday=2026-11-12; 21 August=2026-08-21; 6.40am=2026-08-21T06:40; 5.55pm=2026-08-21T17:55;"
        "2016=2016; 2025=2025; next year=2027; the third quarter=2026-Q3; October=2026-10",
  sector="payments", region="Brazil", topics=["regulation", "outage", "leadership", "acquisition", "partnership"])

A(89, "europe-asia-business-briefing", "2026-12-01", "Business briefing: Aquila chair, Grenfell ferry deal, Sundara outage, Mistral Foods", """
Aquila Assicurazioni, the Italian insurer, has named Giovanna Ricci as chair from next April. Ricci, a former deputy governor at the Bank of Italy, currently sits on the board of the asset manager Lagunare Capital, from which she will step down. She succeeds Enrico Valli, who has chaired Aquila since 2018 and reaches the board's age limit next year. Aquila's chief executive, Stefano Greco, said Ricci's "regulatory experience will be invaluable" as the insurer expands in Germany. Aquila shares were unchanged in Milan on Monday.

The Scottish ferry operator Grenfell Ferries has signed a deal with the Norwegian shipbuilder Havbryn Verft to build three battery-hybrid ferries for routes to the Hebrides, in a £240m contract backed by the Scottish government. Grenfell, a subsidiary of the transport group Caledon Transport Holdings, said the first vessel would enter service in 2029. Its managing director, Fraser McLeod, said the ships would cut emissions on the routes by about 60 per cent.

Customers of the Sri Lankan mobile operator Sundara Mobile were without data services for about three hours on Sunday night after a fibre cut near Colombo. The company said the problem started at 9.10pm and that service was restored at 12.20am on Monday. Its payments app, SundaraPay, was also unavailable. Sundara is a unit of the Malaysian group Benua Telekom, whose chief technology officer, Hafiz Rahman, said a backup link had failed to switch over.

Mistral Foods, the French frozen foods group, has completed the takeover of its Belgian rival Vanderbeke Frozen for €520m, creating Europe's third-largest frozen foods maker. Vanderbeke's chief executive, Pieter Claes, will become head of Mistral's Benelux business. Mistral's finance director, Amélie Rousseau, said the deal would save €45m a year by 2028. Mistral is controlled by the investment firm Ardoise Partners, which bought it in 2022.

The Danish shipping group Trellund Shipping said its chief executive, Anders Holt, would step down next summer after 11 years. The company has begun a search for his successor and said its chief operating officer, Maja Friis, was among the internal candidates. Holt has overseen the purchase of two smaller container lines and a move into port logistics. Trellund shares fell 1.2 per cent in Copenhagen.
""",
  ents="C:Aquila Assicurazioni=Aquila; P:Giovanna Ricci=Ricci; O:Bank of Italy; C:Lagunare Capital; P:Enrico Valli;"
       "P:Stefano Greco; L:Germany; L:Milan; C:Grenfell Ferries=Grenfell; C:Havbryn Verft; L:Hebrides;"
       "C:Caledon Transport Holdings; P:Fraser McLeod; C:Sundara Mobile=Sundara; L:Colombo; S:SundaraPay; C:Benua Telekom;"
       "P:Hafiz Rahman; C:Mistral Foods=Mistral; C:Vanderbeke Frozen=Vanderbeke; L:Europe; P:Pieter Claes;"
       "L:Benelux; P:Amélie Rousseau; C:Ardoise Partners; C:Trellund Shipping; P:Anders Holt=Holt; P:Maja Friis; L:Copenhagen",
  roles="Giovanna Ricci|chairman|Aquila Assicurazioni|1; Giovanna Ricci|executive|Bank of Italy|0;"
        "Giovanna Ricci|director|Lagunare Capital|1; Enrico Valli|chairman|Aquila Assicurazioni|1;"
        "Stefano Greco|ceo|Aquila Assicurazioni|1; Fraser McLeod|director|Grenfell Ferries|1;"
        "Hafiz Rahman|cto|Benua Telekom|1; Pieter Claes|ceo|Vanderbeke Frozen|1; Pieter Claes|head|Mistral Foods|1;"
        "Amélie Rousseau|cfo|Mistral Foods|1; Anders Holt|ceo|Trellund Shipping|1; Maja Friis|coo|Trellund Shipping|1",
  rels="Grenfell Ferries>partner>Havbryn Verft; Grenfell Ferries>parentOrganization>Caledon Transport Holdings;"
       "SundaraPay>provider>Sundara Mobile; Sundara Mobile>parentOrganization>Benua Telekom;"
       "Mistral Foods>acquired>Vanderbeke Frozen; Vanderbeke Frozen>parentOrganization>Mistral Foods;"
       "Mistral Foods>parentOrganization>Ardoise Partners; Ardoise Partners>acquired>Mistral Foods",
  outs=[O("Sundara Mobile", "2026-11-29", "2026-11-29T21:10", "2026-11-30T00:20", 3.17, ["SundaraPay"], "Colombo", "fibre cut")],
  dates="next April=2027-04; 2018=2018; next year=2027; Monday=2026-11-30; 2029=2029; Sunday night=2026-11-29;"
        "9.10pm=2026-11-29T21:10; 12.20am=2026-11-30T00:20; 2028=2028; 2022=2022; next summer=2027",
  sector="round-up (insurer, ferries, telecoms, food, shipping)", region="Europe/Asia (Italy, UK, Sri Lanka, France/Belgium, Denmark)",
  topics=["round-up", "leadership", "partnership", "outage", "acquisition"])

A(90, "stanmore-bank-interim-boss-board", "2026-11-09", "Stanmore Bank names interim boss after chief's sudden exit", """
Stanmore Bank, the British mid-sized lender, has named its head of retail banking, Priya Chauhan, as interim chief executive after the sudden resignation of Jonathan Ives, who quit on Friday citing personal reasons, the bank said on Monday.

Ives, 58, had been chief executive since 2020 and was credited with turning the bank around after heavy losses on commercial property loans. His departure, which the bank announced in a brief statement late on Friday, surprised investors. People familiar with the matter said he had clashed with the board over the pace of a planned £150m investment in the bank's technology.

"Priya has run our largest business for four years and has the full confidence of the board," said Stanmore's chair, Dame Caroline Whitby. The board has hired the headhunter Redfern Search to find a permanent successor and will consider both internal and external candidates.

The bank also said that Michael Adjei, a former chief risk officer at the building society Thames Valley Mutual, would join its board as a non-executive director in January, and that its senior independent director, Alan Prescott, would retire at the annual meeting in May.

Stanmore has about 1.8 million customers and specialises in mortgages and savings. Its app, Stanmore Mobile, has been upgraded this year as part of a technology overhaul carried out with the Indian IT services group Narmada Technologies, which runs the bank's core systems under a ten-year contract signed in 2023.

The overhaul has not been smooth. In July, customers could not log in to the app or online banking for about eight hours after a failed data migration, an incident that drew criticism from MPs on the Treasury Committee.

The bank's shares fell 5.1 per cent to 212p on Monday, their biggest drop in a year. "A sudden departure without a clear explanation always makes the market nervous," said Hannah Price, an analyst at Ludgate Securities. "The board needs to name a permanent chief quickly."

Stanmore, which is listed in London, was formed in 2014 when the savings bank Ashdown Savings merged with the mortgage lender Fairmile Home Loans. Its largest shareholder is the US investment firm Copperleaf Capital, with 14 per cent.

The Prudential Regulation Authority, which must approve senior appointments at banks, said it was in contact with Stanmore.
""",
  ents="C:Stanmore Bank=Stanmore; P:Priya Chauhan=Priya; P:Jonathan Ives=Ives; P:Caroline Whitby; C:Redfern Search;"
       "P:Michael Adjei; C:Thames Valley Mutual; P:Alan Prescott; S:Stanmore Mobile; C:Narmada Technologies;"
       "O:Treasury Committee; P:Hannah Price; C:Ludgate Securities; L:London; C:Ashdown Savings; C:Fairmile Home Loans;"
       "L:US; C:Copperleaf Capital; O:Prudential Regulation Authority",
  roles="Priya Chauhan|head|Stanmore Bank|1; Priya Chauhan|ceo|Stanmore Bank|1; Jonathan Ives|ceo|Stanmore Bank|0;"
        "Caroline Whitby|chairman|Stanmore Bank|1; Michael Adjei|executive|Thames Valley Mutual|0;"
        "Michael Adjei|director|Stanmore Bank|1; Alan Prescott|director|Stanmore Bank|1;"
        "Hannah Price|analyst|Ludgate Securities|1",
  rels="Stanmore Mobile>provider>Stanmore Bank; Stanmore Bank>partner>Narmada Technologies",
  outs=[O("Stanmore Bank", "2026-07", None, None, 8, ["Stanmore Mobile"], None, "failed data migration")],
  dates="Friday=2026-11-06; Monday=2026-11-09; 2020=2020; January=2027-01; May=2027-05; this year=2026; 2023=2023;"
        "July=2026-07; 2014=2014",
  sector="banks", region="UK", topics=["leadership", "partnership", "outage"])
