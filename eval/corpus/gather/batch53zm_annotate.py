#!/usr/bin/env python3
"""Batch 53zm gold annotations (the texts of batch53zm.py: the Department's release of 26 June 1996 on a Philadelphia
grand jury indicting Amcel Corporation and its president Lloyd Gordon and Dispoz-O Plastics Inc. and its president Peter
Iacovelli for fixing plastic cutlery prices, with Polar Plastics' 1994 plea and the Antitrust Division's Litigation I
Section handling the case; the Department's release of 3 September 1997 on David P. True, an executive of Austin Powder
Company and its vice president and general manager since July 1988, indicted for fixing commercial explosives prices;
the Division's release of 16 July 1997 on Thomas J. Abraham, 'the former director and manager of Joseph A. Abraham
Enterprises Inc.', pleading guilty to rigging bids on utility construction jobs let by Rochester Gas & Electric
(RG&E)), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53zh; GUIDELINES section 2): "the Department's Antitrust
Division" -> parentOrganization(Antitrust Division, Department of Justice) (53t, 53r, 53zh); "the Antitrust Division's
Litigation I Section" -> parentOrganization(Litigation I Section, Antitrust Division) (a unit and its division); 'U.S.
District Court in <city>' -> Organization 'U.S. District Court' (51t-53zh); the dateline 'WASHINGTON, D.C.' -> one
Location (42z, 53zh); a city and its state -> two Locations (53t, 53w, 53zh); "the Minnesota Attorney General's office"
-> an Organization named as written without 'the' (44m's "Pennsylvania Attorney General's office"); 'the Justice
Department' -> Organization 'Justice Department' as written (the text's only form); 'the U.S.' -> Location 'U.S.';
'<city>-based' -> a mention of the city (53zh's 'Houston-based'); a surname alone -> alias (53zh); 'president' ->
president; 'vice president and general manager' -> vice-president and executive, two roles (GATHERING, 'Senior Vice
President and General Manager' -> two roles); 'director' -> director; 'manager' -> executive (GUIDELINES); 'former'
-> current false for every post it governs; 'has been ... since July 1988' -> current true; posts with no tense word
-> current true; 'the Department' / "the Department's" (generic after the full name), 'the government', 'the court',
'a federal grand jury', 'the conspirators', 'unidentified co-conspirators', 'two of its executives', 'one other Austin
Powder manager' (unnamed) -> nothing; product classes (plastic dinnerware, plastic cutlery, commercial explosives,
utility construction), charges, laws (the Sherman Act) -> nothing; 'today' and "today's" -> one item 'today' (53t,
53zh); 'the fall of 1988' -> the year (GATHERING: 'the fall of 1997' -> 1997).
usage: batch53zm_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zm/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
AMCEL = "Amcel Corporation"
DISPOZ = "Dispoz-O Plastics Inc."
LIT1 = "Litigation I Section"
APC = "Austin Powder Company"
TRUE_ = "David P. True"
JAAE = "Joseph A. Abraham Enterprises Inc."
TJA = "Thomas J. Abraham"
A = {}

# ---- Amcel / Gordon; Dispoz-O Plastics / Iacovelli, published 1996-06-26 (a Wednesday) --------------------------------
A["us-doj-atr-amcel-dispoz-o-plastics-two-presidents-plastic-cutlery-price-fixing-indictment-1996"] = dict(
 # Companies: Amcel Corporation ('of Watertown, Massachusetts'), Dispoz-O Plastics Inc. ('of Fountain Inn, South
 # Carolina'), Polar Plastics ('a third plastic cutlery manufacturer'). Organizations: Department of Justice ('said the
 # Department of Justice'; "the Department's" twice, generic after it), U.S. District Court ('filed in U.S. District
 # Court in Philadelphia'), Minnesota Attorney General's office ("began in the Minnesota Attorney General's office",
 # named as written, 44m), Antitrust Division, Litigation I Section ("the Antitrust Division's Litigation I Section"),
 # Federal Bureau of Investigation. People: Lloyd Gordon, Peter Iacovelli (neither named again). Locations: WASHINGTON,
 # D.C. (dateline), Philadelphia ('A Philadelphia federal grand jury', the court's city), Massachusetts ('one based in
 # Massachusetts', 'Watertown, Massachusetts'), South Carolina (twice), Watertown, Fountain Inn, United States
 # ('throughout the United States'; 'U.S.' in 'between U.S. and Canadian authorities': alias, **doubtful** -- a
 # modifier, a reader may leave it out), Lansdale, Pennsylvania ('the Federal Bureau of Investigation in Lansdale,
 # Pennsylvania'). Not annotated: Minnesota (only inside the office's name: **doubtful**, a reader may add it as a
 # Location), 'Canadian authorities' (an adjective, no body named), 'a Philadelphia federal grand jury' (no name),
 # 'two of its executives' (Polar's, unnamed), the Sherman Act (cut away with the penalty paragraph)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Philadelphia"),
           E("Location", "Massachusetts"),
           E("Location", "South Carolina"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Company", AMCEL),
           E("Location", "Watertown"),
           E("Person", "Lloyd Gordon"),
           E("Company", DISPOZ),
           E("Location", "Fountain Inn"),
           E("Person", "Peter Iacovelli"),
           E("Location", "United States", "U.S."),
           E("Company", "Polar Plastics"),
           E("Organization", "Minnesota Attorney General's office"),
           E("Organization", ATR),
           E("Organization", LIT1),
           E("Organization", "Federal Bureau of Investigation"),
           E("Location", "Lansdale"),
           E("Location", "Pennsylvania")],
 # 'Amcel Corporation of Watertown, Massachusetts, and its president, Lloyd Gordon' -> president at Amcel Corporation;
 # 'Dispoz-O Plastics Inc. of Fountain Inn, South Carolina, and its president Peter Iacovelli' -> president at Dispoz-O
 # Plastics Inc.; both current (no tense word; 'their two presidents' in the first paragraph). Near-miss: Polar
 # Plastics' 'two of its executives' (unnamed: no role)
 roles=[R("Lloyd Gordon", "president", AMCEL),
        R("Peter Iacovelli", "president", DISPOZ)],
 # "the Antitrust Division's Litigation I Section" -> the Section under the Division. Near-misses: the Division under
 # the Department (the text never ties them: "the Department's investigation" and "the Antitrust Division's Litigation
 # I Section" are separate sentences; **doubtful**, a reader who knows the Division may add it); the three cutlery
 # makers (competitors in one conspiracy: no partnership); the FBI 'assistance' and the Minnesota office's start of
 # the investigation (cooperation between agencies on a case, not a partnership between organisations)
 relations=[L(LIT1, "parentOrganization", ATR)],
 outages=[],
 # 'returned an indictment today' -> 'today' 1996-06-26; 'between November 1991 and April 1992' (twice) -> 'November
 # 1991' 1991-11, 'April 1992' 1992-04; 'In 1994' -> 1994. Skipped: 'To date', 'During that time' (the same span, by
 # reference)
 dates=[D("today", "1996-06-26"), D("November 1991", "1991-11"), D("April 1992", "1992-04"), D("1994", "1994")])

# ---- David P. True / Austin Powder Company, published 1997-09-03 (a Wednesday) -----------------------------------------
A["us-doj-atr-austin-powder-vice-president-true-commercial-explosives-price-fixing-indictment-1997"] = dict(
 # Company: Austin Powder Company ('the Cleveland-based explosives manufacturer Austin Powder Company'; 'Austin
 # Powder' three times, "Austin Powder's": alias). Organizations: Justice Department ('the Justice Department said', the
 # text's only full form; "the Department's" generic after it), U.S. District Court ('filed in U.S. District Court in
 # Owensboro, Kentucky'). Person: David P. True ('True' three times: alias). Locations: WASHINGTON, D.C. (dateline),
 # Cleveland ('Cleveland-based'), Kentucky ('sold in Kentucky, Illinois and Indiana', 'Owensboro, Kentucky', 'western
 # Kentucky'), Illinois, Indiana ('southern Illinois', 'southern Indiana' -- the states, with a direction word), U.S.
 # ('in the U.S.'), Owensboro. Not annotated: 'one other Austin Powder manager' and 'three executives' (unnamed), '13
 # explosives manufacturers and distributors' (unnamed), 'other competitors' (unnamed), 'western Kentucky' as its own
 # place (a part of Kentucky, named by direction: folded into Kentucky), Joel I. Klein and the Antitrust Division (only
 # in the cut paragraph: near-miss)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Person", TRUE_, "True"),
           E("Location", "Cleveland"),
           E("Company", APC, "Austin Powder"),
           E("Location", "Kentucky"),
           E("Location", "Illinois"),
           E("Location", "Indiana"),
           E("Organization", "Justice Department"),
           E("Location", "U.S."),
           E("Organization", USDC),
           E("Location", "Owensboro")],
 # 'True has been Austin Powder's vice president and general manager since July 1988' -> vice-president and executive
 # ('general manager': GUIDELINES 'manager' -> executive; two posts named -> two roles, GATHERING's 'Senior Vice
 # President and General Manager'), both current ('has been ... since'); 'an executive of ... Austin Powder Company'
 # is the same executive role (**doubtful**: a reader may give only vice-president, the general-manager post being
 # folded into it)
 roles=[R(TRUE_, "vice-president", APC),
        R(TRUE_, "executive", APC)],
 # No relation: Austin Powder and the other explosives makers are competitors (no partnership: near-miss); no parent
 # of Austin Powder is named
 relations=[],
 outages=[],
 # 'today indicted' and "today's fine" -> 'today' 1997-09-03; 'between the fall of 1988 and sometime in 1993' -> 'the
 # fall of 1988' 1988 (a season -> the year), '1993' 1993; 'since July 1988' -> 'July 1988' 1988-07. Skipped: 'Thus
 # far' (unresolvable)
 dates=[D("today", "1997-09-03"), D("the fall of 1988", "1988"), D("1993", "1993"), D("July 1988", "1988-07")])

# ---- Thomas J. Abraham / Joseph A. Abraham Enterprises Inc.; RG&E, published 1997-07-16 (a Wednesday) ----------------
A["us-doj-atr-joseph-a-abraham-enterprises-former-director-abraham-rge-utility-construction-bid-rigging-plea-1997"] = dict(
 # Companies: Joseph A. Abraham Enterprises Inc. ('a Rochester, New York utility construction company' first; 'Abraham
 # Enterprises': alias), Rochester Gas & Electric ('(RG&E)' and 'RG&E' three times: alias; a utility, a business).
 # Organizations: Department of Justice ('said the Department of Justice'; "the Department's" / 'the Department'
 # generic after it), Antitrust Division ("The Department's Antitrust Division"), U.S. District Court ('in U.S.
 # District Court in Rochester'). People: Thomas J. Abraham ('Abraham' in 'the Department charged that Abraham and
 # unidentified co-conspirators': alias -- the pleading son, not the father, **doubtful** only in that the father
 # shares the surname), Joseph A. Abraham ('His father'). Locations: WASHINGTON, D.C. (dateline), Rochester ('a
 # Rochester, New York utility construction company', the court's city), New York ('Rochester, New York', 'Livonia,
 # New York' -- the state), Livonia. Not annotated: 'Joseph A. Abraham' inside the company's name as a mention of the
 # man (the company's name is the company), 'unidentified co-conspirators', 'others' (unnamed), the Sherman Act (a law),
 # Joel I. Klein (only in the cut paragraph: near-miss)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Rochester"),
           E("Location", "New York"),
           E("Company", "Rochester Gas & Electric", "RG&E"),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Organization", USDC),
           E("Person", TJA, "Abraham"),
           E("Company", JAAE, "Abraham Enterprises"),
           E("Location", "Livonia"),
           E("Person", "Joseph A. Abraham")],
 # 'Thomas J. Abraham, the former director and manager of Joseph A. Abraham Enterprises Inc.' -> director and executive
 # ('manager' -> executive; two posts named -> two roles), both current false ('former' governs both; 'A former
 # executive' in the first paragraph agrees; the firm 'has been out of business since 1995'). Near-miss: Joseph A.
 # Abraham, 'His father', whose name the firm bears -- no post at it stated (founder/owner not said: no role)
 roles=[R(TJA, "director", JAAE, False),
        R(TJA, "executive", JAAE, False)],
 # "The Department's Antitrust Division" -> the Division under the Department (53t, 53r, 53zh). Near-misses: RG&E and
 # the contractors (RG&E let the rigged jobs; the text never says Abraham Enterprises held an RG&E contract -- no
 # customer relation stated for a named pair; **doubtful**: a reader may add partner(Joseph A. Abraham Enterprises
 # Inc., Rochester Gas & Electric)); father and son (a family tie, not a relation type)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'pleaded guilty today' / 'filed today' -> 'today' 1997-07-16; 'began in 1987' -> 1987; 'until May 1993' -> 1993-05;
 # 'since 1995' -> 1995
 dates=[D("today", "1997-07-16"), D("1987", "1987"), D("May 1993", "1993-05"), D("1995", "1995")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
