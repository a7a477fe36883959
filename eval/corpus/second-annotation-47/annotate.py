#!/usr/bin/env python3
"""Second annotation (agree47) of the 6 articles in /tmp/agree47-tmp (stripped copies), made from their text,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids, and the
conventions settled in second-annotation-45/46 README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, O, R, write
A = {}
PO, AQ, PV, PT = "parentOrganization", "acquired", "provider", "partner"

# published 2003-10-29. Justice Department press release: Sonoco and Pasco abandon Pasco's proposed sale of can-making
# equipment to Sonoco after the Antitrust Division's concerns.
# Entities: "WASHINGTON, D.C." (dateline, only in capitals): Location named as written (the Bank of Boston, First
# Virginia, NationsBank and Halliburton releases in train). Sonoco Products Company ("Sonoco") and Pasco Beverages
# Company ("Pasco"): Companies. Department of Justice: Organization ("the Department" is a generic phrase, no alias, as
# in the train releases; "Justice Department" is only in the title). Antitrust Division: Organization,
# parentOrganization(Antitrust Division, Department of Justice) from "The Department's Antitrust Division" (every train
# Division release). R. Hewitt Pate: Person, "Assistant Attorney General in charge of the Antitrust Division" -> head
# at Antitrust Division, current true (Univision release in train, the same person). United States, Hartsville, South
# Carolina, Orlando, Florida, Norwalk, California, Yakima, Washington (the state, in "Yakima, Washington"), Chicago:
# Locations, city and state apart (train weekly summary: Chicago / Illinois). No Service: packaging products and
# "spiral-wound composite cans" are goods, not named products.
# Relations: none. The deal is an abandoned sale of equipment (assets): no acquired, no partner (GUIDELINES 2:
# abandoned deals and asset purchases give nothing). Doubtful only in that "proposed acquisition" is used once; the
# thing acquired was equipment, not Pasco.
# Dates: "today" -> 2003-10-29. "each year" is not a date.
DOJ, AD = "Department of Justice", "Antitrust Division"
A["us-doj-sonoco-pasco-frozen-juice-can-equipment-deal-abandoned-2003"] = dict(
    entities=[E("Location", "WASHINGTON, D.C."), E("Company", "Sonoco Products Company", "Sonoco"),
              E("Company", "Pasco Beverages Company", "Pasco"), E("Organization", DOJ), E("Organization", AD),
              E("Location", "United States"), E("Person", "R. Hewitt Pate"), E("Location", "Hartsville"),
              E("Location", "South Carolina"), E("Location", "Orlando"), E("Location", "Florida"),
              E("Location", "Norwalk"), E("Location", "California"), E("Location", "Yakima"),
              E("Location", "Washington"), E("Location", "Chicago")],
    roles=[R("R. Hewitt Pate", "head", AD)],
    relations=[L(AD, PO, DOJ)],
    outages=[],
    dates=[D("today", "2003-10-29")])

# published 1993-03-01. Antitrust Division weekly summary, two items of 2/23/93: a bid-rigging information against
# Urethane Applications and its president; a civil complaint with a consent decree on Texas Commerce Bank-Beaumont's
# proposed acquisition of New First City Bank-Beaumont.
# Entities, after the train weekly summary (us-doj-post-gazette-...-weekly-summary-1993): "U.S." (the plaintiff in
# "U.S. v.") is a Location; the court "U.S. District Court in Philadelphia" is an Organization named "U.S. District
# Court" (the city is not part of the name there, "U.S. District Court in Chicago"). The second court is a different
# one: "U.S. District Court in the Northern District of Texas", named with its district as the train Raytheon / USA
# Waste notices ("United States District Court in the District of Columbia") (doubtful: one "U.S. District Court"
# entity for both). Judicial-district abbreviations (E.D. Pa., N.D. Tex.) and laws (Sherman Act, Clayton Act): none.
# Urethane Applications, Inc.: Company; Donald Freeman: Person, "its president and principal shareholder" ->
# president at Urethane Applications, Inc., current true (shareholder gives no role). Texas Commerce Bancshares, Inc.
# (heading; the body writes "Texas Commerce Bancshares Inc.", an alias, and "TCB"): Company (doubtful which form is
# the name). Texas Commerce Bank-Beaumont N.A. (body form; the heading's "Texas Commerce Bank-Beaumont. N.A." is an
# alias, as the heading slip "Delta Pride Catfish. Inc." in the train summary). New First City Bank-Beaumont N.A.
# (alias "New First City-Beaumont"), Chemical Banking Corp.: Companies. Federal Deposit Insurance Corporation:
# Organization. Locations: Philadelphia, Pennsylvania, North Salem, New York (the state: "North Salem, New York" and
# "Pennsylvania, New Jersey and New York"), New Jersey, Houston, Texas, New York City.
# Relations: parentOrganization(Texas Commerce Bank-Beaumont N.A., Texas Commerce Bancshares, Inc.) and
# parentOrganization(Texas Commerce Bancshares, Inc., Chemical Banking Corp.) ("a subsidiary of"). The proposed
# acquisition, challenged but to be resolved by a consent decree -> acquired(Texas Commerce Bank-Beaumont N.A., New
# First City Bank-Beaumont N.A.) only (agree42-46; the Post Gazette item in the train summary). Doubtful, left out:
# parentOrganization(New First City Bank-Beaumont N.A., Federal Deposit Insurance Corporation) from "one of the 20
# bridge banks sold by the FDIC" (the text implies the FDIC held it, but states no ownership; the sale is the very
# deal still "proposed").
# Dates: "2/23/93" (twice, same value: once) -> 1993-02-23; "last month" -> 1993-02 (published 1993-03-01).
TCB, TCBB, NFC = "Texas Commerce Bancshares, Inc.", "Texas Commerce Bank-Beaumont N.A.", "New First City Bank-Beaumont N.A."
A["us-doj-texas-commerce-bancshares-new-first-city-bank-beaumont-weekly-summary-1993"] = dict(
    entities=[E("Location", "U.S."), E("Company", "Urethane Applications, Inc."), E("Person", "Donald Freeman"),
              E("Organization", "U.S. District Court"), E("Location", "Philadelphia"), E("Location", "Pennsylvania"),
              E("Location", "North Salem"), E("Location", "New York"), E("Location", "New Jersey"),
              E("Company", TCB, "Texas Commerce Bancshares Inc.", "TCB"),
              E("Company", TCBB, "Texas Commerce Bank-Beaumont. N.A."),
              E("Organization", "U.S. District Court in the Northern District of Texas"),
              E("Company", NFC, "New First City-Beaumont"), E("Location", "Houston"), E("Location", "Texas"),
              E("Company", "Chemical Banking Corp."), E("Location", "New York City"),
              E("Organization", "Federal Deposit Insurance Corporation")],
    roles=[R("Donald Freeman", "president", "Urethane Applications, Inc.")],
    relations=[L(TCBB, AQ, NFC), L(TCBB, PO, TCB), L(TCB, PO, "Chemical Banking Corp.")],
    outages=[],
    dates=[D("2/23/93", "1993-02-23"), D("last month", "1993-02")])

# published 2006-12-20. FCC Media Bureau public notice: pleading cycle for the applications to transfer control of
# Clear Channel's licensee subsidiaries to the Thomas H. Lee and Bain Capital funds.
# Entities: the FCC, named "the Commission" and "FCC" (only inside the capitals header): Organization "Commission" with
# alias "FCC" (train Verizon Wireless / RCC pleading-cycle notice). Clear Channel Communications, Inc. ("Clear
# Channel"), Thomas H. Lee Equity Fund VI, L.P., Bain Capital (CC) IX, L.P., BT Triple Crown Merger Co., Inc.
# ("MergerCo"): Companies. The capitals header forms are not aliases (agree45). Thomas H. Lee and Bain Capital occur
# only inside the funds' names: not annotated. The Communications Act is a law; "Exhibit 6", the file number and the
# docket are not entities. Clear Channel's licensee subsidiaries and stations are not named.
# Relations: the transfer of control of Clear Channel "from its shareholders to the Transferees" -> acquired(each
# fund, Clear Channel Communications, Inc.) only (pending application: agree45, the SES / New Skies notice in train).
# The text lists Clear Channel itself among the "Transferees" (a drafting quirk); I read the transferees in substance
# as the two funds and give no self-relation. MergerCo "co-owned by the Transferees" -> parentOrganization(MergerCo,
# each fund), as Rhino Merger Sub -> AirTouch in the train RCC notice (doubtful: none, since MergerCo merges away; or
# Clear Channel as a third owner if "Transferees" is taken literally).
# Dates: "December 20, 2006" (released), "January 19, 2007", "February 1, 2007", "February 13, 2007" (due dates),
# "December 12, 2006" (filed). "Communications Act of 1934" gives no date (agree45).
CC, THL, BC, MC = ("Clear Channel Communications, Inc.", "Thomas H. Lee Equity Fund VI, L.P.", "Bain Capital (CC) IX, L.P.",
                   "BT Triple Crown Merger Co., Inc.")
A["us-fcc-clear-channel-thomas-h-lee-bain-capital-transfer-of-control-pleading-cycle-public-notice-2006"] = dict(
    entities=[E("Organization", "Commission", "FCC"), E("Company", CC, "Clear Channel"), E("Company", THL),
              E("Company", BC), E("Company", MC, "MergerCo")],
    roles=[],
    relations=[L(THL, AQ, CC), L(BC, AQ, CC), L(MC, PO, THL), L(MC, PO, BC)],
    outages=[],
    dates=[D("December 20, 2006", "2006-12-20"), D("January 19, 2007", "2007-01-19"), D("February 1, 2007", "2007-02-01"),
           D("February 13, 2007", "2007-02-13"), D("December 12, 2006", "2006-12-12")])

# published 2004-02-11. FCC International Bureau Order and Authorization granting the assignment of five space station
# licenses from Loral Satellite and Loral SpaceCom (debtors-in-possession) to Intelsat North America.
# Entities: International Bureau ("By the Chief, International Bureau"): Organization; no person named; the Commission
# is not named in this text. Loral Satellite Inc. ("Loral Satellite"), Loral SpaceCom Corporation ("Loral SpaceCom"),
# Intelsat North America, LLC ("Intelsat North America"): Companies (text spellings; the title's "Loral Satellite,
# Inc." is not in the text). "DIP" / "Debtor-in-Possession" is a status, not an alias (the ION notice in train);
# "Assignors", "Assignee", "Applicants" are defined generic roles, not aliases.
# Relations: none. An assignment of licenses is a transfer of assets: no acquired (agree46, VoiceStream/Omnipoint;
# the WWC/RCCM assignment order in train has no relation between assignor and assignee). No relation between the two
# Loral companies (the text states none).
# Dates: "February 11, 2004" (adopted and released; same text and value: once).
A["us-fcc-loral-satellite-loral-spacecom-intelsat-north-america-space-station-license-assignment-order-2004"] = dict(
    entities=[E("Organization", "International Bureau"), E("Company", "Loral Satellite Inc.", "Loral Satellite"),
              E("Company", "Loral SpaceCom Corporation", "Loral SpaceCom"),
              E("Company", "Intelsat North America, LLC", "Intelsat North America")],
    roles=[],
    relations=[],
    outages=[],
    dates=[D("February 11, 2004", "2004-02-11")])

# published 2009-03-05. SEC litigation release: settled option-backdating charges against Pediatrix Medical Group
# (now Mednax Services).
# Entities: Securities and Exchange Commission (alias "Commission"; "SEC" is not in the text): Organization.
# Pediatrix Medical Group, Inc.: Company, aliases "Pediatrix" and "Mednax Services, Inc." (a later name given as "now
# known as": an alias, as CenturyLink / Lumen, Converium / SCOR, Hollinger / Sun-Times Media Group in train; doubtful:
# a separate Company). Sunrise, Florida, Miami: Locations. "federal court in Miami" is lower-case: no court entity
# (agree44-46). The "now-deceased former senior financial officer" is unnamed: no Person, no role.
# Relations: none. Dates: "today" -> 2009-03-05; "from approximately 1997 through 2000" -> "1997", "2000" (agree45).
SEC = "Securities and Exchange Commission"
A["us-sec-pediatrix-medical-group-mednax-services-option-backdating-settles-2009"] = dict(
    entities=[E("Organization", SEC, "Commission"),
              E("Company", "Pediatrix Medical Group, Inc.", "Mednax Services, Inc.", "Pediatrix"),
              E("Location", "Sunrise"), E("Location", "Florida"), E("Location", "Miami")],
    roles=[],
    relations=[],
    outages=[],
    dates=[D("today", "2009-03-05"), D("1997", "1997"), D("2000", "2000")])

# published 2004-05-20. SEC press release: settled action against Strong Capital Management and its founder Richard
# Strong over undisclosed frequent trading in Strong mutual funds.
# Entities: Securities and Exchange Commission (aliases "SEC", "Commission"): Organization. Strong Capital
# Management, Inc. (aliases "SCM", "Strong Capital Management"): Company. Richard S. Strong (aliases "Richard Strong",
# "Strong", as in "in the case of Strong" and "Strong and SCM"): Person. The "Strong mutual funds" / "Strong funds"
# are not an entity (the MFS market-timing release in train annotates no fund family); the two affiliated entities
# and two other executives are unnamed. Stephen M. Cutler, Robert J. Burson: Persons. Division of Enforcement,
# Midwest Regional Office: Organizations, each parentOrganization -> SEC ("the SEC's ..."; the Engineered Support and
# Penn Traffic releases in train).
# Roles: Strong "its founder and majority owner" -> founder at SCM, current true (Trident release in train; majority
# owner gives no role). Cutler, "Director of the SEC's Division of Enforcement" -> director (train: Thomsen, Khuzami).
# Burson, "Senior Associate Regional Director of the SEC's Midwest Regional Office" -> other at Midwest Regional
# Office (train: Associate Director -> other, Rosenfeld and Conte; doubtful: director, since Regional Director ->
# director in train, or executive).
# Relations: the two SEC units only. Dates: "today" -> 2004-05-20; "the second time" is not a date.
SCM = "Strong Capital Management, Inc."
A["us-sec-strong-capital-management-founder-richard-strong-market-timing-settlement-2004"] = dict(
    entities=[E("Organization", SEC, "SEC", "Commission"), E("Company", SCM, "SCM", "Strong Capital Management"),
              E("Person", "Richard S. Strong", "Richard Strong", "Strong"), E("Person", "Stephen M. Cutler"),
              E("Organization", "Division of Enforcement"), E("Person", "Robert J. Burson"),
              E("Organization", "Midwest Regional Office")],
    roles=[R("Richard S. Strong", "founder", SCM), R("Stephen M. Cutler", "director", "Division of Enforcement"),
           R("Robert J. Burson", "other", "Midwest Regional Office")],
    relations=[L("Division of Enforcement", PO, SEC), L("Midwest Regional Office", PO, SEC)],
    outages=[],
    dates=[D("today", "2004-05-20")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree47-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
