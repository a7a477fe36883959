#!/usr/bin/env python3
"""Batch 63d (session 57, gatherer 63d): three SEC litigation releases naming the officers and a director of named
companies -- an accounting fraud case against a collectibles company, its founder and former CEO and its former CFO
over dealings with its Spanish parent, a summary judgment against a director's insider trading ring, and a market
manipulation action against a footwear company's President and Chief Executive Officer -- new matters in the federal SEC
lane (after 62i, 62b, 61b, 60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name),
found by asking a matter by its company's and defendants' names beside 'Litigation Release' (61b's, 62b's and 62i's
way):
  - sec.gov 'litigation/litreleases/2009/lr20965.htm' (Litigation Release No. 20965, March 23, 2009): 'SEC Charges
    Escala Group, Inc., its Former CEO and CFO with Disclosure and Accounting Fraud Concerning Related Party
    Transactions with Parent Company Afinsa' -- Escala Group, Inc., 'its founder and former CEO Gregory Manning' and
    'its former CFO Larry Lee Crawford', and 'its parent company, Afinsa Bienes Tangibles, S.A.' (SEC v. Escala Group,
    Inc., Gregory Manning, and Larry Lee Crawford, CPA, S.D.N.Y., Civil Action No. 09 CV 2646 (DLC));
  - sec.gov 'litigation/litreleases/2007/lr20054.htm' (Litigation Release No. 20054, March 23, 2007): 'SEC Obtains
    Summary Judgment against Roger Blackwell and Other Defendants in Insider Trading Scheme' -- Judge Algenon L.
    Marbley's summary judgment against Roger D. Blackwell, Kelly Hughes, Kevin Stacy and the Roger Blackwell and
    Associates Pension Plan Trust over trading in Worthington Foods, Inc. stock (SEC v. Roger Blackwell et al., S.D.
    Ohio, 03 Civ. 63);
  - the UNT Libraries' End of Term 2008 web archive copy of sec.gov 'litigation/litreleases/lr16600.htm' (Litigation
    Release No. 16600, June 20, 2000), no heading -- the Commission's civil action against 'Steve Madden, President and
    Chief Executive Officer of Steve Madden, Ltd. (SHOO)' over IPOs underwritten by Stratton Oakmont, Inc. and Monroe
    Parker Securities, Inc. (SEC v. Steve Madden, E.D.N.Y., CV 00 3632).
US federal government works (17 U.S.C. 105). See /work/notes/gather64/63d.md. Queries and ranks in
/tmp/gather64d/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61 to gather64 (notes and CLAIMS.txt) and the session-57 pools
/tmp/gather62*/pool, /tmp/gather63*/pool and /tmp/gather64*/pool. The texts are the search tool's page-store excerpts
(corpus `pages`; each 2,000 bytes in UTF-8, the store's cut, 2,000 characters, all ASCII), as saved in
/tmp/gather64d/src by /tmp/gather64d/mk_src.py.
Left out: Escala -- 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release lines 'Litigation Release No. 20965 / March
23, 2009' (the date kept as `published`) and 'Accounting and Auditing Enforcement Release No. 3031 / March 23, 2009',
the caption line 'Securities and Exchange Commission v. Escala Group, Inc., Gregory Manning, and Larry Lee Crawford,
CPA, Civil Action No. 09 CV 2646 (DLC) (S.D.N.Y., March 23, 2009)' and the sub-heading 'Escala enters into a proposed
simultaneous settlement'; the heading kept as `title`; cut after the numbered list's first item ('1. failing to
disclose ... in the Brookman Catalogue;', a paragraph of its own in the store), before the item the excerpt breaks off
('2. falsely representing that Escala sold Afinsa several large stamp archives at prices determined by reference to
independent stamp ca') (`truncated`). Blackwell -- 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release line
'Litigation Release No. 20054 / March 23, 2007' (the date kept as `published`) and the caption line 'Securities and
Exchange Commission v. Roger Blackwell et al, 03 Civ. 63 (S.D. Ohio, filed January 21, 2003)'; the heading kept as
`title`; cut after the first paragraph, before the paragraph the excerpt breaks off ('Furthermore, the Court ruled that
... $57,023.29 in disgorge') (`truncated`). Madden -- the archived page's lines 'U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SECURITIES AND EXCHANGE
COMMISSION', the release line 'LITIGATION RELEASE NO. 16600 / June 20, 2000' (the date kept as `published`) and the
caption line 'SECURITIES AND EXCHANGE COMMISSION V. STEVE MADDEN, CV 00 3632 E.D.N.Y.)' (the release has no heading:
`title` null); cut inside the third paragraph after its fifth sentence ('... created by the use of high-pressure sales
tactics.'), before the sentence the excerpt breaks off ('In each of the twenty-two manipulations, Madden sold his st')
(`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line (the list item without
the store's two leading spaces). Each kept paragraph and the title checked by script to be a verbatim substring (once)
of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch63d.py [POOL_DIR] [--dry]   (default /tmp/gather64d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
SEC_EOT = "US SEC release on sec.gov (UNT Libraries' End of Term 2008 web archive copy; search tool page store)"  # 62b's
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61 to /work/notes/gather64 (notes and CLAIMS.txt) and the session-57 pools "
         "/tmp/gather62*/pool, /tmp/gather63*/pool and /tmp/gather64*/pool (none held a file on this matter when "
         "checked), and claimed in /work/notes/gather64/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64d/pool"
SRC = "/tmp/gather64d/src"
R = []

# ---- Escala Group, Inc. / Gregory Manning, Larry Lee Crawford, Litigation Release No. 20965, March 23, 2009 ------------
U1 = "https://www.sec.gov/litigation/litreleases/2009/lr20965.htm"
T1 = ("SEC Charges Escala Group, Inc., its Former CEO and CFO with Disclosure and Accounting Fraud Concerning Related "
      "Party Transactions with Parent Company Afinsa")
P1 = [
 "The Securities and Exchange Commission today filed a disclosure and accounting fraud case against then-NASDAQ "
 "National Market issuer Escala Group, Inc.; its founder and former CEO Gregory Manning, 62; and its former CFO Larry "
 "Lee Crawford, 60, alleging fraudulent related party transactions between Escala and its parent company, Afinsa "
 "Bienes Tangibles, S.A. (\"Afinsa\"). Escala is a network of companies in the collectibles market specializing in "
 "stamps, among other things. Afinsa was a privately held Spanish company that sold investments in portfolios of "
 "stamps in Europe. According to the complaint, the fraudulent related-party transactions ceased after May 2006, when "
 "Spanish authorities raided Afinsa's offices and charged Afinsa and certain individuals with engaging in a massive "
 "unlawful pyramid scheme.",
 "The SEC complaint alleges a fraudulent business scheme based upon the secret and dramatic manipulation of collectible "
 "stamp values, in which Escala, Manning, and Crawford violated the antifraud and reporting provisions of the federal "
 "securities laws by:",
 "1. failing to disclose the related party status of Barrett & Worthen, Inc., resulting in control of the Brookman "
 "Catalogue, and failing to disclose the revenues obtained by virtue of Afinsa and Manning's control of the prices in "
 "the Brookman Catalogue;"]
R.append((["lr20965.txt"], T1, P1, federal(
 "us-sec-escala-group-former-ceo-cfo-manning-crawford-afinsa-related-party-fraud-2009",
 U1, "2009-03-23", T1, "\n\n".join(P1),
 "retail/securities regulation", "legal,regulatory,accounting fraud,related party transactions,executives,collectibles",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20965 (Accounting and Auditing Enforcement Release "
 "No. 3031), '" + T1 + "', March 23, 2009 (Securities and Exchange Commission v. Escala Group, Inc., Gregory Manning, "
 "and Larry Lee Crawford, CPA, Civil Action No. 09 CV 2646 (DLC) (S.D.N.Y.)), US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the agency's older "
 "'litigation/litreleases/2009/...' address): first-party text, no third-party copy. Left out: 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', the release lines 'Litigation Release No. 20965 / March 23, 2009' (the date kept as "
 "`published`) and 'Accounting and Auditing Enforcement Release No. 3031 / March 23, 2009', the caption line "
 "'Securities and Exchange Commission v. Escala Group, Inc., Gregory Manning, and Larry Lee Crawford, CPA, Civil Action "
 "No. 09 CV 2646 (DLC) (S.D.N.Y., March 23, 2009)' and the sub-heading 'Escala enters into a proposed simultaneous "
 "settlement'. The heading is `title`, as written. Cut after the first item of the complaint's numbered list ('1. "
 "failing to disclose ... in the Brookman Catalogue;', a paragraph of its own in the store, kept without the store's "
 "two leading spaces), before the item the store's excerpt breaks off ('2. falsely representing that Escala sold Afinsa "
 "several large stamp archives at prices determined by reference to independent stamp ca') (`truncated`; the "
 "sentence the list belongs to runs on past the cut -- **doubtful**: the cut is at a paragraph end of the store, not at "
 "a sentence end; without the list the text would be 117 words). Kept as written: 'then-NASDAQ National Market issuer', "
 "'its founder and former CEO Gregory Manning, 62', 'Afinsa Bienes Tangibles, S.A.', 'Barrett & Worthen, Inc.', "
 "'Brookman Catalogue', the straight quotation marks and apostrophes. 195 words (whitespace-split), three paragraphs. "
 "Found at rank 2 under 'Escala Group Greg Manning Litigation Release Afinsa' (rank 1 a Spanish slideshare deck on the "
 "Afinsa case; rank 3 sec.gov's Litigation Release No. 21630 of August 24, 2010 on Manning's final judgment, the same "
 "matter, not used; ranks 4-8 stanford, two law firms' class-action notices, findacase, contracts.justia). One text "
 "per matter: this release, the complaint, Escala's settlement, the 2009 opinion and Manning's and Crawford's "
 "judgments are one matter. " + CHECK + "'Escala Group', 'Afinsa', 'Gregory Manning', 'Greg Manning', 'Larry Lee "
 "Crawford', 'Brookman', 'Barrett & Worthen', 'Auctentia', '20965', '21630', '09 CV 2646': 0 in the corpus files, "
 "the scripts, the pools, GATHERING.md and the notes (only this round's claim line).",
 True)))

# ---- Worthington Foods, Inc. / Roger D. Blackwell et al., Litigation Release No. 20054, March 23, 2007 ----------------
U2 = "https://www.sec.gov/litigation/litreleases/2007/lr20054.htm"
T2 = "SEC Obtains Summary Judgment against Roger Blackwell and Other Defendants in Insider Trading Scheme"
P2 = [
 "On March 20, 2007, the Honorable Algenon L. Marbley of the U.S. District Court for the Southern District of Ohio "
 "granted summary judgment based on facts primarily established in an earlier criminal prosecution in favor of the "
 "Commission and against Defendants Roger D. Blackwell, Kelly Hughes, Kevin Stacy and Roger D. Blackwell in his "
 "capacity as trustee of the Roger Blackwell and Associates Pension Plan Trust (\"Pension Plan\"). The Court held "
 "Blackwell, Hughes, Stacy and the Pension Plan liable for illegal insider trading in the stock of Worthington Foods, "
 "Inc. in violation of Section 10(b) of the Securities Exchange Act of 1934 and Rule 10b-5 thereunder. The Court also "
 "granted summary judgment in favor of the Commission and against Blackwell for his violation of Section 16(a) of the "
 "Exchange Act and Rule 16a-2, 16a-3 and 16a-8 thereunder for his failure to report changes in his beneficial "
 "ownership of Worthington stock, purchased through the Pension Plan. Finally, the Court also ruled that the "
 "Commission's claim that Blackwell violated Section 16(a) and Rule 16a-2, 16a-3, and 16a-8 with respect to "
 "Black-Jack Enterprises was inappropriate for summary judgment and remained for trial."]
R.append((["lr20054.txt"], T2, P2, federal(
 "us-sec-worthington-foods-blackwell-insider-trading-summary-judgment-2007",
 U2, "2007-03-23", T2, "\n\n".join(P2),
 "food/securities regulation", "legal,regulatory,insider trading,court ruling",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20054, '" + T2 + "', March 23, 2007 (Securities and "
 "Exchange Commission v. Roger Blackwell et al, 03 Civ. 63 (S.D. Ohio, filed January 21, 2003)), US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the agency's older "
 "'litigation/litreleases/2007/...' address): first-party text, no third-party copy. Left out: 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', the release line 'Litigation Release No. 20054 / March 23, 2007' (the date kept as "
 "`published`) and the caption line 'Securities and Exchange Commission v. Roger Blackwell et al, 03 Civ. 63 (S.D. "
 "Ohio, filed January 21, 2003)'. The heading is `title`, as written. Cut after the first paragraph, before the "
 "paragraph the store's excerpt breaks off ('Furthermore, the Court ruled that Blackwell, Hughes and Stacy should be "
 "permanently enjoined ... (2) Blackwell and the Pension Plan were held jointly and severally liable for $57,023.29 in "
 "disgorge') (`truncated`). Kept as written: 'the Honorable Algenon L. Marbley', 'Kelly Hughes' (the complaint spells "
 "'Kelley'), 'Roger Blackwell and Associates Pension Plan Trust' (the complaint writes '&'), 'Black-Jack Enterprises', "
 "the straight quotation marks. 189 words (whitespace-split), one paragraph. The kept text names no post (Blackwell "
 "was a Worthington director, Kellogg the buyer whose deal the tips concerned: both only in the complaint and other "
 "papers, not here). Found at rank 1 under 'Roger D. Blackwell Worthington Foods Kellogg insider trading Litigation "
 "Release' (ranks 2, 4 and 5 the SEC's three complaints of January 2003 on sec.gov -- against Blackwell et al., "
 "against David W. Maxwell and Elton L. Jehn, against William D. Parker and others: complaints, not releases, the "
 "lane's earlier rounds passing such pages over (45-series and 59-series notes); ranks 3, 6 and 8 opinions on vlex and "
 "findacase, rank 7 a student newspaper). Litigation Release No. 17944 (January 2003, the filing) asked twice: not in "
 "the store under those words. One text per matter: this release, LR 17944, the three complaints filed the same day "
 "(03-CV-63, 03-CV-64, 03-CV-65), the opinions and the criminal case are taken as one matter, the Worthington / Kellogg "
 "insider trading cases. " + CHECK + "'Blackwell', 'Worthington Foods', 'Marbley', 'Kelley L. Hughes', 'Kevin L. "
 "Stacy', 'Arnold L. Jack', 'Black-Jack', 'Elton L. Jehn', 'David W. Maxwell', 'William D. Parker', '17944', "
 "'20054', '03 Civ. 63': 0 in the corpus files, the scripts, the pools, GATHERING.md and the notes (only this round's "
 "claim line).",
 True)))

# ---- Steve Madden, Ltd. / Steve Madden, Litigation Release No. 16600, June 20, 2000 ------------------------------------
U3 = ("https://webarchive.library.unt.edu/eot2008/20080916062109/http://sec.gov/litigation/litreleases/lr16600.htm")
T3 = None
P3 = [
 "The Securities and Exchange Commission filed a civil injunctive action on June 20, 2000 in the United States District "
 "Court for the Eastern District of New York against Steve Madden, President and Chief Executive Officer of Steve "
 "Madden, Ltd. (SHOO), a footwear company. The Commission alleged that Madden violated the federal securities laws by "
 "participating in the manipulation of twenty-two initial public offerings (IPOs) underwritten by Stratton Oakmont, "
 "Inc. (Stratton), and Monroe Parker Securities, Inc. (Monroe), a Stratton spin-off, over a six-year period. Madden's "
 "own company, SHOO, was among the IPOs manipulated by Madden and Stratton. Also on June 20, 2000, the United States "
 "Attorney's Offices for the Eastern District of New York and the Southern District of New York announced related "
 "criminal charges against Madden.",
 "The Commission's Complaint alleges as follows:",
 "From 1991 through 1997, Madden was a key participant in a series of manipulations orchestrated by Stratton and "
 "Monroe. Both firms were quintessential \"boiler rooms\" and the manipulations followed a standard formula. Stratton "
 "and Monroe gained control over the float of each stock by issuing allocations of IPO stock to persons with whom "
 "Stratton and Monroe had entered into secret agreements to serve as \"flippers.\" The flippers received their stock "
 "with the understanding that they would sell the stock back to Stratton or Monroe at pre-arranged, below-market "
 "prices once trading had commenced in the aftermarket. Stratton and Monroe would then earn huge profits by selling "
 "the stock to their own customers at artificially inflated prices created by the use of high-pressure sales tactics."]
R.append((["lr16600.txt"], T3, P3, federal(
 "us-sec-steve-madden-ceo-stratton-oakmont-monroe-parker-ipo-manipulation-2000",
 U3, "2000-06-20", T3, "\n\n".join(P3),
 "retail/securities regulation", "legal,regulatory,market manipulation,initial public offerings,executives,brokerage",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16600, June 20, 2000 (Securities and Exchange "
 "Commission v. Steve Madden, CV 00 3632 (E.D.N.Y.)), US federal government work (public domain); text of sec.gov's "
 "page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page store at " + U3,
 SEC_EOT,
 "An SEC litigation release (a US federal work, public domain) on sec.gov ('litigation/litreleases/lr16600.htm') as "
 "the UNT Libraries' web archive (webarchive.library.unt.edu, its End of Term 2008 crawl of federal web sites, the "
 "archive 59b's, 59g's, 61b's and 62b's SEC texts came from) holds the page: the SEC's own text, archived unchanged, "
 "no third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous "
 "Page' and 'U.S. Securities and Exchange Commission', 'SECURITIES AND EXCHANGE COMMISSION', the release line "
 "'LITIGATION RELEASE NO. 16600 / June 20, 2000' (the date kept as `published`) and the caption line 'SECURITIES AND "
 "EXCHANGE COMMISSION V. STEVE MADDEN, CV 00 3632 E.D.N.Y.)' (its opening parenthesis missing as written); the "
 "release has no heading, so `title` is null (58b's Cal Micro way; 58q took a caption without a docket number as "
 "title, this one carries one). Cut inside the third paragraph after its fifth sentence ('... created by the use of "
 "high-pressure sales tactics.'), before the sentence the store's excerpt breaks off ('In each of the twenty-two "
 "manipulations, Madden sold his st') (`truncated`). Kept as written: 'Steve Madden, Ltd.' (the company's registered "
 "name is 'Steven Madden, Ltd.'; this release writes 'Steve'), '(SHOO)' (its ticker, used as its name), 'President "
 "and Chief Executive Officer', 'a Stratton spin-off', the straight quotation marks. 255 words (whitespace-split), "
 "three paragraphs. Found at rank 4 under 'Steven Madden Ltd. chief executive officer Stratton Oakmont Monroe Parker "
 "Litigation Release' (ranks 1-3 sec.gov's Litigation Releases No. 17015 and 17014 and press release 2001-53, all of "
 "May 23, 2001: the insider trading charge and the settlement of the same matter, not used; ranks 5-8 class-action "
 "papers on documents.pub, a PDF mirror of Wikipedia, law.com). One text per matter: this release, the June 2000 "
 "complaint, the May 2001 insider trading complaint and settlement (LR 17014, 17015, press release 2001-53) and the "
 "criminal cases are one matter. " + CHECK + "'Steve Madden', 'Steven Madden', 'Stratton Oakmont', 'Monroe Parker', "
 "'Belfort', 'Porush', '16600', '17014', '17015', '2001-53', '00 3632': 0 in the corpus files, the scripts, the "
 "pools, GATHERING.md and the notes (only this round's claim line); 'Madden' alone only in texts on John Madden (a "
 "Walter Lantz story's script and an ESPN test file, by name only).",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces (the
    saved file's two header lines, its address and the query that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
