#!/usr/bin/env python3
"""Batch 11 gold annotations, written from each text alone before newskg was run on any batch-11 file.
Split rule fixed before annotation, as for every new batch: the 8 ids sorted, then dealt along test, train, dev,
train (their own cycle).
usage: batch11_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""crs-faa-notam-system-troubled-2023 gov-uk-statement-nats-preliminary-report-atc-failure-2023
gov-uk-statement-transport-secretary-meeting-atc-disruption-2023 hansard-commons-statement-disruption-at-heathrow-2025
hansard-lords-mobile-networks-resilience-o2-2018 hansard-lords-nats-operational-failure-2023
uk-parliament-treasury-committee-letters-banks-it-failures-2025 uk-parliament-treasury-committee-oral-evidence-tsb-2018""".split())
A = {}
A["crs-faa-notam-system-troubled-2023"] = dict(
 entities=[E("Organization", "Federal Aviation Administration", "FAA"), E("Service", "Notice to Air Missions", "NOTAM", "NOTAM system")],
 roles=[],
 relations=[L("Notice to Air Missions", "provider", "Federal Aviation Administration")],
 outages=[O("Federal Aviation Administration", "2023-01-11", ["Notice to Air Missions"])],
 dates=[D("January 11, 2023", "2023-01-11")])
A["gov-uk-statement-nats-preliminary-report-atc-failure-2023"] = dict(
 entities=[E("Company", "NATS"), E("Organization", "Civil Aviation Authority", "CAA"), E("Person", "Mark Harper")],
 roles=[],  # Transport Secretary, no country named on its own: no role (batch-10 decision)
 relations=[],
 outages=[O("NATS", "2023-08-28", [])],
 # 'tomorrow (7 September 2023)' was written on 6 September; resolved against `published` (7 September, the
 # mirror's posting day) it would contradict the text, so only the explicit date is listed.
 dates=[D("06 September 2023", "2023-09-06"), D("Monday 28 August 2023", "2023-08-28"), D("yesterday", "2023-09-06"),
        D("7 September 2023", "2023-09-07")])
A["gov-uk-statement-transport-secretary-meeting-atc-disruption-2023"] = dict(
 entities=[E("Person", "Mark Harper"), E("Company", "NATS"), E("Organization", "Civil Aviation Authority", "CAA"),
           E("Organization", "Border Force")],
 roles=[],
 relations=[],
 outages=[O("NATS", "2023-08-28", [])],
 dates=[D("1 September 2023", "2023-09-01"), D("last Monday", "2023-08-28"), D("Monday", "2023-08-28"),
        D("Monday", "2023-09-04")])  # 'Monday’s ... failure' (28 Aug) and 'On Monday, the CAA will receive' (the day of publication)
A["hansard-commons-statement-disruption-at-heathrow-2025"] = dict(
 entities=[E("Location", "Heathrow airport", "Heathrow"), E("Company", "National Grid"), E("Location", "North Hyde substation"),
           E("Company", "Scottish and Southern Electricity Networks")],
 roles=[],
 relations=[],
 outages=[O(None, "2025-03-21", ["Heathrow airport"], cause="substation fire")],  # the text names no operator of the substation
 dates=[D("Friday 21 March", "2025-03-21"), D("11.30 pm", "2025-03-20T23:30"), D("Thursday 20 March", "2025-03-20"),
        D("the following day", "2025-03-21"), D("4.30 am", "2025-03-21T04:30"), D("Friday", "2025-03-21")])
A["hansard-lords-mobile-networks-resilience-o2-2018"] = dict(
 entities=[E("Organization", "Her Majesty’s Government"), E("Location", "United Kingdom"), E("Company", "O2"), E("Organization", "DCMS"),
           E("Organization", "Electronic Communications Resilience and Response Group")],
 roles=[],
 relations=[],
 outages=[O("O2", None, [])],  # the text gives no date for the outage
 dates=[])
A["hansard-lords-nats-operational-failure-2023"] = dict(
 entities=[E("Organization", "His Majesty’s Government"), E("Company", "National Air Traffic Services", "NATS"),
           E("Organization", "Civil Aviation Authority")],
 roles=[],
 relations=[],
 outages=[O("National Air Traffic Services", "2023", [])],  # 'last week' before Tue 5 Sep 2023 spans two months: year only
 dates=[D("last year", "2022")])
A["uk-parliament-treasury-committee-letters-banks-it-failures-2025"] = dict(
 entities=[E("Organization", "Treasury Committee", "Committee"), E("Company", "Barclays"), E("Organization", "HMRC"),
           E("Organization", "Bank of England"), E("Location", "UK"), E("Company", "Allied Irish Bank"), E("Company", "Bank of Ireland"),
           E("Company", "Danske"), E("Company", "HSBC"), E("Company", "Lloyds Banking Group"), E("Company", "Nationwide Building Society"),
           E("Company", "NatWest Group"), E("Company", "Santander")],
 roles=[],
 relations=[],
 outages=[O("Barclays", None, [])],  # 'Friday 31 January' has no year and `published` is null
 dates=[])  # published null: no absolute date with a year in the text
A["uk-parliament-treasury-committee-oral-evidence-tsb-2018"] = dict(
 entities=[E("Person", "Nicky Morgan"), E("Person", "Rushanara Ali"), E("Person", "Simon Clarke"), E("Person", "Charlie Elphicke"),
           E("Person", "Stewart Hosie"), E("Person", "John Mann"), E("Person", "Paul Pester", "Pester"), E("Company", "TSB Bank", "TSB"),
           E("Person", "Richard Meddings"), E("Person", "Miguel Montes"), E("Company", "Banco Sabadell", "Sabadell Group"),
           E("Person", "Carlos Abarca")],
 roles=[R("Paul Pester", "ceo", "TSB Bank"), R("Richard Meddings", "chairman", "TSB Bank"), R("Miguel Montes", "coo", "Banco Sabadell"),
        R("Miguel Montes", "director", "TSB Bank"), R("Carlos Abarca", "executive", "TSB Bank")],
 relations=[],  # ownership of TSB is not stated in this text
 outages=[O("TSB Bank", "2018-04", [], cause="IT migration")],
 dates=[D("this afternoon", "2018-05-02"), D("December 2017", "2017-12"), D("21 April", "2018-04-21"), D("22 April", "2018-04-22")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
