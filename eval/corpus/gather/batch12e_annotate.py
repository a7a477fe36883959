#!/usr/bin/env python3
"""Batch 12e gold annotations, written from each text alone before newskg was run on any batch-12e file (newskg had
by then been run on the train and dev files of batches 12-12c only). Split rule fixed before annotation: the 3 ids
sorted, then dealt along test, train, dev (their own cycle).
The press notice (uk-parliament-transport-committee-press-notice-terminal-5-2008, dealt train) was annotated and then
left out to keep batch 12 within 35 articles (a third text on the same event, with no outage stated); its id stays in
IDS so that the other two keep their places.
usage: batch12e_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O
import batch10_annotate as b10

IDS = sorted("""hansard-commons-heathrow-terminal-5-2008 uk-parliament-transport-committee-press-notice-terminal-5-2008
uk-parliament-transport-committee-report-opening-terminal-5-2008""".split())
A = {}
A["hansard-commons-heathrow-terminal-5-2008"] = dict(
 entities=[E("Location", "Heathrow"), E("Location", "terminal 5", "T5"), E("Person", "Villiers"), E("Location", "Chipping Barnet"),
           E("Person", "Norman Baker"), E("Location", "Lewes"), E("Company", "BAA plc", "BAA"), E("Company", "British Airways", "BA")],
 roles=[],
 relations=[],  # BA as the terminal's sole airline: no partnership stated
 # 'The terminal is operated by BAA plc': its baggage system failed ('technical software problems', 'the system stopped
 # functioning'); BA cancelled flights
 outages=[O("BAA plc", "2008-03-27", ["British Airways"], loc="terminal 5", cause="technical software problems")],
 dates=[D("Thursday 27 March", "2008-03-27"), D("27 March", "2008-03-27")])  # 'last week', 'the weekend' skipped
A["uk-parliament-transport-committee-report-opening-terminal-5-2008"] = dict(
 entities=[E("Company", "BAA"), E("Location", "Heathrow"), E("Location", "Terminal 5", "T5"), E("Company", "British Airways", "BA"),
           E("Person", "Jim Fitzpatrick"), E("Person", "Gwyneth Dunwoody")],
 roles=[],  # 'the Minister' with no country named; the committee chair a legislator: no roles (guidelines)
 relations=[],
 outages=[O("BAA", "2008-03-27", ["British Airways"], loc="Terminal 5")],  # 'When the baggage system failed' on the first day
 dates=[D("27 March", "2008-03-27"), D("31 March 2008", "2008-03-31")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
