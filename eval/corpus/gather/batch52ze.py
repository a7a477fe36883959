#!/usr/bin/env python3
"""Batch 52ze (session 53, gatherer 52ze): one SEC litigation release of 2000 on a settled case against a company's
former officers and employees -- the Commission's complaint, filed 21 September 2000 in the Eastern District of New
York, over a financial fraud at Health Management, Inc., a Holbrook, New York provider of outpatient drug therapies
and health care management services (bought by an unnamed company in 1997), naming its former Chief Executive Officer
and Chairman of the Board (Clifford E. Hotte), Chief Financial Officer (Drew Bergman), Chief Operating Officer
(Michael R. Norman), Controller (Luis E. Gomez), Vice President of Purchasing (Irwin Hirsh) and Supervising Pharmacist
(Michael Escuder), all of whom consented to final judgments (Litigation Release No. 16722, 25 September 2000) -- a US
federal government work (17 U.S.C. 105), a session-53 round in the federal SEC lane (after batches 40zm ... 48a, 48d,
48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za, 51ze, 51zj, 51zn, 52b, 52c, 52i, 52j, 52m, 52o and 52zb), on a new
matter. It came up under a query naming the company and its chief executive as a release would; the prompt's leads
gave no release (FFP Marketing and Ponder Industries: administrative orders only, whose store excerpts break off
before any officer's title; Stelax, Premier Concepts, Mikohn: EDGAR filings, class-action pages; see
/work/notes/gather53/52ze.md). Every name, release number and docket was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-53 pools:
  - SEC Litigation Release No. 16722 / Accounting and Auditing Enforcement Release No. 1308 (25 September 2000),
    Securities and Exchange Commission v. Clifford E. Hotte, et al. (United States District Court, E.D.N.Y., Civil
    Action No. CV00-5704): the Securities and Exchange Commission (Commission), the United States District Court for
    the Eastern District of New York, Health Management, Inc. (Health Management), Holbrook, New York, Clifford E.
    Hotte, Drew Bergman, Merrick, Michael R. Norman, Stockton, New Jersey, Luis E. Gomez, Jericho, Irwin Hirsh,
    Pittsburgh, Pennsylvania, Michael Escuder, Flushing (sec.gov's 'litigation/litreleases/lr16722.htm').
The text is the search tool's page-store excerpt (corpus `pages`). Left out: the page's first line 'UNITED STATES
SECURITIES AND EXCHANGE COMMISSION', the release lines (the litigation release's date kept as `published`) and the
caption with its docket (kept in the attribution). The page has no heading of its own, so `title` is null (52o's NHT
and earlier rounds' way; nothing made up). Cut at the last full sentence before the store's excerpt (2,001 characters
as saved) breaks off. No word added or changed; paragraphs joined by a blank line as the store gives them. Each kept
paragraph checked by script to be a verbatim substring of the saved excerpt (/tmp/gather53ze/src). Written before any
extractor ran on the text (newskg was not run on it).
usage: batch52ze.py [POOL_DIR] [--dry]   (default /tmp/gather53ze/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -l over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-53 pools /tmp/gather53*/pool (53a-53zb when checked: none held a file on "
         "this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53ze/pool"
R = []

# ---- Health Management, Inc. / Hotte et al., LR 16722 of 25 September 2000 (sec.gov) --------------------------------
U1 = "http://www.sec.gov/litigation/litreleases/lr16722.htm"
CAPTION1 = ("SECURITIES AND EXCHANGE COMMISSION v. CLIFFORD E. HOTTE, et al. (United States District Court, E.D.N.Y., "
            "Civil Action No. CV00-5704)")
R.append(federal(
 "us-sec-health-management-former-ceo-hotte-cfo-bergman-coo-norman-controller-gomez-holbrook-fraud-2000", U1,
 "2000-09-25", None,
 "The Securities and Exchange Commission (\"Commission\") announced the filing, on September 21, 2000, of a complaint "
 "in the United States District Court for the Eastern District of New York, alleging a financial fraud conducted by "
 "former officers and employees of Health Management, Inc. Health Management, which was purchased by another company "
 "in 1997, was headquartered in Holbrook, New York, and provided outpatient drug therapies to individuals and "
 "performed management services for the health care industry. Without admitting or denying the Commission's "
 "allegations, all of the defendants have consented to the entry of Final Judgments and Orders.\n\n"
 "The complaint alleges that, from approximately July 1994 through February 1996, senior officers and employees of "
 "Health Management, including defendants Clifford E. Hotte, Chief Executive Officer and Chairman of the Board, "
 "currently incarcerated; Drew Bergman, of Merrick, New York, Chief Financial Officer; Michael R. Norman, of "
 "Stockton, New Jersey, Chief Operating Officer; Luis E. Gomez, of Jericho, New York, Controller; Irwin Hirsh, of "
 "Pittsburgh, Pennsylvania, Vice President of Purchasing; and Michael Escuder, of Flushing, New York, Supervising "
 "Pharmacist, took part in a scheme to falsify the books and records of the company in order to meet quarterly and "
 "annual earnings expectations. Beginning with the first quarter of fiscal 1995 and continuing through the second "
 "quarter of fiscal 1996, Health Management issued fraudulent financial statements and press releases, which "
 "materially overstated its revenues, earnings and financial condition.",
 "health care services/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16722 / September 25, 2000, Accounting and Auditing "
 "Enforcement Release No. 1308 / September 25, 2000, " + CAPTION1 + ", US federal government work (public domain); "
 "text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr16722.htm' address): first-party text, no third-party copy (52zb's ABNH release the "
 "same way). Left out: the page's first line 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', 'LITIGATION RELEASE "
 "NO. 16722 / September 25, 2000' (its date kept as `published`), 'ACCOUNTING AND AUDITING ENFORCEMENT RELEASE NO. "
 "1308 / September 25, 2000' and the caption '" + CAPTION1 + "' (both kept in the attribution). No heading on the "
 "page: `title` null. Cut after the second paragraph's second sentence ('... materially overstated its revenues, "
 "earnings and financial condition.'), before 'Hotte and Bergman directed and supervised the fraudulent scheme at "
 "Health Manageme', where the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks "
 "of '(\"Commission\")', the capitalised titles ('Chief Executive Officer and Chairman of the Board', 'Controller', "
 "'Vice President of Purchasing', 'Supervising Pharmacist'), 'currently incarcerated', the semicolon list, 'Final "
 "Judgments and Orders'. 232 words (whitespace-split), two paragraphs. One text per matter: the class-action "
 "opinions on the same fraud (In re Health Management, Inc. Securities Litigation, E.D.N.Y. 1997 and 1999: vlex, "
 "findacase, studicata, calculators.law) are court texts, not releases, and not taken. Found with 'SEC litigation "
 "release Health Management, Inc. Clifford Hotte former chief executive officer' (rank 1; the excerpt saved as "
 "/tmp/gather53ze/src/health-management-lr16722.txt). "
 + CHECK + "'Hotte', 'lr16722', '16722', 'CV00-5704', 'Drew Bergman', 'Michael R. Norman', 'Luis E. Gomez', 'Irwin "
 "Hirsh', 'Escuder', 'Merrick', 'Stockton', 'Jericho': 0 in the corpus files, GATHERING.md, the gather scripts, "
 "/work/notes and the pools; 'Health Management' only on GATHERING.md's and batch52b.py's lists of names tried "
 "without a release; 'Holbrook' only in two FCC files' notes on other matters (a search query naming Petracom Holbrook); 'Bergman', "
 "'Flushing', 'Pittsburgh', 'Norman' and '1308' only in files on other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
