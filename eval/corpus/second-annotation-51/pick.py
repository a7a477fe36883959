#!/usr/bin/env python3
"""Pick 6 of the 33 train and dev files of batch 51 (rounds 51a-51za, commits 5e8adb92 to 30813cd2; seed 51051) for a
second blind annotation, and write stripped copies (no gold fields) to /tmp/agree51-tmp/. Run from the repository root.
The plan was fixed before the draw, which was made after the whole batch was in the corpus and before any annotation
of this sample: 2 from the SEC and CFTC lanes (51a, 51c, 51d, 51g, 51h, 51i, 51m, 51o, 51p, 51u, 51v, 51w, 51za, and
the FCPA rounds 51n, 51t, 51z), 2 from the Justice Department lanes (51b, 51l, 51q, 51x) and the FCC lanes (51e, 51j,
51r) together, 2 from the UK OGL lanes (51f, 51k, 51s, 51y). A group that holds fewer files than its share gives all
it has, and the rest is taken from the SEC and CFTC group (said when it happens). Each file's round is the
batch51X_annotate.py that writes its id (rounds 51b, 51l, 51x and 51z have no train or dev file). eval/corpus/test is
never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
51a dev/us-cftc-tfs-icap-interdealer-brokers-former-ceo-dibb-desk-head-woolfenden-fx-options-2020
51a train/us-cftc-monex-deposit-affiliates-monex-credit-newport-services-principals-carabini-precious-metals-2017
51c dev/us-sec-trading-and-markets-director-robert-cook-to-leave-2012
51c train/us-sec-cox-rudd-us-australia-mutual-recognition-talks-asic-2008
51d dev/us-sec-waste-management-founder-buntrock-five-former-top-officers-massive-fraud-2002
51d train/us-sec-peregrine-systems-former-chairman-ceo-gardner-six-officers-andersen-partner-fraud-2004
51e dev/us-fcc-withers-broadcasting-gray-television-wdtv-wvfx-assignment-of-licenses-letter-2017
51e train/us-fcc-budd-broadcasting-wfxu-gray-television-licensee-consent-decree-assignment-order-2017
51f dev/gov-uk-mod-saab-nlaw-anti-tank-weapons-order-belfast-2022
51f train/gov-uk-beis-impcross-gardner-aerospace-merger-intervention-notice-2019
51g train/us-cftc-vitol-houston-corruption-fraud-platts-benchmarks-attempted-manipulation-doj-fraud-section-2020
51h train/us-sec-quebec-amf-ontario-osc-supervisory-cooperation-mou-montreal-2010
51i dev/us-sec-dollar-general-former-ceo-turner-cfo-controller-president-accounting-fraud-2005
51i train/us-sec-cutter-buck-former-cfo-lowber-regional-sales-vice-president-hilton-fraud-2003
51j dev/us-fcc-phipps-wctv-wkxt-gray-communications-licensee-subsidiaries-assignment-order-1996
51j train/us-fcc-maltz-malrite-estrella-brillante-raycom-media-transfer-of-control-order-1998
51k train/gov-uk-beis-gardner-aerospace-northern-aerospace-acquisition-cleared-2018
51m dev/us-sec-w-r-grace-national-medical-care-health-care-group-earnings-manipulation-1998
51m train/us-sec-thor-industries-subsidiary-general-coach-eldorado-former-employee-buchanan-theft-1999
51n train/us-doj-willbros-international-former-executive-jim-bob-brown-pleads-guilty-nigeria-ecuador-fcpa-2006
51o train/us-cftc-futures-international-coo-cerrone-principal-kent-woods-cbot-soybean-supervision-2014
51p train/us-sec-fleming-companies-former-cao-shapiro-vps-murphy-abbood-retail-group-president-dahlen-fraud-2005
51q train/us-doj-suntrust-bank-huntington-national-bank-florida-seven-branches-divestiture-2001
51r dev/us-fcc-terrier-media-buyer-nbi-holdings-northwest-cox-enterprises-transfer-of-control-pleading-cycle-public-notice-2019
51r train/us-fcc-stanley-warner-glen-alden-van-curler-broadcasting-wast-tv-transfer-of-control-1967
51s dev/gov-uk-nsi-act-ftdi-holding-future-technology-devices-international-final-order-to-sell-2024
51s train/gov-uk-nsi-act-exosens-uk-centronic-final-order-approved-with-condition-2024
51t train/us-ice-alcatel-lucent-three-subsidiaries-alcatel-cit-standard-centroamerica-fcpa-92-million-2010
51u train/us-sec-investor-advisory-committee-aarp-financial-hisey-tiaa-cref-choi-2009
51v train/us-cftc-nathan-harris-akron-iowa-live-cattle-unauthorized-trading-chairman-tarbert-2019
51w train/us-sec-tv-azteca-parent-azteca-holdings-salinas-pliego-unefon-codisco-related-party-fraud-2005
51y train/gov-uk-nsi-act-emirates-telecommunications-vodafone-strategic-relationship-final-order-2024
51za train/us-sec-martin-armstrong-princeton-economics-international-investment-adviser-bar-2009
"""
ROUNDS = {"sec": "a c d g h i m o p u v w za n t z", "dojfcc": "b l q x e j r", "uk": "f k s y"}
LANES = {"51" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("sec", 2), ("dojfcc", 2), ("uk", 2)]
held = {k: sum(1 for line in LISTED.strip().splitlines() if lane(line.split()[0]) == k) for k, _ in SHARE}
assert sum(held.values()) == 33, held
plan, short = [], 0
for k, n in SHARE:
    if held[k] < n:
        print(f"group {k} holds {held[k]} files, fewer than its share of {n}; the rest comes from sec")
        short += n - held[k]
    plan.append((k, min(n, held[k])))
plan = [(k, n + short if k == "sec" else n) for k, n in plan]
sample_listed(LISTED, lane, plan, 51051, "/tmp/agree51-tmp")
