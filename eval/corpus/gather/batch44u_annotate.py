#!/usr/bin/env python3
"""Batch 44u gold annotations (the texts of batch44u.py: the SEC's Litigation Release No. 19552 of 2 February 2006 on
'five former senior executives of General Re Corporation (Gen Re) and American International Group, Inc. (AIG)',
'Cologne Re Dublin, a Gen Re subsidiary in Dublin, Ireland'; the SEC's press release 2008-292 of 11 December 2008 on
Zurich Financial Services and 'Converium Holding AG, now known as SCOR Holding (Switzerland) AG', 'Zurich's former
reinsurance group, which operated under the name Zurich Re and was later spun off in 2001 as Converium', Linda
Chatman Thomsen, Director of the SEC's Division of Enforcement, quoted; the SEC's Litigation Release No. 21438 of 5
March 2010 on 'Charles C. Conaway, the former Chief Executive Officer of Kmart Corporation'; the SEC's Litigation
Release No. 21391 of 22 January 2010 on Nicor, Inc. and Jeffrey Metz, 'its former Assistant Vice President and
Controller'), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p and 44r for SEC releases): the SEC -> Organization (the fullest form the text writes; 'SEC',
'Commission' aliases where written); 'Chief Executive Officer' -> ceo; 'Assistant Vice President' -> vice-president
(GUIDELINES: vice president); 'Controller' -> executive (42e's and 44r's controller); 'former senior executives of'
a company, each named as 'with' it -> executive, current false (44d's and 44h's former officers); 'former' -> current
false; "Director of the SEC's Division of Enforcement" -> director at the Division (43a, 44l, 44p, 44r), the Division
parentOrganization the SEC (40zm, 41m, 42g, 43a, 44l, 44p, 44r); 'X, a Y subsidiary' -> parentOrganization (GUIDELINES);
a group of a company 'later spun off' -> parentOrganization of the spun-off company to its former parent (ownership
the text states as past is still recorded: GUIDELINES), 'now known as' and 'operated under the name' -> aliases of
the same company (former names are aliases: GUIDELINES); a court named in full -> Organization (41b, 42a, 42j, 42v,
44p, 44r); a judge -> Person, no role (41p's judges; here a court entity is written: doubtful); 'federal court in
Manhattan' -> Manhattan a Location, no court entity (no court named); '<city>-area' -> the city a Location (as
44r's '<city>-based'); quarters of a calendar-year company -> YYYY-Qn (44d, 44r); a release's cross-reference dates
('Litigation Release No. 20060 (March 29, 2007)') -> date items like any other.
usage: batch44u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
GR = "General Re Corporation"
AIG = "American International Group, Inc."
CRD = "Cologne Re Dublin"
ZFS = "Zurich Financial Services"
CV = "Converium Holding AG"
DOE = "Division of Enforcement"
KM = "Kmart Corporation"
NI = "Nicor, Inc."
A = {}

# ---- Gen Re and AIG, published 2006-02-02 (a Thursday) ----------------------------------------------------------------
A["us-sec-gen-re-aig-former-executives-ferguson-sham-reinsurance-2006"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'the Commission alleges'; 'SEC' not in the kept text); General
 # Re Corporation ('(Gen Re)', 'Gen Re' throughout); American International Group, Inc. ('(AIG)', 'AIG' throughout,
 # 'AIG's'); Ronald Ferguson, Elizabeth Monrad, Robert Graham, Christopher Garand, Christian Milton (each in full
 # once, then by surname); 'federal court in Manhattan' -> Manhattan (no court named: no court entity); Cologne Re
 # Dublin; Dublin and Ireland ('a Gen Re subsidiary in Dublin, Ireland'). Not annotated: 'an AIG subsidiary' (not
 # named), 'analysts', 'the defendants'
 entities=[E("Organization", SEC, "Commission"),
           E("Company", GR, "Gen Re"),
           E("Company", AIG, "AIG"),
           E("Person", "Ronald Ferguson", "Ferguson"),
           E("Person", "Elizabeth Monrad", "Monrad"),
           E("Person", "Robert Graham", "Graham"),
           E("Person", "Christopher Garand", "Garand"),
           E("Person", "Christian Milton", "Milton"),
           E("Location", "Manhattan"),
           E("Company", CRD),
           E("Location", "Dublin"),
           E("Location", "Ireland")],
 # 'five former senior executives of General Re Corporation (Gen Re) and American International Group, Inc. (AIG)
 # ... Four of the former executives, Ronald Ferguson, Elizabeth Monrad, Robert Graham and Christopher Garand, were
 # with Gen Re, while the fifth, Christian Milton, was with AIG' -> executive (a senior executive, no post named),
 # current false, each at the company he or she 'was with'
 roles=[R("Ronald Ferguson", "executive", GR, False), R("Elizabeth Monrad", "executive", GR, False),
        R("Robert Graham", "executive", GR, False), R("Christopher Garand", "executive", GR, False),
        R("Christian Milton", "executive", AIG, False)],
 # 'Cologne Re Dublin, a Gen Re subsidiary in Dublin, Ireland' -> parentOrganization
 relations=[L(CRD, "parentOrganization", GR)],
 outages=[],
 # 'today' (twice) -> 2006-02-02; 'the fourth quarter of 2000' -> 2000-Q4; 'first quarter of 2001' -> 2001-Q1 (the
 # article of the joined phrase not repeated: the surface text as written); 'the third quarter of 2000' -> 2000-Q3
 # (AIG's reported quarters; 44d's 'the third quarter of 2002')
 dates=[D("today", "2006-02-02"), D("the fourth quarter of 2000", "2000-Q4"), D("first quarter of 2001", "2001-Q1"),
        D("the third quarter of 2000", "2000-Q3")])

# ---- Zurich Financial Services and Converium, published 2008-12-11 (a Thursday) ----------------------------------------
A["us-sec-zurich-financial-converium-finite-reinsurance-settlement-2008"] = dict(
 # The SEC ('The Securities and Exchange Commission', "The SEC's orders", "the SEC's charges", "the SEC's findings",
 # "the SEC's Division"); Zurich Financial Services ("Zurich's", 'Zurich' throughout; 'Zurich-controlled' a modifier
 # of the same form); Converium Holding AG ('now known as SCOR Holding (Switzerland) AG': its present name;
 # 'operated under the name Zurich Re and was later spun off in 2001 as Converium': its former name; 'Converium'
 # throughout: all aliases of one company, doubtful: a reader may keep Zurich Re apart as Zurich's former division);
 # Linda Chatman Thomsen; the Division of Enforcement (the SEC's unit). Not annotated: 'third-party entities',
 # 'Zurich-controlled entities', 'the IPO', 'the investing public'
 entities=[E("Organization", SEC, "SEC"),
           E("Company", ZFS, "Zurich"),
           E("Company", CV, "SCOR Holding (Switzerland) AG", "Zurich Re", "Converium"),
           E("Person", "Linda Chatman Thomsen"),
           E("Organization", DOE)],
 # "Linda Chatman Thomsen, Director of the SEC's Division of Enforcement" -> director at the Division (current)
 roles=[R("Linda Chatman Thomsen", "director", DOE)],
 # "Zurich's former reinsurance group ... later spun off in 2001 as Converium", 'when it spun off Converium' ->
 # Converium parentOrganization Zurich (past ownership still recorded: GUIDELINES; doubtful: a spin-off, no sale to a
 # buyer, so no acquired); "the SEC's Division of Enforcement" -> parentOrganization the SEC
 relations=[L(CV, "parentOrganization", ZFS), L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2008-12-11; 'in 2001' -> '2001'; 'a December 2001 initial public offering' -> 2001-12
 dates=[D("today", "2008-12-11"), D("2001", "2001"), D("December 2001", "2001-12")])

# ---- Kmart and Charles C. Conaway, published 2010-03-05 (a Friday) -----------------------------------------------------
A["us-sec-kmart-former-ceo-conaway-ordered-to-pay-2010"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'the SEC charged', "the SEC's favor"); Charles C. Conaway
 # ('Conaway' throughout); Kmart Corporation ("Kmart's"); Ann Arbor and Michigan ('in Ann Arbor, Michigan'); Steven
 # D. Pepe ('Magistrate Judge'); the United States District Court for the Eastern District of Michigan (named in
 # full). Not annotated: 'a jury', 'the court', 'the parties', 'any third party'
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Charles C. Conaway", "Conaway"),
           E("Company", KM, "Kmart"),
           E("Location", "Ann Arbor"),
           E("Location", "Michigan"),
           E("Person", "Steven D. Pepe"),
           E("Organization", "United States District Court for the Eastern District of Michigan")],
 # 'Charles C. Conaway, the former Chief Executive Officer of Kmart Corporation' -> ceo, current false. 'Magistrate
 # Judge Steven D. Pepe of the United States District Court for the Eastern District of Michigan' -> no role (a
 # judge: 41p's judges; doubtful: the court is named here, a reader may set other at the court)
 roles=[R("Charles C. Conaway", "ceo", KM, False)],
 relations=[],
 outages=[],
 # 'today' -> 2010-03-05; 'On August 23, 2005' -> 2005-08-23; 'On June 1, 2009' (also in the closing
 # cross-reference: one item) -> 2009-06-01; 'On March 3, 2010' -> 2010-03-03; '(Aug. 23, 2005)' -> 2005-08-23 (another
 # surface text of the same day: its own item). Skipped: 'the months preceding the company's bankruptcy' (no date),
 # 'a three-week trial', '60 days' (durations)
 dates=[D("today", "2010-03-05"), D("August 23, 2005", "2005-08-23"), D("June 1, 2009", "2009-06-01"),
        D("March 3, 2010", "2010-03-03"), D("Aug. 23, 2005", "2005-08-23")])

# ---- Nicor and Jeffrey Metz, published 2010-01-22 (a Friday) ------------------------------------------------------------
A["us-sec-nicor-former-controller-metz-fair-fund-distribution-2010"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'The Commission had earlier filed', "the Commission's
 # allegations"); Nicor, Inc. (twice in full, 'Nicor' and "Nicor's" throughout); Jeffrey Metz ('Metz' throughout);
 # 'a major Chicago-area natural gas distributor' -> Chicago; the Illinois Commerce Commission (a state regulator).
 # Not annotated: 'the fund administrator' (not named in the kept text), 'a Fair Fund' (a fund, no body),
 # 'shareholders', 'the court' (not in the kept text)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", NI, "Nicor"),
           E("Person", "Jeffrey Metz", "Metz"),
           E("Location", "Chicago"),
           E("Organization", "Illinois Commerce Commission")],
 # 'Metz, its former Assistant Vice President and Controller' -> vice-president and executive (Controller), current
 # false, at Nicor
 roles=[R("Jeffrey Metz", "vice-president", NI, False), R("Jeffrey Metz", "executive", NI, False)],
 relations=[],
 outages=[],
 # 'on January 22, 2010' -> 2010-01-22; 'on March 29, 2007' (also in the cross-reference '(March 29, 2007)': one
 # item) -> 2007-03-29; 'from 1999 to 2002' -> '1999', '2002'. Skipped: 'for five years' (a duration)
 dates=[D("January 22, 2010", "2010-01-22"), D("March 29, 2007", "2007-03-29"), D("1999", "1999"),
        D("2002", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
