#!/usr/bin/env python3
"""Batch 11d gold annotation (one FCC text), written from the text alone before newskg was run on any batch-11
file. Split rule fixed before annotation: its own cycle of one id, dealt test.
usage: batch11d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = ["fcc-december-2018-centurylink-network-outage-report"]
A = {}
A["fcc-december-2018-centurylink-network-outage-report"] = dict(
 entities=[E("Organization", "FCC"), E("Company", "CenturyLink"), E("Service", "911"),
           E("Organization", "Public Safety and Homeland Security Bureau", "Bureau")],
 roles=[],
 relations=[],  # the text does not say whose bureau it is, nor who provides 911
 outages=[O("CenturyLink", "2018-12-27", ["911"], dur=37, loc=None,
            cause="equipment failure exacerbated by a network configuration error")],
 dates=[D("December 27, 2018", "2018-12-27")])  # published null: 'last December' is left out

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
