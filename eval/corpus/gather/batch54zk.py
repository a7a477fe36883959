#!/usr/bin/env python3
"""Batch 54zk (session 55, gatherer 54zk): one sec.gov press release and one sec.gov harmed-investors (Fair Fund claims)
page on orders of 2012 and 2018 against financial firms and their officers -- press release 2012-81 'SEC Charges UBS
Puerto Rico and Two Executives with Defrauding Fund Customers' (May 1, 2012: the settled order against UBS Financial
Services Inc. of Puerto Rico over 23 proprietary closed-end funds, and the contested proceedings against its vice
chairman and former CEO Miguel A. Ferrer and its head of capital markets Carlos J. Ortiz); and 'In the Matter of Aegon USA
Investment Management, LLC, et al. Admin. Proc. File No. 3-18681' (the settled order of August 27, 2018 against Aegon USA
Investment Management, LLC, Transamerica Asset Management, Inc., Transamerica Capital Inc. and Transamerica Financial
Advisors, Inc. over faulty quantitative models; the related orders against Bradley J. Beman and Kevin A. Giles are
captions on the page only) -- US federal government works (17 U.S.C. 105), a session-55 round in the federal SEC lane
(after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 54e, 54j, 54o, 54u, 54zb and 54zg), on new matters, in
the lane's 2010-2018 span for orders. See /work/notes/gather55/54zk.md. 54zg's open leads (Ener1, Bankrate / DiMaria,
Diamond Foods, Tangoe, Penn West, Amerindo) gave no sec.gov claims page (class-action papers, fund administrators' own
sites, prnewswire notices, court opinions; Amerindo only as sec.gov litigation releases of 2005, outside the span);
Hertz was checked first and is taken (a test file). Both texts are matters of my own, found by the claims page's
heading words ('In the Matter of <firm> ... Admin. Proc. File No.') plus the firm's and officers' names. Every name,
number and address was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather54,
/work/notes/gather55 and the session-55 pools:
  - sec.gov press release 2012-81 (Washington, D.C., May 1, 2012): the Securities and Exchange Commission (SEC), UBS
    Financial Services Inc. of Puerto Rico (UBS Puerto Rico), Miguel A. Ferrer, Carlos J. Ortiz, Robert Khuzami (the
    Division of Enforcement), Eric I. Bustillo (the Miami Regional Office) (stored as
    'https://www.sec.gov/news/press-release/2012-2012-81htm', the store's form of the address);
  - sec.gov 'Information for Harmed Investors' page for Admin. Proc. File No. 3-18681 (undated in the excerpt; order of
    August 27, 2018): the Commission, Aegon USA Investment Management, LLC (AUIM), Transamerica Asset Management, Inc.
    (TAM), Transamerica Capital Inc., Transamerica Financial Advisors, Inc. (TFA) (sec.gov's
    'enforcement/information-for-harmed-investors/aegon-usa', the newer home of the claims pages).
Texts are the search tool's page-store excerpts (corpus `pages`; 2,000 bytes each as saved). UBS Puerto Rico: the chrome
line 'Skip to main content' left out; the heading kept as `title`; the dateline 'Washington, D.C., May 1, 2012 \u2014' kept
as `published` (as 54zb's Broadwind release); cut after the sixth paragraph (Bustillo's quotation, '... for their own
financial gain.\u201d'), before 'According to the SEC\u2019s order, sta', where the excerpt breaks off. Aegon: the first
caption line kept as `title`; the two further captions ('In the Matter of Bradley J. Beman' / 'Admin. Proc. File No.
3-18682', 'In the Matter of Kevin A. Giles' / 'Admin. Proc. File No. 3-18683') left out as headings; `published` null (no
page date in the excerpt); cut after the second paragraph's first sentence ('... and civil monetary penalties.'), before
'The Commission also created a Fair Fund, pursuant to Section 308(a) of t', where the excerpt breaks off. No word added
or changed; paragraphs joined by a blank line. Each kept paragraph and title checked by script to be a verbatim
substring of the saved excerpt (/tmp/gather55zk/src, written by /tmp/gather55zk/mk_src.py). Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch54zk.py [POOL_DIR] [--dry]   (default /tmp/gather55zk/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54, /work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (none held a "
         "file on these matters): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zk/pool"
SRC = "/tmp/gather55zk/src"
R = []

# ---- UBS Puerto Rico, sec.gov press release 2012-81 (May 1, 2012) ---------------------------------------------------
U1 = "https://www.sec.gov/news/press-release/2012-2012-81htm"
T1 = "SEC Charges UBS Puerto Rico and Two Executives with Defrauding Fund Customers"
P1 = [
 "The Securities and Exchange Commission today charged UBS Financial Services Inc. of Puerto Rico and two executives with "
 "making misleading statements to investors, concealing a liquidity crisis, and masking its control of the secondary "
 "market for 23 proprietary closed-end mutual funds.",
 "UBS Puerto Rico agreed to settle the SEC\u2019s charges by paying $26.6 million that will be placed into a fund for harmed "
 "investors.",
 "According to the SEC\u2019s order instituting settled administrative proceedings against UBS Puerto Rico, the firm knew "
 "about a significant \u201csupply and demand imbalance\u201d and discussed the \u201cweak secondary market\u201d internally. "
 "However, UBS Puerto Rico misled investors and failed to disclose that it controlled the secondary market, where "
 "investors sought to sell their shares in the funds. UBS Puerto Rico significantly increased its inventory holdings in "
 "the closed-end funds in order to prop up market prices, bolster liquidity, and promote the appearance of a stable "
 "market. However, UBS Puerto Rico later withdrew its market price and liquidity support in order to sell 75 percent of "
 "its closed-end fund inventory to unsuspecting investors.",
 "The SEC instituted contested administrative proceedings against UBS Puerto Rico\u2019s vice chairman and former CEO "
 "Miguel A. Ferrer and its head of capital markets Carlos J. Ortiz.",
 "\u201cUBS Puerto Rico denied its closed-end fund customers what they were entitled to under the law \u2013 accurate price "
 "and liquidity information, and a trading desk that did not advantage UBS\u2019s trades over those of its customers,\u201d "
 "said Robert Khuzami, Director of the SEC\u2019s Division of Enforcement.",
 "Eric I. Bustillo, Director of the SEC\u2019s Miami Regional Office, added, \u201cWe will aggressively prosecute firms that "
 "use conflicts of interest for their own financial gain.\u201d"]
R.append((["ubs-puerto-rico-2012-81.txt"], T1, P1, federal(
 "us-sec-ubs-puerto-rico-vice-chairman-former-ceo-ferrer-head-capital-markets-ortiz-closed-end-funds-2012",
 U1, "2012-05-01", T1, "\n\n".join(P1),
 "brokerage/securities regulation", "legal,regulatory,investment funds,executives",
 "U.S. Securities and Exchange Commission, press release 2012-81, 'SEC Charges UBS Puerto Rico and Two Executives with "
 "Defrauding Fund Customers', Washington, D.C., May 1, 2012, US federal government work (public domain); text of the "
 "sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "The Commission's own press release (a US federal work, public domain), as 54zb's Broadwind release: first-party text. "
 "Left out: the chrome line 'Skip to main content'; the heading (kept as `title`); the dateline 'Washington, D.C., May "
 "1, 2012 \u2014' (kept as `published`, as 54zb kept Broadwind's). Cut after the sixth paragraph (Bustillo's quotation, "
 "'... for their own financial gain.\u201d'), before 'According to the SEC\u2019s order, sta', where the store's excerpt "
 "breaks off (`truncated`). The address is kept as the store gives it ('press-release/2012-2012-81htm', without the dot "
 "of '.htm'). Kept as written: the curly quotes and apostrophes, the en dash in 'under the law \u2013 accurate', "
 "'$26.6 million', '75 percent'. 275 words (whitespace-split), six paragraphs. Found at rank 8 under 'In the Matter of "
 "UBS Financial Services Inc. of Puerto Rico, Miguel A. Ferrer and Carlos J. Ortiz Admin. Proc. File No. Fair Fund "
 "closed-end funds' (a matter of my own, 0 corpus hits); sec.gov's claims page for the same matter (Admin. Proc. File "
 "No. 3-14863, 'divisions/enforce/claims/ubs-financial-services.htm', Oct. 6, 2022) came back at rank 5 -- one text per "
 "matter, and the release names the two executives and their posts, which the claims page does not; the rest were "
 "lexology, the fund administrator's site for another UBS Puerto Rico Fair Fund (secubsfairfund.com: the 2015 "
 "Colon / Ramirez matter, not this one), an initial decision on docslib and a prehearing brief on vdocuments. " + CHECK +
 "'UBS Puerto Rico', 'UBS Financial Services', 'Carlos J. Ortiz', '2012-81', '3-14863', '3-14862', '33-9318', "
 "'ubs-financial-services', 'closed-end': 0 in the corpus files, GATHERING.md, the gather scripts, the notes and the "
 "pools; 'Ferrer' only as Wifredo A. Ferrer, the U.S. Attorney in Miami (another person); 'Ortiz' only as Juan C. "
 "Ortiz of Future Tech (54ze's notes, another person); 'Bustillo' and 'Khuzami' only in other SEC matters.",
 True)))

# ---- Aegon USA / Transamerica, sec.gov harmed-investors page, Admin. Proc. File No. 3-18681 ---------------------------
U2 = "https://sec.gov/enforcement/information-for-harmed-investors/aegon-usa"
T2 = "In the Matter of Aegon USA Investment Management, LLC, et al. Admin. Proc. File No. 3-18681"
P2 = [
 "On August 27, 2018, the Commission instituted and simultaneously settled administrative and cease-and-desist "
 "proceedings (\u201cOrder\u201d) against Aegon USA Investment Management, LLC (\u201cAUIM\u201d), Transamerica Asset "
 "Management, Inc. (\u201cTAM\u201d), Transamerica Capital Inc., and Transamerica Financial Advisors, Inc. (\u201cTFA\u201d) "
 "(collectively, the \u201cRespondents\u201d). In the Order, the Commission found that, between July 2011 and June 2015, the "
 "Respondents violated securities laws while offering, selling, and managing quantitative-model-based mutual funds, "
 "variable life insurance investment portfolios, and variable annuity investment portfolios (collectively the "
 "\u201cProducts\u201d) and separately managed account strategies (the \u201cStrategies\u201d) (collectively, the \u201cProducts "
 "and Strategies\u201d). TAM and AUIM made false and misleading disclosures and omissions regarding (i) the risks and "
 "errors found in models for their Products and Strategies, (ii) the decision to stop using, running, or relying on at "
 "least one of these models, (iii) the calculation of dividends for one of their Products, (iv) the qualifications that "
 "the manager of certain products had, (v) the addition of volatility \u201cguidelines\u201d (\u201cGuidelines\u201d) that "
 "would impact certain portfolios\u2019 asset allocations and exposure, and (vi) errors AUIM subsequently discovered in "
 "the Guidelines. In addition, TAM and AUIM did not take reasonable steps to check the accuracy of the Guidelines. "
 "Finally, TFA negligently relied upon and distributed misleading marketing materials to its advisory clients.",
 "The Commission ordered the Respondents to pay a total of $97,602,040.00 in disgorgement, prejudgment interest, and "
 "civil monetary penalties."]
R.append((["aegon-usa-claims-3-18681.txt"], T2, P2, federal(
 "us-sec-aegon-usa-investment-management-transamerica-affiliates-faulty-quantitative-models-fair-fund-2018",
 U2, None, T2, "\n\n".join(P2),
 "asset management/securities regulation", "legal,regulatory,investment funds,asset management",
 "U.S. Securities and Exchange Commission, Information for Harmed Investors page 'In the Matter of Aegon USA Investment "
 "Management, LLC, et al. Admin. Proc. File No. 3-18681' (with the captions of Admin. Proc. File Nos. 3-18682 and "
 "3-18683; the order of August 27, 2018), US federal government work (public domain); text of the sec.gov page from the "
 "search tool's page store at " + U2,
 SEC_ORIGIN,
 "The Commission's own page for the Aegon USA / Transamerica Fair Fund (a US federal work, public domain) under "
 "sec.gov's 'enforcement/information-for-harmed-investors' (the newer address of the 'divisions/enforce/claims' pages "
 "that 53q, 54zb and 54zg drew on; this one opens with the story of the order, which is the text kept): first-party "
 "text. The first caption line is the `title`; the two further captions ('In the Matter of Bradley J. Beman' / 'Admin. "
 "Proc. File No. 3-18682' and 'In the Matter of Kevin A. Giles' / 'Admin. Proc. File No. 3-18683') are left out as "
 "headings, so the two individuals are in no kept sentence. `published` null: the excerpt carries no page date, so only "
 "absolute dates are gold. Cut after the second paragraph's first sentence ('... and civil monetary penalties.'), before "
 "'The Commission also created a Fair Fund, pursuant to Section 308(a) of t', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the curly quotes, 'Transamerica Capital Inc.' with no comma before 'Inc.', "
 "'(collectively the \u201cProducts\u201d)' with no comma, the numbered '(i)' ... '(vi)', '$97,602,040.00'. 225 words "
 "(whitespace-split), two paragraphs. Found at rank 2 under 'In the Matter of Aegon USA Investment Management, LLC, et "
 "al. Admin. Proc. File No. Fair Fund Transamerica Bruce Black quantitative models' (a matter of my own; the query's "
 "'Bruce Black' was a wrong guess, the page names Beman and Giles); the rest were mondaq, riacomplianceblog, "
 "seekingalpha, pionline, institutionalinvestor, finadium and secactions. The matter's press release (2018-167) did not "
 "come back; one text per matter. " + CHECK + "'Aegon', 'Transamerica', 'AUIM', 'Beman', 'Kevin A. Giles', '3-18681', "
 "'3-18682', '3-18683', 'information-for-harmed-investors', 'aegon-usa': 0 in the corpus files, GATHERING.md, the gather "
 "scripts, the notes and the pools.",
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
