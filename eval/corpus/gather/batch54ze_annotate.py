#!/usr/bin/env python3
"""Batch 54ze gold annotations (the texts of batch54ze.py: the Antitrust Division's release of 25 March 1994 on
Seafood Inc. of Henderson, Louisiana, charged in Lafayette with fixing crawfish prices, and 'Charles J. Friedman, the
owner of Seafood Inc.', who pleaded guilty to obstruction of justice; its release of 16 May 1995 on 'William H. Nehill
of Orchard Park, New York, and his firm, Exolon-ESK Company of Tonawanda, New York', indicted in Alexandria, Virginia
for a false statement in a bid to buy surplus aluminum oxide from the Department of Defense's Defense Logistics
Agency; the Office of Public Affairs' release of 1 June 1995 on TD Materials Inc., Pioneer Aluminum Inc., Tiernay
Metals, 'John P. Cassel, president of Pioneer Aluminum Inc.' and 'William A. Steinmetz, principal owner of Tiernay
Metals', charged in Los Angeles with fixing the price of aluminum extrusions), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54y; GUIDELINES section 2): "the Department of Justice's
Antitrust Division" / "the Justice Department's Antitrust Division" / "the Department's Antitrust Division" after the
Department's full name -> parentOrganization(Antitrust Division, <the Department as named>) (53f, 53r, 53t, 54m, 54y);
the Department named 'Justice Department' only (the extrusions text) -> that name (fullest form in that text); 'the
Department' / "the Department's" alone, 'the company', 'the federal government', 'Government antitrust prosecutors'
-> no entity or alias (54m); 'Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust
Division, current (51l-54y); 'X, president of Y' -> president at Y, current (54a, 54y); 'one of its executives' with
'his firm' -> executive at the firm, current (**doubtful**: the post is not named in the text); 'the owner of' /
'principal owner of' a firm -> no role (GATHERING batch 15a's and 53t's 'owner of a firm -> no role'); 'U.S. District
Court in <city>' (no 'the') -> Organization 'U.S. District Court' (51t-54y); the dateline ('WASHINGTON, D.C.' /
'WASHINGTON D.C.' as printed) -> one Location (42z, 53zh-54y); a town and its state ('Henderson, Louisiana',
'Tonawanda, New York', 'Redondo Beach, California') -> two Locations each, the state one entity however often named
(53t, 53w, 54g, 54s, 54y); a surname alone ('Nehill') and a company's short form without 'Company' ('Exolon-ESK') ->
alias (53zh, 53zm, 54a, 54s, 54y); "the Department of Defense's Defense Logistics Agency" -> parentOrganization(Defense
Logistics Agency, United States Department of Defense) (GUIDELINES "X's Y division"); 'the U.S. Department of
Agriculture, Office of Inspector General' -> the office an Organization under the Department (53t's DCIS / OIG /
Department of Defense chain), its 'Investigations' part no entity; "the Antitrust Division's Dallas Office" -> Dallas a
Location, the field office no entity (the lane's field-office way, 52h's 'Dallas a Location'); 'the U.S. Attorney for
the Western District of Louisiana' (a post, nobody named) and the district -> nothing (52q); a buyer at a government
sale -> no partner (54a, 54m, 54s, 54y: the government as buyer or seller); unnamed co-conspirators ('others'),
customers, 'manufacturers', 'the major airline manufacturers', 'crawfish fishermen and crawfish farmers' -> nothing;
goods (aluminum oxide, sand paper, grinding wheels, crawfish, small press hard alloy aluminum extrusions), charges and
laws (the Sherman Act) -> nothing; 'today' -> one item 'today'; weekday names -> the day in the week of or before
`published`.
usage: batch54ze_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55ze/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
A = {}

# ---- Seafood Inc. / Charles J. Friedman, published 1994-03-25 (a Friday) --------------------------------------------
SEA = "Seafood Inc."
CJF = "Charles J. Friedman"
AKB = "Anne K. Bingaman"
USDA = "U.S. Department of Agriculture"
OIG = "Office of Inspector General"
A["us-doj-atr-seafood-inc-henderson-louisiana-crawfish-price-fixing-owner-friedman-obstruction-1994"] = dict(
 # Company: Seafood Inc. ('A Louisiana seafood company' first; 'Seafood Inc. of Henderson, Louisiana' twice; no short
 # form). Organizations: Department of Justice ("the Department of Justice's Antitrust Division", 'to the Department
 # of Justice'), Antitrust Division (three times), U.S. District Court ('in U.S. District Court in Lafayette,
 # Louisiana'), U.S. Department of Agriculture and its Office of Inspector General ('the U.S. Department of
 # Agriculture, Office of Inspector General, Investigations': the last word a section of the office, no entity).
 # People: Charles J. Friedman (once, no surname-alone form), Anne K. Bingaman. Locations: WASHINGTON, D.C. (the
 # dateline, one hyphen after it), Louisiana (five times: one entity), Henderson (the company's town, twice),
 # Lafayette (the court's city), Dallas ("the Antitrust Division's Dallas Office": the office a unit, no entity;
 # **doubtful**, a reader may leave the city out as part of a unit's name). Not annotated: 'the U.S. Attorney for the
 # Western District of Louisiana' (a post with no holder named, the district inside it: 52q's way, a **near-miss**);
 # 'Louisiana fishermen and crawfish farmers', 'crawfish processors' (unnamed); 'the federal grand jury'; the Sherman
 # Act (a law)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Louisiana"),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Company", SEA),
           E("Location", "Henderson"),
           E("Organization", USDC),
           E("Location", "Lafayette"),
           E("Person", CJF),
           E("Person", AKB),
           E("Location", "Dallas"),
           E("Organization", USDA),
           E("Organization", OIG)],
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust
 # Division, current. 'Charles J. Friedman, the owner of Seafood Inc.' -> no role (owner: GATHERING batch 15a, 53t;
 # **doubtful** as always for a one-man firm's owner, a reader may give executive or founder; near-miss)
 roles=[R(AKB, "head", ATR)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # 'the U.S. Department of Agriculture, Office of Inspector General' -> parentOrganization(Office of Inspector
 # General, U.S. Department of Agriculture) (53t's OIG under its Department; **doubtful**: the comma-joined form read
 # as 'the Department's Office of Inspector General'). Near-misses: Seafood Inc. buying crawfish from fishermen and
 # farmers (unnamed sellers: no partner); the Antitrust Division and the U.S. Attorney / the Department of
 # Agriculture ('with the cooperation of': a joint investigation between government bodies, no partner, the lane's
 # way)
 relations=[L(ATR, "parentOrganization", DOJ),
            L(OIG, "parentOrganization", USDA)],
 outages=[],
 # 'began in 1980 and continued until 1993' -> '1980', '1993'; 'The case was filed Tuesday' -> 1994-03-22 (the
 # Tuesday before Friday 25 March); 'pled guilty on Thursday' -> 1994-03-24 (the day before publication)
 dates=[D("1980", "1980"), D("1993", "1993"), D("Tuesday", "1994-03-22"), D("Thursday", "1994-03-24")])

# ---- Exolon-ESK Company / William H. Nehill, published 1995-05-16 (a Tuesday) ----------------------------------------
EXO = "Exolon-ESK Company"
WHN = "William H. Nehill"
DOD = "United States Department of Defense"
DLA = "Defense Logistics Agency"
A["us-doj-atr-exolon-esk-tonawanda-executive-nehill-surplus-aluminum-oxide-false-statement-indictment-1995"] = dict(
 # Company: Exolon-ESK Company ('a New York firm' first, 'his firm, Exolon-ESK Company of Tonawanda, New York';
 # 'Exolon-ESK Company, through Nehill'; 'Exolon-ESK' once in 'charged Nehill, Exolon-ESK, and others': alias; 'the
 # company' generic). Organizations: United States Department of Defense ('from the United States Department of
 # Defense'; "the Department of Defense's Defense Logistics Agency": alias 'Department of Defense'), Department of
 # Justice ('the Department of Justice said'; "the Department's Antitrust Division" generic), Defense Logistics Agency
 # (once), Antitrust Division (twice). Person: William H. Nehill ('one of its executives' first; 'Nehill' four times:
 # alias). Locations: WASHINGTON, D.C. (the dateline), Alexandria and Virginia ('A federal grand jury in Alexandria,
 # Virginia'), New York (the state: 'a New York firm', 'Orchard Park, New York', 'Tonawanda, New York', 'a Buffalo,
 # New York, grand jury': one entity), Orchard Park (Nehill's town), Tonawanda (the company's town), Buffalo (the
 # grand jury's city). Not annotated: 'the federal government' (generic); the grand juries (no name); 'others'
 # (unnamed co-defendants); aluminum oxide, sand paper, grinding wheels, abrasive products (goods)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Alexandria"),
           E("Location", "Virginia"),
           E("Location", "New York"),
           E("Organization", DOD, "Department of Defense"),
           E("Organization", DOJ),
           E("Person", WHN, "Nehill"),
           E("Location", "Orchard Park"),
           E("Company", EXO, "Exolon-ESK"),
           E("Location", "Tonawanda"),
           E("Organization", DLA),
           E("Organization", ATR),
           E("Location", "Buffalo")],
 # 'a New York firm and one of its executives' + 'William H. Nehill ... and his firm, Exolon-ESK Company' -> executive
 # at Exolon-ESK Company, current (no tense word; **doubtful**: the text names no post -- the OPA copy's headline,
 # not in this text, calls him vice president; 'his firm' might read as owner, which would give no role). Near-miss:
 # no official's role survives the cut (Bingaman's sentence breaks off)
 roles=[R(WHN, "executive", EXO)],
 # "the Department of Defense's Defense Logistics Agency" -> parentOrganization(Defense Logistics Agency, United
 # States Department of Defense) (GUIDELINES "X's Y"). "the Department's Antitrust Division" after 'the Department of
 # Justice said' -> parentOrganization(Antitrust Division, Department of Justice) (54m's way). Near-misses: Exolon-ESK's
 # 'bid to purchase aluminum oxide from' the Defense Logistics Agency (a bidder at a government sale: no partner,
 # **doubtful**, the lane's way); 'Nehill, Exolon-ESK, and others' in a price-fixing conspiracy (rivals unnamed)
 relations=[L(DLA, "parentOrganization", DOD),
            L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'today indicted' -> 'today' 1995-05-16; 'in October 1994' -> 1994-10; 'on February 11, 1994' -> 1994-02-11
 dates=[D("today", "1995-05-16"), D("October 1994", "1994-10"), D("February 11, 1994", "1994-02-11")])

# ---- TD Materials / Pioneer Aluminum / Tiernay Metals / Cassel / Steinmetz, published 1995-06-01 (a Thursday) -------
JD = "Justice Department"
TDM = "TD Materials Inc."
PAI = "Pioneer Aluminum Inc."
TIM = "Tiernay Metals"
JPC = "John P. Cassel"
WAS = "William A. Steinmetz"
A["us-doj-atr-pioneer-aluminum-td-materials-tiernay-metals-president-cassel-aluminum-extrusions-price-fixing-1995"] = dict(
 # Companies: TD Materials Inc., Pioneer Aluminum Inc. (twice, both with 'Inc.'), Tiernay Metals (twice; no 'Inc.' in
 # the text) -- 'three California companies' first. Organizations: U.S. District Court ('filed in U.S. District
 # Court in Los Angeles'), Justice Department ("the Justice Department's Antitrust Division": the only name the text
 # gives the Department), Antitrust Division. People: John P. Cassel, William A. Steinmetz ('two executives' first;
 # once each, no surname-alone form). Locations: WASHINGTON D.C. (the dateline, printed without a comma), California
 # ('three California companies' and three list items: one entity), Los Angeles (the court's city and two companies'
 # city: one entity), Redondo Beach (Tiernay Metals' city). Not annotated: 'Government antitrust prosecutors'
 # (generic); 'manufacturers' (the extrusion makers, unnamed), 'customers such as the major airline manufacturers'
 # (unnamed: **near-miss**, no Boeing or other maker named); 'five criminal cases'; the Sherman Act (a law); small
 # press hard alloy aluminum extrusions, airplanes (goods)
 entities=[E("Location", "WASHINGTON D.C."),
           E("Location", "California"),
           E("Organization", USDC),
           E("Location", "Los Angeles"),
           E("Organization", JD),
           E("Organization", ATR),
           E("Company", TDM),
           E("Company", PAI),
           E("Company", TIM),
           E("Location", "Redondo Beach"),
           E("Person", JPC),
           E("Person", WAS)],
 # 'John P. Cassel, president of Pioneer Aluminum Inc.' -> president at Pioneer Aluminum Inc., current (no tense
 # word). 'William A. Steinmetz, principal owner of Tiernay Metals' -> no role (owner; **doubtful**: the headline and
 # first sentence count him among 'two executives', so a reader may give executive at Tiernay Metals -- kept out, as
 # the lane keeps an owner's post out). Near-miss: no official's role survives the cut (Bingaman's sentence breaks
 # off)
 roles=[R(JPC, "president", PAI)],
 # "the Justice Department's Antitrust Division" -> parentOrganization(Antitrust Division, Justice Department).
 # Near-misses: the three distributors buying extrusions 'from manufacturers' and reselling them 'to customers such as
 # the major airline manufacturers' (none named: no partner); the three companies as co-conspirators (rivals, no
 # partner)
 relations=[L(ATR, "parentOrganization", JD)],
 outages=[],
 # 'today charged' -> 'today' 1995-06-01; 'took place in 1991' -> '1991'; 'from at least January through September
 # 1991' -> 'January' 1991-01 (the year from the same phrase; **doubtful**: a bare month name, a reader may list only
 # the phrase's full form) and 'September 1991' 1991-09
 dates=[D("today", "1995-06-01"), D("1991", "1991"), D("January", "1991-01"), D("September 1991", "1991-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
