#!/usr/bin/env python3
"""Batch 43r gold annotations (the texts of batch43r.py: the public notice DA 04-927 on the application for the
transfer of control of Focal Communications Corporation and its operating subsidiaries, including Focal
Telecommunications Corporation, to Corvis Corporation, 1 April 2004; the public notice DA 06-1323 on the application
for the transfer of control of Looking Glass Networks Holding Co., Inc. to Level 3 Communications, Inc., 27 June
2006; the public notice DA 11-1934 on PAETEC Holding Corporation's and Windstream Corporation's applications, the
City of Rochester's comments and their withdrawal, 22 November 2011), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n and 43p; GUIDELINES section 2): a transfer of control of a named company to a named
buyer that the parties have applied for together, completion not told -> `acquired` only (43p's NTELOS/FiberNet,
43n's Altice/Cequel); 'Y would become the parent company of X' of a proposed transaction -> `acquired` only, no
parentOrganization (agreed, not completed; 43n's Gray/Meredith); 'X and its operating subsidiaries, including Y' ->
parentOrganization(Y, X); a defined short name -> alias; 'Commission' (the FCC not named in full) and the FCC's
bureaus -> Organization (15f, 43n, 43p); a city acting as a commenter -> Organization (batches 17e2, 35b: 'City of
...'); places of incorporation, states and the country -> Location; laws, dockets, rules and kinds of service
(competitive or incumbent LEC services, exchange access) not annotated.
usage: batch43r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
COM = "Commission"

# ---- Corvis / Focal, public notice DA 04-927, published 2004-04-01 -----------------------------------------------
FO = "Focal Communications Corporation"
FT = "Focal Telecommunications Corporation"
CV = "Corvis Corporation"
A["us-fcc-corvis-focal-transfer-of-control-public-notice-2004"] = dict(
 # Companies: Focal Communications Corporation ('Focal'; 'FOCAL COMMUNICATIONS CORPORATION' in the upper-case heading
 # is the same form), Corvis Corporation ('Corvis'; 'CORVIS CORPORATION' in the heading), Focal Telecommunications
 # Corporation ('Focal Telecommunications'). Organization: 'Commission' ("the Commission's rules"; the FCC is not
 # named in full once the letterhead is cut, 15f). Not annotated: 'WC Docket No. 04- 126', sections of the rules, the
 # defined 'Applicants', the unnamed 'operating subsidiaries', 'local exchange carrier (LEC)' (a kind of carrier)
 entities=[E("Company", FO, "Focal"), E("Company", CV, "Corvis"),
           E("Company", FT, "Focal Telecommunications"), E("Organization", COM)],
 roles=[],
 # 'requesting approval to transfer control of Focal and its operating subsidiaries, including Focal
 # Telecommunications Corporation (Focal Telecommunications), to Corvis' -> Focal Telecommunications
 # parentOrganization Focal (a stated subsidiary of Focal now); Focal and Corvis applied together for the transfer of
 # control of Focal to Corvis: an agreed deal, completion not told -> Corvis acquired Focal (acquired only).
 # **doubtful**: a reader may also set Corvis acquired Focal Telecommunications Corporation (it passes with its
 # parent; 43p set one acquired per named FiberNet company, but there the subsidiaries themselves were the deal's
 # object, here the parent is)
 relations=[L(FT, "parentOrganization", FO), L(CV, "acquired", FO)],
 outages=[],
 # 'April 1, 2004' (release date) -> 2004-04-01; 'April 15, 2004', 'April 22, 2004' (comment dates); 'March 18, 2004'
 # (filing). Not dates: 'DA 04- 927', '04- 126', '63.03', '10 percent'
 dates=[D("April 1, 2004", "2004-04-01"), D("April 15, 2004", "2004-04-15"), D("April 22, 2004", "2004-04-22"),
        D("March 18, 2004", "2004-03-18")])

# ---- Level 3 / Looking Glass, public notice DA 06-1323, published 2006-06-27 -------------------------------------
LG = "Looking Glass Networks Holding Co., Inc."
L3 = "Level 3 Communications, Inc."
A["us-fcc-level-3-looking-glass-transfer-of-control-public-notice-2006"] = dict(
 # Companies: Looking Glass Networks Holding Co., Inc. ('Looking Glass', written '\u201c Looking Glass\u201d' by the
 # rendering; the upper-case heading the same form), Level 3 Communications, Inc. ('Level 3'). Organization:
 # 'Commission' ("the Commission's rules"). Not annotated: 'WC Docket No. 06- 116', sections of the rules, the
 # defined 'Applicants' and 'Application', 'local exchange carriers' (a kind of carrier)
 entities=[E("Company", LG, "Looking Glass"), E("Company", L3, "Level 3"), E("Organization", COM)],
 roles=[],
 # 'Looking Glass ... and Level 3 ... filed an application ... requesting authority to transfer control of Looking
 # Glass to Level 3' -> the target and the buyer applied together: an agreed deal, completion not told -> Level 3
 # acquired Looking Glass (acquired only; 43p's FiberNet, 43n's Cequel). 'immediately following the transaction ...
 # Level 3 will hold less than a ten percent (10%) share' -> nothing (a market share). Looking Glass's two operating
 # companies are in the cut sentence, not in the text
 relations=[L(L3, "acquired", LG)],
 outages=[],
 # 'June 27, 2006' (release date) -> 2006-06-27; 'July 11, 2006', 'July 18, 2006' (comment dates); 'June 20, 2006'
 # (filing). Not dates: 'DA 06- 1323', '06- 116', '(10%)'
 dates=[D("June 27, 2006", "2006-06-27"), D("July 11, 2006", "2006-07-11"), D("July 18, 2006", "2006-07-18"),
        D("June 20, 2006", "2006-06-20")])

# ---- Windstream / PAETEC, public notice DA 11-1934, published 2011-11-22 -----------------------------------------
PA = "PAETEC Holding Corporation"
WI = "Windstream Corporation"
A["us-fcc-windstream-paetec-transfer-of-control-public-notice-2011"] = dict(
 # Companies: PAETEC Holding Corporation ('PAETEC'; "PAETEC's"), Windstream Corporation ('Windstream').
 # Organizations: Wireline Competition Bureau, International Bureau ('Bureaus' stands for both together: no alias),
 # City of Rochester ('the City' -> alias 'City'; a city acting as a commenter, 17e2/35b). Locations: Delaware (place
 # of incorporation), District of Columbia, Alaska, United States, New York State ('City of Rochester, New York' names
 # the same state -> alias 'New York'; 'New York State has spent substantial resources' kept a Location, GUIDELINES:
 # states are Location; **doubtful**: a reader may make it an Organization, the state as a spender), Rochester ('a new
 # headquarters facility for PAETEC in Rochester', the place). **doubtful**: the notice defines 'Rochester' as a short
 # name of the City of Rochester ('(Rochester or the City)'); the surface is kept with the Location (its other use in
 # the text, the place) and not doubled as an alias. Not annotated: the Communications Act of 1934 (a law), '47
 # U.S.C. \u00a7 214', 'WC Docket No. 11-142', the 'Public Notice' (DA 11-1563, unnamed), the unnamed competitive LEC
 # subsidiaries, 'LEC' (a kind of carrier)
 entities=[E("Company", PA, "PAETEC"), E("Company", WI, "Windstream"),
           E("Organization", "Wireline Competition Bureau"), E("Organization", "International Bureau"),
           E("Organization", "City of Rochester", "City")]
          + locs("Delaware", "District of Columbia", "Alaska", "United States") +
          [E("Location", "New York State", "New York"), E("Location", "Rochester")],
 roles=[],
 # 'seeking approval for the transfer of control of PAETEC's subsidiaries from PAETEC to Windstream' and 'As a result
 # of the proposed transaction, Windstream would become the parent company of PAETEC and its subsidiaries' -> the
 # parties applied together and the proposed transaction makes Windstream PAETEC's parent: agreed, completion not
 # told -> Windstream acquired PAETEC (acquired only; no parentOrganization for a proposed transaction, 43n's
 # Gray/Meredith). 'the City filed a letter stating that it has reached an agreement with Windstream' -> nothing
 # (**doubtful**: a settlement of the City's opposition whose terms are not told, not a stated partnership, supplier
 # or customer relation; a reader may set partner(City of Rochester, Windstream Corporation)). PAETEC's subsidiaries
 # are unnamed (no parentOrganization)
 relations=[L(WI, "acquired", PA)],
 outages=[],
 # 'November 22, 2011' (release date) -> 2011-11-22; 'August 19, 2011' (filing); 'September 15, 2011' (the Bureaus'
 # public notice); 'November 13, 2011' (the City's letter). Not dates: 'DA 11-1934', '11-142', '1934' inside the
 # law's name, '\u00a7 214'
 dates=[D("November 22, 2011", "2011-11-22"), D("August 19, 2011", "2011-08-19"),
        D("September 15, 2011", "2011-09-15"), D("November 13, 2011", "2011-11-13")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
