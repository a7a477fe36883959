#!/usr/bin/env python3
"""Batch 38d gold annotations (the text of batch38d.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): the one id goes to test. The text has `published` null:
only absolute dates are listed (GUIDELINES.md, Dates); a day and month with no year of its own ('On February 13',
'peaked on 17 March', 'On 5-6 October') and 'In March' are left out of `dates`. A list of months under one year
('during the months of February, March, October and December 2024') gives the one absolute expression it holds,
'December 2024'. A range of days gives its first day ('18 to 22 October 2024' -> 2024-10-18), as the corpus does
('21-22 September 2025'). 'the latter half of 2025' -> the year (GUIDELINES.md: 'late 2006' -> the year).
Outages: each blackout the text tells apart is one (February from 8 February 2024; March 2024; 5-6 October; 18 to 22
October 2024); December 2024 is only named in the lead's list of months and the 2025 blackouts are only counted
('Blackouts continued in the latter half of 2025'): no event for either (GUIDELINES.md, Outages, counted not told).
No operator of the plant or the grid is named: every provider is null. The power plant is a Location (GUIDELINES.md,
Types); 'the Cuban government' is a generic phrase (as batch 37x's 'the Lebanese government'): no entity.
usage: batch38d_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39d/pool /tmp/gather39d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

AG = "Antonio Guiteras Thermoelectric Power Plant"

A = {}
A["wp-2024-2025-cuba-blackouts"] = dict(
 # Cuba, Russia, Venezuela, the Soviet Union (countries) -> Location; the plant, named 'the Antonio Guiteras Power
 # Plant' in the lead and 'the Antonio Guiteras Thermoelectric Power Plant' in 'March' (the fuller form as name, the
 # other as alias) -> Location (a named power station, GUIDELINES.md Types); 'the Cuban government' (generic) and
 # 'Cuba's allies' (a description) -> nothing
 entities=[E("Location", "Cuba"), E("Location", AG, "Antonio Guiteras Power Plant"), E("Location", "Soviet Union"),
           E("Location", "Russia"), E("Location", "Venezuela")],
 # no person is named
 roles=[],
 # no company is named; 'fuel shipments from Cuba's allies Russia and Venezuela' is trade between states: nothing
 relations=[],
 outages=[
  # (1) 'Parts of Cuba experienced blackouts starting on 8 February 2024. On February 13, 45% of the country was
  #     affected' (the lead: 'The blackouts began in February 2024 ... nearly half of the country') -> one event
  #     from 8 February 2024; no cause stated for February in the text (the infobox's 'Lack of spare parts
  #     (February 2024)' is cut); location Cuba; affected empty (no named service or organisation)
  O(None, "2024-02-08", [], loc="Cuba"),
  # (2) 'In March 2024, Cuba experienced large-scale power outages ... peaked on 17 March and typically lasted for up
  #     to 18 hours a day, were due to the frequent breakdowns of the Antonio Guiteras Thermoelectric Power Plant
  #     ... and the lack of fuel shipments' -> month-level date (the start day is not given; 17 March is the
  #     peak); 'up to 18 hours a day' is a daily length of recurring cuts, not the event's duration: null
  O(None, "2024-03", [], loc="Cuba",
    cause="frequent breakdowns of the Antonio Guiteras Thermoelectric Power Plant and lack of fuel shipments"),
  # (3) 'On 5-6 October, a third of the country experienced outages.' -> its own event; the year read from the
  #     lead's 'during the months of ... October and December 2024' (doubtful: a strict reading with published
  #     null, as batches 36f and 37t read a day and month with no year of their own, would leave the date null);
  #     no cause stated
  O(None, "2024-10-05", [], loc="Cuba"),
  # (4) 'From 18 to 22 October 2024, a total nationwide blackout occurred due to the failure of the Antonio
  #     Guiteras Power Plant.' -> start day 18 October 2024, end day 22 October 2024 (a day only, as batch 37f's
  #     TEAMS end); duration left null (no clock times: 4 or 5 days, not stated in hours)
  O(None, "2024-10-18", [], end="2024-10-22", loc="Cuba", cause="failure of the Antonio Guiteras Power Plant")],
 # 'December 2024', 'February 2024', '18 to 22 October 2024', '1991', 'the latter half of 2025', '8 February 2024',
 # 'March 2024'; left out (no year of their own, published null): 'February', 'March', 'October' in the lead's list,
 # 'In March', 'On 5-6 October', 'On February 13', '17 March', 'the October shutdowns'
 dates=[D("December 2024", "2024-12"), D("February 2024", "2024-02"), D("18 to 22 October 2024", "2024-10-18"),
        D("1991", "1991"), D("the latter half of 2025", "2025"), D("8 February 2024", "2024-02-08"),
        D("March 2024", "2024-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
