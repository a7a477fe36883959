#!/usr/bin/env python3
"""Batch 32h (session 33, round 2; helper gather33h): English Wikipedia texts (CC BY-SA) on company executives told as
news, round 4 of the executive-biography lane after batches 31a (eight men), 31h (eight women) and 32a (finance and
operating chiefs). This round goes to the regions the lane had barely reached: India (a Dalit entrepreneur who chairs a
metal-tube maker; a newspaper group's chairperson and editorial director), the Philippines (a bookstore chain's
co-founder; the founder and chairman of a fast-food group), Ethiopia (a footwear company's founder and executive
director), Nigeria (a beauty company's founder and chief executive), Bolivia (a wireless distributor's founder who ran
Sprint and SoftBank units) and Qatar (a sports-media chairman who presides over a football club). Five women, three
men. All eight texts were gathered before any was annotated; newskg (or any extractor) was not run on them. Texts are
the search tool's page-store excerpts (`search`, corpus `pages`; never a whole page), cut at a section end or at the
last full sentence before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch32h.py [POOL_DIR] [--dry]   (default /tmp/gather33h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33h/pool"

R = []
# ---- India ---------------------------------------------------------------------------------------------------------
R.append(wp("wp-kalpana-saroj", "Kalpana Saroj", "https://wikimili.com/wiki/Kalpana_Saroj",
 "Kalpana Saroj (born 1961) is an Indian business woman, entrepreneur and a TEDx speaker, and the chairperson of "
 "Kamani Tubes in Mumbai, India. Known as Indian Woman entrepreneur, she bought the distressed assets of Kamani Tubes "
 "Company and successfully steered the company back to profitability.\n\n"
 "Saroj was born in 1961 in Roperkheda village in, Akola, Maharashtra, India, to a Marathi Buddhist family, the "
 "eldest of three daughters and two sons. Saroj's father served as a police constable at Repatkhed village in Akola. "
 "Kalpana Saroj was married at the age of 12 and lived in a slum in Mumbai with her husband's family. After suffering "
 "physical abuse at the hands of her husband's family members, she was rescued by her father, left her husband and "
 "returned to her village to live with her parents. She attempted suicide after being ostracized by the villagers. "
 "At the age of 16, she moved back to Mumbai to live with her uncle. She started working in a garment factory to "
 "support her family. Using government loans for scheduled caste people, she successfully started a tailoring "
 "business and then a furniture store.\n\n"
 "Kalpana Saroj started KS Film Production and produced her first movie which was dubbed in English, Telugu and "
 "Hindi. Khairalnji Movie is produced by Deelip Mhaske, Jyoti Reddy and Mannan Gore under Kalpana Saroj's banner.",
 "metal tubes and film production (leadership)", ["leadership"],
 "The English Wikipedia article of 2024 (infobox 'age 63') as WikiMili, a site repeating Wikipedia articles (the copy "
 "site batch 30c used), holds it in the page store: the title line, 'Last updated', the infobox lines ('Kalpana "
 "Saroj', the picture's file name and caption 'Kalpana Saroj receiving Padma Shri Award in 2013', 'Born1961 (1961) "
 "(age 63)', 'Roperkheda, Akola, Maharashtra, India', 'Nationality Indian', 'OccupationBusiness woman & "
 "Entrepreneur', 'EmployerKamani Tubes', 'Spouse(s)', 'Samir Saroj', '(m. 1980;died 1989)', 'Shubhkaran', "
 "'ChildrenTimon Saroj, Amar Saroj', 'Awards Padma Shri (2013)'), 'Contents', the headings 'Early life' and "
 "'Entrepreneurial ventures', a picture's file name and caption ('Kalpana, Deelip and Mannan Gore at Khairlanji movie "
 "shoot in Akola Kalpana&Deelip.JPG' and the caption line) and the citation markers with the space the copy puts "
 "before them (' [1]', ' [2]' twice, ' [3]') cut; kept as written: 'Indian business woman', 'Known as Indian Woman "
 "entrepreneur', 'in Roperkheda village in, Akola', 'Repatkhed village', 'Khairalnji Movie' (the caption cut spells "
 "it 'Khairlanji'); cut after \"under Kalpana Saroj's banner.\", before the caption and 'She built up a successful "
 "real estat', where the excerpt breaks off (`truncated`). Recorded 4.0 (2024 content; no revision id). The store "
 "also holds a German Wikipedia copy (de.zxc.wiki, a translation) and news profiles: not used. Kalpana Saroj, Kamani, "
 "Roperkheda, Akola, KS Film, Khairalnji/Khairlanji, Mhaske: 0 in train/dev/test, in every gather script and in "
 "every pool; Mumbai in several corpus files (other events).",
 "non-US", copy_of="the Wikipedia article of 2024, via WikiMili"))

R.append(wp("wp-shobhana-bhartia", "Shobhana Bhartia", "https://en.wikipedia.org/wiki/Shobhana_Bhartia",
 "Shobhana Bhartia (born 4 January 1957) is an Indian businesswoman. She is the chairperson and editorial director of "
 "the HT Media, one of India's largest newspapers and media houses, which she inherited from her father. She has also "
 "recently taken charge as the Chancellor BITS School of Management and Pro-Chancellor of BITS-Pilani (Birla "
 "Institute of Technology and Science, Pilani) which was founded by her grandfather G. D. Birla and is the current "
 "chairperson of Endeavor India.\n\n"
 "Closely associated with the Congress party, Shobhana served as a nominated member of the Rajya Sabha, the upper "
 "chamber of the Indian parliament from 2006 to 2012. In 2016, she was listed as the 93rd most powerful woman in the "
 "World by Forbes. She is married to Shyam Sunder Bhartia, co-founder of the Jubilant Bhartia Group.\n\n"
 "Born in a Marwari family on 4 January 1957, Bhartia is the daughter of the industrialist and Congress party member "
 "KK Birla, and the granddaughter of GD Birla, one of the Birla family patriarchs. The KK Birla family owned 75.36 "
 "per cent stake in HT Media, valued at \u20b9834 crores in 2004. She grew up in Kolkata and had her schooling at "
 "Loreto House. She is a graduate of Calcutta University, and is married to Shyam Sunder Bhartia, Chairman of the "
 "\u20b91400 crore pharmaceutical firm Jubilant LifeScience Limited (a spinoff from the earlier chemicals venture Vam "
 "Organics). Shyam Sunder Bhartia is son of Late Mohan Lal Bhartia. She has two sons, Priyavrat Bhartiya, born on 4 "
 "October 1976 and Shamit Bhartiya, born on 27 April 1979. Their son Shamit Bhartia is also a Director at the HT "
 "Media group, and also looks after lifestyle businesses such as the Domino's Pizza franchise and also convenience "
 "store chain Monday to Sunday in Bangalore.",
 "newspapers and media (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (no date after 2016 in "
 "the excerpt): the title line '= Shobhana Bhartia =', the infobox lines ('Shobhana Bhartia', '- Birthplace: "
 "Calcutta, West Bengal, India', '- Occupation: Business magnate') and the heading '== Background ==' cut; the single "
 "break after the heading made a paragraph break (whitespace only); kept as written: 'the HT Media', 'the Chancellor "
 "BITS School of Management' (no 'of'), 'BITS-Pilani', 'in the World', 'G. D. Birla' beside 'GD Birla', 'owned "
 "75.36 per cent stake', the rupee signs, 'Late Mohan Lal Bhartia', 'Priyavrat Bhartiya' and 'Shamit Bhartiya' "
 "beside 'Shamit Bhartia', 'and also ... and also'; cut after 'Monday to Sunday in Bangalore.', before 'In 2013, "
 "Shamit Bhartia married Nayantara Kothari, daughter of Bhadrashyam Kothari, a Chennai-based industrialist a', where "
 "the excerpt breaks off (`truncated`). Recorded 4.0 (the recent rendering form; no revision id). The store also "
 "holds an old revision (oldid 741072946, 25 September 2016; it would carry a revision id, but its excerpt breaks "
 "off earlier, in the Domino's sentence, and gives her post at 'the Hindustan Times Group') and German and "
 "Portuguese copies: not used. Shobhana, Bhartia, Jubilant, Endeavor, Loreto House, Calcutta University, Vam "
 "Organics, Monday to Sunday: 0 in train/dev/test, in every gather script and in every pool; 'HT Media' in 1 test "
 "file by count (not opened; a 2007 Wikinews report on Microsoft's purchase of aQuantive, by its id: another event); "
 "'Birla' in 1 test file by count (wp-hindalco-industries, not opened: the Aditya Birla Group's aluminium company, "
 "not named in this text; her father's and grandfather's family name here); Forbes, Kolkata and Bangalore in "
 "several (other events).",
 "non-US"))

# ---- Southeast Asia ------------------------------------------------------------------------------------------------
R.append(wp("wp-socorro-ramos", "Socorro Ramos", "https://en.wikipedia.org/wiki/Socorro_Ramos",
 "Maria Socorro Cancio Ramos (born 23 September 1923) is a Filipino businesswoman. She is the co-founder of National "
 "Book Store, the largest bookstore chain in the Philippines.\n\n"
 "Maria Socorro Cancio Ramos was born on 23 September 1923 in Santa Cruz, Laguna. She grew up in a rich "
 "entrepreneurial family, she began assisting in her parents' shop and her grandmother's market stall at a young "
 "age. After graduating from Arellano High School, she worked as a shop girl at the Ramos Goodwill Book Store. "
 "Socorro's brother Manuel married one of the daughters of the Ramos family, leading to the opening of a new bookshop "
 "on Escolta Street in 1940, located on the ground floor of Panciteria National. Jos\u00e9 Ramos was put in charge "
 "and asked Socorro to come and work for him. The store was called National Book Store. Despite facing opposition "
 "from her family, Socorro married Jos\u00e9 shortly thereafter.\n\n"
 "During the Japanese occupation, many of the American books were hidden and the couple mainly sold office supplies, "
 "soap, and flip flops. However, during the Battle of Manila in 1945, their store went up in flames and they had to "
 "start over with the stash of hidden books. Unfortunately, three years later, disaster struck again when a typhoon "
 "again destroyed the rebuilt store at its new Rizal Avenue location. Nevertheless, the National Book Store was once "
 "again reconstructed, this time with a mezzanine.\n\n"
 "Over time, the store expanded. New branches were opened at the intercession of the three children of Socorro and "
 "Jose. The company became a real family business and grew into a chain of bookstores with branches throughout the "
 "country. In the 1990s, the chain had about 50 branches. Twenty years later, there were 145. The National Book Store "
 "became the largest bookstore chain in the Philippines and one of the largest companies in the Philippine retail "
 "industry.",
 "book retail (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (no date after 1948 "
 "besides 'the 1990s' and 'Twenty years later' in the excerpt; her later honours not reached): the title line '= "
 "Socorro Ramos =', the infobox lines ('Socorro Ramos', '- Birthplace: Santa Cruz, Laguna, Philippines', '- "
 "Occupation: Entrepreneur') and the heading '==Biography==' cut; the single break after the heading made a paragraph "
 "break (whitespace only); kept as written: 'She grew up in a rich entrepreneurial family, she began' (a comma "
 "splice), 'Jos\u00e9' beside 'Jose', 'flip flops', 'disaster struck again when a typhoon again destroyed'; cut "
 "after 'the Philippine retail industry.', before 'Ramos turne', where the excerpt breaks off (`truncated`). "
 "Recorded 4.0 (the recent rendering form; no revision id). The store also holds a Spanish translation "
 "(stringtranslate.com) and news features: not used. Socorro Ramos, National Book Store, Escolta, Panciteria, "
 "Arellano, Rizal Avenue: 0 in train/dev/test, in every gather script and in every pool; Manila in 1 corpus file and "
 "the Philippines in several (other events).",
 "non-US"))

R.append(wp("wp-tony-tan-caktiong", "Tony Tan Caktiong", "https://en.wikipedia.org/wiki/Tony_Tan_Caktiong",
 "Tony Tan Caktiong, (; born January 5, 1953) is a Filipino businessman and investor. He is the founder and chairman "
 "of Jollibee Foods Corporation, and the co-chairman of DoubleDragon Properties. Forbes listed him as the fifth "
 "richest person in the Philippines in 2023, with an estimated net worth of US$3.2 billion.\n\n"
 "Tan Caktiong was born on January 5, 1953 in the then-undivided province of Davao (in now Davao del Sur) to Chinese "
 "immigrant parents from Fujian. His father worked in a restaurant in China and as a cook in a Buddhist monastery in "
 "Manila before setting up his restaurant in Davao City. Tony Tan Caktiong attended high school at Chiang Kai Shek "
 "College and graduated from the University of Santo Tomas with a degree in chemical engineering in 1975. Tan had "
 "initially planned his fledgling nascent company to be an ice cream parlor when he founded Jollibee, and then added "
 "dishes such as hamburgers, french fries, and fried chicken.\n\n"
 "Tan Caktiong founded the fast-food chain Jollibee in 1978 after starting it as an ice cream parlor in 1975. "
 "Expansion and acquisition of Greenwich Pizza Corp. enabled it to enter the pizza-pasta segment. In early 2006, "
 "Jollibee Foods Corporation bought out the remaining shares of its partners in Greenwich Pizza Corporation, "
 "equivalent to a 20% stake, for P384 million in cash.\n\n"
 "As of August 2008, Tan Caktiong's Jollibee has 1,480 stores worldwide, including Jollibee, Red Ribbon, Chowking, "
 "Greenwich, Manong Pepe's and Mang Inasal.\n\n"
 "In 2012, Tan Caktiong, through his holding company, Honeystar Holdings Corporation, invested in Injap Land "
 "Corporation, a property company founded by Edgar Sia II. With Tan Caktiong's entry, the company was renamed "
 "DoubleDragon Properties Corporation.",
 "fast food and property (leadership)", ["leadership", "deal"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (Forbes' 2023 ranking "
 "the newest fact): the title line '= Tony Tan Caktiong =', the infobox lines ('Tony Tan Caktiong', '- Birthplace: "
 "Davao, Philippines', '- Occupation: Businessman') and the headings '==Early career and education==', '==Career==', "
 "'===Jollibee Foods Corporation===' and '===DoubleDragon Properties===' cut; the single breaks after the headings "
 "made paragraph breaks (whitespace only); kept as written: 'Tony Tan Caktiong, (; born' (the rendering drops the "
 "post-nominal 'CM' and the Chinese script from the opening bracket, as batch 31a kept Ren Zhengfei's empty "
 "brackets), 'in the then-undivided province of Davao (in now Davao del Sur)', 'his fledgling nascent company', "
 "'Greenwich Pizza Corp.' beside 'Greenwich Pizza Corporation', 'P384 million', 'As of August 2008, Tan Caktiong's "
 "Jollibee has'; cut after 'renamed DoubleDragon Properties Corporation.', at the end of the career section, before "
 "the heading '==Personal life==' and 'Tan Caktiong is married to Grace (n\u00e9e', where the excerpt breaks off "
 "(`truncated`). Recorded 4.0 (2023 content; no revision id). The store also holds wikizero.net and Wikiwand copies "
 "of the same text, an older owiki.org copy (2015 figures) and a 2018 blog copy with the Chinese script garbled: not "
 "used. Caktiong, DoubleDragon, Greenwich Pizza, Red Ribbon, Chowking, Mang Inasal, Honeystar, Injap, Santo Tomas, "
 "Davao: 0 in train/dev/test, in every gather script and in every pool; Jollibee only in GATHERING.md (batch 25b's "
 "'not used' list: the company's own text on an odd-domain copy, not taken); Forbes and the Philippines in several "
 "corpus files (other events).",
 "non-US"))

# ---- Africa --------------------------------------------------------------------------------------------------------
R.append(wp("wp-bethlehem-tilahun-alemu", "Bethlehem Tilahun Alemu",
 "https://en.wikipedia.org/wiki/Bethlehem_Tilahun_Alemu",
 "Bethlehem Tilahun Alemu (born 1980) is an Ethiopian businesswoman, founder and executive director of soleRebels, "
 "Africa's fastest growing footwear company. Only thirty-four as of 2014, Alemu has received a slew of honors and "
 "accolades for her business acumen, as well as her efforts to shift the discourse on Africa away from poverty "
 "alleviation by external actors and instead highlight the entrepreneurial spirit, social capitol, and vast economic "
 "potential of the continent, and Ethiopia in particular. Alemu recently launched a second company, The Republic of "
 "Leather, focusing on custom-designed sustainable luxury leather goods.\n\n"
 "Alemu was born in the Zenebework area of Addis Ababa in 1980, the eldest of four siblings. Her parents worked at a "
 "local hospital. Alemu attended public primary and secondary schools, and then went on to study accounting at Unity "
 "University, graduating in 2004.\n\n"
 "In early 2005, fresh out of college, Alemu founded soleRebels to provide ecologically and economically sustainable "
 "jobs for her local community. The company began out of a workshop on a plot of land owned by Alemu's grandmother "
 "in Zenebework. SoleRebels has since flourished, growing to over one hundred employees, with distribution to over "
 "thirty countries worldwide, selling to market kingmakers Whole Foods, Urban Outfitters and Amazon. Franchised and "
 "company-owned stores are slated to open in Austria, Switzerland, Taiwan, and the UK. Alemu wanted to create "
 "well-paid jobs which could create sustained prosperity by utilizing the artisan talents and natural resources of "
 "Ethiopia, first and foremost. The selection of footwear as the ideal product for the company came later.",
 "footwear (leadership)", ["leadership"],
 "The English Wikipedia article of 2014 ('Only thirty-four as of 2014') as en.wikipedia.org's older full-page "
 "rendering holds it in the page store ('From Wikipedia, the free encyclopedia' with 'Jump to: navigation, search', "
 "held at the http form of the address): the title line, those two lines, the headings with their '[edit]' marks ('Early Life[edit]', "
 "'Business Ventures[edit]') and the citation markers ('[1]' to '[4]') cut; kept as written: 'social capitol', "
 "'honors', 'soleRebels' beside 'SoleRebels' at a sentence's start, 'market kingmakers', 'the UK'; cut after 'came "
 "later.', before 'Alemu found herself particularly inspired by the seleate or barabasso, ... and footwear became "
 "the locus around which', where the excerpt breaks off (`truncated`). Recorded 3.0 (2014 content; no revision id). "
 "The store also holds a university profile page (ju.edu.et) that repeats some of these sentences with its own, and "
 "news profiles: not used. Bethlehem, soleRebels, Republic of Leather, Zenebework, Unity University, Urban "
 "Outfitters: 0 in train/dev/test, in every gather script and in every pool; 'Whole Foods' only in GATHERING.md "
 "notes; Amazon, Addis Ababa and Ethiopia in corpus files (other events).",
 "non-US", v3=True))

R.append(wp("wp-tara-fela-durotoye", "Tara Fela-Durotoye", "https://en.wikipedia.org/wiki/Tara_Fela-Durotoye",
 "Tara Fela-Durotoye (born 6 March 1977) is a Nigerian beauty entrepreneur and lawyer. A pioneer in the bridal makeup "
 "profession in Nigeria, she launched the first bridal directory in 1999, set up international standard makeup "
 "studios and established the first makeup school in Nigeria.\n\n"
 "She is the founder and CEO of House of Tara International and creator of the Tara Orekelewa Beauty range, Inspired "
 "Perfume and the H.I.P Beauty range.\n\n"
 "As of 2019, her brand House of Tara, had 270 products, 23 stores, 14 beauty schools and 10,000 representatives all "
 "around Africa.\n\n"
 "In 2007, Tara Fela-Durotoye was awarded the Africa SMME Award and the Entrepreneur award in South Africa and in "
 "2013, Forbes listed her as one 20 Young Power Women In Africa. In 2020, the magazine Forbes listed her among "
 "\"Africa's 50 Most Powerful Women\".\n\n"
 "She is an alumnus of the Lagos Business School Chief Executive Programme, INSEAD Abu Dhabi, Yale University, The "
 "Stanford SEED Transformation Programme, and the Harvard Kennedy School having completed the Global Leadership and "
 "Public Policy in the 21st century, She is a member of the France/Nigeria Investment club which was incorporated in "
 "2018 by the French President Emmanuel Macron.\n\n"
 "Tara Fela-Durotoye was born at St. Nicholas Hospital, Lagos to John Ejegi Sagay, a commissioner at the Federal "
 "Civil Service, Nigeria and Felicia Omaghomi. The couple separated when she was eight months old; and being a "
 "polygamous home, she was brought up by her stepmother, Modupe Agnes Sagay. She started her education at Command "
 "Children School, Victoria Island and proceeded to Nigeria Navy Secondary School, Ojo, where she was a boarder. In "
 "form 5, she was made the Sanitary and Welfare Prefect. She graduated from the Lagos State University, with a degree "
 "in Law and proceeded to establish the House of Tara International.",
 "beauty products (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (Forbes' 2020 list "
 "the newest fact): the title line '= Tara Fela-Durotoye =', the infobox lines ('Tara Fela-Durotoye', '- Birthplace: "
 "Lagos, Lagos State, Nigeria', '- Occupation: Beauty Entrepreneur, Lawyer') and the heading '==Early life==' cut; "
 "kept as written: 'her brand House of Tara, had', 'listed her as one 20 Young Power Women In Africa', 'an alumnus', "
 "'in the 21st century, She is a member' (comma before a capital), 'the French President Emmanuel Macron', 'born at "
 "St. Nicholas Hospital, Lagos to John Ejegi Sagay', 'In form 5'; the excerpt ends at the sub-heading "
 "'===Personal' of the early-life section: the text ends at the section's last full sentence, 'the House of Tara "
 "International.' (`truncated`: the page goes on). Recorded 4.0 (2020 content or later, the recent rendering form; "
 "no revision id). Fela-Durotoye, House of Tara, Orekelewa, Sagay, Lagos State University, St. Nicholas Hospital, "
 "Command Children School: 0 in train/dev/test, in every gather script and in every pool; Forbes, Yale, Harvard, "
 "INSEAD and Lagos in corpus files (other events); Emmanuel Macron in none.",
 "non-US"))

# ---- Latin America and the Gulf ------------------------------------------------------------------------------------
R.append(wp("wp-marcelo-claure", "Marcelo Claure", "https://en.wikipedia.org/wiki/Marcelo_Claure",
 "Raul Marcelo Claure Bedoya is a Bolivian technology entrepreneur, businessman, and investor. Until early 2022 he "
 "was the chief executive officer (CEO) of SoftBank Group International and chief operating officer (COO) of "
 "SoftBank Group Corporation, He oversaw SoftBank's operations and strategy along with CEO Masayoshi Son. As COO of "
 "SoftBank Group, a technology investment company, Claure oversaw portfolio companies such as Boston Dynamics, Arm "
 "Holdings, Fortress, SB Energy, and WeWork. Claure was a SoftBank Group Investment Committee member. He also headed "
 "the $5 billion SoftBank Latin America Fund and SB Opportunity Fund, a $100 million fund dedicated to investing in "
 "entrepreneurs of color. He is executive chairman of WeWork.\n\n"
 "Claure previously served as Sprint's President and CEO from 2014 until 2018, and as executive chairman from 2018 "
 "until 2020. Credited with having \"led a turnaround\" at Sprint, he oversaw the company's planned merger with "
 "T-Mobile USA. He currently sits on the board of the combined company. Prior to joining Sprint, Claure founded the "
 "wireless services company Brightstar in 1997, which ranked as the largest Hispanic-owned business in the United "
 "States for six years. Claure sold the company to Sprint in 2014.\n\n"
 "He served on the board of directors of Arm. Claure is owner of the soccer team Club Bolivar; chairman and co-owner "
 "of Girona FC since August 2020. Claure is also involved in philanthropy.",
 "technology investment and telecommunications (leadership)", ["leadership", "deal"],
 "The English Wikipedia article of 2022 (infobox 'age 51'; his SoftBank posts told as ended 'early 2022', WeWork's "
 "executive chair as current) as en.wikipedia.org's older full-page rendering holds it in the page store ('From "
 "Wikipedia, the free encyclopedia' with 'Jump to navigation Jump to search'): the title line, those two lines, the "
 "infobox lines ('Marcelo Claure', 'Marcelo Claure 2019 uncropped.jpg', 'Claure in 2019', 'Born (1970-12-09) 9 "
 "December 1970 (age 51)', 'NationalityBolivian, American', 'Alma materBentley University (BS)', "
 "'OccupationTechnology entrepreneur, investor, philanthropist', 'Board member of', 'SpouseJordan Engard'), the "
 "citation markers ('[1]' to '[20]', several in runs) and '[citation needed]' cut; kept as written: 'SoftBank Group "
 "Corporation, He oversaw' (a comma before a capital where a marker stood), 'Sprint's President and CEO', 'Claure "
 "sold the company to Sprint in 2014' (the text's words; annotated as written), 'Club Bolivar' (no accent), 'Girona "
 "FC'; cut after 'involved in philanthropy.', before 'In his role at Brightstar, he helped launch One Laptop Per "
 "Child and as CEO of Sprint, he c', where the excerpt breaks off (`truncated`). Recorded 3.0 (2022 content, before "
 "June 2023; no revision id). The store also holds wikizero.com's copy of 2024 (Claure Group, Bicycle Capital and "
 "Shein posts; its excerpt tells no Arm, Girona or Club Bolivar post) and news: not used. Claure, Brightstar, Club "
 "Bolivar, Girona, SoftBank Latin America Fund, SB Opportunity Fund, Boston Dynamics, SB Energy: 0 in train/dev/test, "
 "in every gather script and in every pool; WeWork and 'Fortress' only in GATHERING.md notes; Sprint, T-Mobile, "
 "SoftBank and Arm in several corpus files (other events: wp-sprint-nextel, wp-boost-mobile, FCC and DOJ texts, an "
 "FTC note on the abandoned Nvidia/Arm deal; this text tells Sprint's merger only as 'planned').",
 "non-US", v3=True))

R.append(wp("wp-nasser-al-khelaifi", "Nasser Al-Khelaifi", "https://en.wikipedia.org/wiki/Nasser_Al-Khelaifi",
 "Nasser bin Ghanim Al-Khelaifi (\u0646\u0627\u0635\u0631 \u0628\u0646 \u063a\u0627\u0646\u0645 "
 "\u0627\u0644\u062e\u0644\u064a\u0641\u064a; born 12 November 1973) is a Qatari businessman, sports executive, and "
 "former professional tennis player. He is the chairman of beIN Media Group and Qatar Sports Investments, president "
 "of Paris Saint-Germain and the Qatar Tennis Federation, and vice president of the Asian Tennis Federation for West "
 "Asia.\n\n"
 "Al-Khelaifi was also a member of the organizing committee for the FIFA Club World Cup, and was elected as the "
 "chairman of the European Club Association (ECA) in 2021.\n\n"
 "Al-Khela\u00effi was honored by ESPN as the seventh most influential individual in the realm of world football in "
 "2015. His influence was further solidified in May 2020 when a France Football ranking positioned him as the most "
 "influential personality in the sport.\n\n"
 "Al-Khelaifi was born in Qatar. He graduated with an Economics Degree from Qatar University and got his Master's "
 "Degree from the University of Piraeus.\n\n"
 "Khelaifi befriended the current Emir of Qatar, Tamim bin Hamad Al Thani, when they were 14 and eight years old "
 "respectively, through tennis, which the two used to play together.",
 "sports media and football (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (his 2021 election to "
 "the ECA's chair and a May 2020 ranking told): the title line '= Nasser Al-Khelaifi =', the infobox lines ('Nasser "
 "Ghanim Al-Khelaifi', '- Full Name: Nasser bin Ghanim Al-Khelaifi', '- Country: Qatar', '- Birth Place: Doha, "
 "Qatar', '- Turnedpro: 1993', '- Retired: 2004', '- Plays: Right handed', the singles and doubles record, title and "
 "ranking lines, '- Updated: 20 May 2013') and the heading '==Early life and education==' cut; the single break "
 "after the heading made a paragraph break (whitespace only); kept as written: the Arabic script in the opening "
 "bracket (the rendering drops the word 'Arabic:'), 'Al-Khela\u00effi' with the diaeresis beside 'Al-Khelaifi' and "
 "'Khelaifi', 'honored', 'an Economics Degree', 'when they were 14 and eight years old respectively'; cut after "
 "'used to play together.', at the end of the early-life section, before the headings '==Tennis career==' and '=== "
 "Playing career ===' (his Davis Cup record: no business content; the excerpt breaks off in that section) "
 "(`truncated`). Recorded 4.0 (2021 content or later; no revision id). The store also holds an older mobile "
 "rendering (en.m.wikipedia.org, 2023; the same lead without the ESPN paragraph), jmedia.wiki's copy and a casino "
 "spam page repeating the older lead: not used. Khelaifi, beIN Media, Qatar Sports Investments, Paris Saint-Germain, "
 "Qatar Tennis Federation, European Club Association, Qatar University, Piraeus: 0 in train/dev/test, in every "
 "gather script and in every pool; 'Tamim' in 1 test file by count (not opened; by its id a 2018 Wikinews report on an Israeli entry ban: another event) and ESPN in a few (other events).",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
