#!/usr/bin/env python3
"""Batch 42w gold annotations (the texts of batch42w.py: the Antitrust Division's Federal Register notices on Vulcan
Materials Company's proposed acquisition of Florida Rock Industries, Inc., 4 December 2007; on Martin Marietta
Materials' proposed acquisition of the aggregate business assets of Texas Industries, Inc., 9 July 2014; on
Flakeboard America Limited, Arauco, Inversiones Angelini and SierraPine and the early closure of SierraPine's
Springfield, Oregon mill, 26 November 2014), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 41c, 42b, 42h and 42k for the Federal Register notices, after 21c, 22b, 40zi, 40zk; GUIDELINES
section 2): a deal the Division lets proceed on a settlement that awaits the court ('proposed acquisition') is
agreed -> `acquired` only; an acquisition of a company's business assets is an asset purchase -> nothing
(near-miss); an ordered divestiture -> nothing (near-miss); the Antitrust Division -> `parentOrganization`
Department of Justice where both are named; 'Department of Justice, Antitrust Division, Antitrust Documents Group'
-> the office under the Division (40zk); courts -> Organization; the United States as plaintiff -> Location,
'United States of America' in case names its alias; a state as co-plaintiff ('the State of Texas') -> Location, the
state's bare name in the text its alias (42h's State of Tennessee); a named quarry -> Location (42k); Washington, DC
in an address -> Location (21c, 40zk); the Division's website, the Office of the Clerk, the Federal Register, laws,
court papers and agreements not annotated.
usage: batch42w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC, US

A = {}
ADG = "Antitrust Documents Group"
ADG_ATR = L(ADG, "parentOrganization", ATR)

# ---- Vulcan / Florida Rock, Federal Register notice, published 2007-12-04 --------------------------------------------
VMC = "Vulcan Materials Company"
FRI = "Florida Rock Industries, Inc."
A["us-doj-federal-register-vulcan-materials-florida-rock-proposed-final-judgment-2007"] = dict(
 # Companies: Vulcan Materials Company (defined as 'Vulcan', used again, also in "Vulcan's"; 'Vulcan Materials Co.'
 # in the case name, an alias), Florida Rock Industries, Inc. (defined as 'Florida Rock', used again, also in
 # "Florida Rock's"). Organizations: the court (twice), the Department of Justice ('the Department of Justice,
 # Antitrust Division, Antitrust Documents Group', "the Department of Justice's Web site"), the Antitrust Division,
 # the Antitrust Documents Group (40zk). Locations: the United States (plaintiff; 'United States v.' in the case
 # name, no 'of America'), Atlanta, Georgia, Columbus, Chattanooga, Tennessee, South Hampton Roads (a named region
 # of south-east Virginia), Virginia, Richmond, Chesapeake, Washington, DC (the address and the clerk's place; 21c,
 # 40zk). Not annotated: 'Northwest, West, and Southwest Atlanta', 'South Atlanta', 'Southeast Atlanta' (parts of
 # Atlanta told by direction; **doubtful**: a reader may list 'South Atlanta' and 'Southeast Atlanta' as places),
 # "Florida Rock's Richmond quarry" (a quarry told by its city, not a name: Richmond annotated), 'a Florida Rock
 # distribution yard', 'Florida Rock aggregate quarries' (unnamed assets), 'defendants', 'et al.', the street
 # address, the telephone number, the website, the Office of the Clerk, the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", VMC, "Vulcan", "Vulcan Materials Co."),
           E("Company", FRI, "Florida Rock"),
           E("Location", "United States"), E("Organization", DOJ), E("Organization", ATR),
           E("Organization", ADG), E("Location", "Washington, DC")]
          + locs("Atlanta", "Georgia", "Columbus", "Chattanooga", "Tennessee", "South Hampton Roads", "Virginia",
                 "Richmond", "Chesapeake"),
 # No person in the kept text
 roles=[],
 # "Vulcan's proposed acquisition of Florida Rock", settled on a proposed Final Judgment that orders divestitures
 # -> agreed: acquired only (**doubtful**: the Complaint was filed 'to prevent' the acquisition, and a reader of this
 # text alone may take the deal as challenged rather than agreed; the settlement filed the same day lets it go on
 # with the divestitures, as in 42k's and 42h's notices). The ordered divestitures of Florida Rock quarries, a
 # distribution yard and two Vulcan quarries name no buyer -> nothing (**near-miss**). 'the Department of Justice,
 # Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the Division under the
 # Department (40zk)
 relations=[L(VMC, "acquired", FRI), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'November 13, 2007' (twice) -> 2007-11-13, one item. Not dates: '16(b)-(h)', '1:07-cv-2044', 'Section 7', '15
 # U.S.C. 18', 'Room 215', '20530', '202-514-2481'
 dates=[D("November 13, 2007", "2007-11-13")])

# ---- Martin Marietta / Texas Industries, Federal Register notice, published 2014-07-09 -------------------------------
A["us-doj-federal-register-martin-marietta-texas-industries-proposed-final-judgment-2014"] = dict(
 # Companies: Martin Marietta Materials, Inc. ('Martin Marietta Materials' in the second sentence, an alias), Texas
 # Industries, Inc. (twice; the 'Texas' inside its name is not the state). Organizations: the court (twice), the
 # Department of Justice (three times), the Antitrust Division (twice), the Antitrust Documents Group (40zk).
 # Locations: the United States (plaintiff; 'United States of America' in the case name), the State of Texas
 # (co-plaintiff; 'Texas' three times in 'Dallas, Texas' and 'Frisco, Texas': one state, an alias, as 42h's State of
 # Tennessee; **doubtful**: a reader may keep the co-plaintiff apart from the place), the North Troy quarry (a named
 # site, lower-case 'quarry' kept as 42k's 'Beaver Creek quarry'; **doubtful**: a reader may leave it out as an
 # asset), Mill Creek, Oklahoma, Dallas, Frisco, Washington, DC (the address). Not annotated: 'one rail yard'
 # (unnamed sites), 'the Dallas, Texas area' beyond Dallas and Texas, 'et al.', 'the defendants', the street address,
 # the telephone number, the website, the Office of the Clerk, the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", "Martin Marietta Materials, Inc.", "Martin Marietta Materials"),
           E("Company", "Texas Industries, Inc."),
           US, E("Location", "State of Texas", "Texas"),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
           E("Location", "Washington, DC")]
          + locs("North Troy quarry", "Mill Creek", "Oklahoma", "Dallas", "Frisco"),
 # No person in the kept text
 roles=[],
 # 'the proposed acquisition by Martin Marietta Materials of the aggregate business assets of Texas Industries,
 # Inc.' -> nothing: a purchase of a business's assets, not of the company (GUIDELINES' asset-purchase rule;
 # **near-miss**; **doubtful**: the whole of Texas Industries was bought, which a reader may know, but the kept text
 # tells only the assets, as 42k's Parker-Hannifin/CLARCOR). The ordered divestiture of the North Troy quarry and
 # two rail yards names no buyer -> nothing (**near-miss**). The Documents Group under the Division, the Division
 # under the Department (40zk)
 relations=[ADG_ATR, ATR_DOJ],
 outages=[],
 # 'June 26, 2014' -> 2014-06-26. 'within 60 days of the date of this notice' is a span. Not dates: '16(b)-(h)',
 # '1:14-cv-01079', 'Section 7', '15 U.S.C. 18', 'Suite 1010', '20530', '202-514-2481'
 dates=[D("June 26, 2014", "2014-06-26")])

# ---- Flakeboard / SierraPine, Federal Register notice, published 2014-11-26 ------------------------------------------
A["us-doj-federal-register-flakeboard-sierrapine-proposed-final-judgment-2014"] = dict(
 # Companies: Flakeboard America Limited ('Flakeboard', five times), 'Celulosa Arauco y Constituci\u00f3n, S.A.'
 # ('Arauco'), 'Inversiones Angelini y Compa\u00f1\u00eda, Limitada' (the case name only), SierraPine (also in
 # "SierraPine's"). Organization: the court ('U.S. District Court for the Northern District of California').
 # Locations: the United States (plaintiff, twice; 'United States of America' in the case name), Springfield,
 # Oregon (the mill's place). Not annotated: 'the Springfield mill' / 'Springfield, Oregon particleboard mill' (an
 # unnamed mill: Springfield annotated), 'the defendants', the laws (the Clayton Act, the Hart-Scott-Rodino
 # Antitrust Improvements Act of 1976, 'HSR Act', the Sherman Act) and court papers. The Department of Justice and
 # the Antitrust Division are not in the kept text (no Division relation)
 entities=[E("Organization", "U.S. District Court for the Northern District of California"),
           E("Company", "Flakeboard America Limited", "Flakeboard"),
           E("Company", "Celulosa Arauco y Constituci\u00f3n, S.A.", "Arauco"),
           E("Company", "Inversiones Angelini y Compa\u00f1\u00eda, Limitada"),
           E("Company", "SierraPine"),
           US]
          + locs("Springfield", "Oregon"),
 # No person in the kept text
 roles=[],
 # No relation: the kept text never names the deal behind the case; 'a premature transfer of beneficial ownership
 # to Flakeboard' (before the HSR waiting period ended) and the coordinated closure of SierraPine's mill with the
 # move of its customers to Flakeboard -> nothing (**near-miss**: no purchase told as agreed or done, no object
 # named; the deal, an asset purchase of SierraPine's mills abandoned in September 2014, is not in the text).
 # 'Flakeboard, Arauco, and SierraPine coordinated' and 'agreement between competitors' -> no partner (an unlawful
 # agreement, not a partnership; **near-miss**). No parentOrganization between Flakeboard, Arauco and Inversiones
 # Angelini (**doubtful**: a reader may know Flakeboard as Arauco's subsidiary and Arauco as the Angelini group's,
 # but the kept text only lists them together as defendants)
 relations=[],
 outages=[],
 # 'November 7, 2014' -> 2014-11-07. Not dates: '1976' (inside the law's name, 'Act of 1976'), '16(b)-(h)',
 # '3:14-cv-04949', 'Section 7A', 'Section 1', '15 U.S.C. 18a', '15 U.S.C. 1', '$1.15 million'
 dates=[D("November 7, 2014", "2014-11-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
