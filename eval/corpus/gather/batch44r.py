#!/usr/bin/env python3
"""Batch 44r (session 45, gatherer 44r): a home builder's former vice president of human resources, a supermarket
company's former Senior Vice President and Chief Marketing Officer and former Vice President with an SEC official, a
Canadian drug maker's former chairman and CEO, former CFO, current controller and current CFO, and a defence-support
company's former Chief Executive Officer and Chairman of the Board and a former board member with two SEC officials,
told in US Securities and Exchange Commission texts of 2007-2009 (US federal government works, 17 U.S.C. 105), a fifth
round of session 45 after batches 44d, 44h, 44l and 44p in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j,
41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p; 43i and 43k found nothing) --
first-party SEC text from sec.gov as the search tool's page store holds it (or as the UNT Libraries' End of Term 2008
web archive holds the sec.gov page):
  - the SEC's Litigation Release No. 21039 (15 May 2009): Gary A. Ray, 'the former vice president of human resources
    at KB Home, Inc., a Los Angeles-based homebuilder';
  - the SEC's press release 2007-184 (17 September 2007, 'SEC Charges Two Former Supermarket Executives With Financial
    Fraud'): 'the former Senior Vice President and Chief Marketing Officer of the Penn Traffic Company, Leslie H.
    Knox, and a former Penn Traffic Vice President, Linda J. Jones'; David Rosenfeld, Associate Director of the SEC's
    New York Regional Office, quoted;
  - the SEC's Litigation Release No. 20506 (24 March 2008): Biovail Corporation, 'former chairman and chief executive
    officer Eugene Melnyk; former chief financial officer Brian Crombie; current controller John Miszuk; and current
    chief financial officer Kenneth G. Howling';
  - the SEC's press release 2007-135 (12 July 2007, 'SEC Charges Former CEO and Former Board Member of Engineered
    Support Systems, Inc. in Options Backdating Scheme'): Michael F. Shanahan, Sr., 'the former Chief Executive
    Officer and Chairman of the Board of Engineered Support Systems, Inc.', and his son Michael F. Shanahan, Jr., 'a
    former member of Engineered Support's Compensation Committee of its Board of Directors'; Linda Thomsen, Director
    of the Commission's Division of Enforcement, and Merri Jo Gillette, Director of the Commission's Chicago Regional
    Office, quoted (the UNT Libraries' End of Term 2008 archive of the sec.gov page).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number and caption lines,
datelines, sub-headings and headings are left out (the heading kept as `title`, the date as `published`); no word
added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44r.py [POOL_DIR] [--dry]   (default /tmp/gather45r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44d import CHECK, SEC_ARC   # batch43a's check note with the session-45 pools named; the archive origin
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45r/pool"
R = []

# ---- KB Home and Gary A. Ray, Litigation Release No. 21039, 15 May 2009 (sec.gov) -----------------------------------
U1 = "https://www.sec.gov/litigation/litreleases/2009/lr21039.htm"
R.append(federal(
 "us-sec-kb-home-backdating-former-hr-vice-president-ray-2009", U1, "2009-05-15",
 "SEC CHARGES HOME BUILDER'S FORMER HUMAN RESOURCES EXECUTIVE WITH STOCK OPTIONS BACKDATING",
 "The Securities and Exchange Commission yesteday filed a complaint in the United States District Court for the "
 "Central District of California against Gary A. Ray, the former vice president of human resources at KB Home, Inc., "
 "a Los Angeles-based homebuilder.\n\n"
 "The SEC's complaint alleges that Ray used hindsight to pick advantageous grant dates for KB Home's annual stock "
 "option grants in order to enrich himself and others at KB Home. On many occasions, the grant dates coincided with "
 "dates of low monthly closing prices for the company's common stock.\n\n"
 "The SEC's complaint further alleges that Ray continued to use hindsight for stock option grant dates even after "
 "the Sarbanes-Oxley Act of 2002 imposed stricter reporting requirements. The complaint alleges that, because of the "
 "backdating scheme, KB Home filed proxy statements with the SEC that inaccurately stated that KB Home granted "
 "options at market value on the date of the grant. In addition, the complaint alleges that, by concealing his "
 "knowledge about stock option backdating at KB Home, Ray contributed to KB Home's filing of a false and misleading "
 "quarterly report with the SEC in 2006. Ray received backdated annual stock option awards amounting to 380,000 "
 "shares of KB Home stock and profited more than $480,000 from exercising many of these options.\n\n"
 "Ray agreed to settle the Commission's charges without admitting or denying the allegations in the complaint.",
 "homebuilding/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21039, May 15, 2009 (Securities and Exchange "
 "Commission v. Gary A. Ray, United States District Court for the Central District of California, Civil Action No. "
 "CV 09-3430 R (CTx)), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the page line "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21039 / May 15, 2009' (kept as `published`), "
 "'Accounting and Auditing Enforcement Release No. 2969 / May 15, 2009', the case caption ('Securities and Exchange "
 "Commission v. Gary A. Ray, United States District Court for the Central District of California, Civil Action No. "
 "CV 09-3430 R (CTx)'), the heading (kept as `title`, in capitals as printed); cut after the fourth paragraph's first "
 "sentence, before its second ('Under the settlement, Ray consented to the entry of an order that (i) permanently "
 "enjoins him from future violations of Sections 10(b), 13(b)(5), and 16(a) of the Securi'), where the store's "
 "excerpt breaks off (`truncated`). Kept as written: 'yesteday' (the release's misspelling, not corrected), 'vice "
 "president of human resources' in lower case, 'Los Angeles-based homebuilder', 'the Sarbanes-Oxley Act of 2002', "
 "'380,000', '$480,000'. 227 words. One text per matter: the SEC's complaint as vdocuments.us reproduces it (a "
 "filing), news on Ray and on KB Home's former CEO Bruce Karatz (latimes (three), goingconcern (CFOZone), "
 "staging.mercurynews (Bloomberg)) and a blog's copy of the U.S. Attorney's release of 6 March 2009 on Karatz's "
 "indictment (cleanupcityofstaugustine.blogspot, a DOJ text in a third-party copy: 44n's lead) left out. Found with "
 "'SEC Litigation Release 21039 KB Home Gary Ray' (rank 2). "
 + CHECK + "'KB Home', 'Karatz', 'Gary A. Ray', 'Gary Ray', '21039': 0 in the corpus files, the gather scripts and "
 "the pools (GATHERING.md, 44l's and 44n's sections name them only among queries that found no SEC page and among the "
 "leads); 'CV 09-3430', 'Los Angeles-based homebuilder': 0 everywhere; 'Central District of California': other texts "
 "(the court, other matters).", True))

# ---- Penn Traffic, Knox and Jones, press release 2007-184, 17 September 2007 (sec.gov) ------------------------------
U2 = "https://sec.gov/news/press/2007/2007-184.htm"
T2 = "SEC Charges Two Former Supermarket Executives With Financial Fraud"
R.append(federal(
 "us-sec-penn-traffic-former-svp-chief-marketing-officer-knox-vice-president-jones-2007", U2, "2007-09-17", T2,
 "The Securities and Exchange Commission today announced that it filed civil fraud charges against two former "
 "officers of a Syracuse-based retail and wholesale food company for repeatedly inflating reported income by "
 "improperly accounting for vendor rebates and other promotional allowances.\n\n"
 "The Commission's complaint, filed in the United States District Court for the Northern District of New York, "
 "alleges that the former Senior Vice President and Chief Marketing Officer of the Penn Traffic Company, Leslie H. "
 "Knox, and a former Penn Traffic Vice President, Linda J. Jones, orchestrated a scheme to inflate Penn Traffic's "
 "income and other financial results by prematurely recognizing promotional allowances at Penn Traffic. Promotional "
 "allowances \u2014 also referred to as rebates, slotting fees, or vendor allowances \u2014 are fees paid from "
 "vendors in exchange for various marketing and promotional activities, such as inclusion in a supermarket's weekly "
 "circular.\n\n"
 "The U.S. Attorney for the Northern District of New York, Glenn T. Suddaby, today separately announced that a "
 "federal grand jury impaneled within the Northern District of New York has returned an indictment against Knox and "
 "Jones on related criminal charges.\n\n"
 "David Rosenfeld, Associate Director of the SEC's New York Regional Office, said, \"These defendants engaged in a "
 "widespread scheme to falsify Penn Traffic's financial reports. The Commission continues to focus on accounting "
 "improprieties and will take strong action when officers of a public company engage in fraudulent conduct that "
 "distorts the company's financial condition.\"",
 "food retail and distribution/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2007-184 '" + T2 + "', Washington, D.C., Sept. 17, 2007, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY/YYYY-NNN.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2007-184', the dateline 'Washington, D.C., "
 "Sept. 17, 2007 -' (kept as `published`); cut after the fourth paragraph (the quotation), before the fifth "
 "('According to the complaint, from approximately the second quarter of Penn Traffic's Fiscal Year (FY) 2001 "
 "through at least the fourth quarter of FY 200'), where the store's excerpt breaks off (`truncated`). Kept as "
 "written: the straight quotation marks and apostrophes, the two dashes around the aside on promotional allowances, "
 "'Syracuse-based', 'Senior Vice President and Chief Marketing Officer', 'the Penn Traffic Company' with the article "
 "in lower case, 'Associate Director'. 236 words. One text per matter: the SEC's press release 2008-233 of 30 "
 "September 2008 on the settled charges against The Penn Traffic Company itself (sec.gov, rank 1; the same scheme, "
 "naming no executive in its stored excerpt) not taken; the complaint as docslib reproduces it (a filing, twice), "
 "progressivegrocer (three: the company's settlement and the charges) and the Securities Law Prof Blog "
 "(lawprofessors.typepad) left out. Found with 'SEC charges Penn Traffic former executives Litigation Release' (rank "
 "3). "
 + CHECK + "'Penn Traffic': 0 in the corpus files, the gather scripts and the pools (GATHERING.md, 44l's and 44p's "
 "sections name it only among the leads); 'Leslie H. Knox', 'Linda J. Jones', 'Suddaby', 'David Rosenfeld', "
 "'2007-184': 0 everywhere; 'Knox': other texts (other people and places, by file names: no Penn Traffic hit); "
 "'Syracuse': other texts (a place).", True))

# ---- Biovail, Melnyk, Crombie, Miszuk and Howling, Litigation Release No. 20506, 24 March 2008 (sec.gov) -------------
U3 = "https://www.sec.gov/litigation/litreleases/2008/lr20506.htm"
R.append(federal(
 "us-sec-biovail-former-chairman-ceo-melnyk-former-cfo-crombie-fraud-2008", U3, "2008-03-24",
 "SEC Charges Biovail Corporation and Its Former CEO, CFO and Two Current Senior Executives With Securities Fraud",
 "The Securities and Exchange Commission today charged Canadian pharmaceutical company Biovail Corporation and its "
 "former CEO, former CFO, and two current senior executives with engaging in a number of fraudulent accounting "
 "schemes and making a series of misstatements to analysts and investors.\n\n"
 "The Commission's complaint alleges that present and former senior Biovail executives, obsessed with meeting "
 "quarterly and annual earnings guidance, repeatedly overstated earnings and hid losses in order to deceive investors "
 "and create the appearance of achieving earnings goals. When it ultimately became impossible to continue concealing "
 "the company's inability to meet its own earnings guidance, Biovail actively misled investors and analysts about "
 "the reasons for the company's poor performance.\n\n"
 "Biovail settled the Commission's charges and will pay a $10 million penalty. Four current or former Biovail senior "
 "executives still face SEC charges: former chairman and chief executive officer Eugene Melnyk; former chief "
 "financial officer Brian Crombie; current controller John Miszuk; and current chief financial officer Kenneth G. "
 "Howling.\n\n"
 "The Commission's complaint alleges that in October 2003 Biovail and some of its executives schemed to deceive "
 "investors and analysts by falsely attributing nearly half of Biovail's failure to meet its third quarter 2003 "
 "earnings guidance to a truck accident involving a shipment of one of Biovail's products.",
 "pharmaceuticals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20506, March 24, 2008 (SEC v. Biovail "
 "Corporation, Eugene Melnyk, Brian Crombie, John Miszuk, and Kenneth G. Howling, 08 Civ. 02979 (LAK) (S.D.N.Y. "
 "filed March 24, 2008)), US federal government work (public domain); text from the search tool's page store at "
 + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the page line "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20506 / March 24, 2008' (kept as `published`), "
 "'Accounting and Auditing Enforcement Release No. 2801 / March 24, 2008', the case caption ('SEC v. Biovail "
 "Corporation, Eugene Melnyk, Brian Crombie, John Miszuk, and Kenneth G. Howling, 08 Civ. 02979 (LAK) (S.D.N.Y. "
 "filed March 24, 2008)'), the heading (kept as `title`), the sub-heading 'Biovail Settles Charges and Agrees to Pay "
 "$10 Million Civil Penalty'; cut after the fourth paragraph's first sentence, before its second ('Led by Melnyk, "
 "Biovail intentionally misstated both the effect'), where the store's excerpt breaks off (`truncated`). Kept as "
 "written: 'CEO' and 'CFO' in the first paragraph, the posts in lower case in the third ('former chairman and chief "
 "executive officer', 'current controller'), the semicolons of the list, 'third quarter 2003', '$10 million'. 208 "
 "words. One text per matter: news on the same matter (investmentexecutive, californiabiotechlaw (AP), drugstorenews "
 "(WSJ), accountingtoday, thestar), the White Collar Crime Prof Blog (lawprofessors.typepad, on the earlier Wells "
 "notice) and secactions left out. Found with 'SEC charges Biovail former chief executive accounting fraud press "
 "release' (rank 3). "
 + CHECK + "'Biovail', 'Melnyk', 'Crombie', 'Miszuk', 'Kenneth G. Howling', '20506', '08 Civ. 02979': 0 in the corpus "
 "files, GATHERING.md, the gather scripts and the pools; 'Howling': other texts as a word (howling winds; by file "
 "names and GATHERING.md only), not this person.", True))

# ---- Engineered Support Systems and the Shanahans, press release 2007-135, 12 July 2007 (UNT End of Term 2008) --------
U4 = "https://webarchive.library.unt.edu/eot2008/20080916035104/http://sec.gov/news/press/2007/2007-135.htm"
T4 = ("SEC Charges Former CEO and Former Board Member of Engineered Support Systems, Inc. in Options Backdating "
      "Scheme")
R.append(federal(
 "us-sec-engineered-support-systems-backdating-former-ceo-chairman-shanahan-2007", U4, "2007-07-12", T4,
 "The Securities and Exchange Commission today filed a civil injunctive action against Michael F. Shanahan, Sr. "
 "(Shanahan), the former Chief Executive Officer and Chairman of the Board of Engineered Support Systems, Inc., and "
 "his son, Michael F. Shanahan, Jr. (Shanahan Jr.), a former member of Engineered Support's Compensation Committee "
 "of its Board of Directors, alleging that they participated in a fraudulent scheme in which they granted "
 "undisclosed, in-the-money stock options to themselves and to other Engineered Support officers, employees, and "
 "directors. According to the complaint, Engineered Support employees and directors received approximately $20 "
 "million in unauthorized and undisclosed compensation as a result of the backdating, $16 million of which was "
 "received by top executives and directors. Shanahan personally profited from the backdating scheme by more than "
 "$8.9 million.\n\n"
 "Linda Thomsen, Director of the Commission's Division of Enforcement, said, \"Our actions today demonstrate that the "
 "Commission will aggressively pursue individuals who are alleged to have engaged in fraudulent stock option "
 "granting practices to secretly enhance their own compensation.\"\n\n"
 "Merri Jo Gillette, Director of the Commission's Chicago Regional Office, said, \"Truthful disclosure of executive "
 "compensation is an important issue for shareholders. Concealing compensation and misleading shareholders in order "
 "to obtain approval for stock option plans will not be tolerated.\"\n\n"
 "The complaint alleges that, from 1997 through 2002, Shanahan and Shanahan Jr. approved the issuance of backdated "
 "stock options that coincided with historically low closing prices of Engineered Support's common stock.",
 "defence support equipment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2007-135 '" + T4 + "', Washington, D.C., July 12, 2007, US "
 "federal government work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web "
 "archive holds it, from the search tool's page store at " + U4,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2007/2007-135.htm) as the End of "
 "Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (44d's "
 "HealthSouth text the same way), no third-party copy. Left out: the page lines 'U.S. Securities & Exchange "
 "Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', the heading (kept as "
 "`title`), the lines 'FOR IMMEDIATE RELEASE' and '2007-135', the dateline 'Washington, D.C., July 12, 2007 -' (kept "
 "as `published`); cut after the fourth paragraph's first sentence, before its second ('The company's stoc'), where "
 "the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks and apostrophes, the "
 "bracketed short names '(Shanahan)' and '(Shanahan Jr.)' without quotation marks, 'Chief Executive Officer and "
 "Chairman of the Board', 'in-the-money', '$8.9 million'. 238 words. One text per matter: the SEC's Litigation "
 "Release No. 20193 on the same filing (the same UNT archive, rank 2) and the earlier press release 2007-15 of 6 "
 "February 2007 on the former CFO Gary C. Gerhardt and former Controller Steven J. Landmann (sec.gov, rank 5; the "
 "same scheme) not taken; plansponsor, secactions, the White Collar Crime Prof Blog (lawprofessors.typepad), "
 "lexology and tyloburdo.ru (a copied note on the later verdict) left out. Found with 'SEC sues Engineered Support "
 "Systems former executives stock option backdating Litigation Release' (rank 3). "
 + CHECK + "'Engineered Support', 'Shanahan', 'Merri Jo', 'Gerhardt', 'Landmann', '2007-135', '20193': 0 in the "
 "corpus files, GATHERING.md, the gather scripts and the pools; 'Gillette': the razor company in two test files (by "
 "file names only) and batches 16i's and 43q's scripts, not this person; 'Thomsen', 'Division of Enforcement': 44l's "
 "and 44p's SEC texts (the same SEC official and division, other matters); 'Chicago Regional Office': 0 in the "
 "corpus files, the other gather scripts and the pools.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
