#!/usr/bin/env python3
"""Batch 43f gold annotations (the texts of batch43f.py: Commissioner Rosenworcel's statement on FCC 13-125 of 26
September 2013 and the FCC's DIRS status report on the California Public Safety Power Shutoffs of 30 October 2019),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions: the statement follows batches 16a2 and 39g (header with the author left out, so no role for her; storms
no entities; outages with no operator named get a null provider; one item per outage the text tells apart, power
and cell-site losses told in one storm's sentences as two items, as 39g's Puerto Rico clause). The status report
follows batch 37z's Matthew report and batch 39g's Lee report: the FCC -> Organization; the PSHSB and the Public
Safety Support Center -> Organization, the Center parentOrganization the FCC ('the FCC's Public Safety Support
Center'); '911' -> Service; the state and every county listed -> Location (bare names, as listed); DIRS not
annotated (doubtful: a Service run by the FCC); a rerouted PSAP -> an outage of 911 with the named PSAP as provider
(as batch 18e's Ian report; 37z left the unnamed Bulloch County PSAP's provider null).
usage: batch43f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, locs
import batch10_annotate as b10

A = {}
FCC = "Federal Communications Commission"
PSSC = "Public Safety Support Center"

# ---- Rosenworcel's statement on FCC 13-125 (26 September 2013) ---------------------------------------------------
A["us-fcc-rosenworcel-statement-mobile-network-resiliency-sandy-colorado-new-jersey-2013"] = dict(
 # East Coast, Colorado (twice), New Jersey (twice) -> Location. Not annotated: Hurricane Sandy (a storm; the cause
 # below), 'carriers' and 'Local officials' (unnamed), 'PS Docket 13-239', 'FCC 13-125' (docket and document numbers,
 # not the body: the kept text names no organisation -- a text with outages only, doubtful under GUIDELINES step 1,
 # kept as the lane's storm statements are)
 entities=locs("East Coast", "Colorado", "New Jersey"),
 roles=[],
 relations=[],
 # four outages, told apart by storm and place, none with an operator named:
 # (1) Sandy's power outages, 'Power outages were widespread' -- provider null, date '2012' ('Last year' against
 #     published 2013-09-26), affected [], location 'East Coast' ('ripped apart the East Coast'; 'the affected
 #     areas'), cause 'Hurricane Sandy';
 # (2) 'Across the affected areas, one quarter of our wireless towers failed' -- provider null, date '2012', affected
 #     [] (wireless service, no named service), location 'East Coast', cause 'Hurricane Sandy'. Doubtful as a count:
 #     (1) and (2) as one item would also be defensible (as 39g);
 # (3) Colorado, 'Local officials cited wireless network outages' after the rain 'Earlier this month' -- provider
 #     null, date '2013-09', affected [], location 'Colorado', cause 'rain' (the text's own word for the event;
 #     doubtful: 'floods' is the reader's word, not the text's);
 # (4) 'Just last week in New Jersey, a fiber-optic cable cut disrupted wireless service in towns near the shore' --
 #     provider null, date null ('last week' is skipped by the Dates rule; doubtful: 2013-09, the week before 26
 #     September lying in September), affected [], location 'New Jersey', cause 'fiber-optic cable cut'.
 # 'essential communications get cut in crisis' is general, no further item
 outages=[O(None, "2012", [], loc="East Coast", cause="Hurricane Sandy"),
          O(None, "2012", [], loc="East Coast", cause="Hurricane Sandy"),
          O(None, "2013-09", [], loc="Colorado", cause="rain"),
          O(None, None, [], loc="New Jersey", cause="fiber-optic cable cut")],
 # published 2013-09-26: 'September 26, 2013' -> 2013-09-26; 'Last year' -> 2012; 'Earlier this month' -> 2013-09.
 # Skipped: 'Just last week' (Dates rule: 'last week' -> skip), 'At one point', 'in the digital age'
 dates=[D("September 26, 2013", "2013-09-26"), D("Last year", "2012"), D("Earlier this month", "2013-09")])

# ---- DIRS status report, California Public Safety Power Shutoffs, 30 October 2019 -------------------------------
A["us-fcc-communications-status-report-california-power-shutoffs-2019"] = dict(
 # FCC ('Federal Communications Commission's', 'FCC's'); PSHSB; the Center; 911 (in '911 Services', '911 Service
 # Providers', 'state 911 Administrators', '911 calls'); California (alias 'CA', in 'Fairfax Police Department, CA');
 # the 32 counties as listed (Lake, Orange, Nevada, Sierra, Kern as county names here); the Fairfax Police Department
 # -> Organization (the PSAP named as a body). Not annotated: DIRS (module note), 'PSAP(s)' (a facility kind),
 # 'another PSAP' (unnamed), 'communications providers' (unnamed)
 entities=[E("Organization", FCC, "FCC"),
           E("Organization", "Public Safety and Homeland Security Bureau", "PSHSB"),
           E("Organization", PSSC), E("Service", "911"),
           E("Location", "California", "CA"),
           E("Organization", "Fairfax Police Department")]
          + locs("Alpine", "Amador", "Butte", "Calaveras", "Contra Costa", "El Dorado", "Glenn", "Humboldt", "Kern",
                 "Lake", "Los Angeles", "Marin", "Napa", "Nevada", "Orange", "Placer", "Riverside",
                 "San Bernardino", "San Diego", "San Mateo", "Santa Barbara", "Santa Clara", "Santa Cruz", "Shasta",
                 "Sierra", "Solano", "Sonoma", "Tehama", "Tuolumne", "Ventura", "Yolo", "Yuba"),
 roles=[],
 # 'the FCC's Public Safety Support Center'; the PSHSB is not said in the kept text to be the FCC's (as 37z, 39g)
 relations=[L(PSSC, "parentOrganization", FCC)],
 # two outages:
 # (1) the power shutoffs themselves -- 'geographic areas impacted by the power shutoffs', 'DIRS is currently
 #     activated for 32 affected counties in California': planned shutoffs of a utility service count as outages
 #     (GUIDELINES); provider null (no power company named), date null (the first day is not stated; 30 October is
 #     the snapshot), affected [], location 'California', cause null (the body gives no reason; 'Public Safety' is
 #     only in the left-out heading). Doubtful: a reader could take the shutoffs as the report's background, not an
 #     outage it tells;
 # (2) '911 calls to Fairfax Police Department, CA have been rerouted to another PSAP with location information' --
 #     the department's 911 answering point out of service, its calls answered elsewhere: provider 'Fairfax Police
 #     Department' (the named PSAP, as the Ian report's rerouted PSAPs; doubtful: 37z's Matthew report left an
 #     unnamed PSAP's provider null), affected ['911'], date null (snapshot only; doubtful: 2019-10-30), location
 #     'California' (the only place form: 'CA'), cause 'power shutoffs' (the report's subject; doubtful: not said
 #     of this PSAP in so many words). The cell-site percentages are in the cut tables: no wireless outage item
 outages=[O(None, None, [], loc="California"),
          O("Fairfax Police Department", None, ["911"], loc="California", cause="power shutoffs")],
 # published 2019-10-30: 'October 30, 2019' -> 2019-10-30; '11:30 a.m.' -> 2019-10-30T11:30 (EDT, as written)
 dates=[D("October 30, 2019", "2019-10-30"), D("11:30 a.m.", "2019-10-30T11:30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
