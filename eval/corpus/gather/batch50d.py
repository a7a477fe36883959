#!/usr/bin/env python3
"""Batch 50d (session 51, gatherer 50d): two more CFTC enforcement press releases, each naming a trading firm beside
the group it belongs to -- the order by which Marathon Petroleum Company (MPC), 'a subsidiary of Marathon Oil
Corporation, based in Findlay, Ohio', pays a $1,000,000 civil penalty for attempting to push down the Platts
assessment of spot cash West Texas Intermediate crude oil delivered at Cushing, Oklahoma, with the CFTC's Director of
Enforcement Gregory Mocek quoted (CFTC press release 5366-07, 1 August 2007, cftc.gov); the order by which Citigroup
Inc. and Citigroup Global Markets Ltd. pay $525,000 for wheat futures positions above the speculative limits on the
Chicago Board of Trade, 'which is part of CME Group, Inc.', held by Citigroup 'via two of its wholly owned
subsidiaries, including CGML', with the Division of Enforcement's staff on the case named (CFTC release of 21
September 2012, as a government-press-release blog reproduces it) -- US federal government works (17 U.S.C. 105), the
federal SEC/CFTC lane of session 51 (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k and
50a), on new matters. From 50a's leads: the SEC EDGAR exhibit of CFTC Docket 04-06 (Reliant Energy Services, Inc.)
states no parent in the part the store gives (its opening names RES alone), so it is not taken; AEP's January 2005
settlement came back only as AEP's own release (swepco.com) and naturalgasintel (the same matter as 50a's 4846-03):
not taken. Every name, release number and address was checked first against the corpus files, GATHERING.md, the
gather scripts and the session-51 pools:
  - CFTC press release 5366-07 (1 August 2007), 'Marathon Petroleum Company LLC Agrees to Pay $1,000,000 Civil Penalty
    to Settle U.S. Commodity Futures Trading Commission Charges of Attempted Manipulation in Crude Oil Markets': the
    CFTC, Marathon Petroleum Company, Marathon Oil Corporation, Findlay, Ohio, Cushing, Oklahoma, Platts, Gregory
    Mocek (cftc.gov's 'PressRoom/PressReleases/5366-07');
  - CFTC press release of 21 September 2012, 'CFTC Orders Citigroup Inc. and Citigroup Global Markets Ltd. to Pay
    $525,000 Penalty for Violating Wheat Futures Speculative Position Limits': the CFTC, Citigroup Inc., New York,
    N.Y., Citigroup Global Markets Ltd., London, England, the Chicago Board of Trade, CME Group, Inc., the CFTC's
    Division of Enforcement and seven of its staff (brandtsrandomgovernmentpressreleases.blogspot.com's copy under
    'FROM: U.S. COMMODITY FUTURES TRADING COMMISSION'; no cftc.gov copy came back from the store).
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-heading under a heading, the blog's own lines and the datelines are left out (each heading kept as `title`, the
date as `published`); no word added or changed; the page's lines kept as paragraphs, joined by a blank line; the
Marathon text cut at the last full sentence before the store's excerpt breaks off, the Citigroup text whole.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch50d.py [POOL_DIR] [--dry]   (default /tmp/gather51d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
BLOG_ORIGIN = ("US CFTC press release as brandtsrandomgovernmentpressreleases.blogspot.com reproduces it (search tool "
               "page store)")
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-51 pools /tmp/gather51*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51d/pool"
R = []

# ---- Marathon Petroleum Company settlement, CFTC press release 5366-07, 1 August 2007 (cftc.gov) -----------------------
U1 = "https://cftc.gov/PressRoom/PressReleases/5366-07"
T1 = ("Marathon Petroleum Company LLC Agrees to Pay $1,000,000 Civil Penalty to Settle U.S. Commodity Futures Trading "
      "Commission Charges of Attempted Manipulation in Crude Oil Markets")
R.append(federal(
 "us-cftc-marathon-petroleum-subsidiary-marathon-oil-wti-crude-oil-platts-attempted-manipulation-2007",
 U1, "2007-08-01", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the issuance of an order filing and "
 "simultaneously settling charges against Marathon Petroleum Company (MPC), a subsidiary of Marathon Oil Corporation, "
 "based in Findlay, Ohio, for attempting to manipulate a price of spot cash West Texas Intermediate (WTI) crude oil "
 "delivered at Cushing, Oklahoma on November 26, 2003, by attempting to influence downward the Platts market "
 "assessment for spot cash WTI for that day.\n\n"
 "The August 1, 2007, order requires, among other things, that MPC pay a $1,000,000 civil monetary penalty.\n\n"
 "\u201cWest Texas Intermediate crude oil prices have an enormous impact on the daily lives of American citizens. The "
 "CFTC continues to aggressively ferret out illegal conduct in the energy sector. As the guardian of the nation\u2019s "
 "commodity markets, this case is yet another signal to the markets that we hold all companies accountable for their "
 "trading activities,\u201d said Gregory Mocek, the CFTC\u2019s Director of Enforcement.\n\n"
 "The Platts market assessment for WTI is derived from trading activity during a particular 30-minute period of the "
 "physical trading day. The Platts market assessment for WTI is used as the price of crude oil in certain domestic "
 "and foreign transactions. At the time in question, MPC priced approximately 7.3 million barrels of physical crude "
 "oil per month off the Platts market assessment for WTI.",
 "energy/commodity futures regulation", "regulatory,enforcement,settlement,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release 5366-07 '" + T1 + "', Washington, D.C., August 1, 2007, "
 "US federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 5366-07', 'Release: 5366-07' and 'For Release: "
 "August 1, 2007' (kept as `published`), the sub-heading 'CFTC Order Finds That Marathon Petroleum Company LLC "
 "Attempted to Manipulate Crude Oil Prices by Influencing the Platts Crude Oil Assessment', the dateline 'Washington, "
 "D.C. \u2013'; the heading kept as `title`. Cut after the paragraph ending '... off the Platts market assessment for "
 "WTI.', before 'As a net purchaser of foreign crude oil priced off of the Platts spot cash WTI assessment, if its "
 "conduct was successful, MPC would have benefited from a lower Platts spot cash WTI a', where the store's excerpt "
 "breaks off (`truncated`). Kept as written: 'Marathon Petroleum Company (MPC)' in the body beside 'Marathon "
 "Petroleum Company LLC' in the heading, 'Cushing, Oklahoma on November 26, 2003' (no comma after the state), 'The "
 "August 1, 2007, order', the curly quotation marks and apostrophes. 220 words. One text per matter: naturalgasintel's, "
 "ogj.com's, fuelfix.com's and Reuters' (as gata.org copies it) reports of the same order are not taken. Found with "
 "'CFTC Marathon Petroleum Company subsidiary attempted manipulation West Texas Intermediate settle 2007' (rank 1). "
 + CHECK + "'5366-07', 'Marathon Petroleum Company', 'Marathon Oil': 0 in the corpus files, GATHERING.md, the gather "
 "scripts and the pools; 'Marathon Petroleum' in one corpus file (an FTC listing page naming Marathon Petroleum "
 "Corporation in the 7-Eleven/Speedway matter: another matter); 'Gregory Mocek' only in batch 49k's six-firm file "
 "(another matter, the same Director); 'Cushing, Oklahoma' in one Wikinews file (a pipeline protest, 2012: another "
 "matter); 'West Texas Intermediate' in 49g's Parnon/Arcadia file (another matter); 'Findlay' in one corpus file "
 "(batch 47b's: another matter); 'Platts' in 49h's Energy Transfer file and a Wikipedia page on PKN Orlen and in "
 "50a's pool (AEP: other matters).",
 True))

# ---- Citigroup Inc. and Citigroup Global Markets Ltd. order, CFTC release of 21 September 2012 (blog copy) ------------
U2 = ("https://brandtsrandomgovernmentpressreleases.blogspot.com/search/label/.S.%20COMMODITY%20FUTURES%20TRADING%20"
      "COMMISSION")
T2 = ("CFTC Orders Citigroup Inc. and Citigroup Global Markets Ltd. to Pay $525,000 Penalty for Violating Wheat Futures "
      "Speculative Position Limits")
R.append(federal(
 "us-cftc-citigroup-wholly-owned-subsidiary-citigroup-global-markets-wheat-futures-speculative-position-limits-2012",
 U2, "2012-09-21", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today issued an order filing and settling charges that "
 "Citigroup Inc. (Citigroup) of New York, N.Y., and Citigroup Global Markets Ltd. (CGML) of London, England, exceeded "
 "speculative position limits in wheat futures contracts in trading on the Chicago Board of Trade (CBOT), which is "
 "part of CME Group, Inc. The CFTC order requires Citigroup and CGML to pay a $525,000 civil monetary penalty and "
 "cease and desist from further violations of section 4a(b)(2) of the Commodity Exchange Act and CFTC regulation "
 "150.2, as charged.\n\n"
 "The CFTC order finds that on several occasions in December 2009, Citigroup, via two of its wholly owned "
 "subsidiaries, including CGML, held aggregate net long positions in the wheat contract traded on the CBOT in excess "
 "of the CFTC\u2019s all months speculative position limits. Additionally, on one or more days in December 2009, CGML "
 "individually held net long positions in wheat contracts that exceeded the all months speculative position limits "
 "established by the CFTC, the order finds. The position limit for CBOT wheat was 6,500 contracts for all months "
 "combined.\n\n"
 "CFTC Division of Enforcement staff members responsible for this case are Michael R. Berlowitz, Trevor Kokal, David "
 "Acevedo, Jeremy Cusimano, Lenel Hickson, Jr., Stephen J. Obie, and Vincent A. McGonagle.",
 "banking/commodity futures regulation", "regulatory,enforcement,settlement,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release '" + T2 + "', Washington, DC, September 21, 2012, US "
 "federal government work (public domain); text as brandtsrandomgovernmentpressreleases.blogspot.com reproduces it "
 "under 'FROM: U.S. COMMODITY FUTURES TRADING COMMISSION', from the search tool's page store at " + U2,
 BLOG_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as the blog brandtsrandomgovernmentpressreleases.blogspot.com "
 "reproduces it on a label page, under its lines 'Photo From: Wikimedia |' and 'FROM: U.S. COMMODITY FUTURES TRADING "
 "COMMISSION' and the release's date and heading ('September 21, 2012 CFTC Orders ...' on one line); the blog adds no "
 "words inside the kept paragraphs. No cftc.gov copy came back from the store (asked with the heading, the release "
 "date and the order's wording); how the copy was checked against the CFTC's words: financemagnates.com's report of "
 "22 September 2012 repeats the second paragraph word for word and the first paragraph's wording (with 'Citigroup "
 "Global Markets Ltd, of London' and no '(CGML)' there), and Reuters' and Bloomberg's reports of 21 September 2012 "
 "agree on the parties, the amount, the month and the Chicago Board of Trade -- **doubtful**: a blog copy, not "
 "first-party text (batch 49g left a blog-only NYMEX release aside; batch 40zn took this blog's SEC copies after a "
 "word-for-word check against sec.gov). Left out: the blog's two lines, the date line (kept as `published`), the "
 "dateline 'Washington, DC \u2013', the blog's closing line '.' after the staff list; the heading kept as `title`. "
 "The release appears whole (it ends, as CFTC releases of 2012 do, with the staff members on the case; `truncated` "
 "false -- **doubtful**: a media-contact line may have followed on cftc.gov). Kept as written: 'New York, N.Y.', "
 "'London, England', 'CFTC regulation 150.2', 'all months' without a hyphen, the curly apostrophe in 'CFTC\u2019s', "
 "'Lenel Hickson, Jr.,'. 211 words. One text per matter: financemagnates', Reuters' (two), Bloomberg's (two), AP's "
 "(Yahoo) and fool.com's reports are not taken. Found with 'CFTC Orders Citigroup Inc. and its subsidiary Citigroup "
 "Global Markets Limited to pay $525,000 wheat speculative position limits' (rank 3) and 'Citigroup via two of its "
 "wholly owned subsidiaries including CGML held aggregate net long positions wheat CBOT CME Group' (rank 1). "
 + CHECK + "'Citigroup Global Markets Ltd', 'CGML', 'Berlowitz', 'Kokal', 'Acevedo', 'Cusimano', 'Hickson', "
 "'McGonagle', 'Chicago Board of Trade', 'CME Group', 'wheat futures': 0 in the corpus files, GATHERING.md, the gather "
 "scripts and the pools; 'Citigroup' in ten corpus files (the SEC's 2008 auction rate securities items, Wikinews and "
 "Wikipedia texts: other matters); 'Obie' only in 49h's Dairy Farmers of America file (another matter, the same "
 "official); '525,000' in one corpus file (a Hansard debate: unrelated).",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
