#!/usr/bin/env python3
"""Gold annotations (the texts of batch54zl.py: three CFTC enforcement press releases -- the consent order of Judge
John A. Gibney, Jr. of the U.S. District Court for the Eastern District of Virginia against Leonard J. Cipolla, with
'Cipolla's company, Tate Street Trading, Inc.' (8388-21, 14 May 2021); the settled wash-sale and supervision order
against 'SummerHaven Investment Management LLC, a Connecticut commodity trading advisor and commodity pool operator',
for trades on 'the InterContinental Exchange and various Chicago Mercantile Exchange exchanges', with the Division of
Enforcement's staff list (8389-21, 18 May 2021); the complaint in the U.S. District Court for the Southern District of
Florida against 'Florida resident Adam Todd and four companies he controlled -- Digitex LLC, Digitex Limited, Digitex
Software Limited, and Blockster Holdings Limited Corporation', which ran the exchange 'Digitex Futures', 'Acting
Director of Enforcement Gretchen Lowe' quoted (8605-22, 3 October 2022)), written from the texts alone; newskg was not
run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Digitex -> test, Cipolla / Tate Street -> train, SummerHaven -> dev.
Dates resolve against `published` (each release's date line: 'May 14, 2021', 'May 18, 2021', 'October 03, 2022').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf): the
regulator -> Organization under the name the text writes ('Commodity Futures Trading Commission' in all three), 'CFTC'
as alias; a district court named in full -> Organization as written, 'the <X> District of <State>' written alone of the
same court -> its alias (the SEC American Patriot Brands file's 'Central District of California'); its judge ->
Person, no role (53m's Manning); an exchange run as a business -> Company (53e's CSCE, 54zf's COMEX); a trade name
under which companies run a trading platform that customers use -> Service, with provider to each company the text
says runs it; 'Acting Director of Enforcement X' -> director at the CFTC, current (53m's Lowe); the Division of
Enforcement named as a body -> Organization with parentOrganization(Division of Enforcement, CFTC), its listed 'staff
members' -> other at the Division (49d, 49k, the Citigroup file); owners, controllers and 'X's company' with no title
-> no role (the lane's owner rule: 40zm's Grenda, 52za, 53e's Murray, 53j's Tulving, 53m's Jager and Martin); a State
named -> Location ('Florida', 'Connecticut'), 'U.S.' as a place -> Location (the Vitol and Freepoint files); laws (the
Commodity Exchange Act), orders, complaints, release numbers, registration categories (CTA, CPO, FCM, designated
contract market), tokens, unnamed clients, participants, customers and officers -> nothing.
usage: batch54zl_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zl/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "Commodity Futures Trading Commission"
EDVA = "U.S. District Court for the Eastern District of Virginia"
SDFL = "U.S. District Court for the Southern District of Florida"
TS = "Tate Street Trading, Inc."
SH = "SummerHaven Investment Management LLC"
ICE = "InterContinental Exchange"
CME = "Chicago Mercantile Exchange"
DOE = "Division of Enforcement"
DX = ["Digitex LLC", "Digitex Limited", "Digitex Software Limited", "Blockster Holdings Limited Corporation"]
DXF = "Digitex Futures"
STAFF = ["Kevin Samuel", "Brian Hunt", "Alison Wilson", "Michael Loconte", "Erica Bodin", "Linda Chalet", "Kelly Beck",
         "Rick Glaser"]
A = {}

# ---- Leonard J. Cipolla / Tate Street Trading, Inc., CFTC 8388-21, published 2021-05-14 (a Friday) -------------------
A["us-cftc-leonard-cipolla-tate-street-trading-commodity-pool-fraud-consent-order-eastern-district-virginia-2021"] = dict(
 # The Commodity Futures Trading Commission ('a CFTC action', 'CFTC Press Release No.': alias 'CFTC'; the text never
 # writes 'Commission' alone); John A. Gibney, Jr. ('Judge John A. Gibney, Jr., of the ...': Person, the suffix kept in
 # the name); the U.S. District Court for the Eastern District of Virginia (Organization; 'filed in the Eastern
 # District of Virginia' -> alias 'Eastern District of Virginia' -- **doubtful**: it may be read as the district, a
 # place, rather than the court; the SEC American Patriot Brands file took the same form as the court's alias);
 # Leonard J. Cipolla ('Cipolla' many times: alias; Person); Tate Street Trading, Inc. ("Tate Street's trading
 # accounts": alias 'Tate Street'; Company). Not annotated: 'Consent Order for Permanent Injunction, Restitution and
 # Ancillary Equitable Relief', 'the order' (papers); 'CFTC Press Release No. 8020-19' (a release number); 'a commodity
 # pool' (unnamed); 'pool participants', 'individuals' (unnamed); the title's 'Virginia Resident' (title only; the text
 # writes 'Virginia' only inside the court's name); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Person", "John A. Gibney, Jr."),
           E("Organization", EDVA, "Eastern District of Virginia"),
           E("Person", "Leonard J. Cipolla", "Cipolla"),
           E("Company", TS, "Tate Street")],
 # No role. **Near-misses**: "Cipolla's company, Tate Street Trading, Inc." (his firm, no title written: the lane's
 # owner rule gives no role; the complaint, not in the text, calls him its principal and an officer -- a reader may
 # give executive or founder from outside knowledge, which the text does not support); Judge Gibney (a judge: no role,
 # 53m's Manning); 'defendant Leonard J. Cipolla' (a party, not a post)
 roles=[],
 # No relation. **Near-misses**: Cipolla's ownership of Tate Street (a person's firm: no relation type); 'transferred
 # ... into Tate Street's trading accounts' (no named FCM or bank); the parallel criminal action (past the cut)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2021-05-14 (`published`); 'September 19, 2019' ('filed in the Eastern District of
 # Virginia on') -> 2019-09-19; 'June 2009' ('from June 2009 through April 2019', twice: one item) -> 2009-06; 'April
 # 2019' (twice: one item) -> 2019-04. Skipped: 'in only two years' (a count, no calendar value); the date line (cut);
 # '$5 Million' (title only, an amount)
 dates=[D("today", "2021-05-14"), D("September 19, 2019", "2019-09-19"), D("June 2009", "2009-06"),
        D("April 2019", "2019-04")])

# ---- SummerHaven Investment Management LLC, CFTC 8389-21, published 2021-05-18 (a Tuesday) ----------------------------
A["us-cftc-summerhaven-investment-management-connecticut-cta-cpo-wash-sales-ice-cme-supervision-2021"] = dict(
 # The Commodity Futures Trading Commission ('CFTC regulations': alias 'CFTC'); SummerHaven Investment Management LLC
 # ('SummerHaven' six times: alias; Company); Connecticut ('a Connecticut commodity trading advisor': Location, the
 # State named -- **doubtful**: written as a modifier of the firm's description, a reader may skip it as 'Swiss' was
 # skipped in 53m; it is the State's own name, as 54zf's 'Iowa'); the InterContinental Exchange (Company, an exchange
 # run as a business; the capital C as written); the Chicago Mercantile Exchange ('various Chicago Mercantile Exchange
 # exchanges': Company, the exchange's name written whole -- **doubtful**: the phrase means the CME Group's several
 # exchanges, so the name stands for a family of exchanges; no 'CME Group' is written, so no parent entity); the
 # Division of Enforcement (Organization, named as a body); the eight staff members (Persons). Not annotated: 'a client'
 # (unnamed); 'one futures commission merchant (FCM)', 'each FCM' (unnamed firms; 'FCM' a registration category);
 # 'commodity trading advisor', 'commodity pool operator' (categories); 'the Commodity Exchange Act' (a law); 'the
 # order' (a paper); 'crude oil, heating oil, gasoil, ...' (commodities); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", SH, "SummerHaven"),
           E("Location", "Connecticut"),
           E("Company", ICE),
           E("Company", CME),
           E("Organization", DOE)]
          + [E("Person", p) for p in STAFF],
 # 'The Division of Enforcement staff members responsible for this action are Kevin Samuel, ... and Rick Glaser.' ->
 # other at the Division of Enforcement, current, for each of the eight (the Citigroup file's 'CFTC Division of
 # Enforcement staff members'; 49d/49k: staff -> other at the Division; GUIDELINES: staff attorneys -> other).
 # **Near-misses**: "SummerHaven's then-Chief Compliance Officer and then-Managing Partner" (titled but unnamed, so
 # no role can be given; 'then-' would make them current=false); the CFTC's Director of Enforcement (not named here)
 roles=[R(p, "other", DOE, True) for p in STAFF],
 # the Division of Enforcement (of the CFTC, whose release lists its staff) -> parentOrganization(Division of
 # Enforcement, CFTC) -- **doubtful**: the text never writes 'the CFTC's Division' (a CFTC release speaking of its own
 # Division; 54zf's Freepoint file, 51g, 51zk). **Near-misses**: SummerHaven's trades 'on the InterContinental Exchange
 # and various Chicago Mercantile Exchange exchanges' (venues, no partnership, supply or customer contract: no
 # partner); 'moving positions held by a client from one futures commission merchant (FCM) to another' (unnamed firms);
 # SummerHaven's owner or parent (none written)
 relations=[L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today issued') -> 2021-05-18 (`published`); 'July 2, 2018' ('Specifically, on July 2, 2018') ->
 # 2018-07-02. Skipped: the date line (cut); '$500,000' (title and text, an amount)
 dates=[D("today", "2021-05-18"), D("July 2, 2018", "2018-07-02")])

# ---- Adam Todd / Digitex LLC, Digitex Limited, Digitex Software Limited, Blockster Holdings Limited Corporation
#      ('Digitex Futures'), CFTC 8605-22, published 2022-10-03 (a Monday) ------------------------------------------------
A["us-cftc-digitex-llc-blockster-holdings-adam-todd-digitex-futures-unregistered-exchange-token-manipulation-2022"] = dict(
 # The Commodity Futures Trading Commission ('the CFTC' four times, "The CFTC's action": alias 'CFTC'); the U.S.
 # District Court for the Southern District of Florida (Organization); Florida ('Florida resident Adam Todd', 'an office
 # in Florida': Location; 'Southern District of Florida' is inside the court's name); Adam Todd ('Todd' five times:
 # alias; Person); Digitex LLC, Digitex Limited, Digitex Software Limited, Blockster Holdings Limited Corporation (four
 # Companies, 'four companies he controlled'; 'his companies' is a collective, no alias); Digitex Futures ('a digital
 # asset exchange under the trade name "Digitex Futures"', 'The Digitex Futures exchange', 'the Digitex Futures native
 # token': Service, the trading platform customers use -- **doubtful**: the text also writes 'Todd and Digitex Futures
 # are charged' and 'Digitex Futures ... operated', so a reader may make it a Company (an exchange run as a business,
 # 54zf's COMEX) or an alias of the four firms together; it is a trade name, no legal entity, and the four companies
 # are named apart); Gretchen Lowe (Person); U.S. ('U.S. customers', 'U.S. regulation': Location, as the Freepoint
 # file's 'U.S.'). Not annotated: 'the Commodity Exchange Act (CEA)', "the CEA's" (a law); 'a designated contract
 # market' (a registration category); 'the Digitex Futures native token' (a token, unnamed in the kept text: DGTX is
 # past the cut); 'our nation's' (no name); the title's 'Miami Resident' (title only); 'the complaint' (a paper)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Organization", SDFL),
           E("Location", "Florida"),
           E("Person", "Adam Todd", "Todd")]
          + [E("Company", c) for c in DX]
          + [E("Service", DXF),
             E("Person", "Gretchen Lowe"),
             E("Location", "U.S.")],
 # 'said Acting Director of Enforcement Gretchen Lowe' (in a CFTC release, of 'the CFTC will vigorously investigate')
 # -> director at the CFTC, current (53m's Lowe, 'Acting Director of the CFTC's Division of Enforcement' -> director;
 # 'Acting' keeps the post current). **Near-misses**: Adam Todd and 'four companies he controlled' (control, no title
 # written: no role by the lane's owner rule; news copies call him founder and CEO -- not in this text); 'Florida
 # resident Adam Todd' (a residence, no role)
 roles=[R("Gretchen Lowe", "director", CFTC, True)],
 # 'Todd and his companies operated a digital asset exchange under the trade name "Digitex Futures."' -> provider(
 # Digitex Futures, X) for each of the four companies (the text says 'his companies', i.e. the four just listed, ran
 # it) -- **doubtful**: the service-or-company call above; and a reader may tie the platform to one company only
 # (the text does not say which runs what). **Near-misses**: the four companies under Todd's control (no parent among
 # them is written: Blockster Holdings' name suggests a holding company, but the text gives no ownership, so no
 # parentOrganization); Todd's control (a person's, no relation type); 'participation from U.S. customers' (unnamed)
 relations=[L(DXF, "provider", c) for c in DX],
 outages=[],
 # 'today' ('today announced') -> 2022-10-03 (`published`); 'May 2020' ('from approximately May 2020 through May
 # 2022') -> 2020-05; 'May 2022' -> 2022-05. Skipped: the date line (cut)
 dates=[D("today", "2022-10-03"), D("May 2020", "2020-05"), D("May 2022", "2022-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
