#!/usr/bin/env python3
"""Batch 70d (session 64; gatherer lane 70d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad and 69a-69aj, on a Canadian avionics maker, a
Canadian dairy and confectionery firm's founder and a New Zealand department store, new to the corpus: CMC
Electronics (Canadian Marconi Company), the Montreal company founded in 1903 by Guglielmo Marconi as Canadian Wireless
Telegraph Company of Canada, renamed Canadian Marconi Company in 1925, majority-owned by English Electric from 1953 and
through it by the General Electric Company (GEC) from 1968, bought by BAE Systems in 1999, renamed BAE Systems Canada
in 2000, bought by ONCAP in 2001 and renamed CMC Electronics, sold to Esterline Corporation in 2007 (Transdigm bought
Esterline in 2019) (avionics, Canada); William Neilson (1844-1915), the Toronto businessman who founded William Neilson
Limited in 1893 (ice-cream, mincemeat, chocolate; Beachville), the firm held by George Weston Limited from 1947 to 2008
and now by Saputo Incorporated (dairy and confectionery, Canada); and Kirkcaldie & Stains, the Wellington department
store established in 1863 by John Kirkcaldie and Robert Stains, closed in 2016, its main store reopened as 'David
Jones Wellington', a branch of David Jones (retail, New Zealand).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' rendering of 'CMC Electronics' and of 'Kirkcaldie & Stains'
(undated, recent), and an IPFS copy of English Wikipedia's 'William Neilson (businessman)' at an ipfs.dweb.link gateway
(an older snapshot); each cut at a paragraph or sentence end at or before the point where the excerpt ends (all about
2,000 characters). Edits per item in `notes` (title lines, headings, infobox lines and citation markers cut; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70d/src), the markers
('[1]') dropped and whitespace runs compared as one space, as batches 57g-69ah did. No text tells an outage (the
closing of a store is no outage). newskg (or any extractor) was not run on any text. A round of three: sixteen
queries, sixteen companies asked for, three taken (round notes /tmp/gather70d/NOTES.md; queries
/tmp/gather70d/src/queries.txt; claims /work/notes/gather70/CLAIMS.txt).
usage: batch70d.py [POOL_DIR] [--dry]   (default /tmp/gather70d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70d/pool"
SRC = "/tmp/gather70d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only), and in GATHERING.md none but the lead lists of earlier rounds")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- avionics, Canada: CMC Electronics / Canadian Marconi Company (en.wikipedia.org) --------------------------------
CM = [
 "CMC Electronics Inc. (CMC \u00c9lectronique) is a Canadian avionics manufacturer. The company's main manufacturing "
 "facility is located in Montreal, Quebec with additional facilities located in Ottawa, Ontario and Sugar Grove, "
 "Illinois.",
 "The company was founded in 1903 as Canadian Wireless Telegraph Company of Canada by Guglielmo Marconi. In 1925, the "
 "company was renamed Canadian Marconi Company. In 1948, English Electric purchased the UK based Marconi Company and "
 "in 1953 acquired 50.6% of Canadian Marconi Company.",
 "In 1968, English Electric was itself purchased by General Electric Company (GEC), which took control of the 50.6% "
 "share of CMC.",
 "On November 30, 1999, British Aerospace completed its purchase of GEC's Canadian Electronic Systems to form BAE "
 "Systems. In December 1999, BAE Systems purchased GEC's 51.6% share of CMC in a separate transaction. In February "
 "2000 the company changed its name to BAE Systems Canada. In April 2001, ONCAP (an investment group comprising Onex "
 "Corporation and other investors) completed its purchase of BAE Systems Canada. The company was then renamed CMC "
 "Electronics since it had previously sold its rights for the Marconi name to Marconi plc. In 2007, CMC Electronics "
 "was sold to Esterline Corporation. Transdigm bought Esterline in 2019.",
 "CMC has three primary operating business units: Navigation Systems, Cockpit System Integration, Panels and Sensors. "
 "It has an approximate 50/50 split between commercial and military sales."]
KEPT["wp-cmc-electronics"] = ("cmc-enwiki.txt", CM)
R.append(wp("wp-cmc-electronics", "CMC Electronics", "https://en.wikipedia.org/wiki/CMC_Electronics",
 "\n\n".join(MARK.sub("", p) for p in CM),
 "avionics/electronics", ["history", "founder", "renaming", "majority shareholdings", "acquisitions",
                          "private equity", "business units"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id or date held; "
 "a recent revision: it names Transdigm's purchase of Esterline in 2019 and about 800 employees). Cut: the title line "
 "'= CMC Electronics =', the infobox lines ('CMC Electronics Inc.', 'Logo: File:CMC Logo 2020.jpg', 'Type: Public', "
 "'Foundation: , in Montreal, Quebec', 'Founder: Guglielmo Marconi', 'Location City: ...', 'Location Country: "
 "Canada', 'Industry: Avionics', 'Products: ...', 'Services: ...', 'Num Employees: \u2248800 worldwide', 'Homepage: "
 "cmcelectronics.ca'), the headings '== History ==' and '== Company structure ==', and the '==See also==' list the "
 "excerpt breaks off in ('- Bombardier Aerospace', '- COM'; a cut at a paragraph end). No citation markers in this "
 "rendering. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Canadian Wireless "
 "Telegraph Company of Canada' (liquisearch.com's older copy has 'Marconi's Wireless Telegraph Company of Canada'), "
 "'the UK based Marconi Company', 'GEC's Canadian Electronic Systems' (the older copy has 'Marconi Electronic "
 "Systems'), 'GEC's 51.6% share' beside 'the 50.6% share', 'In February 2000 the company' (no comma), 'Transdigm'. "
 "No outage told. Recorded CC BY-SA 4.0 (a recent en.wikipedia.org rendering; doubtful: undated). Found at rank 4 of "
 "the query 'CMC Electronics Canadian Marconi Company 1925 renamed English Electric 50.6% BAE Systems Canada ONCAP "
 "Esterline'; liquisearch.com's 'CMC Electronics - History' (ranks 1, 2; an older text with a quotations block "
 "after it, the copy round 69ab saw and left), knowpia.com (rank 3; an older revision), archive descriptions (rank "
 "5), flightglobal.com (ranks 6-8; news) not used. CMC Electronics, Canadian Marconi, Canadian Wireless Telegraph, "
 "ONCAP, BAE Systems Canada, Guglielmo: " + CHECKED + " (Esterline, Transdigm, General Electric Company, British "
 "Aerospace and Onex in texts on other matters; Marconi in one FCC text on another matter).",
 "non-US", copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- retail, New Zealand: Kirkcaldie & Stains (en.wikipedia.org) -----------------------------------------------------
KS = [
 "Kirkcaldie & Stains (known informally as Kirkcaldie's or Kirks) was a department store in Wellington, New Zealand. "
 "It was established in 1863 by John Kirkcaldie and Robert Stains with a capital of \u00a3700. The first store was "
 "opened on Lambton Quay. In 1868 Kirkcaldie & Stains moved to its final location at the corner of Lambton Quay and "
 "Brandon Street, expanding several times. There was a branch on Cuba Street, Wellington from 1870 \u20131876 and one "
 "in Napier from 1897 until 1917.",
 "Kirkcaldie & Stains announced on 4 June 2015 that the store would close in January 2016, when the site, after a "
 "multi-million dollar refit, would become a David Jones department store. Shareholders approved the plan on 31 July "
 "2015 in a special meeting. The store closed on 16 January 2016. The main store on Lambton Quay reopened as 'David "
 "Jones Wellington', a branch of Australian department store chain David Jones, on 28 July 2016. David Jones closed "
 "on 12 June 2022.",
 "The business was founded in 1863 by Scotsman John Kirkcaldie, who had been apprenticed as a draper, and Englishman "
 "Robert Stains, who had a retail trade background. The men met in Sydney, Australia, and decided to pool their "
 "capital to establish a business in New Zealand. They settled on Wellington as the place, and their first store, 16 "
 "feet (4.8 metres) square was the hulk of the wrecked ship Inconstant, known as Plimmer's Ark, at Lambton Quay. "
 "Kirkcaldie & Stains opened for business in 'Waterloo House' on 9 December 1863, selling women's and men's clothing "
 "and accessories, mourning wear, drapery, manchester and haberdashery. In 1865 extensive additions were made to the "
 "store."]
KEPT["wp-kirkcaldie-and-stains"] = ("kirkcaldie-enwiki.txt", KS)
R.append(wp("wp-kirkcaldie-and-stains", "Kirkcaldie & Stains", "https://en.wikipedia.org/wiki/Kirkcaldie_%26_Stains",
 "\n\n".join(MARK.sub("", p) for p in KS),
 "retail (department store, history)", ["history", "founders", "branches", "closure", "store takeover"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id or date held; "
 "a recent revision: it tells David Jones Wellington's closing on 12 June 2022). Cut: the title line '= Kirkcaldie & "
 "Stains =', the infobox lines ('Kirkcaldie & Stains', 'Logo: ...', 'Type: Public listed company', 'Traded As: NZX: "
 "KRK', 'Location: Wellington', 'Key People: Falcon Clouston (Chairman)', 'Industry: Retail', 'Products: ...', 'Num "
 "Employees: 300 plus', 'Homepage: ...'; so the chairman is not in the text) and the heading '==Establishment=='; cut "
 "after '... In 1865 extensive additions were made to the store.', before the paragraph the excerpt breaks off in "
 "('In 1868 t'; a cut at a paragraph end), so the store's later owners are not in the text. No citation markers in "
 "this rendering. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'from 1870 \u20131876' "
 "(a space before the dash, none after), 'a capital of \u00a3700', '16 feet (4.8 metres) square was the hulk' (no "
 "comma), 'the wrecked ship Inconstant, known as Plimmer's Ark'. No outage told. Recorded CC BY-SA 4.0 (a recent "
 "en.wikipedia.org rendering; doubtful: undated). Found at rank 6 of the query 'Kirkcaldie & Stains Wellington "
 "department store history founded 1863 Wikipedia'; chaos.owiki.org (rank 1; an older revision), a netlify proxy of "
 "en.wikipedia.org (rank 2), an older en.wikipedia.org rendering of about 2015 (rank 5; its history a bulleted "
 "list), a genealogy blog, a coin-token page quoting Museums Victoria, theregister.co.nz (news) and Papers Past (a "
 "1910 newspaper) not used. Kirkcaldie, Lambton Quay, Plimmer: " + CHECKED + " (David Jones in texts on other "
 "matters).",
 "non-US", copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- dairy and confectionery, Canada: William Neilson (an IPFS copy) -------------------------------------------------
WN = [
 "William Neilson (March 16, 1844 \u2013 February 10, 1915) was a Canadian businessman and founder of William Neilson "
 "Limited.",
 "Neilson was born in the Ramsay township, Lanark County, Ontario.",
 "His working life began as a farmer in Rochester, New York, then moved on to being a machinist's apprentice in "
 "Almonte, Ontario, Canada. In 1873 journeyman Neilson worked in Brockville, Ontario, moving on in 1889 to a retail "
 "store. Afterward he sold his store in 1890 and moved to Toronto, Ontario and began a grocery store that eventually "
 "failed. Leaving his family behind, he moved to North Dakota to work as a farmer with his brother Jessie.",
 "Returning to Toronto, still in debt, he purchased some cows and began the sale of milk. Neilson then obtained "
 "ice-cream manufacturing equipment. In 1893 the firm, William Neilson Limited, was started. Ice-cream and mincemeat "
 "were the first products, and these fueled the growth of the company.",
 "Expansion and modernization started in 1904 with a new location and the addition of new equipment. By 1905 "
 "production was at two thousand gallons of ice-cream per day, and mincemeat production was discontinued. Chocolate "
 "was added to the product mix in 1908. This required further expansion and a new building was added, and by 1915 a "
 "new site was required and the production moved to Beachville, Ontario.",
 "By 1928, the company employed a thousand people in all departments and production was at one thousand gallons of "
 "ice-cream per hour, and the company opened branches in South America, South Africa, Japan, China, Australia and New "
 "Zealand.",
 "William Neilson Limited, now headquartered in Georgetown, Ontario, was held by George Weston Limited from 1947 to "
 "2008 and is now held by Saputo Incorporated.",
 "Neilson married Mary Eva Kaiser on October 6, 1875 in Brockville, Ontario."]
KEPT["wp-william-neilson"] = ("neilson-ipfs.txt", WN)
R.append(wp("wp-william-neilson", "William Neilson (businessman)",
 "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/William_Neilson_(businessman)",
 "\n\n".join(MARK.sub("", p) for p in WN),
 "dairy and confectionery (history)", ["biography", "founder", "history", "expansion", "ownership"],
 "The article as an IPFS gateway's copy (ipfs.dweb.link, an IPFS snapshot of English Wikipedia) holds it in the page "
 "store (no revision id or date held; an older revision). Cut: the title line 'William Neilson (businessman)', the "
 "headings 'Early life', 'Founding of William Neilson Limited' and 'Marriage and family'; cut after '... on October 6, "
 "1875 in Brockville, Ontario.', before the sentence the excerpt breaks off in ('They were the parents of five "
 "children, of which the sons continued the business after the death of '; a cut at a sentence end). No citation "
 "markers in the copy. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'In 1873 "
 "journeyman Neilson worked', 'his brother Jessie', 'fueled', 'by 1915 a new site was required', the dash in the "
 "life dates. 294 words. No outage told. Recorded CC BY-SA 3.0 (an IPFS snapshot taken before Wikimedia's move to 4.0 "
 "of June 2023, as batch 69ab recorded its ipfs.dweb.link copy; doubtful: no date held). Found at rank 1 of the query "
 "'Neilson Dairy William Neilson Toronto chocolate company history Wikipedia'; the Dictionary of Canadian Biography "
 "(ranks 2-4, 6, 7; not openly licensed), thewhig.com (rank 5; news) and a blog (rank 8) not used. William Neilson, "
 "Neilson, Saputo, Beachville: " + CHECKED + " (George Weston in texts on other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, an IPFS snapshot at an ipfs.dweb.link gateway"))

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
