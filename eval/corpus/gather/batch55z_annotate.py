#!/usr/bin/env python3
"""Gold annotations (the texts of batch55z.py: four CFTC enforcement press releases -- the settled order against
'Morgan Stanley Capital Group, Inc. (Morgan Stanley)' for concealing a Trade at Settlement block crude oil trade from
'the New York Mercantile Exchange (NYMEX)', with 'UBS Securities Inc. (UBS)' charged with aiding and abetting (5816-10,
29 April 2010); the settled order against 'ICAP Europe Limited (ICAP), an interdealer broker', over Yen LIBOR, with
'ICAP is a subsidiary of U.K.-based ICAP plc' and a client 'employed at UBS Securities Japan Co., Ltd. (UBS)' (6708-13,
25 September 2013); the two settled orders against 'Tullett Prebon Americas Inc., an interdealer broker and
CFTC-registered introducing broker headquartered in New Jersey', with 'CFTC Director of Enforcement James McDonald'
quoted (8012-19, 13 September 2019); the two settled orders against the swap execution facilities 'BGC Derivative
Markets, L.P. and GFI Swaps Exchange, LLC', with 'Director of Enforcement Ian McGinley' quoted (8990-24, 1 October
2024)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts): BGC
Derivative Markets / GFI Swaps Exchange -> test, ICAP Europe -> train, Morgan Stanley Capital Group -> dev, Tullett
Prebon Americas -> train (as write_parts dealt them).
Dates resolve against `published` (each release's date line: 'April 29, 2010', 'September 25, 2013', 'September 13,
2019', 'October 01, 2024').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs, 55a, 55h, 55r, 55w): the regulator -> Organization under the name the text writes ('U.S. Commodity Futures
Trading Commission' in 5816-10, 6708-13 and 8012-19, 'Commodity Futures Trading Commission' in 8990-24), 'CFTC' as
alias (bracketed or, in 8012-19 and 8990-24, used alone for the name written once: 55w's 'Mizuho' way); bracketed short
forms -> aliases ('Morgan Stanley', 'UBS', 'NYMEX', 'ICAP'); a short form used alone for a name written in full once
-> alias ('UBS Securities', 'Tullett', 'BGC SEF', 'GFI SEF'); an exchange run as a business -> Company (53e's CBOT,
55h's CME); 'X is a subsidiary of Y' -> parentOrganization(X, Y) (GUIDELINES part 1); an 'X-based' place -> Location
under the place's name as written ('U.K.', 55w's 'New York'); 'headquartered in X' -> Location ('New Jersey'); a named
business unit of a company ('its U.S. Dollar Medium Term Interest Rate Swaps Desk') -> Company with parentOrganization
to the company (55w's Kansas City Energy Group); 'said CFTC Director of Enforcement X', no Division written as a body
-> director at the CFTC (55a, 55w); 'said Director of Enforcement X' in a text that names 'the Division of
Enforcement' as a body -> director at the Division, the Division an Organization with parentOrganization to the CFTC
(55h's way, **doubtful** where the text does not write the Division as the CFTC's); contract months ('March 2009
crude oil futures contracts') -> dates (53e's 'September 2004', **doubtful**); laws (the Commodity Exchange Act),
benchmarks ('the London Interbank Offered Rate (LIBOR)'), rules and principles ('SEF Core Principles', 'CFTC
regulations'), registration categories ('interdealer broker', 'introducing broker', 'swap execution facilities
(SEFs)'), trade types ('Trade at Settlement (TAS) block crude oil trade'), papers ('The CFTC orders', 'a prior CFTC
order'), nicknames of unnamed brokers ('Lord LIBOR', 'Mr. LIBOR'), unnamed traders, brokers, customers, clients,
banks, officers and consultants -> nothing; amounts -> nothing.
usage: batch55z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

UCFTC = "U.S. Commodity Futures Trading Commission"
CFTC = "Commodity Futures Trading Commission"
MSCG = "Morgan Stanley Capital Group, Inc."
UBSS = "UBS Securities Inc."
NYMEX = "New York Mercantile Exchange"
ICAPE = "ICAP Europe Limited"
ICAPP = "ICAP plc"
UBSJ = "UBS Securities Japan Co., Ltd."
TPA = "Tullett Prebon Americas Inc."
DESK = "U.S. Dollar Medium Term Interest Rate Swaps Desk"
BGC = "BGC Derivative Markets, L.P."
GFI = "GFI Swaps Exchange, LLC"
DOE = "Division of Enforcement"
A = {}

# ---- Morgan Stanley Capital Group, Inc. / UBS Securities Inc., CFTC 5816-10, published 2010-04-29 (a Thursday) --------
A["us-cftc-morgan-stanley-capital-group-ubs-securities-concealed-tas-block-crude-oil-trade-nymex-2010"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC orders': alias 'CFTC'); Morgan Stanley Capital
 # Group, Inc. ('(Morgan Stanley)' and 'Morgan Stanley' throughout, 'a Morgan Stanley trader': alias 'Morgan Stanley';
 # Company -- **doubtful** only in that a reader may take 'Morgan Stanley' for the bank of that name; the text brackets
 # it as this company's short form and names no other Morgan Stanley); UBS Securities Inc. ('(UBS)', 'UBS' throughout,
 # and once 'UBS Securities aiding and abetting': aliases 'UBS' and 'UBS Securities'); the New York Mercantile Exchange
 # ('(NYMEX)', 'on the NYMEX': alias 'NYMEX'; Company, an exchange run as a business, 53e's CBOT). Not annotated: 'a
 # large Trade at Settlement (TAS) block crude oil trade', 'a TAS (Trade at Settlement) block trade', 'the TAS block
 # trade' (a trade type; 'TAS' no alias of any entity); 'the Commodity Exchange Act' (a law); 'March 2009 crude oil
 # futures contracts', 'April 2009 contracts' (contracts; their months are dates below); 'a Morgan Stanley trader',
 # 'a UBS broker', 'the UBS broker' (unnamed persons); 'a third-party UBS customer' (unnamed); 'The CFTC orders',
 # 'the order' (papers); the heading's words (title only); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", MSCG, "Morgan Stanley"),
           E("Company", UBSS, "UBS", "UBS Securities"),
           E("Company", NYMEX, "NYMEX")],
 # No role: no person is named. **Near-misses**: 'a Morgan Stanley trader' and 'a UBS broker' (unnamed: no Person, no
 # post); the CFTC's staff and Director (not in the kept part)
 roles=[],
 # No relation. **Near-misses**: Morgan Stanley Capital Group's parent (no Morgan Stanley group or bank is written as
 # its owner: outside knowledge only); Morgan Stanley acting 'as a counterparty to a third-party UBS customer' (the
 # customer is unnamed: no partner); UBS and 'its customer' (unnamed: no customer tie); Morgan Stanley and UBS entering
 # the TAS block together (two sides of one trade that the CFTC charges as a concealment, no partnership or supply
 # contract -- no partner, as 53e's Armajaro and Corinth); trading 'on the NYMEX' and concealing a trade 'from the New
 # York Mercantile Exchange' (market participants and an exchange, 50g: no partner)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 2010-04-29 (`published`); 'April 29, 2010' ('The CFTC orders, entered on April 29,
 # 2010') -> 2010-04-29 (its own surface text, the same day); 'early February 2009' -> 2009-02 (the corpus's 'early
 # 2006' -> 2006 way: the month, no day); 'March 2009' ('a block of March 2009 crude oil futures contracts') -> 2009-03
 # and 'April 2009' ('April 2009 contracts') -> 2009-04 -- **doubtful**: contract months, part of a contract's name
 # rather than a time when something happened (53e kept 'September 2004' so; a reader may leave both out);
 # 'February 6, 2009' -> 2009-02-06. Skipped: 'later', 'after the close of trading' (no calendar value of their own);
 # the date line (cut); '$14 million', '$200,000' (amounts)
 dates=[D("today", "2010-04-29"), D("April 29, 2010", "2010-04-29"), D("early February 2009", "2009-02"),
        D("March 2009", "2009-03"), D("April 2009", "2009-04"), D("February 6, 2009", "2009-02-06")])

# ---- ICAP Europe Limited, subsidiary of ICAP plc, CFTC 6708-13, published 2013-09-25 (a Wednesday) --------------------
A["us-cftc-icap-europe-subsidiary-icap-plc-yen-libor-manipulation-ubs-securities-japan-2013"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', "The CFTC's Order": alias 'CFTC'); ICAP Europe Limited
 # ('(ICAP)', 'ICAP is a subsidiary', 'ICAP brokers', 'The Order requires ICAP': alias 'ICAP'; Company -- the alias is
 # the Limited's own bracketed short form, never the plc's); ICAP plc ('a subsidiary of U.K.-based ICAP plc': Company);
 # U.K. ('U.K.-based': Location, the 'X-based' way, under the form written); UBS Securities Japan Co., Ltd. ('employed
 # at UBS Securities Japan Co., Ltd. (UBS)': alias 'UBS'; Company). Not annotated: 'the London Interbank Offered Rate
 # (LIBOR) for Yen', 'LIBOR', 'Yen LIBOR', 'the daily Yen LIBOR' (a benchmark rate, no organisation; no Location
 # 'London' from inside its name); 'Yen' (a currency); 'an interdealer broker' (a category); 'its Yen derivatives and
 # cash desks' (unnamed desks, unlike 8012-19's named desk); 'ICAP brokers', 'ICAP Yen brokers' (unnamed); 'one known
 # as "Lord LIBOR" or "Mr. LIBOR,"' (a nickname of an unnamed broker -- **near-miss**: no Person, as the text gives no
 # name); 'a senior Yen derivatives trader (Senior Yen Trader)' (unnamed; 'Senior Yen Trader' a label, no Person);
 # 'another bank' (unnamed); 'market participants', 'derivatives traders', 'other derivatives traders' (generic);
 # "The CFTC's Order", 'The Order' (papers); 'a Related Link' (the page's link); the heading's words; amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", ICAPE, "ICAP"),
           E("Company", ICAPP),
           E("Location", "U.K."),
           E("Company", UBSJ, "UBS")],
 # No role: no person is named. **Near-misses**: the Senior Yen Trader 'employed at UBS Securities Japan Co., Ltd.
 # (UBS) and later at another bank' (an employment, but the person is unnamed: no Person, so no role at UBS); 'Lord
 # LIBOR' / 'Mr. LIBOR' (an ICAP broker known only by a nickname: no role at ICAP); ICAP's officers (none named)
 roles=[],
 # 'ICAP is a subsidiary of U.K.-based ICAP plc' -> parentOrganization(ICAP Europe Limited, ICAP plc) (a subsidiary
 # stated outright, and again in the heading). **Near-misses**: ICAP and UBS Securities Japan ('their highly valued
 # client, who was a senior Yen derivatives trader ... employed at UBS Securities Japan': the client is the trader, a
 # person, not UBS; the text does not make UBS ICAP's customer, and the conduct was aiding a manipulation, not a
 # contract -- no partner); ICAP plc located in the U.K. (no relation type for a place; the Location stands alone);
 # ICAP and 'another bank' (unnamed); the CFTC's Order against ICAP (an enforcement action)
 relations=[L(ICAPE, "parentOrganization", ICAPP)],
 outages=[],
 # 'today' ('today issued an Order') -> 2013-09-25 (`published`); 'October 2006' ('from at least October 2006 through
 # at least January 2011') -> 2006-10; 'January 2011' -> 2011-01. Skipped: 'for more than four years' (a span, no
 # calendar value of its own); 'daily' (a frequency); the date line (cut); '$65 million', 'trillions of dollars'
 # (amounts)
 dates=[D("today", "2013-09-25"), D("October 2006", "2006-10"), D("January 2011", "2011-01")])

# ---- Tullett Prebon Americas Inc., CFTC 8012-19, published 2019-09-13 (a Friday) ----------------------------------------
A["us-cftc-tullett-prebon-americas-interdealer-broker-new-jersey-supervision-false-statements-2019"] = dict(
 # The U.S. Commodity Futures Trading Commission (no bracketed short form; 'CFTC-registered', 'CFTC staff', 'CFTC
 # regulations', 'a CFTC investigation', 'The CFTC is devoted', 'CFTC Director of Enforcement': alias 'CFTC', the
 # short form used alone for the name written once, 55w's 'Mizuho' way); Tullett Prebon Americas Inc. ('Tullett'
 # throughout, 'at least one Tullett broker', 'office at Tullett': alias 'Tullett'; Company); New Jersey
 # ('headquartered in New Jersey': Location); the U.S. Dollar Medium Term Interest Rate Swaps Desk ('its U.S. Dollar
 # Medium Term Interest Rate Swaps Desk (the desk)': Company, a named business unit of the broker, 55w's Kansas City
 # Energy Group way -- **doubtful**: a desk named by the product it trades; a reader may leave it out as no
 # organisation of its own; '(the desk)' a generic noun phrase, no alias); James McDonald ('said CFTC Director of
 # Enforcement James McDonald': Person). Not annotated: 'an interdealer broker and CFTC-registered introducing broker'
 # (categories); 'the Commodity Exchange Act' (a law); 'CFTC regulations' (rules); 'voice brokers', 'at least one
 # Tullett broker', 'the broker', 'employees', 'CFTC staff' (unnamed); 'two orders', 'The first order', 'The second
 # order' (papers); 'electronically traded futures contracts', 'voice-brokered swaps' (instruments); the heading's
 # words (title only; it names no party); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", TPA, "Tullett"),
           E("Location", "New Jersey"),
           E("Company", DESK),
           E("Person", "James McDonald")],
 # 'said CFTC Director of Enforcement James McDonald' -> director at the U.S. Commodity Futures Trading Commission,
 # current (55a's and 55w's call on 'Director of Enforcement' with no Division written as a body -- **doubtful** as
 # there: a reader may set a Division of Enforcement the text never names). **Near-misses**: the Tullett broker who
 # made false statements (unnamed: no Person, no post); Tullett's management and officers (none named)
 roles=[R("James McDonald", "director", UCFTC, True)],
 # 'its U.S. Dollar Medium Term Interest Rate Swaps Desk' ('its' is Tullett's) -> parentOrganization(U.S. Dollar
 # Medium Term Interest Rate Swaps Desk, Tullett Prebon Americas Inc.) ("X's Y division" counts; **doubtful** with the
 # desk's entity, above). **Near-misses**: Tullett's parent (no TP ICAP or other group is written: outside knowledge
 # only); Tullett and its 'customers' (unnamed); Tullett 'CFTC-registered' (a registration, no tie); the CFTC's two
 # orders against Tullett (enforcement actions)
 relations=[L(DESK, "parentOrganization", TPA)],
 outages=[],
 # 'today' ('today issued two orders') -> 2019-09-13 (`published`). Skipped: 'during the course of a CFTC
 # investigation' (no calendar value); the date line (cut); '$13 million', '$11 million', '$2 million' (amounts)
 dates=[D("today", "2019-09-13")])

# ---- BGC Derivative Markets, L.P. and GFI Swaps Exchange, LLC, CFTC 8990-24, published 2024-10-01 (a Tuesday) ---------
A["us-cftc-bgc-derivative-markets-gfi-swaps-exchange-sefs-swap-data-reporting-core-principles-prior-order-2024"] = dict(
 # The Commodity Futures Trading Commission (written without 'U.S.'; 'a prior CFTC order', 'reports to the CFTC', 'the
 # importance the CFTC places': alias 'CFTC', used alone for the name written once); BGC Derivative Markets, L.P. ('BGC
 # SEF' alone five times afterwards: alias 'BGC SEF'; Company -- the operator of a swap execution facility, a
 # business); GFI Swaps Exchange, LLC ('GFI SEF' alone afterwards: alias 'GFI SEF'; Company); the Division of
 # Enforcement ('cooperation with the Division of Enforcement': Organization, named as a body in the Director's
 # quotation); Ian McGinley ('said Director of Enforcement Ian McGinley': Person). Not annotated: 'two swap execution
 # facilities (SEFs)', 'The SEFs', 'SEFs' (a registration category; 'SEFs' no alias); 'SEF Core Principles', 'these
 # swap reporting provisions', 'these same provisions' (rules); 'a prior CFTC order', 'the prior CFTC order', 'two
 # orders', 'the orders', 'a prior enforcement action' (papers and actions, not named or dated); 'their respective
 # chief compliance officer and chief executive officer' (unnamed -- **near-miss**, below); 'an independent compliance
 # consultant' (unnamed); 'swap transactions' (instruments); the heading's words (title only; it names no party);
 # amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", BGC, "BGC SEF"),
           E("Company", GFI, "GFI SEF"),
           E("Organization", DOE),
           E("Person", "Ian McGinley")],
 # 'said Director of Enforcement Ian McGinley', in a quotation that names 'the Division of Enforcement' as a body ->
 # director at the Division of Enforcement, current (55h's 'Division of Enforcement Director' call, the Division
 # written as a body in this text -- **doubtful**: 55a and 55w hung the same words on the CFTC where no Division was
 # written; here one is, so the role goes to it). **Near-misses**: 'their respective chief compliance officer and chief
 # executive officer' (posts at the two SEFs, but no person is named: no Person, no role); the independent compliance
 # consultant (unnamed); a second director role for McGinley at the CFTC (one post, at the Division the text names)
 roles=[R("Ian McGinley", "director", DOE, True)],
 # 'cooperation with the Division of Enforcement, along with the importance the CFTC places ...' said by the CFTC's
 # Director -> parentOrganization(Division of Enforcement, Commodity Futures Trading Commission) -- **doubtful**: the
 # Division is not written as the CFTC's (55h's 'The Division of Enforcement staff' way; a reader may leave the tie
 # out). **Near-misses**: BGC Derivative Markets and GFI Swaps Exchange under one group (no BGC Group or other parent
 # is written: outside knowledge only; no parent and no partner between the two SEFs, which are only charged side by
 # side); the two SEFs and the CFTC ('submitting reports to the CFTC': regulatory filing, no tie); BGC SEF's 'prior CFTC
 # order' (an earlier enforcement action, neither named nor dated in the kept text)
 relations=[L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today announced two orders') -> 2024-10-01 (`published`). Skipped: 'within one year' (a deadline span
 # from orders whose entry date the text does not give as such; no calendar value a careful reader can fix); 'on the
 # heels of a prior enforcement action' (undated); the date line (cut); '$750,000', '$550,000' and the heading's '$1.3
 # Million' (amounts)
 dates=[D("today", "2024-10-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
