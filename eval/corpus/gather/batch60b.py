#!/usr/bin/env python3
"""Batch 60b (session 56, gatherer 60b): three SEC texts on named companies and the people charged over them, new
matters in the federal SEC lane (after 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), the
three leads of 59g's section:
  - sec.gov 'litigation/litreleases/lr17958.htm' (Litigation Release No. 17958, January 30, 2003): 'SEC CHARGES
    ACCOUNTING SUPERVISOR AT MASSACHUSETTS PHARMACEUTICAL COMPANY AND HIS FATHER WITH INSIDER TRADING' -- Timothy J.
    Potter, 'a manager in Sepracor's accounting department', and his father George R. Potter, over put options bought
    on October 18, 2000, before Sepracor, Inc. announced that Eli Lilly and Company ended a license agreement with it;
  - sec.gov 'files/litigation/litreleases/lr16049.txt' (Litigation Release No. 16049, February 1, 1999; no heading:
    the caption's party names as `title`): liability findings and a settlement against three of the last defendants
    who traded on 'AT&T's plans to acquire four companies between 1988 and 1991', tipped by Charles Brumfield, 'a
    former vice-president in AT&T's labor relations department';
  - sec.gov 'news/press-release/2019-60' (press release 2019-60, April 25, 2019): 'SEC Charges Truckload Freight
    Company With Accounting Fraud' -- Indianapolis-based Celadon Group Inc., with Joel R. Levin, 'Director of the
    SEC's Chicago Regional Office', and the Department of Justice's parallel action.
US federal government works (17 U.S.C. 105). See /work/notes/gather61/60b.md. The three matters came back under the
leads' names (queries and ranks in /tmp/gather61b/src/queries.txt), and every name, number and address was checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather61 (CLAIMS.txt) and the
session-56 pools /tmp/gather61*/pool. The texts are the search tool's page-store excerpts (corpus `pages`; each 2,000
bytes in UTF-8, the store's cut: Sepracor's 2,000 characters, AT&T's 1,992 with its four curly apostrophes,
Celadon's 1,978 with its dashes and curly quotation marks), as saved in /tmp/gather61b/src by /tmp/gather61b/mk_src.py.
Left out: Sepracor -- 'LITIGATION RELEASE No. 17958 / January 30, 2003' (the date kept as `published`) and the caption
'SECURITIES AND EXCHANGE COMMISSION v. TIMOTHY J. POTTER AND GEORGE R. POTTER (United States District Court for the
District of New Hampshire, C.A. No. C-03-32-M)'; the heading kept as `title`; cut after the second paragraph ('...
betting that the price of Sepracor stock would fall.'), before the paragraph the excerpt breaks off ('As ')
(`truncated`). AT&T -- 'SECURITIES AND EXCHANGE COMMISSION WASHINGTON, D.C. Litigation Release No.16049 / February 1,
1999' (the date kept as `published`) and the caption 'SECURITIES AND EXCHANGE COMMISSION v. CHARLES L. BRUMFIELD et al.,
United States District Court for the Southern District of New York, 95 Civ. 9283 (JES)', whose party names are kept
as `title` (59g's Tyson and Panax way); the one run of text the store gives cut after '... Digital Microwave
Corporation and Teradata Corporation.', before the sentence the excerpt breaks off ('According to the complaint,
Charles Brumfield passed the information to Thomas Alger, ... and Alger in turn tipped, among others,') (`truncated`).
Celadon -- 'Skip to main content' (page furniture) and the dateline 'Washington D.C., April 25, 2019 —' (the date kept
as `published`); the heading kept as `title`; cut after the fourth paragraph ('... The settlement is subject to court
approval.'), before the paragraph the excerpt breaks off ('The SEC's case against Celadon is the latest in a line of
actions ... by entering into sham a') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a
blank line. Each kept paragraph and the title checked by script to be a verbatim substring (once) of the saved
excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch60b.py [POOL_DIR] [--dry]   (default /tmp/gather61b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61 and the session-56 pools /tmp/gather61*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather61/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61b/pool"
SRC = "/tmp/gather61b/src"
R = []

# ---- Sepracor, Inc. / Timothy J. Potter and George R. Potter, Litigation Release No. 17958, January 30, 2003 -------
U1 = "https://www.sec.gov/litigation/litreleases/lr17958.htm"
T1 = ("SEC CHARGES ACCOUNTING SUPERVISOR AT MASSACHUSETTS PHARMACEUTICAL COMPANY AND HIS FATHER WITH INSIDER "
      "TRADING")
P1 = [
 "The Commission today filed insider trading charges against George R. Potter and Timothy J. Potter of Bedford, New "
 "Hampshire, in connection with trading in the securities of Sepracor, Inc., a Marlborough, Massachusetts-based "
 "pharmaceutical company. According to the Commission's complaint, on October 18, 2000, Sepracor employee Timothy "
 "Potter tipped his father, George Potter, after learning that Eli Lilly and Company might terminate a license "
 "agreement with Sepracor. Minutes later, the Commission's complaint alleges, George Potter bought Sepracor put "
 "options. The next day, after Sepracor publicly announced the termination of the license agreement, he sold them, "
 "profiting by $55,172. According to the Commission's complaint, on April 18, 2001, George Potter transferred "
 "approximately the same amount --$55,000 -- to Timothy Potter's account.",
 "The Commission's complaint alleges that Timothy Potter, a manager in Sepracor's accounting department, learned no "
 "later than October 18, 2000, that Eli Lilly and Company might terminate a license agreement with Sepracor concerning "
 "the development of a new version of Lilly's top-selling antidepressant, Prozac. According to the complaint, on "
 "October 18, Timothy Potter tipped his father about the potential termination, in breach of a duty he owed to "
 "Sepracor and its shareholders not to trade, or direct others to trade, in the company's securities while in "
 "possession of material, nonpublic information about the company. The Commission's complaint further alleges that "
 "George Potter, acting on the tip, purchased put options on Sepracor stock for $30,694 - in effect, betting that the "
 "price of Sepracor stock would fall."]
R.append((["lr17958.txt"], T1, P1, federal(
 "us-sec-sepracor-accounting-manager-potter-tipped-father-eli-lilly-license-termination-2003",
 U1, "2003-01-30", T1, "\n\n".join(P1),
 "pharmaceuticals/securities regulation", "legal,regulatory,insider trading,licensing,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17958, '" + T1 + "', January 30, 2003 (Securities and "
 "Exchange Commission v. Timothy J. Potter and George R. Potter, United States District Court for the District of New "
 "Hampshire, C.A. No. C-03-32-M), US federal government work (public domain); text from the search tool's page store "
 "at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr17958.htm'): first-party text. Left out: 'LITIGATION RELEASE No. 17958 / January 30, 2003' (the date kept as "
 "`published`) and the caption 'SECURITIES AND EXCHANGE COMMISSION v. TIMOTHY J. POTTER AND GEORGE R. POTTER (United "
 "States District Court for the District of New Hampshire, C.A. No. C-03-32-M)'. The heading is `title`, in capitals "
 "as written. Cut after the second paragraph ('... betting that the price of Sepracor stock would fall.'), before the "
 "paragraph the store's excerpt breaks off ('As ') (`truncated`). Kept as written: 'Marlborough, Massachusetts-based', "
 "'Sepracor employee Timothy Potter', '--$55,000 --' with its spacing, '$30,694 - in effect' with a plain hyphen, "
 "'nonpublic', \"Lilly's top-selling antidepressant, Prozac\". 245 words (whitespace-split), two paragraphs. Found at "
 "rank 2 under 'Sepracor Timothy J. Potter George R. Potter insider trading Litigation Release' (59g's lead, which "
 "met it at rank 8 of its pharmaceutical query); rank 1 was the complaint itself on sec.gov (comp17958.htm, same "
 "matter: the release preferred, as the lane does), ranks 3-6 the later releases on the same matter (lr18396 final "
 "judgments, lr18255 George Potter's sentence, the UNT End of Term 2008 copy of lr17970 Timothy Potter's indictment, "
 "lr18097 George Potter's plea). One text per matter: this release, the complaint, the indictment, the plea, the "
 "sentence and the final judgments over the October 2000 put options in Sepracor are one matter (Sepracor's history "
 "as Sunovion's, in the corpus, and the Soltara class action are others). " + CHECK + "'Timothy J. Potter', 'George "
 "R. Potter', '17958', 'Prozac': 0 in the corpus files, the scripts and the pools, in GATHERING.md only 59g's lines "
 "naming this release as a lead; 'Sepracor' only in the Sunovion history (another matter: its founding and Sumitomo's "
 "purchase), 59g's scripts and that test file's notes naming lr17958 as met and not taken; 'C-03-32' only inside an "
 "FCC docket number (FCC-03-328, batch 45x); 'Marlborough' other matters (Sunovion, Icebreaker, batch 57u).",
 True)))

# ---- AT&T / Charles L. Brumfield et al., Litigation Release No. 16049, February 1, 1999 ------------------------------
U2 = "https://www.sec.gov/files/litigation/litreleases/lr16049.txt"
T2 = "SECURITIES AND EXCHANGE COMMISSION v. CHARLES L. BRUMFIELD et al."
P2 = [
 "The Commission has obtained liability findings and a settlement against three of the last four remaining defendants "
 "in its civil enforcement proceedings against twenty people who allegedly traded securities while in possession of "
 "material, nonpublic information concerning AT&T\u2019s plans to acquire four companies between 1988 and 1991. The "
 "Commission alleged that the defendants obtained the information, directly or indirectly, from Charles Brumfield, a "
 "former vice-president in AT&T\u2019s labor relations department. Shortly before trial, on January 6, 1999, the "
 "United States District Court for the Southern District of New York approved a settlement reached by the Commission "
 "with defendant Warren F.X. Smith, Sr. On January 11, 1999, the first day of trial, defendant Robert Allen stipulated "
 "to civil liability for insider trading under Sections 10(b) and Rule 14(e) of the Securities Exchange Act of 1934 "
 "and Rules 10b-5 and 14e-3. After a two-and- a-half week trial, on January 26, 1999, a jury rendered a verdict "
 "finding that defendant Sharon Seiden engaged in insider trading in violation of Section 14(e) of the Exchange Act "
 "and Rule 14e-3. The jury verdict also found Seiden and defendant John Lynch not liable for insider trading under "
 "Section 10(b) of the Exchange Act and Rule 10b-5. The specific allegations against these defendants are as follows: "
 "Warren F.X. Smith, Sr. The Commission alleges that Smith received inside information on two AT&T takeover targets: "
 "Digital Microwave Corporation and Teradata Corporation."]
R.append((["lr16049.txt"], T2, P2, federal(
 "us-sec-brumfield-att-former-vice-president-takeover-targets-insider-trading-verdict-1999",
 U2, "1999-02-01", T2, "\n\n".join(P2),
 "telecommunications/securities regulation", "legal,regulatory,insider trading,acquisitions,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16049, February 1, 1999 (Securities and Exchange "
 "Commission v. Charles L. Brumfield et al., United States District Court for the Southern District of New York, 95 "
 "Civ. 9283 (JES)), US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('files/litigation/"
 "litreleases/lr16049.txt', the plain-text form of the SEC's releases of the 1990s): first-party text. Left out: "
 "'SECURITIES AND EXCHANGE COMMISSION WASHINGTON, D.C. Litigation Release No.16049 / February 1, 1999' (the date kept "
 "as `published`) and the caption 'SECURITIES AND EXCHANGE COMMISSION v. CHARLES L. BRUMFIELD et al., United States "
 "District Court for the Southern District of New York, 95 Civ. 9283 (JES)' -- the release has no heading, so the "
 "caption's party names are the `title`, as written, 'et al.' included, without the comma and the court (59g's Tyson "
 "and Panax way). The store gives the plain-text file as one run of text (the defendant's name 'Warren F.X. Smith, "
 "Sr.' that heads the specific allegations runs on, as the store has it): kept as one paragraph, no break added, cut "
 "after '... Digital Microwave Corporation and Teradata Corporation.', before the sentence the store's excerpt breaks "
 "off ('According to the complaint, Charles Brumfield passed the information to Thomas Alger, a close friend of "
 "Brumfield\u2019s who also worked in AT&T\u2019s labor relations department, and Alger in turn tipped, among "
 "others,') (`truncated`). Kept as written: 'AT&T\u2019s' with the store's curly apostrophe (twice), 'vice-president' "
 "hyphenated, 'Sections 10(b) and Rule 14(e)', 'two-and- a-half week trial' with its stray space, the run-on 'Warren "
 "F.X. Smith, Sr.' before 'The Commission alleges'. 232 words (whitespace-split), one paragraph. Found at rank 2 "
 "under 'Charles Brumfield AT&T former vice-president labor relations insider trading Litigation Release' (59g's "
 "lead; 59g met it at rank 3 of its computer-company query, beside lr16507 on the same matter); ranks 1 and 3 the Los "
 "Angeles Times's 1995 stories on the charges (news: not used). One text per matter: this release, the 1995 complaint "
 "against the twenty traders and Brumfield, lr16507 and every judgment over the 1988-1991 trading ahead of AT&T's "
 "acquisitions are one matter (AT&T's 2021 Regulation FD case, in the same answer, is another). " + CHECK +
 "'Brumfield', '16049', 'Digital Microwave', 'Teradata', 'Seiden', 'Sharon Seiden', 'Thomas Alger', 'Warren F.X. "
 "Smith', '9283': 0 in the corpus files, the scripts and the pools; in GATHERING.md only 59g's lines naming this "
 "release as a lead ('Seiden' otherwise only inside 'Seidenberg' and a law firm's name).",
 True)))

# ---- Celadon Group Inc., SEC press release 2019-60, April 25, 2019 ----------------------------------------------------
U3 = "https://www.sec.gov/news/press-release/2019-60"
T3 = "SEC Charges Truckload Freight Company With Accounting Fraud"
P3 = [
 "The Securities and Exchange Commission today charged Indianapolis-based Celadon Group Inc. with an accounting fraud "
 "that allowed the truckload freight company to avoid disclosing substantial losses and misrepresent its financial "
 "condition.",
 "In a complaint filed in federal court in Indianapolis, the SEC charged that between mid-2016 and April 2017, Celadon "
 "avoided recognizing at least $20 million in impairment charges and losses \u2013 almost two-thirds of its 2016 "
 "pre-tax income \u2013 by selling and buying used trucks at inflated prices from third parties. According to the "
 "complaint, as a result of the alleged scheme, Celadon overstated its pre-tax and net income and earnings per share "
 "in its annual report for the period ending June 30, 2016, and in its subsequent public filings for the first two "
 "fiscal quarters of 2017.",
 "\u201cWe allege that Celadon knowingly engaged in a multi-faceted scheme to hide at least $20 million in losses from "
 "its investors, and lied to its auditors to conceal the scheme,\u201d said Joel R. Levin, Director of the SEC\u2019s "
 "Chicago Regional Office. \u201cWe will continue to hold issuers accountable for such serious breaches of trust to "
 "the investing public.\u201d",
 "The SEC\u2019s complaint charges Celadon with fraud and with reporting, books and records, and internal control "
 "violations. Celadon admitted to those violations and agreed to a permanent injunction and to remediate the material "
 "weaknesses in its internal control over financial reporting. Celadon has also agreed to pay $7 million in "
 "disgorgement, which will be deemed satisfied by Celadon\u2019s payment of restitution in an action announced today "
 "by the Department of Justice. The settlement is subject to court approval."]
R.append((["2019-60.txt"], T3, P3, federal(
 "us-sec-celadon-group-truckload-freight-accounting-fraud-used-trucks-2019",
 U3, "2019-04-25", T3, "\n\n".join(P3),
 "trucking/securities regulation", "legal,regulatory,accounting fraud,financial reporting,settlements",
 "U.S. Securities and Exchange Commission, press release 2019-60, '" + T3 + "', April 25, 2019 (Securities and "
 "Exchange Commission v. Celadon Group, Inc., S.D. Ind., No. 19-cv-1659), US federal government work (public domain); "
 "text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press-release/2019-60'): "
 "first-party text. Left out: 'Skip to main content' (page furniture) and the dateline 'Washington D.C., April 25, "
 "2019 \u2014' (the date kept as `published`). The heading is `title`, as written. Cut after the fourth paragraph "
 "('... The settlement is subject to court approval.'), before the paragraph the store's excerpt breaks off ('The "
 "SEC\u2019s case against Celadon is the latest in a line of actions brought against companies or their executives "
 "for committing accounting fraud, by entering into sham a') (`truncated`). Kept as written: the en dashes around "
 "'almost two-thirds of its 2016 pre-tax income', the curly quotation marks and apostrophes ('SEC\u2019s', "
 "'Celadon\u2019s'), 'multi-faceted', 'Director of the SEC\u2019s Chicago Regional Office' capitalised. 265 words "
 "(whitespace-split), four paragraphs. Found at rank 1 under 'SEC Charges Truckload Freight Company With Accounting "
 "Fraud Indianapolis-based Celadon Group Inc. Joel R. Levin Chicago Regional Office' (59g's lead: its trucking query "
 "met this page at rank 2); the heading alone with 'Celadon' gave only news, blogs and the EDGAR exhibit of Celadon's "
 "consent (third-party copies). One text per matter: this release, the SEC's complaint and final judgment against "
 "Celadon, the DOJ's deferred prosecution agreement and restitution, and the SEC's and DOJ's later charges against "
 "the former officers William Eric Meek and Bobby Lee Peavler over the 2016-2017 truck trades are one matter (long "
 "sought in GATHERING.md: Celadon / Quality Companies / Meek and Peavler reached only news, blogs and third-party "
 "copies before). " + CHECK + "'Celadon', 'Celadon Group', 'Quality Companies', 'Eric Meek', '2019-60', "
 "'19-cv-1659', 'Joel R. Levin': 0 in the corpus files, the scripts and the pools; in GATHERING.md only the rounds' "
 "lines naming Celadon as sought, met as news or left as a lead; 'Peavler' only as a searched name in batch 55zb's "
 "notes (the Longwei file); 'truckload' other matters (an NPS outage report, batch 36b).",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces (the
    saved file's two header lines, its address and the query that found it, are not part of the excerpt: Celadon's
    query repeats its heading)."""
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
