#!/usr/bin/env python3
"""Batch 53zp (session 54, gatherer 53zp): two SEC texts on companies and the people charged with them -- the
Commission's Litigation Release No. 23342 of 10 September 2015, announcing fraud charges against 'a New York City
businessman, his company, family members, and business associates': 'Benjamin Wey and New York Global Group (NYGG)',
'his wife Michaela Wey and sister Tianyi Wei, their Switzerland-based broker Seref Dogan Erbek, and two attorneys Robert
Newman and William Uchimoto', with the parallel criminal charges of 'the U.S. Attorney's Office for the Southern
District of New York'; and its press release of 13 September 2024 on the settled charges against 'Zymergen Inc., an
Emeryville, California-based biotechnology company' over its IPO statements on 'an electronics film named Hyaline',
quoting 'Monique C. Winkler, Director of the SEC's San Francisco Regional Office' -- US federal government works (17
U.S.C. 105), a session-54 round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj and 53zl),
on new matters. Both are 53zl's leads (Wey: LR 23342, found by 53zl and left for a next round; Zymergen: the publicnow
copy of the release, found by 53zj and left for a round that wants a company-only release); see
/work/notes/gather54/53zp.md. Every name, release number and docket was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather54 and the session-54 pools:
  - SEC Litigation Release No. 23342 (September 10, 2015), Securities and Exchange Commission v. Benjamin Wey, et al.,
    Civil Action No. 15-cv-7116 (S.D.N.Y., filed September 10, 2015) (sec.gov 'litigation/litreleases/2015/lr23342.htm');
  - SEC press release of September 13, 2024, 'SEC Charges Zymergen Inc. With Misleading IPO Investors About Company's
    Market Potential and Sales Prospects' (stored under a publicnow.com address, a distributor's copy of the release:
    its header lines are left out, the release's own text kept; no sec.gov address for it came back under two queries,
    the second naming sec.gov, Emeryville, Hyaline and the penalty).
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes as saved). The release heading is the
`title`; left out: Wey's agency line 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release line (its date kept as
`published`), the caption (kept in the attribution) and the later 'UPDATE: The SEC has since dismissed its claims
against many of these defendants. See Litigation Release No. 24105.' (an editor's note added to the page after the
release, not the release's text); Zymergen's publicnow header ('SEC - The United States Securities and Exchange
Commission', the distribution line, its date kept as `published`). Neither has a sub-heading in the excerpt. Cut at the
last full sentence before the store's excerpt breaks off (both `truncated`): Wey after '... criminal charges against
Benjamin Wey and Dogan Erbek.' (before "The SEC's complaint alleges violations or the aiding and abetting of violations
of the antifraud provi"), Zymergen after "The SEC's order finds that Zymergen violated certain antifraud provisions of
the federal securities laws." (before "Without admitting or denying the SEC's findings, and subject to bankruptcy cou").
No word added or changed; paragraphs as the store gives them (blank lines). Each kept paragraph and title checked by
script to be a verbatim substring of the saved excerpt (/tmp/gather54zp/src). Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch53zp.py [POOL_DIR] [--dry]   (default /tmp/gather54zp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (none held a file on this "
         "matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zp/pool"
SRC = "/tmp/gather54zp/src"
PUBLICNOW_ORIGIN = "US SEC release via publicnow.com (search tool page store)"
R = []

# ---- Benjamin Wey / New York Global Group, Litigation Release No. 23342 of 10 September 2015 -------------------------
U1 = "https://www.sec.gov/litigation/litreleases/2015/lr23342.htm"
T1 = ("SEC Announces Fraud Charges in Cross-Border Scheme to Secretly Control and Manipulate Stock of Chinese Companies "
      "After Reverse Mergers")
CAPTION1 = ("Securities and Exchange Commission v. Benjamin Wey, et al., Civil Action No. 15-cv-7116 (S.D.N.Y., filed "
            "September 10, 2015)")
P1 = [
 "The Securities and Exchange Commission today announced fraud charges against a New York City businessman, his "
 "company, family members, and business associates accused of secretly obtaining control of and manipulating the stock "
 "of Chinese companies they were purportedly guiding through the process of raising capital and becoming "
 "publicly-traded in the United States.",
 "The SEC alleges that Benjamin Wey and New York Global Group (NYGG) typically structured reverse mergers between "
 "clients and publicly-traded shell companies in such a way that he and other family members secretly obtained "
 "ownership interests of more than five percent of the newly listed companies. To avoid detection and evade SEC "
 "reporting requirements as beneficial owners, they divided their shares among a vast network of foreign accounts and "
 "generated tens of millions of dollars in illegal profits as they sold the securities into artificially inflated "
 "markets. The illicit profits eventually circled back to Wey and his wife, who used the money to finance a lavish "
 "lifestyle.",
 "Also charged in the case in addition to Benjamin Wey and NYGG are his wife Michaela Wey and sister Tianyi Wei, their "
 "Switzerland-based broker Seref Dogan Erbek, and two attorneys Robert Newman and William Uchimoto.",
 "In a parallel action, the U.S. Attorney's Office for the Southern District of New York today announced criminal "
 "charges against Benjamin Wey and Dogan Erbek."]
R.append((["wey-lr23342.txt"], T1, P1, federal(
 "us-sec-benjamin-wey-new-york-global-group-nygg-wife-sister-swiss-broker-erbek-chinese-reverse-mergers-fraud-2015", U1,
 "2015-09-10", T1, "\n\n".join(P1),
 "financial services/securities regulation", "legal,regulatory,ownership",
 "U.S. Securities and Exchange Commission, Litigation Release No. 23342 / September 10, 2015, '" + T1 + "', "
 + CAPTION1 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page "
 "store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading is the `title`. Left out: 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation "
 "Release No. 23342 / September 10, 2015' (its date kept as `published`), the caption '" + CAPTION1 + "' (kept in the "
 "attribution) and the line 'UPDATE: The SEC has since dismissed its claims against many of these defendants. See "
 "Litigation Release No. 24105.' (a note the SEC added to the page later, not part of the release of 10 "
 "September 2015 (it points to LR 24105 of April 2018); leaving it out keeps the release as issued -- "
 "**doubtful** only in that a reader of the page sees "
 "it; the dismissal is recorded here so the matter's outcome is not lost); no sub-heading. Cut after the fourth "
 "paragraph ('... criminal charges against Benjamin Wey and Dogan Erbek.'), before \"The SEC's complaint alleges "
 "violations or the aiding and abetting of violations of the antifraud provi\", where the store's excerpt breaks off "
 "(`truncated`; so the provisions charged and the relief sought are not in the text). Kept as written: 'publicly-"
 "traded' (hyphenated, twice), 'Tianyi Wei' (the sister's surname spelled 'Wei', not 'Wey'), 'Dogan Erbek' (the "
 "broker's shorter form in the last paragraph), straight apostrophes as the store gives them. 219 words "
 "(whitespace-split), four paragraphs. Found with 'SEC charges New York Global Group CEO Benjamin Wey litigation "
 "release 23342' (rank 1; the excerpt saved as /tmp/gather54zp/src/wey-lr23342.txt), 53zl's lead. One text per "
 "matter: LR 24105 (April 2018, the SEC's voluntary dismissal, sec.gov rank 2), frankowskifirm, cjnotebook, owiki (a "
 "Wikipedia copy), haynesboone, courthousenews, lawfuel (a copy of the U.S. Attorney's release) and constantinecannon "
 "(a digest) are not taken. "
 + CHECK + "'Benjamin Wey', 'New York Global Group', 'NYGG', 'Michaela', 'Tianyi', 'Seref', 'Dogan Erbek', 'Robert "
 "Newman', 'William Uchimoto', '23342', '24105', '15-cv-7116', '15-cv-07116', 'lr23342': 0 in the corpus files, the "
 "gather scripts and the pools; in GATHERING.md and /work/notes/gather54/53zl.md only as 53zl's lead.",
 True)))

# ---- Zymergen Inc., SEC press release of 13 September 2024 ------------------------------------------------------------
U2 = "https://publicnow.com/view/3A7FB7BB561D06DBC67019F4797E9A07F29871FA"
T2 = "SEC Charges Zymergen Inc. With Misleading IPO Investors About Company\u2019s Market Potential and Sales Prospects"
P2 = [
 "The Securities and Exchange Commission today announced settled charges against Zymergen Inc., an Emeryville, "
 "California-based biotechnology company, for misleading IPO investors about its overall market potential, revenue "
 "prospects, and customer pipeline for its only commercially available product, an electronics film named Hyaline. "
 "Zymergen raised approximately $530 million through its IPO in April 2021 and filed for bankruptcy in 2023. Zymergen "
 "agreed to pay a $30 million civil penalty to resolve the SEC's charges.",
 "According to the SEC's order, Zymergen claimed that it had a $1 billion electronics display market opportunity for "
 "Hyaline, but the estimate was based on flawed and unreasonable assumptions that included product markets that were "
 "poor fits for Hyaline's technical characteristics and unsupported premium pricing. The SEC's order also finds that "
 "Zymergen provided misleading revenue forecasts to research analysts that far exceeded internal estimates. "
 "Additionally, the order finds that Zymergen misled investors during its first public earnings call by "
 "misrepresenting the status of Hyaline's customer pipeline while omitting significant technical and commercial "
 "problems facing the product.",
 "\"Pre-revenue and early-stage companies that seek to tap the capital markets must do so with reasonable estimates of "
 "their market potential,\" said Monique C. Winkler, Director of the SEC's San Francisco Regional Office. \"Today's "
 "order finds that Zymergen failed to satisfy this obligation when it misled investors with what amounted to "
 "unsupported hype.\"",
 "The SEC's order finds that Zymergen violated certain antifraud provisions of the federal securities laws."]
R.append((["zymergen-pr.txt"], T2, P2, federal(
 "us-sec-zymergen-emeryville-biotech-hyaline-film-misleading-ipo-investors-san-francisco-regional-office-settled-2024",
 U2, "2024-09-13", T2, "\n\n".join(P2),
 "biotechnology/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, press release of September 13, 2024, '" + T2 + "' (an administrative "
 "order, In the Matter of Zymergen Inc.; no release or file number in the excerpt), US federal government work "
 "(public domain); the release's text as publicnow.com distributes it, from the search tool's page store at " + U2,
 PUBLICNOW_ORIGIN,
 "An SEC press release (a US federal work, public domain) as the distributor publicnow.com reproduces it (a "
 "third-party host of the SEC's own text, as 53zg's Silvergate, 53zj's Orlando and 53zl's Mango releases; "
 "**doubtful** only as to the address: no sec.gov address for the Zymergen release came back under two queries, the "
 "second naming 'sec.gov newsroom press release', Emeryville, Hyaline and the $30 million penalty, so the publicnow "
 "copy, the release as issued, is the one taken). Left out: publicnow's header 'SEC - The United States Securities and "
 "Exchange Commission' and '09/13/2024 | Press release | Distributed by Public on 09/13/2024 11:01' (the distributor's "
 "lines, not the SEC's; the date kept as `published`); no release number or sub-heading in the excerpt. The heading "
 "is the `title`. Cut after the first sentence of the fourth paragraph (\"The SEC's order finds that Zymergen violated "
 "certain antifraud provisions of the federal securities laws.\"), before \"Without admitting or denying the SEC's "
 "findings, and subject to bankruptcy cou\", where the store's excerpt breaks off (`truncated`; so the undertakings "
 "and the bankruptcy court's role are not in the text). Kept as written: the curly apostrophe in the heading "
 "('Company\u2019s'), straight quotes and apostrophes in the text as the store gives them, 'Pre-revenue', "
 "'California-based'. 237 words (whitespace-split), four paragraphs. Found with 'SEC charges Zymergen misleading "
 "investors IPO press release 2024' (rank 1; rank 1 again under the second query; the excerpt saved as "
 "/tmp/gather54zp/src/zymergen-pr.txt), 53zj's and 53zl's lead. One text per matter: morningstar (Dow Jones), "
 "jalancoin (a Newsfile copy with advertising lines inside), grcreport, marketsfn, securitiesdocket.beehiiv (a "
 "newsletter quoting the first two paragraphs), fenwick, sbwire (a 2021 law-firm notice) and the EDGAR 10-Q and S-1 "
 "copies are not taken. "
 + CHECK + "'Zymergen', 'Hyaline', 'Emeryville', '3A7FB7BB561D06DBC67019F4797E9A07F29871FA': 0 in the corpus files, "
 "the gather scripts and the pools; 'Zymergen', 'Monique C. Winkler' and the publicnow address in GATHERING.md and "
 "/work/notes/gather54 (53zg, 53zj, 53zl) only as a lead.",
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
