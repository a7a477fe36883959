#!/usr/bin/env python3
"""Batch 25b (session 26, this session's out-of-sample check; helper gather26b): English Wikipedia articles (CC BY-SA)
told as news — outages (Tokyo's blackout of 14-15 August 2006 after a construction firm's crane ship struck
transmission towers; the internet outage in West Africa of March 2024 with the cable operator MainOne and the mobile
operators hit; Chile's blackout of 14 March 2010 with the metro stopped), company relations (Digicel: its founder and
owner, two acquisitions, an operations purchase and a minister's ruling), leadership outside the US (Piyush Gupta:
DBS Group's chief executive and his earlier Citibank and Citigroup posts). Wikinews was left to helper gather26a
(batch 25a).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Part 2 (R2, written with --part2): outages (Auckland's blackout of 12 June 2006; Kiev's grid cyberattack of 17
December 2016 with the transmission operator named; Singapore's MRT breakdowns of December 2011 and July 2015 with
the operator named), a near-miss (Tasmania's 2016 energy crisis after the Basslink cable's fault, no supply said
lost), company relations (Hindalco's owner, its completed purchase of Novelis and its subsidiaries; Haier's joint
venture, joint bid and founder-manager, a 2006 revision) and leadership (Natarajan Chandrasekaran's posts at Tata
companies and Cyrus Mistry's removal as Tata Sons' chairman), gathered after part 1 was committed and before newskg
ran on any text.
usage: batch25b.py [POOL_DIR] [--dry] [--part2]   (default /tmp/gather26b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather26b/pool"



R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-august-2006-tokyo-blackout", "August 2006 Tokyo blackout",
 "https://en.wikipedia.org/wiki/August_2006_Tokyo_blackout",
 "On 14–15 August 2006, a major blackout occurred in the Tokyo metropolitan area, impacting 1.39 million households "
 "and multiple train lines in eastern Tokyo. It lasted from 7:38 to 0:54 JST. The blackout began when the boom of a "
 "crane ship owned by Mikuniya Construction crashed into the Koto Line 78 and 79 towers that ran across the Edo river, "
 "damaging electrical wires.\n\n"
 "On August 14, 2006, a crane ship owned by Mikuniya Construction was sailing near the border between Urayasu City in "
 "Chiba Prefecture and Edogawa ward in Tokyo on the Edogawa River. The ship's boom crashed in between the Koto Line 78 "
 "and 79 electrical power transmission towers at around 7:38JST. Transmission between the two towers (the 275kV Koto "
 "Lines No. 1 and 2) was interrupted and disconnected, resulting in a power outage at all three substations in the "
 "Katsushika, Setagaya, and Edogawa wards of Tokyo.\n\n"
 "The Edogawa substation was restored at 7:46 by grid switching, but at 7:58, the Shinagawa Thermal Power Plant, which "
 "had been isolated from the grid, automatically shut down due to an increase in demand resulting from a lack of "
 "supply capacity. Owing to this, the Koto ward and Jonan District substations completely lost power.\n\n"
 "The outage was exacerbated by the substantial quantity of major companies that were on summer vacation at the "
 "time.\n\n"
 "During the blackout, electricity demand was lower than usual even though it was a weekday (Monday). At 9:55, "
 "approximately 1 hour and 17 minutes later, all but two customers who were receiving high-voltage power had their "
 "power restored, and the remaining two customers' power was fully restored at 10:44, forty-nine minutes later.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= August 2006 Tokyo blackout =' title line): the "
 "infobox lines (date '14–15 August 2006', time '7:38-0:54 JST', duration, location, cause 'A ship crash into Koto "
 "electrical Line 78', deaths, injuries) cut with the infobox as every Wikipedia text of the corpus, and the heading "
 "'Incident' cut; kept as written: '7:38JST' (no space) and 'the substantial quantity of major companies'; cut after "
 "'forty-nine minutes later.', before 'Afterwards, restoration work ', where the excerpt breaks off (`truncated`). "
 "Undated rendering: recorded 4.0. The utility whose lines failed is not named in the excerpt (news copies name "
 "Tokyo Electric Power; not used). Mikuniya, Koto, Edogawa, Urayasu, Shinagawa, Tokyo Electric/TEPCO: 0 in "
 "train/dev/test.", "non-US"))

R.append(wp("wp-2024-internet-outage-in-africa", "2024 Internet outage in Africa",
 "https://en.wikipedia.org/wiki/2024_Internet_outage_in_Africa",
 "On March 13, 2024 damage to underwater fibre optic cables caused an internet outage in major parts of Africa "
 "especially in West Africa with Ivory Coast, Liberia, Nigeria and Ghana the worst affected countries.\n\n"
 "According to data center and connectivity provider MainOne, the internet outage that hit West and Central Africa "
 "earlier in that week (from March 12, 2024) was caused by a break in its submarine cable system.\n\n"
 "The West Africa Cable System (WACS), the Africa Coast to Europe (ACE), SAT-3 and MainOne were among the system "
 "cables affected in Thursday’s outage.\n\n"
 "In Ghana, the subscribers of MTN Ghana and Telecel Ghana were the most affected.",
 "telecoms / internet", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2024 Internet outage in Africa =' title line); "
 "the excerpt ends after 'were the most affected.' (`truncated`: the article may continue; the excerpt gives no "
 "more). Kept as written: 'On March 13, 2024 damage' (no comma) and the three dates the text gives (13 March; "
 "'from March 12, 2024'; 'Thursday’s outage'). Undated rendering (2024 content): recorded 4.0. MainOne, Equinix, "
 "WACS, Telecel, MTN Ghana: 0 in train/dev/test (MTN Group: one train file, another topic).", "non-US"))

R.append(wp("wp-2010-chile-blackout", "2010 Chile blackout", "https://en.wikipedia.org/wiki/2010_Chile_blackout",
 "The 2010 Chile blackout was an electric power outage that affected most of Chile on March 14, 2010. It began at "
 "8:44 pm (23:44 GMT) on Sunday and continued into the next day. The power was restored in a few hours in some areas, "
 "and by midnight in most areas, except in the Biobío Region.\n\n"
 "The blackout was caused by a failure of a 500 kV transformer at a substation in southern Chile that is part of the "
 "Central Interconnected System (SIC). The affected transformer is located around 700 km south of the capital, "
 "Santiago. The SIC serves about 93% of the country's population, from Taltal in the north to the Chiloé Island in "
 "the south, including Santiago. At one point Santiago was receiving only 8% of the electricity normally required.\n\n"
 "The blackout interrupted a music concert being held to raise funds for the survivors of the earthquake that had "
 "devastated the country two weeks earlier. In addition, thousands of people had to be rescued from the Santiago "
 "Metro after 20 trains were immobilised and the telephone network was also affected. The fire brigade had to free "
 "several people trapped in elevators.\n\n"
 "The blackout affected 90% of the population and electric service began to be restored after an hour. Around 98% of "
 "people affected had service restored by March 15, 2010. The blackout caused the share price of the Enersis mining "
 "group to fall by 1% to a three-month low, although loss of production was minimal there and at other mining "
 "companies in the country because of backup generators.\n\n"
 "President Sebastián Piñera blamed the power failure on the recent earthquake and said the SIC would remain unstable "
 "for a week. Other officials stated that the outage was not directly related to the earthquake. The energy minister, "
 "Ricardo Raineri, said that the electric transmission grid remains in a fragile state and asked Chileans to restrict "
 "their use of electricity.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2010 Chile blackout =' title line); cut after "
 "'restrict their use of electricity.', before 'Raineri stated that during the earthquake the \"electricity network "
 "suffered various damage', where the excerpt breaks off (`truncated`). Kept as written: 'the Enersis mining group'. "
 "Undated rendering: recorded 4.0. No operator is named (the SIC is the grid). Charrúa/Transelec (not in the text), "
 "Enersis, Raineri, Piñera, Biobío, Taltal, Chiloé: 0 in train/dev/test; Chile: two train files, Santiago: one (other "
 "topics).", "non-US"))

# ---- company relations and leadership -----------------------------------------------------------------------------
R.append(wp("wp-digicel", "Digicel", "https://en.wikipedia-on-ipfs.org/wiki/Digicel",
 "Digicel is a Caribbean mobile phone network and home entertainment provider operating in 33 markets across the "
 "Caribbean, Central America, and Oceania regions. The company is owned by Irish businessman Denis O'Brien, is "
 "incorporated in Bermuda, and is headquartered in Jamaica.\n\n"
 "Digicel has operated in several countries, including Fiji, Haiti, Trinidad and Tobago, St. Lucia and Jamaica.\n\n"
 "Digicel was founded in 2001 by Irish entrepreneur Denis O'Brien. The company launched in April 2001 in Jamaica. In "
 "March 2003, Digicel expanded to St. Lucia and St. Vincent. In 2005, Digicel purchased Cingular Wireless' Caribbean "
 "and Bermuda operations.\n\n"
 "In May 2006, Digicel began operations in Haiti. Between 2006 and 2008, Digicel expanded into the Central American "
 "mainland, as well as the Pacific. In September 2006, it acquired an unrelated mobile phone provider Digicel Holdings "
 "in El Salvador.\n\n"
 "In 2007, Digicel acquired U*Mobile in Guyana, and launched in Suriname in December.\n\n"
 "In April 2002, Digicel received permission from Jamaica's then-minister of industry, commerce and technology, "
 "Phillip Paulwell, to disregard the interconnectivity fee ceiling issued by the Offices of Utilities Regulation (OUR). "
 "Following a judicial review, it was determined that Paulwell did not have the power to make this decision. Digicel "
 "appealed the ruling to the Jamaican Supreme Court in 2003 and won. OUR appealed the decision to the appellate court, "
 "which ruled Paulwell's decision was outside his powers and OUR didn't have to comply with Paulwell's directive.",
 "telecoms", ["deal", "leadership"],
 "The article as en.wikipedia-on-ipfs.org (the IPFS mirror of English Wikipedia, an older snapshot) holds it: the "
 "infobox lines (type, industry, founded, founder, headquarters, area served, key people 'Denis O'Brien (Executive "
 "Chairman & Interim CEO)', products, revenue, employees, subsidiaries, website), an image caption ('A Digicel "
 "storefront in Castries, Saint Lucia, in 2012') and the headings ('History', 'OUR court rulings') cut; cut after "
 "'comply with Paulwell's directive.', before 'Digicel appealed to the Privy Council, Jamaica's final court of appeal, "
 "which up', where the excerpt breaks off (`truncated`). The snapshot's content runs to about 2019 ('33 markets'; "
 "the infobox's 2018 staff count): recorded 3.0. A newer copy (wikizero.net: '25 markets', a 2024 take-over) exists; "
 "the IPFS mirror's text was used. Digicel, Paulwell, U*Mobile: 0 in train/dev/test; Denis O'Brien: two train files "
 "(Irish media and Siteserv topics, not Digicel); Cingular: other events.", "non-US", v3=True,
 copy_of="the Wikipedia article, an older snapshot on the IPFS mirror"))

R.append(wp("wp-piyush-gupta", "Piyush Gupta", "https://www.hubbry.com/Piyush_Gupta",
 "Piyush Gupta BBM (born 24 January 1960) is a Singaporean banker and the chief executive officer (CEO) of DBS Group "
 "between 2009 and 2025. He is vice-chairman of the Institute of International Finance since 2013, and a board member "
 "of Enterprise Singapore since 2024.\n\n"
 "Gupta was one of three children, born in Meerut, India, to R.S. Gupta and Minnie Gupta. He attended St. Columba's "
 "High School and later earned a bachelor's degree in economics from St. Stephen's College, Delhi. After graduating, "
 "he joined the Indian Institute of Management, Ahmedabad for a Post Graduate Diploma in Management.\n\n"
 "In 1982 and at the age of 22, Gupta started his career at Citibank India as a management trainee. He did several "
 "assignments with Citibank India, eventually being the chief-of-staff to the India head. He moved to Singapore in "
 "1991 as the chief-of-staff to the Asia head, and was posted to Indonesia in 1998, as country manager. In 2000, he "
 "left Citigroup to start up a dot-com company, but closed his venture and re-joined Citigroup in 2001. Gupta was "
 "country officer in Malaysia from 2002 to 2007, where he helped built up Citigroup's branch network, before assuming "
 "the role of country officer in Singapore and the head of the Corporate and Investment Bank in ASEAN. In 2008, Gupta "
 "was appointed the CEO of Citibank in South East Asia, Australia and New Zealand.\n\n"
 "In 2009, he left Citigroup to join DBS Group as the CEO. As CEO, he received various business awards, and has been "
 "credited with growing DBS to become a leading Asian financial services group.",
 "banking", ["leadership"],
 "The article as hubbry.com (a 'community hub' page 'from Wikipedia', as batch 24b's Millicom and Ladbrokes Coral "
 "texts) holds it: the hub's header lines ('Hubbry Logo', page name, 'Community hub', '8 pages, 0 posts', "
 "subscribers, discussion prompts, 'from Wikipedia'), 'Key Information', the headings ('Early life and education', "
 "'Professional career', 'Career') with their '[edit]' links and citation markers cut; the Hindi name in the "
 "bracket after 'Piyush Gupta BBM' cut ('Hindi: ... ;', as batch 24b cut the Korean name after 'Krafton Inc.'), "
 "'(born 24 January 1960)' kept; kept as written: 'is vice-chairman ... since 2013' and 'helped built up'; cut after "
 "'a leading Asian financial services group.', before 'Early on in 2013, Gupta a', where the excerpt breaks off "
 "(`truncated`). Content runs to 2025: recorded 4.0. Doubtful: no revision id; hubbry.com's own terms were not found "
 "in the page store. Piyush Gupta, DBS, Enterprise Singapore, Institute of International Finance: 0 in "
 "train/dev/test (Citigroup, Citibank: other events).", "non-US",
 copy_of="the Wikipedia article, via hubbry.com"))

# ---- part 2 (gathered after part 1 was annotated and committed, before newskg ran on any text; --part2) -----------
R2 = []
R2.append(wp("wp-2006-auckland-blackout", "2006 Auckland Blackout", "https://en.wikipedia.org/wiki/2006_Auckland_Blackout",
 "The 2006 Auckland Blackout was a major electrical blackout in Auckland, the largest city in New Zealand, on 12 June "
 "2006. It started at 08:30 local time, with most areas of Auckland regaining power by 14:45. It affected some 230,000 "
 "customers and at least 700,000 people in and around the city.\n\n"
 "Power went off at around 8:30 am local time on 12 June 2006 over half of Auckland in New Zealand. Most of southern "
 "and central Auckland, including the central city were without power.\n\n"
 "The cause of the blackout was traced back to the Ōtāhuhu sub-station, the city's main transmission switching "
 "station. A corroded shackle connecting the Ōtāhuhu to Penrose 220 kV line's earth wire had broken in 90 km/h winds, "
 "letting the earth wire fall across the 220 kV line and the 110 kV busbar below it, tripping both the line and three "
 "sections of the busbar, disconnecting lines to Mount Roskill, Penrose and Pakuranga. The trip also disconnected "
 "Ōtāhuhu B and Southdown power stations from the national grid. The trip left only one line, the now-dismantled "
 "Arapuni to Pakuranga 110 kV line, supplying Pakuranga, Penrose, and the central city. Eight seconds after the "
 "failure, this line tripped from overloading, leaving Penrose, Pakuranga, and central city substations without "
 "power, as well as parts of Ōtāhuhu and Mount Roskill substations.\n\n"
 "Investigation of this incident found that maintenance of the electricity transmission system was not adequate and "
 "that this substation had major and minor design deficiencies.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2006 Auckland Blackout =' title line): the "
 "headings ('Immediate effect', 'Cause') cut; cut after 'major and minor design deficiencies.', before the heading "
 "'Effects' and its list of fragments ('Due to the power outage, many public services and business operations were "
 "disrupted:' and bullets, the last broken off at '- peop'), so the text ends at the last full paragraph "
 "(`truncated`). Undated rendering: recorded 4.0. The grid company is not named in the excerpt (news copies name "
 "Transpower; not used). Ōtāhuhu/Otahuhu, Penrose, Pakuranga, Southdown, Arapuni: 0 in train/dev/test (Auckland: "
 "one train and two dev files, other topics; Transpower: three files on other New Zealand events).", "non-US"))

R2.append(wp("wp-2016-kyiv-cyberattack", "2016 Kyiv cyberattack", "http://70.231.62.181/index.php/2016_Kyiv_cyberattack",
 "A cyberattack happened in the Ukrainian capital Kiev just before midnight on 17 December 2016, and lasted for just "
 "over an hour. The national electricity transmission operator Ukrenergo said that the attack had cut one fifth of the "
 "city's power consumption at that time of night.\n\n"
 "The attack affected the 330 kilowatt electrical substation \"North\" at Pivnichna, outside the capital. It happened "
 "a year after a previous attack on Ukraine's power grid.\n\n"
 "Dragos Security concluded that the attack was not merely to cause short-term disruption but to cause long-lasting "
 "damage that could last weeks or months. The attackers had tried to cause physical damage to the station when the "
 "operators turned the grid back on. The attack used Industroyer malware and has the ability to attack hardware "
 "including SIPROTEC protective relays. These protective relays open circuit breakers if they detect dangerous "
 "conditions. A security flaw meant that a single packet could put the relays in a state where it would be useless "
 "unless manually rebooted. Siemens released a software patch in 2015 to fix the issue, but many relays weren't "
 "updated with it. Evidence from logs obtained by Dragos Security showed the attackers initially opened every circuit "
 "breaker in the transmission station, causing a power cut. Then an hour later they ran wiper malware to disable the "
 "station's computer, making it impossible to monitor the station. Finally, the attackers tried to disable four of "
 "the stations SIPROTEC protective relays, which could not be detected by operators. Dragos concluded that the "
 "attackers intended the operators to re-engergise the station equipment, which could have injured engineers and "
 "damaged equipment. The data packets intended for the protective relays were sent to the wrong IP address.",
 "electricity / cyberattack", ["outage"],
 "The article as a MediaWiki copy at 70.231.62.181 holds it ('2016 Kyiv cyberattack', 'From Wikipedia, the free "
 "encyclopedia', 'Jump to navigation Jump to search' lines): those lines, the heading 'Attack' with its '[edit | edit "
 "source]' link and citation markers cut; kept as written: 'Kiev' (this revision's spelling; the title says Kyiv), "
 "'the stations SIPROTEC' and 're-engergise'; cut after 'sent to the wrong IP address.', before 'The operators may "
 "also have brought', where the excerpt breaks off (`truncated`). A proxy rendering of en.wikipedia.org "
 "(movatter.jp, links run into words) and a wikitext copy (friendlywiki.com) were not used. Doubtful: the copy is an "
 "unnamed site at a bare IP address; the text is the Wikipedia article's (its 'From Wikipedia' line), attributed to "
 "Wikipedia contributors. Undated copy, 2016-2017 content: recorded 4.0 (its 'More citations needed' banner dates "
 "November 2023 on the wikitext copy). Ukrenergo, Kiev/Kyiv, Pivnichna, Industroyer, Dragos, SIPROTEC: 0 in "
 "train/dev/test (the 2015 grid attack in dev does not name Ukrenergo; Siemens: other topics).", "non-US",
 copy_of="the Wikipedia article, a MediaWiki copy at a bare IP address"))

R2.append(wp("wp-list-of-singapore-mrt-disruptions", "List of Singapore MRT disruptions",
 "https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/List_of_Singapore_MRT_disruptions.html",
 "For many years, Singapore's public transport system, especially its Mass Rapid Transit (MRT), has been recognized "
 "internationally for its efficiency and efficacy. However, since December 2011, frequent and severe disruptions to "
 "the MRT services have become a prominent national and international issue, the Singapore MRT quandary. The quandary "
 "has been marked by numerous incidents, issues and problems pertaining to the maintenance, quality and reliability of "
 "Singapore's MRT system.\n\n"
 "The quandary began on 15 December 2011, when the North-South Line experienced its first major breakdown. The "
 "incident quickly became national headlines. Two days later, on 17 December 2011, the North-South Line experienced a "
 "second major breakdown. These two MRT disruption incidents affected a sizable part of the population and prompted "
 "the Singapore government to respond. Investigations of the two breakdowns by a government-formed Committee of "
 "Inquiry revealed shortcomings in SMRT's maintenance regime. On 7 July 2015, a power fault regarding the third rail "
 "insulation of the MRT resulted in the disruption of the entire East-West Line and North-South Line. An investigation "
 "by the LTA found lapses in maintenance by SMRT.\n\n"
 "The two train services that disrupted on the North South Line that took place on 15 and 17 December 2011 were the "
 "worst breakdowns in SMRT's history (surpassed by the 2015 disruption that happened later).",
 "transport / rail", ["outage"],
 "The article as the IPFS mirror of English Wikipedia holds it (a 2016 snapshot: its infobox counts '4 years, 11 "
 "months' from December 2011): the page title, the infobox title 'Singapore MRT quandary', an image caption ('A "
 "window broken by a commuter ... during the 15 December 2011 MRT breakdown.'), the infobox lines (duration, date, "
 "location, type, participants), the headings ('2011 MRT disruptions', 'North South Line (NSL)'), a second image "
 "caption ('The Ang Mo Kio MRT station ...') and citation markers cut; kept as written: 'North-South Line' beside "
 "'North South Line', 'The two train services that disrupted'; cut after '(surpassed by the 2015 disruption that "
 "happened later).', before 'All MRT stations on the North South Line and East West Line we', where the excerpt "
 "breaks off (`truncated`). A piglix copy of a 2017 revision ('2011 Singapore MRT disruptions') was not used. "
 "Recorded 3.0 (2016 snapshot). SMRT, North-South Line, East-West Line, Committee of Inquiry: 0 in train/dev/test "
 "(SMRT's December 2011 breakdowns were looked for in an earlier batch and not found in an open text).", "non-US",
 v3=True, copy_of="the Wikipedia article, a 2016 snapshot on the IPFS mirror",
 base="https://en.wikipedia.org/wiki/"))

R2.append(wp("wp-2016-tasmanian-energy-crisis", "2016 Tasmanian energy crisis",
 "http://piglix.com/piglix/2016_Tasmanian_energy_crisis",
 "The 2016 Tasmanian energy crisis was an ongoing energy storage situation in the state of Tasmania, Australia in "
 "2016. Two years of high volumes of energy exported to Victoria via the Basslink HVDC cable, followed by low "
 "rainfall, and a fault which rendered the cable inoperable, resulted in record low storage levels in Tasmania's "
 "hydro-electric system. This resulted in a number of contingency plans to be enacted by Hydro Tasmania and the "
 "Hodgman Government.\n\n"
 "Tasmania's electricity generation is primarily hydro-electric, having been gradually developed since 1914. As a "
 "result, the state is highly dependent on rainfall for electricity generation. An energy shortage in the 1960s "
 "resulted in the construction of the oil-fired Bell Bay Power Station. However, this station was only used as a "
 "contingency - as of 2015, hydro-electricity continued to be the primary generation method. The state was "
 "self-reliant until 2005, when the Basslink HVDC interconnector to Victoria was completed. Basslink was intended to "
 "both provide energy security, in case of drought; and provide renewable energy to Victoria, which relies heavily on "
 "coal as a fuel source.\n\n"
 "Tasmania's reliance on hydro-electricity was further increased by the decommissioning of the Bell Bay Power Station "
 "in 2009, and the mothballing of several units of its replacement, the gas-fired Tamar Valley Power Station, "
 "including considering selling parts of the station. Conversely, this reliance was reduced in part by the expansion "
 "of the Woolnorth wind farm in 2007 and the construction of the Musselroe wind farm in 2013.\n\n"
 "In July 2012, an Australian carbon pricing system came into effect, providing renewable electricity generators with "
 "a competitive advantage over greenhouse gas-emitting generators. The Abbott Government had promised the repeal of "
 "the scheme in the lead-up to the 2013 federal election, in which they were successful.",
 "electricity / supply", ["near-miss"],
 "The article as piglix.com (a Wikipedia copy batch 21b looked at) holds it, an older revision ('Woolnorth wind "
 "farm', 'Hodgman Government'): paragraph breaks doubled (whitespace only); cut after 'in which they were "
 "successful.', before 'Anticipating that the carbon pricing scheme would be short-lived, Hydro Tasmania "
 "capitalised by inc', where the excerpt breaks off (`truncated`). Copies on wikimili.com and informasilengkap.com "
 "hold a later revision with headings and citation markers; piglix's was used. Doubtful: piglix's own terms were not "
 "found in the page store. 2016 content: recorded 3.0. Near-miss: the Basslink cable's fault left it inoperable but "
 "the text tells no supply lost to anyone. Basslink, Hydro Tasmania, Tasmania, Bell Bay, Tamar Valley, Woolnorth, "
 "Musselroe: 0 in train/dev/test ('Hodgman': one test file by count, batch 18b's SEC official by this file).", "non-US",
 v3=True, copy_of="the Wikipedia article, via piglix.com"))

R2.append(wp("wp-hindalco-industries", "Hindalco Industries", "https://worddisk.com/wiki/Hindalco_Industries",
 "Hindalco Industries Limited an Indian aluminium and copper manufacturing company, is a subsidiary of the Aditya "
 "Birla Group. Its headquarters are at Mumbai, Maharashtra, India.\n\n"
 "The company is listed in the Forbes Global 2000 (2023) at 661st rank. Its market capitalisation by the end of "
 "November 2023 was US$15.6 billion.\n\n"
 "The Hindustan Aluminium Corporation Limited was established in 1958 by the Aditya Birla Group. In 1962 the company "
 "began production in Renukoot in Uttar Pradesh making 20 thousand metric tons per year of aluminium and 40 thousand "
 "metric tons per year of alumina. In 1989 the company was restructured and renamed Hindalco. Ramdev Singh was the "
 "first trade union leader of Hindalco Industries Limited, Renukoot.\n\n"
 "On 11 February 2007, the company entered into an agreement to acquire the American company Novelis for US$6 "
 "billion, making the combined entity the world's largest rolled-aluminium producer. At 2007 Novelis was the world's "
 "largest producer of rolled aluminium and a major recycler of aluminium cans. On 15 May 2007, the acquisition was "
 "completed with Novelis shareholders receiving $44.93 per outstanding share of common stock.\n\n"
 "Novelis operates as an independent subsidiary with its own leadership team and remains headquartered in Atlanta, "
 "Georgia. It is incorporated in Delaware.\n\n"
 "Hindalco, through its wholly owned subsidiary AV Metals Inc., acquired 75,415,536 common shares of Novelis, "
 "representing 100 per cent of the issued and outstanding common shares. Immediately after closing, AV Metals Inc. "
 "transferred the common shares of Novelis to its wholly owned subsidiary AV Aluminum Inc.",
 "metals", ["deal"],
 "The article as worddisk.com (a site that renders Wikipedia articles) holds it: the repeated page title lines, the "
 "short description ('Indian multinational aluminium manufacturing company'), the collapsed infobox line ('Quick "
 "Facts Company type, Traded as ...'), the headings ('History', 'Operations', 'Power plants', 'Novelis') and citation "
 "markers (with '[better source needed]') cut; kept as written: 'Hindalco Industries Limited an Indian' (no comma) "
 "and 'At 2007'; cut after 'AV Aluminum Inc.', before 'When Hindalco made this bid in 2007 this became the largest "
 "Indian investment in North America and the second-largest over', where the excerpt breaks off (`truncated`). An "
 "older piglix copy (2017) stops earlier. Doubtful: worddisk.com's own terms were not found in the page store. "
 "Content runs to 2023: recorded 4.0. Hindalco, Novelis, Aditya Birla, AV Metals, Renukoot: 0 in train/dev/test.",
 "non-US", copy_of="the Wikipedia article, via worddisk.com"))

R2.append(wp("wp-natarajan-chandrasekaran", "Natarajan Chandrasekaran",
 "https://en.wikipedia.org/wiki/Natarajan_Chandrasekaran",
 "Natarajan Chandrasekaran (born 2 June 1963) is an Indian business executive. He is the chairman of Tata Sons and "
 "Tata Group. He was chief operating officer (COO) and executive director of Tata Consultancy Services (TCS), where in "
 "2009, he became chief executive officer (CEO). He was also the chairman of Tata Motors and Tata Global Beverages "
 "(TGB). He became the first non-Parsi and professional executive to head the Tata Group. He has assumed the chair of "
 "B20 India and will lead the business agenda during India's G20 presidency.\n\n"
 "Chandrasekaran studied in a Tamil Medium Government school in Mohanur. He later received a Bachelor's degree in "
 "Applied Sciences from the Coimbatore Institute of Technology, Tamil Nadu. He earned his Master of Computer "
 "Applications (MCA) from the Regional Engineering College, Tiruchirappalli (now National Institute of Technology, "
 "Tiruchirappalli), in Tamil Nadu, India, in 1986. Joining TCS in 1987, Chandrasekaran took over as CEO on 6 October "
 "2009, prior to which he was COO and executive director of TCS. Chandrasekaran is a senior member of Institute of "
 "Electrical and Electronics Engineers (IEEE), and an active member of Computer Society of India and British Computer "
 "Society. He was nominated as the chairman of Indian IT industry body NASSCOM in April 2015.\n\n"
 "The Tata Sons board voted to remove Cyrus Mistry from the Chairmanship of Tata Sons on 24 October 2016.\n\n"
 "In July 2018, the National Company Law Tribunal (NCLT), issued a verdict in favour of Tata Sons on charges of "
 "mismanagement levelled by Mistry in 2016, two months following his ousting as chairman through a vote of "
 "non-confidence. On 10 July 2018, Mistry stated that he would appeal the decision.",
 "conglomerate / IT services", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Natarajan Chandrasekaran =' title line; a second "
 "rendering in the store with a longer infobox differs in a few words): the infobox lines (birthplace, occupation) "
 "and the headings ('Education and career', 'Career', '2018-2019 NCLAT verdicts') cut; kept as written: 'the "
 "National Company Law Tribunal (NCLT), issued'; cut after 'he would appeal the decision.', before 'In December "
 "2019, the NCLAT reinstated Mistry as the Chairper', where the excerpt breaks off (`truncated`). Undated rendering "
 "(content to 2023): recorded 4.0. Chandrasekaran, Tata Sons, Tata Consultancy Services, Tata Global Beverages, "
 "Cyrus Mistry: 0 in train/dev/test (an earlier batch looked for the Mistry removal and found no open text; Tata "
 "Motors: one dev file, the Corus job cuts; NASSCOM: one train file, Satyam).", "non-US"))

R2.append(wp("wp-haier", "Haier", "http://the-uncensored-wiki.com:20061/h/a/i/Haier.html",
 "Haier is a producer of household appliances (\"white goods\"), including air conditioners, laptops, refrigerators, "
 "etc. Its headquarters are in Qingdao, Shandong, China. They are now the third largest white goods manufacturer in "
 "the world. Haier Group reported sales of over $12 billion across all divisions in 2005.\n\n"
 "The Haier as we know now is generally officially founded on December 24, 1987 when Zhang Ruimin was nominated to be "
 "the general manager of the Qingdao Daily Appliances Factory, which is reported to be having 1.47 million yuan in "
 "negative equity. He was famous for having destroyed the first whole batch of refrigerators that came off his "
 "assembly line, unhappy with their quality. In the next year Qingdao concluded a joint-venture agreement with "
 "Liebherr which manufactured refrigerators under the name of Qingdao-Liebherr, and in 1986 the factory was renamed "
 "Qingdao General Refrigerator Factory. In 1991 the marque of Haier, which came from the last two syllabi of the "
 "Chinese transliteration of Liebherr, began to replace Qingdao-Liebherr.\n\n"
 "Haier established a US division in 1994, and opened its Hong Kong subsidiary in April 2005. It is listed on the "
 "Shanghai Stock Exchange and an index stock of the Dow Jones China 88 Index. The company is a worker-owned "
 "\"collective\", though there is some uncertainty about whether all shares are owned by current employees.\n\n"
 "In June 2005, Haier indicated interest in bidding to acquire Maytag Corporation, teaming up with private-equity "
 "fund Blackstone and Bain in bidding against Ripplewood Holdings.\n\n"
 "Haier has factories in five African countries: Tunisia, Nigeria, Egypt, Algeria and South Africa. Their United "
 "States manufacturing facility is located in Camden, South Carolina, on Haier Blvd. One factory is based in Italy.",
 "household appliances", ["deal", "leadership"],
 "The article as an old static copy of English Wikipedia (the-uncensored-wiki.com, a 2006 revision: 'From "
 "Wikipedia, the free encyclopedia') holds it: that line, the '[edit] External links' heading and its link lines, "
 "and citation markers cut; the Chinese names in brackets ('(Chinese: ...; pinyin: Hǎiěr)' after 'Haier', '(Chinese: "
 "...; pinyin: Qingdao-Libuhaier)' after 'Qingdao-Liebherr') cut, as batch 24b cut a Korean name; kept as written: "
 "the chronology as the revision gives it (founded 1987, renamed 1986), 'is generally officially founded', 'is "
 "reported to be having', 'syllabi', 'Their United States manufacturing facility'; the excerpt ends with 'One factory "
 "is based in Italy.' and the link list (`truncated`: the article's later revisions are longer). 2006 content: "
 "recorded 3.0 (the revision predates even 3.0's adoption in 2009; its text was relicensed with every revision). "
 "Doubtful: the site is an unofficial mirror; its terms were not found. Haier, Liebherr, Zhang Ruimin, Maytag, "
 "Ripplewood, Qingdao: 0 in train/dev/test.", "non-US", v3=True,
 copy_of="the Wikipedia article, a 2006 revision on an old static mirror"))


if __name__ == "__main__":
    write_all(R2 if "--part2" in sys.argv else R, POOL, dry="--dry" in sys.argv)
