#!/usr/bin/env python3
"""Pick 10 batch-25 train+dev files (seed 26026), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree26-tmp/ for a blind second annotation. Run from the repository root."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip, topics
# the batch-25 (25a + 25b) train and dev files as the lead listed them (/work/notes/s26-batch25-files.txt without
# its test lines; eval/corpus/test is never listed, opened or read here)
files = """dev/wn-brazilian-president-lula-met-chavez-military-2005 dev/wn-iranian-news-agency-reproduces-onion-article-2012
dev/wp-2016-tasmanian-energy-crisis dev/wp-august-2006-tokyo-blackout dev/wp-natarajan-chandrasekaran
train/wn-brazil-blames-human-error-2006-midair-2008 train/wn-china-offers-africa-financial-aid-including-2009
train/wn-cypriot-plane-121-board-crashes-greece-2005 train/wn-mass-panic-zimbabwean-officials-fake-air-2010
train/wn-spacex-successfully-test-fires-falcon-9-2008 train/wp-2016-kyiv-cyberattack train/wp-2024-internet-outage-in-africa
train/wp-digicel train/wp-haier train/wp-list-of-singapore-mrt-disruptions""".split()
files = ["eval/corpus/" + f + ".json" for f in files]
def batch(f):
    return "25a" if os.path.basename(f).startswith("wn-") else "25b"   # 25a Wikinews; 25b English Wikipedia
def kind(f):
    t = topics(f)
    # every batch-25 file tagged "deal" is also tagged "leadership", so "deal" is tested before "leadership"
    # (batch 24's order would have left the deal stratum empty)
    return "outage" if ("outage" in t or "near-miss" in t) else "deal" if "deal" in t else "leadership"
# 15 files: outage 3 + 5, deal 3 + 2, leadership 1 + 1 (25a + 25b); 10 drawn about in proportion (5, 3, 2), both
# source batches in every group, 5 from each batch
plan = [("outage-25a", 2), ("outage-25b", 3), ("deal-25a", 2), ("deal-25b", 1), ("leadership-25a", 1), ("leadership-25b", 1)]
groups, pick = draw(files, lambda f: kind(f) + "-" + batch(f), plan, 26026)
report(groups, pick, batch, ("25a", "25b"))
strip([f for _, f in pick], "/tmp/agree26-tmp")
