#!/usr/bin/env python3
"""Batch 66g (session 60, gatherer 66g): three FTC supermarket texts of 1997 and 1999 naming the acquirers, the
targets, a private equity majority owner, a British parent of a US chain, the chains' trade names, a wholesaler and
two named buyers of divested stores, and the Bureau of Competition's Director, new matters in the federal FTC lane
(after 66a, 65r, 65a, 65g, 64m, 64a, 64g, 63g, 63a, 62m, 62g, 62e, 62b and the rounds they name), found by asking the
FTC's merger consents by acquirer, target and 'consent order divest' (the way of 65a, 65r and 66a; 66a's lead
Jitney-Jungle / Delchamps asked first, see /work/notes/gather67/66g.md):
  - ftc.gov 'opa/1997/09/jitjung.htm' (FTC press release of September 1997; its day and headline are not in the stored
    text) -- the FTC's settlement agreement in the merger of Jitney-Jungle Stores of America, Inc. and Delchamps, Inc.,
    Jitney-Jungle to divest 10 supermarkets to Supervalu Inc. (which may pass them on to R & M Foods, Inc. and
    Southeast Foods, Inc.), Jitney-Jungle being majority-owned by Bruckmann, Rosser, Sherrill & Co., L.P.;
  - ftc.gov 'opa/1999/06/shaw.htm' (FTC press release of June 1999; its day and headline are not in the stored text)
    -- the FTC's proposed settlement agreement with Shaw's Supermarkets, Inc. and Star Markets, Inc. over Shaw's
    proposed acquisition of Star Markets, 10 supermarkets in the Greater Boston area to be divested, Shaw's being a
    wholly-owned subsidiary of J Sainsbury plc, with William J. Baer, Director of the FTC's Bureau of Competition;
  - ftc.gov 'opa/1997/07/schnuc~1.htm' (FTC press release of July 1997; its day and headline are not in the stored
    text) -- Schnuck Markets, Inc. agreeing to pay a $3 million civil penalty and to divest two closed supermarket
    properties to settle charges that it let the 24 St. Louis-area stores it had to divest under a 1995 merger
    settlement run down before selling them, with William J. Baer.
US federal government works (17 U.S.C. 105). See /work/notes/gather67/66g.md. Queries and ranks in
/tmp/gather67g/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather67 (notes and CLAIMS.txt) and the pools /tmp/gather67*/pool. The
texts are the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in UTF-8 --
2,000, 1,996 and 1,996 characters; Jitney-Jungle's and Shaw's with straight quotation marks and apostrophes, Shaw's
with two bullet lines, Schnuck's with straight quotation marks and two curly apostrophes), as saved in
/tmp/gather67g/src by /tmp/gather67g/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Shaw's, Schnuck; the Jitney-Jungle excerpt
starts with its first paragraph); `title` None for all three (no headline in the stored text); `published` None for
all three (no day in the stored text, and none found in the store: see each record's notes). Jitney-Jungle -- cut
after the third paragraph ('... the FTC alleged.'), before the two letters the excerpt breaks off ('Th')
(`truncated`). Shaw's -- cut after the third paragraph ('... for approximately $490 million.'), before the paragraph
that ends in a colon and its two bullet lines, the second broken off by the store ('According to the FTC's complaint,
... in these areas by:' / 'eliminating direct competition ...' / 'increasing the likelihood of, or facili')
(`truncated`). Schnuck -- cut inside the third paragraph at a sentence end, after '... 49 North Florissant Road in
Ferguson.', before the sentence the excerpt breaks off ('The divestitures will have to be completed within six months
to Commission-approved buyers who ') (`truncated`). No word added or changed (Schnuck's 'check- out coupons' kept as
written); the store's paragraphs kept, joined by a blank line (Jitney-Jungle's stand one line apart in the store).
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch66g.py [POOL_DIR] [--dry]   (default /tmp/gather67g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather67 (notes and CLAIMS.txt) and the pools /tmp/gather67*/pool (none held a file on "
         "this matter when checked), and claimed in /work/notes/gather67/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67g/pool"
SRC = "/tmp/gather67g/src"
R = []

# ---- Jitney-Jungle Stores of America, Inc. / Delchamps, Inc., FTC press release, September 1997 (day unknown) -----------
U1 = "https://ftc.gov/opa/1997/09/jitjung.htm"
P1 = [
 "The Federal Trade Commission has reached a settlement agreement in connection with the merger of Jitney-Jungle "
 "Stores of America, Inc. and Delchamps, Inc. that the agency says will keep supermarket prices competitive in the "
 "Gulfport-Biloxi, Hattiesburg and Vicksburg areas of Mississippi, and in the Pensacola area of Florida. The "
 "settlement would resolve the FTC charges that Jitney-Jungle's $228 million acquisition of outstanding Delchamps "
 "shares would violate antitrust laws by substantially reducing competition among supermarket operators in those "
 "areas. To restore competition, the settlement would require Jitney-Jungle to divest a total of 10 supermarkets to "
 "Supervalu Inc. Supervalu may in turn divest the stores to R & M Foods, Inc. and Southeast Foods, Inc., under the "
 "settlement.",
 "Jitney-Jungle, a majority of which is owned by Bruckmann, Rosser, Sherrill & Co., L.P. of Greenwich, Connecticut, "
 "is based in Jackson, Mississippi, and shares an address with Delta Acquisition Corporation, which was formed to "
 "acquire the outstanding Delchamps shares. Jitney-Jungle operates 105 supermarkets in the states of Alabama, "
 "Arkansas, Louisiana, Mississippi, Florida and Tennessee, and is the largest supermarket operator in Mississippi "
 "with 72 stores. Jitney-Jungle operates these stores under the names \"Jitney-Jungle,\" \"Sack and Save,\" \"Mega "
 "Market,\" \"Mega Pantry,\" and \"Jitney Premier.\" Delchamps, based in Mobile, Alabama, operates 118 supermarkets "
 "under the \"Delchamps\" name. Supervalu, a large wholesaler of supermarket products and which is not named as a "
 "respondent in this case, is based in Eden Prairie, Minnesota.",
 "According to the FTC complaint detailing the charges in this case, Jitney-Jungle and Delchamps are direct "
 "competitors in the markets at issue, which are highly concentrated. New entry into these markets would not be "
 "timely, likely or sufficient to prevent price increases, reduced quality and selection, or other anticompetitive "
 "effects in these areas, the FTC alleged."]
R.append((["ftc-1997-09-jitney-jungle-delchamps.txt"], None, P1, federal(
 "us-ftc-jitney-jungle-delchamps-settlement-10-supermarkets-supervalu-1997",
 U1, None, None, "\n\n".join(P1),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of September 1997 on the proposed settlement agreement in the merger "
 "of Jitney-Jungle Stores of America, Inc. and Delchamps, Inc. (its day and headline are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1997/09/jitjung.htm'): "
 "first-party text. The stored excerpt starts with the first paragraph (no 'Skip to main content' line) and holds no "
 "headline and no date line: `title` None (the attribution says so); `published` None -- the address gives September "
 "1997; the Federal Register printed the analysis on Tuesday, September 23, 1997 with comments due by November 24, "
 "1997 (elaws, ranks 3-4 of query 1), which does not give the release's day, and no FTC page naming it came back. The "
 "kept text has no 'today' and no other time expression, so nothing is lost. Cut after the third paragraph ('... the "
 "FTC alleged.'), before the two letters the store's excerpt breaks off ('Th') (`truncated`). The store's paragraphs "
 "stand one line apart; they are joined here by a blank line (whitespace only). Kept as written: the straight "
 "quotation marks and apostrophes, 'R & M Foods, Inc.', 'Gulfport-Biloxi'. 291 words (whitespace-split), three "
 "paragraphs. Found at rank 1 under 'Jitney-Jungle Delchamps FTC consent order divest supermarkets' (query 1; 66a's "
 "lead, its query 6 rank 8); ranks 2-4 were the agreement (docslib) and the Federal Register analysis (elaws), ranks "
 "5-8 the 2001 Winn-Dixie / Jitney-Jungle matter (66a's, another matter: just-food, ftc.gov, an FTC grocery listing "
 "mirror). One text per matter: this release, the agreement, the complaint, the decision and order and the analysis "
 "(File No. 971-0093) are one matter. " + CHECK + "'Delta Acquisition', 'Sack and Save', 'Mega Pantry', 'Jitney "
 "Premier', 'R & M Foods', 'Southeast Foods', '971-0093', 'jitjung', 'Vicksburg', 'Gulfport', 'Supervalu Inc': 0 in "
 "the corpus files, the scripts and the pools; 'Jitney', 'Delchamps' and 'Bruckmann' only in 66a's Winn-Dixie / "
 "Jitney-Jungle script and pool record (the 2001 bankruptcy sale: another matter, whose lead this was) and in "
 "GATHERING.md's leads; 'Supervalu' in two corpus files on other matters (the FTC's Ahold Delhaize 2016 order, dev, "
 "and one test file, counted, not opened); 'Hattiesburg', 'Pensacola', 'Eden Prairie', 'Greenwich, Connecticut' in "
 "corpus files on other matters (NPS reports, the FTC's Cephalon / Cima text; test files counted, not opened).",
 True)))

# ---- Shaw's Supermarkets, Inc. / Star Markets, Inc., FTC press release, June 1999 (day unknown) -------------------------
U2 = "https://www.ftc.gov/opa/1999/06/shaw.htm"
P2 = [
 "The Federal Trade Commission today announced a proposed settlement agreement with Shaw's Supermarkets, Inc. and "
 "Star Markets, Inc. The agreement would resolve FTC charges that the proposed acquisition of Star Markets by Shaw's "
 "would substantially lessen supermarket competition in the Greater Boston metropolitan area and could result in "
 "higher prices or reduced quality and selection for consumers. The proposed agreement permits the acquisition but "
 "would require Shaw's to divest 10 supermarkets -- three Shaw's supermarkets and seven Star Markets supermarkets -- "
 "in eight communities.",
 "\"Consumers in the Boston area can now be assured that they will continue to receive the benefits of competition - "
 "lower prices and good quality and selection - from supermarkets in their communities,\" said William J. Baer, "
 "Director of the FTC's Bureau of Competition.",
 "Shaw's operates 126 supermarkets in Massachusetts, Connecticut, Maine, New Hampshire, Rhode Island, and Vermont, all "
 "under the \"Shaw's\" trade name. Shaw's is a wholly-owned subsidiary of London, England-based J Sainsbury plc. Star "
 "Markets, based in Cambridge, Massachusetts, operates 53 supermarkets in that state under the \"Star Markets\" and "
 "\"Wild Harvest\" trade names. In November 1998, J Sainsbury plc and Star Markets entered into a Stock Purchase "
 "Agreement whereby J Sainsbury, through its Shaw's subsidiary, would acquire all of the outstanding voting "
 "securities of Star Markets for approximately $490 million."]
R.append((["ftc-1999-06-shaws-star-markets.txt"], None, P2, federal(
 "us-ftc-shaws-supermarkets-star-markets-settlement-j-sainsbury-boston-1999",
 U2, None, None, "\n\n".join(P2),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of June 1999 on the proposed settlement agreement in Shaw's "
 "Supermarkets, Inc.'s acquisition of Star Markets, Inc. (its day and headline are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1999/06/shaw.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives June "
 "1999 and the agreement sits under 'cases/1999/06/shawagr.htm' (rank 2 of query 9), but the day is not given: the "
 "Federal Register printed the analysis on Tuesday, July 6, 1999 with comments due by September 7, 1999 (elaws, ranks "
 "2-3 of query 10), and query 10 found no FTC page or report naming the release's day. With `published` None the "
 "text's 'today' is not resolved; 'In November 1998' is absolute and kept. Cut after the third paragraph ('... for "
 "approximately $490 million.'), before the paragraph that ends in a colon ('According to the FTC's complaint, Shaw's "
 "and Star Markets are direct competitors ... in these areas by:') and its two bullet lines, the second broken off by "
 "the store ('increasing the likelihood of, or facili') (`truncated`). Kept as written: the straight quotation marks "
 "and apostrophes, the double and spaced hyphens, 'London, England-based', 'wholly-owned', 'J Sainsbury plc' without "
 "a full stop. 217 words (whitespace-split), three paragraphs. Found at rank 1 under \"Shaw's Supermarkets Star "
 "Markets J Sainsbury FTC consent divest supermarkets Massachusetts\" (query 9; rank 1 of query 10); ranks 2-6 were "
 "the agreement (ftc.gov shawagr.htm), the analysis (ftc.gov shawanal_0.html) and the Federal Register analysis "
 "(elaws), ranks 7-8 the 1995 Stop & Shop / Purity Supreme matter (a NAAG page, another matter) and an FTC grocery "
 "listing mirror. One text per matter: this release, the agreement, the complaint, the decision and order and the "
 "analysis (File No. 991-0075) are one matter. " + CHECK + "'Star Markets', 'Star Market', 'Wild Harvest', "
 "'J Sainsbury', '991-0075', '9910075', 'shaw.htm', \"Shaw's Supermarkets\": 0 in the corpus files, the scripts and "
 "the pools; \"Shaw's\" alone in two dev files and two scripts on other things (Wikipedia histories of Jack Wills and "
 "Globalive); 'Sainsbury' in many corpus files on the British grocer's own matters (CMA merger texts, Wikipedia "
 "histories), none on Shaw's; 'Greater Boston' in one test file (counted, not opened); 'William J. Baer' in FTC texts "
 "of other matters (64g's Kroger / Fred Meyer, 65r's Ciba-Geigy / Sandoz and Albertson's / American Stores).",
 True)))

# ---- Schnuck Markets, Inc., civil penalty and divestiture settlement, FTC press release, July 1997 (day unknown) ---------
U3 = "http://www.ftc.gov/opa/1997/07/schnuc~1.htm"
P3 = [
 "The Federal Trade Commission today announced the settlement it has reached with Schnuck Markets, Inc., of St. "
 "Louis, Missouri, under which Schnucks has agreed to pay a $3 million civil penalty -- one of the largest ever "
 "obtained for violation of an FTC order -- and to divest to supermarket operators two currently closed supermarket "
 "properties. The agreement with the FTC will settle charges that the supermarket chain allowed 24 stores that it was "
 "required to divest under a 1995 settlement with the FTC to become dirty, damaged, understaffed and understocked "
 "before completing the required divestitures, thereby undermining the intent of the 1995 settlement to maintain "
 "supermarket competition in the area. Schnucks also issued check- out coupons stating that the stores to be divested "
 "would close, and directing the consumers to stores that would remain under Schnucks\u2019 control, the FTC will "
 "allege. As a result, the FTC will charge, sales at the 24 stores dropped significantly.",
 "\"The purpose of the 1995 order was to maintain the level of competition among supermarkets in the St. Louis area, "
 "so that consumers could continue to benefit from lower prices and better products and service that a contest for "
 "their shopping dollars always brings,\" said William J. Baer, Director of the FTC\u2019s Bureau of Competition. \"We "
 "were prepared to prove in court that Schnucks allowed these stores to deteriorate badly before they were sold and "
 "that supermarket customers in St. Louis suffered as a result. The settlement order accepted by the Commission shows "
 "that the FTC may insist on substantial civil penalties, as well as additional remedies, for violations of its "
 "orders.\"",
 "The store properties to be divested under the settlement announced today are located at 6155 S. Grand Avenue in St. "
 "Louis, and at the Ferguson Square Shopping Center at 49 North Florissant Road in Ferguson."]
R.append((["ftc-1997-07-schnuck-markets-civil-penalty.txt"], None, P3, federal(
 "us-ftc-schnuck-markets-3-million-civil-penalty-divestiture-order-violation-st-louis-1997",
 U3, None, None, "\n\n".join(P3),
 "retail/competition regulation", "regulatory,merger control,divestiture,civil penalty,supermarkets",
 "U.S. Federal Trade Commission, press release of July 1997 on the settlement with Schnuck Markets, Inc. of charges "
 "that it violated a 1995 divestiture order (its day and headline are not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1997/07/schnuc~1.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives July "
 "1997; the complaint and consent judgment filed in the Eastern District of Missouri sit under 'cases/1997/09' "
 "(ranks 5 and 8 of query 2) and give no day for the release, and query 11 found no FTC page naming it (the Wall "
 "Street Journal's story on the stores, rank 3 of query 11, is undated in the store and third-party). With "
 "`published` None the text's 'today' (twice) is not resolved; '1995' (three times, 'a 1995 settlement', 'the 1995 "
 "settlement', 'the 1995 order') is absolute and kept. Cut inside the third paragraph at a sentence end, after '... "
 "49 North Florissant Road in Ferguson.', before the sentence the store's excerpt breaks off ('The divestitures will "
 "have to be completed within six months to Commission-approved buyers who ') (`truncated`). Kept as written: the "
 "straight quotation marks, the two curly apostrophes ('Schnucks\u2019 control', 'FTC\u2019s Bureau'), the double "
 "hyphens, 'check- out coupons' (the page's own broken word). 303 words (whitespace-split), three paragraphs (the "
 "last cut short). Found at rank 1 under 'Schnuck Markets National Tea FTC consent order divest supermarkets St. "
 "Louis' (query 2; rank 1 of query 11); rank 2 was ftc.gov's June 1995 release on the final order in Schnuck's "
 "acquisition of National Holdings, Inc.'s supermarkets (the same matter; not taken: a store list after two short "
 "paragraphs, and no official named), ranks 3-8 the 1995 Federal Register analysis (elaws), ftc.gov's January 1996 "
 "notice of Schnuck's application to sell 23 stores to Family Company of America, the 1997 complaint and consent "
 "judgment, the 1998 order modifying the 1995 order, and the Wall Street Journal. One text per matter: this release, "
 "the 1997 complaint and consent judgment, the 1995 consent order (File No. 941 0131, Docket No. C-3585), its 1996 "
 "divestiture application and its 1998 modification are one matter. " + CHECK + "'Schnuck', 'Schnucks', 'schnuc', "
 "'Ferguson Square', 'Florissant', '6155 S. Grand', 'Schwegmann', 'Family Company of America', '941 0131', 'C-3585': "
 "0 in the corpus files, the scripts, the notes and the pools; 'National Holdings' only in files on other firms of "
 "that name (a LyondellBasell story, a Tingo SEC text); 'William J. Baer' in FTC texts of other matters (64g's Kroger "
 "/ Fred Meyer, 65r's Ciba-Geigy / Sandoz and Albertson's / American Stores).",
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
