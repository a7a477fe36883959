#!/usr/bin/env python3
"""Batch 55v (session 54, gatherer 55v): two sec.gov releases charging securities firms' officers -- 'SEC Sues Gabelli
Funds LLC Former Portfolio Manager Marc Gabelli and Chief Operating Officer Bruce Alpert for Securities Fraud in
Connection With an Undisclosed Market Timing Arrangement; Gabelli Funds LLC Agrees to Pay $16 Million ...' (Litigation
Release No. 20539, April 24, 2008: Marc J. Gabelli, former portfolio manager of the Gabelli Global Growth Fund (GGGF,
'currently known as GAMCO Global Growth Fund'), and Bruce Alpert, 'Chief Operating Officer of GGGF's adviser, Gabelli
Funds LLC', over a market timing arrangement with Folkes Asset Management, 'currently known as Headstart Advisers
Ltd.'); 'SEC Charges California Firm and CEO With Defrauding Customers in Sales of Risky Mortgage-Backed Securities'
(press release 2009-260, Dec. 8, 2009: 'Irvine, Calif.-based Brookstreet Securities Corp. and its President and CEO
Stanley C. Brooks'; Robert Khuzami of the Division of Enforcement and Rosalind R. Tyson of the Los Angeles Regional
Office quoted) -- US federal government works (17 U.S.C. 105), a session-54 round in the federal SEC lane (after 55l,
55b, 54zq and the rounds they name), on new matters. See /work/notes/gather56/55v.md. Gabelli / Alpert and Brookstreet
/ Brooks were leads of 55l ('still untried with 0 corpus hits'); each was found by the firm's and officer's names and
the charge. Every name, number and address was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather56 (CLAIMS.txt) and the session-54 pools /tmp/gather56*/pool:
  - sec.gov 'litigation/litreleases/lr-20539' (April 24, 2008): the Securities and Exchange Commission (the
    Commission), the United States District Court for the Southern District of New York, Marc J. Gabelli, the Gabelli
    Global Growth Fund (GGGF; GAMCO Global Growth Fund), Bruce Alpert, Gabelli Funds LLC (Gabelli Funds), Folkes Asset
    Management (Headstart Advisers Ltd., Headstart);
  - sec.gov 'news/press/2009/2009-260.htm' (Dec. 8, 2009): the Securities and Exchange Commission (SEC), Irvine,
    Calif., Brookstreet Securities Corp. (Brookstreet), Stanley C. Brooks, Robert Khuzami, the SEC's Division of
    Enforcement, Rosalind R. Tyson, the SEC's Los Angeles Regional Office.
Texts are the search tool's page-store excerpts (corpus `pages`; 1,999 and 2,000 bytes as saved: the store's excerpt
length, a check on the transcription). Gabelli: the lines 'Breadcrumb', 'Marc J. Gabelli and Bruce Alpert' (the page's
name line), 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20539 / April 24, 2008' (the date kept as
`published`) and the case caption 'Securities and Exchange Commission v. Marc J. Gabelli and Bruce Alpert, Civil Action
No. 08 CV 3868' left out (as 55b's Amerindo release); the heading kept as `title`; the list's bullet mark and the
blank-space line after the item left out; cut after the first list item, before '\u2022 Neither Marc Gabelli nor Alpert
disclosed to the GGGF Board of ', where the excerpt breaks off. Brookstreet: the two '|' lines, the heading (kept as
`title`), 'FOR IMMEDIATE RELEASE', the release number '2009-260' and the dateline 'Washington, D.C., Dec. 8, 2009 \u2014 '
opening the first paragraph (the date kept as `published`, as 55l's releases) left out; cut after Tyson's quotation,
before 'According to the SEC's complaint, filed in federal district court in Santa Ana, Calif., ', where the excerpt
breaks off. Both `truncated`. No word added or changed; the store's paragraphs (single line breaks in the Brookstreet
excerpt) joined by a blank line. Each kept paragraph and title checked by script to be a verbatim substring (once) of
the saved excerpt (/tmp/gather56v/src, written by /tmp/gather56v/mk_src.py). Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch55v.py [POOL_DIR] [--dry]   (default /tmp/gather56v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56 (the "
         "round's CLAIMS.txt) and the session-54 pools /tmp/gather56*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56v/pool"
SRC = "/tmp/gather56v/src"
R = []

# ---- SEC v. Marc J. Gabelli and Bruce Alpert, Litigation Release No. 20539, April 24, 2008 -----------------------------
U1 = "https://www.sec.gov/litigation/litreleases/lr-20539"
T1 = ("SEC Sues Gabelli Funds LLC Former Portfolio Manager Marc Gabelli and Chief Operating Officer Bruce Alpert for "
      "Securities Fraud in Connection With an Undisclosed Market Timing Arrangement; Gabelli Funds LLC Agrees to Pay $16 "
      "Million to Settle SEC Charges in Related Administrative Proceeding")
P1 = [
 "On April 24, 2008, the Securities and Exchange Commission filed a civil fraud action in the United States District "
 "Court for the Southern District of New York against Marc J. Gabelli, the former portfolio manager of the Gabelli "
 "Global Growth Fund (GGGF), currently known as GAMCO Global Growth Fund, and Bruce Alpert, Chief Operating Officer of "
 "GGGF's adviser, Gabelli Funds LLC (Gabelli Funds), in connection with an undisclosed market timing arrangement with "
 "Folkes Asset Management, currently known as Headstart Advisers Ltd. (Headstart). \"Market timing\" refers to the "
 "practice of short term buying, selling, and exchanging of mutual fund shares in order to exploit inefficiencies in "
 "mutual fund pricing.",
 "The Commission's Complaint, which seeks an injunction, civil penalties, disgorgement, and other relief, alleges as "
 "follows:",
 "From September 1999 until August 2002, Marc Gabelli authorized Headstart to place market timing trades in GGGF. "
 "Beginning in April 2000, Marc Gabelli authorized Headstart to triple its timing capacity in exchange for a \"sticky "
 "asset\" investment in a hedge fund that Marc Gabelli also managed. While Headstart was allowed to time GGGF, Marc "
 "Gabelli and Alpert knew that Gabelli Funds' was rejecting, at their direction, other market timers. Alpert allowed "
 "Headstart to continue timing GGGF as long as it maintained its investment in other affiliated funds."]
R.append((["gabelli-lr20539.txt"], T1, P1, federal(
 "us-sec-gabelli-funds-coo-alpert-former-portfolio-manager-marc-gabelli-gggf-market-timing-headstart-2008",
 U1, "2008-04-24", T1, "\n\n".join(P1),
 "asset management/securities regulation", "legal,regulatory,investment funds,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20539, 'SEC Sues Gabelli Funds LLC Former Portfolio "
 "Manager Marc Gabelli and Chief Operating Officer Bruce Alpert for Securities Fraud in Connection With an Undisclosed "
 "Market Timing Arrangement; Gabelli Funds LLC Agrees to Pay $16 Million to Settle SEC Charges in Related "
 "Administrative Proceeding', April 24, 2008, US federal government work (public domain); text from the search tool's "
 "page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr-20539'): first-party text. Left out: the lines 'Breadcrumb', 'Marc J. Gabelli and Bruce Alpert' (the page's name "
 "line), 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20539 / April 24, 2008' (the date kept as "
 "`published`), the case caption 'Securities and Exchange Commission v. Marc J. Gabelli and Bruce Alpert, Civil Action "
 "No. 08 CV 3868' (as 55b's Amerindo release); the heading kept as `title`; the list's bullet mark and the blank-space "
 "line after the first item left out, the item kept as its own paragraph; cut after the first item ('... as long as it "
 "maintained its investment in other affiliated funds.'), before 'Neither Marc Gabelli nor Alpert disclosed to the "
 "GGGF Board of ', where the store's excerpt breaks off (`truncated`). Kept as written: 'Chief Operating Officer of "
 "GGGF's adviser, Gabelli Funds LLC (Gabelli Funds)', 'currently known as' (twice), 'Headstart Advisers Ltd. "
 "(Headstart)', 'short term buying' (no hyphen), 'The Commission's Complaint' (capital C), 'Gabelli Funds' was "
 "rejecting' (the release's stray apostrophe), the straight quotation marks ('\"Market timing\"', '\"sticky asset\"'). "
 "211 words (whitespace-split), three paragraphs. Found at rank 1 under 'SEC charges Marc J. Gabelli and Bruce N. "
 "Alpert Gabelli Funds market timing Gabelli Global Growth Fund' (then a justia summary of the 2011 Second Circuit "
 "opinion, efinancialnews, mfwire, investmentnews, law.com, vlex (the opinion), reuters). One text per matter: the "
 "related administrative proceeding against Gabelli Funds LLC ($16 million) is the same matter, not asked for. "
 + CHECK + "'Gabelli', 'Headstart', 'Folkes', 'GGGF', 'GAMCO', '20539', '08 CV 3868': 0 in the corpus files, the "
 "scripts, the pools and CLAIMS.txt ('Gabelli' only on 55l's GATHERING.md lead and check lines); 'Alpert' in two "
 "corpus files on other people (an FCC licensee's counsel Dan J. Alpert; another FCC letter) and SEC v. Todd Alpert "
 "(2017, an unrelated insider case) only in third-party digests.",
 True)))

# ---- Brookstreet Securities Corp. / Stanley C. Brooks, SEC PR 2009-260, Dec. 8, 2009 ----------------------------------
U2 = "http://sec.gov/news/press/2009/2009-260.htm"
T2 = "SEC Charges California Firm and CEO With Defrauding Customers in Sales of Risky Mortgage-Backed Securities"
P2 = [
 "The Securities and Exchange Commission today charged Irvine, Calif.-based Brookstreet Securities Corp. and its "
 "President and CEO Stanley C. Brooks with fraud for systematically selling risky mortgage-backed securities to "
 "customers with conservative investment goals. The fraud cost many Brookstreet investors their savings, homes, or "
 "retirement cushions, and eventually caused the firm to collapse.",
 "The SEC alleges that Brookstreet and Brooks developed an internal program through which the firm's registered "
 "representatives sold particularly risky and illiquid types of Collateralized Mortgage Obligations (CMOs) to more than "
 "1,000 seniors, retirees, and others for whom they were unsuitable. The SEC further alleges that Brookstreet "
 "continued to promote and sell risky CMOs to retail investors even after Brooks received numerous indications and "
 "personal warnings that these were \"dangerous\" investments that could become worthless overnight. One trader even "
 "called Brookstreet's program a \"scam.\" Finally, in a last-ditch effort to save Brookstreet from failing during the "
 "financial crisis, Brooks allegedly directed the unauthorized sale of CMOs from Brookstreet customers' cash-only "
 "accounts, causing substantial investor losses.",
 "\"These were complex mortgage derivative securities with byzantine pricing, valuation and trading "
 "characteristics,\" said Robert Khuzami, Director of the SEC's Division of Enforcement. \"Selling them to retirees and "
 "conservative investors was profoundly and egregiously wrong.\"",
 "\"Brooks sanctioned and supported an ill-conceived program that misled retail customers to invest in risky "
 "derivatives of mortgage-backed securities,\" said Rosalind R. Tyson, Director of the SEC's Los Angeles Regional "
 "Office."]
R.append((["brookstreet-2009-260.txt"], T2, P2, federal(
 "us-sec-brookstreet-securities-president-ceo-brooks-risky-cmo-sales-fraud-2009",
 U2, "2009-12-08", T2, "\n\n".join(P2),
 "brokerage/securities regulation", "legal,regulatory,brokerage,mortgage-backed securities,executives",
 "U.S. Securities and Exchange Commission, press release 2009-260, 'SEC Charges California Firm and CEO With "
 "Defrauding Customers in Sales of Risky Mortgage-Backed Securities', Washington, D.C., Dec. 8, 2009, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press/2009/"
 "2009-260.htm'): first-party text. Left out: the two page-frame lines '|', the heading (kept as `title`), the lines "
 "'FOR IMMEDIATE RELEASE' and '2009-260', the dateline 'Washington, D.C., Dec. 8, 2009 \u2014 ' opening the first "
 "paragraph (the date kept as `published`, as 55l's releases); the store's single line breaks between paragraphs "
 "written as blank lines; cut after Tyson's quotation ('... Director of the SEC's Los Angeles Regional Office.'), "
 "before 'According to the SEC's complaint, filed in federal district court in Santa Ana, Calif., ', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: 'Irvine, Calif.-based', 'its President and CEO Stanley C. "
 "Brooks', 'Collateralized Mortgage Obligations (CMOs)' (capitals), 'more than 1,000 seniors', 'last-ditch', "
 "'cash-only', 'ill-conceived', the straight quotation marks and apostrophes ('\"dangerous\"', '\"scam.\"', "
 "'Brookstreet's', 'customers''). 234 words (whitespace-split), four paragraphs. Found at rank 4 under 'SEC charges "
 "Brookstreet Securities Corporation and its CEO Stanley Brooks collateralized mortgage obligations' (ranks 1-3: "
 "thinkadvisor, foxbusiness, reuters on the 2012 $10 million judgment; then fa-mag, vdocuments' copy of the complaint, "
 "securitiesarbitrations, secactions). One text per matter: the 2012 judgment release is the same matter, not asked "
 "for. " + CHECK + "'Brookstreet', 'Stanley C. Brooks', '2009-260': 0 in the corpus files, the scripts, the pools and "
 "CLAIMS.txt ('Brookstreet' only on 55l's GATHERING.md lead and check lines); 'Khuzami' in eleven and 'Rosalind' in "
 "two corpus files (other SEC texts: the same officials); 'Irvine' (four) and 'Santa Ana' (two, the cut sentence's "
 "court seat) alone in other corpus files on other subjects (a DOJ bribery release, a House letter and others).",
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
