#!/usr/bin/env python3
"""Batch 41g gold annotations (the texts of batch41g.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): ofgem-press-release-cadent-pays-24-million-past-failures-community-fund-2019 -> test,
ofgem-press-release-eon-next-good-energy-octopus-compensation-failures-2023 -> train. Relative dates resolve against
`published` (2019-05-22, 2023-05-17).
Conventions (GUIDELINES.md part 2; the Ofgem texts of batches 18a, 27c, 35g and 39n): Ofgem an Organization; a
regulator's official quoted with a post -> a role at Ofgem ('chief executive' -> ceo; 'Director for Strategy' ->
director, as batch 39n's 'Director of Market Oversight and Enforcement'); companies named -> Company; 'GB' (Great
Britain, used before a noun) -> Location, as batch 41a's 'UK'. No outage: the Cadent text counts gas supply
interruptions without telling one apart (a near-miss); the other text tells late bills and compensation.
usage: batch41g_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather42g/pool /tmp/gather42g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R
import batch10_annotate as b10

A = {}

# ---- Cadent pays £24 million, community fund (published 2019-05-22) --------------------------------------------------
A["ofgem-press-release-cadent-pays-24-million-past-failures-community-fund-2019"] = dict(
 # 'Cadent' / "Cadent's" (a gas distribution network company) -> Company; 'Ofgem' -> Organization; 'Dermot Nolan' ->
 # Person. Left out: 'a community fund' (unnamed), 'the 775 high rise blocks of flats' (no name), 'Network companies'
 # (generic), 'the company' (generic)
 entities=[E("Company", "Cadent"), E("Organization", "Ofgem"), E("Person", "Dermot Nolan")],
 # 'Dermot Nolan, chief executive of Ofgem' -> ceo at Ofgem
 roles=[R("Dermot Nolan", "ceo", "Ofgem")],
 # No relation: 'under new ownership' is cut (it is in the broken-off sentence) and no owner is named
 relations=[],
 # Near-miss, no outage: 'customers who experience an unplanned gas supply interruption for longer than 24 hours'
 # (future compensation rule), 'leaving many without gas for longer than necessary' (counted, not told one by one)
 outages=[],
 # '2018' -> 2018. Left out: 'over the next two years' (a span, no calendar value)
 dates=[D("2018", "2018")])

# ---- E.On Next, Good Energy, Octopus Energy pay £8 million (published 2023-05-17) ------------------------------------
A["ofgem-press-release-eon-next-good-energy-octopus-compensation-failures-2023"] = dict(
 # 'E.On Next', 'Good Energy', 'Octopus Energy' (domestic energy suppliers) -> Company; 'Ofgem' -> Organization;
 # 'Neil Kenward' -> Person; 'GB' (in 'Three GB domestic energy suppliers') -> Location. Left out: 'Guaranteed
 # Standards of Performance' / 'GSOP' (regulations, not an entity), 'energy companies' (generic)
 entities=[E("Company", "E.On Next"), E("Company", "Good Energy"), E("Company", "Octopus Energy"),
           E("Organization", "Ofgem"), E("Person", "Neil Kenward"), E("Location", "GB")],
 # 'Neil Kenward, Director for Strategy at Ofgem' -> director at Ofgem
 roles=[R("Neil Kenward", "director", "Ofgem")],
 # No relation: the three suppliers are named side by side; no owner, partner or deal is told
 relations=[],
 outages=[],
 # 'May 2020' -> 2020-05; 'this year' -> 2023; 'today' (in Kenward's quotation, 'as we have done today') -> 2023-05-17
 dates=[D("May 2020", "2020-05"), D("this year", "2023"), D("today", "2023-05-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
