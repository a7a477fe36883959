#!/usr/bin/env python3
"""Batch 66h (session 60; gatherer lane 66h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-66b, kept to three American companies of the sectors the brief named (retail, energy, banking), new to
the corpus and turned from names not yet queried by the lists of leads of batches 65k, 65o and 66b: S. S. Kresge,
the merchant who founded the S. S. Kresge Company (renamed the Kmart Corporation in 1977) with Charles J. Wilson after
working for James G. McCrory, the founder of J.G. McCrory's, and who also created the Kresge-Newark chain (retail,
US); Sunoco LP, controlled by Energy Transfer Partners, formerly Sun Company Inc. and Sun Oil Co., which began as The
Peoples Natural Gas Company of Joseph Newton Pew, Philip Pisano and Edward O. Emerson (energy, US); and the
Manufacturers Hanover Corporation, parent of the Manufacturers Hanover Trust Company formed by a merger of 1961,
merged into the Chemical Banking Corporation in 1991 (banking, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's 'Jump to content' rendering of 'S. S. Kresge' (under the redirect 'S.S. Kresge'; 2023 or
later), carsandracingstuff.com's copy of the lead and 'History' section of 'Sunoco' (the page states it is Wikipedia's
'Sunoco' of 21 May 2021 under CC BY-SA 3.0) and wikimili.com's copy of 'Manufacturers Hanover Corporation'
(undated); each cut at a sentence or paragraph end before the sentence or paragraph its excerpt breaks off in
(`truncated`). Edits per item in `notes` (title lines, the 'From Wikipedia' and redirect lines, infobox lines, a
site's terms line, the copy's licence statement, section headings and citation markers cut; paragraphs joined with
blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather67h/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 55e-66b did. No text tells an outage or a near-miss of one (a founding, renamings, incorporations,
a stock listing, a merger, bad loans and an asset purchase at an auction are business events). newskg (or any
extractor) was not run on any text. A round of three: ten queries, three answered with English Wikipedia text on a
company not yet in the corpus and were taken, the rest left (round notes, /work/notes/gather67/66h.md; queries,
/tmp/gather67h/src/queries.txt).
usage: batch66h.py [POOL_DIR] [--dry]   (default /tmp/gather67h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_3, LICENCE_4

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67h/pool"
SRC = "/tmp/gather67h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-60 pools (/tmp/gather67*/pool) and in /work/notes/gather67/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\[(\d+|edit|citation needed)\]")

# ---- retail, US: S. S. Kresge (en.wikipedia.org 'Jump to content' rendering, 2023 or later) -------------------------
KR = [
 "Sebastian Spering Kresge (July 31, 1867 \u2013 October 18, 1966) was an American businessman. He created and owned "
 "two chains of department stores, the S. S. Kresge Company, one of the 20th century's largest discount retail "
 "organizations, and the Kresge-Newark traditional department store chain. The discounter was renamed the Kmart "
 "Corporation in 1977.",
 "Kresge was born near Allentown, Pennsylvania, the son of Sebastian Kresge and the former Catherine Kunkle. Living "
 "on the family farm in Kresgeville (named for his ancestors) until he was 21 years old, he was educated in the local "
 "public schools, the Fairview Academy, in Brodheadsville, Pennsylvania, and at the Eastman Business College in "
 "Poughkeepsie, New York, from which he graduated in March 1889.[citation needed]",
 "Following his graduation, he clerked in a hardware store for two years, then worked as a traveling salesman from "
 "1892 to 1897.[citation needed] On March 20, 1897, Kresge began working for James G. McCrory, the founder of J.G. "
 "McCrory's, at a five and ten cent store in Memphis, Tennessee. He continued there for two years.[citation needed]",
 "In 1897 he founded his own company, with Charles J. Wilson, with an $8,000 investment in two five-and-ten-cent "
 "stores; one was in downtown Detroit, Michigan, for which he traded ownership in McCrory's.[citation needed] In "
 "1912, he incorporated the S.S. Kresge Company with 85 stores. The company was first listed on the New York Stock "
 "Exchange on May 23, 1918. During World War I, Kresge experimented with raising the limit on prices in his stores to "
 "$1.[citation needed]"]
KEPT["wp-s-s-kresge"] = ("kresge-enwiki.txt", KR)
# built with `record`: the page store holds the rendering at the redirect's address ('S.S._Kresge'), the article's
# own address being 'S._S._Kresge'; the origin is en.wikipedia.org itself, not a copy on another site
R.append(record("wp-s-s-kresge", "S. S. Kresge", "https://en.wikipedia.org/wiki/S._S._Kresge",
 "https://en.wikipedia.org/wiki/S.S._Kresge", "\n\n".join(MARK.sub("", p) for p in KR),
 "retail", ["history", "founding", "founders", "renaming", "stock listing"],
 EDITS + "The article as en.wikipedia.org's 'Jump to content' rendering holds it in the page store, reached under "
 "the redirect 'S.S. Kresge' (no revision id held; the 'Jump to content' skin dates it 2023 or later, so CC BY-SA 4.0; "
 "its 'In 1897 he founded his own company' is where wikimili.com's copy in the same store has 'In 1899', and it "
 "lacks that copy's sentence on Sears Holdings). Cut: the lines 'Jump to content', 'S. S. Kresge', 'From Wikipedia, "
 "the free encyclopedia' and '(Redirected from S.S. Kresge)'; the infobox lines ('S. S. Kresge', 'Sebastian Spering "
 "Kresge', '(1867-07-31)July 31, 1867', 'DiedOctober 18, 1966(1966-10-18) (aged 99)', 'Alma materEastman Business "
 "College', 'Known forKmart'), cut as batches 54zu-66b cut their infoboxes; the heading 'Early life and "
 "education[edit]'; the markers '[citation needed]' (five); cut at the end of the fourth paragraph ('... raising the "
 "limit on prices in his stores to $1.'), before the paragraph the excerpt breaks off in ('In 1923, he again started "
 "a new company, buying out L.S. Plaut & Co., a large traditional department store in Newark,'; `truncated`; a cut "
 "at a paragraph end), so L.S. Plaut & Co. and the purchase of 1923 are not in the text. Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'Sebastian Spering Kresge (July 31, 1867 \u2013 October 18, "
 "1966)' (an en dash), 'He created and owned two chains of department stores, the S. S. Kresge Company, one of the "
 "20th century's largest discount retail organizations, and the Kresge-Newark traditional department store chain', "
 "'The discounter was renamed the Kmart Corporation in 1977', 'the son of Sebastian Kresge and the former Catherine "
 "Kunkle', 'Kresgeville (named for his ancestors)', 'the Fairview Academy, in Brodheadsville, Pennsylvania' (the "
 "comma as written), 'from which he graduated in March 1889', 'worked as a traveling salesman from 1892 to 1897', "
 "'On March 20, 1897, Kresge began working for James G. McCrory, the founder of J.G. McCrory's, at a five and ten "
 "cent store in Memphis, Tennessee', 'In 1897 he founded his own company, with Charles J. Wilson, with an $8,000 "
 "investment in two five-and-ten-cent stores; one was in downtown Detroit, Michigan, for which he traded ownership "
 "in McCrory's' (as written: the founding year is the year he began with McCrory, and 'He continued there for two "
 "years' stands before it), 'In 1912, he incorporated the S.S. Kresge Company with 85 stores' (no space in 'S.S.' "
 "here, a space in the lead's 'S. S.'), 'first listed on the New York Stock Exchange on May 23, 1918'. 246 words. No "
 "outage and no near-miss of one told (a founding, a renaming, an incorporation and a stock listing are business "
 "events). Found at rank 2 of the query 'S. S. Kresge Company founded Sebastian Spering Kresge Detroit five and dime "
 "renamed Kmart Corporation 1977 Wikipedia'; wikimili.com (rank 1; free, another revision: 'In 1899', Sears "
 "Holdings), ed.newdu.com (rank 3; a dictionary of biography), peoplepill.com (rank 4), absoluteastronomy.com (rank "
 "5; glosses woven in), dbusiness.com (rank 6; a magazine), britannica.com (rank 7) and "
 "mall-hall-of-fame.blogspot.com (rank 8) not used. Kresge, McCrory, Charles J. Wilson, Kresgeville, Fairview "
 "Academy, Eastman Business College, Plaut: " + CHECKED + " ('Kmart' in texts on other matters, among them a Wikinews "
 "text on Kmart's purchase of Sears of 2004 and an SEC text on a former Kmart chief executive, not opened).", "US",
 licence=LICENCE_4, version="4.0", origin="English Wikipedia (page store)",
 copy_of="the Wikipedia article, as en.wikipedia.org renders it under the redirect 'S.S. Kresge'"))

# ---- energy, US: Sunoco (carsandracingstuff.com's copy, stated as Wikipedia's page of 21 May 2021) -----------------
SU = [
 "Sunoco LP is an American master limited partnership organized in Delaware and headquartered in Dallas, Texas, that "
 "is a wholesale distributor of motor fuels. It distributes fuel to more than 7,300 Sunoco-branded gas stations, "
 "almost all of which are owned and operated by third parties. The partnership is controlled by Energy Transfer "
 "Partners.",
 "The partnership was formerly known as Sun Company Inc. (1886\u20131920 and 1976\u20131998) and Sun Oil Co. "
 "(1920\u20131976). It was formerly engaged in oil refinery, the chemical industry, and retail sales, but divested "
 "these businesses.",
 "The partnership began as The Peoples Natural Gas Company in Pittsburgh, Pennsylvania. In 1886, its partners \u2013 "
 "Joseph Newton Pew, Philip Pisano, and Edward O. Emerson \u2013 decided to expand their gas business with a stake in "
 "the new oil discoveries in Ohio and Pennsylvania. Four years later, the growing enterprise became the Sun Oil "
 "Company of Ohio. Sun Oil diversified quickly, active in production and distribution of oil as well as processing "
 "and marketing refined products. By 1901, the company was incorporated in New Jersey as Sun Company.",
 "In 1902, the Sun Oil Refining Company was chartered in Texas, as it turned its interest to the new Spindletop field "
 "in Texas. Joseph Pew's nephew, J. Edgar Pew, was able to buy the storage and transportation assets of Lone Star "
 "and Crescent Oil Company at a receivership auction. Spindletop oil was then shipped to the company's Marcus Hook, "
 "Pennsylvania, refinery."]
KEPT["wp-sunoco"] = ("sunoco-carsandracing.txt", SU)
R.append(record("wp-sunoco", "Sunoco", "https://en.wikipedia.org/wiki/Sunoco",
 "https://carsandracingstuff.com/library/s/sunoco.php", "\n\n".join(SU),
 "energy", ["history", "founding", "ownership", "renaming", "incorporation"],
 EDITS + "The article's lead and the start of its 'History' section as carsandracingstuff.com (The Crittenden "
 "Automotive Library) holds them in the page store; the page states 'The following section is an excerpt from "
 "Wikipedia's Sunoco page on 21 May 2021, text available via the Creative Commons Attribution-ShareAlike 3.0 "
 "Unported License.' (so CC BY-SA 3.0, a revision of 21 May 2021, as the copy states it). Cut: the site's terms "
 "line ('By accessing/using The Crittenden Automotive Library/CarsAndRacingStuff.com, ... also available there. |'), "
 "the page's table and title lines ('Sunoco', '|', '---|', '|', 'Sunoco', 'Fuel Brand', 'History'), the licence "
 "statement quoted above (recorded here and in the attribution); cut at the end of the fourth paragraph ('... "
 "Marcus Hook, Pennsylvania, refinery.'), before the paragraph the excerpt breaks off in (\"Pew's sons, J. Howard "
 "Pew and Joseph N. Pew Jr. would take over the company after their father's dea\"; `truncated`; a cut at a "
 "paragraph end), so the sons and their posts are not in the text. The copy has no citation markers. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'Sunoco LP is an American master limited "
 "partnership organized in Delaware and headquartered in Dallas, Texas', 'more than 7,300 Sunoco-branded gas "
 "stations', 'The partnership is controlled by Energy Transfer Partners', 'formerly known as Sun Company Inc. "
 "(1886\u20131920 and 1976\u20131998) and Sun Oil Co. (1920\u20131976)' (en dashes), 'It was formerly engaged in oil "
 "refinery, the chemical industry, and retail sales, but divested these businesses', 'The partnership began as The "
 "Peoples Natural Gas Company in Pittsburgh, Pennsylvania', 'its partners \u2013 Joseph Newton Pew, Philip Pisano, "
 "and Edward O. Emerson \u2013 decided to expand their gas business' (spaced en dashes), 'Four years later, the "
 "growing enterprise became the Sun Oil Company of Ohio', 'Sun Oil diversified quickly, active in production ...' "
 "(as written, no verb before 'active'), 'By 1901, the company was incorporated in New Jersey as Sun Company', 'the "
 "Sun Oil Refining Company was chartered in Texas, as it turned its interest to the new Spindletop field in Texas', "
 "\"Joseph Pew's nephew, J. Edgar Pew, was able to buy the storage and transportation assets of Lone Star and "
 "Crescent Oil Company at a receivership auction\", \"the company's Marcus Hook, Pennsylvania, refinery\". 237 "
 "words. No outage and no near-miss of one told (renamings, incorporations, divestitures and an asset purchase at an "
 "auction are business events). Found at rank 3 of the query 'Sun Oil Company history founded 1886 Joseph Newton "
 "Pew Edward Emerson Pitcairn Peoples Natural Gas Sunoco Wikipedia'; countywidepetroleum.com (rank 1; a dealer's "
 "blog), zalansite.site (rank 2; an edit form's wikitext), oil150.com (rank 4; an essay), everything2.com (rank 5), "
 "theinfolist.com (rank 6; 'Joseph N. Pew', glosses woven in), snaccooperative.org (rank 7; archive records) and an "
 "encyclopedia.com mirror (rank 8; the International Directory of Company Histories, copyrighted) not used. Sunoco, "
 "Sun Company, Peoples Natural Gas, Pisano, Spindletop, Lone Star and Crescent, Marcus Hook: " + CHECKED +
 " ('Energy Transfer' in texts on other matters, among them train's CFTC text on Energy Transfer Partners' "
 "Houston Ship Channel case and FTC texts on Enterprise, not opened; 'Pew' elsewhere only in texts naming the Pew "
 "Research Center or other people).", "US",
 licence=LICENCE_3, version="3.0",
 rev="the copy states the text is Wikipedia's 'Sunoco' page of 21 May 2021",
 copy_of="the Wikipedia article's lead and 'History' section, via carsandracingstuff.com (The Crittenden Automotive "
         "Library), which states the section's source, date and licence"))

# ---- banking, US: Manufacturers Hanover Corporation (wikimili.com's copy, undated) --------------------------------
MH = [
 "Manufacturers Hanover Corporation was an American bank holding company that was formed as parent of Manufacturers "
 "Hanover Trust Company (MHT or, informally, Manny Hanny), a large New York City bank formed through a merger in 1961 "
 "with ancestor companies, especially the Manufacturers Trust Company, having had a long history in New York banking "
 "going back to the 1850s. After 1969, Manufacturers Hanover Trust became a subsidiary of Manufacturers Hanover "
 "Corporation. Throughout most of its existence, Manufacturers Hanover Trust was the fourth-largest bank in the "
 "United States.",
 "MHT was both a major money center bank and heavily engaged in retail banking. As such, the bank was known for "
 "stability and was well established via its personal accounts base tied to New York branch locations as well as in "
 "having a number of large blue-chip corporate customers. It ran several memorable advertising campaigns in the 1970s "
 "and also had some prominent sports sponsorship arrangements. Over time it gained substantial operations in other "
 "parts of the United States as well as overseas.",
 "But by the late 1980s, Manufacturers Hanover had fallen in rank among American banks and was troubled by a number "
 "of bad loans, especially ones in Latin America. In 1991 it merged into Chemical Banking Corporation and within a "
 "couple of years had disappeared under its name. However it continued to have an influence via some of its "
 "executives, internal systems, and its presence at 270 Park Avenue which successor corporations down to JPMorgan "
 "Chase continued to locate their headquarters in."]
KEPT["wp-manufacturers-hanover"] = ("manhan-wikimili.txt", MH)
R.append(wp("wp-manufacturers-hanover", "Manufacturers Hanover Corporation",
 "https://wikimili.com/en/Manufacturers_Hanover_Corporation", "\n\n".join(MH),
 "banking", ["history", "holding company", "subsidiaries", "mergers"],
 "The article as wikimili.com (a site rendering Wikipedia pages) holds it (no date or revision id held; an older "
 "revision than the 2024 one review.clateway.com and wikiwand.com hold, whose lead lacks 'especially the "
 "Manufacturers Trust Company' and has 'retail customer base' for this copy's 'personal accounts base'; recorded 4.0 "
 "as batches 56f-65l recorded their undated wikimili.com copies; doubtful: it may predate June 2023, and 3.0's terms "
 "are met the same way). Cut: the infobox table lines ('Manufacturers Hanover Trust Company | |' to 'Number of "
 "employees | 19,721 (1990) |', with 'Defunct | December 31, 1991 |', 'Fate | Acquired by Chemical Bank and assumed "
 "the name Chemical after the 1991 merger. |', 'Successor | Chemical Bank |' and 'Total assets | $61.3 billion "
 "(1991) |'), so 'Chemical Bank', 'December 31, 1991', the NYSE symbol and the figures are not in the text (cut as "
 "batches 54zu-66b cut their infoboxes); cut at the end of the third paragraph ('... continued to locate their "
 "headquarters in.'), before the paragraph the excerpt breaks off in (its first letter 'T' only; `truncated`; a cut "
 "at a paragraph end). This copy runs the lead's paragraphs with no heading and no citation markers. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'formed as parent of Manufacturers Hanover "
 "Trust Company (MHT or, informally, Manny Hanny), a large New York City bank formed through a merger in 1961 with "
 "ancestor companies, especially the Manufacturers Trust Company, having had a long history in New York banking going "
 "back to the 1850s', 'After 1969, Manufacturers Hanover Trust became a subsidiary of Manufacturers Hanover "
 "Corporation', 'the fourth-largest bank in the United States', 'MHT was both a major money center bank and heavily "
 "engaged in retail banking', 'its personal accounts base tied to New York branch locations', 'But by the late "
 "1980s, Manufacturers Hanover had fallen in rank among American banks', 'In 1991 it merged into Chemical Banking "
 "Corporation and within a couple of years had disappeared under its name', 'its presence at 270 Park Avenue which "
 "successor corporations down to JPMorgan Chase continued to locate their headquarters in' (the sentence ends in "
 "'in', as written). 250 words. No outage and no near-miss of one told (a merger, bad loans and a fall in rank are "
 "business events). Found at rank 3 of the query 'Manufacturers Hanover Corporation bank history merger Chemical "
 "Bank 1991 Wikipedia'; wikiclassic.com (rank 1; words altered: 'wuz', 'dat', 'nu York'), theinfolist.com (rank 2; "
 "glosses woven in), wikiwand.com (rank 4; the 2024 revision, its infobox inside the lead), questionai.com (rank 5; "
 "an encyclopedia's HTML), es.stringtranslate.com (rank 6; Spanish), legalclarity.org (rank 7; its own essay) and "
 "review.clateway.com (rank 8; free, the 2024 revision, its infobox with 'Founded 1905 (as Citizens)') not used. "
 "Manufacturers Hanover, Manufacturers Trust, Manny Hanny, Hanover Bank: " + CHECKED + " ('Chemical Banking' in a "
 "DOJ weekly summary of 1993 in the corpus and batch 46k's scripts, another matter, not opened; 'JPMorgan Chase' in "
 "texts on other matters).", "US", copy_of="the Wikipedia article, via wikimili.com, a site rendering Wikipedia pages"))


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
