#!/usr/bin/env python3
"""Batch 49l gold annotations (the texts of batch49l.py: the Antitrust Division's Federal Register notices on the
settlement of its suit against Knorr-Bremse AG and Westinghouse Air Brake Technologies Corporation over agreements not
to poach employees, 16 April 2018; on the settlement of its suit against Adobe Systems, Inc., Apple Inc., Google Inc.,
Intel Corp., Intuit, Inc. and Pixar over bilateral agreements not to solicit employees, 1 October 2010; on the
settlement of its suit against Lucasfilm Ltd. over its agreement with Pixar, 28 December 2010), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 40zk, 41c, 42b, 42w, 43j, 43m, 47z, 48b, 48f, 48k, 49b, 49e and 49i for the Division's notices;
GUIDELINES section 2): companies said to have entered into agreements not to poach or solicit each other's employees,
in breach of Section 1 of the Sherman Act -> no partner relation (an unlawful restraint the Department alleges
between rivals for workers, not a partnership, joint venture or supply, customer or licensing contract the text
states; 49i's information exchange read the same way; **doubtful**); defined short forms ('Knorr', 'Wabtec',
'Lucasfilm') -> aliases; the United States as plaintiff -> Location, without the case name's 'United States of
America' as an alias (43h, 43j, 47z, 48b, 48k, 49b, 49e, 49i); 'Department of Justice, Antitrust Division, Antitrust
Documents Group' -> the Group under the Division, the Division under the Department (40zk, 42w, 43h, 43j, 43l, 43m);
the Antitrust Division named only beside 'Department of Justice regulations' -> the Division under the Department
(42b, 49i; **doubtful** there); the address 'Washington, DC' -> Location (21c, 40zk, 42w, 43h, 43j, 43l, 43m); laws,
court papers, the Federal Register, the Web site, the Office of the Clerk, street addresses, ZIP codes, telephone
numbers, case numbers and 'et al.' not annotated; 'the Complaint', 'the Court', 'Defendants' are generic.
usage: batch49l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Knorr-Bremse / Wabtec, Federal Register notice, published 2018-04-16 (a Monday) --------------------------------
KB = "Knorr-Bremse AG"
WAB = "Westinghouse Air Brake Technologies Corporation"
A["us-doj-federal-register-knorr-bremse-wabtec-no-poach-agreements-proposed-final-judgment-2018"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Antitrust Division (twice: "the Antitrust Division's website", 'from the Antitrust
 # Division'), the Department of Justice ('Department of Justice regulations'). Companies: Knorr-Bremse AG (the case
 # name and 'Knorr-Bremse AG (``Knorr'')': 'Knorr' an alias, used again in 'requires Knorr and Wabtec'), Westinghouse
 # Air Brake Technologies Corporation (the case name and '(``Wabtec'')': 'Wabtec' an alias, used again). Location: the
 # United States (plaintiff: 'United States of America v.' in the case name, 'the United States filed'). No person.
 # Not annotated: the Antitrust Procedures and Penalties Act and the Sherman Act (laws), the proposed Final Judgment,
 # the Stipulation and Order, the Competitive Impact Statement and the Complaint (court papers), 'Civil Action No.
 # 1:18-cv-00747', the website and 'http://www.justice.gov/atr', the Office of the Clerk, 'employees' (generic)
 entities=[E("Organization", DDC), US, E("Company", KB, "Knorr"), E("Company", WAB, "Wabtec"),
           E("Organization", ATR), E("Organization", DOJ)],
 # No named person in the kept text
 roles=[],
 # 'Knorr-Bremse AG (``Knorr'') and Westinghouse Air Brake Technologies Corporation (``Wabtec'') entered into unlawful
 # agreements not to poach employees' -> an alleged unlawful restraint between the two, not a partnership or contract
 # of the kinds GUIDELINES' partner rule lists -> nothing (**near-miss**; **doubtful**: a reader may record partner
 # (Knorr-Bremse AG, Westinghouse Air Brake Technologies Corporation) from 'entered into ... agreements'). Wabtec's
 # purchase of Faiveley Transport and the agreements with Faiveley's US subsidiary are in the news and the Complaint,
 # not in the kept text -> nothing. 'the Antitrust Division' and 'Department of Justice regulations' -> the Division
 # under the Department (42b, 49i; **doubtful**: the text never puts the two side by side)
 relations=[ATR_DOJ],
 outages=[],
 # 'April 3, 2018' -> 2018-04-03 (the Complaint filed; a Tuesday). Not dates: 'within 60 days of the date of this
 # notice' (a span from the notice's date; 21c, 41c), '16(b)-(h)', '1:18-cv-00747', 'Section 1', '15 U.S.C. 1' (law
 # and case references)
 dates=[D("April 3, 2018", "2018-04-03")])

# ---- Adobe Systems et al., Federal Register notice, published 2010-10-01 (a Friday) ---------------------------------
A["us-doj-federal-register-adobe-apple-google-intel-intuit-pixar-no-solicit-agreements-proposed-final-judgment-2010"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Department of Justice (three times: 'the Department of Justice, Antitrust Division,
 # Antitrust Documents Group', "the Department of Justice's Web site", 'Department of Justice regulations'), the
 # Antitrust Division (twice), the Antitrust Documents Group (an office of the Division, in the address). Companies:
 # Adobe Systems, Inc. (the case name and the list of defendants), Apple Inc., Google Inc., Intel Corp., Intuit, Inc.,
 # Pixar (each once, in the list; the names as the notice writes them, no short forms). Locations: the United States
 # (plaintiff: 'United States of America v.' in the case name, 'the United States filed'), Washington, DC (the
 # Group's address). No person. Not annotated: the Antitrust Procedures and Penalties Act and the Sherman Act (laws),
 # the proposed Final Judgment, the Stipulation, the Competitive Impact Statement and the Complaint (court papers),
 # 'Civil Case No. 1:10-CV-01629', 'et al.', '450 Fifth Street, NW., Suite 1010', '20530', the telephone number, the
 # Web site and 'http://www.justice.gov/atr', the Office of the Clerk, 'Defendants', 'highly skilled technical
 # employees' (generic)
 entities=[E("Organization", DDC), US, E("Company", "Adobe Systems, Inc."), E("Company", "Apple Inc."),
           E("Company", "Google Inc."), E("Company", "Intel Corp."), E("Company", "Intuit, Inc."),
           E("Company", "Pixar"), E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
           E("Location", "Washington, DC")],
 # No named person in the kept text
 roles=[],
 # 'Adobe Systems, Inc., Apple Inc., Google Inc., Intel Corp., Intuit, Inc., and Pixar entered into various bilateral
 # agreements in which they agreed not to actively solicit each other's ... employees' -> alleged unlawful
 # restraints, and the text does not say which pairs made them -> nothing (**near-miss**; **doubtful**: a reader may
 # record partner pairs; none can be read off the text, which says only 'various bilateral agreements'). Pixar as a
 # subsidiary of The Walt Disney Company (2006 on) is outside knowledge, not in the text -> nothing (**near-miss**).
 # 'the Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the
 # Division under the Department (40zk, 43m)
 relations=[ADG_ATR, ATR_DOJ],
 outages=[],
 # 'September 24, 2010' -> 2010-09-24 (the Complaint filed; a Friday). Not dates: '16(b)-(h)', '1:10-CV-01629',
 # 'Section 1', '15 U.S.C. 1', 'Suite 1010', '20530', '202-514-2481' (law, case and address references)
 dates=[D("September 24, 2010", "2010-09-24")])

# ---- Lucasfilm, Federal Register notice, published 2010-12-28 (a Tuesday) -------------------------------------------
LUC = "Lucasfilm Ltd."
A["us-doj-federal-register-lucasfilm-pixar-no-solicit-agreement-proposed-final-judgment-2010"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Department of Justice (twice: 'the Department of Justice, Antitrust Division, Antitrust
 # Documents Group', "the Department of Justice's Web site"), the Antitrust Division (once, in that address), the
 # Antitrust Documents Group. Companies: Lucasfilm Ltd. (the case name and 'Lucasfilm Ltd. and Pixar'; 'Lucasfilm' in
 # 'requires Lucasfilm to refrain', an alias), Pixar (once). Locations: the United States (plaintiff), Washington, DC
 # (the Group's address). No person. Not annotated: the laws, the court papers, 'Civil Case No. 1:10-cv-02220', the
 # street address, ZIP code and telephone number, the Web site, the Office of the Clerk, 'highly skilled digital
 # animators and other employees', 'the other company' (generic)
 entities=[E("Organization", DDC), US, E("Company", LUC, "Lucasfilm"), E("Company", "Pixar"),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG), E("Location", "Washington, DC")],
 # No named person in the kept text
 roles=[],
 # 'Lucasfilm Ltd. and Pixar entered into an agreement, in violation of Section 1 of the Sherman Act ..., in which they
 # agreed not to actively solicit each other's highly skilled digital animators and other employees ...' -> an
 # alleged unlawful restraint between the two studios, not a partnership or contract of the kinds GUIDELINES' partner
 # rule lists -> nothing (**near-miss**; **doubtful**: of this batch's three texts this one states a single agreement
 # between two named companies most plainly, and a reader may record partner(Lucasfilm Ltd., Pixar)). Pixar as Disney's
 # and Lucasfilm as George Lucas's company are outside knowledge -> nothing. 'the Department of Justice, Antitrust
 # Division, Antitrust Documents Group' -> the Group under the Division, the Division under the Department
 relations=[ADG_ATR, ATR_DOJ],
 outages=[],
 # 'December 21, 2010' -> 2010-12-21 (the Complaint filed; a Tuesday). Not dates: '16(b)-(h)', '1:10-cv-02220',
 # 'Section 1', '15 U.S.C. 1', 'Suite 1010', '20530', '202-514-2481'
 dates=[D("December 21, 2010", "2010-12-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
