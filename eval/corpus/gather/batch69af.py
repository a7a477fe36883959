#!/usr/bin/env python3
"""Batch 69af (session 63; gatherer lane 69af): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69ad, kept to three American companies new to the corpus, all three names from the lists of leads of
rounds 69ad, 69v and 69p: the Bank for Savings in the City of New-York, the first savings bank of New York City
(1819-1982), whose founders and first directors were nine named men, William Bayard Jr. its first president, merged
with the Buffalo Savings Bank in 1982 and renamed Goldome (banking, US); the Boston & Maine (B&M), the New England
railroad that came under J. P. Morgan's control around 1910, acquired the Fitchburg railroad and was bought by Timothy
Mellon's Guilford Transportation Industries in 1983 (railroads, US); and Canada Dry, the ginger ale maker begun by John
J. McLaughlin in Toronto, bought by P. D. Saylor and Associates in 1923 as Canada Dry Ginger Ale, Inc., later owned by
Norton Simon Inc., Dr Pepper, Del Monte Foods and Dr Pepper Snapple Group (soft drinks, Canadian-American).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): kiwix.casplantje.nl's Kiwix copy wikipedia_en_all_maxi_2018-10 of 'The Bank for Savings in the City of
New-York' (October 2018), fact-index.com's copy of 'Boston & Maine Corporation' (an early revision, about 2004) and
primidi.com's copy of the History section of 'Canada Dry' (an older revision, 2008-2012). Edits per item in `notes`
(title and heading lines, a site's trailing lines, the reference list and a garbled trailing paragraph cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather69af/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e-69ad did. No text tells an outage or a near-miss of one (a bankruptcy, a
merger, purchases and sales are business events). newskg (or any extractor) was not run on any text. A round of
three: four queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken
(round notes /tmp/gather69af/NOTES.md; queries, /tmp/gather69af/src/queries.txt; claims in
/work/notes/gather69/CLAIMS.txt).
usage: batch69af.py [POOL_DIR] [--dry]   (default /tmp/gather69af/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69af/pool"
SRC = "/tmp/gather69af/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- banking, US: The Bank for Savings in the City of New-York (kiwix.casplantje.nl, wikipedia_en_all_maxi_2018-10) --
BS = [
 "The Bank for Savings in the City of New-York (1819 - 1982) was the first savings bank in New York City. [1]",
 "The Bank for Savings in the City of New-York was incorporated on March 16, 1819 [2]. First publicly advertised as "
 "\"A BANK FOR THE POOR,\" it was modeled after similar institutions in Europe; its stated purpose was to \"effect a "
 "secure place of deposit for the earnings of the laboring part of the community: and at the same time to give them "
 "the benefit of an accumulation of interest.\" Among its founders and first directors were Thomas Eddy, William "
 "Bayard Jr., DeWitt Clinton, Archibald Gracie,Cadwallader D. Colden, John Pintard, Matthew Clarkson, Peter Augustus "
 "Jay and Brockholst Livingston. Although many credit Eddy with founding the institution, Bayard, who was also a "
 "director of the Bank of America founded by Amadeo Giannini, served as the bank's first president. [3]",
 "It later merged with the Buffalo Savings Bank in 1982 and its name was subsequently changed to Goldome. [4] [5] The "
 "bank is no longer extant today. [6]"]
KEPT["wp-bank-for-savings-in-the-city-of-new-york"] = ("bank-for-savings-kiwix-2018.txt", BS)
R.append(wp("wp-bank-for-savings-in-the-city-of-new-york", "The Bank for Savings in the City of New-York",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/The_Bank_for_Savings_in_the_City_of_New-York.html",
 "\n\n".join(re.sub(r"\s*\[\d+\]", "", p) for p in BS),
 "banking", ["history", "founding", "founders", "directors", "mergers", "renamings"],
 "The article as kiwix.casplantje.nl's Kiwix copy 'wikipedia_en_all_maxi_2018-10' holds it in the page store (a "
 "static copy of English Wikipedia of October 2018, no revision id held; its footer 'This article is issued from "
 "Wikipedia. The text is licensed under Creative Commons - Attribution - Sharealike.'), recorded 3.0. The excerpt "
 "holds the whole article. Cut: the title line 'The Bank for Savings in the City of New-York'; the headings "
 "'History' and 'Demise'; the citation markers ' [1]' to ' [6]' (with the space before them, so '1819 [2].' reads "
 "'1819.' and 'Goldome. [4] [5] The bank' reads 'Goldome. The bank'); the 'References' list (six entries) and the "
 "site's licence footer. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'The Bank "
 "for Savings in the City of New-York (1819 - 1982)' (spaces round the hyphen), '\"A BANK FOR THE POOR,\"' (capitals "
 "as written), 'Archibald Gracie,Cadwallader D. Colden' (no space after the comma), 'Bayard, who was also a director "
 "of the Bank of America founded by Amadeo Giannini, served as the bank's first president' (as the revision writes "
 "it), 'It later merged with the Buffalo Savings Bank in 1982 and its name was subsequently changed to Goldome.', "
 "'The bank is no longer extant today.' 171 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an "
 "older revision, October 2018). Found at rank 5 of the query \"Seamen's Bank for Savings New York history founded "
 "1829 president acquired failed Wikipedia\" (asked for another bank of the leads); theinfolist.com (rank 1; "
 "glossary text woven into the sentences), wikimili.com (rank 2; Seamen's Savings Bank, free, a later revision "
 "breaking off before its end, one president and an asset sale, left as a lead), wikisum.wiki (rank 3; sentences "
 "picked out of order), daytoninmanhattan.blogspot.com (rank 4; a blog), everand.com (rank 6; a book's shop page) "
 "and de.mgwiki.top / ru.xcv.wiki (ranks 7 and 8; machine translations of a later revision) not used. Bank for "
 "Savings, Goldome, Buffalo Savings, Thomas Eddy, William Bayard: " + CHECKED + " ('Bank for Savings' only in "
 "GATHERING.md's lists of leads, as part of \"Seamen's Bank for Savings\").", "US", v3=True,
 copy_of="the Wikipedia article, via kiwix.casplantje.nl, a Kiwix copy of English Wikipedia"))

# ---- railroads, US: Boston & Maine (fact-index.com's copy, an early revision) -------------------------------------------
BM = [
 "The Boston & Maine was the dominant railroad of the New England region of the U.S for a century. It is now part of "
 "the Guildford Transportation Industries network.",
 "B&M was first formed beginning in 1835 to create a continuous inland route between the cities of Boston, "
 "Massachusetts and Portland, Maine. By 1883, B&M had gained control of other major New England railroads, creating "
 "a network of tracks linking Massachusetts and the northern New England states and eastern New York.",
 "B&M flourished with the growth of New England's mill towns in the late 19th and early 20th centuries, but still "
 "faced financial struggles. It came under the control of J. P. Morgan around 1910, but anti-trust forces wrested "
 "control back. Later it faced heavy debt problems from track construction and costs of acquiring the Fitchburg "
 "railroad, causing a reorganization in 1919.",
 "The automobile doomed B&M as a passenger carrier. It gave up on long distance passenger service around 1960 and "
 "was able to continue Boston commuter service only by the aid of subsidies from the Massachusetts Bay "
 "Transportation Authority.",
 "Beginning in the 1930s, freight business was hurt by the leveling off of New England manufacturing growth and the "
 "creation of truck competition.",
 "Bankruptcy came in 1970, leading to the purchase and reorganization of the B&M by Timothy Mellon's Guilford "
 "Transportation Industries in 1983."]
KEPT["wp-boston-and-maine-corporation"] = ("boston-maine-factindex.txt", BM)
R.append(wp("wp-boston-and-maine-corporation", "Boston & Maine Corporation",
 "http://fact-index.com/b/bo/boston___maine_corporation.html", "\n\n".join(BM),
 "railroads", ["history", "founding", "control", "acquisitions", "bankruptcy", "ownership"],
 "The article as fact-index.com holds it in the page store: a site reproducing an early English Wikipedia revision "
 "(about 2004, as batch 32b's fact-index copy; no revision id held; the title taken from the copy's address "
 "'boston___maine_corporation', the article now 'Boston and Maine Railroad'), recorded 3.0. The excerpt opens on the "
 "lead (no title line held) and holds the whole short article; its paragraphs are single lines, joined here with "
 "blank lines. No cut inside the prose; no citation markers. No word added or changed. Kept as written: 'the New "
 "England region of the U.S for a century' ('U.S' without its last full stop), 'It is now part of the Guildford "
 "Transportation Industries network' ('Guildford', the lead's spelling, beside 'Guilford' in the last paragraph), "
 "'B&M was first formed beginning in 1835', 'By 1883, B&M had gained control of other major New England railroads', "
 "'It came under the control of J. P. Morgan around 1910, but anti-trust forces wrested control back', 'costs of "
 "acquiring the Fitchburg railroad, causing a reorganization in 1919' (lower-case 'railroad'), 'only by the aid of "
 "subsidies from the Massachusetts Bay Transportation Authority', 'the leveling off', 'Bankruptcy came in 1970, "
 "leading to the purchase and reorganization of the B&M by Timothy Mellon's Guilford Transportation Industries in "
 "1983.' 223 words. No outage and no near-miss of one told (a bankruptcy and a service given up are business "
 "matters). Recorded CC BY-SA 3.0 (an old revision). Found at rank 7 of the query 'Boston and Maine Railroad history "
 "J. P. Morgan Fitchburg railroad Guilford Transportation Industries 1983' (the lead of round 69ad); wikiclassic.com "
 "(ranks 1 to 3; free, current, its words garbled, 'teh', 'nu Hampshire', breaking off in the 1842 merger), "
 "american-rails.com (ranks 4 to 6; a railfan site's own text) and hmong.in.th (rank 8; a Thai translation) not "
 "used. Boston and Maine, Boston & Maine, Guilford Transportation, Guildford Transportation, Timothy Mellon, "
 "Massachusetts Bay Transportation: " + CHECKED + " ('Boston and Maine' and 'Guilford Transportation' only in "
 "GATHERING.md's lists of leads; 'Fitchburg' only as a place in train's wp-john-legere and batch 37n's files; 'J. P. "
 "Morgan' in train's wp-ellerman-lines and batch 58h's files, another company's history).", "US",
 v3=True, copy_of="the Wikipedia article, an early revision, via fact-index.com, a site reproducing Wikipedia articles"))

# ---- soft drinks, Canadian-American: Canada Dry (primidi.com's copy of the History section) ----------------------------
CD = [
 "In 1890, Canadian pharmacist and chemist John J. McLaughlin of Enniskillen, Ontario opened a carbonated water plant "
 "in Toronto. McLaughlin was the oldest son of Robert McLaughlin, founder of McLaughlin Carriage and McLaughlin Motor "
 "Car. In 1904, McLaughlin created \"Canada Dry Pale Ginger Ale\"; three years later the drink was appointed to the "
 "Royal Household of the Governor General of Canada, and the label featuring a beaver atop a map of Canada was "
 "replaced with the present Crown and shield.",
 "When McLaughlin began shipping his product to New York in 1919, it became so popular that he opened a plant in "
 "Manhattan shortly thereafter. After McLaughlin's death, the company was run briefly by Sam. P. D. Saylor and "
 "Associates who bought the business from the McLaughlin family in 1923 and formed Canada Dry Ginger Ale, Inc., a "
 "public company.",
 "Canada Dry's popularity as a mixer began during Prohibition, when its flavor helped mask the taste of homemade "
 "liquor. In the 1930s, Canada Dry expanded worldwide, and from the 1950s onward, the company introduced a larger "
 "number of products.",
 "Norton Simon took an interest in the company in 1964, and it merged with Simon's other holdings, the McCall "
 "Corporation and Hunt Foods, to form Norton Simon Inc. Dr Pepper bought Canada Dry from Norton Simon in 1982. In "
 "1984, Dr Pepper was acquired by Forstmann Little & Company, and Canada Dry was sold to R. J. Reynolds' Del Monte "
 "Foods unit to pay off acquisition debt. RJR Nabisco sold its soft drink business to Cadbury Schweppes in 1986. "
 "Today, Canada Dry is owned by Dr Pepper Snapple Group, which was spun-off from Cadbury Schweppes in 2008."]
KEPT["wp-canada-dry"] = ("canada-dry-primidi.txt", CD)
R.append(wp("wp-canada-dry", "Canada Dry", "https://primidi.com/canada_dry/history", "\n\n".join(CD),
 "soft drinks", ["history", "founding", "products", "acquisitions", "ownership", "spin-offs"],
 "The History section of the article as primidi.com holds it in the page store: a site reproducing Wikipedia "
 "sections (an older revision, after 2008 and before Keurig Dr Pepper of 2018: 'Today, Canada Dry is owned by Dr "
 "Pepper Snapple Group, which was spun-off from Cadbury Schweppes in 2008'; no revision id held), recorded 3.0. "
 "Cut: the site's title line 'Canada Dry - History' and the heading 'History'; the section's last paragraph ('In "
 "2008, Cadbury Schweppes became part of Grupo PeƱafiel in Mexico and Canada Dry, among Dr. Pepper, Snapple and "
 "Schweppes began to be sold there.'; a trailing paragraph cut whole, its name garbled in the excerpt's encoding, "
 "'PeƱafiel' for 'Peñafiel'); the site's own lines after the section ('Read more about this topic:  Canada Dry', "
 "'Famous quotes containing the word history:' and a quotation it breaks off in; `truncated`). Paragraphs kept as "
 "the excerpt separates them (blank lines). No word added or changed. Kept as written: 'John J. McLaughlin of "
 "Enniskillen, Ontario opened a carbonated water plant in Toronto' (no comma after 'Ontario'), 'McLaughlin was the "
 "oldest son of Robert McLaughlin, founder of McLaughlin Carriage and McLaughlin Motor Car', 'In 1904, McLaughlin "
 "created \"Canada Dry Pale Ginger Ale\"; three years later', 'After McLaughlin's death, the company was run briefly "
 "by Sam. P. D. Saylor and Associates who bought the business from the McLaughlin family in 1923 and formed Canada "
 "Dry Ginger Ale, Inc., a public company' (the revision's garbled 'Sam.', where later revisions read 'his brother, "
 "Samuel McLaughlin. P. D. Saylor and Associates bought'), 'Norton Simon took an interest in the company in 1964, "
 "and it merged with Simon's other holdings, the McCall Corporation and Hunt Foods, to form Norton Simon Inc.', 'Dr "
 "Pepper bought Canada Dry from Norton Simon in 1982', 'Canada Dry was sold to R. J. Reynolds' Del Monte Foods unit', "
 "'RJR Nabisco sold its soft drink business to Cadbury Schweppes in 1986', 'spun-off'. 275 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 3.0 (an older revision). Found at rank 1 of the query 'Canada Dry ginger "
 "ale company history John J. McLaughlin founded acquired by Dr Pepper Snapple Wikipedia' (a name of the leads of "
 "rounds 69ad and 69p); christianpedia.com (rank 2; an edit form's wikitext), 845018.h0gkzb4o2.asia (rank 3; a "
 "later revision on an unknown host, breaking off at Norton Simon), ipfs.io's IPFS snapshot (rank 8; free, the 2017 "
 "revision, breaking off before P. D. Saylor's purchase), bottlecapclub.org (rank 4; the article's text in a "
 "database record with added facts), logodatabases.com (rank 5; a rewrite), nagonthelake.blogspot.com (rank 6; a "
 "blog) and commercialheaven.com (rank 7; leads of several articles run together) not used. Canada Dry, Norton Simon, "
 "Hunt Foods, McCall Corporation, Forstmann: " + CHECKED + " ('Canada Dry' only in GATHERING.md's lists of leads; "
 "'McLaughlin' and 'Saylor' only for other people; 'Cadbury Schweppes' in train's wp-green-and-blacks and batch "
 "40zc's files, 'Dr Pepper' in batch 69z's FTC text, other matters).", "US", v3=True,
 copy_of="the Wikipedia article's History section, via primidi.com, a site reproducing Wikipedia sections"))


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
