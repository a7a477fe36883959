#!/usr/bin/env python3
"""Batch 37a gold annotations (the 5 texts of batch37a.py), made from each text alone; newskg was not run on any.
Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (batch10_annotate.write_parts).
`published` is the sitting day; relative expressions are resolved against it (GUIDELINES.md, Dates); approximate
spans ('within the next six months or so', 'in about a month') and 'shortly', 'at this stage' are skipped.
The Minister for Posts and Telegraphs, 'the Deputy' and 'his Department' are posts or generic phrases in these
records (no department or company is named as the operator) -> not annotated, and an outage's provider is null,
as batch 31f did for the County Laois cable faults of 1972.
usage: batch37a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather38a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}
A["oireachtas-dail-bracknagh-telephone-exchange-fault-1973"] = dict(
 # every place named in the four questions -> Location, as written ('Kinaff Cross', 'Mount Melleray' are named
 # places; 'County Mayo' etc. with 'County'); no organisation is named
 entities=locs("Kinaff Cross", "Swinford", "County Mayo", "Burncourt", "Cahir", "County Tipperary",
               "Mount Melleray", "Cappoquin", "County Waterford", "Bracknagh", "County Offaly"),
 roles=[],
 relations=[],
 # one outage: 'A fault in the 20-line automatic exchange at Bracknagh interrupted service from Saturday, 14th, to
 # Monday, 16th April' (1973, from the question) -> date 1973-04-14, end 1973-04-16 (a day, no clock time, as 31f
 # wrote a same-day end), duration null (no hours told), location Bracknagh, cause the exchange fault; the
 # question's fourth day (17th) is the asker's claim, the answer's span is taken (doubtful); provider null (only
 # the Minister's post is named); affected [] (the telephone service is not a named Service). The kiosk requests
 # are no event.
 outages=[O(None, "1973-04-14", [], end="1973-04-16", loc="Bracknagh",
            cause="fault in the 20-line automatic exchange")],
 # 'April 14th' -> 1973-04-14 (the question's list 'April 14th, 15th, 16th and 17th, 1973': its first day taken as
 # the expression a reader reads as a date; the bare ordinals '15th', '16th', '17th, 1973' not listed, doubtful);
 # 'Saturday, 14th' -> 1973-04-14 and 'Monday, 16th April' -> 1973-04-16 (own texts); 'within the next six months
 # or so' skipped
 dates=[D("April 14th", "1973-04-14"), D("Saturday, 14th", "1973-04-14"), D("Monday, 16th April", "1973-04-16")])

A["oireachtas-dail-dublin-telephone-repair-delays-rental-rebates-1969"] = dict(
 # 'the Dublin area' -> Dublin (Location); 'his Department' is generic -> not annotated
 entities=locs("Dublin"),
 roles=[],
 relations=[],
 # near-miss: faulty telephones in the Dublin area sometimes take upwards of a week to repair, for reasons listed in
 # general (locating the fault, damaged underground cable, access, bad weather); no fault, line, day or count told
 # apart -> no outage
 outages=[],
 # no resolvable time expression ('upwards of a week', 'short periods' are spans)
 dates=[])

A["oireachtas-dail-south-east-meath-telephone-dial-tone-difficulties-1972"] = dict(
 # 'southeast Meath' -> Meath (Location; 'southeast' a direction, not part of the name); the four exchange towns
 # -> Location
 entities=locs("Meath", "Dunboyne", "Dunshaughlin", "Ratoath", "Ashbourne"),
 roles=[],
 relations=[],
 # near-miss: subscribers 'experiencing great difficulty in getting a dial tone' (the question) and 'service
 # difficulties, particularly at Dunboyne and Ashbourne' (the answer): congestion of small or old exchanges, no
 # service told as lost, no day -> no outage
 outages=[],
 # `published` Thursday 30 November 1972: 'April, 1973' -> 1973-04; 'the end of this year' -> 1972 (GUIDELINES:
 # 'the end of last year' -> the year); 'the middle of next year' -> 1973 (as batch 36y); 'October, 1973' ->
 # 1973-10; 'mid-1974' -> 1974; 'next year' (the last sentence, its own text) -> 1973; 'shortly' skipped
 dates=[D("April, 1973", "1973-04"), D("the end of this year", "1972"), D("the middle of next year", "1973"),
        D("October, 1973", "1973-10"), D("mid-1974", "1974"), D("next year", "1973")])

A["oireachtas-dail-tallaght-rathcoole-telephone-congestion-1970"] = dict(
 # 'Mr. O'Higgins' (a Deputy, one of the askers) -> Person 'O'Higgins', no role (legislators: no role); the areas
 # and the exchange towns -> Location; 'the contractor' unnamed
 entities=[E("Person", "O'Higgins")]
 + locs("Tallaght", "Saggart", "Brittas", "Rathcoole", "Newcastle", "County Dublin", "Walkinstown", "Clondalkin"),
 roles=[],
 relations=[],
 # near-miss: switching capacity 'exceeded by the very heavy volume of call traffic during the morning and afternon
 # busy periods' and the Rathcoole exchange 'overloaded' -> congestion, no service told as lost, no day; 'No
 # difficulties exist' at Brittas -> no outage
 outages=[],
 # `published` Thursday 12 November 1970: 'March of this year' -> 1970-03; 'March next' -> 1971-03; 'early in
 # 1973' -> 1973 (GUIDELINES: 'late 2006' -> the year)
 dates=[D("March of this year", "1970-03"), D("March next", "1971-03"), D("early in 1973", "1973")])

A["oireachtas-dail-terenure-crossed-lines-dialling-tone-1969"] = dict(
 # Terenure, Dublin, Rathcoole, County Dublin -> Location
 entities=locs("Terenure", "Dublin", "Rathcoole", "County Dublin"),
 roles=[],
 relations=[],
 # near-miss: crossed lines and waits 'for minutes' for dialling tone are the question's claim, and the Minister
 # is 'not aware that the difficulties mentioned are being experienced generally'; Rathcoole's 135 applicants wait
 # on an overloaded exchange (no service lost: not yet connected) -> no outage
 outages=[],
 # no resolvable time expression ('in about a month' approximate, 'at this stage' skipped)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
