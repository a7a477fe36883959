#!/usr/bin/env python3
"""Gold annotations (the texts of batch54zs.py: two CFTC enforcement press releases -- the settled orders against
'Gelber Group, LLC (Gelber) of Chicago, Ill.' for false pre-opening orders in the NASDAQ E-mini 100 futures contract on
'the Chicago Mercantile Exchange's (CME) Globex electronic trading platform' and against Gelber and 'former Gelber
trading manager Martin A. Lorenzen' for wash sales (6512-13, 8 February 2013); the settled supervision order against
'NinjaTrader Clearing, LLC dba NinjaTrader, Tradovate and TransAct Futures (NTC), a registered Futures Commission
Merchant that operates out of Deer Park, Illinois', over accounts held under the name of Rajiv Patel, whose fraud with
'his company, Bluprint LLC' a statutory restraining order in 'CFTC v. Patel, Case No. 22-cv-80092 (S.D. Fla. 2022)'
had reached (8973-24, 23 September 2024)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Gelber -> test, NinjaTrader Clearing -> train.
Dates resolve against `published` (each release's date line: 'February 8, 2013', 'September 23, 2024').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl):
the regulator -> Organization under the name the text writes ('U.S. Commodity Futures Trading Commission' in Gelber,
'Commodity Futures Trading Commission' in NTC), 'CFTC' as alias; bracketed short forms -> aliases ('Gelber', 'CME',
'NTC'); 'City, State' -> one Location (50g's 'White Plains, N.Y.'); an exchange run as a business -> Company (50g's
Chicago Mercantile Exchange, 53e, 54zf, 54zl); Globex, 'the Chicago Mercantile Exchange's (CME) Globex electronic
trading platform' -> Service with provider to the exchange the text names (50g's Goldman file, in the same words);
futures contracts ('the NASDAQ E-mini 100 futures contract') -> nothing, and NASDAQ, named only inside the contract's
name, -> nothing (GUIDELINES: a company named only inside a product name; 50g's e-mini S&P 500); a firm's 'dba' names
-> aliases of the company (GATHERING.md's Air AI Technologies convention: 'dba names and former names are aliases of
the company'; 44g's Nex-Tech); a court written only as the abbreviation of a case citation ('S.D. Fla.') ->
Organization under that form (the CFTC BP file's 'N.D. Ill.' and the DOJ HPE file's 'N.D. Cal.' are the courts'
aliases there); a named manager -> executive (GUIDELINES: "manager" -> executive), current false for 'former';
owners and 'his company' with no title -> no role (the lane's owner rule: 40zm's Grenda, 52za, 53e's Murray, 53j's
Tulving, 53m's Jager and Martin, 54zl's Cipolla and Todd); laws (the Commodity Exchange Act), 'CFTC regulation 1.38',
orders, the SRO, case numbers, registration categories (Futures Commission Merchant), the IOP, unnamed traders,
employees, publishers, the receiver and victims -> nothing; 'the present' -> no date (GATHERING.md: skipped).
usage: batch54zs_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zs/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

UCFTC = "U.S. Commodity Futures Trading Commission"
CFTC = "Commodity Futures Trading Commission"
GG = "Gelber Group, LLC"
CME = "Chicago Mercantile Exchange"
NTC = "NinjaTrader Clearing, LLC"
A = {}

# ---- Gelber Group, LLC / Martin A. Lorenzen, CFTC 6512-13, published 2013-02-08 (a Friday) ----------------------------
A["us-cftc-gelber-group-chicago-former-trading-manager-lorenzen-false-pre-open-orders-wash-sales-cme-globex-2013"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC also settled', 'The CFTC Orders', 'CFTC
 # regulation 1.38': alias 'CFTC'); Gelber Group, LLC ('(Gelber)' and 'Gelber' many times, "the Respondents": alias
 # 'Gelber'; Company); Chicago, Ill. ('of Chicago, Ill.': one Location, 50g's 'White Plains, N.Y.'); Martin A. Lorenzen
 # ('Lorenzen': alias; Person); the Chicago Mercantile Exchange ("the Chicago Mercantile Exchange's (CME)", 'The CME
 # broadcasts': alias 'CME'; Company, an exchange run as a business); Globex ("the Chicago Mercantile Exchange's (CME)
 # Globex electronic trading platform", 'other Globex users': Service). Not annotated: 'the NASDAQ E-mini 100 futures
 # contract' (twice; a futures contract -> nothing, 50g's e-mini S&P 500; NASDAQ is named only inside the contract's
 # name -- **near-miss**: a reader may add NASDAQ as a Company, but the text never names the market operator on its
 # own); 'the Commodity Exchange Act (CEA)' (a law; 'CEA' no entity); 'CFTC regulation 1.38', 'The CFTC Orders', 'The
 # CFTC Order against Gelber' (a rule, papers); 'the indicative opening price (IOP)' (a price); 'a Gelber proprietary
 # trader' (unnamed); 'publishers of financial data', 'other Globex users' (unnamed); the title's 'Two Exchanges' (the
 # second, ICE, is past the cut); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", GG, "Gelber"),
           E("Location", "Chicago, Ill."),
           E("Person", "Martin A. Lorenzen", "Lorenzen"),
           E("Company", CME, "CME"),
           E("Service", "Globex")],
 # 'former Gelber trading manager Martin A. Lorenzen' (twice in the text) -> executive at Gelber Group, LLC, current
 # false ('former'; GUIDELINES: "manager" -> executive) -- **doubtful**: a trading manager leads a desk, not the firm; a
 # reader may give other (50g's former Goldman trader Taylor -> other) or no role at all. **Near-misses**: 'a Gelber
 # proprietary trader' (unnamed); Lorenzen as one of 'the Respondents' (a party, not a post)
 roles=[R("Martin A. Lorenzen", "executive", GG, False)],
 # "the Chicago Mercantile Exchange's (CME) Globex electronic trading platform" -> provider(Globex, Chicago Mercantile
 # Exchange) (50g's Goldman file: the exchange the text names, not CME Group, which this text never writes).
 # **Near-misses**: Gelber's orders and trades on Globex (a user of the platform, no partner or customer contract
 # between named firms: no relation); 'The CME broadcasts the IOP to ... publishers of financial data who purchase ...'
 # (unnamed buyers); Gelber's owner or parent (none written)
 relations=[L("Globex", "provider", CME)],
 outages=[],
 # 'today' ('today announced') -> 2013-02-08 (`published`); 'August 20, 2009' ('from at least August 20, 2009 to
 # February 16, 2010') -> 2009-08-20; 'February 16, 2010' -> 2010-02-16. Skipped: 'the opening of trading', 'before
 # the market opened' (no calendar value); the date line (cut); '$750,000' (title and text, an amount)
 dates=[D("today", "2013-02-08"), D("August 20, 2009", "2009-08-20"), D("February 16, 2010", "2010-02-16")])

# ---- NinjaTrader Clearing, LLC (NTC), CFTC 8973-24, published 2024-09-23 (a Monday) -----------------------------------
A["us-cftc-ninjatrader-clearing-tradovate-deer-park-fcm-supervision-failures-patel-bluprint-restraining-order-2024"] = dict(
 # The Commodity Futures Trading Commission ('The CFTC order', 'CFTC v. Patel', 'CFTC regulations': alias 'CFTC');
 # NinjaTrader Clearing, LLC ('dba NinjaTrader, Tradovate and TransAct Futures (NTC)': the three 'dba' names and the
 # bracketed 'NTC' -> aliases; Company) -- **doubtful**: NinjaTrader and Tradovate are also known as trading-platform
 # brands, so a reader may make them Services with provider to NTC (as 54zl made the trade name 'Digitex Futures' a
 # Service); this text writes them only as names the firm does business under, so they are the company's aliases
 # (the corpus's dba convention); Deer Park, Illinois ('operates out of Deer Park, Illinois': one Location); S.D. Fla.
 # ('CFTC v. Patel, Case No. 22-cv-80092 (S.D. Fla. 2022)': Organization, the court that issued the statutory
 # restraining order; 'the court' later is generic, no alias) -- **doubtful**: named only in a case citation, by its
 # abbreviation; a reader may skip it as part of a citation, as release and case numbers are skipped; Rajiv Patel ('the
 # name Rajiv Patel', 'Patel' in 'CFTC v. Patel', 'perpetrated by Patel', 'the Patel accounts': alias 'Patel';
 # Person); Bluprint LLC ('his company, Bluprint LLC': Company). Not annotated: 'a registered Futures Commission
 # Merchant' (a registration category); 'a statutory restraining order', 'the SRO' (a court paper); 'Case No.
 # 22-cv-80092' (a case number); 'the court-appointed receiver' (unnamed); 'its employees', 'the victims' (unnamed);
 # the title's 'Illinois Futures Commission Merchant' (title only; 'Illinois' in the text is inside 'Deer Park,
 # Illinois'); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", NTC, "NinjaTrader", "Tradovate", "TransAct Futures", "NTC"),
           E("Location", "Deer Park, Illinois"),
           E("Organization", "S.D. Fla."),
           E("Person", "Rajiv Patel", "Patel"),
           E("Company", "Bluprint LLC")],
 # No role. **Near-misses**: 'Patel and his company, Bluprint LLC' (his firm, no title written: the lane's owner rule
 # gives no role); NTC's officers (none named); the Division of Enforcement's staff (past the cut)
 roles=[],
 # No relation. **Near-misses**: the dba names (aliases here, so no provider; see above); 'accounts NTC held or
 # managed under the name Rajiv Patel' (a firm holding a person's accounts: no relation type; Bluprint LLC's dealings
 # with NTC are not written); Patel's ownership of Bluprint LLC (a person's firm: no relation type); NTC's parent
 # (none written)
 relations=[],
 outages=[],
 # 'today' ('today issued') -> 2024-09-23 (`published`); '2022' ('(S.D. Fla. 2022)', the year of the case) -> 2022;
 # 'Dec. 31, 2020' ('from at least Dec. 31, 2020, to the present') -> 2020-12-31; 'January 2022' ('Specifically, in
 # January 2022') -> 2022-01. Skipped: 'the present' (GATHERING.md: skipped, like 'recently'); 'for several days' (a
 # span, no calendar value); the date line (cut); 'Case No. 22-cv-80092' (its '22' is part of a number)
 dates=[D("today", "2024-09-23"), D("2022", "2022"), D("Dec. 31, 2020", "2020-12-31"),
        D("January 2022", "2022-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
