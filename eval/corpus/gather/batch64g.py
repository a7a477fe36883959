#!/usr/bin/env python3
"""Batch 64g (session 58, gatherer 64g): four FTC merger press releases of 1999, 2007 and 2011 (supermarkets, generic
drugs, animal-health vaccines, plasma-derived drugs) naming the merging firms, the seller of the target, the
target's subsidiary, the buyer of divested assets and its division, the supermarket banners and the Bureau of
Competition's Director, new matters in the federal FTC lane (after 64a, 63g, 63a, 62m, 62g, 62e, 62b, 61b, 60l, 60e,
60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by asking the FTC's merger
consents by acquirer, target and 'consent order divest' (63g's way; the 'Leads for a next round' of 64a's section,
which named Actavis / Abrika; Schering-Plough / Organon, Grifols / Talecris and Kroger / Fred Meyer were asked by
name after a check of the parties' names at 0 in the corpus):
  - ftc.gov 'news-events/news/press-releases/1999/05/ftc-agreement-kroger-fred-meyer-preserves-supermarket-
    competition-arizona-wyoming-utah' (FTC press release of May 27, 1999; its headline is not in the stored text) --
    the proposed settlement requiring Kroger Co. and Fred Meyer Stores, Inc. to divest eight supermarkets in
    Arizona, Wyoming and Utah in Kroger's proposed acquisition of Fred Meyer, with William J. Baer, Director of the
    FTC's Bureau of Competition, and the two chains' trade names;
  - ftc.gov 'news-events/news/press-releases/2007/04/ftc-challenges-actavis-groups-proposed-acquisition-abrika' (FTC
    press release of April 16, 2007; its headline is not in the stored text) -- the consent order letting Actavis
    Group hf. acquire Abrika Pharmaceuticals, Inc. on the divestiture of the generic isradipine capsules business to
    Cobalt Laboratories, Inc., with Jeffrey Schmidt, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/press-releases/2007/11/ftc-challenges-schering-ploughs-acquisition-organon-biosciences'
    (FTC press release of November 16, 2007; its headline is not in the stored text) -- the consent order in
    Schering-Plough Corporation's $14.4 billion acquisition of Organon BioSciences N.V. from Akzo-Nobel N.V., three
    poultry vaccines to go to Wyeth with supply to Wyeth's Fort Dodge division, Organon BioSciences' subsidiary
    Intervet, Inc., and Jeffrey Schmidt;
  - ftc.gov 'news-events/press-releases/2011/06/ftc-challenges-grifolstalecris-merger-anticompetitive' (FTC press
    release of June 1, 2011; its headline is not in the stored text) -- the settlement letting Grifols, S.A.
    acquire Talecris Biotherapeutics Holdings Corp. on the sale of a fractionation facility and two plasma centers
    to Kedrion S.p.A. and a manufacturing agreement for Kedrion; no official named in the stored text.
US federal government works (17 U.S.C. 105). See /work/notes/gather65/64g.md. Queries and ranks in
/tmp/gather65g/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather60-65 (notes and CLAIMS.txt) and the pools /tmp/gather6*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; each 2,000 bytes in UTF-8, the store's cut:
2,000, 1,982, 1,980 and 1,992 characters -- Kroger's with straight quotation marks and apostrophes, the other three
with curly ones, Schering-Plough's with two en dashes), as saved in /tmp/gather65g/src by /tmp/gather65g/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Kroger, Schering-Plough); `title` None
for all four (no headline in the stored text). Kroger / Fred Meyer -- cut inside the fifth paragraph at a sentence
end, after '... and Price, Utah.', before the sentence the excerpt breaks off ('In Cheyenne, Wyoming, Kroger is an
actual pot') (`truncated`). Actavis / Abrika -- the sub-heading 'The Commission\u2019s Complaint' dropped; cut after the
fourth kept paragraph, before the paragraph the excerpt breaks off ('The acquisition would eliminate Abrika as a
competitor') (`truncated`). Schering-Plough / Organon -- the sub-heading 'The Relevant Product Markets' dropped; cut
inside the fourth kept paragraph at a sentence end, after '... this strain of infectious bronchitis virus.', before
the sentence the excerpt breaks off ('Schering-Plough and Intervet are the only suppliers of the vaccine in the
United States, and the acquisition would creat') (`truncated`). Grifols / Talecris -- cut after the third paragraph,
before the paragraph the excerpt breaks off ('As alleged in the FTC\u2019s complaint, ... three blood plasma-derived
products:' and its list, whose third item ends 'Plasma-derived Factor VIII (pdFVIII') (`truncated`). No word added
or changed; the store's paragraphs kept, joined by a blank line. Each kept paragraph checked by script to be a
verbatim substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch64g.py [POOL_DIR] [--dry]   (default /tmp/gather65g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather60-65 (notes and CLAIMS.txt) and the pools /tmp/gather6*/pool (none held a file on "
         "this matter when checked), and claimed in /work/notes/gather65/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65g/pool"
SRC = "/tmp/gather65g/src"
R = []

# ---- Kroger Co. / Fred Meyer Stores, Inc., FTC press release, May 27, 1999 ---------------------------------------------
U1 = ("https://www.ftc.gov/news-events/news/press-releases/1999/05/"
      "ftc-agreement-kroger-fred-meyer-preserves-supermarket-competition-arizona-wyoming-utah")
P1 = [
 "The Federal Trade Commission today announced a proposed settlement agreement with Kroger Co. and Fred Meyer "
 "Stores, Inc. The agreement would resolve FTC charges that the proposed acquisition of Fred Meyer by Kroger would "
 "substantially lessen supermarket competition in Arizona, Wyoming, and Utah and could result in higher prices or "
 "reduced quality and selection for consumers. The proposed agreement would require Kroger and Fred Meyer to "
 "divest eight supermarkets in seven communities. Under the consent agreement, Kroger would have to divest five "
 "supermarkets in the three states and Fred Meyer would have to divest three stores in Arizona and Wyoming.",
 "\"Consumers in Arizona, Wyoming, and Utah can now be assured that they will continue to receive the benefits of "
 "competition - lower prices and good quality and selection - from supermarkets in their communities,\" said "
 "William J. Baer, Director of the FTC's Bureau of Competition. \"This agreement also ensures that there will be a "
 "speedy divestiture of the stores so that there is no interruption in service to consumers.\"",
 "Kroger, the largest supermarket chain in the United States, is based in Cincinnati, Ohio, and operates "
 "approximately 1,300 stores in 24 states. Kroger's supermarkets operate under the \"Kroger,\" \"Fry's,\" "
 "\"Dillons,\" \"King Sooper,\" \"City Market,\" and \"Gerbes\" trade names. In the three states where Kroger "
 "competes with Fred Meyer, Kroger operates under the \"Fry's,\" \"City Market\" and \"King Sooper\" trade names.",
 "Fred Meyer, based in Portland, Oregon, operates approximately 800 supermarkets in 12 western states. Fred "
 "Meyer's supermarkets operate under the \"Smith's Food & Drug Centers\" trade name in Arizona and Utah, and the "
 "\"Price Rite\" trade name in Arizona.",
 "According to the FTC, Kroger and Fred Meyer currently compete against each other in and near Prescott, Sierra "
 "Vista, and Yuma, Arizona; Green River and Rock Springs, Wyoming; and Price, Utah."]
R.append((["ftc-1999-05-kroger-fred-meyer.txt"], None, P1, federal(
 "us-ftc-kroger-fred-meyer-consent-agreement-supermarkets-arizona-wyoming-utah-1999",
 U1, "1999-05-27", None, "\n\n".join(P1),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of May 27, 1999 on the proposed settlement in Kroger Co.'s acquisition "
 "of Fred Meyer Stores, Inc. (its headline is not in the stored text), US federal government work (public domain); "
 "text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/1999/05/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line "
 "under it. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "27 May 1999 (a Thursday) -- the address gives May 1999 and the FTC's own Federal Register analysis (File No. "
 "9910024, 64 FR 30329 of June 7, 1999; federal.elaws.us's copy, rank 4 of query 9) says the consent agreement "
 "package 'can be obtained from the FTC Home Page (for May 27th, 1999)'; the release says 'today announced'. Cut "
 "inside the fifth kept paragraph at a sentence end, after '... and Price, Utah.', before the sentence the store's "
 "excerpt breaks off ('In Cheyenne, Wyoming, Kroger is an actual pot') (`truncated`). Kept as written: the straight "
 "quotation marks and apostrophes of this excerpt, the spaced hyphens around '- lower prices and good quality and "
 "selection -', 'Kroger Co.' without 'The', 'King Sooper' in the singular, the trade names in quotation marks. 299 "
 "words (whitespace-split), five paragraphs (the last cut short). Found at rank 6 under 'FTC Fred Meyer Kroger "
 "merger consent agreement divest supermarkets 1999' (query 9); ranks 1-3 were ftc.gov's agreement containing "
 "consent order (File No. 991-0024, with Fleming Companies, Inc. as a party) and decision and order (Docket No. "
 "C-3917), rank 4 the FR analysis, rank 5 ftc.gov's analysis to aid public comment, ranks 7-8 a paper (docslib) and "
 "the FR analysis of another Kroger matter (File No. 991 0041, August 1999). One text per matter: this release, the "
 "agreement, the complaint, the order and the analysis are one matter. " + CHECK + "'Fred Meyer', 'Kroger', 'King "
 "Sooper', 'Gerbes', \"Smith's Food\", 'Price Rite', \"Fry's\", 'Jobsite', 'William J. Baer', 'Sierra Vista', 'Rock "
 "Springs', '9910024', '991-0024', 'C-3917': 0 in the corpus files, the scripts and the pools ('Kroger' only in "
 "62m's list of names checked in GATHERING.md and the notes; 'Dillons' only in GATHERING.md); 'City Market' (five "
 "files by count: Australian electricity-market texts, 'city market' in lower case, other matters), 'Yuma', "
 "'Prescott', 'Green River' (places and names in texts of other matters; the test files by count not opened), "
 "'Fleming Companies' (a train SEC fraud text on Fleming's officers, another matter; not in this text).",
 True)))

# ---- Actavis Group hf. / Abrika Pharmaceuticals, Inc., FTC press release, April 16, 2007 -------------------------------
U2 = "https://ftc.gov/news-events/news/press-releases/2007/04/ftc-challenges-actavis-groups-proposed-acquisition-abrika"
P2 = [
 "The Federal Trade Commission today announced its challenge to the terms of Actavis Group hf.\u2019s (Actavis) "
 "proposed acquisition of Abrika Pharmaceuticals, Inc. (Abrika), alleging that the transaction would create a "
 "monopoly in the U.S. market for generic isradipine capsules, a drug typically prescribed to patients to lower "
 "their blood pressure and also is used to treat hypertension, ischemia, and depression. Under a consent order "
 "that will allow the deal to proceed, the companies will divest all rights and assets needed to make and market "
 "generic isradipine capsules to Cobalt Laboratories, Inc. (Cobalt) within 10 days of the acquisition.",
 "Actavis is a leading developer, manufacturer, marketer, and distributor of generic pharmaceutical drugs. "
 "Headquartered in Iceland, it sells generic products in more than 30 countries and has manufacturing facilities "
 "in Europe, the United States, and Asia. Abrika, based in Sunrise, Florida, develops specialty generic "
 "pharmaceuticals, including controlled release and immediate release products. Under a merger agreement announced "
 "on November 20, 2006, Actavis proposed to acquire all of the voting securities of Abrika for $235 million.",
 "\u201cWithout the relief provided by the Commission\u2019s consent order, Actavis would secure a monopoly in the "
 "market for generic isradipine capsules after acquiring Abrika,\u201d said Jeffrey Schmidt, Director of the "
 "FTC\u2019s Bureau of Competition. \u201cThe order will ensure that consumers have continued access to "
 "competitively priced capsules of this important generic drug.\u201d",
 "According to the FTC\u2019s complaint, the proposed acquisition would violate Section 5 of the FTC Act and "
 "Section 7 of the Clayton Act, as amended. Actavis and Abrika are the only two companies selling generic "
 "isradipine capsules in the United States, and the acquisition would cause significant harm to consumers in the "
 "U.S. market for its manufacture and sale."]
R.append((["ftc-2007-04-actavis-abrika.txt"], None, P2, federal(
 "us-ftc-actavis-abrika-consent-order-isradipine-cobalt-2007",
 U2, "2007-04-16", None, "\n\n".join(P2),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,generic drugs",
 "U.S. Federal Trade Commission, press release of April 16, 2007 on the consent order in Actavis Group hf.'s proposed "
 "acquisition of Abrika Pharmaceuticals, Inc. (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2007/04/...'): first-party text. The stored text holds no headline, no date line and no 'Skip to "
 "main content' line: `title` None (the attribution says so); `published` 16 April 2007 (a Monday) -- the address "
 "gives April 2007, lexology's report (rank 5 of query 1, rank 1 of query 7) says 'The Federal Trade Commission "
 "(FTC) announced on April 16, 2007', antitrustlawyerblog (rank 4 of query 1) 'On April 16', and the FTC's Federal "
 "Register analysis (File No. 071 0063) is dated Friday, April 20, 2007; no FTC notice with 'see press release "
 "dated' answered (query 7); the release says 'today announced'. Dropped: the sub-heading 'The Commission\u2019s "
 "Complaint' before the fourth kept paragraph. Cut after that paragraph, before the paragraph the store's excerpt "
 "breaks off ('The acquisition would eliminate Abrika as a competitor') (`truncated`). Kept as written: the curly "
 "quotation marks and apostrophes of this excerpt, 'Actavis Group hf.\u2019s (Actavis)', 'and also is used to "
 "treat'. 284 words (whitespace-split), four paragraphs. Found at rank 3 under 'FTC Actavis Abrika acquisition "
 "consent order isradipine Cobalt' (query 1); rank 2 was the same release at www.ftc.gov under "
 "'news-events/press-releases/2007/04/...' with a 'Skip to main content' line and blank lines between the "
 "paragraphs (the same words; this copy taken for its plainer layout), rank 1 the FTC's case page (a summary), "
 "ranks 4-5 antitrustlawyerblog and lexology, ranks 6 and 8 justia's copies of the FR analysis, rank 7 the FTC's "
 "2014 Actavis / Forest release (another matter). One text per matter: this release, the complaint, the order and "
 "the analysis (File No. 071 0063) are one matter. " + CHECK + "'Abrika', 'Cobalt Laboratories', 'isradipine', "
 "'0710063', '071 0063': 0 in the corpus files, the scripts and the pools ('Abrika', 'Cobalt Laboratories', "
 "'isradipine' only in 64a's lead in GATHERING.md and the notes); 'Actavis Group' only in files on other matters "
 "(62e's Watson / Andrx FTC text, dev, and its pool copy, where Actavis is a buyer of divested generics; English "
 "Wikipedia's Bj\u00f6rg\u00f3lfur Thor Bj\u00f6rg\u00f3lfsson, train); 'Sunrise, Florida' only in two texts of other "
 "matters (English Wikipedia's Sunrise Communications, train; an SEC option-backdating text, dev); 'Jeffrey "
 "Schmidt' in other FTC texts of his tenure.",
 True)))

# ---- Schering-Plough Corporation / Organon BioSciences N.V., FTC press release, November 16, 2007 ----------------------
U3 = ("http://www.ftc.gov/news-events/press-releases/2007/11/"
      "ftc-challenges-schering-ploughs-acquisition-organon-biosciences")
P3 = [
 "The Federal Trade Commission today announced a complaint challenging Schering-Plough Corporation\u2019s proposed "
 "$14.4 billion acquisition of Organon BioSciences N.V. from Akzo-Nobel N.V., alleging that the deal would harm "
 "competition in the U.S. markets for the manufacture and development of three poultry vaccines. In settling the "
 "charges, the companies have entered into a consent order with the Commission, requiring them to divest the "
 "rights and assets needed to develop, manufacture and market each vaccine to Wyeth within 10 days of the "
 "acquisition and to provide supply and transitional support services to Wyeth\u2019s Fort Dodge division for two "
 "years.",
 "\u201cThe U.S. poultry business plays a vital role in our economy, and its success depends in large part on the "
 "availability of effective and affordable vaccines,\u201d said Jeffrey Schmidt, Director of the FTC\u2019s Bureau "
 "of Competition. \u201cThe Commission\u2019s action today maintains competition for three important poultry "
 "vaccines and ensures that consumers will continue to benefit from lower prices and better products.\u201d",
 "Each of the poultry vaccines that will be divested under the terms of the consent order with the Commission is "
 "described below. Each of the markets is highly concentrated, with Schering-Plough and Intervet, Inc. \u2013 a "
 "wholly owned subsidiary of Organon BioSciences that manufactures and markets animal health products \u2013 "
 "controlling significant market shares in each vaccine market.",
 "Live vaccines for the prevention and treatment of the Georgia 98 strain of infectious bronchitis virus treat a "
 "highly contagious respiratory disease in poultry that is spread by contact with infected respiratory discharge "
 "and feces. Live Georgia 98 vaccines are the only vaccines that can effectively prevent and treat this strain of "
 "infectious bronchitis virus."]
R.append((["ftc-2007-11-schering-plough-organon.txt"], None, P3, federal(
 "us-ftc-schering-plough-organon-biosciences-consent-order-poultry-vaccines-wyeth-2007",
 U3, "2007-11-16", None, "\n\n".join(P3),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,animal health,vaccines",
 "U.S. Federal Trade Commission, press release of November 16, 2007 on the consent order in Schering-Plough "
 "Corporation's proposed acquisition of Organon BioSciences N.V. from Akzo-Nobel N.V. (its headline is not in the "
 "stored text), US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/"
 "press-releases/2007/11/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line "
 "under it. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "16 November 2007 (a Friday) -- the address gives November 2007 and Schering-Plough's own release (bio-medicine.org's "
 "copy, ranks 6-8 of query 8) says 'KENILWORTH, N.J., Nov. 16 ... Schering-Plough Corporation (NYSE: SGP) today "
 "announced that it has received antitrust clearance from the U.S. Federal Trade Commission (FTC)'; antitrustlawyerblog "
 "(rank 3 of query 2) says 'On November 16, 2007, the Federal Trade Commission entered into a settlement', and the FR "
 "analysis (File No. 071 0132) is dated Friday, November 30, 2007; the release says 'today announced'. Dropped: the "
 "sub-heading 'The Relevant Product Markets' before the third kept paragraph. Cut inside the fourth kept paragraph "
 "at a sentence end, after '... this strain of infectious bronchitis virus.', before the sentence the store's excerpt "
 "breaks off ('Schering-Plough and Intervet are the only suppliers of the vaccine in the United States, and the "
 "acquisition would creat') (`truncated`). Kept as written: the curly quotation marks and apostrophes and the two en "
 "dashes of this excerpt, 'Akzo-Nobel N.V.' with a hyphen, 'Organon BioSciences' with a capital S, 'feces'. 271 words "
 "(whitespace-split), four paragraphs (the last cut short). Found at rank 4 under 'FTC Schering-Plough Organon "
 "acquisition consent order divest Intervet' (query 2), and at rank 1 of queries 5 and 8; the other ranks were "
 "lexology on the EC's clearance, pdfslide's copy of the decision and order, antitrustlawyerblog, the FR analysis "
 "(justia, docstoc, federal.elaws.us, scribd) and texts on other matters (Merck / Schering-Plough 2009, AHP / Solvay "
 "1997). One text per matter: this release, the complaint, the order and the analysis (File No. 071 0132) are one "
 "matter. " + CHECK + "'Organon', 'Organon BioSciences', 'Intervet, Inc', 'Fort Dodge', '0710132', '071 0132': 0 in "
 "the corpus files, the scripts and the pools ('Intervet' and 'Organon' only in GATHERING.md's record of an SEC "
 "Oil-for-Food text on Akzo Nobel's subsidiaries, another matter); 'Schering-Plough' only in texts of other matters "
 "(English Wikipedia's Schering AG, dev, with no 'Organon'; a test Wikinews text by count, by its name on Levitra ads "
 "pulled in 2005, not opened); 'Akzo-Nobel' only in three test files by count, by their names DOJ texts on Cargill / "
 "Akzo Nobel salt (1997), an MCAA cartel plea (2001) and ConAgra / Horizon Milling (2014), not opened; 'Wyeth' only in "
 "a dev FTC merger-cases text (Pfizer / Wyeth, Hikma / Ben Venue; no 'Schering' or 'Fort Dodge' there) and a test SEC "
 "text by count (by its name the Martoma / Elan / Wyeth insider trading case, not opened); 'Jeffrey Schmidt' in other "
 "FTC texts of his tenure.",
 True)))

# ---- Grifols, S.A. / Talecris Biotherapeutics Holdings Corp., FTC press release, June 1, 2011 --------------------------
U4 = "https://ftc.gov/news-events/press-releases/2011/06/ftc-challenges-grifolstalecris-merger-anticompetitive"
P4 = [
 "The Federal Trade Commission will require Grifols, S.A., a manufacturer of plasma-derived drugs, to make "
 "significant divestitures as part of a settlement allowing Grifols to acquire a leading plasma-derived drug "
 "manufacturer, Talecris Biotherapeutics Holdings Corp.",
 "The settlement is the latest FTC action taken to preserve competition and protect U.S. consumers from higher "
 "health care costs. It resolves FTC charges that Grifols\u2019 proposed acquisition of Talecris would be "
 "anticompetitive and would violate federal antitrust laws. As part of the settlement, Grifols will sell the "
 "Talecris fractionation facility in Melville, New York, and Grifols\u2019 plasma collection centers in Mobile, "
 "Alabama, and Winston-Salem, North Carolina, to Kedrion S.p.A. Kedrion is a manufacturer of plasma-derived "
 "products in Europe and other markets, and will be a new entrant in the U.S. plasma-derived products industry. "
 "Grifols also will manufacture three plasma-derived products for Kedrion for several years under a manufacturing "
 "agreement.",
 "On June 6, 2010, Grifols agreed to acquire Talecris for approximately $3.4 billion in stock and cash. Grifols, "
 "headquartered in Barcelona, Spain, develops and manufactures human blood plasma-derived products, with "
 "facilities in Barcelona and Los Angeles. Talecris is based in Research Triangle Park, North Carolina, and also "
 "specializes in the development, manufacture, and worldwide sale of blood plasma-derived products."]
R.append((["ftc-2011-06-grifols-talecris.txt"], None, P4, federal(
 "us-ftc-grifols-talecris-consent-agreement-kedrion-melville-plasma-2011",
 U4, "2011-06-01", None, "\n\n".join(P4),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,plasma-derived drugs",
 "U.S. Federal Trade Commission, press release of June 1, 2011 on the settlement in Grifols, S.A.'s proposed "
 "acquisition of Talecris Biotherapeutics Holdings Corp. (its headline is not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U4,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/"
 "press-releases/2011/06/...'): first-party text. The stored text holds no headline, no date line and no 'Skip to "
 "main content' line: `title` None (the attribution says so); `published` 1 June 2011 (a Wednesday) -- the address "
 "gives June 2011 and the FTC's own final-order release (marketswired's copy, rank 3 of query 3 and rank 1 of query "
 "6) closes with 'see press release dated June 1, 2011'; practicallaw (rank 4 of query 3) says 'On 1 June 2011, the "
 "US Federal Trade Commission (FTC) announced' and the companies' own release (news-medical and medindia, ranks 6-7 "
 "of query 3) is dated June 1, 2011. The text holds no 'today'. Cut after the third paragraph, before the paragraph "
 "the store's excerpt breaks off ('As alleged in the FTC\u2019s complaint, Grifols\u2019 proposed acquisition of "
 "Talecris would be anticompetitive and violate federal law by lessening competition in the U.S. markets for three "
 "blood plasma-derived products:' and its list of three, the third broken at 'Plasma-derived Factor VIII (pdFVIII') "
 "(`truncated`). Kept as written: the curly apostrophes of this excerpt ('Grifols\u2019' twice), 'Kedrion S.p.A.', "
 "'Winston-Salem'. 204 words (whitespace-split), three paragraphs. Found at rank 4 under 'ftc.gov FTC challenges "
 "Grifols acquisition of Talecris Biotherapeutics consent Kedrion Melville plasma' (query 6); query 3 had given only "
 "the companies' releases (news-medical, medicaldesignandoutsourcing, medindia, Talecris's 8-K on sec.gov), "
 "dokumen.tips's copy of the decision and order, marketswired's copy of the final-order release (a third party's "
 "copy: not taken) and practicallaw. One text per matter: this release, the complaint, the orders, the analysis "
 "(File No. 101 0153, Docket No. C-4322), the July 2011 final order and the 2017 application to amend the "
 "manufacturing agreement are one matter. " + CHECK + "'Grifols', 'Talecris', 'Kedrion', 'Research Triangle', "
 "'1010153', '101 0153', 'C-4322': 0 in the corpus files, the scripts and the pools ('Grifols' only in an earlier "
 "round's list of names at 0 in GATHERING.md); 'Melville', 'Winston-Salem' (one file each by count: places in "
 "texts of other matters, an SEC fraud text and a DOJ bank-merger text, not opened); 'Barcelona' (places in texts "
 "of other matters).",
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
