#!/usr/bin/env python3
"""Second annotation (agree46) of the 6 articles in /tmp/agree46-tmp (stripped copies), made from their text,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids, and the
conventions settled in second-annotation-44/45 README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, O, R, write
A = {}
PO, AQ, PV, PT = "parentOrganization", "acquired", "provider", "partner"

# published 2000-06-21. Federal Register notice of the proposed Final Judgment in United States v. AT&T Corp. and
# MediaOne Group, Inc. (ServiceCo / Road Runner).
# Entities: U.S. District Court for the District of Columbia: Organization (only the lower-case "the court" otherwise:
# no alias). "United States" (plaintiff): Location (agree42-45, the Premdor notice). AT&T Corp. (alias "AT&T") and
# MediaOne Group, Inc. (alias "MediaOne"): Companies. The complaint sentence calls the target "MediaGroup, Inc.
# ("MediaOne")", a slip for the same company: I list "MediaGroup, Inc." as an alias (doubtful: a separate entity, or
# left out). ServiceCo., LLC (alias "ServiceCo"): Company. "Road Runner" is the trade name ServiceCo "operates under":
# an alias, as agree45's d/b/a convention (Nex-Tech); doubtful: a Service with provider(Road Runner, ServiceCo., LLC).
# Donald J. Russell (Person), "Chief, Telecommunications Task Force" -> head at Telecommunications Task Force
# (Organization), as J. Robert Kramer, Chief, Litigation II Section, in the Raytheon notice in train. U.S. Department
# of Justice and Antitrust Division: Organizations, parentOrganization(Antitrust Division, U.S. Department of Justice)
# from "U.S. Department of Justice, Antitrust Division" (as the Raytheon notice). The Task Force gets no parent: its
# own address line names no Division (doubtful: parentOrganization to the Antitrust Division). Washington, DC
# (addresses): Location. Not entities: the Antitrust Procedures and Penalties Act, the Clayton Act (laws), the
# Federal Register (agree43), the Clerk (an office holder).
# Relations: "the proposed acquisition of MediaOne by AT&T" -> acquired(AT&T Corp., MediaOne Group, Inc.) only
# (proposed, under a consent judgment: agree42-45). The 34% equity interest in ServiceCo (a minority stake AT&T must
# divest) gives nothing (as TCI's 23.5% Sprint interest in the AT&T/TCI notice in train).
# Dates: "May 25, 2000", "December 31, 2001". "sixty-day" is a span.
ATT, MO, SC, DOJ = "AT&T Corp.", "MediaOne Group, Inc.", "ServiceCo., LLC", "U.S. Department of Justice"
A["us-doj-federal-register-att-mediaone-road-runner-proposed-final-judgment-2000"] = dict(
    entities=[E("Organization", "U.S. District Court for the District of Columbia"), E("Location", "United States"),
              E("Company", ATT, "AT&T"), E("Company", MO, "MediaGroup, Inc.", "MediaOne"),
              E("Company", SC, "ServiceCo", "Road Runner"), E("Person", "Donald J. Russell"),
              E("Organization", "Telecommunications Task Force"), E("Location", "Washington, DC"),
              E("Organization", DOJ), E("Organization", "Antitrust Division")],
    roles=[R("Donald J. Russell", "head", "Telecommunications Task Force")],
    relations=[L(ATT, AQ, MO), L("Antitrust Division", PO, DOJ)],
    outages=[],
    dates=[D("May 25, 2000", "2000-05-25"), D("December 31, 2001", "2001-12-31")])

# published 2000-02-15. FCC news release: approval of the transfer and assignment of Omnipoint's and VoiceStream's
# wireless licenses to VoiceStream's new parent VWHC and to joint ventures involving Cook Inlet affiliates.
# Entities: Federal Communications Commission (alias "FCC"), Department of Justice ("DOJ"), Federal Bureau of
# Investigation ("FBI"): Organizations. Omnipoint Corporation ("Omnipoint"), VoiceStream Wireless Corporation
# ("VoiceStream"), Voicestream Wireless Holding Corporation ("VWHC"; spelt so in the text), Cook Inlet Region, Inc.
# ("Cook Inlet"): Companies. Washington, D.C. (dateline): Location. The Communications Act is a law.
# Relations: "VoiceStream's recently created parent holding company, VWHC" -> parentOrganization(VoiceStream, VWHC).
# Doubtful, left out: acquired(VWHC, Omnipoint). The text speaks only of the transfer and assignment of Omnipoint's
# licenses to VWHC ("this transaction"), never of a merger or of control of Omnipoint moving. Licenses are assets, so
# I give nothing; the Vodafone/AirTouch release in train had "merger" and "transfer of control" in its text. Also left
# out: partner between VoiceStream (or VWHC) and Cook Inlet. The text says only "joint ventures involving affiliates
# of Cook Inlet" and does not name the other party (the SBC/BellSouth release in train named both). The Agreement
# among VoiceStream, the DOJ and the FBI is a compliance undertaking with government bodies: no partner. No
# parentOrganization(FBI, DOJ): the text does not say so.
# Dates: "February 15, 2000" (the release line). "recently created" is not dated.
VS, VW, OM, CI = ("VoiceStream Wireless Corporation", "Voicestream Wireless Holding Corporation",
                  "Omnipoint Corporation", "Cook Inlet Region, Inc.")
A["us-fcc-voicestream-omnipoint-cook-inlet-license-transfers-approved-news-release-2000"] = dict(
    entities=[E("Location", "Washington, D.C."), E("Organization", "Federal Communications Commission", "FCC"),
              E("Company", OM, "Omnipoint"), E("Company", VS, "VoiceStream"), E("Company", VW, "VWHC"),
              E("Company", CI, "Cook Inlet"), E("Organization", "Department of Justice", "DOJ"),
              E("Organization", "Federal Bureau of Investigation", "FBI")],
    roles=[],
    relations=[L(VS, PO, VW)],
    outages=[],
    dates=[D("February 15, 2000", "2000-02-15")])

# published 2003-09-11. SEC litigation release: accounting fraud action against AIG, Brightpoint and three
# individuals (the "non-traditional" insurance product).
# Entities: Securities and Exchange Commission (alias "Commission"): Organization. American International Group, Inc.
# ("AIG") and Brightpoint, Inc. ("Brightpoint"): Companies. Phillip Bounsall ("Bounsall"), John Delaney ("Delaney"),
# Timothy Harcharik ("Harcharik"): Persons. No entity for the lower-case "federal district court in the Southern
# District of New York" (agree45, Rite Aid) nor for the district on its own (agree44/45). The insurance product is
# unnamed: no Service. The AIG employee is unnamed.
# Roles: "two former officers and a former employee of Brightpoint, respectively, Bounsall, Delaney and Harcharik" ->
# Bounsall and Delaney `executive` (an officer is a generic senior title) at Brightpoint, current false; Harcharik, a
# former employee, no role (as Simon Jupp, "a former employee of ITV", in train). Doubtful: no role for an untitled
# "officer".
# Relations: AIG "selling Brightpoint a new insurance product" -> partner(AIG, Brightpoint), as the fraudulent
# Veritas/AOL round-trip deal gave partner in train (us-sec-veritas-...-2007). Doubtful: no relation (a fraudulent
# transaction, compare the bribery cases where the won business gives no partner).
# Dates: "today" -> 2003-09-11 (once: same text, same value); "1997" ("Beginning in 1997").
AIG, BP = "American International Group, Inc.", "Brightpoint, Inc."
A["us-sec-brightpoint-aig-former-officers-bounsall-delaney-insurance-product-fraud-2003"] = dict(
    entities=[E("Organization", "Securities and Exchange Commission", "Commission"), E("Company", AIG, "AIG"),
              E("Company", BP, "Brightpoint"), E("Person", "Phillip Bounsall", "Bounsall"),
              E("Person", "John Delaney", "Delaney"), E("Person", "Timothy Harcharik", "Harcharik")],
    roles=[R("Phillip Bounsall", "executive", BP, False), R("John Delaney", "executive", BP, False)],
    relations=[L(AIG, PT, BP)],
    outages=[],
    dates=[D("today", "2003-09-11"), D("1997", "1997")])

# published 2011-06-21. SEC litigation release: Paul R. Allen, former CEO of Taylor, Bean and Whitaker, charged with
# aiding and abetting Lee B. Farkas's TARP fraud (Colonial Bank / Colonial BancGroup).
# Entities: Securities and Exchange Commission (alias "SEC"), U.S. District Court for the Eastern District of
# Virginia, U.S. Treasury: Organizations. Taylor, Bean and Whitaker Mortgage Corp. ("TBW"), Colonial Bank, The Colonial
# BancGroup, Inc. ("BancGroup"; the name keeps "The", agree42): Companies. Paul R. Allen ("Allen"), Lee B. Farkas
# ("Farkas"): Persons. The Troubled Asset Relief Program (TARP) is a programme: not an entity (GUIDELINES). The
# "foreign-held investment bank" is unnamed.
# Roles: Allen "the former chief-executive officer at TBW" -> ceo, current false; Farkas "TBW's former chairman" ->
# chairman, current false.
# Relations: "Colonial Bank's parent company - The Colonial BancGroup, Inc." -> parentOrganization(Colonial Bank,
# BancGroup). TBW's (bogus) equity investment in Colonial Bank: a stake, never completed, gives nothing.
# Dates: "June 17, 2011"; "1983" ("since 1983"). "one-day" and "two hours" are spans.
TBW, CB, CBG = "Taylor, Bean and Whitaker Mortgage Corp.", "Colonial Bank", "The Colonial BancGroup, Inc."
A["us-sec-taylor-bean-whitaker-former-ceo-allen-former-chairman-farkas-tarp-2011"] = dict(
    entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Person", "Paul R. Allen", "Allen"),
              E("Company", TBW, "TBW"), E("Person", "Lee B. Farkas", "Farkas"), E("Organization", "U.S. Treasury"),
              E("Organization", "U.S. District Court for the Eastern District of Virginia"), E("Company", CB),
              E("Company", CBG, "BancGroup")],
    roles=[R("Paul R. Allen", "ceo", TBW, False), R("Lee B. Farkas", "chairman", TBW, False)],
    relations=[L(CB, PO, CBG)],
    outages=[],
    dates=[D("June 17, 2011", "2011-06-17"), D("1983", "1983")])

# published null. Press release of the Connecticut Congressional Delegation with its letter of November 4, 2011 to
# FERC chairman Jon Wellinghoff on CL&P's response to the October 29, 2011 storm.
# Entities: New Haven (dateline, "New Haven, CT"): Location. State of Connecticut (fullest form, "the State of
# Connecticut"; aliases "Connecticut" and the dateline's "CT"; as "State of Texas" / "Texas" in train): Location.
# Connecticut Light & Power and Northeast Utilities: Companies. Jon Wellinghoff ("Wellinghoff"): Person. Federal Energy
# Regulatory Commission: Organization. Northeast ("the Northeast"; the lower-case "northeast states" is an adjective,
# not an alias): Location. Washington, DC (the letter's address; as the Van Hollen/Pepco letter in train): Location.
# Not annotated: the "Connecticut Congressional Delegation" (an informal group of legislators; the Cruz letter in
# train leaves "the Texas delegation" out; doubtful: an Organization); the Energy Policy Act of 2005 and the Federal
# Power Act (laws). Members of Congress are unnamed in the text (the names are only in the attribution).
# Roles: Wellinghoff "the Chairman of the Federal Energy Regulatory Commission" -> chairman, current true.
# Relations: "Connecticut Light & Power and its parent company, Northeast Utilities" -> parentOrganization(CL&P, NU).
# Outage: one, the October 29, 2011 storm outage: provider Connecticut Light & Power (the utility whose restoration is
# questioned; its parent Northeast Utilities is the alternative, or both), date 2011-10-29, location Connecticut (the
# text's figures: over 850,000 in Connecticut; the region-wide "Northeast" is the alternative), cause "winter storm",
# no times, affected [] (households). "the second major power disruption in the last two months" is another outage
# counted, not told (no date, provider or place): no event.
# Dates: published is null, so only absolute expressions: "November 4, 2011", "October 29, 2011", and the bare
# "October 29" -> 2011-10-29 (the same storm as "October 29, 2011" in the letter; bare day-months whose year the text
# gives were dated in published-null train files: wp-long-island-lighting-company "October 8", wp-2008-submarine-
# cable-disruption "January 23"). Doubtful: leaving "October 29" out. Not dated: "today", "Six days later" (relative;
# it would resolve to 2011-11-04 from the storm date), "the last two months". "2005" is part of the Act's name.
CLP, NU, CT = "Connecticut Light & Power", "Northeast Utilities", "State of Connecticut"
FERC = "Federal Energy Regulatory Commission"
A["us-senate-blumenthal-ct-delegation-letter-ferc-clp-northeast-utilities-october-storm-2011"] = dict(
    entities=[E("Location", "New Haven"), E("Location", CT, "Connecticut", "CT"), E("Company", CLP),
              E("Company", NU), E("Person", "Jon Wellinghoff", "Wellinghoff"), E("Organization", FERC),
              E("Location", "Northeast"), E("Location", "Washington, DC")],
    roles=[R("Jon Wellinghoff", "chairman", FERC)],
    relations=[L(CLP, PO, NU)],
    outages=[O(CLP, "2011-10-29", [], "Connecticut", "winter storm")],
    dates=[D("October 29", "2011-10-29"), D("November 4, 2011", "2011-11-04"), D("October 29, 2011", "2011-10-29")])

# published 2018-04-10. Press release of Senators Schumer and Gillibrand with their letter to Carl A. Taylor,
# President and CEO of NYSEG and RG&E, on the outages after the April 4 wind storm.
# Entities: Washington, DC (dateline), Upstate New York, Binghamton (address "Binghamton, NY"): Locations. New York
# State (fullest form; aliases "New York", as in "New York households", and the address's "NY"): Location. Charles E.
# Schumer and Kirsten Gillibrand: Persons, no role (legislators; "Senate Minority Leader" is a legislative post).
# No entity for the U.S. Senate, named only inside their titles (doubtful: an Organization). Carl A. Taylor (alias
# "Taylor", from "Mr. Taylor"): Person. NYSEG and RG&E: Companies (the text gives no fuller names).
# Roles: "President and Chief Executive Officer, NYSEG and RG&E" -> president and ceo at each, current true (4).
# Relations: none stated between NYSEG and RG&E.
# Outage: one: provider NYSEG, date 2018-04-04 ("the April 4th high wind storm"), location Upstate New York ("prolonged
# power outages across Upstate New York"), cause "high wind storm", affected [] (households). NYSEG is the utility the
# letter names for these outages; RG&E is addressed through the shared CEO only. Doubtful: a second outage with
# provider RG&E, or provider RG&E as well. "last week's wind storms" and "the winter storms that have occurred across
# New York State" are not told apart beyond the April 4 storm: no further events.
# Dates: "today" -> 2018-04-10; "April 4th" -> 2018-04-04. "last week's" is skipped (GUIDELINES: "last week" -> skip).
NY, RG = "NYSEG", "RG&E"
A["us-senate-gillibrand-schumer-letter-nyseg-rge-april-wind-storm-outages-2018"] = dict(
    entities=[E("Location", "Washington, DC"), E("Person", "Charles E. Schumer"), E("Person", "Kirsten Gillibrand"),
              E("Person", "Carl A. Taylor", "Taylor"), E("Company", NY), E("Company", RG),
              E("Location", "New York State", "New York", "NY"), E("Location", "Upstate New York"),
              E("Location", "Binghamton")],
    roles=[R("Carl A. Taylor", "president", NY), R("Carl A. Taylor", "ceo", NY), R("Carl A. Taylor", "president", RG),
           R("Carl A. Taylor", "ceo", RG)],
    relations=[],
    outages=[O(NY, "2018-04-04", [], "Upstate New York", "high wind storm")],
    dates=[D("today", "2018-04-10"), D("April 4th", "2018-04-04")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree46-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
