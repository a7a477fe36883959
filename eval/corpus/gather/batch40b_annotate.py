#!/usr/bin/env python3
"""Batch 40b gold annotations (the 2 texts of batch40b.py), made from each text alone; newskg was not run on any.
Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every sub-batch
since 8b; batch10_annotate.write_parts). `published` is the day of each sitting; relative expressions are resolved
against it (GUIDELINES.md, Dates).
usage: batch40b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R
import batch10_annotate as b10

A = {}
NR, VT, WCML = "Network Rail", "Virgin Trains", "west coast main line"
A["hansard-commons-west-coast-main-line-network-rail-overhead-line-failures-2009"] = dict(
 # Network Rail, Virgin Trains -> Company; Tony Collins -> Person; the west coast main line -> Location (as the
 # train Wikinews fire text took 'West Coast Main Line'; the text's lower-case form is its only surface form);
 # Euston (the terminus; a site -> Location), Staffordshire, Lichfield (named in 'the Lichfield commuters club';
 # doubtful: a place inside a club's unofficial name) -> Location. Not entities: 'the Secretary of State' (a post, no
 # name in the text), 'the Lichfield commuters club' (a lower-case informal group; doubtful), 'the new timetable'
 entities=[E("Company", NR), E("Location", WCML), E("Location", "Euston"), E("Person", "Tony Collins"),
           E("Company", VT), E("Location", "Staffordshire"), E("Location", "Lichfield")],
 # 'Tony Collins, chief executive of Virgin Trains' -> ceo, current
 roles=[R("Tony Collins", "ceo", VT)],
 # none: Virgin Trains' 'We will continue to work with Network Rail' names no partnership, contract or supply
 # (doubtful: a reader could take the track owner and the train operator as partners)
 relations=[],
 # one outage: 'the disruption on the west coast main line over the new year period', for which 'Network Rail has
 # apologised', 'the result of separate incidents', of which 'the bad days have largely related to overhead line
 # equipment failures' (Virgin Trains' chief executive) -> provider Network Rail (the owner that apologised; the
 # text does not say in so many words that the overhead line equipment is its), date 2009-01 ('the new year
 # period' before a sitting of 27 January 2009; doubtful: the period may reach back into late December 2008, and
 # the text tells the separate incidents only as a group, so one item, as batch 39k made one of Reading's
 # interruption), no start, end or duration, affected Virgin Trains (doubtful: its 'bad days' show its services
 # were hit; passengers and businesses are unnamed), location the west coast main line, cause 'overhead line
 # equipment failures'. Not outages: 'the tragic plane crash in Staffordshire' (a physical accident, GUIDELINES),
 # 'the delay in the implementation of the new timetable' (a plan delayed, no service lost)
 outages=[O(NR, "2009-01", [VT], loc=WCML, cause="overhead line equipment failures")],
 # 'the new year period' (twice; one item) and 'the new year' (another surface text, the same value) -> 2009-01
 # (doubtful: a holiday period, resolved to the month of the sitting's new year)
 dates=[D("the new year period", "2009-01"), D("the new year", "2009-01")])

NP, ENW = "Northern Powergrid", "Electricity North West"
A["hansard-commons-energy-questions-northern-powergrid-durham-outages-electricity-north-west-2026"] = dict(
 # Northern Powergrid, Electricity North West -> Company (network operators); Waterhouses, Brandon, Esh Winning,
 # Cumbria, Coniston -> Location. Not entities: 'My Department' (unnamed), 'the Government', 'the Minister' (a
 # post, no name in the text), 'the grid', 'local energy markets'
 entities=[E("Company", NP), E("Location", "Waterhouses"), E("Location", "Brandon"), E("Location", "Esh Winning"),
           E("Location", "Cumbria"), E("Company", ENW), E("Location", "Coniston")],
 # no named person holds a post in the text (the speakers are unnamed once the labels are left out)
 roles=[],
 relations=[],
 # no outage item (a near-miss): 'many of the power outages across Waterhouses, Brandon and Esh Winning were caused
 # by trees contacting overhead lines', told to Northern Powergrid's network, are outages counted and not told
 # apart (no day, number or one event; GUIDELINES Outages: counted outages are not events, as batch 38h left the
 # Eastern Telegraph Company's 'cable interruptions'); doubtful: a reader could make one grouped item (provider
 # Northern Powergrid, date null, location the three villages, cause 'trees contacting overhead lines'), as batch
 # 39k made one of Reading's 'interruption'. 'people who are without power' and 'there are power outages' are
 # general; Electricity North West's cables and 'wild weather' tell no failure (a proposal to bury cables).
 outages=[],
 # 'yesterday' -> 2026-02-09 (the day before the sitting of Tuesday 10 February 2026); 'in the future', 'from time
 # to time' skipped
 dates=[D("yesterday", "2026-02-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
