#!/usr/bin/env python3
"""Batch 34i gold annotations (the 2 texts of batch34i.py), written from each text alone; newskg was run on neither.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part). Both texts have `published` null: only absolute dates are
listed (GUIDELINES.md, Dates); an event's name ('The 2008 Zanzibar Power blackout') gives its year, as earlier batches.
Conventions (GUIDELINES.md and the blackout texts of batches 19d-33): whose systems failed is the provider only where
the text says so; neither text names the operator of the failed grid, cable or water supply, so both outages carry a
null provider (as wp-2015-pakistan-blackout and wp-power-outages-in-malaysia); an outage's end is the day of
restoration where only a day is given, with the duration computed from the two days (as wp-1998-auckland-power-crisis);
a repeat the text tells apart with its own year is its own outage; a drought-driven supply failure the text dates
from month to month is one outage with month-level date and end.
usage: batch34i_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather35i/pool /tmp/gather35i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
ZECO = "Zanzibar Electricity Corporation"
A["wp-2008-zanzibar-power-blackout"] = dict(
 # Zanzibar, Tanzania ('mainland Tanzania'; 'Tanzanian' is an adjective) -> Location; 'the Zanzibar Electricity
 # Corporation' -> Company; 'the Tanzanian network', 'the submarine interconnector cable', 'the island grid' are
 # unnamed: nothing
 entities=locs("Zanzibar", "Tanzania") + [E("Company", ZECO)],
 roles=[],
 relations=[],
 # 'The power outage occurred on 21 May 2008 causing a wide-area grid failure across the Tanzanian network followed
 # by a power surge which damaged the submarine interconnector cable' and 'The power was eventually restored on 19 June
 # 2008' -> one outage on Zanzibar, 2008-05-21 to 2008-06-19 (29 days = 696 hours; 'almost one month' agrees), no
 # clock time; the mainland grid failure is told as part of the same event, not as its own outage (doubtful); the
 # text names no operator of the grid or the cable: provider null; 'Other important industries, including the
 # Zanzibar Electricity Corporation ... were "severely hit" by the blackout' -> affected (an organisation the text
 # says was hit; doubtful: the island's electricity company, though the text never says it runs the grid); tourism
 # and 'independent small businesses' are unnamed: nothing
 # 'A similar but longer event happened in Zanzibar in 2009 ... without power for more than three months' -> a second
 # outage, dated by its year only ('more than three months' gives no exact duration)
 outages=[O(None, "2008-05-21", [ZECO], end="2008-06-19", dur=696.0, loc="Zanzibar",
            cause="grid failure across the Tanzanian network and a power surge that damaged the submarine "
                  "interconnector cable"),
          O(None, "2009", [], loc="Zanzibar")],
 # 'During May and June 2008' -> 'May' and 'June 2008' by month; the event's name -> '2008'
 dates=[D("2008", "2008"), D("May", "2008-05"), D("June 2008", "2008-06"), D("21 May 2008", "2008-05-21"),
        D("19 June 2008", "2008-06-19"), D("2009", "2009")])

SY = "Syarikat Bekalan Air Selangor"
A["wp-2014-negeri-sembilan-and-selangor-water-crisis"] = dict(
 # Negeri Sembilan, Selangor, Peninsular Malaysia -> Location ('Malaysian' is an adjective); 'Klang Valley' in the
 # name of 'the 1998 Klang Valley water crisis' -> Location (a named region; doubtful: it stands only inside an
 # event's name); 'Syarikat Bekalan Air Selangor (SYABAS)' -> Company with its abbreviation (one of the 'private water
 # concessionaires' the text sets against the government); 'the state government', 'the government' -> unnamed:
 # nothing; El Niño (a climate pattern) -> nothing
 entities=locs("Negeri Sembilan", "Selangor", "Peninsular Malaysia", "Klang Valley") + [E("Company", SY, "SYABAS")],
 roles=[],
 # the text says SYABAS disagreed with the state government over a water supply deal, not that it runs the supply
 # that failed (no Service named): nothing
 relations=[],
 # 'a water crisis that began in ... Negeri Sembilan and Selangor and lasted from February to August 2014' with
 # 'water supply to many households continued to be intermittent' -> one outage of water supply, 2014-02 to 2014-08,
 # in both states; provider null (the text never says whose supply failed; SYABAS, a concessionaire named only in the
 # politics paragraph, is the likeliest reading of 'Syarikat Bekalan Air Selangor' but the text does not say it
 # supplies the households: doubtful); cause from the text's 'Causes': the hot, dry weather and the two treatment
 # plants 'shut down due to ammonia contamination' in February 2014 (told as a cause of the crisis, not as its own
 # outage: doubtful); the 1998 Klang Valley crisis is named only as a comparison: no outage
 outages=[O(None, "2014-02", [], end="2014-08", loc="Negeri Sembilan and Selangor",
            cause="hot and dry weather; treatment plants shut down by ammonia contamination")],
 # 'from February to August 2014' -> 'February' and 'August 2014'; 'early 2014' (twice) and 'no El Niño emerged in
 # 2014' -> the year (the event's name gives the same '2014'); the 1998 crisis's name -> '1998'
 dates=[D("2014", "2014"), D("February", "2014-02"), D("August 2014", "2014-08"), D("early 2014", "2014"),
        D("1998", "1998"), D("February 2014", "2014-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
