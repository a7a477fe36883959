#!/usr/bin/env python3
"""Batch 12c gold annotations, written from each text alone before newskg was run on any batch-12c file (newskg had
by then been run on the train and dev files of batches 12 and 12b only). Split rule fixed before annotation: the
3 ids sorted, then dealt along test, train, dev (their own cycle).
usage: batch12c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""oireachtas-dail-ulster-bank-rbs-technical-problems-2012 uk-parliament-ni-affairs-committee-bank-it-failures-2014
uk-parliament-transport-committee-oral-evidence-nats-2014""".split())
A = {}
A["oireachtas-dail-ulster-bank-rbs-technical-problems-2012"] = dict(
 entities=[E("Person", "Doherty"), E("Person", "Michael McGrath"), E("Company", "Ulster Bank"), E("Company", "RBS"),
           E("Company", "NatWest"), E("Organization", "EMC")],
 roles=[],  # Ulster Bank's chief executive is not named
 relations=[L("Ulster Bank", "parentOrganization", "RBS")],  # 'Ulster Bank, as part of the RBS group'
 outages=[O("RBS", "2012-06-19", ["Ulster Bank", "NatWest"], cause="software update")],  # 'the RBS group's computer system'
 dates=[D("Tuesday 19 June", "2012-06-19"), D("last Thursday", "2012-06-21"), D("21 June", "2012-06-21")])  # 'last week' skipped
A["uk-parliament-ni-affairs-committee-bank-it-failures-2014"] = dict(
 entities=[E("Company", "Ulster Bank"), E("Company", "NatWest", "Nat West"), E("Company", "RBS"), E("Organization", "IBOA"),
           E("Location", "Northern Ireland"), E("Person", "Sam Woods"), E("Organization", "Bank of England Prudential Regulation Authority"),
           E("Location", "UK")],
 roles=[],  # Sam Woods 'from' the PRA: no title stated
 relations=[],
 # June 2012: the failure is RBS's ('the remediation ... following the June 2012 incident' after 'the breakdown that RBS had');
 # December 2013: 'the breakdown that RBS had shortly before Christmas'. April 2014 double debits: no lost service.
 outages=[O("RBS", "2012-06", ["NatWest", "Ulster Bank"]), O("RBS", "2013-12", ["Ulster Bank"])],
 dates=[D("2012", "2012"), D("June 2012", "2012-06"), D("December 2013", "2013-12"), D("January 2014", "2014-01"),
        D("2013", "2013"), D("April 2014", "2014-04")])  # published null: 'late July', 'August', 'shortly before Christmas' skipped
A["uk-parliament-transport-committee-oral-evidence-nats-2014"] = dict(
 entities=[E("Person", "Louise Ellman"), E("Person", "Tom Harris"), E("Person", "Karen Lumley"), E("Person", "Jason McCartney"),
           E("Person", "Chloe Smith"), E("Person", "Graham Stringer"), E("Person", "Martin Vickers"), E("Person", "Richard Deakin", "Deakin"),
           E("Person", "Martin Rolfe"), E("Company", "National Air Traffic Services", "NATS"), E("Person", "Andrew Haines"),
           E("Organization", "Civil Aviation Authority"), E("Organization", "Transport Select Committee"), E("Location", "UK")],
 roles=[R("Richard Deakin", "ceo", "National Air Traffic Services"), R("Martin Rolfe", "director", "National Air Traffic Services"),
        R("Andrew Haines", "ceo", "Civil Aviation Authority")],  # the committee chair (a legislator): no role
 relations=[],
 outages=[O("National Air Traffic Services", "2014-12-12", [], dur=0.75)],  # '45 minutes of interruption in our systems ... on Friday'
 dates=[D("Friday", "2014-12-12"), D("Friday evening", "2014-12-12"), D("last Friday", "2014-12-12")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
