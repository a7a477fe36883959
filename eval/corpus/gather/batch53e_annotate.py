#!/usr/bin/env python3
"""Gold annotations (the texts of batch53e.py: three CFTC enforcement press releases -- the settled orders against
Armajaro Trading Limited, 'a UK company located in London', and Warenhandelsgesellschaft Corinth, m.b.H., 'a German
trading company', for prearranged cocoa cross trades on 'the Coffee, Sugar & Cocoa Exchange (CSCE), a subsidiary of the
New York Board of Trade' (5093-05, 29 June 2005); the settled wash-sales order against Banque CIAL of Strasbourg,
'part of Cr\u00e9dit Industriel et Commercial (CIC), a French banking group' (5393-07, 28 September 2007); the consent order
against Coyt E. Murray and the four Gastonia, North Carolina companies he controlled, Tech Traders, Inc., Tech Traders,
Ltd., Magnum Investments, Ltd. and Magnum Capital Investments, Ltd., with the accountant J. Vernon Abernethy named
(5357-07, 23 July 2007)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Armajaro -> test, Banque CIAL -> train, Tech Traders -> dev.
Dates resolve against `published` (each release's own date line 'For Release: ...').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za): the regulator ->
Organization, 'U.S. Commodity Futures Trading Commission' (every text writes 'The U.S. ...'; 52a's, 52g's and 52za's
CFTC_US), 'CFTC' as alias; a court named only by its district ('Judge ... of the District of New Jersey') ->
Organization as written (52a's 'Central District of California'), its judge -> Person with no role; an exchange ->
Company (50d's and 50g's Chicago Board of Trade), 'X, a subsidiary of Y' and 'X is part of Y' -> parentOrganization
(50d's 'which is part of CME Group, Inc.'); 'Firm (Short)' -> the full name with the short form as alias; a
'(collectively, Name)' label -> a Company of its own, no relation to its members (52g's Addison Enterprise);
control or ownership of a firm by a person ('companies he controlled') -> no role (40zm's Grenda, 46m's Strong,
52za's owners); 'City, State' and 'City, Country' -> one Location; a country named as a noun ('a UK company', 'in
France', 'in Ghana and the Ivory Coast') -> Location, adjectives ('German', 'French', 'Canadian') -> nothing; laws and
rules (the Commodity Exchange Act, CEA, 'CFTC regulations'), orders, complaints, release and case numbers, contract
names, unnamed brokers, traders, employees and customers -> nothing; a date repeated with the same text and value ->
one item (the manual); 'April 1 and 16, 2002' -> one item with the month (the corpus's 'April 9 and 10, 2014').
usage: batch53e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC_US = "U.S. Commodity Futures Trading Commission"
ARM = "Armajaro Trading Limited"
COR = "Warenhandelsgesellschaft Corinth, m.b.H."
CSCE = "Coffee, Sugar & Cocoa Exchange"
NYBOT = "New York Board of Trade"
CIAL = "CIC Banque Credit Industriel D\u2019Alsace Et De Lorraine Soci\u00e9t\u00e9 Anonyme"
CIC = "Cr\u00e9dit Industriel et Commercial"
CBOT = "Chicago Board of Trade"
A = {}

# ---- Armajaro Trading Limited, Warenhandelsgesellschaft Corinth, CSCE, CFTC 5093-05, published 2005-06-29 (a Wednesday) -
A["us-cftc-armajaro-trading-warenhandelsgesellschaft-corinth-prearranged-cocoa-cross-trades-csce-nybot-2005"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC order', 'The CFTC found', 'CFTC regulations':
 # alias 'CFTC'); Armajaro Trading Limited ('(Armajaro)', 'employees of Armajaro' twice: alias; Company); UK ('a UK
 # company': Location, as the corpus takes 'UK' -- **doubtful**: used as a modifier; a reader may leave it out as an
 # adjective like 'German'); London, Ghana, the Ivory Coast ('located in London', 'operations in Ghana and the Ivory
 # Coast': Locations; 'Ivory Coast' without 'the'); Warenhandelsgesellschaft Corinth, m.b.H. ('(Corinth)', 'Armajaro
 # and Corinth', 'Armajaro and/or Corinth': alias 'Corinth'; Company, the legal form 'm.b.H.' kept in the name as
 # written); the Coffee, Sugar & Cocoa Exchange ('(CSCE)', 'on the CSCE' twice: alias; Company, an exchange as 50d's
 # CBOT -- **doubtful**: a reader may type an exchange Organization); the New York Board of Trade (Company, likewise).
 # Not annotated: the Commodity Exchange Act (CEA) and 'CFTC regulations' (laws and rules; 'CEA' an alias of no
 # entity); 'the broker who caused the orders to be entered' (unnamed); 'employees' (generic); 'cocoa futures
 # contracts', 'cocoa spread cross trades' (contract classes); 'German' (an adjective); the title's 'UK AND GERMAN
 # TRADING COMPANIES' (the title, not annotated)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Company", ARM, "Armajaro"),
           E("Location", "UK"),
           E("Location", "London"),
           E("Location", "Ghana"),
           E("Location", "Ivory Coast"),
           E("Company", COR, "Corinth"),
           E("Company", CSCE, "CSCE"),
           E("Company", NYBOT)],
 # No person is named: no role
 roles=[],
 # 'the Coffee, Sugar & Cocoa Exchange (CSCE), a subsidiary of the New York Board of Trade' -> parentOrganization(CSCE,
 # NYBOT) (a subsidiary, stated outright; the text tells it in the present). **Near-misses**: Armajaro and Corinth
 # ('cocoa futures contracts to be bought and sold between the two companies': counterparties to two prearranged
 # trades the CFTC calls illegal, no partnership or supply contract -- no partner); Armajaro and Corinth trading 'on
 # the CSCE' (market participants on an exchange: no partner, as 50g)
 relations=[L(CSCE, "parentOrganization", NYBOT)],
 outages=[],
 # 'today' ('today announced') -> 2005-06-29 (`published`); 'April 1 and 16, 2002' -> 2002-04 (one item for the two
 # days, as the corpus's 'April 9 and 10, 2014' -> 2014-04 -- **doubtful**: a reader may give two day items, but
 # neither day's surface text stands alone). Skipped: 'later on those days' (the same days, no value of its own)
 dates=[D("today", "2005-06-29"), D("April 1 and 16, 2002", "2002-04")])

# ---- Banque CIAL, part of Credit Industriel et Commercial (CIC), CBOT, CFTC 5393-07, published 2007-09-28 (a Friday) ---
A["us-cftc-banque-cial-part-of-credit-industriel-et-commercial-treasury-note-wash-sales-cbot-2007"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC order': alias 'CFTC'); CIC Banque Credit
 # Industriel D'Alsace Et De Lorraine Societe Anonyme (the fullest name, as written with its curly apostrophe and
 # accents; '(Banque CIAL)' and 'Banque CIAL' six more times, "Banque CIAL's": alias 'Banque CIAL'; Company);
 # Strasbourg, France ('based in Strasbourg, France': one Location); France ('a trader at Banque CIAL in France': its
 # own Location); Credit Industriel et Commercial ('(CIC)': alias 'CIC'; Company, 'a French banking group' --
 # **doubtful**: 'CIC' is also the first word of Banque CIAL's full name; kept as the group's alias, the only form the
 # text defines for it); the Chicago Board of Trade (twice, no short form; Company, 50d's and 50g's CBOT). Not
 # annotated: 'a Canadian broker', 'a U.S. broker', 'brokers', 'a trader at Banque CIAL', 'the Banque CIAL trader'
 # (unnamed persons and firms; 'Canadian' and 'French' adjectives); 'Five Year and Two Year Treasury Note Futures
 # Markets', 'Five Year Treasury Note futures contracts', 'Two Year Treasury Note futures contracts', 'Five Year Note
 # futures' (contracts and markets, not services); 'its internal risk management system' (unnamed); the title's
 # 'French Company' (the title)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Company", CIAL, "Banque CIAL"),
           E("Location", "Strasbourg, France"),
           E("Company", CIC, "CIC"),
           E("Location", "France"),
           E("Company", CBOT)],
 # No person is named ('a trader at Banque CIAL' is unnamed): no role
 roles=[],
 # 'Banque CIAL is part of Credit Industriel et Commercial (CIC), a French banking group' -> parentOrganization(Banque
 # CIAL, CIC) ('part of', as 50d's 'which is part of CME Group, Inc.'). **Near-misses**: Banque CIAL's trader placing
 # orders 'through a Canadian broker' and 'a U.S. broker' (unnamed: nothing to relate); Banque CIAL's orders executed
 # 'on the trading floor of the Chicago Board of Trade' (a market participant on an exchange: no partner, as 50g)
 relations=[L(CIAL, "parentOrganization", CIC)],
 outages=[],
 # 'today' ('today announced') -> 2007-09-28 (`published`); 'June 30, 2004' (twice, same text and value: one item) ->
 # 2004-06-30; 'September 2004' ('contracts of September 2004 Five Year Treasury Note futures contracts', and again
 # for the Two Year contracts: one item) -> 2004-09 -- **doubtful**: the contracts' delivery month, part of a contract's
 # name rather than a time when something happened; kept, as the text writes a calendar month a reader resolves
 dates=[D("today", "2007-09-28"), D("June 30, 2004", "2004-06-30"), D("September 2004", "2004-09")])

# ---- Coyt E. Murray, Tech Traders, Magnum, J. Vernon Abernethy, CFTC 5357-07, published 2007-07-23 (a Monday) ---------
A["us-cftc-tech-traders-magnum-investments-coyt-murray-gastonia-commodity-pool-ponzi-consent-order-2007"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'a CFTC complaint', 'CFTC Press Release': alias 'CFTC');
 # Robert B. Kugler ('U.S. District Court Judge Robert B. Kugler': Person, no short form); the District of New Jersey
 # ('of the District of New Jersey': the court named only by its district -> Organization, 52a's 'Central District of
 # California' -- **doubtful**: a reader may take a Location, or nothing); Coyt E. Murray ('Murray' four times: alias);
 # Tega Cay, South Carolina and Gastonia, North Carolina ('four Gastonia, North Carolina companies': one Location each,
 # the lane's 'City, State'); Tech Traders, Inc., Tech Traders, Ltd., Magnum Investments, Ltd., Magnum Capital
 # Investments, Ltd. (four Companies, each written once); Tech Traders ('(collectively, Tech Traders)', 'a "super fund"
 # known as Tech Traders', 'Murray, Tech Traders, and Magnum', 'Tech Traders and Magnum', 'Murray and Tech Traders',
 # "Tech Traders' trading results") and Magnum ('(collectively, Magnum)' and three more) -> a Company each of its own,
 # as 52g's Addison Enterprise -- **doubtful**: labels for two firms each; a reader may leave them out, or make 'Tech
 # Traders' an alias of Tech Traders, Inc.; the text also calls the pool ('a "super fund" known as Tech Traders') by
 # the name; J. Vernon Abernethy ('defendant J. Vernon Abernethy': Person). Not annotated: 'a commodity pool', 'a
 # "super fund"', 'a Ponzi scheme', 'a supposedly successful "portfolio" trading system' (unnamed); 'investors',
 # 'customers', 'defendants' (generic); 'a consent order of permanent injunction', 'a CFTC complaint' (papers); 'CFTC
 # Press Release, 4908-04' (a release number); the title's 'New Jersey Court' (the title)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Person", "Robert B. Kugler"),
           E("Organization", "District of New Jersey"),
           E("Person", "Coyt E. Murray", "Murray"),
           E("Location", "Tega Cay, South Carolina"),
           E("Location", "Gastonia, North Carolina"),
           E("Company", "Tech Traders, Inc."),
           E("Company", "Tech Traders, Ltd."),
           E("Company", "Tech Traders"),
           E("Company", "Magnum Investments, Ltd."),
           E("Company", "Magnum Capital Investments, Ltd."),
           E("Company", "Magnum"),
           E("Person", "J. Vernon Abernethy")],
 # No role. **Near-misses**: 'four Gastonia, North Carolina companies he controlled' (control, no title: no role --
 # a reader may give Murray 'other' or 'executive' at each firm, or 'president' from outside knowledge, which the text
 # does not give); Abernethy 'a purportedly independent certified public accountant' engaged by Murray and Tech Traders
 # (a profession, no post at a firm: no role). Judge Kugler -> no role (the lane's rule for judges)
 roles=[],
 # No relation. **Near-misses**: the '(collectively, ...)' labels (no parent stated: no parentOrganization from the
 # member firms to 'Tech Traders' or 'Magnum', as 52g -- **doubtful**, a reader may add four); Tech Traders engaging
 # Abernethy (a person: no relation); Tech Traders and Magnum soliciting together (no partnership stated)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2007-07-23 (`published`); 'June 28, 2007' (twice, one item) -> 2007-06-28; 'April 1,
 # 2004' ('complaint filed April 1, 2004' and 'through April 1, 2004': one item) -> 2004-04-01; 'August 12, 2004' ->
 # 2004-08-12; 'April 6, 2004' (the earlier release's date) -> 2004-04-06; '1998' ('from 1998') -> 1998; '2001' ('in
 # 2001') -> 2001. Skipped: '23 out of 33 months' (a count, no calendar value)
 dates=[D("today", "2007-07-23"), D("June 28, 2007", "2007-06-28"), D("April 1, 2004", "2004-04-01"),
        D("August 12, 2004", "2004-08-12"), D("April 6, 2004", "2004-04-06"), D("1998", "1998"), D("2001", "2001")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
