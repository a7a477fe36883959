#!/usr/bin/env python3
"""Batch 68a (session 62, gatherer lane 68a): three FTC merger texts of 1998, 1999 and 2000 naming the acquirers, the
targets, a parent and its subsidiary, the companies it bought, the rivals' distribution partners, the system a bought
company owned and two Directors of the FTC's Bureau of Competition, new matters in the federal FTC lane (after 67a,
67g, 67l, 67r, 67v, 67ad and the rounds they name), found by asking the FTC's merger pages by acquirer, target and
product (the way of 67ad; the leads of 67a's, 67g's, 67l's, 67r's, 67v's and 67ad's sections were asked first, see the
round notes /tmp/gather69a/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/2000/04/final-approval-granted-ftc-consent-agreement-nations-largest-
    trucking-fleet-card-issuer' (FTC press release of April 6, 2000; its headline is not in the stored text) -- the
    FTC's final approval of its consent agreement with Ceridian Corporation and its subsidiary Comdata Holdings
    Corporation over Ceridian's consummated acquisitions of NTS Corporation and Trendar Corporation (trucking fleet
    cards; licences to the Trendar system);
  - ftc.gov 'opa/1999/12/macdermid.htm' (FTC press release of December 1999; its day and headline are not in the stored
    text) -- the FTC's consent order allowing the purchase of Polyfibron Technologies, Inc. by MacDermid, Inc.
    (liquid and sheet photopolymers for flexographic printing plates; BASF's and Asahi's exclusive distribution
    agreements); Richard Parker, Director of FTC's Bureau of Competition;
  - ftc.gov 'opa/1998/02/roche.htm' (FTC press release of February 1998; its day and headline are not in the stored
    text) -- the FTC's proposed settlement over Roche Holding Ltd.'s proposed acquisition of Corange Limited (cardiac
    thrombolytic agents and drugs of abuse testing reagents; Basel, Switzerland and Hamilton, Bermuda); William J.
    Baer, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69a/NOTES.md. Queries and ranks in
/tmp/gather69a/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in
UTF-8; straight quotation marks in all three, one curly apostrophe in the Roche text), as saved in /tmp/gather69a/src by
/tmp/gather69a/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (all three); `title` None for all three (no
headline in the stored texts); `published` 2000-04-06 for Ceridian (the day from the store's copy of the same release,
see its notes), None for MacDermid and Roche (no day in the stored texts: see each record's notes).
Ceridian / Comdata -- the two list bullets' marks ('  \u2022 ') dropped, each item kept as its own paragraph; cut
inside the second item at a sentence end, after '... the first three new system providers that request a license.',
before the sentence the excerpt breaks off ('Licenses granted to new system providers are tra') (`truncated`).
MacDermid / Polyfibron -- cut after the second paragraph, before the third paragraph the excerpt breaks off ('Both
MacDermid and Polyfibr') (`truncated`). Roche / Corange -- the store breaks the first sentence into two paragraphs after
'drugs of abuse testing (DAT)'; the two pieces are joined by one space (a whitespace change only); cut after the
sentence '... and Corange is based in Hamilton, Bermuda.', before the sentence the excerpt breaks off ('Roche, through
its majority ownership in Genentech Inc., manufactures "Activase" and Corange, through its Boehringer Mannheim
subsidiary, ma') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line. Each
kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read as
one space. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch68a.py [POOL_DIR] [--dry]   (default /tmp/gather69a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69a/pool"
SRC = "/tmp/gather69a/src"
R = []

# ---- Ceridian Corporation / Comdata Holdings Corporation (NTS, Trendar), FTC press release, April 6, 2000 -------------
U1 = ("https://www.ftc.gov/news-events/news/press-releases/2000/04/"
      "final-approval-granted-ftc-consent-agreement-nations-largest-trucking-fleet-card-issuer")
P1 = [
 "The Federal Trade Commission has given final approval to a consent agreement with Ceridian Corporation and its "
 "subsidiary Comdata Holdings Corporation, the nation's largest provider of commercial credit cards known as "
 "\"trucking fleet-cards,\" that addresses the anti-competitive effects resulting from Ceridian's consummated "
 "acquisitions of NTS Corporation and Trendar Corporation. At the time they were acquired, NTS was Comdata's most "
 "significant competitor in the fleet card market and Trendar owned the dominant fuel purchase desk automation "
 "system by which truck stops effect fleet card transactions.",
 "According to the Commission's complaint, Ceridian's acquisitions of NTS and Trendar violated the Clayton Act and the "
 "FTC Act because they gave Comdata the power to control entry into, and expansion by existing providers in, both "
 "the market to provide trucking fleet cards and the market for the systems used to read them at truck stops "
 "throughout the United States.",
 "In September 1999, the Commission provisionally accepted a consent agreement, the terms of which were modified "
 "before being finalized by the Commission. Under the FTC order:",
 "For three years, Comdata is required to grant 10-year licenses to the Trendar system to new and existing fleet card "
 "issuers. Comdata is also required to refer licensees to a third-party developer approved by the Commission who "
 "will perform all programming or other services necessary to enable the licensees to process transactions on the "
 "Trendar system. The settlement further requires Comdata to grant equal access to the current and future features "
 "of the Trendar system, and prohibits Comdata from discriminating against other cards.",
 "For three years, Comdata is required to grant 10-year licenses to fuel purchase desk automation system suppliers "
 "currently processing Comdata's fleet cards, as well as to the first three new system providers that request a "
 "license."]
R.append((["ftc-2000-04-ceridian-comdata-final.txt"], None, P1, federal(
 "us-ftc-ceridian-comdata-final-consent-order-nts-trendar-fleet-cards-2000",
 U1, "2000-04-06", None, "\n\n".join(P1),
 "payments/competition regulation", "deal,regulatory,merger control,consummated acquisition,licensing,fleet cards",
 "U.S. Federal Trade Commission, press release of April 6, 2000 on the final approval of its consent agreement with "
 "Ceridian Corporation and Comdata Holdings Corporation (its headline is not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2000/04/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it, and the two list bullets' marks ('  \u2022 ') before the two items under 'Under the FTC order:' (each item kept "
 "as its own paragraph, its words unchanged). The stored text holds no headline and no date line: `title` None (the "
 "attribution says so; the address's 'final approval granted ftc consent agreement nations largest trucking fleet "
 "card issuer' is not text); `published` 2000-04-06 -- the address gives April 2000, and the store's copy of the same "
 "release on carsandracingstuff.com (rank 4 of query 4: the headline 'Final Approval Granted in FTC Consent Agreement "
 "with Nation's Largest Trucking 'Fleet Card' Issuer', 'Agency: Federal Trade Commission', 'Date: 6 April 2000', and "
 "the same first three paragraphs word for word) gives the day. The kept text's one time expression is absolute "
 "('In September 1999'); 'For three years' and '10-year' are durations. Cut inside the second list item at a sentence "
 "end, after '... the first three new system providers that request a license.', before the sentence the store's "
 "excerpt breaks off ('Licenses granted to new system providers are tra') (`truncated`). Kept as written: "
 "'\"trucking fleet-cards,\"' (hyphenated, the comma inside the quotation marks) beside 'fleet card' elsewhere, "
 "'anti-competitive', the straight quotation marks and apostrophes. 289 words (whitespace-split), five paragraphs "
 "(the last cut short). Found at rank 1 under 'FTC Ceridian Comdata consent order divest Trendar fleet card' (query "
 "4; the matter came from a DOJ round's looked-at line in GATHERING.md, 'Ceridian / Comdata / NTS 1999 (an FTC "
 "matter, not this lane)'); rank 2 was the September 1999 proposed-settlement release (ftc.gov opa/1999/09/"
 "ceridian.htm), ranks 3, 5 and 8 the agreement, the decision and order (Docket No. C-3933) and the complaint (File "
 "No. 981-0030), rank 6 elaws FR 99-26845, rank 7 a trucknews.com report (third party). One text per matter: the two "
 "releases, the agreement, the complaint, the analysis and the order are one matter; the final-approval release was "
 "taken for its date and its order terms. " + CHECK + "'Comdata', 'Trendar', '981-0030', '981 0030', '9810030', "
 "'C-3933', 'fleet card', 'fleet-card': 0 in the corpus files, the scripts and the pools ('Comdata' only in "
 "GATHERING.md's looked-at line); 'Ceridian' in one dev Wikipedia file and 37k's scripts (Worldpay's history: the sale "
 "of CentreFile to Ceridian, another matter); 'NTS Corporation' only as a case-blind substring of other names "
 "('... Payments Corporation', '... Investments Corporation').",
 True)))

# ---- MacDermid, Inc. / Polyfibron Technologies, Inc., FTC press release, December 1999 -------------------------------
U2 = "https://www.ftc.gov/opa/1999/12/macdermid.htm"
P2 = [
 "The Federal Trade Commission has accepted a consent order, subject to final Commission approval, that would allow "
 "the purchase of Polyfibron Technologies, Inc. by MacDermid, Inc., while resolving the resulting competitive "
 "concerns in the markets for the production, distribution and sale of liquid photopolymers and sheet photopolymers "
 "that are used to make flexographic printing plates. Under the terms of the agreement, MacDermid and Polyfibron "
 "would be required to divest Polyfibron's liquid photopolymer business, would terminate their respective agreements "
 "to distribute photopolymers manufactured by other companies, and would agree not to invite or enter into "
 "agreements with other photopolymer manufacturers that would result in any allocation, division or illegal "
 "restriction of competition. In addition, to preserve Polyfibron's liquid photopolymer assets as a viable, "
 "competitive and ongoing business until the divestiture is achieved, the agreement contains an enforceable Order "
 "to Maintain Assets.",
 "\"While most people may not be familiar with photopolymers, every day they come into contact with the materials "
 "they are used to enhance,\" said Richard Parker, Director of FTC's Bureau of Competition, citing examples such as "
 "printed pet food bags, corrugated cardboard containers bearing advertising and company logos, and corrugated "
 "display stands used in supermarkets to promote products on sale. \"MacDermid and Polyfibron are the two main "
 "companies involved in the production and sale of liquid photopolymers, and this agreement ensures that "
 "competition in this highly concentrated marketplace will continue undeterred in the future. It will also "
 "stimulate competition in the highly concentrated market for solid sheet photopolymers by freeing BASF and Asahi, "
 "two major worldwide producers of sheet photopolymers currently tied by exclusive distribution agreements to "
 "Polyfibron and MacDermid, to compete in the North American market.\""]
R.append((["ftc-1999-12-macdermid-polyfibron.txt"], None, P2, federal(
 "us-ftc-macdermid-polyfibron-consent-order-photopolymers-basf-asahi-1999",
 U2, None, None, "\n\n".join(P2),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,chemicals,printing",
 "U.S. Federal Trade Commission, press release of December 1999 on the consent order allowing MacDermid, Inc.'s "
 "purchase of Polyfibron Technologies, Inc. (its headline and day are not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1999/12/macdermid.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives "
 "December 1999, and the Federal Register analysis (gpo FR Doc. 00-260, Thursday, January 6, 2000; rank 2 of query 1, "
 "rank 1 of query 9) points to the FTC Home Page 'for December 22, 1999' and took comments until January 21, 2000, "
 "which makes December 22, 1999 very likely the release's day, but the release itself does not say so and no page in "
 "the store dates it. The kept text has no time expression (no dates). Cut after the second paragraph, before the "
 "third paragraph the store's excerpt breaks off ('Both MacDermid and Polyfibr') (`truncated`). Kept as written: "
 "'Director of FTC's Bureau of Competition' (no 'the'), the straight quotation marks and apostrophes. 277 words "
 "(whitespace-split), two paragraphs. Found at rank 1 under 'FTC consent MacDermid Polyfibron divest Chemence' "
 "(query 1; 67ad's lead); rank 3 was ftc.gov's node/40255 copy of the same release, ranks 2 and 4 the FR analysis "
 "(File No. 991-0167) at gpo and elaws. The divestiture's buyer (Chemence, Inc., per 67ad's December 1999 merger list) "
 "is not in the kept text. One text per matter: the release, its node copy, the analysis and the orders are one "
 "matter. " + CHECK + "'MacDermid', 'Polyfibron', 'Chemence', 'opa/1999/12/macdermid', 'node/40255': only in "
 "GATHERING.md (67ad's looked-at and lead lines); '991-0167', '991 0167', '9910167', 'photopolymer': 0 in the corpus "
 "files, the scripts, GATHERING.md and the pools; 'BASF' and 'Asahi' in corpus files and scripts on other matters (BASF "
 "as a buyer or rival in other FTC texts, Asahi the brewer); 'Richard Parker' in corpus files on other matters.",
 True)))

# ---- Roche Holding Ltd. / Corange Limited, FTC press release, February 1998 -------------------------------------------
U3 = "http://www.ftc.gov/opa/1998/02/roche.htm"
P3 = [
 "A proposed settlement of Federal Trade Commission antitrust concerns stemming from Roche Holding Ltd.'s (Roche) "
 "proposed acquisition of Corange Limited (Corange) would preserve competition in the U.S. markets for cardiac "
 "thrombolytic agents, which are drugs used to treat heart attack victims, and for chemicals -- known as drugs of "
 "abuse testing (DAT) reagents -- used to test urine samples for the presence of illegal substances. The FTC alleged "
 "that the $11 billion acquisition would eliminate competition between the two leading suppliers of drugs used to "
 "dissolve blood clots at the onset of a heart attack, and would eliminate competition between two of only four "
 "manufacturers of the reagents used to test for drug abuse in the workplace. The proposed settlement, while "
 "permitting the acquisition, would require Roche, among other things, to divest Corange\u2019s U.S. and Canadian "
 "cardiac thrombolytic agent businesses and Corange's worldwide DAT reagent business to FTC-approved buyers.",
 "The proposed settlement would also provide for the appointment of interim trustees to monitor the smooth "
 "transition of divested assets and to ensure that the acquirers receive the necessary technical assistance to "
 "manufacture and sell the divested products.",
 "\"The settlement we have announced today will preserve price competition for two important products,\" said "
 "William J. Baer, Director of the FTC's Bureau of Competition. \"Cardiac thrombolytic agents are life saving "
 "pharmaceuticals used to treat heart attack patients. DAT reagents are critical components in the growing market "
 "of workplace drug testing. Our settlement requires divestiture of a package of assets that will ensure there is "
 "continuing competition in the market for both products.\"",
 "Roche is headquartered in Basel, Switzerland, and Corange is based in Hamilton, Bermuda."]
R.append((["ftc-1998-02-roche-corange.txt"], None, P3, federal(
 "us-ftc-roche-corange-proposed-settlement-thrombolytics-dat-reagents-1998",
 U3, None, None, "\n\n".join(P3),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,pharmaceuticals,diagnostics",
 "U.S. Federal Trade Commission, press release of February 1998 on the proposed settlement over Roche Holding Ltd.'s "
 "proposed acquisition of Corange Limited (its headline and day are not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1998/02/roche.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The store breaks the "
 "first sentence after 'known as drugs of abuse testing (DAT)' and starts a new paragraph with 'reagents -- used to "
 "test urine samples ...': the two pieces are joined by one space into the one paragraph they are (no word added or "
 "changed). The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "None -- the address gives February 1998, and the Federal Register analysis (govinfo FR Doc. 98-5534, Wednesday, "
 "March 4, 1998; rank 4 of query 6, rank 1 of query 8) points to the FTC Home Page 'for February 25, ' (the store "
 "cuts the year) and took comments until May 4, 1998, but no page in the store gives the release's day. So 'today' "
 "('The settlement we have announced today') is not resolved and the kept text has no absolute time expression (no "
 "dates). Cut inside the fourth paragraph at a sentence end, after '... and Corange is based in Hamilton, Bermuda.', "
 "before the sentence the store's excerpt breaks off on a single line break ('Roche, through its majority ownership "
 "in Genentech Inc., manufactures \"Activase\" and Corange, through its Boehringer Mannheim subsidiary, ma') "
 "(`truncated`): Genentech, Activase and Boehringer Mannheim are therefore not in the text. Kept as written: the "
 "spaced double hyphens ('chemicals -- known as ... reagents -- used'), the one curly apostrophe ('Corange\u2019s U.S. "
 "and Canadian') beside straight ones ('Roche Holding Ltd.'s', 'Corange's worldwide'), 'life saving'. 273 words "
 "(whitespace-split), four paragraphs (the last cut short). Found at rank 1 under 'FTC Roche Holding Corange "
 "Boehringer Mannheim consent order divest' (query 6); ranks 2-3 were pharmexec.com's report (third party), rank 4 the "
 "FR analysis (File No. 971-0103), rank 5 the decision and order (Docket No. C-3809), rank 6 ftc.gov's analysis (the "
 "Retavase divestiture to Centocor, Inc.), rank 8 the 1994 Roche / Syntex FR notice (another matter, File No. 941 "
 "0085). One text per matter: the release, the analysis, the FR notice and the order are one matter. " + CHECK +
 "'Corange', 'Boehringer Mannheim', 'Activase', 'Retavase', 'Centocor', '971-0103', '9710103', 'C-3809', "
 "'opa/1998/02/roche', 'thrombolytic': 0 in the corpus files, the scripts, GATHERING.md and the pools; 'Roche Holding' "
 "in 67r's DSM / Roche Vitamins texts (another matter); 'William J. Baer', 'Basel', 'Bermuda', 'Hamilton, Bermuda' in "
 "corpus files on other matters.",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, runs of white space (line breaks, the store's
    paragraph break inside the Roche text's first sentence) read as one space (the saved file's two header lines, its
    address and the query that found it, are not part of the excerpt)."""
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
