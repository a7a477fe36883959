#!/usr/bin/env python3
"""Batch 18c part 3: an Australian airline acquisition under the competition regulator's review — the ACCC's Statement
of Issues on Virgin Australia's proposed acquisition of 60% of Tiger Airways Australia (ACCC media release; CC BY 4.0,
ACCC 'Disclaimer and copyright' page). The text is the search tool's page-store excerpt (corpus `pages`), embedded
here and cut at the last full sentence kept (`truncated`). Written after parts 1 and 2 were annotated and split, so
that their splits stay untouched (as batch 17e part 3). Edits in `notes`; no word added or changed.
usage: batch18c3.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18c import rec, ACCC_O

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = [rec("accc-virgin-australia-tiger-australia-statement-of-issues-2013",
 "http://www.accc.gov.au/media-release/accc-calls-for-comment-on-virgin%E2%80%99s-proposed-acquisition-of-60-of-tiger",
 None, "ACCC calls for comment on Virgin’s proposed acquisition of 60% of Tiger", "Australian Competition and Consumer Commission, media release",
 "The Australian Competition and Consumer Commission today released a Statement of Issues on the proposed acquisition by Virgin Australia Holdings Limited (Virgin Australia) of 60% of Tiger Airways Australia Pty Ltd (Tiger Australia).\n\n"
 "The Statement of Issues sets out the ACCC’s preliminary views and seeks further information on certain competition issues which have arisen from the ACCC's review to date.\n\n"
 "Virgin Australia is the second largest airline operator in Australia behind Qantas Group.\n\n"
 "Tiger Australia is a domestic airline that commenced operations in November 2007 and currently services 11 domestic routes with 11 aircraft. Tiger Australia operates under a low cost carrier model which primarily focuses on price sensitive domestic leisure travellers.\n\n"
 "“The ACCC’s preliminary view is that the proposed acquisition may raise competition concerns in the market for Australian domestic air passenger transport services,” ACCC Chairman Rod Sims said.\n\n"
 "“The ACCC’s concerns relate to the risk of muted competition following the reduction in the number of airline groups within Australia from three to two (excluding regional airlines), and the loss of Tiger Australia as an independently owned discount competitor.”\n\n"
 "“This potential reduction in competition arises as a result of the increased ability on the part of Qantas/Jetstar and Virgin Australia/Tiger Australia to coordinate their activities once Tiger Australia is no longer operating as an independent low cost carrier.”\n\n"
 "In expressing this preliminary view, the ACCC has also outlined certain factors that may affect the ACCC’s final decision, including Tiger Australia’s financial position and the likely size and strength of Tiger Australia post-acquisition.\n\n"
 "“If the ACCC were to conclude that Tiger Australia would exit the market in the absence of the proposed acquisition, this would be highly relevant to our assessment,” Mr Sims said.",
 "airlines", "non-US", "deal",
 "The media release's body (heading kept as title; no date in the excerpt, so `published` is null and 'today' is not resolved; the release's mixed apostrophes kept as printed). Cut before the quotation the excerpt cuts off ('“Another relevant factor is that the merger parties have'). Virgin Australia's proposed acquisition of Tiger Australia (2013) is new to the corpus ('Tiger Australia', 'Virgin Australia': 0 in every split; Tiger Airways is named in one train file about Virgin Blue's New Zealand service of 2007).",
 "ACCC", ACCC_O)]

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
