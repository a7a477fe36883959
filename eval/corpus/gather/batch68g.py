#!/usr/bin/env python3
"""Batch 68g (session 62, gatherer lane 68g): three FTC merger texts of 1999, 2000 and 2020 naming the merging and
acquiring companies, their targets, the buyers of divested assets, the FTC's Bureau of Competition Director and two
Commissioners, new matters in the federal FTC lane (after 67a, 67g, 67l, 67r, 67v, 67ad, 68a and the rounds they name),
found by asking the FTC's merger pages by the leads of 68a's, 67ad's and 67v's sections (acquirer + target + product or
buyer; see the round notes /tmp/gather69g/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/2000/04/ftc-clears-merger-bp-amoco-atlantic-richfield-company' (FTC press
    release of April 13, 2000; its headline and date line are not in the stored text) -- the FTC's proposed consent
    order on the proposed merger of BP Amoco p.l.c. and Atlantic Richfield Company (ARCO): ARCO's Alaska North Slope
    assets to Phillips Petroleum Company, its Cushing, Oklahoma crude oil business; Richard Parker, Director of the
    FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2020/05/ftc-approves-final-order-settling-charges-danaher-corporations-
    acquisition-ge-biopharma-was' (FTC press release of May 2020; its day and headline are not in the stored text) --
    the FTC's final order over Danaher Corporation's acquisition of GE Biopharma, the divestiture to Sartorius AG
    (Germany); the vote with Commissioners Rohit Chopra and Rebecca Kelly Slaughter;
  - ftc.gov 'opa/1999/04/rohm.htm' (FTC press release of April 1999; its day and headline are not in the stored text)
    -- the FTC's proposed consent over Rohm & Haas Company's purchase of Morton International, Inc. (water-based floor
    care polymers; the North American market).
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69g/NOTES.md. Queries and ranks in
/tmp/gather69g/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; the BP Amoco and Rohm & Haas texts cut by the
store at 2,000 bytes in UTF-8, the Danaher page whole at 1,540 bytes; straight quotation marks in the BP Amoco and Rohm
& Haas texts, one curly apostrophe in the Danaher text), as saved in /tmp/gather69g/src by /tmp/gather69g/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Danaher, Rohm & Haas; the BP Amoco excerpt
has none); `title` None for all three (no headline in the stored texts); `published` 2000-04-13 for BP Amoco (the day
from the store's same-day and next-day reports of the FTC's vote, see its notes), None for Danaher and Rohm & Haas (no
day in the stored texts or in the store: see each record's notes).
BP Amoco / ARCO -- cut after the third paragraph, before the paragraph the excerpt breaks off ('Under the proposed
order, BP Amoco would be required to divest ARCO's complete, free-standing businesses, includ') (`truncated`).
Danaher / GE Biopharma -- the FTC's standing paragraph ('The Federal Trade Commission works to promote competition,
... the latest FTC news and resources.') and the contact lines ('Contact Information', 'Media Contact', 'Staff
Contact', 'Lisa DeMarchi Sleigh', 'Bureau of Competition') left out, as 65a's FSNA text leaves them (boilerplate and
contact lines; the page is whole in the store: not `truncated`). Rohm & Haas / Morton -- cut inside the second
paragraph at a sentence end, after '... increasing the likelihood that innovation will be reduced.', before the
sentence the excerpt breaks off ('According to the complaint, entry into ... acquiring the technical ')
(`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line. Each kept paragraph
checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch68g.py [POOL_DIR] [--dry]   (default /tmp/gather69g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69g/pool"
SRC = "/tmp/gather69g/src"
R = []

# ---- BP Amoco p.l.c. / Atlantic Richfield Company (ARCO), FTC press release, April 13, 2000 ---------------------------
U1 = "https://ftc.gov/news-events/news/press-releases/2000/04/ftc-clears-merger-bp-amoco-atlantic-richfield-company"
P1 = [
 "The Federal Trade Commission has accepted a proposed consent order that would remedy the likely anticompetitive "
 "effects of the proposed $27 billion merger of BP Amoco p.l.c. (BP Amoco) and Atlantic Richfield Company (ARCO). "
 "Under the terms of the order, BP Amoco would be required to divest all of ARCO's assets relating to oil production "
 "on Alaska's North Slope (ANS) to Phillips Petroleum Company (Phillips) or another Commission-approved purchaser. "
 "With limited exceptions, the divestitures must take place within 30 days. BP Amoco also would have to divest all "
 "ARCO assets related to its Cushing, Oklahoma crude oil business within four months.",
 "\"The sweeping wholesale divestitures called for by the consent order resolve the competitive concerns that "
 "initially led the Commission to seek a preliminary injunction to block the proposed transaction,\" said Richard "
 "Parker, Director of the FTC's Bureau of Competition. \"Through productive negotiations with the defendants, the "
 "Commission achieved complete relief in this complex, multifaceted merger without the need for continued "
 "litigation.\"",
 "According to the Commission's complaint, the proposed transaction would violate Section 7 of the Clayton Act, as "
 "amended, and Section 5 of the Federal Trade Commission Act, as amended, by lessening competition in the following "
 "markets: 1) the production, sale and delivery of ANS crude oil; 2) the production, sale and delivery of crude oil "
 "used by targeted West Coast refiners; 3) the production, sale and delivery of all crude oil used on the West Coast; "
 "4) the purchase of exploration rights on the Alaskan North Slope; 5) the sale of crude oil transportation on the "
 "Trans-Alaska Pipeline System (TAPS); 6) the development for commercial sale of natural gas on the Alaskan North "
 "Slope; and 7) the supply of crude oil pipeline transportation to, and crude oil storage in, Cushing, Oklahoma."]
R.append((["ftc-2000-04-bp-amoco-arco.txt"], None, P1, federal(
 "us-ftc-bp-amoco-atlantic-richfield-consent-order-alaska-phillips-2000",
 U1, "2000-04-13", None, "\n\n".join(P1),
 "oil and gas/competition regulation", "deal,regulatory,merger control,divestiture,oil and gas,pipelines",
 "U.S. Federal Trade Commission, press release of April 13, 2000 on its proposed consent order on the merger of BP "
 "Amoco p.l.c. and Atlantic Richfield Company (its headline and date line are not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2000/04/...'): first-party text. The store's excerpt starts with the first paragraph (no 'Skip to main "
 "content' line) and parts its paragraphs by single line breaks. The stored text holds no headline and no date line: "
 "`title` None (the attribution says so; the address's 'ftc clears merger bp amoco atlantic richfield company' is not "
 "text); `published` 2000-04-13 -- the address gives April 2000, and the store's reports of the FTC's vote date it to "
 "Thursday, April 13, 2000: kitsapsun.com's archive of April 14, 2000 (rank 2 of query 2: 'BP Amoco PLC promised "
 "Thursday to move swiftly ... after receiving government approval', 'The Federal Trade Commission voted 5-0'), "
 "foxmarketwire's Associated Press report (rank 6: 'The Federal Trade Commission on Thursday unanimously approved') "
 "and naturalgasintel's item of April 14, 2000 (rank 1: the FTC 'finally smiled upon the merger ... yesterday'); "
 "latimes.com's report of April 13 (rank 7) has the Commission's preliminary vote on the Wednesday -- so the day is "
 "the vote's, taken as the release's (as 67v took a release's day from same-day trade reports). The kept text's "
 "time expressions are durations ('within 30 days', 'within four months'): no dates, so `published` carries no date "
 "item. Cut after the third paragraph, before the paragraph the store's excerpt breaks off ('Under the proposed "
 "order, BP Amoco would be required to divest ARCO's complete, free-standing businesses, includ') (`truncated`). "
 "Kept as written: 'p.l.c.', 'Commission-approved purchaser', the numbered market list '1) ... 7)' inside the third "
 "paragraph, 'Alaska's North Slope (ANS)' beside 'the Alaskan North Slope', the straight quotation marks and "
 "apostrophes. 293 words (whitespace-split), three paragraphs. Found at rank 4 under 'FTC clears merger BP Amoco "
 "Atlantic Richfield Alaska Phillips Petroleum divest' (query 2; 68a's lead); rank 3 was ftc.gov's case page (File "
 "No. 991 0192: the case summary, undated, the same matter), ranks 1, 2 and 5-8 press and wire reports (third party; "
 "rank 5 and rank 8 CBS News items on the 1998 BP / Amoco merger and the adjourned 2000 suit). One text per matter: "
 "the release, the case page, the complaint, the injunction suit and the orders are one matter. " + CHECK +
 "'Atlantic Richfield', 'ARCO' (as a name), '991 0192', '991-0192', '9910192', 'ftc-clears-merger-bp-amoco': 0 in the "
 "corpus files, the scripts and the pools (only GATHERING.md's lead lines; the case-blind 'arco' hits are other words, "
 "'Arcolab', 'Arcos'); 'BP Amoco' in 62m's Dow / Union Carbide text and scripts (BP Amoco as Union Carbide's former "
 "technology partner, another matter); 'Phillips Petroleum' in 63a's Phillips / Conoco text (another matter); "
 "'Trans-Alaska', 'North Slope', 'Cushing' and 'Richard Parker' in corpus files on other matters.",
 True)))

# ---- Danaher Corporation / GE Biopharma (Sartorius AG), FTC press release, May 2020 -----------------------------------
U2 = ("http://www.ftc.gov/news-events/news/press-releases/2020/05/"
      "ftc-approves-final-order-settling-charges-danaher-corporations-acquisition-ge-biopharma-was")
P2 = [
 "Following a public comment period, the Federal Trade Commission has approved a final order settling charges that "
 "Danaher Corporation\u2019s acquisition of GE Biopharma would likely reduce competition in highly concentrated "
 "markets that supply biopharmaceutical companies with key inputs.",
 "Danaher is divesting to Sartorius AG all rights and assets to research, develop, manufacture, market, and sell "
 "these products. Based in Germany, Sartorius provides bioprocessing equipment and other products to the life "
 "sciences industry.",
 "The products to be divested include: microcarrier beads, conventional low-pressure liquid chromatography columns, "
 "conventional low-pressure liquid chromatography skids, single-use low pressure liquid chromatography skids, "
 "chromatography resins, low-pressure liquid chromatography continuous chromatography systems, single-use "
 "tangential flow filtration systems, and label-free molecular characterization instruments.",
 "The Commission vote to approve the final order was 3-1-1, with Commissioner Rohit Chopra voting no and "
 "Commissioner Rebecca Kelly Slaughter not participating."]
R.append((["ftc-2020-05-danaher-ge-biopharma-final.txt"], None, P2, federal(
 "us-ftc-danaher-ge-biopharma-final-order-sartorius-2020",
 U2, None, None, "\n\n".join(P2),
 "life sciences/competition regulation", "deal,regulatory,merger control,divestiture,biopharmaceuticals,life sciences",
 "U.S. Federal Trade Commission, press release of May 2020 on its final order over Danaher Corporation's acquisition "
 "of GE Biopharma (its headline and day are not in the stored text), US federal government work (public domain); "
 "text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2020/05/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it; the FTC's standing paragraph ('The Federal Trade Commission works to promote competition, and protect and "
 "educate consumers. ... subscribe to press releases for the latest FTC news and resources.') and the contact lines "
 "'Contact Information', 'Media Contact', 'Staff Contact', 'Lisa DeMarchi Sleigh', 'Bureau of Competition' "
 "(boilerplate and contact lines, as 65a's FSNA text leaves them: the page is whole in the store, 1,540 bytes, so not "
 "`truncated`). The stored text holds no headline and no date line: `title` None (the attribution says so); "
 "`published` None -- the address gives May 2020, and no page in the store dates the final order (the FR analysis "
 "2020-06212 of March 25, 2020 took comments until April 24, 2020; the March 19, 2020 reports are of the proposed "
 "order). The kept text has no time expression (no dates). Kept as written: 'Danaher Corporation\u2019s' (the one "
 "curly apostrophe), 'these products' in the second paragraph (the store's text names them only in the third), "
 "'3-1-1'. 137 words (whitespace-split), four paragraphs. Found at rank 1 under 'FTC Danaher General Electric "
 "biopharma acquisition consent order divest Sartorius' (query 3; 67ad's and 67v's lead, 'the March 2020 release "
 "still not found'); rank 2 was poandpo.com's copy of this release (third party), ranks 3 and 8 the FR analysis "
 "2020-06212 (File No. 191 0082) at justia and vlex, rank 4 marketswired's copy of the March 2020 release, ranks 5-7 "
 "seekingalpha, a PR Newswire release of Danaher and a Reuters-based report (third party). One text per matter: the "
 "March and May releases, the analysis and the orders are one matter. " + CHECK + "'Danaher', 'GE Biopharma', "
 "'191 0082', '1910082', '191-0082', 'Lisa DeMarchi Sleigh', 'microcarrier': 0 in the corpus files, the scripts and "
 "the pools (only GATHERING.md's lead lines); 'Sartorius' in 17d's FTC case-listing file and script (the headline "
 "of a Sartorius Stedim Biotech petition item cut from that text: another matter); 'Rohit Chopra' and 'Rebecca Kelly Slaughter' in corpus files on other matters.",
 False)))

# ---- Rohm & Haas Company / Morton International, Inc., FTC press release, April 1999 ----------------------------------
U3 = "http://www.ftc.gov/opa/1999/04/rohm.htm"
P3 = [
 "Under the terms of a proposed consent announced for public comment today by the Federal Trade Commission, Rohm & "
 "Haas Company will be required to divest certain assets it would acquire in its purchase of Morton International, "
 "Inc. The divestiture would resolve the FTC's competitive concerns that the acquisition of Morton would lessen "
 "competition in the North American market for the production and sale of acrylic water-based polymers for use in "
 "the formulation of floor care products.",
 "According to the FTC's complaint, water-based floor care polymers impart essential properties, such as hardness, "
 "slip resistance and gloss, to floor care products. Major customers of water-based floor care polymers are product "
 "formulators, who sell finished floor care products, such as polishes, mainly to industrial and institutional "
 "users, including factories, schools and retail stores. The complaint alleges that the water-based floor care "
 "polymers market in North America is highly concentrated, with Rohm & Haas and Morton each controlling a "
 "significant share of the market. The complaint further alleges that the effect of the acquisition may be to "
 "substantially lessen competition and to tend to create a monopoly by, among other things, eliminating direct "
 "competition between Rohm & Haas and Morton, increasing the likelihood that purchasers of water-based floor care "
 "polymers will be forced to pay higher prices, increasing the likelihood that technical and sales services "
 "provided to customers will be reduced, and increasing the likelihood that innovation will be reduced."]
R.append((["ftc-1999-04-rohm-haas-morton.txt"], None, P3, federal(
 "us-ftc-rohm-haas-morton-international-proposed-consent-floor-care-polymers-1999",
 U3, None, None, "\n\n".join(P3),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,chemicals",
 "U.S. Federal Trade Commission, press release of April 1999 on the proposed consent over Rohm & Haas Company's "
 "purchase of Morton International, Inc. (its headline and day are not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1999/04/rohm.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives April "
 "1999, and no page in the store gives the release's day (queries 1, 5 and 7 gave the release, the August 1999 "
 "decision and order and complaint, and ftc.gov listing pages, none dated to the day). So 'today' ('a proposed "
 "consent announced for public comment today') is not resolved and the kept text has no absolute time expression (no "
 "dates). Cut inside the second paragraph at a sentence end, after '... increasing the likelihood that innovation "
 "will be reduced.', before the sentence the store's excerpt breaks off ('According to the complaint, entry into the "
 "water-based floor care polymers market would not be timely, ... acquiring the technical ') (`truncated`). Kept as "
 "written: 'Rohm & Haas' (the ampersand; the FTC's complaint writes 'Rohm and Haas Company'), the straight "
 "apostrophes. 237 words (whitespace-split), two paragraphs (the second cut short). Found at rank 2 under 'FTC final "
 "approval Rohm and Haas Morton International consent order divest' (query 1; 68a's lead) and at rank 1 of queries 5 "
 "and 7; rank 1 of query 1 was the August 1999 decision and order (Docket No. C-3883, File No. 991 0112), rank 6 the "
 "complaint (the Agreement and Plan of Merger of January 31, 1999; about $4.9 billion), ftc.gov's listing page "
 "(rank 5 of query 5: the divestiture of Morton's floor care polymers business to GenCorp, Inc.); the rest of the "
 "answers were the 1996 Rohm and Haas petition release (rbyhdq.net's mojibake mirror) and the 2008-2010 Dow / Rohm & "
 "Haas pages (other matters). One text per matter: the release, the complaint, the orders and the listing item are "
 "one matter. " + CHECK + "'Morton International', 'floor care', '991 0112', '991-0112', '9910112', 'C-3883', "
 "'opa/1999/04/rohm': 0 in the corpus files, the scripts and the pools (only GATHERING.md's lead and looked-at lines); "
 "'Rohm and Haas' in corpus files and scripts only on the 2008-2009 Dow / Rohm and Haas matter (a train Wikinews "
 "text; 21a's, 47w's, 51zn's, 62m's and 66o's lines) and in a DOJ Dow / DuPont test file; 'Rohm & Haas' the same; "
 "'GenCorp' (not in the kept text) in 67m's General Tire text; 'Morton' in other corpus files as other names.",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, runs of white space (line breaks) read as one
    space (the saved file's two header lines, its address and the query that found it, are not part of the
    excerpt)."""
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
