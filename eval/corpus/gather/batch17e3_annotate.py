#!/usr/bin/env python3
"""Batch 17e part 3 gold annotation (the 1 text of batch17e3.py), written from the text alone before newskg was run on
it. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's own cycle,
as every sub-batch since 8b); one id, so test.
usage: batch17e3_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

IDS = sorted("""uk-parliament-statement-cyber-incident-parliamentary-network-2017""".split())
A = {}
A["uk-parliament-statement-cyber-incident-parliamentary-network-2017"] = dict(
 entities=[E("Organization", "National Cyber Security Centre"),
           E("Organization", "Parliament", "Houses of Parliament"),
           E("Organization", "Parliamentary Digital Service")],
 roles=[], relations=[],
 # 'On 24 June we discovered unauthorised attempts to access accounts' in 'the sustained and determined cyber
 # attack'; 'Parliament is now putting in place plans to resume its wider IT services' — services suspended (doubtful:
 # the lost services are implied by 'resume', not named); the business of the Houses continued
 outages=[O("Parliament", "2017-06-24", [], cause="cyber attack")],
 dates=[D("24 June", "2017-06-24"), D("today", "2017-06-26")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
