#!/usr/bin/env python3
"""Batch 65d gold annotations (the two texts of batch65d.py), written from the texts alone; newskg (or any extractor)
was not run on them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle
of batches 55i-64j; batch10_annotate.write_parts), so NASA's UARS release of July 1992 goes to test and the USGS's
Landsat 5 battery text to train (two texts: no dev file this round).
Outages (GUIDELINES.md part 2, Outages; batches 63e, 64e and 64j on NOAA's, NASA's and the USGS's satellites, dev's
Galaxy IV): a satellite whose science or imaging operations stop because of a failure on board is a system failure of
the agency that runs it -> one outage per text, provider the agency (NASA for UARS, 'NASA's Upper Atmosphere Research
Satellite'; the USGS for Landsat 5, whose flight operations team runs it, as batch 64j), affected the satellite
itself (the Service whose data users lost). Satellites -> Service with provider their agency (batches 63e, 64e,
64j). On-board instruments (the Cryogenic Limb Array Etalon Spectrometer, the Microwave Limb Sounder) -> no entity:
parts of the satellite, not services of their own (doubtful, below). Named sites (Goddard Space Flight Center) and
places ('Greenbelt', 'Md.', 'the continental U.S.') -> Location, no role or relation attaches to them (GUIDELINES,
Types; batch 63e's NOAA-13 text). Events (the Chernobyl explosion, Hurricane Katrina) -> no entity. Roles: 'Deputy
Project Manager' -> executive ('manager' -> executive; batch 64e's 'project director', batch 64j's 'Program
manager'), at NASA (Goddard a site, not an org). Dates (GUIDELINES, Dates): `published` 1992-07-20 from 92-117's
contact line; the Landsat text undated (`published` null) -> only absolute expressions.
usage: batch65d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
UARS = "Upper Atmosphere Research Satellite"

# ---- UARS's safe mode, June 2 - July 20, 1992 (NASA release 92-117, July 20, 1992) -- test ----------------------------
A["us-nasa-92-117-uars-resumes-operations-solar-array-drive-1992"] = dict(
 # 'Upper Atmosphere Research Satellite' -> Service with alias 'UARS'; 'NASA' -> Organization (only the acronym in
 # the text); 'John Donley' -> Person; 'Goddard Space Flight Center', 'Greenbelt', 'Md.' -> Location (a named site and
 # its place, as batch 63e). No entity: 'the Cryogenic Limb Array Etalon Spectrometer (CLAES)' and 'the Microwave Limb
 # Sounder (MLS)' (two of the satellite's 10 instruments, parts of the Service; doubtful: a reader may list them as
 # Services with provider NASA); 'the Sun'; 'a failure review team', 'Flight controllers', 'UARS project officials'
 # (unnamed groups)
 entities=[E("Service", UARS, "UARS"), E("Organization", "NASA"), E("Person", "John Donley"),
           E("Location", "Goddard Space Flight Center"), E("Location", "Greenbelt"), E("Location", "Md.")],
 # 'John Donley, UARS Deputy Project Manager, NASA's Goddard Space Flight Center' -> executive at NASA (a deputy
 # project manager: 'manager' -> executive; the project is no entity and Goddard a site, so the org is the agency)
 roles=[R("John Donley", "executive", "NASA")],
 # provider: 'NASA's Upper Atmosphere Research Satellite (UARS)' -> UARS run by NASA. Near-miss: no relation to
 # Goddard Space Flight Center (a Location; 'NASA's Goddard Space Flight Center' is a site of NASA's, not a unit
 # annotated as an org)
 relations=[L(UARS, "provider", "NASA")],
 # one outage: 'Flight controllers placed UARS in a "safe mode" and turned off the instruments June 2 after observing
 # the solar array drive was not operating smoothly' -> provider NASA, affected UARS, date 1992-06-02; end 1992-07-20:
 # the release of that day says UARS 'has resumed full science operations' and all 10 instruments 'should be fully
 # operational by late July 20' (doubtful: 'by late July 20' is the day the release gives for full operation, no
 # clock time; null would also read the text); start null, duration null (no time of day at either end); cause
 # 'solar array drive problems' (the text's 'problems with the satellite's solar array drive'; the root found later,
 # 'a spring on the solar array's "A" side drive was not completely releasing from the shaft', is its detail); no
 # location (a satellite in orbit). Near-misses: CLAES and MLS 'turned on June 10 and June 14' -> a partial return
 # inside the same outage, not the end and not outages of their own; 'the redundant "B" side drive ... could not be
 # used' -> no second outage (a backup unavailable, no service lost by it alone); 'the spacecraft remained healthy'
 # -> no end
 outages=[O("NASA", "1992-06-02", [UARS], end="1992-07-20", cause="solar array drive problems")],
 # published 1992-07-20: 'July 20' (in 'by late July 20') -> 1992-07-20; 'June 2' -> 1992-06-02; 'June 10' ->
 # 1992-06-10; 'June 14' -> 1992-06-14 (each the June before published). No date: 'one-half of each orbit'
 dates=[D("July 20", "1992-07-20"), D("June 2", "1992-06-02"), D("June 10", "1992-06-10"),
        D("June 14", "1992-06-14")])

# ---- Landsat 5's battery cell failure, October 2007 (USGS text on landsat.gsfc.nasa.gov, undated) -- train -----------
A["us-usgs-landsat-5-satellite-back-in-action-battery-cell-2007"] = dict(
 # 'Landsat 5' -> Service; 'USGS' -> Organization (only the acronym, in 'USGS Flight Operations Team engineers': the
 # source line naming Ron Beck of the USGS is left out); 'U.S.' ('the continental U.S.') -> Location. No entity: 'the
 # Team' / 'USGS Flight Operations Team' (a working team of the agency, as batch 64j), 'the Chernobyl explosion' and
 # 'Hurricane Katrina' (events; a reader may list 'Chernobyl' as a Location -- here it names the disaster, not the
 # place), 'Landsat imagery' (the series), 'international sites' (unnamed)
 entities=[E("Service", "Landsat 5"), E("Organization", "USGS"), E("Location", "U.S.")],
 # no role: no person in the text (Ron Beck only in the left-out source line)
 roles=[],
 # provider: 'USGS Flight Operations Team engineers' balanced Landsat 5's energy demand and reconfigured its image
 # acquisition schedule -> the USGS runs Landsat 5 (as batch 64j). Near-miss: no parentOrganization for the Flight
 # Operations Team (no entity)
 relations=[L("Landsat 5", "provider", "USGS")],
 # one outage: 'The satellite was temporarily taken out of service in October 2007 following a cell failure within
 # one of the satellite's two operating on-board batteries' -> provider USGS, affected Landsat 5, date 2007-10 (the
 # month), cause 'battery cell failure' (the text's 'a cell failure within one of the satellite's two operating
 # on-board batteries'); end null ('is once again collecting and downlinking land-image data': the return is told,
 # its day is not, and the text is undated); no start, duration or location. Near-misses: 'schedule changes were made
 # to limit imaging during the winter months' and 'concessions ... to limit imaging over international sites' ->
 # planned limits on imaging after the return, not outages (a planned pause is no outage, GUIDELINES); 'wildfires,
 # floods, hurricanes, tsunamis, earthquakes and other disasters' -> no outage; 'the design life of Landsat 5 was only
 # 3 years' -> no date
 outages=[O("USGS", "2007-10", ["Landsat 5"], cause="battery cell failure")],
 # published null -> absolute expressions only: 'October 2007' -> 2007-10; 'March 1, 1984' -> 1984-03-01. Skipped:
 # 'March through September' and 'the winter months' (no year), 'a few more years', '3 years'
 dates=[D("October 2007", "2007-10"), D("March 1, 1984", "1984-03-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
