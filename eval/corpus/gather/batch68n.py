#!/usr/bin/env python3
"""Batch 68n (session 62; gatherer lane 68n): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68h, kept to three American companies new to the corpus, all three names from the lists of leads of
batches 68h and 68b (Western Publishing, a lead of 68h; Harper & Brothers and the Hoover Company, 'names with no hit
still not queried' of 68h and 68b): Harper, the New York publishing house founded in 1817 by James Harper and his
brother John as J. & J. Harper, renamed Harper & Brothers in 1833, Harper & Row after its merger with Row, Peterson &
Company (1962-1990), bought by News Corporation in 1987 and combined with William Collins, Sons in 1990 to form
HarperCollins, whose flagship imprint it is, publisher of Harper's Magazine and Harper's Weekly (book publishing, US);
the Hoover Company, founded in Ohio in 1908, its North American business once part of Maytag and sold by Maytag's new
owners Whirlpool Corporation to Techtronic Industries in 2007, its international business acquired by Candy in 1995,
Candy acquired by Haier in 2018, the owner of the Hoover Europe brand (home appliances, US); and Western Publishing
(Western Printing and Lithographing Company) of Racine, Wisconsin, founded in 1907, publisher of the Little Golden
Books, with its Golden Books Family Entertainment division, whose name it took in 1996, acquired jointly by Classic
Media and Random House in 2001, and Edward Henry Wadewitz's purchase of the West Side Printing Company in 1907
(publishing and printing, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): atozwiki.com's copy of 'Harper (publisher)' (headed 'Source: Wikipedia, the free encyclopedia.'; about 2024,
its infobox counting '207 years ago' from 1817), and en.wikipedia.org's '= Title =' renderings of 'The Hoover Company'
and 'Western Publishing' (undated, recent). Each is cut at a sentence end before the sentence the excerpt breaks off in
(`truncated`). Edits per item in `notes` (title lines, a source line, infobox lines, a caption, headings cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather69n/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e-68h did. No text tells an outage or a near-miss of one (mergers, sales, a
bankruptcy auction and renamings are business events). newskg (or any extractor) was not run on any text. A round of
three: nine queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken
(round notes /tmp/gather69n/NOTES.md; queries, /tmp/gather69n/src/queries.txt; claims in
/work/notes/gather69/CLAIMS.txt).
usage: batch68n.py [POOL_DIR] [--dry]   (default /tmp/gather69n/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69n/pool"
SRC = "/tmp/gather69n/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- book publishing, US: Harper (publisher) (atozwiki.com's copy, about 2024) ------------------------------------
HA = [
 "Harper is an American publishing house, the flagship imprint of global publisher, HarperCollins, based in New York "
 "City. Founded in New York in 1817 by James Harper and his brother John, the company operated as J. & J. Harper until "
 "1833, when it changed its name to Harper & Brothers, reflecting the inclusion of Joseph and Fletcher Harper. Harper "
 "began publishing Harper's Magazine, Harper's Weekly, and other periodicals beginning in the 1850s. From 1962 to "
 "1990, the company was known as Harper & Row after its merger with Row, Peterson & Company. Harper & Row was "
 "purchased in 1987 by News Corporation and combined with William Collins, Sons, its United Kingdom counterpart, in "
 "1990 to form HarperCollins, although the Harper name has been used in its place since 2007.",
 "James Harper and his brother John, printers by training, started their book publishing business, J. & J. Harper, "
 "in New York City in 1817. Their two brothers, Joseph Wesley and Fletcher, joined them in the mid-1820s.",
 "The company changed its name to \"Harper & Brothers\" in 1833. The headquarters of the publishing house was located "
 "at 331 Pearl Street, facing Franklin Square in Lower Manhattan near the present-day Manhattan approach to the "
 "Brooklyn Bridge.",
 "Harper & Brothers began publishing Harper's New Monthly Magazine in New York City, in 1850."]
KEPT["wp-harper-publisher"] = ("harper-atozwiki.txt", HA)
R.append(wp("wp-harper-publisher", "Harper (publisher)",
 "https://atozwiki.com/Harper_(publisher)", "\n\n".join(HA),
 "book publishing", ["history", "founding", "founders", "renaming", "mergers", "acquisitions", "ownership"],
 "The article as atozwiki.com's copy holds it in the page store (headed 'Source: Wikipedia, the free encyclopedia.'; "
 "no date or revision id held; its infobox's 'March 6, 1817; 207 years ago' dates the copy to about 2024, a recent "
 "revision; the host's copies were taken before, batch 31b's Hooq among them; recorded 4.0). Cut: the title line "
 "'Harper (publisher)'; the source line 'Source: Wikipedia, the free encyclopedia.'; the infobox lines ('Harper "
 "Books', \"Logo of Harper, with quote from Plato's Republic[a]\", 'Parent companyHarperCollins', 'FoundedMarch 6, "
 "1817; 207 years ago (1817-03-06) (as J. & J. Harper)', 'FounderJames Harper', 'John Harper', 'Headquarters "
 "locationNew York City, U.S.', 'Owner(s)News Corp'), so News Corp as today's owner and the founding day are not in "
 "the text; the picture caption ('A group portrait of the four Harper brothers by Mathew Brady, c. 1860. Left to "
 "right: Fletcher, James, John, and Joseph'), so Mathew Brady is not in the text; the headings 'J. & J. Harper "
 "(1817\u20131833)' and 'Harper & Brothers (1833\u20131962)'; cut after '... Harper's New Monthly Magazine in New "
 "York City, in 1850.', before the sentence the excerpt breaks off in ('The brothers also published Harper's Weekly "
 "(starting in New York City in June 1857), Harper's Bazar (starting in New York City on November 2, 1867), and "
 "Harper's Youn'; `truncated`; a cut at a sentence end inside a paragraph), so Harper's Bazar and the later history "
 "are not in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Harper is an "
 "American publishing house, the flagship imprint of global publisher, HarperCollins, based in New York City' (the "
 "comma after 'publisher'), 'Founded in New York in 1817 by James Harper and his brother John, the company operated "
 "as J. & J. Harper until 1833, when it changed its name to Harper & Brothers, reflecting the inclusion of Joseph and "
 "Fletcher Harper', \"Harper began publishing Harper's Magazine, Harper's Weekly, and other periodicals beginning in "
 "the 1850s\", 'From 1962 to 1990, the company was known as Harper & Row after its merger with Row, Peterson & "
 "Company', 'Harper & Row was purchased in 1987 by News Corporation and combined with William Collins, Sons, its "
 "United Kingdom counterpart, in 1990 to form HarperCollins, although the Harper name has been used in its place "
 "since 2007', 'James Harper and his brother John, printers by training, started their book publishing business, J. "
 "& J. Harper, in New York City in 1817', 'Their two brothers, Joseph Wesley and Fletcher, joined them in the "
 "mid-1820s', 'The company changed its name to \"Harper & Brothers\" in 1833', 'located at 331 Pearl Street, facing "
 "Franklin Square in Lower Manhattan near the present-day Manhattan approach to the Brooklyn Bridge', \"Harper & "
 "Brothers began publishing Harper's New Monthly Magazine in New York City, in 1850\" (the comma before 'in 1850'). "
 "218 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a copy of about 2024, after Wikimedia's "
 "move to 4.0 of June 2023). Found at rank 1 of the query 'Harper & Brothers publisher founded 1817 James Harper "
 "John Harper J. & J. Harper merged with Row, Peterson 1962 Harper & Row'; db0nus869y26v.cloudfront.net's copy (rank "
 "3; an older revision of about 2023 whose lead is one sentence, without the Harper & Row purchase, though it reaches "
 "George B. M. Harvey's presidency of 1899) left for this one; gardens-of-stone.com (rank 2; a blog), "
 "156.54.191.165's Enciclopedia Italiana entry (rank 4; Italian, copyrighted), cirrus.austlit.edu.au (rank 5; an "
 "Australian database's own text), wehd.com (rank 6; an old encyclopedia's entry on the family), questionai.com (rank "
 "7; Britannica markup) and bfjaawards.com (rank 8; a Portuguese translation of Britannica) not used. Harper & "
 "Brothers, Harper & Row, J. & J. Harper, Row, Peterson, Harper's Magazine, Harper's Weekly: " + CHECKED + " "
 "('Harper & Brothers' only in GATHERING.md's lists of leads; 'HarperCollins' in train's wp-osprey-publishing and "
 "batch 55za, another matter; 'News Corporation' and 'William Collins' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via atozwiki.com's copy"))

# ---- home appliances, US: The Hoover Company (en.wikipedia.org '= Title =' rendering) ------------------------------
HO = [
 "The Hoover Company is a home appliance company founded in Ohio, United States, in 1908. It also established a major "
 "base in the United Kingdom, where it dominated the electric vacuum cleaner industry during most of the 20th "
 "century, to the point where the Hoover brand name became synonymous with vacuum cleaners and vacuuming in the "
 "United Kingdom and Ireland. Hoover North America was once part of Maytag, but was sold by Maytag's new owners "
 "Whirlpool Corporation in 2007 to Hong Kong multinational manufacturing company Techtronic Industries for $107 "
 "million. Hoover International had already split from Hoover North America in 1993, and was acquired by Candy in "
 "1995, which was acquired by Haier in 2018.",
 "In addition to producing floorcare products, Hoover was a prominent domestic appliance brand in Europe, "
 "particularly well known for its washing machines and tumble dryers in the United Kingdom and Ireland, and it also "
 "achieved significant sales across many other European markets. Today, the Hoover Europe brand, part of the "
 "portfolio owned by the Chinese multinational home appliance company Haier, remains a major player in the European "
 "white goods and floorcare sectors in several countries.",
 "The first upright vacuum cleaner was invented in June 1908 in North Canton, Ohio, by department store janitor and "
 "occasional inventor James Murray Spangler."]
KEPT["wp-the-hoover-company"] = ("hoover-enwiki.txt", HO)
R.append(wp("wp-the-hoover-company", "The Hoover Company",
 "https://en.wikipedia.org/wiki/The_Hoover_Company", "\n\n".join(HO),
 "home appliances", ["history", "founding", "acquisitions", "ownership", "divestitures", "brands"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering: it names Haier's purchase of Candy of 2018 and Charlotte, North Carolina as the seat; "
 "recorded 4.0). Cut: the title line '= The Hoover Company ='; the infobox lines ('The Hoover Company', '- Logo: "
 "Hoover Logo.svg', '- Type: Subsidiary', '- Genre: Home appliances', '- Foundation: ,', '- Founder: William Henry "
 "Hoover', '- Location City: Charlotte, North Carolina', '- Location Country: US', '- Area Served: appliance', '- "
 "Industry: Floor care', '- Products: ...', '- Parent: Candy (Europe) Techtronic Industries (North America)', '- "
 "Homepage: https://www.hoover.com/'), so William Henry Hoover, the founder, and Charlotte are not in the text; the "
 "heading '==History=='; cut after '... occasional inventor James Murray Spangler.', before the sentence the excerpt "
 "breaks off in ('Spangler was an asthmatic, and suspecting the carpet sweeper he was using at work was the cause of "
 "his ailment, he created a basic suction-s'; `truncated`; a cut at a sentence end inside a paragraph), so the patent "
 "bought by Hoover and the Electric Suction Sweeper Company are not in the text. The rendering has no citation "
 "markers; its paragraphs are kept as the excerpt separates them (blank lines). No word added or changed. Kept as "
 "written: 'The Hoover Company is a home appliance company founded in Ohio, United States, in 1908', 'the Hoover brand "
 "name became synonymous with vacuum cleaners and vacuuming in the United Kingdom and Ireland', \"Hoover North "
 "America was once part of Maytag, but was sold by Maytag's new owners Whirlpool Corporation in 2007 to Hong Kong "
 "multinational manufacturing company Techtronic Industries for $107 million\" ('owners' plural, no article before "
 "'Hong Kong'), 'Hoover International had already split from Hoover North America in 1993, and was acquired by Candy "
 "in 1995, which was acquired by Haier in 2018', 'Hoover was a prominent domestic appliance brand in Europe' "
 "('floorcare' as one word), 'the Hoover Europe brand, part of the portfolio owned by the Chinese multinational home "
 "appliance company Haier', 'The first upright vacuum cleaner was invented in June 1908 in North Canton, Ohio, by "
 "department store janitor and occasional inventor James Murray Spangler'. 214 words. No outage and no near-miss of "
 "one told (sales, a split and a brand's markets are business events). Found at rank 6 of the query 'The Hoover "
 "Company vacuum cleaner history William Henry Hoover North Canton Ohio Chicago Pacific Corporation Maytag 1989 "
 "Whirlpool Techtronic Industries 2007'; self.gutenberg.org's World Library copy (rank 3; an older revision, "
 "Whirlpool as owner and the 2006 sale, its excerpt breaking off in a table of contents) and the-uncensored-wiki.com's "
 "two older copies (ranks 5 and 8; Whirlpool as owner, no Maytag, Candy or Haier; the copy batch 67aa looked at) left "
 "for this one; ohiohistorycentral.org (rank 1; its own encyclopedia, licence not stated), talk.dob.jp (rank 2; an "
 "edit-filter log with a vandal's line), an s3.amazonaws.com spam page (rank 4) and cantonrep.com (rank 7; a "
 "newspaper, copyrighted) not used. Hoover Company, Hoover North America, Hoover International, Techtronic, Candy "
 "Group, Spangler, Electric Suction Sweeper: " + CHECKED + " ('Hoover Company', 'Spangler' and 'Techtronic' only in "
 "GATHERING.md's lists of leads and of pages looked at; 'Hoover' otherwise only Herbert Hoover's, dev's "
 "wp-sons-of-gwalia, batch 58h, another matter; 'Maytag' in train's wp-haier and test's wp-frontier-airlines, "
 "'Whirlpool' in batch 54t and 'Haier' in train's wp-haier and dev's VOA texts, other matters).", "US",
 copy_of="the Wikipedia article"))

# ---- publishing and printing, US: Western Publishing (en.wikipedia.org '= Title =' rendering) ----------------------
WP = [
 "Western Publishing, also known as Western Printing and Lithographing Company, was an American company founded in "
 "1907 in Racine, Wisconsin, best known for publishing the Little Golden Books. Its Golden Books Family Entertainment "
 "division also produced children's books and family-related entertainment products. The company had editorial "
 "offices in New York City and Los Angeles, California. Western Publishing became Golden Books Family Entertainment "
 "in 1996.",
 "Golden Books Family Entertainment was eventually acquired jointly by Classic Media, owner of the catalog of United "
 "Productions of America (UPA), and book publisher Random House in a bankruptcy auction in 2001. Little Golden Books "
 "remains as an imprint of Penguin Random House. Golden Guides and Golden Field Guides are published by St. Martin's "
 "Press.",
 "Edward Henry Wadewitz, the 30-year-old son of German immigrants, worked at the West Side Printing Company in Racine, "
 "Wisconsin. When the owner of that company was unable to pay Wadewitz his wages, Wadewitz took the opportunity in "
 "1907 to purchase the company for $2,504, with some of the funds provided by his brother Albert. Knowing that the "
 "company needed staff with more knowledge of the business than he had, Wadewitz hired Roy A. Spencer, a printer at "
 "the Racine Journal Company."]
KEPT["wp-western-publishing"] = ("western-publishing-enwiki.txt", WP)
R.append(wp("wp-western-publishing", "Western Publishing",
 "https://en.wikipedia.org/wiki/Western_Publishing", "\n\n".join(WP),
 "publishing and printing", ["history", "founding", "renaming", "acquisitions", "ownership", "imprints"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering: it names Penguin Random House and DreamWorks Classics; recorded 4.0). Cut: the title "
 "line '= Western Publishing ='; the infobox lines ('Western Publishing Company', '- Type: Private', '- Industry: "
 "Publishing', \"- Genre: Children's and family entertainment\", '- Fate: Folded into Golden Books Family "
 "Entertainment', '- Successors: Random House, DreamWorks Classics', '- Founded: in Racine, Wisconsin, U.S.', '- "
 "Founders: Edward Henry Wadewitz Albert H. Wadewitz', '- Hq Location: 1220 Mound Avenue', ... , '- Subsid: Whitman "
 "Publishing Company Gold Key Comics K.K. Publications'), so the infobox's founders, DreamWorks Classics, Whitman "
 "Publishing Company, Gold Key Comics, K.K. Publications and Poughkeepsie are not in the text; the headings "
 "'==History==' and '===Early years==='; cut after '... a printer at the Racine Journal Company.', before the "
 "paragraph the excerpt breaks off in ('At '; `truncated`; a cut at a paragraph end). The rendering has no citation "
 "markers; its paragraphs are kept as the excerpt separates them (blank lines). No word added or changed. Kept as "
 "written: 'Western Publishing, also known as Western Printing and Lithographing Company, was an American company "
 "founded in 1907 in Racine, Wisconsin, best known for publishing the Little Golden Books', 'Its Golden Books Family "
 "Entertainment division also produced children's books and family-related entertainment products', 'Western "
 "Publishing became Golden Books Family Entertainment in 1996', 'Golden Books Family Entertainment was eventually "
 "acquired jointly by Classic Media, owner of the catalog of United Productions of America (UPA), and book publisher "
 "Random House in a bankruptcy auction in 2001', 'Little Golden Books remains as an imprint of Penguin Random House' "
 "('remains', singular), \"Golden Guides and Golden Field Guides are published by St. Martin's Press\", 'Edward Henry "
 "Wadewitz, the 30-year-old son of German immigrants, worked at the West Side Printing Company in Racine, Wisconsin', "
 "'Wadewitz took the opportunity in 1907 to purchase the company for $2,504, with some of the funds provided by his "
 "brother Albert', 'Wadewitz hired Roy A. Spencer, a printer at the Racine Journal Company'. 200 words. No outage and "
 "no near-miss of one told (a bankruptcy auction and an owner unable to pay wages are business events). Found at rank "
 "5 of the query 'Western Publishing Golden Books Wadewitz West Side Printing Company Racine history' (the lead "
 "batch 68h named: en.wikipedia.org's '= Title =' rendering); liquisearch.com's two copies of the History section "
 "(ranks 4 and 7; an older revision, 'formed by brothers Edward Henry and Albert H. Wadewitz', with the purchase of "
 "Hammerung-Whitman Publishing Co. of 1915 and K.K. Publications, but followed by the site's 'Famous quotes' and with "
 "no lead) left for this one (a lead); racinepost.blogspot.com (rank 1; a local historian's post), journaltimes.com "
 "and jsonline.com (ranks 2 and 6; newspapers, copyrighted), refract.global.ssl.fastly.net (rank 3; fragments mixed "
 "with another article) and newspapers.com (rank 8; a 1987 newspaper page's OCR) not used. Western Publishing, "
 "Western Printing, Golden Books Family Entertainment, Wadewitz, West Side Printing, Roy A. Spencer, Classic Media, "
 "United Productions of America, St. Martin's Press: " + CHECKED + " ('Western Publishing', 'Golden Books', "
 "'Wadewitz', 'West Side Printing' and 'Classic Media' only in GATHERING.md's lists of leads and of pages looked at; "
 "'Random House' and 'Penguin Random House' in train's wp-penguin-random-house and other texts, other matters).",
 "US", copy_of="the Wikipedia article"))


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
