#!/usr/bin/env python3
"""Batch 45f gold annotations (the texts of batch45f.py: the SEC's Litigation Release No. 20650 of 22 July 2008 on
Scott Hirth, 'the former Vice-President of Finance and Chief Financial Officer for ProQuest's Information and Learning
Division', and ProQuest Company; the SEC's Litigation Release No. 18765 of 28 June 2004 on Measurement Specialties,
Inc. (MSI) and 'its former chief financial officer, Kirk J. Dischino'; the SEC's press release 2006-137 of 9 August
2006 on Comverse Technology, Inc.'s founder and former Chairman and CEO Jacob "Kobi" Alexander, former Chief Financial
Officer David Kreinberg and former General and Senior General Counsel and director William F. Sorin), written from
the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u and 45a for SEC releases): the SEC -> Organization (the fullest form the text writes: 'the
Commission' alone where the kept text never names it in full, as 45c's 'Commission'; 'SEC', 'Commission' aliases
where written); 'Chief Financial Officer'/'chief financial officer' -> cfo; 'Vice-President of Finance' ->
vice-president; 'Chairman' -> chairman; 'CEO' -> ceo; 'founder' -> founder, current true (a founder stays one: 44p);
'General and Senior General Counsel' -> executive (GUIDELINES: general counsel); 'director' (of the company's board)
-> director; 'former' -> current false, and each post in a 'former A and B' list false; a company's named division ->
Company, its posts set at the division the text names (45a's HVTSG and CVS; batch 25c), the division
parentOrganization the company ("X's Y Division"); a court named in full -> Organization (41b, 45a); 'federal court in
Detroit' -> nothing for the court (not named in full), the city a Location; '<city>, <state>' and '<city> <state>' ->
the city and the state Locations (44u's 'Ann Arbor, Michigan', 45a's Cambridge); 'New York, N.Y.' -> the city only
(44c left 'Mich.' and 'Pa.' to the place before them); '<state>-based' -> the state a Location (45a's Massachusetts);
'the first three quarters of' a year -> the year (45a's 'the first two quarters of 2005'); a month named without its
year in 'between February and April 2006' -> that year's month.
usage: batch45f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
PQ = "ProQuest Company"
ILD = "Information and Learning Division"
MSI = "Measurement Specialties, Inc."
CT = "Comverse Technology, Inc."
KA = 'Jacob "Kobi" Alexander'
A = {}

# ---- ProQuest Company and Scott Hirth, published 2008-07-22 (a Tuesday) ------------------------------------------------
A["us-sec-proquest-information-learning-division-former-cfo-hirth-fraud-2008"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'The Commission's complaint', 'the Commission' throughout);
 # Scott Hirth ('Hirth' throughout, "Hirth's"); ProQuest Company ('ProQuest', "ProQuest's"); its Information and
 # Learning Division ("ProQuest's Information and Learning Division": a division -> Company); Carleton and Michigan
 # ('Scott Hirth of Carleton, Michigan'); Ann Arbor ('headquartered in Ann Arbor Michigan': the state is the same
 # Michigan, no second entity); Detroit ('filed in federal court in Detroit'). Not annotated: 'federal court in
 # Detroit' as a court (not named; near-miss), 'Earnings Before Interest and Taxes' (a measure), 'public filings'
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Scott Hirth", "Hirth"),
           E("Company", PQ, "ProQuest"),
           E("Company", ILD),
           E("Location", "Carleton"),
           E("Location", "Michigan"),
           E("Location", "Ann Arbor"),
           E("Location", "Detroit")],
 # 'Hirth was the former Vice-President of Finance and Chief Financial Officer for ProQuest's Information and Learning
 # Division' -> vice-president and cfo at the division, current false. Doubtful: the posts set at the division the
 # text names, not at ProQuest Company (45a's divisional posts; a reader may add them at ProQuest, or read the
 # divisional 'Chief Financial Officer' as executive)
 roles=[R("Scott Hirth", "vice-president", ILD, False), R("Scott Hirth", "cfo", ILD, False)],
 # "ProQuest's Information and Learning Division" -> the division parentOrganization ProQuest Company
 relations=[L(ILD, "parentOrganization", PQ)],
 outages=[],
 # 'today' -> 2008-07-22; 'from 2001 through 2005' and 'from at least 2001 through 2005' -> '2001', '2005' (each text
 # once); 'for 2001 though 2004' -> '2004'; 'the first three quarters of 2005' -> 2005 (three quarters -> the year, as
 # 45a's two quarters; doubtful: a reader may skip it beside '2005'); 'between February and April 2006' -> 'February'
 # 2006-02 (doubtful: the month borrows the year written after 'April'; a reader may skip it) and 'April 2006' 2006-04
 dates=[D("today", "2008-07-22"), D("2001", "2001"), D("2005", "2005"), D("2004", "2004"),
        D("the first three quarters of 2005", "2005"), D("February", "2006-02"), D("April 2006", "2006-04")])

# ---- Measurement Specialties and Kirk J. Dischino, published 2004-06-28 (a Monday) -------------------------------------
A["us-sec-measurement-specialties-former-cfo-dischino-fraud-insider-trading-2004"] = dict(
 # The SEC: the kept text writes only 'the Commission' (its heading's 'SEC' is cut) -> Organization named
 # 'Commission' (45c's AT&T/Teleport text; doubtful: a reader may want the full name, which the text lacks); the United
 # States District Court for the District of New Jersey ('in United States District Court for the District of New
 # Jersey': named in full); Measurement Specialties, Inc. ('(MSI)', 'MSI' throughout, "MSI's"); Kirk J. Dischino
 # ('Dischino' throughout, "Dischino's"); New Jersey ('a New Jersey-based manufacturing company'). Not annotated:
 # 'MSI operating division heads' (not named), 'generally accepted accounting principles (GAAP)' (a body of rules)
 entities=[E("Organization", "Commission"),
           E("Organization", "United States District Court for the District of New Jersey"),
           E("Company", MSI, "MSI"),
           E("Person", "Kirk J. Dischino", "Dischino"),
           E("Location", "New Jersey")],
 # 'its former chief financial officer, Kirk J. Dischino' -> cfo at MSI, current false
 roles=[R("Kirk J. Dischino", "cfo", MSI, False)],
 relations=[],
 outages=[],
 # 'On June 28, 2004' -> 2004-06-28; 'from June 2000 through September 2001' -> 2000-06 and 2001-09
 dates=[D("June 28, 2004", "2004-06-28"), D("June 2000", "2000-06"), D("September 2001", "2001-09")])

# ---- Comverse Technology and three former executives, published 2006-08-09 (a Wednesday) -------------------------------
A["us-sec-comverse-technology-founder-former-ceo-cfo-general-counsel-backdating-2006"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'the SEC complaint'); Comverse Technology, Inc. ('(Comverse)',
 # 'Comverse' throughout, "Comverse's"); Jacob "Kobi" Alexander (the full form only, once: no shorter form in the kept
 # text); David Kreinberg and William F. Sorin (each once, in full); New York ('headquartered in New York, N.Y.': the
 # city; 'N.Y.' the state's abbreviation after it, no entity of its own: doubtful, a reader may add New York State).
 # Not annotated: 'fictitious employees', 'key personnel', 'investors' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", CT, "Comverse"),
           E("Person", KA),
           E("Person", "David Kreinberg"),
           E("Person", "William F. Sorin"),
           E("Location", "New York")],
 # "Comverse's founder and former Chairman and CEO Jacob "Kobi" Alexander" -> founder (current true: a founder stays
 # one, 44p's Trident), chairman and ceo (current false: 'former' governs 'Chairman and CEO'); "David Kreinberg,
 # Comverse's former Chief Financial Officer" -> cfo, false; "William F. Sorin, Comverse's former General and Senior
 # General Counsel, and a former Comverse director" -> executive (general counsel) and director, false. Doubtful:
 # 'founder and former Chairman and CEO' read with 'former' on the two posts only (44p's 'founder and former CEO')
 roles=[R(KA, "founder", CT, True), R(KA, "chairman", CT, False), R(KA, "ceo", CT, False),
        R("David Kreinberg", "cfo", CT, False),
        R("William F. Sorin", "executive", CT, False), R("William F. Sorin", "director", CT, False)],
 relations=[],
 outages=[],
 # 'today' -> 2006-08-09; 'between 1991 and at least 2002' -> '1991', '2002'. Skipped: 'a decade-long' (a span)
 dates=[D("today", "2006-08-09"), D("1991", "1991"), D("2002", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
