#!/usr/bin/env python3
"""Batch 39c gold annotations (the text of batch39c.py: the NPS Morning Report of Friday 19 September 2003 on Hurricane
Isabel at Cape Hatteras and Cape Lookout), written from the text alone; newskg was not run on it. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published` (2003-09-19, a Friday; 'yesterday' is Thursday 18 September).
Conventions of the Morning Report texts of batches 36b, 36i, 36r and 38b: parks as the text writes them ('Cape
Hatteras NS', 'Cape Lookout NS') and every named island, inlet, village and region -> Location; the hurricane is not
an entity (an event), roads ('Highway 12') are not annotated; an outage whose utility is not named gets provider
null, cause the storm.
usage: batch39c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, O, locs
import batch10_annotate as b10

A = {}



# ---- Hurricane Isabel, NPS Morning Report of Friday 19 September 2003 -------------------------------------------------
A["us-nps-hurricane-isabel-hatteras-island-power-out-morning-report-2003"] = dict(
 # Locations only: the two parks, the Outer Banks, Hatteras Island (twice, one item), Oregon Inlet (twice), the
 # villages Buxton, Avon, Hatteras ('between Hatteras and Frisco': the village, not the island or the park -- its own
 # item; doubtful: a reader may fold it into Hatteras Island), Frisco, Rodanthe, Ocracoke. No organisation, person or
 # company is named in the kept text (the banner 'NPS Visitor and Resource Protection' is left out; as batch 36b's
 # Dangling Rope and Pacific West texts, a Locations-only outage text). Not annotated: Hurricane Isabel (an event; the
 # outage's cause below), Highway 12 (a road), 'the eastern states', 'the island', 'the park'
 entities=locs("Cape Hatteras NS", "Outer Banks", "Hatteras Island", "Oregon Inlet", "Buxton", "Avon", "Hatteras",
               "Frisco", "Rodanthe", "Ocracoke", "Cape Lookout NS"),
 roles=[],
 relations=[],
 # one outage: 'Power lines were reported to be down all over the island. Electric power was out to the south of
 # Oregon Inlet, and about 5,000 customers north of Oregon Inlet were also without power.' -- electricity lost by
 # customers on Hatteras Island, one sentence over the two sides of the inlet (one item; doubtful: two, south and
 # north of Oregon Inlet). Provider null (no utility named). Date 2003-09-18: told among the events of 'yesterday' as
 # the hurricane passed over Hatteras Island in the early afternoon (the report's status is 'as of late yesterday
 # evening'); no start, end or duration (not said to be back). Affected [] (no named service or body). Location
 # Hatteras Island (doubtful: Oregon Inlet, named as the dividing point). Cause 'Hurricane Isabel' (the storm passing
 # over the island; 'Power lines were reported to be down' is the nearer cause, doubtful). Not outages: park areas and
 # facilities closed (a closure by the park), the evacuations, the flooded and impassable Highway 12, overwash, damage
 # expected at Cape Lookout NS
 outages=[O(None, "2003-09-18", [], loc="Hatteras Island", cause="Hurricane Isabel")],
 # published 2003-09-19 (Friday): 'yesterday' (three times: 'late yesterday evening', 'By 8 a.m. yesterday', 'passed
 # over the park yesterday'; one item) -> 2003-09-18; '8 a.m.' -> 2003-09-18T08:00; '11:30 a.m.' (the gust in
 # Rodanthe, among the events of yesterday) -> 2003-09-18T11:30; 'noon' and '2 p.m.' ('peak impact between noon and
 # 2 p.m.' yesterday at Cape Lookout) -> 2003-09-18T12:00 and 2003-09-18T14:00 (doubtful: 'noon' may be skipped as no
 # clock time written in figures). Skipped: 'early afternoon' (no clock time)
 dates=[D("yesterday", "2003-09-18"), D("8 a.m.", "2003-09-18T08:00"), D("11:30 a.m.", "2003-09-18T11:30"),
        D("noon", "2003-09-18T12:00"), D("2 p.m.", "2003-09-18T14:00")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
