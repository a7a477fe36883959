#!/usr/bin/env python3
"""Batch 35b (session 36; helper gather36b): outages told in US federal public-domain texts, the federal lane of
batches 32b/33b/34b/34k, this round turned to a source none of them took: the federal power marketing administrations
of the Department of Energy, the Bonneville Power Administration (BPA) and the Western Area Power Administration
(WAPA), whose own newsroom pages and news releases tell transmission outages with the lines, substations, customer
utilities, dates and times named. The courts' CM/ECF vein of batch 34k gave only planned windows this time (used as
near-misses). Texts:
  - BPA's transmission outages in the Northwest ice storms of 12-15 February 2021 (loads lost at Consumer Power Inc.,
    the City of Monmouth and Portland General Electric; 164 MW to Lewis County PUD and the City of Centralia lost for
    about two hours; homes without power south of Portland) -- a bpa.gov news article of 19 February 2021;
  - the apple-crate fire of 29 August 2022 that damaged BPA's Midway-Grandview line and left about 74 MW of load near
    Grandview, Washington, dark for about 90 minutes -- a bpa.gov news article of 22 September 2022;
  - BPA's 40-odd weather-related transmission outages of 17 December 2025 on the northern Oregon coast and in
    southwestern Washington -- BPA's news release of that day as a local news site reproduces it;
  - WAPA's Summit Substation near Watertown, South Dakota, without power from the Christmas 2016 blizzard until 29
    December -- WAPA's status page on wapa.gov (newest entry 21 January 2017);
  and three near-misses: BPA's release on the Eagle Creek Fire (5 September 2017; lines and a substation taken out of
  service, 'No BPA customers are experiencing outages'), a bankruptcy court's administrative order declaring its
  clerk's office inaccessible during a scheduled CM/ECF upgrade (19-20 May 2023), and a bankruptcy court's order
  closing it on 27 May 2005 to convert its database from BANCAP to CM/ECF.
Each text is the search tool's page-store excerpt (corpus `pages`), which runs from a page's beginning and is never a
whole page: page chrome, pull quotes, sub-headlines, photo-gallery links and release boilerplate are left out, a
text ends at the last full paragraph before its excerpt breaks off (`truncated`), hard line wraps of the 2005 order
are joined and trailing spaces dropped (whitespace only); no word added or changed. Per-item notes in `notes`.
Written before any extractor ran on these texts (newskg was not run on them at all).
usage: batch35b.py [POOL_DIR] [--dry]   (default /tmp/gather36b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36b/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against train/dev (by file), test (by file "
         "name and count only, no test file opened), GATHERING.md, every gather script, the /work/notes files and "
         "the other session-36 pools (/tmp/gather36a, 36c and 36d as present at 01:17 UTC: Hansard and Dail utility "
         "items, Wikinews stories, Wikipedia company articles; no federal text): ")



R = []
# ---- outages ----------------------------------------------------------------------------------------------------
U = ("https://www.bpa.gov/about/newsroom/news-articles/20210219-bpa-crews-work-through-winter-storm-conditions-to-"
     "maintain-service-to-cu")
R.append(federal(
 "us-bpa-winter-storm-line-outages-load-restored-2021", U, "2021-02-19",
 "BPA crews work through winter storm conditions to maintain service to customers",
 "A prolonged winter weather event encased significant portions of the Northwest in snow or ice over the holiday "
 "weekend of Feb. 13-15, and damage from the storms resulted in hundreds of thousands of homes without power in some "
 "of the hardest hit areas south of Portland.\n\n"
 "While Bonneville Power Administration experienced numerous line outages due to off-right-of-way trees falling "
 "into lines, transmission dispatchers were able to reroute power quickly in most cases and minimize the impacts to "
 "customers. Additionally, BPA's weather forecasters gave Power Services ample lead time to reschedule planned "
 "generation outages. Power staff also positioned several lower Columbia River hydroelectric projects to have extra "
 "water available to generate power to meet the region's power demands.\n\n"
 "\u201cBPA was well positioned to serve the region during this significant weather event,\" said John Hairston, "
 "Administrator and CEO of BPA. \u201cIn instances where off right-of-way trees fell on our lines, our transmission "
 "crews, substation operators and dispatchers were able to quickly address the problem and safely restore service "
 "to our customers.\"\n\n"
 "Overnight on Friday, Feb. 12, the first wave of storm activity resulted in outages on 11 different transmission "
 "lines. BPA lost 20 megawatts of load at Consumer Power Inc. and the City of Monmouth, southwest of Salem, Oregon, "
 "as well as 5 MW of load to Portland General Electric on a line it owns coming out of the Oregon City Substation. "
 "BPA restored those loads by Saturday afternoon.\n\n"
 "Saturday morning, a tree on a customer feeder line resulted in an outage on our Chehalis 69 kV bus and interrupted "
 "164 MW of BPA load to Lewis County Public Utility District and the City of Centralia. BPA restored that load "
 "within about 2 hours.",
 "energy/electricity transmission", "outage",
 "U.S. Department of Energy, Bonneville Power Administration, news article, 'BPA crews work through winter storm "
 "conditions to maintain service to customers', 2021-02-19, US federal government work (public domain); text as "
 "the search tool's page store holds " + U,
 "bpa.gov newsroom page (search tool page store)",
 "BPA's own newsroom article (BPA is a federal power marketing administration of the Department of Energy; its "
 "staff's articles are federal works). Left out: the pull quote and its attribution that open the page store's "
 "rendering ('BPA was well positioned to serve the region during this significant weather event.' / 'John "
 "Hairston, Administrator and CEO of BPA'; the same words stand in the body's quotation) and two trailing spaces. "
 "Cut before 'On the Monday holiday, Feb. 15, BPA experienced four more transmission outages in the south', where "
 "the excerpt breaks off (`truncated`). The title is the article's, as its address spells it (the page store shows "
 "no heading; doubtful in wording beyond the address's 'bpa crews work through winter storm conditions to maintain "
 "service to cu'). Kept as written: the mixed quotation marks (curly opening, straight closing), 'off-right-of-way' "
 "beside 'off right-of-way', 'Feb. 13-15'. `published` 2021-02-19 from the address ('20210219'). Found with 'Bonneville "
 "Power Administration news release transmission line outage customers lost power restored cause'. The same storms "
 "are named Winter Storm Uri by some media, whose Texas power failures are a test event (GATHERING.md); this text "
 "tells BPA's Oregon and Washington outages only, another provider, place and event (doubtful only as the same "
 "weather system). " + CHECK + "Chehalis, Monmouth, 'Consumer Power', Centralia, 'Lewis County', Hairston, "
 "'Portland General', 'Oregon City Substation', Bonneville, BPA: none in train/dev or GATHERING.md beyond batch 27c's "
 "1996 western blackout (BPA named there; another event); BPA in one test file by name (the 1996 blackouts). 8-word "
 "shingle overlap with train/dev and the pools: 0.", True))

U = ("https://www.bpa.gov/about/newsroom/news-articles/2022/20220922-apple-crate-fire-damages-bpa-transmission-line-"
     "near-tri-cities")
R.append(federal(
 "us-bpa-apple-crate-fire-midway-grandview-line-outage-2022", U, "2022-09-22",
 "Apple crate fire damages BPA transmission line near Tri-Cities",
 "The Bonneville Power Administration has gone to great lengths over the past few years to develop wildfire "
 "mitigation strategies and measures. Transmission operators expect wildfires to threaten their lines, but Monday, "
 "Aug. 29, around 7:00 p.m., a different kind of fire damaged multiple BPA structures on the Midway\u2013Grandview "
 "115-kilovolt line near Grandview, Washington.\n\n"
 "The culprit? Five-thousand wooden apple crates that burst into flames. The blaze quickly spread, causing damage to "
 "several of BPA\u2019s wood pole structures. Fortunately, firefighters were able to put out the fire before it did "
 "more harm, but the damage led to BPA losing service to about 74 megawatts of load in the area.\n\n"
 "\u201cThis fire grew very quickly,\u201d said Transmission Field Services Vice President John Lahti. \u201cTransmission "
 "was able to redirect power and get the lights back on \u2013 but some people in the area were in the dark for about "
 "90 minutes.\u201d\n\n"
 "As soon as it was safe to do so, BPA\u2019s crews assessed the damage and devised a plan for repairs. They removed "
 "about three feet of burnt debris before replacing a two-pole structure and splicing three parted conductors.\n\n"
 "With the line out of service and temperatures forecast to be around 100 degrees late Tuesday afternoon, it was "
 "unclear whether BPA\u2019s system could support the expected load. BPA did not want to rush repairs to ensure line "
 "crew safety, so executives and field staff needed to look for ways to extend the work window.\n\n"
 "\u201cWe realized very quickly that without that line we would reach our system limits, so we had to figure out an "
 "alternative way to continue to serve the load in the area,\u201d said Michelle Cathcart, vice president of "
 "Transmission System Operations.",
 "energy/electricity transmission", "outage",
 "U.S. Department of Energy, Bonneville Power Administration, news article, 'Apple crate fire damages BPA "
 "transmission line near Tri-Cities', 2022-09-22, US federal government work (public domain); text as the search "
 "tool's page store holds " + U,
 "bpa.gov newsroom page (search tool page store)",
 "BPA's own newsroom article. Left out: the sub-headline ('BPA quickly reroutes power and makes repairs to restore "
 "service during heat spell.') and a pull quote with its attribution ('We owe a great deal of thanks to PacifiCorp "
 "for helping us through this incident.' / 'Richard Shaheen, senior vice president of Transmission Services'; a "
 "display copy of a quotation that the excerpt's body does not reach, so PacifiCorp and Shaheen are not in the "
 "text), trailing spaces. Cut before 'A quick-thinking engineer in S', where the excerpt breaks off (`truncated`). "
 "Title from the address (capitalised as a headline; doubtful in wording). Kept as written: 'Midway\u2013Grandview' "
 "(en dash), 'Five-thousand', the curly quotation marks. `published` 2022-09-22 from the address. Found with "
 "'bpa.gov newsroom outage transmission lines substation wildfire de-energized customers utilities restored'. "
 + CHECK + "Grandview, 'apple crate', Lahti, Cathcart, Midway, 'Tri-Cities', 'Transmission Field Services': 0 in "
 "the corpus and the scripts. 8-word shingle overlap with train/dev and the pools: 0.", True))

U = "https://www.clarkcountytoday.com/news/bpa-responding-to-widespread-weather-related-outages"
U2 = "http://www.flashalertseattle.net/news-releases.html"
R.append(federal(
 "us-bpa-weather-related-transmission-outages-release-2025", U, "2025-12-17",
 "BPA responding to widespread weather-related outages",
 "Bonneville Power Administration experienced over 40 transmission outages across its service territory due to "
 "extreme weather experienced in the early morning of Dec. 17.\n"
 "Bonneville crews are at various stages of identifying outage causes and making repairs as needed with several "
 "points of delivery serving BPA\u2019s utility customers out of service.\n"
 "On Tuesday night, a strong cold front collided with much warmer than average air, resulting in widespread gusty "
 "winds that coupled with already saturated soils and trees.\n"
 "Impacts to BPA\u2019s electric grid were mostly felt in lower voltage ranges of 115-kilovolt lines and below. BPA "
 "crews are responding to outages across our service territory, with a heightened focus on outages impacting "
 "communities along the Oregon northern coast and southwestern Washington, including Driscoll, Astoria, Tillamook and "
 "Forest Grove. BPA is working in conjunction with PacifiCorp and local impacted utilities such as Wahkiakum Public "
 "Utility District, Tillamook People\u2019s Utility District, City of Forest Grove, Western Electric Co-op and "
 "others.\n"
 "BPA crews have identified numerous off-right-of-way trees in both transmission and distribution lines across our "
 "service territory.\n"
 "To enable as many resources and crews as possible in response to this event, BPA suspended all non-critical, "
 "life-safety related maintenance outages across its service territory. Additionally, any lines that were out of "
 "service for routine maintenance were returned to service to ensure transmission capacity and availability to "
 "reroute power as needed.\n"
 "Many of BPA\u2019s customer utilities are experiencing significant impacts on their own distribution systems, and "
 "BPA is actively working through mutual assistance aid agreements to provide help where needed.",
 "energy/electricity transmission", "outage",
 "U.S. Department of Energy, Bonneville Power Administration, news release PR 16-25, 'BPA responding to widespread "
 "weather-related outages', 2025-12-17, US federal government work (public domain); text as reproduced by Clark "
 "County Today at " + U + " (the release's header and date as FlashAlert's news-release service carries it, " + U2
 + ")",
 "news-site copy of a BPA news release (search tool page store)",
 "BPA's release, reproduced by a local news site (Clark County Today) without added words in the kept part; the "
 "FlashAlert copy (" + U2 + ") shows the release's header ('PR 16-25', 'FOR IMMEDIATE RELEASE: Wednesday, Dec. 17, "
 "2025', the contact) and the same body word for word as far as it runs, but breaks off sooner, so the longer copy "
 "was taken. Left out: the sub-headline ('Region-wide weather system posing challenges on lower-voltage BPA lines, "
 "utility distribution lines'), the FlashAlert copy's dateline ('Portland, Ore. \u2013'; not in this copy) and the "
 "release's closing boilerplate ('About BPA: BPA is a federal non-profit power marketing administration that "
 "delivers reliable, affordable and carbon-free hydr', where the excerpt breaks off; `truncated`). Kept as the copy "
 "has it: one line break between paragraphs, 'People\u2019s' with a curly apostrophe (FlashAlert: straight). "
 "`published` 2025-12-17 (the release's date). Found with 'BPA responding to widespread weather-related outages "
 "Dec. 17 Driscoll Astoria Tillamook Forest Grove off-right-of-way trees'. " + CHECK + "Driscoll, Astoria, "
 "Tillamook, 'Forest Grove', Wahkiakum, 'Western Electric Co-op', PacifiCorp, 'December 17, 2025' / 'Dec. 17' "
 "with BPA: 0 in the corpus and the scripts. 8-word shingle overlap with train/dev and the pools: 0.", True))

U = "https://www.wapa.gov/newsroom/NewsFeatures/2016/Pages/UGP-outages-december-blizzard.aspx"
R.append(federal(
 "us-wapa-summit-substation-december-blizzard-outage-2016", U, "2017-01-21",
 "Crews helping restore power to Watertown, other communities",
 "Linemen restore S.D. power: Crews use bucket trucks to get ice-laden conductor back in the air on the "
 "Summit-to-Watertown transmission line, Dec. 28. The line repair was part of a larger restoration effort after a "
 "Dec. 25, 2016 blizzard blanketed the area, knocking out power to residents and communities in Montana and the "
 "Dakotas. The Watertown, S.D., area was hit particularly hard. (Photo by Watertown Line Forman Jammy Eitreim)\n\n"
 "A devastating ice storm and severe blizzard conditions blanketed the Upper Great Plains region, Dec. 25-26, with "
 "snow and ice, knocking out power to many communities. WAPA is continuing to work closely with local utilities to "
 "restore power.\n\n"
 "(Note: WAPA provided updates on the status and power system recovery for the Summit Substation near Watertown, "
 "South Dakota.)\n\n"
 "Jan. 21, 2017: WAPA returned its Forman-to-Summit 115-kilovolt line to service. The line had been out of service "
 "since Dec. 25, when an ice storm moved through the area and destroyed about 12 miles of line. This additional path "
 "for reliably delivering power to S.D. customers makes the area's electric grid whole again.\n\n"
 "Dec. 29, 4:40p: The Bristol-Summit transmission line and Summit Substation have been energized.\n\n"
 "Dec. 29, 3:25p:  The Bristol\u2013Summit transmission line is once again intact. WAPA is anticipating energizing "
 "the Bristol-Summit line and Summit Substation late this afternoon.  The transmission line still has substantial "
 "ice, as does the insulators in the substation yard.  Because of the remaining ice on equipment, it is uncertain if "
 "the facilities will remain energized.\n\n"
 "Dec. 29, 6:30a: Summit Substation restoration going well. Crews anticipate the substation to be energized this "
 "afternoon.",
 "energy/electricity transmission", "outage",
 "U.S. Department of Energy, Western Area Power Administration, news feature / status page, 'Crews helping restore "
 "power to Watertown, other communities', updated to 2017-01-21, US federal government work (public domain); text "
 "as the search tool's page store holds " + U,
 "wapa.gov newsroom page (search tool page store)",
 "WAPA's own news-feature page (WAPA is a federal power marketing administration of the Department of Energy). "
 "Left out: the breadcrumb ('WAPA \u00bb Newsroom \u00bb News features \u00bb 2016'), the heading (kept as title), "
 "the photo's label line ('Linemen restore S.D. power', repeated as the caption's first words, which are kept), the "
 "gallery link ('See more repair work photos from WAPA responding to the December 2016 storm on WAPA's Flickr "
 "channel.'), the sub-heading 'Status updates', trailing spaces. The photo caption is kept as the page's opening "
 "paragraph (it dates the blizzard). The status entries run newest first, as on the page; cut before an entry that "
 "begins 'De' where the excerpt breaks off (`truncated`; older entries of 25-28 December lost). Kept as written: "
 "'Line Forman' (for foreman), 'as does the insulators', 'Bristol\u2013Summit' (en dash) beside 'Bristol-Summit', the "
 "double spaces after three full stops, '4:40p' etc. `published` 2017-01-21, the newest entry's date (doubtful: a "
 "running page; no later entry shows). Found with 'Western Area Power Administration news release outage "
 "transmission line customers lost power restored crews' (a TV station's copy of WAPA's release of 28 December "
 "2016 came back first; WAPA's own page was taken instead). " + CHECK + "WAPA, 'Western Area Power', Watertown, "
 "'Summit Substation', 'Upper Great Plains', Eitreim, Bristol, December 2016 blizzard: 0 in train/dev and the "
 "scripts; GATHERING.md names the Western Area Power Administration only among batch 30c's 2011 Southwest blackout "
 "utilities (another event). 8-word shingle overlap with train/dev and the pools: 0.", True))

# ---- near-misses ------------------------------------------------------------------------------------------------
U = "https://energynewsfeed.blogspot.com/2017/09/bonneville-power-administration.html"
R.append(federal(
 "us-bpa-eagle-creek-fire-no-customer-outages-2017", U, "2017-09-05",
 "No BPA utility customers are without power from this fire",
 "Portland, Ore. \u2013 The Bonneville Power Administration is actively working to ensure we keep the power flowing "
 "throughout the Pacific Northwest while working with emergency responders and communities affected by the Eagle "
 "Creek Fire located 60 miles east of Portland, Ore.\n"
 "BPA is coordinating its transmission actions with the Forest Service Fire Management Team 6 in order to safely "
 "take lines and facilities out of service (de-energize and re-energize) in order to provide fire crews with safe "
 "access to fight the wildfire while maintaining the reliability of the BPA transmission system.\n"
 "Currently, we have only one line out of service \u2013 North Bonneville-Hood River 115-kilovolt line from Acton "
 "Substation to Cascade Locks. All other lines are in service. BPA has a robust, high voltage transmission system "
 "with the ability to route power along multiple paths for much of its service territory throughout the Pacific "
 "Northwest. No BPA customers are experiencing outages from BPA service at this time.\n"
 "With the fire expanding to the Washington side of the Columbia River, we are closely monitoring transmission "
 "corridors in the vicinity of the fires. A useful resource for tracking the fire relative to BPA\u2019s transmission "
 "system can be found at:\n"
 "Previously, we de-energized Acton Substation at 8:50 p.m. on Monday at the request and in coordination with the "
 "City of Cascade Locks. Working with Cascade Locks, we re-energized the substation at 10:04 p.m. It remains in "
 "service at this time.\n"
 "Additionally, BPA\u2019s Knight-Ostrander 500-kilovolt line automatically went out of service due to heavy smoke on "
 "the northern portion of the line at 9:21 p.m. Monday. The line was left out of service until the fire safely "
 "burned through underneath. The line was re-energized at 7:12 a.m. this morning.",
 "energy/electricity transmission", "near-miss",
 "U.S. Department of Energy, Bonneville Power Administration, news release, 'No BPA utility customers are without "
 "power from this fire', 2017-09-05, US federal government work (public domain); text as reproduced by the "
 "Energy News Feed blog at " + U,
 "blog copy of a BPA news release (search tool page store)",
 "BPA's release on the Eagle Creek Fire as an energy-news blog reproduces it: its first line (kept as title) reads "
 "as the release's sub-headline and the body opens with BPA's dateline ('Portland, Ore. \u2013'); the blog adds no "
 "words in the excerpt (its own post title 'Bonneville Power Administration' is in the address only). The link "
 "after 'can be found at:' was dropped by the rendering and is left so. The excerpt ends with the last body "
 "paragraph shown; whether the release ran on is unknown (`truncated` false, doubtful). `published` 2017-09-05: the "
 "text's 'Monday' with 'this morning' the next day, the fire (started Saturday 2 September 2017) 'expanding to the "
 "Washington side', and Northwest Public Broadcasting's story of 5 September 2017 on the same line shutoff "
 "(nwpb.org; not used) -- doubtful by a day. Near-miss: a line and a substation taken out of service on purpose or "
 "by smoke, and 'No BPA customers are experiencing outages' -- a denied outage; the Acton Substation's 74 minutes "
 "de-energized at the city's request are told with no loss of service to anyone (doubtful: a reader may suppose "
 "Cascade Locks went dark). Found with 'bpa.gov newsroom outage transmission lines substation wildfire "
 "de-energized customers utilities restored'. " + CHECK + "'Eagle Creek', 'Cascade Locks', 'Knight-Ostrander', "
 "'Acton Substation', 'Fire Management Team': 0 in the corpus and the scripts ('Acton' only as the London district "
 "of a 1964 Lords text). 8-word shingle overlap with train/dev and the pools: 0.", False))

U = "https://www.wieb.uscourts.gov/administrative-order-23-4-accessibility-clerks-office-during-cmecf-upgrade"
R.append(federal(
 "us-wieb-court-cmecf-upgrade-administrative-order-2023", U, "2023-05-05",
 "ADMINISTRATIVE ORDER 23-4: ACCESSIBILITY OF THE CLERK'S OFFICE DURING CM/ECF UPGRADE",
 "Due to a scheduled upgrade to the court's Case Management/Electronic Case Filing (CM/ECF) system, the CM/ECF "
 "system will not be available from 6:00 p.m. on Friday, May 19, 2023, to 11:59 p.m. on Saturday, May 20, 2023.\n\n"
 "Because the court requires all parties represented by counsel to file electronically using the CM/ECF system, the "
 "clerk's office is declared to be inaccessible to those parties within the meaning of Bankruptcy Rule 9006(a)(3) "
 "during this time. If the last day of a designated period to file a pleading or other paper is a day on which the "
 "CM/ECF system is not available, then the time to timely file such pleading or paper by a party required to use "
 "CM/ECF is extended to the first accessible day, which the court expects will be Monday, May 22, 2023.\n\n"
 "Persons who anticipate the need to make an emergency filing during this period may contact the clerk's office for "
 "instructions in advance of the scheduled upgrade. Should an emergency filing need arise during the downtime, "
 "please call the clerk's office at 414-290-2725.\n\n"
 "The clerk is directed to post this Order on the court's website.\n\n"
 "IT IS SO ORDERED.\n\n"
 "Dated: May 5, 2023",
 "courts/electronic filing", "near-miss",
 "U.S. Bankruptcy Court for the Eastern District of Wisconsin, Administrative Order 23-4, 'Accessibility of the "
 "Clerk's Office during CM/ECF Upgrade', 2023-05-05, US federal government work (public domain: a United States "
 "court's order on its own site); text as the search tool's page store holds " + U,
 "uscourts.gov court web page (search tool page store)",
 "The court's order as its page shows it: left out 'You are here' and the heading (kept as title, in the page's "
 "capitals). The order's own date line 'Dated: May 5, 2023' is kept (it ends the order); `published` 2023-05-05 "
 "from it. The court is not named in the text (its site is wieb.uscourts.gov, the Eastern District of Wisconsin's "
 "bankruptcy court). The excerpt is the whole order (`truncated` false). Near-miss: a scheduled upgrade window of a "
 "court's filing system announced ahead (a court, not a utility): no outage (GUIDELINES; batch 34k's planned "
 "windows). Found with 'bankruptcy court CM/ECF outage unexpected system unavailable notice restored' (rank 8). "
 + CHECK + "wieb, 'Eastern District of Wisconsin', '23-4', '414-290-2725', 'May 19, 2023': 0 in the corpus and "
 "the scripts. 8-word shingle overlap with train/dev, the pools and batch 34k's court texts: 0.", False))

U = "http://www.mieb.uscourts.gov/news/notice-regarding-administrative-order-closing-court-may-27-2005"
R.append(federal(
 "us-mieb-court-closing-cmecf-conversion-order-2005", U, "2005-04-25",
 "Notice Regarding Administrative Order Closing the Court on May 27, 2005",
 "At the close of business on Thursday, May 26, 2005, the court will begin the process of converting it\u2019s "
 "electronic database from BANCAP to CM/ECF (Case Management/Electronic Case Filing), a new system designed to allow "
 "for the filing of papers by electronic means. To ensure a successful conversion, the United States Bankruptcy "
 "Court and Clerk\u2019s Offices in all three court locations will be closed and inaccessible on Friday, May 27, "
 "2005.\n\n"
 "F.R. Bank. P. 9006(a) allows for the extension of time to file a pleading or paper when weather or other "
 "conditions have made the Clerk\u2019s Office inaccessible. Since the Clerk\u2019s Office in all three court "
 "locations will be closed and inaccessible on May 27, 2005, the time to file a pleading or paper will be extended. "
 "NOW THEREFORE, IT IS ORDERED that the Court and Clerk\u2019s Offices be closed on Friday, May 27, 2005.\n\n"
 "IT IS FURTHER ORDERED that in the event May 27, 2005, was the last day of a designated period to file a pleading "
 "or other paper, the time to timely file such pleading or other paper is extended to May 31, 2005, in accordance "
 "with Bankruptcy Rule 9006(a).",
 "courts/electronic filing", "near-miss",
 "U.S. Bankruptcy Court for the Western District of Michigan, news item with Administrative Order No. 05-01, "
 "'Notice Regarding Administrative Order Closing the Court on May 27, 2005', released 2005-04-25, US federal "
 "government work (public domain: a United States court's order on its own site); text as the search tool's page "
 "store holds " + U,
 "uscourts.gov court web page (search tool page store)",
 "The court's news item as the page store holds it: left out the heading (kept as title), 'Release Date: Monday, "
 "April 25, 2005' (kept as `published`), 'Click here for full document' (a link) and the order's caption ('In re: "
 "ADMINISTRATIVE ORDER No. 05-01 REGARDING CLOSING THE COURT ON FRIDAY, MAY 27, 2005' and a rule line). The "
 "rendering's hard line wraps are joined with spaces, including the one inside 'NOW THEREFORE, / IT IS ORDERED' "
 "(whitespace only). The order ends where the excerpt does (`truncated` false; a signature block, if any, not in "
 "the excerpt). Kept as written: 'it\u2019s electronic database', 'F.R. Bank. P.'. The court is not named beyond "
 "'the United States Bankruptcy Court' (its site is mieb.uscourts.gov, the Western District of Michigan's). "
 "Near-miss: a court closed for a day, announced a month ahead, to convert its case database -- a planned closure "
 "by a body that is not a utility, no service lost unannounced: no outage (GUIDELINES). Found with 'order clerk's "
 "office inaccessible due to CM/ECF outage on date deadlines extended to next business day bankruptcy court' (rank "
 "1). " + CHECK + "BANCAP, mieb, 'Western District of Michigan', '05-01', 'May 27, 2005': 0 in the corpus and the "
 "scripts. 8-word shingle overlap with train/dev and the pools: 0.", False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
