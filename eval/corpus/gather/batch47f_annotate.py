#!/usr/bin/env python3
"""Batch 47f gold annotations (the texts of batch47f.py: the Justice Department's release of 13 March 2015 on the
divestitures required for Waste Management Inc.'s acquisition of Deffenbaugh Disposal Inc., Assistant Attorney General
Bill Baer quoted; and the Antitrust Division's Federal Register notice of 27 November 2012 on Star Atlantic Waste
Holdings, L.P.'s proposed acquisition of Veolia Environnement S.A.'s U.S. subsidiary, Veolia ES Solid Waste, Inc.),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 21c, 22b, 40zi, 40zk, 41c, 42b, 42k, 44t and 47b for the Division's texts; GUIDELINES section 2):
a deal the Division lets proceed on a settlement that awaits the court ('in order for ... to proceed with its
acquisition', 'the proposed acquisition') is agreed, not completed -> `acquired` only (40zi, 42k); "X's U.S.
subsidiary, Y" -> parentOrganization(Y, X); the Antitrust Division -> `parentOrganization` Department of Justice where
both are named (40zi, 42k); 'Assistant Attorney General ... of the Antitrust Division' -> head of the Antitrust
Division (21c, 22b, 40zi); 'Department of Justice, Antitrust Division, Antitrust Documents Group' -> the office under
the Division (40zk, 42k); courts -> Organization under the name the text gives; the United States as plaintiff ->
Location, 'United States of America' in the case name and 'U.S.' its aliases (40zi, 42k); an ordered divestiture ->
nothing (near-miss); a town pair written 'Van Buren/Fort Smith' -> two Locations; the Division's website, the Office
of the Clerk, the street address, telephone number, laws, court papers and case numbers not annotated; 'the
department', 'the court', 'the Court' and 'the defendants' are generic phrases, not aliases.
usage: batch47f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}

# ---- Waste Management / Deffenbaugh Disposal, Office of Public Affairs, published 2015-03-13 (a Friday) -------------
WMI = "Waste Management Inc."
DDI = "Deffenbaugh Disposal Inc."
A["us-doj-waste-management-deffenbaugh-disposal-divest-routes-2015"] = dict(
 # Organizations: the Department of Justice ('The Department of Justice announced'; 'the department' four times,
 # generic), the Antitrust Division (twice), the U.S. District Court for the District of Columbia (under the text's
 # form, as 40zi; 'the court' generic). Companies: Waste Management Inc. ('(WMI)', its defined short name, and
 # 'Waste Management' in the quotation: aliases), Deffenbaugh Disposal Inc. ('(DDI)' and 'Deffenbaugh', also in
 # "Deffenbaugh's": aliases). Person: Bill Baer. Locations: Topeka, Kansas ('the Topeka, Kansas, area', 'Kansas and
 # Arkansas'), Arkansas ('Northwestern Arkansas', the region word left out as 47b's 'eastern New York'; **doubtful**:
 # capitalised, a reader may keep 'Northwestern Arkansas' as a region's name), Van Buren and Fort Smith (written as
 # one area 'Van Buren/Fort Smith' twice: two towns, two Locations, **doubtful**), Springdale. Not annotated: 'small
 # container commercial waste service routes' (unnamed assets), 'three cities', 'three local small container
 # commercial waste service markets', 'waste haulers', the complaint, the lawsuit and the proposed settlement (court
 # papers), 'office and apartment buildings', 'stores and restaurants' (generic)
 entities=[E("Organization", DOJ), E("Organization", ATR),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Company", WMI, "WMI", "Waste Management"), E("Company", DDI, "DDI", "Deffenbaugh"),
           E("Person", "Bill Baer")]
          + locs("Topeka", "Kansas", "Arkansas", "Van Buren", "Fort Smith", "Springdale"),
 # 'said Assistant Attorney General Bill Baer of the Antitrust Division' -> head of the Antitrust Division (21c, 22b,
 # 40zi)
 roles=[R("Bill Baer", "head", ATR)],
 # 'in order for WMI to proceed with its acquisition of DDI', with the suit filed 'to block the proposed acquisition'
 # and a proposed settlement awaiting the court -> agreed, not completed: acquired only (40zi; no parentOrganization).
 # 'WMI's acquisition of DDI would significantly reduce competition' (the complaint) -> the same deal. The ordered
 # divestiture of routes names no buyer -> nothing (**near-miss**); 'Competition between Waste Management and
 # Deffenbaugh' -> rivals, no relation (**near-miss**). The Antitrust Division and the Department of Justice both
 # named -> ATR_DOJ (40zi; **doubtful**: the text never writes the Division as the Department's, it only names both)
 relations=[L(WMI, "acquired", DDI), ATR_DOJ],
 outages=[],
 # 'today' (twice) and "today's" -> 2015-03-13 (one item: the same text and value; the possessive is the same
 # expression). Not dates: 'historically' (unresolvable), 'three cities'
 dates=[D("today", "2015-03-13")])

# ---- Star Atlantic / Veolia ES Solid Waste, Federal Register notice, published 2012-11-27 (a Tuesday) --------------
SAW = "Star Atlantic Waste Holdings, L.P."
VE = "Veolia Environnement S.A."
VES = "Veolia ES Solid Waste, Inc."
A["us-doj-federal-register-star-atlantic-veolia-proposed-final-judgment-2012"] = dict(
 # Organizations: the United States District Court for the District of Columbia (three times, the last inside 'the
 # Office of the Clerk of ...'), the Department of Justice (twice: 'the Department of Justice, Antitrust Division',
 # "the Department of Justice's Web site"), the Antitrust Division, the Antitrust Documents Group (40zk, 42k).
 # Companies: Star Atlantic Waste Holdings, L.P. (twice, the full form each time), Veolia Environnement S.A. (twice),
 # Veolia ES Solid Waste, Inc. (twice). Locations: the United States (plaintiff; 'United States of America' in the
 # case name and 'U.S.' in "Veolia Environnement S.A.'s U.S. subsidiary" its aliases, 40zi), New Jersey ('northern New
 # Jersey', the region word left out), Georgia ('central Georgia', 'the Macon, Georgia metropolitan area'), Macon,
 # Washington, DC (the address; 40zk, 42k). Not annotated: the Antitrust Procedures and Penalties Act and the Clayton
 # Act (laws), 'Civil Action No. 1:12-cv-01847-RWR', the Final Judgment, Stipulation, Complaint and Competitive Impact
 # Statement (court papers), 'three specified transfer stations', 'a landfill', 'three commercial waste collection
 # routes' (unnamed sites and assets), the street address, the telephone number, 'http://www.usdoj.gov/atr' (the
 # Division's website, 41c), the Office of the Clerk (42k), 'the defendants' (generic)
 entities=[E("Organization", DDC), E("Location", "United States", "United States of America", "U.S."),
           E("Company", SAW), E("Company", VE), E("Company", VES),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", "Antitrust Documents Group"),
           E("Location", "Washington, DC")]
          + locs("New Jersey", "Georgia", "Macon"),
 # No person in the kept text (the section chief's name is in the part cut)
 roles=[],
 # 'the proposed acquisition by Star Atlantic Waste Holdings, L.P. of ... Veolia ES Solid Waste, Inc.', settled on a
 # proposed Final Judgment awaiting the court -> agreed: acquired only (42k's Verso/NewPage). "Veolia Environnement
 # S.A.'s U.S. subsidiary, Veolia ES Solid Waste, Inc." -> parentOrganization(Veolia ES Solid Waste, Inc., Veolia
 # Environnement S.A.) (a stated subsidiary; the ownership stands whether or not the sale closes, GUIDELINES:
 # relations carry no time). Veolia Environnement S.A. as the seller -> no relation with the buyer (**near-miss**).
 # The ordered divestitures name no buyer -> nothing (**near-miss**). 'the Department of Justice, Antitrust
 # Division, Antitrust Documents Group' -> the office under the Division (40zk, 42k; **doubtful**: told as an
 # address) and the Division under the Department
 relations=[L(SAW, "acquired", VES), L(VES, "parentOrganization", VE),
            L("Antitrust Documents Group", "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'November 15, 2012' -> 2012-11-15. Not dates: '16(b)-(h)', '1:12-cv-01847-RWR', 'Section 7', '15 U.S.C. 18',
 # '450', '1010', '20530', '202-514-2481'
 dates=[D("November 15, 2012", "2012-11-15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
