#!/usr/bin/env python3
"""Batch 41a gold annotations (the texts of batch41a.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): uk-cma-aramark-entier-merger-referred-phase-2-2025 -> test,
uk-cma-greencore-bakkavor-merger-remedies-proposed-2025 -> train,
uk-cma-vandemoortele-delifrance-merger-remedies-proposed-2025 -> dev. Relative dates resolve against `published`
(2025-08-05, 2025-11-07, 2025-12-22); none of the texts holds a relative date.
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh and 40zo): a completed purchase ('bought a
90% stake in ...') -> `acquired` AND parentOrganization(target, buyer); a deal under review and not said to be
completed ('proposed purchase', "deal to buy") -> `acquired` only; a stated supplier/customer relation ('Both
businesses sell their products to ... such as Tesco') -> partner(supplier, customer) as written; the CMA an
Organization, 'Competition and Markets Authority' with alias 'CMA' (the Aramark text names it 'CMA' only, so its
entity is 'CMA'); a CMA official quoted with a post -> a role at the CMA (Executive Director of Mergers, Senior
Director for Mergers -> director, as batch 40zo); places named -> Location. No outage is told.
usage: batch41a_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather42a/pool /tmp/gather42a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

CMA_N = "Competition and Markets Authority"
CMA = E("Organization", CMA_N, "CMA")
A = {}

# ---- Greencore / Bakkavor remedies proposed (published 2025-11-07) --------------------------------------------------
GG, BG = "Greencore Group", "Bakkavor Group"
SHOPS = ["Tesco", "Marks & Spencer", "Sainsbury’s", "Waitrose", "Asda"]
A["uk-cma-greencore-bakkavor-merger-remedies-proposed-2025"] = dict(
 # "Greencore's" / "Greencore Group's" / 'Greencore' -> Company 'Greencore Group', alias 'Greencore'; 'Bakkavor' /
 # 'Bakkavor Group' -> Company 'Bakkavor Group', alias 'Bakkavor'; 'Tesco', 'Marks & Spencer', "Sainsbury's",
 # 'Waitrose', 'Asda' (supermarkets and grocery retailers) -> Company; 'The Competition and Markets Authority (CMA)' /
 # 'the CMA' -> Organization; 'Joel Bamford' -> Person; 'the UK', 'Ireland', 'the US', 'Bristol' -> Location. Left
 # out: 'the businesses', 'the potential purchaser' (unnamed), 'Greencore's only chilled sauce and soups
 # manufacturing plant in Bristol' (an unnamed plant; Bristol the place)
 entities=[CMA, E("Company", GG, "Greencore"), E("Company", BG, "Bakkavor"), E("Person", "Joel Bamford")]
          + [E("Company", s) for s in SHOPS] + locs("UK", "Ireland", "US", "Bristol"),
 # 'Joel Bamford, Executive Director of Mergers at the CMA' -> director (executive director -> director)
 roles=[R("Joel Bamford", "director", CMA_N)],
 # "Greencore's proposed purchase of rival Bakkavor" / "Greencore Group's deal to buy Bakkavor Group" (under review,
 # remedies accepted in principle, not said to be completed) -> acquired only. 'Both businesses sell their products to
 # supermarkets and grocery retailers such as Tesco, Marks & Spencer, ...' -> partner(supplier, customer) for each
 # business and each named retailer (doubtful: customers named as examples, no contract named)
 relations=[L(GG, "acquired", BG)] + [L(b, "partner", s) for b in (GG, BG) for s in SHOPS],
 outages=[],
 dates=[])

# ---- Vandemoortele / Délifrance remedies proposed (published 2025-12-22) --------------------------------------------
A["uk-cma-vandemoortele-delifrance-merger-remedies-proposed-2025"] = dict(
 # "Vandemoortele's" / 'Vandemoortele' -> Company; "Délifrance" / "Délifrance's" -> Company; 'The Competition and
 # Markets Authority (CMA)' / 'the CMA' -> Organization; "Sorcha O'Carroll" -> Person; 'the UK', 'France', 'Avignon',
 # 'Béthune' -> Location. Left out: "Délifrance's UK viennoiserie business" (an unnamed business unit), '2 production
 # facilities' (unnamed), 'a purchaser' (unnamed), 'supermarket and foodservice customers' (generic)
 entities=[CMA, E("Company", "Vandemoortele"), E("Company", "Délifrance"), E("Person", "Sorcha O’Carroll")]
          + locs("UK", "France", "Avignon", "Béthune"),
 # "Sorcha O'Carroll, Senior Director for Mergers at the CMA" -> director at the CMA (as batch 40zo's Adam Land)
 roles=[R("Sorcha O’Carroll", "director", CMA_N)],
 # "Vandemoortele's deal to buy Délifrance" (under review, remedies proposed, not said to be completed) -> acquired
 relations=[L("Vandemoortele", "acquired", "Délifrance")],
 outages=[],
 dates=[])

# ---- Aramark / Entier referred for phase 2 (published 2025-08-05) ---------------------------------------------------
A["uk-cma-aramark-entier-merger-referred-phase-2-2025"] = dict(
 # 'Aramark' (a US food services company) -> Company; 'Entier' (a Scottish catering company) -> Company; 'the CMA' /
 # "the CMA's" -> Organization 'CMA' (the full name is not in the text); 'US', 'Aberdeen', 'the UK', 'North Sea' (in
 # 'the UK North Sea') -> Location. Left out: 'an independent panel of experts', 'the decision summary', 'the Aramark /
 # Entier case page' (no entity); 'Scottish' (adjective)
 entities=[E("Organization", "CMA"), E("Company", "Aramark"), E("Company", "Entier")]
          + locs("US", "Aberdeen", "UK", "North Sea"),
 roles=[],
 # 'Aramark ... bought a 90% stake in Entier ... in January 2025' (completed; a controlling stake) -> acquired +
 # parentOrganization(Entier, Aramark) (doubtful: a 90% stake rather than the whole company)
 relations=[L("Aramark", "acquired", "Entier"), L("Entier", "parentOrganization", "Aramark")],
 outages=[],
 # 'January 2025' -> 2025-01; '2024' -> 2024; '22 July 2025' -> 2025-07-22
 dates=[D("January 2025", "2025-01"), D("2024", "2024"), D("22 July 2025", "2025-07-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
