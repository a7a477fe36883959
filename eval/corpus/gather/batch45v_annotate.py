#!/usr/bin/env python3
"""Batch 45v gold annotations (the texts of batch45v.py: the SEC's Litigation Release No. 17353 of 5 February 2002 on
'David A. Thatcher, 46, of Rancho Santa Fe, California, the former president of Critical Path, and Timothy J.
Ganley, 45, of Aptos, California, a former vice-president of sales at the company', Thatcher 'the acting Chief
Financial Officer for the company' during part of the period; the SEC's Litigation Release No. 22138 of 24 October
2011 on Koss Corporation and 'Michael J. Koss, its CEO and former CFO', with 'Sujata Sachdeva ("Sachdeva"), Koss's
former Principal Accounting Officer, Secretary, and Vice-President of Finance, and Julie Mulvaney ("Mulvaney"),
Koss's former Senior Accountant'; the SEC's Litigation Release No. 17524 of 21 May 2002 on 'former Legato executive
vice president of worldwide sales David Malmstedt' and 'former vice president of North American sales Mark
Huetteman' of Legato Systems, Inc.), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p and 45r for SEC releases): the SEC -> Organization ('SEC', 'Commission'
aliases where written; 'the Commission' alone when the kept text never spells the name out -> Organization
'Commission', as 15f, 16e, 45f and 45r); a court named in full -> Organization (41b, 45a, 45f); 'president' ->
president; 'CEO' -> ceo; 'Chief Financial Officer', 'CFO' -> cfo, an 'acting' one too (acting keeps the post: 40zi's,
41h's and 44p's acting heads); 'vice president', 'vice-president', 'Vice-President of Finance' and 'executive vice
president' -> vice-president (GUIDELINES; 44d, 44r, 45f); 'Principal Accounting Officer' -> executive (a chief
accounting officer by another name: 41j, 42e); a company 'Secretary' -> other (40zg); a staff post ('Senior
Accountant') -> other (GUIDELINES: staff attorneys -> other); 'former' -> current false, each post in a 'former A, B,
and C' list false; '<city>, <state>' -> one Location (45r's 'Vienna, Virginia' and 'Keswick, Virginia', 45k's
'Irvine, Calif.'; 45f and 45a split such pairs: doubtful either way), also with the state abbreviated ('Mountain
View, Calif.') and inside '<place> developer'; a state on its own ('a California company') -> Location; ages ->
nothing; fiscal years and fiscal quarters ('fiscal 2000', 'fiscal years 2005 through 2009', 'fiscal year 2009', 'the
third and fourth quarters of fiscal 2000', 'three fiscal quarters') -> no date item (43d, 43g, 45r; GUIDELINES);
'early 2001' -> the year (GUIDELINES: 'late 2006'); 'the third quarter of 2000' -> 2000-Q3; years inside the names of
laws ('Securities Exchange Act of 1934') -> no date item (41e, 41m).
usage: batch45v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CP = "Critical Path, Inc."
KC = "Koss Corporation"
LS = "Legato Systems, Inc."
A = {}

# ---- Critical Path, Thatcher and Ganley, published 2002-02-05 (a Tuesday) ----------------------------------------------
A["us-sec-critical-path-former-president-thatcher-vice-president-ganley-fraud-2002"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'the Commission'); Critical Path, Inc. ('Critical Path'
 # throughout, "Critical Path's"; 'the company', 'the firm' generic); California ('a California company': the state
 # on its own); David A. Thatcher ('Thatcher'); Timothy J. Ganley (in full once; no shorter form in the kept text);
 # Rancho Santa Fe, California and Aptos, California (each 'of <city>, <state>' after a person's name: one Location
 # each, 45r's 'Mackey, of Keswick, Virginia'; **doubtful**: 45f splits city and state, which would make 'California'
 # serve three mentions). Not annotated: 'the complaint', 'an administrative proceeding' (filings), 'the Securities
 # Exchange Act of 1934' (a law), 'other Critical Path employees' (generic), 'Form 10-Q' (a filing), 'a press release'
 entities=[E("Organization", SEC, "Commission"),
           E("Company", CP, "Critical Path"),
           E("Location", "California"),
           E("Person", "David A. Thatcher", "Thatcher"),
           E("Person", "Timothy J. Ganley"),
           E("Location", "Rancho Santa Fe, California"),
           E("Location", "Aptos, California")],
 # 'David A. Thatcher ..., the former president of Critical Path' -> president, false; 'During part of that period
 # Thatcher was the acting Chief Financial Officer for the company' -> cfo at Critical Path, false (**doubtful**: an
 # acting post held in the past, 'was'; acting keeps the post as for 40zi's and 41h's acting heads; a reader may leave
 # an acting post out); 'Timothy J. Ganley ..., a former vice-president of sales at the company' -> vice-president at
 # Critical Path ('the company' = Critical Path), false
 roles=[R("David A. Thatcher", "president", CP, False), R("David A. Thatcher", "cfo", CP, False),
        R("Timothy J. Ganley", "vice-president", CP, False)],
 # Nothing: no second company; the administrative proceeding is the SEC's action, no relation type
 relations=[],
 outages=[],
 # 'today' -> 2002-02-05 ('filed a civil action today'); 'during 2000' -> 2000 (the same text in 'for 2000' once;
 # inside 'fiscal 2000' and 'the third quarter of 2000' no separate item); 'early 2001' -> 2001 (GUIDELINES: 'late
 # 2006' -> the year); 'the third quarter of 2000' -> 2000-Q3 (a calendar quarter as written; **doubtful**: the text
 # calls the same quarters 'the third and fourth quarters of fiscal 2000' just before, and Critical Path's fiscal year
 # is not said to differ from the calendar year; kept as a calendar quarter, as written); 'January 18, 2001' ->
 # 2001-01-18. Skipped: 'fiscal 2000' (twice), 'the third and fourth quarters of fiscal 2000' (fiscal, 43d, 43g),
 # 'During part of that period' (a span), 'the year' (anaphoric: the year 2000 already listed; near-miss), '1934'
 # inside the law's name (41e)
 dates=[D("today", "2002-02-05"), D("2000", "2000"), D("early 2001", "2001"),
        D("the third quarter of 2000", "2000-Q3"), D("January 18, 2001", "2001-01-18")])

# ---- Koss Corporation, Michael J. Koss, Sachdeva and Mulvaney, published 2011-10-24 (a Monday) -------------------------
A["us-sec-koss-corporation-ceo-former-cfo-vice-president-finance-sachdeva-embezzlement-2011"] = dict(
 # The SEC ('The Securities and Exchange Commission ("Commission")', "The Commission's Complaint"); Koss Corporation
 # ('("Koss")', 'Koss' throughout, "Koss's", "Koss Corporation's"); Milwaukee, Wisconsin ('located in Milwaukee,
 # Wisconsin': one Location, 45r's form; doubtful as above); Michael J. Koss (in full twice; 'Koss' alone is the
 # company's defined short name, so no alias for the man: **doubtful**, a reader may want no split, but the text
 # defines '("Koss")' for the company); Sujata Sachdeva ('("Sachdeva")', 'Sachdeva' throughout, "Sachdeva's"); Julie
 # Mulvaney ('("Mulvaney")', 'Mulvaney'). Not annotated: 'a Complaint', 'proposed settlement' (filings), "shareholders'
 # equity", 'internal controls' (generic), 'wire transfers' (only in the cut bullet)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", KC, "Koss"),
           E("Location", "Milwaukee, Wisconsin"),
           E("Person", "Michael J. Koss"),
           E("Person", "Sujata Sachdeva", "Sachdeva"),
           E("Person", "Julie Mulvaney", "Mulvaney")],
 # 'Michael J. Koss, its CEO and former CFO' -> ceo (current true: no 'former' before 'CEO') and cfo (false);
 # "Sujata Sachdeva ..., Koss's former Principal Accounting Officer, Secretary, and Vice-President of Finance" ->
 # executive (Principal Accounting Officer: 41j's and 42e's chief accounting officers), other (Secretary: 40zg) and
 # vice-president (Vice-President of Finance: 45f's Hirth), all false ('former' governs the list). **Doubtful**: three
 # roles for one person's three posts (45r and 45f give each named post its role; a reader may fold the Secretary post
 # into executive or leave it out); "Julie Mulvaney ..., Koss's former Senior Accountant" -> other, false
 # (**doubtful**: a staff post, not an officer's; GUIDELINES give staff attorneys 'other'; a reader may give no role,
 # as 45a's 'a former employee' with no post)
 roles=[R("Michael J. Koss", "ceo", KC, True), R("Michael J. Koss", "cfo", KC, False),
        R("Sujata Sachdeva", "executive", KC, False), R("Sujata Sachdeva", "other", KC, False),
        R("Sujata Sachdeva", "vice-president", KC, False),
        R("Julie Mulvaney", "other", KC, False)],
 # Nothing: the embezzlement 'from Koss' (a theft, no relation type; near-miss)
 relations=[],
 outages=[],
 # 'on October 24, 2011' -> 2011-10-24. Skipped: 'fiscal years 2005 through 2009' and 'during fiscal year 2009'
 # (fiscal years: Koss's fiscal year is not stated; 43d, 43g, 45r), 'During this period' (a span), 'at year-end'
 # (the fiscal year's end), 'yearly'
 dates=[D("October 24, 2011", "2011-10-24")])

# ---- Legato Systems, Malmstedt and Huetteman, published 2002-05-21 (a Tuesday) ----------------------------------------
A["us-sec-legato-systems-former-sales-executives-malmstedt-huetteman-fraud-2002"] = dict(
 # The Commission ('The Commission announced', 'the Commission alleges': the kept text never spells out the SEC's
 # name (the page lines and the caption are left out), so the entity is 'Commission', as 45f and 45r; **doubtful**: a
 # reader may skip it as a bare common noun); the United States District Court for the Northern District of
 # California (named in full: Organization, 45a, 45f); Legato Systems, Inc. ('Legato' throughout); Mountain View,
 # Calif. ('a Mountain View, Calif. developer': one Location, 45r's form, the abbreviation's full stop part of the
 # name); David Malmstedt ('Malmstedt'); Mark Huetteman ('Huetteman'); Manhattan Beach, Calif. and Hinsdale, Illinois
 # ('of <city>, <state>' after each name: one Location each). Not annotated: 'Northern District of California' inside
 # the court's name (no entity of its own, as 45f), 'In its Complaint', 'The complaint' (filings), 'resellers', 'an
 # end customer', 'the customer', 'the parties' (unnamed; near-miss: the customer is not named in the kept text)
 entities=[E("Organization", "Commission"),
           E("Organization", "United States District Court for the Northern District of California"),
           E("Company", LS, "Legato"),
           E("Location", "Mountain View, Calif."),
           E("Person", "David Malmstedt", "Malmstedt"),
           E("Person", "Mark Huetteman", "Huetteman"),
           E("Location", "Manhattan Beach, Calif."),
           E("Location", "Hinsdale, Illinois")],
 # 'former Legato executive vice president of worldwide sales David Malmstedt' -> vice-president at Legato (GUIDELINES:
 # executive vice president -> vice-president), false; 'former vice president of North American sales Mark
 # Huetteman' -> vice-president, false (**doubtful**: 'Legato' is written only before Malmstedt's post; the second
 # post is read as Legato's too, as the sentence's 'former sales executives of Legato Systems, Inc.' says)
 roles=[R("David Malmstedt", "vice-president", LS, False), R("Mark Huetteman", "vice-president", LS, False)],
 # Nothing: an unnamed customer's purchase order (near-miss), resellers (unnamed)
 relations=[],
 outages=[],
 # 'May 1999' -> 1999-05; 'December 2000' -> 2000-12 ('from May 1999 through December 2000', as the release writes
 # it). Skipped: 'three fiscal quarters', 'per quarter' (fiscal quarters, unresolvable), the ages '46' and '39'
 dates=[D("May 1999", "1999-05"), D("December 2000", "2000-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
