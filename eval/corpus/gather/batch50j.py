#!/usr/bin/env python3
"""Batch 50j (session 51, gatherer 50j): two CFTC enforcement press releases of 2012 against futures commission
merchants over their large trader reports -- the order by which Newedge USA, LLC, 'a New York-based futures commission
merchant' and 'a subsidiary of Newedge Group, SA', pays $700,000 for inaccurate large trader reports and for violating
the CFTC's order of 7 February 2011 (CFTC press release 6167-12, 9 January 2012, cftc.gov); the order by which
Interactive Brokers LLC, 'a futures commission merchant based in Greenwich, Conn.', pays $700,000 for large trader
reports that failed to aggregate related accounts and for supervision failures (CFTC press release 6317-12, 25 July
2012, cftc.gov) -- US federal government works (17 U.S.C. 105), the federal SEC/CFTC lane of session 51 (after batches
40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d and 50g), on new matters. From 50g's leads:
2011-2012 cftc.gov releases come back when asked by the release's heading words and a firm name (both did, at ranks 1
and 3). Every name, release number and address was checked first against the corpus files, GATHERING.md, the gather
scripts and the session-51 pools:
  - CFTC press release 6167-12 (9 January 2012), 'CFTC Orders Newedge USA, LLC, a Registered Futures Commission
    Merchant, to Pay $700,000 for Submitting Inaccurate Large Trader Reports to the CFTC and for Violating a Prior CFTC
    Order': the CFTC, Newedge USA, LLC, New York, Newedge Group, SA (cftc.gov's 'PressRoom/PressReleases/pr6167-12');
  - CFTC press release 6317-12 (25 July 2012), 'CFTC Orders Interactive Brokers LLC, a Registered Futures Commission
    Merchant, to Pay $700,000 for Large Trader Reporting and Supervision Violations': the CFTC, Interactive Brokers
    LLC, Greenwich, Conn. (cftc.gov's 'PressRoom/PressReleases/6317-12').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines and the
datelines are left out (each heading kept as `title`, the date as `published`); no word added or changed; the page's
lines kept as paragraphs, joined by a blank line; both texts cut at the last full sentence before the store's excerpt
breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch50j.py [POOL_DIR] [--dry]   (default /tmp/gather51j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-51 pools /tmp/gather51*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51j/pool"
R = []

# ---- Newedge USA, LLC order, CFTC press release 6167-12, 9 January 2012 (cftc.gov) ------------------------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/pr6167-12"
T1 = ("CFTC Orders Newedge USA, LLC, a Registered Futures Commission Merchant, to Pay $700,000 for Submitting Inaccurate "
      "Large Trader Reports to the CFTC and for Violating a Prior CFTC Order")
R.append(federal(
 "us-cftc-newedge-usa-subsidiary-newedge-group-inaccurate-large-trader-reports-prior-order-2012",
 U1, "2012-01-09", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced that it entered an order requiring Newedge USA, "
 "LLC (Newedge), a New York-based futures commission merchant, to pay a $700,000 civil monetary penalty for submitting "
 "inaccurate large trader reports to the CFTC and for violating a February 7, 2011, CFTC order directing Newedge to "
 "improve the accuracy and timeliness of its large trader reporting.\n\n"
 "Newedge is a subsidiary of Newedge Group, SA, a global financial services company with 21 affiliates around the "
 "world. Newedge is one of about 200 clearing members, futures commission merchants and brokers who collectively "
 "submit about 600,000 large trader position reports to the CFTC each day.\n\n"
 "The CFTC order finds that from about March 2011 through about July 2011, Newedge\u2019s large trader position reports "
 "submitted to the CFTC contained numerous errors. The types of errors included (1) reporting incorrect commodity "
 "codes, (2) overstating and understating positions in omnibus accounts, (3) overstating and understating large trader "
 "positions, (4) overstating and understating open interest, (5) issuing erroneous delivery notices, (6) reporting "
 "positions as net when they should be reported as gross, (7) reporting exchange of futures for physicals or cash "
 "positions and exchange of futures for swaps positions that do not exist, and (8) failing to report required "
 "positions. These errors and resulting inaccurate large trader reports also violated the February 7, 2011, "
 "Commission order.",
 "brokerage/commodity futures regulation", "regulatory,enforcement,settlement,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release 6167-12 '" + T1 + "', Washington, DC, January 9, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 6167-12' and 'January 9, 2012' (kept as "
 "`published`), the dateline 'Washington, DC \u2013'; the heading kept as `title` (no sub-heading on this page). Cut "
 "after the paragraph ending '... also violated the February 7, 2011, Commission order.', before the paragraph 'CFTC "
 "Enforcement Director David Meister stated: \u201cThe Commission relies on large trader reports for many important "
 "Commission functions, such as monitoring compliance with speculative limit rules and assessing individual traders\u2019 "
 "activit', where the store's excerpt breaks off inside the quotation (`truncated`; the quoted sentence is unfinished, "
 "so the Director's paragraph is left out whole). Kept as written: 'Newedge USA, LLC (Newedge)', 'a New York-based', "
 "'Newedge Group, SA', 'clearing members, futures commission merchants and brokers' (no serial comma), the numbered "
 "list '(1)' to '(8)', 'a February 7, 2011, CFTC order' and 'the February 7, 2011, Commission order', the curly "
 "apostrophe. 226 words. One text per matter: the AP (townhall), Reuters and Bloomberg reports of the same order are "
 "not taken; the CFTC's February 7, 2011 order against the same firm (release 5981-11, live cattle position limits and "
 "reports, cftc.gov) is the prior matter this order enforces and is not taken beside it; CME Group's disciplinary "
 "notices on Newedge (not federal works) are not taken. Found with 'CFTC Orders Newedge USA, LLC to pay penalty Release "
 "Number 2011' (rank 1). "
 + CHECK + "'6167-12', 'pr6167', '5981-11', 'Newedge', 'Large Trader', 'large trader position': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'David Meister' (past the cut) only in GATHERING.md's lines on other "
 "matters.",
 True))

# ---- Interactive Brokers LLC order, CFTC press release 6317-12, 25 July 2012 (cftc.gov) -------------------------------
U2 = "https://cftc.gov/PressRoom/PressReleases/6317-12"
T2 = ("CFTC Orders Interactive Brokers LLC, a Registered Futures Commission Merchant, to Pay $700,000 for Large Trader "
      "Reporting and Supervision Violations")
R.append(federal(
 "us-cftc-interactive-brokers-greenwich-large-trader-reporting-supervision-violations-2012",
 U2, "2012-07-25", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today issued an order filing and settling charges against "
 "Interactive Brokers LLC (Interactive), a futures commission merchant based in Greenwich, Conn., for filing inaccurate "
 "large trader reports and failing to diligently supervise the handling and reporting of accounts.\n\n"
 "The CFTC order, filed on July 25, 2012, requires Interactive to pay a $700,000 civil monetary penalty and prohibits "
 "Interactive from violating Section 4g of the Commodity Exchange Act and CFTC Regulations 17.00, 17.01, and 166.3, as "
 "charged.\n\n"
 "The CFTC order finds that from in or about January 2008 to at least January 2012, Interactive repeatedly failed to "
 "aggregate positions for related accounts that it reported to the CFTC in its daily large trader submissions. "
 "Interactive primarily supervised the aggregation aspect of its large trader reporting using an automated system that "
 "lacked functionality sufficient to aggregate accounts owned and/or controlled by the same traders, according to the "
 "order. Moreover, Interactive failed to take reasonable steps to correct its automated system after it learned that "
 "the system was repeatedly failing to identify and aggregate related accounts, the order finds.\n\n"
 "According to the order, Interactive also failed to file updated Form 102s when large traders opened related accounts "
 "or changed information concerning their trading accounts. The CFTC requires futures commission merchants, such as "
 "Interactive, to submit Form 102s identifying account holders and entities excising trading control over certain "
 "accounts in order to evaluate potential market risks.",
 "brokerage/commodity futures regulation", "regulatory,enforcement,settlement,reporting",
 "U.S. Commodity Futures Trading Commission, press release 6317-12 '" + T2 + "', Washington, DC, July 25, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, without the 'pr' prefix): first-party text. Left out: the lines 'Release Number 6317-12' and 'July 25, "
 "2012' (kept as `published`), the dateline 'Washington, DC \u2013'; the heading kept as `title` (no sub-heading on "
 "this page). Cut after '... in order to evaluate potential market risks.', before 'Interactive failed to supervise "
 "the employees responsible for submitting Form 102s because Interactive did not instruct them to submit updated Form "
 "102s to the CFT', where the store's excerpt breaks off (`truncated`). Kept as written: 'Interactive Brokers LLC "
 "(Interactive)', 'Greenwich, Conn.,', 'CFTC Regulations 17.00, 17.01, and 166.3', 'and/or', 'excising' (so the page "
 "spells it, for 'exercising'). 239 words. One text per matter: Reuters' (uk.reuters.com) report of the same order is "
 "not taken; the firm's later CFTC orders (6560-13 of April 2013, segregated funds; 8794-23 of 2023, recordkeeping; "
 "the 2020 negative-price order) are other matters and are not taken. Found with 'CFTC Orders Interactive Brokers LLC "
 "to pay civil monetary penalty supervision' (rank 3). "
 + CHECK + "'6317-12', 'pr6317', 'Interactive Brokers', 'Greenwich, Conn', 'Form 102': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
