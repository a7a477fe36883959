#!/usr/bin/env python3
"""Batch 45zp gold annotations (the texts of batch45zp.py: the SEC's Litigation Release No. 19521 of 4 January 2006 on
'Applix, Inc., a Westborough, Massachusetts Internet software company', 'former CEO Alan C. Goldsworthy', 'former CFO
Walter T. Hilger' and 'Mark E. Sullivan ..., Applix's current Director of World-Wide Operations'; the SEC's Litigation
Release No. 20305 of 27 September 2007 on 'Nathan Rosenblatt, a former director of NBTY, Inc., and member of its
three-person audit committee' and 'his close friend Morris Gad, an officer and principal shareholder of Almod Diamonds,
Inc., a family-owned jewelry retailer'), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi and 45zm for SEC releases): the SEC ->
Organization ('Commission' alias where written); 'CEO' -> ceo; 'CFO' -> cfo; a department's 'Director of ...' with no
board seat -> executive (44l's 'director of financial reporting'; doubtful); 'a former director of <company>' ->
director (a board member; 45zi's Peselman); membership of the board's audit committee -> no role of its own (the
director item covers it); 'an officer' of a company -> executive (a generic senior title, GOLD_FORMAT; doubtful);
'principal shareholder', 'close friend', 'his three children' -> no role; 'former' -> current false, 'current' or no
qualifier -> current true; '<city>, <state>' -> one Location (45r's, 45v's, 45za's, 45ze's and 45zi's form); a
judicial district ('the District of Massachusetts') -> not annotated (41p, 45zi); 'U.S.' as a modifier ('its U.S.
retail ... sales') -> Location (43q's "Anchor's U.S. drilling fluids business", 44c's 'U.S. consumers'; doubtful);
'the year ended <day>' and 'the quarter ended <day>' -> the day only (45zi's and 45zm's way); a company's quarter
whose results are out before the calendar quarter ends -> no date item (GUIDELINES' fiscal-quarter rule; 44n's HBOC);
clock times -> their own items with the day (batches 11, 13c, 14, 45i); years inside the names of laws ('Securities
Act of 1933') -> no date item (41e, 41m).
usage: batch45zp_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zp/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
AP = "Applix, Inc."
NB = "NBTY, Inc."
AD = "Almod Diamonds, Inc."
A = {}

# ---- Applix, Goldsworthy, Hilger and Sullivan, published 2006-01-04 (a Wednesday) ----------------------------------------
A["us-sec-applix-former-ceo-goldsworthy-former-cfo-hilger-operations-director-sullivan-fraud-2006"] = dict(
 # The Securities and Exchange Commission ('the Commission alleged'); Applix, Inc. ('Applix', "Applix's" throughout;
 # 'the company' is not in the kept text); Westborough, Massachusetts ('a Westborough, Massachusetts Internet software
 # company': one Location, the lane's form); Alan C. Goldsworthy ('former CEO Alan C. Goldsworthy of Gloucester,
 # Massachusetts'; no alias: the surname alone is only in the cut sentence); Gloucester, Massachusetts; Walter T.
 # Hilger (no alias, as Goldsworthy); Natick, Massachusetts; Mark E. Sullivan (no alias); Bridgewater, Massachusetts
 # (each defendant's town with its state: one Location each, 45zi's 'Plano, Texas'). Not annotated: 'federal court in
 # the District of Massachusetts' (no court named; a judicial district, 41p, 45zi), 'the three defendants' (a
 # collective), 'the complaint', 'press releases', 'Form 10-K' (a filing), 'generally accepted accounting principles'
 # (rules)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", AP, "Applix"),
           E("Location", "Westborough, Massachusetts"),
           E("Person", "Alan C. Goldsworthy"),
           E("Location", "Gloucester, Massachusetts"),
           E("Person", "Walter T. Hilger"),
           E("Location", "Natick, Massachusetts"),
           E("Person", "Mark E. Sullivan"),
           E("Location", "Bridgewater, Massachusetts")],
 # 'two former officers ... of Applix, Inc.' and 'former CEO Alan C. Goldsworthy' -> ceo at Applix, false; 'former
 # CFO Walter T. Hilger' -> cfo at Applix, false (the company is read from 'two former officers and a current
 # executive of Applix, Inc.' in the sentence before: the three named are those officers and that executive);
 # "Mark E. Sullivan of Bridgewater, Massachusetts, Applix's current Director of World-Wide Operations" -> executive
 # at Applix, current true (an operations department's head, no board seat: 44l's 'director of financial reporting'
 # -> executive; **doubtful**: a reader may give director, as the corpus's older 'director of X' items do, or head).
 # Near-miss: 'a current executive of Applix' (the same Sullivan, one item)
 roles=[R("Alan C. Goldsworthy", "ceo", AP, False), R("Walter T. Hilger", "cfo", AP, False),
        R("Mark E. Sullivan", "executive", AP, True)],
 # Nothing: 'a Westborough, Massachusetts Internet software company' (a seat); 'a December 31, 2001 transaction' (no
 # counterparty named)
 relations=[],
 outages=[],
 # 'today' -> 2006-01-04 (the release's day); 'the year ended December 31, 2001' (twice) and 'a December 31, 2001
 # transaction' -> 'December 31, 2001' 2001-12-31 (the same text and value: one item; the day only, 45zm's way;
 # **doubtful**: a reader may add 2001 for 'the year ended ...'); 'the quarter ended June 30, 2002' -> 'June 30, 2002'
 # 2002-06-30 (the day only; **doubtful**: a reader may add 2002-Q2, which the text does not name as a calendar
 # quarter); 'during 2001' -> '2001' 2001. Skipped: 'year-end' (in 'year-end revenue goal', no year of its own),
 # '$898,000', '$40 million' (amounts)
 dates=[D("today", "2006-01-04"), D("December 31, 2001", "2001-12-31"), D("June 30, 2002", "2002-06-30"),
        D("2001", "2001")])

# ---- NBTY, Nathan Rosenblatt and Morris Gad, published 2007-09-27 (a Thursday) -----------------------------------------
A["us-sec-nbty-former-director-rosenblatt-almod-diamonds-officer-gad-insider-trading-2007"] = dict(
 # The Securities and Exchange Commission ('the Commission charges', "The Commission's complaint", "the Commission's
 # complaint"); Nathan Rosenblatt ('Rosenblatt' throughout); NBTY, Inc. ('NBTY', "NBTY's"; 'the company' generic);
 # Morris Gad ('Gad' throughout); Almod Diamonds, Inc. (written once, no short form); U.S. ("its U.S. retail and
 # catalogue sales": the country as a modifier, Location as 43q's and 44c's 'U.S.'; **doubtful**: a reader may leave
 # a modifier out). Not annotated: "NBTY's audit committee" and 'its three-person audit committee' (a board committee,
 # not named as a body of its own), "NBTY's chief financial officer" (no person named), 'his three children'
 # (unnamed), 'Securities Act of 1933', 'Securities Exchange Act of 1934', 'Exchange Act', 'Rule 10b-5' (laws and
 # rules), 'put contracts', 'call contracts' (instruments)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Nathan Rosenblatt", "Rosenblatt"),
           E("Company", NB, "NBTY"),
           E("Person", "Morris Gad", "Gad"),
           E("Company", AD),
           E("Location", "U.S.")],
 # 'Nathan Rosenblatt, a former director of NBTY, Inc., and member of its three-person audit committee' -> director at
 # NBTY, false ('former' governs both posts; the committee seat is a board post, no item of its own; **doubtful**: a
 # reader may read 'member of its ... audit committee' as current, or add other); 'Morris Gad, an officer and principal
 # shareholder of Almod Diamonds, Inc.' -> executive at Almod Diamonds, current true (no 'former'; 'officer' a generic
 # senior title; **doubtful**: a reader may give other, or no role for an unnamed office; 'principal shareholder' no
 # role, 45zi's 'controlling shareholder'). Not roles: "NBTY's chief financial officer" (no person named; near-miss),
 # 'his close friend' (Gad to Rosenblatt), 'the members of NBTY's audit committee' (unnamed but for Rosenblatt)
 roles=[R("Nathan Rosenblatt", "director", NB, False), R("Morris Gad", "executive", AD, True)],
 # Nothing: 'a family-owned jewelry retailer' (a description; no owner named); Gad's trades in NBTY stock (trades by a
 # person, no relation between the companies); Rosenblatt's tip (between persons). Near-miss: Almod Diamonds and NBTY
 # linked only through the two friends
 relations=[],
 outages=[],
 # 'Today' -> 2007-09-27 (the release's day); 'On July 20, 2004' -> 'July 20, 2004' 2004-07-20 and 'at 3:17 p.m.' ->
 # '3:17 p.m.' 2004-07-20T15:17 (the clock time its own item, batches 11, 13c, 14); 'on July 21 at 11:00 a.m.' ->
 # 'July 21' 2004-07-21 (the year from 'July 20, 2004' just before, not from `published`, which would give 2007;
 # **doubtful**) and '11:00 a.m.' 2004-07-21T11:00. Skipped: 'the third quarter of 2004' and 'its 2004 third quarter'
 # (NBTY's quarter, its results faxed on July 20, 2004, so not the calendar third quarter: GUIDELINES' fiscal-quarter
 # rule, 44n's HBOC; **doubtful**: a reader may resolve it to 2004-Q3; near-miss), 'the third quarter' and 'the
 # previous year's third quarter' (the same fiscal quarters), '1933' and '1934' inside the Acts' names (41e, 41m),
 # '12%', '$29.5 million', '$25.9 million', '$400,000' (amounts)
 dates=[D("Today", "2007-09-27"), D("July 20, 2004", "2004-07-20"), D("3:17 p.m.", "2004-07-20T15:17"),
        D("July 21", "2004-07-21"), D("11:00 a.m.", "2004-07-21T11:00")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
