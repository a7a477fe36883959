#!/usr/bin/env python3
"""Batch 61b (session 57, gatherer 61b): two SEC press releases of July 2008 naming a company, the former officers
charged with it with their posts, and the SEC officials who spoke for the cases, new matters in the federal SEC lane
(after 60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by asking
matters by the company and its officers' names beside 'Litigation Release' after 60l's, 60e's and 60b's leads (Rite
Aid / Grass and Maxim / Gifford already in the corpus; NCO Group, Mobility Electronics and SportsLine gave no SEC
text) and two antitrust-plea queries in the DOJ part of the lane reached only news:
  - sec.gov 'news/press/2008/2008-128.htm' (press release 2008-128, July 1, 2008): 'SEC Charges Microtune and Former
    Officers for Stock Option Backdating and Other Fraudulent Conduct' -- Microtune, Inc. of Plano, Texas, its former
    Chairman and CEO Douglas J. Bartek and its former Chief Financial Officer and General Counsel Nancy Richardson,
    with Rose Romero of the SEC's Fort Worth Regional Office;
  - the UNT Libraries' End of Term 2008 web archive copy of sec.gov 'news/press/2008/2008-136.htm' (press release
    2008-136, July 9, 2008): 'SEC Charges Sycamore Networks, Former Executives in Stock Options Backdating Case' --
    Sycamore Networks, Inc. of Chelmsford, Mass., its former Chief Financial Officer Frances M. Jewels, former Director
    of Financial Operations Cheryl E. Kalinen and former Director of Human Resources Robin A. Friedman, with Linda
    Chatman Thomsen of the Division of Enforcement and David P. Bergers of the Boston Regional Office.
US federal government works (17 U.S.C. 105). See /work/notes/gather62/61b.md. Queries and ranks in
/tmp/gather62b/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61 and /work/notes/gather62 (CLAIMS.txt) and the session-57 pools
/tmp/gather62*/pool. The texts are the search tool's page-store excerpts (corpus `pages`; each 2,000 bytes in UTF-8,
the store's cut: 1,998 characters with the dateline's one em dash), as saved in /tmp/gather62b/src by
/tmp/gather62b/mk_src.py.
Left out: Microtune -- the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page',
'U.S. Securities and Exchange Commission', 'FOR IMMEDIATE RELEASE' and '2008-128' (the release number) and the dateline
'Washington, D.C., July 1, 2008 \u2014 ' that opens the first paragraph (the date kept as `published`); the heading kept
as `title`; cut inside the fourth paragraph after its first sentence ('... said Rose Romero, Director of the SEC's Fort
Worth Regional Office.'), before the quotation the excerpt breaks off ('"The alleged array of fraudulent conduct by
Microtune's former officers, including the backdating of nearly every new-hire stock option grant,') (`truncated`).
Sycamore -- the same four page lines, 'FOR IMMEDIATE RELEASE', '2008-136', the dateline 'Washington, D.C., July 9,
2008 \u2014 ' (the date kept as `published`) and the page's link heading 'Additional Materials' between the first and
second paragraphs; the heading kept as `title`; cut after the fourth paragraph (David P. Bergers' quotation), before
the paragraph the excerpt breaks off ('According t') (`truncated`). No word added or changed; the store's paragraphs
kept, joined by a blank line. Each kept paragraph and the title checked by script to be a verbatim substring (once) of
the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch61b.py [POOL_DIR] [--dry]   (default /tmp/gather62b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

SEC_EOT = "US SEC release on sec.gov (UNT Libraries' End of Term 2008 web archive copy; search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61, /work/notes/gather62 and the session-57 pools /tmp/gather62*/pool (none held a "
         "file on this matter when checked), and claimed in /work/notes/gather62/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather62b/pool"
SRC = "/tmp/gather62b/src"
R = []

# ---- Microtune, Inc. / Douglas J. Bartek, Nancy Richardson, press release 2008-128, July 1, 2008 ------------------
U1 = "https://sec.gov/news/press/2008/2008-128.htm"
T1 = "SEC Charges Microtune and Former Officers for Stock Option Backdating and Other Fraudulent Conduct"
P1 = [
 "The Securities and Exchange Commission has charged Microtune, Inc. and two former senior officers for perpetrating a "
 "fraudulent and deceptive stock option backdating scheme that awarded themselves and other employees millions of "
 "dollars in undisclosed compensation. The backdating scheme caused the Plano, Texas-based technology company to file "
 "false and misleading financial statements.",
 "The SEC's complaint, filed June 30 in the federal district court for the Northern District of Texas, alleges that "
 "former Microtune Chairman and CEO Douglas J. Bartek, with assistance from former Chief Financial Officer and General "
 "Counsel Nancy Richardson, routinely misrepresented the date on which he granted stock options to senior executives "
 "and other employees. To conceal the alleged scheme, Bartek directed others to backdate employment records, including "
 "offer letters, to establish falsified start dates and grant dates that preceded the actual dates when the new hires "
 "began working for Microtune.",
 "Microtune has agreed to settle the SEC's charges. The SEC's case against Bartek and Richardson continues, with the "
 "Commission seeking financial penalties and other relief under the \"clawback\" provision (Section 304) of the "
 "Sarbanes-Oxley Act to deprive corporate executives of money that they wrongfully earned while their companies were "
 "misleading investors.",
 "\"This action reaffirms our commitment to pursue those who perpetrate financial fraud and the corporate gatekeepers "
 "who allow it to happen on their watch,\" said Rose Romero, Director of the SEC's Fort Worth Regional Office."]
R.append((["2008-128.txt"], T1, P1, federal(
 "us-sec-microtune-former-chairman-ceo-bartek-former-cfo-general-counsel-richardson-option-backdating-2008",
 U1, "2008-07-01", T1, "\n\n".join(P1),
 "semiconductors/securities regulation", "legal,regulatory,stock option backdating,executives,accounting fraud",
 "U.S. Securities and Exchange Commission, press release 2008-128, '" + T1 + "', July 1, 2008 (SEC v. Microtune, Inc., "
 "Douglas J. Bartek and Nancy A. Richardson, United States District Court for the Northern District of Texas), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press/2008/2008-128.htm'): "
 "first-party text. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous "
 "Page' and 'U.S. Securities and Exchange Commission', 'FOR IMMEDIATE RELEASE' and '2008-128' (the release number), and "
 "the dateline 'Washington, D.C., July 1, 2008 \u2014 ' that opens the first paragraph (the date kept as `published`). "
 "The heading is `title`, as written. Cut inside the fourth paragraph after its first sentence ('... said Rose Romero, "
 "Director of the SEC's Fort Worth Regional Office.'), before the quotation the store's excerpt breaks off ('\"The "
 "alleged array of fraudulent conduct by Microtune's former officers, including the backdating of nearly every new-hire "
 "stock option grant,') (`truncated`). Kept as written: 'the Plano, Texas-based technology company', 'the federal "
 "district court for the Northern District of Texas' in lower case, 'Chairman and CEO' and 'Chief Financial Officer and "
 "General Counsel' capitalised, the plain quotation marks around 'clawback' and the quotation. 229 words "
 "(whitespace-split), four paragraphs. Found at rank 4 under 'Litigation Release Microtune Douglas Bartek Nancy "
 "Richardson stock option backdating'; ranks 1, 3 and 7 were bizjournals, rank 2 the SEC's complaint on fdocuments, "
 "ranks 5, 6 and 8 cfo.com, haynesboone and courthousenews. One text per matter: this release, the SEC's complaint of "
 "June 30, 2008, Microtune's settlement and the rulings of 2011 and 2012 in the case against Bartek and Richardson are "
 "one matter. " + CHECK + "'Microtune', 'Bartek', 'Nancy Richardson', 'Nancy A. Richardson', '2008-128', 'Rose "
 "Romero': 0 in the corpus files, the scripts, the pools, the claims and GATHERING.md; 'Zoran' (Microtune's later buyer, "
 "not in this text) only in other matters.",
 True)))

# ---- Sycamore Networks, Inc. / Jewels, Kalinen, Friedman, press release 2008-136, July 9, 2008 --------------------
U2 = "https://webarchive.library.unt.edu/eot2008/20080916010701/http://sec.gov/news/press/2008/2008-136.htm"
T2 = "SEC Charges Sycamore Networks, Former Executives in Stock Options Backdating Case"
P2 = [
 "The Securities and Exchange Commission today charged Sycamore Networks, Inc. and three of its former executives in "
 "connection with the backdating of stock options spanning several years at the Chelmsford, Mass.-based optical "
 "networking company.",
 "According to the SEC's complaint, filed in federal court in Boston, Sycamore's former Chief Financial Officer Frances "
 "M. Jewels and former Director of Financial Operations Cheryl E. Kalinen fraudulently backdated options grants to "
 "obtain more favorable options prices for employees. They misled the company's investors and auditors about the "
 "practice and did not disclose its consequent expenses in Sycamore's financial statements. They also personally "
 "benefited from grants of below-market options. The SEC also charged Sycamore's former Director of Human Resources "
 "Robin A. Friedman with helping to mislead Sycamore's auditors. The company and the former executives agreed to settle "
 "the SEC's charges, with the former executives paying more than $650,000 combined. Jewels also agreed to be barred "
 "from serving as an officer or director of a public company for five years.",
 "\"Misleading investors about expenses is serious misconduct that must have consequences,\" said Linda Chatman "
 "Thomsen, Director of the SEC's Division of Enforcement. \"Such practices are particularly troubling when the expenses "
 "relate to the compensation of those who engage in misconduct.\"",
 "David P. Bergers, Director of the SEC's Boston Regional Office, added, \"Investors fundamentally rely on officials at "
 "public companies to act as gatekeepers and to deal with auditors openly and above board. Failing to do so not only "
 "breaches that trust but violates the federal securities laws.\""]
R.append((["2008-136.txt"], T2, P2, federal(
 "us-sec-sycamore-networks-former-cfo-jewels-director-financial-operations-kalinen-options-backdating-2008",
 U2, "2008-07-09", T2, "\n\n".join(P2),
 "telecommunications equipment/securities regulation",
 "legal,regulatory,stock option backdating,executives,settlement",
 "U.S. Securities and Exchange Commission, press release 2008-136, '" + T2 + "', July 9, 2008 (Securities and Exchange "
 "Commission v. Sycamore Networks, Inc., Frances M. Jewels, Cheryl E. Kalinen, and Robin A. Friedman, United States "
 "District Court for the District of Massachusetts, Civil Action No. 1:08-CV-11166 (DPW); Litigation Release No. "
 "20638), US federal government work (public domain); text of sec.gov's page as the UNT Libraries' End of Term 2008 web "
 "archive holds it, from the search tool's page store at " + U2,
 SEC_EOT,
 "An SEC press release (a US federal work, public domain) on sec.gov ('news/press/2008/2008-136.htm') as the UNT "
 "Libraries' web archive (webarchive.library.unt.edu, its End of Term 2008 crawl of federal web sites, the archive "
 "59b's DF&R and 59g's Tyson releases came from) holds the page: the SEC's own text, archived unchanged, no third-party "
 "copy. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page' and 'U.S. "
 "Securities and Exchange Commission', 'FOR IMMEDIATE RELEASE' and '2008-136' (the release number), the dateline "
 "'Washington, D.C., July 9, 2008 \u2014 ' that opens the first paragraph (the date kept as `published`) and the page's "
 "link heading 'Additional Materials' between the first and second paragraphs. The heading is `title`, as written. Cut "
 "after the fourth paragraph (David P. Bergers' quotation), before the paragraph the store's excerpt breaks off "
 "('According t') (`truncated`). Kept as written: 'the Chelmsford, Mass.-based optical networking company', 'Chief "
 "Financial Officer', 'Director of Financial Operations' and 'Director of Human Resources' capitalised, 'Linda Chatman "
 "Thomsen' in full, the plain quotation marks. 251 words (whitespace-split), four paragraphs. Found at rank 2 under "
 "'Litigation Release Sycamore Networks Frances Jewels Daniel Smith backdating'; rank 1 was the same archive's copy of "
 "the same day's Litigation Release No. 20638 (same matter: the press release, naming the two SEC officials beside the "
 "three posts, is taken), rank 3 a derivative complaint on scribd, ranks 4-8 secactions, lawprofessors, mercurynews "
 "(AP), plansponsor and bizjournals. One text per matter: this press release, LR 20638, the complaint and the settled "
 "judgments over Sycamore's 1999-2002 option grants are one matter. " + CHECK + "'Sycamore Networks', 'Jewels', "
 "'Kalinen', 'Robin A. Friedman', '2008-136', '20638', '1:08-CV-11166': 0 in the corpus files, the scripts, the pools, "
 "the claims and GATHERING.md; 'Sycamore' alone only as other things (a bakery brand, a buyer of TV stations, an NHS "
 "IT text, other SEC matters' words); 'Bergers' and 'Thomsen' as the same SEC officials in other matters.",
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
