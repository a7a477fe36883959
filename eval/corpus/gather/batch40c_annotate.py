#!/usr/bin/env python3
"""Batch 40c gold annotations (the texts of batch40c.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): wp-2006-queens-blackout -> test,
wp-sayano-shushenskaya-power-station-accident -> train. Both texts have `published` null: only absolute dates are
listed (GUIDELINES.md, Dates); 'the week of July 17' and 'July 17' (no year) are left out.
Outages: the 2006 Queens blackout (provider Consolidated Edison, named in the text); the widespread power outages
after the Sayano-Shushenskaya turbine failure (provider RusHydro, 'the power station's operator'; doubtful, see the
comments).
usage: batch40c_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather41c/pool /tmp/gather41c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, locs
import batch10_annotate as b10

A = {}
A["wp-2006-queens-blackout"] = dict(
 # Consolidated Edison (Company; alias 'Con Edison'; 'the company' is generic, no alias); places: New York City,
 # Queens, the neighbourhoods Astoria, Long Island City, Sunnyside, Woodside, and LaGuardia Airport and Rikers Island
 # (an airport and a named island/jail site: Location, GUIDELINES Types). Not entities: 'the subway' (generic),
 # 'northwest Queens' (covered by Queens).
 entities=[E("Company", "Consolidated Edison", "Con Edison")]
          + locs("New York City", "Queens", "Astoria", "Long Island City", "Sunnyside", "Woodside",
                 "LaGuardia Airport", "Rikers Island"),
 roles=[],
 relations=[],
 outages=[
  # 'a series of power outages that affected the northwest section of the New York City borough Queens in July 2006'
  # / 'the company's decision to continue supplying power ... by twenty-two feeder cables after ten of them had
  # failed, overloading the remaining twelve' / 'Consolidated Edison was due to make an initial status report,
  # regarding the outage' / 'knocking out power at LaGuardia Airport and parts of the subway ... Rikers Island to
  # switch to backup generators' / 'a prolonged loss of power to 100,000 northwest Queens residents beginning on July
  # 17' -> one outage (the text tells one blackout, 'a series of power outages' with one cause; the 100,000-resident
  # loss is its worst part, not a second event): provider Consolidated Edison; date 2006-07 from 'in July 2006'
  # (doubtful: 'beginning on July 17' with the year from the lead gives 2006-07-17, but a day and month without a year
  # give no date when `published` is null, GUIDELINES Outages); no start, end or duration ('undetermined for five
  # days' is the cause's, not the outage's); affected LaGuardia Airport and Rikers Island (both lost grid power;
  # doubtful: a reader may list only the airport, or add the subway, which the text names only generically);
  # location Queens; cause 'feeder cable failures overloading the remaining cables'
  O("Consolidated Edison", "2006-07", ["LaGuardia Airport", "Rikers Island"], loc="Queens",
    cause="feeder cable failures overloading the remaining cables")],
 # 'July 2006'; 'August 2, 2006'; 'August 2006'. 'the week of July 17' and 'July 17' have no year (published null)
 # -> left out; '16 years', '59 years', 'five days' are durations, not dates.
 dates=[D("July 2006", "2006-07"), D("August 2, 2006", "2006-08-02"), D("August 2006", "2006-08")])

A["wp-sayano-shushenskaya-power-station-accident"] = dict(
 # RusHydro (Company: 'RusHydro, the power station's operator'); the dam/power station 'Sayano-Shushenskaya Dam' as
 # Location (a named facility: power stations are Location, GUIDELINES Types; 'the hydroelectric power station of
 # the Sayano-Shushenskaya Dam' is the same site, no separate entity; 'the plant', 'the power station' generic);
 # places: Sayanogorsk, Russia, Yenisey River, Siberia, Khakassia. Not entities: 'Turbine 2' (a machine).
 entities=[E("Company", "RusHydro")]
          + locs("Sayano-Shushenskaya Dam", "Sayanogorsk", "Russia", "Yenisey River", "Siberia", "Khakassia"),
 roles=[],
 relations=[],
 outages=[
  # 'On 17 August 2009, a turbine in the hydroelectric power station of the Sayano-Shushenskaya Dam ... failed
  # catastrophically ... The entire power output of the plant, totalling 6,400 megawatts, was lost, leading to
  # widespread power outages in the area.' / 'RusHydro, the power station's operator' -> one outage: provider
  # RusHydro (doubtful: the text names RusHydro as the plant's operator in another paragraph, and no grid company or
  # supplier is named for the outages themselves; a reader may leave the provider null); date 2009-08-17; no start,
  # end or duration (the infobox's 08:13 KRAST is cut and is the failure's time); affected empty; location null ('in
  # the area': the plant is near Sayanogorsk in Khakassia, but the outages' extent is not said; a reader may put
  # Khakassia); cause 'turbine failure at the hydroelectric power station'. Doubtful as an outage at all: the failure
  # is a physical accident (GUIDELINES Outages), but the text tells a loss of supply to customers ('widespread power
  # outages') that followed from it, as the corpus's substation-fire texts do.
  O("RusHydro", "2009-08-17", [], cause="turbine failure at the hydroelectric power station")],
 # '17 August 2009'; 'October 2009'; '2 July 2009'; '2009' (in 'the 2009 accident'); '1979'.
 dates=[D("17 August 2009", "2009-08-17"), D("October 2009", "2009-10"), D("2 July 2009", "2009-07-02"),
        D("2009", "2009"), D("1979", "1979")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
