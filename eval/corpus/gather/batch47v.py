#!/usr/bin/env python3
"""Batch 47v (session 48, gatherer 47v): a bank and the bank holding company that bought it, and a failed bank's
holding company before an SEC administrative law judge -- a Delaware bank charged over loans 90 days past due that it
left out of its reports in 2009 and 2010, acquired by M&T Bank in May 2011, with the heads of the SEC's Division of
Enforcement and New York Regional Office quoted; the Miami bank holding company Hamilton Bancorp, Inc. in a
proceeding over its missing annual and quarterly reports, with the counsel who appeared and the judge who heard it --
told in an SEC press release of 2014 and an SEC administrative law judge's initial decision of 2003 (US federal
government works, 17 U.S.C. 105), the eighth round of session 48 in the federal SEC lane (batches 40zm, 40zn, 41b,
41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k,
45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j, 46m, 46n, 47a, 47e, 47h, 47k, 47m, 47p
and 47s; 43i and 43k found nothing), on new matters (47s's leads: banks of the 2008-2011 crisis searched with the
SEC's own headline words and the executives' names -- Wilmington Trust gave a sec.gov page; Integrity Bancshares,
Imperial Capital and Citizens Republic did not, nor did Regions Financial, BankAtlantic, Mercantile Bancorp and
Superior Bank; Hamilton Bancorp's SEC page came back beside them) -- first-party SEC text, the sec.gov pages
themselves as the search tool's page store holds them:
  - the SEC's press release 2014-192 (11 September 2014, 'SEC Charges Bank Holding Company in Delaware with Improper
    Accounting and Disclosure of Past Due Loans'): 'a Delaware-based bank holding company', Wilmington Trust Company
    ('Wilmington Trust'), 'acquired by M&T Bank in May 2011', 'Andrew J. Ceresney, director of the SEC's Division of
    Enforcement', 'Andrew M. Calamari, Director of the SEC's New York Regional Office' (sec.gov's
    'newsroom/press-releases/2014-192');
  - the SEC's Initial Decision Release No. 223 (24 February 2003, 'In the Matter of Hamilton Bancorp, Inc.',
    Administrative Proceeding File No. 3-10976): 'Kerry A. Zinn for the Division of Enforcement, Securities and
    Exchange Commission', 'Bernardo Burstein for Respondent', 'Robert G. Mahony, Administrative Law Judge', Hamilton
    Bancorp, Inc. ('Bancorp') (sec.gov's 'litigation/aljdec/id223rgm.htm' as the National Archives' web harvest of
    2004, webharvest.gov/peth04, holds it: the SEC's own page archived unchanged, as batch 44d's press release).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('Press Release', 'For Immediate
Release', 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange
Commission', 'Initial Decision of an SEC Administrative Law Judge'), release-number, caption, section-heading,
heading and dateline lines are left out (a heading kept as `title`, the release date as `published`); no word added
or changed; paragraphs joined by a blank line (a space left at a paragraph's end by the page dropped); each text cut
at the last full sentence before the store's excerpt breaks off. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch47v.py [POOL_DIR] [--dry]   (default /tmp/gather48v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch47a import CHECK   # batch45a's check note with the session-48 pools /tmp/gather48*/pool named
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC        # the origin of a sec.gov page held by a federal web archive

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48v/pool"
R = []

# ---- Wilmington Trust, press release 2014-192, 11 September 2014 (sec.gov) --------------------------------------------
U1 = "https://www.sec.gov/newsroom/press-releases/2014-192"
T1 = "SEC Charges Bank Holding Company in Delaware with Improper Accounting and Disclosure of Past Due Loans"
R.append(federal(
 "us-sec-wilmington-trust-delaware-bank-holding-company-past-due-loans-acquired-by-m-and-t-bank-2014", U1,
 "2014-09-11", T1,
 "The Securities and Exchange Commission today announced accounting and disclosure fraud charges against a "
 "Delaware-based bank holding company for failing to report the true volume of its loans at least 90 days past due "
 "as they substantially increased in number during the financial crisis.\n\n"
 "An SEC investigation found that as the real estate market declined in 2009 and 2010 and its construction loans "
 "began to mature without repayment or completion of the underlying project, Wilmington Trust Company did not renew, "
 "extend, or take other appropriate action for 90 days or more on a material amount of its matured loans.  Instead of "
 "fully and accurately disclosing the amount of these accruing loans as required by accounting guidance, Wilmington "
 "Trust improperly excluded the matured loans from its public financial reporting.\n\n"
 "Wilmington Trust, which was acquired by M&T Bank in May 2011, has agreed to pay $18.5 million in disgorgement and "
 "prejudgment interest to settle the SEC\u2019s charges.\n\n"
 "\u201cImproper application of accounting principles by Wilmington Trust had the effect of misleading investors "
 "about a key credit quality metric during a time of significant upheaval and financial distress for the bank,\u201d "
 "said Andrew J. Ceresney, director of the SEC\u2019s Division of Enforcement.  \u201cInvestors must know when "
 "banking institutions are unable to recover on material amounts of outstanding loans, which means those "
 "institutions must carefully adhere to relevant accounting rules.\u201d\n\n"
 "Andrew M. Calamari, Director of the SEC\u2019s New York Regional Office, added, \u201cBy failing to fully disclose "
 "the actual volume of accruing loans past due 90 days or more, Wilmington Trust prevented investors from learning "
 "the full scope of the troubles in its commercial real estate loan portfolio.\u201d",
 "banking/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2014-192 '" + T1 + "', Washington D.C., Sept. 11, 2014, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it "
 "(newsroom/press-releases/2014-192): first-party text, no third-party copy. Left out: the page line 'Press "
 "Release', the heading (kept as `title`), the lines 'For Immediate Release' and '2014-192', the dateline "
 "'Washington D.C., Sept. 11, 2014 \u2014' on its own line (kept as `published`); the space the page leaves at the end "
 "of the second and third paragraphs dropped; cut after the fifth paragraph (Calamari's quotation), before 'According "
 "to', where the store's excerpt breaks off (`truncated`). Kept as written: the curly apostrophes and quotation "
 "marks, the double spaces after 'matured loans.' and 'Division of Enforcement.', 'Delaware-based', 'Wilmington "
 "Trust Company' beside 'Wilmington Trust', 'director of the SEC\u2019s Division of Enforcement' (lower case) and "
 "'Director of the SEC\u2019s New York Regional Office' (capital), '$18.5 million', 'M&T Bank'. 273 words. One text "
 "per matter: the SEC's 2015 complaint and press release against four former officers of Wilmington Trust (David R. "
 "Gibson, Robert V.A. Harra, Jr., Kevyn N. Rakowski, William B. North: not in the store as a sec.gov page; the "
 "complaint on scribd), the Commission's fair-fund page 'In the Matter of Wilmington Trust Corporation' (sec.gov, "
 "divisions/enforce/claims, 2022: the same order), courthousenews, delawareonline, law.com, canadiantreasurer's copy, "
 "American Banker, thinkadvisor, the AP's 2019-2020 pieces (highergroundtimes) and the 2016 criminal indictment "
 "(fdocuments) left out. Found with 'SEC charges Wilmington Trust former executives hiding past due loans' (rank 5). "
 + CHECK + "'Wilmington Trust', 'M&T', 'Calamari', '2014-192', '3-16098', 'Rakowski': 0 in the corpus files, "
 "the gather scripts and the session-48 pools; 'Wilmington Trust' in GATHERING.md only as 47s's lead, 'Rakowski' "
 "there once in an unrelated line; 'Ceresney': two other matters (Weatherford, Knight Capital; file names only).",
 True))

# ---- Hamilton Bancorp, Inc., Initial Decision Release No. 223, 24 February 2003 (webharvest.gov copy of sec.gov) ------
U2 = "https://webharvest.gov/peth04/20041017043533/http://sec.gov/litigation/aljdec/id223rgm.htm"
T2 = "In the Matter of Hamilton Bancorp, Inc."
R.append(federal(
 "us-sec-hamilton-bancorp-initial-decision-administrative-law-judge-mahony-section-12j-reports-2003", U2,
 "2003-02-24", T2,
 "APPEARANCES: Kerry A. Zinn for the Division of Enforcement, Securities and Exchange Commission.\n\n"
 "Bernardo Burstein for Respondent.\n\n"
 "BEFORE:Robert G. Mahony, Administrative Law Judge\n\n"
 "The Securities and Exchange Commission (Commission) instituted this proceeding by an Order Instituting Proceeding "
 "(OIP) on December 16, 2002, pursuant to Section 12(j) of the Securities Exchange Act of 1934 (Exchange Act) to "
 "determine whether Respondent Hamilton Bancorp, Inc. (Bancorp) failed to comply with Section 13(a) of the Exchange "
 "Act and Rules 13a-1 and 13a-13 thereunder. Bancorp filed its Answer on January 10, 2003. A prehearing conference "
 "was held on January 27, 2003, during which the Division of Enforcement (Division) was granted leave to file a "
 "motion for summary disposition, pursuant to Rule 250 of the Commission's Rules of Practice, 17 C.F.R. \u00a7 "
 "201.250. On January 28, 2003, the Division filed a Motion and Memo of Law in Support of Rule 250 Summary "
 "Disposition Against Bancorp. Bancorp filed its Response on January 30, 2003.\n\n"
 "The OIP alleges that Bancorp failed to file an annual report on Form 10-K for the year ended December 31, 2001. "
 "The OIP further alleges that Bancorp failed to file quarterly reports on Form 10-Q for the quarters ended March "
 "31, 2002, and June 30, 2002. Based on the above, the OIP alleges that Bancorp failed to comply with Section 13(a) "
 "of the Exchange Act and Rules 13a-1 and 13a-13 thereunder.",
 "banking/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Initial Decision Release No. 223, Administrative Proceeding File No. "
 "3-10976, 'In the Matter of Hamilton Bancorp, Inc.', Initial Decision, February 24, 2003 (Robert G. Mahony, "
 "Administrative Law Judge), US federal government work (public domain); text of the sec.gov page as the US "
 "National Archives' web harvest (webharvest.gov, 2004) holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC administrative law judge's initial decision (a US federal work, public domain) on sec.gov "
 "(litigation/aljdec/id223rgm.htm) as the National Archives and Records Administration's web harvest of federal "
 "sites (webharvest.gov, the 2004 harvest 'peth04') holds the page: the SEC's own page archived unchanged, no "
 "third-party copy (batch 44d's way with such pages). Left out: the page lines 'U.S. Securities & Exchange "
 "Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'Initial Decision of "
 "an SEC Administrative Law Judge', the heading 'In the Matter of Hamilton Bancorp, Inc.' (kept as `title`), the "
 "lines 'INITIAL DECISION RELEASE NO. 223' and 'ADMINISTRATIVE PROCEEDING FILE NO. 3-10976', the caption 'UNITED "
 "STATES OF AMERICA Before the SECURITIES AND EXCHANGE COMMISSION Washington, D.C. In the Matter of HAMILTON "
 "BANCORP, INC. : : : : INITIAL DECISION', the decision's date line 'February 24, 2003' (kept as `published`), the "
 "section headings 'INTRODUCTION', 'Procedural Background' and 'Allegations and Arguments of the Parties'. Kept: "
 "the decision's appearance lines (who appeared for each side and who heard the case: the decision's own text, not "
 "page furniture), 'BEFORE:Robert G. Mahony, Administrative Law Judge' as written (no space after the colon, no "
 "full stop); cut after the second paragraph's third sentence ('... Rules 13a-1 and 13a-13 thereunder.'), before "
 "'The Division seeks the revocatio', where the store's excerpt breaks off inside a word (`truncated`). Kept as "
 "written: the straight apostrophe in 'Commission's Rules of Practice', '17 C.F.R. \u00a7 201.250', 'Form 10-K', "
 "'Form 10-Q', 'March 31, 2002, and June 30, 2002'. 228 words. One text per matter: the bank's failure and the "
 "criminal and class-action cases against its officers (Eduardo Masferrer and others: Miami Herald, law.com, "
 "casetext, midpage, Stanford's class-action page; no SEC text in the store) are other texts and left out. Found "
 "with 'SEC Litigation Release Hamilton Bancorp Eduardo Masferrer chairman CEO Miami bank losses' (rank 3). "
 + CHECK + "'Hamilton Bancorp', 'Hamilton Bank', 'Masferrer', 'Kerry A. Zinn', 'Burstein', 'Robert G. Mahony', "
 "'3-10976': 0 in the corpus files, GATHERING.md, the gather scripts and the session-48 pools; 'Mahony': other "
 "people (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
