#!/usr/bin/env python3
"""Gold annotations (the texts of batch53j.py: two CFTC enforcement press releases -- the complaint against Sentinel
Management Group, Inc. of Northbrook, Illinois, 'its president and chief executive officer, Eric A. Bloom, and former
senior vice-president, Charles K. Mosley', filed in the Northern District of Illinois (5494-08, 1 May 2008); the
supplemental consent order of Judge Robert J. Conrad Jr. of the Western District of North Carolina against Hannes
Tulving, Jr. of Newport Beach, California, 'and his company The Tulving Company, Inc.' (7875-19, 21 February 2019)),
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Sentinel -> test, Tulving -> train.
Dates resolve against `published` (5494-08's 'For Release: May 1, 2008'; 7875-19's date line 'February 21, 2019').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e): the regulator ->
Organization under the name the text writes ('U.S. Commodity Futures Trading Commission' in 5494-08, 'Commodity Futures
Trading Commission' in 7875-19), 'CFTC' as alias; the SEC -> Organization; a district court named in full ->
Organization as written, its judge -> Person with no role; 'its president and chief executive officer' -> president
and ceo (two roles, current); 'former senior vice-president' -> vice-president (GUIDELINES: senior vice president ->
vice-president), current false; 'Director of the CFTC's Division of Enforcement' -> director at the CFTC, the Division
not an entity when named only inside the title (51a's McDonald); 'his company' (ownership or control, no title) -> no
role (40zm's Grenda, 46m's Strong, 52za's owners, 53e's Murray); 'City, State' -> one Location; laws and rules (the
Commodity Exchange Act, CEA, 'CFTC Regulations', 18 U.S.C. 1343), orders, complaints, case and release numbers,
registration categories (FCM), unnamed customers and FCMs -> nothing; a year inside a case citation -> nothing.
usage: batch53j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC_US = "U.S. Commodity Futures Trading Commission"
CFTC = "Commodity Futures Trading Commission"
SENT = "Sentinel Management Group, Inc."
NDIL = "United States District Court for the Northern District of Illinois"
WDNC = "U.S. District Court for the Western District of North Carolina"
TCO = "The Tulving Company, Inc."
A = {}

# ---- Sentinel Management Group, Inc., Bloom, Mosley, CFTC 5494-08, published 2008-05-01 (a Thursday) -------------------
A["us-cftc-sentinel-management-group-president-ceo-bloom-former-svp-mosley-customer-segregated-funds-complaint-2008"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC is seeking', "the CFTC's Division of
 # Enforcement", 'the CFTC complaint', "the CFTC's legal requirements": alias 'CFTC'); Northbrook, Illinois
 # ('Northbrook, Illinois based Sentinel': one Location, the lane's 'City, State'); Sentinel Management Group, Inc.
 # ('(Sentinel)' and 'Sentinel' three more times: alias; Company); Eric A. Bloom and Charles K. Mosley (Persons, no
 # short forms); Gregory Mocek (Person); the United States District Court for the Northern District of Illinois
 # (Organization, the court named in full); the Securities and Exchange Commission (Organization, a regulator named in
 # full, no short form). Not annotated: the Commodity Exchange Act (CEA) (a law; 'CEA' an alias of no entity); 'Futures
 # Commission Merchant (FCM)', 'other FCMs', 'investment adviser' (registration categories and unnamed firms);
 # 'the Division of Enforcement' (named only inside Mocek's title: no Organization, as 51a); 'customers',
 # 'defendants' (generic); the title's 'Two of Its Executive Officers' (the title)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Location", "Northbrook, Illinois"),
           E("Company", SENT, "Sentinel"),
           E("Person", "Eric A. Bloom"),
           E("Person", "Charles K. Mosley"),
           E("Person", "Gregory Mocek"),
           E("Organization", NDIL),
           E("Organization", "Securities and Exchange Commission")],
 # 'Sentinel ... and its president and chief executive officer, Eric A. Bloom' -> president and ceo at Sentinel, both
 # current (the text states the posts in the present when the suit is filed; **doubtful**: 2008 reports say Sentinel
 # was in bankruptcy by then, but the text does not say he left); 'former senior vice-president, Charles K. Mosley' ->
 # vice-president at Sentinel (senior vice president -> vice-president), current false ('former'); 'Gregory Mocek,
 # Director of the CFTC's Division of Enforcement' -> director at the CFTC, current (49h's, 50d's and 51a's way for
 # the Division's director -- **doubtful**: a reader may give head, or other). **Near-misses**: Sentinel 'registered
 # as an investment adviser with the Securities and Exchange Commission' (a registration: no role, no relation);
 # the complaint 'filed in' the Northern District of Illinois (no role or relation)
 roles=[R("Eric A. Bloom", "president", SENT, True),
        R("Eric A. Bloom", "ceo", SENT, True),
        R("Charles K. Mosley", "vice-president", SENT, False),
        R("Gregory Mocek", "director", CFTC_US, True)],
 # No relation. **Near-misses**: Sentinel managing 'segregated customer funds for other FCMs' (unnamed firms: nothing
 # to relate; a service relation would need a named Service); Sentinel's registration with the SEC (no type)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2008-05-01 (`published`); 'June 1980' ('registered ... since June 1980') -> 1980-06.
 # Skipped: nothing else; the title's figures are not dates
 dates=[D("today", "2008-05-01"), D("June 1980", "1980-06")])

# ---- Hannes Tulving, Jr., The Tulving Company, Inc., Judge Conrad (W.D.N.C.), CFTC 7875-19, published 2019-02-21 -------
A["us-cftc-tulving-company-hannes-tulving-precious-metals-dealer-supplemental-consent-order-penalty-2019"] = dict(
 # The Commodity Futures Trading Commission (the text writes it without 'U.S.'; '(CFTC)', 'CFTC Regulations': alias
 # 'CFTC'); Robert J. Conrad Jr. ('Judge Robert J. Conrad Jr.': Person, the name as written without a comma before
 # 'Jr.'); the U.S. District Court for the Western District of North Carolina ('the Court' twice: the same body, no
 # alias -- a generic noun; Organization); Hannes Tulving, Jr. ('(Tulving)': alias; Person); Newport Beach, California
 # (one Location); The Tulving Company, Inc. (Company; 'The' kept as part of the name as written -- **doubtful**: a
 # reader may drop the article; 'Tulving Company' appears only in the part cut off, so no alias). Not annotated: the
 # Commodity Exchange Act, 'CFTC Regulations', '18 U.S.C. \u00a71343' (laws and rules); 'Supplemental Consent Order
 # (Supplemental Order)', 'Consent Order of Permanent Injunction (Consent Order)' (orders; their short forms aliases of
 # no entity); 'U.S.A. v. Tulving et al, No. 3:15-cr-00115-MOC' (a case caption and number); 'W.D.N.C.' (the court's
 # abbreviation inside the citation only -- **near-miss**: could be taken as the court's alias; left out, as the lane
 # leaves citation abbreviations); 'customers', 'Defendants' (generic)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Person", "Robert J. Conrad Jr."),
           E("Organization", WDNC),
           E("Person", "Hannes Tulving, Jr.", "Tulving"),
           E("Location", "Newport Beach, California"),
           E("Company", TCO)],
 # No role. **Near-miss**: 'his company The Tulving Company, Inc.' (ownership or control with no title: no role, the
 # lane's owner rule; a reader may give founder, president or other from outside knowledge, which the text does not
 # give; the title's 'Precious Metals Dealer and his Company' likewise). Judge Conrad -> no role (the lane's rule)
 roles=[],
 # No relation (a person's company: no relation type between a Person and a Company)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2019-02-21 (`published`); 'November 29, 2018' -> 2018-11-29; 'January 5, 2016' ->
 # 2016-01-05; 'May 18, 2016' -> 2016-05-18. Skipped: '2016' inside '(W.D.N.C. 2016.)' (a case citation's year --
 # **doubtful**: a reader may add a year item 2016); 'permanent' bans (no calendar value)
 dates=[D("today", "2019-02-21"), D("November 29, 2018", "2018-11-29"), D("January 5, 2016", "2016-01-05"),
        D("May 18, 2016", "2016-05-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
