#!/usr/bin/env python3
"""Second annotation (agree44) of the 6 batch-43 articles in /tmp/agree44-tmp (stripped copies, drawn by pick.py),
made from their text, GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of
other ids, and the conventions settled in second-annotation-41/41b/42/43 README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2006-03-20. Federal Register notice of the proposed (Amended) Final Judgment in United States v.
# UnitedHealth / PacifiCare.
# Entities: United States District Court for the District of Columbia: Organization (no bare capitalised "Court" in
# this text, so no alias). "United States" (the plaintiff): Location (as "United States" in the Premdor and Cingular
# notices in train, and agree42/43's plaintiff call). UnitedHealth Group Incorporated (alias "United", the text's short
# form) and PacifiCare Health Systems, Inc. (alias "PacifiCare"): Companies. CareTrust Networks (alias "CareTrust") and
# Blue Shield of California: Companies (a health plan and its network subsidiary; doubtful: Blue Shield of California
# as an Organization, being a non-profit plan, which the text does not say). Tucson, Arizona, Boulder, Colorado,
# Washington, DC (the address): Locations. U.S. Department of Justice, Antitrust Division: Organizations. The Acts are
# laws; the URL, the Clerk's Office and the "CareTrust network" (the same name, not a Service users use) are not
# annotated.
# Relations: "United's acquisition of PacifiCare would violate Section 7", allowed under the consent judgment ->
# acquired(UnitedHealth, PacifiCare) only (proposed, not stated as completed; as agree42/43 and the Premdor notice).
# "CareTrust Networks, a wholly owned subsidiary of Blue Shield of California" -> parentOrganization. "its network
# rental agreement with CareTrust" (United's contract, to be terminated; relations carry no time) ->
# partner(UnitedHealth, CareTrust) (doubtful: the judgment ends the agreement, so leaving it out is the alternative).
# parentOrganization(Antitrust Division, U.S. Department of Justice) (the address; as every DOJ file in train). The
# health insurance contracts to be divested are assets: nothing.
# Dates: "December 20, 2005", "the same day" -> 2005-12-20 (as "the same day" in welsh-government-written-statement-
# nhs-wales-data-centre-outage-2018), "March 2, 2006", "July 5, 2006". "one year after entry" cannot be resolved.
UH, PC, CT, BS = ("UnitedHealth Group Incorporated", "PacifiCare Health Systems, Inc.", "CareTrust Networks",
                  "Blue Shield of California")
DCC, UDJ, AD = "United States District Court for the District of Columbia", "U.S. Department of Justice", "Antitrust Division"
A["us-doj-federal-register-unitedhealth-pacificare-proposed-final-judgment-2006"] = dict(
    entities=[E("Organization", DCC), E("Location", "United States"), E("Company", UH, "United"),
              E("Company", PC, "PacifiCare"), E("Location", "Tucson"), E("Location", "Arizona"), E("Location", "Boulder"),
              E("Location", "Colorado"), E("Company", CT, "CareTrust"), E("Company", BS), E("Organization", UDJ),
              E("Organization", AD), E("Location", "Washington, DC")],
    roles=[],
    relations=[L(UH, AQ, PC), L(CT, PO, BS), L(UH, PA, CT), L(AD, PO, UDJ)],
    outages=[],
    dates=[D("December 20, 2005", "2005-12-20"), D("the same day", "2005-12-20"), D("March 2, 2006", "2006-03-02"),
           D("July 5, 2006", "2006-07-05")])

# published 2008-12-03. Justice Department press release: divestitures required for Republic's acquisition of Allied.
# Entities: Washington, D.C.: Location, with the dateline "WASHINGTON" as an alias (agree42 took the dateline as an
# alias; doubtful: the dateline as its own Location "WASHINGTON", as in fcc-centurylink-west-safety-911-outage-
# settlements-2019, or no alias as in the Alltel gold). Department of Justice (alias "Department", the capitalised short
# form; as doj-media-telecoms-cases-... and agree42), Antitrust Division, "U.S. District Court" (the court "in
# Washington, D.C."; agree42's Alltel call): Organizations. Republic Services Inc. (alias "Republic") and Allied Waste
# Industries Inc. (alias "Allied"): Companies. California, Kentucky, Michigan, North Carolina, Ohio, Pennsylvania, Texas,
# United States: Locations (the states whose Attorneys General joined; as the states in the Cingular notice). The seven
# Attorneys General are unnamed: no entity. Deborah A. Garza: Person.
# Roles: Garza, "Acting Assistant Attorney General in charge of the Department's Antitrust Division" -> head at the
# Antitrust Division, current true (an acting Assistant Attorney General leading a division is head in us-doj-usao-
# edva-sap-...; the Assistant Attorney General is head in us-doj-gray-raycom-...).
# Relations: "Republic's proposed $4.5 billion acquisition of Allied", to proceed under the settlement ->
# acquired(Republic, Allied) only (not completed). "The Department's Antitrust Division" -> parentOrganization. The
# routes, landfills and transfer stations to be divested are assets: nothing.
# Dates: "today" -> 2008-12-03 (twice in the text, one item).
RS, AW, DJ = "Republic Services Inc.", "Allied Waste Industries Inc.", "Department of Justice"
A["us-doj-republic-services-allied-waste-divestitures-2008"] = dict(
    entities=[E("Location", "Washington, D.C.", "WASHINGTON"), E("Organization", DJ, "Department"),
              E("Company", RS, "Republic"), E("Company", AW, "Allied"), E("Organization", AD),
              E("Location", "California"), E("Location", "Kentucky"), E("Location", "Michigan"),
              E("Location", "North Carolina"), E("Location", "Ohio"), E("Location", "Pennsylvania"), E("Location", "Texas"),
              E("Organization", "U.S. District Court"), E("Location", "United States"),
              E("Person", "Deborah A. Garza")],
    roles=[R("Deborah A. Garza", "head", AD)],
    relations=[L(RS, AQ, AW), L(AD, PO, DJ)],
    outages=[],
    dates=[D("today", "2008-12-03")])

# published 2020-10-22. EDNY U.S. Attorney's Office release: Goldman Sachs resolves the 1MDB foreign bribery case.
# Entities: The Goldman Sachs Group, Inc. (alias "Goldman Sachs"; the name keeps "The", as agree42's Kraft Heinz) and
# Goldman Sachs (Malaysia) Sdn. Bhd. (alias "GS Malaysia"): Companies. The defined "the Company" is left out as a
# generic noun (GOLD_FORMAT; doubtful: agree42 took a defined "Fund" as an alias). 1Malaysia Development Bhd. (alias
# "1MDB"): Company (a state fund run as a business, as the state-owned OTE and Thailand Tobacco Monopoly in the SEC FCPA
# train files; doubtful: Organization). United States Attorney's Office for the Eastern District of New York, Department
# of Justice (alias "Department", the text's defined short form, which it gives to the Criminal Division and its two
# sections together; doubtful: no alias), Criminal Division, Fraud Section, Money Laundering and Asset Forfeiture
# Sections, U.S. District Court for the Eastern District of New York: Organizations. New York, Malaysia, Abu Dhabi,
# United States, United Kingdom, Singapore, Brooklyn: Locations. "the Eastern District of New York" on its own is a
# judicial district, not annotated (as "the Eastern District of Virginia" in us-doj-usao-edva-sap-...). "Southeast
# Asia" occurs only inside Leissner's title: not annotated (doubtful: a Location). Tim Leissner: Person. The FCPA is a
# law.
# Roles: Leissner, "the former Southeast Asia Chairman and a Participating Managing Director of Goldman Sachs" ->
# chairman and director at The Goldman Sachs Group, Inc., both current false ("former" read as covering both posts;
# doubtful: director current true, or executive for a regional chairman).
# Relations: "GS Malaysia, its Malaysian subsidiary" -> parentOrganization(GS Malaysia, Goldman Sachs Group).
# "Department of Justice's Criminal Division" -> parentOrganization(Criminal Division, DOJ); the Fraud Section and the
# Money Laundering and Asset Forfeiture Sections are read as the Criminal Division's sections -> parentOrganization to
# the Criminal Division (doubtful: to the Department, as the Panalpina release's "Department of Justice's Fraud
# Section"). The U.S. Attorney's Office gets no parent (the text does not place it in the Department). Underwriting
# bond deals for 1MDB won through bribes gives no partner (the bribery files in train give none for the state-owned
# customers OTE and TTM; doubtful: partner(Goldman Sachs, 1MDB) as a stated client relation).
# Dates: "Earlier today" -> 2020-10-22 (as "Earlier today" in wn-wikimedia-servers-unreachable-network-outage-2006).
# "Previously" cannot be resolved.
GS, GSM, MDB = "The Goldman Sachs Group, Inc.", "Goldman Sachs (Malaysia) Sdn. Bhd.", "1Malaysia Development Bhd."
USAO = "United States Attorney\u2019s Office for the Eastern District of New York"
CD, FS, ML = "Criminal Division", "Fraud Section", "Money Laundering and Asset Forfeiture Sections"
EDNY, TL = "U.S. District Court for the Eastern District of New York", "Tim Leissner"
A["us-doj-usao-edny-goldman-sachs-gs-malaysia-1mdb-fcpa-resolution-2020"] = dict(
    entities=[E("Company", GS, "Goldman Sachs"), E("Location", "New York"), E("Company", GSM, "GS Malaysia"),
              E("Location", "Malaysia"), E("Location", "Abu Dhabi"), E("Company", MDB, "1MDB"),
              E("Location", "United States"), E("Location", "United Kingdom"), E("Location", "Singapore"),
              E("Location", "Brooklyn"), E("Organization", USAO), E("Organization", DJ, "Department"),
              E("Organization", CD), E("Organization", FS), E("Organization", ML), E("Organization", EDNY),
              E("Person", TL)],
    roles=[R(TL, "chairman", GS, False), R(TL, "director", GS, False)],
    relations=[L(GSM, PO, GS), L(CD, PO, DJ), L(FS, PO, CD), L(ML, PO, CD)],
    outages=[],
    dates=[D("Earlier today", "2020-10-22")])

# published 2022-06-02. SEC press release: Tenaris pays over $78 million over its Brazilian subsidiary's bribes.
# Entities: Securities and Exchange Commission (alias "SEC"), Enforcement Division, FCPA Unit, Department of Justice:
# Organizations. Tenaris: Company. Petrobras ("the Brazil state-owned entity"): Company (as the state-owned OTE and
# TTM in train). Luxembourg, Brazil, Uzbekistan: Locations. Charles Cain: Person. The Brazilian subsidiary, the
# controlling shareholder, its affiliated companies and the Uzbek entity are unnamed; the FCPA is a law.
# Roles: Cain, "Chief of the SEC Enforcement Division's FCPA Unit" -> head at FCPA Unit (as Charles E. Cain in
# us-sec-world-acceptance-wac-mexico-bribery-fcpa-2020).
# Relations: parentOrganization(FCPA Unit, Enforcement Division), parentOrganization(Enforcement Division, SEC) (as the
# World Acceptance release). Business won from Petrobras through bribes gives no partner (as OTE and TTM in train;
# doubtful: partner(Tenaris, Petrobras), though the business was the unnamed subsidiary's). The agreements with the
# Justice Department and the SEC are no partnerships.
# Dates: "today" -> 2022-06-02, "2008", "2013", "2011" (years as written). "for many years" is not dated.
SEC, TN = "Securities and Exchange Commission", "Tenaris"
A["us-sec-tenaris-brazilian-subsidiary-petrobras-fcpa-2022"] = dict(
    entities=[E("Organization", SEC, "SEC"), E("Company", TN), E("Location", "Luxembourg"), E("Location", "Brazil"),
              E("Company", "Petrobras"), E("Person", "Charles Cain"), E("Organization", "Enforcement Division"),
              E("Organization", "FCPA Unit"), E("Organization", DJ), E("Location", "Uzbekistan")],
    roles=[R("Charles Cain", "head", "FCPA Unit")],
    relations=[L("FCPA Unit", PO, "Enforcement Division"), L("Enforcement Division", PO, SEC)],
    outages=[],
    dates=[D("today", "2022-06-02"), D("2008", "2008"), D("2013", "2013"), D("2011", "2011")])

# published 2020-11-13. SEC press release: charges against former Wells Fargo executives Stumpf and Tolstedt.
# Entities: Securities and Exchange Commission (aliases "SEC" and the capitalised "Commission", as us-sec-noble-
# corporation-nigeria-customs-service-permits-fcpa-2010), Division of Enforcement: Organizations. Wells Fargo & Co.
# (alias "Wells Fargo"): Company. Community Bank, "Wells Fargo's core business": Company, a unit of the bank (doubtful:
# Organization, or no entity as a business line). John G. Stumpf (alias "Stumpf"), Carrie L. Tolstedt (alias
# "Tolstedt"), Stephanie Avakian: Persons. The "cross-sell metric" is no Service.
# Roles: Stumpf, "former Wells Fargo & Co. CEO and Chairman" -> ceo and chairman at Wells Fargo & Co., both current
# false. Tolstedt, "former head of Wells Fargo's Community Bank" -> head at Community Bank, current false (doubtful:
# org Wells Fargo & Co.). Avakian, "Director of the SEC's Division of Enforcement" -> director at Division of
# Enforcement (as her role in us-sec-walgreens-former-ceo-wasson-cfo-miquelon-alliance-boots-merger-goal-2018).
# Relations: parentOrganization(Community Bank, Wells Fargo & Co.) ("Wells Fargo's Community Bank"),
# parentOrganization(Division of Enforcement, SEC).
# Dates: "today" -> 2020-11-13, "mid-2014" -> 2014 and "mid-2016" -> 2016 (as "mid-2006" -> 2006 in wn-airbus-launches-
# worlds-largest-passenger-plane-2005), "2015", "2016" (another text with the same value as "mid-2016": its own item).
WF, JS, CT2, SA = "Wells Fargo & Co.", "John G. Stumpf", "Carrie L. Tolstedt", "Stephanie Avakian"
A["us-sec-wells-fargo-former-ceo-stumpf-community-bank-tolstedt-2020"] = dict(
    entities=[E("Organization", SEC, "SEC", "Commission"), E("Company", WF, "Wells Fargo"), E("Person", JS, "Stumpf"),
              E("Person", CT2, "Tolstedt"), E("Company", "Community Bank"), E("Person", SA),
              E("Organization", "Division of Enforcement")],
    roles=[R(JS, "ceo", WF, False), R(JS, "chairman", WF, False), R(CT2, "head", "Community Bank", False),
           R(SA, "director", "Division of Enforcement")],
    relations=[L("Community Bank", PO, WF), L("Division of Enforcement", PO, SEC)],
    outages=[],
    dates=[D("today", "2020-11-13"), D("mid-2014", "2014"), D("mid-2016", "2016"), D("2015", "2015"),
           D("2016", "2016")])

# published 2007-12-29 (a Saturday). Wikinews: Virgin complains to the rail regulator about Network Rail's late notice
# of a West Coast Main Line closure at Rugby on December 31.
# Entities: Network Rail (alias "NR"): Company (as in every Network Rail train file). Virgin Trains (alias "Virgin"),
# London Midland, First ScotRail: Companies (train operators; Virgin Trains and London Midland are Companies in train).
# Office of Rail Regulation (alias "ORR"): Organization (a regulator). West Coast Main Line: Location (as main lines in
# train and agree41). Rugby: Location. Chris Gibb (no short form in the text): Person. Network Rail's spokesman is
# unnamed; "British" is an adjective.
# Roles: Gibb, "the Managing Director of Virgin Trains" -> director at Virgin Trains (GUIDELINES: managing director ->
# director).
# Relations: none. The closure "will affect services operated by" the three operators, but no contract or
# partnership between them and Network Rail is stated, and the services are unnamed.
# Outages: none. The line closure is planned engineering work announced ahead and still in the future on the
# published day (December 31 after December 29); the planned shutoffs that count as outages are a utility's, and
# engineering works on the rail network are a near-miss in hansard-commons-rail-network-disruption-christmas-2015
# (doubtful: one outage, provider Network Rail, date 2007-12-31, affected [Virgin Trains, London Midland, First
# ScotRail], location Rugby, cause "engineering work").
# Dates: "December 31" -> 2007-12-31, "6 December" -> 2007-12-06, "the next year" -> 2008 ("next year" gives the year
# in train), "the beginning of December" and "the beginning of the month" -> 2007-12 (GUIDELINES: "the end of the
# month" -> the month), "December 2008" -> 2008-12. Not dated: "the Christmas period" (left undated in the Christmas
# 2014 rail file, which dates only "Christmas"; doubtful: 2007-12 or 2007-12-25), "12 weeks".
NR, VT = "Network Rail", "Virgin Trains"
A["wn-uk-rail-regulator-launches-investigation-into-2007"] = dict(
    entities=[E("Company", NR, "NR"), E("Location", "West Coast Main Line"), E("Location", "Rugby"),
              E("Company", VT, "Virgin"), E("Company", "London Midland"), E("Company", "First ScotRail"),
              E("Person", "Chris Gibb"), E("Organization", "Office of Rail Regulation", "ORR")],
    roles=[R("Chris Gibb", "director", VT)],
    relations=[],
    outages=[],
    dates=[D("December 31", "2007-12-31"), D("6 December", "2007-12-06"), D("the next year", "2008"),
           D("the beginning of December", "2007-12"), D("the beginning of the month", "2007-12"),
           D("December 2008", "2008-12")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree44-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
