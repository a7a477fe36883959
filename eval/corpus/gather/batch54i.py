#!/usr/bin/env python3
"""Batch 54i (session 55, gatherer 54i): one SEC press release of 2024 on a crypto asset lender -- the Commission's
settled charges of 26 August 2024 against 'Plutus Lending LLC, which does business as Abra', for failing to register
the offers and sales of 'its retail crypto asset lending product, Abra Earn', and for operating as an unregistered
investment company -- a US federal government work (17 U.S.C. 105), a session-55 round in the federal SEC lane (after
48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 53zs and 54b), on a matter new to the corpus (54b's lead
'Abra / Plutus Lending (2024)'). Found with a query naming the company and its product (54b's lead: name the company,
its people and the charge together); 40 other queries on 54b's other leads (Binance/BAM/Zhao, Genesis/Gemini,
Thor/Chin, Hex/Heart, DEBT Box, TrueCoin/TrustToken, Akazoo, Lottery.com, XL Fleet, SafeMoon) and on other 2019-2025
matters brought back only news rewrites, law-firm notes, digests, court papers and third-party copies that no SEC
copy came back to check (/tmp/gather55i/queries.txt). The name, product and address were checked first against the
corpus files, GATHERING.md, the gather scripts, /work/notes/gather5* and the session-55 pools:
  - SEC press release of August 26, 2024, 'SEC Charges Abra with Unregistered Offers and Sales of Crypto Asset
    Securities' (stored under a publicnow.com address, a distributor's copy of the release: its header lines are left
    out, the release's own text kept; no sec.gov address for it came back).
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes as saved). The release heading is the
`title`; left out: publicnow's header ('SEC - The United States Securities and Exchange Commission' and the
distribution line '08/26/2024 | Press release | Distributed by Public on 08/26/2024 12:01', its date kept as
`published`). Cut at the last full sentence before the store's excerpt breaks off (`truncated`): after '... told its
U.S.-based Abra Earn customers to withdraw their crypto assets.', before the quoted paragraph '"As alleged, Abra sold
nearly half a billion dollars of securities to U.S. investors, without complying with registration laws designed to
ensure that investors have sufficient, accurate in' (breaks off; its speaker is not in the excerpt). No word added or
changed; paragraphs as the store gives them (blank lines). Each kept paragraph and the title checked by script to be
a verbatim substring of the saved excerpt (/tmp/gather55i/src, written by /tmp/gather55i/mk_src.py; the saved excerpt
is 2,000 bytes, the store's excerpt length -- a check on the transcription). Written before any extractor ran on the
text (newskg was not run on it).
usage: batch54i.py [POOL_DIR] [--dry]   (default /tmp/gather55i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather5* and the session-55 pools /tmp/gather55*/ (none held a file on this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55i/pool"
SRC = "/tmp/gather55i/src"
PUBLICNOW_ORIGIN = "US SEC release via publicnow.com (search tool page store)"
R = []

# ---- Plutus Lending LLC (Abra) / Abra Earn, SEC press release of 26 August 2024 --------------------------------------
U1 = "https://publicnow.com/view/33FD6A5DA40B8EEC068629C034CEE46C5004BD80"
T1 = "SEC Charges Abra with Unregistered Offers and Sales of Crypto Asset Securities"
HEAD1 = ("'SEC - The United States Securities and Exchange Commission' and '08/26/2024 | Press release | Distributed by "
         "Public on 08/26/2024 12:01'")
P1 = [
 "The Securities and Exchange Commission today filed settled charges against Plutus Lending LLC, which does business as "
 "Abra, for failing to register the offers and sales of its retail crypto asset lending product, Abra Earn. The SEC also "
 "charged Abra with operating as an unregistered investment company.",
 "According to the SEC's complaint, in or around July 2020, Abra began to offer and sell Abra Earn in the United States. "
 "Abra Earn allowed U.S. investors to tender their crypto assets to Abra in exchange for Abra's promise to pay a variable "
 "interest rate. At its height, the Abra Earn program had approximately $600 million in assets, with nearly $500 million "
 "from U.S. investors. The complaint alleges that Abra marketed Abra Earn as a means for investors to earn interest on "
 "their crypto assets \"auto-magically,\" and that Abra exercised its discretion to use investors' crypto assets in "
 "various ways to generate income for itself and to fund interest payments. The complaint further alleges that Abra Earn "
 "was offered and sold as a security and that the offers and sales did not qualify for an exemption from SEC "
 "registration.",
 "The SEC's complaint also alleges that Abra operated for at least two years as an unregistered investment company "
 "because it issued securities and held more than 40 percent of its total assets, excluding cash, in investment "
 "securities, including its loans of crypto assets to institutional borrowers. According to the complaint, in June 2023, "
 "Abra began winding down the Abra Earn program and told its U.S.-based Abra Earn customers to withdraw their crypto "
 "assets."]
R.append((["abra-publicnow-2024-08-26.txt"], T1, P1, federal(
 "us-sec-plutus-lending-abra-earn-crypto-lending-product-unregistered-investment-company-settled-2024", U1,
 "2024-08-26", T1, "\n\n".join(P1),
 "crypto assets/securities regulation", "legal,regulatory,services",
 "U.S. Securities and Exchange Commission, press release of August 26, 2024, '" + T1 + "', US federal government "
 "work (public domain); the release's text as publicnow.com distributes it, from the search tool's page store at " + U1,
 PUBLICNOW_ORIGIN,
 "An SEC press release (a US federal work, public domain) as the distributor publicnow.com reproduces it (a third-party "
 "host of the SEC's own text, as 53zg's Silvergate and 53zj's Orlando releases; **doubtful** only as to the address: "
 "no sec.gov address for the release came back, and the other pages on the matter are rewrites or partial quotes). "
 "Left out: publicnow's header " + HEAD1 + " (the distributor's lines, not the SEC's; the date kept as `published`). "
 "The heading is the `title`. Cut after the third paragraph ('... told its U.S.-based Abra Earn customers to withdraw "
 "their crypto assets.'), before the quoted paragraph '\"As alleged, Abra sold nearly half a billion dollars of "
 "securities to U.S. investors, without complying with registration laws designed to ensure that investors have "
 "sufficient, accurate in', where the store's excerpt breaks off at 2,000 bytes (`truncated`; the speaker, named by "
 "other pages as an SEC associate director, is past the break). Kept as written: 'which does business as Abra', "
 "'in or around July 2020', '\"auto-magically,\"' with the comma inside the quotation marks, 'U.S.-based', '40 "
 "percent', straight apostrophes and quotation marks as the store gives them. The release number and the court are "
 "not in the kept text. 259 words (whitespace-split), three paragraphs. Found with 'SEC charges Plutus Lending Abra unregistered offer Abra Earn crypto lending "
 "product' (rank 2, under a binance.com Square rewrite at rank 1; the excerpt saved as "
 "/tmp/gather55i/src/abra-publicnow-2024-08-26.txt). One text per matter: binance.com Square, technicalterrence, "
 "investmentexecutive, fullycrypto, cryptoxtimes, cryptoglobe and cryptoweeklymag are not taken; the New Jersey and "
 "Texas actions against Abra are other regulators' matters, not in the text. "
 + CHECK + "'Plutus', 'Abra Earn', 'Stacy Bogert', the publicnow view id: 0 in the corpus files, the gather scripts and "
 "the pools; 'Plutus' in GATHERING.md and /work/notes/gather55/54b.md only as 54b's lead; 'Abra' as a whole word "
 "(grep -rlw): 0 corpus files (the substring occurs only inside longer words).",
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
