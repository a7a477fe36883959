#!/usr/bin/env python3
"""Batch 36y gold annotations (the 2 texts of batch36y.py), made from each text alone; newskg was not run on either.
Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (batch10_annotate.write_parts).
`published` is the sitting day; relative expressions are resolved against it (GUIDELINES.md, Dates); approximate
spans to a point ('about three months' time', 'within the next few months') are skipped.
usage: batch36y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}
A["oireachtas-dail-cappoquin-telephone-delays-trunk-circuits-1969"] = dict(
 # the exchange towns and the places the trunk cables join -> Location; 'rural Ireland' gives Ireland; the Minister
 # for Posts and Telegraphs and 'the Deputy' are posts/forms of address, unnamed -> not annotated
 entities=locs("Cappoquin", "Dungarvan", "Waterford", "Ireland", "Gorey", "Arklow", "Enniscorthy"),
 roles=[],
 relations=[],
 # near-miss: 'Delays in obtaining telephone calls ... at certain times' because too few trunk circuits carry the
 # traffic (congestion at busy times), and the same for Gorey; calls are slow, none told as impossible, no day ->
 # no outage
 outages=[],
 # `published` Thursday 17 July 1969: 'the end of the year' -> 1969 (as batch 13 and GUIDELINES' 'the end of last
 # year' -> the year); 'in about three months' time' skipped (an approximate span; doubtful: 1969-10), 'currently'
 # skipped
 dates=[D("the end of the year", "1969")])

A["oireachtas-dail-clonmel-telephone-exchange-unreliability-1978"] = dict(
 # Clonmel and County Tipperary -> Location; the Office of Public Works -> Organization (a State body, named);
 # the Ceann Comhairle and the Minister are posts, unnamed -> not annotated
 entities=[E("Location", "Clonmel"), E("Location", "County Tipperary"),
           E("Organization", "Office of Public Works")],
 roles=[],
 relations=[],
 # near-miss: about 120 applicants wait for connections; the question alleges 'inadequacy and unreliability', and
 # the Minister grants only that the exchange's 'quality of service ... has not been as satisfactory as it should
 # be', for general causes outside the exchange -> poor service, no service told as lost, no day -> no outage
 outages=[],
 # `published` Thursday 2 November 1978: 'the middle of next year' -> 1979 (as batch 13's 'the middle of next
 # year'); 'within the next few months', 'in the meantime', 'at present' skipped
 dates=[D("the middle of next year", "1979")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
