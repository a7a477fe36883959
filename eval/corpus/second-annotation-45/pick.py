#!/usr/bin/env python3
"""Pick 6 of the 23 train and dev files of batch 44's first three rounds (seed 45045) for a second blind annotation,
and write stripped copies (no gold fields) to /tmp/agree45-tmp/. Run from the repository root. The plan was fixed
before the draw, which was made in session 45 after the third round was in the corpus and before any annotation of
this sample: 2 from the SEC lanes (44d, 44h), 2 from the Justice Department lanes (44a, 44c, 44e, 44f) and 2 from
the FCC lanes (44b, 44g). eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
44a dev/us-doj-federal-register-signature-flight-support-international-aviation-proposed-final-judgment-1997
44a train/us-doj-federal-register-american-radio-systems-ez-communications-proposed-final-judgment-1997
44a train/us-doj-interstate-bakeries-civil-contempt-webers-four-s-bimbo-bakeries-1999
44b dev/us-fcc-rchc-lonsdale-telephone-transfer-of-control-granted-public-notice-2020
44b train/us-fcc-arvig-diversicom-melrose-telephone-transfer-of-control-public-notice-2010
44b train/us-fcc-tds-chorus-communications-transfer-of-control-public-notice-2001
44c dev/us-doj-federal-register-flowserve-ingersoll-dresser-pump-proposed-final-judgment-2000
44c train/us-doj-danone-whitewave-divest-stonyfield-farms-2017
44d dev/us-sec-sunbeam-former-ceo-dunlap-officers-arthur-andersen-partner-2001
44d train/us-sec-rite-aid-former-cfo-bergonzi-settlement-former-ceo-grass-2004
44d train/us-sec-symbol-technologies-former-president-ceo-razmilovic-executives-fraud-2004
44e dev/us-doj-federal-register-signature-flight-support-amr-combs-public-comments-1999
44e train/us-doj-federal-register-interstate-bakeries-continental-baking-proposed-final-judgment-1995
44e train/us-doj-westinghouse-infinity-divest-radio-stations-boston-philadelphia-1996
44f dev/us-doj-georgia-pacific-fort-james-divest-commercial-tissue-2000
44f train/us-doj-federal-register-unitedhealth-sierra-health-services-proposed-final-judgment-2008
44f train/us-doj-univision-hispanic-broadcasting-entravision-stake-2003
44g dev/us-fcc-rchc-cannon-valley-communications-transfer-of-control-public-notice-2007
44g train/us-fcc-nex-tech-emmental-moundridge-telephone-transfer-of-control-public-notice-2022
44g train/us-fcc-schurz-new-knoxville-telephone-transfer-of-control-granted-public-notice-2021
44h dev/us-sec-refco-former-chairman-ceo-bennett-fraud-2008
44h train/us-sec-navistar-ceo-ustian-former-cfo-lannert-restated-results-2010
44h train/us-sec-take-two-backdating-former-ceo-chairman-brant-2009
"""
LANES = {"44d": "sec", "44h": "sec", "44a": "doj", "44c": "doj", "44e": "doj", "44f": "doj", "44b": "fcc", "44g": "fcc"}


def lane(b):
    return LANES[b]


plan = [("sec", 2), ("doj", 2), ("fcc", 2)]
sample_listed(LISTED, lane, plan, 45045, "/tmp/agree45-tmp")
