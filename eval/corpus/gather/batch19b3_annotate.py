#!/usr/bin/env python3
"""Batch 19b part 3 gold annotations (the 2 texts of batch19b3.py), written from each text alone before newskg was run
on either. Split rule fixed before annotation: the 2 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as batch19b_annotate.py).
usage: batch19b3_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O
import batch10_annotate as b10
IDS = sorted("""us-cbp-statement-temporary-outage-processing-systems-airports-2018
us-cbp-statement-temporary-outage-processing-systems-ports-of-entry-2017""".split())
CBP = E("Organization", "U.S. Customs and Border Protection", "CBP")
A = {}
A["us-cbp-statement-temporary-outage-processing-systems-airports-2018"] = dict(
 entities=[CBP],
 roles=[], relations=[],
 # CBP's own processing systems failed at airports 'today beginning at 7:30 pm and ending approximately 9:30 pm' ->
 # provider CBP @ 2018-01-01, start and end as stated, 2 hours; the systems are not named as a service; no cause
 # ('no indication the service disruption was malicious')
 outages=[O("U.S. Customs and Border Protection", "2018-01-01", [], start="2018-01-01T19:30", end="2018-01-01T21:30",
            dur=2)],
 dates=[D("today", "2018-01-01"), D("7:30 pm", "2018-01-01T19:30"), D("9:30 pm", "2018-01-01T21:30")])
A["us-cbp-statement-temporary-outage-processing-systems-ports-of-entry-2017"] = dict(
 entities=[CBP],
 roles=[], relations=[],
 # 'is experiencing a temporary outage with its processing systems' on the statement's day -> provider CBP @ 2017-01-02
 outages=[O("U.S. Customs and Border Protection", "2017-01-02", [])],
 dates=[])  # no time expression in the text
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
