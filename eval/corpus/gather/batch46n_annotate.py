#!/usr/bin/env python3
"""Batch 46n gold annotations (the texts of batch46n.py: the SEC's press release 2005-15 of 9 February 2005 on
Columbia Management Advisors, Inc. (Columbia Advisors) and Columbia Funds Distributor, Inc. (Columbia Distributor),
settling over undisclosed market timing, with five former Columbia executives -- Peter Martin, 'former national sales
manager', Erik Gustafson, 'formerly a Columbia portfolio manager', Joseph Palombo, 'formerly the chief operating officer
of Columbia Advisors and chairman of the board of several Columbia funds', and Columbia Distributor's 'co-president
James Tambone and senior sales executive Robert Hussey'; the SEC's press release 2003-117 of 16 September 2003 on the
late-trading charges against Theodore C. Sihpol III, 'a Bank of America (BOA) broker', announced by 'New York State
Attorney General Eliot Spitzer' and 'Securities and Exchange Commission (SEC) Director of Enforcement Stephen M.
Cutler'), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j and
46m for SEC releases): the SEC -> Organization (the fullest form the text writes; 'SEC' and 'Commission' aliases where
written alone, 45a); 'former'/'formerly' -> current false; 'chief operating officer' -> coo; 'co-president' ->
president (GATHERING.md's co- posts: the post itself); 'senior sales executive', 'national sales manager' -> executive
(GUIDELINES: "manager" -> executive; GATHERING.md's 'national sales manager' -> executive) where the firm is named;
a post with no firm the text names or clearly implies -> no role (doubtful, listed); 'broker' -> other (40zn's
'registered representative' -> other); "SEC Director of Enforcement" -> director at the Division of Enforcement, the
Division parentOrganization the SEC (40zm, 42g, 43a, 44l, 44p, 46a, 46j, 46m); a state attorney general -> no role, the
state from the title a Location (GATHERING.md's Schneiderman, batch 37e's Tennessee); a fund family named by a proper
name ('the Nations Funds family of funds') -> Service with provider the firm offering it (46j annotated named funds;
46m left brand-plus-noun families ('Strong mutual funds') out); 'the Columbia funds', 'several Columbia funds' -> no
entity (46m); a court not named ('federal court in Boston') -> no entity, the city a Location; 'today' -> the release's
day.
usage: batch46n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOE = "Division of Enforcement"
CMA = "Columbia Management Advisors, Inc."
CFD = "Columbia Funds Distributor, Inc."
BOA = "Bank of America"
A = {}

# ---- Columbia Management Advisors, Columbia Funds Distributor, five former executives, published 2005-02-09 (a Wednesday)
A["us-sec-columbia-management-advisors-former-coo-palombo-co-president-tambone-market-timing-2005"] = dict(
 # The Securities and Exchange Commission ('The SEC also brought', 'the SEC found' twice, 'the SEC alleged': alias
 # 'SEC'; 'SEC' in the title too); Columbia Management Advisors, Inc. ('(Columbia Advisors)', 'of Columbia Advisors':
 # alias 'Columbia Advisors'; an investment adviser -> Company); Columbia Funds Distributor, Inc. ('(Columbia
 # Distributor)', 'employees of Columbia Distributor': alias 'Columbia Distributor'; a distributor -> Company); Peter
 # Martin; Erik Gustafson; Joseph Palombo; James Tambone; Robert Hussey (each named once); Boston ('federal court in
 # Boston' -> Location). Not annotated: 'Columbia' alone ('three former Columbia executives', 'a Columbia portfolio
 # manager', 'the Columbia entities', 'former Columbia senior executives': the two firms together, no one entity;
 # **doubtful**: a reader may alias it to Columbia Advisors), 'the Columbia funds', 'several Columbia funds', 'the
 # funds' (no fund named; **doubtful**: a Service 'Columbia funds' with provider Columbia Advisors possible), 'federal
 # court in Boston', 'federal district court' (no court named), 'multiple investors', 'long-term fund shareholders'
 # (generic); 'FLEET'S' in the title only (not in the text: no entity)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", CMA, "Columbia Advisors"),
           E("Company", CFD, "Columbia Distributor"),
           E("Person", "Peter Martin"),
           E("Person", "Erik Gustafson"),
           E("Person", "Joseph Palombo"),
           E("Person", "James Tambone"),
           E("Person", "Robert Hussey"),
           E("Location", "Boston")],
 # 'Joseph Palombo, formerly the chief operating officer of Columbia Advisors' -> coo at Columbia Advisors, current
 # false; 'two former employees of Columbia Distributor - co-president James Tambone and senior sales executive Robert
 # Hussey' -> president (co-president) and executive at Columbia Distributor, both current false ('former
 # employees'). Not roles: 'Peter Martin, former national sales manager' (no firm written with the post; **doubtful**:
 # a reader may give executive at Columbia Distributor, the selling firm, current false); 'Erik Gustafson, formerly a
 # Columbia portfolio manager' ('Columbia' not one entity; **doubtful**: executive or other at Columbia Advisors, the
 # adviser, current false); Palombo's 'chairman of the board of several Columbia funds' (no fund entity; near-miss)
 roles=[R("Joseph Palombo", "coo", CMA, False), R("James Tambone", "president", CFD, False),
        R("Robert Hussey", "executive", CFD, False)],
 # None: the two firms are not said to be related to each other or to a parent in the text (FleetBoston only in the
 # title's "FLEET'S": near-miss for parentOrganization, not in the text); no fund named (near-miss for provider)
 relations=[],
 outages=[],
 # 'today' (twice: 'today announced', 'filed in federal district court today') -> 2005-02-09, one item (the release's
 # day, the dateline cut). Skipped: '$140 million' (an amount), 'four such arrangements'
 dates=[D("today", "2005-02-09")])

# ---- Theodore C. Sihpol III, Bank of America broker, published 2003-09-16 (a Tuesday) -------------------------------------
A["us-sec-spitzer-cutler-bank-of-america-broker-sihpol-late-trading-charges-2003"] = dict(
 # New York State (from 'New York State Attorney General' -> Location, as GATHERING.md's Schneiderman and batch 37e;
 # **doubtful**: a reader may leave it inside the title); Eliot Spitzer ("Attorney General Spitzer's filing", 'Spitzer
 # said': alias 'Spitzer'); the Securities and Exchange Commission ('(SEC)', 'The SEC today filed': alias 'SEC'; 'the
 # Commission issued': alias 'Commission'; 'Working with the Securities and Exchange Commission' the full name again);
 # Stephen M. Cutler; Bank of America ('(BOA)', 'customers of BOA': alias 'BOA'; a bank -> Company); Theodore C. Sihpol
 # III ('Sihpol' three times: alias 'Sihpol'); the Division of Enforcement ('(the Division)', 'the Division alleges',
 # 'the Division is seeking': alias 'Division'); Nations Funds ('the Nations Funds family of funds' -> Service, a named
 # fund family offered by Bank of America; **doubtful**: 46m left fund families out, but those were a brand plus
 # 'mutual funds', this a proper name). Not annotated: 'my office' (Spitzer's, unnamed), 'certain hedge fund
 # customers', 'mutual fund shareholders' (generic)
 entities=[E("Location", "New York State"),
           E("Person", "Eliot Spitzer", "Spitzer"),
           E("Organization", SEC, "SEC", "Commission"),
           E("Person", "Stephen M. Cutler"),
           E("Company", BOA, "BOA"),
           E("Person", "Theodore C. Sihpol III", "Sihpol"),
           E("Organization", DOE, "Division"),
           E("Service", "Nations Funds")],
 # 'Securities and Exchange Commission (SEC) Director of Enforcement Stephen M. Cutler' -> director at the Division of
 # Enforcement (the Division the text names; 46m's Cutler), current true; 'a Bank of America (BOA) broker' ... 'The
 # broker, Theodore C. Sihpol III' -> other at Bank of America (40zn's registered representative), current true (the
 # text says nothing of his leaving; **doubtful**: a reader knowing he was dismissed gives false). Not a role: 'New York
 # State Attorney General Eliot Spitzer' (a state law officer: no title in the vocabulary fits, GATHERING.md's
 # Schneiderman; **doubtful**: head or other at New York State)
 roles=[R("Stephen M. Cutler", "director", DOE), R("Theodore C. Sihpol III", "other", BOA)],
 # 'SEC Director of Enforcement' with 'the Commission issued an administrative order ... in which the Division of
 # Enforcement ... alleges' -> the Division parentOrganization the SEC; 'mutual funds offered by Bank of America,
 # including the Nations Funds family of funds' -> provider Nations Funds -> Bank of America (**doubtful** with the
 # entity). Near-miss: 'hedge fund customers of BOA' (unnamed)
 relations=[L(DOE, "parentOrganization", SEC), L("Nations Funds", "provider", BOA)],
 outages=[],
 # 'today' (three times) -> 2003-09-16, one item (the release's day, the dateline cut). Skipped: 'two-count', 'millions
 # of dollars annually' (no date)
 dates=[D("today", "2003-09-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
