#!/usr/bin/env python3
"""Pick 6 of the 23 train and dev files of batch 45 (session 46's four rounds; seed 46046) for a second blind
annotation, and write stripped copies (no gold fields) to /tmp/agree46-tmp/. Run from the repository root. The plan
was fixed before the draw, which was made in session 46 after the fourth round was in the corpus and before any
annotation of this sample: 2 from the outage lanes (45i, 45n, 45q), 2 from the SEC lanes (45a, 45f, 45k, 45p), 1 from
the Justice Department lanes (45b, 45d, 45g, 45j, 45l) and 1 from the FCC lanes (45c, 45h, 45m). eval/corpus/test is
never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
45a dev/us-sec-dana-corporation-former-heavy-vehicle-president-cole-vice-presidents-fraud-2009
45a train/us-sec-brightpoint-aig-former-officers-bounsall-delaney-insurance-product-fraud-2003
45b train/us-doj-federal-register-raytheon-texas-instruments-defense-systems-electronics-proposed-final-judgment-1997
45c dev/us-fcc-sbc-pacific-telesis-transfer-of-control-granted-news-release-1997
45c train/us-fcc-qwest-us-west-transfer-of-control-approved-news-release-2000
45d train/us-doj-federal-register-att-mediaone-road-runner-proposed-final-judgment-2000
45f dev/us-sec-proquest-information-learning-division-former-cfo-hirth-fraud-2008
45f train/us-sec-measurement-specialties-former-cfo-dischino-fraud-insider-trading-2004
45g train/us-doj-bank-of-boston-baybanks-divest-branches-ustrust-1996
45h dev/us-fcc-voicestream-omnipoint-cook-inlet-license-transfers-approved-news-release-2000
45h train/us-fcc-vodafone-airtouch-transfer-of-control-approved-news-release-1999
45i train/us-house-van-hollen-letter-pepco-storm-power-outages-2011
45j train/us-doj-suiza-foods-dean-foods-divest-eleven-dairy-plants-2001
45k train/us-sec-veritas-software-settled-fraud-aol-round-trip-symantec-2007
45l train/us-doj-figgie-international-former-ceo-premerger-reporting-civil-penalties-1997
45m dev/us-fcc-telecorp-tritel-merger-applications-granted-news-release-2000
45m train/us-fcc-sbc-bellsouth-alloy-wireless-license-transfers-approved-news-release-2000
45n dev/us-senate-blumenthal-ct-delegation-letter-ferc-clp-northeast-utilities-october-storm-2011
45n train/us-house-king-letter-obama-lipa-sandy-power-restoration-2012
45p dev/us-sec-taylor-bean-whitaker-former-ceo-allen-former-chairman-farkas-tarp-2011
45p train/us-sec-nortel-networks-four-former-executives-ceo-cfo-controllers-fraud-2007
45q dev/us-senate-schumer-gillibrand-letters-con-edison-nyseg-riley-quinn-outages-2018
45q train/us-senate-gillibrand-schumer-letter-nyseg-rge-april-wind-storm-outages-2018
"""
LANES = {"45i": "outage", "45n": "outage", "45q": "outage", "45a": "sec", "45f": "sec", "45k": "sec", "45p": "sec",
         "45b": "doj", "45d": "doj", "45g": "doj", "45j": "doj", "45l": "doj", "45c": "fcc", "45h": "fcc", "45m": "fcc"}


def lane(b):
    return LANES[b]


plan = [("outage", 2), ("sec", 2), ("doj", 1), ("fcc", 1)]
sample_listed(LISTED, lane, plan, 46046, "/tmp/agree46-tmp")
