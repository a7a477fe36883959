#!/usr/bin/env python3
"""Batch 43l gold annotations (the texts of batch43l.py: the Antitrust Division's Federal Register notices on the
proposed acquisition by Bemis Company, Inc. of the Alcan Packaging Food Americas business of Rio Tinto plc, 4 March
2010; on Entercom Communications Corp.'s proposed acquisition of CBS Radio, Inc., 13 November 2017; on the proposed
acquisition by Tyson Foods, Inc. of The Hillshire Brands Company with the sale of Heinold Hog Markets, 4 September
2014), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 40zk, 41c, 42h, 42k, 42w, 42z, 43c, 43h and 43j for the Division's notices; GUIDELINES section
2): 'the proposed acquisition by X of Y' settled on a proposed Final Judgment -> agreed: `acquired` only (42w, 42z,
43j); 'the Y business of Z' -> Y under Z (parentOrganization); 'Heinold Hog Markets, its division' -> the division
under its owner; an ordered divestiture of assets, plants or stations naming no buyer -> nothing (near-miss);
'Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the Division
under the Department (40zk, 42w, 43h, 43j); the United States as plaintiff -> Location, without the case name's
'United States of America' as an alias (43h, 43j); a State as co-plaintiff ('State of Illinois') -> Location with
the bare name as alias (21c, 42h, 42w); 'City, State' -> two Locations (42k); laws, court papers, the Federal
Register, the website, the Office of the Clerk, street addresses and telephone numbers not annotated; the address
'Washington, DC' -> Location (21c, 40zk, 42w, 43h, 43j).
usage: batch43l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Bemis / Alcan Packaging Food Americas, Federal Register notice, published 2010-03-04 (a Thursday) ---------------
BEM = "Bemis Company, Inc."
APF = "Alcan Packaging Food Americas"
RIO = "Rio Tinto plc"
A["us-doj-federal-register-bemis-alcan-packaging-food-americas-proposed-final-judgment-2010"] = dict(
 # Companies: Bemis Company, Inc. ('the proposed acquisition by Bemis Company, Inc.'; 'Bemis Co.' in the case name
 # and 'Bemis' (the defined name, and 'requires Bemis to divest'), aliases), Alcan Packaging Food Americas ('the
 # Alcan Packaging Food Americas business of Rio Tinto plc', 'the assets of Alcan Packaging Food Americas': a named
 # business -> Company), Rio Tinto plc. Organization: the court. Locations: the United States (plaintiff: 'United
 # States v.' in the case name and 'the United States filed'), Menasha, Wisconsin, Catoosa, Oklahoma (the plants'
 # places: 'Menasha, Wisconsin and Catoosa, Oklahoma'). Not annotated: the product markets ('flexible-packaging
 # rollstock ...', 'shrink bags for fresh meat': kinds of goods, no names), 'production plants and assets', the laws
 # and court papers. No Department or Division in the kept text (the GPO header's 'DEPARTMENT OF JUSTICE' and
 # 'Antitrust Division' are cut, as 43e's Abitibi and 43j's Microsemi notices)
 entities=[E("Organization", DDC), US,
           E("Company", BEM, "Bemis Co.", "Bemis"), E("Company", APF), E("Company", RIO)]
          + locs("Menasha", "Wisconsin", "Catoosa", "Oklahoma"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition by Bemis Company, Inc. ... of the Alcan Packaging Food Americas business of Rio Tinto
 # plc', settled on a proposed Final Judgment -> agreed: Bemis acquired Alcan Packaging Food Americas (acquired
 # only; **doubtful**: a business bought from its owner, not a company's stock; the text names it as a business, not
 # as assets, so it is not read as an asset purchase; a reader may leave the acquisition out as a purchase of a
 # business line). 'the Alcan Packaging Food Americas business of Rio Tinto plc' -> the business under Rio Tinto
 # plc (parentOrganization; relations carry no time). 'requires Bemis to divest the assets of Alcan Packaging Food
 # Americas related to those markets, including production plants ... in Menasha, Wisconsin and Catoosa, Oklahoma'
 # -> ordered, no buyer named -> nothing (**near-miss**)
 relations=[L(BEM, "acquired", APF), L(APF, "parentOrganization", RIO)],
 outages=[],
 # 'February 24, 2010' -> 2010-02-24. Not dates: '16(b)-(h)', '1:10-cv-00295', 'Section 7', '15 U.S.C. 18'
 dates=[D("February 24, 2010", "2010-02-24")])

# ---- Entercom / CBS Radio, Federal Register notice, published 2017-11-13 (a Monday) ----------------------------------
ENT = "Entercom Communications Corp."
CBR = "CBS Radio, Inc."
A["us-doj-federal-register-entercom-cbs-radio-proposed-final-judgment-2017"] = dict(
 # Companies: Entercom Communications Corp. (the case name and "Entercom Communications Corp.'s"; 'Entercom' in
 # 'requiring Entercom to divest', an alias), CBS Radio, Inc. Organizations: the court (twice, once in 'the Office of
 # the Clerk of ...'), the Antitrust Division ("the Antitrust Division's website"). Locations: the United States
 # (plaintiff: 'United States of America v.' in the case name, 'the United States filed', 'filed by the United
 # States'), Boston, Massachusetts, San Francisco, California (twice: after San Francisco and after Sacramento; one
 # entity), Sacramento. Not annotated: 'certain broadcast television stations' (unnamed), the website, the Office of
 # the Clerk, the laws and the court papers
 entities=[E("Organization", DDC), US, E("Company", ENT, "Entercom"), E("Company", CBR),
           E("Organization", ATR)]
          + locs("Boston", "Massachusetts", "San Francisco", "California", "Sacramento"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # "Entercom Communications Corp.'s proposed acquisition of CBS Radio, Inc.", settled on a proposed Final Judgment ->
 # agreed: acquired only (42w, 42z, 43j; **doubtful** as there: the Complaint alleges the deal 'would violate' the
 # Clayton Act). 'requiring Entercom to divest certain broadcast television stations in Boston, ...' -> stations
 # unnamed, no buyer named -> nothing (**near-miss**). No Department in the kept text, so no relation for the
 # Division (its parent is not named here)
 relations=[L(ENT, "acquired", CBR)],
 outages=[],
 # 'November 1, 2017' -> 2017-11-01. Not dates: '16(b)-(h)', '1:17-cv-02268', 'Section 7', '15 U.S.C. 18'
 dates=[D("November 1, 2017", "2017-11-01")])

# ---- Tyson Foods / Hillshire Brands, Federal Register notice, published 2014-09-04 (a Thursday) ----------------------
TYS = "Tyson Foods, Inc."
HIL = "The Hillshire Brands Company"
HHM = "Heinold Hog Markets"
A["us-doj-federal-register-tyson-foods-hillshire-heinold-proposed-final-judgment-2014"] = dict(
 # Companies: Tyson Foods, Inc. (the case name and 'the proposed acquisition by Tyson Foods, Inc.'; 'Tyson', the
 # defined name and 'requires Tyson to divest', an alias), The Hillshire Brands Company (the case name and the
 # acquisition; 'Hillshire', the defined name, an alias), Heinold Hog Markets ('its division that purchases sows': a
 # named business -> Company). Organizations: the court (twice, once in 'the Office of the Clerk of ...'), the
 # Department of Justice (three times, also "Department of Justice's Web site" and 'Department of Justice
 # regulations'), the Antitrust Division (twice), the Antitrust Documents Group. Locations: the United States
 # (plaintiff: 'United States of America, ...' in the case name and 'the United States and the States of ...'),
 # State of Illinois, State of Iowa, State of Missouri (co-plaintiffs: 'State of Illinois, State of Iowa, and State
 # of Missouri' in the case name; 'the States of Illinois, Iowa, and Missouri' -> the bare names as aliases),
 # Washington, DC (the address). Not annotated: 'sows' (a kind of animal bought, no name), the Web site, the Office
 # of the Clerk, the laws and court papers, the street address and the telephone number
 entities=[E("Organization", DDC), US,
           E("Location", "State of Illinois", "Illinois"), E("Location", "State of Iowa", "Iowa"),
           E("Location", "State of Missouri", "Missouri"),
           E("Company", TYS, "Tyson"), E("Company", HIL, "Hillshire"), E("Company", HHM),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
           E("Location", "Washington, DC")],
 # No person in the kept text (the section chief's name is cut off with 'Public comment is invite')
 roles=[],
 # 'the proposed acquisition by Tyson Foods, Inc. (``Tyson'') of The Hillshire Brands Company', settled on a
 # proposed Final Judgment -> agreed: acquired only (42w, 42z, 43j; **doubtful** as there). 'requires Tyson to divest
 # Heinold Hog Markets, its division that purchases sows' -> Heinold Hog Markets under Tyson Foods, Inc.
 # (parentOrganization: 'its division'); the ordered divestiture names no buyer -> nothing (**near-miss**). The
 # Group under the Division and the Division under the Department ('the Department of Justice, Antitrust Division,
 # Antitrust Documents Group')
 relations=[L(TYS, "acquired", HIL), L(HHM, "parentOrganization", TYS), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'August 27, 2014' -> 2014-08-27. Not dates: '16(b)-(h)', '1:14-cv-01474-JEB', 'Section 7', '15 U.S.C. 18',
 # 'Suite 1010', '20530', the telephone number
 dates=[D("August 27, 2014", "2014-08-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
