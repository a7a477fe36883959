#!/usr/bin/env python3
"""Batch 35j (session 36, second round; helper gather36j): outages told in US federal public-domain texts, the
lane of batch 35b, which opened the Department of Energy's power marketing administrations. This round takes other
events from the Western Area Power Administration's own staff newsletter pages on wapa.gov ('Closed Circuit'), a
Bonneville Power Administration news release of 2002 as a trade site reproduces it, and a Department of the Interior
release of 2004 on its own site. Texts:
  - a crop-dusting helicopter that struck WAPA's Gila-to-Knob 161-kV line in Yuma, Arizona, about 6 p.m. on 31 March
    (2021, by the newsletter issue; no year in the text), causing a service interruption -- wapa.gov, Closed Circuit;
  - the 17 July (2022) microburst in the Salt River Pima-Maricopa Indian Community that downed WAPA, Arizona Public
    Service and Salt River Project lines and left more than 40,000 customers without power -- wapa.gov, Closed Circuit;
  - the Vining Substation failure that left nearly all of Powell, Wyoming, without power from about 5 a.m. to 11 a.m.
    on 29 June (2019) and again from about 4 p.m. -- wapa.gov, Closed Circuit;
  - Super Typhoon Yutu leaving Saipan with no power grid after 24 October 2018, with two WAPA employees sent to
    help restore power on Saipan and Tinian -- wapa.gov, Closed Circuit;
  - the Department of the Interior's disconnection from the Internet under a court injunction of 15 March 2004 --
    the Department's release of 23 March 2004 on doi.gov;
  and one near-miss: BPA's release of 24 June 2002 on vandalism of its lines, with shot-out insulators near Bovill,
  Idaho, taking lines and the Dworshak Dam powerhouse out for over nine hours and no customer loss told.
Each text is the search tool's page-store excerpt (corpus `pages`), which runs from a page's beginning and is never a
whole page: banners, bylines, photo credits, release headers and contacts are left out, a text ends at the last full
paragraph before its excerpt breaks off (`truncated`), trailing spaces dropped and a bullet's run of spaces made one
(whitespace only); no word added or changed. Per-item notes in `notes`. Written before any extractor ran on these
texts (newskg was not run on them at all).
usage: batch35j.py [POOL_DIR] [--dry]   (default /tmp/gather36j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36j/pool"
CHECK = ("Checked before annotation, by its names, places and dates, against train/dev (by file), test (by file "
         "name and count only, no test file opened), GATHERING.md (batch 35b's section and list of leads in full), "
         "every gather script, the /work/notes files and the other session-36 second-round pools (/tmp/gather36i, "
         "36k and 36l at 01:34 UTC: Hansard and Dail water-supply items, Wikinews product launches, Wikipedia company "
         "articles; no federal text, none of these names): ")
CC = ("WAPA's staff newsletter 'Closed Circuit' as its wapa.gov page shows it (WAPA is a federal power marketing "
      "administration of the Department of Energy; the newsletter is written by its public-affairs staff, a federal "
      "work). ")



def cc_att(title, author, url):
    return ("U.S. Department of Energy, Western Area Power Administration, Closed Circuit newsletter article by "
            + author + ", '" + title + "', date not shown in the stored page, US federal government work (public "
            "domain); text as the search tool's page store holds " + url)


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
U = "https://www.wapa.gov/crop-duster-strikes-arizona-t-line/"
R.append(federal(
 "us-wapa-crop-duster-gila-knob-line-outage-2021", U, None, "Crop duster strikes Arizona T-line",
 "Crop dusters do more than apply insecticide and torment Cary Grant. They also, on occasion, find themselves in "
 "unfortunate altercations with transmission lines. Such was the case March 31, when a crop-dusting helicopter "
 "struck the Gila-to-Knob 161-kilovolt transmission line in Yuma, Arizona, at around 6 p.m., causing a service "
 "interruption.\n\n"
 "By 6:30, Foreman II Lineman Justin Swires was on site to assess the situation and the damage. He reported his "
 "findings back to Dispatch, including the fact that the helicopter had neither crashed nor landed; the pilot who "
 "struck the line continued flying. While it was obviously good that the incident did not result in any injuries, it "
 "was up to WAPA to get power restored as quickly and safely as possible.\n\n"
 "One complication was that repairs and service restoration would require access to the nearby Fort Yuma-Quechan "
 "Reservation, which would require approval from the Tribe.\n\n"
 "Transmission Lines and Substations Maintenance Manager Mike Simonton worked to get in touch with a representative "
 "of the Tribe who could authorize access. By 9 p.m., he was able to do so, and was informed that the Tribe was both "
 "aware of the incident and happy to allow WAPA to make any necessary repairs on the reservation.\n\n"
 "Within 15 minutes of this approval, WAPA crews were gathering the necessary equipment and mobilizing to address "
 "the outage.\n\n"
 "Restoration efforts continued through the following morning, April 1, as the impacted transmission line was "
 "located on irrigated agricultural lands.\n\n"
 "In addition to needing to tow in the equipment required to make the necessary repairs on soggy land, the crews "
 "had to be careful to avoid causing another kind of disruption.\n\n"
 "\u201cWe wanted to mitigate the impact to agricultural activities,\u201d explained Simonton.\n\n"
 "This required not only careful planning on WAPA\u2019s end, but additional coordination with the Quechan Tribe.",
 "energy/electricity transmission", "outage", cc_att("Crop duster strikes Arizona T-line", "Philip Reed", U),
 "wapa.gov newsroom page (search tool page store)",
 CC + "Left out: the banner word 'Closed Circuit' and the byline 'By Philip Reed' (kept in the attribution). Cut "
 "before 'Supervisory Environmental Protection Specialist Sean Berry wo', where the excerpt breaks off "
 "(`truncated`). Title as the page's address and the newsletter's table of contents give it ('Crop duster strikes "
 "Arizona T-line'; a copy of the July 2021 issue on readkong.com lists it with the deck 'Repair work requires swift "
 "response and Tribal collaboration.'). `published` null: the stored page shows no date; the article ran in the "
 "newsletter's July 2021 issue (the readkong copy's cover, 'JULY 2021'; no day), so the event is 31 March 2021 "
 "(the id's year), but the text gives no year: its 'March 31', 'April 1' and clock times are left undated "
 "(GUIDELINES: with published null, a day and month without a year give no date). Kept as written: "
 "'Transmission Lines and Substations Maintenance Manager' (the microburst article has 'Substation'), 'By 6:30'. "
 "Found with 'WAPA Closed Circuit crop duster strikes transmission line Arizona outage repair' (rank 1). " + CHECK
 + "Gila-to-Knob, 'crop dust', Yuma, Quechan, Swires, Simonton, 'Closed Circuit': 0 in train/dev, the scripts and "
 "GATHERING.md; 'Gila' only in batch 30c's 2011 Southwest blackout (APS's North Gila Substation: another event); "
 "test: 0 by file name. 8-word shingle overlap with train/dev: 0.", True))

U = "https://www.wapa.gov/arizona-storm-shines-spotlight-on-wapa-wide-teamwork/"
R.append(federal(
 "us-wapa-salt-river-microburst-line-damage-2022", U, None, "Arizona storm shines spotlight on WAPA-wide teamwork",
 "On July 17, a powerful microburst with 80 mile-per-hour winds uprooted trees, damaged multiple high-voltage "
 "transmission lines and flattened a mobile home in the Salt River Pima-Maricopa Indian Community north of Phoenix, "
 "Arizona.\n\n"
 "WAPA, Arizona Public Service and Salt River Project all suffered significant transmission line damage along a "
 "shared corridor when the storm downed the lines across State Highway 87. More than 40,000 customers lost power "
 "locally and in the greater Phoenix area, in some cases for days.\n\n"
 "Desert Southwest crews and the region\u2019s helicopter arrived the next day to assess the scene. Their first "
 "objectives were to determine the extent of the damage, stabilize undamaged structures and remove debris, "
 "particularly from the closed highway.\n\n"
 "\u201cCertain structures were on the ground; several structures were still standing and badly damaged. You had to "
 "clean up and complete demolition as safely as you can,\u201d said Transmission Lines and Substation Maintenance "
 "Manager Mike Simonton. \u201cIt\u2019s a difficult task. Things can go wrong because there are thousands of pounds "
 "of tension on the structures, and the structures were not designed to bend the way many of them had. Our crews "
 "had to take the structure down in a manner that is not ideal.\u201d\n\n"
 "In total, 14 steel lattice structures over two miles were damaged beyond repair along the Pinnacle Peak-to-Rogers "
 "230-kilovolt, double-circuit line. Several structures had already crumpled to the ground while others began "
 "buckling when conductors were cut, releasing the tension that had held those structures in place.",
 "energy/electricity transmission", "outage",
 cc_att("Arizona storm shines spotlight on WAPA-wide teamwork", "Lisa Meiman", U),
 "wapa.gov newsroom page (search tool page store)",
 CC + "Left out: the banner word 'Closed Circuit' and the byline 'By Lisa Meiman'. Cut before the paragraph "
 "'\u201cSeveral of WAPA\u2019s regions, customers and neighboring utilities contacted us ...' (its quotation, "
 "attributed to 'Senior Vice President and Desert Southwest Regional Manager Jack Murray', runs on into a sentence "
 "that breaks off at 'engineers '; so Jack Murray is not in the text; `truncated`). Title from the address "
 "(capitalised as the page's heading style; doubtful in wording). `published` null: the stored page shows no date "
 "and the text no year; the storm is that of 17 July 2022 (the id's year) by news pages of 19-27 July 2022 on the "
 "same microburst (Fountain Hills Times, KOLD: not used), so 'July 17' is left undated (GUIDELINES). Found with "
 "'WAPA Closed Circuit crop duster strikes transmission line Arizona outage repair' (rank 2). " + CHECK
 + "Salt River Pima-Maricopa, 'Salt River Project', microburst, 'Pinnacle Peak', 'State Highway 87', 'Desert "
 "Southwest', Simonton: 0 in train/dev, the scripts and GATHERING.md; Arizona Public Service only in batch 30c's "
 "2011 Southwest blackout (another event); test: 0 by file name. 8-word shingle overlap with train/dev: 0.", True))

U = "https://www.wapa.gov/employees-respond-to-weekend-outage/"
R.append(federal(
 "us-wapa-powell-vining-substation-outage-2019", U, None, "Employees respond to weekend outage",
 "Early in the morning June 29, Electrician Foreman II Paul Davis was enjoying his normal weekend routine in his "
 "home near Powell, Wyoming.\n\n"
 "\u201cI was having coffee and scrolling through Facebook,\u201d said Davis. \u201cPeople in town were posting about a "
 "power outage. I saw fire trucks and flashing lights and sure enough there was a big fire at the substation.\u201d\n\n"
 "Nearly everyone in Powell, a city of about 6,300 residents, was without power. A breaker had failed at Vining "
 "Substation around 5 a.m. When electricians attempted to energize the breaker, the nearby oil-filled regulators "
 "exploded, causing the oil to ignite.\n\n"
 "Thankfully, no one was hurt.\n\n"
 "\u201cThe substation was only a mile from my house,\u201d said Davis. \u201cAt that point, I could sit at home while "
 "the power is out, or I could go and help.\u201d\n\n"
 "He called Dispatch for an update, then traveled to the substation to offer his assistance.\n\n"
 "Powell is a WAPA customer through the Wyoming Municipal Power Agency. WAPA also has meters at the substation.\n\n"
 "Davis worked with crews from the City of Powell and neighboring Garland Light & Power to restore power by 11 a.m., "
 "but the situation was fragile. City Administrator Zack Thorington requested residents minimize power consumption "
 "to keep from overloading the substation.\n\n"
 "The power held until about 4 p.m. when the load increased dramatically as people turned on air conditioners. This "
 "overloaded the circuits and cut power to the city again.\n\n"
 "That\u2019s when Davis called for Meter and Relay Specialists Joe Haskins and Nathan Whitford from Cody, Wyoming.\n\n"
 "\u201cThe city doesn\u2019t have the Maintenance program like we do,\u201d said Davis. \u201cThey don\u2019t have "
 "engineers or protection specialists. They have linemen and electricians. So we called Joe and Nathan to "
 "troubleshoot.\u201d",
 "energy/electricity distribution", "outage", cc_att("Employees respond to weekend outage", "Lisa Meiman", U),
 "wapa.gov newsroom page (search tool page store)",
 CC + "Left out: the banner image's alternative text ('Image of a graph paper notebook with calculator, pen, pencil "
 "and eraser. The words \"Closed Circuit\" are at the top.'), the byline 'By Lisa Meiman', the credit 'Photos "
 "courtesy of Powell Tribune' (the photos are not in the text; no Tribune words are), trailing spaces. Cut before "
 "'Haskins was at a barb', where the excerpt breaks off (`truncated`; how the second outage ended is lost). Title "
 "from the address (doubtful in wording). `published` null: the stored page shows no date and the text no year; the "
 "event is the Vining Substation fire of Saturday 29 June 2019 (the id's year) by the Powell Tribune's stories of 5 "
 "July 2019 and August 2019 (subscriber pages, not used), so 'June 29' and the clock times are left undated "
 "(GUIDELINES). Found with 'Western Area Power Administration outage substation fire lost power customers restored "
 "hours' (rank 2). " + CHECK + "Powell (only as a surname in batch 27d's Rio Tinto Alcan text), Vining, 'Wyoming "
 "Municipal', Garland, Thorington, Haskins, Whitford, Cody: 0 as these in train/dev, the scripts and GATHERING.md; "
 "test: 0 by file name. 8-word shingle overlap with train/dev: 0.", True))

U = "https://www.wapa.gov/employees-respond-to-2018s-strongest-storm/"
R.append(federal(
 "us-wapa-typhoon-yutu-saipan-power-restoration-2018", U, None, "Employees respond to 2018\u2019s strongest storm",
 "On Oct. 24, 2018, Category 5 Super Typhoon Yutu, tied for 2018\u2019s strongest storm, struck the Northern Mariana "
 "Islands at peak intensity, the typhoon\u2019s eye at one point encircling the entire island of Tinian.\n\n"
 "Storm surges of more than 20 feet and up to 10 inches of rain fell during the storm, which would later hit the "
 "Philippines, South China and Taiwan.\n\n"
 "Two WAPA employees deployed in the storm\u2019s aftermath to support power restoration on Saipan and Tinian as "
 "ESF-12 representatives.\n\n"
 "\u201cWhen we got to Saipan, there were no cars, no air conditioning, no communications and no water. There wasn\u2019t "
 "a power grid when we got there,\u201d said Senior Power Operations Specialist Sean Erickson, who arrived in Guam Oct. "
 "26. \u201cTinian was just devastated. There were very few structures left standing.\u201d\n\n"
 "Guam and the Northern Mariana Islands, which includes Saipan, Tinian, Rota and 11 other islands, had only just "
 "recovered from Super Typhoon Mangkhut, which made landfall in Guam Sept. 10 as a Category 2 typhoon. Mangkhut "
 "would eventually match Yutu in strength, tying it for strongest storm of the year.\n\n"
 "\u201cMangkhut didn\u2019t affect Tinian or Saipan power infrastructure too badly. However, it did affect Guam and "
 "Rota infrastructure because the storm passed close by these two islands,\u201d said Power System Construction and "
 "Maintenance Advisor Will Schnyer, who arrived in Saipan Nov. 10 and who had also deployed for Mangkhut\u2019s "
 "response effort in Guam, Rota and Saipan in September. \u201cTyphoon Yutu, on the other hand, devastated and "
 "flattened everything in its wake. The overall devastation I observed on Saipan and Tinian in November 2018 was "
 "much worse than what I saw on St. Thomas in November 2017.",
 "energy/electricity distribution", "outage",
 cc_att("Employees respond to 2018\u2019s strongest storm", "Lisa Meiman", U),
 "wapa.gov newsroom page (search tool page store)",
 CC + "Left out: the banner word 'Closed Circuit' and the byline 'By Lisa Meiman', trailing spaces. Cut before the "
 "sub-heading 'The super, super storm' and its paragraph, which breaks off ('The more than 50,000 people living in "
 "the Northern Mariana Islands were almost caught by surprise by Yutu. ...'; `truncated`). Kept as written: "
 "Schnyer's quotation with no closing quotation mark at its paragraph's end (it runs on into the lost part), "
 "'which includes'. Title from the address, with the curly apostrophe of "
 "the text's '2018\u2019s' (doubtful in form); WAPA's 'Top 10 stories of 2019' page lists it as 'Employees respond "
 "to 2018\u2019s strongest storm \u2013 March' (the March 2019 issue; no day), so `published` is null and only "
 "absolute dates are listed ('Oct. 26', 'Sept. 10', 'Nov. 10' and 'September' have no year; GUIDELINES). Found "
 "with 'WAPA employees respond to Super Typhoon Yutu Saipan Commonwealth Utilities Corporation power restoration' "
 "(rank 3). " + CHECK + "Yutu, Mangkhut, Saipan, Rota, Erickson, Schnyer, ESF-12: 0 in train/dev, the scripts "
 "and GATHERING.md; Tinian and the Northern Mariana Islands only in Wikinews texts on other matters (Blair in "
 "Canada 2007, an IP block 2008, Helen Thomas 2010, Sallie Mae 2013); test: 0 by file name ('tinian' matches only "
 "'argentinian'). 8-word shingle overlap with train/dev: 0.", True))

U = "https://doi.gov/news/archive/04_News_Releases/040324b.htm"
R.append(federal(
 "us-doi-internet-disconnection-injunction-release-2004", U, "2004-03-23",
 "Interior Seeks Reversal of March 15 Injunction which has Disconnected DOI Agencies from Internet",
 "\u00b7 Minerals Management Service informs 36 state governors electronic minerals royalty payments totaling $89.6 "
 "million will be disrupted by disconnection.\n\n"
 "\u00b7 K-12 and post-secondary Indian schools remain isolated from e-mail and web access in compliance with Federal "
 "Court injunction.\n\n"
 "(WASHINGTON) \u2013 Interior Secretary Gale A. Norton has asked a Federal Court to grant an emergency stay of its "
 "March 15 injunction that disconnected most of the Department of the Interior\u2019s computer systems from the "
 "Internet.  Secretary Norton says compliance with the order has created an immediate impact on its workforce and "
 "the public, preventing Americans from common access to key Federal agencies with incalculable added costs for "
 "taxpayers.\n\n"
 "Secretary Norton told the Court that the harm caused by the implementation of the injunction will be \u201csevere "
 "and widespread\u201d and that DOI is \u201cstill in the process of discovering how far-reaching the injury to our "
 "programs and the public will be.\u201d  She says DOI has taken comprehensive steps to improve IT security within "
 "the Department.\n\n"
 "\u201cInterior has invested substantial time, effort and funding in improving our information technology "
 "security,\u201d Secretary Norton told the Court.  \u201cIt is a responsibility we take seriously.\u201d",
 "government/information technology", "outage",
 "U.S. Department of the Interior, Office of the Secretary, news release, 'Interior Seeks Reversal of March 15 "
 "Injunction which has Disconnected DOI Agencies from Internet', 2004-03-23, US federal government work (public "
 "domain); text as the search tool's page store holds " + U,
 "doi.gov news-release archive page (search tool page store)",
 "The Department's own release on its site. Left out: 'DOI News Header', 'Office of the Secretary', the contact "
 "lines ('CONTACT: Dan DuBray (DOI):', the telephone number), 'For Immediate Release: March 23, 2004' (kept as "
 "`published`; the address's '040324b' is the archive's file name) and the headline (kept as title). Kept: the two "
 "summary bullets under the headline (the release's own words; each '\u00b7' followed by a run of spaces in the "
 "rendering, made one space -- whitespace only; the second bullet's hard line wrap joined), the dateline "
 "'(WASHINGTON) \u2013', the double spaces after three full stops. Cut before 'Today, Minerals Management Service "
 "(MMS) Director R.M. \u201cJohnnie\u201d Burton issued a letter to 36 state governors ...', whose paragraph breaks off "
 "at 'disbursed to 36 state' (`truncated`; so Burton, 'MMS' and the February and 2003 figures are not in the text). "
 "The disconnection is the third of the Cobell v. Norton litigation (December 2001, again on 15 March 2004), which "
 "no earlier batch took; batch 34b's DOI item is another event (the January 2014 Lakewood data-centre power outage "
 "that took DOI's and its OIG's websites down). Found with 'Department of the Interior press release Internet "
 "reconnect USGS Cobell court order December 2001' (rank 1; DOI's 2008 release on the last offices reconnecting "
 "tells the same disconnection again and was not taken). " + CHECK + "Cobell, Lamberth, 'Minerals Management', "
 "'Gale Norton'/'Norton', 'disconnect' with Internet and Interior: 0 in train/dev, the scripts and GATHERING.md "
 "(dev's Iran blackout and AS 7007 texts say 'disconnect' of other events); test: 0 by file name. 8-word shingle "
 "overlap with train/dev: 0.", True))

# ---- near-miss --------------------------------------------------------------------------------------------------
U = "https://www.power-grid.com/td/vandalism-on-bpa-power-lines-reaches-seven-year-high/"
R.append(federal(
 "us-bpa-insulator-vandalism-seven-year-high-release-2002", U, "2002-06-24",
 "Vandalism on BPA power lines reaches seven-year high",
 "PORTLAND, Ore., June 24, 2002 \u2014 Bonneville Power Administration is experiencing a dangerous spike in vandalism "
 "on its transmission system this year.\n\n"
 "\u201cWe\u2019ve had more vandalism on our transmission system this spring than in the past seven years,\u201d said "
 "Bob Windus, BPA security chief.\n\n"
 "Information that helps catch vandals could be worth up to $25,000 from the BPA\u2019s Crime Witness Program.\n\n"
 "The agency has raised its reward to encourage people to report suspicious behavior or comments to the Crime "
 "Witness Hotline, 800-437- 2744.\n\n"
 "Since February, at least six incidents have been reported in the Pacific Northwestern states.\n\n"
 "\u201cThe latest incident was very serious, and we hope our higher rewards will produce more information more "
 "rapidly,\u201d Windus said. Early this month shooters blasted away insulators on a 500-kilovolt-transmission line "
 "near Bovill in northern Idaho. The resulting outage darkened another 500-kV line and shut down the powerhouse at "
 "Dworshak Dam on the North Fork of the Clearwater River near Orofino, Idaho. The outages lasted over nine hours.\n\n"
 "\u201cEach time we replace gunfire-damaged insulators, it costs thousands of dollars,\u201d Windus said. \u201cBut the "
 "replacement cost may not be the whole story. Communities, emergency services and businesses are all possibly "
 "affected when these shooters senselessly use our transmission lines for target practice.\u201d\n\n"
 "Windus cautions that, if damaged insulators fail, live transmission lines can fall to the ground. Since those "
 "wires are not insulated, electricity can pulse quickly through the ground, injuring or killing animals and people "
 "in the vicinity. The lines can also start fires.\n\n"
 "Shooters have also damaged insulators and power lines near Eugene, Ore., and Columbia Falls, Mont.",
 "energy/electricity transmission", "near-miss",
 "U.S. Department of Energy, Bonneville Power Administration, news release, 'Vandalism on BPA power lines reaches "
 "seven-year high', 2002-06-24, US federal government work (public domain); text as reproduced by Power Grid "
 "International (power-grid.com) at " + U,
 "trade-site copy of a BPA news release (search tool page store)",
 "BPA's release as the trade site power-grid.com reproduces it: the headline (kept as title) and the release's "
 "dateline and body, with no words of the host's in the excerpt (batch 35b took BPA releases from a news site and a "
 "blog the same way; the host's copyright covers only its own matter). Cut before 'Windus commented that the higher "
 "rewards are also related to homeland security concerns, ...', whose sentence breaks off at 'near BPA power' "
 "(`truncated`). Kept as written: '800-437- 2744' (a space inside the number), '500-kilovolt-transmission line', "
 "'the BPA\u2019s Crime Witness Program', the em dash after the dateline. `published` 2002-06-24 from the dateline. "
 "Near-miss: insulators shot out near Bovill took a 500-kV line out, 'darkened another 500-kV line and shut down "
 "the powerhouse at Dworshak Dam' for over nine hours -- lines and a generating plant out of service with no "
 "customer or utility said to lose power (as batch 35b's line outages rerouted without load lost, and its Eagle "
 "Creek release); 'Communities, emergency services and businesses are all possibly affected' is a general warning. "
 "Doubtful: a reader may take the nine-hour 'outages' for a service loss. Found with 'BPA crews restore power after "
 "vandalism gunshot insulators transmission line outage' (rank 3). " + CHECK + "Bovill, Dworshak, Orofino, Windus, "
 "'Crime Witness', 'Columbia Falls', insulator vandalism: 0 in train/dev, the scripts and GATHERING.md; test: 0 by "
 "file name. 8-word shingle overlap with train/dev: 0.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
