#!/usr/bin/env python3
"""Batch 53zs (session 54, gatherer 53zs): two SEC administrative-proceeding announcements on companies, as sec.gov
itself carries them -- the Commission's AP summary of 2 March 2023 on 'settled charges against Utah-based brokerage firm
Cambria Capital, LLC for failing to file Suspicious Activity Reports (SARs)', its investigation 'conducted Adam S. Ross,
Heather L. Freiburger, and Jeb Wildschut' and 'supervised by Mary S. Brady, Nicholas P. Heinke, and Jason J. Burt of
the Denver Regional Office' (File No. 3-21319); and its announcement of 12 November 2024 on 'antifraud charges against
Elanco Animal Health Inc.' over statements on 'its revenue growth and end-user demand' that left out 'certain
quarter-end sales incentives' (File No. 3-22309) -- US federal government works (17 U.S.C. 105), a session-54 round in
the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl and 53zp), on new matters. Cambria is
53zp's lead (A.P. 3-21319, found there in secactions.com's digest; here the sec.gov page itself); Elanco was found by
this round (a company-only release, as Zymergen in 53zp). No release naming a company's officers with titles and a
parent or subsidiary came back from sec.gov or publicnow.com under 14 queries (/tmp/gather54zs/queries.txt); see
/work/notes/gather54/53zs.md. Every name, file number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather54 and the session-54 pools and sources:
  - SEC administrative-proceeding summary 'SEC Charges Broker-Dealer with Failing to Report Suspicious Transactions',
    March 2, 2023, File No. 3-21319 (sec.gov 'enforce/34-97020-s', 'AP Summary');
  - SEC administrative-proceeding announcement 'SEC Charges Indiana-Based Animal Health Products Company With
    Antifraud Violations', November 12, 2024, File No. 3-22309 (sec.gov
    'enforcement-litigation/administrative-proceedings/33-11326-s').
The text is the search tool's page-store excerpt (corpus `pages`; Cambria 1,955 bytes, the whole page; Elanco 2,000
bytes, cut off by the store). The heading is the `title`; left out: Cambria's 'Breadcrumb', 'AP Summary', the date line
'March 2, 2023' under the heading (the date kept as `published`), 'ADMINISTRATIVE PROCEEDING', 'File No. 3-21319' (kept
in the attribution) and the page's footer 'Last Reviewed or Updated: March 2, 2023' (site chrome); Elanco's
'ADMINISTRATIVE PROCEEDING' and 'File No. 3-22309' (kept in the attribution). Kept as written: the date opening each
first paragraph ('March 2, 2023 - The Securities ...', a spaced hyphen; 'November 12, 2024 \u2013 The Securities ...', an
en dash), as 41m and 41n kept theirs. Cambria is whole (not `truncated`: its four paragraphs end before the footer);
Elanco is cut at the last full sentence before the excerpt breaks off (`truncated`), after "... Rules 12b-20, 13a-1,
13a-11, 13a-13, and 13a-15(a) thereunder." (before "Without admitting to or denying the SEC\u2019s findings, Elanco
consented to the entry of an Order that it cease and desist from committing or causing any violations and any future
viola"). No word added or changed; Cambria's paragraphs as the store gives them (blank lines), Elanco's store lines (one
paragraph a line) joined by blank lines, the corpus's paragraph break. Each kept paragraph and title checked by script
to be a verbatim substring of the saved excerpt (/tmp/gather54zs/src, written by /tmp/gather54zs/mk_src.py). Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch53zs.py [POOL_DIR] [--dry]   (default /tmp/gather54zs/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54 and the session-54 pools and sources /tmp/gather54*/pool, /tmp/gather54zq/src "
         "and /tmp/gather54zr (none held a file on this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zs/pool"
SRC = "/tmp/gather54zs/src"
R = []

# ---- Cambria Capital, LLC, administrative proceeding File No. 3-21319, 2 March 2023 ------------------------------------
U1 = "https://www.sec.gov/enforce/34-97020-s"
T1 = "SEC Charges Broker-Dealer with Failing to Report Suspicious Transactions"
P1 = [
 "March 2, 2023 - The Securities and Exchange Commission today announced settled charges against Utah-based brokerage "
 "firm Cambria Capital, LLC for failing to file Suspicious Activity Reports (SARs) on numerous transactions.",
 "The SEC's order finds that from March 2017 through May 2019, Cambria failed to file SARs on suspicious activity that "
 "raised red flags identified in the firm's anti-money laundering policies and procedures. According to the order, most "
 "of the suspicious activity was associated with the liquidation of microcap securities, including the deposit of "
 "physical certificates; the liquidation of large quantities of microcap securities; and the immediate wire out of "
 "liquidation proceeds from customer accounts. In addition, the order also finds that in many of these transactions, "
 "the pattern of liquidations often occurred in combination with other red flags noted in Cambria's policies and "
 "procedures, such as unusually large deposits; suspicious wire activity; or multiple accounts simultaneously trading "
 "in the same microcap security.",
 "The SEC's order finds that Cambria violated Section 17(a) of the Securities Exchange Act of 1934 and Rule 17a-8 "
 "thereunder, which require broker-dealers registered with the Commission to comply with the reporting, record-keeping, "
 "and record retention requirements of the Bank Secrecy Act. Without admitting or denying the findings, Cambria agreed "
 "to a settled cease-and-desist order that imposes a censure and a $100,000 penalty, and requires Cambria to retain an "
 "independent compliance consultant.",
 "The SEC's investigation was conducted Adam S. Ross, Heather L. Freiburger, and Jeb Wildschut, and was supervised by "
 "Mary S. Brady, Nicholas P. Heinke, and Jason J. Burt of the Denver Regional Office."]
R.append((["cambria-ap-3-21319.txt"], T1, P1, federal(
 "us-sec-cambria-capital-utah-broker-dealer-suspicious-activity-reports-denver-regional-office-2023", U1,
 "2023-03-02", T1, "\n\n".join(P1),
 "financial services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, administrative proceeding summary '" + T1 + "' (In the Matter of Cambria "
 "Capital, LLC), File No. 3-21319, March 2, 2023, US federal government work (public domain); text of the sec.gov page "
 "from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it ('AP "
 "Summary', as 41m's Microsoft and 41n's Telef\u00f4nica pages): first-party text, no third-party copy. The heading is "
 "the `title`. Left out: 'Breadcrumb', 'AP Summary', the date line 'March 2, 2023' under the heading (kept as "
 "`published`), 'ADMINISTRATIVE PROCEEDING', 'File No. 3-21319' (kept in the attribution) and the footer 'Last "
 "Reviewed or Updated: March 2, 2023' (site chrome, not the release). Kept as written: the date opening the first "
 "paragraph ('March 2, 2023 - The Securities ...', a spaced hyphen, as 41m and 41n), 'conducted Adam S. Ross' (the "
 "page's own wording, without 'by': **doubtful** only in that a reader sees a slip; no word is added), straight "
 "apostrophes as the store gives them. Whole page: the store's excerpt (1,955 bytes) ends with the footer, so nothing "
 "of the release is cut (`truncated` false). 258 words (whitespace-split), four paragraphs. Found with 'Cambria "
 "Capital LLC SEC order 3-21319' (rank 2, under legalclarity.org's summary at rank 1; the excerpt saved as "
 "/tmp/gather54zs/src/cambria-ap-3-21319.txt), 53zp's lead. One text per matter: legalclarity (a law-information "
 "page that also tells a December 2024 FINRA settlement), EDGAR's X-17A-5 filing, cambriacapital.com's FAQ and the "
 "Cambria ETF Trust filings (Cambria Investment Management, another firm) are not taken. "
 + CHECK + "'Cambria', '3-21319', '34-97020', 'Adam S. Ross', 'Freiburger', 'Wildschut', 'Mary S. Brady', 'Heinke', "
 "'Jason J. Burt': 0 in the corpus files, the gather scripts and the pools; 'Cambria' and '3-21319' in GATHERING.md "
 "and /work/notes/gather54/53zp.md only as 53zp's lead; 'Denver Regional Office' in one test file and batch43a.py "
 "(MiMedx, another matter).",
 False)))

# ---- Elanco Animal Health Inc., administrative proceeding File No. 3-22309, 12 November 2024 ---------------------------
U2 = "https://www.sec.gov/enforcement-litigation/administrative-proceedings/33-11326-s"
T2 = "SEC Charges Indiana-Based Animal Health Products Company With Antifraud Violations"
P2 = [
 "November 12, 2024 \u2013 The Securities and Exchange Commission today announced antifraud charges against Elanco "
 "Animal Health Inc. for misleading investors when it made statements about its revenue growth and end-user demand "
 "without also disclosing its reliance on certain quarter-end sales incentives that were necessary to achieve that "
 "revenue and caused its distributors to purchase goods in excess of existing end-user demand. Elanco has agreed to pay "
 "$15 million to settle the charges.",
 "According to the SEC\u2019s Order, from the first quarter of 2019 through the first quarter of 2020, Elanco used "
 "discounts, rebates, and extended payment terms to entice its distributors to purchase product above then-existing "
 "end-user demand. These incentives allowed Elanco to meet internal revenue targets, but led to internal concerns that "
 "relying on these sales could negatively impact distributor inventory levels, and consequently future revenue. Despite "
 "these concerns, Elanco misleadingly attributed its revenue growth to strong end-user demand and did not disclose the "
 "risk that its sales practices might negatively impact future revenue. When Elanco decided to stop offering these "
 "incentivized sales in the first quarter of 2020, causing a $160 million decline in revenue, it cited the uncertainty "
 "of the COVID-19 pandemic as one of the causes for the revenue decline even though the decision to end the sales "
 "incentives had been made before the pandemic began.",
 "The SEC\u2019s Order finds that Elanco violated Sections 17(a)(2) and (3) of the Securities Act of 1933 as well as "
 "Section 13(a) of the Securities Exchange Act of 1934 and Rules 12b-20, 13a-1, 13a-11, 13a-13, and 13a-15(a) "
 "thereunder."]
R.append((["elanco-ap-3-22309.txt"], T2, P2, federal(
 "us-sec-elanco-animal-health-quarter-end-sales-incentives-revenue-growth-antifraud-2024", U2,
 "2024-11-12", T2, "\n\n".join(P2),
 "animal health/securities regulation", "legal,regulatory,earnings",
 "U.S. Securities and Exchange Commission, administrative proceeding announcement '" + T2 + "' (In the Matter of "
 "Elanco Animal Health Inc.), File No. 3-22309, November 12, 2024, US federal government work (public domain); text of "
 "the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC administrative-proceeding announcement (a US federal work, public domain) as sec.gov itself carries it (the "
 "newer 'enforcement-litigation/administrative-proceedings' address, as 41e's Pareteum page): first-party text, no "
 "third-party copy. The heading is the `title` (its 'Indiana-Based' is in the title only, so no Indiana in the gold). "
 "Left out: 'ADMINISTRATIVE PROCEEDING' and 'File No. 3-22309' (kept in the attribution); the store gives no "
 "breadcrumb or separate date line for this page. Kept as written: the date opening the first paragraph ('November "
 "12, 2024 \u2013 The Securities ...', an en dash; also `published`), the curly apostrophes ('SEC\u2019s'), 'Order' "
 "capitalised, 'then-existing', 'end-user'. The store gives the paragraphs as single lines; they are joined by blank "
 "lines (the corpus's paragraph break), no word touched. Cut after the first sentence of the third paragraph ('... "
 "13a-13, and 13a-15(a) thereunder.'), before 'Without admitting to or denying the SEC\u2019s findings, Elanco consented "
 "to the entry of an Order that it cease and desist from committing or causing any violations and any future viola', "
 "where the store's excerpt breaks off at 2,000 bytes (`truncated`; so the order's penalty clause and any staff names "
 "are not in the text, though the $15 million is in the first paragraph). 259 words (whitespace-split), three "
 "paragraphs. Found with 'SEC charges Elanco Animal Health misleading investors revenue growth channel inventory $15 "
 "million penalty press release' (rank 1; the excerpt saved as /tmp/gather54zs/src/elanco-ap-3-22309.txt). One text "
 "per matter: feedstrategy, avma (which adds the 2018 spin-off from Eli Lilly and Company and 'the Greenfield, "
 "Indiana-based company', neither in the SEC's kept text), grip.globalrelay, cooleypubco (twice), itiger (a Chinese "
 "Reuters translation) and seciblog.pli are not taken. "
 + CHECK + "'Elanco', '3-22309', '33-11326', 'Greenfield, Indiana': 0 in the corpus files, GATHERING.md, the gather "
 "scripts, /work/notes/gather54 and the pools.",
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
