#!/usr/bin/env python3
"""Batch 45y (session 46, gatherer 45y): outages with a NAMED provider told in US federal public-domain texts
(17 U.S.C. 105), a sixth round of session 46 in the federal outage lane (batches 17a, 17c, 39s, 40d, 45e, 45i, 45n,
45q, 45u; the congressional press releases of 17a, 45e, 45i, 45n, 45q and 45u), on members' own house.gov/senate.gov
releases naming an electric utility whose customers lost power, with provider-and-storm events no corpus gold holds:
  - Rep. Debbie Dingell's press release (debbiedingell.house.gov; undated in the excerpt, March 2023 by the record) on
    her and Reps. Tlaib's, Stevens's and Thanedar's letter to DTE Energy after the winter storms that 'left nearly
    900,000 households without power';
  - Sen. Bob Casey's press release (casey.senate.gov; undated in the excerpt, Hurricane Sandy, 2012) on his briefing
    by PPL in Allentown with Sen. Toomey and Lt. Governor Cawley ('restoring service to PPL Electric Utilities
    customers in the aftermath of Hurricane Sandy');
  - Sen. Susan Collins's press release (collins.senate.gov; undated and without a heading in the excerpt, the
    October 2017 windstorm by the record) on her call with Central Maine Power's President and CEO Sara Burns ('left
    nearly 500,000 people without power throughout the state').
Texts are the search tool's page-store excerpts (corpus `pages`). Site chrome ('Skip to Content', 'Home | news | Press
Releases'), the label 'Press Releases', headings (-> `title`) and sub-headings left out; leading spaces before list
numbers dropped (whitespace only); each cut at the last full sentence before the excerpt breaks off. No word added
or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45y.py [POOL_DIR] [--dry]   (default /tmp/gather46y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46y/pool"
ORIGIN_H = "US Representative's press release (house.gov) from the search tool page store"
ORIGIN_S = "US Senator's press release (senate.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places, dates and address, against the corpus files (grep -rlF "
         "over train, dev and test: names of matching files only; for files that matched, only their gold's outages "
         "read), GATHERING.md, every gather script and the session-46 pools /tmp/gather46*/pool (a..z; 45v's SEC, "
         "45w's and 45z's DOJ and 45x's FCC pools seen at the end, no overlap): ")
R = []

# ---- DTE Energy after the February 2023 winter storms: Rep. Debbie Dingell and colleagues' letter ----------------
U1 = "https://debbiedingell.house.gov/news/documentsingle.aspx?DocumentID=3944"
R.append(federal(
 "us-house-dingell-letter-dte-energy-winter-storms-outages-2023", U1, None,
 "Dingell Leads Southeastern Michigan Colleagues in Requesting Answers from DTE Following Weeks-Long Power Outage",
 "ANN ARBOR, Mich. \u2013 Representatives Debbie Dingell (MI-06), Rashida Tlaib (MI-12), Haley Stevens (MI-11), and "
 "Shri Thanedar (MI-13) wrote a letter to DTE Energy requesting explanations for the outages following the recent "
 "winter storms in Michigan that left nearly 900,000 households without power.\n\n"
 "\u201cFor more than two weeks I have heard from people across Southeast Michigan who have been forced to face frigid "
 "temperatures without power, and are dealing with challenges including frozen pipes, lost food and income, and the "
 "financial burden of last-minute hotel reservations,\u201d Dingell said. \u201cExtended power outages threaten "
 "residents living with health conditions that require electricity for treatment such as oxygen support, or "
 "accommodations like a stair lift. We need to understand the circumstances that led to this crisis, and ensure we "
 "are better prepared for future weather events.\u201d\n\n"
 "Specifically, the lawmakers asked for answers to the following questions:\n\n"
 "1. What concrete steps have DTE taken to address the immediate and longer-term impacts of these storms? "
 "Additionally, what steps were taken in advance of these storms to prepare for potential effects on the electrical "
 "grid and consumer access to electricity?\n"
 "2. Will DTE be taking additional steps to build further resilience? What actions are being taken to ensure grid "
 "integrity and security during inclement weather, natural disasters, and other events to ensure this crisis is "
 "never repeated?\n"
 "3. How many employees and contractors were activated to respond to this weather event before it arrived? What is "
 "your assessment of how much of a personnel shortfall existed that hampered your response?\n"
 "4. Will DTE be providing additional relief for customers, many who are still without power, beyond the $35 credit "
 "to consumers?",
 "energy/utilities", "outage",
 "Office of U.S. Representative Debbie Dingell (Michigan), press release 'Dingell Leads Southeastern Michigan "
 "Colleagues in Requesting Answers from DTE Following Weeks-Long Power Outage' (undated in the excerpt; March 2023 by "
 "the record), on the Representatives' letter to DTE Energy, US federal government work (public domain); text from "
 "the search tool's page store at " + U1,
 ORIGIN_H,
 "A press release of U.S. Representative Debbie Dingell's office on debbiedingell.house.gov (a work of a Member of "
 "Congress's staff in their official duties: a US federal work, public domain, as batch 17a's, 45i's, 45n's, 45q's "
 "and 45u's house.gov releases). The excerpt has no date line: `published` null (as 45u's schumer.senate.gov "
 "release), so 'recent' and 'For more than two weeks' are not resolved (news of 13-14 March 2023 date the letter; "
 "the ice storm was 22 February 2023 by the record; neither is in the text). Left out: 'Skip to Content', 'Home | "
 "news | Press Releases' (site chrome), the label 'Press Releases', the heading (kept as `title`). The numbered "
 "questions kept as the page lists them, one a line, with the two leading spaces before each number dropped "
 "(whitespace only). Cut after '... beyond the $35 credit to consumers?', before 'How will a', where the excerpt "
 "breaks off (`truncated`; the rest of the fourth question, any further questions and the letter are lost). Kept as "
 "written: the en dash of the dateline, the district labels '(MI-06)' etc., 'have DTE taken', 'many who are still "
 "without power', the curly quotes. 275 words. One text per event: crainsdetroit.com's and clickondetroit.com's "
 "stories on the letter (news) left out. Found with 'Congresswoman Dingell DTE Energy power outages letter customers "
 "without power' (rank 1). "
 + CHECK + "'DTE' (as a company), 'Norcia', 'Tlaib', 'Thanedar', 'Haley Stevens', 'Southeast Michigan', '900,000 "
 "households', 'debbiedingell', 'DocumentID=3944': 0 in corpus files and pools ('DTE' only inside 'DTEK' in train "
 "wp-rinat-akhmetov, batch35d.py and GATHERING.md: Ukraine's DTEK, another company); 'Dingell' only in train "
 "us-house-van-hollen-letter-pepco-storm-power-outages-2011 (its text or notes; Pepco's outage, Maryland, 2011) and "
 "GATHERING.md (45i's lines and an Energy and Commerce letter on Comtech's 911 outages): no gold holds a DTE "
 "Energy outage, so the event is new.", True))

# ---- PPL Electric Utilities after Hurricane Sandy: Sen. Bob Casey briefed by PPL in Allentown (casey.senate.gov) ---
U2 = ("https://casey.senate.gov/news/releases/senator-casey-senator-toomey-and-lt-governor-cawley-briefed-by-ppl-on-"
      "outages-in-allentown")
R.append(federal(
 "us-senate-casey-release-ppl-sandy-outages-allentown-2012", U2, None,
 "Senator Casey, Senator Toomey and Lt. Governor Cawley Briefed by PPL on Outages in Allentown",
 "WASHINGTON, DC \u2013 U.S. Senator Bob Casey (D-PA) along with Senator Toomey (R-PA), Lieutenant Governor Cawley and "
 "other members of the congressional delegation today met with top officials at PPL in Allentown to assess current "
 "outages and determine the need for any appropriate federal resources.\n\n"
 "\u201cAs of this morning, there were over 800,000 Pennsylvanians without power,\u201d said Senator Casey. \u201cIt is "
 "imperative that Federal, State, and local authorities work in coordination with utilities and others to ensure "
 "that power is restored and debris is cleared to help the communities across the Commonwealth recover as quickly as "
 "possible.\u201d\n\n"
 "\"We appreciate Sen. Casey's visit today and his support and concern for all those affected by this unprecedented "
 "storm,\" said William H. Spence, chairman, president and chief executive officer of PPL Corporation. \"We have more "
 "than 4,000 experienced, dedicated people working on restoring service to PPL Electric Utilities customers in the "
 "aftermath of Hurricane Sandy and are making significant progress today.\"\n\n"
 "\"We greatly appreciate the coordination with federal and state officials, as we, at PPL are fully committed to "
 "ensure the proper resources and attention are given to get all our customers back in service as safely and quickly "
 "as possible,\" Spence said.\n\n"
 "Senator Casey urged the Administration to grant a pre-landfall disaster declaration for Pennsylvania, which was "
 "approved. Yesterday, Senator Casey asked President Obama to expand the scope of the pre-landfall disaster "
 "declaration for the Commonwealth. While the pre-landfall disaster declaration provided crucial resources to the "
 "state, the devastation from Hurricane Sandy warrants the need to ensure additional services are available.",
 "energy/utilities", "outage",
 "Office of U.S. Senator Bob Casey (Pennsylvania), press release 'Senator Casey, Senator Toomey and Lt. Governor "
 "Cawley Briefed by PPL on Outages in Allentown' (undated in the excerpt; Hurricane Sandy, late October or early "
 "November 2012, by its content), US federal government work (public domain); text from the search tool's page "
 "store at " + U2,
 ORIGIN_S,
 "A press release of U.S. Senator Bob Casey's office on casey.senate.gov (a US federal work, public domain, as 17c's, "
 "45e's, 45n's, 45q's and 45u's senate.gov releases). The excerpt has no date line: `published` null, so 'today', "
 "'this morning' and 'Yesterday' are not resolved (by the record Sandy made landfall on 29 October 2012). Left out: "
 "the heading (kept as `title`) and the two sub-headings 'Hurricane Sandy Leaves 800,000 in Pennsylvania without "
 "Power' and 'Senator Assesses Situation in Lehigh Valley' (headings, as 45u left out its sub-headings). Paragraphs "
 "as the page breaks them (single line breaks in the excerpt, written as paragraph breaks as in 45u). Cut after "
 "'... to ensure additional services are available.', before 'Specifically, amending the pre-landfall disaster "
 "decla', where the excerpt breaks off (`truncated`). Kept as written: the en dash of the dateline, '(D-PA)', "
 "'(R-PA)', the curly quotes of Casey's quotation beside the straight quotes and apostrophe of Spence's, 'as we, at "
 "PPL are', 'the Commonwealth', 'pre-landfall'. 259 words. Found with 'Senator statement utility CEO call power "
 "outages restoration customers without power press release senate.gov storm' (rank 8). "
 + CHECK + "'PPL' (as a word), 'PPL Corporation', 'PPL Electric', 'Spence' (as PPL's), 'Toomey', 'Lehigh', "
 "'casey.senate.gov': 0 in corpus files and pools ('Spence' only as other people: a DOJ Enterasys defendant, UK "
 "Hansard speakers); 'Allentown' only in train us-doj-federal-register-waste-management-eastern-environmental-... "
 "(a waste market, no outage); 'Cawley' only in train wn-airlines-fight-new-eu-passenger-compensation-2005 (another "
 "person); 'Casey' only as other names (Casey's General Stores and others); "
 "'Sandy' (the storm) in train us-house-king-letter-obama-lipa-sandy-power-restoration-2012 (LIPA's outage, Long "
 "Island), train wp-long-island-lighting-company and the Con Edison, PSE&G, JCP&L and Eversource texts of 45e, 45i, "
 "45q and 45u (Sandy only as a past storm): no gold holds PPL's Sandy outage, so the event is new (the same storm, "
 "another provider, as 45u's rule).", True))

# ---- Central Maine Power after the October 2017 windstorm: Sen. Susan Collins speaks with Sara Burns ---------------
U3 = ("https://collins.senate.gov/newsroom/wake-strong-winds-and-heavy-rainfall-maine-week-senator-collins-speaks-cmp-"
      "president-sara")
R.append(federal(
 "us-senate-collins-release-cmp-president-burns-windstorm-outages-2017", U3, None, None,
 "Washington, D.C. -U.S. Senator Susan Collins spoke with Sara Burns, President and Chief Executive Officer of Central "
 "Maine Power (CMP), about the recent, serious storm in Maine that caused severe flooding and left nearly 500,000 "
 "people without power throughout the state. Senator Collins, the Chairman of the Aging Committee, also expressed her "
 "concerns about the risks that older individuals face during extended power outages.\n\n"
 "\u201cI spoke with Sara Burns, CMP\u2019s president, about power restoration efforts, and I am receiving regular "
 "updates from the Maine Emergency Management Agency (MEMA). I am confident that both CMP and Emera Energy are "
 "working hard to reduce the numbers of folks without power as quickly as possible. Maine line workers are receiving "
 "assistance from linemen from Canada, Kentucky, and Illinois,\u201d said Senator Collins. \u201cI applaud the team "
 "effort to deal with the strong winds and rain that left more than 480,000 without power. That\u2019s more than "
 "those of us who lost power in the Ice Storm of 1998. I especially urge all Mainers to check on their elderly "
 "neighbors who are at particular risk during extended power outages.\u201d\n\n"
 "As Chairman of the Senate Aging Committee, Senator Collins has advocated for emergency preparedness and response "
 "efforts to address the needs of older Americans before, during, and after catastrophes such as a natural disaster. "
 "In September, Senator Collins led a hearing titled, \u201cDisaster Preparedness and Response: The Special Needs of "
 "Older Americans,\u201d which examined policies and procedures for sheltering in place, evacuating, and relocating "
 "our most vulnerable citizens due to a disaster. Senator Collins also introduced bipartisan legislation to create a "
 "national advisory committee to look for ways to better prepare and care for our older Americans during a "
 "disaster.\n\n"
 "Sara Burns joined CMP as Manager of Risk Management in 1987, and after serving in various executive positions, she "
 "was named President in 1998 and CEO in 2005.",
 "energy/utilities", "outage",
 "Office of U.S. Senator Susan Collins (Maine), press release on her call with Central Maine Power's President and "
 "CEO Sara Burns (untitled and undated in the excerpt; the October 2017 windstorm by its content), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 ORIGIN_S,
 "A press release of U.S. Senator Susan Collins's office on collins.senate.gov (a US federal work, public domain, as "
 "the senate.gov releases of 17c, 45e, 45n, 45q and 45u). The excerpt begins at the dateline and holds no heading "
 "and no date line: `title` null (the address's slug 'wake-strong-winds-and-heavy-rainfall-maine-week-senator-"
 "collins-speaks-cmp-president-sara' is not taken as a title: words would be added) and `published` null, so 'In "
 "September' and 'recent' are not resolved (by the record the storm struck on 29-30 October 2017, and Collins's "
 "Aging Committee hearing on disaster preparedness was held in September 2017; neither date is in the text). Nothing "
 "left out: the excerpt runs from the dateline to '... and CEO in 2005.' and ends there on a full sentence, the "
 "biography of Sara Burns that closes such releases; as it is about 2,000 characters long, the page store's limit, "
 "the release may run on, so `truncated` is set (**doubtful**). Paragraphs as the page breaks them (single line breaks "
 "in the excerpt, written as paragraph breaks as in 45u). Kept as written: 'Washington, D.C. -U.S.' (the hyphen with "
 "no space after it), 'Emera Energy' (the utility is Emera Maine by the record; the text's name kept), 'the Chairman "
 "of the Aging Committee', 'folks', 'linemen', the curly quotes and apostrophes. 311 words. One text per event: "
 "mainebiz.biz, pressherald.com, necn.com, penbaypilot.com, timesrecord.com and govtech.com stories on the storm and "
 "CMP's response (news) left out. Found with 'Pingree King Collins Central Maine Power storm outage restoration "
 "statement house.gov' (rank 1); a lead of 45u's section (no member's page came back there). "
 + CHECK + "'Central Maine', 'CMP' (as the utility), 'Sara Burns', 'Emera Energy', 'Maine Emergency Management', "
 "'MEMA', 'Aging Committee', '480,000', 'collins.senate.gov' (as this page): 0 in corpus files and pools ('CMP' only "
 "as other abbreviations in a Nortel text, Wikinews stories and a Northumbrian Water page; 'Central Maine' and "
 "'collins.senate.gov' only in GATHERING.md's not-used and lead lines of batches 38-45u); 'Emera' only in train "
 "wp-nova-scotia-power (Nova Scotia: another utility, no Maine outage); 'Ice Storm of 1998' in test "
 "wp-portal-weather-ice-storm-of-1998 (its outage: provider null, 1998-01) -- here only a past storm named in a "
 "comparison, not told: the October 2017 windstorm's outages are in no gold, so the event is new.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
