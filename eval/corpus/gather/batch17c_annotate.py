#!/usr/bin/env python3
"""Batch 17c gold annotations (the 9 texts of batch17c.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 9 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch17c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

IDS = sorted("""us-house-rosendale-statement-cerner-ehr-dozens-of-outages
us-house-transportation-democrats-letter-newark-airport-radar-communications-loss-2025
us-senate-bennet-letter-denver-air-traffic-control-communications-outage-2025
us-senate-blumenthal-release-newark-philadelphia-tracon-telecommunications-issue-2025
us-senate-cantwell-statement-southwest-hearing-2023
us-senate-markey-blumenthal-letter-delta-it-issue-2017
us-senate-markey-blumenthal-letter-united-it-failure-2017
us-senate-markey-blumenthal-query-13-airlines-it-systems-2016
us-senate-schatz-letter-kauai-islandwide-outage-spectrum""".split())
A = {}
MB = [E("Location", "Washington"), E("Person", "Edward J. Markey", "Markey"), E("Person", "Richard Blumenthal", "Blumenthal")]
CST = E("Organization", "Commerce, Science, and Transportation Committee")

# ---- airlines' IT failures -----------------------------------------------------------------------------------------
A["us-senate-markey-blumenthal-letter-united-it-failure-2017"] = dict(
 entities=MB + [CST, E("Company", "United Airlines, Inc.", "United Airlines")],
 roles=[], relations=[],  # senators: legislators, no role
 # 'an IT issue yesterday caused United Airlines to ground all domestic flights for two and a half hours'; the other
 # carriers' 'significant disruptions due to IT failures' are counted, not told
 outages=[O("United Airlines, Inc.", "2017-01-22", [], dur=2.5, cause="IT issue")],
 dates=[D("January 23, 2017", "2017-01-23"), D("today", "2017-01-23"), D("yesterday", "2017-01-22"),
        D("August", "2016-08")])
A["us-senate-markey-blumenthal-letter-delta-it-issue-2017"] = dict(
 entities=MB + [CST, E("Company", "United Airlines"), E("Company", "Delta Air Lines, Inc.", "Delta Air Lines")],
 roles=[], relations=[],
 # Delta's 'IT issue yesterday' (29 January 2017); United's IT issue of 'last week' that grounded its domestic flights
 # for two and a half hours ('last week' left unresolved, as batch 17a: no date)
 outages=[O("Delta Air Lines, Inc.", "2017-01-29", [], cause="IT issue"),
          O("United Airlines", None, [], dur=2.5, cause="IT issue")],
 dates=[D("January 30, 2017", "2017-01-30"), D("today", "2017-01-30"), D("yesterday", "2017-01-29"),
        D("August", "2016-08")])
A["us-senate-markey-blumenthal-query-13-airlines-it-systems-2016"] = dict(
 entities=MB + [E("Company", "Southwest Airlines"), E("Company", "Delta Air Lines"), E("Company", "United Airlines")],
 roles=[], relations=[],
 # 'Recently, Southwest Airlines and Delta Air Lines experienced technology issues that resulted in thousands of flight
 # cancellations' (two airlines' failures, undated); 'Last year, a United Airlines router issue grounded all of the
 # airline's flights for two hours' (→ 2015)
 outages=[O("Southwest Airlines", None, [], cause="technology issues"),
          O("Delta Air Lines", None, [], cause="technology issues"),
          O("United Airlines", "2015", [], dur=2, cause="router issue")],
 dates=[D("August 16, 2016", "2016-08-16"), D("today", "2016-08-16"), D("Last year", "2015")])
# ---- air traffic control facilities -------------------------------------------------------------------------------
NEWARK = E("Location", "Newark Liberty International Airport", "Newark Airport", "EWR")
A["us-house-transportation-democrats-letter-newark-airport-radar-communications-loss-2025"] = dict(
 entities=[E("Location", "WASHINGTON, DC"), E("Person", "Nellie Pou", "Pou"), E("Person", "Rick Larsen", "Larsen"),
           E("Organization", "House Transportation and Infrastructure Committee"), E("Person", "Steve Cohen", "Cohen"),
           NEWARK, E("Person", "Frank Pallone, Jr."), E("Person", "Rob Menendez"), E("Person", "Josh Gottheimer"),
           E("Person", "Bonnie Watson Coleman"), E("Organization", "Aviation Subcommittee"),
           E("Organization", "Federal Aviation Administration"), E("Person", "Rocheleau"),
           E("Location", "America")],  # 'one of America’s largest airports' — added in the post-annotation check
 # 'the acting head of the Federal Aviation Administration' / 'Acting Administrator Rocheleau'; legislators no role
 roles=[R("Rocheleau", "head", "Federal Aviation Administration")],
 relations=[],
 # 'air traffic controllers temporarily lost radar and communications with aircraft at Newark Airport last week for
 # over a minute' — the facility and its operator are not named in the excerpt (cut before 'Philadelphia Terminal
 # Radar Approach Con...'); 'over a minute' is a bound; `published` null: no date
 outages=[O(None, None, [], loc="Newark Airport")],
 dates=[])
A["us-senate-blumenthal-release-newark-philadelphia-tracon-telecommunications-issue-2025"] = dict(
 entities=[E("Location", "HARTFORD, CT"), E("Person", "Richard Blumenthal", "Blumenthal"),
           E("Organization", "U.S. Department of Transportation", "DOT"), E("Person", "Sean Duffy"),
           E("Location", "Newark Airport"), E("Organization", "AAA"),
           E("Organization", "Philadelphia Terminal Radar Approach Control", "TRACON"), E("Location", "Newark"),
           E("Organization", "FAA"), E("Location", "Colorado"), E("Location", "New York City")],
 roles=[R("Sean Duffy", "head", "U.S. Department of Transportation")],  # 'DOT Secretary' (as batch 17a's Granholm)
 relations=[],
 # the TRACON's 'telecommunications issue' of 11 May that forced a 45-minute ground stop (the stop's length, not the
 # outage's: duration null); 'the third major air traffic control incident ... in the past two weeks' counted;
 # 'Last week, a Colorado air traffic control facility experienced a similar communications outage' (no operator,
 # 'last week' unresolved)
 outages=[O("Philadelphia Terminal Radar Approach Control", "2025-05-11", [], cause="telecommunications issue"),
          O(None, None, [], loc="Colorado")],
 dates=[D("May 11", "2025-05-11")])
A["us-senate-bennet-letter-denver-air-traffic-control-communications-outage-2025"] = dict(
 entities=[E("Location", "Washington, D.C."), E("Location", "Colorado"), E("Person", "Michael Bennet", "Bennet"),
           E("Person", "John Hickenlooper", "Hickenlooper"), E("Person", "Joe Neguse", "Neguse"),
           E("Person", "Diana DeGette", "DeGette"),
           E("Organization", "U.S. Department of Transportation", "Department of Transportation", "Department"),
           E("Person", "Sean Duffy"), E("Organization", "Federal Aviation Administration", "FAA"),
           E("Person", "Chris Rocheleau"), E("Location", "Denver International Airport"),
           E("Organization", "Denver Air Route Traffic Control Center"), E("Location", "Longmont"),
           E("Location", "Denver"), E("Organization", "DOGE")],
 roles=[R("Sean Duffy", "head", "U.S. Department of Transportation"),
        R("Chris Rocheleau", "head", "Federal Aviation Administration")],  # 'Secretary', 'Acting Administrator'
 relations=[],
 # 'last week's communications outage at the Denver International Airport and the Denver Air Route Traffic Control
 # Center in Longmont' — pilots unable to communicate 'for up to six minutes' (a bound: duration null); `published`
 # null and 'last week': no date
 outages=[O("Denver Air Route Traffic Control Center", None, [], loc="Denver")],
 dates=[])
# ---- a telecoms network -------------------------------------------------------------------------------------------
A["us-senate-schatz-letter-kauai-islandwide-outage-spectrum"] = dict(
 entities=[E("Location", "Kauai"), E("Location", "WASHINGTON"), E("Person", "Brian Schatz", "Schatz"),
           E("Location", "Hawai‘i"),
           E("Organization", "Senate Subcommittee on Communications, Technology, Innovation, and the Internet"),
           E("Company", "Spectrum"), E("Company", "Verizon"), E("Company", "CenturyLink"), E("Service", "911")],
 roles=[], relations=[],
 # the 'islandwide phone, internet, and cable TV outage that occurred last week on Kauai', lasting 'at least a day'
 # (a bound); whose system failed: 'the fiber-optic cable line that reportedly caused the outage', of which
 # CenturyLink is named co-owner (doubtful: Spectrum's services were the ones lost); 911 interruptions; undated
 outages=[O("CenturyLink", None, ["911"], loc="Kauai", cause="fiber-optic cable line")],
 dates=[])
# ---- near-misses -------------------------------------------------------------------------------------------------
A["us-house-rosendale-statement-cerner-ehr-dozens-of-outages"] = dict(
 entities=[E("Location", "Washington, D.C."), E("Person", "Matt Rosendale", "Rosendale"), E("Company", "Cerner"),
           E("Organization", "VA")] + locs("Walla Walla", "Columbus"),
 roles=[], relations=[],
 outages=[],  # near-miss: 'dozens of outages since its initial "go live" in 2020' — counted, none told apart
 dates=[D("2020", "2020")])  # 'In February' with `published` null: no year
A["us-senate-cantwell-statement-southwest-hearing-2023"] = dict(
 entities=[E("Person", "Maria Cantwell", "Cantwell"),
           E("Organization", "Senate Committee on Commerce, Science and Transportation", "Senate Commerce Committee",
             "Committee"),
           E("Company", "Southwest Airlines", "Southwest"), E("Person", "Andrew Watterson"),
           E("Organization", "Southwest Airlines Pilots Association"), E("Organization", "Flyers’ Rights"),
           E("Organization", "Airlines for America"), E("Organization", "FAA"), E("Location", "Washington")],
 roles=[R("Andrew Watterson", "coo", "Southwest Airlines")],  # 'Southwest Airlines Chief Operating Officer'
 relations=[],
 # near-miss: 16,700 canceled flights and 'Southwest's operations collapsed' — no system failure told in the text
 outages=[],
 dates=[D("tomorrow", "2023-02-09"), D("2022", "2022"), D("December", "2022-12"), D("Yesterday", "2023-02-07")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
