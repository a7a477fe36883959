#!/usr/bin/env python3
"""Batch 53zh gold annotations (the texts of batch53zh.py: the Department's release of 9 March 2004 on a Milwaukee grand
jury indicting Streu Construction Company, Vinton Construction Company and four of their executives, each named with
his post, for rigging Wisconsin road-construction bids; the Antitrust Division's release of 28 October 2008 on Humberto
"Beto" Lopez, vice president of El Paso Steel Doors and Frames Inc., agreeing to plead guilty, with Architectural
Products Co. Inc. and its president Lindsay B. Holt charged beside him; the Division's release of 15 May 1997 on Mark
Albert Maloof, a regional sales manager of Bay Industries Inc. (doing business as Bay Insulation Supply Co.), indicted
for fixing metal building insulation prices, with Hiplax International Corp. (doing business as Brite Insulation) and
two of its executives charged earlier), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53w; GUIDELINES section 2): 'Assistant Attorney General in
charge of the Department's Antitrust Division' -> head at the Antitrust Division and parentOrganization(Antitrust
Division, Department of Justice) (53t, 53r); 'U.S. District Court in <city>' -> Organization 'U.S. District Court'
(51t-53w); datelines ('WASHINGTON, D.C.', 'WASHINGTON') -> Location (53k-53w; 'WASHINGTON, D.C.' one place, as 42z); a
city and its state -> two Locations (53t, 53w); 'X, which does business as Y' -> one Company under its legal name X
with the trade name Y as alias (28d, 31i, 43n, 43p: a d/b/a name is an alias); a quoted nickname inside a name
('Humberto "Beto" Lopez') and a parenthesised initials form ('Ernest J. (E.J.) Streu') -> the name as written (43a's
'Parker H. "Pete" Petit'); 'also known as Peter Yueh' -> alias; a company's short form ('Streu Construction', 'Vinton
Construction') -> alias; a first name alone in a shared-surname pair ('Ernest and John Streu', 'James and Michael
Maples') -> alias of that person (**doubtful**: a reader may leave first names out); 'president' -> president; 'vice
president' -> vice-president; 'secretary/treasurer' of a company -> other (GATHERING: 'Treasurer' -> other);
'regional sales manager' and 'two of its executives' -> executive (GUIDELINES: 'manager' -> executive); posts with no
tense word -> current true (the posts as the release states them on its day); 'the Department' / "the Department's"
(generic after the full name), 'the court', 'the grand jury', 'the state' -> nothing; product classes (road
construction, doors and hardware, metal building insulation), charges, laws (the Sherman Act) -> nothing; 'today' and
'Today's' -> one item 'today' (53t); decades ('the early 1990's') -> skipped (16d, 26c).
usage: batch53zh_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zh/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
STREU = "Streu Construction Company"
VINTON = "Vinton Construction Company"
EJ = "Ernest J. (E.J.) Streu"
EPSD = "El Paso Steel Doors and Frames Inc."
APC = "Architectural Products Co. Inc."
LOPEZ = "Humberto \"Beto\" Lopez"
BAY = "Bay Industries Inc."
HIPLAX = "Hiplax International Corp."
A = {}

# ---- Streu / Vinton, published 2004-03-09 (a Tuesday) ------------------------------------------------------------------
A["us-doj-atr-streu-construction-vinton-construction-four-executives-wisconsin-road-bid-rigging-indictment-2004"] = dict(
 # Companies: Streu Construction Company ('of Two Rivers'; 'Streu Construction' in the posts: alias), Vinton
 # Construction Company ('of Manitowoc'; 'Vinton Construction': alias). Organizations: Department of Justice ('the
 # Department of Justice announced'; "the Department's" generic after it), U.S. District Court ('in U.S. District Court
 # in Milwaukee'), Antitrust Division ("the Department's Antitrust Division"). People: Ernest J. (E.J.) Streu ('Ernest'
 # in 'Ernest and John Streu': alias, **doubtful**), John Streu, James J. Maples ('James' in 'James and Michael
 # Maples': alias, **doubtful**), Michael J. Maples ('Michael': alias, **doubtful**), R. Hewitt Pate. Locations:
 # WASHINGTON, D.C. (dateline), Milwaukee ('A federal grand jury in Milwaukee', the court's city), Wisconsin ('the state
 # of Wisconsin' twice; 'Wisconsin road construction companies' a modifier beside them), Two Rivers, Manitowoc, Green
 # Bay (the companies' and the men's towns, no state given beside them). Not annotated: 'E.J.' on its own (only inside
 # the name, not a separate mention), 'the conspirators' (the defendants, named), 'American taxpayers', 'various other
 # bidding authorities' (unnamed), 'a federal grand jury' (no name), the Chicago Field Office (cut away: near-miss)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Milwaukee"),
           E("Location", "Wisconsin"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Company", STREU, "Streu Construction"),
           E("Location", "Two Rivers"),
           E("Company", VINTON, "Vinton Construction"),
           E("Location", "Manitowoc"),
           E("Person", EJ, "Ernest"),
           E("Location", "Green Bay"),
           E("Person", "John Streu"),
           E("Person", "James J. Maples", "James"),
           E("Person", "Michael J. Maples", "Michael"),
           E("Person", "R. Hewitt Pate"),
           E("Organization", ATR)],
 # 'Ernest J. (E.J.) Streu of Green Bay, president of Streu Construction' -> president at Streu Construction Company;
 # 'John Streu of Two Rivers, secretary/treasurer of Streu Construction' -> other (GATHERING: company 'Treasurer' ->
 # other; **doubtful**: a reader may read a small firm's secretary/treasurer as an officer -> executive); 'James J.
 # Maples of Manitowoc, president of Vinton Construction' -> president at Vinton Construction Company; 'Michael J.
 # Maples of Manitowoc, vice president of Vinton Construction' -> vice-president at Vinton; all current (no tense
 # word; the later sentencing papers' 'former' are not in the text). Pate, 'Assistant Attorney General in charge of
 # the Department's Antitrust Division' -> head of the Antitrust Division, current
 roles=[R(EJ, "president", STREU),
        R("John Streu", "other", STREU),
        R("James J. Maples", "president", VINTON),
        R("Michael J. Maples", "vice-president", VINTON),
        R("R. Hewitt Pate", "head", ATR)],
 # "the Department's Antitrust Division" -> the Division under the Department (53t, 53r). Near-misses: the two firms
 # (competitors in a bid-rigging scheme: no partnership); the two families' ties to the firms beyond the posts (owners:
 # not stated); the Chicago Field Office and the U.S. Attorney's Office (cut away)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'today indicted' and "Today's indictment" -> 'today' 2004-03-09; 'from approximately 1997' -> '1997' 1997; 'until
 # January 13, 2004' and 'On January 13, 2004' -> 'January 13, 2004' 2004-01-13 (one item)
 dates=[D("today", "2004-03-09"), D("1997", "1997"), D("January 13, 2004", "2004-01-13")])

# ---- Lopez / El Paso Steel Doors and Frames; Holt / Architectural Products, published 2008-10-28 (a Tuesday) ----------
A["us-doj-atr-el-paso-steel-doors-vice-president-lopez-architectural-products-holt-door-hardware-bid-rigging-plea-2008"] = dict(
 # Companies: El Paso Steel Doors and Frames Inc. ('an El Paso, Texas, door and hardware company' first, named in the
 # second paragraph; 'his company'), Architectural Products Co. Inc. Organizations: Department of Justice ('the
 # Department of Justice announced today'), U.S. District Court ('in the U.S. District Court in El Paso'). People:
 # Humberto "Beto" Lopez ('Lopez' and "Lopez's": alias 'Lopez'), Lindsay B. Holt ('Holt': alias). Locations:
 # WASHINGTON (dateline), El Paso ('an El Paso, Texas, door and hardware company', 'the El Paso area', the court's
 # city), Texas. Not annotated: 'Beto' alone (only inside the name), the Antitrust Division (only in the cut quotation:
 # near-miss), 'the two companies that were indicted' (the named two), 'the court' (generic), 'others' (unnamed)
 entities=[E("Location", "WASHINGTON"),
           E("Location", "El Paso"),
           E("Location", "Texas"),
           E("Organization", DOJ),
           E("Person", LOPEZ, "Lopez"),
           E("Company", EPSD),
           E("Company", APC),
           E("Person", "Lindsay B. Holt", "Holt"),
           E("Organization", USDC)],
 # 'Lopez, vice president of El Paso Steel Doors and Frames Inc.' (and 'The vice president of an El Paso, Texas, door
 # and hardware company') -> vice-president at El Paso Steel Doors and Frames Inc., current; 'Architectural Products
 # Co. Inc. and its president, Lindsay B. Holt' -> president at Architectural Products Co. Inc., current
 roles=[R(LOPEZ, "vice-president", EPSD),
        R("Lindsay B. Holt", "president", APC)],
 # No relation: the two firms are co-defendants in a bid-rigging conspiracy (competitors, no partnership: near-miss);
 # no parent of either firm is named; no Antitrust Division in the kept text
 relations=[],
 outages=[],
 # 'announced today' / 'today agreed' -> 'today' 2008-10-28; 'in September 2008' -> 2008-09; 'until at least May 2006'
 # -> 2006-05. Skipped: 'the early 1990's' (a decade), 'at the same time' (the September indictment, by reference)
 dates=[D("today", "2008-10-28"), D("September 2008", "2008-09"), D("May 2006", "2006-05")])

# ---- Maloof / Bay Industries Inc.; Hiplax International Corp., published 1997-05-15 (a Thursday) ----------------------
A["us-doj-atr-bay-industries-regional-sales-manager-maloof-metal-building-insulation-price-fixing-indictment-1997"] = dict(
 # Companies: Bay Industries Inc. ('a Green Bay, Wisconsin insulation supply company' first; 'which does business as
 # Bay Insulation Supply Co.': alias, the d/b/a rule), Hiplax International Corp. ('a Houston-based insulation
 # company'; 'which does business as Brite Insulation': alias). Organizations: Department of Justice ('said the
 # Department of Justice'; "the Department's" generic), U.S. District Court ('in U.S. District Court in Houston').
 # People: Mark Albert Maloof ('Maloof' six times: alias), Jerrold Warren Killingsworth, Yun Lung Yueh ('also known as
 # Peter Yueh': alias). Locations: WASHINGTON, D.C. (dateline), Green Bay, Wisconsin (twice), Houston (the grand jury's
 # and court's city, a call place, 'Houston-based'), Texas ('sold in Texas', 'facilities in Texas'), Birmingham,
 # Alabama, Atlanta, Stone Mountain, Georgia, Kansas City, Missouri (the call places; 'Kansas City, Missouri' -> two
 # Locations), Dallas. Not annotated: the Sherman Act (a law), 'metal building insulation' (a product class),
 # 'co-conspirators' / 'others' (unnamed), 'a Houston federal grand jury' (no name), 'surrounding states' (unnamed)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Green Bay"),
           E("Location", "Wisconsin"),
           E("Location", "Houston"),
           E("Location", "Texas"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Person", "Mark Albert Maloof", "Maloof"),
           E("Location", "Birmingham"),
           E("Location", "Alabama"),
           E("Company", BAY, "Bay Insulation Supply Co."),
           E("Location", "Atlanta"),
           E("Location", "Stone Mountain"),
           E("Location", "Georgia"),
           E("Location", "Kansas City"),
           E("Location", "Missouri"),
           E("Location", "Dallas"),
           E("Company", HIPLAX, "Brite Insulation"),
           E("Person", "Jerrold Warren Killingsworth"),
           E("Person", "Yun Lung Yueh", "Peter Yueh")],
 # 'Maloof is a regional sales manager of Bay Industries Inc.' (and 'The executive of a Green Bay, Wisconsin insulation
 # supply company') -> executive at Bay Industries Inc. (GUIDELINES: 'manager' -> executive), current ('is').
 # 'Hiplax International Corp. ... and two of its executives--Jerrold Warren Killingsworth and Yun Lung Yueh' ->
 # executive at Hiplax for each, current (**doubtful**: the posts are told of the September 1996 charges; no 'former'
 # -- Killingsworth's 'Vice President of Sales' is in the 1996 release, not this text: near-miss)
 roles=[R("Mark Albert Maloof", "executive", BAY),
        R("Jerrold Warren Killingsworth", "executive", HIPLAX),
        R("Yun Lung Yueh", "executive", HIPLAX)],
 # No relation: Bay Industries and Hiplax are rival insulation suppliers in one investigation (no tie stated); the
 # trade names are aliases, not units (**doubtful**: a reader may make 'Bay Insulation Supply Co.' a unit of Bay
 # Industries Inc.)
 relations=[],
 outages=[],
 # 'indicted today' and "Today's indictment" -> 'today' 1997-05-15; 'between January 1994 and June 1995' -> 'January
 # 1994' 1994-01, 'June 1995' 1995-06; 'In September 1996' -> 1996-09
 dates=[D("today", "1997-05-15"), D("January 1994", "1994-01"), D("June 1995", "1995-06"),
        D("September 1996", "1996-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
