#!/usr/bin/env python3
"""Batch 11b gold annotations (UK Parliament texts), written from each text alone before newskg was run on any
batch-11 file. Split rule fixed before annotation: the 4 ids sorted, then dealt along test, train, dev, train
(their own cycle, as batch 10b had).
usage: batch11b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-commons-jaguar-land-rover-cyber-attack-2025 hansard-written-answer-british-library-cybercrime-2024
hansard-written-answer-legal-aid-agency-cyber-attack-2025 hansard-written-statement-royal-mail-takeover-bid-ep-group-2024""".split())
A = {}
A["hansard-commons-jaguar-land-rover-cyber-attack-2025"] = dict(
 entities=[E("Person", "Jim Shannon"), E("Company", "Marks & Spencer"), E("Company", "Co-op"), E("Company", "Jaguar"),
           E("Organization", "British Library"), E("Organization", "Department for Culture, Media and Sport")],
 roles=[],
 relations=[L("British Library", "parentOrganization", "Department for Culture, Media and Sport")],  # 'an arm’s length body of'
 outages=[],  # near-miss: cyber-attacks named, no lost service stated
 dates=[])
A["hansard-written-answer-british-library-cybercrime-2024"] = dict(
 entities=[E("Organization", "British Library")],
 roles=[],
 relations=[],
 outages=[O("British Library", None, [], cause="cyber-attack")],  # the text gives no date for the attack
 dates=[D("27 November 2023", "2023-11-27"), D("15 January", "2024-01-15")])
A["hansard-written-answer-legal-aid-agency-cyber-attack-2025"] = dict(
 entities=[E("Organization", "His Majesty's Government"), E("Organization", "Legal Aid Agency", "LAA"), E("Organization", "Ministry of Justice"),
           E("Service", "GOV.UK")],
 roles=[],
 relations=[],
 outages=[O("Legal Aid Agency", None, [], cause="cyber-attack")],  # 'Wednesday 23 April' has no year and `published` is null
 dates=[])
A["hansard-written-statement-royal-mail-takeover-bid-ep-group-2024"] = dict(
 entities=[E("Company", "Royal Mail"), E("Company", "EP Group"), E("Organization", "Department for Business and Trade"),
           E("Location", "United Kingdom"), E("Organization", "Ofcom")],
 roles=[],
 relations=[],  # takeover bid still ongoing: nothing
 outages=[],
 dates=[D("July", "2024-07")])  # financial years 2023-24 and 2022-23 are not calendar years: skipped

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
