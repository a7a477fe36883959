#!/usr/bin/env python3
"""Batch 65r (session 59, gatherer 65r): three FTC merger texts of 1996 and 1999 (pharmaceuticals and gene therapy,
supermarkets, aerospace castings) naming the merging firms, the firm to get licensed technology, the Bureau of
Competition's Director and the firms' seats, new matters in the federal FTC lane (after 65a, 65g, 64m, 64a, 64g, 63g,
63a, 62m, 62g, 62e, 62b and the rounds they name), found by asking the FTC's merger consents by acquirer, target and
'consent order divest' (the way of 64m and 65a; 65a's and 65g's leads and "not used" lists read first, see
/work/notes/gather66/65r.md):
  - ftc.gov 'news-events/press-releases/1999/06/ftc-agreement-albertsons-and-american-stores-requires-selling-144'
    (FTC press release of June 22, 1999; its headline is not in the stored text) -- Albertson's, Inc. and American
    Stores Company agreeing to sell 144 supermarkets and five sites in California, Nevada and New Mexico to resolve
    charges over Albertson's proposed acquisition of American Stores, with William J. Baer, Director of the FTC's
    Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/1999/11/precision-castparts-wyman-gordon-settle-ftc-charges' (FTC press
    release of November 1999; its day and headline are not in the stored text) -- Precision Castparts Corp. (PCC)
    agreeing to divest Wyman-Gordon Company's titanium foundry in Albany, Oregon and its Large Cast Parts foundry in
    Groton, Connecticut to settle charges over its acquisition of Wyman-Gordon, with Richard G. Parker, Director of
    the FTC's Bureau of Competition;
  - ftc.gov 'news-events/press-releases/1996/12/ftc-accord-ciba-geigysandoz-merger-prevent-slowdown-gene-therapy'
    (FTC press release of December 17, 1996; its headline is not in the stored text) -- the FTC's settlement with the
    parties to the merger of Ciba-Geigy Limited and Sandoz Ltd., requiring among other things the licensing of gene
    therapy technology and patent rights to Rhône-Poulenc Rorer Inc., with William J. Baer.
US federal government works (17 U.S.C. 105). See /work/notes/gather66/65r.md. Queries and ranks in
/tmp/gather66r/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather66 (notes and CLAIMS.txt) and the pools /tmp/gather66*/pool. The
texts are the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in UTF-8 --
2,000, 2,000 and 1,992 characters; Albertson's and PCC's with straight quotation marks and apostrophes, Ciba-Geigy's
with straight quotation marks and curly apostrophes and 'Rhône-Poulenc' with its circumflex), as saved in
/tmp/gather66r/src by /tmp/gather66r/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Albertson's, Ciba-Geigy; the PCC excerpt
starts with its first paragraph); `title` None for all three (no headline in the stored text); `published` None for
PCC (the day is not in the stored text, and the sources disagree: see its notes). Albertson's -- cut inside the
fourth paragraph at a sentence end, after '... in 25 Western, Midwestern, and Southern states.', before the sentence
the excerpt breaks off ('Albertson's supermarkets operate primarily under the "Albertson's," "Max Grocery
Warehouse," "Seessel's" ') (`truncated`). PCC -- cut inside the fourth paragraph at a sentence end, after '... not
interchangeable from component to component.', before the sentence the excerpt breaks off ('PCC and Wyman-Gordon
are two of only four viable supp') (`truncated`). Ciba-Geigy -- cut after the third paragraph ('... this sprint to
the finish line will continue."'), before the paragraph the excerpt breaks off ('The FTC settlement also includes
divestiture requirements ... and the $40') (`truncated`). No word added or changed; the store's paragraphs kept,
joined by a blank line (PCC's paragraphs stand one line apart in the store). Each kept paragraph checked by script to
be a verbatim substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch65r.py [POOL_DIR] [--dry]   (default /tmp/gather66r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather66 (notes and CLAIMS.txt) and the pools /tmp/gather66*/pool (none held a file on "
         "this matter when checked), and claimed in /work/notes/gather66/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66r/pool"
SRC = "/tmp/gather66r/src"
R = []

# ---- Albertson's, Inc. / American Stores Company, FTC press release, June 22, 1999 -------------------------------------
U1 = ("http://www.ftc.gov/news-events/press-releases/1999/06/"
      "ftc-agreement-albertsons-and-american-stores-requires-selling-144")
P1 = [
 "Albertson's, Inc. and American Stores Company have agreed to sell 144 supermarkets and five supermarket sites in "
 "order to resolve Federal Trade Commission charges that Albertston's proposed acquisition of American Stores would "
 "substantially lessen supermarket competition in California, Nevada and New Mexico. The proposed acquisition, the "
 "FTC charged, could result in higher prices or reduced quality and selection for consumers. The divestiture "
 "agreement, the agency said, is the largest retail divestiture ever required by the Commission. Under the consent "
 "agreement, which was announced today for public comment, the companies would have to sell 104 Albertston's "
 "supermarkets, 40 American Stores' supermarkets, three Albertson's sites, and two American Stores' sites in 57 local "
 "markets.",
 "\"Today's joint action by the FTC and three state Attorneys General will ensure that consumers in California, "
 "Nevada and New Mexico will continue to receive the benefits of competition - lower prices and good quality and "
 "selection - from supermarkets in their communities,\" said William J. Baer, Director of the FTC's Bureau of "
 "Competition. \"The agreement with Albertson's and American Stores, the largest retail divestiture the Commission "
 "has ever obtained, will aid millions of consumers. The agreement also ensures that there will be a speedy "
 "divestiture of all 144 stores to strong, capable acquirers, so that there is no interruption in service to "
 "consumers.\"",
 "The Attorneys General of California, Nevada and New Mexico participated in the investigation and consent "
 "negotiations, and are today commencing lawsuits and filing consent decrees in federal District Courts in their "
 "respective states.",
 "Headquartered in Boise, Idaho, Albertson's, the nation's fourth largest supermarket chain, operates approximately "
 "994 supermarkets in 25 Western, Midwestern, and Southern states."]
R.append((["ftc-1999-06-albertsons-american-stores.txt"], None, P1, federal(
 "us-ftc-albertsons-american-stores-consent-agreement-144-supermarkets-1999",
 U1, "1999-06-22", None, "\n\n".join(P1),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of June 22, 1999 on the proposed consent agreement in Albertson's, "
 "Inc.'s acquisition of American Stores Company (its headline is not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "1999/06/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The "
 "stored text holds no headline and no date line: `title` None (the attribution says so); `published` 22 June 1999 "
 "(a Tuesday) -- the address gives June 1999; the California Attorney General's release dated 'Tuesday, June 22, "
 "1999' (oag.ca.gov, rank 7 of query 6) says 'Settlements in the case are expected to be announced today also by "
 "the Federal Trade Commission', and the Associated Press story lubbockonline published on 'Wednesday, June 23, "
 "1999' (rank 4 of query 6) says 'The government gave its blessing Tuesday' and quotes Baer's words. 'today' "
 "(three times, once as \"Today's\") therefore resolves to 1999-06-22. Cut inside the fourth paragraph at a "
 "sentence end, after '... in 25 Western, Midwestern, and Southern states.', before the sentence the store's excerpt "
 "breaks off ('Albertson's supermarkets operate primarily under the \"Albertson's,\" \"Max Grocery Warehouse,\" "
 "\"Seessel's\" ') (`truncated`). Kept as written: the straight quotation marks and apostrophes, the release's own "
 "misspelling 'Albertston's' (twice), the spaced hyphens ('competition - lower prices ... selection - from'), "
 "'District Courts'. 271 words (whitespace-split), four paragraphs (the last cut short). Found at rank 2 under "
 "'Federal Trade Commission supermarket acquisition consent order divest stores Albertson's American Stores' (query "
 "3; rank 1 of query 6); rank 1 was ftc.gov's case page (a summary), the others a mirror of the FTC's grocery "
 "listing, the Federal Register's and marketswired's texts of later Albertsons matters (United 2013, Safeway 2015). "
 "One text per matter: this release, the agreement, the complaint, the decision and order (File No. 981-0339, "
 "Docket No. C-3986), the analysis and the case page are one matter. " + CHECK + "'Albertston', \"Albertson's, "
 "Inc.\", 'American Stores Company', 'Max Grocery', 'Seessel', '9810339', '981-0339', 'C-3986': 0 in the corpus "
 "files, the scripts, the notes and the pools; 'American Stores' only in two train files on other things (a "
 "Wikipedia department-store history, a consumer-database story) and in 65g's list of names 'already in corpus "
 "files (left, not checked further)'; 'Albertson' in four corpus files on other matters (the FTC's Albertson's / "
 "United 2013 release, a retail-cases listing on Albertsons / Safeway 2015 -- its file name -- and two FCC "
 "broadcast texts; the test files counted, not opened); 'William J. Baer' in 64g's Kroger / Fred Meyer text (another "
 "matter).",
 True)))

# ---- Precision Castparts Corp. / Wyman-Gordon Company, FTC press release, November 1999 (day unknown) -----------------
U2 = "https://ftc.gov/news-events/news/press-releases/1999/11/precision-castparts-wyman-gordon-settle-ftc-charges"
P2 = [
 "In a deal designed to preserve competition in the market for structural castings for aerospace components, "
 "Precision Castparts Corp. (PCC) has agreed to divest titanium, large stainless steel and large nickel-based "
 "superalloy production assets to settle Federal Trade Commission charges that its acquisition of Wyman-Gordon "
 "Company would violate federal antitrust laws. The settlement calls for PCC to divest Wyman-Gordon's titanium "
 "foundry in Albany, Oregon, and Wyman-Gordon's Large Cast Parts foundry in Groton, Connecticut, and to provide "
 "technical and other assistance to the buyers of the divested facilities to assure that they can effectively "
 "compete in the markets for cast aerospace components.",
 "PCC, based in Portland, Oregon, is a worldwide manufacturer of complex metal components and the world leader in "
 "the production of large structural castings for the aerospace industry. Grafton, Massachusetts-based Wyman-Gordon "
 "manufactures advanced components used in the aerospace industry, including cast components for jet engine and "
 "airframe applications. The companies are two of the world's leading suppliers of titanium, stainless steel and "
 "nickel-based superalloy aerospace investment cast components. In May, PCC agreed to acquire Wyman-Gordon for $721 "
 "million.",
 "\"It is vital to maintain vigorous competition in the market for these essential aerospace components,\" said "
 "Richard G. Parker, Director of the FTC's Bureau of Competition. \"This settlement will insure that consumers "
 "continue to benefit from the cost and choice options that vigorous competition brings.\"",
 "According to the FTC complaint detailing the charges, while titanium, stainless steel, nickel-based superalloy, "
 "aluminum and other metals are used to manufacture aerospace components, one metal is typically superior to the "
 "alternatives based on technical specifications and performance considerations. Thus, metals are not "
 "interchangeable from component to component."]
R.append((["ftc-1999-11-precision-castparts-wyman-gordon.txt"], None, P2, federal(
 "us-ftc-precision-castparts-wyman-gordon-consent-agreement-aerospace-castings-1999",
 U2, None, None, "\n\n".join(P2),
 "aerospace/competition regulation", "deal,regulatory,merger control,divestiture,aerospace",
 "U.S. Federal Trade Commission, press release of November 1999 on the proposed consent agreement in Precision "
 "Castparts Corp.'s acquisition of Wyman-Gordon Company (its day and headline are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/1999/11/...'): first-party text. The stored excerpt starts with the first paragraph (no 'Skip to "
 "main content' line) and holds no headline and no date line: `title` None (the attribution says so); `published` "
 "None -- the address gives November 1999, but the day is not settled: the Portland Business Journal's story of "
 "November 22, 1999 (bizjournals, ranks 3-4 of query 7) says 'On Nov. 12, Precision was ordered by the Federal "
 "Trade Commission to divest', while the Federal Register analysis of November 17, 1999 (gpo, rank 1 of query 7) "
 "gives a thirty-day comment period ending December 10, 1999, which points to a public-record date of November 10; "
 "queries 8-10 found no FTC page naming the release's day. With `published` None the text's 'In May' (no year) is "
 "not resolved. Cut inside the fourth paragraph at a sentence end, after '... not interchangeable from component to "
 "component.', before the sentence the store's excerpt breaks off ('PCC and Wyman-Gordon are two of only four "
 "viable supp') (`truncated`). The store's paragraphs stand one line apart; they are joined here by a blank line "
 "(whitespace only). Kept as written: the straight quotation marks and apostrophes, 'Grafton, Massachusetts-based', "
 "'will insure'. 272 words (whitespace-split), four paragraphs (the last cut short). Found at rank 5 under 'FTC "
 "Precision Castparts Wyman-Gordon consent order divest' (query 2; rank 2 of query 7, rank 4 of query 8); ranks 1-3 "
 "and 6-8 were ftc.gov's analysis (pccana.htm), decision and order and order to hold separate, the Federal Register "
 "analysis (gpo, elaws), the FTC Decisions volume (vdocument) and the agreement (lawinsider). One text per matter: "
 "this release, the complaint, the orders, the analysis (File No. 991 0240, Docket No. C-3904) are one matter. " +
 CHECK + "'Precision Castparts', 'Wyman-Gordon', 'Wyman', 'Large Cast Parts', '991 0240', '991-0240', 'C-3904': 0 "
 "in the corpus files, the scripts, the notes and the pools; 'Grafton' in one test file (a Wikipedia chocolate-maker "
 "history, by its file name; not opened) and batch 57u's script (another matter); 'Richard G. Parker' in FTC texts "
 "of other matters (63g's FMC / Solutia, 65a's Agrium / Unocal, 65g's Pfizer / Warner-Lambert).",
 True)))

# ---- Ciba-Geigy Limited / Sandoz Ltd. merger, FTC press release, December 17, 1996 -------------------------------------
U3 = ("http://www.ftc.gov/news-events/press-releases/1996/12/"
      "ftc-accord-ciba-geigysandoz-merger-prevent-slowdown-gene-therapy")
P3 = [
 "The Federal Trade Commission said today it has reached a settlement agreement with the parties to the $63 billion "
 "merger of the Swiss pharmaceutical giants Ciba-Geigy Limited and Sandoz Ltd. that is designed to protect "
 "competition for the development and commercialization of gene therapy treatments. Ciba and Sandoz are the two "
 "leading commercial developers of gene therapy products, which are expected to begin offering significant "
 "improvements in the treatment of cancer and other diseases and medical conditions by the year 2000. Working to "
 "ensure that the merger does not slow research and development or raise prices for gene therapy products closest "
 "to marketability, or slow innovation toward future products, the FTC proposed today to require, among other "
 "things, the licensing of specified gene therapy technology and patent rights to Rh\u00f4ne-Poulenc Rorer Inc. The "
 "goal, the FTC said, is to put Rh\u00f4ne-Poulenc in a position to compete against the combined firm, thereby "
 "resolving the agency\u2019s antitrust concerns.",
 "Gene therapy is a new and unique means of treating diseases or medical conditions by modifying genes in "
 "patients\u2019 cells. Gene therapy research targets fatal or disabling diseases such as cancers for which there are "
 "no current effective treatments, the FTC said. For example, gene therapy offers brain cancer patients their first "
 "real hope of a cure.",
 "\"This case is about saving lives,\" said William J. Baer, Director of the FTC\u2019s Bureau of Competition. \"Today "
 "there are two firms racing to develop new gene therapies to combat deadly diseases. This deal threatened to "
 "eliminate that competition. Our order ensures that this sprint to the finish line will continue.\""]
R.append((["ftc-1996-12-ciba-geigy-sandoz.txt"], None, P3, federal(
 "us-ftc-ciba-geigy-sandoz-merger-consent-agreement-gene-therapy-rhone-poulenc-rorer-1996",
 U3, "1996-12-17", None, "\n\n".join(P3),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,licensing,gene therapy",
 "U.S. Federal Trade Commission, press release of December 17, 1996 on the proposed consent agreement in the "
 "merger of Ciba-Geigy Limited and Sandoz Ltd. (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "1996/12/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The "
 "stored text holds no headline and no date line: `title` None (the attribution says so); `published` 17 December "
 "1996 (a Tuesday) -- the address gives December 1996, and two FTC pages of the same matter name the release's day: "
 "ftc.gov's node/39554 on the final order ('See Dec. 17, 1996 news release for further details about this case', "
 "rank 1 of query 4) and the FTC's 'Announced Actions for July 15, 1997' (the same words, rank 7 of query 4); the "
 "Federal Register printed the analysis on January 3, 1997. 'today' (three times, once as 'Today') therefore "
 "resolves to 1996-12-17. Cut after the third paragraph ('... this sprint to the finish line will continue.\"'), "
 "before the paragraph the store's excerpt breaks off ('The FTC settlement also includes divestiture requirements "
 "designed to resolve allegations that the combination of Ciba-Geigy and Sandoz would substantially reduce "
 "competition and likely raise prices in the $1.4 billion U.S. market for herbicides used in corn production and "
 "the $40') (`truncated`). Kept as written: the straight quotation marks, the curly apostrophes, 'Rh\u00f4ne-Poulenc "
 "Rorer Inc.' with its circumflex, 'Sandoz Ltd.'. 264 words (whitespace-split), three paragraphs. Found at rank 4 "
 "under 'FTC consent order Ciba-Geigy Sandoz merger Novartis divest Chiron gene therapy 1996' (query 4); rank 1 was "
 "ftc.gov's final-order notice node/39554 (a notice; 64g had looked at it and left it), ranks 2, 5, 6 and 8 the "
 "Federal Register analysis (cptech, elaws), rank 3 thepharmaletter (news), rank 7 the FTC's July 1997 notice of "
 "Novartis's and Chiron's licensing application. One text per matter: this release, the agreement, the complaint, "
 "the decision and order (File No. 961-0055, Docket No. C-3725), the analysis and the 1997 notices are one matter. "
 + CHECK + "'Ciba', 'Ciba-Geigy', 'Sandoz Ltd', 'gene therapy', 'ciba-geigysandoz', '961-0055', '961 0055', "
 "'C-3725', 'Central Garden': 0 in the corpus files, the scripts and the pools ('Ciba-Geigy / Sandoz' only in "
 "GATHERING.md, as 64g's lead and a company-history round's names looked at); 'Novartis' in six corpus files on "
 "other matters (FTC generic-drug consents of 2004-2005, a Syngenta history, a DOJ Taro text); 'Rh\u00f4ne-Poulenc "
 "Rorer' only in 64n's Wikipedia Rh\u00f4ne-Poulenc history (the company's own history, another matter); 'William J. "
 "Baer' in 64g's Kroger / Fred Meyer text (another matter).",
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
