#!/usr/bin/env python3
"""Batch 50d gold annotations (the texts of batch50d.py: two CFTC enforcement press releases -- the order against
'Marathon Petroleum Company (MPC), a subsidiary of Marathon Oil Corporation, based in Findlay, Ohio' over an attempt to
push down the Platts assessment of spot cash West Texas Intermediate crude oil delivered at Cushing, Oklahoma, with
'Gregory Mocek, the CFTC's Director of Enforcement' quoted (5366-07, 1 August 2007); the order against 'Citigroup Inc.
(Citigroup) of New York, N.Y., and Citigroup Global Markets Ltd. (CGML) of London, England' over wheat positions on
'the Chicago Board of Trade (CBOT), which is part of CME Group, Inc.', held 'via two of its wholly owned subsidiaries,
including CGML', with seven 'CFTC Division of Enforcement staff members' named (21 September 2012)), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Citigroup file to test, the Marathon file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a; looked up in the corpus's files by their gold only where other matters): regulators -> Organization, the
fullest name the text gives ('U.S. Commodity Futures Trading Commission'), 'CFTC' as alias; 'City, State' as one
Location (49g's 'Cushing, Okla.', 49h's and 49k's 'Houston, Texas', 50a's 'Columbus, Ohio'; here also 'New York,
N.Y.' and, by the same way, 'London, England'); 'X, a subsidiary of Y' and 'Y, via ... its wholly owned subsidiaries,
including X' -> parentOrganization(X, Y) (49k); 'X, which is part of Y' -> parentOrganization(X, Y) (a unit; the
manual's 'Y, a unit of X'); an exchange run as a business -> Company (the manual's stock exchanges; 49g's and 49h's
NYMEX and Chicago Mercantile Exchange); Platts -> Company (49h, 50a); 'the CFTC's Director of Enforcement' ->
director at the CFTC (49h's 'CFTC Acting Director of Enforcement' -> director at the CFTC); a regulator's 'Division
of Enforcement' -> Organization with parentOrganization to the regulator (49d, 49k); staff members of a division ->
other (the manual's 'staff attorneys -> other') at the division; laws and regulations (the Commodity Exchange Act,
'CFTC regulation 150.2') and commodity grades (West Texas Intermediate) -> nothing.
usage: batch50d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
MPC = "Marathon Petroleum Company"
MOC = "Marathon Oil Corporation"
CITI = "Citigroup Inc."
CGML = "Citigroup Global Markets Ltd."
CBOT = "Chicago Board of Trade"
CME = "CME Group, Inc."
DOE = "Division of Enforcement"
STAFF = ["Michael R. Berlowitz", "Trevor Kokal", "David Acevedo", "Jeremy Cusimano", "Lenel Hickson, Jr.",
         "Stephen J. Obie", "Vincent A. McGonagle"]
A = {}

# ---- Marathon Petroleum Company order, CFTC press release 5366-07, published 2007-08-01 (a Wednesday) -------------------
A["us-cftc-marathon-petroleum-subsidiary-marathon-oil-wti-crude-oil-platts-attempted-manipulation-2007"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC continues', "the CFTC's Director": alias
 # 'CFTC'); Marathon Petroleum Company ('(MPC)', 'that MPC pay', 'MPC priced': alias; the heading's 'Marathon
 # Petroleum Company LLC' is not in the text, so the body's form is the name); Marathon Oil Corporation (named once);
 # Findlay, Ohio ('based in Findlay, Ohio': one Location, the lane's 'City, State' way -- **doubtful**: whose base it
 # is (MPC's or Marathon Oil's) is left open by the comma; no relation hangs on it); Cushing, Oklahoma ('delivered at
 # Cushing, Oklahoma': one Location, as 49g's 'Cushing, Okla.'); Platts ('the Platts market assessment', five times:
 # Company, the price reporter, as 49h and 50a); Gregory Mocek (named once). Not annotated: 'West Texas Intermediate
 # (WTI)' (a crude oil grade, a commodity -- **doubtful**: a reader may take it as a named benchmark); 'the Platts
 # market assessment for WTI' (a published price, no Service -- **doubtful**: a reader may make it a Platts Service
 # with provider to Platts); 'American citizens' (a demonym, no place named -- unlike 50a's "America's"); 'the nation'
 # (unnamed); 'U.S.' inside the CFTC's own name; 'an order' (a document)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", MPC, "MPC"),
           E("Company", MOC),
           E("Location", "Findlay, Ohio"),
           E("Location", "Cushing, Oklahoma"),
           E("Company", "Platts"),
           E("Person", "Gregory Mocek")],
 # "said Gregory Mocek, the CFTC's Director of Enforcement" -> director at the CFTC, current (49h's Acting Director of
 # Enforcement Stephen J. Obie, director at the CFTC; the unnamed Division is not in this text -- **doubtful**: head
 # (the enforcement program's leader) or other possible)
 roles=[R("Gregory Mocek", "director", CFTC, True)],
 # 'Marathon Petroleum Company (MPC), a subsidiary of Marathon Oil Corporation' -> parentOrganization(MPC, Marathon Oil
 # Corporation). Near-misses: MPC 'priced approximately 7.3 million barrels of physical crude oil per month off the
 # Platts market assessment' -> no partner or provider (MPC uses a published price; no contract with Platts is
 # stated); the CFTC's order against MPC (enforcement, no relation type); the cut sentence on MPC as 'a net purchaser
 # of foreign crude oil'
 relations=[L(MPC, "parentOrganization", MOC)],
 outages=[],
 # 'today' ('today announced') -> 2007-08-01 (`published`); 'November 26, 2003' -> 2003-11-26 (the day of the
 # attempt); 'August 1, 2007' ('The August 1, 2007, order') -> 2007-08-01 (another text, the same value: its own
 # item). Skipped: 'that day' ('for spot cash WTI for that day': an anaphor of November 26, 2003 -- **doubtful**: a
 # reader may list it as 2003-11-26); 'At the time in question', 'per month', 'a particular 30-minute period' (no
 # calendar value)
 dates=[D("today", "2007-08-01"), D("November 26, 2003", "2003-11-26"), D("August 1, 2007", "2007-08-01")])

# ---- Citigroup Inc. and Citigroup Global Markets Ltd. order, CFTC release, published 2012-09-21 (a Friday) --------------
A["us-cftc-citigroup-wholly-owned-subsidiary-citigroup-global-markets-wheat-futures-speculative-position-limits-2012"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC order', "the CFTC's all months", 'CFTC
 # regulation', 'CFTC Division of Enforcement': alias 'CFTC'); Citigroup Inc. ('(Citigroup)', 'Citigroup, via two of
 # its wholly owned subsidiaries': alias); New York, N.Y. ('Citigroup Inc. (Citigroup) of New York, N.Y.': one
 # Location, the 'City, State' way); Citigroup Global Markets Ltd. ('(CGML)': alias); London, England ('(CGML) of
 # London, England': one Location by the same way -- **doubtful**: city and country, a reader may list London and
 # England apart); the Chicago Board of Trade ('(CBOT)', 'traded on the CBOT', 'CBOT wheat': alias; Company, an
 # exchange run as a business and part of a listed group, as 49g's NYMEX); CME Group, Inc. (named once; Company); the
 # Division of Enforcement ('CFTC Division of Enforcement staff members': Organization, the CFTC's unit, named without
 # the regulator's prefix as 49d's 'Division of Corporation Finance' and 49k's 'Enforcement Division'); the seven
 # staff members (each named once; 'Lenel Hickson, Jr.' with his suffix as the text writes it). Not annotated: 'the
 # Commodity Exchange Act' and 'CFTC regulation 150.2' (laws), 'the wheat contract' (a product of the CBOT, no name --
 # near-miss), the second, unnamed wholly owned subsidiary, 'U.S.' inside the CFTC's own name
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", CITI, "Citigroup"),
           E("Location", "New York, N.Y."),
           E("Company", CGML, "CGML"),
           E("Location", "London, England"),
           E("Company", CBOT, "CBOT"),
           E("Company", CME),
           E("Organization", DOE)]
          + [E("Person", p) for p in STAFF],
 # 'CFTC Division of Enforcement staff members responsible for this case are ...' -> other at the Division of
 # Enforcement, current, for each of the seven (the manual's staff attorneys -> other) -- **doubtful**: a reader may
 # give no role (a credit line, no title), or put the role at the CFTC; Stephen J. Obie, director at the CFTC in 49h's
 # 2008 release, is here only one of the staff listed (no title given, so other)
 roles=[R(p, "other", DOE, True) for p in STAFF],
 # 'Citigroup, via two of its wholly owned subsidiaries, including CGML' -> parentOrganization(CGML, Citigroup Inc.);
 # 'the Chicago Board of Trade (CBOT), which is part of CME Group, Inc.' -> parentOrganization(CBOT, CME Group, Inc.);
 # 'CFTC Division of Enforcement' -> parentOrganization(Division of Enforcement, CFTC) (49d, 49k). Near-misses:
 # Citigroup and CGML 'trading on the Chicago Board of Trade' -> no partner (market participants on an exchange; no
 # membership or contract stated); the unnamed second subsidiary; the joint penalty (enforcement, no relation type)
 relations=[L(CGML, "parentOrganization", CITI),
            L(CBOT, "parentOrganization", CME),
            L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today issued') -> 2012-09-21 (`published`, the blog copy's date line); 'December 2009' (twice: one item)
 # -> 2009-12. Skipped: 'on several occasions', 'on one or more days' (no calendar value); 'September 21, 2012' (the
 # date line, cut)
 dates=[D("today", "2012-09-21"), D("December 2009", "2009-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
