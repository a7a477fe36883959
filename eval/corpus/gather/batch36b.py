#!/usr/bin/env python3
"""Batch 36b (session 37, helper gather37b): outages told in US federal public-domain texts, the federal lane of
batches 35b, 35j and 35s, kept this round to the National Park Service's daily 'Morning Report' (the NPS's own
incident digest, as the npshistory.com archive holds it), with storms, a quake and a marina failure no batch took:
  - the Dangling Rope Marina (Lake Powell) losing power about 10:30 a.m. on Monday 5 July 2004, its water, sewer,
    communication, fire suppression and fuel systems down and some 400 boaters stranded -- Morning Report, 19 July 2004;
  - the earthquakes of Sunday 15 October 2006 in Hawaii: power out across much of the state, airports shut until it
    came back, a two-and-a-half-hour outage at Haleakala's summit and a ranger cut off from phone and radio --
    Morning Report, 18 October 2006;
  - the Pacific West storm of the first weekend of January 2008: Lassen without power, phones and email, Oregon
    Caves' phones and cell service out (not the storm's doing), Point Reyes' lighthouse without power, a power
    outage at Redwoods' headquarters on the Friday -- Morning Report, 8 January 2008;
  - Hurricane Rita (Saturday 24 September 2005) leaving the region around Big Thicket without power and with very
    little phone service -- Morning Report, 28 September 2005;
  and two near-misses: Gulf Islands National Seashore after the remnants of Isaac, road damage and closures with
  power 'intact' in the Florida District (31 August 2012); the Outer Banks and Cape Lookout closing ahead of
  Hurricane Earl, a campground reservation system 'temporarily suspended' (1 September 2010).
Each text is the search tool's page-store excerpt (corpus `pages`), which starts at a page's beginning and is never
a whole page. Left out of every text: the report's banner, edition and date lines (the date kept as `published`),
the section word 'INCIDENTS', region lines and item headings (kept as `title`), the report's other items; the
excerpt's break is handled by ending at the last full sentence before it (`truncated`). Paragraphs kept and joined
with a blank line (whitespace only); no word added or changed. Per-item notes in `notes`. Written before any
extractor ran on these texts (newskg was not run on them at all).
usage: batch36b.py [POOL_DIR] [--dry]   (default /tmp/gather37b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal, nps_attribution as mr_att, NPS_ORIGIN as ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37b/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against train/dev (by file), test (by file "
         "name only, no test file opened), GATHERING.md, every gather script and the other session-37 pools "
         "(/tmp/gather37a-e: only 37e present, empty, at 04:16 UTC): ")
MR = ("The NPS Morning Report is the National Park Service's daily digest of incidents in the parks, written by its "
      "own staff (a federal work); npshistory.com, an archive of NPS documents, reproduces it and adds no words in "
      "the kept part. ")


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
U = "https://npshistory.com/morningreport/2004/07-19.htm"
R.append(federal(
 "us-nps-glen-canyon-dangling-rope-marina-power-outage-morning-report-2004", U, "2004-07-19",
 "Glen Canyon National Recreation Area: Power Outage Strands Hundreds of Visitors",
 "The Dangling Rope Marina lost power around 10:30 a.m. on Monday, July 5th. The outage affected the entire marina "
 "and developed area. The marina, accessible only by water, is a very popular refueling and supply stop for "
 "visitors boating on Lake Powell, and is a necessary fuel stop for the numerous day-use visitors traveling over 50 "
 "lake miles to Rainbow Bridge National Monument. The electrical power failure resulted in all water, sewer, "
 "communication, fire suppression and fuel delivery systems being shut down. Since gasoline couldn't be dispensed, "
 "well over 400 people in approximately 100 boats were left stranded without gas on the last day of the major "
 "holiday weekend. Many visitors were unable to return to their camping sites. Day use visitors not prepared for an "
 "overnight trip had special needs, such as food, water, shelter, medication and health concerns. The daytime "
 "temperature was over 100 degrees, with limited shade on the docks. Families with children or elderly were "
 "especially susceptible to the heat.",
 "energy/electricity distribution", "outage",
 mr_att("Glen Canyon National Recreation Area (AZ,UT) -- Power Outage Strands Hundreds of Visitors", "2004-07-19", U),
 ORIGIN,
 MR + "Left out: the banner 'NPS Visitor and Resource Protection / The Morning Report', the date line 'Monday, July "
 "19, 2004' (kept as `published`), the section word 'INCIDENTS', the report's first item (Yellowstone, a mud slide, "
 "another matter, with its submitter line) and this item's heading lines 'Glen Canyon National Recreation Area "
 "(AZ,UT)' / 'Power Outage Strands Hundreds of Visitors' (kept as `title`, the state letters dropped and a colon put "
 "between park and heading in the title only). One paragraph; cut before 'At times, nearly 50 boats per hour were "
 "entering the marina in search...', where the excerpt breaks off (`truncated`; the end of the outage is not in "
 "the kept part). Kept as written: 'couldn't', 'Day use' beside 'day-use'. Found with 'NATIONAL PARK SERVICE "
 "MORNING REPORT fire burned power line park without power phone lines down utility' (rank 4). " + CHECK +
 "'Dangling Rope', 'Glen Canyon', 'Lake Powell', 'Rainbow Bridge': 0 in GATHERING.md, the scripts and train/dev; "
 "test: 0 by file name.", True))

U = "http://npshistory.com/morningreport/2006/10-18-be.htm"
R.append(federal(
 "us-nps-hawaii-earthquake-power-outages-morning-report-2006", U, "2006-10-18",
 "Hawaiian Parks: Earthquake Rocks National Parks In Hawaii",
 "A 6.6 magnitude earthquake centered about a mile west-southwest of Waikoloa on the Kona side of the Big Island of "
 "Hawaii rocked the entire island chain just after 7 a.m. on the morning of Sunday, October 15th. Shortly "
 "thereafter, the islands were shaken by a 5.8 magnitude earthquake. These two big quakes were followed by more "
 "than 20 aftershocks, mostly in the 3.0 to 4.5 range. The first quake caused severe damage to the Kona, Kohala and "
 "Hamakua areas of the Big Island. Power was out throughout much of the state. All major airports were shut down "
 "temporarily until power was restored. All the national parks in Hawaii immediately began damage assessments. The "
 "Pacific Area Communication Center, which serves as the central dispatching center for all the Hawaii parks, "
 "remained open and functional throughout the disaster. Radio communication and the phone system remained intact. "
 "The following is a roundup of reports from affected parks:\n\n"
 "Haleakala NP - The summit area of the park suffered little damage from the earthquake - a few rocks on the road, "
 "closure of restrooms, and a power outage for about two-and-half hours. No structural damage occurred. There were "
 "several landslides in the Alelele and Kalepa areas which took out four telephone poles, guard rails and buried "
 "the county road in debris. A ranger who was on duty evacuated the Kipahulu campground and closed the popular Oheo "
 "Gulch stream area in preparation for a potential tsunami. The ranger was temporarily without phone and radio "
 "communications due to power outages on both Maui and the Big Island of Hawaii where dispatch is located. No "
 "tsunami occurred.",
 "energy/electricity distribution", "outage",
 mr_att("Hawaiian Parks -- Earthquake Rocks National Parks In Hawaii", "2006-10-18", U), ORIGIN,
 MR + "The 'Blackberry edition' of the report. Left out: the banner 'NATIONAL PARK SERVICE MORNING REPORT', the date "
 "line 'Wednesday, October 18, 2006' (kept as `published`), a rule of '=' signs, the section word 'INCIDENTS' and "
 "the item's region and heading lines 'Hawaiian Parks' / 'Earthquake Rocks National Parks In Hawaii' (kept as "
 "`title`, with a colon in the title only). The stored excerpt runs all lines together; a paragraph break is put "
 "before 'Haleakala NP -', where the roundup's first park entry begins (whitespace only; the report's other "
 "editions set each park entry as its own paragraph). Cut before 'The county of Maui closed the highway through "
 "Kaupo and it will likely remain closed for several weeks while the Federal High...', where the excerpt breaks "
 "off (`truncated`; the roundup's other parks are not in the kept part). Kept as written: 'two-and-half hours', "
 "'Haleakala' without its okina. Found with 'NATIONAL PARK SERVICE MORNING REPORT earthquake power outage "
 "communications park' (rank 6). " + CHECK + "Haleakala, Waikoloa, Kipahulu, Kohala, Hamakua, Oheo, 'Pacific Area "
 "Communication', 'Big Island', '2006 Hawaii earthquake': 0 in GATHERING.md, the scripts and train/dev ('Kona' only "
 "inside another word in a batch 26c file; 'Hawaii' only in other matters: the 2018 false missile alert, Hawaiian "
 "Telcom, Hawaiian Electric's Maui fire, an airline); test: 0 by file name.", True))

U = "http://npshistory.com/morningreport/2008/01-08.htm"
R.append(federal(
 "us-nps-pacific-west-storm-park-power-phone-outages-morning-report-2008", U, "2008-01-08",
 "Pacific West Region: Major Storm Causes Some Park Closures, Outages",
 "A major storm hammered parks across the region last weekend. Stern travel advisories and public information about "
 "the storm and its impacts may have helped reduce significant incidents during this widespread event. Recovery "
 "continues, as many communities shovel out, attempt to restore utilities, or wait to dry out. Another storm system "
 "is expected to bring rain/snow beginning early today. Here's a wrap-up from Pacific West parks:\n\n"
 "Lassen Volcanic - Lassen is without power, phones and email. About eight feet of snow is reported at the "
 "southwest entrance on the Mineral side. Park staff are hunkering down, using small emergency generators, heating "
 "with wood stoves, and cooking on wood stoves and camp stoves. Few if any visitors are on the move, with just a few "
 "folks showing up yesterday to cut cross country trails in the very deep powder.\n\n"
 "Oregon Caves - It has been difficult to contact the park because phones are out and there's no cell service "
 "(unrelated to the storm). The park received about 44 inches of new snow in 48 hours, and the park will remain "
 "inaccessible by road until state plow crews clear Highway 46.\n\n"
 "Point Reyes (and parts of Golden Gate) - Power is out at the lighthouse and at a couple of other park residences. "
 "Many trees are reported down, including some on power or phone lines. All roads are open except for "
 "Bolinas-Fairfax Road (GOGA). Trails are open, though assessments are still being made to determine how many "
 "trees are down blocking the park's more remote trails.\n\n"
 "Redwoods - The park received three inches of rain and wind gusts up to 80 miles per hour over Friday and early "
 "Saturday - typical for a severe storm in northwest California at this time of the year. A power outage affected "
 "HQ for part of Friday.",
 "energy/electricity distribution,telecommunications", "outage",
 mr_att("Pacific West Region -- Major Storm Causes Some Park Closures, Outages", "2008-01-08", U), ORIGIN,
 MR + "Left out: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the date line 'Tuesday, January 8, 2008' (kept "
 "as `published`), a rule of '=' signs, the section word 'INCIDENTS' and the item's region and heading lines "
 "'Pacific West Region' / 'Major Storm Causes Some Park Closures, Outages' (kept as `title`, with a colon in the "
 "title only). The stored excerpt ends with the full sentence 'A power outage affected HQ for part of Friday.' at "
 "about its length limit, so the Redwoods entry and the roundup may go on (`truncated`). Kept as written: "
 "'rain/snow', 'HQ', '(GOGA)', 'there's'. Found with 'NATIONAL PARK SERVICE MORNING REPORT ice storm power outage "
 "park headquarters without electricity water system' (rank 7). " + CHECK + "Lassen, 'Oregon Caves', 'Point "
 "Reyes', Redwoods, Bolinas, GOGA: 0 in GATHERING.md, the scripts and train/dev; test: 0 by file name.", True))

U = "https://npshistory.com/morningreport/2005/09-28-be.htm"
R.append(federal(
 "us-nps-big-thicket-hurricane-rita-power-phone-outage-morning-report-2005", U, "2005-09-28",
 "Gulf Coast Areas: Update on Recovery from Hurricane Rita",
 "The Central IMT (Eddie Lopez, IC) is charged with assisting the parks and employees affected by Hurricane Rita, "
 "primarily Big Thicket NP, and with supporting emergency response in communities around the park.\n\n"
 "Helping people through adversity continues to be the team's primary goal. As was noted yesterday, the team has "
 "been asked to provide assistance to the 520 residents of the nearby Alabama-Coushatta Indian Reservation and to "
 "emergency responders in the communities surrounding the park.\n\n"
 "On Monday morning, the team was able to bring the first truckload of food into the reservation, which is adjacent "
 "to the Big Sandy Unit of Big Thicket NP. Late Monday evening, a catering truck was onsite providing the first hot "
 "meals most of the 520 residents in the village had eaten since Hurricane Rita struck last Saturday. The same "
 "caterer will also begin serving hot meals to National Park Service emergency workers, park employees and families "
 "at Village Mills by sometime Wednesday.\n\n"
 "As the only federal emergency response in the area until today's arrival of a FEMA team in the nearby town of "
 "Kountze, community members have been stopping by the park visitor center seeking emergency assistance. Their "
 "immediate needs for food, water, medical treatment and gasoline are being met in order to enable them to leave "
 "the storm-ravaged area. The entire region remains without power and has very little phone service. A caravan with "
 "a large tanker of gasoline and diesel accompanied by 20 electric generators left Johnson City for Big Thicket "
 "yesterday morning.\n\n"
 "Several families are now being put up in motels outside the area. Emergency stabilization efforts are underway "
 "for homes of eight Big Thicket employees.",
 "energy/electricity distribution,telecommunications", "outage",
 mr_att("Gulf Coast Areas -- Update on Recovery from Hurricane Rita (Big Thicket NP)", "2005-09-28", U), ORIGIN,
 MR + "The 'Blackberry edition' of the report. Left out: the banner 'NATIONAL PARK SERVICE / MORNING REPORT / "
 "BLACKBERRY EDITION', the date line 'Wednesday, September 28, 2005' (kept as `published`), the section word "
 "'INCIDENTS', the item's region and heading lines 'Gulf Coast Areas' / 'Update on Recovery from Hurricane Rita' "
 "(kept as `title`, with a colon in the title only) and the park line 'Big Thicket NP' above the first paragraph. "
 "Cut before 'Twenty electric generators are set to arrive late today to provide emergency power to those choos...', "
 "where the excerpt breaks off (`truncated`). Kept as written: 'IC', 'onsite', the trailing spaces dropped after "
 "'yesterday morning.' (whitespace only). Found with 'Morning Report Hurricane Gustav Jean Lafitte power outage park "
 "closed generators' (rank 8). The next day's report (2005-09-29: the visitor center powered by two generators) "
 "tells the same event and was not taken. " + CHECK + "'Big Thicket', 'Hurricane Rita', Kountze, "
 "'Alabama-Coushatta', 'Village Mills', 'Eddie Lopez': 0 in GATHERING.md, the scripts and train/dev; test: 0 by file "
 "name.", True))

# ---- near-misses ------------------------------------------------------------------------------------------------
U = "http://npshistory.com/morningreport/2012/08-31a.htm"
R.append(federal(
 "us-nps-gulf-islands-isaac-remnants-power-intact-morning-report-2012", U, "2012-08-31",
 "Southeast Region: Remnants Of Isaac Bring Heavy Inland Rains (Gulf Islands NS)",
 "Gulf Islands NS - The Mississippi District, including all mainland and inland facilities, remained closed "
 "yesterday due to ongoing tropical storm conditions. District staff were instructed to remain at home. Staff in "
 "the Florida District returned to work yesterday to begin condition assessments and cleanup operations. Despite "
 "persistent high wind gusts, some progress was made in removing sand from the Fort Pickens roadway. Sand removal "
 "was started at the visitor use facilities at Perdido Key but had to stop due to the high winds. Significant road "
 "damage was confirmed along the main westbound traffic lane in five areas along Highway 399 (J. Earle Bowden Way) "
 "within the park's Santa Rosa Area. Initial assessments indicate no damages to buildings and other facilities "
 "within the district, including the Fort Pickens, Naval Live Oaks, Perdido Key, and Santa Rosa areas. Power is "
 "also intact within all Florida District areas. Post-storm cleanup is expected to continue within the Florida "
 "District through today and into the weekend. The Naval Live Oaks and Fort Barrancas visitor centers reopened "
 "yesterday, but trails in these areas did not reopen due to the inability to assess for snags due to the high "
 "winds. The Perdido Key Area is scheduled to reopen today. The Fort Pickens Area, including the campground, "
 "concession operations, trails and other visitor use areas, are not expected to reopen before September 7th due "
 "to inaccessibility from high concentrations of sand on the roadway.",
 "government services/national parks", "near-miss",
 mr_att("Southeast Region -- Remnants Of Isaac Bring Heavy Inland Rains (Gulf Islands NS)", "2012-08-31", U),
 ORIGIN,
 MR + "Left out: the banner, the date line 'Friday, August 31, 2012' (kept as `published`), the section word "
 "'INCIDENTS', the item's region and heading lines 'Southeast Region' / 'Remnants Of Isaac Bring Heavy Inland Rains' "
 "(kept as `title`, with the park's short name added in brackets in the title only) and the item's opening "
 "paragraph (on the remnants over Arkansas, with a word-processor field code 'HYPERLINK \"http://www.hpc.ncep.noaa."
 "gov/\"' in its text: left out whole rather than edited). The text is the first park entry, whole up to where the "
 "excerpt ends after '...on the roadway.' (`truncated`: the roundup's other parks are not in the kept part). Kept "
 "as written: 'Highway 399 (J. Earle Bowden Way)', 'are not expected'. Near-miss: closures and road damage after a "
 "storm, with the report saying 'Power is also intact within all Florida District areas'; no service lost is told. "
 "Found with 'NATIONAL PARK SERVICE MORNING REPORT ice storm power outage park headquarters without electricity "
 "water system' (rank 4). " + CHECK + "'Gulf Islands', 'Fort Pickens', Perdido, 'Naval Live Oaks', Barrancas, "
 "'Hurricane Isaac' ('Isaac' only as Isaac Reckitt, a person): 0 in GATHERING.md, the scripts and train/dev "
 "('Pensacola' only in batch 16i, another matter); test: 0 by file name.", True))

U = "https://npshistory.com/morningreport/2010/09-01.htm"
R.append(federal(
 "us-nps-outer-banks-hurricane-earl-closures-morning-report-2010", U, "2010-09-01",
 "East Coast Parks: Hurricane Earl Bears Down On Carolina Coast",
 "Hurricane Earl, now a Category 4 storm, continues on its northwestward track toward the Carolinas, and parks in "
 "its projected path are in the midst of making all necessary preparations. Reports have also been received from "
 "Caribbean parks affected by the hurricane. Here's today's summary:\n\n"
 "Outer Banks Group (Cape Hatteras, Fort Raleigh, Wright Brothers) - The hurricane is forecast to begin affecting "
 "the Outer Banks tomorrow, with storm conditions continuing through Friday. In anticipation of Earl's arrival, the "
 "Ocracoke Visitor Center will close at noon today and the Hatteras Island, Bodie Island, Wright Brothers and Fort "
 "Raleigh Visitor Centers will close at 5:00 p.m. The Ocracoke, Frisco, Cape Point and Oregon Inlet Campgrounds "
 "will close at oon. The Ocracoke Campground reservation system has been temporarily suspended. The last climb for "
 "the Cape Hatteras Lighthouse will be at 2:00 p.m. today and the lighthouse will close at 3:00 p.m. By Thursday, "
 "expected ocean overwash and rough surf conditions will create unsafe conditions on seashore beaches and off-road "
 "vehicle use will be prohibited until safe conditions allow for this recreational activity.\n\n"
 "Cape Lookout NS - The park has implemented its hurricane evacuation plan. A hurricane hotline has been "
 "established through the NPS EICC at Shenandoah and employees have been advised to utilize it in case of an "
 "emergency. Only day use passengers were allowed on ferries to the islands yesterday, and all visitors with "
 "vehicles and/or those staying overnight will be evacuated by noon today. Day use visitors will be evacuated by "
 "5:00 p.m. The park will be closing to all visitor use from 5:00 p.m. until further notice.",
 "government services/national parks", "near-miss",
 mr_att("East Coast Parks -- Hurricane Earl Bears Down On Carolina Coast", "2010-09-01", U), ORIGIN,
 MR + "Left out: the banner 'NATIONAL PARK SERVICE / MORNING REPORT', the date line 'Wednesday, September 1, 2010' "
 "(kept as `published`), the section word 'INCIDENTS' and the item's region and heading lines 'East Coast Parks' / "
 "'Hurricane Earl Bears Down On Carolina Coast' (kept as `title`, with a colon in the title only). Cut inside the "
 "Cape Lookout entry before 'Depending on the timing of the hurricane's arrival, the park plans to do post-hurricane "
 "assessment on Friday and will open once it is determined to be safe to do...', where the excerpt breaks off "
 "(`truncated`; the Caribbean parks' reports the opening promises are not in the kept part). Kept as written: "
 "'at oon' (for 'at noon'), 'and/or', 'Here's'. Near-miss: closures ahead of a storm and a campground reservation "
 "system 'temporarily suspended' by the park itself (a planned pause by a body that is not a utility, GUIDELINES "
 "part 2), no outage told. Found with 'NPS Morning Report Hurricane Ike update parks power water phone outages' "
 "(rank 7). " + CHECK + "'Hurricane Earl' (0), Ocracoke, Hatteras, 'Cape Lookout', 'Outer Banks', 'Bodie Island', "
 "EICC: 0 in GATHERING.md, the scripts and train/dev; test: 0 by file name.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
