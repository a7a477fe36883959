#!/usr/bin/env python3
"""Batch 54zs (session 55, gatherer 54zs): two CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf and 54zl) -- the settled orders
against 'Gelber Group, LLC (Gelber) of Chicago, Ill.' for false pre-opening orders in the NASDAQ E-mini 100 futures
contract on 'the Chicago Mercantile Exchange's (CME) Globex electronic trading platform' and for wash sales, and against
'former Gelber trading manager Martin A. Lorenzen' for the wash sales (6512-13, 8 February 2013); the settled
supervision order against 'NinjaTrader Clearing, LLC dba NinjaTrader, Tradovate and TransAct Futures (NTC), a
registered Futures Commission Merchant that operates out of Deer Park, Illinois', over accounts held under the name of
Rajiv Patel, whose fraud with 'his company, Bluprint LLC' a statutory restraining order had frozen (8973-24, 23
September 2024) -- US federal government works (17 U.S.C. 105). Found by party-name queries in the lane's 'Release
Number CFTC Orders ...' shape, as 54zl's leads advised (queries and ranks in /tmp/gather55zs/src/queries.txt; see
/work/notes/gather55/54zs.md). Every name, release number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-55 pools:
  - CFTC release 6512-13 (8 February 2013), 'CFTC Sanctions Gelber Group, LLC $750,000 for Trading Abuses on Two
    Exchanges' (cftc.gov's 'PressRoom/PressReleases/pr6512-13');
  - CFTC release 8973-24 (23 September 2024), 'CFTC Orders Illinois Futures Commission Merchant to Pay More Than
    $980,000 for Supervision Failures' (cftc.gov's 'node/252701').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather55zs/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington DC \u2013', 'WASHINGTON, D.C.
\u2014'), 6512-13's two deck lines under the heading (summaries without a full stop) and its sub-heading "Gelber's
False Reports of Orders in the Pre-Open Session", 8973-24's sub-heading 'Case Background'; the heading kept as `title`
as written. No word added or changed; the page's lines kept as paragraphs, joined by a blank line; the spaces ending
lines dropped (8973-24). Both are cut at the last full sentence before the excerpt breaks off (`truncated`). Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch54zs.py [POOL_DIR] [--dry]   (default /tmp/gather55zs/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-55 pools /tmp/gather55*/ (none held a file on this matter when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zs/pool"
Q = "\u2019"
R = []

# ---- Gelber Group, LLC / Martin A. Lorenzen, false pre-open orders and wash sales, CFTC 6512-13 -----------------------
U1 = "http://cftc.gov/PressRoom/PressReleases/pr6512-13"
T1 = "CFTC Sanctions Gelber Group, LLC $750,000 for Trading Abuses on Two Exchanges"
R.append(federal(
 "us-cftc-gelber-group-chicago-former-trading-manager-lorenzen-false-pre-open-orders-wash-sales-cme-globex-2013",
 U1, "2013-02-08", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the filing and simultaneous settlement of "
 "charges against Gelber Group, LLC (Gelber) of Chicago, Ill., for reporting orders during pre-opening trading sessions "
 "that Gelber had no intention of executing. The CFTC also settled charges against both Gelber and former Gelber "
 "trading manager Martin A. Lorenzen for engaging in wash sales. The CFTC Orders require Gelber and Lorenzen to pay a "
 "civil monetary penalty of $750,000 and $200,000, respectively, and order the Respondents to cease and desist from "
 "violating the Commodity Exchange Act (CEA) and CFTC regulation 1.38, as charged.\n\n"
 "The CFTC Order against Gelber finds that from at least August 20, 2009 to February 16, 2010, a Gelber proprietary "
 "trader reported false orders in the pre-opening session of the NASDAQ E-mini 100 futures contract on the Chicago "
 "Mercantile Exchange" + Q + "s (CME) Globex electronic trading platform. The orders were false because they were not "
 "intended to be executed and, in fact, were cancelled before the market opened. These orders caused non-bona fide "
 "prices in the indicative opening price (IOP) for the NASDAQ E-mini 100 futures contract, which is the price at which "
 "the contract is expected to trade at the opening of trading. The CME broadcasts the IOP to other Globex users and to "
 "publishers of financial data who purchase and disseminate the IOP information to the public.",
 "proprietary trading firms/commodity futures regulation", "regulatory,enforcement,settlement,trading",
 "U.S. Commodity Futures Trading Commission, release 6512-13 '" + T1 + "', Washington, D.C., February 8, 2013, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 6512-13' and the date line 'February 8, 2013' (kept as "
 "`published`; on the page it comes before the heading), the two deck lines under the heading ('Gelber falsely "
 "reported orders that caused non-bona fide prices ... and engaged in wash sales' and 'Separately, former Gelber "
 "trading manager Martin A. Lorenzen ordered to pay $200,000 for engaging in illegal wash sales': summaries with no "
 "full stop, as 50g dropped Bunge's sub-heading), the dateline 'Washington DC \u2013', the sub-heading 'Gelber" + Q +
 "s False Reports of Orders in the Pre-Open Session'; the heading kept as `title` (title case, as written: its 'Two "
 "Exchanges' are the CME and, past the cut, ICE). Cut after '... disseminate the IOP information to the public.', "
 "before the sentence that breaks off ('Gelber violated provisions of the CEA t'; `truncated`). Kept as written: "
 "'Washington DC' gone with the dateline, 'Chicago, Ill.', 'CFTC regulation 1.38', 'non-bona fide', 'NASDAQ E-mini "
 "100 futures contract' (twice), 'the Chicago Mercantile Exchange" + Q + "s (CME) Globex electronic trading "
 "platform', the curly apostrophe. One text per matter: Commissioner Bart Chilton's dissent of the same day "
 "(cftc.gov 'chiltonstatement020813', rank 7 of the same query) and the rssing, bna and docstoc (order) copies are "
 "not taken. " + CHECK + "'6512-13', 'pr6512', 'Gelber', 'Lorenzen', 'Chilton': 0 in the corpus files, the scripts and "
 "the pools; 'Gelber' and 'Lorenzen' in GATHERING.md and the notes only as 54zl's lead; 'Globex' in two corpus "
 "files on other matters (50g's Bunge and Goldman files); 'E-mini' 0.",
 True))

# ---- NinjaTrader Clearing, LLC (NTC), supervision failures over an SRO in CFTC v. Patel, CFTC 8973-24 ------------------
U2 = "https://cftc.gov/node/252701"
T2 = "CFTC Orders Illinois Futures Commission Merchant to Pay More Than $980,000 for Supervision Failures"
R.append(federal(
 "us-cftc-ninjatrader-clearing-tradovate-deer-park-fcm-supervision-failures-patel-bluprint-restraining-order-2024",
 U2, "2024-09-23", T2,
 "The Commodity Futures Trading Commission today issued an order filing and settling charges against NinjaTrader "
 "Clearing, LLC dba NinjaTrader, Tradovate and TransAct Futures (NTC), a registered Futures Commission Merchant that "
 "operates out of Deer Park, Illinois.\n\n"
 "The CFTC order finds NTC failed to have adequate policies and procedures governing the emergency handling of "
 "accounts and did not exercise sufficient oversight over its employees" + Q + " handling of accounts in response to "
 "a statutory restraining order issued in CFTC v. Patel, Case No. 22-cv-80092 (S.D. Fla. 2022)\n\n"
 "The CFTC order requires NTC to pay a $750,000 civil monetary penalty, cease and desist from further violations of "
 "CFTC regulations, and pay restitution in the amount of $233,425 to the court-appointed receiver for distribution to "
 "the victims of the fraud prosecuted in that action.\n\n"
 "The CFTC order finds that from at least Dec. 31, 2020, to the present, NTC failed to diligently supervise its "
 "employees" + Q + " handling of accounts that needed to be frozen, disabled, or otherwise restricted on an emergency "
 "basis.\n\n"
 "Specifically, in January 2022, NTC failed to diligently supervise its employees" + Q + " handling of accounts NTC "
 "held or managed under the name Rajiv Patel. NTC did not have adequate policies and procedures and did not "
 "adequately oversee its employees to ensure NTC implemented the SRO entered by the court in connection with the fraud "
 "perpetrated by Patel and his company, Bluprint LLC.\n\n"
 "As a result of these deficiencies, NTC failed to take diligent steps to understand and implement the SRO. These "
 "failures resulted in positions in the Patel accounts remaining open for several days after the SRO was served, "
 "during which time they lost more than $200,000 in value.",
 "futures commission merchants/commodity futures regulation", "regulatory,enforcement,settlement,compliance",
 "U.S. Commodity Futures Trading Commission, release 8973-24 '" + T2 + "', Washington, D.C., September 23, 2024, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'node/252701' address): "
 "first-party text. Left out: 'Release Number 8973-24' and the date line 'September 23, 2024' (kept as `published`; "
 "on the page it follows the heading), the dateline 'WASHINGTON, D.C. \u2014', the sub-heading 'Case Background'; the "
 "heading kept as `title` (title case, as written: 'Illinois Futures Commission Merchant', where the text names the "
 "firm). The spaces ending the third and fourth paragraphs dropped. Cut after '... lost more than $200,000 in "
 "value.', before the staff sentence that breaks off ('The Division of Enforcement staff responsible for this "
 "matter'; `truncated`). Kept as written: 'NinjaTrader Clearing, LLC dba NinjaTrader, Tradovate and TransAct Futures "
 "(NTC)', 'Futures Commission Merchant' (capitals), 'CFTC v. Patel, Case No. 22-cv-80092 (S.D. Fla. 2022)' (the "
 "paragraph ends there, with no full stop), 'Dec. 31, 2020', 'the SRO' (never spelt out beside the abbreviation), "
 "the curly apostrophes. One text per matter: the dailyfxwire copy is not taken. " + CHECK + "'8973-24', "
 "'node/252701', 'Tradovate', 'TransAct', 'Bluprint', 'Rajiv Patel', '22-cv-80092', 'Deer Park': 0 in the corpus "
 "files, GATHERING.md, the scripts, the notes and the pools; 'NinjaTrader' in GATHERING.md and the notes only as "
 "54zl's lead.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
