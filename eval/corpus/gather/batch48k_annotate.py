#!/usr/bin/env python3
"""Batch 48k gold annotations (the texts of batch48k.py: the Antitrust Division's Federal Register notice on the
settlement of the suit against the combination of ConAgra Foods, Inc.'s and Horizon Milling, LLC's wheat flour milling
assets into the joint venture Ardent Mills, 29 May 2014; the Division's notice on the settlement of the suit against
Election Systems and Software, Inc.'s acquisition of Premier Election Services, Inc. and PES Holdings, Inc., 15 March
2010), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 41c, 42w, 43c, 43l, 43o, 46i, 47w, 47z, 48b and 48f for the Division's notices; GUIDELINES
section 2): "the proposed acquisition by X of Y" settled on a proposed Final Judgment awaiting the court -> agreed:
`acquired` only (42w, 43j, 43m, 47l, 47z, 48b), even where the notice says it 'violated' (**doubtful**, see ES&S);
'Y (a joint venture between A and B)' -> partner(A, B) and parentOrganization(Y, A), parentOrganization(Y, B)
(GUIDELINES' joint venture under partner; batches 18d and 28d for the owners); a joint venture still to be formed
from two parties' assets, settled with divestitures -> partner between the two (**doubtful**, see ConAgra; 48f's
Verizon agreements); 'the Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the
Division, the Division under the Department (43o, 47w, 47z, 48b, 48f); the United States as plaintiff -> Location,
without the case name's 'United States of America' as an alias (43h, 43j, 43m, 47l, 47z, 48b, 48f); the address
'Washington, DC' -> Location; cities with their states ('Los Angeles, California') -> the city and the state each a
Location (batch 8's `locs`); defined short forms ('ES&S') and the case name's spelling without a comma -> aliases;
laws, court papers, the Federal Register, the website, the Office of the Clerk, street addresses, telephone numbers
and case numbers not annotated; 'the Complaint', 'the Court', 'et al.', 'flour mills', 'certain tangible and
intangible assets' are generic or unnamed.
usage: batch48k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- ConAgra / Horizon Milling / Ardent Mills, Federal Register notice, published 2014-05-29 (a Thursday) ------------
CAG = "ConAgra Foods, Inc."
HOR = "Horizon Milling, LLC"
CARG = "Cargill, Inc."
CHS = "CHS, Inc."
ARD = "Ardent Mills"
A["us-doj-federal-register-conagra-horizon-milling-ardent-mills-proposed-final-judgment-2014"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Department of Justice ('the Department of Justice, Antitrust Division, Antitrust
 # Documents Group' and "the Department of Justice's Web site"), the Antitrust Division, the Antitrust Documents
 # Group. Companies: ConAgra Foods, Inc. (the case name and the Complaint's sentence; no short form in the kept text),
 # Horizon Milling, LLC, Cargill, Inc., CHS, Inc. (each once), Ardent Mills ('a joint venture to be known as Ardent
 # Mills', and 'requires Ardent Mills to divest': a company to be formed -> Company). Locations: the United States
 # (plaintiff: 'United States of America v.' in the case name, 'the United States filed'), the four mill towns and
 # their states ('Los Angeles, California; New Prague, Minnesota; Oakland, California; and Saginaw, Texas': Los
 # Angeles, New Prague, Oakland, Saginaw, California (twice), Minnesota, Texas), Washington, DC (the address). No
 # person (the section chief's name is past the cut). Not annotated: the Antitrust Procedures and Penalties Act, the
 # Clayton Act and the Sherman Act (laws), the proposed Final Judgment, the Hold Separate Stipulation and Order, the
 # Competitive Impact Statement and the Complaint (court papers), 'Civil Action No. 1:14-cv-823', 'et al.' (the other
 # defendants, unnamed), 'flour mills' (unnamed), the street address, the telephone number, the website, the Office
 # of the Clerk
 entities=[E("Organization", DDC), US, E("Company", CAG), E("Company", HOR), E("Company", CARG), E("Company", CHS),
           E("Company", ARD)]
          + locs("Los Angeles", "California", "New Prague", "Minnesota", "Oakland", "Saginaw", "Texas")
          + [E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG), E("Location", "Washington, DC")],
 # No named person in the kept text
 roles=[],
 # 'Horizon Milling, LLC (a joint venture between Cargill, Inc. and CHS, Inc.)' -> a stated joint venture: partner
 # (Cargill, Inc., CHS, Inc.), direction as written, and the venture under each owner: parentOrganization(Horizon
 # Milling, LLC, Cargill, Inc.), parentOrganization(Horizon Milling, LLC, CHS, Inc.) (18d, 28d). 'the combination of
 # the wheat flour milling assets of ConAgra Foods, Inc. and Horizon Milling, LLC ... to form a joint venture to be
 # known as Ardent Mills', settled on a proposed Final Judgment that 'requires Ardent Mills to divest' four mills ->
 # an agreed joint venture of the two: partner(ConAgra Foods, Inc., Horizon Milling, LLC) (**doubtful**, on two
 # counts: (1) the Complaint alleges the combination would violate the Clayton and Sherman Acts, and a reader may
 # hold a challenged, not yet formed venture to be no relation; the settled acquisitions are annotated as agreed
 # (48b) and 48f's challenged agreements as partner, so this one is too; (2) the text combines 'assets', and asset
 # purchases get nothing; but here two named companies form a named venture, which GUIDELINES' partner covers). No
 # parentOrganization(Ardent Mills, ConAgra Foods, Inc.) or (Ardent Mills, Horizon Milling, LLC): the text says the
 # venture is formed from their assets but not who will own it (**near-miss**; a reader may give Ardent Mills both
 # as parents, as for Horizon). No acquired(Ardent Mills, ...): assets, not a company, go into it (**near-miss**). The
 # four mills to be divested name no buyer -> nothing (**near-miss**). Cargill and CHS are not linked to ConAgra or to
 # Ardent Mills except through Horizon (no relation). 'the Department of Justice, Antitrust Division, Antitrust
 # Documents Group' -> the Group under the Division, the Division under the Department
 relations=[L(CARG, "partner", CHS), L(HOR, "parentOrganization", CARG), L(HOR, "parentOrganization", CHS),
            L(CAG, "partner", HOR), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'May 20, 2014' -> 2014-05-20 (the Complaint filed; a Tuesday). Not dates: '16(b)-(h)', '1:14-cv-823', 'Section
 # 7', 'Section 1', '15 U.S.C. 18', '15 U.S.C. 1' (law and case references), '20530' (a ZIP code), '202-514-2481',
 # 'Suite 1010'
 dates=[D("May 20, 2014", "2014-05-20")])

# ---- Election Systems and Software / Premier Election Services, Federal Register notice, published 2010-03-15 --------
ESS = "Election Systems and Software, Inc."
PES = "Premier Election Services, Inc."
PESH = "PES Holdings, Inc."
A["us-doj-federal-register-election-systems-software-premier-election-services-proposed-final-judgment-2010"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Department of Justice (the address, "the Department of Justice's Web site",
 # 'Department of Justice regulations'), the Antitrust Division (twice), the Antitrust Documents Group. Companies:
 # Election Systems and Software, Inc. ("(``ES&S'')" defined: 'ES&S' an alias, used again in 'requires ES&S to
 # divest'; the case name's 'Election Systems and Software Inc.' without the comma an alias too), Premier Election
 # Services, Inc. and PES Holdings, Inc. (each once; the notice's 'Services' kept as printed, never corrected to
 # the Competitive Impact Statement's 'Solutions': the gold follows the text). Locations: the United States
 # (plaintiff: 'United States, et al. v.' in the case name, 'the United States filed'), Washington, DC (the
 # address). No person. Not annotated: 'et al.' (the plaintiff states, unnamed in the kept text), the Antitrust
 # Procedures and Penalties Act and the Clayton Act (laws), the proposed Final Judgment, the Stipulation, the
 # Competitive Impact Statement and the Complaint (court papers), 'Civil Action No. 10-00380', 'certain tangible and
 # intangible assets' (unnamed), the street address, the telephone number, the website, the Office of the Clerk
 entities=[E("Organization", DDC), US,
           E("Company", ESS, "ES&S", "Election Systems and Software Inc."), E("Company", PES), E("Company", PESH),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG), E("Location", "Washington, DC")],
 # No named person in the kept text
 roles=[],
 # 'the proposed acquisition by Election Systems and Software, Inc., (``ES&S'') of Premier Election Services, Inc., and
 # PES Holdings, Inc. violated Section 7', settled on a proposed Final Judgment that 'requires ES&S to divest certain
 # tangible and intangible assets' -> agreed: acquired(ES&S, each of the two) only (**doubtful**: the notice calls the
 # acquisition 'proposed' yet says it 'violated' the Act in the past tense, which hints it was already done; the
 # text never says it was completed, so no parentOrganization(Premier Election Services, Inc., ES&S) or (PES
 # Holdings, Inc., ES&S) -- a reader who reads 'violated' as completed would add both). No parentOrganization(Premier
 # Election Services, Inc., PES Holdings, Inc.): the text lists them side by side, never one under the other
 # (**near-miss**; the names suggest a holding company). The divestiture of 'certain tangible and intangible assets'
 # names neither the assets nor a buyer -> nothing (**near-miss**). 'the Department of Justice, Antitrust Division,
 # Antitrust Documents Group' -> the Group under the Division, the Division under the Department
 relations=[L(ESS, "acquired", PES), L(ESS, "acquired", PESH), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'March 8, 2010' -> 2010-03-08 (the Complaint filed; a Monday). Not dates: 'within 60 days of the date of this
 # notice' (a span from the notice's date, no surface date), '16(b)-(h)', '10-00380', 'Section 7', '15 U.S.C. 18'
 # (law and case references), '20530', '202-514-2481', 'Suite 1010'
 dates=[D("March 8, 2010", "2010-03-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
