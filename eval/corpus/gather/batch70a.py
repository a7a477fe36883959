#!/usr/bin/env python3
"""Batch 70a (session 64, gatherer lane 70a): three FTC merger texts of 1998, 1999 and 2011 naming the acquiring
companies, their targets, a subsidiary to be divested, a divestiture buyer, a regional office of the FTC and the FTC's
Bureau of Competition Director, new matters in the federal FTC lane (after 68a, 68g, 68m, 68v, 68y, 69a, 69h, 69n,
69t, 69z and 69ae), taken from the leads of 69z (Medtronic / Avecor, Nortek / NuTone) and 69ae (the energy matters on
ftc.gov's listings, asked by buyer + town names) (see the round notes /tmp/gather70a/NOTES.md):
  - ftc.gov 'opa/1998/07/nortek.htm' (FTC press release of July 27, 1998; its headline and date line are not in the
    stored text) -- Nortek, Inc.'s agreement to settle the FTC's charges over its $242.5 million acquisition of NuTone
    by divesting its wholly-owned subsidiary M & S (hard-wired residential intercoms); the FTC's Boston Regional Office;
  - ftc.gov 'opa/1999/03/medtronic.htm' (FTC press release of March 8, 1999; headline and date line not in the stored
    text) -- Medtronic, Inc.'s divestiture of Avecor's non-occlusive arterial pump assets to Baxter Healthcare
    Corporation to settle the FTC's charges over its $106 million acquisition of Avecor; Medtronic's Bio-Pump;
  - ftc.gov 'news-events/news/press-releases/2011/05/ftc-conditions-irving-oils-proposed-acquisition-exxonmobil-assets-
    maine' (FTC press release of May 26, 2011; headline and date line not in the stored text) -- Irving Oil Terminals
    Inc. and Irving Oil Limited to relinquish rights to ExxonMobil's terminal and pipeline assets in Maine (South
    Portland, Bangor / Penobscot Bay); FTC Bureau of Competition Director Richard Feinstein.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather70a/NOTES.md. Queries and ranks in
/tmp/gather70a/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; the Irving Oil text's curly quotation marks and
apostrophes, the Nortek text's two curly apostrophes beside straight quotation marks, the Medtronic text's straight
apostrophes), as saved in /tmp/gather70a/src by /tmp/gather70a/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (all three); `title` None for all three (no
headline in the stored texts); `published` from the FTC's own later items and same-day filings (see each record's
notes). Nortek / NuTone -- the whole release (five paragraphs; `truncated` False). Medtronic / Avecor -- cut after the
third paragraph, before the fourth ('Baxter, the proposed purchaser ... used in cardiac surgery bypass operatio'), one
sentence the store's excerpt breaks off (a trailing broken sentence; `truncated` True). Irving Oil / ExxonMobil -- cut
after the fourth paragraph, before the fifth ('The FTC's proposed order settles FTC charges by requiring Irving ... to
Buckeye Pa'), one sentence the excerpt breaks off (`truncated` True). No word added or changed; the store's
paragraphs kept, joined by a blank line. Each kept paragraph checked by script to be a verbatim substring (once) of the
saved excerpt, runs of white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch70a.py [POOL_DIR] [--dry]   (default /tmp/gather70a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather70/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70a/pool"
SRC = "/tmp/gather70a/src"
R = []

# ---- Nortek, Inc. / NuTone (M & S divestiture), FTC press release, July 27, 1998 ------------------------------------
U1 = "http://www.ftc.gov/opa/1998/07/nortek.htm"
P1 = [
 "Nortek, Inc., has agreed to settle Federal Trade Commission charges that its $242.5 million acquisition of NuTone, "
 "its closest competitor in the hard-wired residential intercom business, would violate federal antitrust laws by "
 "creating a dominant firm that could drive up prices in the market. To settle the FTC charges, Nortek would divest M "
 "& S, its wholly-owned subsidiary and the second-largest seller of hard-wired residential intercoms in the United "
 "States.",
 "Nortek, based in Providence, Rhode Island, controls 31 percent of the market for hard- wired residential intercoms, "
 "through its M & S subsidiary. NuTone is the leading seller of residential intercoms, with about 56 percent of the "
 "market. Together, the merged firm would control about 87 percent of U.S. hard-wired residential intercom sales.",
 "The FTC alleges that the merger would violate federal antitrust laws by increasing the likelihood that Nortek would "
 "exercise market power, and increasing the likelihood that prices for the intercoms would rise and that services and "
 "innovation would be reduced. The complaint also alleges that the difficulty and expense of entering the market "
 "would make new competition unlikely.",
 "To settle the FTC charges, Nortek would divest M & S to a Commission-approved third- party within six months, and "
 "would provide technical assistance at the purchaser\u2019s request, for up to one year after the sale. To assure the "
 "continued viability of M & S as a competitor, the settlement would require divestiture of all M & S assets, "
 "including those relating to its central vacuum and wholehouse stereo products. If Nortek fails to divest M & S "
 "within the six-month period, the Commission may appoint a trustee to complete the divestiture. The agreement also "
 "would requires that Nortek \"preserve and maintain\" the competitive viability of M & S and operate M & S "
 "separately from Nortek until the divestiture is completed.",
 "The FTC\u2019s Boston Regional Office conducted the investigation."]
R.append((["ftc-1998-07-nortek-nutone.txt"], None, P1, federal(
 "us-ftc-nortek-nutone-intercoms-m-and-s-divestiture-settlement-1998",
 U1, "1998-07-27", None, "\n\n".join(P1),
 "manufacturing/competition regulation", "deal,regulatory,merger control,divestiture,residential intercoms",
 "U.S. Federal Trade Commission, press release of July 27, 1998 on Nortek, Inc.'s agreement to settle charges over its "
 "acquisition of NuTone by divesting M & S (its headline and date line are not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1998/07/nortek.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` 1998-07-27 -- the address gives "
 "July 1998, and ftc.gov's own later 'Commission action' item in the store (node/40028, rank 3 of query 3: 'See news "
 "releases dated July 27, 1998; October 19, 1998; Docket No. C-3831') and Nortek's 8-K in the store (rank 8 of query "
 "3: 'On July 27, 1998, the FTC voted to accept an Agreement Containing Consent Order') give the day. The kept text "
 "holds no date ('within six months', 'for up to one year after the sale', 'the six-month period': durations). The "
 "whole release kept (five paragraphs; `truncated` False). Kept as written: 'Nortek, Inc.,', 'M & S', 'hard- wired' "
 "and 'third- party' with their spaces, 'would requires', the straight quotation marks round 'preserve and maintain' "
 "and the two curly apostrophes. 311 words (whitespace-split), five paragraphs. Found at rank 4 under 'FTC Nortek "
 "NuTone consent order Chamberlain Group divest' (query 3); the other answers were the decision and order (rank 1, "
 "Docket No. C-3831), the agreement (rank 2, File No. 981-0111), node/40028 (rank 3: the Commission's approval of M & S "
 "to The Chamberlain Group, Inc., a later step of the same matter), the ftc.gov case page (rank 5), the FR analysis "
 "98-20656 (rank 6) and Nortek's 8-K filings (ranks 7, 8). One text per matter: the July and October 1998 releases, "
 "the orders, the analysis and the approval are one matter (File No. 981-0111, Docket No. C-3831). " + CHECK +
 "'NuTone', 'Chamberlain Group', 'C-3831': only in 69z's lead line of GATHERING.md; 'Nortek' in that lead line and in "
 "an SEC lead line (Akamai and Nortek, 2016: another matter); '981-0111', 'Boston Regional Office': 0.",
 False)))

# ---- Medtronic, Inc. / Avecor (pump assets to Baxter Healthcare Corporation), FTC press release, March 8, 1999 -------
U2 = "https://www.ftc.gov/opa/1999/03/medtronic.htm"
P2 = [
 "Medtronic, Inc. will divest Avecor's non-occlusive arterial pump assets to settle Federal Trade Commission charges "
 "that Medtronic's $106 million acquisition of its competitor would lessen competition for the research, development, "
 "manufacture and sale of non-occlusive arterial pumps in the United States. According to a proposed consent order "
 "announced for public comment today, the assets will be divested to Baxter Healthcare Corporation.",
 "The complaint also states that the market is highly concentrated, entry into the market would not be timely, likely "
 "or sufficient to prevent adverse competitive effects, and there are no competitive substitutes for non-occlusive "
 "arterial pumps -- perfusion devices used in heart/lung machines.",
 "Medtronic, headquartered in Minneapolis, Minnesota, is engaged in the research, development, manufacture and sale "
 "of medical devices, including implantable devices, such as pacemakers and defibrillators, which regulate heart "
 "rhythm; tissue and mechanical heart valves; coronary stents; and perfusion devices for heart/lung machines. "
 "Medtronic's perfusion devices include non-occlusive arterial pumps. Medtronic's Bio-Pump is the market leader in "
 "non-occlusive arterial pumps. Avecor, also headquartered in Minneapolis, Minnesota, is engaged in the research, "
 "development, manufacture and sale of perfusion devices, including, among other things, non-occlusive arterial "
 "pumps. Avecor introduced its non-occlusive arterial pump in the Fall of 1997. Avecor's pump, which utilizes new "
 "technology, is still in the early stages of gaining market acceptance. This new pump offers consumers significant "
 "advantages over the Bio-Pump and other conventional non-occlusive pumps."]
R.append((["ftc-1999-03-medtronic-avecor.txt"], None, P2, federal(
 "us-ftc-medtronic-avecor-arterial-pumps-baxter-proposed-consent-1999",
 U2, "1999-03-08", None, "\n\n".join(P2),
 "health/competition regulation", "deal,regulatory,merger control,divestiture,medical devices",
 "U.S. Federal Trade Commission, press release of March 8, 1999 on Medtronic, Inc.'s proposed consent order over its "
 "acquisition of Avecor, the pump assets to be divested to Baxter Healthcare Corporation (its headline and date line "
 "are not in the stored text), US federal government work (public domain); text from the search tool's page store at "
 + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1999/03/"
 "medtronic.htm'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The "
 "stored text holds no headline and no date line: `title` None (the attribution says so); `published` 1999-03-08 -- "
 "the address gives March 1999, the release says the order was 'announced for public comment today', and the FR "
 "analysis 99-7210 in the store (ranks 3-4 of query 2, ranks 3-4 of query 6) points to the consent agreement package "
 "on 'the FTC Home Page (for March 8, 1999)'; Medtronic's 8-K in the store (rank 7 of query 6) gives March 8, 1999 "
 "as the day it acquired Avecor. 'today' -> 1999-03-08; 'the Fall of 1997' -> 1997 (GUIDELINES: seasons -> the "
 "year). Cut after the third paragraph, before the fourth ('Baxter, the proposed purchaser of the assets to be "
 "divested, ... used in cardiac surgery bypass operatio'), one sentence the store's excerpt breaks off (`truncated` "
 "True). Kept as written: 'Medtronic, Inc.', 'Avecor' (the release never gives Avecor's full name), 'Baxter "
 "Healthcare Corporation', 'Bio-Pump', the straight apostrophes and the double hyphen. 230 words (whitespace-split), "
 "three paragraphs. Found at rank 1 under 'FTC Medtronic Avecor Cardiovascular consent order arterial pumps' "
 "(query 2) and rank 2 of query 6; the other answers were rbyhdq.net's listing (a mojibake mirror), the FR analysis "
 "99-7210 (File No. 9810329), ftc.gov's analysis and agreement (File No. 981-0329), the complaint (Docket No. "
 "C-3879), a listing naming 69t's Medtronic / Intersect matter, the FR analysis 98-26855 (69z's Physio-Control "
 "matter), an FDA consent decree on Terumo (another matter) and Medtronic's and Avecor's 8-K filings. One text per "
 "matter: the release, the analysis, the agreement and the complaint are one matter (File No. 981-0329, Docket No. "
 "C-3879). " + CHECK + "'Avecor', '981-0329': only in 69z's notes and lead lines (batch69z.py, GATHERING.md and "
 "the notes field of 69z's Physio-Control train file, naming this matter as not taken); 'Bio-Pump', '9810329': 0; "
 "'Medtronic' in 69t's and 69z's texts (other matters); 'Baxter Healthcare' in corpus files on other matters.",
 True)))

# ---- Irving Oil Terminals Inc. / Irving Oil Limited (ExxonMobil's Maine terminals), FTC press release, May 26, 2011 -
U3 = ("https://www.ftc.gov/news-events/news/press-releases/2011/05/"
      "ftc-conditions-irving-oils-proposed-acquisition-exxonmobil-assets-maine")
P3 = [
 "The Federal Trade Commission will require Irving Oil Terminals Inc. and Irving Oil Limited (collectively, Irving) "
 "to relinquish the rights to terminal and pipeline assets in Maine that Irving acquired from ExxonMobil, to maintain "
 "competition in gasoline and distillates terminaling services in the South Portland and Bangor/Penobscot Bay areas. "
 "The proposed settlement resolves the FTC\u2019s charges that the acquisition is anticompetitive and could result in "
 "higher gasoline and diesel prices for consumers.",
 "\u201cWe continue to closely monitor deals in the energy sector to ensure that consumers of petroleum products are "
 "served by competitive markets,\u201d said FTC Bureau of Competition Director Richard Feinstein. \u201cWe expect the "
 "relief obtained here to accomplish that goal and protect consumers from higher gas prices.\u201d",
 "As the transaction was originally structured, Irving would have acquired ExxonMobil\u2019s terminals in South "
 "Portland and Bangor as well as ExxonMobil\u2019s intrastate pipeline connecting the two terminals. Terminals are "
 "critical to the sale and distribution of fuels, and they generally include storage tanks and loading \u201cracks\u201d "
 "that pump fuels into tanker trucks for delivery.",
 "The original transaction, according to the FTC\u2019s complaint, would have substantially increased concentration in "
 "certain geographic markets in Maine. Irving and ExxonMobil are two of only three firms that can independently offer "
 "or provide gasoline terminaling services in the Bangor/Penobscot Bay area, and two of only four in the South "
 "Portland area. Similarly, they are two of only four firms that can independently offer distillates terminaling "
 "services in the Bangor/Penobscot Bay area, and two of six in the South Portland area."]
R.append((["ftc-2011-05-irving-oil-exxonmobil.txt"], None, P3, federal(
 "us-ftc-irving-oil-exxonmobil-maine-terminals-proposed-settlement-2011",
 U3, "2011-05-26", None, "\n\n".join(P3),
 "energy/competition regulation", "deal,regulatory,merger control,petroleum terminals,pipelines",
 "U.S. Federal Trade Commission, press release of May 26, 2011 on its proposed settlement requiring Irving Oil "
 "Terminals Inc. and Irving Oil Limited to relinquish rights to ExxonMobil's terminal and pipeline assets in Maine "
 "(its headline and date line are not in the stored text), US federal government work (public domain); text from "
 "the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2011/05/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None (the attribution says so; the address's 'ftc "
 "conditions irving oils proposed acquisition exxonmobil assets maine' is not text); `published` 2011-05-26 -- the "
 "address gives May 2011, the store's Reuters copy at tankterminals.com (rank 2 of query 5) is dated 'May 26, 2011' "
 "and says 'the Federal Trade Commission said on Thursday' (Thursday, May 26, 2011), and the Maine Attorney General's "
 "release of the same settlement (rank 4) is dated May 26, 2011. No time expression in the kept text. Cut after the "
 "fourth paragraph, before the fifth ('The FTC's proposed order settles FTC charges by requiring Irving to give up "
 "... to Buckeye Pa'), one sentence the store's excerpt breaks off (`truncated` True). Kept as written: 'Irving Oil "
 "Terminals Inc.', 'Irving Oil Limited', '(collectively, Irving)' without quotation marks, 'ExxonMobil', 'FTC Bureau "
 "of Competition Director Richard Feinstein', 'Bangor/Penobscot Bay', the curly quotation marks and apostrophes. 254 "
 "words (whitespace-split), four paragraphs. Found at rank 1 under 'ftc.gov Irving Oil ExxonMobil South Portland "
 "Bangor terminal pipeline Buckeye consent order' (query 5); the other answers were the Reuters copy "
 "(tankterminals.com), the FR analysis 2011-13598 (File No. 101 0021) on gpo.gov and justia, the Maine Attorney "
 "General's release, and the Globe and Mail, Portland Press Herald and Bangor Daily News reports (third party). One "
 "text per matter (File No. 101 0021). " + CHECK + "'Irving Oil', 'Penobscot', '101 0021': 0; 'ExxonMobil', "
 "'Richard Feinstein', 'Bangor' and 'South Portland' in corpus files on other matters (69ae's Global Partners text "
 "names South Portland).",
 True)))


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
