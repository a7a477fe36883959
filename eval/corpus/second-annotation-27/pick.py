#!/usr/bin/env python3
"""Pick 10 batch-26 train+dev files (seed 27027), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree27-tmp/ for a blind second annotation. Run from the repository root."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip, topics
# the batch-26 train and dev files with their source batch, as the lead listed them (/work/notes/s27-batch26-files.txt
# without its test lines; eval/corpus/test is never listed, opened or read here)
listed = """26a dev/wn-colombia-hit-nationwide-power-outage-2007 26a dev/wn-modern-radio-drama-paranoria-tx-releases-2017
26a dev/wn-united-states-two-killed-more-than-2018 26b dev/wp-2015-pakistan-blackout 26b dev/wp-2022-optus-data-breach
26c dev/wp-kenya-airways 26c dev/wp-namco 26c dev/wp-tony-elumelu
26a train/wn-bbc-global-poll-finds-majority-feel-2006 26a train/wn-dozens-killed-congo-plane-crash-transport-2007
26a train/wn-massive-earthquake-hits-indonesia-no-tsunami-2012 26a train/wn-nasas-insight-lander-marco-craft-launch-2018
26a train/wn-tornado-hits-downtown-atlanta-2008 26b train/wp-2011-chile-blackout 26b train/wp-2021-facebook-outage
26b train/wp-2022-bangladesh-blackout 26b train/wp-dumsor 26c train/wp-globe-telecom 26c train/wp-kotak-mahindra-bank
26c train/wp-multichoice 26c train/wp-phonepe 26c train/wp-taito 26c train/wp-televisa""".split()
source_batch = {"eval/corpus/" + f + ".json": b for b, f in zip(listed[::2], listed[1::2])}
files = sorted(source_batch)
def batch(f):
    return source_batch[f]   # 26a, 26b, 26c as the lead's list gives them
def kind(f):
    t = topics(f)
    # the brief's order: outage or near-miss first, then leadership, then deal
    return "outage" if ("outage" in t or "near-miss" in t) else "leadership" if "leadership" in t else "deal"
# 23 files: 26a outage 5, leadership 2, deal 1; 26b outage 6; 26c leadership 5, deal 4. 10 drawn about in proportion
# to the kinds (outage 11, leadership 7, deal 5 -> 5, 3, 2) and about a third from each source batch (4, 3, 3); the
# single 26a deal file is taken whole
plan = [("outage-26a", 2), ("outage-26b", 3), ("leadership-26a", 1), ("leadership-26c", 2), ("deal-26a", 1),
        ("deal-26c", 1)]
groups, pick = draw(files, lambda f: kind(f) + "-" + batch(f), plan, 27027)
report(groups, pick, batch, ("26a", "26b", "26c"))
strip([f for _, f in pick], "/tmp/agree27-tmp")
