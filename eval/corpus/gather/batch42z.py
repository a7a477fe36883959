#!/usr/bin/env python3
"""Batch 42z (session 43, gatherer 42z): company deals told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a round of session 43 after batch 42w in the DOJ lane of batches 16e, 21c, 22b, 40zi,
40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k and 42w, first-party text only, older matters (2000-2003):
  - the Antitrust Division's notice on Alcoa Inc.'s proposed acquisition of Reynolds Metals Company and the sale of
    Reynolds' interests in the Worsley and Corpus Christi alumina refineries (Federal Register, 65 FR 38574, 21 June
    2000, as casetext.com reproduces it);
  - the Division's notice on Premdor Inc.'s acquisition of Masonite Corporation from International Paper Company and
    the divestiture of Masonite's Towanda, Pennsylvania doorskin plant (66 FR 45326, FR Doc. 01-21645, 28 August
    2001, the GPO text as frwebgate.access.gpo.gov gives it);
  - the Division's press release on General Electric's acquisition of Instrumentarium OYJ and the divestiture of
    Instrumentarium's Spacelabs and Ziehm businesses (justice.gov, 16 September 2003).
Texts are the search tool's page-store excerpts (corpus `pages`). Host headings, GPO header lines, page chrome and
the release's letterhead lines are left out, titles kept as `title`; the GPO text's line wraps are joined with a
space; each text is cut at the last full sentence before its excerpt breaks off. No word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch42z.py [POOL_DIR] [--dry]   (default /tmp/gather43z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att
from batch41k import FRC
from batch42b import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43z/pool"
FRW = ("US Justice Department Antitrust Division Federal Register notice, GPO text on frwebgate.access.gpo.gov "
       "(page store)")
ATRPR = "US Justice Department Antitrust Division press release (justice.gov) from the search tool page store"
R = []

# ---- Alcoa / Reynolds Metals, Federal Register notice, 21 June 2000 ---------------------------------------------------
U1 = ("https://casetext.com/federal-register/proposed-final-judgment-and-competitive-impact-statement-united-states-v-"
      "alcoa-inc-et-al")
U1C = "http://www.justice.gov/atr/cases/f7200/7297.htm"
U1K = "https://webarchive.library.unt.edu/web/20090830210223/http:/justice.gov/atr/cases/f4600/4663.htm"
T1 = "Proposed Final Judgment and Competitive Impact Statement; United States v. Alcoa Inc., et al."
R.append(federal(
 "us-doj-federal-register-alcoa-reynolds-metals-proposed-final-judgment-2000", U1, "2000-06-21", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a proposed "
 "Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with the U.S. "
 "District Court for the District of Columbia in United States v. Alcoa Inc., et al., Civil No. 00-CV-954 (RMU). On "
 "May 3, 2000, the United States filed a Complaint alleging that the proposed acquisition of Reynolds Metals Company "
 "by Alcoa Inc. would substantially lessen competition in the manufacture and sale of smelter grade alumina "
 "(\u201cSGA\u201d) worldwide and chemical grade alumina (\u201cCGA\u201d) in North America in violation of section "
 "7 of the Clayton Act, 15 U.S.C. 18.\n\n"
 "The proposed Final Judgment orders Alcoa and Reynolds to sell Reynolds' controlling interest in an alumina "
 "refinery in Worsley, Western Australia, and Reynolds' alumina refinery located near Corpus Christi, Texas. Public "
 "comment is invited within the statutory sixty-day comment period. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court. Written comments should be directed to Roger W. "
 "Fones, Chief, Transportation, Energy, and Agriculture Section, Antitrust Division, 325 Seventh Street, NW, Suite "
 "500, Washington, DC 20530 (telephone: (202) 307-6351).\n\n"
 "Copies of the Complaint, Hold Separate Stipulation and Order, proposed Final Judgment, and Competitive Impact "
 "Statement are available for inspection in Room 215 of the U.S. Department of Justice, Antitrust Division, 325 "
 "Seventh Street, NW, Washington, DC 20530 (telephone: (202) 514-2481) and at the office of the Clerk of the U.S. "
 "District Court for the District of Columbia, 333 Constitution Avenue, NW, Washington, DC 20001.",
 "metals and mining", "deal,regulatory",
 att(T1, "65 FR 38574", "2000-06-21", "casetext.com reproduces the notice", U1),
 FRC,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 21 June 2000 (65 FR 38574; kept as "
 "`published`) as casetext.com reproduces its text; no other copy of the notice came back (the Division's complaint "
 "on the UNT web archive, " + U1K + ", and its response to public comments on justice.gov, " + U1C + ", are court "
 "papers that tell the same facts in other words; not taken). Left out: the host's heading (kept as `title`, with "
 "the GPO heading's spaces: casetext prints 'United Statesv.Alcoa Inc., et al.'), 'Download PDF', 'Federal "
 "Register', the date and citation line ('Jun 21, 2000', '65 Fed. Reg. 38574 (Jun. 21, 2000)'). Cut after the third "
 "paragraph's first sentence ('... 333 Constitution Avenue, NW, Washington, DC 20001.'), before 'Copies of any of "
 "these materials may be obtained upon request and payment of a copyin', where the excerpt stops mid-word "
 "(`truncated`: the copying-fee sentence, the signature and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: casetext's curly quotation marks around 'SGA' and 'CGA', the straight apostrophes in "
 "\"Reynolds'\", lower-case 'section 7', 'NW' without a full stop, the doubled parentheses in '(telephone: (202) "
 "307-6351)', no comma before 'and at the office of the Clerk'. One text per event: the Department's press release "
 "did not come back (troyrecord.com's and chicagotribune.com's AP reports of 3-4 May 2000 are news, copyrighted, "
 "not used; a scribd copy of the Division's 1997 release is another matter, Alcoa's purchase of Reynolds' Listerhill "
 "rolling mill). Found with 'United States v. Alcoa Inc. and Reynolds Metals Company Proposed Final Judgment and "
 "Competitive Impact Statement' (rank 1). "
 + CHECK + "'Reynolds Metals', 'Worsley', 'Corpus Christi' with Reynolds, '38574', '00-CV-954', 'Fones': 0 in the "
 "corpus files' texts, the scripts and the pools ('Alcoa' only in other matters: train wp-graeme-hart, Reynolds "
 "Packaging of 2008; train wp-pechiney and dev wp-rio-tinto-alcan, Alcan's spin-off from Alcoa; dev "
 "wn-apache-pipeline-fire-varanus-island-western-2008, Alcoa as a gas user; grep -o printed the matching words only).",
 True))

# ---- Premdor / Masonite, Federal Register notice, 28 August 2001 -----------------------------------------------------
U2 = "http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=2001_register&docid=01-21645-filed"
U2P = ("https://indexarticles.com/reference/us-department-of-justice/justice-department-requires-divestiture-in-"
       "premdor-inc-s/")
U2E = "http://federal.elaws.us/fr/2/15/2002/02-3804"
T2 = ("United States v. Premdor Inc., Premdor U.S. Holdings, Inc., International Paper Company, and Masonite "
      "Corporation; Proposed Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-premdor-masonite-proposed-final-judgment-2001", U2, "2001-08-28", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Secs. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement were filed with "
 "the U.S. District Court for the District of Columbia in United States v. Premdor Inc., Premdor U.S. Holdings, "
 "Inc., International Paper Company, and Masonite Corporation, Civ. Action No. 1:01CV01696. On August 3, 2001, the "
 "United States filed a Complaint alleging that Premdor Inc.'s acquisition of Masonite Corporation and related "
 "assets would violate section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed the same time "
 "as the Complaint, requires defendants to divest Masonite Corporation's doorskin manufacturing facility located in "
 "Towanda, Pennsylvania.\n\n"
 "Copies of the Complaint, proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact "
 "Statement are available for inspection at the U.S. Department of Justice, Antitrust Division, 325 Seventh Street, "
 "NW., Room 215, Washington, DC 20530 (telephone: 202-514-2481), and at the Clerk's Office of the United States "
 "District Court for the District of Columbia, Washington, DC.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will "
 "be published in the Federal Register and filed with the Court.",
 "building products manufacturing", "deal,regulatory",
 att(T2, "66 FR 45326, FR Doc. 01-21645", "2001-08-28",
     "the Government Publishing Office's Federal Register Online (frwebgate.access.gpo.gov) gives it", U2),
 FRW,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 28 August 2001 (66 FR 45326-45339, FR Doc. "
 "01-21645; kept as `published`), the GPO text as frwebgate.access.gpo.gov gives it. Left out: the GPO header lines "
 "('[Federal Register Volume 66, Number 167 (Tuesday, August 28, 2001)]', '[Notices]', '[Pages 45326-45339]', 'From "
 "the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 01-21645]'), the "
 "rule lines, 'DEPARTMENT OF JUSTICE' and the notice's heading (kept as `title`, its line wraps joined). The GPO "
 "text's line wraps are joined with a space and its indented paragraphs separated by blank lines; the GPO text runs "
 "'Pennsylvania.Copies' together with no space: split there at the sentence end as a paragraph break (whitespace "
 "only; the next sentence begins the address paragraph, as the lane's other notices print it). Cut after the third "
 "paragraph's second sentence ('... filed with the Court.'), before 'Comments should be directed to J. Robert Kramer "
 "II, Chief, Litigation II Section, Antitrust Division, U.S. Department', where the excerpt stops (`truncated`: the "
 "section chief's address, the signature and the Competitive Impact Statement are not in the kept text). Kept as "
 "written: 'Secs. 16(b)-(h)', lower-case 'section 7', 'filed the same time' without 'at', the straight apostrophes, "
 "'NW.'. One text per event: the Department's press release of 3 August 2001 came back only as indexarticles.com's "
 "copy (" + U2P + ", its lines broken by blank lines so that its paragraphs cannot be told; not used, a lead); the "
 "Division's complaint, Competitive Impact Statement, Hold Separate Stipulation and final judgment (justice.gov, "
 "corpora.tika.apache.org, scribd) are court papers, and the public comment and response of 15 February 2002 "
 "(" + U2E + ") a later notice; not taken. Found with 'United States v. Premdor Inc. International Paper Company "
 "Masonite Proposed Final Judgment Competitive Impact Statement' (rank 1), batch 42w's lead. "
 + CHECK + "'Premdor', 'Masonite', 'Towanda', 'doorskin', '01-21645', '45326', '01CV01696': 0 in the corpus files' "
 "texts, the scripts and the pools ('Premdor', 'Masonite' and '45326' only in GATHERING.md, as batch 42w's lead).",
 True))

# ---- GE / Instrumentarium, Antitrust Division press release, 16 September 2003 ---------------------------------------
U3 = "http://www.justice.gov/atr/public/press_releases/2003/201271.htm"
U3N = "http://www.justice.gov/atr/cases/f202400/202436d.htm"
U3R = "https://webarchive.library.unt.edu/eot2008/20081105111108/http://edocket.access.gpo.gov/2004/04-1901.htm"
T3 = "Settlement Preserves Competition in the Sale of Critical Care Monitors and C-Arms"
R.append(federal(
 "us-doj-general-electric-instrumentarium-divest-spacelabs-ziehm-2003", U3, "2003-09-16", T3,
 "WASHINGTON, D.C. \u2014 The Department of Justice reached a settlement today with General Electric Corporation (GE) "
 "which requires the company to divest two Instrumentarium OYJ businesses \u2014 its Spacelabs patient monitor "
 "business and its Ziehm C-arm business \u2014 in order for GE to proceed with its acquisition of Instrumentarium. "
 "The Department said that the acquisition, as originally proposed, would lessen competition in the sale of monitors "
 "used for patients requiring critical care and mobile C-arms used for basic surgical and vascular procedures, and "
 "would likely result in higher prices or reduced quality for consumers.\n\n"
 "The Department's Antitrust Division filed a lawsuit today in U.S. District Court in Washington, D.C. to block the "
 "original transaction. At the same time, the Department filed a proposed consent decree that, if approved by the "
 "court, would resolve the Department's competitive concerns and the lawsuit.\n\n"
 "\"These divestitures will preserve competition in the sale and development of important medical devices and will "
 "prevent anticompetitive harm to healthcare providers and their patients,\" said R. Hewitt Pate, Assistant "
 "Attorney General in charge of the Department's Antitrust Division.\n\n"
 "Critical care patient monitors are medical devices used by hospitals and other healthcare facilities to measure "
 "and display the vital physiologic signs of patients in serious medical condition.",
 "medical devices", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 2003-09-16, US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 ATRPR,
 "The Justice Department's press release on justice.gov's Antitrust Division pages. Left out: the page's format "
 "note ('This document is available in two formats: ... please contact the Antitrust Documents Group.'), the "
 "letterhead lines ('U.S. Department of Justice Seal and Letterhead', '(202) 514-2007', 'TDD (202) 514-1888') and "
 "the heading (kept as `title`: the only heading the excerpt holds). Cut after the fourth paragraph's first "
 "sentence ('... in serious medical condition.'), before 'Mobile C-arms developed for basic surgical and vascular "
 "procedures are full-size, fluoroscopic x-ray machines that provide', where the excerpt stops (`truncated`: the "
 "rest of the release is not in the kept text). The excerpt holds no date line: `published` 16 September 2003, the "
 "day the release says the lawsuit was filed ('filed a lawsuit today'), which the Division's Federal Register "
 "notice (68 FR, 12 November 2003, justice.gov " + U3N + ": 'On September 16, 2003, the United States filed a "
 "Complaint') and its response to comments (69 FR 4318, 29 January 2004, " + U3R + ") give; healthimaging.com's "
 "report has the settlement on 16 September too. Kept as written: 'General Electric Corporation (GE)' (the company "
 "is General Electric Company in the court papers), 'Instrumentarium OYJ' in capitals, the spaced em dashes, the "
 "straight quotation marks and apostrophes, 'U.S. District Court in Washington, D.C.' without a comma after it. One "
 "text per event: the release chosen over the Federal Register notice (justice.gov's copy of the printed page starts "
 "on another agency's notice and the notice itself breaks off in its second paragraph), the court papers (scribd, "
 "justice.gov) and healthimaging.com's news report (copyrighted) not used. Found with 'United States v. General "
 "Electric Company and Instrumentarium Oyj Proposed Final Judgment Competitive Impact Statement' (the notice, rank "
 "1) and '03-28278 United States v. General Electric Company & Instrumentarium OYJ Spacelabs Ziehm C-arm divest "
 "Notice is hereby given' (the release, rank 4), batch 42w's lead. "
 + CHECK + "'Instrumentarium', 'Spacelabs', 'Ziehm', 'Hewitt Pate', '03CV01923', '03-28278': 0 in the corpus files' "
 "texts, the scripts and the pools ('Instrumentarium' only in GATHERING.md, as batch 42w's lead; 'Hewitt Pate' "
 "only in the check note of train us-doj-federal-register-cingular-att-wireless-divestitures-2004); 'General "
 "Electric' only in other matters (six corpus files by name, among them test wp-alstom-company-history, where "
 "grep -o printed only 'the British General Electric Company' and its name field). The Division's 2015 GE/Alstom "
 "notice (80 FR 57205, thefederalregister.org and justia) was not taken: 'General Electric's proposed acquisition of "
 "Alstom S.A.'s power-related businesses' is an asset purchase, and Alstom's history is in the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
