#!/usr/bin/env python3
"""Batch 31f gold annotations (the 6 texts of batch31f.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Every text has a `published` date (the day of
the sitting), against which relative expressions are resolved (GUIDELINES.md, Dates).
usage: batch31f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather32f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-commons-electric-light-house-westminster-electric-supply-company-1893"] = dict(
 # the supply company -> Company ('the company' in both speeches is generic, no alias); the First Commissioner of
 # Works -> a post, no person named; 'the House' (the Commons' building, not named as a place) -> not annotated
 entities=[E("Company", "Westminster Electric Supply Company")],
 roles=[],
 relations=[],
 # one outage: the electric light failed in some parts of the House on Monday night 8 May 1893 (published Thursday
 # 11 May), only in the lights the company supplied -> provider the Westminster Electric Supply Company, cause the
 # melted main safety fuse at the junction of its main cables with the building's main; no location (the text says
 # only 'the House'; doubtful: a reader knows it is the House of Commons), no end or duration ('temporary')
 outages=[O("Westminster Electric Supply Company", "1893-05-08", [],
            cause="melting of one of the main safety fuses at the junction of the company's main cables with a main "
                  "in the building")],
 # against `published` Thursday 1893-05-11: 'Monday night last' and 'Monday last' -> Monday 8 May 1893
 dates=[D("Monday night last", "1893-05-08"), D("Monday last", "1893-05-08")])

A["hansard-commons-telegraph-breakdowns-storms-1902"] = dict(
 # the Treasury (its Secretary is asked, as batch 29c's Local Government Board) -> Organization; the Post Office, a
 # government department in 1902, and its Telegraph and Telephone Department -> Organization (as batches 28c and 29c);
 # the towns and Scotland -> Location ('Newcastle' the short form of 'Newcastle-on-Tyne'); the Postmaster General and
 # the Secretary to the Treasury -> posts, no person named; 'the Country' -> generic
 entities=[E("Organization", "Treasury"), E("Organization", "Telegraph and Telephone Department"),
           E("Organization", "Post Office"), E("Location", "London"), E("Location", "Glasgow"),
           E("Location", "Liverpool"), E("Location", "Newcastle-on-Tyne", "Newcastle"), E("Location", "Cardiff"),
           E("Location", "Scotland")],
 roles=[],
 # 'the Telegraph and Telephone Department of the Post Office' -> unit of the Post Office
 relations=[L("Telegraph and Telephone Department", "parentOrganization", "Post Office")],
 # two outages told apart, both of the Post Office's telegraph service (the Department 'of the Post Office' repairs
 # the wires; doubtful: the Department itself could be read as the provider): (1) the November storm's total
 # interruption with places in Scotland, 'intermittently during the night of the 13th' -> 1901-11-13 (November
 # 'last' against published 21 January 1902), location Scotland; (2) 'In December, the wires to Glasgow, Liverpool,
 # and Newcastle, were totally interrupted for the greater part of four days' -> date 1901-12 (the days not given),
 # no single location (three towns; doubtful), no duration ('the greater part of four days' is not a figure), cause
 # the storms. The delays of an hour and upwards on so many days in November are delays, counted, not told apart
 # -> no outages; 'Cardiff was not entirely cut off' -> no outage
 outages=[O("Post Office", "1901-11-13", [], loc="Scotland", cause="the November storm"),
          O("Post Office", "1901-12", [], cause="storms damaged the overhead wires")],
 # against `published` Tuesday 1902-01-21: 'November and December last' -> 1901; 'December last' and 'December'
 # (two surface forms) -> 1901-12; 'November' -> 1901-11; 'the night of the 13th' -> 1901-11-13; 'the month' skipped
 dates=[D("November", "1901-11"), D("December last", "1901-12"), D("December", "1901-12"),
        D("the night of the 13th", "1901-11-13")])

A["hansard-commons-telephones-storm-damage-1954"] = dict(
 # the Post Office ('the Post Office engineers', 'in the Post Office'), a government department in 1954 ->
 # Organization (as batches 28c and 29c); Wales and the South-West of England -> Location; the Assistant
 # Postmaster-General and 'the Minister' -> a post, no person named; 'the House' -> not annotated
 entities=[E("Organization", "Post Office"), E("Location", "Wales"), E("Location", "South-West of England")],
 roles=[],
 relations=[],
 # one outage: 'Rather more than 70,000 telephones were put out of order in the recent storms and floods ... nearly
 # 200 small exchanges were temporarily isolated' -> provider the Post Office (whose engineers cleared the faults;
 # the text does not say 'the Post Office's telephones' in so many words, doubtful), date null ('the recent storms'
 # -> skipped, as 'recently'), location the two regions named for most of them, cause the storms and floods; 'have
 # now been cleared' -> no end date
 outages=[O("Post Office", None, [], loc="Wales and the South-West of England", cause="storms and floods")],
 # no resolvable expression ('recent', 'now', 'many, many years' skipped)
 dates=[])

A["oireachtas-dail-esb-power-shut-down-pickets-1966"] = dict(
 # the ESB -> Company (as the corpus's ESB texts), 'the Board' its capitalised short form -> alias (as batch 29c's
 # Local Government Board); the Oireachtas -> Organization; 'the Dublin area' -> Dublin, Location; the Minister for
 # Transport and Power and the Ceann Comhairle -> posts, no person named
 entities=[E("Company", "ESB", "Board"), E("Organization", "Oireachtas"), E("Location", "Dublin")],
 roles=[],
 relations=[],
 # one outage: the ESB's 'total shut-down of power' / 'shedding of electricity loads in many areas on the morning of
 # 9th May' 1966, 'not possible for the ESB to maintain supplies to all areas' -> provider ESB, 1966-05-09, location
 # Dublin (the question's 'Dublin area'; the answer says 'many areas'), cause the pickets placed on all generating
 # stations (doubtful: GUIDELINES Outages excludes strikes; read here as a utility's loss of supply to its customers,
 # the strike its cause, not the event); no start time ('the morning'), no end
 outages=[O("ESB", "1966-05-09", [], loc="Dublin",
            cause="pickets placed simultaneously on all generating stations")],
 # against `published` Tuesday 1966-05-24: the three written forms of 9 May 1966; 'midday' -> noon that day (the
 # time the plant was to be shut down by; doubtful); 'that morning' skipped
 dates=[D("9th May 1966", "1966-05-09"), D("Monday 9th May, 1966", "1966-05-09"), D("9th May", "1966-05-09"),
        D("midday", "1966-05-09T12:00")])

A["oireachtas-dail-written-answers-laois-telephone-cable-faults-1972"] = dict(
 # the places -> Location ('County Kerry', 'County Cork', 'County Laois' as written); the Minister for Posts and
 # Telegraphs -> a post; 'My Department' -> generic (the Department of Posts and Telegraphs is not named as such)
 entities=[E("Location", "Gneeveguilla"), E("Location", "County Kerry"), E("Location", "County Cork"),
           E("Location", "County Laois"), E("Location", "Portlaoise"), E("Location", "Mountmellick"),
           E("Location", "Abbeyleix")],
 roles=[],
 relations=[],
 # two outages told apart: service between Portlaoise and exchanges in County Laois interrupted by a cable fault
 # between Mountmellick and Portlaoise on 23 November 1972 and by one between Abbeyleix and Portlaoise on 24
 # November ('last' against published 14 December 1972); 'Repairs in each case were completed on the day the faults
 # occurred' -> end the same day; provider null (the Minister's Department runs the service but no provider is
 # named; doubtful, as batch 29c's unnamed supply company); location County Laois; the delays in providing service
 # in Kerry and Cork are no outages
 outages=[O(None, "1972-11-23", [], end="1972-11-23", loc="County Laois",
            cause="cable fault between Mountmellick and Portlaoise"),
          O(None, "1972-11-24", [], end="1972-11-24", loc="County Laois",
            cause="cable fault between Abbeyleix and Portlaoise")],
 # against `published` Thursday 1972-12-14; 'recently' skipped
 dates=[D("23rd November last", "1972-11-23"), D("24th November last", "1972-11-24")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["hansard-commons-district-railway-breakdowns-1906"] = dict(
 # the Board of Trade (its President is asked) -> Organization; the District Railway, the company the questioner
 # asks the minister to influence ('the Railway Company', its capitalised short form, as batch 29c's 'Water
 # Company') -> Company (doubtful: the name also stands for the line, 'the whole of the District Railway'); 'the
 # noble Lord' -> unnamed
 entities=[E("Organization", "Board of Trade"), E("Company", "District Railway", "Railway Company")],
 roles=[],
 relations=[],
 # near-miss: 'repeated breakdowns and stoppages', 'these delays' -> counted, not told apart, undated (GUIDELINES
 # Outages); 'without interrupting the train service for a single day' -> no outage
 outages=[],
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
