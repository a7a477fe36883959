#!/usr/bin/env python3
"""Batch 53zq gold annotations (the texts of batch53zq.py: the Department's release of 4 May 1995 on a Springfield,
Illinois grand jury indicting Prairie Farms Dairy Inc., its Peoria managers Lyndell Oller and James Rogers ('formerly a
manager for Meadow Gold Dairies') and 'Leonard Southwell, general manager and chief executive officer of Prairie Farms'
for rigging bids on dairy products in central Illinois and eastern Missouri; the Division's release of 29 September 1995
on Alliance Metals Inc. and 'its owner and president, Bradley B. Evans', charged in Atlanta with fixing painted
aluminum prices; the Division's release of 28 September 1995 on a Dallas grand jury indicting Oberkampf Supply Company
of Lubbock Inc., 'its president, Cyril Reasoner', and Clowe & Cowan Inc. for fixing wholesale plumbing supply prices in
Lubbock), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53zo; GUIDELINES section 2): "the Department's Antitrust
Division" -> parentOrganization(Antitrust Division, Department of Justice) (53t, 53r, 53zh, 53zm, 53zo); 'Assistant
Attorney General in charge of the Antitrust Division' and 'Assistant Attorney General for the Antitrust Division' ->
head at the Antitrust Division, current (53t, 53zh, 53zo); 'U.S. District Court in <city>' (with or without 'the') ->
Organization 'U.S. District Court' (51t-53zo); the dateline 'WASHINGTON, D.C.' -> one Location (42z, 53zh, 53zm, 53zo);
a city and its state -> two Locations (53t, 53w, 53zh, 53zm, 53zo); the Federal Bureau of Investigation -> an
Organization, 'FBI' its alias (53zm); a field office of the Division ("the Division's Atlanta Field Office", "the
Antitrust Division's Dallas Field Office") -> no entity, its city a Location (51z, 52h, 52q: a unit); a surname alone
and a company's short form -> alias (53zh, 53zm, 53zo); 'president' -> president; 'chief executive' / 'chief executive
officer' -> ceo (GUIDELINES); 'manager' and 'general manager' -> executive (GUIDELINES; 53zm's 'vice president and
general manager' -> two roles, so 'general manager and chief executive officer' -> executive and ceo); 'owner' -> no
role (GATHERING: an owner has no role), so 'owner and president' -> president only; 'formerly' -> current false,
'currently' -> current true; posts with no tense word -> current true; 'the Department' / "the Department's" / "the
Division's" (generic after the full name), 'a federal grand jury', 'co-conspirators', 'other sellers and
distributors', 'several suspects', 'customers' (unnamed) -> nothing; product classes (dairy products, painted aluminum
products, wholesale plumbing supplies), charges, laws (the Sherman Act) -> nothing; 'today' -> one item 'today' (53t,
53zh, 53zm, 53zo); a decade ('the late 1960's') -> skipped (40zf: decades left out); a school year ('the 1989-1990
school year') -> skipped (53zo, **doubtful**); 'mid-July' -> the month (50g's 'mid-November').
usage: batch53zq_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zq/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
FBI = "Federal Bureau of Investigation"
AKB = "Anne K. Bingaman"
PFD = "Prairie Farms Dairy Inc."
MGD = "Meadow Gold Dairies"
ALM = "Alliance Metals Inc."
BBE = "Bradley B. Evans"
OBK = "Oberkampf Supply Company of Lubbock Inc."
A = {}

# ---- Prairie Farms Dairy Inc. / Oller, Rogers, Southwell, published 1995-05-04 (a Thursday) ---------------------------
A["us-doj-atr-prairie-farms-dairy-general-manager-ceo-southwell-two-managers-school-dairy-bid-rigging-indictment-1995"] = dict(
 # Companies: Prairie Farms Dairy Inc. ('an Illinois dairy company' first; 'Prairie Farms' in the last defendant line:
 # alias), Meadow Gold Dairies (Rogers' former employer, named as written, without 'Inc.'). Organizations: Department
 # of Justice ('according to the Department of Justice'; "the Department's" generic after it), Antitrust Division
 # ("the Department's Antitrust Division"), U.S. District Court ('filed in U.S. District Court in Springfield,
 # Illinois'). People: Lyndell Oller, James Rogers, Leonard Southwell (none named again). Locations: WASHINGTON, D.C.
 # (dateline), Springfield ('A federal grand jury in Springfield, Illinois', the court's city), Illinois ('Springfield,
 # Illinois' twice, 'an Illinois dairy company', 'central Illinois', 'Carlinville, Illinois', 'Peoria, Illinois' twice,
 # 'Champaign, Illinois'), Missouri ('eastern Missouri'), Carlinville (the company's town), Peoria (where Oller and
 # Rogers manage for Prairie Farms), Champaign (where Rogers managed for Meadow Gold). Not annotated: 'three
 # individuals' (the three named men, named below), 'public schools and other customers' (unnamed), 'the defendants
 # and their co-conspirators' (unnamed beyond the four), 'which dairy' (generic), 'a federal grand jury' (no name),
 # Anne K. Bingaman and her post (only in the cut sentence: near-miss)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Springfield"),
           E("Location", "Illinois"),
           E("Location", "Missouri"),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Organization", USDC),
           E("Company", PFD, "Prairie Farms"),
           E("Location", "Carlinville"),
           E("Person", "Lyndell Oller"),
           E("Location", "Peoria"),
           E("Person", "James Rogers"),
           E("Company", MGD),
           E("Location", "Champaign"),
           E("Person", "Leonard Southwell")],
 # 'Lyndell Oller, manager for Prairie Farms Dairy Inc. in Peoria, Illinois' -> executive at Prairie Farms Dairy Inc.,
 # current (no tense word; GUIDELINES: 'manager' -> executive). 'James Rogers, formerly a manager for Meadow Gold
 # Dairies in Champaign, Illinois, and currently a manager for Prairie Farms Dairy Inc.' -> executive at Meadow Gold
 # Dairies, current false ('formerly'), and executive at Prairie Farms Dairy Inc., current ('currently'). 'Leonard
 # Southwell, general manager and chief executive officer of Prairie Farms' -> executive ('general manager') and ceo
 # ('chief executive officer') at Prairie Farms Dairy Inc., both current: two posts joined by 'and', as 53zm's 'vice
 # president and general manager' gave two roles (**doubtful**: a reader may keep only ceo, the higher post).
 # Near-misses: a 'manager for' a company at a plant town (Peoria, Champaign) -- the post is at the company, the town
 # only a Location; Bingaman's head role (cut away)
 roles=[R("Lyndell Oller", "executive", PFD),
        R("James Rogers", "executive", MGD, False),
        R("James Rogers", "executive", PFD),
        R("Leonard Southwell", "executive", PFD),
        R("Leonard Southwell", "ceo", PFD)],
 # "the Department's Antitrust Division" -> the Division under the Department. Near-misses: Prairie Farms and Meadow
 # Gold (competing dairies in one conspiracy, and Rogers' move from one to the other: no relation between the
 # companies); the dairies and 'public schools and other customers' (unnamed buyers: no partner)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'today indicted' -> 'today' 1995-05-04. Skipped: 'the late 1960's' (a decade, 40zf: **doubtful**, a reader may
 # give 1967-1969 or the 1960s), 'the end of the 1989-1990 school year' (a school year, 53zo: **doubtful**, a reader
 # may give 1990, when such a year ends)
 dates=[D("today", "1995-05-04")])

# ---- Alliance Metals Inc. / owner and president Bradley B. Evans, published 1995-09-29 (a Friday) ---------------------
A["us-doj-atr-alliance-metals-owner-president-evans-painted-aluminum-price-fixing-charge-1995"] = dict(
 # Company: Alliance Metals Inc. ('a Pennsylvania aluminum company' first; not named again). Organizations: Department
 # of Justice ('said the Department of Justice'; "the Department's" generic after it), Antitrust Division ("the
 # Department's Antitrust Division", 'the Antitrust Division'; "the Division's" generic), Federal Bureau of
 # Investigation ('FBI' twice: alias), U.S. District Court ('charged in U.S. District Court in Atlanta'). People:
 # Bradley B. Evans, Anne K. Bingaman ('Bingaman said': alias). Locations: WASHINGTON, D.C. (dateline), Pennsylvania
 # ('a Pennsylvania aluminum company', 'West Chester, Pennsylvania', 'in Pennsylvania and Florida'), West Chester,
 # Atlanta (the court's city; "the Division's Atlanta Field Office"; 'the FBI in Atlanta'), United States ('throughout
 # the United States'), Florida ('in Pennsylvania and Florida', 'West Palm Beach, Florida'), Philadelphia, West Palm
 # Beach (the FBI's offices). Not annotated: the Atlanta Field Office (a unit of the Division: no entity, 51z --
 # near-miss), 'other sellers and distributors of painted aluminum products' and 'several suspects' (unnamed),
 # 'gasoline stations and convenience stores' (generic), 'FBI agents' (no person named)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Pennsylvania"),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Organization", FBI, "FBI"),
           E("Company", ALM),
           E("Location", "West Chester"),
           E("Person", BBE),
           E("Organization", USDC),
           E("Location", "Atlanta"),
           E("Location", "United States"),
           E("Person", AKB, "Bingaman"),
           E("Location", "Florida"),
           E("Location", "Philadelphia"),
           E("Location", "West Palm Beach")],
 # 'Alliance Metals Inc. of West Chester, Pennsylvania, and its owner and president, Bradley B. Evans' -> president at
 # Alliance Metals Inc., current (no tense word); the 'owner' part gives no role (GATHERING: an owner has no role).
 # 'criminal charges today against a Pennsylvania aluminum company and its chief executive' (the first paragraph, the
 # same company and man as the next paragraph's) -> ceo at Alliance Metals Inc., current (GUIDELINES: 'chief
 # executive' -> ceo): **doubtful** -- the post is tied to Evans only across paragraphs ('its chief executive' / 'its
 # owner and president, Bradley B. Evans'), and the release may use 'chief executive' loosely for the man at the top,
 # as 53zo's 'its top executive' for Machas (no second role there, since 'executive' added nothing to 'president';
 # here ceo is a title of its own). 'Anne K. Bingaman, Assistant Attorney General for the Antitrust Division' -> head
 # of the Antitrust Division, current (53t, 53zh, 53zo)
 roles=[R(BBE, "president", ALM),
        R(BBE, "ceo", ALM),
        R(AKB, "head", ATR)],
 # "the Department's Antitrust Division" -> the Division under the Department. Near-misses: the Division and the FBI
 # ('an ongoing investigation ... conducted by the Department's Antitrust Division and the Federal Bureau of
 # Investigation'; the FBI's 'assistance': agencies working one case, not a partnership, 53zm); the FBI under the
 # Department (true, but the text never says it); Alliance Metals and 'other sellers and distributors' (a cartel,
 # unnamed)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'criminal charges today' -> 'today' 1995-09-29; 'formed in January of this year' -> 'January of this year' 1995-01;
 # 'ended in mid-July' (of the same year, before the September release) -> 'mid-July' 1995-07 (50g's 'mid-November')
 dates=[D("today", "1995-09-29"), D("January of this year", "1995-01"), D("mid-July", "1995-07")])

# ---- Oberkampf Supply Company of Lubbock Inc. / Cyril Reasoner; Clowe & Cowan Inc., published 1995-09-28 (Thursday) --
A["us-doj-atr-oberkampf-supply-president-reasoner-clowe-cowan-wholesale-plumbing-price-fixing-indictment-1995"] = dict(
 # Companies: Oberkampf Supply Company of Lubbock Inc. ('the Lubbock company' first: generic), Clowe & Cowan Inc. ('the
 # other in Amarillo'). Organizations: Department of Justice ('said the Department of Justice'; "the Department's"
 # twice, generic after it), Antitrust Division ("The Department's Antitrust Division", 'the Antitrust Division', "the
 # Antitrust Division's Dallas Field Office"), U.S. District Court ('filed in the U.S. District Court in Lubbock,
 # Texas'), Federal Bureau of Investigation (the last sentence). People: Cyril Reasoner, Anne K. Bingaman (neither
 # named again). Locations: WASHINGTON, D.C. (dateline), Dallas ('A federal grand jury in Dallas', 'conducted in
 # Dallas', the Dallas Field Office's city), Texas ('two Texas wholesale plumbing companies', 'west and northwest
 # Texas', 'Amarillo, Texas', 'Lubbock, Texas', 'industry in Texas'), Lubbock ('one in Lubbock', 'supplies in Lubbock',
 # 'sales facilities in Lubbock', the court's city), Amarillo ('the other in Amarillo', 'of Amarillo, Texas'). Not
 # annotated: 'Lubbock' inside the company's name as its own mention (the name is the company's; the city is annotated
 # from its own mentions, 53zo), the Dallas Field Office (a unit: no entity, 51z -- near-miss), 'others' and 'the
 # defendants' (unnamed beyond the three), 'customers' (unnamed), 'a federal grand jury' (no name), the Sherman Act (a
 # law)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Dallas"),
           E("Location", "Texas"),
           E("Location", "Lubbock"),
           E("Location", "Amarillo"),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Company", OBK),
           E("Person", "Cyril Reasoner"),
           E("Company", "Clowe & Cowan Inc."),
           E("Organization", USDC),
           E("Person", AKB),
           E("Organization", FBI)],
 # 'Oberkampf Supply Company of Lubbock Inc., its president, Cyril Reasoner' -> president at Oberkampf Supply Company
 # of Lubbock Inc., current (no tense word; 'the president of the Lubbock company' in the first paragraph agrees).
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head, current. Near-miss: no
 # person at Clowe & Cowan Inc. (the headline's 'EXECUTIVE' is Reasoner)
 roles=[R("Cyril Reasoner", "president", OBK),
        R(AKB, "head", ATR)],
 # "The Department's Antitrust Division" -> the Division under the Department. Near-misses: Oberkampf and Clowe &
 # Cowan (competitors charged with one conspiracy: no partnership); the Division's Dallas Field Office (a unit, not
 # annotated); the FBI's 'assistance' (agencies on one case: no relation, 53zm)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'today indicted' -> 'today' 1995-09-28; 'between July 1990 and October 1990' -> 'July 1990' 1990-07, 'October
 # 1990' 1990-10
 dates=[D("today", "1995-09-28"), D("July 1990", "1990-07"), D("October 1990", "1990-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
