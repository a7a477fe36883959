#!/usr/bin/env python3
"""Batch 29a (session 30, this session's out-of-sample check; helper gather30a): English Wikipedia biographies (CC
BY-SA) of business executives, part 4 (after batches 27a, 27e and 28a), told as news — roles, the weak kind on new
text: posts at several companies, current against former posts, successions, founders, chairs, chief executives and
board posts, with company relations where the text gives them. Three women and seven men from the Philippines,
Brazil, Mexico, South Africa, Japan, Russia, Turkey, Australia, Italy and (one of ten) the US: Teresita Sy-Coson (SM
Investments, BDO Unibank and its subsidiaries, SM Prime Holdings), Abílio Diniz (Grupo Pão de Açúcar, BRF, Casino
Group, Casas Bahia), Ricardo Salinas Pliego (Grupo Salinas, Grupo Elektra, TV Azteca, Iusacell, Unefon), Indra Nooyi
(PepsiCo, three boards, two earlier employers), Johann Rupert (Richemont, Remgro, VenFin, Rand Merchant Bank, the
Rembrandt Group, Rothmans), Kaz Hirai (Sony and its entertainment units), Alexei Mordashov (Severstal, Cherepovetskiy
Metallurgical Plant), Rahmi Koç (Koç Holding, its chairs and its joint ventures), Frank Lowy (Westfield, Scentre
Group), Marina Berlusconi (Fininvest, Mondadori). One part: all ten texts were gathered before any was annotated.
Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page), cut at the last full
sentence before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch29a.py [POOL_DIR] [--dry]   (default /tmp/gather30a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather30a/pool"

R = []
# ---- Asia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-teresita-sy-coson", "Teresita Sy-Coson", "http://cryer.org.uk/Teresita_Sy_Coson",
 "Teresita Tan Sy-Coson (born October 1950) is a Filipina businesswoman, the daughter of Henry Sy. The vice "
 "chairwoman of SM Investments Corporation (SMIC)—one of the Philippines' largest publicly-traded holding companies "
 "with interests in retail, banking, property and portfolio investments, She is also the chairwoman of BDO Unibank, "
 "Inc. (BDO), the Philippines' largest bank in terms of total resources, capital, loans, total deposits, and "
 "assets-under-management as of the end of 2015.\n\n"
 "Apart from these two key positions, Sy-Coson also holds important board and management positions in various "
 "subsidiaries and affiliates of BDO and the SM Group. These include BDO Private Bank, Inc.; BDO Leasing and Finance, "
 "Inc.; BDO Capital & Investment Corporation; and BDO Foundation, Inc. For the SM Group side, she is an integral "
 "figure as adviser to the Board of SM Prime Holdings, Inc. She is also part of the three-member Philippine "
 "delegation to the ASEAN Business Advisory Council (ABAC), an organization formed in 2003 by the leaders of ASEAN to "
 "provide private sector feedback and guidance to boost the alliance's efforts towards economic integration.\n\n"
 "Over the years, Sy-Coson has been a recipient of various awards in recognition of her leadership in the banking "
 "and retail sectors.",
 "conglomerates and banking (leadership)", ["leadership"],
 "The article as a copy site renders it in the page store (cryer.org.uk, 'Teresita Sy-Coson Explained', a rendering "
 "of the English Wikipedia article; its text, content to about 2016, matches the article's wording): the title line, "
 "the infobox lines ('Teresita Sy-Coson' with her Chinese name, 'Birth Name', 'Birth Place', 'Alma Mater', "
 "'Occupation: Vice Chairperson - SM Investments Corporation / Chairwoman - BDO Unibank', 'Years Active', 'Spouse', "
 "'Children', 'Parents: Henry Sy (d. 2019)') and the headings ('Career', 'Awards and recognition') cut; kept as "
 "written: 'investments, She is also', 'publicly-traded', 'assets-under-management'; cut after 'retail sectors.', "
 "before 'These recognitions include an Asia's Best CEO award ... from 2001 to 2010', where the excerpt breaks off "
 "(`truncated`). Recorded 3.0 (content to about 2016). Doubtful: the copy site's own terms page was not found in the "
 "page store; no revision id. Sy-Coson, Teresita, Henry Sy, SM Investments, BDO, Banco de Oro, SM Prime, ASEAN "
 "Business Advisory: 0 in train/dev/test and in every gather script (incl. batch29b-e in the other gatherers' "
 "worktrees).", "non-US", v3=True,
 copy_of="the Wikipedia article, via cryer.org.uk"))

# ---- Latin America -------------------------------------------------------------------------------------------------
R.append(wp("wp-abilio-diniz", "Abílio Diniz", "http://en.wikipedia.org/wiki/Ab%C3%ADlio_dos_Santos_Diniz",
 "Abílio dos Santos Diniz (born December 28, 1936, in São Paulo) a Brazilian businessman. He is the former chairman "
 "of the Brazilian retail chain Grupo Pão de Açúcar (Companhia Brasileira de Distribuiçao), and victim of a famous "
 "kidnapping. Abílio Diniz is the father of former Formula One driver Pedro Diniz, whose career was largely funded "
 "by his father's personal wealth and sponsorship connections. Abílio also competed as a racecar driver in his youth "
 "and won the 1970 Mil Milhas Brasil with his brother, Alcides. Diniz is currently the chairman of BRF.\n\n"
 "Through GPA, Diniz became one of the wealthiest individuals in Brazil. In 2014, Forbes ranked him 609th richest "
 "person in the world and 20th in Brazil with a personal net worth of $3.9 billion, up from $3.7 billion last "
 "year.\n\n"
 "Diniz's father, Valentim Diniz, founded the company Pão de Açúcar, which grew into a major retailer, Companhia "
 "Brasileira de Distribuiçao. In 2002, Diniz sold a large stake to the French company Casino Group for an estimated "
 "$860 million and stepped down as CEO, but remained as chairman. In 2009, in one of the most expensive transactions "
 "of the Brazilian business history, Grupo Pão de Açúcar bought Casas Bahia from Samuel Klein, giving Abilio control "
 "of Pão de Açúcar, Casas Bahia, Ponto Frio and Extra Hipermercados. In 2012, Casino Group took control of Grupo Pão "
 "de Açúcar, and Diniz no longer had operational functions within the group but remained as chairman.",
 "retail and food (leadership)", ["leadership", "deal"],
 "An older en.wikipedia.org rendering in the page store (reached by the redirect 'Abílio dos Santos Diniz'; "
 "'From Wikipedia, the free encyclopedia', 'Jump to: navigation, search', infobox 'age 77', net worth '(2014)', so "
 "2014): the title line, those lines, the redirect line, the infobox lines ('Born', 'Residence', 'Nationality', "
 "'Ethnicity', 'Alma mater', 'Occupation Chairman of BRF', 'Net worth', 'Religion', 'Children') and citation markers "
 "('[1]'-'[7]') cut; the two section headings are not in the excerpt (blank lines only); kept as written: '(born "
 "December 28, 1936, in São Paulo) a Brazilian businessman' (no verb), 'Distribuiçao', 'Abilio' (no accent), "
 "'the Brazilian business history'; cut after 'remained as chairman.', before 'In April 2013, Diniz was elected a', "
 "where the excerpt breaks off (`truncated`). Content to 2014: recorded 3.0. Diniz, Pão de Açúcar, Casino Group, "
 "Casas Bahia, BRF, Ponto Frio, Extra Hipermercados: 0 in train/dev/test and in every gather script.",
 "non-US", v3=True, copy_of="the Wikipedia article, an older revision"))

R.append(wp("wp-ricardo-salinas-pliego", "Ricardo Salinas Pliego",
 "https://en.wikipedia.org/wiki/Ricardo_Salinas_Pliego",
 "Ricardo Benjamín Salinas Pliego (born 19 October 1955) is a Mexican business magnate, founder and chairman of Grupo "
 "Salinas, a corporate conglomerate with interests in telecommunications, media, financial services, and retail.\n\n"
 "An outspoken supporter of minarchism and neoliberalism, he is the third richest person in Mexico and the 172nd "
 "richest person in the world with an estimated net worth of US$13.6 billion in February 2021. He is the 7th "
 "wealthiest person in Latin America.\n\n"
 "Ricardo Salinas Pliego is a CPA graduate of the Instituto Tecnológico y de Estudios Superiores de Monterrey (ITESM). "
 "After earning an MBA at Tulane University, he joined Elektra in 1981 as import manager. Between 1981 and 1986, "
 "Salinas experimented with other businesses such as a restaurant in Monterrey, satellite dishes and the sale of "
 "systems multi communication.\n\n"
 "In 1987, Salinas succeeded his father, Hugo Salinas Price, as chief executive officer of Grupo Elektra. The company "
 "originated as a family-owned furniture manufacturer, Salinas & Rocha, founded in 1906 by his great-grandfather, "
 "Benjamín Salinas.\n\n"
 "Salinas is also chairman of TV Azteca, one of the world's two largest producers of Spanish-language television "
 "programming. Under his leadership, TV Azteca broke Mexico's long-standing television monopoly through the "
 "successful privatization of a media package offered by the government.\n\n"
 "In 2003, Salinas bought Iusacell (the first cell phone company in Mexico) and four years later, merged it with "
 "Unefon, another cell phone company, founded by him in 1999. However, in early 2015, Grupo Salinas announced the "
 "sale of Iusacell to AT&T",
 "media, retail and telecoms (leadership)", ["leadership", "deal"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (net worth 'in "
 "February 2021'; no revision date): the title line, the infobox lines ('Ricardo Salinas Pliego', '- Birthplace: "
 "Mexico City, Mexico', '- Occupation: Business magnate') and the heading '==Career==' cut; kept as written: 'the "
 "sale of systems multi communication', 'the sale of Iusacell to AT&T' (no full stop in the excerpt); cut after 'to "
 "AT&T', before 'Salinas has participated and addressed The World Economic Forum, ... and TED, where he discussed "
 "issues', where the excerpt breaks off (`truncated`). An older rendering (about 2021, with the infobox title "
 "'Chairman & CEO of Grupo Salinas' and a longer Elektra paragraph) was not used. Recorded 4.0. Salinas, Grupo "
 "Salinas, Elektra, TV Azteca, Iusacell, Unefon, Tulane: 0 in train/dev/test and in every gather script; AT&T is "
 "named in other files (other events); batch 27a's Televisa file names no Azteca.", "non-US"))

# ---- US (a quarter at most) ----------------------------------------------------------------------------------------
R.append(wp("wp-indra-nooyi", "Indra Nooyi", "https://wikivisually.com/wiki/Indra_Nooyi",
 "Indra Nooyi (née Krishnamurthy; born 28 October 1955) is an Indian American business executive and former CEO of "
 "PepsiCo.\n\n"
 "She has consistently ranked among the world's 100 most powerful women. In 2014, she was ranked at number 13 on the "
 "Forbes list of The World's 100 Most Powerful Women, and was ranked the 2nd most powerful woman on the Fortune list "
 "in 2015.\n\n"
 "She serves on the board of Amazon, the International Cricket Council, and Schlumberger.\n\n"
 "Nooyi was born to a Tamil-speaking family in Madras (now known as Chennai), Tamil Nadu, India. Nooyi did her "
 "schooling in Holy Angels Anglo Indian Higher Secondary School in T.Nagar.\n\n"
 "Nooyi received a bachelor's degrees in Physics, Chemistry and Mathematics from Madras Christian College of the "
 "University of Madras in 1974 and a Post Graduate Programme Diploma from Indian Institute of Management Calcutta in "
 "1976. In 1978, Nooyi was admitted to Yale School of Management where she earned a master's degree in Public and "
 "Private Management in 1980.\n\n"
 "Beginning her career in India, Nooyi held product manager positions at Johnson & Johnson and textile firm Mettur "
 "Beardsell. While attending Yale School of Management, Nooyi completed her summer internship with Booz Allen "
 "Hamilton.",
 "food and drink (leadership)", ["leadership"],
 "The article as a copy site renders it in the page store (wikivisually.com, 'From Wikipedia, the free encyclopedia', "
 "'Jump to navigation Jump to search', infobox 'age 64', so about 2019-2020): the title line, those lines, the "
 "infobox lines ('Born', 'Residence', 'Citizenship', 'Alma mater', 'Occupation Board Member, Amazon', 'Salary', "
 "spouse, 'Children', 'Relatives'), the headings with their '[edit]' links ('Early life[edit]'; the 'Education' and "
 "'Career' headings are blank lines in the excerpt) and citation markers ('[1]'-'[19]') cut; kept as written: 'a "
 "bachelor's degrees', 'in T.Nagar'; cut after 'Booz Allen Hamilton.', before 'In 1980, Nooyi joined the Boston "
 "Consulting Group (BCG) as a strategy consultant, and', where the excerpt breaks off (`truncated`). Recorded 3.0 "
 "(content to about 2019). Doubtful: the copy site's own terms page was not found in the page store; no revision id. "
 "The one US executive of four (the brief allows a quarter). Nooyi: 0 in train/dev and in every gather script, 1 "
 "test file by count (not opened; a mention, as PepsiCo's 2 by count); Mettur Beardsell, International Cricket "
 "Council, Booz Allen, Johnson & Johnson: 0 in train/dev/test; Schlumberger in 1 train/dev file (another event).",
 "US", v3=True, copy_of="the Wikipedia article, via wikivisually.com"))


# ---- added before any annotation (same part): Africa, Asia, Europe, Australia --------------------------------------
R.append(wp("wp-johann-rupert", "Johann Rupert",
 "http://the-uncensored-wiki.com:20082/articles/j/o/h/Johann_Rupert_b039.html",
 "Johann Peter Rupert (born 1 June 1950) is the eldest son of the late Afrikaans South African business tycoon Anton "
 "Rupert and his wife Huberte Rupert. He is the chairman of the Swiss-based luxury-goods company Richemont as well as "
 "of the South Africa-based companies VenFin and Remgro.\n\n"
 "Rupert grew up in the South African town of Stellenbosch where he still lives, and where he also attended the "
 "University of Stellenbosch, studying economics and company law. He dropped out of university to pursue a career in "
 "business but in 2004 Stellenbosch University awarded him an Honorary Doctorate in Economics.\n\n"
 "Rupert and his wife Gaynor have three children.\n\n"
 "Rupert served his business apprenticeship in New York, where he worked for Chase Manhattan for two years and for "
 "Lazard Freres for three years. He then returned to South Africa in 1979 and founded Rand Merchant Bank of which he "
 "was CEO. He started the Small Business Development Corporation in same year (+/- 500,000 jobs created since "
 "inception).\n"
 "1984: Rupert merged RMB and Rand Consolidated Investments, and left to join his father's company, the Rembrandt "
 "Group.\n"
 "Rupert founded Compagnie Financiere Richemont in 1988 and was appointed Non-Executive Director of Rothmans "
 "International plc in 1988. He was elected \u201cBusinessman of the Year\u201d by the Sunday Times in the same year.\n"
 "1989: Rupert was appointed Vice Chairman of the Rembrandt Group.\n"
 "1990: Elected by Die Burger newspaper and the Cape Town Chamber of Commerce as the business leader of the year. He "
 "also formed the Vend\u00f4me Luxury Group SA.\n"
 "1991: Rupert was appointed Chairman of Rembrandt Group Limited and in 1992 he was elected one of 200 \"Global "
 "Leaders of Tomorrow\" by the World Economic Forum, Davos, Switzerland.\n"
 "1993: Received the M.S. Louw Award by the A.H.I. (\"Afrikaanse Handelsinstituut\").",
 "luxury goods, banking and tobacco (leadership)", ["leadership"],
 "The article as a static copy of English Wikipedia renders it in the page store (the-uncensored-wiki.com, "
 "'From Wikipedia, the free encyclopedia', content to about 2007: VenFin still named, the 2007 dump's style): the "
 "title line, that line, 'Contents |' and the heading '[edit] Business Career' cut; the timeline's list bullets ('- ') "
 "cut, each item kept as its own line (whitespace and list furniture only, as batch 28a's Mitarai); kept as written: "
 "'in same year', '(+/- 500,000 jobs created since inception)', 'Lazard Freres', 'Compagnie Financiere Richemont' (no "
 "accent), the curly and straight quotation marks as held; cut after the 1993 item, before '1994: Appointed Chairman "
 "of the Small Business Development Corporation Limited (\"', where the excerpt breaks off (`truncated`). The recent "
 "en.wikipedia.org rendering ('= Johann Rupert =', content to 2025) breaks off in 1979 and was not used; a "
 "WikiMili copy likewise. Recorded 3.0 (content to about 2007). Doubtful: the copy site's own terms page was not found "
 "in the page store; no revision id. Remgro, VenFin, Rand Merchant Bank, Rand Consolidated, Rothmans, Vend\u00f4me, Small "
 "Business Development: 0 in train/dev/test and in every gather script; Richemont and 'Johann Rupert' in 1 dev file "
 "(scores only; found by name count, a 2007 joint-venture text: another event), 'Rembrandt' in 1 test file by count "
 "(not opened; batch 16i's script names it for a painter), Chase Manhattan 0, Lazard in 2 gather scripts (other "
 "events).", "non-US", v3=True,
 copy_of="the Wikipedia article, via a static copy of about 2007"))

R.append(wp("wp-kaz-hirai", "Kaz Hirai", "https://wikivisually.com/wiki/Kaz_Hirai",
 "Kazuo \"Kaz\" Hirai (born December 22, 1960) is a Japanese businessman. He served as chairman of Sony Corporation "
 "from April 2018 to June 2019, as well as president and CEO from April 2012 to April 2018, he also served as a "
 "board member of Sony Interactive Entertainment and chairman and co-CEO of Sony Entertainment. He was noted by "
 "Entertainment Weekly as one of the most powerful executives in the entertainment industry, he led the Sony "
 "Computer Entertainment division between 2007 and 2012, and then became president and CEO of Sony on April 1, 2012. "
 "Under his reign as CEO, Sony experienced a resurgence during the 2010s. On April 1, 2018, Hirai stepped down as "
 "president and CEO, becoming chairman of Sony Corporation, he fully retired from Sony on June 18, 2019, otherwise "
 "remaining as a senior adviser to the company.\n\n"
 "Kazuo Hirai was born in 1960 in Tokyo, Japan, where he attended the American School in Japan. Between 1973 and "
 "1976, Hirai attended Valley Park Middle School in Toronto, Ontario, Canada; the son of a wealthy banker, Hirai "
 "often traveled with his father across the world to California, New York, Canada, and around Japan\u2014a trait which "
 "Hirai noted to be a major factor in his later multi-continental business success.\n\n"
 "It was his interest in games that later brought him into the entertainment business. After graduating from the "
 "International Christian University in August 1984 with a Bachelor of Liberal Arts degree, Hirai was hired at "
 "CBS/Sony Inc. (now Sony Music Entertainment (Japan) Inc.), where he was involved in marketing international music "
 "within Japan.",
 "electronics and games (leadership)", ["leadership"],
 "The article as a copy site renders it in the page store (wikivisually.com, 'From Wikipedia, the free "
 "encyclopedia', 'Jump to navigation Jump to search', infobox 'age 58', so 2019): the title line, those lines, the "
 "infobox lines (the name, an image caption, 'Born', 'Alma mater'), the heading 'Early life[edit]' and citation "
 "markers ('[1]'-'[9]') cut; the opening bracket's Japanese-script and romanised name ('(\u5e73\u4e95 \u4e00\u592b, Hirai "
 "Kazuo, born' cut to '(born', as batch 28a's Okuda and Mitarai); kept as written: the run-on sentences joined by "
 "commas ('April 2018, he also served', 'entertainment industry, he led', 'Sony Corporation, he fully retired'); cut "
 "after 'within Japan.', before 'He eventually became', where the excerpt breaks off (`truncated`). An older "
 "en.wikipedia.org revision (an archive copy of February 2010: SCE's chairman and group CEO, Sony's executive vice "
 "president) and a kids' rewrite (kiddle) were not used. Recorded 3.0 (content to 2019). Doubtful: the copy site's "
 "own terms page was not found in the page store. Hirai, Sony Computer Entertainment, Sony Interactive, Sony "
 "Entertainment, CBS/Sony: 0 in train/dev/test and in every gather script; Sony is named in 3 train/dev and 3 test "
 "files by count (other events).", "non-US", v3=True,
 copy_of="the Wikipedia article, via wikivisually.com"))

R.append(wp("wp-alexei-mordashov", "Alexei Mordashov", "http://chaos.owiki.org/wiki/Alexei_Mordashov",
 "Alexey Alexandrovich Mordashov, is a Russian billionaire businessman. He is the main shareholder and chairman of "
 "Severstal, a Russian conglomerate with interests in metal, energy and mining companies. In April 2019, CEOWORLD "
 "magazine reported that Mordashov was Russia\u2019s 4th richest person, with an estimated worth of $20.5 billion.\n\n"
 "Mordashov is the son of parents who were both steel mill workers. He reported that his family used welfare "
 "coupons, allowed only 200g of butter and 400g of sausages per month. He graduated with a bachelor's degree from the "
 "Leningrad Engineering-Economical Institute, currently known as ENGECON. He later gained an MBA from Northumbria "
 "University in Newcastle upon Tyne, England, in 2001. In an address to students at the European University at Saint "
 "Petersburg, Mordashov spoke about his decision to study in Leningrad rather than Moscow and the value his "
 "undergraduate studies played in his search for employment and eventual career path. Returning to Cherepovets he "
 "started his career by joining the same steel plant where his parents had worked.\n\n"
 "In 1988 he joined Cherepovetskiy Metallurgical Plant after graduation from Leningrad Engineering-Economical "
 "Institut as an economist. By 1992 he became finance director, shortly before the company was privatised. When the "
 "plant's elderly director instructed him to acquire shares to keep them out of the hands of an outsider, he formed "
 "two investment funds and, by buying up workers' shares, built a major stake in the factory. In 1996 he was "
 "appointed as CEO of the company. He went on to build a conglomerate, Severstal, acquiring steel, coal and mining "
 "companies.\n\n"
 "In 2004, Mordashov started investing in US steel companies, purchasing companies in Dearborn, MI and Columbus, MS. "
 "The acquisition included the Rouge Plant in Dearborn. He received a loan from the United States Department of "
 "Energy to renovate and refurbish the manufacturing plants in Dearborn.",
 "steel and mining (leadership)", ["leadership"],
 "The article as a wiki mirror renders it in the page store (chaos.owiki.org, a copy of the English Wikipedia "
 "article; content to April 2019): the title line and the headings ('Early life', 'Career') cut; the single line "
 "break before 'In 2004,' doubled (whitespace only); kept as written: 'Alexey Alexandrovich Mordashov, is a' (the "
 "mirror dropped the opening bracket's Russian name and birth date, leaving the comma), 'Russia\u2019s', 'Leningrad "
 "Engineering-Economical Institut' (sic); cut after 'plants in Dearborn.', before 'The value of', where the excerpt "
 "breaks off (`truncated`). The en.wikipedia.org rendering of about 2020 (infobox 'age 54') breaks off earlier, at "
 "'out of the hands', and was not used. Recorded 3.0 (content to 2019). Doubtful: the mirror's own terms page was not "
 "found in the page store; no revision id. Mordashov, Severstal, Cherepovets, CEOWORLD, Northumbria, Rouge Plant: 0 in "
 "train/dev/test and in every gather script.", "non-US", v3=True,
 copy_of="the Wikipedia article, via chaos.owiki.org"))

R.append(wp("wp-rahmi-koc", "Rahmi Ko\u00e7", "http://fampeople.com/cat-rahmi-ko%C3%A7",
 "Rahmi Mustafa Ko\u00e7 is a Turkish businessman.\n\n"
 "He was born in 1930 in Ankara as the only son of one of Turkey's wealthiest man Vehbi Ko\u00e7, he attended high "
 "school at Robert College in Istanbul after his primary education in Ankara. Rahmi Ko\u00e7 then studied at the Johns "
 "Hopkins University in the U.S. and received his B.A. in Industrial Management.\n\n"
 "Following his military service, he started actively working for the Ko\u00e7 Group in 1958 joining the Otoko\u00e7 "
 "Company in Ankara. In 1960, he transferred to Ko\u00e7 Ticaret, which represented the Ko\u00e7 Group in Ankara. Following "
 "the relocation of the Ko\u00e7 Holding headquarters from Ankara to Istanbul in 1964, which was established a year "
 "earlier, he became general coordinator of Ko\u00e7 Holding A.\u015e. and moved to Istanbul.\n\n"
 "Thereafter in 1970, he became chairman of the executive committee and in 1975 deputy chairman of the board of "
 "management. Rahmi Ko\u00e7 was appointed chairman of the Ko\u00e7 Holding management committee in 1980. His father Vehbi "
 "Ko\u00e7 transferred his chairmanship to his son on March 30, 1984. Rahmi Ko\u00e7 retired from this duty on April 4, 2003 "
 "transferring his chair to his eldest son Mustafa Ko\u00e7. Rahmi Ko\u00e7 is currently Honorary Chairman of the Ko\u00e7 "
 "Holding.\n\n"
 "He has three sons: Mustafa Vehbi (1960), \u00d6mer Mehmet (1962) and Ali Y\u0131ld\u0131r\u0131m (1967) from his previous "
 "marriage to \u00c7i\u011fdem Simavi, who later married the former newspaper tycoon Haldun Simavi.\n\n"
 "Vehbi Ko\u00e7, who died in 1996 at the age of 95, created the Ko\u00e7 Holding Corp., Turkey's largest industrial "
 "conglomerate. By first forming joint ventures with General Electric to make light bulbs and Ford Motor Co. to build "
 "buses and trucks, and continually expanding his activities, Ko\u00e7 built up an empire that, according to the "
 "Financial Times generates nearly 5% of Turkish exports. Ko\u00e7 Holding Corp. has more than $12 billion in sales "
 "annually and employs 40,000 people.",
 "conglomerates (leadership)", ["leadership", "deal"],
 "The article as a biography site renders it in the page store (fampeople.com, 'Rahmi Ko\u00e7 : biography'; its text "
 "is an older revision of the English Wikipedia article, whose wording a wiki digest of the current article in the "
 "page store repeats: 'Following his military service, he started actively working for the Ko\u00e7 Group in 1958, "
 "joining the Otoko\u00e7 Company in Ankara'; content to about 2010): the page's title lines ('Rahmi Ko\u00e7 bigraphy, "
 "stories - Businessman', 'Rahmi Ko\u00e7 : biography', '1930 -') and the heading 'Ko\u00e7 Holding' cut; kept as written: "
 "'one of Turkey's wealthiest man Vehbi Ko\u00e7, he attended', 'which was established a year earlier', 'according to "
 "the Financial Times generates'; cut after '40,000 people.', before 'Honorary docto', where the excerpt breaks off "
 "(`truncated`). Recorded 3.0 (content to about 2010). Doubtful: that the site copies Wikipedia is judged from the "
 "wording alone; its terms page was not found in the page store; no revision id. Ko\u00e7 Holding, Otoko\u00e7, Vehbi, "
 "Robert College, Simavi: 0 in train/dev/test and in every gather script ('Ko\u00e7' only in batch 29b's 'K\u00e2mil Ko\u00e7', a "
 "bus company, in another gatherer's worktree); General Electric, Ford Motor, Financial Times are named in other "
 "files (other events).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision, via fampeople.com"))

R.append(wp("wp-frank-lowy", "Frank Lowy", "http://theinfolist.com/php/SummaryGet.php?FindGo=Frank_Lowy",
 "Sir Frank P. Lowy, AC (born 22 October 1930) is a Czechoslovak-born Australian-Israeli businessman and the former "
 "long-time Chairman of Westfield Corporation, a global shopping centre company with US$29.3 billion of assets under "
 "management in the United States, United Kingdom and Europe. He is a former Chairman of Scentre Group, the owner and "
 "manager of Westfield-branded shopping centres in Australia and New Zealand.\n\n"
 "With an assessed net worth of A$8.26 billion in 2017, Lowy is ranked as the fourth richest Australian according to "
 "the Financial Review Rich List; having been the richest person in Australia during 2010. Forbes Asia magazine "
 "assessed Lowy's net worth at US$4.6 billion in January 2014.\n\n"
 "Lowy was born in Czechoslovakia (in what is now Slovakia), and was forced to live in a ghetto in Hungary during "
 "World War II. He made his way to France in 1946, where he boarded the ship Yagur, heading for Mandatory Palestine. "
 "However, he was caught en route by the British authorities and interned in a detention camp in Cyprus. Lowy joined "
 "the Haganah, and then the Golani Brigade, and fought in the 1948 Arab\u2013Israeli War in the Galilee and Gaza.\n\n"
 "In 1952, Lowy left Israel and joined his family, who had left Europe for Australia and started a business "
 "delivering small goods. In 1953, he met fellow immigrant John Saunders. The pair became business partners, "
 "eventually creating Westfield Development Corporation through the development of a shopping centre at Blacktown in "
 "Sydney's western suburbs. Over the next 30 years, Lowy and Saunders developed shopping centres across Australia and "
 "the United States (from 1977); and listed the company on the Australian Stock Exchange in 1960 as Westfield "
 "Development Corporation. Saunders sold his interests and left the company in 1987. In the 1990s Lowy took the "
 "company to New Zealand, then the United Kingdom in the 2000s.",
 "shopping centres and property (leadership)", ["leadership"],
 "The article as a wiki mirror renders it in the page store (theinfolist.com, a copy of the English Wikipedia "
 "article; content to 2017): the heading 'Early life' and the citation markers ('[2]'-'[15]', one '[citation "
 "needed]') cut; the blank lines where two headings stood reduced to one paragraph break (whitespace only); kept as "
 "written: 'Sir Frank P. Lowy, AC', 'Rich List; having been', '(from 1977);'; cut after 'in the 2000s.', before "
 "'Lowy was appoint', where the excerpt breaks off (`truncated`). A wiki digest of the current article (wikisum.wiki, "
 "sentences picked out of order) was not used. Recorded 3.0 (content to 2017). Doubtful: the mirror's own terms page "
 "was not found in the page store; no revision id. Lowy, Westfield, Scentre, John Saunders, Blacktown: 0 in "
 "train/dev/test and in every gather script.", "non-US", v3=True,
 copy_of="the Wikipedia article, via theinfolist.com"))

R.append(wp("wp-marina-berlusconi", "Marina Berlusconi", "https://en.wikipedia.org/wiki/Marina_Berlusconi",
 "Marina Berlusconi (Maria Elvira Berlusconi, born 10 August 1966 in Milan) is an Italian businesswoman, chairwoman "
 "of Fininvest Holding and of the Arnoldo Mondadori Editore publishing group. She is the oldest daughter of Italian "
 "businessman and politician Silvio Berlusconi.\n\n"
 "Berlusconi has been considered for many years, by her father's supporters, to get into politics; she has always "
 "rejected such notions, simply stating that she isn't interested. However, in recent years, Berlusconi has had "
 "reconsideration in regard to a political career. It is believed that she is the perfect person to take up the "
 "reigns of her father's political party--Forza Italia. Her father's PDL party MP Laura Ravetto is quoted for saying "
 "that \"She is Berlusconi's heir.\"\n\n"
 "She is the daughter of Silvio Berlusconi with his first wife Carla Elvira Lucia Dall'Oglio, and is the elder sister "
 "of the businessman Pier Silvio Berlusconi. She is married to Maurizio Vanadia (former first dancer of La Scala, "
 "Milan) and has two children.\n\n"
 "After an apprenticeship, Marina Berlusconi worked in several positions in the media business in Italy. She is the "
 "chairperson of Italy's largest magazine publisher, Mondadori, and chairperson of the family's investment arm, "
 "Fininvest, the media holding company founded by her father.",
 "media and publishing (leadership)", ["leadership"],
 "An older en.wikipedia.org rendering in the page store ('From Wikipedia, the free encyclopedia', 'Jump to: "
 "navigation, search'; its reference list cites a 2014 article, so about 2014-2016): the title line, those lines, "
 "the heading 'Family background and personal life[edit]' and citation markers ('[1]'-'[7]') cut; the blank lines "
 "where the career heading stood reduced to one paragraph break (whitespace only); kept as written: 'take up the "
 "reigns', 'party--Forza Italia', 'is quoted for saying'; cut after 'founded by her father.', before 'In 2007, Forbes "
 "magazine named her the 33rd most powerful woman in the world and the ninth richest woman in the world with a net "
 "worth of $100million (', where the excerpt breaks off (`truncated`; the reference list follows). Recorded 3.0 "
 "(content to about 2016). Berlusconi, Fininvest, Mondadori, Forza Italia, Ravetto, Vanadia, La Scala: 0 in "
 "train/dev/test and in every gather script.", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
