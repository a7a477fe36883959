#!/usr/bin/env python3
"""Batch 53q (session 54, gatherer 53q): two SEC texts on sec.gov about companies and the people who run them -- the
Commission's case page of 1 November 2022 (Fair Fund notice) on SEC v. Westport Capital Markets, LLC, et al., No.
3:17-cv-2064-JAM (D. Conn.): the December 2017 complaint against the dually registered investment adviser and
broker-dealer Westport Capital Markets, LLC and 'Westport's principal, Christopher E. McClure' over undisclosed
mark-ups and 12b-1 fees; and the AP Summary of 12 March 2025 (administrative proceeding File No. 3-22462, release
33-11367) on the settled charges against 'Massachusetts-based biopharmaceutical company Allarity Therapeutics, Inc.'
for hiding the Food and Drug Administration's February 2020 critique of dovitinib, 'Allarity's flagship cancer drug
candidate', with the four staff members 'of the Boston Regional Office' named -- US federal government works (17
U.S.C. 105), a session-54 round in the federal SEC lane (after 48a ... 52ze, 53d and 53i), on new matters. Both came up
under queries naming the company (and, for Westport, its owner), names taken from secondary pages in the store
(casetext's and studicata's opinions on Westport; the precisionmedicineonline/biospace Wells-notice pieces on
Allarity); see /work/notes/gather54/53q.md. Every name, number and docket was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-54 pools:
  - sec.gov 'divisions/enforce/claims/westport.htm' (stored without 'www.'), heading 'SEC v. Westport Capital Markets,
    LLC, et al. Case No. 3:17-cv-2064-JAM (D. Conn.)', dated Nov. 1, 2022;
  - sec.gov 'enforcement-litigation/administrative-proceedings/33-11367-s', AP Summary 'Biopharmaceutical Company
    Settles Charges for Disclosure Failures', March 12, 2025.
The text is the search tool's page-store excerpt (corpus `pages`). The heading line is the `title`; left out: 'Skip to
main content' / 'AP Summary', the date line (kept as `published`), 'ADMINISTRATIVE PROCEEDING' and 'File No. 3-22462'
(in the attribution), the AP Summary's dateline 'March 12, 2025 - ' before its first sentence (its date kept as
`published`, as the lane cuts press-release datelines) and its page footer 'Last Reviewed or Update' (chrome, where
the excerpt breaks off: the summary's body is whole, so `truncated` false). Westport: cut after the first paragraph
('... See the Complaint.', the page's own sentence pointing to the complaint, kept as written), before the second ('On
July 6, 2021, the Court entered final judgments against the Defendants (collectively, the "Fi'), where the store's
excerpt breaks off (`truncated` true). No word added or changed; paragraphs joined by a blank line. Each kept paragraph
and title checked by script to be a verbatim substring of the saved excerpt (/tmp/gather54q/src). Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch53q.py [POOL_DIR] [--dry]   (default /tmp/gather54q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-54 pools /tmp/gather54*/pool (54a-54n when checked: none held a file on "
         "this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54q/pool"
SRC = "/tmp/gather54q/src"
R = []

# ---- Westport Capital Markets / Christopher E. McClure, sec.gov case page of 1 November 2022 ----------------------
U1 = "https://sec.gov/divisions/enforce/claims/westport.htm"
T1 = "SEC v. Westport Capital Markets, LLC, et al. Case No. 3:17-cv-2064-JAM (D. Conn.)"
P1 = [
 "On December 11, 2017, the Commission filed a complaint against Westport Capital Markets, LLC (\u201cWestport\u201d) and "
 "Christopher E. McClure (\u201cMcClure,\u201d and collectively with Westport, the \u201cDefendants\u201d). The Commission "
 "alleged that that Westport, a dually registered investment adviser and broker-dealer, and Westport's principal, "
 "Christopher E. McClure, repeatedly invested advisory clients' funds in risky securities that generated hundreds of "
 "thousands of dollars in undisclosed mark-ups for Westport and resulted in more than $1 million in losses for "
 "clients. According to the complaint, Westport for several years purchased securities from underwriters at a "
 "discount to the public offering price and then, acting as a principal for its own account, re-sold those same "
 "securities to its advisory clients at higher prices without disclosing the mark-up. Westport and McClure sometimes "
 "held the securities in client accounts for only a short period before re-selling the securities and then investing "
 "client funds in another offering with a mark-up. The Commission further alleged that Westport and McClure made "
 "false and misleading representations to clients regarding the compensation that Westport would receive from their "
 "accounts, and that Westport and McClure defrauded a client by acting contrary to the client's express objectives. "
 "In addition, the Commission alleged that Westport, in its capacity as a broker-dealer, received undisclosed mutual "
 "fund distribution fees, known as 12b-1 fees, when Westport and McClure invested advisory clients in certain mutual "
 "fund share classes. The complaint alleged that Westport's advisory clients paid approximately $780,000 in "
 "undisclosed mark-ups and fees on top of the advisory fees they paid the firm. See the Complaint."]
R.append((["westport-claims.txt"], T1, P1, federal(
 "us-sec-westport-capital-markets-principal-mcclure-undisclosed-mark-ups-12b-1-fees-complaint-2022", U1,
 "2022-11-01", T1, "\n\n".join(P1),
 "investment advisers/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, case page 'SEC v. Westport Capital Markets, LLC, et al. Case No. "
 "3:17-cv-2064-JAM (D. Conn.)', Nov. 1, 2022, US federal government work (public domain); text of the sec.gov page "
 "from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "The Commission's own case page for the Westport matter (a US federal work, public domain) as sec.gov carries it under "
 "'divisions/enforce/claims' (the pages that announce a Fair Fund's distribution; this one opens with a paragraph "
 "telling the complaint, which is the text kept): first-party text, no third-party copy. The heading is the `title`. "
 "Left out: the page line 'Skip to main content' and the date line 'Nov. 1, 2022' (kept as `published`). Cut after "
 "the first paragraph ('... See the Complaint.'), before 'On July 6, 2021, the Court entered final judgments against "
 "the Defendants (collectively, the \u201cFi', where the store's excerpt breaks off (`truncated`). Kept as written: the "
 "doubled 'that that Westport', 'See the Complaint.' (the page's pointer to the complaint, a sentence of the page), "
 "the curly marks around \u201cWestport\u201d, \u201cMcClure,\u201d and \u201cDefendants\u201d beside the straight "
 "apostrophes of \"Westport's\" and \"clients'\" (as the store gives them), 'mark-ups' and 'mark-up', 're-sold', "
 "'12b-1 fees'. 256 words (whitespace-split), one paragraph. Found with 'Westport Capital Markets Christopher McClure "
 "SEC litigation release jury verdict investment adviser' (rank 2; again rank 6 under a second query; the excerpt "
 "saved as /tmp/gather54q/src/westport-claims.txt). The lane's earlier calls left Fair Fund pages that are only "
 "distribution notices (Kraft Heinz khc.htm, Super Micro, Millennium Partners); this one tells the complaint in full "
 "sentences with the owner's post, and no litigation release or press release on the matter came back from the "
 "store. One text per matter: the court's opinions (casetext, justia, vlex, studicata), fa-mag, brattle and law360 "
 "pages on the same case are not taken. "
 + CHECK + "'Westport Capital', 'McClure', '17-cv-2064', '17-cv-02064', 'westport.htm': 0 in the corpus files, "
 "GATHERING.md, the gather scripts, /work/notes and the pools.",
 True)))

# ---- Allarity Therapeutics, AP Summary of 12 March 2025 (File No. 3-22462) ----------------------------------------
U2 = "https://www.sec.gov/enforcement-litigation/administrative-proceedings/33-11367-s"
T2 = "Biopharmaceutical Company Settles Charges for Disclosure Failures"
P2 = [
 "The Securities and Exchange Commission today announced settled charges against Massachusetts-based "
 "biopharmaceutical company Allarity Therapeutics, Inc. for disclosure failures through the conduct of certain former "
 "officers that concealed from the public a harsh critique levied by the Food and Drug Administration (FDA) in "
 "February 2020 about the likelihood that dovitinib, Allarity's flagship cancer drug candidate, would be approved by "
 "the FDA. Allarity has agreed to pay $2.5 million to settle the charges.",
 "According to the SEC's order, Allarity learned in February 2020 that the FDA recommended against Allarity seeking "
 "approval for dovitinib because Allarity's data was insufficient and instead recommended Allarity conduct a new "
 "Phase III clinical trial, which it had no intention of doing. The SEC's order states that Allarity did not disclose "
 "this information to investors, and instead made false and misleading claims to investors about dovitinib's "
 "efficacy and the likelihood that dovitinib would be approved by the FDA while continuing to raise money from "
 "investors to stay afloat. According to the order, these claims appeared in several documents that were filed with "
 "the SEC or posted on Allarity's website.",
 "The SEC's order finds that Allarity violated Sections 17(a)(2) and 17(a)(3) of the Securities Act of 1933, Section "
 "13(a) of the Securities Exchange Act of 1934 and Rule 13a-11 thereunder. Without admitting or denying the order's "
 "findings, Allarity has consented to the entry of an order in which it agreed to cease and desist from committing or "
 "causing any violations and any future violations of these provisions of the federal securities laws and pay a $2.5 "
 "million penalty.",
 "The SEC's case is being handled by Dawn Edick, David Fox, Susan Cooke and Amy Gwiazda of the Boston Regional "
 "Office."]
R.append((["allarity-ap-33-11367.txt"], T2, P2, federal(
 "us-sec-allarity-therapeutics-dovitinib-fda-critique-disclosure-failures-boston-regional-office-2025", U2,
 "2025-03-12", T2, "\n\n".join(P2),
 "pharmaceuticals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, AP Summary '" + T2 + "', March 12, 2025, Administrative Proceeding File No. "
 "3-22462 (release 33-11367), US federal government work (public domain); text of the sec.gov page from the search "
 "tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it: "
 "first-party text, no third-party copy (41m's 'AP Summary' form). The heading is the `title`. Left out: the page "
 "line 'AP Summary', the date line 'March 12, 2025' (kept as `published`), 'ADMINISTRATIVE PROCEEDING' and 'File No. "
 "3-22462' (in the attribution), the dateline 'March 12, 2025 - ' opening the first paragraph (its date = "
 "`published`), and the footer 'Last Reviewed or Update', where the store's excerpt breaks off (page chrome after the "
 "summary's last sentence: the body is whole, `truncated` false). Kept as written: 'Massachusetts-based', 'Allarity "
 "Therapeutics, Inc.' beside 'Allarity', 'the Food and Drug Administration (FDA)', 'dovitinib' in lower case, 'Phase "
 "III', the straight apostrophes of \"Allarity's\", \"the SEC's\" and \"the order's\" as the store gives them. 281 "
 "words (whitespace-split), four paragraphs. The summary names no officer (only 'certain former officers'); the "
 "people it names are the four SEC staff members on the case. Found with 'SEC charges former Allarity Therapeutics "
 "executives concealing FDA feedback dovitinib' (rank 1; the excerpt saved as /tmp/gather54q/src/"
 "allarity-ap-33-11367.txt); a second query for the officers' litigation release ('litigation release Allarity "
 "former CEO former CFO complaint dovitinib FDA Boston Regional Office 2025') gave no sec.gov page. One text per "
 "matter: the officers' case (not in the store as a sec.gov page), the Wells-notice pieces (precisionmedicineonline, "
 "biospace, fiercebiotech, talk.bio, jeffnewmanlaw), class-action notices (rosenlegal, dicellolevitt, pomerantz "
 "copies, menafn) and 8-K summaries (moomoo, futunn) are not taken. "
 + CHECK + "'Allarity', 'dovitinib', 'Gwiazda', 'Susan Cooke', '3-22462', '33-11367': 0 in the corpus files, "
 "GATHERING.md, the gather scripts, /work/notes and the pools; 'Edick' only inside binary model files under "
 "/work/notes (newskg builds' vocabularies).",
 False)))


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
