#!/usr/bin/env python3
"""Batch 44p (session 45, gatherer 44p): a chip maker and its co-founder and former chief operating officer with two
SEC officials, a chip maker's former President, CEO and Chairman of the Board and former CFO with two SEC officials, a
computer-services company settling backdating charges after the copier maker that bought it, and a chip maker's founder
and former CEO and former chief accounting officer, told in US Securities and Exchange Commission texts of 2007-2010
(US federal government works, 17 U.S.C. 105), a fourth round of session 45 after batches 44d, 44h and 44l in the
federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l; 43i and 43k found nothing) -- first-party SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's press release 2008-82 (8 May 2008, 'SEC Charges Marvell Technology Group For Stock Option Backdating'):
    Marvell Technology Group, Ltd., its co-founder and former chief operating officer Weili Dai; Linda Chatman
    Thomsen, Director of the SEC's Division of Enforcement, and Marc J. Fagel, Co-Acting Regional Director of the
    SEC's San Francisco Regional Office, quoted;
  - the SEC's press release 2007-250 (4 December 2007, 'SEC Sues Maxim Integrated Products and Former Senior Officers
    in Stock Option Backdating Scheme'): Maxim Integrated Products, Inc., its former CFO Carl W. Jasper and its former
    President, CEO, and Chairman of the Board John F. Gifford; Thomsen, 'the SEC's Director of Enforcement', and
    Fagel quoted;
  - the SEC's Litigation Release No. 21643 (9 September 2010): Affiliated Computer Services, Inc. settles backdating
    charges; 'ACS was later acquired by Xerox Corporation on February 5, 2010';
  - the SEC's Litigation Release No. 21593 (16 July 2010): Trident Microsystems, Inc., 'Trident's founder and former
    Chief Executive Officer, Frank C. Lin, and Trident's former Chief Accounting Officer, Peter Jen'.
Texts are the search tool's page-store excerpts (corpus `pages`), each the sec.gov page itself. Page lines,
release-number and caption lines, datelines, sub-headings and headings are left out (the heading kept as `title`, the
date as `published`); no word added or changed. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch44p.py [POOL_DIR] [--dry]   (default /tmp/gather45p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44d import CHECK   # batch43a's check note (42a's, 41b's) with the session-45 pools named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45p/pool"
R = []

# ---- Marvell and Weili Dai, press release 2008-82, 8 May 2008 (sec.gov) ---------------------------------------------
U1 = "https://sec.gov/news/press/2008/2008-82.htm"
T1 = "SEC Charges Marvell Technology Group For Stock Option Backdating"
R.append(federal(
 "us-sec-marvell-technology-backdating-cofounder-former-coo-dai-2008", U1, "2008-05-08", T1,
 "The Securities and Exchange Commission today charged a Silicon Valley semiconductor company and its co-founder for "
 "reporting false financial information to investors by improperly backdating stock option grants to employees.\n\n"
 "The SEC's complaint against Marvell Technology Group, Ltd., and former chief operating officer Weili Dai alleges "
 "that Marvell provided potentially lucrative \"in-the-money\" options (granted at below-market prices) to "
 "employees. Rather than report compensation expenses to shareholders, as required at the time for these "
 "\"in-the-money\" options, Marvell backdated the options to dates with lower stock prices, and falsely represented "
 "that the options had been granted \"at-the-money\" (at market price) on earlier dates.\n\n"
 "Marvell and Dai settled the SEC's charges without admitting or denying the allegations and will pay financial "
 "penalties of $10 million and $500,000, respectively.\n\n"
 "Linda Chatman Thomsen, Director of the SEC's Division of Enforcement, said, \"Marvell's long-running backdating "
 "scheme involved a senior executive who regularly signed minutes of meetings that never occurred. Today's action "
 "confirms that the Commission continues to take allegations of misconduct by public company officers seriously.\"\n\n"
 "Marc J. Fagel, Co-Acting Regional Director of the SEC's San Francisco Regional Office, said, \"Despite warning "
 "signs, Marvell failed to detect or prevent the backdating. This case underscores the need for public companies to "
 "implement strong internal controls and set an appropriate 'tone at the top.'\"\n\n"
 "According to the SEC's complaint, filed in federal district court in San Jose, the scheme allowed Marvell to "
 "overstate its income by $362 million from its fiscal years 2000 through 2006.",
 "semiconductors/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2008-82 '" + T1 + "', Washington, D.C., May 8, 2008, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY/YYYY-NN.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2008-82', the dateline 'Washington, D.C., "
 "May 8, 2008 \u2014' (kept as `published`); cut after the sixth paragraph's first sentence, before its second ('The "
 "SEC alleges that Dai, a'), where the store's excerpt breaks off (`truncated`). Kept as written: the straight "
 "quotation marks and apostrophes, the single quotation marks of 'tone at the top.' inside the quotation, 'former "
 "chief operating officer' in lower case, 'Co-Acting Regional Director', 'co-founder', 'in-the-money', "
 "'at-the-money', 'below-market', 'long-running'. 247 words. One text per matter: news on the same matter "
 "(mercurynews (two), law.com (The Recorder), royalgazette (Bloomberg, three), accountingtoday, cfo.com, pcworld), "
 "securities.stanford.edu's class-action pages (two), the court's order on justia, studicata and casetext and a "
 "Wikipedia mirror (wiki.gravy.cc) left out. Found with 'Litigation Release Marvell Technology stock option "
 "backdating former executives' (rank 6) and 'Marvell Technology Group Weili Dai co-founder former chief operating "
 "officer SEC complaint backdating settled' (rank 3). "
 + CHECK + "'Marvell': 0 in the corpus files, the gather scripts and the pools (GATHERING.md and 44l's section name it "
 "only among the leads); 'Weili Dai', 'Sutardja', 'Fagel', '2008-82': 0 everywhere; 'Thomsen' and 'Division of "
 "Enforcement': 44l's Brooks text and other SEC texts (the same SEC official and division, other matters); 'San "
 "Francisco Regional Office': 41m's SEC text (the SEC's office, another matter).", True))

# ---- Maxim, Jasper and Gifford, press release 2007-250, 4 December 2007 (sec.gov) -----------------------------------
U2 = "https://sec.gov/news/press/2007/2007-250.htm"
T2 = "SEC Sues Maxim Integrated Products and Former Senior Officers in Stock Option Backdating Scheme"
R.append(federal(
 "us-sec-maxim-integrated-backdating-former-cfo-jasper-former-ceo-gifford-2007", U2, "2007-12-04", T2,
 "The Securities and Exchange Commission today filed civil charges against Maxim Integrated Products, Inc., a Silicon "
 "Valley semiconductor company, and the company's former CEO and CFO, alleging that they reported false financial "
 "information to investors by improperly backdating stock option grants to Maxim employees and directors.\n\n"
 "Linda Chatman Thomsen, the SEC's Director of Enforcement, stated, \"Maxim's seeming ability to pick favorable "
 "grant dates for its employees was too good to be true \u2014 in ten consecutive quarters, Maxim granted options on "
 "the date with the lowest stock price of the quarter. In reality, Maxim selected these supposed grant dates with "
 "the benefit of hindsight, allowing it to hide millions of dollars in expenses from shareholders.\"\n\n"
 "Marc J. Fagel, Co-Acting Regional Director of the SEC's San Francisco Regional Office, added, \"Of particular "
 "concern here was the CFO's abandoning his role as corporate gatekeeper and instead facilitating Maxim's "
 "misrepresentations about its stock option program and financial condition.\"\n\n"
 "The Commission alleges that former CFO Carl W. Jasper, of San Jose, Calif., helped the company fraudulently "
 "conceal tens of millions of dollars in compensation expenses through the use of backdated, \"in-the-money\" option "
 "grants. In a separate action, former President, CEO, and Chairman of the Board John F. Gifford, of Menlo Park, "
 "Calif., agreed to pay more than $800,000 in disgorgement, interest, and penalties to settle charges relating to "
 "his role in the options backdating. Maxim similarly has agreed to settle the Commission's charges against it.",
 "semiconductors/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2007-250 '" + T2 + "; Former CEO Agrees to Pay $800,000', "
 "Washington, D.C., Dec. 4, 2007, US federal government work (public domain); text from the search tool's page "
 "store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY/YYYY-NNN.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the sub-heading 'Former CEO Agrees to Pay $800,000', the lines 'FOR IMMEDIATE "
 "RELEASE' and '2007-250', the dateline 'Washington, D.C., Dec. 4, 2007 -' (kept as `published`); cut after the "
 "fourth paragraph, before the fifth ('The Commission's complaints, filed in federal district court in San Jose, "
 "allege tha'), where the store's excerpt breaks off inside that paragraph's first sentence (`truncated`). Kept as "
 "written: the straight quotation marks and apostrophes, the dash inside Thomsen's quotation, 'CEO' and 'CFO', "
 "'President, CEO, and Chairman of the Board', 'Director of Enforcement', 'Co-Acting Regional Director', 'San Jose, "
 "Calif.' and 'Menlo Park, Calif.' with their commas, 'in-the-money'. 241 words. One text per matter: news and blogs "
 "on the same matter (lawprofessors.typepad (Securities Law Prof Blog), cfo.com, mercurynews (three), the "
 "gazettebusiness blog, barrev.org (CFOZone)) left out. Found with 'SEC charges Maxim Integrated former CFO Carl "
 "Jasper backdating Litigation Release' (rank 3). "
 + CHECK + "'Maxim Integrated', 'Carl W. Jasper', 'Fagel', '2007-250': 0 everywhere; 'Jasper': two FCC texts (a "
 "county in hurricane reports, a place) and batch 37z's scripts; 'Gifford': 0 as this person (one train file and "
 "batch 31g's scripts name Gabrielle Giffords, another person); 'Thomsen': 44l's Brooks text (the same SEC official, "
 "another matter); 'Menlo Park': other texts (a place).", True))

# ---- Affiliated Computer Services, Litigation Release No. 21643, 9 September 2010 (sec.gov) --------------------------
U3 = "http://sec.gov/litigation/litreleases/2010/lr21643.htm"
R.append(federal(
 "us-sec-affiliated-computer-services-backdating-settlement-acquired-by-xerox-2010", U3, "2010-09-09",
 "AFFILIATED COMPUTER SERVICES, INC. SETTLES CHARGES OF STOCK OPTIONS BACKDATING AND FALSE DISCLOSURES",
 "The Securities and Exchange Commission today charged Affiliated Computer Services, Inc. (\"ACS\"), a former "
 "Fortune 500 company in the business of providing business process and information technology services, alleging "
 "that during the period 1995 to 2006, ACS backdated stock option grants to its officers and employees and falsely "
 "denied that officers at the company had engaged in intentional backdating. ACS was later acquired by Xerox "
 "Corporation on February 5, 2010.\n\n"
 "The SEC's complaint, filed in federal district court in Washington, D.C., alleges that from 1995 to 2006, ACS "
 "engaged in a fraudulent and deceptive scheme to provide executives and other employees with undisclosed "
 "compensation. ACS, through its former CEO and its former CFO, backdated the grant dates of ACS stock options to "
 "coincide with the dates of low closing prices for the company's stock and then filed periodic reports with the SEC "
 "that omitted necessary expenses for backdated options.\n\n"
 "The SEC's complaint alleges that as a result of the undisclosed backdating, ACS materially understated the "
 "company's compensation expenses in financial statements contained in public reports filed with the Commission. "
 "Additionally, ACS did not have adequate internal controls relating to the granting of stock options and did not "
 "maintain accurate books and records concerning its stock option grants.",
 "IT and business process services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21643, September 9, 2010 (Securities and Exchange "
 "Commission v. Affiliated Computer Services, Inc., Civil Action No. 1:10-cv-1515 (D.D.C.)), US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the page "
 "lines 'Breadcrumb' and 'Affiliated Computer Services, Inc.' (twice), 'U.S. Securities and Exchange Commission', "
 "'Litigation Release No. 21643 / September 9, 2010' (kept as `published`), 'Accounting and Auditing Enforcement "
 "Release No. 3182 / September 9, 2010', the case caption ('Securities and Exchange Commission v. Affiliated "
 "Computer Services, Inc., Civil Action No. 1:10-cv-1515 (D.D.C.)'), the heading (kept as `title`, in capitals as "
 "printed); cut after the third paragraph, before the fourth ('The SEC's complaint also alleges that while the "
 "company was conducting an internal investigation of the backdating ACS, through its former CEO and former CFO, "
 "made'), where the store's excerpt breaks off inside that paragraph's first sentence (`truncated`). Kept as "
 "written: the bracketed short name with straight quotation marks, 'Fortune 500', 'CEO' and 'CFO', 'Washington, "
 "D.C.', 'the Commission'. 207 words. One text per matter: the SEC's complaint as vdocuments.net reproduces it, "
 "inaudit.com's story, a copy on moscowtorex.ru, the Dallas Observer's blog, lawfuel's and sec.gov's EDGAR copies "
 "of ACS's own release of 27 November 2006 (a company text naming its chief executive and chief financial officer) "
 "and lexology's note on a later matter (2014) left out. Found with 'SEC Litigation Release Affiliated Computer "
 "Services former CEO Jeffrey Rich backdating' (rank 2). "
 + CHECK + "'Affiliated Computer': 0 in the corpus files, the gather scripts and the pools (GATHERING.md and 44l's "
 "section name it only among the leads); '21643', '1:10-cv-1515': 0 everywhere; 'Xerox': two train files (Wikinews "
 "on HP's purchase of EDS naming Xerox in a list; Ursula Burns's Wikipedia biography, neither naming Affiliated "
 "Computer Services), one test file (a VOA story on Fuji Xerox's chairman, by file name and GATHERING.md only, the "
 "test text not read), 44l's Xerox text (the 2003 accounting matter) and batches 12b, 28a and 38za's scripts: other "
 "matters, none on this acquisition.", True))

# ---- Trident Microsystems, Lin and Jen, Litigation Release No. 21593, 16 July 2010 (sec.gov) --------------------------
U4 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-21593"
R.append(federal(
 "us-sec-trident-microsystems-backdating-founder-former-ceo-lin-former-cao-jen-2010", U4, "2010-07-16",
 "SEC CHARGES TRIDENT MICROSYSTEMS, INC. AND ITS FORMER CEO AND FORMER CAO WITH STOCK OPTIONS BACKDATING",
 "The Securities and Exchange Commission today filed a civil action against Trident Microsystems, Inc., a Santa "
 "Clara, California-based provider of integrated circuits, Trident's founder and former Chief Executive Officer, "
 "Frank C. Lin, and Trident's former Chief Accounting Officer, Peter Jen, alleging violations related to stock "
 "option backdating.\n\n"
 "The Commission's complaint, filed in the United States District Court for the District of Columbia, alleges that "
 "from at least 1993 to May 2006, Trident, through the conduct of Lin and Jen, engaged in a fraudulent and deceptive "
 "scheme to provide undisclosed compensation to executives and other employees, concealing millions of dollars in "
 "expenses from the Company's shareholders. According to the complaint, Lin used, and directed others to use, "
 "hindsight to select for stock option grants dates that coincided with the dates of low closing prices for the "
 "Company's stock. Lin backdated stock option documentation to make it appear as if options had been granted on "
 "earlier dates, resulting in disguised \"in-the-money\" option grants to Company employees, officers, and on at "
 "least one occasion to directors. Among the alleged backdating practices, Trident backdated offer letters to newly "
 "hired employees and \"parked\" low-priced options under the names of certain employees which were later allocated "
 "to different employees in subsequent months when Trident's stock price increased.",
 "semiconductors/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21593, July 16, 2010 (SEC v. Trident "
 "Microsystems, Inc., Frank C. Lin, and Peter Y. Jen, Civil Action No. 1:10-CV-01202 (JDB)(D.D.C.)), US federal "
 "government work (public domain); text from the search tool's page store at " + U4,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the current "
 "'enforcement-litigation/litigation-releases/lr-NNNNN' address, as 41e's release): first-party text, no "
 "third-party copy. Left out: the page lines 'Breadcrumb' and 'Trident Microsystems, Inc., Frank C. Lin, and Peter "
 "Y. Jen' (twice), 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21593 / July 16, 2010' (kept "
 "as `published`), 'Accounting and Auditing Enforcement Release No. 3154 / July 16, 2010', the case caption ('SEC "
 "v. Trident Microsystems, Inc., Frank C. Lin, and Peter Y. Jen, Civil Action No. 1:10-CV-01202 (JDB)(D.D.C.)'), "
 "the heading (kept as `title`, in capitals as printed); cut after the second paragraph's fourth sentence, before "
 "its fifth ('The complaint alleges that Jen was aware of some of the bac'), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'Santa Clara, California-based', the capitalised posts ('Chief Executive "
 "Officer', 'Chief Accounting Officer'), 'Peter Jen' (the captions' 'Peter Y. Jen' not in the text), 'Company' "
 "capitalised, the straight quotation marks of \"in-the-money\" and \"parked\", 'low-priced'. 211 words. One text "
 "per matter: news on the same matter (accountingtoday, plansponsor, thestreet) and Trident's own EDGAR filings "
 "(two proxy statements, an 8-K) left out. Found with 'SEC charges Trident Microsystems former CEO Frank Lin stock "
 "option backdating' (rank 1). "
 + CHECK + "'Trident Microsystems': 0 in the corpus files, the gather scripts and the pools (GATHERING.md and 44l's "
 "section name it only among the leads); 'Frank C. Lin', 'Peter Y. Jen', 'Peter Jen', '21593', '1:10-CV-01202': 0 "
 "everywhere; 'Santa Clara': other texts (a place).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
