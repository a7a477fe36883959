#!/usr/bin/env python3
"""Batch 54u (session 55, gatherer 54u): two SEC litigation releases of 2010 and 2012 on companies and the men who ran
or sat on their boards, old-style sec.gov pages -- the SEC's Litigation Release No. 21607 of 29 July 2010, 'SEC Charges
Two Former Public Company Chairmen, Their Lawyer and Their Stockbroker in Fraudulent Scheme', on 'Samuel E. Wyly and his
brother, Charles J. Wyly, Jr.', who hid their holdings and trades in 'Michaels Stores, Inc., Sterling Software, Inc.,
Sterling Commerce, Inc., and Scottish Annuity & Life Holdings Ltd.' while on those companies' boards; and the SEC's
Litigation Release No. 22403 of 28 June 2012, 'SEC Charges Philip A. Falcone and Harbinger Charged with Securities
Fraud', on 'New York-based hedge fund adviser Philip A. Falcone and his advisory firm, Harbinger Capital Partners LLC',
'Peter A. Jenson, Harbinger's former Chief Operating Officer', and 'Harbert Management Corporation' -- US federal
government works (17 U.S.C. 105), a session-55 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x,
53zg, 53zj, 53zl, 53zp, 54e, 54j and 54o), on new matters, in the lane's old-style span (sec.gov litigation/litreleases
pages of 2008-2014; gatherer 54v works 2019-2025). See /work/notes/gather55/54u.md. 54o's leads (Ebix, Zale, Heelys,
Raser Technologies, Navigant, Hennessee, Ambac) gave no sec.gov page; both texts are names of my own, found by the
release's own heading words plus the people and companies it names. Every name, release number and address was checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather54, /work/notes/gather55 and the
session-55 pools:
  - SEC Litigation Release No. 21607 (29 July 2010): the Securities and Exchange Commission, Samuel E. Wyly, Charles J.
    Wyly, Jr., Michaels Stores, Inc., Sterling Software, Inc., Sterling Commerce, Inc., Scottish Annuity & Life Holdings
    Ltd. (Scottish Re Group Limited), the New York Stock Exchange, the Isle of Man, the Cayman Islands (sec.gov's
    'litigation/litreleases/2010/lr21607.htm');
  - SEC Litigation Release No. 22403 (28 June 2012): the Commission, Philip A. Falcone, Harbinger Capital Partners LLC,
    Peter A. Jenson, Harbert Management Corporation, the U.S. District Court for the Southern District of New York, New
    York (sec.gov's 'litigation/litreleases/2012/lr22403.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; 2,000 bytes each as saved). Page lines ('Samuel E.
Wyly, et al.', 'U.S. SECURITIES AND EXCHANGE COMMISSION'), the release-number lines and the case captions (one for the
Wyly release, four for the Harbinger release) are left out (each heading kept as `title`, as printed; the date as
`published`); no word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence
before the store's excerpt breaks off (the Wyly release after the first sentence of its third paragraph, before 'The
complaint alleges that the Offshore System enabled the Wylys to hide their ownership and control of the I'; the
Harbinger release after its fourth paragraph, before the list 'In particular, the SEC alleges that: 1. Falcone
fraudulently obtained $113.2 million from a h'). Each kept paragraph and title checked by script to be a verbatim
substring of the saved excerpt (/tmp/gather55u/src, written by /tmp/gather55u/mk_src.py). Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch54u.py [POOL_DIR] [--dry]   (default /tmp/gather55u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54, /work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (none held a "
         "file on these matters): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55u/pool"
SRC = "/tmp/gather55u/src"
R = []

# ---- Samuel E. Wyly and Charles J. Wyly, Jr., SEC Litigation Release No. 21607 of 29 July 2010 ----------------------
U1 = "http://sec.gov/litigation/litreleases/2010/lr21607.htm"
T1 = "SEC Charges Two Former Public Company Chairmen, Their Lawyer and Their Stockbroker in Fraudulent Scheme"
P1 = [
 "The Securities and Exchange Commission alleged in a civil enforcement action filed today that Samuel E. Wyly and his "
 "brother, Charles J. Wyly, Jr. (hereinafter the \"Wylys\"), engaged in a 13-year fraudulent scheme to hold and trade "
 "tens of millions of securities of public companies while they were members of the boards of directors of those "
 "companies, without disclosing their ownership and their trading of those securities. According to the complaint, the "
 "Wylys' scheme defrauded the investing public by materially misrepresenting the Wylys' ownership and trading of the "
 "securities at issue while enabling the Wylys to realize hundreds of millions of dollars of undisclosed gain and other "
 "material benefits in violation of the federal securities laws governing the ownership and trading of securities by "
 "corporate insiders.",
 "The public companies involved in the Wylys' scheme to defraud were, according to the complaint, Michaels Stores, "
 "Inc., Sterling Software, Inc., Sterling Commerce, Inc., and Scottish Annuity & Life Holdings Ltd. (now known as "
 "Scottish Re Group Limited) (\"Scottish Re\") (hereinafter collectively referred to as \"the Issuers\"). The complaint "
 "alleges that shares of the Issuers were traded on the New York Stock Exchange throughout the period of the Wylys' "
 "scheme.",
 "According to the complaint, the apparatus of the fraud was an elaborate sham system of trusts and subsidiary "
 "companies located in the Isle of Man and the Cayman Islands (collectively hereinafter the \"Offshore System\") "
 "created by and at the direction of the Wylys."]
R.append((["wyly-lr21607.txt"], T1, P1, federal(
 "us-sec-wyly-brothers-directors-michaels-stores-sterling-software-scottish-re-offshore-trusts-litigation-release-2010",
 U1, "2010-07-29", T1, "\n\n".join(P1),
 "retail, software and insurance/securities regulation", "legal,regulatory,corporate governance",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21607, July 29, 2010 (Securities and Exchange "
 "Commission v. Samuel E. Wyly, et al., Civil Action No.10-CV-5760 (SAS) (S.D.N.Y., July 29, 2010)), '" + T1 + "', US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2010/lr21607.htm' address): first-party text, as 44l's, 45ze's and 54o's litigation "
 "releases. Left out: the page line 'Samuel E. Wyly, et al.', 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation "
 "Release No. 21607 /July 29, 2010' (kept as `published`), the caption 'Securities and Exchange Commission v. Samuel E. "
 "Wyly, et al., Civil Action No.10-CV-5760 (SAS) (S.D.N.Y., July 29, 2010)'; the heading kept as `title`. Cut after "
 "the first sentence of the third paragraph ('... created by and at the direction of the Wylys.'), before 'The "
 "complaint alleges that the Offshore System enabled the Wylys to hide their ownership and control of the I', where the "
 "store's excerpt breaks off (`truncated`; so the lawyer and the stockbroker of the heading, Michael C. French and "
 "Louis J. Schaufele III, are not in the text). Kept as written: 'Charles J. Wyly, Jr.', '13-year', 'Scottish Annuity & "
 "Life Holdings Ltd.', 'Scottish Re Group Limited', straight quotes and apostrophes as the store gives them. 239 words "
 "(whitespace-split), three paragraphs. Found at rank 6 under 'SEC Charges Sam Wyly and Charles Wyly offshore trusts "
 "fraud Michaels Stores Sterling Software 2010' (a matter of my own, 0 corpus hits); the rest were the SEC's complaint "
 "as docslib, efta-search and vdocument copies, Reuters, Yahoo (Reuters), a blog's copy of a New York Times story. "
 "One text per matter. " + CHECK + "'Wyly', 'Michaels Stores', 'Sterling Commerce', 'Scottish Annuity', 'Schaufele', "
 "'lr21607': 0 anywhere; 'Sterling Software' only in GATHERING.md's antitrust lane (KnowledgeWare notice, no text); "
 "'Scottish Re' and '21607' only as substrings in unrelated files ('Scottish Review of Books' and the like, a Dail "
 "reference '[21607/09]').",
 True)))

# ---- Harbinger Capital Partners / Philip A. Falcone, SEC Litigation Release No. 22403 of 28 June 2012 ---------------
U2 = "https://www.sec.gov/litigation/litreleases/2012/lr22403.htm"
T2 = "SEC Charges Philip A. Falcone and Harbinger Charged with Securities Fraud"
P2 = [
 "The Securities and Exchange Commission today filed fraud charges against New York-based hedge fund adviser Philip A. "
 "Falcone and his advisory firm, Harbinger Capital Partners LLC, for illicit conduct that included misappropriation of "
 "client assets, market manipulation, and betraying clients. The SEC also charged Peter A. Jenson, Harbinger's former "
 "Chief Operating Officer, for aiding and abetting the misappropriation scheme. Additionally, the SEC reached a "
 "settlement with Harbinger for unlawful trading.",
 "In a separate settled action, the SEC charged Harbert Management Corporation, whose affiliates served as the "
 "managing members of two Harbinger-related entities, as a controlling person in the market manipulation.",
 "The SEC alleges that Falcone used fund assets to pay his taxes, conducted an illegal \"short squeeze\" to manipulate "
 "bond prices, secretly favored certain customers at the expense of others, and that Harbinger unlawfully bought "
 "equity securities in a public offering, after having sold short the same security during a restricted period.",
 "The SEC filed actions in U.S. District Court for the Southern District of New York against Falcone, Jenson, and "
 "Harbinger, and, in connection with the illegal trading scheme, separately instituted and settled administrative and "
 "cease-and-desist proceedings against Harbinger."]
R.append((["harbinger-falcone-lr22403.txt"], T2, P2, federal(
 "us-sec-harbinger-capital-falcone-former-coo-jenson-harbert-management-misappropriation-litigation-release-2012",
 U2, "2012-06-28", T2, "\n\n".join(P2),
 "hedge funds/securities regulation", "legal,regulatory,asset management",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22403, June 28, 2012 (SEC v. Harbinger Capital "
 "Partners LLC; Philip A. Falcone; and Peter A. Jenson, Civil Action 12-CV-5028 (SDNY); SEC v. Philip A. Falcone et "
 "al., 12-CV-5027; SEC v. Harbert Management Corporation et al., 12-CV-5029; SEC v. Harbinger Capital Partners LLC, OIP "
 "34-67279), '" + T2 + "', US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2012/lr22403.htm' address): first-party text. Left out: 'Litigation Release No. 22403 / June "
 "28, 2012' (kept as `published`) and the four case captions ('SEC v. Harbinger Capital Partners LLC; Philip A. "
 "Falcone; and Peter A. Jenson, Civil Action 12-CV-5028 (SDNY)', 'SEC v. Philip A. Falcone; Harbinger Capital Partners "
 "Offshore Manager, LLC; and Harbinger Capital Partners Special Situations GP, LLC, Civil Action 12-CV-5027 (SDNY)', "
 "'SEC v. Harbert Management Corporation; HMC-New York, Inc.; and HMC Investors, LLC, Civil Action 12-CV-5029 (SDNY)', "
 "'SEC v. Harbinger Capital Partners LLC, OIP 34-67279'; so the captions' entities are not in the text); the heading "
 "kept as `title` as printed ('... Falcone and Harbinger Charged with ...'). Cut after the fourth paragraph ('... "
 "proceedings against Harbinger.'), before the list 'In particular, the SEC alleges that: 1. Falcone fraudulently "
 "obtained $113.2 million from a h', where the store's excerpt breaks off (`truncated`). Kept as written: 'New "
 "York-based', 'Chief Operating Officer' with capitals, 'Harbinger-related', '\"short squeeze\"', 'cease-and-desist', "
 "straight quotes and apostrophes as the store gives them. 190 words (whitespace-split), four paragraphs. Found at rank "
 "3 under 'SEC Charges Philip Falcone and Harbinger Capital Partners misappropriating fund assets 2012' (a matter of my "
 "own, 0 corpus hits); the rest were stockbrokerlitigation, finalternatives, complianceweek, investorlawyers, Business "
 "Insider and two Chicago Tribune (Reuters) copies. The matter's press release (2012-126, with Robert Khuzami's "
 "quotation) did not come back; one text per matter, so this litigation release is the matter's text. " + CHECK +
 "'Falcone', 'lr22403', '22403', 'LightSquared': 0 anywhere; 'Harbinger' only for Harbinger/SkyTerra (2009 FCC "
 "filings, another matter, 45zr's notes and an FCC pleading-cycle file); 'Harbert' only for Bill Harbert International "
 "Construction Inc. (54a's DOJ bid-rigging verdict of 2002, another company); 'Jenson' only for James A. Jenson of "
 "Jencom (an FCC radio letter, another person).",
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
