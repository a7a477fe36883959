#!/usr/bin/env python3
"""Batch 68m (session 62, gatherer lane 68m): three FTC merger texts of 2000, 2010 and 2021 naming the would-be
acquirers and their targets, a brand and its owner, the targets' rivals, a divestiture buyer, a foreign competition
authority, the FTC's Bureau of Competition Director and its Acting Chairwoman, new matters in the federal FTC lane
(after 67a, 67g, 67l, 67r, 67v, 67ad, 68a, 68g and the rounds they name), found by asking the FTC's merger pages by the
leads of 68g's and 68a's sections (acquirer + target + product; see the round notes /tmp/gather69m/NOTES.md):
  - ftc.gov 'node/40414' (FTC press release of August 2, 2000; its headline and date line are not in the stored text)
    -- the FTC's vote to seek a preliminary injunction against Conso International Corp.'s proposed acquisition of
    McCall Pattern Company (home sewing patterns; Conso's Simplicity brand, the rivals Butterick Company Inc. and
    Kwik-Sew Pattern Co. Inc.); Richard G. Parker, Director of the FTC's Bureau of Competition;
  - ftc.gov 'opa/2010/09/airproducts.shtm' (FTC press release of September 9, 2010; its headline and date line are not
    in the stored text) -- the FTC's proposed settlement with Air Products and Chemicals, Inc. over its proposed
    hostile takeover of Airgas, Inc. (bulk liquid oxygen and nitrogen; the February 11, 2010 tender offer);
  - ftc.gov 'news-events/news/press-releases/2021/01/following-federal-trade-commission-staff-recommendation-challenge-
    transaction-tronox-holding-plc' (FTC press release of January 29, 2021; its headline and date line are not in the
    stored text) -- the FTC's closing of its investigation after Tronox Holdings plc. abandoned its acquisition of
    TiZir Titanium and Iron (TTI), with the U.K. Competition and Markets Authority, Acting Chairwoman Rebecca Kelly
    Slaughter, and the earlier Tronox / Cristal case (Cristal's North American assets divested to Ineos).
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69m/NOTES.md. Queries and ranks in
/tmp/gather69m/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; all three cut by the store at about 2,000 bytes in
UTF-8: 2,000, 2,000 and 1,998; straight quotation marks in the Conso text, curly apostrophes in the Air Products text,
curly quotation marks and apostrophes in the Tronox text), as saved in /tmp/gather69m/src by /tmp/gather69m/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (all three), the tag line 'Tags:' and the
blank line under it (Air Products); `title` None for all three (no headline in the stored texts); `published`
2000-08-02, 2010-09-09 and 2021-01-29, each from the store's third-party reports of the same day (see each record's
notes).
Conso / McCall -- cut after the fifth paragraph, before the paragraph the excerpt breaks off ('The complaint contends
that the merger of Conso and McCall ... Section 7 of the Clayton Act and Section') (`truncated`). Air Products /
Airgas -- cut after the fourth paragraph, before the paragraph the excerpt breaks off ('The settlement agreement is
designed to ') (`truncated`). Tronox / TiZir -- the six paragraphs of the release kept; the FTC's standing paragraph,
which the excerpt breaks off ('The Federal Trade Commission works to promote competition, and protect a'), left out
(boilerplate, as 65a's and 68g's texts leave it; the release's own text is whole: not `truncated`); the store's two
spaces after 'an administrative trial.' read as one. No word added or changed; the store's paragraphs kept, joined by a
blank line. Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white
space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch68m.py [POOL_DIR] [--dry]   (default /tmp/gather69m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69m/pool"
SRC = "/tmp/gather69m/src"
R = []

# ---- Conso International Corp. / McCall Pattern Company, FTC press release, August 2, 2000 ---------------------------
U1 = "https://www.ftc.gov/node/40414"
P1 = [
 "The Federal Trade Commission today authorized staff to seek a preliminary injunction to block the proposed "
 "acquisition of McCall Pattern Company (McCall) by Conso International Corp. (Conso), citing concerns that the "
 "transaction would violate federal law by illegally reducing competition in the U.S. market for home sewing "
 "patterns. Conso is currently the largest sewing pattern company in the United States, and owns the popular "
 "Simplicity brand. Its proposed purchase of McCall is valued at $22 million.",
 "\"This 'three-to-two' merger would significantly reduce competition and create a dominant firm in this market,\" "
 "Richard G. Parker, Director of the FTC's Bureau of Competition. \"Consumers of home sewing patterns would be the "
 "losers if the transaction were to proceed as proposed.\"",
 "Sewing patterns are typically printed on tissue paper and are laid on fabric and cut to aid in the production of "
 "homemade clothing and crafts. There are three leading domestic manufacturers of home sewing patterns: Simplicity, "
 "McCall, and Butterick Company Inc. The acquisition as currently structured would reduce the number of significant "
 "U.S. sewing pattern designers and producers from three to two, significantly eliminating competition and "
 "increasing the likelihood of coordinated anticompetitive behavior, according to the Commission.",
 "According to the FTC's complaint, Conso's purchase of McCall would result in the combined firm controlling more "
 "than three-quarters of the U.S. unit sales of domestic home sewing patterns, followed distantly by Butterick, with "
 "only 22 percent.",
 "Kwik-Sew Pattern Co. Inc., the next largest domestic manufacturer of home sewing patterns, has never exceeded a "
 "share of more than two or three percent of the U.S. market."]
R.append((["ftc-2000-08-conso-mccall.txt"], None, P1, federal(
 "us-ftc-conso-mccall-pattern-preliminary-injunction-home-sewing-patterns-2000",
 U1, "2000-08-02", None, "\n\n".join(P1),
 "consumer goods/competition regulation", "deal,regulatory,merger control,merger challenge,home sewing patterns",
 "U.S. Federal Trade Commission, press release of August 2, 2000 on its vote to seek a preliminary injunction against "
 "Conso International Corp.'s proposed acquisition of McCall Pattern Company (its headline and date line are not in "
 "the stored text), US federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('node/40414'): first-party "
 "text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds no "
 "headline and no date line: `title` None (the attribution says so); `published` 2000-08-02 -- the release says 'The "
 "Federal Trade Commission today authorized staff to seek a preliminary injunction', and law.com's report in the "
 "store (rank 2 of query 8: 'The Federal Trade Commission voted August 2 to block Conso International Corp.'s $22 "
 "million acquisition of McCall Pattern Co.', quoting the same Parker statement) gives the vote's day; the year 2000 "
 "from ftc.gov's complaint address ('cases/2000/08/consocomp.htm', rank 1 of query 8) and law.com's 'the third time in "
 "two months' beside WorldCom / Sprint and Heinz / Beech-Nut -- so the day is the vote's, taken as the release's (as "
 "68g took BP Amoco's and 67v a release's day from same-day reports). 'today' therefore resolves to 2000-08-02. Cut "
 "after the fifth paragraph, before the paragraph the store's excerpt breaks off ('The complaint contends that the "
 "merger of Conso and McCall would unfairly reduce competition ... in violation of Section 7 of the Clayton Act and "
 "Section') (`truncated`). Kept as written: the quotation without a verb ('\"... in this market,\" Richard G. Parker, "
 "Director of the FTC's Bureau of Competition.'), 'Conso International Corp.' beside the complaint's 'Conso "
 "International Corporation' (not in the kept text), the straight quotation marks and apostrophes. 261 words "
 "(whitespace-split), five paragraphs. Found at rank 1 under 'FTC Conso International McCall Pattern acquisition "
 "preliminary injunction home sewing patterns' (query 3; 68g's lead) and at rank 3 of query 8; rank 2 of query 3 was "
 "ftc.gov's complaint for preliminary injunction (S.D.N.Y.; Conso, MP Holdings, Inc. and The McCall Pattern Company: "
 "the same matter), rank 3 law.com's report (third party; used only for the day); ftc.gov's manufacturing listing "
 "page 21 (rank 4 of query 8) says Conso abandoned the deal after the motion (File No. 0010154; not in the kept text). "
 "One text per matter: the release, the complaint, the listing item and the abandonment are one matter. " + CHECK +
 "'McCall Pattern', 'Conso International', 'Butterick', 'Kwik-Sew', '0010154', 'node/40414': 0 in the corpus files, "
 "the scripts and the pools (only GATHERING.md's lead and looked-at lines); 'McCall' in corpus files as other people "
 "(Charles McCall, David L. McCall, Carolyn McCall); 'Simplicity' in a Wikipedia file and a script as a common word; "
 "'Richard G. Parker' in FTC corpus files on other matters.",
 True)))

# ---- Air Products and Chemicals, Inc. / Airgas, Inc., FTC press release, September 9, 2010 ----------------------------
U2 = "https://www.ftc.gov/opa/2010/09/airproducts.shtm"
P2 = [
 "Industrial gas supplier Air Products and Chemicals, Inc. has reached an agreement with the Federal Trade Commission "
 "that will require the company to sell certain liquid gas assets if it proceeds with its proposed hostile takeover "
 "of competitor Airgas, Inc. The proposed settlement agreement resolves FTC charges that Air Products\u2019 proposed "
 "acquisition of Airgas would harm competition in five regional markets for bulk liquid oxygen and bulk liquid "
 "nitrogen, which are used in a range of applications from hospital patient care to the manufacture of frozen foods.",
 "Air Products is a global supplier of industrial, medical, and specialty gases used in a variety of industries, "
 "including health care, technology, and energy. It is the second-largest industrial gas supplier in the United "
 "States, with 32 liquid atmospheric gas-producing plants nationwide. Airgas is the fifth-largest industrial gas "
 "supplier in the United States. It operates 16 plants nationwide, most of which are concentrated in the eastern part "
 "of the country. Airgas is also the largest U.S. distributor of packaged industrial, medical, and specialty gases "
 "and of hardgoods, such as welding equipment and supplies.",
 "On February 11, 2010, Air Products announced its intention to acquire all of the outstanding shares of Airgas under "
 "an all-cash tender offer for approximately $7 billion, including assumption of debt. Airgas\u2019 board of "
 "directors has opposed Air Products\u2019 offer.",
 "According to the FTC\u2019s complaint, Air Products\u2019 acquisition of Airgas, as originally proposed, would "
 "eliminate direct competition between the two companies in five U.S. regions and likely would allow the combined "
 "firm to exercise its market power to set prices for bulk liquid oxygen and bulk liquid nitrogen. In addition, the "
 "proposed transaction would increase the likelihood of collusion or coordinated action among the firms remaining in "
 "each market, the FTC contends."]
R.append((["ftc-2010-09-air-products-airgas.txt"], None, P2, federal(
 "us-ftc-air-products-airgas-proposed-settlement-liquid-oxygen-nitrogen-2010",
 U2, "2010-09-09", None, "\n\n".join(P2),
 "chemicals/competition regulation", "deal,regulatory,merger control,hostile takeover,industrial gases",
 "U.S. Federal Trade Commission, press release of September 9, 2010 on its proposed settlement with Air Products and "
 "Chemicals, Inc. over its proposed hostile takeover of Airgas, Inc. (its headline and date line are not in the "
 "stored text), US federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2010/09/"
 "airproducts.shtm'): first-party text. Left out: the page line 'Skip to main content', the tag line 'Tags:' and the "
 "blank lines under them. The stored text holds no headline and no date line: `title` None (the attribution says "
 "so); `published` 2010-09-09 -- the address gives September 2010, and dbmlawgroup.com's note in the store (rank 2 of "
 "query 10: 'On September 9, 2010, The FTC entered into a settlement agreement with Air Products and Chemicals, "
 "Inc.', then the release's words) gives the day (the FR analysis 2010-23132 followed on September 16, 2010; Air "
 "Products' own releases of August 16 and 25, 2010 are of the staff agreement and its HSR filing). The kept text's one "
 "time expression is absolute ('On February 11, 2010'). Cut after the fourth paragraph, before the paragraph the "
 "store's excerpt breaks off ('The settlement agreement is designed to ') (`truncated`). Kept as written: the curly "
 "apostrophes (\"Air Products\u2019\", \"Airgas\u2019\", \"FTC\u2019s\"), 'second-largest', 'fifth-largest', "
 "'hardgoods'. 292 words (whitespace-split), four paragraphs. Found at rank 4 under 'FTC Air Products Airgas consent "
 "order divest liquid oxygen nitrogen' (query 2; 68a's lead), at rank 3 of query 5 and rank 1 of query 10; rank 1 of "
 "query 2 was ftc.gov's case page (File No. 101 0093: the case summary, undated, the same matter), ranks 2-3 the FR "
 "analysis 2010-23132 at justia, ranks 5-8 the 2016 American Air Liquide / Airgas FR analysis and releases (another "
 "matter, in the corpus' looked-at lines); query 10 gave dbmlawgroup's note (third party; used only for the day), "
 "chemanager's and PR Newswire's Air Products releases (third party; John E. McGlade, not in the kept text). One text "
 "per matter: the release, the case page, the analysis and the orders are one matter. " + CHECK + "'Airgas', 'Air "
 "Products and Chemicals', '101 0093', '101-0093', '1010093', 'airproducts': 0 in the corpus files, the scripts and "
 "the pools (only GATHERING.md's lead lines); 'Air Products' (as a name) in a Wikipedia file on Beecham and its "
 "script (another matter).",
 True)))

# ---- Tronox Holdings plc. / TiZir Titanium and Iron, FTC press release, January 29, 2021 ------------------------------
U3 = ("https://www.ftc.gov/news-events/news/press-releases/2021/01/"
      "following-federal-trade-commission-staff-recommendation-challenge-transaction-tronox-holding-plc")
P3 = [
 "Given Tronox Holdings plc.\u2019s announcement that it has abandoned its acquisition of TiZir Titanium and Iron, the "
 "Federal Trade Commission has closed its investigation into the proposed acquisition.",
 "Tronox is one of the largest producers of titanium dioxide pigment and TTI is one of the few producers globally of "
 "chloride slag, a key input used to make titanium dioxide pigment, which provides color and opacity for products "
 "such as paint, plastics, and paper.",
 "FTC staff thoroughly investigated the proposed acquisition, particularly the potential for vertical harm. As a "
 "result, staff had recommended that the Commission challenge the transaction. FTC staff cooperated closely with "
 "staff of the U.K. Competition and Markets Authority throughout the investigation.",
 "\u201cThe proposed deal threatened to cut competitors off from the supply of a key input, which would have resulted "
 "in higher prices for a widely used industrial pigment. Now that the parties have abandoned their transaction, the "
 "market will not face this vertical threat to competition,\u201d said Acting Chairwoman Rebecca Kelly Slaughter. "
 "\u201cI thank the staff for their hard work in this case, as well as our partners at the CMA for their cooperation "
 "throughout the investigation.\u201d",
 "In 2017, the Commission sued to block Tronox\u2019s acquisition of rival pigment manufacturer Cristal, and the "
 "district court enjoined the merger pending an administrative trial. After the Administrative Law Judge found that "
 "the acquisition would likely substantially lessen competition, Tronox agreed to settle the charges, resulting in "
 "the divestiture of Cristal\u2019s North American titanium dioxide assets to Ineos. Staff raised serious concerns "
 "that the follow-up deal would have led to anticompetitive effects in the same market at issue in that earlier "
 "case.",
 "The Commission vote to disclose the existence of the investigation and close it was 5-0."]
R.append((["ftc-2021-01-tronox-tizir.txt"], None, P3, federal(
 "us-ftc-tronox-tizir-abandoned-acquisition-investigation-closed-2021",
 U3, "2021-01-29", None, "\n\n".join(P3),
 "chemicals/competition regulation", "deal,regulatory,merger control,abandoned deal,titanium dioxide,chemicals",
 "U.S. Federal Trade Commission, press release of January 29, 2021 on the closing of its investigation after Tronox "
 "Holdings plc. abandoned its proposed acquisition of TiZir Titanium and Iron (its headline and date line are not in "
 "the stored text), US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2021/01/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it; the FTC's standing paragraph, which the store's excerpt breaks off at 1,998 bytes ('The Federal Trade Commission "
 "works to promote competition, and protect a'), as 65a's and 68g's texts leave it (boilerplate; the release's own "
 "six paragraphs are whole, so not `truncated`). The stored text holds no headline and no date line: `title` None "
 "(the attribution says so; the address's 'following federal trade commission staff recommendation challenge "
 "transaction tronox holding plc' is not text); `published` 2021-01-29 -- the address gives January 2021, and "
 "marketscreener's copy of the release in the store (rank 2 of query 9) is dated '01/29/2021 | 12:36pm EST' under the "
 "release's headline ('Following Federal Trade Commission Staff Recommendation to Challenge Transaction, Tronox "
 "Holding plc. Abandons Proposed Acquisition of TiZir Titanium and Iron'). The kept text's one calendar expression is "
 "'In 2017' ('Now' has no calendar value). The store's two spaces after 'pending an administrative trial.' read as "
 "one (runs of white space as one space; no word changed). Kept as written: 'Tronox Holdings plc.\u2019s' (the "
 "period of 'plc.' before the curly apostrophe; the address writes 'tronox-holding-plc'), the curly quotation marks "
 "and apostrophes, '5-0'. 288 words (whitespace-split), six paragraphs. Found at rank 1 under 'Tronox abandons TiZir "
 "acquisition FTC closes investigation January 2021 Slaughter' (query 9) and at rank 6 of query 7 ('FTC Tronox "
 "Cristal titanium dioxide ...', asked for 68g's and 64-66's not-used lead Tronox / Cristal, whose releases came "
 "only as marketswired copies: ranks 1 and 3, with Reuters and CPI reports); rank 2 of query 9 marketscreener's copy "
 "(third party; used only for the day), rank 3 Cornerstone Research's case note, rank 4 Law360 (the CMA's side, "
 "January 19, 2021), rank 5 marketscreener's deal summary (Eramet, $300 million: not in the kept text), ranks 6-8 "
 "reports on the 2017-2019 Cristal litigation. One text per matter: the Tronox / TiZir release is one matter, and the "
 "Tronox / Cristal case it recalls is not taken as a text of its own. " + CHECK + "'Tronox', 'TiZir', 'TTI' (as a "
 "name), 'Cristal': 0 in the corpus files, the scripts and the pools ('Tronox' only in GATHERING.md's not-used lines: "
 "'Tronox / Cristal (an FTC matter)', 'no CMA item', 'not reached'); 'Ineos' in corpus files and scripts on other "
 "matters (Cytec's 2005 divestiture to INEOS subsidiaries, Petroineos); 'Rebecca Kelly Slaughter' and 'Competition "
 "and Markets Authority' in corpus files on other matters.",
 False)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, runs of white space (line breaks, the Tronox
    excerpt's two spaces) read as one space (the saved file's two header lines, its address and the query that found
    it, are not part of the excerpt)."""
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
