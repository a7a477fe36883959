#!/usr/bin/env python3
"""Gold for batch 54n (session 55, gatherer 54n: two Justice Department releases on international cartels -- Tamon
Tanabe, 'a Japanese citizen and executive of Ajinomoto Co. Inc.' and 'Ajinomoto's associate general manager', indicted
in Dallas for fixing nucleotide prices (23 August 2001; Charles A. James quoted); 'Norwegian-based Odfjell Seachem AS'
and 'its executives, Bjorn Sjaastad, Chief Executive Officer of its parent, Odfjell ASA, and Erik Nilsen, Vice
President' charged in Philadelphia in the parcel tanker shipping cartel (29 September 2003; R. Hewitt Pate quoted)),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54h; GUIDELINES section 2): the Department of Justice an
Organization ('the Department', "the Department's" -> nothing; 'Justice Department' -> alias, 54d); 'Assistant
Attorney General in charge of the (Department's) Antitrust Division' -> head at the Antitrust Division (45l, 53zq,
54h); parentOrganization(Antitrust Division, Department of Justice) where both are named, tied in words ("the
Department's Antitrust Division") or not (53u's and 54d's Tokai reading; **doubtful** in the 2001 text, where they
are not tied); '(the) U.S. District Court in <city>' -> Organization 'U.S. District Court' and the city a Location
(51t-54h); the dateline 'WASHINGTON, D.C.' -> one Location (42z, 53zh-54h); 'Japanese', 'Norwegian-based', 'American'
(modifiers: 'a Japanese citizen', 'a Japanese company', 'Norwegian-based Odfjell Seachem AS', 'American businesses')
-> no entity (53u, 54d; 'Norwegian-based' is no place name, unlike 54h's 'Germany-based'); '<officer> of its parent,
Y' -> parentOrganization(X, Y) for the company X whose executives the text lists (54d's Showa Denko Carbon, 54h's
Haarmann & Reimer); 'Chief Executive Officer of Y' -> ceo at Y; 'Vice President' of the company
whose executives the text lists -> vice-president (GUIDELINES); 'executive of X' and "X's associate general manager"
-> executive at X (GUIDELINES: 'manager' -> executive; one role for the two phrases); a surname alone ('Tanabe',
'Sjaastad', 'Nilsen') -> alias; a company's short form ('Ajinomoto', 'Odfjell Seachem') -> alias; laws (the Sherman
Act), products (nucleotides, parcel tanker contracts), the jail terms and fines -> nothing; 'today' with "Today's" /
"today's" -> one item 'today' (53t-54h); 'from 1994 until 1996' -> the two years.
usage: batch54n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
DC = "WASHINGTON, D.C."
US = "United States"
AJI = "Ajinomoto Co. Inc."
TT = "Tamon Tanabe"
CAJ = "Charles A. James"
OS = "Odfjell Seachem AS"
OA = "Odfjell ASA"
BS = "Bjorn Sjaastad"
EN = "Erik Nilsen"
RHP = "R. Hewitt Pate"
A = {}

# ---- Ajinomoto Co. Inc. / Tamon Tanabe, nucleotides, published 2001-08-23 (a Thursday) --------------------------------
A["us-doj-atr-ajinomoto-associate-general-manager-tanabe-nucleotides-cartel-indictment-2001"] = dict(
 # Company: Ajinomoto Co. Inc. ("Ajinomoto's associate general manager", "Ajinomoto's competitors": alias 'Ajinomoto').
 # Organizations: Department of Justice ('the Department of Justice announced'), U.S. District Court ('filed today in
 # U.S. District Court in Dallas'), Antitrust Division ("the Antitrust Division's resolve", 'in charge of the
 # Antitrust Division'). People: Tamon Tanabe ('Tanabe', four times: alias), Charles A. James (named once).
 # Locations: WASHINGTON, D.C. (dateline), Dallas ('A federal grand jury in Dallas', the court's city), United States
 # ('sold in the United States and elsewhere'). Not annotated: 'a federal grand jury' (no name), 'a Japanese citizen',
 # 'a Japanese company', 'American businesses and consumers' (modifiers; Japan is not named), "Ajinomoto's
 # competitors", 'his co-conspirators' (unnamed), 'the food flavor enhancement industry' (generic), nucleotides,
 # soups, sauces, spices (products), the Sherman Act (a law)
 entities=[E("Location", DC),
           E("Location", "Dallas"),
           E("Person", TT, "Tanabe"),
           E("Company", AJI, "Ajinomoto"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", US),
           E("Organization", ATR),
           E("Person", CAJ)],
 # 'Tamon Tanabe, a Japanese citizen and executive of Ajinomoto Co. Inc.' and 'while acting as Ajinomoto's associate
 # general manager' -> executive at Ajinomoto Co. Inc., current (the first phrase is in the present; **doubtful**:
 # 'while acting as' may put the manager's post in the past, 1994-1996; one role for both phrases). 'Charles A. James,
 # Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust Division, current (53zq,
 # 54d). Near-miss: 'associate general manager' as its own title (GUIDELINES: 'manager' -> executive, already given)
 roles=[R(TT, "executive", AJI),
        R(CAJ, "head", ATR)],
 # parentOrganization(Antitrust Division, Department of Justice): both named, not tied in words here (53u's and 54d's
 # Tokai reading; **doubtful**). Near-misses: Ajinomoto and its unnamed competitors (no partner); Ajinomoto's
 # subsidiaries or parent (none in the text)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'today indicted', 'filed today', "Today's case", "According to today's charge" -> one item 'today' 2001-08-23;
 # 'from 1994 until 1996' -> '1994' and '1996'. Not dates: 'three years imprisonment' (a term)
 dates=[D("today", "2001-08-23"), D("1994", "1994"), D("1996", "1996")])

# ---- Odfjell Seachem AS / Odfjell ASA / Sjaastad / Nilsen, parcel tankers, published 2003-09-29 (a Monday) -----------
A["us-doj-atr-odfjell-seachem-parcel-tanker-cartel-parent-odfjell-asa-ceo-sjaastad-vice-president-nilsen-2003"] = dict(
 # Companies: Odfjell Seachem AS ('Odfjell Seachem, with its principal place of business in Bergen': alias 'Odfjell
 # Seachem'; 'The company' generic), Odfjell ASA ('its parent, Odfjell ASA', named once). Organizations: Department of
 # Justice ('the Department of Justice announced'; "the Justice Department's resolve": alias 'Justice Department';
 # "the Department's Antitrust Division": nothing), U.S. District Court ('in U.S. District Court in Philadelphia'),
 # Antitrust Division. People: Bjorn Sjaastad (alias 'Sjaastad'), Erik Nilsen (alias 'Nilsen'), R. Hewitt Pate.
 # Locations: WASHINGTON, D.C. (dateline), United States ('to and from the United States and elsewhere'), Philadelphia,
 # Norway ('citizens of Norway'; 'Bergen, Norway'), Bergen. Not annotated: 'Norwegian-based' (a modifier, no place name;
 # Norway is annotated from its own mentions), 'American businesses and consumers', 'one of the largest parcel tanker
 # shippers in the world', 'the cartel' (unnamed), parcel tanker affreightment contracts and specialty liquids
 entities=[E("Location", DC),
           E("Company", OS, "Odfjell Seachem"),
           E("Location", US),
           E("Organization", DOJ, "Justice Department"),
           E("Person", BS, "Sjaastad"),
           E("Company", OA),
           E("Person", EN, "Nilsen"),
           E("Organization", USDC),
           E("Location", "Philadelphia"),
           E("Location", "Norway"),
           E("Location", "Bergen"),
           E("Person", RHP),
           E("Organization", ATR)],
 # 'its executives, Bjorn Sjaastad, Chief Executive Officer of its parent, Odfjell ASA' -> ceo at Odfjell ASA, current
 # (charged, no word of leaving). '... and Erik Nilsen, Vice President' (of 'its' = Odfjell Seachem AS, whose
 # 'executives' the sentence lists) -> vice-president at Odfjell Seachem AS, current (**doubtful**: the company of the
 # title is read from 'its executives'; a reader might hesitate between the subsidiary and the parent). 'R. Hewitt Pate,
 # Assistant Attorney General in charge of the Department's Antitrust Division' -> head at the Antitrust Division.
 # Near-miss: Sjaastad as a generic executive of Odfjell Seachem AS ('two of its executives'): his one stated post is
 # at the parent, so no second role (**doubtful**)
 roles=[R(BS, "ceo", OA),
        R(EN, "vice-president", OS),
        R(RHP, "head", ATR)],
 # 'its parent, Odfjell ASA' (its = Odfjell Seachem AS) -> parentOrganization(Odfjell Seachem AS, Odfjell ASA); "the
 # Department's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice). Near-misses:
 # Odfjell Seachem AS and Bergen or Norway ('principal place of business': a place, no relation); the other cartel
 # members (unnamed: no partner)
 relations=[L(OS, "parentOrganization", OA),
            L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'were charged today', 'charged separately today', 'The charges filed today' -> one item 'today' 2003-09-29. Not
 # dates: 'four months', 'three months' (prison terms), 'ongoing'
 dates=[D("today", "2003-09-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
