#!/usr/bin/env python3
"""Batch 36v gold annotations (the 4 texts of batch36v.py), made from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts). `published` is the day of each answer; relative expressions are
resolved against it (GUIDELINES.md, Dates). Clock times with no day of their own are not dates.
usage: batch36v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-written-answers-government-telecommunications-network-switch-failures-1988"] = dict(
 # the Central Computer and Telecommunications Agency (a government agency; 'CCTA' later) -> Organization; the
 # Property Services Agency -> Organization; the Government telecommunications network (the government's own
 # telephone network; 'GTN' later; written with lower-case words) -> Service, as GUIDELINES types networks; the SL100
 # switch (a named piece of exchange equipment) -> Service as a device (doubtful: it could be left unannotated as
 # equipment inside the network); Greater London and London -> Location. The Chancellor of the Exchequer is a post;
 # 'the company maintaining the switch' is unnamed -> not annotated
 entities=[E("Service", "SL100"), E("Service", "Government telecommunications network", "GTN"),
           E("Organization", "Central Computer and Telecommunications Agency", "CCTA"), E("Location", "Greater London"),
           E("Organization", "Property Services Agency"), E("Location", "London")],
 roles=[],
 # the CCTA answers for the network and restores its service, but it is an agency (Organization), not a Company ->
 # no provider relation (GUIDELINES: provider links a Service to a Company); the switch sits on the network, but
 # no relation kind fits
 relations=[],
 # two failures the answer tells apart: (1) the storm of 16 October 1987 cut the mains supply throughout Greater
 # London, the emergency standby supplies failed, and 'the switch ceased to function for some 4½ hours' -> provider
 # the CCTA (the body the question holds to account and that answers for the network; doubtful: the text never
 # says in so many words that it runs the GTN, and the mains supplier is not named), date 1987-10-16, duration 4.5,
 # location Greater London, cause the storm's mains power cut with the standby supplies failing, affected the GTN;
 # (2) 'The second problem occurred on the morning of Thursday 11 February 1988 and continued for most of that day',
 # most calls through London on the GTN seriously affected -> provider the CCTA, date 1988-02-11, start/end null (no
 # clock time; 'the morning' and 'most of that day' are not exact), location London, cause software corruption
 # within the switch, affected the GTN. The switch's coming into operation on 27 July 1987 and the 'random
 # intermittent difficulties' since (not told as a stop) are not items
 outages=[O("Central Computer and Telecommunications Agency", "1987-10-16", ["Government telecommunications network"],
            dur=4.5, loc="Greater London",
            cause="storm cut mains power supply; emergency standby power supplies failed"),
          O("Central Computer and Telecommunications Agency", "1988-02-11", ["Government telecommunications network"],
            loc="London", cause="corruption of software within the switch")],
 # `published` Monday 29 February 1988: all three days absolute
 dates=[D("Monday 27 July 1987", "1987-07-27"), D("16 October 1987", "1987-10-16"),
        D("Thursday 11 February 1988", "1988-02-11")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["hansard-commons-telegraph-service-dublin-stock-exchange-interruptions-1913"] = dict(
 # Dublin Chamber of Commerce, Association of Chambers of Commerce of the United Kingdom, Dublin stock Exchange
 # (written with a lower-case 's', kept as the text has it) -> Organization; Dublin, Holyhead, the Irish Channel,
 # Wales, Scotland, London, Anglesey, the North of Ireland -> Location (the last a region named with capitals;
 # doubtful). The Postmaster-General is a post; the Post Office is not named -> not annotated
 entities=[E("Organization", "Dublin Chamber of Commerce"),
           E("Organization", "Association of Chambers of Commerce of the United Kingdom"), E("Location", "Dublin"),
           E("Location", "Holyhead"), E("Location", "Irish Channel"), E("Location", "Wales"), E("Location", "Scotland"),
           E("Organization", "Dublin stock Exchange"), E("Location", "London"), E("Location", "Anglesey"),
           E("Location", "North of Ireland")],
 roles=[],
 relations=[],
 # near-miss: 'many complete breakdowns in the transmission of telegraphic messages between Dublin stock Exchange
 # and London', 'thirteen' in February, and the direct line 'interrupted from time to time' -> counted, not told
 # one by one, no day, and the reply says other lines carried the traffic within minutes (GUIDELINES: counted
 # outages are not events; doubtful: a reader could take 'thirteen occurred during last February' as one outage
 # item dated 1913-02 with provider null). The 'frequent interruptions of the telegraphic service to Dublin viâ
 # Holyhead' are general too
 outages=[],
 # `published` Tuesday 18 March 1913: '12th February' -> 1913-02-12 (an earlier answer of this year), '1st January'
 # -> 1913-01-01 ('since 1st January', this year), 'last February' -> 1913-02 (the month just past)
 dates=[D("12th February", "1913-02-12"), D("1st January", "1913-01-01"), D("last February", "1913-02")])

A["hansard-commons-delivery-of-telegrams-dublin-martial-law-1920"] = dict(
 # the Dublin Post Office -> Organization (named as the body that has 'ceased to perform its functions'; doubtful:
 # it may be read as the Post Office's Dublin office, a place); Dublin -> Location. The 'martial law Proclamation'
 # is a document, 'the Dublin newspapers' are generic, 'this public Department' unnamed -> not annotated
 entities=[E("Organization", "Dublin Post Office"), E("Location", "Dublin")],
 roles=[],
 relations=[],
 # near-miss: the night delivery of telegrams between midnight and 5 a.m. is suspended because the messengers will
 # not cross the streets under martial law, and telegrams are delivered by telephone where possible -> a delivery
 # round withdrawn by decision, the telegraph itself working, no failure of a system (GUIDELINES: strikes and
 # government orders are not outages; doubtful: a reader could take 'no telegrams are delivered between these
 # hours' as a curtailment of a postal service)
 outages=[],
 # `published` Monday 1 March 1920: '11.30 p.m.', '5 a.m.' and 'midnight' are nightly hours with no day -> skipped
 dates=[])

A["hansard-commons-national-emergency-post-office-services-1972"] = dict(
 # the Post Office (the body that runs the postal and telephone services and reports to the Minister) ->
 # Organization, as the corpus types it (batch 36a); the Daily Mirror and the Daily Express (newspapers) -> Company
 # (GUIDELINES, news organisations). The Minister of Posts and Telecommunications is a post; 'the House' is not
 # named -> not annotated. 'postal and telephone services' are generic -> no Service
 entities=[E("Organization", "Post Office"), E("Company", "Daily Mirror"), E("Company", "Daily Express")],
 roles=[],
 relations=[],
 # near-miss: 'interruptions to electricity supplies have caused some delays to both postal and telephone services;
 # but there have been no really serious disruptions of service' -> postal and telephone services delayed, not
 # lost; the electricity interruptions of the emergency are told in general (plural, no supplier, place or day),
 # not as an event told apart (doubtful: a reader could take them as one outage with provider null, dated 1972,
 # cause 'national emergency'). The forecast rise in telephone charges is no event of service
 outages=[],
 # `published` Wednesday 1 March 1972: "today's" -> 1972-03-01 (surface 'today'); 'at the end of Question Time' is a
 # time of the sitting, not a date
 dates=[D("today", "1972-03-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
