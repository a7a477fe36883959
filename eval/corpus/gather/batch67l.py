#!/usr/bin/env python3
"""Batch 67l (session 61, gatherer 67l): three FTC merger texts of 1995, 1996 and 1997 naming the acquirers, the
targets, a controlling partnership and the private-equity firm it is affiliated with, the chains' trade names, the
hospitals each merging chain runs in the county at issue, a state Attorney General's office and the Director of the
FTC's Bureau of Competition, new matters in the federal FTC lane (after 67g, 67a, 66o, 66g, 66a, 65r, 65a, 65g and the
rounds they name), found by asking the FTC's merger consents by acquirer, target and 'consent order divest' (the way of
66a, 66g, 67a and 67g; the leads of 66a's, 66g's, 66o's, 67a's and 67g's sections were asked first, see
/work/notes/gather68/67l.md):
  - ftc.gov 'news-events/news/press-releases/1995/11/ftc-announces-settlement-stop-shop-companies-inc' (FTC press
    release of November 1, 1995; its headline is not in the stored text) -- the FTC's settlement with The Stop & Shop
    Companies, Inc. over its merger with Purity Supreme, Inc. (17 stores in five Massachusetts areas), with the
    Massachusetts Attorney General's office, William Baer, Director of the FTC's Bureau of Competition, SSC
    Associates, L.P., which controls Stop & Shop, Kohlberg, Kravis, Roberts & Co. and Purity's 'Heartland' trade name;
  - ftc.gov 'opa/1996/07/ahold.htm' (FTC press release of July 1996; its day and headline are not in the stored text)
    -- the FTC's agreement with Ahold USA, Inc. and its parent company to divest 30 supermarkets in Connecticut, Rhode
    Island and Massachusetts over Ahold's acquisition of The Stop & Shop Companies, Inc. (written 'The Stop & Stop
    Companies, Inc.' by the release), with Ahold's 'Edwards' chain and William J. Baer;
  - ftc.gov 'opa/1997/01/tenet.htm' (FTC press release of January 1997; its day and headline are not in the stored
    text) -- the FTC's settlement over Tenet Healthcare Corp.'s proposed acquisition of OrNda Healthcorp (an OrNda
    hospital in San Luis Obispo County, California, to be divested), with William J. Baer and the two chains' hospitals
    in the county (Sierra Vista Regional Medical Center, Twin Cities Community Hospital, French Hospital Medical Center).
US federal government works (17 U.S.C. 105). See /work/notes/gather68/67l.md. Queries and ranks in
/tmp/gather68l/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather68/CLAIMS.txt and the pools /tmp/gather68*/pool. The texts are the
search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in UTF-8 -- 2,000, 1,980
and 1,990 characters; Stop & Shop's with straight quotation marks and apostrophes and single line breaks between
paragraphs, Ahold's with curly quotation marks and apostrophes, Tenet's with curly apostrophes and straight quotation
marks), as saved in /tmp/gather68l/src by /tmp/gather68l/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Ahold, Tenet) and Tenet's empty 'Tags:'
line and the blank line under it; `title` None for all three (no headline in the stored text); `published` 1995-11-01
for Stop & Shop (the FTC's own announced actions of June 28, 1996 cite the 'Nov. 1, 1995 news release'), None for Ahold
and Tenet (no day found in the store: see each record's notes). Stop & Shop -- cut after the third paragraph ('... under
the Purity or Heartland trade names.'), before the paragraph the excerpt breaks off ('According to the FTC complaint
... don't have a signi') (`truncated`). Ahold -- cut inside the fourth paragraph at a sentence end, after '... said
William J. Baer, Director of the FTC\u2019s Bureau of Competition.', before the quotation's second part, which the
excerpt breaks off ('\u201cNot only have we secured ... would allow the t') (`truncated`). Tenet -- cut inside the
third paragraph at a sentence end, after '... French Hospital Medical Center in the city of San Luis Obispo.', before
the sentence the excerpt breaks off ('OrNda also operates Valley Community Hospital in Santa Maria in northern Santa
Barbara Cou') (`truncated`). No word added or changed (Ahold's 'The Stop & Stop Companies, Inc.' kept as written); the
store's paragraphs kept, joined by a blank line (Stop & Shop's single line breaks between paragraphs read as paragraph
ends). Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch67l.py [POOL_DIR] [--dry]   (default /tmp/gather68l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather68/CLAIMS.txt and the pools /tmp/gather68*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather68/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68l/pool"
SRC = "/tmp/gather68l/src"
R = []

# ---- The Stop & Shop Companies, Inc. / Purity Supreme, Inc., FTC release, ftc.gov press-releases/1995/11 -------------
U1 = "https://ftc.gov/news-events/news/press-releases/1995/11/ftc-announces-settlement-stop-shop-companies-inc"
P1 = [
 "The Federal Trade Commission today announced a settlement with The Stop & Shop Companies, Inc. that will keep "
 "supermarket prices low for consumers in the Boston metropolitan area, Cape Cod, the South Shore area, Bedford and "
 "Brockton. The FTC had alleged that the merger of Stop & Shop and Purity Supreme, Inc., which operate competing "
 "supermarkets in these five areas, would substantially reduce supermarket competition, possibly leading to higher "
 "prices and reduced quality and selection. Under the settlement, the combined firm would divest a total of 17 stores "
 "in the five areas to entities that will run them in competition with the combined firm's remaining stores. The FTC "
 "and the Massachusetts Attorney General's office worked in tandem in the investigation of this merger, and that "
 "office is announcing a settlement with identical divestiture requirements today.",
 "\"The FTC and Massachusetts Attorney General cooperated closely in achieving settlements that will benefit "
 "Massachusetts residents and the millions of tourists who visit there each year,\" said William Baer, Director of "
 "the FTC's Bureau of Competition. \"This is a good example of how well antitrust enforcers at the state and federal "
 "levels can work together to protect consumers from anticompetitive mergers and, at the same time, avoid "
 "unnecessarily burdening business with repetitive investigations.\"",
 "Stop & Shop, based in Quincy, Massachusetts, operates nearly 130 supermarkets in four northeastern states. It is "
 "controlled by New York City-based SSC Associates, L.P., an affiliate of Kohlberg, Kravis, Roberts & Co. Purity is "
 "based in North Billerica, Massachusetts, and currently operates more than 50 supermarkets in three northeastern "
 "states under the Purity or Heartland trade names."]
R.append((["ftc-1995-11-stop-shop-purity-supreme.txt"], None, P1, federal(
 "us-ftc-stop-shop-purity-supreme-settlement-17-supermarkets-massachusetts-1995",
 U1, "1995-11-01", None, "\n\n".join(P1),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of November 1, 1995 announcing a settlement with The Stop & Shop "
 "Companies, Inc. over its merger with Purity Supreme, Inc. (its headline is not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/1995/11/...'): first-party text. The stored text begins with the release's first sentence (no page "
 "line, no headline, no date line): `title` None (the attribution says so; the address's words are not a headline). "
 "`published` 1995-11-01: the FTC's own 'Announced Actions for June 28, 1996' on ftc.gov (rank 7 of query 10), ruling "
 "on Stop & Shop's petitions to divest its Watertown store and seven Cape Cod stores to Star Markets Company, Inc., "
 "say 'See Nov. 1, 1995 news release regarding the proposed consent order, Docket No. C-3649' and 'See Nov. 1, 1995 "
 "news release for more detail regarding the consent order'; the address gives 1995/11, and the Federal Register "
 "printed the analysis on November 8, 1995 (FR Doc 95-27685, File No. 951 0086, ranks 2-3 of query 10). So 'today' is "
 "1995-11-01. Cut after the third paragraph ('... under the Purity or Heartland trade names.'), before the paragraph "
 "the store's excerpt breaks off ('According to the FTC complaint detailing the alleged antitrust law violations "
 "associated with this merger, supermarkets are in a distinct market -- \"mom & pop\" stores, specialty food stores "
 "or other types of food stores don't have a signi') (`truncated`). The excerpt's single line breaks between "
 "paragraphs read as paragraph ends (joined by a blank line here). Kept as written: the straight quotation marks and "
 "apostrophes, 'William Baer' without his middle initial, 'New York City-based SSC Associates, L.P.', 'Kohlberg, "
 "Kravis, Roberts & Co.' with its commas. 266 words (whitespace-split), three paragraphs. Found at rank 4 under 'Stop "
 "& Shop Purity Supreme FTC consent order divest supermarkets Boston' (query 10; 66g's and 67a's lead named the "
 "matter, File No. 951 0086); rank 1 was naag.org's case page, ranks 2-3 the Federal Register analysis (elaws), rank "
 "5 a French Wikipedia copy, rank 6 supermarketnews (third party), rank 7 the June 28, 1996 announced actions (the "
 "day), rank 8 the 1996 Ahold / Stop & Shop release (another matter, taken in this round too). One text per matter: "
 "this release, the complaint, the agreement, the analysis (File No. 951 0086), the order (Docket No. C-3649) and the "
 "1996 divestiture petitions (Star Markets Company) are one matter. " + CHECK + "'Purity Supreme': only in 66g's "
 "Shaw's / Star Markets dev file's and script's notes (its query's ranks 7-8, another matter) and GATHERING.md's leads; "
 "'951 0086', 'C-3649', 'SSC Associates', 'North Billerica', 'Brockton', 'Cape Cod': 0 in the corpus files and "
 "scripts, or only in earlier rounds' leads in GATHERING.md; 'Stop & Shop' in two dev FTC texts on other matters "
 "(67a's Ahold / Giant Food, 66g's Shaw's / Star Markets) and their scripts; 'Kohlberg' and 'Heartland' in corpus "
 "files on other things (KKR's other deals; Heartland Advisors and others); 'William Baer' (without the initial): 0 in "
 "the corpus files, only GATHERING.md; 'William J. Baer' in other FTC matters' files.",
 True)))

# ---- Ahold USA, Inc. / The Stop & Shop Companies, Inc., FTC release, ftc.gov opa/1996/07/ahold.htm -------------------
U2 = "http://www.ftc.gov/opa/1996/07/ahold.htm"
P2 = [
 "The Federal Trade Commission, in an effort to keep supermarket prices competitive in numerous areas of Connecticut, "
 "Rhode Island and Massachusetts, has negotiated an agreement with Ahold USA, Inc. and its parent company that would "
 "require Ahold to divest a total of 30 supermarkets (or supermarket properties) in 14 communities. The four proposed "
 "buyers for the stores would continue to operate them as supermarkets in competition with Ahold\u2019s \u201cEdwards\u201d "
 "chain. The agreement would settle FTC charges that Ahold\u2019s acquisition of The Stop & Stop Companies, Inc. would "
 "violate antitrust laws by substantially lessening supermarket competition in those areas, possibly resulting in "
 "higher prices or reduced quality and selection for consumers.",
 "To ensure speedy divestiture, the proposed settlement names the buyers and would require that the sales be "
 "completed within 30 days after the Commission gives the settlement final approval. If the divestitures were not "
 "completed on time, the order would permit the FTC to appoint a trustee who, with the FTC\u2019s approval, could "
 "divest these 30 supermarkets or, if necessary to ensure timely divestiture, any other combinations of stores in the "
 "14 areas.",
 "The FTC worked closely in its investigation of the acquisition with the Attorneys General of the three states, each "
 "of which also is announcing its own settlement agreement today.",
 "\u201cThis settlement contains important new safeguards that protect consumers from the higher grocery bills that "
 "could result from an anticompetitive supermarket merger,\u201d said William J. Baer, Director of the FTC\u2019s "
 "Bureau of Competition."]
R.append((["ftc-1996-07-ahold-stop-shop.txt"], None, P2, federal(
 "us-ftc-ahold-usa-stop-shop-proposed-settlement-30-supermarkets-new-england-1996",
 U2, None, None, "\n\n".join(P2),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of July 1996 on the proposed agreement with Ahold USA, Inc. and its "
 "parent company over Ahold's acquisition of The Stop & Shop Companies, Inc. (its headline and day are not in the "
 "stored text), US federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1996/07/ahold.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives July "
 "1996 and the Federal Register printed the analysis on Thursday, July 25, 1996 (FR Doc 96-18857, File No. 961-0052, "
 "ranks 3 and 5 of query 1); supermarketnews' report of July 22, 1996 (third party, ranks 1 and 5 of query 14) says "
 "Ahold agreed 'last week', but no page in the store gives the release's day (query 14 asked for it). So 'today' is "
 "not resolved and the text has no absolute time expression (no dates). Cut inside the fourth paragraph at a sentence "
 "end, after '... said William J. Baer, Director of the FTC\u2019s Bureau of Competition.', before the second part of "
 "his quotation, which the store's excerpt breaks off ('\u201cNot only have we secured the divestiture of a "
 "significant number of stores, ... because failure to do so would allow the t') (`truncated`). Kept as written: 'The "
 "Stop & Stop Companies, Inc.' (the release's slip for 'The Stop & Shop Companies, Inc.', as the agreement and the "
 "Federal Register write it), the curly quotation marks and apostrophes, '(or supermarket properties)'. 245 words "
 "(whitespace-split), four paragraphs (the last cut short). Found at rank 1 under 'Ahold Stop & Shop FTC consent order "
 "divest supermarkets Connecticut Rhode Island Massachusetts' (query 1; 67a's lead named the matter, File No. "
 "961-0052); rank 2 was ftc.gov's node/39389 copy of the same release (without the page line), ranks 3 and 5 the "
 "Federal Register analysis, rank 4 a vdocuments copy of the agreement (Koninklijke Ahold nv named there, not in "
 "this text), rank 6 naag.org's Stop & Shop / Purity Supreme page (another matter), ranks 7-8 the 2016 Ahold / "
 "Delhaize matter (in the corpus). One text per matter: this release, its node copy, the agreement, the complaint, "
 "the analysis (File No. 961-0052) and the order are one matter. " + CHECK + "'961-0052', 'Stop & Stop', "
 "'opa/1996/07/ahold': 0 in the corpus files and scripts, or only in earlier rounds' leads in GATHERING.md; 'Ahold "
 "USA' and 'Stop & Shop' in 67a's Ahold / Giant Food dev file and script (the 1998 matter, another one); 'Edwards' "
 "in corpus files on other things (people so named); 'William J. Baer' in other FTC matters' files.",
 True)))

# ---- Tenet Healthcare Corp. / OrNda Healthcorp, FTC release, ftc.gov opa/1997/01/tenet.htm ---------------------------
U3 = "http://www.ftc.gov/opa/1997/01/tenet.htm"
P3 = [
 "The Federal Trade Commission today announced a settlement of charges that the proposed acquisition by Tenet "
 "Healthcare Corp. of OrNda Healthcorp would threaten competition for hospital care in San Luis Obispo County, "
 "California. The FTC charged that the proposed acquisition would deny the benefits of free and open "
 "competition--lower prices and better quality of service--to patients, physicians, third-party payers, and other "
 "consumers of inpatient acute care hospital services in that county. The proposed settlement would resolve the "
 "agency\u2019s concerns by requiring Tenet to divest an OrNda hospital and related assets in San Luis Obispo County "
 "within a short time frame. Tenet and OrNda are respectively the second and third-largest for-profit general acute "
 "care hospital chains in the nation. According to the FTC, however, the proposed acquisition creates antitrust "
 "concerns only in the San Luis Obispo, California, area.",
 "\"As a result of the Commission\u2019s actions in this case, consumers in San Luis Obispo County will be able to "
 "benefit from lower prices and better quality health care,\" said William J. Baer, Director of the FTC\u2019s Bureau "
 "of Competition. \"This settlement requires that Tenet divest OrNda\u2019s hospital in only six months. That is the "
 "shortest divestiture period ever for a hospital merger order, and is in keeping with the Commission\u2019s emphasis "
 "on swift, strong antitrust relief for anticompetitive mergers.\"",
 "Tenet operates more than 75 acute care hospitals nationwide. In San Luis Obispo County, Tenet operates two acute "
 "care hospitals, Sierra Vista Regional Medical Center in the city of San Luis Obispo, and the smaller Twin Cities "
 "Community Hospital in Templeton, a town about 22 miles north of San Luis Obispo. OrNda operates more than 50 acute "
 "care hospitals nationwide including French Hospital Medical Center in the city of San Luis Obispo."]
R.append((["ftc-1997-01-tenet-ornda.txt"], None, P3, federal(
 "us-ftc-tenet-healthcare-ornda-settlement-san-luis-obispo-hospital-1997",
 U3, None, None, "\n\n".join(P3),
 "health care/competition regulation", "deal,regulatory,merger control,divestiture,hospitals",
 "U.S. Federal Trade Commission, press release of January 1997 announcing a settlement over Tenet Healthcare Corp.'s "
 "proposed acquisition of OrNda Healthcorp (its headline and day are not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1997/01/tenet.htm'): "
 "first-party text. Left out: the page line 'Skip to main content', the empty 'Tags:' line and the blank lines under "
 "them. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` None "
 "-- the address gives January 1997 and the Federal Register printed the analysis on Wednesday, February 5, 1997 (FR "
 "Doc 97-2810, File No. 971-0024, rank 3 of query 6), but no page in the store gives the release's day (queries 9, 13 "
 "and 15 asked for it; no announced-actions page on the matter came back). So 'today' is not resolved and the text "
 "has no absolute time expression (no dates). Cut inside the third paragraph at a sentence end, after '... French "
 "Hospital Medical Center in the city of San Luis Obispo.', before the sentence the store's excerpt breaks off "
 "('OrNda also operates Valley Community Hospital in Santa Maria in northern Santa Barbara Cou') (`truncated`). Kept "
 "as written: the curly apostrophes beside straight quotation marks, 'competition--lower prices and better quality of "
 "service--to' with its double hyphens, 'Tenet Healthcare Corp.', 'the San Luis Obispo, California, area'. 289 words "
 "(whitespace-split), three paragraphs (the last cut short). Found at rank 1 under 'Tenet Healthcare OrNda FTC "
 "consent order divest hospital San Luis Obispo' (query 6; 67g's lead named the matter); rank 2 was docslib's copy "
 "of the agreement (File No. 971-0024), rank 3 the Federal Register analysis, ranks 4-8 later Tenet matters (the "
 "2023 John Muir case, the 2020 Memphis deal, Wikipedia). One text per matter: this release, the agreement, the "
 "complaint, the analysis (File No. 971-0024) and the order are one matter. " + CHECK + "'OrNda', 'Twin Cities "
 "Community', 'San Luis Obispo', '971-0024', 'tenet.htm': 0 in the corpus files, the scripts and the pools; "
 "'Templeton' in three corpus files on other things (counted); 'Tenet' in "
 "corpus files on other matters (an SEC Tenet officer case, dev; two test files by count, not opened); 'Sierra "
 "Vista' in 64g's Kroger / Fred Meyer dev file (the Arizona town); 'French Hospital' in one train Wikipedia file and "
 "58e's scripts (another thing); 'William J. Baer' in files on other FTC matters.",
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
