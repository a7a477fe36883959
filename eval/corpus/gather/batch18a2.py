#!/usr/bin/env python3
"""Batch 18a part 2, written after part 1 (batch18a.py) was annotated, split and committed, so that part 1's splits
stay as they were: one near-miss from a UK regulator — Ofgem's proposal to double the payments network companies make
to customers after long power cuts in severe weather (power cuts told in general; no outage event, operator or day).
Ofgem material: Open Government Licence v3.0. The text is the search tool's page-store excerpt (corpus `pages`),
embedded here, cut at the last full sentence kept (`truncated`); edits in `notes`, no word added or changed.
usage: batch18a2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18a import rec  # part 1's record builder (same licences and attributions)

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"

R = []
# ---- near-miss: an Ofgem press release on payments for power cuts ---------------------------------------------------
R.append(rec("ofgem-press-release-double-payments-power-cuts-severe-weather",
 "https://www.ofgem.gov.uk/press-releases/ofgem-calls-energy-companies-double-payments-customers-affected-power-cuts-during-severe-weather",
 None, "Ofgem calls on energy companies to double payments for customers affected by power cuts during severe weather",
 "Ofgem, press release",
 "Ofgem proposes to double Guaranteed Standards Payments during severe weather\n\n"
 "This would build on Ofgem’s increased payments for customers cut off during normal weather conditions\n\n"
 "Ofgem is seeking the simplification of claims process by which customers receive payment for loss of supply\n\n"
 "Ofgem is today proposing to make Distribution Network Operators (DNOs) double the minimum financial payments they make for customers who face long power cuts in severe weather.\n\n"
 "The proposed reforms to the Guaranteed Standards in severe weather would mean that:\n\n"
 "DNOs would have to double payments made to customers to £70 if they fail to meet the minimum levels of service\n\n"
 "Cap for payments made to customers would increase substantially, from current £216 to £700\n\n"
 "Payments for customers are made automatically wherever possible\n\n"
 "Ofgem has already introduced a major change under normal weather conditions, with the contravention time reduced from 18 hours down to 12 hours as part of our RIIO-ED1 price control. Increasing the payments for customers affected during severe weather conditions would further strengthen the incentives for the companies to act quickly and reconnect customers as soon as possible.\n\n"
 "Guaranteed Standards, set by Ofgem, are the absolute minimum levels of service customers should expect from DNOs. If a DNO fails to meet these Standards, the affected customers are entitled to a payment. The companies are able to provide additional payments to consumers affected by power cuts.\n\n"
 "Hannah Nixon, Senior Partner for Distribution said: “Many parts of Britain have seen some extreme weather conditions over the last few months and Ofgem has been proactively looking at ways to help consumers who face disruption to their energy supply in these situations.",
 "energy/electricity", "non-US", "regulatory,outage",
 "Ofgem's press release; the page chrome ('Press release', the empty 'Publication date' and 'Industry sector' labels, the sector 'Distribution Network') left out, the heading kept as title; the bullet marks of both lists left out, each item kept as its own paragraph (no full stops added); trailing spaces after two paragraphs dropped. The excerpt carries no date (the proposal followed the storms of winter 2013-14; Ofgem's decision on it was reported on 24 July 2014): `published` null, so 'today' is not resolved. Cut after the first full sentence of the quotation (the excerpt stops after it; the quotation is left open as printed). Near-miss: power cuts told in general (a payments policy); no outage event, operator or day. Licence: Ofgem publishes its material under the Open Government Licence v3.0 except where otherwise stated.",
 "OGL", "Ofgem website (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
