#!/usr/bin/env python3
"""Pick 6 of the 8 train and dev files of batch 43 (seed 44044) for a second blind annotation, and write stripped
copies (no gold fields) to /tmp/agree44-tmp/. Run from the repository root. The plan was fixed before the draw, which
was made in session 44 after batch 43's fourth round was in the corpus and before any annotation of this sample:
2 from the SEC lanes (43a, 43d), 3 from the Justice Department lanes (43c, 43e) and the one Wikinews file (43b; a
planned engineering overrun, annotated as a near-miss). eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
43a dev/us-sec-wells-fargo-former-ceo-stumpf-community-bank-tolstedt-2020
43a train/us-sec-tenaris-brazilian-subsidiary-petrobras-fcpa-2022
43b train/wn-uk-rail-regulator-launches-investigation-into-2007
43c dev/us-doj-republic-services-allied-waste-divestitures-2008
43c train/us-doj-federal-register-unitedhealth-pacificare-proposed-final-judgment-2006
43d train/us-sec-walgreens-former-ceo-wasson-cfo-miquelon-alliance-boots-merger-goal-2018
43e dev/us-doj-usao-edny-goldman-sachs-gs-malaysia-1mdb-fcpa-resolution-2020
43e train/us-doj-federal-register-abitibi-bowater-proposed-final-judgment-2007
"""
LANES = {"43a": "sec", "43d": "sec", "43c": "doj", "43e": "doj", "43b": "wikinews"}


def lane(b):
    return LANES[b]


plan = [("sec", 2), ("doj", 3), ("wikinews", 1)]
sample_listed(LISTED, lane, plan, 44044, "/tmp/agree44-tmp")
