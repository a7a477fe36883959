#!/usr/bin/env python3
"""Batch 35i gold annotations (the 5 texts of batch35i.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts). Each text is a sitting day's speech, answer or question whose
day is `published` (the 2007 written answer: the day it was printed); relative expressions are resolved against that
day (GUIDELINES.md, Dates); clock times are not listed as dates (as batches 33a-35a).
usage: batch35i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather36i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O
import batch10_annotate as b10

UE = "Uisce Éireann"
STW = "Severn Trent Water"

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["oireachtas-dail-skerries-water-supply-failure-irish-water-2018"] = dict(
 # Skerries and County Dublin (said as 'north County Dublin'; the region word 'north' left out of the name, as the
 # corpus names counties) -> Location; Irish Water (the national water utility, typed Company as the corpus's Irish
 # Water / Uisce Éireann files type it) -> Company. 'the State' (generic), the unnamed engineers -> not annotated
 entities=[E("Location", "Skerries"), E("Location", "County Dublin"), E("Company", "Irish Water")],
 # the speaker is unnamed (no label in the text); no title
 roles=[],
 relations=[],
 # one outage: 'the failure of the supply of water to between 4,000 and 5,000 citizens' in Skerries, 'water outages'
 # reported from 'Thursday evening', 'numerous houses losing their supply completely' -> provider Irish Water (whose
 # network and engineers the speech blames and quotes), date 2018-06-07 (the Thursday before Wednesday 13 June 2018,
 # when the speaker's phone 'started ringing'; doubtful: the failure may have begun a little earlier, 'the past
 # seven days'), start null ('evening' is no clock time), end null (not said to be over), affected [] (households,
 # no named service or body), location Skerries, cause 'no rain for two weeks' (the speaker's 'it did not rain for
 # two weeks'; doubtful: Irish Water's reasons, houses 'on elevated ground or at the extremities of the network' and
 # a possible 'missing link within the network', are told as why some houses lost supply, so the speaker's cause is
 # taken for the failure as a whole)
 outages=[O("Irish Water", "2018-06-07", [], loc="Skerries", cause="no rain for two weeks")],
 # `published` Wednesday 13 June 2018: 'Thursday evening' -> 2018-06-07. 'the past seven days', 'recent months and
 # years', 'two weeks' skipped (spans, not calendar values)
 dates=[D("Thursday evening", "2018-06-07")])

A["oireachtas-dail-vartry-algae-wicklow-water-supply-loss-2014"] = dict(
 # Deputy Doyle (a legislator: Person, no role) -> Person 'Doyle'; Uisce Éireann ('Irish Water' twice, the same body,
 # as the corpus's Wexford 2025 file names it) -> Company; Wicklow County Council -> Organization; the Vartry water
 # treatment works (a named plant: Location, as the corpus types named facilities; 'the Vartry water supply' names the
 # scheme it feeds and is not taken as an alias; doubtful), Roundwood, the greater Dublin area (the name as written),
 # Wicklow ('north-east Wicklow'), Bray, Greystones, Delgany, Kilmacanogue and Enniskerry -> Location. 'the Department'
 # (unnamed) and the 'Local authorities' (generic) -> not annotated
 entities=[E("Person", "Doyle"), E("Company", UE, "Irish Water"), E("Organization", "Wicklow County Council"),
           E("Location", "Vartry water treatment works"), E("Location", "Roundwood"),
           E("Location", "greater Dublin area"), E("Location", "Wicklow"), E("Location", "Bray"),
           E("Location", "Greystones"), E("Location", "Delgany"), E("Location", "Kilmacanogue"),
           E("Location", "Enniskerry")],
 # the Minister of State is not named in the text; Doyle is a legislator -> no role
 roles=[],
 # 'Wicklow County Council, continue to provide water services on behalf of Irish Water through service level
 # agreements' -> partner (a service contract between two named bodies), direction as written (the council works
 # for Uisce Éireann)
 relations=[L("Wicklow County Council", "partner", UE)],
 # two outages told apart, both of 'customer supply' hit by 'local supply issues' (the algae cut production, which
 # the text does not say left anyone without water): (1) 'supply to Enniskerry is now back to normal' (confirmed
 # 'today') -> provider Uisce Éireann (the statutory operator; the council acts on its behalf), date 2014 (the start
 # is not told; the year of the end, as batch 35a's County Meath line; doubtful), end 2014-05-06 (a day only), location
 # Enniskerry, cause null (doubtful: 'local supply issues' are not tied to one place); (2) 'in Greystones, there has
 # been a continued loss of some local service', 'The cause of this loss is being investigated' -> provider Uisce
 # Éireann, date 2014 (start untold; doubtful), end null (continuing), location Greystones, cause null. affected []
 # in both (households; no named service). The reduced output at Roundwood is the plant's production, not a lost
 # supply in itself -> no item
 outages=[O(UE, "2014", [], end="2014-05-06", loc="Enniskerry"),
          O(UE, "2014", [], loc="Greystones")],
 # `published` Tuesday 6 May 2014: 'today' -> 2014-05-06. 'In recent years', 'late spring and early summer' (seasons
 # of every year, no year) and 'the 24-hour day' skipped
 dates=[D("today", "2014-05-06")])

A["oireachtas-dail-ballina-water-supply-cut-off-mains-break-1966"] = dict(
 # Ballina ('Ballina town' once) and County Mayo -> Location; Ballina Urban District Council (the local authority,
 # a public body) -> Organization. The Minister for Local Government (a post, unnamed), 'Sanitary authorities' and
 # 'the local authority' (generic) -> not annotated
 entities=[E("Location", "Ballina"), E("Location", "County Mayo"),
           E("Organization", "Ballina Urban District Council")],
 roles=[],
 relations=[],
 # one outage: 'when a major break in the mains occurred in the town recently ... the water supply was being cut off
 # temporarily' for 'immediate repairs' -> provider Ballina Urban District Council (the body that cut the supply and
 # reports on it; an Organization as provider, as the corpus's Dublin City Council file of batch 16c), date null
 # ('recently', 'a recent occasion': no calendar value, as batch 16c's 'recent' Ballymore Eustace restrictions),
 # start/end null, affected [] (householders), location Ballina, cause 'major break in the mains'. An emergency
 # cut-off after a burst is a lost supply, not a planned pause announced ahead (doubtful: the cut-off was the
 # council's own act, for repairs); the boiler said to have blown up is the question's claim, 'No report was
 # received' -> nothing more
 outages=[O("Ballina Urban District Council", None, [], loc="Ballina", cause="major break in the mains")],
 # no resolvable time expression ('a recent occasion', 'recently', 'in advance', 'present needs' skipped)
 dates=[])

A["hansard-written-answer-floods-tewkesbury-mythe-water-works-2007"] = dict(
 # Severn Trent Water -> Company; the Mythe water treatment works, the Strensham treatment works and Walham electricity
 # switching station (named facilities) and Tewkesbury -> Location. 'the region' (unnamed) -> not annotated
 entities=[E("Company", STW), E("Location", "Mythe water treatment works"), E("Location", "Tewkesbury"),
           E("Location", "Strensham treatment works"), E("Location", "Walham electricity switching station")],
 roles=[],
 # the text does not say who owns the works (sites take no relation) -> none
 relations=[],
 # one outage: 'Flooding has rendered the Mythe water treatment works inoperable', '140,000 premises are currently
 # without tap water across the region', 10,000 of them in the Tewkesbury area, 'seven and 14 days to restore
 # services' (an estimate) -> provider Severn Trent Water (the company that devises the temporary supply and advises
 # 'customers'; the text never says in so many words that it runs the Mythe works: a careful reader's conclusion,
 # doubtful), date 2007 (the answer was current on Thursday 26 July 2007 with the loss going on; its start is not
 # told, so the year, as batch 35a's County Meath line; doubtful: 2007-07), start/end null, duration null (7-14 days
 # is a forecast), affected [], location Mythe water treatment works (the failed plant; doubtful: Tewkesbury, where
 # only 10,000 of the premises are), cause 'flooding'. Not items: 'few households are now lacking power' (power cuts
 # neither told apart nor dated, no supplier named) and Walham switching station (flooding prevented: a near-miss)
 outages=[O(STW, "2007", [], loc="Mythe water treatment works", cause="flooding")],
 # `published` Monday 3 September 2007: 'Thursday, 26 July' -> 2007-07-26 and '26 July' (another text, the same
 # value: its own item) -> 2007-07-26; '11:00' (a clock time), 'every day', 'a day', 'between seven and 14 days'
 # skipped
 dates=[D("Thursday, 26 July", "2007-07-26"), D("26 July", "2007-07-26")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["hansard-commons-press-telegrams-delay-melbourne-london-1951"] = dict(
 # Melbourne, London, Australia, New Zealand and America -> Location; the Empire Press Union (a body of the Empire's
 # newspapers; Organization; its 'Council' is the union's governing body, not annotated apart and not an alias,
 # doubtful) -> Organization. The Postmaster-General (a post, unnamed), 'the Dominions' (a collective) and 'the
 # Atlantic cable' (unnamed) -> not annotated
 entities=[E("Location", "Melbourne"), E("Location", "London"), E("Location", "Australia"),
           E("Location", "New Zealand"), E("Location", "America"), E("Organization", "Empire Press Union")],
 roles=[],
 relations=[],
 # near-miss: press telegrams delayed (up to four hours from Melbourne) by 'bad wireless operating conditions',
 # increased by 'cable interruptions' in general (plural, undated, unplaced, no cable or operator named: counted,
 # not told apart -> no event); 'for 27 days in December the service was seriously disrupted' is the member's claim
 # of delay, answered as radio conditions ('the stuff could not get through'; doubtful: one month-long loss could be
 # read) -> no outage
 outages=[],
 # `published` Wednesday 24 January 1951: '22nd December' -> 1950-12-22 (the December before); 'the end of last
 # year' (in 'towards the end of last year') -> 1950 (GUIDELINES: 'the end of last year' -> the year); '2nd November
 # last' -> 1950-11-02; 'December' ('for 27 days in December') -> 1950-12
 dates=[D("22nd December", "1950-12-22"), D("the end of last year", "1950"), D("2nd November last", "1950-11-02"),
        D("December", "1950-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
