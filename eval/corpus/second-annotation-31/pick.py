#!/usr/bin/env python3
"""Pick 10 batch-30 train+dev files (seed 31031) from parts 30b-30e, two or three from each, and write stripped copies
(no gold fields) to /tmp/agree31-tmp/ for a blind second annotation. Run from the repository root. Part 30a was not
yet committed when the draw was made (session 31, 13:30 UTC), so it is not in the sample."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip
# the batch-30 train and dev files of parts b-e, as their commits added them (eval/corpus/test is never listed)
listed = """30b dev/wp-mbc-group 30b train/wp-ifood 30b train/wp-pix-payment-system 30b train/wp-touch-n-go-ewallet
30b train/wp-viutvsix
30c dev/wp-power-outages-in-malaysia 30c train/wp-anthem-medical-data-breach
30d dev/wp-canadian-airlines 30d dev/wp-schering-ag 30d train/wp-bullfrog-productions 30d train/wp-hana-bank
30d train/wp-polygram 30d train/wp-serono 30d train/wp-wind-italy
30e dev/wn-renewed-concern-over-nuclear-response-following-2011 30e dev/wn-two-un-contract-workers-kidnapped-somalia-2008
30e train/wn-jim-murphy-announces-resignation-scottish-labour-2015 30e train/wn-taipei-plane-crash-toll-reaches-40-2015
30e train/wn-tsvangirai-campaign-rallies-banned-zimbabwe-2008 30e train/wn-wikinews-shorts-january-20-2012-2012
30e train/wn-world-health-organization-calls-ban-tobacco-2008""".split()
source_batch = {"eval/corpus/" + f + ".json": b for b, f in zip(listed[::2], listed[1::2])}
files = sorted(source_batch)
def batch(f):
    return source_batch[f]
# 21 files: 30b 5, 30c 2 (one outage text, one near-miss), 30d 7, 30e 7. Plan fixed before the draw: both of 30c
# (the only outage texts), two of 30b, three each of the two largest parts.
plan = [("30b", 2), ("30c", 2), ("30d", 3), ("30e", 3)]
groups, pick = draw(files, batch, plan, 31031)
report(groups, pick, batch, ("30b", "30c", "30d", "30e"))
strip([f for _, f in pick], "/tmp/agree31-tmp")
