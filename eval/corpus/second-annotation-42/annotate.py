#!/usr/bin/env python3
"""Second annotation (agree42) of the 6 batch-41 articles in /tmp/agree42-tmp (stripped copies, drawn by pick.py),
made from their text, GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of
other ids, and the conventions settled in second-annotation-41/41b README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2025-11-07. CMA press release: the CMA proposes to accept remedies in Greencore's deal to buy Bakkavor.
# Greencore Group (alias "Greencore") and Bakkavor Group (alias "Bakkavor"): Companies. Competition and Markets
# Authority (alias "CMA"): Organization. Joel Bamford, "Executive Director of Mergers at the CMA" -> director at the
# CMA (executive director -> director; the same person and title get director in
# uk-cma-pennon-sumisho-ses-water-merger-ofwat-concerns-2024). Tesco, Marks & Spencer, Sainsbury's, Waitrose, Asda:
# Companies. UK, Ireland, US, Bristol: Locations (the Bristol plant itself is unnamed).
# Relations: "proposed purchase", "deal to buy", under review -> acquired(Greencore, Bakkavor) only (agreed, not
# completed; as "anticipated acquisition" in uk-cma-poundland-99p-stores and "proposed purchase" in
# uk-cma-stonegate-ei-group). "Both businesses sell their products to supermarkets and grocery retailers such as
# Tesco, ..." -> partner(each business, each named retailer), supplier first, as written (doubtful: a customer
# relation given by examples; train gives partner for "Alias customers include ..." in wn-autodesk-buy-alias-2005;
# the strict reading gives none). The sale of the Bristol plant is an asset sale: nothing. No outage; no dates
# ("in due course", "weekly" are not dates).
GC, BK, CMA = "Greencore Group", "Bakkavor Group", "Competition and Markets Authority"
SHOPS = ["Tesco", "Marks & Spencer", "Sainsbury’s", "Waitrose", "Asda"]
A["uk-cma-greencore-bakkavor-merger-remedies-proposed-2025"] = dict(
    entities=[E("Company", GC, "Greencore"), E("Company", BK, "Bakkavor"), E("Location", "UK"),
              E("Organization", CMA, "CMA"), E("Location", "Ireland"), E("Location", "US")]
    + [E("Company", s) for s in SHOPS]
    + [E("Location", "Bristol"), E("Person", "Joel Bamford")],
    roles=[R("Joel Bamford", "director", CMA)],
    relations=[L(GC, AQ, BK)] + [L(c, PA, s) for c in (GC, BK) for s in SHOPS],
    outages=[],
    dates=[])

# published 2005-07-06. Justice Department press release: ALLTEL must divest assets in Arkansas, Kansas and Nebraska to
# proceed with its acquisition of Western Wireless. Department of Justice (alias "Department", capitalised as in
# doj-media-telecoms-cases-... train gold), its Antitrust Division (parentOrganization to the Department, as in
# us-doj-gray-raycom and us-doj-liberty-latin-america), "U.S. District Court" (in Washington, D.C.; the place is not
# part of its name), Federal Communications Commission (alias "FCC"): Organizations. ALLTEL Corporation (alias
# "ALLTEL") and Western Wireless: Companies. Locations: Washington, D.C. (alias the dateline "WASHINGTON, D.C.", as
# train gives datelines), Arkansas, Kansas, Nebraska.
# Roles: J. Bruce McDonald, "Deputy Assistant Attorney General in the Department's Antitrust Division" -> other at the
# Antitrust Division (a deputy, not its head; train gives FTC bureau deputy directors `other`; doubtful: executive).
# Relations: "in order to proceed with its $6 billion acquisition of Western Wireless" (a lawsuit filed to block the
# proposed transaction, settled by consent decree awaiting court approval) -> acquired(ALLTEL, Western Wireless) only.
# The FCC coordination is no partnership. The divestiture buyers are unnamed. No outage.
# Dates: "today" -> 2005-07-06 ("Today's action" is the same text and value, listed once).
DOJ, AD, AT, WW = "Department of Justice", "Antitrust Division", "ALLTEL Corporation", "Western Wireless"
A["us-doj-alltel-western-wireless-divest-arkansas-kansas-nebraska-2005"] = dict(
    entities=[E("Location", "Washington, D.C.", "WASHINGTON, D.C."), E("Organization", DOJ, "Department"),
              E("Company", AT, "ALLTEL"), E("Location", "Arkansas"), E("Location", "Kansas"), E("Location", "Nebraska"),
              E("Company", WW), E("Organization", AD), E("Organization", "U.S. District Court"),
              E("Person", "J. Bruce McDonald"), E("Organization", "Federal Communications Commission", "FCC")],
    roles=[R("J. Bruce McDonald", "other", AD)],
    relations=[L(AD, PO, DOJ), L(AT, AQ, WW)],
    outages=[],
    dates=[D("today", "2005-07-06")])

# published 2025-06-12. Federal Register notice of the proposed Final Judgment in United States v. Keysight.
# United States District Court for the District of Columbia: Organization. "United States of America" (alias "United
# States", the plaintiff): Location, as a country (doubtful: the plaintiff is the federal government, so Organization,
# or left out; the full name takes the short one as alias, as the agree41 Venezuela call). Keysight Technologies, Inc.
# (alias "Keysight"), Spirent Communications plc (alias "Spirent"), Viavi Solutions, Inc. (alias "Viavi"): Companies.
# The Acts are laws: no entities. The three business lines (high-speed ethernet, ...) are unnamed products: nothing.
# Relations: "Keysight's proposed acquisition of Spirent" (going ahead under a consent judgment) ->
# acquired(Keysight, Spirent) only. The divestiture to Viavi is an asset sale: nothing. "obtain various transitional
# services from Keysight and Spirent" (read: Viavi obtains them) -> partner(Keysight, Viavi), partner(Spirent, Viavi),
# supplier first (doubtful; train gives partner(Endo, Rising) for required transitional services and supply in
# ftc-competition-cases-endo-par-wright-medical-tornier, partner(Teva, Par) for a required supply agreement; none is
# the alternative). No outage.
# Dates: "June 2, 2025" -> 2025-06-02. The case and statute numbers are no dates.
KS, SP, VV = "Keysight Technologies, Inc.", "Spirent Communications plc", "Viavi Solutions, Inc."
A["us-doj-federal-register-keysight-spirent-proposed-final-judgment-2025"] = dict(
    entities=[E("Organization", "United States District Court for the District of Columbia"),
              E("Location", "United States of America", "United States"), E("Company", KS, "Keysight"),
              E("Company", SP, "Spirent"), E("Company", VV, "Viavi")],
    roles=[],
    relations=[L(KS, AQ, SP), L(KS, PA, VV), L(SP, PA, VV)],
    outages=[],
    dates=[D("June 2, 2025", "2025-06-02")])

# published 2021-09-03. SEC litigation release: the SEC charges Kraft Heinz and two former executives.
# Securities and Exchange Commission (alias "SEC"): Organization. The Kraft Heinz Company (alias "Kraft"): Company (the
# article's fullest form, with "The", as "The Walt Disney Company" in train). Eduardo Pelleissone, "Kraft's former
# Chief Operating Officer" -> coo, current false. Klaus Hofmann (alias "Hofmann"), "its former Chief Procurement
# Officer" -> executive (chief officers other than the listed ones -> executive), current false. The procurement
# division is unnamed: nothing. No relations, no outage.
# Dates: "today" -> 2021-09-03; "the last quarter of 2015" -> 2015-Q4 (as "the final quarter of 2009" in train);
# "the end of 2018" -> 2018 (as "the end of 2009" / "the end of 2017" in train); "June 2019" -> 2019-06. "several
# years" is not dated.
SEC, KH = "Securities and Exchange Commission", "The Kraft Heinz Company"
A["us-sec-kraft-heinz-former-coo-procurement-officer-accounting-scheme-2021"] = dict(
    entities=[E("Organization", SEC, "SEC"), E("Company", KH, "Kraft"), E("Person", "Eduardo Pelleissone"),
              E("Person", "Klaus Hofmann", "Hofmann")],
    roles=[R("Eduardo Pelleissone", "coo", KH, False), R("Klaus Hofmann", "executive", KH, False)],
    relations=[],
    outages=[],
    dates=[D("today", "2021-09-03"), D("the last quarter of 2015", "2015-Q4"), D("the end of 2018", "2018"),
           D("June 2019", "2019-06")])

# published 2022-04-20. SEC press release: Stericycle charged with bribery schemes in Latin America.
# Securities and Exchange Commission (alias "SEC"): Organization; its Miami Regional Office: Organization with
# parentOrganization SEC (as the FTC bureaus in train, e.g. ftc-sues-zillow-redfin). Stericycle, Inc. (alias
# "Stericycle"): Company. Argentina, Brazil, Mexico, Latin America: Locations. Eric I. Bustillo, "Director of the SEC's
# Miami Regional Office" -> director at Miami Regional Office (train gives FTC bureau directors `director`; doubtful:
# head, as one train file gives). The FCPA is a law: no entity. Government customers and vendors are unnamed: no
# relations beyond the office's. No outage.
# Dates: "today" -> 2022-04-20; "2012" ("from at least 2012") -> 2012; "2016" ("to 2016", "prior to 2016", one item)
# -> 2016. "many years" is not dated.
ST, MRO = "Stericycle, Inc.", "Miami Regional Office"
A["us-sec-stericycle-latin-america-bribery-miami-regional-office-2022"] = dict(
    entities=[E("Organization", SEC, "SEC"), E("Company", ST, "Stericycle"), E("Location", "Argentina"),
              E("Location", "Brazil"), E("Location", "Mexico"), E("Location", "Latin America"),
              E("Person", "Eric I. Bustillo"), E("Organization", MRO)],
    roles=[R("Eric I. Bustillo", "director", MRO)],
    relations=[L(MRO, PO, SEC)],
    outages=[],
    dates=[D("today", "2022-04-20"), D("2012", "2012"), D("2016", "2016")])

# published 2023-09-29. SEC litigation release: Michael E. Lewitt and Third Friday Management charged.
# Securities and Exchange Commission (alias "SEC"): Organization. Michael E. Lewitt (alias "Lewitt"): Person. Boca
# Raton, Florida: Locations. Third Friday Management, LLC (alias "Third Friday", the defined short name): Company.
# Third Friday Total Return Fund, L.P. (alias "Fund", the capitalised defined short name, as "Commission",
# "Division", "Department", "Bank" are aliases in train): Company (train types "EnCap Capital Fund XI, L.P." Company).
# Roles: "Lewitt is Third Friday's sole managing member and majority owner" -> executive at Third Friday Management
# (a managing member runs an LLC: "manager" -> executive; doubtful: head, or no role since ownership alone gives
# none in train). No relation between the adviser and its fund (the text says it manages and markets it, not that it
# owns it; doubtful: parentOrganization(Fund, Third Friday Management)). The S&P 500 Index is a stock index: no
# entity. The bankrupt hospital company is unnamed. No outage.
# Dates: "September 29, 2023" -> 2023-09-29; "2012" -> 2012; "January 2018" -> 2018-01 (occurs three times, listed
# once); "November 2019" -> 2019-11; "March 2020" -> 2020-03.
TFM, TFF, ML = "Third Friday Management, LLC", "Third Friday Total Return Fund, L.P.", "Michael E. Lewitt"
A["us-sec-third-friday-management-lewitt-fund-misappropriation-2023"] = dict(
    entities=[E("Organization", SEC, "SEC"), E("Person", ML, "Lewitt"), E("Location", "Boca Raton"), E("Location", "Florida"),
              E("Company", TFM, "Third Friday"), E("Company", TFF, "Fund")],
    roles=[R(ML, "executive", TFM)],
    relations=[],
    outages=[],
    dates=[D("September 29, 2023", "2023-09-29"), D("2012", "2012"), D("January 2018", "2018-01"),
           D("November 2019", "2019-11"), D("March 2020", "2020-03")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree42-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
