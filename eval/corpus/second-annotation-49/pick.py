#!/usr/bin/env python3
"""Pick 6 of the 16 train and dev files of batch 49 (rounds 49a-49m, commit 2d6950b2; seed 49049) for a second blind
annotation, and write stripped copies (no gold fields) to /tmp/agree49-tmp/. Run from the repository root. The plan
was fixed before the draw, which was made after the whole batch was in the corpus and before any annotation of this
sample: 2 from the SEC and CFTC lanes (49a, 49d, 49g, 49h, 49k), 2 from the Justice Department lanes (49b, 49e, 49i,
49l) and 2 from the FCC lanes (49c, 49f, 49j, 49m). Each file's round is the batch49X_annotate.py that writes its id.
eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
49a dev/us-sec-merrill-lynch-auction-rate-securities-preliminary-settlement-2008
49a train/us-sec-lch-clearnet-central-counterparty-credit-default-swaps-exemptions-2008
49b train/us-doj-federal-register-gtcr-cision-pr-newswire-ubm-proposed-final-judgment-2016
49c train/us-fcc-enogex-transok-tejas-gas-unauthorized-transfer-of-control-consent-decree-2001
49d train/us-sec-interactive-data-proposal-financial-information-cox-john-white-2008
49e train/us-doj-federal-register-showa-denko-sgl-carbon-graphite-electrodes-proposed-final-judgment-2017
49f train/us-fcc-wisconsin-energy-wepco-wisconsin-natural-gas-unauthorized-transfer-of-control-consent-decree-2000
49g dev/us-cftc-parnon-energy-arcadia-petroleum-arcadia-suisse-crude-oil-manipulation-complaint-2011
49g train/us-cftc-optiver-holding-subsidiaries-employees-nymex-energy-futures-manipulation-2008
49h train/us-cftc-energy-transfer-partners-three-subsidiaries-houston-ship-channel-natural-gas-attempted-manipulation-2007
49i train/us-doj-federal-register-sinclair-broadcast-nexstar-spot-advertising-information-exchange-proposed-final-judgment-2019
49j train/us-fcc-lge-energy-louisville-gas-electric-kentucky-utilities-holding-company-consent-decree-2000
49k train/us-cftc-el-paso-merchant-energy-division-el-paso-corporation-natural-gas-false-reporting-attempted-manipulation-2003
49l dev/us-doj-federal-register-lucasfilm-pixar-no-solicit-agreement-proposed-final-judgment-2010
49l train/us-doj-federal-register-knorr-bremse-wabtec-no-poach-agreements-proposed-final-judgment-2018
49m train/us-fcc-xcel-energy-western-gas-supply-public-service-colorado-unauthorized-transfer-of-control-consent-decree-2001
"""
LANES = {'49a': 'sec', '49d': 'sec', '49g': 'sec', '49h': 'sec', '49k': 'sec', '49b': 'doj', '49e': 'doj',
         '49i': 'doj', '49l': 'doj', '49c': 'fcc', '49f': 'fcc', '49j': 'fcc', '49m': 'fcc'}


def lane(b):
    return LANES[b]


plan = [("sec", 2), ("doj", 2), ("fcc", 2)]
sample_listed(LISTED, lane, plan, 49049, "/tmp/agree49-tmp")
