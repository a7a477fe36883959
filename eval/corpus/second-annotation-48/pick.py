#!/usr/bin/env python3
"""Pick 6 of the 27 train and dev files of batch 47 (session 48's rounds 47a-47r; 47d found nothing; seed 48048) for
a second blind annotation, and write stripped copies (no gold fields) to /tmp/agree48-tmp/. Run from the repository
root. The plan was fixed before the draw, which was made in session 48 after round 47r was in the corpus and before any
annotation of this sample: 2 from the SEC lanes (47a, 47e, 47h, 47k, 47m, 47p), 2 from the Justice Department lanes
(47b, 47f, 47i, 47l, 47n, 47r) and 2 from the FCC lanes (47c, 47g, 47j, 47o, 47q). eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
47a train/us-sec-spongetech-former-ceo-metter-former-cfo-moskowitz-judgments-2013
47a dev/us-sec-united-agri-products-conagra-former-president-coo-blue-cook-controller-campbell-fraud-2007
47b train/us-doj-primestar-partners-russell-stanley-weekly-summary-1993
47c train/us-fcc-altice-cablevision-systems-transfer-of-control-order-2016
47c dev/us-fcc-dish-network-new-dbsd-terrestar-license-acquire-control-pleading-cycle-public-notice-2011
47e train/us-sec-security-trust-company-former-ceo-seeger-president-kenyon-svp-mcdermott-canary-late-trading-judgment-2004
47f train/us-doj-waste-management-deffenbaugh-disposal-divest-routes-2015
47g train/us-fcc-general-communication-gci-liberty-transfer-of-control-order-2017
47h train/us-sec-security-brokerage-president-calugar-late-trading-emergency-action-2003
47h dev/us-sec-spitzer-cutler-fred-alger-former-vice-chairman-connelly-tampering-2003
47i train/us-doj-inbev-anheuser-busch-divest-labatt-usa-2008
47j train/us-fcc-orbital-communications-orbcomm-global-orbcomm-license-assignment-order-2002
47j dev/us-fcc-rcn-yankee-cable-acquisition-yankee-metro-parent-transfer-of-control-pleading-cycle-public-notice-2010
47k train/us-sec-syntax-brillian-director-ceo-li-kolin-chairman-liu-revenue-fraud-2011
47k dev/us-sec-veras-investment-partners-managing-members-larson-mcbride-market-timing-2005
47l train/us-doj-federal-register-regal-cinemas-consolidated-theatres-proposed-final-judgment-2008
47l dev/us-doj-federal-register-thales-gemalto-proposed-final-judgment-2019
47m train/us-sec-sinotech-energy-chairman-liu-ceo-xin-former-cfo-zhang-fraud-2012
47m dev/us-sec-soyo-group-former-cfo-chu-accounting-staff-financial-fraud-2011
47n train/us-doj-harvard-pilgrim-health-plan-holdings-divest-tufts-health-freedom-plan-2020
47o train/us-fcc-rcn-telecom-services-grande-communications-networks-radiate-holdings-transfer-of-control-pleading-cycle-public-notice-2016
47p train/us-sec-china-mediaexpress-chairman-ceo-zheng-cheng-default-judgment-2013
47p dev/us-sec-franklin-bank-ceo-nocella-cfo-mccann-loan-modification-fraud-2012
47q train/us-fcc-logix-communications-western-communications-domestic-section-214-transfer-of-assets-pleading-cycle-public-notice-2002
47q dev/us-fcc-mpower-communications-mpower-holding-us-telepacific-holdings-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2006
47r train/us-doj-federal-register-novelis-aleris-proposed-final-judgment-2020
47r dev/us-doj-federal-register-unitedhealth-amedisys-proposed-final-judgment-2025
"""
LANES = {'47a': 'sec', '47e': 'sec', '47h': 'sec', '47k': 'sec', '47m': 'sec', '47p': 'sec', '47b': 'doj', '47f': 'doj', '47i': 'doj', '47l': 'doj', '47n': 'doj', '47r': 'doj', '47c': 'fcc', '47g': 'fcc', '47j': 'fcc', '47o': 'fcc', '47q': 'fcc'}


def lane(b):
    return LANES[b]


plan = [("sec", 2), ("doj", 2), ("fcc", 2)]
sample_listed(LISTED, lane, plan, 48048, "/tmp/agree48-tmp")
