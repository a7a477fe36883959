#!/usr/bin/env python3
"""Batch 41e (session 42, gatherer 41e): company executives and staff with their posts told in US Securities and
Exchange Commission releases (US federal government works, 17 U.S.C. 105), a round after batches 40zm, 40zn and 41b
in the federal SEC lane -- first-party SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's Litigation Release No. 25869 (29 September 2023): Michael E. Lewitt of Boca Raton, Florida, and his
    investment advisory firm Third Friday Management, LLC charged over the Third Friday Total Return Fund, L.P.;
    Lewitt 'Third Friday's sole managing member and majority owner';
  - the SEC's administrative-proceeding announcement of 11 October 2024 (File No. 3-22238): settled charges against
    Robert "Hal" Turner, the former Executive Chairman and Principal Executive Officer of New York-based Pareteum
    Corporation, over its accounting and disclosure fraud.
Text is the search tool's page-store excerpt (corpus `pages`) of the sec.gov pages themselves (no third-party copy, so
no word-for-word check against another copy is needed). Name lines, release-number lines, case captions and headings
are left out (the heading kept as `title`); no word added or changed. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch41e.py [POOL_DIR] [--dry]   (default /tmp/gather42e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41b import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42e/pool"
SEC_ORIGIN = "US SEC release on sec.gov (search tool page store)"
R = []

# ---- Third Friday Management and Michael E. Lewitt, Litigation Release No. 25869, 29 September 2023 ------------------
U1 = "https://1.800.gay:443/https/www.sec.gov/litigation/litreleases/lr-25869"
R.append(federal(
 "us-sec-third-friday-management-lewitt-fund-misappropriation-2023", U1, "2023-09-29",
 "SEC Charges Investment Adviser Michael E. Lewitt with Stealing $4.7 Million from Fund Investors",
 "On September 29, 2023, the Securities and Exchange Commission charged Michael E. Lewitt of Boca Raton, Florida and "
 "his investment advisory firm Third Friday Management, LLC (\u201cThird Friday\u201d) with misrepresentations and "
 "omissions concerning a material change in the investment strategy of the Third Friday Total Return Fund, L.P. (the "
 "\u201cFund\u201d), the value of the Fund\u2019s assets, and charged Lewitt with misappropriating at least $4.7 "
 "million from the Fund for his personal benefit. Lewitt is Third Friday\u2019s sole managing member and majority "
 "owner.\n\n"
 "According to the SEC's complaint, from at least 2012, Third Friday and Lewitt marketed and represented to investors "
 "in the Fund\u2019s Private Placement Memorandum that the Fund used a \u201cstrategy of selling straddles on the S&P "
 "500 Index over a portfolio of income generating securities.\u201d The complaint alleges that in January 2018 Third "
 "Friday suddenly changed course without disclosing to investors, many of whom were elderly, that it had begun making "
 "loans to a distressed (now bankrupt) company that acquired and operated struggling rural hospitals. As alleged, "
 "between January 2018 and November 2019, the Fund made 45 separate loan advances totaling more than $19 million to "
 "that company. The complaint further alleges that from January 2018 through March 2020, Third Friday and Lewitt made "
 "material misrepresentations and omissions, and failed to disclose the change in investment strategy and value of "
 "investments, Lewitt\u2019s conflict of interest, and related risks to investors and prospective investors.",
 "investment advice/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25869 'SEC Charges Investment Adviser Michael E. "
 "Lewitt with Stealing $4.7 Million from Fund Investors', September 29, 2023 (Securities and Exchange Commission v. "
 "Third Friday Management, LLC and Michael E. Lewitt, No. 9:23-cv-81332, S.D. Fla.), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text; the "
 "page store holds it under a proxy prefix ('1.800.gay:443/') in front of the sec.gov address "
 "https://www.sec.gov/litigation/litreleases/lr-25869, the page itself unchanged (its breadcrumb and release lines "
 "are sec.gov's). Left out: 'Breadcrumb', the page's name line 'Third Friday Management, LLC and Michael E. Lewitt', "
 "the line 'U.S. SECURITIES AND EXCHANGE COMMISSION', the line 'Litigation Release No. 25869 /September 29, 2023' "
 "(kept as `published`), the case caption 'Securities and Exchange Commission v. Third Friday Management, LLC and "
 "Michael E. Lewitt, Civil Action No. Case 9:23-cv-81332 (S.D. Fla. filed Sept. 29, 2023)' and the heading (kept as "
 "`title`); cut before the third paragraph ('As alleged in the c...'), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the curly quotation marks and apostrophes beside the straight apostrophe in 'the "
 "SEC's complaint', no comma after 'Boca Raton, Florida'. 235 words. One text per matter: secactions.com's weekly "
 "digest item on the same case (a law-firm digest) left out. Found with 'Third Friday Management Litigation Release "
 "25869 SEC complaint' (rank 1), batch 41b's lead. "
 + CHECK + "'Third Friday', 'Lewitt', 'Michael E. Lewitt', '25869', '9:23-cv-81332': 0 everywhere ('Boca Raton' only in "
 "a Wikinews text on Michael Jackson memorabilia and batch28e's scripts: another matter).", True))

# ---- Pareteum, former Executive Chairman Turner, administrative proceeding File No. 3-22238, 11 October 2024 ---------
U2 = "https://www.sec.gov/enforcement-litigation/administrative-proceedings/33-11317-s"
R.append(federal(
 "us-sec-pareteum-former-executive-chairman-turner-accounting-fraud-2024", U2, "2024-10-11",
 "SEC Charges Former Pareteum Executive Chairman with Accounting Fraud",
 "October 11, 2024 \u2013 The Securities and Exchange Commission today announced settled charges against Robert "
 "\u201cHal\u201d Turner, the former Executive Chairman and Principal Executive Officer of New York-based "
 "telecommunications company Pareteum Corporation, for his role in connection with Pareteum\u2019s accounting and "
 "disclosure fraud from 2018 through mid-2019. During this time, Pareteum improperly overstated its revenue, and "
 "Turner negligently reviewed, signed and certified the false financial statements.\n\n"
 "According to the SEC\u2019s order, Pareteum executives engaged in a fraudulent scheme to improperly recognize "
 "revenue, leading to Pareteum overstating its revenue by $12 million \u2013 or 60 percent \u2013 for fiscal year "
 "2018 and by $27 million \u2013 or 91 percent \u2013 for the first and second quarters of 2019 combined in its "
 "financial statements filed with the SEC. Turner was aware of signs that the revenue was being improperly "
 "recognized, but he did not take reasonable steps to determine if that was the case prior to signing these filings "
 "as Pareteum\u2019s Principal Executive Officer. Rather, he continued to pressure his management team to achieve "
 "revenue growth that exceeded analyst expectations.\n\n"
 "Without admitting or denying the SEC\u2019s findings, Turner consented to the SEC order finding that he violated "
 "the antifraud provisions of Section 17(a)(2) and (3) of the Securities Act of 1933, and Section 304 of the "
 "Sarbanes-Oxley Act of 2002 (\u201cSOX\u201d). The order requires Turner to cease and desist from further violations "
 "of the charged provisions and to pay a $75,000 penalty. The order also requires, under Section 304 of SOX, that "
 "Turner reimburse Pareteum or its successor in interest $267,118 that he received as bonus payments.\n\n"
 "The SEC\u2019s investigation was conducted by Megan Ryan under the supervision of Julia C. Green of the "
 "Philadelphia Regional Office.",
 "telecommunications/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, administrative proceeding announcement 'SEC Charges Former Pareteum "
 "Executive Chairman with Accounting Fraud', File No. 3-22238, October 11, 2024, US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC administrative-proceeding announcement (a US federal work, public domain) as sec.gov itself carries it: "
 "first-party text, no third-party copy. Left out: the heading (kept as `title`), the lines 'ADMINISTRATIVE "
 "PROCEEDING' and 'File No. 3-22238'; cut before the last paragraph's second sentence ('The litigation ...'), where "
 "the store's excerpt breaks off (`truncated`); the store's single line breaks written as blank lines. Kept as "
 "written: the date opening the first paragraph ('October 11, 2024 \u2013 The Securities ...', kept in the text and "
 "as `published`), the spaced en dashes, the curly quotation marks and apostrophes. 285 words. One text per matter: "
 "the SEC's earlier actions on Pareteum's other executives (2023; Victor Bozzo, Edward O'Donnell, as cfodive.com and "
 "nysscpa.org report them) are other matters and came back only as news and digests. Found with 'Litigation Release "
 "Pareteum Corporation former CEO Hal Turner former CFO Edward O'Donnell revenue fraud complaint' (rank 2). "
 + CHECK + "'Pareteum', 'Hal Turner', 'Megan Ryan', 'Julia C. Green', '3-22238': 0 everywhere.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
