#!/usr/bin/env python3
"""Pick 12 of batch 38's 45 train and dev files (seed 39039) for a blind second annotation, and write stripped copies
(no gold fields) to /tmp/agree39-tmp/. Run from the repository root. The plan was fixed before the draw, which was
made in session 39 after batch 38's sixth round was in the corpus and before any second annotation: 4 from the outage
lanes (38a, b, c, h, j), 3 from the Wikipedia and Wikinews lanes (38e, f, g, k, n), 5 from the Voice of America
lanes (38m, o, p, q, r, t, v, w, x, y). eval/corpus/test is never listed."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip

LISTED = """
38a train/oireachtas-seanad-roscommon-storm-amy-floris-power-outages-esb-2025
38a dev/oireachtas-written-answer-lucan-post-office-cash-shortage-an-post-2011
38b train/us-nps-yellowstone-northwestern-energy-utility-upgrade-plan-approved-release-2014
38c train/hansard-lords-written-answer-thames-water-shalford-storm-ciaran-2023
38e train/wn-facebook-hired-pr-firm-discredit-google-2011
38e train/wn-paypal-receives-banking-licence-2007
38e dev/wn-microsoft-flight-simulator-series-grounded-layoffs-2009
38f train/wp-caribbean-airlines
38f dev/wp-ncell
38g train/wp-bjorgolfur-thor-bjorgolfsson
38g dev/wp-john-fredriksen
38h train/hansard-written-answers-air-traffic-control-failures-prestwick-west-drayton-1996
38j train/wn-news-services-web-companies-increase-farsi-2009
38j dev/wn-uk-bank-gets-emergency-support-2007
38k train/wp-sify-technologies
38k dev/wp-tiscali
38m train/voa-gm-daewoo-motor-takeover-agreement-2001
38m dev/voa-japan-airlines-japan-air-system-merge-docomo-nokia-alliance-2001
38n train/wp-graeme-hart
38n dev/wp-pacnet
38o train/voa-hakuhodo-alliance-mizuho-holdings-j-phone-vodafone-2002
38o train/voa-nec-matsushita-huawei-joint-venture-hitachi-ibm-hard-drives-2002
38o dev/voa-kintetsu-orix-merger-mitsubishi-fuso-defects-mitsui-lohr-2004
38p train/voa-honda-new-president-fukui-sony-idei-mazda-booth-2003
38p train/voa-sony-cfo-yuhara-quarterly-earnings-toyota-cho-2003
38p dev/voa-nec-matsushita-kddi-japan-telecom-internet-consortium-2002
38q train/voa-jal-shareholder-itoyama-toyota-canada-plant-2006
38q train/voa-ufj-mitsubishi-tokyo-merger-on-hold-sumitomo-trust-honda-2004
38q dev/voa-kanebo-bailout-nippon-oil-gasoline-car-sales-2004
38r train/voa-nissan-renault-ghosn-trade-surplus-economic-activity-2005
38r train/voa-sony-stringer-succeeds-idei-livedoor-nippon-broadcasting-2005
38r dev/voa-seibu-railway-delisting-kokudo-nippon-television-yomiuri-2004
38t train/voa-mizuho-bank-wachovia-wells-fargo-tie-up-us-beef-2005
38t train/voa-tokyo-motor-show-mitsubishi-fuso-rakuten-golden-eagles-2004
38t dev/voa-sanyo-haier-tie-up-fast-retailing-yanai-merrill-lynch-2002
38v train/voa-japan-banks-record-profits-mufg-toyota-kddi-walkman-2006
38v train/voa-konica-minolta-merger-fast-retailing-honda-fit-2003
38v dev/voa-keidanren-okuda-sony-bravia-samsung-sony-bank-2005
38w train/voa-pccw-stake-sale-blocked-li-ka-shing-richard-li-2006
38w dev/voa-tcs-wipro-profits-kingdom-hotel-orascom-sangwon-2007
38x train/voa-hyundai-probe-executives-iata-china-routes-mtr-kcr-2006
38x dev/voa-oracle-i-flex-majority-stake-mtr-profit-2005
38y train/voa-toyota-record-earnings-honda-accord-recall-shiseido-2003
38y train/voa-yamanouchi-fujisawa-drug-merger-toyota-nissan-honda-output-2004
38y dev/voa-toyota-record-profit-docomo-loss-mcdonalds-japan-toshiba-2001
"""
source_batch = {"eval/corpus/" + f + ".json": b for b, f in (line.split() for line in LISTED.strip().splitlines())}
files = sorted(source_batch)
LANES = {"outage": "abchj", "wiki": "efgkn", "voa": "mopqrtvwxy"}


def lane(f):
    return next(k for k, parts in LANES.items() if source_batch[f][2] in parts)


plan = [("outage", 4), ("wiki", 3), ("voa", 5)]
groups, pick = draw(files, lane, plan, 39039)
report(groups, pick, lambda f: source_batch[f], sorted(set(source_batch.values())))
strip([f for _, f in pick], "/tmp/agree39-tmp")
