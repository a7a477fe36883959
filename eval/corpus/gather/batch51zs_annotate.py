#!/usr/bin/env python3
"""Batch 51zs gold annotations (the texts of batch51zs.py: two CFTC enforcement press releases -- the complaint against
'Angel Fernando Collazo of Salinas, Puerto Rico, and his company, ACJ Capital, Inc. (ACJ)' with the asset-freeze order
of 'Judge Jos\u00e9 A. Fust\u00e9 of the U.S. District Court for the District of Puerto Rico' (6039-11, 16 May 2011); the
complaint against 'MBF Clearing Corp. (MBF), a registered futures commission merchant (FCM)', for customer-fund
segregation violations (6204-12, 13 March 2012)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Collazo/ACJ file to test, the MBF Clearing file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf, 51zk, 51zl; looked up in the corpus's files by their gold only where
other matters): regulators -> Organization, the fullest name the text gives ('U.S. Commodity Futures Trading
Commission' in both), 'CFTC' as alias, and 'Commission' as a second alias where the text writes it alone (51a); a
federal district court -> Organization, its judge -> Person with no role (51n, 51o's AlphaMetrix file: the corpus's
files with a US judge beside a district court give the judge none); a person's ownership of a firm ('his company')
-> no role and no relation (persons are not relation ends; 'owner' is no title: 51a's Arjent owners, 51zl's
Bronstein kept his role only for 'principal'); 'Firm (Short)' and a surname alone -> aliases; 'of City, Territory'
-> one Location 'City, Territory', no relation (the lane's 'City, State' way); registration categories (futures
commission merchant, FCM), laws and regulations (the Commodity Exchange Act, Commission regulations), complaints,
orders, account statements, unnamed banks, accounts and customers -> nothing; a date repeated with the same text and
value -> one item (the manual).
usage: batch51zs_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zs/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
ACJ = "ACJ Capital, Inc."
COURT = "U.S. District Court for the District of Puerto Rico"
MBF = "MBF Clearing Corp."
A = {}

# ---- Angel Fernando Collazo and ACJ Capital, Inc., CFTC 6039-11, published 2011-05-16 (a Monday) ------------------------
A["us-cftc-angel-fernando-collazo-salinas-puerto-rico-acj-capital-forex-solicitation-fraud-asset-freeze-2011"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC complaint': alias 'CFTC'; the text never writes
 # 'Commission' alone); Angel Fernando Collazo ('Collazo' six times alone: alias; Person; the heading's 'Angel F. Collazo'
 # is not in the text, so no alias); Salinas, Puerto Rico ('Angel Fernando Collazo of Salinas, Puerto Rico': one
 # Location, the lane's 'City, State' way -- near-miss: a reader may split off 'Puerto Rico'); ACJ Capital, Inc.
 # ('(ACJ)', "ACJ's", 'ACJ was a successful and experienced forex firm': alias 'ACJ'; Company); Jos\u00e9 A. Fust\u00e9
 # ('Judge Jos\u00e9 A. Fust\u00e9': Person, written with its accents); the U.S. District Court for the District of
 # Puerto Rico (Organization, 51o's court). Not annotated: 'off-exchange leveraged foreign currency (forex) contracts'
 # (a product class); 'the complaint', 'an emergency order' (papers); "ACJ's trading program" (unnamed); 'false
 # trading account statements' (documents); '$1.7 million', '18 individuals' (amounts, counts); the heading's 'Puerto
 # Rico Resident' (the title, not annotated)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Person", "Angel Fernando Collazo", "Collazo"),
           E("Location", "Salinas, Puerto Rico"),
           E("Company", ACJ, "ACJ"),
           E("Person", "Jos\u00e9 A. Fust\u00e9"),
           E("Organization", COURT)],
 # No role. 'Angel Fernando Collazo ... and his company, ACJ Capital, Inc.' -- **doubtful**: 'his company' tells
 # ownership or control but names no office, so no role (the lane's way for an owner with no title, 51a's Arjent
 # owners; 51zl gave Bronstein a role only for 'principal'); a reader may give Collazo executive (or founder) at ACJ
 # Capital, Inc., the more so as the customers' accounts were 'managed by Collazo' and he made ACJ's claims. 'Judge
 # Jos\u00e9 A. Fust\u00e9 of the U.S. District Court for the District of Puerto Rico' -> no role (51n's and 51o's judges;
 # **doubtful** as there: 'other' at the court would be a reading)
 roles=[],
 # No relation: one firm, no parent, unit or partner. Near-misses: 'his company' (a person's company: no relation end);
 # the court's order freezing the defendants' assets (a ruling, no relation type); the customers' accounts (unnamed)
 relations=[],
 outages=[],
 # 'today' ('today announced that it filed a complaint') -> 2011-05-16 (`published`); 'May 4, 2011' ('On the same day
 # the complaint was filed under seal, May 4, 2011') -> 2011-05-04. Skipped: the date line (cut)
 dates=[D("today", "2011-05-16"), D("May 4, 2011", "2011-05-04")])

# ---- MBF Clearing Corp., CFTC 6204-12, published 2012-03-13 (a Tuesday) -------------------------------------------------
A["us-cftc-mbf-clearing-futures-commission-merchant-customer-fund-segregation-supervision-complaint-2012"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', "the CFTC's complaint": alias 'CFTC'; 'to the Commission'
 # and 'Commission regulations': alias 'Commission', 51a's way); MBF Clearing Corp. ('(MBF)', then seven times: alias
 # 'MBF'; Company). Not annotated: 'a registered futures commission merchant (FCM)', 'an FCM', 'the FCM' (a
 # registration category and generic nouns); 'the Commodity Exchange Act (CEA)', 'the CEA', 'Commission regulations'
 # (law and rules); 'a bank account', 'the bank', 'a non-compliant account', 'an improperly titled non-segregated
 # money market fund account' (unnamed bank and accounts -- near-miss: the bank is named in news copies, not here);
 # 'its required monthly statement of financial condition', 'written acknowledgments' (documents); '$30 million',
 # '$90 million', '$15 million' (amounts)
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", MBF, "MBF")],
 # No role: the text names no person (MBF's president is named only in a news copy, not taken). Near-miss: 'the FCM's
 # customers' (unnamed)
 roles=[],
 # No relation. Near-misses: the unnamed bank holding MBF's customer funds (a provider tie a reader might want, but
 # the bank has no name here); the 'accounts that held funds invested in foreign futures' (unnamed)
 relations=[],
 outages=[],
 # 'today' ('today charged MBF Clearing Corp.') -> 2012-03-13 (`published`); 'September 2008' ('from September 2008
 # through March 2010') -> 2008-09; 'March 2010' -> 2010-03; 'June 2009' ('as of month-end for June 2009') -> 2009-06
 # -- **doubtful**: the month-end of June 2009 is 2009-06-30; the text writes the month, so the month is kept.
 # Skipped: 'one business day', 'more than one year' (spans, no calendar value); the date line (cut)
 dates=[D("today", "2012-03-13"), D("September 2008", "2008-09"), D("March 2010", "2010-03"),
        D("June 2009", "2009-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
