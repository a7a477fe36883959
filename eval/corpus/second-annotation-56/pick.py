#!/usr/bin/env python3
"""Draw 6 of the 18 train and dev files of batch 56 (session 54's rounds 56a-56j; the train and dev lines of the batch's
file list, /work/notes/s54/batch56_files.txt, which equals the files added between commits 896cf7c0 and 9f7098f5;
seed 56056) for a blind second annotation, and write their stripped copies (article fields only, no gold) to
/tmp/agree56-tmp/. Run from the repository root.
The plan was fixed before the draw, which came after round 56h was in the corpus and before any annotation of the
sample: 2 files from the SEC and CFTC lanes (56c, 56e; 56c's only file is in test, so the group holds 56e's 3), 2 from
the Justice Department and CMA lanes (56a, 56d (with the EPA's cases), 56g, 56i) and 2 from the Wikipedia lanes (56b,
56f, 56h, 56j). A group holding fewer files than its share gives what it has and the other groups make up the rest, in
the plan's order; the script prints a line when that happens. A file's round is the eval/corpus/gather/batch56X.py that
holds its id (found with grep -l; every id sits in exactly one). eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
56a dev/uk-cma-tobii-smartbox-merger-case-page-sale-to-caretech-2020
56a train/uk-cma-mastercard-vocalink-merger-phase-1-concerns-2017
56b dev/wp-travellers-tales
56b train/wp-rocksteady-studios
56d train/us-usao-ednc-balfour-beatty-construction-project-manager-hillyer-croatan-sound-dredging-plea-2004
56e dev/us-cftc-icap-capital-markets-intercapital-usd-isdafix-aiding-abetting-attempted-manipulation-2018
56e train/us-cftc-cx-futures-exchange-designated-contract-market-system-safeguards-false-statement-2022
56e train/us-cftc-tpsef-swap-execution-facility-15-second-delay-rule-cross-transactions-2022
56f dev/wp-future-plc
56f train/wp-eddie-stobart
56f train/wp-wagamama
56g dev/uk-cma-intercontinental-exchange-trayport-merger-case-page-sale-to-tmx-2017
56g train/uk-cma-hunter-douglas-247-home-furnishings-merger-phase-1-concerns-2020
56h dev/wp-synthomer
56h train/wp-london-lancashire
56i train/us-doj-atr-freyssinet-et-cie-french-construction-company-cable-stayed-bridges-bid-rigging-charge-1999
56j dev/wp-tundra-semiconductor
56j train/wp-filtronic
"""
ROUNDS = {"sec": "c e", "doj-cma": "a d g i", "wp": "b f h j"}
LANES = {"56" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("sec", 2), ("doj-cma", 2), ("wp", 2)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
assert len(rows) == 18 and set(rows) <= set(LANES), rows
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
sample_listed(LISTED, lane, plan, 56056, "/tmp/agree56-tmp")
