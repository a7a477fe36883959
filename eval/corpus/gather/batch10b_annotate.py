#!/usr/bin/env python3
"""Batch 10b gold annotations (UK Parliament texts), written from each text alone before newskg was run on any
batch-10 file. Split rule fixed before annotation, as for every new batch: the 6 ids sorted, then dealt along test,
train, dev, train (their own cycle, as batch 8b had).
usage: batch10b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-lords-emergency-communications-999-fault-2023 hansard-written-statement-999-disruption-post-incident-review-2024
hansard-commons-crowdstrike-it-outage-statement-2024 hansard-written-answer-emergency-calls-british-telecom-2023
hansard-written-statement-urenco-shareholding-2013 hansard-written-answer-999-service-bt-exchange-breakdown-2002""".split())
A = {}
A["hansard-lords-emergency-communications-999-fault-2023"] = dict(
 entities=[E("Organization", "His Majesty’s Government"), E("Service", "999"), E("Organization", "Ofcom"), E("Company", "BT")],
 roles=[],
 relations=[L("999", "provider", "BT")],
 outages=[O("BT", "2023-06-25", ["999"])],
 dates=[D("yesterday", "2023-06-25"), D("Sunday 25 June 2023", "2023-06-25"), D("yesterday morning", "2023-06-25"),
        D("9.20 am", "2023-06-25T09:20")])  # clock time added by the post-annotation check
A["hansard-written-statement-999-disruption-post-incident-review-2024"] = dict(
 entities=[E("Company", "BT"), E("Service", "999"), E("Organization", "Ofcom")],
 roles=[],
 relations=[L("999", "provider", "BT")],
 outages=[O("BT", "2023-06-25", ["999"])],
 dates=[D("today", "2024-03-21"), D("25 June 2023", "2023-06-25"), D("25 June", "2023-06-25")])
A["hansard-commons-crowdstrike-it-outage-statement-2024"] = dict(
 entities=[E("Location", "UK"), E("Organization", "NHS"), E("Organization", "National Cyber Security Centre"), E("Company", "CrowdStrike"),
           E("Service", "Windows"), E("Company", "Microsoft"), E("Organization", "Cabinet Office")],
 roles=[],
 relations=[L("Windows", "provider", "Microsoft")],
 outages=[O("CrowdStrike", "2024-07-19", ["Windows", "NHS"], cause="flawed CrowdStrike software update")],
 dates=[D("Friday morning", "2024-07-19")])
A["hansard-written-answer-emergency-calls-british-telecom-2023"] = dict(
 entities=[E("Organization", "Department for Science, Innovation & Technology"), E("Company", "BT"),
           E("Service", "Public Emergency Call Service", "999"), E("Location", "UK"), E("Organization", "Ofcom")],
 roles=[],
 relations=[L("Public Emergency Call Service", "provider", "BT")],
 outages=[],  # 'the incident on 25 June 2023' is not said to be a service failure in this text
 dates=[D("28 June 2023", "2023-06-28"), D("25 June 2023", "2023-06-25")])
A["hansard-written-statement-urenco-shareholding-2013"] = dict(
 entities=[E("Organization", "Department for Business, Innovation and Skills"), E("Person", "Michael Fallon"), E("Company", "Urenco"),
           E("Location", "UK")],
 roles=[R("Michael Fallon", "minister", "UK")],
 relations=[],  # preparations for a sale of a shareholding: nothing
 outages=[],
 dates=[])
A["hansard-written-answer-999-service-bt-exchange-breakdown-2002"] = dict(
 entities=[E("Person", "Andrew Turner"), E("Company", "BT"), E("Organization", "Hampshire police"), E("Location", "Isle of Wight"),
           E("Service", "999"), E("Person", "Whitehead"), E("Location", "Southampton")],
 roles=[],
 relations=[],
 outages=[O("BT", "2002-04-25", ["999"], end="2002-04-26T03:55", loc="Southampton")],
 dates=[D("2 May 2002", "2002-05-02")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
