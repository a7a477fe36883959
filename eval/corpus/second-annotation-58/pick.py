#!/usr/bin/env python3
"""Draw 6 of the 33 train and dev files of batch 58 (rounds 58a-58o; the train and dev files added between commits
1e2110db and e501d7c9, listed by `git diff --name-only --diff-filter=A 1e2110db e501d7c9 -- eval/corpus/train
eval/corpus/dev`; seed 58058) for a blind second annotation, and write their stripped copies (article fields only, no
gold) to /tmp/agree58-tmp/. Run from the repository root.
The plan was fixed before the draw, which came after round 58n (e501d7c9) was in the corpus and before any second
annotation of the sample: 2 files from the federal lanes (SEC, CFTC, Justice Department and US Attorneys: 58b, 58f,
58i, 58m, 58o), 1 from the CMA lane (58d) and 3 from the Wikipedia lanes (58a, 58c, 58e, 58g, 58h, 58j, 58k, 58l,
58n). A group holding fewer files than its share gives what it has and the other groups make up the rest, in the
plan's order; the script prints a line when that happens. A file's round is the eval/corpus/gather/batch58X.py that
holds its id (found with grep -l). One id, wp-sterling-airlines, sits in two scripts (58k and 58l, both Wikipedia
lanes); it is listed under 58k, the round whose commit added the file. Round 58i's one file is in test and so not
listed. eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
58a dev/wp-microprose
58a train/wp-island-fm
58a train/wp-pentland-ferries
58b train/us-usao-ndil-groeb-farms-honey-holding-honey-solutions-illegal-chinese-honey-imports-murphy-couture-2013
58c dev/wp-troika-games
58c train/wp-silicon-knights
58c train/wp-wargaming-seattle
58d dev/uk-cma-tarmac-trading-crh-alun-griffiths-merger-case-page-2018
58d train/uk-cma-mcgraw-hill-cengage-merger-case-page-reference-cancelled-2020
58e dev/wp-lotus-bakeries
58e train/wp-leonidas-chocolate-maker
58e train/wp-red-roof-inn
58f train/us-doj-opa-toyo-ink-manufacturing-us-subsidiaries-false-claims-import-duties-intervention-2012
58g dev/wp-singletrac
58g train/wp-pandemic-studios
58g train/wp-terminal-reality
58h dev/wp-sons-of-gwalia
58h train/wp-ellerman-lines
58h train/wp-tata-chemicals-europe
58j dev/wp-dragon-data
58j train/wp-cyrix
58j train/wp-general-magic
58k dev/wp-sterling-airlines
58k train/wp-brymon-airways
58k train/wp-thistle-hotels
58l dev/wp-shiny-entertainment
58l train/wp-cimber-sterling
58m dev/us-sec-teltran-international-chairman-ceo-lerner-channelnet-acquisition-revenue-overstatement-2002
58m train/us-sec-sport-haley-chairman-former-ceo-tomlinson-former-controller-auger-inventory-fraud-2003
58n dev/wp-micro-forte
58n train/wp-coktel-vision
58n train/wp-team-bondi
58o train/us-doj-opa-us-investigations-services-usis-altegrity-opm-background-investigations-false-claims-2015
"""
ROUNDS = {"federal": "b f i m o", "cma": "d", "wp": "a c e g h j k l n"}
LANES = {"58" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("federal", 2), ("cma", 1), ("wp", 3)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
assert len(rows) == 33 and set(rows) <= set(LANES), rows
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
sample_listed(LISTED, lane, plan, 58058, "/tmp/agree58-tmp")
