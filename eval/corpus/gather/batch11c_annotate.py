#!/usr/bin/env python3
"""Batch 11c gold annotations (UK Parliament texts), written from each text alone before newskg was run on any
batch-11 file. Split rule fixed before annotation: the 3 ids sorted, then dealt along test, train, dev (their own
cycle).
usage: batch11c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-lords-civil-service-pensions-capita-2026 hansard-lords-storm-arwen-power-cuts-statement-2021
hansard-written-answer-nhs-cybersecurity-advanced-2023""".split())
A = {}
A["hansard-lords-civil-service-pensions-capita-2026"] = dict(
 entities=[E("Company", "Capita"), E("Organization", "Parliament"), E("Organization", "Public Accounts Committee"),
           E("Organization", "Cabinet Office")],
 roles=[],
 relations=[L("Cabinet Office", "partner", "Capita")],  # the contract Capita took over from the Cabinet Office
 outages=[],  # near-miss: case backlog after a contract transfer, no system down
 dates=[D("last summer", "2025"), D("the end of this month", "2026-02"), D("last year", "2025"), D("1 December", "2025-12-01")])
A["hansard-lords-storm-arwen-power-cuts-statement-2021"] = dict(
 entities=[E("Organization", "House of Commons"), E("Location", "England"), E("Location", "Scotland")],
 roles=[],
 relations=[],
 # the storm hit 'the weekend' before Wednesday 1 December 2021: month only; the text names no network operator
 outages=[O(None, "2021-11", [], loc="northern England and Scotland", cause="Storm Arwen")],
 # '8 o’clock this morning' belongs to the Commons statement of 1 December, while `published` is 2 December: left out
 dates=[D("Wednesday 1 December", "2021-12-01"), D("2005", "2005")])
A["hansard-written-answer-nhs-cybersecurity-advanced-2023"] = dict(
 entities=[E("Organization", "National Health Service", "NHS"), E("Company", "Advanced"),
           E("Service", "Mental Health Services Data Set", "MHSDS"), E("Organization", "NHS Digital")],
 roles=[],
 relations=[L("Advanced", "partner", "National Health Service")],  # 'a third-party software supplier to the NHS'
 outages=[O("Advanced", None, ["National Health Service"], cause="cyber incident")],
 dates=[D("1 December 2022", "2022-12-01")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
