#!/usr/bin/env python3
"""Batch 62n gold annotations (the text of batch62n.py), written from the text alone; newskg (or any extractor) was not
run on it. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
batches 55i-62f; batch10_annotate.write_parts), so the one text goes to test.
The text is a Wikipedia article with `published` null (GUIDELINES.md, Dates: only absolute expressions), so '28
September 2016' is a date and 'earlier in the year', 'On the day of the failure', 'throughout the day' are not; the
clock time the text ties to that day ('at around 3:50 p.m. local time', the blackout's start on the day the lead names)
is written with it, as dev's August 2006 Tokyo blackout wrote its '7:38' and '0:54' and dev's 2019 Java blackout its
'11:50' (published null in both). 'once-in-50-year' is no date (a frequency).
Outage (GUIDELINES, Outages; dev's 2019 Java blackout with the grid company as provider): 'a widespread power outage in
South Australia ... as a result of storm damage to electricity transmission infrastructure on 28 September 2016', 'The
cascading failure of the electricity transmission network resulted in almost the entire state losing its electricity
supply', 'at around 3:50 p.m. local time, almost the entire state power grid cut out' -> one outage; provider ElectraNet
('The South Australian power grid is operated by ElectraNet': whose network failed; doubtful, the text names no one as
at fault and the storm as the cause), start 15:50 local, no end or duration (the restoration is past the cut), affected
[] (no named service or organisation is said to lose supply; the state is the location), location South Australia,
cause 'storm damage to electricity transmission infrastructure' (the lead's words). The 'localised power outages
throughout the day' are counted, not told apart -> no outage (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; dev's 2016 Tasmanian energy crisis, where the Basslink interconnector is a Service,
and dev's AEMO text, where the National Electricity Market is a Service): states, towns, an island and a strait ->
Location (South Australia, Kangaroo Island, Backstairs Passage, Blyth, Adelaide, Victoria, Berri, Red Cliffs); named
interconnectors (the Heywood interconnector, Murraylink) and the National Electricity Market -> Service, no provider
stated; ElectraNet -> Company (the grid's operator, named as a business; doubtful: the text does not say what kind of
body it is); unnamed equipment and technical terms ('the Kangaroo Island power station', 'the power cable', '23
pylons', 'HVDC', '650MW', '275kV') -> nothing.
usage: batch62n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- electricity, Australia: the 2016 South Australian blackout ------------------------------------------------------
A["wp-2016-south-australian-blackout"] = dict(
 # 'South Australia' -> Location (the state; 'South Australian' in 'The South Australian blackout' and 'The South
 # Australian power grid' is an adjective, no alias); 'Kangaroo Island', 'Backstairs Passage' (a strait), 'Blyth',
 # 'Adelaide' ('the Adelaide area'), 'Victoria', 'Berri', 'Red Cliffs' -> Location; 'ElectraNet' -> Company; 'the
 # National Electricity Market' -> Service (as dev's AEMO text had it); 'the Heywood interconnector' and 'the
 # Murraylink' -> Service (as dev's Basslink). No entity: 'the Kangaroo Island power station' (lower-case 'power
 # station', a description, not a name; a near-miss: a reader might make it a Location, as named power stations are),
 # 'the power cable under Backstairs Passage', 'the mainland grid', 'The South Australian power grid' (unnamed), 'HVDC'
 # (a technology)
 entities=[E("Location", "South Australia"), E("Location", "Kangaroo Island"), E("Location", "Backstairs Passage"),
           E("Location", "Blyth"), E("Location", "Adelaide"), E("Company", "ElectraNet"),
           E("Service", "National Electricity Market"), E("Location", "Victoria"),
           E("Service", "Heywood interconnector"), E("Service", "Murraylink"), E("Location", "Berri"),
           E("Location", "Red Cliffs")],
 # no person in the text
 roles=[],
 # No relation. Near-misses: 'The South Australian power grid is operated by ElectraNet and connected to the National
 # Electricity Market via two interconnectors' -> no provider(Heywood interconnector / Murraylink, ElectraNet) (the
 # grid, unnamed, is ElectraNet's; who runs the two interconnectors is not said) and no relation between ElectraNet
 # and the National Electricity Market (a connection of the grid, not a partnership or a service ElectraNet runs)
 relations=[],
 # one outage: the state-wide blackout (see the docstring). Near-misses: 'The weather had resulted in localised power
 # outages throughout the day' -> nothing (counted, not told apart); 'The Heywood interconnector had been down for
 # upgrade earlier in the year, and was initially blamed for the widespread outage' -> no outage (a line out for an
 # upgrade, no supply lost told) and not the cause (only 'initially blamed'); 'Kangaroo Island did not lose its supply'
 # -> not affected; 'the power cable under Backstairs Passage might fail' -> a hypothetical
 outages=[O("ElectraNet", "2016-09-28", [], start="2016-09-28T15:50", loc="South Australia",
            cause="storm damage to electricity transmission infrastructure")],
 # '28 September 2016' -> 2016-09-28; '3:50 p.m.' ('at around 3:50 p.m. local time', that day) -> 2016-09-28T15:50.
 # Nothing: 'On the day of the failure', 'throughout the day', 'earlier in the year' (relative; published null),
 # 'once-in-50-year' (a frequency)
 dates=[D("28 September 2016", "2016-09-28"), D("3:50 p.m.", "2016-09-28T15:50")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
