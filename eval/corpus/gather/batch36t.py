#!/usr/bin/env python3
"""Batch 36t (session 37, third round of batch 36; helper gather37t): outages told in US federal public-domain texts
with a named provider, the federal lane of batches 35b/35j/35s/36b, taken back from the National Park Service's
Morning Report to the Federal Communications Commission's own enforcement pages. Text:
  - the FCC Enforcement Bureau's news release of 6 July 2016 on its $2.4 million settlement with General
    Communication, Inc. (GCI) over five 911 service outages on GCI's wireless network in Alaska between August 2008
    and April 2016 (outages counted, never told one by one: a near-miss with a named carrier).
The text is the search tool's page-store excerpt (corpus `pages`) of transition.fcc.gov's converted HTML page, which
runs from the page's beginning and is never the whole page: the converter's notice and links, the media contact and
'For Immediate Release' lines are left out, hard line wraps are joined (whitespace only), and the text ends at the
last full sentence before the excerpt breaks off (`truncated`); no word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the text (newskg was not run on it at all).
usage: batch36t.py [POOL_DIR] [--dry]   (default /tmp/gather37t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37t/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against train/dev (by file), test (by file "
         "name only, no test file opened), GATHERING.md, every gather script and the other session-37 pools "
         "(/tmp/gather37a-k, n, p at 05:05 UTC): ")
R = []
# ---- near-miss: counted outages, named carrier ------------------------------------------------------------------
U = "https://transition.fcc.gov/eb/News_Releases/DOC-340164A1.html"
R.append(federal(
 "us-fcc-gci-alaska-911-outages-settlement-release-2016", U, "2016-07-06",
 "FCC Enforcement Bureau settlement with General Communication, Inc. (GCI) over 911 service outages in Alaska",
 "WASHINGTON, July 6, 2016 \u2013 The Federal Communications Commission\u2019s Enforcement Bureau has reached a $2.4 "
 "million settlement with General Communication, Inc. (GCI), resolving an investigation into five 911 service "
 "outages that occurred on the company\u2019s wireless network in various parts of Alaska between August 2008 and "
 "April 2016.  As part of the settlement, GCI has agreed to strengthen its procedures for providing 911 service and "
 "to adopt robust compliance measures to ensure that it adheres to the FCC\u2019s 911 service reliability and outage "
 "notification rules in the future.\n\n"
 "\"Americans should be able to reach 911 at any time, whether they live in New York City or a village in Alaska,\" "
 "said Travis LeBlanc, Chief of the FCC's Enforcement Bureau. \"We will continue to work with service providers "
 "across the nation to ensure they meet this critical expectation to protect the public's\n\n"
 "In its investigation, the Enforcement Bureau found that the five separate GCI 911 service outages prevented "
 "significant numbers of the company\u2019s wireless customers from reaching first responders when making 911 calls.",
 "telecoms", "outage,regulatory",
 "US Federal Communications Commission, Enforcement Bureau, news release DOC-340164A1 "
 "(no headline in the excerpt), 6 July 2016, US federal "
 "government work (public domain); text as transition.fcc.gov's converted HTML page holds it, from the search "
 "tool's page store at " + U,
 "transition.fcc.gov (search tool page store)",
 "Left out: the converter's links ('Click here for Adobe Acrobat version' / 'Microsoft Word version' / 'Consent "
 "Decree') and its notice, 'Media Contact: Will Wiquist, 202-418-0509' and 'For Immediate Release' (the date kept "
 "as `published`; the title is the batch's own, the excerpt holding no headline). Hard line wraps joined "
 "(whitespace only); paragraph breaks kept where the page breaks its lines into paragraphs. The quotation's second "
 "sentence breaks off at 'to protect the public's' in the page itself (the converter dropped the rest of the line: "
 "kept as it stands, no word added). Cut before 'The investigation determined that all five outages would likely "
 "have been either minimized, or entirely avoided...', where the excerpt breaks off (`truncated`). 172 words. "
 "Found with 'docs.fcc.gov order consent decree 911 outage Alaska GCI Peerless Inteliquent Cincinnati Bell "
 "Mediacom outage PSAPs' (rank 1) and 'Enforcement Bureau $2.4 million settlement General Communication GCI five "
 "911 service outages Alaska' (rank 1; the Bureau's order DA 16-735 came back too, the same matter, not taken). "
 + CHECK + "'GCI', 'General Communication', 'LeBlanc', 'Hooper Bay', 'Nenana': 0 in GATHERING.md, the scripts and "
 "train/dev; 'Alaska' only in other matters (an airline, an oil spill); test: 0 by file name.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
