#!/usr/bin/env python3
"""Batch 51i (session 52, gatherer 51i): three SEC accounting-fraud actions of 2002-2005 against public companies and
their officers -- Adelphia Communications Corp., its founder John J. Rigas, his three sons and two senior executives
(the press release that tells of the SEC's complaint and of the United States Attorney's parallel criminal charges);
Dollar General Corporation, a Tennessee-based discount retailer, with its former chief executive, chief financial
officer, controller and president (and a former accounting manager in a settled order); the former chief financial
officer and a former regional sales vice president of Cutter & Buck Inc., a Seattle clothing company -- told in an SEC
press release of 2002 and two SEC litigation releases of 2003 and 2005 (US federal government works, 17 U.S.C. 105),
the round of session 52 in the federal SEC lane beside 51d (after batches 40zm ... 47y; 48a, 48d, 48g, 48i, 48j, 49a,
49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j and 51d), on new matters (every company, person, release number and docket
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools) -- SEC
text, the sec.gov pages as the search tool's page store holds them (one as the UNT Libraries' CyberCemetery keeps it):
  - the SEC's press release 2002-110 of 24 July 2002, 'SEC Charges Adelphia and Rigas Family With Massive Financial
    Fraud' (sec.gov's 'news/press/2002-110.htm'): Adelphia Communications Corp., John J. Rigas, Timothy J. Rigas,
    Michael J. Rigas, James P. Rigas, James R. Brown, Michael C. Mulcahey, the United States Attorney's Office for the
    Southern District of New York;
  - the SEC's Litigation Release No. 19174 of 7 April 2005 (SEC v. Dollar General Corporation, Hurley Calister Turner,
    Jr., et al., Civil Action No. 3:05-0283 (M.D. Tenn.)): Dollar General Corporation, Cal Turner, Brian Burr, Randy
    Sanderson, Bobby Carpenter, Stephen C. Jones (sec.gov's 'litigation/litreleases/lr19174.htm' in the UNT
    CyberCemetery, as 44d's Sunbeam release);
  - the SEC's Litigation Release No. 18276 of 7 August 2003 (SEC v. David Andrew Hilton and Stephen Scott Lowber,
    W.D. Wash., Civil Action No. C 03-2511-Z): Cutter & Buck Inc., Stephen Scott Lowber, David Andrew Hilton
    (sec.gov's 'litigation/litreleases/lr18276.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'U.S. SECURITIES AND
EXCHANGE COMMISSION', 'Breadcrumb' and the new sec.gov rendering's name line), 'FOR IMMEDIATE RELEASE' and the release
number, the release lines, the captions, sub-heading lines and the dateline are left out (a heading kept as `title`,
the release date as `published`); no word added or changed; paragraphs joined by a blank line as the store gives them;
each text cut at the last full sentence before the store's excerpt breaks off, or before a sentence (or paragraph)
that the break leaves unfinished. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51i.py [POOL_DIR] [--dry]   (default /tmp/gather52i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

SEC_ARC = "US SEC release on sec.gov as a federal web archive holds it (search tool page store)"   # 44d's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (52a's, 52c's, 52d's, 52e's and 52f's three "
         "and 52b's one when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52i/pool"
R = []

# ---- Adelphia Communications Corp., press release 2002-110 of 24 July 2002 (sec.gov) ----------------------------------
U1 = "http://www.sec.gov/news/press/2002-110.htm"
T1 = "SEC Charges Adelphia and Rigas Family With Massive Financial Fraud"
R.append(federal(
 "us-sec-adelphia-communications-founder-john-rigas-three-sons-two-senior-executives-fraud-2002", U1, "2002-07-24", T1,
 "The Securities and Exchange Commission today filed charges against Adelphia Communications Corp.; its founder John "
 "J. Rigas; his three sons, Timothy J. Rigas, Michael J. Rigas, and James P. Rigas; and two senior executives at "
 "Adelphia, James R. Brown, and Michael C. Mulcahey, in one of the most extensive financial frauds ever to take place "
 "at a public company.\n\n"
 "In its complaint, the Commission charges that Adelphia, at the direction of the individual defendants: (1) "
 "fraudulently excluded billions of dollars in liabilities from its consolidated financial statements by hiding them "
 "on the books of off-balance sheet affiliates; (2) falsified operations statistics and inflated earnings to meet "
 "Wall Street's expectations; and (3) concealed rampant self-dealing by the Rigas Family, including the undisclosed "
 "use of corporate funds for Rigas Family stock purchases and the acquisition of luxury condominiums in New York and "
 "elsewhere. Also today, the United States Attorney's Office for the Southern District of New York filed related "
 "criminal charges against several of the same defendants.\n\n"
 "In its lawsuit, filed in federal court in Manhattan, the Commission alleges that the defendants violated the "
 "antifraud, periodic reporting, record keeping, and internal controls provisions of the federal securities laws. "
 "Adelphia is the sixth largest cable television provider in the United States and, through various subsidiaries, "
 "provides cable television and local telephone service to customers in 32 states and Puerto Rico.",
 "cable television/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2002-110 of July 24, 2002, 'SEC Charges Adelphia and Rigas "
 "Family With Massive Financial Fraud', Washington, D.C. (SEC v. Adelphia Communications Corporation, John J. Rigas, "
 "Timothy J. Rigas, Michael J. Rigas, James P. Rigas, James R. Brown, and Michael C. Mulcahey, 02 Civ. 5776 "
 "(S.D.N.Y.)), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2002-110.htm' address): first-party text, no third-party copy. Left out: the heading (kept as `title`), "
 "'FOR IMMEDIATE RELEASE', the release number '2002-110', the dateline 'Washington, D.C., July 24, 2002 -- ' (the "
 "date kept as `published`). Cut after the third paragraph ('... to customers in 32 states and Puerto Rico.'), "
 "before 'The Commission seeks a judgment ordering the defendants to account for and disgorge all ill-gotten gains, "
 "... and any severance payments r', where the store's excerpt breaks off (`truncated`). Kept as written: the "
 "semicolons of the list of defendants and the comma after 'James R. Brown', 'Rigas Family' with its capital, "
 "'off-balance sheet' with one hyphen, 'record keeping' in two words, 'sixth largest' without a hyphen, '32' in "
 "figures, the straight apostrophes. 227 words. The release names no post but John J. Rigas's ('its founder') and "
 "'two senior executives at Adelphia'. One text per matter: the SEC's Litigation Release No. 17627 of the same day "
 "(the same complaint, its caption giving the docket 02 Civ. 5776; the UNT End of Term 2008 archive), the second "
 "amended complaint (docslib), the U.S. Attorney's 2008 re-sentencing release (lawfuel's copy), law.com's, the "
 "Engineer's, the Chicago Tribune's and yourlawyer.com's stories left out. Found with 'SEC litigation release "
 "Adelphia Communications John Rigas Timothy Rigas Michael Rigas fraud' (rank 2; LR 17627 rank 1). "
 + CHECK + "'Adelphia' (as a word), 'Rigas', 'Mulcahey', 'James R. Brown', '2002-110', '17627' (as a release "
 "number), '02 Civ. 5776': 0 in the corpus files, the scripts and the pools ('adelphia' only inside 'Philadelphia'; "
 "'17627' only inside model and binary files under /work/notes); in GATHERING.md 'Adelphia' only for the FCC's "
 "Adelphia/Time Warner/Comcast licence orders (not taken, another matter), 51d's leads and a 46-round list that "
 "calls Adelphia 'already in the corpus' -- no corpus file holds the word, so the fraud is in none.",
 True))

# ---- Dollar General Corporation, LR 19174 of 7 April 2005 (sec.gov via the UNT CyberCemetery) ------------------------
U2 = ("https://cybercemetery.unt.edu/archive/oilspill/20130218031932/http://www.sec.gov/litigation/litreleases/"
      "lr19174.htm")
T2 = "SEC SUES DOLLAR GENERAL CORPORATION AND FIVE INDIVIDUALS FOR ACCOUNTING FRAUD"
R.append(federal(
 "us-sec-dollar-general-former-ceo-turner-cfo-controller-president-accounting-fraud-2005", U2, "2005-04-07", T2,
 "The Securities and Exchange Commission today announced the filing of a settled enforcement action charging Dollar "
 "General Corporation (\"Dollar General\"), a Tennessee-based discount retailer, the company's former Chief Executive "
 "Officer, Cal Turner (\"Turner\"); its former Chief Financial Officer, Brian Burr (\"Burr\"); its former Controller, "
 "Randy Sanderson (\"Sanderson\"); and its former President, Bobby Carpenter (\"Carpenter\") with accounting fraud. "
 "The Commission also today issued a settled administrative order against former Accounting Manager Stephen C. Jones "
 "(\"Jones\"). As alleged in the Commission's complaint, during its fiscal years 1998 through 2001, Dollar General "
 "engaged in fraudulent or improper accounting practices in violation of Generally Accepted Accounting Principles "
 "(\"GAAP\") which ultimately resulted in a restatement of Dollar General's financial statements in January 2002. "
 "The restatement reduced the Company's pre-tax income by approximately $143 million, or about 30 cents per share, "
 "over the restated period.",
 "discount retail/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19174, April 7, 2005 (Securities and Exchange "
 "Commission v. Dollar General Corporation, Hurley Calister Turner, Jr., Brian M. Burr, Randy C. Sanderson, and Bobby "
 "R. Carpenter, Civil Action No. 3:05-0283 (M.D. Tenn.) (WJH)), US federal government work (public domain); text of "
 "the sec.gov page as the UNT Libraries' CyberCemetery web archive holds it, from the search tool's page store at "
 + U2,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr19174.htm) as "
 "the UNT Libraries' CyberCemetery (cybercemetery.unt.edu, an archive of federal web sites) holds the page: the "
 "SEC's own page, archived unchanged, no third-party copy (44d's Sunbeam release came the same way). Left out: the "
 "page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
 "Exchange Commission', 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release lines 'Litigation Release No. 19174 "
 "\\ April 7, 2005' (the date kept as `published`) and 'Accounting and Auditing Enforcement Release No. 2226 \\ April "
 "7, 2005', the caption (the five defendants, Civil Action No. 3:05-0283 (M.D. Tenn.) (WJH) (filed April 7, 2005)), "
 "the heading (kept as `title`, in capitals as written) and the sub-heading 'DOLLAR GENERAL AND FOUR INDIVIDUALS "
 "SETTLE AND AGREE TO PAY OVER $11.1 MILLION IN PENALTIES AND OVER $400,000 IN DISGORGEMENT AND PREJUDGMENT "
 "INTEREST'. Cut after the first paragraph ('... over the restated period.'): the second paragraph's only sentence "
 "('The Commission's complaint alleges that Dollar General's misconduct included: (1) intentionally underreporting "
 "... (2) engaging in an $11 million sham sale of out') is left unfinished where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the posts capitalised ('Chief Executive Officer', 'Controller', 'President', "
 "'Accounting Manager'), the straight quotation marks around the short names, 'Tennessee-based', 'the Company' "
 "capitalised beside 'the company's', 'pre-tax', '(\"GAAP\") which' without a comma. 139 words. The text calls the "
 "former chief executive 'Cal Turner' (the caption's Hurley Calister Turner, Jr.); the train file wp-dollar-general "
 "names a 'Cal Turner' among the founders of 1939 (another man, another matter: the company's history). One text per "
 "matter: dollargeneralsecsettlement.com's fair-fund page, the 2017 Askins class action (pdfslide), Pomerantz's 2001 "
 "notice (si.frajer.net), cfo.com's 2006 story on Burr's settlement, thestreet.com's, the LA Times' and AP's "
 "(greenspun) stories and securities.stanford.edu left out; no SEC press release on the matter came back. Found with "
 "'SEC litigation release Dollar General Cal Turner Jr. former chairman chief executive officer accounting fraud' "
 "(rank 1) and 'SEC press release 2005 Dollar General Corporation settles accounting fraud charges $10 million "
 "penalty Cal Turner' (rank 1 again). "
 + CHECK + "'Brian Burr', 'Randy Sanderson', 'Bobby Carpenter', 'Stephen C. Jones', 'lr19174', '19174', "
 "'3:05-0283': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Dollar General' in two "
 "corpus files (train wp-dollar-general, the company's profile; test ftc-retail-cases-..., a buyer of divested "
 "stores: other matters), batch16i's scripts and GATHERING.md (one line, a divestiture buyer) and in role and "
 "relation caches under /work/notes for the train profile; 'Cal Turner' only in that profile, its caches and 51d's "
 "leads.",
 True))

# ---- Cutter & Buck Inc., LR 18276 of 7 August 2003 (sec.gov) ----------------------------------------------------------
U3 = "https://www.sec.gov/litigation/litreleases/lr18276.htm"
T3 = "SEC FILES FRAUD CHARGES AGAINST FORMER EXECUTIVES OF SEATTLE CLOTHING COMPANY CUTTER & BUCK"
R.append(federal(
 "us-sec-cutter-buck-former-cfo-lowber-regional-sales-vice-president-hilton-fraud-2003", U3, "2003-08-07", T3,
 "The Securities and Exchange Commission today announced the filing of a complaint alleging financial accounting fraud "
 "against Stephen Scott Lowber and David Andrew Hilton, the former Chief Financial Officer and former Regional Sales "
 "Vice President, respectively, of Cutter & Buck Inc., an upscale clothing company based in Seattle, Washington. The "
 "Commission's complaint alleges that the executives caused Cutter to fraudulently inflate its financial results for "
 "the fiscal quarter and year ended April 30, 2000, by improperly recognizing as revenue $5.7 million in shipments to "
 "distributors functioning as Company warehouses, and later concealed the improper transactions from the Company's "
 "auditors and shareholders. In a related matter, the Commission instituted cease-and-desist proceedings against "
 "Cutter for alleged violations of the corporate reporting, books and records and internal controls provisions of the "
 "federal securities laws.\n\n"
 "Simultaneously with the filing of the complaint, Lowber and Hilton agreed to settle the charges without admitting "
 "or denying the Commission's allegations, consenting to orders permanently barring them from violations of the "
 "antifraud and other provisions of the federal securities laws and requiring them to pay civil penalties of $50,000 "
 "and $25,000, respectively. Lowber also consented to the entry of an order barring him from serving as an officer "
 "or director of a public company, and an order prohibiting him from practicing before the Commission as an "
 "accountant.",
 "apparel/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18276, August 7, 2003 (Securities and Exchange "
 "Commission v. David Andrew Hilton and Stephen Scott Lowber, United States District Court for the Western District "
 "of Washington (Seattle Division), Civil Action No. C 03-2511-Z), US federal government work (public domain); text "
 "from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr18276.htm' address, in the site's new rendering): first-party text, no third-party copy. "
 "Left out: the rendering's lines 'Breadcrumb' and 'David Andrew Hilton and Stephen Scott Lowber', the release lines "
 "'Litigation Release No. 18276 / August 7, 2003' (the date kept as `published`) and 'Accounting and Auditing "
 "Enforcement Release No. 1833 / August 7, 2003', the caption (the two defendants, the Western District of "
 "Washington (Seattle Division), Civil Action No. C 03-2511-Z), the heading (kept as `title`, in capitals as "
 "written). Cut after the second paragraph's second sentence ('... before the Commission as an accountant.'), before "
 "'Cutter has like', where the store's excerpt breaks off (`truncated`). Kept as written: the posts capitalised "
 "('Chief Financial Officer', 'Regional Sales Vice President'), 'respectively' twice, 'Company warehouses' and "
 "\"the Company's\" capitalised, 'cease-and-desist', 'books and records and internal controls' without commas, the "
 "straight apostrophes. 219 words. One text per matter: the joint press release 2003-93 of the U.S. Attorney for "
 "the Western District of Washington and the SEC of the same day (the UNT End of Term 2008 archive), the SEC's "
 "cease-and-desist order against the company (Release No. 34-48296, sec.gov), Litigation Release No. 18848 (24 "
 "August 2004, former controller Athena Diaz; the UNT archive) and No. 19004 (17 December 2004, former president "
 "and chief operating officer Martin Julien Marks; sec.gov) are the same fraud and left out for this one (the first "
 "filing, the two officers charged together; LR 19004 would do as a replacement with one officer), as are "
 "sgbonline's three stories. Found with 'SEC litigation release Cutter & Buck former chief financial officer Stephen "
 "Lowber restatement' (rank 1). "
 + CHECK + "'Cutter & Buck', 'Lowber', 'David Andrew Hilton', 'Athena Diaz', 'Martin Julien Marks', 'lr18276', "
 "'18276', '18848', '19004', '48296', 'C 03-2511', '2003-93': 0 in the corpus files, the scripts and the pools; "
 "'Cutter' in GATHERING.md only inside 'Fog Cutter' (another company, a not-used lead) and in 51d's leads, in the "
 "notes only in 51d.md and a 45-round note on Fog Cutter.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
