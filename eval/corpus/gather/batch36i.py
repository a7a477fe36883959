#!/usr/bin/env python3
"""Batch 36i (session 37, helper gather37i): outages told in US federal public-domain texts, a second round of the
federal lane this session beside batch 36b, again from the National Park Service's daily 'Morning Report' as the
npshistory.com archive holds it, with three storms no batch told:
  - the windstorm of Monday 1 June 2015 in Grand Teton National Park: power, phone and internet outages, downed lines
    of Lower Valley Energy (the one text of the three that names the supplier) -- Morning Report, 3 June 2015;
  - Hurricane Georges at Gulf Islands National Seashore: the Mississippi District without power, utilities out at
    Fort Pickens and Santa Rosa -- Morning Report, 30 September 1998 (with the Jean Lafitte / New Orleans Jazz entry,
    which tells no outage);
  - the ice storm of January 2009 at Abraham Lincoln Birthplace (electrical and telephone service since restored) and
    Buffalo National River (utilities out) -- Morning Report, 9 February 2009.
Each text is the search tool's page-store excerpt (corpus `pages`), which starts at a page's beginning and never
holds a whole page. Left out of every text: the report's banner, addressing and date lines (the date kept as
`published`), the section word 'INCIDENTS', region and heading lines (kept as `title`), the report's other items;
each text ends at the last full sentence before the excerpt breaks off (`truncated`). Paragraphs kept and joined
with a blank line (whitespace only); no word added or changed. Per-item notes in `notes`. Written before any
extractor ran on these texts (newskg was not run on them at all).
usage: batch36i.py [POOL_DIR] [--dry]   (default /tmp/gather37i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal, nps_attribution as att, NPS_ORIGIN as ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37i/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against train/dev (by file), test (by file "
         "name only, no test file opened), GATHERING.md, every gather script (36b's included) and the other "
         "session-37 pools (/tmp/gather37a-e as they stood at the time): ")
MR = ("The Morning Report is the National Park Service's own daily incident digest, written by its staff (a federal "
      "work, public domain); npshistory.com, an archive of NPS documents, reproduces it and adds no words in the "
      "kept part. ")


R = []
# ---- Grand Teton, June 2015 --------------------------------------------------------------------------------------
U = "https://npshistory.com/morningreport/2015/06-03.htm"
R.append(federal(
 "us-nps-grand-teton-windstorm-power-phone-internet-outages-morning-report-2015", U, "2015-06-03",
 "Grand Teton NP: Strong Windstorm Fells Trees Throughout Park",
 "A strong windstorm blew through Grand Teton National Park and surrounding areas shortly before 6 p.m. on Monday, "
 "June 1st, temporarily stranding visitors on the Teton Park, Moose-Wilson, and Signal Mountain Summit roads and "
 "blocked traffic in many other areas.\n\n"
 "Park rangers, road crews, and fire engines quickly responded to clear park roads of over 150 downed trees and "
 "search teams were able rescue all park visitors by 11 p.m. Despite the number of falling trees, no injuries were "
 "reported.\n\n"
 "High winds were observed throughout the park, with wind speeds of 52 mph recorded at the Jackson Hole Airport. The "
 "Teton Interagency Dispatch Center son received reports of many downed trees and power lines blocking park roads "
 "and disrupting access and service to campgrounds and other park areas.\n\n"
 "Park rangers quickly built a list of affected areas, which included the Teton Park Road at Cottonwood Creek, "
 "Catholic Bay, and Mount Moran Turnout; Moose-Wilson Road; Signal Mountain Summit Road; North Park Road near the "
 "Moran Entrance Station; Colter Bay Visitor Center and Campground; Pilgrim Creek Road; Cattleman's Bridge Road; "
 "Deadman's Bar Road; as well as other ancillary areas in the park.\n\n"
 "While response efforts were complicated by power, phone, and internet outages, park crews were able to clear over "
 "150 trees and rescue all park visitors by 11 p.m. Park rangers staffed downed power line areas on the Teton Park "
 "and Pilgrim Creek roads through the night. Lower Valley Energy crews were able to remove downed lines from the "
 "Teton Park Road around 6 a.m. on Tuesday and the road was reopened. Only minor property damage to vehicles and "
 "structures was reported.\n\n"
 "While most park areas and services are open at this time, many areas are operating on backup power generators.",
 "energy/electricity distribution,telecommunications", "outage",
 att("Grand Teton NP -- Strong Windstorm Fells Trees Throughout Park", "2015-06-03", U), ORIGIN,
 MR + "Left out: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the date line 'Wednesday, June 3, 2015' (kept "
 "as `published`), the section word 'INCIDENTS' and the item's park and heading lines 'Grand Teton NP' / 'Strong "
 "Windstorm Fells Trees Throughout Park' (kept as `title`, with a colon in the title only). Cut before 'Park "
 "maintenance crews and Lower Valley Energy are continui...', where the excerpt breaks off (`truncated`; the end of "
 "the outages is not in the kept part). A trailing space after the first paragraph dropped (whitespace only). Kept "
 "as written: 'son' (for 'soon'), 'were able rescue', 'blocked' after 'stranding'. The NPS press release of 2 June "
 "2015 tells the same storm in other words (a federal news-wire copy came up in the same search) and was not taken "
 "beside it. Found with 'Grand Teton windstorm Lower Valley Energy power phone internet outages park Morning Report "
 "June 2015' (rank 1; first seen at rank 8 for 'NPS Morning Report park without power electric cooperative utility "
 "crews restored power'). " + CHECK + "'Grand Teton', Teton, 'Lower Valley', 'Jackson Hole', 'Colter Bay', Moran: "
 "0 in GATHERING.md, the scripts and train/dev; test: 0 by file name.", True))

# ---- Gulf Islands, Hurricane Georges, September 1998 --------------------------------------------------------------
U = "http://npshistory.com/morningreport/1998/09-30.htm"
R.append(federal(
 "us-nps-gulf-islands-hurricane-georges-power-outage-morning-report-1998", U, "1998-09-30",
 "Southeast Region: Hurricane Georges",
 "Reports have been received from several parks which have been or are being affected by the hurricane:\n\n"
 "Gulf Islands NS (FL/MS) - The park has been hard hit by storm surge and heavy rains. The governor of Florida has "
 "designated the western part of the state a disaster area and has made a formal request for federal assistance "
 "from FEMA. The Mississippi District is without power; utilities are out at Fort Pickens and Santa Rosa. Santa "
 "Rosa Island was under a curfew at the time of the last report Monday evening. Most park employees have been "
 "contacted; damage to homes and personal property appears to be minimal. A quick survey of the Florida District on "
 "Monday revealed that all buildings are still standing, but that the hurricane had inflicted significant damage to "
 "roads and parking lots. The Fort Pickens Road, Predido Key Road and Highway 399 are all in bad shape and will "
 "remain closed for the near future. Costs estimates will not be possible until the water totally recedes and "
 "engineers can survey the roads. An overflight of the Mississippi District was tentatively scheduled for "
 "yesterday. Florida District staff were asked to return yesterday and the park hoped to reopen Naval Live Oaks and "
 "Fort Barrancas by Thursday.\n\n"
 "Jean Lafitte NHP&P/New Orleans Jazz NHP (LA) - Park staff returned to work yesterday and both areas should reopen "
 "today. Employees report only sporadic and minor damage to personal property. A damage assessment of park areas "
 "is underway. Tropical force winds of 50 to 65 mph struck the area, but there was very little rain.",
 "energy/electricity distribution", "outage",
 att("98-612 - Southeast Region - Hurricane Georges", "1998-09-30", U), ORIGIN,
 MR + "An early, plain-text edition of the report. Left out: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', "
 "the 'To:' and 'From:' lines ('All National Park Service Areas and Offices'; 'Division of Ranger Activities, "
 "Washington Office'), the 'Day/Date:' line 'Wednesday, September 30, 1998' (kept as `published`), the section word "
 "'INCIDENTS' and the item line '98-612 - Southeast Region - Hurricane Georges' (kept, less its number, as `title`, "
 "with a colon in the title only). The report sets the text in fixed-width lines: the wrapped lines are joined with "
 "single spaces and the double spaces after full stops made single (whitespace only); the list marks 'o' before "
 "each park entry are left out (typography, not words) and each entry kept as its own paragraph. Cut before the "
 "next park entry, whose first word is all the excerpt holds (`truncated`; the roundup's other parks are not in the "
 "kept part). Kept as written: 'Predido Key Road' (for Perdido), 'Costs estimates', 'NHP&P'. Found with 'NPS "
 "Morning Report August 1995 Hurricane Erin Gulf Islands Santa Rosa Gulf Power negotiations' (rank 5), while "
 "looking for batch 36b's Erin lead, which did not come up. " + CHECK + "'Hurricane Georges' (0; 'Georges' only as "
 "a first name and in 'St Georges'), 'Fort Pickens' (only in batch 36b's Isaac near-miss of 2012, another storm, "
 "and its script), 'Predido', 'Jean Lafitte' (only in 36b's section, a query string), 'New Orleans Jazz', "
 "'Fort Barrancas' (36b's Isaac text only): no earlier text tells this storm; test: 0 by file name.", True))

# ---- Abraham Lincoln Birthplace / Buffalo National River, ice storm of January 2009 --------------------------------
U = "https://npshistory.com/morningreport/2009/02-09.htm"
R.append(federal(
 "us-nps-ice-storm-lincoln-birthplace-buffalo-river-utilities-morning-report-2009", U, "2009-02-09",
 "Southeast/Midwest Regions: Parks Rebound From Ice Storm",
 "The three parks most affected by last month's big ice storm - Abraham Lincoln Birthplace NHS, Buffalo NR and "
 "Mammoth Cave NP - have all made substantial progress in efforts to return to normal operations, but all report "
 "continuing closures and ongoing recovery operations. Here's how things currently stand:\n\n"
 "Abraham Lincoln Birthplace NHS - The park, which is scheduled to host a Lincoln bicentennial event this week, is "
 "slowly recovering from the storm. Electrical and telephone service have been restored and limited visitor "
 "services resumed last Friday. Visitors have access to the main parking lot, the visitor center, and the memorial "
 "building in the Birthplace Unit. The Knob Creek Unit, picnic area, all unpaved trails, and most park lawns will "
 "remain closed until debris is removed and safety considerations are addressed. A regional incident assessment "
 "team traveled to the park last Friday to assess and document damage.\n\n"
 "Buffalo NR - The ice storm left roads blocked and utilities out across Buffalo National River, which is located "
 "in northern Arkansas. A Type 3 incident management team set up an incident command post at park headquarters and "
 "responded to the storm in conjunction with the Office of Emergency Management and the Forest Service. After "
 "insuring that all persons residing in park housing and in campgrounds were accounted for and safe, work began to "
 "clear roads and repair the radio repeaters upon which the park depends for communications. Many areas remain "
 "closed or access is restricted due to ice on north-facing slopes, downed utility lines, and fallen trees and "
 "branches. Most damage occurred at higher elevations, leaving the 135-mile-long river corridor in reasonably good "
 "condition. The CCC cabins and pavilion at Buffalo Point sustained significant damage from falling debris.",
 "energy/electricity distribution,telecommunications", "outage",
 att("Southeast/Midwest Regions -- Parks Rebound From Ice Storm", "2009-02-09", U), ORIGIN,
 MR + "Left out: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the date line 'Monday, February 9, 2009' "
 "(kept as `published`), the section word 'INCIDENTS' and the item's region and heading lines 'Southeast/Midwest "
 "Regions' / 'Parks Rebound From Ice Storm' (kept as `title`, with a colon in the title only). Cut before "
 "'Although the park is not officially closed, ...', where the excerpt breaks off inside the Buffalo NR entry "
 "(`truncated`; the Mammoth Cave entry the opening promises is not in the kept part). Kept as written: 'insuring', "
 "'Here's'. Found with 'NATIONAL PARK SERVICE MORNING REPORT power company outage park headquarters visitor center "
 "electric cooperative lines down restored' (rank 7). " + CHECK + "'Lincoln Birthplace', 'Buffalo National River', "
 "'Buffalo NR', 'Mammoth Cave', 'Knob Creek', 'Buffalo Point', Kentucky, Arkansas, 'ice storm' (only the 2021 "
 "Northwest and 2016 Dakota storms of batch 35b): 0 for this storm; test: 0 by file name.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
