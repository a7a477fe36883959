#!/usr/bin/env python3
"""Batch 18e part 2 gold annotations (the 3 texts of batch18e2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the 3 ids sorted, then dealt along test, train, dev (the batch's
own cycle, as batch18e_annotate.py and every sub-batch since 8b).
usage: batch18e2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""us-fcc-communications-status-report-hurricane-ian-october-2022
us-federal-reserve-h2-delegated-actions-subsidiary-banks-2008
us-fcc-fact-sheet-911-reliability-outage-notification-nprm-2021""".split())
A = {}
A["us-fcc-communications-status-report-hurricane-ian-october-2022"] = dict(
 entities=[E("Organization", "Federal Communications Commission", "FCC"), E("Location", "Florida"),
           E("Organization", "Public Safety and Homeland Security Bureau", "PSHSB"),
           E("Organization", "Public Safety Support Center"), E("Service", "911"),
           E("Organization", "Sanibel Police Department Headquarters")]
          # the thirty counties, named without 'County': Locations; the Disaster Information Reporting System is the
          # FCC's own reporting system (not annotated, as the corpus leaves NORS unannotated)
          + locs("Baker", "Bradford", "Charlotte", "Clay", "Collier", "Desoto", "Duval", "Flagler", "Glades", "Hardee",
                 "Hendry", "Highlands", "Hillsborough", "Lake", "Lee", "Manatee", "Marion", "Monroe", "Nassau",
                 "Okeechobee", "Orange", "Osceola", "Pinellas", "Polk", "Putnam", "Sarasota", "Seminole", "St. Johns",
                 "Union", "Volusia"),
 roles=[],
 # 'the FCC's Public Safety Support Center' → parentOrganization; the bureau is not tied to the FCC in this text
 relations=[L("Public Safety Support Center", "parentOrganization", "Federal Communications Commission")],
 # 'Sanibel Police Department Headquarters has been rerouted to another PSAP': the PSAP's own 911 answering is
 # down in the Hurricane Ian area and its calls go elsewhere → an outage of 911 at that PSAP; the day it began is
 # not in the kept text (the report is a snapshot 'as of October 6'): date null; no cause phrase about this PSAP
 outages=[O("Sanibel Police Department Headquarters", None, ["911"])],
 dates=[D("October 6, 2022", "2022-10-06"), D("12:00 p.m.", "2022-10-06T12:00"), D("today", "2022-10-06")])
A["us-federal-reserve-h2-delegated-actions-subsidiary-banks-2008"] = dict(
 entities=[E("Company", "Heritage Bank"), E("Company", "Susquehanna Bank"), E("Company", "C L C Enterprises, Inc."),
           E("Company", "Citizens Investors, LLC"), E("Company", "First Citizens Bankshares, Inc."),
           E("Company", "First Citizens Bank"), E("Company", "Emclaire Financial Corp", "Emclaire"),
           E("Company", "Elk County Savings and Loan Association"),
           E("Company", "The Farmers National Bank of Emlenton"), E("Company", "EuroBancshares, Inc."),
           E("Company", "EUBK Securities, Inc."), E("Company", "First National Corporation of Wynne"),
           E("Company", "Twin Lakes Bancshares, Inc."), E("Company", "Twin Lakes Community Bank"),
           E("Company", "Smith Associated Banking Corporation"), E("Company", "Bank of Salem")]
          + locs("Richmond", "Norfolk", "Virginia", "Virginia Beach", "Hagerstown", "Maryland", "Hunt Valley",
                 "Kansas City", "Nelson", "Nebraska", "Atlanta", "Savannah", "Georgia", "Glenville", "Cleveland",
                 "Emlenton", "Pennsylvania", "Ridgway", "New York", "San Juan", "Puerto Rico", "St. Louis", "Wynne",
                 "Arkansas", "Flippin", "Hot Springs", "Salem"),
 roles=[],
 # approved or granted applications to acquire: agreed deals → acquired only ('to acquire shares of First Citizens
 # Bankshares, Inc., Glenville, and its subsidiary bank, First Citizens Bank' read as both, as part 1's 'thereby
 # indirectly acquire'); 'its subsidiary bank', "Emclaire's subsidiary bank", 'its subsidiary, EUBK Securities'
 # → parentOrganization; First National Corporation of Wynne's application was withdrawn → no relation (and the
 # Twin Lakes banks' owners are implied, not stated → nothing)
 relations=[L("Citizens Investors, LLC", "acquired", "First Citizens Bankshares, Inc."),
            L("Citizens Investors, LLC", "acquired", "First Citizens Bank"),
            L("First Citizens Bank", "parentOrganization", "First Citizens Bankshares, Inc."),
            L("Emclaire Financial Corp", "acquired", "Elk County Savings and Loan Association"),
            L("The Farmers National Bank of Emlenton", "parentOrganization", "Emclaire Financial Corp"),
            L("EUBK Securities, Inc.", "parentOrganization", "EuroBancshares, Inc.")],
 outages=[],
 dates=[D("October 11, 2008", "2008-10-11"), D("October 10, 2008", "2008-10-10"), D("October 8, 2008", "2008-10-08"),
        D("October 7, 2008", "2008-10-07"), D("October 9, 2008", "2008-10-09")])
A["us-fcc-fact-sheet-911-reliability-outage-notification-nprm-2021"] = dict(
 entities=[E("Organization", "FCC", "Commission"), E("Service", "911")],
 roles=[], relations=[],
 outages=[],  # near-miss: outage-notification rules told in general; no outage event
 dates=[D("Today", "2021-04-01")])  # '30 minutes', 'two hours' are periods, not dates
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
