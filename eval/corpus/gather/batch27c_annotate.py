#!/usr/bin/env python3
"""Batch 27c gold annotations (the 2 texts of batch27c.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
usage: batch27c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["wp-1996-western-north-america-blackouts"] = dict(
 # regions, provinces, states and countries -> Location ('western Mexico' and 'Baja California, Mexico' name Mexico;
 # 'western US states' and 'Canadian provinces' are adjectives -> nothing more); President Bill Clinton -> Person; the
 # United States Department of Energy -> Organization; BPA, owner of transmission lines, named only by its acronym ->
 # Organization (doubtful: read as the federal power marketer; a utility run as a business would be Company); the
 # named transmission lines (Big Eddy-Ostrander, John Day–Marion, Marion–Lane) are equipment -> not annotated
 entities=[E("Location", "Western Canada"), E("Location", "Western United States"), E("Location", "Northwest Mexico"),
           E("Location", "Idaho"), E("Location", "Alberta"), E("Location", "British Columbia"), E("Location", "Canada"),
           E("Location", "Mexico"), E("Location", "Montana"), E("Location", "Utah"), E("Location", "New Mexico"),
           E("Location", "California"), E("Location", "Arizona"), E("Person", "Bill Clinton"),
           E("Organization", "United States Department of Energy"), E("Location", "Baja California"),
           E("Organization", "BPA")],
 # 'President Bill Clinton': the United States is not named on its own (only inside 'Western United States' and the
 # department's name) -> no role (as batch 26f's 'South African President'; doubtful)
 roles=[],
 relations=[],
 # two outages told apart: 2 July 1996 (reactive power deficiency in the Idaho area; no operator named -> provider
 # null; 'in an hour or two' not exact -> no duration) and 10 August 1996 (begun by lines grounding to trees, one
 # 'also owned by BPA', so both BPA's -> provider BPA, the careful reader's conclusion; doubtful: the text says 'the
 # western electric grid experienced' it; 'several minutes to six hours' not one duration -> null; 2:06 p.m. is the
 # first line fault, not the start of the blackout -> start null); the next day's disconnections are not in the text
 outages=[O(None, "1996-07-02", [],
            loc="Alberta, British Columbia, western Mexico, Idaho, Montana, Utah, New Mexico, California and Arizona",
            cause="reactive power deficiency"),
          O("BPA", "1996-08-10", [], loc="seven western US states, two Canadian provinces and Baja California",
            cause="transmission lines grounded to trees")],
 # 'July 2' in 'on July 2 and August 10, 1996' takes its year from the pair (as batch 26b's '19 February'); the
 # event name's year '1996' (as batch 26b's event-name years); clock times on the dated day 10 August 1996 (as
 # batch 26b kept clock times on a dated day)
 dates=[D("July 2", "1996-07-02"), D("August 10, 1996", "1996-08-10"), D("1996", "1996"),
        D("July 2, 1996", "1996-07-02"), D("2:06 p.m.", "1996-08-10T14:06"), D("2:52 p.m.", "1996-08-10T14:52")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["wp-south-african-energy-crisis"] = dict(
 # Eskom, 'government-owned national power utility' -> Company (state companies as Company); South Africa ->
 # Location; Jacob Zuma and Mbeki ('the Jacob Zuma administration', 'the Mbeki government') -> Person, no title
 # stated -> no role; 'the South African government', 'the national government' -> generic, not annotated
 entities=[E("Location", "South Africa"), E("Company", "Eskom"), E("Person", "Jacob Zuma"), E("Person", "Mbeki")],
 roles=[],
 relations=[],
 # load shedding and rolling blackouts over years, a period counted, not told one by one -> no outage (Decisions,
 # batch 15b on; as batch 26b's dumsor)
 outages=[],
 # 'the end of 2007' -> the year; 'the end of January 2025' -> the month (Dates rules)
 dates=[D("the end of 2007", "2007"), D("April 2024", "2024-04"), D("January 2022", "2022-01"),
        D("the end of January 2025", "2025-01"), D("December 1998", "1998-12"), D("2007", "2007"),
        D("1998", "1998"), D("2002", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
