#!/usr/bin/env python3
"""Batch 49g (session 50, gatherer 49g): three CFTC enforcement press releases of 2007-2011 that name companies, their
parents or subsidiaries and their executives -- the CFTC's complaint against Optiver Holding BV, its subsidiaries Optiver
US, LLC and Optiver VOF and three of their employees (head trader, head of trading, Chief Executive Officer) for
manipulating NYMEX energy futures (CFTC press release 5521-08, 24 July 2008); the consent order by which BP Products
North America Inc. settled the CFTC's propane manipulation charges, with CFTC Acting Chairman Walt Lukken quoted and the
Justice Department's deferred prosecution agreement with BP America Inc. (CFTC press release 5405-07, 25 October 2007);
the CFTC's complaint against Parnon Energy Inc., Arcadia Petroleum Ltd., Arcadia Energy (Suisse) SA and two traders for
manipulating NYMEX crude oil futures (CFTC press release 6041-11, 24 May 2011) -- US federal government works (17 U.S.C.
105), the federal SEC/CFTC lane of session 50 (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a and 49d), on new
matters. From 49d's leads: the June 2008 SPDR Gold Trust futures and options approvals are not in the page store as a
CFTC or SEC release (asked twice: only investmentnews, etfexpress, a law-professor blog and the CFTC's Federal Register
orders E8-12579 and E8-5203 came back); the cftc.gov press releases of 2007-2012 are there, and three enforcement
releases naming companies, parents and officers are taken instead. Every name, release number and address was checked
first against the corpus files, GATHERING.md, the gather scripts and the session-50 pools:
  - CFTC press release 5521-08 (24 July 2008), 'CFTC Charges Optiver Holding BV, Two Subsidiaries, and High-Ranking
    Employees with Manipulation of NYMEX Crude Oil, Heating Oil, and Gasoline Futures Contracts': the CFTC, Optiver
    Holding BV, Optiver US, LLC, Optiver VOF, Christopher Dowson, Randal Meijer, Bastiaan van Kempen, NYMEX, the
    Southern District of New York court (cftc.gov's 'node/178406');
  - CFTC press release 5405-07 (25 October 2007), 'BP Agrees to Pay a Total of $303 Million in Sanctions to Settle
    Charges of Manipulation and Attempted Manipulation in the Propane Market': the CFTC, Ruben Castillo, BP Products
    North America Inc., Walt Lukken, the Justice Department's Criminal Division and Fraud Section, BP America Inc.
    (cftc.gov's 'PressRoom/PressReleases/pr5405-07');
  - CFTC press release 6041-11 (24 May 2011), 'CFTC Charges Parnon Energy Inc., Arcadia Petroleum Ltd. and Arcadia
    Energy (Suisse) SA with Price Manipulation in the Crude Oil Market': the CFTC, Parnon Energy Inc., Arcadia Petroleum
    Ltd., Arcadia Energy (Suisse) SA, James T. Dyer, Nicholas J. Wildgoose, NYMEX, the Southern District of New York
    court (cftc.gov's 'PressRoom/PressReleases/pr6041-11.html').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-headings under each heading and the datelines are left out (each heading kept as `title`, the date as `published`);
no word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence before the store's
excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch49g.py [POOL_DIR] [--dry]   (default /tmp/gather50g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-50 pools /tmp/gather50*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50g/pool"
R = []

# ---- Optiver complaint, CFTC press release 5521-08, 24 July 2008 (cftc.gov) --------------------------------------------
U1 = "https://cftc.gov/node/178406"
T1 = ("CFTC Charges Optiver Holding BV, Two Subsidiaries, and High-Ranking Employees with Manipulation of NYMEX Crude "
      "Oil, Heating Oil, and Gasoline Futures Contracts")
R.append(federal(
 "us-cftc-optiver-holding-subsidiaries-employees-nymex-energy-futures-manipulation-2008", U1, "2008-07-24", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today its case against Optiver Holding BV, two of its "
 "subsidiaries, and three employees, charging them with manipulation and attempted manipulation of New York Mercantile "
 "Exchange (NYMEX) Light Sweet Crude Oil, New York Harbor Heating Oil, and New York Harbor Gasoline futures contracts "
 "during March 2007.\n\n"
 "The CFTC filed the civil enforcement action in the United States District Court for the Southern District of New "
 "York against Optiver Holding BV, a global proprietary trading fund headquartered in the Netherlands, and two "
 "subsidiaries \u2013 Optiver US, LLC (Optiver), a Chicago-based corporation, and Optiver VOF, a Dutch company. The "
 "complaint also names defendants Christopher Dowson (head trader of Optiver), Randal Meijer (head of trading and "
 "supervisor of Optiver and Optiver VOF) and Bastiaan van Kempen (Chief Executive Officer of Optiver).\n\n"
 "The complaint charges all defendants with 19 separate instances of attempted manipulation involving the "
 "aforementioned energy futures contracts on 11 days in March 2007. The complaint further alleges that in at least "
 "five of those 19 attempts, defendants successfully manipulated certain of these energy futures contracts, causing "
 "artificial prices. In three of those instances, defendants forced futures prices lower, and in two instances, "
 "defendants forced futures prices higher. The complaint alleges that defendants profited by approximately $1 million "
 "from their manipulative scheme.\n\n"
 "According to the complaint, the defendants employed a manipulative scheme commonly known as \u201cbanging\u201d or "
 "\u201cmarking\u201d\u2019 the close.",
 "financial services/derivatives regulation", "regulatory,enforcement,executives,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release 5521-08 '" + T1 + "', Washington, DC, July 24, 2008, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'node/178406' address): "
 "first-party text. Left out: the lines 'Release Number 5521-08', 'Release: 5521-08', 'For Release: July 24, 2008' "
 "(kept as `published`), the sub-heading 'Defendant Caught on Tape and in Email Saying He Would \u201cBully\u201d the "
 "Market', the dateline 'Washington, DC \u2013'; the heading kept as `title`. Cut in the fourth paragraph after its "
 "first sentence ('... \u201cbanging\u201d or \u201cmarking\u201d\u2019 the close.'), before '\u201cBanging the "
 "close\u201d refers to th', where the store's excerpt breaks off (`truncated`). Kept as written: the stray closing "
 "apostrophe after \u201cmarking\u201d, the spaced en dash before 'Optiver US, LLC', 'Chief Executive Officer' "
 "capitalised beside lower-case 'head trader', the curly quotation marks. 236 words. One text per matter: the news "
 "rewrites (law360, efinancialnews, ogj.com, a Dow Jones item on si.frajer.net), the complaint on scribd and its "
 "audio transcripts on docslib are not taken. Found with 'CFTC charges Optiver Holding BV and two subsidiaries "
 "manipulation crude oil 2008' (rank 3). "
 + CHECK + "'Optiver', '5521-08', 'van Kempen', 'Dowson', 'banging the close', 'cftc.gov/node': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'New York Mercantile Exchange' in one corpus file (a Wikinews "
 "cyclone story, another matter).",
 True))

# ---- BP propane settlement, CFTC press release 5405-07, 25 October 2007 (cftc.gov) -------------------------------------
U2 = "http://www.cftc.gov/PressRoom/PressReleases/pr5405-07"
T2 = ("BP Agrees to Pay a Total of $303 Million in Sanctions to Settle Charges of Manipulation and Attempted "
      "Manipulation in the Propane Market")
R.append(federal(
 "us-cftc-bp-products-north-america-propane-manipulation-consent-order-lukken-2007", U2, "2007-10-25", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the entry of a consent order by the Honorable "
 "Ruben Castillo of the Northern District of Illinois (Order) settling charges brought against BP Products North "
 "America Inc. (BP), a corporate entity based in Warrenville Illinois, for manipulating and attempting to manipulate "
 "the price of TET propane in February 2004, for cornering the market for TET propane in February 2004, and for "
 "attempting to manipulate the price of TET propane in April 2003. The CFTC commenced this civil action against BP on "
 "June 28, 2006 (see Commodity Futures Trading Commission v. BP Products North America, Inc., 1:06-cv-03503 (N.D. "
 "Ill.) and CFTC Press Release 5193-06, June 28, 2006).\n\n"
 "\u201cThis case demonstrates that the CFTC will aggressively combat manipulation in the nation\u2019s energy "
 "markets. Disrupting the energy markets hurts American consumers, and traders who engage in such misconduct face "
 "serious consequences. This announcement marks the largest manipulation settlement in CFTC history and requires the "
 "return of approximately $53 million to victims of the company\u2019s misconduct,\u201d said CFTC Acting Chairman "
 "Walt Lukken. \u201cBP engaged in a massive manipulation \u2013 the magnitude of this settlement reflects that the "
 "Commission will not tolerate trading abuses in our open and competitive markets.\u201d\n\n"
 "In a related filing, the Criminal Division, Fraud Section of the United States Department of Justice (DOJ) also "
 "announced the simultaneous filing of an information and entry into a deferred prosecution agreement with BP America "
 "Inc. based upon the same underlying conduct.",
 "energy/commodity futures regulation", "regulatory,enforcement,settlement",
 "U.S. Commodity Futures Trading Commission, press release 5405-07 '" + T2 + "', Washington, DC, October 25, 2007, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it: first-party text. Left out: "
 "the lines 'Release Number 5405-07', 'Release: 5405-07', 'For Release: October 25, 2007' (kept as `published`), the "
 "dateline 'Washington, DC \u2013'; the heading kept as `title`. Cut after the third paragraph ('... based upon the "
 "same underlying conduct.'), before 'The October 25, 2007 CFTC consent order requires that BP pay a $125 million "
 "civil monetary penalty to the CFTC, establish a complian', where the store's excerpt breaks off (`truncated`). Kept "
 "as written: 'Warrenville Illinois' without a comma, the case citation in brackets, the spaced en dash in Lukken's "
 "second quotation, the curly quotation marks and apostrophes. 246 words. One text per matter: the CFTC's own "
 "release of the complaint (5193-06, 28 June 2006, which calls BP Products 'a wholly owned subsidiary of BP plc'), the "
 "news rewrites (naturalgasintel, ogj.com, a bp-products blog, violationtracker) and the complaint on docslib are not "
 "taken. Found with 'CFTC BP Products North America BP America propane manipulation 2007 settle $303 million "
 "release' (rank 1). "
 + CHECK + "'5405-07', '5193-06', 'TET propane', 'Warrenville', 'Ruben Castillo', 'BP America', 'Walt Lukken': 0 in "
 "the corpus files, GATHERING.md, the gather scripts and the pools; 'Lukken' only in 49d's pool file (the CFTC-SEC "
 "agreement of March 2008, another matter).",
 True))

# ---- Parnon/Arcadia complaint, CFTC press release 6041-11, 24 May 2011 (cftc.gov) --------------------------------------
U3 = "http://www.cftc.gov/PressRoom/PressReleases/pr6041-11.html"
T3 = ("CFTC Charges Parnon Energy Inc., Arcadia Petroleum Ltd. and Arcadia Energy (Suisse) SA with Price Manipulation in "
      "the Crude Oil Market")
R.append(federal(
 "us-cftc-parnon-energy-arcadia-petroleum-arcadia-suisse-crude-oil-manipulation-complaint-2011", U3, "2011-05-24", T3,
 "The U.S. Commodity Futures Trading Commission (CFTC) today filed a civil enforcement action in the United States "
 "District Court for the Southern District of New York against Parnon Energy Inc. (Parnon) of California, Arcadia "
 "Petroleum Ltd. (Arcadia Petroleum) of the United Kingdom, Arcadia Energy (Suisse) SA (Arcadia Suisse) of "
 "Switzerland, James T. Dyer of Australia and Nicholas J. Wildgoose of California, charging them with unlawfully "
 "manipulating and attempting to manipulate New York Mercantile Exchange (NYMEX) crude oil futures prices from January "
 "2008 to April 2008.\n\n"
 "As alleged in the CFTC complaint, during the relevant period defendants traded futures and other contracts that "
 "were priced off of the price of West Texas Intermediate light sweet crude oil (WTI). WTI is delivered to commercial "
 "users at Cushing, Okla., a major crude oil delivery point. The price of WTI is a benchmark for crude oil prices "
 "around the world, and the supply of WTI at Cushing is an important driver of WTI price.\n\n"
 "According to the allegations, defendants conducted a manipulative cycle, driving the price of WTI to artificial "
 "highs and then back down, to make unlawful profits. First, they purchased large quantities of physical WTI crude oil "
 "during the relevant period, even though they did not have a commercial need for crude oil.",
 "energy/commodity futures regulation", "regulatory,enforcement",
 "U.S. Commodity Futures Trading Commission, press release 6041-11 '" + T3 + "', Washington, DC, May 24, 2011, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it: first-party text. Left out: "
 "the lines 'Release Number 6041-11' and 'May 24, 2011' (kept as `published`), the two sub-headings ('Complaint "
 "alleges cross-market trading scheme in 2008 ...' and 'James Dyer and Nick Wildgoose, who directed the manipulative "
 "trading scheme alleged in the complaint, are also charged.'), the dateline 'Washington, DC \u2013'; the heading kept "
 "as `title`. Cut in the third paragraph after its second sentence ('... a commercial need for crude oil.'), before "
 "'They purchased the oil pursuant to their scheme to dominate and control the already tight supply at Cushing to "
 "manipula', where the store's excerpt breaks off (`truncated`). Kept as written: 'priced off of', 'Cushing, Okla.' "
 "abbreviated, 'WTI price' without an article. 211 words. The short forms 'James Dyer' and 'Nick Wildgoose' are only "
 "in the cut sub-heading. One text per matter: the complaint (scribd, pdfslide), the news and law-firm rewrites "
 "(Reuters, cftclaw, lexology) and the 2014 settlement reports are not taken. Found with 'CFTC charges Parnon Energy "
 "Arcadia Petroleum Arcadia Energy Suisse James Dyer Nicholas Wildgoose manipulation crude oil 2011' (rank 1). "
 + CHECK + "'Parnon', 'Wildgoose', '6041-11', 'Arcadia Energy', 'Arcadia Petroleum': 0 in the corpus files, the "
 "gather scripts and the pools; 'Arcadia' alone in three corpus files and GATHERING.md (the UK retailer Arcadia "
 "Group, another company); 'Cushing' in one corpus file (a 2012 Wikinews pipeline protest, another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
