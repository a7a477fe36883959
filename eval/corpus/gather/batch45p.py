#!/usr/bin/env python3
"""Batch 45p (session 46, gatherer 45p): a telecommunications-equipment maker's four former senior executives (its
former chief financial officer and chief executive, two former controllers and a former assistant controller and vice
president), a mortgage lender's former chief executive and former chairman with a bank and the bank's parent named,
and a membership-club marketer's top two former officers with its merger into a new company, told in US Securities
and Exchange Commission litigation releases of 2001, 2007 and 2011 (US federal government works, 17 U.S.C. 105), a
fourth round of session 46 after batches 45a, 45f and 45k in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j,
41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f and 45k; 43i and
43k found nothing) -- first-party SEC text, the sec.gov pages as the search tool's page store holds them:
  - the SEC's Litigation Release No. 20036 (12 March 2007, 'SEC Charges Four Former Senior Executives of Nortel
    Networks Corporation in Wide-Ranging Financial Fraud Scheme'): Frank A. Dunn ('Chief Financial Officer and Chief
    Executive Officer'), Douglas C. Beatty ('Controller and Chief Financial Officer'), Michael J. Gollogly
    ('Controller') and MaryAnne E. Pahapill ('Assistant Controller and Vice President of Corporate Reporting');
  - the SEC's Litigation Release No. 22007 (21 June 2011, 'SEC Charges Former CEO at Taylor, Bean and Whitaker
    Mortgage Corp. with Aiding-and-Abetting TARP Scheme'): Paul R. Allen, 'the former chief-executive officer at
    Taylor, Bean and Whitaker Mortgage Corp. (TBW)', 'TBW's former chairman, Lee B. Farkas', 'Colonial Bank's parent
    company -- The Colonial BancGroup, Inc.' (45k's lead, Taylor Bean & Whitaker);
  - the SEC's Litigation Release No. 16910 (28 February 2001, 'SEC CHARGES WALTER A. FORBES AND E. KIRK SHELTON,
    FORMER TOP OFFICERS OF CUC INTERNATIONAL INC., AND CENDANT CORP., ...'): 'the top two former officers of CUC
    International Inc.', 'CUC merged with HFS Incorporated on December 17, 1997, to form Cendant Corporation', SEC
    Director of Enforcement Richard H. Walker quoted (45j's and 45k's lead, lr16910).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number and caption lines and
headings are left out (the heading kept as `title`, the date as `published`); no word added or changed; each text cut
at the last full sentence before the store's excerpt breaks off (an introductory line to a cut-off bullet left out
with the bullet). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45p.py [POOL_DIR] [--dry]   (default /tmp/gather46p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46p/pool"
R = []

# ---- Nortel Networks, Dunn, Beatty, Gollogly and Pahapill, Litigation Release No. 20036, 12 March 2007 (sec.gov) ------
U1 = "https://www.sec.gov/litigation/litreleases/2007/lr20036.htm"
T1 = "SEC Charges Four Former Senior Executives of Nortel Networks Corporation in Wide-Ranging Financial Fraud Scheme"
R.append(federal(
 "us-sec-nortel-networks-four-former-executives-ceo-cfo-controllers-fraud-2007", U1, "2007-03-12", T1,
 "The Securities and Exchange Commission today filed civil fraud charges in the U.S. District Court for the Southern "
 "District of New York against four former senior executives of Nortel Networks Corporation for repeatedly engaging "
 "in accounting fraud to bridge gaps between Nortel's true performance, its internal targets and Wall Street "
 "expectations. Nortel is a Canadian manufacturer of telecommunications equipment.\n\n"
 "Named in the Commission's complaint are Frank A. Dunn, Douglas C. Beatty, Michael J. Gollogly and MaryAnne E. "
 "Pahapill. The complaint alleges that these individuals engaged in this misconduct while serving as top corporate "
 "executives of Nortel between September 2000 and January 2004. During that time, Dunn served as Chief Financial "
 "Officer and Chief Executive Officer; Beatty as Controller and Chief Financial Officer; Gollogly as Controller; and "
 "Pahapill as Assistant Controller and Vice President of Corporate Reporting.\n\n"
 "According to the Commission's complaint, from late 2000 through January 2001, Dunn, Beatty and Pahapill altered "
 "Nortel's revenue recognition policies to accelerate revenue as needed to meet forecasts and, from at least July "
 "2002 through June 2003, Dunn, Beatty and Gollogly improperly established, maintained and released reserves to meet "
 "earnings targets, fabricate profits and pay performance-related bonuses.",
 "telecommunications equipment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20036, March 12, 2007 (SEC v. Frank A. Dunn, "
 "Douglas C. Beatty, Michael J. Gollogly and MaryAnne E. Pahapill (a.k.a. Mary Anne Poland), Civil Action No. 07 CV "
 "2058 (S.D.N.Y.)), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2007/lr20036.htm): first-party text, no third-party copy. Left out: 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 20036 / March 12, 2007' (kept as `published`), 'Accounting and "
 "Auditing Enforcement Release No. 2576 / March 12, 2007', the case caption ('SEC v. Frank A. Dunn, Douglas C. "
 "Beatty, Michael J. Gollogly and MaryAnne E. Pahapill (a.k.a. Mary Anne Poland), Civil Action No. 07 CV 2058 "
 "(S.D.N.Y.)'), the heading (kept as `title`); cut after the third paragraph, before 'The complaint specifically "
 "alleges the following:' and its first bullet ('In late 2000, Beatty and Pahapill implemented changes to Nortel's "
 "revenue recognition policies that violated US GAAP, specifically to pull forward revenue to mee'), where the "
 "store's excerpt breaks off (`truncated`; the introductory line left out with the bullet it introduces). Kept as "
 "written: 'U.S. District Court', 'Chief Financial Officer', 'Controller', 'Vice President of Corporate Reporting' "
 "with capitals, 'MaryAnne' in one word, the semicolons of the list of posts, 'performance-related'. 193 words. One "
 "text per matter: investmentexecutive, rcpmag, informationweek, nbcnews (AP), lightreading (the later RCMP "
 "charges), it-online and rcrwireless left out. Found with 'SEC charges Nortel Networks former CEO Frank Dunn former "
 "CFO Douglas Beatty Michael Gollogly Maryanne Pahapill litigation release' (rank 1). "
 + CHECK + "'Gollogly', 'Pahapill', '07 CV 2058': 0 in the corpus files, GATHERING.md, the gather scripts and the "
 "pools; 'Nortel': one test text (a VOA story of 2005 on a joint venture with LG: another matter, by file name only) "
 "and its batch's lines in GATHERING.md; 'Dunn' (three corpus files: HP's Patricia Dunn and others), 'Beatty' (two "
 "corpus files), '20036' (one dev file and batch44v's script: a Washington, D.C. postal code in an address line -- a slip of this "
 "check printed that one line of the dev file, the only dev or test text seen), '2576' (two corpus files): other "
 "matters or numbers.", True))

# ---- Taylor, Bean and Whitaker, Allen and Farkas, Litigation Release No. 22007, 21 June 2011 (sec.gov) -----------------
U2 = "https://www.sec.gov/litigation/litreleases/2011/lr22007.htm"
T2 = "SEC Charges Former CEO at Taylor, Bean and Whitaker Mortgage Corp. with Aiding-and-Abetting TARP Scheme"
R.append(federal(
 "us-sec-taylor-bean-whitaker-former-ceo-allen-former-chairman-farkas-tarp-2011", U2, "2011-06-21", T2,
 "On June 17, 2011 the Securities and Exchange Commission (SEC) charged Paul R. Allen, the former chief-executive "
 "officer at Taylor, Bean and Whitaker Mortgage Corp. (TBW), which was once the nation's largest non-depository "
 "mortgage lender, with aiding-and-abetting the efforts of TBW\u2019s former chairman, Lee B. Farkas, to defraud the "
 "U.S. Treasury's Troubled Asset Relief Program (TARP).\n\n"
 "According to the SEC's complaint, filed in U.S. District Court for the Eastern District of Virginia, Farkas, with "
 "the substantial assistance of Allen, was responsible for a bogus equity investment that caused Colonial Bank to "
 "misrepresent that it had satisfied a prerequisite necessary to qualify for TARP funds. When Colonial Bank's parent "
 "company \u2014 The Colonial BancGroup, Inc. \u2014 issued a press release announcing it had obtained preliminary "
 "approval to receive $550 million in TARP funds, its stock price jumped 54 percent in the remaining two hours of "
 "trading, representing its largest one-day price increase since 1983.\n\n"
 "The SEC's complaint alleges that Farkas falsely told BancGroup that a foreign-held investment bank had committed "
 "to financing TBW's equity investment in Colonial Bank. Farkas also issued a press release on behalf of TBW "
 "announcing that TBW had secured the necessary financing for BancGroup. Contrary to his representations to "
 "BancGroup and to the investing public, Farkas never secured financing or sufficient investors to fund the capital "
 "infusion.",
 "mortgage lending/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22007, June 21, 2011 (SEC v. Allen, 1:11-CV-00657 "
 "LMB/JFA (E.D. Va.)), US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2011/lr22007.htm): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission' "
 "(twice), 'Litigation Release No. 22007 / June 21, 2011' (kept as `published`), 'Accounting and Auditing Enforcement "
 "No. 3295 / June 21, 2011', the case caption ('SEC v. Allen, 1:11-CV-00657 LMB/JFA (E.D. Va.)'), the heading (kept "
 "as `title`); cut after the third paragraph's third sentence, before its fourth ('When BancGroup and TBW later "
 "mutually announced the termination of their stock purchase agreement, essentially signaling'), where the store's "
 "excerpt breaks off (`truncated`). Kept as written: 'On June 17, 2011' with no comma after the year, "
 "'chief-executive officer' and 'aiding-and-abetting' hyphenated, the one typographic apostrophe of 'TBW\u2019s "
 "former chairman' beside the straight ones elsewhere, the em dashes around 'The Colonial BancGroup, Inc.', 'U.S. "
 "District Court' without 'the', '54 percent', 'one-day'. 220 words. One text per matter: the SEC's complaint "
 "against Farkas (2010) as scribd and vdocuments copies, the complaint against Desiree E. Brown (documents.pub), "
 "the SEC's 2010 press release on Farkas (2010-102) as a law firm's blog reprints it, an SEC official's remarks "
 "(Deloitte's DART copy), municipalsdaily (Prospect News) and secactions left out (the matter's one SEC text taken "
 "is this release on Allen). Found with 'SEC charges Taylor Bean & Whitaker chairman Lee Farkas Colonial Bank "
 "litigation release' (rank 4; 45k's lead). "
 + CHECK + "'Taylor, Bean', 'TBW', 'Farkas', 'Paul R. Allen', 'Colonial Bank', 'BancGroup', '1:11-CV-00657', '3295': "
 "0 in the corpus files, GATHERING.md, the gather scripts and the pools ('Taylor Bean' only as 45k's lead in "
 "GATHERING.md); 'TARP': two corpus files (the US auto rescue of 2008-2009: other matters, by file names only); "
 "'22007': one corpus file (a number in another text, by file name only).", True))

# ---- CUC International and Cendant, Forbes and Shelton, Litigation Release No. 16910, 28 February 2001 (sec.gov) -------
U3 = "https://www.sec.gov/litigation/litreleases/lr16910.htm"
T3 = ("SEC CHARGES WALTER A. FORBES AND E. KIRK SHELTON, FORMER TOP OFFICERS OF CUC INTERNATIONAL INC., AND CENDANT "
      "CORP., WITH DIRECTING AND PROFITING FROM A MASSIVE FINANCIAL FRAUD")
R.append(federal(
 "us-sec-cuc-international-cendant-former-officers-forbes-shelton-fraud-2001", U3, "2001-02-28", T3,
 "The Securities and Exchange Commission today filed a civil enforcement action in the U.S. District Court for the "
 "District of New Jersey against Walter A. Forbes and E. Kirk Shelton, the top two former officers of CUC "
 "International Inc. (\"CUC\"), alleging that they directed a massive financial fraud while selling millions of "
 "dollars worth of the company's common stock. For the period 1995-1997 alone, pre-tax operating income reported to "
 "the public by CUC was inflated by an aggregate amount of over $500 million. The Commission, among other relief, "
 "seeks disgorgement of their fraudulent stock gains (with prejudgment interest), payment of civil money penalties, "
 "orders barring Forbes or Shelton from serving as an officer of a public company, and injunctions against "
 "violations of the federal securities laws.\n\n"
 "CUC merged with HFS Incorporated on December 17, 1997, to form Cendant Corporation (\"Cendant\"). The litigation "
 "results from the Commission's investigation of a long-running financial fraud that began at CUC in the 1980s and "
 "continued until its discovery and disclosure by Cendant in April 1998. Upon disclosure of the fraud, the price of "
 "Cendant common stock plummeted, causing billions of dollars in losses for investors.\n\n"
 "SEC Director of Enforcement Richard H. Walker said, \"As this case graphically illustrates, large, complex, and "
 "long-running financial frauds often originate at the highest levels of a company.",
 "membership services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16910, February 28, 2001 (Securities And Exchange "
 "Commission v. Walter A. Forbes and E. Kirk Shelton, Civil Action No. 01-987(AJL) (D.N.J. Feb. 28, 2001)), US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr16910.htm): first-party text, no third-party copy. Left out: 'Litigation Release No. "
 "16910 / February 28, 2001' (kept as `published`), 'ACCOUNTING AND AUDITING ENFORCEMENT RELEASE NO. 1372', the case "
 "caption ('Securities And Exchange Commission v. Walter A. Forbes and E. Kirk Shelton, Civil Action No. "
 "01-987(AJL) (D.N.J. Feb. 28, 2001)'), the heading (kept as `title`, in capitals as printed); cut after the first "
 "sentence of Richard H. Walker's quotation, before its second ('When senior officers entrusted by investors to run "
 "public companies engage in fraud, the Commission will respond aggressively to assure continued investor co'), "
 "where the store's excerpt breaks off (`truncated`; the quotation's opening mark kept and left unclosed, as the "
 "record gives it and as batches 15c and 27b kept such marks: no mark added). Kept as written: the straight "
 "quotation marks around 'CUC' and 'Cendant', '1995-1997', 'pre-tax', 'dollars worth' without an apostrophe, "
 "'long-running', 'SEC Director of Enforcement' capitalised. 219 words. One text per matter: the SEC's Litigation "
 "Release No. 21356 (2009, Forbes's settled final judgment in the same action) left out for this first release; "
 "si.frajer (Bloomberg), accountingweb, alta.org (Inman), latimes (Bloomberg), nysun and preceden left out. Found "
 "with 'SEC litigation release Cendant CUC International Walter Forbes Kirk Shelton accounting fraud' (rank 1; 45j's "
 "and 45k's lead). "
 + CHECK + "'Cendant', 'CUC International', '16910': only the leads of 45j and 45k in GATHERING.md; 'Walter A. "
 "Forbes', 'E. Kirk Shelton', 'HFS', 'Richard H. Walker', '01-987', '21356': 0 in the corpus files, GATHERING.md, "
 "the gather scripts and the pools; 'Shelton': two lines of GATHERING.md (the same leads); '1372': one corpus file "
 "(a number in another text, by file name only); 'Forbes' (the magazine, many files): other matters.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
