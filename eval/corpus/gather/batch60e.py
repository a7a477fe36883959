#!/usr/bin/env python3
"""Batch 60e (session 56, gatherer 60e): two SEC texts naming companies and the officers charged over them, new
matters in the federal SEC lane (after 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they
name), found by capitalised and release-styled queries naming an industry, after 60b's leads (BP / Seilhan, Apache /
Lollar, Alliance Fiber Optic Products / Yao Li) reached only copies and news:
  - sec.gov 'enforcement-litigation/administrative-proceedings/34-93136-s' (AP summary, Administrative Proceeding
    File Nos. 3-20601, 3-20602 and 3-20603, September 27, 2021): 'SEC Institutes Three Administrative Proceedings
    Against Former Top Executives Charged in Mexico-Based Homebuilder's $3.3 Billion Accounting Fraud' -- the
    accountant suspensions of Desarrolladora Homex S.A.B. de C.V.'s former Chief Financial Officer Carlos Moctezuma,
    former Controller Ramon Lafarga and former operations manager Noe Corrales, after the default judgments of June
    29, 2021 that also reached Homex's former CEO, Gerardo de Nicolas Gutierrez (the names written here without
    the accents the text gives them: Ramón, de Nicolás, Gutiérrez);
  - sec.gov 'litigation/litreleases/2022/lr25463.htm' (Litigation Release No. 25463, August 3, 2022): 'SEC Charges
    Surgical Implant Manufacturer Surgalign and Former Senior Executives with Accounting and Disclosure Fraud' --
    Surgalign Holdings, Inc., formerly RTI Surgical Holdings, Inc., its former CEO Brian Hutchison and former CFO
    Robert Jordheim, over revenue 'pull-forwards' and the June 2020 restatement.
US federal government works (17 U.S.C. 105). See /work/notes/gather61/60e.md. Queries and ranks in
/tmp/gather61e/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61 (CLAIMS.txt) and the session-56 pools /tmp/gather61*/pool. The
texts are the search tool's page-store excerpts (corpus `pages`; each 2,000 bytes in UTF-8, the store's cut: Homex's
1,993 characters with its seven accented letters, Surgalign's 2,000 with plain quotation marks), as saved in
/tmp/gather61e/src by /tmp/gather61e/mk_src.py.
Left out: Homex -- 'Breadcrumb' and 'AP Summary' (page furniture), the date line 'Sept. 27, 2021' and the dateline
'September 27, 2021 - ' that opens the first paragraph (the date kept as `published`), 'ADMINISTRATIVE PROCEEDING'
and 'File Nos. 3-20601, 3-20602, and 3-20603' (the proceeding-number lines); the heading kept as `title`; cut after
the second paragraph ('... from violating Rules 13b2-2 and 13a-14 under the Exchange Act.'), before the paragraph the
excerpt breaks off ('The SEC v. de Nicolas complaint alleged ... despite knowing Homex was i') (`truncated`).
Surgalign -- 'Litigation Release No. 25463 / August 3, 2022' (the date kept as `published`), 'Accounting and Auditing
Enforcement No. 4319 / August 3, 2022' and the caption 'Securities and Exchange Commission v. Brian K. Hutchison, No.
1:22-cv-02296 (D.D.C. filed Aug. 3, 2022)'; the heading kept as `title`; cut inside the third paragraph after its
last whole sentence ('... Rules 12b-20, 13a-1, 13a-11, and 13a-13 thereunder.'), before the word the excerpt breaks
off ('T') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line. Each kept
paragraph and the title checked by script to be a verbatim substring (once) of the saved excerpt. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch60e.py [POOL_DIR] [--dry]   (default /tmp/gather61e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61 and the session-56 pools /tmp/gather61*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather61/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61e/pool"
SRC = "/tmp/gather61e/src"
R = []

# ---- Desarrolladora Homex S.A.B. de C.V. / Moctezuma, Lafarga, Corrales, AP File Nos. 3-20601-3-20603, 2021-09-27 --
U1 = "https://sec.gov/enforcement-litigation/administrative-proceedings/34-93136-s"
T1 = ("SEC Institutes Three Administrative Proceedings Against Former Top Executives Charged in Mexico-Based "
      "Homebuilder's $3.3 Billion Accounting Fraud")
P1 = [
 "The Securities and Exchange Commission today instituted administrative proceedings against three former senior "
 "officers of Mexico-based homebuilding company Desarrolladora Homex S.A.B. de C.V. who were previously charged for "
 "their role in the company's $3.3 billion accounting fraud. The SEC's orders temporarily suspend Homex's former Chief "
 "Financial Officer, Carlos Moctezuma, former Controller, Ram\u00f3n Lafarga, and former manager in the company's "
 "operations department, Noe Corrales, from appearing or practicing before the Commission as accountants.",
 "On June 29, 2021, the U.S. District Court for the Southern District of California in Securities and Exchange "
 "Commission v. Gerardo de Nicol\u00e1s, et al., Civil Action Number 17-cv-02086 (S.D. Cal.) (\"SEC v. de "
 "Nicol\u00e1s\") entered an Order of Default Judgment against each of Moctezuma, Lafarga, and Corrales, as well as "
 "against Homex's former CEO, Gerardo de Nicol\u00e1s Guti\u00e9rrez. The judgments enjoined Moctezuma, Lafarga, and "
 "Corrales from violating Section 17(a) of the Securities Act of 1933, Sections 10(b) and 13(b)(5) of the Securities "
 "Exchange Act of 1934 and Rules 10b-5 and 13b2-1 thereunder. The judgments also enjoined Moctezuma, Lafarga, and "
 "Corrales from aiding and abetting violations of Sections 13(a), 13(b)(2)(A) and (B) of the Exchange Act and Rules "
 "12b-20, 13a-1 and 13a-16 thereunder. The judgments further enjoined Moctezuma from violating Rules 13b2-2 and 13a-14 "
 "under the Exchange Act."]
R.append((["34-93136-s.txt"], T1, P1, federal(
 "us-sec-homex-former-cfo-moctezuma-controller-lafarga-operations-manager-corrales-accountant-suspensions-2021",
 U1, "2021-09-27", T1, "\n\n".join(P1),
 "homebuilding/securities regulation", "legal,regulatory,accounting fraud,executives,financial reporting",
 "U.S. Securities and Exchange Commission, administrative proceeding summary, '" + T1 + "', September 27, 2021 "
 "(Administrative Proceeding File Nos. 3-20601, 3-20602 and 3-20603; Release No. 34-93136), US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it "
 "('enforcement-litigation/administrative-proceedings/34-93136-s'): first-party text. Left out: 'Breadcrumb' and 'AP "
 "Summary' (page furniture), the date line 'Sept. 27, 2021' and the dateline 'September 27, 2021 - ' that opens the "
 "first paragraph (the date kept as `published`), 'ADMINISTRATIVE PROCEEDING' and 'File Nos. 3-20601, 3-20602, and "
 "3-20603' (the proceeding-number lines). The heading is `title`, as written ('Mexico-Based', "
 "\"Homebuilder's\"). Cut after the second paragraph ('... from violating Rules 13b2-2 and 13a-14 under the Exchange "
 "Act.'), before the paragraph the store's excerpt breaks off ('The SEC v. de Nicol\u00e1s complaint alleged that "
 "Homex's annual reports for 2010 through 2012 ... despite knowing Homex was i') (`truncated`). Kept as written: "
 "'Ram\u00f3n', 'de Nicol\u00e1s', 'Guti\u00e9rrez' with their accents, 'Noe' without one, 'S.A.B. de C.V.', the "
 "case name with its quotation marks, 'former manager in the company's operations department'. 210 words "
 "(whitespace-split), two paragraphs. Found at rank 8 under 'Litigation Release No. SEC Charges Former Officers of "
 "Homebuilder with accounting fraud Division President' (ranks 1-7: news and blogs on Beazer Homes and KB Home -- "
 "spent in GATHERING.md -- and on Homex's 2017 charges, and the SEC's 2009 enforcement fact sheet). One text per "
 "matter: this summary, the SEC's 2017 complaint against Homex and against de Nicol\u00e1s, Moctezuma, Lafarga and "
 "Corrales, Homex's own 2017 settlement and the 2021 default judgments are one matter (the Holland & Hart piece and "
 "the documentcloud complaint that GATHERING.md names as 'another matter' beside a TV Azteca round are this "
 "matter's 2017 papers, never taken). " + CHECK + "'Homex', 'Desarrolladora', 'Lafarga', 'de Nicol', 'Corrales' "
 "with 'Noe', '34-93136', '3-20601', '17-cv-02086': 0 in the corpus files, the scripts and the pools except 'Homex' "
 "in batch 51w's notes and its TV Azteca file's notes (another matter: a news piece met and left); 'Moctezuma' only as "
 "other people (FEMSA, Grupo Modelo files).",
 True)))

# ---- Surgalign Holdings, Inc. (RTI Surgical) / Hutchison, Jordheim, Litigation Release No. 25463, 2022-08-03 --------
U2 = "https://www.sec.gov/litigation/litreleases/2022/lr25463.htm"
T2 = ("SEC Charges Surgical Implant Manufacturer Surgalign and Former Senior Executives with Accounting and Disclosure "
      "Fraud")
P2 = [
 "The Securities and Exchange Commission today charged Surgalign Holdings, Inc., formerly RTI Surgical Holdings, Inc., "
 "and former executives Brian Hutchison and Robert Jordheim for masking disappointing sales numbers by shipping future "
 "orders ahead of schedule to accelerate, or \"pull forward,\" revenue and then failing to disclose this practice to "
 "investors. In June 2020, RTI restated its public financial statements from 2014 through 2019 to correct errors "
 "caused by this practice.",
 "As alleged by the SEC, RTI's reliance on pull-forwards cannibalized future revenue streams and damaged important "
 "customer relationships while the company reassured investors it was meeting revenue guidance. The SEC further "
 "alleged that RTI sometimes shipped orders early without customer approval and recognized revenue for those "
 "shipments prematurely, in violation of generally accepted accounting principles (GAAP), and that RTI's former CEO, "
 "Hutchison, and former CFO, Jordheim, permitted RTI to recognize revenue for such shipments.",
 "The SEC's complaint against Hutchison, filed in federal district court in Washington, DC, charges him with "
 "violating the antifraud provisions of Section 17(a) of the Securities Act of 1933 and Section 10(b) of the "
 "Securities Exchange Act of 1934 and Rule 10b-5 thereunder. The complaint also charges him with violating Exchange "
 "Act Section 13(b)(5) and Rules 13a-14, 13b2-1, and 13b2-2 thereunder, and Sarbanes-Oxley Act Section 304, and with "
 "aiding and abetting RTI's violations of Securities Act Sections 17(a)(2) and (3) and Exchange Act Sections 13(a), "
 "13(b)(2)(A), and 13(b)(2)(B), and Rules 12b-20, 13a-1, 13a-11, and 13a-13 thereunder."]
R.append((["lr25463.txt"], T2, P2, federal(
 "us-sec-surgalign-rti-surgical-former-ceo-hutchison-former-cfo-jordheim-revenue-pull-forwards-2022",
 U2, "2022-08-03", T2, "\n\n".join(P2),
 "medical devices/securities regulation", "legal,regulatory,accounting fraud,executives,financial reporting",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25463, '" + T2 + "', August 3, 2022 (Accounting "
 "and Auditing Enforcement No. 4319; Securities and Exchange Commission v. Brian K. Hutchison, No. 1:22-cv-02296 "
 "(D.D.C. filed Aug. 3, 2022)), US federal government work (public domain); text from the search tool's page store "
 "at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/"
 "litreleases/2022/lr25463.htm'): first-party text. Left out: 'Litigation Release No. 25463 / August 3, 2022' (the "
 "date kept as `published`), 'Accounting and Auditing Enforcement No. 4319 / August 3, 2022' and the caption "
 "'Securities and Exchange Commission v. Brian K. Hutchison, No. 1:22-cv-02296 (D.D.C. filed Aug. 3, 2022)'. The "
 "heading, which the store gives first, is `title`, as written. Cut inside the third paragraph after its last whole "
 "sentence ('... Rules 12b-20, 13a-1, 13a-11, and 13a-13 thereunder.'), before the word the store's excerpt breaks "
 "off ('T') (`truncated`); the third paragraph is kept so that the text reaches 150 words. Kept as written: "
 "'\"pull forward,\"' with its plain quotation marks and comma inside, 'pull-forwards', 'Washington, DC' without "
 "points, 'Sarbanes-Oxley Act Section 304'. 240 words (whitespace-split), three paragraphs. Found at rank 1 under "
 "'SEC Charges Surgical Implant Company RTI Surgical Holdings former CEO Camille Farhat former CFO Robert Jordheim "
 "accounting disclosure fraud' (the CEO's name in the query was wrong; the store's rank 1 is the release itself), "
 "after a medical-device query met the matter in natlawreview's and norrismclaughlin's copies of one blog post; ranks "
 "2-8 were news and blog copies (medtechdive, compliancechief360, hedgeco, cpapracticeadvisor, norrismclaughlin, "
 "natlawreview). One text per matter: this release, the SEC's complaint against Hutchison, the settled orders against "
 "Surgalign and Jordheim and any later judgment against Hutchison are one matter. " + CHECK + "'Surgalign', 'RTI "
 "Surgical', 'Jordheim', '25463', '22-cv-02296', 'pull-forward': 0 in the corpus files, the scripts, the pools and "
 "GATHERING.md; 'Hutchison' only as other people and companies (Hutchison Whampoa, Vodafone Hutchison, CK "
 "Hutchison).",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces (the
    saved file's two header lines, its address and the query that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
