#!/usr/bin/env python3
"""Batch 17c part 2 gold annotations (the 4 texts of batch17c2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the 4 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as batch 16a part 2; part 1's splits are untouched).
usage: batch17c2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""uspto-palm-outage-information-patent-customers-2018
uspto-statement-power-disruption-data-center-2015
us-embassy-fiji-passport-visa-system-errors-consular-database-2015
us-house-energy-commerce-walden-emergency-alert-system-test-briefing-2011""".split())
A = {}

A["uspto-palm-outage-information-patent-customers-2018"] = dict(
 entities=[E("Service", "PALM"), E("Organization", "USPTO"), E("Company", "Facebook"), E("Service", "Twitter"),
           E("Person", "Andrei Iancu")],
 roles=[R("Andrei Iancu", "director", "USPTO")],  # 'USPTO Director Andrei Iancu' (an agency's director, as the FTC's)
 relations=[L("PALM", "provider", "USPTO")],  # 'PALM is the primary USPTO tool'
 # 'At approximately 4:30 a.m. ET on August 15, 2018, PALM experienced an issue during maintenance'; 'Systems returned
 # to service on August 23' (a day without a time: end as the day); duration not computable to the hour
 outages=[O("USPTO", "2018-08-15", ["PALM"], start="2018-08-15T04:30", end="2018-08-23",
            cause="issue during maintenance")],
 # '10 a.m. and 4 p.m. ET each day': recurring, no date
 dates=[D("4:30 a.m.", "2018-08-15T04:30"), D("August 15, 2018", "2018-08-15"), D("August 23", "2018-08-23")])
A["uspto-statement-power-disruption-data-center-2015"] = dict(
 entities=[E("Organization", "USPTO")],
 roles=[], relations=[],
 # 'On Tuesday night, December 22, a major power disruption to the USPTO's data center resulted in the shutdown of our
 # public filing, searching, and payment systems' — the systems are not named; 'impacted at least through December 25'
 # is a forecast, not an end
 outages=[O("USPTO", "2015-12-22", [], cause="power disruption")],
 dates=[D("Tuesday night", "2015-12-22"), D("December 22", "2015-12-22"), D("December 25", "2015-12-25")])
A["us-embassy-fiji-passport-visa-system-errors-consular-database-2015"] = dict(
 entities=[E("Organization", "Department of State"), E("Organization", "Bureau of Consular Affairs", "Bureau")],
 roles=[],
 relations=[L("Bureau of Consular Affairs", "parentOrganization", "Department of State")],
 # the Bureau's 'technical problems with its visa system': no start day stated (visas approved after 8 June and
 # applications from 9 June cannot be handled): the month
 outages=[O("Bureau of Consular Affairs", "2015-06", [], cause="technical problems")],
 # 'June 14-20, 2015' (a span) not listed; 'within the next 10 business days' skipped
 dates=[D("June 8, 2015", "2015-06-08"), D("June 9, 2015", "2015-06-09"), D("May 26", "2015-05-26"),
        D("June 14, 2015", "2015-06-14")])
A["us-house-energy-commerce-walden-emergency-alert-system-test-briefing-2011"] = dict(
 entities=[E("Location", "Washington, D.C."), E("Service", "National Emergency Alert System"),
           E("Organization", "Communications and Technology Subcommittee"), E("Person", "Greg Walden", "Walden"),
           E("Organization", "Federal Communications Commission", "FCC"),
           E("Organization", "Federal Emergency Management Agency", "FEMA"), E("Location", "Oregon"),
           E("Person", "Julius Genachowski")],
 roles=[R("Julius Genachowski", "chairman", "Federal Communications Commission")],  # the subcommittee chair: legislator
 relations=[],
 outages=[],  # near-miss: a nationwide test's 'major problems' — no service lost
 dates=[D("November 17", "2011-11-17")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
