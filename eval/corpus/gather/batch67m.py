#!/usr/bin/env python3
"""Batch 67m (session 61; gatherer lane 67m): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-67h, kept to three American companies of the industrial, energy and consumer-goods sectors, new to the
corpus: the Associated Oil Company (Flying A), the San Francisco oil company formed on October 7, 1901 out of the five
largest Kern River Oil Field companies, whose presidents the text names (W. G. Kerckhoff of Reed Crude Oil Company,
Burton E. Green of Green-Whittier Oil Company, Charles A. Canfield of Canfield Oil Company, M. H. Whittier of Kern Oil
Company, John A. Bunting of San Joaquin Oil & Development Company), brought together by the pipeline salesman W.S.
Porter, with the Standard Oil Company and the Southern Pacific Railroad taking an interest and Matson's Pacific Oil
and Transportation Company acquired in 1905, merged with the Tidewater Oil Company in 1938 (energy, US); the General
Tire and Rubber Company, founded in Akron, Ohio in 1915 by William F. O'Neil, buyer of the Yankee Network from
Shepard Stores, Inc. in 1943 (Thomas F. O'Neil its chairman, John Shepard III its president), of the Don Lee
Broadcasting System in 1950, of WOR/WOR-FM/WOR-TV in 1952 and of RKO Radio Pictures from Howard Hughes in 1955, with
its broadcasting division General Teleradio, later RKO General, reorganized under the holding company GenCorp in 1984
and sold to Continental AG in 1987 (tires and broadcasting, US); and the Western Auto Supply Company, the auto parts
retail chain started in Kansas City, Missouri in 1909 by George Pepperdine and Don Abnor Davis, bought by Beneficial
Corporation in 1961, by Sears after a management buyout, and for the most part by Advance Auto Parts in 1998
(consumer goods retail, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikimili.com's copy of 'Associated Oil Company' (undated), en-academic.com's copy of 'General Tire' (undated,
an older revision) and en.wikipedia.org's '= Title =' rendering of 'Western Auto' (undated, recent: it has the sign
relit in July 2018); each cut at a paragraph end before the paragraph or heading its excerpt breaks off in
(`truncated`). Edits per item in `notes` (title lines, 'Last updated', the infobox lines, 'Contents', section headings
and citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather68m/src), the markers ('[1]', ' [1]') dropped and whitespace runs
compared as one space, as batches 55e-67h did. No text tells an outage or a near-miss of one (companies merged, sold
and reorganized, a broadcaster's licensing dispute and a brand's end are business events). newskg (or any extractor)
was not run on any text. A round of three: six queries, three answered with English Wikipedia text on a company not
yet in the corpus and were taken, the rest left (round notes, /work/notes/gather68/67m.md; queries,
/tmp/gather68m/src/queries.txt).
usage: batch67m.py [POOL_DIR] [--dry]   (default /tmp/gather68m/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68m/pool"
SRC = "/tmp/gather68m/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\s*\[\d+\]")

# ---- energy, US: Associated Oil Company (wikimili.com's copy of English Wikipedia, undated) -----------------------
AO = [
 "Associated Oil Company (Flying A) was an American oil and gas company once headquartered in San Francisco, "
 "California [1] and served much of the Pacific West Coast, including Hawaii, as well as the Orient [2] and merged "
 "with the Tidewater Oil Company in 1938. [3]",
 "In the year 1900, a pipeline salesman by the name of W.S. Porter [2] [4] convinced the presidents of the five "
 "largest companies in the Kern River Oil Field of California to enter into an agreement [2] [4] to turn over their "
 "oil interests to form a new company in exchange for stocks and bonds for the appraised value of their properties. "
 "[4] The presidents of the companies were: W. G. Kerckhoff for Reed Crude Oil Company; Burton E. Green for "
 "Green-Whittier Oil Company; Charles A. Canfield for Canfield Oil Company; M. H. Whittier for Kern Oil Company; John "
 "A. Bunting for San Joaquin Oil & Development Company. [4] Securing agreements from 34 other oil companies in the "
 "area the Associated Oil Company was incorporated on October 7, 1901, and on January 1, 1902, began actively "
 "producing and marketing crude oil. [4]",
 "The Standard Oil Company and the Southern Pacific Railroad acquired an interest in Associated Oil for the purposes "
 "of transporting their own oil to the San Francisco Bay Area where it would be refined and marketed; jointly, the "
 "Southern Pacific needed fuel for its railroad steam engines. [2] The Matson's Pacific Oil and Transportation "
 "Company was acquired in 1905, which included the Coalinga-Monterey pipeline and a refinery at Gaviota, California, "
 "including other marine facilities. [2]"]
KEPT["wp-associated-oil-company"] = ("associated-oil-wikimili.txt", AO)
R.append(wp("wp-associated-oil-company", "Associated Oil Company", "https://wikimili.com/en/Associated_Oil_Company",
 "\n\n".join(MARK.sub("", p) for p in AO),
 "energy", ["history", "founding", "incorporation", "leadership", "shareholders", "acquisitions", "mergers"],
 "The article as wikimili.com (a site rendering Wikipedia pages) holds it in the page store (no date or revision id "
 "held; undated; recorded 4.0 as batches 56f-67h recorded their undated wikimili.com copies; doubtful: it may "
 "predate June 2023, and 3.0's terms are met the same way). Cut: the title line 'Associated Oil Company' and "
 "'Last updated'; the infobox lines ('Associated Oil Company', 'Industry Oil, Gas, Petrochemicals, Transportation', "
 "'FoundedOctober 7, 1901 (October 7, 1901)', 'Headquarters San Francisco, California, U.S.', 'Area served', "
 "'Pacific West Coast, Hawaii, Orient', 'Products Gasoline, Motor Oil, Kerosene, Lubricants'), so the products are "
 "not in the text (the founding date stays, in the prose); the lines 'Contents', 'History' and 'Founding and early "
 "years' (headings); the citation markers '[1]' to '[4]' with the space the copy sets before each ('California "
 "[1] and', 'W.S. Porter [2] [4] convinced', 'properties. [4] The presidents'); cut at the end of the paragraph on "
 "the Standard Oil interest and the 1905 purchase ('... including other marine facilities.'), before the heading "
 "'Subsidiaries' and the sentence the excerpt breaks off in ('In 1907, the Associated Pipe Line Company was formed "
 "as a subsidiar'; `truncated`; a cut at a paragraph end), so the Associated Pipe Line Company is not in the text. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Associated Oil Company (Flying A) "
 "was an American oil and gas company once headquartered in San Francisco, California and served much of the "
 "Pacific West Coast, including Hawaii, as well as the Orient and merged with the Tidewater Oil Company in 1938' (no "
 "comma before the second 'and'), 'In the year 1900, a pipeline salesman by the name of W.S. Porter convinced the "
 "presidents of the five largest companies in the Kern River Oil Field of California', 'The presidents of the "
 "companies were: W. G. Kerckhoff for Reed Crude Oil Company; Burton E. Green for Green-Whittier Oil Company; Charles "
 "A. Canfield for Canfield Oil Company; M. H. Whittier for Kern Oil Company; John A. Bunting for San Joaquin Oil & "
 "Development Company' (semicolons), 'Securing agreements from 34 other oil companies in the area the Associated Oil "
 "Company was incorporated on October 7, 1901' (no comma after 'area'), 'The Standard Oil Company and the Southern "
 "Pacific Railroad acquired an interest in Associated Oil', 'jointly, the Southern Pacific needed fuel for its "
 "railroad steam engines', \"The Matson's Pacific Oil and Transportation Company was acquired in 1905\" (the article "
 "and the possessive together), 'the Coalinga-Monterey pipeline and a refinery at Gaviota, California, including "
 "other marine facilities'. 250 words. No outage and no near-miss of one told. Found at rank 1 of the query "
 "'Associated Oil Company history Kern River oil producers Southern Pacific Tidewater Associated'; de.knowledgr.com "
 "and de.wikial.top (ranks 2, 3; German machine translations), issuu.com and yumpu.com (ranks 4, 6, 7; a "
 "copyrighted book) and ldsgenealogy.com and ebooksread.com (ranks 5, 8; OCR of a 1914 county history) not used. "
 "Associated Oil, Kerckhoff, Canfield, Green-Whittier, Reed Crude, Kern Oil, San Joaquin Oil, Pacific Oil and "
 "Transportation, Associated Pipe Line, W.S. Porter: " + CHECKED + " ('Associated Oil' and 'Kern River' otherwise "
 "only in GATHERING.md's and the session-61 round notes' lists of leads; 'Tidewater' only in batch 67b's script, "
 "on Getty Oil, another matter; 'Matson' only in texts on other matters).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a site rendering Wikipedia pages"))

# ---- tires and broadcasting, US: General Tire (en-academic.com's copy of English Wikipedia, undated) ---------------
GT = [
 "The General Tire and Rubber Company is an American manufacturer of tires for motor vehicles.",
 "General Tire was founded in 1915 in Akron, Ohio by William F. O'Neil. In 1943 General Tire branched out from its "
 "core business by purchasing the Yankee Network and the radio stations it owned from Boston's Shepard Stores, Inc. "
 "Thomas F. O'Neil, son of the founder William O'Neil, served as Yankee's chairman with Shepard's John Shepard III "
 "serving as president.",
 "General Tire continued its move into broadcasting by acquiring the Don Lee Broadcasting System, a well-respected "
 "regional radio network on the West Coast, in 1950. Among other stations, it added KHJ-AM-FM in Los Angeles and "
 "KFRC-AM-FM in San Francisco to its stable from the Yankee acquisition. In 1952, it bought WOR/WOR-FM/WOR-TV in New "
 "York City and merged its broadcasting interests into a new division, General Teleradio.",
 "General Tire's final move into entertainment was the acquisition of RKO Radio Pictures from Howard Hughes in 1955 "
 "for $25 million. General Tire was interested mainly in using the RKO film library to program its television "
 "stations, so it sold the RKO lot at Sunset and Gower in Hollywood to Lucille Ball and Desi Arnaz's Desilu "
 "Productions in 1956 for $6 million. The remaining assets of RKO were merged with General Teleradio, and the new "
 "company eventually became known as RKO General. The radio stations became some of the leading broadcasters in the "
 "world, but the division was dragged down by unethical conduct at its television stations. This culminated in the "
 "longest licensing dispute in television history, eventually forcing RKO General out of the broadcasting business.",
 "General Tire reorganized its holdings into the holding company GenCorp in 1984, with General Tire and RKO General "
 "as subsidiaries.",
 "GenCorp sold General Tire to German tire maker Continental AG in 1987. General Tire still exists today as part of "
 "Continental's American operations."]
KEPT["wp-general-tire"] = ("general-tire-enacademic.txt", GT)
R.append(wp("wp-general-tire", "General Tire", "http://en-academic.com/dic.nsf/enwiki/159940", "\n\n".join(GT),
 "manufacturing", ["history", "founding", "acquisitions", "broadcasting", "divisions", "holding company",
                   "ownership"],
 "The article as en-academic.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision: its lead reads 'The General Tire and Rubber Company is an American manufacturer of tires for motor "
 "vehicles', where wikimili.com's later copy in the same store reads 'Continental Tire the Americas, LLC, d.b.a. "
 "General Tire, is an American manufacturer of tires for motor vehicles, and semi trucks' and names five founders; "
 "en-academic.com's copies are of about 2008-2010, as batches 31d, 56j and 63i dated them; recorded 3.0). Cut: the "
 "title lines 'General Tire' (twice); cut at the end of the paragraph on Continental AG ('... as part of "
 "Continental's American operations.'), before the paragraph the excerpt breaks off in ('In its TV advertising i'; "
 "`truncated`; a cut at a paragraph end). The copy has no citation markers in the excerpt. Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'General Tire was founded in 1915 in Akron, Ohio by "
 "William F. O'Neil' (no comma after 'Ohio'), \"purchasing the Yankee Network and the radio stations it owned from "
 "Boston's Shepard Stores, Inc.\" (the sentence's full stop is the abbreviation's), \"Thomas F. O'Neil, son of the "
 "founder William O'Neil, served as Yankee's chairman with Shepard's John Shepard III serving as president\", 'the "
 "Don Lee Broadcasting System, a well-respected regional radio network on the West Coast', 'it added KHJ-AM-FM in "
 "Los Angeles and KFRC-AM-FM in San Francisco to its stable from the Yankee acquisition', 'it bought "
 "WOR/WOR-FM/WOR-TV in New York City and merged its broadcasting interests into a new division, General Teleradio', "
 "'the acquisition of RKO Radio Pictures from Howard Hughes in 1955 for $25 million', \"it sold the RKO lot at Sunset "
 "and Gower in Hollywood to Lucille Ball and Desi Arnaz's Desilu Productions in 1956 for $6 million\", 'the new "
 "company eventually became known as RKO General', 'the division was dragged down by unethical conduct at its "
 "television stations', 'General Tire reorganized its holdings into the holding company GenCorp in 1984, with General "
 "Tire and RKO General as subsidiaries', 'GenCorp sold General Tire to German tire maker Continental AG in 1987'. "
 "310 words. No outage and no near-miss of one told (a licensing dispute that forced a broadcaster out of business "
 "is a regulatory and business matter, GUIDELINES, Outages). Found at rank 7 of the query \"RKO General "
 "broadcasting subsidiary General Tire and Rubber Company history Thomas O'Neil\"; fact-index.com (rank 1; free, an "
 "older copy of about 2004 that has General Teleradio bought in 1952 as 'the former Thomas S. Lee "
 "Enterprises/Don Lee Broadcasting System' and stops at the 1987 spin-off, no Continental AG), fundadamental.com "
 "(rank 2; a magazine article, copyrighted), wikisum.wiki (rank 3; a summary rewrite), viewlinerltd.blogspot.com "
 "(rank 4; a blog copy with image captions woven in), memim.com (rank 5; a machine translation from German), "
 "piglix.com's 'RKO General' (rank 6; free, the broadcasting holding company's own article, no person with a post "
 "in the excerpt) and wikimili.com's 'General Tire' (rank 8; free, a later revision whose excerpt ends in the "
 "infobox and lead, before the broadcasting history) not used. General Tire, GenCorp, Yankee Network, General "
 "Teleradio, Shepard Stores, John Shepard, Don Lee, RKO: " + CHECKED + " ('RKO' case-sensitive: no hit; 'Desilu' "
 "only in batch 65o's Desilu Productions text, another matter, where this text tells only the lot's sale; "
 "'Continental AG' only in texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via en-academic.com, a Wikipedia mirror"))

# ---- consumer goods retail, US: Western Auto (en.wikipedia.org '= Title =' rendering, undated) --------------------
WA = [
 "Western Auto Supply Company—known more widely as Western Auto—was a specialty retail chain of stores that supplied "
 "automobile parts and accessories operating approximately 1,200 stores across the United States. Started in 1909 "
 "in Kansas City, Missouri, by George Pepperdine and Don Abnor Davis, Pepperdine would later found Pepperdine "
 "University. Western Auto was purchased by Beneficial Corporation in 1961; Western Auto's management led a "
 "leveraged buyout in 1985, leading three years later to a sale to Sears. Sears sold most of the company to Advance "
 "Auto Parts in 1998, and by 2003, the resulting merger had led to the end of the Western Auto brand and its product "
 "distribution network. After the demise of Western Auto, the company's corporate headquarters at 2107 Grand "
 "Boulevard in Kansas City, Missouri, was transformed into loft condominiums, the Western Auto sign remaining atop "
 "the building. The sign was relit in July 13, 2018.",
 "Western Auto originally started as a mail order business for replacement auto parts. The first retail store was "
 "established in 1921, and grew quickly as automobiles became increasingly more common. At one point, there were "
 "over 1,200 company-owned stores nationwide, usually located in metropolitan areas, and more than 4,000 associate "
 "stores (private, franchised, \"dealer\" locations), usually located in small towns. The associate store program "
 "was the first of its type, pioneering the way for modern day franchise operations."]
KEPT["wp-western-auto"] = ("western-auto-enwiki.txt", WA)
R.append(wp("wp-western-auto", "Western Auto", "https://en.wikipedia.org/wiki/Western_Auto", "\n\n".join(WA),
 "retail", ["history", "founding", "founders", "ownership", "acquisitions", "franchising"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent rendering: its lead has 'The sign was relit in July 13, 2018.' and names Don Abnor Davis beside George "
 "Pepperdine, where the-uncensored-wiki.com's and absoluteastronomy.com's older copies name Pepperdine alone; "
 "recorded 4.0 as batches 65k-67h recorded their '= Title =' renderings). Cut: the title line '= Western Auto ='; the "
 "infobox lines ('Western Auto Supply Company', '- Logo: Western Auto logo.png' to '- Homepage: "
 "https://web.archive.org/web/19990429190018/http://westernauto.com:80/', with '- Type: Subsidiary', '- Successor: "
 "Advance Auto Parts', '- Founder: George Pepperdine, Don Abnor Davis', '- Defunct: as brand' and '- Products: "
 "automobile parts, firearms, tires, bicycles, lawn mowers, home appliances'), so the infobox's founder and successor "
 "lines are not in the text (the prose names both founders and Advance Auto Parts); the heading '==History=='; cut "
 "at the end of the history's first paragraph ('... pioneering the way for modern day franchise operations.'), "
 "before the paragraph the excerpt breaks off in ('The company '; `truncated`; a cut at a paragraph end). The "
 "rendering has no citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'Western Auto Supply Company—known more widely as Western Auto—was a specialty retail chain' (em dashes, no "
 "spaces), 'Started in 1909 in Kansas City, Missouri, by George Pepperdine and Don Abnor Davis, Pepperdine would "
 "later found Pepperdine University' (a dangling participle, as the rendering has it), 'Western Auto was purchased "
 "by Beneficial Corporation in 1961; Western Auto's management led a leveraged buyout in 1985, leading three years "
 "later to a sale to Sears', 'Sears sold most of the company to Advance Auto Parts in 1998, and by 2003, the "
 "resulting merger had led to the end of the Western Auto brand', 'at 2107 Grand Boulevard in Kansas City, "
 "Missouri', 'The sign was relit in July 13, 2018.' ('in' before a full date, as written), 'increasingly more "
 "common', 'more than 4,000 associate stores (private, franchised, \"dealer\" locations)', 'modern day' (no "
 "hyphen). 226 words. No outage and no near-miss of one told. Found at rank 7 of the query 'Western Auto Supply "
 "Company founded George Pepperdine Kansas City Sears acquired 1988 history'; reference.com (rank 1; copyrighted), "
 "westernautoradioland.com (rank 2; a collector's site), winenfood.com (rank 3; a blog), the-uncensored-wiki.com "
 "(rank 4; free, an older copy without the owners' sentence), wwjd.buzz (rank 5; a blog), absoluteastronomy.com "
 "(rank 6; free, older, words dropped at its line ends) and paulconnerstudios.com (rank 8; copyrighted) not used. "
 "Western Auto, Pepperdine, Beneficial Corporation, Advance Auto, National Tire, Parts America, Don Abnor Davis: " +
 CHECKED + " ('Sears' in texts on other matters, Kmart's among them).", "US",
 copy_of="the Wikipedia article"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


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
