#!/usr/bin/env python3
"""Batch 53zl (session 54, gatherer 53zl): two SEC texts on companies, their officers and their group structure -- the
Commission's Litigation Release No. 26335 of 26 June 2025, on the partial summary judgment granted by 'the U.S. District
Court for the Central District of California' against 'American Patriot Brands, Inc. ("APB"), a cannabis cultivation
and distribution company; CEO Robert Y. Lee; COO Brian F. Pallas; alleged former executive J. Bernard Rice; and APB
subsidiaries Urban Pharms, LLC, DJ&S Property #1, LLC, and TSL Distribution, LLC'; and its press release of 27 September
2024 on the settled charges against 'Mango DAO and Blockworks Foundation' and 'Blockworks Foundation and Mango Labs LLC'
over the 'MNGO' tokens and broker activity on 'the Mango Markets platform' -- US federal government works (17 U.S.C.
105), a session-54 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg and 53zj), on new
matters. Mango came up under 53zj's lead (SEC v. Mango Labs, Sept 2024: a query naming all the defendants); American
Patriot Brands under a query asking for a company charged with its officers and subsidiaries (named by the
secactions.com quarterly digest), then a query naming the company and its officers; see /work/notes/gather54/53zl.md.
Every name, release number and docket was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather54 and the session-54 pools:
  - SEC Litigation Release No. 26335 (June 26, 2025), Securities and Exchange Commission v. American Patriot Brands,
    Inc., et al., No. 2:23-cv-05379 (C.D. Cal.) (filed Mar. 16, 2023) (sec.gov
    'enforcement-litigation/litigation-releases/lr-26335');
  - SEC press release of September 27, 2024, 'SEC Charges Entities Operating Crypto Asset Trading Platform Mango Markets
    ...' (stored under a publicnow.com address, a distributor's copy of the release: its header lines are left out, the
    release's own text kept; no sec.gov address for it came back under two queries naming all three defendants).
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes as saved). The release heading is the
`title`; left out: American Patriot Brands' page line naming the seven parties, the agency line 'U.S. SECURITIES AND
EXCHANGE COMMISSION', the release line (its date kept as `published`) and the caption (kept in the attribution); Mango's
publicnow header ('SEC - The United States Securities and Exchange Commission', the distribution line, its date kept as
`published`). Neither has a sub-heading in the excerpt. Cut at the last full sentence before the store's excerpt breaks
off (both `truncated`): American Patriot Brands after '... (5) APB's use of investors' funds.' (before 'In granting the
SE'), Mango after '... regularly handling customer funds and securities.' (before the quotation '"Since the inception of
our crypto enforcement program, ... or whether their activities n'). No word added or changed; paragraphs as the store
gives them (blank lines). Each kept paragraph and title checked by script to be a verbatim substring of the saved
excerpt (/tmp/gather54zl/src). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch53zl.py [POOL_DIR] [--dry]   (default /tmp/gather54zl/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (none held a file on this "
         "matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zl/pool"
SRC = "/tmp/gather54zl/src"
PUBLICNOW_ORIGIN = "US SEC release via publicnow.com (search tool page store)"
R = []

# ---- American Patriot Brands, Inc., Litigation Release No. 26335 of 26 June 2025 -------------------------------------
U1 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-26335"
T1 = "Court Grants Partial Summary Judgment in Fraudulent Offering Case Against Cannabis Company, CEO, and Others"
CAPTION1 = ("Securities and Exchange Commission v. American Patriot Brands, Inc., et al., No. 2:23-cv-05379 (C.D. Cal.) "
            "(filed Mar. 16, 2023)")
P1 = [
 "On June 16, 2025, the U.S. District Court for the Central District of California granted the SEC partial summary "
 "judgment against American Patriot Brands, Inc. (\u201cAPB\u201d), a cannabis cultivation and distribution company; CEO "
 "Robert Y. Lee; COO Brian F. Pallas; alleged former executive J. Bernard Rice; and APB subsidiaries Urban Pharms, LLC, "
 "DJ&S Property #1, LLC, and TSL Distribution, LLC (collectively, the \u201cDefendants\u201d). The SEC previously charged "
 "these Defendants for their alleged participation in a long-running scheme in which they raised more than $30 million "
 "from more than 100 investors and siphoned off millions of those funds to enrich themselves.",
 "The SEC\u2019s complaint, originally filed in the U.S. District Court for the District of Puerto Rico and subsequently "
 "transferred to the Central District of California, alleged that these Defendants defrauded investors through a series "
 "of false and misleading statements about various aspects of the company. The complaint charged the Defendants with "
 "violating the antifraud provisions of the securities statutes. Following the close of discovery, the SEC moved for "
 "partial summary judgment as to the liability of these Defendants for certain allegedly false and misleading "
 "statements and omissions concerning (1) APB\u2019s assets; (2) security and collateral for investment funds; (3) the "
 "financial and business performance of APB; (4) the involvement of a prominent individual as part of APB\u2019s "
 "executive team; and (5) APB\u2019s use of investors\u2019 funds."]
R.append((["american-patriot-brands-lr26335.txt"], T1, P1, federal(
 "us-sec-american-patriot-brands-ceo-lee-coo-pallas-subsidiaries-urban-pharms-cannabis-offering-fraud-judgment-2025", U1,
 "2025-06-26", T1, "\n\n".join(P1),
 "cannabis/securities regulation", "legal,regulatory,executives,ownership",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26335 / June 26, 2025, '" + T1 + "', " + CAPTION1
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading is the `title`. Left out: the page line 'American Patriot Brands, Inc.; Urban Pharms, "
 "LLC; DJ&S Property #1; TSL Distribution; Robert Y. Lee; Brian L. Pallas; J. Bernard Rice' (the page's party list; "
 "note its middle initial 'L.' where the release's text writes 'Brian F. Pallas'), 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', 'Litigation Release No. 26335 / June 26, 2025' (its date kept as `published`) and the caption '"
 + CAPTION1 + "' (kept in the attribution); no sub-heading. Cut after the second paragraph ('... (5) APB\u2019s use of "
 "investors\u2019 funds.'), before 'In granting the SE', where the store's excerpt breaks off (`truncated`; so the "
 "court's findings and any remedies are not in the text). Kept as written: 'Brian F. Pallas' (the text's own initial), "
 "'DJ&S Property #1, LLC', the curly quotes and apostrophes as the store gives them, the numbered list '(1) ... (5)'. "
 "226 words (whitespace-split), two paragraphs. Found with 'SEC charges American Patriot Brands Urban Pharms Robert Y. "
 "Lee Brian Pallas cannabis Puerto Rico litigation release' (rank 2; the excerpt saved as "
 "/tmp/gather54zl/src/american-patriot-brands-lr26335.txt); the matter named by secactions.com's digest under a query "
 "for a company charged with its officers and subsidiaries. One text per matter: the SEC's press release of March 2023 "
 "(as cannabislaw.report copies it), newsismybusiness, oregonbusiness, thebuzzedreport, revistacronicas (Spanish), "
 "mjbizdaily and fhnylaw are not taken; LR 25675 (March 2023, the complaint) is the same matter. "
 + CHECK + "'American Patriot', 'Urban Pharms', 'DJ&S', 'TSL Distribution', 'Robert Y. Lee', 'J. Bernard Rice', "
 "'26335', '25675', '23-cv-05379': 0 in the corpus files, GATHERING.md, the gather scripts, the notes and the pools; "
 "'Pallas' in GATHERING.md only on other matters (Pallas Holdings; Tamela Pallas).",
 True)))

# ---- Mango DAO / Blockworks Foundation / Mango Labs LLC, SEC press release of 27 September 2024 -----------------------
U2 = "https://publicnow.com/view/D424352A016753E649E7D5EBA64118DB435F69C3"
T2 = ("SEC Charges Entities Operating Crypto Asset Trading Platform Mango Markets for Unregistered Offers and Sales of "
      "the Platform\u2019s \u201cMNGO\u201d Governance Tokens")
P2 = [
 "The Securities and Exchange Commission today filed settled charges against Mango DAO and Blockworks Foundation for "
 "engaging in the unregistered offer and sale of crypto assets called \"MNGO\" tokens. The SEC also settled charges "
 "against Blockworks Foundation and Mango Labs LLC for engaging in unregistered broker activity in connection with "
 "various crypto assets being offered and sold as securities on the Mango Markets platform. The SEC's complaint alleges "
 "that by skirting the SEC's registration provisions, Mango DAO, Blockworks Foundation, and Mango Labs deprived "
 "investors of critical protections afforded by the federal securities laws.",
 "According to the SEC's complaint, starting in August 2021, Mango DAO, a purportedly decentralized autonomous "
 "organization, or DAO, and Blockworks Foundation, a Panamanian entity, raised more than $70 million from unregistered "
 "offers and sales of MNGO tokens, the so-called governance tokens of the Mango Markets platform, to hundreds of "
 "investors worldwide, including in the U.S. The SEC also alleges that, since at least August 2021, Blockworks "
 "Foundation and Mango Labs each operated as an unregistered broker by actively soliciting and recruiting users of "
 "Mango Markets to trade securities; providing advice and valuations as to the merits of an investment in securities; "
 "and helping to facilitate securities transactions on the Mango Markets platform by assisting customers in opening "
 "accounts and regularly handling customer funds and securities."]
R.append((["mango-markets-pr.txt"], T2, P2, federal(
 "us-sec-mango-dao-blockworks-foundation-mango-labs-mango-markets-mngo-tokens-unregistered-offers-broker-settled-2024",
 U2, "2024-09-27", T2, "\n\n".join(P2),
 "crypto assets/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release of September 27, 2024, '" + T2 + "' (SEC v. Mango Labs, LLC, "
 "No. 24-civ-07334 (S.D.N.Y. filed Sept. 27, 2024), as secactions.com's digest gives the caption; not in the text), US "
 "federal government work (public domain); the release's text as publicnow.com distributes it, from the search tool's "
 "page store at " + U2,
 PUBLICNOW_ORIGIN,
 "An SEC press release (a US federal work, public domain) as the distributor publicnow.com reproduces it (a third-party "
 "host of the SEC's own text, as 53zg's Silvergate and 53zj's Orlando releases; **doubtful** only as to the address: no "
 "sec.gov address for the Mango release came back under two queries naming Mango Labs, Mango DAO and Blockworks "
 "Foundation, the second also 'sec.gov press release', so the publicnow copy, the release as issued, is the one taken). "
 "Left out: publicnow's header 'SEC - The United States Securities and Exchange Commission' and '09/27/2024 | Press "
 "release | Distributed by Public on 09/27/2024 12:49' (the distributor's lines, not the SEC's; the date kept as "
 "`published`); no release number or sub-heading in the excerpt. The heading is the `title`. Cut after the second "
 "paragraph ('... regularly handling customer funds and securities.'), before the quotation '\"Since the inception of "
 "our crypto enforcement program, our view has been that the label 'DAO' does not change the reality of who is behind a "
 "project, what activities they engage in, or whether their activities n', where the store's excerpt breaks off "
 "(`truncated`; so the speaker, the penalty and the undertakings are not in the text). Kept as written: the straight "
 "double quotes round '\"MNGO\"' in the text (curly in the heading), 'Mango Labs LLC' without a comma, 'the U.S.', "
 "straight apostrophes as the store gives them. 218 words (whitespace-split), two paragraphs. Found with 'SEC charges "
 "Mango Labs Mango DAO Blockworks Foundation unregistered MNGO tokens' (rank 3; rank 4 under a second query with "
 "'sec.gov press release 2024-154'; the excerpt saved as /tmp/gather54zl/src/mango-markets-pr.txt), 53zj's lead. One "
 "text per matter: cryptomars, binance (two posts, one Portuguese), crowdfundinsider, dig.watch, cryptoxtimes, "
 "becausebitcoin, catenaa and bitdegree (rewrites) and secactions.com's digest are not taken. "
 + CHECK + "'Mango DAO', 'Mango Labs', 'Mango Markets', 'Blockworks', 'MNGO', '24-civ-07334', 'D424352A': 0 in the "
 "corpus files, the gather scripts and the pools; 'Mango' and 'Blockworks' in GATHERING.md and "
 "/work/notes/gather54/53zj.md only as 53zj's lead.",
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
