#!/usr/bin/env python3
"""Batch 40k (session 41; helper gatherer 40k): outages with a NAMED provider told in openly licensed Australian and
New Zealand public-sector texts, the lane of batches 18c and 18d (ACMA, ACCC, AEMO and Electricity Authority texts)
taken up again:
  - the Electricity Authority Te Mana Hiko's page on its Section 18 review of the Auckland power outage of 5 October
    2014: a fire at Transpower New Zealand Limited's Penrose substation, caused by the electrical failure of a cable
    joint in a power cable owned by Vector Limited, cut supply to 75,339 customers in parts of Auckland until the
    afternoon of Tuesday, 7 October 2014 (ea.govt.nz) -> outage, provider named.
Licence: the Electricity Authority's site is CC BY 4.0 ('Copyright, disclaimer and transparency statement', as batch
18d read it). Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; cuts are listed
per item in `notes`; no word added or changed. Written before any extractor ran on it (newskg was not run at all).
usage: batch40k.py [POOL_DIR] [--dry]   (default /tmp/gather41k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41k/pool"
CCBY = "CC BY 4.0"
EA_O = "Electricity Authority Te Mana Hiko, review page on ea.govt.nz (page store)"

R = []

# ---- a city power outage with the network whose cable failed named (Electricity Authority, CC BY 4.0) -----------
U1 = ("https://www.ea.govt.nz/monitoring/enquiries-reviews-and-investigations/2014/"
      "section-18-review-of-auckland-power-outage-5-october-2014/")
T1 = "Section 18 review of Auckland power outage 5 October 2014"
R.append({"id": "ea-nz-section-18-review-auckland-penrose-power-outage-2014", "source": U1, "licence": CCBY,
 "attribution": f"Electricity Authority Te Mana Hiko (New Zealand), review page, '{T1}', {U1}, CC BY 4.0",
 "published": None, "title": T1,
 "text":
 "In the early hours of Sunday 5 October 2014, a fire was identified at Transpower New Zealand Limited\u2019s Penrose "
 "substation. The fire resulted in a major outage to electricity supplies in parts of Auckland.\n\n"
 "The fire was caused by the electrical failure of a cable joint in a medium voltage power cable owned by Vector "
 "Limited. The fire led to a widespread loss of supply due to the location of the cable joint in a trench containing "
 "a total of 3.99km of power cables in 38 separate lengths (including 19 high-voltage cable circuits, 15 cable joints "
 "and a number of control cables).\n\n"
 "The power cables in the cable trench directly supplied over 39,000 electricity customers in Auckland. However, a "
 "total of 75,339 customers were affected by the fire because further electrical circuits had to be switched off to "
 "enable access for fire-fighting personnel. Electricity was progressively restored throughout Sunday and Monday and "
 "supply was restored to the final customers on the afternoon of Tuesday, 7 October 2014.\n\n"
 "The Hon. Simon Bridges, Minister of Energy and Resources, noted the significance of the loss of supply in terms of "
 "disruption and cost and requested, under Section 18 of the Electricity Industry Act 2010, that the Authority carry "
 "out an inquiry into the outage.\n\n"
 "On 1 March 2016, the Authority published the implementation plan submitted by Transpower New Zealand Limited and "
 "Vector Limited.  The implementation plan and progress reports will allow us to monitor progress towards completing "
 "the recommended actions for improvement.",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["outage", "regulation"],
 "origin": EA_O,
 "notes": "The page body as the page store holds it (no heading, chrome or date line in the excerpt). Cut: the link "
 "sentence 'The Authority's report and supporting documents can be found below.' (a dangling pointer to a documents "
 "list that is not in the excerpt, as batch 18d cut AEMO's link sentences) - a whole paragraph between the Minister's "
 "paragraph and the implementation-plan paragraph. `title` taken from the page's address (no heading in the "
 "excerpt), as batch 18d did for three titles. `published` null: the page shows no date (its latest event is "
 "'1 March 2016'), so 'Sunday and Monday' are not resolved. Kept as written: '3.99km', the curly apostrophe in "
 "'Limited\u2019s', 'The Hon. Simon Bridges', the double space after 'Vector Limited.'. Nothing cut at the end (the "
 "page body ends '... actions for improvement.'), so not truncated. Licence: ea.govt.nz 'Copyright, disclaimer and "
 "transparency statement' - copyright material licensed for re-use under CC BY 4.0 except logos, design elements, "
 "photography, EMI tools, third-party works and operator agreements (read by batch 18d; not shown in this excerpt). "
 "New to the corpus: '75,339', '5 October 2014', 'Vector Limited', 'Transpower New Zealand', 'Simon Bridges', 'cable "
 "joint' - 0 in every split, every gather script and the session-41 pools; 'Penrose' only in batch 25b's 2006 "
 "Otahuhu text (another event, lines to Penrose). Found with 'Penrose substation fire October 2014 Auckland outage "
 "Transpower Vector cables review Electricity Authority' (first) and again with a parliament.nz query (first).",
 "truncated": False})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
