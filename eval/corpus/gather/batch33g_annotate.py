#!/usr/bin/env python3
"""Batch 33g gold annotations (the texts of batch33g.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Every text has `published` (a sitting's date, or a
release's day inferred and noted in the pool item), so relative expressions are resolved against it.
usage: batch33g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather34g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

SGRR = "Scottish Government\u2019s Resilience Room"
A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["scottish-government-storm-malik-corrie-impact-update-power-2022"] = dict(
 # the Scottish Government (named in its own possessive, 'the Scottish Government's Resilience Room') and its
 # Resilience Room (alias SGoRR; batch 16c2's type) -> Organization; SSEN and SP Energy Networks (the companies whose
 # restoration times the public can track) and ScotRail -> Company; Scotland, Lewis, the Orkney Islands, the
 # Highlands, Grampian and Tayside -> Location; Storm Malik and Storm Corrie (events), '@metoffice' (a social-media
 # handle; doubtful), 'power companies', 'local resilience partnerships' (generic) -> not annotated
 entities=[E("Person", "Nicola Sturgeon"), E("Person", "John Swinney"), E("Organization", "Scottish Government"),
           E("Organization", SGRR, "SGoRR"), E("Location", "Scotland"), E("Location", "Lewis"),
           E("Location", "Orkney Islands"), E("Location", "Highlands"), E("Location", "Grampian"),
           E("Location", "Tayside"), E("Company", "SSEN"), E("Company", "SP Energy Networks"),
           E("Company", "ScotRail")],
 # 'First Minister' and 'Deputy First Minister' with Scotland named on its own ('the amber warning for Scotland',
 # 'across Scotland') -> minister @ Scotland, as the train files' Sturgeon and Swinney (GUIDELINES, Roles)
 roles=[R("Nicola Sturgeon", "minister", "Scotland"), R("John Swinney", "minister", "Scotland")],
 relations=[],
 # one outage: 'Of the 115,847 households that lost power as a result of both storms' -> provider null ('Power
 # companies'; SSEN and SP Energy Networks are named only as the sites where restoration times can be tracked, not
 # as the networks that failed; doubtful: a reader may take them as the providers), date 2022-01 (the storms 'over
 # the weekend' before Monday 31 January 2022; the day is not stated and the weekend spans 29-30 January), location
 # Scotland, cause 'Storm Malik and Storm Corrie'; 'all but around 7,000 are expected to be reconnected this evening'
 # and 'some outages going into Wednesday' are forecasts -> no end, no duration. The two storms' losses are counted
 # together ('as a result of both storms') -> one outage, not two (doubtful)
 outages=[O(None, "2022-01", [], loc="Scotland", cause="Storm Malik and Storm Corrie")],
 # published Monday 31 January 2022 (inferred; see the pool notes): 'this evening' (twice), 'Today' and 'tonight'
 # -> 2022-01-31; 'tomorrow' -> 2022-02-01; 'Wednesday' -> 2022-02-02; 'the weekend' skipped (GUIDELINES: 'this
 # weekend' -> skip)
 dates=[D("this evening", "2022-01-31"), D("tomorrow", "2022-02-01"), D("Wednesday", "2022-02-02"),
        D("Today", "2022-01-31"), D("tonight", "2022-01-31")])

A["scottish-government-storm-isha-jocelyn-resilience-power-2024"] = dict(
 # the Scottish Government and its Resilience Room (SGoRR), the Met Office, Police Scotland, Transport Scotland and
 # the Scottish Environment Protection Agency (alias SEPA) -> Organization; ScotRail -> Company; the Traffic
 # Scotland website -> Service (a road-information site; its operator is not named, so no provider relation);
 # Scotland, the Western Isles, the Highlands ('western Highlands'), the Orkney Islands, the Moray Firth ('part of
 # the Moray Firth coast') and the Shetland Islands -> Location; 'the Cabinet', 'the Transport Minister' (a post,
 # unnamed), 'the police', 'transport and utilities companies', 'Power companies' -> not annotated
 entities=[E("Organization", "Scottish Government"), E("Organization", SGRR, "SGoRR"),
           E("Person", "Humza Yousaf"), E("Organization", "Met Office"), E("Organization", "Police Scotland"),
           E("Organization", "Transport Scotland"),
           E("Organization", "Scottish Environment Protection Agency", "SEPA"), E("Company", "ScotRail"),
           E("Service", "Traffic Scotland"), E("Location", "Scotland"), E("Location", "Western Isles"),
           E("Location", "Highlands"), E("Location", "Orkney Islands"), E("Location", "Moray Firth"),
           E("Location", "Shetland Islands")],
 # 'First Minister Humza Yousaf' with Scotland named on its own ('the rest of Scotland') -> minister @ Scotland
 roles=[R("Humza Yousaf", "minister", "Scotland")],
 relations=[],
 # one outage: 'Power companies are working to restore supplies to more than 15,000 properties' among 'the impacts
 # of Storm Isha' -> provider null (no company named), date 2024-01 (the storm's day is not stated; 'yesterday's
 # ... yellow warning for wind' points to Monday 22 January, but the loss of supply is not dated; doubtful), location
 # Scotland, cause 'Storm Isha', no end. Near-miss parts: Storm Jocelyn's amber and yellow warnings (forecast, no
 # service lost) and 'ScotRail will suspend services from 1900' (a planned suspension for weather, not an outage)
 outages=[O(None, "2024-01", [], loc="Scotland", cause="Storm Isha")],
 # published Tuesday 23 January 2024 (inferred; see the pool notes): 'yesterday' (in 'yesterday's') -> 2024-01-22;
 # 'this evening', 'this afternoon' and 'today' -> 2024-01-23; 'Wednesday' and 'Wednesday morning' -> 2024-01-24;
 # the clock times on their stated days: '1800' ('1800 this evening', again in '0700 to 1800 today'; one value) ->
 # 2024-01-23T18:00, '0800' ('on Wednesday') -> 2024-01-24T08:00, '1600' ('this afternoon') -> 2024-01-23T16:00,
 # '1300' ('on Wednesday') -> 2024-01-24T13:00, '0700' ('today') -> 2024-01-23T07:00, '1900' (ScotRail's suspension,
 # the day of the release) -> 2024-01-23T19:00 (doubtful: the day is implied)
 dates=[D("yesterday", "2024-01-22"), D("this evening", "2024-01-23"), D("Wednesday", "2024-01-24"),
        D("this afternoon", "2024-01-23"), D("today", "2024-01-23"), D("Wednesday morning", "2024-01-24"),
        D("1800", "2024-01-23T18:00"), D("0800", "2024-01-24T08:00"), D("1600", "2024-01-23T16:00"),
        D("1300", "2024-01-24T13:00"), D("0700", "2024-01-23T07:00"), D("1900", "2024-01-23T19:00")])

A["scottish-government-weather-update-arran-kintyre-power-2013"] = dict(
 # Scottish and Southern Energy (alias SSE) -> Company; 'Scottish Government Resilience (SGoRR)' -> Organization as
 # written (the text's name for the resilience meetings' body; doubtful: 'Scottish Government Resilience' may be
 # read as the meeting's name); the Scottish Government itself is named only inside that name -> not annotated
 # (GUIDELINES Types, names inside names); Kintyre, the Isle of Arran (alias Arran), Dumfries and Galloway and
 # Scotland -> Location; 'police', 'emergency power engineers', 'local communities and voluntary groups' -> not
 # annotated
 entities=[E("Person", "Keith Brown"), E("Company", "Scottish and Southern Energy", "SSE"),
           E("Organization", "Scottish Government Resilience", "SGoRR"), E("Location", "Kintyre"),
           E("Location", "Isle of Arran", "Arran"), E("Location", "Dumfries and Galloway"),
           E("Location", "Scotland")],
 # 'Transport Minster Keith Brown' (sic) with Scotland named on its own ('Across the affected parts of Scotland')
 # -> minister @ Scotland (as the Malik and Isha texts; batch 16c2 gave the same man no role where Scotland was named
 # only inside names)
 roles=[R("Keith Brown", "minister", "Scotland")],
 relations=[],
 # one outage: 'the 5,000 homes who are currently without power in Kintyre and Arran', SSE linking them to emergency
 # generation, its engineers restoring electricity -> provider Scottish and Southern Energy (the company whose
 # engineers reconnect power and whose network the homes are on; doubtful: the text does not say in so many words
 # that SSE's network failed), date 2013-03 ('the weekend's severe weather' before Monday 25 March 2013; the day of
 # the loss not stated), location 'Kintyre and Arran', cause 'severe weather' (the snowstorm: 'drifting snow'; the
 # text's own phrase kept), no end (generation expected 'this evening' for some homes only)
 outages=[O("Scottish and Southern Energy", "2013-03", [], loc="Kintyre and Arran", cause="severe weather")],
 # published Monday 25 March 2013 (inferred; see the pool notes): 'today' / 'Today' (one item, case ignored),
 # 'this evening' and 'this morning' -> 2013-03-25; 'Friday afternoon' -> 2013-03-22; 'the weekend's' skipped
 dates=[D("today", "2013-03-25"), D("this evening", "2013-03-25"), D("this morning", "2013-03-25"),
        D("Friday afternoon", "2013-03-22")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["hansard-lords-electricity-supply-winter-safety-cushion-2003"] = dict(
 # National Grid Transco (alias 'National Grid', the text's name for the same systems operator in the next
 # sentence; doubtful) and the CEGB (the nationalised generating board, as the corpus's Central Electricity
 # Generating Board) -> Company; Lord Peyton of Yeovil -> Person (a legislator: no role); 'the Minister', 'the
 # House', 'generators' -> not annotated
 entities=[E("Person", "Lord Peyton of Yeovil"), E("Company", "National Grid Transco", "National Grid"),
           E("Company", "CEGB")],
 roles=[],
 relations=[],
 # near-miss: a feared 'deficiency in the supply of electricity that may occur in the coming winter', the systems
 # operator's wish for a bigger 'safety cushion', load-shedding arrangements 'regularly tested' -> no outage;
 # 'one or two incidents of breakdown of supplies in the past couple of months' are counted, not told one by one
 # (GUIDELINES, Outages) -> no outage (doubtful: a reader could record one undated breakdown, provider null)
 outages=[],
 # published Monday 3 November 2003: 'the coming winter' (a winter across two years, as batch 32c) and 'the past
 # couple of months' skipped
 dates=[])

# the Kintyre and Arran text is left out by the lead (its licence cannot be shown; batch33g.py, DROPPED)
A.pop("scottish-government-weather-update-arran-kintyre-power-2013", None)
IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
