#!/usr/bin/env python3
"""Batch 43s gold annotations (the texts of batch43s.py: the Antitrust Division's Federal Register notices on the
transaction in which The Thomson Corporation agreed to acquire West Publishing Company, 5 July 1996, and on the
proposed acquisition by Computer Associates International, Inc. of PLATINUM Technology International, Inc., 17 June
1999; the Division's release on the Department's intention to block the proposed joint venture between Franklin
Electric Co. Inc. and United Dominion Industries Inc., 30 May 2000), written from the texts alone; newskg was not run
on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o and 43q for the
Division's texts; GUIDELINES section 2): 'X agreed to acquire Y' or 'the proposed acquisition by X of Y', challenged
and settled on a proposed Final Judgment -> agreed: `acquired` only (42w-43q); "X's subsidiary Y" -> Y under X
(parentOrganization); 'a proposed joint venture between X and Y' -> partner, direction as written (GUIDELINES:
joint venture; **doubtful** here, the Department meaning to block it); an unnamed joint venture -> no entity; a
brand a company 'sells ... under' -> Service with that company its provider (43j's brands as Service); operating
systems named -> Service; the United States as plaintiff or place -> Location, without the case name's 'United
States of America' as an alias (43h-43o); courts -> Organization; the dateline 'WASHINGTON, D.C.', the only form in
the text, named as printed (43q); 'today' resolved against `published` (41h, 43c, 43q); 'the Court', 'the
Department', product classes (legal publications, systems management software, STPs), laws and court papers not
annotated; an ordered divestiture naming no buyer -> nothing (near-miss).
usage: batch43s_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10
from batch41c_annotate import DOJ, DDC

A = {}
US = E("Location", "United States")

# ---- Thomson / West Publishing, Federal Register notice, published 1996-07-05 (a Friday) -----------------------------
THO = "The Thomson Corporation"
WPC = "West Publishing Company"
A["us-doj-federal-register-thomson-west-publishing-proposed-final-judgment-1996"] = dict(
 # Companies: The Thomson Corporation (the case name and the transaction; 'Thomson', the defined name, three times, an
 # alias), West Publishing Company (the case name and the transaction; 'West', the defined name, twice, an alias).
 # Organization: the District of Columbia court. Location: the United States (plaintiff: 'United States vs.' in the
 # case name and 'the United States filed'). Not annotated: 'the Court' (generic); 'the only two annotated United
 # States Codes' (a law's editions, product class); 'the only two enhanced U.S. Supreme Court reporters' (a product
 # class named after the court; **doubtful**: a reader may annotate 'U.S. Supreme Court' as an Organization; as a
 # company named only inside a product name is not annotated, GUIDELINES); 'law books and legal research materials',
 # '51 legal publications' (unnamed); the laws and court papers
 entities=[E("Organization", DDC), US,
           E("Company", THO, "Thomson"), E("Company", WPC, "West")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'a transaction in which The Thomson Corporation (``Thomson'') agreed to acquire West Publishing Company
 # (``West'')', challenged and settled on a proposed Final Judgment -> agreed: acquired only (42w-43q; **doubtful** as
 # there: 'seeking to enjoin' and 'the proposed acquisition' tell a deal not yet closed). 'orders defendants to divest
 # 51 legal publications to one or more purchasers' -> no buyer named -> nothing (**near-miss**)
 relations=[L(THO, "acquired", WPC)],
 outages=[],
 # 'June 19, 1996' -> 1996-06-19. Not dates: 'the statutory 60-day public comment period' (a span), '16(b)-(h)',
 # '96-1415', 'section 7', 'Section 1', '15 U.S.C. 18', '15 U.S.C. 1'
 dates=[D("June 19, 1996", "1996-06-19")])

# ---- Computer Associates / PLATINUM Technology, Federal Register notice, published 1999-06-17 (a Thursday) ----------
CAI = "Computer Associates International, Inc."
PTI = "PLATINUM Technology International, Inc."
A["us-doj-federal-register-computer-associates-platinum-technology-proposed-final-judgment-1999"] = dict(
 # Companies: Computer Associates International, Inc. (the allegation's form, the fullest without the stray comma;
 # 'Computer Associates, International, Inc.' in the case name, an alias; '(CA)', the defined name, an alias),
 # PLATINUM Technology International, Inc. (the case name and the allegation; '(Platinum)', the defined name, an
 # alias), IBM ('IBM and IBM-compatible mainframe computers': the maker named on its own -> Company; **doubtful**: a
 # reader may leave it out as part of a product class). Services: MVS ('the MVS (now renamed OS/390) ... operating
 # systems', then 'MVS (OS/390)' four times: one operating system under its old and new names -> one Service, 'OS/390'
 # an alias; **doubtful**: a reader may give OS/390 its own entity or name the Service 'OS/390', the current name),
 # VSE (an operating system, three times). Organization: the District of Columbia court. Location: the United States
 # (plaintiff, twice: 'the United States filed'). Not annotated: the seven software product classes ('job scheduling
 # and rerun software' and the like: unnamed), 'mainframe computers' (a class), the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", CAI, "Computer Associates, International, Inc.", "CA"), E("Company", PTI, "Platinum"),
           US, E("Company", "IBM"), E("Service", "MVS", "OS/390"), E("Service", "VSE")],
 # No person in the kept text
 roles=[],
 # 'the proposed acquisition by Computer Associates International, Inc. (CA) of PLATINUM Technology International,
 # Inc. (Platinum)', challenged and settled on a proposed Amended Final Judgment -> agreed: acquired only (42w-43q).
 # MVS/OS/390 and VSE: the text does not say who makes them -> no provider (**doubtful**: a reader sure that IBM makes
 # both may set IBM as provider of each; the text ties them only to 'IBM and IBM-compatible mainframe computers')
 relations=[L(CAI, "acquired", PTI)],
 outages=[],
 # 'May 25, 1999' -> 1999-05-25; 'June 8, 1999' -> 1999-06-08. Not dates: '16(b)-(h)', '1:99CV01318', 'Section 7',
 # '15 U.S.C. 18', the numbers (1) to (7)
 dates=[D("May 25, 1999", "1999-05-25"), D("June 8, 1999", "1999-06-08")])

# ---- Franklin Electric / United Dominion Industries, Division release, published 2000-05-30 (a Tuesday) -------------
FEC = "Franklin Electric Co. Inc."
UDI = "United Dominion Industries Inc."
MAR = "The Marley Company"
A["us-doj-franklin-electric-united-dominion-fe-petro-marley-joint-venture-2000"] = dict(
 # Companies: Franklin Electric Co. Inc. ('Franklin Electric', "Franklin Electric's", aliases), United Dominion
 # Industries Inc. ("United Dominion's", 'United Dominion' an alias), FE Petro ("Franklin Electric's subsidiary FE
 # Petro", 'FE Petro, which has ...'), The Marley Company ('Marley' twice, an alias). Service: Red Jacket ('sells STPs
 # under the brand name "Red Jacket."': a brand of a product users buy -> Service, as 43j's brands). The '"FE Petro"
 # brand name' shares the company's name and is left to the company's name (**doubtful**: a reader may make a Service
 # 'FE Petro' too; one surface form cannot name two entities). Organization: the Department of Justice. Locations:
 # 'WASHINGTON, D.C.' (the dateline, the only form in the text, named as printed, 43q), the United States ('in the
 # United States'; 'the U.S.' twice, an alias). Not annotated: submersible turbine pumps (STPs), 'gasoline service
 # stations', 'underground storage tanks', 'island dispensers' (product classes and sites unnamed), the joint venture
 # (unnamed), 'The companies', 'the two companies', the lawsuit
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ),
           E("Company", FEC, "Franklin Electric"), E("Company", UDI, "United Dominion"),
           E("Location", "United States", "U.S."),
           E("Company", "FE Petro"), E("Company", MAR, "Marley"), E("Service", "Red Jacket")],
 # No person in the kept text (the quotation's speaker is cut off)
 roles=[],
 # "Franklin Electric's subsidiary FE Petro" -> FE Petro under Franklin Electric Co. Inc.; "United Dominion's
 # subsidiary, The Marley Company" -> Marley under United Dominion Industries Inc. (parentOrganization). 'a proposed
 # joint venture between Franklin Electric Co. Inc. and United Dominion Industries Inc.' -> partner, Franklin Electric
 # first as written (**doubtful**: the Department announces its intention to sue to block it, and a reader may give
 # nothing, as for a deal blocked or abandoned; it is not yet blocked in the text, and agreed deals get `acquired`
 # only, so the agreed joint venture gets partner). 'Marley ... sells STPs under the brand name "Red Jacket."' -> Red
 # Jacket provider The Marley Company. 'The joint venture would be 75 percent owned by Franklin Electric and 25
 # percent owned by Marley' -> the venture is unnamed -> nothing (**near-miss**); 'would combine the assets of ... FE
 # Petro and the petroleum related assets of ... The Marley Company' -> an asset combination, nothing (**near-miss**)
 relations=[L("FE Petro", "parentOrganization", FEC), L(MAR, "parentOrganization", UDI),
            L(FEC, "partner", UDI), L("Red Jacket", "provider", MAR)],
 outages=[],
 # 'today' -> 2000-05-30. Not dates: 'over 90 percent', '60 percent', '40 percent', '75 percent', '25 percent'
 dates=[D("today", "2000-05-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
