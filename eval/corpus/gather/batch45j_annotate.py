#!/usr/bin/env python3
"""Batch 45j gold annotations (the texts of batch45j.py: the Justice Department's release on Suiza Foods Corporation
and Dean Foods Company agreeing to sell 11 dairy processing plants, December 2001; the Antitrust Division's Federal
Register notice on United States v. SBC Communications Inc. and AT&T Corp., 15 December 2005), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 41c, 42w, 42z, 43c, 43m, 44c, 44j, 44n and 45d for the Division's notices and
releases; GUIDELINES section 2): 'the proposed acquisition of Y by X', challenged and settled on a proposed Final
Judgment -> agreed: `acquired` only (42w-45d); 'the companies' pending merger' with no buyer named -> nothing
(GUIDELINES: a merger that does not say who buys whom; 44j's Clear Channel/AMFM); a named plant -> Location
(GUIDELINES: named sites and facilities; 43m's Southern Belle plant), so no relation attaches to it, and an ordered
divestiture naming no buyer -> nothing (near-miss); '(Assistant Attorney General) of the Department's Antitrust
Division' -> head of the Division and the Division under the Department (41c, 44j); market towns -> Location each, a
'Town-Town' market as two towns, the state abbreviations after towns left to the towns (43v, 44c); the dateline
'WASHINGTON, D.C.' as printed (45d); the United States as plaintiff -> Location without the case name's forms as
aliases (40zi, 44c); 'today' resolved against `published`; 'the Department' (generic, 44j), laws, court papers, the
Federal Register, product kinds with no name ('local private lines', 'special access'), 'the companies', 'the
defendants' not annotated.
usage: batch45j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
US = E("Location", "United States")

# ---- Suiza Foods / Dean Foods, Office of Public Affairs release, published 2001-12-18 (a Tuesday) ------------------
SUI = "Suiza Foods Corporation"
DEAN = "Dean Foods Company"
A["us-doj-suiza-foods-dean-foods-divest-eleven-dairy-plants-2001"] = dict(
 # Companies: Suiza Foods Corporation ('Suiza', five times, an alias), Dean Foods Company ('Dean', four times, an
 # alias). Organizations: the Department of Justice ('The Department', 'the Department's' generic, 44j), the Antitrust
 # Division ("the Department's Antitrust Division"). Person: Charles A. James. Locations: the dateline 'WASHINGTON,
 # D.C.' (as printed, the only form), the eight states of the first sentence (Alabama, Florida, Indiana, Kentucky,
 # Ohio, South Carolina, Virginia, Utah), the eleven plants by their names (named facilities -> Location, 43m; 'Velda
 # Farms' and 'Flav-O-Rich' each name two plants, one entity each by name; 'Barber/Meadow Gold Dairies' and
 # 'Goldenrod Dairy Foods/U.C. Milk Co.' each one plant, the slashed name whole; **doubtful**: the plants carry
 # business names ('H. Meyer Dairy Co.', 'Dairies', 'Farms'), and a reader may type them Company with
 # parentOrganization to Suiza or Dean ('The Suiza dairies', 'The Dean dairies'), or split the slashed names), and
 # their eleven towns (Huntsville, Miami, Winter Haven, New Paris, London, Cleveland, Bristol, Madisonville,
 # Cincinnati, North Charleston, Salt Lake City). Not annotated: the state abbreviations after the towns ('AL', 'FL',
 # 'IN', 'KY', 'OH', 'VA', 'SC', 'UT': left to the towns, 43v, 44c; **doubtful**: a reader may give them as aliases
 # of the states, six of which the text names), 'grocery stores, convenience stores' and 'school districts'
 # (unnamed), 'American' (an adjective), milk (goods)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", SUI, "Suiza"),
           E("Company", DEAN, "Dean")]
          + locs("Alabama", "Florida", "Indiana", "Kentucky", "Ohio", "South Carolina", "Virginia", "Utah")
          + [E("Person", "Charles A. James"), E("Organization", ATR)]
          + locs("Barber/Meadow Gold Dairies", "Huntsville", "Velda Farms", "Miami", "Winter Haven", "Burger Dairy",
                 "New Paris", "Flav-O-Rich", "London", "Dairymen's", "Cleveland", "Bristol",
                 "Goldenrod Dairy Foods/U.C. Milk Co.", "Madisonville", "H. Meyer Dairy Co.", "Cincinnati",
                 "Coburg Dairy", "North Charleston", "Cream O' Weber Dairy", "Salt Lake City"),
 # 'Charles A. James, Assistant Attorney General of the Department's Antitrust Division' -> head of the Division,
 # current (41c, 44j)
 roles=[R("Charles A. James", "head", ATR)],
 # "to resolve antitrust concerns about the companies' pending merger" -> the text never says who buys whom -> nothing
 # (**near-miss**; **doubtful**: 'Suiza Foods Corporation and Dean Foods Company' in that order hints at Suiza as the
 # buyer, and a reader who knows the deal may set acquired(Suiza, Dean)). 'agreed to sell 11 dairy processing
 # plants', 'to divest seven Suiza and four Dean dairy processing plants' -> plants (Locations), no buyer named ->
 # nothing (**near-miss**). 'Suiza and Dean compete' -> rivals, no relation. "the Department's Antitrust Division" ->
 # the Division under the Department
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 2001-12-18 (**doubtful** only as `published` is: see the pool notes). Not dates: '11', 'seven', 'four',
 # 'two of just three'
 dates=[D("today", "2001-12-18")])

# ---- SBC / AT&T Corp., Federal Register notice (federal.elaws.us), published 2005-12-15 (a Thursday) --------------
SBC = "SBC Communications Inc."
ATT = "AT&T Corp."
A["us-doj-federal-register-sbc-communications-att-corp-proposed-final-judgment-2005"] = dict(
 # Companies: SBC Communications Inc. ('SBC', its defined name, also "SBC's", an alias), AT&T Corp. ('AT&T', its
 # defined name, twice, an alias). Organization: the court (its full name once). Locations: the United States
 # (plaintiff: 'United States v.' and 'the United States filed', 'by the United States'), the eleven metropolitan
 # areas' towns: Chicago, Dallas and Fort Worth ('Dallas-Fort Worth', two towns, 44c), Detroit, Hartford and New
 # Haven ('Hartford-New Haven'), Connecticut, Indianapolis, Kansas City, Los Angeles, 'Milawaukee' (the misprint, as
 # printed: the only form; **doubtful**: a reader may write Milwaukee, which is not in the text), San Diego, San
 # Francisco and San Jose ('San Francisco-San Jose'), St. Louis. Not annotated: 'local private lines', 'special
 # access' and 'other telecommunications services' (kinds of service, no product name), the Complaint, the proposed
 # Final Judgment, the Amended Stipulation and the Competitive Impact Statement (court papers), the Acts, 'the
 # defendants', 'private litigants'
 entities=[E("Organization", "U.S. District Court for the District of Columbia"), US,
           E("Company", SBC, "SBC"), E("Company", ATT, "AT&T")]
          + locs("Chicago", "Dallas", "Fort Worth", "Detroit", "Hartford", "New Haven", "Connecticut", "Indianapolis",
                 "Kansas City", "Los Angeles", "Milawaukee", "San Diego", "San Francisco", "San Jose", "St. Louis"),
 # No person is named in the kept text (the section chief's sentence and the signature are past the cut)
 roles=[],
 # 'the proposed acquisition of AT&T Corp. ("AT&T") by SBC Communications Inc. ("SBC")', "SBC's $16 billion
 # acquisition of AT&T", challenged and settled on a proposed Final Judgment -> agreed: acquired(SBC, AT&T Corp.) only
 # (42w-45d; the notice does not say the deal closed, so no parentOrganization). 'requires the defendants to divest
 # assets in those eleven metropolitan areas' -> assets, no buyer -> nothing (**near-miss**)
 relations=[L(SBC, "acquired", ATT)],
 outages=[],
 # 'October 27, 2005' -> 2005-10-27; 'November 16, 2005' -> 2005-11-16. Not dates: '16(b)-(h)', '1:05CV02102',
 # 'Section 7', '15 U.S.C. 18', '$16 billion', 'eleven'
 dates=[D("October 27, 2005", "2005-10-27"), D("November 16, 2005", "2005-11-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
