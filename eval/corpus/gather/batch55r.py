#!/usr/bin/env python3
"""Batch 55r (session 54, gatherer 55r): three CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl, 54zs, 55a and 55h) -- the
settled attempted-manipulation order against 'Christopher Louis Pia of North Castle, N.Y., while employed as portfolio
manager for Moore Capital Management, LLC (Moore Capital)', in palladium and platinum futures on 'the New York
Mercantile Exchange (NYMEX)', with 'Moore Capital is a predecessor of Moore Capital Management, LP' (6079-11, 25 July
2011); the settled secured-funds order against 'Macquarie Futures USA LLC (Macquarie), a New York-based registered
Futures Commission Merchant (FCM)', after 'ICE Clear Europe converted its existing OTC swaps and options to U.S.
exchange-listed futures and options to be listed for trading on ICE Futures U.S. Energy Division and ICE Futures Europe'
(6679-13, 3 September 2013; 55h's lead); the court's order, by 'the Honorable Sara L. Ellis of the U.S. District Court
for the Northern District of Illinois', against 'Defendant Yumin Li' and 'co-Defendant Kering Capital Ltd. (Kering), a
British Virgin Islands (BVI) company formed by Li's mother', for money passes on 'the CME Group Inc.'s electronic trading
platform' (7498-16, 14 December 2016) -- US federal government works (17 U.S.C. 105). Found by asking a 55h lead's query
again, headings from cftc.gov's enforcement-action index pages verbatim, and an earlier round's lead in the lane's
'Release Number CFTC ...' shape (queries and ranks in /tmp/gather56r/src/queries.txt; see /work/notes/gather56/55r.md).
Every name, release number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather56 and the session-54 pools:
  - CFTC release 6079-11 (25 July 2011), 'Christopher L. Pia, Former Portfolio Manager for Hedge Fund Moore Capital
    Management, LLC, to Pay $1 Million Penalty to Settle CFTC Charges of Attempted Manipulation' (cftc.gov's
    'PressRoom/PressReleases/pr6079-11');
  - CFTC release 6679-13 (3 September 2013), 'CFTC Orders Macquarie Futures USA LLC to Pay a $150,000 Penalty for
    Failing to Maintain Adequate Funds in Secured Accounts in Connection with Conversion by Exchange of Certain
    Off-Exchange Instruments to On-Exchange Products' (cftc.gov's 'PressRoom/PressReleases/6679-13');
  - CFTC release 7498-16 (14 December 2016), 'Federal Court in Illinois Orders Yumin Li and BVI-Based Company Kering
    Capital Ltd to Pay More than $1.2 Million in a Penalty and Restitution for Prearranged Trading Fraud' (cftc.gov's
    'node/108796').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather56r/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, DC \u2014' in 6079-11, 'Washington,
DC -' in 6679-13 and 7498-16); the heading kept as `title` as written. Kept: 6079-11's deck sentence under the heading
('CFTC order imposes permanent trading restrictions on Pia.', a full sentence with its full stop, 55h's Ecoval way). No
word added or changed; the page's lines kept as paragraphs, joined by a blank line. All three are cut at the last full
sentence before the excerpt breaks off (`truncated`). Written before any extractor ran on the texts (newskg was not run
on them).
usage: batch55r.py [POOL_DIR] [--dry]   (default /tmp/gather56r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather56 and the session-54 pools /tmp/gather56*/ (none held a file on this matter when "
         "checked), and claimed in /work/notes/gather56/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56r/pool"
Q = "\u2019"
LQ, RQ = "\u201c", "\u201d"
R = []

# ---- Christopher Louis Pia, portfolio manager at Moore Capital Management, LLC, CFTC 6079-11 -------------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/pr6079-11"
T1 = ("Christopher L. Pia, Former Portfolio Manager for Hedge Fund Moore Capital Management, LLC, to Pay $1 Million "
      "Penalty to Settle CFTC Charges of Attempted Manipulation")
R.append(federal(
 "us-cftc-christopher-pia-portfolio-manager-moore-capital-management-palladium-platinum-nymex-attempted-manipulation-2011",
 U1, "2011-07-25", T1,
 "CFTC order imposes permanent trading restrictions on Pia.\n\n"
 "The U.S. Commodity Futures Trading Commission (CFTC) today issued an order filing and simultaneously settling charges "
 "that Christopher Louis Pia of North Castle, N.Y., while employed as portfolio manager for Moore Capital Management, "
 "LLC (Moore Capital), attempted to manipulate the settlement prices of palladium and platinum futures contracts on the "
 "New York Mercantile Exchange (NYMEX). Moore Capital is a predecessor of Moore Capital Management, LP.\n\n"
 "The CFTC order requires Pia to pay $1 million civil monetary penalty. It also permanently bans Pia from trading "
 "CFTC-regulated products during the closing period of the markets and from trading CFTC-regulated products in "
 "platinum and palladium. The order further requires Pia to distribute a copy of the CFTC order to current investors "
 "and to current and future employees, principals, and officers and to provide a disclosure document setting out the "
 "CFTC action to existing and prospective clients.\n\n"
 "The CFTC order finds that, from at least November 2007 until May 2008 (relevant period), Pia attempted to manipulate "
 "the settlement prices of palladium and platinum futures contracts by engaging in a trading practice known as " + LQ +
 "banging the close." + RQ + " Specifically, Pia caused to be entered market-on-close buy orders that were executed in "
 "the last ten seconds of the closing period for both contracts in an attempt to exert upward pressure on the "
 "settlement prices of the futures contracts. Pia engaged in this trading strategy at Moore Capital frequently "
 "throughout the relevant period, the order finds.",
 "hedge funds/commodity futures regulation", "regulatory,enforcement,settlement,market manipulation",
 "U.S. Commodity Futures Trading Commission, release 6079-11 '" + T1 + "', Washington, D.C., July 25, 2011, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 6079-11' and the date line 'July 25, 2011' (kept as "
 "`published`; on the page both come before the heading), the dateline 'Washington, DC \u2014'; the heading kept as "
 "`title` (title case, as written: 'Christopher L. Pia, Former Portfolio Manager ...', where the text writes 'Christopher "
 "Louis Pia'). Kept as the first paragraph: the deck sentence under the heading ('CFTC order imposes permanent trading "
 "restrictions on Pia.', a full sentence with its full stop, as 55h kept Ecoval's). Cut after '... throughout the "
 "relevant period, the order finds.', before the paragraph that breaks off inside a quotation ('According to CFTC "
 "Division of Enforcement Director David Meister: " + LQ + "To protect market participants and promote market "
 "integrity, individuals who attempt'; `truncated`; so Meister is not in the text). Kept as written: 'of North Castle, "
 "N.Y.', 'portfolio manager' (lower case, no article), 'Moore Capital Management, LLC (Moore Capital)', 'Moore Capital "
 "Management, LP', 'pay $1 million civil monetary penalty' (no article), 'employees, principals, and officers', the "
 "full stop inside the closing quotation mark of 'banging the close.', the curly quotation marks. One text per matter: "
 "the order against the Moore Capital entities for the same trading (5815-10, 29 April 2010, cftc.gov, rank 6 of query "
 "15) is the same matter, never taken (49g and 49h left it aside: no tie in its body), so this text is the matter's "
 "only one. " + CHECK + "'6079-11', 'Christopher Pia', 'Christopher Louis Pia', 'Pia Capital', 'North Castle': 0 in "
 "the corpus files, the scripts and the pools; 'Christopher L. Pia' and '6079-11' only on an earlier round's not-used "
 "line and its lead in GATHERING.md; 'Moore Capital' and '5815-10' only in batch49h.py's notes and GATHERING.md (not "
 "taken); 'New York Mercantile Exchange' in corpus files on other matters.",
 True))

# ---- Macquarie Futures USA LLC, secured-funds deficiency at ICE Clear Europe's conversion, CFTC 6679-13 ---------------
U2 = "http://www.cftc.gov/PressRoom/PressReleases/6679-13"
T2 = ("CFTC Orders Macquarie Futures USA LLC to Pay a $150,000 Penalty for Failing to Maintain Adequate Funds in Secured "
      "Accounts in Connection with Conversion by Exchange of Certain Off-Exchange Instruments to On-Exchange Products")
R.append(federal(
 "us-cftc-macquarie-futures-usa-new-york-fcm-secured-funds-deficiency-ice-clear-europe-conversion-2013",
 U2, "2013-09-03", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today issued an Order filing and simultaneously settling charges "
 "against Macquarie Futures USA LLC (Macquarie), a New York-based registered Futures Commission Merchant (FCM), for "
 "failing to maintain adequate funds in secured accounts, in violation of CFTC Regulation 30.7. The CFTC Order requires "
 "Macquarie to pay a $150,000 civil monetary penalty and to cease and desist from violating CFTC Regulation 30.7.\n\n"
 "The Order finds that on October 15, 2012, ICE Clear Europe converted its existing OTC swaps and options to U.S. "
 "exchange-listed futures and options to be listed for trading on ICE Futures U.S. Energy Division and ICE Futures "
 "Europe (ICE conversion). Assets held by ICE Clear Europe corresponding to assets under secured funds were to be "
 "re-designated as segregated funds. Notice was given to all concerned firms, including Macquarie, with instructions "
 "and support provided by ICE Clear Europe, according to the Order.\n\n"
 "In anticipation of this conversion, on October 15, 2012, Macquarie transferred certain secured assets to its "
 "segregated accounts, and kept certain positive balances in its secured accounts. However, later on October 15, "
 "consistent with the notice given to Macquarie, ICE Clear Europe re-designated approximately $45 million of "
 "Macquarie" + Q + "s secured funds to segregated funds, making the funds segregated assets rather than secured "
 "assets, the Order finds.",
 "futures brokerage/commodity futures regulation", "regulatory,enforcement,settlement,customer funds",
 "U.S. Commodity Futures Trading Commission, release 6679-13 '" + T2 + "', Washington, D.C., September 3, 2013, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 6679-13' and the date line 'September 3, 2013' (kept as "
 "`published`; on the page both come before the heading), the dateline 'Washington, DC -' (a hyphen on the page); the "
 "heading kept as `title` (title case, as written). Cut inside the third paragraph after '... rather than secured "
 "assets, the Order finds.', before the sentence that breaks off without its end ('Because all of the secured assets "
 "... a secured deficiency occurred'; `truncated`). Kept as written: 'a New York-based registered Futures Commission "
 "Merchant (FCM)', 'CFTC Regulation 30.7', 'OTC', 'U.S. exchange-listed', 'ICE Futures U.S. Energy Division', '(ICE "
 "conversion)', 're-designated', 'later on October 15' (no year), the curly apostrophe. The lead of 55h (rank 2 of its "
 "query 17, asked again word for word here: rank 2 again). " + CHECK + "'6679-13', 'Macquarie Futures', 'ICE Futures "
 "U.S. Energy': 0 in the corpus files, the scripts and the pools; 'Macquarie Futures', '6679-13' and 'ICE Futures "
 "Europe' only in 55h's not-used line and lead (GATHERING.md, /work/notes/gather56/55h.md); 'ICE Clear Europe' only in "
 "batch49d.py's notes and GATHERING.md (another matter, no text taken on Macquarie); 'Macquarie' alone in corpus files "
 "on other Macquarie companies (Australian and UK matters).",
 True))

# ---- Yumin Li and Kering Capital Ltd., the court's order for money passes, CFTC 7498-16 -------------------------------
U3 = "https://cftc.gov/node/108796"
T3 = ("Federal Court in Illinois Orders Yumin Li and BVI-Based Company Kering Capital Ltd to Pay More than $1.2 Million "
      "in a Penalty and Restitution for Prearranged Trading Fraud")
R.append(federal(
 "us-cftc-yumin-li-kering-capital-bvi-money-passes-cme-group-court-order-restitution-penalty-ellis-2016",
 U3, "2016-12-14", T3,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced that on December 9, 2016, the Honorable Sara L. "
 "Ellis of the U.S. District Court for the Northern District of Illinois issued an Opinion and Order (Order) finding "
 "that Defendant Yumin Li stole in excess of $300,000 from Li" + Q + "s former employer by trading the employer" + Q +
 "s account noncompetitively against an account belonging to co-Defendant Kering Capital Ltd. (Kering), a British "
 "Virgin Islands (BVI) company formed by Li" + Q + "s mother.\n\n"
 "The Court" + Q + "s Order requires Defendants to make restitution of over $300,000 to Li" + Q + "s former employer "
 "and imposes a civil monetary penalty of over $900,000, representing three times the Defendants" + Q + " unlawful "
 "gains. The Court also enjoins Li from trading in the commodity futures markets for five years and prohibits Kering "
 "from allowing Li access to its trading accounts and from relying upon Li for trading advice and direction for the "
 "same period. The Court also permanently enjoins Li and Kering from further violations of the Commodity Exchange "
 "Act.\n\n"
 "The Court" + Q + "s Order stems from a CFTC Complaint filed on July 1, 2015, that charged Li and Kering with fraud, "
 "fictitious sales, and non-competitive transactions in connection with a series of transactions engineered by Li on "
 "the CME Group Inc." + Q + "s electronic trading platform that resulted in " + LQ + "money passes," + RQ + " whereby "
 "Li moved money from her former employer" + Q + "s trading account to Kering" + Q + "s trading account (see CFTC "
 "Complaint and Release No. 7193-15, July 6, 2015).",
 "futures trading/commodity futures regulation", "regulatory,enforcement,court order,fraud",
 "U.S. Commodity Futures Trading Commission, release 7498-16 '" + T3 + "', Washington, D.C., December 14, 2016, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'node/108796' address, "
 "cftc.gov's own node form of the release page): first-party text. Left out: 'Release Number 7498-16' and the date "
 "line 'December 14, 2016' (kept as `published`; on the page both come before the heading), the dateline 'Washington, "
 "DC -' (a hyphen on the page); the heading kept as `title` (title case, as written: 'Kering Capital Ltd' without the "
 "stop the text writes). The page's lines are single-spaced in the store; each line is kept as a paragraph. Cut after "
 "'... (see CFTC Complaint and Release No. 7193-15, July 6, 2015).', before the paragraph that breaks off ('In the "
 "Order, the Court finds ... designed to give the appearance'; `truncated`). Kept as written: 'the Honorable Sara L. "
 "Ellis', 'Defendant Yumin Li', 'co-Defendant Kering Capital Ltd. (Kering)', 'a British Virgin Islands (BVI) company', "
 "'the CME Group Inc." + Q + "s electronic trading platform' (article and possessive both), 'noncompetitively' beside "
 "'non-competitive', the comma inside the closing quotation mark of 'money passes,', the curly marks. One text per "
 "matter: the 2015 filing release 7193-15 (rank 1 of query 4 is mondovisione's copy, third-party) is the same matter, "
 "not taken. " + CHECK + "'7498-16', '7193-15', 'node/108796', 'Yumin Li', 'Kering Capital', 'Sara L. Ellis', "
 "'Tanius': 0 in the corpus files, the scripts and the pools; 'Yumin Li' and 'Kering Capital' only in 55h's lead "
 "(GATHERING.md, /work/notes/gather56/55h.md); 'Kering' alone in corpus files on the French luxury group (another "
 "company); 'British Virgin Islands' in corpus files on other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
