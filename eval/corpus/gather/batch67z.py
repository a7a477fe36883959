#!/usr/bin/env python3
"""Batch 67z (session 61; gatherer lane 67z): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-67x, kept to three American companies of the sectors the brief named (publishing, banking, retail),
new to the corpus and turned from names of batch 67h's list of leads and from names of my own choosing: Doubleday,
the New York book publisher founded in 1897 as the Doubleday & McClure Company by Frank Nelson Doubleday, renamed
Doubleday, Page & Company with Walter Hines Page, merged with the George H. Doran Company in 1927, led as president by
Nelson Doubleday, Douglas Black, John Sargent and Nelson Doubleday, Jr., buyer of the New York Mets in 1980 and sold
to Bertelsmann in 1986 (publishing, US); the Dime Savings Bank of New York, originally the Dime Savings Bank of
Brooklyn, acquired by Washington Mutual in 2002, whose Dime Bancorp took over Anchor Bancorp and its Anchor Savings
Bank, FSB subsidiary in 1995 and gave up a merger of equals with Hudson United Bancorp under North Fork
Bancorporation's hostile attempt (banking, US); and Marshall Field & Company of Chicago, acquired by Macy's, Inc. in
2005, which traces itself to Potter Palmer's P. Palmer & Company of 1852 and whose namesake Marshall Field and Levi Z.
Leiter were junior partners in Cooley, Wadsworth & Company, later Cooley, Farwell & Company and Farwell, Field &
Company (retail, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): liquisearch.com's copy of the 'History' section of 'Doubleday (publisher)' (undated, an older revision),
wikimili.com's copy of 'Dime Savings Bank of New York' (undated; '165 years ago' in its infobox, so 2024) and
piglix.com's copy of 'Marshall Field and Company' (undated, an older revision); each cut at a sentence or paragraph
end before the sentence or paragraph its excerpt breaks off in (`truncated`). Edits per item in `notes` (title and
heading lines, infobox lines, image captions, the 'Last updated' and 'Contents' lines and citation markers cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather68z/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e-67x did. No text tells an outage or a near-miss of one (a founding, renamings,
mergers, acquisitions, a hostile takeover attempt, a bank's failure and a store's renaming are business events).
newskg (or any extractor) was not run on any text. A round of three: seven queries, three answered with English
Wikipedia text on a company not yet in the corpus and were taken, the rest left (round notes,
/work/notes/gather68/67z.md; queries, /tmp/gather68z/src/queries.txt).
usage: batch67z.py [POOL_DIR] [--dry]   (default /tmp/gather68z/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68z/pool"
SRC = "/tmp/gather68z/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads aside), in the session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt and "
           "/work/notes/gather67/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\s*\[(\d+|edit|citation needed)\]")

# ---- publishing, US: Doubleday (liquisearch.com's copy of the 'History' section, undated, older) --------------------
DD = [
 "The firm was founded as Doubleday & McClure Company in 1897 by Frank Nelson Doubleday, who had formed a partnership "
 "with the magazine publisher Samuel McClure. One of their first bestsellers was The Day's Work by Rudyard Kipling. "
 "Other authors published by the company in its early years include W. Somerset Maugham and Joseph Conrad. Theodore "
 "Roosevelt, Jr. later served as a vice-president of the company.",
 "In 1900, the company became Doubleday, Page & Company when Walter Hines Page joined as a new partner. In 1922, the "
 "founder's son, Nelson Doubleday, joined the firm.",
 "In 1910, Doubleday, Page, and Co. moved its operations to Garden City, which include its own train station. The "
 "Doubleday company purchased much of the land on the west side of Franklin Avenue, and estate homes were built for "
 "many of its executives on Fourth Street. In 1916, company co-founder and Garden City resident Walter Hines Page was "
 "named Ambassador to Great Britain.",
 "In 1927, Doubleday merged with the George H. Doran Company, creating Doubleday, Doran, then the largest publishing "
 "business in the English-speaking world. In 1946, the company became Doubleday and Company. Nelson Doubleday "
 "resigned as president, but continued as chairman of the board until his death on January 11, 1949. Douglas Black "
 "took over and was president from 1946 to 1963. By 1947, Doubleday was the largest publisher in the US, with annual "
 "sales of over 30 million books.",
 "Doubleday's son-in-law John Sargent was president and CEO from 1963 to 1978; his son was a business associate in "
 "the publishing division. He was chairman from 1978 to 1985, and after that chairman of the executive committee. His "
 "son John Turner Sargent, Jr. later moved to the Macmillan Company, where he is now CEO.",
 "In 1978 Nelson Doubleday, Jr. became president of the company. In 1980, it bought the New York Mets baseball team.",
 "Doubleday sold the publishing company to Bertelsmann in 1986."]
KEPT["wp-doubleday-publisher"] = ("doubleday-liquisearch.txt", DD)
R.append(wp("wp-doubleday-publisher", "Doubleday (publisher)",
 "https://www.liquisearch.com/doubleday_publisher/history", "\n\n".join(DD),
 "publishing", ["history", "founding", "founders", "renaming", "executives", "mergers", "acquisitions"],
 "The 'History' section of the article as liquisearch.com (a Wikipedia mirror serving one section a page, as batches "
 "23b, 65h, 65q and 67e recorded their copies) holds it in the page store (no date or revision id held; undated, taken "
 "for an older revision: its 'who had formed a partnership with the magazine publisher Samuel McClure' stands where "
 "the later copies in the same store (wikimili.com, a proxy of en.wikipedia.org's 'Jump to content' rendering) read "
 "'in partnership with Samuel Sidney McClure' and add paragraphs on McClure's syndicate and Thomas Dixon Jr.; recorded "
 "CC BY-SA 3.0). Cut: the heading line 'History'; cut at the end of the first sentence of the seventh paragraph "
 "('Doubleday sold the publishing company to Bertelsmann in 1986.'), before the sentence the excerpt breaks off in "
 "('In 1988, it became part of the Bantam Doubleday Dell Publishing G'; `truncated`; a cut at a sentence end), so "
 "Bantam Doubleday Dell is not in the text. The section is served without the article's lead (the company's later "
 "parents are not in it). No citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'The firm was founded as Doubleday & McClure Company in 1897 by Frank Nelson Doubleday, who had formed a "
 "partnership with the magazine publisher Samuel McClure' (no 'the' before the company's name), 'Theodore Roosevelt, "
 "Jr. later served as a vice-president of the company' (commas as written), 'the company became Doubleday, Page & "
 "Company when Walter Hines Page joined as a new partner', \"the founder's son, Nelson Doubleday, joined the firm\", "
 "'Doubleday, Page, and Co. moved its operations to Garden City, which include its own train station' (as written: "
 "'include' after 'operations ... Garden City'), 'In 1916, company co-founder and Garden City resident Walter Hines "
 "Page was named Ambassador to Great Britain', 'Doubleday merged with the George H. Doran Company, creating "
 "Doubleday, Doran', 'Nelson Doubleday resigned as president, but continued as chairman of the board until his death "
 "on January 11, 1949', 'Douglas Black took over and was president from 1946 to 1963', \"Doubleday's son-in-law John "
 "Sargent was president and CEO from 1963 to 1978\", 'He was chairman from 1978 to 1985, and after that chairman of "
 "the executive committee', 'His son John Turner Sargent, Jr. later moved to the Macmillan Company, where he is now "
 "CEO', 'In 1978 Nelson Doubleday, Jr. became president of the company' (no comma after '1978'), 'In 1980, it bought "
 "the New York Mets baseball team', 'Doubleday sold the publishing company to Bertelsmann in 1986'. 318 words. No "
 "outage and no near-miss of one told (a founding, renamings, a move, a merger, a purchase of land, of a baseball team "
 "and a sale of the company are business events). Found at rank 1 of the query 'Doubleday publishing company founded "
 "Frank Nelson Doubleday 1897 Doubleday & McClure Bertelsmann Wikipedia'; hessslslslsls.azureedge.net (rank 2; a "
 "proxy of en.wikipedia.org's rendering under 'Nelson Doubleday, Inc.', its excerpt ending in 1902-1905 with no "
 "executive after Roosevelt), piglix.com (rank 3; free, the same older revision with the lead, its excerpt breaking "
 "off at Douglas Black), mdsite.deno.dev (rank 4; a proxy of randomhouse.com's own history, copyrighted), "
 "dichtienghoa.com (rank 5; a translation proxy, words run together), wikimili.com (rank 6; the later revision, "
 "ending in 1910), de.wiki.li (rank 7; German) and kids.kiddle.co (rank 8; rewritten for children) not used. "
 "Doubleday, McClure's partnership, Walter Hines Page, George H. Doran, Douglas Black, John Sargent, Bantam, Macmillan: "
 + CHECKED + " ('Bertelsmann' in texts on other matters, among them train's wp-penguin-random-house and "
 "wp-rtl-group, not opened; 'New York Mets' in train's Wikinews text on a Citigroup sponsorship of 2006, another "
 "matter; 'McClure' and 'Garden City' in texts on other matters, other people and places).", "US",
 v3=True, copy_of="the Wikipedia article's 'History' section, via liquisearch.com, a Wikipedia mirror"))

# ---- banking, US: Dime Savings Bank of New York (wikimili.com's copy, undated, 2024) --------------------------------
DM = [
 "The Dime Savings Bank of New York, originally the Dime Savings Bank of Brooklyn, was a bank headquartered in "
 "Brooklyn, New York City. It operated from 1859 to 2002.",
 "The bank was formerly headquartered at 9 DeKalb Avenue, built in 1906-08 in Downtown Brooklyn. Dime was acquired by "
 "Washington Mutual in 2002, which subsequently failed in 2008 and was acquired by JPMorgan Chase, which currently "
 "owns all former Dime assets.",
 "In July 1994, Dime Bancorp announced the pending acquisition of the Hewlett, New York-based Anchor Bancorp with its "
 "Anchor Savings Bank, FSB subsidiary for $1.2 billion in stock. [1] [2] The acquisition was completed in January "
 "1995. [3] The merger resulted in a newly combined company with 76 branches in New York, 18 in New Jersey and 5 in "
 "Florida.",
 "In September 1999, Hudson United Bancorp and Dime Bancorp announced a merger of equals that was worth $2 billion in "
 "stock. [4] But before the merger could be implemented, North Fork Bancorporation initiated a hostile takeover "
 "attempt of Dime in March 2000. [5] Since Dime was preoccupied with defending itself against North Fork, Dime and "
 "Hudson United decided to terminate their merger agreement in April. [6] [7]"]
KEPT["wp-dime-savings-bank-of-new-york"] = ("dime-wikimili.txt", DM)
R.append(wp("wp-dime-savings-bank-of-new-york", "Dime Savings Bank of New York",
 "https://wikimili.com/wiki/Dime_Savings_Bank_of_New_York", "\n\n".join(MARK.sub("", p) for p in DM),
 "banking", ["history", "acquisitions", "subsidiaries", "mergers", "takeover attempts"],
 "The article as wikimili.com (a site rendering Wikipedia pages) holds it under the address 'wikimili.com/wiki/...' "
 "(no date or revision id held; its infobox's 'Founded1859;165 years ago' dates the rendering 2024, so CC BY-SA 4.0; "
 "a revision without the 1859 charter paragraph that the page store's other wikimili.com copy, at "
 "'wikimili.com/en/...', holds). Cut: the title line 'Dime Savings Bank of New York' and the line 'Last updated'; "
 "the infobox lines ('Dime Bancorp, Inc.' to 'Website archived official website', with 'DefunctJanuary 8, 2002;22 "
 "years ago (2002-01-08)', 'FateAcquired by Washington Mutual and rebranded all of its locations to Washington Mutual "
 "banks' and 'SuccessorWashington Mutual, JPMorgan Chase'), so 'Dime Bancorp, Inc.', the NYSE symbol and 'January 8, "
 "2002' are not in the text (cut as batches 54zu-67x cut their infoboxes); the three image captions ('Main entrance "
 "detail Dime Savings 9 Dekalb jeh.jpg' to '1912 postcard'); the lines 'Contents' and 'History'; the markers '[1]' "
 "to '[7]' (seven, with the space before each); cut at the end of the fourth paragraph's third sentence ('... "
 "decided to terminate their merger agreement in April.'), before the sentence the excerpt breaks off in ('North "
 "Fork finally gave up in September 2000 after spending several months filling '; `truncated`; a cut at a sentence "
 "end), so Washington Mutual's purchase of 2001-2002 as the history tells it is not in the text (the lead's 'Dime "
 "was acquired by Washington Mutual in 2002' is). Paragraphs joined with blank lines. No word added or changed. Kept "
 "as written: 'The Dime Savings Bank of New York, originally the Dime Savings Bank of Brooklyn, was a bank "
 "headquartered in Brooklyn, New York City', 'It operated from 1859 to 2002', 'formerly headquartered at 9 DeKalb "
 "Avenue, built in 1906-08 in Downtown Brooklyn' (a hyphen, as this copy writes it), 'Dime was acquired by "
 "Washington Mutual in 2002, which subsequently failed in 2008 and was acquired by JPMorgan Chase, which currently "
 "owns all former Dime assets', 'Dime Bancorp announced the pending acquisition of the Hewlett, New York-based Anchor "
 "Bancorp with its Anchor Savings Bank, FSB subsidiary for $1.2 billion in stock', 'The acquisition was completed in "
 "January 1995', 'The merger resulted in a newly combined company with 76 branches in New York, 18 in New Jersey and "
 "5 in Florida', 'Hudson United Bancorp and Dime Bancorp announced a merger of equals that was worth $2 billion in "
 "stock', 'North Fork Bancorporation initiated a hostile takeover attempt of Dime in March 2000', 'Dime and Hudson "
 "United decided to terminate their merger agreement in April'. 190 words. No outage and no near-miss of one told "
 "(acquisitions, a bank's failure, a merger called off and a hostile takeover attempt are business events). Found at "
 "rank 3 of the query 'Dime Savings Bank of New York history founded 1859 Brooklyn merged Anchor Savings Washington "
 "Mutual Wikipedia'; wikimili.com/en/... (ranks 1 and 2; free, another revision with the 1859 charter paragraph, "
 "its excerpts breaking off before the hostile attempt), en.wikipedia.org's 'Jump to navigation' rendering (rank 4; "
 "2018, the building and its sale of 2015, no acquisition of Anchor), m.global.ssl.fastly.net (rank 5; snippet "
 "fragments of other articles), de.knowledgr.com (rank 6; German) and two copies of 'Dollar Savings Bank' (ranks 7, "
 "8; another bank) not used. Dime Savings, Dime Bancorp, Anchor Savings, Anchor Bancorp, DeKalb Avenue: " + CHECKED +
 " ('Hudson United' in train's Wikinews text on TD Banknorth's purchase of Hudson United Bancorp of 2005, another "
 "matter; 'North Fork' in a BPA text, a place; 'Washington Mutual' in two Wikinews texts on other matters, not "
 "opened; 'JPMorgan Chase' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a site rendering Wikipedia pages"))

# ---- retail, US: Marshall Field's (piglix.com's copy of 'Marshall Field and Company', undated, older) ---------------
MF = [
 "Marshall Field & Company, commonly known as Marshall Field's, was a department store in Chicago, Illinois, that "
 "grew to become a chain before being acquired by Macy's, Inc. in 2005.",
 "The former flagship Marshall Field and Company Building location on State Street in the Loop of downtown Chicago "
 "was officially renamed Macy's on State Street in 2006 and is now one of four national Macy's flagship stores.",
 "Marshall Field & Company traces its antecedents to a dry goods store opened at 137 Lake Street in Chicago, Illinois "
 "in 1852 by Potter Palmer, (1826\u20131902), eponymously named P. Palmer & Company. In 1856, 21-year-old Marshall "
 "Field(1834\u20131906) moved to the booming midwestern city of Chicago on the southwest shores of Lake Michigan from "
 "Pittsfield, Massachusetts and found work at the city\u2019s then-largest dry goods firm \u2013 Cooley, Wadsworth & "
 "Company. Just prior to the American Civil War, in 1860, Field and bookkeeper Levi Z. Leiter, (1834\u20131904), "
 "became junior partners in the firm, then known as Cooley, Farwell & Company. In 1864, the firm, then led by senior "
 "partner John V. Farwell, Sr., (1825\u20131908), was renamed Farwell, Field & Company. only for Field and Leiter to "
 "soon withdraw from the partnership with Farwell when presented with the opportunity of a lifetime."]
KEPT["wp-marshall-field-and-company"] = ("marshallfield-piglix.txt", MF)
R.append(wp("wp-marshall-field-and-company", "Marshall Field and Company",
 "http://piglix.com/piglix/Marshall_Field_and_Company", "\n\n".join(MF),
 "retail", ["history", "founding", "acquisitions", "renaming", "partnerships"],
 "The article as piglix.com's copy holds it in the page store under the title 'Marshall Field and Company' (no date "
 "or revision id held; undated, an older revision: piglix.com's copies are of about 2017, as batches 64k, 65e and 66b "
 "recorded; the article is now titled 'Marshall Field's', to which the address built here redirects; recorded CC "
 "BY-SA 3.0). Cut: the infobox lines, from the slogans ('\"As Chicago as it gets.\" &' and '\"Give the lady what she "
 "wants.\" |') to 'Website | Archived official website at the Wayback Machine (archive index) |', with 'Fate | "
 "Acquired by Macy's & Bloomingdale's |', 'Key people', the 'Parent |' line (Federated Department Stores, The May "
 "Department Stores Company, Target Corporation, Batus Inc., with years) and 'Subsidiaries | The Crescent Frederick & "
 "Nelson, Halle Bros. |', so the parents before Macy's, Harry Gordon Selfridge, John G. Shedd and the subsidiaries are "
 "not in the text (cut as batches 54zu-67x cut their infoboxes; two advertising slogans among them); cut at the end "
 "of the third paragraph ('... when presented with the opportunity of a lifetime.'), before the paragraph the excerpt "
 "breaks off in ('Potter Palmer, plagued by ailing'; `truncated`; a cut at a paragraph end), so Field and Leiter's "
 "entry into Palmer's business and the firm's later names are not in the text. The copy has no headings and no "
 "citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Marshall Field & "
 "Company, commonly known as Marshall Field's, was a department store in Chicago, Illinois, that grew to become a "
 "chain before being acquired by Macy's, Inc. in 2005', 'The former flagship Marshall Field and Company Building "
 "location on State Street in the Loop of downtown Chicago was officially renamed Macy's on State Street in 2006', "
 "'opened at 137 Lake Street in Chicago, Illinois in 1852 by Potter Palmer, (1826\u20131902), eponymously named P. "
 "Palmer & Company' (a comma before each parenthesis of years, as written, and en dashes), '21-year-old Marshall "
 "Field(1834\u20131906)' (no space before the parenthesis), \"the city\u2019s then-largest dry goods firm \u2013 "
 "Cooley, Wadsworth & Company\" (a curly apostrophe and a spaced en dash), 'Field and bookkeeper Levi Z. Leiter, "
 "(1834\u20131904), became junior partners in the firm, then known as Cooley, Farwell & Company', 'the firm, then led "
 "by senior partner John V. Farwell, Sr., (1825\u20131908), was renamed Farwell, Field & Company. only for Field and "
 "Leiter to soon withdraw ...' (a full stop before a lower-case 'only', as written). 207 words. No outage and no "
 "near-miss of one told (a founding, an acquisition, renamings and partnerships are business events). Found at rank "
 "6 of the query \"Marshall Field and Company department store history Potter Palmer Levi Leiter Field, Leiter & Co. "
 "Dayton Hudson 1990 Wikipedia\"; encyclopedia.com (rank 1), fundinguniverse.com (ranks 2, 4, 7) and "
 "company-histories.com (rank 3) (the International Directory of Company Histories, copyrighted), rpwrhs.org (rank 5; "
 "a local history wiki, its licence not stated in the excerpt) and zalansite.site (rank 8; an edit form's wikitext) "
 "not used. Marshall Field, Potter Palmer, P. Palmer, Farwell, Cooley, Wadsworth, Levi Leiter, Pittsfield: " +
 CHECKED + " ('Leiter' and 'Potter Palmer' only in batch 67h's list of leads in /work/notes/gather68/67h.md and in "
 "GATHERING.md's; \"Macy's\" in texts on other matters, among them batch 67h's Jordan Marsh, not opened).", "US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))


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
