#!/usr/bin/env python3
"""Batch 62m (session 57, gatherer 62m): four FTC merger press releases of 2001, 2003 and 2005 outside pharmaceuticals
(energy, chemicals, food) naming the merging firms, the businesses, brands or technology to be divested and their
buyers or licensees, the firms' brands and the FTC official who spoke, new matters in the federal FTC lane (after 62g,
62e, 62b, 61b, 60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by
asking the FTC's merger consents by acquirer, target and 'consent order divest' (62g's way; the leads of 62g's
section, which named Cytec / UCB Surface Specialties):
  - ftc.gov 'opa/2001/12/valero.htm' (FTC press release of December 18, 2001; its headline is not in the stored
    text) -- the proposed consent order letting the $6 billion merger of Valero Energy Corporation and Ultramar
    Diamond Shamrock Corporation go ahead on the sale of Ultramar's Golden Eagle Refinery, bulk gasoline supply
    contracts and 70 Ultramar service stations in Northern California, with Joseph J. Simons, 'FTC Bureau of
    Competition Director';
  - ftc.gov 'opa/2001/02/dowunion.htm' (FTC press release of February 5, 2001; its headline is not in the stored
    text) -- the proposed consent order in the merger of The Dow Chemical Company and Union Carbide Corporation:
    LLDPE technology divested and licensed to BP Amoco plc, 'its former partner in developing this technology', and
    three chemical businesses to up-front buyers, with Molly Boast, Acting Director of the FTC's Bureau of
    Competition;
  - webharvest.gov's copy (the US National Archives' 2004 harvest) of ftc.gov 'opa/2003/06/nestle.htm' (FTC press
    release of June 25, 2003, 'Nestl\u00e9- Dreyer's Settle FTC Charges') -- Nestl\u00e9 S.A. and Dreyer's Grand Ice
    Cream Inc. divesting the Dreamery, Godiva and Whole Fruit brands and Nestl\u00e9's distribution assets to
    CoolBrands International, Inc., with Joe Simons, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2005/03/protecting-competition-ftc-clears-cytecs-18-billion-acquisition-
    ucb-sas-surface-specialties-division' (FTC press release of March 1, 2005; its headline is not in the stored
    text) -- the FTC allowing Cytec Industries, Inc.'s proposed $1.8 billion acquisition of the Surface Specialties
    Business of Belgium's UCB S.A. on the sale of UCB's Amino Resins Business (no official in the stored text).
US federal government works (17 U.S.C. 105). See /work/notes/gather63/62m.md. Queries and ranks in
/tmp/gather63m/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 (CLAIMS.txt) and the
session-57 pools /tmp/gather62*/pool and /tmp/gather63*/pool. The texts are the search tool's page-store excerpts
(corpus `pages`; each 2,000 bytes in UTF-8, the store's cut: 2,000, 2,000, 1,989 and 1,988 characters -- the Valero
and Dow excerpts with straight quotation marks, the Nestl\u00e9 excerpt with its accented letters, the Cytec excerpt
with curly apostrophes), as saved in /tmp/gather63m/src by /tmp/gather63m/mk_src.py.
Left out: the page line 'Skip to main content' (Valero, Dow, Cytec) and the archive's 'Search:' line (Nestl\u00e9);
`title` None for Valero, Dow and Cytec (no headline in the stored text). Valero / Ultramar -- the run-in sub-heading
'The Parties and the Proposed Transaction' dropped; cut after the paragraph on Valero (San Antonio, 2000 results),
before the paragraph the excerpt breaks off ('Ultramar is an') (`truncated`). Dow / Union Carbide -- cut after the
third paragraph (the complaint's four lines of commerce), before the sub-heading 'LLDPE' and the paragraph the excerpt
breaks off ('... polymers dem') (`truncated`). Nestl\u00e9 / Dreyer's -- the release-date line 'For Release: June 25,
2003' (-> `published`), the headline (-> `title`) and the deck 'Dreamery, Godiva, Whole Fruit Brands and Nestle
Distribution Assets Will be Divested to CoolBrands' (a sub-heading) left out of the text; cut inside the fourth
paragraph at a sentence end, after 'Nestl\u00e9 markets superpremium ice cream under the H\u00e4agen-Dazs brand.', before the
sentence the excerpt breaks off ("Dreyer's sup") (`truncated`). Cytec / UCB -- the run-in sub-headings 'The Relevant
Product Markets' and 'The FTC\u2019s Complaint' dropped; cut after the third paragraph, before the paragraph the excerpt
breaks off ('... to maintain competi') (`truncated`). No word added or changed; the store's paragraphs kept, joined by
a blank line. Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch62m.py [POOL_DIR] [--dry]   (default /tmp/gather63m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
NARA_ORIGIN = "US FTC press release, ftc.gov page as archived on webharvest.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 and the session-57 pools "
         "/tmp/gather62*/pool and /tmp/gather63*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather63/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63m/pool"
SRC = "/tmp/gather63m/src"
R = []

# ---- Valero Energy Corporation / Ultramar Diamond Shamrock Corporation, FTC press release, December 18, 2001 --------
U1 = "https://www.ftc.gov/opa/2001/12/valero.htm"
P1 = [
 "Resolving its competitive concerns regarding the proposed $6 billion merger of petroleum refiners Valero "
 "Energy Corporation (Valero) and Ultramar Diamond Shamrock Corporation (Ultramar), the Federal Trade "
 "Commission today announced a proposed consent order that would allow the transaction to proceed, but "
 "requires Valero to divest Ultramar's Golden Eagle Refinery, bulk gasoline supply contracts, and 70 Ultramar "
 "retail service stations in Northern California to a Commission-approved buyer. Both Valero and Ultramar are "
 "leading refiners and marketers of CARB gasoline in California. The FTC's complaint states that the merger as "
 "proposed could cost California consumers more than 150 million dollars annually if the price of CARB "
 "gasoline increased just one cent per gallon due to lost competition from the merger.",
 "CARB gasoline meets the specifications of the California Air Resources Board (CARB). CARB 2 gasoline meets "
 "the current Phase 2 specifications in effect since 1996, and is the only gasoline that can be sold to "
 "California consumers. CARB 3 gasoline meets the proposed Phase 3 specifications scheduled to go into effect "
 "on January 1, 2003, after which it will be the only gasoline that can be sold to the state's consumers.",
 "\"The Commission's proposed order will effectively remedy competition lost due to the transaction and ensure "
 "that California consumers do not pay any more than they have to for CARB gasoline within the state. The "
 "result is a win for consumers,\" said FTC Bureau of Competition Director Joseph J. Simons.",
 "Valero, headquartered in San Antonio, Texas, is an independent U.S. company engaged in national refining, "
 "transportation, and marketing of petroleum products and related petrochemical products. In 2000, the company "
 "reported net income of $611 million on revenues of nearly $15 billion, with revenues generated almost "
 "exclusively in the United States from seven fuel refineries."]
R.append((["ftc-2001-12-valero-ultramar.txt"], None, P1, federal(
 "us-ftc-valero-ultramar-diamond-shamrock-consent-order-golden-eagle-refinery-2001",
 U1, "2001-12-18", None, "\n\n".join(P1),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,petroleum refining",
 "U.S. Federal Trade Commission, press release of December 18, 2001 on the proposed consent order in the merger of "
 "Valero Energy Corporation and Ultramar Diamond Shamrock Corporation (its headline is not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it (the older 'opa/2001/12/...' "
 "address): first-party text. Left out: the page line 'Skip to main content'. The stored text holds no headline and "
 "no date line: `title` None (the attribution says so); `published` 18 December 2001 (a Tuesday) -- the address "
 "gives December 2001 and the FTC's own 'For Your Information' notice of February 2002 (ftc.gov opa/2002/02/"
 "fyi0211.htm, rank 2 of query 11) gives the day: 'Under the terms of a decision and consent order reached with the "
 "FTC and announced on December 18, 2001' and 'see press release dated December 18, 2001'; the release says 'today "
 "announced' (the Oregon Department of Justice's release of December 18, 2001, rank 4 of query 9, agrees). Dropped: "
 "the run-in sub-heading 'The Parties and the Proposed Transaction' before the fourth kept paragraph. Cut after that "
 "paragraph (Valero's seat and 2000 results), before the paragraph on Ultramar that the store's excerpt breaks off "
 "('Ultramar is an') (`truncated`). Kept as written: the straight quotation marks and apostrophes of this excerpt, "
 "'FTC Bureau of Competition Director Joseph J. Simons', '150 million dollars', 'CARB 2', 'CARB 3'. 292 words "
 "(whitespace-split), four paragraphs. Found at rank 1 under 'FTC Valero Ultramar Diamond Shamrock consent order "
 "divest refinery Golden Eagle Tesoro' (query 9); ranks 2-8 were the California Attorney General's and the Oregon "
 "Department of Justice's releases on their own settlements, docstoc's copy of the Order to Hold Separate, "
 "einpresswire's copy of a 2013 Tesoro/Chevron release, csnews and an ftc.gov petroleum listing. One text per "
 "matter: this release, the complaint, the consent order, the Order to Hold Separate (Docket No. C-4031, File No. "
 "011 0141) and the FTC's notice of February 2002 on the divestiture to Tesoro are one matter; the states' own "
 "settlements are the same deal, Tesoro / Chevron (2013) another. " + CHECK + "'Valero', 'Ultramar', 'Ultramar "
 "Diamond', '011 0141', 'C-4031': 0 in the corpus files, the scripts and the pools ('Valero' and 'Ultramar' only in "
 "leads of earlier rounds in GATHERING.md: 'Valero / Ultramar (check the agency ...)', 45o's leads); 'Golden Eagle' "
 "(Rakuten's Golden Eagles baseball team in VOA texts, other matters), 'Simons' (other people, other matters) and 'Air "
 "Resources Board' (two texts on other matters) only elsewhere.",
 True)))

# ---- The Dow Chemical Company / Union Carbide Corporation, FTC press release, February 5, 2001 ----------------------
U2 = "https://www.ftc.gov/opa/2001/02/dowunion.htm"
P2 = [
 "The Federal Trade Commission has accepted for public comment a proposed consent order that would remedy the "
 "likely anticompetitive effects of the proposed merger of The Dow Chemical Company (\"Dow\") and Union "
 "Carbide Corporation (\"Carbide\"). Under the terms of the order, Dow would be required to divest and license "
 "intellectual property that is critical to the production of linear low-density polyethylene (\"LLDPE\") - a "
 "key ingredient in premium plastic products such as trash bags, stretch film and sealable food pouches - to "
 "BP Amoco plc (\"BP\"), its former partner in developing this technology. Dow would also be required to "
 "divest to identified up-front buyers its ethyleneamines, ethanolamines and methyldiethanolamine "
 "(\"MDEA\")-based gas treating products businesses.",
 "\"This merger would have significantly reduced competition in the development of new consumer plastic "
 "products and technology,\" said Molly Boast, Acting Director of the FTC's Bureau of Competition. \"The "
 "Commission's order is intended to preserve competition in this and several other chemical markets over the "
 "long term, benefitting consumers with better products at lower prices.\"",
 "According to the Commission's complaint, the merger would substantially reduce competition in four lines of "
 "commerce: LLDPE and related technology (both metallocene catalysts and reactor processes); ethyleneamines; "
 "ethanolamines; and branded MDEA."]
R.append((["ftc-2001-02-dow-union-carbide.txt"], None, P2, federal(
 "us-ftc-dow-chemical-union-carbide-consent-order-lldpe-bp-amoco-2001",
 U2, "2001-02-05", None, "\n\n".join(P2),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,licensing",
 "U.S. Federal Trade Commission, press release of February 5, 2001 on the proposed consent order in the merger of "
 "The Dow Chemical Company and Union Carbide Corporation (its headline is not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it (the older 'opa/2001/02/...' "
 "address): first-party text. Left out: the page line 'Skip to main content'. The stored text holds no headline and "
 "no date line: `title` None (the attribution says so); `published` 5 February 2001 (a Monday) -- the address gives "
 "February 2001 and the FTC's own release of February 2011 on Dow's application to amend its Huntsman agreement "
 "(ftc.gov news-events/news/press-releases/2011/02/..., rank 4 of query 15) gives the day: 'see press release dated "
 "February 5, 2001'; the Federal Register analysis of February 12, 2001 (cptech's copy, rank 2) points to 'the FTC "
 "Home Page (for February 5, 2001)'. The text itself holds no 'today' and no date. Cut after the third paragraph "
 "(the complaint's four lines of commerce), before the sub-heading 'LLDPE' and the paragraph under it that the "
 "store's excerpt breaks off ('... polymers dem') (`truncated`). Kept as written: the straight quotation marks of "
 "this excerpt, the spaced hyphens around the LLDPE aside, '(\"MDEA\")-based', 'benefitting'. 200 words "
 "(whitespace-split), three paragraphs. Found at rank 3 under 'FTC Dow Chemical Union Carbide merger consent order "
 "divest ethyleneamines polyethylene technology' (query 15); ranks 1-2 and 4-8 were a copy (no address given) of the "
 "FTC's 2011 approval of the Huntsman amendment, cptech's copy of the Federal Register analysis, ftc.gov's 2011 "
 "release, bhopal.net's copy of a Dow Jones story of 6 February 2001, adhesivesmag, docslib's copy of the analysis "
 "and pcimag. One text per matter: this release, the complaint, the consent order, the Federal Register analysis "
 "(File No. 991 0301, Docket No. C-3999) and the FTC's 2011 notices on the Huntsman agreement are one matter. " +
 CHECK + "'Union Carbide', 'Molly Boast', 'BP Amoco', 'ethyleneamines', 'LLDPE', '991 0301', 'C-3999': 0 in the "
 "corpus files, the scripts, the pools, the claims and GATHERING.md; 'Dow Chemical' (Dow's 2008 deal for Rohm and "
 "Haas, Dow Corning and other matters) and 'Huntsman' (other matters; not in this text) only elsewhere.",
 True)))

# ---- Nestle S.A. / Dreyer's Grand Ice Cream Inc., FTC press release, June 25, 2003 (webharvest.gov copy) ------------
U3 = "https://webharvest.gov/peth04/20041024142754/http://www3.ftc.gov/opa/2003/06/nestle.htm"
T3 = "Nestl\u00e9- Dreyer's Settle FTC Charges"
P3 = [
 "Nestl\u00e9 S.A. and Dreyer's Grand Ice Cream Inc. have agreed to divest three of Dreyer's brands and "
 "Nestl\u00e9's distribution assets to settle Federal Trade Commission charges that their merger would lessen "
 "competition in the market for the sale of superpremium ice cream to the retail channel and violate federal "
 "law. Under the terms of the proposed settlement, the parties will divest the superpremium ice cream brands "
 "Dreamery and Godiva, the Whole Fruit sorbet brand, and Nestl\u00e9's distribution assets to CoolBrands "
 "International, Inc., no later than 10 days after Nestl\u00e9 acquires Dreyer's. Should the Commission "
 "determine that CoolBrands is not an acceptable purchaser, or if the divestiture is not consummated in an "
 "acceptable manner, the assets must be divested to another Commission-approved buyer.",
 "\"We have structured this settlement to preserve the significant competition that would have been lost by "
 "this merger,\" said Joe Simons, Director of the FTC's Bureau of Competition.",
 "According to the FTC, U.S. consumers spend at retail about $600 million annually for superpremium ice cream. "
 "Nestl\u00e9 and Dreyer's, along with Unilever, the marketer of Ben & Jerry's brand ice cream, account for "
 "about 98 percent of superpremium ice cream sales. In June 2002, Nestl\u00e9 and Dreyer's agreed to combine "
 "their ice cream businesses. The purchase of Dreyer's would give Nestl\u00e9, alone, about 60 percent of the "
 "market. At the time, the deal was valued at about $2.8 billion.",
 "In March 2003, the FTC authorized the staff to seek a preliminary injunction to block the merger of "
 "Nestl\u00e9 and Dreyer's, pending trial. The agency asserted the merger would violate the antitrust laws by "
 "eliminating competition and raising prices for superpremium ice cream. Nestl\u00e9 markets superpremium ice "
 "cream under the H\u00e4agen-Dazs brand."]
R.append((["ftc-2003-06-nestle-dreyers.txt"], T3, P3, federal(
 "us-ftc-nestle-dreyers-consent-order-coolbrands-superpremium-ice-cream-2003",
 U3, "2003-06-25", T3, "\n\n".join(P3),
 "food/competition regulation", "deal,regulatory,merger control,divestiture,brands",
 "U.S. Federal Trade Commission, press release of June 25, 2003, '" + T3 + "', US federal government work (public "
 "domain); ftc.gov's page (www3.ftc.gov/opa/2003/06/nestle.htm) as the US National Archives' webharvest.gov harvest "
 "of 24 October 2004 holds it; text from the search tool's page store at " + U3,
 NARA_ORIGIN,
 "An FTC press release (a US federal work, public domain) in the National Archives' own harvest of ftc.gov "
 "(webharvest.gov, peth04 = the 2004 end-of-term harvest, capture 20041024142754): the FTC's text as its site carried "
 "it, not a third party's copy. Left out: the archive's 'Search:' line, the date line 'For Release: June 25, 2003' "
 "(-> `published` 2003-06-25, from the page itself; the FTC's 'Announced Action for June 10, 2004' at rank 1 of query "
 "17 lists a 'press release dated ... June 25, ... 2003' in this matter), the headline (-> `title`) and the deck "
 "'Dreamery, Godiva, Whole Fruit Brands and Nestle Distribution Assets Will be Divested to CoolBrands' (a sub-heading; "
 "it spells 'Nestle' without the accent). Cut inside the fourth paragraph at a sentence end, after 'Nestl\u00e9 "
 "markets superpremium ice cream under the H\u00e4agen-Dazs brand.', before the sentence the store's excerpt breaks "
 "off (\"Dreyer's sup\") (`truncated`). Kept as written: 'Nestl\u00e9' with its accent throughout the text, "
 "'H\u00e4agen-Dazs', 'Ben & Jerry's', the straight quotation marks and apostrophes. 282 words (whitespace-split), "
 "four paragraphs (the last cut short). Found at rank 2 under 'FTC Nestle Dreyer's Grand Ice Cream consent order "
 "divest CoolBrands superpremium ice cream' (query 17; again rank 2 of query 18); ranks 1 and 3-8 were ftc.gov's "
 "announced action of June 10, 2004 (CoolBrands' petition), the order to maintain assets, adage, the decision and "
 "order, progressivegrocer, the LA Times and the agreement. One text per matter: this release, the complaint, the "
 "consent orders (File No. 021-0174, Docket No. C-4082) and the 2004 petition are one matter. " + CHECK +
 "'CoolBrands', 'Dreamery', 'Whole Fruit', 'Godiva', 'Haagen', 'H\u00e4agen', 'superpremium', 'Joe Simons', "
 "'021 0174', '021-0174', 'C-4082': 0 in the corpus files, the scripts, the pools and GATHERING.md; 'Dreyer' only "
 "in batch 16i's ftc.gov food listing (train; its scripts say the Nestl\u00e9 Holdings / Dreyer's item was cut "
 "before its only sentence), a SpaceX text (a person, Lauren Dreyer) and batch 25a's scripts (the same person).",
 True)))

# ---- Cytec Industries, Inc. / UCB S.A. (Surface Specialties Business), FTC press release, March 1, 2005 -------------
U4 = ("https://www.ftc.gov/news-events/news/press-releases/2005/03/"
      "protecting-competition-ftc-clears-cytecs-18-billion-acquisition-ucb-sas-surface-specialties-division")
P4 = [
 "The Federal Trade Commission today announced it has allowed Cytec Industries, Inc.\u2019s (Cytec) proposed "
 "$1.8 billion acquisition of the Surface Specialties Business of Belgium\u2019s UCB S.A., provided Cytec "
 "divests UCB\u2019s Amino Resins Business to a Commission-approved buyer within six months. According to the "
 "FTC\u2019s complaint in this matter, for many years Cytec and UCB have been direct and substantial "
 "competitors in the market for amino resins, and absent the relief the consent order ensures, this "
 "competition would be lost and not easily replaced. The result, the FTC contends, would be higher prices for "
 "consumers in the markets for amino resins for industrial liquid coatings and adhesion promotion in rubber.",
 "Both Cytec and UCB manufacture and sell amino resins used for industrial liquid coatings and rubber adhesion "
 "promotion. The resins the companies make are used as cross-linking agents in thermoset surface coatings for "
 "a range of applications, including automotive coatings, coil coatings, can coatings, appliance coatings, and "
 "general maintenance coatings. Amino resins also are used, primarily in tires, to promote the adhesion of "
 "rubber to materials such as steel or fiber.",
 "According to the FTC\u2019s complaint, the proposed acquisition would violate Section 5 of the FTC Act and "
 "Section 7 of the Clayton Act, as amended, in the relevant markets for amino resins for industrial liquid "
 "coatings and adhesion promotion in rubber. The complaint states that for many years Cytec and UCB have been "
 "the two major competitors in these markets, competing with each other across a wide range of amino resin "
 "grades and applications. In addition, the markets for these products already are highly concentrated, the "
 "FTC contends, and would become more so without the relief provided by the order."]
R.append((["ftc-2005-03-cytec-ucb.txt"], None, P4, federal(
 "us-ftc-cytec-ucb-surface-specialties-consent-order-amino-resins-2005",
 U4, "2005-03-01", None, "\n\n".join(P4),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,business unit acquisition",
 "U.S. Federal Trade Commission, press release of March 1, 2005 on the proposed consent order in Cytec Industries, "
 "Inc.'s acquisition of the Surface Specialties Business of UCB S.A. (its headline is not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U4,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2005/03/...'): first-party text. Left out: the page line 'Skip to main content'. The stored text "
 "holds no headline and no date line: `title` None (the attribution says so); `published` 1 March 2005 (a Tuesday) "
 "-- the address gives March 2005 and the FTC's 'Announced Actions for August 26, 2005' (ftc.gov, rank 6 of query 1), "
 "on Cytec's divestiture to INEOS subsidiaries, closes with 'see press releases dated March 1 and June 21, 2005' "
 "(**doubtful** only in that the notice does not say which release is which: March 1 is the one in this address's "
 "month, June 21 the final order's; the Federal Register analysis of March 9, 2005 follows it); the release says "
 "'today announced'. Dropped: the run-in sub-headings 'The Relevant Product Markets' and 'The FTC\u2019s Complaint' "
 "before the second and third kept paragraphs. Cut after the third paragraph, before the paragraph the store's "
 "excerpt breaks off ('... to maintain competi') (`truncated`). Kept as written: the curly apostrophes, "
 "'Cytec Industries, Inc.\u2019s (Cytec)', 'Belgium\u2019s UCB S.A.', 'Surface Specialties Business' and 'Amino "
 "Resins Business' with their capitals. 280 words (whitespace-split), three paragraphs. No FTC official is named in "
 "the stored text. Found at rank 1 under 'FTC Cytec UCB Surface Specialties acquisition consent order divest amino "
 "resins' (query 1; 62g's lead: it had seen the same page at rank 1 and left it free); ranks 2-8 were justia's copy "
 "of the Federal Register analysis (twice), docstoc's copy of the analysis, vdocument's copy of the European "
 "Commission's decision, ftc.gov's announced actions of August 26, 2005, ftc.gov's chemicals listing and C&EN's "
 "story of October 2004. One text per matter: this release, the complaint, the consent order, the Federal Register "
 "analysis (File No. 041 0203, Docket No. C-4132) and the August 2005 approval of the divestiture to INEOS are one "
 "matter. " + CHECK + "'Cytec', 'Cytec Industries', 'Surface Specialties', 'Amino Resins', 'amino resin', 'UCB "
 "S.A.', '041 0203': 0 in the corpus files, the scripts and the pools (only 62g's and 62e's leads and not-used notes "
 "in GATHERING.md and the notes); 'UCB' alone in other matters' scripts (the University of California, Berkeley; "
 "UCBH Holdings) and in one test file by count (not opened; it holds none of the names above: another matter); "
 "'C-4132' only in 62g's check list.",
 True)))


def verify():
    """Each kept paragraph (and the title, where there is one) occurs verbatim (once) in the saved excerpt, line
    breaks read as spaces (the saved file's two header lines, its address and the query that found it, are not part
    of the excerpt)."""
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
