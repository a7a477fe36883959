#!/usr/bin/env python3
"""Batch 37b (session 38, helper gather38b): the federal lane of batches 36b, 36i, 36r, 36t and 36u taken from the
Morning Report to the National Park Service's own news releases, four texts where a named utility stands beside the
lost supply. Three are Death Valley National Park releases on three outages of Southern California Edison's supply
(a 38-hour outage after the thunderstorm of Friday 1 July 2016, release of 3 July 2016 on nps.gov; the park's fourth
outage of summer 2016 at the Furnace Creek Visitor Center and Campground, with SCE's generator, as a forum copy of
August 2016 reproduces the release; the remnants of Hurricane Hilary in August 2023, SCE restoring the park's power
and cell service at 1:30 pm on 21 August while the NPS land lines stay down, on home.nps.gov). The fourth is the lead
those rounds left -- the National Park Service's own release on the fireworks fire behind Timpanogos Cave National
Monument's headquarters on the night of Saturday 27 June (the year not in the text; the nearby Traverse Fire puts it
in 2020, not 2015 as batch 36u's note had it), after which power to upper American Fork Canyon was turned off as a
safety precaution until about 10 a.m. on the Sunday. Batch 36u found only this copy and left it for an nps.gov page;
none came back this round, so the copy is taken: its text is the NPS's release word for word, signed 'Source: U.S.
Department of the Interior, National Park Service' (a US federal work, public domain).
The texts come from the search tool's page store (corpus `pages`), where an excerpt starts at the page's beginning.
What was removed from each text (headers, contact lines, photo captions, closing boilerplate, the part after an
excerpt's last full sentence) is listed in its `notes`; paragraph breaks (single newlines in the page store) are
written as blank lines (whitespace only). No word added or changed. newskg was not run on these texts.
usage: batch37b.py [POOL_DIR] [--dry]   (default /tmp/gather38b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38b/pool"
ORIGIN = "NPS news release (nps.gov, or a copy where noted) from the search tool page store"
COPY_ORIGIN = "NPS news release via a thefederalnewswire.com copy (search tool page store)"

R = []
# ---- Timpanogos Cave NM, fireworks fire of Saturday 27 June (2020) ---------------------------------------------
U = ("https://thefederalnewswire.com/stories/633129817-illegal-fireworks-likely-cause-of-weekend-wildfire-at-"
     "timpanogos-cave-national-monument")
R.append(federal(
 "us-nps-timpanogos-cave-fireworks-fire-canyon-power-turned-off-release", U, None,
 "Illegal fireworks likely cause of weekend wildfire at Timpanogos Cave National Monument",
 "Illegal fireworks are suspected as the cause of a wildfire at Timpanogos Cave National Monument on Saturday, "
 "June 27. The fire began at approximately 11:30 pm, at the same time that the nearby Traverse Fire was "
 "threatening structures in Lehi and Draper.\n\n"
 "The fire burned approximately \u00bc acre directly behind the Monument headquarters building, including a "
 "utility right-of-way containing power and communications lines. One Rocky Mountain power pole was blackened, "
 "but the lines themselves were undamaged.\n\n"
 "Firefighters from the Lone Peak Fire District responded to the initial 911 call and immediately took action to "
 "protect park structures, then moved directly to the Traverse Fire when a US Forest Service wildland fire crew "
 "arrived and took over suppression efforts in the steep rocky area.\n\n"
 "Rangers later found fresh fireworks wrappings a short distance from the fire.\n\n"
 "\u201cWe are very grateful to the rapid response and professionalism of the Lone Peak and Forest Service "
 "crews,\" said Timpanogos Cave Superintendent Jim Ireland. \u201cTheir quick action saved not only the "
 "canyon\u2019s power and communication lines also at least one if not two of our park buildings.\"\n\n"
 "\u201cWhat makes this situation so upsetting is that it was another absolutely preventable fire involving "
 "illegal fireworks, and it diverted valuable equipment and fire fighters away from the Traverse Fire just when "
 "it was critically needed there,\" Ireland said.\n\n"
 "Power was temporarily turned off to upper American Fork Canyon as a safety precaution until about 10:00 am "
 "Sunday when firefighters left the scene.\n\n"
 "Possession of fireworks is always illegal within monument boundaries, and anyone with information about this "
 "case should contact the park at 801-756-5239 or the NPS tip line at 888-653-0009.",
 "energy/electricity distribution", "outage",
 "U.S. Department of the Interior, National Park Service, news release 'Illegal fireworks likely cause of weekend "
 "wildfire at Timpanogos Cave National Monument' (date not shown in the copy; the fire of Saturday 27 June 2020), "
 "US federal government work (public domain); text as thefederalnewswire.com reproduces it ('Source: U.S. "
 "Department of the Interior, National Park Service'), from the search tool's page store at " + U,
 COPY_ORIGIN,
 "An NPS news release written by the park's staff (a US federal work, public domain); the copy signs it 'Source: "
 "U.S. Department of the Interior, National Park Service' and adds no words to the kept part. `published` is null: "
 "the page store's excerpt shows no date and the text gives no year (the fire is 'on Saturday, June 27'; the "
 "Traverse Fire at Lehi burned on the night of 27-28 June 2020, a Saturday, so the release is of late June 2020 -- "
 "outside knowledge, not used for the gold). `title` is the headline as the copy's address spells it (the excerpt "
 "starts with the body), written with the release's capitalisation unknown (doubtful). Removed: the closing lines "
 "'www.nps.gov/tica' and 'www.facebook.com/timpanogoscavenps' and the line 'Source: U.S. Department of the "
 "Interior, National Park Service' (kept in the attribution); nothing else. The excerpt seems to hold the release "
 "whole (it ends with the source line), so not `truncated`. Paragraph breaks (single newlines in the page store) "
 "written as blank lines (whitespace only). Kept as written: 'also at least one' (a missing 'but'), 'Rocky Mountain "
 "power pole', straight closing quotes after curly opening ones, '11:30 pm', '10:00 am'. Found with 'Timpanogos "
 "Cave fireworks fire power turned off American Fork Canyon Rocky Mountain Power 2015' (rank 1), then 'nps.gov "
 "Timpanogos Cave National Monument news release illegal fireworks wildfire June 27 power communications lines' "
 "(rank 1; no nps.gov page came back) -- the lead batch 36u left. Before annotation its names were looked for in "
 "train/dev (files), test (file names only; a grep of the corpus folders printed matching test file names, "
 "no test file opened), GATHERING.md, all gather scripts and the session-38 pools "
 "(/tmp/gather38a, c, d, f as they stood about 07:09 UTC; none holds a Timpanogos text): 'Traverse Fire', 'Lone Peak', 'Jim Ireland': 0; 'Timpanogos' "
 "and 'American Fork' only batch 36u's 1991 storm and 2000 Oak Hill Fire texts and 36r/36u's notes (other events; "
 "this fire is 36u's lead); 'fireworks' only an unrelated Wikinews text.", False))

CHECKDV = ("Before annotation its names, places and dates were looked for in train/dev (files), test (by file name "
           "only), GATHERING.md, all gather scripts and the session-38 pools (/tmp/gather38c, d, f as they stood; "
           "none holds a Death Valley or SCE text): ")
DVATT = ("U.S. Department of the Interior, National Park Service, Death Valley National Park, news release '{}', {}, "
         "US federal government work (public domain); text {}, from the search tool's page store at {}")

# ---- Death Valley NP, thunderstorm of Friday 1 July 2016: a 38-hour outage, SCE restores power -------------------
U = "https://www.nps.gov/deva/learn/news/death-valley-recovers-in-aftermath-of-storm.htm"
R.append(federal(
 "us-nps-death-valley-thunderstorm-38-hour-power-outage-sce-release-2016", U, "2016-07-03",
 "Death Valley Recovers in Aftermath of Storm",
 "DEATH VALLEY, CA \u2013Power has been restored to National Park Service facilities and hotels in Death Valley "
 "National Park, although services are limited and some roads remain closed.\n\n"
 "A thunderstorm during the evening of Friday, July 1 damaged a section of powerline near the park's eastern "
 "border. Southern California Edison was able to fully restore electricity after a 38 hour outage early this "
 "morning.\n\n"
 "Furnace Creek Visitor Center is open. Furnace Creek Inn and Ranch Hotel and related services are closed for today "
 "and tonight but will reopen tomorrow. The gas station at Furnace Creek is open for business. Stovepipe Wells "
 "Village is open with limited availability, including the hotel, store, and gas station;call 760-786-2387 to check "
 "for room availability. The saloon at Stovepipe Wells will serve a limited dinner menu starting at 5:30 pm. "
 "Panamint Springs Resort is open;call 775-482-7680 to make a reservation.\n\n"
 "In addition to the electrical outage, the storm caused flash flooding in the north end of the park. North "
 "Highway, also known as Scotty's Castle Road, is closed, as is Titus Canyon. The Beatty Cutoff Road is closed "
 "today\u2014traffic to and from Beatty can enter the park on Nevada Route 374 (Daylight Pass Road). Jubilee "
 "Pass\u2014the southern section of Badwater Road connecting the park to the town of Shoshone\u2014remains closed "
 "from damage in last October's storms.\n\n"
 "The electrical outage created dangerous conditions for residents of Death Valley, as highs yesterday reached 115 "
 "degrees F. As temperatures inside homes climbed into the 90s, many park residents evacuated to Beatty, Pahrump, "
 "and Lathrop Wells Nevada. The Nye County Emergency Management Team and American Red Cross assisted with "
 "evacuations of residents and hotel guests.",
 "energy/electricity distribution", "outage",
 DVATT.format("Death Valley Recovers in Aftermath of Storm", "3 July 2016", "as nps.gov holds it", U), ORIGIN,
 "An NPS news release written by the park's staff (a US federal work, public domain), on nps.gov itself. Removed: "
 "the page's 'Subscribe RSS Icon | What is RSS' line, the lines 'Date: July 3, 2016' (kept as `published`), "
 "'Contact: Linda Slater, 760-786-3279' and 'Contact: Abby Wines, 760-786-3221', and the headline (kept as "
 "`title`). Cut before 'High winds flipped a small plane parked on the remote landing strip in...', where the "
 "excerpt breaks off (`truncated`). Kept as written: 'CA \u2013Power' (no space after the dash), 'powerline', '38 "
 "hour outage', 'gas station;call' and 'open;call' (no space), 'Lathrop Wells Nevada'. Found with 'Death Valley "
 "National Park July 2016 power outage phone service Furnace Creek flash flood news release' (rank 2), following "
 "batch 36r's lead (which had found only a forum copy). " + CHECKDV + "'Death Valley' only batch 36r's text on the "
 "flash floods of August 2004 (another event; its pool name "
 "us-nps-death-valley-flash-floods-power-phones-water-main-morning-report-2004) and a June 2025 lead of earlier "
 "notes; 'Southern California Edison' only as one of the bodies assisting in that 2004 text; 'Nye County', "
 "'Pahrump', 'Lathrop Wells', 'Titus Canyon', 'Jubilee Pass', 'Panamint': 0; 'Furnace Creek' and 'Stovepipe' only "
 "the 2004 text; test: 0 by file name.", True))

# ---- Death Valley NP, the park's fourth power outage of summer 2016 (August), SCE's generator ---------------------
U = "https://yosemitenews.info/forum/read.php?1,85964,85964,printview"
R.append(federal(
 "us-nps-death-valley-fourth-summer-power-outage-sce-generator-release-2016", U, "2016-08-23",
 "Death Valley's 4th Summer Power Outage",
 "DEATH VALLEY, CA \u2013Southern California Edison (SCE) responded quickly to provide backup electricity during "
 "Death Valley National Park's fourth power outage of the summer. This power outage had minimal impacts to park "
 "visitors.\n\n"
 "A power failure during Death Valley's world-famous summer heat could ruin a vacation for someone visiting the "
 "park from another continent and make conditions unbearable for employees living in the park. Josh Hoines, chief "
 "of natural and cultural resources for Death Valley National Park, said, \"We are extremely grateful to SCE's "
 "employees and contractors who have come out here and worked around the clock in the heat to restore power as "
 "quickly as possible.\"\n\n"
 "Electricity went out at Furnace Creek Visitor Center and Furnace Creek Campground on Monday afternoon. By early "
 "Tuesday morning, SCE towed in a generator to power Furnace Creek Visitor Center. \"The generator SCE provided "
 "allows park employees to continue with routine work and to provide services to the public,\" said Josh Hoines.\n\n"
 "Furnace Creek Campground will remain closed until electricity is restored, which is needed for the sewer system "
 "to function. The nearby Furnace Creek Resort has camping available, including sites with RV hookups. Campgrounds "
 "with limited services are open in the park's higher elevations at Emigrant, Wildrose, Thorndike, and Mahogany "
 "Flat.\n\n"
 "Furnace Creek Resort, Stovepipe Wells Resort, and Panamint Springs Resort did not lose power during this event, "
 "which was localized to Furnace Creek Visitor Center. All hotels, restaurants, and gas stations in the park are "
 "open.",
 "energy/electricity distribution", "outage",
 DVATT.format("Death Valley's 4th Summer Power Outage", "August 2016 (the copy is posted 23 August 2016)",
              "as a post on the yosemitenews.info forum reproduces it", U),
 "NPS news release via a yosemitenews.info forum copy (search tool page store)",
 "An NPS news release written by the park's staff (a US federal work, public domain: its dateline, its quoted "
 "park official and its 'NPS photo' credit mark it as the park's release); the forum reposts it and adds no words "
 "to the kept part. `published` 2016-08-23 is the date of the forum post ('August 23, 2016 05:21PM'); the release's "
 "own date is not in the copy (doubtful; the text's 'Monday afternoon' and 'By early Tuesday morning' fit a "
 "release of Tuesday 23 August). Removed: the forum's header lines and disclaimer, the post's heading (kept as "
 "`title`) and date line, and the photo caption 'Southern California Edison is providing this generator to power "
 "Furnace Creek Visitor Center until the underground cable is replaced. / NPS photo' (a caption, not the body; "
 "doubtful, it names the cause). Cut before 'This is the...', where the excerpt breaks off (`truncated`; the "
 "release's account of the summer's other outages, if any, is not in the kept part). Kept as written: 'CA "
 "\u2013Southern' (no space), straight quotes. Found with 'Death Valley Recovers in Aftermath of Storm July 3, 2016 "
 "Southern California Edison 38 hour outage' (rank 2). " + CHECKDV + "'Hoines', 'Emigrant', 'Wildrose', "
 "'Thorndike', 'Mahogany Flat', 'Furnace Creek Campground': 0; 'Furnace Creek' only batch 36r's 2004 flood text "
 "(another event).", True))

# ---- Death Valley NP, remnants of Hurricane Hilary, August 2023: SCE restores power, NPS land lines still down ----
U = "https://home.nps.gov/deva/learn/news/death-valley-national-park-remains-closed-following-heavy-rains-and-flooding.htm"
R.append(federal(
 "us-nps-death-valley-hurricane-hilary-sce-power-restored-land-lines-down-release-2023", U, "2023-08-21",
 "Death Valley National Park Remains Closed Following Heavy Rains and Flooding",
 "DEATH VALLEY, Calif. \u2013 Death Valley National Park remains closed after the remnants of Hurricane Hilary "
 "delivered a year's worth of rain in one day. An estimated 400 residents, travelers, and employees are sheltering "
 "in place at Furnace Creek, Stovepipe Wells, and Panamint Springs until area roads are safely passable. It is not "
 "known when the first sections of the park will reopen.The National Park Service (NPS) and California Highway "
 "Patrol are searching today for any stranded people in more remote areas of the park, and NPS teams are assessing "
 "on the ground impacts throughout the park. Caltrans and NPS are working to clear an exit route on CA-190 from "
 "Stovepipe Wells to Death Valley Junction so visitors and employees can safely exit the park. The unprecedented "
 "rain came in two bursts, with about an inch of rain Sunday morning and another inch of rain Sunday night. "
 "Preliminary data from the official National Weather Service rain gauge at Furnace Creek recorded 2.20 inches of "
 "rain \u2013 the park\u2019s average annual rainfall. Once verified, this would be the single rainiest day in "
 "Furnace Creek history beating the record of 1.7 inches set August 5, 2022. Higher amounts of rain fell in the "
 "mountains.\n\n"
 "Southern California Edison restored the park\u2019s electrical service at 1:30 pm on August 21, which also "
 "restored cell phone service. The NPS land line telephones are still down. The park is also responding to a "
 "broken sewer line releasing raw sewage into the desert below Stovepipe Wells.\n\n"
 "No additional information is available currently. Updates will be provided as they are available.",
 "energy/electricity distribution", "outage",
 DVATT.format("Death Valley National Park Remains Closed Following Heavy Rains and Flooding",
              "21 August 2023 (the date as copies give it; the page's excerpt shows none)",
              "as home.nps.gov holds it", U), ORIGIN,
 "An NPS news release written by the park's staff (a US federal work, public domain), on home.nps.gov. "
 "`published` 2023-08-21: the nps.gov excerpt shows no date line; a local copy of the same release "
 "(news-ridgecrest.com) gives it the dateline 'August 21', and the text's 'searching today' with power back 'at 1:30 pm on August 21' fits that day "
 "(doubtful: the release's own date unseen). The headline (kept as `title`) is the one a copy prints (the nps.gov "
 "excerpt starts below it) and the URL spells. Removed: 'News Release', 'Subscribe | What is RSS |', the three "
 "'Contact:' lines (Abby Wines, Nichole Andler, Matt Lamar), and after the body the line '-www.nps.gov/deva-' and "
 "the park's standing paragraph ('Death Valley National Park is the homeland of the Timbisha Shoshone...'; "
 "boilerplate, which the excerpt breaks off). The body is kept whole, so not `truncated`. Kept as written: "
 "'reopen.The' (no space: the page runs two paragraphs together; the first paragraph break stands as the page "
 "has it), 'a year's' with a straight and 'park\u2019s' with a curly apostrophe, 'on the ground impacts', 'land line'. "
 "Found with 'Death Valley National Park July 2016 power outage phone service Furnace Creek flash flood news "
 "release' (rank 7) and 'Death Valley National Park remains closed following heavy rains and flooding Hurricane "
 "Hilary Southern California Edison restored electrical service' (rank 2). " + CHECKDV + "'Hilary' only a person "
 "(Hilary Weston) in an earlier company text; 'Hurricane Hilary', 'Death Valley Junction': 0; 'Death Valley', "
 "'Furnace Creek', 'Stovepipe' and 'California Highway Patrol' only batch 36r's 2004 flood text (another event); "
 "'Caltrans' only batch 35s (another park and event).", False))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
