#!/usr/bin/env python3
"""Batch 42e (session 43, gatherer 42e): companies with a parent and executives with their posts told in US
Securities and Exchange Commission texts (US federal government works, 17 U.S.C. 105), a round after batch 42a in the
federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a) -- first-party SEC text from sec.gov as the
search tool's page store holds it:
  - the SEC's administrative-proceeding summary 'SEC Charges Gentex and Chief Financial Officer in Connection with EPS
    Initiative' (File No. 3-21296, 7 February 2023): Gentex Corporation's accounting for its bonus compensation
    programs, its Chief Financial Officer Kevin Nash, Gentex's then-Chief Accounting Officer, and the Division of
    Enforcement's Earnings Per Share Initiative;
  - the SEC's press release 2011-279 'SEC Charges Magyar Telekom and Former Executives with Bribing Officials in
    Macedonia and Montenegro' (29 December 2011): Magyar Telekom Plc., the largest telecommunications provider in
    Hungary, its subsidiaries in Macedonia, and its parent company Deutsche Telekom AG, with the U.S. Department of
    Justice's deferred and non-prosecution agreements;
  - the SEC's Litigation Release No. 25934 'Court Grants Partial Summary Judgment Against CFO and Controller'
    (30 January 2024): the U.S. District Court for the Southern District of New York granting the SEC partial summary
    judgment against Karen Rosenberger, former CFO of Synchronoss Technologies, Inc., and Joanna Lanni, Synchronoss
    controller.
Texts are the search tool's page-store excerpts (corpus `pages`) of the sec.gov pages themselves (no third-party
copy, so no word-for-word check against another copy is needed). Page furniture, headings, release and caption lines
and datelines are left out (the heading kept as `title`, the date as `published`); no word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch42e.py [POOL_DIR] [--dry]   (default /tmp/gather43e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch42a import CHECK          # batch41b's check note with the session-43 pools /tmp/gather43*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43e/pool"
R = []

# ---- Gentex Corporation and its CFO Kevin Nash, File No. 3-21296, 7 February 2023 ------------------------------------
U1 = "https://www.sec.gov/enforcement-litigation/administrative-proceedings/34-96819-s"
R.append(federal(
 "us-sec-gentex-cfo-nash-eps-initiative-2023", U1, "2023-02-07",
 "SEC Charges Gentex and Chief Financial Officer in Connection with EPS Initiative",
 "February 7, 2023 - The Securities and Exchange Commission today announced charges against Gentex Corporation for "
 "financial reporting, books-and-records, and internal accounting controls violations arising out of the company's "
 "accounting for its executive and employee bonus compensation programs. The SEC also announced charges against "
 "Kevin Nash, Gentex's Chief Financial Officer, for related violations. These actions arise from the Division of "
 "Enforcement's Earnings Per Share (\"EPS\") Initiative, which utilizes risk-based data analytics to uncover "
 "potential accounting and disclosure violations caused by, among other things, earnings management practices.\n\n"
 "The SEC's order finds that during the quarter closing process in the third quarter of 2015, Nash, Gentex's "
 "then-Chief Accounting Officer, directed the reduction of an accrual for a performance-based bonus program, "
 "resulting in Gentex reporting EPS that met consensus research analyst estimates. Nash directed the reduction "
 "without performing an analysis of relevant criteria under U.S. GAAP and without documenting the basis for his "
 "decision. The order further finds that in multiple additional quarters between 2015 and 2018, Nash and other "
 "Gentex employees made adjustments to bonus compensation accruals without the required accounting analysis or "
 "without adequate supporting documentation. These entries were made possible by Gentex's failure to devise and "
 "maintain a sufficient system of internal accounting controls related to its closing process, including its "
 "accounting for bonus compensation, and failure to maintain internal control over financial reporting.\n\n"
 "The SEC's order finds that Gentex violated Sections 13(a), 13(b)(2)(A) and 13(b)(2)(B) of the Securities Exchange "
 "Act of 1934 and Rules 13a-11, 13a-13, 13a-15 and 12b-20 thereunder.",
 "manufacturing/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, administrative proceeding summary 'SEC Charges Gentex and Chief Financial "
 "Officer in Connection with EPS Initiative', File No. 3-21296, Feb. 7, 2023, US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it (the "
 "page's address under sec.gov/enforcement-litigation/administrative-proceedings/, the Exchange Act release "
 "34-96819): first-party text, no third-party copy. Left out: the heading (kept as `title`), the lines "
 "'ADMINISTRATIVE PROCEEDING' and 'File No. 3-21296'; cut inside the third paragraph after its first sentence, "
 "before 'The order also finds that Nash violated Section 13(b)(5) and Ru...', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the date opening the first paragraph ('February 7, 2023 - The Securities ...', a "
 "spaced hyphen, as batches 41n, 41q and 42a kept their summaries'; also `published`), the straight apostrophes and "
 "quotation marks ('(\"EPS\")'), 'then-Chief Accounting Officer'. 251 words. One text per matter: "
 "complianceweek.com, deyuan.enterprises (a copy of a Crain's story), jdsupra.com and cooleypubco.com (Cooley's "
 "post), auditupdate.com, fcpaprofessor.com and thecorporatecounsel.net (digests and news) left out. Found with 'SEC "
 "Charges Gentex Corporation and Former Chief Accounting Officer Kevin Nash earnings per share bonus accruals' (rank "
 "1). " + CHECK + "'Gentex', 'Kevin Nash', '34-96819', '3-21296': 0 everywhere.", True))

# ---- Magyar Telekom and its parent Deutsche Telekom, press release 2011-279, 29 December 2011 ------------------------
U2 = "https://www.sec.gov/news/press/2011/2011-279.htm"
R.append(federal(
 "us-sec-magyar-telekom-deutsche-telekom-macedonia-montenegro-fcpa-2011", U2, "2011-12-29",
 "SEC Charges Magyar Telekom and Former Executives with Bribing Officials in Macedonia and Montenegro",
 "The Securities and Exchange Commission today charged the largest telecommunications provider in Hungary and three "
 "of its former top executives with bribing government and political party officials in Macedonia and Montenegro to "
 "win business and shut out competition in the telecommunications industry.\n\n"
 "The SEC alleges that three senior executives at Magyar Telekom Plc. orchestrated, approved, and executed a plan to "
 "bribe Macedonian officials in 2005 and 2006 to prevent the introduction of a new competitor and gain other "
 "regulatory benefits. Magyar Telekom's subsidiaries in Macedonia made illegal payments of approximately $6 million "
 "under the guise of bogus consulting and marketing contracts. The same executives orchestrated a second scheme in "
 "2005 in Montenegro related to Magyar Telekom's acquisition of the state-owned telecommunications company there. "
 "Magyar Telekom paid approximately $9 million through four sham contracts to funnel money to government officials "
 "in Montenegro.\n\n"
 "Magyar Telekom's parent company Deutsche Telekom AG also is charged with books and records and internal controls "
 "violations of the Foreign Corrupt Practices Act (FCPA).\n\n"
 "Magyar Telekom agreed to settle the SEC's charges by paying more than $31.2 million in disgorgement and "
 "pre-judgment interest. Magyar Telekom also agreed to pay a $59.6 million criminal penalty as part of a deferred "
 "prosecution agreement announced today by the U.S. Department of Justice. Deutsche Telekom settled the SEC's "
 "charges, and as part of a non-prosecution agreement with the Department of Justice agreed to pay a penalty of "
 "$4.36 million.",
 "telecommunications/securities regulation", "legal,ownership",
 "U.S. Securities and Exchange Commission, press release 2011-279 'SEC Charges Magyar Telekom and Former Executives "
 "with Bribing Officials in Macedonia and Montenegro', Washington, D.C., Dec. 29, 2011, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the archived 'news/press' "
 "address): first-party text, no third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', "
 "'SEC Seal', 'Home | Previous Page' and 'U.S. Securities and Exchange Commission', the heading (kept as `title`), "
 "the subheading 'Firm and Parent Company Agree to Pay $95 Million to Settle Civil and Criminal Charges', the "
 "dateline 'Washington, D.C., Dec. 29, 2011 \u2014' opening the first paragraph (kept as `published`, as batch 41q "
 "cut its release's dateline); cut before the fifth paragraph, a quotation ('\"Magyar Telekom's senior executives "
 "used sham contrac...'), where the store's excerpt breaks off (`truncated`). Kept as written: the straight "
 "apostrophes, 'Magyar Telekom Plc.' with its full stop, 'pre-judgment'. 237 words. The three executives are not "
 "named in the kept text (Elek Straub, Andras Balogh and Tamas Morvai are named only in the complaint and in "
 "third-party pages). One text per matter: the SEC's Litigation Release No. 22213 of the same day (pdfslide.net's "
 "copy, unchecked), the complaints (vdocuments.mx, fdocuments.us, docslib.org), fcpa.aoshearman.com, "
 "fcpa.shearman.com, thinkadvisor.com, fcpablog.com, secactions.com, foley.com, fcpaprofessor.com and bloomberg.com "
 "left out. Found with 'SEC Charges Former Magyar Telekom Executives Straub Balogh Morvai bribery Macedonia Deutsche "
 "Telekom subsidiary' (rank 4). " + CHECK + "'Magyar Telekom': a dev file and batch34d's scripts (batch 34d's "
 "Wikipedia lead on the company, another text; that file holds none of 'Macedonia', 'brib', 'Straub'), GATHERING.md "
 "(34d's section); 'Deutsche Telekom': many texts (the company); 'Straub', 'Morvai', 'Montenegro' (GATHERING.md only, "
 "a blackout list), '2011-279': 0 in any corpus file, gather script or pool.", True))

# ---- Synchronoss Technologies' former CFO Rosenberger and controller Lanni, Litigation Release No. 25934, 2024 ------
U3 = "https://www.sec.gov/litigation/litreleases/lr-25934"
R.append(federal(
 "us-sec-synchronoss-former-cfo-rosenberger-controller-lanni-2024", U3, "2024-01-30",
 "Court Grants Partial Summary Judgment Against CFO and Controller",
 "On January 26, 2024, the U.S. District Court for the Southern District of New York granted the SEC partial summary "
 "judgment against former Synchronoss Technologies, Inc. (\u201cSynchronoss\u201d) CFO, Karen Rosenberger, and "
 "Synchronoss controller, Joanna Lanni.\n\n"
 "According to the SEC\u2019s complaint, Rosenberger and Lanni engaged in accounting misconduct which resulted in the "
 "overstatement of revenue by Synchronoss. The SEC alleged that Rosenberger aided and abetted Synchronoss\u2019s "
 "public filing of materially false financial statements with respect to five transactions Synchronoss later "
 "restated and engaged in fraud with respect to three of them\u2014two transactions with one of Synchronoss\u2019s "
 "largest customers and one transaction in which Synchronoss acquired another business. The SEC further alleged that "
 "Rosenberger sought to cover up her and Synchronoss\u2019s misconduct by lying to Synchronoss\u2019s auditor in "
 "connection with those transactions, falsifying Synchronoss\u2019s books and records, and by failing to implement "
 "or maintain, and circumventing, Synchronoss\u2019s system of accounting controls. As to Lanni, the SEC alleged "
 "that she aided and abetted Synchronoss\u2019s improper revenue recognition, falsified Synchronoss\u2019s books and "
 "records, and circumvented Synchronoss\u2019s system of accounting controls in connection with one of these five "
 "transactions, by providing a materially misleading memorandum to the auditor regarding one transaction.",
 "information technology/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25934 'Court Grants Partial Summary Judgment "
 "Against CFO and Controller', January 30, 2024 (Securities and Exchange Commission v. Rosenberger et al., Civil "
 "Action No. 1:22-cv-04736 (DLC), S.D.N.Y.), US federal government work (public domain); text from the search "
 "tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. Left out: 'Breadcrumb', the page's name line 'Karen Rosenberger and Joanna Lanni', the lines "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 25934 / January 30, 2024' (kept as "
 "`published`) and 'Accounting and Auditing Enforcement Release No. 4485 / January 30, 2024', the case caption "
 "'Securities and Exchange Commission v. Rosenberger et al., Civil Action No. 1:22-cv-04736 (DLC) (S.D.N.Y. filed "
 "June 7, 2022)' and the heading (kept as `title`, as batch 41b did); cut inside the second paragraph before 'The "
 "Complaint alleged that impact of the improper accounting was material, and in certain instances, allowed "
 "Synchronoss to meet revenue expectatio...', where the store's excerpt breaks off (`truncated`). Kept as written: "
 "the curly quotation marks and apostrophes, the unspaced em dash ('three of them\u2014two transactions'), "
 "'Synchronoss\u2019s'. 196 words. One text per matter: the SEC's June 2022 press release on Synchronoss and its "
 "executives (not found on sec.gov in the store; flexi-news.com, tax.thomsonreuters.com and complianceweek.com "
 "tell it), the court's opinion (casetext.com), secactions.com and sec.gov's 'Harmed Investor' distribution page "
 "(a list of proceedings) left out. Found with 'SEC Charges Synchronoss Technologies and Former Executives Stephen "
 "Waldis Karen Rosenberger accounting fraud' (rank 5). " + CHECK + "'Synchronoss': GATHERING.md only (batch 41j's "
 "list of candidates checked and not used); 'Rosenberger', 'Joanna Lanni', '25934', '22-cv-04736': 0 everywhere.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
