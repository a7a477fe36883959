#!/usr/bin/env python3
"""Batch 24b (session 25, this session's out-of-sample check; helper gather25b): English Wikipedia articles (CC BY-SA)
and public-sector texts (European Commission CC BY 4.0; gov.uk, Open Government Licence v3.0) told as news — power
outages (Brazil's blackout of 15 August 2023 with the grid operator named; Hokkaido's blackout after the earthquake of
6 September 2018 with the utility named; Turkey's blackout of 31 March 2015 and southern Brazil's of 11 March 1999, no
operator named; Britain's Storm Eunice power cuts of February 2022 in the Business and Energy Secretary's
statement), company relations and leadership (Millicom's brands, founders and a take-over; Krafton and Bluehole with
their games, founder and chief executive; Ladbrokes Coral owned by Entain, its founders and history; Flutter
Entertainment's brands, a purchase and its chief executives), leadership (a former HSBC chief executive
appointed to head the UK Infrastructure Bank) — and a near-miss (the Commission on Adobe and Figma abandoning their
deal, 2023). Wikinews was left to helper gather25a (batch 24a).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Part 2 (R2, written with --part2): a genomics company's data leak, no service lost (23andMe, October 2023), a second
near-miss gathered after part 1 was committed and first-looked.
usage: batch24b.py [POOL_DIR] [--dry] [--part2]   (default /tmp/gather25b-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp
from batch18b import rec, OGL, ogl
from batch10 import EC as EC_LIC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather25b-tmp/pool"
EC_COPY = "European Commission statement, copy on a third-party site (page store)"
GOV = "UK government (gov.uk) text (page store)"
GOV_COPY = "UK government press release, copy on a third-party site (page store)"



R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-2023-brazil-blackout", "2023 Brazil blackout", "https://en.wikipedia.org/wiki/2023_Brazil_blackout",
 "The 2023 Brazil blackout was a power outage that occurred across Brazil on 15 August 2023 at 8:30 Brasília Time "
 "(UTC−03:00). It interrupted approximately 19 gigawatts of electric load, which was approximately 27% of the total "
 "load at that moment.\n\n"
 "According to the (Operador Nacional do Sistema Elétrico, ONS), the blackout occurred due to the opening of the wide "
 "area synchronous grid between the North and Southeast regions of Brazil, in a 500 kilovolt circuit near Imperatriz, "
 "Maranhão. The exact cause of the blackout is currently unknown and under investigation.\n\n"
 "The Minister of Mines and Energy, Alexandre Silveira, created a crisis chamber for investigating the cause of the "
 "blackout.\n\n"
 "Silveira asked the Federal Police (PF) and the Brazilian Intelligence Agency (ABIN) to investigate whether the "
 "blackout was caused by human action.\n\n"
 "The blackout affected the Federal District and all states of Brazil, except Roraima which As of 2023 is not yet "
 "connected to the National Interconnected System.\n\n"
 "The North region was most affected by the blackout, with a 83.8% drop in power supply, followed by the Northeast "
 "region, with a 44.4% drop.\n\n"
 "Subways in Brazil were interrupted by the blackout. In São Paulo, five lines were disrupted. The 4-Yellow subway "
 "line operated between 8:30 and 9:25 Brasília Time (UTC−03:00) with reduced speed. Passengers in São Paulo subways "
 "were oriented by sound warnings and by support and security agents. In Salvador, Bahia, the subway line stopped and "
 "passengers had to leave the trains and walk on the subway lines.\n\n"
 "In Amapá, the supply of water was suspended due to the blackout.\n\n"
 "In Manaus, all schools were affected by the blackout and dismissed students at 8:30 Amazon Time (UTC−04:00) on 15 "
 "August 2023.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2023 Brazil blackout =' title line): the headings "
 "('Cause', 'Affected areas', 'Impact', 'Subways', 'Water', 'Schools') cut; kept as written: 'According to the "
 "(Operador Nacional do Sistema Elétrico, ONS)' (the English name a template gave is missing in the rendering) and "
 "'which As of 2023 is not yet' (an 'As of' template's text); cut after 'on 15 August 2023.', before the heading "
 "'Internet and telecommunications' and 'The blackout caused Internet and telecommunication services in Brazil to go "
 "dow', where the excerpt breaks off (`truncated`). Undated rendering (its content runs to 2023): recorded 4.0. "
 "Operador Nacional, Imperatriz, Alexandre Silveira: 0 in train/dev/test (Brazil: other events).", "non-US"))

R.append(wp("wp-2015-turkey-blackout", "2015 Turkey blackout", "https://en.wikipedia.org/wiki/2015_Turkey_blackout",
 "The 2015 Turkey blackout was a widespread power outage that occurred in almost all parts of Turkey in the morning "
 "of Tuesday, 31 March 2015.\n\n"
 "The Turkish electric authority regularly performs maintenance in the spring in preparation for high electricity "
 "demand during the summer. The spring rains also left hydropower plants in Eastern Turkey with a surplus of power, "
 "which is then exported to the population centers in Western Turkey. At the time of the blackout, sufficiently many "
 "transmission lines and capacitor banks had been removed from service that the system was no longer in an "
 "(n-1)-secure state. When the Osmanca – Kurşunlu line tripped, the remaining East-West connections failed. The "
 "electric system in Turkey split in half at CET 09:36:11 and separated from the Central European (CE) synchronous "
 "zone, i.e. connecting lines to Greece and Bulgaria also tripped. This was the reason that the disturbances only had "
 "effects in Turkey and did not cascade to neighbouring countries.\n\n"
 "The two parts inside Turkey behaved differently. The Western part suffered from a lack generation (21%) and "
 "frequency went down. Load shedding schemes did stabilize the frequency, but as some power plants in Turkey did not "
 "cope with running at reduced frequency, additional power was lost and resulted in a blackout of the Western part. "
 "The Eastern part suffered from hydropower oversupply (41%) that wasn't able to flow westward. The Eastern part was "
 "accelerated by ca. 1.6 Hz/s and culminated at 52.3 Hz.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2015 Turkey blackout =' title line): the infobox "
 "lines ('Infobox', title, native name, time '31 March 2015 10:26:24 EET', duration '8 hours', location, type, cause, "
 "outcome, reported deaths/injuries/missing/damage, publication bans) cut with the infobox as every Wikipedia text of "
 "the corpus; kept as written: 'a lack generation'; cut after 'culminated at 52.3 Hz.', before 'Power plants trip', "
 "where the excerpt breaks off (`truncated`). Undated rendering: recorded 4.0. No operator is named (only 'The "
 "Turkish electric authority'). TEİAŞ/TEIAS, Osmanca, Kurşunlu: 0 in train/dev/test (Turkey: other events).",
 "non-US"))

R.append(wp("wp-1999-southern-brazil-blackout", "1999 Southern Brazil blackout",
 "https://en.wikipedia.org/wiki/1999_Southern_Brazil_blackout",
 "The 1999 Southern Brazil blackout was a widespread power outage (the largest ever at the time) that started in "
 "Brazil on 11 March 1999.\n\n"
 "The blackout involved São Paulo, Rio de Janeiro, Minas Gerais, Goiás, Mato Grosso, Mato Grosso do Sul and Rio "
 "Grande do Sul, affecting an estimated 75 to 97 million people. A chain reaction was started when a lightning strike "
 "occurred at 22h 16m at an electricity substation in Bauru, São Paulo State causing most of the 440kV circuits at the "
 "substation to trip. Brazil was undergoing a severe investment crisis during 1999, which limited spending on "
 "maintenance and expansion of the power grid. With few routes for the power to flow from the generating stations via "
 "the 440kV system (a very important system to São Paulo state, carrying electricity generated by the Paraná river) "
 "many generators automatically shut down because they did not have any load. The world's biggest power plant at the "
 "time, Itaipu, tried to support the load that was no longer being supplied by the 440kV power plants, but the 750kV "
 "AC lines and the 600kV DC lines that connected the plant to the rest of the system could not take the load and "
 "tripped too.\n\n"
 "South of São Paulo the consumers experienced an overfrequency, caused because they had more generation than load, "
 "mostly because Itaipu was now connected only to this sub-system, but that problem was automatically solved by all "
 "generators in the area, that reduced their loads.\n\n"
 "The rest of the system experienced a much bigger problem, an underfrequency, since the system had a lot of load and "
 "not enough generation capacity. Some generators tripped because of the overfrequency, which aggravated the problem, "
 "and after an automatic rejection of 35% of the sub-system load the underfrequency did not go away. This caused the "
 "system to break in many pieces, São Paulo and Rio de Janeiro states were split with a few areas remaining online.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 1999 Southern Brazil blackout =' title line); cut "
 "after 'a few areas remaining online.', before 'Most of the Minas Gerais system remained onli', where the excerpt "
 "breaks off (`truncated`). (A wikimili.com copy of an older revision says 'started in Brazil on March 11 and lasted "
 "until June 22, 1999'; the en.wikipedia.org rendering was used.) Undated rendering: recorded 4.0. No operator is "
 "named. Bauru: 0 in train/dev/test; Itaipu and 'Southern Brazil' match one dev file, the 2009 blackout (another "
 "event; the dev file does not mention 1999).", "non-US"))

R.append(wp("wp-2018-hokkaido-eastern-iburi-earthquake", "2018 Hokkaido Eastern Iburi earthquake",
 "http://www.mobilestec.com/japan-earthquake/",
 "An earthquake measuring 6.6 MW on the moment magnitude scale struck Iburi Subprefecture in southern Hokkaido, "
 "Japan, on 6 September 2018 at 3:08 a.m. Japan Standard Time. The earthquake’s epicenter was near Tomakomai and "
 "occurred at a depth of 33.4 kilometres (20.8 mi). The Japan Meteorological Agency (JMA) registered a magnitude of "
 "6.7 Mj and a maximum intensity of 7 on the shindo scale. Shaking from the earthquake was felt strongly in Hokkaido "
 "and Aomori Prefecture. The earthquake disrupted electrical service throughout Hokkaido, leaving 5.3 million "
 "residents without power. Reports state that nine people died, seven have no vital signs, 366 people were injured, "
 "and 21 remain missing as a result of the quake.\n\n"
 "The earthquake cut power to all 2.95 million households in Hokkaido. This was because Hokkaido Electric Power "
 "Company’s coal-fired power plant in Atsuma was heavily damaged in the earthquake. The damage to the plant caused an "
 "imbalance in the supply and demand of electricity throughout Hokkaido; this resulted in the blackout. By 6:30 p.m. "
 "JST on the day of the earthquake, power was restored to 340,000 households in Hokkaido. All flights to New Chitose "
 "Airport were cancelled on the day of the quake. NHK World-Japan announced the airport resumed business at 11:00 a.m. "
 "JST the day after the quake. All public transport, including rail, subway, and bus services was shut down in "
 "Hokkaido Prefecture due to the loss of electricity and damages. Hospitals were forced to function on emergency "
 "backup power, due to the blackout.\n\n"
 "The earthquake caused many roads in Hokkaido to become impassable. Some roads were blocked by debris from "
 "landslides, others were destroyed by soil liquefaction as far away from the epicenter as Kiyota-ku, Sapporo. Near "
 "the earthquake’s epicenter in Atsuma, emergency services could not take emergency calls after the quake due to the "
 "heavy damage.",
 "electricity / earthquake", ["outage"],
 "The lead and the start of 'Damage and effects' of the Wikipedia article as mobilestec.com (a blog page titled "
 "'Japan Earthquake' that reproduces the article's text without naming it) holds them: the page title and the "
 "article's title line ('2018 Hokkaido Eastern Iburi earthquake') and the heading 'Damage and effects' cut; a space "
 "restored in 'Prefecture.The' and 'blackout.By' where the copy joined paragraphs (whitespace only); the excerpt "
 "ends at 'heavy damage.' (`truncated`: the article continues). Doubtful: the copy does not attribute Wikipedia and "
 "the site's own terms were not found in the page store; the text is the Wikipedia article's (attributed to "
 "Wikipedia contributors via the copy, as batch 23b's theinfolist copy). Undated rendering (2018 content): recorded "
 "4.0. Hokkaido, Iburi, Tomakomai, Atsuma, New Chitose: 0 in train/dev/test.", "non-US",
 copy_of="the Wikipedia article, unattributed on the copy"))

t = "Statement from Business and Energy Secretary Kwasi Kwarteng on Storm Eunice"
u = "https://www.gov.uk/government/speeches/statement-from-business-and-energy-secretary-kwasi-kwarteng-on-storm-eunice"
R.append(rec("gov-uk-beis-kwarteng-storm-eunice-power-statement-2022", u, "2022-02-21", t, OGL,
 f"Department for Business, Energy and Industrial Strategy, '{t}' (21 February 2022), Crown copyright, contains public "
 f"sector information licensed under the Open Government Licence v3.0; text as at {u}",
 "The Secretary of State for Business, Energy and Industrial Strategy, Kwasi Kwarteng, has given a statement to "
 "Parliament in response to the impact of Storm Eunice.\n\n"
 "With your permission, Sir, I would like to make a statement on the electricity disruptions as a result of Storm "
 "Eunice, and set out exactly how we’re working to ensure power is restored to people’s homes as quickly as "
 "possible.\n\n"
 "Storm Eunice, as everybody knows, brought severe weather, including wind gusts of up to 122mph - among the highest "
 "speeds ever recorded in England.\n\n"
 "The Met Office took the unprecedented step of issuing a double red weather warning for Friday.\n\n"
 "Ensuing hurricane-force winds have caused extensive damage to buildings and trees. They’ve also caused power "
 "outages, and widespread travel delays.\n\n"
 "After a day of disruption caused by Storm Eunice on Friday, last night, Storm Franklin made landfall.\n\n"
 "And it must be remembered that in this difficult time, four people have tragically lost their lives in incidents "
 "related to storms. My thoughts - and, I’m sure, the thoughts of the whole House - are with the families and friends "
 "of those who have lost loved ones.\n\n"
 "The Met Office estimates that further strong gusts today, though not on the same scale as Storm Eunice, will "
 "occur.\n\n"
 "Some people - particularly in the South and East of England - have been without power for more than 72 hours.\n\n"
 "I want to reassure them that we have dedicated teams of engineers working night and day to get them reconnected as "
 "soon as possible.\n\n"
 "Continuing poor weather conditions have hampered those efforts, but I’m pleased to say that as of now, over 98% of "
 "those affected by storms - over 1.4 million customers - have had their power supply restored so far.\n\n"
 "However, as of 16:00 today, there are still just under 30,000 households who are without power.",
 "electricity / storm", "UK", "outage",
 "The statement as gov.uk renders it in the page store: the page heading kept as title; its summary line kept as the "
 "first paragraph; cut after 'who are without power.', before 'Today, my Right Honourable Friend, the member for "
 "Chelsea and Fulham, has been in Sevenoaks in', where the excerpt breaks off (`truncated`). Date: not in the "
 "excerpt; 21 February 2022 is the Monday the statement was made to the Commons (Storm Eunice struck on Friday 18 "
 "February, Storm Franklin made landfall on the night of Sunday 20 February; news reports of 21 February quote its "
 "'as of 4pm on Monday' figure) — doubtful only as not read on the page. No network operator is named. Eunice, "
 "Franklin, Kwarteng: 0 in train/dev/test (Storm Arwen, a different storm, is in one train file).", GOV))

# ---- company relations and leadership -----------------------------------------------------------------------------
R.append(wp("wp-millicom", "Millicom", "https://www.hubbry.com/Tigo",
 "Millicom International Cellular SA is a Luxembourgish fixed line and mobile telecommunications services provider "
 "operating in Latin America operating under the Tigo brand. Its main shareholder is Xavier Niel, a French billionaire "
 "who owns 40% of the company.\n\n"
 "As of March 31, 2025, Millicom operating subsidiaries and joint ventures employed more than 14,000 people and "
 "provided mobile services to approximately 46 million customers, with a cable footprint of more than 14 million homes "
 "passed.\n\n"
 "Millicom International Cellular SA was established on 14 December 1990, by Shelby Bryan, Jan Stenbeck, Telma Sosa, "
 "and Olvin Galdamez, combining the cellular telephone properties owned by Industriförvaltnings AB Kinnevik and "
 "Millicom Incorporated. Millicom is headquartered in Luxembourg with a United States corporate office in Miami. "
 "Through the Tigo and Tigo Business brands, Millicom provides digital services, including high-speed data, "
 "broadband, mobile, cable TV, voice and SMS, Mobile Financial Services, and business communications. Millicom "
 "operates in nine Latin American markets, including Bolivia, Colombia, Costa Rica, El Salvador, Guatemala, Honduras, "
 "Nicaragua, Panama and Paraguay.\n\n"
 "After two years of planning, the company began operations when the founders completed a $131,000 share purchase in "
 "May 1982. The firm took over paging company Meta Systems in October 1982 and then raised $9 million in its first "
 "round of financing, managed by chief executive officer, Orhan Sadik-Khan and Kevin Kimberlin. Since 92% of the world "
 "population had no phone service at the time, Millicom promoted mobile technology on a global basis.",
 "telecommunications", ["relations", "leadership"],
 "The article as hubbry.com ('community hub' for the Wikipedia article, reached through its Tigo redirect) holds it: "
 "the hub's header lines ('Hubbry Logo', the page title repeated, 'Open search', 'Community hub', '8 pages, 0 posts', "
 "'0 subscribers', 'Be the first to start a discussion here.' twice, 'from Wikipedia'), 'Key Information', the "
 "'History' heading with its '[edit]' link and the logo caption ('Tigo logo used since 2004') cut; cut after 'on a "
 "global basis.', before 'To do this, Millicom created joint-vent', where the excerpt breaks off (`truncated`). (The "
 "en.wikipedia.org rendering in the store has the same lead with 'As of March 2025' and breaks off earlier.) The text "
 "runs to 2025: recorded 4.0. Millicom, Kinnevik, Meta Systems, Sadik-Khan: 0 in train/dev/test; Xavier Niel: 1 test "
 "file (by count only; Millicom is not in it).", "non-US", copy_of="the Wikipedia article, via hubbry.com"))

R.append(wp("wp-krafton", "Krafton", "https://profilpelajar.com/en/Krafton",
 "Krafton Inc. is a South Korean video game publisher and holding company based in Bundang District, Seongnam. It was "
 "created in November 2018 to serve as the parent company for Bluehole, founded by Chang Byung-gyu in Seoul in March "
 "2007, and its subsidiaries. The company has published several notable video game titles including TERA, PUBG: "
 "Battlegrounds, New State Mobile,The Callisto Protocol and Moonbreaker. According to Forbes, Chang has a net worth of "
 "$2.9 billion and is one of the seven gaming billionaires in South Korea.\n\n"
 "Following the success of PUBG which had led to both investment from Tencent Holdings and expansion and acquisition "
 "of studios, Bluehole opted to establish Krafton on 5 November 2018 to serve as a holding company for its video game "
 "properties. \"Krafton\" was selected based on the names of craft guilds of the Middle Ages. Kim Chang-han, the CEO of "
 "the PUBG Corporation (current PUBG Studios) that developed PlayerUnknown's Battlegrounds, was named as CEO for "
 "Krafton.\n\n"
 "The company announced its plans to file for an initial public offering in July 2021, filing its initial approval "
 "for listing on the Korea Stock Exchange in April 2021. The firm plans to raise ₩5.6 trillion (US$5 billion) at a "
 "market valuation of ₩30 trillion (US$27.2 billion). The IPO was held on 10 August 2021; while its value dropped by "
 "8.8% from the original asking price at the end of trading, it still ended with Krafton being valued at US$19.32 "
 "billion.\n\n"
 "Bluehole has acquired several development studios since its founding. On 5 November 2018, all subsidiaries were "
 "reorganized under one parent company: Krafton Game Union.\n\n"
 "Bluehole Studio was founded in Seoul in March 2007 by Chang Byung-gyu. Chang previously established Neowiz in 1997, "
 "along seven other co-founders, moved on to found search engine developer First Snow in 2005, and sold that venture "
 "in 2006.",
 "video games", ["relations", "leadership"],
 "The article as profilpelajar.com (a Wikipedia copy) holds it: the Korean name in brackets after 'Krafton Inc.' "
 "('(Korean: 주식회사 컴퍼니 크래프톤)') cut with the space before it, the headings ('History', 'Subsidiaries', "
 "'Bluehole Studio') and citation markers cut; kept as written: 'New State Mobile,The Callisto Protocol' (no space) "
 "and 'The firm plans to raise' (the revision's tense); cut after 'sold that venture in 2006.', before 'The company "
 "ann', where the excerpt breaks off (`truncated`). The text names Moonbreaker (2023): recorded 4.0. (An "
 "enwikipedia.net copy of an older revision holds the lead only.) Krafton, Bluehole, PUBG, Chang Byung-gyu, Neowiz: 0 "
 "in train/dev/test (Tencent: other events).", "non-US", copy_of="the Wikipedia article"))

R.append(wp("wp-ladbrokes-coral", "Ladbrokes Coral", "https://www.hubbry.com/Vernons",
 "Ladbrokes Coral is a British gambling company. Its product offering includes sports betting, online casino, online "
 "poker, and online bingo. The Ladbrokes portion of the group was established in 1886, and Coral in 1926. In November "
 "2016, the companies merged to create Ladbrokes Coral Group. Since March 2018, it has been owned by Entain. Prior to "
 "its sale, Ladbrokes Coral was listed on the London Stock Exchange, and was a member of the FTSE 250 Index.\n\n"
 "The company was founded by Messrs. Schwind and Pennington in 1886, as commission agents for horses trained at "
 "Ladbroke Hall in Warwickshire. The name Ladbrokes was adopted in 1902, when Arthur Bendir joined the partnership, "
 "and operations were moved to London.\n\n"
 "Ladbrokes' London offices were first in the vicinity of the Strand, moved to Hanover Square in 1906 and, in 1913, to "
 "Six Old Burlington Street, Mayfair. From 1913 to 1956, Ladbrokes' clientele was exclusively drawn from the British "
 "aristocracy and upper classes, many of whom were members of the elite gentlemen's clubs in the St James's area of "
 "Central London.\n\n"
 "Unusually for the times, Ladbrokes' principal longtime representative on British racecourses was a woman, Helen "
 "Vernet. Having joined the firm in 1919, she was made a partner in 1928 and remained with the firm until shortly "
 "before her death in 1956, at the age of 80.\n\n"
 "Following the end of World War II, Ladbrokes' fortunes were in steady decline, thanks to an austere postwar economic "
 "climate, a dwindling client base, and reluctance to change the firm's specialised approach to bookmaking. As a "
 "result, in 1956 the company was acquired by Mark Stein and his nephew Cyril Stein for a reported £100,000.\n\n"
 "In 1961, the government legalised betting shops under the Betting and Gaming Act.",
 "gambling", ["relations"],
 "The article as hubbry.com holds it (reached through its Vernons redirect): the hub's lines ('Recent from talks', "
 "'Nothing was collected or created yet.', 'View on Wikipedia', 'Key Information'), the 'History' heading with its "
 "'[edit]' link and citation markers cut; cut after 'the Betting and Gaming Act.', before 'As managing director, Stein "
 "used profits from the business's traditional areas to establish a chai', where the excerpt breaks off "
 "(`truncated`). The text runs past March 2018 (Entain, the name since 2020): recorded 4.0. Ladbrokes, Entain, Gala "
 "Coral: 0 in train/dev/test.", "UK", copy_of="the Wikipedia article, via hubbry.com"))

R.append(wp("wp-flutter-entertainment", "Flutter Entertainment",
 "https://en.wikipedia.org/wiki/Flutter_Entertainment",
 "Flutter Entertainment plc (formerly Paddy Power Betfair plc) is a bookmaking business created by the merger of "
 "Paddy Power and Betfair. It is listed on the London Stock Exchange, and is a constituent of the FTSE 100 Index. It "
 "operates under various brands including Betfair, Paddy Power, Sportsbet, TVG and FanDuel.\n\n"
 "Paddy Power and British rival Betfair agreed terms for a merger on 8 September 2015. The business is owned 52% by "
 "the former Paddy Power shareholders and 48% by the former Betfair shareholders. The merger was completed on 2 "
 "February 2016. On 5 April 2016, it was announced that 650 jobs in United Kingdom and Ireland would be lost at the "
 "company.\n\n"
 "On 18 October 2016, the company paid out $1.1M to those who bet on Hillary Clinton in the presidential election in "
 "the United States, citing a certainty of Clinton's victory. Trump won. In May 2017, it acquired daily fantasy sports "
 "operator Draft. In August 2017, it was announced that Peter Jackson, CEO of Worldpay UK would succeed Breon Corcoran "
 "as CEO of Paddy Power Betfair.\n\n"
 "In March 2018, the company announced that it would be implementing an electronic self exclusion process through its "
 "in shop app. The new system will replace the current paper based process, and will be implemented across the "
 "United Kingdom.\n\n"
 "In May 2018, Paddy Power Betfair announced its intent to acquire FanDuel, one of the two leading daily fantasy "
 "sports operators in the United States.",
 "gambling", ["relations", "leadership"],
 "An older revision (2019, by its content: the name Flutter and its 2018 figures, before The Stars Group's purchase) "
 "as en.wikipedia.org renders it in the page store: 'From Wikipedia, the free encyclopedia', 'Jump to navigation Jump "
 "to search', the infobox lines (type, 'Traded as', FTSE 100 component, predecessors, founded, headquarters, key "
 "people, brands, revenue and income figures, employees) and citation markers cut; cut after 'in the United States.', "
 "before 'The deal was part of an effort to bolster the company's assets in t', where the excerpt breaks off "
 "(`truncated`). Recorded 3.0 (a revision before June 2023). Flutter, Paddy Power, Betfair, Breon Corcoran, Worldpay: "
 "0 in train/dev/test (FanDuel: 1 train file, another event).", "non-US", v3=True))

t = "John Flint appointed Chief Executive Officer of the UK Infrastructure Bank"
u = "http://government-world.com/author/hm-government/page/5564/?print=print-search"
R.append(rec("gov-uk-hmt-john-flint-uk-infrastructure-bank-ceo-2021", u, "2021-09-01", t, OGL,
 ogl("HM Treasury", t, "1 September 2021", u),
 "Chancellor Rishi Sunak appoints John Flint as first permanent Chief Executive of the UK Infrastructure Bank "
 "(UKIB).\n\n"
 "He will lead the organisation to support regional growth and tackle climate change.\n\n"
 "The UKIB opened in June to accelerate investment in ambitious infrastructure projects in sectors including clean "
 "energy, transport, digital, water and waste.\n\n"
 "The Chancellor Rishi Sunak has put John Flint, former CEO of HSBC, at the helm. He will be tasked with leading the "
 "UKIB to accelerate investment into ambitious infrastructure projects that cut emissions and help level up every "
 "part of the UK.\n\n"
 "Born in Yorkshire, Mr Flint is committed to UKIB’s levelling up agenda, and will be based at the institution’s "
 "headquarters in Leeds. He most recently held the role of Group Chief Executive of HSBC, a company where he spent 30 "
 "years. He first joined as a graduate trainee in 1989 before holding various senior leadership positions across the "
 "business including as Chief Executive of Global Asset Management, Group Treasurer and Deputy Head of Global "
 "Markets.\n\n"
 "First announced by the Chancellor alongside the Spending Review, the UKIB will help finance important projects in "
 "every region and nation of the UK in sectors including clean energy, transport, digital, water and waste.\n\n"
 "The UKIB will receive an initial £12 billion of capital and will be able to issue a further £10 billion of "
 "government guarantees, helping to unlock more than £40 billion of investment overall.\n\n"
 "The Chancellor of the Exchequer Rishi Sunak said:\n\n"
 "I am delighted to appoint John Flint as the first permanent CEO of the UK Infrastructure Bank. This is an important "
 "milestone for the Bank in its efforts to tackle climate change and level up, while creating new opportunities "
 "across the UK as part of our Plan for Jobs .",
 "banking / public sector", "UK", "leadership",
 "The HM Treasury press release as government-world.com (an aggregator of government feeds, on its 'HM Government' "
 "author page, print view) reproduces it (gov.uk content is under the Open Government Licence v3.0): the heading kept "
 "as title; the three summary bullets ('•') left out, each kept as its own paragraph; kept as written: 'Plan for Jobs "
 ".' (a space before the full stop, where a link was); cut after it, before 'Mr Flint brings outstanding financial "
 "and management expertise which will be crucial to leading the', where the excerpt breaks off (`truncated`). Date: "
 "not in the excerpt; 1 September 2021 is the day the Treasury announced the appointment (news reports of that day "
 "quote the release) — doubtful only as not read on the copy. John Flint, UK Infrastructure Bank: 0 in train/dev/test "
 "(HSBC: other events).", GOV_COPY))

# ---- near-miss: a deal abandoned (Commission) -----------------------------------------------------------------------
t = "Statement by Executive Vice-President Vestager on announcement by Adobe to abandon the acquisition of Figma"
u = "https://ieu-monitoring.com/editorial/eu-statement-on-adobe-announcement-to-abandon-figma-acquisition/424427"
R.append(rec("ec-adobe-figma-abandonment-statement-2023", u, "2023-12-18", t, EC_LIC,
 f"© European Union, European Commission, statement '{t}' (Brussels, 18 December 2023); reuse authorised under CC BY "
 f"4.0; text as reproduced at {u}",
 "The Commission takes note of Adobe’s and Figma’s decision to terminate their agreement according to which Adobe "
 "intended to acquire sole control over Figma. This marks the end of the Commission’s investigation into this "
 "transaction.\n\n"
 "The abandonment follows the findings of the Commission’s in-depth investigation and the sending of a Statement of "
 "Objections on 17 November 2023.\n\n"
 "Executive Vice-President Margrethe Vestager, in charge of competition policy, said:\n\n"
 "“Adobe and Figma are both leading global software companies. Adobe and Figma compete today in the market for "
 "interactive product design software. Interactive product design software is used to design websites, mobile "
 "applications, and other digital products.”\n\n"
 "Furthermore, in the future, Figma might develop into a competitor to Adobe in vector and raster editing. Vector "
 "editing tools and raster editing tools are products used by millions of users every day to create and edit photos "
 "and graphic illustrations.\n\n"
 "Both companies have proven to be successful and innovative. Figma is the clear market leader in interactive product "
 "design software and Adobe in vector and raster editing tools with its Illustrator and Photoshop software. By "
 "combining these two companies, the proposed acquisition would have terminated all current and prevented all future "
 "competition between them. Our in-depth investigation showed that this would lead to higher prices, reduced quality "
 "or less choice for customers.\n\n"
 "It is important in digital markets, as well as in more traditional industries, to not only look at current "
 "overlaps but to also protect future competition. This applies in particular to transactions by which large, "
 "established companies acquire successful disruptive innovators. We take note of Adobe’s  and Figma’s decision to "
 "abandon their deal.”",
 "software / competition", "EU", "deal,near-miss",
 "The Commission's statement as ieu-monitoring.com (a monitoring service that reproduces EU institutions' texts) holds "
 "it: the site's date line ('Wed. Sep 18th, 2024') cut; the heading kept as title and the dateline 'Brussels, 18 "
 "December 2023' kept as `published`; the quotation marks as the copy has them (a closing mark after the first "
 "paragraph of the quotation) and the double space in 'Adobe’s  and' kept as written; the statement ends with the "
 "quotation; the excerpt's next item ('Mo...') cut (`truncated`). Near-miss: an abandoned acquisition (GUIDELINES: "
 "abandoned deals -> nothing). Figma: 0 in train/dev/test; Adobe: 3 train and 1 dev files (other events).", EC_COPY))

# ---- part 2 (gathered after part 1 was annotated, committed and first-looked; written with --part2) -----------------
R2 = []
R2.append(wp("wp-23andme-data-leak", "23andMe data leak", "https://en.wikipedia.org/wiki/23andMe_data_leak",
 "The 23andMe data leak was a data breach at personal genomics company 23andMe reported in October 2023. The "
 "cyberattack gathered profile and ethnicity information from millions of users. The affected customers were reported "
 "to be not only primarily Ashkenazi Jews but also including hundreds of thousands of ethnically Chinese users. The "
 "hacker(s) stole information customers had chosen to share with their DNA matches, which could include their name, "
 "profile photo, birth year, location, family surnames, grandparents' birthplaces, ethnicity estimates, mitochondrial "
 "DNA haplogroup, Y-chromosome DNA haplogroup, link to external family tree, and any text content a customer had "
 "optionally included in their \"About\" section. On October 6, 2023, the company confirmed that the hacker(s) had "
 "illicitly accessed data on approximately 6.9 million users.\n\n"
 "In October 2023, Wired reported that a sample of data points from 23andMe accounts were exposed on BreachForums, a "
 "black-hat hacking crime forum.\n\n"
 "23andMe confirmed to TechCrunch that because of an opt-in feature that allows DNA-related relatives to contact each "
 "other, the true number of people exposed was 6.9 million, nearly half of 23andMe’s 14 million reported customers.\n\n"
 "One batch of data was advertised on a hacking forum as a list of Ashkenazi Jews, and another as list of people of "
 "Chinese descent, sparking concerns about targeted attacks.\n\n"
 "In October 2023, a hacker known as Golem claimed to have hijacked the profile information of millions of users from "
 "23andMe. The attack, acknowledged by the company, was a result of hacking techniques including 'credential stuffing' "
 "to gain unauthorised access to the profile information of millions of users. Celebrities were named in the "
 "allegedly hacked data entries, including Elon Musk and Mark Zuckerberg. The compromised data included personal "
 "information on user profiles, raising concerns about privacy.",
 "genomics / data breach", ["near-miss"],
 "The article as en.wikipedia.org renders it in the page store ('= 23andMe data leak =' title line): the headings "
 "('Background', 'Attack') cut; kept as written: 'as list of people' and 'unauthorised'; cut after 'raising concerns "
 "about privacy.', before the heading 'Investigations & legal act', where the excerpt breaks off (`truncated`). "
 "Undated rendering (content of late 2023): recorded 4.0. Near-miss: a data breach with no service said lost. "
 "23andMe, BreachForums, TechCrunch: 0 in train/dev/test.", "US"))


if __name__ == "__main__":
    write_all(R2 if "--part2" in sys.argv else R, POOL, dry="--dry" in sys.argv)
