#!/usr/bin/env python3
"""Batch 45zv (session 46, gatherer 45zv): a financial-services outsourcing company's former vice president of
finance for its insurance and education services group charged over improper accounting in its insurance services
division, and a computer maker's former general counsel charged with stock option backdating and its former chief
financial officer settling, told in US Securities and Exchange Commission litigation releases of 2008 and 2007 (US
federal government works, 17 U.S.C. 105), a thirteenth round of session 46 after batches 45a, 45f, 45k, 45p, 45r, 45v,
45za, 45ze, 45zi, 45zm, 45zp and 45zs in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a,
42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi,
45zm, 45zp and 45zs; 43i and 43k found nothing), on new matters -- first-party SEC text, the sec.gov pages as the
search tool's page store holds them:
  - the SEC's Litigation Release No. 20756 (30 September 2008, Securities and Exchange Commission v. Steven Wevodau):
    'Steven Wevodau, former vice president of finance for the Insurance and Education Services group of the BISYS
    Group, Inc.' (sec.gov; 45zs's lead 'SEC v. The BISYS Group' from the SEC staff's 2007 'Outline of Recent SEC
    Enforcement Actions': the company's own 2007 case is told by no sec.gov page in the store, this related case
    against its former officer is);
  - the SEC's Litigation Release No. 20086 (24 April 2007, 'SEC Charges Former Apple General Counsel for Illegal
    Stock Option Backdating'): 'former General Counsel Nancy R. Heinen', 'Apple Chief Executive Officer Steve Jobs',
    'former Apple Chief Financial Officer Fred D. Anderson' of Apple, Inc. (sec.gov; the outline's backdating
    section).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number and caption lines are
left out (a heading kept as `title`, a sub-heading cut, the date as `published`; the Wevodau page has no heading, so
`title` is null); no word added or changed; each text cut at the last full sentence before the store's excerpt
breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zv.py [POOL_DIR] [--dry]   (default /tmp/gather46zv/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zv/pool"
R = []

# ---- BISYS Group and Steven Wevodau, Litigation Release No. 20756, 30 September 2008 (sec.gov) -------------------------
U1 = "http://www.sec.gov/litigation/litreleases/2008/lr20756.htm"
R.append(federal(
 "us-sec-bisys-group-former-vice-president-finance-wevodau-insurance-accounting-fraud-2008", U1, "2008-09-30", None,
 "On September 29, 2008, the Securities and Exchange Commission filed a civil injunctive action in United States "
 "District Court for the Southern District of New York charging Steven Wevodau, former vice president of finance for "
 "the Insurance and Education Services group of the BISYS Group, Inc., with violating the antifraud and internal "
 "controls provisions of the Securities Exchange Act of 1934 (\"Exchange Act'), and with aiding and abetting BISYS's "
 "violations of the Exchange Act's financial reporting, books-and-records and internal controls provisions. Wevodau "
 "has agreed to settle the case, without admitting or denying the Commission's allegations.\n\n"
 "The Commission's complaint, filed in federal court in Manhattan, alleges that from at least July 2000 until at "
 "least March 2002, Wevodau was the senior financial official in the business unit that included BISYS's Insurance "
 "Services division, which was largely responsible for the company's reported growth during the period. Wevodau "
 "allegedly responded to senior management's focus on meeting aggressive, short-term earnings projections by "
 "encouraging and directing personnel in Insurance Services' finance department to meet earnings targets by applying "
 "a variety of fraudulent or otherwise improper accounting practices.",
 "financial services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20756, September 30, 2008 (Securities and Exchange "
 "Commission v. Steven Wevodau, 08-Civ-8348 (GBD)(S.D.N.Y.)), US federal government work (public domain); text from "
 "the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2008/lr20756.htm): first-party text, no third-party copy. Left out: the page line 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20756 / September 30, 2008' (kept as `published`), the "
 "caption ('Securities and Exchange Commission v. Steven Wevodau, 08-Civ-8348 (GBD)(S.D.N.Y.)'); the stored page has "
 "no heading (`title` null); cut after the second paragraph's second sentence ('... a variety of fraudulent or "
 "otherwise improper accounting practices.'), before 'Specifically, the complaint alleges that Wevodau caused the "
 "company to:' and its list of four practices, the fourth broken off ('improperly eliminate exp') where the store's "
 "excerpt ends (`truncated`; the list's lead-in is no full sentence without its items). Kept as written: the "
 "unmatched quotation marks in '(\"Exchange Act')', 'the BISYS Group, Inc.' with a lower-case 'the', 'vice president "
 "of finance' and 'group' and 'division' in lower case, 'books-and-records', 'short-term', \"Insurance Services' "
 "finance department\". 182 words. One text per matter: the complaint (fdocuments) is the same matter, not taken; "
 "the SEC's Litigation Release No. 22379 (29 May 2012, the court's approval of the plan of distribution in SEC v. "
 "The BISYS Group, Inc. and SEC v. Wevodau) is a later step of the same two cases, with no executive's post in its "
 "kept part, not taken; the company's own settled case (SEC v. The BISYS Group, Inc., 07 Civ. 4010, 23 May 2007: "
 "investmentexecutive, lexology) is a related matter with no sec.gov page in the store, not taken (one BISYS text). "
 "Found with 'Litigation Release Wevodau BISYS former executive Insurance Services division' (rank 1), after "
 "'BISYS Group Litigation Release No. SEC charges former executives' (rank 4: LR 22379; the rest class-action "
 "pages). "
 + CHECK + "'BISYS', 'Wevodau', '20756', '22379', '8348', 'Insurance and Education Services': 0 in the corpus "
 "files, the gather scripts and the pools ('BISYS' only in GATHERING.md's 45zs lead line).",
 True))

# ---- Apple, Inc., Nancy R. Heinen and Fred D. Anderson, Litigation Release No. 20086, 24 April 2007 (sec.gov) ----------
U2 = "https://www.sec.gov/litigation/litreleases/2007/lr20086.htm"
T2 = "SEC Charges Former Apple General Counsel for Illegal Stock Option Backdating"
R.append(federal(
 "us-sec-apple-former-general-counsel-heinen-former-cfo-anderson-option-backdating-2007", U2, "2007-04-24", T2,
 "The Securities and Exchange Commission today filed charges against two former senior executives of Apple, Inc. in "
 "a matter involving improper stock option backdating. The Commission accused former General Counsel Nancy R. Heinen "
 "of participating in the fraudulent backdating of options granted to Apple's top officers that caused the company "
 "to underreport its expenses by nearly $40 million. The Commission's complaint alleges that Heinen, of Portola "
 "Valley, California, caused Apple to backdate two large options grants to senior executives of Apple \u2014 a "
 "February 2001 grant of 4.8 million options to Apple's Executive Team and a December 2001 grant of 7.5 million "
 "options to Apple Chief Executive Officer Steve Jobs \u2014 and altered company records to conceal the fraud.\n\n"
 "The Commission also filed, and simultaneously settled, charges against former Apple Chief Financial Officer Fred "
 "D. Anderson, of Atherton, California, alleging that Anderson should have noticed Heinen's efforts to backdate the "
 "Executive Team grant but failed to take steps to ensure that Apple's financial statements were correct. As part of "
 "the settlement, Anderson agreed (without admitting or denying the allegations) to pay approximately $3.5 million "
 "in disgorgement and penalties.\n\n"
 "According to the Commission's complaint, filed in the Northern District of California, Apple granted 4.8 million "
 "options to six members of its executive team (including Heinen and Anderson) in February 2001.",
 "computers/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20086, April 24, 2007 (Securities and Exchange "
 "Commission v. Nancy R. Heinen and Fred D. Anderson, Case No. 07-2214-HRL (Lloyd). (N.D. Cal. filed April 24, "
 "2007)), US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2007/lr20086.htm): first-party text, no third-party copy. Left out: the page chrome ('U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), "
 "'Litigation Release No. 20086 / April 24, 2007' (kept as `published`), the caption ('Securities and Exchange "
 "Commission v. Nancy R. Heinen and Fred D. Anderson, Case No. 07-2214-HRL (Lloyd). (N.D. Cal. filed April 24, "
 "2007)'), the heading (kept as `title`, as written, in title case), the sub-heading 'Commission Also Settles Claims "
 "Against Former Apple CFO for $3.5 Million' (cut, as earlier lanes cut sub-headings); cut after the third "
 "paragraph's first sentence ('... (including Heinen and Anderson) in February 2001.'), before 'Because the options "
 "were in-the-money when granted (i.e. could be exercised to pu', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'Apple, Inc.' with its comma, the two em dashes around the two grants, 'General "
 "Counsel', 'Chief Executive Officer' and 'Chief Financial Officer' with capitals, \"Apple's Executive Team\" and "
 "'executive team', '$40 million', '4.8 million', '7.5 million', '$3.5 million'. 219 words. One text per matter: the "
 "2008 settlement with Heinen (cfo.com, tidbits, computerworld.com.au) is a later step of the same case; news "
 "(mercurynews two, law.com, macobserver) is the same matter; not taken. Found with 'Litigation Release Apple former "
 "general counsel Nancy Heinen former chief financial officer Fred Anderson backdating' (rank 1). "
 + CHECK + "'Heinen', 'Fred D. Anderson', 'Portola Valley', '20086', '07-2214': 0 in the corpus files, the gather "
 "scripts and the pools; 'backdat': other companies' matters only (Engineered Support, Marvell, Take-Two, Trident, "
 "KB Home, Maxim, Affiliated Computer, Brooks, Comverse, Mercury Interactive and others; file names only); 'Steve "
 "Jobs': 21 corpus files on other Apple events (file names only), none on the backdating charges; 'Atherton': other "
 "people (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
