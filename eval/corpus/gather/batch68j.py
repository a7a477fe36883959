#!/usr/bin/env python3
"""Batch 68j (session 62; gatherer lane 68j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac and 68a-68f, on a Canadian bicycle maker, a Hong Kong
electricity company and a Tokyo confectioner, new to the corpus: Canada Cycle & Motor Co. Ltd. (CCM, C.C.M.), formed
when four Canadian bicycle makers (H.A. Lozier, Massey-Harris, Goold and Welland Vale Manufacturing) amalgamated as the
American Bicycle Company planned its Canadian branch, the National Cycle Company; buyer of the assets of Canadian
Motors Ltd. in 1903 under its general manager Tommy Russell, founder of the Russell Motor Car Company in Toronto in
1904, later split into a bicycle maker and CCM (The Hockey Company) (bicycles, Canada); the Hongkong Electric Company
(HKC), one of Hong Kong's two electricity companies beside China Light & Power, owned by Power Assets Holdings, Cheung
Kong Infrastructure Holdings and the Qatar Investment Authority, set up on Bendyshe Layton's suggestion to Sir Catchick
Paul Chater, its director for 37 years, its first power station in Wan Chai designed and managed until 1910 by William
Wickham, its first 50 street lights switched on at 6:00 p.m. on 1 December 1890 and failing on the second night and
one week later (electric utility, Hong Kong); and Morinaga & Company, Ltd. (Morinaga Seika), the Tokyo confectioner
founded in 1899 by Taichiro Morinaga, incorporated as Morinaga & Co., Ltd. in 1912, maker of Hi-Chew, Chocoball and
eight other brands, Japan distributor of Werther's Original and Pez, holder of 10.34% of Morinaga Milk Industry Co.,
Ltd. (confectionery, Japan).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): piglix.com's copies of 'CCM (cycle)' and 'Hongkong Electric' (older revisions) and
en.m.wikipedia.org's rendering of 'Morinaga & Company' (a revision of 2023-2024: its infobox says '124 years ago' of
15 August 1899); each cut at a paragraph or sentence end at or before the point where the excerpt ends (all about
2,000 characters). Edits per item in `notes` (site banners, title lines, infobox lines, section headings, list bullets
and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather69j/src), the markers ('[1]') dropped and whitespace runs compared as one space, as batches 57g-68f did.
One text tells outages: the Hongkong Electric street lights that 'failed on the second night then again one week
later' (two outages told apart, of December 1890).
newskg (or any extractor) was not run on any text. A round of three: fourteen queries, fourteen companies asked for,
three taken (round notes /tmp/gather69j/NOTES.md; queries /tmp/gather69j/src/queries.txt; claims
/work/notes/gather69/CLAIMS.txt).
usage: batch68j.py [POOL_DIR] [--dry]   (default /tmp/gather69j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69j/pool"
SRC = "/tmp/gather69j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- bicycles, Canada: CCM (cycle) (piglix.com's copy) ------------------------------------------------------------
CC = [
 "CCM was an initialism for Canada Cycle & Motor Co. Ltd. The company would eventually split into two separate "
 "entities both maintaining the CCM trademark, one maintaining bicycle manufacturing and the other, CCM (The Hockey "
 "Company), producing hockey equipment.",
 "The formation of C.C.M. came at the same time as an American bicycle industry consolidation: \"42 manufacturers "
 "formed the American Bicycle Company and soon afterwards announced plans to open a branch plant in Canada called the "
 "National Cycle Company.\" C.C.M. was established \"when the operations of four major Canadian bicycle manufacturers "
 "amalgamated: H.A. Lozier, Massey-Harris, Goold, and Welland Vale Manufacturing.\" \"The company then accounted for "
 "85 per cent of Canadian cycle production.\"",
 "Around 1899 many smaller bicycle makers went out of business, and C.C.M. soon became Canada's industry leader.",
 "In 1903, weakness in the bicycle market prompted C.C.M. to acquire the assets of Canadian Motors Ltd. (CML), a "
 "failed automobile producer. Tommy Russell, C.C.M.'s new general manager, saw an opportunity to diversify his "
 "company's product line.",
 "In 1904, anticipating the growing market for motorcars, C.C.M. established the Russell Motor Car Company in "
 "Toronto.",
 "In 1895, H.A. Lozier & Co. opened a bicycle manufacturing plant on St. Clair Avenue in the Town of Toronto Junction "
 "(as the town was then officially called). \"Massey-Harris and Gendron Bicycles also moved some bike manufacturing "
 "to The Junction in the HA Lozier factory.\"",
 "Montreal, Winnipeg and Vancouver, were originally part of a diversified network of C.C.M. manufacturing processes."]
KEPT["wp-ccm-cycle"] = ("ccm-cycle-piglix.txt", CC)
R.append(wp("wp-ccm-cycle", "CCM (cycle)", "http://piglix.com/piglix/CCM_(cycle)",
 "\n\n".join(MARK.sub("", p) for p in CC),
 "bicycles/manufacturing", ["history", "founding", "amalgamation", "asset purchase", "subsidiary", "executive"],
 "The article as piglix.com's copy holds it in the page store (no revision id or date held; an older revision, "
 "copied by piglix.com). Cut: the site's banner line '*** Welcome to piglix ***', the title line 'CCM (cycle)' and "
 "the infobox lines ('Canada Cycle & Motor Co. Ltd.' to 'Products bicycles': 'Private', 'Industry sporting goods', "
 "'Founded Weston, ON. (1899)', 'Headquarters Montreal, QC, Canada'), so Weston and the founding place are not in "
 "the text; cut after 'Montreal, Winnipeg and Vancouver, were originally part of a diversified network of C.C.M. "
 "manufacturing processes.', before the sentence the excerpt breaks off in ('By 1917, C.C.M.'s bicycle "
 "manufacturing operations had moved into a larger factory on Lawrence Avenue West ... where manufacturing "
 "continued'; a cut at a sentence end), so the Weston factory of 1917 and the later history (the split's date, the "
 "hockey business) are not in the text. The copy shows no section headings and no citation markers. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'CCM was an initialism for Canada Cycle & "
 "Motor Co. Ltd.' (the article's lead as the copy has it), 'the other, CCM (The Hockey Company), producing hockey "
 "equipment', the article's quotations in straight double quotes ('\"42 manufacturers formed the American Bicycle "
 "Company ...\"', '\"when the operations of four major Canadian bicycle manufacturers amalgamated: H.A. Lozier, "
 "Massey-Harris, Goold, and Welland Vale Manufacturing.\"', '\"The company then accounted for 85 per cent of "
 "Canadian cycle production.\"', '\"Massey-Harris and Gendron Bicycles also moved some bike manufacturing to The "
 "Junction in the HA Lozier factory.\"'), 'C.C.M.' with stops beside 'CCM' without, 'Canadian Motors Ltd. (CML)', "
 "'Tommy Russell, C.C.M.'s new general manager', 'H.A. Lozier & Co.' beside 'H.A. Lozier' and 'HA Lozier', 'the "
 "Town of Toronto Junction (as the town was then officially called)', 'Montreal, Winnipeg and Vancouver, were "
 "originally part' (a comma before the verb). The paragraph on H.A. Lozier's plant of 1895 stands after those of "
 "1903 and 1904, as in the copy. 242 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older "
 "revision copied by piglix.com, whose copies batches of earlier sessions recorded as 3.0; doubtful: no date held). "
 "Found at rank 2 of the query 'Canada Cycle & Motor Company CCM history 1899 bicycles automobiles Russell Motor Car "
 "Wikipedia' (this lane's free names: a Canadian manufacturer, as batches 67d and 68d took Canadair and Dominion "
 "Textile); wikisum.wiki's 'Russell Motor Car Company' (rank 1; an AI summary, sentences out of order), "
 "vintageccm.com (rank 3; a collectors' site, no open licence), absoluteastronomy.com's 'Russell Motor Car Company' "
 "(rank 4; a copy with linked articles' leads run into its sentences), trainweb.org, russellcars.ca, "
 "rideautownshiphistory.org and legionmagazine.com (ranks 5-8; no open licence or news) not used. Canada Cycle, "
 "C.C.M, Russell Motor, Lozier, Goold, Welland Vale, American Bicycle, National Cycle, Canadian Motors, Tommy "
 "Russell, Gendron: " + CHECKED + " ('CCM' only inside other names, 'ZCCM' among them; 'Massey-Harris' in a text on "
 "another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a site copying Wikipedia pages"))

# ---- electric utility, Hong Kong: Hongkong Electric (piglix.com's copy) -----------------------------------------------
HE = [
 "The Hongkong Electric Company (HKC; Chinese: \u9999\u6e2f\u96fb\u71c8\u6709\u9650\u516c\u53f8) is one of Hong "
 "Kong's two main electricity generation companies, the other being China Light & Power. The company is owned by "
 "several companies including Power Assets Holdings, Cheung Kong Infrastructure Holdings and Qatar Investment "
 "Authority. It was the first company to provide electricity in Hong Kong, having run continually since the 19th "
 "century.",
 "Following a meeting of the Executive Council to discuss land reclamation, Bendyshe Layton suggested to Sir Catchick "
 "Paul Chater that Hong Kong acquire an electricity generator. Chater, who was to remain a director of the new Hong "
 "Kong Electric Company for 37 years, took charge of raising finance for the project. The total capital of $300,000 "
 "was divided into 30,000 shares, half of which were offered to the public. As a result, the first power station in "
 "Hong Kong was secretly built on the site of an old graveyard in Star Street, Wan Chai. The plant was designed by "
 "electrical engineer William Wickham who subsequently remained its manager until 1910. At 6:00 p.m. on 1 December "
 "1890, 50 street lights along Queen's Road Central, Battery Path and Upper Albert Road were switched on. The lights "
 "failed on the second night then again one week later. Thereafter there were no further faults for 26 years. Street "
 "lighting was later extended west as far as Bonham Strand and Caine Road then later along Queens Road East and "
 "Wanchai Road to Mission Hospital Hill (site of the present Ruttonjee Hospital). In the 1890s, as electricity "
 "became popular, the first private houses were connected to the company's supply to power lights and fans. On the "
 "commercial front, a substation was built in 1898 to service the lifts of the new tall buildings mushrooming along "
 "the waterfront."]
KEPT["wp-hongkong-electric"] = ("hongkong-electric-piglix.txt", HE)
R.append(wp("wp-hongkong-electric", "Hongkong Electric", "http://piglix.com/piglix/Hongkong_Electric",
 "\n\n".join(MARK.sub("", p) for p in HE),
 "electric utility", ["history", "founding", "ownership", "power station", "street lighting", "outage"],
 "The article as piglix.com's copy holds it in the page store (no revision id or date held; an older revision, "
 "copied by piglix.com). Cut: the site's "
 "banner line '*** Welcome to piglix ***', the title line 'Hongkong Electric' and the infobox lines ('Hong Kong "
 "Electric Company' to 'Website www.hkelectric.com': 'Industry Public utility', 'Founded 1 December 1890', "
 "'Headquarters Hong Kong', 'Products Electric service'). The excerpt ends at '... mushrooming along the "
 "waterfront.' (a sentence end; 1,983 characters), so the article's later paragraphs, if any, are not in the "
 "text. The copy shows no section headings and no citation markers. Paragraphs joined "
 "with blank lines. No word added or changed. Kept as written: 'The Hongkong Electric Company (HKC; Chinese: "
 "\u9999\u6e2f\u96fb\u71c8\u6709\u9650\u516c\u53f8)' (the Chinese name kept), 'the other being China Light & "
 "Power', 'The company is owned by several companies including Power Assets Holdings, Cheung Kong Infrastructure "
 "Holdings and Qatar Investment Authority.' (no 'the' before 'Qatar'), 'Sir Catchick Paul Chater', 'a director of "
 "the new Hong Kong Electric Company for 37 years' ('Hong Kong' in two words here, 'Hongkong' in one above), 'The "
 "plant was designed by electrical engineer William Wickham who subsequently remained its manager until 1910.' (no "
 "comma before 'who'), 'At 6:00 p.m. on 1 December 1890', 'The lights failed on the second night then again one "
 "week later.', 'Queen's Road Central' beside 'Queens Road East' (no apostrophe), 'Wan Chai' beside 'Wanchai Road', "
 "'Mission Hospital Hill (site of the present Ruttonjee Hospital)'. 293 words. Outages told: the street lights "
 "switched on at 6:00 p.m. on 1 December 1890 'failed on the second night then again one week later' (two failures "
 "of the company's supply told apart; 'Thereafter there were no further faults for 26 years', a span without an "
 "event). Recorded CC BY-SA 3.0 (an older revision copied by piglix.com; doubtful: no date held). Found at rank 5 of "
 "the query 'Hongkong Electric Company history founded 1889 Paul Chater Kadoorie Wikipedia' (this lane's free names: "
 "a Hong Kong utility, as batch 68d took the Kowloon Motor Bus Company; batch 65m had found no Wikipedia copy of the "
 "company's article); referenceforbusiness.com, fundinguniverse.com and encyclopedia.com (ranks 1-4; the "
 "International Directory of Company Histories, copyrighted), nsn.asia (rank 6; a news reprint) and ckh.com.hk "
 "(ranks 7, 8; the owner's magazine) not used. Hongkong Electric, Hong Kong Electric, Power Assets, Bendyshe: "
 + CHECKED + " ('Hong Kong Electric' and 'China Light' only in GATHERING.md's lists of free names; 'Chater' in a "
 "text on another matter, the Wharf company he founded; 'Cheung Kong Infrastructure', 'Qatar Investment' and "
 "'Wickham' in texts on other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a site copying Wikipedia pages"))

# ---- confectionery, Tokyo: Morinaga & Company (en.m.wikipedia.org's rendering) --------------------------------------
MO = [
 "Morinaga & Company, Ltd. (\u68ee\u6c38\u88fd\u83d3\u682a\u5f0f\u4f1a\u793e, Morinaga Seika Kabushiki-gaisha) is a "
 "global confectionery company in Tokyo, Japan, in operation since 1899.[5] Their products include candy and other "
 "confectioneries.[4]",
 "Morinaga is loosely affiliated with Morinaga Milk Industry Co., Ltd., a public company in which Morinaga & Company "
 "holds 10.34% of the stock.",
 "Major Morinaga brands include:[6][7]",
 "Hi-Chew", "In Jelly / Chargel", "Choco Monaka Jumbo", "Ice Box", "DARS", "Morinaga Biscuits", "Morinaga Milk Cocoa",
 "Morinaga Amazake", "Morinaga Chocoball", "Packncho (license manufacturer)", "Werther's Original (Japan distributor)",
 "Pez (Japan distributor)",
 "The company was founded in 1899 by Taichiro Morinaga, who opened a Western confectionery shop in Tokyo after "
 "returning from the United States. It was incorporated as Morinaga & Co., Ltd. in 1912.[8]",
 "In 1944, during World War II, Morinaga created Japan's first domestically produced penicillin.[9]",
 "In 1960, the company advertised that women should give chocolates to men on Valentine's Day. This action strongly "
 "influenced the present culture of Valentine's Day in Japan.[9] Moreover, in 2009, the company made chocolates for "
 "men to give women, which are called Gyaku-choco. (Gyaku means reverse in Japanese.)"]
KEPT["wp-morinaga-and-company"] = ("morinaga-enwiki-mobile.txt", MO)
R.append(wp("wp-morinaga-and-company", "Morinaga & Company", "https://en.m.wikipedia.org/wiki/Morinaga_%26_Company",
 "\n\n".join(MARK.sub("", p) for p in MO),
 "confectionery/food", ["history", "founding", "founder", "brands", "incorporation", "shareholding"],
 "The article as en.m.wikipedia.org (Wikipedia's mobile site) renders it in the page store (no revision id held; a "
 "revision of about August 2023 to August 2024: the infobox reads 'August 15, 1899; 124 years ago'). Cut: the "
 "infobox lines between the lead and the next paragraph ('Morinaga & Co., Ltd.' to 'Footnotes / references' and "
 "'[2][3][4]': the native name, 'Company typePublic (K.K)', 'TYO: 2201', the ISIN, 'FoundedAugust 15, 1899; 124 "
 "years ago (1899-08-15) as Morinaga\u2019s Western Confectionary Shop', 'FounderTaichiro Morinaga', 'Key people' / "
 "'Eijiro Ota[1]' / '(President)', revenue and income of FY 2017, '3,170 (consolidated, as of March 31, 2018)', "
 "'SubsidiariesMorinaga Milk Industry (10.34%)', 'WebsiteOfficial website'), so Eijiro Ota, the founding day and "
 "the infobox's 'Subsidiaries' line are not in the text; the headings 'Brands edit' and 'History edit'; the list's "
 "bullets ('\u2022') left out, each of the twelve items kept as its own paragraph (no word changed; as batch 65b "
 "kept a list); citation markers ('[5]', '[4]', '[6][7]', '[8]', '[9]') cut by the script; cut after '(Gyaku means "
 "reverse in Japanese.)', before the paragraph the excerpt breaks off in ('Morinaga began selling i'; a cut at a "
 "paragraph end), so the article's later history is not in the text. Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'Morinaga & Company, Ltd. (\u68ee\u6c38\u88fd\u83d3\u682a\u5f0f\u4f1a\u793e, "
 "Morinaga Seika Kabushiki-gaisha)' (the Japanese name and its romanisation kept), 'Their products include candy and "
 "other confectioneries.', 'Morinaga is loosely affiliated with Morinaga Milk Industry Co., Ltd., a public company "
 "in which Morinaga & Company holds 10.34% of the stock.', 'Major Morinaga brands include:', the list items with "
 "their own notes ('Packncho (license manufacturer)', \"Werther's Original (Japan distributor)\", 'Pez (Japan "
 "distributor)'), 'In Jelly / Chargel' (one item, two names), 'It was incorporated as Morinaga & Co., Ltd. in "
 "1912.', 'Japan's first domestically produced penicillin', 'which are called Gyaku-choco. (Gyaku means reverse in "
 "Japanese.)'. 178 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a rendering after "
 "Wikimedia's move to 4.0 of June 2023, by the infobox's '124 years ago'). Found at rank 8 of the query 'Morinaga & "
 "Co. confectionery company history Taichiro Morinaga founded 1899 Wikipedia' (this lane's free names: a Japanese "
 "maker of consumer goods); wikizero.com's copy (rank 5; the same revision with '[edit]' links), theinfolist.com's "
 "'Taichiro Morinaga' (rank 1; a biography, linked articles' leads run into it), Orange County's public records "
 "(ranks 2, 4; a copy of a copyrighted company history), a Wikipedia user's sandbox (rank 3; not an article), "
 "morinaga.co.jp (rank 6; the company's page) and fundinguniverse.com (rank 7; copyrighted) not used. Morinaga, "
 "Hi-Chew, Chocoball, Werther, Gyaku, Matsuzaki: " + CHECKED + " ('Pez' only as a part of other words and names in "
 "texts on other matters).",
 "non-US", v3=False, copy_of="the Wikipedia article, as en.m.wikipedia.org (the mobile site) rendered it"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation needed]'),
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
