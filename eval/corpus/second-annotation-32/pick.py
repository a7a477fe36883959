#!/usr/bin/env python3
"""Pick 10 batch-31 train+dev files (seed 32032) from parts 31a-31e (the first round of session 32), two from each
part, and write stripped copies (no gold fields) to /tmp/agree32-tmp/ for a blind second annotation. Run from the
repository root. Parts 31f-31j were still being gathered when the draw was made (session 32, 15:45 UTC)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip
# the batch-31 train and dev files of parts a-e (eval/corpus/test is never listed)
listed = """31a dev/wp-horst-paulmann 31a dev/wp-ren-zhengfei 31a train/wp-florentino-perez 31a train/wp-narayana-murthy
31a train/wp-pham-nhat-vuong 31a train/wp-shiv-nadar
31b dev/wp-dailymotion 31b dev/wp-mobike 31b train/wp-cyworld 31b train/wp-gcash
31b train/wp-melon-online-music-service 31b train/wp-proton-mail
31c dev/wp-galaxy-iv 31c train/us-house-lujan-letter-fema-natural-gas-outage-new-mexico-2011
31c train/wp-howard-street-tunnel-fire
31d dev/wp-fairmont-hotels-resorts 31d dev/wp-the-body-shop 31d train/wp-club-med 31d train/wp-penguin-random-house
31d train/wp-sanlu-group 31d train/wp-wahaha-joint-venture
31e dev/wn-g-tze-make-dortmund-return-sch-2016 31e dev/wn-us-white-house-correspondent-helen-thomas-2010
31e train/wn-former-cia-agent-indicted-leaking-classified-2011
31e train/wn-nasa-launches-exoplanet-hunting-satellite-tess-2018
31e train/wn-united-states-dr-larry-nassar-sentenced-2018
31e train/wn-video-man-tasered-vancouver-airport-released-2007""".split()
source_batch = {"eval/corpus/" + f + ".json": b for b, f in zip(listed[::2], listed[1::2])}
files = sorted(source_batch)


def batch(f):
    return source_batch[f]


# 27 files: 31a 6, 31b 6, 31c 3, 31d 6, 31e 6. Plan fixed before the draw: two from each part (31c's two outage
# texts and its near-miss compete for two places).
plan = [("31a", 2), ("31b", 2), ("31c", 2), ("31d", 2), ("31e", 2)]
groups, pick = draw(files, batch, plan, 32032)
report(groups, pick, batch, ("31a", "31b", "31c", "31d", "31e"))
strip([f for _, f in pick], "/tmp/agree32-tmp")
