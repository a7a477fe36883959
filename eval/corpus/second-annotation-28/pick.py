#!/usr/bin/env python3
"""Pick 10 batch-27 train+dev files (seed 28028), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree28-tmp/ for a blind second annotation. Run from the repository root."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip, topics
# the batch-27 train and dev files with their source batch, as the lead listed them (/work/notes/s28-batch27-files.txt
# without its test lines; eval/corpus/test is never listed, opened or read here)
listed = """27a dev/wp-carlos-slim 27a dev/wp-isabel-dos-santos 27a dev/wp-morris-chang 27a train/wp-belinda-stronach
27a train/wp-cher-wang 27a train/wp-gail-kelly 27a train/wp-kiran-mazumdar-shaw 27a train/wp-masayoshi-son
27a train/wp-patrice-motsepe 27a train/wp-vittorio-colao
27b dev/wp-careem 27b dev/wp-skyscanner 27b dev/wp-wechat 27b train/wp-bytedance 27b train/wp-econet-wireless
27b train/wp-monzo 27b train/wp-spotify 27b train/wp-trivago 27b train/wp-yandex
27c dev/ofgem-statement-sheffield-gas-supply-incident-cadent
27c train/ofgem-press-release-investigate-ukpn-sse-christmas-storms-2014
27c train/us-courts-statement-cyberattacks-case-management-system-2025 27c train/wp-power-outages-in-sri-lanka
27c train/wp-south-african-energy-crisis
27d dev/wp-endesa 27d dev/wp-rio-tinto-alcan 27d dev/wp-swissair 27d train/wp-bg-group 27d train/wp-google-android-case
27d train/wp-o2-uk 27d train/wp-scottish-newcastle 27d train/wp-shire 27d train/wp-vale-canada""".split()
source_batch = {"eval/corpus/" + f + ".json": b for b, f in zip(listed[::2], listed[1::2])}
files = sorted(source_batch)
def batch(f):
    return source_batch[f]   # 27a, 27b, 27c, 27d as the lead's list gives them
def kind(f):
    t = topics(f)
    # the brief's order: outage or near-miss first, then leadership, then deal; texts with neither outage nor
    # leadership in topics ("deal", "product", "regulatory") form the third group, named "deal" here
    return "outage" if ("outage" in t or "near-miss" in t) else "leadership" if "leadership" in t else "deal"
# 33 files: 27a leadership 10; 27b leadership 7, deal 2 (both "product"); 27c outage 5; 27d leadership 2, deal 7.
# 10 drawn about in proportion to the kinds (leadership 19, deal 9, outage 5 -> 5, 3, 2) and about a quarter from
# each source batch, with 27c's five files giving 2 (3, 2, 2, 3 for 27a, 27b, 27c, 27d: the 10 27a files give 3;
# 27b and 27d, nine files each, give 2 and 3, fixed in advance); within 27b and 27d each kind present gets one or more
plan = [("leadership-27a", 3), ("leadership-27b", 1), ("deal-27b", 1), ("outage-27c", 2), ("leadership-27d", 1),
        ("deal-27d", 2)]
groups, pick = draw(files, lambda f: kind(f) + "-" + batch(f), plan, 28028)
report(groups, pick, batch, ("27a", "27b", "27c", "27d"))
strip([f for _, f in pick], "/tmp/agree28-tmp")
