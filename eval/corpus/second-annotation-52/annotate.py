#!/usr/bin/env python3
"""Second annotation (agree52) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree52-tmp, made from
their text with GUIDELINES.md and GOLD_FORMAT.md; open points were settled from train gold of other ids (listed in this
folder's README) and the conventions of earlier second annotations.
Writes the gold files into the folder given as the first argument (default: this script's folder), through the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ, PV = "parentOrganization", "acquired", "provider"

# published 2001-08-20. CFTC release: complaint against the FCM Excellent USA and its managing director Gallwas, and a
# settled complaint against LFG, for failing to supervise two Japanese firms' omnibus accounts.
# Entities: the Commission (name as written, alias CFTC): Organization. Excellent USA, Inc. (short form "Excellent
# USA") and LFG, L.L.C.: Companies ("FCM" is a class noun, no alias). John F. Gallwas ("Gallwas"): Person. "Chicago,
# Illinois": two Locations (the split most train CFTC files use). The two Japanese firms are unnamed; "Japanese" is an
# adjective, no Location.
# Roles: "its managing director, John F. Gallwas" -> director at Excellent USA (GUIDELINES 2: managing director ->
# director), current (nothing says he left).
# Relations: none (the clients are unnamed; LFG is not tied to Excellent USA by the text).
# Dates: "today" -> 2001-08-20; "March 1994"; "January 1998".
CF = "Commodity Futures Trading Commission"
EX = "Excellent USA, Inc."
A["us-cftc-excellent-usa-managing-director-gallwas-lfg-failure-to-supervise-japanese-omnibus-accounts-2001"] = dict(
    entities=[E("Organization", CF, "CFTC"), E("Company", EX, "Excellent USA"),
              E("Person", "John F. Gallwas", "Gallwas"), E("Location", "Chicago"), E("Location", "Illinois"),
              E("Company", "LFG, L.L.C.")],
    roles=[R("John F. Gallwas", "director", EX)],
    relations=[],
    outages=[],
    dates=[D("today", "2001-08-20"), D("March 1994", "1994-03"), D("January 1998", "1998-01")])

# published 2003-11-20. CFTC release: a federal judge froze the assets of the FCM FX First and two of its principals,
# Mironov and Whyte, then entered a preliminary injunction.
# Entities: "U.S. Commodity Futures Trading Commission" (CFTC): Organization. James V. Selna: Person, no role (train:
# district judges are Persons without a role). "U. S. District Court for the Central District of California", spelt
# as the text spells it: Organization. FX First, Inc. ("FX First"): Company. Alexey Mironov ("Mironov") and William
# Whyte ("Whyte"): Persons. Newport Beach, California, Huntington Beach: Locations (town and state apart).
# Roles: "Mironov and Whyte, two of its principals" -> executive at FX First, current (train CFTC files give a firm's
# principal `executive`: Global Asset Advisors' Swanson, Prime Agricultural's Henderson).
# Relations: none.
# Dates: "today" -> 2003-11-20; "October 6, 2003" (twice, once listed); "October 15, 2003"; "September 26, 2003";
# "January 2001". "earlier that day" is left out (an anaphor on the narrative, not on `published`; the federal train
# files leave such phrases out).
UCF, FX = "U.S. Commodity Futures Trading Commission", "FX First, Inc."
CDC = "U. S. District Court for the Central District of California"
A["us-cftc-fx-first-futures-commission-merchant-principals-mironov-whyte-misappropriation-asset-freeze-2003"] = dict(
    entities=[E("Organization", UCF, "CFTC"), E("Person", "James V. Selna"), E("Organization", CDC),
              E("Company", FX, "FX First"), E("Person", "Alexey Mironov", "Mironov"),
              E("Person", "William Whyte", "Whyte"), E("Location", "Newport Beach"), E("Location", "California"),
              E("Location", "Huntington Beach")],
    roles=[R("Alexey Mironov", "executive", FX), R("William Whyte", "executive", FX)],
    relations=[],
    outages=[],
    dates=[D("today", "2003-11-20"), D("October 6, 2003", "2003-10-06"), D("October 15, 2003", "2003-10-15"),
           D("September 26, 2003", "2003-09-26"), D("January 2001", "2001-01")])

# published 1998-08-17. CFTC release: administrative complaint against the introducing broker International Futures
# Corporation for fraud in selling its "Hermes" program, and against its guarantor FCM, the LIT Division of First Options
# of Chicago; settled order against IFC's former chief executive and president Rubel.
# Entities: the Commission (CFTC): Organization. International Futures Corporation (IFC): Company. "Hermes", a managed
# account program that IFC sold to clients to trade: Service, provided by IFC (train SEC files type funds and a barter
# exchange users trade on as Services with their provider). "LIT Division of First Options of Chicago" (LIT): Company;
# its name states that it is a division of First Options of Chicago, which is annotated as a Company of its own so the
# unit link can be recorded (the train Dean Foods / Foremost Farms notice splits "Consumer Products Division of
# Foremost Farms USA" the same way; doubtful: one entity and no link). Robert J. Rubel ("Rubel"): Person.
# "Washington, D.C." one Location (the train corpus keeps it whole); "Chicago, Illinois" two. The Commodity Exchange Act
# and the CFTC Regulations are laws (no entity); "S&P 500" is an index (no entity).
# Roles: "IFC's former Chief Executive Officer and President" -> ceo and president at IFC, both current false.
# Relations: provider(Hermes, IFC) ("its 'Hermes' managed account program"); parentOrganization(LIT, First Options of
# Chicago). LIT "guaranteed IFC" is a regulatory guarantee, not one of the partner kinds GUIDELINES 2 lists: no partner
# (doubtful).
# Dates: "today" -> 1998-08-17 (twice, once listed).
IFC, LIT, FOC = "International Futures Corporation", "LIT Division of First Options of Chicago", "First Options of Chicago"
A["us-cftc-international-futures-corporation-former-ceo-president-rubel-lit-division-first-options-guaranteed-ib-1998"] = \
    dict(
    entities=[E("Organization", CF, "CFTC"), E("Company", IFC, "IFC"), E("Location", "Washington, D.C."),
              E("Service", "Hermes"), E("Company", LIT, "LIT"), E("Company", FOC), E("Location", "Chicago"),
              E("Location", "Illinois"), E("Person", "Robert J. Rubel", "Rubel")],
    roles=[R("Robert J. Rubel", "ceo", IFC, False), R("Robert J. Rubel", "president", IFC, False)],
    relations=[L("Hermes", PV, IFC), L(LIT, PO, FOC)],
    outages=[],
    dates=[D("today", "1998-08-17")])

# published 2008-01-17. Justice Department release: Gerald and Patricia Green, co-owners of Film Festival Management,
# indicted under the FCPA for bribing the Thai official who headed the Tourism Authority of Thailand to win contracts to
# run the Bangkok International Film Festival.
# Entities: "WASHINGTON" (dateline): Location (the train DOJ files with this dateline annotate it). Alice S. Fisher and
# Thomas P. O’Brien (the text's curly apostrophe): Persons. Criminal Division: Organization. The "Central District of
# California" alone is a judicial district, no entity (agree47). Gerald Green, Patricia Green: Persons ("the Greens"
# names both, so it is no alias of either). Film Festival Management, Inc. ("FFM", "Film Festival Management"): Company.
# Tourism Authority of Thailand ("TAT"): Organization. Los Angeles, West Hollywood, Bangkok: Locations. "Thailand"
# occurs only inside the Authority's name and "Thai" is an adjective: no Location (the train Pacific Consolidated
# release leaves "United Kingdom" inside the Ministry's name unannotated). The Bangkok International Film Festival
# ("BKKIFF") is an event: no entity (GUIDELINES 2). The FCPA is a law.
# Roles: "Assistant Attorney General Alice S. Fisher of the Criminal Division" -> head at the Criminal Division (train:
# Rabbitt, Argentieri). O’Brien, a U.S. Attorney whose office is not named as an entity: no role (train DOJ practice).
# The Greens are "co-owners" and a "film executive" with no organisation tied to the title: no role (owners get none
# in train). The unnamed TAT governor: nothing.
# Relations: no Justice Department is named, so the Division has no parent. The festival contracts won by bribery give
# no partner (the train Pacific Consolidated / RAF release gives none for contracts won that way).
# Dates: "late yesterday" -> 2008-01-16; "2002" ("from 2002-2007", "formed in 2002", "from 2002"); "2007".
FFM, TAT = "Film Festival Management, Inc.", "Tourism Authority of Thailand"
A["us-doj-film-festival-management-gerald-patricia-green-indicted-thai-tourism-official-bribes-fcpa-2008"] = dict(
    entities=[E("Location", "WASHINGTON"), E("Person", "Alice S. Fisher"), E("Organization", "Criminal Division"),
              E("Person", "Thomas P. O’Brien"), E("Location", "Los Angeles"), E("Location", "Bangkok"),
              E("Person", "Gerald Green"), E("Person", "Patricia Green"), E("Location", "West Hollywood"),
              E("Company", FFM, "FFM", "Film Festival Management"), E("Organization", TAT, "TAT")],
    roles=[R("Alice S. Fisher", "head", "Criminal Division")],
    relations=[],
    outages=[],
    dates=[D("late yesterday", "2008-01-16"), D("2002", "2002"), D("2007", "2007")])

# published 2012-02-13. FCC letter decision (no bureau or Commission named in the text): Johnson's petition to deny is
# denied and the assignment of FM translator W244BC, Ocala, Florida, from Radio Training Network to Generations
# Broadcasting is granted.
# Entities: W244BC (call sign as the name, as train FCC files name stations; the defined term "Station" is an alias,
# as for WFXU(TV) in the train Budd order): Company. Radio Training Network, Inc. (RTN), Generations Broadcasting
# Corporation (GBC): Companies. William Johnson ("Johnson"), the petitioner: Person, no role. Ocala, Florida: Locations.
# "Application", "Petition" are defined document terms: no entities.
# Relations: the assignment is granted -> acquired(GBC, W244BC) and parentOrganization(W244BC, RTN), the pattern the
# train FCC assignment orders use (Budd / Gray: WFXU(TV); Urban Radio / Marconi: WHAT(AM)).
# Dates: "February 13, 2012"; "January 3, 2011"; "November 18, 2010". The file number's digits are no date expression.
RTN, GBC = "Radio Training Network, Inc.", "Generations Broadcasting Corporation"
A["us-fcc-radio-training-network-generations-broadcasting-w244bc-ocala-translator-assignment-letter-2012"] = dict(
    entities=[E("Company", "W244BC", "Station"), E("Location", "Ocala"), E("Location", "Florida"),
              E("Company", RTN, "RTN"), E("Company", GBC, "GBC"), E("Person", "William Johnson", "Johnson")],
    roles=[],
    relations=[L(GBC, AQ, "W244BC"), L("W244BC", PO, RTN)],
    outages=[],
    dates=[D("February 13, 2012", "2012-02-13"), D("January 3, 2011", "2011-01-03"),
           D("November 18, 2010", "2010-11-18")])

# published 1973-02-07. FCC letter to George G. Beasley, president of CSRA Broadcasters: the Commission grants the
# assignment of WGAC, Augusta, from Twin States to CSRA, and of WFNL, North Augusta, from CSRA to the Warner Group,
# subject to an investigation of Beasley's station WFMC and on condition that the Warner Group note be discounted.
# Entities: "GEORGE G. BEASLEY" (the only full form, in the address block; "BEASLEY" in the salutation is an alias):
# Person. CSRA Broadcasters, Inc.; The Twin States Broadcasting Company; The Warner Group, Inc. (alias "The Warner
# Group", the short form before "note"): Companies. WGAC, WFNL, WFMC: Companies (stations, as in train). Commission,
# Broadcast Bureau, Complaints and Compliance Division: Organizations. Johnson ("Commissioner Johnson"): Person.
# Augusta, Georgia (alias "Ga.", the address block's abbreviation of the same state), North Augusta, South Carolina,
# Goldsboro, North Carolina: Locations. "Post Office Box 3286" and the ZIP code are no entities.
# Roles: Beasley president at CSRA Broadcasters (address block "President, CSRA Broadcasters, Inc."); Johnson other at
# the Commission (commissioners -> other).
# Relations: each granted assignment -> acquired(assignee, station) and parentOrganization(station, assignor): CSRA
# acquired WGAC, WGAC under Twin States; the Warner Group acquired WFNL, WFNL under CSRA ("CSRA ... would be ... a
# creditor of the licensee of WFNL" confirms CSRA holds WFNL now). "the Complaints and Compliance Division of its
# Broadcast Bureau" -> Division under the Bureau, and the Bureau under the Commission ("its" = the Commission's).
# WFMC is controlled by Beasley, a person: no relation.
# Dates: "FEBRUARY 7, 1973".
CS, TS, WG = "CSRA Broadcasters, Inc.", "The Twin States Broadcasting Company", "The Warner Group, Inc."
CCD, BB = "Complaints and Compliance Division", "Broadcast Bureau"
A["us-fcc-twin-states-broadcasting-csra-broadcasters-warner-group-wgac-wfnl-assignments-letter-1973"] = dict(
    entities=[E("Person", "GEORGE G. BEASLEY", "BEASLEY"), E("Company", CS), E("Location", "Augusta"),
              E("Location", "Georgia", "Ga."), E("Company", "WGAC"), E("Company", TS), E("Company", "WFNL"),
              E("Location", "North Augusta"), E("Location", "South Carolina"), E("Company", WG, "The Warner Group"),
              E("Organization", "Commission"), E("Organization", CCD), E("Organization", BB), E("Company", "WFMC"),
              E("Location", "Goldsboro"), E("Location", "North Carolina"), E("Person", "Johnson")],
    roles=[R("GEORGE G. BEASLEY", "president", CS), R("Johnson", "other", "Commission")],
    relations=[L(CS, AQ, "WGAC"), L("WGAC", PO, TS), L(WG, AQ, "WFNL"), L("WFNL", PO, CS), L(CCD, PO, BB),
               L(BB, PO, "Commission")],
    outages=[],
    dates=[D("FEBRUARY 7, 1973", "1973-02-07")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree52-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
