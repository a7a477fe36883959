#!/usr/bin/env python3
"""Batch 42o gold annotations (the text of batch42o.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-ethiopia-electric-power-corporation-blackouts-mehret-debebe-2009 -> test. Relative dates resolve
against the story's `published` (from its address): 2009-07-10 (a Friday).
Conventions (GUIDELINES.md part 2; the VOA lanes of batches 38m-38zd, 39d, 39j, 40e, 40i, 41f, 41l, 41r, 42c, 42f,
42i and 42l; the outage conventions of batches 17c, 18a, 27c, 42f and 42i): a state power utility -> Company (as the
corpus's Eskom and batch 42i's ZESA); 'the CEO of X' -> ceo of X; 'Minister of Energy and Mines X' and 'Prime Minister
X' with the country named on its own -> minister of the country (GUIDELINES: heads of government and ministers take
minister with the country); a utility's blackouts told as under way at publication, the utility named -> one outage
with the utility as provider, dated by the month the text places them in (as batch 42i's ZESA load-shedding, dated
2007-05); consequences of the same blackouts (water, health facilities, factories, classes) -> no further events.
usage: batch42o_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather43o/pool /tmp/gather43o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, O, locs
import batch10_annotate as b10


A = {}

# ---- Ethiopia's blackouts and the Ethiopian Electric Power Corporation (published 2009-07-10, a Friday) ------------
A["voa-ethiopia-electric-power-corporation-blackouts-mehret-debebe-2009"] = dict(
 # 'the Ethiopian Electric Power Corporation' (once; no short form in the text) -> Company (a state utility, as batch
 # 42f's Eskom and 42i's ZESA; 'Corporation' could be read as a government body: doubtful); 'Mehret Debebe' /
 # 'Mehret' -> Person, alias 'Mehret' (the Ethiopian given name, as the text itself uses it); 'Alemayehu Tegenu',
 # 'Meles Zenawi' -> Person; places: 'Ethiopia' (four times), 'Addis Ababa' -> Location. Left out: 'Minister of
 # Energy and Mines' (a title, not the ministry's name as an entity), 'our development partners', 'rural towns',
 # 'neighboring countries' (not named)
 entities=[E("Company", "Ethiopian Electric Power Corporation"), E("Person", "Mehret Debebe", "Mehret"),
           E("Person", "Alemayehu Tegenu"), E("Person", "Meles Zenawi")]
          + locs("Ethiopia", "Addis Ababa"),
 # 'Mehret Debebe, the CEO of the Ethiopian Electric Power Corporation' -> ceo; 'Minister of Energy and Mines Alemayehu
 # Tegenu' -> minister of Ethiopia (the country named on its own; the text does not say 'Ethiopian minister':
 # doubtful, as batch 42f's Public Enterprises minister); 'Prime Minister Meles Zenawi' -> minister of Ethiopia (the
 # corpus's prime ministers take minister with the country; same doubt)
 roles=[R("Mehret Debebe", "ceo", "Ethiopian Electric Power Corporation"),
        R("Alemayehu Tegenu", "minister", "Ethiopia"), R("Meles Zenawi", "minister", "Ethiopia")],
 # No relation: one company; 'our hydro-electric power stations' and the two generating projects are not named
 relations=[],
 # The outage: 'Addis Ababa and large urban centers experience blackouts for three or four nights a week', 'the
 # outages will continue through July' (the CEO of the Ethiopian Electric Power Corporation), 'The power outages
 # frequently interrupt classes' -> provider the Ethiopian Electric Power Corporation (whose supply fails; the text
 # names no other supplier), date 2009-07 (the blackouts told as under way in the month of publication; their first
 # day is not told: doubtful, as batch 42i's 2007-05), start, end and duration null (no clock time; 'three or four
 # nights a week' is a frequency, not a duration), affected [] (water, health facilities, factories, stores, schools
 # and universities hit, none named), location 'Ethiopia' (Addis Ababa and 'large urban centers': the country), cause
 # 'power shortage' (the text's own account: 'The power shortage in Ethiopia', 'the problem of power shortage'; the
 # CEO's 24 percent rise in demand and postponed generating projects and the prime minister's late rains left as the
 # shortage's causes: doubtful, a longer phrase also defensible). Not further events: 'Urban neighborhoods are without
 # water', 'health facilities are without light and water', 'factories have shut down', the classes 'plunged into
 # darkness and cancelled' (consequences of the same blackouts; no water provider named); the billing complaints (no
 # service lost)
 outages=[O("Ethiopian Electric Power Corporation", "2009-07", [], loc="Ethiopia", cause="power shortage")],
 # 'July' ('continue through July') -> 2009-07. Left out: 'every day', 'three or four nights a week' (frequencies),
 # 'earlier' (not resolvable)
 dates=[D("July", "2009-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
