#!/usr/bin/env python3
"""Batch 10c gold annotations, written from each text alone before newskg was run on any batch-10 file. Split rule as
for every new batch: the 2 ids sorted, dealt along test, train, dev, train (own cycle).
usage: batch10c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted(["wn-lord-burns-confirmed-new-chairman-channel-4-2009", "wn-sue-gardner-appointed-wikimedia-foundation-executive-director-2007"])
A = {}
A["wn-lord-burns-confirmed-new-chairman-channel-4-2009"] = dict(
 entities=[E("Person", "Terence Burns", "Lord Terence Burns", "Lord Burns", "Burns"), E("Company", "Channel 4"), E("Organization", "Treasury"),
           E("Person", "Luke Johnson", "Luke"), E("Person", "Andy Duncan"), E("Person", "Colette Bowe", "Bowe"),
           E("Organization", "Office of Communications", "Ofcom"), E("Location", "United Kingdom")],
 roles=[R("Terence Burns", "chairman", "Channel 4"), R("Terence Burns", "head", "Treasury", False), R("Luke Johnson", "chairman", "Channel 4", False),
        R("Andy Duncan", "ceo", "Channel 4"), R("Colette Bowe", "chairman", "Office of Communications")],
 relations=[], outages=[],
 dates=[D("1991", "1991"), D("1998", "1998"), D("January 24, 2010", "2010-01-24"), D("early 2004", "2004")])
A["wn-sue-gardner-appointed-wikimedia-foundation-executive-director-2007"] = dict(
 entities=[E("Organization", "Wikimedia Foundation", "Foundation"), E("Service", "Wikinews"), E("Person", "Florence Devouard", "Devouard"),
           E("Person", "Sue Gardner", "Gardner"), E("Person", "Jimmy Wales"), E("Person", "Erik Moeller")],
 roles=[R("Florence Devouard", "chairman", "Wikimedia Foundation"), R("Sue Gardner", "director", "Wikimedia Foundation"),
        R("Sue Gardner", "other", "Wikimedia Foundation"), R("Jimmy Wales", "director", "Wikimedia Foundation"),
        R("Erik Moeller", "director", "Wikimedia Foundation")],
 relations=[L("Wikinews", "provider", "Wikimedia Foundation")], outages=[],
 dates=[D("December 1, 2007", "2007-12-01")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
