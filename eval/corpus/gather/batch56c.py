#!/usr/bin/env python3
"""Batch 56c (session 54, gatherer 56c): one sec.gov press release charging a public company together with four of its
former officers -- 'SEC Charges Brixmor Property Group Inc. and Former Senior Executives with Accounting Fraud' (press
release 2019-143, Aug. 1, 2019: 'Brixmor Property Group Inc., a publicly-traded real estate investment trust, and four
former senior executives', named as 'Brixmor CEO Michael Carroll, CFO Michael Pappagallo, CAO Steven Splain and Senior
VP of Accounting Michael Mortimer', over a manipulated non-GAAP metric, same property net operating income (SP NOI);
the complaint filed in the United States District Court for the Southern District of New York; Marc P. Berger,
'Director of the SEC's New York Regional Office', quoted) -- a US federal government work (17 U.S.C. 105), a
session-54 round in the federal SEC lane (after 55zb, 55v, 55l, 55b, 54zq and the rounds they name), on a new matter.
See /work/notes/gather57/56c.md. The matter was found by the company's name, its officers' posts and the conduct, and
every name, number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather57 (CLAIMS.txt) and the session-54 pools /tmp/gather57*/pool:
  - sec.gov 'newsroom/press-releases/2019-143' (Aug. 1, 2019): the Securities and Exchange Commission (SEC,
    Commission), Brixmor Property Group Inc. (Brixmor), the United States District Court for the Southern District of
    New York, Michael Carroll, Michael Pappagallo, Steven Splain, Michael Mortimer, Marc P. Berger, the SEC's New York
    Regional Office.
The text is the search tool's page-store excerpt (corpus `pages`; 1,996 characters as saved: the store's excerpt
length, a check on the transcription). Left out: the dateline line 'Washington D.C., Aug. 1, 2019 —' (the date kept as
`published`, as 55v's Brookstreet release and 55l's releases); the heading kept as `title`; cut after Berger's
quotation ('... must do so truthfully."'), before 'The SEC's complaint charges Carroll, Pappagallo, Splain, and Mortimer
with violating or aiding and abetting violations ...', a sentence the store's excerpt breaks off ('Rule 100(b) of
Regulation'): `truncated`. No word added or changed; the store's single line breaks between paragraphs written as blank
lines. Each kept paragraph and the title checked by script to be a verbatim substring (once) of the saved excerpt
(/tmp/gather57c/src, written by /tmp/gather57c/mk_src.py). Written before any extractor ran on the text (newskg was not
run on it).
usage: batch56c.py [POOL_DIR] [--dry]   (default /tmp/gather57c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather57 (the "
         "round's CLAIMS.txt) and the session-54 pools /tmp/gather57*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57c/pool"
SRC = "/tmp/gather57c/src"
R = []

# ---- Brixmor Property Group Inc. and four former senior executives, press release 2019-143, Aug. 1, 2019 -------------
U1 = "https://www.sec.gov/newsroom/press-releases/2019-143"
T1 = "SEC Charges Brixmor Property Group Inc. and Former Senior Executives with Accounting Fraud"
P1 = [
 "The Securities and Exchange Commission today charged Brixmor Property Group Inc., a publicly-traded real estate "
 "investment trust, and four former senior executives with fraud in connection with a scheme to manipulate a key "
 "non-GAAP metric relied on by analysts and investors to evaluate the company's financial performance.",
 "Brixmor has agreed to settle the Commission's charges and pay a $7 million penalty.",
 "The SEC's complaint against the individuals, which was filed in the United States District Court for the Southern "
 "District of New York, alleges that from the third quarter of 2013 to the third quarter of 2015, Brixmor CEO Michael "
 "Carroll, CFO Michael Pappagallo, CAO Steven Splain and Senior VP of Accounting Michael Mortimer improperly adjusted "
 "Brixmor's same property net operating income (SP NOI) in order to report quarterly numbers that hit the "
 "Company\u2019s publicly-issued growth targets. According to the complaint, certain of the defendants described their "
 "manipulation of the non-GAAP measure as \"mak[ing] the sausage,\" using tactics such as selectively recognizing "
 "income from a \"cookie jar\" account, incorporating certain income that the company had represented was excluded, "
 "and improperly lowering the prior year's SP NOI to give the appearance of stronger growth in the current year.",
 "\"We allege that these senior executives intentionally manipulated a key metric to mislead investors about "
 "Brixmor's ability to hit its targets,\" said Marc P. Berger, Director of the SEC's New York Regional Office. \"A "
 "company that chooses to publicly present non-GAAP financial measures must do so truthfully.\""]
R.append((["brixmor-pr2019-143.txt"], T1, P1, federal(
 "us-sec-brixmor-property-group-former-ceo-carroll-cfo-pappagallo-cao-splain-sp-noi-non-gaap-fraud-2019",
 U1, "2019-08-01", T1, "\n\n".join(P1),
 "real estate/securities regulation", "legal,regulatory,accounting,non-GAAP measures,executives",
 "U.S. Securities and Exchange Commission, press release 2019-143, 'SEC Charges Brixmor Property Group Inc. and "
 "Former Senior Executives with Accounting Fraud', Aug. 1, 2019, US federal government work (public domain); text "
 "from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('newsroom/press-releases/"
 "2019-143'): first-party text. Left out: the dateline line 'Washington D.C., Aug. 1, 2019 \u2014' (the date kept as "
 "`published`, as 55v's Brookstreet release); the heading kept as `title`; cut after Berger's quotation ('... must do "
 "so truthfully.\"'), before 'The SEC's complaint charges Carroll, Pappagallo, Splain, and Mortimer with violating or "
 "aiding and abetting violations of the antifraud and books and records provisions ...', a sentence the store's "
 "excerpt breaks off ('Rule 100(b) of Regulation') (`truncated`). The store's single line breaks between paragraphs "
 "written as blank lines. Kept as written: 'publicly-traded', 'Brixmor CEO Michael Carroll, CFO Michael Pappagallo, "
 "CAO Steven Splain and Senior VP of Accounting Michael Mortimer' (abbreviated posts, no serial comma), the one curly "
 "apostrophe ('the Company\u2019s publicly-issued growth targets', capital C) beside the straight ones, the straight "
 "quotation marks, the bracket in '\"mak[ing] the sausage,\"', '\"cookie jar\"', 'SP NOI'. 244 words "
 "(whitespace-split), four paragraphs. Found at rank 1 under 'SEC charges Brixmor Property Group former CFO chief "
 "accounting officer income smoothing' (then internationalaccountingbulletin, cfo.com, accountancydaily, dokumen.tips "
 "(the order, a filing on a third-party host), cfodive, mcall, debevoise). One text per matter: the settled order "
 "against Brixmor (34-86538, AAER 4061), the parallel USAO SDNY indictment of the four executives and any later "
 "judgment release are the same matter, not asked for. " + CHECK + "'Brixmor', 'Pappagallo', 'Splain', 'Michael "
 "Mortimer', 'Michael Carroll', '2019-143', 'same property net operating': 0 in the corpus files, GATHERING.md, the "
 "scripts, the pools and CLAIMS.txt; 'Marc P. Berger' and 'New York Regional Office' are in other SEC texts of the "
 "corpus (other matters; not a novelty test).",
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
