#!/usr/bin/env python3
"""Second annotation (agree48) of the 6 articles in /tmp/agree48-tmp (stripped copies), made from their text,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids, and the
conventions settled in second-annotation-45/46/47 README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ, PV, PT = "parentOrganization", "acquired", "provider", "partner"
DOJ, AD = "Department of Justice", "Antitrust Division"

# published 2008-05-15. Antitrust Division Federal Register notice: complaint and proposed final judgment on Regal
# Cinemas' proposed acquisition of Consolidated Theatres Holdings, with theatre divestitures in three North Carolina
# regions.
# Entities: United States District Court for the District of Columbia: Organization (train First Data / AMC-Carmike
# notices: the same court, named in full; "the Office of the Clerk of" it is no entity). United States (the plaintiff,
# "the United States filed"): Location (agree42-46); the truncated caption form "States of America" ("in States of
# America v. Regal ...", a slip for "United States of America") is taken as its alias, as the First Data notice lists
# "United States of America" and agree46 made the slip "MediaGroup, Inc." an alias (doubtful: leave it out). Regal
# Cinemas, Inc., Consolidated Theatres Holdings, GP: Companies (no short forms in the text). Asheville, Charlotte,
# Raleigh, North Carolina: Locations. Department of Justice, Antitrust Division: Organizations. "Washington, DC": one
# Location as written (the First Data notice's "Washington, DC"; the Suiza notice's "Washington, D.C."). Laws (the
# Antitrust Procedures and Penalties Act, the Clayton Act) are not entities.
# Relations: proposed acquisition going ahead under the proposed Final Judgment ("in order to proceed with the proposed
# $210 million transaction") -> acquired(Regal, Consolidated) only (agree42-47). parentOrganization(Antitrust Division,
# Department of Justice): the text only puts the two side by side ("obtained from the Antitrust Division ... Department
# of Justice regulations"), and the train AMC-Carmike notice, with the same sentence and nothing more, gives it.
# Dates: "April 29, 2008" (complaint), "April 30, 2008" (CIS filed). "the same time" is not a date.
RC, CT = "Regal Cinemas, Inc.", "Consolidated Theatres Holdings, GP"
A["us-doj-federal-register-regal-cinemas-consolidated-theatres-proposed-final-judgment-2008"] = dict(
    entities=[E("Organization", "United States District Court for the District of Columbia"),
              E("Location", "United States", "States of America"), E("Company", RC), E("Company", CT),
              E("Location", "Asheville"), E("Location", "Charlotte"), E("Location", "Raleigh"),
              E("Location", "North Carolina"), E("Organization", DOJ), E("Location", "Washington, DC"),
              E("Organization", AD)],
    roles=[],
    relations=[L(RC, AQ, CT), L(AD, PO, DOJ)],
    outages=[],
    dates=[D("April 29, 2008", "2008-04-29"), D("April 30, 2008", "2008-04-30")])

# published 2015-03-13. Justice Department press release: Waste Management must divest small-container commercial waste
# routes in the Topeka and Northwestern Arkansas areas to proceed with its acquisition of Deffenbaugh Disposal.
# Entities: Department of Justice (lower-case "the department" is generic, no alias; "Justice Department" is only in
# the title): Organization. Waste Management Inc. (aliases "WMI", "Waste Management" in the quote) and Deffenbaugh
# Disposal Inc. (aliases "DDI", "Deffenbaugh"): Companies. Antitrust Division: Organization. U.S. District Court for the
# District of Columbia: Organization (the train Danone release, the same wording). Bill Baer: Person. Locations:
# Topeka, Kansas, Northwestern Arkansas (a named region: "two areas in Northwestern Arkansas"; as "Southeast Texas" in
# the train Cruz letter; doubtful: no entity, Arkansas alone), Van Buren, Fort Smith ("Van Buren/Fort Smith": two
# cities), Springdale, Arkansas (on its own in "businesses in Kansas and Arkansas").
# Roles: "Assistant Attorney General Bill Baer of the Antitrust Division" -> head at Antitrust Division, current true
# (train: Delrahim in the Harvard Pilgrim release, Snyder in Danone, the same form).
# Relations: the acquisition proceeds under the proposed settlement -> acquired(WMI, DDI) only (agree42-47; the
# divested routes are assets and give nothing). parentOrganization(Antitrust Division, Department of Justice): the text
# does not say "the Department's Antitrust Division", but the train Harvard Pilgrim release, worded as this one ("of the
# Antitrust Division"), gives it.
# Dates: "today" -> 2015-03-13 (also in "today's": the same text and value, once).
WMI, DDI = "Waste Management Inc.", "Deffenbaugh Disposal Inc."
A["us-doj-waste-management-deffenbaugh-disposal-divest-routes-2015"] = dict(
    entities=[E("Organization", DOJ), E("Company", WMI, "WMI", "Waste Management"),
              E("Company", DDI, "DDI", "Deffenbaugh"), E("Location", "Topeka"), E("Location", "Kansas"),
              E("Location", "Northwestern Arkansas"), E("Location", "Van Buren"), E("Location", "Fort Smith"),
              E("Location", "Springdale"), E("Location", "Arkansas"), E("Organization", AD),
              E("Organization", "U.S. District Court for the District of Columbia"), E("Person", "Bill Baer")],
    roles=[R("Bill Baer", "head", AD)],
    relations=[L(WMI, AQ, DDI), L(AD, PO, DOJ)],
    outages=[],
    dates=[D("today", "2015-03-13")])

# published 2006-06-07. FCC (Wireline Competition Bureau) public notice: streamlined pleading cycle for the domestic
# section 214 application to transfer control of Mpower Communications from Mpower Holding to U.S. TelePacific Holdings.
# Entities: the FCC is named only in "the Commission's rules" -> Organization "Commission" (agree45; the train EarthLink
# / ITC^DeltaCom notice, the same kind of notice); the Bureau is not named in the text. Mpower Holding Corporation
# ("MPHC"), U. S. TelePacific Holdings Corp. ("Holdings", a defined short name), Mpower Communications Corp.
# ("Mpower"): Companies, with the text's spacing "U. S."; the capitals header forms are not aliases (agree45).
# "Applicants" is a defined generic term. Delaware ("a Delaware corporation"): Location (EarthLink notice and others
# in train).
# Relations: the pending transfer of control of Mpower to Holdings -> acquired(Holdings, Mpower) only (agree45; the
# EarthLink notice: acquired of each company whose control moves). "MPHC ... is the parent company of Mpower" ->
# parentOrganization(Mpower, MPHC). No acquired of MPHC (its control does not move; it is the transferor).
# Dates: "June 7, 2006" (released), "June 21, 2006", "June 28, 2006" (due), "May 18, 2006" (filed).
MPHC, TP, MP = "Mpower Holding Corporation", "U. S. TelePacific Holdings Corp.", "Mpower Communications Corp."
A["us-fcc-mpower-communications-mpower-holding-us-telepacific-holdings-domestic-section-214-transfer-of-control-"
  "pleading-cycle-public-notice-2006"] = dict(
    entities=[E("Organization", "Commission"), E("Company", MPHC, "MPHC"), E("Company", TP, "Holdings"),
              E("Company", MP, "Mpower"), E("Location", "Delaware")],
    roles=[],
    relations=[L(TP, AQ, MP), L(MP, PO, MPHC)],
    outages=[],
    dates=[D("June 7, 2006", "2006-06-07"), D("June 21, 2006", "2006-06-21"), D("June 28, 2006", "2006-06-28"),
           D("May 18, 2006", "2006-05-18")])

# published 2016-09-21. FCC public notice: pleading cycle for the applications to transfer control of RCN Telecom
# Services and Grande Communications Networks to Radiate Holdings.
# Entities: "Commission" (only in "the Commission's rules"): Organization. Radiate Holdings, L.P. ("Radiate Holdings"),
# Yankee Cable Partners, LLC ("Yankee Partners"), Grande Investment L.P. ("Grande Investment"): Companies. RCN Telecom
# Services and Grande Communications Networks are named only in the all-capitals header, as "RCN TELECOM SERVICES, LLC"
# and "GRANDE COMMUNICATIONS NETWORKS LLC": Companies named as written there (doubtful). Train gold annotates entities
# that occur only in a capitals header ("FCC" in the Cingular / T-Mobile notice, "MICHAEL K. POWELL" in the Powell
# statement), while header forms of entities named in the body are not aliases (agree45), so "RADIATE HOLDINGS, L.P."
# is no alias. The Communications Act is a law (no entity, no date for "of 1934", agree45).
# Relations: the header's "TRANSFER OF CONTROL OF RCN ... AND GRANDE ... TO RADIATE HOLDINGS" (pending) ->
# acquired(Radiate Holdings, each of the two) only (agree45/47). Doubtful: the body's literal "transfer control of
# various licenses and authorizations held by Yankee Partners and Grande Investment to Radiate Holdings" could give
# acquired(Radiate Holdings, Yankee Partners / Grande Investment) as in the train PanAmSat order; I read Yankee Partners
# and Grande Investment, co-Applicants with the transferee, as the transferors, whose control does not move. Left out:
# parentOrganization(RCN / Grande Communications Networks, Yankee Partners / Grande Investment), which the text implies
# (their licenses are "held by" them) but does not state.
# Dates: "September 21, 2016" (released), "October 21, 2016", "November 7, 2016" (due).
RH, YP, GI = "Radiate Holdings, L.P.", "Yankee Cable Partners, LLC", "Grande Investment L.P."
RCN, GCN = "RCN TELECOM SERVICES, LLC", "GRANDE COMMUNICATIONS NETWORKS LLC"
A["us-fcc-rcn-telecom-services-grande-communications-networks-radiate-holdings-transfer-of-control-pleading-cycle-"
  "public-notice-2016"] = dict(
    entities=[E("Company", RCN), E("Company", GCN), E("Company", RH, "Radiate Holdings"),
              E("Company", YP, "Yankee Partners"), E("Company", GI, "Grande Investment"), E("Organization", "Commission")],
    roles=[],
    relations=[L(RH, AQ, RCN), L(RH, AQ, GCN)],
    outages=[],
    dates=[D("September 21, 2016", "2016-09-21"), D("October 21, 2016", "2016-10-21"),
           D("November 7, 2016", "2016-11-07")])

# published 2003-12-24. SEC litigation release: emergency action (asset freeze) against Security Brokerage and its
# president Daniel Calugar for late trading and market timing in mutual funds managed by Alliance and MFS.
# Entities: Securities and Exchange Commission (alias "Commission"; "SEC" is not in the text): Organization. Security
# Brokerage, Inc. ("Security Brokerage"): Company. Daniel Calugar ("Calugar"): Person. Las Vegas, Los Angeles:
# Locations. Alliance Capital Management ("Alliance") and Massachusetts Financial Services ("MFS"): Companies (the train
# MFS market-timing release: Massachusetts Financial Services Co. a Company); the mutual funds are not entities.
# Robert Clive Jones: Person, a judge, no role (agree45; the train Spongetech release, Irizarry). "the District of
# Nevada" is a judicial district: no entity (agree44-47), no court entity for "The court".
# Roles: "its president and majority owner, Daniel Calugar" -> president at Security Brokerage, Inc., current true
# (majority owner gives no role, agree47). "is an attorney" gives no role (no organisation).
# Relations: none (trading through the funds of Alliance and MFS is no partnership).
# Dates: "December 22, 2003" (filed), "From at least 2001 to 2003" -> "2001", "2003" (agree45), "January 5, 2004"
# (hearing), "December 18, 2003" (transfer). Left out: "the same day" (= December 18, 2003; relative to a date in the
# text, not to `published`; the train Federal Register notices do not date "filed on the same day", while one Welsh
# outage statement dates "the same day": doubtful).
SEC, SB = "Securities and Exchange Commission", "Security Brokerage, Inc."
A["us-sec-security-brokerage-president-calugar-late-trading-emergency-action-2003"] = dict(
    entities=[E("Organization", SEC, "Commission"), E("Company", SB, "Security Brokerage"),
              E("Location", "Las Vegas"), E("Person", "Daniel Calugar", "Calugar"),
              E("Company", "Alliance Capital Management", "Alliance"),
              E("Company", "Massachusetts Financial Services", "MFS"), E("Location", "Los Angeles"),
              E("Person", "Robert Clive Jones")],
    roles=[R("Daniel Calugar", "president", SB)],
    relations=[],
    outages=[],
    dates=[D("December 22, 2003", "2003-12-22"), D("2001", "2001"), D("2003", "2003"),
           D("January 5, 2004", "2004-01-05"), D("December 18, 2003", "2003-12-18")])

# published 2011-08-31. SEC litigation release: fraud charges against Syntax-Brillian's directors/executives Li and
# Chow and against Kolin's chairman Liu and executive Kao over fictitious LCD-TV sales in China.
# Entities: U.S. Securities and Exchange Commission (alias "SEC"; the train Universal / Alliance One release, the same
# form): Organization. Syntax-Brillian Corporation ("Syntax"): Company. Olevia (the brand of LCD televisions it
# developed and sold): Service, provider Syntax-Brillian (GUIDELINES 2: devices users buy are Services). James Li
# ("Li"), Thomas Chow ("Chow"), Christopher Liu, Roger Kao: Persons. Taiwan Kolin Co., Ltd. ("Kolin"): Company.
# South China House of Technology Consultants Co. Ltd. ("SCHOT"): Company. China, Hong Kong: Locations ("Taiwan" only
# inside Kolin's name: no entity). "the Board of Directors" is generic.
# Roles: Li, "a Syntax Director who at times was also its President, Chief Operating Officer and Chief Executive
# Officer" -> director (current true) and president, coo, ceo (current false: "was", past, as past-tense "who was the
# chief executive of" is current false in train; doubtful: all true, nothing in the text says "former"). Chow, "a
# Syntax Director and its Chief Procurement Officer" -> director and executive (train Kraft Heinz: Chief Procurement
# Officer -> executive). Liu, "Kolin's Chairman of the Board" -> chairman at Kolin. Kao, "Kolin's executive and board
# member" -> executive and director at Kolin (train Collins & Aikman: board member -> director). All at the named
# companies, current true unless said above.
# Relations: provider(Olevia, Syntax-Brillian). "Syntax's primary manufacturer, Taiwan Kolin" -> partner(Syntax,
# Kolin) (a supplier relation; direction as the train Zavvi / EUK "Zavvi's supplier": the possessor first).
# "its purported customer in Hong Kong, SCHOT" ("its" = Syntax's, parallel to "Syntax's primary manufacturer"; the
# purported sales are Syntax's) -> partner(Syntax, SCHOT) (doubtful: "purported" and the sales "never occurred"; SCHOT
# was part of the circular cash flow, as the round-trip counterparties of the train Veritas / AOL and the agree46
# Brightpoint / AIG calls).
# Dates: "August 30, 2011", "June 2006", "April 2008" ("from at least June 2006 through April 2008").
SX, KO, SC = "Syntax-Brillian Corporation", "Taiwan Kolin Co., Ltd.", "South China House of Technology Consultants Co. Ltd."
A["us-sec-syntax-brillian-director-ceo-li-kolin-chairman-liu-revenue-fraud-2011"] = dict(
    entities=[E("Organization", "U.S. Securities and Exchange Commission", "SEC"), E("Company", SX, "Syntax"),
              E("Service", "Olevia"), E("Person", "James Li", "Li"), E("Person", "Thomas Chow", "Chow"),
              E("Location", "China"), E("Company", KO, "Kolin"), E("Location", "Hong Kong"), E("Company", SC, "SCHOT"),
              E("Person", "Christopher Liu"), E("Person", "Roger Kao")],
    roles=[R("James Li", "director", SX), R("James Li", "president", SX, False), R("James Li", "coo", SX, False),
           R("James Li", "ceo", SX, False), R("Thomas Chow", "director", SX), R("Thomas Chow", "executive", SX),
           R("Christopher Liu", "chairman", KO), R("Roger Kao", "executive", KO), R("Roger Kao", "director", KO)],
    relations=[L("Olevia", PV, SX), L(SX, PT, KO), L(SX, PT, SC)],
    outages=[],
    dates=[D("August 30, 2011", "2011-08-30"), D("June 2006", "2006-06"), D("April 2008", "2008-04")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree48-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
