#!/usr/bin/env python3
"""Batch 49h (session 50, gatherer 49h): two CFTC enforcement press releases of 2007-2008 that name a company with its
subsidiaries, or a company with its former officers -- the CFTC's complaint against Energy Transfer Partners, L.P. and
three of its subsidiaries (Energy Transfer Company, Houston Pipeline Company, ETC Marketing, Ltd.) for attempting to
manipulate natural gas prices at the Houston Ship Channel, with Platts named as a division of The McGraw-Hill Companies,
Inc. (CFTC press release 5360-07, 26 July 2007); the settlement by which Dairy Farmers of America, Inc., its former Chief
Executive Officer and its former Chief Financial Officer pay a penalty for attempting to manipulate Class III milk
futures, with two former officers of an unnamed DFA subsidiary and the CFTC's Acting Director of Enforcement (CFTC press
release 5584-08, 16 December 2008) -- US federal government works (17 U.S.C. 105), the federal SEC/CFTC lane of session
50 (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d and 49g), on new matters. From 49g's leads: the Moore
Capital release (5815-10, 29 April 2010) was read again and its body states no tie among Moore Capital Management, LP,
Moore Capital Advisors, LLC and Moore Advisors, Ltd. ('affiliates' only in the heading; 'collectively Moore Capital');
the Barclays LIBOR release (pr6289-12, 27 June 2012) names Barclays PLC, Barclays Bank PLC and Barclays Capital Inc.
only 'collectively Barclays or the Bank' -- neither is taken, as the brief asked. Every name, release number and
address was checked first against the corpus files, GATHERING.md, the gather scripts and the session-50 pools:
  - CFTC press release 5360-07 (26 July 2007), 'U.S. Commodity Futures Trading Commission Alleges that Energy Transfer
    Partners, L.P. and Three of Its Subsidiaries Used the IntercontinentalExchange in Attempted Manipulation of Natural
    Gas Market': the CFTC, the Northern District of Texas court, Energy Transfer Partners, L.P., Energy Transfer Company
    (La Grange Acquisition, L.P.), Houston Pipeline Company, ETC Marketing, Ltd., the Houston Ship Channel, Platts, The
    McGraw-Hill Companies, Inc., Inside FERC's Gas Market Report (cftc.gov's 'PressRoom/PressReleases/pr5360-07');
  - CFTC press release 5584-08 (16 December 2008), 'Dairy Farmers of America (DFA) and Two Former Executives to Pay $12
    Million Penalty to Settle CFTC Charges of Attempted Manipulation and Speculative Position Limit Violations': the
    CFTC, Dairy Farmers of America, Inc., Gary Hanman, Gerald Bos, Frank Otis, Glenn Millar, Stephen J. Obie, the
    Chicago Mercantile Exchange and its Cheese Spot Call market (cftc.gov's 'node/178216').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-heading under a heading and the datelines are left out (each heading kept as `title`, the date as `published`); no
word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence before the store's
excerpt breaks off (the Energy Transfer text one sentence-group earlier, before a quotation whose speaker and closing
mark lie past the break). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch49h.py [POOL_DIR] [--dry]   (default /tmp/gather50h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-50 pools /tmp/gather50*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50h/pool"
R = []

# ---- Energy Transfer Partners complaint, CFTC press release 5360-07, 26 July 2007 (cftc.gov) ---------------------------
U1 = "http://www.cftc.gov/PressRoom/PressReleases/pr5360-07"
T1 = ("U.S. Commodity Futures Trading Commission Alleges that Energy Transfer Partners, L.P. and Three of Its "
      "Subsidiaries Used the IntercontinentalExchange in Attempted Manipulation of Natural Gas Market")
R.append(federal(
 "us-cftc-energy-transfer-partners-three-subsidiaries-houston-ship-channel-natural-gas-attempted-manipulation-2007",
 U1, "2007-07-26", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the filing of a complaint in the U.S. District "
 "Court for the Northern District of Texas against Energy Transfer Partners, L.P. (ETP), a Delaware limited partnership "
 "based in Dallas, Texas; and three ETP subsidiaries: Energy Transfer Company (a/k/a La Grange Acquisition, L.P.) "
 "(ETC), a Texas limited partnership located in San Antonio and Houston, Texas; Houston Pipeline Company (HPLC), a Texas "
 "corporation located in Houston, Texas; and ETC Marketing, Ltd. (ETC Marketing), a Texas limited partnership located "
 "in San Antonio and Houston, Texas.\n\n"
 "The CFTC\u2019s Complaint alleges that the defendants attempted to manipulate the price of physical natural gas at the "
 "Houston Ship Channel (HSC) delivery hub during September and November 2005. The Complaint further alleges that the "
 "defendants attempted to manipulate the October 2005 and December 2005 HSC monthly index prices of natural gas "
 "published by Platts (a division of The McGraw-Hill Companies, Inc.) in its Inside FERC\u2019s Gas Market Report "
 "(Inside FERC). In its continuing litigation against the defendants, the CFTC is seeking permanent injunctive relief, "
 "an award of civil penalties, and other remedial and ancillary relief as is necessary.",
 "energy/commodity futures regulation", "regulatory,enforcement,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release 5360-07 '" + T1 + "', Washington, D.C., July 26, 2007, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it: first-party text. Left out: "
 "the lines 'Release Number 5360-07', 'Release: 5360-07', 'For Release: July 26, 2007' (kept as `published`), the "
 "dateline 'Washington, D.C. \u2013'; the heading kept as `title` (the IntercontinentalExchange is named only there). "
 "Cut after the second paragraph ('... as is necessary.'), before the third, a quotation that opens '\u201cAlthough "
 "these defendants utilized multiple cash contracts, OTC products and indices in an attempt to manipulate the natural "
 "gas market, their efforts did not go undetected.' and breaks off at '... does not grant them the right to attempt "
 "to manipulate pri' (`truncated`): its speaker and its closing quotation mark are past the break, so its two whole "
 "sentences are left out with it rather than kept as an unclosed, unattributed quotation. Kept as written: 'a/k/a', "
 "the semicolon list of the three subsidiaries, 'San Antonio and Houston, Texas' (twice), 'Complaint' capitalised, "
 "the curly apostrophes. 190 words. One text per matter: the news rewrites (naturalgasintel, ogj.com, knowledgeproblem) "
 "and FERC's own release on its parallel case and 2009 settlement (ferc.gov) are not taken, nor naturalgasintel's "
 "report of the $10 million consent order that settled the case. Found with 'CFTC charges Energy Transfer Partners and subsidiaries Houston Ship Channel natural "
 "gas manipulation 2007' (rank 1). "
 + CHECK + "'5360-07', 'pr5360', 'Houston Pipe', 'Houston Ship Channel', 'La Grange', 'ETC Marketing', 'McGraw-Hill': "
 "0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'Energy Transfer' in two corpus files (an FTC "
 "merger round-up that leaves out the AmeriGas/Heritage Propane case, and a Wikipedia blackout story's 'energy "
 "transfers': other matters) and once in GATHERING.md (the same FTC note); 'Platts' in one corpus file (a Wikipedia "
 "PKN Orlen article, another matter).",
 True))

# ---- Dairy Farmers of America settlement, CFTC press release 5584-08, 16 December 2008 (cftc.gov) ----------------------
U2 = "https://cftc.gov/node/178216"
T2 = ("Dairy Farmers of America (DFA) and Two Former Executives to Pay $12 Million Penalty to Settle CFTC Charges of "
      "Attempted Manipulation and Speculative Position Limit Violations")
R.append(federal(
 "us-cftc-dairy-farmers-of-america-former-ceo-cfo-class-iii-milk-futures-attempted-manipulation-2008",
 U2, "2008-12-16", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that the Dairy Farmers of America, Inc. (DFA), "
 "its former Chief Executive Officer Gary Hanman, and its former Chief Financial Officer Gerald Bos will pay a $12 "
 "million civil monetary penalty for attempting to manipulate the Class III milk futures contract and exceeding "
 "speculative position limits in that contract.\n\n"
 "Additionally, Frank Otis, former President and CEO of a DFA subsidiary, and Glenn Millar, former Executive Vice "
 "President of the subsidiary, will pay $150,000 for aiding and abetting DFA\u2019s speculative position limit "
 "violation.\n\n"
 "According to CFTC Acting Director of Enforcement Stephen J. Obie: \u201cToday\u2019s enforcement action punishes "
 "those responsible for DFA\u2019s manipulative scheme with a $12 million civil penalty and a trading ban, and ensures "
 "future compliance with federal commodities laws through the imposition of a monitor. Given the severity of the past "
 "misconduct, we are pleased that DFA has committed to reform its trading practices.\u201d\n\n"
 "The Commission\u2019s DFA order finds that, from May 21 through June 23, 2004, DFA, Hanman, and Bos attempted to "
 "manipulate the price of the Chicago Mercantile Exchange\u2019s (CME) June, July, and August 2004 Class III milk "
 "futures contracts through purchases of block cheddar cheese on the CME Cheese Spot Call market. The order finds that "
 "the pricing relationship between the CME block cheese market and the Class III milk futures market is well known "
 "throughout the industry, and the CME block cheese market price plays a significant part in establishing Class III "
 "milk futures prices.",
 "agricultural commodity futures regulation", "regulatory,enforcement,settlement,executives",
 "U.S. Commodity Futures Trading Commission, press release 5584-08 '" + T2 + "', Washington, DC, December 16, 2008, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'node/178216' address): "
 "first-party text. Left out: the lines 'Release Number 5584-08', 'Release: 5584-08', 'For Release: December 16, 2008' "
 "(kept as `published`), the sub-heading 'Two Former Executives of a DFA Subsidiary to Pay $150,000 for Aiding and "
 "Abetting DFA\u2019s Position Limit Violation', the dateline 'Washington, DC \u2014'; the heading kept as `title`. The "
 "store's excerpt ends after the fourth paragraph ('... establishing Class III milk futures prices.'), a full "
 "sentence, while the release goes on (`truncated`). Kept as written: 'the Dairy Farmers of America, Inc.' with the "
 "article, 'Chief Executive Officer' and 'CEO' for the two men, 'June, July, and August 2004', the curly quotation "
 "marks and apostrophes. 249 words. One text per matter: the news rewrites (farmanddairy, dairybusiness, just-food, "
 "foodbusinessnews, wlj.net, the Platte County Landmark, the Columbia Missourian) are not taken. Found with 'CFTC Dairy "
 "Farmers of America former chief executive officer Gary Hanman former chief financial officer Gerald Bos manipulation "
 "Class III milk futures' (rank 1). "
 + CHECK + "'5584-08', 'node/178216', 'Hanman', 'Millar', 'Obie', 'Class III milk', 'Chicago Mercantile Exchange': 0 "
 "in the corpus files, GATHERING.md, the gather scripts and the pools; 'Dairy Farmers of America' in three corpus files "
 "and GATHERING.md (Justice Department dairy merger cases -- Suiza/Dean Foods, Dean Foods/Foremost Farms, "
 "Danone/WhiteWave -- and the DFA/SODIAAL and Southern Belle court papers: other matters); 'Bos' 0 as a word; 'Otis' "
 "as a word in one corpus file and GATHERING.md (Otis Chandler of Goodreads, another man).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
