#!/usr/bin/env python3
"""Batch 70z (session 64, gatherer lane 70z): three FTC merger texts of 1998, 1999 and 2007 naming the acquiring
companies, their targets, their subsidiaries and supermarket banners, the state regulators named beside the FTC and the
FTC's Bureau of Competition with its Directors, new matters in the federal FTC lane (after 68a, 68g, 68m, 68v, 68y, 69a,
69h, 69n, 69t, 69z, 69ae, 70a, 70h, 70n and 70t), turned from the leads of 70t, 70n and 70h (their FTC lane; their
named leads -- Emerson / Pentair, Illinois Tool Works / Hobart Brothers, CDK / Auto/Mate -- gave no ftc.gov release in
the store, so new 0-hit matters were asked for) (see the round notes /tmp/gather70z/NOTES.md):
  - ftc.gov 'news-events/press-releases/1999/11/ftc-clears-proposed-merger-dominion-resources-and-consolidated' (FTC
    press release of November 1999, day not in the stored text) -- the FTC's proposed consent agreement allowing
    Dominion Resources, Inc. to acquire Consolidated Natural Gas Company (CNG) if Dominion divests CNG's subsidiary
    Virginia Natural Gas, Inc. (VNG); Dominion's subsidiary Virginia Power; Richard G. Parker, Director of the FTC's
    Bureau of Competition; the Virginia State Corporation Commission and the Federal Energy Regulatory Commission;
  - ftc.gov 'news-events/news/press-releases/1998/03/ftc-will-seek-block-mergers-nations-four-largest-drug-wholesalers-
    two-companies' (FTC press release of March 1998; the day taken as March 3, 1998, see the record's notes) -- the
    FTC seeking court orders to block McKesson Corp.'s acquisition of AmeriSource Health Corp. and Cardinal Health,
    Inc.'s acquisition of Bergen Brunswig Corp.; William J. Baer, Director of the FTC's Bureau of Competition;
  - newyork.realestaterama.com's copy of the FTC press release of November 27, 2007 'FTC Challenges A&P's Proposed
    Acquisition of Pathmark Supermarkets' (ftc.gov's own copy not in the store: the case page 071 0120 and the FR
    analysis E7-23419 only) -- the FTC's consent order on The Great Atlantic & Pacific Tea Company, Inc.'s (A&P)
    acquisition of Pathmark Stores, Inc., Waldbaum's and Pathmark supermarkets to be sold in Staten Island and Shirley,
    Long Island; A&P's banners; Jeffrey Schmidt, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather70z/NOTES.md. Queries and ranks in
/tmp/gather70z/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; the Dominion and drug-wholesaler texts' straight
quotation marks and apostrophes, the A&P text's curly ones), as saved in /tmp/gather70z/src by /tmp/gather70z/mk_src.py.
Left out: the page line 'Skip to main content' and the blank lines under it (Dominion, drug wholesalers; one of the
former's holds a single space); the realestaterama page's line 'Home News FTC Challenges ...', the release's subheading
'Companies Required to Sell Six Supermarkets in Staten Island and Shirley, New York' and its heading 'The Proposed
Transaction'. `title`: the A&P release's headline as displayed (curly apostrophe); None for the other two (no headline
in the stored texts). `published` 2007-11-27 for A&P (the copy's dateline 'WASHINGTON, D.C., November 27, 2007', kept
in the text as written, with the FR analysis E7-23419's 'FTC Home Page (for November 27, 2007)'); 1998-03-03 for the
drug wholesalers (**doubtful**: the address gives March 1998; the FTC's July 1998 release in the store says 'On March 3,
the FTC authorized its staff to seek a federal District Court order', the step this release says it takes 'today');
None for Dominion (the address gives November 1999; the case documents in the store, File No. 991-0244, Docket No.
C-3901, name no release day). Dominion -- cut inside the third paragraph before its third sentence ('Such control would
likely deter ... as Dominion co'), which the store's excerpt breaks off (`truncated` True). Drug wholesalers -- cut
inside the third paragraph before its third sentence ('Many manufacturers will not deal directly with smaller cus'),
which the excerpt breaks off (`truncated` True). A&P -- cut inside the last paragraph before its fourth sentence
('Pathmark, a Delaware corporation based in Carteret, New Jersey, owns and operates about 141 supermarkets in'), which
the excerpt breaks off (`truncated` True); the dateline's two spaces before the dash read as one. No word added or
changed; the store's paragraphs kept, joined by a blank line.
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, and the A&P headline to
be one (it stands twice there: in the navigation line and as the headline), runs of white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch70z.py [POOL_DIR] [--dry]   (default /tmp/gather70z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
COPY_ORIGIN = "US FTC press release, a copy on newyork.realestaterama.com (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather70/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70z/pool"
SRC = "/tmp/gather70z/src"
R = []

# ---- Dominion Resources, Inc. / Consolidated Natural Gas Company (VNG divestiture), FTC press release, November 1999 --
U1 = "http://www.ftc.gov/news-events/press-releases/1999/11/ftc-clears-proposed-merger-dominion-resources-and-consolidated"
P1 = [
 "The Federal Trade Commission has accepted a proposed consent agreement that would allow Dominion Resources, Inc. to "
 "acquire Consolidated Natural Gas Company (CNG), provided that Dominion divest CNG's subsidiary Virginia Natural Gas, "
 "Inc. (VNG) to alleviate the anticompetitive effects that would result from the merger of the two companies. "
 "Dominion, through its subsidiary Virginia Power, accounts for more than 70 percent of all electric power generation "
 "capacity in the Commonwealth of Virginia, and CNG, through its ownership of VNG, is the primary distributor of "
 "natural gas in southeastern Virginia. The proposed acquisition is valued at approximately $5.3 billion.",
 "Richard G. Parker, Director of the FTC's Bureau of Competition said, \"This agreement once again demonstrates that "
 "the Commission is dedicated to looking out for the best interests of consumers, whether the companies involved sell "
 "computers, cars, or energy. The market for the generation of electric power in southeastern Virginia is highly "
 "concentrated, and the agreement will allow for entry into this marketplace by other potential competitors.\" He "
 "noted that Virginia, following the lead of other states such as Pennsylvania and Massachusetts, will begin the "
 "process of electric utility deregulation on January 1, 2002. Currently, the generation of electric power within the "
 "Commonwealth of Virginia is regulated by the Virginia State Corporation Commission and the Federal Energy Regulatory "
 "Commission.",
 "According to the Commission's complaint, the proposed merger would combine the dominant provider of electric power "
 "in Virginia with the primary distributor of natural gas in southeastern Virginia. The complaint also alleges that "
 "entry into the electric power generation market in southeastern Virginia by companies unaffiliated with Dominion may "
 "be deterred because of Dominion's control over VNG."]
R.append((["ftc-1999-11-dominion-resources-consolidated-natural-gas.txt"], None, P1, federal(
 "us-ftc-dominion-resources-consolidated-natural-gas-consent-virginia-natural-gas-1999",
 U1, None, None, "\n\n".join(P1),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,electric power,natural gas",
 "U.S. Federal Trade Commission, press release of November 1999 on its proposed consent agreement allowing Dominion "
 "Resources, Inc. to acquire Consolidated Natural Gas Company (its headline and day are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank lines under it (one holding a single space). The stored text "
 "holds no headline and no date line: `title` None; `published` None -- the address gives November 1999; the "
 "agreement, hold-separate order, complaint and analysis in the store (ftc.gov 'cases/1999/11/dominion*', ranks 2-5 "
 "of query 6; File No. 991-0244, Docket No. C-3901) name no release day. 'January 1, 2002' is kept as an absolute "
 "date. Cut inside the third paragraph before its third sentence ('Such control would likely deter or disadvantage "
 "new entry into the marketplace, as Dominion co'), which the store's excerpt breaks off (`truncated` True). Kept as "
 "written: 'Dominion Resources, Inc.', 'Consolidated Natural Gas Company (CNG)', 'Virginia Natural Gas, Inc. (VNG)', "
 "'Director of the FTC's Bureau of Competition said' (no comma), the straight quotation marks and apostrophes. 274 "
 "words (whitespace-split), three paragraphs. Found at rank 1 under 'FTC Dominion Resources Consolidated Natural Gas "
 "consent divest Virginia Natural Gas' (query 6); the other answers were the matter's FTC case documents (the same "
 "matter), an SEC U-1/A filing of Dominion (2000) and two naturalgasintel.com stories (news text: not used). One text "
 "per matter (File No. 991-0244). " + CHECK + "'Dominion Resources', 'Consolidated Natural Gas', 'Virginia Natural "
 "Gas', 'State Corporation Commission', '991-0244', 'C-3901': 0; 'Virginia Power' in one corpus file on another "
 "matter (a 2003 hurricane outage report) and the script that wrote it; 'Dominion' alone in corpus files on other "
 "names (Dominion supermarkets, Dominion Textile, United Dominion); 'Richard G. Parker' in corpus files on other "
 "matters.",
 True)))

# ---- McKesson / AmeriSource and Cardinal Health / Bergen Brunswig (suits to block), FTC press release, March 1998 -----
U2 = ("https://www.ftc.gov/news-events/news/press-releases/1998/03/ftc-will-seek-block-mergers-nations-four-largest-"
      "drug-wholesalers-two-companies")
P2 = [
 "The Federal Trade Commission said today it will seek federal district court orders to prevent the proposed mergers "
 "of the nation's four largest drug wholesalers into two firms. According to the agency, McKesson Corp.'s acquisition "
 "of AmeriSource Health Corp., and Cardinal Health, Inc.'s acquisition of Bergen Brunswig Corp., would violate "
 "antitrust laws by significantly reducing competition in the market for prescription drug wholesaling. The effect of "
 "the mergers would be higher prices charged by prescription drugs wholesalers and reductions in services to the "
 "companies' customers -- hospitals, nursing homes and drugstores -- and eventually to consumers.",
 "\"These four companies are the nation's largest drug wholesalers. They provide critical overnight delivery of "
 "pharmaceuticals. If allowed to merge into two firms, the two surviving companies would control over 80 percent of "
 "the prescription drugs sold through wholesalers in the country,\" said William J. Baer, Director of the FTC's Bureau "
 "of Competition. \"The result would be a significant reduction in competition in the market for drug wholesaling. "
 "That means higher prices for prescription drugs and a reduction in the timely delivery of these drugs to hospitals, "
 "nursing homes and drugstores, which could affect patient care.\"",
 "According to the FTC, drug wholesaling consists of the purchase of both branded and generic prescription drugs from "
 "hundreds of manufacturers, the inventorying of a full line of those drugs, and the sale and overnight delivery of "
 "those drugs to the place where they are sold (drugstores and hospitals) to consumers. By using a wholesaler, the FTC "
 "said, a retail pharmacist can efficiently place one daily order for all its drug needs with one wholesaler and "
 "receive those drugs the next morning or sooner, rather than ordering one drug from one manufacturer and another from "
 "a different manufacturer on a less timely basis."]
R.append((["ftc-1998-03-drug-wholesalers-mckesson-cardinal.txt"], None, P2, federal(
 "us-ftc-mckesson-amerisource-cardinal-bergen-brunswig-suit-to-block-drug-wholesalers-1998",
 U2, "1998-03-03", None, "\n\n".join(P2),
 "health/competition regulation", "deal,regulatory,merger control,litigation,drug wholesaling",
 "U.S. Federal Trade Commission, press release of March 1998 on its decision to seek court orders blocking McKesson "
 "Corp.'s acquisition of AmeriSource Health Corp. and Cardinal Health, Inc.'s acquisition of Bergen Brunswig Corp. "
 "(its headline and date line are not in the stored text), US federal government work (public domain); text from the "
 "search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None; `published` 1998-03-03 (**doubtful**) -- the address gives March 1998, and the FTC's release "
 "of July 1998 in the store (rank 2 of query 8, 'FTC wins court order blocking mergers ...') says 'On March 3, the "
 "FTC authorized its staff to seek a federal District Court order to prevent McKesson Corp.'s acquisition of "
 "AmeriSource Health Corp., and Cardinal Health, Inc.'s acquisition of Bergen Brunswig Corp.', the step this release "
 "says the FTC takes 'today'; a newspaper story in the store (news text: not used) dates the vote and announcement "
 "to a Tuesday (March 3, 1998 was one). So 'today' -> 1998-03-03. Cut inside the third paragraph before its "
 "third sentence ('Many manufacturers will not deal directly with smaller cus'), which the store's excerpt breaks off "
 "(`truncated` True). Kept as written: 'McKesson Corp.'s', 'Cardinal Health, Inc.'s', 'prescription drugs "
 "wholesalers', the double hyphens, the straight quotation marks and apostrophes. 295 words (whitespace-split), three "
 "paragraphs. Found at rank 1 under 'FTC seeks to block Cardinal Health Bergen Brunswig McKesson AmeriSource drug "
 "wholesalers 1998' (query 8); the other answers were the FTC's July 1998 release on the court order (the same "
 "matter), the district court opinion (vlex copy: the same matter), Los Angeles Times and Supermarket News stories "
 "(news text: not used). One text per matter (FTC v. Cardinal Health and FTC v. McKesson, Civ. A. 98-595 and 98-596). "
 + CHECK + "'AmeriSource', 'Bergen Brunswig', 'drug wholesal': 0; 'Cardinal Health' only in GATHERING.md notes on "
 "another matter (an SEC FCPA case of 2020, looked at and not used); 'McKesson' in corpus files on other matters (PCS "
 "Health Systems, HBOC); 'William J. Baer' in corpus files on other matters.",
 True)))

# ---- The Great Atlantic & Pacific Tea Company, Inc. / Pathmark Stores, Inc., FTC press release, November 27, 2007 -----
U3 = "http://newyork.realestaterama.com/ftc-challenges-ap%e2%80%99s-proposed-acquisition-of-pathmark-supermarkets-ID0155.html"
T3 = "FTC Challenges A&P\u2019s Proposed Acquisition of Pathmark Supermarkets"
P3 = [
 "WASHINGTON, D.C., November 27, 2007 \u2014 The Federal Trade Commission today announced a complaint challenging The "
 "Great Atlantic & Pacific Tea Company, Inc.\u2019s (A&P) proposed $1.3 billion acquisition of Pathmark Stores, Inc. The "
 "complaint charges that the proposed acquisition would result in reduced competition between the two supermarket "
 "firms in Staten Island, New York and Shirley, Long Island, New York. Under the terms of a consent order settling the "
 "Commission\u2019s charges, the companies must sell four of A&P\u2019s Waldbaum\u2019s supermarkets and one Pathmark "
 "supermarket in Staten Island, as well as one Waldbaum\u2019s supermarket in Shirley, Long Island, to Commission- "
 "approved buyers by January 10, 2008.",
 "\u201cA&P and Pathmark are supermarket competitors in the highly concentrated areas of Staten Island and Shirley, "
 "Long Island, New York,\u201d said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of Competition. \u201cAbsent the "
 "relief provided by the Commission\u2019s consent order, consumers in these areas likely would face higher prices and "
 "lower levels of service when shopping for their weekly groceries.\u201d",
 "Under the terms of an agreement between the companies dated March 4, 2007, A&P will acquire all of the voting "
 "securities of Pathmark for approximately $1.3 billion, including the assumption of debt. A&P, a Maryland "
 "corporation based in Montvale, New Jersey, owns and operates about 316 supermarkets in Connecticut, Delaware, "
 "Maryland, New York, New Jersey, and the District of Columbia. It operates supermarkets under the A&P, A&P Super "
 "Foodmart, Food Basics, Food Emporium, Super Fresh, and Waldbaum\u2019s banners."]
R.append((["ftc-2007-11-ap-pathmark-realestaterama.txt"], T3, P3, federal(
 "us-ftc-ap-pathmark-consent-order-staten-island-shirley-supermarkets-2007",
 U3, "2007-11-27", T3, "\n\n".join(P3),
 "retail/competition regulation", "deal,regulatory,merger control,divestiture,supermarkets",
 "U.S. Federal Trade Commission, press release of November 27, 2007, 'FTC Challenges A&P\u2019s Proposed Acquisition "
 "of Pathmark Supermarkets', US federal government work (public domain); text as newyork.realestaterama.com "
 "reproduces it, from the search tool's page store at " + U3,
 COPY_ORIGIN,
 "An FTC press release (a US federal work, public domain) in a real-estate news site's copy (no ftc.gov copy of the "
 "release came back: query 11 gave ftc.gov's case page 071 0120, a summary, and the FR analysis E7-23419; the "
 "copy's wording matches the case page and the FR analysis where they overlap). `title` the headline as displayed "
 "(curly apostrophe). Left out: the page line 'Home News FTC Challenges ...' (site navigation with the headline), the "
 "subheading 'Companies Required to Sell Six Supermarkets in Staten Island and Shirley, New York' and the heading 'The "
 "Proposed Transaction'. The dateline 'WASHINGTON, D.C., November 27, 2007 \u2014' kept as written at the head of the "
 "first paragraph (the excerpt's two spaces before the dash read as one). `published` 2007-11-27 from the dateline, "
 "with the FR analysis's 'FTC Home Page (for November 27, 2007)' (scribd copy, rank 6 of query 11). Cut inside the "
 "last paragraph before its fourth sentence ('Pathmark, a Delaware corporation based in Carteret, New Jersey, owns "
 "and operates about 141 supermarkets in'), which the store's excerpt breaks off (`truncated` True). Kept as written: "
 "'Commission- approved' (a space after the hyphen), 'The Great Atlantic & Pacific Tea Company, Inc.\u2019s (A&P)', the "
 "curly quotation marks and apostrophes, the em dash. 242 words (whitespace-split), three paragraphs. Found at rank 1 "
 "under 'FTC Ahold Pathmark acquisition abandoned supermarkets New York press release' (query 10); the other answers "
 "were Progressive Grocer and Supermarket News stories (news text: not used), the FR analysis (justia, UNT archive, "
 "elaws copies: the same matter), an FTC-release copy on Ahold / Genuardi's (another matter: 'Ahold' in corpus files) "
 "and an FTC grocery listing. One text per matter (File No. 071 0120). " + CHECK + "'Pathmark' only in GATHERING.md "
 "(a name list of round notes on supermarket queries); 'Waldbaum', 'King Kullen', 'Montvale', '071 0120': 0; 'Great "
 "Atlantic' and 'A&P' in corpus files on another matter (A&P's purchase of Dominion Stores, Canada); 'Jeffrey "
 "Schmidt' in corpus files on other matters.",
 True)))


def verify():
    """Each kept paragraph (and the title, where one is kept) occurs verbatim in the saved excerpt (a paragraph once), runs of white
    space (line breaks, blank lines, blank lines holding a space) read as one space (the saved file's two header lines,
    its address and the queries that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        if title:
            assert title == " ".join(title.split()) and title in flat, (rec["id"], title)
        for p in paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert rec["title"] == title
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        try:
            verify()
        except AssertionError as e:
            sys.exit("verify failed: %s" % (e,))
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
