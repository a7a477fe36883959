#!/usr/bin/env python3
"""Batch 57a gold annotations (the texts of batch57a.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b and 56j; batch10_annotate.write_parts), so with four texts: test,
train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'late
1998' and 'early 1999' give the year, 'By 2001' the year it writes; 'the following year', 'at the end of that year',
'Two years later', 'Shortly thereafter', 'at the time', 'Initially' and 'over the next several years' (tied to a date
the text names, not absolute; doubtful: a reader might give 1999 for Neversoft's 'at the end of that year', as batch
56b left out Guerrilla's 'the following year') -> nothing; a year in brackets after a game
('Ballistix (1989)', 'Skeleton Warriors (1996)', 'MiG-29 Fulcrum (1990 video game)') -> that year. No text tells an
outage, so every `outages` list is empty; two tell near-misses (Free Radical Design 'closed' in 2014 and 'shut down'
on 11 December 2023; Neversoft's projects with Crystal Dynamics and Sony Computer Entertainment 'cancelled'): business
failures and cancelled projects, no service users lost (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j): a
company 'was acquired by', 'sold to' or 'purchased by' another -> acquired and parentOrganization(target, buyer)
(ownership that ended kept: relations carry no time), and 'sold to X' also acquired(X, target); 'a studio of X' and
'reformed ... under X' -> parentOrganization; 'a sister studio' of a studio of X -> parentOrganization(sister, X)
(doubtful); 'formerly ... and later ...', 'would be renamed' -> aliases of one entity (GUIDELINES, Types: former names
are aliases); a management buyout by named people that forms a new company -> no acquired (the buyers are people; the
bought studio and the company formed kept apart); 'founded by A and B', 'founded by A, B and C', 'opened X' by two
people and 'the founders' -> cofounder each, current true (as batch 56b; founders stay founders); 'worked for', 'worked
on ... at', 'employees' -> no role (no title); a developer 'worked with', 'worked on projects with', 'signed its first
game with', a publisher that 'agreed to enter into a deal with the studio', a game 'released ... by' or 'published by'
a named publisher, and two studios working 'in close cooperation' -> partner (stated working relations; doubtful where
no 'partner' or 'contract' word, as batches 55zd and 56b), direction as written, the developer first for a publisher
named in a passive; games and game series -> Service with provider the developer the text names (GUIDELINES, Types:
games), not the publisher; computers and consoles ('BBC Micro', 'Amiga', 'Nintendo 64', 'PlayStation 2', 'Wii') ->
Service with no provider where no maker is named on its own; a game whose name holds a company's ('Microsoft Train
Simulator') -> the Service only; a stock market segment named in full ('the Alternative Investments Market (AIM) of the
London Stock Exchange') -> Company (exchanges are Company, as batch 56j's Nasdaq First North) with
parentOrganization to its exchange (doubtful); a listing -> nothing; festivals, TV series and a game described but not
named ('a Spider-Man game', 'a skateboarding game') -> no entity; 'UK' used as a modifier -> Location (as batches 51k
and 56j); nationality and language adjectives ('British', 'German', 'American', 'Japanese', 'English') -> nothing.
usage: batch57a_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- video games, UK: Free Radical Design ---------------------------------------------------------------------------
FRD = "Free Radical Design Ltd."
A["wp-free-radical-design"] = dict(
 # the developer -> Company 'Free Radical Design Ltd.', aliases 'Free Radical Design' and 'Crytek UK' ('would be
 # renamed Crytek UK': a later name of the same studio; the revival of 2021 'reformed Free Radical Design' kept as the
 # same entity, the text giving it the same name; doubtful: a reader might make the revival its own company); Crytek,
 # Deep Silver, Dambuster Studios and Rare ('the game developer Rare') -> Company; Nottingham Trent University ->
 # Organization; David Doak (alias 'Doak'), Steve Ellis (alias 'Ellis'), Karl Hilton, Graeme Norgate, Lee Ray and James
 # Cunliffe -> Person; Nottingham and Stoke-on-Trent -> Location; TimeSplitters (the series and its first game),
 # GoldenEye 007 and Perfect Dark (games) and Nintendo 64 and PlayStation 2 (consoles) -> Service. No entity: 'the
 # Gamecity festival' (an event); 'the city of Nottingham' -> the Location Nottingham, no Organization (doubtful: a
 # reader might make the city council of it); 'German' (an adjective)
 entities=[E("Company", FRD, "Free Radical Design", "Crytek UK"), E("Location", "Nottingham"),
           E("Person", "David Doak", "Doak"), E("Person", "Steve Ellis", "Ellis"), E("Person", "Karl Hilton"),
           E("Person", "Graeme Norgate"), E("Location", "Stoke-on-Trent"), E("Service", "TimeSplitters"),
           E("Company", "Crytek"), E("Organization", "Nottingham Trent University"),
           E("Company", "Dambuster Studios"), E("Company", "Deep Silver"), E("Company", "Rare"),
           E("Person", "Lee Ray"), E("Person", "James Cunliffe"), E("Service", "Nintendo 64"),
           E("Service", "GoldenEye 007"), E("Service", "Perfect Dark"), E("Service", "PlayStation 2")],
 # 'Founded by David Doak, Steve Ellis, Karl Hilton and Graeme Norgate' (and 'two of the original founders, Doak and
 # Ellis') -> cofounder at Free Radical Design Ltd. each, current true. Near-misses, no role: 'worked for the game
 # developer Rare' and 'While at Rare, they (... Lee Ray and James Cunliffe) worked on' -> no role at Rare for any of
 # the six (employees, no title; a reader might give other, current false); Lee Ray and James Cunliffe -> no role at
 # Free Radical Design (the text counts them in 'this team', not among its founders)
 roles=[R("David Doak", "cofounder", FRD), R("Steve Ellis", "cofounder", FRD), R("Karl Hilton", "cofounder", FRD),
        R("Graeme Norgate", "cofounder", FRD)],
 # 'the studio had been acquired by German video game developer Crytek' -> acquired(Crytek, Free Radical Design) +
 # parentOrganization (a completed purchase told on 3 February 2009; the closure of 2014 kept out: relations carry no
 # time); 'reformed Free Radical Design under Deep Silver' -> parentOrganization(Free Radical Design, Deep Silver)
 # (a studio set up under a publisher; doubtful: no 'subsidiary' word, and no purchase, so no acquired); 'best known
 # for its TimeSplitters series' and 'their first release being TimeSplitters' -> provider(TimeSplitters, Free Radical
 # Design); 'While at Rare, they ... worked on the Nintendo 64 first-person shooters GoldenEye 007 and Perfect Dark' ->
 # provider(GoldenEye 007, Rare) and provider(Perfect Dark, Rare) (games made at the developer Rare; doubtful: the
 # text names the people's work, not Rare's as developer, in so many words). Near-misses, no relation: 'its recruitment
 # drives with Nottingham Trent University' -> no partner(Crytek, Nottingham Trent University) (a joint activity of
 # unstated kind, no partnership or contract named; doubtful: a reader might give partner); 'its sponsorship of the
 # Gamecity festival' -> nothing (an event, no entity); 'with a majority of the staff transferred to the newly formed
 # Dambuster Studios' -> no relation between Free Radical Design (or Crytek) and Dambuster Studios (staff moving is no
 # purchase or ownership, and the text names no owner of Dambuster; a reader might give acquired or make Deep Silver
 # its parent, which this text does not say); 'this team left Rare to form Free Radical Design' -> no
 # parentOrganization(Free Radical Design, Rare) (people leaving, no spin-off owned by Rare); 'the Nintendo 64' and 'the
 # PlayStation 2' -> no provider (no maker named). Near-misses, no outage: 'going into financial administration', 'the
 # studio was closed' and 'the second iteration was shut down' (business failures)
 relations=[L("Crytek", "acquired", FRD), L(FRD, "parentOrganization", "Crytek"),
            L(FRD, "parentOrganization", "Deep Silver"), L("TimeSplitters", "provider", FRD),
            L("GoldenEye 007", "provider", "Rare"), L("Perfect Dark", "provider", "Rare")],
 outages=[],
 # 'in April 1999' (twice) listed once; 'on 3 February 2009', 'In 2014', 'In May 2021', 'on 11 December 2023', 'in
 # 2000' -> the days, months and years; 'From late 1998 to early 1999' -> 'late 1998' and 'early 1999', each the year
 # (GUIDELINES, Dates: 'late 2006' -> the year); 'Two years later' -> nothing (relative to 'May 2021', not to
 # `published`; doubtful: a reader might give 2023)
 dates=[D("April 1999", "1999-04"), D("3 February 2009", "2009-02-03"), D("2014", "2014"), D("May 2021", "2021-05"),
        D("11 December 2023", "2023-12-11"), D("late 1998", "1998"), D("early 1999", "1999"), D("2000", "2000")])

# ---- video games, UK: Kuju Entertainment ----------------------------------------------------------------------------
KJ = "Kuju Entertainment Ltd."
EI = "Eidos Interactive"
AIM = "Alternative Investments Market"
A["wp-kuju-entertainment"] = dict(
 # the developer -> Company 'Kuju Entertainment Ltd.', aliases 'Kuju' and 'Kuju Ltd.' (the name of 'forming Kuju
 # Ltd.'); Simis -> Company of its own ('The original company was Simis', bought by Eidos, from which 'Kuju was
 # formed' by a buyout: a predecessor, not the same company under an earlier name; doubtful: a reader might alias Simis
 # to Kuju, as batch 56j aliased Calmos to Tundra, where the text said 'its history goes back to 1983 as Calmos');
 # Eidos Interactive (alias 'Eidos'), THQ, Games Workshop, the London Stock Exchange and the Alternative Investments
 # Market (alias 'AIM'; a market segment named in full, typed as exchanges are; doubtful: a reader might leave it out,
 # as batch 56j left out 'AIM' in 'AIM-listed') -> Company; Ian Baverstock (aliases 'Baverstock') and Jonathan Newth
 # (aliases 'Newth', 'Jonathan') -> Person; Shalford, Surrey, England, UK, London and Brighton -> Location; the games
 # Art Academy, The Lord of the Rings: Aragorn's Quest, Battalion Wars 2, Powerstar Golf, MiG-29 Fulcrum, Tank Racer,
 # Microsoft Train Simulator and Warhammer 40,000: Fire Warrior and the consoles Nintendo DS, Wii, Xbox One and
 # PlayStation -> Service ('Microsoft' named only inside the game's name, so no Company Microsoft). No entity: 'PC' and
 # 'mobile' (generic), 'a Japanese dictionary', 'the English alphabet' (adjectives), the quoted 'ku', 'ju', 'I', 'J'
 entities=[E("Company", KJ, "Kuju", "Kuju Ltd."), E("Company", "Simis"), E("Company", EI, "Eidos"),
           E("Location", "Shalford"), E("Location", "Surrey"), E("Location", "England"),
           E("Service", "Art Academy"), E("Service", "Nintendo DS"),
           E("Service", "The Lord of the Rings: Aragorn's Quest"), E("Service", "Battalion Wars 2"),
           E("Service", "Wii"), E("Service", "Xbox One"), E("Service", "Powerstar Golf"),
           E("Person", "Ian Baverstock", "Baverstock"), E("Person", "Jonathan Newth", "Newth", "Jonathan"),
           E("Service", "MiG-29 Fulcrum"), E("Service", "Tank Racer"), E("Service", "PlayStation"),
           E("Location", "UK"), E("Location", "London"), E("Location", "Brighton"),
           E("Service", "Microsoft Train Simulator"), E("Company", AIM, "AIM"), E("Company", "London Stock Exchange"),
           E("Company", "THQ"), E("Company", "Games Workshop"), E("Service", "Warhammer 40,000: Fire Warrior")],
 # 'Ian Baverstock and Jonathan Newth opened Simis in 1989' -> cofounder at Simis each (two people opening a company);
 # 'Baverstock and Newth led a management buyout of the studio from Eidos Interactive, forming Kuju Ltd.' and 'the
 # founders' first names: Ian Baverstock and Jonathan Newth' -> cofounder at Kuju each; all current true (founders stay
 # founders). Near-misses, no role: 'led a management buyout' -> no executive or director (no title; 'management' tells
 # they ran Simis under Eidos, a reader might give executive, current false); 'Jonathan was leafing through a Japanese
 # dictionary' -> nothing
 roles=[R("Ian Baverstock", "cofounder", "Simis"), R("Jonathan Newth", "cofounder", "Simis"),
        R("Ian Baverstock", "cofounder", KJ), R("Jonathan Newth", "cofounder", KJ)],
 # 'Simis, formed in 1989 and purchased by Eidos Interactive in 1995' and 'the company was purchased by Eidos and
 # operated as an in-house development studio' -> acquired(Eidos Interactive, Simis) + parentOrganization(Simis, Eidos
 # Interactive); 'the Alternative Investments Market (AIM) of the London Stock Exchange' ->
 # parentOrganization(Alternative Investments Market, London Stock Exchange) (a market 'of' the exchange; doubtful);
 # 'the company signed its first game with THQ' -> partner(Kuju, THQ) (a development deal with a named publisher);
 # 'Kuju has released titles ... Art Academy ..., The Lord of the Rings: Aragorn's Quest and Battalion Wars 2 ..., and
 # ... Powerstar Golf', 'Their first game was Tank Racer', 'Their most notable project at the time was Microsoft Train
 # Simulator' and 'its first game with THQ ..., Warhammer 40,000: Fire Warrior' -> provider(game, Kuju) each (the
 # developer; THQ the publisher, not the provider); 'opened Simis in 1989 and produced ... MiG-29 Fulcrum' ->
 # provider(MiG-29 Fulcrum, Simis). Near-misses, no relation: 'a management buyout of Simis from Eidos', 'led a
 # management buyout of the studio from Eidos Interactive, forming Kuju Ltd.' -> no acquired(Kuju, Simis) and no
 # parentOrganization(Simis, Kuju) (the buyers are the two managers, and Kuju is the company they formed; doubtful: a
 # reader might read Kuju as the buyer); 'Kuju floated on the Alternative Investments Market' -> nothing (a listing);
 # 'based on the Games Workshop franchise' -> no partner(Kuju or THQ, Games Workshop) (a licence the text does not
 # state; doubtful: a reader might give a licensing partner, and no provider: Games Workshop is not said to make the
 # game); 'on the Nintendo DS', 'for the Wii', 'an Xbox One title', 'for PC, PlayStation and mobile' -> no provider (no
 # maker named on its own); 'Microsoft Train Simulator' -> no provider Microsoft (not an entity)
 relations=[L(EI, "acquired", "Simis"), L("Simis", "parentOrganization", EI),
            L(AIM, "parentOrganization", "London Stock Exchange"), L(KJ, "partner", "THQ"),
            L("Art Academy", "provider", KJ), L("The Lord of the Rings: Aragorn's Quest", "provider", KJ),
            L("Battalion Wars 2", "provider", KJ), L("Powerstar Golf", "provider", KJ),
            L("Tank Racer", "provider", KJ), L("Microsoft Train Simulator", "provider", KJ),
            L("Warhammer 40,000: Fire Warrior", "provider", KJ), L("MiG-29 Fulcrum", "provider", "Simis")],
 outages=[],
 # 'in 1989' (twice), 'in 1995' (twice), 'in 1998' (twice) listed once each; '(1990 video game)' -> '1990' (the game's
 # year, as the rendering prints it); 'By 2001', 'In 2002' -> the years; 'at the time', 'Shortly thereafter' -> nothing
 dates=[D("1989", "1989"), D("1995", "1995"), D("1998", "1998"), D("1990", "1990"), D("2001", "2001"),
        D("2002", "2002")])

# ---- video games, US: Neversoft -------------------------------------------------------------------------------------
NS = "Neversoft Entertainment, Inc."
SCE = "Sony Computer Entertainment"
A["wp-neversoft"] = dict(
 # the developer -> Company 'Neversoft Entertainment, Inc.', alias 'Neversoft'; Activision ('the publisher'), Playmates
 # Toys, Crystal Dynamics and Sony Computer Entertainment (alias 'Sony', in 'the cancelled Sony projects', the projects
 # the text has just told with Sony Computer Entertainment; doubtful: a reader might keep 'Sony' apart as the parent
 # group) -> Company; Joel Jewett, Mick West and Chris Ward -> Person; Woodland Hills and California -> Location; the
 # games Skeleton Warriors, Apocalypse, Tony Hawk's Pro Skater, 'Tony Hawk's' (the series of 'six Tony Hawk's games' and
 # its 'upcoming' entry of 2004; kept apart from Tony Hawk's Pro Skater, its first game; doubtful: a reader might alias
 # the two) and Gun, and the console PlayStation -> Service. No entity: 'an animated television series of the same
 # name' (a TV show; GUIDELINES, Types), 'a skateboarding game' and 'a Spider-Man game' (described, not named; doubtful:
 # a reader might add a Service 'Spider-Man'), 'the game engine', 'American' (an adjective); Tony Hawk (a name only
 # inside the games' names)
 entities=[E("Company", NS, "Neversoft"), E("Location", "Woodland Hills"), E("Location", "California"),
           E("Person", "Joel Jewett"), E("Person", "Mick West"), E("Person", "Chris Ward"),
           E("Company", "Activision"), E("Company", "Playmates Toys"), E("Service", "Skeleton Warriors"),
           E("Company", "Crystal Dynamics"), E("Company", SCE, "Sony"), E("Service", "Apocalypse"),
           E("Service", "Tony Hawk's Pro Skater"), E("Service", "PlayStation"), E("Service", "Tony Hawk's"),
           E("Service", "Gun")],
 # 'The studio was founded by Joel Jewett, Mick West and Chris Ward' -> cofounder at Neversoft each, current true.
 # Near-misses, no role: none else named (the infobox's 'studio head' and 'studio director' are cut)
 roles=[R("Joel Jewett", "cofounder", NS), R("Mick West", "cofounder", NS), R("Chris Ward", "cofounder", NS)],
 # 'was acquired by Activision in October 1999' and 'acquired Neversoft at the end of that year' ->
 # acquired(Activision, Neversoft) + parentOrganization(Neversoft, Activision); 'the studio worked with Playmates Toys,
 # where they worked on the game Skeleton Warriors' -> partner(Neversoft, Playmates Toys); 'worked on projects with
 # Crystal Dynamics and Sony Computer Entertainment' -> partner(Neversoft, Crystal Dynamics) and partner(Neversoft, Sony
 # Computer Entertainment) (work done together, though the projects were cancelled; doubtful: a reader might leave out
 # partners whose projects came to nothing); 'the publisher agreed to enter into a deal with the studio to create
 # Apocalypse' -> partner(Activision, Neversoft) (a development deal; direction as written, Activision first; kept beside
 # the later purchase); 'worked on the game Skeleton Warriors', 'a deal with the studio to create Apocalypse', the
 # prototype Activision 'released ... as Tony Hawk's Pro Skater', 'six Tony Hawk's games' and 'two teams to work on two
 # games at once, the upcoming Tony Hawk's and ... Gun' -> provider(game, Neversoft) each (the developer, not Activision
 # the publisher; doubtful for Skeleton Warriors, made 'with' Playmates Toys). Near-misses, no relation: 'a Spider-Man
 # game for the PlayStation' -> nothing (no entity for the game; PlayStation no provider: no maker named, 'Sony' being
 # named only as the projects' partner; doubtful: a reader might give provider(PlayStation, Sony Computer
 # Entertainment)); 'the game engine created by Neversoft for one of the cancelled Sony projects' -> nothing more; 'due
 # to internal conflicts, they were cancelled' -> no outage (cancelled projects, no service); 'the company split into
 # two teams' -> nothing (internal teams, unnamed)
 relations=[L("Activision", "acquired", NS), L(NS, "parentOrganization", "Activision"),
            L(NS, "partner", "Playmates Toys"), L(NS, "partner", "Crystal Dynamics"), L(NS, "partner", SCE),
            L("Activision", "partner", NS), L("Skeleton Warriors", "provider", NS), L("Apocalypse", "provider", NS),
            L("Tony Hawk's Pro Skater", "provider", NS), L("Tony Hawk's", "provider", NS), L("Gun", "provider", NS)],
 outages=[],
 # 'in July 1994', 'in October 1999', 'in 1998', 'In 2004' -> the months and years; '(1996)' and 'Throughout 1996' ->
 # '1996' once; 'in 1999' -> '1999'; 'at the end of that year', 'the following year', 'over the next several years',
 # 'Initially' -> nothing (relative to years the text names, not to `published`)
 dates=[D("July 1994", "1994-07"), D("October 1999", "1999-10"), D("1996", "1996"), D("1998", "1998"),
        D("1999", "1999"), D("2004", "2004")])

# ---- video games, UK: Ubisoft Reflections ---------------------------------------------------------------------------
UR = "Ubisoft Reflections Limited"
A["wp-ubisoft-reflections"] = dict(
 # the developer -> Company 'Ubisoft Reflections Limited', aliases 'Reflections' (its first name, 'the moniker
 # "Reflections"' and 'The name Reflections') and 'Reflections Interactive Limited' ('formerly Reflections and later
 # Reflections Interactive Limited'); Ubisoft, GT Interactive, Ubisoft Leamington, Superior Software, Psygnosis and Deep
 # Red Games ('a UK video game company') -> Company; Martin Edmondson, Nicholas Chamberlain and Paul Howarth (alias
 # 'Paul') -> Person; Newcastle upon Tyne, Milton Keynes and 'UK' ('a UK video game company') -> Location; the games
 # Driver (the 'Driver series'), Paperboy (the game 'Paper-Round' cloned), Paper-Round (never released; a named game
 # all the same), Ravenskull, Codename: Droid, Stryker's Run, Shadow of the Beast, Ballistix, Awesome and Brian the Lion,
 # and the computers BBC Micro, Acorn Electron, Amiga and Atari ST -> Service. No entity: 'the Amiga's Agnus chip' (a
 # component inside a computer, not a product users use; doubtful), 'AAA games' and 'racing games' (kinds), 'British'
 entities=[E("Company", UR, "Reflections", "Reflections Interactive Limited"), E("Company", "Ubisoft"),
           E("Location", "Newcastle upon Tyne"), E("Person", "Martin Edmondson"), E("Person", "Nicholas Chamberlain"),
           E("Service", "Driver"), E("Company", "GT Interactive"), E("Company", "Ubisoft Leamington"),
           E("Service", "BBC Micro"), E("Service", "Paperboy"), E("Service", "Paper-Round"),
           E("Service", "Ravenskull"), E("Company", "Superior Software"), E("Service", "Codename: Droid"),
           E("Service", "Acorn Electron"), E("Service", "Stryker's Run"), E("Service", "Amiga"),
           E("Service", "Shadow of the Beast"), E("Company", "Psygnosis"), E("Person", "Paul Howarth", "Paul"),
           E("Company", "Deep Red Games"), E("Location", "UK"), E("Location", "Milton Keynes"),
           E("Service", "Atari ST"), E("Service", "Ballistix"), E("Service", "Awesome"),
           E("Service", "Brian the Lion")],
 # 'Founded in 1984 by Martin Edmondson and Nicholas Chamberlain' -> cofounder at Ubisoft Reflections each, current
 # true. Near-misses, no role: 'partially written by Paul Howarth' and 'went on to work for Deep Red Games' -> no role
 # at either company (no title; a reader might give other at Deep Red Games)
 roles=[R("Martin Edmondson", "cofounder", UR), R("Nicholas Chamberlain", "cofounder", UR)],
 # 'a studio of Ubisoft' -> parentOrganization(Ubisoft Reflections, Ubisoft); 'Reflections was acquired by GT
 # Interactive in 1998' -> acquired(GT Interactive, Reflections) + parentOrganization (ownership the later sale ended,
 # kept: relations carry no time); 'and sold to Ubisoft in 2006' -> acquired(Ubisoft, Reflections) (the
 # parentOrganization already stated by 'a studio of Ubisoft'); 'sister studio Ubisoft Leamington' ->
 # parentOrganization(Ubisoft Leamington, Ubisoft) (a sister of a Ubisoft studio is a studio of Ubisoft; doubtful: no
 # 'studio of' for it in so many words) and 'works on AAA games in close cooperation with' it -> partner(Ubisoft
 # Reflections, Ubisoft Leamington) (stated working together; doubtful: no contract word, and both are units of one
 # group); 'best known for creating the award-winning Driver series', 'Their first game was ... Paper-Round', 'they
 # started Ravenskull', 'This was followed by Codename: Droid', 'their 1989 hit Amiga game, Shadow of the Beast' and 'A
 # number of other Amiga and Atari ST games followed including Ballistix (1989), Awesome (1990) and Brian the Lion
 # (1994)' -> provider(game, Ubisoft Reflections) each (made by the two founders under the name Reflections; doubtful
 # for Paper-Round, never released); 'Ravenskull ... released in 1986 by Superior Software' and 'Shadow of the Beast,
 # published by Psygnosis' -> partner(Ubisoft Reflections, Superior Software) and partner(Ubisoft Reflections,
 # Psygnosis) (developer-publisher relations, the developer first as batch 56b wrote them; doubtful: no 'partner'
 # word). Near-misses, no relation: 'an Acorn Electron conversion of Stryker's Run' -> no provider for Stryker's Run
 # (Reflections made a conversion; the game's maker is not named); 'a Paperboy clone' -> no provider for Paperboy (no
 # maker named); 'Paul later went on to work for Deep Red Games' -> no relation between Reflections and Deep Red Games
 # (a person's later employer); the BBC Micro, Acorn Electron, Amiga and Atari ST -> no provider (no maker named);
 # 'the Amiga's Agnus chip' -> nothing
 relations=[L(UR, "parentOrganization", "Ubisoft"), L("GT Interactive", "acquired", UR),
            L(UR, "parentOrganization", "GT Interactive"), L("Ubisoft", "acquired", UR),
            L("Ubisoft Leamington", "parentOrganization", "Ubisoft"), L(UR, "partner", "Ubisoft Leamington"),
            L("Driver", "provider", UR), L("Paper-Round", "provider", UR), L("Ravenskull", "provider", UR),
            L("Codename: Droid", "provider", UR), L("Shadow of the Beast", "provider", UR),
            L("Ballistix", "provider", UR), L("Awesome", "provider", UR), L("Brian the Lion", "provider", UR),
            L(UR, "partner", "Superior Software"), L(UR, "partner", "Psygnosis")],
 outages=[],
 # 'in 1984' (twice) listed once; 'in 1998', 'in 2006', 'in 1986', 'in 1987' and the bracketed years of the games
 # ('1989' twice, with 'their 1989 hit Amiga game', listed once; '1990', '1994') -> the years; 'two years' (a
 # duration) -> nothing
 dates=[D("1984", "1984"), D("1998", "1998"), D("2006", "2006"), D("1986", "1986"), D("1987", "1987"),
        D("1989", "1989"), D("1990", "1990"), D("1994", "1994")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
