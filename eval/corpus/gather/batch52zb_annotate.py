#!/usr/bin/env python3
"""Batch 52zb gold annotations (the texts of batch52zb.py: the SEC's Litigation Release No. 17898 of 17 December 2002
-- 'a financial fraud case involving Mercator Software, Inc. ("Mercator"), a Wilton, Connecticut-based software
company', 'Ira A. Gerard ("Gerard") of Ridgefield, Connecticut, the former Chief Financial Officer of Mercator Software,
Inc.', 'Karen S. Harris ("Harris"), of Riverside, Connecticut, Mercator's former Controller'; the SEC's Litigation
Release No. 18081 of 10 April 2003 -- 'Joshua C. Cantor, a former president and director of American Bank Note
Holographics, Inc. ("ABNH"), and a former executive vice president of ABNH's parent, American Banknote Corporation
("ABN")', 'ABNH was a wholly owned subsidiary of ABN until its initial public offering in July 1998'), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts): American Bank Note Holographics -> test, Mercator -> train. Dates resolve
against `published` (each release line's date).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zr, 52b, 52i, 52j, 52m, 52o; looked up in the gold of the
corpus's SEC files on other matters, GATHERING.md and GUIDELINES) -- the Commission as 'Securities and Exchange
Commission' where the text writes the long form, with 'Commission' as alias where it also writes that; named district
courts -> Organization as written ('Southern District of New York' inside its name gives no Location of its own);
'X-based' -> Location X (52b, 52o); 'City, State' -> two Locations, 'New York, New York' -> one Location 'New York'
(44a and the lane); defined short names ('Mercator', 'ABNH', 'ABN') and surnames -> aliases, possessive-free; 'former
Chief Financial Officer' -> cfo false; 'former Controller' -> executive false (a controller, 41j's, 42e's, 44d's way);
'former president and director' -> president and director, both false ('former' heads the pair); 'former executive vice
president' -> vice-president false (GUIDELINES); 'X's parent, Y' and 'X was a wholly owned subsidiary of Y' ->
parentOrganization(X, Y) (GUIDELINES: ownership stated as past is still recorded); fiscal years and fiscal quarters ->
no date (GUIDELINES; 42g, 43d, 44d, 45za); 'the first two quarters of 2000' -> the year, as 'the first half of 2023' ->
2023 in the corpus; 'today' -> the release day; one date item per distinct text and value.
usage: batch52zb_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53zb/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
MS = "Mercator Software, Inc."
ABNH = "American Bank Note Holographics, Inc."
ABN = "American Banknote Corporation"
A = {}

# ---- Mercator Software, LR 17898, published 2002-12-17 (a Tuesday) -------------------------------------------------
A["us-sec-mercator-software-former-cfo-gerard-former-controller-harris-understated-expenses-2002"] = dict(
 # The Securities and Exchange Commission ('The Securities and Exchange Commission ("Commission")', 'The Commission',
 # "The Commission's complaint": alias 'Commission', possessive-free; 'SEC' is in the title only); Mercator Software,
 # Inc. ('("Mercator")', "Mercator's": alias 'Mercator'); Wilton and Connecticut ('a Wilton, Connecticut-based software
 # company': 'City, State' before '-based' -> two Locations, 52o's 'X-based' way); Ridgefield ('of Ridgefield,
 # Connecticut'); Riverside ('of Riverside, Connecticut'); Ira A. Gerard ('("Gerard")', 'Gerard agreed': alias); Karen
 # S. Harris ('("Harris")', "Gerard and Harris' conduct": alias 'Harris', possessive-free). Not annotated: 'the
 # Commission's complaint', 'The Complaint' (documents); 'the federal securities laws' (laws); "analysts' earnings
 # expectations" (unnamed analysts); 'a software company' (no named product)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", MS, "Mercator"),
           E("Location", "Wilton"),
           E("Location", "Connecticut"),
           E("Location", "Ridgefield"),
           E("Location", "Riverside"),
           E("Person", "Ira A. Gerard", "Gerard"),
           E("Person", "Karen S. Harris", "Harris")],
 # 'Ira A. Gerard ..., the former Chief Financial Officer of Mercator Software, Inc.' -> cfo at Mercator Software,
 # Inc., current false; "Karen S. Harris ..., Mercator's former Controller" -> executive at Mercator Software, Inc.,
 # current false (a controller -> executive, the lane's way) -- **doubtful**: 'Controller' is no title in the
 # vocabulary; a reader may give no role or 'other'. Near-misses: 'Mercator's CEO' of the complaint and order (not in
 # this text); the heading's 'Former CFO and Former Controller' (title only)
 roles=[R("Ira A. Gerard", "cfo", MS, False),
        R("Karen S. Harris", "executive", MS, False)],
 # No relation. Near-misses: the Commission's civil action and its cease-and-desist proceedings against Mercator (a
 # regulator's action, no partner)
 relations=[],
 outages=[],
 # 'today' ('announced today that it filed') -> 2002-12-17, the release day; 'the first two quarters of 2000' (twice:
 # one item) -> 2000 -- **doubtful**: the half-year is given its year, as the corpus's 'the first half of 2023' ->
 # 2023; the text does not say the quarters are calendar quarters (Mercator's year is not told), so a reader may skip
 # them as fiscal quarters (GUIDELINES) -- the year is given because the text writes 'of 2000', not 'of fiscal 2000'.
 # Near-miss: 'those two quarters' (the same span again, no year in its text: not listed)
 dates=[D("today", "2002-12-17"), D("the first two quarters of 2000", "2000")])

# ---- American Bank Note Holographics / Cantor, LR 18081, published 2003-04-10 (a Thursday) ------------------------
A["us-sec-american-bank-note-holographics-former-president-cantor-parent-american-banknote-fraud-2003"] = dict(
 # The Securities and Exchange Commission ('The Securities and Exchange Commission today filed': the only form; no
 # alias); the United States District Court for the Southern District of New York (as written); Joshua C. Cantor
 # ('The Complaint against Cantor', 'Cantor participated': alias 'Cantor'); American Bank Note Holographics, Inc.
 # ('("ABNH")', "ABNH's parent": alias 'ABNH'); American Banknote Corporation ('("ABN")': alias 'ABN'); New York ('located
 # in New York, New York' and 'Elmsford, New York': one Location 'New York' for city and state, the lane's 'New York,
 # New York' way) -- **doubtful**: the city (ABN's seat) and the state (Elmsford's) share one entity; Elmsford
 # ('ABNH, located in Elmsford, New York'). Not annotated: 'its subsidiaries' (ABN's other subsidiaries, unnamed);
 # 'stored-value telephone cards, magnetic-strip transaction cards, printed business forms, and checks',
 # 'mass-produced secure holograms' (product classes, no named Service); 'The Complaint' (a document); 'an initial
 # public offering' (an event)
 entities=[E("Organization", SEC),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Person", "Joshua C. Cantor", "Cantor"),
           E("Company", ABNH, "ABNH"),
           E("Company", ABN, "ABN"),
           E("Location", "New York"),
           E("Location", "Elmsford")],
 # 'Joshua C. Cantor, a former president and director of American Bank Note Holographics, Inc.' -> president and
 # director at ABNH, both current false ('former' heads the pair); "a former executive vice president of ABNH's
 # parent, American Banknote Corporation" -> vice-president at American Banknote Corporation, current false
 # (GUIDELINES: executive vice president -> vice-president). Near-miss: the title's 'FORMER OFFICER OF AMERICAN
 # BANKNOTE CORPORATION AND AMERICAN BANK NOTE HOLOGRAPHICS, INC.' (title only; the text's posts cover both firms)
 roles=[R("Joshua C. Cantor", "president", ABNH, False),
        R("Joshua C. Cantor", "director", ABNH, False),
        R("Joshua C. Cantor", "vice-president", ABN, False)],
 # "ABNH's parent, American Banknote Corporation" and 'ABNH was a wholly owned subsidiary of ABN until its initial
 # public offering in July 1998' -> parentOrganization(ABNH, ABN) -- **doubtful**: the tie is stated as ended ('until
 # its initial public offering'; the IPO sold ABNH's stock to the public, GUIDELINES keeps ownership stated as past);
 # a reader may leave out an ownership the text says ended. Near-misses: ABN's unnamed 'subsidiaries'; the IPO (no
 # named buyer: no acquired)
 relations=[L(ABNH, "parentOrganization", ABN)],
 outages=[],
 # 'today' ('today filed a settled civil injunctive action') -> 2003-04-10, the release day; 'July 1998' ('its
 # initial public offering in July 1998') -> 1998-07. Skipped: 'fiscal year 1996', 'fiscal year 1998' ('from fiscal
 # year 1996 through fiscal year 1998') and 'the third and fourth quarters of fiscal year 1996' (fiscal years and
 # fiscal quarters: no calendar value, GUIDELINES) -- **doubtful**: a reader may give the fiscal years their years
 # (their '1996', '1998' are not separate items: the same text inside 'fiscal year 1996'); 'the same period', 'the
 # period of the alleged fraud' (no calendar value in their text). Not a date: the caption's 'April 10, 2003' (left out;
 # `published`)
 dates=[D("today", "2003-04-10"), D("July 1998", "1998-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
