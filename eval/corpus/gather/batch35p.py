#!/usr/bin/env python3
"""Batch 35p (session 36; helper gather36p): English Wikipedia texts (CC BY-SA) on business executives told as news,
part 15 of the executive-biography lane after batches 32a, 32h, 32k, 33e, 34e, 34n and 35h. This round went after the
brief's regions and sectors (Africa, South-East Asia; banking, energy, retail, airlines) and women: a South African woman who heads a business
lobby after holding the finance, managing and chief-executive posts of an empowerment forum; a Filipino president and
CEO of a conglomerate (airline, retail, power, food) who ran its food maker; an Indonesian woman who co-founded a group
of companies that made its fortune supplying the state electricity company. Texts are the search tool's page-store
excerpts (`search`, corpus `pages`; never a whole page): two Kiwix copies of the English Wikipedia dump of October
2023 (wiki.outremer.quest and iiab.me) and one WikiMili copy, each cut at the last full sentence or section before
the excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed. newskg (or any extractor)
was not run on any text.
usage: batch35p.py [POOL_DIR] [--dry]   (default /tmp/gather36p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36p/pool"

# checks common to every item (GATHERING.md, batch 35p): the subject's name and the companies, bodies and places of
# each text were grepped in train/dev/test (file names and counts only; no test file opened), in every gather script,
# in GATHERING.md and in this session's other pools (/tmp/gather36[a-o]/pool as they stood at about 01:41 UTC)
KIWIX = ("a Kiwix copy of the English Wikipedia dump 'wikipedia_en_all_maxi_2023-10' (content of October 2023, so "
         "recorded CC BY-SA 4.0; no revision id)")
R = []
# (the Nigerian text gathered this round, wp-abdul-samad-rabiu, was dropped by the lead: its only copy is a
#  reproduction on a news site whose terms were not checked, so its licence could not be confirmed)
# ---- South Africa ----------------------------------------------------------------------------------------------------
R.append(wp("wp-busi-mavuso", "Busi Mavuso", "https://wikimili.com/en/Busi_Mavuso",
 "Busisiwe Mavuso (born 1977 or 1978) is a South African businesswoman and the chief executive officer of Business "
 "Leadership South Africa. Before her appointment to that position in July 2019, she was the chief executive officer "
 "of the Black Management Forum between 2016 and 2017.\n\n"
 "Mavuso was born in 1977 or 1978 in Soweto, where she grew up in the White City neighbourhood of Jabavu. She and her "
 "three siblings were raised by their mother, a widowed teacher who died in 2012. In 1994, at the age of 16, Mavuso "
 "matriculated at Lofentse Girls School in Orlando East.\n\n"
 "Although her family circumstances meant that she was forced to enter the workforce immediately after matriculation, "
 "she also enrolled part-time in the University of South Africa, intending to become a chartered accountant. She "
 "completed her Bachelor's degree in accounting several years later and then completed a Master's in business "
 "leadership at the same university. In 2018, she qualified as a member of the Association of Chartered Certified "
 "Accountants.\n\n"
 "Mavuso entered banking in 1995; her first job was an internship at Allied Bank. She went on to work in various "
 "consulting, telecommunications, and healthcare companies.\n\n"
 "In 2009, she became the chief financial officer of the Black Management Forum; she ultimately spent eight years at "
 "the Forum, rising to become managing director. Upon her appointment as managing director in 2016, she professed "
 "herself in favour of strict and punitive enforcement of transformation targets in South African companies.\n\n"
 "In November 2017, she was appointed as the chief operating officer of Business Leadership South Africa (BLSA), "
 "working under her mentor, Bonang Mohale, who had recently been appointed as BLSA CEO.",
 "business association, banking (leadership)", ["leadership"],
 "The article as WikiMili holds it (a copy of the English Wikipedia article; its infobox gives '(age 45\u201346)', so "
 "rendered in 2023; recorded 4.0, doubtful: a revision of before June 2023 would be 3.0; no revision id; WikiMili's "
 "own terms were not looked for): the infobox lines ('Busi Mavuso', 'Born 1977or1978(age 45\u201346)', 'Alma mater "
 "University of South Africa', 'Years active 1995\u2013present', 'Organization Business Leadership South Africa') "
 "and the citation markers with the space before each (' [1]', ' [2]' six times, ' [3]' three times, ' [4]', ' [5]', "
 "' [6]', ' [7]') cut; the copy's single line breaks between paragraphs made blank lines; kept as written: 'born 1977 "
 "or 1978' (twice), 'the White City neighbourhood of Jabavu', 'a Master's in business leadership', 'in favour of'; "
 "cut after 'who had recently been appointed as BLSA CEO.', before 'She succeeded Mohale as CEO', where the excerpt "
 "breaks off (`truncated`). 'Allied Bank' here is a South African bank (another 'Allied Banking Corporation' is in "
 "36d's Lucio Tan text, another subject). The store also holds The Africa Report, BusinessLIVE and Moneyweb "
 "profiles of her: not used. Mavuso, Business Leadership South Africa, BLSA, Black Management Forum, Bonang Mohale, "
 "Lofentse, Soweto, Jabavu: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this "
 "session.",
 "non-US", copy_of="the Wikipedia article"))

# ---- Philippines -----------------------------------------------------------------------------------------------------
R.append(wp("wp-lance-gokongwei", "Lance Gokongwei",
 "https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Lance_Gokongwei",
 "Lance Yu Gokongwei (born 23 November 1966) is a Filipino businessman. He currently serving as the president and CEO "
 "of the conglomerate company JG Summit Holdings, Inc. since 2018. Gokongwei is the only son of the late John "
 "Gokongwei Jr. He, along with his siblings, was listed among the richest in the country.\n\n"
 "Gokongwei was born in Manila, as the second of six children. His father, John Jr., established JG Summit Holdings "
 "Inc., while his mother, Elizabeth, was a founding member of Robinsons Department Store. He went to Xavier School "
 "for his first two years of high school. He then finished his last two years in Singapore.\n\n"
 "In 1988, he graduated from the University of Pennsylvania with a double degree in Finance and Applied Science "
 "(summa cum laude).\n\n"
 "Lance Gokongwei started his career in the family business as a management trainee at Universal Robina Corp. He "
 "sold Jack \u2019n Jill snacks to supermarkets, groceries, and sari-sari stores.\n\n"
 "In the late 1990s, Gokongwei became general manager of Universal Robina's branded food business, where he led the "
 "development of beverages. In 2004, the company introduced C2, a ready-to-drink tea that went head-to-head with "
 "foreign cola companies that dominated the beverage sector in the Philippines. It was sufficiently successful that "
 "another production line was required to meet demand.\n\n"
 "In 2013, Gokongwei became chief executive of Universal Robina.",
 "conglomerate, food, retail (leadership)", ["leadership"],
 "The article as " + KIWIX + " holds it at wiki.outremer.quest: the title line 'Lance Gokongwei', the infobox lines "
 "('Lance Gokongwei', 'Gokongwei in 2022', 'Born', 'Lance Yu Gokongwei', '(1966-11-23) November 23, 1966', 'Manila, "
 "Philippines', 'CitizenshipFilipino', 'EducationUniversity of Pennsylvania (BS)', 'Title' with its five bullets "
 "'Head of the Gokongwei Group', 'President and CEO of JG Summit Holdings Inc.', 'Chairman of Robinsons Retail "
 "Holdings,', 'Vice Chairman of Manila Electric Company', 'Chairman of the Gokongwei Brothers Foundation, Inc.', and "
 "'Parents'), the headings 'Early life', 'Business career', 'Early business career' and 'Universal Robina' and the "
 "citation markers ('[1][2][3]', '[1]', '[4]', '[5]', '[6]', '[7]' three times, '[8]', '[9]', '[10]') cut (so the "
 "infobox's posts at Robinsons Retail Holdings and Manila Electric Company are not in the text); kept as written: "
 "'He currently serving as' (no 'is'), 'JG Summit Holdings, Inc.' beside 'JG Summit Holdings Inc.', 'John Jr.', "
 "'Jack \u2019n Jill' (a typographic apostrophe), 'Universal Robina Corp.' beside 'Universal Robina'; cut after 'In "
 "2013, Gokongwei became chief executive of Universal Robina.', before 'The following year, he partnered with "
 "Japan's', where the excerpt breaks off (`truncated`). The store also holds ATW, newbabylon.us, The Edge Singapore, "
 "Malaya, planetphilippines.com, The Business Times and Jakarta Post profiles: not used. Gokongwei, JG Summit, "
 "Universal Robina, Robinsons, Xavier School, Jack 'n Jill, C2: 0 in train/dev/test, in every gather script and in "
 "GATHERING.md; 36o's pool gained a Cebu Pacific text at about 01:44 that names JG Summit Holdings as the airline's "
 "parent and Lance Gokongwei as its head in passing (another subject; the lead may keep the two in one split); the Philippines, Manila, Singapore and the University of "
 "Pennsylvania in several files (other events).",
 "non-US"))

# ---- Indonesia -------------------------------------------------------------------------------------------------------
R.append(wp("wp-siti-hartati-murdaya", "Siti Hartati Murdaya",
 "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Siti_Hartati_Murdaya",
 "Siti Hartati Tjakra Murdaya (Chow Li Ing), born 29 August 1946, is a prominent Indonesian businesswoman, Buddhist "
 "leader and convicted corruption felon. She co-founded the Cipta Cakra Murdaya (CCM) group of companies, which is "
 "involved in real estate, IT, timber, plantations, consumer goods and engineering. The company's real estate assets "
 "include shopping centers, office buildings, hotels and the Jakarta International Expo Center. Hartati was in 2013 "
 "sentenced to 32 months in jail for paying bribes to obtain permits for her oil palm plantation companies.\n\n"
 "Hartati grew up in Tanah Abang, Central Jakarta, the eldest of seven children in a devout Buddhist family. Her "
 "father, Tjakra Bhudi, was a former journalist. She studied economics at Trisakti University, and worked in her "
 "father's sawmill company as general manager after graduation. In 1971, the 25-year-old Hartati met a young "
 "entrepreneur, Murdaya Widyawimarta Poo (also known as Poo Tjie Goan), and they married in 1972. A year later, "
 "Hartati left her father's company to assist her husband in building his business. In 1984, Hartati attended an "
 "executive program for graduate students at Stanford University in California, as well as a program in management "
 "for smaller companies at the National University of Singapore in 1985. Hartati's four children were educated in "
 "the US from a young age and reside in San Francisco, New York, and Jakarta.\n\n"
 "In the early 1970s, Hartati and her husband founded PT CCM, which focused on the electricity and construction "
 "sectors. Regarded as cronies of authoritarian president Suharto, the couple made their fortunes through lucrative "
 "procurement contracts for state electricity company PLN.",
 "conglomerate, real estate, electricity contracting (leadership)", ["leadership"],
 "The article as " + KIWIX + " holds it at iiab.me: the title line 'Siti Hartati Murdaya', the infobox lines ('Siti "
 "Hartati Tjakra Murdaya', 'Born (1946-08-29) 29 August 1946', 'NationalityIndonesian', 'Other namesChow Li Ing' "
 "with its Chinese form, one character of which the copy garbles, 'Occupation(s)Businesswoman and Buddhist leader', "
 "'SpouseMurdaya Poo'), the headings 'Early life, education, family' and 'Business' and the citation markers ('[1]' "
 "after 'Chow Li Ing),', '[2]' after '1946,', '[2]', '[3][4]') cut; kept as written: '(Chow Li Ing), born 29 August "
 "1946, is' (commas as the article has them), 'convicted corruption felon', 'The company's real estate assets', "
 "'Hartati was in 2013 sentenced', 'shopping centers' and 'program' (US spellings), 'PT CCM' beside 'Cipta Cakra "
 "Murdaya (CCM)'; cut after 'procurement contracts for state electricity company PLN.', before 'They were also close "
 "to the Indonesian m', where the excerpt breaks off (`truncated`). The store also holds a Thai machine translation "
 "of the article on hmong.in.th: not used. Murdaya, Hartati, Cipta Cakra, CCM, PLN, Trisakti, Tanah Abang, Jakarta "
 "International Expo: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this "
 "session; 'CCM' as a word in 1 train file (a hockey brand of Reebok, another subject); 'PLN' in 1 dev file and "
 "lines of GATHERING.md and batch 19d/28b scripts (the same state electricity company as operator in the 2005 and "
 "2019 Java blackouts, other events; the Polish currency in the Blik text); Stanford University, the National University of Singapore, "
 "Jakarta, New York, San Francisco, California and Suharto in several files (other events).",
 "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
