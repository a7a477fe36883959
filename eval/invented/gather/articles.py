"""Invented news-style articles with full gold annotations, written for newskg (no source text).

Writes one gold file per article: python3 eval/invented/gather/articles.py eval/invented
"""
A = []
def art(id, published, title, text, entities, roles=(), relations=(), outages=(), dates=()):
    A.append(dict(id=id, source="written for newskg (invented; not a factual record)", licence="MIT OR Apache-2.0 (the repository's licence)", attribution="newskg developers", published=published,
                  title=title, text=text, entities=[dict(type=t, name=n, aliases=list(al)) for t, n, *al in entities],
                  roles=[dict(person=p, title=ti, org=o, current=c) for p, ti, o, c in roles],
                  relations=[dict(s=s, p=p, o=o) for s, p, o in relations], outages=list(outages),
                  dates=[dict(text=t, value=v) for t, v in dates]))

art("inv-news-01", "2024-05-14", "Grocer names new boss as profits slide",
 "Harwick Foods said on Tuesday that its chief executive Maria Olsen will step down in March, and that Tom Reyes, currently finance director at rival Pellmart, will become chief executive of the supermarket chain.\n\n"
 "Separately, Quorra Systems agreed to buy Helix Data for $2.1 billion, its largest acquisition since its purchase of Brightline in 2019.\n\n"
 "Users of Zentro's Mailbox and Zentro Meet were unable to sign in for about four hours on Monday after a configuration change at Zentro Cloud, the company's cloud unit, Zentro said.",
 [("Company","Harwick Foods"),("Person","Maria Olsen"),("Person","Tom Reyes"),("Company","Pellmart"),("Company","Quorra Systems"),
  ("Company","Helix Data"),("Company","Brightline"),("Company","Zentro"),("Service","Mailbox"),("Service","Zentro Meet"),("Company","Zentro Cloud")],
 roles=[("Maria Olsen","ceo","Harwick Foods",True),("Tom Reyes","cfo","Pellmart",True),("Tom Reyes","ceo","Harwick Foods",True)],
 relations=[("Quorra Systems","acquired","Helix Data"),("Quorra Systems","acquired","Brightline"),("Mailbox","provider","Zentro"),
  ("Zentro Meet","provider","Zentro"),("Zentro Cloud","parentOrganization","Zentro")],
 outages=[dict(provider="Zentro Cloud", date="2024-05-13", start=None, end=None, duration_hours=4, affected=["Mailbox","Zentro Meet"], location=None, cause="configuration change")],
 dates=[("Tuesday","2024-05-14"),("March","2025-03"),("2019","2019"),("Monday","2024-05-13")])

art("inv-news-02", "2025-03-12", "Cloud outage knocks out apps across Europe",
 "Thousands of people were unable to use Flickpay, Roomly and the game Starfall Arena on Wednesday morning after a failure at Nimbus Web Services, the cloud computing arm of Nimbus.\n\n"
 "The problems began at about 7.30am and were fixed by 11am, according to the company's status page. Nimbus said an error in a network update at its data centre in Frankfurt caused the disruption.\n\n"
 "Lorrin Bank and Ostra Bank said some customers could not log in to their mobile banking apps. Nimbus chief executive Priya Raman apologised. The outage comes weeks after Nimbus agreed to acquire the French start-up Vellum AI and signed a partnership with the telecoms group Castell.",
 [("Service","Flickpay"),("Service","Roomly"),("Service","Starfall Arena"),("Company","Nimbus Web Services"),("Company","Nimbus"),("Location","Frankfurt"),
  ("Company","Lorrin Bank"),("Company","Ostra Bank"),("Person","Priya Raman"),("Company","Vellum AI"),("Company","Castell")],
 roles=[("Priya Raman","ceo","Nimbus",True)],
 relations=[("Nimbus Web Services","parentOrganization","Nimbus"),("Nimbus","acquired","Vellum AI"),("Nimbus","partner","Castell")],
 outages=[dict(provider="Nimbus Web Services", date="2025-03-12", start="2025-03-12T07:30", end="2025-03-12T11:00", duration_hours=3.5,
  affected=["Flickpay","Roomly","Starfall Arena","Lorrin Bank","Ostra Bank"], location="Frankfurt", cause="error in a network update")],
 dates=[("Wednesday morning","2025-03-12"),("7.30am","2025-03-12T07:30"),("11am","2025-03-12T11:00")])

art("inv-news-03", "2023-09-21", "Airline's check-in system fails, stranding passengers",
 "Passengers of Skelvik Air queued for hours at airports across Scandinavia on Thursday after the carrier's check-in and boarding system went down.\n\n"
 "The airline said the fault lay with Avantra, the Dutch company that supplies its reservation software, and that flights resumed by mid-afternoon. About 120 flights were cancelled, most of them from Oslo and Copenhagen.\n\n"
 "Skelvik Air's managing director, Lene Haugland, said the airline would seek compensation from its supplier. Avantra chief operating officer Joost de Vries said a hardware failure at a data centre near Amsterdam was to blame.",
 [("Company","Skelvik Air"),("Location","Scandinavia"),("Company","Avantra"),("Location","Oslo"),("Location","Copenhagen"),("Person","Lene Haugland"),("Person","Joost de Vries"),("Location","Amsterdam")],
 roles=[("Lene Haugland","executive","Skelvik Air",True),("Joost de Vries","coo","Avantra",True)],
 relations=[("Skelvik Air","partner","Avantra")],
 outages=[dict(provider="Avantra", date="2023-09-21", start=None, end=None, duration_hours=None, affected=["Skelvik Air"], location="Amsterdam", cause="hardware failure")],
 dates=[("Thursday","2023-09-21")])

art("inv-news-04", "2024-02-06", "Carmaker picks insider as next chief",
 "Hokuto Motor said on Tuesday that Kenji Arakawa, head of its electric-vehicle division, will become president and chief executive in April, succeeding Takeshi Mori, who will stay on as chairman.\n\n"
 "Arakawa, 54, led the development of the Hokuto Lumo, the company's best-selling electric hatchback. Hokuto also said it would take full control of its battery joint venture with Seoul-based Daeyang Energy by buying Daeyang's 40% stake.\n\n"
 "Shares of Hokuto rose 3% in Tokyo.",
 [("Company","Hokuto Motor","Hokuto"),("Person","Kenji Arakawa","Arakawa"),("Person","Takeshi Mori"),("Service","Hokuto Lumo"),("Location","Seoul"),("Company","Daeyang Energy","Daeyang"),("Location","Tokyo")],
 roles=[("Kenji Arakawa","head","Hokuto Motor",True),("Kenji Arakawa","president","Hokuto Motor",True),("Kenji Arakawa","ceo","Hokuto Motor",True),
        ("Takeshi Mori","ceo","Hokuto Motor",True),("Takeshi Mori","chairman","Hokuto Motor",True)],
 relations=[("Hokuto Lumo","provider","Hokuto Motor"),("Hokuto Motor","partner","Daeyang Energy")],
 dates=[("Tuesday","2024-02-06"),("April","2024-04")])

art("inv-news-05", "2022-11-03", "Payments firm Tallyo buys Irish rival for €900m",
 "Tallyo, the Stockholm-based payments company, has agreed to acquire Dublin's Cardwise in a deal worth €900 million, the companies said on Thursday.\n\n"
 "The takeover gives Tallyo control of Cardwise's checkout service, Cardwise Go, used by about 40,000 online shops. Cardwise founder Aoife Byrne will join Tallyo's board.\n\n"
 "Tallyo's acquisition of Cardwise still needs the approval of the European Commission. Tallyo chief financial officer Erik Lund said the deal would add to earnings in 2024.",
 [("Company","Tallyo"),("Location","Stockholm"),("Location","Dublin"),("Company","Cardwise"),("Service","Cardwise Go"),("Person","Aoife Byrne"),("Organization","European Commission"),("Person","Erik Lund")],
 roles=[("Aoife Byrne","founder","Cardwise",True),("Aoife Byrne","director","Tallyo",True),("Erik Lund","cfo","Tallyo",True)],
 relations=[("Tallyo","acquired","Cardwise"),("Cardwise Go","provider","Cardwise")],
 dates=[("Thursday","2022-11-03"),("2024","2024")])

art("inv-news-06", "2025-06-30", "Mobile network down for millions",
 "Customers of Verdant Mobile across Australia could not make calls or use mobile data for most of Monday, in the country's worst network outage since 2023.\n\n"
 "The operator, owned by the Singapore group Meridian Telecom, said the problem started at 4.05am after a routine software upgrade and was fixed by 4pm. Emergency calls to triple zero also failed for some users.\n\n"
 "Communications Minister Hannah Clarke said the Australian Communications Authority would investigate. Verdant's chief executive, Daniel Okafor, said refunds would be offered.",
 [("Company","Verdant Mobile","Verdant"),("Location","Australia"),("Location","Singapore"),("Company","Meridian Telecom"),("Service","triple zero"),("Person","Hannah Clarke"),("Organization","Australian Communications Authority"),("Person","Daniel Okafor")],
 roles=[("Daniel Okafor","ceo","Verdant Mobile",True)],
 relations=[("Verdant Mobile","parentOrganization","Meridian Telecom")],
 outages=[dict(provider="Verdant Mobile", date="2025-06-30", start="2025-06-30T04:05", end="2025-06-30T16:00", duration_hours=12, affected=["triple zero"], location="Australia", cause="routine software upgrade")],
 dates=[("Monday","2025-06-30"),("2023","2023"),("4.05am","2025-06-30T04:05"),("4pm","2025-06-30T16:00")])

art("inv-news-07", "2024-10-17", "Retailer's new boss faces tough first year",
 "Brannock's, the British department store group, has appointed Sofia Marchetti as chief executive. Marchetti, currently managing director of the Italian fashion chain Lunetta, takes over from Graham Pike, who left in July.\n\n"
 "Brannock's chairman Sir David Hale said the board had chosen her after a six-month search. The group, which also owns the homeware chain Kettle & Co, reported a 4% fall in sales for the half year.",
 [("Company","Brannock's"),("Person","Sofia Marchetti","Marchetti"),("Company","Lunetta"),("Person","Graham Pike"),("Person","David Hale"),("Company","Kettle & Co")],
 roles=[("Sofia Marchetti","ceo","Brannock's",True),("Sofia Marchetti","executive","Lunetta",True),("Graham Pike","ceo","Brannock's",False),("David Hale","chairman","Brannock's",True)],
 relations=[("Kettle & Co","parentOrganization","Brannock's")],
 dates=[("July","2024-07")])

art("inv-news-08", "2023-12-08", "Game servers crash on launch day",
 "Players of Ironvale Online were unable to log in for much of Friday as the game's servers buckled under demand on its launch day.\n\n"
 "Its publisher, Redkite Games, said it had added capacity with its hosting partner Corelane and that most players could connect by the evening. Redkite is a subsidiary of the Japanese entertainment group Asuka Holdings.\n\n"
 "Redkite's studio head, Marta Kowalska, apologised on social media.",
 [("Service","Ironvale Online"),("Company","Redkite Games","Redkite"),("Company","Corelane"),("Company","Asuka Holdings"),("Person","Marta Kowalska")],
 roles=[("Marta Kowalska","head","Redkite Games",True)],
 relations=[("Ironvale Online","provider","Redkite Games"),("Redkite Games","partner","Corelane"),("Redkite Games","parentOrganization","Asuka Holdings")],
 outages=[dict(provider="Redkite Games", date="2023-12-08", start=None, end=None, duration_hours=None, affected=["Ironvale Online"], location=None, cause="demand")],
 dates=[("Friday","2023-12-08")])

art("inv-news-09", "2024-08-22", "Bank fined over app outage",
 "The Financial Conduct Office has fined Penmore Bank £12 million over an IT failure in 2022 that left 1.5 million customers unable to use its app and online banking for three days.\n\n"
 "The regulator said Penmore had failed to test a move of its customer records to a new platform supplied by Strata Core. Penmore, which is part of the Dutch group Hollen Financial, said it had since replaced its head of technology.\n\n"
 "The fine follows a similar penalty last year against Ashby Building Society.",
 [("Organization","Financial Conduct Office"),("Company","Penmore Bank","Penmore"),("Company","Strata Core"),("Company","Hollen Financial"),("Company","Ashby Building Society")],
 relations=[("Penmore Bank","partner","Strata Core"),("Penmore Bank","parentOrganization","Hollen Financial")],
 outages=[dict(provider="Penmore Bank", date="2022", start=None, end=None, duration_hours=72, affected=[], location=None, cause="move of its customer records to a new platform")],
 dates=[("2022","2022"),("last year","2023")])

art("inv-news-10", "2025-01-15", "Chipmaker and software group team up on AI servers",
 "Kestrel Semiconductor and the software company Orrin have formed a partnership to sell servers for artificial intelligence to banks and hospitals, the two said on Wednesday.\n\n"
 "Orrin will run its Orrin Vault database on Kestrel's new K9 chips. Kestrel chief executive Amara Nwosu said the companies would also open a joint lab in Bangalore.\n\n"
 "Orrin was spun out of Telmar in 2016 and remains 20% owned by its former parent.",
 [("Company","Kestrel Semiconductor","Kestrel"),("Company","Orrin"),("Service","Orrin Vault"),("Service","K9"),("Person","Amara Nwosu"),("Location","Bangalore"),("Company","Telmar")],
 roles=[("Amara Nwosu","ceo","Kestrel Semiconductor",True)],
 relations=[("Kestrel Semiconductor","partner","Orrin"),("Orrin Vault","provider","Orrin"),("K9","provider","Kestrel Semiconductor")],
 dates=[("Wednesday","2025-01-15"),("2016","2016")])

art("inv-news-11", "2024-04-03", "Stock exchange halts trading after glitch",
 "Trading on the Nordvik Stock Exchange was halted for almost two hours on Wednesday after a technical fault in its matching engine, the exchange said.\n\n"
 "Trading stopped at 10.12am and resumed at 12.05pm. The exchange, which is owned by Baltica Markets Group, said the fault was not caused by a cyber attack.\n\n"
 "Its chief executive Ingrid Solberg said an independent review would report by June.",
 [("Company","Nordvik Stock Exchange"),("Company","Baltica Markets Group"),("Person","Ingrid Solberg")],
 roles=[("Ingrid Solberg","ceo","Nordvik Stock Exchange",True)],
 relations=[("Nordvik Stock Exchange","parentOrganization","Baltica Markets Group")],
 outages=[dict(provider="Nordvik Stock Exchange", date="2024-04-03", start="2024-04-03T10:12", end="2024-04-03T12:05", duration_hours=1.9, affected=[], location=None, cause="technical fault in its matching engine")],
 dates=[("Wednesday","2024-04-03"),("10.12am","2024-04-03T10:12"),("12.05pm","2024-04-03T12:05"),("June","2024-06")])

art("inv-news-12", "2025-09-09", "Streaming service owner sells news channel",
 "Lumora Media, owner of the streaming service Lumora+, has agreed to sell its news channel Channel Nine West to the broadcaster Halden Group for $300 million.\n\n"
 "Lumora's chief executive, Rachel Kim, said the sale would let the company focus on streaming. Halden Group chairman Patrick O'Neill said the channel would keep its newsroom in Perth.\n\n"
 "Lumora+ was briefly unavailable for some viewers in Asia last week, which the company blamed on its content delivery partner Fastlane.",
 [("Company","Lumora Media","Lumora"),("Service","Lumora+"),("Company","Channel Nine West"),("Company","Halden Group"),("Person","Rachel Kim"),("Person","Patrick O'Neill"),("Location","Perth"),("Location","Asia"),("Company","Fastlane")],
 roles=[("Rachel Kim","ceo","Lumora Media",True),("Patrick O'Neill","chairman","Halden Group",True)],
 relations=[("Lumora+","provider","Lumora Media"),("Channel Nine West","parentOrganization","Lumora Media"),("Halden Group","acquired","Channel Nine West"),("Lumora Media","partner","Fastlane")],
 outages=[dict(provider="Fastlane", date="2025-09", start=None, end=None, duration_hours=None, affected=["Lumora+"], location="Asia", cause=None)],
 dates=[("last week","2025-09")])

art("inv-news-13", "2024-07-19", "Security update crashes computers worldwide",
 "Millions of Windows-style workstations running Palisade's Sentry agent crashed on Friday after the cybersecurity company pushed a faulty update, grounding flights and disrupting hospitals.\n\n"
 "Airlines including Coastjet and Meridia Airways cancelled hundreds of flights. Palisade chief executive Omar Haddad said the problem had been found and a fix deployed, and that it was not a cyber attack.\n\n"
 "Palisade's shares fell 11% in New York. The company acquired the identity start-up Keyline in 2023.",
 [("Company","Palisade"),("Service","Sentry"),("Company","Coastjet"),("Company","Meridia Airways"),("Person","Omar Haddad"),("Location","New York"),("Company","Keyline")],
 roles=[("Omar Haddad","ceo","Palisade",True)],
 relations=[("Sentry","provider","Palisade"),("Palisade","acquired","Keyline")],
 outages=[dict(provider="Palisade", date="2024-07-19", start=None, end=None, duration_hours=None, affected=["Sentry","Coastjet","Meridia Airways"], location=None, cause="faulty update")],
 dates=[("Friday","2024-07-19"),("2023","2023")])

art("inv-news-14", "2023-03-28", "Union and rail operator reach deal",
 "The Rail Workers' Federation and the train operator Westmark Rail have reached a pay agreement, ending a strike that cancelled services for three weeks.\n\n"
 "Westmark, a subsidiary of the French transport group Navale, said trains on its routes between Bristol and Cardiff would run normally from Monday. The federation's general secretary, Alun Price, urged members to accept the offer.\n\n"
 "The Department for Transport welcomed the agreement.",
 [("Organization","Rail Workers' Federation"),("Company","Westmark Rail","Westmark"),("Company","Navale"),("Location","Bristol"),("Location","Cardiff"),("Person","Alun Price"),("Organization","Department for Transport")],
 roles=[("Alun Price","other","Rail Workers' Federation",True)],
 relations=[("Westmark Rail","parentOrganization","Navale")],
 dates=[("Monday","2023-04-03")])

art("inv-news-15", "2025-05-06", "Ride-hailing app Zoomo expands to Brazil",
 "Zoomo, the ride-hailing app run by Singapore's Pathway Technologies, will launch in São Paulo next month, Pathway said on Tuesday.\n\n"
 "Pathway will also bring its food-delivery service Pathway Eats and its wallet app PayPath to Brazil, in partnership with the Brazilian lender Banco Sereno. Pathway's co-founder and chief executive Lim Wei Ling said Latin America was its next big market.",
 [("Service","Zoomo"),("Location","Singapore"),("Company","Pathway Technologies","Pathway"),("Location","São Paulo"),("Service","Pathway Eats"),("Service","PayPath"),("Location","Brazil"),("Company","Banco Sereno"),("Person","Lim Wei Ling"),("Location","Latin America")],
 roles=[("Lim Wei Ling","cofounder","Pathway Technologies",True),("Lim Wei Ling","ceo","Pathway Technologies",True)],
 relations=[("Zoomo","provider","Pathway Technologies"),("Pathway Eats","provider","Pathway Technologies"),("PayPath","provider","Pathway Technologies"),("Pathway Technologies","partner","Banco Sereno")],
 dates=[("next month","2025-06"),("Tuesday","2025-05-06")])

art("inv-news-16", "2024-11-27", "Energy group's finance chief quits",
 "Solvang Energi, Norway's second-largest power company, said its chief financial officer Kari Nilsen had resigned with immediate effect. Deputy finance director Bjørn Aas will act as finance chief until a successor is found.\n\n"
 "The departure comes a month after Solvang completed its purchase of the Swedish wind farm operator Vindkraft Nord. Solvang is 51% owned by the Norwegian state.",
 [("Company","Solvang Energi","Solvang"),("Location","Norway"),("Person","Kari Nilsen"),("Person","Bjørn Aas"),("Company","Vindkraft Nord")],
 roles=[("Kari Nilsen","cfo","Solvang Energi",False),("Bjørn Aas","cfo","Solvang Energi",True)],
 relations=[("Solvang Energi","acquired","Vindkraft Nord")],
 dates=[])


art("inv-news-17", "2025-02-18", "Card payments fail at shops across the country",
 "Shoppers across Ireland were unable to pay by card for about three hours on Saturday after a fault at Paylane, the payment processor used by most of the country's supermarkets.\n\n"
 "Paylane, a unit of the German group Ferrum Payments, said the outage began at 12.40pm and that all services were back by 3.50pm. Customers of Crestwell and Fairway Stores were asked to pay in cash.\n\n"
 "Paylane's managing director, Declan Moran, blamed an expired security certificate.",
 [("Location","Ireland"),("Company","Paylane"),("Company","Ferrum Payments"),("Company","Crestwell"),("Company","Fairway Stores"),("Person","Declan Moran")],
 roles=[("Declan Moran","executive","Paylane",True)],
 relations=[("Paylane","parentOrganization","Ferrum Payments"),("Crestwell","partner","Paylane"),("Fairway Stores","partner","Paylane")],
 outages=[dict(provider="Paylane", date="2025-02-15", start="2025-02-15T12:40", end="2025-02-15T15:50", duration_hours=3.2, affected=["Crestwell","Fairway Stores"], location="Ireland", cause="expired security certificate")],
 dates=[("Saturday","2025-02-15"),("12.40pm","2025-02-15T12:40"),("3.50pm","2025-02-15T15:50")])

art("inv-news-18", "2024-06-11", "Former banker to chair telecoms group",
 "Telvera, the Spanish telecoms group, has named Isabel Ferrer, a former chief executive of Banco Lucero, as its next chairwoman. She will succeed Jorge Salas, who is retiring after eight years.\n\n"
 "Telvera, which runs the mobile brands Movix and Ondaverde, said Ferrer would take up the post in September.",
 [("Company","Telvera"),("Person","Isabel Ferrer","Ferrer"),("Company","Banco Lucero"),("Person","Jorge Salas"),("Service","Movix"),("Service","Ondaverde")],
 roles=[("Isabel Ferrer","ceo","Banco Lucero",False),("Isabel Ferrer","chairman","Telvera",True),("Jorge Salas","chairman","Telvera",True)],
 relations=[("Movix","provider","Telvera"),("Ondaverde","provider","Telvera")],
 dates=[("September","2024-09")])

art("inv-news-19", "2023-05-25", "Social network restored after global outage",
 "Chatterly, the messaging app owned by Brightwave, was back online on Thursday after an outage of almost seven hours that hit users in Europe, Africa and South America.\n\n"
 "Brightwave said the disruption, which began late on Wednesday, was caused by a faulty change to its routing systems. The company's photo app, Snapfold, was also affected.\n\n"
 "Brightwave co-founder Daniel Ashworth apologised to users.",
 [("Service","Chatterly"),("Company","Brightwave"),("Location","Europe"),("Location","Africa"),("Location","South America"),("Service","Snapfold"),("Person","Daniel Ashworth")],
 roles=[("Daniel Ashworth","cofounder","Brightwave",True)],
 relations=[("Chatterly","provider","Brightwave"),("Snapfold","provider","Brightwave")],
 outages=[dict(provider="Brightwave", date="2023-05-24", start=None, end=None, duration_hours=7, affected=["Chatterly","Snapfold"], location=None, cause="faulty change to its routing systems")],
 dates=[("Thursday","2023-05-25"),("Wednesday","2023-05-24")])

art("inv-news-20", "2025-08-05", "Brewer agrees merger with Danish rival",
 "Oakhurst Brewing and Denmark's Nørrebro Bryg have agreed to merge, creating Europe's fourth-largest brewer. Oakhurst shareholders will own 60% of the combined company.\n\n"
 "Oakhurst's chief executive Fiona McLeod will lead the merged group, while Nørrebro Bryg chief executive Mads Holm will become its chairman. The deal needs approval from competition authorities in Britain and Denmark.",
 [("Company","Oakhurst Brewing","Oakhurst"),("Location","Denmark"),("Company","Nørrebro Bryg"),("Location","Europe"),("Person","Fiona McLeod"),("Person","Mads Holm"),("Location","Britain")],
 roles=[("Fiona McLeod","ceo","Oakhurst Brewing",True),("Mads Holm","ceo","Nørrebro Bryg",True)],
 relations=[("Oakhurst Brewing","partner","Nørrebro Bryg")],
 dates=[])

art("inv-news-21", "2024-09-30", "Insurer's website down after cyber attack",
 "The insurer Halcyon Mutual said on Monday that its website and customer portal had been offline since Saturday after a cyber attack, and that it did not yet know when they would return.\n\n"
 "Halcyon, which has 2 million policyholders in Canada, said its call centres in Toronto and Montreal were still taking claims. Its chief information officer, Ravi Menon, said the company was working with the security firm Bastion Labs.",
 [("Company","Halcyon Mutual","Halcyon"),("Location","Canada"),("Location","Toronto"),("Location","Montreal"),("Person","Ravi Menon"),("Company","Bastion Labs")],
 roles=[("Ravi Menon","other","Halcyon Mutual",True)],
 relations=[("Halcyon Mutual","partner","Bastion Labs")],
 outages=[dict(provider="Halcyon Mutual", date="2024-09-28", start=None, end=None, duration_hours=None, affected=[], location=None, cause="cyber attack")],
 dates=[("Monday","2024-09-30"),("Saturday","2024-09-28")])

art("inv-news-22", "2023-10-10", "Logistics firm buys warehouse robot maker",
 "Carrow Logistics has bought Fetchbot, a maker of warehouse robots, from the private equity firm Granite Peak Partners for an undisclosed sum.\n\n"
 "Fetchbot, based in Lyon, will keep its brand and become part of Carrow's automation division, Carrow Robotics. Fetchbot's founder, Claire Dubois, will run the division.",
 [("Company","Carrow Logistics","Carrow"),("Company","Fetchbot"),("Company","Granite Peak Partners"),("Location","Lyon"),("Company","Carrow Robotics"),("Person","Claire Dubois")],
 roles=[("Claire Dubois","founder","Fetchbot",True),("Claire Dubois","head","Carrow Robotics",True)],
 relations=[("Carrow Logistics","acquired","Fetchbot"),("Fetchbot","parentOrganization","Carrow Robotics"),("Carrow Robotics","parentOrganization","Carrow Logistics")],
 dates=[])

import json, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for a in A:
    assert a["text"].count("  ") == 0
    for e in a["entities"]:
        for n in [e["name"]] + e["aliases"]:
            assert n in a["text"], (a["id"], n)
    with open(os.path.join(out, a["id"] + ".json"), "w") as f:
        json.dump(a, f, indent=1, ensure_ascii=False); f.write("\n")
print(len(A), "articles")
