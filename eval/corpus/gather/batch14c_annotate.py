#!/usr/bin/env python3
"""Batch 14c gold annotations (the 3 UK Parliament texts of batch14c.py), written from each text alone before newskg
was run on any of them. Split rule fixed before annotation: the 3 ids sorted, then dealt along test, train, dev (their
own cycle, as every sub-batch since 8b).
usage: batch14c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""uk-parliament-treasury-committee-natwest-barclays-service-failures-2018 hansard-lords-securities-markets-alleged-dealing-1987
hansard-written-answer-telephone-services-preference-scheme-1999""".split())
A = {}
A["uk-parliament-treasury-committee-natwest-barclays-service-failures-2018"] = dict(
 entities=[E("Organization", "Treasury Committee"), E("Person", "Nicky Morgan", "Morgan"), E("Company", "NatWest", "Natwest"),
           E("Company", "Barclays"), E("Person", "Jes Staley"), E("Person", "Ross McEwan"), E("Company", "RBS Group"),
           E("Organization", "Bank of England")],
 roles=[R("Jes Staley", "ceo", "Barclays"), R("Ross McEwan", "ceo", "RBS Group")],  # the committee's chair is an MP: no role
 relations=[L("NatWest", "parentOrganization", "RBS Group")],  # RBS Group's chief executive answers for NatWest's failure
 # 'over the past 24 hours' before 21 September: the day is not certain, month only; the online banking services are not named
 outages=[O("NatWest", "2018-09", []), O("Barclays", "2018-09", [])],
 dates=[])
A["hansard-lords-securities-markets-alleged-dealing-1987"] = dict(
 entities=[E("Company", "International Stock Exchange"), E("Organization", "Securities and Investments Board")],
 roles=[],  # the speakers are not named in the text
 relations=[],
 outages=[],  # near-miss: the exchange's systems 'coped well'; unanswered telephones alleged, no lost service
 dates=[])
A["hansard-written-answer-telephone-services-preference-scheme-1999"] = dict(
 entities=[E("Company", "British Telecom"), E("Location", "Hungerford"), E("Location", "South East England"),
           E("Location", "Lockerbie"), E("Location", "Southern England"), E("Location", "Midlands"),
           E("Location", "Welford upon Avon"), E("Location", "Chadford"), E("Location", "M6 Motorway"), E("Location", "Knebworth"),
           E("Location", "Aintree"), E("Location", "Crewe"), E("Location", "Gatwick"), E("Location", "Leeds")],
 roles=[], relations=[],
 outages=[],  # near-miss: the public service restricted on purpose to relieve congestion
 dates=[D("1987", "1987"), D("August 1987", "1987-08"), D("October 1987", "1987-10"), D("December 1988", "1988-12"),
        D("January 1990", "1990-01"), D("December 1990", "1990-12"), D("February 1993", "1993-02"), D("June 1993", "1993-06"),
        D("November 1989", "1989-11"), D("December 1989", "1989-12"), D("June 1990", "1990-06"), D("April 1997", "1997-04")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
