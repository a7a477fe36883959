#!/usr/bin/env python3
"""Batch 28a (session 29, this session's out-of-sample check; helper gather29a): English Wikipedia biographies (CC
BY-SA) of business executives, part 3 (after batches 27a and 27e), told as news — roles, the weak kind on new text:
posts at several companies with their dates, current and former posts, founders, chairs, chief executives,
presidents, managing directors and board posts, with company relations where the text gives them. Four women and
four men from India, Switzerland/Austria, Italy, Russia, the Philippines, Brazil, Australia and (one of eight) the US:
Arundhati Bhattacharya (State Bank of India), Peter Brabeck-Letmathe (Nestlé, Nestlé Ecuador, Nestlé Venezuela,
Formula One Group, World Economic Forum), Luca di Montezemolo (Ferrari, Fiat, Confindustria, Alitalia, NTV, McLaren),
Oleg Deripaska (Basic Element, En+ Group, Rusal), Jaime Zóbel de Ayala (Ayala Corporation, Filipinas Life Assurance),
Graça Foster (Petrobras), Ann Sherry (the Office of the Status of Women, Westpac), Ursula Burns (Xerox, VEON, Teneo);
part 2, two men from Japan, added after part 1's gold commit and before newskg ran on any text of the batch: Fujio
Mitarai (Canon, Canon USA, the Japan Business Federation), Hiroshi Okuda (Toyota, two business associations).
Texts are the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page), cut at the last full
sentence before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch28a.py [POOL_DIR] [--dry]   (default /tmp/gather29a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather29a/pool"

R = []
# ---- Asia ----------------------------------------------------------------------------------------------------------
R.append(wp("wp-arundhati-bhattacharya", "Arundhati Bhattacharya",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Arundhati_Bhattacharya.html",
 "Arundhati Bhattacharya is a retired Indian banker and former Chairman of the State Bank of India. She is the first "
 "woman to be the Chairman of State Bank of India . In 2016, she was listed as the 25th most powerful woman in the "
 "world by Forbes. She is the only Indian listed on Fortune's world's greatest leaders list ranked at 26.\n\n"
 "Bhattacharya was born in a Bengali family in the city of Kolkata.She spent her childhood in Bhilai. Her father, "
 "Prodyut Kumar Mukherjee worked at Bokaro Steel Plant. Her mother, Kalyani Mukherjee was a homeopathy consultant in "
 "Bokaro. She completed her schooling from St. Xavier's School, Bokaro\n\n"
 "She studied English Literature at Calcutta’s Lady Brabourne College and then at Jadavpur University. Her husband, "
 "Pritimoy Bhattacharya , is an ex-professor of IIT Kharagpur.\n\n"
 "Bhattacharya joined SBI in September 1977. She is the first woman to lead an India-based Fortune India 500 company. "
 "Initially, she joined SBI in 1977 as a Probationary Officer at the age of 22 years. She has held several positions "
 "during her 36-year career with the bank including working in foreign exchange, treasury, retail operations, human "
 "resources and investment banking. This included positions like the chief executive of the bank's merchant banking "
 "arm- State Bank of India Capital Markets; chief general manager in charge of new projects. She has also served at "
 "the bank's New York office.",
 "banking (leadership)", ["leadership"],
 "The article as the Kiwix mirror's October 2018 English Wikipedia snapshot (wikipedia_en_all_maxi_2018-10) renders "
 "it: the title lines, the infobox lines ('24th Chairman of State Bank of India', 'In office 7 October 2013 6 October "
 "2017', 'Preceded by Pratip Chaudhuri', 'Succeeded by Rajnish Kumar (banker)', personal details; her predecessor and "
 "successor are lost with them), the headings ('Personal life', 'Career') and citation markers ('[1]'-'[5]'; the "
 "marker after 'Bokaro' left the sentence without its full stop, kept so) cut; kept as written: 'State Bank of India "
 ".', 'Kolkata.She', 'Pritimoy Bhattacharya , is', 'merchant banking arm- State Bank of India Capital Markets; chief "
 "general manager'; cut after 'New York office.', before 'She has been involved with the launch of several new "
 "businesses such as SBI General Insurance, SBI Custodial Services, SBI Pension Funds Pvt. ', where the excerpt breaks "
 "off (`truncated`). Content to 2018 (a 2018 snapshot): recorded 3.0. Doubtful: the mirror's own terms page was not "
 "found in the page store. Bhattacharya, State Bank of India, SBI, Jadavpur, Lady Brabourne, Bokaro: 0 in "
 "train/dev/test and in every gather script.", "non-US", v3=True,
 copy_of="the Wikipedia article, via a Kiwix mirror of the October 2018 snapshot"))

R.append(wp("wp-jaime-zobel-de-ayala", "Jaime Zobel de Ayala", "https://en.wikipedia.org/wiki/Jaime_Zobel_de_Ayala",
 "Jaime Zóbel de Ayala y Pfitz, PLH (born 1934), also known as Jaime Zóbel, is a Filipino businessman and art "
 "photographer. He is the chairman emeritus of Ayala Corporation.\n\n"
 "Zóbel was born in 1934 to Alfonso Zóbel de Ayala (1904-1967) and Carmen Pfitz y Herrero (1909-1999). His siblings "
 "are Maria Victoria (\"Vicky\") and Alfonso Jr. (\"Alfonsito\"). He is a grandson of Enrique Zóbel de Ayala and "
 "Consuelo de Ayala.\n\n"
 "He is married to Beatriz Miranda. Together they have two sons (Jaime Augusto and Fernando) and five daughters "
 "(Beatriz Susana (\"Bea Jr.\"), Patricia, Cristina, Monica and Sofia).\n\n"
 "After early education in the Philippines, Zóbel attended Harvard University, where he graduated in 1957 with "
 "abachelor's degree in architectural sciences. He attended the six-week Advanced Management Program in the Far East, "
 "conducted by faculty from the Harvard Graduate School of Business Administration in Baguio, Philippines in 1963.\n\n"
 "Zóbel joined Ayala y Compañía in 1958 as executive assistant upon the invitation of his father. His father placed "
 "him under the wing of his cousin Enrique and uncle Col. Joseph McMicking. As an executive assistant in the company, "
 "he took down notes during management meetings and gradually learned the ropes of the family business. He was later "
 "transferred to the training section of the insurance companies of the Ayala group. In 1975, he became president of "
 "Filipinas Life Assurance Company (now, BPI-Philam Life Assurance Corporation). In 1984, he succeeded Enrique, as "
 "chairman and president of Ayala Corporation.",
 "conglomerates (leadership)", ["leadership"],
 "An older en.wikipedia.org rendering in the page store ('From Wikipedia, the free encyclopedia', 'Jump to navigation "
 "Jump to search', infobox 'age 84–85', so about 2019): the title line, those lines, the infobox lines ('Chairman "
 "Emeritus Ayala Corporation', 'Assumed office', personal details), the headings with their '[edit]' links ('Early "
 "life and family[edit]', 'Business career[edit]') and the citation marker '[1]' cut; kept as written: 'PLH', "
 "'abachelor's degree', 'he succeeded Enrique, as chairman'; cut after 'of Ayala Corporation.', before 'Zó', where "
 "the excerpt breaks off (`truncated`). A newer rendering (a Kiwix mirror of the August 2025 snapshot: chairman "
 "1984-2006, president 1984-1994, ambassador to the UK 1970-1975) breaks off in his early life and was not used. "
 "Content to about 2019: recorded 3.0. Zóbel, Filipinas Life, McMicking: 0 in train/dev/test; Ayala Corporation is a "
 "shareholder in train/dev wp-globe-telecom (another event; batch 26c).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision"))

# ---- Europe --------------------------------------------------------------------------------------------------------
R.append(wp("wp-peter-brabeck-letmathe", "Peter Brabeck-Letmathe", "https://en.wikipedia.org/wiki/Peter_Brabeck-Letmathe",
 "Peter Brabeck-Letmathe (born 13 November 1944) is an Austrian businessman. From 1997 to 2008 he was the CEO of the "
 "Nestlé Group, chairman 2005-2017 and then chairman emeritus until April 2026. He is a former chairman of the Formula "
 "One Group. and served for a short time as ad interim chairman of the World Economic Forum in 2025.\n\n"
 "Brabeck-Letmathe was born in Villach, at the time part of Nazi Germany, to a Catholic family with its origins in "
 "Iserlohn-Letmathe in north-western Germany. He studied economics at the University of World Trade (today Vienna "
 "University of Economics and Business).\n\n"
 "He joined Nestlé in 1968 in Austria as a salesman, later becoming a specialist for new products. His career within "
 "the group included a span of almost 10 years in Chile (1970–1980), first as national sales manager and later as "
 "director of marketing. In 1981, he was appointed managing director of Nestlé Ecuador and in 1983, president and "
 "managing director of Nestlé Venezuela. In October 1987, he was transferred to Nestlé's international headquarters "
 "in Vevey. As senior vice-president in charge of the Culinary Products Division, he had worldwide responsibility for "
 "that business area. On 1 January 1992, Brabeck-Letmathe was appointed executive vice-president of Nestlé S.A., with "
 "global responsibility for the Strategic Business Group encompassing food, Buitoni pasta, chocolate and "
 "confectionery, ice cream, pet food, and industrial products (aromas). At the same time, he had worldwide "
 "responsibility for marketing, communications and public affairs. In particular, during his time as executive "
 "vice-president, he conceived and implemented the unique branding policy of Nestlé, characterized by a strict "
 "hierarchy of strategic brands on the global, regional and local level.",
 "food (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Peter Brabeck-Letmathe =' title line): that line, "
 "the infobox lines ('Birthplace: Villach, Austria', 'Occupation: Businessman') and the headings ('==Early life==', "
 "'==Early career at Nestlé==') cut; kept as written: 'chairman 2005-2017', 'the Formula One Group. and served', 'ad "
 "interim chairman'; cut after 'regional and local level.', before the heading '==CEO and Chairman of Nestlé==' and "
 "'On 5 June 1997, he was elec', where the excerpt breaks off (`truncated`). Content to 2026: recorded 4.0. Brabeck, "
 "Buitoni, Formula One, World Economic Forum, Vevey: 0 in train/dev/test; 'Nestlé'/'Nestle' in no train/dev file "
 "(one test file by count; batch 14's and 16i's scripts name it on other events).", "non-US"))

R.append(wp("wp-luca-di-montezemolo", "Luca di Montezemolo", "https://en.wikipedia.org/wiki/Luca_di_Montezemolo",
 "Luca Cordero di Montezemolo (born 31 August 1947) is an Italian businessman and motorsport executive who is best "
 "known as the former chairman of Ferrari, Fiat S.p.A., Confindustria and Alitalia.\n\n"
 "Montezemolo descends from an aristocratic family from the region of Piedmont in Italy. He is one of the founders and "
 "former president of NTV, an Italian company which is Europe's first private open access operator of 300 km/h (186 "
 "mph) high-speed trains.\n\n"
 "In 2009, Montezemolo founded Future Italy, a free market think tank that joined Civic Choice in the 2013 Italian "
 "parliamentary election.\n\n"
 "On 28 June 2025, he was reported to have been appointed as a director of McLaren Group Holdings Ltd.\n\n"
 "Luca di Montezemolo was born in Bologna, Italy, the youngest son of Massimo Cordero dei Marchesi di Montezemolo "
 "(1920–2009), a Piedmontese aristocrat whose family served the Royal House of Savoy for generations, and Clotilde "
 "Neri (1922–2017), niece of famed Italian surgeon Vincenzo Neri. His uncle, Admiral Giorgio Cordero dei Marchesi di "
 "Montezemolo (1918–1986) was a commander in the Regia Marina in World War II. His grandfather, Mario (1888–1960) and "
 "great-grandfather Carlo (1858–1943) were both Generals in the Italian Army. He is also a relation to Andrea Cordero "
 "Lanza di Montezemolo (his father Massimo and Andrea were cousins), who became a cardinal in 2006 and whose father, "
 "colonel Giuseppe Cordero di Montezemolo, was killed by the Nazi occupation troops during the massacre of the Fosse "
 "Ardeatine in Rome in 1944. His surname is actually \"Cordero di Montezemolo\" and the correct usage is either the "
 "full surname or just Montezemolo (omitting the \"di\"); Marchesi is a noble title.\n\n"
 "Montezemolo graduated with a degree in law from La Sapienza University in 1971.",
 "autos and transport (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Luca di Montezemolo =' title line): that line, the "
 "infobox lines ('Birthplace: Bologna, Italy', 'Occupation: Former chairman of Alitalia, Former chairman of "
 "Confindustria') and the headings ('==Ancestry and family background==', '==Early life and education==') cut; the "
 "opening bracket's pronunciation '(/it/; born' cut to '(born' (as batch 27a's opening brackets); kept as written: "
 "'a relation to', '(omitting the \"di\")'; cut after 'La Sapienza University in 1971.', before 'A', where the excerpt "
 "breaks off (`truncated`). Content to 2025: recorded 4.0. Montezemolo, Confindustria, Future Italy, Civic Choice, "
 "NTV: 0 in train/dev/test; Ferrari and Fiat are named in batch 27a's Marchionne text (a test file, counted by "
 "script, not opened) and Fiat in one train/dev file, Alitalia in one train/dev file (a 2008 bid), McLaren in one "
 "test file by count: other events.", "non-US"))

R.append(wp("wp-oleg-deripaska", "Oleg Deripaska",
 "http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FOleg_Deripaska",
 "Oleg Vladimirovich Deripaska (born 2 January 1968) is a Russian oligarch and billionaire. Deripaska began his "
 "career as a metals trader after the breakup of the Soviet Union. He used accumulated funds from trading to acquire "
 "stakes in the Sayanogorsk aluminium smelter from a consortium of businessmen who privatized it in the aftermath of "
 "the collapse of the Soviet Union. The Sayanogorsk aluminium smelter served as the foundation of what later became "
 "the world's largest aluminium company Rusal.\n\n"
 "Deripaska is the founder of Basic Element, one of Russia's largest industrial groups, and Volnoe Delo, Russia's "
 "largest charitable foundation. He was the president of En+ Group, a Russian energy company, and headed United "
 "Company Rusal, the second-largest aluminium company in the world, until he quit both roles in 2018.\n\n"
 "He has been characterized as a victor in the \"aluminium wars\" in Russia during the 1990s, which were frequently "
 "violent conflicts between businesspeople to obtain state-owned assets. In 2000, Deripaska founded Rusal, the "
 "result of a partnership between Sibirsky Aluminium and Roman Abramovich's Millhouse Capital. In 2007, Rusal merged "
 "with SUAL Group and Glencore International AG to form UC Rusal, with Deripaska as chairman.",
 "aluminium and energy (leadership)", ["leadership", "deal"],
 "The article (the current revision, 'As of July 2025') as the page store holds it through a proxy "
 "(movatter.jp, serving en.wikipedia.org): the infobox table (names, born, citizenship, alma mater, 'Known for "
 "Founder of RUSAL, Founder of En+, Founder of Basic Element, Founder of Volnoe Delo'), the Russian-script name in the "
 "opening bracket ('(Russian:Олег Владимирович Дерипаска; born' cut to '(born', as batch 27a's opening brackets) and "
 "citation markers ('[2]'-'[12]') cut; the proxy drops the space before every linked phrase ('aRussian oligarch', "
 "'theSoviet Union', 'theSayanogorsk', 'companyRusal', 'ofBasic Element', 'ofEn+ Group', 'headedUnited Company "
 "Rusal', 'whoprivatized', 'andRoman Abramovich's', \"Abramovich'sMillhouse\", 'withSUAL Group andGlencore'): those "
 "spaces restored (whitespace only; doubtful, the one edit of this kind in the batch); kept as written: 'the world's "
 "largest aluminium company Rusal', 'headed United Company Rusal ... until he quit both roles in 2018'; cut after "
 "'with Deripaska as chairman.', before 'He was once Russia's richest man, but lost a substantial part of his fortune "
 "during the 2008 financial crisis. As of July 2025, his wealth was estimated by Forbes at $4.1 billion, making him "
 "the 887th ', where the excerpt breaks off (`truncated`). Content to 2025: recorded 4.0. Doubtful: the proxy is of "
 "unknown standing (its text matches an en.wikipedia.org rendering word for word, as far as such a rendering was "
 "seen). Deripaska, Basic Element, Volnoe Delo, En+, Sayanogorsk, Sibirsky, Millhouse, Abramovich: 0 in "
 "train/dev/test; Rusal is named in train/dev wp-rio-tinto-alcan and Glencore in train/dev "
 "wp-xstrata-glencore-acquisition (other events).", "non-US",
 copy_of="the Wikipedia article, through the movatter.jp proxy"))

# ---- Latin America, Oceania, US ------------------------------------------------------------------------------------
R.append(wp("wp-gracas-foster", "Graças Foster", "https://en.wikipedia.org/wiki/Graças_Foster",
 "Maria das Graças Foster (née Silva; born 26 August 1953), commonly known as Graça Foster, is a Brazilian business "
 "executive and chemical engineer. She was the CEO of Petrobras-Petróleo Brasil, Brazil's state-controlled oil "
 "company, which is located in Rio de Janeiro. She was the first woman in the world to head a major oil-and-gas "
 "company. In April 2012, she was listed on the Time 100 list of the most influential people in the world. In 2014, "
 "she was recognized as the 16th most powerful woman in the world by Forbes magazine. She was ranked by Fortune in "
 "2013 as \"the Most Powerful Woman in Business\" (outside the U.S.) for the second year in a row.\n\n"
 "Maria das Graças (née Silva) Foster was born on 26 August 1953, in Caratinga, Minas Gerais in southeastern Brazil. "
 "By the time she was two years old, Foster's family moved from Caratinga to a favela, also known as a shanty town "
 "community, outside of Rio de Janeiro. The area, known as Complexo do Alemão was extremely poverty stricken and "
 "ridden with crime. Overpopulation, drug trafficking, unsanitary conditions, malnutrition, pollution, and diseases, "
 "along with high mortality rates remain widespread in the poorer favela communities. The conditions in Complexo do "
 "Alemão necessitated consistent occupation and monitoring by Brazilian security forces.",
 "oil and gas (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Graças Foster =' title line): that line, the "
 "infobox lines ('Office: President of Petrobras', 'Term Start: 13 February 2012', 'Term End: 4 February 2015', "
 "'Appointer: Dilma Rousseff', 'Predecessor: Sergio Gabrielli', 'Successor: Aldemir Bendine', ...; her predecessor and "
 "successor are lost with them) and the heading '==Personal background==' cut; the opening bracket's lost "
 "pronunciation '(née Silva; ; born' cut to '(née Silva; born' (the '; ' only, as batch 27a's Cher Wang); kept as "
 "written: 'Petrobras-Petróleo Brasil', 'Complexo do Alemão was extremely'; cut after 'by Brazilian security "
 "forces.', before 'Foster credits her success and motivation to excel to t', where the excerpt breaks off "
 "(`truncated`). Content to 2015 or later, a '= Title =' rendering: recorded 4.0. A short text with one post (her "
 "career section lies past the excerpt); kept for its former-CEO post told only in the past tense. Foster, Caratinga, "
 "Complexo do Alemão: 0 in train/dev/test; Petrobras is named in one train/dev file (a 2005 Lula-Chávez meeting) and "
 "in batch 25a's script (other events).", "non-US"))

R.append(wp("wp-ann-sherry", "Ann Sherry", "https://en.wikipedia.org/wiki/Ann_Sherry",
 "Ann Sherry (born 1954) is an Australian public servant and businesswoman.\n\n"
 "Ann Caroline Sherry was born on 2 February 1954 in Gympie, Queensland, Australia to parents, John Morgan Sherry and "
 "June Caroline (née Stanton), who were both pharmacists. She had an uneventful childhood in Gympie until her parents "
 "moved to a new pharmacy in Brisbane where she attended high school at Somerville House. Having finished school, she "
 "initially trained as a radiographer, but from 1975 to 1977 studied economics and politics at the University of "
 "Queensland achieving a Bachelor of Arts. She married Michael and had a son during her university studies. In the "
 "early 1980s, the couple moved to London, United Kingdom where Sherry was employed as a prison social worker.\n\n"
 "Sherry and family returned to Australia to live in Melbourne, Victoria. There Sherry worked in a trade union for 5 "
 "years becoming increasing involved in political debate. After this, she worked in the Victorian public service "
 "involved with delivery of programs for after-school care and for employment of people with disabilities.\n\n"
 "She moved to Canberra where she was First Assistant Secretary (the head) of the Office of the Status of Women from "
 "1992 to 1994. In that role, she advised the Prime Minister on how to improve the status of women in Australia. She "
 "represented the Australian Government in the areas of women's rights and human rights in the United Nations.\n\n"
 "Bob Joss, Chief Executive Officer of Westpac was concerned about the lack of women in senior management roles in "
 "the corporation. Through a headhunter, Sherry was approached to join the bank. Her first role with the bank was a "
 "diverse one, covering superannuation, occupational health and safety, diversity and industrial relations.",
 "public service and banking (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Ann Sherry =' title line): that line, the infobox "
 "lines ('Birthplace: Gympie, Queensland, Australia', 'Occupation: Public servant, businesswoman, company director') "
 "and the headings ('==Early life==', '==Political and public service==', '==Corporate life==', '===Banking===') cut; "
 "kept as written: 'becoming increasing involved', 'Chief Executive Officer of Westpac was concerned'; cut after "
 "'industrial relations.', before 'One of her first acti', where the excerpt breaks off (`truncated`; her Westpac "
 "and Carnival Australia posts are lost with the cut). Content: a '= Title =' rendering, recorded 4.0. Sherry, Bob "
 "Joss, Office of the Status of Women, Gympie: 0 in train/dev/test; Westpac is the employer in batch 27a's "
 "wp-gail-kelly (train; another person and event).", "non-US"))

R.append(wp("wp-ursula-burns", "Ursula Burns", "https://en.wikipedia.org/wiki/Ursula_Burns",
 "Ursula M. Burns (born September 20, 1958) is an American businesswoman. Burns was the CEO of Xerox from 2009 to "
 "2016. Burns was the first black woman to lead a Fortune 500 company. She is also the first woman to follow another "
 "as the head of a Fortune 500 company. Burns remained the chairman at Xerox from 2010 to 2017.\n\n"
 "Burns also served on the board of directors of Uber, American Express, and ExxonMobil. She was the chairperson and "
 "CEO of VEON from late 2018 to early 2020 and is the Non-Executive Chairwoman of Teneo.\n\n"
 "In 2021, Burns co-founded private equity firm Integrum Holdings.\n\n"
 "Under President Barack Obama Burns led the White House national program on science, technology, engineering, and "
 "mathematics (STEM) from 2009 to 2016. Additionally, she was chairwoman of the President's Export Council from 2015 "
 "to 2016, following her role as vice chair from 2010 to 2015.\n\n"
 "In 2014, Forbes rated Burns as the 22nd most powerful woman in the world.\n\n"
 "Born in 1958, Burns was raised by a single mother in the Baruch Houses, a housing project in New York City. Both of "
 "her parents were Panamanian immigrants. She attended and graduated Cathedral High School, a Catholic all-girls "
 "school on East 56th Street in New York.\n\n"
 "After high school, Burns attended Brooklyn Polytechnic Institute (now New York University Tandon School of "
 "Engineering) where in 1980 she earned a bachelor's degree in mechanical engineering. During that summer, she became "
 "a mechanical engineering summer intern at Xerox. This internship was an integral component of Xerox's graduate "
 "engineering initiative designed to support underrepresented minorities. It not only provided her with valuable "
 "experience but also financially supported her pursuit of a master's degree at Columbia University, which she "
 "completed in 1981.",
 "office equipment and telecoms (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Ursula Burns =' title line): that line, the "
 "infobox line ('Birthplace: New York City, U.S.') and the heading '==Early life and education==' cut; kept as "
 "written: 'Burns remained the chairman at Xerox', 'Under President Barack Obama Burns led', 'attended and graduated "
 "Cathedral High School'; cut after 'completed in 1981.', before 'She has since received additional honorary degrees "
 "from New York University, Williams College, the Universi', where the excerpt breaks off (`truncated`). Content to "
 "2021 or later, a '= Title =' rendering: recorded 4.0. The one US text of the batch (the brief allows a quarter). "
 "Ursula Burns, Teneo, Integrum: 0 in train/dev/test; Xerox (train/dev wn-hp-aquire-eds-13-9b-2008), VEON (train/dev "
 "wp-2023-kyivstar-cyberattack), American Express (one train/dev file), ExxonMobil (one test file by count), Uber "
 "(several) are named on other events.", "US"))

# ---- part 2 (added after part 1's gold commit, before newskg ran on any text of the batch; its own split cycle) --
R.append(wp("wp-fujio-mitarai", "Fujio Mitarai", "https://en.wikipedia.org/wiki/Fujio_Mitarai",
 "Fujio Mitarai (born September 23, 1935 in Kamae, Ōita) is the chairman of Canon . He studied Law at Chuo "
 "University, and was President of Canon in the USA until 1989.\n\n"
 "Mitarai used a unique blend of eastern and western managerial styles to mold Canon into a highly successful "
 "company. Through a large overhaul he was able to bring the company back to profitability with a style that was "
 "coined \"the Mitarai way.\"\n\n"
 "1935 September 23: Born at Kamae, Ōita (now Saiki).\n"
 "1961 March: Graduated University of Chuo department of Law. While the bar exam aim failed in school, in April Fujio "
 "joined the leaders of Canon with his uncle Takeshi Mitarai - one of the founders of the company.\n"
 "1979: Appointed President position of Canon USA.\n"
 "1995: Assumed the 6th presidency after Hajime - Mitarai's cousin, former president died.\n"
 "2006: Chairman of Japan Business Federation.\n"
 "2010: Resigned the Chairman position. Now Chairman Emeritus.\n"
 "2012: Returned to presidency of Canon Japan",
 "office equipment (leadership)", ["leadership"],
 "An older en.wikipedia.org rendering in the page store ('From Wikipedia, the free encyclopedia', 'Jump to: "
 "navigation, search', about 2013): the title line, those lines, the name-order hatnote ('In this Japanese name, the "
 "family name is Mitarai.'), the opening bracket's Japanese-script and romanised name ('(御手洗 冨士夫 Mitarai Fujio?, "
 "born' cut to '(born', as batch 27a's opening brackets), citation markers ('[1]'-'[5]') and the trailing 'External "
 "links[edit]' heading cut; the timeline's list bullets cut, each item kept as its own line (whitespace and list "
 "furniture only); kept as written: 'the chairman of Canon .', 'President of Canon in the USA', 'While the bar exam "
 "aim failed in school', 'Appointed President position of Canon USA', 'Assumed the 6th presidency after Hajime - "
 "Mitarai's cousin, former president died.', 'Resigned the Chairman position. Now Chairman Emeritus.', 'Returned to "
 "presidency of Canon Japan' (no full stop); the body runs complete (`truncated` false). Content to about 2013: "
 "recorded 3.0. Mitarai, Keidanren, Japan Business Federation, Chuo: 0 in train/dev/test and in every gather script "
 "('Canon' matches only inside other words there).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision"))
R[-1]["truncated"] = False

R.append(wp("wp-hiroshi-okuda", "Hiroshi Okuda", "https://en.m.wikipedia.org./wiki/Hiroshi_Okuda",
 "Hiroshi Okuda (born 29 December 1932) is a Japanese businessman who served as president of the Toyota Motor "
 "Corporation from 1995 to 1999 and as its chairman from 1999 to 2006.\n\n"
 "Hiroshi Okuda was born in Mie Prefecture on 29 December 1932. He graduated from Hitotsubashi University in 1955 and "
 "began working for Toyota.\n\n"
 "He became president of Toyota in 1995 after having worked at the corporation for 40 years. In 1998, Okuda was "
 "selected as a member of the Prime Minister's Economic Strategy Council. Okuda stepped down as president and became "
 "chairman of the board in 1995. That same year he became chairman of the Japan Federation of Employers' "
 "Associations. He also held the position of chairman of the Japan Automobile Manufacturers Association from 2000 to "
 "2002. He stepped down as chairman in 2006.\n\n"
 "Okuda is credited with seeing the need for hybrid cars early and pushing Toyota towards quickly bringing them to "
 "market.",
 "autos (leadership)", ["leadership"],
 "The article as the mobile site of en.wikipedia.org renders it in the page store (en.m.wikipedia.org., a revision "
 "after December 2010): the maintenance notice ('You can help expand this article with text translated from the "
 "corresponding article in Japanese ...'), the opening bracket's Japanese-script and romanised name ('(奥田 碩 Okuda "
 "Hiroshi; born' cut to '(born', as batch 27a's opening brackets), the heading 'Overview' with its 'edit' link, "
 "citation markers ('[1]'-'[6]') and the reference list cut; kept as written: 'Okuda stepped down as president and "
 "became chairman of the board in 1995. That same year ...' (the lead says chairman from 1999); the body runs "
 "complete (`truncated` false). An older en.wikipedia.org rendering (its succession box: 'Preceded by Tatsuro Toyoda', "
 "'Succeeded by Fujio Cho') and two copies (toyota-wiki.com, an azureedge.net address) were not used. Recorded 3.0 "
 "(content to 2010). Okuda, Hitotsubashi, Japan Automobile Manufacturers Association, Japan Federation of Employers' "
 "Associations: 0 in train/dev/test; Toyota is named in many files (other events; batch 26c's Akio Toyoda).",
 "non-US", v3=True, copy_of="the Wikipedia article, its mobile rendering"))
R[-1]["truncated"] = False


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
