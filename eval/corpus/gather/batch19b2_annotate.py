#!/usr/bin/env python3
"""Batch 19b part 2 gold annotations (the 2 texts of batch19b2.py), written from each text alone before newskg was run
on either. Split rule fixed before annotation: the 2 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as batch19b_annotate.py and batch18e2_annotate.py).
usage: batch19b2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
IDS = sorted("""us-nasa-geveden-to-lead-teledyne-brown-engineering-scolese-successor-2007
us-faa-statement-furlough-staffing-delays-2013""".split())
A = {}
A["us-nasa-geveden-to-lead-teledyne-brown-engineering-scolese-successor-2007"] = dict(
 entities=[E("Organization", "NASA"), E("Person", "Rex Geveden", "Geveden", "Rex"), E("Company", "Teledyne Technologies"),
           E("Company", "Teledyne Brown Engineering"), E("Person", "Michael Griffin", "Griffin"),
           E("Person", "Christopher Scolese", "Scolese"), E("Location", "Marshall Space Flight Center"),
           E("Location", "Goddard Space Flight Center"), E("Organization", "Office of Space Science"),
           E("Organization", "Jet Propulsion Laboratory")]
          # the flight centres are places (as the corpus types Kennedy Space Center); Gravity Probe B is a mission
          + locs("Huntsville", "Ala.", "Greenbelt", "Md.", "Pasadena", "Calif."),
 # 'Associate Administrator' (the No. 3 post) -> executive; Geveden 'will leave the agency at the end of July' (not yet
 # left: current) 'to join Teledyne Technologies as the president of Teledyne Brown Engineering' (a post he is announced
 # to take: current); 'NASA Administrator Michael Griffin' -> head; Scolese selected to succeed as associate
 # administrator and now NASA's chief engineer -> executive; his past 'deputy associate administrator in the Office of
 # Space Science' -> executive, former; deputy directorships of the flight centres (places) not recorded
 roles=[R("Rex Geveden", "executive", "NASA"), R("Rex Geveden", "president", "Teledyne Brown Engineering"),
        R("Michael Griffin", "head", "NASA"), R("Christopher Scolese", "executive", "NASA"),
        R("Christopher Scolese", "executive", "Office of Space Science", False)],
 # 'join Teledyne Technologies as the president of Teledyne Brown Engineering' -> the company is Teledyne's; 'in the
 # Office of Space Science, where he directed NASA's space science flight program' -> the office is NASA's (added after
 # the batch 19/20 second annotation, as the Mission Operations Directorate at NASA in batch19b_annotate.py)
 relations=[L("Teledyne Brown Engineering", "parentOrganization", "Teledyne Technologies"),
            L("Office of Space Science", "parentOrganization", "NASA")],
 outages=[],
 # `published` null: absolute dates only ('Wednesday', 'the end of July' not resolved; '36 years' a period)
 dates=[D("1990", "1990"), D("July 2005", "2005-07"), D("1987", "1987")])
A["us-faa-statement-furlough-staffing-delays-2013"] = dict(
 entities=[E("Organization", "FAA"), E("Organization", "Detroit Tower"), E("Service", "fly.faa.gov")]
          # the cities and airports named for the en route centres, TRACONs and airports: Locations (the coordinated
          # facility names 'Cleveland, Washington and New York En Route Centers' are not split into entities)
          + locs("Cleveland", "Washington", "New York", "Chicago", "San Antonio", "Southern California", "Tampa", "Newark",
                 "LaGuardia", "JFK", "Chicago O’Hare", "Regional South West", "Jacksonville", "Los Angeles", "Potomac",
                 "Dallas"),
 roles=[],
 relations=[L("fly.faa.gov", "provider", "FAA")],
 outages=[],  # near-miss: delays from controller furloughs and weather; no system or service failed
 dates=[D("Yesterday", "2013-04-24")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
