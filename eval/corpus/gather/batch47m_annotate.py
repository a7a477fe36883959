#!/usr/bin/env python3
"""Batch 47m gold annotations (the texts of batch47m.py: the SEC's Litigation Release No. 22174 of 2 December 2011 on
Soyo Group, Inc., 'a now defunct California-based consumer electronics and computer parts company', 'its chief
financial officer, Nancy Shao Wen Chu, and members of her accounting staff, Elizabeth Tsang and Eric Jon Strasser',
and the U.S. District Court for the Central District of California; the SEC's press release 2012-31 of 22 February
2012 on 'Puda Coal Inc.'s chairman Ming Zhao', 'former CEO Liping Zhu' and 'Puda Coal's sole revenue-producing asset,
a coal mining company named Shanxi Puda Coal Group', with Robert Khuzami, 'Director of the SEC's Division of
Enforcement'; the SEC's Litigation Release No. 22341 of 23 April 2012 on 'China-based SinoTech Energy Limited, its
Chairman and controlling shareholder, Qingzeng Liu, its CEO, Guoqiang Xin, and its former CFO, Boxun Zhang', sued in
'U.S. District Court in Lake Charles, Louisiana'), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line or dateline).
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m, 46n, 47a, 47e, 47h and 47k for SEC releases): the SEC -> Organization, the full name where the text writes it,
with its aliases ('SEC', 'Commission'); where the text writes only 'SEC' and 'the Commission', the name 'SEC' (42e,
43d) with 'Commission' as alias; the Division of Enforcement -> Organization, parentOrganization the SEC; its
Director -> director (44l, 45za, 47k); 'former' -> current false; 'chairman'/'Chairman' -> chairman, 'CEO' -> ceo,
'chief financial officer'/'CFO' -> cfo; 'controlling shareholder', 'consultant' and 'members of her accounting staff'
-> no role (45zi, 34e); a company's 'sole revenue-producing asset' in which it held a 'controlling interest' ->
parentOrganization (ownership told as past still counts, 22c); a court named in full -> Organization (46g); 'U.S.
District Court in <city>, <state>' -> 'U.S. District Court' with the city and state each a Location (41h, 40zn, 47h);
a place inside '<place>-based' -> Location (43a, 44h); 'U.S.' as a place ('U.S. investors') -> Location (43g, 45zp);
national adjectives ('Chinese') -> nothing; each end of a 'from ... through ...' or 'between ... and ...' span its
own item; 'today' from the release's day.
usage: batch47m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOE = "Division of Enforcement"
SOYO = "Soyo Group, Inc."
CDC = "U.S. District Court for the Central District of California"
PUDA = "Puda Coal Inc."
SHX = "Shanxi Puda Coal Group"
STE = "SinoTech Energy Limited"
A = {}

# ---- Soyo Group, LR 22174, published 2011-12-02 (a Friday) ------------------------------------------------------------
A["us-sec-soyo-group-former-cfo-chu-accounting-staff-financial-fraud-2011"] = dict(
 # The Securities and Exchange Commission ('("Commission")', "The Commission's civil injunctive complaint", 'filings
 # with the Commission': alias 'Commission'); Soyo Group, Inc. ('("Soyo")' and 'Soyo'/"Soyo's" throughout: alias);
 # California ('California-based' -> Location, 43a, 44h; also inside the court's name); the U.S. District Court for
 # the Central District of California (a court named in full -> Organization, 46g); Nancy Shao Wen Chu ('Chu' three
 # times: alias); Elizabeth Tsang ('Tsang'); Eric Jon Strasser ('Strasser'). Not annotated: 'Soyo's ... primary
 # lending bank', 'auditor', 'a Soyo vendor', '21 customers' (unnamed), 'the complaint' (a filing), 'three
 # individuals' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", SOYO, "Soyo"),
           E("Location", "California"),
           E("Organization", CDC),
           E("Person", "Nancy Shao Wen Chu", "Chu"),
           E("Person", "Elizabeth Tsang", "Tsang"),
           E("Person", "Eric Jon Strasser", "Strasser")],
 # 'Soyo, through the actions of its chief financial officer, Nancy Shao Wen Chu' -> cfo at Soyo Group, Inc., current
 # false (**doubtful**: the text writes no 'former' -- only the heading, which is not annotated, says 'Former CFO';
 # false is read from 'a now defunct ... company': a post at a company that no longer exists is not held now, and the
 # sentence tells the post of 2007-2008; a reader holding to the letter of the rule may set current true, as 47k did
 # for Veras' barred managing members). Not roles: 'members of her accounting staff, Elizabeth Tsang and Eric Jon
 # Strasser' (no title: staff, 34e; **doubtful**: a reader may give Tsang other or executive at Soyo -- the complaint
 # calls her an accounting manager, which this text does not); 'Strasser, a consultant who prepared Soyo's filings'
 # (a consultant, not an officer: no role, 45zi; near-miss)
 roles=[R("Nancy Shao Wen Chu", "cfo", SOYO, False)],
 # None. Near-misses: the complaint filed in the court (a venue); 'a $6 million debt-for-equity transaction with a
 # Soyo vendor' (unnamed vendor, never completed); Soyo's 'primary lending bank' and 'auditor' (unnamed); Soyo's seat
 # in California (no relation type)
 relations=[],
 outages=[],
 # 'today' (in 'announced today') -> 2011-12-02 (the release's day; the AAER line's 'November 16, 2011' is cut);
 # 'on November 29, 2011' -> 2011-11-29; 'between January 2007 and November 2008' -> 'January 2007' 2007-01 and
 # 'November 2008' 2008-11 (each end its own item). Skipped: 'the next quarter's filing' (no quarter named)
 dates=[D("today", "2011-12-02"), D("November 29, 2011", "2011-11-29"), D("January 2007", "2007-01"),
        D("November 2008", "2008-11")])

# ---- Puda Coal, press release 2012-31, published 2012-02-22 (a Wednesday) --------------------------------------------
A["us-sec-puda-coal-chairman-zhao-former-ceo-zhu-shanxi-coal-fraud-2012"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges' twice, 'reports to the SEC', 'After the SEC began', "the
 # SEC's Division": alias 'SEC'); China ('China-based executives', "China's largest state-owned financial firm";
 # 'Chinese' three times an adjective: nothing); Puda Coal Inc. ('Puda Coal' and "Puda Coal's" throughout: alias);
 # Ming Zhao ('Zhao' throughout); Liping Zhu ('Zhu'); Shanxi Puda Coal Group ('Shanxi Coal' twice: the text's own
 # short form, alias); the U.S. ('U.S. investors' -> Location, 43g, 45zp); Robert Khuzami; the Division of
 # Enforcement ("the SEC's Division of Enforcement"). Not annotated: 'a fund controlled by what is reported to be
 # China's largest state-owned financial firm' and 'the Chinese financial firm' (neither the fund nor the firm
 # named), 'Puda Coal's public shareholders', 'investors' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "China"),
           E("Company", PUDA, "Puda Coal"),
           E("Person", "Ming Zhao", "Zhao"),
           E("Person", "Liping Zhu", "Zhu"),
           E("Company", SHX, "Shanxi Coal"),
           E("Location", "U.S."),
           E("Person", "Robert Khuzami"),
           E("Organization", DOE)],
 # "Puda Coal Inc.'s chairman Ming Zhao" -> chairman at Puda Coal Inc., current true (no 'former'; the text tells
 # his scheme but not that he left); 'former CEO Liping Zhu' (with Puda Coal's chairman, of Puda Coal) -> ceo at Puda
 # Coal Inc., current false (**doubtful**: the text does not write whose CEO, 'Puda Coal' being the only company the
 # sentence could mean); 'Robert Khuzami, Director of the SEC's Division of Enforcement' -> director at the Division
 # (44l, 45za, 47k; **doubtful**: head). Near-misses: 'two China-based executives' (the two men, their posts given
 # apart); 'officers and directors of issuers' (cut with the quotation's second sentence)
 roles=[R("Ming Zhao", "chairman", PUDA), R("Liping Zhu", "ceo", PUDA, False),
        R("Robert Khuzami", "director", DOE)],
 # "Puda Coal's sole revenue-producing asset, a coal mining company named Shanxi Puda Coal Group" and "Puda Coal's
 # controlling interest in Shanxi Coal" -> parentOrganization(Shanxi Puda Coal Group, Puda Coal Inc.) (an owned
 # company; **doubtful**: the text says Zhao transferred that interest to himself and that Puda Coal 'no longer had
 # an ownership stake in that company' -- ownership told as past still counts, 22c, but a reader may leave it out as
 # ended); "the SEC's Division of Enforcement" -> parentOrganization SEC. Near-misses: Zhao taking the controlling
 # interest and selling 'a substantial portion to a fund' (a person and an unnamed fund: no acquired); the fund
 # 'controlled by' the unnamed state-owned firm (unnamed both)
 relations=[L(SHX, "parentOrganization", PUDA), L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' (in 'today charged') -> 2012-02-22 (the dateline's day, cut). Nothing else in the text
 dates=[D("today", "2012-02-22")])

# ---- SinoTech Energy Limited, LR 22341, published 2012-04-23 (a Monday) -----------------------------------------------
A["us-sec-sinotech-energy-chairman-liu-ceo-xin-former-cfo-zhang-fraud-2012"] = dict(
 # The SEC (written only as 'the Commission' five times and 'The SEC alleges' once; name 'SEC' as 42e and 43d,
 # 'Commission' its alias; **doubtful**: a reader may name it 'Commission'); the U.S. District Court ('U.S. District
 # Court in Lake Charles, Louisiana' -> the court as written without its place, 41h, 40zn; **doubtful**: a court not
 # named in full); Lake Charles and Louisiana (two Locations, as 47h's and 47k's '<city>, <state>'); China
 # ('China-based' -> Location, 43a); SinoTech Energy Limited ('SinoTech', "SinoTech's" throughout: alias; 'the
 # company' generic); Qingzeng Liu ('Liu' three times); Guoqiang Xin; Boxun Zhang. Not annotated: 'lateral hydraulic
 # drilling ("LHD") units' and 'LHD units' (a kind of equipment, no name), "SinoTech's primary bank account" (the bank
 # unnamed), 'IPO' (an offering), 'the defendants', 'investors' (generic)
 entities=[E("Organization", "SEC", "Commission"),
           E("Organization", "U.S. District Court"),
           E("Location", "Lake Charles"),
           E("Location", "Louisiana"),
           E("Location", "China"),
           E("Company", STE, "SinoTech"),
           E("Person", "Qingzeng Liu", "Liu"),
           E("Person", "Guoqiang Xin"),
           E("Person", "Boxun Zhang")],
 # 'its Chairman and controlling shareholder, Qingzeng Liu' (its: SinoTech's) -> chairman at SinoTech Energy Limited,
 # current true ('controlling shareholder' -> no role, 45zi); 'its CEO, Guoqiang Xin' -> ceo, current true; 'its
 # former CFO, Boxun Zhang' -> cfo, current false
 roles=[R("Qingzeng Liu", "chairman", STE), R("Guoqiang Xin", "ceo", STE), R("Boxun Zhang", "cfo", STE, False)],
 # None. Near-misses: the suit filed in the court (a venue); SinoTech's 'primary bank account' (unnamed bank); the
 # LHD units bought (unnamed seller; the store's excerpt names none); SinoTech 'China-based' (a seat, no relation)
 relations=[],
 outages=[],
 # 'On April 23, 2012' -> 2012-04-23 (the release's own day); 'during July and August 2011' -> 'July' 2011-07 (the
 # year from 'August 2011' beside it) and 'August 2011' 2011-08 (also 'in August 2011': the same text, one item);
 # 'since its November 2010 IPO' -> 'November 2010' 2010-11
 dates=[D("April 23, 2012", "2012-04-23"), D("July", "2011-07"), D("August 2011", "2011-08"),
        D("November 2010", "2010-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
