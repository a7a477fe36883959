#!/usr/bin/env python3
"""Gold annotations for batch 56c (session 54, gatherer 56c): one sec.gov press release on a public company charged
together with four of its former officers -- Brixmor Property Group Inc., a real estate investment trust, and 'Brixmor
CEO Michael Carroll, CFO Michael Pappagallo, CAO Steven Splain and Senior VP of Accounting Michael Mortimer', named as
'four former senior executives' (press release 2019-143: a manipulated non-GAAP metric, same property net operating
income; Marc P. Berger, Director of the SEC's New York Regional Office, quoted) -- written from the text alone; newskg
was not run on it. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts): the one id -> test. Dates resolve against `published` (2019-08-01: the release's dateline, left out of
the text).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 55b, 55l, 55v, 55zb; looked up in GATHERING.md, GUIDELINES
and the corpus files) -- the SEC -> Organization 'Securities and Exchange Commission' with the short forms the text
writes ('SEC', and 'Commission' in "the Commission's charges": most corpus SEC texts that write it list it) as
aliases, never from the title; a firm's repeated short form -> alias; officers listed after 'four former senior
executives' -> current false for each (the list names the four the sentence before counts); 'CEO' -> ceo, 'CFO' ->
cfo, 'CAO' (chief accounting officer) -> executive (GUIDELINES: chief officers outside the fixed list -> executive;
the corpus's 'former Chief Accounting Officer' -> executive), 'Senior VP of Accounting' -> vice-president (GUIDELINES:
senior vice president -> vice-president); 'Director of the SEC's New York Regional Office' -> director at the office
(the corpus's 'Director of the Commission's Chicago Regional Office' -> director), the office an Organization with
parentOrganization the SEC ('the SEC's' stands before its name: 41m, 53zs, 55zb); a federal court named in full ->
Organization under that name; 'New York' inside the names of the court and the office -> no Location (55zb's 'Fort
Worth'); 'the third quarter of 2013' -> 2013-Q3 (GUIDELINES: quarters of a named year; the text does not call them
fiscal).
usage: batch56c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather57c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
BRX = "Brixmor Property Group Inc."
NYRO = "New York Regional Office"
A = {}

# ---- Brixmor Property Group Inc. / Carroll, Pappagallo, Splain, Mortimer, PR 2019-143, published 2019-08-01 (a Thursday)
A["us-sec-brixmor-property-group-former-ceo-carroll-cfo-pappagallo-cao-splain-sp-noi-non-gaap-fraud-2019"] = dict(
 # The Securities and Exchange Commission (written out once; "the Commission's charges" -> alias 'Commission'; "The
 # SEC's complaint" and "the SEC's New York Regional Office" -> alias 'SEC'). Brixmor Property Group Inc. ('Brixmor'
 # and "Brixmor's" -> alias; 'the Company’s' and 'the company's' are generic: no alias). The United States District
 # Court for the Southern District of New York (Organization, the form written). Michael Carroll, Michael Pappagallo,
 # Steven Splain, Michael Mortimer (each named once in the kept text: no surname alias -- the surnames alone stand in
 # the cut sentence only). Marc P. Berger. The New York Regional Office (Organization). Not annotated: 'same property
 # net operating income (SP NOI)' (a metric, not a Service), 'a key non-GAAP metric', '"cookie jar" account' (an
 # account), 'analysts and investors' (generic), 'the complaint' (a document), 'a publicly-traded real estate
 # investment trust' (a description of Brixmor), 'New York' inside two names (no Location)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", BRX, "Brixmor"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Person", "Michael Carroll"),
           E("Person", "Michael Pappagallo"),
           E("Person", "Steven Splain"),
           E("Person", "Michael Mortimer"),
           E("Person", "Marc P. Berger"),
           E("Organization", NYRO)],
 # 'Brixmor CEO Michael Carroll, CFO Michael Pappagallo, CAO Steven Splain and Senior VP of Accounting Michael
 # Mortimer' -> ceo, cfo, executive, vice-president at Brixmor Property Group Inc., each current false (the opening
 # sentence charges 'four former senior executives', and these four are they; **doubtful**: the posts stand in a
 # clause on 2013-2015 without 'former' beside each name -- a reader who reads them as then-current posts would still
 # write false from 'former senior executives'; one who ignores that sentence writes true). 'CAO' -> executive
 # (**doubtful**: a reader may leave the abbreviation unmapped or give cfo-like readings; the GUIDELINES' catch-all
 # for chief officers off the list is executive). 'Senior VP of Accounting' -> vice-president. 'Marc P. Berger,
 # Director of the SEC's New York Regional Office' -> director at the New York Regional Office, current. Near-misses:
 # 'certain of the defendants' (unnamed: no role); 'senior executives' in Berger's quotation (the same four, no new
 # post); no role at the SEC itself for Berger (his post is the office's)
 roles=[R("Michael Carroll", "ceo", BRX, False),
        R("Michael Pappagallo", "cfo", BRX, False),
        R("Steven Splain", "executive", BRX, False),
        R("Michael Mortimer", "vice-president", BRX, False),
        R("Marc P. Berger", "director", NYRO)],
 # parentOrganization(New York Regional Office, SEC) -- "the SEC's New York Regional Office" (41m, 53zs, 55zb).
 # Near-misses: Brixmor and the court, the SEC and the court (a complaint filed: no relation); Brixmor and its
 # shopping centres (not named in the kept text); 'a publicly-traded real estate investment trust' (a kind, not an
 # owner)
 relations=[L(NYRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (= published 2019-08-01); 'from the third quarter of 2013 to the third quarter of 2015' -> 2013-Q3 and
 # 2015-Q3 (**doubtful**: the text does not say whether Brixmor's quarters are calendar ones; it does not call them
 # fiscal, and the lane keeps quarters of a named year). Not dates: 'the prior year' and 'the current year' (relative
 # to unnamed reporting periods, not to `published`), 'quarterly' (no value), the left-out dateline (not text)
 dates=[D("today", "2019-08-01"), D("the third quarter of 2013", "2013-Q3"),
        D("the third quarter of 2015", "2015-Q3")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
