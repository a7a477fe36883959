#!/usr/bin/env python3
"""Batch 56k (session 54, gatherer 56k): three CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl, 54zs, 55a, 55h, 55r, 55w,
55z and 56e), taken as 56e's leads asked (the CFTC's fiscal-year-end run of September 2022, and BGC's 8604-22 judged a
separate matter) -- the settled order against 'BGC Derivative Markets, L.P. (BGCD), a swap execution facility (SEF)',
for swap reporting failures and SEF Core Principle violations, whose 'Chief Compliance Officer and Chief Executive
Officer must certify' its reconciliation process, with 'CFTC Acting Director of Enforcement Gretchen Lowe' quoted
(8604-22, 30 September 2022); the settled order against 'Mitsubishi Corporation RtM Japan Ltd. (RtM Japan)' for
spoofing platinum and palladium futures 'on the New York Mercantile Exchange' through an inexperienced trader in 'RtM
Japan's Tokyo office', with 'CFTC Director of Enforcement James McDonald' quoted (8075-19, 7 November 2019); the
settled order against 'Asset Risk Management, LLC (ARM), a registered Commodity Trading Advisor headquartered in
Houston, Texas', for failing to register as a swap execution facility, with 'Acting Director of Enforcement Gretchen
Lowe' quoted and 'The Division of Enforcement' named in her words (8596-22, 26 September 2022) -- US federal government
works (17 U.S.C. 105). Found by asking the lane's 'Release Number ... CFTC Orders <firm> ...' shape with 56e's lead
(BGC Derivative Markets) and with words for officers, parents and subsidiaries ('its chief executive officer',
'wholly owned subsidiary', 'U.S. subsidiary of Japanese trading company'); a query for one shape often brought another
firm's release (queries and ranks in /tmp/gather57k/src/queries.txt; see /work/notes/gather57/56k.md). Every name,
release number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather57 and the session-54 pools:
  - CFTC release 8604-22 (30 September 2022), 'CFTC Orders Swap Execution Facility to Pay $1.9 Million for Swap
    Reporting and Core Principle Violations' (cftc.gov's 'PressRoom/PressReleases/8604-22');
  - CFTC release 8075-19 (7 November 2019), 'CFTC Orders Mitsubishi Corporation RtM Japan Ltd. to Pay $500,000 for
    Spoofing' (cftc.gov's 'PressRoom/PressReleases/8075-19');
  - CFTC release 8596-22 (26 September 2022), 'CFTC Orders Texas Commodity Trading Advisor to Pay $200,000 for Failing
    to Register as a Swap Execution Facility' (cftc.gov's 'PressRoom/PressReleases/8596-22').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather57k/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, D.C. ' with no dash in 8604-22,
'Washington, DC \u2014 ' in 8075-19, 'Washington, D.C. \u2014 ' in 8596-22), the sub-heading 'Case Background' (8604-22
and 8596-22); the heading kept as `title` as written. No word added or changed; the page's lines kept as paragraphs,
joined by a blank line (8604-22's trailing spaces after its paragraphs dropped, whitespace only). All three are cut at
the last full sentence or paragraph before the excerpt breaks off (`truncated`). Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch56k.py [POOL_DIR] [--dry]   (default /tmp/gather57k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather57 and the session-54 pools /tmp/gather57*/ (none held a file on this matter when "
         "checked), and claimed in /work/notes/gather57/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57k/pool"
Q = "\u2019"
LQ, RQ = "\u201c", "\u201d"
MD = "\u2014"
R = []

# ---- BGC Derivative Markets, L.P. (BGCD), swap reporting and SEF Core Principles, CFTC 8604-22 ---------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/8604-22"
T1 = "CFTC Orders Swap Execution Facility to Pay $1.9 Million for Swap Reporting and Core Principle Violations"
R.append(federal(
 "us-cftc-bgc-derivative-markets-bgcd-sef-swap-reporting-core-principles-ceo-cco-certify-2022",
 U1, "2022-09-30", T1,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "BGC Derivative Markets, L.P. (BGCD), a swap execution facility (SEF), for failing to report or accurately report "
 "thousands of swap transactions to the CFTC, a swap data repository (SDR), or the public; failing to timely correct "
 "reporting errors; and violating SEF Core Principles.\n\n"
 "The order requires BGCD to cease and desist from further violations, pay a $1.9 million civil monetary penalty, and "
 "to comply with specified undertakings" + MD + "including conducting a comprehensive review of its swaps reporting "
 "program and implementing a reconciliation process for transactions occurring on and reported by the SEF. The order "
 "further requires BGCD to submit a written report to the CFTC in one year. In the report, BGCD" + Q + "s Chief "
 "Compliance Officer and Chief Executive Officer must certify that BGCD" + Q + "s reconciliation process and "
 "compliance program are reasonably designed to detect and prevent violations of the Commodity Exchange Act (CEA) and "
 "CFTC regulations that are the subject of the order.\n\n"
 + LQ + "Today" + Q + "s enforcement action highlights the importance of accurate and timely swaps reporting and makes "
 "clear that persistent and recurring reporting failures violate SEF Core Principles. Accurate and timely swaps "
 "reporting is necessary for the CFTC to safeguard the integrity of our markets and to ensure market transparency," +
 RQ + " said CFTC Acting Director of Enforcement Gretchen Lowe.\n\n"
 "The order specifically finds that from January 2017 to March 2022, as a result of 11 separate reporting systems "
 "issues, BGCD failed to report or accurately report nearly 12,500 swap transactions to the CFTC and/or to the public "
 "on its public website.",
 "swap execution facilities/commodity futures regulation", "regulatory,enforcement,settlement,swap reporting",
 "U.S. Commodity Futures Trading Commission, release 8604-22 '" + T1 + "', Washington, D.C., September 30, 2022, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8604-22' (before the heading) and the date line 'September "
 "30, 2022' (after the heading on this page; kept as `published`), the dateline 'Washington, D.C. ' (no dash as "
 "stored), the sub-heading 'Case Background'; the heading kept as `title` (title case, as written; it names no "
 "party). The trailing spaces after the first three paragraphs dropped (whitespace only). Cut inside the paragraph "
 "after the sub-heading, after its first sentence ('... to the public on its public website.'), before the sentence "
 "that breaks off ('As a result of three other reporting systems issues during th'; `truncated`). Kept as written: "
 "'BGC Derivative Markets, L.P. (BGCD), a swap execution facility (SEF)', 'BGCD' alone afterwards, 'a swap data "
 "repository (SDR)', 'undertakings" + MD + "including' (an em dash with no spaces), 'BGCD" + Q + "s Chief Compliance "
 "Officer and Chief Executive Officer' (capitalised, no one named), 'the Commodity Exchange Act (CEA)', 'said CFTC "
 "Acting Director of Enforcement Gretchen Lowe', 'to the CFTC and/or to the public', the curly quotation marks and "
 "apostrophes. Came back at rank 1 of query 1 (56e's lead asked by name and number). The same SEF's later orders are "
 "55z's 8990-24 text of 1 October 2024 (in the corpus, test), which names 'a prior CFTC order' against it without "
 "number or date; this release is that earlier proceeding of 2022 (other conduct period, other penalty, its own "
 "order), judged a separate matter as 56e's lead allowed, and its text stands on its own (it names no later order). "
 + CHECK + "'8604-22' (only in 55z's and 56e's notes and leads, and in the notes field of 55z's 8990-24 file as a "
 "lead), 'BGCD' (only in GATHERING.md's 55z section), 'BGC Derivative Markets' (55z's 8990-24 matter and 56e's BGC "
 "Financial notes), 'Cantor' (no BGC file): no file on this matter; 'Gretchen Lowe' in corpus files on other CFTC "
 "matters (the same Acting Director).",
 True))

# ---- Mitsubishi Corporation RtM Japan Ltd. (RtM Japan), NYMEX spoofing, CFTC 8075-19 -----------------------------------
U2 = "https://cftc.gov/PressRoom/PressReleases/8075-19"
T2 = "CFTC Orders Mitsubishi Corporation RtM Japan Ltd. to Pay $500,000 for Spoofing"
R.append(federal(
 "us-cftc-mitsubishi-corporation-rtm-japan-tokyo-nymex-platinum-palladium-spoofing-2019",
 U2, "2019-11-07", T2,
 "The U.S. Commodity Futures Trading Commission today issued an order filing and settling charges against Mitsubishi "
 "Corporation RtM Japan Ltd. (RtM Japan) for engaging in multiple acts of spoofing contracts on the New York "
 "Mercantile Exchange for platinum and palladium futures. The order finds that RtM Japan engaged in this activity "
 "through an inexperienced trader who used a trading platform located in RtM Japan" + Q + "s Tokyo office. The order "
 "requires RtM Japan to cease and desist and imposes a civil monetary penalty of $500,000.\n\n"
 + LQ + "Today" + Q + "s enforcement action shows, once again, that the Commission will aggressively pursue spoofing "
 "in our markets," + RQ + " said CFTC Director of Enforcement James McDonald. " + LQ + "It also demonstrates that "
 "participants who allow their employees to test the markets for training or other inappropriate purposes will be "
 "held accountable when employees do not trade lawfully." + RQ + "\n\n"
 "The order finds that RtM Japan engaged in proprietary trading of futures contracts, and that during the period "
 "starting on or about April 5, 2018, through on or about April 13, 2018, a trader placed multiple orders for futures "
 "contracts with the intent to cancel the orders before their execution. The order finds that several months prior to "
 "this time period, RtM Japan selected the trader to temporarily leave his/her business development duties at RtM "
 "Japan and embark on a rotation on a precious metals trading desk. The trader had no trading experience, and the goal "
 "of the rotation was to provide him/her with such experience.\n\n"
 "The order finds that the trader typically first placed a large order with the intent to cancel it before execution "
 "(the spoof order). Soon thereafter, in the same market, the trader entered a smaller order he/she intended to "
 "execute (the genuine order), while the spoof order rested.",
 "precious metals trading/commodity futures regulation", "regulatory,enforcement,settlement,spoofing,precious metals",
 "U.S. Commodity Futures Trading Commission, release 8075-19 '" + T2 + "', Washington, D.C., November 7, 2019, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8075-19' and the date line 'November 7, 2019' (kept as "
 "`published`; on the page both come before the heading), the dateline 'Washington, DC \u2014 ' (an em dash); the "
 "heading kept as `title` (title case, as written). The page's lines, separated by single line breaks in the store, "
 "kept as paragraphs joined by a blank line. Cut inside the fourth paragraph, after its second sentence ('... while "
 "the spoof order rested.'), before the sentence that breaks off ('In many instances, the trader received a'; "
 "`truncated`). Kept as written: 'Mitsubishi Corporation RtM Japan Ltd. (RtM Japan)', 'RtM Japan' alone afterwards, "
 "'the New York Mercantile Exchange' (no short form), 'RtM Japan" + Q + "s Tokyo office', 'the Commission' "
 "(unbracketed, in the Director's words), 'said CFTC Director of Enforcement James McDonald', 'on or about April 5, "
 "2018, through on or about April 13, 2018', 'his/her' and 'he/she' (the trader unnamed), the curly quotation marks "
 "and apostrophes. Came back at rank 1 of query 18 (asked for a Japanese trading company's subsidiary). " + CHECK +
 "'8075-19', 'RtM Japan', 'Mitsubishi Corporation RtM': 0 in the corpus files, the scripts, GATHERING.md and the "
 "pools; 'Bank of Tokyo-Mitsubishi' (another company, another matter, only on an earlier round's list); 'James "
 "McDonald' in corpus files on other CFTC matters (the same Director).",
 True))

# ---- Asset Risk Management, LLC (ARM), unregistered swap execution facility, CFTC 8596-22 ------------------------------
U3 = "https://www.cftc.gov/PressRoom/PressReleases/8596-22"
T3 = "CFTC Orders Texas Commodity Trading Advisor to Pay $200,000 for Failing to Register as a Swap Execution Facility"
R.append(federal(
 "us-cftc-asset-risk-management-houston-cta-unregistered-swap-execution-facility-2022",
 U3, "2022-09-26", T3,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "Asset Risk Management, LLC (ARM), a registered Commodity Trading Advisor headquartered in Houston, Texas, for "
 "failing to register as a swap execution facility (SEF). The order requires ARM to pay a $200,000 civil monetary "
 "penalty and to cease and desist from any further violations of the Commodity Exchange Act (CEA) and CFTC "
 "regulations, as charged.\n\n"
 + LQ + "Failing to register as required by the CEA impairs the CFTC" + Q + "s ability to monitor swap markets and "
 "threatens the integrity of the industry," + RQ + " said Acting Director of Enforcement Gretchen Lowe. " + LQ + "The "
 "Division of Enforcement will continue to bring actions against firms that are operating unregistered swap "
 "execution facilities, including those offering non-electronic methods of trading." + RQ + "\n\n"
 "The order finds that from approximately September 2017, ARM operated an unregistered SEF that provided clients the "
 "ability to execute swaps by accepting bids and offers made by multiple participants on a trading system or platform "
 "in various swap tenors and volumes. To communicate with clients and counterparties and execute the swaps, ARM used "
 "various means of interstate commerce including phone, instant messaging, and email.\n\n"
 "During the relevant period, ARM often recommended that clients execute swap transactions in which the underlying "
 "commodity was natural gas, natural gas liquids, or crude oil. In a typical swap transaction, ARM received a request "
 "for swap pricing from a client and then submitted the pricing request (and sometimes other terms) to counterparties "
 "with whom the relevant client had an ISDA agreement.",
 "commodity trading advisers/swap execution facilities", "regulatory,enforcement,settlement,registration,swaps",
 "U.S. Commodity Futures Trading Commission, release 8596-22 '" + T3 + "', Washington, D.C., September 26, 2022, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8596-22' (before the heading) and the date line 'September "
 "26, 2022' (after the heading on this page; kept as `published`), the dateline 'Washington, D.C. \u2014 ' (an em "
 "dash), the sub-heading 'Case Background'; the heading kept as `title` (title case, as written; it names no party). "
 "Cut after the fourth kept paragraph, inside the page's paragraph, after its second sentence ('... with whom the "
 "relevant client had an ISDA agreement.'), before the sentence that breaks off ('After potential swap counterparties "
 "responded to ARM with a proposed price, ARM, if authorized by the client, w'; `truncated`). Kept as written: 'Asset "
 "Risk Management, LLC (ARM), a registered Commodity Trading Advisor headquartered in Houston, Texas', 'ARM' alone "
 "afterwards, 'the Commodity Exchange Act (CEA)', 'said Acting Director of Enforcement Gretchen Lowe', 'The Division "
 "of Enforcement will continue' (the Division named in her words), 'from approximately September 2017' (no end date "
 "in the kept text), 'an ISDA agreement', the curly quotation marks and apostrophe. Came back at rank 5 of query 3 "
 "(asked for a subsidiary and its parent). " + CHECK + "'8596-22', 'Asset Risk Management': 0 in the corpus files, "
 "the scripts, GATHERING.md and the pools; 'Gretchen Lowe' in corpus files on other CFTC matters (the same Acting "
 "Director).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
