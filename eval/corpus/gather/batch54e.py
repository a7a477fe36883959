#!/usr/bin/env python3
"""Batch 54e (session 55, gatherer 54e): one SEC text on a company and the man behind its stock scheme -- the
Commission's Litigation Release No. 23386 of 9 October 2015, announcing that 'on October 7, 2015, it obtained summary
judgment on all of its claims against Andrew Farmer in a market manipulation case involving the securities of Chimera
Energy Corp.', with the findings of 'the Honorable Keith I. Ellison of the United States District Court for the
Southern District of Texas' and the names of the SEC staff leading the litigation ('Matthew Gulde and Nikolay
Vydashenko') -- a US federal government work (17 U.S.C. 105), a session-55 round in the federal SEC lane (after 48a ...
52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl and 53zp), on a new matter, of the lane's preferred span (2010-2018; gatherer
54b works sec.gov 2019-2025). See /work/notes/gather55/54e.md. Every name, release number and docket was checked first
against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather54 and /work/notes/gather55 and the
session-55 pools:
  - SEC Litigation Release No. 23386 (October 9, 2015), Securities and Exchange Commission v. Andrew Farmer, et al.,
    Civil Action No. 4:14-CV-2345 (S.D. Tex.) (sec.gov 'litigation/litreleases/2015/lr23386.htm').
The text is the search tool's page-store excerpt (corpus `pages`; 1,997 bytes as saved). The release heading is the
`title`; left out: the agency line 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release line (its date kept as
`published`) and the caption (kept in the attribution); no sub-heading. The five-item list after '... found that:' is
kept as five paragraphs, the store's two-space indent and bullet sign (U+2022) cut (GATHERING.md's bullet-list way,
batches 42 and 53). Cut at the last full sentence before the store's excerpt breaks off (`truncated`): after "The SEC's
litigation is being led by Matthew Gulde and Nikolay Vydashenko.", before 'The SEC appreciates the assistance of the
Financial Industry Regulatory Authority and the Swiss Financial Market Supervisory Authority in connection with the
investigation leading to t' (so FINRA and the Swiss authority are not in the text). No word added or changed; the
double space after 'Chimera Energy Corp.' kept as the store gives it. Each kept paragraph and the title checked by
script to be a verbatim substring of the saved excerpt (/tmp/gather55e/src, written by /tmp/gather55e/mk_src.py).
Written before any extractor ran on the text (newskg was not run on it).
usage: batch54e.py [POOL_DIR] [--dry]   (default /tmp/gather55e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54, /work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (none held a "
         "file on this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55e/pool"
SRC = "/tmp/gather55e/src"
R = []

# ---- Andrew Farmer / Chimera Energy Corp., Litigation Release No. 23386 of 9 October 2015 ---------------------------
U1 = "http://www.sec.gov/litigation/litreleases/2015/lr23386.htm"
T1 = ("SEC Obtains Summary Judgment Against Andrew Farmer in Pump-And-Dump Scheme Touting Technology to End Fracking")
CAPTION1 = ("Securities and Exchange Commission v. Andrew Farmer, et al., Civil Action No. 4:14-CV-2345 (S.D. Tex.)")
P1 = [
 "The Securities and Exchange Commission today announced that, on October 7, 2015, it obtained summary judgment on all "
 "of its claims against Andrew Farmer in a market manipulation case involving the securities of Chimera Energy Corp.  "
 "The SEC suspended trading in Chimera Energy stock in 2012.",
 "In its memorandum and order, the Honorable Keith I. Ellison of the United States District Court for the Southern "
 "District of Texas found that:",
 "In 2011 and 2012, Farmer orchestrated an elaborate scheme through which he gained control, at nominal cost, of "
 "millions of shares of Chimera stock.",
 "Chimera and Farmer conducted a public relations barrage designed to pump up the company's stock price, despite the "
 "fact that Chimera had only nominal assets and illusory business dealings.",
 "The non-hydraulic fracturing technology touted by Chimera and Farmer was \"entirely fictitious.\"",
 "Farmer personally pocketed more than $4.1 million from his deceptive conduct.",
 "The Commission's evidence \"established the existence of a complex and methodical money-making scheme of which the "
 "various statements and omissions were interlocking parts.\"",
 "Based on these findings, the court ruled that Farmer violated Sections 5 and 17(a) of the Securities Act of 1933 and "
 "Section 10(b) of the Securities Exchange Act of 1934 and Rule 10b-5 thereunder.",
 "The Court will determine the appropriate remedies against Farmer at a later date.",
 "The SEC's litigation is being led by Matthew Gulde and Nikolay Vydashenko."]
R.append((["chimera-farmer-lr23386.txt"], T1, P1, federal(
 "us-sec-chimera-energy-andrew-farmer-fracking-pump-and-dump-summary-judgment-southern-district-texas-2015", U1,
 "2015-10-09", T1, "\n\n".join(P1),
 "energy/securities regulation", "legal,regulatory,market manipulation",
 "U.S. Securities and Exchange Commission, Litigation Release No. 23386 / October 9, 2015, '" + T1 + "', "
 + CAPTION1 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page "
 "store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading is the `title`. Left out: 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation "
 "Release No. 23386 / October 9, 2015' (its date kept as `published`) and the caption '" + CAPTION1 + "' (kept in the "
 "attribution); no sub-heading. The five findings listed after '... found that:' are kept as five paragraphs, the "
 "store's two-space indent and bullet sign (U+2022) cut (GATHERING.md's bullet-list way; **doubtful** only as to form: "
 "a reader of the page sees a list). Cut after the staff sentence (\"The SEC's litigation is being led by Matthew Gulde "
 "and Nikolay Vydashenko.\"), before 'The SEC appreciates the assistance of the Financial Industry Regulatory Authority "
 "and the Swiss Financial Market Supervisory Authority in connection with the investigation leading to t', where the "
 "store's excerpt breaks off (`truncated`; so FINRA and the Swiss Financial Market Supervisory Authority are not in "
 "the text). Kept as written: the double space after 'Chimera Energy Corp.', 'Pump-And-Dump' in the heading, 'the "
 "court' and 'The Court' (both the district court), straight quotes and apostrophes as the store gives them. 228 words "
 "(whitespace-split), ten paragraphs. Found at rank 1 with 'SEC charges Chimera Energy pump-and-dump Andrew Farmer "
 "Charles Grob Baldemar Rios' and again at rank 1 with the case caption of the 2014 complaint (the excerpt saved as "
 "/tmp/gather55e/src/chimera-farmer-lr23386.txt). The SEC's press release of August 2014 announcing the charges "
 "against Chimera Energy and four individuals (Farmer, Charles E. Grob Jr., Baldemar Rios, Carolyn Austin) did not "
 "come back from the store under two queries in its own words (only epmag's blog, offshore-technology and marketplace "
 "quoting it); one text per matter, so this release is the matter's text. Not taken: casetext, justia and studicata "
 "(the court's opinion), offshore-technology, marketplace.org, blogs.epmag.com. "
 + CHECK + "'Chimera', 'Andrew Farmer', 'Keith I. Ellison', 'Gulde', 'Vydashenko', '23386', 'lr23386', "
 "'4:14-CV-2345', '14-cv-2345': 0 in the corpus files, GATHERING.md, the gather scripts, the notes and the pools.",
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
