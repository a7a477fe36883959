#!/usr/bin/env python3
"""Batch 47a (session 48, gatherer 47a): company officers charged or judged in SEC cases told with their posts -- a
Massachusetts biotechnology company charged with fraud over what it told investors of its blood product's FDA
approval, with its former CEO, a former senior vice president and its current general counsel; three former senior
executives of a food company's former subsidiary charged over overstated results (a former president and chief
operating officer of the parent's agricultural products companies, the subsidiary's former president of North
America operations and its former controller); and judgments against a sponge company's former chief executive and
former chief financial officer -- told in three US Securities and Exchange Commission litigation releases of 2005,
2007 and 2013 (US federal government works, 17 U.S.C. 105), the first round of session 48 in the federal SEC lane
(batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p,
44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j, 46m and 46n; 43i
and 43k found nothing), on new matters (46n's leads Biopure, ConAgra and Spongetech) -- first-party SEC text, the
sec.gov pages as the search tool's page store holds them:
  - the SEC's Litigation Release No. 19376 (14 September 2005, 'SEC CHARGES MASSACHUSETTS BIOTECHNOLOGY COMPANY AND
    EXECUTIVES WITH SECURITIES FRAUD'): Biopure Corporation of Cambridge, Massachusetts, 'its former CEO Thomas
    Moore', 'former Senior Vice President of Regulatory Affairs and Operations Howard Richman', 'current General
    Counsel Jane Kober', the FDA and Hemopure (sec.gov's old 'litigation/litreleases/lrNNNNN.htm' address);
  - the SEC's Litigation Release No. 19969 (17 January 2007, 'SEC Files Financial Fraud Action Against Three Former
    Senior Executives of United Agri Products, a Former Subsidiary of ConAgra Foods, Inc.'): James Charles Blue, 'the
    former President and Chief Operating Officer of ConAgra Agri Products Companies', Randy Cook, 'the former President
    of North America Operations of United Agri Products ("UAP")', Victor Campbell, "UAP's former Controller", and UAP
    'a former subsidiary of ConAgra Foods Inc.' (sec.gov's newer 'litigation/litreleases/lr-NNNNN' address);
  - the SEC's Litigation Release No. 22586 (4 January 2013, 'SEC OBTAINS JUDGEMENTS AGAINST FORMER SPONGETECH
    EXECUTIVES MICHAEL E. METTER AND STEVEN Y. MOSKOWITZ'): Metter, 'the former Chief Executive Office of Spongetech
    Delivery Systems, Inc.', Moskowitz, "Spongetech's former Chief Financial Officer", and Judge Dora L. Irizarry
    (sec.gov's old 'litigation/litreleases/YYYY/lrNNNNN.htm' address).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, caption and heading lines
are left out (a heading kept as `title`, the release date as `published`); bullet markers cut (each item its own
paragraph, as 41s, 44r, 45k); no word added or changed; paragraphs joined by a blank line; each text cut at the last
full sentence before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run
on them).
usage: batch47a.py [POOL_DIR] [--dry]   (default /tmp/gather48a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch46a import CHECK as CHECK47   # batch45a's check note with the session-47 pools /tmp/gather47*/pool named
from batch41e import SEC_ORIGIN

CHECK = CHECK47.replace("the session-47 pools /tmp/gather47*/pool", "the session-48 pools /tmp/gather48*/pool")
assert CHECK != CHECK47
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48a/pool"
R = []

# ---- Biopure Corporation, Moore, Richman and Kober, Litigation Release No. 19376, 14 September 2005 (sec.gov) ----------
U1 = "https://sec.gov/litigation/litreleases/lr19376.htm"
T1 = "SEC CHARGES MASSACHUSETTS BIOTECHNOLOGY COMPANY AND EXECUTIVES WITH SECURITIES FRAUD"
R.append(federal(
 "us-sec-biopure-former-ceo-moore-former-senior-vice-president-richman-general-counsel-kober-fraud-2005", U1,
 "2005-09-14", T1,
 "The Commission today filed a civil fraud action against Biopure Corporation of Cambridge, Massachusetts and three "
 "top executives for misleading public statements about the company's efforts to obtain FDA approval for its primary "
 "product, a synthetic blood product, while at the same time Biopure was raising millions of dollars from investors. "
 "The action, filed in federal district court in Massachusetts, charges Biopure, its former CEO Thomas Moore, 54, of "
 "Boston, former Senior Vice President of Regulatory Affairs and Operations Howard Richman, 53, of Houston, Texas, and "
 "current General Counsel Jane Kober, 62, of Bellport, New York, with violating or aiding and abetting violations of "
 "the antifraud and reporting provisions of the federal securities laws in connection with materially misleading "
 "statements between April and December, 2003.\n\n"
 "The Commission's Complaint alleges that, beginning in April 2003, Biopure received negative information from the "
 "FDA regarding its efforts to obtain FDA approval of its synthetic blood product Hemopure but failed to disclose the "
 "information, or falsely described it as positive developments. Specifically, the Complaint alleges that in April "
 "2003, the FDA placed a clinical hold barring Biopure from conducting clinical trials of Hemopure in trauma settings "
 "such as emergency rooms, because of safety concerns about Hemopure.",
 "biotechnology/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19376, September 14, 2005 (Securities and Exchange "
 "Commission v. Biopure Corporation, Thomas Moore, Howard Richman and Jane Kober, United States District Court for the "
 "District of Massachusetts, Civil Action No. 05-11853-WGY), US federal government work (public domain); text from "
 "the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr19376.htm' address, without 'www.'): first-party text, no third-party copy. Left out: "
 "'Breadcrumb', the page's name line 'Biopure Corporation, Thomas Moore, Howard Richman and Jane Kober', the line "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 19376 / September 14, 2005' (kept as "
 "`published`), the caption ('SECURITIES AND EXCHANGE COMMISSION v. BIOPURE CORPORATION, THOMAS MOORE, HOWARD RICHMAN "
 "AND JANE KOBER, (United States District Court for the District of Massachusetts, Civil Action No. 05-11853-WGY)'), "
 "the heading (kept as `title`, in capitals as the page has it); cut after the second paragraph's second sentence "
 "('... because of safety concerns about Hemopure.'), before 'As alleged, during the next eight months, the company "
 "concealed the imposition of the clinical hold while making public statements about its plans to obtain approval "
 "fo', where the store's excerpt breaks off inside a word (`truncated`). Kept as written: 'Biopure Corporation of "
 "Cambridge, Massachusetts' with no comma after it, 'CEO' unexpanded, 'Senior Vice President of Regulatory Affairs "
 "and Operations' and 'General Counsel' with capitals, 'FDA' never expanded, 'December, 2003' with its comma, "
 "'Complaint' capitalised, the straight apostrophes. 202 words. One text per matter: the SEC's later releases on the "
 "same case (Litigation Release No. 19825 of 12 September 2006, the company's and Kober's judgments; No. 20010 of 21 "
 "February 2007, Moore's judgment, both on sec.gov), the lawprofessors blogs (two, one on Richman's 2008 judgment), "
 "cnbc, law360 and thestreet left out. Found with 'SEC Biopure Corporation chief executive officer Thomas Moore "
 "misleading FDA statements Hemopure complaint' (rank 2; rank 1 the 2007 release). "
 + CHECK + "'Biopure', 'Hemopure', 'Jane Kober', 'Howard Richman', 'Thomas Moore', 'Bellport', '19376', "
 "'05-11853': 0 in the corpus files, the gather scripts and the session-48 pools ('Biopure' only in the lead lines of "
 "46m and 46n in GATHERING.md).",
 True))

# ---- United Agri Products / ConAgra: Blue, Cook and Campbell, Litigation Release No. 19969, 17 January 2007 (sec.gov) ---
U2 = "https://www.sec.gov/litigation/litreleases/lr-19969"
T2 = ("SEC Files Financial Fraud Action Against Three Former Senior Executives of United Agri Products, a Former "
      "Subsidiary of ConAgra Foods, Inc.")
R.append(federal(
 "us-sec-united-agri-products-conagra-former-president-coo-blue-cook-controller-campbell-fraud-2007", U2,
 "2007-01-17", T2,
 "The Commission yesterday filed a civil action charging James Charles Blue, the former President and Chief Operating "
 "Officer of ConAgra Agri Products Companies, Randy Cook, the former President of North America Operations of United "
 "Agri Products (\"UAP\"), and Victor Campbell, UAP's former Controller, with participating in a fraudulent scheme to "
 "overstate UAP's operating results in 1999 and 2000. The Commission's complaint alleges that the defendants' conduct "
 "at UAP, a former subsidiary of ConAgra Foods Inc., caused ConAgra to file with the Commission, and release to the "
 "public, materially false and misleading financial statements which were included in its annual reports for 1999 "
 "and 2000. As discussed below, defendants Blue and Campbell have agreed to settle this matter without admitting or "
 "denying the allegations in the complaint.\n\n"
 "The Commission's complaint includes the following allegations:\n\n"
 "Blue, Cook and Campbell participated in a series of fraudulent accounting practices that included: (1) the improper "
 "recognition of revenue from deferred delivery sales and associated rebates from its suppliers; (2) the failure to "
 "record bad debt expenses when realized; and (3) the improper recognition of revenue from advance vendor rebates.\n\n"
 "The defendants' misconduct caused ConAgra to materially overstate its income before income taxes by $46.7 million in "
 "fiscal 1999 and $48.5 million in fiscal 2000, an overstatement of approximately 7.35% and 7.85%, respectively.",
 "food and agriculture/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19969, January 17, 2007 (Accounting and Auditing "
 "Enforcement Release No. 2542; SEC v. James Charles Blue, Randy Cook and Victor Campbell, United States District "
 "Court for the District of Colorado, Civ. Action No. 07-CV-00095 REB-MEH), US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the newer "
 "'litigation/litreleases/lr-19969' address): first-party text, no third-party copy. Left out: 'Litigation Release No. "
 "19969 / January 17, 2007' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 2542 / January "
 "17, 2007', the caption ('SEC v. James Charles Blue, Randy Cook and Victor Campbell, United States District Court for "
 "the District of Colorado, Civ. Action No. 07-CV-00095 REB-MEH (D.C. January 16, 2007)'), the heading (kept as "
 "`title`), the two bullet markers (each item its own paragraph, markers and indents cut, as 41s, 44r, 45k); cut "
 "after the second bullet's first sentence ('... 7.35% and 7.85%, respectively.'), before 'At ConAgra's Agricultural "
 "Products' segment level, the defendants' ', where the store's excerpt breaks off (`truncated`). Kept as written: "
 "'ConAgra Foods Inc.' without the comma the heading gives it, 'President and Chief Operating Officer' and "
 "'Controller' with capitals, 'United Agri Products (\"UAP\")' with its straight quotation marks, 'the defendants'' "
 "and \"UAP's\" with straight apostrophes, the numbered items '(1)' to '(3)' inside the first bullet. 217 words. One "
 "text per matter: the SEC's press release 2007-142 and Litigation Release No. 20206 (25 July 2007, the company's "
 "$45 million settlement, sec.gov) are the same accounting matter told of the company (not taken: one text per "
 "matter; this release names the posts); cfo.com (two), cnbc, just-food and the complaint on fdocuments left out. "
 "Found with 'SEC charges ConAgra Foods accounting improper practices settlement 2007 former executives' (rank 8; "
 "ranks 2 and 3 the company's release). "
 + CHECK + "'ConAgra', 'Con Agra', 'United Agri', 'Agri Products', 'James Charles Blue', 'Randy Cook', 'Victor "
 "Campbell', '19969', '07-CV-00095': 0 in the corpus files, the gather scripts and the session-48 pools ('ConAgra' "
 "only in the lead lines of 46m and 46n in GATHERING.md).",
 True))

# ---- Spongetech: Metter and Moskowitz judgments, Litigation Release No. 22586, 4 January 2013 (sec.gov) ------------------
U3 = "http://www.sec.gov/litigation/litreleases/2013/lr22586.htm"
T3 = "SEC OBTAINS JUDGEMENTS AGAINST FORMER SPONGETECH EXECUTIVES MICHAEL E. METTER AND STEVEN Y. MOSKOWITZ"
R.append(federal(
 "us-sec-spongetech-former-ceo-metter-former-cfo-moskowitz-judgments-2013", U3, "2013-01-04", T3,
 "The Securities and Exchange Commission announced that on December 18, 2012 and June 12, 2012, the Honorable Judge "
 "Dora L. Irizarry, United States District Judge for the Eastern District of New York, entered Judgments against, "
 "respectively, Michael E. Metter (\"Metter\"), the former Chief Executive Office of Spongetech Delivery Systems, Inc. "
 "(\"Spongetech\"), and Steven Y. Moskowitz (\"Moskowitz\"), Spongetech's former Chief Financial Officer.  The "
 "judgments permanently enjoin Metter and Moskowitz from violating antifraud and securities registration provisions "
 "of the federal securities laws, as well as reporting, recordkeeping, and internal controls provisions.  The "
 "Judgments also bar Metter and Moskowitz from serving as an officer or director of a public company, bar them from "
 "engaging in any offering of penny stock, and order them to pay penalties and disgorgement in amounts to be "
 "determined by the court, upon motion by the Commission.  On September 20, 2012, the Commission instituted a "
 "settled administrative proceeding suspending Moskowitz from appearing or practicing before the Commission as an "
 "accountant.",
 "consumer products/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22586, January 4, 2013 (Securities and Exchange "
 "Commission v. Spongetech Delivery Systems, Inc., RM Enterprises International, Inc., Steven Y. Moskowitz, Michael "
 "E. Metter, George Speranza, Joel Pensley and Jack Halperin, Civil Action No. 10-2031 (E.D.N.Y.)), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2013/lr22586.htm' address): first-party text, no third-party copy. Left out: 'Breadcrumb', "
 "the page's name line ('Spongetech Delivery Systems, Inc., RM Enterprises International, Inc., Steven Y. Moskowitz, "
 "Michael E. Metter, George Speranza, Joel Pensley and Jack Halperin'), the line 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', 'Litigation Release No. 22586 / January 4, 2013' (kept as `published`), the caption ('Securities and "
 "Exchange Commission v. Spongetech Delivery Systems, Inc., ... Civil Action No. 10-2031 (E.D.N.Y.) (filed May 5, "
 "2010)'), the heading (kept as `title`, in capitals, 'JUDGEMENTS' as the page spells it); cut after the first "
 "paragraph ('... before the Commission as an accountant.', the page's trailing double space dropped), before 'The "
 "Commission's complaint, filed on May 5, 2010, alleged that Metter, Moskowitz, Spongetech, and others engaged in a "
 "scheme ... by, among other t', where the store's excerpt breaks off inside a word (`truncated`). Kept as written: "
 "'the former Chief Executive Office' (sic, for 'Officer'), the double spaces after full stops as the excerpt has "
 "them, 'Judgments' capitalised twice beside 'The judgments' and 'the judgments', 'the Honorable Judge', the straight "
 "quotation marks of '(\"Metter\")', '(\"Spongetech\")' and '(\"Moskowitz\")', 'recordkeeping'. 161 words. One text "
 "per matter: the SEC's press release of 5 May 2010 on the complaint was not in the store (only securitiesdocket, "
 "courthousenews, pleasebeinformed and investorclaims retelling it, an investorshub copy of a NYT column, secactions "
 "(two), securitieslawyer101, smellydeadfish and findacase's copy of the 2011 preliminary-injunction opinion: all "
 "left out). Found with 'SEC charges Spongetech Delivery Systems Metter Moskowitz fictitious customers litigation "
 "release' (rank 2). "
 + CHECK + "'Spongetech', 'Metter', 'Moskowitz', 'RM Enterprises', 'Irizarry', 'Pensley', 'Halperin', '22586', "
 "'10-2031': 0 in the corpus files, the gather scripts and the session-48 pools ('Spongetech' only in the lead lines "
 "of 46m and 46n in GATHERING.md); 'Speranza' (cut, not in the text): one train file on the Bank of Italy "
 "(another man; file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
