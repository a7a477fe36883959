#!/usr/bin/env python3
"""Batch 62i (session 57, gatherer 62i): two SEC litigation releases on sec.gov naming the officers of named
Massachusetts companies -- a former controller's final judgment in an accounting fraud case and an insider trading
action against a former chairman and CEO's wife and two others -- new matters in the federal SEC lane (after 62b, 61b,
60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by asking a matter by
its defendants' and company's names beside 'Litigation Release' (61b's and 62b's way):
  - sec.gov 'litigation/litreleases/2010/lr21677.htm' (Litigation Release No. 21677, September 30, 2010): 'Court
    Enters Final Judgment by Consent against Former Controller of Massachusetts Technology Company' -- Steven Forman
    of Chelmsford, Massachusetts, 'the former controller of Speechworks International, Inc.', enjoined by Judge Rya W.
    Zobel (SEC v. Forman, et al., D. Mass., Civil Action No. 07-11151-RWZ; the related case of 62b's Intervoice text,
    a separate action against another company's officers -- see the notes);
  - sec.gov 'enforcement-litigation/litigation-releases/lr-19032' (Litigation Release No. 19032, January 13, 2005):
    'SEC CHARGES WIFE OF FORMER CEO OF MASSACHUSETTS PHARMACEUTICAL COMPANY AND TWO OTHERS WITH INSIDER TRADING' --
    Patricia B. Rocklage, the wife of Scott M. Rocklage, 'Cubist's former Chairman and CEO', her brother William M.
    Beaver and his friend David G. Jones, trading in Cubist Pharmaceuticals, Inc. stock (SEC v. Rocklage et al., D.
    Mass., C.A. No. 05-10074 (MEL)).
US federal government works (17 U.S.C. 105). See /work/notes/gather63/62i.md. Queries and ranks in
/tmp/gather63i/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 (CLAIMS.txt) and the
session-57 pools /tmp/gather62*/pool and /tmp/gather63*/pool. The texts are the search tool's page-store excerpts
(corpus `pages`; each 2,000 bytes in UTF-8, the store's cut: 1,986 characters for LR 21677 with its curly marks,
2,000 for LR 19032), as saved in /tmp/gather63i/src by /tmp/gather63i/mk_src.py.
Left out: Forman -- the release lines 'Litigation Release No. 21677 / September 30, 2010' (the date kept as
`published`) and 'Accounting and Auditing Enforcement Release No. 3192 / September 30, 2010' and the caption line 'SEC
v. Forman, et al., Civil Action No. 07-11151-RWZ (D. Mass.)'; the heading kept as `title`; cut inside the third
paragraph after its first sentence ('... Forman consented to the final judgment that was entered by the court.'),
before the sentence the excerpt breaks off ('The final judgment enjoined him from aiding and abetting Speechworks’
violations of Sections 13(a), ... Rules 12b-20, 13a-1, ') (`truncated`). Rocklage -- the page-title line 'Patricia B.
Rocklage, William M. Beaver and David G. Jones', 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release line
'Litigation Release No. 19032 / January 13, 2005' (the date kept as `published`) and the caption line 'SEC v. Patricia
B. Rocklage, William M. Beaver and David G. Jones, (United States District Court for the District of Massachusetts,
C.A. No. 05-10074 (MEL).'; the heading kept as `title`, in its capitals; cut inside the second paragraph after its
fourth sentence ('... The complaint states that Scott Rocklage urged his wife not to take this action.'), before the
sentence the excerpt breaks off ('The complaint asserts that, notwithstanding her husband's entreaties, ... sold all
5,583 shares of Cubist stock that he owned or cont') (`truncated`). No word added or changed; the store's paragraphs
kept, joined by a blank line. Each kept paragraph and the title checked by script to be a verbatim substring (once) of
the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch62i.py [POOL_DIR] [--dry]   (default /tmp/gather63i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 and the session-57 pools "
         "/tmp/gather62*/pool and /tmp/gather63*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather63/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63i/pool"
SRC = "/tmp/gather63i/src"
R = []

# ---- Speechworks International, Inc. / Steven Forman, Litigation Release No. 21677, September 30, 2010 -----------------
U1 = "https://www.sec.gov/litigation/litreleases/2010/lr21677.htm"
T1 = "Court Enters Final Judgment by Consent against Former Controller of Massachusetts Technology Company"
P1 = [
 "The Commission announced that on September 30, 2010, a Massachusetts federal court entered a final judgment by "
 "consent against Steven Forman of Chelmsford, Massachusetts, a defendant in an action filed by the Commission in June "
 "2007. In its complaint, the Commission had alleged that Forman, the former controller of Speechworks International, "
 "Inc., then a public company based in Boston, Massachusetts, and others improperly inflated Speechworks\u2019 revenues "
 "and misstated other important financial metrics that misled investors as to the company\u2019s true financial "
 "condition. In the judgment, Judge Rya W. Zobel enjoined Forman from aiding and abetting violations of the books and "
 "records and periodic reporting provisions of the Securities Exchange Act of 1934 (\u201cExchange Act\u201d) and "
 "imposed a $20,000 penalty.",
 "According to the complaint, Speechworks, a manufacturer of voice recognition software, entered into an arrangement "
 "with a reseller pursuant to which the reseller made royalty payments prior to its shipment of software to end "
 "customers. Among other things, the complaint had alleged that Forman participated in Speechworks\u2019 improper "
 "recognition of $2 million in royalty prepayments as revenue, even though the arrangement was not properly documented "
 "and did not otherwise qualify for revenue recognition under Speechworks\u2019 policies and generally accepted "
 "accounting principles.",
 "Without admitting or denying the allegations in the complaint, Forman consented to the final judgment that was "
 "entered by the court."]
R.append((["lr21677.txt"], T1, P1, federal(
 "us-sec-speechworks-former-controller-forman-final-judgment-revenue-inflation-2010",
 U1, "2010-09-30", T1, "\n\n".join(P1),
 "technology/securities regulation", "legal,regulatory,accounting fraud,revenue recognition,executives,court ruling",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21677 (Accounting and Auditing Enforcement Release "
 "No. 3192), '" + T1 + "', September 30, 2010 (SEC v. Forman, et al., Civil Action No. 07-11151-RWZ (D. Mass.)), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the agency's older "
 "'litigation/litreleases/2010/...' address): first-party text, no third-party copy. Left out: the release lines "
 "'Litigation Release No. 21677 / September 30, 2010' (the date kept as `published`) and 'Accounting and Auditing "
 "Enforcement Release No. 3192 / September 30, 2010', and the caption line 'SEC v. Forman, et al., Civil Action No. "
 "07-11151-RWZ (D. Mass.)'. The heading is `title`, as written. Cut inside the third paragraph after its first "
 "sentence ('... Forman consented to the final judgment that was entered by the court.'), before the sentence the "
 "store's excerpt breaks off ('The final judgment enjoined him from aiding and abetting Speechworks\u2019 violations of "
 "Sections 13(a), 13(b)(2)(A), and 13(b)(2)(B) of the Exchange Act and Rules 12b-20, 13a-1, ') (`truncated`). Kept as "
 "written: 'Speechworks International, Inc.' (court papers also write 'SpeechWorks'), 'the former controller', 'a "
 "Massachusetts federal court', 'Judge Rya W. Zobel', the curly apostrophes and quotation marks. 221 words "
 "(whitespace-split), three paragraphs. Found at rank 1 under 'SEC v. Forman Speechworks International former "
 "controller Litigation Release' (ranks 2-8: casetext, print.casetext, docs.justia, studicata twice, cfo.com and the "
 "UNT copy of LR 20163, 62b's Intervoice text); it came back again at rank 4 of a heading-like query. One text per "
 "matter: this release, the June 2007 complaint against Forman, Richard J. Westelman and Arthur Haberman "
 "(Speechworks' former CFO and director of finance, who settled then), the 2008 and 2010 opinions and this judgment "
 "are one matter, SEC v. Forman et al. (07-11151). It is a related case of 62b's Intervoice text (SEC v. Graham, "
 "07-11152, now in dev: Intervoice's former CFO, the other side of the same prepayment deals), filed the same month "
 "but a separate action against another company's officers; the kept text names neither Intervoice nor Graham ('a "
 "reseller'), and 62b's notes left this case to a later round as its own matter (**doubtful**: the integrator may "
 "count the two as one scheme). " + CHECK + "'lr21677', '21677', '07-11151', 'Steven Forman', 'Haberman': 0 in the "
 "corpus files, the scripts and the pools; 'Speechworks' and 'Westelman' only in 62b's Intervoice text, scripts and "
 "notes (as the related case, not taken); 'Zobel' only in other matters (a Massachusetts judge in two other texts, "
 "Jaime Zobel de Ayala in a Wikipedia text).",
 True)))

# ---- Cubist Pharmaceuticals, Inc. / Patricia B. Rocklage et al., Litigation Release No. 19032, January 13, 2005 ---------
U2 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-19032"
T2 = "SEC CHARGES WIFE OF FORMER CEO OF MASSACHUSETTS PHARMACEUTICAL COMPANY AND TWO OTHERS WITH INSIDER TRADING"
P2 = [
 "The Securities and Exchange Commission yesterday filed an insider trading action involving trading in the common "
 "stock of Massachusetts-based Cubist Pharmaceuticals, Inc. against Patricia B. Rocklage, the wife of Scott M. "
 "Rocklage, Cubist's former Chairman and CEO, William M. Beaver, Patricia Rocklage's brother, and David G. Jones, "
 "Beaver's best friend and neighbor. Patricia Rocklage resides in Sudbury, Massachusetts. Both Beaver and Jones are "
 "residents of Charlotte, North Carolina. The Commission filed its complaint in the United States District Court for "
 "the District of Massachusetts.",
 "In its complaint, the Commission alleges that, on December 31, 2001, Scott Rocklage informed Patricia B. Rocklage of "
 "the negative results of a clinical trial involving one of Cubist's most important products, Cidecin. The complaint "
 "also alleges that, unbeknownst to her husband, Ms. Rocklage had a pre-existing understanding with her brother "
 "whereby she would give him \"a wink and a nod\" if she ever became aware of any bad news about Cubist that might "
 "affect its stock price. According to the complaint, shortly after learning about the trial results, Ms. Rocklage "
 "told her husband that she intended to signal Beaver to sell his Cubist stock. The complaint states that Scott "
 "Rocklage urged his wife not to take this action."]
R.append((["lr19032.txt"], T2, P2, federal(
 "us-sec-cubist-pharmaceuticals-former-ceo-wife-rocklage-insider-trading-charged-2005",
 U2, "2005-01-13", T2, "\n\n".join(P2),
 "pharmaceuticals/securities regulation", "legal,regulatory,insider trading,executives,clinical trial",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19032, '" + T2 + "', January 13, 2005 (SEC v. "
 "Patricia B. Rocklage, William M. Beaver and David G. Jones, United States District Court for the District of "
 "Massachusetts, C.A. No. 05-10074 (MEL)), US federal government work (public domain); text from the search tool's "
 "page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the agency's newer "
 "'enforcement-litigation/litigation-releases/lr-19032' address): first-party text, no third-party copy. Left out: "
 "the page-title line 'Patricia B. Rocklage, William M. Beaver and David G. Jones', 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', the release line 'Litigation Release No. 19032 / January 13, 2005' (the date kept as `published`) and "
 "the caption line 'SEC v. Patricia B. Rocklage, William M. Beaver and David G. Jones, (United States District Court "
 "for the District of Massachusetts, C.A. No. 05-10074 (MEL).'. The heading is `title`, as written (in capitals). Cut "
 "inside the second paragraph after its fourth sentence ('... The complaint states that Scott Rocklage urged his wife "
 "not to take this action.'), before the sentence the store's excerpt breaks off ('The complaint asserts that, "
 "notwithstanding her husband's entreaties, by no later than the morning of January 2, 2002, Ms. Rocklage provided \"a "
 "wink and a nod\" to Beaver, who, at approximately 10 a.m. that day, sold all 5,583 shares of Cubist stock that he "
 "owned or cont') (`truncated`). Kept as written: 'Cubist's former Chairman and CEO', 'Massachusetts-based', "
 "'Cidecin', the straight quotation marks and apostrophes. 203 words (whitespace-split), two paragraphs. Found at rank "
 "2 under 'Litigation Release Rocklage Cubist Pharmaceuticals chief executive officer wife brother insider trading "
 "Beaulieu' ('Beaulieu' a wrong guess at the brother's name; rank 1 was boston.com's news of the next day, ranks 3-8 "
 "cfo.com, casebriefsco, a vdocuments copy of the SEC's appellate brief, secactions, studicata and vlex). One text per "
 "matter: this release, the complaint, the First Circuit's 2006 ruling (SEC v. Rocklage, 470 F.3d 1) and the 2007 "
 "settlement are one matter. " + CHECK + "'Rocklage', 'Cubist', 'Cidecin', 'William M. Beaver', 'David G. Jones', "
 "'19032', '05-10074': 0 in the corpus files, the scripts, the pools and GATHERING.md (only this round's claim line).",
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
