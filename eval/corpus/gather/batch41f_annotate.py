#!/usr/bin/env python3
"""Batch 41f gold annotations (the text of batch41f.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-dragonair-new-routes-cathay-pacific-ing-barings-wickham-disney-psa-2002 -> test. Relative dates resolve
against the story's `published` (from its address): 2002-12-09 (a Monday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j, 40e and 40i): 'an airline
analyst with X investment bank' -> analyst at X; a stake of unstated size ('which holds a stake in Dragonair') -> no
relation (as batch 39d's ICBC-Standard Bank and batch 38zc's KPN); airlines' routes and a theme park that is not named
-> no Service or Location entity; 'In September' -> that month of the story's year; 'earlier this year' -> the year.
No outage is told (new routes, a stake, a delayed park, cargo growth; the port shutdown by 'labor unrest' is a
strike, which GUIDELINES.md excludes, and no service of PSA's was lost).
usage: batch41f_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather42f/pool /tmp/gather42f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, locs
import batch10_annotate as b10


A = {}

# ---- Dragonair's new routes, Cathay Pacific, ING Barings' Wickham, Disney, PSA (published 2002-12-09) --------------
A["voa-dragonair-new-routes-cathay-pacific-ing-barings-wickham-disney-psa-2002"] = dict(
 # 'Hong Kong-based airline, Dragonair,' / 'Dragonair' (five more times) -> Company ('the airline', 'the company': no
 # aliases); "Hong Kong's largest carrier, Cathay Pacific" / 'Cathay' (twice, in Wickham's quotation) -> Company;
 # 'Philip Wickham' -> Person (then only 'he'); 'ING Barings investment bank' -> Company; 'Disney' -> Company ('The
 # company': no alias); 'One of Asia's largest port operators PSA' -> Company ('The state-owned Singaporean company':
 # no alias); places: 'Hong Kong' (seven times), the five destinations 'Manila', 'Seoul', 'Tokyo', 'Bangkok',
 # 'Sydney', 'Taipei', 'Asia' ("Asia's", twice), 'China' ('mainland China' twice, 'China and Belgium'), 'Shanghai'
 # ('Shanghai officials'), 'U.S.' ('U.S. West Coast ports', as written, as batches 38m/38w), 'Belgium' -> Location.
 # Left out: 'Hong Kong regulators' (no name), 'Asian' and 'Singaporean' (adjectives), 'the mainland' (generic), the
 # theme parks (not named), 'Analysts'
 entities=[E("Company", "Dragonair"), E("Company", "Cathay Pacific", "Cathay"), E("Person", "Philip Wickham"),
           E("Company", "ING Barings"), E("Company", "Disney"), E("Company", "PSA")]
          + locs("Hong Kong", "Manila", "Seoul", "Tokyo", "Bangkok", "Sydney", "Taipei", "Asia", "China", "Shanghai",
                 "U.S.", "Belgium"),
 # 'Philip Wickham is an airline analyst with ING Barings investment bank' -> analyst at ING Barings
 roles=[R("Philip Wickham", "analyst", "ING Barings")],
 # 'Cathay Pacific, which holds a stake in Dragonair' -> nothing (a stake of unstated size, no control stated; the
 # lane's minority-stake convention); Wickham's 'previously pretty much working together' describes a past closeness
 # now turning to competition, not a stated partnership -> no partner. Disney's talks 'with Shanghai officials' (no
 # organisation named) and PSA's 'purchases of terminals' (asset purchases) -> nothing
 relations=[],
 outages=[],
 # 'In September' (regulators' permission for Taipei, before 9 December) -> 2002-09; 'until 2010' -> 2010; 'by 2006'
 # -> 2006; 'earlier this year' (the West Coast port shutdown) -> 2002. Left out: 'only months ago', 'in the near
 # future' (not resolvable to a calendar value)
 dates=[D("September", "2002-09"), D("2010", "2010"), D("2006", "2006"), D("earlier this year", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
