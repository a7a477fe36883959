#!/usr/bin/env python3
"""Batch 34k gold annotations (the texts of batch34k.py: federal courts' CM/ECF and PACER outages from the courts'
own pages), written from each text alone; newskg was not run on any of them. Split rule fixed before annotation: the
batch's sorted ids dealt along test, train, dev, train (batch10_annotate.write_parts, as every sub-batch since 8b).
Three texts have `published` null (undated pages): only absolute dates are listed for them, and a day and month with
no year gives nothing. The Eastern District of New York board takes its newest entry's date (12/16/2025).
Conventions of the batch: the courts' filing system is the Service 'CM/ECF' (or 'CMECF' where a text only spells it
so) and the public-access system 'PACER'; no provider relation, because no text names who runs either system (the
judiciary's 'National Service Desk' only reports); an outage's provider is null unless the text makes one court's own
systems the failing ones.
usage: batch34k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather35k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["us-nyed-court-cmecf-pacer-status-disruptions-2025"] = dict(
 # 'CM/ECF' -> Service, aliases 'CMECF' (the board's spelling in its headings and August entries) and 'District
 # Case Management/Electronic Case Files' (spelled out once, with 'District' as the board writes it); 'PACER' ->
 # Service; 'the National Service Desk' -> Organization (the judiciary's help desk, named, capitalised; doubtful: a
 # unit rather than an organisation). Not annotated: 'the Clerk's Office' / 'Clerk's Offices' and 'the Program
 # Office' (generic offices, no court named), 'External users', 'Users' (generic)
 entities=[E("Service", "CM/ECF", "CMECF", "District Case Management/Electronic Case Files"), E("Service", "PACER"),
           E("Organization", "National Service Desk")],
 roles=[],
 # no provider relation: the board never says who runs CM/ECF or PACER (the court's page, but the court is not named
 # in the text, and the December disruption is reported by the national desk)
 relations=[],
 # two outages, each told apart by the board:
 # (1) 'The National Service Desk has reported a service disruption that is impacting CM/ECF and PACER. External
 #     users may be unable to log into CM/ECF or PACER. Dec. 11, 2025, 1:00 PM.' and 'On Dec. 11, 2025 at 1:45 PM,
 #     ... user access to CM/ECF and PACER has returned to normal' -> provider null (no operator named), date
 #     2025-12-11, start 13:00 (the time of the notice, the earliest the text gives for the disruption -- doubtful:
 #     it may have begun earlier), end 13:45, duration 0.75 (computed from those), affected CM/ECF and PACER, no place,
 #     no cause;
 # (2) '8/28/2025 3:38PM EST CMECF SERVICE IMPACTED ... a service disruption that is impacting District Case
 #     Management/Electronic Case Files (CM/ECF)' and '8/29/2025 9:35 AM EST CMECF SERVICE IS BACK TO NORMAL' ->
 #     provider null, date 2025-08-28, start 15:38 (the report's time, as above), end 2025-08-29T09:35, duration 17.95
 #     (17 h 57 min, computed), affected CM/ECF, no place, no cause (the '404 error' is the symptom).
 # Not outages: 'CM/ECF will be unavailable on Thursday, December 18th from 6:30 PM - 7:00 PM' (a planned window
 # announced ahead by a court, not a utility: near-miss per GUIDELINES); the Clerk's Office's reduced hours 'Due to
 # the government shutdown' and its early closing on 29 August (office hours, no system lost)
 outages=[O(None, "2025-12-11", ["CM/ECF", "PACER"], start="2025-12-11T13:00", end="2025-12-11T13:45", dur=0.75),
          O(None, "2025-08-28", ["CM/ECF"], start="2025-08-28T15:38", end="2025-08-29T09:35", dur=17.95)],
 # published 2025-12-16 (the newest entry; see the pool note). '8/27/2025'; '3:00 P.M.' (the closing on Friday,
 # August 29 -> 2025-08-29T15:00; the same text in the weekly hours is a recurring time, one item as the rules
 # list a repeated text with one value once); 'Friday, August 29, 2025'; '12/16/2025'; 'Thursday, December 18th'
 # -> 2025-12-18 (the next 18 December after publication, a Thursday); '6:30 PM' and '7:00 PM' on that day;
 # '12/11/2025'; 'Dec. 11, 2025'; '1:45 PM' and '1:00 PM' on 11 December; '8/29/2025' and '9:35 AM' ('EST' left
 # out of the text span); '8/28/2025' and '3:38PM'. Skipped: 'Monday through Friday' and the office-hour times
 # '10:00 A.M.', '1:00 P.M.', '4:00 P.M.' (recurring weekly hours)
 dates=[D("8/27/2025", "2025-08-27"), D("3:00 P.M.", "2025-08-29T15:00"), D("Friday, August 29, 2025", "2025-08-29"),
        D("12/16/2025", "2025-12-16"), D("Thursday, December 18th", "2025-12-18"), D("6:30 PM", "2025-12-18T18:30"),
        D("7:00 PM", "2025-12-18T19:00"), D("12/11/2025", "2025-12-11"), D("Dec. 11, 2025", "2025-12-11"),
        D("1:45 PM", "2025-12-11T13:45"), D("1:00 PM", "2025-12-11T13:00"), D("8/29/2025", "2025-08-29"),
        D("9:35 AM", "2025-08-29T09:35"), D("8/28/2025", "2025-08-28"), D("3:38PM", "2025-08-28T15:38")])

A["us-utd-court-cmecf-downtime-unavailability-log-2016"] = dict(
 # 'CMECF (Electronic Case Filing)' -> Service 'CMECF', alias 'Electronic Case Filing'; 'PACER' -> Service; 'the
 # District of Utah' -> Organization (the court, as the corpus's train file names 'U.S. District Court for the
 # District of Utah' an Organization; here 'Administrative Procedures for E-filing in the District of Utah' and
 # 'websites (including District of Utah)' -- doubtful: Location for the judicial district). Not annotated: 'ECF
 # servers' (the system's servers), 'Federal Circuits' (the judiciary's regional circuits, generic plural), 'the
 # Court' (generic), 'Internet provider' (generic), 'Administrative Procedures ...' (a document)
 entities=[E("Service", "CMECF", "Electronic Case Filing"), E("Service", "PACER"),
           E("Organization", "District of Utah")],
 roles=[],
 # no provider relation: the log says neither who runs CMECF nor PACER (the national outages show they are not the
 # court's alone)
 relations=[],
 # three outages (the log's unscheduled rows), each with its row's times:
 # (1) '4/4/2014 (Friday) 2:20 pm until 4/5/2014 (Saturday) - 9 pm CMECF and PACER Issues with relocation to new
 #     building' -> provider District of Utah (the log is of downtimes 'on the Court's end' and the relocation is the
 #     court's own -- doubtful: the text does not say whose building), date 2014-04-04, start 14:20, end
 #     2014-04-05T21:00, duration 30.67 (30 h 40 min, computed), affected CMECF and PACER, cause 'issues with
 #     relocation to new building';
 # (2) '1/24/2014 (Friday) 2 pm - 5 pm approximately ... CMECF and PACER systems nationally were affected ...
 #     Possible distributed denial of service (DDoS) attack by hackers, and/or other network configuration issues
 #     at the national level' -> provider null (a national outage, operator not named), date 2014-01-24, start 14:00,
 #     end 17:00, duration 3, affected CMECF and PACER, no place ('nationally' is the extent, not a place; doubtful),
 #     cause 'possible distributed denial of service (DDoS) attack' (as hedged in the text; the alternative 'network
 #     configuration issues' not taken -- doubtful);
 # (3) '1/16/2014 - 9 am - 11 am approx. CMECF/PACER and domain CMECF and PACER systems in most Federal Circuits
 #     were affected' -> provider null, date 2014-01-16, start 09:00, end 11:00, duration 2, affected CMECF and
 #     PACER, no place, no cause.
 # Not an outage: '5/20/16 (Friday) 5 pm until 5/21/2016 (Saturday) - 10 am CMECF and PACER Planned and scheduled
 # maintenance and updates to ECF servers' (planned and scheduled by a court, not a utility: near-miss per
 # GUIDELINES -- doubtful, as the row is logged afterwards among downtimes)
 outages=[O("District of Utah", "2014-04-04", ["CMECF", "PACER"], start="2014-04-04T14:20", end="2014-04-05T21:00",
            dur=30.67, cause="issues with relocation to new building"),
          O(None, "2014-01-24", ["CMECF", "PACER"], start="2014-01-24T14:00", end="2014-01-24T17:00", dur=3,
            cause="possible distributed denial of service (DDoS) attack"),
          O(None, "2014-01-16", ["CMECF", "PACER"], start="2014-01-16T09:00", end="2014-01-16T11:00", dur=2)],
 # published null: only absolute expressions (every row's day has its year; the clock times are tied to those
 # days). '5/20/16'; '5 pm' on 20 May 2016; '5/21/2016'; '10 am' on 21 May 2016; '4/4/2014'; '2:20 pm'; '4/5/2014';
 # '9 pm' on 5 April 2014; '1/24/2014'; '2 pm'; '5 pm' on 24 January 2014 (same text, another value: its own
 # item); '1/16/2014'; '9 am'; '11 am'. Skipped: the rows' '(Friday)' and '(Saturday)' (weekday glosses of the dates
 # just before them -- doubtful), 'from time to time'
 dates=[D("5/20/16", "2016-05-20"), D("5 pm", "2016-05-20T17:00"), D("5/21/2016", "2016-05-21"),
        D("10 am", "2016-05-21T10:00"), D("4/4/2014", "2014-04-04"), D("2:20 pm", "2014-04-04T14:20"),
        D("4/5/2014", "2014-04-05"), D("9 pm", "2014-04-05T21:00"), D("1/24/2014", "2014-01-24"),
        D("2 pm", "2014-01-24T14:00"), D("5 pm", "2014-01-24T17:00"), D("1/16/2014", "2014-01-16"),
        D("9 am", "2014-01-16T09:00"), D("11 am", "2014-01-16T11:00")])

A["us-txs-court-electronic-filing-pacer-unavailable-notice"] = dict(
 # 'our CM/ECF system' -> Service 'CM/ECF'. Not annotated: 'The District Court', 'The Bankruptcy Court', 'the
 # Courts', 'the Authorizing Court' (no court named in the text; the page's site is the Southern District of
 # Texas's), 'The service provider' (unnamed), 'Help Desk', 'Administrative Procedures' (documents); PACER is in
 # the title only
 entities=[E("Service", "CM/ECF")],
 roles=[],
 relations=[],
 # one outage: 'Due to a network service problem, attorneys and the public are temporarily unable to connect to our
 # CM/ECF system to file or view cases and documents' -> provider null (the courts, unnamed; the network's 'service
 # provider' unnamed), date null (`published` null; 'this morning' unresolved), no times, affected CM/ECF, no place,
 # cause 'network service problem'. The 'technical failure' passages are the procedures' general rules, no event
 outages=[O(None, None, ["CM/ECF"], cause="network service problem")],
 # published null: 'this morning' (relative) skipped; 'section 11' and 'III.A.12' are not dates; nothing listed
 dates=[])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["us-ncmb-court-cmecf-routine-maintenance-notice"] = dict(
 # 'The Court's CM/ECF system' -> Service 'CM/ECF'. Not annotated: 'the Clerk's Office', 'Staff', 'Filing Users'
 # (generic); the e-mail address (not an entity)
 entities=[E("Service", "CM/ECF")],
 roles=[],
 relations=[],
 # no outage: 'routine maintenance beginning at 8 am on Saturday, February 21st ... the service will not be
 # accessible for most of the day' and 'During the outage' -- a planned window announced ahead by a court (not a
 # utility): near-miss per GUIDELINES
 outages=[],
 # published null and no year in the text: 'Saturday, February 21st', '8 am' and 'Sunday, February 22nd' cannot be
 # resolved to a date (GUIDELINES: with `published` null only absolute expressions; a day and month alone is not);
 # 'most of the day', 'the first day' skipped; nothing listed
 dates=[])

A["us-innd-court-cmecf-nextgen-upgrade-unavailable-2021"] = dict(
 # 'The Court's case management/electronic filing system ("CM/ECF")' -> Service 'CM/ECF', alias 'case
 # management/electronic filing system' (the spelled-out name, lower case as written); 'the new Next Generation
 # CM/ECF system ("NextGen")' -> Service 'NextGen', alias 'Next Generation CM/ECF system' (a new version of the same
 # system, named apart -- doubtful: one Service with CM/ECF); 'PACER' -> Service. Not annotated: 'Central Sign-On'
 # (a feature of NextGen, not a service of its own -- doubtful), 'Fed. R. Civ. P. 6(a)(3)' and 'General Order
 # 2021-26' (rules and an order, documents), 'the Court' (not named in the text), 'NextGen courts' (generic)
 entities=[E("Service", "CM/ECF", "case management/electronic filing system"),
           E("Service", "NextGen", "Next Generation CM/ECF system"), E("Service", "PACER")],
 roles=[],
 # no provider relation: the text names no one who runs CM/ECF, NextGen or PACER
 relations=[],
 # no outage: 'at 12:00 p.m. (EST) on Friday, November 5, 2021, the CM/ECF system will be unavailable until 9:00 a.m.
 # (EST) on Monday, November 8, 2021' for the NextGen upgrade -- a planned window announced ahead by a court (not a
 # utility): near-miss per GUIDELINES
 outages=[],
 # published Monday 27 September 2021: '12:00 p.m.' (on 5 November) -> 2021-11-05T12:00; 'Friday, November 5, 2021';
 # '9:00 a.m.' (on 8 November, both times) -> 2021-11-08T09:00, one item; 'Monday, November 8, 2021'; 'noon' (on
 # November 5) -> 2021-11-05T12:00; 'November 5, 2021'; 'November 8, 2021'. Skipped: 'During that time period',
 # '2021-26' (an order's number)
 dates=[D("12:00 p.m.", "2021-11-05T12:00"), D("Friday, November 5, 2021", "2021-11-05"),
        D("9:00 a.m.", "2021-11-08T09:00"), D("Monday, November 8, 2021", "2021-11-08"),
        D("noon", "2021-11-05T12:00"), D("November 5, 2021", "2021-11-05"), D("November 8, 2021", "2021-11-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
