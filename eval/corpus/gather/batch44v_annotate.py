#!/usr/bin/env python3
"""Batch 44v gold annotations (the texts of batch44v.py: the Commission's Common Carrier news release Report No. CC
99-23 on its approval of the transfer of control from Aliant Communications, Inc. to ALLTEL Corporation, 30 June
1999; the Common Carrier Bureau's public notice DA 99-296 on Bell Atlantic's progress report under the Bell
Atlantic/NYNEX merger order, 5 February 1999; the Common Carrier Bureau's public notice DA 00-335 on SBC's request
under the SBC/Ameritech merger conditions, 18 February 2000), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o and 44s; GUIDELINES section 2): a transfer of
control of a named company to a named buyer that the Commission has granted or approved, consummation not told ->
`acquired` only (no parentOrganization where the text does not say the company became the buyer's subsidiary); a
defined short name -> alias, the upper-case heading's forms the same names (not listed); 'Commission' and 'Common
Carrier Bureau' (the 'Bureau') -> Organization (no parent between them, 15f, 43p, 44b), a named division of the
Bureau the same; cities and states -> Location, street addresses not; laws, dockets, file numbers, rules, defined
terms ('Merger Conditions', 'Advanced Services Affiliate'), party labels and kinds of service not annotated.
usage: batch44v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
COM = "Commission"
CCB = "Common Carrier Bureau"

# ---- ALLTEL / Aliant, Report No. CC 99-23, published 1999-06-30 ---------------------------------------------------
AL = "ALLTEL Corporation"
AN = "Aliant Communications, Inc."
A["us-fcc-alltel-aliant-transfer-of-control-granted-news-release-1999"] = dict(
 # Companies: Aliant Communications, Inc. ('Aliant'), ALLTEL Corporation ('ALLTEL'). Organization: 'Commission'
 # ('the Commission's Order'). Locations: Little Rock, Arkansas ('headquartered in Little Rock, Arkansas'). Not
 # annotated: 'Report No. CC 99-23', 'COMMON CARRIER ACTION' (the report's label), the Communications Act (a law),
 # 'merger applicants', rate-of-return and price cap regulation (kinds of regulation)
 entities=[E("Company", AN, "Aliant"), E("Company", AL, "ALLTEL"), E("Organization", COM)]
          + locs("Little Rock", "Arkansas"),
 roles=[],
 # 'the Commission approved the transfer of control of communications licenses and authorizations from Aliant
 # Communications, Inc. to ALLTEL Corporation, thereby granting the companies' merger application': granted,
 # consummation not told ('after the merger with Aliant' still ahead) -> ALLTEL acquired Aliant (acquired only;
 # **doubtful**: a reader may read 'merger' as a combination of equals with no buyer, but the transfer runs from
 # Aliant to ALLTEL)
 relations=[L(AL, "acquired", AN)],
 outages=[],
 # 'June 30, 1999' (the report's date) -> 1999-06-30; 'Today' (the day of the report) -> 1999-06-30. Not dates:
 # 'CC 99-23', 'to be released at a later date' (unresolved)
 dates=[D("June 30, 1999", "1999-06-30"), D("Today", "1999-06-30")])

# ---- Bell Atlantic / NYNEX, DA 99-296, published 1999-02-05 --------------------------------------------------------
NY = "NYNEX Corporation"
BA = "Bell Atlantic Corporation"
A["us-fcc-bell-atlantic-nynex-merger-conditions-progress-report-public-notice-1999"] = dict(
 # Companies: NYNEX Corporation ('NYNEX'), Bell Atlantic Corporation ('Bell Atlantic'; the heading's 'BELL
 # ATLANTIC'S' and 'BELL ATLANTIC/NYNEX' the same names). Organizations: 'Commission' (the heading's 'COMMISSION'
 # too), Common Carrier Bureau, Accounting Safeguards Division ('the Accounting Safeguards Division reading room': a
 # named unit; its tie to the Bureau not told, no relation). No Location ('2000 L Street, N.W., Suite 812' an
 # address). Not annotated: the Communications Act of 1934 (a law), sections 214(a) and 310(d), 'File No. AAD
 # 98-24', 'OSS' (operations support systems, a kind of system), 'the merged entity' (unnamed)
 entities=[E("Company", NY, "NYNEX"), E("Company", BA, "Bell Atlantic"), E("Organization", COM),
           E("Organization", CCB), E("Organization", "Accounting Safeguards Division")],
 roles=[],
 # 'the Commission granted ... the applications filed by NYNEX Corporation ("NYNEX") and Bell Atlantic Corporation
 # ("Bell Atlantic") ... for the transfer of control of certain licenses and authorizations from NYNEX to Bell
 # Atlantic in connection with the merger of the two companies' -> Bell Atlantic acquired NYNEX (acquired only: the
 # text says 'the merged entity' and does not say NYNEX became Bell Atlantic's subsidiary, so no parentOrganization;
 # **doubtful**: a reader may add parentOrganization(NYNEX, Bell Atlantic) for a completed merger, or read the
 # merger as one of equals with no buyer)
 relations=[L(BA, "acquired", NY)],
 outages=[],
 # 'February 5, 1999' (release date) -> 1999-02-05; 'March 8, 1999', 'March 23, 1999' (due dates); 'August 14,
 # 1997' (the grant); 'February 1, 1999' (the report's filing). Not dates: 'DA 99-296', 'AAD 98-24', '1934' inside
 # the law's name, '310(d)'
 dates=[D("February 5, 1999", "1999-02-05"), D("March 8, 1999", "1999-03-08"), D("March 23, 1999", "1999-03-23"),
        D("August 14, 1997", "1997-08-14"), D("February 1, 1999", "1999-02-01")])

# ---- SBC / Ameritech, DA 00-335, published 2000-02-18 --------------------------------------------------------------
AM = "Ameritech Corporation"
SB = "SBC Communications"
A["us-fcc-sbc-ameritech-merger-conditions-advanced-services-public-notice-2000"] = dict(
 # Companies: Ameritech Corporation, SBC Communications ('SBC', as written, no 'Inc.'). Organizations:
 # 'Commission', Common Carrier Bureau ('Bureau'). No Location. Not annotated: 'CC Docket No. 98-141', 'Merger
 # Conditions' and 'SBC's Advanced Services Affiliate' (defined terms for unnamed affiliates: 'one or more separate
 # affiliates'), 'Digital Subscriber Line ("DSL") advanced services' (a kind of service), 'the Chief of the Common
 # Carrier Bureau' (no person named: no role), 'Interested parties'
 entities=[E("Company", AM), E("Company", SB, "SBC"), E("Organization", COM), E("Organization", CCB, "Bureau")],
 roles=[],
 # 'the Commission approved, subject to conditions, the transfer of control of certain licenses and authorizations
 # from Ameritech Corporation to SBC Communications ("SBC")': approved, consummation not told -> SBC acquired
 # Ameritech (acquired only). 'SBC must establish one or more separate affiliates' and 'SBC's Advanced Services
 # Affiliate': unnamed, nothing
 relations=[L(SB, "acquired", AM)],
 outages=[],
 # 'February 18, 2000' (release date) -> 2000-02-18; 'October 6, 1999' (the approval); 'February 15, 2000' (SBC's
 # letter; 'February 15th' in 'SBC's February 15th Letter' the same day, listed once); 'March 3, 2000', 'March 10,
 # 2000' (due dates). Not dates: 'DA 00-335', '98-141'
 dates=[D("February 18, 2000", "2000-02-18"), D("October 6, 1999", "1999-10-06"),
        D("February 15, 2000", "2000-02-15"), D("March 3, 2000", "2000-03-03"), D("March 10, 2000", "2000-03-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
