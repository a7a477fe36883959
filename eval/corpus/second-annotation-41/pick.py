#!/usr/bin/env python3
"""Pick 8 of batch 40's 22 train and dev files (seed 41041) for a blind second annotation, and write stripped copies
(no gold fields) to /tmp/agree41-tmp/. Run from the repository root. The plan was fixed before the draw, which was
made in session 41 after batch 40's fourth round was in the corpus and before any second annotation: 4 from the
outage lanes (40a, b, c, d, g), 4 from the company lanes (40e, f, j, l, m, o). eval/corpus/test is never listed."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip

LISTED = """
40d dev/us-doj-usao-ut-mcrae-pleads-guilty-garkane-buckskin-substation-2019
40e dev/voa-ufj-okihara-mtfg-miki-mitsubishi-motors-okazaki-restructuring-2004
40m dev/wn-business-brief-december-20-2005-2005
40j dev/wn-microsoft-faults-google-copyright-protection-practices-2007
40l dev/wn-snowy-hydro-scheme-go-public-2006
40f dev/wn-yahoo-releases-mobile-phone-search-engine-2007
40o dev/wp-tucows-company-history
40b train/hansard-commons-west-coast-main-line-network-rail-overhead-line-failures-2009
40g train/uk-parliament-ni-affairs-committee-memorandum-eastern-group-storm-1999
40a train/uk-parliament-ni-affairs-committee-memorandum-yorkshire-electricity-storm-1999
40d train/us-doj-usao-ut-fisher-charged-bringing-down-vernal-wireless-internet-2006
40e train/voa-sony-playstation-3-launch-totsu-sangyo-noguchi-jaxa-nasa-jet-2006
40m train/wn-business-brief-december-16-2005-2005
40m train/wn-business-briefs-december-5-2005-2005
40j train/wn-international-media-mogul-conrad-black-convicted-2007
40j train/wn-online-poker-firm-set-multibillion-pound-2005
40l train/wn-peter-jackson-banned-from-working-new-2007
40f train/wn-thailand-orders-ample-rich-directors-pay-2007
40l train/wn-venezuela-bans-coke-zero-over-unspecified-2009
40f train/wn-yahoos-new-internet-ad-sales-system-2007
40o train/wp-forcepoint-websense
40c train/wp-sayano-shushenskaya-power-station-accident
"""
source_batch = {"eval/corpus/" + f + ".json": b for b, f in (line.split() for line in LISTED.strip().splitlines())}
files = sorted(source_batch)
LANES = {"outage": "abcdg", "company": "efjlmo"}


def lane(f):
    return next(k for k, parts in LANES.items() if source_batch[f][2] in parts)


plan = [("outage", 4), ("company", 4)]
groups, pick = draw(files, lane, plan, 41041)
report(groups, pick, lambda f: source_batch[f], sorted(set(source_batch.values())))
strip([f for _, f in pick], "/tmp/agree41-tmp")
