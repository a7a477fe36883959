#!/usr/bin/env python3
"""Batch 68x (session 62; gatherer lane 68x): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac and 68a-68u, on a Singapore bank, an Australian aircraft
maker and a Canadian chocolatier, new to the corpus: Chung Khiaw Bank Limited, the Singapore bank established by Aw
Boon Haw (its founding chairman, followed by Ko Teck Kin and Aw Cheng Chye), part of whose shares went to Haw Par
Brothers International in 1969, acquired by United Overseas Bank (UOB) in 1971 after Slater Walker took over its
parent, merged with UOB in 1999, its Malaysian bank a UOB subsidiary until 1997 (banking, Singapore); the Commonwealth
Aircraft Corporation (CAC), established in 1936 after the lobbying of BHP's Chief General Manager Essington Lewis and
negotiations among BHP, General Motors-Holden, Broken Hill Associated Smelter, Imperial Chemical Industries, the Orient
Steam Navigation Company and the Electrolytic Zinc Company, buyer of Tugan Aircraft, its General Manager Lawrence
Wackett and its first aircraft the Wirraway (aircraft manufacturing, Australia); and Laura Secord s.e.c, the Canadian
chocolatier founded in 1913 by Frank P. O'Connor (who founded the Fanny Farmer Candy Stores in 1919), sold to John
Labatt Limited in 1969, acquired by Rowntree Mackintosh Confectionery in 1983, sold by Nestle's Canadian unit to
Archibald Candy Corporation in 1998 and by it to Gordon Brothers LLC in 2004, bought by Jean and Jacques Leclerc in
2010 (confectionery, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): iiab.me's Kiwix copy wikipedia_en_all_maxi_2023-10 of 'Chung Khiaw Bank', en.wikipedia.org's
own '= Title =' rendering of 'Commonwealth Aircraft Corporation' (undated, recent) and talk.dob.jp's proxy rendering of
revision 1133609589 (14 January 2023) of 'Laura Secord Chocolates'; each cut at a paragraph or sentence end at or
before the point where the excerpt ends (all about 2,000 characters). Edits per item in `notes` (title lines, banner
lines, infobox lines, section headings and citation markers cut; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather69x/src), the markers ('[1]') dropped and whitespace runs
compared as one space, as batches 57g-68p did.
No text tells an outage (none tells one or a near-miss of one).
newskg (or any extractor) was not run on any text. A round of three: five queries, four companies asked for by name,
three taken (round notes /tmp/gather69x/NOTES.md; queries /tmp/gather69x/src/queries.txt; claims
/work/notes/gather69/CLAIMS.txt).
usage: batch68x.py [POOL_DIR] [--dry]   (default /tmp/gather69x/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69x/pool"
SRC = "/tmp/gather69x/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- banking, Singapore: Chung Khiaw Bank (iiab.me's Kiwix copy, 2023-10) --------------------------------------------
CK = [
 "Chung Khiaw Bank Limited was a Singapore bank that was established by millionaire Aw Boon Haw and later became a "
 "subsidiary of United Overseas Bank after takeovers in 1971\u201372. Part of the shares of Chung Khiaw Bank was "
 "injected to a listed company Haw Par Brothers International in 1969 and was acquired by a domestic competitor United "
 "Overseas Bank (UOB) in 1971, after the parent company was takeover by Slater Walker. Chung Khiaw Bank merged with "
 "UOB in 1999.",
 "The brand \"Chung Khiaw Bank\" was survived in nearby Malaysia as a subsidiary of UOB until 1997. In 1997, UOB "
 "(Malaysia) merged with Chung Khiaw Bank (Malaysia).[6]",
 "In 1971, Chung Khiaw Bank also have two branches in Hong Kong, which became the branches of UOB in 1999.[7]",
 "Chung Khiaw Bank was established as a family-held business on 59 Robinson Road, Singapore. The founding chairman of "
 "the bank was millionaire Aw Boon Haw, who famous for his \"Star Newspapers\", and \"Tiger Balm\"; after his death, "
 "Ko Teck Kin (Chinese: \u9ad8\u5fb7\u6839)[8] and then Aw Cheng Chye, nephew of Aw Boon Haw and son of Aw Boon Par "
 "succeed the position."]
KEPT["wp-chung-khiaw-bank"] = ("chung-khiaw-kiwix.txt", CK)
R.append(wp("wp-chung-khiaw-bank", "Chung Khiaw Bank",
 "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Chung_Khiaw_Bank",
 "\n\n".join(MARK.sub("", p) for p in CK),
 "banking", ["history", "founding", "chairmen", "ownership", "acquisition", "subsidiary", "merger"],
 "The article as iiab.me's Kiwix copy wikipedia_en_all_maxi_2023-10 holds it in the page store (a Kiwix dump of "
 "October 2023, after Wikimedia's June 2023 move to CC BY-SA 4.0; recorded 4.0). The page store holds two renderings "
 "of this address (ranks 1 and 2 of the same query): rank 1 sets the infobox out line by line after the lead and its "
 "excerpt breaks off earlier ('... son of Aw Boon Par suc'); rank 2, used here, sets it out as a table and reaches "
 "one sentence further. Cut: the title line 'Chung Khiaw Bank'; the infobox table between the lead and the next "
 "paragraph ('Type | Subsidiary (Former private) | ...' to 'Footnotes / references Profit excluding Malaysia "
 "branches |', with 'Fate | Merged with UOB', 'Headquarters | International Plaza, Singapore', 'Owner | United "
 "Overseas Bank (100%)', 'Parent | United Overseas Bank' and the bank's Chinese names, so International Plaza and the "
 "infobox's owner and parent are not in the text); the heading 'History'; the citation markers ('[6]', '[7]', '[8]'); "
 "cut after '... son of Aw Boon Par succeed the position.', before the sentence the excerpt breaks off in ('However, "
 "the founding managing director / president'; a cut at a sentence end), so the founding managing director and the "
 "later history are not in the text. The copy's paragraphs are single lines, joined here with blank lines. No word "
 "added or changed. Kept as written: 'a Singapore bank that was established by millionaire Aw Boon Haw', 'after "
 "takeovers in 1971\u201372' (an en dash), 'Part of the shares of Chung Khiaw Bank was injected to a listed company "
 "Haw Par Brothers International in 1969 and was acquired by a domestic competitor United Overseas Bank (UOB) in "
 "1971, after the parent company was takeover by Slater Walker' ('was takeover by' as the article has it), 'The brand "
 "\"Chung Khiaw Bank\" was survived in nearby Malaysia as a subsidiary of UOB until 1997', 'UOB (Malaysia) merged "
 "with Chung Khiaw Bank (Malaysia)', 'Chung Khiaw Bank also have two branches in Hong Kong', 'on 59 Robinson Road, "
 "Singapore', 'who famous for his \"Star Newspapers\", and \"Tiger Balm\"' (no verb, as the article has it), 'Ko "
 "Teck Kin (Chinese: \u9ad8\u5fb7\u6839)' (the Chinese name kept), 'and son of Aw Boon Par succeed the position'. "
 "187 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a dump of 2023-10). Found at rank "
 "2 of the query 'Chung Khiaw Bank founded Aw Boon Haw acquired United Overseas Bank history Wikipedia' (this lane's "
 "free names: a Singapore bank with its founder, chairmen and owners); the same address's other rendering (rank 1), "
 "theinfolist.com (rank 3; a copy with link glosses run into the text), hmong.in.th and jablog.org (ranks 4, 5; Thai "
 "and Japanese translations), thebankinfo.com (rank 6; UOB's history), akarinohon.com (rank 7; the Wee Kheng Chiang "
 "article through a proxy) and eresources.nlb.gov.sg (rank 8; Singapore's National Library, not Wikipedia) not used. "
 "Chung Khiaw, Aw Boon Haw, Aw Cheng Chye, Ko Teck Kin, Lee Chee Shan, Aw Boon Par, Tiger Balm, Robinson Road: "
 + CHECKED + " ('Haw Par' in one train text on another matter, an aquarium, and in GATHERING.md's and batch 32g's "
 "notes on it; 'United Overseas Bank' and 'UOB' in one train text on another matter; 'Slater Walker' once in "
 "GATHERING.md on another matter).",
 "non-US", v3=False, copy_of="the Wikipedia article, via iiab.me's Kiwix copy wikipedia_en_all_maxi_2023-10"))

# ---- aircraft manufacturing, Australia: Commonwealth Aircraft Corporation (en.wikipedia.org) -------------------------
CA = [
 "The Commonwealth Aircraft Corporation (CAC) was an Australian aircraft manufacturer. The CAC was established in "
 "1936, to provide Australia with the capability to produce military aircraft and engines.",
 "In 1935 the Chief General Manager of BHP, Essington Lewis, visited Europe and formed the view that war was "
 "probable. On his return to Australia, concerned at the lack of manufacturing capabilities there and at the "
 "possibility of aircraft not being available from 'traditional' (i.e. British) sources during wartime, he commenced "
 "a lobbying campaign to convince the Government of Australia to establish a modern aircraft industry. The government "
 "required little persuasion and encouraged negotiations between a number of Australian companies. The outcome of "
 "these negotiations, begun in August 1935, was the formation of CAC the following year. Initially the companies "
 "involved were BHP, General Motors-Holden and Broken Hill Associated Smelter. These were joined by Imperial Chemical "
 "Industries, the Orient Steam Navigation Company and the Electrolytic Zinc Company at the time of CAC's formation "
 "(the company was incorporated in Melbourne on 17 October 1936). By September 1937 a factory had been completed at "
 "Fishermans Bend.",
 "Shortly after the establishment of CAC, Mascot-based Tugan Aircraft was purchased. This led to Lawrence Wackett "
 "joining the company; he immediately became the General Manager. It is almost entirely due to Wackett's efforts that "
 "the Wirraway became the first aircraft produced by CAC."]
KEPT["wp-commonwealth-aircraft-corporation"] = ("cac-enwiki.txt", CA)
R.append(wp("wp-commonwealth-aircraft-corporation", "Commonwealth Aircraft Corporation",
 "https://en.wikipedia.org/wiki/Commonwealth_Aircraft_Corporation",
 "\n\n".join(MARK.sub("", p) for p in CA),
 "aerospace/aircraft manufacturing", ["history", "founding", "founding companies", "executives", "acquisition",
                                      "products"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68p recorded their en.wikipedia.org renderings; its "
 "'General Motors-Holden', 'Imperial Chemical Industries' and 'Fishermans Bend' where piglix.com's older copy at rank "
 "3 of the same query reads 'General Motors-Holden,', 'Imperial Chemical Industries of Australia and New Zealand' and "
 "'Port Melbourne'; doubtful: no revision id). Cut: the title line '= Commonwealth Aircraft Corporation ='; the "
 "infobox lines between the title and the lead ('Commonwealth Aircraft Corporation', '- Industry: Aircraft "
 "manufacturing' to '- Key People: Fred David Lawrence Wackett', with '- Fate: Acquired by Hawker de Havilland' and '- "
 "Defunct: 1985', so Hawker de Havilland and the company's end are not in the text; cut as batches 54zu-68p cut their "
 "infoboxes); the heading '==History=='; cut after '... the Wirraway became the first aircraft produced by CAC.', "
 "before the sentence the excerpt breaks off in ('In 1935 Wackett had led a technical mission to Europe and the "
 "United States to evaluate modern aircraft types and select a type suitable to Australia's needs and within Austra'; "
 "a cut at a sentence end), so the mission and the later history are not in the text. No citation markers in this "
 "rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or changed. Kept as written: "
 "'The CAC was established in 1936, to provide Australia ...' (a comma before 'to'), 'In 1935 the Chief General "
 "Manager of BHP, Essington Lewis, visited Europe', \"from 'traditional' (i.e. British) sources\" (straight quotes), "
 "'the Government of Australia', 'begun in August 1935, was the formation of CAC the following year', 'Initially the "
 "companies involved were BHP, General Motors-Holden and Broken Hill Associated Smelter', 'These were joined by "
 "Imperial Chemical Industries, the Orient Steam Navigation Company and the Electrolytic Zinc Company', '(the company "
 "was incorporated in Melbourne on 17 October 1936)', 'Fishermans Bend' (no apostrophe), 'Mascot-based Tugan "
 "Aircraft was purchased', 'he immediately became the General Manager', \"Wackett's efforts\". 225 words. No outage "
 "and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful, undated). Found at rank 2 of "
 "the query 'Commonwealth Aircraft Corporation history Wikipedia Wackett' (this lane's free names: an Australian "
 "maker with its founding companies and its manager); gregoryno6.wordpress.com (rank 1; a blog's reblog), "
 "piglix.com (rank 3; an older copy, the same paragraphs), theinfolist.com (rank 4; link glosses run into the text), "
 "australianflyingcorps.com (rank 5), antiquarianangler.com (rank 6; a bookseller), the-uncensored-wiki.com (rank 7; "
 "a short static copy of about 2007, the lead and a list of aircraft, naming Hawker de Havilland and Boeing "
 "Australia) and military-aircraft.org (rank 8) not used. Commonwealth Aircraft, Wackett, Tugan, Essington Lewis, "
 "Wirraway, Hawker de Havilland, Fishermans Bend, Broken Hill Associated, Electrolytic Zinc: " + CHECKED + " ('BHP' "
 "and 'Orient Steam' in texts on other matters).",
 "non-US", v3=False, copy_of="the Wikipedia article"))

# ---- confectionery, Canada: Laura Secord Chocolates (talk.dob.jp's proxy of revision 1133609589) ---------------------
LS = [
 "Laura Secord s.e.c is a Canadian chocolatier, confectionery, and ice cream company. It was named after the Canadian "
 "heroine Laura Secord. In 1813, Laura Secord, pioneer wife and mother of seven children, made a dangerous 19-mile "
 "(30-km) journey on foot to warn Lieutenant James FitzGibbon of a planned American attack. Her bravery contributed to "
 "victory at the Battle of Beaver Dams.",
 "The company is owned by Jean Leclerc of Quebec City, who owns Nutriart, a company devoted to chocolate production. "
 "Nutriart is a former division of Biscuits Leclerc.",
 "The company was founded in 1913 by Frank P. O'Connor with its first store on Yonge Street in Toronto, Ontario.[1] "
 "In 1919 O'Connor founded the Fanny Farmer Candy Stores in the US.",
 "In 1969, Laura Secord was sold by the O'Connor family to John Labatt Limited.[1] In 1983 it was acquired by "
 "British-owned Rowntree Mackintosh Confectionery of York, England. Its successor, Nestl\u00e9's Canadian unit, sold "
 "it in 1998[2] to Archibald Candy Corporation of Chicago,[3] which then sold it to Gordon Brothers LLC of Boston in "
 "2004.[4]",
 "In 2010 Jean and Jacques Leclerc of Quebec purchased the company.[5]",
 "In 2004, there were 174 outlets throughout the country and a staff of 1,600.[3] As of 2018, this had been reduced "
 "to 100 retail outlets, and the business was for sale. It has offices in Mississauga, Ontario, and Quebec City, "
 "Quebec."]
KEPT["wp-laura-secord-chocolates"] = ("laura-secord-dobjp.txt", LS)
R.append(wp("wp-laura-secord-chocolates", "Laura Secord Chocolates",
 "https://talk.dob.jp/enwiki/w/index.php?oldid=1133609589&title=Laura_Secord_Chocolates",
 "\n\n".join(MARK.sub("", p) for p in LS),
 "food/confectionery", ["history", "founding", "founder", "ownership", "acquisitions", "sale", "retail outlets"],
 "The article as the proxy talk.dob.jp renders revision 1133609589 of en.wikipedia.org (edited 17:31, 14 January 2023, "
 "as the page's own banner says; before Wikimedia's June 2023 move to CC BY-SA 4.0, so recorded 3.0). Cut: the "
 "lines 'Jump to content', the title line 'Laura Secord Chocolates', 'From Wikipedia, the free encyclopedia' and the "
 "old-revision banner ('This is an old revision of this page, as edited by ... which may differ significantly from "
 "the current revision.'); the infobox lines between the banner and the lead ('Laura Secord s.e.c', 'Laura Secord', "
 "'Company typePrivate' to 'Websitelaurasecord.ca', with 'FounderFrank Patrick O'Connor' and 'ParentRowntree "
 "Mackintosh (1983\u201388)', so the infobox's fuller founder name and dated parent are not in the text); the "
 "headings 'History', 'Founding' and 'Ownership changes'; the citation markers ('[1]' to '[5]', with none of a space "
 "before them in this rendering, so '1998[2] to' reads '1998 to' and 'Chicago,[3] which' reads 'Chicago, which'); "
 "the heading 'References' that ends the excerpt (the text ends with the section before it, at a sentence end). The "
 "rendering's paragraphs as it sets them apart (blank lines). No word added or changed. Kept as written: 'Laura "
 "Secord s.e.c is a Canadian chocolatier' (no full stop after 'c'), 'mother of seven children', 'a dangerous 19-mile "
 "(30-km) journey', 'The company is owned by Jean Leclerc of Quebec City, who owns Nutriart', 'Nutriart is a former "
 "division of Biscuits Leclerc', 'founded in 1913 by Frank P. O'Connor', 'In 1919 O'Connor founded the Fanny Farmer "
 "Candy Stores in the US', 'sold by the O'Connor family to John Labatt Limited', 'acquired by British-owned Rowntree "
 "Mackintosh Confectionery of York, England', \"Its successor, Nestl\u00e9's Canadian unit, sold it in 1998\", 'In "
 "2010 Jean and Jacques Leclerc of Quebec purchased the company', 'As of 2018, this had been reduced to 100 retail "
 "outlets, and the business was for sale'. 226 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(a revision of January 2023). Found at rank 2 of the query \"Laura Secord Chocolates company history founded Frank "
 "O'Connor acquired Wikipedia\" (this lane's free names: a Canadian confectioner with its founder and its owners); "
 "reviewthescoop.com (rank 1; a review site quoting an older revision), historyofbranding.com (ranks 3, 8; a "
 "brand-history essay), wikimili.com (rank 4; a later revision, undated, the heroine moved below the founding and "
 "more on Fanny Farmer), the same proxy's diff page (rank 5; wikitext), candybaskets.com (rank 6; a retailer's copy "
 "of an older revision) and en.wikipedia.org (rank 7; an older rendering of about 2018-2023 under the name 4542410 "
 "Canada Inc.) not used. Laura Secord, Frank P. O'Connor, Fanny Farmer, Archibald Candy, Nutriart, Biscuits Leclerc, "
 "Leclerc: " + CHECKED + " ('Labatt', 'Rowntree' and 'Gordon Brothers' in texts on other matters).",
 "non-US", v3=True,
 copy_of="revision 1133609589 of the Wikipedia article, as the proxy talk.dob.jp renders it"))


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
