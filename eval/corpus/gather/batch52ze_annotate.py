#!/usr/bin/env python3
"""Batch 52ze gold annotations (the text of batch52ze.py: the SEC's Litigation Release No. 16722 of 25 September 2000
-- 'a financial fraud conducted by former officers and employees of Health Management, Inc.', 'headquartered in
Holbrook, New York', 'Clifford E. Hotte, Chief Executive Officer and Chairman of the Board', 'Drew Bergman, of Merrick,
New York, Chief Financial Officer', 'Michael R. Norman, of Stockton, New Jersey, Chief Operating Officer', 'Luis E.
Gomez, of Jericho, New York, Controller', 'Irwin Hirsh, of Pittsburgh, Pennsylvania, Vice President of Purchasing',
'Michael Escuder, of Flushing, New York, Supervising Pharmacist'), written from the text alone; newskg was not run on
it. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts): the one id -> test. Dates resolve against `published` (the release line's date).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52o, 52zb; looked up in the gold of the corpus's SEC files
on other matters, GATHERING.md and GUIDELINES) -- the Commission as 'Securities and Exchange Commission' with alias
'Commission' where the text writes both; named district courts -> Organization as written ('Eastern District of New
York' inside its name gives no Location of its own); 'City, State' -> two Locations, the state once however often it
recurs; the short name 'Health Management' -> alias; titles of officers named as 'former officers and employees' ->
current false (GUIDELINES: former -> false); 'Chief Executive Officer and Chairman of the Board' -> ceo and chairman
(GUIDELINES: a board's chair named alone -> chairman only, no director); 'Controller' -> executive (the lane's way, 52zb's
Harris); 'Vice President of Purchasing' -> vice-president; a staff title outside the vocabulary ('Supervising
Pharmacist') -> other; a buyer left unnamed -> no acquired; fiscal years and fiscal quarters -> no date (GUIDELINES);
one date item per distinct text and value.
usage: batch52ze_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53ze/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
HM = "Health Management, Inc."
A = {}

# ---- Health Management / Hotte et al., LR 16722, published 2000-09-25 (a Monday) ------------------------------------
A["us-sec-health-management-former-ceo-hotte-cfo-bergman-coo-norman-controller-gomez-holbrook-fraud-2000"] = dict(
 # The Securities and Exchange Commission ('The Securities and Exchange Commission ("Commission")', "the Commission's
 # allegations": alias 'Commission', possessive-free); the United States District Court for the Eastern District of
 # New York (as written); Health Management, Inc. ('Health Management, which was purchased', 'senior officers and
 # employees of Health Management', 'Health Management issued': alias 'Health Management'); Holbrook and New York
 # ('headquartered in Holbrook, New York'; the state again in 'Merrick, New York', 'Jericho, New York', 'Flushing, New
 # York': one Location); the six defendants as written (full names only: the surnames 'Hotte', 'Bergman' stand alone
 # only in the cut sentence, so no aliases); their towns Merrick, Stockton, Jericho, Pittsburgh, Flushing and the states
 # New Jersey and Pennsylvania. Not annotated: 'another company' (the 1997 buyer, unnamed); 'outpatient drug therapies',
 # 'management services for the health care industry' (service classes, no named Service); 'Final Judgments and
 # Orders', 'the complaint' (documents); 'the books and records of the company' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Eastern District of New York"),
           E("Company", HM, "Health Management"),
           E("Location", "Holbrook"),
           E("Location", "New York"),
           E("Person", "Clifford E. Hotte"),
           E("Person", "Drew Bergman"),
           E("Location", "Merrick"),
           E("Person", "Michael R. Norman"),
           E("Location", "Stockton"),
           E("Location", "New Jersey"),
           E("Person", "Luis E. Gomez"),
           E("Location", "Jericho"),
           E("Person", "Irwin Hirsh"),
           E("Location", "Pittsburgh"),
           E("Location", "Pennsylvania"),
           E("Person", "Michael Escuder"),
           E("Location", "Flushing")],
 # 'a financial fraud conducted by former officers and employees of Health Management, Inc.' and 'senior officers and
 # employees of Health Management, including defendants ...' -> each defendant's post at Health Management, Inc.,
 # current false (the first sentence calls them former; the company was sold in 1997): Hotte 'Chief Executive Officer
 # and Chairman of the Board' -> ceo and chairman; Bergman 'Chief Financial Officer' -> cfo; Norman 'Chief Operating
 # Officer' -> coo; Gomez 'Controller' -> executive -- **doubtful**: no vocabulary title (the lane's controller ->
 # executive; a reader may give 'other' or none); Hirsh 'Vice President of Purchasing' -> vice-president; Escuder
 # 'Supervising Pharmacist' -> other -- **doubtful**: an employee's post, not an officer's; a reader may give no role.
 # **Doubtful** for all six: current false rests on 'former officers and employees' in the first paragraph, the list
 # itself gives the titles without 'former'. Near-misses: 'currently incarcerated' (Hotte's state, no post); no
 # director for Hotte ('Chairman of the Board' alone -> chairman only)
 roles=[R("Clifford E. Hotte", "ceo", HM, False),
        R("Clifford E. Hotte", "chairman", HM, False),
        R("Drew Bergman", "cfo", HM, False),
        R("Michael R. Norman", "coo", HM, False),
        R("Luis E. Gomez", "executive", HM, False),
        R("Irwin Hirsh", "vice-president", HM, False),
        R("Michael Escuder", "other", HM, False)],
 # No relation. Near-miss: 'Health Management, which was purchased by another company in 1997' (the buyer is not
 # named: no acquired, no parentOrganization)
 relations=[],
 outages=[],
 # 'September 21, 2000' (the complaint's filing) -> 2000-09-21; '1997' (the purchase) -> 1997; 'July 1994' and
 # 'February 1996' ('from approximately July 1994 through February 1996': the span's two ends, one item each) ->
 # 1994-07, 1996-02. Skipped: 'the first quarter of fiscal 1995', 'the second quarter of fiscal 1996' (fiscal quarters:
 # no calendar value, GUIDELINES) -- **doubtful**: a reader may give them 1995 and 1996 (their year's start is not told)
 dates=[D("September 21, 2000", "2000-09-21"), D("1997", "1997"), D("July 1994", "1994-07"),
        D("February 1996", "1996-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
