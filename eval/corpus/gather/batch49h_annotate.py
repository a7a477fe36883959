#!/usr/bin/env python3
"""Batch 49h gold annotations (the texts of batch49h.py: two CFTC enforcement press releases -- the complaint against
'Energy Transfer Partners, L.P. (ETP), a Delaware limited partnership based in Dallas, Texas; and three ETP
subsidiaries', Energy Transfer Company, Houston Pipeline Company and ETC Marketing, Ltd., over natural gas prices at the
Houston Ship Channel and the index 'published by Platts (a division of The McGraw-Hill Companies, Inc.)' (5360-07, 26
July 2007); the settlement by 'the Dairy Farmers of America, Inc. (DFA), its former Chief Executive Officer Gary Hanman,
and its former Chief Financial Officer Gerald Bos', with two former officers of an unnamed DFA subsidiary and 'CFTC
Acting Director of Enforcement Stephen J. Obie' quoted (5584-08, 16 December 2008)), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the DFA file to test, the Energy Transfer file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g; looked up in
the corpus's files by their gold only where other matters): regulators and courts -> Organization, the fullest name
the text gives ('U.S. Commodity Futures Trading Commission'), 'CFTC' (and 'Commission' where the text uses it) as
alias; a district court named in full -> Organization (49g's Southern District of New York court); an exchange run as
a business (the Chicago Mercantile Exchange) -> Company (49g's NYMEX); 'City, State' as one Location (49g's 'Cushing,
Okla.', the SEC Legato file's 'Hinsdale, Illinois'), a state named on its own ('a Texas corporation', 'a Delaware
limited partnership') -> its own Location (the corpus's FCC files with 'a Delaware corporation' annotate Delaware);
'X subsidiaries: A, B and C' -> parentOrganization for each; 'X (a division of Y)' -> parentOrganization(X, Y); a
publication run as a business -> Company (the corpus's 'Hurun Report', 'U.S. News and World Report'); 'former Chief
Executive Officer' -> ceo, current false; 'Chief Financial Officer' -> cfo; '(Acting) Director of Enforcement' ->
director at the regulator (the SEC files' 'Director of Enforcement' -> director at the SEC; 49g's acting chairman ->
chairman); a title at an unnamed company -> no role; a short form the text defines in brackets, 'a/k/a' names and
surnames alone -> aliases.
usage: batch49h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
ETP = "Energy Transfer Partners, L.P."
ETC = "Energy Transfer Company"
HPLC = "Houston Pipeline Company"
ETCM = "ETC Marketing, Ltd."
DFA = "Dairy Farmers of America, Inc."
CME = "Chicago Mercantile Exchange"
A = {}

# ---- Energy Transfer Partners complaint, CFTC press release 5360-07, published 2007-07-26 (a Thursday) -----------------
A["us-cftc-energy-transfer-partners-three-subsidiaries-houston-ship-channel-natural-gas-attempted-manipulation-2007"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC's Complaint': alias 'CFTC'); the U.S. District
 # Court for the Northern District of Texas (Organization, named in full); Energy Transfer Partners, L.P. ('(ETP)',
 # 'three ETP subsidiaries': alias 'ETP'); Delaware ('a Delaware limited partnership': Location, the corpus's FCC 'a
 # Delaware corporation' way -- **doubtful**: a reader may read the state of organisation as an adjective and leave it
 # out); Dallas, Texas ('based in Dallas, Texas': one Location, the lane's 'City, State' way -- **doubtful**: the NASA
 # and DOJ files split city and state); Energy Transfer Company ('(a/k/a La Grange Acquisition, L.P.) (ETC)': aliases
 # 'La Grange Acquisition, L.P.' -- the text gives it as another name of the same firm -- and 'ETC'); Texas ('a Texas
 # limited partnership' twice, 'a Texas corporation': one Location, the state on its own); San Antonio ('located in San
 # Antonio and Houston, Texas', twice: the city named without its state, its own Location); Houston, Texas ('and
 # Houston, Texas' twice, 'located in Houston, Texas': one Location); Houston Pipeline Company ('(HPLC)': alias); ETC
 # Marketing, Ltd. ('(ETC Marketing)': alias); the Houston Ship Channel ('(HSC) delivery hub', 'HSC monthly index
 # prices': Location, a named site, alias 'HSC' -- as 49g's Cushing delivery point); Platts (Company, a price-reporting
 # business); The McGraw-Hill Companies, Inc. (Company); Inside FERC's Gas Market Report ('(Inside FERC)': Company, a
 # publication run as a business, the corpus's 'Hurun Report' way -- **doubtful**: a reader may see a price report, a
 # product (Service), or nothing). Not annotated: the Federal Energy Regulatory Commission, named only inside the
 # publication's title 'Inside FERC's Gas Market Report' (the corpus's product-name rule -- near-miss); the
 # IntercontinentalExchange (only in the heading, not in the text -- near-miss); 'the defendants', 'the Complaint',
 # 'physical natural gas', 'HSC monthly index prices' (generic or documents); 'Houston' inside 'Houston Pipeline
 # Company' and 'Houston Ship Channel' (part of the names)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Organization", "U.S. District Court for the Northern District of Texas"),
           E("Company", ETP, "ETP"),
           E("Location", "Delaware"),
           E("Location", "Dallas, Texas"),
           E("Company", ETC, "La Grange Acquisition, L.P.", "ETC"),
           E("Location", "Texas"),
           E("Location", "San Antonio"),
           E("Location", "Houston, Texas"),
           E("Company", HPLC, "HPLC"),
           E("Company", ETCM, "ETC Marketing"),
           E("Location", "Houston Ship Channel", "HSC"),
           E("Company", "Platts"),
           E("Company", "The McGraw-Hill Companies, Inc."),
           E("Company", "Inside FERC\u2019s Gas Market Report", "Inside FERC")],
 # No roles: the text names no person (the quotation with its speaker is cut)
 roles=[],
 # 'three ETP subsidiaries: Energy Transfer Company ...; Houston Pipeline Company ...; and ETC Marketing, Ltd.' ->
 # parentOrganization(ETC, ETP), parentOrganization(HPLC, ETP), parentOrganization(ETC Marketing, ETP); 'Platts (a
 # division of The McGraw-Hill Companies, Inc.)' -> parentOrganization(Platts, McGraw-Hill); 'published by Platts ...
 # in its Inside FERC's Gas Market Report' -> parentOrganization(Inside FERC's Gas Market Report, Platts) (**doubtful**:
 # follows from making the publication a Company; a reader who makes it a Service gives provider instead, or nothing).
 # Near-misses: the three subsidiaries among themselves (sisters, no tie stated), the complaint 'against' the firms and
 # the court it was filed in (no relation type), the IntercontinentalExchange used by ETP (heading only)
 relations=[L(ETC, "parentOrganization", ETP),
            L(HPLC, "parentOrganization", ETP),
            L(ETCM, "parentOrganization", ETP),
            L("Platts", "parentOrganization", "The McGraw-Hill Companies, Inc."),
            L("Inside FERC\u2019s Gas Market Report", "parentOrganization", "Platts")],
 outages=[],
 # 'today' ('today announced') -> 2007-07-26 (`published`); 'during September and November 2005': 'September' ->
 # 2005-09 (the year read across the pair -- **doubtful**: a reader may keep only 'November 2005' or give the pair as one
 # item) and 'November 2005' -> 2005-11; 'the October 2005 and December 2005 HSC monthly index prices': 'October 2005'
 # -> 2005-10 and 'December 2005' -> 2005-12 (the months the indexes priced). Skipped: 'monthly' (no value), 'July
 # 26, 2007' (the release-date line, cut)
 dates=[D("today", "2007-07-26"), D("September", "2005-09"), D("November 2005", "2005-11"),
        D("October 2005", "2005-10"), D("December 2005", "2005-12")])

# ---- Dairy Farmers of America settlement, CFTC press release 5584-08, published 2008-12-16 (a Tuesday) -----------------
A["us-cftc-dairy-farmers-of-america-former-ceo-cfo-class-iii-milk-futures-attempted-manipulation-2008"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'CFTC Acting Director', 'The Commission's DFA order':
 # aliases 'CFTC', 'Commission'); Dairy Farmers of America, Inc. ('the Dairy Farmers of America, Inc. (DFA)', then
 # 'DFA' throughout: alias; Company -- a dairy marketing cooperative, a business, as the corpus's DOJ dairy files
 # have it); Gary Hanman and Gerald Bos ('DFA, Hanman, and Bos': aliases 'Hanman', 'Bos'); Frank Otis and Glenn Millar
 # (each named once); Stephen J. Obie (named once); the Chicago Mercantile Exchange ('the Chicago Mercantile
 # Exchange's (CME)', 'the CME Cheese Spot Call market', 'the CME block cheese market': alias 'CME'; Company, an
 # exchange run as a business); the CME Cheese Spot Call market (Service, the exchange's named trading market that
 # buyers and sellers use -- **doubtful**: a reader may see a market segment, not a service, and leave it out). Not
 # annotated: 'a DFA subsidiary', 'the subsidiary' (unnamed -- near-miss), 'Class III milk futures contract' (an
 # exchange contract, no Service, as 49g's NYMEX contracts), 'the CME block cheese market' and 'the Class III milk
 # futures market' (descriptions, not names), 'block cheddar cheese' (a commodity), 'The Commission's DFA order' (a
 # document), 'the industry' (generic)
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", DFA, "DFA"),
           E("Person", "Gary Hanman", "Hanman"),
           E("Person", "Gerald Bos", "Bos"),
           E("Person", "Frank Otis"),
           E("Person", "Glenn Millar"),
           E("Person", "Stephen J. Obie"),
           E("Company", CME, "CME"),
           E("Service", "CME Cheese Spot Call market")],
 # 'its former Chief Executive Officer Gary Hanman' -> ceo at DFA, current false; 'its former Chief Financial Officer
 # Gerald Bos' -> cfo at DFA, current false ('its' = DFA's). 'CFTC Acting Director of Enforcement Stephen J. Obie' ->
 # director at the CFTC, current true (the SEC files' 'Director of Enforcement' -> director at the SEC; 'Acting' as
 # 49g's acting chairman -- **doubtful**: head or other possible, and a reader may hang it on an unnamed Division of
 # Enforcement). Near-misses: 'Frank Otis, former President and CEO of a DFA subsidiary' and 'Glenn Millar, former
 # Executive Vice President of the subsidiary' (the subsidiary is not named, so no org to hold the roles; not DFA's
 # own posts -- a reader may give them president/ceo and vice-president at DFA, wrongly); 'Two Former Executives'
 # (heading only)
 roles=[R("Gary Hanman", "ceo", DFA, False),
        R("Gerald Bos", "cfo", DFA, False),
        R("Stephen J. Obie", "director", CFTC, True)],
 # 'the CME Cheese Spot Call market' -> provider(CME Cheese Spot Call market, Chicago Mercantile Exchange) (follows the
 # Service call -- **doubtful** with it). Near-misses: DFA and its unnamed subsidiary (no named o or s -- no
 # parentOrganization); the settlement between the CFTC and DFA (enforcement, not a partnership); DFA's cheese
 # purchases on the CME (trading on an exchange, not a stated customer relation)
 relations=[L("CME Cheese Spot Call market", "provider", CME)],
 outages=[],
 # 'today' ('announced today') -> 2008-12-16 (`published`); 'from May 21 through June 23, 2004': 'May 21' -> 2004-05-21
 # (the year read from the span's end) and 'June 23, 2004' -> 2004-06-23; 'June, July, and August 2004 Class III milk
 # futures contracts': 'June' -> 2004-06, 'July' -> 2004-07, 'August 2004' -> 2004-08 (the contract months, the year
 # read across the list -- **doubtful**: they name contracts, and a reader may keep only 'August 2004' or none).
 # Skipped: 'December 16, 2008' (the release-date line, cut); 'Today's' inside Obie's quotation (the same day, one
 # item with 'today' as the corpus's files with both keep it)
 dates=[D("today", "2008-12-16"), D("May 21", "2004-05-21"), D("June 23, 2004", "2004-06-23"), D("June", "2004-06"),
        D("July", "2004-07"), D("August 2004", "2004-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
