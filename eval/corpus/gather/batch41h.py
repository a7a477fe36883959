#!/usr/bin/env python3
"""Batch 41h (session 42, gatherer 41h): company deals told in the Justice Department's own press releases (US
federal public-domain works, 17 U.S.C. 105), a round of session 42 after batches 40zi, 40zk and 41c in the DOJ merger
lane of batches 16e, 21c and 22b, first-party release text only (justice.gov and its archived usdoj.gov pages):
  - Applied Materials Inc. and Tokyo Electron Ltd. abandoning their merger after the Department rejected their
    proposed remedy (Office of Public Affairs press release, justice.gov, 27 April 2015);
  - ALLTEL Corporation required to divest assets in Arkansas, Kansas and Nebraska to proceed with its $6 billion
    acquisition of Western Wireless (press release 05-361, justice.gov's archive of Office of Public Affairs
    releases, 6 July 2005);
  - ALLTEL Corporation agreeing to divest assets in rural Minnesota to proceed with its $1.075 billion acquisition of
    Midwest Wireless Holdings LLC (Antitrust Division press release of 7 September 2006, usdoj.gov as the UNT
    Libraries' End of Term 2008 web archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome, the release's letterhead lines,
headlines (kept as `title`), sub-headings, date lines (kept as `published`) and the page's closing lines are left
out; a text the excerpt breaks off is cut at its last full sentence. No word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch41h.py [POOL_DIR] [--dry]   (default /tmp/gather42h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42h/pool"
OPA = "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store"
ARC = ("US Justice Department Antitrust Division press release (usdoj.gov as the UNT Libraries' End of Term 2008 web "
       "archive holds it) from the search tool page store")
R = []

# ---- Applied Materials / Tokyo Electron, Office of Public Affairs, 27 April 2015 ------------------------------------
U1 = ("https://justice.gov/opa/pr/applied-materials-inc-and-tokyo-electron-ltd-abandon-merger-plans-after-justice-"
      "department")
R.append(federal(
 "us-doj-applied-materials-tokyo-electron-abandon-merger-2015", U1, "2015-04-27",
 "Applied Materials Inc. and Tokyo Electron Ltd. Abandon Merger Plans After Justice Department Rejected Their "
 "Proposed Remedy",
 "Applied Materials Inc. and Tokyo Electron Ltd. abandoned their plans to merge after the Department of Justice "
 "informed the companies that their remedy proposal failed to resolve the department\u2019s competitive concerns.\n\n"
 "\u201cThe companies\u2019 decision to abandon this merger preserves competition for semiconductor manufacturing "
 "equipment,\u201d said Acting Assistant Attorney General Renata B. Hesse of the Justice Department\u2019s Antitrust "
 "Division.  \u201cThe semiconductor industry is critically important to the American economy, and the proposed "
 "remedy would not have replaced the competition eliminated by the merger, particularly with respect to the "
 "development of equipment for next-generation semiconductors.\u201d\n\n"
 "The proposed merger of Applied Materials and Tokyo Electron would have combined the two largest competitors with "
 "the necessary know-how, resources and ability to develop and supply high-volume non-lithography semiconductor "
 "manufacturing equipment.\n\n"
 "During the investigation, the division cooperated with the Korean Fair Trade Commission, China\u2019s Ministry of "
 "Commerce, Germany\u2019s Federal Cartel Office and competition agencies from several other jurisdictions.\n\n"
 "Applied Materials, based in Santa Clara, California, is the largest provider of non-lithography semiconductor "
 "manufacturing equipment with approximately $9 billion in 2014 revenue.\n\n"
 "Tokyo Electron, based in Tokyo, is the second-largest provider of non-lithography semiconductor manufacturing "
 "equipment with approximately $6 billion in 2014 revenue.",
 "semiconductor equipment", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release 'Applied Materials Inc. and Tokyo Electron Ltd. "
 "Abandon Merger Plans After Justice Department Rejected Their Proposed Remedy' (Press Release Number 15-513), "
 "2015-04-27, US federal government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release on justice.gov, whole. Left out: 'Skip to main content', 'Press Release', "
 "the headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs', and after the text 'Updated "
 "February 4, 2016', 'Topic', 'Antitrust', 'Press Release Number: 15-513'. The excerpt holds no date line: "
 "`published` 27 April 2015, the Monday on which the department announced the abandonment (Reuters, 'WASHINGTON, "
 "April 27 ... the department said on Monday', quoting the same Hesse statement; the companies' own announcements of "
 "the same day in evertiq and AFP/menafn). Kept as written: the double space after the first quoted sentence, the "
 "curly quotation marks and apostrophes, 'the department'/'the division' in lower case. Not `truncated`. One text "
 "per event: news (Reuters three copies, AP via santacruzsentinel, AFP via menafn, fudzilla, evertiq, ftcwatch, "
 "je.st) left out. Found with 'Justice News Department of Justice Office of Public Affairs FOR IMMEDIATE RELEASE "
 "Applied Materials Tokyo Electron abandon merger' (rank 4). "
 + CHECK + "'Applied Materials', 'Tokyo Electron', 'non-lithography', 'Korean Fair Trade Commission': 0 in the corpus, "
 "the scripts and the pools (GATHERING.md names Applied Materials\u2013Tokyo Electron once, as a search batch 28d "
 "did not use: news pages only); 'Hesse' as Renata Hesse only in the Division's Wabtec/Faiveley text (dev, batch "
 "40zi: another matter).", False))

# ---- ALLTEL / Western Wireless, justice.gov archive, 6 July 2005 ----------------------------------------------------
U2 = "https://www.justice.gov/archive/opa/pr/2005/July/05_at_361.htm"
R.append(federal(
 "us-doj-alltel-western-wireless-divest-arkansas-kansas-nebraska-2005", U2, "2005-07-06",
 "Divestitures Of Assets In Arkansas, Kansas, And Nebraska Preserves Competition For Rural Consumers Of Mobile "
 "Wireless Services",
 "WASHINGTON, D.C. -- The Department of Justice announced today that it has reached a settlement requiring ALLTEL "
 "Corporation to divest assets in rural areas in three states - Arkansas, Kansas, and Nebraska - in order to proceed "
 "with its $6 billion acquisition of Western Wireless. The Department said that the transaction, as originally "
 "proposed, would have resulted in higher prices, lower quality, and diminished investment in network improvements "
 "for consumers of mobile wireless services in those areas.\n\n"
 "The Department's Antitrust Division filed a civil lawsuit today in U.S. District Court in Washington, D.C. to block "
 "the proposed transaction. At the same time, the Department filed a proposed consent decree that, if approved by "
 "the court, would resolve the Department's competitive concerns and the lawsuit.\n\n"
 "\"Today's action by the Department ensures that consumers of mobile wireless telephone services in these markets "
 "will obtain the benefits of competition, including lower prices and higher quality,\" said J. Bruce McDonald, "
 "Deputy Assistant Attorney General in the Department's Antitrust Division. \"The required divestitures will "
 "preserve competition in particular for residents of rural areas, who often have fewer choices for wireless "
 "telephone services.\"\n\n"
 "The transaction is also subject to review by the Federal Communications Commission (FCC). The Department has "
 "coordinated with the FCC throughout its investigation.\n\n"
 "ALLTEL and Western Wireless are regional mobile wireless services providers that serve many rural markets.",
 "telecommunications", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release 05-361 ('Divestitures Of Assets In Arkansas, "
 "Kansas, And Nebraska Preserves Competition For Rural Consumers Of Mobile Wireless Services'), 2005-07-06, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Justice Department's press release in justice.gov's archive of Office of Public Affairs releases (2005, "
 "release 05-361 by its address). Left out: the letterhead lines 'Department of Justice Seal Department of "
 "Justice', '(202) 514-2007', 'TDD (202) 514-1888' and the two-line sub-heading (kept as `title`: the page as "
 "stored shows no other headline). The excerpt holds no date line: `published` 6 July 2005, the day the complaint "
 "was filed ('filed a civil lawsuit today'; the complaint on justice.gov and the Competitive Impact Statement: "
 "'DATE STAMP: 07/06/2005', 'Plaintiff filed a civil antitrust Complaint on July 6, 2005'). Cut after the first "
 "sentence of the paragraph 'ALLTEL and Western Wireless are regional mobile wireless services providers ...', "
 "whose second sentence the excerpt breaks off mid-word ('where ALLTEL and Western Wir'; `truncated`). Kept as "
 "written: the dateline 'WASHINGTON, D.C. --', the hyphens around the list of states, the straight quotation marks "
 "and apostrophes, 'the Department' capitalised, 'the court' in lower case. One text per event: the Division's "
 "Federal Register notice (70 FR 44357, 2 August 2005, on justia: the page opens with another agency's notice, as "
 "batch 41c found), the complaint and Competitive Impact Statement (justice.gov case pages, scribd), news "
 "(rcrwireless, the FCC's approval via the Mercury News on fergdawg.blogspot) left out. Found with 'U.S. Department "
 "of Justice Seal and Letterhead FOR IMMEDIATE RELEASE WWW.USDOJ.GOV AT (202) 514-2007 JUSTICE DEPARTMENT REQUIRES "
 "DIVESTITURES wireless acquisition' (rank 5) and the sub-heading (rank 6). "
 + CHECK + "'Western Wireless': 0 in the corpus, the scripts and the pools (GATHERING.md names the Alltel/Western "
 "Wireless Federal Register notice once, as batch 41c's look not used); 'Bruce McDonald', 'McDonald' with "
 "'Antitrust': 0; 'ALLTEL' only in the Division's Verizon/Alltel release (test, batch 16e) and AT&T/Dobson notice "
 "(test, batch 41c): other matters.", True))

# ---- ALLTEL / Midwest Wireless, usdoj.gov via the UNT End of Term 2008 archive, 7 September 2006 --------------------
U3 = ("https://webarchive.library.unt.edu/eot2008/20081105075624/http:/www.usdoj.gov/atr/public/press_releases/2006/"
      "218222.htm")
R.append(federal(
 "us-doj-alltel-midwest-wireless-divest-minnesota-2006", U3, "2006-09-07",
 "JUSTICE DEPARTMENT REQUIRES DIVESTITURES IN ALLTEL'S ACQUISITION OF MIDWEST WIRELESS",
 "WASHINGTON -- ALLTEL Corporation has agreed to divest assets in rural areas of Minnesota in order to proceed with "
 "its $1.075 billion acquisition of Midwest Wireless Holdings LLC, the Justice Department announced today. The "
 "Department said that the deal as originally proposed would have resulted in higher prices, lower quality, and "
 "diminished investment in network improvements for consumers of mobile wireless telecommunications services in "
 "four areas where both ALLTEL and Midwest Wireless currently operate.\n\n"
 "The Department's Antitrust Division filed a civil lawsuit today in U.S. District Court in Minneapolis to block the "
 "proposed transaction. At the same time, the Department filed a proposed consent decree that, if approved by the "
 "court, would resolve the lawsuit and the Department's anticompetitive concerns.\n\n"
 "ALLTEL and Midwest Wireless are regional mobile wireless telecommunications service providers and serve many rural "
 "markets. Although a combination of these two regional providers gives the merged firm the benefit of having a "
 "larger service area footprint, the divestitures are required to assure continued competition in specific markets "
 "where ALLTEL and Midwest Wireless are each other's most significant competitors, the Department said.",
 "telecommunications", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release 'Justice Department Requires Divestitures in "
 "ALLTEL's Acquisition of Midwest Wireless', 2006-09-07, US federal government work (public domain); text of the "
 "usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page store at "
 + U3,
 ARC,
 "The Antitrust Division's press release on usdoj.gov (atr/public/press_releases/2006/218222.htm) as the End of "
 "Term 2008 web archive (webarchive.library.unt.edu) holds the page: the Department's own page, archived unchanged. "
 "Left out: the page's format note ('This document is available in three formats: ... contact the Antitrust "
 "Documents Group.'), the letterhead lines ('U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE "
 "RELEASE', the date line 'THURSDAY, SEPTEMBER 7, 2006' (kept as `published`), 'WWW.USDOJ.GOV', 'AT', '(202) "
 "514-2007', 'TDD (202) 514-1888'), the headline (kept as `title`, its two printed lines joined with a space, in "
 "capitals as printed) and the sub-heading 'Sale of Assets in Minnesota Will Preserve Competition for Rural "
 "Consumers of Mobile Wireless Services'. Cut before the paragraph '\"The Department's action ensures that wireless "
 "telephone consumers will continue t', where the excerpt stops mid-word (`truncated`: Assistant Attorney General "
 "Thomas O. Barnett's quotation, per rcrwireless, is not in the kept text). Kept as written: the dateline "
 "'WASHINGTON --', the straight apostrophes, 'the Department' capitalised. One text per event: the complaint, "
 "Competitive Impact Statement and Final Judgment copies (scribd, vdocuments), the Federal Register notice (71 FR "
 "55015 on justia: the page opens with another notice), the Division's December 2007 settlement on ALLTEL's "
 "compliance (a later event, startribune/Bloomberg: news) and news (rcrwireless, fiercewireless, dbmlawgroup) left "
 "out. Found with 'U.S. Department of Justice Seal and Letterhead FOR IMMEDIATE RELEASE WWW.USDOJ.GOV AT (202) "
 "514-2007 JUSTICE DEPARTMENT REQUIRES DIVESTITURES wireless acquisition' (rank 6) and the headline (rank 2). "
 + CHECK + "'Midwest Wireless', 'Mankato': 0 everywhere; 'ALLTEL' only in the Division's Verizon/Alltel release "
 "(test, batch 16e) and AT&T/Dobson notice (test, batch 41c): other matters.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
