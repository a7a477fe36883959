#!/usr/bin/env python3
"""Batch 36r gold annotations (the texts of batch36r.py: four National Park Service Morning Report items on outages
-- Gulf Islands after Hurricane Erin, August 1995, with Gulf Power's downed lines at Santa Rosa; Gulf Islands after
Hurricane Opal, October 1995; Death Valley's flash floods of August 2004; Antietam after the thunderstorms of
4 June 2008), written from each text alone; newskg was not run on any of them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published` (each report's own date line).
Conventions (as 35s, 36b and 36i): parks, park units, districts, day use areas, visitor centres, coves, beaches,
towns, islands and states -> Location; the highway patrol, the state transport department, a sheriff's office and the
National Weather Service -> Organization; the electricity utilities and the park concessioner -> Company; roads and
highways -> no entity; storms and floods (events) -> no entity; lists that share one head noun ('Forts Pickens and
Barrancas', 'the Miller, Roulette, J. Poffenberger and Parks farms') -> no entity (no single-name surface form);
an outage's provider is named only where the text ties a named utility to the failed supply, else null.
usage: batch36r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
A["us-nps-gulf-islands-hurricane-erin-santa-rosa-gulf-power-morning-report-1995"] = dict(
 # Santa Rosa (the day use area: 'The Santa Rosa day use area', 'Except for Santa Rosa'), Naval Live Oaks (its visitor
 # centre), the Florida District; in the Lake Mead item Lake Mead, Nevada, Horse Power Cove, Boulder Beach and Las
 # Vegas (in 'Las Vegas investigators': the city) -> Location. Gulf Power (the utility whose overhead lines are down)
 # -> Company. Not annotated: 'Forts Pickens and Barrancas' (shared head noun), the item line's '95-495'
 entities=[E("Location", "Santa Rosa"), E("Company", "Gulf Power"), E("Location", "Naval Live Oaks"),
           E("Location", "Florida District"), E("Location", "Lake Mead"), E("Location", "Nevada"),
           E("Location", "Horse Power Cove"), E("Location", "Boulder Beach"), E("Location", "Las Vegas")],
 roles=[], relations=[],
 # 'The Santa Rosa day use area remains closed indefinitely while the park negotiates with Gulf Power to replace the
 # downed overhead lines with underground lines. Except for Santa Rosa, all areas now have full power and phone
 # service.' -> one outage: Santa Rosa without power (and phones), provider Gulf Power (the utility named beside its
 # downed lines; a careful reader takes it for the area's supplier; doubtful: null, the text does not say in so many
 # words whose lines they are), date null (the loss is not dated in the text: the hurricane is named only in the
 # item line, kept as the title, and the storm's day is nowhere; doubtful: 1995-08), no start or end, affected [],
 # place Santa Rosa, cause 'downed overhead lines'.
 # Not annotated: the other areas' power and phone service, 'now' full again (a loss implied by 'now', not told;
 # doubtful: a second outage, ended by 1995-08-08); closures of the forts, visitor centre and trails
 outages=[O("Gulf Power", None, [], loc="Santa Rosa", cause="downed overhead lines")],
 # published 1995-08-08 (a Tuesday): 'Friday' (in 'on Friday') -> 1995-08-11; 'tomorrow' (twice) -> 1995-08-09;
 # 'August 4th' -> 1995-08-04. Skipped: 'over the weekend' (a span of two days), 'indefinitely'
 dates=[D("Friday", "1995-08-11"), D("tomorrow", "1995-08-09"), D("August 4th", "1995-08-04")])

A["us-nps-gulf-islands-hurricane-opal-phone-electricity-out-morning-report-1995"] = dict(
 # the seashore ('Gulf Islands'), its Florida District, the Pensacola Beach/Gulf Breeze area (two places written
 # with a slash: each its own Location), Fort Pickens, Santa Rosa Island, Perdido Key -> Location. Not annotated:
 # 'the Florida District headquarters' (the district's building, folded into the district), the hurricane (an event)
 entities=[E("Location", "Gulf Islands"), E("Location", "Florida District"), E("Location", "Pensacola Beach"),
           E("Location", "Gulf Breeze"), E("Location", "Fort Pickens"), E("Location", "Santa Rosa Island"),
           E("Location", "Perdido Key")],
 roles=[], relations=[],
 # 'Florida District employees have had the most difficulty reporting, as telephone service is sporadic, most
 # electricity is out' -> two items, one per service (two clauses, each its own state: 'sporadic' and 'out';
 # doubtful: one item for both), providers null (no utility or carrier named), date 1995-10-04 (the hurricane came
 # ashore 'at 6 p.m. on Wednesday evening' and the losses follow it; doubtful: null, the outages' own start is not
 # told), start null (the landfall time is not given as the outages' time; doubtful: 1995-10-04T18:00), no end,
 # affected [], place Florida District (where the employees are; doubtful: Pensacola Beach/Gulf Breeze), cause
 # 'hurricane'. Not outages: the evacuation, the destroyed roadway, the pier and dunes (damage)
 outages=[O(None, "1995-10-04", [], loc="Florida District", cause="hurricane"),
          O(None, "1995-10-04", [], loc="Florida District", cause="hurricane")],
 # published 1995-10-06 (a Friday): '6 p.m.' (in 'at 6 p.m. on Wednesday evening') -> 1995-10-04T18:00;
 # 'Wednesday evening' -> 1995-10-04; 'yesterday morning' -> 1995-10-05; 'yesterday' -> 1995-10-05
 dates=[D("6 p.m.", "1995-10-04T18:00"), D("Wednesday evening", "1995-10-04"), D("yesterday morning", "1995-10-05"),
        D("yesterday", "1995-10-05")])

A["us-nps-death-valley-flash-floods-power-phones-water-main-morning-report-2004"] = dict(
 # Furnace Creek, Stovepipe Wells, Lake Mead NRA and Mojave NP -> Location; the California Highway Patrol, the
 # California Department of Transportation and the Inyo County Sheriff's Office -> Organization; Southern California
 # Edison (an electricity utility) and Xanterra Parks and Resorts, Inc. (the concessioner, 'operator of ... visitor
 # services') -> Company; J.T. Reynolds -> Person. The park itself is never named in the text (only in the title):
 # no entity. Roles: none -- Reynolds is 'Superintendent' of the park, which is not an annotated entity (doubtful:
 # head of an entity taken from the title). Relations: none (the visitor services Xanterra runs have no name).
 # Not annotated: Highway 190 (a road), the 'airport' (unnamed)
 entities=[E("Location", "Furnace Creek"), E("Location", "Lake Mead NRA"), E("Location", "Mojave NP"),
           E("Organization", "California Highway Patrol"), E("Organization", "California Department of Transportation"),
           E("Company", "Southern California Edison"), E("Organization", "Inyo County Sheriff's Office"),
           E("Company", "Xanterra Parks and Resorts, Inc."), E("Location", "Stovepipe Wells"),
           E("Person", "J.T. Reynolds")],
 roles=[], relations=[],
 # three items, all told by their state on 18 August after the floods that closed the park 'on Monday':
 # (1) 'Power has been restored' -> provider Southern California Edison (the only utility named, among those
 #     'assisting' in the repair; a careful reader takes it for the power company that restored the supply;
 #     doubtful: null), date 2004-08 (the floods of the night before Monday's closure; the outage's day is not told;
 #     doubtful: 2004-08-16), end null (restored, not said when), place Death Valley National Park (the park of the
 #     title; the text says 'the park'), cause 'flooding';
 # (2) 'phones are now working' -> provider null (no carrier named), the same date, place and cause;
 # (3) 'The floods broke the water main to a two million gallon tank at Furnace Creek' -> the park's own water
 #     supply out (the tank to be refilled, the water system tested before use), provider null (the park's
 #     maintenance crews run it; no company named), date 2004-08, place Furnace Creek, cause 'floods' (doubtful:
 #     damage only, the loss of water not told in words).
 # Not outages: road and airport closures, the park's closure
 outages=[O("Southern California Edison", "2004-08", [], loc="Death Valley National Park", cause="flooding"),
          O(None, "2004-08", [], loc="Death Valley National Park", cause="flooding"),
          O(None, "2004-08", [], loc="Furnace Creek", cause="floods")],
 # published 2004-08-18 (a Wednesday): 'Monday' (in 'closed on Monday') -> 2004-08-16. Skipped: '24 hours' (a
 # duration), 'until further notice'
 dates=[D("Monday", "2004-08-16")])

A["us-nps-antietam-storms-electricity-phone-out-morning-report-2008"] = dict(
 # the National Capital Region (alias 'NCR'), Antietam NB, Sharpsburg, Keedysville -> Location; the National
 # Weather Service -> Organization. Not annotated: 'Baltimore/Washington area' (a region written as a pair; doubtful:
 # Baltimore and Washington), 'Maryland' (only inside the road names 'Maryland Routes 65 and 34'), the roads, the
 # farms listed with one head noun, the national cemetery (unnamed)
 entities=[E("Location", "National Capital Region", "NCR"), E("Organization", "National Weather Service"),
           E("Location", "Antietam NB"), E("Location", "Sharpsburg"), E("Location", "Keedysville")],
 roles=[], relations=[],
 # 'Electricity and phone service were out for two days, with phone service yet to be fully restored.' -> one item
 # (one clause, one duration, no provider to tell the two apart; doubtful: two items), provider null, date
 # 2008-06-04 (the storm of 'Wednesday, June 4th' that hit the park), start null, end null (two days on: not a
 # stated time), duration 48 ('two days'), affected [], place Antietam NB, cause 'severe storm'.
 # Not outages: 'damage from downed trees and power lines' across NCR (damage; no loss of service told), road
 # closures
 outages=[O(None, "2008-06-04", [], dur=48, loc="Antietam NB", cause="severe storm")],
 # published 2008-06-13 (a Friday): 'Wednesday, June 4th' -> 2008-06-04. Skipped: 'two days', '35 minutes'
 # (durations)
 dates=[D("Wednesday, June 4th", "2008-06-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
