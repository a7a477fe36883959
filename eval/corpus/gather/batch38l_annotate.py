#!/usr/bin/env python3
"""Batch 38l gold annotations (the text of batch38l.py: VOA News, 'Venezuelans Surprised by Rolling Blackouts',
25 April 2016), written from the text alone; newskg (or any extractor) was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): the single id goes to test. `published` is 2016-04-25 (a Monday, the caption's date): both
'Monday's resolve to it.
Conventions: a utility service cut off by plan is an outage (GUIDELINES.md, Outages: 'planned shutoffs of a utility
service'); where no utility or operator is named the provider is null, as batch 34h's government-ordered shutdowns and
batch 37x's Lebanon blackout; a head of state with the country named on its own -> president of that Location.
usage: batch38l_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39l/pool /tmp/gather39l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10


A = {}

A["voa-venezuelans-surprised-rolling-blackouts-rationing-2016"] = dict(
 # 'President Nicolas Maduro's government', 'Maduro's government' (twice), 'Maduro has put in place' -> Person with
 # alias 'Maduro'; 'Venezuela's 24 states', 'The capital, Caracas' -> Location. Not annotated: 'Venezuelans' and 'the
 # Venezuelan economy' (demonym and adjective), 'the government' and 'his critics' (generic), 'news media' (unnamed),
 # 'the El Nino weather phenomenon' (a weather pattern, no entity type), 'hydroelectric power plants' (unnamed)
 entities=[E("Person", "Nicolas Maduro", "Maduro")] + locs("Venezuela", "Caracas"),
 # 'President Nicolas Maduro's government announced power rationing ... in 18 of Venezuela's 24 states' -> president
 # of Venezuela (the country named on its own in the same sentence), current
 roles=[R("Nicolas Maduro", "president", "Venezuela")],
 # no company or organisation is named: no relation
 relations=[],
 # one outage: 'rolling four-hour blackouts that the government says will last 40 days' under the 'power rationing'
 # announced 'on Monday in 18 of Venezuela's 24 states' -- electricity that users lost ('homes with refrigerators full
 # of spoiled food and businesses with no way to complete electronic transactions'), a planned cut of a utility
 # service. Provider null: no utility or grid operator is named; the government that ordered the rationing runs no
 # named network (as the ordered shutdowns of batch 34h; doubtful: a reader might make the government the provider).
 # Date 2016-04-25 ('surprised Monday', 'on Monday' = published); start and end not stated; duration null (doubtful:
 # each cut is 'four-hour' and the rationing is to 'last 40 days' -- neither is the length of one outage event);
 # affected [] (no named service or organisation); location Venezuela ('18 of Venezuela's 24 states'; Caracas
 # 'spared'); cause 'drought' ('in response to a drought that has rendered hydroelectric power plants nearly useless';
 # doubtful: 'power rationing' or a government order could be read as the cause; the government's 'El Nino' and the
 # critics' 'economic mismanagement' are the parties' claims about the shortages, not taken)
 outages=[O(None, "2016-04-25", [], loc="Venezuela", cause="drought")],
 # 'Monday' (twice: 'surprised Monday', 'on Monday'; one item); '40 days', 'four-hour' and 'shorter work weeks' are
 # durations, not dates
 dates=[D("Monday", "2016-04-25")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
