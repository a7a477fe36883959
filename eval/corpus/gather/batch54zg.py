#!/usr/bin/env python3
"""Batch 54zg (session 55, gatherer 54zg): two sec.gov claims pages (the Commission's Fair Fund and distribution pages
under 'divisions/enforce/claims') on 2016 accounting cases against public companies and their officers -- 'In the
Matter of Logitech International, S.A., et al. Admin. Proc. File No. 3-17212', which tells the settled order of April
19, 2016 against Logitech International, S.A., Michael Doktorczyk and Sherralyn Bolles and the complaint of April 18,
2016 against Erik Bardman and Jennifer Wolf, 'the former Logitech chief operating officer and acting controller'; and
'In the Matter of Weatherford International PLC, et al. Admin. Proc. File No. 3-17582 In the Matter of Ernst & Young
LLP, et al. Admin. Proc. File No. 3-17628', which tells the settled orders of September 27, 2016 (Weatherford, James
Hudgins, Darryl Kitay: income tax accounting that inflated earnings) and October 18, 2016 (Ernst & Young LLP and its
partners Craig R. Fronckiewicz and Sarah E. Adams) -- US federal government works (17 U.S.C. 105), a session-55 round
in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 54e, 54j, 54o, 54u and 54zb),
on new matters, in the lane's 2013-2016 span for orders. See /work/notes/gather55/54zg.md. 54zb's open leads (Stein
Mart, JDA Software, Orient Paper, Jiangbo) gave no sec.gov page (vigilantllc's and advfn's copies, accountingtoday,
jaxdailyrecord, fcpablog, complianceweek, Muddy Waters' and the company's papers, class-action filings); both texts
are matters of my own, found by the claims page's heading words ('In the Matter of <company> ... Admin. Proc. File No.')
plus the company's and officers' names. Every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather54, /work/notes/gather55 and the session-55 pools:
  - sec.gov claims page for Admin. Proc. File No. 3-17212 (page date Oct. 14, 2022; orders of April 2016): the
    Commission, Logitech International, S.A. (Logitech), Michael Doktorczyk, Sherralyn Bolles, Erik Bardman, Jennifer
    Wolf, the U.S. District Court for the Northern District of California, the U.S. Treasury, the Americas (sec.gov's
    'divisions/enforce/claims/logitech-bardman.htm', stored as https://sec.gov/...);
  - sec.gov claims page for Admin. Proc. File Nos. 3-17582 and 3-17628 (undated in the excerpt; orders of September and
    October 2016): the Commission, Weatherford International PLC (f/k/a Weatherford International LTD), James Hudgins,
    Darryl Kitay, Ernst & Young LLP, Craig R. Fronckiewicz, Sarah E. Adams (sec.gov's
    'divisions/enforce/claims/weatherford-international.htm'). Weatherford's 2013 FCPA matter is a dev file (42y): another
    matter (bribes and sanctions), so this income-tax accounting matter is new.
Texts are the search tool's page-store excerpts (corpus `pages`; about 2,000 bytes each as saved). Logitech: the chrome
line 'Skip to main content' left out; the first heading line kept as `title`; the page date line 'Oct. 14, 2022' kept
as `published` (as 53q's Westport claims page); the second heading ('In the Matter of Bardman, et al.' / 'Case No.
16-cv-02023-RS (N.D. Cal.)', the related court case's caption) left out as a heading; cut after the second paragraph's
first sentence ('... with fraud and other violations.'), before 'The Commission alleges in the Complaint that Bardman and
Wolf fraudulently inflated Logitech's FY11 financial results by $30.7 million, or over 27%, in', where the excerpt breaks
off. Weatherford: the heading line (both matters' captions and file numbers, on one line as the store gives it) kept as
`title`; `published` null (no page date in the excerpt; the orders' dates are in the text); cut after the second
paragraph ('... Release No. 34-79109.'), before 'The Commission ordered the Weatherford Respondents to pay a total of
$140,364,067.00 in disgorgement, prejudgment i', where the excerpt breaks off. No word added or changed; paragraphs
joined by a blank line. Each kept paragraph and title checked by script to be a verbatim substring of the saved excerpt
(/tmp/gather55zg/src, written by /tmp/gather55zg/mk_src.py). Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch54zg.py [POOL_DIR] [--dry]   (default /tmp/gather55zg/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54, /work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (none held a "
         "file on these matters): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zg/pool"
SRC = "/tmp/gather55zg/src"
R = []

# ---- Logitech International, sec.gov claims page, Admin. Proc. File No. 3-17212 (page of Oct. 14, 2022) ------------
U1 = "https://sec.gov/divisions/enforce/claims/logitech-bardman.htm"
T1 = "In the Matter of Logitech International, S.A., et al. Admin. Proc. File No. 3-17212"
P1 = [
 "On April 19, 2016, the Commission instituted and simultaneously settled cease-and-desist proceedings (the \"Order\") "
 "against Logitech International, S.A. (\"Logitech\"), Michael Doktorczyk, and Sherralyn Bolles, CPA (collectively, the "
 "\"Respondents\"). In the Order, the Commission found that, from 2009 to 2014, Logitech violated the federal securities "
 "laws with recurring instances of improper accounting in three separate areas: (1) Logitech's fraudulent accounting "
 "for the write-down of a failed product in its fiscal year 2011 (\"FY11\") financial statements; (2) the Respondents' "
 "improper accounting for Logitech's warranty liabilities in the FY12 and FY13 financial statements and failure to "
 "correct, in the FY13 financial statements, a known error in not amortizing intangibles from a prior acquisition; and "
 "(3) books and records, reporting, and control violations by Logitech pertaining to its revenue recognition in its "
 "Americas region in FY09. The Commission ordered the Respondents to pay a total of $7,575,000.00 in civil money "
 "penalties to the Commission, to be held pending a decision whether the Commission, in its discretion, will seek to "
 "distribute the funds, pursuant to Section 308(a) of the Sarbanes-Oxley Act of 2002, as amended or transfer the funds "
 "to the U.S. Treasury. See the Commission's Order: Release No. 34-77644",
 "In related proceedings, on April 18, 2016, the Commission filed a complaint in the U.S. District Court for the "
 "Northern District of California, charged Erik Bardman (\"Bardman\") and Jennifer Wolf (\"Wolf\"), the former "
 "Logitech chief operating officer and acting controller, respectively, with fraud and other violations."]
R.append((["logitech-claims-3-17212.txt"], T1, P1, federal(
 "us-sec-logitech-international-doktorczyk-bolles-former-coo-bardman-acting-controller-wolf-accounting-fraud-2016",
 U1, "2022-10-14", T1, "\n\n".join(P1),
 "computer peripherals/securities regulation", "legal,regulatory,accounting,executives",
 "U.S. Securities and Exchange Commission, claims page 'In the Matter of Logitech International, S.A., et al. Admin. "
 "Proc. File No. 3-17212' (with 'In the Matter of Bardman, et al. Case No. 16-cv-02023-RS (N.D. Cal.)'), Oct. 14, 2022, "
 "US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "The Commission's own page for the Logitech matter (a US federal work, public domain) under sec.gov's "
 "'divisions/enforce/claims' (the Fair Fund and distribution pages; this one opens with the story of the order and the "
 "related complaint, which is the text kept), as 53q's Westport page and 54zb's CSC page: first-party text. Left out: "
 "the chrome line 'Skip to main content'; the page date line 'Oct. 14, 2022' (kept as `published`, as 53q kept "
 "Westport's 'Nov. 1, 2022'; the claims pages are updated as a fund is handled, so the date is the page's, not the "
 "order's); the second heading 'In the Matter of Bardman, et al.' / 'Case No. 16-cv-02023-RS (N.D. Cal.)' (the related "
 "court case's caption; the first heading kept as `title`). Cut after the second paragraph's first sentence ('... with "
 "fraud and other violations.'), before 'The Commission alleges in the Complaint that Bardman and Wolf fraudulently "
 "inflated Logitech's FY11 financial results by $30.7 million, or over 27%, in', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the straight quotes and apostrophes, '$7,575,000.00', 'FY11', 'FY09', the first "
 "paragraph's closing reference 'See the Commission's Order: Release No. 34-77644' with no full stop (the page's link "
 "line, a whole unit), and 'the former Logitech chief operating officer' for Bardman (news reports of the case call him "
 "the former CFO; the page's words are kept and annotated as written). 241 words (whitespace-split), two paragraphs. "
 "Found at rank 3 under 'SEC Charges Logitech and Former Executives for Accounting Violations Bardman Wolfe' (a matter "
 "of my own, 0 corpus hits); the rest were Business Insurance (Reuters), 24/7 Wall St.'s copy, lawyerherald, cfo.com, "
 "courthousenews, nysscpa and a Spanish forum's translation. The matter's press release (April 19, 2016) did not come "
 "back; one text per matter, so this page is the matter's text. " + CHECK + "'Logitech', 'Doktorczyk', 'Bolles', "
 "'Bardman', 'Jennifer Wolf', 'Quindlen', '3-17212', '34-77644', '16-cv-02023', 'logitech-bardman': 0 in the corpus "
 "files, GATHERING.md, the gather scripts, the notes and the pools.",
 True)))

# ---- Weatherford International, sec.gov claims page, Admin. Proc. File Nos. 3-17582 and 3-17628 --------------------
U2 = "https://www.sec.gov/divisions/enforce/claims/weatherford-international.htm"
T2 = ("In the Matter of Weatherford International PLC, et al. Admin. Proc. File No. 3-17582 In the Matter of Ernst & "
      "Young LLP, et al. Admin. Proc. File No. 3-17628")
P2 = [
 "On September 27, 2016, the Commission instituted and simultaneously settled administrative and cease-and-desist "
 "proceedings (\u201cWeatherford Order\u201d) against Weatherford International PLC, f/k/a Weatherford International LTD "
 "(\u201cWeatherford\u201d)., James Hudgins, CPA (\u201cHudgins\u201d), and Darryl Kitay, CPA (\u201cKitay\u201d) "
 "(collectively, the \u201cWeatherford Respondents\u201d). The Commission found that, between 2007 and 2012, Weatherford, "
 "a large multinational provider of oil and natural gas equipment and services, issued false financial statements that "
 "inflated its earnings by over $900 million in violation of U.S. Generally Accepted Accounting Principles. Weatherford "
 "issued materially false and misleading statements about its net income, earnings per share, effective tax rate, and "
 "other key financial information. Weatherford did not have sufficient internal accounting controls to identify and "
 "properly account for its accounting of income taxes throughout the relevant period. See the Commission\u2019s order: "
 "Release No. 33-10221.",
 "On October 18, 2016, the Commission instituted and simultaneously settled a related administrative and "
 "cease-and-desist proceedings (\u201cAccounting Order\u201d) against Ernst & Young LLP (\u201cErnst & Young\u201d), Craig R. "
 "Fronckiewicz, CPA, and Sarah E. Adams, CPA (together, with the Weatherford Respondents, the \u201cRespondents\u201d) for "
 "their roles in the conduct described in the Weatherford Order while serving as the external auditor, coordinating "
 "(i.e., signing) partner, and tax partner for Weatherford, respectively. See the Commission\u2019s order: Release No. "
 "34-79109."]
R.append((["weatherford-claims-3-17582.txt"], T2, P2, federal(
 "us-sec-weatherford-international-hudgins-kitay-ernst-young-partners-income-tax-accounting-fair-fund-2016",
 U2, None, T2, "\n\n".join(P2),
 "oilfield services/securities regulation", "legal,regulatory,accounting,auditing",
 "U.S. Securities and Exchange Commission, claims page 'In the Matter of Weatherford International PLC, et al. Admin. "
 "Proc. File No. 3-17582 In the Matter of Ernst & Young LLP, et al. Admin. Proc. File No. 3-17628' (the orders of "
 "September 27 and October 18, 2016), US federal government work (public domain); text of the sec.gov page from the "
 "search tool's page store at " + U2,
 SEC_ORIGIN,
 "The Commission's own page for the Weatherford and Ernst & Young matters (a US federal work, public domain) under "
 "sec.gov's 'divisions/enforce/claims' (the Fair Fund pages; this one opens with the story of the two orders, which is "
 "the text kept), as 54zb's CSC page: first-party text. The heading line (both captions and file numbers, on one line "
 "as the store gives it) is the `title`. `published` null: the excerpt carries no page date, so only absolute dates are "
 "gold. Cut after the second paragraph ('... Release No. 34-79109.'), before 'The Commission ordered the Weatherford "
 "Respondents to pay a total of $140,364,067.00 in disgorgement, prejudgment i', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the curly quotes, the stray full stop in '(\u201cWeatherford\u201d).,', 'f/k/a', "
 "'LTD', 'a related administrative and cease-and-desist proceedings', '(i.e., signing)', 'CPA' after each person's "
 "name. 207 words (whitespace-split), two paragraphs. Found at rank 1 under 'In the Matter of Weatherford International "
 "plc James Hudgins Darryl Kitay Admin. Proc. File No. Fair Fund income tax accounting' (a matter of my own); the rest "
 "were the fund administrator's FAQ (weatherfordsecfairfund.com), Weatherford's Form 10, Reuters, cfo.com, "
 "newmanshapiro, accountingtoday and an EDGAR XBRL page. One text per matter. " + CHECK + "'Hudgins', 'Kitay', "
 "'Fronckiewicz', 'Sarah E. Adams', '3-17582', '3-17628', '33-10221', '34-79109', 'weatherford-international.htm': 0 "
 "everywhere; 'Weatherford' only for the company's 2013 FCPA matter (42y's dev text on bribes and sanctions "
 "violations by its subsidiaries, 'news/press-release/2013-252') and a Wilmington Trust file's notes (a "
 "check-list naming that 2013 matter): not this income-tax accounting matter; no corpus file names both Weatherford and Ernst & "
 "Young.",
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
