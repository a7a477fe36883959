#!/usr/bin/env python3
"""Batch 40zo gold annotations (the texts of batch40zo.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): uk-cma-pennon-bournemouth-water-merger-provisionally-cleared-2015 -> test,
uk-cma-pennon-sumisho-ses-water-merger-ofwat-concerns-2024 -> train,
uk-cma-vision-express-tesco-opticians-merger-concerns-2017 -> dev. Relative dates resolve against `published`
(2024-05-03, 2017-09-28; the Bournemouth Water text's is null, so only absolute dates there).
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c and 40zh): a completed acquisition ('the
completed acquisition by ...') -> `acquired` AND parentOrganization(target, buyer); a purchase under review and not
said to be completed ('planned purchase', 'Pennon's purchase of ...' with 'the merging businesses') -> `acquired`
only; 'the owner of X' and 'its subsidiary X' -> parentOrganization; the CMA an Organization, 'Competition and Markets
Authority' with alias 'CMA'; Ofwat (the water regulator) an Organization; a CMA official quoted with a post -> a role
at the CMA (Senior Director, Executive Director of Mergers -> director; chair of the case's inquiry group ->
chairman, doubtful); places named -> Location. No outage is told.
usage: batch40zo_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather41zo/pool /tmp/gather41zo/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

CMA_N = "Competition and Markets Authority"
CMA = E("Organization", CMA_N, "CMA")
A = {}

# ---- Pennon / Bournemouth Water provisionally cleared (published null) ---------------------------------------------
PG, SWW, BWIL, BW = "Pennon Group plc", "South West Water Limited", "Bournemouth Water Investments Limited", "Bournemouth Water"
A["uk-cma-pennon-bournemouth-water-merger-provisionally-cleared-2015"] = dict(
 # 'The CMA' / 'The Competition and Markets Authority (CMA)' -> Organization; 'Pennon Group plc' -> Company ('Pennon'
 # only inside the inquiry group's name 'Pennon / Bournemouth Water inquiry group': no alias); 'South West Water' /
 # 'South West Water Limited' -> Company 'South West Water Limited', alias 'South West Water'; 'Bournemouth Water
 # Investments Limited' -> Company; 'Bournemouth Water' (the business it operates) -> Company; 'Ofwat' / 'the Water
 # Services Regulation Authority's (Ofwat)' -> Organization 'Water Services Regulation Authority', alias 'Ofwat';
 # 'Simon Polito' -> Person. Left out: 'the inquiry group' (unnamed CMA group), '17 water company comparators'
 entities=[CMA, E("Company", PG), E("Company", SWW, "South West Water"), E("Company", BWIL), E("Company", BW),
           E("Organization", "Water Services Regulation Authority", "Ofwat"), E("Person", "Simon Polito")],
 # 'Chair of the Pennon / Bournemouth Water inquiry group, Simon Polito' -> chairman at the CMA (the group is the
 # CMA's inquiry group of panel members, not a named organisation; doubtful)
 roles=[R("Simon Polito", "chairman", CMA_N)],
 # 'the completed acquisition by Pennon Group plc ... of Bournemouth Water Investments Limited' -> acquired +
 # parentOrganization; 'Pennon Group plc (the owner of South West Water Limited)' -> parentOrganization;
 # 'Bournemouth Water Investments Limited (which operates Bournemouth Water)' -> parentOrganization (doubtful: an
 # operator of a business). The summary's 'the purchase of Bournemouth Water by South West Water' (group shorthand
 # for the same deal) gets no second acquired pair
 relations=[L(PG, "acquired", BWIL), L(BWIL, "parentOrganization", PG), L(SWW, "parentOrganization", PG),
            L(BW, "parentOrganization", BWIL)],
 outages=[],
 # 'In June 2015' -> 2015-06. 'today' (twice): published null -> no date
 dates=[D("June 2015", "2015-06")])

# ---- Pennon / Sumisho (SES Water) phase 1 concerns (published 2024-05-03) ------------------------------------------
SUM, SES = "Sumisho Osaka Gas Water UK", "Sutton and East Surrey Water plc"
A["uk-cma-pennon-sumisho-ses-water-merger-ofwat-concerns-2024"] = dict(
 # "Pennon's" / 'Pennon Group plc (Pennon)' -> Company 'Pennon Group plc', alias 'Pennon'; 'Sumisho Osaka Gas Water UK'
 # -> Company; 'Sutton and East Surrey Water' / 'Sutton and East Surrey Water plc (SES)' / 'SES' -> Company 'Sutton
 # and East Surrey Water plc', aliases 'Sutton and East Surrey Water', 'SES'; 'Ofwat' -> Organization; 'The CMA' /
 # 'the Competition and Markets Authority (CMA)' -> Organization; 'Joel Bamford' -> Person; 'England', 'Wales' ->
 # Location. Left out: 'The merging businesses', 'two water utility companies' (generic)
 entities=[CMA, E("Company", PG, "Pennon"), E("Company", SUM),
           E("Company", SES, "Sutton and East Surrey Water", "SES"), E("Organization", "Ofwat"),
           E("Person", "Joel Bamford")] + locs("England", "Wales"),
 # 'Joel Bamford, Executive Director of Mergers at the CMA' -> director (executive director -> director)
 roles=[R("Joel Bamford", "director", CMA_N)],
 # "Pennon's purchase of Sumisho Osaka Gas Water UK" and "Pennon's purchase of SES" under the CMA's phase 1 review,
 # not said to be completed -> acquired only, both pairs as the text words them (a reader may keep only the first;
 # doubtful). '(including its subsidiary Sutton and East Surrey Water)' -> parentOrganization(SES, Sumisho)
 relations=[L(PG, "acquired", SUM), L(PG, "acquired", SES), L(SES, "parentOrganization", SUM)],
 outages=[],
 dates=[])

# ---- Vision Express / Tesco Opticians phase 1 concerns (published 2017-09-28) --------------------------------------
A["uk-cma-vision-express-tesco-opticians-merger-concerns-2017"] = dict(
 # 'The CMA' / 'The Competition and Markets Authority (CMA)' -> Organization; 'Vision Express', 'Tesco Opticians'
 # (retail optician chains) -> Company (Tesco only inside 'Tesco Opticians': no Tesco entity); 'Adam Land' -> Person;
 # 'the UK', 'Barrow-in-Furness', 'Cumbria', 'Helston', 'Cornwall', 'Ryde', 'the Isle of Wight' -> Location. Left out:
 # 'the case page', '3 local areas'
 entities=[CMA, E("Company", "Vision Express"), E("Company", "Tesco Opticians"), E("Person", "Adam Land")]
          + locs("UK", "Barrow-in-Furness", "Cumbria", "Helston", "Cornwall", "Ryde", "Isle of Wight"),
 # 'Adam Land, CMA Senior Director and decision maker in this case' -> director at the CMA
 roles=[R("Adam Land", "director", CMA_N)],
 # 'the planned purchase of Tesco Opticians by Vision Express' (under phase 1 review) -> acquired only
 relations=[L("Vision Express", "acquired", "Tesco Opticians")],
 outages=[],
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
