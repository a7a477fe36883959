#!/usr/bin/env python3
"""Batch 69p (session 63; gatherer lane 69p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69j, kept to three American food companies new to the corpus, all three names from the 'Leads for a next
round' of round 69j ('names with no hit still not queried': Sealtest, Drake's; Tastykake / the Tasty Baking Company,
a free copy 69j found and left unclaimed): Sealtest Dairy, a Good Humor-Breyers dairy brand, once a division of
National Dairy Products Corporation (precursor to Kraft Foods), founded and operated by Vernon F. Hovey, whose
franchisees such as Luick Dairy National Dairy bought up, acquired from Kraft with Breyers by Unilever in 1993, its milk
made by Milkco, Inc., a subsidiary of Ingles (dairy, US); Tastykake, the snack line of the Tasty Baking Company of
Philadelphia, established in 1914 by Philip J. Baur and Herbert T. Morris, who had sold a Pittsburgh bakery to the Ward
Baking Company in 1913, and its property sale of 2010 to John Padgett Associates (baking, US); and Drake's (Drake's
Cakes), founded by Newman E. Drake in 1896 in Harlem as The N.E. Drake Baking Company, now owned by McKee Foods, maker
of Devil Dogs, Funny Bones, Ring Dings and Yodels, with his brothers Judson (who left for the National Biscuit Company)
and Charles (a vice president until 1907) (baking, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Sealtest Dairy' and 'Drake's Cakes' (undated, recent) and
wikimili.com's copy of 'Tastykake' (undated, a revision of 2011 or later). Each is cut at a sentence end before the
sentence the excerpt breaks off in (`truncated`). Edits per item in `notes` (title lines, chrome lines, infobox lines,
headings and citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather69p/src), the markers ('[1]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 55e-69j did. No text tells an outage or a
near-miss of one (purchases, sales, a property sale and a licence are business events). newskg (or any extractor) was
not run on any text. A round of three: seven queries, three answered with English Wikipedia text on a company not yet in
the corpus and were taken (round notes /tmp/gather69p/NOTES.md; queries, /tmp/gather69p/src/queries.txt; claims in
/work/notes/gather69/CLAIMS.txt).
usage: batch69p.py [POOL_DIR] [--dry]   (default /tmp/gather69p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69p/pool"
SRC = "/tmp/gather69p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- dairy, US: Sealtest Dairy (en.wikipedia.org '= Title =' rendering) ---------------------------------------------
SE = [
 "Sealtest Dairy is a Good Humor-Breyers brand for dairy products. Formerly a division of National Dairy Products "
 "Corporation (precursor to Kraft Foods) of Delaware, it produced milk, cream, ice cream, and lemonade. The Sealtest "
 "brand was also later used by various companies in Canada under license (now held by Agropur).",
 "Sealtest had milk and ice cream plants across the midwestern and northeastern part of the United States, with large "
 "operations in Chicago, Milwaukee, Cleveland, La Crosse, Wisconsin, Huntington, Indiana, Rockford, Illinois, "
 "Philadelphia, Pittsburgh, Baltimore, and New York City. Its Mid-South operations were based in Nashville.",
 "The Milwaukee operation was purchased from a family-owned dairy operation, Luick Dairy, in the late 1940s or after. "
 "The Sealtest brand was originally a franchise, much like the 'Quality Chekd' dairy brand - local milk bottlers "
 "bought the rights to the Sealtest name in their market areas. Luick and presumably all the other franchisees were "
 "bought up by National Dairy Co.",
 "Sealtest Dairy Company was founded and operated by Vernon F. Hovey. After his death, the company was turned over to "
 "his two sons. They ran the business in the state of New York, before selling the business.",
 "Sealtest was one of the brands Martin Luther King Jr. urged people to boycott in the last speech he delivered before "
 "his assassination, \"I've Been to the Mountaintop\":",
 "The Sealtest brand was ultimately acquired from Kraft (along with Breyers) in 1993 by Unilever, which retains the "
 "underlying rights to the brand. Sealtest milk products are currently produced and packaged by Milkco, Inc. of "
 "Asheville, North Carolina, a subsidiary of Ingles."]
KEPT["wp-sealtest-dairy"] = ("sealtest-enwiki.txt", SE)
R.append(wp("wp-sealtest-dairy", "Sealtest Dairy",
 "https://en.wikipedia.org/wiki/Sealtest_Dairy", "\n\n".join(SE),
 "dairy", ["history", "founding", "founders", "brands", "divisions", "acquisitions", "ownership", "franchising"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering: its infobox names The Magnum Ice Cream Company as Good Humor-Breyers' parent, so of "
 "2024 or later; recorded 4.0). Cut: the title line '= Sealtest Dairy ='; the infobox lines ('Sealtest', '- Logo: "
 "Sealtest dairy co logo.png', '- Type: Dairy products', '- Currentowner: Good Humor-Breyers (The Magnum Ice Cream "
 "Company)', '- Origin: United States', '- Markets: United States (Asheville, NC) , Canada', '- Previousowners: "
 "Kraft'), so The Magnum Ice Cream Company is not in the text; the heading '==History=='; cut after '... a subsidiary "
 "of Ingles.', before the sentence the excerpt breaks off in ('The brand name is licensed from the Good Humor-Breyers "
 "s'; `truncated`; a cut at a sentence end inside a paragraph). The paragraph on Martin Luther King Jr. is kept as the "
 "excerpt has it, ending in a colon: the rendering drops the quotation it introduces (the speech's lines are not in the "
 "excerpt). The rendering has no citation markers; its paragraphs are kept as the excerpt separates them (blank "
 "lines). No word added or changed. Kept as written: 'Sealtest Dairy is a Good Humor-Breyers brand for dairy "
 "products', 'Formerly a division of National Dairy Products Corporation (precursor to Kraft Foods) of Delaware, it "
 "produced milk, cream, ice cream, and lemonade', 'used by various companies in Canada under license (now held by "
 "Agropur)', 'with large operations in Chicago, Milwaukee, Cleveland, La Crosse, Wisconsin, Huntington, Indiana, "
 "Rockford, Illinois, Philadelphia, Pittsburgh, Baltimore, and New York City', 'The Milwaukee operation was purchased "
 "from a family-owned dairy operation, Luick Dairy, in the late 1940s or after', \"much like the 'Quality Chekd' "
 "dairy brand - local milk bottlers\" (a hyphen as dash), 'Luick and presumably all the other franchisees were bought "
 "up by National Dairy Co.', 'Sealtest Dairy Company was founded and operated by Vernon F. Hovey', 'They ran the "
 "business in the state of New York, before selling the business', (his assassination, \"I've Been to the "
 "Mountaintop\": with its colon), 'The Sealtest brand was ultimately acquired from Kraft (along with Breyers) in "
 "1993 by Unilever, which retains the underlying rights to the brand', 'produced and packaged by Milkco, Inc. of Asheville, "
 "North Carolina, a subsidiary of Ingles'. 263 words. No outage and no near-miss of one told (a purchase, a sale, a "
 "franchise and a boycott call are no service disruption). Found at rank 3 of the query 'Sealtest Dairy National "
 "Dairy Products Corporation history Kraftco Wikipedia brand acquired' (a name of round 69j's leads, 'names with no "
 "hit still not queried'); WikiMili.com's copy (rank 2; an older revision, '83 years ago', without Pittsburgh among "
 "the operations and with a '[ citation needed ]' after each early paragraph) and wikizero.com's copy (rank 8; an "
 "older revision, '80 years ago') left for this one; cnnfn.cnn.com (rank 1; a Fortune gallery, copyrighted), "
 "nl.abcdef.wiki, pt.qwertyu.wiki and wikide.org (ranks 4-6; machine translations) and headcountcoffee.com (rank 7; a "
 "blog) not used. Sealtest, National Dairy, Hovey, Luick, Milkco, Agropur, Good Humor, Quality Chekd: " + CHECKED +
 " ('Sealtest' and 'National Dairy' only in GATHERING.md's lists of leads; 'Kraft' and 'Unilever' in dev's "
 "wp-freia, wp-jacobs, federal texts on the Alberto-Culver and Dreyer's matters and other gather scripts, other "
 "matters; 'Ingles' only as part of other words).", "US",
 copy_of="the Wikipedia article"))

# ---- baking, US: Tastykake (wikimili.com's copy, a revision of 2011 or later) ---------------------------------------
TK = [
 "Tastykake is a line of snack foods manufactured by the Tasty Baking Company, headquartered at the Philadelphia Navy "
 "Yard (formerly the Philadelphia Naval Shipyard) in Philadelphia, Pennsylvania. Established in 1914 by Philip J. Baur "
 "and Herbert T. Morris and originally selling its product only in the Philadelphia metropolitan area, the company now "
 "distributes its products in several states on the East Coast, south to Florida, and has been gradually expanding "
 "across the United States.",
 "In April 2010, Tasty Baking entered into a purchase-and-sale agreement with John Padgett Associates and its "
 "guarantor, Metro Development Company, for the sale of its Philadelphia bakery property located at Hunting Park "
 "Avenue, and its former corporate offices and distribution center located at Fox Street, for $6 million.",
 "The snack-sized, prepackaged desserts are diverse. Varieties include:",
 "Philip J. Baur and Herbert T. Morris founded the company, in the Germantown neighborhood along Sedgley Avenue, with "
 "an initial investment of $50,000. First, Baur and Morris had opened a bakery in the Pittsburgh area, selling it to "
 "the Ward Baking Company in 1913. When Baur and Morris sold to Ward, the terms of the sale prohibited them from opening "
 "another bakery within 100 miles of Pittsburgh, so the partners looked instead to Philadelphia. In November 1913 they "
 "settled on the Sedgley Avenue location. Morris's wife came up with the Tastykake name."]
KEPT["wp-tastykake"] = ("tastykake-wikimili.txt", TK)
R.append(wp("wp-tastykake", "Tastykake", "https://wikimili.com/en/Tastykake", "\n\n".join(TK),
 "baking", ["history", "founding", "founders", "products", "property sale", "locations"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of 2011 or "
 "later: its infobox gives 'Nasdaq: TSTY (2005\u20132011)' and Flowers Foods as parent, and the text names the "
 "Philadelphia Navy Yard where an older revision has the Philadelphia Naval Business Center; recorded 4.0, as batches "
 "55zd and 69b recorded wikimili.com's copies; doubtful: a revision of before June 2023 would be 3.0). Cut: the title "
 "line 'Tastykake' and the chrome line 'Last updated'; the infobox lines ('Tasty Baking Company' to 'Website "
 "www.tastykake.com', with 'John Padgett, Former President and CEO' as key people and 'Parent Flowers Foods'), so "
 "Flowers Foods, the stock listings and John Padgett's post are not in the text; the chrome line 'Contents'; the "
 "headings 'Varieties' and 'History'; the citation markers ('[1]' to '[4]'); cut after '... Morris's wife came up with "
 "the Tastykake name.', before the sentence the excerpt breaks off in ('A Boston student created th'; `truncated`; a "
 "cut at a sentence end inside a paragraph). The Varieties section's opening lines are kept as the excerpt has them, "
 "ending in a colon: the copy's list of varieties is not in the excerpt. Paragraphs joined with blank lines; the double "
 "space after '... Ward Baking Company in 1913.' read as one. No word added or changed. Kept as written: 'Tastykake "
 "is a line of snack foods manufactured by the Tasty Baking Company, headquartered at the Philadelphia Navy Yard "
 "(formerly the Philadelphia Naval Shipyard) in Philadelphia, Pennsylvania', 'Established in 1914 by Philip J. Baur "
 "and Herbert T. Morris', 'In April 2010, Tasty Baking entered into a purchase-and-sale agreement with John Padgett "
 "Associates and its guarantor, Metro Development Company, for the sale of its Philadelphia bakery property located "
 "at Hunting Park Avenue', 'The snack-sized, prepackaged desserts are diverse. Varieties include:', 'Philip J. Baur "
 "and Herbert T. Morris founded the company, in the Germantown neighborhood along Sedgley Avenue', 'First, Baur and "
 "Morris had opened a bakery in the Pittsburgh area, selling it to the Ward Baking Company in 1913', 'When Baur and "
 "Morris sold to Ward', \"Morris's wife came up with the Tastykake name\". 222 words. No outage and no near-miss of "
 "one told (a property sale and a bakery's sale are business events). Found at rank 4 of the query 'Tasty Baking "
 "Company Tastykake history Philadelphia founded Philip Baur Herbert Morris acquired by Flowers Foods 2011' (round "
 "69j's lead: 'wikimili.com's free copy ... 0 hits when checked, not claimed'); the same copy's other excerpt (rank 2; "
 "the same revision, its infobox as a table) left for this one (rank 4 holds the same text with the copy's chrome "
 "lines); hessslslslsls.azureedge.net's page (rank 6; a user's sandbox, not the article) not used, nor tastykake.com "
 "(rank 1; the company's own text), jonathannadler.net and lawprofessors.typepad.com (ranks 3 and 5; blogs), "
 "theboobirds.com (rank 7; the company's text copied) and an encyclopedia-loadbalancer amazonaws.com page (rank 8; a "
 "copyrighted company-history encyclopedia). A second query for the 2011 purchase by Flowers Foods gave only news "
 "(inquirer.com, 6abc.com, philly.com, cbslocal.com, wctv.tv) and an SEC exhibit of Flowers Foods' own text, none "
 "used. Tastykake, Tasty Baking, Herbert T. Morris, Padgett, Metro Development, Sedgley, Ward Baking: " + CHECKED +
 " ('Tastykake', 'Tasty Baking', 'Herbert T. Morris', 'Padgett' and 'Ward Baking' only in GATHERING.md's lists of "
 "leads; 'Baur' in train's wp-1999-southern-brazil-blackout and batch 24b, another name).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- baking, US: Drake's Cakes (en.wikipedia.org '= Title =' rendering) ---------------------------------------------
DK = [
 "Drake's is a brand of American baked goods. The company was founded by Newman E. Drake in 1896 in Harlem, New York, "
 "as The N.E. Drake Baking Company, but it is now owned by McKee Foods. The company makes snack cake products, such as "
 "Devil Dogs, Funny Bones, Coffee Cakes, Ring Dings, and Yodels. Drake's has traditionally been marketed primarily in "
 "the Northeastern U.S., but it expanded to the Mid-Atlantic and Southeastern U.S. regions in 2016. The products are "
 "made under the Orthodox Union kosher certification guidelines.",
 "Drake's brand began as The N.E. Drake Baking Company, incorporated on November 14, 1896, in New York City and "
 "founded by Newman E. Drake. The first bakery was in Harlem at 36\u201338 West 135th Street.",
 "Drake's youngest brother Judson was working with him at the founding, and his brother Charles was with him in the "
 "later business in Brooklyn. Judson left the business in 1898 for the National Biscuit Company where he had a long "
 "and well-regarded career in bakery management. Charles was a vice president for the Brooklyn business, but he sold "
 "his interest and retired in 1907. At some point, all four of Newman's sons worked in the business.",
 "Newman Drake came into this entrepreneurial venture with experience in large scale commercial baking. In 1888, he "
 "joined Vanderveer and Holmes Biscuit Company, and he had become a salesman traveling internationally for this "
 "cracker business by 1894."]
KEPT["wp-drakes-cakes"] = ("drakes-enwiki.txt", DK)
R.append(wp("wp-drakes-cakes", "Drake's Cakes",
 "https://en.wikipedia.org/wiki/Drake's_Cakes", "\n\n".join(DK),
 "baking", ["history", "founding", "founders", "executives", "ownership", "products"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (held at the address "
 "https://en.wikipedia.org/wiki/Drake%27s_Cakes, the same page as the article's address; no date or revision id "
 "held; undated, a recent rendering: it names the expansion of 2016 and an infobox list of owners to 2013; recorded "
 "4.0). Cut: the title line '= Drake's Cakes ='; "
 "the infobox lines (\"Drake's\", \"- Logo: Drake's_Cakes_logo.svg\", '- Type: Baked goods', '- Currentowner: McKee "
 "Foods', '- Producedby: McKee Foods', '- Previousowners: | The N.E. Drake Baking Company (1896\u20131900) | National "
 "Biscuit Company (1900\u20131902) | Drake Brothers Company (1902\u20131924) | Drake Bakeries, Inc. "
 "(1924\u20131986) | Ralston Purina (1986\u20131987) | Rock Capital Partners (1987\u20131990) | Culinar, Inc. "
 "(1990\u20131998) | Interstate Bakeries Corporation (1998\u20132013)', '- Origin: United States', '- Markets: "
 "Worldwide'), so the Drake Brothers Company, Drake Bakeries, Ralston Purina, Rock Capital Partners, Culinar and "
 "Interstate Bakeries are not in the text; the headings '== History ==' and '=== Early years ==='; cut after '... for "
 "this cracker business by 1894.', before the sentence the excerpt breaks off in ('He was traveling in England on "
 "busines'; `truncated`; a cut at a sentence end inside a paragraph). The rendering has no citation markers; its "
 "paragraphs are kept as the excerpt separates them (blank lines). No word added or changed. Kept as written: "
 "\"Drake's is a brand of American baked goods\", 'The company was founded by Newman E. Drake in 1896 in Harlem, New "
 "York, as The N.E. Drake Baking Company, but it is now owned by McKee Foods', 'such as Devil Dogs, Funny Bones, "
 "Coffee Cakes, Ring Dings, and Yodels', 'it expanded to the Mid-Atlantic and Southeastern U.S. regions in 2016', "
 "\"Drake's brand began as The N.E. Drake Baking Company, incorporated on November 14, 1896, in New York City and "
 "founded by Newman E. Drake\", 'in Harlem at 36\u201338 West 135th Street' (the en dash), \"Drake's youngest brother "
 "Judson was working with him at the founding\", 'Judson left the business in 1898 for the National Biscuit Company', "
 "'Charles was a vice president for the Brooklyn business, but he sold his interest and retired in 1907', 'In 1888, he "
 "joined Vanderveer and Holmes Biscuit Company, and he had become a salesman traveling internationally for this "
 "cracker business by 1894'. 235 words. No outage and no near-miss of one told. Found at rank 3 of the query \"Drake's "
 "Cakes Drake Bakeries history Newman E. Drake Brooklyn founded acquired Borden Interstate Bakeries McKee Foods "
 "Wikipedia\" (a name of round 69j's leads, 'names with no hit still not queried'); piglix.com's copy (rank 5; an "
 "older revision, 'Charles may have been with him from the start', with retailer ads of 1898-1901) and "
 "wiki-gateway.eudic.net's copy (rank 2; an older revision, 'founded by Charles and Newman Drake in 1900 in Brooklyn', "
 "bought by Borden in 1946) left for this one; wn.com via fanyv88.com (rank 1; a news aggregator's page quoting an old "
 "revision), en.wikipedia.org's 'Newman E. Drake' (rank 4; a biography, the man's article rather than the company's), "
 "de.mgwiki.top (rank 6; a machine translation) and drakescake.com's two pages (ranks 7 and 8; the company's own text) "
 "not used. Drake's Cakes, Drake Baking, Newman E. Drake, McKee Foods, National Biscuit, Vanderveer, Devil Dogs, "
 "Orthodox Union, Drake Bakeries: " + CHECKED + ".", "US",
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
