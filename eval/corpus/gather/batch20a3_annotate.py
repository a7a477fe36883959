#!/usr/bin/env python3
"""Batch 20a part 3 gold annotation (the text of batch20a3.py), written from the text alone before newskg was run on
it. Split rule fixed before annotation: the part's own sorted ids dealt along test, train, dev, train (one id: test).
Decisions as batch20a_annotate.py.
usage: batch20a3_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
IDS = ["wp-palm-inc-hewlett-packard-acquisition"]
PALM = "Palm, Inc."
PRODUCTS = ["PalmPilot", "Treo 600", "Palm OS", "webOS", "enyo.js"]
A = {"wp-palm-inc-hewlett-packard-acquisition": dict(
 entities=[E("Company", PALM, "Palm")] + [E("Service", p) for p in PRODUCTS] +
          [E("Company", "Hewlett-Packard", "HP"), E("Person", "Léo Apotheker"), E("Company", "TCL Corporation")],
 # 'HP CEO Léo Apotheker announced in August 2011' -> ceo of Hewlett-Packard (no former/then in the text)
 roles=[R("Léo Apotheker", "ceo", "Hewlett-Packard")],
 # 'Palm was purchased by Hewlett-Packard (HP)' -> acquired + parentOrganization; the PDA, smartphone, operating
 # systems and framework Palm 'designed'/'developed'/'was responsible for' -> provider; the trademark sold to a shelf
 # corporation tied to TCL is an asset: nothing
 relations=[L("Hewlett-Packard", "acquired", PALM), L(PALM, "parentOrganization", "Hewlett-Packard")] +
           [L(p, "provider", PALM) for p in PRODUCTS],
 outages=[],
 dates=[D("July 2010", "2010-07"), D("2011", "2011"), D("August 2011", "2011-08"), D("October 2014", "2014-10")])}
if __name__ == "__main__":
    assert sorted(A) == IDS
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
