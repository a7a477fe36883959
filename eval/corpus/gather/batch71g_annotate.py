#!/usr/bin/env python3
"""Batch 71g gold annotations (the one text of batch71g.py, session 65; round notes /tmp/gather71g/NOTES.md), written
from the text alone; newskg (or any extractor) was not run on it. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70; batch10_annotate.write_parts), so the one text,
the power plant fire that blacked out Puerto Rico (VOA, 21 September 2016), goes to test.
Outages (GUIDELINES.md part 2, Outages; 'power failures that cut service to customers'): the fire at a power plant
that 'left 1.5 million people in the dark' and the blackout 'that swept across the island' is one outage; the text
names no utility or plant owner ('a power plant', 'the southern power plant', 'Officials', 'Puerto Rican
authorities'), so the provider is null, as batch 38l's Venezuelan blackouts and batch 37x's Lebanon blackout; affected
empty (no named body hit: 'Schools and businesses' are generic). Conventions of batches 18a/38l kept: a head of
government with the territory named on its own -> governor of that Location (GUIDELINES Roles: heads of
state/government, title governor with the state as org); places -> Location, 'U.S.' included as the corpus does.
Dates (GUIDELINES, Dates): `published` 2016-09-21 (the caption's date, a Wednesday), so 'Wednesday' is 2016-09-21 and
'Thursday' (the expected restoration) 2016-09-22.
usage: batch71g_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R
import batch10_annotate as b10

A = {}

# ---- a power plant fire blacks out Puerto Rico, Wednesday 21 September 2016 (voanews.com) -- test --------------------
A["voa-puerto-rico-power-plant-fire-island-blackout-2016"] = dict(
 # 'in Puerto Rico Wednesday' -> Location 'Puerto Rico' (the only form; 'the island' (three times) and 'the U.S.
 # territory' refer to it but are generic noun phrases, no alias; 'Puerto Rican authorities' an adjective, no form
 # of its own); 'the U.S. territory's' -> Location 'U.S.' (the country, as the corpus annotates 'U.S.'; doubtful: an
 # attributive use, a reader may leave it out); 'Gov. Alejandro Garcia Padilla' -> Person (the only named form; 'He'
 # a pronoun). Not annotated: 'a power plant', 'the southern power plant' (unnamed facility), 'Officials', 'Puerto
 # Rican authorities', 'reporters' (generic), 'Schools and businesses' (generic), 'a system', 'generators'
 entities=[E("Location", "Puerto Rico"), E("Location", "U.S."), E("Person", "Alejandro Garcia Padilla")],
 # 'Gov. Alejandro Garcia Padilla' -> governor of Puerto Rico (the territory the story is about, named on its own;
 # 'Gov.' -> governor; current)
 roles=[R("Alejandro Garcia Padilla", "governor", "Puerto Rico")],
 relations=[],
 # one outage: 'a fire at a power plant left 1.5 million people in the dark', 'two powerful transmission lines at
 # the southern power plant ... failed and caused a blackout that swept across the island' -> provider null (no
 # utility or owner named), date 2016-09-21 ('Wednesday'), start null (no clock time), end null ('expect power to be
 # restored to most areas by Thursday' is an expectation, not a stated end), duration null, affected empty (no named
 # body), place Puerto Rico, cause 'fire at a power plant' (the lines' failure told as the fire's result; the fire's
 # own cause is not told). Not separate outages: 'the fire destroyed a system that provides power to about 30
 # percent of the island' (the same event's damage), '15 additional fires across the island as generators began to
 # malfunction' (fires, not a service lost); 'Schools and businesses were forced to close' (the outage's effect)
 outages=[O(None, "2016-09-21", [], loc="Puerto Rico", cause="fire at a power plant")],
 # published 2016-09-21 (a Wednesday): 'Wednesday' -> 2016-09-21; 'Thursday' ('by Thursday', the expected
 # restoration) -> 2016-09-22
 dates=[D("Wednesday", "2016-09-21"), D("Thursday", "2016-09-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
