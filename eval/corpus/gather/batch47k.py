#!/usr/bin/env python3
"""Batch 47k (session 48, gatherer 47k): firms and the men at their head in SEC cases of 2005-2018 told with their posts
-- two hedge funds, their investment adviser and its two managing members settling market-timing and late-trading
charges, with the SEC's Director of Enforcement and the Director of its Midwest Regional Office quoted; five senior
executives of a television maker and of its primary manufacturer charged over a revenue fraud run through a purported
customer in Hong Kong; a pharmaceutical company and its former chief financial officer and former controller settling
reporting and accounting-control charges over a restatement -- told in a US Securities and Exchange Commission press
release of 2005 and two SEC litigation releases of 2011 and 2018 (US federal government works, 17 U.S.C. 105), the
fourth round of session 48 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g,
42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp,
45zs, 45zv, 46a, 46d, 46g, 46j, 46m, 46n, 47a, 47e and 47h; 43i and 43k found nothing), on new matters (47h's leads:
Veras Investment Partners by name, an Akorn release by the company's name; a release naming officers of a named
company and of a named second company) -- first-party SEC text, the sec.gov pages themselves as the search tool's page
store holds them:
  - the SEC's press release 2005-182 (22 December 2005, 'SEC Charges Veras Capital Master Fund, VEY Partners Master
    Fund, Veras Investment Partners, LLC, Kevin D. Larson, and James R. McBride in Fraudulent Market Timing and Late
    Trading Scheme'): the two funds, 'their investment adviser, Veras Investment Partners, LLC, (VIP), and its managing
    members, Kevin D. Larson and James R. McBride', Linda Chatman Thomsen, 'Director of the Division of Enforcement',
    Merri Jo Gillette, 'Director of the Midwest Regional Office' (sec.gov's 'news/press/YYYY-NNN.htm' address);
  - the SEC's Litigation Release No. 22075 (31 August 2011, 'SEC CHARGES FIVE SENIOR EXECUTIVES WITH FINANCIAL FRAUD
    AT SYNTAX-BRILLIAN CORPORATION'): Syntax-Brillian Corporation and its Olevia brand, James Li ('a Syntax Director
    who at times was also its President, Chief Operating Officer and Chief Executive Officer'), Thomas Chow ('a Syntax
    Director and its Chief Procurement Officer'), 'Syntax's primary manufacturer, Taiwan Kolin Co., Ltd.', its
    Chairman of the Board Christopher Liu and its executive and board member Roger Kao, South China House of Technology
    Consultants Co. Ltd. (SCHOT) (sec.gov's newer 'enforcement-litigation/litigation-releases/lr-NNNNN' address);
  - the SEC's Litigation Release No. 24082 (26 March 2018, 'Pharmaceutical Company and its Former CFO and Controller
    Agree to Settle to Reporting and Accounting Control Violations'): Akorn, Inc., 'a Lake Forest, Illinois
    pharmaceutical company, its former CFO, Timothy Dick, and its former Controller, David Hebeda', the U.S. District
    Court for the Northern District of Illinois (the same newer address).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, name lines, release-number, AAER,
caption, sub-heading, heading and dateline lines are left out (a heading kept as `title`, the release date as
`published`); no word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence
before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47k.py [POOL_DIR] [--dry]   (default /tmp/gather48k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch47a import CHECK   # batch45a's check note with the session-48 pools /tmp/gather48*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48k/pool"
R = []

# ---- Veras Investment Partners, Larson and McBride, press release 2005-182, 22 December 2005 (sec.gov) --------------
U1 = "https://www.sec.gov/news/press/2005-182.htm"
T1 = ("SEC Charges Veras Capital Master Fund, VEY Partners Master Fund, Veras Investment Partners, LLC, Kevin D. Larson, "
      "and James R. McBride in Fraudulent Market Timing and Late Trading Scheme")
R.append(federal(
 "us-sec-veras-investment-partners-managing-members-larson-mcbride-market-timing-2005", U1, "2005-12-22", T1,
 "The Securities and Exchange Commission today announced a settled enforcement action against two hedge funds, their "
 "investment adviser, and two of its senior executives.\n\n"
 "Named in the action were Veras Capital Master Fund (VCM), VEY Partners Master Fund (VEY), their investment adviser, "
 "Veras Investment Partners, LLC, (VIP), and its managing members, Kevin D. Larson and James R. McBride.\n\n"
 "The Commission issued an Order that finds the Respondents engaged in a fraudulent scheme to market time and late "
 "trade mutual fund shares. The Respondents will pay $35,554,903 in disgorgement and $645,585 in prejudgment interest. "
 "Additionally, Larson and McBride each will pay a $750,000 penalty and each will be barred from association with any "
 "investment adviser. They will retain the right to reapply for association after 18 months.\n\n"
 "Linda Chatman Thomsen, Director of the Division of Enforcement, said, \u201cToday\u2019s action demonstrates the "
 "Commission\u2019s continued commitment to prosecute vigorously hedge funds that employ fraudulent market timing and "
 "late trading practices.\u201d\n\n"
 "Merri Jo Gillette, Director of the Midwest Regional Office, added, \u201cBy using deceptive means to late trade and "
 "market time mutual funds, Veras profited illegally and at the expense of ordinary investors.\u201d\n\n"
 "The Commission\u2019s Order finds that from January 2002 through September 2003, Veras used deceptive techniques to "
 "market time mutual funds that either prohibited market timing or limited the frequency of trades in order to prevent "
 "market timing.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2005-182 '" + T1 + "', Washington, D.C., Dec. 22, 2005, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (news/press/2005-182.htm): "
 "first-party text, no third-party copy. Left out: the page lines ('U.S. Securities & Exchange Commission', 'SEC "
 "Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), the heading (kept as `title`), the lines "
 "'FOR IMMEDIATE RELEASE' and '2005-182', the sub-heading 'Respondents to Pay over $35 Million in Disgorgement', the "
 "dateline 'Washington, D.C., Dec. 22, 2005 \u2014 ' opening the first paragraph (kept as `published`); cut after the "
 "sixth paragraph's first sentence ('... in order to prevent market timing.'), before \"To evade the mutual "
 "funds\u2019 restrictions, Veras cr\", where the store's excerpt breaks off inside a word (`truncated`). Kept as "
 "written: 'Veras Investment Partners, LLC, (VIP)' with the comma before the bracket, '(VCM)' and '(VEY)' (never used "
 "again in the kept text), 'managing members', 'Respondents' capitalised, 'Veras' short for the respondents, the "
 "curly quotation marks and apostrophes, 'Director of the Division of Enforcement' and 'Director of the Midwest "
 "Regional Office' without the SEC's name. 226 words. One text per matter: the SEC's Fair Fund distribution release "
 "of March 2007 (copies on lawprofessors.typepad, hedge-fund-news.blogspot, globalcustodian, financial-planning: the "
 "same matter, later), the Los Angeles Times brief (fold6.site copy) left out. Found with 'SEC charges Veras "
 "Investment Partners market timing' (rank 1). "
 + CHECK + "'Veras', 'VEY Partners', 'Kevin D. Larson', 'James R. McBride', '2005-182', 'Sugar Land': 0 in the corpus "
 "files and session-48 pools ('Veras' only inside 'Calaveras' in a test FCC file; 'Veras' and 'Sugar Land' in "
 "GATHERING.md only as 47h's lead and another batch's Houston note); 'Larson': corpus files on other people (a Senate "
 "letter naming John Larson) and batch45e's scripts; 'McBride': a Wikinews radio-drama file (another person); 'Merri "
 "Jo Gillette': 44r's Engineered Support train file and 45f's ProQuest dev file (other matters; file names only).",
 True))

# ---- Syntax-Brillian Corporation and five executives, Litigation Release No. 22075, 31 August 2011 (sec.gov) ---------
U2 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-22075"
T2 = "SEC CHARGES FIVE SENIOR EXECUTIVES WITH FINANCIAL FRAUD AT SYNTAX-BRILLIAN CORPORATION"
R.append(federal(
 "us-sec-syntax-brillian-director-ceo-li-kolin-chairman-liu-revenue-fraud-2011", U2, "2011-08-31", T2,
 "On August 30, 2011, the U.S. Securities and Exchange Commission filed charges in connection with a financial fraud "
 "perpetrated by senior management and members of the Board of Directors of Syntax-Brillian Corporation, a developer "
 "and distributor of high-definition LCD (liquid crystal display) televisions under the Olevia brand name. The SEC's "
 "Complaint alleges that the scheme was orchestrated by James Li, a Syntax Director who at times was also its "
 "President, Chief Operating Officer and Chief Executive Officer, and Thomas Chow, a Syntax Director and its Chief "
 "Procurement Officer.\n\n"
 "According to the SEC's Complaint, from at least June 2006 through April 2008, Li and Chow engaged in a complex "
 "scheme to overstate Syntax's financial results by publicly reporting significant sales of LCD televisions in China, "
 "when in fact the vast majority of these sales never occurred. Li and Chow initially concealed the scheme through the "
 "use of fake shipping and sales documents. As the scheme progressed, Li and Chow developed a circular cash flow "
 "scheme involving Syntax's primary manufacturer, Taiwan Kolin Co., Ltd., and its purported customer in Hong Kong, "
 "South China House of Technology Consultants Co. Ltd. (SCHOT). Kolin's Chairman of the Board, Christopher Liu, and "
 "Kolin's executive and board member, Roger Kao, assisted in the scheme, which created the fa\u00a7ade of substantial "
 "revenues from Syntax's purported sales in China.",
 "consumer electronics/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22075 / Accounting and Auditing Enforcement Release "
 "No. 3315 '" + T2 + "', August 31, 2011 (Securities and Exchange Commission v. James Li (A/K/A Ching Hua Li), Thomas "
 "Chow (A/K/A Man Kit Chow), Roger Kao (A/K/A Chao Chun Kao), Christopher Liu (A/K/A Chi Lei Liu), And Wayne A. Pratt, "
 "Civil Action No. CV-11-1712-PHX-SRB (SRB) (D. Ariz.) (Filed Aug. 30, 2011)), US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the newer "
 "'enforcement-litigation/litigation-releases/lr-22075' address): first-party text, no third-party copy. Left out: the "
 "page's name line 'James Li, Thomas Chow, Roger Kao, and Wayne A. Pratt', the line 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', the release line 'Litigation Release No. 22075 / August 31, 2011' (the date kept as `published`), the "
 "line 'Accounting and Auditing Enforcement Release No. 3315 / August 31, 2011', the caption ('Securities and Exchange "
 "Commission v. James Li (A/K/A Ching Hua Li), ... And Wayne A. Pratt, Civil Action No. CV-11-1712-PHX-SRB (SRB) (D. "
 "Ariz.) (Filed Aug. 30, 2011)'), the all-caps heading (kept as `title`, as 47a's and 47h's all-caps headings); cut "
 "after the second paragraph's fourth sentence ('... from Syntax's purported sales in China.'), before 'Unde', where "
 "the store's excerpt breaks off inside a word (`truncated`). Kept as written: 'fa\u00a7ade' (a section sign for the "
 "c-cedilla of 'fa\u00e7ade', the page's encoding slip, as 45zt's 'France T\u201al\u201acom'), 'Syntax Director', "
 "'President, Chief Operating Officer and Chief Executive Officer' and 'Chief Procurement Officer' capitalised, 'the "
 "SEC's Complaint' with a capital, 'Taiwan Kolin Co., Ltd.' and 'Kolin' short, 'South China House of Technology "
 "Consultants Co. Ltd. (SCHOT)', 'LCD (liquid crystal display)', the straight apostrophes. 220 words. One text per "
 "matter: accountingtoday's summary, the wikisum page on Syntax (a Wikipedia digest), slcg.com's note of the later "
 "judgment against Li (Litigation Release No. 22324, the same matter, later) left out. Found with 'SEC litigation "
 "release Monty Fu Syncor founder chairman Syncor Taiwan September 2007' (rank 3; a query for another matter). "
 + CHECK + "'Syntax', 'Brillian', 'Olevia', 'Kolin', 'Thomas Chow', 'Christopher Liu', 'Roger Kao', 'Wayne A. Pratt', "
 "'22075', 'CV-11-1712': 0 in the corpus files, GATHERING.md, the gather scripts and the session-48 pools; 'James Li': "
 "only inside 'James Lindenbaum' (a Wikipedia Heroku test file and batch31i's scripts); 'SCHOT': only inside other "
 "words in GATHERING.md (e.g. 'Schott') (file names only).",
 True))

# ---- Akorn, Inc., Timothy Dick and David Hebeda, Litigation Release No. 24082, 26 March 2018 (sec.gov) ---------------
U3 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-24082"
T3 = "Pharmaceutical Company and its Former CFO and Controller Agree to Settle to Reporting and Accounting Control Violations"
R.append(federal(
 "us-sec-akorn-former-cfo-dick-former-controller-hebeda-restatement-settle-2018", U3, "2018-03-26", T3,
 "The Securities and Exchange Commission today filed a settled civil action in the U.S. District Court for the "
 "Northern District of Illinois against Akorn, Inc., a Lake Forest, Illinois pharmaceutical company, its former CFO, "
 "Timothy Dick, and its former Controller, David Hebeda, based on financial reporting, books and records, and internal "
 "accounting controls violations by Akorn (specifically violations of Sections 13(a), 13(b)(2)(A) and 13(b)(2)(B) of "
 "the Exchange Act and Rules 12b-20, 13a-1, 13a-11 and 13a-13 thereunder). Akorn, Dick and Hebeda agreed to settle the "
 "charges without admitting or denying the Commission's allegations.\n\n"
 "According to the Commission's complaint, in May 2016, Akorn restated its financial statements for fiscal year 2014 "
 "acknowledging material weaknesses in its internal control over financial reporting related, in relevant part, to "
 "controls surrounding the company's gross-to-net reserve accounts and estimates. In its restatement, the company also "
 "disclosed that it overstated net revenue for 2014 by approximately 7 percent and income from continuing operations "
 "before income taxes for 2014 by approximately 136 percent. Akorn's material weaknesses persisted over multiple "
 "reporting periods and contributed to Akorn's materially inaccurate 2014 financial statements.\n\n"
 "The complaint also alleges that in 2014, Dick, as CFO, and Hebeda, as Controller, had supervisory responsibilities "
 "for Akorn's internal accounting controls, gross-to-net revenue accounting and revenue recognition, and exercised "
 "control over these company functions.",
 "pharmaceuticals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 24082 / Accounting and Auditing Enforcement Release "
 "No. 3931 '" + T3 + "', March 26, 2018 (Securities and Exchange Commission v. Akorn, Inc., Timothy Dick, and David "
 "Hebeda, Civil Action No. 18-2150 (N.D. Ill., filed March 26, 2018)), US federal government work (public domain); "
 "text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the newer "
 "'enforcement-litigation/litigation-releases/lr-24082' address): first-party text, no third-party copy. Left out: the "
 "page's name line 'Akorn, Inc., Timothy Dick, and David Hebeda', the heading (kept as `title`, as written, 'Agree to "
 "Settle to' included), the release line 'Litigation Release No. 24082 / March 26, 2018' (the date kept as "
 "`published`), the line 'Accounting and Auditing Enforcement Release No. 3931 / March 26, 2018', the caption "
 "('Securities and Exchange Commission v. Akorn, Inc., Timothy Dick, and David Hebeda, Civil Action No. 18-2150 (N.D. "
 "Ill., filed March 26, 2018)'); cut after the third paragraph's first sentence ('... exercised control over these "
 "company functions.'), before 'The Com', where the store's excerpt breaks off inside a word (`truncated`). Kept as "
 "written: 'a Lake Forest, Illinois pharmaceutical company' with no comma after 'Illinois', 'CFO' and 'Controller' "
 "('Controller' capitalised), the statute and rule list in brackets, 'fiscal year 2014', 'gross-to-net', the straight "
 "apostrophes. 217 words. One text per matter: Reuters' and S&P Global's news of the settlement, the complaint "
 "(unifolks copy), the 2015 securities class action (pdfroom, findacase) left out; the SEC's 2003-2004 case against "
 "Akorn's former CFO Rita J. McConville and its auditor's partner (initial decision 259, a filing) is another, earlier "
 "matter, not taken. Found with 'SEC charges Akorn chief executive accounting fraud litigation release' (rank 2). "
 + CHECK + "'Akorn', 'Timothy Dick', 'Hebeda', 'Lake Forest', '24082', '18-2150': 0 in the corpus files, the gather "
 "scripts and the session-48 pools; 'Akorn' in GATHERING.md only as 47h's lead (the McConville decision, not taken) "
 "(file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
