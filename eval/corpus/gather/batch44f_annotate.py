#!/usr/bin/env python3
"""Batch 44f gold annotations (the texts of batch44f.py: the Justice Department's releases on the divestiture
required of Georgia-Pacific Corporation and Fort James Corporation, 21 November 2000, on Univision Communications
Incorporated's acquisition of Hispanic Broadcasting Corporation and its Entravision interest, 26 March 2003, and on
Cameron International Corp.'s acquisition of NATCO Group Inc., 17 November 2009; the Antitrust Division's Federal
Register notice on the proposed acquisition by UnitedHealth Group Incorporated of Sierra Health Services, Inc., 10
March 2008), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted
ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v
and 44c for the Division's texts; GUIDELINES section 2): 'the proposed acquisition by X of Y' or 'in order to proceed
with its acquisition of Y', challenged and settled on a proposed Final Judgment -> agreed: `acquired` only (40zi,
42w-44c); 'their proposed acquisition' naming no buyer -> nothing (GUIDELINES: a merger where the text does not say
who buys whom); a purchase of 'certain assets' -> nothing (an asset purchase); a 'partial ownership interest' or
'equity stake' of untold size -> nothing (43q); ordered divestitures of unnamed businesses or assets naming no buyer
-> nothing (near-miss); '(Acting) Assistant Attorney General in charge of the Department's Antitrust Division' ->
head of the Division, current (40zi, 41h, 42z, 43c, 44c); the Division under the Department where both are named;
'U.S. District Court in Washington, D.C.' -> 'U.S. District Court' (43c, 44c), the dateline 'WASHINGTON, D.C.' and the
court's seat 'Washington, D.C.' one Location (42z, 43q), a bare dateline 'WASHINGTON' with no other Washington ->
Location as written (16e, 41h, 43e); 'Las Vegas, Nevada' one Location (as 44d's 'Harrisburg, Pennsylvania'); the
United States as plaintiff or place -> Location, without the case name's forms as aliases; 'today' resolved against
`published` (40zi, 43c, 44c); 'the Department', 'the court', 'the Court', 'the parties', laws, court papers, the
Federal Register, 'Board of Directors', Medicare and Medicare Advantage plans (a federal programme and its plan
type) not annotated.
usage: batch44f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}
US = E("Location", "United States")
WDC = E("Location", "Washington, D.C.", "WASHINGTON, D.C.")
USDC = "U.S. District Court"

# ---- Georgia-Pacific / Fort James, Justice Department release, published 2000-11-21 (a Tuesday) ----------------------
GP = "Georgia-Pacific Corporation"
FJ = "Fort James Corporation"
A["us-doj-georgia-pacific-fort-james-divest-commercial-tissue-2000"] = dict(
 # Companies: Georgia-Pacific Corporation ('Georgia-Pacific', also "Georgia-Pacific's", an alias), Fort James
 # Corporation ('Fort James', an alias). Organizations: the Department of Justice ('the Department' generic), the
 # Antitrust Division ("the Department's Antitrust Division", twice), the court ('U.S. District Court in Washington,
 # D.C.' -> 'U.S. District Court', as 43c). Person: A. Douglas Melamed. Locations: Washington, D.C. (the dateline
 # 'WASHINGTON, D.C.' and the court's seat, one entity), the United States ('in the United States'). Not annotated:
 # "Georgia-Pacific's commercial tissue business" (a line of business named by a common noun, not a named business),
 # commercial or away-from-home tissue, paper towels, napkins and bath tissue (product kinds, no brand), 'fast food
 # and other restaurants, office buildings, ...' (kinds of buyers), the consent decree and the lawsuit (court papers)
 entities=[WDC, E("Organization", DOJ), E("Company", GP, "Georgia-Pacific"), E("Company", FJ, "Fort James"),
           E("Organization", ATR), E("Organization", USDC), E("Person", "A. Douglas Melamed"), US],
 # 'A. Douglas Melamed, Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of
 # the Division (acting; 41h, 43c, 44c), current
 roles=[R("A. Douglas Melamed", "head", ATR)],
 # 'to require Georgia-Pacific Corporation and Fort James Corporation to sell Georgia-Pacific's commercial tissue
 # business in order to proceed with their proposed $11 billion acquisition' -> the body never says who buys whom ->
 # nothing (**near-miss**; **doubtful**: the headline, kept as `title` and not annotated, reads "GEORGIA-PACIFIC'S
 # ACQUISITION OF FORT JAMES", and a reader may set Georgia-Pacific Corporation acquired Fort James Corporation).
 # 'to divest the bulk of its commercial tissue business' -> unnamed, no buyer -> nothing (**near-miss**). "the
 # Department's Antitrust Division" -> the Division under the Department
 relations=[ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2000-11-21, one item. 'At the same time' is no date. Not dates: '$11 billion', 'three to two'
 dates=[D("today", "2000-11-21")])

# ---- Univision / Hispanic Broadcasting, Antitrust Division release, published 2003-03-26 (a Wednesday) -------------
UNI = "Univision Communications Incorporated"
ENT = "Entravision Communications Corporation"
HBC = "Hispanic Broadcasting Corporation"
A["us-doj-univision-hispanic-broadcasting-entravision-stake-2003"] = dict(
 # Companies: Univision Communications Incorporated ('Univision', also "Univision's", an alias), Entravision
 # Communications Corporation ('Entravision', also "Entravision's", an alias), Hispanic Broadcasting Corporation
 # ('HBC', an alias: the text never spells it out beside the full name, but 'its $3 billion acquisition of Hispanic
 # Broadcasting Corporation' and "Univision's acquisition of HBC" are the one deal). Organizations: the Department of
 # Justice ('the Department' generic), the Antitrust Division ("The Department's Antitrust Division" and "the
 # Department's Antitrust Division"), the court ('U.S. District Court in Washington, D.C.' -> 'U.S. District Court').
 # Person: R. Hewitt Pate. Location: Washington, D.C. (the dateline 'WASHINGTON, D.C.' and the court's seat, one
 # entity). Not annotated: "Entravision's Board of Directors" (a company's board), 'many Spanish-language radio
 # stations' (unnamed), 'advertisers', the consent decree and the lawsuit (court papers)
 entities=[WDC, E("Organization", DOJ), E("Company", UNI, "Univision"), E("Company", ENT, "Entravision"),
           E("Company", HBC, "HBC"), E("Organization", ATR), E("Organization", USDC), E("Person", "R. Hewitt Pate")],
 # 'R. Hewitt Pate, Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Division (acting; 42z's Pate without 'Acting'), current
 roles=[R("R. Hewitt Pate", "head", ATR)],
 # 'in order to proceed with its $3 billion acquisition of Hispanic Broadcasting Corporation', the suit filed 'to
 # block the proposed transaction' with a consent decree awaiting the court -> agreed: acquired only (40zi, 43c,
 # 44c). 'its partial ownership interest in Entravision Communications Corporation', 'its equity stake in
 # Entravision', 'its right to two seats on Entravision's Board of Directors' -> a minority stake of untold size ->
 # nothing (**near-miss**, as 43q's ownership interest; **doubtful**: a reader may set Entravision under Univision).
 # 'HBC is Entravision's principal competitor' -> rivals, no partner relation. "the Department's Antitrust Division"
 # -> the Division under the Department
 relations=[L(UNI, "acquired", HBC), ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2003-03-26, one item. 'At the same time' is no date. Not dates: '$3 billion', 'two seats'
 dates=[D("today", "2003-03-26")])

# ---- UnitedHealth / Sierra Health Services, Federal Register notice, published 2008-03-10 (a Monday) ---------------
UNH = "UnitedHealth Group Incorporated"
SHS = "Sierra Health Services, Inc."
A["us-doj-federal-register-unitedhealth-sierra-health-services-proposed-final-judgment-2008"] = dict(
 # Companies: UnitedHealth Group Incorporated (the case name and the transaction; 'United', the defined name, also
 # "United's", an alias), Sierra Health Services, Inc. ('Sierra', the defined name, an alias). Organization: the
 # court (its full name once). Locations: the United States (plaintiff: 'United States v.' in the case name and 'the
 # United States filed'), Las Vegas, Nevada ('the Las Vegas, Nevada area'; 'the Las Vegas area' an alias, as 44d's
 # city-and-state Locations). Not annotated: Medicare and 'Medicare Advantage health insurance plans' (a federal
 # programme and a kind of plan sold by many insurers; **doubtful**: a reader may make Medicare Advantage a Service
 # with no provider), "United's individual Medicare Advantage business" (a line of business named by a common noun),
 # 'the two largest health insurers', 'senior citizens', 'a purchaser' (unnamed), the laws and court papers
 entities=[E("Organization", DDC), US, E("Company", UNH, "United"), E("Company", SHS, "Sierra"),
           E("Location", "Las Vegas, Nevada", "Las Vegas")],
 roles=[],
 # 'the proposed acquisition by UnitedHealth Group Incorporated (``United'') of Sierra Health Services, Inc.
 # (``Sierra'')', settled on a proposed Final Judgment -> agreed: acquired only (42w-44c). 'requires the parties to
 # divest United's individual Medicare Advantage business in the Las Vegas area to a purchaser' -> unnamed business,
 # no buyer named -> nothing (**near-miss**)
 relations=[L(UNH, "acquired", SHS)],
 outages=[],
 # 'February 25, 2008' -> 2008-02-25. Not dates: '16(b)-(h)', '08-0322', 'Section 7', '15 U.S.C. 18'
 dates=[D("February 25, 2008", "2008-02-25")])

# ---- Cameron International / NATCO Group, Office of Public Affairs, published 2009-11-17 (a Tuesday) ---------------
CAM = "Cameron International Corp."
NAT = "NATCO Group Inc."
HB = "Howe Baker Engineers Ltd."
A["us-doj-cameron-international-natco-group-divest-refinery-desalters-2009"] = dict(
 # Companies: Cameron International Corp. ('Cameron', also "Cameron's", an alias), NATCO Group Inc. ('NATCO', an
 # alias), Howe Baker Engineers Ltd. ('Howe Baker', an alias). Organizations: the Department of Justice ('the
 # Department' generic), the Antitrust Division ("The Department's Antitrust Division"), the court ('U.S. District
 # Court for the District of Columbia', as written; 'the court' generic). Locations: the dateline 'WASHINGTON' (as
 # written, the text naming no other Washington: 16e, 41h, 43e), the United States (twice). Not annotated: refinery
 # desalters (a kind of equipment, no product name), 'refinery customers', the lawsuit and the settlement (court
 # papers)
 entities=[E("Location", "WASHINGTON"), E("Organization", DOJ), E("Company", CAM, "Cameron"),
           E("Company", NAT, "NATCO"), US, E("Company", HB, "Howe Baker"), E("Organization", ATR),
           E("Organization", "U.S. District Court for the District of Columbia")],
 roles=[],
 # 'in order to proceed with its acquisition of NATCO Group Inc.', the suit filed 'to block the proposed acquisition
 # of NATCO by Cameron' with a settlement awaiting the court -> agreed: acquired only (40zi, 43c, 44c). "Cameron's
 # 2005 acquisition of certain assets from Howe Baker Engineers Ltd." -> an asset purchase -> nothing
 # (**near-miss**). 'to divest certain assets used in the production and sale of desalters' -> unnamed, no buyer ->
 # nothing (**near-miss**). 'Cameron and NATCO ... are each other's closest competitor' -> rivals, no partner
 # relation. "The Department's Antitrust Division" -> the Division under the Department
 relations=[L(CAM, "acquired", NAT), ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2009-11-17, one item; '2005' (twice) -> 2005, one item. 'At the same time', 'Currently' are no
 # dates. Not dates: '$980 million'
 dates=[D("today", "2009-11-17"), D("2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
