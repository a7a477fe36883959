#!/usr/bin/env python3
"""Batch 45a (session 46, gatherer 45a): a wireless phone distributor's two former officers and former employee with
the insurer that sold it a purported insurance product, a software company's former Chief Financial Officer under a
final judgment, and an auto parts maker's four former employees (the President, two Vice-Presidents and a Controller
of its heavy-vehicle business unit and that unit's subdivision), told in US Securities and Exchange Commission
litigation releases of 2003-2009 (US federal government works, 17 U.S.C. 105), the first round of session 46 in the
federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r and 44u; 43i and 43k found nothing) -- first-party SEC text from sec.gov as the search tool's page
store holds it:
  - the SEC's Litigation Release No. 18340 (11 September 2003, 'SEC Sues AIG, Brightpoint and Three Individuals in
    Accounting Fraud Case'): American International Group, Inc. (AIG), Brightpoint, Inc. 'and two former officers and
    a former employee of Brightpoint, respectively, Phillip Bounsall (Bounsall), John Delaney (Delaney) and Timothy
    Harcharik (Harcharik)';
  - the SEC's Litigation Release No. 20916 (26 February 2009, 'FINAL JUDGMENT ENTERED AGAINST FORMER ASPEN TECHNOLOGY
    CFO CHARGED IN CORPORATE ACCOUNTING FRAUD'): 'former Aspen Technology, Inc. ("Aspen") Chief Financial Officer Lisa
    W. Zappala', 'Aspen, a Cambridge, Massachusetts software company';
  - the SEC's Litigation Release No. 21207 (11 September 2009): 'four former employees of Dana Corporation (now known
    as Dana Holding Corporation)', 'Commercial Vehicle Systems (CVS), a subdivision of one of Dana's two main business
    units, the Heavy Vehicle Technologies and Systems Group (HVTSG)', its President, two Vice-Presidents and a
    Controller.
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number and caption lines,
datelines, sub-headings and headings are left out (the heading kept as `title`, the date as `published`); no word
added or changed; each text cut at the last full sentence before the store's excerpt breaks off. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch45a.py [POOL_DIR] [--dry]   (default /tmp/gather46a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44d import CHECK as CHECK45   # batch43a's check note (42a's, 41b's) with the session-45 pools named
from batch41e import SEC_ORIGIN

CHECK = CHECK45.replace("the session-45 pools /tmp/gather45*/pool", "the session-46 pools /tmp/gather46*/pool")
assert CHECK != CHECK45
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46a/pool"
R = []

# ---- Brightpoint and AIG, Litigation Release No. 18340, 11 September 2003 (sec.gov) ------------------------------------
U1 = "https://www.sec.gov/litigation/litreleases/lr18340.htm"
T1 = "SEC Sues AIG, Brightpoint and Three Individuals in Accounting Fraud Case"
R.append(federal(
 "us-sec-brightpoint-aig-former-officers-bounsall-delaney-insurance-product-fraud-2003", U1, "2003-09-11", T1,
 "The Securities and Exchange Commission announced today that it filed a civil accounting fraud action in federal "
 "district court in the Southern District of New York against American International Group, Inc. (AIG), "
 "Brightpoint, Inc. (Brightpoint) and two former officers and a former employee of Brightpoint, respectively, "
 "Phillip Bounsall (Bounsall), John Delaney (Delaney) and Timothy Harcharik (Harcharik). All of the defendants "
 "except Harcharik have consented to the entry of final judgments in settlement of this matter. The Commission also "
 "announced today that it instituted separate settled cease-and-desist proceedings against Brightpoint, AIG, "
 "Bounsall and an AIG employee.\n\n"
 "The civil and administrative actions involve the role played by AIG, one of the world's largest insurance "
 "underwriters, in enabling Brightpoint, a public reporting company, to commit securities fraud. As a sophisticated "
 "financial services provider, AIG played an indispensable part in the fraudulent transaction by selling Brightpoint "
 "a new \"insurance\" product that AIG had developed and marketed for the specific purpose of helping issuers to "
 "report false financial information to the public.\n\n"
 "Beginning in 1997, AIG developed and marketed a so-called \"non-traditional\" insurance product for the stated "
 "purpose of \"income statement smoothing,\" i.e., enabling a public reporting company to spread the recognition of "
 "known and quantified one-time losses over several future reporting periods.",
 "wireless phone distribution and insurance/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18340, September 11, 2003 (Securities and Exchange "
 "Commission v. Brightpoint, Inc., American International Group, Inc., Phillip Bounsall, John Delaney and Timothy "
 "Harcharik (S.D.N.Y. Civ. 03 CV 7045 (HB)), US federal government work (public domain); text from the search tool's "
 "page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: 'Litigation Release "
 "No. 18340 / September 11, 2003' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 1858', the "
 "case caption ('Securities and Exchange Commission v. Brightpoint, Inc., American International Group, Inc., Phillip "
 "Bounsall, John Delaney and Timothy Harcharik (S.D.N.Y. Civ. 03 CV 7045 (HB)'), the heading (kept as `title`), the "
 "sub-heading 'AIG Settles Action and Agrees to Pay $10 Million Penalty', the dateline 'Washington - ' before the "
 "first sentence; cut after the third paragraph's first sentence, before its second ('The key to achieving the "
 "desired accounting result was to create the appearance of \"insurance,\" i.'), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the bracketed short names '(AIG)', '(Brightpoint)', '(Bounsall)', '(Delaney)', "
 "'(Harcharik)', 'Phillip' with two l's (the press release's copies spell 'Philip'), the straight quotation marks "
 "around 'insurance', 'non-traditional' and 'income statement smoothing,' (the comma inside), 'i.e.,', "
 "'cease-and-desist'. 208 words. One text per matter: the SEC's administrative order against AIG (Release No. "
 "34-48477, sec.gov twice, ranks 1-2: an order, its excerpt ends in the boilerplate before the facts), the press "
 "release's copy on mondovisione (a third-party copy naming the posts: 'former Brightpoint chief financial officer', "
 "'Brightpoint's former chief accounting officer', 'Brightpoint's former director of risk management', 'an AIG "
 "assistant vice president' Louis Lucullo), propertycasualty360 (two), investmentexecutive, latimes (AP) and "
 "claimsjournal left out. Found with 'SEC Brightpoint American International Group insurance product fraud 2003 "
 "former executives litigation release' (rank 5) and 'SEC Charges American International Group and Others in "
 "Brightpoint Securities Fraud press release 2003' (rank 1). "
 + CHECK + "'Brightpoint', 'Bounsall', 'Harcharik', 'Lucullo', '18340', '7045': 0 in the corpus files, the gather "
 "scripts and the pools (GATHERING.md names 'Brightpoint' only among 44u's leads); 'Delaney': other persons (two "
 "train texts on an Irish regulator, by file names; scripts of other batches); 'American International Group', "
 "'AIG': 44u's Gen Re text (the 2006 finite-reinsurance matter, another matter) and three other texts by file names; "
 "'Southern District of New York': other texts (the court, other matters).", True))

# ---- Aspen Technology and Lisa W. Zappala, Litigation Release No. 20916, 26 February 2009 (sec.gov) ------------------
U2 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-20916"
T2 = "FINAL JUDGMENT ENTERED AGAINST FORMER ASPEN TECHNOLOGY CFO CHARGED IN CORPORATE ACCOUNTING FRAUD"
R.append(federal(
 "us-sec-aspen-technology-former-cfo-zappala-final-judgment-2009", U2, "2009-02-26", T2,
 "The Securities and Exchange Commission (\"Commission\") announced today that on February 25, 2009, the United "
 "States District Court for the District of Massachusetts entered a final judgment by consent against former Aspen "
 "Technology, Inc. (\"Aspen\") Chief Financial Officer Lisa W. Zappala, the last remaining defendant in a case filed "
 "by the Commission in January 2007. The Commission's action charged Zappala with, among other things, securities "
 "fraud in connection with her participation in a revenue inflation scheme with two other senior officers of Aspen, "
 "a Cambridge, Massachusetts software company. Without admitting or denying the allegations in the Commission's "
 "complaint, Zappala consented to the entry of a final judgment enjoining her from violating the anti-fraud and other "
 "provisions of the securities laws and ordering her to pay a total of $145,000 in disgorgement of ill-gotten gains, "
 "prejudgment interest, and civil penalties.\n\n"
 "According to the Commission's complaint, Zappala and two other defendants caused Aspen to report inflated revenue "
 "in the company's publicly-filed financial statements and in press releases on at least six software transactions "
 "during fiscal years 1999 through 2002.",
 "software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20916, February 26, 2009 (Securities and Exchange "
 "Commission v. Lawrence B. Evans et al., Civil Action No. 07-CV-10027-JLT (D. Mass) (January 8, 2007)), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the site's later "
 "'enforcement-litigation/litigation-releases/lr-NNNNN' address): first-party text, no third-party copy. Left out: the "
 "page's name line 'Lawrence B. Evans et al.', 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. "
 "20916 / February 26, 2009' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 2940 / February "
 "26, 2009', the case caption ('Securities and Exchange Commission v. Lawrence B. Evans et al., Civil Action No. "
 "07-CV-10027-JLT (D. Mass) (January 8, 2007)'), the heading (kept as `title`, in capitals as printed); cut after the "
 "second paragraph's first sentence, before its second ('The Complaint alleged that the three defendants caused Aspen "
 "to recognize revenue ... which changed the terms of th'), where the store's excerpt breaks off (`truncated`). The "
 "store gives the paragraphs one line break apart; written here with a blank line between them (whitespace only). "
 "Kept as written: the straight quotation marks around 'Commission' and 'Aspen', 'Chief Financial Officer' in "
 "capitals, 'anti-fraud', 'publicly-filed', '$145,000'. 177 words. One text per matter: the SEC's press release "
 "2007-152 of 31 July 2007 on the company's settlement (sec.gov, rank 4 of the query below; its excerpt ends at "
 "'often acting through its former Chief Executive Off', so no executive is named in it) not taken; cfo.com, pdfroom "
 "(a class-action complaint), lawprofessors.typepad (the US Attorney's charges against the former CEO), vlex and "
 "findacase (court opinions in a private suit), securities.stanford.edu left out. Found with 'SEC charges Aspen "
 "Technology former CEO David McQuillin litigation release' (rank 7). "
 + CHECK + "'Aspen Technology', 'Zappala', 'McQuillin', 'Lawrence B. Evans', '20916', '07-CV-10027', '2007-152': 0 in "
 "the corpus files, GATHERING.md, the gather scripts and the pools; 'Aspen' alone: other texts (a place and other "
 "names; not checked further, the company's full name 0); 'District of Massachusetts': three corpus files and two "
 "scripts (the court, other matters); 'Cambridge': other texts (a place).", True))

# ---- Dana Corporation and four former employees, Litigation Release No. 21207, 11 September 2009 (sec.gov) -------------
U3 = "https://www.sec.gov/litigation/litreleases/2009/lr21207.htm"
T3 = ("SEC Files Settled Accounting Fraud Case Against Four Former Employees of Dana Corporation; Dana Holding "
      "Corporation Settles to Cease-And-Desist Order for Reporting Violations")
R.append(federal(
 "us-sec-dana-corporation-former-heavy-vehicle-president-cole-vice-presidents-fraud-2009", U3, "2009-09-11", T3,
 "On September 11, 2009, the Securities and Exchange Commission (Commission) filed a settled civil action against "
 "four former employees of Dana Corporation (now known as Dana Holding Corporation), Bernard Cole, William Hennessy, "
 "Douglas Hodge and Robert Steimle, in connection with a financial accounting fraud scheme that occurred from 2004 "
 "through the first two quarters of 2005. According to the complaint, Commercial Vehicle Systems (CVS), a "
 "subdivision of one of Dana's two main business units, the Heavy Vehicle Technologies and Systems Group (HVTSG), "
 "improperly recognized revenue or income on several transactions and delayed recording expenses in the appropriate "
 "period. The improper accounting entries included, among other things: (1) recognizing revenue on transactions "
 "where assets were never transferred or risk of ownership never passed, (2) recognizing revenue for price increases "
 "on parts sales without agreement from the customers, (3) deferring the recognition of steel surcharge expenses, "
 "and (4) recording other improper accounting entries, including decreasing debts owed to suppliers without any "
 "contractual support or agreement from the suppliers and recording entries that increased income without any basis "
 "or supporting documentation. At the time, Cole was the President of HVTSG, Hennessy was the Vice-President of North "
 "and South America of HVTSG and CVS' General Manager, Hodge was the Vice-President and Group Controller of HVTSG and "
 "Steimle was the Controller for CVS.",
 "automotive parts/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21207, September 11, 2009 (SEC v. Bernard Cole, "
 "William Hennessy, Douglas Hodge and Robert Steimle, Civil Action No. 3:09-CV-2107 (N.D. Ohio) (JGC)), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the page line "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21207 / September 11, 2009' (kept as "
 "`published`), 'Accounting and Auditing Enforcement Release No. 3049 / September 11, 2009', the case caption ('SEC v. "
 "Bernard Cole, William Hennessy, Douglas Hodge and Robert Steimle, Civil Action No. 3:09-CV-2107 (N.D. Ohio) (JGC)'), "
 "the heading (kept as `title`); cut after the paragraph's sentence on the four men's posts, before the next ('Dana "
 "overstated its earnings before '), where the store's excerpt breaks off (`truncated`). Kept as written: "
 "'(Commission)' without quotation marks, 'now known as Dana Holding Corporation', the bracketed short names '(CVS)' "
 "and '(HVTSG)', the numbered list inside the sentence, 'Vice-President' with a hyphen, \"CVS' General Manager\". "
 "218 words. One text per matter: the SEC's order against Dana Holding Corporation of the same day (not in what came "
 "back), lawprofessors.typepad, toledoblade (three), securities.stanford.edu, secactions, jerebeasleyreport left out. "
 "Found with 'SEC charges Dana Corporation former executives accounting fraud 2007 litigation release' (rank 1). "
 + CHECK + "'Dana Corporation', 'Dana Holding', 'Heavy Vehicle', 'Commercial Vehicle Systems', 'HVTSG', 'Bernard "
 "Cole', 'Douglas Hodge', 'Steimle', '21207', '09-CV-2107': 0 in the corpus files, GATHERING.md, the gather scripts "
 "and the pools; 'Hennessy': one corpus file and two scripts (other persons or names, by file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
