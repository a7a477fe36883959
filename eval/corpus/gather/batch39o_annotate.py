#!/usr/bin/env python3
"""Batch 39o gold annotations (the texts of batch39o.py: five electricity companies' memoranda to the Commons
Northern Ireland Affairs Committee on their storm supply losses - Scottish Power plc, Scottish and Southern Energy plc
for Scottish Hydro-Electric, SEEBOARD plc, South Western Electricity plc and the Electricity Supply Board), written
from each text alone; newskg was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt
along test, train, dev, train (batch10_annotate.write_parts). A storm is an event, not an entity; schemes, charters
and emergency plans are not entities.
usage: batch39o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O
import batch10_annotate as b10

A = {}
P = "uk-parliament-ni-affairs-committee-memorandum-"

A[P + "scottish-power-storm-1999"] = dict(
 # Scottish Power plc (alias ScottishPower: the body's form of the same company) -> Company; the other public
 # electricity suppliers named as helpers (Scottish Hydro, MEB, EMEB, SWALEC, Eastern) -> Company, each as written
 # ('PESs' generic); Scotland, Stranraer, Fife, St. Andrews, Glasgow -> Location. No person, no role.
 entities=[E("Company", "Scottish Power plc", "ScottishPower"), E("Location", "Scotland"),
           E("Location", "Stranraer"), E("Location", "Fife"), E("Location", "St. Andrews"),
           E("Location", "Glasgow"), E("Company", "Scottish Hydro"), E("Company", "MEB"), E("Company", "EMEB"),
           E("Company", "SWALEC"), E("Company", "Eastern")],
 roles=[],
 # none: 'supported by contractors and staff from other PESs including ...' is emergency help, not a stated
 # partnership or contract (doubtful; a reader may put partner)
 relations=[],
 # 'hurricane force winds ... caused extensive damage to ScottishPower's transmission and distribution networks ...
 # At the peak there were over 125,000 customers off supply. In total more than 240,000 customers lost their supply'
 # -> provider Scottish Power plc; date null and start null: 'At around 16.30 hours on Boxing Day' has no year and
 # `published` is null (GUIDELINES: a day without a year gives no date; doubtful - the letter of 8 March 1999 makes
 # it 26 December 1998 for a reader who reasons from it); end/duration null; affected [] (unnamed customers);
 # location Scotland ('affected our complete territory in Scotland'); cause the fallen trees on overhead lines.
 # The 1968 storms in the Glasgow area: damage remembered, no supply loss told - no second outage (doubtful).
 outages=[O("Scottish Power plc", None, [], loc="Scotland",
            cause="hurricane force winds: trees falling onto overhead distribution lines")],
 # published null: absolute expressions only; 'Boxing Day', '16.30 hours', 'the following day' skipped; 'the last
 # 30 years' a span
 dates=[D("8 March 1999", "1999-03-08"), D("1968", "1968")])

A[P + "scottish-hydro-electric-storm-1999"] = dict(
 # Scottish and Southern Energy plc (alias 'Scottish and Southern Energy Group': the group the plc heads - one entity,
 # doubtful) -> Company; Scottish Hydro-Electric, Southern Electric -> Company; OFFER (the electricity regulator)
 # -> Organization. No place named; no person.
 entities=[E("Company", "Scottish and Southern Energy plc", "Scottish and Southern Energy Group"),
           E("Company", "Scottish Hydro-Electric"), E("Company", "Southern Electric"), E("Organization", "OFFER")],
 roles=[],
 # 'Scottish Hydro-Electric is part of the Scottish and Southern Energy Group' -> parentOrganization. Southern
 # Electric 'has also written': its membership of the group is implied, not stated -> none (doubtful).
 relations=[L("Scottish Hydro-Electric", "parentOrganization", "Scottish and Southern Energy plc")],
 # 'customers affected by storms over the period of 67,850 ... of our total customer base of 640,000 ...
 # Distribution voltage faults' and 'seven faults at Transmission voltages which affected 72,165 customers on 26
 # December ... and 2,904 customers ... on 27 December' -> one outage (the festive-period storms on Scottish
 # Hydro-Electric's network, the distribution and transmission faults its parts; doubtful: a reader may count the
 # transmission faults apart), provider Scottish Hydro-Electric (the report is its own: 'our total customer base'),
 # date null ('26 December' without a year, `published` null), location null (none named), cause storms.
 # 'the severe weather experienced during Christmas of 1995': no supply loss told - no outage (doubtful).
 outages=[O("Scottish Hydro-Electric", None, [], cause="storms: distribution and transmission voltage faults")],
 # published null: 'Christmas of 1995' absolute (Christmas -> the 25th, as the corpus's 'Christmas'; doubtful, a
 # reader may put 1995-12); '26 December', '27 December', 'the festive period' skipped
 dates=[D("Christmas of 1995", "1995-12-25")])

A[P + "seeboard-storm-1999"] = dict(
 # SEEBOARD plc (alias SEEBOARD, also inside 'SEEBOARD System Emergency') -> Company; Northern Electricity plc (as
 # written) -> Company; the Metrological Office (sic; the weather forecaster) and OFFER -> Organization; Newcastle
 # -> Location. NOSAC (an acronym the text does not expand; an arrangement between companies) not annotated
 # (doubtful).
 entities=[E("Company", "SEEBOARD plc", "SEEBOARD"), E("Organization", "Metrological Office"),
           E("Location", "Newcastle"), E("Company", "Northern Electricity plc"), E("Organization", "OFFER")],
 roles=[],
 # 'our NOSAC partner, Northern Electricity plc' -> partner, direction as written
 relations=[L("SEEBOARD plc", "partner", "Northern Electricity plc")],
 # 'network damage arising from the Boxing Day storms, and indeed sustained damage to our networks causing loss of
 # supplies to customers' -> provider SEEBOARD plc, date 1998-12-26 (Boxing Day before published 22 March 1999;
 # 'the poor weather of Saturday 26 and Sunday 27 December'), no times, affected [], location null (its own area not
 # named; Newcastle is where its linesmen went), cause the storms' network damage. Northern's outage in the Newcastle
 # area is not told here (only the help sent) - no second item.
 outages=[O("SEEBOARD plc", "1998-12-26", [], cause="Boxing Day storms: network damage")],
 # published 1999-03-22: 'Boxing Day' (and 'Boxing day', the same text ignoring case) 1998-12-26; 'Christmas Eve'
 # 1998-12-24; 'Saturday 26' (of 'Saturday 26 and Sunday 27 December') 1998-12-26; 'Sunday 27 December'
 # 1998-12-27; 'Monday 28 December' 1998-12-28
 dates=[D("Boxing Day", "1998-12-26"), D("Christmas Eve", "1998-12-24"), D("Saturday 26", "1998-12-26"),
        D("Sunday 27 December", "1998-12-27"), D("Monday 28 December", "1998-12-28")])

A[P + "south-western-electricity-storms-1999"] = dict(
 # South Western Electricity plc (alias SWEB) -> Company; OFFER -> Organization; NIE (Northern Ireland's supplier,
 # named only so) -> Company. No place named; no person.
 entities=[E("Company", "South Western Electricity plc", "SWEB"), E("Organization", "OFFER"), E("Company", "NIE")],
 roles=[],
 relations=[],
 # two outages told apart:
 # 1) 'Between Christmas and the New Year period we had a total of 19,000 customers who experienced a loss of supply
 #    as a result of severe weather conditions' -> provider South Western Electricity plc, date null (published
 #    null; no year), no times ('within three hours', 'more than 24 hours' are bounds), cause severe weather;
 # 2) 'severe weather at the start of 1998 ... SWEB had over 110,000 customers off supply ... Winds of over 100 mph
 #    ... lightning' -> provider South Western Electricity plc, date 1998 (the start of the year -> the year, as
 #    GUIDELINES' 'late 2006'), duration null ('All customers were restored within 72 hours' is a bound), location
 #    null ('an area of 14,400 sq km' names no place), cause winds and lightning.
 # NIE's 'last Christmas' is named only in comparison (the corpus's batch 29c event) - no item.
 outages=[O("South Western Electricity plc", None, [], cause="severe weather conditions"),
          O("South Western Electricity plc", "1998", [], cause="severe weather: winds of over 100 mph and lightning")],
 # published null: 'the start of 1998' -> 1998; 'Christmas and the New Year period', 'last Christmas' skipped
 dates=[D("the start of 1998", "1998")])

A[P + "electricity-supply-board-storm-1999"] = dict(
 # Electricity Supply Board (alias ESB) -> Company (a state utility, as the corpus's ESB texts); Connaught, Ulster,
 # North Leinster, North Connaught -> Location. Not annotated: 'Northern Region' (ESB's own operating region - a
 # unit name, doubtful), hurricane 'Debbie' (an event), the Customer Charter (a document).
 entities=[E("Company", "Electricity Supply Board", "ESB"), E("Location", "Connaught"), E("Location", "Ulster"),
           E("Location", "North Leinster"), E("Location", "North Connaught")],
 roles=[],
 relations=[],
 # 'The storm of 26 December caused extensive damage to ESB networks and supply interruptions to customers,
 # particularly in Connaught, Ulster and North Leinster' -> provider Electricity Supply Board, date 1998-12-26 (the
 # 26 December before published 22 March 1999), end null ('over the following six days' is no stated end; doubtful),
 # duration null, affected [], location null (several regions named, as batch 38's several-states outage; doubtful,
 # a reader may put Connaught), cause the storm's network damage. 'Hurricane "Debbie" in 1961' is a wind-speed
 # comparison, no outage.
 outages=[O("Electricity Supply Board", "1998-12-26", [], cause="storm: extensive damage to ESB networks")],
 # published 1999-03-22: '26 December' -> 1998-12-26; '1961'; 'over 35 years', 'six days', '24 hours' are spans
 dates=[D("26 December", "1998-12-26"), D("1961", "1961")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
