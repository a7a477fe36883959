#!/usr/bin/env python3
"""Batch 16a part 2 gold annotations (the 5 texts of batch16a2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the 5 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b; part 1's splits are untouched).
usage: batch16a2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""fcc-carr-statement-hurricane-michael-communications-outages-2020
fcc-clyburn-statement-april-2014-multistate-911-outages-report-2014
fcc-rosenworcel-statement-disaster-information-reporting-outages-2024
fcc-rosenworcel-statement-fiber-cut-outages-outage-reporting-rules
fcc-rosenworcel-statement-winter-storm-uri-communications-outages-2021""".split())
A = {}

# ---- outages ---------------------------------------------------------------------------------------------------
A["fcc-carr-statement-hurricane-michael-communications-outages-2020"] = dict(
 entities=[E("Organization", "Commission"), E("Organization", "California Public Utilities Commission"),
           E("Location", "State of California", "California"), E("Service", "Network Outage Reporting System", "NORS"),
           E("Location", "Gulf Coast"), E("Location", "Florida"), E("Location", "U.S."), E("Location", "Mexico Beach"),
           E("Person", "Jack")],
 roles=[], relations=[],  # the statement's author is not in the text (header left out, as batch 8's FCC statements)
 # 'significant communications outages in the wake of Hurricane Michael', which hit Florida on 10 October 2018; no
 # operator is named
 outages=[O(None, "2018-10-10", [], loc="Florida", cause="Hurricane Michael")],
 dates=[D("1:30 PM", "2018-10-10T13:30"), D("October 10, 2018", "2018-10-10")])  # 'two months earlier': not against `published`
A["fcc-clyburn-statement-april-2014-multistate-911-outages-report-2014"] = dict(
 entities=[E("Service", "9-1-1", "911"), E("Organization", "Commission"), E("Person", "David Simpson"), E("Person", "Michael Connelly"),
           E("Organization", "Public Safety and Homeland Security Bureau"), E("Person", "David Danner"),
           E("Organization", "Washington Utilities and Transportation Commission"), E("Organization", "NARUC"),
           E("Person", "Brad Ramsey")],
 roles=[R("David Danner", "chairman", "Washington Utilities and Transportation Commission"),
        R("Brad Ramsey", "executive", "NARUC")],  # 'General Counsel' -> executive; 'Admiral' is a rank, no post given
 relations=[],  # the Bureau's parent is only 'this Commission' in a sentence that does not state the relation
 # 'without 9-1-1 service for up to six hours' in April 2014; no operator is named (as the train statements of the
 # same day, which give the same outage a null provider and 6 hours)
 outages=[O(None, "2014-04", ["9-1-1"], dur=6.0)],
 dates=[D("October 17, 2014", "2014-10-17"), D("April 2014", "2014-04")])
A["fcc-rosenworcel-statement-fiber-cut-outages-outage-reporting-rules"] = dict(
 entities=[E("Organization", "Commission"), E("Location", "New York"), E("Location", "Connecticut"), E("Location", "Massachusetts"),
           E("Location", "Rhode Island"), E("Service", "911"), E("Location", "Northeast"), E("Location", "California"),
           E("Location", "San Francisco"), E("Location", "Sacramento"), E("Location", "Florida"), E("Location", "Miami"),
           E("Location", "Arizona"), E("Location", "Flagstaff")],
 roles=[], relations=[],
 # four network outages, none with a named operator and, `published` being null, none with a resolvable day: the
 # Northeast's lost Internet and phone service (and 911) from an accidental fiber cut; California's disrupted
 # Internet access after vandals destroyed fiber; Miami's 14,000 broadband customers after a construction error;
 # Flagstaff's cash machines, card payments and emergency dispatch after fiber was maliciously cut
 outages=[O(None, None, ["911"], loc="Northeast", cause="accidental fiber cut"),
          O(None, None, [], loc="California", cause="vandals destroyed fiber facilities"),
          O(None, None, [], loc="Miami", cause="construction error"),
          O(None, None, [], loc="Flagstaff", cause="fiber-optic cables maliciously cut")],
 dates=[])  # 'Two weeks ago', 'earlier this month', 'Last year': published null
A["fcc-rosenworcel-statement-winter-storm-uri-communications-outages-2021"] = dict(
 entities=[E("Organization", "Commission"), E("Location", "Texas"), E("Location", "United States"), E("Location", "Maine"),
           E("Location", "Oregon"), E("Location", "Oklahoma")],
 roles=[], relations=[],
 # Winter Storm Uri, 'Last month' (February 2021): Texas's power grid failed (millions without power) and
 # communications outages hit Texas and Oklahoma (400,000 wireless users, 720,000 VoIP users); no operator is named.
 # The water treatment plants' failure led to boil warnings (supply not said to be cut: no event, as batch 15c's
 # boil water notice)
 outages=[O(None, "2021-02", [], loc="Texas", cause="Winter Storm Uri"),
          O(None, "2021-02", [], loc="Texas", cause="Winter Storm Uri")],
 dates=[D("March 17, 2021", "2021-03-17"), D("Last month", "2021-02"), D("Today", "2021-03-17")])
# ---- near-miss -------------------------------------------------------------------------------------------------
A["fcc-rosenworcel-statement-disaster-information-reporting-outages-2024"] = dict(
 entities=[E("Organization", "Federal Communications Commission", "FCC", "Commission"),
           E("Service", "Disaster Information Reporting System", "DIRS")],
 roles=[], relations=[],
 outages=[],  # near-miss: outage reporting during disasters; no outage told
 dates=[D("January 25, 2024", "2024-01-25"), D("Today", "2024-01-25")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
