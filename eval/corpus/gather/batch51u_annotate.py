#!/usr/bin/env python3
"""Batch 51u gold annotations (the texts of batch51u.py: two SEC News Digest items of 2009 -- the formation of 'an
Investor Advisory Committee' that 'Securities and Exchange Commission Chairman Mary Schapiro' announced, with 'SEC
Commissioner Luis A. Aguilar' its 'primary sponsor', 'co-chaired by Richard (Mac) Hisey, President of AARP Financial
Incorporated and AARP Funds, and Hye-Won Choi, Senior Vice President and Head of Corporate Governance for TIAA-CREF',
and 'Fred Josephs, President of the North American Securities Administrators Association' an 'ex officio participant'
(Issue 2009-105, 3 June 2009); the appointment of 'Daniel L. Goelzer as Acting Chairman for the Public Company
Accounting Oversight Board', 'a founding and current member of the PCAOB Board', once 'General Counsel of the SEC' and
'a partner in the Washington, D.C. office of the law firm of Baker & McKenzie', with 'SEC Chairman Mary Schapiro'
thanking 'Chairman Mark Olson' (Issue 2009-142, 27 July 2009)), written from the texts alone; newskg was not run on
them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each digest's date line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h; looked up in
48g's Mayhew file (a past SEC staff post -> other, current false; faculty posts -> no role), 48j's Booth file (an SEC
office named on its own -> Organization with parentOrganization to the SEC; 'a consultant with' a firm -> no role),
49d's and 49g's 'Acting Chairman' -> chairman, current, 51h's Cross file ('Associate ... Counsel' -> other; a law's year
skipped), GATHERING.md's 'co-chair' -> chairman (15a's task force), 27a's 'Partner' -> executive, 'Head of ...' -> head
(16f's and 17b's witness lines), parenthesised nicknames kept inside the name ('Robert (Bob) Chaphe'), 'State of
Colorado' -> Location with the fullest form (the DOJ Federal Register files), 'Grant Advisory Committee' ->
parentOrganization to its body (28e's Wikimedia files), and GUIDELINES (commissioners -> other, judges -> no role, a
board member who chairs it -> director and chairman, general counsel -> executive), by their gold only where other
matters).
usage: batch51u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
IAC = "Investor Advisory Committee"
AARPF = "AARP Financial Incorporated"
AARPFU = "AARP Funds"
TIAA = "TIAA-CREF"
NASAA = "North American Securities Administrators Association"
PCAOB = "Public Company Accounting Oversight Board"
OGC = "Office of the General Counsel"
BM = "Baker & McKenzie"
CA7 = "U.S. Court of Appeals for the Seventh Circuit"
DT = "Deloitte & Touche"
A = {}

# ---- Investor Advisory Committee, SEC News Digest 2009-105, published 2009-06-03 (a Wednesday) ----------------------
A["us-sec-investor-advisory-committee-aarp-financial-hisey-tiaa-cref-choi-2009"] = dict(
 # The Securities and Exchange Commission ('SEC Commissioner': alias 'SEC'; 'the Commission's work', 'at the
 # Commission' and the charter items: alias 'Commission', 48g's way); Mary Schapiro ('Chairman Schapiro': alias); the
 # Investor Advisory Committee ('the Advisory Committee' twice, 'the Committee': aliases; a named body the Commission
 # forms -- an Organization); Luis A. Aguilar ('Commissioner Aguilar': alias); Richard (Mac) Hisey (named once, the
 # nickname kept in brackets inside the name as the corpus keeps 'Robert (Bob) Chaphe'); AARP Financial Incorporated
 # and AARP Funds (Companies: a financial firm and a fund family, each named once; 'AARP' is never named alone);
 # Hye-Won Choi; TIAA-CREF (Company, named once); Fred Josephs; the North American Securities Administrators
 # Association (Organization, named once); the State of Colorado (Location, the fullest form, as the DOJ Federal
 # Register files keep 'State of Colorado'). Not annotated: 'investors', 'the securities markets' (generic), 'the
 # investor's advocate' (a role, not an entity), 'Corporate Governance' inside Choi's title (a function, no unit named
 # -- near-miss), the charter (a document)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", "Mary Schapiro", "Schapiro"),
           E("Organization", IAC, "Advisory Committee", "Committee"),
           E("Person", "Luis A. Aguilar", "Aguilar"),
           E("Person", "Richard (Mac) Hisey"),
           E("Company", AARPF),
           E("Company", AARPFU),
           E("Person", "Hye-Won Choi"),
           E("Company", TIAA),
           E("Person", "Fred Josephs"),
           E("Organization", NASAA),
           E("Location", "State of Colorado")],
 # 'Securities and Exchange Commission Chairman Mary Schapiro' -> chairman at the SEC, current; 'SEC Commissioner Luis
 # A. Aguilar' -> other at the SEC, current (GUIDELINES: commissioners -> other); 'Richard (Mac) Hisey, President of
 # AARP Financial Incorporated and AARP Funds' -> president at each, current; 'Hye-Won Choi, Senior Vice President and
 # Head of Corporate Governance for TIAA-CREF' -> vice-president and head at TIAA-CREF, current (two posts named, as
 # 'President and CEO' -> two roles; **doubtful**: 'Head of Corporate Governance' heads a function, not the firm --
 # 16f and 17b gave such 'Head of ...' posts head, 27e and 31i executive; a reader may give executive or
 # vice-president alone); 'The Advisory Committee will be co-chaired by' Hisey and Choi -> chairman at the Investor
 # Advisory Committee for each, current true (a post announced to be taken, GUIDELINES; 'co-chair' -> chairman);
 # 'Fred Josephs, President of the North American Securities Administrators Association' -> president there, current.
 # Near-misses: Josephs as 'Securities Administrator for the State of Colorado' (a state post whose agency is not
 # named; a role at a Location is kept for heads of state, ministers and governors -- **doubtful**: a reader may give
 # other or head at the State of Colorado); Josephs 'an ex officio participant' of the Committee (a member, no title);
 # Aguilar 'the Commission's primary sponsor of the Committee' (a duty, not a post at the Committee)
 roles=[R("Mary Schapiro", "chairman", SEC, True),
        R("Luis A. Aguilar", "other", SEC, True),
        R("Richard (Mac) Hisey", "president", AARPF, True),
        R("Richard (Mac) Hisey", "president", AARPFU, True),
        R("Hye-Won Choi", "vice-president", TIAA, True),
        R("Hye-Won Choi", "head", TIAA, True),
        R("Richard (Mac) Hisey", "chairman", IAC, True),
        R("Hye-Won Choi", "chairman", IAC, True),
        R("Fred Josephs", "president", NASAA, True)],
 # The Investor Advisory Committee whose formation the SEC's Chairman announced, with a Commissioner as 'the
 # Commission's primary sponsor of the Committee', 'Advising the Commission' -> parentOrganization(Investor Advisory
 # Committee, SEC) (28e's Wikimedia files: 'Grant Advisory Committee' -> parentOrganization to its body; **doubtful**:
 # the text never calls it the SEC's committee in so many words, and a reader may see an outside advisory body).
 # Near-misses: AARP Financial Incorporated and AARP Funds (one man presides over both; no ownership stated between
 # them -- no relation); TIAA-CREF, AARP's firms and NASAA as the co-chairs' and participant's employers (no tie
 # between those bodies and the Committee or the SEC)
 relations=[L(IAC, "parentOrganization", SEC)],
 outages=[],
 # 'today' ('today announced') -> 2009-06-03 (the digest's date line, cut: `published`). Nothing else resolves
 dates=[D("today", "2009-06-03")])

# ---- Daniel L. Goelzer, Acting Chairman of the PCAOB, SEC News Digest 2009-142, published 2009-07-27 (a Monday) ------
A["us-sec-daniel-goelzer-acting-chairman-pcaob-mark-olson-2009"] = dict(
 # The Securities and Exchange Commission ('the SEC' thrice, 'SEC Chairman': alias 'SEC'; 'by the Commission': alias
 # 'Commission'); Daniel L. Goelzer ('Mr. Goelzer' four times: alias 'Goelzer'; 'Daniel Goelzer' in Schapiro's
 # quotation: alias); the Public Company Accounting Oversight Board ('The PCAOB', 'the PCAOB Board', 'the PCAOB staff',
 # 'at the PCAOB': alias 'PCAOB'); Mary Schapiro ('Chairman Schapiro': alias); Mark Olson ('Chairman Olson': alias);
 # the Office of the General Counsel (an SEC office named on its own, 48j's way); Baker & McKenzie ('the law firm of':
 # Company); Washington, D.C. (Location); Thomas E. Fairchild ('Judge Thomas E. Fairchild'); the U.S. Court of Appeals
 # for the Seventh Circuit (a court: Organization); Milwaukee (Location); Deloitte & Touche (Company). Not annotated:
 # the Sarbanes-Oxley Act of 2002 (a law: GUIDELINES), 'accounting firms', 'public companies' (generic), 'the
 # Washington, D.C. office' and 'the Milwaukee office' (offices of firms, unnamed as units -- near-miss)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", "Daniel L. Goelzer", "Goelzer", "Daniel Goelzer"),
           E("Organization", PCAOB, "PCAOB"),
           E("Person", "Mary Schapiro", "Schapiro"),
           E("Person", "Mark Olson", "Olson"),
           E("Organization", OGC),
           E("Company", BM),
           E("Location", "Washington, D.C."),
           E("Person", "Thomas E. Fairchild"),
           E("Organization", CA7),
           E("Location", "Milwaukee"),
           E("Company", DT)],
 # 'appointed Daniel L. Goelzer as Acting Chairman for the Public Company Accounting Oversight Board effective August
 # 1, 2009' -> chairman at the PCAOB, current true (49d's and 49g's 'Acting Chairman' -> chairman; a post announced to
 # be taken); 'a founding and current member of the PCAOB Board' -> director at the PCAOB, current (GUIDELINES: a
 # board member who chairs it -> director and chairman when both posts are named; 'founding' member of the Board is not
 # founder of the body -- near-miss); 'has served as General Counsel of the SEC' -> executive at the SEC (GUIDELINES:
 # general counsel -> executive), current false; 'has held the offices of Executive Assistant to the SEC Chairman' ->
 # other at the SEC, current false, 'and Associate General Counsel in the Office of the General Counsel' -> other at
 # that office, current false (51h's 'Associate Tax Legislative Counsel' -> other; 48g's past SEC staff post ->
 # current false) -- **doubtful**: 'has served', 'has held' say no 'former' in words; they are read as past because he
 # has sat on the PCAOB Board for six years and is appointed there; 'was a partner in the Washington, D.C. office of
 # the law firm of Baker & McKenzie' -> executive at Baker & McKenzie, current false (27a's 'Partner' -> executive;
 # **doubtful**: 27e gave an 'advisory partner' no role); 'SEC Chairman Mary Schapiro' -> chairman at the SEC,
 # current; 'Chairman Mark Olson' ('his service these past three years', 'his tenure at the PCAOB') -> chairman at the
 # PCAOB, current true (**doubtful**: an acting chairman takes over from August 1 and Olson is thanked, but the text
 # never says he leaves or has left -- GUIDELINES: set false only where the text says so). Near-misses: 'a law clerk to
 # Judge Thomas E. Fairchild of the U.S. Court of Appeals for the Seventh Circuit' (a clerk's post, no title in the
 # vocabulary; 48j's consultant and 48g's faculty posts got no role -- a reader may give other at the court); Judge
 # Fairchild (judges -> no role); 'worked as an auditor in the Milwaukee office of Deloitte & Touche' (a staff job,
 # no role, as 'consultant'); 'the PCAOB staff'; 'Executive Assistant to the SEC Chairman' (the chairman of the time
 # unnamed)
 roles=[R("Daniel L. Goelzer", "chairman", PCAOB, True),
        R("Daniel L. Goelzer", "director", PCAOB, True),
        R("Daniel L. Goelzer", "executive", SEC, False),
        R("Daniel L. Goelzer", "other", SEC, False),
        R("Daniel L. Goelzer", "other", OGC, False),
        R("Daniel L. Goelzer", "executive", BM, False),
        R("Mary Schapiro", "chairman", SEC, True),
        R("Mark Olson", "chairman", PCAOB, True)],
 # 'General Counsel of the SEC' and 'Associate General Counsel in the Office of the General Counsel' in one sentence of
 # SEC posts -> parentOrganization(Office of the General Counsel, SEC) (48j's SEC office -> parentOrganization;
 # **doubtful**: the text does not write 'the SEC's Office of the General Counsel' -- 51h left the Division of Trading
 # and Markets untied for the same want of words; here the office sits inside a list of posts held at the SEC, so it
 # is given). Near-misses: 'The PCAOB, which is subject to oversight by the Commission' (oversight, not ownership: no
 # parentOrganization -- **doubtful**, a reader may tie the board to the SEC); 'the Washington, D.C. office' of Baker &
 # McKenzie and 'the Milwaukee office' of Deloitte & Touche (unnamed offices); Goelzer's career across the SEC, the
 # PCAOB, the law firm and the auditor (a person's career: no relation between the bodies)
 relations=[L(OGC, "parentOrganization", SEC)],
 outages=[],
 # 'today' ('today announced') -> 2009-07-27 (the digest's date line, cut: `published`); 'August 1, 2009' ->
 # 2009-08-01. Skipped: '2002' in 'the Sarbanes-Oxley Act of 2002' (a law's year, as the corpus leaves Acts' years --
 # near-miss), 'the past six years', 'these past three years' (spans), 'this interim period' (no bounds written)
 dates=[D("today", "2009-07-27"), D("August 1, 2009", "2009-08-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
