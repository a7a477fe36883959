#!/usr/bin/env python3
"""Batch 45d (session 46, gatherer 45d): two matters of 2000 and after told in US federal public-domain texts of the
Justice Department (17 U.S.C. 105), a round of session 46 after batch 44n in the DOJ lane of batches 16e, 21c, 22b,
40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44c, 44f,
44j and 44n, 2000 and after, with the corporate-case releases of batches 39s, 40d, 40h, 41p, 42h and 44n, first-party
or Federal Register text only, network equipment and residential broadband, 2000-2004:
  - the Justice Department's release 'CHARGES FILED AGAINST FORMER EXECUTIVES OF ENTERASYS NETWORK SYSTEMS, INC.' on
    the indictment of Robert J. Gagalis, Bruce D. Kay and Gayle Spence, announced by Assistant Attorney General
    Christopher A. Wray of the Criminal Division and Acting United States Attorney Peter E. Papps for the District of
    New Hampshire, 'Enterasys succeeded Cabletron Systems, Inc., when the two companies merged in August 2001'
    (usdoj.gov, Office of Public Affairs, 19 May 2004, as the UNT Libraries' End of Term 2008 web archive holds it);
  - the Antitrust Division's notice on United States v. AT&T Corp. and MediaOne Group, Inc., 'the proposed
    acquisition of MediaGroup, Inc. ("MediaOne") by AT&T Corp.', AT&T to divest 'the 34% equity interest and
    significant management interest in ServiceCo., LLC', which 'operates under the trade name "Road Runner"'
    (Federal Register, 65 FR 38584, 21 June 2000, as casetext.com reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The archive's and host's headings, the seal,
release lines, date lines and citation lines (the headings kept as `title`) and the notice's signature are left out;
each text is cut at the last full sentence or paragraph the excerpt gives. No word added or changed: the notice keeps
its misprint 'MediaGroup, Inc.'. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45d.py [POOL_DIR] [--dry]   (default /tmp/gather46d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att
from batch41k import FRC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46d/pool"
OPA_ARC = ("US Justice Department press release (usdoj.gov, Office of Public Affairs, as the UNT Libraries' End of Term "
           "2008 web archive holds it) from the search tool page store")
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script (the session-45 scripts batch44a.py to batch44v.py included) and the session-46 pools present "
         "(/tmp/gather46a/pool, /tmp/gather46b/pool and /tmp/gather46c/pool; no session-45 pool was left in /tmp): ")
R = []

# ---- Enterasys / Cabletron, Office of Public Affairs release, 19 May 2004 (UNT End of Term 2008 archive) ----------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090507181828/http:/www.usdoj.gov/opa/pr/2004/May/"
      "04_crm_345.htm")
U1N = "http://classactiontimes.com/entry/Former-Enterasys-Networks-Execs-Convicted"
T1 = "CHARGES FILED AGAINST FORMER EXECUTIVES OF ENTERASYS NETWORK SYSTEMS, INC."
R.append(federal(
 "us-doj-enterasys-former-executives-gagalis-kay-spence-indicted-2004", U1, "2004-05-19", T1,
 "WASHINGTON, D.C. - Assistant Attorney General Christopher A. Wray of the Criminal Division and Acting United States "
 "Attorney Peter E. Papps for the District of New Hampshire today announced the filing of an indictment against "
 "three former executives of Enterasys Network Systems, Inc., a computer hardware and software corporation "
 "previously headquartered in Rochester, New Hampshire, on fraud and related charges. In addition, a fourth "
 "executive pleaded guilty to related charges on May 17, 2004.\n\n"
 "The charges against the indicted defendants stem from an alleged revenue recognition scheme that involved altering "
 "and backdating contracts, entering into secret side deals and making false representations in filings to the U.S. "
 "Securities and Exchange Commission (SEC), in company press releases and to the company\u2019s outside auditors.\n\n"
 "Enterasys succeeded Cabletron Systems, Inc., when the two companies merged in August 2001. Enterasys stock is "
 "publicly traded as ETS on the New York Stock Exchange. Enterasys is now headquartered in Andover, Massachusetts.\n\n"
 "The 15-count indictment charges the three former executives with conspiracy, securities fraud, wire fraud and mail "
 "fraud. The indictment names: New Hampshire resident Robert J. Gagalis, 49, former executive vice president and "
 "chief financial officer; Maine resident Bruce D. Kay, 52, former senior vice president of finance; and New "
 "Hampshire resident Gayle Spence, a/k/a Gayle S. Luacaw, 45, former vice president and director of internal "
 "sales.\n\n"
 "\u201cThe public is entitled to honest books that reflect the real value of a company,\u201d said Assistant Attorney "
 "General Wray. \u201cWhen corporate executives allegedly cook the books to create the illusion of success, they "
 "undermine the integrity of the marketplace.\u201d",
 "network equipment", "legal,executives",
 "U.S. Department of Justice, press release '" + T1 + "', 2004-05-19, US federal government work (public domain); "
 "text as the UNT Libraries' End of Term 2008 web archive holds usdoj.gov's page (opa/pr/2004/May/04_crm_345.htm), "
 "from the search tool's page store at " + U1,
 OPA_ARC,
 "The Justice Department's press release of Wednesday, 19 May 2004 on usdoj.gov (opa/pr/2004/May/04_crm_345.htm, "
 "the Criminal Division's, 'CRM') as the End of Term 2008 web archive of the UNT Libraries holds it (batches 41h, "
 "43q, 43v and 44f took usdoj.gov releases from that archive the same way). Left out: 'Department of Justice Seal "
 "Department of Justice', the lines 'FOR IMMEDIATE RELEASE', 'WEDNESDAY, MAY 19, 2004' (kept as `published`), "
 "'WWW.USDOJ.GOV', 'CRM', '(202) 514-2008', 'TDD (202) 514-1888' and the headline (kept as `title`, its two lines "
 "joined: 'FORMER' + 'EXECUTIVES'). Kept to the end of the excerpt, which stops after the fifth paragraph, Wray's "
 "quotation ('... they undermine the integrity of the marketplace.'); `truncated` set: a release of this form goes "
 "on (the U.S. Attorney's words, the fourth executive's plea, the penalties), and none of that is in the page "
 "store's excerpt. Kept as written: the dateline 'WASHINGTON, D.C. -' with its hyphen, 'Enterasys Network Systems, "
 "Inc.' (the company's name in the release; news calls it Enterasys Networks, Inc.), 'a/k/a', 'ETS', the lower-case "
 "titles ('former executive vice president and chief financial officer'), the curly apostrophe and quotation marks. "
 "261 words. One text per matter: the Department's release on the December 2006 verdicts (only as "
 + U1N + "'s copy: a third-party copy, and a later event of the same matter), news (crn and deseret (AP), "
 "archive.boston.com, si.frajer (Bloomberg), nhbr (four), fosters) not taken. Found with 'United States Attorney "
 "District of New Hampshire Enterasys Networks former executives indicted securities fraud press release' (rank 5) "
 "and again at rank 1 with the headline's words. GATHERING.md names Enterasys/Cabletron only in batch 44l's list of "
 "SEC-lane matters that gave no SEC page (no text taken, no reason against the matter; batch 44r took KB Home from "
 "the same list). " + CHECK + "'Enterasys', 'Cabletron': 0 in the corpus files, the scripts and the pools "
 "(GATHERING.md only, batch 44l's list); 'Gagalis', 'Luacaw', 'Papps', 'Bruce D. Kay', 'Gayle Spence', "
 "'04_crm_345': 0 everywhere; no dev or test file's text read.",
 True))

# ---- AT&T / MediaOne (Road Runner), Federal Register notice, 21 June 2000 (casetext) ------------------------------
U2 = ("https://casetext.com/federal-register/proposed-final-judgment-and-competitive-impact-statement-united-states-"
      "v-att-corp-and-mediaone-group-inc")
U2P = "http://www.justice.gov/atr/public/press_releases/2000/4829.htm"
U2J = "http://www.justice.gov/atr/cases/f4800/4841.htm"
U2M = "https://webarchive.library.unt.edu/web/20090830200959/http:/justice.gov/atr/cases/f6600/6621.htm"
U2C = "https://docslib.org/doc/11510723/competitive-impact-statement"
T2 = ("Proposed Final Judgment and Competitive Impact Statement; United States v. AT&T Corp. and MediaOne Group, Inc.")
R.append(federal(
 "us-doj-federal-register-att-mediaone-road-runner-proposed-final-judgment-2000", U2, "2000-06-21", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a proposed "
 "Final Judgment and Competitive Impact Statement have been filed with the U.S. District Court for the District of "
 "Columbia in United States v. AT&T Corp. and MediaOne Group, Inc., Civil No. 00CV01176 (RCL). The United States "
 "filed a civil antitrust Complaint on May 25, 2000 alleging that the proposed acquisition of MediaGroup, Inc. "
 "(\u201cMediaOne\u201d) by AT&T Corp. (\u201cAT&T\u201d) would violate Section 7 of the Clayton Act, 15 U.S.C. 18. "
 "The proposed Final Judgment requires AT&T to divest the 34% equity interest and significant management interest "
 "in ServiceCo., LLC (\u201cServiceCo\u201d), the nation's second-largest provider of residential broadband "
 "services, which operates under the trade name \u201cRoad Runner\u201d that it would acquire through its merger "
 "with MediaOne no later than December 31, 2001.\n\n"
 "Public comment is invited within the statutory sixty-day comment period. Such comments, and responses thereto, "
 "will be published in the Federal Register and filed with the court. Written comments should be directed to "
 "Donald J. Russell, Chief, Telecommunications Task Force, 1401 H Street, NW, Washington, DC 20530 (telephone: (202) "
 "514-5621).\n\n"
 "Copies of the Complaint, proposed Final Judgment, Competitive Impact Statement are available for inspection in "
 "Room 215 of the U.S. Department of Justice, Antitrust Division, 325 Seventh Street, NW, Washington, DC 20530 "
 "(telephone: (202) 514-2481) and at the office of the Clerk of the U.S. District Court for the District of "
 "Columbia, 333 Constitution Avenue, NW, Washington, DC 20001. Copies of any of these materials may be obtained upon "
 "request and payment of a copying fee.",
 "telecommunications/residential broadband", "deal,regulatory",
 att(T2, "65 FR 38584", "2000-06-21", "casetext.com reproduces the notice", U2),
 FRC,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 21 June 2000 (65 Fed. Reg. 38584; kept as "
 "`published`) as casetext.com reproduces its text (batches 40zk, 41k and 43q took casetext's Federal Register "
 "copies the same way). Left out: the host's heading (kept as `title`, with the spaces of the case name: casetext "
 "prints 'United Statesv.AT&T Corp.'), 'Download PDF', 'Federal Register', the date and citation lines ('Jun 21, "
 "2000', '65 Fed. Reg. 38584 (Jun. 21, 2000)') and the signature ('Constance K. Robinson, Director of Operations, "
 "Antitrust Division.', left out as batches 43m and 44a left the Division's signatures out). Cut after the third "
 "paragraph ('... payment of a copying fee.'), before the signature and the Competitive Impact Statement, which "
 "breaks off at 'Un' (`truncated`). Kept as written: the misprint 'MediaGroup, Inc.' for MediaOne Group, Inc. (the "
 "sentence names the buyer and, through its defined name, the target, so it is kept rather than cut), 'ServiceCo., "
 "LLC' with a full stop (the Competitive Impact Statement has 'ServiceCo, LLC'), 'the 34% equity interest', the "
 "run-on last sentence of the first paragraph, 'Competitive Impact Statement are' (no 'and'), casetext's curly "
 "double quotation marks and straight apostrophe. 264 words. No second copy of the notice came back (no GPO, "
 "federal.elaws.us or vlex copy in the excerpts seen), so the words are casetext's, as batch 41k's Intuit notice. "
 "One text per matter: the Department's press release of 25 May 2000 (" + U2P + ": it calls the deal 'AT&T Corp.'s "
 "proposed merger with MediaOne Group Inc.' without a buyer in its excerpt), the Final Judgment (" + U2J + "), the "
 "motion for entry (" + U2M + "), the Competitive Impact Statement and complaint (" + U2C + " and docslib's other "
 "copy: court papers), the FCC filings of the same deal (docslib, ininet) not taken. Found with 'United States v. "
 "AT&T Corp. and MediaOne Group proposed final judgment competitive impact statement Road Runner Time Warner "
 "Entertainment' (rank 1) and again at rank 1 with the notice's own words. " + CHECK + "'MediaOne', 'Road Runner', "
 "'ServiceCo', '00CV01176', '38584': 0 in the corpus files, GATHERING.md, the scripts and the pools; 'Donald J. "
 "Russell' only in files and scripts on the Division's other telecommunications notices (batch 44t's AT&T / TCI, "
 "where he is in the cut sentence); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
