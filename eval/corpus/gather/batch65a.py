#!/usr/bin/env python3
"""Batch 65a (session 59, gatherer 65a): three FTC merger texts of 2000, 2010 and 2014-2015 (nitrogen fertilizers,
funeral homes and cemeteries, airport car rental) naming the acquirers, the targets and their sellers' subsidiaries,
the later buyers of divested rental concessions, the Bureau of Competition's Director and two Commissioners, new
matters in the federal FTC lane (after 64m, 64a, 64g, 63g, 63a, 62m, 62g, 62e, 62b and the rounds they name), found
by asking the FTC's merger consents by acquirer, target and 'consent order divest' (the way of 64m; the leads of
64m's, 64g's and 64a's sections were asked first, see /work/notes/gather66/65a.md):
  - ftc.gov 'opa/2000/09/agrium.htm' (FTC press release of September 2000; its day and headline are not in the
    stored text) -- the FTC accepting a proposed consent order over Agrium, Inc.'s proposed acquisition of the
    nitrogen fertilizer business of Union Oil Company of California (Unocal), with Unocal's subsidiaries Alaska
    Nitrogen Products, LLC and Prodica LLC, and Richard G. Parker, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2010/03/ftc-order-preserves-competition-would-have-been-eliminated-scis-
    acquisition-keystone-north-america' (FTC press release of March 2010; its day and headline are not in the stored
    text) -- Service Corporation International (SCI) required to sell 22 funeral homes and four cemeteries in 19
    local markets, listed town by town, after its acquisition of Keystone North America Inc.;
  - ftc.gov 'node/44268' (an FTC release of 2014 or 2015; its day and headline are not in the stored text) -- the
    FTC approving the sale by Franchise Services of North America, Inc. (FSNA) of two former Advantage Rent A Car
    airport concessions to Avis Budget Group and Sixt Rent-A-Car, under the 2012 settlement of Hertz Global
    Holdings, Inc.'s acquisition of Dollar Thrifty Automotive Group, Inc., with Commissioners Joshua D. Wright and
    Terrell McSweeny.
US federal government works (17 U.S.C. 105). See /work/notes/gather66/65a.md. Queries and ranks in
/tmp/gather66a/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather66 (CLAIMS.txt) and the pools /tmp/gather66*/pool. The texts are
the search tool's page-store excerpts (corpus `pages`; the Agrium and SCI excerpts cut by the store at 2,000 bytes
in UTF-8 -- 2,000 and 1,988 characters; the FSNA page, 1,927 characters, comes whole, under the cut; Agrium's with
straight quotation marks and apostrophes, SCI's and FSNA's with curly apostrophes), as saved in /tmp/gather66a/src by
/tmp/gather66a/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (all three); `title` None for all three
(no headline in the stored text); `published` None for all three (no day in the stored text, and none found in the
store: see each record's notes). Agrium -- cut after the fourth paragraph ('... an important commercial resin.'),
before the paragraph the excerpt breaks off ('According to the Commission's complaint, ... Section 5 of the FTC Act
by sub') (`truncated`). SCI -- cut inside the fifth paragraph at a sentence end, after '... within 90 days of SCI's
acquisition of Keystone.', before the sentence whose link the store does not hold ('A complete list of the
facilities can be found at the following link:') and the words the excerpt breaks off ('In addition to requ')
(`truncated`). FSNA -- the file and staff-contact line closing the third paragraph ('(FTC File No. C4376; the staff
contact is Daniel P. Ducore, Bureau of Competition, 202-326-2526.)'), the Bureau of Competition's standing paragraph
('The FTC's Bureau of Competition works with the Bureau of Economics ... latest FTC news and resources.') and the
lines 'Contact Information', 'MEDIA CONTACT:', 'Betsy Lordan', 'Office of Public Affairs', '202-326-3707' (boilerplate
contact lines: not `truncated`); the space closing its first paragraph ('Sixt Rent-A-Car. ') and the one opening its
third (' The Commission vote') left out. No word added or changed; the store's paragraphs kept, joined by a blank
line (FSNA's double space inside 'also doing business as  Simply Wheelz LLC' kept as the store has it). Each kept
paragraph checked by script to be a verbatim substring (once) of the saved excerpt. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch65a.py [POOL_DIR] [--dry]   (default /tmp/gather66a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather66/CLAIMS.txt and the pools /tmp/gather66*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather66/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66a/pool"
SRC = "/tmp/gather66a/src"
R = []

# ---- Agrium, Inc. / Union Oil Company of California (Unocal) nitrogen fertilizer business, FTC press release, 2000/09 ---
U1 = "http://www.ftc.gov/opa/2000/09/agrium.htm"
P1 = [
 "In an agreement that will protect consumers and promote continued competition in the sale of nitrogen fertilizers, "
 "the Federal Trade Commission today accepted a proposed consent order that would resolve the competitive concerns "
 "arising out of Agrium, Inc.'s proposed acquisition of the nitrogen fertilizer business of Union Oil Company of "
 "California (Unocal). The proposed Commission order would require Agrium to divest a deepwater terminal and other "
 "assets that serve customers in Oregon, Idaho, and Washington.",
 "Agrium, which has production facilities in Texas and near its headquarters in Alberta, Canada, is one of the "
 "world's largest producers of nitrogen fertilizers, with 1998 sales of $501 million. Unocal produces and sells "
 "nitrogen fertilizers through its subsidiaries Alaska Nitrogen Products, LLC and Prodica LLC, and has facilities in "
 "Alaska, Washington, Oregon and California. Unocal's wholesale sales of nitrogen fertilizers in 1998 totaled $337 "
 "million.",
 "\"Agrium's purchase of these Unocal assets would have violated federal law by leading to the reduction of "
 "competition in the Northwest for the sale of nitrogen fertilizer products,\" Richard G. Parker, Director of the "
 "FTC's Bureau of Competition said. \"This agreement will ensure that farmers pay competitive prices for this "
 "essential nutrient.\"",
 "Agrium and Unocal are the leading sellers in the Northwest of the most popular nitrogen fertilizers: anhydrous "
 "ammonia, urea and UAN 32% solution. Purchasers of these fertilizers are not easily able to substitute other "
 "fertilizers due to agricultural considerations and commercial factors. Only nitrogen fertilizers contain the "
 "nitrogen required for plant growth. There is also no substitute for urea in the manufacture of urea formaldehyde "
 "resin, an important commercial resin."]
R.append((["ftc-2000-09-agrium-unocal.txt"], None, P1, federal(
 "us-ftc-agrium-unocal-nitrogen-fertilizer-consent-order-northwest-terminal-2000",
 U1, None, None, "\n\n".join(P1),
 "agriculture/competition regulation", "deal,regulatory,merger control,divestiture,fertilizers",
 "U.S. Federal Trade Commission, press release of September 2000 on the proposed consent order in Agrium, Inc.'s "
 "acquisition of the nitrogen fertilizer business of Union Oil Company of California (its headline and day are not "
 "in the stored text), US federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2000/09/agrium.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text "
 "holds no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives "
 "September 2000, and the Peninsula Clarion's report of October 3, 2000 (rank 3 of query 9) has the sale closing on "
 "the Saturday before, but no page in the store gives the release's day (five queries asked for it: the FR analysis, "
 "the final-order notice and news of the month did not answer). So 'today' is not resolved (GUIDELINES: with "
 "published null, only absolute expressions). Cut after the fourth paragraph ('... an important commercial "
 "resin.'), before the paragraph the store's excerpt breaks off ('According to the Commission's complaint, Agrium's "
 "acquisition of Unocal's nitrogen fertilizer business would violate Section 7 of the Clayton Act and Section 5 of "
 "the FTC Act by sub') (`truncated`). Kept as written: the straight quotation marks and apostrophes, 'Agrium, "
 "Inc.'s', 'Prodica LLC' without a comma, 'Director of the FTC's Bureau of Competition said' without a comma. 263 "
 "words (whitespace-split), four paragraphs. Found at rank 1 under 'Agrium Unocal nitrogen fertilizer FTC consent "
 "order September 2000 deepwater terminal Kennewick divest' (query 9; first seen at rank 8 of query 8, an Agrium / "
 "CF Industries query); ranks 2-6 were the Peninsula Clarion's and Petroleum News' reports (2000, 2004), rank 7 "
 "Manitoba Co-operator (2009), rank 8 ftc.gov's 2011 Agrium / CF set-aside notice (another matter). One text per "
 "matter: this release, the complaint (ftc.gov 2000/11 'agriumunocalccmp', File No. 001-0100, Docket No. C-3981), the "
 "orders and the analysis are one matter. " + CHECK + "'Agrium': only earlier rounds' leads in GATHERING.md and the "
 "gather65 notes (Agrium / UAP 2008, Agrium / CF Industries 2009: other matters); 'Union Oil Company', 'Alaska "
 "Nitrogen', 'Prodica', '001-0100', 'C-3981', 'agrium.htm': 0 in the corpus files, the scripts, GATHERING.md and the "
 "pools; 'Unocal' in three corpus files (CNOOC's 2005 bid for Unocal, the Nexen and Chevron SEC texts: other "
 "matters) and some scripts; 'Richard G. Parker' in 63g's FMC / Solutia text (another matter).",
 True)))

# ---- Service Corporation International / Keystone North America Inc., FTC press release, 2010/03 ----------------------
U2 = ("https://www.ftc.gov/news-events/news/press-releases/2010/03/"
      "ftc-order-preserves-competition-would-have-been-eliminated-scis-acquisition-keystone-north-america")
P2 = [
 "Service Corporation International (SCI), the nation\u2019s largest provider of funeral and cemetery services, will "
 "be required to sell 22 funeral homes and four cemeteries in 19 local markets to ensure competition is preserved "
 "following its acquisition of Keystone North America Inc., the Federal Trade Commission announced today. The "
 "consent order detailing the requirements resolves the FTC\u2019s concerns that the acquisition would be "
 "anticompetitive.",
 "According to the FTC, SCI\u2019s proposed acquisition of Keystone, the fifth-largest funeral and cemetery services "
 "provider in North America, raises antitrust concerns in the markets for both funeral services and cemetery "
 "services.",
 "The 16 geographic funeral services markets affected by the acquisition include: Yuma, Arizona; Monterey, "
 "California; Denver, Colorado; Auburndale/Winter Haven, Florida; Vidalia, Georgia; Bossier City, Louisiana; "
 "Lansing, Michigan; East Aurora, New York; Northern Rockland County, New York; Charlotte, North Carolina; "
 "Greensboro, North Carolina; Columbia, South Carolina; West Columbia/Lexington, South Carolina; New Tazewell, "
 "Tennessee; Lynchburg, Virginia; and Yakima, Washington. The three geographic cemetery services markets are: Yuma, "
 "Arizona; Macon, Georgia; and Columbia, South Carolina.",
 "The funeral and cemetery services markets in each of these local areas are highly concentrated, and SCI\u2019s "
 "acquisition of Keystone as proposed would have eliminated the intense head-to-head competition between these "
 "firms in each of the 19 local geographic markets. The complaint alleges the transaction would have increased the "
 "likelihood that the combined firm could raise prices either unilaterally or through coordination with remaining "
 "competitors.",
 "The FTC\u2019s consent order requires that SCI sell the funeral homes and cemeteries to FTC-approved buyers within "
 "90 days of SCI\u2019s acquisition of Keystone."]
R.append((["ftc-2010-03-sci-keystone.txt"], None, P2, federal(
 "us-ftc-service-corporation-international-keystone-north-america-funeral-homes-cemeteries-2010",
 U2, None, None, "\n\n".join(P2),
 "funeral services/competition regulation", "deal,regulatory,merger control,divestiture,funeral services",
 "U.S. Federal Trade Commission, press release of March 2010 on the consent order in Service Corporation "
 "International's acquisition of Keystone North America Inc. (its headline and day are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2010/03/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line "
 "under it. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "None -- the address gives March 2010, the Federal Register printed the analysis on April 6, 2010 with comments due "
 "April 26, 2010 (elaws and justia copies, ranks 4 and 5 of queries 6 and 10), and connectingdirectors reported the "
 "order on March 29, 2010 (rank 2 of queries 6 and 13), but no page in the store gives the release's day (four "
 "queries asked for it). So 'today' is not resolved and the text has no absolute time expression (no dates). Cut "
 "inside the fifth paragraph at a sentence end, after '... within 90 days of SCI's acquisition of Keystone.', before "
 "'A complete list of the facilities can be found at the following link:' (its link is not in the stored text) and "
 "the words the store's excerpt breaks off ('In addition to requ') (`truncated`). Kept as written: the curly "
 "apostrophes, the slashes in 'Auburndale/Winter Haven' and 'West Columbia/Lexington', 'Northern Rockland County', "
 "'Keystone North America Inc.' without a comma. 256 words (whitespace-split), five paragraphs (the last cut "
 "short). Found at rank 1 under 'Service Corporation International Keystone North America FTC consent order divest "
 "funeral homes cemeteries' (query 6); rank 2 was connectingdirectors (a trade paper's rewrite), ranks 3 and 5 "
 "ftc.gov's SCI orders of 2000 and 1999 (LaGrone, Equity Corporation International: other matters), rank 4 the "
 "Federal Register analysis (elaws), ranks 6-8 SCI / Stewart Enterprises copies (marketswired, justia: another "
 "matter). Looked at and left by 63e, 63g, 64a and 64g for its long place list and no official -- the brief names "
 "it as a free lead. One text per matter: this release, the complaint, the orders, the analysis (File No. 101 0013) "
 "and the 2010 divestiture approvals are one matter. " + CHECK + "'Keystone North America', '101 0013', 'Vidalia', "
 "'New Tazewell': 0 in the corpus files and scripts ('Keystone North America' only in earlier rounds' notes in "
 "GATHERING.md); 'Service Corporation International' in the test file on SCI / Alderwoods (2006, another matter: "
 "counted, not opened) and 62b's scripts; 'Keystone' alone in a test Wikinews text by count (another matter).",
 True)))

# ---- Franchise Services of North America, Inc. / Hertz / Dollar Thrifty, FTC release, ftc.gov node/44268 (2014-2015) ---
U3 = "https://ftc.gov/node/44268"
P3 = [
 "Following a public comment period, the Federal Trade Commission has approved an application submitted by "
 "Franchise Services of North America, Inc. (FSNA) to sell two former Advantage Rent A Car airport rental car "
 "concessions, neither of which is currently operating. FSNA will sell assets located in Portland, Oregon to Avis "
 "Budget Group, and assets located in San Jose, California to Sixt Rent-A-Car.",
 "FSNA acquired the locations from Hertz Global Holdings, Inc. under a 2012 FTC settlement that required Hertz to "
 "sell its Advantage rental car business, also doing business as  Simply Wheelz LLC, and other assets to a "
 "Commission-approved buyer to resolve charges that its proposed $2.3 billion acquisition of Dollar Thrifty "
 "Automotive Group, Inc. would have been anticompetitive. Under the terms of the settlement, if FSNA sells any of "
 "the divested assets within three years, Commission approval is required.",
 "The Commission vote approving the final order was 3-0-2, with Commissioners Joshua D. Wright and Terrell "
 "McSweeny not participating."]
R.append((["ftc-node-44268-fsna-hertz-advantage.txt"], None, P3, federal(
 "us-ftc-fsna-advantage-rent-a-car-concessions-avis-budget-sixt-hertz-dollar-thrifty-order",
 U3, None, None, "\n\n".join(P3),
 "car rental/competition regulation", "deal,regulatory,merger control,divestiture,car rental",
 "U.S. Federal Trade Commission, release (2014 or 2015; its headline and day are not in the stored text) on its "
 "approval of Franchise Services of North America, Inc.'s application to sell two former Advantage Rent A Car "
 "airport concessions, under the 2012 Hertz Global Holdings, Inc. / Dollar Thrifty Automotive Group, Inc. "
 "settlement, US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC release (a US federal work, public domain) as ftc.gov itself carries it ('node/44268'): first-party text. "
 "Left out: the page line 'Skip to main content' and the blank line under it; the file and staff-contact "
 "parenthesis closing the third paragraph ('(FTC File No. C4376; the staff contact is Daniel P. Ducore, Bureau of "
 "Competition, 202-326-2526.)'); the Bureau of Competition's standing paragraph ('The FTC's Bureau of Competition "
 "works with the Bureau of Economics ...'); the lines 'Contact Information', 'MEDIA CONTACT:', 'Betsy Lordan', "
 "'Office of Public Affairs', '202-326-3707' (boilerplate and contact lines, as the corpus' FTC text on Ahold / "
 "Delhaize leaves them: the page is whole in the store, so not `truncated`); the space closing the first paragraph "
 "and the one opening the third. The stored text holds no headline and no date: `title` None; `published` None -- "
 "the approval follows the FTC's approval of the 22-location sale to Hertz and Avis ('30 May 2014' in "
 "carsandracingstuff's copy, rank 2 of query 4), and both it and this release name Commissioners Wright and "
 "McSweeny as not participating (so before Commissioner Wright left the FTC in 2015), but no page in the store gives "
 "the day. The text's one absolute time expression, '2012', is a date. Kept as written: the double space in 'also "
 "doing business as  Simply Wheelz LLC' (a no-break space and a space on the page, as the tool's answer shows it), "
 "'Sixt Rent-A-Car' with hyphens beside 'Advantage Rent A Car' without, 'FTC File No. C4376' (in the left-out "
 "parenthesis). 159 words (whitespace-split), three paragraphs. Found at rank 1 under 'FTC Hertz Dollar Thrifty "
 "consent order divest Advantage Rent A Car Franchise Services of North America' (query 3); ranks 2 and 3 were "
 "carsandracingstuff's copies of the FTC's 2013 and 2014 notices (third party), ranks 4 and 7 the Federal Register "
 "analysis (justia), rank 5 gpo's copy of it, rank 6 marketswired, rank 8 Bloomberg's PR Newswire copy of the "
 "November 15, 2012 release (third party: not used). Looked at and left by 63e (undated, short, only a staff "
 "contact); the Hertz / Dollar Thrifty matter is otherwise free and its 2012 release has no first-party copy in the "
 "store. One text per matter: the 2012 release, complaint, orders and analysis (File No. 101 0137, Docket No. "
 "C-4376), the 2013 modified order and FSNA's 2014-2015 applications are one matter. " + CHECK + "'Dollar Thrifty', "
 "'Franchise Services of North America', 'Simply Wheelz', 'Advantage Rent', 'Avis Budget', 'node/44268': only "
 "earlier rounds' notes in GATHERING.md; 'Sixt Rent', 'Joshua D. Wright', 'McSweeny', 'C4376', 'C-4376': 0 in the "
 "corpus files, the scripts, GATHERING.md and the pools; 'Hertz' in corpus files on other matters (the SEC's 2019 "
 "Hertz accounting text in test, counted, not opened; Wikipedia texts) and 'Sixt' as a common string.",
 False)))


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
