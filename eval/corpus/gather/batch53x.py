#!/usr/bin/env python3
"""Batch 53x (session 54, gatherer 53x): three SEC texts of 2023 and 2025 on companies and the people who run or work
for them -- the Commission's charges of 7 March 2025 against George Demos, 'a former Vice President of Drug Safety and
Pharmacovigilance at Acadia Pharmaceuticals Inc.', for insider trading ahead of Acadia's March 8, 2021 announcement of
the FDA's negative news on its supplemental new drug application (Litigation Release No. 26262, 10 March 2025); the
settled charges against 'New Orleans-based audit firm Luther Speight & Company, LLC ("LSC") and its principal Luther
C. Speight, III' over the audit of 'a Louisiana-based school board' whose report backed a $120 million bond sale
(Litigation Release No. 25870, 29 September 2023); and the AP Summary of 17 January 2025 (File No. 3-22425, release
33-11356) on the fraud charges against American Electric Power Company, Inc. over its July 2020 press release on
'Empowering Ohio's Economy, Inc.', 'an Ohio-based 501(c)(4) non-profit organization' -- US federal government works
(17 U.S.C. 105), a session-54 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i and 53q), on new matters.
Speight came up under 53q's lead ('Speight & Company', from the secactions digest of the week of 2 October 2023); Demos
under a query naming him and Acadia (names from a 2025 insider-trading digest in the store); AEP under a generic 2025
AP Summary query. 53q's other leads (Dow Rockwell LLC, GEL Direct Trust, the Lifeway Foods and Grupo Simec ICFR orders
of 2019) gave no SEC text in the store (court opinions, dockets, EDGAR filings and third-party copies only); see
/work/notes/gather54/53x.md. Every name, release number and docket was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather54 and the session-54 pools:
  - SEC Litigation Release No. 26262 (March 10, 2025), Securities and Exchange Commission v. George N. Demos, Case No.
    3:25-cv-00539 (S.D. Cal. filed Mar. 7, 2025) (sec.gov 'enforcement-litigation/litigation-releases/lr-26262');
  - SEC Litigation Release No. 25870 (September 29, 2023), Securities and Exchange Commission v. Luther C. Speight, III
    and Luther Speight & Company, LLC, No. 1:23-cv-4384-AT (N.D. GA. filed Sept. 27, 2023) (stored under a
    newsfilecorp.com redirect address, 'api.newsfilecorp.com/redirect/85qPKUeobp': the release's own text, no
    newsfile wording or chrome; no sec.gov address for it came back);
  - SEC AP Summary 'SEC Charges American Electric Power Company with Making Fraudulent Disclosures', January 17, 2025
    (sec.gov 'enforcement-litigation/administrative-proceedings/33-11356-s').
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes as saved). The heading line is the
`title`; left out: the litigation releases' page line (Demos's 'George N. Demos'), agency line 'U.S. SECURITIES AND
EXCHANGE COMMISSION', release line (its date kept as `published`) and caption (kept in the attribution); the AP
Summary's 'ADMINISTRATIVE PROCEEDING' and 'File No. 3-22425' (attribution) and its dateline 'January 17, 2025 – '
before the first sentence (the date kept as `published`, as 53q cut Allarity's). Cut at the last full sentence
before the store's excerpt breaks off (all three `truncated`): Demos after '... Rule 10b-5 thereunder.', Speight
after '... Securities Act of 1933.', AEP after '... Rules 12b-20 and 13a-1 thereunder.' (before the staff sentence
'The SEC's investigation was conducted by Natalie Garner and Justin Delfino of the Public Finance Abuse Unit, Keith
Constance of the SEC's Chicago Regional Office, and', which breaks off). No word added or changed; paragraphs joined
by a blank line (the Demos and AEP store copies break paragraphs with single newlines). Each kept paragraph and title
checked by script to be a verbatim substring of the saved excerpt (/tmp/gather54x/src). Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch53x.py [POOL_DIR] [--dry]   (default /tmp/gather54x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54w when checked: none held a "
         "file on this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54x/pool"
SRC = "/tmp/gather54x/src"
NEWSFILE_ORIGIN = "US SEC release via a newsfilecorp.com redirect address (search tool page store)"
R = []

# ---- George Demos / Acadia Pharmaceuticals, Litigation Release No. 26262 of 10 March 2025 --------------------------
U1 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-26262"
T1 = "SEC Charges Former Biopharmaceutical Company Vice President with Insider Trading"
CAPTION1 = ("Securities and Exchange Commission v. George N. Demos, Case No. 3:25-cv-00539 (S.D. Cal. filed Mar. 7, "
            "2025)")
P1 = [
 "On March 7, 2025, the Securities and Exchange Commission filed charges against George Demos, a former Vice President "
 "of Drug Safety and Pharmacovigilance at Acadia Pharmaceuticals Inc., for insider trading in advance of Acadia\u2019s "
 "March 8, 2021 announcement of negative news from the FDA regarding Acadia\u2019s supplemental new drug application "
 "to approve its Parkinson\u2019s disease psychosis drug to treat an additional psychosis.",
 "According to the complaint, in July 2020, the FDA accepted Acadia\u2019s application and told Acadia that, if no "
 "major deficiencies were identified, the FDA planned to communicate proposed labeling by March 3, 2021. The complaint "
 "alleges that the FDA instead notified Acadia on March 3, 2021, that proposed labeling would not be forthcoming due "
 "to deficiencies in the application. The complaint alleges that on the morning of March 8, 2021 Demos, based on "
 "material nonpublic information he had learned that made him increasingly confident that the FDA was not going to "
 "communicate labeling information, exercised nearly all of his vested Acadia stock options and immediately sold his "
 "shares. Later, after the close of trading on March 8, 2021, Acadia allegedly announced the FDA\u2019s March 3 "
 "communication, and the following day its share price closed about 45 percent lower than the closing price on March "
 "8. The SEC alleges Demos avoided losses of about $1.3 million.",
 "The SEC's complaint charges Demos with violating Section 17(a) of the Securities Act of 1933, and Section 10(b) of "
 "the Securities Exchange Act of 1934 and Rule 10b-5 thereunder."]
R.append((["demos-lr26262.txt"], T1, P1, federal(
 "us-sec-acadia-pharmaceuticals-former-vice-president-demos-insider-trading-fda-labeling-2025", U1,
 "2025-03-10", T1, "\n\n".join(P1),
 "pharmaceuticals/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26262 / March 10, 2025, '" + T1 + "', " + CAPTION1
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading is the `title`. Left out: the page line 'George N. Demos', 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 26262 / March 10, 2025' (its date kept as `published`) and the caption "
 "'" + CAPTION1 + "' (kept in the attribution). Cut after the third paragraph's first sentence ('... Rule 10b-5 "
 "thereunder.'), before 'Without denying the allegations in the SEC's complaint, Demos has consented to entry of a "
 "judgment permanently enjoining him from viola', where the store's excerpt breaks off (`truncated`). Kept as written: "
 "'Vice President of Drug Safety and Pharmacovigilance' capitalised, 'the FDA' never spelt out, 'March 8, 2021 "
 "Demos' without a comma, 'the FDA\u2019s March 3 communication' and 'on March 8' without a year, the curly "
 "apostrophes of \"Acadia\u2019s\", \"Parkinson\u2019s\" and \"FDA\u2019s\" beside the straight ones of \"The SEC's "
 "complaint\" (as the store gives them). 246 words (whitespace-split), three paragraphs. Found with 'George Demos "
 "Acadia Pharmaceuticals Vice President Drug Safety insider trading SEC litigation release' (rank 2; the excerpt saved "
 "as /tmp/gather54x/src/demos-lr26262.txt). One text per matter: the US Attorney's release on his guilty plea "
 "(justice.gov usao-sdca, same conduct), news (legalnewsline, sandiegopost, 10news, thefederalnewswire), willkie's "
 "and securitiesfrauddefense's summaries and a newyorkstatepoliticalpost digest are not taken. "
 + CHECK + "'Acadia Pharmaceuticals', 'George Demos', 'George N. Demos', 'Pharmacovigilance', 'Pimavanserin', "
 "'Nuplazid', '26262', '25-cv-00539': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; "
 "'Acadia' only as 'Acadian Seaplants' (an Oireachtas file) and 'Demos' only as 'Demos Helsinki' and in other "
 "matters' files.",
 True)))

# ---- Luther Speight & Company / Luther C. Speight, III, Litigation Release No. 25870 of 29 September 2023 -----------
U2 = "https://api.newsfilecorp.com/redirect/85qPKUeobp"
T2 = "SEC Files Settled Fraud Charges Against New Orleans-Based Auditor and Its Principal"
CAPTION2 = ("Securities and Exchange Commission v. Luther C. Speight, III and Luther Speight & Company, LLC, No. "
            "1:23-cv-4384-AT (N.D. GA. filed Sept. 27, 2023)")
P2 = [
 "The Securities and Exchange Commission announced settled charges against New Orleans-based audit firm Luther "
 "Speight & Company, LLC (\u201cLSC\u201d) and its principal Luther C. Speight, III.",
 "According to the SEC\u2019s complaint, filed in the U.S. District Court for the Northern District of Georgia, LSC and "
 "Speight were hired in June 2019 by a Louisiana-based school board (\u201cSchool Board\u201d) to perform an audit of "
 "the School Board\u2019s fiscal year 2019 financial statements. The SEC alleged that, on January 2, 2020, LSC, "
 "through Speight, issued an auditor\u2019s report stating that it had conducted the audit of the School Board\u2019s "
 "fiscal year 2019 financial statements in accordance with Generally Accepted Audit Standards (\u201cGAAS\u201d). "
 "According to the SEC\u2019s allegations, this statement was false, as Speight and LSC did not comply with GAAS in "
 "many important and material respects, and the School Board\u2019s financial statements also contained various "
 "errors that had to be corrected. The SEC alleged that Speight and LSC knew, or should have known, that the School "
 "Board would use the auditor\u2019s report to sell bonds to investors. The SEC further alleged that the School Board "
 "unknowingly used LSC\u2019s auditor\u2019s report, with the false statement, to sell $120 million of bonds to an "
 "investor in March 2020.",
 "Without admitting or denying the allegations, LSC and Speight agreed to be permanently enjoined from future "
 "violations of Sections 17(a)(2) and 17(a)(3) of the Securities Act of 1933."]
R.append((["speight-lr25870.txt"], T2, P2, federal(
 "us-sec-new-orleans-auditor-luther-speight-company-principal-school-board-audit-settled-fraud-2023", U2,
 "2023-09-29", T2, "\n\n".join(P2),
 "auditing/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25870 / September 29, 2023, '" + T2 + "', "
 + CAPTION2 + ", US federal government work (public domain); the release's text as the search tool's page store holds "
 "it under the newsfilecorp.com redirect address " + U2,
 NEWSFILE_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) stored under a newsfilecorp.com redirect address (a "
 "link Newsfile's pages use to point at the release): the stored text is the release alone, from the agency line "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION' on, with no Newsfile wording, so it is the SEC's text whatever the host "
 "(**doubtful** only as to the address: no sec.gov address for LR 25870 came back under three queries; the lane "
 "takes first-party pages where it can, and public-domain federal texts as mirrors give them where it cannot, as "
 "41e's proxy-prefixed sec.gov page and 16i's FTC releases on marketswired). The heading is the `title`. Left out: "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 25870 / September 29, 2023' (its date kept as "
 "`published`) and the caption '" + CAPTION2 + "' (kept in the attribution). Cut after the third paragraph's first "
 "sentence ('... Securities Act of 1933.'), before 'Speight also agreed to a conduct-based injunction which would "
 "prevent him from serving as the engagement manager, engagement partner, or engagement quality reviewer in "
 "connection', where the store's excerpt breaks off (`truncated`). Kept as written: 'New Orleans-based', "
 "'Louisiana-based', 'Generally Accepted Audit Standards' (sic, for 'Auditing'), 'fiscal year 2019' twice, the curly "
 "marks throughout as the store gives them. 232 words (whitespace-split), three paragraphs. Found with 'Speight & "
 "Company SEC charges' (rank 1; again rank 1 under two more queries; the excerpt saved as /tmp/gather54x/src/"
 "speight-lr25870.txt), 53q's lead. One text per matter: the follow-on settled Rule 102(e) order of 23 October 2023 "
 "(kslaw's summary), the Sherman & Howard (jdsupra) and natlawreview pieces and the secactions and nutter digests "
 "are not taken. "
 + CHECK + "'Luther Speight', 'Luther C. Speight', 'Speight & Company', '25870', '23-cv-4384', '23-cv-04384': 0 in the "
 "corpus files, the gather scripts and the pools; 'Speight' in GATHERING.md only as 53q's lead and as Cecil Franklin "
 "Speight of International Stock Transfer (another matter, another man).",
 True)))

# ---- American Electric Power / Empowering Ohio's Economy, AP Summary of 17 January 2025 (File No. 3-22425) ---------
U3 = "https://www.sec.gov/enforcement-litigation/administrative-proceedings/33-11356-s"
T3 = "SEC Charges American Electric Power Company with Making Fraudulent Disclosures"
P3 = [
 "The Securities and Exchange Commission today charged American Electric Power Company, Inc. (\u201cAEP\u201d) with "
 "fraud in connection with statements it made in a press release regarding AEP\u2019s relationship with a related "
 "party and payments made to entities associated with politicians. AEP agreed to settle the charges and pay a civil "
 "penalty of $19 million.",
 "According to the SEC\u2019s order against AEP, in a July 2020 press release, AEP made misleading statements "
 "regarding its connection to Empowering Ohio\u2019s Economy, Inc. (\u201cEmpowering Ohio\u201d), an Ohio-based "
 "501(c)(4) non-profit organization. Specifically, the Commission found that AEP\u2019s statements in the press "
 "release created the impression that AEP had not made payments to certain 501(c)(4) organizations associated with "
 "politicians and that AEP contributed to Empowering Ohio to further Empowering Ohio\u2019s mission. In reality, "
 "according to the order, AEP was Empowering Ohio\u2019s sole source of funding and AEP employees directed Empowering "
 "Ohio\u2019s contributions totaling $1.2 million to 501(c)(4) organizations associated with politicians. "
 "Additionally, the Commission found that AEP failed to disclose material related party transactions with respect to "
 "payments AEP made to Empowering Ohio. The order also finds that AEP violated the books and records and internal "
 "accounting controls provisions of the federal securities laws.",
 "AEP consented, without admitting or denying the findings, to a cease-and-desist order finding that it violated "
 "Section 17(a)(2) of the Securities Act. The order also finds that AEP violated Sections 13(a), 13(b)(2)(A), and "
 "13(b)(2)(B) of the Exchange Act and Rules 12b-20 and 13a-1 thereunder."]
R.append((["aep-ap-33-11356.txt"], T3, P3, federal(
 "us-sec-american-electric-power-empowering-ohio-related-party-fraudulent-disclosures-2025", U3,
 "2025-01-17", T3, "\n\n".join(P3),
 "utilities/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, AP Summary '" + T3 + "', January 17, 2025, Administrative Proceeding File "
 "No. 3-22425 (release 33-11356), US federal government work (public domain); text of the sec.gov page from the "
 "search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it: "
 "first-party text, no third-party copy (41m's and 53q's 'AP Summary' form). The heading is the `title`. Left out: "
 "'ADMINISTRATIVE PROCEEDING' and 'File No. 3-22425' (in the attribution) and the dateline 'January 17, 2025 \u2013 ' "
 "opening the first paragraph (its date = `published`, as 53q cut Allarity's). Cut after the third paragraph ('... "
 "Rules 12b-20 and 13a-1 thereunder.'), before the staff sentence 'The SEC\u2019s investigation was conducted by "
 "Natalie Garner and Justin Delfino of the Public Finance Abuse Unit, Keith Constance of the SEC\u2019s Chicago "
 "Regional Office, and', where the store's excerpt breaks off (`truncated`; the staff named there are therefore not "
 "in the text). Kept as written: 'American Electric Power Company, Inc.' beside the heading's 'American Electric "
 "Power Company', '501(c)(4)' three times, 'non-profit', 'related party transactions' without a hyphen, the curly "
 "marks as the store gives them. 242 words (whitespace-split), three paragraphs. The summary names no AEP officer "
 "(only 'AEP employees'). Found with 'AP Summary SEC charges company and its chief executive officer wholly owned "
 "subsidiary 2025' (rank 6; the excerpt saved as /tmp/gather54x/src/aep-ap-33-11356.txt). One text per matter: "
 "cooleypubco's pieces on the order are not taken. The corpus holds AEP only on other matters (the CFTC's 2003 "
 "natural-gas reporting complaint against AEP Energy Services, batch 50a; a Wikinews coal story): another matter, "
 "so not a repeat. "
 + CHECK + "'Empowering Ohio', '33-11356', '3-22425', 'Public Finance Abuse': 0 in the corpus files, GATHERING.md, "
 "the gather scripts and the pools; 'American Electric Power' only in the two files on other matters named above.",
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
