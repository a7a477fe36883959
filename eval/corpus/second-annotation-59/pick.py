#!/usr/bin/env python3
"""Draw 6 of the 22 train and dev files of batch 59 (rounds 59a-59j; the train and dev files added between commits
4eb9c911 and 0ac6b152, listed by `git diff --name-only --diff-filter=A 4eb9c911 0ac6b152 -- eval/corpus/train
eval/corpus/dev`; seed 59059) for a blind second annotation, and write their stripped copies (article fields only, no
gold) to /tmp/agree59-tmp/. Run from the repository root.
The plan was fixed before the draw, which came after round 59j (0ac6b152) was in the corpus and before any second
annotation of the sample: 2 files from the federal lanes (SEC litigation releases: 59b, 59g) and 4 from the Wikipedia
lanes (59a, 59c, 59d, 59e, 59f, 59h, 59i, 59j). A group holding fewer files than its share gives what it has and the
other groups make up the rest, in the plan's order; the script prints a line when that happens. A file's round is the
eval/corpus/gather/batch59X.py that holds its id (found with grep -l); every id sits in exactly one script. Round 59i's
one file is in test and so not listed. eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
59a dev/wp-phaidon-press
59a train/wp-ottakars
59b train/us-sec-df-r-restaurants-director-johnson-tipped-sanders-insider-trading-consent-judgments-1997
59c dev/wp-realtime-worlds
59c train/wp-ratbag-games
59c train/wp-relic-entertainment
59d dev/wp-red-funnel
59d train/wp-expressjet
59d train/wp-travelodge-uk
59e dev/wp-digex
59e train/wp-compuserve
59e train/wp-s3-graphics
59f dev/wp-thames-hudson
59f train/wp-hatchards
59g dev/us-sec-tyson-foods-chairman-tyson-tipped-cameron-arctic-alaska-fisheries-insider-trading-1996
59g train/us-sec-panax-pharmaceutical-scirex-vice-president-rosenberg-silver-insider-trading-1999
59h dev/wp-criterion-games
59h train/wp-cosgrove-hall-films
59h train/wp-mainframe-studios
59j dev/wp-spyglass
59j train/wp-prodigy
59j train/wp-tseng-labs
"""
ROUNDS = {"federal": "b g", "wp": "a c d e f h i j"}
LANES = {"59" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("federal", 2), ("wp", 4)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
assert len(rows) == 22 and set(rows) <= set(LANES), rows
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
sample_listed(LISTED, lane, plan, 59059, "/tmp/agree59-tmp")
