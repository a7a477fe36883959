#!/usr/bin/env python3
"""Batch 66o (session 60, gatherer 66o): three FTC merger texts of 1995, 1996 and 1997 (hospitals, industrial
ceramics, chelating chemicals) naming the acquirers, the targets, their subsidiaries and sellers, the divested
hospitals and businesses, a joint-venture partner and the Bureau of Competition's Director, new matters in the
federal FTC lane outside supermarkets (after 66a, 66g, 65r, 65a, 65g, 64m, 64a, 64g, 63g, 63a and the rounds they
name), found by asking the FTC's merger consents by acquirer, target and 'consent order divest' (the way of 65a and
66a; the leads of 66a's, 66g's, 65g's and 65r's sections were asked first, see /work/notes/gather67/66o.md):
  - ftc.gov 'node/39708' (FTC press release of about late 1997; its day and headline are not in the stored text) --
    the FTC's settlement agreement allowing The Dow Chemical Company to complete its tender offer for Sentrachem
    Limited, whose U.S. subsidiary is Hampshire Chemical Company, with Hampshire's chelant business divested to Akzo
    Nobel N.V.;
  - ftc.gov 'node/42899' (FTC press release of about October 1995; its day and headline are not in the stored text)
    -- the FTC's final approval of the consent agreement over Columbia/HCA Healthcare Corporation's merger with
    Healthtrust, Inc. - The Hospital Company, now its wholly-owned subsidiary: seven named hospitals to be divested
    and a joint venture with the Orlando Regional Health System ended;
  - ftc.gov 'node/42691' (FTC press release of February 26, 1996, the day the FTC's own 'Announced Actions' of
    January 10, 1997 give it) -- the FTC's settlement with Compagnie de Saint-Gobain and its U.S. subsidiary
    Saint-Gobain/Norton Industrial Ceramics Corporation over the acquisition of The Carborundum Company from the
    British Petroleum Company, with Carborundum's Monofrax business and two others to be divested; William J. Baer,
    Director of the FTC Bureau of Competition.
US federal government works (17 U.S.C. 105). See /work/notes/gather67/66o.md. Queries and ranks in
/tmp/gather67o/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather67/CLAIMS.txt and the pools /tmp/gather67*/pool. The texts are
the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in UTF-8 -- 2,000,
1,990 and 2,000 characters; Dow's and Saint-Gobain's with straight quotation marks and apostrophes, Columbia/HCA's
with straight apostrophes and a bullet list), as saved in /tmp/gather67o/src by /tmp/gather67o/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Dow, Columbia/HCA), and Columbia/HCA's
'Tags:' line and the blank line under it; the list marks (Columbia/HCA's '  \u2022 ', Saint-Gobain's '- '), each list
item kept as its own paragraph, no full stop added; `title` None for all three (no headline in the stored text);
`published` None for Dow and Columbia/HCA (no day found in the store: see each record's notes), 1996-02-26 for
Saint-Gobain. Dow -- cut inside the third paragraph at a sentence end, after '... a unilateral price increase for
this product.', before the sentence the excerpt breaks off ('Entry into the chelant market ... a key input in the
product') (`truncated`). Columbia/HCA -- cut inside the last paragraph at a sentence end, after '... in Longwood,
Florida, north of Orlando.', before the words the excerpt breaks off ('The FTC had a') (`truncated`). Saint-Gobain --
cut after Baer's quoted paragraph ('... pass on to consumers."'), before the words the excerpt breaks off ('The
Carborundum Company is ba') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank
line (Saint-Gobain's single line breaks between paragraphs read as paragraph ends; Columbia/HCA's 'Healthtrust, Inc.
- The Hospital Company.' with its stray full stop and 'Columbia/ HCA' with its space kept as written). Each kept
paragraph checked by script to be a verbatim substring (once) of the saved excerpt. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch66o.py [POOL_DIR] [--dry]   (default /tmp/gather67o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather67/CLAIMS.txt and the pools /tmp/gather67*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather67/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67o/pool"
SRC = "/tmp/gather67o/src"
R = []

# ---- The Dow Chemical Company / Sentrachem Limited (Hampshire Chemical Company), FTC press release, ftc.gov node/39708 -
U1 = "https://www.ftc.gov/node/39708"
P1 = [
 "The Federal Trade Commission announced today that it has reached a settlement agreement with The Dow Chemical "
 "Company that would allow Dow to complete its proposed $500 million tender offer for Sentrachem Limited, a South "
 "African chemical company that operates in the U.S. through its wholly-owned subsidiary, Hampshire Chemical "
 "Company. According to the FTC, Dow's proposed acquisition of Sentrachem would combine two of only three U.S. "
 "producers of chelating agents (also known as chelants). Chelants are used in cleaners, pulp and paper, water "
 "treatment, photography, agriculture, food and pharmaceuticals to neutralize and inactivate metal ions. The "
 "proposed settlement is designed to maintain competition in the market for these chemicals by requiring Dow to "
 "divest Hampshire's chelant business to Akzo Nobel N.V., a Dutch chemical company that is a leading European "
 "producer of chelants.",
 "The Dow Chemical Company, based in Midland, Michigan, produces chemicals, plastics, and agricultural and consumer "
 "products. Dow manufactures chelants through its Chemical Division in Freeport, Texas. Hampshire produces chelants "
 "in Nashua, New Hampshire, and Deer Park, Texas, and chelant intermediates in Lima, Ohio. According to the FTC, Dow "
 "and Hampshire are the two largest domestic chelant producers and together would control over 70 percent of "
 "approximately $140 million in North American sales, absent the divestiture.",
 "The proposed FTC complaint detailing the charges in the case alleges that the merger may substantially lessen "
 "competition in the research, development, manufacture, and sale of chelants and would likely lead to a unilateral "
 "price increase for this product."]
R.append((["ftc-node-39708-dow-sentrachem.txt"], None, P1, federal(
 "us-ftc-dow-chemical-sentrachem-hampshire-chelants-akzo-nobel-settlement-1997",
 U1, None, None, "\n\n".join(P1),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,chemicals",
 "U.S. Federal Trade Commission, press release of about late 1997 on its settlement agreement with The Dow Chemical "
 "Company over Dow's tender offer for Sentrachem Limited (its headline and day are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('node/39708'): first-party "
 "text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds no "
 "headline and no date line: `title` None (the attribution says so); `published` None -- the address gives no date; "
 "Dow agreed to buy Sentrachem in August 1997 (the Los Angeles Times' Bloomberg item of August 5, 1997, rank 2 of "
 "query 12), Plastics News reported the offer on September 8, 1997 (rank 3 of query 12), and the FTC's decision and "
 "order (Docket C-3785, File No. 971-0105) sits on ftc.gov under 'cases/1998/02' (ranks 1-3 of query 4), so the "
 "release is of about the last months of 1997, but no page in the store gives its day (three queries asked: the FR "
 "analysis and the FTC's 'Announced Actions' did not answer). So 'today' is not resolved (GUIDELINES: with published "
 "null, only absolute expressions), and the kept text holds none. Cut inside the third paragraph at a sentence end, "
 "after '... a unilateral price increase for this product.', before the sentence the store's excerpt breaks off "
 "('Entry into the chelant market would not be timely, likely, or sufficient ... because a new entrant would have to "
 "build both a chelant plant and a plant to produce hydrogen cyanide (\"HCN\"), a key input in the product') "
 "(`truncated`). Kept as written: 'Hampshire Chemical Company' (the order writes 'Hampshire Chemical Corporation'), "
 "'wholly-owned', 'Akzo Nobel N.V.' without a hyphen, the straight apostrophes. 247 words (whitespace-split), three "
 "paragraphs (the last cut short). Found at rank 2 under 'Dow Chemical Sentrachem Hampshire Chemical FTC consent "
 "order divest' (query 4; rank 1 of queries 6, 12 and 16); ranks 1, 3 and 6 of query 4 were ftc.gov's decision and "
 "order and complaint (the same matter), rank 4 an FTC FYI on Dow / Union Carbide (62m's matter), ranks 7-8 Dow / "
 "Rohm and Haas notices (that deal is a train Wikinews text). One text per matter: this release, the complaint, the "
 "agreement, the decision and order (Docket C-3785) and the analysis (File No. 971-0105) are one matter. " + CHECK +
 "'Sentrachem' and 'C-3785': only earlier rounds' leads in GATHERING.md (66a's 'Dow / Sentrachem / Hampshire "
 "Chemical (1998, ftc.gov decision and order C-3785 only so far)'); 'Hampshire Chemical', '9710105', '971-0105', "
 "'node/39708', 'chelant': 0 in the corpus files, the scripts, GATHERING.md and the pools; 'Akzo' in corpus files on "
 "other matters; 'Dow Chemical' in many files on other matters (Union Carbide, Rohm and Haas, DuPont, an FCPA case).",
 True)))

# ---- Columbia/HCA Healthcare Corporation / Healthtrust, Inc. - The Hospital Company, FTC release, ftc.gov node/42899 ---
U2 = "https://www.ftc.gov/node/42899"
P2 = [
 "The Federal Trade Commission has given final approval to a consent agreement with Columbia/HCA Healthcare "
 "Corporation, settling charges that the company's $3 billion merger with Healthtrust, Inc. - The Hospital Company. "
 "would impair hospital competition -- leading to higher prices, reduced services, or both -- in six different "
 "geographic areas in the United States. The Commission action announced today makes the consent order provisions "
 "binding on Columbia/HCA.",
 "Columbia/HCA is based in Nashville, Tennessee, as is Healthtrust, which now operates as a wholly-owned subsidiary "
 "of Columbia/HCA. The merger involved more than 280 hospitals nationwide and was the largest hospital merger in "
 "U.S. history.",
 "The final order is designed to restore the competition allegedly eliminated by the merger. It requires "
 "Columbia/HCA to divest seven hospitals:",
 "Santa Rosa Medical Center in Milton, Florida;",
 "North Okaloosa Medical Center in Crestview, Florida;",
 "Ville Platte Medical Center, located in Ville Platte, Louisiana;",
 "either Denton Regional Medical Center or Denton Community Hospital in Denton, Texas; and",
 "Davis Hospital and Medical Center in Layton, Utah; Pioneer Valley Hospital in West Valley City, Utah; and Jordan "
 "Valley Hospital in West Jordan, Utah.",
 "Under the consent order, these divestitures must be completed within 12 months (nine months for the Utah "
 "hospitals) to entities that will operate them in competition with Columbia/ HCA. Pending divestiture, "
 "Columbia/HCA must operate the hospitals to be divested separately from its other hospitals, and keep them "
 "marketable and viable.",
 "The order also requires Columbia/HCA to terminate its participation in a joint venture with the Orlando Regional "
 "Health System, either by buying out Orlando Regional Health System's interest or selling Healthtrust's interest "
 "within six months. The joint venture operates South Seminole Hospital in Longwood, Florida, north of Orlando."]
R.append((["ftc-node-42899-columbia-hca-healthtrust.txt"], None, P2, federal(
 "us-ftc-columbia-hca-healthtrust-final-consent-order-seven-hospitals-1995",
 U2, None, None, "\n\n".join(P2),
 "health care/competition regulation", "deal,regulatory,merger control,divestiture,hospitals",
 "U.S. Federal Trade Commission, press release of about October 1995 on its final approval of the consent agreement "
 "with Columbia/HCA Healthcare Corporation over its merger with Healthtrust, Inc. - The Hospital Company (its "
 "headline and day are not in the stored text), US federal government work (public domain); text from the search "
 "tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('node/42899'): first-party "
 "text. Left out: the page line 'Skip to main content', the line 'Tags:' and the blank lines under them; the list "
 "marks ('  \u2022 ') before the five items of the hospital list, each item kept as its own paragraph as written (no "
 "full stop added). The stored text holds no headline and no date line: `title` None (the attribution says so); "
 "`published` None -- the FTC's own release of July 1998 on Columbia/HCA's civil penalty (rank 5 of query 9) says "
 "'On October 5, 1995, the FTC gave final approval to a consent agreement with Columbia/HCA', but the Federal "
 "Register's notice of the order (June 27, 1996, rank 8 of query 9) has 'Complaint and Order issued October 3, "
 "1995', so the day of this release ('The Commission action announced today') is not sure; no 'See <date> news "
 "release' line for it was found. So 'today' is not resolved, and the kept text holds no absolute time expression "
 "(no dates). Cut inside the last paragraph at a sentence end, after '... in Longwood, Florida, north of Orlando.', "
 "before the words the store's excerpt breaks off ('The FTC had a') (`truncated`). Kept as written: 'Healthtrust, "
 "Inc. - The Hospital Company.' with the stray full stop inside the sentence, 'Columbia/ HCA' with a space once, the "
 "double hyphens, 'wholly-owned', the list items' closing semicolons and 'and'. 281 words (whitespace-split), ten "
 "paragraphs (five of them list items; the last paragraph cut short). Found at rank 4 under 'FTC consent order "
 "hospital acquisition divest hospital Bureau of Competition Director said' (query 7) and at rank 1 under "
 "'Columbia/HCA Healthtrust merger FTC consent agreement divest hospitals final approval' (query 9); rank 2 of query 9 "
 "was ftc.gov's April 1995 release on the same agreement (Texas Attorney General Dan Morales quoted; the same "
 "matter: one text per matter -- the final approval taken for its named hospitals and subsidiary statement), rank 4 "
 "the FR analysis of another Columbia/HCA matter (Poplar Springs Hospital, File No. 951-0044), rank 6 the Deseret "
 "News (April 22, 1995), rank 7 the FR analysis of May 23, 1995 (File No. 951 0022). One text per matter: the April "
 "1995 release, the complaint, the agreement, the analysis (File No. 951 0022), the final order (Docket No. C-3619), "
 "this release and the 1998 civil penalty for the late divestitures are one matter. " + CHECK + "'Healthtrust', "
 "'Columbia/HCA', 'node/42899', 'Santa Rosa Medical', 'Orlando Regional', 'C-3619', '951 0022': 0 in the corpus "
 "files, the scripts, GATHERING.md and the pools.",
 True)))

# ---- Compagnie de Saint-Gobain / The Carborundum Company from British Petroleum, FTC release, ftc.gov node/42691 -----
U3 = "https://ftc.gov/node/42691"
P3 = [
 "The Federal Trade Commission has negotiated a settlement with the French firm, Compagnie de Saint-Gobain, and its "
 "U.S. subsidiary, Saint-Gobain/Norton Industrial Ceramics Corporation, of Worcester, Massachusetts, to resolve "
 "charges that the firm's acquisition of The Carborundum Company from the British Petroleum Company likely would "
 "lead to monopolies or near-monopolies, and thus raise prices, for three products used in industrial furnaces and "
 "home appliances.",
 "The FTC alleged that the acquisition would:",
 "give Saint-Gobain a monopoly in the United States in the market for fused cast refractories, which are used by "
 "glass manufacturers to line the furnaces where they melt raw materials;",
 "give Saint-Gobain a near-monopoly in the United States for hot surface igniters, which are used as ignition "
 "sources in gas appliances; and",
 "allow Saint-Gobain to raise prices unilaterally or otherwise exert market power in the U.S. market for silicon "
 "carbide refractory bricks, which are used in lining aluminum smelters and other industrial furnaces.",
 "The proposed consent agreement to settle these charges is designed to restore competition in these markets by "
 "requiring Saint-Gobain to divest businesses and associated assets in each of the markets to firms that will run "
 "them in competition with Saint-Gobain. Specifically, the consent agreement would require Saint Gobain to divest "
 "Carborundum's New York-based Monofrax fused cast refractories business, Puerto Rico-based hot surface igniter "
 "business, and New Jersey-based silicon carbide refractories business.",
 "\"If we are to keep U.S. businesses competitive, it is essential that we preserve competition for the industrial "
 "products that are used by domestic manufacturers to produce consumer goods,\" said William J. Baer, Director of "
 "the FTC Bureau of Competition. \"Unless we modify anticompetitive mergers such as this, U.S. firms would face "
 "unjustified price increases that they no doubt would pass on to consumers.\""]
R.append((["ftc-node-42691-saint-gobain-carborundum.txt"], None, P3, federal(
 "us-ftc-saint-gobain-carborundum-british-petroleum-consent-agreement-1996",
 U3, "1996-02-26", None, "\n\n".join(P3),
 "industrial materials/competition regulation", "deal,regulatory,merger control,divestiture,industrial ceramics",
 "U.S. Federal Trade Commission, press release of February 26, 1996 on its settlement with Compagnie de "
 "Saint-Gobain and Saint-Gobain/Norton Industrial Ceramics Corporation over the acquisition of The Carborundum "
 "Company from the British Petroleum Company (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('node/42691'): first-party "
 "text. The stored text starts with the release's first sentence (no page line, no headline, no date line); left "
 "out: the list marks ('- ') before the three items of the FTC's allegations, each item kept as its own paragraph as "
 "written (no full stop added). `title` None (the attribution says so). `published` 1996-02-26: the FTC's own "
 "'Announced Actions' of January 10, 1997 on ftc.gov (rank 6 of query 15), on Saint-Gobain's application to divest "
 "Carborundum's hot surface igniters business, says 'See Feb. 26, 1996 news release for more details about the "
 "consent order; Docket No. C-3673' (rbyhdq.net's copy of the October 25, 1996 actions, rank 5, says the same); the "
 "Federal Register printed the analysis on March 7, 1996 (File No. 951-0096, ranks 1-3 of query 15), and this "
 "release describes that proposed consent agreement. The kept text holds no time expression (no dates). Cut after "
 "the seventh kept paragraph (Baer's quotation, '... pass on to consumers.\"'), before the words the store's excerpt "
 "breaks off ('The Carborundum Company is ba') (`truncated`). Kept as written: 'Saint Gobain' without the hyphen "
 "once, 'the British Petroleum Company', 'near-monopolies' and 'near-monopoly', 'Director of the FTC Bureau of "
 "Competition', the straight quotation marks; the store's single line breaks read as paragraph ends. 288 words "
 "(whitespace-split), seven paragraphs (three of them list items). Found at rank 8 under 'Keystone Holdings "
 "Saint-Gobain Advanced Ceramics FTC consent order divest' (query 14, 65r's lead: Keystone / Saint-Gobain gave only "
 "ftc.gov's case page, a summary, and third-party copies) and at rank 4 under 'Saint-Gobain Carborundum British "
 "Petroleum FTC settlement 1996 Monofrax hot surface igniters divest' (query 15). One text per matter: this release, "
 "the complaint, the agreement, the analysis (File No. 951-0096), the June 1996 order (Docket No. C-3673) and the "
 "1996-1997 divestiture applications (Monofrax to Vesuvius Crucible Company, the igniters business to Graphite "
 "Sales, Inc.) are one matter. " + CHECK + "'Carborundum', 'Norton Industrial', 'Monofrax', '951-0096', 'C-3673', "
 "'node/42691', 'Compagnie de Saint': 0 in the corpus files, the scripts, GATHERING.md and the pools; 'Saint-Gobain' "
 "in one test file by count (Flakeboard / SierraPine, 2014, another matter: counted, not opened), 42w's script and "
 "earlier rounds' leads in GATHERING.md (Saint-Gobain / Continental Building Products, Keystone / Saint-Gobain: other "
 "matters); 'William J. Baer' in corpus files on other matters.",
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
