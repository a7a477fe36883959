#!/usr/bin/env python3
"""Pick 10 batch-29 train+dev files (seed 30030), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree30-tmp/ for a blind second annotation. Run from the repository root."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip, topics
# the batch-29 train and dev files with their source batch, as the lead listed them (/work/notes/s30-batch29-files.txt
# without its test lines; eval/corpus/test is never listed, opened or read here)
listed = """29a dev/wp-frank-lowy 29a dev/wp-marina-berlusconi 29a train/wp-alexei-mordashov 29a train/wp-indra-nooyi
29a train/wp-kaz-hirai 29a train/wp-rahmi-koc 29a train/wp-teresita-sy-coson
29b dev/wp-iridium-communications 29b dev/wp-qzone 29b dev/wp-tizen 29b train/wp-flixbus 29b train/wp-miles-and-more
29b train/wp-ola-cabs 29b train/wp-rupay 29b train/wp-t-money 29b train/wp-taobao 29b train/wp-weibo
29c dev/hansard-commons-frost-water-supply-barnes-1895 29c dev/hansard-lords-water-supply-st-georges-hanover-square-1881
29c train/hansard-commons-east-london-water-company-1896
29c train/hansard-commons-industrial-premises-surrey-power-cuts-1947
29c train/hansard-commons-telephone-exchanges-fire-risks-1905
29c train/hansard-written-answer-houses-of-parliament-lighting-1927
29c train/uk-commons-northern-ireland-affairs-committee-electricity-storm-1998
29d dev/wp-dresdner-bank 29d dev/wp-midland-bank 29d dev/wp-spark-new-zealand 29d train/wp-costa-coffee
29d train/wp-eon-uk 29d train/wp-jetlite 29d train/wp-promodes 29d train/wp-simplifly-deccan 29d train/wp-syngenta
29e dev/wn-kidnappers-release-two-aid-workers-darfur-2009 29e dev/wn-leaked-emails-show-uk-raf-were-2007
29e dev/wn-u2-tour-manager-dennis-sheehan-dies-2015
29e train/wn-california-judge-disqualified-from-predatory-lending-2012
29e train/wn-ioc-visits-madrid-part-2020-olympic-2013 29e train/wn-malaysia-airlines-flight-17-shot-down-2014
29e train/wn-save-children-organisation-suspends-all-activities-2018
29e train/wn-seven-dead-one-missing-two-survive-2009 29e train/wn-us-dept-justice-ip-address-blocked-2008""".split()
source_batch = {"eval/corpus/" + f + ".json": b for b, f in zip(listed[::2], listed[1::2])}
files = sorted(source_batch)
def batch(f):
    return source_batch[f]   # 29a to 29e as the lead's list gives them
def kind(f):
    t = topics(f)
    # the brief's order: outage or near-miss first, then leadership, then deal; texts with neither outage nor
    # leadership in topics ("deal", "product", "regulatory", "regulation") form the third group, named "deal" here
    return "outage" if ("outage" in t or "near-miss" in t) else "leadership" if "leadership" in t else "deal"
# 42 files: 29a leadership 7; 29b leadership 3, deal 7; 29c outage 7 (one near-miss); 29d outage 4 (all near-misses),
# leadership 1, deal 4; 29e outage 4, leadership 5. 10 drawn, two from each source batch (the brief), within a batch
# to its largest kinds as second-annotation-29 did: 29a leadership 2, 29b deal 2 (7 of its 10), 29c outage 2; 29d's
# outage and deal groups are equal (4 and 4) and 29e's near equal (leadership 5, outage 4): one of each. That gives
# outage 4, leadership 3, deal 3 against 15 / 16 / 11 in proportion (3.6 / 3.8 / 2.6); fixed before the draw
plan = [("leadership-29a", 2), ("deal-29b", 2), ("outage-29c", 2), ("outage-29d", 1), ("deal-29d", 1),
        ("leadership-29e", 1), ("outage-29e", 1)]
groups, pick = draw(files, lambda f: kind(f) + "-" + batch(f), plan, 30030)
report(groups, pick, batch, ("29a", "29b", "29c", "29d", "29e"))
strip([f for _, f in pick], "/tmp/agree30-tmp")
