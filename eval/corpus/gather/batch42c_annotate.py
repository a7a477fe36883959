#!/usr/bin/env python3
"""Batch 42c gold annotations (the texts of batch42c.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-hyundai-asan-chung-mong-hun-suicide-north-korea-2003 -> test,
voa-tokyo-air-traffic-control-computer-failure-flights-2003 -> train. Relative dates resolve against each story's
`published` (from its address): 2003-03-02 (a Sunday), 2003-08-04 (a Monday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j, 40e, 40i, 41f, 41l and 41r;
the outage conventions of batches 17c and 18a (batch 18a's VOA Leesburg text)): an air traffic control
centre whose system failed -> Organization and the outage's provider (as the Chicago En Route Center and the FAA); a
ministry -> Organization; 'The chief of X' -> head of X ('chief' -> head, as batch 18a's Hawke); 'former South Korean
President X' with the country named on its own -> president of the country, not current; 'Unification Minister X' ->
minister of the country; 'North Korean leader X' -> head of the country (batches 25a's and 26a's 'leader' -> head; doubtful);
'X years ago' -> the year (as the corpus's 'seven years ago' -> 1999).
usage: batch42c_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather43c/pool /tmp/gather43c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L, O, locs
import batch10_annotate as b10


A = {}

# ---- Tokyo Air Traffic Control Center's computer failure (published 2003-03-02, a Sunday) --------------------------
A["voa-tokyo-air-traffic-control-computer-failure-flights-2003"] = dict(
 # 'the Tokyo Air Traffic Control Center' -> Organization ('The air traffic control center' generic, no alias; an ATC
 # centre as the corpus's FAA centres); 'the Construction and Transport Ministry' -> Organization; 'Japan' (three
 # times) -> Location. Left out: 'the flight data processing system' (lower case, a description, not a named service:
 # doubtful), 'the air traffic control system', 'four control centers' (not named), 'Japanese airspace' (an adjective),
 # 'airlines', 'Airline executives' (not named)
 entities=[E("Organization", "Tokyo Air Traffic Control Center"),
           E("Organization", "Construction and Transport Ministry")]
          + locs("Japan"),
 # No named person, no role
 roles=[],
 # No relation: the text does not say the centre belongs to the ministry (its officials give the cause; a careful
 # reader may infer it: doubtful)
 relations=[],
 # The outage: 'a computer malfunction Saturday morning at the Tokyo Air Traffic Control Center' -> provider the
 # centre (whose system failed), date 2003-03-01 (the Saturday before the Sunday of publication); 'Saturday morning'
 # is no clock time -> start null; 'fixed within a few hours' -> end and duration null; affected: no named service or
 # organisation ('hundreds of flights', 'airlines' unnamed) -> []; location 'Japan' (airports across the country;
 # the centre's own place is not stated apart from its name: doubtful, null would also do); cause 'simultaneous
 # failure of the primary and backup computers' (the ministry's account)
 outages=[O("Tokyo Air Traffic Control Center", "2003-03-01", [], loc="Japan",
            cause="simultaneous failure of the primary and backup computers")],
 # 'Sunday' (twice: 'in a row Sunday', 'On Sunday') -> 2003-03-02; 'Saturday morning' -> 2003-03-01; 'five years ago'
 # -> 1998 (both computers' earlier crash). Left out: 'for hours', 'within a few hours' (durations)
 dates=[D("Sunday", "2003-03-02"), D("Saturday morning", "2003-03-01"), D("five years ago", "1998")])

# ---- Hyundai-Asan's chief Chung Mong-hun (published 2003-08-04, a Monday) ------------------------------------------
A["voa-hyundai-asan-chung-mong-hun-suicide-north-korea-2003"] = dict(
 # 'Hyundai-Asan' (three times) -> Company ('the company' generic, no alias); 'Hyundai' ("Hyundai's headquarters",
 # 'the Hyundai conglomerate', 'Hyundai runs', 'The family-controlled Hyundai company') -> Company; 'Mr. Chung
 # Mong-hun' / 'Mr. Chung' / "Mr. Chung's" / 'Mr. Chun' (the page's misspelling, the same man: doubtful alias) ->
 # Person; 'Kim Dae-jung', 'Kim Jong-Il', 'Jeong Se-hyun' -> Person; places: 'Seoul' (twice), 'North Korea' (three
 # times), 'South Korea' ("South Korea's largest conglomerate"), 'Diamond Mountain' ('the troubled Diamond Mountain
 # resort': a named site -> Location, GUIDELINES.md) -> Location. Left out: 'South Korean', 'North Korean'
 # (adjectives; the countries are named on their own), 'the Asian financial crisis' (an event), 'Police',
 # 'Investigators', 'a janitor', 'the founder' (not named)
 entities=[E("Company", "Hyundai-Asan"), E("Company", "Hyundai"),
           E("Person", "Chung Mong-hun", "Chung", "Chun"), E("Person", "Kim Dae-jung"), E("Person", "Kim Jong-Il"),
           E("Person", "Jeong Se-hyun")]
          + locs("Seoul", "North Korea", "South Korea", "Diamond Mountain"),
 # 'The chief of Hyundai-Asan, Mr. Chung Mong-hun' -> head of Hyundai-Asan, current true (no 'former' or 'late' in
 # the text, though he died that day: doubtful, as batch 31g's Brady chair); 'former South Korean President Kim
 # Dae-jung' -> president of South Korea, false; 'North Korean leader Kim Jong-Il' -> head of North Korea (batches 25a's
 # and 26a's 'leader' -> head; batch 27f's Jiang Zemin had no role: doubtful); 'South Korean Unification Minister Jeong Se-hyun'
 # -> minister of South Korea. 'a son of the founder of the Hyundai conglomerate' -> no founder role (the founder is
 # not named)
 roles=[R("Chung Mong-hun", "head", "Hyundai-Asan"), R("Kim Dae-jung", "president", "South Korea", False),
        R("Kim Jong-Il", "head", "North Korea"), R("Jeong Se-hyun", "minister", "South Korea")],
 # parentOrganization(Hyundai-Asan, Hyundai): 'a top executive of a South Korean conglomerate ... The chief of
 # Hyundai-Asan', his leap from 'Hyundai's headquarters', the Diamond Mountain resort where 'Hyundai runs' the project
 # Hyundai-Asan runs -> Hyundai-Asan a unit of the Hyundai conglomerate (a careful reader's conclusion; doubtful: the
 # text never says 'unit' or 'subsidiary')
 relations=[L("Hyundai-Asan", "parentOrganization", "Hyundai")],
 # No outage: a death, charges and delayed projects; no service lost; no near-miss
 outages=[],
 # 'on Monday' -> 2003-08-04 (the day of publication); 'three years ago' -> 2000 (the summit); 'five years ago' ->
 # 1998 (the Asian financial crisis). Left out: 'four to five hours after' (a duration)
 dates=[D("Monday", "2003-08-04"), D("three years ago", "2000"), D("five years ago", "1998")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
