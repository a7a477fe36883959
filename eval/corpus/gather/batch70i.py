#!/usr/bin/env python3
"""Batch 70i (session 64; gatherer lane 70i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70b, kept to three American companies new to the corpus, all three names from the lists of leads of
rounds 69ad, 69af and 70b: the Delaware and Hudson Railway, the northeastern railroad whose name comes from the 1823
charter of the Delaware & Hudson Canal Co., purchased by the Canadian Pacific Railway in 1991 and operated under its
subsidiary Soo Line Corporation, its D&H South Line bought by the Norfolk Southern Railway in 2015 (railroads, US);
the Lehigh Coal & Navigation Company, the Pennsylvania mining and transportation company of 1818-1964 whose founders
Erskine Hazard and Josiah White built the Lower Lehigh Canal (mining and canals, US); and Moxie, the carbonated
beverage created around 1876 by Augustin Thompson as the patent medicine 'Moxie Nerve Food' in Lowell, Massachusetts,
produced by the Moxie Beverage Company of Bedford, New Hampshire until The Coca-Cola Company purchased it in 2018
(soft drinks, US). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus
`pages`; never a whole page): encyclopedia.datana.cloud's Kiwix copy of 'Delaware and Hudson Railway'
(wikipedia_en_all_mini_2024-04), en.wikipedia-on-ipfs.org's copy of 'Lehigh Coal & Navigation Company' (the IPFS
Kiwix snapshot, 2021) and theinfolist.com's copy of the lead of 'Moxie' (undated, after 2018). Edits per item in
`notes` (title and site lines, infobox lines, an image caption, a heading, citation and note markers, a repeated
snippet and a trailing broken sentence cut; paragraphs joined with blank lines; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather70i/src), the markers ('[1]', '[lower-alpha 4]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-70b did. No text tells
an outage or a near-miss of one (a purchase, a line sold and a brand bought are business events). newskg (or any
extractor) was not run on any text. A round of three: fourteen queries, three answered with English Wikipedia text on
a company not yet in the corpus and were taken (round notes /tmp/gather70i/NOTES.md; queries,
/tmp/gather70i/src/queries.txt; claims in /work/notes/gather70/CLAIMS.txt).
usage: batch70i.py [POOL_DIR] [--dry]   (default /tmp/gather70i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70i/pool"
SRC = "/tmp/gather70i/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- railroads, US: Delaware and Hudson Railway (encyclopedia.datana.cloud's Kiwix copy, 2024-04) ----------------------
DH = [
 "The Delaware and Hudson Railway (D&H) (reporting mark DH) is a railroad that operates in the Northeastern United "
 "States. In 1991, after more than 150 years as an independent railroad, the D&H was purchased by the Canadian "
 "Pacific Railway (CP). CP operated D&H under its subsidiary Soo Line Corporation, which also operates Soo Line "
 "Railroad.",
 "D&H's name originates from the 1823 New York state corporation charter listing \"The President, Managers and "
 "Company of the Delaware & Hudson Canal Co.\" authorizing an establishment of \"water communication\" between the "
 "Delaware River and the Hudson River.",
 "Nicknamed \"The Bridge Line to New England and Canada,\" D&H connected New York with Montreal and New England. D&H "
 "has also been known as \"North America's oldest continually operated transportation company.\"",
 "On September 19, 2015, the Norfolk Southern Railway completed acquisition of the D&H South Line from CP. The D&H "
 "South Line is 282 miles (454 kilometers) long and connects Schenectady, New York, to Sunbury, Pennsylvania. The "
 "D&H South Line consists of two rail lines, the Sunbury Line and the Freight Line. The Nicholson Cutoff is located "
 "on the Sunbury Line, which was the former mainline of the Delaware, Lackawanna and Western Railroad."]
KEPT["wp-delaware-and-hudson-railway"] = ("dh-datana.txt", DH)
R.append(wp("wp-delaware-and-hudson-railway", "Delaware and Hudson Railway",
 "https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Delaware_and_Hudson_Railroad",
 "\n\n".join(DH),
 "railroads", ["history", "charter", "ownership", "acquisitions", "subsidiaries", "network"],
 "The lead of the article as encyclopedia.datana.cloud holds it in the page store: a site serving Kiwix ZIM files "
 "of English Wikipedia (its 'wikipedia_en_all_mini_2024-04' file, the 'mini' edition of April 2024, which keeps an "
 "article's lead and infobox; reached by the redirect 'Delaware_and_Hudson_Railroad'; no revision id held), recorded "
 "4.0. Cut: the title line 'Delaware and Hudson Railway'; the infobox, printed between the lead's first paragraph "
 "and its second (the image caption 'DH 605, an ALCO Century 628, in Binghamton, New York', 'Overview', "
 "'Headquarters | Albany, New York, U.S.', 'Reporting mark | DH', 'Locale | Maryland, New Jersey, New York, "
 "Pennsylvania, Quebec, Vermont, Virginia', 'Dates of operation | 1823\u20131991 (as D&H, present for CP ownership)', "
 "'Successor | Canadian Pacific Railway subsidiary Portion of lines sold to the Norfolk Southern Railway', "
 "'Technical', the track gauge, previous gauge ('(see Stourbridge Lion)') and length lines), so none of these is in "
 "the text. The excerpt ends at a full stop, at the end of the lead ('... the Delaware, Lackawanna and Western "
 "Railroad.'); the article goes on (its History is not in the mini edition), so `truncated`. Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'The Delaware and Hudson Railway (D&H) (reporting mark "
 "DH)', 'In 1991, after more than 150 years as an independent railroad, the D&H was purchased by the Canadian "
 "Pacific Railway (CP). CP operated D&H under its subsidiary Soo Line Corporation, which also operates Soo Line "
 "Railroad.' (the mixed tenses), 'the 1823 New York state corporation charter listing \"The President, Managers and "
 "Company of the Delaware & Hudson Canal Co.\"', 'Nicknamed \"The Bridge Line to New England and Canada,\"', 'On "
 "September 19, 2015, the Norfolk Southern Railway completed acquisition of the D&H South Line from CP.', '282 miles "
 "(454 kilometers)'. 196 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a file of April "
 "2024, after Wikimedia's June 2023 move to 4.0). Found at rank 2 of the query 'Delaware and Hudson Railway "
 "Wikipedia oldest continuously operated transportation company Canadian Pacific purchased Guilford' (a name of "
 "round 70b's leads) and again at rank 2 of 'Delaware and Hudson Railway purchased by Canadian Pacific 1991 Soo Line "
 "Corporation Norfolk Southern South Line history'; liquisearch.com (rank 1; free, an older revision naming no "
 "purchase, only 'Since 1991 it has been a subsidiary of the Canadian Pacific Railway'), enow.com (search "
 "snippets), trains-and-railroads.com (a site's copy with image credits woven in), hitechautomotive.blogspot.com (a "
 "blog), absoluteastronomy.com (glossary text woven in), memim.com (a machine translation of another language's "
 "article) and udsb.net (a school site's partial adaptation) not used; en.wikipedia.org's 'Delaware and Hudson Canal' "
 "(the canal, not the company; a query on the Wurts brothers) not used. Delaware and Hudson, Delaware & Hudson, Soo "
 "Line: " + CHECKED + " (each only in GATHERING.md's lists of leads, or not at all; 'Canadian Pacific' and 'Norfolk "
 "Southern' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via encyclopedia.datana.cloud, a site serving Kiwix ZIM files of Wikipedia "
 "(wikipedia_en_all_mini_2024-04)"))

# ---- mining and canals, US: Lehigh Coal & Navigation Company (en.wikipedia-on-ipfs.org's copy, 2021) -------------------
LCN = [
 "The Lehigh Coal & Navigation Company[5] was a mining and transportation company that operated in Pennsylvania from "
 "1818 (1820 & 1822) to 1964.[lower-alpha 4] It ultimately encompassed source industries, transport, and "
 "manufacturing, making it the first vertically integrated company in the United States.[4]",
 "Building on two predecessor companies incorporated in 1818,[1] founders Erskine Hazard and Josiah White entered "
 "the coal industry to serve customers seeking a steady supply of fuel for foundries and mills on the falls of the "
 "Schuylkill River. Their LC&N spearheaded the Industrial Revolution in the United States, accelerating regional "
 "industrial development by taking on civil engineering challenges thought impossible and creating important "
 "transport and mining infrastructure.[4] Most importantly, the LC&N established the Lower Lehigh Canal (begun 1818, "
 "usable 1820, improved 1821\u201324, and made two-way in 1827-29) and taught America to burn anthracite. By the "
 "early 1830s, the Lehigh Canal and its \"bridging\" river trip along the Delaware River inspired and connected four "
 "other canals. [lower-alpha 5]",
 "The Company's success, along with White's reputation for advancing the state of mining and civil engineering, "
 "jumpstarted America's brief Canal Age.[lower-alpha 6] It also spurred investing in raw materials industries and "
 "bulk transportation infrastructure projects.[lower-alpha 7] Further, the dawdling funding efforts behind the "
 "Schuylkill Canal project (begun in 1814) was finally funded and finished once the LNC had showed the way.[4] White "
 "and Hazard had backed the Schuylkill project since their mills were on the River, but became disgusted with the "
 "timid investment and management attitudes of its board, so explored the LCMC property and conducted feasibility "
 "examinations the winter of 1814\u20131815, so petitioned to build the canal that next year.[6]"]
KEPT["wp-lehigh-coal-and-navigation-company"] = ("lcn-ipfs.txt", LCN)
R.append(wp("wp-lehigh-coal-and-navigation-company", "Lehigh Coal & Navigation Company",
 "https://en.wikipedia-on-ipfs.org/wiki/Lehigh_Coal_%26_Navigation_Company",
 "\n\n".join(MARK.sub("", p) for p in LCN),
 "mining and canals", ["history", "founding", "founders", "predecessors", "canals"],
 "The opening of the article as en.wikipedia-on-ipfs.org holds it in the page store: the Wikimedia-endorsed IPFS "
 "mirror of English Wikipedia, a Kiwix snapshot of 2021 (wikipedia_en_all_maxi_2021-02; an older revision, the "
 "wording of the 2016-2021 rewrite: 'operated in Pennsylvania from 1818 (1820 & 1822) to 1964', 'founders Erskine "
 "Hazard and Josiah White', where the current page reads 'headquartered in Mauch Chunk' and begins its History with "
 "Philip Ginter; no revision id held), recorded 3.0. Cut: the title line 'Lehigh Coal & Navigation Company'; the "
 "heading 'History'; the citation markers ('[1]', '[4]', '[5]', '[6]') and the note markers ('[lower-alpha 4]' to "
 "'[lower-alpha 7]'; so 'in 1818,[1] founders' reads 'in 1818, founders' and 'four other canals. [lower-alpha 5]' "
 "reads 'four other canals.'); the trailing broken sentence ('Upon their return they inked what was effectively a "
 "no cost option to take over', where the excerpt ends; `truncated`). Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'from 1818 (1820 & 1822) to 1964', 'founders Erskine Hazard and Josiah White "
 "entered the coal industry', 'Their LC&N spearheaded', 'the Lower Lehigh Canal (begun 1818, usable 1820, improved "
 "1821\u201324, and made two-way in 1827-29)', 'the Lehigh Canal and its \"bridging\" river trip', 'the dawdling "
 "funding efforts behind the Schuylkill Canal project (begun in 1814) was finally funded and finished once the LNC "
 "had showed the way' ('LNC', the revision's slip for LC&N, and 'was' as written), 'explored the LCMC property' (the "
 "predecessor's initials, never spelled out before the excerpt ends), 'the winter of 1814\u20131815'. 266 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older revision, 2021). Found at rank 2 of the "
 "query 'Lehigh Coal & Navigation Company history founded Josiah White Erskine Hazard' (a name of round 70b's "
 "leads) and at rank 5 of 'Lehigh Coal and Navigation Company mining and transportation company Pennsylvania 1822 "
 "1964 Wikipedia'; everything.explained.today, questionai.com, hqproductreviews.com, wikimili.com and "
 "en-wiki.fonk.bid (current revisions, their excerpts ending in the Lehigh Coal Mine Company's 1790s with Philip "
 "Ginter, naming no founder of LC&N; questionai.com's in HTML markup), wiki-gateway.eudic.net (an older revision "
 "run into three image captions) and l.global.ssl.fastly.net (an edit diff's wikitext) not used. Lehigh Coal, "
 "Erskine Hazard, Josiah White, Lehigh Navigation, Lehigh Canal, Schuylkill Canal: " + CHECKED + " ('Lehigh Coal' "
 "only in GATHERING.md's lists of leads; 'Hazard' alone in texts on other matters; 'Mauch Chunk' and 'Jim Thorpe' "
 "in test's wp-lehigh-valley-railroad, not in this text).", "US",
 v3=True, copy_of="the Wikipedia article, an older revision, via en.wikipedia-on-ipfs.org, the IPFS mirror of "
 "Wikipedia"))

# ---- soft drinks, US: Moxie (theinfolist.com's copy of the lead) -------------------------------------------------------
MX = [
 "Moxie is a brand of carbonated beverage that is among the first mass-produced soft drinks in the United States. It "
 "was created around 1876 by Augustin Thompson as a patent medicine called \"Moxie Nerve Food\" and was produced in "
 "Lowell, Massachusetts. The sweet soda is similar to root beer, with a bitter aftertaste. It is flavored with "
 "gentian root extract, an extremely bitter substance commonly used in herbal medicine. Moxie was designated the "
 "official soft drink of Maine on May 10, 2005. It continues to be regionally popular today, particularly in New "
 "England states. It was previously produced by the Moxie Beverage Company of Bedford, New Hampshire until Moxie was "
 "purchased by The Coca-Cola Company in 2018. The name has become the word \" moxie\" in American English, a noun "
 "meaning energy, determination, and spunk.",
 "Moxie originated around 1876 as a patent medicine called \"Moxie Nerve Food\", by Augustin Thompson in Lowell, "
 "Massachusetts."]
KEPT["wp-moxie"] = ("moxie-theinfolist.txt", MX)
R.append(wp("wp-moxie", "Moxie", "http://theinfolist.com/html/ALL/l/Moxie.html", "\n\n".join(MX),
 "soft drinks", ["history", "origins", "products", "ownership"],
 "The lead of the article and the first sentence of its History as theinfolist.com holds them in the page store: a "
 "site printing the opening of English Wikipedia articles as snippets, each with links '[...More Info...]', "
 "'[Wikipedia]' (undated; a revision after The Coca-Cola Company's purchase of 2018, 'It was previously produced by "
 "the Moxie Beverage Company of Bedford, New Hampshire until Moxie was purchased by The Coca-Cola Company in 2018'; "
 "no revision id held), recorded 4.0 (doubtful: undated). Cut: the site's lines 'Moxie', 'HOME', '*', 'picture "
 "info' and the snippet's title line 'Moxie'; the heading 'History', run into the snippet's line ('spunk. History "
 "Moxie originated'); the trailing broken sentence ('Thompson claimed that i ...', where the snippet ends; "
 "`truncated`); the site's link line and the same snippet printed a second time (ending 'History Moxie "
 "originate'). The snippet's line kept as two paragraphs, split where the heading was cut; paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'It was created around 1876 by Augustin Thompson as a "
 "patent medicine called \"Moxie Nerve Food\"', 'Moxie was designated the official soft drink of Maine on May 10, "
 "2005.', 'It was previously produced by the Moxie Beverage Company of Bedford, New Hampshire until Moxie was "
 "purchased by The Coca-Cola Company in 2018.', 'the word \" moxie\" in American English' (the space after the "
 "quotation mark, a link's rendering), 'Moxie originated around 1876 as a patent medicine called \"Moxie Nerve "
 "Food\", by Augustin Thompson in Lowell, Massachusetts.' (the origin told twice, as the article does). 153 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 4.0 (undated; doubtful). Found at rank 1 of the query "
 "'Moxie soft drink Wikipedia Augustin Thompson Moxie Nerve Food Company Lowell' (a name of the leads of rounds "
 "69ad, 69af and 70b); moxiefestival.com, drinkmoxie.com and lowell.com (sites' own text), an unaddressed copy of "
 "'Augustin Thompson' (rank 3; the page store held no address for it), helpleft.com (a machine translation), "
 "wikisum.wiki (sentences out of order) and mock.laptop.org (OLPC WikiBrowse's older revision, with a maintenance "
 "notice and no owners named before the excerpt ends) not used; a second query ('Moxie brand carbonated beverage "
 "Moxie Beverage Company Bedford New Hampshire Cornucopia Beverages Kirin purchased Coca-Cola 2018') brought back "
 "news and a blog only. Moxie, Augustin Thompson, Moxie Beverage Company: " + CHECKED + " ('Moxie' and 'Augustin "
 "Thompson' only in GATHERING.md's lists of leads; 'Coca-Cola' in many texts on other matters).", "US",
 copy_of="the Wikipedia article's lead, via theinfolist.com, a site printing the openings of Wikipedia articles"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[lower-alpha 4]', '[edit]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(MARK.sub("", s).split())


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
