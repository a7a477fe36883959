#!/usr/bin/env python3
"""Batch 52o gold annotations (the texts of batch52o.py: the SEC's Litigation Release No. 17346 of 30 January 2002 --
'a wide-ranging accounting fraud at CyberGuard Corporation, a Fort Lauderdale-based company', 'a lawsuit in federal
court in Miami charging three former CyberGuard officers - Patrick O. Wheeler, Steven S. Gallers, and Robert L.
Carberry', 'CyberGuard and two other former officers - William D. Murray, and Tommy D. Steele'; the SEC's Litigation
Release No. 20702 of 4 September 2008 -- 'two former officers of Natural Health Trends Corp. ("NHT") of Dallas, Texas',
"Mark D. Woodburn, of Southlake, Texas, NHT's former president, director and CFO", "Terry LaCore, of Flower Mound,
Texas, the former president of NHT's chief subsidiary and an NHT director"), written from the texts alone; newskg was
not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts): CyberGuard -> test, Natural Health Trends -> train. Dates resolve against
`published` (each release line's date).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zr, 52b, 52i, 52j, 52m; looked up in the gold of the
corpus's SEC files on other matters and GATHERING.md) -- the SEC named 'Commission' where that is the only form (52m's
Oxford, 52j's Bennett); 'SEC' with alias 'Commission' where the text has both short forms and no longer one (5 corpus
SEC files so); named district courts -> Organization as written, an unnamed 'federal court in Miami' -> the city only
(52j's Signal way for an unnamed court); 'X-based' -> Location X (52b); defined short names ('NHT', 'CyberGuard') and
surnames -> aliases, possessive-free; 'former officers of' a company with no post -> executive, current false (45a's,
45p's, 44d's way, GATHERING.md); 'former president, director and CFO' -> president, director and cfo, all current
false ('former' heads the list); a post at an unnamed subsidiary -> no role (the org must be an annotated entity);
'the Securities Act of 1933' / Exchange Act years -> no date (both in cut sentences here anyway); seasons -> the year
(GUIDELINES; 52m's 'the fall of 1997'); one date item per distinct text and value.
usage: batch52o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CG = "CyberGuard Corporation"
NHT = "Natural Health Trends Corp."
A = {}

# ---- CyberGuard, LR 17346, published 2002-01-30 (a Wednesday) ------------------------------------------------------
A["us-sec-cyberguard-five-former-officers-wheeler-gallers-carberry-murray-steele-accounting-fraud-2002"] = dict(
 # The Commission ('the Commission filed', "the Commission's complaint and order", 'According to the Commission': the
 # only form in the text -> name 'Commission'; 'SEC' is in the title only); CyberGuard Corporation ('CyberGuard',
 # "CyberGuard's": alias 'CyberGuard', possessive-free; 'the company' no alias; the title's 'Cyberguard' spelling is in
 # the title only); Fort Lauderdale ('a Fort Lauderdale-based company': Location, 52b's 'X-based'); Miami ('a lawsuit
 # in federal court in Miami': the city as a Location; the court itself is unnamed in the kept text -- the caption's
 # 'S.D. Fla.' is cut -- so no court entity, 52j's Signal way); Patrick O. Wheeler, Steven S. Gallers, Robert L.
 # Carberry, William D. Murray, Tommy D. Steele (no short forms in the kept text). Not annotated: 'computer network
 # security systems' (a product class, no named Service); 'a settled cease-and-desist order', "the Commission's
 # complaint" (documents); 'the federal securities laws' (laws)
 entities=[E("Organization", "Commission"),
           E("Company", CG, "CyberGuard"),
           E("Location", "Fort Lauderdale"),
           E("Location", "Miami"),
           E("Person", "Patrick O. Wheeler"),
           E("Person", "Steven S. Gallers"),
           E("Person", "Robert L. Carberry"),
           E("Person", "William D. Murray"),
           E("Person", "Tommy D. Steele")],
 # 'three former CyberGuard officers - Patrick O. Wheeler, Steven S. Gallers, and Robert L. Carberry' and 'two other
 # former officers - William D. Murray, and Tommy D. Steele' (other former officers of CyberGuard: 'CyberGuard and two
 # other former officers') -> executive at CyberGuard Corporation, current false, for all five (the lane's 'former
 # officers of' a company -> executive). **doubtful**: 'officer' names no post; a reader may give no role at all, as for
 # 'a former employee'. Near-misses: the left-out heading's 'Former Chairman Of The Board' (which of the five held it
 # is not said in the kept text: no chairman role); no other post is named in the text
 roles=[R("Patrick O. Wheeler", "executive", CG, False),
        R("Steven S. Gallers", "executive", CG, False),
        R("Robert L. Carberry", "executive", CG, False),
        R("William D. Murray", "executive", CG, False),
        R("Tommy D. Steele", "executive", CG, False)],
 # No relation. Near-misses: the Commission's lawsuit and its cease-and-desist order against CyberGuard (a regulator's
 # action, no partner); CyberGuard's customers for its systems (unnamed)
 relations=[],
 outages=[],
 # 'January 30, 2002' -> 2002-01-30 (the release day as well); 'June 30, 1997' ('the fiscal year ended June 30, 1997')
 # -> 1997-06-30; 'July 1, 1996' ('its beginning balance sheet as of July 1, 1996') -> 1996-07-01; 'June 30 1998' ('its
 # fiscal year ended June 30 1998', no comma as written) -> 1998-06-30 -- **doubtful**: the two fiscal year-end days
 # are listed as the calendar days they are; a reader may read 'the fiscal year ended June 30, 1997' as naming a
 # fiscal year (no calendar value) and leave them out. Near-misses: 'all interim quarters', 'the first three quarters
 # of its fiscal year' (fiscal quarters, not calendar ones: skipped, GUIDELINES)
 dates=[D("January 30, 2002", "2002-01-30"), D("June 30, 1997", "1997-06-30"), D("July 1, 1996", "1996-07-01"),
        D("June 30 1998", "1998-06-30")])

# ---- Natural Health Trends, LR 20702, published 2008-09-04 (a Thursday) --------------------------------------------
A["us-sec-natural-health-trends-former-president-cfo-woodburn-subsidiary-president-lacore-related-party-2008"] = dict(
 # The SEC ('the Commission filed', "the SEC's charges": both short forms, no longer form in the kept text -> name
 # 'SEC', alias 'Commission', as the 5 corpus SEC files with that pair); the United States District Court for the
 # Northern District of Texas (as written; 'Northern District of Texas' inside its name gives no Location of its own);
 # Natural Health Trends Corp. ('("NHT")', "NHT's": alias 'NHT'; 'an NHT director' the same); Dallas and Texas ('of
 # Dallas, Texas': two Locations, the lane's way for 'City, State'); Southlake ('of Southlake, Texas'); Flower Mound
 # ('of Flower Mound, Texas'); Mark D. Woodburn ('Woodburn': alias; 'a Woodburn family-controlled company' the same
 # surname); Terry LaCore ('LaCore', "LaCore's": alias). Not annotated: "NHT's chief subsidiary" (unnamed); "NHT's top
 # distributor" (unnamed); 'a Woodburn family-controlled company' (unnamed); "NHT's new accounting management" (a
 # group); 'the complaint' (a document)
 entities=[E("Organization", "SEC", "Commission"),
           E("Organization", "United States District Court for the Northern District of Texas"),
           E("Company", NHT, "NHT"),
           E("Location", "Dallas"),
           E("Location", "Texas"),
           E("Location", "Southlake"),
           E("Location", "Flower Mound"),
           E("Person", "Mark D. Woodburn", "Woodburn"),
           E("Person", "Terry LaCore", "LaCore")],
 # "Mark D. Woodburn, ..., NHT's former president, director and CFO" -> president, director and cfo at Natural Health
 # Trends Corp., all current false ('former' heads the list). Terry LaCore: 'the former president of NHT's chief
 # subsidiary' -> no role (the subsidiary is unnamed: no entity to hold the post; a near-miss); 'two former officers of
 # Natural Health Trends Corp.' (Woodburn and LaCore) -> executive at NHT, current false, for LaCore (the lane's 'former
 # officers of' -> executive; Woodburn's named posts already cover his) -- **doubtful**: LaCore's officer post may be the
 # subsidiary's presidency the release counts as an NHT office; 'an NHT director' -> director at NHT, current true --
 # **doubtful**: 'former' stands before 'president of NHT's chief subsidiary' and not before 'an NHT director' (its own
 # article), so the text does not say he left the board; a reader may carry 'former' over and give false
 roles=[R("Mark D. Woodburn", "president", NHT, False),
        R("Mark D. Woodburn", "director", NHT, False),
        R("Mark D. Woodburn", "cfo", NHT, False),
        R("Terry LaCore", "executive", NHT, False),
        R("Terry LaCore", "director", NHT)],
 # No relation. Near-misses: "NHT's chief subsidiary" (a parentOrganization with an unnamed child); "NHT's top
 # distributor" (a customer/distributor relation with an unnamed party: no partner); the loan to 'a Woodburn
 # family-controlled company' (unnamed, and a loan is no partnership)
 relations=[],
 outages=[],
 # 'September 3, 2008' -> 2008-09-03; 'from 2001 through 2005' -> '2001' 2001 and '2005' 2005; 'from 2001 through
 # August 2005' -> 'August 2005' 2005-08 ('2001' listed once: same text, same value); 'February 2004' -> 2004-02; 'the
 # fall of 2004' -> 2004 (a season -> the year, GUIDELINES; 52m's 'the fall of 1997'). Not dates: the cut sentence's
 # Act years; the release line's and AAER line's 'September 4, 2008' (left out; `published`)
 dates=[D("September 3, 2008", "2008-09-03"), D("2001", "2001"), D("2005", "2005"), D("August 2005", "2005-08"),
        D("February 2004", "2004-02"), D("the fall of 2004", "2004")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
