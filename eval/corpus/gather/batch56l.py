#!/usr/bin/env python3
"""Batch 56l (session 54, gatherer 56l): two sec.gov texts on public companies and their named former chief executives,
new matters in the federal SEC lane (after 56c, 55zb, 55v, 55l, 55b, 54zq and the rounds they name):
  - sec.gov 'enforcement/information-for-harmed-investors/comscore' (the page of May 17, 2023; Admin. Proc. File Nos.
    3-19499 and 3-19500): the Commission's settled orders of September 24, 2019 against 'Comscore, Inc. ("Comscore")
    and its former Chief Executive Officer, Serge Matta ("Matta")' over revenue overstated by some $43 million through
    non-monetary and monetary contracts, and the Comscore Fair Fund deposited at the United States Department of the
    Treasury;
  - sec.gov 'enforcement-litigation/litigation-releases/lr-26207' (Litigation Release No. 26207, January 2, 2025): the
    consent judgment of the U.S. District Court for the Southern District of New York against 'Theodore J. Farnsworth,
    former CEO of Helios & Matheson Analytics Inc. (HMNY)', over misstatements concerning 'HMNY's subsidiary, MoviePass,
    Inc., a movie subscription service'.
US federal government works (17 U.S.C. 105). See /work/notes/gather57/56l.md. Each matter was found by the company's
name, its officer's name and the conduct, and every name, number and address was checked first against the corpus
files, GATHERING.md, the gather scripts, /work/notes/gather57 (CLAIMS.txt) and the session-54 pools
/tmp/gather57*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; 1,970 and 1,990 characters as saved: the store's
excerpt length, a check on the transcription). Left out: Comscore -- the page's 'Skip to main content' line, the date
line 'May 17, 2023' (kept as `published`), the two lines 'Admin. Proc. File No. 3-19499' and 'Admin. Proc. File No.
3-19500' (file-number lines); the caption 'In the Matter of Comscore, Inc. and Serge Matta' kept as `title`; cut after
the third paragraph ('... will be added to the Fair Fund.'), before 'On May 10, 2023, the Commission issued an Order
appoin', where the excerpt breaks off (`truncated`). MoviePass -- the page's name line 'Theodore J. Farnsworth, J.
Mitchell Lowe, and Khalid Itum', the lines 'U.S. SECURITIES AND EXCHANGE COMMISSION' and 'Litigation Release No. 26207
/ January 2, 2025' (the date kept as `published`), the case caption 'Securities and Exchange Commission v. Theodore J.
Farnsworth, J. Mitchell Lowe, and Khalid Itum, No. 22-civ-08226 (S.D.N.Y. filed Sept. 26, 2022)' (as 55zb's FAT Brands
release); the heading kept as `title`; cut after the second paragraph ('... The litigation against the other defendants
continues.'), before 'Farnsworth consented to the entry of a judgment ...', a paragraph the excerpt breaks off ('from
violations of Section') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line.
Each kept paragraph and the title checked by script to be a verbatim substring (once) of the saved excerpt
(/tmp/gather57l/src, written by /tmp/gather57l/mk_src.py). Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch56l.py [POOL_DIR] [--dry]   (default /tmp/gather57l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather57 (the "
         "round's CLAIMS.txt) and the session-54 pools /tmp/gather57*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57l/pool"
SRC = "/tmp/gather57l/src"
R = []

# ---- Comscore, Inc. and Serge Matta, sec.gov harmed-investors page (May 17, 2023), Admin. Proc. 3-19499 / 3-19500 -----
U1 = "https://www.sec.gov/enforcement/information-for-harmed-investors/comscore"
T1 = "In the Matter of Comscore, Inc. and Serge Matta"
P1 = [
 "On September 24, 2019, the Commission issued two separate, but related Orders instituting and simultaneously settled "
 "cease-and-desist proceedings against Comscore, Inc. (\u201cComscore\u201d) and its former Chief Executive Officer, Serge "
 "Matta (\u201cMatta\u201d) (collectively, the \u201cRespondents\u201d). In the Orders, the Commission found that, from February "
 "2014 through February 2016, at the direction and oversight of Serge Matta, Comscore\u2019s public filings materially "
 "overstated revenue by approximately $43 million as result of a fraudulent scheme and improper accounting involving "
 "the manipulation of non-monetary and monetary contracts. The Respondents\u2019 actions enabled the company to "
 "artificially exceed its analysts\u2019 consensus revenue target in seven consecutive quarters. In addition, from April "
 "2014 through February 2016, the Respondents made false and misleading statements about important performance "
 "metrics. The Commission ordered the Respondents to pay a collective total of $5,700,000.00 in civil money penalties "
 "to the Commission. The Commission also created Fair Funds, pursuant to Section 308(a) of the Sarbanes-Oxley Act of "
 "2002, so the penalties paid can be distributed to harmed investors (the \u201cFair Funds\u201d). See the Commission\u2019s "
 "Orders: Release Nos. 33-10692 and 33-10693.",
 "On April 27, 2023, the Commission issued an Order consolidating the Fair Funds into a single Fair Fund, the Comscore "
 "Fair Fund (hereinafter called \u201cFair Fund\u201d), for purposes of distribution to harmed investors. See the "
 "Commission\u2019s Order: Release No. 34-97389.",
 "The Fair Fund includes the $5,700,000.00 paid by the Respondents. The Fair Fund has been deposited in SEC-designated "
 "account at the United States Department of the Treasury, and any interest accrued will be added to the Fair Fund."]
R.append((["comscore-harmed-investors.txt"], T1, P1, federal(
 "us-sec-comscore-former-ceo-matta-non-monetary-revenue-overstatement-fair-fund-2019",
 U1, "2023-05-17", T1, "\n\n".join(P1),
 "media analytics/securities regulation", "legal,regulatory,accounting,revenue recognition,executives,fair funds",
 "U.S. Securities and Exchange Commission, Information for Harmed Investors page 'In the Matter of Comscore, Inc. and "
 "Serge Matta' (Admin. Proc. File Nos. 3-19499 and 3-19500), May 17, 2023, US federal government work (public domain); "
 "text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "The Commission's own page for the Comscore Fair Fund (a US federal work, public domain) under sec.gov's "
 "'enforcement/information-for-harmed-investors' (the newer address of the 'divisions/enforce/claims' pages that 53q, "
 "54zb, 54zg and 54zk drew on): first-party text. Left out: the line 'Skip to main content' (page furniture), the date "
 "line 'May 17, 2023' (kept as `published`: the page's own date; every date in the kept text is absolute), the lines "
 "'Admin. Proc. File No. 3-19499' and 'Admin. Proc. File No. 3-19500' (file-number lines); the caption kept as `title`. "
 "Cut after the third paragraph ('... will be added to the Fair Fund.'), before 'On May 10, 2023, the Commission issued "
 "an Order appoin', where the store's excerpt breaks off (`truncated`). Kept as written: the curly quotes and "
 "apostrophes, 'two separate, but related Orders', 'as result of' (no 'a'), '$5,700,000.00', 'in SEC-designated "
 "account' (no article), 'Release Nos. 33-10692 and 33-10693'. 254 words (whitespace-split), three paragraphs. Found at "
 "rank 3 under 'SEC Charges comScore and Former CEO Serge Matta with Accounting and Disclosure Fraud' (ranks 1-2 and "
 "4-8: cbsnews, thewrap, breitbart, speedguide, hollywoodreporter, adage, darientimes); the press release 2019-186 came "
 "back only as a marketswired.com copy (third party; not used). One text per matter: the two orders of September 24, "
 "2019 (33-10692, 33-10693), the release 2019-186 and the Fair Fund orders are the same matter. " + CHECK +
 "'Comscore' (only comScore the measurement firm as a data source in two Wikinews texts and two old scripts, no SEC "
 "matter), 'Serge Matta', '3-19499', '3-19500', '33-10692', '34-97389', 'Comscore Fair Fund': 0 in the corpus files, "
 "GATHERING.md, the scripts and the pools (CLAIMS.txt: this round's own line only).",
 True)))

# ---- Helios & Matheson Analytics / MoviePass / Theodore J. Farnsworth, Litigation Release No. 26207, Jan. 2, 2025 -------
U2 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-26207"
T2 = "SEC Obtains Judgment Against Former Executive at MoviePass\u2019s Parent Company"
P2 = [
 "On December 23, 2024, the U.S. District Court for the Southern District of New York entered a consent judgment "
 "against Theodore J. Farnsworth, former CEO of Helios & Matheson Analytics Inc. (HMNY), for making materially false "
 "and misleading statements concerning HMNY\u2019s subsidiary, MoviePass, Inc., a movie subscription service.",
 "According to the SEC\u2019s complaint, between August 2017 and at least March 2019, Farnsworth and another defendant "
 "intentionally and repeatedly made misstatements in HMNY Commission filings, press releases, and in the press "
 "concerning key aspects of MoviePass\u2019s business model. The misstatements concerned HMNY\u2019s claim that MoviePass "
 "could be profitable at its new, $9.95-per-month subscription price; HMNY's purported data analytics capabilities; and "
 "HMNY's ability to fund MoviePass's operations. As further alleged in the complaint, Farnsworth also devised "
 "fraudulent tactics to prevent MoviePass's subscribers from using the service. In addition, the complaint alleges "
 "that, between January and April 2018, Farnsworth knowingly approved false invoices that a third defendant, a former "
 "MoviePass executive, submitted to HMNY and MoviePass, disguising bonus payments as services purportedly provided by "
 "an entity that the third defendant controlled. The litigation against the other defendants continues."]
R.append((["moviepass-lr26207.txt"], T2, P2, federal(
 "us-sec-helios-matheson-analytics-moviepass-former-ceo-farnsworth-consent-judgment-2025",
 U2, "2025-01-02", T2, "\n\n".join(P2),
 "media/securities regulation", "legal,regulatory,securities fraud,executives,subscription services",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26207, 'SEC Obtains Judgment Against Former "
 "Executive at MoviePass\u2019s Parent Company', January 2, 2025 (SEC v. Theodore J. Farnsworth, J. Mitchell Lowe, and "
 "Khalid Itum, No. 22-civ-08226 (S.D.N.Y.)), US federal government work (public domain); text from the search tool's "
 "page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('enforcement-litigation/"
 "litigation-releases/lr-26207'): first-party text. Left out: the page's name line 'Theodore J. Farnsworth, J. "
 "Mitchell Lowe, and Khalid Itum', the lines 'U.S. SECURITIES AND EXCHANGE COMMISSION' and 'Litigation Release No. "
 "26207 / January 2, 2025' (the date kept as `published`), the case caption 'Securities and Exchange Commission v. "
 "Theodore J. Farnsworth, J. Mitchell Lowe, and Khalid Itum, No. 22-civ-08226 (S.D.N.Y. filed Sept. 26, 2022)' (as "
 "55zb's FAT Brands release), so Lowe and Itum are in no kept sentence; the heading kept as `title`. Cut after the "
 "second paragraph ('... The litigation against the other defendants continues.'), before 'Farnsworth consented to the "
 "entry of a judgment (i) providing permanent injunctive relief ...', a paragraph the store's excerpt breaks off "
 "('permanently enjoining him from violations of Section') (`truncated`). Kept as written: 'U.S. District Court', "
 "'Helios & Matheson Analytics Inc. (HMNY)' (ampersand), the curly apostrophes of 'HMNY\u2019s', 'SEC\u2019s' and the "
 "first two 'MoviePass\u2019s' beside the straight ones of 'HMNY's' and the last two 'MoviePass's', 'HMNY Commission "
 "filings', '$9.95-per-month'. 185 words (whitespace-split), two paragraphs. Found at rank 1 under 'SEC Charges "
 "MoviePass parent Helios and Matheson former CEO Ted Farnsworth Mitch Lowe securities fraud' (rank 2: the fbi.gov New "
 "York field office's copy of the Justice Department's indictment release, first-party but the same matter; then "
 "lawstreetmedia, latimes, vlex, joemygod, hklaw, thewrap). One text per matter: the SEC complaint of September 26, "
 "2022, this judgment, any later judgment against Lowe or Itum, and the parallel criminal case in the Southern District "
 "of Florida are one matter. " + CHECK + "'MoviePass', 'Helios and Matheson', 'Helios & Matheson', 'HMNY', "
 "'Farnsworth', 'Mitch Lowe', 'Mitchell Lowe', '26207': 0 in the corpus files, GATHERING.md, the scripts and the pools "
 "('Itum' only inside another word of one dev file; CLAIMS.txt: this round's own line only).",
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
