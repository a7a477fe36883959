#!/usr/bin/env python3
"""Batch 18a part 2 gold annotations (the 1 text of batch18a2.py), written from the text alone before newskg was run
on it. Split rule fixed before annotation: the part's ids sorted, then dealt along test, train, dev, train (the part's
own cycle, as batch 17e's parts): the one id lands in test.
usage: batch18a2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""ofgem-press-release-double-payments-power-cuts-severe-weather""".split())
A = {}
A["ofgem-press-release-double-payments-power-cuts-severe-weather"] = dict(
 entities=[E("Organization", "Ofgem"), E("Location", "Britain"), E("Person", "Hannah Nixon")],
 # 'Distribution Network Operators (DNOs)' is a class of companies, not a name; 'Guaranteed Standards' and
 # 'RIIO-ED1' are rules and a price control: not entities. 'Hannah Nixon, Senior Partner for Distribution' names no
 # organisation in the phrase: no role (as 'Director Easterly' in batch 17e)
 roles=[], relations=[],
 outages=[],  # near-miss: 'long power cuts in severe weather' told in general; no event, operator or day
 dates=[])    # `published` null: 'today' not resolved; 'the last few months' skipped
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
