#!/usr/bin/env python3
"""Batch 12d gold annotation, written from the text alone before newskg was run on it. Split rule fixed before
annotation: the one id dealt test (its own cycle: test, train, dev, train), as batch 11d.
usage: batch12d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R
import batch10_annotate as b10

IDS = ["wn-cutting-bonuses-management-is-dells-new-2007"]
A = {}
A["wn-cutting-bonuses-management-is-dells-new-2007"] = dict(
 entities=[E("Person", "Michael Dell"), E("Company", "Dell"), E("Company", "Hewlett-Packard"), E("Organization", "SEC"),
           E("Company", "Austin American-Statesman"), E("Person", "Rollins"), E("Company", "Associated Press")],
 roles=[R("Michael Dell", "ceo", "Dell"), R("Michael Dell", "founder", "Dell")],  # 'the company he founded'
 relations=[],
 outages=[],
 dates=[D("2006", "2006")])  # 'recent months' skipped

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
