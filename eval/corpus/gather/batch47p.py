#!/usr/bin/env python3
"""Batch 47p (session 48, gatherer 47p): firms and the people at their head in SEC cases of 2012-2013 told with their
posts -- a China-based company and a senior executive and director of it charged with manipulating its stock, the
SEC's Director of Enforcement and the Director of its Boston Regional Office quoted; a default judgment against a
China-based advertising company whose chairman and chief executive was charged with it; a Houston bank holding
company's chief executive and chief financial officer charged over loan modifications that hid non-performing loans
-- told in an SEC press release of 2012 and two SEC litigation releases of 2012 and 2013 (US federal government works,
17 U.S.C. 105), the sixth round of session 48 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n,
41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za,
45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j, 46m, 46n, 47a, 47e, 47h, 47k and 47m; 43i and 43k found
nothing), on new matters (47m's leads: other China-based issuers searched by company name -- China Yingxia gave no SEC
page, AutoChina and China MediaExpress did; and a US company's officers searched by name -- Franklin Bank Corp.) --
first-party SEC text, the sec.gov pages themselves as the search tool's page store holds them:
  - the SEC's press release 2012-59 (11 April 2012, 'SEC Charges China-Based Company and Others with Stock
    Manipulation'): AutoChina International Limited, 'AutoChina senior executive and director Hui Kai Yan', the U.S.
    District Court for the District of Massachusetts, Robert Khuzami, 'Director of the SEC's Division of Enforcement',
    David P. Bergers, 'Director of the SEC's Boston Regional Office' (sec.gov's 'news/press/2012/2012-59.htm');
  - the SEC's Litigation Release No. 22833 (4 October 2013, 'Court Enters Final Judgment by Default Against SEC
    Defendant China Mediaexpress Holdings, Inc.'): China MediaExpress Holdings, Inc., 'its Chairman and CEO, Zheng
    Cheng', the Honorable Ellen S. Huvelle (sec.gov's 'litigation/litreleases/YYYY/lrNNNNN.htm' address);
  - the SEC's Litigation Release No. 22321 (6 April 2012, no heading on the page): 'Franklin Bank Corp., a
    Houston-based bank holding company', 'Franklin CEO Nocella and CFO McCann', the 'U.S District Court for the
    Southern District of Texas' (the 'litigation/litreleases/YYYY/lrNNNNN.htm' address).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('Breadcrumb', 'Press Release', 'For
Immediate Release', 'Last Reviewed or Updated ...'), name lines, release-number, AAER, caption, heading and dateline
lines are left out (a heading kept as `title`, the release date as `published`); no word added or changed;
paragraphs joined by a blank line; each text cut at the last full sentence before the store's excerpt breaks off
(China MediaExpress: whole, nothing cut but page lines). Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch47p.py [POOL_DIR] [--dry]   (default /tmp/gather48p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch47a import CHECK   # batch45a's check note with the session-48 pools /tmp/gather48*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48p/pool"
R = []

# ---- AutoChina International Limited and Hui Kai Yan, press release 2012-59, 11 April 2012 (sec.gov) -----------------
U1 = "http://www.sec.gov/news/press/2012/2012-59.htm"
T1 = "SEC Charges China-Based Company and Others with Stock Manipulation"
R.append(federal(
 "us-sec-autochina-international-senior-executive-director-yan-stock-manipulation-2012", U1, "2012-04-11", T1,
 "The Securities and Exchange Commission today charged AutoChina International Limited and 11 investors, including a "
 "senior executive and director at the China-based firm, with conducting a market manipulation scheme to create the "
 "false appearance of a liquid and active market for AutoChina\u2019s stock.\n\n"
 "According to the SEC\u2019s complaint filed in the U.S. District Court for the District of Massachusetts, AutoChina "
 "senior executive and director Hui Kai Yan, a former AutoChina manager, and others fraudulently traded AutoChina\u2019s "
 "stock to boost its daily trading volume. Starting in October 2010, the defendants and others deposited more than $60 "
 "million into U.S.-based brokerage accounts and engaged in hundreds of fraudulent trades over the next three months "
 "through these accounts and accounts with a Hong Kong-based broker-dealer. The fraudulent trades included matched "
 "orders, where one account sold shares to another account at the same time and for the same price, and wash trades, "
 "which resulted in no change of beneficial ownership of the shares. AutoChina and the other defendants engaged in the "
 "scheme after lenders offered AutoChina unfavorable terms for a stock-backed loan due to low trading volume in its "
 "stock.\n\n"
 "\u201cAutoChina and the other defendants engaged in a brazen manipulation of AutoChina\u2019s stock to obtain "
 "favorable loan terms,\u201d said Robert Khuzami, Director of the SEC\u2019s Division of Enforcement. \u201cThe SEC will "
 "hold accountable publicly-traded companies including foreign companies that violate the U.S. securities laws and "
 "disrupt the U.S. capital markets.\u201d\n\n"
 "David P. Bergers, Director of the SEC\u2019s Boston Regional Office, added, \u201cThe investing public has a right to "
 "honest and fair markets. Manipulation of stocks has no place in the financial strategies of any public "
 "company.\u201d",
 "automotive/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2012-59 '" + T1 + "', Washington, D.C., April 11, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (news/press/2012/2012-59.htm): "
 "first-party text, no third-party copy. Left out: the page lines 'Breadcrumb', 'Press Release', 'For Immediate "
 "Release', the number line '2012-59', the heading (kept as `title`), the dateline 'Washington, D.C., April 11, 2012 "
 "\u2014' on its own line (kept as `published`); cut after the fourth paragraph (Bergers' quotation, '... strategies "
 "of any public company.\u201d'), before 'The SEC com', where the store's excerpt breaks off inside a word "
 "(`truncated`). Kept as written: the curly apostrophes and quotation marks, 'AutoChina senior executive and director "
 "Hui Kai Yan, a former AutoChina manager, and others' (the manager unnamed), '11 investors', 'U.S.-based', 'Hong "
 "Kong-based', 'publicly-traded'. 272 words. One text per matter: the SEC's Litigation Release No. 22326 (the same "
 "filing; not in the store), No. 22600 of 24 January 2013 (the motion to dismiss denied), No. 23033 of 27 June 2014 "
 "and No. 23121 of 28 October 2014 (the judgments; all sec.gov, the same matter later), the complaint (docslib), "
 "autoinformed, NYU SEED's entry and the FINRA review brief (vdocuments) left out. Found with 'SEC charges AutoChina "
 "International chairman Yong Qi Li manipulative trading scheme April 2012 litigation release' (rank 2; rank 1 the "
 "complaint), after LR 22600 came up under 'sec.gov litigation release China Yingxia International Yingxia Chen'. "
 + CHECK + "'AutoChina', 'Hui Kai Yan', '2012-59', '22326', '22600', '10643': 0 in the corpus files, GATHERING.md, the "
 "gather scripts and the session-48 pools; 'Bergers' and 'Boston Regional Office': corpus files on other matters "
 "(44l's Brooks Automation and Columbia Management releases; file names only); 'Khuzami': other releases.",
 True))

# ---- China MediaExpress Holdings, Inc. and Zheng Cheng, Litigation Release No. 22833, 4 October 2013 (sec.gov) -------
U2 = "https://sec.gov/litigation/litreleases/2013/lr22833.htm"
T2 = "Court Enters Final Judgment by Default Against SEC Defendant China Mediaexpress Holdings, Inc."
R.append(federal(
 "us-sec-china-mediaexpress-chairman-ceo-zheng-cheng-default-judgment-2013", U2, "2013-10-04", T2,
 "The Securities and Exchange Commission announced that on October 3, 2013, the Honorable Ellen S. Huvelle, United "
 "States District Court Judge for the District of Columbia, entered a final judgment by default against Defendant "
 "China MediaExpress Holdings, Inc. (China Media). The final judgment permanently enjoins China Media from future "
 "violations of various provisions of the federal securities laws, including Section 17(a) of the Securities Act of "
 "1933, Section 10(b) of the Securities Exchange Act of 1934 and Rule 10b-5 thereunder, and Sections 13(a), "
 "13(b)(2)(A), and 13(b)(2)(B) of the Exchange Act. The final judgment also holds China Media liable for total "
 "combined disgorgement and prejudgment interest of $41,894.082.05 and a civil monetary penalty in the amount of "
 "$7,250,000.\n\n"
 "On June 20, 2013, the SEC filed a complaint against China Media and its Chairman and CEO, Zheng Cheng "
 "(collectively, the \"Defendants\") alleging that from at least October 2009, the Defendants engaged in a scheme to "
 "mislead and defraud investors by, among other things, grossly overstating China Media's cash balances. The "
 "complaint alleged that after China Media materially misrepresented its financial condition and business operations, "
 "its stock price tripled to more than $20 per share, making the company attractive to the investing public and "
 "allowing it to raise more than $53 million from stock sales to investors.\n\n"
 "For further information, please see Litigation Release Number 22731(June 20, 2013) [SEC Charges China-Based Company "
 "and CEO in Latest Cross Border Working Group Case].",
 "advertising/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22833 '" + T2 + "', October 4, 2013 (Securities and "
 "Exchange Commission v. China MediaExpress Holdings, Inc. and Zheng Cheng, Civil Action No. 1:13-cv-00927 (D.D.C.)), "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2013/lr22833.htm): first-party text, no third-party copy. Left out: the page's name line "
 "'China MediaExpress Holdings, Inc. and Zheng Cheng', the release line 'Litigation Release No. 22833 / October 4, "
 "2013' (the date kept as `published`), the caption 'Securities and Exchange Commission v. China MediaExpress "
 "Holdings, Inc. and Zheng Cheng, Civil Action No. 1:13-cv-00927 (D.D.C.)', the heading (kept as `title`, with its "
 "'Mediaexpress' as written), the page line 'Last Reviewed or Updated: June 27, 2023' after the text. The release's "
 "whole body is kept (`truncated` false). Kept as written: '$41,894.082.05' (a period for a comma, as the page has "
 "it), 'its Chairman and CEO, Zheng Cheng' with capitals, the straight quotation marks in '(collectively, the "
 "\"Defendants\")', the straight apostrophe in \"China Media's\", 'Litigation Release Number 22731(June 20, 2013)' with "
 "no space before the parenthesis, the closing cross-reference with its bracketed title ('Cross Border' without a "
 "hyphen; 45zi kept such a line). 238 words. One text per matter: the SEC's Litigation Release No. 22731 and the "
 "press release of 20 June 2013 (the charging release; not in the store as sec.gov pages), Reuters (in.reuters, "
 "bambooinnovator), stockbrokerlitigation and wallstreetfraud (copies of the press release), courthousenews, China "
 "Daily USA, banking-gateway, mondaq left out. Found with 'SEC charges China Media Express chairman CEO Zheng Cheng "
 "fraud' (rank 1). "
 + CHECK + "'MediaExpress', 'Zheng Cheng', 'Huvelle', '22833', '22731', '13-cv-00927': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the session-48 pools (file names only).",
 False))

# ---- Franklin Bank Corp., Nocella and McCann, Litigation Release No. 22321, 6 April 2012 (sec.gov) -------------------
U3 = "https://sec.gov/litigation/litreleases/2012/lr22321.htm"
R.append(federal(
 "us-sec-franklin-bank-ceo-nocella-cfo-mccann-loan-modification-fraud-2012", U3, "2012-04-06", None,
 "The Securities and Exchange Commission today charged Anthony J. Nocella and J. Russell McCann for their involvement "
 "in a financial fraud at Franklin Bank Corp., a Houston-based bank holding company. The SEC's complaint alleges that "
 "Franklin CEO Nocella and CFO McCann implemented increasingly aggressive loan modification programs during the 3rd "
 "and 4th quarters of 2007 to hide from investors the true amount of Franklin's non-performing assets and to "
 "artificially inflate Franklin's net income and earnings.\n\n"
 "According to the SEC's complaint filed in U.S District Court for the Southern District of Texas, Nocella and McCann "
 "knew that the delinquencies and non-performing loans in Franklin's single family and residential construction loan "
 "portfolios increased significantly during the summer of 2007. The SEC alleges that Nocella and McCann implemented "
 "three loan modification schemes that caused Franklin to account for delinquent and non-performing loans as "
 "performing, thereby concealing that the quality of the Bank's loan portfolio was deteriorating. By the end of "
 "September 2007, Nocella and McCann had allegedly used the loan modification programs to conceal from shareholders "
 "over $11 million in non-performing single family residential loans and $13.5 million in non-performing residential "
 "construction loans.\n\n"
 "The SEC's complaint further alleges that, as a result of the loan modification scheme, Nocella and McCann "
 "understated Franklin's non-performing assets by 44%, and overstated Franklin's net income by 317% for the quarter "
 "ended September 30, 2007.",
 "banking/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22321 / Accounting and Auditing Enforcement Release "
 "No. 3378, April 6, 2012 (SEC v. Anthony J. Nocella and J. Russell McCann, Case No. 4:12-cv-1051 in the United "
 "States District Court for the Southern District of Texas), US federal government work (public domain); text from "
 "the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2012/lr22321.htm): first-party text, no third-party copy. Left out: the page line "
 "'Breadcrumb', the name line 'Anthony J. Nocella and J. Russell McCann', the line 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', the release line 'Litigation Release No. 22321 / April 6, 2012' (the date kept as `published`), the "
 "line 'Accounting and Auditing Enforcement Release No. 3378 / April 6, 2012', the caption 'SEC v. Anthony J. Nocella "
 "and J. Russell McCann, Case No. 4:12-cv-1051 in the United States District Court for the Southern District of "
 "Texas.'; the store's text has no heading (`title` null, as 45zi's releases); cut after the third paragraph's first "
 "sentence ('... for the quarter ended September 30, 2007.'), before 'The complaint also alleges that Nocella and "
 "McCann overstated Franklin's ea', where the store's excerpt breaks off inside a word (`truncated`). Kept as "
 "written: 'U.S District Court' (no period after 'S'), 'Franklin CEO Nocella and CFO McCann' (no 'former' in the "
 "text), 'the 3rd and 4th quarters of 2007', 'the Bank's loan portfolio' with a capital B, '44%' and '317%', the "
 "straight apostrophes. 227 words. One text per matter: the complaint (dokumen.tips), the Boston Globe, domain-b, "
 "mortgagenewsdaily and mortgageorb (the press release's Khuzami quotation), gardere.com and bna.com (the 2014 ruling "
 "on the bar; the same matter later) left out. Found with 'Litigation Release Franklin Bank Corporation former CEO "
 "Anthony Nocella former chief accounting officer' (rank 2; rank 1 the complaint). "
 + CHECK + "'Franklin Bank', 'Nocella', '22321', 'Ranieri', 'Prosperity Bank': 0 in the corpus files, GATHERING.md, the "
 "gather scripts and the session-48 pools; 'McCann' only as McCann FitzGerald (batch 15f2, an Irish law firm; "
 "another matter); '4:12-cv-1051' in none (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
