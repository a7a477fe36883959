#!/usr/bin/env python3
"""Pick 6 of the 19 train and dev files of batch 46 (session 47's rounds 46a-46m; seed 47047) for a second blind
annotation, and write stripped copies (no gold fields) to /tmp/agree47-tmp/. Run from the repository root. The plan
was fixed before the draw, which was made in session 47 after round 46m was in the corpus and before any annotation
of this sample: 2 from the SEC lanes (46a, 46d, 46g, 46j, 46m), 2 from the Justice Department lanes (46b, 46e, 46i,
46k) and 2 from the FCC lanes (46c, 46f, 46h, 46l). eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
46a train/us-sec-monster-worldwide-former-general-counsel-olesnyckyj-option-backdating-2007
46b train/us-doj-sonoco-pasco-frozen-juice-can-equipment-deal-abandoned-2003
46c dev/us-fcc-clear-channel-thomas-h-lee-bain-capital-transfer-of-control-pleading-cycle-public-notice-2006
46c train/us-fcc-cingular-t-mobile-usa-network-infrastructure-joint-venture-unwind-pleading-cycle-public-notice-2004
46d dev/us-sec-pediatrix-medical-group-mednax-services-option-backdating-settles-2009
46d train/us-sec-broadcom-former-ceo-nicholas-chairman-samueli-former-cfo-ruehle-general-counsel-dull-backdating-2008
46e train/us-doj-united-healthcare-metrahealth-st-louis-hmo-sale-restructured-deal-1995
46f train/us-fcc-wwc-holding-alltel-rcc-minnesota-rural-cellular-license-assignment-order-2007
46g train/us-sec-pequot-capital-management-chairman-ceo-samberg-microsoft-insider-trading-settled-2010
46h dev/us-fcc-loral-satellite-loral-spacecom-intelsat-north-america-space-station-license-assignment-order-2004
46h train/us-fcc-intelsat-global-holdings-bc-partners-transfer-of-control-public-ownership-pleading-cycle-public-notice-2011
46i dev/us-doj-walt-disney-capital-cities-abc-kcal-tv-sale-merger-cleared-1996
46i train/us-doj-post-gazette-pittsburgh-press-delta-pride-catfish-peanut-weekly-summary-1993
46j train/us-sec-reserve-management-chairman-bent-vice-chairman-president-bent-ii-primary-fund-2009
46k train/us-doj-texas-commerce-bancshares-new-first-city-bank-beaumont-weekly-summary-1993
46l dev/us-fcc-new-operating-globalstar-thermo-globalstar-lp-licenses-transfer-of-control-pleading-cycle-public-notice-2004
46l train/us-fcc-ion-media-networks-liquidating-trust-media-holdco-transfer-of-control-order-2009
46m dev/us-sec-strong-capital-management-founder-richard-strong-market-timing-settlement-2004
46m train/us-sec-massachusetts-financial-services-ceo-ballen-president-parke-market-timing-2004
"""
LANES = {"46a": "sec", "46d": "sec", "46g": "sec", "46j": "sec", "46m": "sec", "46b": "doj", "46e": "doj", "46i": "doj",
         "46k": "doj", "46c": "fcc", "46f": "fcc", "46h": "fcc", "46l": "fcc"}


def lane(b):
    return LANES[b]


plan = [("sec", 2), ("doj", 2), ("fcc", 2)]
sample_listed(LISTED, lane, plan, 47047, "/tmp/agree47-tmp")
