#!/usr/bin/env python3
"""Batch 23b (session 24, this session's out-of-sample check; helper gather24b): English Wikipedia articles (CC BY-SA;
one Simple English Wikipedia page) and public-sector releases (European Commission CC BY 4.0; US Federal Trade
Commission, public domain) told as news — outages with the operator named (a grid cyberattack on a Ukrainian
distribution company, 23 December 2015; Taiwan's blackout of 15 August 2017 with the utility, the gas supplier's
chairman and a minister resigning; Con Edison's Manhattan blackout of 13 July 2019; the Northeast blackout of
9 November 1965 inside the Ontario Hydro system), company relations (Embracer Group's operative groups and parent;
Wizz Air's subsidiaries and founder; Kering's brands, former names and chief executives; Reckitt's brands, merger and
Benckiser's purchase of Coty; Jardine Matheson's subsidiaries and co-founder; Grupo Bimbo's purchases and brands),
leadership (Glovo's founders and chief executive) — and two near-misses (the Commission on Amazon and iRobot
abandoning their deal, 2024; the FTC's order on Marriott and Starwood data breaches, no service lost, 2024).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Part 2 (R2, written with --part2): a health board's hospital systems and phone lines brought down by ransomware
(Waikato District Health Board, New Zealand, 19 May 2021), gathered after part 1 was annotated and committed.
usage: batch23b.py [POOL_DIR] [--dry] [--part2]   (default /tmp/gather24b-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp
from batch18e import rec as us_rec
from batch18b import rec
from batch10 import EC as EC_LIC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather24b-tmp/pool"
EC_COPY = "European Commission statement, copy on a third-party site (page store)"
US_COPY = "US federal agency text, copy on a third-party site (page store)"



R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-2015-ukraine-power-grid-hack", "2015 Ukraine power grid hack",
 "https://theinfolist.com/html/ALL/s/2/2015_Ukraine_Power_Grid_Hack.html",
 "On December 23, 2015, the power grid in two western oblasts of Ukraine was hacked, which resulted in power outages "
 "for roughly 230,000 consumers in Ukraine for 1-6 hours. The attack took place during the ongoing Russo-Ukrainian War "
 "(2014-present) and is attributed to a Russian advanced persistent threat group known as \"Sandworm\". It is the first "
 "publicly acknowledged successful cyberattack on a power grid.\n\n"
 "On 23 December 2015, hackers using the BlackEnergy 3 malware remotely compromised information systems of three "
 "energy distribution companies in Ukraine and temporarily disrupted the electricity supply to consumers. Most "
 "affected were consumers of Prykarpattyaoblenergo (servicing Ivano-Frankivsk Oblast): 30 substations (7 110kv "
 "substations and 23 35kv substations) were switched off, and about 230,000 people were without electricity for a "
 "period from 1 to 6 hours.",
 "electricity / cyberattack", ["outage"],
 "The lead and the start of 'Description' as theinfolist.com (a Wikipedia mirror that inserts the opening lines of "
 "each linked article after the link) holds the page: the site's header ('HOME', 'TheInfoList', 'OR:'), the inserted "
 "link glosses (of 'power grid', 'Ukraine', 'Russo-Ukrainian War', 'Ivano-Frankivsk Oblast') and the Ukrainian-name "
 "parentheticals ('uk, Прикарпаттяобленерго;' inside the Prykarpattyaoblenergo bracket) cut, the line breaks the "
 "glosses left joined with single spaces and the space before 'Sandworm' inside its quotation marks removed "
 "(whitespace only); the 'Description' heading cut; cut after '1 to 6 hours.', before 'At the same time, consumers of "
 "two other energy ...', where the excerpt breaks off (`truncated`). Undated rendering: recorded 4.0. "
 "Prykarpattyaoblenergo, Sandworm, BlackEnergy, Ukrenergo: 0 in train/dev/test.", "non-US"))

R.append(wp("wp-2017-taiwan-blackout", "2017 Taiwan blackout", "https://en.wikipedia.org/wiki/2017_Taiwan_blackout",
 "On 15 August 2017 at 4:52 p.m. NST, massive blackout hit northern half of Taiwan, affecting 6.68 million "
 "households. Electricity rationing was implemented at 6:00 p.m. and the blackout fully ended at 9:40 p.m. The power "
 "outage is also known as the 815 blackout.\n\n"
 "During the power supply equipment replacement for a control system of the metering station at Tatan Power Plant in "
 "Guanyin District, Taoyuan City by a contractor of CPC Corporation, the worker did not switch the system from auto "
 "mode to manual mode before starting the work, causing the two gas supply pipe valves to close and stop the supply of "
 "liquefied natural gas fuel source for two minutes. Six generators of the power plant fully tripped due to that, "
 "disrupting the supply of 4 GW of electricity.\n\n"
 "Residents in major cities in northern Taiwan reported slow-moving traffic, stalled lifts or gondolas, and no air "
 "conditioning. Some emergency services were called to rescue trapped people and the police were manually directing "
 "traffic. And before 2017 Summer Universiade.\n\n"
 "Taipower responded by offering one day electricity charge cut from each household bill, which resulted in NT$270 "
 "million of revenue loss to the company.\n\n"
 "President Tsai Ing-wen apologized to the people of Taiwan through her Facebook page, stating that electricity "
 "supply is a national security issue.\n\n"
 "Economic Affairs Minister Lee Chih-kung resigned shortly afterwards to take responsibility. Premier Lin Chuan "
 "appointed Deputy Minister Shen Jong-chin as acting Minister to replace Lee.\n\n"
 "CPC Corporation Chairperson Chen Chin-te resigned three days afterwards to take responsibility of the event which "
 "was then replaced by acting Chairperson Yang Wei-fuu. His resignation also was accepted by Premier Lin.",
 "electricity", ["outage", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: the title line, the headings ('Event', 'Power plant', "
 "'Public', 'Reactions', 'Damages') and the Chinese name in brackets after 'the 815 blackout' cut; the fragment 'And "
 "before 2017 Summer Universiade.' kept as written; cut after 'accepted by Premier Lin.', before the 'Damages' "
 "paragraph, which the excerpt breaks off inside (`truncated`). Undated rendering: recorded 4.0. Tatan, Taipower, CPC "
 "Corporation, Tsai Ing-wen, Lin Chuan: 0 in train/dev/test.", "non-US"))

R.append(wp("wp-manhattan-blackout-of-july-2019", "Manhattan blackout of July 2019",
 "https://en.wikipedia.org/wiki/Manhattan_blackout_of_July_2019",
 "The West Side of Manhattan in New York City experienced a power failure on July 13, 2019, at approximately 7 p.m. "
 "EDT. Con Edison is the energy utility serving the area, and they reported that approximately 73,000 customers were "
 "without power. Power was fully restored by midnight. The power failure occurred on the 42nd anniversary of the New "
 "York City blackout of 1977, which left nine million customers without power.\n\n"
 "The power outage commenced around 6:47 p.m. EDT, leaving 73,000 customers in Manhattan's West Side without power "
 "for about three hours. It affected six power sectors and encompassed an approximately 30-block area in Midtown "
 "Manhattan and the Upper West Side, from Times Square to 72nd Street, and from Fifth Avenue to the Hudson River.\n\n"
 "The Metropolitan Transportation Authority (MTA) reported that the entire New York City Subway system was affected "
 "by the outage. Some subway complexes were without lights, and service was affected on several routes. All of the "
 "subway's numbered routes suffered extensive delays. Limited service was available on the IRT Broadway–Seventh Avenue "
 "Line (1, 2, and 3 trains) on Manhattan's west side; the IRT Lexington Avenue Line (4, 5, and 6 trains) on "
 "Manhattan's east side; and on the IRT Flushing Line (7 train) from Manhattan to Queens. The MTA advised passengers "
 "to take buses instead in Manhattan.\n\n"
 "Areas affected by the outage included Times Square, Rockefeller Center, Radio City Music Hall, and Broadway "
 "theatres. Most theaters on Broadway cancelled their shows for the evening; of the 30 shows running at the time, "
 "only the four playing on the east side of Broadway were able to perform.",
 "electricity", ["outage"],
 "The article as en.wikipedia.org renders it in the page store: the title line, the infobox lines (time, duration, "
 "date, location, type, cause) and the 'Effects' heading cut; the sentence 'The MTA closed four Manhattan subway "
 "stations: , , , and .' cut (the page store's rendering lost the four station names: a template, not words); cut "
 "after 'were able to perform.', before 'Performances at Carnegie Hall and Lincoln Center we...', where the excerpt "
 "breaks off (`truncated`). Undated rendering: recorded 4.0. Earlier batches found only news copies of this event "
 "(GATHERING.md, batch 18); Con Edison: 0 in train/dev/test.", "US"))

R.append(wp("wp-northeast-blackout-of-1965", "Northeast blackout of 1965",
 "https://en.wikipedia.org/wiki/Northeast_blackout_of_1965",
 "The northeast blackout of 1965 was a significant disruption in the supply of electricity on Tuesday, November 9, "
 "1965, affecting parts of Ontario in Canada and Connecticut, Delaware, Maryland, Massachusetts, New Hampshire, New "
 "Jersey, New York, Pennsylvania, Rhode Island, and Vermont in the United States. Over 30 million people and 80,000 "
 "square miles were left without electricity for up to 13 hours.\n\n"
 "The cause of the failure was the setting of a protective relay on one of the transmission lines from the Sir Adam "
 "Beck Hydroelectric Power Station No. 2 in Queenston, Ontario, near Niagara Falls. The safety relay was set to trip "
 "if other protective equipment deeper within the Ontario Hydro system failed to operate properly.\n\n"
 "On a particularly cold November evening, power demands for heating, lighting, and cooking were pushing the "
 "electrical system to near its peak capacity. Transmission lines heading into southern Ontario were heavily loaded. "
 "The safety relay had been misprogrammed, and it did what it had been asked to do: to disconnect under the loads it "
 "perceived. As a result, at 5:16 p.m. Eastern Time, a small variation of power originating from the Robert Moses "
 "generating plant in Lewiston, New York, caused the relay to trip, disabling a main power line heading into Southern "
 "Ontario. Instantly, the load that was flowing on the tripped line redistributed to the other lines, causing them to "
 "become overloaded. Their own protective relays, which are also designed to protect the lines from overload, "
 "tripped, isolating Beck Station from all of southern Ontario.\n\n"
 "With nowhere else to go, the excess load from Beck Station was redirected east, over the interconnected lines into "
 "New York state, overloading them as well, and isolating the power generated in the Niagara region from the rest of "
 "the interconnected grid.",
 "electricity", ["outage"],
 "The article as en.wikipedia.org renders it in the page store: the title line and the 'Cause' heading cut; two "
 "template renderings in the second sentence cut: the converted area '(207,000 km^{2})' and the empty population-"
 "density clause ', and a population density of inhabitants/km^{2}' (converter output, not words); cut after 'the "
 "interconnected grid.', before 'The Beck generators, with no outlet for their power, we...', where the excerpt "
 "breaks off (`truncated`). Undated rendering: recorded 4.0. Ontario Hydro, Adam Beck, Robert Moses: 0 in "
 "train/dev/test.", "US"))

# ---- company relations --------------------------------------------------------------------------------------------
R.append(wp("wp-embracer-group", "Embracer Group", "https://en.wikipedia.org/wiki/Embracer_Group",
 "Embracer Group AB (formerly Nordic Games Licensing AB and THQ Nordic AB) is a Swedish video game and media holding "
 "company based in Karlstad. The company comprises six operative groups: CDE Entertainment, Dark Horse Media, Deca "
 "Games, Freemode, Plaion and THQ Nordic.\n\n"
 "Embracer Group was established as Nordic Games Licensing within Nordic Games Group in 2011. The latter had "
 "previously purchased assets from the bankrupt publisher JoWooD and established Nordic Games GmbH (a subsidiary of "
 "Nordic Games Licensing) to manage them. Nordic Games Licensing continued to purchase intellectual property from "
 "defunct publishers, notably several THQ products in 2013, followed by the \"THQ\" trademark in 2014. In August 2016, "
 "Nordic Games Licensing and Nordic Games GmbH changed their names to THQ Nordic. The parent company became a public "
 "company in 2016 and changed its name to Embracer Group in 2019. Until 2023, Embracer Group rapidly grew through "
 "major acquisitions and investments.",
 "video games", ["deal"],
 "The lead as en.wikipedia.org renders it in the page store: the title line and the infobox lines (logo, former "
 "names, type, industry, founder, headquarters, key people, figures, parent, subsidiaries) cut; the next sentence cut "
 "because the page store's rendering lost its amounts ('After a investment unexpectedly fell through, the company was "
 "more than in debt ...': currency templates, not words), and the paragraph after it, which the excerpt breaks off "
 "inside (`truncated`). Undated rendering: recorded 4.0. Embracer, Plaion, Nordic Games, JoWooD: 0 in "
 "train/dev/test (THQ: 1 train and 1 dev file, other events).", "non-US"))

R.append(wp("wp-wizz-air", "Wizz Air", "https://simple.m.wikipedia.org/wiki/Wizz_Air",
 "Wizz Air is a low cost airline based in Budapest, Hungary. The airline operates a fleet of 169 aircraft on flights "
 "in Europe, North Africa, and the Middle East. The airline carried 45.6 million passengers in 2022.\n\n"
 "Wizz Air was founded in 2003 by József Váradi, the former CEO of Malev Hungarian Airlines. The airline's first "
 "flight took off in May 2004.\n\n"
 "The company joined the London Stock Exchange in February 2015.\n\n"
 "At the 2015 Paris Airshow Wizz Air announced an order for 110 Airbus A321neos. It placed additional orders for 146 "
 "aircraft at the 2017 and 102 aircraft at the 2021 Dubai Airshows. Additionly, at the 2019 Paris Airshow the airline "
 "ordered 20 Airbus A321XLRs.\n\n"
 "In October 2017 the airline announced it would be setting up a new London Luton based subsidiary named Wizz Air UK. "
 "At the time the airline stated that the reason was to make sure its UK operations were secure in the event of a "
 "hard Brexit.\n\n"
 "In December 2019 the airline announced that it would be setting up a subsidiary in the UAE capital of Abu Dhabi. "
 "Named Wizz Air Abu Dhabi, the new airline operated its first flight in January 2021.\n\n"
 "In May 2022 the airline announced the launch of a subsidiary based in Malta, named Wizz Air Malta. The airline "
 "launched operations in November 2022.\n\n"
 "As of September 2023 the airline has 187 aircraft in its fleet, with an additional 345 aircraft on order.",
 "airlines", ["deal", "leadership"],
 "Simple English Wikipedia's article as its mobile site (simple.m.wikipedia.org) renders it in the page store: the "
 "'History' heading with its 'change' link and the citation markers cut; 'Additionly' kept as written; the last "
 "paragraph cut because the page store's rendering lost the court's name ('In November 2023, the 4 dismissed a "
 "challenge ...': a template, not words), and the 'Destinations'/'References' headings after it (`truncated`). "
 "Undated rendering; the text runs to September 2023: recorded 4.0. Wizz, Malev, Váradi: 0 in train/dev/test.",
 "non-US", site="Simple English Wikipedia", base="https://simple.wikipedia.org/wiki/"))

R.append(wp("wp-kering", "Kering", "https://www.hubbry.com/Kering_SA",
 "Kering S.A. is a French multinational holding company specializing in luxury goods, headquartered in Paris. It owns "
 "the brands Yves Saint Laurent, Gucci, Balenciaga, Bottega Veneta, Creed, Maui Jim, and Alexander McQueen.\n\n"
 "The timber-trading company Pinault S.A. was founded in 1962, by François Pinault. After the company was quoted on "
 "Euronext Paris in 1988, it became the retail conglomerate Pinault-Printemps-Redoute (PPR) in 1994. The luxury group "
 "was rebranded Kering in 2013. It has been a constituent of the CAC 40 since 1995. François-Henri Pinault has been "
 "President and CEO of Kering since 2005. In June 2025, Luca de Meo was appointed CEO starting in September 2025, "
 "replacing François-Henri Pinault who will remain Chairman of the group. In 2024, the group's revenue reached €17.2 "
 "billion.\n\n"
 "In 1962, François Pinault opened the Établissements Pinault in Brittany (France) specialized in timber trading with "
 "a 100,000 francs loan from the bank. His business grew rapidly by acquiring many failing local timber operations "
 "and building its own import bridges, turning Pinault S.A. into a leading timber trader in France in the 1980s. By "
 "1988, the group owned 180 companies and 33 factories for an annual revenue of 10 billion francs.",
 "luxury goods", ["deal", "leadership"],
 "The Wikipedia article as hubbry.com (a 'community hub for the Wikipedia article' that reproduces its text) holds "
 "it: the hub's header lines ('Community hub for the Wikipedia article', 'Welcome to the community hub ...', 'Inside "
 "this hub'), the pronunciation bracket '(French: [kɛːʁiŋ])' after 'Kering S.A.', 'Key Information', the headings "
 "('History [edit]', 'Timber (1962-1988) [edit]') and citation markers cut; cut after '10 billion francs.', before "
 "'Retail (1988-2013)' and its paragraph, which the excerpt breaks off inside (`truncated`). Undated rendering (a 2025 "
 "revision by its content): recorded 4.0. Kering, Pinault, Luca de Meo, Gucci: 0 in train/dev/test.", "non-US",
 copy_of="the Wikipedia article, via hubbry.com"))

R.append(wp("wp-reckitt", "Reckitt", "https://www.hubbry.com/Reckitt",
 "Reckitt, officially Reckitt Benckiser Group PLC, is a British multinational consumer goods company headquartered in "
 "Slough, United Kingdom. It manufactures health, hygiene, and nutrition products.\n\n"
 "Reckitt's brands include the antiseptic brand Dettol, the analgesic Disprin, the sore throat medicine Strepsils, the "
 "toilet cleaner Harpic, the hair removal brand Veet, the immune support supplement Airborne, the Australian "
 "insecticide brand Mortein, the indigestion remedy Gaviscon, the baby food brand Mead Johnson, the air freshener Air "
 "Wick, and other brands and products like: Calgon, Clearasil, Cillit Bang, Durex, Lysol, Mycil, Enfamil, and "
 "Vanish.\n\n"
 "The company was formed in 1999 by the merger of British company Reckitt & Colman plc and Dutch company Benckiser "
 "N.V. Following the merger, the company was known as Reckitt Benckiser until 2021.\n\n"
 "Johann Benckiser founded a business in Pforzheim, Germany, in 1823. Its core business was industrial chemicals. "
 "Ludwig Reimann, a chemist, joined the business in 1828 and married Benckiser's daughter. Benckiser died in 1851 and "
 "the business came under Reimann's ownership. Reimann opened a new chemical plant and, in 1858, moved it to "
 "Ludwigshafen. Under Reimann's descendants the business grew rapidly in the latter half of the 20th century: it "
 "acquired Coty, Inc., a North American beauty products manufacturer, in 1992. Benckiser's other products included "
 "Vanish and Cillit Bang. It went public in 1997.\n\n"
 "Reckitt & Sons started in 1840 when Isaac Reckitt rented a starch mill in Hull, England. He diversified into other "
 "household products and after his death in 1862, the business passed to his three sons. In 1886, Reckitt opened its "
 "first overseas business in Australia. The firm was first listed on the London Stock Exchange in 1888.",
 "consumer goods", ["deal"],
 "The Wikipedia article as hubbry.com (a hub page that reproduces the article, 'View on Wikipedia') holds it: the "
 "hub's header lines ('Recent from talks', 'Nothing was collected or created yet.', 'Reckitt', 'View on Wikipedia'), "
 "'Key Information', the headings ('History [edit]', 'Origins [edit]') and citation markers cut; cut after 'in "
 "1888.', before 'Harpic Lava...', where the excerpt breaks off (`truncated`). Undated rendering (a 2024-2025 "
 "revision by its content): recorded 4.0. Reckitt, Benckiser, Dettol, Durex, Coty: 0 in train/dev/test.", "non-US",
 copy_of="the Wikipedia article, via hubbry.com"))

R.append(wp("wp-jardine-matheson", "Jardine Matheson", "https://owiki.org/wiki/Federal_Stores",
 "Jardine Matheson Holdings Limited is a Hong Kong–based, Bermuda–domiciled and British–founded multinational "
 "conglomerate. It has a primary listing on the London Stock Exchange and secondary listings on the Singapore "
 "Exchange and Bermuda Stock Exchange.\n\n"
 "The majority of its business interests are in Asia, and its subsidiaries include Jardine Pacific, Jardine Motors, "
 "Hongkong Land, Jardine Strategic Holdings, DFI Retail Group, Mandarin Oriental Hotel Group, Jardine Cycle & Carriage "
 "and Astra International. It set up the Jardine Scholarship in 1982 and Mindset, a mental health-focused charity, in "
 "2002.\n\n"
 "Jardines was one of the original Hong Kong trading houses or hongs that date back to Imperial China. 58 percent of "
 "the company's profits were earned in China in 2019. The company is controlled by the Keswick family, who are "
 "descendants of co-founder William Jardine's older sister, Jean Johnstone.\n\n"
 "Jardine Matheson is a Fortune Global 500 company. In 2013, both Jardine Matheson and Jardine Strategic were among "
 "the top 200 publicly traded companies in the world, as valued by market capitalisation. It is also a component of "
 "Forbes Global 2000.\n\n"
 "The firm of Jardine, Matheson & Company emerged in 1832 from an evolving process of partnership changes in the "
 "trading business Cox & Reid, a partnership established in 1782 between John Cox and John Reid, the latter having "
 "been agent of the Austrian trading company, Trieste Company.\n\n"
 "University of Edinburgh Medical School graduate William Jardine joined the firm, by then having morphed through Cox "
 "& Beale, Beale & Company and Beale & Magniac into Magniac & Company, and the original partners long gone, in 1825 at "
 "the invitation of principal Hollingworth Magniac. University of Edinburgh graduate James Matheson joined three "
 "years later as Magniac prepared to retire.",
 "conglomerate", ["deal"],
 "The article ('Jardines (company)', reached at owiki.org through the redirect 'Federal_Stores') as owiki.org, a "
 "Wikipedia mirror, holds it: the title line and the headings ('History', '19th century to WWII: The early days') "
 "cut; paragraph breaks doubled (whitespace only); cut after 'prepared to retire.', before 'With the cession of Hong "
 "Kong under the 1842 Treaty of Nanking, the firm, by then named Jardine, Math...', where the excerpt breaks off "
 "(`truncated`). Undated rendering (text runs to 2019): recorded 4.0. Jardine, Hongkong Land, Astra International: 0 "
 "in train/dev/test.", "non-US"))

R.append(wp("wp-grupo-bimbo", "Grupo Bimbo", "https://www.liquisearch.com/grupo_bimbo/expansion",
 "On December 10, 2008, it was announced that Grupo Bimbo bought WFI (Weston Foods Inc.) a subsidiary of George "
 "Weston Ltd. for $2.38 billion, making Grupo Bimbo the largest bakery company in the USA and the only bakery in the "
 "USA with a national footprint. They now own brands such as Arnold, Boboli, Brownberry, Entenmann's, Freihofer's, "
 "Stroehmann, and Thomas', plus 22 factories and 4,000 delivery trucks.\n\n"
 "On November 9, 2010, Sara Lee Corporation said that by selling its North American Fresh Bakery unit to Grupo Bimbo, "
 "it could grow in other areas. The $959 million deal gives Sara Lee the right to continue using the Sara Lee name on "
 "frozen desserts and meat products. Grupo Bimbo will use the Sara Lee name for fresh-baked products around the world "
 "except for Western Europe, Australia and New Zealand. The deal also means Grupo Bimbo gets 41 plants and the "
 "regional brands Grandma Sycamore's, Heiner's and Rainbo. Adding to its Horsham, Pennsylvania-based Bimbo Bakeries "
 "USA, Grupo Bimbo will significantly expand its coverage of the United States.\n\n"
 "On October 10, 2011, Grupo Bimbo bought Sara Lee's operations in Spain and Portugal.\n\n"
 "On November 19, 2012 Forbes Magazine reports Grupo Bimbo is considering buying the bankrupt bakery company Hostess "
 "Brands, Inc.",
 "food / bakery", ["deal"],
 "The 'Expansion' section of the Wikipedia article as liquisearch.com (a Wikipedia mirror serving one section a "
 "page) holds it: the page's title lines ('Grupo Bimbo - Expansion', 'Expansion') and its trailer ('Read more about "
 "this topic: Grupo Bimbo', 'Famous quotes containing the word expansion: ...') cut; the whole section, which ends "
 "in the excerpt, kept (`truncated`: a section of a longer page). A 2012-2013 revision by its content: recorded "
 "3.0. Bimbo, Weston Foods, Sara Lee, Hostess: 0 in train/dev/test.", "non-US", v3=True))

R.append(wp("wp-glovo", "Glovo", "https://en.wikipedia.org/wiki/Glovo",
 "Glovo (a misspelling of Globo, meaning balloon in Spanish) is a Spanish quick-commerce start-up founded in "
 "Barcelona in 2015. It is an on-demand courier service that purchases, picks up, and delivers products ordered "
 "through its mobile app. It aspires to be a multi-category lifestyle app with food delivery being the most popular "
 "offering. The company was founded by Oscar Pierre and Sacha Michaud.\n\n"
 "The company was founded by Oscar Pierre Miquel, who is currently the CEO and Sacha Michaud who is the co-founder. It "
 "is among the many startups that hopped on to the bandwagon of uberization of local services. It is among a handful "
 "of successful Spanish startups that have gained an international market share.\n\n"
 "The company eventually expanded into other countries. In January 2020, Glovo ended its operations in Turkey, Egypt, "
 "Puerto Rico and Uruguay. In October 2020, in an effort to achieve profitability, Glovo's remaining Latin American "
 "operations were purchased by Delivery Hero, a German company, in a deal worth $272 million, leaving Glovo with just "
 "its Southern and Eastern Europe operations.\n\n"
 "As of February 2021, Glovo is operational in more than 23 countries globally.\n\n"
 "The company has a vision to be a lifestyle app with all urban services available easily through its smartphone "
 "application. Food delivery service remains its most popular service. Other services available on the app include "
 "Groceries, Pharmacy, Desserts, Courier and Quiero (anything).\n\n"
 "The food business allows users to find and place orders with their favourite restaurants which is picked up when "
 "ready and delivered to the user's doorstep.",
 "delivery / technology", ["leadership"],
 "An older revision (2021, by its content) as en.wikipedia.org renders it in the page store: 'From Wikipedia, the "
 "free encyclopedia', 'Jump to navigation Jump to search', the infobox lines (type, industry, founders, areas served, "
 "employees, 'Bike courier') and citation markers cut; cut after 'the user's doorstep.', before 'While this model "
 "continues to be its flagship service, the company is reported experimenting with CloudKitchens and', where the "
 "excerpt breaks off (`truncated`). Recorded 3.0 (a revision before June 2023). Glovo, Oscar Pierre, Delivery Hero: "
 "0 in train/dev/test.", "non-US", v3=True))

# ---- near-misses: a deal abandoned (Commission), data breaches with no service lost (FTC) -------------------------
t = "Statement by Executive Vice-President Vestager on announcement by Amazon and iRobot to abandon their transaction"
u = "https://app.1848.nl/document/item/575125"
R.append(rec("ec-amazon-irobot-abandonment-statement-2024", u, "2024-01-29", t, EC_LIC,
 f"© European Union, European Commission, statement '{t}' (29 January 2024); reuse authorised under CC BY 4.0; text "
 f"as reproduced at {u}",
 "The Commission takes note of Amazon's and iRobot's decision to terminate their agreement according to which Amazon "
 "intended to acquire sole control over iRobot. The abandonment follows the findings of the Commission's in-depth "
 "investigation and the sending of a Statement of Objections on 27 November 2023.\n\n"
 "Executive Vice-President Margrethe Vestager, in charge of competition policy, said:\n\n"
 "‘iRobot manufactures robot vacuum cleaners. Its flagship brand is the well-known ‘Roomba'. iRobot is one of the main "
 "robot vacuum cleaners suppliers in the European Economic Area (‘EEA') and notably in several Member States. Amazon "
 "is both a retailer and an online marketplace operating local marketplaces in several Member States – the Amazon "
 "Stores. Amazon Stores are the main sales and discovery channel for robot vacuum cleaners customers in the EEA, and "
 "in particular in France, Germany, Italy and Spain.\n\n"
 "Robot vacuum cleaners are part of the ‘smart home' revolution seeking to digitalise our homes and to make domestic "
 "life easier. Amazon already has some “smart home” devices such as the voice assistant Alexa or the smart doorbell "
 "Ring, and in 2022 it wanted to buy iRobot for approximately €1.56 billion.\n\n"
 "We looked closely at the dual role of Amazon as platform operator and market participant, and the implications of "
 "Amazon merging with the owner of a very successful product for which Amazon is already an important sales channel. "
 "During our investigation, we have been in close contact with the US Federal Trade Commission.\n\n"
 "Our in-depth investigation preliminarily showed that the acquisition of iRobot would have enabled Amazon to "
 "foreclose iRobot's rivals by restricting or degrading access to the Amazon Stores.",
 "retail / consumer electronics / competition", "EU", "deal,near-miss",
 "The Commission's statement as 1848.nl (a Dutch public-affairs monitoring service that reproduces institutions' "
 "texts) holds it: the heading kept as title; the quotation's opening mark and the statement's mixed quotation marks "
 "kept as written; cut after 'access to the Amazon Stores.', before 'For example, Amazon would have been in a "
 "position to (i) delist ...', which the excerpt breaks off inside (`truncated`). Date: not in the excerpt; 29 "
 "January 2024 is the day Amazon and iRobot announced the termination and the Commission issued this statement "
 "(news reports of that day) — doubtful only as not read on the copy. Near-miss: an abandoned acquisition (GUIDELINES: "
 "abandoned deals -> nothing). iRobot, Roomba: 0 in train/dev/test (Amazon: other events).", EC_COPY))

u = "https://databreaches.net/?p=113967"
t = "FTC Takes Action Against Marriott and Starwood Over Multiple Data Breaches"
R.append(us_rec("us-ftc-marriott-starwood-data-breaches-order-2024", u, "2024-10-09", t,
 "Federal Trade Commission, press release",
 "The Federal Trade Commission will require Marriott International, Inc. and its subsidiary Starwood Hotels & Resorts "
 "Worldwide LLC to implement a robust information security program to settle charges that the companies’ failure to "
 "implement reasonable data security led to three large data breaches from 2014 to 2020 impacting more than 344 "
 "million customers worldwide.\n\n"
 "In a proposed settlement order with the FTC announced today, Marriott and Starwood also agreed to provide all its "
 "U.S. customers with a way to request deletion of personal information associated with their email address or "
 "loyalty rewards account number.  In addition, the proposed settlement requires Marriott to review loyalty rewards "
 "accounts upon customer request and restore stolen loyalty points.\n\n"
 "Under a separate settlement also announced today, Marriott also agreed to pay a $52 million penalty to 49 states and "
 "the District of Columbia to resolve similar data security allegations. The FTC and the states worked in parallel on "
 "the investigation. The FTC does not have legal authority to obtain civil penalties in this case.\n\n"
 "“Marriott’s poor security practices led to multiple breaches affecting hundreds of millions of customers,” said "
 "Samuel Levine, Director of the FTC’s Bureau of Consumer Protection. “The FTC’s action today, in coordination with "
 "our state partners, will ensure that Marriott improves its data security practices in hotels around the globe.”\n\n"
 "Marriott manages and franchises more than 7,000 properties throughout the United States and across more than 130 "
 "other countries.",
 "hotels / data security", "near-miss",
 "The FTC's press release of 9 October 2024 as databreaches.net reproduces it ('Posted on October 9, 2024 ... From "
 "the Federal Trade Commission:', kept as `published`; the site's menu and 'Ftc1' image caption cut): the heading "
 "kept as title; a space restored in 'settlement orderwith' where a link was (whitespace only); the release's double "
 "space after 'account number.' kept; the heading 'Marriott and Starwood’s Security Failures' cut; cut after 'other "
 "countries.', before 'After Marriott acquired Starwood in 2016, it was responsible for the data secur...', where the "
 "excerpt breaks off (`truncated`). Near-miss: data breaches with no service said lost. Marriott, Starwood: 0 in "
 "train/dev/test.", US_COPY, copy="databreaches.net"))

# ---- part 2 -------------------------------------------------------------------------------------------------------
R2 = []
R2.append(wp("wp-waikato-district-health-board-ransomware-attack", "Waikato District Health Board ransomware attack",
 "https://en.wikipedia.org/wiki/Waikato_District_Health_Board_ransomware_attack",
 "In mid-May 2021 hospital computer systems and phone lines run by the Waikato District Health Board (DHB) in New "
 "Zealand were affected by a ransomware attack. On 25 May, an unidentified group claimed responsibility for the hack "
 "and issued an ultimatum to the Waikato DHB, having obtained sensitive data about patients, staff and finances. The "
 "Waikato DHB and New Zealand Government ruled out paying the ransom.\n\n"
 "According to the Stuff journalist Dileepa Fonseka, the Ministry of Health had entered into negotiations with "
 "information technology industrial vendors in 2019 to purchase a more advanced cybersecurity system for the "
 "country's district health boards. However, these negotiations were abandoned since the Ministry lacked the budget "
 "to purchase the proposed system.\n\n"
 "The cyber attack on the Waikato District Health Board that began on 19 May 2021 brought down all IT systems and "
 "phone lines. Kevin Snee, chief of Waikato DHB, said that he did not know who was responsible for the attack or if "
 "it was related to the Health Service Executive cyberattack.\n\n"
 "On 25 May 2021, The New Zealand Herald reported that an unidentified group had claimed responsibility for the hack. "
 "This group had reportedly accessed confidential patient notes, staff details, and financial information. The group "
 "also claimed that they had given the Waikato DHB seven days to contact them following the cyber attack. The group "
 "reportedly deleted most of the backup files but offered to help restore the systems if the Waikato DHB responded "
 "to their communications. In response, the Waikato DHB chief executive Snee refused to confirm or deny whether the "
 "DHB had been in contact with the hackers. Snee also stated that the DHB would not be paying any ransom.",
 "health / cyberattack", ["outage", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: the title line and the headings ('Background', "
 "'Incident') cut; cut after 'would not be paying any ransom.', before 'On 27 May, senior Waikato DHB officials "
 "confirmed ...', whose sentence the excerpt breaks off inside (`truncated`). Undated rendering: recorded 4.0. "
 "Waikato, Kevin Snee: 0 in train/dev/test (Health Service Executive: 1 train file, the Irish attack this text only "
 "names).", "non-US"))


if __name__ == "__main__":
    write_all(R2 if "--part2" in sys.argv else R, POOL, dry="--dry" in sys.argv)
