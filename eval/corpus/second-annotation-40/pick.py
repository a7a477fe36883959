#!/usr/bin/env python3
"""Pick 8 of batch 39's 13 train and dev files (seed 40040) for a blind second annotation, and write stripped copies
(no gold fields) to /tmp/agree40-tmp/. Run from the repository root. The plan was fixed before the draw, which was
made in session 40 after batch 39's fourth round was in the corpus and before any second annotation: 6 from the
outage lanes (39e, g, i, k, n, o, p), 2 from the Voice of America business lanes (39d, j). eval/corpus/test is never
listed."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip

LISTED = """
39d train/voa-infosys-profit-gopalakrishnan-sinosteel-midwest-stake-2008
39d dev/voa-tap-gas-pipeline-adb-qantas-air-new-zealand-alliance-infosys-2003
39e train/oireachtas-seanad-cavan-monaghan-broadband-outages-storm-eowyn-eir-2025
39g train/us-fcc-pai-statement-hurricanes-harvey-irma-maria-puerto-rico-no-power-cell-sites
39i train/hansard-commons-water-bill-thames-water-dulwich-burst-beckenham-penge-2025
39i dev/hansard-westminster-hall-power-cuts-north-finchley-uk-power-networks-2014
39j train/voa-sony-profit-forecast-cfo-oneda-honda-profit-2007
39k train/hansard-commons-storm-eowyn-strangford-northern-ireland-electricity-power-cuts-2025
39n train/uk-parliament-ni-affairs-committee-memorandum-northern-electric-storm-1999
39o train/uk-parliament-ni-affairs-committee-memorandum-scottish-hydro-electric-storm-1999
39o train/uk-parliament-ni-affairs-committee-memorandum-seeboard-storm-1999
39o dev/uk-parliament-ni-affairs-committee-memorandum-scottish-power-storm-1999
39p train/wp-moore-county-substation-attack
"""
source_batch = {"eval/corpus/" + f + ".json": b for b, f in (line.split() for line in LISTED.strip().splitlines())}
files = sorted(source_batch)
LANES = {"outage": "egiknop", "voa": "dj"}


def lane(f):
    return next(k for k, parts in LANES.items() if source_batch[f][2] in parts)


plan = [("outage", 6), ("voa", 2)]
groups, pick = draw(files, lane, plan, 40040)
report(groups, pick, lambda f: source_batch[f], sorted(set(source_batch.values())))
strip([f for _, f in pick], "/tmp/agree40-tmp")
