#!/usr/bin/env python3
"""Batch 69ad (session 63; gatherer lane 69ad): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68b, kept to three American companies new to the corpus, all three names from the lists of leads of
rounds 68b, 69b, 69j, 69p and 69v: Bickford's, the New York and New England chain of cafeteria-style lunchrooms that
Samuel Longley Bickford, earlier a vice president at the Waldorf System lunchroom chain, established in 1921, which
acquired Travelers' Lunch (established by his brother Harold), the White Lunch System and the Hayes Lunch System,
renamed Hayes-Bickford (restaurants, US); Grosset & Dunlap, the New York publishing house founded in 1898 by
Alexander Grosset and George T. Dunlap, which acquired Chatterton & Peck in 1907, was sold after Dunlap retired in
1944 to a consortium of Random House; Little, Brown; Harper and Brothers; Scribners; and the Book-of-the-Month Club,
was purchased by G. P. Putnam's Sons in 1982 and is part of Penguin Random House through its subsidiary Penguin Group
(book publishing, US); and Whitman's, the Philadelphia boxed chocolates maker set up in 1842 by Stephen F. Whitman,
purchased by Pet, Inc. in the early 1960s and sold to Russell Stover Candies in 1993 (confectionery, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of "Bickford's (restaurant)" (undated, recent: 'As of April 2024'),
backend.710302.xyz's proxy rendering of en.m.wikipedia.org's 'Grosset & Dunlap' (reached by the redirect 'Tempo
Books'; about 2024: '126 years ago (1898)') and the-uncensored-wiki.com's Kiwix copy 2012-wikipedia_en_all_nopic_01_2012
of "Whitman's" (January 2012, an older revision). Bickford's is cut at a sentence end before the guidebook quotation
the excerpt breaks off in, Grosset & Dunlap before the sentence the excerpt breaks off in (`truncated`); Whitman's
excerpt ends at its article's last sentence (recorded `truncated`, as `wikimedia.article` records every excerpt).
Edits per item in `notes` (title lines, a redirect line, the infobox lines, a contents line, section headings and
edit links cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather69ad/src), the markers ('[1]', '[edit]', '[citation needed]') dropped
and whitespace runs compared as one space, as batches 55e-68b did. No text tells an outage or a near-miss of one
(chains bought, a publisher sold and resold, a confectioner bought and sold are business events). newskg (or any
extractor) was not run on any text. A round of three: eight queries, three answered with English Wikipedia text on a
company not yet in the corpus and were taken (round notes /tmp/gather69ad/NOTES.md; queries,
/tmp/gather69ad/src/queries.txt; claims in /work/notes/gather69/CLAIMS.txt).
usage: batch69ad.py [POOL_DIR] [--dry]   (default /tmp/gather69ad/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69ad/pool"
SRC = "/tmp/gather69ad/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- restaurants, US: Bickford's (en.wikipedia.org '= Title =' rendering) -------------------------------------------
BK = [
 "Bickford's Restaurants and Cafeterias is a chain of cafeteria-style restaurants founded in 1921. From the 1920s "
 "through the 1970s, the chain was a mainstay in the New York City area. From the 1970s through the 2000s, the chain "
 "was primarily located in the New England area. As of April 2024, the company operates 1 location in Massachusetts.",
 "Bickford's and Foster's Cafeterias influenced Jack Kerouac, Allen Ginsberg, Peter Orlovsky, Woody Allen, Andy "
 "Warhol, William Styron, and Herbert Huncke.",
 "Samuel Longley Bickford (1885-1959) began his restaurant career in 1902. In the 1910s, he was a vice president at "
 "the Waldorf System lunchroom chain in New England and, in 1921, he established his own quick-lunch Bickford's "
 "restaurants in New York. Bickford's lunchrooms offered modestly priced fare and extended hours. Bickford's "
 "architect was F. Russell Stuckert, who had been associated with Samuel Bickford since 1917. Stuckert's father, J. "
 "Franklin Stuckert, had designed buildings for Horn & Hardart in the 1890s.",
 "During the 1920s, the Bickford's chain expanded rapidly with 24 lunchrooms in the New York area and others around "
 "Boston. It also acquired Travelers' Lunch, which had been established by Bickford's brother Harold, the White Lunch "
 "System on the West Coast, and the Hayes Lunch System in Boston, which was renamed Hayes-Bickford.",
 "A letter with a company stock offering stated, \"The lunchrooms operated are of the self-service type and serve a "
 "limited bill of fare, which makes possible the maximum use of equipment and a rapid turnover. Emphasis is placed on "
 "serving meals of high quality at moderate cost.\""]
KEPT["wp-bickfords-restaurant"] = ("bickfords-enwiki.txt", BK)
R.append(wp("wp-bickfords-restaurant", "Bickford's (restaurant)",
 "https://en.wikipedia.org/wiki/Bickford's_(restaurant)", "\n\n".join(BK),
 "restaurants", ["history", "founding", "founders", "acquisitions", "renamings"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (at the address "
 "'https://en.wikipedia.org/wiki/Bickford%27s_(restaurant)', the article's own, percent-encoded; no date or revision "
 "id held; undated, recent: 'As of April 2024, the company operates 1 location in Massachusetts.'; recorded 4.0). "
 "Cut: the title line \"= Bickford's (restaurant) =\"; the infobox lines ('Infobox', '- Logo: Image:Bicklogo.png', "
 "'- Founded: 1921', '- Founder: Samuel Longley Bickford'), so the infobox's founder line is not in the text; the "
 "heading '==Lunchrooms=='; cut after '... serving meals of high quality at moderate cost.\"', before the sentence "
 "'A 1964 New York City guidebook noted:' and the guidebook's quotation on a line of its own, which the excerpt "
 "breaks off in ('Breakfast at Bickford's is an old New York custom. ... with patrons who li'; `truncated`; a cut at "
 "a sentence end inside a paragraph, the colon's sentence introducing the broken-off quotation), so '1964' is not in "
 "the text. The rendering has no citation markers; its paragraphs are kept as the excerpt separates them (blank "
 "lines). No word added or changed. Kept as written: \"Bickford's Restaurants and Cafeterias is a chain of "
 "cafeteria-style restaurants founded in 1921\" (no founder named in the lead), 'As of April 2024, the company "
 "operates 1 location in Massachusetts', \"Bickford's and Foster's Cafeterias influenced Jack Kerouac, ... and Herbert "
 "Huncke\", 'Samuel Longley Bickford (1885-1959) began his restaurant career in 1902' (a hyphen between the life "
 "years), 'In the 1910s, he was a vice president at the Waldorf System lunchroom chain in New England and, in 1921, "
 "he established his own quick-lunch Bickford's restaurants in New York', \"Bickford's architect was F. Russell "
 "Stuckert, who had been associated with Samuel Bickford since 1917\", \"Stuckert's father, J. Franklin Stuckert, had "
 "designed buildings for Horn & Hardart in the 1890s\", \"It also acquired Travelers' Lunch, which had been "
 "established by Bickford's brother Harold, the White Lunch System on the West Coast, and the Hayes Lunch System in "
 "Boston, which was renamed Hayes-Bickford\", the stock offering letter's quotation. 255 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering). Found at rank 6 of the query \"Bickford's "
 "restaurant chain history Samuel Bickford Waldorf System Travelers' Lunch White Lunch System\"; piglix.com (rank 3) "
 "and en.wikipedia.org's older 'Jump to: navigation' rendering (rank 8) (free, an older revision without the Waldorf "
 "System post or the three purchases), wikisum.wiki (ranks 1 and 2; sentences picked out of order from the "
 "article), theinfolist.com (rank 4; glossary text woven into the sentences), de.knowledgr.com (rank 5; a German "
 "translation) and lileks.com (rank 7; a personal site) not used. Bickford's, Samuel Longley Bickford, Waldorf "
 "System, Travelers' Lunch, White Lunch, Hayes Lunch, Hayes-Bickford, Stuckert, Foster's Cafeterias: " + CHECKED +
 " ('Bickford', 'Waldorf System', 'Travelers' Lunch', 'White Lunch', 'Hayes Lunch' and 'Foster's Cafeteria' only in "
 "GATHERING.md's lists of leads; 'Horn & Hardart' in train's wp-horn-hardart and batch 63h's files, another "
 "company's history; 'Andy Warhol' in dev's wp-schraffts (file name only, not opened) and batch 68b's files, another matter).", "US",
 copy_of="the Wikipedia article"))

# ---- book publishing, US: Grosset & Dunlap (backend.710302.xyz's proxy rendering of en.m.wikipedia.org) -------------
GD = [
 "Grosset & Dunlap is a New York City-based publishing house founded in 1898.",
 "The company was purchased by G. P. Putnam's Sons in 1982[1] and today is part of Penguin Random House through its "
 "subsidiary Penguin Group.[2]",
 "In recent years, through the Penguin Group, they have published approximately 170 titles a year, including "
 "licensed children's books for such properties as Miss Spider, Strawberry Shortcake, Super Why!, Charlie and Lola, "
 "Nova the Robot, Weebles, Bratz, The Wiggles, Sonic X, and Atomic Betty. Grosset & Dunlap also publishes Dick and "
 "Jane children's books and, through Platt & Munk, The Little Engine That Could.",
 "The company was founded in 1898 by Alexander Grosset and George T. Dunlap. It was originally primarily a hardcover "
 "reprint house. In 1907, Grosset & Dunlap acquired Chatterton & Peck, who had a large children's list including the "
 "Stratemeyer Syndicate.[3]",
 "Grosset & Dunlap is historically known for its photoplay editions and juvenile series books such as the Hardy "
 "Boys, Nancy Drew, The Bobbsey Twins, Tom Swift, Cherry Ames and other books from their long partnership with the "
 "Stratemeyer Syndicate (currently owned by Simon & Schuster).",
 "After George T. Dunlap retired in 1944, Grosset & Dunlap was sold to a consortium of Random House; Little, Brown; "
 "Harper and Brothers; Scribners; and the Book-of-the-Month Club.[3]"]
KEPT["wp-grosset-and-dunlap"] = ("grosset-dunlap-proxy.txt", GD)
R.append(wp("wp-grosset-and-dunlap", "Grosset & Dunlap",
 "https://backend.710302.xyz/https/en.m.wikipedia.org/wiki/Tempo_Books",
 "\n\n".join(re.sub(r"\[\d+\]", "", p) for p in GD),
 "book publishing", ["history", "founding", "founders", "acquisitions", "ownership", "subsidiaries"],
 "The article as backend.710302.xyz holds it in the page store: a proxy host showing en.m.wikipedia.org's mobile "
 "rendering, reached by the redirect 'Tempo Books' ('(Redirected from Tempo Books)'); no revision id held; about "
 "2024 (its infobox reads 'Founded1898; 126 years ago (1898)'), recorded 4.0. Cut: the title line 'Grosset & "
 "Dunlap'; the redirect line '(Redirected from Tempo Books)'; the infobox lines (from 'Grosset & Dunlap' and 'Parent "
 "companyPenguin Young Readers Group (Penguin Group)' to 'Official websitewww.penguinrandomhouse.com/authors/2034385/"
 "grosset-and-dunlap/', with 'FoundersAlexander Grosset, George T. Dunlap', 'Headquarters location345 Hudson Street, "
 "14th floor, New York City' and the imprints 'Platt & Munk', 'Charter Books (Ace Charter)', 'Bedtime Stories', "
 "'Junior Library'), so Penguin Young Readers Group, the street address and the other imprints are not in the text; "
 "the heading 'History' and its edit link 'edit'; the citation markers '[1]', '[2]', '[3]'; cut after '... and the "
 "Book-of-the-Month Club.', before the sentence the excerpt breaks off in ('Grosset & Dunlap launched the paperback "
 "reprint house Bantam Books in '; `truncated`; a cut at a sentence end inside a paragraph), so Bantam Books is not "
 "in the text. The lead sentence, set apart from the next paragraph by the infobox in the excerpt, kept as its own "
 "paragraph; paragraphs joined with blank lines. No word added or changed. Kept as written: 'Grosset & Dunlap is a "
 "New York City-based publishing house founded in 1898.', \"The company was purchased by G. P. Putnam's Sons in 1982 "
 "and today is part of Penguin Random House through its subsidiary Penguin Group.\", 'In recent years, through the "
 "Penguin Group, they have published approximately 170 titles a year, including licensed children's books for such "
 "properties as Miss Spider, ... and Atomic Betty.', \"Grosset & Dunlap also publishes Dick and Jane children's books "
 "and, through Platt & Munk, The Little Engine That Could.\", 'The company was founded in 1898 by Alexander Grosset "
 "and George T. Dunlap.', \"In 1907, Grosset & Dunlap acquired Chatterton & Peck, who had a large children's list "
 "including the Stratemeyer Syndicate.\", 'juvenile series books such as the Hardy Boys, Nancy Drew, The Bobbsey "
 "Twins, Tom Swift, Cherry Ames and other books from their long partnership with the Stratemeyer Syndicate "
 "(currently owned by Simon & Schuster)', 'After George T. Dunlap retired in 1944, Grosset & Dunlap was sold to a "
 "consortium of Random House; Little, Brown; Harper and Brothers; Scribners; and the Book-of-the-Month Club.' "
 "(semicolons between the buyers). 214 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a "
 "recent rendering). Found at rank 5 of the query 'Grosset & Dunlap publisher history founded Alexander Grosset "
 "George Dunlap acquired Wikipedia'; plainsailing.dedicated.co.za (rank 4; the article's text with other articles' "
 "leads on Harriet Stratemeyer Adams and Howard Roger Garis run into it), 14to42.net (rank 1; a local history site's "
 "own text), cirrus.austlit.edu.au (rank 2; AustLit's entry, copyrighted), treepony.com (rank 3; a blog) and "
 "bookthink.com (ranks 6 to 8; a bookseller's guide, copyrighted) not used. Grosset & Dunlap, Alexander Grosset, "
 "Chatterton & Peck, Stratemeyer Syndicate, Book-of-the-Month Club, Platt & Munk, Little, Brown, Harper and Brothers: "
 + CHECKED + " ('Grosset' and 'Little, Brown' only in GATHERING.md's lists of leads; 'Dunlap' only for other people, "
 "as in dev's us-sec-sunbeam-former-ceo-dunlap-... (file name only, not opened); 'Penguin Random House', 'Penguin "
 "Group', 'Putnam', 'Simon & Schuster', 'Scribners' in texts on other matters, among them train's "
 "wp-penguin-random-house and test's wp-charles-scribners-sons (file names only, not opened), other companies' "
 "histories).", "US",
 copy_of="the Wikipedia article, via backend.710302.xyz, a proxy host showing en.m.wikipedia.org"))

# ---- confectionery, US: Whitman's (the-uncensored-wiki.com's Kiwix copy of January 2012) ----------------------------
WH = [
 "Whitman's is one of America's largest and oldest brands of boxed chocolates. Whitman's confections have been "
 "produced since 1842, originally by Stephen Whitman in Philadelphia and currently by Russell Stover Candies. The "
 "Whitman's Sampler, an assortment of boxed chocolates, is still popular.",
 "Whitman's confections have been produced for over 160 years. Originally a \"confectionery and fruiterer shoppe\" "
 "set up in 1842 by 19 year old Stephen F. Whitman on the Philadelphia waterfront, Whitman's first became popular "
 "with travelling sailors and their wives. They would often bring imported fruits, nuts and cocoa from their trips "
 "back to Mr. Whitman so that he could make the popular European confections people craved in that era. Before long "
 "Whitman's chocolates were popular all along the north-eastern section of the United States.",
 "The first prepackaged Whitman's candy was produced in 1854. It was a box of sugar plums adorned with curlicues and "
 "rosebuds. Whitman began advertising in newspapers shortly before the beginning of the Civil War. The business "
 "thrived and in 1866 an entire building at 12th and Market Streets in Philadelphia was taken over by the company. "
 "In 1877, Instantaneous Chocolates were introduced in tin boxes that became much admired.",
 "Whitman's introduced the perennially popular and still best selling Whitman's Sampler in 1912. This marked the "
 "first use of cellophane by the candy industry.",
 "In 1946 Whitman's helped General Electric to develop a refrigerated display case to prevent melting of the product "
 "and extend the selling season through the summer months.",
 "In the early 1960s, Whitman's was purchased by Pet, Inc., an evaporated milk company that was in the process of "
 "becoming a food products conglomerate.[1] In 1993, the Whitman's brand was sold to Russell Stover Candies,[2] the "
 "major supplier of boxed candy in the United States."]
KEPT["wp-whitmans"] = ("whitmans-uncensored-2012.txt", WH)
R.append(wp("wp-whitmans", "Whitman's",
 "http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/Whitman's.html",
 "\n\n".join(re.sub(r"\[\d+\]", "", p) for p in WH),
 "confectionery", ["history", "founding", "founders", "products", "acquisitions", "ownership"],
 "The article as the-uncensored-wiki.com's Kiwix copy '2012-wikipedia_en_all_nopic_01_2012' (port 20121) holds it "
 "in the page store: a static copy of English Wikipedia of January 2012 (no revision id held), an older revision "
 "('produced for over 160 years'), recorded 3.0. The excerpt opens on the lead (no title line held). Cut: the line "
 "'Contents |' (the table of contents' remnant); the citation markers '[1]' and '[2]'. The excerpt ends at the "
 "article's last sentence ('... the major supplier of boxed candy in the United States.'), so the prose is kept whole "
 "(recorded `truncated`, as `wikimedia.article` records every excerpt). Its paragraphs are single lines, joined here "
 "with blank lines. No word added or changed. Kept as written: \"Whitman's is one of America's largest and oldest "
 "brands of boxed chocolates\", 'originally by Stephen Whitman in Philadelphia and currently by Russell Stover "
 "Candies', 'Originally a \"confectionery and fruiterer shoppe\" set up in 1842 by 19 year old Stephen F. Whitman on "
 "the Philadelphia waterfront' (no hyphens in '19 year old'), 'travelling sailors', 'back to Mr. Whitman', 'all along "
 "the north-eastern section of the United States', 'in 1866 an entire building at 12th and Market Streets in "
 "Philadelphia was taken over by the company', 'In 1877, Instantaneous Chocolates were introduced in tin boxes', "
 "\"the perennially popular and still best selling Whitman's Sampler in 1912\", 'In 1946 Whitman's helped General "
 "Electric to develop a refrigerated display case', \"In the early 1960s, Whitman's was purchased by Pet, Inc., an "
 "evaporated milk company\", \"In 1993, the Whitman's brand was sold to Russell Stover Candies, the major supplier of "
 "boxed candy in the United States\". 293 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an "
 "older revision, before Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query \"Whitman's chocolates "
 "history Stephen F. Whitman Philadelphia Pet Milk acquired Russell Stover\"; the-uncensored-wiki.com's 2017-08 "
 "copy (rank 1) and wikimili.com (rank 6) (free, later revisions, their excerpts breaking off in the 1866-1877 "
 "paragraph, before any owner), en-academic.com (rank 4; free, but its excerpt opens mid-article with words run "
 "together), academickids.com (rank 5; free, an older revision naming no owner) and liquisearch.com (rank 7; the "
 "History section followed by a quotation collection's text) left for this one; ilovebricks.blogspot.com and "
 "dyingforchocolate.blogspot.com (ranks 3 and 8; blogs) not used. Whitman's, Stephen F. Whitman, Pet, Inc., Whitman's "
 "Sampler, Instantaneous Chocolates: " + CHECKED + " ('Whitman' only for Whitman Publishing and other people, as in "
 "dev's wp-western-publishing (file name only, not opened); 'Pet Inc' only in GATHERING.md's lists of names; 'Russell "
 "Stover' in test's wp-lindt-and-sprungli (file name only, not opened) and batch 69u's files, another company's "
 "history, which does not name Whitman's (`grep -il`); 'General Electric' in texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com, a Kiwix copy of English Wikipedia"))


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
