#!/usr/bin/env python3
"""Batch 39l gold annotations (the text of batch39l.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): the one id goes to test. The text has `published` null:
only absolute dates are listed (GUIDELINES.md, Dates). A range of days gives its first day ('January 4-10, 1998' ->
1998-01-04), as the corpus does ('18 to 22 October 2024', batch 38d). 'Ice Storm '98' is a name's short form, not a
time expression of its own (left out, doubtful).
Outage: one event, the widespread power outages the storm's ice caused; no operator of a grid or utility is named, so
the provider is null. Its date is the month (the storm ran 4-10 January; the day the outages began is not stated).
usage: batch39l_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather40l/pool /tmp/gather40l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, O, locs
import batch10_annotate as b10

A = {}
A["wp-portal-weather-ice-storm-of-1998"] = dict(
 # provinces, states, countries, regions and cities -> Location: 'Eastern Ontario' and 'Northern New York' and
 # 'Northern Maine' are capitalised region names (kept whole, doubtful: a reader may take 'New York' and 'Maine');
 # 'southern Québec' -> Québec (lower-case 'southern' is a description); no company, organisation or person is named
 entities=locs("Eastern Ontario", "Qu\u00e9bec", "Nova Scotia", "Canada", "Northern New York", "Northern Maine",
               "United States", "Montreal", "Ottawa"),
 roles=[],
 relations=[],
 outages=[
  # 'The tremendous weight of ice accretion caused massive damage to trees and electrical infrastructure all over the
  # area, leading to widespread power outages. Millions were left without power for periods varying from days to
  # weeks' -> provider null (no utility named); date 1998-01 (the storm 'From January 4-10, 1998'; the outages'
  # first day not stated); duration null ('days to weeks' is no stated length); location null (the area spans two
  # countries' regions: no one place to name); affected empty ('activities in large cities like Montreal and Ottawa'
  # are places, not named services or organisations)
  O(None, "1998-01", [], cause="weight of ice accretion damaging trees and electrical infrastructure")],
 # 'The Ice Storm of 1998' -> '1998'; 'January 4-10, 1998' -> its first day; "Ice Storm '98" left out (a name)
 dates=[D("1998", "1998"), D("January 4-10, 1998", "1998-01-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
