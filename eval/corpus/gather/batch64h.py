#!/usr/bin/env python3
"""Batch 64h (session 58; gatherer lane 64h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-63h, kept to four American companies of the sectors the brief preferred (a regional airline, a
department-store chain, a regional bank, a discount-store chain), new to the corpus and turned from the leads and
lists of batches 63b, 63h and 64c: North Central Airlines, founded as Wisconsin Central Airlines in 1944 in
Clintonville, Wisconsin, out of the Four Wheel Drive Auto Company's flight department, its president Francis Higgins
followed by Hal Carr, merged with Southern Airways in 1979 to become Republic Airlines, merged into Northwest Airlines
in 1986 (airline, US); Caldor, the discount department-store chain founded by Carl and Dorothy Bennett in Port
Chester, New York in 1951, sold to Associated Dry Goods Corporation in 1981, under May Department Stores after ADG's
merger of 1986, sold by May in a leveraged buyout of 1990 (retail, US); Marine Midland Bank of Buffalo, New York,
founded as Marine Bank in 1850 by eight named men, its first president George Palmer and cashier James M. Ganson,
acquired by HSBC in 1980 and renamed HSBC Bank USA in 1999 (banking, US); and E. J. Korvette, the discount
department-store chain founded in New York City in 1948 by Eugene Ferkauf and Joe Zwillenberg (retail, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): piglix.com's copies of 'North Central Airlines' and 'Marine Midland Bank' (undated, older revisions),
en.wikipedia.org's 'Jump to: navigation' rendering of 'Caldor' (about 2010-2017) and wikizero.org's copy of 'E. J.
Korvette' (undated, recent); each cut at a sentence or paragraph end before the sentence or paragraph its excerpt
breaks off in (`truncated`). Edits per item in `notes` (title, navigation and infobox lines cut, a heading and an
edit link cut, citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather65h/src), the markers ('[1]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 55e-63h did. No text tells an outage or a
near-miss of one (mergers, a bankruptcy, a liquidation, a leveraged buyout, a move of headquarters and financial
trouble are business events). newskg (or any extractor) was not run on any text. A round of four: six queries, four
answered with English Wikipedia text on a company not yet in the corpus and were taken, the rest left (round notes,
/work/notes/gather65/64h.md; queries, /tmp/gather65h/src/queries.txt).
usage: batch64h.py [POOL_DIR] [--dry]   (default /tmp/gather65h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65h/pool"
SRC = "/tmp/gather65h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b, 63h and 64c aside), in the session-58 pools (/tmp/gather65*/pool) and in "
           "/work/notes/gather65/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\[\d+\]")

# ---- airline, US: North Central Airlines (piglix.com's copy, undated, an older revision) ---------------------------
NC = [
 "North Central Airlines was a regional airline in the midwestern United States. Founded as Wisconsin Central "
 "Airlines in 1944 in Clintonville, Wisconsin, the company moved to Madison in 1947. This is also when the \"Herman "
 "the duck\" logo was born on Wisconsin Central's first Lockheed Electra 10A, NC14262, in 1948. North Central's "
 "headquarters were moved to Minneapolis\u2013St. Paul in 1952.",
 "Following a merger with Southern Airways in 1979, North Central became Republic Airlines, which merged into "
 "Northwest Airlines in 1986.",
 "In 1939 the Four Wheel Drive Auto Company (FWD), a major manufacturer of four-wheel transmissions and heavy-duty "
 "trucks based in Clintonville, Wisconsin, opened a flight department and traded a company truck for a Waco biplane "
 "for their company's use. In 1944 company executives decided to start an airline, and service started between six "
 "Wisconsin cities in 1946. This led the company to buy two Cessna UC-78 Bobcats, and, soon after, three Lockheed "
 "Electra 10As. Certificated flights started with Electras to 19 airports on 25 February 1948; more revenue allowed "
 "three more Electra 10As, then six Douglas DC-3s.",
 "In 1952 the airline moved their headquarters from Wisconsin to Minneapolis, Minnesota, and that December their name "
 "became North Central Airlines. Soon the airline ran into financial trouble when President Francis Higgins left, "
 "making Hal Carr the president. Carr quickly got the company out of debt and made it more reliable."]
KEPT["wp-north-central-airlines"] = ("northcentral-piglix.txt", NC)
R.append(wp("wp-north-central-airlines", "North Central Airlines", "http://piglix.com/piglix/North_Central_Airlines",
 "\n\n".join(NC),
 "airlines", ["history", "founding", "executives", "renaming", "mergers"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision, as batches 62d, 63c and 63h dated their piglix.com copies: its lead ends with Republic Airlines 'merged "
 "into Northwest Airlines in 1986', where en.wikipedia.org's later rendering adds Delta Air Lines in 2010). Cut: the "
 "table lines of the infobox ('Founded | 1944' to 'Key people | Francis Higgins (President) Hal Carr (Vice "
 "President)', with 'Ceased operations | July 1, 1979 (became Republic Airlines)', the slogan 'Good people make an "
 "(our) airline great Route of the Northliners' and the three headquarters with their years), so the infobox's 'Hal "
 "Carr (Vice President)' is not in the text (cut as batches 54zu-63h cut their infoboxes); cut in the fourth paragraph "
 "after '... made it more reliable.', before the sentence the excerpt breaks off in ('Over time the company expanded "
 "their fleet t'; `truncated`; a cut inside a paragraph, at a sentence end). The copy drops the section headings "
 "('Early history', 'Post Wisconsin Central history' in other copies) and the citation markers; its paragraphs are "
 "single lines, joined here with blank lines. No word added or changed. Kept as written: 'Founded as Wisconsin Central "
 "Airlines in 1944 in Clintonville, Wisconsin, the company moved to Madison in 1947', 'This is also when the \"Herman "
 "the duck\" logo was born on Wisconsin Central's first Lockheed Electra 10A, NC14262, in 1948', 'North Central's "
 "headquarters were moved to Minneapolis\u2013St. Paul in 1952' (an en dash), 'Following a merger with Southern "
 "Airways in 1979, North Central became Republic Airlines, which merged into Northwest Airlines in 1986', 'the Four "
 "Wheel Drive Auto Company (FWD), a major manufacturer of four-wheel transmissions and heavy-duty trucks', 'traded a "
 "company truck for a Waco biplane for their company's use', 'In 1944 company executives decided to start an airline', "
 "'two Cessna UC-78 Bobcats', 'Certificated flights started with Electras to 19 airports on 25 February 1948', 'six "
 "Douglas DC-3s', 'In 1952 the airline moved their headquarters ... and that December their name became North Central "
 "Airlines', 'Soon the airline ran into financial trouble when President Francis Higgins left, making Hal Carr the "
 "president', 'Carr quickly got the company out of debt and made it more reliable'. 228 words. No outage and no "
 "near-miss of one told (financial trouble, a merger and moves of headquarters are business events). Recorded CC "
 "BY-SA 3.0 (an older revision, as batches 62d, 63c and 63h recorded their piglix.com copies). Found at rank 1 of the "
 "query 'North Central Airlines Wisconsin Central Airlines founded Francis Higgins Clintonville merged Southern Airways "
 "Republic Airlines 1979' (its excerpt reaches furthest of the free copies); wikimili.com (rank 2; a later copy, its "
 "excerpt breaking off in the renaming sentence), airlines-airliners.com (rank 3; German, the site's own text), "
 "the-uncensored-wiki.com (rank 4; a 2016 copy, breaking off in Carr's sentence), en.wikipedia.org's two renderings "
 "(ranks 5, 6; free, breaking off before Higgins's leaving), airwaysmag.com (rank 7; a magazine article, copyrighted) "
 "and airlinefiles.com (rank 8; a news site's copy) not used. North Central Airlines, Wisconsin Central, Francis "
 "Higgins, Hal Carr, Four Wheel Drive, Southern Airways, Clintonville: " + CHECKED + " ('Republic Airlines' and "
 "'Northwest Airlines' in texts on other matters: train's wp-mesaba-airlines and batch 40v's scripts; 'Wisconsin "
 "Central' and 'Southern Airways' only in GATHERING.md's lists of leads).", "US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- retail, US: Caldor (en.wikipedia.org's 'Jump to: navigation' rendering, about 2010-2017) -----------------------
CA = [
 "Caldor is a defunct regional discount department store chain that operated from 1951 until 1999, primarily in the "
 "northeastern United States and New England. The discount retailer was founded by Carl and Dorothy Bennett in 1951 "
 "in Port Chester, New York and later moved operations to Norwalk, Connecticut.",
 "Despite being a popular destination for shoppers, Caldor ran into financial troubles due to increasing competition "
 "from national chains like Walmart and Target in their primary market areas. The company filed for Chapter 11 "
 "bankruptcy in 1995 and never emerged from it, eventually resorting to liquidating its remaining 145 stores in 1999.",
 "The first store was opened by Carl and Dorothy Bennett in a tiny second-floor loft in Port Chester, NY in 1951, as "
 "a five and dime. (from May 23, 1984 New York Times Business Day) Caldor was formed from the couple's first names: "
 "Carl and Dorothy. The Bennetts also developed a private clothing label, Marc Robbins, named for their two children. "
 "By the 1980s, Caldor had stores along the East Coast from Virginia to New Hampshire. In late 1998, Caldor had 145 "
 "stores. Many Caldor stores had been part of the J.M. Fields chain.",
 "The Bennetts sold Caldor to Associated Dry Goods Corporation (ADG) in 1981. ADG would merge with May Department "
 "Stores in 1986. May sold the chain in November 1990 in a leveraged buyout."]
KEPT["wp-caldor"] = ("caldor-enwiki.txt", CA)
R.append(wp("wp-caldor", "Caldor", "https://en.wikipedia.org/wiki/Caldor", "\n\n".join(CA),
 "retail", ["history", "founding", "founders", "acquisitions", "bankruptcy"],
 "The article as en.wikipedia.org's 'Jump to: navigation' rendering holds it in the page store (no revision id; the "
 "colon form of the navigation line, used by MediaWiki before 2018, and the infobox's revenue of 1998 date it to "
 "about 2010-2017, as batch 60c dated its rendering of this form). Cut: 'From Wikipedia, the free encyclopedia'; "
 "'Jump to: navigation, search'; the infobox lines ('Caldor Department Stores', 'Privately held company', 'Industry "
 "Retail', 'Fate Filed for bankruptcy', 'Founded 1951 in Port Chester, New York', 'Founder Carl Bennett and Dorothy "
 "Bennett', 'Defunct 1999', 'Headquarters Norwalk, Connecticut (at time of original company's demise)', 'Products "
 "...', 'Revenue Increase $ 2.5 Billion USD (1998)[1]', 'Number of employees', '24,000 (1998)'), so the infobox's "
 "'Carl Bennett' is not in the text (cut as batches 54zu-63h cut their infoboxes); the blank lines where the rendering "
 "drops a heading; cut in the fourth paragraph after '... in November 1990 in a leveraged buyout.', before the "
 "sentence the excerpt breaks off in ('In 1991, Caldor went public and earned over $2.5 billion in reve'; "
 "`truncated`; a cut inside a paragraph, at a sentence end). No citation markers in the kept text. No word added or "
 "changed. Kept as written: 'The discount retailer was founded by Carl and Dorothy Bennett in 1951 in Port Chester, New "
 "York and later moved operations to Norwalk, Connecticut' (no comma after 'New York'), 'competition from national "
 "chains like Walmart and Target', 'The company filed for Chapter 11 bankruptcy in 1995 and never emerged from it', "
 "'in a tiny second-floor loft in Port Chester, NY in 1951, as a five and dime', the editors' source note '(from May "
 "23, 1984 New York Times Business Day)' in the running text (a citation written into the paragraph, no quotation), "
 "'Caldor was formed from the couple's first names: Carl and Dorothy', 'a private clothing label, Marc Robbins, named "
 "for their two children', 'Many Caldor stores had been part of the J.M. Fields chain', 'The Bennetts sold Caldor to "
 "Associated Dry Goods Corporation (ADG) in 1981', 'ADG would merge with May Department Stores in 1986', 'May sold the "
 "chain in November 1990 in a leveraged buyout'. 226 words. No outage and no near-miss of one told (a bankruptcy, a "
 "liquidation of stores, a merger and a leveraged buyout are business events). Recorded CC BY-SA 3.0 (a revision of "
 "about 2010-2017). Found at rank 2 of the query 'Caldor discount department store chain founded Carl Bennet Dorothy "
 "Bennet Port Chester May Department Stores bankruptcy'; rhinebecktack.com (rank 1; a copied obituary, news), "
 "refract.global.ssl.fastly.net (rank 3; fragments of several pages), pressreader.com (rank 4; a newspaper), "
 "mall-hall-of-fame.blogspot.com (ranks 5, 7; a blog's own text), westfaironline.com (rank 6; news) and "
 "es.knowledger.de (rank 8; a Spanish machine translation) not used. Caldor, Associated Dry Goods, May Department "
 "Stores, J.M. Fields, Marc Robbins, Port Chester: " + CHECKED + " ('Bennett' in texts on other matters, people of "
 "the name; 'Caldor' only in GATHERING.md's lists of leads; 'Walmart', 'Target' and 'New York Times' in texts on other "
 "matters).", "US",
 v3=True, copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- banking, US: Marine Midland Bank (piglix.com's copy, undated, an older revision) -----------------------------
MM = [
 "Marine Midland Bank was a bank formerly headquartered in Buffalo, New York, with several hundred branches "
 "throughout the state of New York. It was acquired by HSBC in 1980, and changed its name to HSBC Bank USA in 1999.",
 "Marine Midland was founded as Marine Bank, a state-chartered bank, on July 10, 1850, with capital of $170,000. It "
 "was founded by eight men from across New York\u2014General James S. Wadsworth of Geneseo, J. P. Beekman of "
 "Kinderhook, New York, John Arnot of Elmira, John Magee and Constant Cook of Bath, William R. Gwinn of Medina, and "
 "George Palmer and James M. Ganson of Buffalo. Both Palmer and Wadsworth had railroad connections. The two had "
 "financial interests in and served as directors of the Attica and Hornell Railroad, while Palmer had links also with "
 "the Buffalo and State Line Railroad. Palmer was elected president and Ganson was named cashier.",
 "The new institution was called Marine Bank because much of its early business depended on the economic vitality of "
 "Buffalo's lakefronts and riverfronts. Indeed, it was intended to finance the new shipping trade on the Great Lakes. "
 "From the first day it opened its doors on August 27 at 79 Main Street, Marine was the prominent bank for the "
 "thriving grain and milling industry on the waterfront."]
KEPT["wp-marine-midland-bank"] = ("marinemidland-piglix.txt", MM)
R.append(wp("wp-marine-midland-bank", "Marine Midland Bank", "http://piglix.com/piglix/Marine_Midland_Bank",
 "\n\n".join(MM),
 "banking", ["history", "founding", "founders", "executives", "acquisitions", "renaming"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision, as batches 62d, 63c and 63h dated their piglix.com copies: its lead has neither the Pennsylvania branches "
 "of 1998 nor the later owners KeyBank, Citizens Bank and Cathay Bank that wikimili.com's later copy adds). Cut: the "
 "slogan line ('\"Let's work it out together\". \"Banking for the Real world\"'); the table lines of the infobox ('NYSE "
 "MM 1920\u20131987 Subsidiary of HSBC Holdings plc 1987\u20131999' to 'Website | http://www.us.hsbc.com', with "
 "'Fate | Acquired by HSBC, 51% 1980 and 100% 1987 renamed HSBC Bank USA 1999 ...' and 'Key people | Malcom Burnett, "
 "President and CEO'), so the infobox's stakes, HSBC Holdings plc and Malcom Burnett are not in the text (cut as "
 "batches 54zu-63h cut their infoboxes); cut in the third paragraph after '... grain and milling industry on the "
 "waterfront.', before the sentence the excerpt breaks off in ('However, the diverse geographic base of the bank's "
 "eight founders indicated that they'; `truncated`; a cut inside a paragraph, at a sentence end). The copy drops the "
 "section headings ('History', 'Founding' in other copies) and the citation markers; its paragraphs are single "
 "lines, joined here with blank lines. No word added or changed. Kept as written: 'Marine Midland Bank was a bank "
 "formerly headquartered in Buffalo, New York', 'It was acquired by HSBC in 1980, and changed its name to HSBC Bank USA "
 "in 1999' (a comma before 'and'), 'Marine Midland was founded as Marine Bank, a state-chartered bank, on July 10, "
 "1850, with capital of $170,000', 'It was founded by eight men from across New York\u2014General James S. Wadsworth "
 "of Geneseo' (an em dash, no spaces), 'J. P. Beekman of Kinderhook, New York', 'John Magee and Constant Cook of "
 "Bath', 'George Palmer and James M. Ganson of Buffalo', 'The two had financial interests in and served as directors "
 "of the Attica and Hornell Railroad, while Palmer had links also with the Buffalo and State Line Railroad', 'Palmer "
 "was elected president and Ganson was named cashier', 'Buffalo's lakefronts and riverfronts', 'From the first day it "
 "opened its doors on August 27 at 79 Main Street, Marine was the prominent bank'. 215 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 3.0 (an older revision, as batches 62d, 63c and 63h recorded their "
 "piglix.com copies). Found at rank 1 of the query 'Marine Midland Bank Buffalo New York acquired HSBC Hongkong and "
 "Shanghai Banking Corporation 1980 Marine Trust Company history' (its excerpt reaches past the founding paragraph); "
 "wikimili.com (rank 2; a later copy, free, its excerpt breaking off in the next paragraph's first sentence), "
 "theinfolist.com (rank 3; link glosses woven into the sentences), history.hsbc.com (ranks 4, 5; the owner's archive, "
 "copyrighted), banking.us.hsbc.com (rank 6; the owner's timeline), docslib.org (rank 7; a person's notes) and "
 "jmedia.wiki (rank 8; Japanese) not used. Marine Midland, Marine Bank, Wadsworth of Geneseo, Beekman, Arnot, Gwinn, "
 "Ganson, Attica and Hornell, Buffalo and State Line: " + CHECKED + " ('HSBC Bank USA' in texts on other matters: two "
 "CFTC recordkeeping orders of 2023 and batches 51zf and 51zk; 'Wadsworth' elsewhere only as an FCC commissioner and "
 "Fort Wadsworth, other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- retail, US: E. J. Korvette (wikizero.org's copy, undated, recent) ---------------------------------------------
KO = [
 "E. J. Korvette, also known as Korvette\u2019s, was an American chain of discount department stores, founded in 1948 "
 "in New York City. It was one of the first department stores to challenge the suggested retail price provisions of "
 "anti-discounting statutes.[1] Founded by World War II veteran Eugene Ferkauf and his friend, Joe Zwillenberg, E. J. "
 "Korvette did much to define the idea of a discount department store. It displaced earlier five and dime retailers "
 "and preceded later discount stores, like Walmart, and warehouse clubs such as Costco.[1]",
 "The company failed to properly manage its business success, which led to decline and its 1980 bankruptcy and "
 "closure.[2]",
 "E.J. Korvette's founder, Eugene Ferkauf, began his discounting career in a 400-square-foot (37 m2) loft in "
 "mid-Manhattan, New York City. Inventory consisted of well-known brands of luggage, household appliances, and some "
 "jewelry. Discounts were one-third off regular prices. Sales were more than $2,500 per square foot. Ferkauf retired "
 "in 1968.[3]",
 "The company used several retailing innovations to propel its rapid growth. It used discounting, even though most "
 "discounting was known to be outlawed at the time.[1] Korvette's instituted a membership program, a technique from "
 "consumers' cooperatives that had never been applied to a department store before. It also expanded into suburban "
 "locations at a time when most department stores were in central business districts.",
 "The record and audio division became an important part of the profits of Korvette's."]
KEPT["wp-e-j-korvette"] = ("korvette-wikizero.txt", KO)
R.append(wp("wp-e-j-korvette", "E. J. Korvette", "https://wikizero.org/wiki/en/E._J._Korvette",
 "\n\n".join(MARK.sub("", p) for p in KO),
 "retail", ["history", "founding", "founders", "bankruptcy", "retailing"],
 "The article as wikizero.org's copy holds it in the page store (no date or revision id held; a recent revision: its "
 "infobox has the field 'Company type' where the-uncensored-wiki.com's 2008 copy has 'Type', and its lead the later "
 "wording 'also known as Korvette\u2019s' and 'The company failed to properly manage its business success' where the-uncensored-"
 "wiki.com's 2008 copy reads 'It is also notable for its failure'). Cut: the title line 'E. J. Korvette'; the table "
 "lines of the infobox ('Company type | Discount department store |' to 'Area served | Eastern United States |', with "
 "'Founded | 1948 |', 'Defunct | December 1980 |' and 'Fate | Bankruptcy |'), cut as batches 54zu-63h cut their "
 "infoboxes; the heading 'Innovations' and the edit link '[edit]' run into the next paragraph's first word; the "
 "citation markers '[1]', '[2]', '[3]' (no space before them); cut in the fifth paragraph after '... an important part "
 "of the profits of Korvette's.', before the sentence the excerpt breaks off in ('In 1964, record sales reached "
 "$20,000,000 with David Rothfeld, merchandise manager for records, books and audio equipment described \"as "
 "hard-hitting as the rest of the young driving force behind Korvette, right up to the company's 37-'; `truncated`; "
 "a cut inside a paragraph, at a sentence end; the cut sentence quotes a source, and its merchandise manager is not "
 "in the text). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'E. J. Korvette, also "
 "known as Korvette\u2019s, was an American chain of discount department stores' (a curly apostrophe), 'It was one "
 "of the first department stores to challenge the suggested retail price provisions of anti-discounting statutes', "
 "'Founded by World War II veteran Eugene Ferkauf and his friend, Joe Zwillenberg, E. J. Korvette did much to define "
 "the idea of a discount department store', 'preceded later discount stores, like Walmart, and warehouse clubs such "
 "as Costco', 'its 1980 bankruptcy and closure', \"E.J. Korvette's founder, Eugene Ferkauf\" (no space in 'E.J.'), "
 "'a 400-square-foot (37 m2) loft in mid-Manhattan, New York City', 'Ferkauf retired in 1968.', 'It used "
 "discounting, even though most discounting was known to be outlawed at the time', \"Korvette's instituted a "
 "membership program\" (a straight apostrophe), 'a technique from consumers' cooperatives that had never been "
 "applied to a department store before'. 234 words. No outage and no near-miss of one told (a bankruptcy and a "
 "closure are business events). Recorded CC BY-SA 4.0 (doubtful: undated; a recent revision, as its infobox shows; "
 "an older one would be 3.0, whose terms the record meets the same way). Found at rank 8 of the query 'E. J. "
 "Korvette discount department store chain founded Eugene Ferkauf 1948 Spartans Industries Agache-Willot'; "
 "pleasantfamilyshopping.blogspot.com (ranks 1, 2, 3, 7; a blog's own text), mnb.grocerywebsite.com (rank 4; news "
 "quoting The New York Times), bailveno.bekall.edu.pl (rank 5; a spun copy, its words altered) and "
 "the-uncensored-wiki.com (rank 6; a 2008 copy, free, older wording and a shorter lead) not used. Korvette, Ferkauf, "
 "Zwillenberg, Rothfeld: " + CHECKED + " ('Korvette' only in GATHERING.md's lists of leads; 'Walmart' and 'Costco' "
 "in texts on other matters).", "US",
 site="English Wikipedia", copy_of="the Wikipedia article, via wikizero.org, a Wikipedia mirror"))


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
