#!/usr/bin/env python3
"""Batch 54g gold annotations (the texts of batch54g.py: the Antitrust Division's release of 2000 on a Dallas grand jury
indicting Martin News Agency Inc. and 'its former president, chief executive officer, and co-owner, Bennett T. Martin'
for dividing magazine distribution territories and customers in Dallas, Fort Worth and the surrounding areas of Texas;
the Division's release of 13 November 2003 on an Indianapolis grand jury indicting Harold E. Vogel, 'the former manager
of IUPUI's textbook stores', and Dennis L. Saner, 'the former manager of a competing off-campus bookstore', for fixing
textbook prices at the Indiana University Purdue University Indianapolis campus; the Division's release of 3 December
2003 on White Plains Coat & Apron Co. Inc., a Peekskill, New York linen supply company, and 'its president, Bruce
Botchman', pleading guilty to allocating linen supply customers in the New York City metropolitan area), written from
the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev (batch10_annotate's write_parts). Dates resolve against `published`; the Martin News text has `published` null, so
only its absolute dates are listed (53t's Morgan).
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54a; GUIDELINES section 2): 'Assistant Attorney General in
charge of the Antitrust Division' -> head at the Antitrust Division, current (53t, 53zh, 53zo, 53zq, 54a); 'Acting
Assistant Attorney General in charge of the Antitrust Division' -> head, current (44f's Melamed, 40zi's Hesse); 'Deputy
Assistant Attorney General in charge of the Antitrust Division's Criminal Enforcement Program' -> other at the
Antitrust Division (41h's McDonald: a deputy, not the head; the Program a unit, no entity); the Division under the
Department -> parentOrganization only where the text says so ("the Department's Antitrust Division", 'the Antitrust
Division of the Department of Justice': 53t, 53zo, 53zq, 54a); none of these three texts says it, so no such relation
(**doubtful** in all three: a reader may add it from knowledge; 55d's Tokai text gave it from "the Antitrust
Division's" beside 'the Department of Justice'); 'the Department of Justice' / 'the Justice Department' -> one
Organization under the name the text gives (53zm's Austin Powder 'Justice Department'); 'U.S. District Court in <city>'
-> Organization 'U.S. District Court' (51t-54a); the dateline ('WASHINGTON, D.C.') -> one Location (42z, 53zh-54a); a
city and its state -> two Locations (53t, 53w, 53zh-54a); 'president' -> president; 'former president, chief
executive officer, and co-owner' -> president and ceo, both current false (53zo's "former president"; GUIDELINES:
former -> false); 'owner' / 'co-owner' -> no role (40zm's Grenda, 46m's Strong, 52za's Acro); 'former manager of X's
stores' -> executive at X, current false (53zo's 'former manager' -> executive); a manager of an unnamed business ->
no role; a surname alone or a short form ('Botchman', 'Martin News', 'Bennett Martin') and a bracketed acronym
('IUPUI') -> alias (53zh, 53zm, 54a); a university -> Organization (GUIDELINES); 'the New York City metropolitan area'
-> the Location New York City (the area of the city, one entity with 'in New York City'); counties ('Westchester County',
'Fairfield County') -> Locations; 'northern New Jersey' -> Location 'New Jersey'; 'the company', 'the conspiracy',
'co-conspirators', 'a competing off-campus bookstore' (unnamed), 'a federal grand jury' -> nothing; product classes
(magazines, textbooks, linen supply), charges and laws -> nothing; 'today' -> one item 'today' (53t, 53zh-54a); decades
('the mid-1990s', 'the late 1980s or early 1990s') -> no date (GUIDELINES batch 26c way).
usage: batch54g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
MNA = "Martin News Agency Inc."
BTM = "Bennett T. Martin"
ADM = "A. Douglas Melamed"
IUPUI = "Indiana University Purdue University Indianapolis"
HEV = "Harold E. Vogel"
DLS = "Dennis L. Saner"
JMG = "James M. Griffin"
WPC = "White Plains Coat & Apron Co. Inc."
BB = "Bruce Botchman"
RHP = "R. Hewitt Pate"
A = {}

# ---- Martin News Agency Inc. / Bennett T. Martin, published null (2000; no date line in the excerpt) ------------------
A["us-doj-atr-martin-news-agency-former-president-ceo-bennett-martin-magazine-distribution-indictment-2000"] = dict(
 # Company: Martin News Agency Inc. ('a Dallas magazine distribution company' first; 'Martin News' in the list's
 # lead-in: alias). Organizations: Department of Justice ('the Department of Justice announced'), U.S. District Court
 # ('filed today in U.S. District Court in Dallas'), Antitrust Division ("the Antitrust Division's commitment", 'in
 # charge of the Antitrust Division'). People: Bennett T. Martin ('its former owner' first; 'Bennett Martin': alias;
 # not by surname alone), A. Douglas Melamed (once). Locations: WASHINGTON, D.C. (dateline), Dallas ('a Dallas magazine
 # distribution company', 'in Dallas, Fort Worth', 'U.S. District Court in Dallas'), Fort Worth, Texas ('the
 # surrounding areas of Texas'). Not annotated: 'Martin' inside the company's name as a mention of the man (the
 # company's name is its own); 'their co-conspirators' and 'the designated co-conspirator' (unnamed); 'a federal grand
 # jury' (no name); magazines and other periodicals (a product class)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Dallas"),
           E("Location", "Fort Worth"),
           E("Location", "Texas"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Company", MNA, "Martin News"),
           E("Person", BTM, "Bennett Martin"),
           E("Organization", ATR),
           E("Person", ADM)],
 # 'Martin News Agency Inc. and its former president, chief executive officer, and co-owner, Bennett T. Martin' ->
 # president and ceo at Martin News Agency Inc., both current false ('former' governs the three nouns; the first
 # paragraph's 'its former owner' agrees); 'co-owner' / 'former owner' -> no role (an owner is no post: 40zm, 46m;
 # near-miss). 'A. Douglas Melamed, Acting Assistant Attorney General in charge of the Antitrust Division' -> head,
 # current (the acting head at the time: 44f, 40zi)
 roles=[R(BTM, "president", MNA, False),
        R(BTM, "ceo", MNA, False),
        R(ADM, "head", ATR)],
 # No relation. Near-misses: the Antitrust Division under the Department of Justice (not said in this text:
 # **doubtful**); Martin News and its unnamed co-conspirators (rival distributors, unnamed: no partner); the customers
 # (retailers, unnamed)
 relations=[],
 outages=[],
 # `published` null: 'today' (twice) not resolved, not listed. 'from August 1990 until at least October 30, 1995' ->
 # 'August 1990' 1990-08, 'October 30, 1995' 1995-10-30
 dates=[D("August 1990", "1990-08"), D("October 30, 1995", "1995-10-30")])

# ---- IUPUI textbook stores / Harold E. Vogel, Dennis L. Saner, published 2003-11-13 (a Thursday) ----------------------
A["us-doj-atr-iupui-former-textbook-store-manager-vogel-saner-bookstore-price-fixing-indictment-2003"] = dict(
 # Organizations: Indiana University Purdue University Indianapolis (a university: 'the Indiana University Purdue
 # University Indianapolis (IUPUI) joint campus'; "IUPUI's textbook stores", 'the IUPUI campus': alias 'IUPUI'),
 # Department of Justice ('the Department of Justice announced'), U.S. District Court ('in U.S. District Court in
 # Indianapolis'), Antitrust Division ("the Antitrust Division's Criminal Enforcement Program"). People: Harold E.
 # Vogel, Dennis L. Saner, James M. Griffin (each once, never by surname alone). Locations: WASHINGTON, D.C. (dateline,
 # an en dash after it), Indianapolis ('A federal grand jury in Indianapolis', 'U.S. District Court in Indianapolis').
 # Not annotated: Indiana University and Purdue University inside the joint campus's name (not named on their own:
 # GUIDELINES' company-inside-a-name rule; **doubtful** -- a reader may add them as the two universities behind the
 # campus); 'Indianapolis' inside the name as a mention of the city (the city is annotated from its own mentions);
 # "IUPUI's textbook stores" (unnamed stores, a unit of the university: no entity); 'a competing off-campus bookstore'
 # (unnamed); the Criminal Enforcement Program (a unit of the Division, like a field office: no entity, 52h, 54a);
 # 'colleges, universities, and other institutions of higher learning' (generic)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Indianapolis"),
           E("Organization", IUPUI, "IUPUI"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Person", HEV),
           E("Person", DLS),
           E("Person", JMG),
           E("Organization", ATR)],
 # 'Harold E. Vogel, the former manager of IUPUI's textbook stores' -> executive at Indiana University Purdue
 # University Indianapolis, current false ('former manager' -> executive, 53zo; the stores are the university's, so
 # the post is set at the university; **doubtful**: a reader may leave him without a role, the stores being no named
 # organisation). 'Dennis L. Saner, the former manager of a competing off-campus bookstore' -> no role (the bookstore is
 # not named: near-miss). 'James M. Griffin, Deputy Assistant Attorney General in charge of the Antitrust Division's
 # Criminal Enforcement Program' -> other at the Antitrust Division, current (41h's McDonald: a deputy; the Program a
 # unit, so the post is set at the Division)
 roles=[R(HEV, "executive", IUPUI, False),
        R(JMG, "other", ATR)],
 # No relation. Near-misses: the Antitrust Division under the Department of Justice (not said: "the Antitrust
 # Division's" beside 'the Department of Justice announced'; **doubtful**); the IUPUI stores and the off-campus
 # bookstore (competitors, one unnamed: no partner); the university's textbook stores as its units (unnamed, no entity)
 relations=[],
 outages=[],
 # 'today indicted', 'filed today' -> one item 'today' 2003-11-13; 'from approximately April 2001 through November
 # 2002' -> 'April 2001' 2001-04, 'November 2002' 2002-11
 dates=[D("today", "2003-11-13"), D("April 2001", "2001-04"), D("November 2002", "2002-11")])

# ---- White Plains Coat & Apron Co. Inc. / president Bruce Botchman, published 2003-12-03 (a Wednesday) ---------------
A["us-doj-atr-white-plains-coat-apron-president-botchman-linen-supply-customer-allocation-guilty-plea-2003"] = dict(
 # Company: White Plains Coat & Apron Co. Inc. ('A Peekskill, New York linen supply company' first; twice in full;
 # 'The company' generic). Organizations: Justice Department ('the Justice Department announced': the name as
 # written, 53zm's Austin Powder), U.S. District Court ('in U.S. District Court in Manhattan'), Antitrust Division ('in
 # charge of the Antitrust Division'). People: Bruce Botchman ('Botchman': alias; 'its president' first), R. Hewitt
 # Pate (once). Locations: WASHINGTON, D.C. (dateline, an em dash after it), Peekskill (the company's town), New York
 # (the state: 'Peekskill, New York', 'White Plains, New York', 'Westchester County, New York'), New York City ('the New
 # York City metropolitan area', 'in New York City'), White Plains (Botchman's home city: 'a resident of White Plains,
 # New York'), Manhattan (the court's borough), Westchester County, New Jersey ('portions of northern New Jersey'),
 # Fairfield County, Connecticut. Not annotated: 'White Plains' inside the company's name as a mention of the city (the
 # company's name is its own; the city is annotated from its own mention); 'the court' (generic); restaurants,
 # cafeterias and caterers (unnamed customers); the conspiracy's other members (unnamed)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Peekskill"),
           E("Location", "New York"),
           E("Location", "New York City"),
           E("Organization", "Justice Department"),
           E("Company", WPC),
           E("Person", BB, "Botchman"),
           E("Location", "White Plains"),
           E("Organization", USDC),
           E("Location", "Manhattan"),
           E("Location", "Westchester County"),
           E("Location", "New Jersey"),
           E("Location", "Fairfield County"),
           E("Location", "Connecticut"),
           E("Person", RHP),
           E("Organization", ATR)],
 # 'White Plains Coat & Apron Co. Inc. and its president, Bruce Botchman' -> president at White Plains Coat & Apron
 # Co. Inc., current (no tense word; 'A Peekskill, New York linen supply company and its president' agrees). 'R.
 # Hewitt Pate, Assistant Attorney General in charge of the Antitrust Division' -> head, current
 roles=[R(BB, "president", WPC),
        R(RHP, "head", ATR)],
 # No relation. Near-misses: the Antitrust Division under the Justice Department (not said in this text:
 # **doubtful**); the linen supply companies' customers (restaurants, cafeterias, caterers: unnamed, no partner); the
 # conspiracy's other linen suppliers (unnamed); Botchman's cooperation with the investigation (no organisation tie)
 relations=[],
 outages=[],
 # 'pleaded guilty today', 'charged ... today' -> one item 'today' 2003-12-03; 'until at least September 2002' ->
 # 2002-09. Skipped: 'the mid-1990s', 'the late 1980s or early 1990s' (decades, no calendar value: GUIDELINES' way
 # since batch 26c)
 dates=[D("today", "2003-12-03"), D("September 2002", "2002-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
