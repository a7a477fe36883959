#!/usr/bin/env python3
"""Gold annotations (the texts of batch56e.py: four CFTC enforcement press releases -- the settled order against 'ICAP
Capital Markets LLC (ICAP), now known as Intercapital Capital Markets LLC (ICAP)', for aiding and abetting its bank
clients' attempts to manipulate USD ISDAFIX, with 'James McDonald, CFTC Director of Enforcement' quoted (7793-18, 18
September 2018); the two settled orders against 'two interdealer brokers: BGC Financial, LP and GFI Securities, LLC'
over 'flying' prices and 'printing' trades on their EFX options desks, with 'CFTC Director of Enforcement James
McDonald' quoted (8035-19, 2 October 2019); the settled order against 'tpSEF, Inc., a registered swap execution
facility (SEF)', over the 15-second delay rule, with 'Division of Enforcement Acting Director Gretchen Lowe' quoted
(8601-22, 29 September 2022); the settled order against 'CX Futures Exchange, L.P. (CX), a designated contract market
headquartered in New York, N.Y.', with 'Acting Director of Enforcement Gretchen Lowe' quoted (8603-22, 29 September
2022)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
BGC Financial / GFI Securities -> test, CX Futures Exchange -> train, ICAP Capital Markets -> dev, tpSEF -> train (as
write_parts dealt them).
Dates resolve against `published` (each release's date line: 'September 18, 2018', 'October 2, 2019', 'September 29,
2022' twice).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs, 55a, 55h, 55r, 55w, 55z): the regulator -> Organization under the name the text writes ('U.S. Commodity Futures
Trading Commission' in 8035-19, 'Commodity Futures Trading Commission' in the other three), 'CFTC' as alias (bracketed,
or used alone for the name written once: 55w's 'Mizuho' way, 55z), 'Commission' too where the text brackets it as a
short form ('(CFTC or Commission)', 51zk's and 55w's way) and not where it only says 'The Commission's' unbracketed;
bracketed short forms -> aliases ('ICAP', 'CX'); a short form used alone for a name written in full once -> alias
('BGC', 'GFI', 'tpSEF'), and the page's own other spelling of it ('tpSef'); a name the text gives as the firm's present
name ('now known as X') -> alias of the one company (GUIDELINES part 2: former names are aliases; the charged name kept
as the name); interdealer brokers, the operator of a swap execution facility and a designated contract market ->
Company (55z's SEFs, 53e's CBOT, 55h's CME); 'headquartered in City, State' -> one Location ('New York, N.Y.', 50d's and
50g's 'City, State' way); 'Director of Enforcement' and 'Acting Director of Enforcement' at the CFTC, no Division
written as a body elsewhere in the text -> director at the CFTC (49h, 50d, 51a, 53m, 55a, 55w, 55z's McDonald), also
where the Division is named only inside the title ('Division of Enforcement Acting Director', 53m's and 51a's way: no
Division entity); a benchmark and the association named only inside its name ('the U.S. Dollar International Swaps and
Derivatives Association Fix (USD ISDAFIX)'), laws (the Commodity Exchange Act (CEA)), rules ('the CFTC 15-second delay
requirement', 'system safeguard regulations'), registration categories ('interdealer brokers', 'swap execution facility
(SEF)', 'designated contract market'), instruments ('EFX options', 'interest rate swaps'), practices ('flying',
'printing'), labels ('the Relevant Period'), papers ('The CFTC Order', 'The respective orders'), unnamed desks,
platforms, brokers, traders, banks, clients, customers, monitors and boards -> nothing; amounts -> nothing.
usage: batch56e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather57e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

UCFTC = "U.S. Commodity Futures Trading Commission"
CFTC = "Commodity Futures Trading Commission"
ICAPCM = "ICAP Capital Markets LLC"
BGCF = "BGC Financial, LP"
GFIS = "GFI Securities, LLC"
TPSEF = "tpSEF, Inc."
CXFE = "CX Futures Exchange, L.P."
A = {}

# ---- ICAP Capital Markets LLC, CFTC 7793-18, published 2018-09-18 (a Tuesday) --------------------------------------------
A["us-cftc-icap-capital-markets-intercapital-usd-isdafix-aiding-abetting-attempted-manipulation-2018"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC or Commission)': both short forms bracketed -> aliases 'CFTC' and
 # 'Commission'; 'CFTC Order', 'CFTC actions', "the Commission's unrelenting commitment" use them); ICAP Capital Markets
 # LLC ('(ICAP)', 'ICAP's swaps brokers', 'requiring ICAP': alias 'ICAP'; Company) with 'now known as Intercapital
 # Capital Markets LLC (ICAP)' -> alias 'Intercapital Capital Markets LLC' of the same company -- **doubtful** only in
 # which form is the name: the text charges the company under its old name and the heading uses it, so it is kept as
 # the name and the present name is an alias (a reader may swap them; one entity either way); James McDonald ('James
 # McDonald, CFTC Director of Enforcement, commented': Person). Not annotated: 'the ISDAFIX benchmark', 'USD ISDAFIX',
 # 'the U.S. Dollar International Swaps and Derivatives Association Fix' (a benchmark rate, no organisation -- and the
 # International Swaps and Derivatives Association is named only inside the benchmark's name, so no Organization of its
 # own: GUIDELINES part 2's 'named only inside a product name' rule; **near-miss**); 'an Order', 'The CFTC Order'
 # (papers); 'certain of its brokers', "ICAP's swaps brokers", 'traders at bank clients', 'several of its bank clients'
 # (unnamed persons and banks); 'interest rate products', 'cash-settled options on interest rate swaps' (instruments);
 # '(the Relevant Period)' (a label); the heading's words; amounts
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", ICAPCM, "ICAP", "Intercapital Capital Markets LLC"),
           E("Person", "James McDonald")],
 # 'James McDonald, CFTC Director of Enforcement' -> director at the Commodity Futures Trading Commission, current (no
 # Division written as a body: 55a's, 55w's and 55z's call on the same words). **Near-misses**: ICAP's brokers and the
 # traders at its bank clients (unnamed: no Person, no post); ICAP's officers (none named)
 roles=[R("James McDonald", "director", CFTC, True)],
 # No relation. **Near-misses**: ICAP Capital Markets' parent (no ICAP plc, NEX or other group is written in this text:
 # 55z's ICAP Europe text names ICAP plc for another company, and this one does not -- outside knowledge only); ICAP
 # and 'several of its bank clients' (a broker and its clients would be a customer tie, but no client is named: no
 # partner); the old and the present name (one company renamed: an alias, not an acquisition or parent); the CFTC's
 # Order against ICAP (an enforcement action)
 relations=[],
 outages=[],
 # 'today' ('today issued an Order') -> 2018-09-18 (`published`); 'January 2007' ('beginning in at least January
 # 2007') -> 2007-01; 'December 2012' ('continuing through December 2012') -> 2012-12. Skipped: 'over more than five
 # years' (a span, no calendar value of its own); the date line (cut); '$50 million' (an amount)
 dates=[D("today", "2018-09-18"), D("January 2007", "2007-01"), D("December 2012", "2012-12")])

# ---- BGC Financial, LP and GFI Securities, LLC, CFTC 8035-19, published 2019-10-02 (a Wednesday) -----------------------
A["us-cftc-bgc-financial-gfi-securities-interdealer-brokers-efx-options-flying-printing-fraud-2019"] = dict(
 # The U.S. Commodity Futures Trading Commission (no bracketed short form; 'CFTC regulations', 'The CFTC is committed',
 # 'CFTC Director of Enforcement': alias 'CFTC', the short form used alone for the name written once, 55z's way); BGC
 # Financial, LP ('BGC' alone afterwards, 'brokers employed by BGC', 'BGC and GFI brokers': alias 'BGC'; Company, an
 # interdealer broker); GFI Securities, LLC ('GFI' alone afterwards: alias 'GFI'; Company); James McDonald ('said CFTC
 # Director of Enforcement James McDonald': Person). Not annotated: 'two interdealer brokers' (a category); 'their
 # respective emerging markets foreign exchange options (EFX options) desks' (unnamed desks, one at each broker -- unlike
 # 55z's named Tullett desk: no Company); "their company's electronic platform for EFX options", 'the platform', 'the
 # screen' (an unnamed platform: no Service -- **near-miss**); 'EFX options' (instruments); 'flying', 'printing' (the
 # brokers' words for practices); 'a monitor' (unnamed); 'the Commodity Exchange Act' (a law); 'CFTC regulations'
 # (rules); 'orders', 'The respective orders' (papers); 'brokers', 'clients', 'no trading institution', 'Brokers and
 # other intermediaries' (unnamed or generic); the heading's words (title only; it names no party); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", BGCF, "BGC"),
           E("Company", GFIS, "GFI"),
           E("Person", "James McDonald")],
 # 'said CFTC Director of Enforcement James McDonald' -> director at the U.S. Commodity Futures Trading Commission,
 # current (no Division written: 55a, 55w, 55z). **Near-misses**: the brokers employed by BGC and GFI (unnamed: no
 # Person, no post at either company); the monitor to be appointed (unnamed, no post)
 roles=[R("James McDonald", "director", UCFTC, True)],
 # No relation. **Near-misses**: BGC Financial and GFI Securities under one group, or one the other's (the text names
 # no BGC Partners, GFI Group or other parent, and no purchase -- outside knowledge only; the two are charged side by
 # side, no partner); each broker and 'their respective clients' (unnamed: no customer tie); each broker and 'their
 # company's electronic platform' (no named Service: no provider); the CFTC's orders (enforcement actions)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2019-10-02 (`published`); 'Monday, September 30, 2019' ('The orders were entered on
 # Monday, September 30, 2019') -> 2019-09-30 (one expression, the weekday with the full date). Skipped: the date line
 # (cut); '$15 million', '$10 million' and the heading's '$25 Million' (amounts)
 dates=[D("today", "2019-10-02"), D("Monday, September 30, 2019", "2019-09-30")])

# ---- tpSEF, Inc., CFTC 8601-22, published 2022-09-29 (a Thursday) -------------------------------------------------------
A["us-cftc-tpsef-swap-execution-facility-15-second-delay-rule-cross-transactions-2022"] = dict(
 # The Commodity Futures Trading Commission (written without 'U.S.'; 'the CFTC 15-second delay requirement', 'the CFTC
 # regulation', 'report its findings to the CFTC', "The CFTC's time delay requirement": alias 'CFTC', used alone for the
 # name written once); tpSEF, Inc. ('tpSEF' alone throughout: alias 'tpSEF'; and once 'tpSef failed to comply', the
 # page's own other spelling of the same short form: alias 'tpSef'; Company, the operator of a swap execution facility,
 # 55z's BGC SEF / GFI SEF way -- **doubtful**: 'swaps executed on tpSEF' reads as the trading venue, a reader may add
 # a Service; the text names the business and its facility by one name, so one Company); Gretchen Lowe ('said Division
 # of Enforcement Acting Director Gretchen Lowe': Person). Not annotated: 'a registered swap execution facility (SEF)',
 # 'the SEF', "the SEF's own rule", 'swap execution facilities', 'registered entities' (a category and generic nouns;
 # 'SEF' no alias); 'Division of Enforcement' (named only inside Lowe's title: no Organization, 53m's and 51a's way --
 # **near-miss**, below); 'the CFTC 15-second delay requirement', 'the CFTC regulation', 'the CFTC time delay
 # regulation', 'CFTC regulations' (rules); 'a SEF order book' (no name); 'two customers', 'a broker or dealer' (generic);
 # 'interest rate swaps', 'credit default swaps' (instruments); 'an order', 'The order' (papers); the heading's words
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", TPSEF, "tpSEF", "tpSef"),
           E("Person", "Gretchen Lowe")],
 # 'said Division of Enforcement Acting Director Gretchen Lowe' -> director at the Commodity Futures Trading
 # Commission, current (the Division named only inside her title, not as a body elsewhere: 53m's call on Lowe herself,
 # 51a's on 'CFTC Acting Director of Enforcement'; 'Acting' -> director, 49h) -- **doubtful**: 55h and 51zk hung the
 # same words on a Division of Enforcement that their texts also named as a body; here the Division appears only in
 # the title, so no Division entity and the role goes to the CFTC. **Near-misses**: tpSEF's officers (none named); the
 # broker or dealer of the rule (generic)
 roles=[R("Gretchen Lowe", "director", CFTC, True)],
 # No relation. **Near-misses**: tpSEF's parent (the text names no Tullett Prebon, TP ICAP or other owner -- the 'tp'
 # in the name is no statement of one: outside knowledge only; 55z's Tullett Prebon Americas text is another company);
 # tpSEF and its customers (unnamed: no partner); tpSEF and the CFTC ('report its findings to the CFTC': regulatory
 # reporting, no tie)
 relations=[],
 outages=[],
 # 'today' ('today issued an order') -> 2022-09-29 (`published`); 'August 2020' ('from August 2020 to the present')
 # -> 2020-08. Skipped: 'the present' (an open end-point, no calendar value of its own a careful reader can fix
 # beyond the release's own date); 'within 180 days of the date of the order'
 # (a deadline span from an order date the text does not give as such); '15-second' (a span); the date line (cut);
 # '$850,000' (an amount)
 dates=[D("today", "2022-09-29"), D("August 2020", "2020-08")])

# ---- CX Futures Exchange, L.P., CFTC 8603-22, published 2022-09-29 (a Thursday) ----------------------------------------
A["us-cftc-cx-futures-exchange-designated-contract-market-system-safeguards-false-statement-2022"] = dict(
 # The Commodity Futures Trading Commission (written without 'U.S.'; 'CFTC regulations', 'a false statement to the
 # CFTC', 'The CFTC will continue', 'notify the CFTC': alias 'CFTC', used alone for the name written once); CX Futures
 # Exchange, L.P. ('(CX)', 'CX' throughout: alias 'CX'; Company, a designated contract market run as a business, 53e's
 # CBOT and 55h's CME way); New York, N.Y. ('headquartered in New York, N.Y.': one Location, 50d's and 50g's 'City,
 # State' way); Gretchen Lowe ('said Acting Director of Enforcement Gretchen Lowe': Person). Not annotated: "The
 # Commission's system safeguard regulations" ('The Commission' unbracketed in this text: a generic reference, no alias
 # -- **doubtful**: it can only mean the CFTC; 55w's and this batch's 'Commission' aliases are bracketed forms); 'a
 # designated contract market', 'all designated contract markets' (a category); 'the Commodity Exchange Act (CEA)',
 # 'the CEA' (a law; 'CEA' no alias of an entity); 'CFTC regulations', 'system safeguard regulations' (rules);
 # 'enterprise technology risk assessments (ETRA)', 'ETRAs' (assessments; 'ETRA' no entity); 'its automated systems'
 # (unnamed systems: no Service); 'the board level' (CX's board, unnamed: no Organization); 'The order' (a paper); the
 # heading's words (title only; it names no party); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", CXFE, "CX"),
           E("Location", "New York, N.Y."),
           E("Person", "Gretchen Lowe")],
 # 'said Acting Director of Enforcement Gretchen Lowe' -> director at the Commodity Futures Trading Commission, current
 # (no Division written: 49h's 'Acting Director of Enforcement' way, 53m's call on Lowe). **Near-misses**: CX's board
 # and officers (none named; 'the board level' a post-less body); the person who gave the false statement (none named)
 roles=[R("Gretchen Lowe", "director", CFTC, True)],
 # No relation. **Near-misses**: CX's owner (no Cantor Fitzgerald or other parent is written -- outside knowledge
 # only); CX headquartered in New York, N.Y. (no relation type for a place; the Location stands alone); CX reporting to
 # the CFTC and giving it a false statement (regulatory conduct, no tie)
 relations=[],
 outages=[],
 # 'today' ('today issued an order') -> 2022-09-29 (`published`); 'September 2017' ('from approximately September 2017
 # to August 2021') -> 2017-09 and 'August 2021' -> 2021-08 (the month expressions; 'approximately' modifies the span,
 # not the month). Skipped: 'in a timely manner' (no calendar value); the date line (cut); '$6.5 million' (an amount).
 # No outage: the system safeguard failures are failures to test, assess and notify, not a service that users lost
 # (GUIDELINES part 2, Outages) -- a **near-miss**: no system is said to have gone down
 dates=[D("today", "2022-09-29"), D("September 2017", "2017-09"), D("August 2021", "2021-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
