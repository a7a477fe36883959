#!/usr/bin/env python3
"""Batch 35a gold annotations (the 6 texts of batch35a.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts). Each text is a sitting day's answer or question whose day is
`published`; relative expressions are resolved against that day (GUIDELINES.md, Dates); clock times are not listed
as dates (as batches 33a-34j).
usage: batch35a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather36a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


def hm(h, m):
    """A duration the text gives as hours and minutes, in hours (two decimals)."""
    return round(h + m / 60, 2)


NIE = "Northern Ireland Electricity plc"
NM = "Newry and Mourne"

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-written-answer-power-supply-newry-mourne-nie-failures-1997"] = dict(
 # Northern Ireland Electricity plc ('NIE' twice) -> Company; the Department of Economic Development (the department
 # NIE notifies) -> Organization; Northern Ireland (in the Secretary of State's title and the Regulations' name) and
 # the Newry and Mourne district (name without 'district', as the text pairs them) -> Location. The Secretary of
 # State's post, the electoral wards and the Regulations (a law) -> not annotated
 entities=[E("Company", NIE, "NIE"), E("Organization", "Department of Economic Development"),
           E("Location", "Northern Ireland"), E("Location", NM)],
 # no named person, no title
 roles=[],
 # NIE's duty to notify the Department is regulation, not a partnership -> no relation
 relations=[],
 # eight outages, one per row of the table of 'failures of supply' notified under regulation 35: provider NIE (the
 # answer says NIE notified them; 'I am informed by Northern Ireland Electricity plc'), location Newry and Mourne
 # (the table's heading sentence), affected [] (electricity supply, no named service or body), duration from the
 # Hours and Minutes columns, cause from the last column in lower case, start/end null (no clock times). The row
 # '12 September' has no year; it stands between 10 June 1993 and 16 October 1993 in a table in date order -> 1993
 # (doubtful: resolved against `published` it would be 1996-09-12; a reader of the table takes 1993). 'Change of
 # failure' is read as the cause column (the page's misprint for 'Cause').
 outages=[O(NIE, "1993-03-30", [], dur=hm(2, 50), loc=NM, cause="gale damage"),
          O(NIE, "1993-06-10", [], dur=hm(1, 43), loc=NM, cause="conductor fault"),
          O(NIE, "1993-09-12", [], dur=hm(1, 55), loc=NM, cause="overhead line fault"),
          O(NIE, "1993-10-16", [], dur=hm(2, 5), loc=NM, cause="third party damage to conductor"),
          O(NIE, "1994-02-06", [], dur=hm(1, 27), loc=NM, cause="gale damage"),
          O(NIE, "1994-08-17", [], dur=hm(0, 8), loc=NM, cause="inadvertent trip during protection testing"),
          O(NIE, "1995-06-01", [], dur=hm(3, 10), loc=NM, cause="conductor fault"),
          O(NIE, "1996-04-09", [], dur=hm(0, 20), loc=NM, cause="fault following malicious damage")],
 # `published` Tuesday 28 January 1997: the holding answer's day, the Regulations' coming into effect and the eight
 # table dates ('12 September' -> 1993-09-12, doubtful as above); 'the past 10 years' skipped; the '1991' of the
 # Regulations' name skipped (a law's title, as the corpus leaves Acts' years)
 dates=[D("24 January 1997", "1997-01-24"), D("3 February 1992", "1992-02-03"), D("30 March 1993", "1993-03-30"),
        D("10 June 1993", "1993-06-10"), D("12 September", "1993-09-12"), D("16 October 1993", "1993-10-16"),
        D("6 February 1994", "1994-02-06"), D("17 August 1994", "1994-08-17"), D("1 June 1995", "1995-06-01"),
        D("9 April 1996", "1996-04-09")])

A["hansard-written-answer-greater-london-telephone-switching-unit-fault-1969"] = dict(
 # the Post Office (whose exchanges and equipment the answer speaks for) -> Organization, as most corpus files type
 # it; Greater London -> Location; the Avenue, Abbey and Colindale exchanges and Whitehall (the exchange the traffic
 # is routed from) -> Location each, as the corpus types named exchanges (doubtful: 'Avenue' and 'Abbey' are bare
 # exchange names); Harrow, West (the member's constituency) -> Location; the House of Commons -> Organization, as
 # the corpus types it. 'the contractors' (unnamed) -> not annotated
 entities=[E("Organization", "Post Office"), E("Location", "Greater London"), E("Location", "Avenue"),
           E("Location", "Abbey"), E("Location", "Colindale"), E("Location", "Whitehall"),
           E("Location", "Harrow, West"), E("Organization", "House of Commons")],
 roles=[],
 relations=[],
 # one outage: 'The failures from the House of Commons on 28th January were due to a faulty switching unit used to
 # route traffic from Whitehall to the exchanges mentioned' -> provider the Post Office, date 1969-01-28, start/end
 # null (the 11.30 a.m.-1 p.m. window is when the member's calls failed, not the fault's span; the fault lasted until
 # a routine test found it, undated), affected ['House of Commons'] (the calls that failed were its; doubtful),
 # location Whitehall (the unit routed Whitehall's traffic; doubtful: Greater London), cause 'faulty switching unit'
 outages=[O("Post Office", "1969-01-28", ["House of Commons"], loc="Whitehall", cause="faulty switching unit")],
 # `published` Monday 3 February 1969: '28th January' (twice, listed once) -> 1969-01-28; '11.30 a.m.', '1 p.m.'
 # (clock times) skipped
 dates=[D("28th January", "1969-01-28")])

A["oireachtas-dail-telephone-telex-service-county-meath-overhead-cable-1980"] = dict(
 # County Meath -> Location. The company is '(details supplied)', unnamed; 'the Department' (of the Minister for
 # Posts and Telegraphs) is not named as an organisation -> not annotated
 entities=[E("Location", "County Meath")],
 roles=[],
 relations=[],
 # one outage: a County Meath company without 'a working communications service' (its 'telephone and telex
 # services'), 'Service has been restored', on '14 October' -> provider null (the Department is not named; as batch
 # 31f's Laois faults and batch 34a's Phoenix Park line), date 1980 (the start is not told; the outage ended on
 # 14 October 1980, the year the text gives; doubtful), end 1980-10-14 (a day only, as the corpus's Chobham and
 # Zanzibar outages), location County Meath, cause 'overhead cable' ('particular problems in that isolated area
 # because of the overhead cable which has been giving problems'; doubtful: said of the area, not of this breakdown),
 # affected [] (the company is unnamed). Not an item: 'the service broke down again last week' (the Deputy's
 # information; the Minister is 'not aware that the service has broken down'; unconfirmed; doubtful)
 outages=[O(None, "1980", [], end="1980-10-14", loc="County Meath", cause="overhead cable")],
 # `published` Thursday 20 November 1980. The question's list: '31 March, 30 June and 30 September 1979 and 31 March,
 # 30 June and 30 September 1980' -> '31 March' twice with two values (1979-03-31, 1980-03-31), '30 June' likewise,
 # '30 September 1979', '30 September 1980'; the answer's 'Quarter ended ...' dates ('31 March 1979', '30 June 1979',
 # '31 March 1980', '30 June 1980'; the two September ones repeat items already listed); 'the first three-quarters of
 # 1979' -> 1979 (three quarters: the year); '14 October' -> 1980-10-14; 'last week' skipped (GUIDELINES)
 dates=[D("31 March", "1979-03-31"), D("30 June", "1979-06-30"), D("30 September 1979", "1979-09-30"),
        D("31 March", "1980-03-31"), D("30 June", "1980-06-30"), D("30 September 1980", "1980-09-30"),
        D("31 March 1979", "1979-03-31"), D("30 June 1979", "1979-06-30"), D("31 March 1980", "1980-03-31"),
        D("30 June 1980", "1980-06-30"), D("the first three-quarters of 1979", "1979"),
        D("14 October", "1980-10-14")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["hansard-written-answer-civil-servants-dispute-dhss-computer-strike-1981"] = dict(
 # the Department of Health and Social Security ('DHSS') -> Organization; Livingston, Scotland, the North of England
 # and Newcastle -> Location. The Livingston computer centre and the Newcastle contributions computer (unnamed
 # facilities) and 'my Department' -> not annotated
 entities=[E("Organization", "Department of Health and Social Security", "DHSS"), E("Location", "Livingston"),
           E("Location", "Scotland"), E("Location", "North of England"), E("Location", "Newcastle")],
 roles=[],
 relations=[],
 # near-miss: payments delayed by a one-day strike, by a strike of computer staff at the Livingston centre and by
 # the continuing strike at the Newcastle computer, so that claims are processed manually -> strikes, no system
 # failure (GUIDELINES Outages: strikes are not outages) -> no outage
 outages=[],
 # `published` Tuesday 31 March 1981: 'Monday 9 March' -> 1981-03-09, 'Friday 13 March' -> 1981-03-13, '9 March'
 # (the Newcastle strike's start; another text, the same value: its own item) -> 1981-03-09
 dates=[D("Monday 9 March", "1981-03-09"), D("Friday 13 March", "1981-03-13"), D("9 March", "1981-03-09")])

A["hansard-commons-glasgow-suburban-electric-services-withdrawn-1960"] = dict(
 # British Railways (the operator whose services and rolling stock are spoken of) -> Company, as the corpus types
 # British Rail; Glasgow and Scotland -> Location. 'the Commission', the 'Chief Inspecting Officer of Railways' (a
 # post), 'private firms' and 'the Glasgow suburban electric services' (a descriptive phrase, not a service's name;
 # doubtful: Service) -> not annotated
 entities=[E("Company", "British Railways"), E("Location", "Glasgow"), E("Location", "Scotland")],
 roles=[],
 relations=[],
 # near-miss: 'the explosions which have led to the withdrawal of the Glasgow suburban electric services' -> faults
 # in the transformers of new electric rolling stock ('delivered to British Railways by private firms') and a fire;
 # the services were withdrawn because of the equipment (GUIDELINES Outages: physical accidents and product defects
 # are not outages) -> no outage (doubtful: riders lost the electric services, undated)
 outages=[],
 # `published` Monday 19 December 1960: '22nd December' -> 1960-12-22
 dates=[D("22nd December", "1960-12-22")])

A["hansard-commons-water-supplies-drought-rota-cuts-feared-1984"] = dict(
 # the United Kingdom, Wales, the south-west (used as a region's name beside Wales and Cumbria; doubtful) and
 # Cumbria -> Location; the South West water authority (a statutory water authority, a public body; the name as
 # written) -> Organization. Its unnamed chairman, 'the Government', 'My Department' and the Drought Act (a law) ->
 # not annotated
 entities=[E("Location", "United Kingdom"), E("Location", "Wales"), E("Location", "south-west"),
           E("Location", "Cumbria"), E("Organization", "South West water authority")],
 roles=[],
 relations=[],
 # near-miss: hosepipe bans affecting 9 million people and orders restricting inessential uses limit water use but
 # cut nobody's supply; 'rota cuts or supplies only from standpipes' are the 'more drastic steps' the advice is
 # meant to avert (feared, not reached) -> no outage
 outages=[],
 # `published` Monday 9 July 1984: '1976' ('the drought of 1976'; the same figure in 'Drought Act 1976', a law's
 # title, adds no item) -> 1976, '23 May' -> 1984-05-23, '6 June' -> 1984-06-06; 'the past three months', 'the
 # 30-day forecast', 'a weekly basis', 'from time to time' skipped
 dates=[D("1976", "1976"), D("23 May", "1984-05-23"), D("6 June", "1984-06-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
