#!/usr/bin/env python3
"""Batch 56b gold annotations (the texts of batch56b.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za and 55zd; batch10_annotate.write_parts), so with three texts: test, train,
dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); seasons and 'late' give
the year ('spring 2007', 'late 2004'); 'the following year', 'two months later', 'From that point', 'by that time' and
'soon' (tied to a date the text names, not absolute; doubtful: a reader might give 2001 for Guerrilla's 'the following
year', as batch 55zd left out 'In July that year') -> nothing. No text tells an outage (or a near-miss of one), so
every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd): a company
'was acquired by', 'sold ... to', 'purchased' or 'sold to' another -> acquired and parentOrganization(target, buyer)
(ownership that ended kept: relations carry no time); a bought majority stake -> the same (read as control, as batches
32j, 35l and 37d did; doubtful); a minority stake ('25.1% of Rocksteady's shares') -> nothing; 'X purchased and merged
with Y, forming Z', where Y lives on as Z's branch under a new name -> acquired(X, Y) and parentOrganization(Y, Z) (the
text names Y's later place; doubtful); 'a subsidiary of', 'the company's development branch', 'the publishing branch' ->
parentOrganization; a merger of named studios with no buyer -> nothing between them; 'founded as', 'trade name',
'doing business as', 'incorporated under the name ... changed its name to', 'renamed', 'since renamed' -> aliases of
one entity (GUIDELINES, Types: former names are aliases); a game renamed before release -> one Service with the other
titles as aliases; 'founded ... by A' -> founder, 'founded by A and B' -> cofounder each, current true (founders stay
founders); 'managing director' -> director, current false where the text names a successor; 'joint studio heads' ->
head each, current true; 'the former creative director and head of production at X' -> executive each at X, current
false ('former'); a person who 'owned' a company -> no role (no title); a developer 'developing games with' a publisher
or a publisher assigning a game to a developer -> partner (a stated developer-publisher relation; doubtful, as batch
55zd's Creative Assembly and Electronic Arts); games and game series -> Service with provider the developer the text
names (GUIDELINES, Types: games), platforms ('PlayStation 2', 'Xbox') -> Service with no provider where no maker is
named; 'The X group of companies also included Y' -> parentOrganization(Y, X); nationality adjectives ('Dutch',
'British') -> nothing.
usage: batch56b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, provided
import batch10_annotate as b10

A = {}
# ---- video games, Netherlands: Guerrilla Games ---------------------------------------------------------------------
GG = "Guerrilla B.V."
LB = "Lost Boys"
FG = "Formula Game Development"
A["wp-guerrilla-games"] = dict(
 # the company -> Company 'Guerrilla B.V.', aliases 'Guerrilla Games' (its trade name and the name Media Republic gave
 # it), 'Lost Boys Games' (its name at its founding) and 'Guerrilla'; Lost Boys ('multimedia conglomerate company'),
 # Media Republic, Sony Computer Entertainment, Orange Games, Digital Infinity and Formula Game Development (alias
 # 'Formula') -> Company; Angie Smets, Jan-Bart van Beek, Michiel van der Leeuw, Arjan Brussee, Arnout van der Kamp,
 # Martin de Ronde (alias 'de Ronde'), Michiel Mol and Hermen Hulst -> Person; 'the Killzone game series', 'Horizon
 # Zero Dawn' and 'the 1994 game Jazz Jackrabbit' -> Service (games); Amsterdam -> Location. No entity: 'Dutch'
 # (adjective); 'three smaller development studios' and 'a consulting firm' (unnamed); 'the new company' (Lost Boys
 # Games, a description, not an alias)
 entities=[E("Company", GG, "Guerrilla Games", "Lost Boys Games", "Guerrilla"), E("Location", "Amsterdam"),
           E("Company", LB), E("Company", "Media Republic"), E("Company", "Sony Computer Entertainment"),
           E("Person", "Angie Smets"), E("Person", "Jan-Bart van Beek"), E("Person", "Michiel van der Leeuw"),
           E("Service", "Killzone"), E("Service", "Horizon Zero Dawn"), E("Company", "Orange Games"),
           E("Company", "Digital Infinity"), E("Company", FG, "Formula"), E("Person", "Arjan Brussee"),
           E("Service", "Jazz Jackrabbit"), E("Person", "Arnout van der Kamp"),
           E("Person", "Martin de Ronde", "de Ronde"), E("Person", "Michiel Mol"), E("Person", "Hermen Hulst")],
 # 'under the leadership of joint studio heads Angie Smets, Jan-Bart van Beek, and Michiel van der Leeuw' -> head at
 # Guerrilla B.V. each, current true (the text's present); 'Orange Games was founded in 1993 by Arjan Brussee' ->
 # founder at Orange Games; 'Digital Infinity was founded by Arnout van der Kamp' -> founder at Digital Infinity;
 # 'Formula was founded by Martin de Ronde' -> founder at Formula Game Development; 'With de Ronde as managing director,
 # the new company' (Lost Boys Games) -> director at Guerrilla B.V., current false (the text names his replacement
 # 'the following year'); 'Hermen Hulst was hired ... to replace de Ronde as managing director' -> director at
 # Guerrilla B.V., current true (the text does not end his post; doubtful: the lead names three other people as the
 # company's present leaders, and a reader might give false). Near-misses, no role: 'a multimedia conglomerate company
 # owned by Michiel Mol' -> no role at Lost Boys (an owner, no post named; a reader might give founder or chairman);
 # 'Arjan Brussee, the co-designer of the 1994 game Jazz Jackrabbit' -> no role (a designer of a game, no organisation
 # named); 'hired from a consulting firm' -> no role at an unnamed firm
 roles=[R("Angie Smets", "head", GG), R("Jan-Bart van Beek", "head", GG), R("Michiel van der Leeuw", "head", GG),
        R("Arjan Brussee", "founder", "Orange Games"), R("Arnout van der Kamp", "founder", "Digital Infinity"),
        R("Martin de Ronde", "founder", FG), R("Martin de Ronde", "director", GG, False),
        R("Hermen Hulst", "director", GG)],
 # 'founded as Lost Boys Games ... as a subsidiary of multimedia conglomerate company Lost Boys' and 'forming Lost Boys
 # Games as a subsidiary of Lost Boys' -> parentOrganization(Guerrilla B.V., Lost Boys) (ownership the text ends,
 # 'became independent the following year', kept); 'was acquired by Media Republic in 2003' -> acquired(Media Republic,
 # Guerrilla B.V.) + parentOrganization; 'sold it to Sony Computer Entertainment in 2005' -> acquired(Sony Computer
 # Entertainment, Guerrilla B.V.) + parentOrganization; 'Formula was ... sold to Lost Boys ... in 1999' -> acquired(Lost
 # Boys, Formula Game Development) + parentOrganization; 'best known for the Killzone game series and Horizon Zero Dawn'
 # -> provider(game, Guerrilla B.V.) each (its developer). Near-misses, no relation: 'a merger between three Dutch video
 # game studios: Orange Games, Digital Infinity, and Formula Game Development' and 'The three studios merged, forming
 # Lost Boys Games' -> no acquired and no parentOrganization between Guerrilla B.V. and the three (a merger with no
 # buyer told; a reader might make them its predecessors or parts; doubtful for Formula, already Lost Boys's); 'Jazz
 # Jackrabbit' -> no provider (no maker named; Orange Games is not said to have made it); 'Lost Boys Games became
 # independent' -> nothing more (the end of an ownership)
 relations=[L(GG, "parentOrganization", LB), L("Media Republic", "acquired", GG),
            L(GG, "parentOrganization", "Media Republic"), L("Sony Computer Entertainment", "acquired", GG),
            L(GG, "parentOrganization", "Sony Computer Entertainment"), L(LB, "acquired", FG),
            L(FG, "parentOrganization", LB)] + provided(GG, "Killzone", "Horizon Zero Dawn"),
 outages=[],
 # 'in January 2000', 'in 2003', 'in 2005', 'in 1993', 'the 1994 game', 'in 1995', 'in 1998', 'in 1999', 'on 1 January
 # 2000' (a text apart from 'January 2000'), 'by November 2000' -> the years, months and the day; 'the following year'
 # (twice) -> left out (see the docstring)
 dates=[D("January 2000", "2000-01"), D("2003", "2003"), D("2005", "2005"), D("1993", "1993"), D("1994", "1994"),
        D("1995", "1995"), D("1998", "1998"), D("1999", "1999"), D("1 January 2000", "2000-01-01"),
        D("November 2000", "2000-11")])

# ---- video games, UK: Rocksteady Studios ---------------------------------------------------------------------------
RS = "Rocksteady Studios Limited"
SCI = "SCi Entertainment"
WBIE = "Warner Bros. Interactive Entertainment"
A["wp-rocksteady-studios"] = dict(
 # the company -> Company 'Rocksteady Studios Limited', aliases 'Rocksteady Studios' and 'Rocksteady' ('Rocksteady's'
 # possessive-free); Warner Bros. Games, Argonaut Games, SCi Entertainment (aliases 'SCi' and 'Eidos': 'SCi (since
 # renamed Eidos)'), Warner Bros. Interactive Entertainment (alias 'WBIE', bracketed), Warner Bros. ('The Warner Bros.
 # group of companies', named on its own) and DC Comics -> Company; Jamie Walker (alias 'Walker') and Sefton Hill
 # ('Hill') -> Person; 'the Batman: Arkham series' -> Service 'Batman: Arkham'; the game first called 'Roll Call',
 # 'soon renamed Zero Tolerance: City Under Fire and then Urban Chaos: Riot Response' -> one Service 'Urban Chaos: Riot
 # Response' (the title it was released under), aliases 'Roll Call' and 'Zero Tolerance: City Under Fire'; 'Batman:
 # Arkham Asylum' -> Service; 'the PlayStation 2 and Xbox' -> Service each (platforms); London and North London ('its
 # North London offices') -> Location. No entity: 'Batman' ('a Batman game', 'the Batman licence', 'the Batman
 # licensor': a character and a licence, no product named); 'British' (adjective); 'former Argonaut Games staff'
 # (unnamed people). Doubtful: 'Warner Bros. Games' and 'Warner Bros. Interactive Entertainment' kept apart (the text
 # does not say one is the other's later name; a reader who knows the renaming might alias them)
 entities=[E("Company", RS, "Rocksteady Studios", "Rocksteady"), E("Location", "London"),
           E("Service", "Batman: Arkham"), E("Company", "Warner Bros. Games"), E("Person", "Jamie Walker", "Walker"),
           E("Person", "Sefton Hill", "Hill"), E("Company", "Argonaut Games"), E("Company", SCI, "SCi", "Eidos"),
           E("Service", "Urban Chaos: Riot Response", "Roll Call", "Zero Tolerance: City Under Fire"),
           E("Location", "North London"), E("Service", "PlayStation 2"), E("Service", "Xbox"),
           E("Service", "Batman: Arkham Asylum"), E("Company", WBIE, "WBIE"), E("Company", "Warner Bros."),
           E("Company", "DC Comics")],
 # 'Rocksteady Studios was founded by Jamie Walker and Sefton Hill' and 'Walker and Hill founded Rocksteady' ->
 # cofounder at Rocksteady Studios Limited each, current true; 'the former creative director and head of production
 # at Argonaut Games' -> executive at Argonaut Games each, current false ('former'; which of the two held which post
 # the text leaves open without 'respectively', but both posts map to executive, so the reading does not matter).
 # Near-misses, no role: 'head of production' -> not head (the head of a department, not of the company; GUIDELINES,
 # Roles: generic senior titles -> executive)
 roles=[R("Jamie Walker", "cofounder", RS), R("Sefton Hill", "cofounder", RS),
        R("Jamie Walker", "executive", "Argonaut Games", False),
        R("Sefton Hill", "executive", "Argonaut Games", False)],
 # 'The company is a subsidiary of Warner Bros. Games' -> parentOrganization(Rocksteady, Warner Bros. Games); 'led
 # publisher Warner Bros. Interactive Entertainment (WBIE) to acquire an undisclosed majority stake in Rocksteady in
 # February 2010' -> acquired(WBIE, Rocksteady) + parentOrganization (a bought majority stake, read as control;
 # doubtful: a reader might give nothing for a stake); 'The Warner Bros. group of companies also included DC Comics' ->
 # parentOrganization(DC Comics, Warner Bros.) and, through 'also', parentOrganization(WBIE, Warner Bros.) (doubtful:
 # the second rests on 'also' alone); 'SCi announced that it had assigned Roll Call to the nacent studio' ->
 # partner(SCi Entertainment, Rocksteady) (a publisher giving a developer a game to make: a development contract;
 # doubtful: no 'partner' or 'contract' word); 'the studio is best known for its work in the Batman: Arkham series',
 # 'assigned Roll Call to the nacent studio' (released as Urban Chaos: Riot Response) and 'they had begun developing the
 # concept of Batman: Arkham Asylum' -> provider(game, Rocksteady) each (its developer; doubtful for Arkham Asylum,
 # whose 'they' might be read as SCi and Rocksteady together). Near-misses, no relation: 'The publisher acquired 25.1%
 # of Rocksteady's shares' -> no acquired, no parentOrganization (a minority stake); 'loaned the studio £250,000' ->
 # nothing (a loan; a reader might give partner); 'The publisher SCi Entertainment with Argonaut Games on the game Roll
 # Call' -> no partner (the sentence has no verb, so no relation is stated; a reader might supply 'worked'); 'the
 # developer shut down' -> no outage (a business failure; GUIDELINES, Outages); 'mostly former Argonaut Games staff' ->
 # no relation between Argonaut Games and Rocksteady; 'DC Comics, the Batman licensor' -> no partner with Rocksteady or
 # SCi (a licensor of the character, no deal between named companies told); PlayStation 2, Xbox -> no provider (no
 # maker named)
 relations=[L(RS, "parentOrganization", "Warner Bros. Games"), L(WBIE, "acquired", RS),
            L(RS, "parentOrganization", WBIE), L("DC Comics", "parentOrganization", "Warner Bros."),
            L(WBIE, "parentOrganization", "Warner Bros."), L(SCI, "partner", RS)]
           + provided(RS, "Batman: Arkham", "Urban Chaos: Riot Response", "Batman: Arkham Asylum"),
 outages=[],
 # 'on 13 December 2004' (twice: the lead and the history; listed once), 'in late 2004' -> 2004 (GUIDELINES:
 # 'late 2006' -> the year), 'In January 2005', 'in 2006', 'in spring 2007' -> 2007 (a season -> the year), 'by May
 # 2007', 'in September 2007', 'in February 2010' -> the days, months and years
 dates=[D("13 December 2004", "2004-12-13"), D("late 2004", "2004"), D("January 2005", "2005-01"), D("2006", "2006"),
        D("spring 2007", "2007"), D("May 2007", "2007-05"), D("September 2007", "2007-09"),
        D("February 2010", "2010-02")])

# ---- video games, UK: Traveller's Tales ----------------------------------------------------------------------------
TT = "Travellers Tales (UK) Limited"
TTG = "TT Games"
GIE = "Giant Interactive Entertainment"
A["wp-travellers-tales"] = dict(
 # the company -> Company 'Travellers Tales (UK) Limited', aliases "Traveller's Tales", 'Travellers Tales (UK)' (the
 # name it changed to) and 'Currentclass' (the name it incorporated under; a former name, so an alias); TT Games, Sega,
 # Disney Interactive Studios, Warner Bros. Interactive Entertainment and Psygnosis -> Company; Giant Interactive
 # Entertainment -> Company, alias 'TT Games Publishing' ('Giant Interactive Entertainment became TT Games Publishing';
 # a later name; doubtful: a reader might make the branch its own Company); TT Fusion and TT Animation -> Company (the
 # names the bought developer and animation studio took); Jon Burton -> Person; 'Lego Star Wars: The Video Game',
 # 'Leander' (alias 'The Legend of Galahad': 'also known as'), "a video game adaption of Bram Stoker's Dracula" and
 # 'Puggsy' -> Service (games; the adaption by its title "Bram Stoker's Dracula", the name the text gives the game).
 # No entity: 'British' (adjective); 'the video game industry' (an industry); 'another developer and an animation
 # studio' (unnamed until their later names)
 entities=[E("Company", TT, "Traveller's Tales", "Travellers Tales (UK)", "Currentclass"), E("Company", TTG),
           E("Person", "Jon Burton"), E("Company", "Sega"), E("Company", "Disney Interactive Studios"),
           E("Service", "Lego Star Wars: The Video Game"), E("Company", GIE, "TT Games Publishing"),
           E("Company", "TT Fusion"), E("Company", "TT Animation"),
           E("Company", "Warner Bros. Interactive Entertainment"), E("Company", "Psygnosis"),
           E("Service", "Leander", "The Legend of Galahad"), E("Service", "Bram Stoker's Dracula"),
           E("Service", "Puggsy")],
 # 'Traveller's Tales was founded in 1989 by Jon Burton' -> founder at Travellers Tales (UK) Limited, current true.
 # Near-misses, no role: none else named
 roles=[R("Jon Burton", "founder", TT)],
 # 'a British video game developer and a subsidiary of TT Games' and 'Traveller's Tales served as the company's
 # development branch' -> parentOrganization(Travellers Tales (UK) Limited, TT Games); 'Traveller's Tales purchased and
 # merged with Giant Interactive Entertainment, forming TT Games' -> acquired(Travellers Tales (UK) Limited, Giant
 # Interactive Entertainment) (a purchase stated; not merged away: it 'became TT Games Publishing'); 'Giant Interactive
 # Entertainment became TT Games Publishing, the publishing branch' -> parentOrganization(Giant Interactive
 # Entertainment, TT Games) (the branch's parent the text names; no parentOrganization to Traveller's Tales, itself
 # TT Games's branch; doubtful: a reader might add it, as for a plain purchase); 'In 2007, the company acquired another
 # developer and an animation studio, which became TT Fusion and TT Animation' -> acquired(TT Games, TT Fusion) and
 # acquired(TT Games, TT Animation) + parentOrganization each ('the company' read as TT Games, 'the company' of the
 # sentence before, whose 'development branch' Traveller's Tales is; doubtful: a reader might give Traveller's Tales,
 # the article's company); 'Warner Bros. Interactive Entertainment announced that they had purchased TT Games' ->
 # acquired(Warner Bros. Interactive Entertainment, TT Games) + parentOrganization; 'developing games with larger
 # companies such as Sega and Disney Interactive Studios', 'development on Lego Star Wars: The Video Game started with
 # publisher Giant Interactive Entertainment' and 'Traveller's Tales started developing games with Psygnosis' ->
 # partner(Travellers Tales (UK) Limited, X) each (developer-publisher relations; doubtful: no 'partner' word; the one
 # with Giant Interactive Entertainment is told before its purchase); the games 'Lego Star Wars: The Video Game',
 # 'Leander' ('Their first game'), "Bram Stoker's Dracula" and 'Puggsy' ('With Psygnosis they developed') ->
 # provider(game, Travellers Tales (UK) Limited) each (their developer; doubtful: a reader might give the publisher
 # Psygnosis or Giant Interactive Entertainment). Near-misses, no relation: 'merged with' -> no merger-away reading
 # (the bought company lives on under a new name); 'as part of their expansion into the video game industry' ->
 # nothing; 'grew in profile' -> nothing
 relations=[L(TT, "parentOrganization", TTG), L(TT, "acquired", GIE), L(GIE, "parentOrganization", TTG),
            L(TTG, "acquired", "TT Fusion"), L("TT Fusion", "parentOrganization", TTG),
            L(TTG, "acquired", "TT Animation"), L("TT Animation", "parentOrganization", TTG),
            L("Warner Bros. Interactive Entertainment", "acquired", TTG),
            L(TTG, "parentOrganization", "Warner Bros. Interactive Entertainment"), L(TT, "partner", "Sega"),
            L(TT, "partner", "Disney Interactive Studios"), L(TT, "partner", GIE), L(TT, "partner", "Psygnosis")]
           + provided(TT, "Lego Star Wars: The Video Game", "Leander", "Bram Stoker's Dracula", "Puggsy"),
 outages=[],
 # 'in 1989', 'In 1996', 'In 2004', 'In 2007', 'On 8 November 2007' -> the years and the day ('2007' and '8 November
 # 2007' are two texts); 'two months later', 'the following year', 'From that point' -> left out (see the docstring)
 dates=[D("1989", "1989"), D("1996", "1996"), D("2004", "2004"), D("2007", "2007"),
        D("8 November 2007", "2007-11-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
