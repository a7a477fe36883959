#!/usr/bin/env python3
"""Batch 16a gold annotations (the 11 texts of batch16a.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 11 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch16a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-lords-banks-internet-banking-hsbc-systems-failures-2016
hansard-lords-police-national-computer-deleted-records-system-error-2021
hansard-written-answer-cps-case-management-system-outages-2023
hansard-written-answer-dvla-online-services-no-disruption-coronavirus-2020
hansard-written-answer-evisa-online-status-services-technical-issues
hansard-written-answer-parliament-ict-partial-outages-2009
hansard-written-answer-parliamentary-network-unplanned-interruptions-2001
hansard-written-answer-telecommunications-power-failures-resilience-2024
hansard-written-answer-universal-credit-it-system-downtime-records-2017
hansard-written-answers-microsoft-azure-aws-outages-government-services-2025
oireachtas-dail-integrated-ticketing-online-top-up-system-problems-2012""".split())
A = {}

# the case management system's ten longest outages, as the answer's table gives them: (start cell, end cell, hours,
# planned?). Every row is an outage of the CPS's system (the text calls each one an outage, planned or not); the
# planned ones carry the cause the table states ('planned'), the unplanned ones none.
CMS = [("Sunday 23/04/2023 08:00", "23/04/2023 13:00", 5.0, True),
       ("Tuesday 25/04/2023 19:15", "25/04/2023 23:30", 4.25, True),
       ("Thursday 11/05/2023 19:00", "11/05/2023 20:00", 1.0, False),
       ("Wednesday 07/06/2023 19:15", "07/06/2023 20:45", 1.5, True),
       ("Tuesday 27/06/2023 17:30", "27/06/2023 21:30", 4.0, True),
       ("Tuesday 11/07/2023 19:15", "12/07/2023 00:15", 5.0, True),
       ("Friday 04/08/2023 17:36", "04/08/2023 20:28", 2.87, False),
       ("Sunday 06/08/2023 08:00", "06/08/2023 13:30", 5.5, True),
       ("Wednesday 16/08/2023 13:00", "16/08/2023 15:11", 2.18, False),
       ("Saturday 19/08/2023 14:00", "20/08/2023 19:00", 29.0, True)]


def iso(cell):
    """'Sunday 23/04/2023 08:00' or '23/04/2023 13:00' -> '2023-04-23T08:00'."""
    day, clock = cell.split()[-2:]
    d, m, y = day.split("/")
    return f"{y}-{m}-{d}T{clock}"


# ---- UK Parliament: outages ------------------------------------------------------------------------------------
A["hansard-written-answers-microsoft-azure-aws-outages-government-services-2025"] = dict(
 entities=[E("Person", "Ben Spencer"), E("Location", "Runnymede and Weybridge"),
           E("Organization", "Department for Science, Innovation & Technology", "Department for Science, Innovation and Technology", "DSIT"),
           E("Service", "Microsoft Azure", "Azure"), E("Person", "Ian Murray"), E("Company", "Microsoft"),
           E("Company", "Amazon Web Services")],
 roles=[],  # Ian Murray: a minister with no country named (no role, as batches 12-15g); party labels not annotated
 relations=[L("Microsoft Azure", "provider", "Microsoft")],
 # the Azure outage of Wednesday 29 October 2025 (services restored 'on Wednesday evening': no clock time); the AWS
 # outage 'on Monday 20 October' has no year in a text with `published` null: date null
 outages=[O("Microsoft", "2025-10-29", ["Microsoft Azure"]), O("Amazon Web Services", None, [])],
 dates=[D("Wednesday 29 October 2025", "2025-10-29")])  # 'Wednesday evening', 'Monday 20 October': published null
A["hansard-lords-banks-internet-banking-hsbc-systems-failures-2016"] = dict(
 entities=[E("Organization", "Her Majesty’s Government"), E("Organization", "Financial Conduct Authority", "FCA"),
           E("Organization", "Prudential Regulation Authority", "PRA"), E("Location", "UK"), E("Company", "HSBC"),
           E("Organization", "Bank of England")],
 roles=[], relations=[],
 # 'HSBC alone had three systems failures in January, the latest last Friday' (29 January 2016, the Friday before
 # Monday 1 February): the latest is told with its day, the other two are only counted; 'the Bank of England systems
 # collapsed at the end of 2014' (a season-like span: the year)
 outages=[O("HSBC", "2016-01-29", []), O("Bank of England", "2014", [])],
 dates=[D("Two years ago", "2014"), D("January", "2016-01"), D("last Friday", "2016-01-29"),
        D("the end of 2014", "2014"), D("2012", "2012")])
A["hansard-written-answer-cps-case-management-system-outages-2023"] = dict(
 entities=[E("Organization", "CPS"), E("Service", "case management system", "CMS")],
 roles=[], relations=[],  # the Attorney General is a post named without its holder
 outages=[O("CPS", iso(s)[:10], ["case management system"], start=iso(s), end=iso(e), dur=h,
            cause="planned" if planned else None) for s, e, h, planned in CMS],
 dates=[D("1 April", "2023-04-01"), D("30 September 2023", "2023-09-30")]
       + [D(c, iso(c)) for s, e, _, _ in CMS for c in (s, e)])
A["hansard-written-answer-parliamentary-network-unplanned-interruptions-2001"] = dict(
 entities=[E("Person", "Lord Elton"), E("Organization", "Parliamentary Communications Directorate", "PCD"),
           E("Service", "Parliamentary Data and Video Network", "PDVN")],
 roles=[],  # 'The Chairman of Committees': a post, its holder not named
 relations=[],
 # the four working-hours interruptions are only counted (no events, as batches 15b-15c treat counted outages); the
 # one weekend interruption is told on its own with its length ('17 hours over one weekend'), undated within the year
 outages=[O("Parliamentary Communications Directorate", None, ["Parliamentary Data and Video Network"], dur=17.0)],
 dates=[D("30 June", "2001-06-30"), D("30 June 2001", "2001-06-30")])
# ---- UK Parliament: near-misses --------------------------------------------------------------------------------
A["hansard-lords-police-national-computer-deleted-records-system-error-2021"] = dict(
 entities=[E("Person", "Lord Rosser"), E("Organization", "Home Office"), E("Service", "police national computer"),
           E("Service", "police national database")],
 roles=[], relations=[],
 outages=[],  # near-miss: records deleted by 'human error introduced into the code'; no lost service told
 dates=[D("yesterday", "2021-01-18")])
A["hansard-written-answer-universal-credit-it-system-downtime-records-2017"] = dict(
 entities=[E("Organization", "DWP"), E("Service", "universal credit IT system", "UC IT system")],
 roles=[], relations=[],
 outages=[],  # near-miss: records of incidents are kept; none told
 dates=[])
A["hansard-written-answer-dvla-online-services-no-disruption-coronavirus-2020"] = dict(
 entities=[E("Organization", "Driver and Vehicle Licensing Agency", "DVLA"), E("Location", "Wales")],
 roles=[], relations=[],
 outages=[],  # near-miss: 'no disruption to online services'
 dates=[])
A["hansard-written-answer-evisa-online-status-services-technical-issues"] = dict(
 entities=[E("Organization", "Home Office"), E("Organization", "UK Visas and Immigration", "UKVI"),
           E("Organization", "UK Visas and Immigration Resolution Centre")],
 roles=[], relations=[],
 outages=[],  # near-miss: resilience and fallback provisions 'where technical issues do arise'; no outage told
 dates=[])
A["hansard-written-answer-telecommunications-power-failures-resilience-2024"] = dict(
 entities=[E("Person", "Alistair Strathern"), E("Location", "Hitchin"),
           E("Organization", "Department for Science, Innovation & Technology"), E("Person", "Chris Bryant"),
           E("Organization", "Department for Culture, Media and Sport"), E("Organization", "Ofcom")],
 roles=[],  # Chris Bryant: a minister with no country named
 relations=[],
 outages=[],  # near-miss: power-cut resilience in general
 dates=[D("6 September 2024", "2024-09-06")])
A["hansard-written-answer-parliament-ict-partial-outages-2009"] = dict(
 entities=[E("Location", "North Devon"), E("Organization", "House of Commons Commission", "Commission"),
           E("Organization", "House of Commons"), E("Organization", "Administration Committee"), E("Organization", "PICT"),
           E("Service", "MS Office")],
 roles=[], relations=[],
 outages=[],  # near-miss: 'partial outages on 10 occasions in the last 12 months' are counted, none told
 dates=[D("April 2008", "2008-04"), D("autumn 2009", "2009")])
# ---- Houses of the Oireachtas: near-miss -----------------------------------------------------------------------
A["oireachtas-dail-integrated-ticketing-online-top-up-system-problems-2012"] = dict(
 entities=[E("Company", "Iarnród Éireann"), E("Service", "Luas"), E("Organization", "NTA")],
 roles=[],  # 'the chief executive of the NTA' is not named
 relations=[],
 outages=[],  # near-miss: a slow online top-up system and complaints; no failure told
 dates=[])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
