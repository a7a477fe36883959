#!/usr/bin/env python3
"""Batch 46e gold annotations (the texts of batch46e.py: the Antitrust Division's release on United Healthcare's
purchase of MetraHealth Companies, cleared once MetraHealth's St. Louis health maintenance organization is to be sold,
Anne K. Bingaman quoted, 29 September 1995; and the Division's Federal Register notice on Fiat S.p.A.'s proposed
acquisition of certain assets of Case Corporation, settled with the sale of two New Holland tractor lines and Case's
interest in Hay & Forage Industries, 7 December 1999), written from the texts alone; newskg was not run on them. The
split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42w, 42z, 43c, 43j, 43l, 43m, 43o, 43q, 45s, 45w, 45zw and 46b for the
Division's texts; GUIDELINES section 2): 'X's $N purchase of Y' that the Division clears on a condition (the deal
pending, 'the proposed transaction') -> agreed: `acquired` only (42w, 42z, 43j, 43o: 'the proposed acquisition by X
of Y'); 'the proposed acquisition of certain assets of Y by X' -> an asset purchase -> nothing (GUIDELINES; 43o's
asset purchases); an ordered or planned sale of an unnamed unit naming no buyer -> nothing (near-miss, 43o); an
interest of untold size in a joint venture whose other party is not named -> nothing (45zb's 'ownership interest',
45zf); product lines named by a maker ('New Holland's Versatile line of ... tractors') -> Service with the maker as
provider (GUIDELINES: vehicles and nameplates are Service); 'Assistant Attorney General in charge of the Antitrust
Division' -> head of the Division, current (45s, 45w, 46b); "The Department of Justice's Antitrust Division" -> the
Division under the Department (43q, 46b); the dateline 'WASHINGTON, D.C.' as the city's only form -> named as written
(45g, 45w, 45zw, 46b); the United States as plaintiff -> Location, without the case name's 'United States of America'
as an alias (43h, 43j, 43l, 43m, 43o); laws, court papers, the civil number not annotated; a bare short name after
the full name -> an alias; 'today' resolved against `published`; 'September 14 and 15' -> two items, the bare day
taking the month before it (as 'September 28' and '29' in an earlier round).
usage: batch46e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, provided
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}

# ---- United Healthcare / MetraHealth Companies, Division release, published 1995-09-29 (a Friday) --------------------
AKB = "Anne K. Bingaman"
UHC = "United Healthcare"
MHC = "MetraHealth Companies"
A["us-doj-united-healthcare-metrahealth-st-louis-hmo-sale-restructured-deal-1995"] = dict(
 # Companies: United Healthcare (three times, "United Healthcare's" once; no fuller name in the text, so the name as
 # written), MetraHealth Companies (once; 'MetraHealth' twice more, "MetraHealth's" once, an alias). Organizations:
 # the Department of Justice ("The Department of Justice's Antitrust Division"; 'The Department', 'the Department'
 # generic), the Antitrust Division (twice). Person: Anne K. Bingaman (once; 'Bingaman' once more, an alias).
 # Locations: the dateline 'WASHINGTON, D.C.' (the city's only form, named as written), St. Louis ('the greater St.
 # Louis metropolitan area', 'the St. Louis area' twice), Missouri ('Missouri insurance officials'; the State named
 # as the officials' seat: **doubtful**, an adjective-like use, but the State's only form and a name). Not
 # annotated: "MetraHealth's health maintenance organization serving the greater St. Louis metropolitan area" (an
 # unnamed HMO: **near-miss**, a reader may list it as an entity or give it a parentOrganization to MetraHealth
 # Companies), 'Missouri insurance officials' (unnamed body), 'the two firms', 'the companies' (generic), 'managed
 # health care plans', 'health maintenance organizations and preferred provider organizations' (kinds of product),
 # 'American businesses and consumers' (generic; 'American' an adjective, no Location)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", ATR), E("Company", UHC),
           E("Company", MHC, "MetraHealth"), E("Person", AKB, "Bingaman")]
          + locs("St. Louis", "Missouri"),
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current (the Bingaman releases of 16e, 41h, 43c)
 roles=[R(AKB, "head", ATR)],
 # "The Department of Justice's Antitrust Division" -> the Division under the Department (43q, 46b). "United
 # Healthcare's $1.65 billion purchase of MetraHealth Companies", cleared 'if the companies complete plans to sell'
 # the St. Louis HMO, 'the proposed transaction' -> an agreed purchase, pending, not abandoned: acquired only, no
 # parentOrganization (**doubtful**: the text never says the two agreed, only 'purchase' and 'the deal as originally
 # proposed'; a reader may read a deal under review as an intention -> nothing). The planned sale of MetraHealth's St.
 # Louis HMO (unnamed, no buyer named) -> nothing (**near-miss**). 'Both United Healthcare and MetraHealth sell
 # managed care services' -> rivals, no relation (**near-miss**). Missouri officials' hearings -> no relation
 relations=[ATR_DOJ, L(UHC, "acquired", MHC)],
 outages=[],
 # 'today' -> 1995-09-29; 'September 14 and 15 of this year' -> 'September 14' 1995-09-14 and '15' 1995-09-15 (the
 # month carried over, 'this year' -> 1995; **doubtful**: one expression for two days, a reader may list it whole with
 # the first day, as '18 and 19 December 2009' in an earlier round). Not dates: '$1.65 billion' (an amount)
 dates=[D("today", "1995-09-29"), D("September 14", "1995-09-14"), D("15", "1995-09-15")])

# ---- Fiat / New Holland / Case Corporation, Federal Register notice, published 1999-12-07 (a Tuesday) ---------------
FIAT = "Fiat S.p.A."
FAC = "Fiat Acquisition Corporation"
NHNV = "New Holland N.V."
NHNA = "New Holland North America, Inc."
CASE = "Case Corporation"
HFI = "Hay & Forage Industries"
A["us-doj-federal-register-fiat-new-holland-case-tractors-hay-tools-proposed-final-judgment-1999"] = dict(
 # Companies: Fiat S.p.A. (the case name and the transaction), Fiat Acquisition Corporation, New Holland N.V., New
 # Holland North America, Inc. (the case name only), Case Corporation (the case name and the transaction; the defined
 # name 'Case' and "Case's" -> an alias), Hay & Forage Industries (the defined name 'HFI' an alias; 'a joint venture
 # that sells hay tools', a business -> Company). The bare 'New Holland' ('requires New Holland and Case', "New
 # Holland's Versatile line", "New Holland's Genesis line") -> an alias of New Holland N.V., the name with its legal
 # form dropped (**doubtful**: it may stand for New Holland North America, Inc., or for both defendants; a reader may
 # leave it unattached). Services: Versatile ("New Holland's Versatile line of our-wheel-drive tractors") and Genesis
 # ("New Holland's Genesis line of large two-wheel-drive agriculture tractors"): tractor lines named by their maker
 # (GUIDELINES: vehicles and nameplates are Service; **doubtful**: a reader may leave product lines out). Organization:
 # the District of Columbia court. Location: the United States (plaintiff: 'United States of America v.' in the case
 # name and 'the United States filed'). Not annotated: the Antitrust Procedures and Penalties Act, the Clayton Act
 # (laws), the Complaint, the Hold Separate Stipulation and Order, the proposed Final Judgment, the Competitive Impact
 # Statement (court papers), 'Civil No. 1:99CV02927JR' (a number), 'agricultural tractors', 'large square balers',
 # 'small square balers', 'self-propelled windrowers', 'hay tools' (kinds of product, no name)
 entities=[E("Organization", DDC), E("Location", "United States"), E("Company", FIAT), E("Company", FAC),
           E("Company", NHNV, "New Holland"), E("Company", NHNA), E("Company", CASE, "Case"),
           E("Service", "Versatile"), E("Service", "Genesis"), E("Company", HFI, "HFI")],
 roles=[],
 # "New Holland's Versatile line", "New Holland's Genesis line" -> provider(Versatile, New Holland N.V.),
 # provider(Genesis, New Holland N.V.) (the maker named by its short name; **doubtful** as the alias above). 'the
 # proposed acquisition of certain assets of Case Corporation (``Case'') by Fiat S.p.A.' -> an asset purchase ->
 # nothing (**near-miss**: GUIDELINES' asset purchases; no acquired(Fiat S.p.A., Case Corporation), though the deal was
 # a whole-company merger outside this text). Fiat Acquisition Corporation, New Holland N.V. and New Holland North
 # America, Inc. beside Fiat S.p.A. in the case name -> nothing (**near-miss**: the names suggest Fiat's subsidiaries,
 # but the kept text never says so; the Competitive Impact Statement, not kept, does). "Case's interest in Hay & Forage
 # Industries (``HFI''), a joint venture that sells hay tools" -> an interest of untold size in a joint venture whose
 # other party is not named -> nothing (**near-miss**: a reader may give parentOrganization(Hay & Forage Industries,
 # Case Corporation) or read 'joint venture' as a partner tie with no second named party). The ordered sales of the
 # tractor lines and of Case's interest (no buyer named) -> nothing (near-miss)
 relations=provided(NHNV, "Versatile", "Genesis"),
 outages=[],
 # 'November 4, 1999' (the filing), 'November 19, 1999' (the Competitive Impact Statement). Not dates: '15 U.S.C.
 # Sections 16 (b) through (h)', 'Section 7', '15 U.S.C. 18' (law references), '1:99CV02927JR' (a civil number)
 dates=[D("November 4, 1999", "1999-11-04"), D("November 19, 1999", "1999-11-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
