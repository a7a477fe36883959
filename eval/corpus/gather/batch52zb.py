#!/usr/bin/env python3
"""Batch 52zb (session 53, gatherer 52zb): two SEC litigation releases of 2002 and 2003 on cases against a company's
former officers -- the Commission's civil action of 17 December 2002 against the former Chief Financial Officer (Ira A.
Gerard) and the former Controller (Karen S. Harris) of Mercator Software, Inc., a Wilton, Connecticut-based software
company, over expenses left unrecorded in the first two quarters of 2000, with a settled cease-and-desist proceeding
against the company and both of them (Litigation Release No. 17898, 17 December 2002); the Commission's settled civil
injunctive action of 10 April 2003 against Joshua C. Cantor, a former president and director of American Bank Note
Holographics, Inc. (ABNH) of Elmsford, New York, and a former executive vice president of its parent, American Banknote
Corporation (ABN), over inflated revenues from fiscal year 1996 through fiscal year 1998 (Litigation Release No. 18081,
10 April 2003) -- US federal government works (17 U.S.C. 105), a session-53 round in the federal SEC lane (after
batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za, 51ze, 51zj, 51zn, 52b, 52c, 52i, 52j, 52m and
52o), on new matters. Both came up under queries that name the company and its officers as a release would (the
prompt's leads: Mercator Software gave LR 17898 at rank 3; Digital Recorders, Pre-Paid Legal, Bio-Reference, Chambers
Development, Friede Goldman and Just Toys gave no SEC release in the store; Trump Hotels gave the 2002 order and
third-party copies of the press release only; see /work/notes/gather53/52zb.md). Every name, release number and docket
was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-53 pools:
  - SEC Litigation Release No. 17898 / Accounting and Auditing Enforcement Release No. 1694 (17 December 2002),
    Securities and Exchange Commission v. Ira A. Gerard and Karen S. Harris (United States District Court for the
    District of Massachusetts C.A. No. 02-12421 (NG)): the Securities and Exchange Commission (Commission), Mercator
    Software, Inc. (Mercator), Wilton, Connecticut, Ridgefield, Riverside, Ira A. Gerard, Karen S. Harris (sec.gov's
    'litigation/litreleases/lr17898.htm' as the UNT Libraries' End of Term 2008 web archive holds it);
  - SEC Litigation Release No. 18081 / Accounting Auditing Enforcement Release No. 1757 (10 April 2003), SEC v.
    Joshua C. Cantor, Civil Action No. 03 CV 2488 (LMM) (S.D.N.Y.): the Securities and Exchange Commission, the United
    States District Court for the Southern District of New York, Joshua C. Cantor, American Bank Note Holographics,
    Inc. (ABNH), American Banknote Corporation (ABN), New York, Elmsford (sec.gov's 'litigation/litreleases/lr18081.htm').
The texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page chrome (Mercator: 'U.S.
Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'U.S.
SECURITIES & EXCHANGE COMMISSION'; ABNH: the page's first line 'Joshua C. Cantor'), the release lines (their date kept
as `published`), the captions with their dockets (kept in the attribution); each release's heading is its `title`
(ABNH's three capitalised lines joined with one space, its capitals as printed). Each text cut at the last full sentence
before the store's excerpt (about 2,000 characters) breaks off; ABNH's list item kept as a paragraph, its bullet sign
cut (as 20123's and 28178's lines of GATHERING.md). No word added or changed; paragraphs joined by a blank line as the
store gives them. Each kept paragraph and title checked by script to be a verbatim substring of its saved excerpt
(/tmp/gather53zb/src). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52zb.py [POOL_DIR] [--dry]   (default /tmp/gather53zb/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -l over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-53 pools /tmp/gather53*/pool (53a-53x when checked: none held a file on "
         "these matters): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53zb/pool"
R = []

# ---- Mercator Software, LR 17898 of 17 December 2002 (sec.gov via the UNT web archive) ------------------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20090507204340/http://www.sec.gov/litigation/litreleases/lr17898.htm"
T1 = "SEC Files Action Against Former CFO and Former Controller of Mercator Software Inc. in Financial Fraud Case"
CAPTION1 = ("Securities and Exchange Commission v. Ira A. Gerard and Karen S. Harris (United States District Court for "
            "the District of Massachusetts C.A. No. 02-12421 (NG))")
R.append(federal(
 "us-sec-mercator-software-former-cfo-gerard-former-controller-harris-understated-expenses-2002", U1,
 "2002-12-17", T1,
 "The Securities and Exchange Commission (\"Commission\") announced today that it filed a civil action in a financial "
 "fraud case involving Mercator Software, Inc. (\"Mercator\"), a Wilton, Connecticut-based software company. The "
 "Commission's complaint alleges that Ira A. Gerard (\"Gerard\") of Ridgefield, Connecticut, the former Chief "
 "Financial Officer of Mercator Software, Inc., and Karen S. Harris (\"Harris\"), of Riverside, Connecticut, "
 "Mercator's former Controller, engaged in improper accounting practices in the first two quarters of 2000 by "
 "intentionally failing to record known expenses in an attempt to meet analysts' earnings expectations during those "
 "two quarters. The Complaint alleges that because of Gerard and Harris' conduct, Mercator materially understated its "
 "expenses in publicly released financial statements for the first two quarters of 2000. Gerard agreed, without "
 "admitting or denying the Commission's allegations, to pay a civil penalty of $35,000. Harris agreed, without "
 "admitting or denying the Commission's allegations, to pay a civil penalty of $25,000.\n\n"
 "The Commission also instituted and simultaneously settled administrative cease-and-desist proceedings against "
 "Mercator, Gerard, and Harris. The Commission found that Gerard and Harris violated the antifraud provisions and "
 "caused Mercator's violations of the periodic reporting, record-keeping and internal controls provisions of the "
 "federal securities laws.",
 "software/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17898 / December 17, 2002, Accounting and Auditing "
 "Enforcement Release No. 1694 / December 17, 2002, " + CAPTION1 + ", '" + T1 + "', US federal government work "
 "(public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov carried it, in the UNT Libraries' End of "
 "Term 2008 archive copy (52o's CyberGuard, 52m's Oxford Health, 52b's MERL the same way). Left out: the page lines "
 "'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange "
 "Commission', 'U.S. SECURITIES & EXCHANGE COMMISSION', 'Litigation Release No. 17898 / December 17, 2002' (its date "
 "kept as `published`), 'Accounting and Auditing Enforcement Release No. 1694 / December 17, 2002' and the caption '"
 + CAPTION1 + "' (both kept in the attribution). The heading, one line in the store, is the `title` (its 'Mercator "
 "Software Inc.' without the body's comma, as written). Cut after the second paragraph's second sentence ('... "
 "internal controls provisions of the federal securities laws.'), before 'Without admitting or d', where the store's "
 "excerpt (2,000 characters) breaks off (`truncated`). Kept as written: the straight quotation marks of the defined "
 "names ('(\"Commission\")', '(\"Mercator\")', '(\"Gerard\")', '(\"Harris\")'), the comma before 'of Riverside' and "
 "none before 'of Ridgefield', 'Gerard and Harris' conduct', 'The Complaint' with a capital beside 'The Commission's "
 "complaint', 'Wilton, Connecticut-based', '$35,000', '$25,000'. 195 words (whitespace-split), two paragraphs. One "
 "text per matter: the Commission's complaint (comp17898), its cease-and-desist orders against Mercator (34-47000) and "
 "against Gerard and Harris (33-8163) are the same matter and not taken; the Stanford class-action page is not a "
 "federal release. Found with 'SEC litigation release Mercator Software former officers restatement' (rank 3 after "
 "the complaint and the Gerard/Harris order; the excerpt saved as /tmp/gather53zb/src/mercator-lr17898.txt). "
 + CHECK + "'Mercator' (only a Slovenian retailer's lines and the lead lines in GATHERING.md), 'Ira A. Gerard', "
 "'Karen S. Harris', 'lr17898', '17898', '02-12421', 'Wilton': 0 in the corpus files, GATHERING.md, the gather "
 "scripts, /work/notes and the pools; 'Gerard' alone and 'Ridgefield', 'Riverside' only in files on other matters.",
 True))

# ---- American Bank Note Holographics / Cantor, LR 18081 of 10 April 2003 (sec.gov) ---------------------------------
U2 = "https://sec.gov/litigation/litreleases/lr18081.htm"
T2 = ("SEC FILES SETTLED FINANCIAL FRAUD AND FOREIGN CORRUPT PRACTICES ACT ACTION AGAINST JOSHUA C. CANTOR, FORMER "
      "OFFICER OF AMERICAN BANKNOTE CORPORATION AND AMERICAN BANK NOTE HOLOGRAPHICS, INC.")
CAPTION2 = "SEC v. JOSHUA C. CANTOR, Civil Action No. 03 CV 2488 (LMM) (S.D.N.Y. April 10, 2003)"
R.append(federal(
 "us-sec-american-bank-note-holographics-former-president-cantor-parent-american-banknote-fraud-2003", U2,
 "2003-04-10", T2,
 "The Securities and Exchange Commission today filed a settled civil injunctive action in the United States District "
 "Court for the Southern District of New York against Joshua C. Cantor, a former president and director of American "
 "Bank Note Holographics, Inc. (\"ABNH\"), and a former executive vice president of ABNH's parent, American Banknote "
 "Corporation (\"ABN\").\n\n"
 "The Complaint against Cantor alleges that, from fiscal year 1996 through fiscal year 1998, Cantor participated in a "
 "systematic fraudulent scheme to inflate the revenues and net income of ABN and ABNH, in order to meet earnings "
 "forecasts and to condition the market for an initial public offering of stock by ABNH. During the period of the "
 "alleged fraud, ABN was a publicly held holding company located in New York, New York, which, through its "
 "subsidiaries, provided, among other things, stored-value telephone cards, magnetic-strip transaction cards, printed "
 "business forms, and checks. ABNH, located in Elmsford, New York, was, during the same period, engaged in the "
 "origination, production, and marketing of mass-produced secure holograms. ABNH was a wholly owned subsidiary of ABN "
 "until its initial public offering in July 1998.\n\n"
 "The Complaint alleges that:\n\n"
 "During the third and fourth quarters of fiscal year 1996, Cantor caused ABNH improperly to recognize revenue "
 "totaling approximately $645,000 on consignment sales.",
 "security printing/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18081 / April 10, 2003, Accounting Auditing "
 "Enforcement Release No. 1757 / April 10, 2003, " + CAPTION2 + ", US federal government work (public domain); text "
 "of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr18081.htm' address): first-party text, no third-party copy (52o's NHT release the same "
 "way). Left out: the page's first line 'Joshua C. Cantor' (the page's own label, above the release lines), "
 "'LITIGATION RELEASE NO. 18081 / April 10, 2003' (its date kept as `published`), 'ACCOUNTING AUDITING ENFORCEMENT "
 "RELEASE NO. 1757 / April 10, 2003' and the caption '" + CAPTION2 + "' (both kept in the attribution). The heading, "
 "three lines in the store ('SEC FILES SETTLED FINANCIAL FRAUD' / 'AND FOREIGN CORRUPT PRACTICES ACT ACTION AGAINST' / "
 "'JOSHUA C. CANTOR, FORMER OFFICER OF ... HOLOGRAPHICS, INC.'), joined with one space, is the `title`, its capitals "
 "as printed. The list that follows 'The Complaint alleges that:' is kept as far as its first item's first sentence, "
 "the item a paragraph of its own with its bullet sign ('\u2022') and indent cut (GATHERING.md's bullet-list way); "
 "cut after '... totaling approximately $645,000 on consignment sales.', before 'In addition, on or about January "
 "30, 1997, Cantor caused ABNH to accrue approximately $635,000 in revenue for fiscal year 1996 on two fraudulent "
 "\"bill and hold\" sales and caused ABNH to accrue $', where the store's excerpt (about 2,000 characters) breaks "
 "off (`truncated`). Kept as written: 'American Bank Note Holographics' (three words) beside 'American Banknote "
 "Corporation' (one), the straight quotation marks of '(\"ABNH\")' and '(\"ABN\")', 'The Complaint' capitalised, 'New "
 "York, New York', 'wholly owned' without a hyphen, 'totaling', '$645,000'. 210 words (whitespace-split), four "
 "paragraphs. One text per matter: the July 2001 releases and actions against Weissman, Gorman, Gentile, ABN and ABNH "
 "(LR 17068, an exhibit in ABN's EDGAR filing) and Weissman's 2003 conviction (LR 18283) are the same fraud and not "
 "taken; the court opinions (vlex, findacase) and the podcast page are not federal releases. Found with 'SEC "
 "litigation release American Bank Note Holographics former president chief financial officer' (rank 5; the excerpt "
 "saved as /tmp/gather53zb/src/abnh-cantor-lr18081.txt). "
 + CHECK + "'Bank Note', 'Holographics', 'ABNH', 'Joshua C. Cantor', 'Cantor', 'Weissman', 'lr18081', '18081', "
 "'03 CV 2488', '17068', '18283': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; "
 "'Banknote' only as a common noun (a Wikipedia file on Clydesdale Bank's banknotes and its GATHERING.md lines); "
 "'Elmsford' only in a file on another matter (Brooks Automation); '1757' only in an FCC letter's number ('DA 14-1757', a corpus file and 53x's pool copy of it) and inside 'complr17577' (Rite Aid).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
