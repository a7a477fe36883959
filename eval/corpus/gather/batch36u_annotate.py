#!/usr/bin/env python3
"""Batch 36u gold annotations for the three texts of batch36u.py (NPS Morning Report items: Timpanogos Cave's storm
of September 1991 with the power at the cave out; Timpanogos Cave's server pulled ahead of the Oak Hill Fire in
2000, a near-miss; Timucuan and Canaveral after Tropical Storm Fay, August 2008, with Fort Caroline's visitor centre
without power). Annotated from each text alone; newskg was not run on them. Split by the fixed rule (sorted ids dealt
test, train, dev, train: batch10_annotate's write_parts). Relative dates resolve against `published`, each report's
own date line.
Conventions (those of 35s, 36b, 36i and 36r): parks, park units and areas, canyons, caves, plantations, forts, states
and coasts -> Location; the Forest Service -> Organization; trails, roads, boat ramps and buildings without a name
of their own -> no entity; storms and fires (events) -> no entity; an outage's provider only where the text ties a
named utility or carrier to the lost supply, else null.
usage: batch36u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
A["us-nps-timpanogos-cave-storm-slides-power-out-morning-report-1991"] = dict(
 # American Fork Canyon (where the rain fell) and Timpanogos Cave (named inside 'the Timpanogos Cave trail'; 'the
 # cave' later) -> Location (doubtful: no entity for the cave, its name standing only as a modifier of 'trail').
 # Not annotated: the visitor center, the trail, the cave trail restroom (no names of their own)
 entities=[E("Location", "American Fork Canyon"), E("Location", "Timpanogos Cave")],
 roles=[], relations=[],
 # 'Power at the cave was out.' -> one outage: provider null (no utility named), date 1991-09-08 (the storm day
 # 'September 8th'; the power loss is told among that storm's effects, its own hour not given; doubtful: 1991-09),
 # no start or end (not said when it went out or whether it is back), affected [], place Timpanogos Cave, cause
 # 'storm' (the storm's slides and water; the text does not say which broke the supply).
 # Not outages: the trail closure, the slides, the damaged barricade and restroom (damage)
 outages=[O(None, "1991-09-08", [], loc="Timpanogos Cave", cause="storm")],
 # published 1991-09-11 (a Wednesday): 'September 8th' -> 1991-09-08
 dates=[D("September 8th", "1991-09-08")])

A["us-nps-timpanogos-cave-oak-hill-fire-server-off-line-morning-report-2000"] = dict(
 # American Fork Canyon (alias 'lower American Fork Canyon' not taken: the same name with a modifier) -> Location.
 # The park itself is named only in the title ('the park' in the text): no entity. Not annotated: the Oak Hill
 # Fire and the Wasatch Complex (a fire and a complex of fires: events), 'the Type I team' (no name), the
 # administration office, the fs.fed.us address
 entities=[E("Location", "American Fork Canyon")],
 roles=[], relations=[],
 # NEAR-MISS, no outage: 'When the fire approached the park in the early hours of July 31st, the computer server and
 # critical files were removed from the administration office. The server was placed back on line late on August
 # 3rd and communications with the park have been fully restored.' The park took its own server off line as a
 # precaution (GUIDELINES: a pause by a body that is no utility is no outage). Doubtful: one outage of the park's
 # server/communications, provider null, date 2000-07-31, start 2000-07-31 (the early hours), end 2000-08-03 (late),
 # place American Fork Canyon or the park, cause 'Oak Hill Fire' -- 'communications ... fully restored' does say a
 # service was lost for about four days, though by the park's own hand. Not outages: the park and road closures
 outages=[],
 # published 2000-08-07 (a Monday): 'July 30th' (in 'the afternoon of July 30th') -> 2000-07-30; 'July 31st' (in
 # 'the early hours of July 31st') -> 2000-07-31; 'August 3rd' (in 'late on August 3rd') -> 2000-08-03.
 # Skipped: 'around the clock' (no time)
 dates=[D("July 30th", "2000-07-30"), D("July 31st", "2000-07-31"), D("August 3rd", "2000-08-03")])

A["us-nps-timucuan-tropical-storm-fay-fort-caroline-no-power-morning-report-2008"] = dict(
 # Florida, Georgia (in 'southern Georgia'), the Gulf Coast, Canaveral NS, Timucuan E&HP, Kingsley Plantation,
 # Fort Caroline and Cedar Point -> Location; USFS (the Forest Service, whose fallers are to remove the trees) ->
 # Organization. Not annotated: 'The Roosevelt area' (doubtful: Location 'Roosevelt'), 'Willie Brown' (a trail's
 # name, not the person), the Main House, the visitor center, the fort model, the boat ramps and loop roads
 entities=[E("Location", "Florida"), E("Location", "Georgia"), E("Location", "Gulf Coast"),
           E("Location", "Canaveral NS"), E("Location", "Timucuan E&HP"), E("Location", "Kingsley Plantation"),
           E("Organization", "USFS"), E("Location", "Fort Caroline"), E("Location", "Cedar Point")],
 roles=[], relations=[],
 # 'Fort Caroline was still closed to the public due to the lack of power to the visitor center ... lack of power
 # at the visitor center could prevent its reopening.' -> one outage (the two mentions are one loss): provider null
 # (no utility named), date 2008-08-24 (the state 'as of yesterday afternoon'; the loss's own start is not told;
 # doubtful: 2008-08, the weekend of the storm), no start or end, affected [], place Fort Caroline, cause 'Tropical
 # Storm Fay' (the storm that crossed the area 'over the weekend'; the text does not say in words that it cut the
 # power; doubtful: null).
 # Not outages: Canaveral's closure until Friday noon and its damage, the closed boat ramps and roads, the broken
 # window at Kingsley Plantation, the trees on the trails (damage and closures)
 outages=[O(None, "2008-08-24", [], loc="Fort Caroline", cause="Tropical Storm Fay")],
 # published 2008-08-25 (a Monday): 'noon' (in 'around noon on Friday') -> 2008-08-22T12:00; 'Friday' (also in
 # 'As of the late Friday': the same text and value, listed once) -> 2008-08-22; 'yesterday afternoon' ->
 # 2008-08-24; 'Monday' (in 'pending removal on Monday', written of the coming Monday, the report's own day) ->
 # 2008-08-25. Skipped: 'over the weekend' (a span), 'late afternoon' (its day unstated), 'two to four person-days'
 dates=[D("noon", "2008-08-22T12:00"), D("Friday", "2008-08-22"), D("yesterday afternoon", "2008-08-24"),
        D("Monday", "2008-08-25")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
