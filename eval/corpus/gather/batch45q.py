#!/usr/bin/env python3
"""Batch 45q (session 46, gatherer 45q): outages with a NAMED provider told in US federal public-domain texts
(17 U.S.C. 105), a fourth round of session 46 in the federal outage lane (batches 17a, 17c, 39s, 40d, 45e, 45i, 45n;
the congressional press releases of 17a, 45e, 45i and 45n), on members' own house.gov/senate.gov releases naming a
utility after a storm, with providers no corpus gold holds (New York and New Jersey, 2018-2020):
  - Senators Charles E. Schumer's and Kirsten Gillibrand's press release (gillibrand.senate.gov, 10 April 2018) with
    the opening of their letter to NYSEG and RG&E's President and CEO Carl A. Taylor: NYSEG's extended outages across
    Upstate New York after 'the April 4th high wind storm';
  - Rep. Josh Gottheimer's press release (gottheimer.house.gov, 21 September 2020) on his coordination call with
    PSE&G after Tropical Storm Isaias ('PSE&G had 54,261 customers out at their peak');
  - Senators Schumer's and Gillibrand's press release (schumer.senate.gov; undated in the excerpt) on their letters to
    Con Edison and New York State Electric and Gas after winter storms Riley and Quinn, with the opening of the letter
    to Consolidated Edison, Inc.'s Chairman and CEO John McAvoy.
Texts are the search tool's page-store excerpts (corpus `pages`). Site chrome, labels ('Press Release', 'Press'),
headings (-> `title`), a sub-heading, date lines (-> `published`) and a photo caption left out; single line breaks
doubled and trailing spaces dropped (whitespace only); each cut at the last full sentence before the excerpt breaks
off. No word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45q.py [POOL_DIR] [--dry]   (default /tmp/gather46q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46q/pool"
ORIGIN_H = "US Representative's press release (house.gov) from the search tool page store"
ORIGIN_S = "US Senator's press release (senate.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places, dates and address, against the corpus files (grep -rlF "
         "over train, dev and test: names of matching files only; for files that matched, only their gold's outages "
         "read), GATHERING.md, every gather script and the session-46 pools /tmp/gather46*/pool (a..p): ")
R = []

# ---- NYSEG after the high wind storm of 4 April 2018: Schumer and Gillibrand to Carl A. Taylor (gillibrand.senate.gov) --
U1 = "https://gillibrand.senate.gov/?p=4866"
R.append(federal(
 "us-senate-gillibrand-schumer-letter-nyseg-rge-april-wind-storm-outages-2018", U1, "2018-04-10",
 "Schumer, Gillibrand Demand Review Of Process For New York\u2019s Utilities As Thousands Of New Yorkers Faced Extended "
 "Power Outages In The Wake Of Wind Storms",
 "Washington, DC U.S. Senate Minority Leader Charles E. Schumer and U.S. Senator Kirsten Gillibrand today wrote a "
 "letter to the President and CEO of NYSEG and RG&E, demanding a review of the process for restoring full power after "
 "outages in the wake of last week\u2019s wind storms. The letter also requests transparency about what concrete steps "
 "the utility companies are taking when responding to major storm events.\n\n"
 "\u201cWe write to express our deep concern over the extended power outages for thousands of New York households "
 "following the April 4th high wind storm, as well as concerns we heard from constituents and local officials about a "
 "lack of communication, and in some cases miscommunication, from NYSEG. The storm resulted in widespread damage, "
 "dangerous roads and conditions, downed trees, and prolonged power outages across Upstate New York,\u201d the "
 "Senators wrote. \u201cAs you assess your response to the winter storms that have occurred across New York State, we "
 "urge you to look closely at the procedures you used to communicate with members of the public and with local "
 "officials, many of whom are relied upon to provide information and resources to the public.\u201d\n\n"
 "The Senators\u2019 letter is available below and here.\n\n"
 "Mr. Carl A. Taylor\n\n"
 "President and Chief Executive Officer\n\n"
 "NYSEG and RG&E\n\n"
 "P.O. Box 5224\n\n"
 "Binghamton, NY 13902-5224\n\n"
 "Dear Mr. Taylor,\n\n"
 "We write to express our deep concern over the extended power outages for thousands of New York households following "
 "the April 4th high wind storm, as well as concerns we heard from constituents and local officials about a lack of "
 "communication, and in some cases miscommunication, from NYSEG. The storm resulted in widespread damage, dangerous "
 "roads and conditions, downed trees, and prolonged power outages across Upstate New York.",
 "energy/utilities", "outage",
 "Office of U.S. Senator Kirsten Gillibrand (New York), press release 'Schumer, Gillibrand Demand Review Of Process "
 "For New York\u2019s Utilities As Thousands Of New Yorkers Faced Extended Power Outages In The Wake Of Wind Storms', "
 "10 April 2018, with the Senators' letter to Carl A. Taylor, President and Chief Executive Officer of NYSEG and RG&E, "
 "US federal government work (public domain); text from the search tool's page store at " + U1,
 ORIGIN_S,
 "A press release of U.S. Senator Kirsten Gillibrand's office on gillibrand.senate.gov (a work of a Member of "
 "Congress's staff in their official duties: a US federal work, public domain, as batch 17c's, 45e's and 45n's "
 "senate.gov releases). Left out: the label 'Press Release', the heading (kept as `title`) and the date line 'Apr 10, "
 "2018' (-> `published` 2018-04-10). Kept: the sentence 'The Senators\u2019 letter is available below and here.' (a "
 "sentence of the release, though it points to links) and the address block, each line its own paragraph as the "
 "excerpt has it. Cut after the letter's '... prolonged power outages across Upstate New York.', before 'We are "
 "particula', where the excerpt breaks off (`truncated`; the letter's signatures are not in the excerpt). Kept as "
 "written: the dateline 'Washington, DC' run into the first sentence with no dash, 'April 4th', the curly quotes and "
 "apostrophes, the letter's opening paragraph, which repeats the release's quotation word for word. 287 words. One "
 "text per event: Schumer's FERC release on Westchester and Putnam (schumer.senate.gov; the March 2018 storms Riley "
 "and Quinn: another event, this round's third text) and lohud.com and westfaironline.com stories left out. Found with "
 "'Gillibrand Schumer Con Edison Isaias letter John McAvoy power outages' (rank 8) and the release's title (rank 3). "
 + CHECK + "'NYSEG', 'New York State Electric', 'RG&E', 'Rochester Gas', 'Carl A. Taylor', 'Carl Taylor', "
 "'Binghamton', 'Upstate New York', 'Gillibrand', 'gillibrand.senate.gov': 0 in corpus files, scripts, pools and "
 "GATHERING.md; 'Schumer' only in dev us-fcc-windstream-paetec-transfer-of-control-public-notice-2011 (no outage; "
 "another matter) and batch43r.py; 'April 4' only in unrelated files (a data-centre relocation notice of 2008, a "
 "person, a merger complaint).", True))

# ---- PSE&G after Tropical Storm Isaias: Rep. Josh Gottheimer's coordination call (gottheimer.house.gov, 2020) ---------
U2 = ("https://gottheimer.house.gov/posts/release-gottheimer-hosts-coordination-call-with-pseg-local-elected-officials-"
      "to-help-improve-storm-response-communication-preparedness")
R.append(federal(
 "us-house-gottheimer-release-pseg-isaias-storm-response-call-2020", U2, "2020-09-21",
 "RELEASE: Gottheimer Hosts Coordination Call with PSE&G, Local Elected Officials to Help Improve Storm Response, "
 "Communication, Preparedness",
 "GLEN ROCK, NJ \u2013 On September 21, 2020, U.S. Congressman Josh Gottheimer (NJ-5) hosted a coordination call with "
 "representatives from PSE&G and local elected officials to discuss the aftermath of Tropical Storm Isaias and how "
 "storm response, preparedness, and communication could be improved.\n\n"
 "Tropical Storm Isaias left more than 124,000 homes and businesses in New Jersey without power in total. PSE&G had "
 "54,261 customers out at their peak. After the storm, PSE&G announced the reimbursement of damages or losses to "
 "commercial and residential customers and also set up a \u201ccustomer comfort\u201d center in Paramus so customers "
 "could pick up free water and ice.\n\n"
 "\u201cAs we navigate the tropical storm season and the winter, our entire community needs to continue to come "
 "together to make sure we\u2019re prepared. Many storms in the past have been devastating, and, as we\u2019ll discuss "
 "today, there are clear steps that need to be taken to better protect our families and communities, especially as we "
 "simultaneously fight a pandemic,\u201d said Congressman Josh Gottheimer (NJ-5). \u201cWe are here today to continue "
 "a conversation and make sure we are able to be responsive, make improvements, and ensure people have their power "
 "restored quickly during these storms. I want to thank PSE&G and our local elected officials for joining today so "
 "that we can continue to have productive conversations on storm responsiveness.\n\n"
 "Gottheimer continued, \u201cAs always, North Jersey thanks the many lineworkers and other frontline public service "
 "workers who are continuing to work to address the aftermath of this storm.\u201d",
 "energy/utilities", "outage",
 "Office of U.S. Representative Josh Gottheimer (New Jersey), press release 'RELEASE: Gottheimer Hosts Coordination "
 "Call with PSE&G, Local Elected Officials to Help Improve Storm Response, Communication, Preparedness', 21 September "
 "2020, US federal government work (public domain); text from the search tool's page store at " + U2,
 ORIGIN_H,
 "A press release of U.S. Representative Josh Gottheimer's office on gottheimer.house.gov (a work of a Member of "
 "Congress's staff in their official duties: a US federal work, public domain, as batch 17a's, 45i's and 45n's "
 "house.gov releases). Left out: the heading (kept as `title`, its 'RELEASE:' included as the page has it), the date "
 "line 'Sep 21, 2020' (-> `published` 2020-09-21, which the dateline's 'On September 21, 2020' confirms), the label "
 "'Press' and the photo caption 'Above: Gottheimer hosted a coordination call today with PSE&G and local officials.' "
 "(a caption, no sentence of the release). Trailing spaces after 'could be improved.' and 'free water and ice.' "
 "dropped (whitespace only). Cut after '... to address the aftermath of this storm.\u201d', before 'Gottheimer was "
 "joined on the call by Bergenfield Mayor Arvin Amatorio, ... Haworth', where the excerpt breaks off (`truncated`). "
 "Kept as written: the en dash of the dateline, the curly quotes and apostrophes, the quotation 'We are here today "
 "... on storm responsiveness.' left without its closing quote mark before the paragraph break, as the excerpt has it. "
 "251 words. One text per event: Gottheimer's March 2018 release on JCP&L and Orange and Rockland (insidernj.com's "
 "copy, not the house.gov page; JCP&L's 2018 storms are taken), the New Jersey Assembly's Isaias hearing "
 "(gloucestercitynews.net: state lawmakers) and mycentraljersey.com's Isaias story left out. Found with 'Pascrell "
 "Payne Menendez PSE&G Sandy restoration letter Ralph LaRossa' (rank 5) and 'Gottheimer PSE&G Tropical Storm Isaias "
 "customers out peak coordination call local officials' (rank 1). "
 + CHECK + "'PSE&G', 'Public Service Electric', 'gottheimer.house.gov', 'Glen Rock', 'Paramus', 'North Jersey', "
 "'54,261': 0 in corpus files, scripts, pools and GATHERING.md except 'PSE&G' in two GATHERING.md lines (a DOE "
 "not-used line on Sandy news and 45n's leads); 'Gottheimer' only in train "
 "us-house-transportation-democrats-letter-newark-airport-radar-communications-loss-2025 (Newark airport's radar, "
 "another matter) and batch17c's scripts; 'Isaias' in test us-house-pallone-letter-jcpl-isaias-power-restoration-"
 "firstenergy-2020 (its Isaias outage is JCP&L's) and test us-senate-murphy-ct-delegation-letter-pura-eversource-"
 "isaias-outages-2020 (Eversource's): the same storm, other providers -- PSE&G's loss of service is in no gold, so "
 "the event is new (as 45i took JCP&L's Isaias outage beside 45e's Eversource one).", True))

# ---- Con Edison and NYSEG after winter storms Riley and Quinn: Schumer and Gillibrand's letters (schumer.senate.gov) ---
U3 = ("https://schumer.senate.gov/newsroom/press-releases/schumer-gillibrand-demand-answers-from-new-yorks-utilities-as-"
      "tens-of-thousands-of-new-yorkers-faced-extended-power-outages-in-the-wake-of-winter-storms")
R.append(federal(
 "us-senate-schumer-gillibrand-letters-con-edison-nyseg-riley-quinn-outages-2018", U3, None,
 "SCHUMER, GILLIBRAND DEMAND ANSWERS FROM NEW YORK\u2019S UTILITIES AS TENS OF THOUSANDS OF NEW YORKERS FACED EXTENDED "
 "POWER OUTAGES IN THE WAKE OF WINTER STORMS",
 "Washington, DC \u2013 U.S. Senate Minority Leader Charles E. Schumer and U.S. Senator Kirsten Gillibrand today wrote "
 "letters to the heads of two major power utility companies, Con Edison and New York State Electric and Gas, "
 "demanding answers for why thousands of New Yorkers still lack power in the wake of winter storms Riley and Quinn. "
 "The letters also questioned the utility companies about whether they are following the recommendations made by New "
 "York State\u2019s Moreland Commission on Utility Storm Preparation and Response in 2013 after Superstorm Sandy, "
 "Hurricane Irene, and Tropical Storm Lee, about how to respond effectively after major storm events.\n\n"
 "\u201cWhile these storms resulted in widespread damage, dangerous roads and conditions, downed trees, and power "
 "outages across the Northeast, it is unacceptable that many of our constituents have been without power for a week, "
 "and potentially will remain without power for even longer,\u201d the Senators wrote. \u201cWe recognize that the "
 "focus must now be on doing everything possible to restore service to all of your impacted customers as quickly as "
 "possible, however, lessons must also be learned and applied to ensure that this type of situation does not occur "
 "again.\u201d\n\n"
 "The Senators\u2019 letters are available below. PDF versions of the letters are available here for Con Edison and "
 "here for New York State Electric and Gas.\n\n"
 "Mr. John McAvoy\n\n"
 "Chairman and Chief Executive Officer\n\n"
 "Consolidated Edison, Inc.\n\n"
 "4 Irving Place\n\n"
 "New York, NY 10003\n\n"
 "Dear Mr. McAvoy,\n\n"
 "We are writing to express our deep concern over the extended power outages for thousands of New York households "
 "following back-to-back winter storms Riley and Quinn.",
 "energy/utilities", "outage",
 "Office of U.S. Senator Charles E. Schumer (New York), press release 'Schumer, Gillibrand Demand Answers From New "
 "York's Utilities As Tens Of Thousands Of New Yorkers Faced Extended Power Outages In The Wake Of Winter Storms' "
 "(undated in the excerpt; March 2018 by its content), with the Senators' letter to John McAvoy, Chairman and Chief "
 "Executive Officer of Consolidated Edison, Inc., US federal government work (public domain); text from the search "
 "tool's page store at " + U3,
 ORIGIN_S,
 "A press release of U.S. Senator Charles E. Schumer's office on schumer.senate.gov (a US federal work, public "
 "domain, as above). The excerpt has no date line: `published` null (as 45e's Murphy and 45n's Blumenthal releases). "
 "Left out: the heading (kept as `title`, in the page's capitals) and the sub-heading 'Schumer, Gillibrand: It Is "
 "Inexcusable That Many Hudson Valley Residents Have Been Without Power For Over A Week As The Days Continue To Pass' "
 "(a heading, as 45n left out King's). Single line breaks doubled (whitespace only). Cut after the letter's '... "
 "back-to-back winter storms Riley and Quinn.', before 'While these storms result', where the excerpt breaks off "
 "(`truncated`; the letter to New York State Electric and Gas is not in the excerpt). Kept as written: the en dash of "
 "the dateline, the curly quotes and apostrophes, 'as quickly as possible, however, lessons' (comma splice), the "
 "link sentences 'The Senators\u2019 letters are available below. PDF versions ... here for New York State Electric "
 "and Gas.' (sentences of the release). 266 words. One text per event: Schumer's FERC release on Westchester and "
 "Putnam (the same storms, no provider named in its excerpt), the Westchester Assembly delegation's letter "
 "(nyassembly.gov: a state text), lohud.com, westfaironline.com and Engel's letter to McAvoy on Riley (a news copy) "
 "left out. Found with 'Gillibrand Schumer letters Con Edison New York State Electric and Gas winter storms Riley and "
 "Quinn Moreland Commission March 2018' (rank 2; first seen at rank 6 for 'Schumer Gillibrand Con Edison Isaias "
 "letter John McAvoy power outages'). "
 + CHECK + "'Riley' and 'Quinn' (as storms), 'McAvoy', 'Moreland', 'Irving Place', 'New York State Electric', "
 "'schumer.senate.gov': 0 in corpus files, scripts, pools and GATHERING.md ('Riley' and 'Quinn' only as people's "
 "names in unrelated files); 'Con Edison' in train wp-manhattan-blackout-of-july-2019 (13 July 2019, Manhattan), test "
 "wp-2006-queens-blackout (July 2006, Queens), test wp-september-2013-new-haven-line-power-outage and test wp-edison "
 "(their gold's outages: other events, none in 2018); 'Sandy', 'Irene' and 'Lee' here only as past storms (no outage "
 "told). Test us-house-pallone-letter-jcpl-isaias-... holds a JCP&L outage dated 2018 with cause 'storms' (perhaps "
 "the same storms, in New Jersey): another provider, so Con Edison's and NYSEG's outages are new to the gold "
 "(doubtful, noted for the lead). NYSEG's April 2018 outage, this round's Gillibrand text, is another event of the "
 "same provider.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
