#!/usr/bin/env python3
"""Batch 41k (session 42, gatherer 41k): company deals told in US federal public-domain texts (17 U.S.C. 105) of the
Justice Department and its Antitrust Division, a round of session 42 after batch 41h in the DOJ merger lane of
batches 16e, 21c, 22b, 40zi, 40zk, 41c and 41h, first-party text only:
  - the Department's lawsuit against Daily Gazette Company and MediaNews Group Inc. over Daily Gazette Company's
    2004 acquisition of the Daily Mail, Charleston, West Virginia's second daily newspaper (Office of Public Affairs
    press release 07-378 in justice.gov's archive, 22 May 2007);
  - the Antitrust Division's Federal Register notice on Cingular Wireless Corp.'s proposed $41 billion acquisition of
    AT&T Wireless Services, Inc. and the divestitures required in eleven states, Cingular named as jointly owned by
    BellSouth Corporation and SBC Communications, Inc. (69 FR 65633, 15 November 2004, as casetext.com reproduces it,
    checked against GPO Access's text as the UNT End of Term 2008 web archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome, the release's letterhead lines,
headlines (kept as `title`), sub-headings and date lines (kept as `published`) are left out; each text is cut at the
last full sentence before its excerpt breaks off. No word added or changed. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch41k.py [POOL_DIR] [--dry]   (default /tmp/gather42k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42k/pool"
OPA = "US Justice Department press release (justice.gov, Office of Public Affairs archive) from the search tool page store"
FRC = "US Justice Department Antitrust Division Federal Register notice as casetext.com reproduces it (page store)"
R = []

# ---- Daily Gazette Company / MediaNews Group, Office of Public Affairs, 22 May 2007 ---------------------------------
U1 = "http://www.justice.gov/opa/pr/2007/May/07_at_378.html"
R.append(federal(
 "us-doj-daily-gazette-medianews-charleston-daily-mail-lawsuit-2007", U1, "2007-05-22",
 "Justice Department Files Antitrust Lawsuit Against Daily Gazette Company and Medianews Group",
 "WASHINGTON \u2014 The Department of Justice filed a civil antitrust lawsuit today in U.S. District Court in "
 "Charleston, W.Va., alleging that the Daily Gazette Company and MediaNews Group Inc. (MediaNews) violated the "
 "antitrust laws when they entered a series of transactions in May 2004 that resulted in the acquisition by Daily "
 "Gazette Company of the Daily Mail newspaper from MediaNews. The Department\u2019s lawsuit seeks an order "
 "requiring the parties to undo their transactions and restore the competition that existed before May 2004.\n\n"
 "The Department\u2019s complaint alleges that Daily Gazette Company, owner and publisher of The Charleston Gazette, "
 "bought the Daily Mail with the purpose and intent to shut it down, and began using its new control over that "
 "newspaper to initiate the termination of the second paper, but suspended those actions in December 2004 when the "
 "Department learned of the transactions and began an investigation. The Charleston Gazette and the Daily Mail are "
 "the only two daily newspapers in Charleston, W.Va.\n\n"
 "Until 2004, Daily Gazette Company and MediaNews operated within a joint operating agreement (JOA) and each owned "
 "a 50 percent interest in an entity called, Charleston Newspapers, which performed many of the commercial "
 "functions of The Charleston Gazette and Daily Mail. In May 2004, Daily Gazette Company acquired MediaNews\u2019 "
 "ownership interest in the JOA and ownership of the Daily Mail. As a result, Daily Gazette Company now owns all of "
 "the assets and controls all of the business operations of the only two daily newspapers in Charleston, W.Va.",
 "newspapers/media", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release 07-378 ('Justice Department Files Antitrust "
 "Lawsuit Against Daily Gazette Company and Medianews Group'), 2007-05-22, US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release in justice.gov's archive of Office of Public Affairs releases (2007, "
 "release 07-378 by its address, an Antitrust Division matter). Left out: the letterhead lines 'Department of "
 "Justice Seal Department of Justice', 'FOR IMMEDIATE RELEASE', the date line 'TUESDAY, MAY 22, 2007' (kept as "
 "`published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888', the headline (kept as `title`, its "
 "two printed lines joined with a space; 'Medianews' as the headline spells it) and the sub-heading 'Lawsuit Seeks "
 "to Restore Competition Between Owners of Charleston, West Virginia\u2019s Only Two Daily Newspapers'. Cut before "
 "the fourth paragraph ('\u201cWhen Daily Gazette Company acquired the Daily Mail with the', where the excerpt "
 "stops mid-sentence; `truncated`: Assistant Attorney General Thomas O. Barnett's quotation, per the news copies, "
 "is not in the kept text). Kept as written: the dateline 'WASHINGTON \u2014' with its em dash, the comma in 'an "
 "entity called, Charleston Newspapers', 'MediaNews\u2019' and the other curly apostrophes, 'W.Va.' at the end of "
 "the second and third paragraphs (the abbreviation's full stop closing the sentence), 'The Charleston Gazette' "
 "with 'The' capitalised. One text per event: the complaint (the UNT End of Term 2008 archive's copy of "
 "usdoj.gov/atr/cases/f223400/223469.htm: a court paper, not news-shaped), news and blog accounts "
 "(wvbusinesslitigationblog, dbmlawgroup, yournameoffice, wvrecord, editorandpublisher) and the Department's "
 "settlement release of January 2010 (a later event, only as an apostille.us reprint) left out. Found with "
 "'Justice Department Sues to Restore Competition Charleston Gazette Charleston Daily Mail Daily Gazette Company "
 "MediaNews Group press release' (rank 2), after the UNT archive's copy of the complaint came back (rank 3) for "
 "'This document is available in three formats U.S. Department of Justice Seal and Letterhead FOR IMMEDIATE "
 "RELEASE JUSTICE DEPARTMENT REQUIRES DIVESTITURE merger to proceed 2007'. "
 + CHECK + "'Daily Gazette', 'MediaNews', 'Charleston Gazette', 'Charleston Newspapers', 'Charleston Daily Mail', "
 "'07_at_378': 0 in the corpus, GATHERING.md, the scripts and the pools.", True))

# ---- Cingular / AT&T Wireless, Federal Register notice, 15 November 2004 --------------------------------------------
U2 = ("https://casetext.com/federal-register/united-states-v-cingular-wireless-corporation-sbc-communications-inc-"
      "bellsouth-corporation-and-att-wireless-services-inc-competitive-impact-statement-proposed-final-judgment-"
      "complaint-preservation-of-assets-stipulation-and-order")
U2G = ("https://webarchive.library.unt.edu/eot2008/20090115172011/http://edocket.access.gpo.gov/2004/"
       "04-25323.htm")
R.append(federal(
 "us-doj-federal-register-cingular-att-wireless-divestitures-2004", U2, "2004-11-15",
 "United States v. Cingular Wireless Corporation, SBC Communications Inc., BellSouth Corporation, and AT&T Wireless "
 "Services, Inc.; Competitive Impact Statement, Proposed Final Judgment, Complaint, Preservation of Assets "
 "Stipulation and Order",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "Complaint, proposed Final Judgment, Preservation of Assets Stipulation and Order, and Competitive Impact Statement "
 "have been filed with the U.S. District Court for the District of Columbia in United States v. Cingular Wireless "
 "Corps., Civil Case No. 1:04CV01850 (RBW). On October 25, 2004, the United States, along with the Attorneys "
 "General from the states of Connecticut and Texas, filed a complaint alleging that the proposed acquisition of "
 "AT&T Wireless Services, Inc. (\u201cAT&T Wireless\u201d) by Cingular Wireless Corp. (\u201cCingular\u201d), "
 "which is jointly owned by BellSouth Corporation (\u201cBellSouth\u201d) and SBC Communications, Inc. "
 "(\u201cSBC\u201d), would violate Section 7 of the Clayton Act, 15 U.S.C. 18, by substantially lessening "
 "competition in the provision of mobile wireless telecommunications services and mobile wireless broadband "
 "services. The proposed Final Judgment, filed at the same time as the Complaint and Preservation of Assets "
 "Stipulation and Order, requires Cingular to divest assets in eleven states\u2014Connecticut, Georgia, Kansas, "
 "Kentucky, Louisiana, Massachusetts, Missouri, Michigan, Oklahoma, Tennessee, and Texas\u2014in order to proceed "
 "with Cingular Wireless's $41 billion cash acquisition of AT&T Wireless. A Competitive Impact Statement filed by "
 "the United States on October 29, 2004 describes the Complaint, the proposed Final Judgment, the industry, and "
 "the remedies available to private litigants who may have been injured by the alleged violation.",
 "telecommunications", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice 'United States v. Cingular Wireless "
 "Corporation, SBC Communications Inc., BellSouth Corporation, and AT&T Wireless Services, Inc.; Competitive Impact "
 "Statement, Proposed Final Judgment, Complaint, Preservation of Assets Stipulation and Order' (69 FR 65633, FR Doc. "
 "04-25323), 2004-11-15, US federal government work (public domain); text as casetext.com reproduces the notice, "
 "from the search tool's page store at " + U2,
 FRC,
 "The Antitrust Division's notice in the Federal Register of Monday, 15 November 2004 (69 FR 65633-65654, FR Doc. "
 "04-25323, DOCID fr15no04-105; kept as `published`) as casetext.com reproduces its text. Checked word for word "
 "against GPO Access's text of the notice as the UNT Libraries' End of Term 2008 web archive holds it (" + U2G +
 "), which runs to '... cash acquisition of AT&T' and gives the same words, with '--' for the two dashes and "
 "double backquotes and apostrophes for the quotation marks; casetext chosen because its excerpt runs a sentence "
 "further (as batch 40zk chose casetext). Left out: the host's heading (kept as `title`, with the spaces of GPO's "
 "heading: casetext prints 'United Statesv.Cingular'), 'Download PDF', 'Federal Register', the date and citation "
 "lines ('Nov 15, 2004', '69 Fed. Reg. 65633 (Nov. 15, 2004)'). Cut before the paragraph 'Copies of the Complaint, "
 "proposed Final Judgment, Preservation of Assets Stipulation and Order, ...', where the excerpt stops "
 "mid-sentence (`truncated`: the Competitive Impact Statement that follows is not in the kept text). Kept as "
 "written: casetext's curly double quotation marks around the defined names and unspaced em dashes around the "
 "list of states, the straight apostrophe in 'Cingular Wireless's', 'Cingular Wireless Corps.' in the case name, "
 "'SBC Communications, Inc.' with a comma (the heading has none), 'eleven states'. One text per event: the "
 "Department's press release of 25 October 2004 was not found in the page store (queries on its headline, its "
 "first sentence and the justice.gov letterhead brought back news: CNN Money, CBS News, Fox News, internetnews, "
 "techlawjournal, thestreet, the Chicago Tribune, mobiletracker; not taken), naag.org's case summary and news of "
 "the later divestiture sales (wraltechwire, mobiletracker) left out. Found with 'U.S. Department of Justice Seal "
 "and Letterhead FOR IMMEDIATE RELEASE WWW.USDOJ.GOV JUSTICE DEPARTMENT REQUIRES DIVESTITURES IN CINGULAR'S "
 "ACQUISITION OF AT&T WIRELESS' (rank 1; GPO's text rank 2). "
 + CHECK + "'AT&T Wireless Services', 'Cingular Wireless Corp', '1:04CV01850', '65633', 'Hewitt Pate': 0 in the "
 "corpus, GATHERING.md, the scripts and the pools; 'Cingular' only in other matters by the files' names (Digicel, "
 "AT&T/BellSouth 2006, Sprint/Nextel, Wikinews phone, music and mobile-pact stories; GATHERING.md names "
 "Cingular/AT&T Wireless only as batch 40zi's and 41h's leads); 'AT&T Wireless' only in two 2024 network-outage "
 "texts by their names (another matter); no corpus file names Cingular within 100 characters of AT&T Wireless.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
