#!/usr/bin/env python3
"""Batch 64b (session 58, gatherer 64b): two SEC texts on insider trading matters naming companies, a fund adviser's
former portfolio manager and the SEC's own officials -- the Fair Fund release in the CR Intrinsic Investors / Mathew
Martoma / Dr. Sidney Gilman case over Elan Corporation and Wyeth securities, and the asset freeze against traders
ahead of CNOOC Ltd.'s agreed acquisition of Nexen Inc. -- new matters in the federal SEC lane (after 63d, 62i, 62b,
61b, 60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by asking a
matter by its defendants' and companies' names beside 'Litigation Release' (63d's way):
  - sec.gov 'enforcement-litigation/litigation-releases/lr-23133' (Litigation Release No. 23133, November 14, 2014),
    page heading 'CR Intrinsic Investors, LLC et al.' -- the SEC's motion for a Fair Fund, with the November 2012
    charges against 'the hedge fund advisory firm CR Intrinsic Investors', 'Mathew Martoma, then a portfolio manager at
    CR Intrinsic' and 'Dr. Sidney Gilman' over 'pharmaceutical companies Elan Corporation and Wyeth' (SEC v. CR
    Intrinsic Investors, LLC et al., Civil Action No. 12 Civ. 8466 (VM));
  - sec.gov 'news/press/2012/2012-145.htm' (press release 2012-145, July 27, 2012): 'SEC Freezes Assets of Insider
    Traders in Nexen Acquisition' -- Well Advantage Limited, 'controlled by prominent Hong Kong businessman Zhang Zhi
    Rong', trading ahead of the announcement that 'China-based CNOOC Ltd. agreed to acquire Canada-based Nexen Inc.',
    with Sanjay Wadhwa, 'Deputy Chief of the SEC Enforcement Division's Market Abuse Unit and Associate Director of the
    New York Regional Office' (a press release, not a litigation release: the lane's first-party SEC text on the
    matter that the store holds).
US federal government works (17 U.S.C. 105). See /work/notes/gather65/64b.md. Queries and ranks in
/tmp/gather65b/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61 to gather65 (notes and CLAIMS.txt) and the pools
/tmp/gather62*/pool to /tmp/gather65*/pool. The texts are the search tool's page-store excerpts (corpus `pages`; each
2,000 bytes in UTF-8, the store's cut: 2,000 characters, all ASCII, for LR 23133; 1,974 characters with curly quotes,
apostrophes and an em dash for 2012-145), as saved in /tmp/gather65b/src by /tmp/gather65b/mk_src.py.
Left out: CR Intrinsic -- the release lines 'U.S. SECURITIES AND EXCHANGE COMMISSION' and 'Litigation Release No.
23133 / November 14, 2014' (the date kept as `published`) and the caption line 'Securities and Exchange Commission v.
CR Intrinsic Investors, LLC et al., Civil Action No. 12 Civ. 8466 (VM)'; the page heading kept as `title` (45r's
Tenet way); cut after the third paragraph, before the paragraph the excerpt breaks off ('The Commission is requesting
that the Court e') (`truncated`). Nexen -- 'Skip to main content', 'FOR IMMEDIATE RELEASE', the release number
'2012-145' and the dateline 'Washington, D.C., July 27, 2012 --' (the date kept as `published`); the heading kept as
`title`; cut inside the fifth paragraph after its first sentence ('... for approximately $15.1 billion.'), before the
sentence the excerpt breaks off ("Nexen's stock subsequently rose sharply that day to close at nearly 52 percent")
(`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line (LR 23133's store
paragraphs are single lines). Each kept paragraph checked by script to be a verbatim substring (once) of the saved
excerpt, and the title a verbatim substring (LR 23133's heading recurs in its caption line). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch64b.py [POOL_DIR] [--dry]   (default /tmp/gather65b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
SEC_PR = "US SEC press release on sec.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61 to /work/notes/gather65 (notes and CLAIMS.txt) and the pools "
         "/tmp/gather62*/pool to /tmp/gather65*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather65/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65b/pool"
SRC = "/tmp/gather65b/src"
R = []

# ---- CR Intrinsic Investors / Mathew Martoma, Dr. Sidney Gilman, Litigation Release No. 23133, November 14, 2014 ------
U1 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-23133"
T1 = "CR Intrinsic Investors, LLC et al."
P1 = [
 "On November 14, 2014, the Securities and Exchange Commission announced that it had filed a motion asking the Court to "
 "establish an approximately $602 million Fair Fund for investor victims pursuant to Section 308(a) of the "
 "Sarbanes-Oxley Act of 2002.",
 "The SEC filed civil charges in November 2012 against the hedge fund advisory firm CR Intrinsic Investors and others "
 "for their role in an insider trading scheme involving the securities of pharmaceutical companies Elan Corporation "
 "and Wyeth. In March 2013, CR Intrinsic and its affiliates agreed to pay $601.7 million in disgorgement, prejudgment "
 "interest, and civil penalties to resolve the SEC's claims. The Court approved the SEC's settlement with CR Intrinsic "
 "and its affiliates in June 2014, and in August 2014 CR Intrinsic and its affiliates paid approximately $601.7 "
 "million to an interest bearing account with the Court Registry Investment System.",
 "In its November 20, 2012 complaint, the SEC alleged that Mathew Martoma, then a portfolio manager at CR Intrinsic, "
 "illegally obtained confidential details about the clinical trial from Dr. Sidney Gilman, who served as chairman of "
 "the safety monitoring committee overseeing the trial. Dr. Gilman was selected by Elan Corporation and Wyeth to "
 "present the final drug trial results to the public. In phone calls that were arranged by a New York-based expert "
 "network firm for which he moonlighted as a medical consultant, Dr. Gilman tipped Martoma with safety data and "
 "eventually details about negative results in the trial about two weeks before they were made public in July 2008. "
 "Martoma and CR Intrinsic then caused several hedge funds to sell more than $960 million in Elan and Wyeth securities "
 "in just over a week."]
R.append((["lr23133.txt"], T1, P1, federal(
 "us-sec-cr-intrinsic-martoma-gilman-elan-wyeth-insider-trading-fair-fund-2014",
 U1, "2014-11-14", T1, "\n\n".join(P1),
 "finance/securities regulation", "legal,regulatory,insider trading,hedge funds,pharmaceuticals",
 "U.S. Securities and Exchange Commission, Litigation Release No. 23133, November 14, 2014 (Securities and Exchange "
 "Commission v. CR Intrinsic Investors, LLC et al., Civil Action No. 12 Civ. 8466 (VM)), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the agency's newer "
 "'enforcement-litigation/litigation-releases/lr-...' address): first-party text, no third-party copy. Left out: 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', the release line 'Litigation Release No. 23133 / November 14, 2014' (the date "
 "kept as `published`) and the caption line 'Securities and Exchange Commission v. CR Intrinsic Investors, LLC et al., "
 "Civil Action No. 12 Civ. 8466 (VM)'. The page heading 'CR Intrinsic Investors, LLC et al.' (the case name; the "
 "release has no headline) is `title`, as batch 45r took 'Tenet Healthcare Corporation, et al.'. Cut after the third "
 "paragraph, before the paragraph the store's excerpt breaks off ('The Commission is requesting that the Court e') "
 "(`truncated`). Kept as written: 'Mathew' (one 't'), 'Dr. Sidney Gilman', 'Elan Corporation', 'the Court' and "
 "'Court Registry Investment System' with capitals, 'New York-based', 'interest bearing', the straight apostrophes. "
 "276 words (whitespace-split), three paragraphs. Found at rank 3 under 'Mathew Martoma CR Intrinsic Investors Elan "
 "Wyeth Litigation Release' (ranks 1-2 copies of the SEC's complaint on fdocuments and docslib, 4 lexology, 5 "
 "courthousenews, 6 a copy of the criminal complaint, 7-8 class-action complaints); a second query for the SEC's "
 "November 2012 release (press release 2012-237) gave only third-party copies and news (hedgeweek via "
 "canadianhedgewatch, ftalphaville, thinkadvisor, freep, compliancebuilding, westfaironline, hsf) and this page again "
 "at rank 6. One text per matter: this release, the November 2012 complaint and release, the March 2013 settlement "
 "with CR Intrinsic and its affiliates, Gilman's settlement and the criminal case against Martoma are one matter. "
 + CHECK + "'Martoma', 'CR Intrinsic', 'Elan Corporation', 'Sidney Gilman', 'S.A.C. Capital', 'bapineuzumab', "
 "'23133', '12 Civ. 8466', '2012-237': 0 in the corpus files, the scripts, the pools, GATHERING.md and the notes "
 "(only this round's claim line); 'SAC Capital' once in GATHERING.md (another batch's Wikipedia gloss, another "
 "matter); 'Wyeth' and 'Gilman' alone in files on other matters (Pfizer's Wyeth purchase; Gilmanton, New Hampshire "
 "and Gilman Wong), by file names only.",
 True)))

# ---- Nexen Inc. / CNOOC Ltd. / Well Advantage Limited, SEC press release 2012-145, July 27, 2012 -----------------------
U2 = "http://sec.gov/news/press/2012/2012-145.htm"
T2 = "SEC Freezes Assets of Insider Traders in Nexen Acquisition"
P2 = [
 "The Securities and Exchange Commission today obtained an emergency court order to freeze the assets of traders using "
 "trading accounts in Hong Kong and Singapore to reap more than $13 million in illegal profits by trading in advance of "
 "this week\u2019s public announcement that China-based CNOOC Ltd. agreed to acquire Canada-based Nexen Inc.",
 "The SEC alleges that Hong Kong-based firm Well Advantage Limited and other unknown traders stockpiled shares of Nexen "
 "stock based on confidential information about the deal in the days leading up to the announcement. Well Advantage is "
 "controlled by prominent Hong Kong businessman Zhang Zhi Rong, who also controls another company that has a "
 "\u201cstrategic cooperation agreement\u201d with CNOOC.",
 "The SEC took the emergency action to freeze the traders\u2019 assets within days of the public announcement of the "
 "deal and less than 24 hours after Well Advantage placed an order to liquidate its entire position in Nexen. The "
 "SEC\u2019s investigation continues.",
 "\u201cWell Advantage and these other traders engaged in an all-too-familiar pattern of misusing inside information to "
 "place extremely timely trades and profit handsomely from their illegal acts,\u201d said Sanjay Wadhwa, Deputy Chief "
 "of the SEC Enforcement Division\u2019s Market Abuse Unit and Associate Director of the New York Regional Office. "
 "\u201cDespite the challenges of investigating misconduct in the U.S. by trading accounts located overseas, we have "
 "moved swiftly to freeze the assets of these suspicious traders and will hold them accountable for their "
 "actions.\u201d",
 "According to the SEC\u2019s complaint filed in federal court in Manhattan, CNOOC and Nexen announced before the "
 "markets opened on Monday, July 23 that CNOOC agreed to acquire Nexen for approximately $15.1 billion."]
R.append((["pr2012-145.txt"], T2, P2, federal(
 "us-sec-nexen-cnooc-acquisition-well-advantage-insider-trading-asset-freeze-2012",
 U2, "2012-07-27", T2, "\n\n".join(P2),
 "energy/securities regulation", "legal,regulatory,insider trading,mergers and acquisitions,asset freeze",
 "U.S. Securities and Exchange Commission, press release 2012-145, '" + T2 + "', Washington, D.C., July 27, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_PR,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press/2012/...'): "
 "first-party text, no third-party copy. A press release, not a litigation release: the store gave no litigation "
 "release on the matter (the litigation release of the same day, on the filing, was not asked for by number; one "
 "query). Left out: 'Skip to main content', 'FOR IMMEDIATE RELEASE', the release number '2012-145' and the dateline "
 "'Washington, D.C., July 27, 2012 \u2014' (the date kept as `published`). The heading is `title`, as written. Cut inside "
 "the fifth paragraph after its first sentence ('According to the SEC\u2019s complaint ... for approximately $15.1 "
 "billion.'), before the sentence the store's excerpt breaks off ('Nexen\u2019s stock subsequently rose sharply that "
 "day to close at nearly 52 percent') (`truncated`). Kept as written: the curly quotation marks and apostrophes (U+201C, "
 "U+201D, U+2019), 'China-based', 'Canada-based', 'Hong Kong-based', 'Zhang Zhi Rong' (news write 'Zhang Zhirong'), "
 "'Deputy Chief', 'all-too-familiar', 'Monday, July 23' without a year. 270 words (whitespace-split), five paragraphs. "
 "Found at rank 1 under 'Litigation Release insider trading ahead of announcement Nexen CNOOC acquisition Hong Kong "
 "accounts asset freeze' (ranks 2-8 benzinga, legalnewsline, ecns.cn, Reuters via the chicagotribune, financialpost's "
 "Bloomberg stories on the second freeze of August 2012, the same matter). One text per matter: this release, the "
 "complaint, the August 2012 second freeze (CSI Capital Management accounts) and the later settlements are one matter. "
 + CHECK + "'Nexen', 'Well Advantage', 'Zhang Zhi', 'Zhirong', 'Wadhwa', 'CSI Capital', '2012-145': 0 in the corpus "
 "files, the scripts, the pools and the notes (only this round's claim line); 'Nexen' once in GATHERING.md (a "
 "'searched and not used' line of another lane: 'Nexen/CNOOC (news)', no text taken); 'CNOOC' in two corpus files and two "
 "older scripts on other matters (Unocal in 2005, Chevron's Oil-for-Food case; by file names only).",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) and the title verbatim in the saved excerpt, line breaks read as spaces (the
    saved file's two header lines, its address and the query that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert not title or flat.count(title) >= 1, rec["id"]     # LR 23133's heading recurs in its caption line
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
