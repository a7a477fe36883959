#!/usr/bin/env python3
"""Batch 54zb (session 55, gatherer 54zb): two SEC texts of 2015 on sec.gov about public companies and their chief
executives and finance chiefs -- the SEC's press release 2015-24 of 5 February 2015, 'SEC Charges Chicago-Area
Alternative Energy Company for Accounting and Disclosure Violations', on Broadwind Energy, its 'then-CEO J. Cameron
Drecoll' and its 'CFO Stephanie K. Kushner', who kept an expected impairment of intangible assets out of a stock
offering; and the Commission's claims page (Fair Fund) for 'Computer Sciences Corporation, Michael Laphen, Michael
Mancuso, Wayne Banks, Claus Zilmer, and Paul Wakefield. Admin. Proceeding File No. 3-16575', which tells the order of 5
June 2015 on CSC's accounting and disclosure fraud over its contract 'with the United Kingdom's National Health Service'
and in Australia and Denmark -- US federal government works (17 U.S.C. 105), a session-55 round in the federal SEC lane
(after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 54e, 54j, 54o and 54u), on new matters, in the lane's
2005-2015 span. See /work/notes/gather55/54zb.md. 54u's open leads (STEC, AXA Rosenberg, Saba Software, Lions Gate,
Dewey & LeBoeuf) again gave no sec.gov page (secactions, jdsupra, lexology, mutualfundwire, dailyreportingsuite,
Reuters, complianceweek ...); both texts are matters of my own, found by the release's heading words plus the company
and officers' names. Every name, number and address was checked first against the corpus files, GATHERING.md, the
gather scripts, /work/notes/gather54, /work/notes/gather55 and the session-55 pools:
  - SEC press release 2015-24 (5 February 2015): the Securities and Exchange Commission, Broadwind Energy, J. Cameron
    Drecoll, Stephanie K. Kushner, the U.S. District Court for the Northern District of Illinois, Chicago (sec.gov's
    'newsroom/press-releases/2015-24');
  - sec.gov claims page for Admin. Proceeding File No. 3-16575 (undated in the excerpt; the order it tells is of 5 June
    2015): the SEC, Computer Sciences Corporation (CSC), Michael Laphen, Michael Mancuso, Wayne Banks, Claus Zilmer, Paul
    Wakefield, the National Health Service (NHS), the United Kingdom, the United States, Australia, Denmark (sec.gov's
    'divisions/enforce/claims/computer-sciences-corp.htm', stored as 'http://iabdquestions@sec.gov/...': the store's
    address kept as it gives it; the host is sec.gov).
Texts are the search tool's page-store excerpts (corpus `pages`; 2,000 bytes each as saved). Broadwind: the heading kept
as `title`; the dateline line 'Washington D.C., Feb. 5, 2015 \u2014' left out (kept as `published`, as the lane cuts
press-release datelines); cut after the fourth paragraph ('... in combined disgorgement and penalties.'), before the
quotation '\u201cBroadwind Energy had received significant evidence that its intangible assets were impaired ahe', where
the store's excerpt breaks off. CSC: the heading line (parties and file number) kept as `title`, as 53q kept the
Westport claims page's heading; `published` null (the excerpt carries no page date; the order's date is in the text);
cut after the second paragraph's first sentence ('... and prejudgment interest of $2,400.'), before 'The Order created a
Fair Fund pursuant to Section 308(a) of the Sarbanes-Ox', where the excerpt breaks off. No word added or changed;
paragraphs joined by a blank line. Each kept paragraph and title checked by script to be a verbatim substring of the
saved excerpt (/tmp/gather55zb/src, written by /tmp/gather55zb/mk_src.py). Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch54zb.py [POOL_DIR] [--dry]   (default /tmp/gather55zb/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54, /work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (none held a "
         "file on these matters): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zb/pool"
SRC = "/tmp/gather55zb/src"
R = []

# ---- Broadwind Energy, SEC press release 2015-24 of 5 February 2015 -------------------------------------------------
U1 = "https://www.sec.gov/newsroom/press-releases/2015-24"
T1 = "SEC Charges Chicago-Area Alternative Energy Company for Accounting and Disclosure Violations"
P1 = [
 "The Securities and Exchange Commission today charged a Chicago-area alternative energy company, its former CEO, and "
 "its CFO for accounting and disclosure violations that prevented investors from knowing that reduced business from "
 "two significant customers had caused substantial declines in the company\u2019s long-term financial prospects.",
 "The SEC alleges that senior management at Broadwind Energy anticipated substantial impairment of intangible assets "
 "associated with these customer relationships and privately shared this information with the company\u2019s auditors, "
 "investment bankers, and lender. Yet it wasn\u2019t until several months later that Broadwind Energy finally recorded "
 "a $58 million impairment charge in its financial statements and disclosed it publicly to investors. In fact, "
 "Broadwind Energy conducted a public offering of its stock without disclosing the impairment in its registration "
 "statement. When the information was disclosed in an annual report two months after the offering, Broadwind "
 "Energy\u2019s stock price declined 29 percent.",
 "According to the SEC\u2019s complaint filed in U.S. District Court for the Northern District of Illinois, Broadwind "
 "Energy\u2019s then-CEO J. Cameron Drecoll approved and certified public filings containing the misrepresentations and "
 "misleading omissions when he should have known that the intangible assets were impaired. Broadwind Energy\u2019s CFO "
 "Stephanie K. Kushner, who was newly hired at the time, failed to take the steps necessary to ensure that the "
 "financial statements and disclosures were accurate.",
 "Broadwind Energy, Drecoll, and Kushner agreed to settle the SEC\u2019s charges. The company agreed to pay a $1 million "
 "penalty, and Drecoll and Kushner agreed to pay nearly $700,000 in combined disgorgement and penalties."]
R.append((["broadwind-2015-24.txt"], T1, P1, federal(
 "us-sec-broadwind-energy-then-ceo-drecoll-cfo-kushner-impairment-disclosure-violations-2015",
 U1, "2015-02-05", T1, "\n\n".join(P1),
 "energy equipment/securities regulation", "legal,regulatory,accounting,executives",
 "U.S. Securities and Exchange Commission, press release 2015-24, '" + T1 + "', Washington D.C., Feb. 5, 2015, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the 'newsroom/press-releases/"
 "2015-24' address): first-party text, as 54j's and 54o's press releases. Left out: the dateline line 'Washington "
 "D.C., Feb. 5, 2015 \u2014' (kept as `published`); the heading kept as `title`. Cut after the fourth paragraph ('... "
 "in combined disgorgement and penalties.'), before the quotation '\u201cBroadwind Energy had received significant "
 "evidence that its intangible assets were impaired ahe', where the store's excerpt breaks off (`truncated`; so the "
 "quoted SEC official is not in the text). Kept as written: 'Chicago-area', 'then-CEO', 'Stephanie K. Kushner', "
 "'$58 million', the curly apostrophes (company\u2019s, wasn\u2019t, SEC\u2019s) as "
 "the store gives them. 252 words (whitespace-split), four paragraphs. Found at rank 1 under 'SEC Charges Broadwind "
 "Energy former CEO Drecoll former CFO Kushner failing to disclose impairment' (a matter of my own, 0 corpus hits; the "
 "names came from memory of the case, checked against the page); the rest were complianceweek, studicata's summary of "
 "the court's ruling, jdsupra (Blank Rome), casetext's and elawyers' class-action opinion, justia, and Broadwind's own "
 "2014 8-K on EDGAR. One text per matter. " + CHECK + "'Broadwind', 'Drecoll', 'Kushner', 'Brad Foote', '2015-24': 0 "
 "in the corpus files, GATHERING.md, the gather scripts, the notes and the pools.",
 True)))

# ---- Computer Sciences Corporation, sec.gov claims page, Admin. Proceeding File No. 3-16575 --------------------------
U2 = "http://iabdquestions@sec.gov/divisions/enforce/claims/computer-sciences-corp.htm"
T2 = ("Computer Sciences Corporation, Michael Laphen, Michael Mancuso, Wayne Banks, Claus Zilmer, and Paul Wakefield. "
      "Admin. Proceeding File No. 3-16575")
P2 = [
 "On June 5, 2015, the SEC issued an Order finding that Computer Sciences Corporation (\"CSC\"), Michael Laphen "
 "(\"Laphen\"), Michael Mancuso (\"Mancuso\"), Wayne Banks (\"Banks\"), Claus Zilmer, and Paul Wakefield violated the "
 "federal securities laws. The Order stated that from 2009 to 2011, CSC engaged in a wide-ranging accounting and "
 "disclosure fraud that materially overstated its earnings and concealed from investors significant problems with its "
 "largest contract. Former CEO Laphen approved CSC's use of improper accounting models for the company's multi-billion "
 "dollar contract with the United Kingdom's National Health Service (\"NHS\"). Laphen and former CFO Mancuso also "
 "failed to make required disclosures and made misleading statements to investors about the NHS contract. And in one "
 "quarter, CSC's former Finance Director for the NHS account prepared a fraudulent accounting model in which he "
 "included made-up assumptions to avoid a negative hit to CSC's earnings. As this was occurring in the United States "
 "and the United Kingdom, senior CSC finance personnel in Australia fraudulently overstated the company's earnings "
 "using \"cookie jar\" reserves and by failing to record expenses as required. Separately, CSC finance personnel in "
 "Denmark engaged in a variety of fraudulent accounting manipulations that also overstated the company's earnings. "
 "Throughout this period, CSC's most senior executives and various finance personnel repeatedly failed to comply with "
 "straightforward accounting standards and disclosure rules.",
 "Pursuant to the Commission's Order, CSC paid a civil money penalty of $190,000,000; Laphen paid a civil money "
 "penalty of $750,000; Mancuso paid a civil money penalty of $175,000; and Banks paid disgorgement of $10,990 and "
 "prejudgment interest of $2,400."]
R.append((["csc-claims-3-16575.txt"], T2, P2, federal(
 "us-sec-computer-sciences-former-ceo-laphen-former-cfo-mancuso-nhs-contract-accounting-fraud-fair-fund-2015",
 U2, None, T2, "\n\n".join(P2),
 "IT services/securities regulation", "legal,regulatory,accounting,executives",
 "U.S. Securities and Exchange Commission, claims page 'Computer Sciences Corporation, Michael Laphen, Michael Mancuso, "
 "Wayne Banks, Claus Zilmer, and Paul Wakefield. Admin. Proceeding File No. 3-16575' (the order of June 5, 2015), US "
 "federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "The Commission's own page for the CSC matter (a US federal work, public domain) under sec.gov's "
 "'divisions/enforce/claims' (the Fair Fund pages; this one opens with a paragraph telling the order, which is the "
 "text kept), as 53q's Westport page: first-party text. The store gives the address as 'http://iabdquestions@sec.gov/"
 "divisions/enforce/claims/computer-sciences-corp.htm' (an address with a mail-box name before the host sec.gov), kept "
 "as given. The heading line (parties and file number) is the `title`. `published` null: the excerpt carries no page "
 "date (the claims pages are updated as the fund is paid out), so only absolute dates are gold. Cut after the first "
 "sentence of the second paragraph ('... and prejudgment interest of $2,400.'), before 'The Order created a Fair Fund "
 "pursuant to Section 308(a) of the Sarbanes-Ox', where the store's excerpt breaks off (`truncated`). Kept as written: "
 "the straight quotes of '(\"CSC\")', '(\"NHS\")' and '\"cookie jar\"', 'multi-billion dollar', 'made-up', "
 "'Finance Director' with capitals, '$190,000,000'. 259 words (whitespace-split), two paragraphs. Found at rank 5 under "
 "'SEC Charges Computer Sciences Corporation and Former Executives With Accounting Fraud Laphen Mancuso' (a matter of my "
 "own, 0 corpus hits on the matter); the rest were Business Insurance (Reuters), valuewalk, a copy site of a Wall "
 "Street Journal story, courthousenews, Simpson Thacher's memo, domain-b and Bloomberg. The matter's press release "
 "(June 5, 2015) did not come back from the store; one text per matter, so this page is the matter's text. " + CHECK +
 "'Laphen' only as James Laphen of TierOne Bank (a dev text of 2012 and batch 47s's scripts: another person); "
 "'Computer Sciences' only in a Hansard written answer of 2004 on NHS IT programme contracts (BT, Accenture, CSC: the "
 "contract awards, not this fraud matter); 'Mancuso', 'Zilmer', '3-16575', "
 "'computer-sciences-corp': 0; 'Wakefield' only as the English town (a Johnston Press text).",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        for p in [title] + paras:
            assert raw.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
