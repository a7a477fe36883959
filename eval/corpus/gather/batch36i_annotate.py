#!/usr/bin/env python3
"""Batch 36i gold annotations (the texts of batch36i.py: three National Park Service Morning Report items on storm
outages -- Grand Teton's windstorm of June 2015, with Lower Valley Energy's downed lines; Gulf Islands after
Hurricane Georges, September 1998; Abraham Lincoln Birthplace and Buffalo National River after the ice storm of
January 2009), written from each text alone; newskg was not run on any of them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published` (each report's own date line).
Conventions of the batch (as 35s and 36b): parks, park units and districts, visitor centres, an airport, creeks,
bays, turnouts and entrance stations, islands and states -> Location; FEMA, the Forest Service, an emergency
management office and an interagency dispatch centre -> Organization; the electricity cooperative named -> Company;
roads and highways by name or number -> no entity; storms (events) -> no entity; an outage's provider is named only
where the text says whose lines failed, else null.
usage: batch36i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
A["us-nps-grand-teton-windstorm-power-phone-internet-outages-morning-report-2015"] = dict(
 # the park, the airport where the gusts were measured, the creek, bay, turnout, entrance station and visitor
 # centre on the list of affected areas -> Location ('Colter Bay Visitor Center and Campground': the visitor centre
 # taken as the name; doubtful: the whole phrase). The Teton Interagency Dispatch Center (a dispatch unit that takes
 # the reports) -> Organization, as 36b's Pacific Area Communication Center. Lower Valley Energy (its crews remove
 # the downed lines: a utility) -> Company. Not annotated: the seven roads (Teton Park, Moose-Wilson, Signal
 # Mountain Summit, North Park, Pilgrim Creek, Cattleman's Bridge, Deadman's Bar), roads being no entity
 entities=[E("Location", "Grand Teton National Park"), E("Location", "Jackson Hole Airport"),
           E("Organization", "Teton Interagency Dispatch Center"), E("Location", "Cottonwood Creek"),
           E("Location", "Catholic Bay"), E("Location", "Mount Moran Turnout"), E("Location", "Moran Entrance Station"),
           E("Location", "Colter Bay Visitor Center"), E("Company", "Lower Valley Energy")],
 roles=[], relations=[],
 # 'response efforts were complicated by power, phone, and internet outages', after a windstorm that brought down
 # 'many downed trees and power lines ... disrupting access and service to campgrounds and other park areas'. Two
 # items, split by who is named:
 # (1) the power outage -> provider Lower Valley Energy (the text has its crews removing 'downed lines' and the park
 #     'operating on backup power generators': a careful reader takes it for the supplier whose lines fell;
 #     doubtful: null, the text never says in so many words that it supplies the park), date 2015-06-01, start null
 #     (the storm's 'shortly before 6 p.m.' is not given as the outage's time; doubtful: 2015-06-01T18:00), end null
 #     (still on generators, the rest cut), affected [], place Grand Teton National Park, cause 'windstorm';
 # (2) the phone and internet outages -> provider null (no carrier named), the same date, place and cause (one item
 #     for the two: one phrase, no provider to tell them apart; doubtful: two items, or one with (1)).
 # Not outages: roads blocked and reopened, campgrounds cut off ('disrupting access and service': access, folded in)
 outages=[O("Lower Valley Energy", "2015-06-01", [], loc="Grand Teton National Park", cause="windstorm"),
          O(None, "2015-06-01", [], loc="Grand Teton National Park", cause="windstorm")],
 # published 2015-06-03 (a Wednesday): '6 p.m.' (in 'shortly before 6 p.m. on Monday, June 1st') ->
 # 2015-06-01T18:00; 'Monday, June 1st' -> 2015-06-01; '11 p.m.' (twice, that night) -> 2015-06-01T23:00; '6 a.m.'
 # (in 'around 6 a.m. on Tuesday') -> 2015-06-02T06:00; 'Tuesday' -> 2015-06-02. Skipped: 'through the night', 'at
 # this time'
 dates=[D("6 p.m.", "2015-06-01T18:00"), D("Monday, June 1st", "2015-06-01"), D("11 p.m.", "2015-06-01T23:00"),
        D("6 a.m.", "2015-06-02T06:00"), D("Tuesday", "2015-06-02")])

A["us-nps-gulf-islands-hurricane-georges-power-outage-morning-report-1998"] = dict(
 # the seashore, its two districts and their areas (Fort Pickens, Santa Rosa, Naval Live Oaks, Fort Barrancas),
 # Santa Rosa Island (the island; 'Santa Rosa' in 'utilities are out at Fort Pickens and Santa Rosa' is the park's
 # area, kept apart; doubtful: one entity), Florida (alias 'FL' in '(FL/MS)'), the state codes 'MS' and 'LA' (the
 # only forms of Mississippi and Louisiana as states; 'Mississippi District' is the park's district), the two
 # New Orleans parks -> Location; FEMA -> Organization. The governor of Florida is not named: no person, no role.
 # Not annotated: Fort Pickens Road, Predido Key Road, Highway 399 (roads), the hurricane (an event)
 entities=[E("Location", "Gulf Islands NS"), E("Location", "Florida", "FL"), E("Location", "MS"),
           E("Organization", "FEMA"), E("Location", "Mississippi District"), E("Location", "Fort Pickens"),
           E("Location", "Santa Rosa"), E("Location", "Santa Rosa Island"), E("Location", "Florida District"),
           E("Location", "Naval Live Oaks"), E("Location", "Fort Barrancas"), E("Location", "Jean Lafitte NHP&P"),
           E("Location", "New Orleans Jazz NHP"), E("Location", "LA")],
 roles=[], relations=[],
 # 'The Mississippi District is without power; utilities are out at Fort Pickens and Santa Rosa.' -> three items,
 # one per place named (doubtful: two, the second clause as one item), providers null (no utility named), date
 # 1998-09 (the state 'at the time of the last report Monday evening', 28 September, in a report on a hurricane the
 # text does not date: the month is sure, the start day is not; doubtful: 1998-09-28), no clock times, affected [],
 # cause 'hurricane' (the parks 'affected by the hurricane', 'hard hit by storm surge and heavy rains').
 # Not outages: roads closed, the curfew, the disaster declaration; the Jean Lafitte / New Orleans Jazz entry tells
 # no loss of service (staff back, parks to reopen)
 outages=[O(None, "1998-09", [], loc="Mississippi District", cause="hurricane"),
          O(None, "1998-09", [], loc="Fort Pickens", cause="hurricane"),
          O(None, "1998-09", [], loc="Santa Rosa", cause="hurricane")],
 # published 1998-09-30 (a Wednesday): 'Monday evening' -> 1998-09-28; 'Monday' (in 'on Monday') -> 1998-09-28;
 # 'yesterday' (three times) -> 1998-09-29; 'Thursday' (in 'by Thursday') -> 1998-10-01; 'today' -> 1998-09-30.
 # Skipped: 'the near future'
 dates=[D("Monday evening", "1998-09-28"), D("Monday", "1998-09-28"), D("yesterday", "1998-09-29"),
        D("Thursday", "1998-10-01"), D("today", "1998-09-30")])

A["us-nps-ice-storm-lincoln-birthplace-buffalo-river-utilities-morning-report-2009"] = dict(
 # the three parks, the Birthplace Unit and Knob Creek Unit, Arkansas, Buffalo Point -> Location ('Buffalo
 # National River' the fullest form, 'Buffalo NR' its alias); the Office of Emergency Management and the Forest
 # Service -> Organization. Not annotated: 'Lincoln' inside 'a Lincoln bicentennial event' (an event's name), the
 # 'CCC cabins' (a description), the unnamed Type 3 incident management team
 entities=[E("Location", "Abraham Lincoln Birthplace NHS"), E("Location", "Buffalo National River", "Buffalo NR"),
           E("Location", "Mammoth Cave NP"), E("Location", "Birthplace Unit"), E("Location", "Knob Creek Unit"),
           E("Location", "Arkansas"), E("Organization", "Office of Emergency Management"),
           E("Organization", "Forest Service"), E("Location", "Buffalo Point")],
 roles=[], relations=[],
 # two outages, one per park entry, providers null (no utility or carrier named):
 # (1) Abraham Lincoln Birthplace: 'Electrical and telephone service have been restored' -> a loss of both told by
 #     its end (one item for the two services: one clause; doubtful: two), date 2009-01 ('last month's big ice
 #     storm'), end null (the restoration is not dated; 'limited visitor services resumed last Friday' dates the
 #     visitor services, not the supply; doubtful: end 2009-02-06), affected [], place Abraham Lincoln Birthplace
 #     NHS, cause 'ice storm';
 # (2) Buffalo National River: 'The ice storm left roads blocked and utilities out across Buffalo National River'
 #     -> date 2009-01, no end (the 'downed utility lines' still restrict access), place Buffalo National River,
 #     cause 'ice storm'.
 # Not annotated as an outage: 'repair the radio repeaters upon which the park depends for communications' (the
 # park's own equipment in repair; the loss of the radio link is implied, not told, and the provider would be the
 # park itself; doubtful: a third item); the closures; Mammoth Cave (named only in the opening list)
 outages=[O(None, "2009-01", [], loc="Abraham Lincoln Birthplace NHS", cause="ice storm"),
          O(None, "2009-01", [], loc="Buffalo National River", cause="ice storm")],
 # published 2009-02-09 (a Monday): 'last month' (in "last month's big ice storm") -> 2009-01; 'last Friday' (twice)
 # -> 2009-02-06. Skipped: 'this week' (GUIDELINES: skip), 'currently'
 dates=[D("last month", "2009-01"), D("last Friday", "2009-02-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
