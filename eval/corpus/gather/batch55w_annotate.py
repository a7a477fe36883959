#!/usr/bin/env python3
"""Gold annotations (the texts of batch55w.py: three CFTC enforcement press releases -- the settled supervision order
against 'INTL FCStone Markets, LLC (FCStone), a provisionally registered Swap Dealer', over 'traders in its Kansas City
Energy Group (KCEG)', with 'FCStone is a subsidiary of INTL FCStone Inc., a financial services company based in New
York, New York' (7216-15, 19 August 2015); the settled order against 'New York-based, provisionally registered swap
dealer Mizuho Capital Markets LLC' for violations of the Swap Dealer Business Conduct Standards, with 'Director of
Enforcement Ian McGinley' quoted (8695-23, 25 April 2023); the settled supervision order against 'R.J. O'Brien &
Associates LLC (RJO) of Chicago, Illinois', with 'James McDonald, Director of the CFTC's Division of Enforcement' quoted
(7764-18, 30 July 2018)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts): INTL
FCStone Markets -> test, Mizuho Capital Markets -> train, R.J. O'Brien -> dev.
Dates resolve against `published` (each release's date line: 'August 19, 2015', 'April 25, 2023', 'July 30, 2018').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs, 55a, 55h, 55r): the regulator -> Organization under the name the text writes ('U.S. Commodity Futures Trading
Commission' in 7216-15, 'Commodity Futures Trading Commission' in 8695-23 and 7764-18), 'CFTC' as alias, and
'Commission' too where the text brackets it as a short form ('(CFTC or Commission)', 51zk's way); bracketed short forms
-> aliases ('FCStone', 'KCEG', 'RJO'); a short form used alone for a name the text writes in full once -> alias
('Mizuho'); 'City, State' -> one Location ('New York, New York', 'Chicago, Illinois'); an 'X-based' place -> Location
under the place's name as written ('New York', 55r's Macquarie); 'X is a subsidiary of Y' -> parentOrganization(X, Y)
(GUIDELINES part 1); a named business unit of a company ('its Kansas City Energy Group') -> Company with
parentOrganization to the company (the lane's named-unit way: 55h's task force, the business-unit call recorded in
GATHERING.md); 'said Director of Enforcement X', no Division written as a body -> director at the CFTC (55a's McGinley,
49h); 'X, Director of the CFTC's Division of Enforcement' -> the Division as an Organization, X director at it, and
parentOrganization(Division of Enforcement, the CFTC) written by the possessive (51g, 51zk, 55h); Congress ->
Organization (52g, 52k); regulations ('CFTC Regulation 23.602', 'Regulation 23.602'), laws (the Commodity Exchange Act),
standards ('the Swap Dealer Business Conduct Standards', 'the Business Conduct Standards'), registration categories
('Swap Dealer', 'Futures Commission Merchant'), contracts and instruments ('deal-contingent FX forwards', 'foreign
exchange forward transactions'), labels ('(the relevant period)', '(Relevant Period)', '(Client)'), unnamed customers,
clients, traders and employees -> nothing; amounts -> nothing.
usage: batch55w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

Q = "\u2019"
UCFTC = "U.S. Commodity Futures Trading Commission"
CFTC = "Commodity Futures Trading Commission"
FCSM = "INTL FCStone Markets, LLC"
FCSI = "INTL FCStone Inc."
KCEG = "Kansas City Energy Group"
MIZ = "Mizuho Capital Markets LLC"
RJO = "R.J. O" + Q + "Brien & Associates LLC"
DOE = "Division of Enforcement"
A = {}

# ---- INTL FCStone Markets, LLC, CFTC 7216-15, published 2015-08-19 (a Wednesday) ---------------------------------------
A["us-cftc-intl-fcstone-markets-swap-dealer-subsidiary-intl-fcstone-kansas-city-energy-group-supervision-2015"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC Order', 'CFTC Regulation 23.602', "the CFTC's
 # Order", 'the first CFTC enforcement action': alias 'CFTC'); INTL FCStone Markets, LLC ('(FCStone)' and 'FCStone'
 # throughout, "FCStone's KCEG", "FCStone's written compliance procedures": alias 'FCStone'; Company); the Kansas City
 # Energy Group ('in its Kansas City Energy Group (KCEG)', 'traders in its Kansas City Energy Group', "FCStone's KCEG":
 # alias 'KCEG'; Company, a named business unit of the swap dealer -- **doubtful**: a reader may leave an internal
 # trading group out as no organisation of its own, or type it Organization; the lane's named-unit way and the
 # business-unit call in GATHERING.md give it an entity and a parent); INTL FCStone Inc. ('a subsidiary of INTL FCStone
 # Inc., a financial services company': Company -- **near-miss**: the alias 'FCStone' belongs to the Markets LLC, the
 # text's bracketed short form, not to the Inc.); New York, New York ('based in New York, New York': one Location, the
 # 'City, State' way). Not annotated: 'a provisionally registered Swap Dealer' (a registration category); 'CFTC
 # Regulation 23.602', 'Regulation 23.602' (a rule); 'swap dealers and major swap participants' (generic categories);
 # 'traders', 'employees', 'customer accounts', 'a trader' (unnamed); '(the relevant period)' (a label); 'written
 # compliance procedures' (papers); the heading's words (title only); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", FCSM, "FCStone"),
           E("Company", KCEG, "KCEG"),
           E("Company", FCSI),
           E("Location", "New York, New York")],
 # No role: no person is named in the kept text. **Near-misses**: the KCEG traders and 'an individual with
 # supervisory duties' on the KCEG's Swaps Sales desk (unnamed, and the desk's sentence is cut); FCStone's officers
 # (none named); the CFTC's staff and Director (not in the kept part)
 roles=[],
 # 'FCStone is a subsidiary of INTL FCStone Inc.' -> parentOrganization(INTL FCStone Markets, LLC, INTL FCStone Inc.)
 # (GUIDELINES part 1: subsidiary statements); 'traders in its Kansas City Energy Group (KCEG)' -> parentOrganization(
 # Kansas City Energy Group, INTL FCStone Markets, LLC) ('its' is FCStone's: "X's Y division" counts; **doubtful** with
 # the unit's entity, above). **Near-misses**: KCEG under INTL FCStone Inc. (the text ties it to the LLC only; no
 # transitive tie is written); 'the KCEG's Swaps Sales desk' (cut with its broken sentence: not in the text); a
 # customer or partner tie between FCStone and its customers (unnamed); the CFTC's order against FCStone (an
 # enforcement action, not a tie of the vocabulary)
 relations=[L(FCSM, "parentOrganization", FCSI), L(KCEG, "parentOrganization", FCSM)],
 outages=[],
 # 'today' ('today filed and simultaneously settled') -> 2015-08-19 (`published`); 'January 2013' ('from at least
 # January 2013 through July 21, 2013') -> 2013-01; 'July 21, 2013' -> 2013-07-21. Skipped: '(the relevant period)',
 # 'during the relevant period' (a label); '23.602' (a rule number); the date line (cut); '$200,000' (an amount)
 dates=[D("today", "2015-08-19"), D("January 2013", "2013-01"), D("July 21, 2013", "2013-07-21")])

# ---- Mizuho Capital Markets LLC, CFTC 8695-23, published 2023-04-25 (a Tuesday) -----------------------------------------
A["us-cftc-mizuho-capital-markets-new-york-swap-dealer-deal-contingent-fx-forwards-business-conduct-standards-2023"] = dict(
 # The Commodity Futures Trading Commission (written without 'U.S.'; 'CFTC regulations', "The CFTC's settlement":
 # alias 'CFTC'); New York ('New York-based, provisionally registered swap dealer': Location, the 'X-based' way);
 # Mizuho Capital Markets LLC ('Mizuho' throughout, "Mizuho's failure": alias 'Mizuho'; Company -- the short form is
 # not bracketed, but every later 'Mizuho' is this swap dealer, the only Mizuho the text names); Ian McGinley ('said
 # Director of Enforcement Ian McGinley': Person); Congress ('Congress mandated these standards': Organization, 52g's
 # way). Not annotated: 'the Swap Dealer Business Conduct Standards', 'the Business Conduct Standards', 'these
 # standards' (rules); 'the Commodity Exchange Act (CEA)' (a law; 'CEA' no alias of an entity); 'CFTC regulations'
 # (rules); 'provisionally registered swap dealer', 'swap dealers' (a category); 'certain foreign exchange forward
 # transactions', 'deal-contingent FX forwards', 'the foreign exchange forward' (instruments); 'customers', 'the
 # customer' (unnamed); 'swaps markets', 'over-the-counter swaps markets' (generic markets); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Location", "New York"),
           E("Company", MIZ, "Mizuho"),
           E("Person", "Ian McGinley"),
           E("Organization", "Congress")],
 # 'said Director of Enforcement Ian McGinley' (in a CFTC release, of "The CFTC's settlement") -> director at the
 # Commodity Futures Trading Commission, current (55a's call on the same speaker in the same words; no Division is
 # written as a body, so the CFTC is the org -- **doubtful** as in 55a: a reader may set a Division of Enforcement the
 # text never names, or leave the org out). **Near-misses**: Mizuho's officers and traders (none named); Congress's
 # members (none named)
 roles=[R("Ian McGinley", "director", CFTC, True)],
 # No relation. **Near-misses**: Mizuho Capital Markets LLC's parent (no Mizuho group, bank or holding company is in
 # the text: outside knowledge only, so no parentOrganization); the deal-contingent FX forwards Mizuho executed 'with
 # the customer' (unnamed customers: no partner tie); Congress 'mandated these standards' (lawmaking, not a tie of the
 # vocabulary); the CFTC's order against Mizuho (an enforcement action)
 relations=[],
 outages=[],
 # 'today' ('today issued an order') -> 2023-04-25 (`published`); 'June 2018' ('from June 2018 to December 2020') ->
 # 2018-06; 'December 2020' -> 2020-12. Skipped: 'the minutes or seconds before' (no calendar value); the date line
 # (cut); '$1,847,182.90', '$5 million' and the heading's '$6.8 Million' (amounts)
 dates=[D("today", "2023-04-25"), D("June 2018", "2018-06"), D("December 2020", "2020-12")])

# ---- R.J. O'Brien & Associates LLC, CFTC 7764-18, published 2018-07-30 (a Monday) ---------------------------------------
A["us-cftc-rj-obrien-associates-chicago-fcm-post-execution-allocation-supervision-prior-commission-order-2018"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC or Commission)': both short forms bracketed -> aliases 'CFTC' and
 # 'Commission'; 'registered with the Commission', 'a prior Commission Order', 'The CFTC Order', "the CFTC's Division
 # of Enforcement", 'The Commission expects'); R.J. O'Brien & Associates LLC ('(RJO)' and 'RJO' throughout, 'an RJO
 # client': alias 'RJO'; Company, the curly apostrophe as written); Chicago, Illinois ('RJO ... of Chicago, Illinois':
 # one Location, the 'City, State' way); James McDonald (Person); the Division of Enforcement ("Director of the CFTC's
 # Division of Enforcement": Organization, the possessive dropped, the Division written as a body). Not annotated: 'a
 # Futures Commission Merchant' (a registration category); 'the Commodity Exchange Act' (a law); 'a prior Commission
 # Order', 'The CFTC Order', 'an Order' (papers); 'an RJO client (Client)' (unnamed -- **near-miss**: the client, a
 # commodity pool operator and trading adviser, is never named in the kept text, so no entity, role or customer tie);
 # 'its employees', 'customer accounts', 'Registrants', 'these registrants', 'wrongdoers' (generic); '(Relevant
 # Period)' (a label); 'bunched orders', 'post-execution trade allocations' (practices); amounts
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", RJO, "RJO"),
           E("Location", "Chicago, Illinois"),
           E("Person", "James McDonald"),
           E("Organization", DOE)],
 # "James McDonald, Director of the CFTC's Division of Enforcement" -> director at the Division of Enforcement,
 # current (51zk's and 55h's call, the Division written as a body; the text's own words). **Near-misses**: a director
 # role at the CFTC as well (one post, at the Division the text names: not doubled); RJO's officers and employees
 # (none named); the unnamed Client's principal (no name, no post)
 roles=[R("James McDonald", "director", DOE, True)],
 # "the CFTC's Division of Enforcement" -> parentOrganization(Division of Enforcement, Commodity Futures Trading
 # Commission) (the possessive, "X's Y division" of GUIDELINES part 1; 51g, 51zk, 55h). **Near-misses**: RJO and its
 # 'RJO client (Client)' (a customer tie, but the client is unnamed: no partner); RJO 'registered with the Commission'
 # (a registration, not ownership or partnership); the prior Commission Order against RJO (an enforcement action)
 relations=[L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today issued an Order') -> 2018-07-30 (`published`); 'January 2013' ('between at least January 2013 and
 # January 2014') -> 2013-01; 'January 2014' -> 2014-01. Skipped: '(Relevant Period)' (a label); 'At all relevant
 # times' (no calendar value); the date line (cut); '$600,000' (an amount)
 dates=[D("today", "2018-07-30"), D("January 2013", "2013-01"), D("January 2014", "2014-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
