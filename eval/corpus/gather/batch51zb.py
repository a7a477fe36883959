#!/usr/bin/env python3
"""Batch 51zb (session 52, gatherer 51zb): three SEC litigation releases of 1997 and 2000 on former officers of listed
technology companies -- Cambridge Biotech Corporation, a biotechnology company of Worcester, Massachusetts, and its
former president and chief executive officer (Patrick J. Leonard) and former chief financial officer (Peter P. Hartman),
settling charges over improperly recognised revenue; three former officers of Silicon Valley-based Cylink Corporation
(its former chief financial officer John Daws, former vice president of sales Thomas Butler and former head of North
American sales Mark Folit) sued over a financial reporting fraud; Peritus Software Services, Inc.'s then chief
financial officer Allen K. Deary and its account manager Dennis A. Fichter, settling charges over a fictitious software
licence sale to AT&T Corp. -- told in SEC litigation releases (US federal government works, 17 U.S.C. 105), a round of
session 52 in the federal SEC lane beside 51d, 51i, 51m, 51p and 51w (after 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g,
49h, 49k, 50a, 50d, 50g, 50j, 51d, 51i, 51m, 51p and 51w), on new matters (51w's untried leads Cambridge Biotech,
Cylink and Peritus; every company, person, release number and docket checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-52 pools) -- SEC text from the search tool's page store:
  - the SEC's Litigation Release No. 15385 of 11 June 1997 (Securities and Exchange Commission v. Patrick J. Leonard
    and Peter P. Hartman, Civil Action No. 97 11310 (PBS) (D. Massachusetts)): Cambridge Biotech Corporation ('CBC'),
    Worcester, Massachusetts, Leonard, Hartman, Epping, New Hampshire, Suwanee, Georgia (sec.gov's
    'litigation/litreleases/lr15385.txt', the plain-text release);
  - the SEC's Litigation Release No. 16728 of 27 September 2000 (Securities and Exchange Commission v. John Daws,
    Thomas Butler and Mark Folit, Civil Action No. C00-20797 EAI (N.D. Cal.)): Cylink Corporation, San Francisco,
    Silicon Valley, Daws, Butler, Folit, Orinda and Pebble Beach, California, New York (sec.gov's
    'enforcement-litigation/litigation-releases/lr-16728');
  - the SEC's Litigation Release No. 16516 of 13 April 2000 (SEC v. Allen K. Deary and Dennis A. Fichter, U.S.
    District Court for the District of Massachusetts), 'SEC Charges Former CFO of Peritus Software Services, Inc. with
    Financial Fraud': Peritus Software Services, Inc., Westborough and Carlisle, Massachusetts, Easton, Pennsylvania,
    AT&T Corp. (sec.gov's 'litigation/litreleases/lr16516.htm' as the UNT Libraries' End of Term 2008 web archive
    holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('Breadcrumb', the sec.gov parties line,
'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange
Commission'), the release lines, the captions (with their docket numbers) and headings are left out (a heading kept as
`title`; where a release has no heading, its caption's party names are the title; the release date as `published`);
no word added or changed; paragraphs joined by a blank line as the store gives them (the plain-text Cambridge Biotech
release comes as one run of text); each text cut at the last full sentence before the store's excerpt breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zb.py [POOL_DIR] [--dry]   (default /tmp/gather52zb/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
SEC_ARC = "US SEC release on sec.gov as a federal web archive holds it (search tool page store)"   # 44d's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool and gold (52a's to 52za's, when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zb/pool"
R = []

# ---- Cambridge Biotech / Leonard and Hartman, LR 15385 of 11 June 1997 (sec.gov plain text) --------------------------
U1 = "https://www.sec.gov/litigation/litreleases/lr15385.txt"
R.append(federal(
 "us-sec-cambridge-biotech-former-president-ceo-leonard-former-cfo-hartman-revenue-recognition-1997", U1,
 "1997-06-11", "SECURITIES AND EXCHANGE COMMISSION v. PATRICK J. LEONARD AND PETER P. HARTMAN",
 "The Securities and Exchange Commission (\"Commission\") today announced the filing of a complaint against Patrick J. "
 "Leonard (\"Leonard\"), former president and chief executive officer, and Peter P. Hartman (\"Hartman\"), former "
 "chief financial officer, of Cambridge Biotech Corporation (\"CBC\"), a biotechnology company headquartered in "
 "Worcester, Massachusetts. Simultaneously with the filing of the Commission's complaint, Leonard and Hartman "
 "consented to the entry of orders of permanent injunction from further violations of the antifraud, corporate "
 "reporting, and books and records provisions of the federal securities laws. Leonard also agreed to pay a civil "
 "monetary penalty of $50,000, while a civil monetary penalty against Hartman was not assessed based on his "
 "demonstrated inability to pay. The complaint alleged that, between June 1991 and December 1992, Leonard and Hartman "
 "structured a series of nine sales and license transactions for which revenue should not have been recognized, and "
 "caused CBC to improperly recognize over $6 million in revenue on the transactions. Leonard is a resident of Epping, "
 "New Hampshire, and Hartman is a resident of Suwanee, Georgia. The complaint alleged that the transactions included "
 "shipments of product with no expectation of payment, premature recognition of license fee revenues, and use of "
 "corporate funds to resolve outstanding receivables by creating the false appearance that CBC had purchased "
 "unrelated goods and services, when in fact CBC had simply \"bought\" its own product back.",
 "biotechnology/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 15385 and Accounting and Auditing Enforcement "
 "Release No. 924, June 11, 1997 (Securities and Exchange Commission v. Patrick J. Leonard and Peter P. Hartman, Civil "
 "Action No. 97 11310 (PBS) (D. Massachusetts, filed June 11, 1997)), US federal government work (public domain); "
 "text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it, the plain-text release "
 "('litigation/litreleases/lr15385.txt'): first-party text, no third-party copy (origin SEC_ORIGIN, 41b's wording). "
 "The store gives the file as one run of text (its line breaks gone), so the kept text is one paragraph. Left out: "
 "'SECURITIES AND EXCHANGE COMMISSION LITIGATION RELEASE NO. 15385 / June 11, 1997', 'ACCOUNTING AND AUDITING "
 "ENFORCEMENT Release No. 924 / June 11, 1997' (the date kept as `published`) and the caption 'SECURITIES AND "
 "EXCHANGE COMMISSION v. PATRICK J. LEONARD AND PETER P. HARTMAN, Civil Action No. 97 11310 (PBS) (D. Massachusetts, "
 "filed June 11, 1997)'; the release has no heading, so the caption's first part (its party names, in capitals as "
 "written) is the `title` (doubtful: a descriptive title). Cut after the sixth sentence ('... "
 "CBC had simply \"bought\" its own product back.'), before the seventh ('The complaint also alleged that, during the "
 "audit of CBC's 1991 and 1992 financial statements, Leonard and Hartman attempted to deceive CBC's independent "
 "auditors by di'), which the store's excerpt breaks off (`truncated`). Kept as written: 'president and chief "
 "executive officer' and 'chief financial officer' in lower case, the defined short forms in straight double quotes "
 "('(\"Commission\")', '(\"Leonard\")', '(\"Hartman\")', '(\"CBC\")'), '\"bought\"', 'license' (US spelling), "
 "'$50,000', '$6 million', the straight apostrophe. 225 words (split at whitespace). One text per matter: the SEC's "
 "administrative order against Cambridge Biotech Corporation of 17 October 1996 (33-7358, sec.gov's "
 "'files/litigation/admin/337358.txt'; the company's own settled proceeding, same matter), thepharmaletter's 1994 "
 "bankruptcy note and the Stanford class-action pages (Cambrex, another matter) left out. Found with 'Cambridge "
 "Biotech SEC complaint former officers Irish subsidiary revenue' (rank 5). "
 + CHECK + "'Cambridge Biotech', 'Patrick J. Leonard', 'Peter P. Hartman', 'Epping', '15385', '97 11310', '337358': "
 "0 in the corpus files, GATHERING.md (but for 51w's leads line), the scripts, /work/notes and the pools; 'Hartman' "
 "alone in one train file (a Mannesmann/Vodafone story: another person) and 'Suwanee' in one file (a place in another "
 "matter).",
 True))

# ---- Cylink / Daws, Butler and Folit, LR 16728 of 27 September 2000 (sec.gov) ---------------------------------------
U2 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-16728"
R.append(federal(
 "us-sec-cylink-former-cfo-daws-former-vp-sales-butler-former-north-american-sales-head-folit-fraud-2000", U2,
 "2000-09-27", "SECURITIES AND EXCHANGE COMMISSION v. JOHN DAWS, THOMAS BUTLER AND MARK FOLIT",
 "The U.S. Securities and Exchange Commission today filed an action in federal district court in San Francisco "
 "against three former officers of Silicon Valley-based Cylink Corporation (\"Cylink\" or the \"Company\") for their "
 "roles in a financial reporting fraud that overstated Cylink's results by millions of dollars in 1997 and 1998. In a "
 "separate action, the Commission brought charges against Cylink for related violations. According to the filings, "
 "in order to meet Cylink's ambitious revenue goals, former Cylink officers led the Company to recognize revenue on "
 "numerous transactions that violated Cylink's own revenue recognition policy, generally accepted accounting "
 "principles or both. Cylink overstated its quarterly revenue by as much as 97.5% during the period of the fraud, "
 "according to the filings.\n\n"
 "Named in the Commission's federal court suit were: former Chief Financial officer John Daws, age 56, of Orinda, "
 "California; former Vice President of Sales Thomas Butler, age 52, of Pebble Beach, California; and former head of "
 "North American Sales Mark Folit, age 39, of New York, New York.",
 "network security technology/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16728 and Accounting and Auditing Enforcement "
 "Release No. 1312, September 27, 2000 (Securities and Exchange Commission v. John Daws, Thomas Butler and Mark Folit, "
 "United States District Court for the Northern District of California, Civil Action No. C00-20797 EAI), US federal "
 "government work (public domain); text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the "
 "'enforcement-litigation/litigation-releases/lr-NNNNN' address): first-party text, no third-party copy (origin "
 "SEC_ORIGIN, 41b's wording; 43g's handling of such pages). Left out: the page line 'Breadcrumb', the page's parties "
 "line 'John Daws, Thomas Butler and Mark Folit, United States District Court for the Northern District of "
 "California', 'SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 16728 / September 27, 2000' (the date "
 "kept as `published`), 'Accounting and Auditing Enforcement Release No. 1312' and the caption 'SECURITIES AND "
 "EXCHANGE COMMISSION v. JOHN DAWS, THOMAS BUTLER AND MARK FOLIT, United States District Court for the Northern "
 "District of California, Civil Action No. C00-20797 EAI'; the release has no heading, so the caption's first part "
 "(its party names, in capitals as written) is the `title` (doubtful: descriptive). Cut after the second paragraph's "
 "first sentence ('... of New York, New York.'), before its second ('The Commission's complaint charges each defendant "
 "with securities fraud ... (Sections 13(a) and 13(b)(2)(A) of the Exc'), which the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'Chief Financial officer' with its lower-case 'officer', 'Vice President of Sales' "
 "and 'head of North American Sales' as capitalised, 'Silicon Valley-based', the defined short forms in straight "
 "double quotes ('(\"Cylink\" or the \"Company\")'), '97.5%', the ages, 'New York, New York', the straight "
 "apostrophes. 168 words (split at whitespace). One text per matter: the SEC's cease-and-desist order against Cylink "
 "Corporation of the same day (34-43357, in the UNT End of Term 2008 archive), the later litigation releases on the "
 "settlements with Butler (17151, 2001) and Daws (17564, 2002), the i-law note, the Stanford class-action page and the "
 "In re Cylink Securities Litigation opinions (findacase, casetext) left out. Found with 'Cylink SEC former president "
 "chief financial officer revenue recognition litigation release' (rank 2). "
 + CHECK + "'Cylink', 'Daws', 'Folit', 'Thomas Butler', 'Orinda', 'Pebble Beach', 'C00-20797', '43357': 0 in the "
 "corpus files, GATHERING.md (but for 51w's leads line), the scripts and the pools; '16728' and '43357' only inside "
 "binary and cache files under /work/notes.",
 True))

# ---- Peritus Software Services / Deary and Fichter, LR 16516 of 13 April 2000 (sec.gov via the UNT web archive) ------
U3 = ("https://webarchive.library.unt.edu/eot2008/20080916062109/http://sec.gov/litigation/litreleases/"
      "lr16516.htm")
R.append(federal(
 "us-sec-peritus-software-former-cfo-deary-account-manager-fichter-att-license-fraud-2000", U3, "2000-04-13",
 "SEC CHARGES FORMER CFO OF PERITUS SOFTWARE SERVICES, INC. WITH FINANCIAL FRAUD",
 "The Securities and Exchange Commission announced today that it filed a civil fraud action against Allen K. Deary "
 "and Dennis A. Fichter for conducting a scheme to falsely inflate Peritus Software Services, Inc.'s second quarter "
 "1998 revenues. Peritus, based in Westborough, Massachusetts, sells, among other things, Year 2000 software licenses "
 "and services. Deary is a resident of Carlisle, Massachusetts, and Fichter resides in Easton, Pennsylvania. Deary "
 "and Fichter consented to an injunction and an order requiring them to pay $25,000 and $10,000 in penalties, "
 "respectively.\n\n"
 "According to the complaint, Deary, who at the time was Peritus' CFO, caused Peritus to book improperly over $1 "
 "million in revenue, which falsely inflated the company's second quarter 1998 revenue by 10% and enabled it to meet "
 "analyst estimates. In order to substantiate Peritus' claim to the revenue, Deary falsely told Peritus' director of "
 "finance and its controller that AT&T Corp. had purchased a software license pursuant to a $1.9 million purchase "
 "order, and that Peritus had delivered the software to AT&T. However, Peritus had not sold a software license to "
 "AT&T.\n\n"
 "The complaint also alleges that Deary made the same false statements to Peritus' outside auditors, and received "
 "substantial assistance in his scheme from Defendant Fichter, a Peritus account manager.",
 "software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16516 and Accounting and Auditing Enforcement "
 "Release No. 1246, April 13, 2000, 'SEC Charges Former CFO of Peritus Software Services, Inc. with Financial Fraud' "
 "(SEC v. Allen K. Deary and Dennis A. Fichter, U.S. District Court for the District of Massachusetts), US federal "
 "government work (public domain); text of the sec.gov page as the UNT Libraries' web archive holds it, from the "
 "search tool's page store at " + U3,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr16516.htm) as "
 "the UNT Libraries' End of Term 2008 web archive (webarchive.library.unt.edu/eot2008, capture of 16 September 2008) "
 "holds the page: the SEC's own page, archived unchanged, no third-party copy (origin SEC_ARC, 44d's and 51w's "
 "wording). Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', "
 "'U.S. Securities and Exchange Commission', 'ECURITIES AND EXCHANGE COMMISSION' (its first letter missing on the "
 "page), 'Litigation Release No. 16516 / April 13 , 2000' (the date kept as `published`), 'Accounting and Auditing "
 "Enforcement Release No. 1246 / April 13, 2000', the caption 'SEC v. ALLEN K. DEARY AND DENNIS A. FICHTER, U.S. "
 "District Court for the District of Massachusetts, No. (April , 2000)' (its docket number blank on the page) and the "
 "heading (kept as `title`, in capitals as written). Cut after the third paragraph's first sentence ('... a Peritus "
 "account manager.'), before its second ('On July 22, 1998, the evening before Peritus was to announce its second "
 "quarter financial results, Peritus' outside auditors informed Deary that the documents did not establish that a "
 "sa'), which the store's excerpt breaks off (`truncated`). Kept as written: 'Peritus Software Services, Inc.'s', "
 "'Peritus'' with the bare apostrophe (four times), 'CFO', 'second quarter 1998' (twice), 'Year 2000 software "
 "licenses', 'Defendant Fichter' with its capital, 'AT&T Corp.' and 'AT&T', '$25,000', '$10,000', '$1 million', "
 "'$1.9 million', '10%', the straight apostrophes. 207 words (split at whitespace). One text per matter: the SEC's "
 "cease-and-desist order against Peritus Software Services, Inc. of the same day (34-42673, sec.gov's "
 "'litigation/admin/34-42673.htm'), the company's 10-Q and S-3 filings (capedge), the In re Peritus Software Services "
 "opinion (casetext, studicata) left out. Found with 'Peritus Software Services SEC former officers' (rank 2). "
 + CHECK + "'Peritus', 'Deary', 'Fichter', '16516', '42673': 0 in the corpus files, GATHERING.md (but for 51w's "
 "leads line), the scripts, /work/notes and the pools; 'Westborough' in one file and 'AT&T Corp.' in seven files "
 "(other matters: a place and the same company in other stories).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
