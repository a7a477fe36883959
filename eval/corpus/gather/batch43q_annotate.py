#!/usr/bin/env python3
"""Batch 43q gold annotations (the texts of batch43q.py: the Antitrust Division's release on the modification of the
1994 Dresser/Baroid consent decree that would allow Smith International Inc. to purchase Anchor Drilling Fluids, 5 June
1996; the Division's Federal Register notice on the transaction in which Vail Resorts, Inc. agreed to acquire Ralston
Resorts, Inc., 3 February 1997; the Division's release on the settlement allowing Halliburton Company and Dresser
Industries Inc. to merge, 29 September 1998), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m and 43o for the
Division's texts; GUIDELINES section 2): a deal the Division lets proceed on a settlement that awaits the court ('X
agreed to acquire Y' settled on a proposed Final Judgment; 'would allow X to purchase Y, provided ...') -> agreed:
`acquired` only; a consent decree that 'allowed X to acquire Y', its completion not told -> `acquired` only (as 43o's
Dean/Foremost); a merger that does not say who buys whom -> nothing (43e's Abitibi/Bowater); 'X is the majority owner
of Y' -> Y under X; an ownership interest of untold size -> nothing; an ordered divestiture naming no buyer ->
nothing (near-miss); '(Acting) Assistant Attorney General of the Department's Antitrust Division' -> head of the
Division, current, the Division under the Department (41h, 42h, 43c); courts -> Organization ('U.S. District Court in
Washington, D.C.' -> 'U.S. District Court', 43c); the United States as plaintiff or place, states and cities ->
Location; a State as co-plaintiff ('State of Colorado') -> Location with the bare name as alias (43l); the dateline
'WASHINGTON, D.C.' and the place 'Washington, D.C.' one Location; 'today' resolved against `published` (41h, 43c);
'the Department', 'the Court', product classes (drilling fluids, LWD services), laws and court papers not annotated.
usage: batch43q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
WDC = E("Location", "Washington, D.C.", "WASHINGTON, D.C.")

# ---- Smith International / Anchor Drilling Fluids, Division release, published 1996-06-05 (a Wednesday) -------------
SMI = "Smith International Inc."
ADF = "Anchor Drilling Fluids"
MID = "M-I Drilling Fluids"
DRI = "Dresser Industries Inc."
BRC = "Baroid Corporation"
A["us-doj-smith-international-anchor-drilling-fluids-baroid-decree-modification-1996"] = dict(
 # Companies: Smith International Inc. ('Smith' three times, an alias), Anchor Drilling Fluids ("Anchor's", 'Anchor'
 # an alias), M-I Drilling Fluids ('M-I' twice, an alias; the fullest form is the last sentence's), Dresser
 # Industries Inc. ('Dresser Industries' and 'Dresser', aliases), Baroid Corporation ('the Baroid Corporation', the
 # same name), Baroid Drilling Fluids (a business named as such -> Company). Organizations: the Department of Justice
 # ('the Department' generic), the court ('U.S. District Court in Washington, D.C.' -> 'U.S. District Court', as
 # 43c). Locations: Washington, D.C. (the dateline 'WASHINGTON, D.C.' and the court's seat), Houston ('of Houston',
 # 'the Houston-based'), Norway, Dallas, the United States (twice; 'U.S.' in "Anchor's U.S. drilling fluids business"
 # and 'Total U.S. drilling fluids sales', an alias). Not annotated: drilling fluids and 'oil field service products'
 # (product classes), 'the world', the consent decree, the suit, the joint motion (court papers)
 entities=[WDC, E("Organization", DOJ),
           E("Company", SMI, "Smith"), E("Company", ADF, "Anchor"), E("Company", MID, "M-I"),
           E("Location", "United States", "U.S."), E("Organization", "U.S. District Court"),
           E("Company", DRI, "Dresser Industries", "Dresser"), E("Company", BRC),
           E("Company", "Baroid Drilling Fluids")]
          + locs("Houston", "Norway", "Dallas"),
 # No person in the kept text
 roles=[],
 # 'a 1994 consent decree that would allow Smith International Inc. of Houston to purchase Anchor Drilling Fluids of
 # Norway, provided Smith sells off Anchor's U.S. drilling fluids business', the Department having agreed to the
 # modification that awaits the court ('filed today ... a joint motion with Smith') -> agreed: acquired only
 # (**doubtful**: a reader may take 'would allow ... provided' as a bid the decree still bars and give nothing; the
 # text does not say Smith has agreed terms with Anchor's owner, who is not named). 'Smith is the majority owner of
 # M-I' -> M-I Drilling Fluids under Smith International Inc. (parentOrganization). 'a consent decree entered in April
 # of 1994, that allowed Dresser Industries Inc. of Dallas to acquire the Houston-based Baroid Corporation' -> acquired
 # only (**doubtful**: that the decree 'ordered Dresser to divest ... Baroid Drilling Fluids' implies the deal went
 # through, and a reader may add Baroid Corporation under Dresser Industries Inc.; the text does not say it closed).
 # 'its ownership interest in M-I Drilling Fluids' (Dresser's, of untold size, in 1994) -> nothing (**near-miss**: an
 # interest, not stated as control). Baroid Drilling Fluids: its tie to Baroid Corporation is not stated (name only)
 # -> nothing (**doubtful**: a reader may set it under Baroid Corporation). The ordered sale of Anchor's U.S.
 # business names no buyer -> nothing (**near-miss**)
 relations=[L(SMI, "acquired", ADF), L(MID, "parentOrganization", SMI), L(DRI, "acquired", BRC)],
 outages=[],
 # 'today' (twice) -> 1996-06-05, one item; '1994' ('a 1994 consent decree', 'The 1994 decree') -> 1994, one item;
 # 'April of 1994' -> 1994-04; 'late 1993' -> 1993 (GUIDELINES: 'late 2006' -> the year). Not dates: '$500 million
 # annually' (a rate)
 dates=[D("today", "1996-06-05"), D("1994", "1994"), D("April of 1994", "1994-04"), D("late 1993", "1993")])

# ---- Vail Resorts / Ralston Resorts, Federal Register notice, published 1997-02-03 (a Monday) ------------------------
VRI = "Vail Resorts, Inc."
RRI = "Ralston Resorts, Inc."
A["us-doj-federal-register-vail-resorts-ralston-resorts-proposed-final-judgment-1997"] = dict(
 # Companies: Vail Resorts, Inc. (the case name and the transaction; 'Vail', the defined name, an alias), Ralston
 # Resorts, Inc. ('Ralston', the defined name, an alias), Ralston Foods, Inc. (the case name only). Organization: the
 # District of Colorado court. Locations: the United States (plaintiff: 'United States and The State of Colorado
 # versus' and 'the United States and the State of Colorado filed'), the State of Colorado (co-plaintiff, twice;
 # 'Colorado' three times, 'ski resorts in Colorado' and 'Front Range Colorado skiers', the bare name -> alias, as
 # 43l's States), Front Range (a named region of Colorado -> Location; **doubtful**: a reader may leave 'Front Range
 # Colorado skiers' unannotated as a description of customers). Not annotated: 'the Court' (generic), the five ski
 # resorts (unnamed), the laws and court papers
 entities=[E("Organization", "United States District Court for the District of Colorado"),
           E("Location", "United States"), E("Location", "State of Colorado", "Colorado"),
           E("Company", VRI, "Vail"), E("Company", RRI, "Ralston"), E("Company", "Ralston Foods, Inc."),
           E("Location", "Front Range")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'a transaction in which Vail Resorts, Inc. (``Vail'') agreed to acquire Ralston Resorts, Inc. (``Ralston'')',
 # challenged and settled on a proposed Final Judgment -> agreed: acquired only (42w, 42z, 43j, 43l, 43m, 43o;
 # **doubtful** as there: 'seeking to enjoin' and 'would have combined' tell a deal not yet closed). Ralston Foods,
 # Inc.: a defendant with no relation stated in the kept text -> nothing (**doubtful**: a reader may set Ralston
 # Resorts, Inc. under Ralston Foods, Inc. by the shared name and the joint defence)
 relations=[L(VRI, "acquired", RRI)],
 outages=[],
 # 'January 3, 1997' -> 1997-01-03. Not dates: 'the statutory 60-day public comment period' (a span), '16(b)-(h)',
 # '97-B-10', 'section 7', '15 U.S.C. 18'
 dates=[D("January 3, 1997", "1997-01-03")])

# ---- Halliburton / Dresser Industries, Division release, published 1998-09-29 (a Tuesday) ----------------------------
HAL = "Halliburton Company"
A["us-doj-halliburton-dresser-industries-merger-lwd-divestiture-1998"] = dict(
 # Companies: Halliburton Company ('Halliburton' twice, an alias), Dresser Industries Inc. ('Dresser', an alias).
 # Organizations: the Department of Justice ("the Department's" twice generic), the Antitrust Division ("the
 # Department's Antitrust Division"). Person: Joel I. Klein. Locations: 'WASHINGTON, D.C.' (the dateline, the only form
 # in the text, so named as printed), Dallas. Not annotated: logging-while-drilling (LWD) services and tools (a class of oil-field services, no
 # product name), 'oil and gas companies', 'the oilfield service companies' (unnamed), 'Customers'
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ),
           E("Company", HAL, "Halliburton"), E("Company", DRI, "Dresser"),
           E("Location", "Dallas"),
           E("Person", "Joel I. Klein"), E("Organization", ATR)],
 # 'Joel I. Klein, Assistant Attorney General of the Department's Antitrust Division' -> head of the Antitrust
 # Division, current (41h, 42h, 43c)
 roles=[R("Joel I. Klein", "head", ATR)],
 # 'a settlement today allowing Halliburton Company and Dresser Industries Inc. to merge' -> a merger that does not
 # say who buys whom -> nothing (GUIDELINES; 43e's Abitibi/Bowater; **near-miss**: the headline's 'IN ORDER TO
 # PROCEED WITH DRESSER INDUSTRIES MERGER' does not say it either, and the title is not annotated). 'Halliburton
 # agreed to sell off a key part of its worldwide oilfield service business--logging-while-drilling (LWD)' -> an
 # ordered divestiture naming no buyer -> nothing (**near-miss**). "the Department's Antitrust Division" after 'The
 # Department of Justice' -> the Division under the Department
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1998-09-29; '1997' (three times) -> 1997, one item. Not dates: '$500 million', '$8 billion', '$7.5
 # billion'
 dates=[D("today", "1998-09-29"), D("1997", "1997")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
