#!/usr/bin/env python3
"""Batch 13c gold annotations (the 3 texts of batch13c.py), written from each text alone before newskg was run on any
batch-13 file. Split rule fixed before annotation: the 3 ids sorted, then dealt along test, train, dev (their own
cycle of test, train, dev, train).
usage: batch13c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""uk-parliament-business-trade-committee-ms-cyber-attack-evidence-2025 hansard-written-answer-nhs-hacking-synnovis-data-2024
fcc-report-att-mobility-network-outage-february-2024""".split())
A = {}
A["uk-parliament-business-trade-committee-ms-cyber-attack-evidence-2025"] = dict(
 entities=[E("Organization", "Business and Trade Sub-Committee on Economic Security, Arms and Export Controls", "Business and Trade sub-Committee"),
           E("Company", "Marks and Spencer", "M&S"), E("Person", "Archie Norman"), E("Company", "Co-op Group")],
 roles=[R("Archie Norman", "chairman", "Marks and Spencer")],
 relations=[],
 # online sales suspended for weeks after the attack acknowledged 'in April' (the page dates the hearing 8 July 2025);
 # the Co-op Group 'also suffered attack' but no lost service is stated: no outage
 outages=[O("Marks and Spencer", "2025-04", [], cause="cyber-attack")],
 dates=[D("Tuesday 8 July 2025", "2025-07-08")])  # published unknown: 'Tuesday 8 July' and 'April' (no year) not listed
A["hansard-written-answer-nhs-hacking-synnovis-data-2024"] = dict(
 entities=[E("Organization", "NHS"), E("Organization", "Qilin"), E("Company", "Synnovis")],
 roles=[], relations=[],
 outages=[],  # near-miss: a data leak after a cyber-attack, no service said to be lost
 dates=[])  # 'in June' has no year and published is unknown
A["fcc-report-att-mobility-network-outage-february-2024"] = dict(
 entities=[E("Company", "AT&T Mobility LLC", "AT&T Mobility"), E("Location", "Washington, D.C."), E("Location", "Puerto Rico"),
           E("Location", "U.S. Virgin Islands")],
 roles=[], relations=[],
 # 'lasted at least twelve hours' is a lower bound: no duration
 outages=[O("AT&T Mobility LLC", "2024-02-22", [], start="2024-02-22T02:45", loc="Washington, D.C., Puerto Rico, and the U.S. Virgin Islands")],
 dates=[D("Thursday, February 22, 2024", "2024-02-22"), D("2:45 AM", "2024-02-22T02:45")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
