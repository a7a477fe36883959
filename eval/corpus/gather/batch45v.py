#!/usr/bin/env python3
"""Batch 45v (session 46, gatherer 45v): an e-mail services company's former president (for part of the period its
acting chief financial officer) and former vice-president of sales, a headphone maker's chief executive and former
chief financial officer with its former vice-president of finance and former senior accountant, and a storage-software
maker's two former sales executives (its former executive vice president of worldwide sales and former vice
president of North American sales), told in US Securities and Exchange Commission litigation releases of 2002 and
2011 (US federal government works, 17 U.S.C. 105), a sixth round of session 46 after batches 45a, 45f, 45k, 45p and
45r in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a,
43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p and 45r; 43i and 43k found nothing) on 45r's leads --
first-party SEC text, the sec.gov pages as the search tool's page store holds them (one as the UNT Libraries' End of
Term 2008 web archive holds it):
  - the SEC's Litigation Release No. 17353 (5 February 2002, 'SEC CHARGES TWO FORMER CRITICAL PATH EXECUTIVES WITH
    SECURITIES FRAUD'): 'David A. Thatcher, 46, of Rancho Santa Fe, California, the former president of Critical
    Path, and Timothy J. Ganley, 45, of Aptos, California, a former vice-president of sales at the company';
  - the SEC's Litigation Release No. 22138 (24 October 2011, on Koss Corporation and Michael J. Koss): 'Michael J.
    Koss, its CEO and former CFO', 'Sujata Sachdeva ("Sachdeva"), Koss's former Principal Accounting Officer,
    Secretary, and Vice-President of Finance, and Julie Mulvaney ("Mulvaney"), Koss's former Senior Accountant';
  - the SEC's Litigation Release No. 17524 (21 May 2002, 'COMMISSION FILES FRAUD CHARGES AGAINST TWO FORMER SALES
    EXECUTIVES OF LEGATO SYSTEMS, INC.'): 'former Legato executive vice president of worldwide sales David
    Malmstedt' and 'former vice president of North American sales Mark Huetteman' (sec.gov page in the UNT archive).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, AAER and caption
lines and headings are left out (the heading kept as `title`, its line wrap joined, the date as `published`); bullet
markers cut, each bullet its own paragraph (41s, 44r, 45k); no word added or changed; each text cut at the last full
sentence before the store's excerpt breaks off (or where it ends). Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch45v.py [POOL_DIR] [--dry]   (default /tmp/gather46v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC        # the origin of a sec.gov page held by a federal web archive

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46v/pool"
R = []

# ---- Critical Path, Thatcher and Ganley, Litigation Release No. 17353, 5 February 2002 (sec.gov) -----------------------
U1 = "http://www.sec.gov/litigation/litreleases/lr17353.htm"
T1 = "SEC CHARGES TWO FORMER CRITICAL PATH EXECUTIVES WITH SECURITIES FRAUD"
R.append(federal(
 "us-sec-critical-path-former-president-thatcher-vice-president-ganley-fraud-2002", U1, "2002-02-05", T1,
 "The Securities and Exchange Commission filed a civil action today charging two former executives of Critical Path, "
 "Inc., a California company that provides e-mail services, with participating in a scheme to inflate the company's "
 "revenues and earnings for fiscal 2000. Named in the complaint were David A. Thatcher, 46, of Rancho Santa Fe, "
 "California, the former president of Critical Path, and Timothy J. Ganley, 45, of Aptos, California, a former "
 "vice-president of sales at the company. Separately, the Commission instituted and settled an administrative "
 "proceeding against Critical Path charging the firm with violations of the periodic reporting, books and records, "
 "and internal control provisions of the Securities Exchange Act of 1934.\n\n"
 "The complaint filed in the civil action alleges that during 2000 and early 2001 Thatcher and other Critical Path "
 "employees caused Critical Path to record revenue from eight fictitious, contingent, or backdated transactions in "
 "the third and fourth quarters of fiscal 2000. As a result, Critical Path improperly recorded revenue totaling "
 "approximately $10.8 million during fiscal 2000. During part of that period Thatcher was the acting Chief Financial "
 "Officer for the company. As a result of the conduct, the net loss reported by Critical Path in its Form 10-Q for "
 "the third quarter of 2000 was understated by over 50 percent. On January 18, 2001, Critical Path issued a press "
 "release announcing its financial results for 2000, and the improperly recorded revenue was included in the results "
 "released, causing Critical Path's net loss for the year to be understated by over 27 percent.",
 "internet services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17353, February 5, 2002 (Securities and Exchange "
 "Commission v. David A. Thatcher and Timothy J. Ganley, Civil Action No. C-02-0621 (SBA) (N.D. Cal.) (Feb. 5, "
 "2002)), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr17353.htm): first-party text, no third-party copy. Left out: 'Breadcrumb', the page's "
 "heading line 'David A. Thatcher and Timothy J. Ganley', 'Litigation Release No. 17353 / February 5, 2002' (kept as "
 "`published`), 'Accounting and Auditing Release No. 1504 / February 5, 2002', the case caption ('Securities and "
 "Exchange Commission v. David A. Thatcher and Timothy J. Ganley, Civil Action No. C-02-0621 (SBA) (N.D. Cal.) (Feb. "
 "5, 2002)'), the heading (kept as `title`, in capitals, its line wrap after 'EXECUTIVES' joined with a space); the "
 "text ends after the second paragraph's last sentence ('... understated by over 27 percent.'), where the store's "
 "excerpt ends; the release goes on (the settlements news reports give are not in the excerpt): `truncated`. Kept "
 "as written: 'filed a civil action today' in that order, 'e-mail', the ages '46' and '45', 'vice-president' "
 "hyphenated, 'acting Chief Financial Officer' with capitals, 'fiscal 2000', '$10.8 million', 'Form 10-Q', 'over 50 "
 "percent'. 254 words. One text per matter: dmnews (two stories), si.frajer (a Reuters copy and a class-action "
 "complaint), berkeleydailyplanet (AP), the US Attorney's 2004 release on Thatcher's sentence (webharvest.gov; "
 "another agency's text on the criminal case) and the SEC's complaint against Rinehart, Beck and Clark (a govdocs1 "
 "copy; another action) left out. Found with 'SEC litigation release Critical Path former president David Thatcher "
 "former CFO accounting fraud' (rank 1). "
 + CHECK + "'Critical Path' (only 45r's leads in GATHERING.md), 'Thatcher', 'Ganley', '17353', 'C-02-0621', "
 "'No. 1504', 'Rancho Santa Fe', 'Aptos': 0 in the corpus files, the gather scripts and the pools.", True))

# ---- Koss Corporation, Michael J. Koss, Litigation Release No. 22138, 24 October 2011 (sec.gov) ------------------------
U2 = "https://www.sec.gov/litigation/litreleases/2011/lr22138.htm"
T2 = ("SEC FILES COMPLAINT AND PROPOSED SETTLEMENT AGAINST KOSS CORPORATION AND MICHAEL J. KOSS, ITS CEO AND FORMER "
      "CFO, WHO HAS AGREED TO REIMBURSE INCENTIVE-BASED COMPENSATION")
R.append(federal(
 "us-sec-koss-corporation-ceo-former-cfo-vice-president-finance-sachdeva-embezzlement-2011", U2, "2011-10-24", T2,
 "The Securities and Exchange Commission (\"Commission\") on October 24, 2011, filed a Complaint against, and "
 "proposed settlement with, Koss Corporation (\"Koss\"), located in Milwaukee, Wisconsin, and Michael J. Koss, its "
 "CEO and former CFO, based on Koss Corporation's preparation of materially inaccurate financial statements, book "
 "and records, and lack of adequate internal controls from fiscal years 2005 through 2009. During this period, "
 "Sujata Sachdeva (\"Sachdeva\"), Koss's former Principal Accounting Officer, Secretary, and Vice-President of "
 "Finance, and Julie Mulvaney (\"Mulvaney\"), Koss's former Senior Accountant, engaged in a wide-ranging accounting "
 "fraud to cover up Sachdeva's embezzlement of over $30 million from Koss. The Commission's Complaint alleges "
 "that:\n\n"
 "The yearly amounts stolen were significant relative to Koss's sales and shareholders' equity. For example, during "
 "fiscal year 2009, Sachdeva stole approximately $8.5 million, while Koss reported total sales of approximately "
 "$41.7 million and retained earnings of approximately $17.1 million at year-end.\n\n"
 "Sachdeva and Mulvaney were able to hide the substantial embezzlements in Koss's financial records in part because "
 "Koss and Michael J. Koss did not adequately maintain internal controls to reasonably assure the accuracy and "
 "reliability of financial reporting.",
 "consumer electronics/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22138, October 24, 2011 (SEC v. Koss Corporation "
 "and Michael J. Koss, Civil Case No. 2:11-cv-00991, USDC, E.D., Wisc.), US federal government work (public domain); "
 "text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2011/lr22138.htm): first-party text, no third-party copy. Left out: 'U. S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 22138 / October 24, 2011' (kept as `published`), 'Accounting and "
 "Auditing Enforcement Release No. 3330 / October 24, 2011', the case caption ('SEC v. Koss Corporation and Michael "
 "J. Koss, Civil Case No. 2:11-cv-00991, USDC, E.D., Wisc.'), the heading (kept as `title`, in capitals); the first "
 "two bullets kept, each its own paragraph with its marker and indent cut (41s, 44r, 45k); cut before the third "
 "bullet ('While Koss's internal controls policy required Michael J. Koss to approve invoices of $5,000 or more for "
 "payment, its controls did not prevent Sachdeva and Mulvaney from processing large wire transfers and cashier's "
 "c'), where the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks of "
 "'(\"Commission\")', '(\"Koss\")', '(\"Sachdeva\")' and '(\"Mulvaney\")', 'Complaint' with a capital, 'CEO' and "
 "'CFO' unexpanded, 'book and records', 'Vice-President of Finance' hyphenated, 'year-end'. 185 words. One text per "
 "matter: bizjournals (two stories), the company's EDGAR filings (two 'LEGAL MATTERS' notes on sec.gov and an 8-K "
 "on investors.koss.com: company texts, not the SEC's), a class-action complaint (documents.pub) and the Division of "
 "Corporation Finance's waiver letter (pdfslide copy) left out. Found with 'SEC litigation release Koss Corporation "
 "former vice president finance Sue Sachdeva Michael Koss CEO' (rank 2). "
 + CHECK + "'Koss' (only 45r's leads in GATHERING.md; 'Kosstutschenko', another name, in one line), 'Sachdeva' (the "
 "same lead line and a website's name in another batch's list), 'Sujata', 'Mulvaney', '22138', '11-cv-00991', 'No. "
 "3330': 0 in the corpus files, the gather scripts and the pools; 'Milwaukee': other matters (corpus files and "
 "scripts on other companies, by file names only).", True))

# ---- Legato Systems, Malmstedt and Huetteman, Litigation Release No. 17524, 21 May 2002 (UNT End of Term 2008) ---------
U3 = ("https://webarchive.library.unt.edu/eot2008/20090507204340/http://www.sec.gov/litigation/litreleases/"
      "lr17524.htm")
T3 = "COMMISSION FILES FRAUD CHARGES AGAINST TWO FORMER SALES EXECUTIVES OF LEGATO SYSTEMS, INC."
R.append(federal(
 "us-sec-legato-systems-former-sales-executives-malmstedt-huetteman-fraud-2002", U3, "2002-05-21", T3,
 "The Commission announced that it has filed an action in the United States District Court for the Northern "
 "District of California against former sales executives of Legato Systems, Inc., a Mountain View, Calif. developer "
 "of data storage software. In its Complaint, the Commission alleges fraud violations by former Legato executive "
 "vice president of worldwide sales David Malmstedt, 46, of Manhattan Beach, Calif., and former vice president of "
 "North American sales Mark Huetteman, 39, of Hinsdale, Illinois. The complaint alleges that from May 1999 through "
 "December 2000, Malmstedt and Huetteman caused Legato fraudulently to record millions of dollars in revenue on "
 "orders that were contingent on resellers' ability to sell the product to an end customer, or on customers' rights "
 "of exchange, return or cancellation. As a result of the fraud, Legato overstated its revenue over three fiscal "
 "quarters in amounts ranging from 6% to 20% per quarter.\n\n"
 "In one instance, Malmstedt and Huetteman caused Legato to recognize revenue on a $7 million purchase order that "
 "was contingent on further successful negotiations between the parties. Pursuant to this arrangement, if the "
 "negotiations broke down, the customer had the right to cancel the purchase order.",
 "software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17524, May 21, 2002 (Securities and Exchange "
 "Commission v. David Malmstedt and Mark Huetteman, No. C022427 JW PVT), US federal government work (public domain); "
 "text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page "
 "store at " + U3,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr17524.htm) as "
 "the End of Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived "
 "unchanged (44d's, 45f's and 45k's archived texts the same way), no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 17524 / May 21, 2002' (kept as `published`), "
 "'Accounting and Auditing Enforcement Release No. 1561 / May 21, 2002', the case caption ('SECURITIES AND EXCHANGE "
 "COMMISSION v. DAVID MALMSTEDT AND MARK HUETTEMAN, No. C022427 JW PVT'), the heading (kept as `title`, in capitals); "
 "cut after the second paragraph's second sentence, before its third ('The cancellation right was set forth in a "
 "separate side letter, drafted by Huetteman, which stated in part: \"This contingency may not be expressly stated "
 "... reach te'), where the store's excerpt breaks off inside the quotation (`truncated`). Kept as written: 'a "
 "Mountain View, Calif. developer' (one full stop for the abbreviation), 'Complaint' with a capital and 'complaint' "
 "without, 'executive vice president' and 'vice president' in lower case, the ages '46' and '39', 'Calif.' and "
 "'Illinois' as printed, '6% to 20%', '$7 million'. 193 words. One text per matter: the SEC's complaint (sec.gov "
 "complr17524), law.com (two stories on the 2004 verdict), thestreet, the SEC's complaint against Vincent Steckler "
 "(sec.gov comp18327; another action), the Commission's 2002 order against Legato Systems and Stephen Wise "
 "(34-45962, UNT archive; an administrative order, another proceeding) and mondovisione (a copy of the SEC's 2003 "
 "release on Steckler) left out. Found with 'SEC litigation release Legato Systems former executive vice president "
 "David Malmstedt former CFO Stephen Wise' (rank 1). "
 + CHECK + "'Legato' (GATHERING.md: batch 44n's DOJ-lane line 'Legato Systems (SEC only): only news ...' and its "
 "query, and 45r's lead; no Legato text taken), 'Malmstedt', 'Huetteman', '17524', 'C022427', 'No. 1561', "
 "'Logicon', 'Manhattan Beach': 0 in the corpus files, the gather scripts and the pools; 'Hinsdale': two GATHERING.md "
 "lines on the 1988 Illinois Bell central-office fire (another matter); 'Mountain View': other matters (corpus files "
 "on Google, VeriSign and others, by file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
