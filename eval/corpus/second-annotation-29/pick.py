#!/usr/bin/env python3
"""Pick 10 batch-28 train+dev files (seed 29029), stratified by their `topics` and source batch, and write stripped
copies (no gold fields) to /tmp/agree29-tmp/ for a blind second annotation. Run from the repository root."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip, topics
# the batch-28 train and dev files with their source batch, as the lead listed them (/work/notes/s29-batch28-files.txt
# without its test lines; eval/corpus/test is never listed, opened or read here)
listed = """28a dev/wp-gracas-foster 28a dev/wp-peter-brabeck-letmathe 28a train/wp-arundhati-bhattacharya
28a train/wp-hiroshi-okuda 28a train/wp-jaime-zobel-de-ayala 28a train/wp-oleg-deripaska 28a train/wp-ursula-burns
28b dev/wp-booking-com 28b dev/wp-suica 28b dev/wp-waze 28b train/wp-blik 28b train/wp-globoplay 28b train/wp-paypay
28b train/wp-tidal 28b train/wp-vk-service 28b train/wp-zalo
28c dev/hansard-lords-gas-supplies-in-cold-weather-1969 28c dev/hansard-lords-west-london-electricity-power-failure-1964
28c dev/us-house-science-committee-letter-national-weather-service-outage
28c train/hansard-commons-gas-supplies-forest-of-dean-1960 28c train/hansard-lords-chobham-telephone-service-flood-1968
28c train/hansard-lords-rural-payments-agency-basic-payment-scheme-2015
28c train/hansard-written-answer-electricity-supply-merseyside-1993
28c train/hansard-written-answer-prestwick-air-traffic-control-power-failure-1990
28c train/hansard-written-answers-london-underground-power-failures-1993
28c train/us-library-of-congress-blog-fends-off-ddos-attack-2016
28d dev/wp-cathay-dragon 28d dev/wp-hero-motocorp 28d dev/wp-vodafone-india 28d train/wp-abbey-national
28d train/wp-essilorluxottica 28d train/wp-heidelberg-materials-uk 28d train/wp-pechiney 28d train/wp-vistara
28d train/wp-yukos
28e dev/wn-former-alberta-premier-jim-prentice-killed-2016 28e dev/wn-signalling-issues-stalled-train-disrupt-service-2016
28e train/wn-fatal-police-helicopter-crash-slovakia-due-2017 28e train/wn-iran-wreckage-found-plane-crashed-mountains-2018
28e train/wn-sallie-mae-leads-consumer-financial-protection-2013 28e train/wn-super-bowl-xlvii-ravens-defeat-49ers-2013
28e train/wn-u-presidential-candidate-mark-everson-challenges-2015""".split()
source_batch = {"eval/corpus/" + f + ".json": b for b, f in zip(listed[::2], listed[1::2])}
files = sorted(source_batch)
def batch(f):
    return source_batch[f]   # 28a to 28e as the lead's list gives them
def kind(f):
    t = topics(f)
    # the brief's order: outage or near-miss first, then leadership, then deal; texts with neither outage nor
    # leadership in topics ("deal", "product", "regulatory", "regulation") form the third group, named "deal" here
    return "outage" if ("outage" in t or "near-miss" in t) else "leadership" if "leadership" in t else "deal"
# 42 files: 28a leadership 7; 28b leadership 4, deal 5; 28c outage 10 (one near-miss); 28d outage 2 (near-misses),
# leadership 1, deal 6; 28e outage 5, leadership 1, deal 1. 10 drawn, two from each source batch (the brief), about in
# proportion to the kinds (outage 17, leadership 13, deal 12 -> 4, 3, 3); within a batch the picks go to its largest
# kinds (28b, whose two kinds are near equal, gives one of each; 28d's deal 6 of 9 and 28e's outage 5 of 7 give two),
# which gives 4 / 3 / 3; fixed before the draw
plan = [("leadership-28a", 2), ("leadership-28b", 1), ("deal-28b", 1), ("outage-28c", 2), ("deal-28d", 2),
        ("outage-28e", 2)]
groups, pick = draw(files, lambda f: kind(f) + "-" + batch(f), plan, 29029)
report(groups, pick, batch, ("28a", "28b", "28c", "28d", "28e"))
strip([f for _, f in pick], "/tmp/agree29-tmp")
