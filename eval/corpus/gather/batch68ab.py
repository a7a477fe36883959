#!/usr/bin/env python3
"""Batch 68ab (session 62; gatherer lane 68ab): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac and 68a-68x, on an Australian auto-parts company, an
Australian tea and coffee company and a Canadian sugar refiner, new to the corpus: Repco, the Australian automotive
engineering and retail company (an abbreviation of Replacement Parts Company) founded by Geoff Russell in 1922 as the
Automotive Grinding Company in Collingwood, Victoria, maker of the engines of the Brabham Formula One cars of 1966 and
1967, listed on the Australian Securities Exchange in 1937, acquired by Pacific Dunlop in 1988 and bought by a private
equity consortium in 2001 (auto parts, Australia); Bushells, the Australian tea and coffee company founded by Alfred
Bushell in 1883 in Queensland, its Bushells Coffee brand bought from Unilever by FreshFood Services Pty Ltd in 1998,
its tea brand with Unilever until Unilever's tea business went to CVC Capital Partners as Lipton Teas and Infusions
in 2022 (tea and coffee, Australia); and Redpath Sugar Limited, the Canadian sugar refiner established as the Canada
Sugar Refining Company in Montreal in 1854 by John Redpath, his son Peter Redpath a partner from 1857 and George
Alexander Drummond his successor in 1888, acquired (as Redpath Industries Ltd.) by Tate & Lyle plc in 1959, now a
subsidiary of American Sugar Refining (sugar refining, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): ru.wikibrief.org's copy of 'Repco' (undated; the same paragraphs as the proxy arietiform.com's
rendering of the current en.wikipedia.org page at rank 7 of the same query), wikimili.com's copy of 'Bushells'
(undated, 2024 by its own '141 years ago') and en.wikipedia.org's older-skin rendering of 'Redpath Sugar' (undated,
before 2023); each cut at a paragraph or sentence end at or before the point where the excerpt ends (all about 2,000
characters). Edits per item in `notes` (title lines, banner lines, infobox lines, section headings, citation markers
and edit links cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather68ab/src), the markers ('[1]', '[ citation needed ]', '[ when? ]') and edit links dropped and whitespace
runs compared as one space, as batches 57g-68x did.
No text tells an outage (none tells one or a near-miss of one).
newskg (or any extractor) was not run on any text. A round of three: six queries, five companies asked for by name,
three taken (round notes /tmp/gather68ab/NOTES.md; queries /tmp/gather68ab/src/queries.txt; claims
/work/notes/gather68/CLAIMS.txt).
usage: batch68ab.py [POOL_DIR] [--dry]   (default /tmp/gather68ab/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68ab/pool"
SRC = "/tmp/gather68ab/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md (but for the "
           "lead lists of earlier rounds, as noted), in the session-62 pools (/tmp/gather68*/pool) and in "
           "/work/notes/gather68/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', '[ citation needed ]', '[ when? ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed|when\?)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- auto parts, Australia: Repco (ru.wikibrief.org's copy) ---------------------------------------------------------
RP = [
 "Repco is an Australian automotive engineering/retailer company. Its name is an abbreviation of Replacement Parts "
 "Company and was for many years known for reconditioning engines and for specialised manufacturing, for which it "
 "gained a high reputation. It is now best known as a retailer of spare parts and motor accessories.",
 "The company gained fame for developing the engines that powered the Brabham Formula One cars in which Jack Brabham "
 "and Denny Hulme won the 1966 and 1967 World Championship of Drivers titles. Brabham-Repco was awarded the "
 "International Cup for F1 Manufacturers in the same two years.",
 "Repco currently runs a series of stores across Australia and New Zealand specialising in the sale of parts and "
 "aftermarket accessories.",
 "Repco was founded by Geoff Russell in 1922 and first traded under the name Automotive Grinding Company, from "
 "premises in Collingwood, Victoria.[1][2]",
 "Repco was listed on the Australian Securities Exchange (ASX) in 1937.[3] It was acquired by Pacific Dunlop in 1988 "
 "and delisted.[4]",
 "In September 2001 Repco was purchased by a private equity consortium, before again becoming a listed company, this "
 "time as a dual listed company on the ASX and New Zealand Exchange.[5][6]"]
KEPT["wp-repco"] = ("repco-wikibrief.txt", RP)
R.append(wp("wp-repco", "Repco", "https://ru.wikibrief.org/wiki/Repco",
 "\n\n".join(MARK.sub("", p) for p in RP),
 "automotive/auto parts", ["history", "founding", "founder", "former name", "listing", "acquisition", "private equity",
                           "motor racing engines"],
 "The article as ru.wikibrief.org's copy holds it in the page store (undated; the same paragraphs, word for word as "
 "far as its excerpt goes, as the proxy arietiform.com's rendering of the current en.wikipedia.org page, with the "
 "2023 skin's 'Jump to content', at rank 7 of the same query, which breaks off earlier, in the last kept sentence; so "
 "the text stands in the current article and is recorded 4.0). Cut: the title line 'Repco', 'From Wikipedia, the free "
 "encyclopedia'; the infobox lines between it and the lead ('Repco', 'FormerlyAutomotive Grinding Company' to 'Repco "
 "Mitsubishi Lancer company car', with 'ParentGenuine Parts Company', 'HeadquartersMelbourne, Victoria, Australia' "
 "and the Formula One record, so Genuine Parts Company and Melbourne are not in the text); the heading 'History' with "
 "its edit link '[edit]'; the citation markers ('[1][2]', '[3]', '[4]', '[5][6]'); cut after '... on the ASX and New "
 "Zealand Exchange.', before the sentence the excerpt breaks off in ('Following acquisition of all shares by CCMP "
 "Capital'; a cut at a sentence end), so CCMP Capital and the later history are not in the text. Paragraphs as the "
 "copy sets them apart (blank lines). No word added or changed. Kept as written: 'an Australian automotive "
 "engineering/retailer company', 'Its name is an abbreviation of Replacement Parts Company and was for many years "
 "known for ...', 'the engines that powered the Brabham Formula One cars', 'the 1966 and 1967 World Championship of "
 "Drivers titles', 'Brabham-Repco was awarded the International Cup for F1 Manufacturers', 'first traded under the "
 "name Automotive Grinding Company, from premises in Collingwood, Victoria', 'It was acquired by Pacific Dunlop in "
 "1988 and delisted', 'In September 2001 Repco was purchased by a private equity consortium', 'a dual listed company "
 "on the ASX and New Zealand Exchange'. 191 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(doubtful: the copy undated; the current article holds the same paragraphs). Found at rank 5 of the query 'Repco "
 "company history founded Replacement Parts acquired Wikipedia' (this lane's free names: an Australian company with "
 "its founder and owners); encyclopedia.com (ranks 1, 2; the International Directory of Company Histories, not "
 "Wikipedia), australiaforeveryone.com.au (rank 3; not Wikipedia), crikey.com.au (rank 4; news), wikisum.wiki (rank "
 "6; an AI summary), arietiform.com (rank 7; the proxy, breaking off earlier) and huffingtonposttoday.com (rank 8; a "
 "press release) not used. Repco, Geoff Russell, Automotive Grinding, Pacific Dunlop, Genuine Parts: " + CHECKED +
 " ('Repco' in GATHERING.md's lead lists only; 'Collingwood' in texts on other matters).",
 "non-US", v3=False, copy_of="the Wikipedia article, via ru.wikibrief.org's copy"))

# ---- tea and coffee, Australia: Bushells (wikimili.com's copy) ------------------------------------------------------
BU = [
 "Bushells is an Australian company that produces tea and coffee.",
 "Bushells was founded by Alfred Bushell in 1883, when he opened a tea shop in Queensland. His sons moved the "
 "enterprise to Sydney in 1899 and began selling tea commercially, founding Australia's first commercial tea seller. "
 "[1] A Bushells tea factory was set up in Harrington Street, Sydney, and a coffee roasting department at Atherton "
 "Place in The Rocks. [2]",
 "In 1940, members of the Bushell family acquired the heritage-listed Sydney house, Carthona. [3] In the 1980s, the "
 "company diversified its coffee manufacturing under the Bushells Coffee brand.[ citation needed ]",
 "In 1998, as part of an acquisition of coffee brands from Unilever, FreshFood Services Pty Ltd purchased the Bushells "
 "Coffee brand. [4] FreshFood also purchased the New Zealand division of Bushells Coffee.[ citation needed ] The tea "
 "brand remained with Unilever until 2022 when it was divested along with most of Unilever\u2019s tea business to CVC "
 "Capital Partners as Lipton Teas and Infusions. Coffee continues to be produced at the Concord factory.",
 "FreshFood announced a long-term plan[ when? ] to close the Concord factory. As of January 2018, planning was still "
 "in the early stages and the closure was at least three to five years away. [5]"]
KEPT["wp-bushells"] = ("bushells-wikimili.txt", BU)
R.append(wp("wp-bushells", "Bushells", "https://wikimili.com/en/Bushells",
 "\n\n".join(MARK.sub("", p) for p in BU),
 "food/tea and coffee", ["history", "founding", "founder", "brands", "brand sale", "divestiture", "factory"],
 "The article as wikimili.com's copy holds it in the page store (undated; its infobox's 'Founded1883;141 years ago' "
 "dates the rendering to 2024, after Wikimedia's June 2023 move to CC BY-SA 4.0; recorded 4.0; its 'until 2022' "
 "sentence is of 2022 or later). Cut: the title line 'Bushells', 'Last updated'; the infobox and image lines between "
 "it and the lead ('Bushells', 'Founded1883;141 years ago (1883)' to 'Phillip Bushell's Bently and Factory, "
 "Harrington Street, Sydney, 1936 - 1937.', with 'Parent FreshFood Services', so the infobox's parent is not in the "
 "text); the lines 'Contents' and the heading 'History'; the citation markers (' [1]' to ' [5]', each with the space "
 "before it, and '[ citation needed ]' twice) and the inline tag '[ when? ]'; the 'See also' and 'Related Research "
 "Articles' lines and what follows them (another article's summary, 'Rhodes, New South Wales'), so the text ends with "
 "the article's last paragraph. Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept "
 "as written: 'His sons moved the enterprise to Sydney in 1899 and began selling tea commercially, founding "
 "Australia's first commercial tea seller', 'A Bushells tea factory was set up in Harrington Street, Sydney, and a "
 "coffee roasting department at Atherton Place in The Rocks', 'members of the Bushell family acquired the "
 "heritage-listed Sydney house, Carthona', 'In the 1980s, the company diversified its coffee manufacturing under the "
 "Bushells Coffee brand', 'as part of an acquisition of coffee brands from Unilever, FreshFood Services Pty Ltd "
 "purchased the Bushells Coffee brand', 'FreshFood also purchased the New Zealand division of Bushells Coffee', 'The "
 "tea brand remained with Unilever until 2022 when it was divested along with most of Unilever\u2019s tea business to "
 "CVC Capital Partners as Lipton Teas and Infusions' (a curly apostrophe), 'the Concord factory', 'As of January 2018, "
 "planning was still in the early stages'. 195 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(a rendering of 2024). Found at rank 4 of the query 'Bushells tea company history Alfred Bushell founded Brisbane "
 "acquired Wikipedia' (batch 68j's lead: Bushells through wikimili.com); exploroz.com (rank 1; a forum), "
 "australianfoodtimeline.com.au (rank 2), fijitimes.com.fj (rank 3; news), shoutout.wix.com (ranks 5, 8; a "
 "magazine), auspostalhistory.com (rank 6; quoting the Australian Dictionary of Biography) and bushells.com.au (rank "
 "7; the company's own page) not used. Bushells, Alfred Bushell, FreshFood, Carthona, Lipton Teas, Harrington Street: "
 + CHECKED + " ('Bushells', 'Alfred Bushell', 'FreshFood', 'Carthona' and 'Lipton Teas' in GATHERING.md's lead lists "
 "only; 'Unilever' and 'CVC Capital' in texts on other matters).",
 "non-US", v3=False, copy_of="the Wikipedia article, via wikimili.com's copy"))

# ---- sugar refining, Canada: Redpath Sugar (en.wikipedia.org, older skin) ------------------------------------------
RS = [
 "Redpath Sugar Limited is a Canadian sugar refining company founded in 1854. Headquartered in Toronto, Ontario - "
 "with an additional packaging plant in Belleville, Ontario - Redpath Sugar is a subsidiary of the multinational "
 "American Sugar Refining.[1]",
 "Redpath Sugar was established as the Canada Sugar Refining Company in 1854 in Montreal, Quebec by Scots-Quebecer "
 "entrepreneur, John Redpath (1796-1869). Located on the bank of the Lachine Canal, the giant complex was the first of "
 "its kind in Canada, using sugar cane imported from the British West Indies. Its construction was part of the "
 "economic boom that, during the 19th century, turned Montreal from a small town to (then) the largest city in Canada "
 "and the country\u2019s economic engine.",
 "In 1857, John's son Peter Redpath (1821-1894) became a partner; his brother-in-law, George Alexander Drummond "
 "(1829-1910) joined the firm in 1861. Unable to compete with the giant low-cost producers in the United States, for "
 "the three years between 1876 and 1878 the company ceased operations. Following the tariff protections implemented "
 "under the National Policy by the government of Sir John A. Macdonald, the company reopened in 1879, as did St. "
 "Lawrence Sugar, a new competitor established in Montreal. George Drummond took over when Peter Redpath retired in "
 "1888. Under his guidance, the company's success allowed for construction of a new six-storey plant built on the "
 "existing site, doubling production capacity.",
 "In 1930, the company merged with Canada Sugar Refining Company Limited of Chatham, Ontario. In 1959, Redpath "
 "Industries Ltd. was acquired by the British company Tate & Lyle plc."]
KEPT["wp-redpath-sugar"] = ("redpath-enwiki.txt", RS)
R.append(wp("wp-redpath-sugar", "Redpath Sugar", "https://en.wikipedia.org/wiki/Redpath_Sugar",
 "\n\n".join(MARK.sub("", p) for p in RS),
 "food/sugar refining", ["history", "founding", "founder", "partners", "succession", "merger", "acquisition",
                         "subsidiary"],
 "The article as en.wikipedia.org's own rendering holds it in the page store, in the older skin ('Jump to navigation "
 "Jump to search', before the 2023 skin's 'Jump to content'; no date or revision id held; so a text from before "
 "Wikimedia's June 2023 move, recorded 3.0; doubtful: undated). Cut: the title line 'Redpath Sugar', 'From "
 "Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'; the infobox lines between them and the lead "
 "('Redpath Sugar Limited', 'FoundedMontreal, Quebec, Canada.' to 'ParentAmerican Sugar Refining'); the citation "
 "marker '[1]'; cut after '... acquired by the British company Tate & Lyle plc.', before the sentence the excerpt "
 "breaks off in ('The Redpath Sugar Refinery was built on the Toronto waterfront in the late 1950s, at the time of "
 "the completion of the Saint Lawrence'; a cut at a sentence end), so the Toronto refinery and the later history are "
 "not in the text. Paragraphs as the rendering sets them apart (blank lines; two blank lines after the lead made one). "
 "No word added or changed. Kept as written: 'Headquartered in Toronto, Ontario - with an additional packaging plant "
 "in Belleville, Ontario - Redpath Sugar is a subsidiary' (spaced hyphens), 'by Scots-Quebecer entrepreneur, John "
 "Redpath (1796-1869)' (a comma before the name), 'to (then) the largest city in Canada and the country\u2019s "
 "economic engine' (a curly apostrophe), \"John's son Peter Redpath (1821-1894) became a partner; his "
 "brother-in-law, George Alexander Drummond (1829-1910) joined the firm in 1861\", 'for the three years between 1876 "
 "and 1878 the company ceased operations', 'the government of Sir John A. Macdonald', 'George Drummond took over when "
 "Peter Redpath retired in 1888', 'the company merged with Canada Sugar Refining Company Limited of Chatham, "
 "Ontario', 'Redpath Industries Ltd. was acquired by the British company Tate & Lyle plc'. 256 words. No outage and "
 "no near-miss of one told. Recorded CC BY-SA 3.0 (an older rendering; doubtful, undated). Found at rank 5 of the "
 "query 'Redpath Sugar history founded John Redpath Montreal 1854 Tate & Lyle acquired American Sugar Refining "
 "Wikipedia' (batch 68x's lead: Redpath Sugar); piglix.com (rank 1; the same older text, breaking off earlier), "
 "friendlywiki.com (rank 2; wikitext of a later revision), the-uncensored-wiki.com (rank 3; a static copy of about "
 "2007, shorter), solutionredpath.com (rank 4; French, the company's), wikiland.org (rank 6; a French translation), "
 "cbr.ca (rank 7) and redpathsolutions.com (rank 8) not used. Redpath, Peter Redpath, George Alexander Drummond, St. "
 "Lawrence Sugar, Lachine, Belleville: " + CHECKED + " ('Redpath' in GATHERING.md's lead lists only; 'Tate & Lyle' "
 "and 'American Sugar Refining' in one train text on another matter, Tate & Lyle's own history).",
 "non-US", v3=True, copy_of="the Wikipedia article"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[ citation needed ]',
    '[ when? ]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed|when\?)\s*\]", "", s).split())


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
