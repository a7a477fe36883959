#!/usr/bin/env python3
"""Batch 54zr gold annotations (the texts of batch54zr.py: the Justice Department Office of Public Affairs' release of
24 October 2016 on Life Care Centers of America Inc. and its owner, Forrest L. Preston, agreeing to pay $145 million
over medically unnecessary rehabilitation therapy; the Eastern District of Pennsylvania's release, undated in the stored
text, on Prime Healthcare Services, Inc. and its founder and chief executive, Dr. Prem Reddy, agreeing to pay $1.25
million over claims of two Prime hospitals), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve
against `published`; where it is null (Prime) only absolute dates are given.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54zm; GUIDELINES section 2): 'X and its owner, Y' -> no role
(owner is no title of the vocabulary: the lane's owner rule, batch 15's Rozenfeld, 54l's Rivas); "X's Founder and Chief
Executive Officer, Y" -> founder and ceo at X, current; 'Principal Deputy Assistant Attorney General X, head of the
Justice Department's Civil Division' -> head of the Civil Division (45zn's Bingaman reading: the text says 'head of'),
with parentOrganization(Civil Division, Department of Justice) from 'the Justice Department's Civil Division' (53f,
44c); 'U.S. Attorney X' with no office named in the kept text -> Person, no role (45zn, 54zm's Durkan); health care
programmes (Medicare, TRICARE) and laws (the False Claims Act) -> no entity (GUIDELINES: programmes and laws are not
entities; **doubtful** for TRICARE and Medicare as named government programmes); 'the United States' as the party paid
-> no entity (54zh's and 54zm's party reading; **doubtful** beside 54x's Location); 'City, State' -> one Location (the
corpus' rule), a state named on its own -> Location; the dateline city as written ('PHILADELPHIA') with the same city
in another case as its alias; hospitals a named firm acquired and calls its own -> Company (47t's hospitals that are
parties to a deal; **doubtful**: 45zn types operated hospitals Organization, GUIDELINES type named facilities
Location), with acquired(firm, hospital) and parentOrganization(hospital, firm) ('two Prime hospitals'; 45zn's 'X
operates Y' reading); 'Dr.' left out of a name (51za); generic 'the department', 'the nation', 'the Settlement' ->
nothing.
usage: batch54zr_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zr/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Life Care Centers of America Inc., DOJ OPA, published 2016-10-24 (a Monday) -------------------------------------
LCCA = "Life Care Centers of America Inc."
DOJ = "Department of Justice"
CIV = "Civil Division"
A["us-doj-opa-life-care-centers-of-america-owner-preston-145-million-rehabilitation-therapy-false-claims-2016"] = dict(
 # Company: Life Care Centers of America Inc. ('Life Care Centers of America Inc. (Life Care)'; 'Life Care' four times
 # more: alias 'Life Care'). Person: Forrest L. Preston ('its owner, Forrest L. Preston'), Benjamin C. Mizer.
 # Organizations: Department of Justice ('the Department of Justice announced today'; 'the Justice Department's Civil
 # Division': alias 'Justice Department'; 'the department's history' is the generic noun, no alias), Civil Division.
 # Location: Cleveland, Tennessee ('based in Cleveland, Tennessee': one Location, the corpus' 'City, State' rule). Not
 # annotated: Medicare and TRICARE (government health care programmes, 'Medicare reimburses skilled nursing
 # facilities' -- GUIDELINES list programmes among non-entities; **doubtful**: a reader may type them Organization or
 # Service); the False Claims Act (a law); 'skilled nursing facilities (SNFs)' (a kind of facility: generic, the
 # acronym no entity); 'a skilled nursing facility chain', 'government health care programs' (generic); 'a government
 # lawsuit' (a case)
 entities=[E("Company", LCCA, "Life Care"),
           E("Person", "Forrest L. Preston"),
           E("Organization", DOJ, "Justice Department"),
           E("Location", "Cleveland, Tennessee"),
           E("Person", "Benjamin C. Mizer"),
           E("Organization", CIV)],
 # 'Principal Deputy Assistant Attorney General Benjamin C. Mizer, head of the Justice Department's Civil Division' ->
 # head at the Civil Division, current (45zn's 'X, head of the Antitrust Division' -> head; **doubtful**: a reader may
 # give other for the deputy rank, as 53f's Granston, who is not called head). Near-miss: Preston, 'its owner' -> no
 # role (owner is no title of the vocabulary; **doubtful**: other pages call him Life Care's founder, chairman and CEO,
 # but this text says only owner)
 roles=[R("Benjamin C. Mizer", "head", CIV)],
 # 'the Justice Department's Civil Division' -> parentOrganization(Civil Division, Department of Justice) (53f's
 # reading). Near-misses: Life Care and Preston (an owner is a person: no relation between a person and a firm); the
 # more than 220 skilled nursing facilities it 'owns and operates' (unnamed); the settlement with the government (a
 # legal resolution, no partner)
 relations=[L(CIV, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today' -> 'today' 2016-10-24; 'between Jan. 1, 2006 and Feb. 28, 2013' -> the two days. Near-misses: none
 # other (no other time expression in the kept text)
 dates=[D("today", "2016-10-24"), D("Jan. 1, 2006", "2006-01-01"), D("Feb. 28, 2013", "2013-02-28")])

# ---- Prime Healthcare Services, Inc., USAO E.D. Pa. (justice.gov), published null ------------------------------------
PRIME = "Prime Healthcare Services, Inc."
RMH = "Roxborough Memorial Hospital"
LBH = "Lower Bucks Hospital"
A["us-doj-usao-edpa-prime-healthcare-founder-ceo-reddy-roxborough-lower-bucks-hospitals-false-claims-settlement"] = dict(
 # Company: Prime Healthcare Services, Inc. ('Prime Healthcare Services, Inc. ("Prime")'; 'Prime' and 'Prime's' six
 # times more, 'Prime hospitals' included: alias 'Prime'), Roxborough Memorial Hospital and Lower Bucks Hospital (named
 # hospitals the firm acquired and calls its own: Company, 47t; **doubtful** against 45zn's Organization and GUIDELINES'
 # facilities-as-Location). People: William M. McSwain ('U.S. Attorney William M. McSwain'; 'U.S. Attorney McSwain':
 # alias 'McSwain'), Prem Reddy ('Dr. Prem Reddy': 'Dr.' left out, 51za; his surname is not written alone).
 # Locations: PHILADELPHIA (dateline, as written) with 'Philadelphia' ('Roxborough Memorial Hospital in Philadelphia')
 # as its alias; Pennsylvania ('two Prime hospitals in Pennsylvania'); Bristol ('Lower Bucks Hospital in Bristol');
 # Ontario, California ('Headquartered in Ontario, California': one Location, the 'City, State' rule). Not annotated:
 # 'the United States' (the party paid: no entity, 54zh/54zm, **doubtful**); Medicare (a programme; **doubtful** as in
 # the Life Care text); the False Claims Act (in the title only); 'the nation', '14 states' (generic); 'hospitals,
 # companies that own and operate them, and their executives' (generic); 'The Settlement' (a legal resolution)
 entities=[E("Location", "PHILADELPHIA", "Philadelphia"),
           E("Person", "William M. McSwain", "McSwain"),
           E("Company", PRIME, "Prime"),
           E("Person", "Prem Reddy"),
           E("Location", "Pennsylvania"),
           E("Company", RMH),
           E("Company", LBH),
           E("Location", "Bristol"),
           E("Location", "Ontario, California")],
 # "Prime's Founder and Chief Executive Officer, Dr. Prem Reddy" -> founder and ceo at Prime, both current (the text
 # gives no 'former'). Near-miss: McSwain, 'U.S. Attorney' (his office is named only in the page's office line, left
 # out with the chrome: no role, 45zn, 54zm's Durkan; **doubtful**: a reader may give head of a U.S. Attorney's Office,
 # which the text does not name)
 roles=[R("Prem Reddy", "founder", PRIME), R("Prem Reddy", "ceo", PRIME)],
 # 'Prime acquired Roxborough Memorial Hospital on February 22, 2012, and Lower Bucks Hospital on October 3, 2012' ->
 # acquired(Prime, each hospital) (completed); 'two Prime hospitals in Pennsylvania - Roxborough Memorial Hospital ...
 # and Lower Bucks Hospital' -> parentOrganization(each hospital, Prime) (owned: 45zn's 'X operates Y' reading;
 # **doubtful**: a reader may keep acquired only). Near-misses: Reddy and Prime beyond his roles (a person: no
 # relation); the settlement with the United States (no partner); the 45 acute-care hospitals (unnamed)
 relations=[L(PRIME, "acquired", RMH), L(PRIME, "acquired", LBH),
            L(RMH, "parentOrganization", PRIME), L(LBH, "parentOrganization", PRIME)],
 outages=[],
 # `published` is null: only absolute dates -- 'February 22, 2012' and 'October 3, 2012' (the two acquisitions).
 # Near-miss: 'announced today' (relative, unresolvable without a publication date: left out)
 dates=[D("February 22, 2012", "2012-02-22"), D("October 3, 2012", "2012-10-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
