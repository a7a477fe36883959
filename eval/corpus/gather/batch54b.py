#!/usr/bin/env python3
"""Batch 54b (session 55, gatherer 54b): two SEC litigation releases of 2023 on crypto asset companies and the people
who founded or ran them, as sec.gov itself carries them -- the Commission's charges against 'crypto asset trading
platform Bittrex, Inc. and its co-founder and former CEO William Shihara' for operating an unregistered exchange,
broker and clearing agency, and against 'Bittrex, Inc.'s foreign affiliate, Bittrex Global GmbH' (Litigation Release
No. 25694, 17 April 2023); and its charges against 'crypto asset entrepreneur Justin Sun and three of his wholly-owned
companies, Tron Foundation Limited, BitTorrent Foundation Ltd., and Rainberry Inc. (formerly BitTorrent)' over the
unregistered offer and sale of TRX and BTT and wash trading (Litigation Release No. 25676, 24 March 2023) -- US federal
government works (17 U.S.C. 105), a session-55 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x,
53zg, 53zj, 53zl, 53zp and 53zs), on new matters. Both were found with queries naming the company and its people (the
lead of 53zg: sec.gov litigation releases answer to queries that name the persons and the company); 21 other queries
(biotech, EV makers, insurers, perks cases, Telegram, SafeMoon, Beaxy; /tmp/gather55b/queries.txt) brought back only
digests, law-firm notes, news copies and court papers. Every name, release number and docket was checked first
against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather5* and the session-55 pools:
  - SEC Litigation Release No. 25694 (April 17, 2023), Securities and Exchange Commission v. Bittrex, Inc., Bittrex
    Global GmBH, and William Hiroaki Shihara, No. 2:23-cv-00580 (W.D. Wash. filed April 17, 2023) (sec.gov
    'litigation/litreleases/lr-25694');
  - SEC Litigation Release No. 25676 (March 24, 2023), Securities and Exchange Commission v. Justin Sun et al., No.
    23-cv-2433 (S.D.N.Y. filed Mar. 22, 2023) (sec.gov 'litigation/litreleases/2023/lr25676.htm').
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes each, cut off by the store). The release
heading is the `title`; left out: the release line (its date kept as `published`), the caption (kept in the
attribution) and the sub-heading under the heading; for Sun also the page's 'Breadcrumb' and 'Justin Sun et al.'
lines. Cut at the last full sentence before the store's excerpt breaks off (both `truncated`): Bittrex after '... as
the offering of a security.' (before 'For example, in an effort to avoid regulatory scrutiny, ... related to
\u201cprice predictio'), Sun after '... Securities Act of 1933 ("Securities Act").' (before 'The Commission al'). No
word added or changed; paragraphs as the store gives them (blank lines). Each kept paragraph and title checked by
script to be a verbatim substring of the saved excerpt (/tmp/gather55b/src, written by /tmp/gather55b/mk_src.py; each
saved excerpt is 2,000 bytes, the store's excerpt length). Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch54b.py [POOL_DIR] [--dry]   (default /tmp/gather55b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather5* and the session-55 pools /tmp/gather55*/ (none held a file on this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55b/pool"
SRC = "/tmp/gather55b/src"
R = []

# ---- Bittrex, Inc. / William Shihara / Bittrex Global GmbH, Litigation Release No. 25694 of 17 April 2023 ------------
U1 = "https://www.sec.gov/litigation/litreleases/lr-25694"
T1 = ("SEC Charges Crypto Asset Trading Platform Bittrex and its Former CEO for Operating an Unregistered Exchange, "
      "Broker, and Clearing Agency")
SUB1 = "Bittrex Global GmbH also charged for failing to register as a national securities exchange"
CAPTION1 = ("Securities and Exchange Commission v. Bittrex, Inc., Bittrex Global GmBH, and William Hiroaki Shihara, No. "
            "2:23-cv-00580 (W.D. Wash. filed April 17, 2023)")
P1 = [
 "The Securities and Exchange Commission today charged crypto asset trading platform Bittrex, Inc. and its co-founder "
 "and former CEO William Shihara for operating an unregistered national securities exchange, broker, and clearing "
 "agency. The SEC also charged Bittrex, Inc.\u2019s foreign affiliate, Bittrex Global GmbH, for failing to register as "
 "a national securities exchange in connection with its operation of a single shared order book along with Bittrex.",
 "Since at least 2014, Bittrex has held itself out as a platform that facilitated buying and selling of crypto assets "
 "that the SEC\u2019s complaint alleges were offered and sold as securities. From 2017 through 2022, Bittrex earned at "
 "least $1.3 billion in revenues from, among other things, transaction fees from investors, including U.S. investors, "
 "while servicing them as a broker, exchange, and clearing agency without registering any of these activities with "
 "the Commission.",
 "The complaint further alleges that Bittrex and Shihara, who was the company\u2019s CEO from 2014 to 2019, coordinated "
 "with issuers who sought to have their crypto asset made available for trading on Bittrex\u2019s platform to first "
 "delete from public channels certain \u201cproblematic statements\u201d that Shihara believed would lead a regulator, "
 "such as the SEC, to investigate the crypto asset as the offering of a security."]
R.append((["bittrex-lr25694.txt"], T1, P1, federal(
 "us-sec-bittrex-cofounder-former-ceo-shihara-bittrex-global-unregistered-exchange-broker-clearing-agency-2023", U1,
 "2023-04-17", T1, "\n\n".join(P1),
 "crypto assets/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25694 / April 17, 2023, '" + T1 + "', " + CAPTION1
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading is the `title`. Left out: 'Litigation Release No. 25694 / April 17, 2023' (its date "
 "kept as `published`), the caption '" + CAPTION1 + "' (kept in the attribution; its 'GmBH' as the page writes it) and "
 "the sub-heading '" + SUB1 + "' (a summary line under the heading, its fact told again in the text). Cut after the "
 "third paragraph's first sentence ('... as the offering of a security.'), before 'For example, in an effort to avoid "
 "regulatory scrutiny, before Bittrex would make an asset available on its platform, Bittrex and Shihara instructed "
 "issuer-applicants to delete statements related to \u201cprice predictio', where the store's excerpt breaks off at "
 "2,000 bytes (`truncated`). Kept as written: 'its co-founder and former CEO', 'Bittrex, Inc.\u2019s foreign "
 "affiliate', 'U.S. investors', the curly apostrophes and quotation marks as the store gives them. 204 words "
 "(whitespace-split), three paragraphs. Found with 'SEC charges Bittrex co-founder former CEO William Shihara Bittrex "
 "Global GmbH unregistered exchange' (rank 1; the excerpt saved as /tmp/gather55b/src/bittrex-lr25694.txt). One text "
 "per matter: crypto24hnews, tradersmagazine (the August 2023 settlement), blockchainnews, vcpcrypto, captocrypital, "
 "rise-to-thrive and nftstudio24 are not taken; the SEC's later settlement release is the same matter. "
 + CHECK + "'Bittrex', 'Shihara' (case-sensitive; 'Ishihara' in other files), '25694', '23-cv-00580': 0 in the corpus "
 "files, GATHERING.md, the gather scripts and the pools.",
 True)))

# ---- Justin Sun / Tron Foundation / BitTorrent Foundation / Rainberry, Litigation Release No. 25676 of 24 March 2023 --
U2 = "https://sec.gov/litigation/litreleases/2023/lr25676.htm"
T2 = "SEC Charges Crypto Entrepreneur Justin Sun and His Companies for Fraud and Other Securities Law Violations"
SUB2 = "Eight Celebrities Also Charged for IIIegal Touting of Sun's Crypto Asset Securities"
CAPTION2 = ("Securities and Exchange Commission v. Justin Sun et al., No. 23-cv-2433 (S.D.N.Y. filed Mar. 22, 2023)")
P2 = [
 "The Securities and Exchange Commission today announced charges against crypto asset entrepreneur Justin Sun and "
 "three of his wholly-owned companies, Tron Foundation Limited, BitTorrent Foundation Ltd., and Rainberry Inc. "
 "(formerly BitTorrent), for the unregistered offer and sale of crypto asset securities Tronix (TRX) and BitTorrent "
 "(BTT). The SEC also charged Sun and his companies with fraudulently manipulating the secondary market for TRX "
 "through extensive wash trading, which involves the simultaneous or near-simultaneous purchase and sale of a security "
 "to make it appear actively traded without an actual change in beneficial ownership, and for orchestrating a scheme "
 "to pay celebrities to tout TRX and BTT without disclosing their compensation.",
 "The SEC's complaint, filed in U.S. District Court for the Southern District of New York, alleges that Sun and his "
 "companies offered and sold TRX and BTT as investments through multiple unregistered \"bounty programs,\" which "
 "directed interested parties to promote the tokens on social media, join and recruit others to Tron-affiliated "
 "Telegram and Discord channels, and create BitTorrent accounts in exchange for TRX and BTT distributions. The "
 "complaint further alleges that Sun, BitTorrent Foundation, and Rainberry offered and sold BTT in unregistered "
 "monthly airdrops to investors, including in the United States, who purchased and held TRX in Tron wallets or on "
 "participating crypto asset trading platforms. According to the complaint, each of these unregistered offers and "
 "sales violated Section 5 of the Securities Act of 1933 (\"Securities Act\")."]
R.append((["justin-sun-lr25676.txt"], T2, P2, federal(
 "us-sec-justin-sun-tron-foundation-bittorrent-foundation-rainberry-trx-btt-wash-trading-celebrity-touting-2023", U2,
 "2023-03-24", T2, "\n\n".join(P2),
 "crypto assets/securities regulation", "legal,regulatory,ownership",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25676 / March 24, 2023, '" + T2 + "', " + CAPTION2
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the older "
 "'litigation/litreleases/2023/lrNNNNN.htm' address): first-party text, no third-party copy. The heading is the "
 "`title`. Left out: 'Breadcrumb' and the page line 'Justin Sun et al.' (site chrome), the sub-heading '" + SUB2 + "' "
 "(a summary line; its 'IIIegal' as the page writes it; the eight celebrities are named only in the press release, "
 "not in the kept text), 'Litigation Release No. 25676 / March 24, 2023' (its date kept as `published`; the complaint "
 "was filed, and the press release issued, on March 22: the release's 'today' is read against `published`, "
 "**doubtful**) and the caption '" + CAPTION2 + "' (kept in the attribution). Cut after the second paragraph ('... "
 "Securities Act of 1933 (\"Securities Act\").'), before 'The Commission al', where the store's excerpt breaks off at "
 "2,000 bytes (`truncated`). Kept as written: 'wholly-owned', '(formerly BitTorrent)', 'filed in U.S. District Court' "
 "without 'the', 'Tron-affiliated', straight apostrophes and quotation marks as the store gives them. 236 words "
 "(whitespace-split), two paragraphs. Found with 'SEC charges Justin Sun Tron Foundation BitTorrent Foundation "
 "Rainberry wholly-owned companies' (rank 2, under casinoview.org's rewrite at rank 1; the excerpt saved as "
 "/tmp/gather55b/src/justin-sun-lr25676.txt). One text per matter: casinoview, bitlyfool, regradar (a copy of the "
 "press release), spamchronicles, sonnlaw, coinlive and bm.ge are not taken. "
 + CHECK + "'Justin Sun', 'Tron Foundation', 'BitTorrent', 'Rainberry', '25676', '23-cv-2433': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Tronix' only inside 'Lantronix' (another matter).",
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
