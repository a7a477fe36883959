# Articles nc-11 .. nc-20 (eval/news-check, a CHECK set; all names invented). A and O come from articles.py.

A(11, "banco-jabuti-processor-failure", "2026-11-13", "Banco Jabuti customers unable to pay for nine hours as processor fails", """
Customers of Banco Jabuti, one of Brazil's largest digital banks, were unable to make instant transfers or pay with their debit cards for almost nine hours on Thursday after a failure at Pinhal Tecnologia, the company that processes the bank's transactions.

The problems started at 9.10am São Paulo time and were fixed at 5.55pm, Pinhal said in a statement, blaming "a failure in the storage system of our main data centre in Campinas". Its backup site did not take over as it should have, the company added.

Banco Jabuti, which has 31 million customers, said its own systems had worked normally throughout. Its app, JabutiConta, stayed online, but payments made through it were rejected. The food delivery app Rango Já, which also uses Pinhal to process card payments, said thousands of orders had failed at lunchtime.

"This is unacceptable, and we have told Pinhal so," Banco Jabuti's chief executive, Luana Bittencourt, wrote in a post on social media. The bank signed its contract with Pinhal in 2022 and said on Thursday that it would speed up plans to bring payment processing in-house. For that purpose it bought the small processing company Vetor Pagamentos in 2025.

The Central Bank of Brazil said it had opened an inquiry. Under its rules, payment institutions must report serious incidents within two hours.

Pinhal is owned by the Belo Horizonte lender Banco Cerrado Mineiro. Its chief executive, Fábio Teixeira Lins, said an engineer had been sent to Campinas overnight and that an outside firm would examine why the backup had failed. "We owe our clients a full explanation, and they will have it," he said.

It was the second failure at Pinhal this year. In June, a power cut at the Campinas site stopped card payments for about two hours.

"Digital banks like to say they are technology companies, but a lot of their plumbing is rented," said Renata Okamoto, an analyst at Faria Lima Research. "Customers don't see that until it breaks."

Banco Jabuti said fees charged to customers because of failed payments would be refunded automatically. Shops that accept its cards said the timing had been painful, with the failure stretching from the morning rush through lunch and into the evening.
""",
  ents="C:Banco Jabuti; L:Brazil; C:Pinhal Tecnologia=Pinhal; L:São Paulo; L:Campinas; S:JabutiConta; S:Rango Já;"
       "P:Luana Bittencourt; C:Vetor Pagamentos; O:Central Bank of Brazil; L:Belo Horizonte; C:Banco Cerrado Mineiro;"
       "P:Fábio Teixeira Lins; P:Renata Okamoto; C:Faria Lima Research",
  roles="Luana Bittencourt|ceo|Banco Jabuti|1; Fábio Teixeira Lins|ceo|Pinhal Tecnologia|1;"
        "Renata Okamoto|analyst|Faria Lima Research|1",
  rels="JabutiConta>provider>Banco Jabuti; Banco Jabuti>partner>Pinhal Tecnologia; Banco Jabuti>acquired>Vetor Pagamentos;"
       "Vetor Pagamentos>parentOrganization>Banco Jabuti; Pinhal Tecnologia>parentOrganization>Banco Cerrado Mineiro",
  outs=[O("Pinhal Tecnologia", "2026-11-12", "2026-11-12T09:10", "2026-11-12T17:55", 8.75,
          ["Banco Jabuti", "JabutiConta", "Rango Já"], "Campinas", "failure in the storage system"),
        O("Pinhal Tecnologia", "2026-06", None, None, 2, [], "Campinas", "power cut")],
  dates="Thursday=2026-11-12; 9.10am=2026-11-12T09:10; 5.55pm=2026-11-12T17:55; 2022=2022; 2025=2025; this year=2026;"
        "June=2026-06",
  sector="payments/fintech", region="Brazil", topics=["outage", "acquisition"])

A(12, "penhallow-ceo-quits-interim", "2026-11-09", "Penhallow boss quits as finance chief takes interim role", """
The chief executive of the supermarket chain Penhallow, Graham Tisdale, has resigned with immediate effect after less than two years in the job, the company said on Monday. Its chief financial officer, Ruth Abernethy, will run the business as interim chief executive while the board looks for a permanent successor.

The Bristol-based grocer, which has 420 stores across England and Wales, did not give a reason for Tisdale's departure. People close to the company said he had clashed with the chairman, Hugh Penrose, over plans to sell its convenience store arm, Penhallow Local.

Tisdale previously ran the convenience chain Corner Larder as managing director.

Penhallow issued a profit warning in September, blaming price cuts by discount rivals. Its home delivery service, Penhallow Direct, is run in partnership with the logistics company Tamar Freight and has been one of the few parts of the business to grow this year.

"Ruth knows the numbers better than anyone in the building, and she has the full support of the board," Penrose said.

Shares in Penhallow fell 3 per cent in London.
""",
  ents="C:Penhallow; P:Graham Tisdale=Tisdale; P:Ruth Abernethy=Ruth; L:Bristol; L:England; L:Wales; P:Hugh Penrose=Penrose;"
       "C:Penhallow Local; C:Corner Larder; S:Penhallow Direct; C:Tamar Freight; L:London",
  roles="Graham Tisdale|ceo|Penhallow|0; Ruth Abernethy|cfo|Penhallow|1; Ruth Abernethy|ceo|Penhallow|1;"
        "Hugh Penrose|chairman|Penhallow|1; Graham Tisdale|director|Corner Larder|0",
  rels="Penhallow Local>parentOrganization>Penhallow; Penhallow Direct>provider>Penhallow; Penhallow>partner>Tamar Freight",
  dates="Monday=2026-11-09; September=2026-09; this year=2026",
  sector="retail", region="UK", topics=["leadership"])

A(13, "polderlink-tower-unit-sale", "2026-11-19", "Polderlink agrees €2.1bn sale of towers arm as chairman prepares to go", """
Polderlink, the Dutch telecoms operator, has agreed to sell a 60 per cent stake in its mobile towers business, Polderlink Masten, to the Canadian pension investor Laurentian Retirement Fund for €2.1bn, the company said on Thursday.

The acquisition, which values the towers unit at €3.5bn including debt, is expected to complete in the second quarter of 2027 and needs approval from the Authority for Consumers and Markets. Polderlink will keep the remaining 40 per cent and has signed a 15-year contract under which Polderlink Masten will host the antennas of its mobile networks.

Polderlink Masten owns about 4,100 masts and rooftop sites across the Netherlands. Its customers also include Vrijnet, Polderlink's smaller rival, which sold its own towers to an infrastructure fund in 2024.

Polderlink's chief executive, Joris van Wely, said the money would be used to cut debt and to pay for the roll-out of fibre by Glasnet Nederland, the joint venture Polderlink set up with the investor Groenhart Capital in 2023. "Towers are a good business, but they are not our business," Van Wely said. "Fibre to every home in the country is."

The operator, which sells mobile plans under its Polder Mobiel brand and the budget brand Zuinig, has 7.2 million mobile customers and 2.4 million broadband customers.

Separately, Polderlink said its chairman, Wouter Brink, would step down at the annual meeting in April after eight years on the board. He will be replaced by Ingeborg Smits, a former chief executive of the insurer Delta Zekerheid, who joined Polderlink's board last year.

Analysts welcomed the price. "They have sold a minority of the economics at a good multiple and kept control of what matters, which is the contract," said Sanne Verbeek, an analyst at Damrak Equities. She said the deal could allow Polderlink to raise its dividend next year.

Laurentian, which manages pensions for public-sector workers in Quebec, already owns stakes in toll roads and ports in Europe. It said Polderlink Masten would be its first investment in the Netherlands.

Shares in Polderlink rose 4.5 per cent in Amsterdam on Thursday, their biggest one-day gain since the company announced the fibre venture. The sale had been expected since the spring, when Polderlink hired advisers to look at options for the towers.
""",
  ents="C:Polderlink; C:Polderlink Masten; C:Laurentian Retirement Fund=Laurentian; O:Authority for Consumers and Markets;"
       "L:Netherlands; C:Vrijnet; P:Joris van Wely=Van Wely; C:Glasnet Nederland; C:Groenhart Capital; S:Polder Mobiel;"
       "S:Zuinig; P:Wouter Brink; P:Ingeborg Smits; C:Delta Zekerheid; P:Sanne Verbeek; C:Damrak Equities; L:Quebec;"
       "L:Europe; L:Amsterdam",
  roles="Joris van Wely|ceo|Polderlink|1; Wouter Brink|chairman|Polderlink|1; Ingeborg Smits|chairman|Polderlink|1;"
        "Ingeborg Smits|ceo|Delta Zekerheid|0; Ingeborg Smits|director|Polderlink|1; Sanne Verbeek|analyst|Damrak Equities|1",
  rels="Laurentian Retirement Fund>acquired>Polderlink Masten; Polderlink Masten>parentOrganization>Polderlink;"
       "Polderlink>partner>Polderlink Masten; Vrijnet>partner>Polderlink Masten; Polderlink>partner>Groenhart Capital;"
       "Glasnet Nederland>parentOrganization>Polderlink; Glasnet Nederland>parentOrganization>Groenhart Capital;"
       "Polder Mobiel>provider>Polderlink; Zuinig>provider>Polderlink",
  dates="Thursday=2026-11-19; the second quarter of 2027=2027-Q2; 2024=2024; 2023=2023; April=2027-04; last year=2025;"
        "next year=2027; the spring=2026",
  sector="telecoms", region="Netherlands", topics=["acquisition", "leadership", "partnership"])

A(14, "tembusu-go-ride-app-outage", "2026-11-16", "Tembusu Go ride-hailing app down for three hours in Singapore and Kuala Lumpur", """
Users of Tembusu Go, the ride-hailing app run by Tembusu Mobility, could not book rides in Singapore and Kuala Lumpur for about three hours on Sunday night, leaving many people stranded after concerts and football matches.

The company said the outage, which lasted from 10.40pm until 1.35am on Monday, was caused by an expired security certificate on the servers that handle log-ins. Its food delivery app, Tembusu Eats, which uses the same log-in system, was also hit.

"We let our riders and our drivers down last night, and we are sorry," said the company's chief operating officer, Daryl Koh. He said drivers who were online during the outage would be paid for the earnings they lost.

The Land Transport Authority said it was aware of the disruption and had asked the company how it would prevent a repeat.

The taxi operator Orchid Cabs said bookings through its own app had doubled during the outage.
""",
  ents="S:Tembusu Go; C:Tembusu Mobility; L:Singapore; L:Kuala Lumpur; S:Tembusu Eats; P:Daryl Koh;"
       "O:Land Transport Authority; C:Orchid Cabs",
  roles="Daryl Koh|coo|Tembusu Mobility|1",
  rels="Tembusu Go>provider>Tembusu Mobility; Tembusu Eats>provider>Tembusu Mobility",
  outs=[O("Tembusu Mobility", "2026-11-15", "2026-11-15T22:40", "2026-11-16T01:35", 2.92, ["Tembusu Go", "Tembusu Eats"],
          "Singapore and Kuala Lumpur", "expired security certificate")],
  dates="Sunday night=2026-11-15; 10.40pm=2026-11-15T22:40; 1.35am=2026-11-16T01:35; Monday=2026-11-16;"
        "last night=2026-11-15",
  sector="apps/mobility", region="Singapore/Malaysia", topics=["outage"])

A(15, "mondego-seguros-fined-claims-outage", "2026-11-04", "Portuguese insurer Mondego Seguros fined €3.2m over claims system outage", """
Mondego Seguros, one of Portugal's largest insurers, has been fined €3.2m by the insurance supervisor over a computer failure last year that left customers unable to file claims or reach its call centre for almost three days.

The Insurance and Pension Funds Supervisory Authority (ASF) said on Tuesday that the outage, which began at 8am on 14 February 2025 and lasted until 9pm on 16 February, had been caused by a failed migration of customer records to a new claims platform, SinistroNet, supplied by the software company Alcaria Software.

The regulator found that Mondego had pressed ahead with the migration despite warnings from its own IT staff and from Alcaria that testing was incomplete, and that it had taken 11 hours to tell policyholders what was happening. About 46,000 claims, many of them from storms that had hit the north of the country, were delayed.

Mondego said it accepted the findings and would not appeal. Its chief executive, Teresa Vilaça, who joined from the Spanish insurer Aseguradora Ebro in September 2025, said the company had since replaced its technology leadership and spent €25m on its systems. "What happened to our customers in February last year should never have happened," Vilaça said.

Mondego's former chief executive, Nuno Carvalhal, left the company in May 2025. The insurer's former chief information officer, Sérgio Pimenta, was also named in the decision but was not fined personally.

Mondego is a subsidiary of the Lisbon-listed financial group Grupo Ribeira Sado. It sells car and home insurance under its own brand and through a partnership with the bank Banco Tejo Norte, whose branches offer Mondego policies to their customers.

"The fine is small, but the message is not," said Inês Barradas, an insurance analyst at Chiado Capital Markets. "Supervisors are now treating IT failures as failures of conduct, not just bad luck."

The ASF also said it was reviewing the IT systems of all insurers with more than 500,000 customers, and that it expected to publish its findings in the first half of next year. Alcaria Software declined to comment. The company, which sells claims and policy software to insurers in Portugal and Spain, has not been accused of wrongdoing by the regulator.
""",
  ents="C:Mondego Seguros=Mondego; L:Portugal; O:Insurance and Pension Funds Supervisory Authority=ASF; S:SinistroNet;"
       "C:Alcaria Software=Alcaria; L:Spain; P:Teresa Vilaça=Vilaça; C:Aseguradora Ebro; P:Nuno Carvalhal; P:Sérgio Pimenta;"
       "L:Lisbon; C:Grupo Ribeira Sado; C:Banco Tejo Norte; P:Inês Barradas; C:Chiado Capital Markets",
  roles="Teresa Vilaça|ceo|Mondego Seguros|1; Nuno Carvalhal|ceo|Mondego Seguros|0;"
        "Sérgio Pimenta|executive|Mondego Seguros|0; Inês Barradas|analyst|Chiado Capital Markets|1",
  rels="SinistroNet>provider>Alcaria Software; Mondego Seguros>partner>Alcaria Software;"
       "Mondego Seguros>parentOrganization>Grupo Ribeira Sado; Mondego Seguros>partner>Banco Tejo Norte",
  outs=[O("Mondego Seguros", "2025-02-14", "2025-02-14T08:00", "2025-02-16T21:00", 61, [], None,
          "failed migration of customer records to a new claims platform")],
  dates="last year=2025; Tuesday=2026-11-03; 8am=2025-02-14T08:00; 14 February 2025=2025-02-14; 9pm=2025-02-16T21:00;"
        "16 February=2025-02-16; September 2025=2025-09; February last year=2025-02; May 2025=2025-05;"
        "the first half of next year=2027",
  sector="insurers", region="Portugal", topics=["outage", "regulation", "leadership"])

A(16, "chinook-financial-new-ceo-results", "2026-12-01", "Chinook Financial names wealth boss as next chief executive as profit beats forecasts", """
Chinook Financial Group said on Tuesday that Shalini Raghunathan, the head of its wealth management arm, would become chief executive on 1 February, succeeding Douglas McAllister, who is retiring after eight years in charge of the Calgary-based lender.

The announcement came as Chinook reported net income of C$1.12bn for its fiscal fourth quarter, up 9 per cent, helped by higher fees at Chinook Wealth and lower provisions for bad loans. The bank's capital ratio, which is watched closely by the Office of the Superintendent of Financial Institutions, rose to 13.1 per cent.

Raghunathan, 51, joined Chinook in 2011 from the insurer Muskeg Life and has run Chinook Wealth since 2020, more than doubling its assets under management. She was chosen over two other internal candidates, chief financial officer Marc-André Lefebvre and the head of retail banking, Owen Tsosie, people familiar with the process said.

"Shalini has built the fastest-growing part of this bank, and she has done it without taking shortcuts on risk," McAllister said on a call with analysts. He will stay on as an adviser until the end of April.

McAllister's tenure was marked by a push into digital banking. The bank's app, Chinook Mobile, now has 2.8 million users, and in July Chinook completed its purchase of the Vancouver-based online broker Sitka Trade, whose customers are being moved onto the bank's own trading platform.

Chinook also said it had renewed its credit-card partnership with the airline Muskwa Air for another ten years. Cardholders earn points in Muskwa Miles, the airline's loyalty programme, which Chinook said accounted for about a fifth of its card spending.

Analysts said the choice of Raghunathan signalled continuity. "There is no change of strategy here, and investors will be relieved by that," said Gabriel Tremblay-Roy, an analyst at Ossington Securities in Toronto. He said the wealth business was likely to remain the bank's main source of growth as competition for mortgages intensified.

Shares in Chinook rose 2.2 per cent in Toronto on Tuesday. The bank also raised its quarterly dividend by 3 per cent and said it would buy back up to 10 million of its shares over the coming year.

Chinook plans to spend C$400m on technology next year, including the move of its core banking systems to the cloud provider Keewatin Cloud under a ten-year agreement signed in October. Reliability has become a sensitive subject for the lender: in June, Chinook Mobile was unavailable for about six hours after a failed network upgrade at its data centre in Toronto, and customers could not log in or pay bills for most of the afternoon. McAllister said on Tuesday that the move to Keewatin would give the bank a second site that could take over within minutes.
""",
  ents="C:Chinook Financial Group=Chinook; P:Shalini Raghunathan=Raghunathan,Shalini; C:Chinook Wealth; P:Douglas McAllister=McAllister;"
       "L:Calgary; O:Office of the Superintendent of Financial Institutions; C:Muskeg Life; P:Marc-André Lefebvre;"
       "P:Owen Tsosie; S:Chinook Mobile; L:Vancouver; C:Sitka Trade; C:Muskwa Air; S:Muskwa Miles;"
       "P:Gabriel Tremblay-Roy; C:Ossington Securities; L:Toronto; C:Keewatin Cloud=Keewatin",
  roles="Shalini Raghunathan|ceo|Chinook Financial Group|1; Shalini Raghunathan|head|Chinook Wealth|1;"
        "Douglas McAllister|ceo|Chinook Financial Group|1; Marc-André Lefebvre|cfo|Chinook Financial Group|1;"
        "Owen Tsosie|head|Chinook Financial Group|1; Gabriel Tremblay-Roy|analyst|Ossington Securities|1",
  rels="Chinook Wealth>parentOrganization>Chinook Financial Group; Chinook Mobile>provider>Chinook Financial Group;"
       "Chinook Financial Group>acquired>Sitka Trade; Sitka Trade>parentOrganization>Chinook Financial Group;"
       "Chinook Financial Group>partner>Muskwa Air; Muskwa Miles>provider>Muskwa Air; Chinook Financial Group>partner>Keewatin Cloud",
  outs=[O("Chinook Financial Group", "2026-06", None, None, 6, ["Chinook Mobile"], "Toronto", "failed network upgrade")],
  dates="Tuesday=2026-12-01; 1 February=2027-02-01; 2011=2011; 2020=2020; the end of April=2027-04; July=2026-07;"
        "next year=2027; October=2026-10; June=2026-06",
  sector="banks", region="Canada", topics=["leadership", "earnings", "acquisition", "partnership", "outage"])

A(17, "wierzba-completes-schowek-punkt", "2026-11-26", "Wierzba Logistyka completes takeover of locker operator Schowek Punkt", """
The Polish logistics group Wierzba Logistyka said on Thursday it had completed its takeover of Schowek Punkt, which runs a network of 6,200 parcel lockers, for 1.3bn zlotys.

The Poznań-based company agreed the deal in June, and it was cleared by the Office of Competition and Consumer Protection (UOKiK) on 18 November. The lockers, branded Schowek, are used by online retailers including the fashion chain Lniana, which signed a three-year contract with Schowek Punkt in 2025.

Schowek Punkt's founder, Grzegorz Pawlak, will stay on to run the lockers business as head of a new division at Wierzba. "We built the network; now we have the trucks and warehouses behind it," he said.

Wierzba's chief executive, Dorota Zielińska-Bąk, said the group would add 2,000 lockers next year, most of them in smaller towns, and would close some of its own collection points in Warsaw where lockers were more popular.

The deal makes Wierzba one of the three largest parcel companies in Poland by volume.
""",
  ents="C:Wierzba Logistyka=Wierzba; C:Schowek Punkt; L:Poznań; O:Office of Competition and Consumer Protection=UOKiK;"
       "S:Schowek; C:Lniana; P:Grzegorz Pawlak; P:Dorota Zielińska-Bąk; L:Warsaw; L:Poland",
  roles="Grzegorz Pawlak|founder|Schowek Punkt|1; Grzegorz Pawlak|head|Wierzba Logistyka|1;"
        "Dorota Zielińska-Bąk|ceo|Wierzba Logistyka|1",
  rels="Wierzba Logistyka>acquired>Schowek Punkt; Schowek Punkt>parentOrganization>Wierzba Logistyka;"
       "Schowek>provider>Schowek Punkt; Lniana>partner>Schowek Punkt",
  dates="Thursday=2026-11-26; June=2026-06; 18 November=2026-11-18; 2025=2025; next year=2027",
  sector="logistics", region="Poland", topics=["acquisition"])

A(18, "ridgeline-compute-config-outage", "2026-11-18", "Configuration error at Ridgeline Compute knocks out apps across the US", """
A faulty configuration change at Ridgeline Compute, one of the largest cloud providers in the US, disrupted hundreds of websites and apps for about four hours on Tuesday, from video calls to restaurant orders.

Ridgeline said the problem started at 11.05am Eastern Time, when an update to the software that directs traffic between its data centres was pushed to its Virginia and Ohio regions at the same time. Error rates rose within minutes. Engineers reversed the change, and the company declared the incident resolved at 3.12pm.

Among the services affected were the video-calling app Parley, made by Parley Labs, one of Ridgeline's biggest customers; the restaurant-ordering platform Menuhop; and Ledgerbay, an accounting service for small businesses run by the Austin company Cobblestone Software.

Ridgeline's own status page, which runs on the same systems, also went down, so customers had no information for the first hour of the outage.

"We made a change that should have been rolled out region by region, and it was not," Ridgeline's chief technology officer, Marisol Vance, said in a blog post on Wednesday. "We have stopped all similar changes until we have fixed that process."

Ridgeline is a division of the Denver-based software group Tanager Corp, whose shares fell 2.4 per cent on Tuesday. It was the cloud unit's second serious outage this year: in April, a power failure at its Oregon region took down some services for six hours.

Parley Labs' chief executive, Nate Ruskin, said the company would move part of its service to a second cloud provider. "We cannot have one supplier's bad afternoon become our customers' bad afternoon," he said.

"Customers have been told for years to spread their workloads across regions," said Jared Feldstein, an analyst at Wolcott Partners. "Tuesday showed that this doesn't help when the provider pushes a bad change everywhere at once."

Ridgeline said it would give affected customers service credits and publish a full review within two weeks. Menuhop said restaurants that use its platform had lost orders during the lunchtime rush on the East Coast, and that it was still working out how much business had been lost. Cobblestone Software said no customer data had been lost, but some invoices sent during the outage would have to be sent again.
""",
  ents="C:Ridgeline Compute=Ridgeline; L:US; L:Virginia; L:Ohio; S:Parley; C:Parley Labs; S:Menuhop; S:Ledgerbay;"
       "L:Austin; C:Cobblestone Software; P:Marisol Vance; L:Denver; C:Tanager Corp; L:Oregon; P:Nate Ruskin;"
       "P:Jared Feldstein; C:Wolcott Partners; L:East Coast",
  roles="Marisol Vance|cto|Ridgeline Compute|1; Nate Ruskin|ceo|Parley Labs|1; Jared Feldstein|analyst|Wolcott Partners|1",
  rels="Parley>provider>Parley Labs; Ledgerbay>provider>Cobblestone Software; Parley Labs>partner>Ridgeline Compute;"
       "Ridgeline Compute>parentOrganization>Tanager Corp",
  outs=[O("Ridgeline Compute", "2026-11-17", "2026-11-17T11:05", "2026-11-17T15:12", 4, ["Parley", "Menuhop", "Ledgerbay"],
          "Virginia and Ohio", "faulty configuration change"),
        O("Ridgeline Compute", "2026-04", None, None, 6, [], "Oregon", "power failure")],
  dates="Tuesday=2026-11-17; 11.05am=2026-11-17T11:05; 3.12pm=2026-11-17T15:12; Wednesday=2026-11-18; this year=2026;"
        "April=2026-04",
  sector="cloud", region="US", topics=["outage"])

A(19, "rheintal-pharma-licenses-hanbyeol-pill", "2026-11-06", "Rheintal Pharma pays up to $1.6bn for rights to Korean obesity pill", """
Rheintal Pharma, the Basel-based drugmaker, has agreed to pay up to $1.6bn for the rights to an experimental obesity pill developed by the South Korean biotech company Hanbyeol Bio, as it tries to catch up with larger rivals in the fastest-growing market in medicine.

Under the licensing deal announced on Thursday, Rheintal will pay $180m upfront and up to $1.42bn more if the drug, known as HB-417, passes clinical and sales milestones. Hanbyeol Bio keeps the rights in South Korea, Japan and China and will receive royalties on sales elsewhere.

HB-417 is a once-daily tablet that works on the same hormones as the injectable weight-loss drugs that have become best-sellers. In a mid-stage trial of 320 patients, those taking the highest dose lost an average of 11 per cent of their body weight over 36 weeks.

"A pill changes who can be treated and where," said Rheintal's chief executive, Andreas Kägi. "We think HB-417 can reach patients who will never use an injection." Kägi said Rheintal would start a late-stage trial in the first half of 2027 and hoped to file for approval with the Food and Drug Administration and Swissmedic in 2029.

Hanbyeol Bio was founded in 2015 by Yoon Hye-jin, a former university researcher who is still its chief executive. Yoon said the company would use the money to develop two other drugs. Its shares rose by the daily limit of 30 per cent in Seoul on Friday.

The pill will be made by the contract manufacturer Ticino Biologics, which signed a supply agreement with Rheintal last year.

Rheintal has been rebuilding its pipeline since the patent on its best-selling blood-pressure drug expired. It bought the Danish diabetes specialist Insulund in 2023 and has cut about 1,800 jobs since then.

Separately, Rheintal said its head of research, Camille Aebischer, would retire in March and be replaced by Dominik Frey, who runs its oncology research.

"The upfront payment is modest, which limits the risk," said Jonas Wyss, a pharmaceuticals analyst at Limmat Bank. "But this is a crowded field, and being fourth or fifth to market with a pill is not the same as being first." Rheintal shares were unchanged in Zurich.
""",
  ents="C:Rheintal Pharma=Rheintal; L:Basel; C:Hanbyeol Bio; S:HB-417; L:South Korea; L:Japan; L:China;"
       "P:Andreas Kägi=Kägi; O:Food and Drug Administration; O:Swissmedic; P:Yoon Hye-jin=Yoon; L:Seoul;"
       "C:Ticino Biologics; C:Insulund; P:Camille Aebischer; P:Dominik Frey; P:Jonas Wyss; C:Limmat Bank; L:Zurich",
  roles="Andreas Kägi|ceo|Rheintal Pharma|1; Yoon Hye-jin|founder|Hanbyeol Bio|1; Yoon Hye-jin|ceo|Hanbyeol Bio|1;"
        "Camille Aebischer|head|Rheintal Pharma|1; Dominik Frey|head|Rheintal Pharma|1; Jonas Wyss|analyst|Limmat Bank|1",
  rels="Rheintal Pharma>partner>Hanbyeol Bio; HB-417>provider>Hanbyeol Bio; Rheintal Pharma>partner>Ticino Biologics;"
       "Rheintal Pharma>acquired>Insulund; Insulund>parentOrganization>Rheintal Pharma",
  dates="Thursday=2026-11-05; the first half of 2027=2027; 2029=2029; 2015=2015; Friday=2026-11-06; last year=2025;"
        "2023=2023; March=2027-03",
  sector="pharma", region="Switzerland/South Korea", topics=["partnership", "acquisition", "leadership"])

A(20, "tribuna-plus-streaming-outage", "2026-11-23", "Tribuna+ viewers miss second half as streaming service fails", """
Subscribers of Tribuna+, the sports streaming service owned by the Milan broadcaster Telenova Media, lost their picture for almost 40 minutes on Sunday evening during one of the most-watched league matches of the season.

Video stopped at 8.52pm, a few minutes into the second half, and came back at 9.30pm. Telenova blamed a failure at its content delivery partner, the Turin-based network company Velanet, whose servers in Rome and Naples became overloaded when 1.9 million viewers were watching at once.

Velanet said in a statement that a software fault had stopped traffic from being moved to its other servers, and that the fault had been fixed.

Italy's communications regulator, Agcom, said it would ask both companies for an explanation. It fined another streaming service over a similar failure in 2024.

Telenova's chief executive, Lorenzo Baldacci, said every subscriber would get a free month. "Our viewers paid to watch a match, and for the part that mattered most they got a spinning wheel," he said.
""",
  ents="S:Tribuna+; C:Telenova Media=Telenova; L:Milan; C:Velanet; L:Turin; L:Rome; L:Naples; L:Italy; O:Agcom;"
       "P:Lorenzo Baldacci",
  roles="Lorenzo Baldacci|ceo|Telenova Media|1",
  rels="Tribuna+>provider>Telenova Media; Telenova Media>partner>Velanet",
  outs=[O("Velanet", "2026-11-22", "2026-11-22T20:52", "2026-11-22T21:30", 0.63, ["Tribuna+"], "Rome and Naples",
          "software fault")],
  dates="Sunday evening=2026-11-22; 8.52pm=2026-11-22T20:52; 9.30pm=2026-11-22T21:30; 2024=2024",
  sector="media/streaming", region="Italy", topics=["outage"])
