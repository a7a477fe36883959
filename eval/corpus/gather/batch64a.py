#!/usr/bin/env python3
"""Batch 64a (session 58, gatherer 64a): four FTC merger press releases of 2002, 2003, 2005 and 2007 (biotechnology,
inspection equipment, petroleum pipelines and terminals, generic injectable drugs) naming the merging firms, their
subsidiaries and business units, the buyers of divested assets and the licensees the orders name, a branded drug and
the Bureau of Competition's Director, new matters in the federal FTC lane (after 63g, 63a, 62m, 62g, 62e, 62b, 61b,
60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by asking the FTC's
merger consents by acquirer, target and 'consent order divest' (63a's and 63g's way; GE / Agfa from the 'Leads for a
next round' of 63g's section, the other three new leads checked the same way):
  - ftc.gov 'opa/2002/07/amgen.htm' (FTC press release of July 12, 2002; its headline is not in the stored text) --
    the proposed consent agreement allowing Amgen Inc.'s $16 billion acquisition of Immunex Corporation provided the
    companies sell Immunex's Leukine assets to Schering AG and license intellectual property to Serono S.A. and
    Regeneron Pharmaceuticals Inc., with Joseph J. Simons, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/press-releases/2003/12/resolving-anticompetitive-concerns-ftc-clears-general-electrics'
    (FTC press release of December 2003; its day and headline are not in the stored text) -- the settlement on
    General Electric Company's proposed acquisition of Agfa-Gevaert N.V.'s nondestructive testing business, GE to
    divest its Panametrics ultrasonic NDT business to R/D Tech, Inc., with GE's subsidiary Panametrics, Inc., its
    units GE Aircraft Engines and GE Power Systems and Agfa's Krautkramer subsidiary;
  - ftc.gov 'news-events/press-releases/2005/06/ftc-orders-significant-divestitures-clearing-valeros-acquisition'
    (FTC press release of June 15, 2005; its headline is not in the stored text) -- Valero L.P.'s agreement to make
    three divestitures to settle the complaint on its proposed $2.8 billion acquisition of Kaneb Services LLC and
    Kaneb Pipe Line Partners, with Susan A. Creighton, Director of the FTC's Bureau of Competition, and Valero
    Energy's stake in Valero L.P.;
  - ftc.gov 'news-events/news/press-releases/2007/01/ftc-challenges-hospiramayne-pharma-deal' (FTC press release of
    January 18, 2007; its headline is not in the stored text) -- the FTC's challenge to Hospira Inc.'s proposed $2
    billion acquisition of Mayne Pharma Ltd. with the order to divest Mayne's rights and assets in five generic
    injectable drugs to Barr Pharmaceuticals, Inc., with Jeffrey Schmidt, Director of the FTC's Bureau of Competition,
    Abbott Laboratories, Inc.'s Dilaudid H-P and Baxter Healthcare Corp.
US federal government works (17 U.S.C. 105). See /work/notes/gather65/64a.md. Queries and ranks in
/tmp/gather65a/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather6* (notes and CLAIMS.txt) and the pools /tmp/gather6*/pool. The
texts are the search tool's page-store excerpts (corpus `pages`; each 2,000 bytes in UTF-8, the store's cut: 2,000,
1,992, 1,980 and 1,984 characters -- the Amgen excerpt with straight quotation marks and apostrophes, the other three
with curly ones, GE / Agfa's with one straight apostrophe beside its curly ones), as saved in /tmp/gather65a/src by
/tmp/gather65a/mk_src.py.
Left out: the page line 'Skip to main content' and the blank lines under it (all four); the page line 'Tags:'
(Amgen); `title` None for all four (no headline in the stored text); `published` None for GE / Agfa (no page, notice
or dated copy in the store gave the day). Amgen / Immunex -- the sub-heading 'Parties to the Transaction' dropped; cut
after the third paragraph, before the paragraph the excerpt breaks off ('Amgen, headquartered in Thousand Oaks,
California, is the most successful biotechnology') (`truncated`). GE / Agfa -- the sub-heading 'Parties to the
Transaction' dropped; cut inside the fourth paragraph at a sentence end, after '... Agfa is one of the world's leading
imaging companies.', before the sentence the excerpt breaks off ('Agfa researches, develops, produces, and sells a
wide variety of NDT equipment through its Kraut') (`truncated`). Valero / Kaneb -- the sub-heading 'The Proposed
Transaction' dropped; cut inside the third paragraph at a sentence end, after '... maintain a 23 percent equity stake
in Valero L.P.', before the sentence the excerpt breaks off ('Valero Energy's key businesses will continue to be
concentrated in the refining, transportati') (`truncated`). Hospira / Mayne -- the deck line under the page line ('To
Protect Competition, Companies Must Sell Assets for Five Generic Injectable Drugs', a sub-headline, not the headline)
dropped; cut after the fifth paragraph ('Hydromorphone Hydrochloride. ...'), before the paragraph the excerpt breaks off
('Nalbuphine Hydrochloride. Nalbuphine is an injectable opioid analgesic ... in the U') (`truncated`). No word added or
changed; the store's paragraphs kept, joined by a blank line. Each kept paragraph checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch64a.py [POOL_DIR] [--dry]   (default /tmp/gather65a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather60-65 (notes and CLAIMS.txt) and the pools /tmp/gather6*/pool (none held a file on "
         "this matter when checked), and claimed in /work/notes/gather65/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65a/pool"
SRC = "/tmp/gather65a/src"
R = []

# ---- Amgen Inc. / Immunex Corporation, FTC press release, July 12, 2002 -----------------------------------------------
U1 = "https://www.ftc.gov/opa/2002/07/amgen.htm"
P1 = [
 "Under the terms of a proposed consent agreement announced today, the Federal Trade Commission would allow Amgen "
 "Inc.'s (Amgen) proposed $16 billion acquisition of Immunex Corporation (Immunex) to proceed, provided the companies "
 "divest certain assets and license certain intellectual property rights in three biopharmaceutical markets. In its "
 "complaint against Amgen and Immunex, the FTC alleged that the transaction, as originally structured, would violate "
 "the Clayton Act and the Federal Trade Commission Act in the markets for: 1) neutrophil (white blood cell) "
 "regeneration factors; 2) tumor necrosis factor (TNF) inhibitors; and 3) interleukin-1 (IL-1) inhibitors. The "
 "proposed consent order would require the companies to sell all of Immunex's assets related to Leukine - a "
 "neutrophil regeneration factor - to Schering AG (Schering). The order also would require the companies to grant a "
 "license to certain intellectual property rights related to TNF inhibitors to Serono S.A. (Serono) and to certain "
 "intellectual property rights related to IL-1 inhibitors to Regeneron Pharmaceuticals Inc. (Regeneron).",
 "\"Amgen and Immunex are two of the nation's leading biotechnology firms, and compete head-to-head in the "
 "billion-dollar neutrophil regeneration market,\" said Joseph J. Simons, Director of the FTC's Bureau of "
 "Competition. \"The proposed order announced today not only will remedy competition lost immediately in that market "
 "as a result of Amgen's acquisition of Immunex, but also will encourage competition in the future by limiting the "
 "companies' ability to block entry in other emerging biopharmaceutical markets within the United States.\"",
 "The companies announced the proposed transaction in December 2001. Under its terms, Amgen will acquire all of the "
 "issued and outstanding shares of Immunex, with the newly formed company to be called Amgen."]
R.append((["ftc-2002-07-amgen-immunex.txt"], None, P1, federal(
 "us-ftc-amgen-immunex-consent-agreement-leukine-schering-2002",
 U1, "2002-07-12", None, "\n\n".join(P1),
 "biotechnology/competition regulation", "deal,regulatory,merger control,divestiture,licensing,drugs",
 "U.S. Federal Trade Commission, press release of July 12, 2002 on the proposed consent agreement in Amgen Inc.'s "
 "acquisition of Immunex Corporation (its headline is not in the stored text), US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2002/07/...', the FTC's "
 "Office of Public Affairs archive): first-party text. Left out: the page lines 'Skip to main content' and 'Tags:' "
 "and the blank lines under them. The stored text holds no headline and no date line: `title` None (the attribution "
 "says so); `published` 12 July 2002 (a Friday) -- the address gives July 2002 and the FTC's own Federal Register "
 "analysis of the matter (federal.elaws.us's copy, rank 3 of query 3) says the consent agreement package 'can be "
 "obtained from the FTC Home Page (for July 12, 2002)'; law.com's story (rank 1 of query 3) says regulators 'cleared "
 "the way on Friday'; the release says 'announced today'. Dropped: the sub-heading 'Parties to the Transaction' after "
 "the third kept paragraph. Cut after the third paragraph, before the paragraph the store's excerpt breaks off "
 "('Amgen, headquartered in Thousand Oaks, California, is the most successful biotechnology') (`truncated`). Kept as "
 "written: the straight quotation marks and apostrophes of this excerpt, 'Amgen Inc.'s (Amgen)', the spaced hyphens "
 "around '- a neutrophil regeneration factor -', 'license', the list numbered '1) ... 2) ... and 3)'. 272 words "
 "(whitespace-split), three paragraphs. Found at rank 2 under 'FTC Amgen Immunex consent order divest Leukine "
 "Schering AG 2002' (query 3); ranks 1 and 3-8 were law.com, the FR analysis copy, concurrences (the final order of "
 "September 3, 2002), an Amgen / Horizon page of 2023, a Los Angeles Times copy on the second request, pymnts and a "
 "BMS / Celgene page (other matters or third parties). One text per matter: this release, the complaint, the orders, "
 "the analysis (File No. 021 0052) and the final order are one matter. " + CHECK + "'Immunex', 'Leukine', "
 "'Regeneron', 'Neupogen', 'Thousand Oaks', '0210052': 0 in the corpus files, the scripts and the pools; 'Amgen' only "
 "in files on other matters (a train DOJ text on Amgen's 2012 misbranding settlement, a test FTC prescription-drug "
 "cases listing by count -- by its name on BMS / Celgene and Otezla, not opened -- and batches 16e's and 54zm's "
 "scripts); 'Serono S.A' only in a train English Wikipedia text on Serono and its scripts (no 'Immunex' or 'Amgen' "
 "there); 'Schering AG' only in files on other matters (63a's Genzyme / Ilex, English Wikipedia's Schering AG and "
 "Lanxess); 'Joseph J. Simons' and 'Joseph Simons' in files on other matters (other FTC texts of his tenure).",
 True)))

# ---- General Electric Company / Agfa-Gevaert N.V. NDT business, FTC press release, December 2003 (day unknown) ----------
U2 = ("https://www.ftc.gov/news-events/press-releases/2003/12/"
      "resolving-anticompetitive-concerns-ftc-clears-general-electrics")
P2 = [
 "The Federal Trade Commission has negotiated a settlement to resolve antitrust concerns arising from General "
 "Electric Company\u2019s (GE) proposed acquisition of Agfa-Gevaert N.V.\u2019s (Agfa) nondestructive testing (NDT) "
 "business. Under the terms of the proposed consent order, GE has agreed to divest its Panametrics ultrasonic NDT "
 "business to R/D Tech, Inc. (R/D Tech). The proposed transaction, which previously received conditional clearance "
 "from the European Commission, was announced in January of this year and is valued at approximately $437 million.",
 "GE, through its Panametrics subsidiary, and Agfa, through its Krautkramer subsidiary, are the two largest "
 "suppliers of ultrasonic NDT equipment in the United States. Ultrasonic NDT equipment includes, among other things, "
 "1) portable flaw detectors; 2) corrosion thickness gages; and 3) precision thickness gages. Such equipment is used "
 "to inspect the tolerance of materials without damaging them or impairing their future usefulness. Manufacturers "
 "and end users in a variety of industries use ultrasonic NDT equipment for quality-control purposes.",
 "GE is a diversified technology and services company headquartered in Fairfield, Connecticut. GE is made up of a "
 "broad range of primary business units, each with its own number of divisions. GE Aircraft Engines, the business "
 "unit that proposes to acquire Agfa\u2019s NDT assets, is the world's leading manufacturer of jet engines for "
 "military and civil aircraft. Another business unit of GE, GE Power Systems, offers ultrasonic NDT equipment through "
 "the NDT Division of Panametrics, Inc. With its headquarters and manufacturing operations in Waltham, Massachusetts, "
 "Panametrics researches, designs, manufactures, and sells ultrasonic NDT equipment and systems.",
 "Headquartered in Mortsel, Belgium, Agfa is one of the world\u2019s leading imaging companies."]
R.append((["ftc-2003-12-ge-agfa.txt"], None, P2, federal(
 "us-ftc-general-electric-agfa-ndt-consent-order-panametrics-rd-tech-2003",
 U2, None, None, "\n\n".join(P2),
 "industrial equipment/competition regulation", "deal,regulatory,merger control,divestiture,inspection equipment",
 "U.S. Federal Trade Commission, press release of December 2003 on the proposed consent order in General Electric "
 "Company's acquisition of Agfa-Gevaert N.V.'s nondestructive testing business (its headline and day are not in the "
 "stored text), US federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2003/12/...'): first-party text. Left out: the page line 'Skip to main content' and the two blank lines under it. "
 "The stored text holds no headline and no date line: `title` None (the attribution says so); `published` None -- "
 "the address gives December 2003, the FTC's Federal Register analysis is dated December 24, 2003 (UNT web archive's "
 "copy, rank 2 of query 1; comments due January 20, 2004) and the EC's decision on the referral December 5, 2003, "
 "but none gives the day the FTC announced the settlement, and four queries (7, 9, 11 and 1) found no FTC notice "
 "with 'see press release dated'; so 'in January of this year' is not resolved (GUIDELINES: with `published` null, "
 "only absolute expressions; the text has none). Dropped: the sub-heading 'Parties to the Transaction' before the "
 "third kept paragraph. Cut inside the fourth paragraph at a sentence end, after '... Agfa is one of the world\u2019s "
 "leading imaging companies.', before the sentence the store's excerpt breaks off ('Agfa researches, develops, "
 "produces, and sells a wide variety of NDT equipment through its Kraut') (`truncated`). Kept as written: the curly "
 "apostrophes of this excerpt and its one straight one ('the world's leading manufacturer of jet engines'), "
 "'Agfa-Gevaert N.V.\u2019s (Agfa)', 'R/D Tech, Inc. (R/D Tech)', 'gages', 'Krautkramer' without an umlaut, the list "
 "numbered '1) ... 2) ... and 3)'. 265 words (whitespace-split), four paragraphs (the last cut short). Found at rank "
 "1 under 'FTC General Electric Agfa-Gevaert nondestructive testing consent order divest Panametrics R/D Tech' (query "
 "1; 63g's lead); ranks 2-8 were the FR analysis copy, two copies of the EC's GE / Agfa NDT decision (livv.eu, "
 "vdocuments), 63g's GE / InVision release and its FR analysis and petition (another matter, taken before) and "
 "docstoc's copy of the GE / Agfa complaint (Docket No. C-4103). One text per matter: this release, the complaint, the "
 "orders and the analysis (File No. 031 0097, Docket No. C-4103) are one matter. " + CHECK + "'Agfa-Gevaert', "
 "'Panametrics', 'R/D Tech', 'GE Aircraft Engines', 'GE Power Systems', 'Mortsel', '031 0097', '0310097', 'C-4103': "
 "0 in the corpus files, the scripts and the pools ('Agfa-Gevaert', 'Panametrics' and 'R/D Tech' only in 63g's lead "
 "in GATHERING.md and the notes); 'Agfa' and 'Krautkramer' only in 63g's GE / InVision text (train; its "
 "script's notes name 'the 2003 GE / Agfa analysis and release (another matter)', and its text lists Krautkramer as "
 "a GE brand -- the brand GE gained by this purchase; no acquisition of Agfa's business is stated there); 'Waltham' "
 "in files on other matters.",
 True)))

# ---- Valero L.P. / Kaneb Services LLC and Kaneb Pipe Line Partners, FTC press release, June 15, 2005 ------------------
U3 = ("https://www.ftc.gov/news-events/press-releases/2005/06/"
      "ftc-orders-significant-divestitures-clearing-valeros-acquisition")
P3 = [
 "The Federal Trade Commission today announced that Valero L.P. (Valero) has agreed to make three major divestitures "
 "to settle a Commission complaint that its proposed $2.8 billion acquisition of Kaneb Services LLC (KSL) and Kaneb "
 "Pipe Line Partners (KPP) would violate federal law. The divestitures will preserve existing competition for "
 "petroleum transportation and terminaling in Northern California, Pennsylvania, and Colorado, and avoid a potential "
 "increase in bulk gasoline and diesel prices. The order also requires Valero, the largest petroleum terminal "
 "operator and second-largest operator of liquid petroleum pipelines in the United States, to develop an information "
 "firewall and maintain open, non-discriminatory access to two retained Northern California terminals, in order to "
 "ensure access to ethanol terminaling in Northern California following its acquisition of Kaneb.",
 "\u201cThe strong relief provided by the Commission\u2019s order will ensure that transportation and terminaling "
 "competition is maintained in key areas of the United States\u2019 energy markets,\u201d said Susan A. Creighton, "
 "Director of the FTC\u2019s Bureau of Competition. \u201cThe order illustrates the Commission\u2019s continuing "
 "commitment to protecting consumers from higher prices for transportation fuels arising from potentially "
 "anticompetitive mergers in this important sector of the economy.\u201d",
 "Under the terms of agreements between Valero and the Kaneb companies, Valero will pay $525 million for all "
 "partnership units of KSL, and will exchange $1.7 billion in Valero partnership units for all outstanding units of "
 "KPP. As a result, both KSL and KPP will become wholly owned subsidiaries of Valero, and Valero Energy, which "
 "currently owns 46 percent of Valero L.P.\u2019s common units, will continue to own the general partner and "
 "maintain a 23 percent equity stake in Valero L.P."]
R.append((["ftc-2005-06-valero-kaneb.txt"], None, P3, federal(
 "us-ftc-valero-lp-kaneb-consent-order-three-divestitures-2005",
 U3, "2005-06-15", None, "\n\n".join(P3),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,pipelines,petroleum terminals",
 "U.S. Federal Trade Commission, press release of June 15, 2005 on the consent order in Valero L.P.'s acquisition of "
 "Kaneb Services LLC and Kaneb Pipe Line Partners (its headline is not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2005/06/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The "
 "stored text holds no headline and no date line: `title` None (the attribution says so); `published` 15 June 2005 "
 "(a Wednesday) -- the address gives June 2005 and the FTC's own 'Announced Action for July 15, 2005' (ftc.gov, rank "
 "5 of query 6), on the divestiture petition in this matter, closes with 'see press release dated June 15, 2005'; "
 "the FTC's FR analysis is dated June 22, 2005 (ranks 2-4 of query 6); the release says 'today announced'. Dropped: "
 "the sub-heading 'The Proposed Transaction' before the third kept paragraph. Cut inside the third paragraph at a "
 "sentence end, after '... maintain a 23 percent equity stake in Valero L.P.', before the sentence the store's "
 "excerpt breaks off ('Valero Energy\u2019s key businesses will continue to be concentrated in the refining, "
 "transportati') (`truncated`). Kept as written: the curly quotation marks and apostrophes of this excerpt, 'Kaneb "
 "Pipe Line Partners (KPP)' without 'L.P.', 'non-discriminatory', 'second-largest'. 270 words (whitespace-split), "
 "three paragraphs (the last cut short). Found at rank 7 under 'FTC Valero Premcor acquisition consent order divest "
 "Lima refinery 2005' (query 5, asked for another lead that gave no release) and at rank 1 under 'Valero L.P. Kaneb "
 "Services Kaneb Pipe Line Partners FTC consent order divestitures June 2005 announced' (query 6, the same excerpt); "
 "the other ranks of query 6 were the FR analysis copies, the July 2005 announced action (the buyer, Pacific Energy "
 "Group LLC, named there only), Valero L.P.'s S-4 copies and NuStar's copy of Valero L.P.'s 8-K/A (completion July 1, "
 "2005). One text per matter: this release, the complaint, the orders, the analysis (File No. 051 0022, Docket No. "
 "C-4141) and the divestiture petition are one matter. " + CHECK + "'Kaneb Services', 'Kaneb Pipe', 'Valero L.P', "
 "'Pacific Energy Group', '051 0022', '051-0022', 'C-4141': 0 in the corpus files, the scripts and the pools; 'Kaneb' "
 "only inside 'Kanebo' (a dev VOA text); 'Valero Energy' only in 62m's Valero / Ultramar Diamond Shamrock text (train; "
 "the 2001 refinery merger, another matter); 'Susan A. Creighton' in 62g's, 63a's and 63g's FTC texts (other matters).",
 True)))

# ---- Hospira Inc. / Mayne Pharma Ltd., FTC press release, January 18, 2007 ---------------------------------------------
U4 = "https://www.ftc.gov/news-events/news/press-releases/2007/01/ftc-challenges-hospiramayne-pharma-deal"
P4 = [
 "The Federal Trade Commission today announced its challenge to Hospira Inc.\u2019s (Hospira) proposed $2 billion "
 "acquisition of rival drug manufacturer Mayne Pharma Ltd. (Mayne), along with an agreement and order requiring the "
 "companies to sell assets used to manufacture and supply five generic injectable pharmaceuticals in order for the "
 "transaction to proceed. Absent relief, the FTC that charged the deal would violate U.S. competition laws.",
 "In settling the Commission\u2019s charges, the companies have agreed to divest to Barr Pharmaceuticals, Inc. "
 "(Barr), within 10 days of the acquisition, Mayne\u2019s rights and assets related to the following products: "
 "hydromorphone hydrochloride (hydromorphone), nalbuphine hydrochloride (nalbuphine), morphine sulfate (morphine), "
 "preservative-free morphine, and deferoxamine mesylate (deferoxamine).",
 "\u201cJust as with generic oral pharmaceutical products, consumers benefit from robust competition in the markets "
 "for generic injectable drugs,\u201d said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of Competition. "
 "\u201cThe order requiring the divestiture of the five drugs to Barr will preserve competition in these vital "
 "markets and prevent consumers from paying higher prices.\u201d",
 "The Relevant Products: Each of the products that will be divested to Barr is described below.",
 "Hydromorphone Hydrochloride. Injectable hydromorphone is a narcotic opioid analgesic used to relieve "
 "moderate-to-severe pain, both acute and chronic. The branded product, Dilaudid H-P, is made and sold by Abbott "
 "Laboratories, Inc. Only three companies compete in the U.S. market for the generic version of the drug: Hospira, "
 "Baxter Healthcare Corp. (Baxter), and Mayne."]
R.append((["ftc-2007-01-hospira-mayne.txt"], None, P4, federal(
 "us-ftc-hospira-mayne-pharma-consent-agreement-barr-generic-injectables-2007",
 U4, "2007-01-18", None, "\n\n".join(P4),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,generic drugs",
 "U.S. Federal Trade Commission, press release of January 18, 2007 on the FTC's challenge to Hospira Inc.'s "
 "acquisition of Mayne Pharma Ltd. and the order to divest five generic injectable drugs to Barr Pharmaceuticals, "
 "Inc. (its headline is not in the stored text), US federal government work (public domain); text from the search "
 "tool's page store at " + U4,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2007/01/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line "
 "under it, and the deck line under them ('To Protect Competition, Companies Must Sell Assets for Five Generic "
 "Injectable Drugs': a sub-headline; the release's headline itself is not in the stored text, so `title` None, as "
 "the attribution says). `published` 18 January 2007 (a Thursday) -- the address gives January 2007 and Hospira's "
 "own release on sec.gov (its 8-K's exhibit 99.1, rank 6 of query 12) is datelined 'LAKE FOREST, Ill., Jan. 18, 2007' "
 "and says Hospira and Mayne Pharma 'today announced that ... the U.S. Federal Trade Commission (FTC) has cleared the "
 "way'; the FTC's FR analysis (January 29, 2007) asks for comments by February 20, 2007, some 30 days on; the "
 "release says 'today announced'. Cut after the fifth paragraph, before the paragraph the store's excerpt breaks off "
 "('Nalbuphine Hydrochloride. Nalbuphine is an injectable opioid analgesic also used to relieve moderate-to-severe "
 "pain. Hospira currently is the only supplier of the generic injectable form of the drug in the U') (`truncated`). "
 "Kept as written: the curly quotation marks and apostrophes of this excerpt, the page's own slip 'Absent relief, the "
 "FTC that charged the deal would violate U.S. competition laws.', the run-in heads 'The Relevant Products:' and "
 "'Hydromorphone Hydrochloride.' (sentences of their paragraphs), 'Dilaudid H-P'. 234 words (whitespace-split), "
 "five paragraphs. Found at rank 4 under 'FTC Hospira Mayne Pharma acquisition consent order divest generic "
 "injectable' (query 4); ranks 1-3 and 5-8 were concurrences (the final order of May 21, 2007), the FR analysis "
 "copies (justia, federal.elaws.us), fdanews (January 29, 2007), rbyhdq.net's mojibake copy of this release and an "
 "ftc.gov health-care listing. One text per matter: this release, the complaint, the orders, the analysis (File No. "
 "071 0002) and the final order are one matter. " + CHECK + "'Hospira', 'Mayne Pharma', 'Dilaudid', 'Baxter "
 "Healthcare', 'Hydromorphone', 'Nalbuphine', 'Deferoxamine', '071 0002', '0710002': 0 in the corpus files, the "
 "scripts and the pools; 'Mayne' alone only as a surname or place in files on other matters (a Wikinews film text, "
 "batch 28e); 'Barr Pharmaceuticals' only in texts on other matters (62b's Teva / IVAX, train, and 62g's Barr / "
 "Pliva, test by count, not opened -- Barr as a buyer and as an acquirer there); 'Abbott Laboratories' and 'Baxter' "
 "in files on other matters; 'Jeffrey Schmidt' in other FTC texts of his tenure (other matters).",
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
