#!/usr/bin/env python3
"""Batch 59b (session 56, gatherer 59b): two SEC litigation releases on named companies and the people charged over
them, new matters in the federal SEC lane (after 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name):
  - the UNT Libraries' End of Term 2008 web archive copy of sec.gov 'litigation/litreleases/lr15289.txt' (Litigation
    Release No. 15289, March 13, 1997; no heading: the caption's party names as `title`): the settled insider-trading
    action against Walter E. Johnson, 'a member of DF&R's board of directors', and Rex E. Sanders, over Sanders's
    sale of DF&R Restaurants, Inc. stock on November 11, 1994, before the company's earnings announcement;
  - sec.gov 'litigation/litreleases/2009/lr20862.htm' (Litigation Release No. 20862, January 22, 2009): 'SEC Files
    Settled Enforcement Action against Three Former Managers at Cablevision Systems Corporation in Connection with
    Improper Recognition of Expenses' -- Catherine R. McEnroe, Noreen O'Loughlin and Martin von Ruden and the 'prepays'
    Cablevision booked from at least 1999 through mid-2003 (58q's lead).
US federal government works (17 U.S.C. 105). See /work/notes/gather60/59b.md. Cablevision was found by its names (58q's
lead), DF&R by a capital-heading query with an industry named (58m's way; queries and ranks in
/tmp/gather60b/src/queries.txt), and every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather60 (CLAIMS.txt) and the session-56 pools /tmp/gather60*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; Cablevision's 2,000 characters, the store's cut;
DF&R's 1,998 as transcribed, the whole release), as saved in /tmp/gather60b/src by /tmp/gather60b/mk_src.py. Left out:
DF&R -- the archived text file's page banner ('==...START OF PAGE 1======'), 'UNITED STATES SECURITIES AND EXCHANGE
COMMISSION', 'LITIGATION RELEASE NO. 15289 / March 13, 1997' (the date kept as `published`) and the caption
'SECURITIES AND EXCHANGE COMMISSION v. WALTER E. JOHNSON AND REX E. SANDERS USDC/ND TX [Dallas Div.] #397CV0236-D',
whose party names are kept as `title` (no heading: 58q's State Mutual and 58m's Sport-Haley way); the body kept whole,
to the closing 'The Commission acknowledges the National Association of Securities Dealers, Inc., for their assistance
in the investigation.' (not `truncated`), as the one paragraph the store gives (the archived plain-text release comes
back as one run of text; no paragraph break added). Cablevision -- the page's furniture ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), 'Litigation Release No.
20862 / January 22, 2009' (the date kept as `published`), 'Accounting and Auditing Enforcement Release No. 2922 /
January 22, 2009' and the caption 'Securities and Exchange Commission v. Catherine R. McEnroe, Noreen O'Loughlin and
Martin R. von Ruden, Civil No. CV-09-0249 (LDW) (E.D.N.Y., filed Jan. 22, 2009)'; the heading kept as `title`; the
one body paragraph cut after its fourth sentence ('... understate expenses in later periods.'), before the sentence
the excerpt breaks off ('As a result, Cablevision's reports to the public and the Commission for the period 1999
through mid-2003 were inaccurate and caused Cablevision to restate its financial statements filed with the Commission
for the period 2000 through ') (`truncated`). No word added or changed. Each kept paragraph and the title checked by
script to be a verbatim substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch59b.py [POOL_DIR] [--dry]   (default /tmp/gather60b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather60 and the session-56 pools /tmp/gather60*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather60/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60b/pool"
SRC = "/tmp/gather60b/src"
R = []

# ---- DF&R Restaurants, Inc. / Walter E. Johnson and Rex E. Sanders, Litigation Release No. 15289, March 13, 1997 ----
U1 = "https://webarchive.library.unt.edu/eot2008/20080916052912/http://sec.gov/litigation/litreleases/lr15289.txt"
T1 = "SECURITIES AND EXCHANGE COMMISSION v. WALTER E. JOHNSON AND REX E. SANDERS"
P1 = [
 "The Commission announced that on February 5, 1997, a civil action was filed in the Northern District of Texas "
 "against Walter E. Johnson (Johnson) and Rex E. Sanders (Sanders) for insider trading in the stock of DF&R "
 "Restaurants, Inc. (DF&R). Simultaneous with the filing of the Complaint, Sanders and Johnson consented, without "
 "admitting or denying the Commission's allegations, to Final Judgments enjoining Johnson and Sanders from future "
 "violations of Section 17(a) of the Securities Act of 1933 and Section 10(b) of the Securities Exchange Act of 1934 "
 "and Rule 10b-5 thereunder; requiring Sanders to disgorge $79,000.00, representing the loss avoided by trading in "
 "DF&R stock on November 11, 1994, plus prejudgment interest of $14,021.77; and requiring Johnson and Sanders to each "
 "pay a civil money penalty of $79,000.00. Johnson was a member of DF&R's board of directors who, between November 5, "
 "1994, and November 10, 1994, received material, non-public information that DF&R's quarterly earnings would fall "
 "short of market expectations. The Commission alleged that on or before November 11, 1994, Johnson tipped Sanders of "
 "DF&R's inability to meet analysts expectations for the second quarter of fiscal year 1995. The Commission's "
 "Complaint alleged that Sanders sold 8,000 shares of DF&R stock at an average price of $26.625 per share on the "
 "morning of November 11, 1994, prior to DF&R's November 11, 1994, public announcement of deteriorating earnings. "
 "Following the negative earnings announcement, the price of DF&R stock fell approximately 36 percent, to close at "
 "$17.75 on November 14, 1994. The Commission acknowledges the National Association of Securities Dealers, Inc., for "
 "their assistance in the investigation."]
R.append((["lr15289.txt"], T1, P1, federal(
 "us-sec-df-r-restaurants-director-johnson-tipped-sanders-insider-trading-consent-judgments-1997",
 U1, "1997-03-13", T1, "\n\n".join(P1),
 "restaurants/securities regulation", "legal,regulatory,insider trading,earnings,directors",
 "U.S. Securities and Exchange Commission, Litigation Release No. 15289, March 13, 1997 (Securities and Exchange "
 "Commission v. Walter E. Johnson and Rex E. Sanders, USDC/ND TX [Dallas Div.] #397CV0236-D), US federal government "
 "work (public domain); text of the sec.gov file as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U1,
 "US SEC release on sec.gov (UNT Libraries' End of Term 2008 web archive copy; search tool page store)",
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr15289.txt, the "
 "plain-text form of the SEC's releases of the 1990s) as the UNT Libraries' web archive (webarchive.library.unt.edu, "
 "its End of Term 2008 crawl of federal web sites, the archive beside the CyberCemetery that 58q's Swift release came "
 "from) holds the file: the SEC's own text, archived unchanged, no third-party copy. Left out: the archived file's page "
 "banner ('==========================================START OF PAGE 1======'), 'UNITED STATES SECURITIES AND EXCHANGE "
 "COMMISSION', 'LITIGATION RELEASE NO. 15289 / March 13, 1997' (the date kept as `published`) and the caption "
 "'SECURITIES AND EXCHANGE COMMISSION v. WALTER E. JOHNSON AND REX E. SANDERS USDC/ND TX [Dallas Div.] #397CV0236-D' "
 "-- the release has no heading, so the caption's party names are the `title`, in capitals as written (58q's State "
 "Mutual and 58m's Sport-Haley way). The body kept whole: the store's excerpt (1,998 characters as transcribed, under "
 "its 2,000-character cut) ends with the release's closing acknowledgement ('The Commission acknowledges the National "
 "Association of Securities Dealers, Inc., for their assistance in the investigation.'), so not `truncated` "
 "(doubtful only in that the excerpt lies two characters under the cut). The store gives the plain-text file as one "
 "run of text: kept as one paragraph, no break added. Kept as written: '(Johnson)', '(Sanders)' and '(DF&R)' without "
 "quotation marks, 'the Complaint' and 'Final Judgments' capitalised, '$79,000.00', 'non-public', 'analysts "
 "expectations' without an apostrophe, 'November 11, 1994, public announcement' with its comma. 264 words "
 "(whitespace-split), one paragraph. Found at rank 2 under 'SEC FILES CHARGES AGAINST FORMER CHIEF EXECUTIVE OFFICER "
 "OF RESTAURANT COMPANY Litigation Release' (a capital-heading query with an industry named, 58m's way); the other "
 "ranks news and blogs. One text per matter: this release, the complaint and the two consent judgments over the "
 "November 1994 trading in DF&R stock are one matter. " + CHECK + "'DF&R', 'Walter E. Johnson', 'Rex E. Sanders', "
 "'15289', '397CV0236': 0 in the corpus files, GATHERING.md, the scripts and the pools.",
 False)))

# ---- Cablevision Systems Corporation / McEnroe, O'Loughlin, von Ruden, Litigation Release No. 20862, Jan. 22, 2009 ---
U2 = "https://www.sec.gov/litigation/litreleases/2009/lr20862.htm"
T2 = ("SEC Files Settled Enforcement Action against Three Former Managers at Cablevision Systems Corporation in "
      "Connection with Improper Recognition of Expenses")
P2 = [
 "The United States Securities and Exchange Commission (Commission) today filed a settled civil action against "
 "Catherine R. McEnroe, Noreen O'Loughlin and Martin von Ruden in United States District Court for the Eastern District "
 "of New York, alleging they violated provisions of the Federal securities laws prohibiting the falsification of "
 "certain books, records or accounts in connection with improper expense recognition at Cablevision Systems "
 "Corporation (Cablevision), and seeking civil money penalties. The Commission's complaint alleges that from at least "
 "1999 through mid-2003, contrary to Generally Accepted Accounting Principles, Cablevision recognized certain costs as "
 "current expenses when, in fact, the expenses should not have been recognized in those periods. These improper "
 "\"prepays,\" as the practice was referred to, occurred because employees prepared and submitted inaccurate invoices "
 "and other documents in order to accrue expenses earlier than when they in fact should have been accrued. These "
 "improperly recognized expenses were reflected in Cablevision's books, records and accounts and caused Cablevision to "
 "overstate expenses in earlier fiscal periods and understate expenses in later periods."]
R.append((["lr20862.txt"], T2, P2, federal(
 "us-sec-cablevision-systems-three-former-managers-mcenroe-oloughlin-von-ruden-prepaid-expenses-2009",
 U2, "2009-01-22", T2, "\n\n".join(P2),
 "cable television/securities regulation", "legal,regulatory,accounting,expense recognition,books and records",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20862, '" + T2 + "', January 22, 2009 (Securities "
 "and Exchange Commission v. Catherine R. McEnroe, Noreen O'Loughlin and Martin R. von Ruden, Civil No. CV-09-0249 "
 "(LDW), E.D.N.Y.), US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "2009/lr20862.htm'): first-party text. Left out: the page's furniture ('U.S. Securities & Exchange Commission', 'SEC "
 "Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), 'Litigation Release No. 20862 / January "
 "22, 2009' (the date kept as `published`), 'Accounting and Auditing Enforcement Release No. 2922 / January 22, 2009' "
 "and the caption 'Securities and Exchange Commission v. Catherine R. McEnroe, Noreen O'Loughlin and Martin R. von "
 "Ruden, Civil No. CV-09-0249 (LDW) (E.D.N.Y., filed Jan. 22, 2009)'. The heading is `title`, as written. The store "
 "gives the body as one paragraph, cut after its fourth sentence ('... understate expenses in later periods.'), before "
 "the sentence the store's excerpt breaks off ('As a result, Cablevision's reports to the public and the Commission "
 "for the period 1999 through mid-2003 were inaccurate and caused Cablevision to restate its financial statements "
 "filed with the Commission for the period 2000 through ') (`truncated`). Kept as written: 'The United States "
 "Securities and Exchange Commission (Commission)', 'in United States District Court' without 'the', 'Martin von "
 "Ruden' without the caption's 'R.', 'Federal securities laws' capitalised, '\"prepays,\"' with the comma inside the "
 "quotation marks. 170 words (whitespace-split), one paragraph -- a short text; the three defendants' posts are named "
 "only in the heading ('Three Former Managers') and, beyond the cut, presumably in the release's later paragraphs: "
 "58q's lead said to check that the posts are in the excerpt's opening, and they are not -- taken all the same for "
 "its company, court, people and dates (the kept text names no post: no role). Found at rank 3 under 'Cablevision "
 "Systems Corporation three former managers McEnroe O'Loughlin von Ruden litigation release' (58q's lead, first named "
 "by 58m); ranks 1 and 8 EDGAR exhibits of the options-backdating settlement of 2008 (another matter), the others "
 "opinions, news and spam. One text per matter: this release, the complaint and the consent judgments against the "
 "three over Cablevision's 'prepays' of 1999-2003 are one matter (Cablevision's options backdating, its 2012 "
 "Livingston class action and the Altice transfer of control in the corpus are others). " + CHECK +
 "'McEnroe', 'von Ruden', '20862', 'CV-09-0249', 'prepays': 0 in the corpus files, the scripts and the pools; in "
 "GATHERING.md only 58m's and 58q's leads; 'Cablevision' names other matters (the FCC's Altice and Bresnan files, "
 "the DOJ's Continental Cablevision, batches 46o and 47c); 'O'Loughlin' other people (batch 42zb).",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
