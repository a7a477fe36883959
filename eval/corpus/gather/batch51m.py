#!/usr/bin/env python3
"""Batch 51m (session 52, gatherer 51m): three SEC enforcement actions of 1998-1999 against public companies, a
subsidiary's employee and officers -- Sensormatic Electronics Corporation, a maker of electronic security systems,
settling administrative proceedings while three of its former senior officers (its former president and chief
executive, then its chairman; its former chief operating officer, chief financial officer and executive vice
president; its former vice president of finance) are sued; W.R. Grace & Co. of Boca Raton, Florida, sued for
manipulating the earnings of its Health Care Group segment while it owned National Medical Care, Inc. of Waltham,
Massachusetts; a former employee of General Coach of America, Inc. d/b/a ElDorado National (Michigan), Inc., a
subsidiary of Thor Industries, Inc., sued for stealing its funds and falsifying its books -- told in three SEC
litigation releases of 1998 and 1999 (US federal government works, 17 U.S.C. 105), a round of session 52 in the
federal SEC lane beside 51d and 51i (after 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j, 51d
and 51i), on new matters (every company, person, release number and docket checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-52 pools) -- SEC text, the sec.gov pages as the search
tool's page store holds them:
  - the SEC's Litigation Release No. 15680 of 25 March 1998 (SEC v. Ronald G. Assaf, Michael E. Pardue and Lawrence
    J. Simmons, Civil Action No. 98-757 (EGS) (D.D.C.); In the Matter of Sensormatic Electronics Corporation, File
    No. 3-9563): Sensormatic Electronics Corporation, Ronald G. Assaf, Michael E. Pardue, Lawrence J. Simmons, the
    United States District Court for the District of Columbia (sec.gov's 'litigation/litreleases/lr15680.txt');
  - the SEC's Litigation Release No. 16008 of 22 December 1998 (SEC v. W.R. Grace & Co., Civil Action No. 98-8942 CIV
    Hurley (S.D. Florida)): W.R. Grace & Co., National Medical Care, Inc., the Health Care Group segment, Boca Raton,
    Waltham (sec.gov's 'litigation/litreleases/lr16008.txt');
  - the SEC's Litigation Release No. 16302 of 28 September 1999 (SEC v. Bradley J. Buchanan, Case No. 1:99CV02567
    (TPJ) (D.D.C.)): Thor Industries, Inc., General Coach of America, Inc. d/b/a ElDorado National (Michigan), Inc.,
    Bradley J. Buchanan of Sarnia, Ontario (sec.gov's 'litigation/litreleases/lr-16302', the new rendering).
Texts are the search tool's page-store excerpts (corpus `pages`). The release lines ('LITIGATION RELEASE NO. ... /
date', 'U.S. Securities and Exchange Commission Litigation Release No. ...', 'SECURITIES AND EXCHANGE COMMISSION
Washington, D.C.'), the Accounting and Auditing Enforcement Release numbers, the captions (cases and administrative
proceedings with their docket and release numbers) and the plain-text pages' run-together heading lines are left out
(a heading kept as `title`; the Thor release has none: `title` null; the release date as `published`); no word added
or changed; paragraphs joined by a blank line as the store gives them (the two .txt pages come as one line each: one
paragraph); each text cut at the last full sentence before the store's excerpt breaks off, or before a sentence that
the break leaves unfinished. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51m.py [POOL_DIR] [--dry]   (default /tmp/gather52m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool and gold (52a's to 52j's, when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52m/pool"
R = []

# ---- Sensormatic Electronics Corporation, LR 15680 of 25 March 1998 (sec.gov, plain text) ----------------------------
U1 = "https://www.sec.gov/litigation/litreleases/lr15680.txt"
R.append(federal(
 "us-sec-sensormatic-electronics-former-ceo-assaf-cfo-pardue-vp-finance-simmons-1998", U1, "1998-03-25", None,
 "The Securities and Exchange Commission (\"Commission\") today instituted and simultaneously settled administrative "
 "proceedings against Sensormatic Electronics Corporation (\"Sensormatic\"), a manufacturer and marketer of "
 "electronic security systems. In addition, the Commission filed a civil action seeking permanent injunctions and "
 "civil penalties in the United States District Court for the District of Columbia against the following three "
 "former senior officers of Sensormatic: Ronald G. Assaf, formerly Sensormatic's President and Chief Executive "
 "Officer and currently the Chairman of its Board of Directors; Michael E. Pardue, formerly Sensormatic's Chief "
 "Operating Officer, Chief Financial Officer and Executive Vice President and a member of its Board of Directors; and "
 "Lawrence J. Simmons, Sensormatic's former Vice President of Finance.",
 "electronic security systems/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 15680, March 25, 1998 (In the Matter of "
 "Sensormatic Electronics Corporation, Administrative Proceeding File No. 3-9563; Securities and Exchange Commission "
 "v. Ronald G. Assaf, Michael E. Pardue and Lawrence J. Simmons, Civil Action No. 98-757(EGS)(D.D.C. March 25, "
 "1998)), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the plain-text page "
 "'litigation/litreleases/lr15680.txt'): first-party text, no third-party copy. The store gives the page as one "
 "run-together line. Left out: 'SECURITIES AND EXCHANGE COMMISSION Washington, D.C.', 'LITIGATION RELEASE NO. 15680 "
 "/ March 25, 1998' (the date kept as `published`), 'ACCOUNTING AND AUDITING ENFORCEMENT RELEASE NO. 1020' and the "
 "caption's four matters (In the Matter of SENSORMATIC ELECTRONICS CORPORATION, File No. 3-9563, Releases 33-7518, "
 "34-39791 and AAER 1017; SEC v. RONALD G. ASSAF, MICHAEL E. PARDUE AND LAWRENCE J. SIMMONS, Civil Action No. "
 "98-757(EGS)(D.D.C.); In the Matter of JOY LYNN SCHNEIDER GREEN, CPA, File No. 3-9564; In the Matter of THOMAS H. "
 "PIKE, File No. 3-9565); the page has no heading (`title` null). Cut after the second sentence ('... Sensormatic's "
 "former Vice President of Finance.'), before the third ('Finally, the Commission instituted and simultaneously "
 "settled administrative proceedings against Joy Lynn Schneider Green, Sensormatic's former Controller of U.S. "
 "Operations, and Thomas H. Pike, Sensormatic's forme'), which the store's excerpt leaves unfinished (`truncated`). "
 "Kept as written: the straight quotation marks around the short names, the posts capitalised ('President and "
 "Chief Executive Officer', 'Chairman of its Board of Directors', 'Chief Operating Officer, Chief Financial Officer "
 "and Executive Vice President', 'Vice President of Finance'), the semicolons of the list, no serial commas. 112 "
 "words. One text per matter: the SEC's cease-and-desist order against the company (sec.gov 'litigation/admin/"
 "337518.txt'), the orders against Green (34-39792, sec.gov) and Pike (34-39793, the UNT End of Term 2008 archive), "
 "the 2001 initial decision on Albert Glenn Yesner (webharvest.gov), the Sun-Sentinel's 1995 story and a 2001 "
 "class-action complaint (vdocument.in, another matter) left out. Found with 'SEC litigation release Sensormatic "
 "Electronics former officers improper revenue recognition 1998' (rank 1). "
 + CHECK + "'Sensormatic', 'Assaf', 'Pardue', 'Lawrence J. Simmons', 'Schneider Green', 'Thomas H. Pike', "
 "'lr15680', '15680', '98-757': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools "
 "('15680' only inside model files under /work/notes).",
 True))

# ---- W.R. Grace & Co., LR 16008 of 22 December 1998 (sec.gov, plain text) ---------------------------------------------
U2 = "https://sec.gov/litigation/litreleases/lr16008.txt"
T2 = "SEC SUES W.R. GRACE & CO. FOR FINANCIAL FRAUD INVOLVING EARNINGS MANIPULATION"
R.append(federal(
 "us-sec-w-r-grace-national-medical-care-health-care-group-earnings-manipulation-1998", U2, "1998-12-22", T2,
 "The Securities and Exchange Commission today sued W.R. Grace & Co. for financial fraud, including manipulation of "
 "its reported quarterly and annual earnings. The complaint, filed in federal court in Florida\u2019s Southern "
 "District, seeks an injunction and civil penalties. The Complaint alleges that W.R. Grace & Co. (Grace), based in "
 "Boca Raton, Florida, violated the antifraud, reporting, and books and records provisions of the Securities "
 "Exchange Act of 1934. All of the allegations in the Complaint arise out of events that occurred while Grace owned "
 "National Medical Care, Inc. (NMC) which was located in Waltham, Massachusetts. The Complaint alleges that Grace, "
 "through members of senior management of Grace and NMC, falsely reported results of operations for Grace and its "
 "Health Care Group segment for fiscal years 1991 through 1995. The Complaint further alleges that, from 1991 "
 "through 1995, Grace deferred reporting income earned by NMC, the primary component of the Health Care Group, "
 "primarily to smooth the earnings of the Health Care Group. According to the Complaint, Grace deferred reporting "
 "income by increasing or establishing reserves not in conformity with generally accepted accounting principles. The "
 "Complaint further alleges that Grace used the reserves to manipulate its reported quarterly and annual earnings of "
 "the Health Care Group and of Grace. The Complaint alleges that these excess reserves were primarily used for "
 "profit planning purposes, i.e., to bring the Health Care Group\u2019s quarterly reported results of operations in "
 "line with Grace\u2019s targets.",
 "specialty chemicals, health care/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16008, December 22, 1998, 'SEC Sues W.R. Grace & "
 "Co. for Financial Fraud Involving Earnings Manipulation' (Securities and Exchange Commission v. W.R. Grace & Co., "
 "Civil Action No. 98-8942 CIV Hurley (S.D. Florida, filed December 22, 1998)), US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the plain-text page "
 "'litigation/litreleases/lr16008.txt'): first-party text, no third-party copy. The store gives the page as one "
 "run-together line. Left out: 'U.S. Securities and Exchange Commission Litigation Release No. 16008 / December 22, "
 "1998.' (the date kept as `published`), 'Accounting and Auditing Enforcement Release No. 1091', the heading (kept "
 "as `title`, in capitals as written), the caption 'Securities and Exchange Commission v. W.R. Grace & Co., Civil "
 "Action No. 98-8942 CIV Hurley (S.D. Florida, filed December 22, 1998)'. Cut after '... in line with Grace\u2019s "
 "targets.', before 'The Complaint further alleges that Grace also released some ', which the store's excerpt leaves "
 "unfinished (`truncated`). Kept as written: the curly apostrophes (\u2019) of the page, '(Grace)' and '(NMC)' "
 "without quotation marks, 'complaint' in lower case once and 'Complaint' capitalised after, no comma before 'which "
 "was located', 'i.e.,', 'fiscal years 1991 through 1995'. 240 words. The kept text names no officer ('members of "
 "senior management of Grace and NMC'); the seven former officers (J.P. Bolduc and others) were charged in "
 "administrative proceedings the store's copies name only in the press. One text per matter: the SEC's 1999 "
 "cease-and-desist order against the company (sec.gov 'litigation/admin/34-41578.htm'), the Sun-Sentinel's stories "
 "of 23 December 1998 and 1 July 1999 left out; the SEC's 1997 order and report of investigation on Grace's "
 "disclosure of J. Peter Grace's retirement benefits (sec.gov, UNT eot2008) are another matter, not taken (one Grace "
 "text a round). Found with 'SEC litigation release W.R. Grace former officers Grace subsidiary reserves earnings "
 "management 1998' (rank 1). "
 + CHECK + "'W.R. Grace', 'W. R. Grace', 'Grace & Co', 'National Medical Care', 'Health Care Group', 'Waltham', "
 "'Bolduc', 'Sukenik', 'lr16008', '16008', '98-8942': 0 in the corpus files, GATHERING.md, the scripts, the notes "
 "and the pools ('16008' only inside binary files under /work/notes); 'Boca Raton' in two corpus files (an investment fund's 2023 case and a 2009 memorabilia story: "
 "other matters, by file names only) and in other rounds' notes; 'Fresenius' (NMC's later owner, not in the text) in "
 "one corpus file on another matter.",
 True))

# ---- Thor Industries, Inc. / General Coach of America, Inc., LR 16302 of 28 September 1999 (sec.gov) -----------------
U3 = "https://www.sec.gov/litigation/litreleases/lr-16302"
R.append(federal(
 "us-sec-thor-industries-subsidiary-general-coach-eldorado-former-employee-buchanan-theft-1999", U3, "1999-09-28",
 None,
 "The Securities and Exchange Commission today filed a Complaint in the United States District Court for the "
 "District of Columbia against Bradley J. Buchanan, of Sarnia, Ontario. The Complaint alleges that Buchanan, a "
 "former employee of a subsidiary of Thor Industries, Inc. (the \"Issuer\"), stole corporate funds totaling at least "
 "$415,000. According to the Complaint, to conceal his theft, give the appearance that the subsidiary was operating "
 "at a profit when it was not, and to earn performance bonuses, Buchanan made false entries to the subsidiary's "
 "books and records over a several year period.\n\n"
 "According to the Complaint, in December 1993, Buchanan began stealing funds from General Coach of America, Inc. "
 "d/b/a ElDorado National (Michigan), Inc. (the \"subsidiary\"), and he continued to do so until March 1998. The "
 "Complaint also alleges that, beginning in November 1995, and continuing until March 1998, Buchanan made false "
 "entries on the books and records he maintained and controlled for the subsidiary. According to the Complaint, at "
 "month-end, Buchanan would create illusory profits by crediting or decreasing actual expenses incurred during the "
 "month and debiting or increasing asset accounts, including accounts receivable, inventory and cash. According to "
 "the Complaint, the Issuer used the accounts that Buchanan had falsified to generate a monthly income statement and "
 "balance sheet for the subsidiary, which were used to prepare the Issuers monthly consolidated financial "
 "statements. As a result, for the six month period ended January 31, 1998, the subsidiary's pre-tax income was "
 "overstated by $1.3 million, or 137%; for the year ended July 31, 1997, its pre-income was overstated by $2.4 "
 "million, or 121%; and for the year ended July 31, 1996, its pre-income was overstated by $2.5 million, or 144%.",
 "recreational vehicles and buses/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16302, September 28, 1999 (Securities and Exchange "
 "Commission v. Bradley J. Buchanan, Case No. 1:99CV02567 (TPJ) (D.D.C.)), US federal government work (public "
 "domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the new rendering's "
 "'litigation/litreleases/lr-16302'): first-party text, no third-party copy. Left out: 'LITIGATION RELEASE NO. 16302 "
 "/ September 28, 1999' (the date kept as `published`) and the caption 'Securities and Exchange Commission v. "
 "Bradley J. Buchanan, Case No. 1:99CV02567 (TPJ) (D.D.C.)'; the page has no heading (`title` null). Cut after the "
 "second paragraph's fifth sentence ('... its pre-income was overstated by $2.5 million, or 144%.'), before its "
 "sixth ('Accordingly, due to Buchanan's '), which the store's excerpt leaves unfinished (`truncated`). Kept as "
 "written: the straight quotation marks around 'Issuer' and 'subsidiary', 'Complaint' capitalised, 'd/b/a', "
 "'ElDorado' with its inner capital, 'several year period' and 'six month period' without hyphens, 'month-end', "
 "'pre-tax' beside 'pre-income' (as written), 'the Issuers monthly' without an apostrophe, '137%'. 282 words. One "
 "text per matter: the SEC's cease-and-desist order against Thor Industries of 18 October 1999 (sec.gov "
 "'litigation/admin/34-42021.htm': the same theft, naming Buchanan 'ElDorado's General Manager and Controller' -- a "
 "same-matter replacement with a post) and Thor's 8-K of 25 October 1999 (incjournal) left out; the 2007 Dutchmen "
 "Manufacturing restatement and the SEC's later action against Thor (lexisnexis's blog, cfo.com, capedge, EDGAR) are "
 "another matter, with no SEC release in the store. Found with 'SEC litigation release Thor Industries Dutchmen "
 "Manufacturing subsidiary former chief financial officer' (rank 3). "
 + CHECK + "'Thor Industries', 'Dutchmen', 'General Coach', 'ElDorado', 'Bradley J. Buchanan', 'Sarnia', "
 "'lr-16302', '16302', '42021', '99CV02567': 0 in the corpus files, GATHERING.md, the scripts, the notes "
 "and the pools ('42021' and '16302' only inside model and binary files under /work/notes); 'Buchanan' in one dev "
 "file (Steven Buchanan of an FTC fuel-station case, another man and matter) and batch17d's script.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
