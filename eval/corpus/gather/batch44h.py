#!/usr/bin/env python3
"""Batch 44h (session 45, gatherer 44h): a software maker's former chairman and CEO, CFOs and general counsel with the
computer company that bought it, a truck maker's CEO and former CFO, a brokerage's former chairman and CEO with its
corporate predecessor, and a video game publisher's former CEO and chairman with an SEC official, told in US Securities
and Exchange Commission texts of 2007-2010 (US federal government works, 17 U.S.C. 105), a second round of session 45
after batch 44d in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y,
43a, 43d, 43g, 44d; 43i and 43k found nothing) -- first-party SEC text from sec.gov as the search tool's page store
holds it, either the sec.gov page itself or the page as a federal web archive holds it:
  - the SEC's Litigation Release No. 20136 (31 May 2007, 'SEC Settles With Mercury Interactive and Sues Former Mercury
    Officers for Stock Option Backdating and Other Fraudulent Conduct'): Mercury Interactive, LLC (formerly Mercury
    Interactive Corporation), its former Chairman and CEO Amnon Landan, former CFOs Sharlene Abrams and Douglas Smith,
    former General Counsel Susan Skaer; 'Mercury, which was acquired by Hewlett-Packard Company on November 8, 2006'
    (the sec.gov page itself);
  - the SEC's Litigation Release No. 21616 (5 August 2010, 'Navistar Settles With Commission Over Certain Restated
    2002-2005 Financial Results'): Navistar International Corporation, its CEO Daniel C. Ustian, former CFO Robert C.
    Lannert and five other respondents (the sec.gov page itself);
  - the SEC's Litigation Release No. 20460 (19 February 2008, 'SEC Charges Former Refco CEO Phillip R. Bennett With
    Orchestrating Refco Fraud'): Phillip R. Bennett, 'the former chairman and chief executive officer of Refco Inc. and
    its corporate predecessor, Refco Group Ltd.', and Refco Group Holdings, Inc. (RGHI), 'a non-Refco entity that
    Bennett controlled' (the sec.gov page itself);
  - the SEC's press release 2009-72 (1 April 2009, 'SEC Charges Take-Two for Stock Options Backdating Scheme'):
    Take-Two Interactive Software, Inc., its former Chief Executive Officer and Chairman Ryan Brant, Christopher Conte,
    an Associate Director in the SEC's Division of Enforcement (the UNT Libraries' End of Term 2008 web archive).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, caption lines, datelines,
sub-headings and headings are left out (the heading kept as `title`, the date as `published`); no word added or
changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44h.py [POOL_DIR] [--dry]   (default /tmp/gather45h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44d import CHECK, SEC_ARC   # batch43a's check note (42a's, 41b's) with the session-45 pools named; 44d's origin
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45h/pool"
R = []

# ---- Mercury Interactive, Landan and others, Litigation Release No. 20136, 31 May 2007 (sec.gov) --------------------
U1 = "http://sec.gov/litigation/litreleases/2007/lr20136.htm"
R.append(federal(
 "us-sec-mercury-interactive-former-officers-backdating-hewlett-packard-2007", U1, "2007-05-31",
 "SEC Settles With Mercury Interactive and Sues Former Mercury Officers for Stock Option Backdating and Other "
 "Fraudulent Conduct",
 "The Securities and Exchange Commission today filed civil fraud charges in federal district court for the Northern "
 "District of California against California-based software maker Mercury Interactive, LLC (formerly known as Mercury "
 "Interactive Corporation) and four former senior officers of Mercury -- former Chairman and Chief Executive Officer "
 "Amnon Landan, former Chief Financial Officers Sharlene Abrams and Douglas Smith, and former General Counsel Susan "
 "Skaer. The SEC alleges that the former senior officers perpetrated a fraudulent and deceptive scheme from 1997 to "
 "2005 to award themselves and other employees undisclosed, secret compensation by backdating stock option grants and "
 "failing to record hundreds of millions of dollars of compensation expense. The SEC also alleges that during this "
 "period Mercury, through Landan and at times Abrams, Smith or Skaer, backdated stock option exercises, made "
 "fraudulent disclosures concerning Mercury's \"backlog\" of sales revenues to manage its reported earnings, and "
 "structured fraudulent loans for option exercises by overseas employees to avoid recording expenses. Mercury, which "
 "was acquired by Hewlett-Packard Company on November 8, 2006, after the alleged misconduct, settled the matter by "
 "agreeing to pay a $28 million civil penalty and to be permanently enjoined. The SEC's case against the four former "
 "officers is litigating.",
 "business software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20136, May 31, 2007 (Securities and Exchange "
 "Commission v. Mercury Interactive, LLC (f/k/a Mercury Interactive Corporation), Amnon Landan, Sharlene Abrams, "
 "Douglas Smith, and Susan Skaer, Case No. 07-2822 (RS) (N.D. Cal., filed May 31, 2007)), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the lines "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20136 / May 31, 2007' (kept as `published`), the "
 "case caption ('Securities and Exchange Commission v. Mercury Interactive, LLC (f/k/a Mercury Interactive "
 "Corporation), Amnon Landan, Sharlene Abrams, Douglas Smith, and Susan Skaer , Case No. 07-2822 (RS). (N.D. Cal., "
 "filed May 31, 2007)'), the heading (kept as `title`); cut after the first paragraph, before the second ('The SEC's "
 "complaint alleges that from 1997 to 2002, Mercury, acting through Landan and at various times Abrams, Smith and "
 "Skaer, backdated the date on which stock options were g'), where the store's excerpt breaks off inside the "
 "paragraph's first sentence (`truncated`). Kept as written: the double hyphen in 'Mercury -- former Chairman', the "
 "straight quotation marks around 'backlog' and the straight apostrophes, 'Chairman and Chief Executive Officer', "
 "'Chief Financial Officers' and 'General Counsel' capitalised, 'is litigating'. 200 words. One text per matter: "
 "the SEC's Litigation Release No. 20724 of 17 September 2008 on three former outside directors of Mercury "
 "(sec.gov/litigation/litreleases/2008/lr20724.htm, rank 3: directors without another post, a later release of the "
 "same matter) not taken; the wallstreetfraud blog's copy of the SEC's release on Landan's and Smith's settlement "
 "(unchecked third-party copy), pdfslide's copy of the complaint (a filing), globes, mercurynews, wolfs2cents and "
 "law.com left out. Found with 'Litigation Release Mercury Interactive former CEO Amnon Landan former CFO backdating' "
 "(rank 2). "
 + CHECK + "'Mercury Interactive', 'Landan', 'Sharlene Abrams', 'Douglas Smith', 'Skaer', '20136' (as a release "
 "number), '07-2822': 0 everywhere; 'Mercury': one train file (Wikinews on HP's purchase of EDS, 2008, naming "
 "'Mercury' among HP's earlier purchases: another matter) and other texts (the planet, Mercury Communications, by "
 "file names); 'Hewlett-Packard': other texts (other matters); 'California': other texts (a place).", True))

# ---- Navistar, Ustian, Lannert and others, Litigation Release No. 21616, 5 August 2010 (sec.gov) --------------------
U2 = "http://www.sec.gov/litigation/litreleases/2010/lr21616.htm"
R.append(federal(
 "us-sec-navistar-ceo-ustian-former-cfo-lannert-restated-results-2010", U2, "2010-08-05",
 "NAVISTAR SETTLES WITH COMMISSION OVER CERTAIN RESTATED 2002-2005 FINANCIAL RESULTS",
 "On August 5, 2010, the United States Securities and Exchange Commission (Commission) issued a cease-and-desist "
 "order against Navistar International Corporation (Navistar), CEO Daniel C. Ustian (Ustian), former CFO Robert C. "
 "Lannert (Lannert), Thomas M. Akers, Jr. (Akers), James W. McIntosh (McIntosh), James J. Stanaway (Stanaway), Ernest "
 "A. Stinsa (Stinsa) and Michael J. Schultz (Schultz). Each Respondent consented to the issuance of the Order without "
 "admitting or denying the Commission's findings as part of a global settlement.\n\n"
 "The Order finds that at times from 2001 through 2005, Navistar overstated its pre-tax income by a total of "
 "approximately $137 million as the result of various instances of misconduct. Fraud by certain individuals at a "
 "Wisconsin foundry and in connection with certain vendor rebates and vendor tooling transactions accounted for "
 "approximately $58 million of that total.",
 "trucks and engines/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21616, August 5, 2010 (Securities and Exchange "
 "Commission v. James W. McIntosh, et al., Civil Action No. 10-cv-4903 (N.D. Ill.) (August 4, 2010); Securities and "
 "Exchange Commission v. Mark T. Schwetschenau, Civil Action No. 10-cv-4904 (N.D. Ill.) (August 4, 2010)), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address; the store also holds the page at its new address "
 "sec.gov/enforcement-litigation/litigation-releases/lr-21616, rank 4, the same text): first-party text, no "
 "third-party copy. Left out: the page line 'James W. McIntosh, et al., and Mark T. Schwetschenau', the lines 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21616 / August 5, 2010' (kept as `published`), "
 "'Accounting and Auditing Enforcement Release No. 3168 / August 5, 2010', the two case captions ('Securities and "
 "Exchange Commission v. James W. McIntosh, et al., Civil Action No. 10-cv-4903 (N.D. Ill.) (August 4, 2010).' and "
 "'Securities and Exchange Commission v. Mark T. Schwetschenau, ...'), the heading (kept as `title`, in capitals as "
 "printed) and the three sub-headings in capitals ('SETTLED ORDER FINDS THAT CEO AND FORMER CFO WERE CAUSES OF "
 "NAVISTAR'S INTERNAL CONTROL VIOLATIONS, ...', 'COMMISSION SETTLES WITH FIVE OTHER CURRENT AND FORMER NAVISTAR "
 "EMPLOYEES INCLUDING FRAUD CHARGES AGAINST CERTAIN INDIVIDUALS', 'FORMER COMPANY CONTROLLER AGREES TO SUSPENSION "
 "...'); cut after the second paragraph's second sentence, before its third ('The remaining approximately $79 million "
 "resulted from improper accounting for certain warranty'), where the store's excerpt breaks off (`truncated`). Kept "
 "as written: the bracketed short names '(Commission)', '(Navistar)', '(Ustian)' and the others, 'CEO' and 'CFO', "
 "'cease-and-desist', 'Respondent' and 'Order' capitalised, 'pre-tax', '$137 million'. 133 words. One text per "
 "matter: the Commission's order (docslib's copy of the administrative proceeding, a filing) not taken; classadvocate, "
 "businessinsurance (Reuters, the 2016 matter) and chicagobreakingbusiness left out. Found with 'Litigation Release "
 "Navistar International former CEO CFO accounting fraud SEC charges 2007' (rank 1). "
 + CHECK + "'Navistar', 'Lannert', 'Stanaway', 'Stinsa', 'Michael J. Schultz', 'Schwetschenau', '21616', "
 "'10-cv-4903': 0 everywhere; 'Ustian': 0 as a word (a test file and batch 21a's script hold the letters inside "
 "another word, by the grep's match only, the test text not read); 'Akers', 'McIntosh': other persons (other texts, "
 "by file names); 'Wisconsin': other texts (a place).", True))

# ---- Refco and Bennett, Litigation Release No. 20460, 19 February 2008 (sec.gov) ------------------------------------
U3 = "http://sec.gov/litigation/litreleases/2008/lr20460.htm"
R.append(federal(
 "us-sec-refco-former-chairman-ceo-bennett-fraud-2008", U3, "2008-02-19",
 "SEC Charges Former Refco CEO Phillip R. Bennett With Orchestrating Refco Fraud",
 "The U.S. Securities and Exchange Commission (the Commission) today filed a civil injunctive action in the United "
 "States District Court for the Southern District of New York against Phillip R. Bennett, the former chairman and "
 "chief executive officer of Refco Inc. and its corporate predecessor, Refco Group Ltd. (together, Refco). The "
 "Commission's complaint alleges that Bennett orchestrated a scheme that periodically concealed hundreds of millions "
 "of dollars owed to Refco by a private entity that Bennett controlled. The public revelation of Bennett's scheme in "
 "October 2005, two months after the company's initial public offering of common stock, caused hundreds of millions "
 "of dollars in losses to Refco shareholders. The complaint also alleges that Bennett directed practices that "
 "artificially inflated Refco's financial results. As a result, the complaint alleges, Bennett violated Section 17(a) "
 "of the Securities Act of 1933 (Securities Act), Sections 10(b) and 13(b)(5) of the Securities Exchange Act of 1934 "
 "(Exchange Act), and Exchange Act Rules 10b-5, 13b2-1, and 15d 14, and aided and abetted Refco's violations of "
 "Sections 13(b)(2)(A), 13(b)(2)(B), and 15(d) of the Exchange Act and Exchange Act Rules 15d-2 and 15d-13.\n\n"
 "According to the complaint, from at least 1998 to October 2005, Bennett's scheme periodically concealed debt owed "
 "to Refco by Refco Group Holdings, Inc. (RGHI), a non-Refco entity that Bennett controlled. The debt was primarily "
 "the result of trading losses and operating expenses that Refco transferred over time to RGHI.",
 "brokerage/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20460, February 19, 2008 (U.S. Securities and "
 "Exchange Commission v. Phillip R. Bennett, 08 CV 1631 (GEL) (S.D.N.Y. filed February 19, 2008)), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the page line "
 "'Phillip R. Bennett', the lines 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20460 / February "
 "19, 2008' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 2788 / February 19, 2008', the case "
 "caption ('U.S. Securities and Exchange Commission v. Phillip R. Bennett, 08 CV 1631 (GEL) (S.D.N.Y. filed February "
 "19, 2008)'), the heading (kept as `title`); cut after the second paragraph's second sentence, before its third "
 "('Refco utilized a series of short-term loans that temporarily transferr'), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the bracketed '(the Commission)', '(together, Refco)', '(Securities Act)', "
 "'(Exchange Act)' and '(RGHI)', the rule numbers as printed ('15d 14' without a hyphen beside '15d-2' and '15d-13'), "
 "the straight apostrophes, 'chairman and chief executive officer' in lower case, 'non-Refco'. 235 words. One text "
 "per matter: pdfslide's copy of the complaint (a filing) not taken; secactions (two: the settlement), "
 "globalinvestorgroup, honoluluadvertiser and latimes (AP) and royalgazette (Bloomberg) left out. Found with "
 "'Litigation Release Refco Phillip R. Bennett former CEO chairman Securities and Exchange Commission' (rank 1). "
 + CHECK + "'Refco', 'Phillip R. Bennett', 'Refco Group', 'RGHI', '20460', '08 CV 1631': 0 everywhere; 'Bennett' as "
 "a word: two test files (a 1950 Hansard answer and a Grand Metropolitan article, other persons, by file names only, "
 "the test texts not read) and batches 29c and 29d's scripts (other persons).", True))

# ---- Take-Two and Brant, press release 2009-72, 1 April 2009 (UNT End of Term 2008 archive) -------------------------
U4 = "https://webarchive.library.unt.edu/eot2008/20090814015924/http://sec.gov/news/press/2009/2009-72.htm"
T4 = "SEC Charges Take-Two for Stock Options Backdating Scheme"
R.append(federal(
 "us-sec-take-two-backdating-former-ceo-chairman-brant-2009", U4, "2009-04-01", T4,
 "The Securities and Exchange Commission today charged video and computer game publisher and distributor Take-Two "
 "Interactive Software, Inc. for falsifying its reported income over a seven-year period. Take-Two agreed to pay a $3 "
 "million penalty to settle the SEC's charges that the company defrauded investors by granting backdated, undisclosed "
 "\"in-the-money\" stock options to officers, directors, and key employees while failing to record required non-cash "
 "charges for option-related compensation expenses. The SEC previously charged Take Two's former Chief Executive "
 "Officer and Chairman Ryan Brant for his alleged role as the architect of the fraudulent options backdating "
 "scheme.\n\n"
 "\"Take-Two's seven-year backdating scheme was egregious and pervasive, and caused the company to materially "
 "misrepresent its financial condition to investors,\" said Christopher Conte, an Associate Director in the SEC's "
 "Division of Enforcement. \"Our enforcement action today underscores our commitment to holding public companies "
 "accountable for false reporting and disclosures, and imposing penalties where appropriate.\"\n\n"
 "The SEC's complaint alleges that from 1997 to 2003, Take-Two granted backdated options to officers, directors, and "
 "key employees without complying with its own stock option plans, and generally without the Board or a Committee of "
 "the Board approving the grant dates or exercise prices. Take-Two used several means to backdate the options, "
 "including looking back and picking grant dates for the company's incentive stock options that coincided with dates "
 "of historically low annual and quarterly closing prices for Take-Two's common stock, resulting in grants of "
 "\"in-the-money\" options.",
 "video games/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2009-72 '" + T4 + "', Washington, D.C., April 1, 2009, US "
 "federal government work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web "
 "archive holds it, from the search tool's page store at " + U4,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2009/2009-72.htm) as the End of Term "
 "2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (as 44d took "
 "press release 2003-34 and 43c a usdoj.gov page from the same archive), no third-party copy. Left out: the page lines "
 "'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange "
 "Commission', the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2009-72', the dateline "
 "'Washington, D.C., April 1, 2009 \u2014' (kept as `published`); cut after the third paragraph's second sentence, "
 "before its third ('Documents at the company falsely indicated that the option grants had been '), where the store's "
 "excerpt breaks off (`truncated`). Kept as written: 'Take Two's' without the hyphen beside 'Take-Two' elsewhere, the "
 "straight quotation marks and apostrophes, 'Chief Executive Officer and Chairman' and 'Associate Director' "
 "capitalised, 'the Board or a Committee of the Board', 'non-cash', 'seven-year'. 238 words. One text per matter: "
 "the SEC's press release 2007-20 of 14 February 2007 on Brant's settlement (not in the store as a sec.gov page; "
 "secactions (two) and the technology-news-earnings-mergers blog quote it, unchecked third-party copies) not taken; "
 "cnet, cnbc (Reuters), digitaltrends, zddgame, reuters, cfo.com, complianceweek and findacase's copies of the "
 "derivative-suit opinions left out. Found with 'SEC Files Settled Stock Option Backdating Charges Against Former "
 "Take-Two Chief Executive Officer Ryan Brant 2007-20' (rank 5). "
 + CHECK + "'Take-Two', 'Take Two', 'Brant', 'Christopher Conte', '2009-72': 0 everywhere; 'Conte' as a word: "
 "other persons (other texts, by file names); 'Division of Enforcement': 43a's and other SEC texts (the SEC's "
 "division, no matter shared).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
