#!/usr/bin/env python3
"""Pick 12 train+dev files of batches 33 and 34 (seed 35035), one from each part whose pool script names its ids
(33a, b, d, e, f, g and 34a, b, d, e, f, g; the Wikinews parts c name theirs another way and are left out), and write
stripped copies (no gold fields) to /tmp/agree35-tmp/ for a blind second annotation. Run from the repository root.
The draw was made after batch 34 was in the corpus (session 35, 22:58 UTC), before any second annotation."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip
# the batch-33 and batch-34 train and dev files of those parts (eval/corpus/test is never listed)
listed = """33a train/hansard-commons-colliery-ventilation-fan-stoppage-south-birtley-1951 33a
dev/hansard-commons-electricity-supplies-interruption-kingwood-1957 33a
train/hansard-commons-palace-of-westminster-power-supplies-1984 33a
train/oireachtas-dail-telephone-service-breakdown-denied-1963 33b
train/fcc-hamilton-innocaption-sprint-ip-cts-911-calls-2015 33b
dev/fcc-logix-communications-outage-reporting-consent-decree-2020 33b train/fcc-verizon-final-outage-report-nal-2010
33d train/wp-astra-ab 33d dev/wp-beecham-group 33d train/wp-grupo-financiero-banamex 33d train/wp-pharmacia 33d
dev/wp-skandia 33d train/wp-wmc-resources 33e train/wp-goh-choon-phong 33e dev/wp-jose-ignacio-sanchez-galan 33e
train/wp-nonkululeko-nyembezi-heita 33e train/wp-terry-leahy 33f train/wp-mobile-by-sainsburys 33f dev/wp-mxit 33f
train/wp-qunar 33f train/wp-tesco-mobile 33f dev/wp-tuenti 33g
train/scottish-government-storm-isha-jocelyn-resilience-power-2024 33g
dev/scottish-government-storm-malik-corrie-impact-update-power-2022 34a
train/hansard-commons-emergency-electricity-supplies-london-hospital-1962 34a
dev/hansard-commons-telegraph-public-intelligence-west-of-england-1870 34a
train/hansard-commons-telegraphic-communication-weather-failure-1870 34a
train/oireachtas-dail-telephone-service-phoenix-park-races-breakdown-1966 34b
train/us-fsa-data-center-relocation-outage-reminder-2008 34b dev/us-fsa-saig-mailbox-functions-outage-alert-2013 34b
train/us-irs-statement-hardware-failure-e-file-systems-2016 34b
train/us-senate-help-cassidy-foxx-fafsa-system-failures-2024 34d train/wp-e-wedel 34d dev/wp-magyar-telekom 34d
train/wp-master-kong 34d train/wp-tiger-brands 34d dev/wp-tnt-express 34e train/wp-cheng-wei 34e
dev/wp-eugene-kaspersky 34e train/wp-li-shufu 34e train/wp-wang-chuanfu 34f train/wp-kuaishou 34f dev/wp-line-software
34f train/wp-tencent-qq 34f train/wp-xiaohongshu 34g train/hansard-commons-bexley-power-cuts-edf-2009 34g
dev/hansard-commons-millennium-compliance-review-1999 34g
train/hansard-lords-flooding-storm-desmond-lancaster-substation-2015 34g
train/parliament-pac-press-notice-criminal-records-bureau-2004""".split()
source_batch = {"eval/corpus/" + f + ".json": b for b, f in zip(listed[::2], listed[1::2])}
files = sorted(source_batch)


def batch(f):
    return source_batch[f]


# 49 files, 2-6 per part. Plan fixed before the draw: one from each of the twelve parts.
parts = tuple("33" + x for x in "abdefg") + tuple("34" + x for x in "abdefg")
plan = [(p, 1) for p in parts]
groups, pick = draw(files, batch, plan, 35035)
report(groups, pick, batch, parts)
strip([f for _, f in pick], "/tmp/agree35-tmp")
