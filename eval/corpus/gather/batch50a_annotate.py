#!/usr/bin/env python3
"""Batch 50a gold annotations (the texts of batch50a.py: two CFTC enforcement press releases of 2003 from the
energy-trading investigations -- the settlement with 'Duke Energy Trading and Marketing, L.L.C. (DETM), an affiliate of
Duke Energy Corporation', with 'CFTC Chairman James E. Newsome' quoted twice (4840-03, 17 September 2003); the complaint
filed 'in federal district court in Columbus, Ohio' against 'American Electric Power Company, Inc. (AEP) and its
subsidiary AEP Energy Services, Inc. (AEPES)' over false trade reports to 'certain energy index firms such as Platts'
(4846-03, 1 October 2003)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the AEP file to test, the Duke file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k;
looked up in the corpus's files by their gold only where other matters): regulators -> Organization, the fullest name
the text gives ('U.S. Commodity Futures Trading Commission'), 'CFTC' (and 'Commission' where the text uses it) as
alias; a person's surname used again ('CFTC Chairman Newsome') -> alias (49a's 'Cartwright', 49d's 'Lukken'); 'City,
State' as one Location (49g's 'Cushing, Okla.', 49h's and 49k's 'Houston, Texas'); 'X and its subsidiary Y' ->
parentOrganization(Y, X) (49k's 'a subsidiary of'); 'an affiliate of' -> no relation (GATHERING.md's batch 43o:
'an affiliate is not stated to be owned or a unit'; the Alibaba and Hyundai/Kia notes likewise); Platts -> Company
(49h); 'CFTC Chairman' -> chairman at the CFTC; the President's Corporate Fraud Task Force -> Organization named with
'President's' as the text gives it (49k); month-year expressions -> YYYY-MM (49a, 49g, 49h); laws (the Commodity
Exchange Act) and unnamed courts ('federal district court') -> nothing.
usage: batch50a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
DETM = "Duke Energy Trading and Marketing, L.L.C."
DUKE = "Duke Energy Corporation"
TASK = "President\u2019s Corporate Fraud Task Force"
AEP = "American Electric Power Company, Inc."
AEPES = "AEP Energy Services, Inc."
A = {}

# ---- Duke Energy Trading and Marketing settlement, CFTC press release 4840-03, published 2003-09-17 (a Wednesday) --------
A["us-cftc-duke-energy-trading-and-marketing-affiliate-duke-energy-corporation-false-reporting-attempted-manipulation-2003"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'CFTC Chairman', 'The CFTC's ongoing energy investigations';
 # 'The Commission has committed', 'efforts of the Commission', 'over which the Commission has jurisdiction': aliases
 # 'CFTC', 'Commission'); Duke Energy Trading and Marketing, L.L.C. ('(DETM)', 'the Houston offices of DETM': alias);
 # Duke Energy Corporation (named once; Company); James E. Newsome ('CFTC Chairman Newsome added': alias 'Newsome');
 # the President's Corporate Fraud Task Force (Organization, a government body inside Newsome's quotation, named as in
 # 49k -- **doubtful**: 'Corporate Fraud Task Force' without 'President's', or left out); 'America's energy markets' ->
 # Location 'America' (**doubtful**: an adjectival use a reader may pass over, as 49k's 'the U.S. economy' -> 'U.S.');
 # Houston ('the Houston offices of DETM': Location, the offices' city -- no state given); the United States ('various
 # hubs throughout the United States'). Not annotated: 'the President' (a post, no person), 'U.S.' inside the CFTC's
 # own name, 'an administrative order (order)' (a document), 'reporting firms' (unnamed), 'government agencies',
 # 'America's energy markets' as a market (generic); the dropped sub-heading's 'Commodity Exchange Act' (a law, and cut)
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", DETM, "DETM"),
           E("Company", DUKE),
           E("Person", "James E. Newsome", "Newsome"),
           E("Organization", TASK),
           E("Location", "America"),
           E("Location", "Houston"),
           E("Location", "United States")],
 # 'CFTC Chairman James E. Newsome' (and again 'CFTC Chairman Newsome') -> chairman at the CFTC, current true (one
 # role). Near-miss: 'the President' (unnamed)
 roles=[R("James E. Newsome", "chairman", CFTC, True)],
 # No relation. Near-misses: 'Duke Energy Trading and Marketing, L.L.C. (DETM), an affiliate of Duke Energy
 # Corporation' (also the heading's 'AN AFFILIATE OF') -> no parentOrganization: an affiliate is not stated to be owned,
 # a unit or a subsidiary (batch 43o's rule) -- **doubtful**: a reader who knows DETM as Duke's trading arm, or who
 # reads 'affiliate' loosely, may give parentOrganization(DETM, Duke Energy Corporation); 'the collaborative efforts of
 # the Commission and other members of the President's Corporate Fraud Task Force' -> no relation (the CFTC as one
 # member of an inter-agency task force: membership is neither unit nor ownership, and no partnership is stated --
 # **doubtful**: parentOrganization(CFTC, task force) or partner); the order against DETM (enforcement, no relation
 # type); 'the Houston offices of DETM' (a place, not a unit named)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2003-09-17 (`published`); 'January 2000' -> 2000-01 and 'August 2002' -> 2002-08 (the
 # period of the false reports, 'from at least ... through ...'). Skipped: 'September 17, 2003' (the release-date line,
 # cut); 'ongoing' (no value)
 dates=[D("today", "2003-09-17"), D("January 2000", "2000-01"), D("August 2002", "2002-08")])

# ---- American Electric Power complaint, CFTC press release 4846-03, published 2003-10-01 (a Wednesday) -------------------
A["us-cftc-american-electric-power-subsidiary-aep-energy-services-complaint-natural-gas-false-reporting-2003"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC charges': alias 'CFTC'); Columbus, Ohio ('federal
 # district court in Columbus, Ohio': one Location, the lane's 'City, State' way -- **doubtful**: other corpus files
 # split city and state); American Electric Power Company, Inc. ('(AEP)': alias); AEP Energy Services, Inc. ('(AEPES)':
 # alias); Platts (Company: 'certain energy index firms such as Platts', 'Platts and others use ...', as 49h's price
 # reporter); the United States ('various hubs throughout the United States'). Not annotated: 'federal district court'
 # (an unnamed court; **doubtful**: a reader may name the court by its city), 'U.S.' inside the CFTC's own name, 'the
 # Commodity Exchange Act (CEA)' (a law; its '(CEA)' no alias of anything annotated), 'energy index firms', 'others',
 # 'participants in the natural gas markets', 'natural gas futures traders' (generic), 'the complaint' (a document)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Location", "Columbus, Ohio"),
           E("Company", AEP, "AEP"),
           E("Company", AEPES, "AEPES"),
           E("Company", "Platts"),
           E("Location", "United States")],
 # No role: no person is named in the kept text (the excerpt breaks off before any quotation)
 roles=[],
 # 'American Electric Power Company, Inc. (AEP) and its subsidiary AEP Energy Services, Inc. (AEPES)' (and the
 # heading's 'AND ITS SUBSIDIARY') -> parentOrganization(AEPES, AEP). Near-misses: 'AEP and AEPES reported false ...
 # information ... to certain energy index firms such as Platts' and 'delivered false information to firms such as
 # Platts' -> no partner (reports sent to a price compiler; no partnership, supplier or customer tie stated --
 # **doubtful**: a reader may give partner(AEP, Platts) as a data supplier); the CFTC's complaint against AEP and AEPES
 # (litigation, no relation type); Platts' owner (not named in the text, unlike 49h's 'a division of The McGraw-Hill
 # Companies, Inc.')
 relations=[L(AEPES, "parentOrganization", AEP)],
 outages=[],
 # 'today' ('announced today') -> 2003-10-01 (`published`); 'November 2000' -> 2000-11 and 'October 2002' -> 2002-10
 # (the period of the false reports). Skipped: 'October 1, 2003' (the release-date line, cut)
 dates=[D("today", "2003-10-01"), D("November 2000", "2000-11"), D("October 2002", "2002-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
