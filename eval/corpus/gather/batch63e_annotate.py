#!/usr/bin/env python3
"""Batch 63e gold annotations (the three texts of batch63e.py), written from the texts alone; newskg (or any extractor)
was not run on them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle
of batches 55i-62n; batch10_annotate.write_parts), so GOES-13 goes to test, GOES-8 to train, NOAA-13 to dev.
Outages (GUIDELINES.md part 2, Outages; dev's Galaxy IV, where a satellite whose control was lost is an outage with
its operator as provider, and train's Galileo incident, where the interrupted system is the affected Service): a
weather satellite that stops producing data, goes into a 'safe hold' or stops answering is a system failure of the
agency that runs it -> one outage per text, provider NOAA (whose satellite failed), affected the satellite itself (the
Service users lost); backups that kept data flowing and centres whose service was 'not interrupted' are not affected.
Satellites named in the texts (GOES-8, -10, -13, -14, -15; NOAA-11, -12, -13) -> Service with provider NOAA, as dev's
Galaxy IV -> PanAmSat (the precedent for provider(Service, Organization): train's Federal Student Aid systems and
Wikimedia texts); the GOES series ('two GOES spacecraft', 'NOAA's GOES satellites') and the position 'GOES-East' ->
no entity (a class of satellites and a slot, not one named system). Named facilities (the Satellite Operations Control
Center, Goddard Space Flight Center) -> Location, no relation (GUIDELINES, named sites; train's NASA texts gave Goddard
Space Flight Center and 'Md.' as Locations). Events (Hurricane Mitch) -> no entity. Roles: 'assistant administrator'
of NOAA -> other (GUIDELINES: 'assistant' titles as train's 'Assistant Secretary of the Air Force' -> other); 'program
manager' -> executive ('manager' -> executive).
Dates (GUIDELINES, Dates): `published` from each text's date line; 'today' -> published; 'last week' skipped (the rule
for 'last week'); 'this year' -> the year of published; a clock time tied to a day written with it, as batch 62n did.
usage: batch63e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
NOAA_L = "National Oceanic and Atmospheric Administration"
NASA_L = "National Aeronautics and Space Administration"

# ---- GOES-13 stops producing data, May 22, 2013 (NESDIS news item of May 29, 2013) -- test -------------------------
G13 = "Geostationary Operational Environmental Satellite (GOES)-13"
A["us-noaa-goes-13-reactivated-goes-14-temporary-goes-east-2013"] = dict(
 # 'NOAA' -> Organization (only the acronym in this text); GOES-13 -> Service named by its fullest form in the text,
 # 'the Geostationary Operational Environmental Satellite (GOES)-13', with 'GOES-13' and 'GOES- 13' (the page's space)
 # as aliases; 'GOES-15', 'GOES-14' -> Service; 'Mary Kicza' -> Person; 'Satellite and Information Service'
 # ('NOAA's Satellite and Information Service') -> Organization; 'United States' ('the eastern United States', 'in
 # the United States'), 'Atlantic Ocean', 'East Coast', 'Gulf Coast' -> Location. No entity: 'GOES-East' ('the
 # GOES-East satellite', 'the temporary GOES-East satellite': a slot GOES-13 and then GOES-14 fill, not another name
 # of either), 'GOES' ('two GOES spacecraft', 'an additional GOES': the series), 'the West Coast satellite' (the
 # slot of GOES-15; a near-miss: a reader might take 'West Coast' for a place the text talks about), 'NOAA
 # forecasters', 'the equator'
 entities=[E("Organization", "NOAA"), E("Service", G13, "GOES-13", "GOES- 13"), E("Service", "GOES-15"),
           E("Location", "United States"), E("Location", "Atlantic Ocean"), E("Service", "GOES-14"),
           E("Location", "East Coast"), E("Person", "Mary Kicza"), E("Organization", "Satellite and Information Service"),
           E("Location", "Gulf Coast")],
 # 'Mary Kicza, assistant administrator for NOAA's Satellite and Information Service' -> other at NOAA (an assistant
 # administrator of the agency, in charge of one of its offices; doubtful: head of the Satellite and Information
 # Service would also read the title)
 roles=[R("Mary Kicza", "other", "NOAA")],
 # provider: 'NOAA is bringing ... GOES-13 out of orbital storage mode', 'NOAA configured GOES-15', 'NOAA then
 # activated GOES-14', 'NOAA operates two GOES spacecraft' -> the three satellites are NOAA's; parentOrganization:
 # 'NOAA's Satellite and Information Service'. Near-misses: no relation between the satellites (GOES-14 replacing
 # GOES-13 'as the temporary GOES-East satellite' is a stand-in, not ownership)
 relations=[L(G13, "provider", "NOAA"), L("GOES-15", "provider", "NOAA"), L("GOES-14", "provider", "NOAA"),
            L("Satellite and Information Service", "parentOrganization", "NOAA")],
 # one outage: 'GOES-13 ... stopped producing imaging and sounding data on May 22', its instruments shut down after
 # 'a change in motion' (the cause the text gives; its source still sought); no start time, end or duration (the
 # satellite is only being brought out of storage, GOES-14 still standing in); no location (a satellite in orbit; the
 # coverage areas are where backups served). Near-misses: GOES-15 and GOES-14 -> not affected (they kept the data
 # flowing); 'the flow of data and imagery can continue without interruption' -> no outage (a goal in a quotation);
 # 'if one of the active satellites experiences trouble' -> hypothetical
 outages=[O("NOAA", "2013-05-22", [G13], cause="a change in motion")],
 # published 2013-05-29: 'May 22' -> 2013-05-22, 'May 23' ('the early hours of May 23') -> 2013-05-23, 'this year'
 # ('As we've already seen this year') -> 2013. Skipped: 'last week' (the rule), 'At all times'
 dates=[D("May 22", "2013-05-22"), D("May 23", "2013-05-23"), D("this year", "2013")])

# ---- GOES-8's safe hold, October 27, 1998 (NOAA 98-77, 10/28/98) -- train -------------------------------------------
A["us-noaa-goes-8-returning-to-service-safe-hold-1998"] = dict(
 # 'The National Oceanic and Atmospheric Administration' (alias 'NOAA') -> Organization; 'GOES-8', 'GOES-10' ->
 # Service; 'the Commerce Department' -> Organization; 'NASA' -> Organization (only the acronym here); 'Space
 # Systems/Loral' -> Company; 'National Environmental Satellite, Data, and Information Service' -> Organization;
 # 'Satellite Operations Control Center' -> Location (a named facility); 'Suitland', 'Md.', 'Miami', 'Fla.' ->
 # Location (as train's NASA texts listed 'Greenbelt' and 'Md.'); 'Gerald Dittberner' -> Person; 'Tropical Prediction
 # Center/National Hurricane Center' -> one Organization, 'Tropical Prediction Center' with 'National Hurricane
 # Center' as alias (the slash joins two names of the one centre whose meteorologists 'are providing warnings';
 # doubtful: a reader may list two bodies). No entity: 'Hurricane Mitch' (an event), 'GOES' ('NOAA's GOES program
 # manager', 'NOAA's GOES satellites': the series), 'EST'
 entities=[E("Organization", NOAA_L, "NOAA"), E("Service", "GOES-8"), E("Organization", "Commerce Department"),
           E("Organization", "NASA"), E("Company", "Space Systems/Loral"),
           E("Organization", "National Environmental Satellite, Data, and Information Service"),
           E("Location", "Satellite Operations Control Center"), E("Location", "Suitland"), E("Location", "Md."),
           E("Person", "Gerald Dittberner"), E("Organization", "Tropical Prediction Center", "National Hurricane Center"),
           E("Location", "Miami"), E("Location", "Fla."), E("Service", "GOES-10")],
 # 'Gerald Dittberner, NOAA's GOES program manager' -> executive at NOAA ('manager' -> executive)
 roles=[R("Gerald Dittberner", "executive", NOAA_L)],
 # provider: 'The National Oceanic and Atmospheric Administration's GOES-8 weather satellite'; 'NOAA satellite
 # controllers programmed a companion satellite, GOES-10' -> GOES-10 is NOAA's too. parentOrganization: 'the Commerce
 # Department agency' (NOAA is an agency of the Commerce Department); 'NOAA's National Environmental Satellite, Data,
 # and Information Service'; 'NOAA's Tropical Prediction Center/National Hurricane Center'. Near-misses: 'Preliminary
 # analysis by NOAA, NASA and Space Systems/Loral engineers' -> no partner (engineers of three bodies looking at one
 # failure; no partnership or contract stated; that Loral built GOES-8 is not in the text); the Satellite Operations
 # Control Center -> no parentOrganization (a facility is a Location; GUIDELINES: no relation attaches to it)
 relations=[L("GOES-8", "provider", NOAA_L), L("GOES-10", "provider", NOAA_L),
            L(NOAA_L, "parentOrganization", "Commerce Department"),
            L("National Environmental Satellite, Data, and Information Service", "parentOrganization", NOAA_L),
            L("Tropical Prediction Center", "parentOrganization", NOAA_L)],
 # one outage: GOES-8 'spent approximately 19 hours in a "safe hold" before returning to operations at 9:45 p.m. EST
 # Oct. 27', after 'an earth-pointing malfunction' -> provider NOAA, affected GOES-8, end 1998-10-27T21:45, duration
 # 19 hours (stated, 'approximately'); the date the day it began: 19 hours before 9:45 p.m. is about 2:45 a.m. the
 # same day, 1998-10-27 (no start time stated, so start null); cause 'earth-pointing malfunction' (the text's words;
 # 'electrostatic discharge' is only 'A possible cause'); no location stated (Suitland is where the operators work,
 # not where the failure was). Near-misses: 'there was no interruption of services to meteorologists at NOAA's
 # Tropical Prediction Center/National Hurricane Center' -> not affected; GOES-10 -> not affected (it covered);
 # 'individual images will be useful, but sequences of images will be misaligned' -> degraded service after the
 # return, no outage told; 'return to full service ... on Thursday, Oct. 29' -> an expected date, not the outage's end
 outages=[O(NOAA_L, "1998-10-27", ["GOES-8"], end="1998-10-27T21:45", dur=19, cause="earth-pointing malfunction")],
 # published 1998-10-28 (the date line '10/28/98'): 'Oct. 27' -> 1998-10-27; '9:45 p.m.' (that day) ->
 # 1998-10-27T21:45; 'Thursday, Oct. 29' (one expression; 29 October 1998 was a Thursday) -> 1998-10-29. No date:
 # 'approximately 19 hours' (a duration)
 dates=[D("9:45 p.m.", "1998-10-27T21:45"), D("Oct. 27", "1998-10-27"), D("Thursday, Oct. 29", "1998-10-29")])

# ---- contact with NOAA-13 lost, August 21, 1993 (NWS statement of Aug 23, 1993) -- dev -------------------------------
A["us-nws-controllers-lose-contact-noaa-13-weather-satellite-1993"] = dict(
 # 'NOAA-13', 'NOAA-11', 'NOAA-12' -> Service (satellites; '-12' in 'NOAA-11 and -12' is a clipped form of NOAA-12,
 # not an alias: a bare '-12' names nothing); 'the National Oceanic and Atmospheric Administration (NOAA)' and 'the
 # National Aeronautics and Space Administration (NASA)' -> Organization with their acronyms as aliases; 'Martin
 # Marietta Astro Space' -> Company; 'the Air Force' -> Organization; 'Goddard Space Flight Center', 'Greenbelt', 'Md.'
 # -> Location; 'National Weather Service' ('NOAA's National Weather Service's forecast and warning program') ->
 # Organization. No entity: 'Satellite controllers', 'Earth', 'central data processing centers'
 entities=[E("Service", "NOAA-13"), E("Organization", NOAA_L, "NOAA"), E("Organization", NASA_L, "NASA"),
           E("Company", "Martin Marietta Astro Space"), E("Organization", "Air Force"),
           E("Location", "Goddard Space Flight Center"), E("Location", "Greenbelt"), E("Location", "Md."),
           E("Service", "NOAA-11"), E("Service", "NOAA-12"), E("Organization", "National Weather Service")],
 # no person (Patricia Viets is in the contact sentence, left out of the text)
 roles=[],
 # provider: 'NOAA's polar-orbiting satellite system consists of NOAA-11 ... and NOAA-12' -> NOAA's; NOAA-13 'was
 # planned to replace NOAA-11' in that system, for NASA 'turning the satellite over to NOAA for operations' -> NOAA's
 # (doubtful: at launch plus twelve days it may not yet have been handed over). partner: 'NOAA's polar-orbiting
 # satellite program is a cooperative effort with NASA' -> partner(NOAA, NASA), the direction as written.
 # parentOrganization: 'NOAA's National Weather Service'. Near-misses: 'Martin Marietta Astro Space, manufacturer of
 # the satellite' -> no provider (the maker of one satellite, not the one who runs it: dev's Galaxy IV gave the
 # operator, not the builder, as provider of the satellite) and no partner with NASA ('develops and procures the
 # spacecraft' does not say from whom); 'launched by the Air Force for NASA and NOAA' -> no partner (a launch
 # service, no relation type for it; a reader might write partner); 'NASA, which, through its Goddard Space Flight
 # Center' -> no parentOrganization (a facility is a Location)
 relations=[L("NOAA-13", "provider", NOAA_L), L("NOAA-11", "provider", NOAA_L), L("NOAA-12", "provider", NOAA_L),
            L(NOAA_L, "partner", NASA_L), L("National Weather Service", "parentOrganization", NOAA_L)],
 # one outage, doubtful: 'Satellite controllers have lost contact with NOAA-13 ... The last contact ... was Saturday,
 # Aug. 21, at 7:15 p.m. EDT. Subsequent attempts to contact the satellite have been unsuccessful' -> the satellite
 # failed (as dev's Galaxy IV, control lost); provider NOAA, affected NOAA-13, date 1993-08-21 (the day of the last
 # contact); start null (7:15 p.m. is the last contact, not a stated start of the failure; a near-miss for start);
 # no end, duration, location or cause ('trying to determine the problem'). Doubtful as an outage at all: the text
 # says 'there is no immediate impact' on forecasting, the satellite being new and NOAA-11 and NOAA-12 still serving.
 # Near-misses: NOAA-11, NOAA-12 and the National Weather Service -> not affected
 outages=[O(NOAA_L, "1993-08-21", ["NOAA-13"])],
 # published 1993-08-23 (the header's 'MON AUG 23 1993'): 'Aug. 9, 1993' -> 1993-08-09; 'today' -> 1993-08-23;
 # 'Saturday, Aug. 21' (one expression; 21 August 1993 was a Saturday) -> 1993-08-21; '7:15 p.m.' (that day) ->
 # 1993-08-21T19:15; 'September 1988' -> 1988-09; 'May 1991' -> 1991-05
 dates=[D("Aug. 9, 1993", "1993-08-09"), D("today", "1993-08-23"), D("Saturday, Aug. 21", "1993-08-21"),
        D("7:15 p.m.", "1993-08-21T19:15"), D("September 1988", "1988-09"), D("May 1991", "1991-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
