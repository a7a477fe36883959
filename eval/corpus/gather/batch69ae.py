#!/usr/bin/env python3
"""Batch 69ae (session 63, gatherer lane 69ae): two FTC merger texts of 2020 and 2024 naming the acquiring companies,
the sellers, a divestiture buyer, a state office, the FTC's Bureau of Competition Director and two Commissioners, new
matters in the federal FTC lane (after 68a, 68g, 68m, 68v, 68y, 69a, 69h, 69n, 69t and 69z), found by asking the FTC's
merger pages by acquirer + target + product after the leads of 69t, 69z, 69n and 69h came back without ftc.gov pages
(see the round notes /tmp/gather69ae/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/2024/04/ftc-statement-amendment-global-partners-gulf-oil-acquisition'
    (FTC statement of April 9, 2024; its headline and date line are not in the stored text) -- Global Partners LP's
    amended equity purchase agreement with Gulf Oil Limited Partnership, abandoning Gulf Oil's petroleum terminal in
    South Portland, Maine, after the FTC's and the Office of the Maine Attorney General's concerns; FTC Bureau of
    Competition Director Henry Liu;
  - ftc.gov 'news-events/news/press-releases/2020/08/ftc-approves-final-order-imposing-conditions-tri-star-energy-llcs-
    acquisition-certain-assets' (FTC press release of August 14, 2020; headline and date line not in the stored text)
    -- the FTC's final order on Tri Star Energy, LLC's proposed acquisition of certain assets from Hollingsworth Oil
    Company, Inc., C & H Properties and Ronald L. Hollingsworth, retail fuel assets to Cox Oil Company, Inc.;
    Commissioners Rebecca Kelly Slaughter and Christine S. Wilson not participating.
A dry-ish round: two texts, not three (thirteen queries in the 30 minutes the lane had; see the round notes).
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69ae/NOTES.md. Queries and ranks in
/tmp/gather69ae/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; curly quotation marks and apostrophes), as saved
in /tmp/gather69ae/src by /tmp/gather69ae/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Global Partners; the Tri Star excerpt has
none); `title` None for both (no headline in the stored texts); `published` from the store's same-day reports (see each
record's notes).
Global Partners / Gulf Oil -- cut after the third paragraph (Henry Liu's statement), before the FTC's boilerplate
paragraph ('The Federal Trade Commission works to promote competition, ...') and the 'Contact Information' / 'Media
Contact' lines (`truncated` False: the release's own text is whole). Tri Star / Hollingsworth -- cut after the sixth
paragraph ('... did not participate.'), before the same boilerplate paragraph (`truncated` False). No word added or
changed; the store's paragraphs kept, joined by a blank line (the trailing spaces after 'South Portland, Maine.' and
after the statement's closing quotation mark dropped as white space). Each kept paragraph checked by script to be a
verbatim substring (once) of the saved excerpt, runs of white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch69ae.py [POOL_DIR] [--dry]   (default /tmp/gather69ae/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69ae/pool"
SRC = "/tmp/gather69ae/src"
R = []

# ---- Global Partners LP / Gulf Oil Limited Partnership (South Portland terminal abandoned), FTC statement, April 9, 2024
U1 = ("https://www.ftc.gov/news-events/news/press-releases/2024/04/"
      "ftc-statement-amendment-global-partners-gulf-oil-acquisition")
P1 = [
 "Global Partners LP recently announced an amendment to its equity purchase agreement with Gulf Oil Limited Partnership "
 "in response to antitrust concerns raised by the Federal Trade Commission and the Office of the Maine Attorney "
 "General. Under the revised purchase agreement, Global Partners has abandoned its proposed acquisition of Gulf Oil\u2019s "
 "petroleum terminal in South Portland, Maine.",
 "In response to the revised equity purchase agreement, FTC Bureau of Competition Director Henry Liu issued the "
 "following statement:",
 "\u201cRobust competition at all stages of the petroleum products supply chain is critical to ensure affordable access "
 "to the fuels that power people\u2019s vehicles and heat their homes and businesses. The FTC is pleased that Global "
 "Partners has abandoned its anticompetitive acquisition of Gulf Oil\u2019s terminal in South Portland, Maine. This "
 "acquisition threatened to limit competition and increase prices, affecting consumers who use heating oil and diesel "
 "fuel in and around the Portland area. Many thanks to the FTC staff for their work on this matter and to the Office "
 "of the Maine Attorney General for their partnership throughout the investigation.\u201d"]
R.append((["ftc-2024-04-global-partners-gulf-oil.txt"], None, P1, federal(
 "us-ftc-global-partners-gulf-oil-south-portland-terminal-abandoned-2024",
 U1, "2024-04-09", None, "\n\n".join(P1),
 "energy/competition regulation", "deal,regulatory,merger control,abandoned deal,petroleum terminals",
 "U.S. Federal Trade Commission, statement of April 9, 2024 on Global Partners LP's amended equity purchase agreement "
 "with Gulf Oil Limited Partnership, abandoning the South Portland, Maine terminal (its headline and date line are not "
 "in the stored text), US federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2024/04/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None (the attribution says so; the address's 'ftc "
 "statement amendment global partners gulf oil acquisition' is not text); `published` 2024-04-09 -- the address gives "
 "April 2024, and the store's OPIS / Dow Jones item at 4-traders (rank 2 of query 13, stamped '04-09-24 1607ET') says "
 "'according to a news release from the Federal Trade Commission on Tuesday' -- Tuesday, April 9, 2024. No relative "
 "date in the kept text resolves ('recently': GUIDELINES, skip). Cut after the third paragraph (Henry Liu's "
 "statement), before the FTC's boilerplate paragraph and the 'Contact Information' / 'Media Contact' lines (`truncated` "
 "False). Kept as written: 'Global Partners LP', 'Gulf Oil Limited Partnership', 'FTC Bureau of Competition Director "
 "Henry Liu', 'the Office of the Maine Attorney General', the curly quotation marks and apostrophes; the trailing "
 "spaces after two paragraphs dropped. 177 words (whitespace-split), three paragraphs. Found at rank 1 under 'ftc.gov "
 "FTC requires Global Partners divest gas stations Gulf Oil acquisition' (query 5) and of query 13; the other answers "
 "were the 2021-2022 Global Partners / Richard Wiehl matter (ftc.gov's March 2022 final-order release, the FR analysis "
 "2021-28345, csnews and cspdailynews: another matter, not taken this round), csnews on the closing of the four other "
 "terminals, and the 2015-2016 ArcLight / Gulf Oil matter (legalnewsline, cspdailynews: another matter). " + CHECK +
 "'Global Partners', 'Gulf Oil', 'South Portland', 'Maine Attorney General': 0 in the corpus files, the scripts and "
 "the pools ('Global Partners' only inside 'Turbo Global Partners' in an SEC lead line of GATHERING.md); 'Henry Liu' "
 "in 69n's and 69t's texts (other matters).",
 False)))

# ---- Tri Star Energy, LLC / Hollingsworth Oil Company, Inc. (Cox Oil Company, Inc.), FTC press release, August 14, 2020
U2 = ("https://ftc.gov/news-events/news/press-releases/2020/08/"
      "ftc-approves-final-order-imposing-conditions-tri-star-energy-llcs-acquisition-certain-assets")
P2 = [
 "Following a public comment period, the Federal Trade Commission has approved a final order settling charges that Tri "
 "Star Energy, LLC\u2019s proposed acquisition of certain assets from Hollingsworth Oil Company, Inc., C & H Properties, "
 "and Ronald L. Hollingsworth (collectively, \u201cHollingsworth\u201d) would violate federal antitrust law.",
 "Tri Star, a Nashville, Tennessee-based energy company, operates fuel outlets and convenience stores in four states, "
 "including Tennessee.",
 "Hollingsworth, based in Springfield, Tennessee, also operates fuel outlets and convenience stores throughout middle "
 "Tennessee.",
 "According to the complaint, which was first announced in June, the proposed acquisition would harm competition for "
 "both retail gasoline and retail diesel in two local markets: Whites Creek, Tennessee and Greenbrier, Tennessee. In "
 "each of these markets, the acquisition would result in a merger to monopoly for the retail sale of gasoline and "
 "diesel.",
 "Under the terms of the proposed consent order, Tri Star is required to divest to Cox Oil Company, Inc. retail fuel "
 "assets in Whites Creek and Greenbrier within 10 days after completing the acquisition. Tri Star and Hollingsworth "
 "would be required to maintain the competitiveness of the divestiture assets during the divestiture process.",
 "The Commission vote to approve the final order was 3-0-2. Commissioners Rebecca Kelly Slaughter and Christine S. "
 "Wilson did not participate."]
R.append((["ftc-2020-08-tri-star-hollingsworth.txt"], None, P2, federal(
 "us-ftc-tri-star-energy-hollingsworth-final-order-cox-oil-2020",
 U2, "2020-08-14", None, "\n\n".join(P2),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,retail fuel",
 "U.S. Federal Trade Commission, press release of August 14, 2020 on its final order over Tri Star Energy, LLC's "
 "proposed acquisition of certain assets from Hollingsworth Oil Company, Inc., C & H Properties and Ronald L. "
 "Hollingsworth (its headline and date line are not in the stored text), US federal government work (public domain); "
 "text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2020/08/...'): first-party text. The store's excerpt starts with the first paragraph (no 'Skip to main "
 "content' line) and parts its paragraphs by single line breaks. The stored text holds no headline and no date line: "
 "`title` None (the attribution says so); `published` 2020-08-14 -- the address gives August 2020, and ftc.gov's own "
 "energy-industry listing in the store (rank 8 of query 7: 'On August 14, 2020, the Commission announced it had "
 "approved the final consent order in this matter') gives the day (pymnts' copy is dated August 20, 2020, later). "
 "'June' ('first announced in June') resolves to 2020-06 (the June before an August release). Cut after the sixth "
 "paragraph, before the FTC's boilerplate paragraph (`truncated` False). Kept as written: 'Tri Star Energy, LLC', "
 "'Hollingsworth Oil Company, Inc.', 'C & H Properties', 'Ronald L. Hollingsworth', the collective '\u201cHollingsworth\u201d', "
 "'Cox Oil Company, Inc.', 'Tennessee-based', '3-0-2', the curly quotation marks and apostrophe. 208 words "
 "(whitespace-split), six paragraphs. Found at rank 4 under 'ftc.gov FTC requires Tri Star Energy divest retail fuel "
 "Cox Oil Hollingsworth Whites Creek' (query 7); ranks 1 and 3 were marketswired's copies of the June 2020 and August "
 "2020 releases, rank 5 the FR analysis 2020-14508 (File No. 201-0074), ranks 2, 6 and 7 stateagreport, pymnts and "
 "poandpo reports (third party). One text per matter: the June and August releases, the analysis and the orders are "
 "one matter (File No. 201 0074, Docket No. C-4720). " + CHECK + "'Tri Star', 'Cox Oil', 'Whites Creek', "
 "'Greenbrier', 'C & H Properties', '201 0074', '201-0074', 'C-4720': 0 in the corpus files, the scripts and the "
 "pools; 'Hollingsworth' in one corpus file (a Polypore text: another company); 'Rebecca Kelly Slaughter' in corpus "
 "files on other FTC matters; 'Christine S. Wilson': 0.",
 False)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, runs of white space (line breaks, trailing
    spaces) read as one space (the saved file's two header lines, its address and the queries that found it, are not
    part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        for p in ([title] if title else []) + paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
