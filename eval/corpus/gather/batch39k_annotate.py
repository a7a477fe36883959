#!/usr/bin/env python3
"""Batch 39k gold annotations (the 2 texts of batch39k.py), made from each text alone; newskg was not run on any.
Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every sub-batch
since 8b; batch10_annotate.write_parts). `published` is the day of each sitting; relative expressions are resolved
against it (GUIDELINES.md, Dates).
usage: batch39k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O
import batch10_annotate as b10

A = {}
TW = "Thames Water"
A["hansard-commons-adjournment-thames-water-contingency-plans-reading-richmond-2024"] = dict(
 # Thames Water -> Company; London, Richmond Park (a constituency), Reading, Richmond -> Location; Teddington lock
 # -> Location (doubtful: a named lock on the river, as batch 39i took River Pool and Waterlink Way). Not entities:
 # 'Mr Deputy Speaker' (a post, no name), 'Thames Water executives', 'the hon. Member', 'the gas network' (unnamed)
 entities=[E("Company", TW), E("Location", "London"), E("Location", "Richmond Park"), E("Location", "Reading"),
           E("Location", "Teddington lock"), E("Location", "Richmond")],
 # 'the MP for Richmond Park' is a legislator (no role, GUIDELINES); Thames Water's executives are unnamed
 roles=[],
 relations=[],
 # two outages the text tells apart:
 # (1) 'interruption to water supply to a large part of Reading recently', told by the intervening member as one of
 #     the 'similar issues' to the Thames Water failings the debate is about -> provider Thames Water (doubtful: the
 #     text never says in so many words that Reading's supply is Thames Water's; 'similar issues' and the debate's
 #     subject make it so for a careful reader), date null ('recently' is no value), location Reading, no cause.
 # (2) 'In 2020, more than 1,200 homes in Richmond were left without central heating or hot water for five days when
 #     water from a burst pipe ingressed the gas network', told as one of the 'reports of Thames Water's negligence'
 #     -> provider Thames Water (doubtful: the burst pipe is put down to Thames Water, but the service lost is the
 #     gas supply, whose network operator the text does not name; a reader could give a null provider), date 2020,
 #     duration 120 ('for five days', as batch 39i gave 120 for 'five-day'), location Richmond, cause 'water from a
 #     burst pipe ingressed the gas network'.
 # Not outages: Thames Water 'increasingly failing to provide basic services' (general), the sewage discharges in
 # the river and at Teddington lock (pollution, no service lost)
 outages=[O(TW, None, [], loc="Reading"),
          O(TW, "2020", [], dur=120, loc="Richmond", cause="water from a burst pipe ingressed the gas network")],
 # '2020' ('Since 2020', 'In 2020'; one item, the same text and value). Skipped: 'over recent years', 'recently',
 # 'recent one' (no value)
 dates=[D("2020", "2020")])

NIE = "Northern Ireland Electricity"
A["hansard-commons-storm-eowyn-strangford-northern-ireland-electricity-power-cuts-2025"] = dict(
 # Northern Ireland, Scotland, Strangford (the member's constituency, named beside Northern Ireland), Ballywalter,
 # Greyabbey, Kircubbin, Ards, Comber, Killyleagh, Killinchy -> Location; Northern Ireland Electricity -> Company
 # (the network company, named as prioritising pensioners for generators). Not entities: 'the Chancellor of the
 # Duchy of Lancaster' (a post, no name given), 'the last Government', 'the emergency alert system' (a government
 # alert, no name), 'the central belt' (a part of Scotland, lower case, no proper name)
 entities=[E("Location", "Northern Ireland"), E("Location", "Scotland"), E("Location", "Strangford"),
           E("Location", "Ballywalter"), E("Location", "Greyabbey"), E("Location", "Kircubbin"),
           E("Location", "Ards"), E("Location", "Comber"), E("Location", "Killyleagh"), E("Location", "Killinchy"),
           E("Company", NIE)],
 # the Chancellor of the Duchy of Lancaster is addressed by post only (no named person -> no role)
 roles=[],
 relations=[],
 # one outage: 'whole villages with no electricity, including Ballywalter, Greyabbey and Kircubbin, as well as parts
 # of Ards and parts of Comber and Killyleagh', 'Killinchy is still without electricity', after Strangford was 'in
 # the eye of the storm' 'over the weekend' -> provider Northern Ireland Electricity (doubtful: named as the company
 # that prioritises pensioners for generators, so the network is its; the text never says its lines failed), date
 # 2025-01 (the weekend before the sitting of Monday 27 January 2025; no day told, and 'the weekend' is skipped as a
 # date expression, so the month only; doubtful: a reader could give 2025-01-25), no start, end or duration (the 36
 # hours are pensioners' hours without heat, not the power cut's length), affected [], location Strangford (the
 # villages named are all in it per the member's speech; doubtful: a reader could put Northern Ireland), cause
 # 'storm'. The villages are places of one outage, not outages told apart. Not outages: the red weather warning and
 # the emergency alert (warnings), pensioners with no phone (told with the power loss, no provider or service named)
 outages=[O(NIE, "2025-01", [], loc="Strangford", cause="storm")],
 # no expression resolvable to a calendar value: 'over the weekend' (GUIDELINES: 'this weekend' -> skip), 'under the
 # last Government', 'the latest' skipped
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
