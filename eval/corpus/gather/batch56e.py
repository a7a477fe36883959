#!/usr/bin/env python3
"""Batch 56e (session 54, gatherer 56e): four CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl, 54zs, 55a, 55h, 55r, 55w
and 55z), turned as 55z's leads asked to interdealer brokers, swap execution facilities and an exchange -- the settled
order against 'ICAP Capital Markets LLC (ICAP), now known as Intercapital Capital Markets LLC (ICAP)', for aiding and
abetting its bank clients' attempts to manipulate the USD ISDAFIX benchmark, with 'James McDonald, CFTC Director of
Enforcement' quoted (7793-18, 18 September 2018); the two settled orders against 'two interdealer brokers: BGC
Financial, LP and GFI Securities, LLC' for 'flying' prices and 'printing' fake trades on their EFX options desks, with
'CFTC Director of Enforcement James McDonald' quoted (8035-19, 2 October 2019); the settled order against 'tpSEF, Inc.,
a registered swap execution facility (SEF)', for breaking the 15-second delay rule for crossed orders, with 'Division
of Enforcement Acting Director Gretchen Lowe' quoted (8601-22, 29 September 2022); the settled order against 'CX
Futures Exchange, L.P. (CX), a designated contract market headquartered in New York, N.Y.', for system safeguard,
reporting and false statement violations, with 'Acting Director of Enforcement Gretchen Lowe' quoted (8603-22, 29
September 2022) -- US federal government works (17 U.S.C. 105). Found by asking the lane's 'CFTC Orders <firm> ...'
shape with the firm names 55z's section left as leads (Tradition SEF, ICAP Capital Markets, Javelin SEF, Bloomberg SEF,
TrueEX) and other exchange, SEF and broker names that were 0 in the corpus; a query for one firm often brought another
firm's release (queries and ranks in /tmp/gather57e/src/queries.txt; see /work/notes/gather57/56e.md). Every name,
release number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather57 and the session-54 pools:
  - CFTC release 7793-18 (18 September 2018), 'CFTC Orders ICAP Capital Markets LLC to Pay $50 Million Penalty for
    Aiding and Abetting Attempted Manipulation of U.S. Dollar ISDAFIX Benchmark Swap Rates' (cftc.gov's
    'PressRoom/PressReleases/7793-18');
  - CFTC release 8035-19 (2 October 2019), 'CFTC Orders Interdealer Brokers to Pay $25 Million for Fraud in FX Options
    Markets' (cftc.gov's 'PressRoom/PressReleases/8035-19', stored with a '?utm_source=govdelivery' tail);
  - CFTC release 8601-22 (29 September 2022), 'CFTC Orders tpSEF to Pay $850,000 for Violation of 15-Second Delay Rule
    for Execution of Cross Transactions on a SEF' (cftc.gov's 'PressRoom/PressReleases/8601-22');
  - CFTC release 8603-22 (29 September 2022), 'CFTC Orders Designated Contract Market to Pay $6.5 Million for System
    Safeguard, Reporting, and False Statement Violations' (cftc.gov's 'PressRoom/PressReleases/8603-22').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather57e/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, DC \u2013' in 7793-18 and 8035-19,
'Washington, D.C. \u2014' in 8601-22 and 8603-22), the sub-headings ("CFTC\u2019s Director of Enforcement Comments" in
7793-18, 'Case Background' in 8601-22 and 8603-22); the heading kept as `title` as written. No word added or changed;
the page's lines kept as paragraphs, joined by a blank line (8035-19's whitespace-only lines and the trailing spaces
of 8035-19 and 8603-22 dropped, whitespace only). All four are cut at the last full sentence or paragraph before the
excerpt breaks off (`truncated`). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch56e.py [POOL_DIR] [--dry]   (default /tmp/gather57e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather57 and the session-54 pools /tmp/gather57*/ (none held a file on this matter when "
         "checked), and claimed in /work/notes/gather57/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57e/pool"
Q = "\u2019"
LQ, RQ = "\u201c", "\u201d"
MD = "\u2014"
R = []

# ---- ICAP Capital Markets LLC, now Intercapital Capital Markets LLC, USD ISDAFIX, CFTC 7793-18 -------------------------
U1 = "https://cftc.gov/PressRoom/PressReleases/7793-18"
T1 = ("CFTC Orders ICAP Capital Markets LLC to Pay $50 Million Penalty for Aiding and Abetting Attempted Manipulation of "
      "U.S. Dollar ISDAFIX Benchmark Swap Rates")
R.append(federal(
 "us-cftc-icap-capital-markets-intercapital-usd-isdafix-aiding-abetting-attempted-manipulation-2018",
 U1, "2018-09-18", T1,
 "The Commodity Futures Trading Commission (CFTC or Commission) today issued an Order filing and settling charges "
 "against ICAP Capital Markets LLC (ICAP), now known as Intercapital Capital Markets LLC (ICAP), for, by and through "
 "certain of its brokers, aiding and abetting numerous attempts by several of its bank clients to manipulate the "
 "ISDAFIX benchmark, a leading global benchmark referenced in a range of interest rate products, and requiring ICAP "
 "to pay a $50 million civil monetary penalty.\n\n"
 "The CFTC Order finds that over more than five years, beginning in at least January 2007 and continuing through "
 "December 2012 (the Relevant Period), ICAP" + Q + "s swaps brokers were regularly enlisted by traders at bank clients "
 "to assist in attempting to manipulate the U.S. Dollar International Swaps and Derivatives Association Fix (USD "
 "ISDAFIX) for the benefit of their bank clients" + Q + " derivatives positions, including positions involving "
 "cash-settled options on interest rate swaps.\n\n"
 "James McDonald, CFTC Director of Enforcement, commented: " + LQ + "When intermediaries in our markets help others "
 "commit wrongdoing, they will be held accountable. This matter is one in a series of CFTC actions that continues to "
 "demonstrate the Commission" + Q + "s unrelenting commitment to protect those who rely on the integrity of critical "
 "financial benchmarks. There is no room for manipulation of our markets, and we will continue to pursue both those "
 "who seek to manipulate and anyone who chooses to assist them." + RQ,
 "interdealer brokerage/benchmark interest rates", "regulatory,enforcement,settlement,manipulation,ISDAFIX",
 "U.S. Commodity Futures Trading Commission, release 7793-18 '" + T1 + "', Washington, D.C., September 18, 2018, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 7793-18' and the date line 'September 18, 2018' (kept as "
 "`published`; on the page both come before the heading), the dateline 'Washington, DC \u2013 ' (an en dash), the "
 "sub-heading 'CFTC" + Q + "s Director of Enforcement Comments' between the second paragraph and the Director's "
 "words; the heading kept as `title` (title case, as written). Cut after the Director's quotation ('... anyone who "
 "chooses to assist them." + RQ + "'), before the paragraph that breaks off ('The Order explains that during the "
 "Relevant Period, ICAP initiated the setting of USD ISDAFIX each day by capturing and recording swap rates and "
 "spreads ... on ICAP" + Q + "s trading platform for swap '; `truncated`). Kept as written: 'The Commodity Futures "
 "Trading Commission (CFTC or Commission)' (no 'U.S.'), 'ICAP Capital Markets LLC (ICAP), now known as Intercapital "
 "Capital Markets LLC (ICAP)' (the bracketed '(ICAP)' twice), 'the U.S. Dollar International Swaps and Derivatives "
 "Association Fix (USD ISDAFIX)', '(the Relevant Period)', 'James McDonald, CFTC Director of Enforcement, commented:', "
 "the curly quotation marks and apostrophes. Came back at rank 1 of query 2. " + CHECK + "'7793-18', 'ICAP Capital', "
 "'Intercapital', 'USD ISDAFIX': 0 in the corpus files, the scripts and the pools ('ICAP Capital Markets' only as a "
 "lead in GATHERING.md's 55z section, 'ISDAFIX' only there too); 'ICAP Europe Limited' / 'ICAP plc' in the corpus on "
 "55z's Yen LIBOR matter (another company of the group, another matter); 'James McDonald' in corpus files on other "
 "CFTC matters (the same Director).",
 True))

# ---- BGC Financial, LP and GFI Securities, LLC, EFX options, CFTC 8035-19 ----------------------------------------------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/8035-19?utm_source=govdelivery"
T2 = "CFTC Orders Interdealer Brokers to Pay $25 Million for Fraud in FX Options Markets"
R.append(federal(
 "us-cftc-bgc-financial-gfi-securities-interdealer-brokers-efx-options-flying-printing-fraud-2019",
 U2, "2019-10-02", T2,
 "The U.S. Commodity Futures Trading Commission announced today that it issued orders filing and settling charges "
 "against two interdealer brokers: BGC Financial, LP and GFI Securities, LLC.  The orders find that brokers employed "
 "by BGC and GFI on their respective emerging markets foreign exchange options (EFX options) desks made false "
 "representations that certain bids and offers were executable and that certain trades had occurred.  The orders "
 "were entered on Monday, September 30, 2019.\n\n"
 "The respective orders require BGC to pay a civil monetary penalty of $15 million and GFI to pay a civil monetary "
 "penalty of $10 million. They also require each of the companies to strengthen their internal controls and "
 "procedures, to provide for the appointment of a monitor, and to cease and desist from violating the Commodity "
 "Exchange Act and CFTC regulations, as charged.\n\n"
 + LQ + "Brokers and other intermediaries play a critical role in our markets. The CFTC is committed to protecting the "
 "integrity of our markets by ensuring they are held accountable for fraudulent misconduct," + RQ + " said CFTC "
 "Director of Enforcement James McDonald.\n\n"
 "The respective orders find that BGC and GFI brokers posted bids and offers on their company" + Q + "s electronic "
 "platform for EFX options when, in fact, no trading institution had bid or offered the option at that level" + MD +
 "a practice referred to by the brokers as " + LQ + "flying." + RQ + " The orders further find that BGC and GFI "
 "brokers communicated fake trades to their respective clients" + MD + "a practice they referred to as " + LQ +
 "printing" + RQ + " a trade.  In addition, when a flown bid or offer was hit or lifted on the platform, the screen "
 "would flash, indicating that a trade had occurred when, in fact, it had not" + MD + "thereby potentially deceiving "
 "all clients using the screen into believing an actual trade had occurred.",
 "interdealer brokerage/foreign exchange options", "regulatory,enforcement,settlement,fraud,FX options",
 "U.S. Commodity Futures Trading Commission, release 8035-19 '" + T2 + "', Washington, D.C., October 2, 2019, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, stored with the tail '?utm_source=govdelivery' of the CFTC's own e-mail link, kept as the store has it): "
 "first-party text. Left out: 'Release Number 8035-19' and the date line 'October 2, 2019' (kept as `published`; on "
 "the page both come before the heading, the date line with two trailing spaces), the dateline 'Washington, DC "
 "\u2013 ' (an en dash); the heading kept as `title` (title case, as written; it names no party). The page's "
 "whitespace-only lines (a single space) between paragraphs and the trailing spaces after the second and fourth "
 "paragraphs dropped (whitespace only); the double spaces after 'LLC.', 'occurred.' and 'a trade.' kept as written. Cut "
 "after the fourth paragraph ('... believing an actual trade had occurred.'), before the paragraph that breaks off "
 "('By fly'; `truncated`). Kept as written: 'two interdealer brokers: BGC Financial, LP and GFI Securities, LLC' "
 "('BGC' and 'GFI' alone afterwards), 'their respective emerging markets foreign exchange options (EFX options) "
 "desks', 'Monday, September 30, 2019', 'said CFTC Director of Enforcement James McDonald', the em dashes with no "
 "spaces, the curly quotation marks round 'flying.' (the full stop inside) and 'printing'. Came back at rank 1 of "
 "query 10. " + CHECK + "'8035-19', 'BGC Financial', 'GFI Securities', 'EFX options': 0 in the corpus files, the "
 "scripts, GATHERING.md and the pools; 'BGC Derivative Markets, L.P.' and 'GFI Swaps Exchange, LLC' in the corpus on "
 "55z's swap execution facility matter (8990-24, 2024: other companies of the same groups, other conduct, another "
 "matter); 51a's TFS-ICAP FX options text (a like practice at other brokers, another matter); 'James McDonald' in "
 "corpus files on other CFTC matters (the same Director).",
 True))

# ---- tpSEF, Inc., 15-second delay rule, CFTC 8601-22 -------------------------------------------------------------------
U3 = "https://cftc.gov/PressRoom/PressReleases/8601-22"
T3 = "CFTC Orders tpSEF to Pay $850,000 for Violation of 15-Second Delay Rule for Execution of Cross Transactions on a SEF"
R.append(federal(
 "us-cftc-tpsef-swap-execution-facility-15-second-delay-rule-cross-transactions-2022",
 U3, "2022-09-29", T3,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "tpSEF, Inc., a registered swap execution facility (SEF), for failing to comply with the CFTC 15-second delay "
 "requirement for certain required transactions on a SEF order book.\n\n"
 "Specifically, the CFTC regulation requires that for orders that are pre-arranged or pre-negotiated and will result "
 "in two customers" + Q + " orders being crossed or a broker or dealer taking the opposite side of a customer" + Q +
 "s order, the SEF must subject the broker or dealer to at least a 15-second delay between the entry of the orders. "
 "tpSef failed to comply with this requirement and failed to enforce its own rule related to the 15-second delay "
 "requirement.\n\n"
 "The order requires tpSEF to cease and desist from violating the CFTC time delay regulation, pay a $850,000 civil "
 "monetary penalty, and to comply with undertakings requiring tpSEF to review all transactions on the SEF from August "
 "2020 to the present for compliance with the SEF" + Q + "s own rule related to the 15-second delay requirement, and "
 "review its policies and procedures designed to deter and detect future violations of that rule. The order further "
 "requires tpSEF to report its findings to the CFTC within 180 days of the date of the order.\n\n"
 + LQ + "The CFTC" + Q + "s time delay requirement is important to ensure a competitive regime on swap execution "
 "facilities, and the CFTC will act to ensure that registered entities comply with CFTC regulations and their own "
 "rules," + RQ + " said Division of Enforcement Acting Director Gretchen Lowe.\n\n"
 "The order finds that tpSEF provides execution services across a full range of asset classes, including interest "
 "rate swaps and credit default swaps.",
 "swap execution facilities/commodity futures regulation", "regulatory,enforcement,settlement,trade execution",
 "U.S. Commodity Futures Trading Commission, release 8601-22 '" + T3 + "', Washington, D.C., September 29, 2022, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8601-22' (before the heading) and the date line 'September "
 "29, 2022' (after the heading on this page; kept as `published`), the dateline 'Washington, D.C. \u2014 ' (an em "
 "dash), the sub-heading 'Case Background'; the heading kept as `title` (as written). Cut inside the paragraph after "
 "the sub-heading, after its first sentence ('... including interest rate swaps and credit default swaps.'), before "
 "the sentence that breaks off ('The majority of swaps executed on tpSEF involve transactions in which a broker or'; "
 "`truncated`). Kept as written: 'tpSEF, Inc., a registered swap execution facility (SEF)', 'tpSEF' alone afterwards "
 "and once 'tpSef' (the page's own spelling), 'the SEF' (the facility, a generic noun), 'said Division of Enforcement "
 "Acting Director Gretchen Lowe', the curly quotation marks and apostrophes. Came back at rank 2 of query 3 (asked for "
 "other SEFs). " + CHECK + "'8601-22', 'tpSEF': 0 in the corpus files, the scripts, GATHERING.md and the pools; "
 "'Tullett Prebon Americas Inc.' in the corpus on 55z's interdealer broker matter (8012-19; this text names no "
 "Tullett company, and its matter is another); 'Gretchen Lowe' in corpus files on other CFTC matters (the same "
 "Acting Director).",
 True))

# ---- CX Futures Exchange, L.P., designated contract market, CFTC 8603-22 -----------------------------------------------
U4 = "https://www.cftc.gov/PressRoom/PressReleases/8603-22"
T4 = ("CFTC Orders Designated Contract Market to Pay $6.5 Million for System Safeguard, Reporting, and False Statement "
      "Violations")
R.append(federal(
 "us-cftc-cx-futures-exchange-designated-contract-market-system-safeguards-false-statement-2022",
 U4, "2022-09-29", T4,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "CX Futures Exchange, L.P. (CX), a designated contract market headquartered in New York, N.Y., for violations of the "
 "Commodity Exchange Act (CEA) and CFTC regulations relating to system safeguards, swap reporting, option reporting, "
 "and a giving a false statement to the CFTC.\n\n"
 "The order requires CX to pay a $6.5 million civil monetary penalty, cease and desist from violating the applicable "
 "provisions of the CEA and CFTC regulations, and comply with certain conditions and undertakings, including that CX "
 "back-report all required swap reporting data.\n\n"
 + LQ + "The Commission" + Q + "s system safeguard regulations are critical for protecting the security of the "
 "financial markets," + RQ + " said Acting Director of Enforcement Gretchen Lowe. " + LQ + "The CFTC will continue to "
 "promote the safety and reliability of our markets by ensuring that all designated contract markets comply with "
 "these rules." + RQ + "\n\n"
 "The order finds from approximately September 2017 to August 2021, CX failed to comply with multiple aspects of "
 "system safeguard regulations applicable to designated contract markets. In particular, CX failed to conduct "
 "controls testing; failed to conduct sufficient internal and external penetration testing; failed to conduct "
 "adequate enterprise technology risk assessments (ETRA); failed to review ETRAs and testing results at the board "
 "level; and failed to notify the CFTC in a timely manner of a planned change to its automated systems that may "
 "impact the security of such systems.",
 "futures exchanges/commodity futures regulation", "regulatory,enforcement,settlement,system safeguards,swap reporting",
 "U.S. Commodity Futures Trading Commission, release 8603-22 '" + T4 + "', Washington, D.C., September 29, 2022, US "
 "federal government work (public domain); text from the search tool's page store at " + U4,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8603-22' (before the heading) and the date line 'September "
 "29, 2022' (after the heading on this page; kept as `published`), the dateline 'Washington, D.C. \u2014 ' (an em "
 "dash), the sub-heading 'Case Background'; the heading kept as `title` (title case, as written; it names no party). "
 "The trailing space after the fourth paragraph dropped (whitespace only). Cut after the fourth paragraph ('... the "
 "security of such systems.'), before the paragraph that breaks off ('In addition, the order finds from approximately "
 "November 2017 to at least June 2020, CX failed to report certain data for over 200,000 options transactions to the "
 "CFTC, consisting primarily of weather-related '; `truncated`). Kept as written: 'CX Futures Exchange, L.P. (CX), a "
 "designated contract market headquartered in New York, N.Y.', 'the Commodity Exchange Act (CEA)', 'and a giving a "
 "false statement' (the page's own slip), 'enterprise technology risk assessments (ETRA)', 'said Acting Director of "
 "Enforcement Gretchen Lowe', the curly quotation marks and apostrophe. Came back at rank 1 of query 8 (asked for "
 "another exchange) and rank 4 of query 9. " + CHECK + "'8603-22', 'CX Futures', 'Cantor Exchange': 0 in the corpus "
 "files, the scripts, GATHERING.md and the pools; 'Gretchen Lowe' in corpus files on other CFTC matters (the same "
 "Acting Director).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
