#!/usr/bin/env python3
"""Batch 45zh (session 46, gatherer 45zh): outages told in US federal public-domain texts (17 U.S.C. 105), an eighth
round of session 46 in the federal outage lane (batches 17a, 17c, 39s, 40d, 45e, 45i, 45n, 45q, 45u, 45y, 45zd; the
congressional press releases of 17a, 45e, 45i, 45n, 45q, 45u, 45y and 45zd), on two senators' own releases about
storm outages no corpus gold holds:
  - Sen. Bill Nelson's release on the Senate Commerce Committee's site (commerce.senate.gov, dated 'September 14,
    2017') on his letters asking nine cable, telephone and internet companies for rebates after Hurricane Irma, with
    the FCC's count of 'at least 8.1 million cable and wireline subscribers' without service in Alabama, Florida and
    Georgia and '18 percent of cell sites in Florida' out of service (batch 17c left it aside as a storm's outages,
    the register of this lane);
  - Sen. Bob Casey's release (casey.senate.gov; undated in the excerpt, November 2011 by the record) on his letter to
    the Pennsylvania Public Utility Commission after 'a late October storm' left '15,000 Pennsylvanians' without power
    for nearly a week.
Neither text names the utility or carrier whose customers lost service (the lane's leads with a named provider --
TVA/Burchett, Duke Energy, Entergy/Ida, Consumers Energy, Frontier/O'Halleran, Central Hudson/NYSEG -- again gave no
house.gov/senate.gov page, and the Queens 2006, Verizon 2026 and CenterPoint/Beryl member pages found are taken).
Texts are the search tool's page-store excerpts (corpus `pages`). Headings (-> `title`), a deck line, the date line
(-> `published`) left out; each cut at the last full sentence before the excerpt breaks off. No word added or
changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zh.py [POOL_DIR] [--dry]   (default /tmp/gather46zh/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zh/pool"
ORIGIN_S = "US Senator's press release (senate.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places, dates and address, against the corpus files (grep -rlF "
         "over train, dev and test: names of matching files only; for files that matched, only their gold's outages "
         "read), GATHERING.md, every gather script and the session-46 pools /tmp/gather46*/pool (a..z, za..zd; no "
         "ze..zg pool existed when checked): ")
R = []

# ---- Hurricane Irma, telecom outages: Sen. Bill Nelson's letters to nine providers' CEOs (commerce.senate.gov) ------
U1 = ("https://commerce.senate.gov/2017/9/nelson-calls-on-cable-telephone-and-internet-companies-to-provide-service-"
      "rebates-waive-late-fees-for-hurricane-irma-victims")
R.append(federal(
 "us-senate-commerce-nelson-letters-telecom-ceos-hurricane-irma-rebates-2017", U1, "2017-09-14",
 "Nelson calls on cable, telephone and internet companies to provide service rebates, waive late fees for Hurricane "
 "Irma victims",
 "ORLANDO, FL - U.S. Sen. Bill Nelson (D-FL) asked the heads of the nation\u2019s largest cable, telephone and internet "
 "providers today to provide Hurricane Irma victims rebates for service interruptions and impose a 60-day moratorium "
 "on late fees and other penalties.\n\n"
 "Nelson made the request in letters sent to the CEOs of AT&T, CenturyLink, Charter Communications, Comcast, Cox "
 "Enterprises, Frontier Communications, Sprint, T-Mobile and Verizon.\n\n"
 "\u201cI\u2019ve been heartened by the many stories of Floridians helping Floridians as I crisscross the state to "
 "survey the damage. I ask that you follow their example and do all you can to ease the burden on those suffering "
 "from the storm. Now is the time to lend a helping hand to your fellow Americans\u2014to help them meet their "
 "immediate needs without the added stress of excessive financial demands,\u201d Nelson wrote.\n\n"
 "According to data released yesterday by the Federal Communications Commission (FCC), at least 8.1 million cable "
 "and wireline subscribers are without service in Alabama, Florida, and Georgia due to Hurricane Irma. Additionally, "
 "the FCC reported that 18 percent of cell sites in Florida were out of service.\n\n"
 "Below is the text of Nelson\u2019s letter and a list of company executives receiving the letter. Click here for a "
 "pdf of the letter.\n\n"
 "September 14, 2017\n\n"
 "Mr. Lowell McAdam\n\n"
 "Chairman and CEO\n\n"
 "Verizon\n\n"
 "140 West Street\n\n"
 "New York, NY 10007\n\n"
 "Dear Mr. McAdam,\n\n"
 "As you know, Florida is beginning to come back from the depths of Hurricane Irma, a monster storm that swallowed "
 "much of the state, flooding neighborhoods and knocking out power for millions of people. I know your company is "
 "hard at work restoring communications service to the citizens of my state as quickly as possible, and I continue "
 "to urge you to make restoration of service a top priority.",
 "telecommunications", "outage",
 "U.S. Senate Committee on Commerce, Science, and Transportation, press release of Senator Bill Nelson (Florida) "
 "'Nelson calls on cable, telephone and internet companies to provide service rebates, waive late fees for Hurricane "
 "Irma victims', 14 September 2017, with his letter to Verizon's Chairman and CEO Lowell McAdam, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 ORIGIN_S,
 "A press release of Senator Bill Nelson on commerce.senate.gov (the Senate Commerce Committee's site; Nelson was its "
 "ranking member): a work of a Senator's and a committee's staff in their official duties, a US federal work, public "
 "domain, as 17c's commerce.senate.gov statement and 45e's, 45u's and 45y's senate.gov releases. The excerpt's date "
 "line 'September 14, 2017' (under the heading) gives `published` 2017-09-14, so 'today' and 'yesterday' resolve. "
 "Left out: the heading (kept as `title`) and the date line under it. Kept: the letter's date, the addressee block "
 "(as 45q's letters to NYSEG and Con Edison), the link sentence 'Click here for a pdf of the letter.' (as written; "
 "**doubtful**, a reader may drop it as site chrome). Each line of the address block is its own paragraph as the "
 "excerpt has one line each. Cut after '... make restoration of service a top priority.', before 'As we begin the "
 "recovery process, it's importan', where the excerpt breaks off (`truncated`; the rest of the letter and the list "
 "of the nine executives are lost). Kept as written: 'ORLANDO, FL - U.S. Sen.' (hyphen), '(D-FL)', the em dash of "
 "'Americans\u2014to', 'Alabama, Florida, and Georgia', curly quotes and apostrophes. One text per event: "
 "floridapolitics.com, palmbeachpost.com and undergroundinfrastructure.com (AP) stories on the same letters (news) "
 "left out. Batch 17c named this letter 'not usable' only because its lane was IT outages ('a storm's outages, batch "
 "17a's register'); this lane is 17a's. Found with 'Nelson letter Vestberg Verizon Hurricane Michael Panhandle "
 "restore service late fees moratorium press release' (rank 2). "
 + CHECK + "'Bill Nelson', 'Lowell McAdam' (only GATHERING.md, a list of Verizon executives in another batch), "
 "'Cox Enterprises', '8.1 million', 'cable and wireline' (only in FCC status reports on Hurricanes Idalia and Lee, "
 "2023: other storms): 0 Irma matches; 'Irma' in the corpus only as test doe-working-together-restore-power-after-"
 "hurricane-irma-2017 (power outages: provider null with location null, and Florida Power and Light's Wilma outage) "
 "and train us-fcc-pai-statement-hurricanes-harvey-irma-maria-puerto-rico-no-power-cell-sites (Puerto Rico's "
 "outages): no gold holds Irma's telecom outages in Alabama, Florida and Georgia, so the event is new (the power "
 "outage the letter mentions in passing is DOE's, annotated as the text tells it).", True))

# ---- Pennsylvania after the late-October 2011 snowstorm: Sen. Bob Casey's letter to the PUC (casey.senate.gov) -----
U2 = ("https://casey.senate.gov/news/releases/with-15-000-pennsylvanians-still-without-power-casey-calls-for-"
      "investigation-into-delays-in-turning-power-back-on")
R.append(federal(
 "us-senate-casey-letter-puc-october-storm-pennsylvania-power-outages-2011", U2, None,
 "October Storm Left Pennsylvanians Across State Without Power",
 "WASHINGTON, DC \u2013 Today, U.S. Senator Bob Casey (D-PA) released a letter to the Pennsylvania Public Utility "
 "Commission (PUC) calling for an investigation into continuing power outages that have blanketed parts of the state "
 "since a late October storm. As of Friday morning, 15,000 Pennsylvanians had been without power for nearly a week "
 "due to the winter storm, prompting Senator Casey to call for an investigation.\n\n"
 "\u201cLast month\u2019s winter storm certainly walloped Pennsylvania, but the continued delay in turning the power "
 "back on is simply unacceptable,\u201d Senator Casey said. \u201cSnow is par for the course in our state, so we need an "
 "investigation to figure out why the power has been out for so long to prevent this from happening again.\u201d\n\n"
 "Last weekend, fall\u2019s first storm hit Pennsylvania leaving much of the state blanketed with up to a foot of snow. "
 "A week later, the slow pace of turning the power back on has left large swaths of the state without electricity to "
 "power their lights, heat their homes and pump water from their wells. Specifically, reports have surfaced that "
 "elderly Pennsylvanians and people with disabilities have been particularly impacted by the power outage.\n\n"
 "In his letter to the Public Utility Commission, Casey called for an investigation to get to the bottom of the power "
 "outages and the fact that they\u2019ve dragged on for so long. With winter around the corner, getting firm answers on "
 "the cause of the power outages is essential to ensuring that Pennsylvanians can rest easier, knowing that they "
 "won\u2019t be left in the dark for much of the winter.\n\n"
 "A full copy of Senator Casey\u2019s letter to the Public Utility Commission can be seen below.",
 "energy/utilities", "outage",
 "Office of U.S. Senator Bob Casey (Pennsylvania), press release 'With 15,000 Pennsylvanians Still Without Power, "
 "Casey Calls for Investigation into Delays in Turning Power Back On' (heading as the address gives it; the excerpt "
 "opens on its deck 'October Storm Left Pennsylvanians Across State Without Power'; undated in the excerpt, November "
 "2011 by the record), on his letter to the Pennsylvania Public Utility Commission, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 ORIGIN_S,
 "A press release of U.S. Senator Bob Casey's office on casey.senate.gov (a US federal work, public domain, as 45y's "
 "casey.senate.gov release on PPL after Sandy). The excerpt has no date line: `published` null (as 45y's and 45zd's "
 "undated releases), so 'Today', 'Friday morning', 'Last month', 'Last weekend' and 'late October' are not resolved "
 "(by the record the storm struck on 29-30 October 2011 and the release is of early November 2011; neither year is "
 "in the text). The excerpt opens on two deck lines; the first ('October Storm Left Pennsylvanians Across State "
 "Without Power') is kept as `title` (the heading itself is not in the excerpt), the second ('Casey: Investigation "
 "Needed to Get to Bottom of Delays in Returning Power to PA') left out as a heading. Cut after 'A full copy of "
 "Senator Casey's letter to the Public Utility Commission can be seen below.', before the letter's address line 'To: "
 "Robert F. Powelson, Chairman of the Pennsylvania Public Utility Commission', its salutation and its first words "
 "'The recent power outages which continue to plague Pennsylvanians are cause for', where the excerpt breaks off "
 "(`truncated`; the letter is lost -- **doubtful**: the address line could be kept, as 45q kept address blocks, but "
 "with no letter text after it; left out so the text ends on a full sentence). Kept as written: the en dash of the "
 "dateline, '(D-PA)', 'fall's first storm', curly quotes and apostrophes. 280 words. One text per event: Casey's "
 "follow-up release 'Following Casey Request, Public Utility Commission Investigates Prolonged Power Outages' "
 "(casey.senate.gov, the same storm and letter) and the PUC's own release of 20 December 2011 (puc.pa.gov, a state "
 "text) left out; whyy.org (news) left out. Found with 'Press release Distributed by Public Congressman power outage "
 "utility customers without power letter CEO storm' (rank 3) and 'Casey letter Powelson Public Utility Commission "
 "October storm power outages Met-Ed Penelec PPL 15,000 Pennsylvanians' (rank 1). "
 + CHECK + "'Powelson', 'Pennsylvania Public Utility', '15,000 Pennsylvanians', 'October storm', 'October snowstorm': "
 "0 in corpus files, GATHERING.md and pools; 'casey.senate.gov' only in train us-senate-casey-release-ppl-sandy-"
 "outages-allentown-2012 (Sandy, 2012: another storm). The late-October 2011 snowstorm's outages held so far are "
 "Connecticut's (dev us-senate-blumenthal-ct-delegation-letter-ferc-clp-northeast-utilities-october-storm-2011, CL&P): "
 "Pennsylvania's are new (the same storm, another place, as 45u's and 45zd's rule).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
