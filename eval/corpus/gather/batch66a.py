#!/usr/bin/env python3
"""Batch 66a (session 60, gatherer 66a): three FTC supermarket merger texts of 1998, 2000 and 2001 naming the
acquirers, the targets, the named buyers of divested stores, the chains' trade names, a state Attorney General and his
state's office, a bankruptcy court and the Bureau of Competition's Directors, new matters in the federal FTC lane (after
65r, 65a, 65g, 64m, 64a, 64g, 63g, 63a, 62m, 62g, 62e, 62b and the rounds they name), found by asking the FTC's merger
consents by acquirer, target and 'consent order divest' (the way of 65a and 65r; the leads of 65a's, 65g's and 65r's
sections were asked first, see /work/notes/gather67/66a.md):
  - ftc.gov 'news-events/news/press-releases/1998/09/ftc-negotiates-settlements-albertsonsbuttrey-merger-keep-
    supermarket-prices-competitive-montana' (FTC press release of September 1998; its day and headline are not in the
    stored text) -- the FTC's agreement with Albertson's, Inc. and Buttrey Food and Drug Store Company to divest 15
    supermarkets in Montana and Wyoming to Smith's Food and Drug Centers, Inc. and Supervalu Holdings, Inc., with
    Montana Attorney General Joe Mazurek and William J. Baer, Director of the FTC's Bureau of Competition;
  - ftc.gov 'opa/2000/07/hannaford.htm' (FTC press release of July 2000; its day and headline are not in the stored
    text) -- the FTC's consent agreement in the merger of Establissements Delhaize Freres et Cie "Le Lion" S.A. and
    Delhaize America, Inc. with Hannaford Bros. Co. (37 Hannaford supermarkets and one site to three buyers), with the
    Office of the Attorney General of Virginia and Delhaize America's 'Food Lion' and 'Kash N' Karry' names;
  - ftc.gov 'opa/2001/01/jitneyjungle.htm' (FTC press release of January 2001; its day and headline are not in the
    stored text) -- Winn-Dixie Stores, Inc. allowed to acquire 68 supermarkets and other assets from the bankrupt
    Jitney-Jungle Stores of America, Inc., with the U.S. Bankruptcy Court for the Eastern District of Louisiana and
    Richard G. Parker, the FTC's Bureau of Competition Director.
US federal government works (17 U.S.C. 105). See /work/notes/gather67/66a.md. Queries and ranks in
/tmp/gather67a/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather67/CLAIMS.txt and the pools /tmp/gather67*/pool. The texts are the
search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in UTF-8 -- 2,000
characters each; straight quotation marks and apostrophes in all three), as saved in /tmp/gather67a/src by
/tmp/gather67a/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (all three); `title` None for all three (no
headline in the stored text); `published` None for all three (no day in the stored text, and none found in the store:
see each record's notes). Albertson's / Buttrey -- cut inside the fourth paragraph at a sentence end, after '...
"Max Food and Drug" trade names.', before the sentence the excerpt breaks off ('Albertson's operates nine supermarkets
in Montana ... (seven dir') (`truncated`). Delhaize / Hannaford -- cut inside the fourth paragraph at a sentence end,
after '... "Kash N' Karry."', before the sentence the excerpt breaks off ('Delhaize America, a North Carolina
corporation, had tota') (`truncated`). Winn-Dixie -- cut after the third paragraph ('... in fiscal 1999.'), before the
paragraph the excerpt breaks off ('According to the Commission's complaint, ... owned or operated by Jitney-Jungle')
(`truncated`). No word added or changed (the release's own 'Establissements' and 'The sales plan approved confirmed
by' kept as written); the store's paragraphs kept, joined by a blank line. Each kept paragraph checked by script to be
a verbatim substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch66a.py [POOL_DIR] [--dry]   (default /tmp/gather67a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather67/CLAIMS.txt and the pools /tmp/gather67*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather67/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67a/pool"
SRC = "/tmp/gather67a/src"
R = []

# ---- Albertson's, Inc. / Buttrey Food and Drug Store Company, FTC press release, September 1998 ------------------------
U1 = ("https://www.ftc.gov/news-events/news/press-releases/1998/09/"
      "ftc-negotiates-settlements-albertsonsbuttrey-merger-keep-supermarket-prices-competitive-montana")
P1 = [
 "The Federal Trade Commission, in an effort to keep supermarket prices competitive in Montana and Wyoming, has "
 "negotiated an agreement with Albertson's, Inc. and Buttrey Food and Drug Store Company. The agreement would settle "
 "FTC charges that Albertson's acquisition of Buttrey would violate antitrust laws by substantially lessening "
 "supermarket competition in those two states, and could result in higher prices or reduced quality and selection for "
 "consumers. The agreement would require Albertson's and Buttrey to divest 15 supermarkets in 11 communities -- eight "
 "of the supermarkets are located in Montana and seven are in Wyoming. Under the consent agreement, 13 of the "
 "supermarkets would be sold to Smith's Food and Drug Centers, Inc. and two supermarkets would be sold to Supervalu "
 "Holdings, Inc.",
 "The FTC worked closely in its investigation with Montana Attorney General Joe Mazurek, who believes that the merger "
 "would likely have harmed Montana consumers and that this consent decree would preserve competition.",
 "\"This settlement will ensure that consumers in Montana and Wyoming continue to enjoy the benefits of competition -- "
 "lower prices and good quality and selection -- from supermarkets in their communities,\" said William J. Baer, "
 "Director of the FTC's Bureau of Competition. \"The Commission's goal when it mandates the selling of stores is to "
 "maintain the competitive environment that exists prior to the merger. To ensure speedy divestiture, the proposed "
 "settlement names the buyers and would require that the sales be completed in a timely fashion.\"",
 "Albertson's, the nation's fourth largest supermarket chain, is based in Boise, Idaho. It operates approximately 916 "
 "supermarkets in 23 Western, Midwestern, and Southern states. Albertson's supermarkets operate under the "
 "\"Albertson's\" and \"Max Food and Drug\" trade names."]
R.append((["ftc-1998-09-albertsons-buttrey.txt"], None, P1, federal(
 "us-ftc-albertsons-buttrey-consent-agreement-15-supermarkets-montana-wyoming-1998",
 U1, None, None, "\n\n".join(P1),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of September 1998 on the proposed consent agreement in Albertson's, "
 "Inc.'s acquisition of Buttrey Food and Drug Store Company (its headline and day are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/1998/09/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line "
 "under it. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "None -- the address gives September 1998 and the decision and order (C-3838) is filed under 1998/12, but no page in "
 "the store gives the release's day (two queries asked for it, 8 and 12: the Federal Register analysis did not "
 "answer). The text has no absolute time expression (no dates). Cut inside the fourth paragraph at a sentence end, "
 "after '... \"Max Food and Drug\" trade names.', before the sentence the store's excerpt breaks off ('Albertson's "
 "operates nine supermarkets in Montana (eight directly compete with Buttrey stores) and nine supermarkets in Wyoming "
 "(seven dir') (`truncated`). Kept as written: the straight quotation marks and apostrophes, the double hyphens "
 "('-- eight of the supermarkets', '-- lower prices and good quality and selection --'), 'Supervalu Holdings, Inc.' "
 "278 words (whitespace-split), four paragraphs (the last cut short). Found at rank 1 under \"Albertson's Buttrey Food "
 "and Drug FTC consent order divest stores Montana Wyoming\" (query 5; 65r's lead named the matter, File No. 981-0134, "
 "C-3838, and asked for the release); ranks 2-4 were ftc.gov's order, agreement and complaint (FS Equity Partners II, "
 "L.P. and Locomotive Acquisition Corporation named there, not in this text), ranks 5, 7 and 8 the Albertson's / "
 "American Stores matter (65r's, out), rank 6 the 2015 Albertsons / Safeway FR analysis (another matter). One text "
 "per matter: this release, the complaint, the agreement and the 1998/12 decision and order are one matter. " + CHECK +
 "'Buttrey', '981-0134', 'C-3838', 'FS Equity': only earlier rounds' leads in GATHERING.md; 'Mazurek', 'Supervalu "
 "Holdings', 'Max Food and Drug': 0 in the corpus files, the scripts, GATHERING.md and the pools; \"Smith's Food\" in "
 "64g's Kroger / Fred Meyer dev file and scripts (as a Fred Meyer trade name: another matter); \"Albertson's\" and "
 "'William J. Baer' in other matters' files (65r's Albertson's / American Stores and others).",
 True)))

# ---- Delhaize / Hannaford Bros. Co., FTC press release, July 2000 -----------------------------------------------------
U2 = "https://www.ftc.gov/opa/2000/07/hannaford.htm"
P2 = [
 "The Federal Trade Commission today announced a consent agreement through which the proposed supermarket merger of "
 "Establissements Delhaize Freres et Cie \"Le Lion\" S.A. and Delhaize America, Inc. (collectively Delhaize) with "
 "Hannaford Bros. Co. (Hannaford) would be approved. The Office of the Attorney General of Virginia participated in "
 "the investigation that led to this consent.",
 "Under the terms of the agreement, future competition in the Southeast United States would be ensured through the "
 "sale of 37 Hannaford supermarkets and one Hannaford site to three different up-front buyers selected by the parties "
 "and accepted by the Commission. The stores to be sold are located in a number of markets in Virginia and North "
 "Carolina, where Delhaize's Food Lion supermarkets directly compete with those of Hannaford. These markets include "
 "the Richmond MSA (Metropolitan Statistical Area) and the Norfolk-Virginia Beach Newport News MSA in Virginia, and "
 "several markets in North Carolina: greater Raleigh, the Wilmington MSA, Columbus County (Whiteville), Duplin County "
 "(Warsaw), and Pender County (Duplin).",
 "According to the Commission complaint, the merger of Delhaize and Hannaford would lessen competition in the "
 "relevant markets in violation of Section 7 of the Clayton Act and Section 5 of the FTC Act. Reduced competition "
 "would likely occur through the elimination of direct competition between supermarkets owned or controlled by "
 "Delhaize and those owned by Hannaford, as well as by increasing the likelihood that Delhaize would exercise "
 "unilateral market power and raise prices for consumers. Finally, the complaint states that the transaction would "
 "increase the possibility of coordinated interaction between the remaining supermarket firms in the Southeast.",
 "With 1,200 supermarkets in the Southeast and Mid-Atlantic United States, Delhaize America operates mostly under the "
 "names \"Food Lion\" and \"Kash N' Karry.\""]
R.append((["ftc-2000-07-delhaize-hannaford.txt"], None, P2, federal(
 "us-ftc-delhaize-america-hannaford-consent-agreement-37-supermarkets-2000",
 U2, None, None, "\n\n".join(P2),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of July 2000 on the consent agreement in the merger of Etablissements "
 "Delhaize Freres et Cie \"Le Lion\" S.A. and Delhaize America, Inc. with Hannaford Bros. Co. (its headline and day "
 "are not in the stored text), US federal government work (public domain); text from the search tool's page store "
 "at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2000/07/hannaford.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives July "
 "2000, the parties' own May 31, 2000 release (copies at ranks 2-3 of query 11: company text, not used) expected a "
 "closing before August 1, 2000, but no page in the store gives the release's day (three queries asked for it, 4, 7 "
 "and 11). So 'today' is not resolved and the text has no absolute time expression (no dates). Cut inside the fourth "
 "paragraph at a sentence end, after '... \"Kash N' Karry.\"', before the sentence the store's excerpt breaks off "
 "('Delhaize America, a North Carolina corporation, had tota') (`truncated`). Kept as written: 'Establissements' (the "
 "release's spelling; the orders write 'Etablissements'), 'Freres' without its accent, the straight quotation marks "
 "and apostrophes, 'the Norfolk-Virginia Beach Newport News MSA', 'Pender County (Duplin)'. 284 words "
 "(whitespace-split), four paragraphs (the last cut short). Found at rank 1 under 'Delhaize Hannaford FTC consent "
 "order divest supermarkets' (query 3; 65r's lead named the matter); rank 2 was supermarketnews on Ahold / Delhaize "
 "(2016), ranks 3, 5, 7 and 8 the 2016 Ahold / Delhaize matter (in the corpus: another matter), ranks 4 and 6 ftc.gov's "
 "order and order to maintain assets (Docket No. C-3962). One text per matter: this release, the complaint, the "
 "agreement (File No. 991 0308), the orders and the analysis are one matter. " + CHECK + "'Hannaford', 'Food Lion': "
 "only earlier rounds' leads in GATHERING.md; 'Kash N', 'Establissements', '991 0308', '9910308', 'C-3962', "
 "'hannaford.htm', 'Whiteville', 'Pender County': 0 in the corpus files and scripts; 'Delhaize' in corpus files on "
 "other matters (the 2016 Ahold / Delhaize dev file, the FSNA train file's notes, an SEC test file on U.S. Foodservice "
 "-- counted, not opened).",
 True)))

# ---- Winn-Dixie Stores, Inc. / Jitney-Jungle Stores of America, Inc., FTC press release, January 2001 ------------------
U3 = "http://www.ftc.gov/opa/2001/01/jitneyjungle.htm"
P3 = [
 "Through a consent agreement reached with the Federal Trade Commission and announced today, Winn-Dixie Stores, Inc. "
 "(\"Winn-Dixie\") would be allowed to acquire 68 supermarkets and other assets from the bankrupt Jitney-Jungle Stores "
 "of America, Inc. (\"Jitney-Jungle\"), in a manner that will not illegally reduce competition in the relevant "
 "geographic markets, following an auction held under the auspices of the bankruptcy court. Jitney-Jungle filed for "
 "Chapter 11 bankruptcy protection on October 12, 1999, closing more than 45 of its 200 \"Jitney-Jungle\" and "
 "\"Delchamps\" supermarkets in Mississippi, Louisiana, Florida, Arkansas and Tennessee. It originally proposed "
 "selling 72 of the remaining supermarkets to Winn-Dixie for $85 million. The sales plan approved confirmed by the "
 "U.S. Bankruptcy Court for the Eastern District of Louisiana on December 15, 2000 is reflected in the FTC's proposed "
 "consent order.",
 "\"This order will remedy the Commission's competitive concerns about the proposed acquisition by ensuring that "
 "Winn-Dixie meets very specific purchasing and compliance requirements before buying supermarkets or sites in the "
 "relevant geographic markets,\" said FTC Bureau of Competition Director Richard G. Parker. He said this is the first "
 "time the FTC has reached an agreement with a supermarket chain concerning the sale of its assets after it had "
 "already filed for Chapter 11 protection.",
 "A Florida corporation with its headquarters in Jacksonville, Winn-Dixie operates more than 1,000 supermarkets in 14 "
 "southeastern states and the Bahamas. It reported sales of more than $14.1 billion in fiscal 1999."]
R.append((["ftc-2001-01-winn-dixie-jitney-jungle.txt"], None, P3, federal(
 "us-ftc-winn-dixie-jitney-jungle-bankrupt-supermarkets-consent-agreement-2001",
 U3, None, None, "\n\n".join(P3),
 "retail/competition regulation", "deal,regulatory,merger control,bankruptcy,supermarkets",
 "U.S. Federal Trade Commission, press release of January 2001 on the proposed consent agreement allowing Winn-Dixie "
 "Stores, Inc. to acquire supermarkets and other assets from Jitney-Jungle Stores of America, Inc. (its headline and "
 "day are not in the stored text), US federal government work (public domain); text from the search tool's page "
 "store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it "
 "('opa/2001/01/jitneyjungle.htm'): first-party text. Left out: the page line 'Skip to main content' and the blank "
 "line under it. The stored text holds no headline and no date line: `title` None (the attribution says so); "
 "`published` None -- the address gives January 2001, just-food's report (ranks 1 and 6 of query 6, third party) says "
 "the FTC 'announced Tuesday', and the Federal Register of Tuesday, January 16, 2001 printed the analysis (docslib "
 "copy, rank 1 of query 9), but no page in the store gives the release's day (three queries asked for it, 9, 10 and "
 "the just-food answers of 6). So 'today' is not resolved; the absolute 'October 12, 1999' and 'December 15, 2000' are "
 "dates. Cut after the third paragraph ('... in fiscal 1999.'), before the paragraph the store's excerpt breaks off "
 "('According to the Commission's complaint, Winn-Dixie's proposed acquisition of various supermarket assets of "
 "Jitney-Jungle would violate ... currently owned or operated by Jitney-Jungle') (`truncated`). Kept as written: 'The "
 "sales plan approved confirmed by' (the release's own slip), the straight quotation marks and apostrophes. 238 words "
 "(whitespace-split), three paragraphs. Found at rank 2 under 'Winn-Dixie Jitney-Jungle FTC supermarkets acquisition "
 "abandoned' (query 6; 65r's lead named the matter); ranks 1 and 6 were just-food's reports (third party), rank 3 "
 "ftc.gov's decision and order, ranks 4-5 the Kroger / Winn-Dixie case page (2000, another matter), rank 7 "
 "supermarketnews (December 25, 2000), rank 8 ftc.gov's 1997 Jitney-Jungle / Delchamps release (another matter, left "
 "as a lead). One text per matter: this release, the complaint, the agreement (File No. 011-0022) and the orders are "
 "one matter. " + CHECK + "'Winn-Dixie', 'Jitney': only earlier rounds' leads in GATHERING.md; 'Delchamps', "
 "'jitneyjungle', '011-0022', 'Bruckmann': 0 in the corpus files, the scripts, GATHERING.md and the pools; "
 "'Eastern District of Louisiana' in a DOJ test file on another matter (counted, not opened) and 57e's scripts; "
 "'Richard G. Parker' in 63g's and 65a's and 65r's texts (other matters).",
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
