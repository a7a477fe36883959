#!/usr/bin/env python3
"""Batch 50a (session 51, gatherer 50a): two more CFTC enforcement press releases of 2003 from the energy-trading
investigations, each naming a trading firm beside the group it belongs to -- the settlement by which Duke Energy
Trading and Marketing, L.L.C., 'an affiliate of Duke Energy Corporation', pays $28 million over false natural gas
reports and attempted manipulation, with the CFTC's Chairman James E. Newsome quoted twice (CFTC press release 4840-03,
17 September 2003); the CFTC's suit in federal court in Columbus, Ohio against American Electric Power Company, Inc.
and 'its subsidiary AEP Energy Services, Inc.' over false natural gas trade reports to index firms such as Platts (CFTC
press release 4846-03, 1 October 2003) -- US federal government works (17 U.S.C. 105), the federal SEC/CFTC lane of
session 51 (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h and 49k), on new matters. From
49k's leads: the CFTC's own releases on Williams (Williams Power Company) and EnCana (WD Energy Services Inc.) did not
come back from the store (only naturalgasintel's, The Ledger's and East Bay Times' news reports, not taken); nor did
Reliant's, CMS's or Mirant's (only an SEC EDGAR exhibit of Reliant's CFTC order, SEC orders and news); Dynegy 4728-02
states no tie (as 49k found). Every name, release number and address was checked first against the corpus files,
GATHERING.md, the gather scripts and the session-51 pools:
  - CFTC press release 4840-03 (17 September 2003), 'DUKE ENERGY TRADING AND MARKETING, L.L.C., AN AFFILIATE OF DUKE
    ENERGY CORPORATION, PAYS $28 MILLION TO SETTLE U.S. COMMODITY FUTURES TRADING COMMISSION CHARGES OF ATTEMPTED
    MANIPULATION': the CFTC, Duke Energy Trading and Marketing, L.L.C., Duke Energy Corporation, James E. Newsome, the
    President's Corporate Fraud Task Force, America, Houston, the United States (cftc.gov's 'opa/enf03/opa4840-03.htm');
  - CFTC press release 4846-03 (1 October 2003), 'U.S. COMMODITY FUTURES TRADING COMMISSION SUES AMERICAN ELECTRIC POWER
    COMPANY, INC. AND ITS SUBSIDIARY, CHARGING FALSE REPORTING AND ATTEMPTED MANIPULATION': the CFTC, Columbus, Ohio,
    American Electric Power Company, Inc., AEP Energy Services, Inc., Platts, the United States (cftc.gov's
    'sites/default/files/opa/enf03/opa4846-03.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the link
note beside the date, the sub-headings under a heading and the datelines are left out (each heading kept as `title`,
in its capitals, the date as `published`); no word added or changed; the page's lines kept as paragraphs, joined by a
blank line; each text cut at the last full sentence before the store's excerpt breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch50a.py [POOL_DIR] [--dry]   (default /tmp/gather51a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-51 pools /tmp/gather51*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51a/pool"
R = []

# ---- Duke Energy Trading and Marketing settlement, CFTC press release 4840-03, 17 September 2003 (cftc.gov) -------------
U1 = "http://www.cftc.gov/opa/enf03/opa4840-03.htm"
T1 = ("DUKE ENERGY TRADING AND MARKETING, L.L.C., AN AFFILIATE OF DUKE ENERGY CORPORATION, PAYS $28 MILLION TO SETTLE "
      "U.S. COMMODITY FUTURES TRADING COMMISSION CHARGES OF ATTEMPTED MANIPULATION")
R.append(federal(
 "us-cftc-duke-energy-trading-and-marketing-affiliate-duke-energy-corporation-false-reporting-attempted-manipulation-2003",
 U1, "2003-09-17", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today the issuance of an administrative order (order) "
 "filing and simultaneously settling charges of false reporting and attempted manipulation by Duke Energy Trading and "
 "Marketing, L.L.C. (DETM), an affiliate of Duke Energy Corporation.\n\n"
 "In commenting on this matter, CFTC Chairman James E. Newsome said:\n\n"
 "\"The Commission has committed significant resources to seek out and prosecute such wrongdoing and, by doing so, is "
 "sending a clear message that such illegal conduct will not be tolerated. This case was a result of the collaborative "
 "efforts of the Commission and other members of the President\u2019s Corporate Fraud Task Force and demonstrates how "
 "government agencies can work together to ensure that America\u2019s energy markets are fair and competitive.\u201d\n\n"
 "CFTC Chairman Newsome added:\n\n"
 "\u201cThe CFTC\u2019s ongoing energy investigations reflect its commitment to ensure the integrity of those markets "
 "over which the Commission has jurisdiction.\u201d\n\n"
 "The order finds that from at least January 2000 through August 2002, the Houston offices of DETM reported false "
 "information, including price and volume information, concerning natural gas cash transactions, to certain reporting "
 "firms. According to the order, price and volume information is used by the reporting firms in calculating published "
 "surveys or indexes (indexes) of natural gas prices for various hubs throughout the United States.",
 "energy/commodity futures regulation", "regulatory,enforcement,settlement,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release 4840-03 '" + T1 + "', Washington, D.C., September 17, 2003, "
 "US federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf03' archive "
 "address): first-party text. Left out: the lines 'Release: 4840-03' and 'For Release: September 17, 2003' (kept as "
 "`published`), the sub-heading 'Duke Energy Trading and Marketing, L.L.C. Charged With False Reporting and Attempted "
 "Manipulation in Violation of the Commodity Exchange Act', the dateline 'WASHINGTON, D.C. -'; the heading kept as "
 "`title` in its capitals. Each line of the page is its own paragraph, so each speaker's line ('... Newsome said:', "
 "'CFTC Chairman Newsome added:') stands before its quotation as the page sets it. Cut after the paragraph ending "
 "'... for various hubs throughout the United States.', before 'The order finds that DETM knowingly reported trades "
 "that did not occur and reported certain trades at false prices and/or volumes in an attempt to', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: the first quotation opened with a straight double quotation mark "
 "and closed with a curly one, the second in curly marks, curly apostrophes ('President\u2019s', 'America\u2019s', "
 "'CFTC\u2019s'), '(order)' and '(indexes)' as the page defines them. 213 words. One text per matter: no news rewrite "
 "was taken (risk.net's AEP story names this settlement only in passing). Found with 'Duke Energy Trading and "
 "Marketing CFTC settle false reporting natural gas $28 million' (rank 1). "
 + CHECK + "'4840-03', 'opa4840', 'Duke Energy Trading', 'DETM', 'Duke Energy Corporation': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Duke Energy' in two corpus files (the Moore County substation attack "
 "and a Utah substation guilty plea: other matters); 'Newsome' and 'Corporate Fraud Task Force' only in batch 49k's "
 "two CFTC files (El Paso, the six firms: other matters, the same Chairman).",
 True))

# ---- American Electric Power complaint, CFTC press release 4846-03, 1 October 2003 (cftc.gov) ---------------------------
U2 = "https://www.cftc.gov/sites/default/files/opa/enf03/opa4846-03.htm"
T2 = ("U.S. COMMODITY FUTURES TRADING COMMISSION SUES AMERICAN ELECTRIC POWER COMPANY, INC. AND ITS SUBSIDIARY, CHARGING "
      "FALSE REPORTING AND ATTEMPTED MANIPULATION")
R.append(federal(
 "us-cftc-american-electric-power-subsidiary-aep-energy-services-complaint-natural-gas-false-reporting-2003",
 U2, "2003-10-01", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today the filing of a complaint in federal district "
 "court in Columbus, Ohio, charging American Electric Power Company, Inc. (AEP) and its subsidiary AEP Energy Services, "
 "Inc. (AEPES) with violations of federal law for false reporting and attempted manipulation of natural gas prices.\n\n"
 "The complaint charges that from at least November 2000 through October 2002, AEP and AEPES reported false natural gas "
 "trading information, including price and volume information, to certain energy index firms such as Platts. According "
 "to the complaint, Platts and others use price and volume information in calculating surveys or indexes (indexes) of "
 "natural gas prices for various hubs throughout the United States. The complaint asserts that AEP and AEPES knowingly "
 "delivered false information to firms such as Platts in an attempt to skew those indexes for their financial benefit. "
 "According to the complaint, participants in the natural gas markets use these indexes to price and settle commodity "
 "transactions. Additionally, as alleged, natural gas futures traders refer to the published indexes for price "
 "discovery and for assessing price risks. The CFTC charges that the conduct of AEP and AEPES violated the Commodity "
 "Exchange Act (CEA).\n\n"
 "The complaint further alleges that AEP and AEPES attempted to manipulate natural gas prices by knowingly delivering "
 "false or misleading or knowingly inaccurate trade prices and volumes.",
 "energy/commodity futures regulation", "regulatory,enforcement,litigation,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release 4846-03 '" + T2 + "', Washington, D.C., October 1, 2003, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (the 'sites/default/files/opa/"
 "enf03' copy of its archive): first-party text. Left out: the lines 'Release: 4846-03' and 'For Release: October 1, "
 "2003' (kept as `published`) with the link note beside the date '(To view complaint, click here.)' (site furniture), "
 "the sub-heading 'AEP and its Subsidiary Charged with Routinely Reporting Thousands of False Natural Gas Trades to "
 "Publications', the dateline 'WASHINGTON, D.C. \u2013'; the heading kept as `title` in its capitals. Cut inside the "
 "third paragraph after its first sentence ('... knowingly inaccurate trade prices and volumes.'), before 'According "
 "to the complaint, AEP\u2019s and AEPES\u2019s conduct constitutes an attempted manipulation under the CEA, which, if "
 "successful, could have aff', where the store's excerpt breaks off (`truncated`). Kept as written: 'false or "
 "misleading or knowingly inaccurate', '(indexes)' as the page defines it, 'federal district court' in lower case. "
 "No person is named in the kept text (no quotation in the excerpt). 223 words. One text per matter: power-grid.com's "
 "and risk.net's reports of the same complaint, naturalgasintel's of the 2005 settlement and AEP's own 2005 release "
 "(swepco.com) are not taken. Found with 'American Electric Power AEP Energy Services CFTC $30 million false reporting "
 "attempted manipulation 2003' (rank 1) and 'American Electric Power AEP Energy Services consent order $30 million "
 "civil penalty CFTC January 2005 release' (rank 3). "
 + CHECK + "'4846-03', 'opa4846', 'AEP Energy Services', 'AEPES': 0 in the corpus files, GATHERING.md, the gather "
 "scripts and the pools; 'American Electric Power' in one corpus file (Wikinews on Massey Energy and Governor Manchin, "
 "2005: another matter) and GATHERING.md's notes on it; 'AEP' only inside other words of one corpus file; 'Platts' in "
 "two corpus files (49h's Energy Transfer release and a Wikipedia page on PKN Orlen: other matters); 'Columbus, "
 "Ohio' 0 in the corpus files.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
