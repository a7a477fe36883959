#!/usr/bin/env python3
"""Batch 52a gold annotations (the texts of batch52a.py: three pre-2005 CFTC enforcement press releases -- the complaint
and asset freeze against 'International Financial Services (New York), Inc. (IFS Inc.)', its LLC, 'John Walker Robinson
also of New York and President of IFS, Inc.' and 'Chan Kow Lai ... technical consultant and member of the Board of
Directors for IFS, Inc.', with the relief defendant 'Sociedade Comercial Siu Lap Limitada (Siu Lap) of Macao' (4675-02,
22 July 2002); the complaint, asset freeze and preliminary injunction against 'FX First, a futures commission merchant
(FCM), and Mironov and Whyte, two of its principals' (4868-03, 20 November 2003); the coercive sanctions against
'Emerald Worldwide Holdings, Inc. (Emerald) and Jian Zhuang (Zhuang)' (5003-04, 4 October 2004)), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Emerald file to test, the FX First file to train, the IFS file to dev.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf, 51zk, 51zl, 51zs; looked up in the corpus's files by their gold only where
other matters): regulators -> Organization, the fullest name the text gives ('Commodity Futures Trading Commission' in
4675-02, which never writes 'U.S.'; 'U.S. Commodity Futures Trading Commission' in the others), 'CFTC' as alias; a
federal district court -> Organization, written as the text writes it ('the U. S. District Court' with its space), and
a court named only by its district ('Judge Howard Matz of the Central District of California') -> Organization too,
the lane's BP/Lukken file's 'Northern District of Illinois'; its judge -> Person with no role (51n, 51o, 51zs);
'President of' a firm -> president; 'member of the Board of Directors for' a firm -> director (the manual's board
member); 'a principal' / 'two of its principals' -> executive (23b, 40m, 51a, 51o, 51zf, 51zk, 51zl); 'Firm (Short)'
and a surname alone -> aliases; 'of City, State' -> one Location 'City, State', a state or city alone -> its own
Location (the lane's 'City, State' way); registration categories (futures commission merchant, FCM), complaints,
orders, fines, release numbers, unnamed customers, salespeople and banks -> nothing; a date repeated with the same text
and value -> one item (the manual); a relative day resolved against the day the text ties it to ('earlier that day',
'the previous day': the corpus holds both kinds).
usage: batch52a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC_US = "U.S. Commodity Futures Trading Commission"
IFS = "International Financial Services (New York), Inc."
IFS_LLC = "International Financial Services (New York), LLC"
FXF = "FX First, Inc."
EMERALD = "Emerald Worldwide Holdings, Inc."
A = {}

# ---- Emerald Worldwide Holdings, Inc. and Jian Zhuang, CFTC 5003-04, published 2004-10-04 (a Monday) ---------------------
A["us-cftc-emerald-worldwide-holdings-jian-zhuang-contempt-coercive-sanctions-los-angeles-forex-2004"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'from the CFTC', 'a CFTC complaint', "The CFTC's
 # complaint": alias 'CFTC'; the text never writes 'Commission' alone); Howard Matz ('Judge Howard Matz', 'Judge Matz':
 # alias 'Matz'; Person); the Central District of California ('Judge Howard Matz of the Central District of California':
 # Organization, the court named by its district -- **doubtful**: a reader may type it Location, or leave it out as no
 # court's name; 'the court' twice is generic); Emerald Worldwide Holdings, Inc. ('(Emerald)', then 'Emerald' twice:
 # alias; Company); Jian Zhuang ('(Zhuang)', 'Zhuang' four times: alias; Person); Jan Lu Hao ('(Hao)': alias; Person);
 # Los Angeles County ('Los Angeles County defendants': Location). Not annotated: 'a contempt order', 'coercive
 # sanctions', 'a writ of body attachment, arrest warrant', 'a statutory restraining order (SRO)' (court papers and
 # remedies; 'SRO' an order's short form); 'CFTC News Release 4871-03' (an identifier); '$200 and $250 a day', '$5
 # million' (amounts); the title's 'LOS ANGELES-AREA', 'ITS PRESIDENT, JIAN ZHUANG', '300 CUSTOMERS' (the title, not
 # annotated)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Person", "Howard Matz", "Matz"),
           E("Organization", "Central District of California"),
           E("Company", EMERALD, "Emerald"),
           E("Person", "Jian Zhuang", "Zhuang"),
           E("Person", "Jan Lu Hao", "Hao"),
           E("Location", "Los Angeles County")],
 # No role. **Near-miss**: the heading's 'EMERALD WORLDWIDE HOLDINGS, INC., AND ITS PRESIDENT, JIAN ZHUANG' would give
 # Zhuang president at Emerald, but the title is not annotated and the kept text names Zhuang only as a defendant
 # beside Emerald ('defendants Emerald Worldwide Holdings, Inc. (Emerald) and Jian Zhuang (Zhuang)') -- **doubtful**: a
 # reader who takes the heading with the text would add it. Jan Lu Hao: a defendant with no title. Judge Howard Matz
 # -> no role (51n, 51o, 51zs; 'other' at the court would be a reading)
 roles=[],
 # No relation: one firm. Near-misses: 'Los Angeles County defendants' (a place, no relation end); the defendants' joint
 # conduct (no partnership stated)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2004-10-04 (`published`); 'July 29, 2004' ('a contempt order issued on July 29,
 # 2004') -> 2004-07-29; 'November 18, 2003' -> 2003-11-18; 'the previous day' ('acting on a CFTC complaint filed the
 # previous day', the day before November 18, 2003) -> 2003-11-17 -- **doubtful**: resolved against the day the text
 # ties it to, not `published` (the corpus's one 'the previous day' item reads the same way); 'December 8, 2003' ('see
 # CFTC News Release 4871-03, December 8, 2003', a cited release's date) -> 2003-12-08. Skipped: '$250 a day' (a rate);
 # the cut section heading's 'November 18, 2003' (cut)
 dates=[D("today", "2004-10-04"), D("July 29, 2004", "2004-07-29"), D("November 18, 2003", "2003-11-18"),
        D("the previous day", "2003-11-17"), D("December 8, 2003", "2003-12-08")])

# ---- FX First, Inc., Mironov and Whyte, CFTC 4868-03, published 2003-11-20 (a Thursday) ----------------------------------
A["us-cftc-fx-first-futures-commission-merchant-principals-mironov-whyte-misappropriation-asset-freeze-2003"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'a CFTC complaint', "the CFTC's complaint": alias 'CFTC');
 # James V. Selna ('Judge James V. Selna', 'the Honorable James V. Selna': Person, no surname-alone form); the U. S.
 # District Court for the Central District of California (Organization, written with the text's space in 'U. S.');
 # FX First, Inc. ('FX First' twice: alias; Company); Alexey Mironov ('Mironov': alias); William Whyte ('Whyte':
 # alias); Newport Beach, California ('FX First, Inc., Alexey Mironov both of Newport Beach, California': one
 # Location); Huntington Beach, California (one Location). Not annotated: 'a futures commission merchant (FCM)' (a
 # registration category); 'an order freezing the assets', 'an order of preliminary injunction', 'the asset freeze
 # order' (court papers); 'federal commodity law' (law); 'the firm' (generic); '25 investors', '$2 million' (counts,
 # amounts); 'foreign currency (forex) futures contracts' (a product class)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Person", "James V. Selna"),
           E("Organization", "U. S. District Court for the Central District of California"),
           E("Company", FXF, "FX First"),
           E("Person", "Alexey Mironov", "Mironov"),
           E("Person", "William Whyte", "Whyte"),
           E("Location", "Newport Beach, California"),
           E("Location", "Huntington Beach, California")],
 # 'FX First ... and Mironov and Whyte, two of its principals' -> executive at FX First, Inc. for both, current (the
 # lane's 'principal' -> executive; the text tells no one left). Judge James V. Selna -> no role (51n, 51o, 51zs).
 # **Doubtful**: 'principals' of an FCM is the registration term (a person listed as a principal with the regulator),
 # not an office; the lane reads it as executive all the same (51a, 51o, 51zf, 51zk, 51zl)
 roles=[R("Alexey Mironov", "executive", FXF), R("William Whyte", "executive", FXF)],
 # No relation: one firm. Near-misses: the customers who gave FX First their money (unnamed: no customer relation);
 # the defendants sharing a town (no relation)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2003-11-20 (`published`); 'October 6, 2003' (twice: one item) -> 2003-10-06;
 # 'earlier that day' ('a CFTC complaint filed earlier that day', the day of the October 6 order) -> 2003-10-06 --
 # **doubtful** as 51zs's kind: resolved against the day the text ties it to (the corpus holds one 'earlier that day'
 # item); 'October 15, 2003' -> 2003-10-15; 'September 26, 2003' ('since at least September 26, 2003') -> 2003-09-26;
 # 'January 2001' ('perhaps as early as January 2001') -> 2001-01. Skipped: the cut date line
 dates=[D("today", "2003-11-20"), D("October 6, 2003", "2003-10-06"), D("earlier that day", "2003-10-06"),
        D("October 15, 2003", "2003-10-15"), D("September 26, 2003", "2003-09-26"), D("January 2001", "2001-01")])

# ---- International Financial Services (New York), Inc. and LLC, CFTC 4675-02, published 2002-07-22 (a Monday) ------------
A["us-cftc-international-financial-services-new-york-president-robinson-board-member-lai-forex-fraud-asset-freeze-2002"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'The CFTC complaint', 'the CFTC filed': alias 'CFTC'; the text
 # writes no 'U.S.'); International Financial Services (New York), Inc. ('(IFS Inc.)', 'President of IFS, Inc.', 'for
 # IFS, Inc.': aliases 'IFS Inc.' and 'IFS, Inc.'; Company); International Financial Services (New York), LLC ('(IFS
 # LLC)': alias; Company; its own firm -- the text gives no tie between the two); New York, New York ('both located in
 # New York, New York': one Location); New York ('in federal court in New York', 'also of New York': Location of its own
 # -- **doubtful**: a reader may make it an alias of 'New York, New York', or read the state); John Walker Robinson and
 # Chan Kow Lai (Persons; no short form in the text); New Jersey, Hong Kong ('of New Jersey and Hong Kong': two
 # Locations); Sociedade Comercial Siu Lap Limitada ('(Siu Lap)': alias; Company); Macao (Location); Charles Brieant
 # ('the Honorable Charles Brieant': Person); the United States District Court for the Southern District of New York
 # (Organization). Not annotated: 'federal court' (generic); 'a relief defendant' (a party's standing); 'inexperienced
 # salespeople', 'retail customers', 'family and friends' (unnamed); 'illegal off-exchange foreign currency (FOREX)
 # futures contracts' (a product class); '$15 million dollars', '$4 million', '400' (amounts, counts); the title's 'NEW
 # YORK' (the title, not annotated)
 entities=[E("Organization", "Commodity Futures Trading Commission", "CFTC"),
           E("Company", IFS, "IFS Inc.", "IFS, Inc."),
           E("Company", IFS_LLC, "IFS LLC"),
           E("Location", "New York, New York"),
           E("Location", "New York"),
           E("Person", "John Walker Robinson"),
           E("Person", "Chan Kow Lai"),
           E("Location", "New Jersey"),
           E("Location", "Hong Kong"),
           E("Company", "Sociedade Comercial Siu Lap Limitada", "Siu Lap"),
           E("Location", "Macao"),
           E("Person", "Charles Brieant"),
           E("Organization", "United States District Court for the Southern District of New York")],
 # 'John Walker Robinson also of New York and President of IFS, Inc.' -> president at IFS, current. 'Chan Kow Lai ...
 # technical consultant and member of the Board of Directors for IFS, Inc.' -> director at IFS, current (the manual's
 # board member -> director) -- **doubtful**: 'technical consultant' is no office (no second role; a reader may add
 # other). Charles Brieant -> no role (51n, 51o, 51zs). Near-misses: Robinson at IFS LLC (the text ties his title to
 # 'IFS, Inc.' only)
 roles=[R("John Walker Robinson", "president", IFS), R("Chan Kow Lai", "director", IFS)],
 # No relation. **Near-misses**: IFS Inc. and IFS LLC (same name, same city, sued together: a reader may guess a
 # parent or sister tie, but the text states none); Siu Lap 'unlawfully received more than $4 million of the
 # fraudulently obtained funds from the defendants' (money received as a relief defendant: no partner, supplier or
 # customer relation stated)
 relations=[],
 outages=[],
 # 'today' ('announced today the filing') -> 2002-07-22 (`published`). Skipped: 'Shortly after the CFTC filed its
 # complaint' (no calendar value); the cut date line
 dates=[D("today", "2002-07-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
