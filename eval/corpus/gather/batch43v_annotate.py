#!/usr/bin/env python3
"""Batch 43v gold annotations (the texts of batch43v.py: the Antitrust Division's release on the suit to block
Chancellor Media Corp.'s acquisition of SFX Broadcasting Inc.'s four Long Island radio stations, 6 November 1997; the
Division's Federal Register notice on the proposed acquisition of SFX Broadcasting, Inc. by Capstar Broadcasting
Partners, Inc., 14 April 1998), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q and 43s for the
Division's texts; GUIDELINES section 2): 'the proposed acquisition of X by Y', challenged and settled on a proposed
Final Judgment -> agreed: `acquired` only (42w-43s); a buy of unnamed stations (assets) -> nothing (near-miss); radio
stations -> Company (batch 35l), "X's <station>" -> the station under X (parentOrganization; ownership without a
purchase verb, 35l); "the Department's Antitrust Division" after 'The Department of Justice' -> the Division under
the Department (43q); the dateline 'WASHINGTON, D.C.', the only form in the text, named as printed (43q, 43s); 'today'
resolved against `published` (41h, 43c, 43q, 43s); the United States as place -> Location, without the case name's
form as an alias; courts -> Organization; 'the Court', 'the Department', 'Plaintiff', 'defendants', laws and court
papers not annotated.
usage: batch43v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- Chancellor Media / SFX Broadcasting's Long Island stations, Division release, published 1997-11-06 (a Thursday) --
CMC = "Chancellor Media Corp."
SFX = "SFX Broadcasting Inc."
A["us-doj-chancellor-media-sfx-broadcasting-long-island-radio-stations-1997"] = dict(
 # Companies: Chancellor Media Corp. ("Chancellor Media Corp.'s"; 'Chancellor' three times and "Chancellor's", an
 # alias), SFX Broadcasting Inc. ("SFX Broadcasting Inc.'s"; 'SFX' twice and "SFX's", an alias), the radio stations
 # WALK-FM, WBLI-FM and WBAB-FM (batch 35l: radio stations are Companies). Organizations: the Department of Justice
 # ("the Department's" and 'the Department' generic), the Antitrust Division ("the Department's Antitrust Division"
 # twice). Locations: 'WASHINGTON, D.C.' (the dateline, the only form, as 43q and 43s), Long Island (three times), New
 # York ('Long Island, New York': the state), Suffolk County. Not annotated: 'four Long Island, New York radio
 # stations', 'two stations' (unnamed), 'a dominant Long Island radio group' (unnamed), 'five previous deals', 'Three
 # additional deals' (unnamed), 'local businesses', 'consumers'
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ),
           E("Company", CMC, "Chancellor"), E("Company", SFX, "SFX"),
           E("Location", "Long Island"), E("Location", "New York"),
           E("Organization", ATR), E("Company", "WALK-FM"), E("Company", "WBLI-FM"), E("Company", "WBAB-FM"),
           E("Location", "Suffolk County")],
 # No person in the kept text (Joel I. Klein's quotation is cut off)
 roles=[],
 # "Chancellor's WALK-FM" -> WALK-FM under Chancellor Media Corp.; "SFX's WBLI-FM and WBAB-FM" -> each under SFX
 # Broadcasting Inc. (parentOrganization: ownership without a purchase verb, 35l; 'Chancellor owning two stations and
 # SFX four' agrees). "the Department's Antitrust Division" -> the Division under the Department (43q).
 # "Chancellor Media Corp.'s acquisition of SFX Broadcasting Inc.'s four Long Island, New York radio stations" -> the
 # stations are not named there (assets of SFX, not SFX itself) -> no `acquired` (**near-miss**; **doubtful**: a
 # reader may set Chancellor acquired WBLI-FM and WBAB-FM, two of the four, but the text does not say which four, and
 # the Department sues to block the deal); 'the merger' -> no buyer-of-a-company relation (**near-miss**)
 relations=[ATR_DOJ, L("WALK-FM", "parentOrganization", CMC),
            L("WBLI-FM", "parentOrganization", SFX), L("WBAB-FM", "parentOrganization", SFX)],
 outages=[],
 # 'today' -> 1997-11-06. Not dates: '$54 million', '65 percent'
 dates=[D("today", "1997-11-06")])

# ---- Capstar / SFX Broadcasting, Federal Register notice, published 1998-04-14 (a Tuesday) ----------------------------
HMT = "Hicks, Muse, Tate & Furst Incorporated"
CAP = "Capstar Broadcasting Partners, Inc."
SFXI = "SFX Broadcasting, Inc."
A["us-doj-federal-register-capstar-sfx-broadcasting-hicks-muse-proposed-final-judgment-1998"] = dict(
 # Companies: Hicks, Muse, Tate & Furst Incorporated (the case name only), Capstar Broadcasting Partners, Inc. (the case
 # name and the transaction; 'Capstar', the defined name, twice, an alias), SFX Broadcasting, Inc. (the case name and
 # the transaction; 'SFX', the defined name, twice, an alias), Chancellor Media Corporation ('Chancellor', the defined
 # name, twice, an alias). Organization: the Eastern District of New York court. Locations: the United States
 # ('throughout the United States'; 'United States v.' in the case name is the plaintiff, the same entity), Greenville,
 # Houston, Jackson, Pittsburgh, Suffolk County (the five markets). The state abbreviations 'SC', 'TX', 'MS', 'PA',
 # 'NY' after the towns are left to the towns (**doubtful**: a reader may annotate them as Locations, the
 # states). Not annotated: 'numerous radio stations' (unnamed), 'the radio advertising market', 'the
 # Court', 'Plaintiff', 'defendants', the laws and court papers
 entities=[E("Organization", "United States District Court for the Eastern District of New York"),
           E("Location", "United States"),
           E("Company", HMT), E("Company", CAP, "Capstar"), E("Company", SFXI, "SFX"),
           E("Company", "Chancellor Media Corporation", "Chancellor"),
           E("Location", "Greenville"), E("Location", "Houston"), E("Location", "Jackson"),
           E("Location", "Pittsburgh"), E("Location", "Suffolk County")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition of SFX Broadcasting, Inc. (``SFX'') by Capstar Broadcasting Partners, Inc.
 # (``Capstar'')', challenged and settled on a proposed Final Judgment -> agreed: acquired only (42w-43s; **doubtful**
 # as there: 'the proposed transaction' tells a deal not yet closed). 'Capstar or its related entity Chancellor Media
 # Corporation' -> a 'related entity' is neither parent nor subsidiary -> nothing (**near-miss**; **doubtful**: a
 # reader may give partner or a common owner). Hicks, Muse, Tate & Furst Incorporated: a defendant with no relation
 # stated in the kept text -> nothing (**doubtful**: a reader may set Capstar under it by the joint defence; the text
 # does not say so)
 relations=[L(CAP, "acquired", SFXI)],
 outages=[],
 # 'March 31, 1998' -> 1998-03-31. Not dates: 'the statutory 60-day public comment period' (a span), '16(b)-(h)',
 # '98-2422', 'Section 7', '15 U.S.C. 18'
 dates=[D("March 31, 1998", "1998-03-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
