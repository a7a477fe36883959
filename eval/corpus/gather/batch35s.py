#!/usr/bin/env python3
"""Batch 35s (session 36, fourth round; helper gather36s): outages told in US federal public-domain texts, the lane
of batches 35b and 35j (the power marketing administrations' own pages), taken on to another federal agency's own
incident notes: the National Park Service's daily 'Morning Report' (as the npshistory.com archive holds it), plus one
Bonneville Power Administration release as a near-miss. Texts:
  - the storm of Friday 15 December 2006 that cut power to most of Yellowstone National Park (NorthWestern Energy's
    lines; partly reconnected on Sunday) and to much of western Montana -- NPS Morning Report, 19 December 2006;
  - the winter storm of the weekend of 19-20 March 2011 that left Yosemite National Park with power outages (Pacific
    Gas & Electric working on the lines to El Portal, Yosemite Valley and Wawona) and the Yosemite West community
    without water -- NPS Morning Report, 24 March 2011;
  - Tropical Storm Kyle's damage to the electrical feeder at Fort Wadsworth (Staten Island Unit, Gateway National
    Recreation Area) on 10 October 2002, on diesel generators until power came back on 28 October -- NPS Morning
    Report, 30 October 2002;
  - the Kalaupapa peninsula (Molokai) without electrical power and phone service since 11 April 2010, storm-downed
    lines -- NPS Morning Report, 16 April 2010;
  and one near-miss: BPA's release of June 2021 adding a public safety power shutoff procedure to its wildfire
  mitigation plan (no shutoff has happened; a line out of service 'does not necessarily mean' lost power).
Each text is the search tool's page-store excerpt (corpus `pages`), which runs from a page's beginning and is never a
whole page: the Morning Report's banner, date line, section word and item heading are left out (the date kept as
`published`, the heading as `title`), a report's other items and its submitter lines are left out, hard line wraps
are joined (whitespace only), and a text that the excerpt breaks off ends at the last full sentence (the
one-paragraph reports) or paragraph (the release) before the break (`truncated`); no word added or changed. Per-item notes in
`notes`. Written before any extractor ran on these texts (newskg was not run on them at all).
usage: batch35s.py [POOL_DIR] [--dry]   (default /tmp/gather36s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal, nps_attribution as mr_att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36s/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against train/dev (by file), test (by file "
         "name only, no test file opened), GATHERING.md (batches 35b and 35j in full), every gather script and the "
         "other session-36 fourth-round pools (/tmp/gather36q, 36r, 36t: none present when looked at, 03:17 UTC): ")
MR = ("The NPS Morning Report is the National Park Service's own daily digest of park incidents, compiled by its "
      "staff (a federal work); npshistory.com is an archive of NPS documents that reproduces it without words of its "
      "own in the kept part. ")


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
U = "http://npshistory.com/morningreport/2006/12-19-be.htm"
R.append(federal(
 "us-nps-yellowstone-storm-power-outage-morning-report-2006", U, "2006-12-19",
 "Yellowstone NP: Storm Knocks Out Power To Most Of Park",
 "A storm that knocked out power to most of the park has added layers of extra work as preparations continue for "
 "Wednesday's winter opening. On Monday, two trucks were scheduled to enter Yellowstone to refill diesel tanks that "
 "fueled generators through the weekend in the wake of Friday's storm and outages. A snowplow was to clear snow "
 "before the trucks arrived, then pull the snow back onto the road and tamp it down in preparation for grooming. "
 "Meanwhile, NorthWestern Energy crews donned snowshoes on the ground and spent part of Sunday in a helicopter "
 "trying to get a fix on the outage. After dark Sunday, it was still unclear how many trees had toppled onto lines, "
 "but crews were preparing for more cold, rough work where power lines snake across Yellowstone's rugged "
 "backcountry. In some parts of the park, temperatures dipped to minus 30 on Saturday night. Company officials were "
 "able to reconnect power between Mammoth Hot Springs and Canyon Village on Sunday but, because of the remoteness "
 "and difficult working conditions, were unable to say when repairs might be made to restore power to the rest of "
 "Yellowstone. The powerful storm rolled into the area Friday with howling winds that knocked out power in much of "
 "western Montana and Yellowstone. While much of the power was restored in Montana, it remained cut off in most of "
 "Yellowstone all weekend. Generators consumed thousands of gallons of diesel fuel through the weekend to keep the "
 "lights on and heat flowing in places such as Old Faithful and Canyon. With so much fuel used already, park "
 "officials decided to try to fill the tanks before navigating the roads in wheeled vehicles becomes any more "
 "difficult.",
 "energy/electricity distribution", "outage",
 mr_att("Yellowstone NP -- Storm Knocks Out Power To Most Of Park", "2006-12-19", U),
 "NPS Morning Report via the npshistory.com archive (search tool page store)",
 MR + "Left out: the banner 'NATIONAL PARK SERVICE MORNING REPORT', the date line 'Tuesday, December 19, 2006' (kept "
 "as `published`), a rule of '=' signs, the section word 'INCIDENTS' and the item heading 'Yellowstone NP Storm "
 "Knocks Out Power To Most Of Park' (kept as `title`, a colon put between park and heading in the title only). The "
 "item is one paragraph; cut before its last sentence, 'Once that task was completed, plans were to move snow back "
 "onto the roads to start gr...', which the excerpt breaks off (`truncated`). The report's source line (if any) is "
 "not in the excerpt; the wording reads like a news story the report took in, but the page is the NPS's report. "
 "Found with 'nps.gov news release power outage park closed visitor center electricity restored' (rank 5). " + CHECK +
 "Yellowstone, NorthWestern Energy, Mammoth Hot Springs, Canyon Village, Old Faithful, npshistory, 'Morning Report': "
 "0 in GATHERING.md and the scripts; no train/dev file names Yellowstone or NorthWestern; test: 0 by file name.",
 True))

U = "http://npshistory.com/morningreport/2011/03-24.htm"
R.append(federal(
 "us-nps-yosemite-winter-storm-power-outages-morning-report-2011", U, "2011-03-24",
 "Yosemite NP: Headway Made In Recovering From Major Storm",
 "Yosemite continues to recover from this past weekend's winter storm and is bracing for the arrival of yet another "
 "storm. The following is an update on current park conditions: Power outages remain throughout the park with the "
 "potential for power restoration by Saturday. Pacific Gas & Electric is working on the main transmission line to "
 "El Portal and Yosemite Valley as well as the line that services Wawona. Tree clearing continues along secondary "
 "roads and in residential communities. CalTrans has been able to clear highways that access the park and reopened "
 "Highways 41 and 140 on Tuesday evening. Highway 120 is open as well. Rangers assisted stranded visitors at Glacier "
 "Point and Bridal Veil. Park roads are clear, but restricted to administrative traffic. Generator service has been "
 "restored to the Yosemite Medical Clinic. Generators are being operated by the park and concessionaire to protect "
 "infrastructure. Three warming locations have been identified for residents who do not have heat due to the power "
 "outage. Schools within Yosemite remain closed. Restoration of bus service is planned for Wednesday. The community "
 "of Yosemite West has lost its water. Mariposa County is working to restore water service. The park and Mariposa "
 "County are working together on a plan for the clearing and disposal of downed and stressed trees in the El Portal "
 "community. Two community meetings were held on Tuesday, providing current road, weather, power, and available "
 "services information. Also participating with park staff were Dan Jensen, president of Delaware North Parks & "
 "Resorts Yosemite, Inc., Doug Binneweis, Mariposa County sheriff, Jim Wilson, Mariposa County fire chief, and Aaron "
 "Rosander, superintendent of the Mariposa Unified School District. The park is assessing current storm damage and "
 "monitoring the forecasted weather.",
 "energy/electricity distribution", "outage",
 mr_att("Yosemite NP -- Headway Made In Recovering From Major Storm", "2011-03-24", U),
 "NPS Morning Report via the npshistory.com archive (search tool page store)",
 MR + "Left out: the banner 'NATIONAL PARK SERVICE MORNING REPORT', the date line 'Thursday, March 24, 2011' (kept "
 "as `published`), the section word 'INCIDENTS' and the item heading 'Yosemite NP Headway Made In Recovering From "
 "Major Storm' (kept as `title`, with a colon in the title only). One paragraph; cut before 'The National Weather "
 "Service ha...', where the excerpt breaks off (`truncated`). Kept as written: 'CalTrans', 'the line that services "
 "Wawona', 'Delaware North Parks & Resorts Yosemite, Inc.,' inside the list. The report was likely written a day or "
 "two before its date ('Restoration of bus service is planned for Wednesday' in a report dated Thursday); dates are "
 "still resolved against `published`, as the rules require (doubtful: 'Wednesday'). Found with 'nps.gov news "
 "release power outage park closed visitor center electricity restored' (rank 6). " + CHECK + "Yosemite, Wawona, El "
 "Portal, Mariposa, Delaware North, Binneweis, Rosander, 'Yosemite West': 0 in GATHERING.md, the scripts and "
 "train/dev file names; test: 0 by file name.", True))

U = "http://npshistory.com/morningreport/2002/10-30.htm"
R.append(federal(
 "us-nps-gateway-fort-wadsworth-power-outage-morning-report-2002", U, "2002-10-30",
 "Gateway National Recreation Area: Follow-up on Power Outage",
 "Heavy rains and winds associated with Tropical Storm Kyle caused a major electrical power outage to occur at Fort "
 "Wadsworth in the Staten Island Unit on October 10. The storm damaged the high voltage distribution and breaker "
 "panel and the primary electrical feeder cable which supplies power to the northern tier of that unit. The outage "
 "affected numerous park facilities as well as park tenants and cooperators, including headquarters, USPP "
 "facilities, the park visitor center, park and Coast Guard housing units, and the Coast Guard headquarters and "
 "associated facilities. On October 28, after 16 days of operating on diesel generators, regular electrical service "
 "was restored. Park and contractor crews spent many hours replacing about 700 feet of primary electrical cables. "
 "Three \"high pot\" tensions tests (up to 10,000 kV) were conducted in order to assure that the system would "
 "function properly. The power was restored just in time for the kickoff of the park's thirtieth anniversary "
 "celebration. The year-long commemoration, sponsored by the Friends of Gateway Parks, began with a free family fall "
 "festival that included food, live music, hayrides, children's activities, and military reenactments.",
 "energy/electricity distribution", "outage",
 mr_att("Gateway National Recreation Area -- Follow-up on Power Outage", "2002-10-30", U),
 "NPS Morning Report via the npshistory.com archive (search tool page store)",
 MR + "One item of the day's report, whole: left out its number '02-539' and heading lines 'Gateway National "
 "Recreation Area' / 'Follow-up on Power Outage' (kept as `title`, a colon between them in the title only), its "
 "submitter line '[Submitted by Jos\u00e9 F. Rosario, Chief Ranger]' (a byline), and the report's next item (02-562, "
 "Kenai Fjords flooding, another matter). The page's hard line wraps joined with single spaces (whitespace only). "
 "Kept as written: 'tensions tests', 'up to 10,000 kV', the straight quotation marks. The stored excerpt shows no "
 "date line; `published` 2002-10-30 from the page's address (morningreport/2002/10-30; doubtful by a day or so, "
 "but both dates in the text are absolute apart from the year). Not `truncated` (the item is whole). Found with "
 "'NATIONAL PARK SERVICE MORNING REPORT power outage park phones computer systems down' (rank 6). " + CHECK +
 "Wadsworth, 'Tropical Storm Kyle', 'Staten Island', 'Gateway National', USPP: 0 in GATHERING.md, the scripts, "
 "train/dev and the pools; test: 0 by file name.", False))

U = "https://npshistory.com/morningreport/2010/04-16.htm"
R.append(federal(
 "us-nps-kalaupapa-storm-power-phone-outage-morning-report-2010", U, "2010-04-16",
 "Kalaupapa NHP: Storms Knock Out Access Trail, Power And Phones",
 "The Pali Trail access to Kalaupapa National Historical Park has been closed due to severe erosion and slide "
 "activity adjacent to a bridge near the top portion of the three-and-a-half mile long trail. The Pali Trail is used "
 "by visitors and park employees travelling by foot and mule train from topside Molokai to Kalaupapa NHP. The only "
 "other access to Kalaupapa NHP is by a commercial airline or on-demand airplane charters, both of which are "
 "expensive. Emergency funds to conduct repairs to the bridge have been authorized and selection of a contractor "
 "should occur in the near future. Damage to the bridge was caused by several days of heavy rainfall. However, plans "
 "to replace the old bridge were already in process prior to the recent rain event. In addition, the entire "
 "Kalaupapa peninsula has been without electrical power and phone service since April 11th due to heavy rains and "
 "high winds that knocked down power lines that descend the 1,600-foot-high cliffs above the park. Park employees "
 "and residents are using generators for power and satellite phones for communication until electrical power is "
 "restored.",
 "energy/electricity distribution", "outage",
 mr_att("Kalaupapa NHP -- Storms Knock Out Access Trail, Power And Phones", "2010-04-16", U),
 "NPS Morning Report via the npshistory.com archive (search tool page store)",
 MR + "The second item of the day's report, whole: left out the banner, the date line 'Friday, April 16, 2010' (kept "
 "as `published`), 'INCIDENTS', the first item (Big Bend NP, flash floods closing roads: no outage, another "
 "matter), the item's heading lines 'Kalaupapa NHP' / 'Storms Knock Out Access Trail, Power And Phones' (kept as "
 "`title`, with a colon in the title only), its submitter line '[Stephen Prokop, Superintendent]' (a byline) and "
 "what follows ('OTHER NEWS', a list of InsideNPS stories). Not `truncated` (the item is whole). Kept as written: "
 "'three-and-a-half mile long trail', 'April 11th'. Found with 'NATIONAL PARK SERVICE MORNING REPORT power outage "
 "park phones computer systems down' (rank 1). " + CHECK + "Kalaupapa, Molokai, 'Pali Trail', Prokop: 0 in "
 "GATHERING.md, the scripts, train/dev and the pools; test: 0 by file name.", False))

# ---- near-miss --------------------------------------------------------------------------------------------------
U = "https://gorgenewscenter.com/2021/06/03/bpa-adds-public-safety-power-shutoff-procedure-to-mitigate-wildfires/"
R.append(federal(
 "us-bpa-public-safety-power-shutoff-procedure-release-2021", U, "2021-06-03",
 "BPA adds public safety power shutoff procedure to mitigate wildfires",
 "Portland, Oregon \u2013 As climate change creates drier conditions in the Pacific Northwest during the summer months, "
 "utilities are challenged to ensure their equipment does not start or contribute to wildfires. This is why the "
 "Bonneville Power Administration has added a public safety power shutoff (PSPS) procedure to its wildfire "
 "mitigation plan to protect public safety, life and property.\n\n"
 "\u201cThis procedure is another preventative measure layered on top of world-class vegetation management, strategic "
 "asset management and risk-based planning \u2013 the cornerstones of our mitigation efforts,\u201d said BPA "
 "Administrator John Hairston. \u201cBPA is committed to taking appropriate actions to prevent, mitigate and quickly "
 "recover from the devastation wildfires bring to the people and communities we serve.\u201d\n\n"
 "A public safety power shutoff should be rare and requires the evaluation of several different conditions, "
 "including weather and the status of the electrical system to determine a high risk of wildfire ignition. For BPA, "
 "these weather conditions include very dry ground, wind gusts above 60 mph and relative humidity below 20%.\n\n"
 "\u201cTaking a line out of service during a PSPS event is a measure of last resort,\u201d said Michelle Cathcart, BPA "
 "vice president of Transmission Operations. \u201cWe recognize the important role that our transmission system plays "
 "in the Northwest and are committed to a facility-specific, risk-based decision process.\u201d\n\n"
 "BPA began considering a PSPS procedure in fall 2020 after last summer\u2019s devastating and unprecedented "
 "Northwest wildfire season. Customer feedback helped inform the PSPS process put in place for the 2021 fire "
 "season. It is important to note that taking a BPA transmission line out of service does not necessarily mean "
 "Northwest residents and businesses will lose power.",
 "energy/electricity transmission", "near-miss",
 "U.S. Department of Energy, Bonneville Power Administration, news release, 'BPA adds public safety power shutoff "
 "procedure to mitigate wildfires', June 2021, US federal government work (public domain); text as reproduced by "
 "Gorge News Center (gorgenewscenter.com) at " + U,
 "news-site copy of a BPA news release (search tool page store)",
 "BPA's release as the local news site Gorge News Center reproduces it (batches 35b and 35j took BPA releases from "
 "a news site and a trade site the same way; the host adds no words in the kept part, and the release's wording is "
 "confirmed by the quotations in La Grande Observer's, East Oregonian's and The Chronicle's stories on it). Headline "
 "kept as `title`. Cut before the paragraph '\u201cBPA is committed to providing as much prior notification as "
 "possible to customer utilities, generator...', where the excerpt breaks off (`truncated`). Kept as written: the "
 "dateline 'Portland, Oregon \u2013', the en dashes, '20%'. `published` 2021-06-03 from the host's address (the "
 "newspapers call it BPA's release of Wednesday, June 2; the text shows no date; both give the same resolved "
 "dates). Near-miss: a planned-shutoff procedure announced before any shutoff; no line is said to have been taken "
 "out and the release says a line out of service 'does not necessarily mean' lost power. Found with 'bpa.gov news "
 "article public safety power shutoff de-energized lines wildfire customers' (rank 2). " + CHECK + "'power shutoff' "
 "(only batch 17a's PG&E shutoffs of 2019, another matter), PSPS, gorgenewscenter: 0; Hairston and Cathcart are in "
 "batch 35b's BPA texts as people (other events).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
