#!/usr/bin/env python3
"""Batch 41c gold annotations (the texts of batch41c.py: the Antitrust Division's Federal Register notices on AT&T's
proposed acquisition of Dobson Communications, 19 November 2007; on Exelon's proposed acquisition of Public Service
Enterprise Group, 23 August 2006; on Hewlett Packard Enterprise's proposed acquisition of Juniper Networks, 10 July
2025; and on Keysight Technologies' proposed acquisition of Spirent Communications, 12 June 2025), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 21c, 22b, 40zi and 40zk for Antitrust Division texts; GUIDELINES section 2): a deal the
Division lets proceed on a settlement that awaits the court ('the proposed acquisition', 'in order for ... to
proceed') is agreed, not completed -> `acquired` only; a divestiture ordered, even to a named buyer, is not done and
sells assets or business lines -> nothing (near-miss); an interest in a company whose size the text does not tell
-> no parentOrganization (40zk's Grupo Modelo); the Antitrust Division -> `parentOrganization` Department of Justice
where both are named (the Department in 'Department of Justice regulations', 40zk's SABMiller notice); courts ->
Organization; the United States as plaintiff and place -> Location, 'United States of America' in case names its
alias; named US regions defined in the text ('the Mid-Atlantic United States') -> Location (40zi's MidSouth); named
generating stations -> Location (GUIDELINES: a power station is a named facility); a named product sold or a named
software -> Service; businesses, assets, markets and product classes to be divested are not entities; the Office
of the Clerk, the Federal Register, laws and court papers are not annotated; 'the Complaint', 'the Court' and
'the parties' are generic.
usage: batch41c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
ATR_DOJ = L(ATR, "parentOrganization", DOJ)
DDC = "United States District Court for the District of Columbia"
US = E("Location", "United States", "United States of America")
A = {}

# ---- AT&T / Dobson, Federal Register notice, published 2007-11-19 ---------------------------------------------------
A["us-doj-federal-register-att-dobson-proposed-final-judgment-2007"] = dict(
 # Companies: AT&T Inc. ('AT&T'), Dobson Communications Corporation ('Dobson'), Cellular One Properties, LLC.
 # Organization: the court. Locations: the United States (plaintiff; 'United States of America' in the case name)
 # and the four states. No Department of Justice or Antitrust Division in the kept text (the header is cut; the
 # 'Copies ...' paragraph that names them is cut). Not annotated: 'mobile wireless telecommunications services'
 # (a product class), 'Dobson's mobile wireless telecommunications services businesses' and 'entities operating
 # ...' (unnamed businesses), 'seven (7) markets', 'private litigants', the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", "AT&T Inc.", "AT&T"),
           E("Company", "Dobson Communications Corporation", "Dobson"),
           E("Company", "Cellular One Properties, LLC"),
           US] + locs("Kentucky", "Oklahoma", "Texas", "Missouri"),
 roles=[],
 # 'the proposed acquisition by AT&T Inc. ... of Dobson Communications Corporation', 'in order for AT&T to proceed
 # with its $2.8 billion aquisition of Dobson', under a settlement filed with the court -> agreed: acquired only.
 # 'all of Dobson's right, title and interest in Cellular One Properties, LLC' -> **doubtful**: Dobson holds an
 # interest whose size the text does not tell (it may be the whole company) -> no parentOrganization (40zk's
 # Modelo call); its divestiture is ordered, not done, and names no buyer -> nothing. 'AT&T's minority interests in
 # entities ...' names no entity -> nothing
 relations=[L("AT&T Inc.", "acquired", "Dobson Communications Corporation")],
 outages=[],
 # **Doubtful**: 'October 30, 2001' is a misprint in the notice (the complaint was filed on 30 October 2007, case
 # 1:07-cv-01952); the gold follows the text as printed, as a reader of this text alone resolves it. Not dates:
 # '16(b)-(h)', '1:07-cv-01952', 'Section 7', '15 U.S.C. 18', '(1)'-'(3)'
 dates=[D("October 30, 2001", "2001-10-30")])

# ---- Exelon / PSEG, Federal Register notice, published 2006-08-23 ---------------------------------------------------
A["us-doj-federal-register-exelon-pseg-proposed-final-judgment-2006"] = dict(
 # Companies: Exelon Corporation ('Exelon'), Public Service Enterprise Group Incorporated ('PSEG'). Organization:
 # the court. Locations: the United States (plaintiff and 'the Mid-Atlantic United States'), the Mid-Atlantic,
 # Pennsylvania, New Jersey and the six named generating stations (named facilities). Not annotated: 'wholesale
 # electricity' (a market), 'PSEG's electric generation assets' (unnamed assets), 'six electric generation plants'
 # (a count), the customers (unnamed), the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", "Exelon Corporation", "Exelon"),
           E("Company", "Public Service Enterprise Group Incorporated", "PSEG"),
           US, E("Location", "Mid-Atlantic")]
          + locs("Pennsylvania", "New Jersey", "Cromby Generating Station", "Eddystone Generating Station",
                 "Hudson Generating Station", "Linden Generating Station", "Mercer Generating Station",
                 "Sewaren Generating Station"),
 roles=[],
 # 'the proposed acquisition by Exelon Corporation ... of Public Service Enterprise Group Incorporated' under a
 # settlement filed with the court -> agreed: acquired only. 'Exelon's acquisition of PSEG's electric generation
 # assets' is the same deal told by its effect (assets: nothing more). The stations 'to be divested' belong to
 # Exelon or PSEG as the text does not say which, and are Locations -> no relation (**near-miss**: an ordered sale
 # of plants, no buyer named)
 relations=[L("Exelon Corporation", "acquired", "Public Service Enterprise Group Incorporated")],
 outages=[],
 # 'June 22, 2006' -> 2006-06-22. Not dates: '16(b)-(h)', '1:06CV01138', 'Section 7', '15 U.S.C. 18'
 dates=[D("June 22, 2006", "2006-06-22")])

# ---- HPE / Juniper, Federal Register notice, published 2025-07-10 ---------------------------------------------------
A["us-doj-federal-register-hpe-juniper-proposed-final-judgment-2025"] = dict(
 # Companies: Hewlett Packard Enterprise Company ('HPE'; 'Hewlett Packard Enterprise Co.' in the case name),
 # Juniper Networks, Inc. ('Juniper'). Services: HPE Instant On (the product line in 'the HPE Instant On campus and
 # branch business'), Mist AI Ops ('Juniper's Mist AI Ops software'). Organizations: the court ('N.D. Cal.' its
 # citation form), the Antitrust Division, the Department of Justice (in 'Department of Justice regulations').
 # Location: the United States (plaintiff; 'United States of America' in the case name). Not annotated: 'the
 # Antitrust Division's website' and 'http://www.justice.gov/atr' (the Division's web page, not a product users
 # use), the Office of the Clerk, the laws and court papers, 'campus and branch business' (a business line)
 entities=[E("Organization", "United States District Court for the Northern District of California", "N.D. Cal."),
           E("Company", "Hewlett Packard Enterprise Company", "HPE", "Hewlett Packard Enterprise Co."),
           E("Company", "Juniper Networks, Inc.", "Juniper"),
           E("Service", "HPE Instant On"), E("Service", "Mist AI Ops"),
           US, E("Organization", ATR), E("Organization", DOJ)],
 roles=[],
 # 'Hewlett Packard Enterprise Company's ("HPE") proposed acquisition of Juniper Networks, Inc.', settled on a
 # proposed Final Judgment -> agreed: acquired only. 'the HPE Instant On campus and branch business' -> provider
 # HPE (**doubtful**: the name is told as a business to divest; the corpus types a named product line as Service);
 # 'Juniper's Mist AI Ops software' -> provider Juniper. The ordered divestiture and licence name no buyer or
 # licensee -> nothing
 relations=[L("Hewlett Packard Enterprise Company", "acquired", "Juniper Networks, Inc."),
            L("HPE Instant On", "provider", "Hewlett Packard Enterprise Company"),
            L("Mist AI Ops", "provider", "Juniper Networks, Inc."),
            ATR_DOJ],
 outages=[],
 # 'January 30, 2025' -> 2025-01-30; 'June 27, 2025' -> 2025-06-27. 'within 60 days of the date of this notice' is
 # a span (21c's notices). Not dates: '16(b)-(h)', '5:25-CV-00951-PCP', 'Section 7', '15 U.S.C. 18'
 dates=[D("January 30, 2025", "2025-01-30"), D("June 27, 2025", "2025-06-27")])

# ---- Keysight / Spirent, Federal Register notice, published 2025-06-12 ----------------------------------------------
A["us-doj-federal-register-keysight-spirent-proposed-final-judgment-2025"] = dict(
 # Companies: Keysight Technologies, Inc. ('Keysight'), Spirent Communications plc ('Spirent'), Viavi Solutions,
 # Inc. ('Viavi'). Organization: the court. Location: the United States (plaintiff; 'United States of America' in
 # the case name). No Department of Justice or Antitrust Division in the kept text (the header is cut). Not
 # annotated: 'three of Spirent's communications testing and measurement business lines (high-speed ethernet,
 # network security and channel emulation)' (business lines and product classes, not named products), 'relevant
 # personnel', 'transitional services' (unnamed), the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", "Keysight Technologies, Inc.", "Keysight"),
           E("Company", "Spirent Communications plc", "Spirent"),
           E("Company", "Viavi Solutions, Inc.", "Viavi"),
           US],
 roles=[],
 # "Keysight's proposed acquisition of Spirent Communications plc" under a settlement filed with the court ->
 # agreed: acquired only. 'divest to Viavi Solutions, Inc. property and assets related to ... three of Spirent's
 # ... business lines' -> an ordered asset sale, not done -> nothing (**near-miss**). 'obtain various transitional
 # services from Keysight and Spirent' -> an ordered supply arrangement (its grammar leaves the receiver to the
 # reader: Viavi, as the divestiture buyer), not told as a contract -> no partner (**doubtful**)
 relations=[L("Keysight Technologies, Inc.", "acquired", "Spirent Communications plc")],
 outages=[],
 # 'June 2, 2025' -> 2025-06-02. Not dates: '16(b)-(h)', '1:25-cv-01734-CJN', 'Section 7', '15 U.S.C. 18'
 dates=[D("June 2, 2025", "2025-06-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
