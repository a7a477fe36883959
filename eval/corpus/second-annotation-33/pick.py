#!/usr/bin/env python3
"""Pick 10 batch-32 train+dev files (seed 33033), one from each part 32a-32j (both rounds of session 33), and write
stripped copies (no gold fields) to /tmp/agree33-tmp/ for a blind second annotation. Run from the repository root.
The draw was made after both rounds were in the corpus (session 33, 18:25 UTC)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip
# the batch-32 train and dev files of parts a-j (eval/corpus/test is never listed)
listed = """32a dev/wp-joe-kaeser 32a dev/wp-stephen-elop 32a train/wp-fumiko-hayashi 32a train/wp-laura-cha 32a
train/wp-paul-polman 32a train/wp-terry-gou 32b dev/wp-goodreads 32b dev/wp-orkut 32b train/wp-geocities 32b
train/wp-hotmail 32b train/wp-napster 32b train/wp-picasa 32c
dev/hansard-written-answer-ita-mast-emley-moor-collapse-1969 32c
train/hansard-commons-orkney-shetland-cable-breakdowns-1914 32c
train/oireachtas-dail-cork-emergency-telephone-call-system-999-1964 32c train/wp-gnolia 32d dev/wp-mitsubishi-fuso
32d dev/wp-toyota-motor-manufacturing-czech 32d train/wp-masters-home-improvement 32d train/wp-renault-trucks 32d
train/wp-sony-bmg 32d train/wp-weetabix-limited 32e dev/wn-civil-unrest-iranian-cities-ahmadinejad-declares-2009 32e
dev/wn-trinidad-tv-host-bailed-teen-rape-2012 32e train/wn-ariane-rocket-launches-skynet-turksat-spacecraft-2008 32e
train/wn-cleo-dolly-merger-leaves-senior-australian-2013 32e train/wn-tony-blair-speaks-canada-2007 32e
train/wn-wikimania-2008-opens-bibliotheca-alexandrina-egypt-2008 32f
dev/us-dot-oig-faa-telecommunications-infrastructure-outage-2009 32f
train/oireachtas-dail-cork-telephone-subscribers-exchange-wrecked-1922 32f
train/wp-2024-baltic-sea-submarine-cable-disruptions 32f train/wp-shefa-2 32g
dev/wn-egypt-struggles-recover-tourism-investment-2012 32g dev/wn-wikinews-shorts-january-20-2008-2008 32g
train/wn-borussia-dortmund-announces-former-ajax-coach-2017 32g
train/wn-stingray-kills-head-diver-underwater-world-2016 32g
train/wn-wheelchair-rugby-tri-nations-series-begins-2013 32g train/wn-wikinews-shorts-january-23-2012-2012 32h
dev/wp-marcelo-claure 32h dev/wp-tara-fela-durotoye 32h train/wp-kalpana-saroj 32h train/wp-nasser-al-khelaifi 32h
train/wp-socorro-ramos 32h train/wp-tony-tan-caktiong 32i dev/wp-icq 32i dev/wp-periscope-service 32i
train/wp-foodpanda 32i train/wp-kik-app 32i train/wp-paysafecard 32i train/wp-wolt 32j dev/wp-siemens-vdo 32j
dev/wp-viacom18 32j train/wp-diebold-nixdorf 32j train/wp-st-ericsson 32j train/wp-tetley 32j
train/wp-vodafone-hutchison-australia""".split()
source_batch = {"eval/corpus/" + f + ".json": b for b, f in zip(listed[::2], listed[1::2])}
files = sorted(source_batch)


def batch(f):
    return source_batch[f]


# 56 files, 4-6 per part. Plan fixed before the draw: one from each of the ten parts.
parts = tuple("32" + x for x in "abcdefghij")
plan = [(p, 1) for p in parts]
groups, pick = draw(files, batch, plan, 33033)
report(groups, pick, batch, parts)
strip([f for _, f in pick], "/tmp/agree33-tmp")
