#!/usr/bin/env python3
"""Batch 64e gold annotations (the three texts of batch64e.py), written from the texts alone; newskg (or any extractor)
was not run on them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle
of batches 55i-63n; batch10_annotate.write_parts), so NASA 91-204 goes to test, NASA 92-127 to train, GOES-13 (2012)
to dev.
Outages (GUIDELINES.md part 2, Outages; batch 63e's satellites, dev's Galaxy IV, train's Galileo incident): a
spacecraft whose instruments are turned off for technical trouble, or which drops into a standby or safe mode and stops
collecting science data, is a system failure of the agency that runs it -> one outage per failure the text tells apart,
provider the agency (NOAA, NASA), affected the spacecraft itself (the Service users lost); backups that stood in are
not affected. Spacecraft named in the texts (GOES-13, -14, -15; the Hubble Space Telescope) -> Service with provider
the agency (provider(Service, Organization) as batch 63e and train's Federal Student Aid and Wikimedia texts); 'GOES
East' -> no entity (a slot, as batch 63e's 'GOES-East'). Companies named as engineers' employers (Boeing, ITT) ->
Company, no relation (as batch 63e's Space Systems/Loral). Roles: 'assistant administrator' of NOAA -> other (as batch
63e); 'project director' -> executive (a project's manager: 'manager' -> executive, as train's '787 project manager');
'Director for NASA's Astrophysics Division' -> director at the Division (train's bureau and division directors of the
FTC and SEC, 'Director of the Bureau of Competition' -> director at the Bureau).
Dates (GUIDELINES, Dates): `published` from each text's date line; 'today', 'this morning' -> published; weekdays to
the nearest such day the text means (past for what happened, ahead for 'will return ... on Thursday'); 'late
September' -> the month (as 'late 2006' -> the year); clock times tied to the day written with them, as batches 62n
and 63e did; durations ('about 36 hours', 'For the past 24 hours', 'Within a few hours') skipped.
usage: batch64e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
HST = "Hubble Space Telescope"

# ---- Hubble's standby, December 9-12, 1991 (NASA 91-204, December 12, 1991) -- test ---------------------------------
A["us-nasa-91-204-hubble-telescope-resumes-operations-anomaly-1991"] = dict(
 # 'The Hubble Space Telescope (HST)' -> Service, alias 'HST' (the telescope whose 'science data collection' users
 # get, as batch 63e's satellites); 'NASA' -> Organization (only the acronym here); 'Dr. Charles Pellerin' -> Person
 # 'Charles Pellerin' (the honorific off, as the corpus's 21 'Dr.' names); 'NASA's Astrophysics Division' ->
 # Organization 'Astrophysics Division'. No entity: 'The onboard flight computer', 'the high gain antenna', 'ground
 # personnel', 'HST flight system' (parts of the spacecraft and its ground system, not named products)
 entities=[E("Service", HST, "HST"), E("Organization", "NASA"), E("Person", "Charles Pellerin"),
           E("Organization", "Astrophysics Division")],
 # 'Dr. Charles Pellerin, Director for NASA's Astrophysics Division' -> director at the Division (a division
 # director, as train's FTC bureau directors; doubtful: 'head' would also read it, as train gives the Antitrust
 # Division's Assistant Attorneys General)
 roles=[R("Charles Pellerin", "director", "Astrophysics Division")],
 # provider: 'Standby conditions, or safe modes, are a capability built into all NASA spacecraft' said of HST's
 # standby, with NASA's division director speaking for 'The HST flight system' -> the telescope is NASA's (a careful
 # reader is sure; the text does not write 'NASA's Hubble'). parentOrganization: 'NASA's Astrophysics Division'.
 # Near-misses: 'ground personnel', 'controllers' -> no body named
 relations=[L(HST, "provider", "NASA"), L("Astrophysics Division", "parentOrganization", "NASA")],
 # outage 1: 'a standby condition which began Dec. 9 at 7:47 a.m.', until HST 'resumed science data collection at 7
 # a.m. EST this morning' (December 12) -> provider NASA, affected the telescope, date 1991-12-09, start
 # 1991-12-09T07:47, end 1991-12-12T07:00, duration computed 71.2 hours (7:47 a.m. on the 9th to 7 a.m. on the 12th:
 # 71 h 13 min; the start's zone not written, taken as the EST of the end), cause the text's 'error in the ground
 # software' ('A subtle error in the ground software system that generates command sequences for HST triggered this
 # event'), no location (a telescope in orbit).
 # outage 2, doubtful: 'The last time HST was in a safed mode of operation was in May 1991 due to a different type of
 # computer anomaly' -> an earlier stoppage the text tells apart with its month and cause: provider NASA, affected
 # the telescope, date 1991-05, cause 'computer anomaly' (a reader may take the sentence for background and list no
 # outage for it).
 # Near-misses: 'For the past 24 hours, the spacecraft has been safely returning' -> not the duration (the recovery,
 # part of the outage); 'the high gain antenna slew at a rate beyond allowable limits' -> the effect of the bad
 # command, not the cause given; 'human errors on the ground' (a quotation's gloss) -> not the cause phrase chosen;
 # 'This particular type of anomaly is the first since launch' -> no outage
 outages=[O("NASA", "1991-12-09", [HST], start="1991-12-09T07:47", end="1991-12-12T07:00", dur=71.2,
            cause="error in the ground software"),
          O("NASA", "1991-05", [HST], cause="computer anomaly")],
 # published 1991-12-12 (the contact line's 'December 12, 1991'): '7 a.m.' (this morning) -> 1991-12-12T07:00; 'this
 # morning' -> 1991-12-12; 'Dec. 9' -> 1991-12-09; '7:47 a.m.' (Dec. 9) -> 1991-12-09T07:47; 'April of 1990' ->
 # 1990-04; 'May 1991' -> 1991-05. Skipped: 'For the past 24 hours' (a duration)
 dates=[D("7 a.m.", "1991-12-12T07:00"), D("this morning", "1991-12-12"), D("Dec. 9", "1991-12-09"),
        D("7:47 a.m.", "1991-12-09T07:47"), D("April of 1990", "1990-04"), D("May 1991", "1991-05")])

# ---- Hubble's inertial hold and hardware safe mode, July 29-30, 1992 (NASA 92-127, July 31, 1992) -- train -----------
A["us-nasa-92-127-hst-resume-normal-operation-safe-mode-1992"] = dict(
 # 'NASA's Hubble Space Telescope (HST)' -> Service, aliases 'HST' and 'Hubble' ('Hubble's safety checking system',
 # 'Hubble's flight computer', possessive-free); 'NASA' -> Organization; 'Joe Rothenberg' -> Person. No entity: 'the
 # HST flight computer', 'Hubble's safety checking system' (parts), 'Spacecraft managers', 'spacecraft controllers'
 entities=[E("Organization", "NASA"), E("Service", HST, "HST", "Hubble"), E("Person", "Joe Rothenberg")],
 # 'The project director, Joe Rothenberg' -> executive at NASA (the director of the HST project in a NASA release;
 # 'project manager' -> executive in train; doubtful: 'director' would take the word as written, and the org is
 # implied, the text naming no project office)
 roles=[R("Joe Rothenberg", "executive", "NASA")],
 # provider: 'NASA's Hubble Space Telescope'. Near-misses: none between bodies (NASA is the only one named)
 relations=[L(HST, "provider", "NASA")],
 # one outage: HST 'went into a standby condition, called an "inertial hold mode"' 'On Wednesday at 11:49 p.m., EDT'
 # (the Wednesday before the Friday release: July 29, 1992), 'caused by some erroneous data contained in a standard
 # ephemeris uplink', and science data collection has not resumed at the release's date (new commands 'would resume
 # science data collection') -> provider NASA, affected the telescope, date 1992-07-29, start 1992-07-29T23:49, no
 # end or duration, no location, cause the ephemeris data. The 'deeper, "hardware safe mode"' of Thursday night
 # (an error in 'Revised software loaded ... in May 1992') is taken as the same stoppage deepening during recovery,
 # not a second outage: science collection never restarted between them (doubtful: the text counts 'both
 # conditions, or safe modes', and a reader may list two outages, the second dated 1992-07-30 with cause 'software
 # error'). Near-misses: 'The recovery process from this type of hold should take about 36 hours' -> an expected
 # recovery time, not the outage's duration; 'resuming normal operations ... over the next several days' -> no end;
 # 'May 1992' -> the date of a software load, not of an outage
 outages=[O("NASA", "1992-07-29", [HST], start="1992-07-29T23:49",
            cause="erroneous data contained in a standard ephemeris uplink")],
 # published 1992-07-31 (a Friday; the contact line's 'July 31, 1992'): 'late Wednesday night' -> 1992-07-29;
 # 'Thursday night' -> 1992-07-30; 'Wednesday' ('On Wednesday at 11:49 p.m.', its own text beside 'late Wednesday
 # night') -> 1992-07-29; '11:49 p.m.' -> 1992-07-29T23:49; 'May 1992' -> 1992-05. Skipped: 'over the next several
 # days', 'about 36 hours', 'Currently'
 dates=[D("late Wednesday night", "1992-07-29"), D("Thursday night", "1992-07-30"), D("Wednesday", "1992-07-29"),
        D("11:49 p.m.", "1992-07-29T23:49"), D("May 1992", "1992-05")])

# ---- GOES-13's sounder and imager off, September 23, 2012 (NESDIS news item of October 17, 2012) -- dev -------------
A["us-noaa-goes-13-returns-to-full-operations-sounder-2012"] = dict(
 # 'GOES-13', 'GOES-15', 'GOES-14' -> Service; 'NOAA' -> Organization (only the acronym here); 'Boeing', 'ITT' ->
 # Company (engineers' employers; the text says no more of them); 'United States' ('the eastern United States') with
 # 'U.S.' ('the U.S. East Coast') as alias, 'Atlantic Ocean', 'East Coast' -> Location; 'National Weather Service'
 # ('NOAA's National Weather Service'), 'Satellite and Information Service' -> Organization; 'Mary Kicza' -> Person.
 # No entity: 'GOES East' ('NOAA's GOES East satellite': a slot, as batch 63e), 'the West Coast satellite' (GOES-15's
 # slot; a near-miss for a Location, as batch 63e), 'international space agencies' (none named)
 entities=[E("Service", "GOES-13"), E("Organization", "NOAA"), E("Company", "Boeing"), E("Company", "ITT"),
           E("Service", "GOES-15"), E("Location", "United States", "U.S."), E("Location", "Atlantic Ocean"),
           E("Service", "GOES-14"), E("Location", "East Coast"), E("Organization", "National Weather Service"),
           E("Person", "Mary Kicza"), E("Organization", "Satellite and Information Service")],
 # 'Mary Kicza, assistant administrator of NOAA's Satellite and Information Service' -> other at NOAA (as batch 63e
 # gave her in May 2013; doubtful as there: head of the Satellite and Information Service also reads the title)
 roles=[R("Mary Kicza", "other", "NOAA")],
 # provider: 'NOAA's GOES East satellite' and 'NOAA's geostationary satellite' (GOES-13), 'NOAA ... configured
 # GOES-15', 'NOAA activated its on-orbit spare satellite, GOES-14' -> the three are NOAA's. parentOrganization:
 # 'NOAA's National Weather Service', 'NOAA's Satellite and Information Service'. Near-misses: 'A team of engineers
 # from NOAA, Boeing and ITT' (twice) -> no partner (engineers of three bodies on one fault; no partnership or
 # contract stated, and that Boeing built GOES-13 or ITT its instruments is not in the text: as batch 63e's 'NOAA,
 # NASA and Space Systems/Loral engineers'); 'our key user, NOAA's National Weather Service' -> no partner (a unit of
 # NOAA); 'strategic partnerships with international space agencies' -> no partner (no agency named)
 relations=[L("GOES-13", "provider", "NOAA"), L("GOES-15", "provider", "NOAA"), L("GOES-14", "provider", "NOAA"),
            L("National Weather Service", "parentOrganization", "NOAA"),
            L("Satellite and Information Service", "parentOrganization", "NOAA")],
 # one outage: GOES-13 'had its sounder and imager instruments taken out of service because of technical trouble in
 # late September' -- 'NOAA turned off the two instruments on September 23' -> provider NOAA, affected GOES-13, date
 # 2012-09-23; cause 'motor vibration' ('The trouble stemmed from a motor vibration, which caused a lubricant buildup
 # that obstructed ... the filter wheel in the sounder': the first link of the chain the text gives); no start time,
 # no location (a satellite in orbit; the coverage areas are where the backups served). End null: 'will return to
 # full operations on Thursday' is ahead of the item's date (as batch 63e's 'return to full service ... on Thursday,
 # Oct. 29' gave no end). Near-misses: GOES-15 and GOES-14 -> not affected (they stood in); the National Weather
 # Service -> not affected (data 'will flow shortly' to it; no loss told); 'technical glitches that arise with any of
 # its satellites' -> no outage (general)
 outages=[O("NOAA", "2012-09-23", ["GOES-13"], cause="motor vibration")],
 # published 2012-10-17 (a Wednesday; the date line): 'late September' -> 2012-09; 'Thursday' ('will return ... on
 # Thursday', ahead) -> 2012-10-18; 'today' -> 2012-10-17; 'September 23' -> 2012-09-23; 'April 14, 2010' ->
 # 2010-04-14. Skipped: 'Within a few hours', 'shortly'
 dates=[D("late September", "2012-09"), D("Thursday", "2012-10-18"), D("today", "2012-10-17"),
        D("September 23", "2012-09-23"), D("April 14, 2010", "2010-04-14")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
