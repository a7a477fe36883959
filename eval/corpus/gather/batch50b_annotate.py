#!/usr/bin/env python3
"""Batch 50b gold annotations (the texts of batch50b.py: the Antitrust Division's Federal Register notice on the
settlement of its suit over TransDigm Group Incorporated's consummated acquisition of SCHROTH Safety Products GmbH and
of assets of Takata Protection Systems, Inc. from Takata Corporation, 16 January 2018; the Division's notice on the
settlement of its suit against Continental AG's proposed acquisition of Veyance Technologies, Inc., 22 December
2014), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 41c, 42w, 43j, 43m, 43o, 47z, 48b, 48k, 49b and 49e for the Division's notices; GUIDELINES
section 2): "X's proposed acquisition of Y" settled on a proposed Final Judgment awaiting the court -> agreed:
`acquired` only (42w, 43j, 47z, 48b, 49b, 49e); an acquisition the text dates in the past and calls a violation
("X's February 2017 acquisition of Y ... violated Section 7") -> completed: `acquired` and parentOrganization(Y, X)
(GUIDELINES; the ordered divestiture not yet done); 'acquisition of Y from Z' -> Z the owner Y was bought from:
parentOrganization(Y, Z), kept though the ownership is past (49b's PR Newswire / UBM; GUIDELINES: past ownership still
recorded; **doubtful**); the purchase of 'substantially all the assets' of a company -> nothing (GUIDELINES: asset
purchases); a collective label for a company and another's assets ('(collectively, \u201cSCHROTH\u201d)') -> no alias of
the one company (43o's 'collectively, ``George's''', 49j; **doubtful**); defined short forms ('(TransDigm)',
"Continental's", "Veyance's") -> aliases, possessive-free; 'X, Chief, <Section>, Antitrust Division, Department of
Justice' -> head of the Section, current, the Section under the Division, the Division under the Department (21c,
43m, 49e); 'the Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division
(40zk, 42w, 43m); the United States as plaintiff -> Location, without the case name's 'United States of America' as an
alias (43h, 43j, 47z, 48b, 49b, 49e, 49l); a city with its state or country -> each a Location (batch 8's `locs`);
the address 'Washington, DC' -> Location; an unnamed business, facilities named only by their towns and 'certain
tangible and intangible assets' -> no entity (49e); laws, court papers, the Federal Register, the website, the Office
of the Clerk, street addresses, ZIP codes, telephone numbers and case numbers not annotated; 'the Complaint', 'the
Court' are generic.
usage: batch50b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- TransDigm / SCHROTH (Takata), Federal Register notice, published 2018-01-16 (a Tuesday) -------------------------
TDG = "TransDigm Group Incorporated"
SSP = "SCHROTH Safety Products GmbH"
TPS = "Takata Protection Systems, Inc."
TAK = "Takata Corporation"
DIA = "Defense, Industrials, and Aerospace Section"
A["us-doj-federal-register-transdigm-schroth-takata-restraint-systems-proposed-final-judgment-2018"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Antitrust Division (four times: "the Antitrust Division's website" twice, 'from the
 # Antitrust Division', the chief's address), the Department of Justice ('Department of Justice regulations', the
 # address), the Defense, Industrials, and Aerospace Section (the chief's section). Companies: TransDigm Group
 # Incorporated (the case name and "TransDigm Group Incorporated's (TransDigm)": 'TransDigm' an alias, used again in
 # 'requires TransDigm to divest'), SCHROTH Safety Products GmbH (once, the company bought), Takata Protection
 # Systems, Inc. (once, whose assets were bought), Takata Corporation (once, the seller). Person: Maribeth Petrizzi.
 # Locations: the United States (plaintiff: 'United States of America v.' in the case name, 'the United States
 # filed'), Washington, DC (the address). Not annotated: the Antitrust Procedures and Penalties Act and the Clayton Act
 # (laws), the proposed Final Judgment, the Hold Separate Stipulation and Order, the Competitive Impact Statement and
 # the Complaint (court papers), 'Civil Action No. 1:17-cv-2735', the Federal Register (a publication), the website
 # and 'http://www.justice.gov/atr', the Office of the Clerk, 'the Court', the street address, suite, ZIP code and
 # telephone number; 'SCHROTH' (three times: '(collectively, \u201cSCHROTH\u201d)', 'the entirety of SCHROTH') -- the
 # text's label for SCHROTH Safety Products GmbH together with the assets of Takata Protection Systems, Inc., so no
 # alias of the GmbH alone (43o; **doubtful**: a reader may set 'SCHROTH' as the GmbH's alias, the name it shortens)
 entities=[E("Organization", DDC), US, E("Company", TDG, "TransDigm"), E("Company", SSP), E("Company", TPS),
           E("Company", TAK), E("Organization", ATR), E("Organization", DOJ), E("Person", "Maribeth Petrizzi"),
           E("Organization", DIA), E("Location", "Washington, DC")],
 # 'Maribeth Petrizzi, Chief, Defense, Industrials, and Aerospace Section, Antitrust Division' -> head of the
 # Section, current (21c, 43m, 49e)
 roles=[R("Maribeth Petrizzi", "head", DIA)],
 # "TransDigm Group Incorporated's (TransDigm) February 2017 acquisition of SCHROTH Safety Products GmbH ... violated
 # Section 7" -> a completed acquisition (dated in the past; the Complaint says it 'violated', not 'would violate'):
 # acquired(TransDigm Group Incorporated, SCHROTH Safety Products GmbH) and parentOrganization(SCHROTH Safety
 # Products GmbH, TransDigm Group Incorporated) (GUIDELINES; the divestiture the proposed Final Judgment 'requires'
 # is not yet done, and relations carry no time). '... from Takata Corporation' -> the owner it was bought from:
 # parentOrganization(SCHROTH Safety Products GmbH, Takata Corporation) (49b's 'from UBM plc'; past ownership still
 # recorded -- **doubtful**: a reader may leave out an ownership the sale has ended). 'substantially all the assets
 # of Takata Protection Systems, Inc.' -> an asset purchase -> nothing (**near-miss**). Takata Protection Systems,
 # Inc. as a Takata Corporation company: only its name and the sale of its assets 'from Takata Corporation' point to
 # it; the text never says Takata owns it -> nothing (**near-miss**; **doubtful**: a reader may record
 # parentOrganization(Takata Protection Systems, Inc., Takata Corporation)). 'requires TransDigm to divest the
 # entirety of SCHROTH' -> no buyer named -> nothing. The Section under the Division, the Division under the
 # Department
 relations=[L(TDG, "acquired", SSP), L(SSP, "parentOrganization", TDG), L(SSP, "parentOrganization", TAK),
            L(DIA, "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'December 21, 2017' -> 2017-12-21 (the Complaint filed; a Thursday); 'February 2017' -> 2017-02 (the
 # acquisition). Not dates: 'within 60 days of the date of this notice' (a span from the notice's date, no surface
 # date), '16(b)-(h)', '1:17-cv-2735', 'Section 7', '15 U.S.C. \u00a7 18' (law and case references), 'Suite 8700',
 # '20530', '202-307-0924'
 dates=[D("December 21, 2017", "2017-12-21"), D("February 2017", "2017-02")])

# ---- Continental AG / Veyance Technologies, Federal Register notice, published 2014-12-22 (a Monday) -----------------
CON = "Continental AG"
VEY = "Veyance Technologies, Inc."
A["us-doj-federal-register-continental-veyance-commercial-vehicle-air-springs-proposed-final-judgment-2014"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Department of Justice (three times: 'the Department of Justice, Antitrust Division,
 # Antitrust Documents Group', "the Department of Justice's Web site", 'Department of Justice regulations'), the
 # Antitrust Division (twice: the address, 'from the Antitrust Division'), the Antitrust Documents Group (an office of
 # the Division, in the address). Companies: Continental AG (the case name; "Continental's proposed acquisition" and
 # 'requires Continental to divest': 'Continental' an alias), Veyance Technologies, Inc. (the case name; 'of
 # Veyance' and "Veyance's North American ... business": 'Veyance' an alias). Locations: the United States
 # (plaintiff: 'United States of America v.' in the case name, 'the United States filed'), San Luis Potosi and Mexico
 # ('facilities in San Luis Potosi, Mexico'), Fairlawn and Ohio ('assets in Fairlawn, Ohio'), Washington, DC (the
 # Group's address). No person. Not annotated: the Antitrust Procedures and Penalties Act and the Clayton Act (laws),
 # the proposed Final Judgment, the Hold Separate Stipulation and Order, the Competitive Impact Statement and the
 # Complaint (court papers), 'Civil No. 1:14-cv-02087', "Veyance's North American commercial vehicle air springs
 # business" (an unnamed business), the manufacturing and assembly facilities and the research, development,
 # engineering and administrative assets (named only by their towns), 'certain tangible and intangible assets', the
 # street address, suite, ZIP code and telephone number, the Web site and 'http://www.usdoj.gov/atr', the Office of
 # the Clerk
 entities=[E("Organization", DDC), US, E("Company", CON, "Continental"), E("Company", VEY, "Veyance")]
          + locs("San Luis Potosi", "Mexico", "Fairlawn", "Ohio")
          + [E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG), E("Location", "Washington, DC")],
 # No named person in the kept text
 roles=[],
 # "Continental's proposed acquisition of Veyance would violate Section 7", settled on a proposed Final Judgment ->
 # agreed: acquired(Continental AG, Veyance Technologies, Inc.) only (no parentOrganization: not completed in the
 # text). 'requires Continental to divest Veyance's North American commercial vehicle air springs business' -> an
 # unnamed business, no buyer named -> nothing (**near-miss**). Veyance's owner before the deal is not in the text
 # (news only) -> nothing. 'the Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group
 # under the Division, the Division under the Department (40zk, 43m, 49l)
 relations=[L(CON, "acquired", VEY), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'December 11, 2014' -> 2014-12-11 (the Complaint filed; a Thursday). Not dates: 'within 60 days of the date of
 # this notice' (a span), '16(b)-(h)', '1:14-cv-02087', 'Section 7', '15 U.S.C. 18', 'Suite 1010', '20530',
 # '202-514-2481' (law, case and address references)
 dates=[D("December 11, 2014", "2014-12-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
