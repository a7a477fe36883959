#!/usr/bin/env python3
"""Batch 45zq gold annotations (the texts of batch45zq.py: the Justice Department's releases on three 1997 business
reviews by its Antitrust Division -- the merger of Orthopaedic Associates of Mobile, P.A., and the Bone & Joint Center
of Mobile, Alabama (16 April 1997), the joint venture of Marin General Hospital and Ross Hospital in Marin County,
California (11 February 1997), and the joint venture of orthopedic specialists in Albuquerque, New Mexico, Southwest
Orthopedic Specialists (10 June 1997) -- each with Joel I. Klein, Acting Assistant Attorney General, named with his
post), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e, 44i, 44m, 44q, 44t, 45b, 45g, 45l, 45s, 45w, 45zb, 45zf and 45zn for the Division's texts; GUIDELINES section 2):
a merger the Department will not challenge, with no buyer stated -> nothing (GUIDELINES: a "merger" where the text
does not say who buys whom); a proposed joint venture of two named organisations that the Department clears ->
partner, direction as written (16i's Supervalu/Donstekim: **doubtful**, cleared, not yet said to be formed); a joint
venture among unnamed members -> no relation; "The Department's Antitrust Division" after 'the Department of Justice'
-> the Division under the Department (43q); 'Acting Assistant Attorney General Joel I. Klein' with the Division named
as the letter's issuer, or 'Acting Assistant Attorney General in charge of the Antitrust Division' -> head of the
Division, current (acting: 40zi's and 41h's Hesse, 43c's Garza, 44e's and 45l's Klein); physician groups and a
physicians' joint venture that contract with payers -> Company (**doubtful**: a reader may type them Organization);
hospitals the text names as competitors and parties to a joint venture -> Organization (45zn; **doubtful**: GUIDELINES
types named sites and facilities as Location, and a reader may so type them and give no relation); the dateline
'WASHINGTON, D.C.' as the city's only form -> named as written (43v, 44m, 45g, 45w, 45zb, 45zf, 45zn); towns,
counties and states named in the text -> Locations, named as written (a town and its county of one name folded, 45zn's
Dubuque); 'today' resolved against `published`; programmes (Medicaid, 'a Marin County program') and the 'Business
Review Letter' are not entities.
usage: batch45zq_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zq/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
JIK = "Joel I. Klein"

# ---- Mobile orthopaedic groups, Office of Public Affairs release, published 1997-04-16 (a Wednesday) ------------------
OAM = "Orthopaedic Associates of Mobile, P.A."
BJC = "Bone & Joint Center of Mobile"
A["us-doj-orthopaedic-associates-mobile-bone-joint-center-merger-business-review-1997"] = dict(
 # Companies: Orthopaedic Associates of Mobile, P.A. (once, inside Klein's quotation; the name as written with its
 # 'P.A.', the comma after it the sentence's), Bone & Joint Center of Mobile (once, 'the Bone & Joint Center of
 # Mobile': 'the' left out of the name) -- 'two groups of orthopedic specialists', physicians' practices that sell to
 # payers: typed Company (**doubtful**: a reader may type them Organization). Organizations: the Department of Justice
 # ('The Department of Justice'; 'the Department' five times more), the Antitrust Division ("the Department's
 # Antitrust Division"). Person: Joel I. Klein. Locations: the dateline 'WASHINGTON, D.C.' (the city's only form),
 # Mobile ('Mobile, Alabama', 'the Mobile area', 'Mobile and Baldwin Counties': the town and Mobile County folded
 # into one name, as 45zn's Dubuque; **doubtful**: a reader may keep the county apart), Alabama, Baldwin (only in
 # 'Mobile and Baldwin Counties': Baldwin County, named by the word the text gives; **doubtful**: a reader may name it
 # 'Baldwin Counties' or leave it out). Not annotated: 'the Business Review Letter' (a document), 'the two groups',
 # 'the merging groups', 'the merged group', 'third-party payers', 'One payer' (generic, unnamed)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", ATR),
           E("Location", "Mobile"), E("Location", "Alabama"), E("Person", JIK), E("Company", OAM),
           E("Company", BJC), E("Location", "Baldwin")],
 # 'In a Business Review Letter issued by the Department's Antitrust Division, Acting Assistant Attorney General Joel
 # I. Klein said' -> head of the Antitrust Division, current (acting, as 45l's Klein; **doubtful**: the text does not
 # say 'in charge of the Division' in words, the Division is named as the letter's issuer in the same clause)
 roles=[R(JIK, "head", ATR)],
 # "the Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department
 # (43q). 'the proposed merger of two groups of orthopedic specialists', 'the merger of Orthopaedic Associates of
 # Mobile, P.A., and the Bone & Joint Center of Mobile' -> a merger the Department will not challenge, but the text
 # never says who buys whom -> nothing (**near-miss**, GUIDELINES: a "merger" with no buyer; nor is it told done:
 # 'proposed', 'will have'). 'the merged group' -> unnamed: nothing. The two groups as competitors -> rivals, no
 # relation
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1997-04-16. Not dates: '50 providers', 'eight', '16%', '16 orthopedic specialists', '32%', '12' (counts
 # and shares)
 dates=[D("today", "1997-04-16")])

# ---- Marin General / Ross Hospital, Office of Public Affairs release, published 1997-02-11 (a Tuesday) ---------------
MGH = "Marin General Hospital"
RH = "Ross Hospital"
A["us-doj-marin-general-ross-hospital-psychiatric-joint-venture-business-review-1997"] = dict(
 # Organizations: Marin General Hospital ('Marin General' once more: an alias), Ross Hospital ('Ross' once more, 'that
 # Ross provides': an alias) -- hospitals the text sets as competitors and parties to the joint venture, typed
 # Organization as 45zn's hospitals (**doubtful**: GUIDELINES types named facilities as Location; a reader may type
 # them Location, or Company as providers that price and sell services). The Department of Justice ('the Department of
 # Justice'; "The Department's", 'the Department said'), the Antitrust Division ("The Department's Antitrust
 # Division", 'the Antitrust Division'). Person: Joel I. Klein. Locations: the dateline 'WASHINGTON, D.C.', California
 # (only in 'Two northern California hospitals': the state, named by the word; **doubtful**: a reader may leave it out
 # or name 'northern California'), Marin County ('The two Marin County hospitals', 'a Marin County program'). Not
 # annotated: 'Medicaid' and 'a Marin County program' (programmes, GUIDELINES: not entities), 'a business review
 # letter', 'counsel for the hospitals', 'a single facility' (unnamed), 'payers' (generic)
 entities=[E("Location", "WASHINGTON, D.C."), E("Location", "California"), E("Organization", DOJ),
           E("Organization", ATR), E("Location", "Marin County"), E("Organization", MGH, "Marin General"),
           E("Organization", RH, "Ross"), E("Person", JIK)],
 # 'a business review letter from Joel I. Klein, Acting Assistant Attorney General in charge of the Antitrust
 # Division' -> head of the Antitrust Division, current (acting: 43c's Garza, 44e's and 45l's Klein)
 roles=[R(JIK, "head", ATR)],
 # "The Department's Antitrust Division" after 'the Department of Justice' -> the Division under the Department
 # (43q). 'the joint venture' of 'The two Marin County hospitals--Marin General Hospital and Ross Hospital' (to
 # consolidate their adult inpatient psychiatric services at one facility) -> partner(Marin General Hospital, Ross
 # Hospital), as written (a joint venture of two named organisations, GUIDELINES; **doubtful**: proposed and cleared,
 # 'will be allowed to consolidate', not yet said to be formed, as 16i's Supervalu/Donstekim; a reader may give
 # nothing for a venture still to come). 'are competitors' -> rivals (no relation beside the venture). No ownership
 # of either hospital stated
 relations=[ATR_DOJ, L(MGH, "partner", RH)],
 outages=[],
 # 'today' -> 1997-02-11
 dates=[D("today", "1997-02-11")])

# ---- Southwest Orthopedic Specialists, Office of Public Affairs release, published 1997-06-10 (a Tuesday) ------------
SOS = "Southwest Orthopedic Specialists"
A["us-doj-southwest-orthopedic-specialists-albuquerque-joint-venture-business-review-1997"] = dict(
 # Company: Southwest Orthopedic Specialists ('(SOS)' and 'SOS' four times more, among them 'the SOS Board of
 # Directors': an alias) -- a risk-bearing physicians' joint venture that would accept rates from insurers and recruit
 # members: typed Company (**doubtful**: a reader may type it Organization; the text calls it 'the group', never a
 # firm). Organizations: the Department of Justice ('The Department of Justice'; 'the Department' in Klein's
 # quotation), the Antitrust Division ("the Department's Antitrust Division"). Person: Joel I. Klein. Locations: the
 # dateline 'WASHINGTON, D.C.', Albuquerque (four times), New Mexico ('Albuquerque, New Mexico', 'the state of New
 # Mexico', 'in New Mexico'). Not annotated: 'the SOS Board of Directors' (a body of SOS, no name of its own; no
 # person named), 'ten initial orthopedic specialists', 'group members', 'third party payers', 'third party insurers',
 # 'an independent agent' (unnamed), 'a Business Review Letter' (a document)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Location", "Albuquerque"),
           E("Location", "New Mexico"), E("Organization", ATR), E("Person", JIK), E("Company", SOS, "SOS")],
 # 'In a Business Review Letter issued by the Department's Antitrust Division, Joel I. Klein, Acting Assistant Attorney
 # General said' -> head of the Antitrust Division, current (acting; **doubtful** as in the Mobile release: the
 # Division named as the letter's issuer, the post without 'in charge of')
 roles=[R(JIK, "head", ATR)],
 # "the Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department
 # (43q). 'a proposed joint venture among orthopedic specialists', 'the risk-bearing joint venture would be created
 # among ten initial orthopedic specialists' -> the venture's members are unnamed persons: no partner (**near-miss**:
 # a joint venture with no two named organisations). 'SOS would then recruit additional members', 'third party
 # insurers' (unnamed) -> nothing. 'an independent agent' -> unnamed: no provider or partner
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1997-06-10. Not dates: 'ten', '30%', '15%' (counts and shares)
 dates=[D("today", "1997-06-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
