#!/usr/bin/env python3
"""Batch 67ad (session 61, gatherer 67ad): three FTC merger texts of 1999 and 2000 naming the acquirers, the targets,
the named buyers of divested assets, a parent and its subsidiary, the brands the parties sell, the Bureau of
Competition's Director and Senior Deputy Director, two Commissioners and the courts of the District of Columbia, new
matters in the federal FTC / DOJ lane (after 67a, 67g, 67l, 67r, 67v, 66a, 66g, 66o and the rounds they name), found by
asking the FTC's merger pages by acquirer, target, buyer and product (the way of 66a and 67r; the leads of 67a's, 67g's,
67l's, 67r's and 67v's sections and the Division's lanes were asked first, see /work/notes/gather68/67ad.md):
  - ftc.gov 'news-events/press-releases/2000/12/federal-trade-commission-clears-acquisition-nabisco-philip-morris'
    (FTC press release of December 2000; its day and headline are not in the stored text) -- the FTC's proposed
    consent agreement with Philip Morris Companies, Inc. and Nabisco Holdings Corp.: Nabisco's dry-mix dessert and
    baking powder assets to The Jel Sert Company, its intense mints to Hershey Foods Corporation; Kraft Foods Inc.,
    Philip Morris's subsidiary, and the Jell-O, Royal and My-T-Fine brands; Richard G. Parker, Director of the FTC's
    Bureau of Competition;
  - ftc.gov 'opa/1999/12/rhi1.htm' (FTC press release of December 1999; its day and headline are not in the stored
    text) -- the FTC's proposed consent agreement allowing RHI AG to acquire Global Industrial Technologies, Inc., with
    two refractories plants and other assets to be divested to Resco Products, Inc.; FTC Bureau of Competition
    Director Richard Parker;
  - ftc.gov 'node/40487' (an FTC 'announced actions' item of about November 2000; the page's date is not in the stored
    text) -- the Commission's votes to appeal in FTC v. H.J. Heinz Co. and to issue a Part 3 administrative complaint
    over the proposed merger of H.J. Heinz Company and Milnot Holding Company, the owner of Beech-Nut Nutrition
    Corporation; Commissioners Sheila Anthony and Orson Swindle; Molly Boast, Senior Deputy Director, Bureau of
    Competition; David C. Shonka, Office of the General Counsel.
US federal government works (17 U.S.C. 105). See /work/notes/gather68/67ad.md. Queries and ranks in
/tmp/gather68ad/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather68/CLAIMS.txt (and gather67's) and the pools /tmp/gather68*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 characters,
2,000 bytes in UTF-8; straight quotation marks and apostrophes in all three), as saved in /tmp/gather68ad/src by
/tmp/gather68ad/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (all three); `title` None for all three (no
headline in the stored texts); `published` None for all three (no day in the stored texts: see each record's notes).
Philip Morris / Nabisco -- the sub-heading 'Dry-Mix Desserts' between the third and fourth paragraphs dropped; cut
inside the fifth paragraph at a sentence end, after '... which have a 10 percent combined market share.', before the
sentence the excerpt breaks off ('Their products total $185 m') (`truncated`). RHI / Global -- cut inside the third
paragraph at a sentence end, after '... in several markets related to steel production.', before the sentence the
excerpt breaks off ('These include') (`truncated`). Heinz / Milnot -- the item's own heading line ('Commission votes
to authorize an appeal ... administrative complaint:') kept as the text's first paragraph; cut after the item's third
paragraph ('... statement dated November 8, 2000.)'), before the page's next item ('Publication of Federal Register
notices:' and the Fair Credit Reporting Act notice the excerpt breaks off: another matter) (`truncated`). No word added
or changed ('highly- concentrated', 'a 82 percent share', 'Milnot Holding Company', 'the D.C. circuit' kept as
written); the store's paragraphs kept, joined by a blank line. Each kept paragraph checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch67ad.py [POOL_DIR] [--dry]   (default /tmp/gather68ad/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
FTC_ACTIONS_ORIGIN = "US FTC announced-actions item on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather68/CLAIMS.txt, /work/notes/gather67/CLAIMS.txt and the pools /tmp/gather68*/pool "
         "(none held a file on this matter when checked), and claimed in /work/notes/gather68/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68ad/pool"
SRC = "/tmp/gather68ad/src"
R = []

# ---- Philip Morris Companies, Inc. / Nabisco Holdings Corp., FTC press release, December 2000 ------------------------
U1 = ("http://www.ftc.gov/news-events/press-releases/2000/12/"
      "federal-trade-commission-clears-acquisition-nabisco-philip-morris")
P1 = [
 "The Federal Trade Commission today announced a proposed consent agreement with Philip Morris Companies, Inc. "
 "(\"Philip Morris\") and Nabisco Holdings Corp. (\"Nabisco\") that would allow the two companies to combine their "
 "food businesses while remedying the potential anticompetitive effects of the transaction. The acquisition will "
 "create the world's largest food company, with over $100 billion in food sales. In order to address competitive "
 "concerns, the parties have agreed to divest all of Nabisco's dry-mix gelatin, dry-mix pudding, no-bake dessert, and "
 "baking powder assets to The Jel Sert Company, and Nabisco's intense mints assets to Hershey Foods Corporation.",
 "\"This agreement addresses the five markets where this merger would have significantly reduced competition,\" said "
 "Richard G. Parker, Director of the FTC's Bureau of Competition. \"By requiring divestitures in these markets, the "
 "Commission will ensure consumers continue to enjoy these products at palatable prices.\"",
 "According to the Commission's complaint, the proposed merger would violate Section 5 of the FTC Act and Section 7 "
 "of the Clayton Act by reducing competition in five already highly- concentrated food product markets.",
 "Philip Morris has an 86 percent share of the $212 million dry-mix gelatin dessert market, through its Kraft Foods "
 "Inc. subsidiary, which produces and sells Jell-O brand dry-mix gelatin desserts. Nabisco sells the Royal brand of "
 "dry-mix gelatin desserts, which has a 6 percent market share. Philip Morris and Nabisco are the only two "
 "significant sellers of branded dry-mix gelatin desserts in the United States; their products total $198 million in "
 "annual wholesale sales.",
 "Philip Morris has a 82 percent share of the $202 million dry-mix pudding market, also through Kraft's sales of "
 "Jell-O brand pudding. Nabisco sells, but does not produce, the Royal and My-T-Fine brands of pudding, which have a "
 "10 percent combined market share."]
R.append((["ftc-2000-12-philip-morris-nabisco.txt"], None, P1, federal(
 "us-ftc-philip-morris-nabisco-consent-agreement-jel-sert-hershey-2000",
 U1, None, None, "\n\n".join(P1),
 "food/competition regulation", "deal,regulatory,merger control,divestiture,food",
 "U.S. Federal Trade Commission, press release of December 2000 on the proposed consent agreement with Philip Morris "
 "Companies, Inc. and Nabisco Holdings Corp. (its headline and day are not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2000/12/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it, and "
 "the sub-heading 'Dry-Mix Desserts' between the third and fourth paragraphs. The stored text holds no headline and "
 "no date line: `title` None (the attribution says so; the address's 'clears acquisition nabisco philip morris' is "
 "not text); `published` None -- the address gives December 2000, and the Federal Register analysis (gpo FR Doc. "
 "00-33197, Thursday, December 28, 2000; rank 4 of query 12) took comments until January 8, 2001, but no page in the "
 "store gives the release's day. So 'today' is not resolved and the kept text has no absolute time expression (no "
 "dates). Cut inside the fifth paragraph at a sentence end, after '... which have a 10 percent combined market "
 "share.', before the sentence the store's excerpt breaks off ('Their products total $185 m') (`truncated`). Kept as "
 "written: 'highly- concentrated' (a space after the hyphen), 'a 82 percent share', the straight quotation marks and "
 "apostrophes. 292 words (whitespace-split), five paragraphs (the last cut short). Found at rank 2 under 'Philip "
 "Morris Nabisco consent order divest dry-mix gelatin pudding Jel Sert intense mints Hershey FTC' (query 12; the lead "
 "came from ftc.gov's food-beverages listing page 5, rank 1 of query 10, whose summary misspells the buyer 'The Jet "
 "Sea Company'); rank 1 was a mirror host's copy of the agreement PDF (File No. 001-0215), ranks 4-6 the FR analysis, "
 "ftc.gov's analysis and the order to maintain assets (Docket No. C-3987). One text per matter: this release, the "
 "complaint, the agreement, the analysis and the orders are one matter. " + CHECK + "'Jel Sert', 'Jet Sea', "
 "'Jell-O', 'My-T-Fine', 'Royal brand', 'C-3987', '001-0215', '001 0215', '0010215', 'philip-morris': 0 in the corpus "
 "files, the scripts, GATHERING.md and the pools; 'Hershey Foods' only in GATHERING.md (another matter's Wikipedia "
 "history); 'Philip Morris' in corpus files and scripts on other matters (a WHO tobacco story, a DOJ display-materials "
 "plea) and in GATHERING.md as batch 16i's looked-at line (the food-beverages listing page 6, 'before 2000'); 'Kraft Foods' in "
 "Wikipedia texts on other matters; 'Richard G. Parker' in 63g's, 65a's, 65r's and 66a's texts (other matters).",
 True)))

# ---- RHI AG / Global Industrial Technologies, Inc., FTC press release, December 1999 -----------------------------------
U2 = "http://www.ftc.gov/opa/1999/12/rhi1.htm"
P2 = [
 "The Federal Trade Commission has accepted a proposed consent agreement that would allow RHI AG (RHI) to acquire "
 "Global Industrial Technologies, Inc. (Global), while addressing the competitive concerns raised by the proposed "
 "transaction. Both RHI and Global are involved in the manufacture and marketing of refractories - brick and "
 "cement-like products used to line and protect industrial furnaces. Under the terms of the order, RHI would be "
 "required to divest two refractories manufacturing plants in North America, along with certain assets related to "
 "refractory products currently being produced at a third North American plant. The order would also require that "
 "these assets be divested to another refractories producer, Resco Products, Inc. (Resco), which manufactures "
 "similar refractory products but does not currently compete in the same markets as RHI and Global. In the event "
 "that the Commission does not approve the divestiture to Resco, an alternative buyer would be selected for "
 "Commission approval.",
 "\"This agreement appropriately addresses the competitive concerns raised by the proposed transaction in this highly "
 "concentrated marketplace,\" FTC Bureau of Competition Director Richard Parker said. \"RHI and Global control "
 "approximately 95 percent of the $30 million North American market for magnesia-carbon refractory bricks for basic "
 "oxygen furnaces, and without such an agreement the transaction would reduce competition significantly in this and "
 "other related markets.\"",
 "RHI and Global are currently the two leading North American manufacturers of refractories, with their products "
 "used in furnaces in the steel, aluminum, cement, glass and other industries. According to the Commission's "
 "complaint, the proposed acquisition of Global by RHI would violate Section 7 of the Clayton Act and Section 5 of "
 "the FTC Act - both of which are designed to protect consumers - based on the companies' activities in several "
 "markets related to steel production."]
R.append((["ftc-1999-12-rhi-global-industrial.txt"], None, P2, federal(
 "us-ftc-rhi-global-industrial-technologies-consent-agreement-resco-1999",
 U2, None, None, "\n\n".join(P2),
 "industrial/competition regulation", "deal,regulatory,merger control,divestiture,refractories",
 "U.S. Federal Trade Commission, press release of December 1999 on the proposed consent agreement in RHI AG's "
 "acquisition of Global Industrial Technologies, Inc. (its headline and day are not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1999/12/rhi1.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives "
 "December 1999, and ftc.gov's March 2001 final-approval item (rank 7 of query 14) says the FTC accepted the "
 "agreement for public comment 'on December 30, 1999', which is very likely the release's day, but the release "
 "itself does not say so and the store gives no page that dates it; the Federal Register analysis (FR Doc. 00-365, "
 "January 7, 2000) took comments until January 31, 2000. The kept text has no time expression (no dates). Cut inside "
 "the third paragraph at a sentence end, after '... in several markets related to steel production.', before the "
 "sentence the store's excerpt breaks off ('These include') (`truncated`). Kept as written: the spaced hyphens "
 "('refractories - brick', 'the FTC Act - both of which ... consumers - based'), the straight quotation marks and "
 "apostrophes. 293 words (whitespace-split), three paragraphs (the last cut short). Found at rank 2 under 'RHI AG "
 "Global Industrial Technologies FTC consent divest refractories plants Resco Products' (query 14; the matter came "
 "from a December 1999 merger list at rank 6 of query 13, and batch 50k's lead line in GATHERING.md asked whether it "
 "was an FTC matter: it is); rank 1 was ftc.gov's case page on the 2004 civil penalty for violating this order "
 "(NARCO, an RHI subsidiary; the same matter), rank 3 a trade institute's copy of the 2004 release, rank 4 ftc.gov's "
 "analysis, ranks 5-6 elaws FR 00-365 (File No. 991 0281), rank 7 the March 2001 final-approval item. One text per "
 "matter: this release, the analysis, the 2001 final order and the 2004 civil-penalty settlement are one matter. "
 + CHECK + "'RHI AG', 'Global Industrial Technologies' (only a DOJ round's lead line in GATHERING.md), 'Resco "
 "Products', '991 0281', '9910281', 'rhi1', 'magnesia': 0 in the corpus files, the scripts and the pools; "
 "'refractor' in one dev FTC file and 66o's scripts (Saint-Gobain / Carborundum: another matter) and a test file "
 "(counted, not opened); 'Richard Parker' in corpus files on other matters.",
 True)))

# ---- H.J. Heinz Company / Milnot Holding Company (Beech-Nut), FTC announced-actions item, about November 2000 -----------
U3 = "https://www.ftc.gov/node/40487"
P3 = [
 "Commission votes to authorize an appeal in the preliminary injunction action and to issue a Part 3 administrative "
 "complaint:",
 "In the following matter, the Commission has authorized the General Counsel to pursue an appeal in the U.S. Court "
 "of Appeals for the District of Columbia Circuit and has also voted to issue a Part 3 administrative complaint: FTC "
 "v. H.J. Heinz Co. This matter concerns the proposed merger of H.J. Heinz Company and Milnot Holding Company, the "
 "owner of Beech-Nut Nutrition Corporation, the nation's second and third largest manufacturers of jarred baby food, "
 "respectively. In July 2000 the Commission authorized staff to seek a preliminary injunction of the merger pending "
 "the filing of an administrative complaint, contending that the transaction would violate U.S. antitrust laws and "
 "illegally reduce competition in the market for jarred baby food. The complaint seeking injunction was filed in the "
 "U.S. District Court for the District of Columbia, which denied the FTC's request. The FTC then sought an emergency "
 "stay from the Court of Appeals for the D.C. circuit. On November 8, 2000, the Court of Appeals enjoined the "
 "transaction, pending its ruling on the Commission's appeal.",
 "The Commission vote to authorize the General Counsel to pursue the appeal was 3-1-1, with Commissioner Sheila "
 "Anthony abstaining and Commissioner Orson Swindle dissenting. The vote to issue a Part 3 administrative complaint "
 "was 3-2, with Commissioners Anthony and Swindle dissenting. (File No. 001-0137; staff contacts are Molly Boast, "
 "Senior Deputy Director, Bureau of Competition, 202-326-3300 and David C. Shonka, Office of the General Counsel, "
 "202-326-2436; see press release dated July 7, 2000 and statement dated November 8, 2000.)"]
R.append((["ftc-2000-heinz-milnot-announced-action.txt"], None, P3, federal(
 "us-ftc-heinz-milnot-beech-nut-appeal-part-3-complaint-2000",
 U3, None, None, "\n\n".join(P3),
 "food/competition regulation", "deal,regulatory,merger control,litigation,food",
 "U.S. Federal Trade Commission, announced-actions item on the Commission's votes to appeal in FTC v. H.J. Heinz Co. "
 "and to issue a Part 3 administrative complaint over the proposed merger of H.J. Heinz Company and Milnot Holding "
 "Company (about November 2000; the page's date is not in the stored text), US federal government work (public "
 "domain); text from the search tool's page store at " + U3,
 FTC_ACTIONS_ORIGIN,
 "An FTC announced-actions item (a US federal work, public domain) as ftc.gov itself carries it ('node/40487'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. Kept: the item's own "
 "heading line ('Commission votes to authorize an appeal ... administrative complaint:'), as the text's first "
 "paragraph (it ends in a colon and leads into the item). Cut after the item's third paragraph ('... statement dated "
 "November 8, 2000.)'), before the page's next item, 'Publication of Federal Register notices:' and a Fair Credit "
 "Reporting Act notice the store's excerpt breaks off (another matter) (`truncated`). The stored text holds no "
 "headline and no date: `title` None; `published` None -- the item reports the circuit court's order of November 8, "
 "2000 and the vote to issue the Part 3 complaint (ftc.gov files that complaint under 2000/11), so the page is of "
 "November 2000 or a little later, but its day is not in the store. The absolute 'July 2000', 'November 8, 2000' and "
 "'July 7, 2000' are dates. Kept as written: 'Milnot Holding Company' (the complaint and the case page write "
 "'Milnot Holding Corporation'), 'the D.C. circuit' in lower case, the staff contacts' telephone numbers (inside the "
 "item's closing parenthesis, not a page-chrome contact line). 270 words (whitespace-split), three paragraphs. Found "
 "at rank 2 under 'ftc.gov opa 2000 07 heinz press release Commission authorizes staff to seek preliminary "
 "injunction baby food Gerber duopoly' (query 7); the July 7, 2000 release itself did not come back (queries 5, 7 and "
 "8); the FTC's case page (rank 1 of queries 2 and 5: about 120 words, under the brief's 150), its court complaint "
 "(ftc.gov 2000/07/heinz.htm) and administrative complaint (2000/11, Docket No. 9295) are of the same matter, and "
 "news copies (latimes, cnnfn, law.com, chicagotribune) are third party. One text per matter: this item, the July "
 "release, the complaints and the case page are one matter. " + CHECK + "'Milnot', 'Beech-Nut', 'Beech Nut', "
 "'Madison Dearborn', '001-0137', '0010137', '9295', 'Shonka', 'Sheila Anthony', 'Orson Swindle', 'node/40487': 0 in "
 "the corpus files, the scripts, GATHERING.md and the pools; 'Molly Boast' in 62m's Dow / Union Carbide train file and "
 "scripts (another matter); 'Heinz' in files on other matters.",
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
