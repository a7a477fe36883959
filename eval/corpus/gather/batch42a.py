#!/usr/bin/env python3
"""Batch 42a (session 43, gatherer 42a): a company executive with his post told in a US Securities and Exchange
Commission FCPA text (a US federal government work, 17 U.S.C. 105), a round after batches 41j, 41m, 41n and 41q in
the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q) -- first-party SEC text from sec.gov as the
search tool's page store holds it:
  - the SEC's administrative-proceeding summary 'SEC Settles FCPA Charges Against Former Chief Operating Officer of
    Cognizant' (File No. 3-19446, 13 September 2019): Sridhar Thiruvengadam, the former chief operating officer of
    Cognizant Technology Solutions Corporation, settling charges over a $2 million bribe demanded by a senior
    government official of the Indian state of Tamil Nadu for Cognizant's campus in Chennai, India; Cognizant's own
    settlement of February 2019 and the SEC's and DOJ's actions against two additional Cognizant executives in the
    United States District Court for the District of New Jersey.
Text is the search tool's page-store excerpt (corpus `pages`) of the sec.gov page itself (no third-party copy, so no
word-for-word check against another copy is needed). Breadcrumbs, page-type lines, the heading, the date line, the
'ADMINISTRATIVE PROCEEDING' and file-number lines are left out (the heading kept as `title`); no word added or
changed. Written before any extractor ran on the text (newskg was not run on it).
usage: batch42a.py [POOL_DIR] [--dry]   (default /tmp/gather43a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41b import CHECK as CHECK42
from batch41e import SEC_ORIGIN

# batch41b's check note, with this session's pools (the session-43 gatherers' /tmp/gather43*/pool) in place of 42's
CHECK = CHECK42.replace("the session-42 pools /tmp/gather42*/pool", "the session-43 pools /tmp/gather43*/pool")
assert CHECK != CHECK42
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43a/pool"
R = []

# ---- Sridhar Thiruvengadam, former COO of Cognizant, File No. 3-19446, 13 September 2019 -------------------------------
U1 = "https://sec.gov/enforce/34-86963-s"
R.append(federal(
 "us-sec-cognizant-former-coo-thiruvengadam-fcpa-2019", U1, "2019-09-13",
 "SEC Settles FCPA Charges Against Former Chief Operating Officer of Cognizant",
 "September 13, 2019 - The Securities and Exchange Commission today announced that Sridhar Thiruvengadam, the former "
 "chief operating officer of Cognizant Technology Solutions Corporation, has agreed to settle charges that he violated "
 "the Foreign Corrupt Practices Act by participating in a scheme to bribe an Indian government official.\n\n"
 "According to the SEC's order, a senior government official of the Indian state of Tamil Nadu demanded a $2 million "
 "bribe from the construction firm responsible for building Cognizant's 2.7 million square foot campus in Chennai, "
 "India. The SEC's order finds that four Cognizant executives, including Thiruvengadam, met by videoconference to "
 "authorize the bribe payment and devise a scheme to cover it up in the company's books. The SEC order states that "
 "Thiruvengadam later helped to conceal the payment by signing false subcertifications to the management "
 "representation letters Cognizant provided to its independent auditor.\n\n"
 "The SEC's order finds that Thiruvengadam violated the FCPA's internal accounting controls and recordkeeping "
 "provisions. Specifically, the order finds that he violated Exchange Act Section 13(b)(5) and Rules 13b2-1 and "
 "13b2-2 and caused Cognizant's violations of Exchange Act Sections 13(b)(2)(A) and 13(b)(2)(B). Without admitting "
 "or denying the findings, Thiruvengadam agreed to pay a civil penalty of $50,000.\n\n"
 "In February 2019, Cognizant agreed to settle the SEC's civil claims. The SEC and DOJ that same month filed civil "
 "and criminal actions in the United States District Court for the District of New Jersey against two additional "
 "Cognizant executives alleging antibribery violations with respect to the same conduct.",
 "information technology/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, administrative proceeding summary 'SEC Settles FCPA Charges Against Former "
 "Chief Operating Officer of Cognizant', File No. 3-19446, Sept. 13, 2019, US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it (the "
 "page's address under sec.gov/enforce/, the Exchange Act release 34-86963): first-party text, no third-party copy. "
 "Left out: 'Breadcrumb', the line 'AP Summary', the heading (kept as `title`), the date line 'Sept. 13, 2019' under "
 "the heading, the lines 'ADMINISTRATIVE PROCEEDING' and 'File No. 3-19446'; cut before the fifth paragraph ('The "
 "SEC's investigation was conducted by Paul W. Sharratt, Michael K. Catoe, and M. Shahriar Masud of the FCPA Unit, "
 "under the supervision of Robert ...'), where the store's excerpt breaks off mid-name (`truncated`). Kept as "
 "written: the date opening the first paragraph ('September 13, 2019 - The Securities ...', a spaced hyphen, as "
 "batches 41n and 41q kept their summaries'; also `published`), 'The SEC order states' beside 'The SEC's order' (no "
 "word changed), the straight apostrophes. 248 words. One text per matter: the SEC's February 2019 release on "
 "Cognizant, Gordon Coburn and Steven E. Schwartz (only as marketswired.com's and securitieslawyer101.com's copies, "
 "unchecked third-party copies, as batches 41m and 41n judged them), traceinternational.org, Stanford's dataset, "
 "willkie.com, dailyreportingsuite.com, lexblog.com and fcpaprofessor.com (digests) left out. Found with 'AP Summary "
 "SEC Charges Cognizant Technology Solutions FCPA India' (rank 2). "
 + CHECK + "'Cognizant': GATHERING.md only (batches 41m, 41n, 41p and 41q list the Coburn/Schwartz release copies "
 "as not used and as a lead; no corpus file, no gather script, no pool); 'Thiruvengadam', '34-86963', '3-19446': 0 "
 "everywhere ('Coburn' also GATHERING.md only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
