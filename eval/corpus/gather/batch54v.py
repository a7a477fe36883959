#!/usr/bin/env python3
"""Batch 54v (session 55, gatherer 54v): two SEC litigation releases of 2020 and 2023 as sec.gov itself carries them --
the Commission's charges against 'Celsius Network Limited (Celsius) and its founder and former CEO, Alex Mashinsky',
over the unregistered offers and sales of 'Celsius's crypto lending product, the Earn Interest Program', false
statements to its investors and the manipulation of its CEL token (Litigation Release No. 25779, 14 July 2023); and its
charges against 'New York-based brand-management company Sequential Brands Group, Inc.' for failing to impair its
goodwill after its stock price fell in 2016 (Litigation Release No. 24981, 11 December 2020) -- US federal government
works (17 U.S.C. 105), a session-55 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj,
53zl, 53zp, 53zs, 54b, 54i and 54p), on matters new to the corpus (both among 54p's untaken leads: 'Celsius /
Mashinsky', 'Sequential Brands'). Both were found with queries naming the company with its people or its charge in
the SEC heading's own words (54p's lead); the other 54p leads (BlockFi Lending, Poloniex, LBRY, Ebix, Loop
Industries) and other 2019-2025 matters (Nikola/Milton, Ozy Media, Terraform/Kwon, HyperFund/Lee, Dragonchain/Roets,
Archegos/Hwang, Infinity Q/Velissaris, EminiFX/Alexandre) brought back only news rewrites, law-firm notes, court
papers, EDGAR filings and third-party copies. Every name, release number, docket and address was checked first against
the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-55 pools:
  - SEC Litigation Release No. 25779 (July 14, 2023), Securities and Exchange Commission v. Celsius Network Limited and
    Alexander "Alex" Mashinsky, No. 1:23-cv-06005 (SDNY filed July 13, 2023) (sec.gov
    'litigation/litreleases/2023/lr25779.htm');
  - SEC Litigation Release No. 24981 (December 11, 2020), Securities and Exchange Commission v. Sequential Brands Group,
    Inc., Civil Action No. Civ. A. No. 20-CV-10471 (S.D.N.Y. filed December 11, 2020 (sec.gov
    'litigation/litreleases/2020/lr24981.htm').
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes each, cut off by the store). The release
heading is the `title`; left out: the agency line (Celsius) or the page line (Sequential), the release line (its date
kept as `published`) and the caption (kept in the attribution). Cut at the last full sentence before the store's
excerpt breaks off (both `truncated`): Celsius after '... manipulated the market of CEL.' (before 'Start'), Sequential
after '... in the fourth quarter of 2017.' (before 'The complaint, filed in federal district court in Manhattan, charges
Sequential with violating the antifraud provisio'). No word added or changed; Sequential's dateline 'Washington D.C.,
December 11, 2020 - ' kept (it opens the first paragraph); paragraphs as the store gives them (blank lines). Each kept
paragraph and title checked by script to be a verbatim substring of the saved excerpt (/tmp/gather55v/src, written by
/tmp/gather55v/mk_src.py; each saved excerpt is 2,000 bytes, the store's excerpt length -- a check on the
transcription). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54v.py [POOL_DIR] [--dry]   (default /tmp/gather55v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-55 pools /tmp/gather55*/ (none held a file on this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55v/pool"
SRC = "/tmp/gather55v/src"
R = []

# ---- Celsius Network Limited / Alex Mashinsky / Earn Interest Program, LR 25779 of 14 July 2023 -----------------------
U1 = "https://www.sec.gov/litigation/litreleases/2023/lr25779.htm"
T1 = ("SEC Charges Celsius Network Limited and Founder Alex Mashinsky with Fraud and Unregistered Offer and Sale of "
      "Securities")
CAPTION1 = ("Securities and Exchange Commission v. Celsius Network Limited and Alexander \"Alex\" Mashinsky, No. "
            "1:23-cv-06005 (SDNY filed July 13, 2023)")
P1 = [
 "The Securities and Exchange Commission charged Celsius Network Limited (Celsius) and its founder and former CEO, Alex "
 "Mashinsky, for violating registration and anti-fraud provisions of the federal securities laws, including by failing "
 "to register the offers and sales of Celsius's crypto lending product, the Earn Interest Program; making false and "
 "misleading statements to investors of the Earn Interest Program and Celsius's own crypto asset security, CEL; and "
 "engaging in market manipulation as it relates to CEL.",
 "According to the SEC's complaint, from almost the inception of Celsius in 2018 to the point the company effectively "
 "halted its platform on June 12, 2022, Celsius offered to investors the Earn Interest Program, by which investors "
 "tendered their crypto assets to Celsius in exchange for interest payments. As alleged, although the Earn Interest "
 "Program constituted the offer and sale of securities under the federal securities laws, no registration was filed or "
 "in effect for the offering, and no exemption from registration was available. As a result, the Earn Interest Program "
 "lacked the protection that registration would offer.",
 "According to the SEC's complaint, throughout its operating period, Celsius and Mashinsky continually misrepresented "
 "core aspects of Celsius's business to Earn Interest Program and CEL investors, including making false and misleading "
 "statements about trading and business strategies, risks, the company's business model, its financial health and "
 "success, and the safety of customer assets on Celsius's platform.",
 "The SEC's complaint alleges that Celsius and Mashinsky manipulated the market of CEL."]
R.append((["celsius-mashinsky-lr25779.txt"], T1, P1, federal(
 "us-sec-celsius-network-founder-former-ceo-mashinsky-earn-interest-program-cel-manipulation-fraud-2023", U1,
 "2023-07-14", T1, "\n\n".join(P1),
 "crypto assets/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25779 / July 14, 2023, '" + T1 + "', " + CAPTION1
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the older "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. The heading (it stands "
 "under the caption on this page) is the `title`. Left out: 'U.S. SECURITIES AND EXCHANGE COMMISSION' (the agency "
 "line), 'Litigation Release No. 25779 / July 14, 2023' (its date kept as `published`; the complaint was filed on July "
 "13, 2023, the caption's date -- the kept text has no 'today', so no date expression depends on the choice) and the "
 "caption '" + CAPTION1 + "' (kept in the attribution). The fourth paragraph is cut after its first sentence ('The "
 "SEC's complaint alleges that Celsius and Mashinsky manipulated the market of CEL.'), before 'Start', where the "
 "store's excerpt breaks off at 2,000 bytes (`truncated`). Kept as written: 'Celsius Network Limited (Celsius)', 'its "
 "founder and former CEO, Alex Mashinsky', 'anti-fraud', \"Celsius's\", 'the Earn Interest Program', 'CEL', straight "
 "apostrophes as the store gives them. 243 words (whitespace-split), four paragraphs. Found with 'SEC Charges Celsius "
 "Network and Former CEO Alex Mashinsky with Fraud' (rank 3, under cryptonewsz's and sonnlaw's rewrites; the excerpt "
 "saved as /tmp/gather55v/src/celsius-mashinsky-lr25779.txt). One text per matter: cryptonewsz, sonnlaw, "
 "liquidityfinder, businesstelegraph, coingraph, fxnewsgroup (the Texas board's notice) and finanznachrichten (the "
 "arrest) are not taken; the SDNY criminal case against Mashinsky and Roni Cohen-Pavon (100percentbronx's repost, "
 "already in GATHERING.md as a DOJ lead) is the same collapse and is not taken with it. " + CHECK + "'Celsius', "
 "'Mashinsky', '25779', 'lr25779', '23-cv-06005': 0 in the corpus files, the gather scripts and the pools ('Celsius' "
 "and 'Mashinsky' in GATHERING.md only in rounds' lists of DOJ leads not found and in 54p's untaken leads; '25779' in "
 "/work/notes only inside tokenizer files); 'Earn Interest' in one corpus file only as ordinary words (54i's Abra "
 "text: another matter).",
 True)))

# ---- Sequential Brands Group, Inc., goodwill impairment, LR 24981 of 11 December 2020 ---------------------------------
U2 = "https://sec.gov/litigation/litreleases/2020/lr24981.htm"
T2 = "SEC Charges Sequential Brands Group, Inc. with Deceiving Investors by Failing to Timely Impair Goodwill"
PAGE2 = "Sequential Brands Group, Inc."
CAPTION2 = ("Securities and Exchange Commission v. Sequential Brands Group, Inc., Civil Action No. Civ. A. No. 20-CV-10471 "
            "(S.D.N.Y. filed December 11, 2020")
P2 = [
 "Washington D.C., December 11, 2020 - The Securities and Exchange Commission today charged New York-based "
 "brand-management company Sequential Brands Group, Inc. with failing to impair its goodwill as required by accounting "
 "principles and the federal securities laws.",
 "The SEC's complaint alleges that Sequential failed to properly assess its goodwill for potential impairment after "
 "several months of declining stock prices followed by a precipitous drop in early November 2016. According to the "
 "complaint, in December 2016, shortly after Sequential passed its annual goodwill testing, the company conducted "
 "internal calculations showing that, in light of the declining stock price, Sequential would fail the first step of "
 "its disclosed two-step impairment test. The complaint alleges that the company ignored this objective evidence of "
 "impairment. Instead, the complaint alleges, Sequential performed a qualitative analysis that omitted any mention of "
 "its internal calculations, as well as numerous other negative developments in the company's business, leading it to "
 "unreasonably conclude that goodwill was not impaired. As alleged, by avoiding an impairment to its goodwill in 2016, "
 "Sequential inflated its income from operations, created a false impression of its financial condition, and misstated "
 "its financial statements and reports for almost a year. Sequential allegedly continued to improperly account for "
 "goodwill in the next three quarters, before belatedly impairing all of its goodwill-totaling $304 million-in the "
 "fourth quarter of 2017."]
R.append((["sequential-brands-lr24981.txt"], T2, P2, federal(
 "us-sec-sequential-brands-group-new-york-brand-management-goodwill-impairment-charged-2020", U2,
 "2020-12-11", T2, "\n\n".join(P2),
 "brand management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 24981 / December 11, 2020, '" + T2 + "', " + CAPTION2
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the older "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address, without 'www.' as stored): first-party text, no third-party copy. "
 "The heading (under the page line) is the `title`. Left out: the page line '" + PAGE2 + "' (the defendant's name "
 "above the heading), 'Litigation Release No. 24981 / December 11, 2020' (its date kept as `published`; the same day as "
 "the dateline and the filing, so 'today' resolves the same either way) and the caption '" + CAPTION2 + "' (kept in "
 "the attribution as the page writes it, its closing parenthesis missing). The dateline 'Washington D.C., December 11, "
 "2020 - ' is kept: it opens the first paragraph, and no word is taken out of a kept paragraph. Cut after the second "
 "paragraph ('... in the fourth quarter of 2017.'), before 'The complaint, filed in federal district court in "
 "Manhattan, charges Sequential with violating the antifraud provisio', where the store's excerpt breaks off at 2,000 "
 "bytes (`truncated`; no full sentence of that paragraph is in the excerpt). Kept as written: 'Washington D.C.' (no "
 "comma before 'D.C.'), the spaced hyphen of the dateline, 'New York-based brand-management company', 'two-step', "
 "'goodwill-totaling $304 million-in' (hyphens for dashes, as the page writes them), straight apostrophes. 222 words "
 "(whitespace-split), two paragraphs. Found with 'Litigation Release Sequential Brands Group former CEO CFO goodwill "
 "impairment SEC' (rank 1; the excerpt saved as /tmp/gather55v/src/sequential-brands-lr24981.txt). One text per "
 "matter: the final-judgment release of the same case, Litigation Release No. 25289 of December 15, 2021 (rank 2, "
 "sec.gov 'litigation/litreleases/lr-25289'), is not taken with it; the complaint (vdocument.in), the opinion "
 "(vlex), shareholdersfoundation, robbinsllp, thestreet's Robbins Geller notice and Pomerantz's alert are not "
 "taken. " + CHECK + "'Sequential Brands', '24981', 'lr24981', '25289', '20-CV-10471': 0 in the corpus files, the "
 "gather scripts and the pools ('Sequential Brands' in GATHERING.md once, in 54p's untaken leads; '24981' and '25289' "
 "in /work/notes only inside tokenizer and model files); 'Sequential' in one corpus file only as an ordinary word.",
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
