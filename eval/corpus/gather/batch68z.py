#!/usr/bin/env python3
"""Batch 68z (session 62; gatherer lane 68z): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68u, kept to three American companies new to the corpus, all three names from the lists of leads of
batches 68u, 68n and 68h ('names with no hit still not queried': Olympia Brewing as a Wikipedia copy, Commonwealth
Edison; White Castle, infomutt.com's 2004 copy, as batches 68n and 68u named it): the Olympia Brewing Company of
Tumwater, Washington, founded as The Capital Brewing Company by Leopold Friederich Schmidt, renamed in 1902 with Frank
Kenney its Company Secretary, buyer of Hamm's and Lone Star in the 1970s, bought by G. Heileman Brewing Company in
1983 and acquired by Pabst Brewing Company in 1999 (brewing, US); White Castle, the hamburger chain founded in 1921 in
Wichita, Kansas, by Edgar Waldo (Billy) Ingram and Walter Anderson, headed after him by E.W. Ingram Jr. and E.W. Ingram
III (restaurants, US); and Commonwealth Edison (ComEd), the Chicago electric utility, a unit of Exelon Corporation,
whose earliest predecessor, the Isolated Lighting Company of George H. Bliss, was taken over in 1882 by the Western
Edison Light Company (electric utilities, US). English Wikipedia text (CC BY-SA), each the search tool's page-store
excerpt (`search`, corpus `pages`; never a whole page): en.wikipedia.org's older rendering of 'Olympia Brewing
Company' (the 'Jump to navigation Jump to search' skin; its infobox's '123 years ago' dates it to 2019),
infomutt.com's copy of 'White Castle' (an early revision, about 2004) and cryer.org.uk's copy of 'Commonwealth
Edison' (a recent revision, its latest year 2023). Each is cut at a sentence or paragraph end before the sentence the
excerpt breaks off in (`truncated`), or before its closing link heading. Edits per item in `notes` (title lines,
chrome lines, infobox lines, captions, headings cut; paragraphs joined with blank lines; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68z/src), the markers ('[1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-68u did. No text tells an
outage or a near-miss of one (Prohibition ending beer making, a brewery closed and grid interconnections are no
service disruption). newskg (or any extractor) was not run on any text. A round of three: seven queries, three
answered with English Wikipedia text on a company not yet in the corpus and were taken (round notes
/tmp/gather68z/NOTES.md; queries, /tmp/gather68z/src/queries.txt; claims in /work/notes/gather68/CLAIMS.txt).
usage: batch68z.py [POOL_DIR] [--dry]   (default /tmp/gather68z/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68z/pool"
SRC = "/tmp/gather68z/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-62 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- brewing, US: Olympia Brewing Company (en.wikipedia.org's older rendering, 2019) ---------------------------------
OL = [
 "The Olympia Brewing Company was a brewery in the northwest United States, located in Tumwater, Washington, near "
 "Olympia. Founded in 1896 by Leopold Friederich Schmidt, it was bought by G. Heileman Brewing Company in 1983. "
 "Through a series of consolidations, it was acquired by Pabst Brewing Company in 1999; the Tumwater brewery was "
 "closed in 2003.",
 "Leopold Schmidt, a German immigrant from Montana founded The Capital Brewing Company at Tumwater Falls on the "
 "Deschutes River in the town of Tumwater, near the south end of Puget Sound. He built a four-story wooden brewhouse, "
 "a five-story cellar building, a one-story ice factory powered by the lower falls, and a bottling and keg plant and "
 "in 1896, began brewing and selling Olympia Beer. In 1902, the firm became Olympia Brewing Company, with Frank "
 "Kenney as the Company Secretary. It was Frank Kenney who proposed the slogan \"It's the Water\" to promote the "
 "brewery's flagship product. Statewide Prohibition, which began in January 1916, four years before National "
 "Prohibition, ended beer making operations. After Prohibition ended, a new Olympia Brewery (47\u00b000\u203256\u2033N "
 "122\u00b054\u203213\u2033W / 47.0155\u00b0N 122.9035\u00b0W / 47.0155; -122.9035) was erected just upstream from "
 "the original, and Olympia beer went back on sale in 1934.",
 "Olympia was a very popular regional brand in the Pacific Northwest for half of a century. It eventually expanded "
 "nationwide, repositioned as a low-price lager. During the 1970s, Olympia acquired Hamm's and Lone Star, and also "
 "produced Buckhorn Beer, which had previously been a product of the Lone Star Brewing Company."]
KEPT["wp-olympia-brewing-company"] = ("olympia-enwiki.txt", OL)
R.append(wp("wp-olympia-brewing-company", "Olympia Brewing Company",
 "https://en.wikipedia.org/wiki/Olympia_Brewing_Company", "\n\n".join(OL),
 "brewing", ["history", "founding", "founder", "renaming", "executives", "acquisitions", "ownership", "brands"],
 "The article as en.wikipedia.org renders it in the page store (no revision id held; an older rendering in the 'From "
 "Wikipedia, the free encyclopedia / Jump to navigation Jump to search' skin, its infobox reading 'Founded1896, 123 "
 "years ago', so a revision of 2019; recorded 3.0, as batches 68d and 68u recorded renderings in this skin). Cut: the "
 "title line 'Olympia Brewing Company' (twice); the chrome lines 'From Wikipedia, the free encyclopedia' and 'Jump to "
 "navigation Jump to search'; the infobox lines ('IndustryAlcoholic beverage' to 'OwnerPabst Brewing Company', with "
 "'FounderLeopold Friederich Schmidt'); the picture caption 'The old Tumwater brewery building in 2012'; the citation "
 "markers ('[1]' to '[4]'); cut after '... which had previously been a product of the Lone Star Brewing Company.', "
 "before the sentence the excerpt breaks off in ('Until the mid-1970s, competitor Coors of Colorado had a limited "
 "11-state distribution'; `truncated`; a cut at a sentence end inside a paragraph), so Coors and the later history "
 "are not in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'located in "
 "Tumwater, Washington, near Olympia', 'Founded in 1896 by Leopold Friederich Schmidt, it was bought by G. Heileman "
 "Brewing Company in 1983', 'Through a series of consolidations, it was acquired by Pabst Brewing Company in 1999; "
 "the Tumwater brewery was closed in 2003', 'Leopold Schmidt, a German immigrant from Montana founded The Capital "
 "Brewing Company' (no comma after 'Montana'), 'a bottling and keg plant and in 1896, began brewing', 'In 1902, the "
 "firm became Olympia Brewing Company, with Frank Kenney as the Company Secretary', 'the slogan \"It's the Water\"', "
 "'Statewide Prohibition, which began in January 1916', 'a new Olympia Brewery (47\u00b000\u203256\u2033N ... -122.9035) "
 "was erected' (the coordinates the rendering prints inside the sentence, kept: a cut inside a sentence is no cut "
 "the brief allows; doubtful as text), 'Olympia beer went back on sale in 1934' (lower-case 'beer'), 'During the "
 "1970s, Olympia acquired Hamm's and Lone Star, and also produced Buckhorn Beer, which had previously been a product "
 "of the Lone Star Brewing Company'. 251 words. No outage and no near-miss of one told (Prohibition ending beer "
 "making and a brewery closed are no service disruption). Found at rank 8 of the query 'Olympia Brewing Company "
 "Tumwater Leopold Schmidt founded acquired Pabst' (the lead batches 68u and 68h named: 'Olympia Brewing as a "
 "Wikipedia copy'); liquisearch.com's 'Olympia Brewing Company - History' (rank 3; a section copy, an older revision "
 "with no Frank Kenney and an outing of the brewery's president) and goodnames-eth.ipns.dweb.link's 'Olympia Beer' "
 "(rank 4; a 2014-2015 revision leading with Pabst's sale to Blue Ribbon Intermediate Holdings) left for this one; "
 "docslib.org and pdfslide.us (ranks 1, 2 and 6; a copyrighted thesis), olympia-beer.com (rank 5; the brand's own "
 "site) and liahnie881.amebaownd.com (rank 7; a rewritten blog) not used. Olympia Brewing, Tumwater, Frank Kenney, "
 "Buckhorn: " + CHECKED + " ('Olympia Brewing' only in GATHERING.md's lists of leads; 'Olympia' alone in train's "
 "wp-g-heileman-brewing-company only in its notes, a list of brands in the cut part of that text, and in texts on "
 "other matters; 'Capital Brewing' in test's wp-canadian-breweries, another company; G. Heileman, Pabst and Hamm's "
 "are in other texts as other matters: Heileman's own history, Ballantine's).", "US", v3=True))

# ---- restaurants, US: White Castle (infomutt.com's copy, about 2004) -------------------------------------------------
WC = [
 "White Castle is a hamburger restaurant chain in the United States. It is known for square sandwiches, called "
 "\"Slyders\", which were originally priced at 5 cents. The typical White Castle restaurant architecture features a "
 "white exterior with a crenelated tower at one corner to resemble a medieval castle.",
 "Founded in 1921 in Wichita, Kansas, White Castle is the oldest hamburger chain in the United States. Entrepreneur "
 "Edgar Waldo Ingram partnered with cook Walter Anderson, who had developed an efficient way of cooking hamburgers "
 "quickly. By 1934 the company had moved corporate headquarters to Columbus, Ohio and was wholly owned by Ingram.",
 "The company has remained privately held and its restaurants are company-owned, not franchised. Co-founder Billy "
 "Ingram was followed as head of the firm by his son E.W. Ingram Jr. and grandson E.W. Ingram III.",
 "Its burgers are also sold by the sack in some stores, and in frozen boxes in grocery stores nationwide.",
 "In 2003, White Castle unveiled a new logo."]
KEPT["wp-white-castle"] = ("white-castle-infomutt.txt", WC)
R.append(wp("wp-white-castle", "White Castle (restaurant)", "http://infomutt.com/w/wh/white_castle.html",
 "\n\n".join(WC),
 "restaurants", ["history", "founding", "founders", "executives", "ownership", "headquarters", "products"],
 "The article, then titled 'White Castle' (today 'White Castle (restaurant)'), as infomutt.com's copy holds it in the "
 "page store (no date or revision id held; an early revision of about 2004, as batch 68n dated this copy: its latest "
 "year is 'In 2003, White Castle unveiled a new logo', and it has no infobox and no 'Lisa Ingram'; recorded 3.0, as "
 "batches 63h and 64l recorded their old undated copies; doubtful: undated). Cut: the heading 'External link' and, "
 "after it, the disambiguation line 'White Castle is also a place in Monmouthshire' (a hatnote, no part of the "
 "article's prose); cut after '... In 2003, White Castle unveiled a new logo.' (a cut at a paragraph end). The copy "
 "has no title line in the excerpt and no citation markers. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'It is known for square sandwiches, called \"Slyders\", which were originally priced "
 "at 5 cents' (the spelling 'Slyders'), 'a crenelated tower', 'Founded in 1921 in Wichita, Kansas, White Castle is "
 "the oldest hamburger chain in the United States', 'Entrepreneur Edgar Waldo Ingram partnered with cook Walter "
 "Anderson', 'By 1934 the company had moved corporate headquarters to Columbus, Ohio and was wholly owned by Ingram' "
 "(no comma after 'Ohio'), 'Co-founder Billy Ingram was followed as head of the firm by his son E.W. Ingram Jr. and "
 "grandson E.W. Ingram III' ('E.W.' with no space), 'In 2003, White Castle unveiled a new logo'. 162 words, a short "
 "text. No outage and no near-miss of one told. Found at rank 2 of the query 'White Castle (restaurant) Wikipedia "
 "American regional hamburger restaurant chain E. W. Ingram Columbus Ohio' (the lead batches 68n and 68u named; the "
 "first query's eight answers were all other sites: kshs.org, honkjournal.com, two blogs, bakerhistoryblog.com, "
 "nndb's mirror, kansashistory.gov (a state agency's text, not federal), gpstrackerinfo.com); "
 "wiki3.en-us.nina.az's copy (rank 5; a recent revision whose excerpt ends in the infobox and the 'Background' "
 "section, cut off at 'White Castle was founded i') left for this one; simple.m.wikipedia.org (rank 1; Simple "
 "English, one broken paragraph), memim.com (rank 3; a translation of the German article), ohiohistorycentral.org "
 "and mundurek.com (ranks 4 and 7; a state historical society's text and a copy of it), bizjournals.com (rank 6; "
 "news, copyrighted) and nrn.com (rank 8; trade press) not used. White Castle, Edgar Waldo, Walter Anderson, "
 "Slyders, E.W. Ingram: " + CHECKED + " ('White Castle' and 'Edgar Waldo' only in GATHERING.md's lists of leads; "
 "'Ingram' in train's wp-tiger-brands, test's hansard-written-answers-aircraft-carriers-bae-systems-thales-alliance-"
 "2004 and batches 15f and 16g, other people).", "US", v3=True,
 copy_of="the Wikipedia article, via infomutt.com, a Wikipedia mirror"))

# ---- electric utilities, US: Commonwealth Edison (cryer.org.uk's copy, a recent revision) ----------------------------
CE = [
 "Commonwealth Edison, commonly known by syllabic abbreviation as ComEd, is the largest electric utility in Illinois, "
 "and the primary electric provider in Chicago and much of Northern Illinois. Its service territory stretches "
 "roughly from Iroquois County on the south to the Wisconsin border on the north and from the Iowa border on the west "
 "to the Indiana border on the east. For more than 100 years, Commonwealth Edison has been the primary electric "
 "delivery services company for Northern Illinois. Today, ComEd is a unit of Chicago-based Exelon Corporation, one of "
 "the nation's largest electric and gas utility holding companies. ComEd provides electric service to more than 3.8 "
 "million customers across Northern Illinois. The company's revenues totaled more than $7 billion in 2023.",
 ", ComEd has interconnections with We Energies, ITC Midwest, Ameren, American Electric Power, Northern Indiana "
 "Public Service, and MidAmerican Energy (MEC).",
 "The earliest predecessor of Commonwealth Edison was the Isolated Lighting Company, established in early 1881 by "
 "George H. Bliss as a subsidiary of Thomas Edison's company to sell small Edison-patented generators and lighting "
 "systems, each serving one building or several nearby buildings. In 1882, this company was taken over by the "
 "Western Edison Light Company, which was chartered by several prominent Chicagoans to not only take over Isolated "
 "Lighting's role as Edison's agent in Chicago, but also to develop a central station electric system. Western "
 "Edison installed the first incandescent lighting in a Chicago home, that of stockholder John W. Doane, in 1882, and "
 "it was first lit on November 10 of that year."]
KEPT["wp-commonwealth-edison"] = ("comed-cryer.txt", CE)
R.append(wp("wp-commonwealth-edison", "Commonwealth Edison", "http://cryer.org.uk/COMED", "\n\n".join(CE),
 "electric utilities", ["history", "founding", "founder", "predecessors", "acquisitions", "ownership",
                        "service territory"],
 "The article as cryer.org.uk (a site copying Wikipedia pages; batches 20a2, 29a and 64l used its copies) holds it "
 "under the address 'COMED' (no date or revision id held; a recent revision: its infobox's 'Income Year: | 2023 |' "
 "and 'The company's revenues totaled more than $7 billion in 2023'; recorded 4.0). Cut: the infobox lines before the "
 "lead ('Commonwealth Edison | |' to 'Income Year: | 2023 |', with 'Parent: | Exelon |' and 'Key People: | Gil C. "
 "Quiniones (CEO) |', so the infobox's chief executive is not in the text); the citation markers ('[1]' to '[3]'); "
 "cut after '... and it was first lit on November 10 of that year.', before the paragraph the excerpt breaks off in "
 "('In March, 1887, John M. Clark (president of Western Edison), Robert Todd Lincoln, and John B. Drake obtained a "
 "franchise from Chicago t'; `truncated`; a cut at a paragraph end), so Chicago Edison, Samuel Insull and the 1907 "
 "merger are not in the text. Paragraphs, one line each in the copy, joined with blank lines. No word added or "
 "changed. Kept as written: 'Commonwealth Edison, commonly known by syllabic abbreviation as ComEd', 'Today, ComEd is "
 "a unit of Chicago-based Exelon Corporation', 'The company's revenues totaled more than $7 billion in 2023', ', ComEd "
 "has interconnections with We Energies, ITC Midwest, Ameren, American Electric Power, Northern Indiana Public "
 "Service, and MidAmerican Energy (MEC).' (the paragraph opening on a comma: the copy dropped the date template "
 "before it, Wikipedia's 'As of 2015'; kept, as no word may be added; doubtful as text), 'established in early 1881 "
 "by George H. Bliss as a subsidiary of Thomas Edison's company', 'In 1882, this company was taken over by the "
 "Western Edison Light Company, which was chartered by several prominent Chicagoans to not only take over Isolated "
 "Lighting's role as Edison's agent in Chicago', 'that of stockholder John W. Doane, in 1882, and it was first lit on "
 "November 10 of that year'. 257 words. No outage and no near-miss of one told (grid interconnections and a first "
 "lighting are no disruption). Found at rank 7 of the query 'Commonwealth Edison Company Chicago history Samuel "
 "Insull Wikipedia Exelon subsidiary' (a name of the leads of batches 68u, 68n and 68h); "
 "refract.global.ssl.fastly.net's 'Misplaced Pages' snapshot (rank 8; the same revision broken by index numbers "
 "'#954045', '55-571:'), wikisum.wiki (rank 3; a summary of picked sentences) and zalansite.site (rank 2; an edit "
 "form in wiki markup) left for this one; encyclopedia.chicagohistory.org (rank 1; the Encyclopedia of Chicago, "
 "copyrighted), company-histories.com and fundinguniverse.com (ranks 4 and 5; copyrighted company histories) and "
 "docslib.org (rank 6; a book chapter) not used. Commonwealth Edison, Western Edison, Isolated Lighting, George H. "
 "Bliss, Doane, Iroquois County: " + CHECKED + " ('Commonwealth Edison' only in GATHERING.md's lists of leads; "
 "'Exelon' in train's us-doj-federal-register-exelon-pseg-proposed-final-judgment-2006 and "
 "wp-niagara-mohawk-power-corporation, other matters; 'ComEd' as a string only inside words such as 'welcomed').",
 "US", copy_of="the Wikipedia article, via cryer.org.uk, a site rendering Wikipedia pages"))


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
