# Articles nt-14 .. nt-25 (all names invented). A and O come from articles.py.

A(14, "wavo-streaming-crash-baseball-final", "2026-11-23", "Streaming service Wavo crashes during baseball final", """
Subscribers of Wavo, the South Korean streaming service owned by Hanul Media, were unable to watch the deciding game of the national baseball championship on Saturday night when the app crashed under record traffic.

The outage lasted from about 6.40pm until 8.10pm, Hanul said, an hour and a half that covered most of the first five innings. About 2.3 million viewers were trying to watch at the peak.

"Our content delivery network partner, Seorin Networks, saw a surge that exceeded the capacity we had reserved," Hanul's chief technology officer, Park Ji-hoon, told reporters in Seoul on Sunday. Seorin said in a statement that its systems had "performed as designed".

Hanul Media, a unit of the Daegwang Group conglomerate, bought the rights to stream the championship for three years in March for 45 billion won. Its chief executive, Kim Soo-yeon, apologised and offered subscribers a month's free access.

The broadcasting regulator said it would ask Hanul for a report on the incident. Rival service Tivon said its sign-ups had doubled over the weekend, and analysts at Hangang Securities said the episode could cost Wavo as many as 200,000 subscribers.
""",
  ents="S:Wavo; C:Hanul Media=Hanul; C:Seorin Networks=Seorin; P:Park Ji-hoon; L:Seoul;"
       "C:Daegwang Group; P:Kim Soo-yeon; S:Tivon; C:Hangang Securities",
  roles="Park Ji-hoon|cto|Hanul Media|1; Kim Soo-yeon|ceo|Hanul Media|1",
  rels="Wavo>provider>Hanul Media; Hanul Media>parentOrganization>Daegwang Group; Hanul Media>partner>Seorin Networks",
  outs=[O("Hanul Media", "2026-11-21", "2026-11-21T18:40", "2026-11-21T20:10", 1.5, ["Wavo"], None, "record traffic")],
  dates="Saturday night=2026-11-21; 6.40pm=2026-11-21T18:40; 8.10pm=2026-11-21T20:10; Sunday=2026-11-22;"
        "March=2026-03",
  sector="media/streaming", region="South Korea", topics=["outage", "partnership"])

A(15, "dorne-logistics-completes-snelpak", "2026-11-04", "Dorne Logistics completes takeover of parcel firm Snelpak", """
Dorne Logistics, the Rotterdam-based freight group, has completed its purchase of the Dutch parcel delivery company Snelpak for €1.3bn, creating the second-largest parcel network in the Benelux.

Snelpak, which delivers about 900,000 parcels a day, will be run as a unit of Dorne alongside its German subsidiary Kurierblitz, the company said on Wednesday. Snelpak's chief executive, Femke de Vries, will stay in her role and join Dorne's management board.

"Online shoppers want next-day delivery everywhere, and together we can offer that in every postcode from Groningen to Luxembourg," said Dorne's chief executive, Willem Bakker, who has led the group since 2020.

The Dutch competition authority approved the deal last month on condition that Dorne sells its Belgian parcel locker business, Boxpunt, to the rival Ardenne Post.

Dorne also announced a partnership with the online marketplace Marktly, under which Snelpak will handle deliveries for Marktly's 40,000 sellers from January.

Shares in Dorne rose 2.9 per cent in Amsterdam. The company expects cost savings of €85m a year by 2028.
""",
  ents="C:Dorne Logistics=Dorne; L:Rotterdam; C:Snelpak; L:Benelux; C:Kurierblitz; P:Femke de Vries; L:Groningen;"
       "L:Luxembourg; P:Willem Bakker; C:Boxpunt; C:Ardenne Post; C:Marktly; L:Amsterdam",
  roles="Femke de Vries|ceo|Snelpak|1; Willem Bakker|ceo|Dorne Logistics|1",
  rels="Dorne Logistics>acquired>Snelpak; Snelpak>parentOrganization>Dorne Logistics;"
       "Kurierblitz>parentOrganization>Dorne Logistics; Boxpunt>parentOrganization>Dorne Logistics;"
       "Dorne Logistics>partner>Marktly",
  dates="Wednesday=2026-11-04; 2020=2020; last month=2026-10; January=2027-01; 2028=2028",
  sector="logistics", region="Netherlands", topics=["acquisition", "partnership", "leadership"])

A(16, "wattle-bank-card-outage", "2026-11-13", "Wattle Bank customers stranded by card outage", """
Wattle Bank customers across Australia were unable to pay with their debit cards or withdraw cash for about five hours on Thursday, in the lender's third major outage this year.

The problems started at 4.45pm AEDT, as commuters were heading home, and card payments were restored at 9.50pm, the bank said. Its Wattle Go app and internet banking also failed for part of the evening. Customers in Sydney and Melbourne reported being turned away from petrol stations and supermarkets.

Wattle blamed "a hardware failure in our primary data centre" in western Sydney, and said its backup systems had not taken over automatically as designed.

"I am deeply sorry," said chief executive Mark Lowry, who joined Wattle from the New Zealand lender Kōwhai Bank in 2023. "This is not the standard our customers deserve."

The banking regulator said it had asked Wattle for a detailed explanation. In August, the Wattle Go app was down for three hours after a faulty update from the bank's software supplier, Coraltech.

Wattle shares fell 1.7 per cent to $28.40 in Sydney on Friday. Analysts at Kingfisher Partners said the bank faced a likely fine.
""",
  ents="C:Wattle Bank=Wattle; L:Australia; S:Wattle Go; L:Sydney; L:Melbourne; P:Mark Lowry; L:New Zealand;"
       "C:Kōwhai Bank; C:Coraltech; C:Kingfisher Partners",
  roles="Mark Lowry|ceo|Wattle Bank|1",
  rels="Wattle Go>provider>Wattle Bank; Wattle Bank>partner>Coraltech",
  outs=[O("Wattle Bank", "2026-11-12", "2026-11-12T16:45", "2026-11-12T21:50", 5.08, ["Wattle Go"], "Sydney",
          "hardware failure in primary data centre"),
        O("Wattle Bank", "2026-08", None, None, 3, ["Wattle Go"], None, "faulty update")],
  dates="Thursday=2026-11-12; this year=2026; 4.45pm AEDT=2026-11-12T16:45; 9.50pm=2026-11-12T21:50; 2023=2023;"
        "August=2026-08; Friday=2026-11-13",
  sector="banks", region="Australia", topics=["outage"])

A(17, "fjordnett-ceo-to-step-down", "2026-11-03", "Fjordnett chief to step down as former boss returns as chair", """
Norway's Fjordnett said on Tuesday that its chief executive, Sigrid Haugen, will step down at the end of March after five years, and that the former boss Einar Dahl will return as chairman.

Haugen oversaw the sale of the group's Swedish unit, Fjordnett Sverige, to the Stockholm-based operator Telvia in 2024 and the launch of Fjordnett's low-cost mobile brand, Prato. She will join the Danish shipping group Kronholm Line as chief executive.

Dahl, who ran Fjordnett from 2009 to 2018, replaces Arne Solheim, who is retiring after a decade as chair.

The company has begun searching for Haugen's successor. Fjordnett's chief financial officer, Bjørn Eriksen, is seen by analysts as a leading internal candidate.

Fjordnett also said it had chosen the Finnish equipment maker Kaleva Networks as the main supplier for its 5G core network, in a contract worth about 2 billion kroner over seven years.

"Sigrid leaves a simpler, stronger company," Solheim said. Shares in Fjordnett fell 0.8 per cent in Oslo.
""",
  ents="L:Norway; C:Fjordnett; P:Sigrid Haugen=Haugen,Sigrid; P:Einar Dahl=Dahl; C:Fjordnett Sverige; L:Stockholm;"
       "C:Telvia; S:Prato; C:Kronholm Line; P:Arne Solheim=Solheim; P:Bjørn Eriksen; C:Kaleva Networks; L:Oslo",
  roles="Sigrid Haugen|ceo|Fjordnett|1; Sigrid Haugen|ceo|Kronholm Line|1; Einar Dahl|ceo|Fjordnett|0;"
        "Einar Dahl|chairman|Fjordnett|1; Arne Solheim|chairman|Fjordnett|1; Bjørn Eriksen|cfo|Fjordnett|1",
  rels="Fjordnett Sverige>parentOrganization>Fjordnett; Telvia>acquired>Fjordnett Sverige;"
       "Fjordnett Sverige>parentOrganization>Telvia; Prato>provider>Fjordnett; Fjordnett>partner>Kaleva Networks",
  dates="Tuesday=2026-11-03; the end of March=2027-03; 2024=2024; 2009=2009; 2018=2018",
  sector="telecoms", region="Norway", topics=["leadership", "acquisition", "partnership"])

A(18, "veltrop-new-cfo-battery-delay", "2026-11-09", "Veltrop names new finance chief as battery plans stall", """
Veltrop AG, the Stuttgart carmaker, has appointed Claudia Reinhardt as chief financial officer, replacing Thomas Albers, who left in August after a dispute over the company's battery strategy.

Reinhardt, 51, is currently CFO of the truck maker Brandauer, a Munich-based subsidiary of the Swedish industrial group Skarholm. She will start on 1 March.

The appointment comes as Veltrop delays the launch of its electric Veltrop Orion saloon to 2028 and reviews a joint venture with the South Korean battery maker Daeyang Energy Solutions to build a cell factory in Saxony. Veltrop's chief executive, Stefan Kühn, said the company remained "committed to the partnership" but needed to "adjust the pace".

Sales at Veltrop-owned Ferrante, the Italian sports car maker it bought in 2015, rose 11 per cent in the third quarter, helping to offset a 9 per cent fall in deliveries of Veltrop-branded cars.

Analysts at Lindenbank said Reinhardt's experience of cost cutting at Brandauer would be welcome. Veltrop shares rose 0.7 per cent in Frankfurt on Monday.
""",
  ents="C:Veltrop AG=Veltrop; L:Stuttgart; P:Claudia Reinhardt=Reinhardt; P:Thomas Albers; C:Brandauer; L:Munich;"
       "C:Skarholm; S:Veltrop Orion; C:Daeyang Energy Solutions; L:Saxony; P:Stefan Kühn; C:Ferrante;"
       "C:Lindenbank; L:Frankfurt",
  roles="Claudia Reinhardt|cfo|Veltrop AG|1; Claudia Reinhardt|cfo|Brandauer|1; Thomas Albers|cfo|Veltrop AG|0;"
        "Stefan Kühn|ceo|Veltrop AG|1",
  rels="Brandauer>parentOrganization>Skarholm; Veltrop Orion>provider>Veltrop AG;"
       "Veltrop AG>partner>Daeyang Energy Solutions; Ferrante>parentOrganization>Veltrop AG; Veltrop AG>acquired>Ferrante",
  dates="August=2026-08; 1 March=2027-03-01; 2028=2028; 2015=2015; the third quarter=2026-Q3; Monday=2026-11-09",
  sector="carmakers", region="Germany", topics=["leadership", "partnership", "acquisition"])

A(19, "skyvista-travenza-booking-outage", "2026-11-02", "SkyVista flights delayed as booking system supplier suffers outage", """
Hundreds of SkyVista Airlines flights were delayed across India on Sunday after a failure at Travenza, the Bengaluru company that runs the airline's reservations and check-in system.

The outage began at 6.10am and lasted for nearly four hours, SkyVista said, with passengers at Delhi, Mumbai and Hyderabad airports queueing at counters as agents wrote boarding passes by hand. Two other carriers that use Travenza's AeroDesk platform, the regional airline Konkan Air and the Sri Lankan carrier Serendib Airways, also reported delays.

Travenza said a database upgrade had corrupted part of its passenger records and that it had switched to a backup at 9.55am. "We regret the inconvenience caused to our airline partners," said Travenza's founder and managing director, Deepak Menon.

SkyVista's chief executive, Neha Kapoor, said the airline would review its contract. The country's aviation regulator said it had sought a report from both companies.

SkyVista, India's third-largest airline by passengers, is controlled by Indus Holdings, which also owns the budget hotel chain StayEasy. It flew 2.1 million passengers in October.
""",
  ents="C:SkyVista Airlines=SkyVista; L:India; C:Travenza; L:Bengaluru; L:Delhi; L:Mumbai; L:Hyderabad; S:AeroDesk;"
       "C:Konkan Air; C:Serendib Airways; P:Deepak Menon; P:Neha Kapoor; C:Indus Holdings; C:StayEasy",
  roles="Deepak Menon|founder|Travenza|1; Deepak Menon|director|Travenza|1; Neha Kapoor|ceo|SkyVista Airlines|1",
  rels="AeroDesk>provider>Travenza; SkyVista Airlines>partner>Travenza; Konkan Air>partner>Travenza;"
       "Serendib Airways>partner>Travenza; SkyVista Airlines>parentOrganization>Indus Holdings;"
       "StayEasy>parentOrganization>Indus Holdings",
  outs=[O("Travenza", "2026-11-01", "2026-11-01T06:10", "2026-11-01T09:55", 3.75,
          ["AeroDesk", "SkyVista Airlines", "Konkan Air", "Serendib Airways"], "India", "database upgrade")],
  dates="Sunday=2026-11-01; 6.10am=2026-11-01T06:10; 9.55am=2026-11-01T09:55; October=2026-10",
  sector="airlines", region="India", topics=["outage", "leadership"])

A(20, "hinode-holdings-new-president", "2026-11-19", "Hinode Holdings names first outsider as president", """
Hinode Holdings, the parent company of Japan's Hinode Mart convenience store chain, said on Thursday it would appoint Naoko Fujita, a former executive at the drinks maker Sakurai Breweries, as president and chief executive from March 1.

Fujita, 58, will succeed Takeshi Mori, who has been president since 2016 and will become chairman. She will be the first person from outside the company to lead the group since it was founded in 1974.

Hinode Mart, which runs 14,200 stores in Japan and 3,100 in Taiwan and Thailand, has lost ground to larger rivals. Operating profit at Hinode Holdings fell 12 per cent in the six months to August.

Fujita ran the international business of Sakurai Breweries until 2024 and sits on the board of the online grocer Kaimono Direct, from which she will step down in February.

"She brings a fresh view at a time when we need one," Mori said. The group also said its Hinode Pay mobile payment app had reached 22 million users.

The activist investor Meridian Bay Capital, which owns 6 per cent of Hinode Holdings, welcomed the appointment. Hinode shares rose 3.5 per cent in Tokyo.
""",
  ents="C:Hinode Holdings=Hinode; L:Japan; C:Hinode Mart; P:Naoko Fujita=Fujita; C:Sakurai Breweries;"
       "P:Takeshi Mori=Mori; L:Taiwan; L:Thailand; C:Kaimono Direct; S:Hinode Pay; C:Meridian Bay Capital; L:Tokyo",
  roles="Naoko Fujita|president|Hinode Holdings|1; Naoko Fujita|ceo|Hinode Holdings|1;"
        "Naoko Fujita|executive|Sakurai Breweries|0; Naoko Fujita|director|Kaimono Direct|1;"
        "Takeshi Mori|president|Hinode Holdings|1; Takeshi Mori|chairman|Hinode Holdings|1",
  rels="Hinode Mart>parentOrganization>Hinode Holdings; Hinode Pay>provider>Hinode Holdings",
  dates="Thursday=2026-11-19; March 1=2027-03-01; 2016=2016; 1974=1974; August=2026-08; 2024=2024; February=2027-02",
  sector="retail", region="Japan", topics=["leadership"])

A(21, "quillon-docs-meet-outage", "2026-11-11", "Quillon's Docs and Meet go dark for millions of office workers", """
Millions of office workers were unable to open documents or join video calls on Tuesday after an outage at Quillon, whose Quillon Docs and Quillon Meet apps are used by more than 200,000 businesses.

The disruption began at 14:10 UTC and lasted until about 17:40 UTC, hitting users in Europe, the Middle East and Africa hardest. Quillon said a faulty update to its sign-in service, Quillon ID, had stopped users from logging in.

"We pushed a change that had passed our tests but behaved differently at scale," Quillon's chief technology officer, Arjun Mehta, wrote in a blog post. "We are sorry."

Quillon, which is based in Dublin and was founded in 2012 by Saoirse Quinn, runs its services on servers rented from Nimbara Cloud. Nimbara said its own systems had been working normally throughout.

The outage was the longest since Quillon's acquisition of the workflow start-up Flowbridge in May. Analysts at Halden & Co said corporate customers might demand service credits. Quillon's chief executive, Tomasz Wiśniewski, is due to present quarterly results on Thursday.
""",
  ents="C:Quillon; S:Quillon Docs; S:Quillon Meet; L:Europe; L:Middle East; L:Africa; S:Quillon ID; P:Arjun Mehta;"
       "L:Dublin; P:Saoirse Quinn; C:Nimbara Cloud=Nimbara; C:Flowbridge; C:Halden & Co; P:Tomasz Wiśniewski",
  roles="Arjun Mehta|cto|Quillon|1; Saoirse Quinn|founder|Quillon|1; Tomasz Wiśniewski|ceo|Quillon|1",
  rels="Quillon Docs>provider>Quillon; Quillon Meet>provider>Quillon; Quillon ID>provider>Quillon;"
       "Quillon>partner>Nimbara Cloud; Quillon>acquired>Flowbridge; Flowbridge>parentOrganization>Quillon",
  outs=[O("Quillon", "2026-11-10", "2026-11-10T14:10", "2026-11-10T17:40", 3.5,
          ["Quillon Docs", "Quillon Meet", "Quillon ID"], "Europe, the Middle East and Africa",
          "faulty update to its sign-in service")],
  dates="Tuesday=2026-11-10; 14:10 UTC=2026-11-10T14:10; 17:40 UTC=2026-11-10T17:40; 2012=2012; May=2026-05;"
        "Thursday=2026-11-12",
  sector="software/SaaS", region="Ireland", topics=["outage", "acquisition"])

A(22, "tech-roundup-ostara-quantix-chirpa-zento", "2026-11-27", "Tech briefing: Ostara buys Vaultline, Quantix CFO quits, Chirpa outage", """
Ostara Software has agreed to acquire the cybersecurity firm Vaultline for $780m in cash and shares. Vaultline's founder and chief executive, Marcus Hale, will report to Ostara's president, Dana Whitfield, once the deal closes early next year. Ostara said Vaultline's threat-detection product, Sentra, would be sold to its 18,000 corporate customers.

The chip designer Quantix said its chief financial officer, Helena Strand, had resigned to become finance chief at the electric-truck start-up Voltera. Quantix named its treasurer, Paul Ngata, as interim CFO. Quantix shares fell 4 per cent.

Messaging app Chirpa, a unit of the Singapore-based SeaLink Digital, was down for about 90 minutes on Thursday afternoon in Indonesia and Malaysia after what the company called a routing error at a data centre in Jakarta. SeaLink said all messages sent during the outage had been delivered.

Zento, the Berlin fintech behind the Zento Money app, has signed a partnership with the French bank Crédit Valmont to offer its savings accounts to Zento Money's 3 million users. "Our users asked for interest on their balances and now they will get it," said Zento co-founder Lea Hoffmann.
""",
  ents="C:Ostara Software=Ostara; C:Vaultline; P:Marcus Hale; P:Dana Whitfield; S:Sentra; C:Quantix;"
       "P:Helena Strand; C:Voltera; P:Paul Ngata; S:Chirpa; L:Singapore; C:SeaLink Digital=SeaLink; L:Indonesia;"
       "L:Malaysia; L:Jakarta; C:Zento; L:Berlin; S:Zento Money; C:Crédit Valmont; P:Lea Hoffmann",
  roles="Marcus Hale|founder|Vaultline|1; Marcus Hale|ceo|Vaultline|1; Dana Whitfield|president|Ostara Software|1;"
        "Helena Strand|cfo|Quantix|0; Helena Strand|cfo|Voltera|1; Paul Ngata|cfo|Quantix|1;"
        "Lea Hoffmann|cofounder|Zento|1",
  rels="Ostara Software>acquired>Vaultline; Sentra>provider>Vaultline; Chirpa>provider>SeaLink Digital;"
       "Zento Money>provider>Zento; Zento>partner>Crédit Valmont",
  outs=[O("SeaLink Digital", "2026-11-26", None, None, 1.5, ["Chirpa"], "Indonesia and Malaysia", "routing error")],
  dates="next year=2027; Thursday afternoon=2026-11-26",
  sector="round-up (software, chips, messaging, fintech)", region="mixed (US, Singapore, Germany)",
  topics=["round-up", "acquisition", "leadership", "outage", "partnership"])

A(23, "brightwell-pay-hires-cfo", "2026-11-17", "Brightwell Pay hires bank veteran as finance chief ahead of listing", """
Brightwell Pay, the London payments start-up behind the Brightwell Flex card, has hired Susan Clarke, a former chief financial officer of Carrow Bank, as its finance chief ahead of a planned stock market listing next year.

Clarke left Carrow in June after six years. Her arrival means that co-founder Ben Osei, who had been acting CFO since the previous finance chief, Liam Doherty, left in April, has returned to his role as chief operating officer.

Brightwell, which was founded in 2019 by Osei and its chief executive, Priya Lal, processes payments for 45,000 small businesses and was valued at £1.6bn in its last funding round.

The company also said it had extended for five years its partnership with Carrow Bank, which holds Brightwell customers' deposits. Its lending arm, Brightwell Credit, received a full licence from the Financial Conduct Authority in October.

"Susan has run the finances of a bank through two recessions," Lal said. "That is the discipline we want as a public company."

Rival Payfern, which is owned by the US group Cascade Payments, reported a pre-tax loss of £42m on Tuesday.
""",
  ents="C:Brightwell Pay=Brightwell; L:London; S:Brightwell Flex; P:Susan Clarke=Clarke,Susan; C:Carrow Bank=Carrow;"
       "P:Ben Osei=Osei; P:Liam Doherty; P:Priya Lal=Lal; C:Brightwell Credit; O:Financial Conduct Authority;"
       "C:Payfern; L:US; C:Cascade Payments",
  roles="Susan Clarke|cfo|Carrow Bank|0; Susan Clarke|cfo|Brightwell Pay|1; Ben Osei|cofounder|Brightwell Pay|1;"
        "Ben Osei|cfo|Brightwell Pay|0; Ben Osei|coo|Brightwell Pay|1; Liam Doherty|cfo|Brightwell Pay|0;"
        "Priya Lal|ceo|Brightwell Pay|1; Priya Lal|cofounder|Brightwell Pay|1",
  rels="Brightwell Flex>provider>Brightwell Pay; Brightwell Pay>partner>Carrow Bank;"
       "Brightwell Credit>parentOrganization>Brightwell Pay; Payfern>parentOrganization>Cascade Payments",
  dates="next year=2027; June=2026-06; April=2026-04; 2019=2019; October=2026-10; Tuesday=2026-11-17",
  sector="payments/fintech", region="UK", topics=["leadership", "partnership"])

A(24, "celeste-movel-sao-paulo-outage", "2026-11-26", "Celeste Móvel blames configuration change for São Paulo outage", """
Customers of Celeste Móvel, Brazil's largest mobile operator, lost voice and data services across São Paulo state for almost seven hours on Wednesday after what the company called a faulty configuration change in its core network.

The outage started at around 11am and was resolved by 5.40pm, Celeste said. Calls to emergency services were also affected in some cities, including Campinas and Santos, according to the telecoms regulator.

Celeste, which is controlled by the Portuguese group Atlântico Telecom, has 98 million lines in Brazil. Its fixed broadband brand, Celeste Fibra, was not affected.

"We apologise to all our customers. The change was made during routine maintenance and should never have been applied during the day," said Celeste's network director, Fernanda Lopes.

The head of Atlântico Telecom's Brazilian operations, Rui Carvalho, said customers would receive a discount on their next bill. Rival operator Vértice said its network had been running normally.

It was the second big outage in Brazil this month: on November 9, customers of Banco Jacarandá were unable to use the bank's app for five hours after a power failure at a data centre run by its technology supplier Nuvem Sul.
""",
  ents="C:Celeste Móvel=Celeste; L:Brazil; L:São Paulo; L:Campinas; L:Santos; C:Atlântico Telecom; S:Celeste Fibra;"
       "P:Fernanda Lopes; P:Rui Carvalho; C:Vértice; C:Banco Jacarandá; C:Nuvem Sul",
  roles="Fernanda Lopes|director|Celeste Móvel|1; Rui Carvalho|head|Atlântico Telecom|1",
  rels="Celeste Móvel>parentOrganization>Atlântico Telecom; Celeste Fibra>provider>Celeste Móvel;"
       "Banco Jacarandá>partner>Nuvem Sul",
  outs=[O("Celeste Móvel", "2026-11-25", "2026-11-25T11:00", "2026-11-25T17:40", 6.67, [], "São Paulo",
          "faulty configuration change"),
        O("Nuvem Sul", "2026-11-09", None, None, 5, ["Banco Jacarandá"], None, "power failure at a data centre")],
  dates="Wednesday=2026-11-25; 11am=2026-11-25T11:00; 5.40pm=2026-11-25T17:40; this month=2026-11;"
        "November 9=2026-11-09",
  sector="telecoms", region="Brazil", topics=["outage"])

A(25, "nordmark-bank-to-buy-weserbank", "2026-11-20", "Nordmark Bank agrees takeover of Bremen rival Weserbank", """
Nordmark Bank has agreed to acquire the Bremen lender Weserbank for €2.8bn, the latest deal in a wave of consolidation among Germany's mid-sized banks.

The acquisition of Weserbank by Nordmark, announced on Friday, will create the country's sixth-largest bank by assets, with 4.5 million customers and 390 branches in northern Germany. Weserbank's online bank, Weser Direkt, will be merged into Nordmark's digital bank, NordOne, by 2028.

Nordmark's chief executive, Julia Brandt, who has led the bank since 2019, said about 1,800 jobs would go over three years. Weserbank's chief executive, Henrik Vogel, will become deputy chief executive of the combined group, and Weserbank's chairman, Klaus Ritter, will join Nordmark's supervisory board.

"Scale matters more than ever in retail banking," Brandt said.

The deal needs approval from the European Central Bank and Germany's Federal Cartel Office. Nordmark's largest shareholder, the Hamburg insurer Elbe Versicherung, which owns 18 per cent, backed the offer.

Last year Nordmark bought the Danish payments firm Betalo, which now processes its card payments.

Shares in Nordmark rose 4.2 per cent in Frankfurt, while Weserbank's jumped 19 per cent.
""",
  ents="C:Nordmark Bank=Nordmark; L:Bremen; C:Weserbank; L:Germany; S:Weser Direkt; S:NordOne; P:Julia Brandt=Brandt;"
       "P:Henrik Vogel; P:Klaus Ritter; O:European Central Bank; O:Federal Cartel Office; L:Hamburg;"
       "C:Elbe Versicherung; C:Betalo; L:Frankfurt",
  roles="Julia Brandt|ceo|Nordmark Bank|1; Henrik Vogel|ceo|Weserbank|1; Henrik Vogel|executive|Nordmark Bank|1;"
        "Klaus Ritter|chairman|Weserbank|1",
  rels="Nordmark Bank>acquired>Weserbank; Weser Direkt>provider>Weserbank; NordOne>provider>Nordmark Bank;"
       "Nordmark Bank>acquired>Betalo; Betalo>parentOrganization>Nordmark Bank",
  dates="Friday=2026-11-20; 2028=2028; 2019=2019; Last year=2025",
  sector="banks", region="Germany", topics=["acquisition", "leadership"])
