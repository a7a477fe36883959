#!/usr/bin/env python3
"""Batch 42f gold annotations (the texts of batch42f.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-daewoo-kim-woo-chung-returns-fraud-charges-2005 -> test,
voa-south-africa-mines-eskom-power-cuts-erwin-rationing-2008 -> train. Relative dates resolve against each story's
`published` (from its address): 2005-06-14 (a Tuesday), 2008-01-30 (a Wednesday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j, 40e, 40i, 41f, 41l, 41r and
42c; the outage conventions of batches 17c, 18a and 27c): 'was the chairman of X' / 'its former chairman' -> chairman
of X, not current; 'the corporate empire he started in 1967' -> founder of X (batches 38e's, 38k's and 40f's founder
roles); a state power utility -> Company (as the corpus's Eskom, batch 27c); 'The minister for Public Enterprises X'
with the country named on its own -> minister of the country (as batch 42c's 'Unification Minister'); a correspondent
-> Person, no role (batches 25a, 31g, 36g); power cuts that stopped customers' operations, the utility named -> one
outage with the utility as provider; outages 'for months' counted, not told -> no event (GUIDELINES.md, batch 15b on);
'X years ago' -> the year.
usage: batch42f_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather43f/pool /tmp/gather43f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, O, locs
import batch10_annotate as b10


A = {}

# ---- Daewoo's former chairman Kim Woo-chung returns (published 2005-06-14, a Tuesday) ------------------------------
A["voa-daewoo-kim-woo-chung-returns-fraud-charges-2005"] = dict(
 # 'Daewoo' (six times, with "Daewoo's"; 'a conglomerate', 'the corporate empire', 'the company' generic, no alias)
 # -> Company; 'Kim Woo-chung' (twice) / 'Mr. Kim' / "Mr. Kim's" -> Person, alias 'Kim'; places: 'South Korea'
 # (three times), 'Seoul', 'Vietnam' -> Location. Left out: 'South Korean', 'South Koreans' (adjective, people),
 # 'the Asian financial crisis' (an event), 'Police', 'Prosecutors', 'the airport' (not named), 'Daewoo executives',
 # 'Daewoo shareholders' (not named)
 entities=[E("Company", "Daewoo"), E("Person", "Kim Woo-chung", "Kim")]
          + locs("South Korea", "Seoul", "Vietnam"),
 # 'Kim Woo-chung was the chairman of Daewoo' / 'its former chairman' -> chairman of Daewoo, not current; 'the
 # chairman of Daewoo, the corporate empire he started in 1967' -> founder of Daewoo (founding stays true: current
 # true; 'started' read as founded, a careful reader's conclusion: doubtful)
 roles=[R("Kim Woo-chung", "chairman", "Daewoo", False), R("Kim Woo-chung", "founder", "Daewoo")],
 # No relation: one company, no unit, owner, buyer or partner named
 relations=[],
 # No outage: a bankruptcy and criminal charges; no service lost; no near-miss
 outages=[],
 # 'Tuesday' (twice, the same value) -> 2005-06-14; '1967'; 'six years ago' -> 1999 (his flight). Left out: 'several
 # years ago' (not resolvable to a year), 'early morning' (no day apart from 'Tuesday')
 dates=[D("Tuesday", "2005-06-14"), D("1967", "1967"), D("six years ago", "1999")])

# ---- South Africa's mines and Eskom's power cuts (published 2008-01-30, a Wednesday) --------------------------------
A["voa-south-africa-mines-eskom-power-cuts-erwin-rationing-2008"] = dict(
 # 'Eskom' (four times; 'the state-owned electrical company', 'the state-owned electricity company' generic, no
 # alias) -> Company (a state utility, as batch 27c's Eskom); 'The Chamber of Mines' -> Organization (an industry
 # body); 'Alec Erwin' / 'Erwin' -> Person; 'Scott Bobb' (the correspondent) -> Person, no role; places: 'South Africa'
 # (four times, with "South Africa's"), 'Johannesburg' -> Location. Left out: 'Public Enterprises' (part of the
 # minister's title, not the full name of a body: doubtful), 'the government', 'the mines', 'mining companies'
 # (not named), 'South African' (adjective)
 entities=[E("Company", "Eskom"), E("Organization", "Chamber of Mines"),
           E("Person", "Alec Erwin", "Erwin"), E("Person", "Scott Bobb")]
          + locs("South Africa", "Johannesburg"),
 # 'The minister for Public Enterprises, Alec Erwin' -> minister of South Africa (the country named on its own; the
 # text does not say 'South African minister': doubtful, as batch 42c's 'Unification Minister'). 'Correspondent
 # Scott Bobb' -> no role (no title in the vocabulary)
 roles=[R("Alec Erwin", "minister", "South Africa")],
 # No relation: 'state-owned' names no owner; the mines are not named
 relations=[],
 # The outage: 'South Africa's major gold, diamond and platinum mines suspended operations Friday after Eskom told
 # them it could not guarantee adequate supplies of electricity', 'restore 90 percent of their power supplies',
 # the heading's 'Power Cuts' -> provider Eskom (whose supply failed), date 2008-01-25 (the Friday before the
 # Wednesday of publication; the cuts to the mines dated by the suspension: doubtful), start, end and duration null
 # (no clock time; supplies not yet restored), affected [] (the mines and 'other consumers' not named), location
 # 'South Africa', cause the text's account of the shortfall, as written (the 'rising demand' of the months before
 # left out). 'South Africa had been experiencing power outages for months' -> counted, not told: no event;
 # 'would begin rationing electricity' -> planned, not yet begun: no event (a near-miss of the planned kind)
 outages=[O("Eskom", "2008-01-25", [], loc="South Africa",
            cause="several power plants were taken off-line for routine maintenance and others were shut down "
                  "unexpectedly because of technical problems")],
 # 'Friday' -> 2008-01-25. Left out: 'six days after', 'by the end of the week', 'next week' (GUIDELINES.md skips
 # 'this week'/'last week'), 'for months', 'the next four months', 'the first four weeks' (durations)
 dates=[D("Friday", "2008-01-25")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
