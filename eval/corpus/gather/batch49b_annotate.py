#!/usr/bin/env python3
"""Batch 49b gold annotations (the texts of batch49b.py: the Antitrust Division's Federal Register notice on the
settlement of the suit against General Electric Company's acquisition of CVT Holding SAS, Financiere CVT SAS and
Converteam Group SAS, 6 September 2011; the Division's notice on the settlement of the suit against GTCR's and
Cision's acquisition of PR Newswire from UBM plc, 20 June 2016), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 41c, 42w, 43c, 43l, 43o, 46e, 46i, 47w, 47z, 48b, 48f and 48k for the Division's notices;
GUIDELINES section 2): "the proposed acquisition by X of Y" settled on a proposed Final Judgment awaiting the court ->
agreed: `acquired` only (42w, 43j, 43m, 47l, 47z, 48b, 48k), one relation per named target; "X and Y's proposed
acquisition of Z" -> `acquired` from each buyer (47q's two buyers) and partner between the two who buy together
(**doubtful**; batch 10's joint-acquisition call, 40zl); "acquisition of Z from W" -> parentOrganization(Z, W) (44i's
'acquire from' its owner, 45g); a named business of a company ('the Converteam Electric Machinery Business') ->
Company (43l's named businesses); product lines named as a company's ('PR Newswire's Agility and Agility Plus
business') -> Service with that company as provider (46e's Versatile and Genesis); 'the Department of Justice,
Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the Division under the Department
(43o, 47w, 47z, 48b, 48f, 48k); the Division alone ("the Antitrust Division's Web site") -> Organization with no
parent (the Department unnamed); the United States as plaintiff -> Location, without the case name's 'United States of
America' as an alias (43h, 43j, 43m, 47l, 47z, 48b, 48f, 48k); the address 'Washington, DC' -> Location; a city with
its state ('Minneapolis, Minnesota') -> the city and the state each a Location (batch 8's `locs`); defined short
forms ('GE') and the case name's short spelling ('General Electric Co.') -> aliases; laws, court papers, the Federal
Register, the website, the Office of the Clerk, street addresses, telephone numbers and case numbers not annotated;
'the Complaint', 'the Court', 'et al.', 'the defendants', 'its production facility', 'certain tangible and
intangible assets' are generic or unnamed.
usage: batch49b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, provided
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- General Electric / Converteam, Federal Register notice, published 2011-09-06 (a Tuesday) ------------------------
GE = "General Electric Company"
CVTH = "CVT Holding SAS"
FCVT = "Financi\u00e8re CVT SAS"
CVTG = "Converteam Group SAS"
CEMB = "Converteam Electric Machinery Business"
A["us-doj-federal-register-general-electric-converteam-proposed-final-judgment-2011"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Department of Justice ('the Department of Justice, Antitrust Division, Antitrust
 # Documents Group', "the Department of Justice's Web site", 'Department of Justice regulations'), the Antitrust
 # Division (twice), the Antitrust Documents Group. Companies: General Electric Company ('(\u201cGE\u201d)' defined:
 # 'GE' an alias, used again in 'requires GE to divest'; the case name's 'General Electric Co.' an alias too), CVT
 # Holding SAS, Financi\u00e8re CVT SAS (the accent as the text prints it), Converteam Group SAS (each once), the
 # Converteam Electric Machinery Business (a named business to be divested, which 'produces' motors and 'includes its
 # production facility' -> Company, as 43l's named businesses; **doubtful**: a reader may leave a business unit out).
 # Locations: the United States (plaintiff: 'United States v.' in the case name, 'the United States filed'),
 # Minneapolis and Minnesota ('located in Minneapolis, Minnesota'), Washington, DC (the address). No person (the
 # section chief's name is past the cut). Not annotated: the Antitrust Procedures and Penalties Act and the Clayton
 # Act (laws), the proposed Final Judgment, the Hold Separate Stipulation and Order, the Competitive Impact Statement
 # and the Complaint (court papers), the Federal Register (a publication), 'Civil Action No. 1:11-cv-01549', 'et
 # al.', 'its production facility' (unnamed), 'the oil and gas industry', the street address, the telephone number,
 # the website, the Office of the Clerk, 'the Court'
 entities=[E("Organization", DDC), US,
           E("Company", GE, "GE", "General Electric Co."), E("Company", CVTH), E("Company", FCVT),
           E("Company", CVTG), E("Company", CEMB)]
          + locs("Minneapolis", "Minnesota")
          + [E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG), E("Location", "Washington, DC")],
 # No named person in the kept text
 roles=[],
 # 'the proposed acquisition by General Electric Company (\u201cGE\u201d) of CVT Holding SAS, Financi\u00e8re CVT SAS,
 # and Converteam Group SAS would violate Section 7', settled on a proposed Final Judgment that 'requires GE to
 # divest the Converteam Electric Machinery Business' -> agreed: acquired(GE, each of the three) only (no
 # parentOrganization: not completed in the text). No parentOrganization among the three French companies: the text
 # lists them side by side, never one under another (**near-miss**; the names suggest a holding chain). No
 # parentOrganization(Converteam Electric Machinery Business, Converteam Group SAS): the text never says whose
 # business it is; only its name points to Converteam (**doubtful**; a reader may add it, or put it under GE, which
 # is ordered to divest it -- neither is stated). The divestiture names no buyer -> nothing (**near-miss**).
 # 'the Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the
 # Division under the Department
 relations=[L(GE, "acquired", CVTH), L(GE, "acquired", FCVT), L(GE, "acquired", CVTG), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'August 29, 2011' -> 2011-08-29 (the Complaint filed; a Monday). Not dates: 'within 60 days of the date of this
 # notice' (a span from the notice's date, no surface date), '16(b)-(h)', '1:11-cv-01549', 'Section 7', '15 U.S.C.
 # 18' (law and case references), '20530' (a ZIP code), '202-514-2481', 'Suite 1010'
 dates=[D("August 29, 2011", "2011-08-29")])

# ---- GTCR / Cision / PR Newswire / UBM, Federal Register notice, published 2016-06-20 (a Monday) ---------------------
GTCR = "GTCR Fund X/A AIV LP"
CIS = "Cision"
PRN = "PR Newswire"
UBM = "UBM plc"
A["us-doj-federal-register-gtcr-cision-pr-newswire-ubm-proposed-final-judgment-2016"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Antitrust Division ("the Antitrust Division's Web site"; the Department of
 # Justice is not named in the kept text). Companies: GTCR Fund X/A AIV LP (the case name; the complaint sentence's
 # 'GTCR' taken as its short form -> alias, **doubtful**: GTCR is also the name of the private-equity firm whose fund
 # this is, and a reader may make 'GTCR' its own entity), Cision (once, bare), PR Newswire (twice: the target and
 # "PR Newswire's Agility"), UBM plc (the seller). Services: Agility and Agility Plus ("PR Newswire's Agility and
 # Agility Plus business": two named product lines of PR Newswire, as 46e's tractor lines; **doubtful**: a reader
 # may read 'Agility and Agility Plus business' as one business (Company) or leave the products out). Location: the
 # United States (plaintiff: 'United States v.' in the title and the case name, 'the United States filed'). No person.
 # Not annotated: the Antitrust Procedures and Penalties Act and the Clayton Act (laws), the proposed Final Judgment,
 # the Hold Separate Stipulation and Order, the Competitive Impact Statement and the Complaint (court papers), 'Civil
 # Action No. 1:16-cv-01091', 'et al.', 'the defendants' (generic), the website, the Office of the Clerk
 entities=[E("Organization", DDC), US, E("Company", GTCR, "GTCR"), E("Company", CIS), E("Company", PRN),
           E("Company", UBM), E("Service", "Agility"), E("Service", "Agility Plus"), E("Organization", ATR)],
 # No named person in the kept text
 roles=[],
 # "GTCR and Cision's proposed acquisition of PR Newswire from UBM plc would violate Section 7", settled on a proposed
 # Final Judgment that 'requires the defendants to divest PR Newswire's Agility and Agility Plus business' -> agreed:
 # acquired(GTCR Fund X/A AIV LP, PR Newswire) and acquired(Cision, PR Newswire) (two named buyers of one target, as
 # 47q; **doubtful**: a reader may give it to one buyer only), partner(GTCR Fund X/A AIV LP, Cision), direction as
 # written (two named companies buying together: GUIDELINES' joint bid, batch 10's joint acquisition; **doubtful**:
 # the text does not call them partners, and the tie between them -- GTCR owning Cision -- is not in the kept text:
 # no parentOrganization(Cision, GTCR Fund X/A AIV LP), a **near-miss**); 'acquisition of PR Newswire from UBM plc'
 # -> UBM plc its present owner: parentOrganization(PR Newswire, UBM plc) (44i, 45g: 'acquire from' its owner). No
 # parentOrganization(PR Newswire, either buyer): not completed in the text. Agility and Agility Plus -> provider PR
 # Newswire ("PR Newswire's ..."). The divestiture names no buyer -> nothing (**near-miss**). The Antitrust Division
 # alone: no parent (the Department unnamed)
 relations=[L(GTCR, "acquired", PRN), L(CIS, "acquired", PRN), L(GTCR, "partner", CIS),
            L(PRN, "parentOrganization", UBM)] + provided(PRN, "Agility", "Agility Plus"),
 outages=[],
 # 'June 10, 2016' -> 2016-06-10 (the Complaint filed; a Friday). Not dates: '16(b)-(h)', '1:16-cv-01091', 'Section
 # 7', '15 U.S.C. 18' (law and case references), 'X/A' (part of the fund's name)
 dates=[D("June 10, 2016", "2016-06-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
