#!/usr/bin/env python3
"""Batch 63a (session 57, gatherer 63a): four FTC merger press releases of 2001, 2002 and 2004 (oil, chemicals,
biotechnology) naming the merging firms, their joint ventures and subsidiaries, the businesses, interests or rights to
be divested (and, in one, their buyer), the firms' products and the Bureau of Competition officials who spoke, new
matters in the federal FTC lane (after 62m, 62g, 62e, 62b, 61b, 60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d,
56l, 56c and the rounds they name), found by asking the FTC's merger consents by acquirer, target and 'consent order
divest' (62m's way; the leads of 62m's section, which named Solvay / Ausimont, Chevron / Texaco and Phillips / Conoco,
and of 62g's and 62e's, which named Genzyme / Ilex):
  - ftc.gov 'news-events/press-releases/2001/09/ftc-consent-agreement-allows-merger-chevron-corp-and-texaco-inc' (FTC
    press release of September 7, 2001; its headline is not in the stored text) -- the proposed consent agreement
    letting the $45 billion merger of Chevron Corp. and Texaco Inc. go ahead on the sale of Texaco's interests in the
    Equilon Enterprises, LLC and Motiva Enterprises, LLC joint ventures (owned with Shell Oil Company and Saudi
    Refining, Inc.) and other assets, with Sean Royall, 'FTC Bureau of Competition Deputy Director', and Joseph
    Simons, 'Bureau of Competition Director', recused;
  - ftc.gov 'news-events/press-releases/2002/05/ftc-settlement-would-preserve-competition-us-market-fluoropolymer'
    (FTC press release of May 2, 2002; its headline is not in the stored text) -- the consent agreement on Solvay
    S.A.'s proposed $1.3 billion acquisition of Ausimont S.p.A. from Italenergia S.p.A.: Solvay's U.S. PVDF
    operations, its Decatur, Alabama plant and its interest in the Alventia LLC joint venture to be divested, with
    Joseph Simons, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/press-releases/2002/08/conditions-ftc-approves-merger-phillips-and-conoco' (FTC press
    release of August 30, 2002; its headline is not in the stored text) -- the proposed consent order letting the
    merger of Phillips Petroleum Company and Conoco Inc. (the combined firm 'to be known as ConocoPhillips') go ahead
    on asset sales, with Joe Simons, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2004/12/protecting-competition-ftc-clears-genzyme-corps-1-billion-
    acquisition-ilex-oncology-inc' (FTC press release of December 20, 2004; its headline is not in the stored text)
    -- the FTC conditionally allowing Genzyme Corporation's proposed $1 billion acquisition of ILEX Oncology, Inc. on
    the divestiture of the contractual rights to Ilex's Campath for solid organ transplants to Schering AG, with
    Susan A. Creighton, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). See /work/notes/gather64/63a.md. Queries and ranks in
/tmp/gather64a/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63, /work/notes/gather64
(CLAIMS.txt) and the session-57 pools /tmp/gather6*/pool. The texts are the search tool's page-store excerpts (corpus
`pages`; each about 2,000 bytes in UTF-8, the store's cut: 2,000, 1,999, 2,000 and 1,974 characters -- the Chevron,
Solvay and Phillips excerpts with straight quotation marks, the Genzyme excerpt with curly quotation marks,
apostrophes and registered-trademark signs), as saved in /tmp/gather64a/src by /tmp/gather64a/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Solvay); `title` None for all four (no
headline in the stored text). Chevron / Texaco -- cut after the third paragraph (the Deputy Director's quotation, the
states thanked and the Director's recusal), before the sub-heading the excerpt breaks off ('Parties to the Propos')
(`truncated`). Solvay / Ausimont -- the whole excerpt after the page line: three paragraphs, the page going on after the
store's cut (`truncated`). Phillips / Conoco -- the sub-heading 'Parties to the Transaction' dropped; cut inside the
fifth paragraph at a sentence end, after '... sold at approximately 11,700 stations throughout the United States.',
before the sentence the excerpt breaks off ('Phillips owns approximately 1,700 outlets in the Mid-Atlantic and')
(`truncated`). Genzyme / Ilex -- the sub-heading 'SOT Acute Therapy Drugs' dropped; cut after the paragraph under it,
before the sub-heading 'Parties to the Proposed Transaction' and the paragraph the excerpt breaks off ('... diseases,
and di') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line. Each kept
paragraph checked by script to be a verbatim substring (once) of the saved excerpt. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch63a.py [POOL_DIR] [--dry]   (default /tmp/gather64a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63, /work/notes/gather64 and the "
         "session-57 pools /tmp/gather6*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather64/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64a/pool"
SRC = "/tmp/gather64a/src"
R = []

# ---- Chevron Corp. / Texaco Inc., FTC press release, September 7, 2001 -----------------------------------------------
U1 = "https://ftc.gov/news-events/press-releases/2001/09/ftc-consent-agreement-allows-merger-chevron-corp-and-texaco-inc"
P1 = [
 "Through a proposed consent agreement reached with the Federal Trade Commission and announced today, the $45 "
 "billion merger of Chevron Corp. (Chevron) and Texaco Inc. (Texaco), two of the world's largest integrated oil "
 "companies, would be allowed to proceed, with significant divestitures required to remedy the likely "
 "anticompetitive impacts of the transaction as proposed.",
 "Under the terms of the proposed order, the combined Chevron/Texaco would be required to divest all of Texaco's "
 "interests in two joint ventures, Equilon Enterprises, LLC (Equilon), which is currently owned by Texaco and Shell "
 "Oil Company (Shell), and Motiva Enterprises, LLC (Motiva), which is currently owned by Shell, Texaco, and Saudi "
 "Refining, Inc. (SRI). Outside \"the Alliance\" defined by these two joint ventures, Texaco would be required to "
 "divest assets including its one-third interest in the Discovery natural gas pipeline system in the Gulf of "
 "Mexico; its interest in the Enterprise fractionating (raw mix separation) plant in Mont Belvieu, Texas; and its "
 "general aviation businesses in 14 states. The proposed agreement also contains a Hold Separate Order that would "
 "require the companies to maintain certain assets as viable and competitive businesses pending their divestiture.",
 "\"The terms of this order are consistent with the analyses and approaches taken by the Commission in prior major "
 "petroleum industry mergers,\" said FTC Bureau of Competition Deputy Director Sean Royall. \"In markets where "
 "competitive concerns were identified, those problems have been addressed, with the result being a continuation "
 "of the competitive balance that existed in the pre-merger environment.\" He specifically thanked the attorneys "
 "general of Alaska, Arizona, California, Florida, Hawaii, Idaho, Nevada, New Mexico, Oregon, Texas, Utah, and "
 "Washington for their participation and assistance in the investigation. Bureau of Competition Director, Joseph "
 "Simons, was recused from participating in the matter."]
R.append((["ftc-2001-09-chevron-texaco.txt"], None, P1, federal(
 "us-ftc-chevron-texaco-consent-agreement-equilon-motiva-2001",
 U1, "2001-09-07", None, "\n\n".join(P1),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,joint ventures,petroleum",
 "U.S. Federal Trade Commission, press release of September 7, 2001 on the proposed consent agreement in the merger "
 "of Chevron Corp. and Texaco Inc. (its headline is not in the stored text), US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2001/09/...'): first-party text. The stored text holds no headline and no date line (and no 'Skip to main "
 "content' line): `title` None (the attribution says so); `published` 7 September 2001 (a Friday) -- the address "
 "gives September 2001 and the FTC's own notice on the divestiture trustee's final accounting (ftc.gov node/40881, "
 "rank 1 of query 6) closes with 'see press releases dated September 7, 2001 and December 18, 2001; and January 4 "
 "and February 8, 2002, and May 14, 2002' (the first the consent agreement, the others later steps of the matter); "
 "the Federal Register analysis of September 18, 2001 (govinfo, rank 4 of query 3) points to 'the FTC Home Page (for "
 "September 7, 2001)'; the release says 'announced today'. Cut after the third paragraph (the Deputy Director's "
 "quotation, the twelve states whose attorneys general he thanked and the Director's recusal), before the "
 "sub-heading the store's excerpt breaks off ('Parties to the Propos') (`truncated`). Kept as written: the straight "
 "quotation marks and apostrophes of this excerpt, '\"the Alliance\"', 'the combined Chevron/Texaco', 'FTC Bureau "
 "of Competition Deputy Director Sean Royall', 'Bureau of Competition Director, Joseph Simons,'. 290 words "
 "(whitespace-split), three paragraphs. Found at rank 1 under 'FTC Chevron Texaco merger consent order divest "
 "refinery Equilon Motiva' (query 3); ranks 2-8 were an ftc.gov cases listing, the Federal Register analysis "
 "(elaws and govinfo copies), the hold-separate order, decision and order and complaint (ftc.gov and rbyhdq.net "
 "copies) and the statement of Commissioners Anthony and Thompson of January 2002. One text per matter: this "
 "release, the complaint, the orders, the Federal Register analysis (File No. 011 0011, Docket No. C-4023), the "
 "commissioners' statement and the trustee's notices are one matter. " + CHECK + "'Equilon', 'Motiva', 'Saudi "
 "Refining', 'Sean Royall', 'Royall', '011 0011', 'C-4023': 0 in the corpus files, the scripts and the pools "
 "('Equilon' only in an earlier round's lead in GATHERING.md on the Olympic Pipe Line matter; 'motiva' by count only "
 "inside other words); 'Texaco' only in one test file by count (not opened; by its name a 2006 Wikinews report on "
 "Chad and its oil consortium, another matter) and batch 38e's script (ChevronTexaco as a consortium member); "
 "'Joseph Simons' only in 62m's notes and section.",
 True)))

# ---- Solvay S.A. / Ausimont S.p.A., FTC press release, May 2, 2002 ---------------------------------------------------
U2 = ("https://www.ftc.gov/news-events/press-releases/2002/05/"
      "ftc-settlement-would-preserve-competition-us-market-fluoropolymer")
P2 = [
 "The Federal Trade Commission has negotiated a consent agreement with Solvay S.A. to resolve competitive concerns "
 "stemming from Solvay's proposed $1.3 billion acquisition of Ausimont S.p.A. from Italenergia S.p.A. "
 "(Italenergia). The settlement would require Solvay to divest its U.S. polyvinylidene fluoride (PVDF) operations, "
 "including its Decatur, Alabama, PVDF plant and its interest in the Alventia LLC (Alventia) joint venture, which "
 "manufactures the main raw material for PVDF. Without the divestiture, Solvay's proposed acquisition of Ausimont "
 "would lessen competition in two markets: PVDF and melt-processible PVDF. The proposed settlement also includes "
 "an Order to Hold Separate and Maintain Assets (Hold Separate Order), which would require Solvay to preserve its "
 "Fluoropolymers Business as a viable, competitive, and ongoing operation until the divestiture is achieved.",
 "\"The combination of Solvay and Ausimont would combine firms that were becoming increasingly significant "
 "competitors to each other,\" said Joseph Simons, Director of the FTC's Bureau of Competition. \"The divestiture "
 "required by the consent agreement would maintain three strong competitors in the market for PVDF.\"",
 "Solvay, based in Belgium, is a global manufacturer of pharmaceuticals, chemicals, and processed finished "
 "products (such as molded plastics and plastic film and sheet). Ausimont, based in Italy, is a majority-owned "
 "subsidiary of Italenergia, S.p.A., and is operated as part of the Montedison Group. Ausimont's two business areas "
 "are fluorinated materials and peroxides. Solvay and Ausimont are two of only three producers of PVDF in the "
 "United States and are two of the three major PVDF producers in the world. PVDF is a fluoropolymer used in a wide "
 "variety of applications, including highly durable architectural coatings, wire and cable jacketing, fiber optic "
 "raceways, chemical processing equipment, semiconductor manufacturing equipment, and other miscellaneous "
 "applications."]
R.append((["ftc-2002-05-solvay-ausimont.txt"], None, P2, federal(
 "us-ftc-solvay-ausimont-consent-agreement-pvdf-alventia-2002",
 U2, "2002-05-02", None, "\n\n".join(P2),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,joint ventures,fluoropolymers",
 "U.S. Federal Trade Commission, press release of May 2, 2002 on the consent agreement in Solvay S.A.'s acquisition "
 "of Ausimont S.p.A. (its headline is not in the stored text), US federal government work (public domain); text "
 "from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2002/05/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The "
 "stored text holds no headline and no date line: `title` None (the attribution says so); `published` 2 May 2002 (a "
 "Thursday) -- the address gives May 2002 and two later FTC notices in the matter give the day: the November 2002 "
 "notice of Solvay's application to divest to Dyneon LLC (ftc.gov 2002/11, rank 4 of query 2 and rank 3 of query 9) "
 "and the July 2010 notice on Solvay's supply agreement with Alventia (ftc.gov 2010/07, rank 5 of query 9), each "
 "'see press release dated May 2, 2002'. The text holds no 'today' and no date. Kept whole after the page line: "
 "three paragraphs, the page going on after the store's cut (`truncated`). Kept as written: the straight quotation "
 "marks and apostrophes of this excerpt, 'Italenergia S.p.A. (Italenergia)' and 'Italenergia, S.p.A.' (with the "
 "comma), 'Decatur, Alabama, PVDF plant', 'Fluoropolymers Business' with its capitals. 280 words (whitespace-split). "
 "Found at rank 2 under 'FTC Solvay Ausimont acquisition consent order divest' (query 2); ranks 1 and 3-8 were "
 "theengineer.co.uk (trade press), docstoc's copy of the agreement, ftc.gov's November 2002 Dyneon notice, three "
 "pages on FMC / Solutia (another matter) and ftc.gov's chemicals listing. One text per matter: this release, the "
 "complaint, the orders (File No. 021-0067, Docket No. C-4046), the 2002 Dyneon application and the 2010 Alventia "
 "notice are one matter. " + CHECK + "'Ausimont', 'Solvay', 'Italenergia', 'Alventia', 'Dyneon', 'PVDF', "
 "'polyvinylidene', '021-0067', 'C-4046': 0 in the corpus files, the scripts and the pools ('Ausimont' and 'Solvay' "
 "only in 62m's, 62g's and earlier rounds' leads in GATHERING.md and the notes); 'Montedison' only in one test file "
 "by count (not opened; by its name English Wikipedia's 'Edison', the Italian energy company's own history, another "
 "matter) and batch 30d's script.",
 True)))

# ---- Phillips Petroleum Company / Conoco Inc., FTC press release, August 30, 2002 -----------------------------------
U3 = "https://ftc.gov/news-events/press-releases/2002/08/conditions-ftc-approves-merger-phillips-and-conoco"
P3 = [
 "The Federal Trade Commission today announced a proposed consent order with Phillips Petroleum Company (Phillips) "
 "and Conoco Inc. (Conoco) that would allow the merger of the two companies to proceed upon their agreement to sell "
 "certain assets and provide other relief. Without these conditions, the Commission stated in its complaint, the "
 "proposed merger would violate federal antitrust laws and lead to decreased competition through an increase in "
 "the likelihood of coordinated interaction, particularly in the Rocky Mountain region of the United States.",
 "\"The Commission's action today reflects our ongoing effort to enforce vigorously the antitrust laws in all "
 "aspects of the energy sector,\" said Joe Simons, Director of the FTC's Bureau of Competition. \"Especially "
 "noteworthy is our action in the Rocky Mountain region where divestitures will maintain competition in the "
 "gasoline refining market.\"",
 "On November 18, 2001, Phillips and Conoco agreed to merge the two companies, with the combined firm to be known "
 "as ConocoPhillips. At that time, it was estimated that the value of the new corporation would be approximately "
 "$35 billion.",
 "Headquartered in Bartlesville, Oklahoma, Phillips is an integrated oil company engaged in the worldwide "
 "exploration, production, and transportation of crude oil and natural gas; the gathering of natural gas; the "
 "fractionation of raw mix into certain products; refining, marketing, and transportation of petroleum products; "
 "and the production and marketing of chemicals. Phillips has approximately 10 percent of the nation's refining "
 "capacity and has about nine percent of the nation's gasoline sales. In 2001 it had revenues of $47.7 billion.",
 "Phillips has significant terminal facilities that it uses to distribute gasoline and other petroleum products. "
 "It owns or licenses several gas brands which are sold at approximately 11,700 stations throughout the United "
 "States."]
R.append((["ftc-2002-08-phillips-conoco.txt"], None, P3, federal(
 "us-ftc-phillips-conoco-consent-order-rocky-mountain-refining-2002",
 U3, "2002-08-30", None, "\n\n".join(P3),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,petroleum",
 "U.S. Federal Trade Commission, press release of August 30, 2002 on the proposed consent order in the merger of "
 "Phillips Petroleum Company and Conoco Inc. (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2002/08/...'): first-party text. The stored text holds no headline and no date line (and no 'Skip to main "
 "content' line): `title` None (the attribution says so); `published` 30 August 2002 (a Friday) -- the address "
 "gives August 2002, the FTC's July 2011 notice on ConocoPhillips' application about its Holly Corp. licence (as "
 "marketswired copies it, rank 4 of query 4 and rank 1 of query 8; no ftc.gov copy answered) closes with 'see press "
 "release dated August 30, 2002', and Land Line's report of September 4, 2002 (rank 2 of query 4) says 'The Federal "
 "Trade Commission Aug. 30 announced a proposed consent order'; the release says 'today announced'. Dropped: the "
 "sub-heading 'Parties to the Transaction' before the fourth kept paragraph. Cut inside the fifth paragraph at a "
 "sentence end, after '... sold at approximately 11,700 stations throughout the United States.', before the "
 "sentence the store's excerpt breaks off ('Phillips owns approximately 1,700 outlets in the Mid-Atlantic and') "
 "(`truncated`). Kept as written: the straight quotation marks and apostrophes of this excerpt, 'Joe Simons', "
 "'ConocoPhillips', '10 percent', 'nine percent'. 285 words (whitespace-split), five paragraphs (the last cut "
 "short). Found at rank 1 under 'FTC Phillips Petroleum Conoco merger consent order divest refineries' (query 4); "
 "ranks 2-8 were Land Line, the Federal Register analysis of September 9, 2002 (govinfo), marketswired's copy of the "
 "2011 Holly notice, csnews (twice), docslib's copy of an FTC table of petroleum cases and the Washington Attorney "
 "General's release. One text per matter: this release, the complaint, the orders, the Federal Register analysis "
 "(File No. 021 0040, Docket No. C-4058) and the 2011 Holly order modification are one matter. " + CHECK +
 "'Phillips Petroleum', 'Conoco Inc', 'Bartlesville', 'Woods Cross', '021 0040', '021-0040', 'C-4058': 0 in the "
 "corpus files, the scripts, the pools and GATHERING.md; 'ConocoPhillips' only in a train file and batch 47z's "
 "scripts (the DOJ's 2010 GrafTech / Seadrift Coke judgment, another matter); 'Joe Simons' only in 62m's Nestl\u00e9 / "
 "Dreyer's text and scripts (another matter).",
 True)))

# ---- Genzyme Corporation / ILEX Oncology, Inc., FTC press release, December 20, 2004 ---------------------------------
U4 = ("https://ftc.gov/news-events/news/press-releases/2004/12/"
      "protecting-competition-ftc-clears-genzyme-corps-1-billion-acquisition-ilex-oncology-inc")
P4 = [
 "The Federal Trade Commission today announced that it will conditionally allow Genzyme Corporation\u2019s "
 "(Genzyme) proposed $1 billion acquisition of ILEX Oncology, Inc. (Ilex), provided the companies divest "
 "overlapping assets in the U.S. market for solid organ transplant (SOT) acute therapy drugs. Under the terms of "
 "the consent agreement with the Commission, competition in the SOT acute therapy drug market will be maintained "
 "through Genzyme\u2019s divestiture of all contractual rights to Ilex\u2019s monoclonal antibody Campath\u00ae, for "
 "use in solid organ transplants, to Schering AG (Schering). According to the FTC, Genzyme\u2019s "
 "Thymoglobulin\u00ae, a polyclonal antibody, competes directly with Campath, and the two products are two of the "
 "primary therapies available in the U.S. SOT acute therapy drug market.",
 "\u201cGenzyme and Ilex are direct and substantial competitors in the U.S. market for solid organ transplant acute "
 "therapy drugs,\u201d said Susan A. Creighton, Director of the FTC\u2019s Bureau of Competition. \u201cWithout the "
 "effective remedies put in place by the Commission\u2019s order, users of these important, life-saving drugs "
 "likely could be forced to pay higher prices.\u201d",
 "SOT acute therapy drugs are immunosuppressant drugs used in solid organ transplants to suppress the "
 "recipient\u2019s immune system and are prescribed for induction therapy and acute rejection treatment. Induction "
 "therapy is the short-term use of immunosuppressant drugs before, during, and after solid organ transplants to "
 "decrease the likelihood of rejection. Acute rejection is a sudden attack on the transplanted organ by the "
 "recipient\u2019s immune system. If an acute rejection occurs, SOT acute therapy drugs can act to provide a high "
 "immunosuppression dose to help halt the rejection."]
R.append((["ftc-2004-12-genzyme-ilex.txt"], None, P4, federal(
 "us-ftc-genzyme-ilex-oncology-consent-order-campath-schering-2004",
 U4, "2004-12-20", None, "\n\n".join(P4),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,drugs,biotechnology",
 "U.S. Federal Trade Commission, press release of December 20, 2004 on the consent agreement in Genzyme "
 "Corporation's acquisition of ILEX Oncology, Inc. (its headline is not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U4,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2004/12/...'): first-party text. The stored text holds no headline and no date line (and no 'Skip "
 "to main content' line): `title` None (the attribution says so); `published` 20 December 2004 (a Monday) -- the "
 "address gives December 2004 and the copy of the same release on timeshighereducation.com (rank 3 of query 5, rank "
 "2 of query 7; a third party's copy, used for the day only) carries the dateline 'Washington, 20 December 2004'; "
 "Genzyme's own release of completion the next day (advfn's copy, 'Dec. 21', rank 8 of query 5) agrees; the "
 "release says 'today announced'. Dropped: the sub-heading 'SOT Acute Therapy Drugs' before the third kept "
 "paragraph. Cut after that paragraph, before the sub-heading 'Parties to the Proposed Transaction' and the "
 "paragraph the store's excerpt breaks off ('... immune-mediated diseases, and di') (`truncated`). Kept as written: "
 "the curly quotation marks and apostrophes of this excerpt, 'Campath\u00ae' and 'Thymoglobulin\u00ae' with their "
 "registered-trademark signs, 'ILEX Oncology, Inc. (Ilex)' with the two spellings. 258 words (whitespace-split), "
 "three paragraphs. Found at rank 1 under 'FTC Genzyme Ilex Oncology acquisition consent order divest Campath' "
 "(query 5); ranks 2-8 were a Business Journal story copied by mult-sclerosis.org, timeshighereducation's copy of "
 "this release, ftc.gov's merger listing, the Federal Register analysis of December 29, 2004 (elaws and casetext "
 "copies), a 2021 BMS notice (another matter) and advfn's copy of Genzyme's completion release. One text per "
 "matter: this release, the complaint, the orders, the Federal Register analysis (File No. 041 0083) and "
 "Commissioner Leibowitz's concurring statement are one matter. " + CHECK + "'Genzyme', 'ILEX Oncology', 'Ilex', "
 "'Campath', 'Thymoglobulin', '041 0083', '041-0083': 0 in the corpus files, the scripts and the pools ('Genzyme' "
 "and 'Ilex' only in 62e's and 62g's leads in GATHERING.md and the notes); 'Schering AG' only in two dev files (by "
 "their names English Wikipedia's 'Schering AG' and 'Lanxess', other matters) and batches 30d, 31d and 32n's "
 "scripts; 'Creighton' only in 62g's Novartis / Eon Labs text, its scripts and pool (another matter).",
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
