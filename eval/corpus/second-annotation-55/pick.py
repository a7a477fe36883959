#!/usr/bin/env python3
"""Draw 6 of the 50 train and dev files of batch 55 (rounds 55a-55zb; the train and dev lines of the batch's file list,
/work/notes/s54/batch55_files.txt, which equals the files added between commits 021dbb29 and cbfc6e51; seed 55055) for
a blind second annotation, and write their stripped copies (article fields only, no gold) to /tmp/agree55-tmp/. Run
from the repository root.
The plan was fixed before the draw, which came after round 55zb was in the corpus and before any annotation of the
sample: 2 files from the SEC and CFTC lanes (55a, 55b, 55h, 55l, 55r, 55v, 55w, 55z, 55zb), 2 from the Justice
Department lanes (55c, 55d (with the FDA's criminal investigations office), 55k, 55m, 55q, 55u, 55y) and 2 from the
CMA and Wikipedia lanes (55e, 55f, 55g, 55i, 55j, 55n, 55o, 55p, 55s, 55t, 55x, 55za). A group holding fewer files
than its share gives what it has and the other groups make up the rest, in the plan's order; the script prints a line
when that happens. A file's round is the eval/corpus/gather/batch55X.py that holds its id (found with grep -l; every
id sits in exactly one). eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
55a dev/us-cftc-wedbush-securities-los-angeles-fcm-unapproved-communications-recordkeeping-supervision-2023
55a train/us-cftc-vision-financial-markets-stamford-fcm-supervision-faulty-software-feeder-cattle-cme-2013
55b dev/us-sec-potamus-trading-broker-dealer-former-ceo-pritchett-order-handling-misrepresentations-2020
55b train/us-sec-gemstar-tv-guide-former-co-president-boylan-general-counsel-orlick-tv-guide-subsidiary-cfo-waggy-fraud
55c dev/us-doj-opa-trod-ltd-director-aston-online-wall-posters-amazon-marketplace-price-fixing-indictment-2015
55c train/us-doj-opa-martinair-former-senior-vice-president-ullings-air-cargo-price-fixing-extradited-plea-2020
55d dev/us-fda-oci-endovascular-technologies-guidant-subsidiary-ancure-device-unreported-adverse-events-charged
55d train/us-doj-usao-wdny-ista-pharmaceuticals-xibrom-misbranding-kickback-guilty-plea-33-5-million-2013
55e train/wp-sunrise-communications
55f dev/wp-wincanton-plc
55f train/wp-newsquest
55g train/uk-cma-vetpartners-goddard-merger-phase-1-concerns-2022
55h dev/us-cftc-edge-financial-technologies-illinois-software-firm-aiding-abetting-spoofing-consent-order-mcdonald-2020
55h train/us-cftc-ed-f-man-capital-markets-london-swap-dealer-swap-data-reporting-mid-market-marks-mcgonagle-2022
55h train/us-cftc-sukarne-mexico-meat-processor-live-cattle-futures-speculative-position-limits-cme-2020
55i dev/wp-team17
55i train/wp-starbreeze-studios
55i train/wp-wargaming
55j dev/uk-cma-ecolab-holchem-merger-case-page-sale-to-kilco-2020
55j train/uk-cma-dye-durham-tm-group-merger-phase-2-must-sell-2022
55k dev/us-doj-usao-sdtx-continuum-healthcare-westbury-community-hospital-executive-rouse-medicare-kickbacks-plea
55k train/us-doj-usao-dsc-delfin-group-usa-manager-baghdasarian-iran-exports-guilty-plea-2012
55l dev/us-sec-heartland-advisors-president-ceo-nasgovitz-coo-beste-general-counsel-bauer-bond-fund-mispricing-2003
55l train/us-sec-fremont-investment-advisors-former-president-ceo-tengler-former-vp-adams-market-timing-late-trading-2004
55l train/us-sec-rs-investment-management-ceo-hecht-former-cfo-cohen-market-timing-settlement-2004
55m train/us-doj-opa-tri-state-ready-mix-president-van-zee-iowa-ready-mix-concrete-price-fixing-plea-2011
55n dev/wp-iceland-foods
55n train/wp-hain-celestial-group
55o dev/uk-cma-spreadex-sporting-index-merger-remittal-monopoly-must-sell-2025
55o train/uk-cma-fnz-gbst-merger-case-page-remittal-divestiture-2022
55p train/wp-wolfson-microelectronics
55q train/us-doj-usao-mn-precision-lens-cameron-ehlen-group-owner-ehlen-kickbacks-fca-judgment
55r dev/us-cftc-yumin-li-kering-capital-bvi-money-passes-cme-group-court-order-restitution-penalty-ellis-2016
55r train/us-cftc-macquarie-futures-usa-new-york-fcm-secured-funds-deficiency-ice-clear-europe-conversion-2013
55s train/wp-willmott-dixon
55t dev/uk-cma-rentokil-initial-cannon-hygiene-washroom-merger-provisional-findings-2018
55t train/uk-cma-gbt-cwt-corporate-travel-merger-phase-2-cleared-2025
55u train/us-doj-opa-inter-tel-technologies-inter-tel-subsidiary-e-rate-bid-rigging-wire-fraud-plea-agreement-2004
55v train/us-sec-gabelli-funds-coo-alpert-former-portfolio-manager-marc-gabelli-gggf-market-timing-headstart-2008
55w dev/us-cftc-rj-obrien-associates-chicago-fcm-post-execution-allocation-supervision-prior-commission-order-2018
55w train/us-cftc-mizuho-capital-markets-new-york-swap-dealer-deal-contingent-fx-forwards-business-conduct-standards-2023
55x train/wp-getinge
55y train/us-doj-crm-dpc-tianjin-chinese-subsidiary-diagnostic-products-hospital-commissions-fcpa-plea-2005
55z dev/us-cftc-morgan-stanley-capital-group-ubs-securities-concealed-tas-block-crude-oil-trade-nymex-2010
55z train/us-cftc-icap-europe-subsidiary-icap-plc-yen-libor-manipulation-ubs-securities-japan-2013
55z train/us-cftc-tullett-prebon-americas-interdealer-broker-new-jersey-supervision-false-statements-2019
55za dev/wp-tallink
55za train/wp-osprey-publishing
55zb dev/us-sec-rpm-international-general-counsel-moore-doj-investigation-loss-contingency-final-judgment-2020
55zb train/us-sec-longwei-petroleum-cfo-toups-shanxi-fuel-storage-capacity-fraud-2016
"""
ROUNDS = {"sec": "a b h l r v w z zb", "doj": "c d k m q u y", "uk-wp": "e f g i j n o p s t x za"}
LANES = {"55" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("sec", 2), ("doj", 2), ("uk-wp", 2)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
assert len(rows) == 50 and set(rows) <= set(LANES), rows
held = {k: sum(1 for b in rows if lane(b) == k) for k, _ in SHARE}
plan = [(k, min(n, held[k])) for k, n in SHARE]
short = sum(n for _, n in SHARE) - sum(n for _, n in plan)
for k, n in SHARE:
    if held[k] < n:
        print(f"group {k} holds {held[k]} files, fewer than its share of {n}; the other groups make up the rest")
while short:
    for i, (k, n) in enumerate(plan):
        if short and n < held[k]:
            plan[i], short = (k, n + 1), short - 1
plan = [(k, n) for k, n in plan if n > 0]
sample_listed(LISTED, lane, plan, 55055, "/tmp/agree55-tmp")
