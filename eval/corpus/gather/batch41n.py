#!/usr/bin/env python3
"""Batch 41n (session 42, gatherer 41n): a company's FCPA settlement told in a US Securities and Exchange Commission
text (a US federal government work, 17 U.S.C. 105), a round after batches 41j and 41m in the federal SEC lane
(batches 40zm, 40zn, 41b, 41e, 41j, 41m), following 41m's lead to sec.gov's 'AP Summary' pages under
sec.gov/enforce/34-NNNNN-s -- first-party SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's administrative-proceeding summary 'SEC Charges Telefonica Brasil S.A. with Violating Books and Records
    and Internal Accounting Controls Provisions of the FCPA' (File No. 3-19162, 9 May 2019): Telefonica Brasil S.A.,
    a Brazilian telecommunications company, charged over a hospitality programme at the 2014 World Cup and the 2013
    Confederations Cup (tickets and hospitality for about 93 and 34 government officials), a $4,125,000 civil
    money penalty.
Text is the search tool's page-store excerpt (corpus `pages`) of the sec.gov page itself (no third-party copy, so no
word-for-word check against another copy is needed). Breadcrumb, page-type line, heading, date line and file-number
lines are left out (the heading kept as `title`); no word added or changed. Written before any extractor ran on the
text (newskg was not run on it).
usage: batch41n.py [POOL_DIR] [--dry]   (default /tmp/gather42n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import CHECK, SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42n/pool"
R = []

# ---- Telefonica Brasil S.A., World Cup hospitality programme, File No. 3-19162, 9 May 2019 -----------------------------
U1 = "https://sec.gov/enforce/34-85819-s"
R.append(federal(
 "us-sec-telefonica-brasil-world-cup-hospitality-fcpa-2019", U1, "2019-05-09",
 "SEC Charges Telef\u00f4nica Brasil S.A. with Violating Books and Records and Internal Accounting Controls Provisions "
 "of the FCPA",
 "May 9, 2019 - The Securities and Exchange Commission today charged Telef\u00f4nica Brasil S.A., a Brazilian "
 "telecommunications company, for violating the books and records and the internal accounting controls provisions "
 "of the Foreign Corrupt Practices Act (FCPA).\n\n"
 "According to the SEC's order, Telef\u00f4nica failed to devise and maintain sufficient internal accounting controls "
 "over a hospitality program that the company hosted in connection with the 2014 World Cup and 2013 Confederations "
 "Cup. The SEC alleged that Telef\u00f4nica provided tickets and hospitality to government officials who were directly "
 "involved with, or in a position to influence, legislative actions, regulatory approvals, and business dealings "
 "involving the company. In total, Telef\u00f4nica allegedly provided World Cup tickets and related hospitality to "
 "approximately 93 government officials, and Confederations Cup tickets and related hospitality to approximately 34 "
 "government officials.\n\n"
 "According to the SEC's order, the payments for the tickets were not accurately reflected in Telef\u00f4nica's books "
 "and records, and the company failed to devise and maintain a sufficient system of internal accounting controls. "
 "This conduct arose in an environment in which the company allegedly failed to adequately enforce its corporate "
 "anti-bribery and anticorruption policies.\n\n"
 "The SEC's order finds that Telef\u00f4nica violated the books and records and the internal accounting controls "
 "provisions of Sections 13(b)(2)(A) and 13(b)(2)(B) of the Securities Exchange Act of 1934.  Without admitting or "
 "denying the findings, Telef\u00f4nica agreed to a cease-and-desist order and to pay a $4,125,000 civil money "
 "penalty.  In determining to accept the offer, the SEC considered Telef\u00f4nica's cooperation and remedial acts.",
 "telecommunications/securities regulation", "legal",
 "U.S. Securities and Exchange Commission, administrative proceeding summary 'SEC Charges Telef\u00f4nica Brasil S.A. "
 "with Violating Books and Records and Internal Accounting Controls Provisions of the FCPA', File No. 3-19162, May 9, "
 "2019, US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it (the "
 "page's address under sec.gov/enforce/, the Exchange Act release 34-85819): first-party text, no third-party copy. "
 "Left out: 'Breadcrumb', the line 'AP Summary', the heading (kept as `title`), the date line 'May 9, 2019' under "
 "the heading, the lines 'ADMINISTRATIVE PROCEEDING' and 'File No. 3-19162'; cut after the fourth paragraph, before "
 "'The SEC's investigat...', where the store's excerpt breaks off (`truncated`). Kept as written: the date opening "
 "the first paragraph ('May 9, 2019 - The Securities ...', a spaced hyphen; also `published`), the two spaces the "
 "store holds after '1934.' and after 'penalty.' inside the fourth paragraph, the straight apostrophes, 'program', "
 "'anticorruption' beside 'anti-bribery'. 250 words. One text per matter: Stanford's FCPA dataset entry, "
 "fcpablog.com, fcpaprofessor.com, fcpacompliancereport.com, ganintegrity.com, theticketingbusiness.com, "
 "sportsmagy.com's Reuters rewrite and advfn's Dow Jones copy (which name Telef\u00f3nica, S.A. as the parent, not said "
 "in the SEC's text) left out. Found with 'AP Summary SEC Charges Telef\u00f4nica Brasil FCPA World Cup Confederations "
 "Cup tickets government officials' (rank 4). "
 + CHECK + "'Telef\u00f4nica Brasil', 'Telefonica Brasil', '34-85819', '3-19162', 'Confederations Cup': 0 everywhere; "
 "'Telef' only in train/dev/test files on Telef\u00f3nica's European and Argentine units (giffgaff, O2 UK, Tuenti, "
 "Telecom Argentina, Telef\u00f3nica Deutschland/E-Plus), a train NPS Morning Report (1991; 'Telefax') and batches 22b/31i/33f/36u's scripts, other matters by the "
 "files' names; 'World Cup' in sport and other texts, none on this matter.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
