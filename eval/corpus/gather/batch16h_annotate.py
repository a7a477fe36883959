#!/usr/bin/env python3
"""Batch 16h gold annotations (the 8 texts of batch16h.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 8 ids sorted, then dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b).
usage: batch16h_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""fcc-bureau-seeks-information-verizon-wireless-outage-2026
hansard-lords-central-courts-it-system-supplier-data-centre-failure-2019
hansard-lords-channel-tunnel-electrical-supply-failure-getlink-2026
hansard-lords-written-answer-jubilee-line-delays-broken-rail-signal-failure-2001
hansard-lords-written-answers-london-underground-central-line-train-breakdown-2000
hansard-written-answer-crown-court-digital-case-system-failure-2019
hansard-written-answer-pension-service-computer-link-breakdown-2003
hansard-written-answer-treasury-email-mailing-list-out-of-operation-2002""".split())
A = {}

# ---- US federal: a mobile network's outage ---------------------------------------------------------------------
A["fcc-bureau-seeks-information-verizon-wireless-outage-2026"] = dict(
 entities=[E("Organization", "Public Safety and Homeland Security Bureau", "PUBLIC SAFTY AND HOMELAND SECURITY BUREAU", "Bureau"),
           E("Company", "Verizon Communications", "Verizon"), E("Service", "911")],
 roles=[], relations=[],
 # Verizon's wireless network down on 14 January 2026 for 'at least ten hours' (duration 10, a lower bound); the
 # network is not a named service (affected []); 911's failure is asked about, not stated
 outages=[O("Verizon Communications", "2026-01-14", [], dur=10)],
 dates=[D("JANUARY 2026", "2026-01"), D("March 16, 2026", "2026-03-16"), D("January 14, 2026", "2026-01-14")])
# ---- UK Parliament: outages ------------------------------------------------------------------------------------
A["hansard-lords-central-courts-it-system-supplier-data-centre-failure-2019"] = dict(
 entities=[E("Organization", "Ministry of Justice"), E("Organization", "Legal Aid Agency"), E("Organization", "Prison Service"),
           E("Company", "Atos"), E("Company", "Microsoft"), E("Person", "Sir Richard Heaton")],
 roles=[R("Sir Richard Heaton", "head", "Ministry of Justice")],  # the department's Permanent Secretary -> head
 relations=[L("Ministry of Justice", "partner", "Atos"), L("Ministry of Justice", "partner", "Microsoft")],  # 'our suppliers'
 # the ministry's IT ('the IT issues facing the Ministry of Justice'): staff could not log on; the supplier whose data
 # centre failed is not said (Atos or Microsoft), so the provider is the ministry; 'over recent days': no start day
 outages=[O("Ministry of Justice", None, [], cause="infrastructure failure in our supplier’s data centre")],
 dates=[D("yesterday", "2019-01-22"), D("Today", "2019-01-23"), D("tomorrow morning", "2019-01-24"),
        D("This afternoon", "2019-01-23")])
A["hansard-lords-channel-tunnel-electrical-supply-failure-getlink-2026"] = dict(
 entities=[E("Organization", "His Majesty’s Government"), E("Company", "Getlink"), E("Location", "Channel Tunnel"),
           E("Location", "London"), E("Location", "Paris"), E("Location", "Brussels"),
           E("Organization", "Intergovernmental Commission", "IGC"), E("Organization", "Office of Rail and Road"),
           E("Company", "HS1"), E("Company", "Eurostar")],
 roles=[], relations=[],
 # the Channel Tunnel infrastructure's electrical supply failed (Getlink's infrastructure, 'the responsibility of HS1 or
 # Getlink'); one event from the first day of '30 and 31 December last' (the three incidents are counted, not told);
 # the cancelled London-Paris-Brussels train services are not a named service (affected [])
 outages=[O("Getlink", "2025-12-30", [], loc="Channel Tunnel", cause="failure of the electrical supply")],
 dates=[D("30 and 31 December last", "2025-12-30")])
A["hansard-lords-written-answer-jubilee-line-delays-broken-rail-signal-failure-2001"] = dict(
 entities=[E("Person", "Lord Laird"), E("Organization", "Her Majesty's Government"), E("Service", "Jubilee Line"),
           E("Location", "Finchley Road"), E("Company", "London Underground", "LUL")],
 roles=[],  # Lord Laird: a legislator, no role
 relations=[L("Jubilee Line", "provider", "London Underground")],  # 'Day-to-day operation of the Jubilee Line is a matter for LUL'
 # about 45 per cent of the line's normal service could not be run on the morning of 1 March: a broken rail north of
 # Finchley Road, with a signal failure near it
 outages=[O("London Underground", "2001-03-01", ["Jubilee Line"], loc="Finchley Road", cause="broken rail")],
 dates=[D("1 March", "2001-03-01")])
A["hansard-lords-written-answers-london-underground-central-line-train-breakdown-2000"] = dict(
 entities=[E("Person", "Lord Lamont of Lerwick"), E("Organization", "Her Majesty's Government"),
           E("Organization", "Health and Safety Executive", "HSE"),
           E("Company", "London Underground Limited", "LUL", "London Underground"), E("Service", "Central Line"),
           E("Organization", "Railway Inspectorate"), E("Location", "Liverpool Street Station")],
 roles=[],
 relations=[L("Central Line", "provider", "London Underground Limited"),
            L("Railway Inspectorate", "parentOrganization", "Health and Safety Executive")],  # 'HSE's Railway Inspectorate'
 # the 4 September incident: a train broke down at Liverpool Street, 2,100 commuters trapped ('involving a blown fuse');
 # the 34 escalators out of service over the bank holiday weekend are a count of equipment, no outage told
 outages=[O("London Underground Limited", "2000-09-04", ["Central Line"], loc="Liverpool Street Station", cause="blown fuse")],
 dates=[D("4 September", "2000-09-04"), D("Saturday 26 August", "2000-08-26"), D("Monday 28 August", "2000-08-28")])
A["hansard-written-answer-crown-court-digital-case-system-failure-2019"] = dict(
 entities=[E("Service", "Crown Court Digital Case System", "DCS"), E("Organization", "HMCTS"), E("Location", "Manchester"),
           E("Location", "Crown Square"), E("Organization", "Sheffield Crown Court"), E("Organization", "Leeds Crown Court"),
           E("Organization", "Norwich Crown Court")],
 roles=[], relations=[],  # provider needs a Company object: HMCTS is an Organization
 # the system's 'temporary failure' / 'slowdown' 'during the week commencing 4 March 2019': no day (date the month);
 # HMCTS, the courts service that investigated it, as the operator (doubtful: the text does not say who runs DCS)
 outages=[O("HMCTS", "2019-03", ["Crown Court Digital Case System"])],
 dates=[D("4 March 2019", "2019-03-04"), D("8 March 2019", "2019-03-08"), D("14 March 2019", "2019-03-14")])
# ---- UK Parliament: near-misses --------------------------------------------------------------------------------
A["hansard-written-answer-pension-service-computer-link-breakdown-2003"] = dict(
 entities=[E("Organization", "The Pension Service", "Pension Service"), E("Person", "Alexis Cleveland"),
           E("Person", "Paul Holmes")],
 roles=[R("Alexis Cleveland", "ceo", "The Pension Service")],  # 'Chief Executive of The Pension Service'
 relations=[],
 outages=[],  # near-miss: a link between two computer systems broke for one recipient's payment, 'not a national problem'
 dates=[D("17 July 2003", "2003-07-17")])
A["hansard-written-answer-treasury-email-mailing-list-out-of-operation-2002"] = dict(
 entities=[E("Organization", "Treasury")],
 roles=[], relations=[],
 outages=[],  # near-miss: 'out of operation for approximately four to six weeks' over 14 months, a total, none told
 dates=[D("1 January 2001", "2001-01-01"), D("January 2001", "2001-01")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
