#!/usr/bin/env python3
"""Batch 55z (session 54, gatherer 55z): four CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl, 54zs, 55a, 55h, 55r and
55w) -- the settled order against 'Morgan Stanley Capital Group, Inc. (Morgan Stanley)' for concealing from 'the New
York Mercantile Exchange (NYMEX)' a large Trade at Settlement block crude oil trade, with 'UBS Securities Inc. (UBS)'
charged with aiding and abetting (5816-10, 29 April 2010); the settled order against 'ICAP Europe Limited (ICAP), an
interdealer broker', for manipulation and attempted manipulation of Yen LIBOR, with 'ICAP is a subsidiary of U.K.-based
ICAP plc' and a client 'employed at UBS Securities Japan Co., Ltd. (UBS)' (6708-13, 25 September 2013); the two settled
orders against 'Tullett Prebon Americas Inc., an interdealer broker and CFTC-registered introducing broker
headquartered in New Jersey', with 'CFTC Director of Enforcement James McDonald' quoted (8012-19, 13 September 2019);
the two settled orders against the swap execution facilities 'BGC Derivative Markets, L.P. and GFI Swaps Exchange,
LLC', with 'Director of Enforcement Ian McGinley' quoted (8990-24, 1 October 2024) -- US federal government works (17
U.S.C. 105). Found by asking the lane's 'Release Number CFTC Orders <firm> ...' shape with firm names that were 0 in the
corpus (the leads of 55w's section first: Dorman Trading, Lind-Waldock, Penson, Term Commodities, Jefferies Bache,
SMBC Nikko -- none has a cftc.gov release in the store; then other banks' commodity units and interdealer brokers); a
query for one firm often brought another firm's release (queries and ranks in /tmp/gather56z/src/queries.txt; see
/work/notes/gather56/55z.md). Every name, release number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather56 and the session-54 pools:
  - CFTC release 5816-10 (29 April 2010), 'Morgan Stanley Capital Group, Inc. to Pay a $14 Million Civil Penalty to
    Settle CFTC Charges that the Company Concealed a Large Block Crude Oil Trade' (cftc.gov's
    'PressRoom/PressReleases/pr5816-10');
  - CFTC release 6708-13 (25 September 2013), 'CFTC Charges ICAP Europe Limited, a Subsidiary of ICAP plc, with
    Manipulation and Attempted Manipulation of Yen Libor' (cftc.gov's 'PressRoom/PressReleases/pr6708-13');
  - CFTC release 8012-19 (13 September 2019), 'CFTC Orders Interdealer Broker to Pay $13 Million for Supervisory
    Failures and False Statements' (cftc.gov's 'PressRoom/PressReleases/8012-19');
  - CFTC release 8990-24 (1 October 2024), 'CFTC Orders Two Swap Execution Facilities to Pay $1.3 Million for Swap
    Data Reporting and Core Principle Violations' (cftc.gov's 'node/252906').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather56z/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, DC -' in 5816-10, 'Washington, DC --'
in 6708-13, 'Washington, D.C. \u2013' in 8012-19, 'WASHINGTON, D.C. \u2014' in 8990-24), the sub-headings under the
headings of 5816-10 and 6708-13 and 8990-24's sub-heading 'Background'; the heading kept as `title` as written. No word
added or changed; the page's lines kept as paragraphs, joined by a blank line (8012-19's whitespace-only lines and
trailing spaces dropped, whitespace only). All four are cut at the last full sentence or paragraph before the excerpt
breaks off (`truncated`). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch55z.py [POOL_DIR] [--dry]   (default /tmp/gather56z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather56 and the session-54 pools /tmp/gather56*/ (none held a file on this matter when "
         "checked), and claimed in /work/notes/gather56/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56z/pool"
Q = "\u2019"
LQ, RQ = "\u201c", "\u201d"
R = []

# ---- Morgan Stanley Capital Group, Inc. and UBS Securities Inc., NYMEX TAS block, CFTC 5816-10 ------------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/pr5816-10"
T1 = ("Morgan Stanley Capital Group, Inc. to Pay a $14 Million Civil Penalty to Settle CFTC Charges that the Company "
      "Concealed a Large Block Crude Oil Trade")
R.append(federal(
 "us-cftc-morgan-stanley-capital-group-ubs-securities-concealed-tas-block-crude-oil-trade-nymex-2010",
 U1, "2010-04-29", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the separate filings and simultaneous "
 "settlements of charges against Morgan Stanley Capital Group, Inc. (Morgan Stanley) and UBS Securities Inc. (UBS) in "
 "connection with Morgan Stanley concealing from the New York Mercantile Exchange (NYMEX) the existence of a large "
 "Trade at Settlement (TAS) block crude oil trade and UBS Securities aiding and abetting that concealment.\n\n"
 "The CFTC orders require that Morgan Stanley pay a $14 million civil monetary penalty and UBS pay a $200,000 civil "
 "monetary penalty. The orders also require Morgan Stanley and UBS to cease and desist from further violations of the "
 "Commodity Exchange Act and to comply with certain undertakings.\n\n"
 "The CFTC orders, entered on April 29, 2010, find that, in early February 2009, a Morgan Stanley trader and a UBS "
 "broker discussed an opportunity for Morgan Stanley to act as a counterparty to a third-party UBS customer to "
 "purchase a block of March 2009 crude oil futures contracts and to sell a block of a similar quantity of April 2009 "
 "contracts on the NYMEX. The price of the two legs of the trade was to be determined later by the market closing "
 "price, an arrangement known as a TAS (Trade at Settlement) block trade.\n\n"
 "The order finds that, on February 6, 2009, prior to the trade being finalized, the Morgan Stanley trader requested "
 "that the UBS broker not report the TAS block trade until after the close of trading. The UBS broker agreed to this "
 "arrangement.",
 "energy futures/commodity futures regulation", "regulatory,enforcement,settlement,block trade,crude oil",
 "U.S. Commodity Futures Trading Commission, release 5816-10 '" + T1 + "', Washington, D.C., April 29, 2010, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 5816-10' and the date line 'April 29, 2010' (kept as "
 "`published`; on the page both come before the heading), the sub-heading under the heading ('UBS Securities Inc. to "
 "pay a $200,000 civil penalty to settle CFTC charges of aiding and abetting the Morgan Stanley scheme.'), the dateline "
 "'Washington, DC - ' (a hyphen); the heading kept as `title` (title case, as written). Cut inside the fourth "
 "paragraph after 'The UBS broker agreed to this arrangement.', before the sentence that breaks off ('At around mid-day "
 "on February 6, 2009, Morgan Stanley and UBS, on behalf of its customer, entered into the TAS block by which Morgan "
 "Stanley purchased 33,110 March '; `truncated`). Kept as written: 'Morgan Stanley Capital Group, Inc. (Morgan "
 "Stanley)', 'UBS Securities Inc. (UBS)' and the later 'UBS Securities', 'the New York Mercantile Exchange (NYMEX)' and "
 "'the NYMEX', 'Trade at Settlement (TAS)' and 'TAS (Trade at Settlement)', 'a third-party UBS customer'. Came back at "
 "rank 1 of query 7. " + CHECK + "'5816-10', 'pr5816', 'Morgan Stanley Capital', 'Trade at Settlement': 0 in the corpus "
 "files, the scripts, GATHERING.md and the pools; 'UBS Securities' only on other matters (an SEC InVision text naming "
 "UBS Securities LLC; GATHERING.md's not-used lines on UBS Securities Japan, another company).",
 True))

# ---- ICAP Europe Limited, subsidiary of ICAP plc, Yen LIBOR, CFTC 6708-13 ---------------------------------------------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/pr6708-13"
T2 = ("CFTC Charges ICAP Europe Limited, a Subsidiary of ICAP plc, with Manipulation and Attempted Manipulation of Yen "
      "Libor")
R.append(federal(
 "us-cftc-icap-europe-subsidiary-icap-plc-yen-libor-manipulation-ubs-securities-japan-2013",
 U2, "2013-09-25", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today issued an Order against ICAP Europe Limited (ICAP), an "
 "interdealer broker, bringing and settling charges of manipulation, attempted manipulation, false reporting, and "
 "aiding and abetting derivatives traders" + Q + " manipulation and attempted manipulation, relating to the London "
 "Interbank Offered Rate (LIBOR) for Yen. LIBOR is a critical benchmark interest rate used throughout the world as the "
 "basis for trillions of dollars of transactions. ICAP is a subsidiary of U.K.-based ICAP plc.\n\n"
 "The CFTC" + Q + "s Order finds that for more than four years, from at least October 2006 through at least January "
 "2011, ICAP brokers on its Yen derivatives and cash desks knowingly disseminated false and misleading information "
 "concerning Yen borrowing rates to market participants in attempts to manipulate, at times successfully, the "
 "official fixing of the daily Yen LIBOR. ICAP brokers, including one known as " + LQ + "Lord LIBOR" + RQ + " or " + LQ
 + "Mr. LIBOR," + RQ + " did so to aid and abet their highly valued client, who was a senior Yen derivatives trader "
 "(Senior Yen Trader) employed at UBS Securities Japan Co., Ltd. (UBS) and later at another bank, in his relentless "
 "attempts to manipulate Yen LIBOR to benefit his derivatives trading positions tied to this benchmark. On limited "
 "occasions, ICAP Yen brokers engaged in this unlawful conduct to benefit other derivatives traders as well. (See "
 "excerpts of relevant broker communications as a Related Link.)\n\n"
 "The Order requires ICAP, among other things, to pay a $65 million civil monetary penalty, and cease and desist from "
 "further violations as charged.",
 "interdealer brokerage/benchmark interest rates", "regulatory,enforcement,settlement,manipulation,LIBOR",
 "U.S. Commodity Futures Trading Commission, release 6708-13 '" + T2 + "', Washington, D.C., September 25, 2013, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 6708-13' and the date line 'September 25, 2013' (kept as "
 "`published`; on the page both come before the heading), the sub-heading 'ICAP Europe Limited Ordered to Pay a $65 "
 "Million Civil Monetary Penalty', the dateline 'Washington, DC -- ' (two hyphens); the heading kept as `title` (title "
 "case, 'Yen Libor' as written there beside the body's 'LIBOR'). Cut inside the third paragraph after '... cease and "
 "desist from further violations as charged.', before the sentence that breaks off ('Pursuant to the Order, ICAP and "
 "ICAP plc also agree to take specified steps to ensure the integrity and reliability of'; `truncated`). Kept as "
 "written: 'ICAP Europe Limited (ICAP), an interdealer broker', 'U.K.-based ICAP plc', the curly quotation marks round "
 "'Lord LIBOR' and 'Mr. LIBOR,' (the comma inside), '(Senior Yen Trader)', 'UBS Securities Japan Co., Ltd. (UBS)', "
 "the page's own sentence '(See excerpts of relevant broker communications as a Related Link.)' (a whole sentence of "
 "the paragraph, not cut from its middle). Came back at rank 3 of query 16. " + CHECK + "'6708-13', 'ICAP Europe', "
 "'ICAP plc', 'Lord LIBOR', 'Senior Yen Trader': 0 in the corpus files, the scripts, GATHERING.md and the pools; "
 "'TFS-ICAP' in the corpus on another matter (51a's FX options text, other companies); 'UBS Securities Japan' only on "
 "a not-used line of GATHERING.md (UBS's own 2012 LIBOR matter, no cftc.gov page then).",
 True))

# ---- Tullett Prebon Americas Inc., supervision and false statements, CFTC 8012-19 -----------------------------------
U3 = "https://cftc.gov/PressRoom/PressReleases/8012-19"
T3 = "CFTC Orders Interdealer Broker to Pay $13 Million for Supervisory Failures and False Statements"
R.append(federal(
 "us-cftc-tullett-prebon-americas-interdealer-broker-new-jersey-supervision-false-statements-2019",
 U3, "2019-09-13", T3,
 "The U.S. Commodity Futures Trading Commission today issued two orders filing and settling charges against Tullett "
 "Prebon Americas Inc., an interdealer broker and CFTC-registered introducing broker headquartered in New Jersey. The "
 "combined orders require Tullett to pay a total of $13 million for failing to supervise employees and making false "
 "or misleading statements to CFTC staff.\n\n"
 "The first order requires Tullett to pay an $11 million civil monetary penalty; to cease and desist from violating "
 "CFTC regulations; and comply with certain undertakings for its failure to supervise voice brokers" + Q + " conduct "
 "on its U.S. Dollar Medium Term Interest Rate Swaps Desk (the desk).\n\n"
 "The second order requires the defendant to pay a $2 million civil monetary penalty for making false or misleading "
 "statements. Specifically, this order stipulates that during the course of a CFTC investigation, at least one "
 "Tullett broker made false or misleading statements of material facts or omitted to state material facts to CFTC "
 "staff concerning the subject of the investigation.  The statements, which violated the Commodity Exchange Act, were "
 "made within the scope of the broker" + Q + "s employment or office at Tullett, and therefore the violation is deemed "
 "to be the act, omission, or failure of Tullett.\n\n"
 + LQ + "The CFTC is devoted to ensuring price transparency and competition in all markets, whether electronically "
 "traded futures contracts or voice-brokered swaps," + RQ + " said CFTC Director of Enforcement James McDonald.  " + LQ
 + "As important, the CFTC is committed to ensuring that its investigations and fact gathering processes are not "
 "obstructed by false or misleading information." + RQ,
 "interdealer brokerage/commodity futures regulation", "regulatory,enforcement,settlement,supervision,false statements",
 "U.S. Commodity Futures Trading Commission, release 8012-19 '" + T3 + "', Washington, D.C., September 13, 2019, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8012-19' and the date line 'September 13, 2019' (kept as "
 "`published`; on the page both come before the heading), the dateline 'Washington, D.C. \u2013' (an en dash); the "
 "heading kept as `title` (title case, as written; it names no party). The page's whitespace-only lines between "
 "paragraphs and the trailing spaces after two paragraphs dropped (whitespace only); the double spaces after "
 "'investigation.' and 'McDonald.' kept as written. Cut after the Director's quotation ('... false or misleading "
 "information." + RQ + "'), before the paragraph that breaks off ('Tullett is a domestic brokerage service firm "
 "providing intermediary services to institutional customers seeking to buy or sell a variety of prod'; "
 "`truncated`). Kept as written: 'The U.S. Commodity Futures Trading Commission' (no bracketed short form; 'CFTC' "
 "alone later, in 'CFTC-registered', 'CFTC staff', 'CFTC regulations', 'CFTC Director of Enforcement'), 'Tullett "
 "Prebon Americas Inc., an interdealer broker and CFTC-registered introducing broker headquartered in New Jersey' "
 "('Tullett' alone afterwards), 'U.S. Dollar Medium Term Interest Rate Swaps Desk (the desk)', the curly quotation "
 "marks and apostrophes. Came back at rank 4 of query 21 (asked for another Tullett Prebon company). " + CHECK +
 "'8012-19', 'Tullett': 0 in the corpus files, the scripts, GATHERING.md and the pools; 'James McDonald' in corpus "
 "files on other CFTC matters (the same Director).",
 True))

# ---- BGC Derivative Markets, L.P. and GFI Swaps Exchange, LLC, SEF reporting, CFTC 8990-24 ----------------------------
U4 = "https://cftc.gov/node/252906"
T4 = ("CFTC Orders Two Swap Execution Facilities to Pay $1.3 Million for Swap Data Reporting and Core Principle "
      "Violations")
R.append(federal(
 "us-cftc-bgc-derivative-markets-gfi-swaps-exchange-sefs-swap-data-reporting-core-principles-prior-order-2024",
 U4, "2024-10-01", T4,
 "The Commodity Futures Trading Commission today announced two orders filing and simultaneously settling charges "
 "against two swap execution facilities (SEFs), BGC Derivative Markets, L.P. and GFI Swaps Exchange, LLC, for failing "
 "to properly report data related to thousands of swap transactions and violating SEF Core Principles, and against "
 "BGC SEF for also violating a prior CFTC order.\n\n"
 "The SEFs admit the facts in the orders and are ordered to cease and desist from further violations of these swap "
 "reporting provisions and SEF Core Principles and are ordered to comply with remedial undertakings, including "
 "submitting reports to the CFTC, attested to by their respective chief compliance officer and chief executive "
 "officer, within one year.\n\n"
 "BGC SEF is also ordered to cease and desist from further violation of the prior CFTC order and to retain an "
 "independent compliance consultant to advise on implementing the ordered remediation. The orders require BGC SEF to "
 "pay a $750,000 civil monetary penalty, and GFI SEF to pay a $550,000 civil monetary penalty.\n\n"
 + LQ + "These actions continue to highlight the value of timely self-reporting, remediation, and cooperation with the "
 "Division of Enforcement, along with the importance the CFTC places on accurate and timely swaps reporting," + RQ +
 " said Director of Enforcement Ian McGinley. " + LQ + "They also demonstrate the importance of SEFs" + Q +
 " obligations to enact appropriate controls for system design, implementation, and testing. When SEFs fail to meet "
 "these obligations, outside assistance may be necessary, especially when the failures come on the heels of a prior "
 "enforcement action on these same provisions." + RQ,
 "swap execution facilities/commodity futures regulation", "regulatory,enforcement,settlement,swap reporting",
 "U.S. Commodity Futures Trading Commission, release 8990-24 '" + T4 + "', Washington, D.C., October 1, 2024, US "
 "federal government work (public domain); text from the search tool's page store at " + U4,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'node/252906' address, "
 "cftc.gov's own node form of the release page, 55r's and 55w's way): first-party text. Left out: 'Release Number "
 "8990-24' (before the heading) and the date line 'October 01, 2024' (after the heading on this page; kept as "
 "`published`), the dateline 'WASHINGTON, D.C. \u2014' (an em dash), the sub-heading 'Background'; the heading kept "
 "as `title` (title case, as written; it names no party). The store's single-spaced lines kept as paragraphs. Cut "
 "after the Director's quotation ('... on these same provisions." + RQ + "'), before the sub-heading and the paragraph "
 "that breaks off ('The BGC SEF order finds from December 2022 to April 2024, as the result of five reporting systems "
 "issues, BGC SEF failed to report, accurately report, or publis'; `truncated`). Kept as written: 'The Commodity "
 "Futures Trading Commission' (no 'U.S.', no bracketed short form), 'two swap execution facilities (SEFs), BGC "
 "Derivative Markets, L.P. and GFI Swaps Exchange, LLC', the short forms 'BGC SEF' and 'GFI SEF' used alone, 'their "
 "respective chief compliance officer and chief executive officer' (no names), 'said Director of Enforcement Ian "
 "McGinley', the curly quotation marks and apostrophe. One text per matter: BGC Derivative Markets' earlier order "
 "(8604-22, 30 September 2022, cftc.gov, rank 2 of query 22; likely the 'prior CFTC order' this text names) is left "
 "for a later round or the lead. Came back at rank 1 of query 22. " + CHECK + "'8990-24', 'node/252906', 'BGC "
 "Derivative', 'GFI Swaps', '8604-22': 0 in the corpus files, the scripts, GATHERING.md and the pools; 'Ian McGinley' "
 "in corpus files on other CFTC matters (the same Director).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
