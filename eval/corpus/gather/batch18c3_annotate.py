#!/usr/bin/env python3
"""Batch 18c part 3 gold annotations (the 1 text of batch18c3.py), written from the text alone before newskg was run on
it. Split rule fixed before annotation: the part's ids sorted, then dealt along test, train, dev, train (the part's own
cycle, as batch 17e part 3).
usage: batch18c3_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

ACCC = "Australian Competition and Consumer Commission"
IDS = ["accc-virgin-australia-tiger-australia-statement-of-issues-2013"]
A = {}
A["accc-virgin-australia-tiger-australia-statement-of-issues-2013"] = dict(
 entities=[E("Organization", ACCC, "ACCC"), E("Company", "Virgin Australia Holdings Limited", "Virgin Australia"),
           E("Company", "Tiger Airways Australia Pty Ltd", "Tiger Australia"), E("Location", "Australia"),
           E("Company", "Qantas Group", "Qantas"), E("Person", "Rod Sims", "Sims"), E("Company", "Jetstar")],
 roles=[R("Rod Sims", "chairman", ACCC)],  # 'ACCC Chairman Rod Sims'
 # a proposed acquisition (of 60%) under the regulator's review → acquired only (batch 10's rule for notified
 # 'proposed' acquisitions, as this batch's other cleared deals); 'Qantas/Jetstar' names a pair, no ownership stated
 relations=[L("Virgin Australia Holdings Limited", "acquired", "Tiger Airways Australia Pty Ltd")],
 outages=[],
 dates=[D("November 2007", "2007-11")])  # `published` null: 'today' not resolved

if __name__ == "__main__":
    assert sorted(A) == IDS
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
