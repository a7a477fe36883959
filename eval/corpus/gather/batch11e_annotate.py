#!/usr/bin/env python3
"""Batch 11e gold annotations (four Hansard texts), written from each text alone before newskg was run on any of them.
Split rule fixed before annotation: the 4 ids sorted, then dealt along test, train, dev, train (their own cycle).
usage: batch11e_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-lords-electronic-passport-control-systems-2023 hansard-commons-passport-e-gates-network-outage-2024
hansard-commons-rail-network-disruption-christmas-2015 hansard-commons-rail-timetabling-statement-2018""".split())
A = {}
A["hansard-commons-passport-e-gates-network-outage-2024"] = dict(
 entities=[E("Organization", "Home Office"), E("Organization", "Border Force")],
 roles=[],
 relations=[],
 # 'a quarter to eight' is when the Home Office became aware, 'shortly before half-past midnight' is approximate: no start/end
 outages=[O("Home Office", "2024-05-07", [], cause="technical issues within the Home Office network")],
 dates=[D("last night", "2024-05-07"), D("a quarter to eight", "2024-05-07T19:45"), D("half-past midnight", "2024-05-08T00:30"),
        D("this morning", "2024-05-08")])
A["hansard-commons-rail-network-disruption-christmas-2015"] = dict(
 entities=[E("Location", "Britain"), E("Location", "King’s Cross"), E("Location", "Paddington"), E("Location", "Reading"),
           E("Location", "London Bridge"), E("Company", "Network Rail")],
 roles=[],
 relations=[],
 outages=[],  # near-miss: engineering works overran, no system or network failure
 dates=[D("Christmas", "2014-12-25"), D("today", "2015-01-05")])
A["hansard-commons-rail-timetabling-statement-2018"] = dict(
 entities=[E("Company", "GTR"), E("Company", "Northern"), E("Company", "TransPennine Express"), E("Location", "Ordsall Chord"),
           E("Location", "Liverpool Lime Street"), E("Location", "London Bridge"), E("Location", "Blackfriars")],
 roles=[],
 relations=[],
 outages=[],  # near-miss: a failed timetable change
 dates=[D("today", "2018-06-04")])
A["hansard-lords-electronic-passport-control-systems-2023"] = dict(
 entities=[E("Organization", "His Majesty’s Government"), E("Location", "UK"), E("Organization", "Home Office"), E("Location", "Dover"),
           E("Person", "King Canute"), E("Location", "Paris"), E("Location", "Gare du Nord"), E("Location", "Brussels"),
           E("Location", "Gare du Midi")],
 roles=[],
 relations=[],
 outages=[O("Home Office", "2023-05-26", [], cause="unintended consequence of a change")],
 dates=[D("March 2023", "2023-03"), D("Friday 26 May", "2023-05-26"), D("the next day", "2023-05-27"),
        D("the first three months of 2023", "2023-Q1"), D("May 2023", "2023-05"), D("April 2011", "2011-04"), D("June 2021", "2021-06")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
