#!/usr/bin/env python3
"""Draw 6 of the 42 train and dev files of batch 57 (session 55's rounds 57a-57r; the train and dev files added
between commits f7fb74bb and 8a42f292, listed by `git diff --name-only --diff-filter=A f7fb74bb 8a42f292 --
eval/corpus/train eval/corpus/dev`; seed 57057) for a blind second annotation, and write their stripped copies (article
fields only, no gold) to /tmp/agree57-tmp/. Run from the repository root.
The plan was fixed before the draw, which came after round 57q (8a42f292) was in the corpus and before any annotation
of the sample: 2 files from the SEC and CFTC lanes (57d, 57l, 57n), 2 from the Justice Department and CMA lanes (57c,
57e, 57h, 57i, 57r) and 2 from the Wikipedia lanes (57a, 57b, 57f, 57g, 57j, 57k, 57m, 57o, 57p, 57q). A group holding
fewer files than its share gives what it has and the other groups make up the rest, in the plan's order; the script
prints a line when that happens. A file's round is the eval/corpus/gather/batch57X.py that holds its id (found with
grep -l; every id sits in exactly one). eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
57a dev/wp-neversoft
57a train/wp-kuju-entertainment
57a train/wp-ubisoft-reflections
57b dev/wp-gourmet-burger-kitchen
57b train/wp-foxs-biscuits
57b train/wp-oddbins
57c train/uk-cma-culligan-waterlogic-multifunctional-taps-merger-phase-1-concerns-2022
57d train/us-sec-parallax-health-sciences-ceo-paul-arena-cto-nathaniel-bradley-covid-19-disclosures-2021
57e dev/us-usao-sdca-colas-djibouti-colas-sa-subsidiary-navy-airfields-substandard-concrete-fraud-2021
57e train/us-doj-opa-hyosung-senior-vice-president-pyo-atm-merger-obstruction-plea-nautilus-hyosung-triton-2012
57f dev/wp-plastic-logic
57f train/wp-global-silicon
57g dev/wp-smit-international
57g train/wp-sleeman-breweries
57g train/wp-viking-air
57h train/uk-cma-nec-software-solutions-capita-sss-merger-case-page-sale-to-codan-2023
57i dev/us-usao-ri-zeus-lines-management-galissas-tanker-captain-chief-engineer-apps-sentencing-2023
57i train/us-doj-opa-liquimar-tankers-evridiki-navigation-chief-engineer-vastardis-apps-sentencing-2022
57j dev/wp-slazenger
57j train/wp-hi-tec
57j train/wp-warp-records
57k dev/wp-platinumgames
57k train/wp-piranha-bytes
57k train/wp-radical-entertainment
57l dev/us-sec-inso-corp-ebt-international-former-general-counsel-vice-presidents-ceo-revenue-schemes-2002
57l train/us-sec-igi-inc-former-president-coo-gallo-cfo-macphee-vp-zitto-poultry-vaccines-fraud-2002
57l train/us-sec-left-behind-games-founder-ceo-cfo-troy-lyndon-zaucha-revenue-inflation-2013
57m dev/wp-drury-hotels
57m train/wp-dreamhost
57m train/wp-thon-hotels
57n train/us-cftc-global-minerals-and-metals-president-ceo-campbell-chief-copper-trader-alm-merrill-lynch-copper-manipulation-complaint-1999
57o dev/wp-ossur
57o train/wp-hackett-london
57o train/wp-parker-knoll
57p dev/wp-osborne-computer
57p train/wp-kaypro
57p train/wp-pipe-networks
57q dev/wp-distell
57q train/wp-brookside-dairy
57q train/wp-whittakers
57r dev/us-usao-md-drs-technical-services-drs-defense-solutions-subsidiary-overbilling-false-claims-settlement-2014
57r train/us-usao-hi-doorae-shipping-b-sky-tanker-community-service-payment-national-fish-and-wildlife-foundation-2016
"""
ROUNDS = {"sec": "d l n", "doj-cma": "c e h i r", "wp": "a b f g j k m o p q"}
LANES = {"57" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("sec", 2), ("doj-cma", 2), ("wp", 2)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
assert len(rows) == 42 and set(rows) <= set(LANES), rows
held = {k: sum(1 for b in rows if lane(b) == k) for k, _ in SHARE}
plan = [(k, min(n, held[k])) for k, n in SHARE]
short = sum(n for _, n in SHARE) - sum(n for _, n in plan)
for k, n in SHARE:
    if held[k] < n:
        print(f"group {k} holds {held[k]} files, fewer than its share of {n}; the other groups make up the rest")
while short:
    for i, (k, n) in enumerate(plan):
        if short and n < held[k]:
            plan[i], short = (k, n + 1), short - 1
plan = [(k, n) for k, n in plan if n > 0]
sample_listed(LISTED, lane, plan, 57057, "/tmp/agree57-tmp")
