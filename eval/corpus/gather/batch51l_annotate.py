#!/usr/bin/env python3
"""Batch 51l gold annotations (the text of batch51l.py: the Antitrust Division's press release on its settlement with
Waste Industries USA Inc. over the purchase of waste-hauling assets from Allied Waste Industries Inc. in the Norfolk,
Virginia area, 8 August 2005), written from the text alone; newskg was not run on it. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 41h, 44a, 44c, 44f, 44j and 48b for the Division's and the Department's releases; GUIDELINES
section 2): 'the acquisition by X of <assets> from Y' -> an asset purchase: nothing, a near-miss (43j's Microsemi /
Semicoa, 42h's Neenah / US Foundry, 51b's Cengage / Houghton Mifflin College Division); an ordered sale of unnamed
assets naming no buyer -> nothing (near-miss; 44c, 47n, 47r, 47t, 47z, 48b); "'Name', Acting Assistant Attorney
General in charge of the Department's Antitrust Division" -> head of the Division, current (44f's Melamed as Acting,
48b's Barnett); "The Department's Antitrust Division" -> the Division under the Department (44j, 48b); the dateline
'WASHINGTON, D.C.' -> Location, named as printed (17a, 41h); 'City, State' -> two Locations (42k, 43l, 48b); courts
-> Organization under the name the text gives ('U.S. District Court', 44j, 48b); the release's short form 'Waste
Industries' -> an alias; 'the Department', 'the court', 'the lawsuit', 'the complaint', 'the settlement', 'the region'
and kinds of service ('small container commercial waste hauling') not annotated.
usage: batch51l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- Waste Industries USA / Allied Waste Industries assets, Norfolk, release, published 2005-08-08 (a Monday) -------
WI = "Waste Industries USA Inc."
AWI = "Allied Waste Industries Inc."
A["us-doj-waste-industries-allied-waste-norfolk-hauling-assets-settlement-2005"] = dict(
 # Locations: WASHINGTON, D.C. (the dateline, once, named as printed in capitals, as 17a's datelines and 41h's
 # 'WASHINGTON': no other form in the text), Norfolk and Virginia ('the Norfolk, Virginia
 # area' twice and 'U.S. District Court in Norfolk, Virginia': 'City, State' split into its two Locations, as 48b;
 # **doubtful**: a reader may keep 'the Norfolk, Virginia area' as one region, or leave the area out as a region named
 # by its city). Organizations: the Department of Justice ('The Department of Justice announced'; 'the Department'
 # (six times, also "the Department's") generic), the Antitrust Division ("The Department's Antitrust Division", "the
 # Department's Antitrust Division"), the court ('U.S. District Court in Norfolk, Virginia' -> 'U.S. District Court',
 # as 44j and 48b; 'the court' generic). Companies: Waste Industries USA Inc. (once in full; 'Waste Industries' four
 # times: an alias), Allied Waste Industries Inc. (once). Person: Thomas O. Barnett. Not annotated: 'small container
 # commercial waste hauling assets', 'commercial waste hauling customers', 'small container commercial hauling
 # services' (kinds of asset, customer and service), 'the region' (generic), 'the lawsuit', 'the proposed settlement'
 # (court papers and generic), 'certain customer contracts', 'certain contracting practices'
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", WI, "Waste Industries"),
           E("Location", "Norfolk"), E("Location", "Virginia"), E("Company", AWI), E("Organization", ATR),
           E("Organization", "U.S. District Court"), E("Person", "Thomas O. Barnett")],
 # 'Thomas O. Barnett, Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of
 # the Antitrust Division, current (an acting head is the head, as 44f's Melamed; **doubtful**: a reader may hold
 # 'Acting' for a title of its own and leave the role out, or write 'Acting Assistant Attorney General' as the title)
 roles=[R("Thomas O. Barnett", "head", ATR)],
 # 'the acquisition by Waste Industries of waste-hauling assets from Allied Waste Industries Inc.' -> assets bought
 # from a seller: an asset purchase, no `acquired` (**near-miss**; the lane's 'assets of X' reading since 43j; the
 # assets are unnamed and the seller keeps its business). 'requires Waste Industries USA Inc. to sell certain small
 # container commercial waste hauling assets' and 'to divest certain commercial waste hauling assets' -> an ordered
 # sale of unnamed assets, no buyer named -> nothing (**near-miss**). Waste Industries and Allied as rivals in the
 # region: not said in the kept text (the complaint's account is cut off). No parentOrganization between the two
 # companies (alike only in the words 'Waste Industries'; nothing stated: **near-miss**). "The Department's Antitrust
 # Division" -> the Division under the Department
 relations=[ATR_DOJ],
 outages=[],
 # 'today' (twice: 'announced today', 'filed ... today') -> 2005-08-08, one item. Not dates: 'At the same time' (no
 # calendar value of its own); 'August 2003' falls in the part cut off
 dates=[D("today", "2005-08-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
