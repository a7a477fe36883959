#!/usr/bin/env python3
"""Batch 45r gold annotations (the texts of batch45r.py: the SEC's Litigation Release No. 16829 of 14 December 2000 on
'MicroStrategy Inc.'s top three officers: Michael Saylor (co-founder and chief executive officer), Sanjeev Bansal
(co-founder and chief operating officer) and Mark Lynch (former chief financial officer)', 'a Vienna, Virginia-based
software company whose securities are listed on NASDAQ'; the SEC's Litigation Release No. 20041 of 15 March 2007 on
'three former financial officers of Raytheon Company and one of its subsidiaries' -- 'Franklyn A. Caine, the former
CFO of Raytheon, Edward S. Pliner, Raytheon's former Controller and former lead auditor, and James E. Gray, the former
CFO of Raytheon Aircraft Company (RAC)'; the SEC's Litigation Release No. 21205 of 11 September 2009 on 'Thomas B.
Mackey, the former co-president and chief operating officer of Tenet Healthcare Corporation'), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k and 45p for SEC releases): the SEC -> Organization ('SEC', 'Commission'
aliases where written; 'the Commission' alone when the kept text never spells the name out -> Organization
'Commission', as 15f and 16e); 'chief executive officer' -> ceo; 'chief financial officer', 'CFO' -> cfo; 'chief
operating officer' -> coo; 'co-founder' -> cofounder, current true (a founder stays one: 44p's Dai, 45f's Alexander,
45k's Morrice); 'co-president' -> president (doubtful); 'Controller' -> executive (45a's Steimle, 45k's Kenneally,
45p's Gollogly); 'former' -> current false; '<city>, <state>' -> one Location (45k's 'Irvine, Calif.', 44p's 'San
Jose, Calif.'), also inside '<place>-based' (43a, 43d) and after a person's name ('Mackey, of Keswick, Virginia');
NASDAQ -> Company (an exchange run as a business, 40o, 40t), its listing -> nothing (40o, 40t); 'X and one of its
subsidiaries' with the officers of X and of Y named -> parentOrganization(Y, X) (doubtful: implied, not said of Y by
name); years inside the names of laws ('Securities Act of 1933') -> no date item (41e, 41m); fiscal years ('fiscal
year 2002') -> no date item (43d, 43g); 'the present', 'For the next three years' -> no date item; programmes
('Medicare') -> no entity (GUIDELINES).
usage: batch45r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
MS = "MicroStrategy Inc."
RC = "Raytheon Company"
RAC = "Raytheon Aircraft Company"
TH = "Tenet Healthcare Corporation"
A = {}

# ---- MicroStrategy, Saylor, Bansal and Lynch, published 2000-12-14 (a Thursday) ----------------------------------------
A["us-sec-microstrategy-top-three-officers-saylor-bansal-lynch-settled-fraud-2000"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'the Commission', "the Commission's allegations"); MicroStrategy
 # Inc. ("MicroStrategy Inc.'s", 'MicroStrategy' twice; 'The company's' generic); Michael Saylor ('Saylor'), Sanjeev
 # Bansal ('Bansal'), Mark Lynch ('Lynch'); Vienna, Virginia (inside 'a Vienna, Virginia-based software company': one
 # Location, the SEC lane's '<city>, <state>' form; doubtful: 42j split 'Warsaw, Ind.' into two); NASDAQ (an exchange,
 # Company, 40o, 40t). Not annotated: 'Generally Accepted Accounting Principles' (rules), 'Securities Act of 1933',
 # 'Securities Exchange Act of 1934', 'Rules 10b-5 and 13b2-1' (laws and rules), 'the defendants' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", MS, "MicroStrategy"),
           E("Person", "Michael Saylor", "Saylor"),
           E("Person", "Sanjeev Bansal", "Bansal"),
           E("Person", "Mark Lynch", "Lynch"),
           E("Location", "Vienna, Virginia"),
           E("Company", "NASDAQ")],
 # "MicroStrategy Inc.'s top three officers: Michael Saylor (co-founder and chief executive officer), Sanjeev Bansal
 # (co-founder and chief operating officer) and Mark Lynch (former chief financial officer)" -> Saylor cofounder and
 # ceo, Bansal cofounder and coo (all current: no 'former' before their posts), Lynch cfo (current false). Two posts
 # named for one person -> two roles (45k's Morrice). Doubtful: none beyond the usual co-founder reading (a reader
 # may give founder)
 roles=[R("Michael Saylor", "cofounder", MS), R("Michael Saylor", "ceo", MS),
        R("Sanjeev Bansal", "cofounder", MS), R("Sanjeev Bansal", "coo", MS),
        R("Mark Lynch", "cfo", MS, False)],
 # 'whose securities are listed on NASDAQ' -> nothing (a listing, no relation type: 40o, 40t; near-miss)
 relations=[],
 outages=[],
 # 'today' -> 2000-12-14 (the text 'filed today'); 'June 1998' -> 1998-06; 'March 2000' -> 2000-03; 'from 1997' ->
 # 1997. Not dates: 'the present', 'during this time' (spans), '1933' and '1934' inside the laws' names (41e)
 dates=[D("today", "2000-12-14"), D("June 1998", "1998-06"), D("March 2000", "2000-03"), D("1997", "1997")])

# ---- Raytheon, Caine, Pliner and Gray, published 2007-03-15 (a Thursday) -----------------------------------------------
A["us-sec-raytheon-former-cfo-controller-raytheon-aircraft-cfo-settled-2007"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'The SEC' (twice), "the SEC's" (twice), "the Commission's
 # charges"); Raytheon Company ('Raytheon', "Raytheon's" four times); Raytheon Aircraft Company ('(RAC)'); Franklyn A.
 # Caine ('Caine'), Edward S. Pliner ('Pliner'), James E. Gray ('Gray'). Not annotated: 'three former financial
 # officers', 'each officer' (generic), "Raytheon's commercial aircraft manufacturing subsidiary" (the same company
 # as RAC, unnamed at that point: no entity of its own)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", RC, "Raytheon"),
           E("Company", RAC, "RAC"),
           E("Person", "Franklyn A. Caine", "Caine"),
           E("Person", "Edward S. Pliner", "Pliner"),
           E("Person", "James E. Gray", "Gray")],
 # 'Franklyn A. Caine, the former CFO of Raytheon' -> cfo (false); "Edward S. Pliner, Raytheon's former Controller
 # and former lead auditor" -> executive (Controller; false). **Doubtful**: 'former lead auditor' gives no role (the
 # auditing firm is not named; 'Raytheon's' read with 'Controller' only; a reader may add other at Raytheon); 'James
 # E. Gray, the former CFO of Raytheon Aircraft Company (RAC)' -> cfo at RAC (false)
 roles=[R("Franklyn A. Caine", "cfo", RC, False),
        R("Edward S. Pliner", "executive", RC, False),
        R("James E. Gray", "cfo", RAC, False)],
 # 'three former financial officers of Raytheon Company and one of its subsidiaries' with two officers of Raytheon
 # and the third 'the former CFO of Raytheon Aircraft Company (RAC)', beside "Raytheon's commercial aircraft
 # manufacturing subsidiary" -> parentOrganization(RAC, Raytheon Company). **Doubtful**: implied (the text never says
 # 'RAC, a subsidiary'; the heading's 'Subsidiary CFO' is a left-out sub-heading); a careful reader is sure (GUIDELINES:
 # 'stated or clearly implied' for roles; the relation read the same way)
 relations=[L(RAC, "parentOrganization", RC)],
 outages=[],
 # 'today' -> 2007-03-15 ('announced today'). No other time expression in the kept text
 dates=[D("today", "2007-03-15")])

# ---- Tenet Healthcare, Mackey, published 2009-09-11 (a Friday) ----------------------------------------------------------
A["us-sec-tenet-healthcare-former-co-president-coo-mackey-settlement-2009"] = dict(
 # The Commission ('the Commission' twice, "the Commission's Complaint": the kept text never spells out the SEC's
 # name (the page's 'U.S. SECURITIES AND EXCHANGE COMMISSION' line and the caption are left out), so the entity is
 # 'Commission', as 15f and 16e; **doubtful**: a reader may skip it as a bare common noun); Tenet Healthcare
 # Corporation ('Tenet', "Tenet's"); Thomas B. Mackey ('Mackey', "Mackey's"); Keswick, Virginia ('Mackey, of
 # Keswick, Virginia': one Location, as 45k's 'Irvine, Calif.'). Not annotated: 'Medicare', "Medicare's outlier
 # reimbursement regulations", 'Medicare patients' (a federal programme, GUIDELINES; near-miss), 'the Court' (not
 # named), 'the Complaint' (a filing), 'Tenet management', 'hospitals' (generic)
 entities=[E("Organization", "Commission"),
           E("Company", TH, "Tenet"),
           E("Person", "Thomas B. Mackey", "Mackey"),
           E("Location", "Keswick, Virginia")],
 # 'Thomas B. Mackey, the former co-president and chief operating officer of Tenet Healthcare Corporation' ->
 # president (co-president; **doubtful**: a reader may give executive, or leave the shared post out) and coo, both
 # current false ('former' governs both posts)
 roles=[R("Thomas B. Mackey", "president", TH, False), R("Thomas B. Mackey", "coo", TH, False)],
 # Nothing: Tenet and Medicare (a programme, no entity; reimbursement, no contract between named organisations)
 relations=[],
 outages=[],
 # 'On September 10, 2009' -> 2009-09-10; 'April 2, 2007' -> 2007-04-02; 'In 1999' -> 1999; 'by 2002' -> 2002 (the
 # same text inside 'fiscal year 2002' is not a separate item). Skipped: 'fiscal year 2002' (a fiscal year, 43d,
 # 43g), 'For the next three years' (a span), 'year after year'
 dates=[D("September 10, 2009", "2009-09-10"), D("April 2, 2007", "2007-04-02"), D("1999", "1999"),
        D("2002", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
