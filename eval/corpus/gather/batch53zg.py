#!/usr/bin/env python3
"""Batch 53zg (session 54, gatherer 53zg): two SEC litigation releases of 2024 on listed companies and the officers
who ran them -- the Commission's settled charges of 30 September 2024 against James R. Craigie, 'a former CEO,
Chairman, and board member of Church & Dwight Co. Inc.', for standing for election as an independent director without
telling the board of his close friendship with 'a high-ranking Church & Dwight executive' (Litigation Release No.
26145, 30 September 2024); and its charges against Silvergate Capital Corporation, 'its former CEO Alan Lane', 'former
Chief Risk Officer (CRO) Kathleen Fraher' and 'its former Chief Financial Officer, Antonio Martino', over statements on
the BSA/AML monitoring of crypto customers, FTX among them, by 'Silvergate's wholly owned subsidiary, Silvergate Bank'
(Litigation Release No. 26044, 2 July 2024) -- US federal government works (17 U.S.C. 105), a session-54 round in the
federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q and 53x), on new matters. Craigie came up under 53x's lead (Church
& Dwight / James R. Craigie, 0 corpus hits); Silvergate under a query naming the company and its three officers. Both
found with queries that name the person and the company (53x's lead for litigation releases); see
/work/notes/gather54/53zg.md. Every name, release number and docket was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather54 and the session-54 pools:
  - SEC Litigation Release No. 26145 (September 30, 2024), Securities and Exchange Commission v. James R. Craigie, No.
    1:24-cv-07382 (SDNY filed Sept. 30, 2024) (sec.gov 'enforcement-litigation/litigation-releases/lr-26145');
  - SEC Litigation Release No. 26044 (July 2, 2024), Securities and Exchange Commission v. Silvergate Capital
    Corporation et al., No. 1:24-cv-04987 (S.D.N.Y. July 1, 2024) (stored under a publicnow.com address, a
    distributor's copy of the release: its header lines are left out, the release's own text kept; no sec.gov
    address for it came back under two queries).
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes as saved). The release heading is the
`title`; left out: Craigie's page line 'James R. Craigie', the agency line 'U.S. SECURITIES AND EXCHANGE COMMISSION',
the release line (its date kept as `published`), the caption (kept in the attribution) and the sub-heading under the
title; Silvergate's publicnow header ('Results', 'SEC - The United States Securities and Exchange Commission', the
distribution line, 'Litigation Releases (Silvergate Capital Corporation, Alan J. Lane, Kathleen Fraher, and Antonio
Martino)') before the same release lines. Cut at the last full sentence before the store's excerpt breaks off (both
`truncated`): Craigie after '... identified Craigie as an independent director.' (before 'Craigie ultimately ser'),
Silvergate after '... the Silvergate Exchange Network.' (before "The SEC's complaint also alleges that Silvergate and
Martino misrepresented the company's bleak financial conditi"). No word added or changed; paragraphs joined by a
blank line (the Craigie store copy breaks paragraphs with single newlines). Each kept paragraph and title checked by
script to be a verbatim substring of the saved excerpt (/tmp/gather54zg/src). Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch53zg.py [POOL_DIR] [--dry]   (default /tmp/gather54zg/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (none held a file on this "
         "matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zg/pool"
SRC = "/tmp/gather54zg/src"
PUBLICNOW_ORIGIN = "US SEC release via publicnow.com (search tool page store)"
R = []

# ---- James R. Craigie / Church & Dwight, Litigation Release No. 26145 of 30 September 2024 ---------------------------
U1 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-26145"
T1 = ("SEC Charges Independent Director and Ex-CEO of Church & Dwight With Concealing Close Friendship with Company "
      "Executive")
SUB1 = "Defendant spent more than $100,000 on executive\u2019s travel expenses"
CAPTION1 = "Securities and Exchange Commission v. James R. Craigie, No. 1:24-cv-07382 (SDNY filed Sept. 30, 2024)"
P1 = [
 "The Securities and Exchange Commission today announced settled charges against James R. Craigie, a former CEO, "
 "Chairman, and board member of Church & Dwight Co. Inc., for violating proxy disclosure rules by standing for "
 "election as an independent director without informing the board of his close personal friendship with a "
 "high-ranking Church & Dwight executive thereby causing Church & Dwight\u2019s proxy statements to contain materially "
 "misleading statements. Without admitting or denying the SEC\u2019s allegations, Craigie agreed to resolve the SEC\u2019s "
 "charges. If the settlement is approved, Craigie will be subject to a five-year officer-and-director bar.",
 "The SEC\u2019s complaint, filed in U.S. District Court for the Southern District of New York, alleges that, between "
 "January 2020 and March 2023, Craigie maintained a close personal relationship with a member of Church & Dwight\u2019s "
 "executive team. Among other things, Craigie frequently vacationed with the executive and the executive\u2019s spouse, "
 "including six trips that spanned eight countries on five continents. Craigie paid more than $100,000 for them to "
 "join Craigie and his spouse on several of these international vacations. According to the SEC\u2019s complaint, "
 "Craigie never disclosed his relationship with the executive to Church & Dwight and he allegedly encouraged the "
 "executive to conceal the relationship as well. As a result, the company\u2019s board was unaware of Craigie\u2019s "
 "personal relationship with the executive, and the company\u2019s proxy statements subsequently identified Craigie as "
 "an independent director."]
R.append((["craigie-lr26145.txt"], T1, P1, federal(
 "us-sec-church-dwight-former-ceo-chairman-craigie-independent-director-undisclosed-friendship-proxy-2024", U1,
 "2024-09-30", T1, "\n\n".join(P1),
 "consumer goods/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26145 / September 30, 2024, '" + T1 + "', "
 + CAPTION1 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page "
 "store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading is the `title`. Left out: the page line 'James R. Craigie', 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 26145 / September 30, 2024' (its date kept as `published`), the "
 "caption '" + CAPTION1 + "' (kept in the attribution) and the sub-heading '" + SUB1 + "' (a summary line under the "
 "heading, its fact told again in the text). Cut after the second paragraph ('... identified Craigie as an "
 "independent director.'), before 'Craigie ultimately ser', where the store's excerpt breaks off (`truncated`). Kept "
 "as written: 'a former CEO, Chairman, and board member' with its capitals, 'Church & Dwight Co. Inc.' without a "
 "comma, 'high-ranking Church & Dwight executive thereby causing' without a comma, 'filed in U.S. District Court' "
 "without 'the', the curly apostrophes as the store gives them. 231 words (whitespace-split), two paragraphs. Found "
 "with 'Church & Dwight James R. Craigie SEC charges proxy disclosure perquisites' (rank 2; the excerpt saved as "
 "/tmp/gather54zg/src/craigie-lr26145.txt), 53x's lead. One text per matter: governance-intelligence, grip."
 "globalrelay, cooleypubco, auditupdate, natlawreview and the ayostore copy of a 2025 review are not taken. "
 + CHECK + "'Craigie', 'Church & Dwight', '26145', '24-cv-07382': 0 in the corpus files, the gather scripts and the "
 "pools; 'Craigie' and 'Church & Dwight' in GATHERING.md and /work/notes/gather54/53x.md only as 53x's lead.",
 True)))

# ---- Silvergate Capital / Lane, Fraher, Martino, Litigation Release No. 26044 of 2 July 2024 --------------------------
U2 = "https://publicnow.com/view/84FB8FC1E4EA32D0B73E4B119FF37A298B712198"
T2 = "SEC Charges Silvergate Capital, Former CEO for Misleading Investors about Compliance Program"
SUB2 = "Former Chief Risk Officer and former CFO also charged for misleading investors"
CAPTION2 = ("Securities and Exchange Commission v. Silvergate Capital Corporation et al., No. 1:24-cv-04987 (S.D.N.Y. "
            "July 1, 2024)")
P2 = [
 "The Securities and Exchange Commission charged Silvergate Capital Corporation, its former CEO Alan Lane, and former "
 "Chief Risk Officer (CRO) Kathleen Fraher with misleading investors about the strength of the Bank Secrecy "
 "Act/Anti-Money Laundering (BSA/AML) compliance program and the monitoring of crypto customers, including FTX, by "
 "Silvergate's wholly owned subsidiary, Silvergate Bank. The SEC also charged Silvergate and its former Chief "
 "Financial Officer, Antonio Martino, with misleading investors about the company's losses from expected securities "
 "sales following FTX's collapse. All parties charged, aside from Martino, have agreed to settle the SEC's charges.",
 "According to the SEC's complaint, from November 2022 to January 2023, Silvergate, Lane, and Fraher misled investors "
 "in stating that Silvergate had an effective BSA/AML compliance program and conducted ongoing monitoring of its "
 "high-risk crypto customers, including FTX, in part to rebut public speculation that FTX had used its accounts at "
 "Silvergate to facilitate FTX's misconduct. In reality, Silvergate's automated transaction monitoring system failed "
 "to monitor more than $1 trillion of transactions by its customers on the bank's payments platform, the Silvergate "
 "Exchange Network."]
R.append((["silvergate-lr26044.txt"], T2, P2, federal(
 "us-sec-silvergate-capital-former-ceo-lane-cro-fraher-cfo-martino-silvergate-bank-ftx-monitoring-2024", U2,
 "2024-07-02", T2, "\n\n".join(P2),
 "banking/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26044 / July 2, 2024, '" + T2 + "', " + CAPTION2
 + ", US federal government work (public domain); the release's text as publicnow.com distributes it, from the "
 "search tool's page store at " + U2,
 PUBLICNOW_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as the distributor publicnow.com reproduces it (a "
 "third-party host of the SEC's own text, as batch 17a's publicnow.com copy of a federal text; **doubtful** only as to "
 "the address: no sec.gov address for LR 26044 came back under two queries, and Newsfile's rewrite on futunn opens "
 "with a dateline and quotes, so the publicnow copy, the release as issued, is the one taken). Left out: publicnow's "
 "header 'Results', 'SEC - The United States Securities and Exchange Commission', '07/02/2024 | Press release | "
 "Distributed by Public on 07/02/2024 15:08' and 'Litigation Releases (Silvergate Capital Corporation, Alan J. Lane, "
 "Kathleen Fraher, and Antonio Martino)' (the distributor's lines, not the SEC's); then 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', 'Litigation Release No. 26044 / July 2, 2024' (its date kept as `published`), the caption '" + CAPTION2
 + "' (kept in the attribution) and the sub-heading '" + SUB2 + "' (a summary line; its facts told again in the "
 "text). The heading is the `title`. Cut after the second paragraph ('... the Silvergate Exchange Network.'), before "
 "\"The SEC's complaint also alleges that Silvergate and Martino misrepresented the company's bleak financial "
 "conditi\", where the store's excerpt breaks off (`truncated`). Kept as written: 'Bank Secrecy Act/Anti-Money "
 "Laundering (BSA/AML)', 'wholly owned' without a hyphen, 'high-risk', straight apostrophes as the store gives them. "
 "176 words (whitespace-split), two paragraphs. Found with 'Silvergate Capital Alan Lane Kathleen Fraher Antonio "
 "Martino SEC litigation release' (rank 1; again rank 1 under a query quoting the heading and release number; the "
 "excerpt saved as /tmp/gather54zg/src/silvergate-lr26044.txt). One text per matter: the SEC press release's "
 "Newsfile copy (futunn), investmentnews, uspress.news, fintelegram, aigbelaw, creditcardsconsolidated, "
 "jeffnewmanlaw, gocryptoken, publiclawlibrary and bovill-newgate are not taken; the Federal Reserve's and the "
 "California DFPI's parallel actions are the same matter. "
 + CHECK + "'Silvergate', 'Alan Lane', 'Fraher', 'Antonio Martino', '26044', '24-cv-04987': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'FTX' only as call-sign fragments (WFTX) and in other matters' "
 "files.",
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
