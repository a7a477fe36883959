#!/usr/bin/env python3
"""Batch 51o gold annotations (the texts of batch51o.py: two CFTC enforcement press releases -- the complaint and
consent restraining order against 'AlphaMetrix, LLC (AlphaMetrix), a Chicago-based Commodity Pool Operator (CPO) and
Commodity Trading Advisor (CTA)', which, as alleged, moved fee rebates 'to its parent company, AlphaMetrix Group, LLC',
before 'Federal District Judge Joan H. Lefkow' of 'the U.S. District Court for the Northern District of Illinois'
(6767-13, 6 November 2013); the order against 'Kent Woods of Chicago, Illinois, a longtime floor broker in the soybean
commodity futures pit at the Chicago Board of Trade (CBOT)', a principal of 'Futures International LLC, a
Chicago-based Introducing Broker', and the complaint against 'Futures International LLC (FI) and its Chief Operating
Officer Amadeo Cerrone, a principal of the firm' (7034-14, 9 October 2014)), written from the texts alone; newskg was
not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the AlphaMetrix file to test, the Futures International file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g; looked up in the corpus's files by their gold only where other matters): regulators and
courts -> Organization, the fullest name the text gives ('U.S. Commodity Futures Trading Commission'), 'CFTC' as
alias; a federal district court named in the text's own form -> Organization (51a's Monex file's 'U.S. District Court
for the Northern District of Illinois'; here also 'U.S. District Court, Northern District of Illinois' as written);
judges -> Person, no role (49g); exchanges that are businesses -> Company (the Chicago Board of Trade, 50d's Citigroup
file, with 'CBOT' as alias); 'City, State' as one Location with the city alone as alias where the text also writes
'Chicago-based' (the lane's 'Cushing, Okla.' / 'Boulder, Colo.' way); 'X-based' -> Location (51i); 'its parent
company, Y' -> parentOrganization (the manual: owned-by statements); 'Chief Operating Officer' -> coo; 'a principal'
of a firm -> executive (23b's and 40m's 'principal'); each post its own role (51i); a firm's bracketed short form and
short name, a person's surname alone -> aliases; registration categories (Commodity Pool Operator, Commodity Trading
Advisor, Introducing Broker, floor broker), court papers (Complaint, Order) and the 'Relief Defendant' status ->
nothing; a date repeated with the same text and value -> one item (the manual).
usage: batch51o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
AMX = "AlphaMetrix, LLC"
AMG = "AlphaMetrix Group, LLC"
FI = "Futures International LLC"
A = {}

# ---- AlphaMetrix, LLC complaint and consent restraining order, CFTC 6767-13, published 2013-11-06 (a Wednesday) -------
A["us-cftc-alphametrix-chicago-pool-operator-parent-alphametrix-group-rebates-restraining-order-2013"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'the CFTC Complaint': alias 'CFTC'); the U.S. District
 # Court for the Northern District of Illinois (Organization, named once in full); AlphaMetrix, LLC ('(AlphaMetrix)',
 # then 'AlphaMetrix' throughout and "AlphaMetrix's assets": alias 'AlphaMetrix'; Company); Chicago ('a Chicago-based
 # Commodity Pool Operator': Location, 51i's 'X-based' way); Joan H. Lefkow ('Federal District Judge Joan H. Lefkow':
 # Person); AlphaMetrix Group, LLC ('its parent company, AlphaMetrix Group, LLC': Company, named once). Not annotated:
 # 'Commodity Pool Operator (CPO)', 'Commodity Trading Advisor (CTA)' (registration categories, capitalised in the
 # text; 'CPO' and 'CTA' are not names); 'a corporate monitor' (unnamed); 'approximately 90 pools', 'the pool
 # participants' (generic, unnamed); 'a Relief Defendant' (a party status, not an entity); 'the Complaint', 'a consent
 # restraining Order' (court papers). **Doubtful**: the court typed Organization and named as written although the
 # judge is called only 'Federal District Judge' (her court implied, not written beside her name)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Organization", "U.S. District Court for the Northern District of Illinois"),
           E("Company", AMX, "AlphaMetrix"),
           E("Location", "Chicago"),
           E("Person", "Joan H. Lefkow"),
           E("Company", AMG)],
 # No role: Joan H. Lefkow is a judge ('Federal District Judge'), no role by the lane's convention (49g's Castillo;
 # near-miss: a reader may give other at the court). No officer of either AlphaMetrix firm is named in the kept part
 # (the release's later paragraphs and the news name none either in what the store gives)
 roles=[],
 # 'transferred the funds to its parent company, AlphaMetrix Group, LLC' -> parentOrganization(AlphaMetrix, LLC,
 # AlphaMetrix Group, LLC) (the manual: owned-by/subsidiary statements; 'its' is AlphaMetrix's, the sentence's
 # subject). The tie is stated inside an allegation ('as alleged, ... transferred the funds to its parent company')
 # but the parenthood itself is not what is alleged -- it is the release's own description of the two firms (the
 # left-out sub-heading says the same); kept, **doubtful** only in that a reader might treat it as part of the charge.
 # Near-misses: the court's consent restraining Order 'that freezes AlphaMetrix's assets' (a court act, no tie); the
 # CFTC's Complaint 'against' AlphaMetrix (enforcement, no relation type); AlphaMetrix Group named 'as a Relief
 # Defendant' (a party status); AlphaMetrix's 'agreements with some participants' (unnamed counterparties, no partner)
 relations=[L(AMX, "parentOrganization", AMG)],
 outages=[],
 # 'today' ('announced today') -> 2013-11-06 (`published`); 'November 4, 2013' (the Complaint filed) -> 2013-11-04;
 # 'November 5, 2013' (the restraining Order) -> 2013-11-05; 'August 31, 2013' (assets under management 'as of') ->
 # 2013-08-31; 'January 1' and 'October 31, 2013' ('between at least January 1 and October 31, 2013') -> 2013-01-01
 # and 2013-10-31 -- **doubtful**: 'January 1' takes its year from the range's end date (a careful reader is sure of
 # it; with `published` alone it would still resolve to 2013). Skipped: the date line (cut); '$700 million', '$2.8
 # million', 'approximately 90 pools' (amounts)
 dates=[D("today", "2013-11-06"), D("November 4, 2013", "2013-11-04"), D("November 5, 2013", "2013-11-05"),
        D("August 31, 2013", "2013-08-31"), D("January 1", "2013-01-01"), D("October 31, 2013", "2013-10-31")])

# ---- Kent Woods order / Futures International LLC and Amadeo Cerrone complaint, CFTC 7034-14, published 2014-10-09
# (a Thursday) -------------------------------------------------------------------------------------------------------
A["us-cftc-futures-international-coo-cerrone-principal-kent-woods-cbot-soybean-supervision-2014"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC also announced', 'the CFTC Order': alias
 # 'CFTC'); Kent Woods ('Woods communicated', 'Woods habitually', 'Woods frequently': alias 'Woods'); Chicago,
 # Illinois ('Kent Woods of Chicago, Illinois': one Location, the lane's 'City, State' way, with 'Chicago' from 'a
 # Chicago-based Introducing Broker' as alias -- the corpus's 'Cushing, Okla.'/'Cushing' and 'Boulder, Colo.'/'Boulder'
 # way; the 'Chicago' inside 'Chicago Board of Trade' is the exchange's name, not this alias's source); the Chicago
 # Board of Trade ('(CBOT)': alias; Company, an exchange run as a business, 50d's Citigroup file); Futures
 # International LLC ('(FI)', 'his staff at FI': alias 'FI'; Company); the U.S. District Court, Northern District of
 # Illinois (Organization, the text's own form with its comma); Amadeo Cerrone (Person, named once). Not annotated:
 # 'Introducing Broker', 'floor broker' (registration categories and a trade, not names); 'the soybean commodity
 # futures pit' (a place on the exchange floor, unnamed); 'his clients', 'his customers', 'his staff' (unnamed); 'the
 # CFTC Order', 'a civil Complaint' (papers); 'record-keeping and audit trail rules' (rules)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Person", "Kent Woods", "Woods"),
           E("Location", "Chicago, Illinois", "Chicago"),
           E("Company", "Chicago Board of Trade", "CBOT"),
           E("Company", FI, "FI"),
           E("Organization", "U.S. District Court, Northern District of Illinois"),
           E("Person", "Amadeo Cerrone")],
 # 'Futures International LLC (FI) and its Chief Operating Officer Amadeo Cerrone' -> coo at Futures International
 # LLC, current; 'a principal of the firm' -> executive at Futures International LLC, current (each post its own
 # role, 51i; 'principal' -> executive as 23b and 40m -- **doubtful**: a reader may keep coo alone, the principal
 # being his standing as an owner-officer rather than a second post). 'Futures International LLC, a Chicago-based
 # Introducing Broker of which he [Woods] was a principal' -> executive at Futures International LLC, current=false --
 # **doubtful**: the text writes 'was' (the post held during the conduct described) but not 'former' or that he left;
 # the heading's 'Former CBOT Floor Broker' is title only and speaks of his trade, not of the firm; a reader may set
 # current true. Near-misses: 'a longtime floor broker in the soybean commodity futures pit at the Chicago Board of
 # Trade' (a trade carried on at the exchange, not a post held at the CBOT as an organisation -- no role); Woods's
 # 'staff at FI' (unnamed)
 roles=[R("Amadeo Cerrone", "coo", FI, True),
        R("Amadeo Cerrone", "executive", FI, True),
        R("Kent Woods", "executive", FI, False)],
 # No relation: no parent, owner or unit of Futures International LLC is named; its business on the Chicago Board of
 # Trade (trades executed in the CBOT's soybean pit) is no partner, supplier or customer tie of the vocabulary
 # (near-miss); Woods's 'clients' and 'customers' are unnamed (near-miss); the CFTC's order and complaint 'against'
 # the firm and the two men (enforcement, no relation type)
 relations=[],
 outages=[],
 # 'today' ('today announced', 'announced today') -> 2014-10-09 (`published`; one item, the same text and value);
 # 'January 2009' ('from at least January 2009') -> 2009-01; 'November 2012' ('to at least November 2012') ->
 # 2012-11. Skipped: the date line (cut); '$200,000' (title only)
 dates=[D("today", "2014-10-09"), D("January 2009", "2009-01"), D("November 2012", "2012-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
