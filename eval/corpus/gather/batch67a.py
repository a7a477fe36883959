#!/usr/bin/env python3
"""Batch 67a (session 61, gatherer 67a): three FTC merger texts of 1995, 1996 and 1998 (pharmaceuticals, drug stores,
supermarkets) naming the merging firms, their subsidiaries, a division and its trade name, a development partner, the
drug-store chain whose stores were bought and the Bureau of Competition's Director and Deputy Director, new matters in
the federal FTC lane (after 66o, 66a, 66g, 65r, 65a, 65g, 64m, 64a, 64g, 63g, 63a and the rounds they name), found by
asking the leads of 66o's and 66g's sections (Hoechst / Marion Merrell Dow, J.C. Penney / Thrift Drug / Eckerd, Ahold /
Giant Food) by acquirer, target and 'consent order divest' (the way of 65a, 66a and 66o; see /work/notes/gather68/67a.md):
  - ftc.gov 'news-events/press-releases/1995/12/ftc-gives-final-approval-consent-agreement-hoechst-ag' (FTC press
    release of December 1995; its day and headline are not in the stored text) -- the FTC's final approval of the
    consent agreement with Hoechst AG over its merger with Marion Merrell Dow, Inc. (MMD): Hoechst's U.S. subsidiaries
    Hoechst Corporation and Hoechst-Roussel Pharmaceuticals, Inc., the combined firm Hoechst Marion Roussel, Inc., and
    Biovail Corporation International, Hoechst's former partner on Tiazac;
  - ftc.gov 'news-events/press-releases/1996/12/jc-penney-divest-161-drug-stores-caorlinas-settle-ftc-antitrust' (FTC
    press release of December 9, 1996, the day the FTC's own 'Announced Actions' of May 20, 1997 give it) -- J.C. Penney
    Company, Inc., the parent company of Thrift Drug, Inc., agrees to divest 161 drug stores in North and South
    Carolina over its acquisitions of Eckerd Corporation and 190 Rite Aid stores; George S. Cary, Deputy Director of the
    FTC's Bureau of Competition;
  - ftc.gov 'opa/1998/10/ahold.htm' (FTC press release of October 1998; its day and headline are not in the stored
    text) -- the FTC's proposed settlement with Koninklijke Ahold nv and Giant Food Inc. over Ahold's acquisition of
    Giant: 10 supermarkets to five upfront buyers; Ahold USA, Inc.'s Giant-Carlisle division and its 'Martin's' trade
    name; William J. Baer, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). See /work/notes/gather68/67a.md. Queries and ranks in
/tmp/gather68a/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather68/CLAIMS.txt and the pools /tmp/gather68*/pool. The texts are the
search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in UTF-8 -- 1,996, 1,990
and 2,000 characters; Hoechst's with straight apostrophes and a bullet list, J.C. Penney's with curly apostrophes and
a closing curly quotation mark beside straight ones, Ahold's with straight quotation marks and apostrophes), as saved
in /tmp/gather68a/src by /tmp/gather68a/mk_src.py. Left out: the page line 'Skip to main content' and the blank line
under it (Hoechst, J.C. Penney), and Hoechst's list marks ('  \u2022 '), its one kept list item its own paragraph, no
full stop added; `title` None for all three (no headline in the stored text); `published` None for Hoechst and Ahold
(no day found in the store: see each record's notes), 1996-12-09 for J.C. Penney. Hoechst -- cut after the first list
item ('... the rights to Tiazac);'), before the second, which the excerpt breaks off ('return any confidential
information ... and agree not to') (`truncated`). J.C. Penney -- cut inside the third paragraph at a sentence end,
after '... the 190 Rite Aid drug stores in these two states.', before the sentence the excerpt breaks off ('Each of
these firms ... Fay\u2019s, Inc. dru') (`truncated`). Ahold -- cut inside the fourth paragraph at a sentence end, after
"... one of the nation's premier regional supermarket chains.", before the words the excerpt breaks off ('Giant
operates') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line (Ahold's
single line breaks between paragraphs read as paragraph ends). Each kept paragraph checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch67a.py [POOL_DIR] [--dry]   (default /tmp/gather68a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather68/CLAIMS.txt and the pools /tmp/gather68*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather68/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68a/pool"
SRC = "/tmp/gather68a/src"
R = []

# ---- Hoechst AG / Marion Merrell Dow, Inc., FTC final approval release, ftc.gov press-releases/1995/12 ----------------
U1 = "http://www.ftc.gov/news-events/press-releases/1995/12/ftc-gives-final-approval-consent-agreement-hoechst-ag"
P1 = [
 "The Federal Trade Commission has given final approval to a consent agreement with Hoechst AG, settling charges "
 "that its $7.1 billion merger with Marion Merrell Dow, Inc. (MMD), which created the world's third largest "
 "pharmaceutical company, would violate federal antitrust laws by substantially reducing competition for four drugs "
 "-- Diltiazem, a hypertension and cardiac drug; drugs used to treat intermittent claudication, severe leg cramps "
 "caused by arteriosclerosis; oral-dosage forms of mesalamine, used to treat inflammatory bowel disease; and rifadin, "
 "used to treat tuberculosis. The Commission's action makes the consent order provisions binding on Hoechst.",
 "Hoechst is a German firm operating in the United States through its wholly-owned subsidiaries, Hoechst "
 "Corporation and Hoechst-Roussel Pharmaceuticals, Inc., both of which are based in Somerville, New Jersey. Prior to "
 "the merger, MMD was based in Kansas City, Missouri. The North American headquarters of the combined firm, Hoechst "
 "Marion Roussel, Inc., is in Kansas City.",
 "Under the final consent order, the FTC permitted the merger to proceed so long as Hoechst accomplishes certain "
 "divestitures and takes other prescribed steps in order to restore competition for the four drugs. Specifically, "
 "the order requires Hoechst to:",
 "provide Biovail Corporation International with a letter of access to the toxicology data necessary to secure "
 "additional Food and Drug Administration approvals for Tiazac, a drug designed to compete in the once-a-day dosage "
 "diltiazem market that Hoechst had been developing jointly with Biovail prior to the merger (Hoechst already has "
 "returned to Biovail the rights to Tiazac);"]
R.append((["ftc-1995-12-hoechst-marion-merrell-dow.txt"], None, P1, federal(
 "us-ftc-hoechst-marion-merrell-dow-final-consent-order-biovail-tiazac-1995",
 U1, None, None, "\n\n".join(P1),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,pharmaceuticals",
 "U.S. Federal Trade Commission, press release of December 1995 on its final approval of the consent agreement with "
 "Hoechst AG over its merger with Marion Merrell Dow, Inc. (its headline and day are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it; the list mark ('  \u2022 ') before the one kept "
 "item of the order's requirements, the item kept as its own paragraph as written (no full stop added). The stored "
 "text holds no headline and no date line: `title` None (the attribution says so); `published` None -- the address "
 "gives 1995/12, and the FTC's own 'Announced Actions' of December 6, 1996 (rank 6 of query 9) speak of 'a December "
 "1995 consent order' (with 'See Sept. 18, 1995 news release regarding the consent order; Docket No. C-3629', the "
 "release of the proposed agreement, ftc.gov press-releases/1995/09/hoechst-ag, rank 5 of query 7), so the release "
 "is of December 1995, but no page in the store gives its day (two queries asked). So no relative expression is "
 "resolved, and the kept text holds no absolute time expression (no dates). Cut after the first list item ('... the "
 "rights to Tiazac);'), before the second item, which the store's excerpt breaks off ('return any confidential "
 "information obtained from Biovail ... withdraw a citizen petition MMD filed with the FDA relating to Tiazac, and "
 "agree not to') (`truncated`). Kept as written: 'Diltiazem' with a capital and 'diltiazem' without, 'rifadin' in "
 "lower case, 'wholly-owned', 'Hoechst-Roussel', the double hyphen, the straight apostrophes. 246 words "
 "(whitespace-split), four paragraphs (the last a list item). Found at rank 3 under 'Hoechst Marion Merrell Dow FTC "
 "consent order divest' (query 1, 66o's lead; rank 1 of query 7); rank 1 of query 1 was ftc.gov's June 1995 "
 "hold-separate release (Hoechst AG, Marion Merrell Dow and The Dow Chemical Company; the same matter), rank 5 of "
 "query 7 the September 1995 release on the proposed agreement (the same matter; its excerpt names no subsidiary and "
 "breaks off before its quotation's speaker: the final approval taken for its subsidiaries, combined firm and "
 "Biovail statements). One text per matter: the June 1995 hold-separate release, the September 1995 release, the "
 "complaint, the agreement, the final order (Docket No. C-3629), this release and the 1996-1997 divestiture "
 "applications (Copley Pharmaceutical's mesalamine assets to Teva) are one matter. " + CHECK + "'Hoechst-Roussel', "
 "'Hoechst Marion Roussel', 'Tiazac', 'C-3629' (only in GATHERING.md, 66o's lead), 'Somerville': 0 in the corpus "
 "files, the scripts and the pools; 'Marion Merrell Dow' in one train Wikipedia text (Sunovion: its 1993 partnership, "
 "another matter) and 40zb's scripts; 'Hoechst AG' in corpus files on other matters (Rhone-Poulenc, a sorbates and a "
 "monochloroacetic acid cartel case); 'Biovail' in one test file by count (Biovail's 2008 SEC fraud case, another "
 "matter: counted, not opened) and 44r's, 51zb's and 52m's scripts.",
 True)))

# ---- J.C. Penney Company, Inc. / Thrift Drug, Inc. / Eckerd Corporation, FTC release, ftc.gov 1996/12 ---------------
U2 = ("http://www.ftc.gov/news-events/press-releases/1996/12/"
      "jc-penney-divest-161-drug-stores-caorlinas-settle-ftc-antitrust")
P2 = [
 "The Federal Trade Commission said today that J.C. Penney Company, Inc., the parent company of Thrift Drug, Inc., "
 "has agreed to divest a total of 161 drug stores in North and South Carolina by March 1997 to maintain a level of "
 "competition that otherwise would have been injured as a result of Penney\u2019s acquisitions of Eckerd Corporation "
 "and 190 Rite Aid stores in these two states. Penney has agreed to complete the divestitures under a settlement "
 "with the FTC to resolve charges that the acquisitions would violate federal antitrust laws by allowing the firm "
 "to raise prices for pharmacy services to health insurance companies and other third-party payors. The settlement "
 "also contains a provision that would bar Penney from even acquiring the 127 Rite Aid stores in North Carolina and "
 "Charleston, South Carolina, until it has an agreement in place, approved by the Commission, to divest these "
 "stores.",
 "George S. Cary, Deputy Director of the FTC\u2019s Bureau of Competition, said evidence gathered in this "
 "investigation confirmed information found in earlier investigations in this industry. \"When a single firm "
 "controls a large percentage of the chain pharmacy locations in a state or its major metropolitan areas,\" Cary "
 "said, \"it is able to extract higher prescription drug prices, either alone or in conjunction with other major "
 "chains, from third-party payors. This drives up those payors\u2019 cost and in turn raises insurance premiums for "
 "consumers.\u201d",
 "J.C. Penney is based in Plano, Texas, and through its wholly-owned Pittsburgh-based subsidiary Thrift Drug, owns "
 "1,089 drug stores in 17 states. In the deals at issue, Penney plans to acquire Eckerd, a Largo, Florida-based firm "
 "with 1,724 drug stores in 13 states including North and South Carolina, as well as the 190 Rite Aid drug stores in "
 "these two states."]
R.append((["ftc-1996-12-jc-penney-thrift-drug-eckerd.txt"], None, P2, federal(
 "us-ftc-jc-penney-thrift-drug-eckerd-rite-aid-161-drug-stores-carolinas-settlement-1996",
 U2, "1996-12-09", None, "\n\n".join(P2),
 "retail pharmacy/competition regulation", "deal,regulatory,merger control,divestiture,drug stores",
 "U.S. Federal Trade Commission, press release of December 9, 1996 on J.C. Penney Company, Inc.'s agreement to "
 "divest 161 drug stores in North and South Carolina after its acquisitions of Eckerd Corporation and 190 Rite Aid "
 "stores (its headline is not in the stored text), US federal government work (public domain); text from the search "
 "tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None (the attribution says so; the address's words, with their misspelt 'caorlinas', are not a "
 "headline). `published` 1996-12-09: the FTC's own 'Announced Actions' of May 20, 1997 on ftc.gov (rank 8 of query "
 "2), approving the divestiture of these stores to New Kerr Drug, Inc., say 'See Dec. 9, 1996 news release for more "
 "details regarding this case; Docket Nos. C-3721, C-3722'; the address gives 1996/12 and the Federal Register "
 "printed the analysis on December 16, 1996 (FR Doc 96-31803, File Nos. 971-0016 and 971-0017, ranks 4-5 of query "
 "2), which describes this agreement in this release's words. So 'today' is 1996-12-09. Cut inside the third "
 "paragraph at a sentence end, after '... the 190 Rite Aid drug stores in these two states.', before the sentence "
 "the store's excerpt breaks off ('Each of these firms has been involved in industry consolidation in recent years: "
 "since 1995, Thrift has acquired both the Kerr Drug, Inc. and Fay\u2019s, Inc. dru') (`truncated`). Kept as "
 "written: the curly apostrophes ('Penney\u2019s', 'FTC\u2019s', 'payors\u2019'), the straight opening quotation "
 "marks with a curly closing one at the quotation's end, 'wholly-owned Pittsburgh-based subsidiary Thrift Drug,' "
 "with its comma, 'third-party payors'. 293 words (whitespace-split), three paragraphs (the last cut short). Found "
 "at rank 2 under 'J.C. Penney Thrift Drug Eckerd FTC consent order divest drug stores' (query 2, 66o's lead); rank 1 "
 "was docslib's copy of the decision and order, rank 3 docstoc's, ranks 4-5 the FR analysis, rank 7 ftc.gov's "
 "drug-store case listing, rank 8 the May 1997 announced actions. One text per matter: this release, the complaints, "
 "the agreements, the analysis (File Nos. 971-0016, 971-0017), the orders (Docket Nos. C-3721, C-3722) and the May "
 "1997 approval of the divestiture to New Kerr Drug are one matter. " + CHECK + "'Thrift Drug' and 'Eckerd': only "
 "earlier rounds' leads in GATHERING.md; 'Kerr Drug', 'George S. Cary', 'C-3721', '971-0016', 'Largo': 0 in the "
 "corpus files, the scripts and the pools; 'J.C. Penney' and 'Penney' in one dev Wikinews text (a 2008 credit-card "
 "data loss, another matter) and 23a's script; 'Rite Aid' in corpus files on other matters (SEC cases).",
 True)))

# ---- Koninklijke Ahold nv / Giant Food Inc., FTC proposed settlement release, ftc.gov opa/1998/10/ahold.htm ---------
U3 = "https://ftc.gov/opa/1998/10/ahold.htm"
P3 = [
 "The Federal Trade Commission today announced that it had accepted a proposed settlement with Koninklijke Ahold nv "
 "and Giant Food Inc., which will keep supermarket prices competitive in eight communities in Maryland and "
 "Pennsylvania. The agreement would settle FTC charges that Ahold's acquisition of Giant would violate antitrust "
 "laws and harm consumers by reducing competition, raising prices or reducing quality and selection at supermarkets "
 "in the affected markets. The agreement would require Ahold to divest 10 supermarkets in eight geographic markets "
 "where Ahold and Giant directly compete or would be competing but for the merger. Ahold has agreed to divest the 10 "
 "supermarkets to five different upfront buyers.",
 "\"If this merger had been approved as proposed, consumers in these communities could have been faced with higher "
 "prices for their groceries,\" said William J. Baer, Director of the FTC's Bureau of Competition. \"This settlement "
 "ensures that prices remain competitive and that consumers continue to enjoy good quality and choice. The "
 "Commission's goal when it mandates the selling of stores is to maintain competition and to ensure speedy "
 "divestiture by identifying the buyers and requiring that the stores be sold in a timely fashion.\"",
 "Ahold, a Dutch firm, is the seventh largest supermarket firm in the United States, with 822 stores in 14 states. "
 "Ahold had $14.29 billion in U.S. revenues in the fiscal year that ended December 1997. The acquisition of Giant "
 "would make Ahold the fifth largest supermarket firm in the United States. Ahold's supermarkets that compete "
 "directly against Giant's supermarkets in the affected areas are part of Ahold USA, Inc.'s Giant-Carlisle division, "
 "which operates stores under the \"Martin's\" trade name in Maryland and under the \"Giant\" trade name in "
 "Pennsylvania.",
 "Giant is headquartered in Landover, Maryland, and is the 15th largest supermarket chain in the United States and "
 "one of the nation's premier regional supermarket chains."]
R.append((["ftc-opa-1998-10-ahold-giant.txt"], None, P3, federal(
 "us-ftc-koninklijke-ahold-giant-food-proposed-settlement-10-supermarkets-1998",
 U3, None, None, "\n\n".join(P3),
 "supermarkets/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of October 1998 on its proposed settlement with Koninklijke Ahold nv "
 "and Giant Food Inc. over Ahold's acquisition of Giant (its headline and day are not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1998/10/ahold.htm'): "
 "first-party text. The stored text starts with the release's first sentence (no page line, no headline, no date "
 "line). `title` None (the attribution says so); `published` None -- the address gives 1998/10, the agreement "
 "containing the consent order sits under ftc.gov's 'cases/1998/10' (File No. 981-0254, rank 2 of query 3) and the "
 "Federal Register printed the analysis on November 9, 1998 (FR Doc 98-29846, ranks 2-3 of query 6), so the release "
 "is of October 1998, but no page in the store gives its day (three queries asked: 4, 6 and 8; the Baltimore Sun's "
 "items of June to September 1998 only foretell it). So 'today' is not resolved (GUIDELINES: with published null, "
 "only absolute expressions); 'December 1997' is absolute and kept. Cut inside the fourth paragraph at a sentence "
 "end, after \"... one of the nation's premier regional supermarket chains.\", before the words the store's excerpt "
 "breaks off ('Giant operates') (`truncated`). Kept as written: 'Koninklijke Ahold nv' with a lower-case 'nv', "
 "'Giant-Carlisle', the straight quotation marks around the trade names, the straight apostrophes; the store's single "
 "line breaks read as paragraph ends. 307 words (whitespace-split), four paragraphs (the last cut short). Found at "
 "rank 3 under 'Ahold Giant Food FTC consent order divest supermarkets' (query 3, 66g's lead) and at rank 1 under "
 "query 8; ranks 2 and 5 of query 3 were ftc.gov's agreement and decision and order (Docket No. C-3861, the same "
 "matter), ranks 6-8 other Ahold matters (Stop & Shop 1996, Safeway / Genuardi's 2012). One text per matter: this "
 "release, the complaint, the agreement (File No. 981-0254), the analysis (FR 98-29846) and the decision and order "
 "(Docket No. C-3861) are one matter. " + CHECK + "'Giant Food': only earlier rounds' leads in GATHERING.md; '1224 "
 "Corporation', '981-0254', '9810254', 'C-3861', 'Giant-Carlisle', 'Landover': 0 in the corpus files, the scripts and "
 "the pools; 'Koninklijke Ahold' and 'Ahold' in corpus files on other matters (Ahold / Delhaize 2016 in dev, U.S. "
 "Foodservice's 2004 SEC case in test -- counted, not opened --, Delhaize / Hannaford and Jitney-Jungle / Delchamps "
 "texts naming Ahold), 16i's and 44d's scripts; 'William J. Baer' in corpus files on other matters.",
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
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"] and "\u2022" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
