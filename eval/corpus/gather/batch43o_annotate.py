#!/usr/bin/env python3
"""Batch 43o gold annotations (the texts of batch43o.py: the Antitrust Division's Federal Register notices on the
transaction in which Mid-America Dairymen, Inc. would acquire the voting stock of Borden/Meadow Gold Dairies Holdings,
Inc., 22 September 1997; on the proposed acquisition by Baker Hughes, Inc. of BJ Services Company, 6 May 2010; on Dean
Foods Company's acquisition of the Consumer Products Division of Foremost Farms USA, 5 April 2011; on the purchase by
George's Foods, LLC, George's Family Farms, LLC and George's, Inc. of Tyson Foods, Inc.'s Harrisonburg, Virginia
chicken processing complex, 30 June 2011), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 40zk, 41c, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l and 43m for the Division's notices; GUIDELINES
section 2): 'the proposed acquisition by X of Y' or 'X would acquire the voting stock of Y', settled on a proposed
Final Judgment -> agreed: `acquired` only (42w, 42z, 43j, 43l, 43m); 'the Y division of Z' -> Y under Z (43l's Heinold
Hog Markets, 43m's business of Rio Tinto); 'its affiliate' -> nothing (17d); an asset purchase (a plant, a processing
complex) -> nothing (GUIDELINES); an ordered divestiture of plants, vessels or assets naming no buyer -> nothing
(near-miss); ships' names not entities (GUIDELINES); 'Name, Chief, X Section, Antitrust Division' -> head of the
Section, current, the Section under the Division (21c, 42z, 43h, 43m); 'Department of Justice, Antitrust Division,
Antitrust Documents Group' -> the Group under the Division, the Division under the Department (40zk, 42w, 43h, 43j,
43l, 43m); the United States as plaintiff -> Location, without the case name's 'United States of America' as an alias
(43h, 43j, 43l, 43m); 'City, State' -> two Locations (42k, 43l, 43m); laws, court papers, the Federal Register, the
website, the Office of the Clerk, street addresses and telephone numbers not annotated; the address 'Washington, DC'
-> Location (21c, 40zk, 42w, 43h, 43j, 43l, 43m).
usage: batch43o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Mid-America Dairymen / Borden-Meadow Gold, Federal Register notice, published 1997-09-22 (a Monday) -------------
MAD = "Mid-America Dairymen, Inc."
SFG = "Southern Foods Group LP"
BMG = "Borden/Meadow Gold Dairies Holdings, Inc."
A["us-doj-federal-register-mid-america-dairymen-borden-meadow-gold-proposed-final-judgment-1997"] = dict(
 # Companies: Mid-America Dairymen, Inc. (the case name and the transaction; 'Mid-America', the defined name, an
 # alias; a dairy cooperative, a business -> Company), Southern Foods Group LP (the case name; 'its affiliate
 # Southern Food Group LP' (so printed) and the defined name 'Southern Foods' -> aliases), Milk Products, LLC (the
 # case name only), Borden/Meadow Gold Dairies Holdings, Inc. ('Borden/Meadow Gold', the defined name, an alias).
 # Organization: the Northern District of Texas court. Locations: the United States (plaintiff: 'United States v.'
 # in the case name and 'the United States filed'), Eastern Texas (twice; a region named as such -> Location with its
 # own name; **doubtful**: a reader may annotate 'Texas'), Louisiana (twice). Not annotated: 'the Court' (generic),
 # 'school districts' (unnamed), the laws and court papers
 entities=[E("Organization", "United States District Court for the Northern District of Texas"), US,
           E("Company", MAD, "Mid-America"), E("Company", SFG, "Southern Food Group LP", "Southern Foods"),
           E("Company", "Milk Products, LLC"), E("Company", BMG, "Borden/Meadow Gold")]
          + locs("Eastern Texas", "Louisiana"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'a transaction in which Mid-America Dairymen, Inc. (``Mid-America'') would acquire the voting stock of
 # Borden/Meadow Gold Dairies Holdings, Inc.', challenged and settled on a proposed Final Judgment -> agreed: acquired
 # only (a stock purchase, not assets; **doubtful** as 43m's Suiza/Broughton: 'seeking to enjoin' and 'would have
 # combined them' tell a deal not yet closed, which the settlement lets go ahead). 'Mid-America, through its
 # affiliate Southern Food Group LP' -> nothing (an affiliate is not stated to be owned or a unit; 17d; **doubtful**:
 # a reader may set Southern Foods Group LP under Mid-America). Milk Products, LLC: a defendant with no relation
 # stated in the kept text
 relations=[L(MAD, "acquired", BMG)],
 outages=[],
 # 'September 3, 1997' -> 1997-09-03. Not dates: 'the statutory 60-day public comment period' (a span), '16
 # (b)-(h)', '3:97 CV 2162-P', 'Section 7', '15 U.S.C. Sec. 18'
 dates=[D("September 3, 1997", "1997-09-03")])

# ---- Baker Hughes / BJ Services, Federal Register notice, published 2010-05-06 (a Thursday) --------------------------
BHI = "Baker Hughes, Inc."
BJS = "BJ Services Company"
A["us-doj-federal-register-baker-hughes-bj-services-proposed-final-judgment-2010"] = dict(
 # Companies: Baker Hughes, Inc. (the acquisition; 'Baker Hughes Inc.' in the case name and 'Baker Hughes', the
 # defined name and "Baker Hughes' HR Hughes", aliases), BJ Services Company ('BJ', the defined name and "BJ's Blue
 # Ray", an alias). Organizations: the court (twice, once in 'the Office of the Clerk of ...'), the Department of
 # Justice (three times: the address, "Department of Justice's Web site", 'Department of Justice regulations'), the
 # Antitrust Division (twice), the Antitrust Documents Group. Locations: the United States (plaintiff: 'United States
 # v.' in the case name and 'the United States filed'; also 'the United States Gulf of Mexico'), the Gulf of Mexico,
 # Washington, DC (the address). Not annotated: the vessels 'HR Hughes' and 'Blue Ray' (ships' names are not entities,
 # GUIDELINES), 'vessel stimulation services' (a market, no name), 'the Defendants', 'the Court', the Federal
 # Register, the website, the Office of the Clerk, the laws and court papers, the street address and telephone number
 entities=[E("Organization", DDC), US,
           E("Company", BHI, "Baker Hughes Inc.", "Baker Hughes"), E("Company", BJS, "BJ"),
           E("Location", "Gulf of Mexico"),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
           E("Location", "Washington, DC")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition by Baker Hughes, Inc. (``Baker Hughes'') of BJ Services Company (``BJ'')', settled on a
 # proposed Final Judgment -> agreed: acquired only (42w, 42z, 43j, 43l, 43m; **doubtful** as there). 'divesting
 # their interests in two specially equipped stimulation vessels, Baker Hughes' HR Hughes and BJ's Blue Ray' ->
 # ordered, no buyer named ('to create a new competitor', unnamed) -> nothing (**near-miss**). The Group under the
 # Division, the Division under the Department
 relations=[L(BHI, "acquired", BJS), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'April 27, 2010' -> 2010-04-27. Not dates: 'the same time as the Complaint' (no separate expression), 'within 60
 # days of the date of this notice' (a span), '16(b)-(h)', '1:10-cv-00659', 'Section 7', '15 U.S.C. 18', 'Suite
 # 1010', '20530', the telephone number
 dates=[D("April 27, 2010", "2010-04-27")])

# ---- Dean Foods / Foremost Farms USA, Federal Register notice, published 2011-04-05 (a Tuesday) ----------------------
DFC = "Dean Foods Company"
CPD = "Consumer Products Division"
FFU = "Foremost Farms USA"
EDW = "United States District Court for the Eastern District of Wisconsin"
A["us-doj-federal-register-dean-foods-foremost-farms-proposed-final-judgment-2011"] = dict(
 # Companies: Dean Foods Company (the case name, the acquisition and 'requires Dean Foods Company to divest'), the
 # Consumer Products Division ('the Consumer Products Division of Foremost Farms USA': a named division -> Company,
 # as 43l's Heinold Hog Markets; **doubtful**: a reader may take 'Consumer Products Division' for a generic unit
 # name and leave it out), Foremost Farms USA (a dairy cooperative, a business -> Company). Organizations: the
 # Eastern District of Wisconsin court (twice, once in 'the Office of the Clerk of ...'), the Department of Justice
 # (three times), the Antitrust Division (twice), the Antitrust Documents Group. Locations: the United States
 # (plaintiff: 'United States of America, et al. v.' in the case name and 'the United States and its co-plaintiffs
 # filed'), Waukesha, Wisconsin (the plant's place), Washington, DC (the address). Not annotated: 'its co-plaintiffs'
 # (unnamed), the plant (named only by its town), 'the Court', the Federal Register, the website, the Office of the
 # Clerk, the laws and court papers, the street address and telephone number
 entities=[E("Organization", EDW), US,
           E("Company", DFC), E("Company", CPD), E("Company", FFU)]
          + locs("Waukesha", "Wisconsin")
          + [E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
             E("Location", "Washington, DC")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # "Dean Foods Company's acquisition of the Consumer Products Division of Foremost Farms USA", challenged and settled
 # on the proposed Final Judgment -> acquired only (**doubtful**: the text says 'acquisition' without 'proposed' and
 # 'requires Dean Foods Company to divest its Waukesha, Wisconsin fluid milk plant', which hints that the deal had
 # closed, but it says 'would likely violate' and does not say the deal was completed, nor that the plant came from
 # Foremost; so not read as completed and no parentOrganization under Dean Foods Company, as 43m's
 # Entercom/Lincoln). 'the Consumer Products Division of Foremost Farms USA' -> the division under Foremost Farms USA
 # (parentOrganization; ownership before the sale is still recorded, GUIDELINES). The ordered sale of the Waukesha
 # plant -> no buyer named -> nothing (**near-miss**). The Group under the Division, the Division under the Department
 relations=[L(DFC, "acquired", CPD), L(CPD, "parentOrganization", FFU), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'January 22, 2010' -> 2010-01-22. Not dates: 'within 60 days of the date of this notice' (a span), '16(b)-(h)',
 # '2:10-cv-00059 (JPS)', 'Section 7', '15 U.S.C. 18', 'Suite 1010', '20530', the telephone number
 dates=[D("January 22, 2010", "2010-01-22")])

# ---- George's / Tyson's Harrisonburg complex, Federal Register notice, published 2011-06-30 (a Thursday) -------------
GFL = "George's Foods, LLC"
GFF = "George's Family Farms, LLC"
GIN = "George's, Inc."
TYS = "Tyson Foods, Inc."
TEA = "Transportation, Energy and Agriculture Section"
WDV = "United States District Court for the Western District of Virginia"
A["us-doj-federal-register-georges-foods-tyson-harrisonburg-proposed-final-judgment-2011"] = dict(
 # Companies: George's Foods, LLC (the case name and the acquisition), George's Family Farms, LLC, George's, Inc.
 # (the three buyers, 'collectively, ``George's''': the collective name refers to all three together, so it is no
 # alias of any one; **doubtful**: a reader may give it to George's, Inc. or to George's Foods, LLC), Tyson Foods,
 # Inc. ("Tyson Foods, Inc.'s"; 'Tyson's', the defined name -> 'Tyson', an alias, possessive-free). Organizations:
 # the Western District of Virginia court (twice, once in 'the Office of the Clerk of ...'), the Department of Justice
 # (four times), the Antitrust Division (three times), the Antitrust Documents Group, the Transportation, Energy and
 # Agriculture Section (the chief's section). Person: William H. Stallings. Locations: the United States (plaintiff:
 # 'United States of America v.' in the case name and 'the United States filed'), Harrisonburg (twice: 'Harrisonburg,
 # Virginia chicken processing complex', 'the Harrisonburg facility'), Virginia, Washington, DC (the addresses,
 # twice). Not annotated: the complex or facility (named only by its town: not a named facility), 'the Defendants',
 # 'the Court', the Federal Register, the website, the Office of the Clerk, the laws and court papers, the street
 # address and telephone numbers
 entities=[E("Organization", WDV), US,
           E("Company", GFL), E("Company", GFF), E("Company", GIN), E("Company", TYS, "Tyson")]
          + locs("Harrisonburg", "Virginia")
          + [E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
             E("Location", "Washington, DC"),
             E("Person", "William H. Stallings"), E("Organization", TEA)],
 # 'William H. Stallings, Chief, Transportation, Energy and Agriculture Section, Antitrust Division' -> head of the
 # Section, current (21c, 42z, 43h, 43m)
 roles=[R("William H. Stallings", "head", TEA)],
 # "George's Foods, LLC; George's Family Farms, LLC; and George's, Inc. (collectively, ``George's'') acquisition of
 # Tyson Foods, Inc.'s (``Tyson's'') Harrisonburg, Virginia chicken processing complex, consummated May 7, 2011" ->
 # a completed asset purchase (a processing complex, not a company) -> nothing (GUIDELINES: asset purchases;
 # **near-miss**). The three George's companies: no ownership among them stated (shared name only) -> nothing. The
 # capital improvements -> nothing. The Group and the Section under the Division, the Division under the Department
 relations=[ADG_ATR, ATR_DOJ, L(TEA, "parentOrganization", ATR)],
 outages=[],
 # 'May 10, 2011' -> 2011-05-10; 'May 7, 2011' -> 2011-05-07; 'June 23, 2011' -> 2011-06-23. Not dates: 'within 60
 # days of the date of this notice' (a span), '16(b)-(h)', '5:11-cv-00043', 'Section 7', '15 U.S.C. 18', 'Suite
 # 1010', '20530', the telephone numbers
 dates=[D("May 10, 2011", "2011-05-10"), D("May 7, 2011", "2011-05-07"), D("June 23, 2011", "2011-06-23")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
