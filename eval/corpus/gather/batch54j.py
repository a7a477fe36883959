#!/usr/bin/env python3
"""Batch 54j (session 55, gatherer 54j): two SEC texts of 2010 on companies and their officers -- the SEC News Digest
item of 2 June 2010 announcing charges against 'Elizabeth A. Dragon, the former Senior Vice President of Research and
Development at Sequenom, Inc.', over false claims about the San Diego company's prenatal test for Down syndrome, with
'Rosalind Tyson, Director of the SEC's Los Angeles Office' quoted; and the SEC's press release 2010-202 of 21 October
2010 on enforcement actions against 'Office Depot, Inc. and two executives', 'CEO Stephen A. Odland and then-CFO
Patricia A. McKay', for selective disclosures to analysts under Regulation FD -- US federal government works (17
U.S.C. 105), a session-55 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl,
53zp and 54e), on new matters, of the lane's preferred span (2010-2018; gatherer 54i works sec.gov 2019-2025). See
/work/notes/gather55/54j.md. 54e's leads (Norstra Energy, Houston American Energy, Malachi Financial Products,
Infinity Exploration) were tried again under their captions and release numbers: still no sec.gov page in the store
(court opinions, fdocuments' unattributed copy of the Houston American order, wallstreetfraud, Bond Buyer). Every
name, release number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather54, /work/notes/gather55 and the session-55 pools:
  - SEC News Digest, Issue 2010-101 (2 June 2010), its first item ('SEC Charges Former Biotech Company Executive for
    False Claims About Down Syndrome Test'): the Securities and Exchange Commission, Elizabeth A. Dragon, Sequenom,
    Inc., Rosalind Tyson, the SEC's Los Angeles Office, San Diego (sec.gov's 'news/digest/2010/dig060210.htm');
  - SEC press release 2010-202 (21 October 2010), 'SEC Charges Office Depot and Company Executives With Improper
    Disclosures to Analysts': the Securities and Exchange Commission, Office Depot, Inc., Stephen A. Odland, Patricia
    A. McKay (sec.gov's 'news/press/2010/2010-202.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; 2,000 bytes each as saved). Page lines ('U.S.
Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SEC
News Digest'), the issue line, the date line, the section line 'COMMISSION ANNOUNCEMENTS' and the press release's
dateline ('Washington, D.C., Oct. 21, 2010 -- ' opening its first paragraph) are left out (each heading kept as
`title`, the date as `published`); no word added or changed; paragraphs joined by a blank line; each text cut at the
last full sentence before the store's excerpt breaks off (the digest item before 'However, the SEC alleges that Dragon
provided her scientists ... to produce more accur'; the press release before its quotation '"Office Depot executives
selectively shared information ... to manage earnings exp', so Robert Khuzami's name, which follows it, is not in the
text). Each kept paragraph and title checked by script to be a verbatim substring of the saved excerpt
(/tmp/gather55j/src, written by /tmp/gather55j/mk_src.py). Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch54j.py [POOL_DIR] [--dry]   (default /tmp/gather55j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54, /work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (none held a "
         "file on these matters): ")
PAGE_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
              "Exchange Commission'")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55j/pool"
SRC = "/tmp/gather55j/src"
R = []

# ---- Sequenom / Elizabeth A. Dragon, SEC News Digest 2010-101 of 2 June 2010, first item -----------------------------
U1 = "https://sec.gov/news/digest/2010/dig060210.htm"
T1 = "SEC Charges Former Biotech Company Executive for False Claims About Down Syndrome Test"
P1 = [
 "The Securities and Exchange Commission today charged a former executive at a San Diego-based biotechnology company "
 "for making false statements to investors about her company's prenatal test for Down syndrome.",
 "The SEC alleges that Elizabeth A. Dragon, the former Senior Vice President of Research and Development at Sequenom, "
 "Inc., lied during at least three public events where she made presentations to analysts and investors. She claimed "
 "that the test could predict whether a fetus had Down syndrome with almost 100 percent accuracy. However, the SEC "
 "alleges that Dragon knew the test was far less accurate than she claimed publicly. When Sequenom later announced "
 "that it was no longer relying on the data that Dragon presented and the test would not be launched as planned, the "
 "company's stock price plummeted by approximately 76 percent.",
 "\"Elizabeth Dragon knew the truth about Sequenom's Down syndrome test, yet she told the public it was a near-perfect "
 "success,\" said Rosalind Tyson, Director of the SEC's Los Angeles Office. \"Her actions misled investors with "
 "exaggerated information about a significant new product that never materialized.\"",
 "The SEC's complaint, filed in federal court in San Diego, alleges that Dragon presented materially misleading "
 "scientific data about Sequenom's prenatal screening test for Down syndrome. She falsely claimed that the test's "
 "highly accurate results were obtained on a \"blinded\" basis, meaning that scientists did not know whether the fetus "
 "had Down syndrome at the time they tested the maternal blood sample."]
R.append((["sequenom-dragon-dig060210.txt"], T1, P1, federal(
 "us-sec-sequenom-former-senior-vice-president-dragon-down-syndrome-test-false-claims-2010", U1, "2010-06-02", T1,
 "\n\n".join(P1),
 "biotechnology/securities regulation", "legal,regulatory,healthcare",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2010-101, June 2, 2010, Commission Announcements, '"
 + T1 + "', US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2010/dig060210.htm' address): first-party text, as 48i's and 51h's digest items. Left out: the page "
 "lines " + PAGE_LINES + ", 'SEC News Digest', 'Issue 2010-101', the date line 'June 2, 2010' (kept as `published`), "
 "the section line 'COMMISSION ANNOUNCEMENTS'; the item's heading kept as `title`. Cut after the fourth paragraph "
 "('... at the time they tested the maternal blood sample.'), before 'However, the SEC alleges that Dragon provided "
 "her scientists with the known outcomes of the samples, which allowed them to manipulate the data in order to "
 "produce more accur', where the store's excerpt breaks off (`truncated`). Kept as written: 'Senior Vice President of "
 "Research and Development' with capitals, 'San Diego-based', 'near-perfect', straight quotes and apostrophes as the "
 "store gives them. 240 words (whitespace-split), four paragraphs. Found at rank 8 under 'Litigation Release No. 22 / "
 "2013 The Securities and Exchange Commission announced that it filed fraud charges against company and its "
 "president' (the page store's digest pages come back under release-style wording). The matter's press release "
 "(2010-93) and litigation release did not come back; one text per matter, so this digest item is the matter's text. "
 "GATHERING.md's batch on Waste Management and Peregrine lists 'Sequenom / Stylli, Dragon (news only)' among matters "
 "tried and not taken for want of an SEC page; this sec.gov page is the first-party text that round lacked "
 "(**doubtful** only in that the matter sits on an earlier 'not used' list). "
 + CHECK + "'Sequenom', 'Elizabeth A. Dragon', 'Dragon,', 'dig060210', '2010-101': 0 in the corpus files, the gather "
 "scripts, the notes and the pools; 'Sequenom' only in GATHERING.md's not-used line; 'Rosalind Tyson' and 'Los "
 "Angeles Office' checked as well (no file on this matter).",
 True)))

# ---- Office Depot / Stephen A. Odland and Patricia A. McKay, SEC press release 2010-202 of 21 October 2010 ----------
U2 = "https://www.sec.gov/news/press/2010/2010-202.htm"
T2 = "SEC Charges Office Depot and Company Executives With Improper Disclosures to Analysts"
P2 = [
 "The Securities and Exchange Commission today announced enforcement actions against Office Depot, Inc. and two "
 "executives for violating or causing violations of fair disclosure regulations when selectively conveying to analysts "
 "and institutional investors that the company would not meet analysts' earnings estimates. The SEC also charged "
 "Office Depot with unrelated accounting violations.",
 "Regulation FD requires that when issuers disclose material nonpublic information, they must make broad public "
 "disclosure of that information. The SEC's orders find that as they neared the end of Office Depot's second quarter "
 "for 2007, CEO Stephen A. Odland and then-CFO Patricia A. McKay discussed how to encourage analysts to revisit their "
 "analysis of the company. Office Depot then made a series of one-on-one calls to analysts. The company did not "
 "directly state that it would not meet analysts' expectations, but rather this message was signaled with references "
 "to recent public statements of comparable companies about the impact of the slowing economy on their earnings. The "
 "analysts also were reminded of Office Depot's prior cautionary public statements. Analysts promptly lowered their "
 "estimates for the period in response to the calls. Office Depot did not regularly initiate these types of calls to "
 "all analysts covering the company.",
 "Office Depot agreed to settle the SEC's charges without admitting or denying the findings and allegations, and will "
 "pay a $1 million penalty. Odland and McKay also agreed to settle the Regulation FD charges against them without "
 "admitting or denying the findings, and will pay $50,000 each."]
R.append((["office-depot-2010-202.txt"], T2, P2, federal(
 "us-sec-office-depot-ceo-odland-then-cfo-mckay-regulation-fd-analysts-2010", U2, "2010-10-21", T2,
 "\n\n".join(P2),
 "retail/securities regulation", "legal,regulatory,corporate governance",
 "U.S. Securities and Exchange Commission, press release 2010-202 '" + T2 + "', Washington, D.C., Oct. 21, 2010, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2010/2010-202.htm' address): first-party text. Left out: the page lines " + PAGE_LINES + "; the heading "
 "kept as `title`; the dateline 'Washington, D.C., Oct. 21, 2010 \u2014 ' opening the first paragraph (kept as "
 "`published`, as 42e, 46j and 48a cut their releases' datelines). Cut after the third paragraph ('... and will pay "
 "$50,000 each.'), before the quotation '\"Office Depot executives selectively shared information with analysts and "
 "the company's largest shareholders in order to manage earnings exp', where the store's excerpt breaks off "
 "(`truncated`; the speaker, Robert Khuzami, Director of the Division of Enforcement in the news copies, is not in the "
 "text). Kept as written: 'then-CFO', 'one-on-one', 'signaled', 'Regulation FD' (a rule: no entity), straight "
 "apostrophes as the store gives them. 246 words (whitespace-split), three paragraphs. Found at rank 8 under 'SEC "
 "News Digest SEC Charges Office Depot and Two Executives Regulation FD Steve Odland' (a name lead from "
 "GATHERING.md's not-used lines: lawprofessors' blog summaries, AP-summary digests); the rest were news "
 "(complianceweek, lexology, USA Today, adweek, dodd-frank.com, casetext, Fortune). One text per matter. "
 "**Doubtful** only in that the matter sits on an earlier 'not used' list (taken there for want of SEC text: the "
 "professors' own summaries); this is the SEC's own release. "
 + CHECK + "'Office Depot', 'Odland', 'Patricia A. McKay', '2010-202' (as a release number): no corpus file on this "
 "matter ('Odland' only inside the place name 'Goodland' in an FCC file and batch 52z's scripts; '2010-202' only "
 "inside '2010-2020' and '2010-2024' ranges); 'Office Depot' and 'Odland' only in GATHERING.md's not-used lines.",
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
