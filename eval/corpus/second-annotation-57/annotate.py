#!/usr/bin/env python3
"""Second annotation (agree57) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree57-tmp, made from
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

# published 1999-05-20. CFTC release: an administrative complaint against Global Minerals and Metals, its president
# and CEO Campbell and its chief copper trader Alm (the 1995 copper corner, with Sumitomo), and three Merrill Lynch
# companies charged with aiding and abetting.
# Entities: Commodity Futures Trading Commission ("CFTC"): Organization. Global Minerals and Metals Corporation
# ("Global"): Company. R. David Campbell ("Campbell"), Carl Alm ("Alm"): Persons. Merrill Lynch & Co. Inc., Merrill
# Lynch International Inc., Merrill Lynch Pierce Fenner and Smith (Brokers & Dealers) Limited: Companies; the
# collective "Merrill Lynch" an alias of the first, the parent by name (train FCC / FTC files give a collective short
# name to the first company: AT&T, Gateway, MediaAlpha; CFTC Monex gives none; no scored effect). Sumitomo Corporation:
# Company; Japan: Location. New York City; "Massapequa, New York" and "London, England": one Location each (the CFTC
# lane keeps a town and its state whole: train Boca Raton, Florida, Deer Park, Illinois, Newport Beach, California,
# Chicago, Illinois; London, England taken the same way, doubtful). Commodity Exchange Act (CEA): a law.
# Roles: "Global's president and chief executive officer R. David Campbell" -> president and ceo at Global. "Global's
# chief copper trader Carl Alm" -> head at Global (train Optiver: "head trader" and "head of trading" -> head;
# doubtful: executive, or no role as a trading post, are the alternatives). All current.
# Relations: none (the text does not say that the Merrill Lynch companies are one group's subsidiaries; acting
# "together with Sumitomo" is no partnership).
# Dates: "today" -> 1999-05-20; "late 1995" -> 1995 (GUIDELINES: "late 2006" -> the year; train lists the whole
# phrase, 19 of 19); "between October and December 1995": "October" -> 1995-10 and "December 1995" -> 1995-12 (train:
# the bare first month dated with the range's year in 6 files of 8).
CFTC, GM = "Commodity Futures Trading Commission", "Global Minerals and Metals Corporation"
ML1, ML2, ML3 = ("Merrill Lynch & Co. Inc.", "Merrill Lynch International Inc.",
                 "Merrill Lynch Pierce Fenner and Smith (Brokers & Dealers) Limited")
A["us-cftc-global-minerals-and-metals-president-ceo-campbell-chief-copper-trader-alm-merrill-lynch-copper-"
  "manipulation-complaint-1999"] = dict(
    entities=[E("Organization", CFTC, "CFTC"), E("Company", GM, "Global"), E("Location", "New York City"),
              E("Person", "R. David Campbell", "Campbell"), E("Person", "Carl Alm", "Alm"),
              E("Location", "Massapequa, New York"), E("Company", ML1, "Merrill Lynch"), E("Company", ML2),
              E("Company", ML3), E("Location", "London, England"), E("Company", "Sumitomo Corporation"),
              E("Location", "Japan")],
    roles=[R("R. David Campbell", "president", GM), R("R. David Campbell", "ceo", GM), R("Carl Alm", "head", GM)],
    relations=[],
    outages=[],
    dates=[D("today", "1999-05-20"), D("late 1995", "1995"), D("October", "1995-10"),
           D("December 1995", "1995-12")])

# published 2013-09-25. SEC release: charges against Troy Lyndon, founder, CEO and CFO of Left Behind Games, and Ronald
# Zaucha for inflating the company's revenue through sham circular transactions.
# Entities: Securities and Exchange Commission ("SEC"): Organization. Left Behind Games Inc. ("Left Behind Games"):
# Company. Troy Lyndon ("Lyndon"), Ronald Zaucha ("Zaucha"), Michele Wein Layne: Persons. California ("California-
# based": train gives "X-based" states a Location 17 times of 19), Hawaii, Honolulu, Maui: Locations. "the SEC's Los
# Angeles Office": Organization "Los Angeles Office", a unit of the SEC (train Sequenom has exactly this, and the San
# Francisco, New York and Miami Regional Offices likewise); no separate Los Angeles (Sequenom gives none).
# Roles: "the founder of a religious-themed video game manufacturer" (the SEC charges Lyndon and "his friend") ->
# founder; "Troy Lyndon, who serves as the CEO and CFO" -> ceo and cfo, all at Left Behind Games, current. "Director of
# the SEC's Los Angeles Office" -> director at Los Angeles Office (train: 5 of 6 such directors).
# Relations: parentOrganization(Los Angeles Office, SEC).
# Dates: "today" -> 2013-09-25; "late yesterday" -> 2013-09-24 (the whole phrase, as train Film Festival Management's
# "late yesterday"); "2001"; "the end of 2011" -> 2011 (GUIDELINES: "the end of last year" -> the year; train gives
# the whole phrase 13 times of 17). "a one-year period": a duration.
LBG, SEC = "Left Behind Games Inc.", "Securities and Exchange Commission"
A["us-sec-left-behind-games-founder-ceo-cfo-troy-lyndon-zaucha-revenue-inflation-2013"] = dict(
    entities=[E("Organization", SEC, "SEC"), E("Person", "Troy Lyndon", "Lyndon"), E("Company", LBG, "Left Behind Games"),
              E("Person", "Ronald Zaucha", "Zaucha"), E("Location", "California"), E("Location", "Hawaii"),
              E("Location", "Honolulu"), E("Location", "Maui"), E("Person", "Michele Wein Layne"),
              E("Organization", "Los Angeles Office")],
    roles=[R("Troy Lyndon", "founder", LBG), R("Troy Lyndon", "ceo", LBG), R("Troy Lyndon", "cfo", LBG),
           R("Michele Wein Layne", "director", "Los Angeles Office")],
    relations=[L("Los Angeles Office", PO, SEC)],
    outages=[],
    dates=[D("today", "2013-09-25"), D("late yesterday", "2013-09-24"), D("2001", "2001"),
           D("the end of 2011", "2011")])

# published null. CMA case page: the completed acquisition by NEC Software Solutions UK of SSS Public Safety and Secure
# Solutions USA (previously part of Capita plc); phase 2, final undertakings, the two divestiture businesses sold to
# Codan Radio Communications.
# Entities: "CMA" (no full name in the text): Organization (train CMA case pages with no full name: FNZ / GBST and
# others; agree56). NEC Software Solutions UK Limited ("NECSWS"), SSS Public Safety Limited, Secure Solutions USA LLC,
# Capita plc, Codan Radio Communications Pty Limited: Companies. Kip Meek, Jo Armstrong, Robin Cohen, Kenneth Parker
# ("Sir Kenneth Parker"; train gives names without "Sir" in 16 of 19 mentions, and agree56 listed the form with it as an
# alias): Persons. Not entities: "the ICCS Divestiture Business" and "the Duties Divestiture Business" (labels of the
# undertakings for carved-out businesses, not names of companies; doubtful), the Remedy Group (a panel of the CMA).
# No place is named.
# Roles: "Kip Meek (Chair)" of the remedy group -> chairman at CMA; Armstrong, Cohen, Parker -> other at CMA (train
# FNZ / GBST; agree55 and agree56). Current.
# Relations: "the completed acquisition by NEC Software Solutions UK Limited of SSS Public Safety Limited and Secure
# Solutions USA LLC" -> acquired and the parent link for each target. "(previously part of Capita plc)", read as
# covering both targets -> parentOrganization(target, Capita plc) for each (past ownership is recorded). The sale of
# the two divestiture businesses to Codan: an asset sale of unnamed businesses (GUIDELINES: asset purchases give
# nothing), so no relation for Codan (doubtful).
# Dates (published null: absolute only): every day date; "07 August 2023" -> 2023-08-07; "by 5pm on Wednesday 1
# February 2023" -> "5pm" 2023-02-01T17:00 and "Wednesday 1 February 2023" 2023-02-01 (train lists a stated time beside
# its day in 5 files, whole in 1, the CMA's FNZ / GBST; agree55 split it too; a weekday with its date is one item);
# "Friday 7 October 2022", "Friday 30 September 2022" one item each.
NEC, SSS, SSU, CAP = ("NEC Software Solutions UK Limited", "SSS Public Safety Limited", "Secure Solutions USA LLC",
                      "Capita plc")
A["uk-cma-nec-software-solutions-capita-sss-merger-case-page-sale-to-codan-2023"] = dict(
    entities=[E("Organization", "CMA"), E("Company", NEC, "NECSWS"), E("Company", SSS), E("Company", SSU),
              E("Company", CAP), E("Company", "Codan Radio Communications Pty Limited"), E("Person", "Kip Meek"),
              E("Person", "Jo Armstrong"), E("Person", "Robin Cohen"),
              E("Person", "Kenneth Parker", "Sir Kenneth Parker")],
    roles=[R("Kip Meek", "chairman", "CMA"), R("Jo Armstrong", "other", "CMA"), R("Robin Cohen", "other", "CMA"),
           R("Kenneth Parker", "other", "CMA")],
    relations=[L(NEC, AQ, SSS), L(SSS, PO, NEC), L(NEC, AQ, SSU), L(SSU, PO, NEC), L(SSS, PO, CAP), L(SSU, PO, CAP)],
    outages=[],
    dates=[D("12 May 2022", "2022-05-12"), D("21 December 2022", "2022-12-21"), D("07 August 2023", "2023-08-07"),
           D("10 February 2023", "2023-02-10"), D("1 August 2023", "2023-08-01"),
           D("16 February 2023", "2023-02-16"), D("13 February 2023", "2023-02-13"),
           D("18 January 2023", "2023-01-18"), D("5pm", "2023-02-01T17:00"),
           D("Wednesday 1 February 2023", "2023-02-01"), D("1 December 2022", "2022-12-01"),
           D("15 September 2022", "2022-09-15"), D("Friday 7 October 2022", "2022-10-07"),
           D("Friday 30 September 2022", "2022-09-30")])

# published 2022-05-05. Justice Department release: Liquimar Tankers Management Services and Evridiki Navigation
# sentenced for Act to Prevent Pollution from Ships violations, falsified documents and obstructing a Coast Guard
# inspection of the tanker Evridiki; its chief engineer Vastardis.
# Entities: Liquimar Tankers Management Services Inc. ("Liquimar"), Evridiki Navigation Inc. ("Evridiki", as in
# "Evridiki was fined $2 million"; the ship of that name is not an entity, GUIDELINES 2): Companies. U.S. Coast Guard
# ("Coast Guard"): Organization. Richard G. Andrews, Nikolaos Vastardis ("Vastardis"), Todd Kim: Persons. "the
# District of Delaware" (the court Judge Andrews sits on): Organization (train Rabobank: "U.S. District Judge Jed S.
# Rakoff of the Southern District of New York" -> Organization Southern District of New York; doubtful). Third Circuit
# Court of Appeals: Organization. Big Stone Anchorage (a named site) and Delaware Bay (a named water): Locations.
# "U.S." ("U.S. jurisdiction over foreign vessels"): Location (train Doorae Shipping: "International and U.S. law" ->
# Location U.S.). Justice Department, Environment and Natural Resources Division: Organizations. Not entities: the Act
# to Prevent Pollution from Ships (a law), the oily water separator and oil content meter (equipment).
# Roles: "Assistant Attorney General Todd Kim for the Justice Department's Environment and Natural Resources Division"
# -> head at the Division (train: 12 of 12 such Assistant Attorneys General are head at their Division). Andrews: no
# role (train: 28 of 28 judges none). "the ship's Chief Engineer, Nikolaos Vastardis": no role (the post is on the
# ship, which is no entity; the text does not say which company employs him, and a ship's officer is not a senior
# company title; doubtful: executive at Evridiki Navigation or Liquimar is the alternative).
# Relations: parentOrganization(Environment and Natural Resources Division, Justice Department) (train: every
# Division with its Department). Liquimar and Evridiki: the text states no tie between them.
# Dates: "March 2019" -> 2019-03, "December 2021" -> 2021-12. "five-year": a duration.
ENRD, DOJ = "Environment and Natural Resources Division", "Justice Department"
A["us-doj-opa-liquimar-tankers-evridiki-navigation-chief-engineer-vastardis-apps-sentencing-2022"] = dict(
    entities=[E("Company", "Liquimar Tankers Management Services Inc.", "Liquimar"),
              E("Company", "Evridiki Navigation Inc.", "Evridiki"), E("Organization", "U.S. Coast Guard", "Coast Guard"),
              E("Person", "Richard G. Andrews"), E("Organization", "District of Delaware"),
              E("Location", "Big Stone Anchorage"), E("Location", "Delaware Bay"),
              E("Person", "Nikolaos Vastardis", "Vastardis"), E("Organization", "Third Circuit Court of Appeals"),
              E("Location", "U.S."), E("Person", "Todd Kim"), E("Organization", DOJ), E("Organization", ENRD)],
    roles=[R("Todd Kim", "head", ENRD)],
    relations=[L(ENRD, PO, DOJ)],
    outages=[],
    dates=[D("March 2019", "2019-03"), D("December 2021", "2021-12")])

# published null. Wikipedia: Drury Hotels, a family-owned American hotel company (Drury Inn and Suites, Drury Plaza
# Hotel, Pear Tree Inn), founded by the brothers Charles, James and Robert Drury.
# Entities: Drury Hotels Company, LLC ("Drury Hotels"): Company. Drury Inn and Suites ("Drury Inn", its first hotel's
# brand, taken as the same brand), Drury Plaza Hotel, Pear Tree Inn, Thrifty Inn, Holiday Inn: Services (hotel brands
# guests use; train gives a chain's brands Services with the company as provider: Jollibee's Red Ribbon and Chowking,
# The Restaurant Group's Frankie & Benny's, Tesco Express, Costa Express). Drury Development Corporation: Company.
# J.D. Power ("J.D. Power award", an award from the company; the award itself is no entity): Company (doubtful: a
# company named only inside an award's name may be left out, as inside a product's). Charles Drury ("Charles"),
# "James" (no fuller form in the text), Robert Drury ("Robert"), Lambert Drury, Mike Parson: Persons. St. Louis,
# Missouri, Cape Girardeau, Sikeston: Locations ("Town, State" split, as the train Wikipedia files split "Town,
# County"). Not entities: the Drury family, the Great Depression, "American".
# Roles: "founded by Charles, James, & Robert Drury", "Co-founder Charles Drury", "Two other co-founders, James and
# Robert" -> cofounder at Drury Hotels, all three; current though dead (train: dead founders stay current, 12 of 12;
# batch 57's Wikipedia files give several founders cofounder). "Governor of Missouri Mike Parson" -> governor at
# Missouri (GUIDELINES 2: a governor with the state as org), current. Lambert Drury founded an unnamed plastering
# company: no role.
# Relations: provider(brand, Drury Hotels Company, LLC) for its four brands (Thrifty Inn "introduced" by the chain).
# Holiday Inn: no provider (its owner is not named). Drury Development Corporation: no tie stated.
# Dates (published null: absolute only): "2024" ("As of 2024", "In 2024": one item), "1959", "1962", "1973",
# "September 7, 2020", "2008", "2013". "the 1990s": a decade, skipped (train leaves decades undated 79 times of 86).
DH = "Drury Hotels Company, LLC"
A["wp-drury-hotels"] = dict(
    entities=[E("Company", DH, "Drury Hotels"), E("Service", "Drury Inn and Suites", "Drury Inn"),
              E("Service", "Drury Plaza Hotel"), E("Service", "Pear Tree Inn"), E("Location", "St. Louis"),
              E("Location", "Missouri"), E("Person", "Charles Drury", "Charles"), E("Person", "James"),
              E("Person", "Robert Drury", "Robert"), E("Person", "Lambert Drury"),
              E("Company", "Drury Development Corporation"), E("Service", "Holiday Inn"),
              E("Location", "Cape Girardeau"), E("Location", "Sikeston"), E("Service", "Thrifty Inn"),
              E("Person", "Mike Parson"), E("Company", "J.D. Power")],
    roles=[R("Charles Drury", "cofounder", DH), R("James", "cofounder", DH), R("Robert Drury", "cofounder", DH),
           R("Mike Parson", "governor", "Missouri")],
    relations=[L("Drury Inn and Suites", PV, DH), L("Drury Plaza Hotel", PV, DH), L("Pear Tree Inn", PV, DH),
               L("Thrifty Inn", PV, DH)],
    outages=[],
    dates=[D("2024", "2024"), D("1959", "1959"), D("1962", "1962"), D("1973", "1973"),
           D("September 7, 2020", "2020-09-07"), D("2008", "2008"), D("2013", "2013")])

# published null. Wikipedia: Gourmet Burger Kitchen, a UK restaurant chain started in London in 2001 by three New
# Zealanders; sold to Clapham House (2005), Capricorn Ventures (2010), Famous Brands (2016) and Ranjit Singh Boparan
# (2020).
# Entities: Gourmet Burger Kitchen ("GBK"): Company. Clapham House Group PLC, Capricorn Ventures, Famous Brands:
# Companies. Nando's ("most notable for operating Nando's"): Service, a restaurant brand run by a company (train
# Wagamama: Frankie & Benny's and Chiquito Services with The Restaurant Group as provider; Jollibee). Adam Wills, Greg
# Driscoll, Brandon Allen, Peter Gordon, Ranjit Singh Boparan: Persons. United Kingdom ("UK"), Ireland, London,
# Battersea, Dubai, Greece, Oman: Locations. "New Zealand" ("a New Zealand-born ... chef"): Location, a country's name
# used as a modifier (both annotations of agree56 gave "US" in "their US market" a Location; doubtful, train has no
# "<country>-born" case; "New Zealanders", "South African", "Kiwi" are demonyms, not entities).
# Roles: "started ... by New Zealanders Adam Wills, Greg Driscoll, and Brandon Allen" -> cofounder at GBK each (three
# founders; batch 57's train Wikipedia files give several founders cofounder, e.g. Warp Records, Dreamhost), current.
# Peter Gordon "oversaw the menu development": no title at GBK, no role.
# Relations: "the owners sold the business to Clapham House Group PLC", "sold to Capricorn Ventures", "Famous Brands
# bought the company" -> acquired and the parent link for each buyer (past ownership recorded). Boparan "had acquired
# the company from administration": a person, so no acquired (GOLD_FORMAT: Company s; agree56's Future plc gave a
# person buyer nothing). provider(Nando's, Capricorn Ventures).
# Dates (published null: absolute only): "2001", "2005", "2010", "September 2016", "August 2018", "October 2018",
# "October 2020". "Later that month": relative, skipped.
G = "Gourmet Burger Kitchen"
A["wp-gourmet-burger-kitchen"] = dict(
    entities=[E("Company", G, "GBK"), E("Location", "United Kingdom", "UK"), E("Location", "Ireland"),
              E("Location", "London"), E("Person", "Adam Wills"), E("Person", "Greg Driscoll"),
              E("Person", "Brandon Allen"), E("Person", "Peter Gordon"), E("Location", "New Zealand"),
              E("Location", "Battersea"), E("Company", "Clapham House Group PLC"), E("Company", "Capricorn Ventures"),
              E("Service", "Nando's"), E("Location", "Dubai"), E("Location", "Greece"), E("Location", "Oman"),
              E("Company", "Famous Brands"), E("Person", "Ranjit Singh Boparan")],
    roles=[R("Adam Wills", "cofounder", G), R("Greg Driscoll", "cofounder", G), R("Brandon Allen", "cofounder", G)],
    relations=[L("Clapham House Group PLC", AQ, G), L(G, PO, "Clapham House Group PLC"),
               L("Capricorn Ventures", AQ, G), L(G, PO, "Capricorn Ventures"), L("Famous Brands", AQ, G),
               L(G, PO, "Famous Brands"), L("Nando's", PV, "Capricorn Ventures")],
    outages=[],
    dates=[D("2001", "2001"), D("2005", "2005"), D("2010", "2010"), D("September 2016", "2016-09"),
           D("August 2018", "2018-08"), D("October 2018", "2018-10"), D("October 2020", "2020-10")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree57-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
