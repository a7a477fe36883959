#!/usr/bin/env python3
"""Batch 15e gold annotations (the 14 texts of batch15e.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 14 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch15e_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-commons-dwp-desktop-computer-failure-eds-report-2004 hansard-commons-eu-referendum-voter-registration-regulations-2016
hansard-commons-urgent-question-voter-registration-website-2016 hansard-lords-inland-revenue-it-systems-paye-records-2004
hansard-written-answer-1901-census-website-contractors-2002 hansard-written-answer-mobile-phones-outages-vmo2-hebden-bridge-2025
hansard-written-answer-nats-software-design-faults-2000 oireachtas-committee-mobile-network-capacity-vodafone-2020
oireachtas-dail-dublin-airport-radar-malfunctions-shatter-2008 oireachtas-dail-eircom-telecommunications-systems-failure-1999
oireachtas-dail-private-notice-questions-dublin-airport-radar-2008 oireachtas-dail-pulse-garda-information-system-downtime-2009
oireachtas-dail-question-telecommunications-services-discontinued-dublin-2004 oireachtas-written-answer-passport-services-online-applications-2022""".split())
A = {}

# ---- UK Parliament: outages ------------------------------------------------------------------------------------
A["hansard-commons-dwp-desktop-computer-failure-eds-report-2004"] = dict(
 entities=[E("Person", "Webb"), E("Location", "Gravesham"), E("Person", "Chris Pond"), E("Person", "Alan Johnson"),
           E("Company", "EDS")],
 roles=[],  # Chris Pond: a minister (no role, as batches 12-15d); Alan Johnson's post is not given in the text
 relations=[],  # EDS reports to 'the Government, its customer': the Government is not a named entity here
 # the Department's desktop computers failed (80 per cent affected), Tuesday to Thursday of a week the text does not
 # date; the Department is never named (only in a minister's title): provider null, date null
 outages=[O(None, None, [], cause="problem with desktop computers")],
 dates=[])  # 'Friday morning', 'the Tuesday', 'Tuesday lunchtime', 'Thursday evening': the week is not given
A["hansard-commons-eu-referendum-voter-registration-regulations-2016"] = dict(
 entities=[E("Person", "Oliver Letwin", "Letwin"), E("Organization", "Electoral Commission"), E("Person", "Philip Hollobone"),
           E("Location", "Kettering")],
 roles=[],  # the Chancellor of the Duchy of Lancaster: a minister, no role
 relations=[],
 # 'on Tuesday night' (7 June 2016, before Thursday 9 June) the registration website crashed at around 10 o'clock;
 # down for two hours (until the midnight deadline); no operator named
 outages=[O(None, "2016-06-07", [], start="2016-06-07T22:00", dur=2, cause="surge of applications")],
 dates=[D("8 June", "2016-06-08"), D("Tuesday night", "2016-06-07"), D("9pm", "2016-06-07T21:00"), D("10pm", "2016-06-07T22:00"),
        D("10 o’clock", "2016-06-07T22:00"), D("midnight", "2016-06-10T00:00"), D("tonight", "2016-06-09")])
A["hansard-commons-urgent-question-voter-registration-website-2016"] = dict(
 entities=[E("Service", "gov.uk")],
 roles=[], relations=[],
 # problems with the gov.uk voter registration website from 10.15 pm 'last night' (7 June 2016); no operator named
 outages=[O(None, "2016-06-07", ["gov.uk"], start="2016-06-07T22:15", cause="unprecedented demand")],
 dates=[D("23 June", "2016-06-23"), D("Yesterday", "2016-06-07"), D("last year", "2015"), D("10.15 pm", "2016-06-07T22:15"),
        D("last night", "2016-06-07"), D("2015", "2015")])
A["hansard-written-answer-mobile-phones-outages-vmo2-hebden-bridge-2025"] = dict(
 entities=[E("Person", "Josh Fenton-Glynn"), E("Location", "Calder Valley"),
           E("Organization", "Department for Science, Innovation & Technology", "Department for Science, Innovation and Technology"),
           E("Person", "Kanishka Narayan"), E("Company", "Virgin Media O2", "VMO2"), E("Company", "O2"), E("Company", "Vodafone"),
           E("Location", "Hebden Bridge"), E("Organization", "Ofcom")],
 roles=[],  # Parliamentary Under Secretary of State: a minister, no role
 relations=[],
 # VMO2's coverage issue (mobile outage) at Hebden Bridge hit O2 and Vodafone customers; its start is not dated
 # ('7 November' is the day of the temporary fix)
 outages=[O("Virgin Media O2", None, ["O2", "Vodafone"], loc="Hebden Bridge")],
 dates=[D("7 November", "2025-11-07")])
A["hansard-written-answer-nats-software-design-faults-2000"] = dict(
 entities=[E("Person", "Brady"), E("Person", "Mullin"), E("Company", "National Air Traffic Services Ltd.", "NATS"),
           E("Location", "West Drayton"), E("Location", "Hamburg"), E("Location", "Copenhagen")],
 roles=[], relations=[],
 outages=[O("National Air Traffic Services Ltd.", "2000-06-09", [], loc="West Drayton", cause="application software design fault"),
          O("National Air Traffic Services Ltd.", "2000-06-17", [], cause="latent design fault in the flight strip printing system")],
 dates=[D("9 June", "2000-06-09"), D("17 June", "2000-06-17")])
# ---- UK Parliament: near-misses ----------------------------------------------------------------------------------
A["hansard-written-answer-1901-census-website-contractors-2002"] = dict(
 entities=[E("Person", "Lidington"), E("Organization", "Lord Chancellor's Department"), E("Organization", "Public Record Office", "PRO"),
           E("Service", "1901 Census website"), E("Person", "Rosie Winterton"), E("Company", "QinetiQ Ltd."),
           E("Company", "Amey IT Services"), E("Company", "Sopheon UK Ltd."), E("Company", "BTlgnite")],
 roles=[],  # the Parliamentary Secretary: a minister, no role
 relations=[L("1901 Census website", "provider", "QinetiQ Ltd."),  # 'responsible for the construction and operation'
            L("Public Record Office", "partner", "QinetiQ Ltd."),  # 'the PRO's business partner QinetiQ Ltd.'
            L("QinetiQ Ltd.", "partner", "Amey IT Services"), L("QinetiQ Ltd.", "partner", "Sopheon UK Ltd."),  # sub-contractors
            L("Amey IT Services", "partner", "BTlgnite")],  # 'sub-contracted Internet Service Provision to BTlgnite'
 outages=[],  # near-miss: the excerpt gives the site's planned capacity and its contractors, no lost service
 dates=[D("1998", "1998")])
A["hansard-lords-inland-revenue-it-systems-paye-records-2004"] = dict(
 entities=[E("Person", "Baroness Noakes"), E("Organization", "Her Majesty's Government"), E("Organization", "Inland Revenue"),
           E("Organization", "Department for Culture, Media and Sport"), E("Person", "Lord McIntosh of Haringey"),
           E("Organization", "Treasury"), E("Organization", "Board of the Inland Revenue")],
 roles=[],  # the Parliamentary Under-Secretary of State: a minister, no role; the Board's chairman is not named
 relations=[],
 outages=[],  # near-miss: records deleted by housekeeping procedures, no service lost
 dates=[D("last month", "2004-10")])
# ---- Houses of the Oireachtas: outages ---------------------------------------------------------------------------
A["oireachtas-dail-dublin-airport-radar-malfunctions-shatter-2008"] = dict(
 entities=[E("Person", "Broughan"), E("Organization", "Irish Aviation Authority"), E("Location", "Dublin Airport")],
 roles=[], relations=[],
 # 'yesterday's serious malfunctions' (9 July 2008): the radar system's software failed; the Irish Aviation Authority
 # 'administers the system' only in the cut-off sentence, but it is the authority asked about the software that
 # stopped operating. The five malfunctions in five weeks are counted, not told one by one (no events)
 outages=[O("Irish Aviation Authority", "2008-07-09", [], loc="Dublin Airport", cause="radar software failure")],
 dates=[D("yesterday", "2008-07-09"), D("today", "2008-07-10")])
A["oireachtas-dail-eircom-telecommunications-systems-failure-1999"] = dict(
 entities=[E("Location", "Ireland"), E("Company", "Eircom"), E("Organization", "Department of Enterprise, Trade and Employment"),
           E("Organization", "IDA Ireland")],
 roles=[], relations=[],
 # 'what happened with our telecommunications services last Friday' (19 November 1999): Eircom's systems failure
 outages=[O("Eircom", "1999-11-19", [], cause="computer software failure")],
 dates=[D("last Friday", "1999-11-19")])
A["oireachtas-dail-private-notice-questions-dublin-airport-radar-2008"] = dict(
 entities=[E("Organization", "Irish Aviation Authority", "IAA"), E("Location", "Dublin Airport"), E("Service", "SSR"),
           E("Organization", "Dáil Éireann"), E("Person", "James Reilly")],
 roles=[], relations=[],
 # the radar system's failure at Dublin Airport ('the current chaos'); the excerpt gives no day: date null
 outages=[O("Irish Aviation Authority", None, ["SSR"], loc="Dublin Airport", cause="radar system failure")],
 dates=[])
# ---- Houses of the Oireachtas: near-misses -----------------------------------------------------------------------
A["oireachtas-committee-mobile-network-capacity-vodafone-2020"] = dict(
 entities=[E("Person", "O'Connor"), E("Location", "Europe"), E("Organization", "EU"), E("Company", "Netflix"), E("Location", "Ireland"),
           E("Organization", "ComReg"), E("Service", "downdetector.ie"), E("Company", "Vodafone")],
 roles=[], relations=[],
 outages=[],  # near-miss: capacity issues and reduced voice quality; the excerpt ends before any failure is told
 dates=[D("the start of the year", "2020"), D("this year", "2020"), D("last Friday night", "2020-11-27")])
A["oireachtas-dail-pulse-garda-information-system-downtime-2009"] = dict(
 entities=[E("Service", "PULSE"), E("Organization", "Garda"), E("Service", "Garda information system"), E("Organization", "Courts Service")],
 roles=[], relations=[],
 outages=[],  # near-miss: 'virtually no unplanned downtime'
 dates=[D("the start of 2007", "2007"), D("1999", "1999"), D("November 2008", "2008-11")])
A["oireachtas-dail-question-telecommunications-services-discontinued-dublin-2004"] = dict(
 entities=[E("Person", "Durkan"), E("Location", "Dublin"), E("Organization", "Commission for Communications Regulations", "ComReg")],
 roles=[], relations=[],
 outages=[],  # near-miss: an unnamed company withdrew services over an equipment safety hazard (a product defect)
 dates=[])  # '2003' only in a statutory instrument's citation (not a time expression, as the corpus treats law names)
A["oireachtas-written-answer-passport-services-online-applications-2022"] = dict(
 entities=[E("Organization", "Passport Service"), E("Location", "Dublin"), E("Location", "Cork"), E("Location", "Mount St"),
           E("Location", "Dublin 2"), E("Service", "Urgent Appointment Service for Passport Renewal", "Urgent Appointment Service")],
 roles=[], relations=[],
 outages=[],  # near-miss: office capacity and appointments, no failure named
 dates=[D("late January", "2022-01"), D("27 September 2021", "2021-09-27"), D("26 October 2021", "2021-10-26"),
        D("Earlier this month", "2022-03")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
