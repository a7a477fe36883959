#!/usr/bin/env python3
"""Batch 46b gold annotations (the texts of batch46b.py: the Antitrust Division's release on its suit to block Northwest
Airlines from buying a controlling stake in Continental Airlines, Joel I. Klein quoted, 23 October 1998; and the
Division's release on Sonoco Products Company and Pasco Beverages Company abandoning their can-making equipment deal,
R. Hewitt Pate quoted, 29 October 2003), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 41k, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v,
44a, 44c, 44e, 44i, 44m, 44q, 44t, 45b, 45g, 45l, 45s, 45w, 45zb, 45zf, 45zn, 45zq, 45zt and 45zw for the Division's
texts; GUIDELINES section 2): a deal the Department sues to block, an abandoned deal and a purchase of equipment ->
nothing (GUIDELINES: blocked or abandoned deals, asset purchases); 'Assistant Attorney General in charge of the
Antitrust Division' -> head of the Division, current (45s, 45w); "the Department's Antitrust Division" after 'the
Department of Justice', or the Division named beside the Department -> the Division under the Department (40zi, 41c,
43q, 45w); 'U.S. District Court in Detroit' -> Organization 'U.S. District Court', the city apart (41h, 43c, 44e,
44i); the dateline 'WASHINGTON, D.C.' as the city's only form -> named as written, kept apart from the State of
Washington (43v, 44m, 45g, 45w, 45zw); 'U.S.' as the country's only form outside the court's name -> Location 'U.S.'
(43g, 45h, 45s, 45zt, 45zw; **doubtful**: an adjective); 'City, State' -> two Locations (42k, 43l, 45w); airline
hubs named by their cities -> the cities as Locations, no relation; a bare short name after the full name -> an
alias; 'today' resolved against `published`.
usage: batch46b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- Northwest Airlines / Continental Airlines, Division release, published 1998-10-23 (a Friday) --------------------
JIK = "Joel I. Klein"
NWA = "Northwest Airlines"
CAL = "Continental Airlines"
A["us-doj-northwest-airlines-continental-controlling-stake-suit-1998"] = dict(
 # Companies: Northwest Airlines (once; 'Northwest' five times more, an alias), Continental Airlines (once;
 # 'Continental' four times more, "Continental's" twice, an alias). Organizations: the Department of Justice ('The
 # Department of Justice' once; 'The Department', 'the Department' generic), the Antitrust Division (in Klein's
 # title), the court ('U.S. District Court in Detroit' -> 'U.S. District Court', the city apart; **doubtful**: a
 # reader may leave a court named only by its kind unannotated, or take 'U.S. District Court in Detroit' whole).
 # Person: Joel I. Klein (once; no bare 'Klein'). Locations: the dateline 'WASHINGTON, D.C.' (the city's only form,
 # named as written), 'U.S.' ('the fourth and fifth largest U.S. airlines': the country's only form outside the
 # court's name; **doubtful**: an adjective), Detroit (the court's seat and a hub: one Location), Memphis,
 # Minneapolis, Cleveland, Houston, Newark (hub cities). Not annotated: 'the country' (generic), 'a civil antitrust
 # suit', 'its complaint' (documents), 'air transportation services', 'nonstop airline service' (kinds of service, no
 # named service), 'hubs' (unnamed airports: the text names only their cities), 'consumers', 'passengers' (generic)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", NWA, "Northwest"),
           E("Company", CAL, "Continental"), E("Location", "U.S."), E("Person", JIK), E("Organization", ATR),
           E("Organization", "U.S. District Court")]
          + locs("Detroit", "Memphis", "Minneapolis", "Cleveland", "Houston", "Newark"),
 # 'said Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current (45w's Klein releases)
 roles=[R(JIK, "head", ATR)],
 # The Antitrust Division named beside the Department of Justice -> the Division under the Department (40zi, 41c,
 # 45w: 'where both are named'; **doubtful**: this text never says "the Department's Antitrust Division"). 'to block
 # Northwest Airlines from buying a controlling stake in Continental Airlines', 'the proposed acquisition would allow
 # Northwest to acquire voting control over Continental' -> a planned purchase of a stake that the Department sues to
 # block -> nothing (**near-miss**: GUIDELINES' blocked deals; no acquired(Northwest Airlines, Continental Airlines),
 # no parentOrganization(Continental Airlines, Northwest Airlines): the controlling stake is not yet bought in the
 # kept text). 'Northwest and Continental are each other's most significant competitors', 'compete to provide air
 # transportation services' -> rivals, no relation (**near-miss**). 'Northwest operates hubs at Detroit, Memphis,
 # and Minneapolis' and 'Continental operates hubs at Cleveland, Houston and Newark' -> an airline's hub cities: no
 # relation type (**near-miss**: no named airport, no Service)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1998-10-23. Not dates: 'fourth and fifth largest' (ranks), 'over four million passengers' (a number)
 dates=[D("today", "1998-10-23")])

# ---- Sonoco Products / Pasco Beverages, Division release, published 2003-10-29 (a Wednesday) --------------------------
RHP = "R. Hewitt Pate"
SON = "Sonoco Products Company"
PAS = "Pasco Beverages Company"
A["us-doj-sonoco-pasco-frozen-juice-can-equipment-deal-abandoned-2003"] = dict(
 # Companies: Sonoco Products Company (once; 'Sonoco' four times more, "Sonoco's" once, an alias), Pasco Beverages
 # Company (once; 'Pasco' twice more, "Pasco's" once, an alias). Organizations: the Department of Justice ('the
 # Department of Justice' once; 'the Department' and "The Department's" generic), the Antitrust Division ("The
 # Department's Antitrust Division", and in Pate's title). Person: R. Hewitt Pate (once; no bare 'Pate'). Locations:
 # the dateline 'WASHINGTON, D.C.' (the city's only form, named as written), the United States ('in the United
 # States'), Hartsville and South Carolina ('is based in Hartsville, South Carolina'), Orlando and Florida, Norwalk and
 # California, Yakima and Washington (the State: kept apart from the dateline's 'WASHINGTON, D.C.'; 'City, State' ->
 # two Locations), Chicago (the plants' list read as three 'City, State' pairs and a bare city; **doubtful**: the
 # bare 'Washington' in 'Yakima, Washington' taken as the State, a second Location beside the dateline's city).
 # Not annotated: 'the nation' (generic), 'frozen-juice can manufacturers', 'the spiral-wound composite cans', 'frozen juice
 # concentrate', 'industrial- and consumer-packaging products' (products, no named product), 'the equipment',
 # 'can-making equipment' (assets), "Sonoco's major composite-can plants" (unnamed plants: their cities annotated),
 # 'the parties' (generic), 'its investigation' (an act)
 entities=[E("Location", "WASHINGTON, D.C."), E("Company", SON, "Sonoco"), E("Company", PAS, "Pasco"),
           E("Organization", DOJ), E("Organization", ATR), E("Location", "United States"), E("Person", RHP)]
          + locs("Hartsville", "South Carolina", "Orlando", "Florida", "Norwalk", "California", "Yakima",
                 "Washington", "Chicago"),
 # 'R. Hewitt Pate, Assistant Attorney General in charge of the Antitrust Division said' -> head of the Antitrust
 # Division, current (Pate in 45zy's notes' releases; the same post as Klein's)
 roles=[R(RHP, "head", ATR)],
 # "The Department's Antitrust Division" after 'the Department of Justice' -> the Division under the Department
 # (43q). 'agreed to abandon their proposed can-making equipment deal', "Pasco's proposed sale would have given Sonoco
 # control of virtually all of the equipment", 'the parties' decision to abandon the proposed acquisition' -> an
 # abandoned purchase of equipment (assets) -> nothing (**near-miss**: GUIDELINES' abandoned deals and asset
 # purchases, on two counts; no acquired(Sonoco Products Company, Pasco Beverages Company), and 'the proposed
 # acquisition' names no company as target). 'agreed to abandon' -> the two agree only to drop the deal: no partner
 # (**near-miss**: a reader may read an agreement between two named companies as a contract; the GUIDELINES' partner
 # wants a partnership, supply or customer contract, and a deal given up is none). 'Sonoco and Pasco together produce
 # more than 90 percent of the ... composite cans' -> rivals' market shares, no relation (**near-miss**). 'Sonoco ...
 # is based in Hartsville, South Carolina' -> a seat: no relation type
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 2003-10-29. Not dates: 'each year', 'annual sales' (no calendar value), 'At the same time' (the same
 # day, no new surface date), 'more than 90 percent', '750 million', '$2.8 billion' (amounts)
 dates=[D("today", "2003-10-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
