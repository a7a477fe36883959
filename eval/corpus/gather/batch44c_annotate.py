#!/usr/bin/env python3
"""Batch 44c gold annotations (the texts of batch44c.py: the Antitrust Division's Federal Register notice on the
proposed acquisition by Flowserve of Ingersoll-Dresser Pump Company, 13 September 2000; the Justice Department's
releases on the divestitures required for Cumulus Media Inc.'s acquisition of Citadel Broadcasting Corporation, 8
September 2011, and for Danone S.A.'s acquisition of The WhiteWave Foods Company Inc., 3 April 2017), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s and
43v for the Division's texts; GUIDELINES section 2): 'the proposed acquisition by X of Y' or 'in order for X to
proceed with its acquisition of Y', challenged and settled on a proposed Final Judgment -> agreed: `acquired` only
(40zi, 42w-43v); "X's <Name> business" -> the named business a Company under X (43l, 43m); an ordered divestiture of
unnamed stations, pump lines or facilities naming no buyer -> nothing (near-miss); 'Name, Chief, X, Antitrust
Division' -> head of X, current, X under the Division (21c, 42z, 43m); '(Acting) Assistant Attorney General ... of
(in charge of) the ... Antitrust Division' -> head of the Division, current (40zi, 41h, 43c); the Division under the
Department where both are named; 'U.S. District Court in Washington, D.C.' -> 'U.S. District Court', the dateline
'WASHINGTON' an alias of Washington, D.C. (43c); the United States as plaintiff or place -> Location, without the
case name's forms as aliases; state abbreviations after a town or market left to it (43v); 'today' resolved against
`published` (40zi, 43c); 'the department', 'the division', 'the court', 'the Court', 'Plaintiff', 'defendants', laws,
court papers, the Federal Register, the Office of the Clerk, street addresses and telephone numbers not annotated; the
address 'Washington, DC' -> Location (21c, 40zk, 43m).
usage: batch44c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}
US = E("Location", "United States")

# ---- Flowserve / Ingersoll-Dresser Pump, Federal Register notice, published 2000-09-13 (a Wednesday) ----------------
FLS = "Flowserve Corp."
IDP = "Ingersoll-Dresser Pump Company"
HCT = "Health Care Task Force"
A["us-doj-federal-register-flowserve-ingersoll-dresser-pump-proposed-final-judgment-2000"] = dict(
 # Companies: Ingersoll-Dresser Pump Company (the transaction; 'Ingersoll-Dresser Pump Co.' in the case name, an
 # alias), Ingersoll-Rand Co. (the case name only), Flowserve Corp. (the case name; 'Flowserve' in 'the proposed
 # acquisition by Flowserve', an alias). Organizations: the court (twice), the Department of Justice (twice), the
 # Antitrust Division, the Health Care Task Force (the chief's section). Person: Gail Kursh. Locations: the United
 # States (plaintiff: 'United States v.' in the case name and 'the United States filed'), Washington, DC (the
 # addresses, twice). Not annotated: 'certain pump lines and manufacturing and repair facilities' (unnamed assets),
 # 'the Court', the Federal Register, the Office of the Clerk, the laws and court papers, the street addresses, room
 # and suite numbers and the telephone number
 entities=[E("Organization", DDC), US,
           E("Company", IDP, "Ingersoll-Dresser Pump Co."), E("Company", "Ingersoll-Rand Co."),
           E("Company", FLS, "Flowserve"),
           E("Organization", DOJ), E("Location", "Washington, DC"),
           E("Person", "Gail Kursh"), E("Organization", HCT), E("Organization", ATR)],
 # 'Gail Kursh, Chief, Health Care Task Force, ..., Antitrust Division, Department of Justice' -> head of the Task
 # Force, current (as 43m's section chiefs; the Task Force named as printed)
 roles=[R("Gail Kursh", "head", HCT)],
 # 'the proposed acquisition by Flowserve of Ingersoll-Dresser Pump Company', settled on a proposed Final Judgment ->
 # agreed: acquired only (42w-43v). Ingersoll-Rand Co.: a defendant with no relation stated in the kept text ->
 # nothing (**near-miss**; **doubtful**: a reader may set Ingersoll-Dresser Pump Company under Ingersoll-Rand Co. by
 # the joint defence and the shared name; the text does not say who owns the pump company). 'requires the defendants
 # to divest certain pump lines and manufacturing and repair facilities' -> unnamed, no buyer -> nothing
 # (**near-miss**). 'Health Care Task Force, ..., Antitrust Division, Department of Justice' -> the Task Force under
 # the Division, the Division under the Department
 relations=[L(FLS, "acquired", IDP), L(HCT, "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'July 28, 2000' -> 2000-07-28. Not dates: 'within 60 days of the date of this notice' (a span), '16(b) through
 # (h)', '00-1818', 'section 7', '15 U.S.C. 18', 'Suite 2000', 'Room 404', '20530', the telephone number
 dates=[D("July 28, 2000", "2000-07-28")])

# ---- Cumulus Media / Citadel Broadcasting, Office of Public Affairs, published 2011-09-08 (a Thursday) ---------------
CUM = "Cumulus Media Inc."
CIT = "Citadel Broadcasting Corporation"
HLC = "Harrisburg-Lebanon-Carlisle"
A["us-doj-cumulus-media-citadel-broadcasting-divest-radio-stations-2011"] = dict(
 # Companies: Cumulus Media Inc. ('Cumulus', also "Cumulus's", an alias), Citadel Broadcasting Corporation ("Citadel's"
 # and 'Citadel', an alias). Organizations: the Department of Justice ('The Department of Justice' and "the Department
 # of Justice's"; 'the department' generic), the Antitrust Division ("The department's Antitrust Division", "the
 # Department of Justice's Antitrust Division"; 'the division' generic), the court ('U.S. District Court in
 # Washington, D.C.' -> 'U.S. District Court', as 43c). Person: Sharis A. Pozen. Locations: Washington, D.C. (the
 # court's seat; the dateline 'WASHINGTON' an alias, as 43c), the United States ('in the United States'), Flint (three
 # times), Harrisburg-Lebanon-Carlisle (twice; 'Harrisburg' in the quotation, the same market, an alias:
 # **doubtful**, a reader may make the city its own Location). 'Mich.' and 'Pa.' after the markets left to them
 # (43v; **doubtful**: a reader may annotate Michigan and Pennsylvania). Not annotated: 'three radio stations', 'two
 # markets', "Cumulus's and Citadel's radio stations" (unnamed), 'local and national companies', 'radio advertisers',
 # the consent decree, the complaint and the settlement (court papers)
 entities=[E("Location", "Washington, D.C.", "WASHINGTON"), E("Organization", DOJ),
           E("Company", CUM, "Cumulus"), US, E("Company", CIT, "Citadel"),
           E("Location", "Flint"), E("Location", HLC, "Harrisburg"),
           E("Organization", ATR), E("Organization", "U.S. District Court"),
           E("Person", "Sharis A. Pozen")],
 # 'Sharis A. Pozen, Acting Assistant Attorney General in charge of the Department of Justice's Antitrust Division'
 # -> head of the Division (acting; 41h, 43c), current
 roles=[R("Sharis A. Pozen", "head", ATR)],
 # 'in order for Cumulus to proceed with its acquisition of Citadel Broadcasting Corporation', the suit filed 'to
 # block the proposed acquisition' with a settlement awaiting the court -> agreed: acquired only (40zi, 43c). 'to
 # divest three radio stations in two markets' -> unnamed stations, no buyer -> nothing (**near-miss**). "the
 # Department of Justice's Antitrust Division" -> the Division under the Department
 relations=[L(CUM, "acquired", CIT), ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2011-09-08, one item. 'At the same time' is no date. Not dates: 'three', 'two'
 dates=[D("today", "2011-09-08")])

# ---- Danone / WhiteWave, Office of Public Affairs, published 2017-04-03 (a Monday) -----------------------------------
DAN = "Danone S.A."
WWF = "The WhiteWave Foods Company Inc."
A["us-doj-danone-whitewave-divest-stonyfield-farms-2017"] = dict(
 # Companies: Danone S.A. ('Danone', also "Danone's", an alias), Stonyfield Farms ("Danone's Stonyfield Farms
 # business": a named business -> Company, as 43l's and 43m's Alcan Packaging businesses), The WhiteWave Foods
 # Company Inc. Organizations: the Department of Justice ('The Department of Justice'; 'Justice Department' in "The
 # Justice Department's Antitrust Division" and "the Justice Department's Antitrust Division", an alias, as 40zi; 'the
 # department' generic), the Antitrust Division (twice), the court (its full name once; 'the court' generic). Person:
 # Brent Snyder. Location: the United States ('in the United States'; 'U.S.' in 'U.S. consumers', an alias, as 40zi;
 # the court's 'U.S.' belongs to its own name). Not annotated: 'the northeast' (three times, lower case: a region
 # named by a common noun; **doubtful**: a reader may annotate it as a Location), 'the two leading participants',
 # 'top brands', 'the three leading brands of organic milk' (unnamed), 'dairy farmers', 'consumers', 'stores', the
 # lawsuit and the settlement (court papers)
 entities=[E("Organization", DOJ, "Justice Department"), E("Company", DAN, "Danone"),
           E("Company", "Stonyfield Farms"), E("Company", WWF),
           E("Location", "United States", "U.S."), E("Organization", ATR),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Person", "Brent Snyder")],
 # 'Acting Assistant Attorney General Brent Snyder of the Justice Department's Antitrust Division' -> head of the
 # Division (acting; 40zi's Hesse, 41h), current
 roles=[R("Brent Snyder", "head", ATR)],
 # 'in order for Danone to proceed with its $12.5 billion acquisition of The WhiteWave Foods Company Inc.', the suit
 # filed 'to block the proposed transaction' with a settlement awaiting the court -> agreed: acquired only (40zi,
 # 43c). "Danone's Stonyfield Farms business" -> Stonyfield Farms under Danone S.A. (parentOrganization: owned now,
 # to be divested; the buyer is not named -> no second relation, **near-miss**). "The Justice Department's Antitrust
 # Division" -> the Division under the Department
 relations=[L(DAN, "acquired", WWF), L("Stonyfield Farms", "parentOrganization", DAN), ATR_DOJ],
 outages=[],
 # 'today' (twice) and "Today's" in the quotation -> 2017-04-03, one item. 'At the same time' is no date. Not dates:
 # '$12.5 billion', 'two', 'three'
 dates=[D("today", "2017-04-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
