#!/usr/bin/env python3
"""Draw 6 of the 22 train and dev files of batch 54 (rounds 54a-54r; the files added between commits cc5182c5 and
40d32be1, the commit after round 54r; seed 54054) for a blind second annotation, and write their stripped copies
(article fields only, no gold) to /tmp/agree54-tmp/. Run from the repository root.
The plan was fixed before the draw, which came after round 54r was in the corpus and before any annotation of the
sample: 3 files from the SEC and Justice Department lanes (54a, 54b, 54d, 54e, 54f, 54g, 54h, 54i, 54j, 54l, 54m, 54n,
54o, 54p, 54r) and 3 from the FCC lanes (54c, 54k, 54q). A group holding fewer files than its share gives what it has
and the other group makes up the rest; the script prints a line when that happens. A file's round is the
eval/corpus/gather/batch54X_annotate.py that holds its id (found with grep -l; 54e and 54i have no train or dev file).
eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
54a dev/us-doj-atr-bilhar-international-former-president-anderson-usaid-egypt-construction-bid-rigging-verdict-2002
54a train/us-doj-atr-apac-missouri-ashland-subsidiary-vice-president-mantle-highway-bid-rigging-indictment-2004
54b train/us-sec-justin-sun-tron-foundation-bittorrent-foundation-rainberry-trx-btt-wash-trading-celebrity-touting-2023
54c train/us-fcc-vox-allegany-southbridge-radio-media-one-group-wksn-whug-wqfx-assignments-cross-country-petition-letter-2005
54d train/us-doj-atr-ueno-fine-chemicals-board-member-sales-managers-daicel-salesman-sorbates-indictment-2001
54f train/us-doj-usao-ndny-vulto-creamery-founder-johannes-vulto-sentenced-listeria-raw-milk-cheese-2024
54g dev/us-doj-atr-white-plains-coat-apron-president-botchman-linen-supply-customer-allocation-guilty-plea-2003
54g train/us-doj-atr-martin-news-agency-former-president-ceo-bennett-martin-magazine-distribution-indictment-2000
54h train/us-doj-atr-j-ray-mcdermott-former-senior-vice-president-walker-marine-construction-bid-rigging-1999
54j train/us-sec-sequenom-former-senior-vice-president-dragon-down-syndrome-test-false-claims-2010
54k dev/us-fcc-cumulus-licensing-clear-channel-broadcasting-licenses-wmlf-wvrk-columbus-phenix-city-assignments-order-2002
54k train/us-fcc-air-virginia-clear-channel-radio-licenses-wumx-fm-charlottesville-hearing-designation-news-release-2002
54l dev/us-doj-usao-sdfl-oasis-brands-owner-christian-rivas-sentenced-listeria-cheese-2016
54l train/us-doj-usao-ma-former-acclarent-ceo-vice-president-sales-convicted-misbranded-sinus-device-2016
54m train/us-doj-opa-peck-hale-former-government-contracts-manager-freire-navy-sling-bid-rigging-kickbacks-plea-2008
54n train/us-doj-atr-odfjell-seachem-parcel-tanker-cartel-parent-odfjell-asa-ceo-sjaastad-vice-president-nilsen-2003
54o train/us-sec-terex-accounting-fraud-aiding-united-rentals-sale-leaseback-litigation-release-2009
54p train/us-sec-hydrogen-technology-former-ceo-kane-moonwalkers-ceo-ostern-hydro-token-manipulation-judgments-2023
54q dev/us-fcc-great-scott-broadcasting-nassau-broadcasting-ii-wchr-wnjo-trenton-assignments-order-2002
54q train/us-fcc-gowdy-fm-95-gowdy-family-clear-channel-broadcasting-licenses-kcgy-kowb-laramie-assignments-order-2002
54r dev/us-doj-usao-wdny-tonawanda-coke-environmental-control-manager-kamholz-convicted-clean-air-act-2013
54r train/us-doj-usao-sdwv-former-freedom-industries-president-southern-sentenced-elk-river-spill-2016
"""
ROUNDS = {"sec": "a b d e f g h i j l m n o p r", "fcc": "c k q"}
LANES = {"54" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("sec", 3), ("fcc", 3)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
held = {k: sum(1 for b in rows if lane(b) == k) for k, _ in SHARE}
assert sum(held.values()) == 22, held
plan = [(k, min(n, held[k])) for k, n in SHARE]
for k, n in SHARE:
    if held[k] < n:
        other = [j for j, _ in SHARE if j != k][0]
        print(f"group {k} holds {held[k]} files, fewer than its share of {n}; the rest comes from {other}")
        plan = [(j, m + n - held[k] if j == other else m) for j, m in plan]
plan = [(k, n) for k, n in plan if n > 0]
sample_listed(LISTED, lane, plan, 54054, "/tmp/agree54-tmp")
