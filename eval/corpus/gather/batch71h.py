#!/usr/bin/env python3
"""Batch 71h (session 65, gatherer lane 71h): three US FTC merger texts of 2000-2002 -- a consent order letting a German
bearing maker buy its German rival with one business divested to a Swedish maker, a consent order letting a wholesale
motor vehicle auction company buy a rival chain with nine auctions divested, and the authorization of a suit to block a
German gelatin maker's purchase of an Australian group's gelatin business -- naming the merging companies, their parents
and subsidiaries, the buyer of a divested business, the FTC's Bureau of Competition with its Director, new matters in
the federal FTC / DOJ lane (after 68a, 68g, 68m, 68v, 68y, 69a, 69h, 69n, 69t, 69z, 69ae, 70a, 70h, 70n, 70t, 70z, 70af
and 71a), turned from the leads of 71a and 70af (their leads ITW / Hobart (only the mojibake mirror again) and Tyco /
Mallinckrodt ('Mallinckrodt' in a test DOJ text: passed over) gave way to 71a's advice that ftc.gov's 2000-2002 releases
answer when asked by the parties' names; the names came from a Bureau of Competition list of FY1998-2002 consent
orders, docslib.org, rank 5 of query 8) (see the round notes /tmp/gather71h/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/2001/12/ftc-imposes-conditions-acquisition-fag-kugelfischer-georg-schafer-
    ag-ina-holding-schaeffler-kg' (FTC press release of December 2001, day not in the stored text) -- the FTC's proposed
    consent order permitting INA-Holding Schaeffler KG (INA) to complete its acquisition of FAG Kugelfischer Georg Schafer
    AG (FAG), FAG's cartridge ball screw support bearing (CBSSB) business to go to Aktiebolaget SKF, prior notice of any
    North American joint venture with NTN Corporation of Japan; Joseph J. Simons, Director of the FTC's Bureau of
    Competition; Herzogenaurach, Schweinfurt, Fort Mill, Danbury, Goteborg; FAG's subsidiary Barden Corporation;
  - ftc.gov 'news-events/news/press-releases/2000/10/ftc-agreement-allows-acquisition-adt-auto-holdings-manheim-auctions'
    (FTC press release of October 2000, day not in the stored text) -- the FTC's proposed consent order on Manheim
    Auctions, Inc.'s (owned by Cox Enterprises, Inc.) acquisition of ADT Automotive Holdings, Inc. (a subsidiary of Tyco
    International, Inc.), Manheim to divest nine auctions in seven markets; Phoenix, Arizona;
  - ftc.gov 'news-events/news/press-releases/2002/01/ftc-challenge-dgf-stoesss-proposed-acquisition-leiner-davis' (FTC
    press release of January 2002, day not in the stored text) -- the FTC's authorization of its staff to seek a
    preliminary injunction blocking Deutsche Gelatine-Fabriken Stoess AG's (DGF Stoess) proposed $170 million acquisition
    of Leiner Davis Gelatin Corporation (a subsidiary of Goodman Fielder) and Goodman Fielder USA, Inc.; Joseph J.
    Simons, FTC Bureau of Competition Director; Eberbach, Germany; Sydney, Australia.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather71h/NOTES.md. Queries and ranks in
/tmp/gather71h/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; straight quotation marks and apostrophes in all
three), as saved in /tmp/gather71h/src by /tmp/gather71h/mk_src.py.
Left out: the INA release's heading 'The Parties and the Proposed Transaction'; the page line 'Skip to main content' and
the blank line under it (Manheim). `title` None for all three (no headline in the stored texts). `published` None for
all three (the addresses give December 2001, October 2000 and January 2002; 'today' in the INA and Manheim texts is
left unresolved). INA -- the sixth paragraph kept to the close of its first sentence, the excerpt breaking off the
second ('On or about Octob'; `truncated` True). Manheim -- the fourth paragraph kept to the close of its first sentence,
the excerpt breaking off the second, a numbered list of markets ('... Orlando and Daytona Beach, Fl'; `truncated`
True). DGF Stoess -- cut before the sixth paragraph, which the excerpt breaks off ('the vast majority are extrem';
`truncated` True). No word added or changed ('Schafer' without its umlaut and "FAG's principle subsidiary" kept as
written); the store's paragraphs kept, joined by a blank line.
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read
as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch71h.py [POOL_DIR] [--dry]   (default /tmp/gather71h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather71/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71h/pool"
SRC = "/tmp/gather71h/src"
R = []

# ---- INA-Holding Schaeffler KG / FAG Kugelfischer Georg Schafer AG (bearings), FTC press release, December 2001 -----
U1 = ("https://ftc.gov/news-events/news/press-releases/2001/12/ftc-imposes-conditions-acquisition-fag-kugelfischer-georg-"
      "schafer-ag-ina-holding-schaeffler-kg")
P1 = [
 "The Federal Trade Commission today announced a proposed consent order with INA-Holding Schaeffler KG (INA) and FAG "
 "Kugelfischer Georg Schafer AG (FAG) that will permit INA to complete its acquisition of FAG, while remedying the likely "
 "anticompetitive impact identified in the cartridge ball screw support bearing (CBSSB) market. Under the terms of the "
 "proposed order, INA and FAG would be required to divest FAG's CBSSB business to Aktiebolaget SKF (SKF) no later than "
 "20 business days from the date on which INA begins its acquisition of FAG. In addition, INA and FAG would be required "
 "to provide prior notice to the Commission before entering into any joint venture activity related to North America "
 "with NTN Corporation of Japan (NTN), a large producer of bearings worldwide.",
 "\"This acquisition would have given INA a monopoly in the CBSSB market worldwide. The proposed order ensures that SKF "
 "will replace FAG as a competitor, maintaining the competition that existed before the acquisition to the benefit of "
 "customers,\" said Joseph J. Simons, Director of the FTC's Bureau of Competition.",
 "INA is a German corporation, with its headquarters in Herzogenaurach, Germany. INA is engaged in the research, "
 "development, manufacture, and sale of various types of ball and roller bearings. INA's principal subsidiary in the "
 "United States is located in Fort Mill, South Carolina.",
 "FAG is also a German corporation, with its headquarters in Schweinfurt, Germany. FAG is also engaged in the research, "
 "development, manufacture, and sale of a variety of ball and roller bearings. FAG's principle subsidiary in the United "
 "States, Barden Corporation, is located in Danbury, Connecticut.",
 "SKF is a Swedish corporation, with its headquarters in Goteborg, Sweden. SKF is the largest supplier of ball and "
 "roller bearings in the world.",
 "On or about September 13, 2001, INA announced a cash tender offer to acquire all of the issued and outstanding shares "
 "of FAG."]
R.append((["ftc-2001-12-ina-fag.txt"], None, P1, federal(
 "us-ftc-ina-holding-schaeffler-fag-kugelfischer-consent-order-cbssb-skf-divestiture-2001",
 U1, None, None, "\n\n".join(P1),
 "industrial/competition regulation", "deal,regulatory,merger control,divestiture,bearings",
 "U.S. Federal Trade Commission, press release of December 2001, 'FTC Imposes Conditions on Acquisition of FAG "
 "Kugelfischer Georg Schafer AG by INA-Holding Schaeffler KG' (the address's words; the headline and day are not in the "
 "stored text), on its proposed consent order permitting INA-Holding Schaeffler KG to complete its acquisition of FAG "
 "Kugelfischer Georg Schafer AG with a divestiture to Aktiebolaget SKF, US federal government work (public domain); "
 "text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the heading 'The Parties and the Proposed Transaction'. The stored text holds no headline and no date line: `title` "
 "None; `published` None -- the address gives December 2001 (the matter's analysis and complaint in the store, ranks "
 "2-3 of query 10, are filed under 2002/02 and name no release day in their excerpts), so 'today' is left unresolved; "
 "'September 13, 2001' is the kept text's one absolute date. The sixth paragraph kept to the close of its first "
 "sentence; the store's excerpt breaks off the second ('On or about Octob'; `truncated` True). Kept as written: "
 "'INA-Holding Schaeffler KG (INA)', 'FAG Kugelfischer Georg Schafer AG (FAG)' (no umlaut, as the release writes it), "
 "'Aktiebolaget SKF (SKF)', 'NTN Corporation of Japan (NTN)', \"FAG's principle subsidiary\" (sic), 'Goteborg', the "
 "straight quotation marks and apostrophes. 309 words (whitespace-split), six paragraphs. Found at rank 1 under 'FTC "
 "INA-Holding Schaeffler FAG Kugelfischer acquisition consent divest' (query 10); the other answers were the matter's "
 "FTC analysis and complaint (the same matter), two Handelsblatt stories (news), a euroalert.net item on Schaeffler / "
 "Continental, a Dutch site's machine translation of an EC release on SNFA and a marketswired FTC item on ZF / TRW (not "
 "used). One text per matter (File No. 021 0002, Docket No. C-4033). " + CHECK + "'INA-Holding', 'Kugelfischer', "
 "'Barden', 'NTN Corporation', 'Herzogenaurach', 'Schaeffler': 0; 'SKF' only inside other words (in a test Wikipedia "
 "file, GATHERING.md and gather scripts; no whole-word hit in a corpus text); 'Joseph J. Simons' in corpus "
 "files on other matters.",
 True)))

# ---- Manheim Auctions, Inc. / ADT Automotive Holdings, Inc. (vehicle auctions), FTC press release, October 2000 ------
U2 = "https://ftc.gov/news-events/news/press-releases/2000/10/ftc-agreement-allows-acquisition-adt-auto-holdings-manheim-auctions"
P2 = [
 "The Federal Trade Commission today accepted a proposed consent order that would resolve the antitrust issues arising "
 "from the acquisition by Manheim Auctions, Inc. (Manheim) of ADT Automotive Holdings, Inc. (ADT). The order would "
 "require Manheim to divest nine auctions in seven geographic markets, including an auction in Phoenix, Arizona, where "
 "Manheim acquired a monopoly through an earlier transaction.",
 "Manheim, owned by Cox Enterprises, Inc., is the country's leading operator of wholesale motor vehicle auctions. It "
 "operates 65 auctions nationwide and sold 4.1 million vehicles in 1999. ADT, a subsidiary of Tyco International, Inc., "
 "is the nation's third-largest auction chain, with 28 auctions in the United States and sales of 1.3 million vehicles "
 "in 1999.",
 "Wholesale motor vehicle auctions provide a cluster of services to sellers of used vehicles, including marshaling cars, "
 "preparing condition reports, attracting potential buyers and reporting auction results. Unlike small auctions that "
 "serve regional customers, major wholesale auctions supply extensive and sophisticated services like advanced computer "
 "technology and complete body work to auto manufacturers, national finance companies and other high-volume sellers of "
 "used vehicles.",
 "According to the Commission's complaint, Manheim's acquisition of ADT would reduce competition in the provision of "
 "major wholesale auction services in six geographic markets, in violation of the Clayton Act and the FTC Act."]
R.append((["ftc-2000-10-manheim-adt.txt"], None, P2, federal(
 "us-ftc-manheim-auctions-adt-automotive-consent-order-nine-auctions-divest-2000",
 U2, None, None, "\n\n".join(P2),
 "automotive/competition regulation", "deal,regulatory,merger control,divestiture,vehicle auctions",
 "U.S. Federal Trade Commission, press release of October 2000, 'FTC Agreement Allows Acquisition of ADT Auto Holdings "
 "by Manheim Auctions' (the address's words; the headline and day are not in the stored text), on its proposed consent "
 "order on Manheim Auctions, Inc.'s acquisition of ADT Automotive Holdings, Inc. with the divestiture of nine auctions, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None; `published` None -- the address gives October 2000 (carsandracingstuff.com's copy of the same "
 "release, rank 2 of query 11, a third-party library page not used, heads it 'Date: 2 October 2000'; the day is not in "
 "the ftc.gov text, so it is left unset), so 'today' is left unresolved; '1999' is the kept text's one absolute "
 "date. The fourth paragraph kept to the close of its first sentence; the store's excerpt breaks off the second, a "
 "numbered list of six markets ('... Orlando and Daytona Beach, Fl'; `truncated` True). Kept as written: 'Manheim "
 "Auctions, Inc. (Manheim)', 'ADT Automotive Holdings, Inc. (ADT)', 'Manheim, owned by Cox Enterprises, Inc.', 'ADT, a "
 "subsidiary of Tyco International, Inc.' (the release's 'Inc.'; the FTC's orders write 'Tyco International, Ltd.'), "
 "the straight apostrophes. 212 words (whitespace-split), four paragraphs. Found at rank 1 under 'FTC Manheim Auctions "
 "ADT Automotive acquisition consent divest auto auctions' (query 11); the other answers were the carsandracingstuff "
 "copy, the decision and order (twice) and complaint (the same matter), and the DOJ's 2015 Cox / Dealertrack notices "
 "(another matter). One text per matter (File No. 001-0098). " + CHECK + "'Manheim', 'ADT Automotive': 0; 'Cox "
 "Enterprises' in a dev FCC text on another matter (a 2019 station transfer; **doubtful**: Manheim's owner); 'Tyco "
 "International' in a train Wikinews text on another matter (its executives' 2005 convictions; **doubtful**: ADT's "
 "owner).",
 True)))

# ---- Deutsche Gelatine-Fabriken Stoess AG / Leiner Davis Gelatin (suit authorized), FTC press release, January 2002 ---
U3 = "https://ftc.gov/news-events/news/press-releases/2002/01/ftc-challenge-dgf-stoesss-proposed-acquisition-leiner-davis"
P3 = [
 "The Federal Trade Commission has authorized its staff to seek a preliminary injunction to block the proposed $170 "
 "million acquisition of Leiner Davis Gelatin Corporation and Goodman Fielder USA, Inc. by Deutsche Gelatine-Fabriken "
 "Stoess AG (DGF Stoess). The transaction, if consummated, would eliminate strong, head-to-head competition between DGF "
 "Stoess and Leiner Davis, and the two firms combined would account for more than 50 percent of the U.S. market for "
 "pigskin and beef hide gelatin. These gelatin products are used primarily by the food industry as an ingredient in "
 "edible products and by the pharmaceutical industry to produce capsules and tablets.",
 "\"This transaction raises serious antitrust concerns,\" said FTC Bureau of Competition Director Joseph J. Simons. "
 "\"The results of this acquisition would be higher gelatin prices and a U.S. gelatin market dominated by a single "
 "gelatin supplier.\"",
 "DGF Stoess, headquartered in Eberbach, Germany, is the world's largest producer of gelatin. The company produces "
 "gelatin at eight manufacturing plants around the world, two of which are located in the United States.",
 "Goodman Fielder is a diversified food products company based in Sydney, Australia. Leiner Davis Gelatin, a "
 "subsidiary of Goodman Fielder, is the second-largest producer of beef hide and pigskin gelatin in the world. Leiner "
 "Davis also owns and operates eight gelatin manufacturing plants around the world, with one plant located in the "
 "United States.",
 "According to the FTC, beef hide and pigskin gelatins constitute the relevant market in which to assess the "
 "competitive effects of DGF Stoess's proposed acquisition of Leiner Davis. Other types of gelatin are more expensive "
 "than pigskin and beef hide gelatins and are not considered to be economically viable substitutes. Non-gelatin "
 "products, such as various starches and gums, cannot replicate the performance of pigskin and beef hide gelatins."]
R.append((["ftc-2002-01-dgf-stoess-leiner-davis.txt"], None, P3, federal(
 "us-ftc-dgf-stoess-leiner-davis-goodman-fielder-preliminary-injunction-gelatin-2002",
 U3, None, None, "\n\n".join(P3),
 "food/competition regulation", "deal,regulatory,merger control,litigation,gelatin",
 "U.S. Federal Trade Commission, press release of January 2002, 'FTC to Challenge DGF Stoess's Proposed Acquisition of "
 "Leiner Davis' (the address's words; the headline and day are not in the stored text), on its authorization of a suit "
 "to block Deutsche Gelatine-Fabriken Stoess AG's proposed acquisition of Leiner Davis Gelatin Corporation and Goodman "
 "Fielder USA, Inc., US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. The stored "
 "text holds no headline and no date line: `title` None; `published` None -- the address gives January 2002 (the "
 "matter's complaint in the store, rank 2 of query 12, is filed under 2002/03 and is undated in its excerpt); the kept "
 "text has no time expression. Cut before the sixth paragraph, which the store's excerpt breaks off ('Although there "
 "are numerous gelatin producers worldwide, the vast majority are extrem'; `truncated` True). Kept as written: "
 "'Leiner Davis Gelatin Corporation and Goodman Fielder USA, Inc.', 'Deutsche Gelatine-Fabriken Stoess AG (DGF "
 "Stoess)', \"DGF Stoess's\", 'Leiner Davis Gelatin, a subsidiary of Goodman Fielder', the straight quotation marks and "
 "apostrophes. 291 words (whitespace-split), five paragraphs. Found at rank 1 under 'FTC Deutsche Gelatine-Fabriken "
 "Stoess Goodman Fielder Leiner Davis gelatin consent' (query 12); the other answers were the matter's complaint (the "
 "same matter) and unrelated German pages on gelatin law and safety (not used). One text per matter (File No. 011 "
 "0117). " + CHECK + "'Stoess', 'Leiner Davis', 'Eberbach': 0; 'Goodman Fielder' in a train Wikipedia text on "
 "another matter (Graeme Hart's biography; **doubtful**: the seller); 'Joseph J. Simons' in corpus files on other "
 "matters (and in this round's INA text, the same Director).",
 True)))


def verify():
    """Each kept paragraph (and the title, where one is kept) occurs verbatim in the saved excerpt (a paragraph once),
    runs of white space (line breaks, blank lines) read as one space (the saved file's two header lines, its address and
    the queries that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        if title:
            assert title == " ".join(title.split()) and title in flat, (rec["id"], title)
        for p in paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert rec["title"] == title
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        try:
            verify()
        except AssertionError as e:
            sys.exit("verify failed: %s" % (e,))
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
