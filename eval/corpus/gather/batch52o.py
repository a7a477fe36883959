#!/usr/bin/env python3
"""Batch 52o (session 53, gatherer 52o): two SEC litigation releases of 2002 and 2008 on cases against a company's
former officers -- the Commission's two related proceedings of 30 January 2002 over an accounting fraud at CyberGuard
Corporation, a Fort Lauderdale-based maker of computer network security systems: a lawsuit in federal court in Miami
against three former officers (Patrick O. Wheeler, Steven S. Gallers, Robert L. Carberry) and a settled cease-and-desist
order against the company and two other former officers (William D. Murray, Tommy D. Steele) (Litigation Release No.
17346, 30 January 2002); the Commission's settled civil action of 3 September 2008 against two former officers of
Natural Health Trends Corp. of Dallas -- its former president, director and CFO Mark D. Woodburn and Terry LaCore, the
former president of its chief subsidiary and an NHT director -- over undisclosed related party transactions from 2001
through 2005 (Litigation Release No. 20702, 4 September 2008) -- US federal government works (17 U.S.C. 105), a
session-53 round in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h,
51u, 51za, 51ze, 51zj, 51zn, 52b, 52c, 52i, 52j and 52m), on new matters. Both came up under queries that name the
company and its officers as a release would (the prompt's leads -- Magnum Hunter / Cimarex, Freescale / SigmaTel,
Gansman, Aura Systems, Itex, Hybrid Networks, Bausch & Lomb -- gave no unused sec.gov release in the store; see
/work/notes/gather53/52o.md). Every name, release number and docket was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-53 pools:
  - SEC Litigation Release No. 17346 / Accounting and Auditing Enforcement Release No. 1502 (30 January 2002),
    Securities and Exchange Commission v. Patrick O. Wheeler, Steven S. Gallers, and Robert L. Carberry, Case No.
    02-60131-CIV-GRAHAM (S.D. Fla.): the Commission, CyberGuard Corporation, Fort Lauderdale, Miami, Patrick O.
    Wheeler, Steven S. Gallers, Robert L. Carberry, William D. Murray, Tommy D. Steele (sec.gov's
    'litigation/litreleases/lr17346.htm' as the UNT Libraries' End of Term 2008 web archive holds it);
  - SEC Litigation Release No. 20702 / Accounting and Auditing Enforcement Release No. 2872 (4 September 2008),
    Securities and Exchange Commission v. Mark D. Woodburn and Terry LaCore, Civil Action No. 3:08-cv-1555-G (N.D.
    Tex., Dallas Division): the Commission (the SEC), the United States District Court for the Northern District of
    Texas, Natural Health Trends Corp. (NHT), Dallas, Texas, Southlake, Flower Mound, Mark D. Woodburn, Terry LaCore
    (sec.gov's 'litigation/litreleases/2008/lr20702.htm').
The texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page chrome (CyberGuard: 'U.S.
Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission',
'SECURITIES AND EXCHANGE COMMISSION', 'Washington, D.C.'; NHT: 'U.S. SECURITIES AND EXCHANGE COMMISSION'), the release
lines (their date kept as `published`), the captions with their dockets (kept in the attribution) and the headings
(CyberGuard's first heading, its line wrap joined, is the `title`; its second heading, three lines, left out; the NHT
release has no heading: `title` null). Each text cut at the last full sentence before the store's 2,000-character
excerpt breaks off. No word added or changed; paragraphs joined by a blank line as the store gives them. Each kept
paragraph and title checked by script to be a verbatim substring of its saved excerpt (/tmp/gather53o/src). Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch52o.py [POOL_DIR] [--dry]   (default /tmp/gather53o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -l over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-53 pools /tmp/gather53*/pool (53a-53n and 53p when checked, 53q empty: none held a file on "
         "these matters): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53o/pool"
R = []

# ---- CyberGuard, LR 17346 of 30 January 2002 (sec.gov via the UNT web archive) -------------------------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20080916064228/http://sec.gov/litigation/litreleases/lr17346.htm"
T1 = "SEC Files Accounting Fraud Charges Against 3 Former Officers of Cyberguard Corporation"
H1 = ("Cyberguard's Former Chairman Of The Board Settles SEC Charges and Agrees To Pay $50,000 Penalty / Cyberguard and "
      "Two Former Officers Settle Cease-and-Desist Proceeding")
CAPTION1 = ("Securities and Exchange Commission v. Patrick O. Wheeler, Steven S. Gallers, and Robert L. Carberry, Case No. "
            "02-60131-CIV-GRAHAM (S.D. Fla.)")
R.append(federal(
 "us-sec-cyberguard-five-former-officers-wheeler-gallers-carberry-murray-steele-accounting-fraud-2002", U1,
 "2002-01-30", T1,
 "On January 30, 2002, the Commission filed two related enforcement proceedings arising from a wide-ranging "
 "accounting fraud at CyberGuard Corporation, a Fort Lauderdale-based company in the business of developing and "
 "selling computer network security systems. First, the Commission filed a lawsuit in federal court in Miami charging "
 "three former CyberGuard officers - Patrick O. Wheeler, Steven S. Gallers, and Robert L. Carberry - with securities "
 "fraud and other violations. Second, the Commission issued a settled cease-and-desist order finding that CyberGuard "
 "and two other former officers - William D. Murray, and Tommy D. Steele - violated the periodic reporting, "
 "books-and-records, and internal accounting controls provisions of the federal securities laws.\n\n"
 "As described in the Commission's complaint and order, CyberGuard engaged in a number of improper accounting "
 "practices that required the company to restate its financial statements for the fiscal year ended June 30, 1997 "
 "(including all interim quarters and its beginning balance sheet as of July 1, 1996) and for the first three "
 "quarters of its fiscal year ended June 30 1998.",
 "computer network security/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17346 / January 30, 2002, Accounting and Auditing "
 "Enforcement Release No. 1502 / January 30, 2002, " + CAPTION1 + ", '" + T1 + "', US federal government work "
 "(public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov carried it, in the UNT Libraries' End of "
 "Term 2008 archive copy (52m's Oxford Health, 52b's MERL, 51zb's Peritus the same way). Left out: the page lines "
 "'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange "
 "Commission', 'SECURITIES AND EXCHANGE COMMISSION', 'Washington, D.C.', 'LITIGATION RELEASE NO. 17346 / January 30, "
 "2002' (its date kept as `published`), 'ACCOUNTING AND AUDITING ENFORCEMENT RELEASE NO. 1502 / January 30, 2002' and "
 "the caption '" + CAPTION1 + "' (both kept in the attribution). The first heading, two lines in the store ('SEC "
 "Files Accounting Fraud Charges Against' / '3 Former Officers of Cyberguard Corporation'), joined with one space, is "
 "the `title` (its spelling 'Cyberguard' as written; the body writes 'CyberGuard'); the second heading, four lines ('"
 + H1 + "'), left out (kept here only). Cut after the second paragraph's first sentence ('... for the first three "
 "quarters of its fiscal year ended June 30 1998.'), before 'According to the Commission, CyberGuard's improper "
 "accounting practices departed from both generally accepted accounting principles (\"GAAP\") and CyberGuard's own "
 "stated revenue r', where the store's excerpt (2,000 characters) breaks off (`truncated`). Kept as written: the "
 "spaced hyphens around the officers' names ('officers - Patrick O. Wheeler, ... Carberry - with'), the comma in "
 "'William D. Murray, and Tommy D. Steele', 'June 30 1998' without a comma, 'Fort Lauderdale-based'. 171 words "
 "(whitespace-split), two paragraphs. One text per matter: the cease-and-desist order against CyberGuard, Murray and "
 "Steele (the release's second proceeding) and the complaint are the same matter and not taken; the news items "
 "(cnet, techmonitor) and the company's 10-Qs are not federal releases. Found with 'SEC litigation release CyberGuard "
 "Corporation former officers revenue recognition restatement complaint' (rank 1; the excerpt saved as "
 "/tmp/gather53o/src/cyberguard-lr17346.txt). "
 + CHECK + "'CyberGuard', 'Cyberguard', 'lr17346', '17346', '02-60131', 'Patrick O. Wheeler', 'Steven S. Gallers', "
 "'Carberry', 'William D. Murray', 'Tommy D. Steele', 'Fort Lauderdale': 0 in the corpus files, GATHERING.md, the "
 "gather scripts, /work/notes and the pools; 'Wheeler' alone only in files on other people.",
 True))

# ---- Natural Health Trends, LR 20702 of 4 September 2008 (sec.gov) -------------------------------------------------
U2 = "http://www.sec.gov/litigation/litreleases/2008/lr20702.htm"
CAPTION2 = ("Securities and Exchange Commission v. Mark D. Woodburn and Terry LaCore, Civil Action No. 3:08-cv-1555-G/"
            "Northern District of Texas (Dallas Division)")
R.append(federal(
 "us-sec-natural-health-trends-former-president-cfo-woodburn-subsidiary-president-lacore-related-party-2008", U2,
 "2008-09-04", None,
 "On September 3, 2008, the Commission filed a civil action in the United States District Court for the Northern "
 "District of Texas charging two former officers of Natural Health Trends Corp. (\"NHT\") of Dallas, Texas, with "
 "securities fraud and other violations arising from undisclosed related party transactions from 2001 through 2005. "
 "The defendants are Mark D. Woodburn, of Southlake, Texas, NHT's former president, director and CFO, and Terry "
 "LaCore, of Flower Mound, Texas, the former president of NHT's chief subsidiary and an NHT director.\n\n"
 "According to the complaint, from 2001 through August 2005, NHT's top distributor paid Woodburn and LaCore, directly "
 "and indirectly, approximately $2.5 million in undisclosed payments. The complaint also alleges that, in February "
 "2004, Woodburn caused NHT to loan $256,200 to a Woodburn family-controlled company, and later took steps to conceal "
 "related party nature of the loan when it was discovered by NHT's new accounting management in the fall of 2004. As "
 "a result of Woodburn and LaCore's activities, the complaint continues, NHT failed to disclose, or inadequately "
 "disclosed, the related party transactions in periodic filings, registration statements, and proxy statements.\n\n"
 "Woodburn and LaCore agreed to settle the SEC's charges without admitting or denying the allegations of the "
 "complaint.",
 "direct selling/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20702 / September 4, 2008, Accounting and Auditing "
 "Enforcement Release No. 2872 / September 4, 2008, " + CAPTION2 + ", US federal government work (public domain); "
 "text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2008/lr20702.htm' address): first-party text, no third-party copy (52i's Dow Jones / Li "
 "release of 2008 the same way). Left out: the header line 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation "
 "Release No. 20702 / September 4, 2008' (its date kept as `published`), 'Accounting and Auditing Enforcement Release "
 "No. 2872 / September 4, 2008' and the caption '" + CAPTION2 + "' (both kept in the attribution). The release has no "
 "heading in the store's copy (the 2008 form begins with the caption): `title` null, as the corpus's BISYS and "
 "Interspeed SEC files. Cut after the third paragraph's first sentence ('Woodburn and LaCore agreed to settle the "
 "SEC's charges without admitting or denying the allegations of the complaint.'), before 'Woodburn agreed to settle "
 "charges that he violated Section 17(a) of the Securities Act of 1933 ... and aided and abetted NHT's violations of "
 "Section 13(a), 13(b)(2)(A) and 13(b)(2)(B) of t', where the store's excerpt (2,000 characters) breaks off "
 "(`truncated`). Kept as written: the straight quotation marks of '(\"NHT\")', 'NHT's former president, director and "
 "CFO', 'an NHT director', 'conceal related party nature of the loan' (no article, as the release has it), 'Woodburn "
 "and LaCore's activities', '$2.5 million', '$256,200', 'the fall of 2004'. 202 words (whitespace-split), three "
 "paragraphs. One text per matter: the Commission's complaint (3:08-cv-1555-G) is the same matter and not taken; the "
 "Stanford class-action page, the company's filings and its investor pages are not federal releases or not this "
 "matter. Found with 'SEC litigation release Natural Health Trends Corp former CEO Mark Woodburn Terry LaCore "
 "undisclosed' (rank 1; the excerpt saved as /tmp/gather53o/src/nht-lr20702.txt). "
 + CHECK + "'Natural Health', 'Woodburn', 'LaCore', '20702', '3:08-cv-1555', 'Southlake', 'Flower Mound': 0 in the corpus files, GATHERING.md, the "
 "gather scripts, /work/notes and the pools; 'NHT' only inside 'NHTSA' (a VOA file on Toyota and Honda, and its "
 "GATHERING.md lines).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
