#!/usr/bin/env python3
"""Batch 52m (session 53, gatherer 52m): two SEC litigation releases of 2002 and 2003 on reporting and accounting
cases against a company and its officers -- the Commission's settled cease-and-desist proceedings against Oxford
Health Plans, Inc., its former Chief Financial Officer Andrew B. Cassidy and its former controller Brendan R.
Shanahan, with a $250,000 civil penalty against the company, over revenue Oxford erroneously recorded in 1997
(Litigation Release No. 17631, 25 July 2002); the Commission's civil injunctive action against the principal executive
officers of Styling Technology Corporation -- its former chairman and CEO Sam Leopold and its former CFO Richard R.
Ross among them -- and two auditors of Arthur Andersen LLP, over false revenue booked from 1997, in part at Styling's
Body Drench division (Litigation Release No. 18485, December 2003) -- US federal government works (17 U.S.C. 105), a
session-53 round in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h,
51u, 51za, 51ze, 51zj, 51zn, 52b, 52c, 52i and 52j), on new matters. Both came up under queries that copy the
release's own wording (52j's leads: Oxford Health's '$81 million' of revenue; Styling Technology's officers); the
lane's other leads gave no sec.gov release in the store (see the notes and /work/notes/gather53/52m.md). Every name,
release number and docket was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes
and the session-53 pools:
  - SEC Litigation Release No. 17631 / Accounting and Auditing Enforcement Release No. 1601 (25 July 2002), Securities
    and Exchange Commission v. Oxford Health Plans, Inc., 02 Civ. 5873 (SAS) (S.D.N.Y.): the Commission, Oxford Health
    Plans, Inc., Andrew B. Cassidy, Brendan R. Shanahan, the United States District Court for the Southern District of
    New York (sec.gov's 'litigation/litreleases/lr17631.htm' as the UNT Libraries' End of Term 2008 web archive holds
    it);
  - SEC Litigation Release No. 18485 (December 2003; the store's copy begins at the headings, so no release line):
    the Securities and Exchange Commission, the United States District Court for the District of Columbia, Styling
    Technology Corporation, its Body Drench division, Arthur Andersen LLP, Sam Leopold, Richard R. Ross, Phillip D.
    Teal, Norman B. Cowgill (sec.gov's 'litigation/litreleases/lr18485.htm').
The texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page chrome ('U.S. Securities &
Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'United States
Securities and Exchange Commission'), the release lines (Oxford's date kept as `published`; Styling's copy has none:
`published` null), the caption with its docket (Oxford) and the headings (the first heading is the `title`; Styling's
second heading 'SEC SUES TWO FORMER ARTHUR ANDERSEN AUDITORS FOR FRAUD' left out); Oxford's list bullet ('•') left out,
its item kept as its own paragraph. Each text cut at the last full sentence before the store's 2,000-character excerpt
breaks off. No word added or changed; paragraphs joined by a blank line as the store gives them. Each kept paragraph
and title checked by script to be a verbatim substring of its saved excerpt (/tmp/gather53m/src). Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch52m.py [POOL_DIR] [--dry]   (default /tmp/gather53m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-53 pools /tmp/gather53*/pool (53a, 53b, 53c, 53d, 53f, 53g, 53h, 53i, "
         "53j, 53k, 53l when checked: none held a file on these matters): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53m/pool"
R = []

# ---- Oxford Health Plans, LR 17631 of 25 July 2002 (sec.gov via the UNT web archive) -------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20080921121809/http://sec.gov/litigation/litreleases/lr17631.htm")
T1 = ("SEC CHARGES OXFORD HEALTH PLANS, INC. AND ITS FORMER CFO AND CONTROLLER WITH 1997 FINANCIAL REPORTING, BOOKS AND "
      "RECORDS, AND INTERNAL CONTROLS VIOLATIONS - OXFORD AGREES TO PAY $250,000 PENALTY")
CAPTION1 = "SECURITIES AND EXCHANGE COMMISSION v. OXFORD HEALTH PLANS, INC., 02 Civ. 5873 (SAS) (S.D.N.Y.)"
R.append(federal(
 "us-sec-oxford-health-plans-former-cfo-cassidy-controller-shanahan-81-million-revenue-penalty-2002", U1,
 "2002-07-25", T1,
 "The Commission today announced that it instituted settled cease-and-desist proceedings against Oxford Health Plans, "
 "Inc., Oxford's former Chief Financial Officer, Andrew B. Cassidy, and Oxford's former controller, Brendan R. "
 "Shanahan. The case involves violations of the reporting, books and records, and internal controls provisions of "
 "the Securities Exchange Act of 1934 (\"Exchange Act\") that occurred in connection with certain financial "
 "adjustments that Oxford made in the fall of 1997.\n\n"
 "In addition, the Commission filed a complaint in the United States District Court for the Southern District of New "
 "York against Oxford seeking a civil money penalty. Without admitting or denying the allegations in the complaint, "
 "Oxford has consented to the entry of a judgment ordering it to pay a $250,000 penalty based on the same "
 "violations.\n\n"
 "The Order issued by the Commission contains the following findings:\n\n"
 "For the months of January through September 1997, Oxford erroneously recorded $81 million in revenue on its "
 "internal books and records as a result of certain incorrectly performed journal entries. Oxford discovered the "
 "erroneously recorded revenues during the preparation of its third quarter 1997 financial reports.",
 "health insurance/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17631 / July 25, 2002, Accounting and Auditing "
 "Enforcement Release No. 1601, " + CAPTION1 + ", '" + T1 + "', US federal government work (public domain); text of "
 "the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page store at "
 + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov carried it, in the UNT Libraries' End of "
 "Term 2008 archive copy (52b's MERL, 51zb's Peritus and 51p's Chiquita the same way). Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "'United States Securities and Exchange Commission', 'LITIGATION RELEASE NO. 17631 / July 25, 2002' (its date kept "
 "as `published`), 'ACCOUNTING AND AUDITING ENFORCEMENT RELEASE NO. 1601' and the caption '" + CAPTION1 + "' (both "
 "kept in the attribution). The capitals heading is the `title`, as written. The list bullet ('  \u2022 ') before the "
 "findings' first item left out, the item kept as its own paragraph (no word changed). Cut after the item's second "
 "sentence ('... during the preparation of its third quarter 1997 financial reports.'), before 'On October 27, 1997, "
 "Oxford filed a Form 8-K ...', which the store's excerpt breaks off in ('delayed premi', `truncated`). The paragraph "
 "'The Order issued by the Commission contains the following findings:' kept (its list item follows). Kept as "
 "written: 'Oxford's former Chief Financial Officer' capitalised, 'Oxford's former controller', '(\"Exchange Act\")', "
 "'the fall of 1997', '$250,000', '$81 million'. 182 words (whitespace-split), four paragraphs. One text per matter: "
 "the Commission's complaint (comp17631, sec.gov; found by 52j, a lead) and the cease-and-desist order are the same "
 "matter and not taken; the Hartford Courant story (courant.com), the Stanford class-action page and the EDGAR 8-Ks "
 "are not federal works or not this matter's release. Found with 'Oxford Health Plans SEC litigation release $81 "
 "million revenue' (rank 3; the complaint rank 1; the excerpt saved as /tmp/gather53m/src/oxford-lr17631.json). "
 + CHECK + "'lr17631', 'Release No. 17631', '02 Civ. 5873', 'Release No. 1601', 'Oxford Health', 'Andrew B. "
 "Cassidy', 'Brendan R. Shanahan': 0 in the corpus files, the gather scripts (but 52j's, naming Oxford Health as a "
 "lead), the pools and /work/notes (but 52b's and 52j's notes, leads); GATHERING.md names 'Oxford Health' only in 52b's "
 "and 52j's lead and asked-for lines; '17631' only inside another number in one corpus file; 'Cassidy' and "
 "'Shanahan' in files of other people (a US senator; Engineered Support Systems' Michael Shanahan).",
 True))

# ---- Styling Technology, LR 18485 of December 2003 (sec.gov) -------------------------------------------------------
U2 = "http://www.sec.gov/litigation/litreleases/lr18485.htm"
T2 = "STYLING'S FORMER CEO, CFO AND CHIEF ACCOUNTING OFFICER SETTLE ACTION"
H2 = "SEC SUES TWO FORMER ARTHUR ANDERSEN AUDITORS FOR FRAUD"
R.append(federal(
 "us-sec-styling-technology-former-chairman-ceo-leopold-cfo-ross-body-drench-division-andersen-auditors-2003", U2,
 None, T2,
 "On December 3, 2003, the Securities and Exchange Commission filed a civil injunctive action in the United States "
 "District Court for the District of Columbia, alleging that the principal executive officers of Styling Technology "
 "Corporation (\"Styling\"), including its former chairman and CEO, Sam Leopold, and its former CFO, Richard R. Ross, "
 "engaged in an extensive financial fraud between 1997 and 1999 by inflating the company's reported earnings in its "
 "filings with the Commission. The Commission's Complaint also alleges that two of the company's auditors engaged in "
 "the fraud by recklessly causing their accounting firm, Arthur Andersen LLP, to issue an unqualified audit report on "
 "Styling's 1998 year-end financial statements and by failing to object to false and misleading statements in "
 "Styling's 1999 first and second quarter reports.\n\n"
 "The Commission's Complaint alleges that, beginning in 1997, Styling began to record false revenue from certain sales "
 "transactions, including ones that involved nothing more than the transfer of product to an overseas warehouse. It "
 "also alleges that the fraudulent booking of sales increased significantly during 1998, when the manager of "
 "Styling's Body Drench division, Phillip D. Teal, began systematically booking projected sales for the entire year in "
 "the current quarter--a practice that culminated at year-end in the recording of revenue from the mere shipment of "
 "millions of dollars of product between two company-controlled warehouses. According to the Complaint, Styling's "
 "vice president of operations, Norman B. Cowgill, approved these year-end transactions.",
 "personal care products/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18485 (December 2003), '" + T2 + "' / '" + H2
 + "', US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr18485.htm' address): first-party text, no third-party copy. The store's copy begins at the "
 "headings: no release line, no caption, so `published` is null (the release is of December 2003 by its number and "
 "its 'On December 3, 2003' filing, but its own date line is not in the text; the Commission's complaint has the "
 "same number, comp18485). The first capitals heading is the `title`, as written; the second heading '" + H2 + "' "
 "left out (kept in the attribution). Cut after the second paragraph's third sentence ('... approved these year-end "
 "transactions.'), before 'The Commission's Complaint alleges that, at least one month prior to the filing of "
 "Styling's 1998 annual report on Form 10-K, Leopold, Ross, Cowgill and James T. Montrose, the company's former chief "
 "accounting officer, knew, or were reckless in not knowing, the', where the store's excerpt (2,000 characters) "
 "breaks off (`truncated`; so James T. Montrose is not in the text). Kept as written: 'its former chairman and CEO', "
 "'its former CFO', 'the current quarter--a practice' (a double hyphen), 'company-controlled', 'year-end', "
 "'Styling's 1999 first and second quarter reports'. 237 words (whitespace-split), two paragraphs. One text per "
 "matter: the Commission's complaint (comp18485, sec.gov; found by 52b and 52j, a lead) is the same matter and not "
 "taken; the Class Action Reporter item (bankrupt.com) is not a federal work. Found with 'SEC Charges Former Officers "
 "of Styling Technology Corporation in Financial Fraud Litigation Release 2003' (rank 1; the excerpt saved as "
 "/tmp/gather53m/src/styling-lr18485.json). "
 + CHECK + "'lr18485', 'Litigation Release No. 18485', 'Styling Technology', 'Sam Leopold', 'Richard R. Ross', "
 "'Phillip D. Teal', 'Body Drench', 'Cowgill', 'James T. Montrose': 0 in the corpus files, the pools and the gather "
 "scripts (but 52j's, naming Styling Technology as a lead); GATHERING.md and /work/notes name Styling Technology, "
 "Leopold, Ross and lr18485 only in 52b's and 52j's lead lines; 'Arthur Andersen' in corpus files of other matters "
 "(Sunbeam, Peregrine Systems).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
