#!/usr/bin/env python3
"""Draw 6 of the 29 train and dev files of batch 60 (rounds 60a-60l; the train and dev files added between commits
0ac6b152 and 9c582fdf, listed by `git diff --name-only --diff-filter=A 0ac6b152 9c582fdf -- eval/corpus/train
eval/corpus/dev`; seed 60060) for a blind second annotation, and write their stripped copies (article fields only, no
gold) to /tmp/agree60-tmp/. Run from the repository root.
The plan was fixed before the draw, which came after batch 60 and the corpus README of session 56 (9c582fdf) were in
the corpus and before any second annotation of the sample: 2 files from the federal lanes (SEC texts: 60b, 60e, 60l)
and 4 from the Wikipedia lanes (60a, 60c, 60d, 60f, 60g, 60h, 60i, 60j, 60k). A group holding fewer files than its
share gives what it has and the other groups make up the rest, in the plan's order; the script prints a line when that
happens. A file's round is the eval/corpus/gather/batch60X.py that holds its id (found with grep -l); every id sits in
exactly one script. Before drawing, the script checks that LISTED equals the `git diff` output. eval/corpus/test is
never listed."""
import os
import subprocess
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
60a dev/wp-jacobs
60a train/wp-foyles
60a train/wp-waterford-wedgwood
60b dev/us-sec-sepracor-accounting-manager-potter-tipped-father-eli-lilly-license-termination-2003
60b train/us-sec-celadon-group-truckload-freight-accounting-fraud-used-trucks-2019
60c dev/wp-origin-systems
60c train/wp-dynamix
60c train/wp-teleprompter-corporation
60d dev/wp-the-source
60d train/wp-micronics-computers
60e train/us-sec-surgalign-rti-surgical-former-ceo-hutchison-former-cfo-jordheim-revenue-pull-forwards-2022
60f dev/wp-irrational-games
60f train/wp-film-roman
60f train/wp-steve-jackson-games
60g dev/wp-inktomi
60g train/wp-exodus-communications
60h dev/wp-frank-perkins
60h train/wp-coutts
60h train/wp-fyffes
60i dev/wp-national-mutual-life
60i train/wp-hp-foods
60i train/wp-scottish-amicable
60j dev/wp-mayfair-games
60j train/wp-little-tikes
60j train/wp-rankin-bass-productions
60k dev/wp-thinking-machines
60k train/wp-northpoint-communications
60l dev/us-sec-mccann-erickson-interpublic-former-cfo-lagreca-intercompany-accounting-fraud-2008
60l train/us-sec-charter-communications-former-coo-barford-cfo-kalkwarf-senior-vp-mccall-sentenced-2005
"""
ROUNDS = {"federal": "b e l", "wp": "a c d f g h i j k"}
LANES = {"60" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


GIT = subprocess.run(["git", "diff", "--name-only", "--diff-filter=A", "0ac6b152", "9c582fdf", "--",
                      "eval/corpus/train", "eval/corpus/dev"], capture_output=True, text=True, check=True).stdout
assert sorted("eval/corpus/" + line.split()[1] + ".json" for line in LISTED.strip().splitlines()) \
    == sorted(GIT.split()), "LISTED differs from the git diff output"
SHARE = [("federal", 2), ("wp", 4)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
assert len(rows) == 29 and set(rows) <= set(LANES), rows
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
sample_listed(LISTED, lane, plan, 60060, "/tmp/agree60-tmp")
