#!/usr/bin/env python3
"""Batch 18c part 2 gold annotations (the 1 text of batch18c2.py), written from the text alone before newskg was run on
it. Split rule fixed before annotation: the part's ids sorted, then dealt along test, train, dev, train (the part's own
cycle, as batch 17e part 3).
usage: batch18c2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R
import batch10_annotate as b10

ACMA = "Australian Communications and Media Authority"
IDS = ["acma-triple-zero-investigation-telstra-breach-2018"]
A = {}
A["acma-triple-zero-investigation-telstra-breach-2018"] = dict(
 entities=[E("Company", "Telstra"), E("Service", "Triple Zero"), E("Organization", ACMA, "ACMA"),
           E("Person", "Nerida O’Loughlin", "O’Loughlin")],
 roles=[R("Nerida O’Loughlin", "chairman", ACMA)],  # 'ACMA Chair Nerida O’Loughlin'
 relations=[],  # the text does not say who runs Triple Zero (as the corpus's other ACMA Triple Zero texts)
 # 'events of 4 May 2018': 'Telstra failed to ensure that some 1,433 calls were carried to the operator as a result of
 # problems triggered by a fire in an inter-state cable pit, which were compounded by network software failures'
 outages=[O("Telstra", "2018-05-04", ["Triple Zero"], cause="fire in an inter-state cable pit")],
 dates=[D("4 May 2018", "2018-05-04")])  # "today’s technologies" is generic, not a date

if __name__ == "__main__":
    assert sorted(A) == IDS
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
