#!/usr/bin/env python3
"""Batch 45i (session 46, gatherer 45i): outages with a NAMED provider told in US federal public-domain texts
(17 U.S.C. 105), a second round of session 46 in the federal outage lane (batches 17a, 17c, 39s, 40d, 45e; the
congressional press releases of 17a and 45e), on 45e's leads (members' own house.gov releases naming a utility):
  - Rep. Chris Van Hollen's press release 'Van Hollen to Pepco: Enough is Enough' (vanhollen.house.gov as the UNT
    web archive holds it, 1 February 2011): his letter to Pepco's President & CEO Joseph M. Rigby on 'Pepco's
    abysmal handling of the recent storm and power outages' in Montgomery and Prince George's Counties;
  - Rep. Frank Pallone, Jr.'s press release (pallone.house.gov, 7 August 2020): Jersey Central Power and Light
    (JCP&L), a FirstEnergy subsidiary, and its 'abysmal' restoration after Tropical Storm Isaias, more than 289,000
    people in JCP&L's territory still without power.
Texts are the search tool's page-store excerpts (corpus `pages`). Site chrome, the 'Press Releases' label, the share
links, headings (-> `title`), the Pallone page's sub-heading and the date lines (-> `published`) left out; line
breaks of the letter's address block doubled, leading spaces before a list bullet and trailing spaces dropped
(whitespace only); each cut at the last full sentence before the excerpt breaks off. No word added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45i.py [POOL_DIR] [--dry]   (default /tmp/gather46i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46i/pool"
ORIGIN_UNT = "US Representative's press release (house.gov, UNT web archive copy) from the search tool page store"
ORIGIN = "US Representative's press release (house.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places, dates and address, against the corpus files (grep -ril "
         "over train, dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, "
         "every gather script and the session-46 pools /tmp/gather46{a..h}/pool: ")
R = []

# ---- Pepco after the storm of late January 2011: Rep. Van Hollen's letter to Joseph M. Rigby (1 February 2011) ------
U1 = ("https://webarchive.library.unt.edu/web/20120915230530/http://vanhollen.house.gov/News/DocumentSingle.aspx?"
      "DocumentID=222068")
R.append(federal(
 "us-house-van-hollen-letter-pepco-storm-power-outages-2011", U1, "2011-02-01",
 "Van Hollen to Pepco: Enough is Enough",
 "Today Maryland Congressman Chris Van Hollen sent a letter to Joseph Rigby, President & CEO of Pepco, regarding "
 "their handling of the recent storm and power outages. The text of the letter is below:\n\n"
 "February 1, 2011\n\n"
 "Mr. Joseph M. Rigby\n\n"
 "President & Chief Executive Officer\n\n"
 "Pepco Holdings, Inc.\n\n"
 "701 9th Street, NW\n\n"
 "Washington, DC 20001-4572\n\n"
 "Dear Mr. Rigby:\n\n"
 "\u201cEnough is enough\u201d \u2013 that is the collective sentiment of my constituents in Montgomery and Prince "
 "George\u2019s Counties regarding Pepco\u2019s abysmal handling of the recent storm and power outages.  I share that "
 "sentiment.  Simply put, Pepco\u2019s performance has been unacceptable.  This latest episode is part of a "
 "continuing problem.  After each episode there are hearings, briefings, reports and promises of improved "
 "performance, yet nothing seems to change. It is time to change the leadership at Pepco.  Individuals must be held "
 "accountable, and shareholders should not be paid dividends until these problems are resolved.\n\n"
 "None of this is to diminish the hard work of the staff, and especially the outdoor work crews, who worked "
 "tirelessly in cold and icy conditions to restore electricity to homes, businesses, and medical facilities.  The "
 "problem is not with the crews working around the clock. It is a broader, systemic failure.  The problems include "
 "the following:\n\n"
 "\u2022 Extent of the power outages: Many of my constituents have lived in numerous other cities, states and "
 "countries with far more severe winters, full tree canopies and, in some cases, far less development.  Yet they "
 "all concur that they have never before experienced either the number of outages or the delays in restoring power "
 "that they encounter with Pepco.",
 "energy/utilities", "outage",
 "Office of U.S. Representative Chris Van Hollen (Maryland), press release 'Van Hollen to Pepco: Enough is Enough', "
 "1 February 2011, with his letter of that day to Joseph M. Rigby, President & Chief Executive Officer of Pepco "
 "Holdings, Inc., US federal government work (public domain); text from the search tool's page store, the UNT web "
 "archive's copy (15 September 2012) of vanhollen.house.gov, at " + U1,
 ORIGIN_UNT,
 "A press release of U.S. Representative Chris Van Hollen's office on house.gov (a work of a Member of Congress's "
 "staff in their official duties: a US federal work, public domain, as batch 17a's and 45e's congressional "
 "releases), as the University of North Texas web archive holds it (batch 17a took the Dingell letter from the same "
 "archive). Left out: the label 'Press Releases', the heading 'Van Hollen to Pepco: Enough is Enough' (kept as "
 "`title`), the share links ('Share This Page', 'Slashdot', 'Del.icio.us', 'Google', 'Digg', 'Reddit', 'Newsvine', "
 "'Furl', 'Yahoo', 'Facebook') and the date line 'Washington, Feb 1, 2011 -' (-> `published` 2011-02-01, which the "
 "letter's own date line 'February 1, 2011' in the text confirms). The address block's line breaks doubled, the "
 "space-only lines between paragraphs and the trailing spaces dropped, and the two spaces before the list bullet "
 "'\u2022' removed (whitespace only); the double spaces after full stops kept as the excerpt has them. Cut after '... "
 "that they encounter with Pepco.', before the next bullet 'Delays in fully restoring power: While the frequency and "
 "extent of power outages are significant concerns, th', where the excerpt breaks off (`truncated`; the letter's "
 "signature is not in the excerpt). Kept as written: 'President & CEO', the curly quotes and apostrophes, the en "
 "dash after '\u201cEnough is enough\u201d'. 269 words. The storm is not named or dated in the text (by its date, "
 "the snowstorm of 26 January 2011; the corpus's train us-fcc-pshsb-verizon-blocked-911-calls-maryland-snowstorm-2011 "
 "tells Verizon's 911 call blocking in the same storm -- another provider's outage, so another event; its text names "
 "no Pepco and no power outage). One text per event: the Gazette, Washington Examiner and Baltimore Sun stories on "
 "Van Hollen's July 2012 derecho analysis of Pepco (news, not federal) left out; his own July 2012 report did not "
 "come back. Found with 'Congressman statement Pepco outages derecho June 2012 customers without power "
 "unacceptable' (rank 2) and 'Van Hollen Cardin Mikulski Edwards Hoyer letter Pepco derecho June 29 2012 power "
 "restoration' (rank 5). "
 + CHECK + "'Pepco', 'Rigby', 'Van Hollen', 'vanhollen.house.gov', 'DocumentID=222068': 0 in corpus files, scripts "
 "and pools ('Pepco' and 'Van Hollen' twice in GATHERING.md: batch 45e's not-used and lead lines; 'Van Hollen' also "
 "a query in a batch's how-found cell); 'Enough is enough' and 'Montgomery and Prince' only in the Verizon 911 text "
 "above (train) and an unrelated dev Wikinews story, and their gather scripts (batch18e.py, batch35c.py).", True))

# ---- JCP&L after Tropical Storm Isaias: Rep. Pallone's letter to FirstEnergy and JCP&L (7 August 2020) --------------
U2 = ("https://pallone.house.gov/media/press-releases/pallone-blasts-jcpl-s-abysmal-power-restoration-response-its-"
      "lack-communication")
R.append(federal(
 "us-house-pallone-letter-jcpl-isaias-power-restoration-firstenergy-2020", U2, "2020-08-07",
 "Pallone Blasts JCP&L\u2019s \u201cAbysmal\u201d Power Restoration Response & Its Lack of Communication with Customers",
 "Washington, DC \u2013 Congressman Frank Pallone, Jr. (NJ-06) today blasted Jersey Central Power and Light (JCP&L), "
 "a subsidiary of FirstEnergy Corporation, for its \"abysmal\" response to electric power outages in the aftermath "
 "of Tropical Storm Isaias. As of 4 pm yesterday, more than 289,000 people in JCP&L's territory remained without "
 "power, and it may take until August 11 \u2014 a full week after the storm \u2014 to restore power to most of "
 "those customers. In a letter to FirstEnergy President and Chief Executive Officer Charles Jones and JCP&L "
 "President Jim Fakult, Pallone demanded answers on why the company continues to fail to adequately prepare for and "
 "respond to major storms.\n\n"
 "\"This is simply unacceptable, especially given summer temperatures and the fact that many people are working "
 "from home due to the COVID-19 pandemic,\" Pallone wrote in his letter. \"It is particularly egregious that JCP&L "
 "is once again failing to communicate with its customers in any meaningful way. The company is simply not sharing "
 "enough information with customers that they can use to plan accordingly for the coming days. The company's "
 "failure to communicate in real time with meaningful, accurate information has been an ongoing problem and only "
 "seems to get worse with each passing storm season.\"\n\n"
 "Unfortunately, Pallone said unreliable service, prolonged outages and lack of communication are nothing new for "
 "the company. Last year, a series of powerful thunderstorms moved through New Jersey and caused multi-day outages "
 "throughout the state. In 2018, another series of storms resulted in a similar situation.\n\n"
 "\"JCP&L has had major issues with reliability and service for more than a decade,\" Pallone continue in his "
 "letter.",
 "energy/utilities", "outage",
 "Office of U.S. Representative Frank Pallone, Jr. (New Jersey), press release 'Pallone Blasts JCP&L\u2019s "
 "\u201cAbysmal\u201d Power Restoration Response & Its Lack of Communication with Customers', 7 August 2020, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 ORIGIN,
 "A press release of U.S. Representative Frank Pallone, Jr.'s office on pallone.house.gov (a work of a Member of "
 "Congress's staff in their official duties: a US federal work, public domain, as batch 17a's and 45e's "
 "congressional releases). Left out: 'Skip to main content', the heading (kept as `title`), the date line 'August "
 "7, 2020' (-> `published` 2020-08-07) and the sub-heading 'Pallone Demands Answers from Company Executives on Its "
 "Failure to Adequately Prepare for and Respond to Major Storms'. Cut after '... Pallone continue in his letter.', "
 "before '\"The law grants JC', where the excerpt breaks off (`truncated`). Kept as written: the dateline "
 "'Washington, DC \u2013' (en dash), the em dashes around 'a full week after the storm', the straight quotes and "
 "apostrophes of the body (the title's curly ones as the heading has them), 'Pallone continue in his letter' (the "
 "release's own slip), 'Jersey Central Power and Light' (the company writes 'Power & Light'). 271 words. One text per "
 "event: Eversource's Isaias outage in Connecticut is batch 45e's test text (another provider and state, so another "
 "event); no other text on JCP&L's Isaias outage taken (state senator Codey's 2012 letter on change.org, the Monmouth "
 "freeholder's 2012 letter on ahherald.com and nj.com/njtvonline news on JCP&L after Sandy and Irene: not federal, "
 "other events). Found with 'Pallone Holt Lance letter JCP&L Hurricane Sandy restoration customers without power "
 "2012' (rank 1). "
 + CHECK + "'Jersey Central', 'JCP&L', 'Fakult', 'Charles Jones', 'FirstEnergy Corporation', '289,000', "
 "'pallone.house.gov': 0 in corpus files, scripts and pools ('JCP&L'/'Jersey Central' in GATHERING.md only in "
 "batch 37q's not-used line, a DOE not-found line on Sandy and batch 45e's lead line); 'Pallone' in three corpus "
 "files (train us-house-degette-letter-luma-energy-puerto-rico-outages-hurricane-fiona, train "
 "us-house-transportation-democrats-letter-newark-airport-radar-communications-loss-2025, dev "
 "us-house-energy-commerce-democrats-letter-comtech-911-outages: a co-signer or committee member; their outages are "
 "LUMA's, Newark's radar and Comtech's, read from the gold's outage providers only); 'FirstEnergy' in train "
 "us-house-energy-commerce-dingell-letter-blackout-firstenergy-miso-2003 (the August 2003 blackout: another event); "
 "'Isaias' in test us-senate-murphy-ct-delegation-letter-pura-eversource-isaias-outages-2020 (Eversource, Connecticut) "
 "and train wp-long-island-lighting-company (its gold's one outage is Hurricane Gloria, 1985).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
