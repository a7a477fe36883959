#!/usr/bin/env python3
"""Second annotation (agree53) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree53-tmp, made from
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
PO, AQ, PV, PA = "parentOrganization", "acquired", "provider", "partner"

# published 2007-07-23. CFTC release: a federal judge in New Jersey entered a consent order against Coyt E. Murray and
# the four Gastonia companies he controlled (Tech Traders, Inc. and Ltd., Magnum Investments and Magnum Capital
# Investments) for a commodity pool Ponzi scheme; an accountant, Abernethy, is also a defendant.
# Entities: the Commission (CFTC): Organization. Robert B. Kugler: Person, no role, and no court entity: the text
# gives only "U.S. District Court Judge ... of the District of New Jersey", a judicial district (agree47; the train
# Peanut Corporation release leaves "Senior U.S. District Court Judge ... of the Middle District of Georgia" the same
# way), so no "New Jersey" either. Coyt E. Murray ("Murray"): Person. "Tega Cay, South Carolina" and "Gastonia, North
# Carolina": one Location each, town with state, as every town-and-state pair in the train CFTC files is written
# (15 of 15). The four companies: Companies; the collective labels "Tech Traders" and "Magnum" are no aliases (the
# train Monex release leaves its "(collectively, Monex)" out); the "super fund known as Tech Traders" is the same
# name, no Service of its own (doubtful). J. Vernon Abernethy: Person, no role (an outside accountant).
# Roles: Murray "controlled" the companies, no title stated: no role.
# Relations: none (the companies are not said to own one another).
# Dates: "today" -> 2007-07-23; "June 28, 2007" (twice, once listed); "April 1, 2004" (twice); "August 12, 2004";
# "April 6, 2004"; "1998"; "2001". "23 out of 33 months" is no calendar value.
CF = "U.S. Commodity Futures Trading Commission"
A["us-cftc-tech-traders-magnum-investments-coyt-murray-gastonia-commodity-pool-ponzi-consent-order-2007"] = dict(
    entities=[E("Organization", CF, "CFTC"), E("Person", "Robert B. Kugler"), E("Person", "Coyt E. Murray", "Murray"),
              E("Location", "Tega Cay, South Carolina"), E("Location", "Gastonia, North Carolina"),
              E("Company", "Tech Traders, Inc."), E("Company", "Tech Traders, Ltd."),
              E("Company", "Magnum Investments, Ltd."), E("Company", "Magnum Capital Investments, Ltd."),
              E("Person", "J. Vernon Abernethy")],
    roles=[],
    relations=[],
    outages=[],
    dates=[D("today", "2007-07-23"), D("June 28, 2007", "2007-06-28"), D("April 1, 2004", "2004-04-01"),
           D("August 12, 2004", "2004-08-12"), D("April 6, 2004", "2004-04-06"), D("1998", "1998"),
           D("2001", "2001")])

# published 2007-05-02. Justice Department release: eight marine hose executives from the U.K., France, Italy and
# Japan arrested in Houston and San Francisco and charged in two complaints (Miami, Ft. Lauderdale) with a bid-rigging
# and price-fixing conspiracy; DCIS agents and European authorities searched premises.
# Entities: "WASHINGTON" (dateline): Location. United Kingdom ("U.K."), France, Italy, Japan, Houston, San Francisco,
# Miami, Ft. Lauderdale, "Fla." (abbreviation on its own, as train keeps "Fla."/"GA" as written), Europe: Locations.
# United States ("United States sales") with "U.S." ("across the U.S."; the U.S. in "U.S. District Court" is the same
# country): one Location (the train DOJ files that list both forms make "U.S." an alias). Department of Justice,
# "U.S. District Court" (named twice, Miami and Ft. Lauderdale; train DOJ releases annotate "U.S. District Court in
# <city>" as one Organization "U.S. District Court" with the city a Location), Defense Criminal Investigative Service
# ("DCIS"), Department of Defense, Office of Inspector General, Office of Fair Trading, European Commission:
# Organizations. PW Consulting (Oil & Marine) Ltd., Dunlop Oil & Marine Ltd., Trelleborg Industrie S.A., Parker ITR
# slr, Manuli Rubber Industries SpA, Bridgestone Corporation: Companies. "Industrial Hose Business Unit" of Trelleborg
# Industrie S.A.: Company, a named unit (train: "Consumer Products Division" of Foremost Farms, "Defense Systems and
# Electronics Unit" of Texas Instruments, both Companies linked to their parent). Eight executives: Persons.
# Roles (GUIDELINES 2): Whittle "owner" of PW Consulting: no role (owners get none in the train DOJ files). Allison
# "managing director" -> director at Dunlop; Brammar "sales and marketing director" -> director at Dunlop (train gives
# a functional director title `director`: Pacific Consolidated's "director of sales and marketing"); Cognard "oil and
# marine manager" -> executive at Trelleborg Industrie; Caleca "president of the Industrial Hose Business Unit" ->
# president at the unit; Scodeggio "business unit manager" -> executive at Parker ITR; Scaglia "product manager" ->
# executive at Manuli; Hioki "an executive involved in the sale of marine hose for Bridgestone" -> executive at
# Bridgestone. All current (nothing says they left).
# Relations: the Business Unit under Trelleborg Industrie S.A. ("of"); DCIS "of the Department of Defense's Office of
# Inspector General" -> DCIS under the Office, the Office under the Department. No partner: a cartel is no partnership.
# Dates: "today" -> 2007-05-02 (four times, once listed; "today's" is the same text); "late last night" -> 2007-05-01;
# "1999". "the present" is left out (no distinct value beyond `published`, and the train files skip it).
TI, HU = "Trelleborg Industrie S.A.", "Industrial Hose Business Unit"
DUN, PWC = "Dunlop Oil & Marine Ltd.", "PW Consulting (Oil & Marine) Ltd."
PK, MN, BS = "Parker ITR slr", "Manuli Rubber Industries SpA", "Bridgestone Corporation"
DCIS, OIG, DOD = "Defense Criminal Investigative Service", "Office of Inspector General", "Department of Defense"
A["us-doj-opa-marine-hose-eight-executives-arrested-dunlop-trelleborg-parker-itr-manuli-bridgestone-2007"] = dict(
    entities=[E("Location", "WASHINGTON"), E("Location", "United Kingdom", "U.K."), E("Location", "France"),
              E("Location", "Italy"), E("Location", "Japan"), E("Location", "Houston"), E("Location", "San Francisco"),
              E("Location", "United States", "U.S."), E("Organization", "Department of Justice"),
              E("Organization", "U.S. District Court"), E("Location", "Miami"), E("Person", "Peter Whittle"),
              E("Company", PWC), E("Person", "Bryan Allison"), E("Person", "David Brammar"), E("Company", DUN),
              E("Person", "Jacques Cognard"), E("Company", TI), E("Location", "Ft. Lauderdale"), E("Location", "Fla."),
              E("Person", "Christian Caleca"), E("Company", HU), E("Person", "Vanni Scodeggio"), E("Company", PK),
              E("Person", "Francesco Scaglia"), E("Company", MN), E("Person", "Misao Hioki"), E("Company", BS),
              E("Organization", DCIS, "DCIS"), E("Organization", DOD), E("Organization", OIG),
              E("Organization", "Office of Fair Trading"), E("Organization", "European Commission"),
              E("Location", "Europe")],
    roles=[R("Bryan Allison", "director", DUN), R("David Brammar", "director", DUN),
           R("Jacques Cognard", "executive", TI), R("Christian Caleca", "president", HU),
           R("Vanni Scodeggio", "executive", PK), R("Francesco Scaglia", "executive", MN),
           R("Misao Hioki", "executive", BS)],
    relations=[L(HU, PO, TI), L(DCIS, PO, OIG), L(OIG, PO, DOD)],
    outages=[],
    dates=[D("today", "2007-05-02"), D("late last night", "2007-05-01"), D("1999", "1999")])

# published 2018-10-03. SEC release: emergency action and asset freeze against U.K. citizen Roger Knox, his Swiss
# company Wintercap SA (formerly Silverton SA), and Michael T. Gastauer, for a microcap selling scheme; quotes from the
# directors of the Boston Regional Office and the Office of International Affairs.
# Entities: Securities and Exchange Commission ("SEC", and "SEC's" in the quotes): Organization. Roger Knox ("Knox"),
# Michael T. Gastauer, Paul Levenson, Raquel Fox: Persons. Wintercap SA ("Wintercap"; "Silverton SA" its former name,
# an alias per GUIDELINES 2): Company. Boston Regional Office, Office of International Affairs: Organizations (SEC
# offices, as the train SEC releases type their regional offices). Investor.gov: Service (a website users use); the
# text does not say who runs it, so no provider (GOLD_FORMAT's provider also wants a Company). "U.K." ("U.K. citizen")
# and "U.S." ("the U.S. market", "U.S. corporations"): Locations (train SEC and CFTC files annotate these forms in 7 of
# 9 files). "Swiss-based" is an adjective: no Location.
# Roles: "Director of the SEC's Boston Regional Office" -> director at the Office, and Fox likewise at the Office of
# International Affairs (the train SEC releases give regional and office Directors `director`, not head). Knox's "his
# ... company": no title, no role.
# Relations: both offices under the SEC ("the SEC's"), as the train SEC releases link them.
# Dates: "today" -> 2018-10-03.
SEC = "Securities and Exchange Commission"
BRO, OIA = "Boston Regional Office", "Office of International Affairs"
A["us-sec-wintercap-formerly-silverton-roger-knox-gastauer-microcap-asset-freeze-boston-regional-office-2018"] = dict(
    entities=[E("Organization", SEC, "SEC"), E("Location", "U.K."), E("Person", "Roger Knox", "Knox"),
              E("Company", "Wintercap SA", "Wintercap", "Silverton SA"), E("Location", "U.S."),
              E("Person", "Michael T. Gastauer"), E("Service", "Investor.gov"), E("Person", "Paul Levenson"),
              E("Organization", BRO), E("Person", "Raquel Fox"), E("Organization", OIA)],
    roles=[R("Paul Levenson", "director", BRO), R("Raquel Fox", "director", OIA)],
    relations=[L(BRO, PO, SEC), L(OIA, PO, SEC)],
    outages=[],
    dates=[D("today", "2018-10-03")])

# published 2005-06-24. FCC letter: the Waiver Request is denied and the applications to assign WGQR(FM) and WBLA(AM),
# Elizabethtown, from Sound Business of Elizabethtown to WKML License Limited Partnership, a Beasley Broadcast Group
# subsidiary, are dismissed.
# Entities: WGQR(FM), WBLA(AM): Companies (stations by call sign, as train). Sound Business of Elizabethtown, Inc.
# ("Sound Business"), WKML License Limited Partnership, Beasley Broadcast Group ("Beasley", the collective short form;
# it is the group's own short name, so its alias): Companies. Commission, Office of Management and Budget:
# Organizations. Elizabethtown, "NC" (the caption's abbreviation, kept as its own Location as the train WZNY letter
# keeps "GA" beside "Georgia"), North Carolina: Locations. "Metro" is a market word, no entity.
# Roles: none.
# Relations: "WKML ..., a subsidiary of Beasley Broadcast Group" -> parentOrganization. The assignment is dismissed, so
# no acquired; the stations stay with their licensee -> parentOrganization(station, Sound Business), as the train
# Cunningham / Sinclair letter does for dismissed applications.
# Dates: "June 24, 2005"; "November 8, 2004"; "April 15, 2005"; "September 20, 2004". File numbers are no dates.
SB, WK, BB = "Sound Business of Elizabethtown, Inc.", "WKML License Limited Partnership", "Beasley Broadcast Group"
A["us-fcc-sound-business-of-elizabethtown-wkml-license-beasley-broadcast-wgqr-wbla-assignment-waiver-denied-letter-2005"] = \
    dict(
    entities=[E("Company", "WGQR(FM)"), E("Company", "WBLA(AM)"), E("Location", "Elizabethtown"), E("Location", "NC"),
              E("Location", "North Carolina"), E("Company", SB, "Sound Business"), E("Company", WK),
              E("Company", BB, "Beasley"), E("Organization", "Commission"),
              E("Organization", "Office of Management and Budget")],
    roles=[],
    relations=[L(WK, PO, BB), L("WGQR(FM)", PO, SB), L("WBLA(AM)", PO, SB)],
    outages=[],
    dates=[D("June 24, 2005", "2005-06-24"), D("November 8, 2004", "2004-11-08"), D("April 15, 2005", "2005-04-15"),
           D("September 20, 2004", "2004-09-20")])

# published 2015-03-27. FCC Audio Division-style letter: the application to assign KCRR(FM), KKHQ-FM and KOEL-FM from
# The Cedar Rapids Divestiture Trust (Allen L. Blum, Trustee) to Townsquare Media Waterloo License is dismissed as
# inadvertently accepted; Arbitron's market history explained.
# Entities: KCRR(FM), KKHQ-FM, KOEL-FM: Companies. Grundy Center, Oelwein, Cedar Falls, "IA": Locations.
# "The Cedar Rapids Divestiture Trust" (the licensee; "Licensee" is a defined common noun, no alias): Company (a trust
# that holds and sells licences is a business here). Allen L. Blum: Person. Townsquare Media Waterloo License, LLC
# ("Townsquare"): Company. Commission (only in "the Commission's Rules"; the train Centennial letter annotates it the
# same way): Organization. Arbitron, Bahakel Communications: Companies. "Waterloo-Cedar Falls" (a named market area;
# train keeps "Roanoke-Lynchburg" whole) and Cedar Rapids ("the Cedar Rapids radio market"): Locations.
# Roles: "Allen L. Blum, Trustee" of the Trust -> other at the Trust (the train Reading Broadcasting letter gives its
# Chapter 11 Trustee `other`).
# Relations: dismissed application -> no acquired; each station under its licensee, the Trust (Cunningham pattern).
# Bahakel was "the sole Arbitron subscriber in the market" and did not renew: a customer relation between two named
# companies, stated as past (relations carry no time) -> partner(Bahakel Communications, Arbitron), customer first as
# the sentence has Bahakel as its subject (doubtful: leaving it out is the alternative).
# Dates: "March 27, 2015" ("Released:March 27, 2015"); "1970"; "the first half of 2012" -> 2012 and "2012" (in 2012)
# -> 2012, two texts; "Fall 2012" -> 2012; "Spring 2014" -> 2014 (seasons give the year, GUIDELINES 2).
TR, TS = "The Cedar Rapids Divestiture Trust", "Townsquare Media Waterloo License, LLC"
A["us-fcc-cedar-rapids-divestiture-trust-townsquare-media-kcrr-kkhq-koel-iowa-assignment-dismissed-letter-2015"] = dict(
    entities=[E("Company", "KCRR(FM)"), E("Company", "KKHQ-FM"), E("Company", "KOEL-FM"), E("Location", "Grundy Center"),
              E("Location", "IA"), E("Location", "Oelwein"), E("Location", "Cedar Falls"), E("Company", TR),
              E("Person", "Allen L. Blum"), E("Company", TS, "Townsquare"), E("Organization", "Commission"),
              E("Company", "Arbitron"), E("Location", "Waterloo-Cedar Falls"), E("Company", "Bahakel Communications"),
              E("Location", "Cedar Rapids")],
    roles=[R("Allen L. Blum", "other", TR)],
    relations=[L("KCRR(FM)", PO, TR), L("KKHQ-FM", PO, TR), L("KOEL-FM", PO, TR),
               L("Bahakel Communications", PA, "Arbitron")],
    outages=[],
    dates=[D("March 27, 2015", "2015-03-27"), D("1970", "1970"), D("the first half of 2012", "2012"),
           D("2012", "2012"), D("Fall 2012", "2012"), D("Spring 2014", "2014")])

# published 2005-08-22. FCC letter: Kidd's petition for reconsideration of the staff grant of the assignment of
# KTHO(AM), South Lake Tahoe, from Paradise Broadcasting to Live Wire Media Partners is denied; the licence had earlier
# passed involuntarily from Kidd to a court officer as Trustee, and from the Trustee to PBI.
# Entities: "KTHO( AM)" (spelt with the text's space, as the train Cunningham letter keeps "WTTE( TV)"): Company. Chris
# Kidd, doing business as Kidd Communications ("Kidd"): Person, with the trade name as an alias (train files make a
# d/b/a name an alias of the party; doubtful: a Company "Kidd Communications" is the alternative). Paradise
# Broadcasting, Inc. ("PBI"), Live Wire Media Partners, LLC ("Live Wire"): Companies. Alan Slater: Person ("Trustee" is
# a defined common noun, no alias, as in the train Reading letter). Superior Court of the State of California:
# Organization (a court); the state inside its name is not annotated on its own, but California is named in "South Lake
# Tahoe, California": Location. South Lake Tahoe, "CA": Locations.
# Roles: Slater "Chief Executive Officer/ Clerk of the Superior Court" -> ceo at the court (GUIDELINES 1 maps "chief
# executive" to ceo), current.
# Relations: the Live Wire assignment was granted and the grant stands -> acquired(Live Wire, KTHO( AM)) and
# parentOrganization(KTHO( AM), PBI). The earlier assignment "from the Trustee to PBI" was carried out (PBI now
# assigns the licence) -> acquired(PBI, KTHO( AM)); its assignor is a person, so no parent link from it. The
# involuntary assignment from Kidd to Slater involves no company buyer: nothing.
# Dates: "August 22, 2005"; "January 11, 2005"; "December 10, 2004"; "April 1, 2004".
KT, PBI, LW = "KTHO( AM)", "Paradise Broadcasting, Inc.", "Live Wire Media Partners, LLC"
SC = "Superior Court of the State of California"
A["us-fcc-paradise-broadcasting-live-wire-media-partners-ktho-am-south-lake-tahoe-assignment-kidd-reconsideration-letter-2005"] = \
    dict(
    entities=[E("Company", KT), E("Location", "South Lake Tahoe"), E("Location", "CA"),
              E("Person", "Chris Kidd", "Kidd Communications", "Kidd"), E("Location", "California"),
              E("Company", PBI, "PBI"), E("Company", LW, "Live Wire"), E("Person", "Alan Slater"),
              E("Organization", SC)],
    roles=[R("Alan Slater", "ceo", SC)],
    relations=[L(LW, AQ, KT), L(KT, PO, PBI), L(PBI, AQ, KT)],
    outages=[],
    dates=[D("August 22, 2005", "2005-08-22"), D("January 11, 2005", "2005-01-11"),
           D("December 10, 2004", "2004-12-10"), D("April 1, 2004", "2004-04-01")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree53-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
