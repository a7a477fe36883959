#!/usr/bin/env python3
"""Batch 41i gold annotations (the texts of batch41i.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): ofgem-press-release-investigation-nget-spt-western-hvdc-subsea-cable-2020 -> test,
ofgem-press-release-national-grid-pays-3m-gas-network-repair-targets-nea -> train. `published` 2020-01-28 and null.
Conventions (GUIDELINES.md part 2; the Ofgem texts of batches 16f, 18a2, 27c, 39n and 41g): Ofgem an Organization;
companies -> Company; a named interconnector/subsea cable -> Service (as batch 18d2's Heywood Interconnector and batch
25b's Basslink); a charity -> Organization; 'acting senior partner, networks, Ofgem' -> executive at Ofgem (as batch
16f's 'Acting Senior Partner'). No outage in either text (near-misses): an investigation into late delivery and
'potential breaches relating to the operation of the cable'; missed targets for non-urgent repairs of gas escapes.
usage: batch41i_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather42i/pool /tmp/gather42i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import E, R, L
import batch10_annotate as b10

A = {}

# ---- Western HVDC investigation (published 2020-01-28) ----------------------------------------------------------------
A["ofgem-press-release-investigation-nget-spt-western-hvdc-subsea-cable-2020"] = dict(
 # 'National Grid Electricity Transmission plc' (also without 'plc'), 'SP (Scottish Power) Transmission plc' ('Scottish
 # Power Transmission') -> Company; 'Ofgem' -> Organization; 'Western high-voltage direct current (HVDC) subsea cable'
 # / 'Western HVDC' / 'Western HVDC subsea cable' -> Service (a named link users' power flows over, as Basslink);
 # Scotland, Wales, England -> Location. Left out: 'Electricity Act 1989' (a law), 'special licence condition 6I',
 # 'standard licence condition D' (rules), 'a joint venture' (unnamed)
 entities=[E("Organization", "Ofgem"),
           E("Company", "National Grid Electricity Transmission plc", "National Grid Electricity Transmission"),
           E("Company", "SP (Scottish Power) Transmission plc", "Scottish Power Transmission"),
           E("Service", "Western high-voltage direct current (HVDC) subsea cable", "Western HVDC",
             "Western HVDC subsea cable"),
           E("Location", "Scotland"), E("Location", "Wales"), E("Location", "England")],
 roles=[],
 # 'The project was undertaken by a joint venture between National Grid Electricity Transmission and Scottish Power
 # Transmission' -> partner (joint venture), direction as written. provider: the investigation is into both companies
 # 'for the delivery and operation of' the cable, and the joint venture undertook it -> both run it (doubtful: the
 # text names no operator in so many words)
 relations=[L("National Grid Electricity Transmission plc", "partner", "SP (Scottish Power) Transmission plc"),
            L("Western high-voltage direct current (HVDC) subsea cable", "provider",
              "National Grid Electricity Transmission plc"),
            L("Western high-voltage direct current (HVDC) subsea cable", "provider",
              "SP (Scottish Power) Transmission plc")],
 # Near-miss: 'late delivery' and 'potential breaches relating to the operation of the cable' - no outage told
 outages=[],
 # No date expression ('1989' is inside the name of an Act - left out as part of a law's title)
 dates=[])

# ---- National Grid pays £3m, gas repair targets (published null) ------------------------------------------------------
A["ofgem-press-release-national-grid-pays-3m-gas-network-repair-targets-nea"] = dict(
 # 'National Grid' -> Company; 'Ofgem' -> Organization; 'National Energy Action (NEA)' (a fuel poverty charity) ->
 # Organization, alias 'NEA'; 'Maxine Frerk' -> Person. Left out: 'the Government' (unnamed), 'energy network
 # companies' (generic), 'its gas distribution networks' (unnamed)
 entities=[E("Company", "National Grid"), E("Organization", "Ofgem"),
           E("Organization", "National Energy Action", "NEA"), E("Person", "Maxine Frerk")],
 # 'Maxine Frerk, acting senior partner, networks, Ofgem' -> executive at Ofgem (acting: still current)
 roles=[R("Maxine Frerk", "executive", "Ofgem")],
 # No relation: the £3m is a payment to a charity, not a partnership or contract
 relations=[],
 # Near-miss: missed targets for non-urgent repairs of gas escapes and for customer satisfaction; no supply lost
 outages=[],
 # `published` null; '2013/14' and '2014/15' are regulatory (financial) years, not calendar values -> skipped
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
