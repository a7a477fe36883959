#!/usr/bin/env python3
"""Batch 50g (session 51, gatherer 50g): two more CFTC enforcement press releases, each naming a trading firm beside
the exchange platform its futures orders ran on -- the order by which Bunge Global Markets, Inc. 'of White Plains,
N.Y.' pays $550,000 for soybean futures orders its traders entered in Globex's pre-opening session and never meant to
have executed, with Globex named as 'the CME Group, Inc.'s (CME) electronic trading platform' (CFTC press release
6007-11, 22 March 2011, cftc.gov); the order by which Goldman, Sachs & Co., a futures commission merchant 'based in New
York, N.Y.', pays $1.5 million for failing to supervise its trading in late 2007, when 'an associated person and former
Goldman trader, Matthew Marshall Taylor' traded the e-mini S&P 500 futures contract on 'the Chicago Mercantile
Exchange's (CME) Globex platform' (CFTC press release 6450-12, 7 December 2012, cftc.gov) -- US federal government
works (17 U.S.C. 105), the federal SEC/CFTC lane of session 51 (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j,
49a, 49d, 49g, 49h, 49k, 50a and 50d), on new matters. From 50d's leads: the SEC FCPA releases with named subsidiaries
came back, when asked again, as law-firm and blog summaries only (Oracle/Oracle India, Tyco: no sec.gov page in the
store), so this round stays with first-party cftc.gov releases of 2011-2012. Every name, release number and address was
checked first against the corpus files, GATHERING.md, the gather scripts and the session-51 pools:
  - CFTC press release 6007-11 (22 March 2011), 'CFTC Sanctions Bunge Global Markets, Inc. $550,000 for Entering
    Pre-Market Soybean Futures Orders on Globex that Caused Non-Bona Fide Prices to be Reported': the CFTC, Bunge Global
    Markets, Inc., White Plains, N.Y., Globex, the Chicago Board of Trade, CME Group, Inc. (cftc.gov's
    'PressRoom/PressReleases/pr6007-11');
  - CFTC press release 6450-12 (7 December 2012), 'CFTC Orders Goldman, Sachs & Co., a Commission Registrant, to Pay
    $1.5 Million for Supervision Failures': the CFTC, Goldman, Sachs & Co., New York, N.Y., Matthew Marshall Taylor, the
    Chicago Mercantile Exchange, Globex (cftc.gov's 'PressRoom/PressReleases/pr6450-12').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-heading under each heading and the datelines are left out (each heading kept as `title`, the date as `published`);
no word added or changed; the page's lines kept as paragraphs, joined by a blank line; both texts cut at the last full
sentence before the store's excerpt breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch50g.py [POOL_DIR] [--dry]   (default /tmp/gather51g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-51 pools /tmp/gather51*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51g/pool"
R = []

# ---- Bunge Global Markets order, CFTC press release 6007-11, 22 March 2011 (cftc.gov) ----------------------------------
U1 = "http://www.cftc.gov/PressRoom/PressReleases/pr6007-11"
T1 = ("CFTC Sanctions Bunge Global Markets, Inc. $550,000 for Entering Pre-Market Soybean Futures Orders on Globex that "
      "Caused Non-Bona Fide Prices to be Reported")
R.append(federal(
 "us-cftc-bunge-global-markets-soybean-futures-pre-opening-orders-globex-cme-group-2011",
 U1, "2011-03-22", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today filed and simultaneously settled charges against Bunge "
 "Global Markets, Inc. (Bunge) of White Plains, N.Y., for entering orders to purchase or sell soybean futures contracts "
 "in pre-opening trading sessions on Globex that Bunge had no intention of having executed. These orders caused prices "
 "to be reported that were not true and bona fide. The soybean futures orders also constituted false, misleading or "
 "knowingly inaccurate reports concerning soybean market information that affected or tended to affect the price of "
 "soybeans, in violation of the Commodity Exchange Act, the order finds.\n\n"
 "The CFTC order requires Bunge to pay a $550,000 civil monetary penalty and to cease and desist from future "
 "violations.\n\n"
 "Specifically, the CFTC order finds that in March 2009, two of Bunge\u2019s proprietary traders (and employees) "
 "entered electronic orders for Chicago Board of Trade soybean futures contracts on Globex, the CME Group, Inc.\u2019s "
 "(CME) electronic trading platform, during Globex\u2019s pre-opening session. These soybean futures orders would "
 "become executable on the open. The purpose of the pre-opening session is to help determine at what price the market "
 "will open for the day\u2019s trading session, according to the CFTC order.\n\n"
 "The Bunge traders entered the orders for the sole purpose of determining the depth of support for soybean futures "
 "at specific price levels before the market opened, the order finds. The order specifically finds that the traders "
 "had no intention of buying or selling the quantities of soybean futures in the orders and ultimately cancelled them "
 "prior to the open, before they could be executed.",
 "agribusiness/commodity futures regulation", "regulatory,enforcement,settlement,trading platforms",
 "U.S. Commodity Futures Trading Commission, press release 6007-11 '" + T1 + "', Washington, DC, March 22, 2011, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 6007-11' and 'March 22, 2011' (kept as `published`), "
 "the sub-heading 'Bunge\u2019s orders distorted Globex\u2019s Indicative Opening Price for soybean futures contracts.', "
 "the dateline 'Washington DC \u2013'; the heading kept as `title`. Cut after the paragraph ending '... prior to the "
 "open, before they could be executed.', before 'Nevert', where the store's excerpt breaks off (`truncated`). Kept as "
 "written: 'Washington DC' without a comma (dropped with the dateline), 'White Plains, N.Y.,', 'false, misleading or "
 "knowingly inaccurate' (no serial comma), '(and employees)', 'the CME Group, Inc.\u2019s (CME)', the curly "
 "apostrophes. 225 words. One text per matter: Reuters', canalrural's (Portuguese, Dow Jones) and dodd-frank.com's "
 "reports of the same order are not taken; CBOT's own notice on Bunge Chicago, Inc. (February 2011, another firm and "
 "matter) is not taken. Found with 'CFTC Bunge Global Markets pre-opening orders soybean futures penalty subsidiary of "
 "Bunge Limited' (rank 1; the release names no parent). "
 + CHECK + "'6007-11', 'pr6007', 'Bunge Global', 'Globex', 'White Plains', 'Indicative Opening': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Bunge' in GATHERING.md only as the Zen-Noh Grain / Bunge DOJ matter "
 "(another matter) and in no corpus file; 'Chicago Board of Trade' and 'CME Group' in 50d's Citigroup file (pool, "
 "another matter).",
 True))

# ---- Goldman, Sachs & Co. order, CFTC press release 6450-12, 7 December 2012 (cftc.gov) -------------------------------
U2 = "http://cftc.gov/PressRoom/PressReleases/pr6450-12"
T2 = "CFTC Orders Goldman, Sachs & Co., a Commission Registrant, to Pay $1.5 Million for Supervision Failures"
R.append(federal(
 "us-cftc-goldman-sachs-supervision-failures-former-trader-taylor-e-mini-globex-2012",
 U2, "2012-12-07", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced that Goldman, Sachs & Co. (Goldman), a "
 "registered futures commission merchant (FCM) based in New York, N.Y., has been ordered to pay a $1.5 million civil "
 "monetary penalty to settle CFTC charges that it failed to diligently supervise its employees for several months in "
 "late 2007. The CFTC Order also requires Goldman to cease and desist from violating a CFTC regulation requiring "
 "diligent supervision.\n\n"
 "According to the CFTC\u2019s Order, for several months, Goldman failed to ensure that certain aspects of its risk "
 "management, compliance, and supervision programs comported with its obligations to supervise diligently its business "
 "as a Commission registrant. During November and December 2007, Goldman further failed to supervise diligently the "
 "trading activities of an associated person and former Goldman trader, Matthew Marshall Taylor, whose trading "
 "activities on seven days in mid-November and mid-December 2007 in the e-mini S&P 500 futures contract traded on the "
 "Chicago Mercantile Exchange\u2019s (CME) Globex platform resulted in a substantial loss to Goldman.\n\n"
 "Specifically, in violation of Commission Regulation 166.3, Goldman failed to have policies or procedures reasonably "
 "designed to detect and prevent the manual entry of fabricated futures trades into its front office systems, which "
 "aggregated manually entered and electronically executed trades in the same product.",
 "banking/commodity futures regulation", "regulatory,enforcement,settlement,trading platforms",
 "U.S. Commodity Futures Trading Commission, press release 6450-12 '" + T2 + "', Washington, DC, December 7, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 6450-12' and 'December 7, 2012' (kept as "
 "`published`), the sub-heading 'By exploiting Goldman\u2019s internal control failures, a former Goldman employee hid "
 "an $8.3 billion trading position; Goldman lost in excess of $100 million unwinding the position', the dateline "
 "'Washington, DC \u2013'; the heading kept as `title`. Cut after the paragraph ending '... trades in the same "
 "product.', before 'As a result, on seven trading days in November and December 2007, Taylor circumvented Goldman\u2019s "
 "risk management, compliance, and supervision systems, by entering fabricated e-mini S&P 500 sell trades i', where the "
 "store's excerpt breaks off (`truncated`). Kept as written: 'Goldman, Sachs & Co. (Goldman)', 'The CFTC Order' and "
 "'the CFTC\u2019s Order' with a capital O, 'to diligently supervise' beside 'to supervise diligently', 'e-mini S&P 500', "
 "the curly apostrophes. 212 words. One text per matter: dainikdisha's (IANS/Xinhua) report and the commissioner's "
 "statement quoted there are not taken; the same firm's later CFTC orders (2023, ICE gasoil) and GSEC's order "
 "(pr6206-12, another firm and matter) are not taken. Found with 'CFTC orders Goldman Sachs Execution & Clearing L.P. "
 "penalty supervision failure subsidiary of The Goldman Sachs Group' (rank 6). "
 + CHECK + "'6450-12', 'pr6450', 'Goldman, Sachs & Co', 'Matthew Marshall Taylor', 'Globex': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Matthew Taylor' in one corpus file (a Hansard answer of 2002: a "
 "member of Parliament, unrelated); 'Goldman' in sixteen corpus files (Abacus 2010, 1MDB 2020, Bear Stearns 2008 and "
 "others: other matters); 'Chicago Mercantile Exchange' in 49h's Dairy Farmers of America file (another matter); "
 "'e-mini' and '8.3 billion' only in unrelated files and GATHERING lines.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
