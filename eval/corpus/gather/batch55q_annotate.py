#!/usr/bin/env python3
"""Batch 55q gold annotations (the texts of batch55q.py: the Office of Public Affairs' release of 6 June 2013 on
Dayton-based TesTech, Inc. 'and its owner, Sherif Aziz' and three CESO companies 'and their owners, David and Shery
Oakes' settling false disadvantaged-business claims; the District of Minnesota's undated release on the $487 million
judgment against 'Cameron-Ehlen Group, Inc. dba Precision Lens and its owner Paul Ehlen'), written from the texts alone;
newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev
(batch10_annotate's write_parts). Dates resolve against `published`; where it is null (Precision Lens) only absolute
dates are given.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-55k; GUIDELINES section 2): 'X and its owner, Y' / 'and their
owners' / 'its owner Y' -> Person, no role (the lane's owner rule: batch 15's Rozenfeld, 54l, 55d's Zou); 'Acting
Assistant Attorney General for the Civil Division of the Department of Justice' -> head at the Civil Division (43e's
Criminal Division reading; acting is current) and parentOrganization(Civil Division, Department of Justice) (the
corpus's Criminal Division / Justice Department pair); 'Justice Department' beside 'Department of Justice' -> one
entity, the fuller form as name; "regional Special Agent-in-Charge of the DOT's Office of Inspector General" ->
executive at the Office of Inspector General (the corpus's SAC -> executive) and parentOrganization(Office of Inspector
General, Department of Transportation) ("X's Y"), 'DOT' an alias of the department; a defined collective term
('(collectively CESO)') -> no alias of any one company (the corpus's 'the Company' defined-term rule; **doubtful**);
'X dba Y' (doing business as) -> Y an alias of X (one business under its trade name; **doubtful**); judges -> Person,
no role; programmes (the DBE program, Medicare) and laws (the False Claims Act, the Anti-Kickback Statute) -> no
entity; events (the College Football National Championship Game, the Masters golf tournament) -> no entity
(GUIDELINES); 'City, State' -> one Location; the dateline as written ('ST. PAUL, Minn.').
usage: batch55q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- TesTech, Inc. / CESO, DOJ OPA, published 2013-06-06 (a Thursday) ------------------------------------------------
DOJ = "Department of Justice"
CIV = "Civil Division"
DOT = "Department of Transportation"
OIG = "Office of Inspector General"
A["us-doj-opa-testech-ceso-dayton-disadvantaged-business-false-claims-act-settlement-2013"] = dict(
 # Organizations: the Department of Justice ('The Justice Department' in the first sentence: alias; the fuller form
 # from Delery's title as name), the Civil Division, the Department of Transportation ('DOT' in "the DOT's Office of
 # Inspector General": alias), its Office of Inspector General. Location: Dayton ('Dayton-based', twice). Companies:
 # TesTech, Inc. (once; the title's 'Testech' is not in the text), CESO Testing Technology, Inc., CESO International,
 # LLC, CESO, Inc. People: Sherif Aziz, Shery Oakes, David ('David and Shery Oakes': the only surface form of his name
 # in the text is 'David', the shared surname written once; **doubtful**: a reader may write 'David Oakes', which the
 # text never spells), Stuart F. Delery, Michelle McVicker. Not annotated: '(collectively CESO)' (a defined collective
 # term for the three CESO companies: no alias of any one, **doubtful** -- a reader may give 'CESO' to CESO, Inc.);
 # the Disadvantaged Business Enterprise (DBE) program ('The Disadvantaged Business Enterprises program', 'the
 # program', 'DBE': a programme); 'a number of related entities and individuals', 'the American taxpayer' (generic)
 entities=[E("Organization", DOJ, "Justice Department"),
           E("Location", "Dayton"),
           E("Company", "TesTech, Inc."),
           E("Person", "Sherif Aziz"),
           E("Company", "CESO Testing Technology, Inc."),
           E("Company", "CESO International, LLC"),
           E("Company", "CESO, Inc."),
           E("Person", "David"),
           E("Person", "Shery Oakes"),
           E("Person", "Stuart F. Delery"),
           E("Organization", CIV),
           E("Organization", DOT, "DOT"),
           E("Person", "Michelle McVicker"),
           E("Organization", OIG)],
 # 'Stuart F. Delery, Acting Assistant Attorney General for the Civil Division of the Department of Justice' -> head at
 # the Civil Division, current (43e; the division is named as a body here, unlike 52f's 'Assistant Attorney General
 # for National Security'). "Michelle McVicker, regional Special Agent-in-Charge of the DOT's Office of Inspector
 # General" -> executive at the Office of Inspector General, current (the corpus's SAC reading; **doubtful**: 'regional'
 # makes her a regional office's head, a reader may give head or other). Near-misses: 'TesTech, Inc. and its owner,
 # Sherif Aziz' and 'CESO ... and their owners, David and Shery Oakes' (owner is no title: no role, batch 15, 54l,
 # 55d; news pages call Aziz TesTech's president -- outside the text, not used)
 roles=[R("Stuart F. Delery", "head", CIV), R("Michelle McVicker", "executive", OIG)],
 # 'the Civil Division of the Department of Justice' -> parentOrganization(Civil Division, Department of Justice);
 # "the DOT's Office of Inspector General" -> parentOrganization(Office of Inspector General, Department of
 # Transportation). Near-misses: TesTech and CESO ('related entities': the text does not say which owns or controls
 # which -- the cut part and news pages say CESO owned and controlled TesTech, outside the kept text: nothing); the
 # three CESO companies among themselves ('collectively CESO': no parent named); the Oakes as owners of CESO (people:
 # no relation type); the DBE program and the department (a programme: no entity)
 relations=[L(CIV, "parentOrganization", DOJ), L(OIG, "parentOrganization", DOT)],
 outages=[],
 # 'The Justice Department announced today' -> 'today' 2013-06-06. Skipped: '$2,883,947' (an amount)
 dates=[D("today", "2013-06-06")])

# ---- Precision Lens (Cameron-Ehlen Group, Inc.), USAO D. Minn., published null ---------------------------------------
CEG = "Cameron-Ehlen Group, Inc."
A["us-doj-usao-mn-precision-lens-cameron-ehlen-group-owner-ehlen-kickbacks-fca-judgment"] = dict(
 # Locations: ST. PAUL, Minn. (the dateline as written: one Location, 'City, State'), New York City, Miami, Florida and
 # Augusta, Georgia ('City, State': one Location each). Person: Wilhelmina M. Wright (a judge), Paul Ehlen. Companies:
 # Cameron-Ehlen Group, Inc. ('dba Precision Lens': the trade name it does business as, alias; **doubtful**: a reader
 # may type Precision Lens a Company of its own or a Service brand), Sightpath Medical ('a previous settlement with
 # Sightpath Medical': a settling party, named once). Not annotated: Medicare (three times: a programme, 54zr, 55k);
 # the False Claims Act ('FCA'), the Anti-Kickback Statute (laws); 'the United States Government', 'the Government',
 # 'The United States' (the plaintiff, generic; **doubtful**: a reader may add a United States Location for 'The
 # United States identified'); 'a federal civil jury', 'the Defendants' (generic); a Broadway musical, the College
 # Football National Championship Game, the Masters golf tournament (events and shows: no entity, GUIDELINES)
 entities=[E("Location", "ST. PAUL, Minn."),
           E("Person", "Wilhelmina M. Wright"),
           E("Company", CEG, "Precision Lens"),
           E("Person", "Paul Ehlen"),
           E("Company", "Sightpath Medical"),
           E("Location", "New York City"),
           E("Location", "Miami, Florida"),
           E("Location", "Augusta, Georgia")],
 # No role. Near-misses: 'its owner Paul Ehlen' (owner is no title: no role, the lane's owner rule; news pages call
 # him majority owner and the 2024 release its 'former principal' -- outside the text); 'U.S. District Judge
 # Wilhelmina M. Wright' (judges: no role); the ophthalmic surgeons and physicians (unnamed)
 roles=[],
 # No relation. Near-misses: Cameron-Ehlen Group and Sightpath Medical (a 'previous settlement' in the same case
 # deducted from the total: no partner, no ownership stated -- news pages call Sightpath a related business);
 # Precision Lens and the physicians it paid (unnamed); Precision Lens and Medicare (the payer of the claims: no
 # entity)
 relations=[],
 outages=[],
 # `published` is null: only absolute dates -- 'February 27, 2023' (the jury's verdict). Near-misses: 'three times the
 # amount' (not a time), the dollar amounts, '64,575 false claims' (counts)
 dates=[D("February 27, 2023", "2023-02-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
