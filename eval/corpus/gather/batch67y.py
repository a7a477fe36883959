#!/usr/bin/env python3
"""Batch 67y (session 61; gatherer lane 67y): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 66i and 66m, turned to
European companies in food, drink, chemicals, steel, textiles, insurance and banking (the lane of 67y: English
Wikipedia histories of such companies, founders and executives with posts, parents, acquisitions, mergers), new to the
corpus: Stewarts & Lloyds, the Glasgow steel tube maker created in 1903 by the amalgamation of A. & J. Stewart &
Menzies of Coatbridge, founded by Andrew Stewart in 1860 (A. & J. Stewart, A. & J. Stewart Ltd, A. & J. Stewart &
Clydesdale Ltd after a merger with Stewart Brothers and the Clydesdale Iron & Steel Company, renamed on buying the
business of James Menzies & Company in 1898), and Lloyd & Lloyd of Birmingham, founded in 1859 by Samuel Lloyd and
William Rigge Lloyd (steel, Scotland and England); The Distillers Company plc (DCL), the Edinburgh Scotch whisky
company incorporated in 1877 out of the Scotch Distillers' Association of 1865, which set up Scottish Malt Distillers
Ltd. in 1914, bought John Haig & Co. in 1919 and White Horse Distillers Ltd. in 1929, combined with John Walker & Son
and Buchanan-Dewar in 1925, rejected James Gulliver's Argyle group's bid of 1985, was acquired by Guinness & Co. in
1986, renamed United Distillers in 1987 and merged into United Distillers & Vintners, Diageo plc's spirits division, in
1998 (drink, Scotland); and Parr's Bank Limited, founded as Parr & Co. in Warrington in 1782 by the partnership of
Joseph Parr, Matthew Lyon and Walter Kerfoot, Parr's Banking Company from 1865, which bought the National Bank of
Liverpool, Fuller, Banbury, Nix & Co (1891) and the Alliance Bank (1892) and was acquired by London County and
Westminster Bank in 1918 (banking, England).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Stewarts & Lloyds' and its 'Jump to content'
rendering of 'The Distillers Company' (no revision id held for either) and wikimili.com's copy of 'Parr's Bank'; each
cut at a sentence end (all `truncated`: the excerpt breaks off after the kept text). Edits per item in `notes` (title
lines, site lines, infobox lines, headings, edit links and citation markers cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather68y/src), the markers ('[1]', ' [1]', '[edit]',
'[ citation needed ]') dropped and whitespace runs compared as one space, as batches 57g-66m did. No text tells an
outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: five queries, five
companies asked for, three taken (round notes, /work/notes/gather68/67y.md; queries, /tmp/gather68y/src/queries.txt).
usage: batch67y.py [POOL_DIR] [--dry]   (default /tmp/gather68y/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68y/pool"
SRC = "/tmp/gather68y/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt and gather67/CLAIMS.txt as "
           "they stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[a]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|[a-z]|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- steel tubes, Scotland and England: Stewarts & Lloyds (en.wikipedia.org's '= Title =' rendering) ---------------
SL = [
 "Stewarts & Lloyds was a steel tube manufacturer with its headquarters in Glasgow at 41 Oswald Street. The company "
 "was created in 1903 by the amalgamation of two of the largest iron and steel makers in Britain: A. & J. Stewart & "
 "Menzies, Coatbridge, North Lanarkshire, Scotland; and Lloyd & Lloyd, Birmingham, England.",
 "A. & J. Stewart & Menzies Ltd. was founded as A. & J. Stewart. Andrew Stewart was originally employed as a salesman "
 "by Eadies of Dalmarnock, South Lanarkshire, specialists in the manufacture of lap-welded and loose flange tubes. "
 "Stewart saw a market for gas pipe, but the company would not acknowledge his proposals. In 1860, Andrew set up "
 "business as a maker of butt-welded and lap-welded tubes, establishing a small works at St Enochs, Glasgow, taking "
 "his brother James into partnership in 1862. The company met with rapid success, and in 1867 moved to a large site "
 "at Coatbridge, North Lanarkshire, where it built the Clyde Tube Works. In 1882 the company was incorporated with "
 "limited liability as A. & J. Stewart Ltd.",
 "In 1889 Andrew saw his sons set up their own business in Glasgow as tube manufacturers under the name of Stewart "
 "Brothers. In a rationalisation of the tube making industry in Scotland, A. & J. Stewart Ltd merged with Stewart "
 "Brothers and the Clydesdale Iron & Steel Company becoming A. & J. Stewart & Clydesdale Ltd. but in 1898, the "
 "company took on another new name when it acquired the business of James Menzies & Company becoming A. & J. Stewart "
 "& Menzies Ltd. From 1 January 1903 the company merged with English counterparts Lloyd & Lloyd Ltd.",
 "The history of Lloyd & Lloyd Ltd closely paralleled that of A. & J. Stewart, establishing itself as one of the "
 "largest iron and steel tube manufacturers in England. It was founded in 1859 by Samuel Lloyd and his cousin William "
 "Rigge Lloyd, and its premises were at Nile Street, Birmingham."]
KEPT["wp-stewarts-and-lloyds"] = ("stewartslloyds-enwiki.txt", SL)
R.append(wp("wp-stewarts-and-lloyds", "Stewarts & Lloyds", "https://en.wikipedia.org/wiki/Stewarts_&_Lloyds",
 "\n\n".join(MARK.sub("", p) for p in SL),
 "steel/steel tubes", ["history", "founding", "merger", "acquisition", "renaming"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (held at the address with "
 "'&' written '%26', en.wikipedia.org/wiki/Stewarts_%26_Lloyds; no date or revision id held; undated, a recent "
 "rendering: headquarters 'in Glasgow at 41 Oswald Street' where the older copies at ranks 1, 3, 4, "
 "6 and 8 of its query say 'based at Corby, Northamptonshire'; recorded 4.0 as batches 58p-62a, 62j, 63b, 63f, 64n, "
 "65c, 66c and 66m recorded their en.wikipedia.org renderings). Cut: the title line '= Stewarts & Lloyds ='; the "
 "headings '== History ==', '=== Stewart & Menzies Ltd ===' and '=== Lloyd & Lloyd Ltd ==='; cut after '... its "
 "premises were at Nile Street, Birmingham.', before the sentence the excerpt breaks off in ('Over the next 40 years "
 "it', no full stop; `truncated`; a cut at a sentence end). The rendering has no infobox and no citation markers in "
 "this excerpt. Paragraphs joined with blank lines (each heading's paragraph follows its heading on the next line in "
 "the copy). No word added or changed. Kept as written: 'with its headquarters in Glasgow at 41 Oswald Street', "
 "'two of the largest iron and steel makers in Britain: A. & J. Stewart & Menzies, Coatbridge, North Lanarkshire, "
 "Scotland; and Lloyd & Lloyd, Birmingham, England.' (a colon, then a semicolon between the two), 'A. & J. Stewart & "
 "Menzies Ltd. was founded as A. & J. Stewart.', 'employed as a salesman by Eadies of Dalmarnock', 'Stewart saw a "
 "market for gas pipe, but the company would not acknowledge his proposals.', 'In 1860, Andrew set up business as a "
 "maker of butt-welded and lap-welded tubes, establishing a small works at St Enochs, Glasgow, taking his brother "
 "James into partnership in 1862.' ('St' without a full stop), 'where it built the Clyde Tube Works', 'incorporated "
 "with limited liability as A. & J. Stewart Ltd.', 'A. & J. Stewart Ltd merged with Stewart Brothers and the "
 "Clydesdale Iron & Steel Company becoming A. & J. Stewart & Clydesdale Ltd. but in 1898, the company took on another "
 "new name when it acquired the business of James Menzies & Company becoming A. & J. Stewart & Menzies Ltd.' (one "
 "sentence as the rendering runs it on, 'Ltd.' then a lower-case 'but'), 'From 1 January 1903 the company merged with "
 "English counterparts Lloyd & Lloyd Ltd.', 'It was founded in 1859 by Samuel Lloyd and his cousin William Rigge "
 "Lloyd, and its premises were at Nile Street, Birmingham.'. 325 words. No outage and no near-miss of one told. Found "
 "at rank 2 of the query 'Stewarts & Lloyds steel tube company history Corby merged Wikipedia'; piglix.com's "
 "'Corby Steelworks' (rank 1), the-uncensored-wiki.com's two copies (ranks 3 and 6), absoluteastronomy.com (rank 4, "
 "glosses inlined), chaos.owiki.org and enwiki.academic.ru (ranks 7 and 8) older revisions, and home.cydlabs.com's "
 "Kiwix copy of 2024-01 (rank 5, the same wording, breaking off at the same place) not used. Stewarts & Lloyds, "
 "Lloyd & Lloyd, A. & J. Stewart (as 'Stewarts' only in two unrelated gold texts and batches 22a and 59e: other "
 "names), Clydesdale Iron, James Menzies, Samuel Lloyd, Clyde Tube, Coatbridge, Dalmarnock, Oswald Street: " + CHECKED +
 " ('Eadies' only inside the word 'readiest' in batch 48i's docstring).",
 "non-US"))

# ---- Scotch whisky, Scotland: The Distillers Company (en.wikipedia.org's 'Jump to content' rendering) ---------------
DCL = [
 "The Distillers Company plc was a leading Scotch whisky company and, at one time, a constituent of the FTSE 100 "
 "Index. It was taken over in 1986 by Guinness & Co. and is now part of Diageo.",
 "The Distillers Company origins lie in a trade association known as the Scotch Distillers' Association formed by "
 "Menzies, Barnard & Craig, John Bald & Co., John Haig & Co., MacNab Bros, Robert Mowbray and Macfarlane & Co. in "
 "1865.[1]",
 "It was incorporated in 1877 as The Distillers Company Ltd. (DCL) and in 1894 DCL was listed on the Edinburgh and "
 "Glasgow stock exchanges.[1]",
 "During the early part of the 1900s DCL embarked in programme of distilleries acquisitions at low prices in the wake "
 "of the Pattisons crash of 1898.[2]",
 "In 1914 DCL claimed to be the \u2018largest whisky distiller in the world and set up a subsidiary, Scottish Malt "
 "Distillers Ltd.,[2]",
 "In 1919 DCL purchased the totality of John Haig & Co. and in 1925 combined with John Walker & Son and "
 "Buchanan-Dewar on a share exchange basis.[1][2]",
 "In 1929 DCL take over White Horse Distillers Ltd..[2]",
 "in 1985 James Gulliver\u2019s Argyle group, which operated the Glen Scotia distillery, launched a hostile bid for "
 "DCL.The offer was rejected and The Distillers Company was finally acquired by Guinness in 1986. The transaction was "
 "shadowed by controversy because involved fraudulent activity, becoming known as the Guinness share-trading "
 "fraud.[3]",
 "DLC was renamed as United Distillers in 1987.[4]In 1998 United Distillers was merged with International Distillers "
 "& Vintners to create United Distillers & Vintners, forming the spirits division of Diageo plc. The company still "
 "exists today as Diageo Scotland Ltd.[5][6]"]
KEPT["wp-distillers-company"] = ("distillers-enwiki.txt", DCL)
R.append(wp("wp-distillers-company", "The Distillers Company",
 "https://en.wikipedia.org/wiki/The_Distillers_Company",
 "\n\n".join(MARK.sub("", p) for p in DCL),
 "drink/Scotch whisky", ["history", "founding", "acquisition", "subsidiary", "merger", "renaming"],
 "The article as en.wikipedia.org's own 'Jump to content' rendering holds it in the page store (held at "
 "en.wikipedia.org/wiki/The_Distillers_Company?oldformat=true; no date or revision id held; undated, a recent "
 "rendering: its history (John Haig & Co. 1919, White Horse 1929, the bid of 1985) is later than the oldid 1003692450 "
 "of 30 January 2021 at rank 4 of its query; recorded 4.0 as batches 58p-66m recorded their en.wikipedia.org "
 "renderings). Cut: the lines 'Jump to content', 'The Distillers Company' (the title) and 'From Wikipedia, the free "
 "encyclopedia'; the infobox lines ('The Distillers Company plc', 'Company typePublic' to 'ParentDiageo Edit this on "
 "Wikidata', with 'HeadquartersEdinburgh, Scotland', 'SuccessorGuinness' and 'ProductsScotch whisky'; every company "
 "named in them is in the running text too; cut as batches 57p-66m cut their infoboxes); the heading 'History' and "
 "its edit link '[edit]'; the citation markers '[1]' to '[6]' (none with a space before it in this rendering, so "
 "'in 1987.[4]In 1998' becomes 'in 1987.In 1998', no space added); cut after '... The company still exists today as "
 "Diageo Scotland Ltd.', before the heading 'Distilleries' and the edit link the excerpt breaks off in ('[e'; "
 "`truncated`: the article goes on; a cut at a paragraph end). Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written, the rendering's slips included: 'The Distillers Company origins lie in a trade "
 "association' (no possessive), 'Menzies, Barnard & Craig, John Bald & Co., John Haig & Co., MacNab Bros, Robert "
 "Mowbray and Macfarlane & Co. in 1865.', 'DCL embarked in programme of distilleries acquisitions', 'In 1914 DCL "
 "claimed to be the \u2018largest whisky distiller in the world and set up a subsidiary, Scottish Malt Distillers "
 "Ltd.,' (an opening quotation mark never closed; the paragraph ends in a comma), 'In 1919 DCL purchased the totality "
 "of John Haig & Co. and in 1925 combined with John Walker & Son and Buchanan-Dewar on a share exchange basis.', 'In "
 "1929 DCL take over White Horse Distillers Ltd..' ('take', two full stops), 'in 1985 James Gulliver\u2019s Argyle "
 "group, which operated the Glen Scotia distillery, launched a hostile bid for DCL.The offer was rejected' (lower-case "
 "'in', 'Argyle', no space after 'DCL.'), 'because involved fraudulent activity', 'DLC was renamed as United "
 "Distillers in 1987.' ('DLC' for DCL), 'The company still exists today as Diageo Scotland Ltd.'. 273 words. No "
 "outage and no near-miss of one told ('the Pattisons crash of 1898': a business failure, no service lost by users). "
 "No text is largely a quotation ('largest whisky distiller in the world': four words of a claim). Found at rank 1 of "
 "the query 'Distillers Company Limited Scotch whisky history acquired Guinness 1986 Wikipedia'; theinfolist.com (rank "
 "2, glosses inlined), kampuspedia.com (rank 3, Portuguese), the oldid of 2021 (rank 4, a shorter history), ipfs.io, "
 "en-academic.com and the 'Jump to navigation' rendering (ranks 5, 6 and 8, older revisions with the short history) "
 "and scotchwhisky.com (rank 7, a magazine's own article) not used. Distillers Company, Guinness share, Guinness & Co, "
 "John Haig, Scottish Malt, Buchanan-Dewar, John Walker & Son, United Distillers, Glen Scotia, Mowbray, MacNab: " +
 CHECKED + "; 'Distillers' stands in the gold texts of other companies (train wp-distell, the South African "
 "company; wp-grand-metropolitan, Grand Metropolitan's history, not opened beyond its file name; batches 29d and "
 "57q), 'White Horse' only in wp-tooth-and-co (an Australian brewer's history, another matter), Gulliver in "
 "wp-home-and-colonial-stores and wp-beamish-crawford (Argyll Foods' other purchases, other matters), Guinness and "
 "Diageo parties of other texts (other matters).",
 "non-US"))

# ---- banking, England: Parr's Bank (wikimili.com's copy) ------------------------------------------------------------
PARR = [
 "Parr's Bank Limited was a bank that existed from 1782 to 1918. It was founded as Parr & Co. in Warrington, then in "
 "the county of Lancashire in the United Kingdom. In 1918 it was acquired by London County and Westminster Bank, and "
 "it was thus one of the predecessors of NatWest Group.",
 "Writing in 1905, William Howarth described Parr's as \"one of the great amalgamating banks in the country\" and \"a "
 "power in the financial world\". [1] The bank's history dates back to the late eighteenth century, with a possible "
 "starting date of 1782. The first partnership was with Joseph Parr, a sugar boiler, his brother-in-law Matthew Lyon, "
 "and Walter Kerfoot, a solicitor. Partnership names changed and the firm was variously known as Parr & Co, and Parr, "
 "Lyon; more colloquially it was known as The Warrington Bank. [2]",
 "Parr's remained essentially a local bank with offices in Warrington, Runcorn and St Helens until 1865 when it "
 "became a joint-stock bank under the name Parr's Banking Company. Helped by a series of acquisitions, including the "
 "National Bank of Liverpool, Parr's built up its presence in Cheshire, Lancashire and Staffordshire; by 1890 there "
 "were 22 branches and 21 sub-branches. [2]",
 "The bank's most important strategic move came in 1891 when it purchased the small London bank of Fuller, Banbury, "
 "Nix & Co . This gave Parr's a seat on the London Bankers' Clearing House and, in contrast to the nearby Bank of "
 "Liverpool it immediately moved the head office down to London. With Fuller giving the bank an initial London "
 "presence, the substance was provided by the acquisition of the Alliance Bank in 1892. The Alliance Bank had emerged "
 "from the financial reconstruction which had seen it lose its Liverpool and Manchester offices and now had 12 "
 "branches in London; in recognition of Alliance's importance the name of the bank was changed to Parr's Banking "
 "Company and the Alliance Bank."]
KEPT["wp-parrs-bank"] = ("parrsbank-wikimili.txt", PARR)
R.append(wp("wp-parrs-bank", "Parr's Bank", "https://wikimili.com/en/Parr's_Bank",
 "\n\n".join(MARK.sub("", p) for p in PARR),
 "banking/banks", ["history", "founding", "acquisition", "renaming"],
 "A copy: wikimili.com's copy of the English Wikipedia article 'Parr's Bank' (undated; recorded 4.0 as batches 56f-66m "
 "recorded their wikimili.com copies; doubtful: no revision id, and the copy itself carries no date). The excerpt "
 "starts at the lead's first sentence (no title or site line held in it; the same page held at www.wikimili.com, "
 "rank 5, shows the title, 'Last updated' and image captions, not in this excerpt). Cut: the citation markers ' [1]' "
 "and ' [2]' (three in all); cut after '... the name of the bank was changed to Parr's Banking Company and the "
 "Alliance Bank.', before the sentence the excerpt breaks off in ('Other smaller London banks were acquired and in "
 "1896 it bought the Consolidated Bank, only slightly smaller th', no full stop; `truncated`; a cut at a sentence "
 "end), so the Consolidated Bank is not in the text. Paragraphs, one line each in the copy, joined with blank lines. "
 "No word added or changed. Kept as written: 'It was founded as Parr & Co. in Warrington, then in the county of "
 "Lancashire in the United Kingdom.', 'In 1918 it was acquired by London County and Westminster Bank, and it was thus "
 "one of the predecessors of NatWest Group.', 'Writing in 1905, William Howarth described Parr's as \"one of the great "
 "amalgamating banks in the country\" and \"a power in the financial world\".' (straight double quotes; two short "
 "phrases of a 1905 book, the rest the editors' words), 'The first partnership was with Joseph Parr, a sugar boiler, "
 "his brother-in-law Matthew Lyon, and Walter Kerfoot, a solicitor.', 'the firm was variously known as Parr & Co, and "
 "Parr, Lyon; more colloquially it was known as The Warrington Bank.' ('Co' without a full stop here), 'under the "
 "name Parr's Banking Company', 'Helped by a series of acquisitions, including the National Bank of Liverpool,', 'it "
 "purchased the small London bank of Fuller, Banbury, Nix & Co .' (a space before the full stop), 'in contrast to the "
 "nearby Bank of Liverpool it immediately moved the head office down to London' (no comma after 'Liverpool'), 'the "
 "name of the bank was changed to Parr's Banking Company and the Alliance Bank.'. 317 words. No outage and no "
 "near-miss of one told. Found at rank 1 of the query \"Parr's Bank history Warrington merged London and Westminster "
 "Bank 1918 Wikipedia\"; chaos.owiki.org (rank 2, an older revision without the lead, so without the purchase of "
 "1918), atozwiki.com and www.wikimili.com (ranks 3 and 5, with image captions, breaking off earlier), "
 "theinfolist.com (rank 4, glosses inlined), heritagearchives.rbs.com (rank 6, NatWest Group's own heritage page, no "
 "open licence stated), de.wikial.top (rank 7, German) and alamy.com (rank 8, a stock-photo caption) not used. "
 "Parr's Bank, London County and Westminster, Alliance Bank, Consolidated Bank, Fuller, Banbury, National Bank of "
 "Liverpool, Joseph Parr, Kerfoot, Matthew Lyon, William Howarth, Warrington Bank: " + CHECKED + " ('London County' "
 "only in GATHERING.md, another bank's history); the Bank of Liverpool is the subject of train wp-bank-of-liverpool "
 "(batch 62j; named here only in passing, another matter); NatWest a party of other texts (other matters).",
 "non-US", copy_of="the Wikipedia article, via wikimili.com"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[a]', '[edit]', '[ citation needed ]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|[a-z]|edit|citation needed)\s*\]", "", s).split())


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
