#!/usr/bin/env python3
"""Batch 51zh (session 52, gatherer 51zh): three SEC litigation releases of 1996, 1999 and 2004 naming listed companies,
their officers with their posts and the firms around them -- Competitive Technologies, Inc. (CTT), a small technology
company of Fairfield, Connecticut, its former CEO Frank McPike and six current or former brokers (at Prudential
Securities Inc., Morgan Stanley Dean Witter, Finance 500 and Shamrock Partners) sued over a scheme to manipulate CTT's
stock; Itex Corporation, a barter exchange company once listed on the NASDAQ Small Cap Market, its founder and control
person Terry L. Neal and four members of its management at the time, sued over inflated revenues and earnings; three
former senior managers of Platinum Software Corporation (its former chief executive officer, president and chairman
Gerald R. Blackie, its former chief financial officer Jon R. Erickson and its former executive vice president and
corporate controller Mark S. Tague), settling a financial fraud action -- told in SEC litigation releases (US federal
government works, 17 U.S.C. 105), a round of session 52 in the federal SEC lane after 51zb (and 48a ... 51w, 51zb), on
new matters (51zb's leads Competitive Technologies, Itex and Platinum Software; every company, person, release number
and docket checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52
pools) -- SEC text from the search tool's page store:
  - the SEC's Litigation Release No. 18827 of 11 August 2004 (SEC v. Competitive Technologies, Inc., Chauncey D.
    Steele, et al., Civil Action No. 3:04 CV 1331 JCH (D. Conn.), as the later releases name it): Competitive
    Technologies, Inc. (CTT), Fairfield, Hartford, Steele, Kwak, Glushko, Wilson, Kocherhans, Strauss, McPike,
    Prudential Securities Inc., Morgan Stanley Dean Witter, Finance 500, Shamrock Partners, the American Stock Exchange
    (sec.gov's 'litigation/litreleases/lr18827.htm'; the stored page begins with the body: no release line, caption
    or heading);
  - the SEC's Litigation Release No. 16305 of 28 September 1999, 'SEC Files Fraud Case Against Itex Corporation' (SEC
    v. Itex Corporation, Terry L. Neal, Michael T. Baer, Graham H. Norris, Cynthia Pfaltzgraff and Joseph M. Morris,
    Civ. No. 99-1361 (HA) (D. Ore.)): Itex Corporation, the Itex Exchange, Neal, Baer, Norris, Pfaltzgraff, Morris,
    the NASDAQ Small Cap Market, the District of Oregon court (sec.gov's 'litigation/litreleases/lr16305.htm');
  - the SEC's Litigation Release No. 14905 of 9 May 1996 (Securities and Exchange Commission v. Gerald R. Blackie, Jon
    R. Erickson and Mark S. Tague, Civ. No. 96-1059 (TPJ) (D.D.C.)): Platinum Software Corporation, Blackie,
    Erickson, Tague, the District of Columbia court (sec.gov's plain-text 'litigation/litreleases/lr14905.txt' as the
    UNT Libraries' End of Term 2008 web archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome (the UNT copy's '=====START OF PAGE
1======' line, 'SECURITIES AND EXCHANGE COMMISSION', 'Washington, D.C.'), the release lines, the captions (with their
docket numbers) and headings are left out (a heading kept as `title`; where a release has no heading, its caption's
party names are the title, as 51zb; where the stored page has neither, `title` is null, as 47e's and 51zb's
predecessors' Clarent and Interspeed files; the release date as `published`); no word added or changed; paragraphs
joined by a blank line as the store gives them (the plain-text Platinum release comes as one run of text); each text
cut at the last full sentence before the store's excerpt breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zh.py [POOL_DIR] [--dry]   (default /tmp/gather52zh/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
SEC_ARC = "US SEC release on sec.gov as a federal web archive holds it (search tool page store)"   # 44d's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes (its .md files; elsewhere only tokenizer and binary files match numbers) and the "
         "session-52 pools /tmp/gather52*/pool and gold (52a's to 52zf's, when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zh/pool"
R = []

# ---- Competitive Technologies / Steele et al., LR 18827 of 11 August 2004 (sec.gov) ---------------------------------
U1 = "https://www.sec.gov/litigation/litreleases/lr18827.htm"
R.append(federal(
 "us-sec-competitive-technologies-former-ceo-mcpike-six-brokers-prudential-morgan-stanley-stock-manipulation-2004", U1,
 "2004-08-11", None,
 "The Securities and Exchange Commission filed a civil fraud action today in federal court in Hartford alleging that "
 "seven individuals engaged in a nationwide scheme to manipulate and fraudulently inflate the price of stock of "
 "Competitive Technologies, Inc. (CTT), a small technology company in Fairfield, Connecticut. The defendants include "
 "six current or former brokers at four different brokerage firms, and the former CEO of Competitive Technologies, "
 "as well as the company itself. Chauncey Steele, of Cohasset, Massachusetts, allegedly orchestrated the scheme while "
 "working as a broker at the Hyannis, Massachusetts office of Prudential Securities Inc., acting in concert with "
 "Richard Kwak, of Escondido, California, a broker at Morgan Stanley Dean Witter, John Glushko of Las Vegas, Nevada, "
 "a broker at Finance 500, Stephen Wilson of Pompano Beach, Florida, a broker at Shamrock Partners at the time, and "
 "former brokers Thomas Kocherhans of Orem, Utah and Sheldon Strauss of Beachwood, Ohio. Frank McPike of Ridgefield, "
 "Connecticut, while acting as CTT's CEO, allegedly made purchases in the company's stock repurchase plan at Steele's "
 "direction in order to further the manipulative scheme and CTT is named as a defendant due to his conduct.\n\n"
 "According to the Commission's complaint, from at least 1998 through 2001, the defendants artificially raised the "
 "price of CTT stock, which is listed on the American Stock Exchange, through several manipulative practices, all "
 "designed to maximize the benefit to themselves. On almost every trading day, defendants \"painted the tape,\" that "
 "is, made multiple small purchases at arranged times and prices in order to give the misleading appearance of "
 "investor interest in the stock Their favored \"painting\" technique was \"marking the close,\" placing numerous "
 "orders at or near the close of the market in order to inflate the reported closing price.",
 "technology licensing/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18827, August 11, 2004 (SEC v. Competitive "
 "Technologies, Inc., et al., Civil Action No. 3:04 CV 1331 JCH (District of Connecticut), as Litigation Releases Nos. "
 "19320, 20388 and 20692 give the caption), US federal government work (public domain); text of the sec.gov page from "
 "the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr18827.htm'): first-party text, no third-party copy (origin SEC_ORIGIN, 41b's wording). "
 "The stored page begins with the release's first sentence: no release line, caption or heading came back, so "
 "`title` is null (as the corpus's Clarent and Interspeed releases) and `published` is taken from the SEC's own later "
 "releases in the same case (LR 19320 of 2 August 2005, LR 20388 of 7 December 2007 and LR 20692 of 28 August 2008 "
 "each say the complaint was 'filed ... on August 11, 2004'; this release says the action was filed 'today'), as "
 "CytoDyn's and Pearson's `published` came from other pages (doubtful: the release's own date line is not in the "
 "store). Cut after the second paragraph's second sentence ('... to inflate the reported closing price.'), before "
 "the third ('Defendants also allegedly made pre-arranged matched trades, so that any impact sales might have on "
 "CTT's pri'), which the store's excerpt breaks off (`truncated`). Kept as written: '(CTT)' without quotes, 'the "
 "Hyannis, Massachusetts office of Prudential Securities Inc.', 'Orem, Utah and Sheldon Strauss' (no comma after "
 "'Utah'), 'a broker at Shamrock Partners at the time', 'CEO', 'in the stock Their favored' (the full stop missing "
 "on the page: the two clauses read as one sentence), '\"painted the tape,\"', '\"painting\"', '\"marking the "
 "close,\"', the straight apostrophes. 290 words (split at whitespace). One text per matter: the later "
 "releases in the same case (LR 19320 on "
 "Steele's injunction and bar, LR 20388 on the jury verdict against Strauss, LR 20692 on Strauss's penalty), LR 17113 "
 "(2001, the subpoena enforcement against CTT director Samuel M. Fodale in the same investigation), bioworld's note "
 "and CTT's filings (times-online, financialcontent, sec.gov EDGAR) left out. Found with 'Competitive Technologies "
 "SEC litigation release 20388' (rank 1). "
 + CHECK + "'Competitive Technologies', 'McPike', 'Chauncey Steele', 'Kocherhans', 'Richard Kwak', 'Sheldon Strauss', "
 "'Prudential Securities', 'Shamrock Partners', 'Finance 500', 'Morgan Stanley Dean Witter', 'Fairfield, "
 "Connecticut', '18827', '20388', '1331 JCH': 0 in the corpus files, the scripts and the pools; 'Competitive "
 "Technologies' and '20388' in GATHERING.md and /work/notes/gather52/51zb.md only in 51zb's leads line.",
 True))

# ---- Itex Corporation / Neal et al., LR 16305 of 28 September 1999 (sec.gov) ----------------------------------------
U2 = "https://www.sec.gov/litigation/litreleases/lr16305.htm"
R.append(federal(
 "us-sec-itex-barter-exchange-founder-neal-four-managers-inflated-revenues-fraud-1999", U2, "1999-09-28",
 "SEC FILES FRAUD CASE AGAINST ITEX CORPORATION",
 "On September 27, 1999, the Securities and Exchange Commission filed a civil fraud action in the United States "
 "District Court for the District of Oregon against Itex Corporation (\"Itex\"), Terry L. Neal, Michael T. Baer, "
 "Graham H. Norris, Cynthia Pfaltzgraff and Joseph M. Morris (Civil Action 99-1361-HA). The Commission's complaint "
 "alleges that from at least December 1993 through February 1998, Itex, a company engaged in the barter exchange "
 "business and formerly listed on the NASDAQ Small Cap Market, materially inflated its revenues and earnings in "
 "financial statements filed with the Commission and in other disclosures made to the investing public. The "
 "Complaint alleges that Terry Neal, Itex's founder and control person orchestrated and implemented a broad-ranging "
 "fraudulent scheme by making materially false and misleading disclosures about the company's business and by "
 "failing to disclose numerous suspect and in many cases sham barter deals between Itex and various mysterious "
 "offshore entities related to and/or controlled by Neal. Neal was assisted in the fraud scheme by various people "
 "who, at the time, were members of Itex management, specifically, Michael Baer, Graham Norris, Joseph Morris and "
 "Cynthia Pfaltzgraff.\n\n"
 "The Complaint alleges that the defendants defrauded Itex investors by bartering assets of little or no value and by "
 "designating the value of many of Itex's assets and transactions in \"trade dollars\" rather than their far lower "
 "U.S.-dollar fair market values on its financial statements. On the Itex Exchange, members trade goods and "
 "services.",
 "barter exchange/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16305 and Accounting and Auditing Enforcement "
 "Release No. 1175, September 28, 1999, 'SEC Files Fraud Case Against Itex Corporation' (SEC v. Itex Corporation, "
 "Terry L. Neal, Michael T. Baer, Graham H. Norris, Cynthia Pfaltzgraff and Joseph M. Morris, Civ. No. 99-1361 (HA) "
 "(D. Ore. September 27, 1999)), US federal government work (public domain); text of the sec.gov page from the search "
 "tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr16305.htm'): first-party text, no third-party copy (origin SEC_ORIGIN, 41b's wording). "
 "Left out: 'SECURITIES AND EXCHANGE COMMISSION', 'LITIGATION RELEASE NO. 16305 / SEPTEMBER 28, 1999' (the date kept "
 "as `published`), 'ACCOUNTING AND AUDITING ENFORCEMENT RELEASE NO. 1175', the caption 'SEC V. ITEX CORPORATION, "
 "TERRY L. NEAL, MICHAEL T. BAER, GRAHAM H. NORRIS, CYNTHIA PFALTZGRAFF AND JOSEPH M. MORRIS, CIV. NO. 99-1361 (HA) "
 "(D. Ore. September 27, 1999)' and the heading (kept as `title`, in capitals as written). Cut after the second "
 "paragraph's second sentence ('On the Itex Exchange, members trade goods and services.'), before its third ('In "
 "lieu of trading (or bartering) such goods and services direct'), which the store's excerpt breaks off "
 "(`truncated`). Kept as written: '(\"Itex\")' in straight double quotes, '(Civil Action 99-1361-HA)' inside the "
 "text, 'Terry Neal, Itex's founder and control person orchestrated' (no comma after 'person'), 'The Complaint' with "
 "its capital (twice) beside 'The Commission's complaint', 'and/or', 'NASDAQ Small Cap Market', '\"trade dollars\"', "
 "'U.S.-dollar', the straight apostrophes. 239 words (split at whitespace). One text per matter: the "
 "Silicon Investor board copies of the complaint "
 "and Les French's posts (si.frajer.net), the BXI Trade Exchange complaint of 1997 (thefreelibrary; a private suit "
 "on other facts), Itex's 10-Q/10-K filings (capedge) and its later 8-K and derivative complaint (sec.gov EDGAR, "
 "2011 and 2016: other matters) left out. Found with 'Itex Corporation SEC complaint former officers barter "
 "litigation release' (rank 2). "
 + CHECK + "'Itex', 'Terry L. Neal', 'Terry Neal', 'Pfaltzgraff', 'Graham Norris', 'Michael Baer', '16305', "
 "'99-1361', 'barter': 0 in the corpus files, the scripts and the pools; 'Itex' in GATHERING.md and /work/notes only "
 "in 51w's and 51zb's leads lines.",
 True))

# ---- Platinum Software / Blackie, Erickson and Tague, LR 14905 of 9 May 1996 (sec.gov via the UNT web archive) ------
U3 = ("https://webarchive.library.unt.edu/eot2008/20080916062027/http://sec.gov/litigation/litreleases/"
      "lr14905.txt")
R.append(federal(
 "us-sec-platinum-software-former-ceo-president-chairman-blackie-cfo-erickson-controller-tague-fraud-1996", U3,
 "1996-05-09", "SECURITIES AND EXCHANGE COMMISSION v. GERALD R. BLACKIE, JON R. ERICKSON AND MARK S. TAGUE",
 "The Securities and Exchange Commission (\"Commission\") announced today that it filed and simultaneously settled a "
 "financial fraud action seeking permanent injunctions and monetary and other relief in the United States District "
 "Court for the District of Columbia against three former senior managers of Platinum Software Corporation "
 "(\"Platinum\" or the \"Company\") -- Gerald R. Blackie (\"Blackie\"), formerly Platinum's Chief Executive Officer, "
 "President and Chairman of the Board of Directors, Jon R. Erickson (\"Erickson\"), formerly Platinum's Chief "
 "Financial Officer, who is a certified public accountant (\"CPA\"), and Mark S. Tague, formerly Platinum's Executive "
 "Vice President/Corporate Controller, who is an inactive CPA. The Complaint alleges that during 1993 and early 1994, "
 "the defendants engaged in a fraudulent accounting scheme to overstate Platinum's revenue, earnings and cash "
 "received and understate the time the Company was taking to collect its receivables, and to support these "
 "misstatements and conceal them from the Company's independent auditors, among others, by backdating and withholding "
 "documents and manipulating the Company's accounting records. According to the Complaint, the scheme involved, among "
 "other things, the improper recording of revenue from a number of license agreements that were accompanied by an "
 "undisclosed side letter giving the customer the right to cancel the agreement for a period of time, the backdating "
 "of license agreements and shipping documents to record revenue prematurely, the holding open of Platinum's books "
 "for cash received, and the arbitrary reclassification of receivables as cash.",
 "accounting software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 14905 and Accounting and Auditing Enforcement "
 "Release No. 780, May 9, 1996 (Securities and Exchange Commission v. Gerald R. Blackie, Jon R. Erickson and Mark S. "
 "Tague, Civ. No. 96-1059 (TPJ)), US federal government work (public domain); text of the sec.gov plain-text release "
 "as the UNT Libraries' web archive holds it, from the search tool's page store at " + U3,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr14905.txt, the "
 "plain-text release) as the UNT Libraries' End of Term 2008 web archive (webarchive.library.unt.edu/eot2008, capture "
 "of 16 September 2008) holds it: the SEC's own file, archived unchanged, no third-party copy (origin SEC_ARC, 44d's "
 "and 51zb's wording). The store gives the file as one run of text (its line breaks gone), so the kept text is one "
 "paragraph. Left out: the file's page marker '==========================================START OF PAGE 1======', "
 "'SECURITIES AND EXCHANGE COMMISSION', 'Washington, D.C.', 'Litigation Release No. 14905/ May 9, 1996' (the date "
 "kept as `published`), 'Accounting and Auditing Enforcement Release No. 780/ May 9, 1996' and the caption "
 "'SECURITIES AND EXCHANGE COMMISSION v. GERALD R. BLACKIE, JON R. ERICKSON AND MARK S. TAGUE (Civ. No. 96-1059) "
 "(TPJ)'; the release has no heading, so the caption's party names (in capitals as written) are the `title` "
 "(doubtful: descriptive, as 51zb's Cambridge Biotech and Cylink). Cut after the third sentence ('... the arbitrary "
 "reclassification of receivables as cash.'), before the fourth ('In addition, the Compl'), which the store's "
 "excerpt breaks off (`truncated`). Kept as written: the defined short forms in straight double quotes "
 "('(\"Commission\")', '(\"Platinum\" or the \"Company\")', '(\"Blackie\")', '(\"Erickson\")', '(\"CPA\")'), the "
 "double hyphen '--', the capitalised posts ('Chief Executive Officer, President and Chairman of the Board of "
 "Directors', 'Chief Financial Officer', 'Executive Vice President/Corporate Controller' with its slash), 'The "
 "Complaint' and 'the Company' with their capitals, 'license' (US spelling), the "
 "straight apostrophes. 234 words (split at whitespace). One text per matter: the SEC's settled administrative "
 "order against Platinum Software Corporation, John F. Keane and William B. "
 "Falk of the same day (34-37185, sec.gov's 'litigation/admin/3437185.txt'; the same accounting, the company's own "
 "proceeding), the Los Angeles Times stories of 19 April 1994, 2 June 1994 and 10 May 1996 (not open texts) and the "
 "company's 10-Q (capedge) left out. Found with 'Platinum Software Corporation SEC former officers revenue litigation "
 "release' (rank 2). "
 + CHECK + "'Platinum Software', 'Blackie', 'Jon R. Erickson', '14905', '96-1059', '37185': 0 in the corpus files, the "
 "scripts and the pools; 'Platinum Software' in GATHERING.md and /work/notes only in 51w's and 51zb's leads lines; "
 "'Tague' only inside longer words in one train file and batch 15g's scripts (another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
