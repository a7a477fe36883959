#!/usr/bin/env python3
"""Batch 44q gold annotations (the texts of batch44q.py: the Antitrust Division's Federal Register notices on United
States, et al. v. Waste Management, Inc., et al., Waste Management's proposed acquisition of Eastern Environmental
Services, Inc., 26 February 1999, and on United States v. Computer Associates International, Inc. and Legent
Corporation, a transaction by which Computer Associates agreed to acquire Legent, 8 September 1995), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 42w, 42z, 43c, 43j, 43l, 43q, 43s, 43v, 44a, 44c, 44e, 44i, 44m and 44n for
the Division's notices; GUIDELINES section 2): "X's proposed acquisition of Y" / 'a transaction by which X agreed to
acquire Y', challenged and settled on a proposed Final Judgment -> agreed: `acquired` only (42w-44n); a defendant whose
tie to the others the text does not state -> no relation (44c's co-defendant, 43v's Hicks Muse); courts ->
Organization, named as the text names them, misprint included (44n kept 'Northrup' in a title and 'tot he' in a text;
here the name must be the text's form); the United States as plaintiff or place -> Location, without the case name's
form as an alias (43q, 43v, 44a, 44e, 44i, 44m); states as co-plaintiffs -> Location (GUIDELINES: states are
Location); market towns -> Location each, a 'Town/Town' market as two towns, the state abbreviations after them left
to the towns (43v, 44c); product kinds with no product name ('VSE tape management software') not annotated; laws,
court papers, 'the Court', 'defendants' not annotated.
usage: batch44q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10
from batch41c_annotate import DDC

A = {}
US = E("Location", "United States")

# ---- Waste Management / Eastern Environmental Services, Federal Register notice, published 1999-02-26 (a Friday) ----
WM = "Waste Management, Inc."
EES = "Eastern Environmental Services, Inc."
A["us-doj-federal-register-waste-management-eastern-environmental-proposed-final-judgment-1999"] = dict(
 # Companies: Waste Management, Inc. (the case name; 'Waste Management' in "Waste Management's proposed acquisition"
 # and 'requires Waste Management and Eastern', an alias), Ocho Acquisition Corp. (the case name only), Eastern
 # Environmental Services, Inc. (the case name; 'Eastern' twice, an alias). Organization: the court as printed, 'the
 # Untied States District Court for the Eastern District of New York' (the notice's misprint for 'United' kept in the
 # name, the only form in the text; **doubtful**: a reader may write the court's true name, which the text does not
 # hold). Locations: Brooklyn (the court's seat; 'NY' after it left to it); the United States (plaintiff: 'United
 # States and States of New York ...' in the case name, 'the United States, New York Pennsylvania and Florida filed');
 # New York (the state as co-plaintiff, 'States of New York and Florida', 'New York Pennsylvania and Florida', and the
 # market 'New York, NY': one name for the state and the city, **doubtful**: a reader may keep the city apart, but
 # an entity's name is one string); Florida (co-plaintiff); Commonwealth of Pennsylvania (co-plaintiff; 'Pennsylvania'
 # in 'New York Pennsylvania and Florida', an alias; 'PA' after the towns left to them); the market towns Pittsburgh,
 # Bethlehem, Allentown ('Bethlehem/Allentown, PA' -> two towns), Carlisle, Chambersburg ('Carlisle/Chambersburg, PA
 # area' -> two towns), Miami, Ft. Lauderdale ('Miami/Ft. Lauderdale' -> two towns, 'Ft. Lauderdale' as written),
 # Tampa ('suburban Tampa, FL'; 'FL' left to it). Not annotated: 'nine markets around the country' (unnamed), 'the
 # country' (generic), 'municipal solid waste', 'commercial waste' (kinds of service, no product name), the laws and
 # court papers, the civil number
 entities=[E("Organization", "Untied States District Court for the Eastern District of New York"),
           E("Location", "Brooklyn"), US, E("Location", "New York"), E("Location", "Florida"),
           E("Location", "Commonwealth of Pennsylvania", "Pennsylvania"), E("Company", WM, "Waste Management"),
           E("Company", "Ocho Acquisition Corp."), E("Company", EES, "Eastern")]
          + locs("Pittsburgh", "Bethlehem", "Allentown", "Carlisle", "Chambersburg", "Miami", "Ft. Lauderdale",
                 "Tampa"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # "Waste Management's proposed acquisition of Eastern", challenged by the Complaint and settled on a proposed Final
 # Judgment that 'requires Waste Management and Eastern to divest' -> agreed: acquired only (42w-44n; **doubtful** as
 # there: the notice does not say the deal closed, so no parentOrganization). Ocho Acquisition Corp.: a defendant
 # named only in the case name, its tie to Waste Management not stated -> nothing (**near-miss**; **doubtful**: a
 # reader who knows acquisition vehicles may set it under Waste Management; the text does not say so). The
 # divestitures name no buyer -> nothing
 relations=[L(WM, "acquired", EES)],
 outages=[],
 # 'November 17, 1998' -> 1998-11-17; 'December 31, 1998' -> 1998-12-31. Not dates: '16(b)-(h)', 'Civ. No. 98 CV
 # 7168 (FB)', 'Section 7', '15 U.S.C. 18'
 dates=[D("November 17, 1998", "1998-11-17"), D("December 31, 1998", "1998-12-31")])

# ---- Computer Associates / Legent, Federal Register notice, published 1995-09-08 (a Friday) --------------------------
CA = "Computer Associates International, Inc."
LEG = "Legent Corporation"
A["us-doj-federal-register-computer-associates-legent-proposed-final-judgment-1995"] = dict(
 # Companies: Computer Associates International, Inc. (the case name; 'Computer Associates' three times and "CA's"
 # once, both aliases: 'CA' is the notice's short form, not defined in the kept text but plainly the same company),
 # Legent Corporation (the case name; 'Legent' three times with "Legent's", an alias). Organization: the court, 'the
 # United States District Court for the District of Columbia'. Location: the United States (plaintiff: 'the United
 # States filed a Complaint', 'determined by the United States'; 'United States v.' in the case name the same
 # entity). Not annotated: 'VSE' and the product kinds ('VSE tape management software', 'cross-platform systems
 # management software', "Legent's VSE products": kinds of software, no product named; **doubtful**: a reader may
 # take 'VSE' for a Service, but the text names no maker for it), 'mainframe computers', 'a person determined by the
 # United States' (unnamed licensee), the laws and court papers
 entities=[E("Organization", DDC), US, E("Company", CA, "Computer Associates", "CA"), E("Company", LEG, "Legent")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'a transaction by which Computer Associates agreed to acquire Legent', challenged by the Complaint ('seeking to
 # enjoin') and settled on a proposed Final Judgment -> agreed: acquired only (42w-44n; **doubtful** as there: the
 # notice does not say the deal closed). 'Legent is CA's major competitor' -> rivals, no partner relation. The
 # licence to 'a person determined by the United States' names no licensee -> nothing
 relations=[L(CA, "acquired", LEG)],
 outages=[],
 # 'July 28, 1995' -> 1995-07-28. Not dates: '16(b)-(h)', 'Civil No. 95 CV 1398', 'Section 7', '15 U.S.C. 18'
 dates=[D("July 28, 1995", "1995-07-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
