#!/usr/bin/env python3
"""Batch 64m (session 58, gatherer 64m): four FTC merger texts of 1996, 2006, 2013 and 2014 (cable television,
industrial gases, generic injectable drugs, medical devices) naming the merging firms, the seller of the target, the
buyers of divested businesses, the parties' subsidiaries, partnerships and cable networks and the Bureau of
Competition's Director, new matters in the federal FTC lane (after 64a, 64g, 63g, 63a, 62m, 62g, 62e, 62b and the
rounds they name), found by asking the FTC's merger consents by acquirer, target and 'consent order divest' (the way
of 63g and 64a; the leads of 64a's and 64g's sections were asked first and gave no first-party release, see
/work/notes/gather65/64m.md):
  - ftc.gov 'news-events/news/press-releases/2013/09/ftc-puts-conditions-mylans-proposed-acquisition-agila-strides'
    (FTC press release of September 26, 2013; its headline is not in the stored text) -- the FTC requiring Mylan,
    Inc. and Agila Specialties Global Pte. Ltd and Agila Specialties Pvt. Ltd. to divest 11 generic injectable drugs
    as a condition of Mylan's proposed acquisition of Agila from Strides Arcolab Ltd., with Deborah Feinstein,
    Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2014/11/ftc-puts-conditions-medtronics-proposed-acquisition-covidien'
    (FTC press release of November 26, 2014; its headline is not in the stored text) -- Medtronic, Inc. agreeing to
    sell Covidien plc's drug-coated balloon catheter business to The Spectranetics Corporation to settle charges
    over its $42.9 billion acquisition of Covidien, with C.R. Bard, Inc. and the Food and Drug Administration;
  - the University of North Texas web archive's copy (End of Term 2008) of ftc.gov 'opa/2006/07/lindeBOC.htm' (FTC
    press release of July 18, 2006, 'FTC Challenges Linde AG's Proposed Acquisition of The BOC Group') -- the
    consent order settling the FTC's challenge to Linde AG's $14.4 billion acquisition of The BOC Group plc, with
    bulk refined helium assets to go to Taiyo Nippon Sanso Corporation, and Jeffrey Schmidt, Director of the FTC's
    Bureau of Competition;
  - the webharvest.gov copy (2004 crawl) of ftc.gov 'os/1996/09/twanalys.htm' (the FTC's 'Analysis of Proposed
    Consent Order to Aid Public Comment' of September 1996; its day is not in the stored text) -- the consent order
    accepted from Time Warner Inc., Turner Broadcasting System, Inc., Tele-Communications, Inc. and Liberty Media
    Corporation over Time Warner's acquisition of Turner, with Time Warner Entertainment, HBO, Cinemax, Time Warner
    Cable and Turner's cable networks (CNN, TNT, WTBS, Headline News, Cartoon Network, Turner Classic Movies, CNN
    International USA, CNN Financial Network).
US federal government works (17 U.S.C. 105). See /work/notes/gather65/64m.md. Queries and ranks in
/tmp/gather65m/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather65 (notes and CLAIMS.txt) and the pools /tmp/gather65*/pool. The
texts are the search tool's page-store excerpts (corpus `pages`; the store's cut at 2,000 bytes in UTF-8: 1,978,
1,984, 1,976 and 2,000 characters -- the Mylan and Medtronic excerpts with ftc.gov's no-break spaces between
sentences, which the tool's answer shows as plain spaces and the saved copies hold as plain spaces; the Mylan,
Medtronic and Linde excerpts with curly quotation marks and apostrophes, the Time Warner one with straight ones), as
saved in /tmp/gather65m/src by /tmp/gather65m/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Mylan, Medtronic); the date line 'For
Release: July 18, 2006' and the deck line 'To Protect Competition Parties Must Sell Designated Industrial Gases
Assets' (Linde; its headline kept as `title`); the document heading 'ANALYSIS OF PROPOSED / CONSENT ORDER TO AID
PUBLIC COMMENT' and the section headings 'I. Introduction' and 'II. Description of the Parties, the Acquisition and
Related Transactions' (Time Warner); spaces at the ends and starts of paragraphs (Mylan's 'consent agreement. ',
Medtronic's 'viable competitor.  ', 'and Mexico. ' and ' The Commission vote'); `title` None for Mylan, Medtronic and
Time Warner (no headline in the stored text); `published` None for Time Warner (no day in the stored text). Mylan --
cut inside the fourth paragraph at a sentence end, after '... and future competition in five other markets.', before
the sentence the excerpt breaks off ('A list of all 11 drugs, along with the struct') (`truncated`). Medtronic -- cut
inside the fifth paragraph at a sentence end, after '... for public comment was 5-0.', before the sentence the
excerpt breaks off ('The proposed settlement is part of the Commission's ongoing effort to protect U.S. consumers
from highe') (`truncated`). Linde -- cut inside the fifth paragraph at a sentence end, after '... in each relevant
geographic market.', before the sentence the excerpt breaks off ('By eliminating direct competition between these
two suppliers') (`truncated`). Time Warner -- cut inside the section's third paragraph at a sentence end, after '...
approximately 27 percent of all U.S. cable television households.', before the letter the excerpt breaks off ('L')
(`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line (double spaces inside
paragraphs kept as the store has them). Each kept paragraph checked by script to be a verbatim substring (once) of
the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch64m.py [POOL_DIR] [--dry]   (default /tmp/gather65m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
ARCH_ORIGIN = "US FTC press release on ftc.gov, web archive copy (search tool page store)"
ANALYSIS_ORIGIN = "US FTC analysis to aid public comment on ftc.gov, web archive copy (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather65 (notes and CLAIMS.txt) and the pools /tmp/gather65*/pool (none held a file on "
         "this matter when checked), and claimed in /work/notes/gather65/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65m/pool"
SRC = "/tmp/gather65m/src"
R = []

# ---- Mylan, Inc. / Agila Specialties from Strides Arcolab Ltd., FTC press release, September 26, 2013 ------------------
U1 = ("https://www.ftc.gov/news-events/news/press-releases/2013/09/"
      "ftc-puts-conditions-mylans-proposed-acquisition-agila-strides")
P1 = [
 "The Federal Trade Commission will require Mylan, Inc., and Agila Specialties Global Pte. Ltd and Agila Specialties "
 "Pvt. Ltd. (collectively, Agila) to divest 11 generic injectable drugs as a condition of allowing Mylan\u2019s "
 "proposed acquisition of Agila from Strides Arcolab Ltd. (Strides).",
 "According to the complaint, in each of these 11 markets, Mylan and Agila are two of only a limited number of "
 "current or likely future competitors.  The number of suppliers in generic pharmaceutical markets matters because "
 "prices generally decrease as the number of competing generic suppliers increases.  In addition, the injectable "
 "generic products of concern are highly susceptible to supply disruptions caused by the inherent difficulties of "
 "producing sterile liquid drugs.  The complaint alleges that by reducing the number of competitors in these "
 "markets, the acquisition as originally proposed would eliminate important competition and likely lead to higher "
 "prices, absent the remedies required by the proposed consent agreement.",
 "\u201cThis proposed settlement will ensure that these important generic injectable medications, which are used to "
 "treat conditions ranging from heart disease and hypertension to cancer, remain available at a competitive price, "
 "now and in the foreseeable future,\u201d said Deborah Feinstein, Director of the FTC\u2019s Bureau of Competition.  "
 "\u201cPreserving existing competition is especially important in markets for injectable drugs where supply "
 "disruptions have led to shortages.\u201d",
 "Mylan proposes to acquire Agila for approximately $1.85 billion, under an agreement dated February 27, 2013.  The "
 "FTC\u2019s complaint charges the deal as proposed would violate the antitrust laws, by substantially reducing "
 "competition in the markets for 11 generic injectable drugs.  The FTC alleges the deal would reduce current or "
 "future competition in six product markets and future competition in five other markets."]
R.append((["ftc-2013-09-mylan-agila.txt"], None, P1, federal(
 "us-ftc-mylan-agila-strides-arcolab-consent-agreement-generic-injectables-2013",
 U1, "2013-09-26", None, "\n\n".join(P1),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,generic drugs",
 "U.S. Federal Trade Commission, press release of September 26, 2013 on the proposed consent agreement in Mylan, "
 "Inc.'s acquisition of Agila Specialties from Strides Arcolab Ltd. (its headline is not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2013/09/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line "
 "under it. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "26 September 2013 (a Thursday) -- the address gives September 2013, and Reuters' report 'WASHINGTON, Sept 26' "
 "(cn.reuters.com, rank 8 of query 13; governmentfilings.blogspot's copy dated 'Thursday, September 26, 2013', rank "
 "3) says Mylan 'has won U.S. antitrust approval ... the Federal Trade Commission said on Thursday'; Bloomberg's "
 "story of the same day (its address '2013-09-26', rank 6 of query 3) quotes the release's words. The kept text holds "
 "no relative time expression. Cut inside the fourth paragraph at a sentence end, after '... and future competition "
 "in five other markets.', before the sentence the store's excerpt breaks off ('A list of all 11 drugs, along with "
 "the struct') (`truncated`); the space closing the second paragraph ('consent agreement. ') left out. Kept as "
 "written: the curly quotation marks and apostrophes, the double spaces between sentences (a no-break space and a "
 "space on the page), 'Agila Specialties Global Pte. Ltd' without a final stop, 'Mylan, Inc.,'. 278 words "
 "(whitespace-split), four paragraphs (the last cut short). Found at rank 3 under 'FTC Mylan Agila Specialties "
 "acquisition consent order divest generic injectable' (query 3); ranks 1, 2, 6 and 8 were lifesciencesipreview, "
 "biospace and Bloomberg (news), rank 4 ftc.gov's health-care listing (the case summary), ranks 5 and 7 the Federal "
 "Register analysis (justia). One text per matter: this release, the complaint, the orders and the analysis (File No. "
 "131 0112, Docket No. C-4413) are one matter. " + CHECK + "'Agila', 'Strides', 'Strides Arcolab', '131 0112', "
 "'C-4413': 0 in the corpus files, the scripts, the notes and the pools; 'Mylan' only in earlier rounds' leads in "
 "GATHERING.md (Mylan / Merck Generics 2007, another matter) and a list of names checked by an earlier round; "
 "'Deborah Feinstein' only in 62m's list of Bureau directors' names checked (GATHERING.md).",
 True)))

# ---- Medtronic, Inc. / Covidien plc, FTC press release, November 26, 2014 ---------------------------------------------
U2 = ("https://www.ftc.gov/news-events/news/press-releases/2014/11/"
      "ftc-puts-conditions-medtronics-proposed-acquisition-covidien")
P2 = [
 "Global medical technology company Medtronic, Inc. has agreed to divest the drug-coated balloon catheter business "
 "of Ireland-based medical products company Covidien plc, in order to settle Federal Trade Commission charges that "
 "its $42.9 billion acquisition of Covidien would likely be anticompetitive. Under the FTC\u2019s proposed "
 "settlement, Medtronic will sell the drug-coated balloon catheter business to a Colorado-based medical device "
 "company, The Spectranetics Corporation.",
 "According to the FTC\u2019s complaint both Medtronic and Covidien are developing drug-coated balloon catheters to "
 "compete with C.R. Bard, Inc., which currently is the only company that supplies these products, used to treat "
 "peripheral artery disease, in the U.S. market. Medtronic and Covidien are the only companies with products in "
 "clinical trials in the Food and Drug Administration\u2019s approval process, which makes it unlikely that other "
 "competitors could enter the market in time to counteract the effects of the merger, the FTC alleges.",
 "Under the proposed consent order, an interim monitor will supervise Medtronic and Covidien to oversee the transfer "
 "of rights and assets related to Covidien\u2019s drug-coated balloon catheter business to Spectranetics. According "
 "to the FTC\u2019s analysis to aid public comment, Spectranetics currently manufactures and markets a range of "
 "devices to treat peripheral and coronary arterial disease, and has the industry and regulatory experience to "
 "obtain FDA approval for the product to enter the U.S. market as a viable competitor.",
 "The proposed transaction was reviewed by antitrust enforcement agencies around the world, as well as by the "
 "Commission. FTC staff cooperated closely with antitrust agencies in Canada, China, the European Union, Japan, and "
 "Mexico.",
 "The Commission vote to accept the proposed consent order for public comment was 5-0."]
R.append((["ftc-2014-11-medtronic-covidien.txt"], None, P2, federal(
 "us-ftc-medtronic-covidien-consent-order-spectranetics-drug-coated-balloon-2014",
 U2, "2014-11-26", None, "\n\n".join(P2),
 "medical devices/competition regulation", "deal,regulatory,merger control,divestiture,medical devices",
 "U.S. Federal Trade Commission, press release of November 26, 2014 on the proposed consent order in Medtronic, "
 "Inc.'s acquisition of Covidien plc (its headline is not in the stored text), US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2014/11/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line "
 "under it. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "26 November 2014 (a Wednesday) -- the address gives November 2014, the FTC's own final-order release of January "
 "2015 (ftc.gov, rank 4 of query 11) says 'Under the order, first announced in November 2014', and the Associated "
 "Press story offshorenewsflash posted on 2014/11/26 (rank 2 of query 14; orthospinenews' copy, rank 7) says 'U. S. "
 "authorities on Wednesday approved Medtronic Inc.'s $43 billion merger ... The FTC approve the deal in a 5-0 vote'. "
 "The kept text holds no time expression. Cut inside the fifth paragraph at a sentence end, after '... for public "
 "comment was 5-0.', before the sentence the store's excerpt breaks off ('The proposed settlement is part of the "
 "Commission's ongoing effort to protect U.S. consumers from highe') (`truncated`); the spaces closing the third and "
 "fourth paragraphs and opening the fifth left out. Kept as written: the curly apostrophes, 'C.R. Bard, Inc.' "
 "without a space after 'C.', 'The Spectranetics Corporation' with its article, 'According to the FTC's complaint "
 "both' without a comma. 272 words (whitespace-split), five paragraphs (the last cut short). Found at rank 1 under "
 "'FTC Medtronic Covidien acquisition consent order divest drug-coated balloon Spectranetics' (query 11); ranks 2-8 "
 "were imperialvalleynews' copy of this release, medicaldevice-network, the FTC's January 2015 final-order release, "
 "offshorenewsflash, the Federal Register analysis (justia) and vascularnews. One text per matter: this release, the "
 "complaint, the orders, the analysis (File No. 141 0187) and the final-order release are one matter. " + CHECK +
 "'Covidien', 'C.R. Bard', '141 0187': 0 in the corpus files, the scripts, the notes and the pools; 'Medtronic' "
 "only in earlier rounds' notes in GATHERING.md (Medtronic / Sofamor Danek and Kyphon / Medtronic Spine, DOJ "
 "matters looked at and not used) and no corpus file; 'Spectranetics' only in an earlier round's note in "
 "GATHERING.md (its 2009-2012 case, law blogs only).",
 True)))

# ---- Linde AG / The BOC Group plc, FTC press release, July 18, 2006 (UNT web archive copy) ------------------------------
U3 = "https://webarchive.library.unt.edu/eot2008/20090118104333/http://www.ftc.gov/opa/2006/07/lindeBOC.htm"
T3 = "FTC Challenges Linde AG\u2019s Proposed Acquisition of The BOC Group"
P3 = [
 "The Federal Trade Commission today announced its decision to challenge Linde AG\u2019s proposed acquisition, "
 "announced on March 6, 2006, of The BOC Group plc for approximately $14.4 billion. The FTC\u2019s complaint alleges "
 "that the acquisition as originally structured would have increased the likelihood that customers would be forced "
 "to pay higher prices for liquid oxygen, liquid nitrogen, and bulk refined helium in certain markets.",
 "In settling the Commission\u2019s charges, Linde is required to sell air separation units (ASUs) and other assets "
 "related to the production of liquid oxygen and nitrogen in eight locations across the United States. Linde is "
 "also required to sell bulk refined helium assets, including helium source contracts, distribution assets, and "
 "customer contracts to Taiyo Nippon Sanso Corporation (Nippon Sanso).",
 "\u201cIndustrial gases such as oxygen, nitrogen and helium play a crucial role in many segments of our economy, "
 "including healthcare, oil and gas, agriculture and manufacturing,\u201d said Jeffrey Schmidt, Director of the "
 "FTC\u2019s Bureau of Competition. \u201cThe Commission\u2019s action today ensures that the transaction will not "
 "lead to a reduction in competition or higher prices for these gases.\u201d",
 "The FTC\u2019s Complaint: According to the Commission\u2019s complaint, the acquisition as proposed violated "
 "Section 7 of the Clayton Act and Section 5 of the FTC Act by eliminating a significant competitor in certain "
 "regional U.S. markets for liquid oxygen and liquid nitrogen, and the worldwide market for bulk refined helium.",
 "The markets for liquid oxygen and liquid nitrogen are highly concentrated, as Linde and BOC are two of only five "
 "companies supplying liquid oxygen and liquid nitrogen to customers in each relevant geographic market."]
R.append((["ftc-2006-07-linde-boc.txt"], T3, P3, federal(
 "us-ftc-linde-boc-group-consent-order-taiyo-nippon-sanso-helium-2006",
 U3, "2006-07-18", T3, "\n\n".join(P3),
 "industrial gases/competition regulation", "deal,regulatory,merger control,divestiture,industrial gases",
 "U.S. Federal Trade Commission, press release 'FTC Challenges Linde AG's Proposed Acquisition of The BOC Group', "
 "July 18, 2006, US federal government work (public domain); text from the search tool's page store, the University "
 "of North Texas Libraries' End of Term 2008 web archive copy of ftc.gov/opa/2006/07/lindeBOC.htm, at " + U3,
 ARCH_ORIGIN,
 "An FTC press release (a US federal work, public domain) in the University of North Texas Libraries' End of Term "
 "2008 web archive, a copy of ftc.gov's own page ('opa/2006/07/lindeBOC.htm', crawled January 2009): first-party "
 "text (the archive adds no words of its own to this excerpt). Left out: the date line 'For Release: July 18, 2006' "
 "(it gives `published`: 18 July 2006, a Tuesday; the FTC's own FYI of September 2008, marketswired's copy at rank 3 "
 "of query 12, names 'press releases dated July 18, September 5, and December 1, 2006' in this matter) and the deck "
 "line 'To Protect Competition Parties Must Sell Designated Industrial Gases Assets' under the headline; the headline "
 "is `title`. Cut inside the fifth paragraph at a sentence end, after '... in each relevant geographic market.', "
 "before the sentence the store's excerpt breaks off ('By eliminating direct competition between these two "
 "suppliers') (`truncated`). Kept as written: the curly quotation marks and apostrophes, 'The BOC Group plc' with its "
 "article, the run-in heading 'The FTC's Complaint:' that opens the fourth paragraph (inside the paragraph, so kept "
 "with it), 'healthcare'. 265 words (whitespace-split), five paragraphs (the last cut short). Found at rank 2 under "
 "'FTC Linde BOC Group acquisition consent order divest helium bulk gases' (query 12); rank 1 was C&EN's note, "
 "rank 3 marketswired's copy of the FTC's 2008 extension notice, rank 4 gasworld, ranks 5, 6 and 8 the Federal "
 "Register analysis (justia, casetext, govinfo), rank 7 an ftc.gov legal-library page on Air Liquide / Messer "
 "(another matter). One text per matter: this release, the complaint, the orders, the analysis (File No. 061 0114, "
 "Docket No. C-4163) and the later divestiture notices are one matter. " + CHECK + "'Linde AG', 'BOC Group', "
 "'Taiyo Nippon', 'Nippon Sanso', 'lindeBOC', '061 0114', 'C-4163': 0 in the corpus files, the scripts, the notes "
 "and the pools; 'Linde' in 29 corpus files by count and 'BOC' in 74 (other names and words: no file holds both, "
 "and none of the 'Linde' files names industrial gases, Praxair or helium); 'Jeffrey Schmidt' in FTC texts of "
 "other matters (64a's Hospira / Mayne, 64g's Schering-Plough / Organon, 62e's Watson / Andrx and Thermo / Fisher).",
 True)))

# ---- Time Warner Inc. / Turner Broadcasting System, Inc., FTC analysis to aid public comment, September 1996 -----------
U4 = "https://webharvest.gov/peth04/20041024131956/http://www3.ftc.gov/os/1996/09/twanalys.htm"
P4 = [
 "The Federal Trade Commission has accepted for public comment from Time Warner Inc. (\"Time Warner\"), Turner "
 "Broadcasting System, Inc. (\"Turner\"), Tele-Communications, Inc. (\"TCI\"), and Liberty Media Corporation "
 "(\"LMC\") (collectively \"the proposed respondents\") an Agreement Containing Consent Order (\"the proposed consent "
 "order\"). The Commission has also entered into an Interim Agreement that requires the proposed respondents to take "
 "specific action during the public comment period.",
 "The proposed consent order is designed to remedy likely antitrust effects arising from Time Warner's acquisition of "
 "Turner as well as related transactions, including TCI's proposed ownership interest in Time Warner and long-term "
 "cable television programming service agreements between Time Warner and TCI for post-acquisition carriage by TCI "
 "of Turner programming.",
 "Time Warner is a leading provider of cable networks and a leading distributor of cable television. Time Warner "
 "Entertainment (\"TWE\"), a partnership in which Time Warner holds the majority interest, owns HBO and Cinemax, two "
 "premium cable networks. Time Warner and Time Warner Cable, a subsidiary of TWE, are collectively the nation's "
 "second largest distributor of cable television and serve approximately 11.5 million cable subscribers or "
 "approximately 17 percent of U.S. cable television households.",
 "Turner is a leading provider of cable networks. Turner owns the following \"marquee\" or \"crown jewel\" cable "
 "networks: Cable News Network (\"CNN\"), Turner Network Television (\"TNT\"), and TBS SuperStation (referred to as "
 "\"WTBS\"). Turner also owns Headline News (\"HLN\"), Cartoon Network, Turner Classic Movies, CNN International USA "
 "and CNN Financial Network.",
 "TCI is the nation's largest operator of cable television systems, serving approximately 27 percent of all U.S. "
 "cable television households."]
R.append((["ftc-1996-09-time-warner-turner-analysis.txt"], None, P4, federal(
 "us-ftc-time-warner-turner-tci-liberty-media-consent-order-analysis-1996",
 U4, None, None, "\n\n".join(P4),
 "media/competition regulation", "deal,regulatory,merger control,cable television",
 "U.S. Federal Trade Commission, 'Analysis of Proposed Consent Order to Aid Public Comment' in Time Warner Inc., "
 "Turner Broadcasting System, Inc., Tele-Communications, Inc. and Liberty Media Corporation (File No. 961-0004), "
 "September 1996 (its day is not in the stored text), US federal government work (public domain); text from the "
 "search tool's page store, the webharvest.gov (2004) copy of www3.ftc.gov/os/1996/09/twanalys.htm, at " + U4,
 ANALYSIS_ORIGIN,
 "The FTC's analysis to aid public comment (a US federal work, public domain) as ftc.gov carried it in 1996-2004 "
 "('os/1996/09/twanalys.htm'), in webharvest.gov's October 2004 crawl of www3.ftc.gov: first-party text (the archive "
 "adds no words of its own to this excerpt). Not a press release: the same matter's release (opa/1996/09/"
 "timewarn.htm, 'FOR RELEASE: SEPTEMBER 12, 1996', rank 2 of query 17) came back as well, and the analysis was "
 "taken for its statements of ownership (TWE, Time Warner Cable, the cable networks), which the release's stored "
 "excerpt does not have -- one text per matter. Left out: the document heading 'ANALYSIS OF PROPOSED / CONSENT ORDER "
 "TO AID PUBLIC COMMENT' (no headline of the usual kind: `title` None) and the section headings 'I. Introduction' "
 "and 'II. Description of the Parties, the Acquisition and Related Transactions'. `published` None: the address "
 "gives September 1996 and the release is dated September 12, 1996, but the analysis itself carries no date in the "
 "stored text, and the Federal Register printed it on September 25, 1996 (elaws' copy, rank 7 of query 16) -- which "
 "day ftc.gov posted it is not known. The kept text holds no time expression. Cut inside the section's third "
 "paragraph at a sentence end, after '... approximately 27 percent of all U.S. cable television households.', "
 "before the letter the store's excerpt breaks off ('L') (`truncated`). Kept as written: the straight quotation "
 "marks and apostrophes, the defined short forms in brackets ('(\"Time Warner\")', '(\"TWE\")', '(referred to as "
 "\"WTBS\")'), 'Time Warner's acquisition'. 260 words (whitespace-split), five paragraphs (the last cut short). Found "
 "at rank 4 under 'FTC consent order Time Warner Turner Broadcasting acquisition 1996 TCI Liberty Media' (query 16); "
 "ranks 1, 2, 5 and 6 were copies of the agreement containing consent order (slideshare, fdokumen), rank 3 Turner's "
 "8-K of September 6, 1996 (incjournal), rank 7 the Federal Register text (elaws), rank 8 the decision and order "
 "(docslib). One text per matter: this analysis, the release of September 12, 1996, the agreement, the complaint, "
 "the decision and order (Docket No. C-3709) and the commissioners' statements are one matter. " + CHECK +
 "'Turner Broadcasting', 'Cinemax', 'Turner Classic', 'Cartoon Network', '961-0004', 'C-3709', 'twanalys': 0 in the "
 "corpus files, the scripts, the notes and the pools; no corpus file names both 'Turner' and 'Time Warner'; 'Time "
 "Warner' in 40 corpus files (FCC, DOJ and SEC texts on Time Warner Cable, AOL and others: other matters), "
 "'Tele-Communications' in 9 (the DOJ's AT&T / TCI and Primestar texts, an FCC AT&T / Teleport text: other "
 "matters), 'Liberty Media' in 6 (FCC News Corp. / DirecTV texts: other matters), 'Time Warner Entertainment' in one "
 "(the DOJ's AT&T / MediaOne Road Runner judgment, another matter).",
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
