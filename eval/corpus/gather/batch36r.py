#!/usr/bin/env python3
"""Batch 36r (session 37, helper gather37r): outages told in US federal public-domain texts, the third Morning Report
round of the federal lane this session (after batches 36b and 36i), from the National Park Service's daily
'Morning Report' as the npshistory.com archive holds it. Four events no batch told:
  - Gulf Islands after Hurricane Erin: the Santa Rosa day use area still without power while the park negotiates
    with Gulf Power over its downed overhead lines (the one text that names the utility) -- Morning Report,
    8 August 1995 (with the next item of that report, a homicide at Lake Mead, which tells no outage);
  - Gulf Islands after Hurricane Opal: telephone service sporadic and most electricity out where the Florida District's
    employees live -- Morning Report, 6 October 1995;
  - Death Valley's flash floods of August 2004: power and phones back, the water main to the Furnace Creek tank
    broken -- Morning Report, 18 August 2004;
  - the thunderstorms of Wednesday 4 June 2008 in the National Capital Region: electricity and phone service out
    for two days at Antietam -- Morning Report, 13 June 2008.
Each text is the search tool's page-store excerpt (corpus `pages`), which starts at a page's beginning and never
holds a whole page. Left out of every text: the report's banner, addressing and date lines (the date kept as
`published`), the section word 'INCIDENTS', the item's region/park and heading lines (kept as `title`), the
submitters' bracketed signatures, and the report's other items unless a note says otherwise. Paragraphs kept and
joined with a blank line (whitespace only); no word added or changed. Per-item notes in `notes`. Written before any
extractor ran on these texts (newskg was not run on them at all).
usage: batch36r.py [POOL_DIR] [--dry]   (default /tmp/gather37r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal, nps_attribution as att, NPS_ORIGIN as ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37r/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against train/dev (by file), test (by file "
         "name only, no test file opened), GATHERING.md, every gather script (36b's and 36i's included) and the "
         "other session-37 pools (/tmp/gather37a-p as they stood at the time): ")
MR = ("The Morning Report is the National Park Service's own daily incident digest, written by its staff (a federal "
      "work, public domain); npshistory.com, an archive of NPS documents, reproduces it and adds no words in the "
      "kept part. ")
OLD = ("An early, plain-text edition of the report set in fixed-width lines: wrapped lines joined with single spaces "
       "and double spaces after full stops made single (whitespace only). ")


R = []
# ---- Gulf Islands, Hurricane Erin, August 1995 (Gulf Power named) -------------------------------------------------
U = "http://npshistory.com/morningreport/1995/08-08.htm"
R.append(federal(
 "us-nps-gulf-islands-hurricane-erin-santa-rosa-gulf-power-morning-report-1995", U, "1995-08-08",
 "Gulf Islands (Florida/Mississippi): Follow-up on Hurricane Erin",
 "Cleanup efforts continue in the park. A good deal of progress was made over the weekend, and plans still are to "
 "open Forts Pickens and Barrancas on Friday. The Santa Rosa day use area remains closed indefinitely while the park "
 "negotiates with Gulf Power to replace the downed overhead lines with underground lines. Except for Santa Rosa, all "
 "areas now have full power and phone service. The Naval Live Oaks visitor center will probably open tomorrow to "
 "provide information to visitors, but trails in the area will remain closed until downed trees can be removed. An "
 "overflight of the entire Florida District is scheduled for tomorrow.\n\n"
 "95-495 - Lake Mead (Nevada) - Homicide\n\n"
 "Two visitors near Horse Power Cove at Boulder Beach came upon a body floating in the lake on the afternoon of "
 "August 4th. Rangers subsequently recovered the body of an adult male from the shallow water just off the "
 "shoreline. He had been shot in the back several times, and rocks had been tied to his body in an apparent attempt "
 "to prevent its discovery. Park and Las Vegas investigators are conducting the investigation.",
 "energy/electricity distribution", "outage",
 att("95-469 - Gulf Islands (Florida/Mississippi) - Follow-up on Hurricane Erin", "1995-08-08", U), ORIGIN,
 MR + OLD + "Left out: the e-mail header lines ('Subject: NPS Morning Report - Tuesday, August 8, 1995', 'Date: Tues, "
 "8 Aug 1995'), the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the 'To:', 'From:', 'Day/Date:' (kept as "
 "`published`) and 'Broadcast: By 1000 ET' lines, the section word 'INCIDENTS' and the first item's line '95-469 - "
 "Gulf Islands (Florida/Mississippi) - Follow-up on Hurricane Erin' (kept, less its number, as `title`, with a colon "
 "in the title only), and the signatures '[Gene Phillips, CR, GUIS]' and '[Dale Antonich, CR, LAME]'. The Erin item "
 "alone is about 110 words, under the corpus's 150: the report's next item (95-495, a homicide at Lake Mead, no "
 "outage) is kept whole after it, its item line kept as a paragraph of its own as the report prints it. Cut before "
 "the third item ('95-496 - Death Valley (California) - Structural Fire', which the excerpt breaks off inside; "
 "`truncated`). Erin's earlier reports (3 and 7 August 1995: the park preparing; 'Power and telephone service "
 "remains out in much of the park') tell the same storm and were not taken beside this one. Found with 'NATIONAL "
 "PARK SERVICE MORNING REPORT wildfire burned power line utility company de-energized park without electricity' "
 "(rank 6) -- the lead batches 36b and 36i left. " + CHECK + "'Hurricane Erin' and 'Gulf Power' only in the leads "
 "and query strings of 36b/36i (GATHERING.md, batch36i.py, 36i's Georges file notes), no text; 'Horse Power Cove', "
 "'Boulder Beach', 'Lake Mead': 0; test: 0 by file name.", True))

# ---- Gulf Islands, Hurricane Opal, October 1995 --------------------------------------------------------------------
U = "http://npshistory.com/morningreport/1995/10-06.htm"
R.append(federal(
 "us-nps-gulf-islands-hurricane-opal-phone-electricity-out-morning-report-1995", U, "1995-10-06",
 "Eastern Parks: Follow-up on Hurricane Opal",
 "Reports have been received from more than a dozen parks affected by Hurricane Opal:\n\n"
 "Gulf Islands - The hurricane had sustained winds of 125 mph and storm tides of up to 15 feet when it came ashore "
 "just a few miles east of the Florida District headquarters at 6 p.m. on Wednesday evening. Employees began "
 "returning to the park or calling in yesterday morning. Florida District employees have had the most difficulty "
 "reporting, as telephone service is sporadic, most electricity is out, and all residents of the entire Pensacola "
 "Beach/Gulf Breeze area were evacuated prior to the hurricane's arrival. No reports have been received of any "
 "injuries to employees or serious damage to their homes, but many have not yet returned to inspect their property. "
 "A damage assessment by aircraft and four-wheel-drive vehicle was begun yesterday. The Florida District was hard "
 "hit. Most of the roadway from Fort Pickens to the park's east boundary - some 12 to 15 miles - was destroyed, "
 "largely by the huge storm tide. Some stretches were washed away or undermined, others were completely covered by "
 "beach sand. Although district buildings apparently did not suffer much damage, the Fort Pickens pier lost all its "
 "decking and many of its stringers. Almost all of the primary dunes along the entire length of Santa Rosa Island "
 "appear to have washed away, and the island was washed over in many places. Several large sailboats and a large "
 "power boat were washed up along the Perdido Key shoreline.",
 "energy/electricity distribution,telecommunications", "outage",
 att("95-653 - Eastern Parks - Follow-up on Hurricane Opal", "1995-10-06", U), ORIGIN,
 MR + OLD + "Left out: the banner, the 'To:', 'From:', 'Day/Date:' ('Friday, October 6, 1995', kept as `published`) "
 "and 'Broadcast:' lines, the section word 'INCIDENTS' and the item line '95-653 - Eastern Parks - Follow-up on "
 "Hurricane Opal' (kept, less its number, as `title`, with a colon in the title only); the list mark '*' before the "
 "park entry (typography). Cut before 'Facilities in the Mississippi District made it through without problems, "
 "...', whose sentence the excerpt breaks off (`truncated`; the roundup's dozen other parks are not in the kept "
 "part). Found with 'NPS Morning Report August 1995 Gulf Islands Hurricane Erin power phone service Santa Rosa "
 "Pensacola Beach' (rank 5). " + CHECK + "'Hurricane Opal' (0; 'Opal' only as the Opal card), 'Pensacola Beach', "
 "'Gulf Breeze': 0; 'Fort Pickens', 'Santa Rosa Island', 'Perdido Key' only in 36b's and 36i's texts on other storms "
 "(Isaac 2012, Georges 1998); test: 0 by file name.", True))

# ---- Death Valley, flash floods of August 2004 ---------------------------------------------------------------------
U = "https://npshistory.com/morningreport/2004/08-18.htm"
R.append(federal(
 "us-nps-death-valley-flash-floods-power-phones-water-main-morning-report-2004", U, "2004-08-18",
 "Death Valley National Park (CA): Park Remains Closed Due to Flash Floods",
 "The park, which was closed on Monday following major flooding from all-night rains that killed at least two "
 "people, will remain closed until further notice. Here are some particulars:\n\n"
 "All roads and the park's airport are closed. Substantial amounts of debris cover several sections of Highway 190 "
 "within the park. Many other sections of the road were broken up and carried away in water and mud flows.\n\n"
 "The floods broke the water main to a two million gallon tank at Furnace Creek. Maintenance crews have located at "
 "least two breaks in the line and have begun the long process of making repairs. Once fixed, it will take 24 hours "
 "to fill the tank via gravity feed, plus time to test the water system.\n\n"
 "Power has been restored and phones are now working.\n\n"
 "Work crews and equipment from Lake Mead NRA and Mojave NP are assisting the park's staff. Also assisting are the "
 "California Highway Patrol, California Department of Transportation, Southern California Edison, the Inyo County "
 "Sheriff's Office, and Xanterra Parks and Resorts, Inc. (operator of Furnace creek and Stovepipe Wells visitor "
 "services). Superintendent J.T. Reynolds had this to say about the closure: \"The safety of visitors and employees "
 "is our primary concern. We regret having to take this closure action but it is necessary while critical "
 "infrastructure is repaired.\"",
 "energy/electricity distribution,telecommunications,utilities/water", "outage",
 att("Death Valley National Park (CA) -- Park Remains Closed Due to Flash Floods", "2004-08-18", U), ORIGIN,
 MR + "Left out: the banner 'NPS Visitor and Resource Protection / The Morning Report', the date line 'Wednesday, "
 "August 18, 2004' (kept as `published`), the section word 'INCIDENTS' and the item's park and heading lines (kept "
 "as `title`, with a colon in the title only); the bullet marks before the three particulars (typography; each kept "
 "as its own paragraph); the item's last sentence ('For a story on this incident, please see yesterday's USA Today "
 "by clicking on \"More Information\" below.', a pointer to a web link), the signature '[Submitted by Holly "
 "Bundock, ...; Roxanne Dey, ...]' and the link label 'More Information...'; the report's fire-management section "
 "after the item. Nothing of the item itself is cut (`truncated` set for the left-out last sentence). Kept as "
 "written: 'Furnace creek' (lower-case c), 'J.T. Reynolds'. Found with 'NATIONAL PARK SERVICE MORNING REPORT "
 "wildfire burned power line utility company de-energized park without electricity' (rank 5). " + CHECK + "'Death "
 "Valley' only in a lead of an earlier batch (a June 2025 outage, news copies only: another event), 'Furnace Creek', "
 "'Southern California Edison', 'Xanterra', 'Stovepipe Wells', 'Inyo County': 0; test: 0 by file name.", True))

# ---- National Capital Region / Antietam, storms of 4 June 2008 -------------------------------------------------------
U = "https://npshistory.com/morningreport/2008/06-13.htm"
R.append(federal(
 "us-nps-antietam-storms-electricity-phone-out-morning-report-2008", U, "2008-06-13",
 "National Capital Region: Parks Still Recovering From Severe Storms",
 "On Wednesday, June 4th, a series of powerful thunderstorms passed through the National Capital Region, prompting "
 "the National Weather Service to issue 70 severe thunderstorm, marine, and tornado warnings in the "
 "Baltimore/Washington area. While none of the tornados struck any parks in NCR, virtually all NCR areas suffered "
 "damage from downed trees and power lines. Here's a follow-up report on recovery efforts:\n\n"
 "Antietam NB - The park was hit by a severe storm with straight-line winds in excess of 100 mph. The storm lasted "
 "for about 35 minutes before moving off to the northeast. Damage was most severe in the national cemetery and on "
 "the northern end of the battlefield. The towns of Sharpsburg and Keedysville were also heavily impacted, and "
 "Maryland Routes 65 and 34 were closed due to fallen trees. All park staff were involved in responding to needs of "
 "visitors and to helping out with emergency operations in local communities. Park staff reopened Route 65 for fire "
 "and EMS traffic, provided manpower to assist in opening Route 34, and provided traffic control in the town of "
 "Sharpsburg. Over 140 trees were lost across the battlefield, including 15 at the national cemetery (none of the "
 "\u2018witness trees' from the battle have been lost). Structural damage was reported at the Miller, Roulette, J. "
 "Poffenberger and Parks farms, including major damage to outbuildings and barns at the latter two. The 78-foot "
 "steel flagpole in the national cemetery was bent by the wind. Over 3,000 linear feet of historically accurate "
 "fencing was damaged, as were battlefield trails and historic roads. Electricity and phone service were out for "
 "two days, with phone service yet to be fully restored.",
 "energy/electricity distribution,telecommunications", "outage",
 att("National Capital Region -- Parks Still Recovering From Severe Storms", "2008-06-13", U), ORIGIN,
 MR + "Left out: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the date line 'Friday, June 13, 2008' (kept "
 "as `published`), the rule of '=' signs, the section word 'INCIDENTS' and the item's region and heading lines "
 "(kept as `title`, with a colon in the title only). Cut before 'Damage assessments continue in areas that "
 "were...', where the excerpt breaks off (`truncated`; the other NCR parks the opening promises are not in the kept "
 "part). Kept as written: the unmatched quotation marks around 'witness trees' (a left single quote and an "
 "apostrophe), 'tornados', 'Baltimore/Washington'. Found with 'NATIONAL PARK SERVICE MORNING REPORT lightning "
 "strike knocked out radio repeater phone system park communications down' (rank 7). " + CHECK + "'Antietam', "
 "'Sharpsburg', 'Keedysville', 'Poffenberger', 'National Capital Region' (only Delhi's, batch 26d): 0 for this "
 "storm; test: 0 by file name.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
