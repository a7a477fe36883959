#!/usr/bin/env python3
"""Draw 6 of the 23 train and dev files of batch 53 (rounds 53a-53t; the files added between commits 2fb90579 and
3ab02845; seed 53053) for a blind second annotation, and write their stripped copies (article fields only, no gold)
to /tmp/agree53-tmp/. Run from the repository root.
The plan was fixed before the draw, which came after round 53t was in the corpus and before any annotation of the
sample: 3 files from the SEC, CFTC and Justice Department lanes (53d, 53e, 53f, 53i, 53j, 53k, 53m, 53q, 53r, 53t) and 3
from the FCC lanes (53a, 53b, 53c, 53g, 53h, 53l, 53n, 53o, 53p, 53s). A group holding fewer files than its share gives
what it has and the other group makes up the rest; the script prints a line when that happens. A file's round is the
eval/corpus/gather/batch53X_annotate.py that holds its id (found with grep -l; 53c has no train or dev file).
eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
53a dev/us-fcc-gresham-communications-receiver-caswell-capital-partners-wpal-fm-ridgeville-assignment-letter-2009
53a train/us-fcc-cedar-rapids-divestiture-trust-townsquare-media-kcrr-kkhq-koel-iowa-assignment-dismissed-letter-2015
53b train/us-fcc-reading-broadcasting-trustee-wrnn-tv-associates-wtve-reading-assignment-ptn-petition-letter-2008
53d train/us-sec-oakridge-global-energy-solutions-ceo-barber-former-president-arrowood-false-battery-press-releases-2018
53e dev/us-cftc-tech-traders-magnum-investments-coyt-murray-gastonia-commodity-pool-ponzi-consent-order-2007
53e train/us-cftc-banque-cial-part-of-credit-industriel-et-commercial-treasury-note-wash-sales-cbot-2007
53f train/us-doj-opa-tysers-hw-wood-reinsurance-brokers-ecuador-bribery-dpas-2023
53g dev/us-fcc-william-b-neal-big-mack-broadcasting-ksyn-fm-joplin-assignment-west-group-review-order-1996
53g train/us-fcc-sound-business-of-elizabethtown-wkml-license-beasley-broadcast-wgqr-wbla-assignment-waiver-denied-letter-2005
53h train/us-fcc-pappas-telecasting-carolinas-media-general-broadcasting-wasv-tv-asheville-assignment-order-2002
53i dev/us-sec-wintercap-formerly-silverton-roger-knox-gastauer-microcap-asset-freeze-boston-regional-office-2018
53i train/us-sec-spartan-securities-island-stock-transfer-president-dilley-principal-eldred-shell-factory-jury-2021
53j train/us-cftc-tulving-company-hannes-tulving-precious-metals-dealer-supplemental-consent-order-penalty-2019
53k train/us-doj-usao-vt-practice-fusion-dpa-public-document-repository-pharma-co-x-2020
53l train/us-fcc-wtdk-fm-federalsburg-apex-associates-main-studio-waiver-request-waai-hurlock-letter-1995
53m train/us-cftc-lake-shore-asset-management-asset-freeze-extended-judge-manning-contempt-motion-2007
53n train/us-fcc-waat-fm-tiptonville-wenk-of-union-city-construction-permit-extension-reconsideration-denied-letter-1996
53o train/us-fcc-w-b-broadcasting-monterey-licenses-triad-broadcasting-kbmw-am-breckenridge-assignment-holland-petition-letter-2003
53p train/us-fcc-cunningham-broadcasting-sinclair-wtte-wnuv-wrgt-wtat-wvah-applications-dismissed-rainbow-push-letter-2004
53q train/us-sec-westport-capital-markets-principal-mcclure-undisclosed-mark-ups-12b-1-fees-complaint-2022
53r train/us-doj-usao-mdga-peanut-corporation-of-america-former-president-parnell-salmonella-sentences-2015
53s train/us-fcc-paradise-broadcasting-live-wire-media-partners-ktho-am-south-lake-tahoe-assignment-kidd-reconsideration-letter-2005
53t train/us-doj-opa-marine-hose-eight-executives-arrested-dunlop-trelleborg-parker-itr-manuli-bridgestone-2007
"""
ROUNDS = {"sec": "d e f i j k m q r t", "fcc": "a b c g h l n o p s"}
LANES = {"53" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("sec", 3), ("fcc", 3)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
held = {k: sum(1 for b in rows if lane(b) == k) for k, _ in SHARE}
assert sum(held.values()) == 23, held
plan = [(k, min(n, held[k])) for k, n in SHARE]
for k, n in SHARE:
    if held[k] < n:
        other = [j for j, _ in SHARE if j != k][0]
        print(f"group {k} holds {held[k]} files, fewer than its share of {n}; the rest comes from {other}")
        plan = [(j, m + n - held[k] if j == other else m) for j, m in plan]
plan = [(k, n) for k, n in plan if n > 0]
sample_listed(LISTED, lane, plan, 53053, "/tmp/agree53-tmp")
