#!/usr/bin/env python3
"""Batch 17e gold annotations (the 3 texts of batch17e.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 3 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch17e_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

IDS = sorted("""uk-parliament-jcnss-report-ransomware-redcar-and-cleveland-council-2023
us-house-energy-commerce-rodgers-remarks-ransomware-colonial-jbs-kaseya-2021
us-house-homeland-security-hearing-colonial-pipeline-ransomware-2021""".split())
A = {}
A["uk-parliament-jcnss-report-ransomware-redcar-and-cleveland-council-2023"] = dict(
 entities=[E("Organization", "Redcar and Cleveland Borough Council", "Council"),
           E("Person", "Mary Lanigan", "Lanigan"), E("Location", "UK"), E("Organization", "Government")],
 # 'the Leader of Redcar and Cleveland Borough Council' and 'Councillor Mary Lanigan' are not joined in one phrase
 # (a reader infers she is the Leader): no role
 roles=[], relations=[],
 # the Council 'had suffered a "catastrophic" ransomware attack and had lost "everything"' on Saturday 8 February 2020
 # ('no telephone, no emails, no functioning computers'); 'its recovery took eight and a half months' is the
 # recovery's length, not stated as the outage's: duration null; the lost systems are not named services
 outages=[O("Redcar and Cleveland Borough Council", "2020-02-08", [], cause="ransomware attack")],
 dates=[D("Saturday 8 February 2020", "2020-02-08")])
A["us-house-energy-commerce-rodgers-remarks-ransomware-colonial-jbs-kaseya-2021"] = dict(
 entities=[E("Location", "Washington, D.C."),
           E("Organization", "House Energy and Commerce Committee"), E("Person", "Cathy McMorris Rodgers"),
           E("Organization", "Congress"),  # 'this Congress' — added in the post-annotation check
           E("Organization", "Biden Administration"), E("Person", "Easterly"),
           E("Organization", "HHS"), E("Organization", "DOE"), E("Organization", "FCC"), E("Organization", "FTC"),
           E("Organization", "DOT"), E("Location", "Russia"), E("Organization", "DarkSide"),
           E("Company", "Colonial Pipeline"), E("Location", "East Coast"), E("Organization", "REvil"),
           E("Company", "JBS USA"), E("Company", "Kaseya"), E("Person", "Putin")],
 # 'Republican Leader' (a legislator), 'Director Easterly' and 'President Putin' (no organisation named): no role
 roles=[], relations=[],
 # 'In June, REvil ... attacked JBS USA, which temporarily knocked out plants' — the plants stopped (→ 2021-06);
 # the Colonial Pipeline attack ('attacked', no stoppage told) and the Kaseya attack ('affected hundreds of
 # businesses', no lost service told) are attacks, not outages in this text
 outages=[O("JBS USA", "2021-06", [], cause="ransomware attack")],
 dates=[D("today", "2021-07-20"), D("May", "2021-05"), D("June", "2021-06")])  # 'Earlier this month' skipped
A["us-house-homeland-security-hearing-colonial-pipeline-ransomware-2021"] = dict(
 entities=[E("Location", "WASHINGTON"), E("Person", "Bennie G. Thompson"),
           E("Organization", "House Committee on Homeland Security", "Homeland Security Committee", "Committee"),
           E("Company", "Colonial Pipeline", "Colonial Pipeline Company", "Colonial"), E("Person", "Joseph Blount"),
           E("Organization", "Transportation and Infrastructure Committee"), E("Organization", "White House"),
           E("Person", "Jake Sullivan"), E("Organization", "Oversight and Reform Committee"),
           E("Organization", "DHS"), E("Organization", "FBI"), E("Organization", "ODNI"), E("Organization", "CISA"),
           E("Organization", "TSA")],
 # 'Colonial Pipeline CEO Joseph Blount'; Thompson is a committee chair (a legislator, no role, as batch 17c);
 # 'White House National Security Advisor Jake Sullivan' → other
 roles=[R("Joseph Blount", "ceo", "Colonial Pipeline"), R("Jake Sullivan", "other", "White House")],
 relations=[],
 outages=[],  # near-miss: 'the ransomware attack on the company's networks last week' — no lost service told
 dates=[D("Today", "2021-05-20"), D("June 9", "2021-06-09"), D("June 9, 2021", "2021-06-09"),
        D("Tuesday, May 11", "2021-05-11"), D("May 11", "2021-05-11"), D("Monday, May 17", "2021-05-17"),
        D("Tuesday, May 18", "2021-05-18"), D("Wednesday, May 19", "2021-05-19"),
        D("Thursday, May 20", "2021-05-20")])  # 'last week' and '12pm EDT' skipped

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
