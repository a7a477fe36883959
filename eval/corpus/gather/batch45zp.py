#!/usr/bin/env python3
"""Batch 45zp (session 46, gatherer 45zp): an Internet software company's former chief executive officer, former chief
financial officer and current director of world-wide operations charged with accounting fraud, and a nutritional
supplements maker's former director and audit committee member charged with tipping a friend who was an officer and
principal shareholder of a jewelry retailer, told in US Securities and Exchange Commission litigation releases of 2006
and 2007 (US federal government works, 17 U.S.C. 105), an eleventh round of session 46 after batches 45a, 45f, 45k,
45p, 45r, 45v, 45za, 45ze, 45zi and 45zm in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q,
42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze,
45zi and 45zm; 43i and 43k found nothing), on new matters -- first-party SEC text, the sec.gov pages as the search
tool's page store holds them:
  - the SEC's Litigation Release No. 19521 (4 January 2006, 'SEC CHARGES FORMER CEO, CFO AND CURRENT EXECUTIVE OF
    APPLIX , INC. WITH ACCOUNTING FRAUD'): 'Applix, Inc., a Westborough, Massachusetts Internet software company',
    'former CEO Alan C. Goldsworthy', 'former CFO Walter T. Hilger', 'Mark E. Sullivan ..., Applix's current Director
    of World-Wide Operations' (sec.gov);
  - the SEC's Litigation Release No. 20305 (27 September 2007; no heading on the page): 'Nathan Rosenblatt, a former
    director of NBTY, Inc., and member of its three-person audit committee', 'his close friend Morris Gad, an officer
    and principal shareholder of Almod Diamonds, Inc., a family-owned jewelry retailer' (sec.gov) -- another NBTY
    matter than 45zm's Drucker case (another insider, another quarter, another tippee, another case number).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, AAER and caption lines
are left out (a heading kept as `title`, `title` null where the page has none, as 42g's, 42y's and 45zi's; the date as
`published`); the bullet mark cut, the bulleted item kept as its own paragraph with its lead-in line (42j's, 45v's
way); no word added or changed; each text cut at the last full sentence before the store's excerpt breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zp.py [POOL_DIR] [--dry]   (default /tmp/gather46zp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zp/pool"
R = []

# ---- Applix, Goldsworthy, Hilger and Sullivan, Litigation Release No. 19521, 4 January 2006 (sec.gov) -----------------
U1 = "https://www.sec.gov/litigation/litreleases/lr-19521"
T1 = "SEC CHARGES FORMER CEO, CFO AND CURRENT EXECUTIVE OF APPLIX , INC. WITH ACCOUNTING FRAUD"
R.append(federal(
 "us-sec-applix-former-ceo-goldsworthy-former-cfo-hilger-operations-director-sullivan-fraud-2006", U1, "2006-01-04", T1,
 "The Securities and Exchange Commission today brought civil fraud charges against two former officers and a current "
 "executive of Applix, Inc., a Westborough, Massachusetts Internet software company. In the suit, filed in federal "
 "court in the District of Massachusetts, the Commission alleged that former CEO Alan C. Goldsworthy of Gloucester, "
 "Massachusetts; former CFO Walter T. Hilger of Natick, Massachusetts; and Mark E. Sullivan of Bridgewater, "
 "Massachusetts, Applix's current Director of World-Wide Operations participated in two fraudulent revenue "
 "recognition schemes, causing Applix to report inflated revenue and understated net loss figures for the year ended "
 "December 31, 2001 and for the quarter ended June 30, 2002.\n\n"
 "According to the complaint, the three defendants engaged in two separate schemes to inflate revenue reported in "
 "Applix's publicly-filed financial statements and heralded in press releases. In the first scheme, Applix "
 "prematurely recognized $898,000 in revenue in its Form 10-K for the year ended December 31, 2001. The revenue, "
 "generated in a December 31, 2001 transaction, enabled Applix to meet its publicly announced year-end revenue goal "
 "of $40 million. The complaint alleges that the three defendants collectively agreed to recognize the revenue during "
 "2001 despite knowing that Applix was prohibited from doing so under generally accepted accounting principles.",
 "software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19521, January 4, 2006 (Securities and Exchange "
 "Commission v. Alan C. Goldsworthy, Walter T. Hilger, and Mark E. Sullivan, Civil Action No. 06-CV-10012-MLW (D. "
 "Mass.)), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr-19521, the site's later address form): first-party text, no third-party copy. Left "
 "out: 'Breadcrumb', the page heading 'Alan C. Goldsworthy, Walter T. Hilger, and Mark E. Sullivan', the page lines "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION' and 'WASHINGTON, D.C.', 'Litigation Release No. 19521 / January 4, 2006' "
 "(kept as `published`), 'Accounting and Auditing Enforcement Release No.2361 / January 4, 2006', the caption "
 "('Securities and Exchange Commission v. Alan C. Goldsworthy, Walter T. Hilger, and Mark E. Sullivan, Civil Action "
 "No. 06-CV-10012-MLW (D. Mass.)'), the heading in capitals (kept as `title`, as written, with the space before "
 "the comma in 'APPLIX , INC.'); cut after the second paragraph's fourth sentence ('... under generally accepted "
 "accounting principles.'), before 'The complaint also alleges that Goldsworthy and Hilger both received year-end "
 "bonuses based on the company's falsely in', where the store's excerpt breaks off (`truncated`). Kept as written: "
 "'former CEO' and 'former CFO' abbreviated, the semicolons between the three defendants, no comma after 'Director "
 "of World-Wide Operations', 'Director of World-Wide Operations' with capitals, 'publicly-filed' hyphenated, "
 "'year-end', 'Form 10-K', '$898,000', 'generally accepted accounting principles' in lower case. 203 words. One text "
 "per matter: the SEC's Litigation Release No. 20473 (3 March 2008, the jury's verdict; sec.gov) and No. 20808 (14 "
 "November 2008, the judgment against Hilger; sec.gov), cfo.com ('Jury: Ex-Applix CFO Broke Securities Laws'), "
 "secactions ('Lessons From A Loss In A Financial Fraud Case') and a si.frajer.net repost of a local paper's 2003 "
 "story are the same matter, not taken. Found with 'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release No. "
 "Applix Goldsworthy Hilger' (rank 3), after a secactions page named the case for the query 'SEC Sues Former "
 "Officers of company for financial fraud litigation release 2005'. "
 + CHECK + "'Applix', 'Goldsworthy', 'Hilger', 'Mark E. Sullivan', '19521', '20473', '20808', '06-CV-10012', "
 "'Westborough', 'Natick', 'Cognos': 0 in the corpus files, the gather scripts and the pools; 'Gloucester', "
 "'Bridgewater': other places and matters (corpus files, by file names only).",
 True))

# ---- NBTY, Nathan Rosenblatt and Morris Gad (Almod Diamonds), Litigation Release No. 20305, 27 September 2007 (sec.gov)
U2 = "https://www.sec.gov/litigation/litreleases/lr-20305"
R.append(federal(
 "us-sec-nbty-former-director-rosenblatt-almod-diamonds-officer-gad-insider-trading-2007", U2, "2007-09-27", None,
 "Today, the Securities and Exchange Commission filed a complaint against Nathan Rosenblatt, a former director of "
 "NBTY, Inc., and member of its three-person audit committee, and his close friend Morris Gad, an officer and "
 "principal shareholder of Almod Diamonds, Inc., a family-owned jewelry retailer. In its complaint, the Commission "
 "charges that Rosenblatt, while in possession of material, nonpublic information concerning the company's "
 "significant revenue and earnings shortfall for the third quarter of 2004, tipped Gad with this information prior "
 "the company's public release of its financial results. With this information in hand, Gad sold his entire position "
 "of NBTY stock, sold the stock short, purchased put contracts, and sold call contracts through the custodial "
 "accounts of his three children prior to NBTY's release of its 2004 third quarter financial results. In so doing, "
 "Gad made approximately $400,000 in trading profits and losses avoided.\n\n"
 "The Commission's complaint charges Gad and Rosenblatt with violating Section 17(a) of the Securities Act of 1933, "
 "Section 10(b) of the Securities Exchange Act of 1934 (Exchange Act) and Exchange Act Rule 10b-5.\n\n"
 "Specifically, the Commission's complaint alleges as follows:\n\n"
 "On July 20, 2004, at 3:17 p.m., NBTY's chief financial officer faxed the members of NBTY's audit committee, "
 "including Rosenblatt, a reminder that a telephonic meeting of the audit committee would take place on July 21 at "
 "11:00 a.m. He attached for their review NBTY's financial results for the third quarter. The financial results "
 "showed a 12% decline in net income from $29.5 million in the previous year's third quarter to $25.9 million, as "
 "well as a slump in its U.S. retail and catalogue sales.",
 "nutritional supplements/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20305, September 27, 2007 (SEC v. Morris Gad and "
 "Nathan Rosenblatt, 07-CV-8385 (GEL) (S.D.N.Y.)), US federal government work (public domain); text from the search "
 "tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr-20305, the site's later address form): first-party text, no third-party copy. Left "
 "out: 'Breadcrumb', the page heading 'Morris Gad and Nathan Rosenblatt' (the defendants' names, not a release "
 "heading), the page line 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20305 / September 27, "
 "2007' (kept as `published`), the caption ('SEC v. Morris Gad and Nathan Rosenblatt, 07-CV-8385 (GEL) (S.D.N.Y.)'); "
 "the release has no heading of its own in the stored excerpt (`title` null, as 42g's, 42y's and 45zi's releases); "
 "the first bullet's mark and indent cut, the item kept as its own paragraph after its lead-in line 'Specifically, "
 "the Commission's complaint alleges as follows:' (42j's, 45v's way); cut inside that item after its third sentence "
 "('... as well as a slump in its U.S. retail and catalogue sales.'), before 'They also showed earnings per share of "
 "$.37, down fro', where the store's excerpt breaks off (`truncated`). Kept as written: 'prior the company's public "
 "release' (no 'to'), 'nonpublic' unhyphenated, 'family-owned jewelry retailer', '(Exchange Act)' in brackets without "
 "quotation marks, 'at 3:17 p.m.', 'at 11:00 a.m.', 'catalogue', '12%'. 268 words. One text per matter: the "
 "complaint, S.D.N.Y. Judge Lynch's opinion of 17 December 2007 (findacase), cfo.com ('Friend's Tip Costs a Bundle, "
 "Says SEC', Gad's January 2008 settlement) and the lawprofessors.typepad white-collar-crime post are the same "
 "matter, not taken. Another matter than 45zm's NBTY text (Litigation Release No. 19587, Mitchell S. Drucker, an "
 "associate general counsel, trading in October 2001): another insider, quarter, tippee and case; NBTY's 2010 Glenn "
 "Cohen complaint (a former director's relatives; only a pdfslide copy of the complaint in the store) is a third "
 "matter, not taken. Found with 'NBTY Glenn Cohen insider trading SEC litigation release' (rank 4). "
 + CHECK + "'Rosenblatt', 'Morris Gad', 'Almod', '20305', '07-CV-8385': 0 in the corpus files, the gather scripts and "
 "the pools; 'NBTY': 45zm's Drucker text (the pool /tmp/gather46zm, its scripts and GATHERING.md lead lines; another "
 "matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
