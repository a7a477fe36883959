#!/usr/bin/env python3
"""Batch 42z gold annotations (the texts of batch42z.py: the Antitrust Division's Federal Register notices on Alcoa
Inc.'s proposed acquisition of Reynolds Metals Company, 21 June 2000, and on Premdor Inc.'s acquisition of Masonite
Corporation, 28 August 2001; the Division's press release on General Electric's acquisition of Instrumentarium OYJ,
16 September 2003), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 21c, 40zk, 41c, 41h, 42b, 42h, 42k and 42w for the Division's texts; GUIDELINES section 2): a
deal the Division lets proceed on a settlement that awaits the court ('proposed acquisition', 'in order for GE to
proceed with its acquisition') is agreed -> `acquired` only; an ordered divestiture naming no buyer -> nothing
(near-miss); 'U.S. Department of Justice, Antitrust Division' and 'the Department's Antitrust Division' -> the
Division under the Department; a section chief -> head of the section, the section under the Division (21c's
Petrizzi); 'Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the Division
(41h); courts -> Organization; the United States as plaintiff -> Location; Washington in an address or dateline ->
Location (16e, 21c, 40zk, 41h); the Office of the Clerk, the Federal Register, laws, court papers, product classes and
unnamed plants not annotated.
usage: batch42z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
USDOJ = "U.S. Department of Justice"
ATR_USDOJ = L(ATR, "parentOrganization", USDOJ)
UDDC = "U.S. District Court for the District of Columbia"

# ---- Alcoa / Reynolds Metals, Federal Register notice, published 2000-06-21 ------------------------------------------
TEA = "Transportation, Energy, and Agriculture Section"
A["us-doj-federal-register-alcoa-reynolds-metals-proposed-final-judgment-2000"] = dict(
 # Companies: Alcoa Inc. ('Alcoa' in the second paragraph, an alias), Reynolds Metals Company ('Reynolds', also in
 # "Reynolds'", an alias). Organizations: the court ('U.S. District Court for the District of Columbia', twice), the
 # Transportation, Energy, and Agriculture Section (the chief's section), the Antitrust Division (twice), the U.S.
 # Department of Justice. Person: Roger W. Fones. Locations: the United States (plaintiff; 'United States v.' in the
 # case name), North America (a market region named as a place), Worsley, Western Australia, Corpus Christi, Texas,
 # Washington, DC (the addresses). Not annotated: 'worldwide', 'smelter grade alumina' ('SGA') and 'chemical grade
 # alumina' ('CGA') (product classes), 'an alumina refinery in Worsley' and "Reynolds' alumina refinery located near
 # Corpus Christi" (unnamed plants: the places annotated), 'et al.', the street addresses, telephone numbers, the
 # office of the Clerk, the Federal Register, the law and the court papers
 entities=[E("Organization", UDDC),
           E("Company", "Alcoa Inc.", "Alcoa"),
           E("Company", "Reynolds Metals Company", "Reynolds"),
           E("Location", "United States"), E("Location", "North America"),
           E("Person", "Roger W. Fones"), E("Organization", TEA), E("Organization", ATR),
           E("Organization", USDOJ), E("Location", "Washington, DC")]
          + locs("Worsley", "Western Australia", "Corpus Christi", "Texas"),
 # 'Roger W. Fones, Chief, Transportation, Energy, and Agriculture Section, Antitrust Division' -> head of the
 # section (21c's Petrizzi), current
 roles=[R("Roger W. Fones", "head", TEA)],
 # 'the proposed acquisition of Reynolds Metals Company by Alcoa Inc.', settled on a proposed Final Judgment that
 # orders sales -> agreed: acquired only (**doubtful**: the Complaint alleges the deal would violate the Clayton Act;
 # a reader of this text alone may take it as challenged, as 42w's Vulcan call). The ordered sale of "Reynolds'
 # controlling interest in an alumina refinery in Worsley" and of the Corpus Christi refinery names no buyer and no
 # company -> nothing (**near-miss**; a reader may know the Worsley joint venture, not named here). The section under
 # the Division ('..., Agriculture Section, Antitrust Division'), the Division under the Department ('U.S. Department
 # of Justice, Antitrust Division')
 relations=[L("Alcoa Inc.", "acquired", "Reynolds Metals Company"),
            L(TEA, "parentOrganization", ATR), ATR_USDOJ],
 outages=[],
 # 'May 3, 2000' -> 2000-05-03. 'sixty-day comment period' is a span. Not dates: '16(b)-(h)', '00-CV-954', 'section
 # 7', '15 U.S.C. 18', 'Suite 500', 'Room 215', '20530', '20001', the telephone numbers
 dates=[D("May 3, 2000", "2000-05-03")])

# ---- Premdor / Masonite, Federal Register notice, published 2001-08-28 -----------------------------------------------
A["us-doj-federal-register-premdor-masonite-proposed-final-judgment-2001"] = dict(
 # Companies: Premdor Inc. (also "Premdor Inc.'s"), Premdor U.S. Holdings, Inc. (the case name), International Paper
 # Company (the case name), Masonite Corporation (three times, also "Masonite Corporation's"). Organizations: the court
 # ('U.S. District Court for the District of Columbia'; 'United States District Court for the District of Columbia'
 # in the clerk's office, an alias), the U.S. Department of Justice, the Antitrust Division. Locations: the United
 # States (plaintiff), Towanda, Pennsylvania, Washington, DC (the address and the clerk's place). Not annotated:
 # "Masonite Corporation's doorskin manufacturing facility" (an unnamed plant: Towanda annotated), 'related assets',
 # 'defendants', the Clerk's Office, the Federal Register, the law and the court papers, the street address and the
 # telephone number
 entities=[E("Organization", UDDC, "United States District Court for the District of Columbia"),
           E("Company", "Premdor Inc."), E("Company", "Premdor U.S. Holdings, Inc."),
           E("Company", "International Paper Company"), E("Company", "Masonite Corporation"),
           E("Location", "United States"), E("Organization", USDOJ), E("Organization", ATR),
           E("Location", "Washington, DC")]
          + locs("Towanda", "Pennsylvania"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # "Premdor Inc.'s acquisition of Masonite Corporation and related assets", settled on a proposed Final Judgment that
 # orders the Towanda plant sold -> agreed: acquired (a company acquisition; 'and related assets' beside it does not
 # make it an asset purchase). **Doubtful**: no parentOrganization from Premdor U.S. Holdings, Inc. to Premdor Inc. or
 # from Masonite Corporation to International Paper Company: the kept text only lists them together as defendants (a
 # reader may know Premdor U.S. as Premdor's US holding company and Masonite as International Paper's subsidiary,
 # which the court papers say). The ordered divestiture of the Towanda facility names no buyer -> nothing
 # (**near-miss**). 'the U.S. Department of Justice, Antitrust Division' -> the Division under the Department
 relations=[L("Premdor Inc.", "acquired", "Masonite Corporation"), ATR_USDOJ],
 outages=[],
 # 'August 3, 2001' -> 2001-08-03. 'within 60 days of the date of this notice' is a span. Not dates: 'Secs.
 # 16(b)-(h)', '1:01CV01696', 'section 7', '15 U.S.C. 18', 'Room 215', '20530', '202-514-2481'
 dates=[D("August 3, 2001", "2001-08-03")])

# ---- GE / Instrumentarium, Antitrust Division press release, published 2003-09-16 ------------------------------------
GEC = "General Electric Corporation"
INS = "Instrumentarium OYJ"
A["us-doj-general-electric-instrumentarium-divest-spacelabs-ziehm-2003"] = dict(
 # Companies: General Electric Corporation (as the release names it; 'GE' defined and used again, an alias),
 # Instrumentarium OYJ ('Instrumentarium' at the end of the first sentence, an alias), Spacelabs and Ziehm (the two
 # named Instrumentarium businesses: "its Spacelabs patient monitor business", "its Ziehm C-arm business";
 # **doubtful**: a reader may take them as product lines or business units and leave them out, or name them
 # 'Spacelabs patient monitor business'). Organizations: the Department of Justice ('The Department of Justice'; 'the
 # Department' and "the Department's" generic), the Antitrust Division, the court ('U.S. District Court', the place
 # its own entity, as 41h's ALLTEL text). Person: R. Hewitt Pate. Location: Washington, D.C. (the dateline
 # 'WASHINGTON, D.C.' and the court's seat 'Washington, D.C.': one entity, as 41h). Not annotated: 'critical care
 # monitors', 'mobile C-arms', 'medical devices' (product classes), 'hospitals', 'healthcare providers', 'the company'
 entities=[E("Company", GEC, "GE"), E("Company", INS, "Instrumentarium"),
           E("Company", "Spacelabs"), E("Company", "Ziehm"),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", "U.S. District Court"),
           E("Person", "R. Hewitt Pate"), E("Location", "Washington, D.C.", "WASHINGTON, D.C.")],
 # 'R. Hewitt Pate, Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division (41h), current
 roles=[R("R. Hewitt Pate", "head", ATR)],
 # 'in order for GE to proceed with its acquisition of Instrumentarium', on a settlement that awaits the court ->
 # agreed: acquired only (41h's ALLTEL call). 'two Instrumentarium OYJ businesses -- its Spacelabs ... business and its
 # Ziehm C-arm business' -> Spacelabs and Ziehm under Instrumentarium OYJ (parentOrganization, current: the
 # divestiture is required, not done; **doubtful** with the entities). The required divestiture names no buyer ->
 # nothing (**near-miss**). "the Department's Antitrust Division" -> the Division under the Department
 relations=[L(GEC, "acquired", INS),
            L("Spacelabs", "parentOrganization", INS), L("Ziehm", "parentOrganization", INS),
            ATR_DOJ],
 outages=[],
 # 'today' (twice) is relative to the release's day, not a date text (41h: only written dates); no written date in
 # the kept text
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
