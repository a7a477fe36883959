#!/usr/bin/env python3
"""Batch 38b (session 39, gatherer 39b): outages told in US federal public-domain texts, the federal lane of batches
35b, 35j, 35s, 36b, 36i, 36r, 36t, 36u, 37b, 37j and 37z, two National Park Service texts on subjects the corpus
had none of:
  - Hurricane Irene's first morning after, as the NPS Morning Report of Monday 29 August 2011 told it: support teams
    sent to Cape Lookout, Cape Hatteras and the National Parks of New York Harbor, 'most have reported minor damage
    and power outages', and at Cape Hatteras 'Power and some radio systems were out' (no utility named) -- the lead
    batches 36b and 36i left (Irene's reports), taken from the first report of the storm;
  - a near-miss with the utility named: Yellowstone National Park's release of 9 April 2014 (no. 14-018) on the
    approved plan to improve the park's electrical power distribution, 'operated by Northwestern Energy (NWE)', whose
    infrastructure 'is prone to frequent outages' (outages counted, none told), approved by Sue Masica, Director of
    the Intermountain Region of the NPS -- a copy on pressreleasepoint.com that reproduces the release with its NPS
    header.
Each text is the search tool's page-store excerpt (corpus `pages`), which starts at a page's beginning and is never
a whole page. What was removed from each text (banners, date and contact lines, headings, the part after the
excerpt's last full sentence or paragraph) is listed in its `notes`; paragraphs are joined with a blank line
(whitespace only). No word added or changed. Written before any extractor ran on these texts (newskg was not run on
them at all).
usage: batch38b.py [POOL_DIR] [--dry]   (default /tmp/gather39b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal, nps_attribution as mr_att, NPS_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39b/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against train/dev (by file), test (by file "
         "name and count only, no test file opened), GATHERING.md, every gather script and the other session-39 "
         "pools and scripts (/tmp/gather39e alone, empty, at the first check; /tmp/gather39a-f and batch38a/c-f at "
         "the last, none holding an Irene, Yellowstone, Northwestern Energy or Hatteras text): ")
MR = ("The NPS Morning Report is the National Park Service's daily digest of incidents in the parks, written by its "
      "own staff (a federal work); npshistory.com, an archive of NPS documents, reproduces it and adds no words in "
      "the kept part. ")

R = []
# ---- Hurricane Irene, Morning Report of Monday 29 August 2011 ---------------------------------------------------
U = "http://npshistory.com/morningreport/2011/08-29.htm"
R.append(federal(
 "us-nps-hurricane-irene-cape-hatteras-power-radio-out-morning-report-2011", U, "2011-08-29",
 "East Coast Areas: Hurricane Irene Mauls East Coast",
 "Hurricane Irene this morning is just a memory, but parks from North Carolina to New England are dealing with the "
 "damage it left in its wake. Some of the initial reports received from affected areas appear below, based on "
 "regional telephone conferences held on Sunday morning (with some later additions). But first here's an overview "
 "of support teams dispatched to assist parks:\n\n"
 "Cape Lookout NS - The Midwest IMT (Jim Hummel, IC) and a regional assessment team.\n\n"
 "Cape Hatteras NS - The Eastern IMT (Zeph Cunningham, IC), a SETT team, a regional assessment team and sawyer "
 "teams.\n\n"
 "National Parks of New York Harbor - Pacific West IMT (Denny Ziemann, IC) and an interdisciplinary support team\n\n"
 "Since many parks that reported closures over the weekend will reopen today and since most have reported minor "
 "damage and power outages, only those with significant issues are reported here (south to north):\n\n"
 "Cape Lookout NS - An initial assessment has been conducted. Docks have sustained varying amounts of damage; sand "
 "washes impeding access may also affect ferries. There's been some shingle and siding damage to structures. Septic "
 "systems may have been impacted and back roads damaged at Great Island. No assessments have yet been made of "
 "Portsmouth Village or Cape Lookout Village.\n\n"
 "Cape Hatteras NS - Flooding occurred throughout the Outer Banks, particularly on the sound side, where it was "
 "deemed \u201chistoric\u201d in proportion. Power and some radio systems were out. Highway 12, the vulnerable road "
 "leading into the park, was reportedly wiped out north of Rodanthe and washed over elsewhere. Road damage was also "
 "reported in Salvo.\n\n"
 "Colonial NHP - Colonial Parkway, which runs from Yorktown to Jamestown, is closed due to the many trees that fell "
 "across it during the storm. No building damage has been reported.",
 "government services/national parks", "outage",
 mr_att("East Coast Areas -- Hurricane Irene Mauls East Coast", "2011-08-29", U), NPS_ORIGIN,
 MR + "Left out: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the date line 'Monday, August 29, 2011' (kept "
 "as `published`), the marker '*** UPDATED ***', the section word 'INCIDENTS' and the item's region and heading "
 "lines 'East Coast Areas' / 'Hurricane Irene Mauls East Coast' (kept as `title`, with a colon in the title only). "
 "Cut after the Colonial NHP entry, before 'Richmond NBP - As with many othe...', where the excerpt breaks off "
 "(`truncated`; the report's entries further north are not in the kept part). Kept as written: the New York Harbor "
 "line without a full stop, 'here's', 'There's', the curly quotes round 'historic', 'NS', 'NHP', 'IMT', 'IC', 'SETT'. "
 "Found with 'NATIONAL PARK SERVICE MORNING REPORT August 30, 2011 Hurricane Irene Fort McHenry Hampton massive "
 "power outages throughout the region' (rank 3; rank 1 was the report of 30 August, whose only outage words are "
 "'massive power outages throughout the region' as the reason two parks stay closed -- one Irene text only, the "
 "first report taken for its told outage). " + CHECK + "'Hurricane Irene' 0 everywhere ('Irene' only as people's "
 "names); 'Rodanthe', 'Salvo', 'Colonial Parkway', 'Zeph Cunningham', 'Ziemann', 'Portsmouth Village', "
 "'New York Harbor', 'Great Island': 0; 'Cape Hatteras', 'Hatteras' and 'Cape Lookout' only batch 36b's Hurricane "
 "Earl near-miss of 1 September 2010 (another storm) and its notes; 'Hummel' only a football coach in a Wikinews "
 "text; 'Irene' in train only Irene Charnley's biography and the MTN Group text; test: 'Irene', 'Rodanthe', "
 "'Colonial Parkway' 0 by count.", True))

# ---- Yellowstone NP, release 14-018 of 9 April 2014: NWE's power distribution plan (near-miss) ------------------
U = "http://www.pressreleasepoint.com/yellowstone-utility-service-upgrade-plan-approved"
R.append(federal(
 "us-nps-yellowstone-northwestern-energy-utility-upgrade-plan-approved-release-2014", U, "2014-04-09",
 "Yellowstone Utility Service Upgrade Plan Approved",
 "A plan to improve the reliability, safety and overall service quality of Yellowstone National Park\u2019s "
 "electrical power distribution, operated by Northwestern Energy (NWE), was approved by Sue Masica, Director of "
 "the Intermountain Region of the National Park Service, last week.\n\n"
 "An Environmental Assessment (EA) that analyzed four alternatives was released for a 45-day public comment period "
 "on November 6, 2013.\n\n"
 "The plan seeks to reduce the duration of power outages, improve system reliability and improve visitor and "
 "employee safety. Much of NWE's existing power infrastructure in the park has not been updated since the "
 "1950\u2019s and is prone to frequent outages because of the remote nature of the park, inhospitable terrain, "
 "climate, and tree cover near transmission lines. Additionally, the park's system lacks modern communication "
 "infrastructure that would normally facilitate diagnosing and correcting the cause of power outages from NWE's "
 "central offices in Montana. Further, the lack of reliable communications inside the park can make it difficult "
 "for NWE employees to safely implement repairs when outages occur.\n\n"
 "Components of the plan include incorporating automated, remote power monitoring and control system technology, "
 "as well as the installation of equipment buildings, back-up power generators and propane fuel tanks.",
 "energy/electricity distribution", "near-miss",
 "U.S. Department of the Interior, National Park Service, Yellowstone National Park, news release 14-018 "
 "'Yellowstone Utility Service Upgrade Plan Approved', 9 April 2014, US federal government work (public domain); "
 "text as a pressreleasepoint.com copy reproduces it (with the release's NPS header), from the search tool's page "
 "store at " + U,
 "NPS news release via a pressreleasepoint.com copy (search tool page store)",
 "An NPS news release written by the park's public affairs staff (a US federal work, public domain): the copy "
 "reproduces its header ('National Park Service / U.S. Department of the Interior / Yellowstone National Park / "
 "P.O. Box 168 / Yellowstone National Park, WY 82190 / April 9, 2014 14-018') and adds no words to the kept part. "
 "Removed: the copy's lines 'National Park Service's picture', 'Printer-friendly version' (twice) and 'Date: April "
 "9, 2014', the release header above, the contact lines 'Al Nash or Dan Hottle / (307) 344-2015', and the headline "
 "(kept as `title`; it appears twice, as the page's heading and the release's). Cut after '...propane fuel tanks.', "
 "before 'Communication technology upgrades include the construction of new metal lattice towers ... on U.S. "
 "Fore...', where the excerpt breaks off inside a sentence (`truncated`). Kept as written: 'Park\u2019s' and "
 "'1950\u2019s' with curly apostrophes beside 'NWE's' and 'park's' with straight ones, 'Northwestern Energy' "
 "(so spelt), 'back-up'. Near-miss: a utility's outages in the park counted ('prone to frequent outages') and a plan "
 "to shorten them, no outage told one by one (GUIDELINES part 2). Found with 'Yellowstone temporary power outage "
 "Old Faithful NorthWestern Energy replace damaged power distribution pole nps.gov news release' (rank 2) and "
 "'Yellowstone Utility Service Upgrade Plan Approved Finding of No Significant Impact NWE towers substations "
 "periodically review technologies' (rank 5; no nps.gov page came back; the other copies -- ecmweb.com, "
 "yellowstonegate.com -- rewrite it). " + CHECK + "'Masica', 'Intermountain Region', 'Al Nash', 'Hottle', "
 "'Environmental Assessment': 0 everywhere; 'NorthWestern Energy' / 'Northwestern Energy' only batch 35s's Morning "
 "Report on the Yellowstone storm of December 2006 (another event: an outage told; this text tells none) and its "
 "script; 'Yellowstone' otherwise only batch 36b's Dangling Rope text (in passing); 'NWE' only inside 'MANWEB' "
 "(batch 32c's script and notes, one test file by count); test: 'Masica', 'Yellowstone', 'Environmental "
 "Assessment' 0 by count.", True))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
