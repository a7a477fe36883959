#!/usr/bin/env python3
"""Pick 6 of the 14 train and dev files of batch 41 (seed 42042) for a second blind annotation, and write stripped
copies (no gold fields) to /tmp/agree42-tmp/. Run from the repository root. The plan was fixed before the draw, which
was made in session 42 after batch 41's eighth (last) round was in the corpus and before any annotation of this
sample: 3 from the deal lanes (41a CMA, 41c, 41h, 41k Justice Department), 3 from the regulators' and SEC lanes (41e,
41g, 41i Ofgem, 41j, 41m SEC). eval/corpus/test is never listed."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
41a dev/uk-cma-vandemoortele-delifrance-merger-remedies-proposed-2025
41a train/uk-cma-greencore-bakkavor-merger-remedies-proposed-2025
41c dev/us-doj-federal-register-hpe-juniper-proposed-final-judgment-2025
41c train/us-doj-federal-register-exelon-pseg-proposed-final-judgment-2006
41c train/us-doj-federal-register-keysight-spirent-proposed-final-judgment-2025
41g train/ofgem-press-release-eon-next-good-energy-octopus-compensation-failures-2023
41e train/us-sec-third-friday-management-lewitt-fund-misappropriation-2023
41h dev/us-doj-applied-materials-tokyo-electron-abandon-merger-2015
41h train/us-doj-alltel-western-wireless-divest-arkansas-kansas-nebraska-2005
41j dev/us-sec-stericycle-latin-america-bribery-miami-regional-office-2022
41j train/us-sec-kraft-heinz-former-coo-procurement-officer-accounting-scheme-2021
41i train/ofgem-press-release-national-grid-pays-3m-gas-network-repair-targets-nea
41m train/us-sec-microsoft-hungary-foreign-subsidiaries-fcpa-2019
41k train/us-doj-federal-register-cingular-att-wireless-divestitures-2004
"""
DEALS = {"41a", "41c", "41h", "41k"}


def lane(b):
    return "deals" if b in DEALS else "regulators"


plan = [("deals", 3), ("regulators", 3)]
sample_listed(LISTED, lane, plan, 42042, "/tmp/agree42-tmp")
