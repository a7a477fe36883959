#!/usr/bin/env python3
"""Pick 10 batch-24 train+dev files (seed 25025), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree25-tmp/ for a blind second annotation. Run from the repository root."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip, topics
# the batch-24 (24a + 24b) train and dev files as the lead listed them (/work/notes/s25-batch24ab-files.txt without
# its test lines; eval/corpus/test is never listed, opened or read here)
files = """dev/gov-uk-hmt-john-flint-uk-infrastructure-bank-ceo-2021 dev/wn-california-it-company-create-100-new-2005
dev/wn-former-worldcom-ceo-ebbers-sentenced-25-2005 dev/wn-yahoo-announces-closure-briefcase-2009
dev/wp-2023-brazil-blackout dev/wp-millicom train/gov-uk-beis-kwarteng-storm-eunice-power-statement-2022
train/wn-bucharest-metro-operator-purchase-more-modern-2005 train/wn-canadian-airline-jetsgo-ceases-operations-17-2005
train/wn-enron-founder-ken-lay-dies-aspen-2006 train/wn-halliburtons-kbr-awarded-half-billion-dollar-2005
train/wn-uk-tube-company-metronet-goes-into-2007 train/wn-yahoo-chooses-dublin-location-new-european-2005
train/wp-1999-southern-brazil-blackout train/wp-2018-hokkaido-eastern-iburi-earthquake train/wp-flutter-entertainment
train/wp-ladbrokes-coral""".split()
files = ["eval/corpus/" + f + ".json" for f in files]
def batch(f):
    return "24a" if os.path.basename(f).startswith("wn-") else "24b"   # 24a Wikinews; 24b Wikipedia, public texts
def kind(f):
    t = topics(f)
    return "outage" if ("outage" in t or "near-miss" in t) else "leadership" if "leadership" in t else "deal"
# 17 files: outage 3 + 4, leadership 5 + 3, deal 1 + 1 (24a + 24b); 10 drawn about in proportion (4, 4, 2), both
# source batches in every group, 5 from each batch
plan = [("outage-24a", 2), ("outage-24b", 2), ("leadership-24a", 2), ("leadership-24b", 2), ("deal-24a", 1), ("deal-24b", 1)]
groups, pick = draw(files, lambda f: kind(f) + "-" + batch(f), plan, 25025)
report(groups, pick, batch, ("24a", "24b"))
strip([f for _, f in pick], "/tmp/agree25-tmp")
