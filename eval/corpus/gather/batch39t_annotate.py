#!/usr/bin/env python3
"""Batch 39t gold annotations (the text of batch39t.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): wp-2024-france-railway-arson-attacks -> test. The text
has `published` null: only absolute dates are listed (GUIDELINES.md, Dates); a day and month without a year ('on 8
May', 'by 27 July') are left out.
Outage: the disruption of international and domestic high-speed rail services by the arson attacks of 26 July 2024;
provider null (the text names no rail operator; Eurostar, the one company named, cancelled trains on lines it does not
run), affected Eurostar.
usage: batch39t_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather40t/pool /tmp/gather40t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, locs
import batch10_annotate as b10

A = {}
A["wp-2024-france-railway-arson-attacks"] = dict(
 # Eurostar (Company: the operator that 'cancelled one in four trains'); 'TGV' -> Service (the high-speed train
 # service, named in 'TGV maintenance workers'; doubtful: no operator named, so no provider relation; a reader may give
 # it no entity); the named high-speed lines as Location (named infrastructure, as batch 35l's streets and batch 39p's
 # U.S. Route 101; doubtful: batch 39r left 'the Berlin-Amsterdam route' out): LGV Atlantique, LGV Nord, LGV Est
 # Europeenne, LGV Sud-Est, LGV Mediterranee ('Nord' and 'Est' in the lead's 'the LGV Atlantique, Nord, and Est lines'
 # are elliptic and not listed as aliases); the station 'Meuse TGV station' (a named facility); places: Marseille, Aix
 # (as written, for Aix-en-Provence), Paris, Lille, Bordeaux, Strasbourg and the attack sites Arrou, Courtalain,
 # Lamorville, Pagny-sur-Moselle, Croisilles, Vergigny. Not entities: the 2024 Summer Olympics (an event), 'police'
 # and 'TGV maintenance workers'/'railway workers' (generic), 'the French high-speed railway system' (generic)
 entities=[E("Company", "Eurostar"),
           E("Service", "TGV")]
          + locs("LGV Atlantique", "LGV Nord", "LGV Est Europ\u00e9enne", "LGV Sud-Est", "LGV M\u00e9diterran\u00e9e",
                 "Meuse TGV station", "Marseille", "Aix", "Paris", "Lille", "Bordeaux", "Strasbourg", "Arrou",
                 "Courtalain", "Lamorville", "Pagny-sur-Moselle", "Croisilles", "Vergigny"),
 roles=[],
 relations=[],
 outages=[
  # 'On 26 July 2024 ... a series of arson attacks damaged the LGV Atlantique, Nord, and Est lines of the French
  # high-speed railway system. International and domestic rail services were widely disrupted, with around 800,000
  # passengers affected.' / 'Four signal boxes ... were damaged ... Eurostar later confirmed that they had cancelled
  # one in four trains as the arson attacks caused high-speed rail disruption.' / 'LGV Atlantique: two-thirds of
  # trains were not running.' -> one outage (one event, one cause; the per-line effects are parts of it): provider
  # null (whose network failed is not named in the text: SNCF is not in the excerpt; doubtful: a reader who knows
  # the event would put SNCF, and a reader may take the text's 'French high-speed railway system' as no provider at
  # all); date 2024-07-26; no start, end or duration (the infobox's 01:00-05:30 is the attacks' time, cut; 'one and a
  # half hours' is a delay, not the outage's length); affected Eurostar (its trains cancelled; doubtful: a reader may
  # add TGV for the 'domestic rail services'); location null (three lines across France; a reader may put the lines);
  # cause 'arson attacks on signal boxes'
  O(None, "2024-07-26", ["Eurostar"], cause="arson attacks on signal boxes")],
 # '26 July 2024'; '2024' in '2024 Summer Olympics' (a year in an event name, as train gold lists '2010' from
 # '2010 Olympic'); 'on 8 May' and 'by 27 July' have no year (published null) -> left out
 dates=[D("26 July 2024", "2024-07-26"), D("2024", "2024")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
