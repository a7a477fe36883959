#!/usr/bin/env python3
"""Batch 62e (session 57, gatherer 62e): three FTC merger press releases of 2006 naming an acquirer, its target, the
companies the acquirer controls or the target's division, the divestiture buyers and the FTC official who spoke, new
matters in the federal FTC lane (after 62b, 61b, 60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and
the rounds they name), found by asking the FTC's merger consents of 2006 by acquirer, target and 'consent order
divest' (62b's way; the leads of 62b's section):
  - ftc.gov 'news-events/news/press-releases/2006/10/ftc-challenges-terms-watson-pharmaceuticals-acquisition-andrx'
    (FTC press release of October 31, 2006; its headline is not in the stored text) -- the consent order letting
    Watson Pharmaceuticals, Inc.'s proposed $1.9 billion acquisition of Andrx Corporation go ahead on Watson ending its
    marketing agreement with Interpham Holdings, Inc., the sale of Andrx's glipizide ER rights to Actavis Elizabeth,
    LLC, 'a subsidiary of The Actavis Group hf.', and of eleven oral contraceptives to Teva Pharmaceutical Industries,
    Inc., with Jeffrey Schmidt, Director of the FTC's Bureau of Competition;
  - ftc.gov 'opa/2006/03/fresenius.htm' (FTC press release of March 30, 2006; its headline is not in the stored text)
    -- Fresenius AG, with the companies it controls (Fresenius Medical Care AG&Co. KGaA, Fresenius Medical Care
    Holdings, Inc. and Florence Acquisition, Inc.), selling 91 dialysis clinics to settle the FTC's charges against
    its purchase of Renal Care Group, Inc. of Nashville, Tennessee, with Jeffrey Schmidt;
  - ftc.gov 'opa/2006/10/thermo.htm' (FTC press release of October 17, 2006; its headline is not in the stored text)
    -- Thermo Electron Corporation's proposed $12.8 billion acquisition of Fisher Scientific International, Inc., let
    through on the sale of 'Fisher's Genevac division', with Jeffrey Schmidt.
US federal government works (17 U.S.C. 105). See /work/notes/gather63/62e.md. Queries and ranks in
/tmp/gather63e/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 (CLAIMS.txt) and the
session-57 pools /tmp/gather62*/pool and /tmp/gather63*/pool. The texts are the search tool's page-store excerpts
(corpus `pages`; each 2,000 bytes in UTF-8, the store's cut: 1,978, 1,986 and 1,978 characters with their curly
quotation marks and apostrophes), as saved in /tmp/gather63e/src by /tmp/gather63e/mk_src.py.
Left out: in all three the page line 'Skip to main content'; `title` None in all three (no headline in the stored
text). Watson / Andrx -- cut after the third paragraph (the consent order's three terms), before the paragraph that
opens with the run-in sub-heading 'The Commission\u2019s Complaint: ' and that the excerpt breaks off ('... by
eliminating competition in the markets for') (`truncated`). Fresenius / RCG -- cut after the third paragraph (the
acquirer, its controlled companies and the two firms' figures), before the paragraph on the FTC's complaint that the
excerpt breaks off ('... The only alternative is a kidney transplant but wait time for ') (`truncated`). Thermo /
Fisher -- cut after the third paragraph (Jeffrey Schmidt's quotation), before the paragraph that opens with the run-in
sub-heading 'High-Performance CVEs: ' and the paragraph the excerpt breaks off ('... and are compatible')
(`truncated`). No word added or changed (the release's own spellings 'Interpham' beside 'Interpharm' and 'bitartate'
kept as written); the store's paragraphs kept, joined by a blank line. Each kept
paragraph checked by script to be a verbatim substring (once) of the saved excerpt. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch62e.py [POOL_DIR] [--dry]   (default /tmp/gather63e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 and the session-57 pools "
         "/tmp/gather62*/pool and /tmp/gather63*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather63/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63e/pool"
SRC = "/tmp/gather63e/src"
R = []

# ---- Watson Pharmaceuticals, Inc. / Andrx Corporation, FTC press release, October 31, 2006 ------------------------
U1 = ("https://www.ftc.gov/news-events/news/press-releases/2006/10/"
      "ftc-challenges-terms-watson-pharmaceuticals-acquisition-andrx")
P1 = [
 "The Federal Trade Commission today announced its decision to challenge the terms of Watson Pharmaceuticals, "
 "Inc.\u2019s proposed $1.9 billion acquisition of Andrx Corporation, a deal that would have led to competitive "
 "problems in the markets for 13 generic drug products. In allowing the deal to proceed while addressing these "
 "competitive problems, the Commission has ensured the maintenance of competition that otherwise would have been lost "
 "through the acquisition, and protected consumers from likely higher prices for the drugs.",
 "\u201cFor the second time in a week, the Commission has taken a strong step to protect competition and consumers in "
 "markets for important generic drugs,\u201d said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of Competition. "
 "\u201cFollowing closely on the consent order resolving charges that Barr Laboratories\u2019 proposed acquisition of "
 "Pliva would have been anticompetitive in several product markets, this order again makes it clear that the FTC is "
 "committed to protecting consumers from deals that would otherwise be likely to lead to higher generic drug "
 "prices.\u201d",
 "Under the consent order settling the FTC complaint, Watson and Andrx will: 1) end Watson\u2019s marketing agreement "
 "with Interpham Holdings, Inc. (Interpham) and return all rights and agreements necessary to market generic "
 "hydrocodone bitartate/ibuprofen tablets back to Interpharm; 2) assign and divest the Andrx right necessary to "
 "develop, make, and market generic extended release glipizide (glipizide ER) tablets to Actavis Elizabeth, LLC, a "
 "subsidiary of The Actavis Group hf. (Actavis); and 3) sell Andrx\u2019s rights and assets needed to develop and "
 "market eleven generic oral contraceptive products to Teva Pharmaceutical Industries, Inc. (Teva)."]
R.append((["ftc-2006-10-watson-andrx.txt"], None, P1, federal(
 "us-ftc-watson-andrx-consent-order-generic-drugs-interpham-actavis-teva-2006",
 U1, "2006-10-31", None, "\n\n".join(P1),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,generic drugs",
 "U.S. Federal Trade Commission, press release of October 31, 2006 on the consent order in Watson Pharmaceuticals, "
 "Inc.'s proposed acquisition of Andrx Corporation (its headline is not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2006/10/...'): first-party text. Left out: the page line 'Skip to main content'. The stored text "
 "holds no headline and no date line: `title` None (the attribution says so, as 62b's FTC texts); `published` 31 "
 "October 2006 (a Tuesday) -- the address gives October 2006, and FDAnews's note of November 9, 2006 (rank 3 of "
 "query 4: 'The firms announced Oct. 31 that the FTC accepted a proposed consent order on Watson's pending "
 "acquisition of Andrx') gives the day, the release saying 'today announced' (**doubtful**: the day is the firms' "
 "announcement's, taken from another text, not from the page; the FTC's analysis to aid public comment is in the "
 "Federal Register of November 9, 2006, after it, and Barr/Pliva's release, which Schmidt calls the first 'in a "
 "week', is of October 20). Cut after the third paragraph (the consent order's three terms), before the paragraph "
 "that opens with the run-in sub-heading 'The Commission\u2019s Complaint: ' and that the store's excerpt breaks off "
 "('... by eliminating competition in the markets for') (`truncated`). Kept as written: the curly quotation marks and "
 "apostrophes, 'Interpham Holdings, Inc. (Interpham)' beside 'back to Interpharm' (the release spells the firm both "
 "ways), 'bitartate', 'the Andrx right', 'The Actavis Group hf. (Actavis)', 'Teva Pharmaceutical Industries, Inc.' "
 "(so the release writes Teva's name). 257 words (whitespace-split), three paragraphs. Found at rank 4 under 'FTC "
 "Watson Andrx acquisition consent order divest generic drugs'; ranks 1-3 and 5-8 were trade papers (thepharmaletter, "
 "pharmabiz, pharmaceutical-business-review) and marketswired's copies of the 2012 Watson/Actavis matter. One text per "
 "matter: this release, the FTC's complaint, the consent order and the Federal Register analysis of November 9, 2006 "
 "are one matter; Barr/Pliva (which the quotation names), Watson/Arrow (2009) and Watson/Actavis (2012) are others. "
 + CHECK + "'Andrx', 'Interpham', 'Interpharm', 'Actavis Elizabeth', 'Barr Laboratories', 'Pliva', 'glipizide': 0 in "
 "the corpus files, the scripts, the pools and the claims ('Andrx' and 'Pliva' only in 62b's leads in GATHERING.md); "
 "'Watson Pharmaceuticals' (the FTC's Teva/Cephalon and Perrigo/Paddock listing text, as a buyer) and 'Actavis' (a "
 "Wikipedia text on Bjorgolfur Thor Bjorgolfsson, batch 38g) only in other matters.",
 True)))

# ---- Fresenius AG / Renal Care Group, Inc., FTC press release, March 30, 2006 ----------------------------------------
U2 = "http://www.ftc.gov/opa/2006/03/fresenius.htm"
P2 = [
 "Fresenius AG will sell 91 outpatient kidney dialysis clinics and financial interests in 12 more to settle Federal "
 "Trade Commission charges that Fresenius\u2019 purchase of rival dialysis provider Renal Care Group, Inc. would "
 "violate federal antitrust laws. When the deal is finalized, Fresenius will be the largest provider of outpatient "
 "dialysis services in the United States.",
 "\u201cCompetition lowers costs and increases choices for consumers,\u201d said Jeffrey Schmidt, Director of the FTC "
 "Bureau of Competition. \u201cIt\u2019s especially important that consumers have choices when it comes to "
 "life-saving medical treatments involved in transactions such as this one. The rising cost of health care services "
 "is a significant concern. The consent agreement announced by the Commission today will protect consumers from the "
 "higher prices for dialysis services that likely would have resulted from the proposed acquisition.\u201d",
 "The German firm Fresenius AG, and the companies it controls, including Fresenius Medical Care AG&Co. KGaA; "
 "Fresenius Medical Care Holdings, Inc.; and Florence Acquisition, Inc., proposed to acquire RCG for approximately "
 "$3.5 billion. In 2005, Fresenius had revenues of approximately $4.1 billion from providing outpatient dialysis "
 "services to about 89,000 renal disease patients at about 1,155 outpatient dialysis clinics nationwide. RCG, based "
 "in Nashville, Tennessee, is the third-largest provider of outpatient dialysis services in the United States, with "
 "approximately 450 clinics serving more than 32,000 patients. In 2005, RCG had earnings of $1.5 billion providing "
 "dialysis treatment."]
R.append((["ftc-2006-03-fresenius-rcg.txt"], None, P2, federal(
 "us-ftc-fresenius-renal-care-group-consent-agreement-dialysis-clinics-2006",
 U2, "2006-03-30", None, "\n\n".join(P2),
 "health care/competition regulation", "deal,regulatory,merger control,divestiture,dialysis clinics",
 "U.S. Federal Trade Commission, press release of March 30, 2006 on the consent agreement in Fresenius AG's "
 "proposed acquisition of Renal Care Group, Inc. (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it (the agency's older "
 "'opa/2006/03/...' address of its Office of Public Affairs): first-party text. Left out: the page line 'Skip to "
 "main content'. The stored text holds no headline and no date line: `title` None (the attribution says so); "
 "`published` 30 March 2006 (a Thursday) -- the address gives March 2006, and antitrustlawyerblog's post on the "
 "release (rank 2 of query 5: 'On March 30th, Fresenius AG agreed to sell 91 outpatient kidney dialysis clinics') "
 "gives the day, the release saying 'announced by the Commission today' (**doubtful**: the day is taken from another "
 "text, not from the page; the FTC's analysis to aid public comment is in the Federal Register of April 7, 2006, "
 "after it). Cut after the third paragraph (the acquirer, the companies it controls and the two firms' figures), "
 "before the paragraph on the FTC's complaint that the store's excerpt breaks off ('... The only alternative is a "
 "kidney transplant but wait time for ') (`truncated`). Kept as written: the curly quotation marks and apostrophes, "
 "\"Fresenius\u2019 purchase\", 'the FTC Bureau of Competition' (no possessive), 'Fresenius Medical Care AG&Co. "
 "KGaA' (no spaces round the ampersand), the semicolons of the list, 'RCG' (the release never writes '(RCG)'). 230 "
 "words (whitespace-split), three paragraphs. Found at rank 2 under 'FTC Fresenius Renal Care Group consent order "
 "divest dialysis clinics'; rank 1 and 3-8 were marketswired, govinfo, pymnts, ftc.gov's case page and "
 "regulations.justia on the 2012 Fresenius/Liberty Dialysis matter (another matter), fiercehealthcare's note on the "
 "final approval and a regulations.justia copy of the April 7, 2006 Federal Register page. One text per matter: this "
 "release, the complaint, the consent orders, the Federal Register analysis and the final approval are one matter; "
 "Fresenius/Liberty (2012) and the SEC's 2019 FCPA case against Fresenius Medical Care are others. " + CHECK +
 "'Renal Care Group', 'Florence Acquisition', 'Fresenius Medical Care Holdings', 'National Renal': 0 in the corpus "
 "files, the scripts, the pools and the claims ('Renal Care Group' only in 62b's leads in GATHERING.md); 'Fresenius' "
 "only in other matters (a Wikinews text of batch 25a naming Fresenius Medical Care as an owner, batch 51m's SEC text on W. R. "
 "Grace's National Medical Care, whose notes name Fresenius as NMC's later owner).",
 True)))

# ---- Thermo Electron Corporation / Fisher Scientific International, Inc., FTC press release, October 17, 2006 -------
U3 = "https://www.ftc.gov/opa/2006/10/thermo.htm"
P3 = [
 "The Federal Trade Commission today charged that Thermo Electron Corporation\u2019s proposed $12.8 billion "
 "acquisition of Fisher Scientific International, Inc. would harm competition in the U.S. market for "
 "high-performance centrifugal vacuum evaporators (CVEs) in violation of the antitrust laws.",
 "Thermo and Fisher are the only two significant suppliers of high-performance CVEs in the United States and the "
 "proposed transaction would eliminate the direct price, service, and innovation competition that exists between "
 "them. To settle the Commission\u2019s charges, Thermo is required to divest Fisher\u2019s Genevac division, which "
 "includes Fisher\u2019s entire CVE business, within five months of the date the consent agreement was signed.",
 "\u201cHigh-performance CVEs play an important role in the U.S. healthcare industry as one of the tools scientists "
 "use in discovering new drugs to fight disease,\u201d said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of "
 "Competition. \u201cThe Commission\u2019s action today preserves competition for these critical devices, preventing "
 "the adverse effects on price, service, and product features the transaction would likely have caused.\u201d"]
R.append((["ftc-2006-10-thermo-fisher.txt"], None, P3, federal(
 "us-ftc-thermo-electron-fisher-scientific-genevac-divestiture-2006",
 U3, "2006-10-17", None, "\n\n".join(P3),
 "scientific instruments/competition regulation", "deal,regulatory,merger control,divestiture,laboratory equipment",
 "U.S. Federal Trade Commission, press release of October 17, 2006 on the consent agreement in Thermo Electron "
 "Corporation's proposed acquisition of Fisher Scientific International, Inc. (its headline is not in the stored "
 "text), US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it (the older 'opa/2006/10/...' "
 "address): first-party text. Left out: the page line 'Skip to main content'. The stored text holds no headline and "
 "no date line: `title` None (the attribution says so); `published` 17 October 2006 (a Tuesday) -- the address gives "
 "October 2006; antitrustlawyerblog's post on the release (rank 6 of query 8: 'The Commission charged on October "
 "17') gives the day and the Associated Press story as fosters.com carries it (rank 3, dated October 18, 2006: 'The "
 "Federal Trade Commission approved Thermo Electron Corp.'s purchase of Fisher Scientific International Inc. "
 "Tuesday') agrees, the release saying 'today charged' (**doubtful** all the same: the day is taken from other texts, "
 "not from the page). Cut after the third paragraph (Jeffrey Schmidt's quotation), before the paragraph that opens "
 "with the run-in sub-heading 'High-Performance CVEs: ' (a technical description of the evaporators, no name in it) "
 "and the paragraph the store's excerpt breaks off ('... and are compatible') (`truncated`). Kept as written: the "
 "curly quotation marks and apostrophes, 'high-performance centrifugal vacuum evaporators (CVEs)', \"Fisher\u2019s "
 "Genevac division\", 'U.S. healthcare industry'. 162 words (whitespace-split), three "
 "paragraphs. Found at rank 1 under 'FTC Thermo Electron Fisher Scientific merger "
 "consent order divest Bureau of Competition 2006'; ranks 2, 4 and 5 were copies of the Federal Register analysis of "
 "November 9, 2006 (E6-18917), 3 fosters.com (AP), 6 antitrustlawyerblog, 7-8 ftc.gov pages on the 2013-2014 Thermo "
 "Fisher/Life Technologies matter (another matter). One text per matter: this release, the complaint, the consent "
 "orders, the Federal Register analysis and Genevac's divestiture are one matter; Thermo Fisher/Life Technologies is "
 "another. " + CHECK + "'Thermo Electron', 'Fisher Scientific', 'Thermo Fisher', 'Genevac', 'centrifugal vacuum', "
 "'061 0187', '0610187': 0 in the corpus files, the scripts, the pools, the claims and GATHERING.md.",
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
