#!/usr/bin/env python3
"""Batch 64j gold annotations (the two texts of batch64j.py), written from the texts alone; newskg (or any extractor)
was not run on them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle
of batches 55i-64e; batch10_annotate.write_parts), so the August 2009 tumble goes to test and the 2005-2006 solar
array suspension to train (two texts: no dev file this round).
Outages (GUIDELINES.md part 2, Outages; batches 63e and 64e on NOAA and NASA satellites, dev's Galaxy IV): an Earth
observation satellite whose imaging operations are suspended by a failure on board is a system failure of the agency
that runs it -> one outage per text, provider the U.S. Geological Survey (whose satellite failed), affected the
satellite itself (the Service whose images users lost). Landsat 5 -> Service with provider the USGS, as batch 63e gave
the GOES and NOAA satellites to NOAA. Programmes -> no entity (GUIDELINES, Types: 'Not entities: ... programmes'): the
Landsat Program, the Land Remote Sensing Program, and the 'Landsat' of 'Landsat imagery' (the series). Roles: 'Program
manager' -> executive ('manager' -> executive; batch 63e's 'GOES program manager'); 'Program Coordinator' -> executive
too (doubtful, below). Dates (GUIDELINES, Dates): `published` from each release's 'Released:' line; 'late November
2005' -> the month (as 'late 2006' -> the year); 'early 2009' -> the year; 'the coming weeks', 'over 30 years' skipped.
usage: batch64j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
USGS_L = "U.S. Geological Survey"

# ---- Landsat 5 tumbles, August 13, 2009 (USGS Newsroom, 8/24/2009) -- test -------------------------------------------
A["us-usgs-landsat-5-experiences-malfunction-tumble-2009"] = dict(
 # 'Landsat 5' -> Service; 'USGS' -> Organization (only the acronym in this text: the full name is in the page's site
 # and contact lines, left out); 'Kristi Kline' -> Person. No entity: 'USGS Landsat Flight Operations Team' (a working
 # team of the agency that flies the satellite, not an organisation of its own; doubtful: a reader may list it as an
 # Organization under the USGS), 'Landsat Program' (inside 'USGS Landsat Program manager': a programme), 'the science
 # community'
 entities=[E("Service", "Landsat 5"), E("Organization", "USGS"), E("Person", "Kristi Kline")],
 # 'USGS Landsat Program manager Kristi Kline' -> executive at the USGS ('manager' -> executive; the programme is no
 # entity, so the org is the agency)
 roles=[R("Kristi Kline", "executive", "USGS")],
 # provider: 'the USGS Landsat Flight Operations Team initiated recovery operations' of the spacecraft -> the USGS runs
 # Landsat 5. Near-miss: no parentOrganization for the Flight Operations Team (no entity)
 relations=[L("Landsat 5", "provider", "USGS")],
 # one outage: 'Landsat 5 tumbled out of control and power was at a critical level in the early morning of August 13',
 # 'Imaging operations are suspended until further notice' -> provider USGS, affected Landsat 5, date 2009-08-13; start
 # null ('the early morning', no clock time); end 2009-08-17: the update dated '8/17/2009' says 'Full operational
 # capabilities restored' (doubtful: the day of the update, not a stated hour of the return); duration null (no time
 # of day at either end); cause null ('The cause for this anomaly is currently unknown'; 'The cause of the malfunction
 # is still being investigated'); no location (a satellite in orbit). Near-misses: 'tumbled out of control' and
 # 'power was at a critical level' -> what happened, not a cause; 'the extent of damage is yet to be determined' -> no
 # cause; 'designed to last 3 years' -> no outage
 outages=[O("USGS", "2009-08-13", ["Landsat 5"], end="2009-08-17")],
 # published 2009-08-24 ('Released: 8/24/2009'): '8/17/2009' -> 2009-08-17; 'August 13' (both occurrences, one item)
 # -> 2009-08-13 (the August before published); '1984' -> 1984; 'early 2009' -> 2009. No date: '3 years', 'five years'
 # (design lives)
 dates=[D("8/17/2009", "2009-08-17"), D("August 13", "2009-08-13"), D("1984", "1984"), D("early 2009", "2009")])

# ---- Landsat 5's solar array drive, late November 2005 - January 2006 (USGS Newsroom, 1/30/2006) -- train ------------
A["us-usgs-landsat-5-resumes-operations-solar-array-drive-2006"] = dict(
 # 'Landsat 5' -> Service; 'The U.S. Geological Survey (USGS)' -> Organization with 'USGS' as alias; 'NASA' ->
 # Organization (only the acronym here); 'U.S.' ('the conterminous U.S.') -> Location; 'Jay Feuquay' -> Person. No
 # entity: 'Landsat Program', 'Land Remote Sensing Program' (programmes), 'a Landsat Data Continuity Mission' (a
 # mission the USGS is 'moving aggressively to develop': a planned programme, not a named satellite in service; a
 # near-miss for Service), 'Landsat' ('Landsat imagery', 'the Landsat user community': the series), 'the
 # international stations' (unnamed)
 entities=[E("Service", "Landsat 5"), E("Organization", USGS_L, "USGS"), E("Organization", "NASA"),
           E("Location", "U.S."), E("Person", "Jay Feuquay")],
 # 'Jay Feuquay, Land Remote Sensing Program Coordinator for the USGS' -> executive at the USGS (the coordinator of
 # one of the agency's programmes, read as a programme manager; doubtful: 'other' would also read the title)
 roles=[R("Jay Feuquay", "executive", USGS_L)],
 # provider: the USGS's release on its engineers' fix, its coordinator on 'the future operations of Landsat 5' -> the
 # USGS runs Landsat 5 (doubtful: the text never says 'operated by' in the kept part). Near-misses: 'The U.S.
 # Geological Survey (USGS) and NASA engineers were able to adjust the operating procedures' -> no partner (engineers
 # of two agencies on one fix, no partnership or contract stated, as batch 63e's 'NOAA, NASA and Space Systems/Loral
 # engineers') and no provider to NASA
 relations=[L("Landsat 5", "provider", USGS_L)],
 # one outage: 'The solar array drive mechanism began exhibiting problems in late November 2005 ... imaging operations
 # were suspended until the problem was identified' -> provider USGS, affected Landsat 5, date 2005-11 (the month:
 # 'late November 2005' gives no day); cause 'solar array drive mechanism problems' (the drive's rotation 'became
 # sporadic' and the array could not charge the batteries). End null: 'Landsat 5 is back in operation' and
 # 'acquisition operations have begun' by the release's date, but no day of the return is written; no start, duration
 # or location. Near-misses: 'the international stations will be brought on line in the coming weeks' -> not an
 # outage of the stations (a staged restart, no failure told); 'temporarily suspended due to technical difficulties'
 # -> the same outage, not a second one
 outages=[O(USGS_L, "2005-11", ["Landsat 5"], cause="solar array drive mechanism problems")],
 # published 2006-01-30 ('Released: 1/30/2006'): 'late November 2005' -> 2005-11; 'March 1984' -> 1984-03. Skipped:
 # 'the coming weeks', 'over 30 years', 'three-year design lifetime'
 dates=[D("late November 2005", "2005-11"), D("March 1984", "1984-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
