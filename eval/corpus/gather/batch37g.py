#!/usr/bin/env python3
"""Batch 37g (session 38; helper gather38g): English Wikipedia texts (CC BY-SA) on business executives told as news,
part 19 of the executive-biography lane (after batches 36h, 36p and 36o), this round in South Asia, where the lane had
no subject yet: Hussain Dawood of Pakistan (finance director, managing director, chief executive and chairman across
his family's companies; chairman of Engro after its acquisition), Harry Jayawardena of Sri Lanka (head of a state
trading body's tea department, founder of a tea exporter, chairman of a distiller his group bought into and of a
holding company) and Binod Chaudhary of Nepal (chairman and president of his family's group). Texts are the search
tool's page-store excerpts (`search`, corpus `pages`; never a whole page): one en.wikipedia.org plain-text rendering
of 2024 or later, one en.wikipedia.org HTML rendering of 2019 and one WikiMili copy of 2023-2024, each cut at the end
of the last whole paragraph or section the excerpt holds (`truncated`). Edits per item in `notes`; no word added or
changed. newskg (or any extractor) was not run on any text.
usage: batch37g.py [POOL_DIR] [--dry]   (default /tmp/gather38g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38g/pool"

# checks common to every item (GATHERING.md, batch 37g): the subject's name and the companies, bodies and places of
# each text were grepped in train/dev/test and second-annotation (file names and counts only; no test file opened),
# in every gather script, in GATHERING.md and in this session's other pools (/tmp/gather38*/pool at about 07:20 UTC)
R = []
# ---- Pakistan --------------------------------------------------------------------------------------------------------
R.append(wp("wp-hussain-dawood", "Hussain Dawood", "https://en.wikipedia.org/wiki/Hussain_Dawood",
 "Hussain Dawood (born 20 September 1943) is a Pakistani businessman and philanthropist who is the chairman of Engro "
 "Holdings and The Dawood Foundation. He is also the chairman of the Karachi School of Business & Leadership (KSBL).\n\n"
 "Dawood was born on 20 September 1943 in Bombay, British India (now Mumbai) into a Memon family. His father, Ahmed "
 "Dawood, a businessperson, moved to Karachi with family during partition of India in 1947.\n\n"
 "Dawood studied metallurgy at Sheffield University from where he graduated in 1966. He went on to study at the "
 "Kellogg School of Management, Northwestern University, and received in 1968 an Master of Business Administration.\n\n"
 "After completion of his studies, Dawood joined the family business in Pakistan as a finance director. In 1973, he "
 "became the managing director of Dawood Lawrencepur, a public limited company specialising in textiles. In 1981, "
 "Dawood became the chief executive officer (CEO) of Dawood Hercules.\n\n"
 "In the late 1990s, he spearheaded the expansion of the company, including the acquisition of Engro. Following the "
 "death of his father he took over as chairman of Dawood Hercules Corporation. In 2006, Dawood became chairman of "
 "Engro Corporation.\n\n"
 "Dawood has expanded the business interests of his companies. His experience consists of managing, supervising and "
 "controlling family businesses and chairing listed companies. This has involved a number of joint ventures over the "
 "years with European, US, Japanese and Chinese parties, such as Royal Vopak, FrieslandCampina, and China Machinery "
 "Engineering Corporation.\n\n"
 "Dawood was chairman of the Pakistan Poverty Alleviation Fund. He is the founding donor of the Mariam Dawood School "
 "of Visual Arts & Design at the Beaconhouse National University Tarogil Campus, in Lahore.",
 "chemicals, fertiliser, energy holding groups (leadership, acquisitions)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (a plain-text rendering with '= Title =' and '== "
 "Section ==' headings; no revision id and no content date; the lead names 'Engro Holdings', a name of 2024 or later, "
 "so content after Wikimedia's June 2023 move: CC BY-SA 4.0): the title line '= Hussain Dawood =', the infobox lines "
 "('Hussain Dawood', '- Birthplace: Bombay, Bombay Presidency, British India', '- Occupation: Chairman, "
 "philanthropist') and the headings '== Early life and education ==', '== Career==' and '== Philanthropy ==' cut; "
 "kept as written: 'received in 1968 an Master of Business Administration', 'Following the death of his father he "
 "took over' with no comma, 'during partition of India'; cut after 'Tarogil Campus, in Lahore.', before 'Through the "
 "Dawood Foundation, h', where the excerpt breaks off (`truncated`). The store also holds an older copy at "
 "cryer.org.uk (a 2020s copy with citation markers and a different career paragraph: 'Group Finance Director', "
 "'Dawood Hercules Chemicals Limited (the predec...') and a German copy (de.wiki.li): not used. Dawood, Engro, "
 "Lawrencepur, Karachi School, Vopak, China Machinery, Beaconhouse, Mariam Dawood, Memon, Pakistan Poverty "
 "Alleviation Fund: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; "
 "FrieslandCampina once in GATHERING.md (a list of names, not a subject); Sheffield University, Kellogg, Karachi, "
 "Mumbai, Lahore in several files (other events).",
 "non-US"))

# ---- Sri Lanka -------------------------------------------------------------------------------------------------------
R.append(wp("wp-harry-jayawardena", "Harry Jayawardena", "https://wikimili.com/en/Harry_Jayawardena",
 "Don Harold Stassen Jayawardena (born 17 August 1942 in Ja-Ela, Sri Lanka), known as Harry Jayawardena, is a Sri "
 "Lankan industrialist. He is chairman of Melstacorp PLC and is the Honorary Consul General for Denmark in Sri Lanka. "
 "Forbes listed him as one of the richest people in Sri Lanka.\n\n"
 "Jayawardena first joined a British-owned tea export firm in Colombo as a tea trader. He moved to government-owned "
 "State Trading Corporation (Consolidated Exports), better known as Consolexpo Ltd, becoming the head of the Tea "
 "Department, which controlled the monopoly of tea exports of Sri Lanka under the administration of Prime Minister "
 "Sirima Bandaranaike in the 1970s.\n\n"
 "After resigning from Consolidated Exports, Jayawardena founded Stassen Exports Limited on 7 September 1977 in order "
 "to export Ceylon Tea. In 1988 Jayawardena's companies became a significant shareholder of the country's largest "
 "private commercial bank, Hatton National Bank. These companies later ventured into many other areas. In 1992, his "
 "business empire bought a controlling interest in the Distilleries Company of Sri Lanka PLC (DCSL), which was at the "
 "time the largest transaction in the Colombo Stock Exchange. In 2007, under Jayawardena's Chairmanship, DCSL became "
 "the No. 1 listed company as per the \"Business Today\" Top 10 rankings.",
 "tea exports, distilling, banking (leadership)", ["leadership"],
 "The article as a WikiMili copy holds it (wikimili.com, 'Last updated' with no date; the infobox gives his age as "
 "81, so content of August 2023 to August 2024, after Wikimedia's June 2023 move: CC BY-SA 4.0; WikiMili's own terms "
 "not looked for): the page furniture ('Last updated', 'Contents'), the infobox lines ('Born', 'Don Harold Stassen "
 "Jayawardena', '(1942-08-17) 17 August 1942 (age 81)', 'Ja-Ela, Sri Lanka', 'Nationality Sri Lankan', 'Occupation "
 "Businessman', 'Years active 1977-present', 'Known for Chairman of Melstacorp', 'Spouse Priya Jayawardena', "
 "'Website stassengroup.com'), the headings 'Early career' and 'Private sector', the citation markers ('[1]', '[2]', "
 "'[3] [4]', '[5]', '[6] [7] [8]') and the three '[ citation needed ]' tags cut; kept as written: 'moved to government-owned State Trading Corporation' with no "
 "article, 'the monopoly of tea exports', 'In 1988 Jayawardena's companies' with no comma, 'as per the \"Business "
 "Today\" Top 10 rankings'; cut after that sentence, at the end of the section 'Private sector', before the section "
 "'Business interests', whose lists of companies this copy drops (only their lead-in lines and a '[9]' remain; "
 "`truncated`). The store also holds the en.wikipedia.org page through a web proxy (haohao.work.gd, with '[edit]' "
 "and '[citation needed]' markers; the same text) and news obituaries of 2025 (he died on 3 February 2025; this copy "
 "predates it and tells him in the present tense): not used. Jayawardena, Melstacorp, Consolexpo, Consolidated "
 "Exports, State Trading Corporation, Hatton National Bank, Distilleries Company, Colombo Stock Exchange, Ja-Ela, "
 "Bandaranaike: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; "
 "'Stassen' only as another person's surname (Capitec's founder, batch 35o); 'Business Today' in other files (other "
 "magazines' mentions); Denmark, Colombo, Forbes in several files (other events).",
 "non-US", copy_of="the Wikipedia article"))

# ---- Nepal -----------------------------------------------------------------------------------------------------------
R.append(wp("wp-binod-chaudhary", "Binod Chaudhary", "https://en.wikipedia.org/wiki/Binod_Chaudhary",
 "Binod Chaudhary (Nepali: \u0935\u093f\u0928\u094b\u0926 \u091a\u094c\u0927\u0930\u0940; born Binod Kumar "
 "Chaudhary, 14 April 1955) is a Nepalese businessman, and philanthropist. He is the current chairman and president "
 "of Chaudhary Group (CG).\n\n"
 "On February 2013, he was recognised as Nepal's wealthiest person with estimated net worth of $1 billion, ranking "
 "1,342nd in the global study compiled that year. Since 2013 his net worth has risen to $1.7 billion. Besides "
 "business, which focusses on distribution, retail, leisure and manufacturing in south and south-east Asia with "
 "portfolios of real estate and construction materials interests, he has done charity works, has written a book, and "
 "produced Nepalese feature films.\n\n"
 "Chaudhary was born in Kathmandu, Nepal to a Marwari family, who were a group of trading families. His grandfather "
 "Bhuramal Das Chaudhary was an entrepeneur who started a textile business. His father was also a businessman who "
 "further developed his grandfather's business. The Chaudhary family's current generation comprises his wife Sarika "
 "and their three sons, Nirvana, Rahul and Varun. Chaudhary opted to go to further education rather than joining the "
 "family business.\n\n"
 "He cites his grandfather and father as his inspirations. He is a fan of Bollywood icon Amitabh Bachchan, and Ranbir "
 "Kapoor. He admires Nelson Mandela, president of South Africa for bringing freedom to his country. He also admires "
 "businessman J. R. D. Tata for \"building a company of rare distinction\".",
 "consumer goods, hotels, banking holding group (leadership)", ["leadership"],
 "The article as the page store holds it at en.wikipedia.org (an HTML rendering of 2019: the infobox gives his age as "
 "64 and his net worth '(2019)', so content before Wikimedia's June 2023 move: CC BY-SA 3.0; no revision id): the "
 "page furniture ('Page protected with pending changes', 'From Wikipedia, the free encyclopedia', 'Jump to "
 "navigation Jump to search'), the title line, the infobox lines ('Binod Chaudhary (cropped).jpg', 'Born "
 "(1955-04-14) 14 April 1955 (age 64)[1]', 'Kathmandu, Nepal', 'Residence Sanepa, Lalitpur, Nepal', 'Occupation "
 "President of Chaudhary group, Member of Legislature Parliament of Nepal', 'Known for Chaudhary Group', 'Net worth "
 "Increase US$ 1.7 billion (2019)[2]', 'Spouse(s) Sarika Chaudhary'), the heading 'Personal life[edit]' and the "
 "citation markers ('[3]' to '[12]') cut; kept as written: 'a Nepalese businessman, and philanthropist', 'On "
 "February 2013', 'focusses', 'entrepeneur', 'Bollywood icon Amitabh Bachchan, and Ranbir Kapoor', 'president of "
 "South Africa for bringing freedom'; cut after 'rare distinction\".', before the heading 'Business career[', where "
 "the excerpt breaks off (`truncated`), so his group's companies and his seat in parliament (infobox only) are not in "
 "the text. The store also holds a wikisum.wiki digest (sentences out of order) and news profiles "
 "(nepalheadline.com, thestatesman.com, asiaplustj.info, facts.net): not used. Chaudhary, Chaudhary Group, "
 "Bhuramal, Sarika, Bachchan, Ranbir Kapoor, Nelson Mandela, J. R. D. Tata: 0 in train/dev/test, in every gather "
 "script, in GATHERING.md and in every pool of this session; 'Marwari' in other files (other subjects); Nepal, "
 "Kathmandu, South Africa in several files (other events).",
 "non-US", v3=True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
