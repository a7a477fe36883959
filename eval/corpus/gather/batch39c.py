#!/usr/bin/env python3
"""Batch 39c (session 40, gatherer 39c): outages told in US federal public-domain texts, the federal lane of batches
36b/36i/36r/36t/36u/37b/37j/37z/38b. The brief asked for outages with a NAMED provider (FCC/PSHSB reports and orders
on carriers' outages, FAA/NTSB, SEC/CFTC, DOE/FERC, NPS). Every federal text with a named provider that the page store
returned is either already in the corpus (AT&T 22 February 2024, CenturyLink December 2018, T-Mobile June 2020, the
2020 911 consent decrees, AT&T August 2023, NOTAM January 2023, NYSE July 2015, Knight Capital) or held only in news,
trade or joint (FERC-NERC, nerc.com) copies (see GATHERING.md, batch 39c). In the time, one federal text on a storm
the corpus holds no text on was taken, its provider unnamed:
  - Hurricane Isabel on the Outer Banks, the NPS Morning Report of Friday 19 September 2003 (npshistory.com archive):
    Cape Hatteras NS closed, power lines down all over Hatteras Island, electric power out south of Oregon Inlet and
    about 5,000 customers north of it without power; Cape Lookout NS overwashed.
Text is the search tool's page-store excerpt (corpus `pages`). The banner, the date line (kept as `published`), the
section word and the region and heading lines (kept as `title`) are left out; the list bullets are dropped; cut where
the excerpt breaks off inside a sentence. No word added or changed. Written before any extractor ran on the text
(newskg was not run on it).
usage: batch39c.py [POOL_DIR] [--dry]   (default /tmp/gather40c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal, nps_attribution, NPS_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40c/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against the corpus files (grep -l over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script and the session-40 pools /tmp/gather40*/pool: ")
R = []
# ---- Hurricane Isabel, NPS Morning Report of Friday 19 September 2003 -----------------------------------------------
U1 = "http://npshistory.com/morningreport/2003/09-19.htm"
R.append(federal(
 "us-nps-hurricane-isabel-hatteras-island-power-out-morning-report-2003", U1, "2003-09-19",
 "East Coast Areas: Isabel Sweeps Up The East Coast",
 "Due to the ongoing passage of Hurricane Isabel through the eastern states, not all parks have been able to report "
 "on their status. Here's a rundown of those that had been heard from as of late yesterday evening (south to "
 "north):\n\n"
 "Cape Hatteras NS \u2014 All park areas and facilities remain closed. By 8 a.m. yesterday, villages and towns in the "
 "Outer Banks had completed their evacuations. Many properties and most commercial facilities were boarded up, and "
 "some had sandbagged to protect from storm surges and tidal flooding. As of early afternoon, the hurricane was "
 "passing over Hatteras Island. Sustained winds on Hatteras Island had already reached 90 mph. Sound side flooding "
 "was expected after the eye passed and winds shifted. Power lines were reported to be down all over the island. "
 "Electric power was out to the south of Oregon Inlet, and about 5,000 customers north of Oregon Inlet were also "
 "without power. Ocean overwash was occurring at the motels on the north end of Buxton. The ocean was also rolling "
 "over Highway 12 in that area. Three pilings had washed onto the road and were blocking the highway. A wall of one "
 "of the motels in Buxton washed out. The waves were reported to be chest deep on the island. At least two feet of "
 "water was on the road between Avon and Buxton, and water was completely covering Highway 12 between Hatteras and "
 "Frisco, making it impassable. A wind gust of 96 mph was reported in Rodanthe at 11:30 a.m. Water was three to "
 "four feet deep in the village of Ocracoke.\n\n"
 "Cape Lookout NS \u2014 The hurricane passed over the park yesterday, with peak impact between noon and 2 p.m. Storm "
 "surge was predicted to run from 9 to 15 feet, making a complete overwash of the island possible. Major damage is "
 "expected along the park's entire 56-mile length.",
 "government services/national parks", "outage",
 nps_attribution("East Coast Areas -- Isabel Sweeps Up The East Coast", "2003-09-19", U1),
 NPS_ORIGIN,
 "The NPS Morning Report of Friday 19 September 2003 as the npshistory.com archive reproduces it. Left out: the "
 "banner 'NPS Visitor and Resource Protection / The Morning Report', the date line 'Friday, September 19, 2003' "
 "(kept as `published`), the section word 'INCIDENTS' and the region and heading lines 'East Coast Areas' / "
 "'Isabel Sweeps Up The East Coast' (kept as `title`, joined by a colon in the title only). The two list bullets "
 "('\u2022') before 'Cape Hatteras NS' and 'Cape Lookout NS' dropped, each entry kept as its own paragraph "
 "(whitespace only); the em dashes after the park names kept. Cut after '...the park's entire 56-mile length.', "
 "before 'An incident command center remains in place in Greensboro, ...', where the excerpt breaks off inside the "
 "sentence (`truncated`; the report's later entries are not in the stored text). Kept as written: 'NS', 'Sound "
 "side', 'Here's', 'park's'. 313 words. One text per event: the Morning Reports of 18 September (preparations, no "
 "outage), 22 and 23 September (incident teams, damage at Cape Lookout; the same storm) and the NPS review 'Hurricane "
 "Isabel: The National Park Service Response' (docslib copy) left out. Found with 'NATIONAL PARK SERVICE MORNING "
 "REPORT Hurricane Isabel power outages park without power Dominion Virginia Power 2003' (rank 7). "
 + CHECK + "'Hurricane Isabel', 'Trexler', 'Dare County', 'Moores Creek', 'September 19, 2003': 0 in the corpus "
 "files, the scripts, GATHERING.md and the pools; 'Isabel' only as people (Isabel dos Santos; a Wikinews protest "
 "text); 'Oregon Inlet', 'Ocracoke', 'Frisco' only in batch 36b's Hurricane Earl near-miss (1 September 2010, "
 "another storm); 'Buxton' and 'Avon' only as other names (a 1906 Hansard text, companies).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
