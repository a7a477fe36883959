#!/usr/bin/env python3
"""Batch 54z (session 55, gatherer 54z): two SEC press releases of 2020 and 2021 as third-party hosts reprint them --
the Commission's charges against 'Medallion Financial Corp., a Delaware company headquartered in New York, NY, and its
President and Chief Operating Officer, Andrew Murstein', over paid touting through 'California-based media strategy
company, Ichabod's Cranium, Inc., and its owner, Lawrence Meyers' and an inflated carrying value of 'Medallion Bank (the
Bank), a wholly owned subsidiary of Medallion' (press release of 29 December 2021, as equipmentfa.com reprints it); and
its charges against 'Mark Schena, the President and Chief Science Officer of Arrayit Corporation', over claims about a
COVID-19 blood test and the company's delinquent periodic reports (press release of 25 September 2020, 'SEC Charges Top
Executive of California Microcap Company for Misleading Claims Concerning COVID-19 Test and Financial Statements', as
the Newsfile wire copy on thefintechbuzz.com carries it) -- US federal government works (17 U.S.C. 105), a session-55
round in the federal SEC lane (after 48a ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 53zs, 54b, 54i, 54p and
54v), on matters new to the corpus (Medallion was 54i's lead 'equipmentfa + abfjournal'; Arrayit is named nowhere).
No sec.gov address came back for either under the heading's own words, the company with its people and charge, or the
release's first words; 54v's leads (Nikola/Milton, Archegos/Hwang/Halligan, Ozy Media/Watson/Rao, Terraform/Kwon) and
the other matters tried (GPB Capital/Gentile, Vale, Sealed Air, Thor/Chin, Forsage, BitClout/Al-Naji, Ripple,
Decision Diagnostics/Berman, SCWorx/Schessel, Praxsyn/Brady) brought news, law-firm notes, digests, court papers and
EDGAR filings only. Every name and address was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes and the session-55 pools and src folders:
  - SEC press release of December 29, 2021, on Medallion Financial Corp., Andrew Murstein, Ichabod's Cranium, Inc. and
    Lawrence Meyers (complaint in federal district court in Manhattan), as reprinted by equipmentfa.com (no heading
    in the stored text: `title` null);
  - SEC press release of September 25, 2020, on Mark Schena of Arrayit Corporation (complaint in the U.S. District Court
    for the Northern District of California), as the Newsfile wire copy at thefintechbuzz.com carries it.
The text is the search tool's page-store excerpt (corpus `pages`; 2,000 bytes each, cut off by the store). Left out:
thefintechbuzz's section word 'Fintech', the heading (kept as `title`) and the wire dateline 'Washington,
D.C.\u2013(Newsfile Corp. \u2013 September 25, 2020) \u2013 ' (the distributor's words; its date kept as `published`).
Cut at the last full sentence before the store's excerpt breaks off (both `truncated`): Medallion after '... provisions
of the federal securities laws.' (before 'Murstein is also charged with making false statements to Medallion'),
Arrayit after '... through April 27, 2020.' (before 'The SEC\u2019s complaint, filed in the U.S. District Court for the
Northern District of California, charges Schena ... seeks a permanent injunction'). No word added or changed;
paragraphs (single line breaks in the store) joined by a blank line. Each kept paragraph (and Arrayit's title) checked
by script to be a verbatim substring of the saved excerpt (/tmp/gather55z/src, written by /tmp/gather55z/mk_src.py;
each saved excerpt is 2,000 bytes, the store's excerpt length -- a check on the transcription). The third-party copies
were checked word for word against other copies where they overlap (see each record's notes). Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch54z.py [POOL_DIR] [--dry]   (default /tmp/gather55z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

EQUIPMENTFA_ORIGIN = "US SEC press release via equipmentfa.com (search tool page store)"
NEWSFILE_ORIGIN = "US SEC press release via the Newsfile wire copy on thefintechbuzz.com (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-55 pools and src folders /tmp/gather55*/ (none held a file on this "
         "matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55z/pool"
SRC = "/tmp/gather55z/src"
R = []

# ---- Medallion Financial Corp. / Andrew Murstein / Ichabod's Cranium, SEC press release of 29 December 2021 ----------
U1 = ("https://equipmentfa.com/news/33517/sec-charges-medallion-financial-and-president-with-engaging-in-fraudulent-"
      "schemes-to-boost-stock-price")
T1 = None
P1 = [
 "The Securities and Exchange Commission charged Medallion Financial Corp., a Delaware company headquartered in New "
 "York, NY, and its President and Chief Operating Officer, Andrew Murstein of New York, NY, with illegally engaging in "
 "two schemes in an effort to reverse the company's plummeting stock price.",
 "According to the SEC's complaint, Medallion's core business was making loans backed by taxicab medallions to taxicab "
 "owners and operators. However, the popularity of ride-sharing companies like Uber and Lyft led to a decline in the "
 "value of taxicab medallions and of Medallion's stock price. Murstein and Medallion allegedly directed two separate "
 "schemes to inflate the company's stock price, in part with the help of California-based media strategy company, "
 "Ichabod's Cranium, Inc., and its owner, Lawrence Meyers, both of whom were also charged by the SEC with fraud.",
 "The complaint, filed in federal district court in Manhattan, alleges that Murstein and Medallion engaged in illegal "
 "touting by paying Ichabod's Cranium and others to place positive stories about the company on various websites, "
 "including Huffington Post, Seeking Alpha, and TheStreet.com. With Murstein's knowledge, Meyers and others created "
 "fake identities so their opinion pieces would appear credible to potential investors. The complaint further alleges "
 "that Medallion and Murstein fraudulently increased the carrying value of Medallion Bank (the Bank), a wholly owned "
 "subsidiary of Medallion, to offset losses relating to the taxicab medallion loans. The complaint alleges that when the "
 "existing valuation firm refused to cave to Murstein's pressure to increase the Bank's valuation, Murstein fired the "
 "firm and hired a new firm to provide an inflated valuation of the Bank.",
 "The SEC's complaint charges Murstein and Medallion with violating the antifraud, books and records, internal "
 "controls, and anti-touting provisions of the federal securities laws."]
R.append((["medallion-equipmentfa-2021-12-29.txt"], T1, P1, federal(
 "us-sec-medallion-financial-president-coo-murstein-medallion-bank-ichabods-cranium-touting-fraud-2021", U1,
 "2021-12-29", T1, "\n\n".join(P1),
 "specialty finance/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, press release of December 29, 2021 (its heading is not in the stored "
 "text), on the SEC's complaint against Medallion Financial Corp., Andrew Murstein, Ichabod's Cranium, Inc. and "
 "Lawrence Meyers filed in federal district court in Manhattan, US federal government work (public domain); text as "
 "equipmentfa.com reprints it, from the search tool's page store at " + U1,
 EQUIPMENTFA_ORIGIN,
 "An SEC press release (a US federal work, public domain) as an equipment-finance news site reprints it: the release's "
 "own words, no site wording in the kept text (the stored excerpt opens with the release's first sentence; no heading, "
 "byline or dateline is in it, so `title` is null -- the address's slug reads 'sec-charges-medallion-financial-and-"
 "president-with-engaging-in-fraudulent-schemes-to-boost-stock-price', not taken as a title since its capitals are not "
 "known). `published` 2021-12-29: the day the SEC charged them (thestreet.com's Frank R. Cruz notice: 'On December 29, "
 "2021, the SEC charged Medallion'; Medallion's own 8-K exhibit 99.1 on sec.gov, dated December 29, 2021, answers 'a "
 "complaint filed by the U.S. Securities and Exchange Commission'); the kept text has no date expression, so nothing "
 "depends on it. Word-for-word check against other copies where they overlap: 'with illegally engaging in two schemes in "
 "an effort to reverse the company's plummeting stock price' and 'engaged in illegal touting by paying Ichabod's "
 "Cranium and others to place positive stories about the company on various websites, including Huffington Post, "
 "Seeking Alpha, and TheStreet.com' (thestreet.com's quotation), 'With Murstein's knowledge, Meyers and others created "
 "fake identities so their opinion pieces would appear credible to potential investors' and 'The complaint further "
 "alleges that Medallion and Murstein fraudulently increased the carrying value of Medallion Bank (the Bank), a wholly "
 "owned subsidiary of Medallion, to offset losses relating to the taxicab medallion loans' (MarketWatch's quotation as "
 "tradersville.net and newsbreak.com reprint it): identical; abfjournal.com's copy is an edited rewrite (it drops ', "
 "Inc.', '(the Bank)', lower-cases 'the bank', reorders 'With Murstein's knowledge') and agrees word for word with the "
 "rest (the second paragraph's first two sentences, the valuation-firm sentence bar 'Bank'/'bank'). Cut after the "
 "fourth paragraph's first sentence ('... anti-touting provisions of the federal securities laws.'), before 'Murstein "
 "is also charged with making false statements to Medallion', where the store's excerpt breaks off at 2,000 bytes "
 "(`truncated`). Kept as written: 'New York, NY' (twice), 'President and Chief Operating Officer', 'California-based "
 "media strategy company, Ichabod's Cranium, Inc.,', 'ride-sharing', 'Huffington Post, Seeking Alpha, and "
 "TheStreet.com', 'Medallion Bank (the Bank)', 'wholly owned', straight apostrophes as the store gives them. 288 words "
 "(whitespace-split), four paragraphs. Found with 'SEC charges Medallion Financial and former president Andrew "
 "Murstein misleading investors' (rank 2; rank 6 under the release's first words; the excerpt saved as "
 "/tmp/gather55z/src/medallion-equipmentfa-2021-12-29.txt). One text per matter: abfjournal (edited copy), "
 "financialregnews and coachoutletonlinespick (rewrites), dailycaller, racingnews, argusjournal, washingtonnewsday, "
 "creatorsempire, marketnewsng, americanbanker (the 2023 settlement), crainsnewyork, newyorkmetropolitan, ademilaw, "
 "regenesisreno, casetext (a 2018 derivative suit) and Medallion's 8-K are not taken. " + CHECK + "'Medallion', "
 "'Murstein', 'Ichabod', 'Lawrence Meyers', 'equipmentfa': 0 in the corpus files, the gather scripts and the pools "
 "('Medallion' and 'Murstein' in GATHERING.md and /work/notes/gather55/54i.md only as 54i's untaken lead).",
 True)))

# ---- Arrayit Corporation / Mark Schena, SEC press release of 25 September 2020 (Newsfile copy) -------------------------
U2 = ("https://thefintechbuzz.com/fintech/2020/09/25/8865/sec-charges-top-executive-of-california-microcap-company-for-"
      "misleading-claims-concerning-covid-19-test-and-financial-statements/?amp=1")
T2 = ("SEC Charges Top Executive of California Microcap Company for Misleading Claims Concerning COVID-19 Test and "
      "Financial Statements")
DATELINE2 = "Washington, D.C.\u2013(Newsfile Corp. \u2013 September 25, 2020) \u2013 "
P2 = [
 "The Securities and Exchange Commission today charged Mark Schena, the President and Chief Science Officer of Arrayit "
 "Corporation, for making allegedly false and misleading statements concerning Arrayit\u2019s development of a COVID-19 "
 "blood test and its intention to resolve its delinquency in filing required periodic reports with the SEC.",
 "According to the SEC\u2019s complaint, in March and April 2020, Schena falsely claimed that Arrayit had developed a "
 "COVID-19 blood test when it had not yet purchased materials to make a test. As alleged, Schena also falsely asserted "
 "that the test had been submitted for emergency approval, and falsely boasted to investors that there was a high "
 "demand for the test. The complaint also alleges that between October 2018 and March 2019, Schena misled investors by "
 "claiming that Arrayit was preparing to become current on delinquent periodic filings with the SEC for the first time "
 "since November 2015. According to the complaint, however, Arrayit had failed to provide the necessary documents and "
 "financial information to its independent auditor, which was unable to complete its audit of the company\u2019s "
 "financial statements for 2014 and 2015.",
 "\u201cWe allege that Mark Schena took advantage of the COVID-19 pandemic at the expense of investors,\u201d said Erin E. "
 "Schneider, Director of the SEC\u2019s San Francisco Regional Office. \u201cA pandemic does not exempt public company "
 "executives from their responsibility to make accurate disclosures.\u201d",
 "The Commission previously suspended trading in Arrayit\u2019s securities from April 14, 2020, through April 27, 2020."]
R.append((["arrayit-schena-newsfile-2020-09-25.txt"], T2, P2, federal(
 "us-sec-arrayit-president-chief-science-officer-schena-covid-19-blood-test-misleading-claims-2020", U2,
 "2020-09-25", T2, "\n\n".join(P2),
 "biotechnology/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, press release of September 25, 2020, '" + T2 + "', on the SEC's complaint "
 "against Mark Schena in the U.S. District Court for the Northern District of California, US federal government work "
 "(public domain); text as the Newsfile wire copy on thefintechbuzz.com carries it, from the search tool's page store "
 "at " + U2,
 NEWSFILE_ORIGIN,
 "An SEC press release (a US federal work, public domain) as the Newsfile wire (which distributes SEC releases; 54x took "
 "the Speight release under a newsfilecorp address) carries it, reposted by thefintechbuzz.com: the release's own "
 "words. The heading is the `title`. Left out: the site's section word 'Fintech' and the wire dateline '" + DATELINE2
 + "' (the distributor's words before the release's first sentence; its date kept as `published`, the day 'today' "
 "means). Word-for-word check against other copies where they overlap: the Schneider quotation's first sentence as "
 "cfo.com quotes it ('We allege that Mark Schena took advantage of the COVID-19 pandemic at the expense of investors,' "
 "... 'A pandemic does not exempt public company executives from their responsibility to make accurate disclosures.'): "
 "identical; the rest agrees in substance with cfo.com, dandodiary (which dates the SEC's press release and complaint "
 "September 25, 2020), natlawreview and law360 (not word for word: rewrites). Cut after the fourth paragraph ('... "
 "through April 27, 2020.'), before 'The SEC\u2019s complaint, filed in the U.S. District Court for the Northern "
 "District of California, charges Schena with violating antifraud provisions of the federal securities laws and seeks "
 "a permanent injunction', where the store's excerpt breaks off at 2,000 bytes (`truncated`; no full sentence of that "
 "paragraph is in the excerpt). Kept as written: curly quotation marks and apostrophes, 'President and Chief Science "
 "Officer', 'COVID-19', 'Director of the SEC\u2019s San Francisco Regional Office'. 241 words (whitespace-split), four "
 "paragraphs. Found with the heading as query (rank 2; again rank 2 under the release's first words and rank 4 under "
 "'SEC Charges Arrayit Corporation CEO Rene Schena COVID-19 test fraud Litigation Release'; the excerpt saved as "
 "/tmp/gather55z/src/arrayit-schena-newsfile-2020-09-25.txt). One text per matter: the settled action of February "
 "2021 against Arrayit Corporation and its CEO Rene Schena (compliancebuilding, americanbar, law360: news only), the "
 "DOJ's criminal case against Mark Schena (medicaldesignsourcing, genomeweb, americanbar), James C. Nielsen's "
 "Arrayit pump-and-dump (fa-mag) and the rewrites (cfo.com, beeboomonline, dandodiary, natlawreview, law360) are not "
 "taken. " + CHECK + "'Arrayit', 'Schena', 'Schneider' with 'San Francisco Regional Office', 'thefintechbuzz': 0 in "
 "the corpus files, GATHERING.md, the gather scripts and the pools ('Schena' only inside 'Schwetschenau' in one "
 "corpus file: another matter).",
 True)))


def verify():
    """Each kept paragraph and the title (when there is one) occur verbatim (once) in the saved excerpt."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        for p in ([title] if title else []) + paras:
            assert raw.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
