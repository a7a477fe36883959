#!/usr/bin/env python3
"""Batch 67g (session 61, gatherer 67g): three FTC merger texts of 1996-1998 naming the acquirers, the targets, a
Belgian parent and its US subsidiary, the buyers of divested assets, a federal agency and the Bureau of Competition's
Director, new matters in the federal FTC lane (after 67a, 66g, 66o, 66a, 65r, 65a, 65g, 64m, 64a, 64g, 63g, 63a and
the rounds they name), found by asking the FTC's merger consents by acquirer, target and 'consent order divest' (the
way of 65a, 66a and 66g; leads of /work/notes/gather68/67a.md asked first, see /work/notes/gather68/67g.md):
  - ftc.gov 'news-events/press-releases/1998/03/cvs-pay-600000-civil-penalty-violating-ftc-asset-maintenance' (FTC
    press release of March 1998; its day and headline are not in the stored text) -- CVS Corporation agreeing to pay a
    $600,000 civil penalty for removing the pharmacy computer systems from 113 Revco pharmacies before divesting them to
    Eckerd under the 1997 consent order over CVS's 1997 acquisition of Revco D.S., Inc., with William J. Baer,
    Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/1997/02/settlement-negotiated-ftc-would-preserve-competition-market-
    certain-types-animal-vaccines' (FTC press release of February 1997; its day and headline are not in the stored
    text) -- the FTC's proposed settlement over American Home Products Corporation's proposed acquisition of Solvay,
    S.A.'s animal health business, Solvay's US and Canadian rights to three companion animal vaccines to go to the
    Schering-Plough Corporation, Solvay Animal Health, Inc. being Solvay's US subsidiary;
  - ftc.gov 'opa/1996/12/baxter.htm' (FTC press release of December 19, 1996, the day from the FTC's own announced
    actions of May 9, 2000 and May 9, 2003; its headline is not in the stored text) -- the FTC's proposed settlement
    over Baxter International Inc.'s proposed $463 million acquisition of Immuno International AG (plasma products).
US federal government works (17 U.S.C. 105). See /work/notes/gather68/67g.md. Queries and ranks in
/tmp/gather68g/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather68 (notes and CLAIMS.txt) and the pools /tmp/gather68*/pool. The
texts are the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in UTF-8 --
2,000, 1,992 and 1,990 characters; CVS's with straight quotation marks and apostrophes, American Home Products' with
curly apostrophes and straight quotation marks, Baxter's with curly quotation marks and a curly apostrophe), as saved
in /tmp/gather68g/src by /tmp/gather68g/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (CVS, Baxter; the American Home Products
excerpt starts with its first paragraph); `title` None for all three (no headline in the stored text); `published`
None for CVS and American Home Products (no day in the stored text, and none found in the store: see each record's
notes), 1996-12-19 for Baxter. CVS -- cut after the fourth paragraph ('... by product to each customer."'), before
the paragraph the excerpt breaks off ('In its complaint, the FTC alleges that prior to its transfer ... effectively
el') (`truncated`). American Home Products -- cut after the third paragraph ('... feline leukemia vaccines in the
United States.'), before the paragraph the excerpt breaks off ('The complaint further states ... highly concentrated.
Entry into the res') (`truncated`). Baxter -- cut inside the third paragraph at a sentence end, after '... derived
from human blood plasma.', before the sentence the excerpt breaks off ('Immuno is incorporated under the laws of
Switzer') (`truncated`). No word added or changed (American Home Products' 'Schering-Plough-Plough Corporation' and
'in the U. S.', Baxter's 'the research , development' kept as written); the store's paragraphs kept, joined by a blank
line (American Home Products' stand one line apart in the store). Each kept paragraph checked by script to be a
verbatim substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch67g.py [POOL_DIR] [--dry]   (default /tmp/gather68g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather68 (notes and CLAIMS.txt) and the pools /tmp/gather68*/pool (none held a file on "
         "this matter when checked), and claimed in /work/notes/gather68/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68g/pool"
SRC = "/tmp/gather68g/src"
R = []

# ---- CVS Corporation / Revco D.S., Inc., civil penalty, FTC press release, March 1998 (day unknown) ----------------------
U1 = "http://www.ftc.gov/news-events/press-releases/1998/03/cvs-pay-600000-civil-penalty-violating-ftc-asset-maintenance"
P1 = [
 "CVS Corporation has agreed to pay a $600,000 civil penalty to settle Federal Trade Commission charges that the "
 "company violated a 1997 consent order and asset maintenance agreement it signed with the agency to settle charges "
 "stemming from CVS's 1997 acquisition of Revco D.S., Inc.",
 "In its complaint, the FTC alleges that consumers were denied the full benefits of competition, including automated "
 "access to complete, up-to-date, accurate prescription dispensing records, because CVS removed the computerized "
 "pharmacy recordkeeping systems from 113 Revco pharmacies prior to divesting those pharmacies to Eckerd as required "
 "by the consent order and asset maintenance agreement.",
 "\"The Commission's action today demonstrates that parties to our orders must strictly observe their obligations to "
 "keep assets viable and competitive. It is not enough to divest on time; parties must do it right,\" said William J. "
 "Baer, Director of the FTC's Bureau of Competition.",
 "In 1997, CVS and Revco signed an asset maintenance agreement with the FTC, in connection with the FTC consent order "
 "requiring divestiture of the Revco pharmacies. Under the terms of this agreement, and the consent order, the "
 "companies agreed to preserve the continued viability, marketability, and competitiveness of the Revco drug stores "
 "to be divested, including \"all pharmacy files, documents, instructions, papers, books, computer files and records "
 "and all other records in any media relating to the Retail Drug Store Business.\" In addition, the agreement covered "
 "\"lists of all customers (including third party insurers) and all files of names, addresses, and telephone numbers "
 "of the individual customer contacts, and the unit and dollar amounts of sales by product to each customer.\""]
R.append((["ftc-1998-03-cvs-revco-civil-penalty.txt"], None, P1, federal(
 "us-ftc-cvs-600000-civil-penalty-revco-asset-maintenance-eckerd-1998",
 U1, None, None, "\n\n".join(P1),
 "retail/competition regulation", "regulatory,merger control,divestiture,civil penalty,drug stores",
 "U.S. Federal Trade Commission, press release of March 1998 on CVS Corporation's $600,000 civil penalty for "
 "violating the 1997 consent order and asset maintenance agreement over its acquisition of Revco D.S., Inc. (its day "
 "and headline are not in the stored text), US federal government work (public domain); text from the search tool's "
 "page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it "
 "('news-events/press-releases/1998/03/cvs-pay-600000-civil-penalty-violating-ftc-asset-maintenance'): first-party "
 "text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds no "
 "headline and no date line: `title` None (the attribution says so); `published` None -- the address gives March "
 "1998, and queries 4 and 6 found no FTC page naming the release's day (CVS's own 8-K filings give the merger's "
 "completion, May 29, 1997, not this release's day). With `published` None the text's 'today' is not resolved; "
 "'1997' (three times: 'a 1997 consent order', \"CVS's 1997 acquisition\", 'In 1997') is absolute and kept. Cut after "
 "the fourth paragraph ('... by product to each customer.\"'), before the paragraph the store's excerpt breaks off "
 "('In its complaint, the FTC alleges that prior to its transfer of the 113 operating pharmacies to Eckerd, ... "
 "effectively el') (`truncated`). Kept as written: the straight quotation marks and apostrophes, 'up-to-date', "
 "'recordkeeping'. 265 words (whitespace-split), four paragraphs. Found at rank 1 under 'CVS $600,000 civil penalty "
 "Revco asset maintenance agreement Eckerd pharmacy computers March 1998' (query 6; rank 3 of queries 1 and 4); rank 1 "
 "of query 1 was ftc.gov's node/43903, the FTC's 1997 release on the settlement itself (114 Virginia Revco stores to "
 "Eckerd Corporation, 'a subsidiary of J.C. Penney Company, Inc.', six Binghamton pharmacy counters to Medicine "
 "Shoppe International, Inc.; the same matter, not taken: it names no official, and its 'CVS/Revco merger' does not "
 "say who buys whom, where this release states the completed acquisition and quotes the Bureau's Director). One text "
 "per matter: this release, the 1997 settlement release, the agreement, the complaint and the decision and order "
 "(File No. 971 0060, Docket No. C-3762) and the 1998 civil penalty complaint are one matter. " + CHECK + "'Revco', "
 "'Medicine Shoppe', 'CVS Corporation', '971 0060', 'C-3762', 'node/43903', 'asset maintenance': 0 in the corpus "
 "files, the scripts and the pools ('Revco' only in GATHERING.md's leads and records of other matters); 'Eckerd' only "
 "in 67a's J.C. Penney / Thrift Drug / Eckerd script, pool record and gold (another matter: Penney's 1996 acquisitions "
 "in the Carolinas); 'Woonsocket', 'Twinsburg' (of the 1997 release) in corpus files on other matters (an SEC Pediatrix "
 "text, a DOJ UTC / Goodrich notice); 'William J. Baer' in FTC texts of other matters (64g's, 65r's, 66g's).",
 True)))

# ---- American Home Products Corporation / Solvay, S.A.'s animal health business, FTC press release, February 1997 -----
U2 = ("https://ftc.gov/news-events/news/press-releases/1997/02/settlement-negotiated-ftc-would-preserve-competition-"
      "market-certain-types-animal-vaccines")
P2 = [
 "A proposed settlement of Federal Trade Commission antitrust concerns stemming from American Home Products "
 "Corporation\u2019s proposed acquisition of Solvay, S.A.\u2019s animal health business would preserve competition in "
 "the U.S. market for three types of \"companion animal\" vaccines. The FTC alleged that the proposed $463 million "
 "acquisition would give American Home Products a dominant position in the market for canine lyme vaccines, canine "
 "corona virus vaccines, and feline leukemia vaccines. The settlement would require American Home Products to divest "
 "Solvay\u2019s U.S. and Canadian rights to the three types of vaccines to the Schering-Plough Corporation or another "
 "Commission-approved buyer.",
 "American Home Products has its corporate offices in Madison, New Jersey. Solvay, S.A. is based in Brussels, "
 "Belgium. Solvay Animal Health, Inc., a U.S. subsidiary of Solvay, S.A., is headquartered in Mendota Heights, "
 "Minnesota. Schering-Plough-Plough Corporation is based in Madison, New Jersey.",
 "According to the complaint detailing the FTC\u2019s allegations, American Home Products and Solvay are actual "
 "competitors in the market for the research, development, manufacture and sale of canine lyme vaccines, canine "
 "corona virus vaccines, and feline leukemia vaccines in the United States. The complaint also states that American "
 "Home Products and Solvay are two of only three suppliers of canine lyme vaccines in the U. S., and are two of only a "
 "small number of suppliers of canine corona virus vaccines in the United States. According to the FTC, with the "
 "exception of Solvay, other suppliers of canine corona virus vaccines license from American Home Products the right "
 "to manufacture and sell their vaccines. American Home Products and Solvay are also two of only three suppliers of "
 "feline leukemia vaccines in the United States."]
R.append((["ftc-1997-02-american-home-products-solvay-animal-health.txt"], None, P2, federal(
 "us-ftc-american-home-products-solvay-animal-health-settlement-schering-plough-vaccines-1997",
 U2, None, None, "\n\n".join(P2),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,animal health,vaccines",
 "U.S. Federal Trade Commission, press release of February 1997 on the proposed settlement over American Home "
 "Products Corporation's proposed acquisition of Solvay, S.A.'s animal health business (its day and headline are not "
 "in the stored text), US federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/1997/02/settlement-negotiated-ftc-would-preserve-competition-market-certain-types-animal-vaccines'): "
 "first-party text. The stored excerpt starts with the first paragraph (no 'Skip to main content' line) and holds no "
 "headline and no date line: `title` None (the attribution says so); `published` None -- the address gives February "
 "1997; the Federal Register printed the analysis on Wednesday, March 5, 1997 with comments due by May 5, 1997 "
 "(gpo.gov, cptech, elaws: ranks 3, 5, 6 of query 2), which does not give the release's day, and queries 5 and 7 "
 "found no FTC page naming it. The kept text has no 'today' and no other time expression, so nothing is lost. Cut "
 "after the third paragraph ('... feline leukemia vaccines in the United States.'), before the paragraph the store's "
 "excerpt breaks off ('The complaint further states that the market for research, development, manufacture and' / "
 "'sale of each of the three types of vaccines is highly concentrated. Entry into the res') (`truncated`). The "
 "store's paragraphs stand one line apart; they are joined here by a blank line (whitespace only). Kept as written: "
 "the curly apostrophes, the straight quotation marks of '\"companion animal\"', 'Solvay, S.A.' with its comma, "
 "'Schering-Plough-Plough Corporation' (the page's own slip for the Schering-Plough Corporation of the first "
 "paragraph), 'in the U. S.' with its space. 273 words (whitespace-split), three paragraphs. Found at rank 4 under "
 "'American Home Products Solvay animal health FTC consent order divest vaccines' (query 2; 67a's lead); ranks 1-3 "
 "and 5-6 were the decision and order (a UNT web archive copy of ftc.gov os/1997/05/c3740.do.htm), the agreement "
 "(docstoc) and the Federal Register analysis 97-5343, ranks 7-8 the 1994 American Cyanamid matter (FR 94-29181, "
 "another matter). One text per matter: this release, the agreement, the complaint, the decision and order and the "
 "analysis (File No. 971-0009, Docket No. C-3740) are one matter. " + CHECK + "'American Home Products', 'Solvay "
 "Animal Health', 'Mendota Heights', 'companion animal', '971-0009', 'C-3740', 'canine lyme': 0 in the corpus files, "
 "the scripts and the pools; 'Solvay' in 63a's Solvay / Ausimont script and record (another matter: Solvay's 2002 "
 "purchase of Ausimont) and corpus files on other matters; 'Schering-Plough' in corpus files on other matters (64g's "
 "Schering-Plough / Organon BioSciences, 64m's Linde / BOC, Wikipedia's Schering AG, a 2005 Levitra story).",
 True)))

# ---- Baxter International Inc. / Immuno International AG, FTC press release, December 19, 1996 ------------------------------
U3 = "https://www.ftc.gov/opa/1996/12/baxter.htm"
P3 = [
 "The Federal Trade Commission announced today that it had resolved antitrust concerns raised by the proposed $463 "
 "million acquisition of Immuno International AG (\u201cImmuno\u201d) by Baxter International Inc. (\u201cBaxter\u201d). "
 "Both Baxter and Immuno manufacture a wide variety of biologic products derived from human blood plasma, including "
 "products for the treatment of hemophilia and products used in a wide variety of surgical applications. According to "
 "the FTC, the acquisition would create the largest manufacturer of plasma products in the world. The Commission has "
 "accepted, subject to final approval, an agreement which remedies the anticompetitive effects of the proposed merger. "
 "The settlement would require Baxter to divest assets and undertake certain actions to restore the competition lost "
 "by the merger. As a result of the FTC\u2019s agreement, competition in the research, development, manufacture and sale "
 "of plasma products will continue.",
 "The merger raised antitrust concerns in two areas: 1) the research , development, manufacture and sale of products "
 "for the treatment of Factor VIII inhibitors in hemophiliacs; and 2) the research, development, manufacture and sale "
 "of fibrin sealant, a product in development that will be used to control bleeding in surgical procedures. Baxter "
 "and Immuno are the only two companies marketing products in the United States to treat hemophiliacs with Factor "
 "VIII inhibitors. Baxter and Immuno are also two of only a few companies seeking Food and Drug Administration "
 "approval to market fibrin sealants in the United States. In both of these markets, broad patents govern the "
 "manufacture of these products and could prevent the entry of competing products.",
 "Baxter, a publicly traded corporation headquartered in Deerfield, Illinois, is engaged in the research, "
 "development, manufacture and sale of pharmaceutical products, including biologic products derived from human blood "
 "plasma."]
R.append((["ftc-1996-12-baxter-immuno.txt"], None, P3, federal(
 "us-ftc-baxter-immuno-international-proposed-settlement-plasma-products-1996",
 U3, "1996-12-19", None, "\n\n".join(P3),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,plasma products",
 "U.S. Federal Trade Commission, press release of December 19, 1996 on the proposed settlement over Baxter "
 "International Inc.'s proposed acquisition of Immuno International AG (its headline is not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1996/12/baxter.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` 1996-12-19 -- the address gives "
 "December 1996, and the FTC's own announced actions of May 9, 2000 and May 9, 2003 (ftc.gov, ranks 7 and 6 of query "
 "3), on time extensions under the order in Docket No. C-3726 'which concerned Baxter's acquisition of Immuno "
 "International AG', cite 'press release dated December 19, 1996' as the matter's first release (the 2003 page lists "
 "it before the releases of February 21, March 28 and May 13, 1997); the Federal Register analysis followed on "
 "Friday, January 3, 1997 (elaws, ranks 3-4). So the text's 'today' is 1996-12-19. Cut inside the third paragraph at "
 "a sentence end, after '... derived from human blood plasma.', before the sentence the store's excerpt breaks off "
 "('Immuno is incorporated under the laws of Switzer') (`truncated`). Kept as written: the curly quotation marks "
 "around 'Immuno' and 'Baxter', the curly apostrophe of \"FTC\u2019s agreement\", 'the research , development' with "
 "its space, '1)' and '2)'. 286 words (whitespace-split), three paragraphs (the last cut short). Found at rank 5 under "
 "'Baxter International Immuno International FTC consent order divest Factor VIII inhibitor' (query 3; 67a's lead); "
 "ranks 1-4 were ftc.gov's case page 9710002 (a summary: Autoplex divested, fibrin sealant licensed), the agreement "
 "(dokumen.tips) and the Federal Register analysis 97-4 (elaws), rank 8 the 2017 Baxter / Claris matter (another "
 "matter). One text per matter: this release, the agreement, the complaint, the decision and order, the analysis "
 "(File No. 971-0002, Docket No. C-3726), the 1997 divestiture of Autoplex to NABI and the later time extensions are "
 "one matter. " + CHECK + "'Immuno International', 'Baxter International', 'Autoplex', 'fibrin sealant', '971-0002', "
 "'C-3726', 'baxter.htm': 0 in the corpus files, the scripts and the pools.",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, line breaks read as spaces (the saved file's
    two header lines, its address and the query that found it, are not part of the excerpt)."""
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
