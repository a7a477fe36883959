#!/usr/bin/env python3
"""Second annotation of the 8 batch-39 articles in /tmp/agree40-tmp (stripped copies, drawn by pick.py), made from
their text, GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids,
and the conventions settled in second-annotation-35/README.md and second-annotation-39/README.md).
Writes the gold files into the folder given as the first argument, with the checks of eval/corpus/second_sample.write.
usage: annotate.py OUT_DIR"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2014-12-09 (Tuesday). Westminster Hall debate on repeated power cuts in North Finchley. The chair "Mrs Main"
# and "Mr Wallace" are Persons named by the surname (train: "Mr. Mans" -> "Mans"); neither gets a role (a chair, and a
# member "acting in locus ministries" with no department or country named). The constituency Wyre and Preston North
# and the street "High road" are Locations (train: constituencies and streets are Locations). UK Power Networks is the
# Company whose box, substation and cables failed.
# Outages: the speaker lists eleven power cuts day by day, so each day is one outage told apart (GUIDELINES: "each
# outage the text tells apart is one"; doubtful: grouping by cause would give five, one per episode). All have provider
# UK Power Networks, location North Finchley, no affected party named (homes and businesses), no times or durations.
# Causes from the third and fourth paragraphs: 4 Sep 2013 water ingress into a UKPN box; the October cuts and "the first
# two outages in December" (16 and 18 Dec) overloaded old cables after the power was redirected; "Just before Christmas
# last year" (23 and 24 Dec) the low-voltage board of the main substation failed; January 2014 (6 and 7 Jan) that fault
# recurred; mid-November 2014 (13 and 14 Nov) cable insulation failed.
# Dates: a pair of days is dated to the month (35 convention "April 9 and 10, 2014" -> month), so "16 and 18 October"
# -> 2013-10, "16, 18, 23 and 24 December 2013" -> 2013-12, "6 and 7 January" -> 2014-01, "13 and 14 November 2014"
# -> 2014-11; "4 September" -> 2013-09-04 (year from "2013" at the end of the list and "September last year");
# "this afternoon" -> 2014-12-09; "last December", "December" ("in December") -> 2013-12; "the run-up to Christmas"
# and "Just before Christmas last year" -> 2013-12 (train: "the week before Christmas" -> month); "September last
# year" -> 2013-09; "October" ("the October outages") -> 2013-10; "January this year" -> 2014-01; "mid-November" ->
# 2014-11. "During the past year", "just a few weeks ago", "the busiest part of the year" are not dated.
UKPN, NF = "UK Power Networks", "North Finchley"
WATER, OVER = "water ingress into a UK Power Networks box", "overloaded old cables after power was redirected"
LVB, LVB2, INS = "failure of the main substation's low-voltage board", "low-voltage board failure recurred", \
    "cable insulation failure"
A["hansard-westminster-hall-power-cuts-north-finchley-uk-power-networks-2014"] = dict(
    entities=[E("Person", "Main"), E("Person", "Wallace"), E("Location", "Wyre and Preston North"),
              E("Location", "High road"), E("Location", NF), E("Company", UKPN)],
    roles=[],
    relations=[],
    outages=[O(UKPN, "2013-09-04", [], NF, WATER), O(UKPN, "2013-10-16", [], NF, OVER),
             O(UKPN, "2013-10-18", [], NF, OVER), O(UKPN, "2013-12-16", [], NF, OVER),
             O(UKPN, "2013-12-18", [], NF, OVER), O(UKPN, "2013-12-23", [], NF, LVB),
             O(UKPN, "2013-12-24", [], NF, LVB), O(UKPN, "2014-01-06", [], NF, LVB2),
             O(UKPN, "2014-01-07", [], NF, LVB2), O(UKPN, "2014-11-13", [], NF, INS),
             O(UKPN, "2014-11-14", [], NF, INS)],
    dates=[D("this afternoon", "2014-12-09"), D("4 September", "2013-09-04"), D("16 and 18 October", "2013-10"),
           D("16, 18, 23 and 24 December 2013", "2013-12"), D("6 and 7 January", "2014-01"),
           D("13 and 14 November 2014", "2014-11"), D("last December", "2013-12"),
           D("the run-up to Christmas", "2013-12"), D("September last year", "2013-09"), D("October", "2013-10"),
           D("December", "2013-12"), D("Just before Christmas last year", "2013-12"),
           D("January this year", "2014-01"), D("mid-November", "2014-11")])

# published 1999-03-23. Northern Electric plc's memorandum to the NI Affairs Committee about the storm. "Northern" (in
# "Northern suffered damage") is an alias. Northumberland and Northern Ireland are Locations (Northern Ireland stands
# for its utility in "as Northern Ireland did", but the surface is the place; NIE itself is not named).
# One outage: 120,000 customers lost supply through storm damage to the network, mainly in the Northumberland area ->
# provider Northern Electric plc, location Northumberland, cause storm damage to the network. Date null: the text names
# no day, month or year for the storm (doubtful: a reader who knows the inquiry would put it on 1998-12-26; the text
# does not say so). The compensation terms ("£50 for 24 hours off supply") are no duration. No date expressions.
NE = "Northern Electric plc"
A["uk-parliament-ni-affairs-committee-memorandum-northern-electric-storm-1999"] = dict(
    entities=[E("Company", NE, "Northern"), E("Location", "Northumberland"), E("Location", "Northern Ireland")],
    roles=[],
    relations=[],
    outages=[O(NE, None, [], "Northumberland", "storm damage to the distribution network")],
    dates=[])

# published null. Memorandum of Scottish and Southern Energy plc ("the Scottish and Southern Energy Group" is the same
# group: alias) for Scottish Hydro-Electric. "Scottish Hydro-Electric is part of the Scottish and Southern Energy Group"
# -> parentOrganization. Southern Electric is a Company; no relation to the group is stated (doubtful: "also" hints a
# sister unit; not stated). OFFER (the regulator the report went to): Organization.
# Outages (doubtful count): the festive-period storms left 67,850 customers off supply through distribution-voltage
# faults; separately, transmission-voltage faults cut 72,165 customers on 26 December (five faults) and 2,904 on 27
# December (two faults), restored by remote switching. The text tells these three apart (the distribution total and
# one transmission group per day), so three outages, all with provider Scottish Hydro-Electric, no location named, and
# date null (published null: a day and month without a year give the outage no date, binding rule). One outage for
# the whole storm would be the other reading. The Christmas 1995 severe weather led to a review of communications; the
# text does not say supply was lost, so no outage.
# Dates: "Christmas of 1995" -> 1995-12-25 (Christmas as the day, as train "Christmas" -> 12-25; doubtful: 1995-12 for
# a holiday period). "26 December" and "27 December" are not dated (published null).
SSE, SHE = "Scottish and Southern Energy plc", "Scottish Hydro-Electric"
A["uk-parliament-ni-affairs-committee-memorandum-scottish-hydro-electric-storm-1999"] = dict(
    entities=[E("Company", SSE, "Scottish and Southern Energy Group"), E("Company", SHE),
              E("Company", "Southern Electric"), E("Organization", "OFFER")],
    roles=[],
    relations=[L(SHE, PO, SSE)],
    outages=[O(SHE, None, [], None, "storms: distribution voltage faults"),
             O(SHE, None, [], None, "storm: five transmission voltage faults"),
             O(SHE, None, [], None, "storm: two transmission voltage faults")],
    dates=[D("Christmas of 1995", "1995-12-25")])

# published null. Scottish Power plc's memorandum on the Boxing Day storm. "ScottishPower" is an alias. Locations:
# Scotland, Stranraer, Fife, St. Andrews, Glasgow. The other PESs named as helpers (Scottish Hydro, MEB, EMEB, SWALEC,
# Eastern) are Companies; "supported by contractors and staff from other PESs" is mutual aid, not a stated partnership
# or contract (doubtful: partner ScottishPower -> each; the seeboard memorandum in train has partner only where the
# text says "our NOSAC partner"). No persons are named.
# One outage: hurricane-force winds from about 16.30 on Boxing Day brought trees down on overhead lines; over 240,000
# customers lost supply across the territory in Scotland -> provider Scottish Power plc, location Scotland, cause
# storm: trees falling onto overhead lines. Date null and start null: published is null and "Boxing Day" carries no
# year (binding rule; doubtful: the letter of "8 March 1999" makes 1998-12-26 near certain to a reader). The 1968
# storms around Glasgow are not said to have cut supply: no outage.
# Dates: "8 March 1999" -> 1999-03-08; "1968" -> 1968. "Boxing Day", "16.30 hours", "the last 30 years" not dated.
SP = "Scottish Power plc"
A["uk-parliament-ni-affairs-committee-memorandum-scottish-power-storm-1999"] = dict(
    entities=[E("Company", SP, "ScottishPower"), E("Location", "Scotland"), E("Location", "Stranraer"),
              E("Location", "Fife"), E("Location", "St. Andrews"), E("Location", "Glasgow"),
              E("Company", "Scottish Hydro"), E("Company", "MEB"), E("Company", "EMEB"), E("Company", "SWALEC"),
              E("Company", "Eastern")],
    roles=[],
    relations=[],
    outages=[O(SP, None, [], "Scotland", "storm: trees falling onto overhead distribution lines")],
    dates=[D("8 March 1999", "1999-03-08"), D("1968", "1968")])

# published null. Statement by the FCC chairman (named only in the title, so not annotated) on the 2017 hurricanes.
# FCC: Organization. Fowlkes ("Bureau Chief") and Anderson ("Division Chief") are Persons with no role, because their
# bureau and division are not named. Clyburn "Commissioner" -> other at FCC (GUIDELINES: commissioners -> other; train
# ftc-* files). Department of Homeland Security and Federal Emergency Management Agency (alias FEMA): Organizations, no
# relation (a list; train gives FEMA no parent). Open Mobile ("a provider of wireless services") and Claro, glossed as
# "the Puerto Rico Telephone Company": Companies; the fuller form is the name, Claro the alias (doubtful which is the
# name). Locations: Texas, Florida Keys, Puerto Rico, U.S. Virgin Islands, Florida. Hurricanes are not entities.
# Outages: in Puerto Rico "there is no power" and "91% of cell sites remain out of service" -> two outages (train
# us-nps-gulf-islands-hurricane-opal-... keeps phone and electricity apart), both with provider null (no operator named
# for either), date null (no date stated; published null), location Puerto Rico, cause hurricane (the text does not tie
# a named hurricane to Puerto Rico). Doubtful: one outage (cell sites only, the FCC's concern) is the other reading;
# the flooding in Texas and the Keys is general damage, not an outage told apart.
# Dates: none ("This month", "Over the weekend", "this hurricane season" cannot be resolved with published null).
A["us-fcc-pai-statement-hurricanes-harvey-irma-maria-puerto-rico-no-power-cell-sites"] = dict(
    entities=[E("Organization", "FCC"), E("Person", "Fowlkes"), E("Person", "Anderson"), E("Location", "Texas"),
              E("Location", "Florida Keys"), E("Location", "Puerto Rico"), E("Location", "U.S. Virgin Islands"),
              E("Location", "Florida"), E("Person", "Clyburn"), E("Organization", "Department of Homeland Security"),
              E("Organization", "Federal Emergency Management Agency", "FEMA"), E("Company", "Open Mobile"),
              E("Company", "Puerto Rico Telephone Company", "Claro")],
    roles=[R("Clyburn", "other", "FCC")],
    relations=[],
    outages=[O(None, None, [], "Puerto Rico", "hurricane"), O(None, None, [], "Puerto Rico", "hurricane")],
    dates=[])

# published 2007-02-05 (Monday). VOA business item. Sony Corporation (alias Sony): Company; PlayStation spelled
# "Playstation 3" here -> Service, provider Sony Corporation ("the company's Playstation 3"). "Casino Royale" is a film:
# not annotated (train annotates no films, e.g. Toy Story in wn-disney-buys-pixar-2006); James Bond is a fictional
# character. Nobuyuki Oneda (alias Oneda), "Sony's chief financial officer" -> cfo. Honda: Company ("carmaker
# Honda"). Japan, Europe, North America: Locations ("other Asian countries" is adjectival). No relations besides the
# provider; the movie division and game segment are unnamed.
# Dates: "the Christmas season" -> 2006-12 (the last Christmas before publication; a season of days in December, like
# train "the week before Christmas" -> month). "this fiscal year" is fiscal (skip). "the third quarter" and
# "Third-quarter" are Sony's and Honda's fiscal third quarters (results in February; October-December), fiscal quarters
# are not dated (binding rule; doubtful: 2006-Q4 for a reader who maps them). "the same period a year earlier" skipped.
SONY = "Sony Corporation"
A["voa-sony-profit-forecast-cfo-oneda-honda-profit-2007"] = dict(
    entities=[E("Location", "Japan"), E("Company", SONY, "Sony"), E("Service", "Playstation 3"),
              E("Person", "Nobuyuki Oneda", "Oneda"), E("Company", "Honda"), E("Location", "Europe"),
              E("Location", "North America")],
    roles=[R("Nobuyuki Oneda", "cfo", SONY)],
    relations=[L("Playstation 3", P, SONY)],
    outages=[],
    dates=[D("the Christmas season", "2006-12")])

# published 2003-04-14 (Monday). VOA "Asia Business: The Week Ahead". Locations: India, South Asia (from "Central and
# South Asia"; "Central Asia" is not a surface form; doubtful: the pair could be left out), Australia, New Zealand,
# Turkmenistan, Afghanistan, Pakistan. Asian Development Bank: Organization (multilateral lender, not a business).
# Seethapathy Chander "project coordinator of the Asian Development Bank" -> other (a project post, not a senior
# executive; doubtful: executive). Qantas Airways (alias Qantas) and Air New Zealand: Companies. "Qantas owns about 22
# percent of Air New Zealand" is a minority stake -> no relation (train: wp-precision-air, Kenya Airways' 41%, gives
# none). The route-sharing alliance is a proposal the watchdogs will reject -> no partner (binding: proposals and
# blocked deals give nothing; train wn-finnair-negotiating-possible-partnership-... gives none). The watchdogs: "New
# Zealand's Commerce Commission" -> Organization "Commerce Commission"; "The Australian Consumer Competition Commission"
# -> Organization. Infosys Technologies: Company.
# Dates: "June" -> 2003-06; "Thursday" -> 2003-04-10. "its fourth quarter" is Infosys's fiscal quarter (reported in
# April) -> skipped. "last week" skipped (binding rule); "at least three years" no date.
A["voa-tap-gas-pipeline-adb-qantas-air-new-zealand-alliance-infosys-2003"] = dict(
    entities=[E("Location", "India"), E("Location", "South Asia"), E("Location", "Australia"),
              E("Location", "New Zealand"), E("Company", "Qantas Airways", "Qantas"), E("Company", "Air New Zealand"),
              E("Organization", "Asian Development Bank"), E("Location", "Turkmenistan"), E("Location", "Afghanistan"),
              E("Location", "Pakistan"), E("Person", "Seethapathy Chander"), E("Organization", "Commerce Commission"),
              E("Organization", "Australian Consumer Competition Commission"), E("Company", "Infosys Technologies")],
    roles=[R("Seethapathy Chander", "other", "Asian Development Bank")],
    relations=[],
    outages=[],
    dates=[D("June", "2003-06"), D("Thursday", "2003-04-10")])

# published null. Wikipedia: Moore County substation attack. Locations: Moore County, North Carolina, United States,
# Coyote, California, Metcalf Energy Center (a named facility -> Location), Arkansas, Utah, Washington, Oregon,
# Carthage. Federal Bureau of Investigation (alias FBI): Organization. Duke Energy: Company. Ronnie Fields, "Moore
# County Sheriff": Person with no role (the sheriff's office is not named as an organisation, and a county is not a
# state or country; doubtful: other at Moore County).
# One outage: the gunfire attack on two substations left up to 40,000 customers without power -> provider Duke Energy
# ("a Duke Energy power substation was severely damaged by gunfire"), date 2022-12-03, start 2022-12-03T19:00 (the
# damage "at around 7 p.m." on the day of the attack; doubtful: start null), location Moore County, cause gunfire
# attack on substations. "up to four days could be required" is an estimate: no end or duration. The earlier attacks
# (Metcalf 2013, Arkansas 2013, Utah 2016, Washington and Oregon) are not said to have cut anyone's power: no outages.
# Dates (published null, absolute only): "December 3, 2022", "2013", "2016". "7 p.m." and "Less than two weeks prior"
# are not dated.
DUKE = "Duke Energy"
A["wp-moore-county-substation-attack"] = dict(
    entities=[E("Location", "Moore County"), E("Location", "North Carolina"), E("Location", "United States"),
              E("Organization", "Federal Bureau of Investigation", "FBI"), E("Location", "Coyote"),
              E("Location", "California"), E("Location", "Metcalf Energy Center"), E("Location", "Arkansas"),
              E("Location", "Utah"), E("Location", "Washington"), E("Location", "Oregon"),
              E("Person", "Ronnie Fields"), E("Company", DUKE), E("Location", "Carthage")],
    roles=[],
    relations=[],
    outages=[O(DUKE, "2022-12-03", [], "Moore County", "gunfire attack on substations", start="2022-12-03T19:00")],
    dates=[D("December 3, 2022", "2022-12-03"), D("2013", "2013"), D("2016", "2016")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree40-tmp", sys.argv[1]), "written")
