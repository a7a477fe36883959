#!/usr/bin/env python3
"""Draw 6 of the 20 train and dev files of batch 52 (rounds 52a-52q; 52e was a null round; the files added between
commits e42411ee and 1fd5e4cf; seed 52052) for a blind second annotation, and write their stripped copies (article
fields only, no gold) to /tmp/agree52-tmp/. Run from the repository root.
The plan was set before the draw, which came after the whole batch was in the corpus and before any annotation of the
sample: 2 files from the SEC, CFTC and FCPA lanes (52a, 52b, 52c, 52f, 52g, 52h, 52i, 52j, 52m, 52n, 52o, 52q), 2 from
the FCC lanes (52d, 52k, 52p), 2 from the remaining lane (52l, Wikinews). A group with fewer files than its share gives
what it has, and the shortfall is drawn from the SEC/CFTC/FCPA group; the script prints a line when that happens. The
round of a file is the eval/corpus/gather/batch52X_annotate.py that holds its id (found with grep -l; 52i and 52l have
no train or dev file). eval/corpus/test is never listed."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
52a dev/us-cftc-international-financial-services-new-york-president-robinson-board-member-lai-forex-fraud-asset-freeze-2002
52a train/us-cftc-fx-first-futures-commission-merchant-principals-mironov-whyte-misappropriation-asset-freeze-2003
52b train/us-sec-presstek-chairman-howard-president-verrando-misleading-statements-cabot-letter-penalties-1997
52c train/us-sec-nyse-five-specialist-firms-bear-wagner-labranche-van-der-moolen-trading-ahead-settlement-2004
52d dev/us-fcc-times-herald-printing-krld-tv-krld-am-fm-dallas-assignments-order-1970
52d train/us-fcc-mount-hood-radio-television-koin-portland-newhouse-broadcasting-transfer-of-interest-notice-1971
52f train/us-doj-usao-cdca-pacific-consolidated-industries-former-executive-smith-arrested-uk-mod-bribery-fcpa-2007
52g dev/us-cftc-international-futures-corporation-former-ceo-president-rubel-lit-division-first-options-guaranteed-ib-1998
52g train/us-cftc-forex-sweep-four-actions-nineteen-firms-individuals-chairman-newsome-cfma-initiative-2002
52h train/us-doj-film-festival-management-gerald-patricia-green-indicted-thai-tourism-official-bribes-fcpa-2008
52j train/us-sec-signal-technology-seven-former-officers-keltec-division-former-ceo-peterson-accounting-fraud-2002
52k dev/us-fcc-wbok-wlok-kyok-kxlr-starr-broadcasting-group-assignments-order-1969
52k train/us-fcc-twin-states-broadcasting-csra-broadcasters-warner-group-wgac-wfnl-assignments-letter-1973
52m train/us-sec-styling-technology-former-chairman-ceo-leopold-cfo-ross-body-drench-division-andersen-auditors-2003
52n dev/us-cftc-excellent-usa-managing-director-gallwas-lfg-failure-to-supervise-japanese-omnibus-accounts-2001
52n train/us-cftc-comp-tech-president-fred-monte-secretary-jeanne-monte-boca-raton-forex-trading-system-restraining-order-1999
52o train/us-sec-natural-health-trends-former-president-cfo-woodburn-subsidiary-president-lacore-related-party-2008
52p dev/us-fcc-radio-training-network-generations-broadcasting-w244bc-ocala-translator-assignment-letter-2012
52p train/us-fcc-harvey-radio-laboratories-wkbg-globe-newspaper-kaiser-broadcasting-wxhr-assignment-1966
52q train/us-doj-usao-edny-jf-investimentos-pleads-guilty-brazil-officials-bribes-256-million-fine-2020
"""
ROUNDS = {"sec": "a b c f g h i j m n o q", "fcc": "d k p", "rest": "l"}
LANES = {"52" + r: k for k, rs in ROUNDS.items() for r in rs.split()}


def lane(b):
    return LANES[b]


SHARE = [("sec", 2), ("fcc", 2), ("rest", 2)]
rows = [line.split()[0] for line in LISTED.strip().splitlines()]
held = {k: sum(1 for b in rows if lane(b) == k) for k, _ in SHARE}
assert sum(held.values()) == 20, held
plan, short = [], 0
for k, n in SHARE:
    if held[k] < n:
        print(f"group {k} holds {held[k]} files, fewer than its share of {n}; the rest comes from sec")
        short += n - held[k]
    plan.append((k, min(n, held[k])))
# a group left with nothing to draw is dropped from the plan (second_sample.draw cannot sample an absent group)
plan = [(k, n + short if k == "sec" else n) for k, n in plan if n > 0 or k == "sec"]
sample_listed(LISTED, lane, plan, 52052, "/tmp/agree52-tmp")
