#!/usr/bin/env python3
"""Pick 6 of the 19 train and dev files of batch 42 (seed 43043) for a second blind annotation, and write stripped
copies (no gold fields) to /tmp/agree43-tmp/. Run from the repository root. The plan was fixed before the draw, which
was made in session 43 after batch 42's fourth (last) round was in the corpus and before any annotation of this
sample: 3 from the VOA lanes (42c, 42f, 42i, 42l; three of their four files hold an outage) and 3 from the federal
lanes (42a, 42b, 42e, 42g, 42h, 42j, 42k: SEC and Justice Department texts). eval/corpus/test is never listed."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import sample_listed

LISTED = """
42c train/voa-tokyo-air-traffic-control-computer-failure-flights-2003
42b dev/us-doj-hewlett-packard-russia-pleads-guilty-sentenced-bribery-2014
42b train/us-doj-federal-register-waste-management-advanced-disposal-proposed-final-judgment-2020
42e dev/us-sec-synchronoss-former-cfo-rosenberger-controller-lanni-2024
42e train/us-sec-magyar-telekom-deutsche-telekom-macedonia-montenegro-fcpa-2011
42f train/voa-south-africa-mines-eskom-power-cuts-erwin-rationing-2008
42g dev/us-sec-tyson-foods-tyson-de-mexico-veterinarians-fcpa-2011
42g train/us-sec-panalpina-oil-services-customs-bribery-sweep-2010
42h dev/us-doj-federal-register-zf-friedrichshafen-wabco-proposed-final-judgment-2020
42h train/us-doj-federal-register-vulcan-materials-aggregates-usa-proposed-final-judgment-2018
42h train/us-doj-usao-edva-sap-foreign-bribery-resolution-south-africa-indonesia-2024
42i train/voa-zimbabwe-blackout-zesa-system-malfunction-water-electricity-2008
42j dev/us-sec-smith-and-nephew-subsidiaries-greece-public-doctors-fcpa-2012
42j train/us-sec-comverse-technology-comverse-limited-ote-greece-fcpa-2011
42j train/us-sec-transocean-nigeria-customs-panalpina-pancourier-fcpa-2010
42k dev/us-doj-federal-register-sp-global-ihs-markit-proposed-final-judgment-2022
42k train/us-doj-federal-register-parker-hannifin-clarcor-proposed-final-judgment-2018
42k train/us-doj-federal-register-verso-paper-newpage-proposed-final-judgment-2015
42l train/voa-samsung-lee-kun-hee-resigns-indictment-tax-evasion-2008
"""
VOA = {"42c", "42f", "42i", "42l"}


def lane(b):
    return "voa" if b in VOA else "federal"


plan = [("voa", 3), ("federal", 3)]
sample_listed(LISTED, lane, plan, 43043, "/tmp/agree43-tmp")
