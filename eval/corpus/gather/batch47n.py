#!/usr/bin/env python3
"""Batch 47n (session 48, gatherer 47n): two company deals the Justice Department's Antitrust Division let go ahead on
divestitures settled with the suit -- the proposed acquisition of English China Clays by Imetal (kaolin plants, an
interest in a calcium carbonate joint venture and English China Clays' fused silica operations to be sold, 1999) and
the merger of Harvard Pilgrim Health Care and Health Plan Holdings (formerly Tufts Health Plan), Health Plan Holdings'
New Hampshire insurer Tufts Health Freedom Plan Inc. to be sold to UnitedHealth Group Inc. (2020) -- told in US
federal public-domain texts of the Department (17 U.S.C. 105), a round of session 48 after batches 47b, 47f, 47i and
47l in the DOJ lane (batches 46b, 46e, 46i, 46k before them), first-party text only:
  - the Division's notice 'United States of America v. Imetal, DBK Minerals, Inc., English China Clays, plc, and
    English China Clays, Inc.; Proposed Final Judgment and Competitive Impact Statement' (64 FR 31624, FR Doc.
    99-14470, 11 June 1999, the GPO text on govinfo.gov);
  - the Office of Public Affairs press release 'Justice Department Requires Divestiture of Tufts Health Freedom Plan
    in Order for Harvard Pilgrim and Health Plan Holdings to Proceed With Merger' (justice.gov, 14 December 2020;
    Assistant Attorney General Makan Delrahim quoted).
Texts are the search tool's page-store excerpts (corpus `pages`). The notice's GPO header lines, rule, 'DEPARTMENT OF
JUSTICE' and 'Antitrust Division' are left out and its heading kept as `title` (its wrapped lines joined with a
space); the GPO line wraps joined with a space, a word split at its own hyphen ('water-' / 'washed') joined without
one, the page marker '[[Page 31625]]' dropped. The release's page lines ('Skip to main content', 'Press Release',
'For Immediate Release', 'Office of Public Affairs') and its sub-headline are left out, its headline kept as `title`;
its paragraphs kept as the excerpt gives them, set off by a blank line, trailing spaces dropped. Each text is cut at
the last full sentence before the excerpt breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47n.py [POOL_DIR] [--dry]   (default /tmp/gather48n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch40zi import OPA
from batch41c import FRG, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48n/pool"
# a check note of this batch's own (as 47b's, 47f's, 47i's and 47l's), naming the session-48 pools present at the
# last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md (its 'not used' lists "
         "included), every gather script (batch47l.py the latest of this lane), the notes under /work/notes (gather46, "
         "gather47, gather48) and every /tmp/gather48*/pool present (at the last check 48a's, 48e's, 48h's and 48k's "
         "SEC texts, 48b's, 48f's, 48i's and 48l's DOJ texts, 48c's, 48g's and 48j's FCC texts and an empty 48d, none "
         "naming this matter): ")
R = []

# ---- Imetal / English China Clays, Federal Register notice, 11 June 1999 --------------------------------------------
U1 = "https://www.govinfo.gov/content/pkg/FR-1999-06-11/html/99-14470.htm"
U1E = "http://federal.elaws.us/fr/6/11/1999/99-14470"
T1 = ("United States of America v. Imetal, DBK Minerals, Inc., English China Clays, plc, and English China Clays, Inc.; "
      "Proposed Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-imetal-english-china-clays-proposed-final-judgment-1999", U1, "1999-06-11", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sections 16(b) through "
 "(h), that a Complaint, Hold Separate Stipulation and Order, and a proposed Final Judgment were filed with the United "
 "States District Court for the District of Columbia in United States v. Imetal, DBK Minerals, Inc., English China "
 "Clays, plc, and English China Clays, Inc., Civil No. 99-1018 on April 26, 1999. A Competitive Impact Statement was "
 "filed on May 24, 1999. The Complaint alleged that the proposed acquisition of English China Clays (``ECC'') by "
 "Imetal would violate Section 7 of the Clayton Act, 15 U.S.C. Section 18, in the markets for water-washed and "
 "calcined kaolin and fused silica in the United States and in the market for paper-grade ground calcium carbonate "
 "(``GCC'') in the Southeastern United States. The Southeastern U.S. was defined as the thirteen states of North "
 "Carolina, South Carolina, Georgia, Florida, Alabama, Tennessee, Kentucky, Mississippi, Louisiana, Arkansas, "
 "Missouri, Texas, and Virginia. The proposed Final Judgment, filed at the same time as the Complaint, requires "
 "Imetal, among other things, to: (1) divest production facilities and associated reserves for water-washed and "
 "calcined kaolin; (2) sell its interest in Alabama Carbonates, L.P., a joint venture that makes paper-grade GCC, as "
 "well as substantial GCC reserves; and (3) sell the fused silica operations of ECC.",
 "mining/industrial minerals", "deal,regulatory",
 att(T1, "64 FR 31624, FR Doc. 99-14470", "1999-06-11", "the GPO's Federal Register Online holds it on govinfo.gov",
     U1),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Friday, 11 June 1999 (Volume 64, Number 112, pages "
 "31624-31638, FR Doc No: 99-14470; kept as `published`), the GPO text on govinfo.gov (origin string `FRG`, as "
 "batches 41c, 43j, 43l, 43o, 46e). Left out: the GPO header lines ('[Federal Register Volume 64, Number 112 (Friday, "
 "June 11, 1999)]', '[Notices]', '[Pages 31624-31638]', 'From the Federal Register Online via the Government "
 "Publishing Office [www.gpo.gov]', '[FR Doc No: 99-14470]'), the rule of hyphens, 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division' and the notice's heading (kept as `title`, its three wrapped lines joined with a space). The "
 "leading indentation dropped and the GPO line wraps joined with a space (as 46e), except 'water-' / 'washed' in the "
 "third item, a word the printed column split at its own hyphen, joined without a space into 'water-washed', the form "
 "the same notice prints unsplit two sentences earlier (**doubtful**: the only join that is not a plain space); the "
 "page marker '[[Page 31625]]' between 'in the' and 'market for paper-grade' dropped with its blank lines, the two "
 "parts joined with one space. One paragraph, as printed. Cut after the fifth sentence ('... and (3) sell the fused "
 "silica operations of ECC.'), before 'A Competitive Impact Statement file', where the excerpt breaks off "
 "(`truncated`: the comment period, the section chief, the signature, the Final Judgment and the Competitive Impact "
 "Statement are not in the kept text). Kept as written: the GPO's doubled backquotes and apostrophes around 'ECC' and "
 "'GCC' (``ECC'', ``GCC''), '15 U.S.C. Sections 16(b) through (h)', 'Civil No. 99-1018 on April 26, 1999' (no comma "
 "before 'on'), '15 U.S.C. Section 18', 'The Southeastern U.S.', 'requires Imetal, among other things, to: (1)', "
 "'Texas, and Virginia' (serial comma). 220 words (whitespace-split). The federal.elaws.us copy (" + U1E + ", ranks 2 "
 "and 3 of the query below) is the same GPO text with the host's heading line; the govinfo.gov text taken (rank 1). "
 "One text per event: the Competitive Impact Statement (UNT End of Term 2008 archive of usdoj.gov "
 "atr/cases/f2400/2483.htm), the United States' memorandum against a union's motion to intervene (justice.gov) and "
 "its letter answering a comment (scribd) are court papers, not taken; the Division's notice of the comment and "
 "response (65 FR 5891, 7 February 2000, casetext) is a later paper of the same decree, and the European "
 "Commission's decision M.1381 (livv.eu) another authority's text, both left out; no Division press release on the "
 "deal came back. Found with 'Justice Department Imetal English China Clays acquisition divest kaolin fused silica "
 "Joel I. Klein 1999' (rank 1), after the elaws copy came back at rank 8 for 'E8-5129. United States v. Cookson Group "
 "PLC, et. al.; Proposed Final Judgment and Competitive Impact Statement Start Preamble' (47l's Cookson lead, whose "
 "own elaws copy the page store does not hold). "
 + CHECK + "'Imetal', 'English China Clays', 'DBK Minerals', 'Alabama Carbonates', 'kaolin', '99-14470', '99-1018': "
 "0 everywhere; '31624' only inside an unrelated voanews.com address (an Ethiopian power text, by its name, and the "
 "script and note that cite it); no dev or test file's text read.",
 True))

# ---- Harvard Pilgrim / Health Plan Holdings / Tufts Health Freedom Plan, Office of Public Affairs, 14 December 2020 --
U2 = ("https://www.justice.gov/opa/pr/justice-department-requires-divestiture-tufts-health-freedom-plan-order-harvard-"
      "pilgrim-and")
T2 = ("Justice Department Requires Divestiture of Tufts Health Freedom Plan in Order for Harvard Pilgrim and Health Plan "
      "Holdings to Proceed With Merger")
R.append(federal(
 "us-doj-harvard-pilgrim-health-plan-holdings-divest-tufts-health-freedom-plan-2020", U2, "2020-12-14", T2,
 "The Department of Justice announced today that it would require Harvard Pilgrim Health Care (Harvard Pilgrim) and "
 "Health Plan Holdings (fka Tufts Health Plan) to divest Tufts Health Freedom Plan Inc. (Tufts Freedom), in order to "
 "proceed with their merger. Tufts Freedom is Health Plan Holdings\u2019 commercial health insurance business in New "
 "Hampshire.\n\n"
 "The department has approved UnitedHealth Group Inc. (United), as the buyer. Health insurance is an integral part "
 "of the American healthcare system, and the proposed settlement will maintain competition for the sale of "
 "commercial health insurance to private employers in New Hampshire with fewer than 100 employees.\n\n"
 "\u201cAmericans spend trillions of dollars on healthcare each year, and competition between health insurers is "
 "vital to providing consumers with access to quality care at affordable rates. This merger, as originally "
 "structured, likely would have led to higher prices, poorer quality, and reduced choice for many consumers "
 "throughout the state,\u201d said Assistant Attorney General Makan Delrahim of the Antitrust Division. \u201cToday\u2019s "
 "settlement with its divestiture will ensure that small groups and CRC groups continue to benefit from the "
 "competition that has enabled them to purchase the health insurance plans for their employees at competitive "
 "prices in the state.\u201d\n\n"
 "\u201cThis case will play an important role in maintaining competition in New Hampshire\u2019s health insurance "
 "industry,\u201d said Scott W. Murray, U.S. Attorney for the District of New Hampshire.",
 "health insurance", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2020-12-14, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Justice Department's press release on justice.gov (origin string `OPA`, as batches 40zi, 47f). Left out: 'Skip "
 "to main content', 'Press Release', the headline (kept as `title`), 'For Immediate Release', 'Office of Public "
 "Affairs' and the sub-headline 'Divestiture Will Preserve Competition for Commercial Health Insurance in New "
 "Hampshire' (a heading; **doubtful**: a reader may keep it as the text's first line). The excerpt holds no date "
 "line: `published` 14 December 2020 (a Monday), the day of the complaint (the Division's Federal Register notice "
 "2020-28905, 85 FR 86948, as federal.elaws.us and vlex reproduce it: 'On December 14, 2020, the United States filed "
 "a Complaint'; the New Hampshire Union Leader's report of the release is dated 2020-12-14 and says 'a lawsuit filed "
 "in federal court Monday'), as batches 40zi and 47f dated releases from the notice (**doubtful**: the date is taken "
 "from other texts, not from the page). The excerpt's four paragraphs set off by a blank line; the three spaces "
 "after the third paragraph's closing quotation mark dropped (whitespace only). Cut after the fourth paragraph's "
 "first sentence ('... said Scott W. Murray, U.S. Attorney for the District of New Hampshire.'), before '\u201cBy "
 "bringing this antitrust action, the Department of Justice is working to ensure that consumers in the Granite State "
 "have adequate and affordabl', where the excerpt breaks off inside the U.S. Attorney's quotation (`truncated`: the "
 "rest of that quotation, the complaint's account and the settlement's terms are not in the kept text). Kept as "
 "written: the curly quotation marks and apostrophes, 'fka' without periods, the comma in 'Tufts Health Freedom Plan "
 "Inc. (Tufts Freedom), in order to' and in 'UnitedHealth Group Inc. (United), as the buyer', 'the department' in "
 "lower case, 'CRC groups' (never written out). 226 words (whitespace-split). One text per event: the Division's "
 "Federal Register notice (85 FR 86948, FR Doc. 2020-28905: federal.elaws.us, vlex and justia copies; it names Eric "
 "D. Welsh, Chief, Healthcare and Consumer Products Section, in a sentence the excerpt breaks off) and news (the "
 "Union Leader, copyrighted) left out. Found with 'United States v. Harvard Pilgrim Health Care Health Plan Holdings "
 "Tufts Health Freedom Plans proposed final judgment' (rank 6), after the elaws notice came back at rank 7 for "
 "'federal.elaws.us Antitrust Division Proposed Final Judgment Competitive Impact Statement proposed acquisition "
 "health insurance HMO divest 1999'. "
 + CHECK + "'Harvard Pilgrim', 'Tufts', 'Health Plan Holdings', 'Health Freedom', 'Scott W. Murray', '20-cv-01183', "
 "'2020-28905', 'Eric D. Welsh': 0 everywhere; 'UnitedHealth' in other matters only (by file names: the "
 "Division's train notices on UnitedHealth / PacifiCare 2006 and UnitedHealth / Sierra Health Services 2008, "
 "United HealthCare / MetraHealth 1995, a CRS report on the Change Healthcare cyberattack, and Division and SEC "
 "texts on other deals); 'Delrahim' "
 "in other Division texts (other matters, by their names); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
