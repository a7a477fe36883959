#!/usr/bin/env python3
"""Batch 38h gold annotations (the 2 texts of batch38h.py), made from each text alone; newskg was not run on either.
Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every sub-batch
since 8b; batch10_annotate.write_parts). `published` is the day of each answer; relative expressions are resolved
against it (GUIDELINES.md, Dates). Spans with no single value ('the last 12 months', 'within the next fortnight')
are skipped.
usage: batch38h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather39h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
NATS = "National Air Traffic Service"
ODPS = "Oceanic Data Processing System"
A["hansard-written-answers-air-traffic-control-failures-prestwick-west-drayton-1996"] = dict(
 # Scotland, Prestwick, West Drayton, Wyre (a constituency) -> Location; the United Kingdom (alias 'UK', in 'the UK
 # flight information regions') -> Location. The National Air Traffic Service -> Company, as the corpus types
 # National Air Traffic Services/NATS (doubtful: in 1996 it was part of the Civil Aviation Authority, which the text
 # does not say; the singular 'Service' kept as written). The Civil Aviation Authority -> Organization (as the
 # corpus types it). The two named computer systems -> Service, as batch 36v typed the GTN and its SL100 switch
 # ('Oceanic Data Processing System'; 'Host Computer System', doubtful: a generic-sounding name, but written with
 # capitals as the system's name). 'the Oceanic flight data processing system' in lower case is not made an alias
 # (doubtful: probably the same system, but the text does not say so). 'Mr. Mans' -> Person 'Mans' (a member named
 # in the answer; legislators get no role). The Secretary of State for Transport, 'my right hon. Friend', 'Ministers'
 # are posts; 'Official Report' is Hansard itself, a paper, not an entity
 entities=[E("Location", "Scotland"), E("Location", "Prestwick"), E("Company", NATS),
           E("Location", "Wyre"), E("Person", "Mans"), E("Organization", "Civil Aviation Authority"),
           E("Location", "United Kingdom", "UK"), E("Location", "West Drayton"), E("Service", ODPS),
           E("Service", "Host Computer System")],
 roles=[],
 # no relation: the text never says who runs the two systems or the centres (see the outages), and nothing ties the
 # National Air Traffic Service to the Civil Aviation Authority
 relations=[],
 # three of the 'five failures resulting in delays to aircraft' the answer lists, each told apart by system, day and
 # clock time (the other two are beyond the point where the excerpt breaks off). Provider: the National Air Traffic
 # Service (doubtful: the text names it only in the question on its privatisation and 'the future of the second air
 # traffic control centre in Scotland', never saying in so many words that it runs West Drayton and Prestwick; a
 # reader could leave the provider null, as the answer speaks only of 'the air traffic control centres'). affected:
 # the named system that failed (as batch 36v's GTN); start from the clock time; no end or duration (the delays,
 # 'peaking at over 2 hours' and '40 aircraft delayed in excess of 1 hour', are the effect, not the outage's length);
 # cause not told
 outages=[O(NATS, "1996-08-23", [ODPS], start="1996-08-23T10:05", loc="Prestwick"),
          O(NATS, "1996-09-12", [ODPS], start="1996-09-12T11:10", loc="Prestwick"),
          O(NATS, "1995-10-06", ["Host Computer System"], start="1995-10-06T08:10", loc="West Drayton")],
 # `published` Wednesday 16 October 1996: 'autumn 1995' -> 1995 (a season gives the year), 'later this year' ->
 # 1996; the clock times as datetimes of their days (as batch 37j listed '9:00 p.m.'); 'the last 12 months' (twice) is
 # a span with no single value -> skipped
 dates=[D("autumn 1995", "1995"), D("29 November 1995", "1995-11-29"), D("later this year", "1996"),
        D("23 August 1996", "1996-08-23"), D("1005", "1996-08-23T10:05"), D("12 September 1996", "1996-09-12"),
        D("1110", "1996-09-12T11:10"), D("6 October 1995", "1995-10-06"), D("0810", "1995-10-06T08:10")])

A["hansard-commons-cablegrams-india-far-east-eastern-telegraph-1921"] = dict(
 # Manchester, India, the Far East (a region named with capitals, as the corpus's one 'Far East'), the Red Sea (as
 # the corpus types it twice), the United States -> Location. The Eastern Telegraph Company (alias 'Eastern Company',
 # the answer's short form; 'the company' is generic) -> Company. The Postmaster-General is a post with no person
 # named (the speaker labels are left out); 'American traffic' is no entity
 entities=[E("Location", "Manchester"), E("Location", "India"), E("Location", "Far East"),
           E("Company", "Eastern Telegraph Company", "Eastern Company"), E("Location", "Red Sea"),
           E("Location", "United States")],
 roles=[],
 relations=[],
 # one outage: 'the cable between the United States and the Far East was interrupted for several weeks' -> a cable
 # told as out of service for a span; provider null (the cable's owner is not named: the Eastern Telegraph Company is
 # named only as the owner of the lines that took the diverted traffic), date '1921' (doubtful: the text dates it
 # only as recent beside delays 'that have recently occurred'; the year is sure from the answer of 27 June 1921, the
 # month is not said), duration null ('several weeks' has no number), affected [], location null (a route between
 # two regions, no place), cause not told. Not events: the Eastern Telegraph Company's 'cable interruptions, some of
 # which' came from renewing sections of its cables in the Red Sea -> counted and never told apart (GUIDELINES), and
 # the delays to cablegrams (slowness, the service still working); doubtful: a reader could make one outage with
 # provider the Eastern Telegraph Company, location the Red Sea, cause 'renewing certain sections of their cables'
 outages=[O(None, "1921", [])],
 # no time expression with a value ('recently', 'during the last few days', 'within the next fortnight', 'a week'
 # have none)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
