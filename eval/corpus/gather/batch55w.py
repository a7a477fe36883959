#!/usr/bin/env python3
"""Batch 55w (session 54, gatherer 55w): three CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl, 54zs, 55a, 55h and 55r) --
the settled supervision order against 'INTL FCStone Markets, LLC (FCStone), a provisionally registered Swap Dealer', for
failing to supervise 'traders in its Kansas City Energy Group (KCEG)', with 'FCStone is a subsidiary of INTL FCStone
Inc., a financial services company based in New York, New York' (7216-15, 19 August 2015); the settled supervision order
against 'R.J. O'Brien & Associates LLC (RJO) of Chicago, Illinois', a Futures Commission Merchant, over post-execution
allocations and a prior Commission Order, with 'James McDonald, Director of the CFTC's Division of Enforcement' quoted
(7764-18, 30 July 2018); the settled order against 'New York-based, provisionally registered swap dealer Mizuho Capital
Markets LLC' for violations of the Swap Dealer Business Conduct Standards over 'deal-contingent FX forwards', with
'Director of Enforcement Ian McGinley' quoted (8695-23, 25 April 2023) -- US federal government works (17 U.S.C. 105).
Found by asking the lane's 'Release Number CFTC Orders <firm> ...' shape with party names that were 0 in the corpus (an
INTL FCStone query brought back 7216-15 unasked; the Mizuho Capital Markets release came back to a swap-dealer query)
after headings from cftc.gov's enforcement-action index pages (37, 44, 61, 83, 114, 128, 168, 197, 223) all proved to be
in the corpus or on earlier not-used lists (queries and ranks in /tmp/gather56w/src/queries.txt; see
/work/notes/gather56/55w.md). Every name, release number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather56 and the session-54 pools:
  - CFTC release 7216-15 (19 August 2015), 'CFTC Orders Swap Dealer INTL FCStone Markets, LLC to Pay a $200,000 Civil
    Monetary Penalty for Failure to Supervise Swaps Trading in Violation of CFTC Regulation 23.602' (cftc.gov's
    'PressRoom/PressReleases/pr7216-15.html');
  - CFTC release 7764-18 (30 July 2018), 'CFTC Orders R.J. O'Brien & Associates LLC to Pay a $600,000 Civil Monetary
    Penalty for Supervisory Failures and Violation of a Prior Commission Order' (cftc.gov's 'node/205221');
  - CFTC release 8695-23 (25 April 2023), 'Swap Dealer Pays Over $6.8 Million for Violations of Swap Dealer Business
    Conduct Standards' (cftc.gov's 'PressRoom/PressReleases/8695-23').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather56w/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, DC \u2013' in 7216-15 and 7764-18,
'Washington, D.C. \u2014' in 8695-23), 8695-23's sub-heading 'Case Background'; the heading kept as `title` as written.
No word added or changed; the page's lines kept as paragraphs, joined by a blank line. All three are cut at the last
full sentence before the excerpt breaks off (`truncated`). Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch55w.py [POOL_DIR] [--dry]   (default /tmp/gather56w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather56 and the session-54 pools /tmp/gather56*/ (none held a file on this matter when "
         "checked), and claimed in /work/notes/gather56/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56w/pool"
Q = "\u2019"
LQ, RQ = "\u201c", "\u201d"
R = []

# ---- INTL FCStone Markets, LLC, subsidiary of INTL FCStone Inc., CFTC 7216-15 -----------------------------------------
U1 = "http://www.cftc.gov/PressRoom/PressReleases/pr7216-15.html"
T1 = ("CFTC Orders Swap Dealer INTL FCStone Markets, LLC to Pay a $200,000 Civil Monetary Penalty for Failure to "
      "Supervise Swaps Trading in Violation of CFTC Regulation 23.602")
R.append(federal(
 "us-cftc-intl-fcstone-markets-swap-dealer-subsidiary-intl-fcstone-kansas-city-energy-group-supervision-2015",
 U1, "2015-08-19", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today filed and simultaneously settled charges against INTL "
 "FCStone Markets, LLC (FCStone), a provisionally registered Swap Dealer, for failure to diligently supervise traders "
 "in its Kansas City Energy Group (KCEG), imposing a civil monetary penalty of $200,000. FCStone is a subsidiary of "
 "INTL FCStone Inc., a financial services company based in New York, New York.\n\n"
 "The CFTC Order finds that FCStone provided inadequate oversight of traders in its Kansas City Energy Group, lacked "
 "adequate policies and procedures to ensure that discretionary trading of customer accounts was appropriate and "
 "properly controlled, and failed to implement policies and procedures already in place. Such conduct violated CFTC "
 "Regulation 23.602, which requires swap dealers and major swap participants to diligently supervise their employees "
 "and establish and maintain systems to do so. This is the first CFTC enforcement action charging violations of "
 "Regulation 23.602, which imposes supervision standards specifically applicable to swap dealers.\n\n"
 "According to the CFTC" + Q + "s Order, from at least January 2013 through July 21, 2013 (the relevant period), "
 "traders in FCStone" + Q + "s KCEG often obtained verbal authorization to enter into discretionary trades, although "
 "FCStone" + Q + "s written compliance procedures required written authorization if a trader exercised discretion "
 "over customer trades. Moreover, the Order finds that FCStone did not have sufficient procedures or controls in place "
 "to monitor discretionary trading during the relevant period.",
 "swap dealing/commodity futures regulation", "regulatory,enforcement,settlement,supervision",
 "U.S. Commodity Futures Trading Commission, release 7216-15 '" + T1 + "', Washington, D.C., August 19, 2015, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 7216-15' and the date line 'August 19, 2015' (kept as "
 "`published`; on the page both come before the heading), the dateline 'Washington, DC \u2013' (an en dash); the "
 "heading kept as `title` (title case, as written). Cut inside the third paragraph after '... to monitor "
 "discretionary trading during the relevant period.', before the sentence that breaks off without its end ('Although "
 "FCStone" + Q + "s policies and procedures provided for an individual with supervisory duties to work on the KCEG" + Q
 + "s Swaps Sales desk, trading activities were not closely or regularly mo'; `truncated`). Kept as written: 'INTL "
 "FCStone Markets, LLC (FCStone)', 'a provisionally registered Swap Dealer' (capitals as written), 'Kansas City Energy "
 "Group (KCEG)', 'a financial services company based in New York, New York', 'CFTC Regulation 23.602' beside "
 "'Regulation 23.602', '(the relevant period)', the curly apostrophes. Came back unasked at rank 4 of a query for "
 "another FCStone matter (query 14). " + CHECK + "'7216-15', 'INTL FCStone', 'FCStone Markets', 'Kansas City Energy "
 "Group': 0 in the corpus files, the scripts, GATHERING.md and the pools; 'FCStone, LLC' only on earlier rounds' "
 "not-used lists in GATHERING.md (6205-12, a different matter and company name).",
 True))

# ---- Mizuho Capital Markets LLC, swap dealer business conduct standards, CFTC 8695-23 ---------------------------------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/8695-23"
T2 = "Swap Dealer Pays Over $6.8 Million for Violations of Swap Dealer Business Conduct Standards"
R.append(federal(
 "us-cftc-mizuho-capital-markets-new-york-swap-dealer-deal-contingent-fx-forwards-business-conduct-standards-2023",
 U2, "2023-04-25", T2,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "New York-based, provisionally registered swap dealer Mizuho Capital Markets LLC for trade practice violations of "
 "the Swap Dealer Business Conduct Standards in the Commodity Exchange Act (CEA) and CFTC regulations. The violations "
 "arise from Mizuho" + Q + "s failure to make adequate disclosures to customers in connection with certain foreign "
 "exchange forward transactions.\n\n"
 "The order requires Mizuho to cease and desist from further violations of these standards, pay $1,847,182.90 in "
 "restitution, and pay a $5 million civil monetary penalty.\n\n"
 + LQ + "The CFTC" + Q + "s settlement with Mizuho is the latest in a series of enforcement actions against swap "
 "dealers for violations of the Business Conduct Standards," + RQ + " said Director of Enforcement Ian McGinley. " + LQ
 + "Congress mandated these standards to ensure that honesty and transparency prevail in swaps markets, including "
 "over-the-counter swaps markets. Our significant penalties here reflect the consequences swap dealers face from "
 "failing to meet these standards." + RQ + "\n\n"
 "When executing certain foreign exchange forward transactions known as " + LQ + "deal-contingent FX forwards," + RQ +
 " Mizuho failed to adequately disclose to certain customers that it was trading in the minutes or seconds before "
 "Mizuho provided the spot exchange rate to, and executed the forward transaction with, the customer. This activity "
 "occurred from June 2018 to December 2020. This trading by Mizuho, at times, likely contributed to moving the spot "
 "exchange rate, in the relevant currency pair, against the customer. As a result of these actions, the customer may "
 "have obtained the currency it sought to acquire via the foreign exchange forward at a rate less favorable than may "
 "otherwise have been available.",
 "swap dealing/commodity futures regulation", "regulatory,enforcement,settlement,business conduct,foreign exchange",
 "U.S. Commodity Futures Trading Commission, release 8695-23 '" + T2 + "', Washington, D.C., April 25, 2023, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8695-23' (before the heading) and the date line 'April 25, "
 "2023' (after the heading on this page; kept as `published`), the dateline 'Washington, D.C. \u2014', the sub-heading "
 "'Case Background' between the third and fourth paragraphs; the heading kept as `title` (title case, as written; it "
 "names no party). The page's trailing spaces after two paragraphs dropped (whitespace only). Cut after '... at a rate "
 "less favorable than may otherwise have been available.', before the next sentence, of which the excerpt keeps only "
 "'Mi' (`truncated`). Kept as written: 'New York-based, provisionally registered swap dealer Mizuho Capital Markets "
 "LLC' (no article, no bracketed short form: 'Mizuho' alone afterwards), 'the Commodity Futures Trading Commission' "
 "(no 'U.S.'), 'Director of Enforcement Ian McGinley', 'Congress', '$1,847,182.90', 'deal-contingent FX forwards,' "
 "with the comma inside the curly marks, the curly quotation marks and apostrophes. " + CHECK + "'8695-23', 'Mizuho "
 "Capital Markets', 'deal-contingent': 0 in the corpus files, the scripts, GATHERING.md and the pools; 'Mizuho' alone "
 "in corpus files and GATHERING.md on other Mizuho companies (Mizuho Bank, Ltd.'s 2018 spoofing order 7800-18 only as "
 "a not-used lead; Mizuho Capital Markets' 2021 swap-reporting order only in a law360 excerpt, another matter).",
 True))

# ---- R.J. O'Brien & Associates LLC, supervision and a prior Commission Order, CFTC 7764-18 ----------------------------
U3 = "https://cftc.gov/node/205221"
T3 = ("CFTC Orders R.J. O" + Q + "Brien & Associates LLC to Pay a $600,000 Civil Monetary Penalty for Supervisory "
      "Failures and Violation of a Prior Commission Order")
R.append(federal(
 "us-cftc-rj-obrien-associates-chicago-fcm-post-execution-allocation-supervision-prior-commission-order-2018",
 U3, "2018-07-30", T3,
 "The Commodity Futures Trading Commission (CFTC or Commission) today issued an Order filing and simultaneously "
 "settling charges against R.J. O" + Q + "Brien & Associates LLC (RJO) of Chicago, Illinois, for failure to diligently "
 "supervise its employees" + Q + " handling of customer accounts and for violating the terms of a prior Commission "
 "Order. At all relevant times, RJO was registered with the Commission as a Futures Commission Merchant.\n\n"
 "The CFTC Order requires RJO to pay a $600,000 civil monetary penalty and to cease and desist from further violations "
 "of the Commodity Exchange Act, as charged.\n\n"
 "Specifically, the Order finds that between at least January 2013 and January 2014 (Relevant Period), RJO failed to "
 "diligently supervise its employees to ensure that they properly processed bunched orders allocated post-execution, "
 "and that they appropriately monitored post-execution trade allocations for unusual activity. These failures delayed "
 "the detection of a post-execution trade allocation scheme carried out by an RJO client (Client).\n\n"
 "James McDonald, Director of the CFTC" + Q + "s Division of Enforcement stated: " + LQ + "Registrants stand as a "
 "first line of defense to prevent unlawful activity in our markets. The Commission expects these registrants to "
 "fulfill their duties to monitor transactions like those at issue here for suspicious activity. This ensures that "
 "wrongdoers will be identified and swiftly held accountable." + RQ,
 "futures brokerage/commodity futures regulation", "regulatory,enforcement,settlement,supervision",
 "U.S. Commodity Futures Trading Commission, release 7764-18 '" + T3 + "', Washington, D.C., July 30, 2018, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'node/205221' address, "
 "cftc.gov's own node form of the release page, 55r's 'node/108796' way): first-party text. Left out: 'Release Number "
 "7764-18' and the date line 'July 30, 2018' (kept as `published`; on the page both come before the heading), the "
 "dateline 'Washington, DC \u2013' (an en dash); the heading kept as `title` (title case, as written). The page's "
 "single-spaced lines kept as paragraphs. Cut after the Director's quotation ('... swiftly held accountable." + RQ +
 "'), before the paragraph that breaks off ('During the Relevant Period, the Order finds, the Client ... and "
 "unprofitable or less profitable trade'; `truncated`). Kept as written: '(CFTC or Commission)', 'R.J. O" + Q +
 "Brien & Associates LLC (RJO) of Chicago, Illinois', 'a Futures Commission Merchant', '(Relevant Period)', 'an RJO "
 "client (Client)', 'James McDonald, Director of the CFTC" + Q + "s Division of Enforcement stated:' (no comma after "
 "'Enforcement'), the curly apostrophes and quotation marks. One text per matter: RJO's other CFTC orders (the $300,000 "
 "allocation order of January 2013, which may be the 'prior Commission Order', and the commingling order 6715-13 of "
 "27 September 2013, cftc.gov, rank 8 of query 17) are other matters, not taken. " + CHECK + "'7764-18', "
 "'node/205221', 'O" + Q + "Brien & Associates', 'O'Brien & Associates', 'R.J. O': 0 in the corpus files, the "
 "scripts, GATHERING.md and the pools; 'James McDonald' in corpus files on other CFTC matters (the same Director).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
