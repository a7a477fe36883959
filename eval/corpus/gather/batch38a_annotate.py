#!/usr/bin/env python3
"""Batch 38a gold annotations (the 3 texts of batch38a.py), made from each text alone; newskg was not run on any.
Split rule fixed before annotation: the sorted ids dealt along test, train, dev (batch10_annotate.write_parts).
`published` is the sitting day; relative expressions are resolved against it (GUIDELINES.md, Dates) unless the text
itself ties a weekday to a dated week (the Lucan answer: its 'Friday', 'Saturday' and 'Monday' are those of the week
ending Saturday 3 September 2011, doubtful). Ministers named only by their post or as 'Deputy O'Brien' get no role
(no country named on its own); Deputies and Senators are legislators (no role). Storm names are events, not entities.
usage: batch38a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather39a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, locs
import batch10_annotate as b10

A = {}
A["oireachtas-dail-drogheda-train-points-failure-connolly-iarnrod-eireann-2004"] = dict(
 # 'Mr. O’Dowd' (the asking Deputy) -> Person 'O’Dowd' (curly apostrophe as written), no role; Iarnród Éireann ->
 # Company ('the company'/'its' are generic); 'the Drogheda Independent' (a local newspaper, a business) -> Company;
 # Drogheda and Connolly Station (a named station: a site) -> Location; the Minister for Transport is a post
 entities=[E("Person", "O’Dowd"), E("Company", "Iarnród Éireann"), E("Location", "Drogheda"),
           E("Company", "Drogheda Independent"), E("Location", "Connolly Station")],
 roles=[],
 relations=[],
 # one outage: 'The delayed departure of the train was caused by a points failure occurring at Connolly Station' ->
 # provider Iarnród Éireann (the railway's operator, named throughout; doubtful: the answer does not say whose
 # points), date null (the Deputy's 'a recent train' and 'that hot day' give no day; the earlier question of 22 June
 # 2004 is about an examination, not dated to the incident), affected [] (the train to Drogheda is no named
 # service), location Connolly Station, cause 'points failure'. Doubtful as an outage at all: a delayed departure
 # (a reader might call it a near-miss). Not outages: the air conditioning that 'failed in three carriages'
 # (equipment on the train, a product defect) and 'the failure of an earlier train' (the passengers' belief).
 outages=[O("Iarnród Éireann", None, [], loc="Connolly Station", cause="points failure")],
 # '22 June 2004' (twice, one item) -> 2004-06-22; 'that hot day', 'recent' not resolvable
 dates=[D("22 June 2004", "2004-06-22")])

A["oireachtas-seanad-roscommon-storm-amy-floris-power-outages-esb-2025"] = dict(
 # 'the Minister, Deputy O'Brien' -> Person 'O'Brien' (no role: no country named on its own); Deputies Fitzmaurice
 # and Kerrane -> Persons (legislators, no role); Roscommon ('west Roscommon' too) and Ballinlough -> Location; the
 # ESB -> Company; 'the Government', 'the Minister of State' generic; Storms Amy, Éowyn and Floris are events
 entities=[E("Person", "O'Brien"), E("Location", "Roscommon"), E("Location", "Ballinlough"),
           E("Person", "Fitzmaurice"), E("Person", "Kerrane"), E("Company", "ESB")],
 roles=[],
 relations=[],
 # three power outages told apart, each with the ESB as provider (the text's only utility: 'The ESB needs support
 # for it' of the lines in forestry corridors; doubtful, it is not said in so many words that the ESB's lines
 # failed):
 #  - Storm Amy: constituents in Roscommon 'spent the weekend without power' and people in Ballinlough were 'without
 #    power' on 'Friday morning' -> date 2025-10-03 (the Friday before the sitting of Wednesday 8 October), no
 #    clock times, location Roscommon, cause 'Storm Amy' (the same storm's national outage is batch 19a's train
 #    file, another text);
 #  - Storm Floris: 'On the August bank holiday weekend Storm Floris ... left a large part of west Roscommon without
 #    power' -> date 2025-08 (the weekend's days not spelt out; the month is certain), location Roscommon;
 #  - Storm Éowyn: '768,000 customers across the country were without electricity supply because of that storm' ->
 #    date 2025-02 as the text dates it ('back in February'; doubtful, the storm itself came in January 2025 and the
 #    text is followed, not outside knowledge), location null ('across the country').
 outages=[O("ESB", "2025-10-03", [], loc="Roscommon", cause="Storm Amy"),
          O("ESB", "2025-08", [], loc="Roscommon", cause="Storm Floris"),
          O("ESB", "2025-02", [], cause="Storm Éowyn")],
 # `published` Wednesday 8 October 2025: 'this morning' -> 2025-10-08; 'February' -> 2025-02; 'the August bank
 # holiday weekend' -> 2025-08; '29 July 2025' -> 2025-07-29; '8 October' -> 2025-10-08;
 # 'Friday morning' -> 2025-10-03; 'the weekend' (twice) skipped as GUIDELINES skip 'this weekend'; 'Bill 2025' is
 # part of a bill's name; 'the coming weeks' skipped
 dates=[D("this morning", "2025-10-08"), D("February", "2025-02"), D("the August bank holiday weekend", "2025-08"),
        D("29 July 2025", "2025-07-29"), D("8 October", "2025-10-08"), D("Friday morning", "2025-10-03")])

A["oireachtas-written-answer-lucan-post-office-cash-shortage-an-post-2011"] = dict(
 # An Post -> Company; Lucan Post Office (a named office: a site) and Lucan -> Location; 'the Department', 'My
 # Department', the Minister for Social Protection and the unnamed regulators are generic or posts
 entities=[E("Company", "An Post"), E("Location", "Lucan Post Office"), E("Location", "Lucan")],
 roles=[],
 relations=[],
 # near-miss: Lucan Post Office 'experienced a greater than expected demand for cash ... and as a result, was unable
 # to deal with all of its customers'; some 20 welfare customers paid on the Monday -> a cash shortage at a branch,
 # no system, network or supply failure (GUIDELINES: business shortfalls are no outage) -> no outage
 outages=[],
 # '3rd September 2011' -> 2011-09-03 (the week's end, a Saturday); the answer's 'Saturday', 'Friday', 'Monday' and
 # 'the following Monday' are that week's Saturday and Friday and the Monday after it (2011-09-03, 2011-09-02,
 # 2011-09-05), read from the text's week, not counted back from the answer's day (doubtful: a scorer resolving
 # against `published` alone would give other days); 'for days', 'as yet' skipped
 dates=[D("3rd September 2011", "2011-09-03"), D("Saturday", "2011-09-03"), D("Monday", "2011-09-05"),
        D("Friday", "2011-09-02"), D("the following Monday", "2011-09-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
