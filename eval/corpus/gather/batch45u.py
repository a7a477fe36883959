#!/usr/bin/env python3
"""Batch 45u (session 46, gatherer 45u): outages with a NAMED provider told in US federal public-domain texts
(17 U.S.C. 105), a fifth round of session 46 in the federal outage lane (batches 17a, 17c, 39s, 40d, 45e, 45i, 45n,
45q; the congressional press releases of 17a, 45e, 45i, 45n and 45q), on members' own house.gov/senate.gov releases
naming an electric utility whose customers lost power, with provider-and-storm events no corpus gold holds:
  - Rep. Josh Gottheimer's press release (gottheimer.house.gov, 9 June 2018) on his questioning of Orange & Rockland's
    President and CEO Bob Sanchez at the Northwest Bergen Mayors' Association over the company's response to Winter
    Storm Riley and Quinn ('thousands of North Jersey homes were without power for so long'; power restored 'back in
    March');
  - Senators Charles E. Schumer's and Kirsten Gillibrand's press release (schumer.senate.gov; undated in the excerpt)
    on their letter to Consolidated Edison CEO John McAvoy after Tropical Storm Isaias ('Consolidated Edison recorded
    a total of 257,000 customers without power').
Texts are the search tool's page-store excerpts (corpus `pages`). Site chrome ('Skip to content'), the label 'Press',
headings (-> `title`), sub-headings, the date line (-> `published`) and a photo caption left out; trailing spaces
dropped (whitespace only); each cut at the last full sentence before the excerpt breaks off. No word added or
changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45u.py [POOL_DIR] [--dry]   (default /tmp/gather46u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46u/pool"
ORIGIN_H = "US Representative's press release (house.gov) from the search tool page store"
ORIGIN_S = "US Senator's press release (senate.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places, dates and address, against the corpus files (grep -rlF "
         "over train, dev and test: names of matching files only; for files that matched, only their gold's outages "
         "read), GATHERING.md, every gather script and the session-46 pools /tmp/gather46*/pool (a..q; no r, s or t "
         "pool existed when checked): ")
R = []

# ---- Orange & Rockland after Winter Storm Riley and Quinn: Rep. Josh Gottheimer questions Bob Sanchez (2018) --------
U1 = "https://gottheimer.house.gov/posts/gottheimer-demands-accountability-from-orange-rockland-on-storm-recovery-effort"
R.append(federal(
 "us-house-gottheimer-release-orange-rockland-riley-quinn-storm-response-2018", U1, "2018-06-09",
 "Gottheimer Demands Accountability from Orange & Rockland on Storm Recovery Effort",
 "Today, Saturday, June 9, 2018, Congressman Josh Gottheimer (NJ-5) joined a crowded meeting of the Northwest Bergen "
 "Mayors\u2019 Association to demand answers from Orange & Rockland (O&R) President and CEO Bob Sanchez on his "
 "company\u2019s inadequate response to the destruction caused by Winter Storm Riley and Quinn. The discussion focused "
 "on improving information sharing, coordination, and recovery efforts to improve O&R\u2019s response for consumers "
 "and businesses.\n\n"
 "At the Oakland Senior Center, along with mayors, council members, OEM coordinators, and first responders, "
 "Gottheimer questioned Sanchez and other O&R leaders on why so many homes remained without any power for days after "
 "the storm, why there wasn\u2019t more planning when there were clear signs a second storm was on its way, why "
 "individual pockets of outages were tracked so poorly, and what is being done now to make sure such issues are "
 "corrected.\n\n"
 "\u201cIt was a massive failure that thousands of North Jersey homes were without power for so long after Winter "
 "Storm Riley and Quinn. I\u2019m deeply thankful to our mayors, first responders, crews, and emergency management "
 "coordinators, who helped bring our community together today and worked tirelessly to get the power restored back "
 "in March,\u201d said Congressman Josh Gottheimer (NJ-5). \u201cHowever, these storms exposed massive problems within "
 "O&R\u2019s communication and recovery coordination. Today, I joined Fifth District leaders in demanding answers from "
 "O&R leadership on why the storm response was so mismanaged, as well as clear plans detailing what they\u2019re doing "
 "now to ensure such errors never happen again.",
 "energy/utilities", "outage",
 "Office of U.S. Representative Josh Gottheimer (New Jersey), press release 'Gottheimer Demands Accountability from "
 "Orange & Rockland on Storm Recovery Effort', 9 June 2018, US federal government work (public domain); text from "
 "the search tool's page store at " + U1,
 ORIGIN_H,
 "A press release of U.S. Representative Josh Gottheimer's office on gottheimer.house.gov (a work of a Member of "
 "Congress's staff in their official duties: a US federal work, public domain, as batch 17a's, 45i's, 45n's and "
 "45q's house.gov releases). Left out: the heading (kept as `title`), the date line 'Jun 09, 2018' (-> `published` "
 "2018-06-09, which the text's 'Today, Saturday, June 9, 2018' confirms), the label 'Press', the sub-heading 'Follows "
 "Through on Call for Utility Companies to Meet Directly with Community Leaders' and the photo caption 'Above: "
 "Congressman Josh Gottheimer (NJ-5) questions O&R leadership on the company\u2019s inadequate response to Winter "
 "Storm Riley and Quinn.' (a caption, no sentence of the release). Cut after '... to ensure such errors never happen "
 "again.', before 'We must stay on top of these companies t', where the excerpt breaks off (`truncated`; the "
 "quotation is left open, as the excerpt runs on inside it). Kept as written: 'Winter Storm Riley and Quinn' (one "
 "'Storm' for two storms), the curly quotes and apostrophes, 'OEM coordinators', 'Fifth District leaders'. 249 words. "
 "One text per event: Gottheimer's March 2018 release on JCP&L and O&R (insidernj.com's copy, not the house.gov page; "
 "45q's not-used list), Assemblymen Rooney's and DePhillips's statement on O&R (kevinjrooney.com: state lawmakers, a "
 "campaign site) left out. Found with 'Gottheimer Orange and Rockland power outages release house.gov' (rank 1). "
 + CHECK + "'Orange & Rockland', 'Orange and Rockland' (as a provider), 'O&R', 'Sanchez', 'Northwest Bergen', "
 "'Oakland Senior', 'Fifth District', 'demands-accountability': 0 in corpus files, scripts and pools except 'Orange "
 "and Rockland' in test us-house-gottheimer-release-pseg-isaias-storm-response-call-2020 (its notes only, on the "
 "insidernj.com copy left out; its outage is PSE&G's) and 'O&R' in GATHERING.md (45q's lines on that copy); "
 "'Riley' and 'Quinn' (as storms) only in train us-senate-gillibrand-schumer-letter-nyseg-rge-april-wind-storm-"
 "outages-2018 (its notes; outage NYSEG's, April 2018) and dev us-senate-schumer-gillibrand-letters-con-edison-nyseg-"
 "riley-quinn-outages-2018 (outages Consolidated Edison, Inc.'s and New York State Electric and Gas's): the same "
 "storms, other providers -- O&R's loss of service is in no gold, so the event is new (as 45q took Con Edison's and "
 "NYSEG's; test us-house-pallone-letter-jcpl-isaias-... holds a JCP&L outage of 2018 'storms', another provider). "
 "'North Jersey' only in the Gottheimer/PSE&G test text (Isaias, 2020: another event).", True))

# ---- Consolidated Edison after Tropical Storm Isaias: Schumer and Gillibrand's letter to John McAvoy (schumer.senate.gov)
U2 = ("https://schumer.senate.gov/newsroom/press-releases/schumer-gillibrand-call-on-con-edison-for-answers-regarding-"
      "massive-power-outages-impacting-new-yorkers")
R.append(federal(
 "us-senate-schumer-gillibrand-letter-con-edison-isaias-outages-2020", U2, None,
 "SCHUMER, GILLIBRAND CALL ON CON EDISON FOR ANSWERS REGARDING MASSIVE POWER OUTAGES IMPACTING NEW YORKERS",
 "NEW YORK, NY \u2013 Senators Charles E. Schumer and Kirsten Gillibrand wrote a letter to Consolidated Edison CEO John "
 "McAvoy expressing deep concern over the prolonged power outages facing hundreds of thousands of New Yorkers after "
 "Tropical Storm Isaias. More than one week after the storm tore through the New York region, nearly 600 Consolidated "
 "Edison customers were still without power on Wednesday morning.\n\n"
 "\u201cNew Yorkers are rightfully frustrated with the lasting power outages caused by Tropical Storm Isaias, and so "
 "am I,\u201d said Senator Schumer. \u201cThough crews on the ground are working hard, many customers throughout the "
 "state are getting inaccurate or insufficient information about the situation. Con Ed needs to get the power back "
 "on and provide accurate information to its customers. The bottom-line here is we need to know why so many New "
 "Yorkers have been left in the dark, both literally and figuratively\u2014a week after the storm\u2014and get New "
 "Yorkers\u2019 power back on ASAP.\u201d\n\n"
 "\u201cNew Yorkers deserve answers immediately. It has been a week since Isaias tore through our communities, and "
 "since then thousands of residents have had to battle dangerous conditions in unbearable heat as their food and "
 "prescription medicine went bad,\u201d said Senator Gillibrand. \u201cDuring the best of times this problematic "
 "response would be inadequate, but during a pandemic, it is completely unacceptable.\u201d\n\n"
 "Last Tuesday, Consolidated Edison recorded a total of 257,000 customers without power, its second largest power "
 "outage since Superstorm Sandy in 2012.",
 "energy/utilities", "outage",
 "Office of U.S. Senator Charles E. Schumer (New York), press release 'Schumer, Gillibrand Call On Con Edison For "
 "Answers Regarding Massive Power Outages Impacting New Yorkers' (undated in the excerpt; August 2020 by its "
 "content), on the Senators' letter to Consolidated Edison CEO John McAvoy, US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 ORIGIN_S,
 "A press release of U.S. Senator Charles E. Schumer's office on schumer.senate.gov (a US federal work, public "
 "domain, as 45q's schumer.senate.gov release). The excerpt has no date line: `published` null (as 45e's Murphy, "
 "45n's Blumenthal and 45q's Riley/Quinn releases), so 'Wednesday morning' and 'Last Tuesday' are not resolved. "
 "Left out: 'Skip to content' (site chrome), the heading (kept as `title`, in the page's capitals) and the sub-heading "
 "'Following Superstorm Sandy And Winter Storms, New York Public Service Commission Issued Recommendations To Fix "
 "Systemic Problems, But Many Current Concerns Echo Past Complaints And Must Be Immediately Addressed' (a heading, as "
 "45q left out its sub-heading). Trailing spaces after the two quotation paragraphs dropped (whitespace only). Cut "
 "after '... since Superstorm Sandy in 2012.', before 'In the wake of Superstorm Sandy and Winter Storms Riley and "
 "Quinn in 2018, the', where the excerpt breaks off (`truncated`; the letter's text is not in the excerpt). Kept as "
 "written: the en dash of the dateline, the em dashes around 'a week after the storm', 'nearly 600 Consolidated "
 "Edison customers' (as the page has it, though the number looks short of the source's meaning), 'bottom-line', "
 "'Con Ed', the curly quotes and apostrophes. 241 words. One text per event: silive.com's story on Schumer's call to "
 "McAvoy, theforumnewsgroup.com's story on the letter, timeshudsonvalley.com and recordonline.com stories on "
 "Schumer's calls to the CEOs of Con Edison, Central Hudson and NYSEG, and Westchester County Executive Latimer's "
 "statement on the PSC's fines (westchestergov.com: a county text) left out. Named as a lead in 45q's section (seen "
 "there, not taken for want of a date line). Found with 'Schumer Gillibrand Con Edison Isaias letter McAvoy power "
 "outages' (rank 1). "
 + CHECK + "'257,000', 'Con Ed ' (short form), 'New York region', 'call-on-con-edison': 0 in corpus files, scripts "
 "and pools; 'McAvoy' only in 45q's train Gillibrand/NYSEG text (its notes) and dev us-senate-schumer-gillibrand-"
 "letters-con-edison-nyseg-riley-quinn-outages-2018 (outages after Riley and Quinn, 2018: another event); 'Con "
 "Edison'/'Consolidated Edison' in train wp-manhattan-blackout-of-july-2019 (2019-07-13), test wp-2006-queens-"
 "blackout (2006-07), test wp-september-2013-new-haven-line-power-outage (2013-09-25), test wp-edison (no outage) "
 "and the 45q dev text (2018): no gold holds a Con Edison outage after Isaias; 'Isaias' in test us-senate-murphy-ct-"
 "delegation-letter-pura-eversource-isaias-outages-2020 (Eversource's), test us-house-pallone-letter-jcpl-isaias-"
 "power-restoration-firstenergy-2020 (JCP&L's) and test us-house-gottheimer-release-pseg-isaias-storm-response-call-"
 "2020 (PSE&G's): the same storm, other providers -- Con Edison's loss of service is new (as 45i and 45q took JCP&L's "
 "and PSE&G's beside 45e's Eversource one). 'Sandy' here only as a past storm (LIPA's Sandy outage, in 45n's King "
 "text, is not told here).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
