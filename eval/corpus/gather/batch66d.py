#!/usr/bin/env python3
"""Batch 66d (session 60; gatherer lane 66d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n and 65b-65r, on two Malaysian plantation companies, a Canadian gold-mining company and
a Canadian farm-machinery maker, new to the corpus: Golden Hope Plantations Berhad, formed in 1905 as the Golden Hope
Rubber Estate by Harrisons and Crosfield, sold by it in 1982 with Pataling and London Asiatic, renamed in 1990 after
Pemodalan Nasional Berhad took majority equity, its memorandum with the Malaysian Institute of Microelectronic Systems
(MIMOS) and the 2006 offer of Synergy Drive Sdn Berhad, financed by CIMB Investment Bank Berhad (plantations,
Malaysia); Guthrie Group Limited (Kumpulan Guthrie Berhad), founded in Singapore in 1821 by Alexander Guthrie as a
trading branch of Thomas Talbot Harrington and Company, renamed Guthrie and Company in 1833, its partners James Guthrie
and John James Greenshields, and its merger into Sime Darby Berhad (plantations and trading, Singapore and Malaysia);
Hollinger Mines, the Timmins gold-mining company incorporated in 1910 by the syndicate of Noah and Henry Timmins, Duncan
and John McMartin and David Alexander Dunlap after Benny Hollinger's discovery of 1909, bought by E. P. Taylor's Argus
Corporation and later Hollinger Argus Limited and Hollinger Inc. (mining, Canada); and Massey Ferguson Limited, founded
in 1847 by Daniel Massey as the Newcastle Foundry and Machine Manufactory, renamed by Hart Massey, formed anew by the
1953 merger of Massey Harris and the Ferguson Company and acquired by AGCO (farm machinery, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' renderings of 'Golden Hope' and 'Guthrie (company)' (recent),
en.wikipedia.org's old revision 1108527618 of 'Hollinger Mines' (4 September 2022) and piglix.com's copy of
'Massey-Ferguson' (undated, an older revision); each cut at a paragraph or sentence end before the point where the
excerpt breaks off (all `truncated`). Edits per item in `notes` (title lines, page chrome, an old-revision banner, an
image caption, infobox lines, headings and citation markers cut; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather67d/src), the markers ('[1]', ' [1]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 57g-65r did. No text tells an outage. newskg
(or any extractor) was not run on any text. A round of four: eight queries, eight companies asked for, four taken
(round notes, /work/notes/gather67/66d.md; queries, /tmp/gather67d/src/queries.txt).
usage: batch66d.py [POOL_DIR] [--dry]   (default /tmp/gather67d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67d/pool"
SRC = "/tmp/gather67d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, 0 hits or only leads and "
           "'looked at and not used' lists in GATHERING.md, 0 hits in the session-60 pools (/tmp/gather67*/pool) and in "
           "/work/notes/gather67/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[nb 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- plantations, Malaysia: Golden Hope (en.wikipedia.org's '= Title =' rendering, recent) ----------------------------
GH = [
 "Golden Hope Plantations Berhad (GHPB) was an estate and plantations company in Malaysia.",
 "In 1905 Harrisons and Crosfield, a British tea and coffee trading company purchased several small estates in "
 "Malaysia for \u00a350,000 and amalgamated them to form the Golden Hope Rubber Estate.",
 "In 1982 Harrisons and Crosfield sold three large plantation groups - Golden Hope, Pataling, and London Asiatic - to "
 "Malaysian concerns for \u00a3146 million.",
 "The business was renamed GHPB in 1990 after Pemodalan Nasional Berhad took majority equity of the company. Its "
 "interests originally were in tropical agriculture but, while plantations have remained a core business interest, "
 "the company has diversified into other areas including glycerine manufacture, fruit juices and real estate. The "
 "group now has 83 subsidiaries based in seven countries. The main estate and plantations are Carey Island and Banting "
 "in Selangor.",
 "In May 1990, Golden Hope signed a memorandum with the Malaysian Institute of Microelectronic Systems (MIMOS) for "
 "designing an industrial control system for the automation of palm oil mills; the system's project began in 1988. "
 "The control system was meant to be better than the existing ones which were forty years old.",
 "In late November 2006, Synergy Drive Sdn Berhad, a special purpose entity with financing from CIMB Investment Bank "
 "Berhad, offered to acquire Golden Hope and seven others PLCs \"to create the world's largest listed oil palm "
 "plantation\" company."]
KEPT["wp-golden-hope"] = ("golden-hope-enwiki.txt", GH)
R.append(wp("wp-golden-hope", "Golden Hope", "https://en.wikipedia.org/wiki/Golden_Hope",
 "\n\n".join(MARK.sub("", p) for p in GH),
 "agriculture/plantations", ["history", "formation", "sale", "majority stake", "memorandum", "takeover offer"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; a "
 "recent rendering: its infobox is set out as '- Key: value' lines with 'Former Name: Harrisons & Crosfield' and "
 "'Defunct: 27 November 2007', and its history has the May 1990 MIMOS paragraph that the older 'Jump to: navigation' "
 "rendering at rank 3 lacks). Cut: the title line '= Golden Hope ='; the infobox lines ('Golden Hope Plantations "
 "Berhad', '- Former Name: Harrisons & Crosfield', '- Logo: Goldenhopelogo.JPG', '- Type: Public limited company', '- "
 "Successor: Sime Darby', '- Foundation: 1905', '- Defunct: 27 November 2007', '- Location: Menara PNB, Jalan Tun "
 "Razak,, Kuala Lumpur, Malaysia', '- Key People: Ahmad Sarji Abdul Hamid (Chairman)', '- Industry: Plantation, Oils & "
 "Fats & Others', '- Homepage: http://www.goldenhope.com/'), so Sime Darby, the chairman and Kuala Lumpur are not in "
 "the text (cut as batches 57p-65r cut their infoboxes); the heading '==History=='; cut after '... offered to acquire "
 "Golden Hope and seven others PLCs \"to create the world's largest listed oil palm plantation\" company.', before the "
 "sentence the excerpt breaks off in ('The merger, the largest to take place in Southeast Asia, was intended to "
 "consolidate over 6,000 km^{2} of p'; `truncated`; a cut at a sentence end), so the merger of November 2007 with "
 "Sime Darby and Guthrie is not in the text (it is told in neither this text nor, by name, batch 65p's Sime Darby "
 "text). The rendering has no citation markers in the excerpt. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'In 1905 Harrisons and Crosfield, a British tea and coffee trading company purchased "
 "several small estates in Malaysia for \u00a350,000 and amalgamated them to form the Golden Hope Rubber Estate.' (no "
 "comma after 'company'; 'Harrisons and Crosfield' with 'and', where the cut infobox has '&'), 'three large plantation "
 "groups - Golden Hope, Pataling, and London Asiatic - to Malaysian concerns' (hyphens for dashes), 'The business was "
 "renamed GHPB in 1990 after Pemodalan Nasional Berhad took majority equity of the company.' ('Pemodalan', as "
 "written; the corpus's Sime Darby notes spell 'Permodalan'), 'The group now has 83 subsidiaries based in seven "
 "countries.', 'In May 1990, Golden Hope signed a memorandum with the Malaysian Institute of Microelectronic Systems "
 "(MIMOS) for designing an industrial control system for the automation of palm oil mills', 'Synergy Drive Sdn "
 "Berhad, a special purpose entity with financing from CIMB Investment Bank Berhad, offered to acquire Golden Hope and "
 "seven others PLCs' ('seven others PLCs', as written; a quotation of nine words in straight quotes, not a text "
 "'largely a quotation'). 227 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent "
 "rendering, as batch 65p recorded its '= Title =' rendering; doubtful: no revision id). Found at rank 2 of the query "
 "'Golden Hope Plantations Berhad history Harrisons & Crosfield Wikipedia' (batch 65p's lead); liquisearch.com (rank "
 "1; an older revision with the site's 'Famous quotes' chrome), en.wikipedia.org's older 'Jump to: navigation' "
 "rendering (rank 3; no MIMOS paragraph, its excerpt running on into the 2007 merger with Sime Darby and Guthrie, this "
 "round's Guthrie matter's lead), Golden Hope's and Sime Darby's annual reports on doczz (ranks 4, 5, 8) and Sue "
 "Martin's conference paper (ranks 6, 7) not used. Golden Hope, Harrisons, Crosfield, Pataling, London Asiatic, "
 "Pemodalan, MIMOS, Microelectronic Systems, Synergy Drive, Golden Hope Rubber: " + CHECKED + " ('Golden Hope' and "
 "'Permodalan' in batch 65p's dev text on Sime Darby, in its notes only: the infobox lines it cut; 'CIMB' in the "
 "Touch 'n Go eWallet text, another matter, and as a substring of 'Cimber' in the Cimber Sterling texts).", "non-US"))

# ---- plantations and trading, Singapore/Malaysia: Guthrie (en.wikipedia.org's '= Title =' rendering, recent) -------
GU = [
 "Guthrie Group Limited (Kumpulan Guthrie Berhad) was a Singaporean-Malaysian company that primarily dealt with "
 "plantations. It merged with three other plantation groups to form the world's largest plantation company with the "
 "name of Sime Darby Berhad.",
 "Guthrie was founded in Singapore in 1821 by Alexander Guthrie as the first British trading company in Southeast "
 "Asia. Guthrie introduced rubber and oil palm in Malaysia in 1896 and 1924, respectively.",
 "Alexander Guthrie was born in the parish of Menmuir in Angus, Scotland, in 1796, son of David Guthrie of Burnside "
 "and his wife Margaret Guthrie, n\u00e9e Guthrie. He went to Singapore in 1821 to set up a trading branch of Thomas "
 "Talbot Harrington and Company. Guthrie parted company with Harrington in 1823, and his company was renamed Guthrie "
 "and Company in 1833. He retired in 1847, handing the firm over to his nephew James Guthrie, and retired to London, "
 "where he died unmarried in 1865. James Guthrie was born in Tannadice in Angus in 1814, the son of Alexander's "
 "brother David and his wife, Katharine Grant. James arrived in Singapore in 1829 and became a partner in 1837. In "
 "1846, he married Susan Scott, a distant cousin, and had two daughters and a son before Susan's death in Singapore in "
 "1853. James left Singapore in 1856 and returned to Britain. He retired from the firm in 1876 and died in 1900. Other "
 "partners included James' nephew by marriage, John James Greenshields, whose mother Margaret Lyall Scott was the "
 "sister of Susan Scott."]
KEPT["wp-guthrie-company"] = ("guthrie-enwiki.txt", GU)
R.append(wp("wp-guthrie-company", "Guthrie (company)", "https://en.wikipedia.org/wiki/Guthrie_(company)",
 "\n\n".join(MARK.sub("", p) for p in GU),
 "agriculture/plantations", ["history", "founding", "trading house", "partners", "renaming", "merger"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; a "
 "recent rendering: its infobox is set out as '- Key: value' lines with 'Successor: Sime Darby' and 'Parent: "
 "Permodalan Nasional Berhad', and its lead calls the company 'Singaporean-Malaysian', where piglix.com's older copy "
 "at rank 1 reads 'a Malaysian company'). Cut: the title line '= Guthrie (company) ='; the infobox lines ('Kumpulan "
 "Guthrie Berhad', '- Logo: Logo_For_Kumpulan_Guthrie_Berhad.png', '- Type: Public limited company', '- Successor: "
 "Sime Darby', '- Foundation: 1821', '- Defunct: 2007', '- Location: Kuala Lumpur, Malaysia', '- Key People: Wan "
 "Mohd. Zahid Mohd Noordin, Chairman, Abd Wahab Maskan, Group Chief Executive', '- Num Employees: 46,759', '- "
 "Industry: Plantation, Property, Manufacturing & Others', '- Parent: Permodalan Nasional Berhad', '- Homepage: "
 "http://www.simedarby.com'), so the chairman, the group chief executive and the parent are not in the text (cut as "
 "batches 57p-65r cut their infoboxes); the heading '== Early history =='; cut after '... whose mother Margaret Lyall "
 "Scott was the sister of Susan Scott.', before the sentence the excerpt breaks off in (its first word 'Greenshields'; "
 "`truncated`; a cut at a sentence end), so Greenshields' dates, the partner Thomas Scott, the 1981 takeover and the "
 "listing are not in the text. The rendering has no citation markers in the excerpt. Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'Guthrie Group Limited (Kumpulan Guthrie Berhad) was a "
 "Singaporean-Malaysian company that primarily dealt with plantations.', \"It merged with three other plantation groups "
 "to form the world's largest plantation company with the name of Sime Darby Berhad.\" (the three unnamed), 'Guthrie "
 "was founded in Singapore in 1821 by Alexander Guthrie as the first British trading company in Southeast Asia.', "
 "'Guthrie introduced rubber and oil palm in Malaysia in 1896 and 1924, respectively.', 'son of David Guthrie of "
 "Burnside and his wife Margaret Guthrie, n\u00e9e Guthrie', 'He went to Singapore in 1821 to set up a trading branch of "
 "Thomas Talbot Harrington and Company.', 'Guthrie parted company with Harrington in 1823, and his company was renamed "
 "Guthrie and Company in 1833.' ('Guthrie' here the man), 'He retired in 1847, handing the firm over to his nephew "
 "James Guthrie', 'James arrived in Singapore in 1829 and became a partner in 1837.', 'He retired from the firm in 1876 "
 "and died in 1900.', \"Other partners included James' nephew by marriage, John James Greenshields\" (the apostrophe "
 "with no s). 250 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering, as batch "
 "65p recorded its '= Title =' rendering; doubtful: no revision id). Found at rank 2 of the query 'Guthrie company "
 "Malaysia plantation history Alexander Guthrie Singapore' (batch 65p's lead: its query 5's ranks 1-2); piglix.com "
 "(rank 1; an older revision, the same history, its excerpt running one sentence further), a copy with no address "
 "(rank 3; the lead only), wn.com (rank 4; an older revision with the 1981 raid and the 2007 merger told by name), "
 "ehm.my (rank 5; Nicholas J. White's essay), arabis.org (rank 6; Henry S. Barlow's paper) and Sue Martin's "
 "conference paper (ranks 7, 8) not used. Guthrie (as a company), Greenshields, Talbot Harrington, Kumpulan, "
 "Tannadice, Menmuir: " + CHECKED + " ('Guthrie' otherwise only in a CFTC test text and batch 52g's scripts, a person "
 "named Todd Guthrie, another matter; 'Sime Darby' in batch 65p's dev text, whose 2007 merger 'of three companies' "
 "names none of them: the merger is told here in one sentence, as another matter's mention, and read as no relation).",
 "non-US"))

# ---- gold mining, Canada: Hollinger Mines (en.wikipedia.org old revision 1108527618, 4 September 2022) -------------
HM = [
 "The Hollinger Gold Mine was discovered on October 9, 1909, by Benny Hollinger, who found the gold-bearing quartz "
 "dike that later became known as Hollinger Mines. With his friend, professional prospector Alex Gillies, Hollinger "
 "had travelled to the Porcupine region in the wake of the Wilson expedition, which had recently discovered the future "
 "Dome Mine site. Hollinger and Gillies staked three claims each, and one for their former partner, Bernard \"Barney\" "
 "P. McEnaney, who had been unable to join them due to severe sciatica.[1]",
 "Hollinger sold his claim to a small syndicate led by Noah Timmins that, in 1910, incorporated as Hollinger Mines in "
 "Timmins, Ontario. The five venture partners were brothers Noah and Henry Timmins, brothers Duncan and John McMartin, "
 "and lawyer David Alexander Dunlap (for whom the David Dunlap Observatory was named).",
 "The main Hollinger gold mine operated from 1910 until 1968. During that period 65,778,234 tons were milled, "
 "producing 19,327,691 ounces of gold, indicating an overall grade of 0.29. The value of the gold produced is placed "
 "at $564.7 million.",
 "Hollinger Consolidated Gold Mines was later acquired by Canadian tycoon E. P. Taylor's Argus Corporation. Argus was "
 "taken over by Conrad Black in 1978, and it was subsequently known as Hollinger Inc.",
 "\u2022 Founded in 1910 as Hollinger Gold Mine\n\u2022 Changed to Hollinger Mines\n\u2022 Changed to Hollinger Argus "
 "Limited in 1978\n\u2022 Changed to Hollinger Inc. in 1985"]
KEPT["wp-hollinger-mines"] = ("hollinger-mines-enwiki-oldid.txt", HM)
_hm = wp("wp-hollinger-mines", "Hollinger Mines",
 "http://en.wikipedia.org/wiki/Hollinger_Mines?ns=0&oldid=1108527618",
 "\n\n".join(MARK.sub("", p) for p in HM),
 "mining/gold", ["history", "discovery", "incorporation", "founders", "acquisition", "renaming"],
 "The article as en.wikipedia.org's permanent link to an old revision holds it in the page store: the banner reads "
 "'This is an old revision of this page, as edited by Blairall (talk | contribs) at 22:35, 4 September 2022 (revised "
 "a link).', so the revision is 1108527618 of 4 September 2022. Cut: the chrome lines 'Jump to content', the title "
 "line 'Hollinger Mines' and 'From Wikipedia, the free encyclopedia'; the old-revision banner (the sentence above and "
 "'The present address (URL) is a permanent link to this revision, which may differ significantly from the current "
 "revision.'); the image caption 'Hollinger Mine. The headframe is the light-colored building in the center, unusual "
 "in that it is built of concrete. The dome-shaped building to the left is an ore storage facility.' (a caption, cut "
 "as page furniture); the heading 'Name' before the list of names (the list kept, its four lines as written, the "
 "leading spaces before each bullet dropped); the citation marker '[1]' (no space before it); cut after the list's "
 "last line 'Changed to Hollinger Inc. in 1985', before the heading 'Hollinger Mine' and the paragraph the excerpt "
 "breaks off in ('Hollinger Mi'; `truncated`; a cut at a paragraph end), so the mine's working history and the fire "
 "of 1928 are not in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'The "
 "Hollinger Gold Mine was discovered on October 9, 1909, by Benny Hollinger, who found the gold-bearing quartz dike "
 "that later became known as Hollinger Mines.', 'their former partner, Bernard \"Barney\" P. McEnaney' (straight "
 "quotes), 'Hollinger sold his claim to a small syndicate led by Noah Timmins that, in 1910, incorporated as "
 "Hollinger Mines in Timmins, Ontario.', 'The five venture partners were brothers Noah and Henry Timmins, brothers "
 "Duncan and John McMartin, and lawyer David Alexander Dunlap (for whom the David Dunlap Observatory was named).', "
 "'The main Hollinger gold mine operated from 1910 until 1968.', \"Hollinger Consolidated Gold Mines was later acquired "
 "by Canadian tycoon E. P. Taylor's Argus Corporation.\", 'Argus was taken over by Conrad Black in 1978, and it was "
 "subsequently known as Hollinger Inc.' ('it' with Argus or the Hollinger company as its antecedent), the list 'Founded "
 "in 1910 as Hollinger Gold Mine', 'Changed to Hollinger Mines', 'Changed to Hollinger Argus Limited in 1978', "
 "'Changed to Hollinger Inc. in 1985' (with its bullets '\u2022'). 233 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (a revision of September 2022, before Wikimedia's move to 4.0 of June 2023). Found at rank 7 "
 "of the query 'Hollinger Inc. history Hollinger Gold Mines 1909 Argus Ravelston Wikipedia' (batch 65e's lead, Hollinger "
 "Inc.: the page store holds no article 'Hollinger Inc.', only 'Hollinger Mines', whose names end in it); a copy with "
 "no address (rank 1; an older revision with its headings run into the prose), review.clateway.com (rank 2; a proxy "
 "of a later undated revision), en.wikipedia.org's 'Jump to: navigation' rendering (rank 3; an older revision without "
 "the five venture partners), wikimili.com (rank 4; the caption twice and 'Contents' in the prose), paperspast.natlib."
 "govt.nz (rank 5; a newspaper of 1923), the-uncensored-wiki.com (rank 6; a revision of about 2007) and en.m.wiki.x.io "
 "(rank 8; a proxy, caption inside the prose) not used. Hollinger Mines (as a company history of its own), Hollinger "
 "Gold, Hollinger Argus, Noah Timmins, McMartin, David Alexander Dunlap, McEnaney: " + CHECKED + " ('Hollinger' in the "
 "Conrad Black trial text (train; Hollinger International, another matter), in batch 65i's Dominion text (test; A&P's "
 "purchase of 1985 from Hollinger) and in batch 65e's Argus text (test; 'Hollinger Mines' only in its notes, the part "
 "cut); 'Argus Corporation' and 'Conrad Black' there too: the Argus text's 'purchased by Conrad Black in 1978' is "
 "repeated here in one sentence; the split rule put this text in dev, so no train text shares it; 'Gillies' in other texts, other "
 "people).", "non-US", v3=True,
 copy_of="the Wikipedia article: the permanent link of its old revision on en.wikipedia.org")
_hm["attribution"] = _hm["attribution"].replace("revision not recorded by the page store",
                                                "old revision 1108527618 of 22:35, 4 September 2022")
R.append(_hm)

# ---- farm machinery, Canada: Massey Ferguson (piglix.com's copy, undated, an older revision) -------------------------
MF = [
 "Massey Ferguson Limited is an American-owned major manufacturer of agricultural equipment until recently based in "
 "Brantford, Ontario, Canada. Massey transferred its headquarters to Buffalo, New York in 1997 before it was acquired "
 "by AGCO new owner of former competitor Allis-Chalmers. The current business was formed by the 1953 merger of farm "
 "machinery manufacturers Massey Harris of Canada and Britain's Ferguson Company under the new name Massey Harris "
 "Ferguson. In 1958, the name was shortened to Massey Ferguson. Today Massey Ferguson is only a brand name used by "
 "AGCO but its machinery remains a major seller around the world.",
 "Massey Ferguson was founded in 1847 in Newcastle, Ontario by Daniel Massey as the Newcastle Foundry and Machine "
 "Manufactory. To begin with it made some of the world's first mechanical threshers at first by assembling parts from "
 "the United States but eventually designing and building their own equipment. Daniel's eldest son Hart Massey "
 "renamed the enterprise the Massey Manufacturing Co. and moved it to Toronto in 1879 where it soon became one of the "
 "city's leading employers. The massive collection of factories, consisting of a 4.4 hectares (11 acres) site with "
 "plant and head office at 915 King Street West (now part of Liberty Village), became one of the best known features "
 "of the city. Massey expanded further and began to sell its products internationally. Through extensive advertising "
 "campaigns he made it one of the most well known brands in Canada. A labour shortage throughout the country also "
 "helped to make the firm's mechanized equipment very attractive."]
KEPT["wp-massey-ferguson"] = ("massey-ferguson-piglix.txt", MF)
R.append(wp("wp-massey-ferguson", "Massey-Ferguson", "http://piglix.com/piglix/Massey-Ferguson",
 "\n\n".join(MARK.sub("", p) for p in MF),
 "manufacturing/farm machinery", ["history", "founding", "merger", "acquisition", "renaming", "headquarters"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision: piglix.com's copies are of about 2017, and its lead reads 'Massey Ferguson Limited is an American-owned "
 "major manufacturer of agricultural equipment until recently based in Brantford, Ontario, Canada', where the later "
 "text at snaccooperative.org (rank 1) reads 'an American agricultural machinery manufacturer'; the excerpt starts "
 "inside the infobox, with no title line). Cut: the infobox table lines ('Subsidiary of AGCO | |', 'Industry | "
 "Agriculture |', 'Founded | 1958 |', 'Headquarters | Duluth, Georgia, US |', 'Products | Agricultural machinery, "
 "consumer and commercial equipment, financial services, Tractors |', 'Website | masseyferguson.com |'), so the "
 "infobox's 'Subsidiary of AGCO' and Duluth are not in the text (cut as batches 57p-65r cut their infoboxes); cut "
 "after '... helped to make the firm's mechanized equipment very attractive.', before the paragraph the excerpt breaks "
 "off in ('In 1891, Massey Manufacturing merged with A. Harris, Son & Co. Ltd to become Massey-Harris Limited and "
 "became the largest agricultural equipment maker in the Bri'; `truncated`; a cut at a paragraph end), so the 1891 "
 "merger, A. Harris, Son & Co. and the later history (Harry Ferguson, Perkins, Varity) are not in the text. The copy "
 "has no citation markers and no headings in the excerpt; it runs its paragraphs on with single line breaks; "
 "paragraphs joined with blank lines. No word added or changed. Kept as written: 'Massey Ferguson Limited' and "
 "'Massey Ferguson' with no hyphen (the title 'Massey-Ferguson' with one), 'Massey transferred its headquarters to "
 "Buffalo, New York in 1997 before it was acquired by AGCO new owner of former competitor Allis-Chalmers.' (no comma "
 "after 'AGCO'), \"The current business was formed by the 1953 merger of farm machinery manufacturers Massey Harris of "
 "Canada and Britain's Ferguson Company under the new name Massey Harris Ferguson.\" ('Massey Harris' with no hyphen), "
 "'In 1958, the name was shortened to Massey Ferguson.', 'Today Massey Ferguson is only a brand name used by AGCO', "
 "'Massey Ferguson was founded in 1847 in Newcastle, Ontario by Daniel Massey as the Newcastle Foundry and Machine "
 "Manufactory.', \"Daniel's eldest son Hart Massey renamed the enterprise the Massey Manufacturing Co. and moved it to "
 "Toronto in 1879\", 'a 4.4 hectares (11 acres) site with plant and head office at 915 King Street West (now part of "
 "Liberty Village)', 'Massey expanded further and began to sell its products internationally. Through extensive "
 "advertising campaigns he made it one of the most well known brands in Canada.' ('Massey' here read with 'he'), "
 "'labour' (British spelling). 255 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older "
 "revision, before Wikimedia's move to 4.0 of June 2023, as batches 63c, 64h and 65e recorded their piglix.com "
 "copies). Found at rank 8 of the query 'Massey-Ferguson company history Massey-Harris Harry Ferguson merger 1953 "
 "Wikipedia' (batches 65e's and 65i's lead); snaccooperative.org (rank 1; a Wikipedia-derived description in '<br>' "
 "markup), a copy with no address (rank 2; a company-history text of unknown source), monthly.mecum.com (rank 3; an "
 "auction house's article), gracesguide.co.uk (ranks 4, 7), massey-harris.com (rank 5; a fan site's 'Excert from "
 "Wiki') and thecanadianencyclopedia.com (rank 6; copyrighted) not used. Massey-Harris, Massey Harris, Daniel Massey, "
 "Hart Massey, Newcastle Foundry, A. Harris, AGCO, Allis-Chalmers: " + CHECKED + " ('Massey Ferguson' and "
 "'Massey-Ferguson' in batch 60h's dev text on Frank Perkins (Massey-Ferguson's purchase of a majority of Perkins "
 "Engines in 1959, another matter, not in this text) and in batch 65e's test text on the Argus Corporation (one of its "
 "listed businesses, another matter; Argus is not in this text); 'Massey' in other senses in other texts).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[ citation needed ]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers dropped and whitespace runs compared as one space;
    returns problems."""
    bad = []
    for rid, (fn, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
