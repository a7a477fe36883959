#!/usr/bin/env python3
"""Batch 54zl (session 55, gatherer 54zl): three CFTC enforcement press releases on cftc.gov, new matters in the
federal SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m and 54zf) -- the consent order
of Judge John A. Gibney, Jr. of the U.S. District Court for the Eastern District of Virginia against Leonard J. Cipolla,
whose company 'Tate Street Trading, Inc.' ran a commodity pool with Ponzi-like payments (8388-21, 14 May 2021); the
settled wash-sale and supervision order against 'SummerHaven Investment Management LLC, a Connecticut commodity trading
advisor and commodity pool operator', for trades on 'the InterContinental Exchange and various Chicago Mercantile
Exchange exchanges' (8389-21, 18 May 2021); the complaint in the U.S. District Court for the Southern District of
Florida against 'Florida resident Adam Todd and four companies he controlled -- Digitex LLC, Digitex Limited, Digitex
Software Limited, and Blockster Holdings Limited Corporation', which ran a digital asset exchange under the trade name
'Digitex Futures' (8605-22, 3 October 2022) -- US federal government works (17 U.S.C. 105). Found by party-name
queries in the lane's 'Release Number CFTC Charges/Orders ...' shape (queries and ranks in
/tmp/gather55zl/src/queries.txt; see /work/notes/gather55/54zl.md). Every name, release number and address was checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-55 pools:
  - CFTC release 8388-21 (14 May 2021), 'Federal Court Orders Virginia Resident to Pay More Than $5 Million for Futures
    and Options Fraud' (cftc.gov's 'PressRoom/PressReleases/8388-21');
  - CFTC release 8389-21 (18 May 2021), 'CFTC Orders Connecticut Firm to Pay $500,000 for Wash Sales' (cftc.gov's
    'PressRoom/PressReleases/8389-21');
  - CFTC release 8605-22 (3 October 2022), 'CFTC Charges Digital Asset Derivatives Platform and Miami Resident with
    Facilitating Unlawful Futures Transactions, Failing to Register, and Attempted Manipulation of Native Token'
    (cftc.gov's 'PressRoom/PressReleases/8605-22').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather55zl/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, D.C. \u2014', and in 8388-21 the
dash '\u2014' left of it), the sub-headings ('Case Background' in all three; 8388-21's 'Parallel Criminal Action',
which falls with the cut) and 8389-21's end mark '-CFTC-'; the heading kept as `title` as written. No word added or
changed; the page's lines kept as paragraphs, joined by a blank line; the spaces ending lines dropped (8388-21). 8389-21
is whole (the release ends with its staff list and '-CFTC-'); 8388-21 and 8605-22 are cut at the last full sentence
before the excerpt breaks off (`truncated`). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zl.py [POOL_DIR] [--dry]   (default /tmp/gather55zl/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-55 pools /tmp/gather55*/ (none held a file on this matter when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zl/pool"
Q = "\u2019"
L, R_ = "\u201c", "\u201d"
R = []

# ---- Leonard J. Cipolla / Tate Street Trading, Inc., consent order (E.D. Va.), CFTC 8388-21 ---------------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/8388-21"
T1 = "Federal Court Orders Virginia Resident to Pay More Than $5 Million for Futures and Options Fraud"
R.append(federal(
 "us-cftc-leonard-cipolla-tate-street-trading-commodity-pool-fraud-consent-order-eastern-district-virginia-2021",
 U1, "2021-05-14", T1,
 "The Commodity Futures Trading Commission announced today that Judge John A. Gibney, Jr., of the U.S. District Court "
 "for the Eastern District of Virginia entered a Consent Order for Permanent Injunction, Restitution and Ancillary "
 "Equitable Relief against defendant Leonard J. Cipolla finding, among other things, that Cipolla fraudulently "
 "solicited individuals to place funds in a commodity pool to trade futures and options while misappropriating more "
 "than $5 million of the money he was given to trade. The order requires that Cipolla pay restitution of "
 "$5,102,283.51 and imposes permanent trading and registration bans.\n\n"
 "The order resolves a CFTC action against Cipolla filed in the Eastern District of Virginia on September 19, 2019. "
 "[See CFTC Press Release No. 8020-19] Litigation against Cipolla" + Q + "s company, Tate Street Trading, Inc., "
 "continues.\n\n"
 "According to the order, and as Cipolla admitted, from June 2009 through April 2019, Cipolla fraudulently solicited "
 "and received approximately $7,096,303 from pool participants in connection with futures and options pooled trading. "
 "The order also found that Cipolla misappropriated more than $2.5 million for business expenses or personal use and "
 "made more than $3 million in Ponzi-like payments to pool participants.\n\n"
 "Despite having accepted approximately $7,096,303 from pool participants, the order found that Cipolla transferred "
 "only approximately $1,462,834 into Tate Street" + Q + "s trading accounts. While Cipolla typically promised pool "
 "participants substantial returns, his actual trading between June 2009 and April 2019 was profitable in only two "
 "years and resulted in cumulative net losses of approximately $1,462,305. The order also found that Cipolla provided "
 "statements to pool participants that did not accurately reflect their trading results.",
 "commodity pools/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 8388-21 '" + T1 + "', Washington, D.C., May 14, 2021, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8388-21' and the date line 'May 14, 2021' (kept as "
 "`published`; on the page it follows the heading), the dash '\u2014 ' that opens the first paragraph (what the store "
 "kept of the dateline; a news copy of the release has 'Washington, D.C.- The'), the sub-heading 'Case Background'; "
 "the heading kept as `title` (title case, as written). The spaces ending the second and third paragraphs dropped. Cut "
 "after '... did not accurately reflect their trading results.', before the sub-heading 'Parallel Criminal Action' and "
 "the paragraph that breaks off at its first word ('In'; `truncated`). Kept as written: 'Judge John A. Gibney, Jr., of "
 "the', '[See CFTC Press Release No. 8020-19]' (bracketed, with no full stop), 'Ponzi-like', the curly apostrophes. "
 "One text per matter: the complaint release 8020-19 (19 Sep 2019) never came back from the store; the marketscreener "
 "and financefeeds copies of 8388-21 and the comp-matters and vdocument (complaint) pages are not taken. " + CHECK +
 "'8388-21', '8020-19', 'Cipolla', 'Tate Street', 'Gibney': 0 in the corpus files, GATHERING.md, the scripts, the "
 "notes and the pools.",
 True))

# ---- SummerHaven Investment Management LLC, wash sales and supervision order, CFTC 8389-21 ----------------------------
U2 = "https://cftc.gov/PressRoom/PressReleases/8389-21"
T2 = "CFTC Orders Connecticut Firm to Pay $500,000 for Wash Sales"
R.append(federal(
 "us-cftc-summerhaven-investment-management-connecticut-cta-cpo-wash-sales-ice-cme-supervision-2021",
 U2, "2021-05-18", T2,
 "The Commodity Futures Trading Commission today issued an order filing and settling charges against respondent "
 "SummerHaven Investment Management LLC, a Connecticut commodity trading advisor and commodity pool operator, for "
 "engaging in wash sales and non-competitive transactions on the InterContinental Exchange and various Chicago "
 "Mercantile Exchange exchanges, and for failing to diligently supervise its activities.\n\n"
 "The order requires SummerHaven to pay a civil monetary penalty of $500,000 and to cease and desist from further "
 "violations of the Commodity Exchange Act and CFTC regulations, as charged.\n\n"
 "According to the order, SummerHaven engaged in multiple wash sales and non-competitive transactions while moving "
 "positions held by a client from one futures commission merchant (FCM) to another. Specifically, on July 2, 2018, "
 "SummerHaven placed offsetting buy and sell orders at each FCM, resulting in a series of pre-arranged offsetting "
 "trades in contracts for crude oil, heating oil, gasoil, live cattle, lean hogs, soybean meal, gasoline, cocoa, and "
 "cotton. In total, SummerHaven made more than 100 non-competitive prearranged trades with an aggregate value of more "
 "than $570 million. The order finds that SummerHaven failed in its supervisory duties because it did not have "
 "policies or procedures in place to prohibit wash sales or non-competitive transactions, and because the decision to "
 "execute wash sales and non-competitive transactions was reviewed and directed by senior supervisory management, "
 "including SummerHaven" + Q + "s then-Chief Compliance Officer and then-Managing Partner.\n\n"
 "The Division of Enforcement staff members responsible for this action are Kevin Samuel, Brian Hunt, Alison Wilson, "
 "Michael Loconte, Erica Bodin, Linda Chalet, Kelly Beck, and Rick Glaser.",
 "commodity trading advisers/commodity futures regulation", "regulatory,enforcement,settlement,trading",
 "U.S. Commodity Futures Trading Commission, release 8389-21 '" + T2 + "', Washington, D.C., May 18, 2021, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text, whole. Left out: 'Release Number 8389-21' and the date line 'May 18, 2021' (kept as "
 "`published`; on the page it follows the heading), the dateline 'Washington, D.C. \u2014', the sub-heading 'Case "
 "Background' and the end mark '-CFTC-'; the heading kept as `title` (title case, as written). Not cut: the excerpt "
 "holds the whole release, down to its staff list and end mark (`truncated` false). Kept as written: 'InterContinental "
 "Exchange' (capital C), 'various Chicago Mercantile Exchange exchanges', 'non-competitive' beside 'prearranged' and "
 "'pre-arranged', 'then-Chief Compliance Officer and then-Managing Partner', the curly apostrophe. One text per "
 "matter: logiclabsllc's copy of the release is not taken. " + CHECK + "'8389-21', 'SummerHaven': 0 in the corpus "
 "files, GATHERING.md, the scripts, the notes and the pools; of the staff names only 'Rick Glaser' is in the corpus "
 "(a staff member in another CFTC file, the Dearborn Trading one), the other seven 0; 'InterContinental Exchange' "
 "(so spelt) 0.",
 False))

# ---- Adam Todd, Digitex LLC and three more companies ('Digitex Futures'), complaint (S.D. Fla.), CFTC 8605-22 ---------
U3 = "https://www.cftc.gov/PressRoom/PressReleases/8605-22"
T3 = ("CFTC Charges Digital Asset Derivatives Platform and Miami Resident with Facilitating Unlawful Futures "
      "Transactions, Failing to Register, and Attempted Manipulation of Native Token")
R.append(federal(
 "us-cftc-digitex-llc-blockster-holdings-adam-todd-digitex-futures-unregistered-exchange-token-manipulation-2022",
 U3, "2022-10-03", T3,
 "The Commodity Futures Trading Commission today announced it filed a complaint in the U.S. District Court for the "
 "Southern District of Florida against Florida resident Adam Todd and four companies he controlled \u2013 Digitex LLC, "
 "Digitex Limited, Digitex Software Limited, and Blockster Holdings Limited Corporation. The complaint alleges that "
 "Todd and his companies operated a digital asset exchange under the trade name " + L + "Digitex Futures." + R_ +
 " Todd and Digitex Futures are charged with illegally offering futures transactions on a platform other than a "
 "designated contract market and also with attempting to manipulate the price of the Digitex Futures native token.\n\n"
 "In its continuing litigation, the CFTC seeks full restitution, disgorgement of ill-gotten gains, civil monetary "
 "penalties, permanent trading and registration bans, and a permanent injunction against further violations of the "
 "Commodity Exchange Act (CEA), as charged.\n\n"
 + L + "The CFTC" + Q + "s action against Adam Todd and Digitex Futures underscores the primacy of the CEA" + Q + "s "
 "core registration provisions that are designed to ensure the structural integrity of our nation" + Q + "s "
 "derivatives markets." + R_ + " said Acting Director of Enforcement Gretchen Lowe. " + L + "Further, the CFTC will "
 "vigorously investigate potential manipulative trading activity to ensure confidence in markets remains strong." + R_ +
 "\n\n"
 "The complaint alleges that from approximately May 2020 through May 2022, Todd and Digitex Futures operated a digital "
 "asset derivatives exchange from an office in Florida. The Digitex Futures exchange allegedly sought participation "
 "from U.S. customers through web-based solicitations, despite the fact Todd knew such participation subjected Digitex "
 "Futures to U.S. regulation.",
 "digital asset exchanges/commodity futures regulation", "regulatory,enforcement,litigation,market manipulation,crypto",
 "U.S. Commodity Futures Trading Commission, release 8605-22 '" + T3 + "', Washington, D.C., October 3, 2022, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8605-22' and the date line 'October 03, 2022' (kept as "
 "`published`; on the page it follows the heading), the dateline 'Washington, D.C. \u2014' and the sub-heading 'Case "
 "Background'; the heading kept as `title` (title case, as written: 'Miami Resident', where the text writes 'Florida "
 "resident'). Cut after '... subjected Digitex Futures to U.S. regulation.', before the paragraph that breaks off ('In "
 "addition t'; `truncated`). Kept as written: the en dash in 'he controlled \u2013 Digitex LLC', the full stop inside "
 "the closing quote before 'said Acting Director of Enforcement Gretchen Lowe', 'the fact Todd knew' (no 'that'), the "
 "curly quotes and apostrophes. One text per matter: the default-judgment release 8748-23 (12 Jul 2023, cftc.gov "
 "'node/246511', rank 2 of the same query: Judge Roy K. Altman, Ian McGinley quoted) was not taken (its excerpt breaks "
 "off inside McGinley's quotation, so a cut leaves it unclosed or drops it); the crypto-news copies (cryptogainn, "
 "cryptobubblestoday, web3.rodeo, reportwire, crowdfundinsider, bitcoinethereumnews in Italian and Greek) are not "
 "taken. " + CHECK + "'8605-22', '8748-23', 'Digitex', 'Blockster', 'Adam Todd': 0 in the corpus files, GATHERING.md, "
 "the scripts, the notes and the pools; 'Gretchen Lowe' 0, 'Gretchen L. Lowe' only in 53m's Hunter Wise file (another "
 "matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
