#!/usr/bin/env python3
"""Batch 32k (session 33, round 3; helper gather33k): English Wikipedia texts (CC BY-SA) on company executives told as
news, round 5 of the executive-biography lane after batches 31a, 31h, 32a and 32h. This short round (six texts, a hard
deadline) takes four women who ran or run large American companies -- a cosmetics seller's chief executive and chair
who went on to run a microfinance nonprofit, a design-software company's chief executive who later ran an internet
company, a chip maker's president, chief executive and chair, a fund manager's president, chief executive and chair
-- and two men: the Italian-Argentine steel executive of the Techint group that the lane's round-2 section kept in
reserve (from an older copy) and a Singaporean hotel-group founder and chairman. Four texts were gathered and
annotated first; the last two (Johnson, Ho) were found after, with time left, and adding them re-dealt the split
cycle over the six sorted ids (nothing had been moved or committed); newskg (or any extractor) was not run on them. Texts are the search tool's page-store
excerpts (`search`, corpus `pages`; never a whole page), cut at the last full sentence before an excerpt breaks off
(`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch32k.py [POOL_DIR] [--dry]   (default /tmp/gather33k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33k/pool"

R = []
# ---- United States (three women) -----------------------------------------------------------------------------------
R.append(wp("wp-andrea-jung", "Andrea Jung", "https://en.wikipedia.org/wiki/Andrea_Jung",
 "Andrea Jung (\u937e\u5f6c\u5afa, pinyin: Zh\u014dng B\u012bnxi\u00e1n, jyutping: zung1 ban1 haa4) (born 1958) is a "
 "Canadian-American executive, non-profit leader, and prominent women's-issues supporter. In April 2014, she became "
 "president and CEO of Grameen America, a nonprofit microfinance organization founded by Nobel Peace Prize winner, "
 "Muhammad Yunus. Grameen is the fastest-growing microfinance organization in the United States, providing the "
 "largest number of microfinance loans to individuals and small businesses. From 1999 until 2012, she served as the "
 "first female CEO and chairman of Avon Products, Inc., a multi-level marketing company. Jung was also the first "
 "woman to serve as Chairman of the Cosmetic, Toiletry & Fragrance Association, and Chairman of the World Federation "
 "of Direct Selling Associations.\n\n"
 "Jung received the 2010 Clinton Global Citizen Award for her leadership of Avon Foundation for Women and other "
 "public-private partnerships to end violence against women and to stem the breast cancer epidemic. Under her "
 "leadership, the Avon Foundation for Women raised and awarded nearly $1 billion to support health and empowerment "
 "causes, becoming the largest women-focused corporate philanthropy around the world.\n\n"
 "After resigning her CEO role at Avon, Jung continued as chair of Avon's board of directors through the end of 2012 "
 "and then as a senior advisor to Avon's board through April 2014.\n\n"
 "Jung was born in Toronto, Ontario in 1958 and raised in Wellesley, Massachusetts. As a child, she studied the piano "
 "and took lessons in Mandarin on Saturday mornings.",
 "cosmetics and microfinance (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the older full-page form ('From Wikipedia, the free "
 "encyclopedia', 'Jump to navigation Jump to search'; infobox 'Born1959 (age 61\u201362)', so content of about "
 "2020-2021): the title line, those two lines, the infobox lines ('Andrea Jung', the picture's file name 'Andrea Jung "
 "2010.jpg' and caption 'Andrea Jung at the International Women of Courage Awards, 10 March 2010.', "
 "'Born1959 (age 61\u201362)', 'Toronto, Ontario, Canada', 'Alma materPrinceton University (A.B.)', "
 "'OccupationPresident, CEO of Grameen America', 'Spouse(s)Michael Gould (divorced)'), the heading 'Early life[edit]' "
 "and the citation markers ('[1][2]', '[3]', '[4]', '[5]', '[6][7]', '[8]', '[9]') cut; kept as written: the Chinese "
 "script, pinyin and jyutping in the opening bracket, 'founded by Nobel Peace Prize winner, Muhammad Yunus' (the "
 "comma), 'Chairman' capitalised beside 'chairman' and 'chair', 'born 1958' (the infobox cut says 1959); cut after "
 "'on Saturday mornings.', before 'Her mother is a Shanghai-bo', where the excerpt breaks off (`truncated`). "
 "Recorded 3.0 (content before June 2023; no revision id). The store also holds a 2014 blog post repeating an older "
 "revision (reh-techtalks.blogspot.com; a blog's copy of an older text, the en.wikipedia.org rendering taken instead) and Britannica, "
 "referenceforbusiness.com and translation-site profiles (not Wikipedia): not used. Andrea Jung, Grameen America, "
 "Yunus, Cosmetic, Toiletry, Direct Selling, Clinton Global Citizen, Wellesley: 0 in train/dev/test, in every gather "
 "script and in every pool, except 'Grameen' (1 train file, 1 test file by count, not opened, and 3 gather scripts: "
 "the train file, wp-warid-pakistan, names batch 27b's Grameenphone text in its note, the scripts are batch 27b's on "
 "Grameenphone, Grameen Telecom and Grameen Bank: other companies; the test file not opened) and 'Avon' (1 train, 1 "
 "dev file: both name Biogen's drug Avonex, by the word's context; other events); Toronto and Massachusetts in several (other events).",
 "US", v3=True))

R.append(wp("wp-carol-bartz", "Carol Bartz", "https://en.wikipedia.org/wiki/Carol_Bartz",
 "Carol Ann Bartz (born August 28, 1948) is an American business executive, the former president and CEO of the "
 "internet services company Yahoo!, and former chairman, president, and CEO at architectural and engineering design "
 "software company Autodesk.\n\n"
 "Bartz was born in Winona, Minnesota, the daughter of Shirley Ann (n\u00e9e Giese) and Virgil Julius Bartz. Her "
 "mother died when Carol was eight years old. A few years later, she and her younger brother, Jim, moved from "
 "Minnesota to the home of their grandmother, Alice, on a dairy farm near Alma, Wisconsin. In high school, Bartz did "
 "well in mathematics, and was also homecoming queen. She began college at William Woods University in Fulton, "
 "Missouri, and subsequently transferred to the University of Wisconsin\u2013Madison where she received a bachelor's "
 "degree in computer science in 1971. While in college, she supported herself as a cocktail waitress. Bartz also "
 "has two half brothers and two half sisters all living in Wisconsin and Minnesota.\n\n"
 "Bartz was also awarded an Honorary Doctorate of Humane Letters degree (2002) from New Jersey Institute of "
 "Technology, an Honorary Doctor of Science degree from Worcester Polytechnic Institute and an honorary Doctor of "
 "Letters degree from William Woods University.\n\n"
 "In 1976, Bartz went to work at the manufacturing conglomerate 3M, but left after her request to transfer to the "
 "headquarters was denied. Bartz moved on to the computer industry, including jobs at Digital Equipment Corporation "
 "and Sun Microsystems.\n\n"
 "She became CEO of Autodesk in 1992.",
 "design software and internet services (leadership)", ["leadership"],
 "The article as Infogalactic, a wiki forked from English Wikipedia in 2016 that keeps Wikipedia's text under CC "
 "BY-SA 3.0, holds it in the page store (infobox '(age 71)', so the fork's page as of about 2019-2020; the lead and "
 "sections read as Wikipedia's of 2016 or earlier): the title line, 'From Infogalactic: the planetary knowledge "
 "core', 'Jump to: navigation, search', the infobox lines ('Carol Bartz', the picture's file name 'Carol Bartz.jpg' "
 "and caption 'Bartz at her first Yahoo! all hands meeting (2009)', 'Born Carol Ann Bartz', '(1948-08-28) August "
 "28, 1948 (age 71)', 'Winona, Minnesota, U.S.', 'Alma mater William Woods University', 'University of Wisconsin, "
 "Madison'), the headings 'Early life and education' and 'CEO of Autodesk' (and the empty line where a heading stood "
 "before 'In 1976') and the citation markers ('[1][2][3]', '[4]', '[5][6][7]', '[5]', '[8]', '[6][9]') cut; kept as "
 "written: 'Yahoo!' with its mark, 'chairman, president, and CEO at', 'half brothers', 'Honorary Doctorate of "
 "Humane Letters degree (2002)'; cut after 'She became CEO of Autodesk in 1992.', before 'According to Forbes, Bartz "
 "\"transformed Autodesk from', where the excerpt breaks off (`truncated`). Recorded 3.0 (Infogalactic's own "
 "licence, and content before June 2023; no revision id). Doubtful: a fork, not a plain mirror -- batch 31-era "
 "notes left out Infogalactic copies whose lead had been rewritten; this lead matches the Wikipedia wording the "
 "store's vizaca.com rewrite paraphrases ('Carol Ann Bartz, who was born August 28, 1948, is an American business "
 "executive, former president and CEO of the internet services company Yahoo!, and former chairman, president, and "
 "CEO at architectural and engineering design software company Autodesk'), judged unchanged. The store also holds "
 "news (Los Angeles Times, Mercury News), a German Metapedia page and an EBSCO profile: not used. Bartz, Winona "
 "(1 test file by count, not opened; another subject by the batch scripts that name it), William Woods, Alma, "
 "Wisconsin, New Jersey Institute, Worcester Polytechnic: 0 in train/dev/test otherwise, in every gather script and "
 "in every pool; Autodesk in 1 train file (wn-autodesk-buy-alias-2005, Autodesk's 2005 purchase of Alias: another "
 "event; the file does not name Bartz), Yahoo (many), 3M, Digital Equipment and Sun Microsystems (a few, other "
 "events).",
 "US", v3=True, copy_of="the Wikipedia article as forked by Infogalactic", site="English Wikipedia (Infogalactic fork)"))

R.append(wp("wp-lisa-su", "Lisa Su", "https://en.wikipedia.org/wiki/Lisa_Su",
 "Lisa Tzwu-Fang Su (Chinese: \u8607\u59ff\u4e30; born 7 November 1969) is an American business executive and "
 "electrical engineer who is the president, chief executive officer and chair of AMD. Early in her career, Su worked "
 "at Texas Instruments, IBM, and Freescale Semiconductor in engineering and management positions. She is known for "
 "her work developing silicon-on-insulator semiconductor manufacturing technologies and more efficient semiconductor "
 "chips during her time as vice president of IBM's Semiconductor Research and Development Center.\n\n"
 "Su was appointed president and CEO of AMD in October 2014, after joining the company in 2012 and holding roles "
 "such as senior vice president of AMD's global business units and chief operating officer. She is on the boards of "
 "Cisco Systems, Global Semiconductor Alliance and the U.S. Semiconductor Industry Association, and is a fellow of "
 "the Institute of Electrical and Electronics Engineers (IEEE). Recognized with a number of awards and accolades, she "
 "was named Executive of the Year by EE Times in 2014 and one of the World's Greatest Leaders in 2017 by Fortune. She "
 "became the first woman to receive the IEEE Robert Noyce Medal in 2021.\n\n"
 "Lisa Tzwu-Fang Su was born in November of 1969 in Tainan, Taiwan. She was born in a Taiwanese Hokkien speaking "
 "family.",
 "semiconductors (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the full-page form ('From Wikipedia, the free "
 "encyclopedia'; infobox '(age 54)' and 'Chair of AMD (since 2022)', so content of 2023-2024): the title line, that "
 "line, the infobox lines ('Lisa Su', 'Su in2024', 'Lisa Tzwu-Fang Su[1]', '(1969-11-07) 7 November 1969 (age 54)', "
 "'Tainan, Taiwan', 'EducationMassachusetts Institute of Technology (BS, MS, PhD)', 'Known forSemiconductor design, "
 "silicon-on-insulator design', 'TitlePresident and CEO of AMD (2014\u2013present)', 'Chair of AMD (since 2022)', "
 "'SpouseDaniel Lin[1][2]', 'RelativesJensen Huang (cousin)', 'AwardsIEEE Fellow (2009)', the Chinese-name box "
 "'Lisa Su', 'Traditional Chinese\u8607\u59ff\u4e30', 'Simplified Chinese\u82cf\u59ff\u4e30'), the heading 'Early "
 "life and education[edit]' and the citation markers ('[2][4][5]', '[6]', '[7]', '[8]', '[9][10]', '[11]', '[12]', "
 "'[11]', '[2][11]', '[11]', '[13]', and 'November[1][14] of 1969[7][2]', '[15]') cut; kept as written: the Chinese "
 "script with its 'Chinese:' label, 'the U.S. Semiconductor Industry Association', 'in November of 1969', 'Taiwanese "
 "Hokkien speaking family'; cut after 'speaking family.', before 'She immigrated to the United States[2] at the age "
 "of 3 with her parents Su Chun-hwai', where the excerpt breaks off mid-name (`truncated`). Recorded 4.0 (content of "
 "2024; no revision id). The store also holds a movatter.jp proxy rendering of a later revision (a proxy page, its "
 "lead reworded), a German Wikipedia mirror (wikipedia.jakami.de) and news and profile pages: not used. Lisa Su, "
 "Tainan, Global Semiconductor Alliance, Semiconductor Industry Association, EE Times, Noyce: 0 in train/dev/test, "
 "in every gather script and in every pool; 'AMD' in 1 dev file (a 2005 Wikinews report on Turbolinux, by its id) and "
 "1 test file by count (not opened; by its id the 2006 Wikinews report of AMD joining forces with ATI: another event, "
 "ATI not named here), 'Advanced Micro Devices' and Freescale in 1 train file each, Texas Instruments in 1 dev file, "
 "Cisco (several), IBM and Fortune (many): other events.",
 "US"))

R.append(wp("wp-abigail-johnson", "Abigail Johnson", "https://en.wikipedia.org/wiki/Abigail_Johnson",
 "Abigail Pierrepont Johnson (born December 19, 1961) is an American billionaire businesswoman, and the granddaughter "
 "of the late Edward C. Johnson II; the founder of Fidelity Investments. Since 2014, Johnson has been president and "
 "chief executive officer (CEO) of American investment firm Fidelity Investments (FMR), and chair of its "
 "international former sister company Fidelity International (FIL). Fidelity was founded by her grandfather Edward "
 "C. Johnson II. Her father, Edward C. \"Ned\" Johnson III, remained chair emeritus of FMR until his death in March "
 "2022. As of March 2013, the Johnson family owned a 49% stake in the privately-held company, with Johnson herself "
 "holding an estimated 24.5%. She is a board member of Breakthrough Energy Ventures.\n\n"
 "In November 2016, Johnson was named chair and remained CEO and president, giving her full control of Fidelity with "
 "45,000 employees worldwide. Johnson's wealth is approximately $22.6 billion, making her one of the world's "
 "wealthiest women. She was named on Forbes' \"The Richest Person In America's 50 Largest Cities\" list in 2016 and "
 "ranked sixth in 2021 on their \"Powerful Women\" list. She was the richest person in Massachusetts in 2020.\n\n"
 "Born on December 19, 1961, Johnson and her younger siblings did not feel pressured to join the family business. "
 "As a child Johnson was attracted to her father\u2019s work.",
 "investment management (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the full-page form ('From Wikipedia, the free "
 "encyclopedia'; infobox '(age 61)' and her father's death in March 2022 told, so content of December 2022 to "
 "December 2023): the title line, that line, the infobox lines ('Abigail Johnson', the picture's file name 'Abigail "
 "Johnson at the Boston Convention and Exhibition Center on April 24, 2012.jpg' and caption 'Johnson in 2012', "
 "'Abigail Pierrepont Johnson', '(1961-12-19) December 19, 1961 (age 61)', 'EducationWilliam Smith College (BA)', "
 "'Harvard University (MBA)', 'TitleChairwoman, CEO, and president, Fidelity Investments', 'Chairwoman, Fidelity "
 "International', 'Christopher McKown', '(m. 1988)', 'RelativesEdward C. Johnson II (grandfather)'), the heading "
 "'Early life and education[edit]' and the citation markers ('[1]', '[2]', '[3]', '[4][5]', '[6]', '[7]', '[8]', "
 "'[4]', '[9]', and ' [10]' with the space before it) cut; kept as written: 'the late Edward C. Johnson II; the "
 "founder' (a semicolon), 'privately-held', the curly apostrophe in 'father\u2019s' beside straight ones elsewhere, "
 "the quoted list names; cut after 'attracted to her father\u2019s work.', before a picture caption ('Johnson "
 "reading paper in her family home on September 21 1970.') and 'Johnson attended Cambridge, Mass', where the excerpt "
 "breaks off (`truncated`). Recorded 3.0 (doubtful: the infobox age dates the content between December 2022 and "
 "December 2023, either side of Wikimedia's June 2023 move to 4.0; no revision id). The store also holds "
 "referenceforbusiness.com, notablebiographies.com and theceo.in profiles (not Wikipedia; the last rewords this "
 "lead) and news: not used. Abigail Johnson, Pierrepont, Edward C. Johnson, Fidelity Investments, Fidelity "
 "International, Breakthrough Energy: 0 in train/dev/test, in every gather script and in every pool ('Abigail' "
 "alone in 1 train file and batch 15a's script: Abigail Slater of the Justice Department; 'Fidelity' alone in 1 train "
 "and 1 dev file: Fidelity National Financial, another company); Forbes and Massachusetts in several (other "
 "events).",
 "US"))

# ---- Argentina / Italy (the round-2 reserve) -----------------------------------------------------------------------
R.append(wp("wp-paolo-rocca", "Paolo Rocca", "https://en.wikipedia.org/wiki/Paolo_Rocca",
 "Paolo Rocca (born October 14, 1952) is a prominent Italian Argentine businessman.\n\n"
 "Paolo Rocca was born in Milan. His father, Roberto Rocca, was a mechanical engineer and the son of Agostino Rocca, "
 "a prominent member of the Istituto per la Ricostruzione Industriale (IRI, the centerpiece of the Mussolini "
 "regime's corporate state) from 1933 to 1941, and the founder of Techint, in 1945. The Roccas had left Italy in "
 "1946, and settled in Buenos Aires. They retained close ties to the old country, however, and returned often to "
 "close business deals (including the acquisition of the senior Rocca's erstwhile employer, steelmaker Dalmine, in "
 "1954).\n\n"
 "Paolo Rocca anrolled at the University of Milan, earning a degree in Political Science. He later enrolled at the "
 "Harvard Business School, earning apostgraduate degree. Following the founder's death in 1978, the presidency of "
 "Techint was transferred to Roberto Rocca, Paolo's father, and in 1985, the younger Rocca joined Techint as his "
 "father's assistant, reaching the rank of executive vice president in 1990. Techint participated in the "
 "privatization drive adopted by President Carlos Menem in the early 1990s, purchasing a majority stake in "
 "Argentina's then-leading steel manufacturer, the state-owned Somisa, in 1992.\n\n"
 "Rocca converted Somisa into Siderar, and integrated led Techint into the development of an integrated Techint's "
 "cold rolled steel operations (for which Somisa had long been a leading supplier, reportedly at a loss to the state "
 "concern) into Siderca.",
 "steel and engineering (leadership)", ["leadership", "deal"],
 "The English Wikipedia article of about 2010 as The Full Wiki (thefullwiki.org), a site repeating Wikipedia articles "
 "with its own furniture, holds it in the page store (the reserve batch 32h's section named): the site's lines ('The "
 "Full Wiki', 'More info on Paolo Rocca', 'Paolo Rocca: Wikis', its note 'Note: Many of our articles have direct "
 "quotes from sources you can cite, within the Wikipedia article! ...'), 'From Wikipedia, the free encyclopedia', "
 "the title line 'Paolo Rocca', the heading 'Life and times' and the citation markers ('[1]', '[2]', '[3]', '[4]') "
 "cut; kept as written: 'anrolled', 'earning apostgraduate degree' (the copy's run-together words), 'and integrated "
 "led Techint into the development of an integrated Techint's cold rolled steel operations' (the garbled sentence "
 "as the copy has it), 'aplliances' not reached; cut after 'into Siderca.', before 'Between 1992 and 1996 Siderar "
 "raised its share ...', where the excerpt breaks off (`truncated`). Recorded 3.0 (content of about 2010; no "
 "revision id). His later posts (Tenaris and Techint chief executive, Ternium chair) come after the cut; the store's "
 "Italian, French, Spanish and German pages (it.wikipedia.org, fra.wiki, es.knowpia.com, de.knowledgr.com) and "
 "absoluteastronomy.com's copy (the same older text broken by glossary pop-ups) were not used. Rocca, Techint, "
 "Somisa, Siderar, Siderca, Dalmine, Istituto per la Ricostruzione: 0 in train/dev/test, in every gather script and "
 "in every pool; 'Menem' in 1 test file by count (not opened) and 2 gather scripts (other texts); Milan, Buenos Aires "
 "and Harvard Business School in a few (other events).",
 "non-US", v3=True, copy_of="the Wikipedia article of about 2010, via The Full Wiki"))


# ---- Singapore -----------------------------------------------------------------------------------------------------
R.append(wp("wp-ho-kwon-ping", "Ho Kwon Ping", "https://en.wikipedia.org/wiki/Ho_Kwon_Ping",
 "Ho Kwon Ping (; born 24 August 1952) is a Singaporean businessman. He is the founder and executive chairman of "
 "Banyan Group and Laguna Resorts and Hotels, and executive chairman of Thai Wah Public Company.\n\n"
 "He was the founding chairman of Singapore Management University (SMU) and has chaired Singapore Power and MediaCorp "
 "Singapore. He has also served on the boards of Standard Chartered Bank, Diageo, Singapore Airlines, and GIC.\n\n"
 "Ho was born to Ho Rih Hwa, a businessman and diplomat, and Li Lienfung, the bilingual author.\n\n"
 "Ho was born in Hong Kong, but spent his childhood in Thailand where his father, Ho Rih Hwa, was Singapore's "
 "ambassador to the country. He was educated in Thailand, Taiwan, the US and Singapore. He went on to Tunghai "
 "University in Taiwan where the exposure to Chinese culture left a deep impact on him. After a year in Taiwan, he "
 "left for Stanford University in the US. After returning to Singapore, he did his national service as a combat "
 "engineer. He later studied at the National University of Singapore, where he graduated in economics and history "
 "with a silver medal awarded by the Singapore Employers' Federation for being the second most outstanding student "
 "in the final year examination.\n\n"
 "Currently, Ho Kwon Ping is the founder and executive chairman of Banyan Group and Laguna Resorts and Hotels, and "
 "executive chairman of Thai Wah Public Company. All three family-owned companies are listed in Singapore and "
 "Thailand.",
 "hotels and resorts (leadership)", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store in the recent '= Title =' form (the lead "
 "names 'Banyan Group' where the infobox cut still says 'Banyan Tree Holdings'; no date in the excerpt): the title line '= Ho Kwon Ping =', the "
 "infobox lines ('Ho Kwon Ping', '- Order: Banyan Tree Holdings', '- Office: Executive Chairman', '- Birth Place: "
 "British Hong Kong', '- Citizenship: Singaporean', '- Spouse: Claire Chiang', '- Alma Mater: Tunghai University, "
 "Stanford University, National University of Singapore', '- Children: 3', '- Honorific Suffix: DUBC') and the "
 "headings '== Early life ==' and '== Career ==' cut; single breaks after the headings made paragraph breaks "
 "(whitespace only); kept as written: 'Ho Kwon Ping (; born' (the rendering drops the Chinese script, as batch 32h "
 "found for Tan Caktiong), 'the bilingual author', 'the US', the career paragraph's first sentence repeating the "
 "lead; cut after 'listed in Singapore and Thailand.', before 'He was the founding chairman of Singapore Management "
 "University (SMU) and has chaired ... Singapore Airli', the lead's second paragraph told again where the excerpt "
 "breaks off (`truncated`). Recorded 4.0 (recent rendering form; no revision id). The store also holds a Kiwix copy "
 "of about 2019 (zims-en.kiwix.campusafrica.gos.orange.com; an older text naming Banyan Tree Holdings), Singapore "
 "Infopedia articles (National Library Board, not openly licensed), Grokipedia (AI-written) and news: not used. Ho "
 "Kwon Ping, Banyan, Laguna Resorts, Thai Wah, Singapore Management University, Singapore Power, MediaCorp, Standard "
 "Chartered, GIC, Tunghai, Ho Rih Hwa, Li Lienfung, Singapore Employers: 0 in train/dev/test, in every gather script "
 "and in every pool; Diageo (1 train, 2 test files by count, not opened), Singapore Airlines (several), National "
 "University of Singapore (1 test file by count, not opened) and Stanford (a few): other events, none a biography "
 "of Ho by the ids.",
 "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
