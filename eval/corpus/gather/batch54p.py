#!/usr/bin/env python3
"""Batch 54p (session 55, gatherer 54p): two SEC litigation releases of 2023 on crypto asset firms and the people who
founded or ran them, as sec.gov itself carries them -- the Commission's charges against 'Caroline Ellison, the former
CEO of Alameda Research, and Zixiao (Gary) Wang, the former Chief Technology Officer of FTX Trading Ltd. (FTX)' for
their roles in a scheme to defraud equity investors in FTX, 'the crypto trading platform co-founded by Samuel
Bankman-Fried and Wang' (Litigation Release No. 25617, 19 January 2023); and the final consent judgments against 'The
Hydrogen Technology Corporation, its former CEO, Michael Ross Kane, and Tyler Ostern, the CEO of Moonwalkers Trading
Limited', the 'market making' firm Hydrogen hired to manipulate the trading of its Hydro token (Litigation Release No.
25737, 26 May 2023) -- US federal government works (17 U.S.C. 105), a session-55 round in the federal SEC lane (after
48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 53zs, 54b and 54i), on matters new to the corpus. Both were
found with queries naming the people and the companies together (FTX: the SEC heading's own words; Hydrogen: the
company, its CEO, the market maker and its CEO); the leads of 54i tried first (Gemini Earn, TrueFi/TUSD, MetaMask
Staking, each also with publicnow's header wording) and generic FCPA / accounting-fraud / SPAC queries brought back
only news rewrites, digests, law-firm notes, court filings and third-party copies. Every name, release number and
address was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-55
pools:
  - SEC Litigation Release No. 25617 (January 19, 2023), Securities and Exchange Commission v. Caroline Ellison and
    Zixiao "Gary" Wang, No. 1:22-cv-10794 (S.D.N.Y. filed Dec. 21, 2022) (sec.gov 'litigation/litreleases/lr-25617');
  - SEC Litigation Release No. 25737 (May 26, 2023), Securities and Exchange Commission v. The Hydrogen Technology
    Corporation, Michael Ross Kane, and Tyler Ostern, No. 22-civ-08284 (S.D.N.Y. filed September 28, 2022) (sec.gov
    'enforcement-litigation/litigation-releases/lr-25737').
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes each, cut off by the store). The release
heading is the `title`; left out: the release line (its date kept as `published`) and the caption (kept in the
attribution); for Hydrogen also the page's 'Breadcrumb', its page line (the three defendants' names) and the agency
line 'U.S. SECURITIES AND EXCHANGE COMMISSION'. Cut at the last full sentence before the store's excerpt breaks off
(both `truncated`): Ellison/Wang after '... improperly diverted FTX customer assets to Alameda.' (before 'The complaint
alleges that Ellison and Wang knew or should have'), Hydrogen after '... for profit on Hydrogen's behalf.' (before
'Without admitting or denying the SEC's allegations, Hydrogen and Kane consented to the entry of final judgments that
resolve all claims and permanently enjoin them from violating the reg'). No word added or changed; paragraphs as the
store gives them (blank lines). Each kept paragraph and title checked by script to be a verbatim substring of the
saved excerpt (/tmp/gather55p/src, written by /tmp/gather55p/mk_src.py; each saved excerpt is 2,000 bytes, the
store's excerpt length -- a check on the transcription). Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch54p.py [POOL_DIR] [--dry]   (default /tmp/gather55p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-55 pools /tmp/gather55*/ (none held a file on this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55p/pool"
SRC = "/tmp/gather55p/src"
R = []

# ---- Caroline Ellison / Zixiao (Gary) Wang / FTX Trading Ltd. / Alameda Research, LR 25617 of 19 January 2023 --------
U1 = "https://www.sec.gov/litigation/litreleases/lr-25617"
T1 = "SEC Charges Caroline Ellison and Gary Wang with Defrauding Investors in Crypto Asset Trading Platform Ftx"
CAPTION1 = ("Securities and Exchange Commission v. Caroline Ellison and Zixiao \"Gary\" Wang, No. 1:22-cv-10794 "
            "(S.D.N.Y. filed Dec. 21, 2022)")
P1 = [
 "The Securities and Exchange Commission charged Caroline Ellison, the former CEO of Alameda Research, and Zixiao (Gary) "
 "Wang, the former Chief Technology Officer of FTX Trading Ltd. (FTX), for their roles in a multiyear scheme to defraud "
 "equity investors in FTX, the crypto trading platform co-founded by Samuel Bankman-Fried and Wang. Investigations into "
 "other securities law violations and into other entities and persons relating to the alleged misconduct are ongoing.",
 "According to the SEC's complaint, between 2019 and 2022, Ellison, at the direction of Bankman-Fried, furthered the "
 "scheme by manipulating the price of FTT, an FTX-issued exchange crypto security token, by purchasing large quantities "
 "on the open market to prop up its price. FTT served as collateral for undisclosed loans by FTX of its customers' assets "
 "to Alameda, a crypto hedge fund owned by Wang and Bankman-Fried and run by Ellison. The complaint alleges that, by "
 "manipulating the price of FTT, Bankman-Fried and Ellison caused the valuation of Alameda's FTT holdings to be inflated, "
 "which in turn caused the value of collateral on Alameda's balance sheet to be overstated, and misled investors about "
 "FTX's risk exposure.",
 "In addition, the complaint alleges that, from at least May 2019 until November 2022, Bankman-Fried raised billions of "
 "dollars from investors by falsely touting FTX as a safe crypto asset trading platform with sophisticated risk mitigation "
 "measures to protect customer assets and by telling investors that Alameda was just another customer with no special "
 "privileges; meanwhile, Bankman-Fried and Wang improperly diverted FTX customer assets to Alameda."]
R.append((["ftx-ellison-wang-lr25617.txt"], T1, P1, federal(
 "us-sec-caroline-ellison-alameda-former-ceo-gary-wang-ftx-former-cto-ftt-manipulation-equity-investors-2023", U1,
 "2023-01-19", T1, "\n\n".join(P1),
 "crypto assets/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25617 / January 19, 2023, '" + T1 + "', " + CAPTION1
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading is the `title` (its 'Ftx' as the page writes it). Left out: 'Litigation Release No. "
 "25617 / January 19, 2023' (its date kept as `published`; the complaint was filed on Dec. 21, 2022, the caption's "
 "date, and news pages of that day report the SEC's announcement -- the release itself is dated January 19, 2023, and "
 "the kept text has no 'today', so no date expression depends on the choice) and the caption '" + CAPTION1 + "' (kept "
 "in the attribution). Cut inside the third paragraph after '... improperly diverted FTX customer assets to Alameda.', "
 "before 'The complaint alleges that Ellison and Wang knew or should have', where the store's excerpt breaks off at "
 "2,000 bytes (`truncated`). Kept as written: 'Zixiao (Gary) Wang', 'Chief Technology Officer', 'FTX Trading Ltd. "
 "(FTX)', 'co-founded', 'multiyear', 'FTX-issued', straight apostrophes as the store gives them. 252 words "
 "(whitespace-split), three paragraphs. Found with 'SEC Charges Caroline Ellison and Gary Wang with Defrauding "
 "Investors in FTX Alameda Research' (rank 2, under devdiscourse's news story at rank 1; the excerpt saved as "
 "/tmp/gather55p/src/ftx-ellison-wang-lr25617.txt). One text per matter: devdiscourse, cryptoblurt, crowdfundinsider, "
 "nfonews, washingtonpost, ibtimes and spamchronicles (a rewrite of the press release) are not taken; the SEC's "
 "separate charges against Bankman-Fried (13 December 2022) are another release on the same collapse, not taken with "
 "it. " + CHECK + "'Ellison' (only a judge, Keith I. Ellison, in other files), 'Zixiao', 'Bankman', 'Alameda' (in "
 "GATHERING.md once, in a round's list of names checked and still open), '25617', 'lr-25617', '22-cv-10794': 0 in the corpus "
 "files and the pools; 'FTX' in one corpus file only as Silvergate Bank's customer (53zg: another matter), 'Gary Wang' "
 "in one corpus file only as another person (Tudou's founder, wp-tudou).",
 True)))

# ---- The Hydrogen Technology Corporation / Michael Ross Kane / Tyler Ostern / Moonwalkers, LR 25737 of 26 May 2023 -----
U2 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-25737"
T2 = ("SEC Obtains Judgments Against the Hydrogen Technology Corp. and Its Former CEO in Market Manipulation of Crypto "
      "Asset Securities")
PAGE2 = "The Hydrogen Technology Corporation, Michael Ross Kane, and Tyler Ostern"
CAPTION2 = ("Securities and Exchange Commission v. The Hydrogen Technology Corporation, Michael Ross Kane, and Tyler "
            "Ostern, No. 22-civ-08284 (S.D.N.Y. filed September 28, 2022)")
P2 = [
 "The Securities and Exchange Commission announced that it obtained final consent judgments against The Hydrogen "
 "Technology Corporation, its former CEO, Michael Ross Kane, and Tyler Ostern, the CEO of Moonwalkers Trading Limited. "
 "The final consent judgments conclude the SEC's case against Hydrogen, Kane, and Ostern for their roles in effectuating "
 "the unregistered offers and sales of crypto asset securities called \"Hydro\" and perpetrating a scheme to manipulate "
 "the trading volume and price of those securities, which yielded more than $2 million for Hydrogen. Among other relief, "
 "the settlement requires Hydrogen and Kane to pay almost $3 million in disgorgement, prejudgment interest, and "
 "penalties.",
 "According to the SEC's complaint, filed in federal district court in Manhattan in September 2022, starting in January "
 "2018, Kane and Hydrogen, a New York-based financial technology company, created its Hydro token and then publicly "
 "distributed the token through various methods. After distributing the token, Kane and Hydrogen hired South "
 "Africa-based Moonwalkers, a self-described \"market making\" firm, in October 2018, to create the false appearance of "
 "robust market activity for Hydro through the use of Moonwalkers's customized trading software and then sold Hydro into "
 "that artificially inflated market for profit on Hydrogen's behalf."]
R.append((["hydrogen-kane-ostern-lr25737.txt"], T2, P2, federal(
 "us-sec-hydrogen-technology-former-ceo-kane-moonwalkers-ceo-ostern-hydro-token-manipulation-judgments-2023", U2,
 "2023-05-26", T2, "\n\n".join(P2),
 "crypto assets/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25737 / May 26, 2023, '" + T2 + "', " + CAPTION2
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the newer "
 "'enforcement-litigation/litigation-releases/lr-NNNNN' address): first-party text, no third-party copy. The heading "
 "(it stands under the caption on this page) is the `title`. Left out: 'Breadcrumb' and the page line '" + PAGE2 + "' "
 "(site chrome), 'U.S. SECURITIES AND EXCHANGE COMMISSION' (the agency line), 'Litigation Release No. 25737 / May 26, "
 "2023' (its date kept as `published`) and the caption '" + CAPTION2 + "' (kept in the attribution). Cut after the "
 "second paragraph ('... for profit on Hydrogen's behalf.'), before 'Without admitting or denying the SEC's "
 "allegations, Hydrogen and Kane consented to the entry of final judgments that resolve all claims and permanently "
 "enjoin them from violating the reg', where the store's excerpt breaks off at 2,000 bytes (`truncated`; no full "
 "sentence of that paragraph is in the excerpt). Kept as written: 'its former CEO, Michael Ross Kane', '\"Hydro\"', "
 "'New York-based', 'South Africa-based', 'self-described \"market making\" firm', \"Moonwalkers's\", straight "
 "apostrophes and quotation marks as the store gives them. 196 words (whitespace-split), two paragraphs. Found with "
 "'Litigation Release Hydrogen Technology Corp CEO Michael Ross Kane market maker Moonwalkers Tyler Ostern "
 "manipulation' (rank 1; the excerpt saved as /tmp/gather55p/src/hydrogen-kane-ostern-lr25737.txt). One text per "
 "matter: the charging release of the same case, Litigation Release No. 25553 of October 6, 2022 (rank 2, stored "
 "under a malformed 'www.sec.gov\u3002' address), is not taken with it; lawstreetmedia, thehackerspro, cryptory, "
 "blocktribune, coinpz and observers are not taken. " + CHECK + "'Hydrogen Technology', 'Michael Ross Kane', "
 "'Ostern', 'Moonwalkers', '25737', '25553', 'lr-25737', '22-civ-08284', '22-cv-08284': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools ('25737' and '25553' in /work/notes only inside tokenizer files and newskg binaries).",
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
