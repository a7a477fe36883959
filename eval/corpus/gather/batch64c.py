#!/usr/bin/env python3
"""Batch 64c (session 58; gatherer lane 64c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-63h, kept to three American companies of the sectors the brief preferred (an airline, a retailer, a
bank), new to the corpus and turned from the lists of batches 63b and 63h: Mohawk Airlines, founded in 1945 as
Robinson Airlines by C. S. Robinson as a unit of Robinson Aviation, financed by Ithaca Enterprises, the Cooperative
Grange League Federation Exchange and Cornell University, acquired by Allegheny Airlines in 1972 (airline, US); Zayre,
the discount chain founded in 1919 as the New England Trading Company by Max and Morris Feldberg, its parent Zayre
Corp. selling the stores to Ames Department Stores, Inc. in 1988 and merging with its subsidiary TJX in 1989
(retail, US); and the Seafirst Corporation of Seattle, its bank formed in 1929 from three banks (the Dexter Horton
National Bank among them, founded by Dexter Horton), renamed Seattle-First National Bank, acquired by BankAmerica in
1983, BankAmerica acquired by NationsBank (banking, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Mohawk Airlines' and 'Zayre' (undated, recent) and
everything.explained.today's copy of 'Seafirst Bank' (undated, recent); each cut at a sentence or paragraph end
before the sentence or paragraph its excerpt breaks off in (`truncated`). Edits per item in `notes` (title lines,
infobox lines and section headings cut, citation markers cut; paragraphs joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather65c/src), the markers ('[1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-63h did. No text
tells an outage or a near-miss of one (an acquisition, a sale of stores, mergers, a renaming, a retired brand and a
court case are business events). newskg (or any extractor) was not run on any text. A round of three: five queries,
three answered with English Wikipedia text on a company not yet in the corpus and were taken; the Chicago Great
Western Railway (two queries) was claimed and released (round notes, /work/notes/gather65/64c.md; queries,
/tmp/gather65c/src/queries.txt).
usage: batch64c.py [POOL_DIR] [--dry]   (default /tmp/gather65c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65c/pool"
SRC = "/tmp/gather65c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b and 63h aside), in the session-58 pools (/tmp/gather65*/pool) and in "
           "/work/notes/gather65/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\s*\[\d+\]")

# ---- airline, US: Mohawk Airlines (en.wikipedia.org '= Title =' rendering, undated) --------------------------------
MH = [
 "Mohawk Airlines was a local service carrier operating in the Mid-Atlantic region of the United States, mainly in New "
 "York and Pennsylvania, from the mid-1940s until its acquisition by Allegheny Airlines in 1972. At its height, it "
 "employed over 2,200 personnel and pioneered several aspects of regional airline operations, including being the "
 "first airline in the United States to hire an African American flight attendant, in 1958. The airline was based at "
 "Ithaca Municipal Airport near Ithaca, New York, until 1958, when it moved to Oneida County Airport in Whitestown, New "
 "York.",
 "The airline was founded in 1945 as Robinson Airlines by aerial photographer C. S. Robinson as a unit of Robinson "
 "Aviation, completing its first passenger flight on 6 April. The operation was based out of Ithaca Municipal Airport "
 "near Ithaca, New York, flying single-engine, three-passenger Fairchild F-24s. After the end of World War II, the "
 "Fairchilds were supplemented with two Cessna T-50s, and in 1946, the entire fleet was replaced with Beechcraft Model "
 "18s.",
 "To keep the airline flying, Robinson secured investments from a variety of local sources, notably Ithaca "
 "Enterprises, a nonprofit organization responsible for bringing new businesses to Ithaca, and the Cooperative Grange "
 "League Federation Exchange (now part of Agway), a farmers cooperative that had been organized by members of The "
 "Grange, and Cornell University. Most significant was the involvement of Edwin Albert Link, creator of the Link "
 "Trainer."]
KEPT["wp-mohawk-airlines"] = ("mohawk-enwiki.txt", MH)
R.append(wp("wp-mohawk-airlines", "Mohawk Airlines", "https://en.wikipedia.org/wiki/Mohawk_Airlines",
 "\n\n".join(MH),
 "airlines", ["history", "founding", "founders", "ownership", "acquisitions", "financing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; "
 "taken for a recent rendering, as batches 58p-63h took theirs; its lead's 'a local service carrier' differs from "
 "piglix.com's older copy, 'operated in', and from wikimili.com's copy of about 2024, 'a regional passenger "
 "airline'). Cut: the title line '= Mohawk Airlines ='; the "
 "infobox lines ('Infobox', '- Airline: Mohawk Airlines' to '- Num Employees: 2,200', with '- Founded: , as Robinson "
 "Airlines', '- Headquarters: Ithaca, New York, After 1958, Utica, New York' and '- Key People: Cecil Robinson, Robert "
 "Peach'), so Utica, Robert Peach, 'Cecil' and the infobox's list of destinations are not in the text (cut as batches "
 "54zu-63h cut their infoboxes); the heading '==History=='; cut at the end of the third paragraph's second sentence "
 "('... creator of the Link Trainer.'), before the sentence the excerpt breaks off in ('Link lent the airline $75,000 "
 "to pu'; `truncated`; a cut at a sentence end). The rendering has no citation markers. No word added or changed. "
 "Kept as written: 'a local service carrier operating in the Mid-Atlantic region of the United States, mainly in New "
 "York and Pennsylvania, from the mid-1940s until its acquisition by Allegheny Airlines in 1972', 'the first airline "
 "in the United States to hire an African American flight attendant, in 1958' (a comma before 'in 1958'), 'until "
 "1958, when it moved to Oneida County Airport in Whitestown, New York', 'founded in 1945 as Robinson Airlines by "
 "aerial photographer C. S. Robinson as a unit of Robinson Aviation', 'completing its first passenger flight on 6 "
 "April' (no year beside it), 'single-engine, three-passenger Fairchild F-24s', 'the Fairchilds were supplemented "
 "with two Cessna T-50s, and in 1946, the entire fleet was replaced with Beechcraft Model 18s', 'notably Ithaca "
 "Enterprises, a nonprofit organization responsible for bringing new businesses to Ithaca, and the Cooperative Grange "
 "League Federation Exchange (now part of Agway), a farmers cooperative that had been organized by members of The "
 "Grange, and Cornell University' (two 'and's in the list, as written), 'Most significant was the involvement of "
 "Edwin Albert Link, creator of the Link Trainer.'. 233 words. No outage and no near-miss of one told (an "
 "acquisition, a move of base and a fleet replaced are business events). Recorded CC BY-SA 4.0 (doubtful: undated; a "
 "recent rendering, as batches 58p-63h recorded their '= Title =' renderings; an older revision would be 3.0, whose "
 "terms the record meets the same way). Found at rank 4 of the query 'Mohawk Airlines history founded Robinson "
 "Airlines merged Allegheny Airlines 1972 president'; piglix.com's copy of 'Robinson_Airlines' (rank 1; an older "
 "revision of the same text), usairways.com (rank 2; the airline's own history page, copyrighted), imageevent.com "
 "(rank 3; a photo caption), stanwing.com (ranks 5 and 8; a collector's pages, 'All Rights Reserved'), wikimili.com "
 "(rank 6; a copy with image captions and markers) and theinfolist.com (rank 7; glossary text woven in) not used. "
 "Mohawk, Robinson Airlines, Robinson Aviation, Ithaca Enterprises, Grange League Federation, Agway, Edwin Albert "
 "Link, Link Trainer, Oneida County Airport: " + CHECKED + " ('Mohawk Airlines' only in batch 63h's notes and list of "
 "leads; 'Allegheny Airlines' in batch 63h's All American Aviation text, another matter, where it is a later name "
 "of that company; 'Pennsylvania' in texts on other matters; 'Cornell' in train's CH2M Hill text, another matter).", "US",
 copy_of="the Wikipedia article"))

# ---- retail, US: Zayre (en.wikipedia.org '= Title =' rendering, undated) --------------------------------------------
ZY = [
 "Zayre (/z\u025b\u0259r/) was a chain of discount stores that operated in the eastern half of the United States from "
 "1956 to 1990. The company's headquarters were in Framingham, Massachusetts. In October 1988, Zayre's parent "
 "company, Zayre Corp., sold the stores to the competing Ames Department Stores, Inc. chain. In June 1989, Zayre Corp. "
 "merged with one of its subsidiaries, TJX, parent company of T.J. Maxx, which still exists today. A number of stores "
 "retained the Zayre name until 1990, by which time all stores were either closed or converted into Ames stores.",
 "Zayre was founded in 1919 as the New England Trading Company in Boston, Massachusetts, by brothers Max and Morris "
 "Feldberg. The brothers were Jewish immigrants who fled Russia to escape conscription in the Czar's army, settling in "
 "Chelsea, Massachusetts. An underwear and hosiery wholesaler, the company began as a supplier to full-line "
 "department stores and specialty shops. Ten years later, the brothers launched their first retail operation, Bell "
 "Hosiery Shops (later shortened to \"Bell Shops\").",
 "Within a few years, Bell Shops expanded beyond underwear and hosiery into women's specialty stores, competing with "
 "such chains as Lerner Shops and Three Sisters. By the end of World War II, there were nearly 30 Bell Shops in the "
 "New England area."]
KEPT["wp-zayre"] = ("zayre-enwiki.txt", ZY)
R.append(wp("wp-zayre", "Zayre", "https://en.wikipedia.org/wiki/Zayre", "\n\n".join(ZY),
 "retail", ["history", "founding", "founders", "ownership", "divestiture", "renaming"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent rendering: its lead says 'Zayre Corp. merged with one of its subsidiaries, TJX, parent company of T.J. Maxx, "
 "which still exists today', where piglix.com's older copy says 'The TJX Companies' and 'as of 2016'). Cut: the title "
 "line '= Zayre ='; the infobox lines ('Zayre', '- Logo: Zayre logo.svg' to '- Products: Clothing, footwear, ..., "
 "and housewares.', with '- Fate: Chapter 11 Bankruptcy Liquidation Sale By Parent Company Reorganization into TJX "
 "Zayre Stores Acquired by Ames', '- Successor: TJX Waban Inc (BJ's Wholesale Club)', '- Key People: Malcolm L. "
 "Sherman, CEO' and '- Founders: Max Feldberg and Morris Feldberg'), so Malcolm L. Sherman, Waban Inc, BJ's Wholesale "
 "Club, Hyannis and the full name 'Max Feldberg' are not in the text (cut as batches 54zu-63h cut their infoboxes); "
 "the heading '==History=='; cut at the end of the third paragraph's second sentence ('... nearly 30 Bell Shops in "
 "the New England area.'), before the sentence the excerpt breaks off in ('In 194'; `truncated`; a cut at a sentence "
 "end). The rendering has no citation markers. No word added or changed. Kept as written: 'Zayre (/z\u025b\u0259r/)' "
 "(the pronunciation as the rendering gives it), 'The company's headquarters were in Framingham, Massachusetts', 'In "
 "October 1988, Zayre's parent company, Zayre Corp., sold the stores to the competing Ames Department Stores, Inc. "
 "chain', 'In June 1989, Zayre Corp. merged with one of its subsidiaries, TJX, parent company of T.J. Maxx, which "
 "still exists today', 'either closed or converted into Ames stores', 'founded in 1919 as the New England Trading "
 "Company in Boston, Massachusetts, by brothers Max and Morris Feldberg', 'the Czar's army', 'An underwear and hosiery "
 "wholesaler, the company began as a supplier to full-line department stores and specialty shops', 'Ten years later, "
 "the brothers launched their first retail operation, Bell Hosiery Shops (later shortened to \"Bell Shops\")' "
 "(straight quotation marks), 'such chains as Lerner Shops and Three Sisters'. 210 words. No outage and no near-miss "
 "of one told (a sale of stores, a merger and stores closed or converted are business events). Recorded CC BY-SA 4.0 "
 "(doubtful: undated; a recent rendering, as batches 58p-63h recorded theirs). Found at rank 1 of the query 'Zayre "
 "discount department store chain founded Feldberg acquired Ames 1988 TJX'; the-uncensored-wiki.com (rank 2; an "
 "unreferenced revision of about 2008), piglix.com (rank 3; an older revision of the same text), "
 "bygone.gamepuppet.com (rank 4; a summary), wikisum.wiki (rank 5; sentences reordered), a Google Sites fan page "
 "(rank 6; no licence stated), apnews.com (rank 7; news of 5 December 1988) and americanmemorylane.com (rank 8; a "
 "blog) not used. Zayre, Feldberg, Ames Department Stores, Bell Shops, Bell Hosiery, Nugents, Lerner Shops, Three "
 "Sisters: " + CHECKED + " ('Zayre' only in the lists of leads of batches 63b and 63h; 'TJX' in a train Wikinews text "
 "on TJX's computer intrusion of 2007 and in batch 8's annotations of it, another matter; 'T.J. Maxx' likewise).",
 "US", copy_of="the Wikipedia article"))

# ---- banking, US: Seafirst (everything.explained.today's copy, undated, recent) -------------------------------------
SF = [
 "Seafirst Corporation was an American bank holding company based in Seattle, Washington. Its banking subsidiary, "
 "Seafirst Bank, was the largest bank in Washington, with 235 branches and 497 ATMs across the state.[1] [2]",
 "Formed in 1929 via the merger of Seattle's three largest banks, Seafirst was acquired in 1983 by BankAmerica after "
 "posting huge losses from loans it purchased from the failed Penn Square Bank; the Seafirst brand was retired in 1999 "
 "after NationsBank acquired BankAmerica the previous year and subsequently implemented the Bank of America brand "
 "nationwide.",
 "Seafirst Corporation was formed on November 11, 1929, from the merger of Seattle's three largest banks, the First "
 "National Bank Group (founded 1882), the Dexter Horton National Bank (founded 1870 by Dexter Horton), and Seattle "
 "National Bank (founded 1889), the bank was originally named First Seattle Dexter Horton National Bank. In 1931, the "
 "bank changed its name to First National Bank of Seattle, and again in 1935 to Seattle-First National Bank.[3]",
 "In 1944, the bank won a case before the US Supreme Court, United States v. Seattle-First Nat. Bank, by arguing that "
 "it did not have to pay a transfer tax when it converted from a state to a federally chartered bank. In 1970 it was "
 "using the name Firstbank.[4] Seafirst Corporation was formed as a bank holding company for the Seattle-First "
 "National Bank on July 1, 1974.[5] [6]"]
KEPT["wp-seafirst-corporation"] = ("seafirst-eet.txt", SF)
R.append(wp("wp-seafirst-corporation", "Seafirst Bank", "https://everything.explained.today/Seafirst/",
 "\n\n".join(MARK.sub("", p) for p in SF),
 "banking", ["history", "founding", "founders", "ownership", "acquisitions", "renaming"],
 "The article (title 'Seafirst Bank'; en.wikipedia.org's 'Seafirst Corporation' redirects to it) as "
 "everything.explained.today's copy holds it in the page store (undated, no revision id; a recent revision: its lead "
 "has the 1983 and 1999 sentences that en.wikipedia.org's older 'Jump to navigation' rendering lacks, and it is the "
 "same text as wikiwand.com's and wikimili.com's copies of 2023-2024). Cut: the title line 'Seafirst Bank "
 "Explained'; the infobox lines ('Seafirst Corporation', 'Trade Name:Seafirst Bank' to 'Subsid:Seattle-First "
 "National Bank', with 'Fate:Merged into Bank of America', 'Parent:BankAmerica (1983\u20131999)'), so the trade-name "
 "tie of Seafirst Bank and the infobox's merger into Bank of America are not in the text (cut as batches 54zu-63h cut "
 "their infoboxes); the heading 'History'; the citation markers '[1]' to '[6]' (with the space before '[2]' and "
 "'[6]'); cut at the end of the fourth paragraph ('... on July 1, 1974.'), before the heading '1983 merger' and the "
 "paragraph the excerpt breaks off in ('In April 1983, San Francisco-based BankAmerica Corporation announced the "
 "pending acquisition of the ailing Seafirst Corporation for $400 million in cash and stock, when Seafirst'; "
 "`truncated`; a cut at a paragraph end). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Its banking subsidiary, Seafirst Bank, was the largest bank in Washington, with 235 branches and 497 ATMs "
 "across the state.', 'Formed in 1929 via the merger of Seattle's three largest banks, Seafirst was acquired in 1983 "
 "by BankAmerica after posting huge losses from loans it purchased from the failed Penn Square Bank; the Seafirst "
 "brand was retired in 1999 after NationsBank acquired BankAmerica the previous year and subsequently implemented the "
 "Bank of America brand nationwide.', 'Seafirst Corporation was formed on November 11, 1929, from the merger of "
 "Seattle's three largest banks, ... and Seattle National Bank (founded 1889), the bank was originally named First "
 "Seattle Dexter Horton National Bank.' (a comma splice, as written), 'the Dexter Horton National Bank (founded 1870 "
 "by Dexter Horton)', 'In 1931, the bank changed its name to First National Bank of Seattle, and again in 1935 to "
 "Seattle-First National Bank.', 'the US Supreme Court, United States v. Seattle-First Nat. Bank', 'In 1970 it was "
 "using the name Firstbank.', 'Seafirst Corporation was formed as a bank holding company for the Seattle-First "
 "National Bank on July 1, 1974.' 225 words. No outage and no near-miss of one told (an acquisition after losses, a "
 "retired brand, a court case and renamings are business events). Recorded CC BY-SA 4.0 (doubtful: undated; a recent "
 "revision, as batch 35l recorded everything.explained.today's Safmarine). Found at rank 4 of the query "
 "'Seattle-First National Bank Seafirst history acquired by BankAmerica 1983 president founded'; wikiwand.com (rank "
 "1; 'Quick Facts', 'Close' and 'Thumb' chrome inside the text), theinfolist.com (rank 2; glossary text woven in), "
 "wikimili.com (rank 3; image captions inside the text), sagapedia.com (rank 5; a generated preamble), "
 "en.wikipedia.org's 'Jump to navigation' rendering (rank 6; free, an older revision whose lead is one sentence) and "
 "encyclopedia.com and fundinguniverse.com (ranks 7 and 8; the International Directory of Company Histories, "
 "copyrighted) not used. Seafirst, Seattle-First, Dexter Horton, Penn Square, Firstbank, First National Bank Group, "
 "Seattle National Bank: " + CHECKED + " ('Seafirst' only in the lists of leads of batches 63b and 63h; BankAmerica "
 "and NationsBank in DOJ bank-merger texts on other matters: train's NationsBank/BankAmerica New Mexico branches of "
 "1998, test's BankAmerica/Security Pacific divestiture of 1992, and others, not opened).", "US",
 copy_of="the Wikipedia article, via everything.explained.today"))


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
