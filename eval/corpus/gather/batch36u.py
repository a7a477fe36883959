#!/usr/bin/env python3
"""Batch 36u (session 37, helper gather37u): the fourth Morning Report round of the federal lane this session (after
batches 36b, 36i and 36r), from the National Park Service's daily 'Morning Report' as held by the npshistory.com
archive. Three events no earlier batch told:
  - Timpanogos Cave, September 1991: a storm's slides close the cave trail and the power at the cave is out --
    Morning Report, 11 September 1991;
  - Timpanogos Cave, July/August 2000: the park's computer server pulled from the administration office ahead of
    the Oak Hill Fire, back on line late on 3 August (a near-miss: the park's own precautionary removal) -- Morning
    Report, 7 August 2000 (the lead batch 36r left);
  - Timucuan after Tropical Storm Fay, August 2008: Fort Caroline still closed for want of power at its visitor
    centre, with Canaveral's reopening beside it -- Morning Report, 25 August 2008.
Each text comes from the search tool's page store (corpus `pages`); an excerpt there starts at the page's beginning
and never holds the whole page. Removed from every text: the banner, addressing and date lines (the date kept as
`published`), almanac paragraphs, the section word 'INCIDENTS', item number and heading lines (kept as `title`), the
submitters' bracketed sign-offs, and the report's other items. Paragraphs kept, joined by blank lines; the two old
reports are fixed-width text whose wrapped lines were joined and whose double spaces after full stops were made
single (whitespace only). No word added or changed. newskg was not run on any of these texts.
usage: batch36u.py [POOL_DIR] [--dry]   (default /tmp/gather37u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal, nps_attribution as att, NPS_ORIGIN as ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37u/pool"
CHECK = ("Before annotation its names, places and dates were looked for in train/dev (files), test (file names "
         "only; no test file opened), GATHERING.md, all gather scripts (36b, 36i and 36r included) and the other "
         "session-37 pools (/tmp/gather37a-t as they stood): ")
MR = ("The Morning Report is the NPS's daily digest of incidents, written by Service staff (a US federal work, "
      "public domain); the npshistory.com archive reproduces it without adding words to the kept part. ")
FIXED = ("The report is an early plain-text edition in fixed-width lines: wrapped lines joined with one space and "
         "double spaces after full stops made single (whitespace only). ")


R = []
# ---- Timpanogos Cave, storm of 8 September 1991 ----------------------------------------------------------------
U = "https://npshistory.com/morningreport/1991/09-11.htm"
R.append(federal(
 "us-nps-timpanogos-cave-storm-slides-power-out-morning-report-1991", U, "1991-09-11",
 "Timpanogos Cave (Utah): Storm Damage",
 "A storm which dropped over two inches of rain in American Fork Canyon on September 8th caused substantial damage "
 "on the Timpanogos Cave trail. Slides started just above the park's visitor center and continued throughout the "
 "trail's mile and a half length. Major slides occurred at over ten locations, covering the trail with up to eight "
 "feet of rock and dirt debris and damaging both the trail surface and rock retaining walls. Park crews shoveled "
 "foot paths through the major slides in order to advance up the trail and check the conditions further up. The "
 "rock fall barricade at the top of the trail was full of debris; although it was cleared, the barricade screens "
 "will need repair. Several smaller rocks broke through the screens and fell into the interior of the cave trail "
 "restroom. Large amounts of water also flowed into the structure. Power at the cave was out. The trail will "
 "remain closed until all debris can be cleared and the rock fall hazard to visitors can be reduced.",
 "energy/electricity distribution", "outage",
 att("91-475 - Timpanogos Cave (Utah) - Storm Damage", "1991-09-11", U), ORIGIN,
 MR + FIXED + "Removed: the header lines 'MORNING REPORT', 'Attention: Directorate / Regional and Park Chief "
 "Rangers, USPP, BIFC, FLETC / CC: RAD Information Net' and 'Day/date: Wednesday, September 11, 1991' (kept as "
 "`published`), the item line '91-475 - Timpanogos Cave (Utah) - Storm Damage' (kept less its number as `title`, "
 "the colon in the title only) and the sign-off '[Telefax from Dick Powell, RAD/RMRO, 9/9]'. The item is kept "
 "whole (about 170 words); cut before the next item ('91-476 - Lava Beds (California) - ARPA Recoveries', no "
 "outage; `truncated` as the report goes on). Found with 'Timpanogos Cave Oak Hill Fire server off line August 2000 "
 "Morning Report' (rank 4), a search for 36r's lead that brought up this older report of the same park. " + CHECK +
 "'Timpanogos' only in 36r's lead on the 2000 fire (GATHERING.md), 'American Fork', 'Lava Beds' in this sense: 0; "
 "test: 0 by file name.", True))

# ---- Timpanogos Cave, Oak Hill Fire, July/August 2000 (near-miss) ------------------------------------------------
U = "http://npshistory.com/morningreport/2000/08-07.htm"
R.append(federal(
 "us-nps-timpanogos-cave-oak-hill-fire-server-off-line-morning-report-2000", U, "2000-08-07",
 "Timpanogos Cave NM (UT): Follow-up on Park Closure",
 "The park was closed on the afternoon of July 30th due to the proximity of the Oak Hill Fire. The human-caused "
 "blaze traveled up a west-facing slope over rugged terrain and spotted into American Fork Canyon, where the park "
 "is located. The fire has since burned about 900 acres to the northwest of the park and is 15% contained. It's "
 "spreading slowly to the north and northwest, away from the park, and has not spotted significantly. When the "
 "fire approached the park in the early hours of July 31st, the computer server and critical files were removed "
 "from the administration office. The server was placed back on line late on August 3rd and communications with "
 "the park have been fully restored. The Oak Hill Fire is being managed as part of the Wasatch Complex. Red-carded "
 "park staff were formed into a crew and required to remain in the park around the clock. The Type I team managing "
 "the complex advised park staff to reduce fuel around park buildings, which was done. The road in lower American "
 "Fork Canyon and the park were closed, but both have reopened. A map of the fire can be found at "
 "http://www.fs.fed.us/r4/uinta/fire/wasatchcomplex/maps.html; details on the fire are also available at that "
 "site.",
 "government services/national parks", "near-miss",
 att("00-449 - Timpanogos Cave NM (UT) - Follow-up on Park Closure", "2000-08-07", U), ORIGIN,
 MR + FIXED + "Removed: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the 'To:', 'From:' and 'Day/Date: "
 "Monday, August 7, 2000' lines (the date kept as `published`), the ALMANAC paragraph (Fort Union Trading Post, "
 "1867), the section word 'INCIDENTS', the item line '00-449 - Timpanogos Cave NM (UT) - Follow-up on Park Closure' "
 "(kept less its number as `title`, the colon in the title only) and the sign-off '[Kit Mullen, TICA, 8/6]'. The "
 "item is kept whole (about 210 words; the map URL kept as printed); cut before the next item ('00-452 - Catoctin "
 "Mountain Park (MD) - Special Event', which the excerpt breaks off inside; `truncated`). Near-miss, not outage: the "
 "server was taken off line by the park itself as the fire approached (see the annotate script). Found with "
 "'Timpanogos Cave Oak Hill Fire server off line August 2000 Morning Report' (rank 2), the lead batch 36r left. " +
 CHECK + "'Timpanogos' and 'Oak Hill Fire' only in 36r's lead (GATHERING.md; 'Oak Hill' in batch36j is the "
 "private-equity firm), 'Wasatch Complex', 'American Fork': 0; test: 0 by file name.", True))

# ---- Timucuan and Canaveral after Tropical Storm Fay, August 2008 ------------------------------------------------
U = "https://npshistory.com/morningreport/2008/08-25.htm"
R.append(federal(
 "us-nps-timucuan-tropical-storm-fay-fort-caroline-no-power-morning-report-2008", U, "2008-08-25",
 "Southeast Region: Parks Regroup Following Tropical Storm Fay's Passage",
 "Tropical Storm Fay moved across Florida and southern Georgia and along the Gulf Coast over the weekend before "
 "diminishing to a tropical depression. Little damage was done, but facilities in some parks remain closed.\n\n"
 "Canaveral NS - The park reopened around noon on Friday. The storm caused minor damage to homes and left lots of "
 "debris. The park suffered about $3,000 in damage. Several hundred dead birds were found at the visitor center and "
 "at a few beachside comfort stations. As of the late Friday, the park had cleared its main entrance roads of "
 "debris. Smaller loop roads remained closed and were in the process of being cleared. All boat ramps were closed "
 "due to water flowing over the docks.\n\n"
 "Timucuan E&HP - The status of park facilities as of yesterday afternoon was as follows:\n\n"
 "Kingsley Plantation had reopened to the public. Numerous limbs had been removed and several hazard trees flagged "
 "and isolated pending removal on Monday by USFS fallers. One window in the historic Main House was broken due to "
 "storm shutter failure but no water damage occurred.\n\n"
 "Fort Caroline was still closed to the public due to the lack of power to the visitor center, trees down on "
 "interpretive trails, and a large quantity of litter at the fort model. The litter was washed in by high water. "
 "Expectations were that the litter and trees would be removed by late afternoon, but lack of power at the visitor "
 "center could prevent its reopening.\n\n"
 "The Roosevelt area (Willie Brown and associated trails) had not yet been evaluated and remained closed.\n\n"
 "The Cedar Point boat ramp was open. The trails at Cedar Point had a small number of trees blocking them and will "
 "require about two to four person-days to open.",
 "energy/electricity distribution", "outage",
 att("Southeast Region -- Parks Regroup Following Tropical Storm Fay's Passage", "2008-08-25", U), ORIGIN,
 MR + "Removed: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the date line 'Monday, August 25, 2008' (kept "
 "as `published`), the rule of '=' signs, the section word 'INCIDENTS' and the item's region and heading lines "
 "(kept as `title`, the colon in the title only). Cut before 'Thomas Creek roads have not be...', where the "
 "excerpt breaks off (`truncated`; Timucuan's remaining areas and any later parks of the item are not in the kept "
 "part). Kept as written: 'As of the late Friday', 'E&HP', 'NS'. Found with 'National Park Service Morning "
 "Report phone lines cut fiber optic cable park telephone service out' (rank 8). " + CHECK + "'Tropical Storm Fay', 'Timucuan', "
 "'Fort Caroline', 'Willie Brown', 'Cedar Point', 'Thomas Creek': 0; 'Kingsley' only a person in batch 15d; "
 "'Canaveral' only Cape Canaveral launch texts of earlier batches (other subjects); test: 0 by file name.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
