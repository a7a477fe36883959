#!/usr/bin/env python3
"""Batch 46a gold annotations (the texts of batch46a.py: the SEC's Litigation Release No. 20207 of 25 July 2007 on
'Silicon Valley semiconductor company KLA-Tencor Corporation (KLA) and its former Chief Executive Officer, Kenneth L.
Schroeder'; the SEC's press release 2007-23 of 15 February 2007 on 'Myron F. Olesnyckyj, the former General Counsel of
Monster Worldwide, Inc.', with Linda Thomsen, 'Director of the Commission's Division of Enforcement', and Mark
Schonfeld, 'Director of the Commission's Northeast Regional Office', quoted), written from the texts alone; newskg was
not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs and 45zv for SEC releases;
44p's Marvell and Maxim backdating releases the nearest): the SEC -> Organization (the fullest form the text writes;
'Commission' and 'SEC' aliases where written); 'Chief Executive Officer' -> ceo; 'General Counsel' -> executive
(GUIDELINES; 45f's Sorin, 45zv's Heinen); 'former' -> current false; "Director of the Commission's Division of
Enforcement" -> director at the Division, "Director of the Commission's Northeast Regional Office" -> director at the
Office (43a, 44l, 44p), each unit parentOrganization the SEC ("X's Y": 40zm, 42g, 43a, 44l, 44p); 'Silicon Valley' ->
Location (40zm, 44p); '<city>, <state>' after a person ('of Los Altos Hills, Calif.', 'a resident of New Providence,
N.J.') -> one Location with the state's abbreviation (44p's 'San Jose, Calif.', 44d's 'Birmingham, Ala.'); 'federal
district court in <city>, <state>' -> the place one Location and no court entity (42g, 42v, 44p's 'San Jose'); 'today'
-> the release's day; 'since <year>', 'between <year> and <year>', 'from <year> through <year>' -> each year its own
item (45zv's month spans); fiscal years -> no date item (42g, 44p; here past the cut).
usage: batch46a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
KLA = "KLA-Tencor Corporation"
MW = "Monster Worldwide, Inc."
DOE = "Division of Enforcement"
NRO = "Northeast Regional Office"
A = {}

# ---- KLA-Tencor and Kenneth L. Schroeder, published 2007-07-25 (a Wednesday) -------------------------------------------
A["us-sec-kla-tencor-former-ceo-schroeder-option-backdating-company-settles-2007"] = dict(
 # The Securities and Exchange Commission ('The Commission alleges', 'The Commission further alleges', "The
 # Commission's complaint": alias 'Commission'; 'SEC' only in the title, not the text); KLA-Tencor Corporation ('(KLA)',
 # 'KLA concealed', "KLA's", 'former KLA officials': alias 'KLA'; 'the company' generic); Kenneth L. Schroeder
 # ('Schroeder'); Silicon Valley ('Silicon Valley semiconductor company': 40zm, 44p); 'of Los Altos Hills, Calif.' ->
 # one Location; 'filed in federal district court in San Jose, Calif.' -> 'San Jose, Calif.' one Location, no court
 # entity (the court not named in full: 44p's Marvell 'San Jose'). **Doubtful**: the two '<city>, Calif.' places as
 # one Location each (44p; a reader splitting city and state gets Los Altos Hills, San Jose and California). Not
 # annotated: 'company counsel' (no one named), 'former company executives', 'former KLA officials', 'employees and
 # executives', 'investors' (generic); 'the Company' (generic, past the cut)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "Silicon Valley"),
           E("Company", KLA, "KLA"),
           E("Person", "Kenneth L. Schroeder", "Schroeder"),
           E("Location", "Los Altos Hills, Calif."),
           E("Location", "San Jose, Calif.")],
 # 'KLA-Tencor Corporation (KLA) and its former Chief Executive Officer, Kenneth L. Schroeder' -> ceo at KLA-Tencor
 # Corporation, current false. Near-misses: 'company counsel' (a post with no person named; past the cut the SEC's
 # later case names her, not this text); 'former company executives' and 'former KLA officials' (no one named)
 roles=[R("Kenneth L. Schroeder", "ceo", KLA, False)],
 # Nothing: no second company named; 'Silicon Valley semiconductor company' places the company (no relation type)
 relations=[],
 outages=[],
 # 'today' -> 2007-07-25 (the release's day); 'since 1997' -> '1997'; 'between 1999 and 2002' -> '1999' and '2002';
 # 'once in 2005' -> '2005'. Skipped: 'the preceding weeks', 'an earlier date' (no value of their own), '$200
 # million' (an amount)
 dates=[D("today", "2007-07-25"), D("1997", "1997"), D("1999", "1999"), D("2002", "2002"), D("2005", "2005")])

# ---- Monster Worldwide and Myron F. Olesnyckyj, published 2007-02-15 (a Thursday) --------------------------------------
A["us-sec-monster-worldwide-former-general-counsel-olesnyckyj-option-backdating-2007"] = dict(
 # The Securities and Exchange Commission ("the Commission's Division of Enforcement", "the Commission's Northeast
 # Regional Office": alias 'Commission'; 'The SEC will continue': alias 'SEC'); Myron F. Olesnyckyj ('Olesnyckyj'
 # throughout); Monster Worldwide, Inc. ('Monster officers', 'Monster granted', 'Monster, one of the premier Internet
 # companies', "Monster's investors": alias 'Monster'; 'the company' generic); 'a resident of New Providence, N.J.' ->
 # one Location (the same form as the KLA text's homes; **doubtful**, as there); Linda Thomsen; Mark Schonfeld; the
 # Division of Enforcement and the Northeast Regional Office (the Commission's units -> Organization, 43a, 44p). Not
 # annotated: 'Internet' (a medium, no entity), 'Monster officers, directors and employees', 'others', 'a public
 # company', 'Any lawyer' (generic). **Doubtful**: 'Monster' once names the business in a quotation ('Monster, one of
 # the premier Internet companies'); a reader may read the job site 'Monster' (a Service) into it, but the text never
 # names a site or service, so 'Monster' stays the company's alias
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", "Myron F. Olesnyckyj", "Olesnyckyj"),
           E("Company", MW, "Monster"),
           E("Location", "New Providence, N.J."),
           E("Person", "Linda Thomsen"),
           E("Organization", DOE),
           E("Person", "Mark Schonfeld"),
           E("Organization", NRO)],
 # 'Myron F. Olesnyckyj, the former General Counsel of Monster Worldwide, Inc.' -> executive at Monster Worldwide, Inc.
 # (GUIDELINES: general counsel -> executive), current false; "Linda Thomsen, Director of the Commission's Division of
 # Enforcement" -> director at the Division (44p's Thomsen), current true; "Mark Schonfeld, Director of the
 # Commission's Northeast Regional Office" -> director at the Office (44p's Fagel), current true. **Doubtful**: a
 # reader may give head for the two Directors (GUIDELINES lists 'head' for one who leads an agency; the lane gives
 # director for a unit's Director). Near-misses: 'Monster officers, directors and employees' (no one named);
 # 'Olesnyckyj, 45' (an age, no post); 'Any lawyer who works at a public company' (generic)
 roles=[R("Myron F. Olesnyckyj", "executive", MW, False), R("Linda Thomsen", "director", DOE),
        R("Mark Schonfeld", "director", NRO)],
 # "the Commission's Division of Enforcement", "the Commission's Northeast Regional Office" -> parentOrganization
 # (40zm, 42g, 43a, 44l, 44p)
 relations=[L(DOE, "parentOrganization", SEC), L(NRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2007-02-15 (the release's day); 'from 1997 through 2005' -> '1997' and '2005'. Skipped: 'the last
 # decade' (in a quotation; a span with no calendar value a careful reader can fix: near-miss, a reader may give the
 # 1990s or 1997-2006), 'multi-year', 'after the fact' (no value), '$340 million' (an amount), '45' (an age)
 dates=[D("today", "2007-02-15"), D("1997", "1997"), D("2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
