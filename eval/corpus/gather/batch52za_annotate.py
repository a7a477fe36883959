#!/usr/bin/env python3
"""Gold annotations (the text of batch52za.py: one CFTC enforcement press release -- the orders of permanent injunction
that Judge John F. Walter of the U.S. District Court for the Central District of California entered against Acro
Information Service, Inc. of Monterey Park, California, Pakco Holdings Limited of Carson City, Nevada, Dr. Florentius
Chan, Sandy H. Chan and Andrew Tai Wai, 'Dr. Chan formerly owned Acro and Sandy Chan was Acro's President. Since May
2001, Wai owned and acted as President of Acro, as well as Pakco.' (4815-03, 9 July 2003)), written from the text alone;
newskg was not run on it.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the one Acro file to test.
Dates resolve against `published` (the release's own date line 'For Release: July 9, 2003').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n): the regulator -> Organization,
the fullest name the text gives ('The U.S. Commodity Futures Trading Commission (CFTC)': 'U.S. Commodity Futures
Trading Commission', 52a's and 52g's CFTC_US), 'CFTC' as alias; a federal district court -> Organization as written,
its judge -> Person with no role (51n, 51o, 51zs, 52a, 52g, 52n); 'President' -> president, current=false where the
text tells the post in the past and names a successor; an owner ('owned') -> no role (40zm's Grenda, 46m's Strong);
'Dr.' left out of a name and its alias ('Dr. Spatt' -> 'Spatt', 51za); 'Firm, Inc. (Short)' -> the full name with the
short form as alias; a surname alone -> alias; 'City, State' and 'City, Country' -> one Location; laws and rules (the
Commodity Exchange Act, CEA, CFTC regulations), complaints, orders, release and case numbers, unnamed customers,
employees and newspapers -> nothing; a date repeated with the same text and value -> one item (the manual).
usage: batch52za_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53za/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC_US = "U.S. Commodity Futures Trading Commission"
ACRO = "Acro Information Service, Inc."
PAKCO = "Pakco Holdings Limited"
A = {}

# ---- Acro Information Service, Inc., Pakco Holdings Limited, CFTC 4815-03, published 2003-07-09 (a Wednesday) ------------
A["us-cftc-acro-information-service-former-president-sandy-chan-president-wai-pakco-forex-permanent-injunction-2003"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'CFTC complaint', 'CFTC News Release', 'CFTC regulations':
 # alias 'CFTC'); the U.S. District Court for the Central District of California (Organization); John F. Walter
 # ('Judge John F. Walter': Person, no role); Acro Information Service, Inc. ('(Acro)', 'owned Acro', "Acro's
 # President", 'President of Acro', "Acro's owners": alias 'Acro'; Company); Monterey Park, California (Location);
 # Pakco Holdings Limited ('(Pakco)', 'as well as Pakco': alias 'Pakco'; Company); Carson City, Nevada (Location);
 # Monterey, California ('Monterey, California resident': one Location, not Monterey Park); Florentius Chan ('Dr.
 # Florentius Chan (Chan)', 'Dr. Chan' twice: alias 'Chan', 'Dr.' left out as 51za's 'Dr. Spatt' -- **doubtful**:
 # 'Chan' alone is also the surname of Sandy H. Chan; the text defines '(Chan)' for him only); Sandy H. Chan ('(Sandy
 # Chan)': alias 'Sandy Chan'); Andrew Tai Wai ('(Wai)', 'Wai owned', 'and Wai': alias 'Wai'); Alhambra, California and
 # Almaty, Kazakhstan (Locations, 'formerly of' and 'currently resides in' -- places of residence, annotated as the
 # lane annotates 'City, State' of parties). Not annotated: the dateline 'WASHINGTON, D.C.' (cut); 'the Chans' (both
 # Chans together, no alias of either); 'Asian and other foreign-language newspapers' (unnamed; 'Asian' an adjective);
 # 'customers', 'prospective employees', 'the employees', "Acro's owners and employees" (generic); the Commodity
 # Exchange Act (CEA) and 'CFTC regulations' (laws and rules); 'orders of permanent injunction', 'a two-count CFTC
 # complaint' (papers); 'CFTC News Release 4551-01' (a release number); the title (not annotated)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Person", "John F. Walter"),
           E("Organization", "U.S. District Court for the Central District of California"),
           E("Company", ACRO, "Acro"),
           E("Location", "Monterey Park, California"),
           E("Company", PAKCO, "Pakco"),
           E("Location", "Carson City, Nevada"),
           E("Location", "Monterey, California"),
           E("Person", "Florentius Chan", "Chan"),
           E("Person", "Sandy H. Chan", "Sandy Chan"),
           E("Person", "Andrew Tai Wai", "Wai"),
           E("Location", "Alhambra, California"),
           E("Location", "Almaty, Kazakhstan")],
 # "Sandy Chan was Acro's President" -> Sandy H. Chan president at Acro Information Service, Inc., current=false (told
 # in the past, and 'Since May 2001, Wai ... acted as President of Acro' names her successor -- **doubtful**: the text
 # does not say 'former'; a reader may keep current=true for a bare 'was'). 'Since May 2001, Wai owned and acted as
 # President of Acro, as well as Pakco' -> Andrew Tai Wai president at Acro Information Service, Inc. and president at
 # Pakco Holdings Limited, both current (the text tells no end; 'as well as Pakco' read as 'President of ... Pakco' --
 # **doubtful**: 'as well as Pakco' may attach to 'owned' alone, and 'acted as President' may be read as a de facto
 # post; both kept as president). 'Dr. Chan formerly owned Acro' and 'Wai owned' -> no role (ownership, the lane's
 # owner rule -- **near-miss**: a reader may give Florentius Chan 'other' or 'executive', current=false). Judge Walter ->
 # no role (the lane's rule for judges)
 roles=[R("Sandy H. Chan", "president", ACRO, False),
        R("Andrew Tai Wai", "president", ACRO),
        R("Andrew Tai Wai", "president", PAKCO)],
 # No relation. **Near-misses**: Acro and Pakco (one owner and president for both, and the text charges them together,
 # but it states no parent, unit or partner tie -- no parentOrganization, no partner); Florentius Chan's and Wai's
 # ownership of Acro (persons, not organisations: no relation)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2003-07-09 (`published`); 'August 9, 2001' ('filed on August 9, 2001' and again in
 # the release reference, same text and value: one item) -> 2001-08-09; 'May 2001' ('Since May 2001') -> 2001-05;
 # 'March 2000' ('since March 2000') -> 2000-03. Skipped: 'currently' (no calendar value of its own), '4551-01' (an
 # identifier)
 dates=[D("today", "2003-07-09"), D("August 9, 2001", "2001-08-09"), D("May 2001", "2001-05"),
        D("March 2000", "2000-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
