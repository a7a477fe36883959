#!/usr/bin/env python3
"""Batch 54o (session 55, gatherer 54o): two SEC texts of 2009-2010 on companies and their officers, old-style sec.gov
pages -- the SEC's press release 2010-252 of 20 December 2010, 'SEC Charges Former Carter's Executive With Fraud and
Insider Trading', on 'a former Executive Vice President of children's clothing marketer Carter's Inc.', Joseph M. Elles,
and the Commission's first non-prosecution agreement (with Carter's), Robert Khuzami, 'Director of the SEC's Division
of Enforcement', quoted; and the SEC's Litigation Release No. 21177 of 12 August 2009, 'SEC CHARGES TEREX CORPORATION
WITH ACCOUNTING FRAUD', on 'Terex Corporation, a Westport, Conn.-based heavy equipment manufacturer', and its aiding and
abetting of 'a fraudulent accounting scheme at United Rentals, Inc. (URI)' -- US federal government works (17 U.S.C.
105), a session-55 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 54e
and 54j), on new matters, in the lane's old-style span (sec.gov news/press and litigation/litreleases pages of
2009-2013; gatherer 54p works newer SEC releases). See /work/notes/gather55/54o.md. 54j's leads were tried first:
Carter's (2010) came back at rank 1 as sec.gov's own release (taken); China Sky One Medical / Yan-qing Liu and Keyuan
Petrochemicals / Aichun Li gave secactions, gmtresearch, studicata, lexology, legalnewsline, courthousenews, Reuters
and EDGAR filings only (no sec.gov page, as an earlier round found). Every name, release number and address was checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather54, /work/notes/gather55 and the
session-55 pools:
  - SEC press release 2010-252 (20 December 2010): the Securities and Exchange Commission, Carter's Inc., Joseph M.
    Elles, Robert Khuzami, the SEC's Division of Enforcement, Atlanta (sec.gov's 'news/press/2010/2010-252.htm');
  - SEC Litigation Release No. 21177 / Accounting and Auditing Enforcement Release No. 3035 (12 August 2009): the
    Commission, Terex Corporation, United Rentals, Inc., the U.S. District Court for the District of Connecticut,
    Westport, Connecticut (sec.gov's 'litigation/litreleases/2009/lr21177.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; 2,000 bytes each as saved). Page lines ('U.S.
Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'; 'U.S.
SECURITIES AND EXCHANGE COMMISSION'), the release-number lines, the case caption and the press release's dateline
('Washington, D.C., Dec. 20, 2010 -- ' opening its first paragraph) are left out (each heading kept as `title`, the
litigation release's in capitals as printed; the date as `published`); no word added or changed; paragraphs joined by
a blank line; each text cut at the last full sentence before the store's excerpt breaks off (the press release before
'William P. Hicks, Associate Director o'; the litigation release before 'Without admitting or'). Each kept paragraph
and title checked by script to be a verbatim substring of the saved excerpt (/tmp/gather55o/src, written by
/tmp/gather55o/mk_src.py). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54o.py [POOL_DIR] [--dry]   (default /tmp/gather55o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54, /work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (none held a "
         "file on these matters): ")
PAGE_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
              "Exchange Commission'")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55o/pool"
SRC = "/tmp/gather55o/src"
R = []

# ---- Carter's / Joseph M. Elles, SEC press release 2010-252 of 20 December 2010 -------------------------------------
U1 = "https://www.sec.gov/news/press/2010/2010-252.htm"
T1 = "SEC Charges Former Carter's Executive With Fraud and Insider Trading"
P1 = [
 "The Securities and Exchange Commission today charged a former Executive Vice President of children's clothing "
 "marketer Carter's Inc. for engaging in financial fraud and insider trading. The SEC alleges that Joseph M. Elles's "
 "misconduct caused an understatement of Carter's expenses and a material overstatement of its net income in several "
 "financial reporting periods.",
 "The SEC also announced that it has entered a non-prosecution agreement with Carter's under which the Atlanta-based "
 "company will not be charged with any violations of the federal securities laws relating to Elles's unlawful "
 "conduct. The non-prosecution agreement reflects the relatively isolated nature of the unlawful conduct, Carter's "
 "prompt and complete self-reporting of the misconduct to the SEC, its exemplary and extensive cooperation in the "
 "investigation, including undertaking a thorough and comprehensive internal investigation, and Carter's extensive "
 "and substantial remedial actions. This marks the first non-prosecution agreement entered by the SEC since the "
 "announcement of the SEC's new cooperation initiative earlier this year.",
 "\"Elles's trickery in secretly awarding excessive discounts deceived and damaged Carter's investors,\" said Robert "
 "Khuzami, Director of the SEC's Division of Enforcement. \"While that was the wrong thing to do, Carter's did the "
 "right thing by promptly self-reporting the misconduct, taking thorough remedial action, and extensively cooperating "
 "with our investigation, for which it received the benefits of a non-prosecution agreement. In such circumstances, "
 "incentivizing appropriate corporate response to misconduct through the use of non-prosecution agreements is in the "
 "best interest of companies, shareholders and the SEC alike.\""]
R.append((["carters-elles-2010-252.txt"], T1, P1, federal(
 "us-sec-carters-former-executive-vice-president-elles-fraud-insider-trading-non-prosecution-agreement-2010", U1,
 "2010-12-20", T1, "\n\n".join(P1),
 "apparel/securities regulation", "legal,regulatory,corporate governance",
 "U.S. Securities and Exchange Commission, press release 2010-252 '" + T1 + "', Washington, D.C., Dec. 20, 2010, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2010/2010-252.htm' address): first-party text. Left out: the page lines " + PAGE_LINES + "; the heading "
 "kept as `title`; the dateline 'Washington, D.C., Dec. 20, 2010 \u2014 ' opening the first paragraph (kept as "
 "`published`, as 42e, 46j, 48a and 54j cut their releases' datelines). Cut after the third paragraph (Khuzami's "
 "quotation, '... shareholders and the SEC alike.\"'), before 'William P. Hicks, Associate Director o', where the "
 "store's excerpt breaks off (`truncated`; so Hicks and his office are not in the text). Kept as written: 'Executive "
 "Vice President' with capitals, 'Carter's Inc.' with no comma, 'Elles's' (twice), 'Atlanta-based', "
 "'non-prosecution', 'self-reporting', straight quotes and apostrophes as the store gives them. 243 words "
 "(whitespace-split), three paragraphs. Found at rank 1 under 'SEC Charges Carter's Inc. executive accounting fraud "
 "Washington D.C. 2010' (54j's lead: 'Carter's (2010)'); the rest were news and law-firm notes (bizjournals, "
 "secactions, inaudit, brokeandbroker twice, McGuireWoods, a blog's copy of a news story). One text per matter. "
 + CHECK + "'Carter's' (case-sensitive: only 54j's notes naming the lead, and GATHERING.md once in another sense), "
 "'Elles' (only inside 'Ellesmere' in two Hansard files), 'Joseph M. Elles', '2010-252', 'William P. Hicks', 'Kohl's': "
 "no corpus file on this matter; 'Khuzami' in other SEC matters' files only.",
 True)))

# ---- Terex Corporation / United Rentals, SEC Litigation Release No. 21177 of 12 August 2009 -------------------------
U2 = "https://www.sec.gov/litigation/litreleases/2009/lr21177.htm"
T2 = "SEC CHARGES TEREX CORPORATION WITH ACCOUNTING FRAUD"
P2 = [
 "The Commission today charged Terex Corporation, a Westport, Conn.-based heavy equipment manufacturer, with "
 "accounting fraud for making material misstatements in its own financial reports to investors, as well as aiding "
 "and abetting a fraudulent accounting scheme at United Rentals, Inc. (URI), another Connecticut-based public company.",
 "Terex has agreed to settle the SEC's charges and pay a penalty of $8 million. The SEC previously charged URI with "
 "fraud as well as officers of URI and Terex.",
 "The SEC's complaint, filed in U.S. District Court for the District of Connecticut, alleges that Terex aided and "
 "abetted the fraudulent accounting by URI for two year-end transactions that were undertaken to allow URI to meet "
 "its earnings forecasts. These fraudulent transactions also allowed Terex to prematurely recognize revenue from its "
 "sales to URI. The fraud occurred through URI's sales of used equipment to a financing company and its lease-back of "
 "that equipment for a short period. As part of the scheme, Terex agreed to sell the equipment at the end of the "
 "lease period and guarantee the financing company against any losses. URI separately guaranteed Terex against "
 "losses it might incur under the guarantee it had extended to the financing company.",
 "The SEC's complaint also alleges that from 2000 through June 2004, Terex's accounting staff failed to resolve "
 "imbalances arising from certain intercompany transactions. Instead of investigating and correcting the imbalances, "
 "Terex offset the imbalances with unsupported and improper entries. As a result, costs were not recorded as "
 "expenses, and, on a consolidated basis, Terex appeared to be more profitable than it was."]
R.append((["terex-lr21177.txt"], T2, P2, federal(
 "us-sec-terex-accounting-fraud-aiding-united-rentals-sale-leaseback-litigation-release-2009", U2, "2009-08-12", T2,
 "\n\n".join(P2),
 "construction equipment/securities regulation", "legal,regulatory,accounting",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21177, August 12, 2009 (Accounting and Auditing "
 "Enforcement Release No. 3035; Securities and Exchange Commission v. Terex Corporation, 3:09civ1281(AWT) (D. "
 "Conn.)), '" + T2 + "', US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2009/lr21177.htm' address): first-party text, as 44l's and 45ze's litigation releases. "
 "Left out: the line 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21177 / August 12, 2009' "
 "(kept as `published`), 'Accounting and Auditing Enforcement Release No. 3035 / August 12, 2009', the caption "
 "'Securities and Exchange Commission v. Terex Corporation, 3:09civ1281(AWT) (D. Conn.)'; the heading kept as `title`, "
 "in capitals as printed (44l). Cut after the fourth paragraph ('... Terex appeared to be more profitable than it "
 "was.'), before 'Without admitting or', where the store's excerpt breaks off (`truncated`; the settlement's terms "
 "are not in the text). Kept as written: 'Westport, Conn.-based', 'Connecticut-based', 'year-end', 'lease-back', "
 "'intercompany', 'U.S. District Court', straight apostrophes as the store gives them. 259 words (whitespace-split), "
 "four paragraphs. Found at rank 4 under 'SEC Charges Terex Corporation aiding and abetting United Rentals accounting "
 "fraud Washington D.C. 2009' (a company of my own, 0 corpus hits); the rest were equipmentworld (quoting the "
 "press release), vdocuments' copy of the complaint, secactions, rermag, mining.com (Terex's own release), pietragallo "
 "(the Second Circuit's Apuzzo ruling, 2012). The matter's press release (with Fredric D. Firestone's quotation) did "
 "not come back; one text per matter, so this litigation release is the matter's text. It names no officer inside "
 "the kept text ('officers of URI and Terex' only): a company text of the lane, kept for its two companies and court. "
 + CHECK + "'Terex', 'United Rentals', 'Apuzzo', '21177', 'lr21177', '3035' (as a release number), 'Fredric D. "
 "Firestone': 0 in the corpus files, GATHERING.md, the gather scripts, the notes and the pools; 'Westport' only in "
 "other matters (a 2022 SEC complaint against Westport Capital Markets, other batches' places).",
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
