#!/usr/bin/env python3
"""Batch 45s gold annotations (the texts of batch45s.py: the Justice Department's release on the settlement with the
State of Florida letting Waste Management Inc. of Florida and Reuter Recycling of Florida Inc. merge if a waste
transfer station is kept open to rivals, Anne K. Bingaman quoted, 20 October 1995; and the Antitrust Division's release
on the joint suit and proposed settlement over Browning-Ferris Industries Inc.'s cash tender offer for Attwoods plc,
announced with the Attorneys General of Florida and Maryland, 1 December 1994), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e, 44i, 44m, 44q, 44t, 45b, 45g and 45l for the Division's texts; GUIDELINES section 2): two named companies allowed
'to merge' with no buyer stated -> nothing (GUIDELINES; 44e, 45g, 45l); a facility one of them 'will acquire as part
of the deal' -> an asset purchase, nothing (GUIDELINES); an unsolicited cash tender offer challenged in court and
settled on terms the kept text does not give -> an offer, nothing (GUIDELINES: offers, bids; unlike 43c's
board-approved Cemex offer); "the Department's Antitrust Division" after 'the Department of Justice' -> the Division
under the Department (43q); 'Assistant Attorney General in charge of the Antitrust Division' and 'the head of the
Department's Antitrust Division, Assistant Attorney General' -> head of the Division, current; a state's attorney
general named with the post ('Florida Attorney General Robert A. Butterworth') -> no role (37m's Schneiderman: a
state's law officer, not a minister, governor or agency head of the vocabulary); a State as co-plaintiff ('the State
of Florida') -> Location with the bare name as alias (42h, 42w, 43l, 43q), 'the states of Florida and Maryland' in
lower case -> the bare names; the dateline 'WASHINGTON, D.C.' beside 'Washington, D.C.' -> 'Washington, D.C.' with the
dateline an alias (43q's WDC), beside only 'Washington' -> named as written with 'Washington' its alias (45l's
reading of the dateline); 'U.S. District Court in Washington, D.C.' -> 'U.S. District Court', the city apart (41h,
43c, 44e, 45g, 45l); counties named together ('Broward and Dade Counties') -> each bare name a Location (37q, 45i);
named regions ('the Mid-Atlantic region') -> Location (41c, 43p); 'today' resolved against `published`.
usage: batch45s_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ
from batch43q_annotate import WDC

A = {}
AKB = "Anne K. Bingaman"

# ---- Waste Management of Florida / Reuter Recycling, Office of Public Affairs release, published 1995-10-20 (a Friday)
WMF = "Waste Management Inc. of Florida"
RRF = "Reuter Recycling of Florida Inc."
A["us-doj-waste-management-florida-reuter-recycling-transfer-station-settlement-1995"] = dict(
 # Companies: Waste Management Inc. of Florida (once; 'Waste Management' twice more, an alias), Reuter Recycling of
 # Florida Inc. (once; 'Reuter Recycling' once more, an alias). Organizations: the Department of Justice ('the
 # Department of Justice' twice; 'The Department' generic), the Antitrust Division ("the Department's Antitrust
 # Division", 'the Antitrust Division'), the court ('U.S. District Court in Washington, D.C.' -> 'U.S. District
 # Court', the city apart; 'the court' generic). Person: Anne K. Bingaman. Locations: Washington, D.C. (the court's
 # seat; the dateline 'WASHINGTON, D.C.' an alias: 43q's WDC), the State of Florida (co-plaintiff, twice; 'Florida'
 # in 'southern Florida' and "southern Florida's" an alias -- 'Florida' inside the two companies' names is part of
 # those names), Broward and Dade ('Broward and Dade Counties', 'Dade and Broward Counties': the two counties, each
 # bare name a Location as 37q's Nassau and Suffolk and 45i's Montgomery; **doubtful**: a reader may write 'Broward
 # County' and 'Dade County', forms not in the text, or take 'Dade Counties' as written). Not annotated: 'a waste
 # transfer station' (unnamed), 'the two companies', 'other waste disposal competitors', 'one of only three
 # competitors' (generic), 'southern' (a direction, not a named region); 'Chambers Waste Syst' is in the sentence cut
 # off
 entities=[WDC, E("Company", WMF, "Waste Management"), E("Company", RRF, "Reuter Recycling"),
           E("Organization", DOJ), E("Location", "State of Florida", "Florida"),
           E("Organization", "U.S. District Court"), E("Location", "Broward"), E("Location", "Dade"),
           E("Organization", ATR), E("Person", AKB)],
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current
 roles=[R(AKB, "head", ATR)],
 # "the Department's Antitrust Division" after 'the Department of Justice' -> the Division under the Department
 # (43q). 'allow the two companies to merge' -> a merger that does not say who buys whom -> nothing (**near-miss**,
 # GUIDELINES; 44e, 45g, 45l; **doubtful**: 'a waste transfer station that Waste Management will acquire as part of
 # the deal' hints that Waste Management is the buyer, and the headline says 'ACQUISITION', but the text never says
 # that Waste Management buys Reuter Recycling -- a reader may record acquired(Waste Management Inc. of Florida,
 # Reuter Recycling of Florida Inc.), agreed). 'a waste transfer station that Waste Management will acquire' -> an
 # unnamed facility, an asset -> nothing (**near-miss**). 'the Department of Justice and the State of Florida filed
 # an antitrust suit' -> a federal department and a state suing together: no partner (45g's joint investigation,
 # 45l's joint settlement)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1995-10-20. 'At the same time' is no date
 dates=[D("today", "1995-10-20")])

# ---- Browning-Ferris Industries / Attwoods, Division release, published 1994-12-01 (a Thursday) ----------------------
BFI = "Browning-Ferris Industries Inc."
ATW = "Attwoods plc"
RAB = "Robert A. Butterworth"
JJC = "J. Joseph Curran Jr."
A["us-doj-browning-ferris-attwoods-dumpster-service-joint-suit-settlement-1994"] = dict(
 # Companies: Browning-Ferris Industries Inc. (once; 'BFI' three times, an alias -- the text gives the short form
 # without defining it, a careful reader is sure), Attwoods plc (once; 'Attwoods' three times, also "Attwoods'", an
 # alias). Organizations: the Department of Justice ('the Department of Justice' twice), the Antitrust Division ("the
 # Department's Antitrust Division"), the court ('U.S. District Court in Washington' -> 'U.S. District Court', the
 # city apart; 'the court' generic). Persons: Anne K. Bingaman, Robert A. Butterworth, J. Joseph Curran Jr.
 # Locations: the dateline 'WASHINGTON, D.C.' (the city's only full form, named as written as 45l's; 'Washington' in
 # 'U.S. District Court in Washington' its alias; **doubtful**: a reader may keep the two apart or name the city
 # 'Washington'), Florida ('the states of Florida and Maryland', 'in Florida and the Mid-Atlantic region', 'in
 # Florida, Maryland, ...', 'Florida Attorney General'), Maryland (likewise), the Mid-Atlantic ('the Mid-Atlantic
 # region': a named region, 41c, 43p; **doubtful**: a reader may leave it out), the United Kingdom (Attwoods' seat),
 # Pennsylvania, Delaware, Houston ('BFI of Houston'), 'U.S.' ("Attwoods' U.S. 1993 revenues": the country, written
 # only so, as 40p's and 45h's bare 'U.S.'; **doubtful**: an adjective of revenues, a reader may leave it out; 'U.S.'
 # in 'U.S. District Court' is part of the court's name). Not annotated: 'the nation' (the country unnamed),
 # '"dumpster" service', 'Dumpster service', 'small containerized waste hauling service' (a service kind, not a
 # named product), 'federal and state antitrust enforcers', 'Federal and state officials' (generic), the complaint
 # and the settlement (court papers)
 entities=[E("Location", "WASHINGTON, D.C.", "Washington"), E("Organization", DOJ), E("Location", "Florida"),
           E("Location", "Maryland"), E("Location", "Mid-Atlantic"), E("Company", BFI, "BFI"),
           E("Company", ATW, "Attwoods"), E("Location", "United Kingdom"), E("Location", "Pennsylvania"),
           E("Location", "Delaware"), E("Location", "Houston"), E("Location", "U.S."), E("Organization", ATR),
           E("Person", AKB), E("Person", RAB), E("Person", JJC), E("Organization", "U.S. District Court")],
 # 'the head of the Department's Antitrust Division, Assistant Attorney General Anne K. Bingaman' -> head of the
 # Antitrust Division, current. 'Florida Attorney General Robert A. Butterworth' and 'Maryland Attorney General J.
 # Joseph Curran Jr.' -> no role (a state's law officer: no title of the vocabulary and no organisation entity
 # beside the state, as 37m's Schneiderman; **doubtful**: a reader may give each 'other' at Florida and at Maryland,
 # or 'head' of an office the text does not name)
 roles=[R(AKB, "head", ATR)],
 # "the Department's Antitrust Division" after 'the Department of Justice' -> the Division under the Department
 # (43q). 'the proposed cash tender offer by Browning-Ferris Industries Inc. ... to acquire one of its major
 # competitors, Attwoods plc', 'In September, BFI launched an unsolicited cash tender offer for the shares of
 # Attwoods', 'the proposed acquisition by BFI' -> an offer, challenged in court; the settlement 'would eliminate the
 # transaction's potential harm' but the kept text says neither that Attwoods' board or holders accepted nor that
 # the deal may now go ahead on named terms -> nothing (**near-miss**, GUIDELINES: offers, bids, blocked deals;
 # **doubtful**: a reader may take the settlement as clearing the purchase and record acquired(Browning-Ferris
 # Industries Inc., Attwoods plc), agreed, as 43c did for Cemex / Rinker, where the target's board had approved the
 # offer). 'sought to block a proposed merger' -> the same deal, no second relation. 'one of its major competitors'
 # -> rivals, no relation. 'Opposition ... was announced jointly by' the Division's head and two state attorneys
 # general -> government officers acting together: no partner
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1994-12-01; 'In September' (told as past in a release of December 1994) -> 1994-09; '1993' (in
 # "Attwoods' U.S. 1993 revenues") -> 1993. Not dates: '$3 billion', '$300 million', 'between one and 10 cubic
 # yards' (amounts and sizes); 'At the same time' is no date
 dates=[D("today", "1994-12-01"), D("September", "1994-09"), D("1993", "1993")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
