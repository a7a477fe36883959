#!/usr/bin/env python3
"""Batch 57w gold annotations (the texts of batch57w.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57k and 57p; batch10_annotate.write_parts), so with
four texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'late 1983' -> the year (GUIDELINES, Dates: 'late 2006' -> the year); a year before a game ("2000's Deus Ex")
-> that year; 'in March of that year' and 'incorporated the following year' (tied to a year the text names, not
absolute; doubtful: a reader might give 2003-03 and 1995, as batch 57k left out 'in September that year'), 'after 2
months' and 'a full month and a half' (durations) -> nothing. No text tells an outage, so every `outages` list is
empty; four tell near-misses (Westwood merged away and its main studio closed; Ion Storm's Dallas and Austin studios
closed after 'financial struggles at Eidos Interactive'; Core Design 'closed in 2006'; Ensemble's 'development
capabilities were officially disbanded'): business closings, no service users lost (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j,
57a, 57f, 57k, 57p): a company 'bought', 'acquired' or 'acquired 51% of' by another (a majority stake read as a
purchase, as batches 56b and 57k) -> acquired and parentOrganization(target, buyer); 'owned by', 'was part of', 'the
owners of' and 'retained' a company -> parentOrganization; "X's U.S. arm, Y" -> parentOrganization(Y, X); 'would be
merged into' a studio with no buyer named -> nothing (GUIDELINES, Relations: a merger); a sale to an unnamed buyer
('sold most of CentreGold') or of unnamed operations ("Virgin Interactive's North American operations") -> nothing;
'founded by A and B' or by a list -> cofounder each, 'founded by A' alone -> founder, current true (founders stay
founders, the company gone or not, as batches 56b, 57a, 57k and 57p); 'formerly of', 'former employees of' and 'X of
<magazine> said' -> no role (no title); 'signed a licensing deal with' and 'signed an exclusivity deal with' -> partner
(direction as written); games, game series, a game engine and consoles -> Service (GUIDELINES, Types: games, software,
devices) with provider the developer or maker the text names or a careful reader is sure of ('the Sega consoles, such
as ... Mega-CD and ... the Saturn' -> Sega; 'its own console' -> Sony for the PlayStation), no provider where the text
names none; former names and a stylised spelling -> aliases (GUIDELINES, Types); 'Las Vegas, Nevada', 'Dallas, Texas',
'Austin, Texas' and 'Derby, England' -> city and state or country as two Locations (as batch 57p's 'Solana Beach,
California'); a named office building ('the Chase Tower') and a district ('Downtown Dallas') -> Location (GUIDELINES,
Types: named sites and facilities); a magazine ('Fast Company') and the records book 'Guinness World Records' ->
Company (GUIDELINES, Types: news organisations run as businesses; doubtful for the second); nationality adjectives
('American', 'British', 'North American') -> nothing; "Sony's U.S. arm" -> Location 'U.S.' (the adjectival 'U.S.' as
batches 49k, 55a and 57n read it; doubtful).
usage: batch57w_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- video games, UK: Core Design -----------------------------------------------------------------------------------
CD = "Core Design Ltd."
EI = "Eidos Interactive"
CG = "CentreGold"
USG = "U.S. Gold"
CORE_FOUNDERS = ["Chris Shrigley", "Andy Green", "Rob Toone", "Terry Lloyd", "Simon Phipps", "Dave Pridmore",
                 "Jeremy Heath-Smith", "Kevin Norburn", "Greg Holmes"]
A["wp-core-design"] = dict(
 # the developer -> Company 'Core Design Ltd.', aliases 'CORE Design' ('stylised as': a spelling of its name), 'Core
 # Design' and 'Core'; Eidos Interactive ('British publisher Eidos Interactive', alias 'Eidos'), Gremlin Graphics,
 # CentreGold ('distribution company CentreGold'), U.S. Gold, Sega ('the Sega consoles'), Sony and SCEA ("Sony's U.S.
 # arm") -> Company; the nine founders, Toby Gard and Paul Howard Douglas -> Person; Derby, England and U.S. ("Sony's
 # U.S. arm"; doubtful, an adjectival use) -> Location; the franchises Chuck Rock, Rick Dangerous and Tomb Raider (the
 # series, 'the original Tomb Raider game' and 'the brand', one entity), the game Thunderhawk, the sequel Tomb Raider III
 # and the consoles Mega-CD, Saturn and PlayStation -> Service. No entity: 'British' (an adjective), 'the Sega
 # consoles' (a kind), 'several sequels' and 'subsequent sequels' (unnamed), 'the PlayStation version' (a version of
 # the game, the console named inside it)
 entities=[E("Company", CD, "CORE Design", "Core Design", "Core"), E("Service", "Chuck Rock"),
           E("Service", "Rick Dangerous"), E("Service", "Tomb Raider"), E("Company", EI, "Eidos"),
           E("Location", "Derby"), E("Location", "England")]
          + [E("Person", p) for p in CORE_FOUNDERS]
          + [E("Company", "Gremlin Graphics"), E("Company", CG), E("Company", USG), E("Company", "Sega"),
             E("Service", "Thunderhawk"), E("Service", "Mega-CD"), E("Service", "Saturn"),
             E("Person", "Toby Gard"), E("Person", "Paul Howard Douglas"), E("Service", "PlayStation"),
             E("Company", "Sony"), E("Location", "U.S."), E("Company", "SCEA"), E("Service", "Tomb Raider III")],
 # 'Core Design was founded in 1988 by Chris Shrigley, Andy Green, Rob Toone, Terry Lloyd, Simon Phipps, Dave
 # Pridmore, Jeremy Heath-Smith, Kevin Norburn and Greg Holmes' -> cofounder at Core Design each, current true
 # (founders stay founders; 'The studio closed in 2006'). Near-misses, no role: 'Most were former employees of Gremlin
 # Graphics' -> no role at Gremlin Graphics (no title, and 'Most' names nobody; a reader might give other, current
 # false); 'the Tomb Raider series, created by Toby Gard and Paul Howard Douglas' -> no role (creators of a game, no
 # title at a named organisation)
 roles=[R(p, "cofounder", CD) for p in CORE_FOUNDERS],
 # 'It was owned by British publisher Eidos Interactive' -> parentOrganization(Core Design, Eidos Interactive); 'The
 # studio was part of distribution company CentreGold' -> parentOrganization(Core Design, CentreGold); 'when it was
 # acquired by Eidos Interactive in 1996' -> acquired(Eidos Interactive, CentreGold) + parentOrganization(CentreGold,
 # Eidos Interactive) ('it' read as CentreGold, the nearer noun; doubtful: a reader might read the studio and give
 # acquired(Eidos Interactive, Core Design), whose ownership the parentOrganization above records either way); 'Eidos
 # subsequently sold most of CentreGold, but retained U.S. Gold, the owners of Core Design' ->
 # parentOrganization(Core Design, U.S. Gold), parentOrganization(U.S. Gold, Eidos Interactive) ('retained': Eidos kept
 # owning it) and parentOrganization(U.S. Gold, CentreGold) (doubtful: that U.S. Gold was part of CentreGold is implied
 # by 'sold most of CentreGold, but retained U.S. Gold', not said); 'best known for Chuck Rock, Rick Dangerous and Tomb
 # Raider franchises', 'producing titles ... such as Thunderhawk' and 'The company is widely known for the Tomb Raider
 # series' -> provider(franchise or game, Core Design) each; 'the Sega consoles, such as Thunderhawk for Mega-CD and the
 # original Tomb Raider game for the Saturn' -> provider(Mega-CD, Sega) and provider(Saturn, Sega); 'Sony decided to
 # use the brand to boost sales of its own console' after 'the PlayStation version' -> provider(PlayStation, Sony)
 # (doubtful: the console is named in the sentence before, read as Sony's own); "Sony's U.S. arm, SCEA" ->
 # parentOrganization(SCEA, Sony); 'SCEA, signed an exclusivity deal with Eidos' -> partner(SCEA, Eidos Interactive)
 # (a stated deal; direction as written). Near-misses, no relation: 'Core had a brief history of producing titles for
 # the Sega consoles' -> no partner(Core Design, Sega) (games made for a platform, no deal stated); 'sold most of
 # CentreGold' -> no acquired (no buyer named); 'Tomb Raider III' -> no provider (the text names no maker of the
 # sequel; doubtful: a reader might give Core Design, known for the series); 'created by Toby Gard and Paul Howard
 # Douglas' -> no relation (people); 'keeping Eidos Interactive financially solvent' -> nothing; 'The studio closed in
 # 2006' -> no outage (a business closing)
 relations=[L(CD, "parentOrganization", EI), L(CD, "parentOrganization", CG), L(EI, "acquired", CG),
            L(CG, "parentOrganization", EI), L(CD, "parentOrganization", USG), L(USG, "parentOrganization", EI),
            L(USG, "parentOrganization", CG), L("Chuck Rock", "provider", CD), L("Rick Dangerous", "provider", CD),
            L("Tomb Raider", "provider", CD), L("Thunderhawk", "provider", CD), L("Mega-CD", "provider", "Sega"),
            L("Saturn", "provider", "Sega"), L("PlayStation", "provider", "Sony"),
            L("SCEA", "parentOrganization", "Sony"), L("SCEA", "partner", EI)],
 outages=[],
 # 'in 2006', 'in 1988', 'in 1996' (the acquisition and the release of Tomb Raider; listed once), 'In September 1997'
 # -> the years and the month; 'a full month and a half' (a duration) -> nothing
 dates=[D("2006", "2006"), D("1988", "1988"), D("1996", "1996"), D("September 1997", "1997-09")])

# ---- video games, US: Ensemble Studios ------------------------------------------------------------------------------
ES = "Ensemble Studios"
TG = "Tony Goodman"
AOE = "Age of Empires"
A["wp-ensemble-studios"] = dict(
 # the developer -> Company 'Ensemble Studios', alias 'Ensemble' ('Ensemble developed many real-time strategy games');
 # Ensemble Corporation ('a consulting firm founded by Goodman') and Microsoft -> Company; Tony Goodman (alias
 # 'Goodman') -> Person; the games and game series Age of Empires (the series and the first game, one entity), Age of
 # Empires II: The Age of Kings, Age of Empires III, Age of Mythology, Halo Wars and Star Wars: Galactic Battlegrounds,
 # the Genie Game Engine (software) and the console Xbox 360 -> Service. No entity: 'American' (an adjective),
 # 'real-time strategy games' (a kind), 'Expansion packs' (unnamed), 'an internal studio' (generic)
 entities=[E("Company", ES, "Ensemble"), E("Person", TG, "Goodman"), E("Company", "Ensemble Corporation"),
           E("Company", "Microsoft"), E("Service", AOE), E("Service", "Age of Mythology"), E("Service", "Halo Wars"),
           E("Service", "Genie Game Engine"), E("Service", "Age of Empires II: The Age of Kings"),
           E("Service", "Star Wars: Galactic Battlegrounds"), E("Service", "Age of Empires III"),
           E("Service", "Xbox 360")],
 # 'It was founded by Tony Goodman in 1994' -> founder at Ensemble Studios; 'Ensemble Corporation, a consulting firm
 # founded by Goodman in 1990' -> founder at Ensemble Corporation; both current true (founders stay founders, the
 # studio disbanded or not). Near-misses, no role: none (no other person named; the infobox's founder line is cut)
 roles=[R(TG, "founder", ES), R(TG, "founder", "Ensemble Corporation")],
 # 'It was acquired by Microsoft in 2001 and operated as an internal studio until 2009' -> acquired(Microsoft,
 # Ensemble Studios) + parentOrganization; 'Ensemble developed many real-time strategy games, including the Age of
 # Empires game series, Age of Mythology, and Halo Wars', 'Ensemble Studios developed the Age of Empires game series
 # ..., comprising Age of Empires, Age of Empires II: The Age of Kings and Age of Empires III', 'They also released Age
 # of Mythology' and 'Their last release was ... Halo Wars' -> provider(game, Ensemble Studios) each; 'Ensemble Studios
 # also developed the Genie Game Engine' -> provider(Genie Game Engine, Ensemble Studios). Near-misses, no relation:
 # 'It borrowed the name of Ensemble Corporation' -> no relation between the two companies (a name taken, no ownership
 # stated); 'the Genie Game Engine used in ... Star Wars: Galactic Battlegrounds' -> no provider for Star Wars: Galactic
 # Battlegrounds (the text says the engine was used in it, not who made the game; doubtful: a reader might give
 # Ensemble); 'Halo Wars for Xbox 360' -> no provider for Xbox 360 (the text names no maker of the console; a reader who
 # knows it might give Microsoft); 'its development capabilities were officially disbanded' -> no outage
 relations=[L("Microsoft", "acquired", ES), L(ES, "parentOrganization", "Microsoft"), L(AOE, "provider", ES),
            L("Age of Mythology", "provider", ES), L("Halo Wars", "provider", ES),
            L("Genie Game Engine", "provider", ES), L("Age of Empires II: The Age of Kings", "provider", ES),
            L("Age of Empires III", "provider", ES)],
 outages=[],
 # 'in 1994', 'in 1990', 'in 2001', 'until 2009' -> the years; 'the following year' -> nothing (relative to 1994, not
 # to `published`; doubtful: a reader might give 1995)
 dates=[D("1994", "1994"), D("1990", "1990"), D("2001", "2001"), D("2009", "2009")])

# ---- video games, US: Ion Storm -------------------------------------------------------------------------------------
IS = "Ion Storm, L.P."
IS_FOUNDERS = ["John Romero", "Tom Hall", "Todd Porter", "Jerry O'Flaherty"]
A["wp-ion-storm"] = dict(
 # the developer -> Company 'Ion Storm, L.P.', alias 'Ion Storm'; id Software, Eidos Interactive and Fast Company (a
 # magazine run as a business) -> Company; John Romero, Tom Hall (alias 'Hall'), Todd Porter (alias 'Porter'), Jerry
 # O'Flaherty and Lisa Chadderdon -> Person; Dallas, Texas, Austin ('Dallas, Texas', 'Austin, Texas'), the Chase Tower
 # (a named office building) and Downtown Dallas -> Location; the game Deus Ex -> Service. No entity: 'American' (an
 # adjective), 'The Dallas studio' and 'the Austin studio' (branches named by their cities only), 'Suite 5400' (a
 # suite number), 'other dot com busts' (unnamed), 'Porter's first project' (unnamed)
 entities=[E("Company", IS, "Ion Storm"), E("Location", "Dallas"), E("Location", "Texas"),
           E("Person", "John Romero"), E("Person", "Tom Hall", "Hall"), E("Company", "id Software"),
           E("Location", "Austin"), E("Company", "Eidos Interactive"), E("Service", "Deus Ex"),
           E("Person", "Todd Porter", "Porter"), E("Person", "Jerry O'Flaherty"), E("Location", "Chase Tower"),
           E("Location", "Downtown Dallas"), E("Person", "Lisa Chadderdon"), E("Company", "Fast Company")],
 # 'founded ... by John Romero and Tom Hall' and 'Ion Storm was founded by John Romero, Tom Hall, Todd Porter and Jerry
 # O'Flaherty' -> cofounder at Ion Storm each, current true (founders stay founders). Near-misses, no role: 'both
 # formerly of id Software' -> no role at id Software (no title; a reader might give other, current false); 'Lisa
 # Chadderdon of Fast Company said' -> no role (a writer quoted with her magazine, no title stated; doubtful: a reader
 # might give other at Fast Company); 'Hall came up with the name' -> nothing
 roles=[R(p, "cofounder", IS) for p in IS_FOUNDERS],
 # 'In April 1999, Eidos Interactive acquired 51% of the company' -> acquired(Eidos Interactive, Ion Storm) +
 # parentOrganization (a majority stake read as a purchase, as batches 56b and 57k); 'The company had signed a licensing
 # deal with Eidos Interactive for six games' -> partner(Ion Storm, Eidos Interactive) (a licensing deal, kept beside
 # the later purchase as batch 57k kept Epic Games' collaboration with People Can Fly; direction as written); 'the
 # company only produced one commercial and critical success, 2000's Deus Ex' -> provider(Deus Ex, Ion Storm) (the
 # developer). Near-misses, no relation: 'both formerly of id Software' -> no relation between id Software and Ion
 # Storm (people moving); 'in exchange for advances to the developers' -> nothing more; 'the founders planned to scoop
 # up titles from other companies' -> nothing (a plan, no company named); 'located in ... the Chase Tower' -> no
 # relation (GUIDELINES, Types: no relation attaches to sites); 'The Dallas studio closed', 'its own closure' and
 # 'financial struggles at Eidos Interactive' -> no outage (business closings and losses)
 relations=[L("Eidos Interactive", "acquired", IS), L(IS, "parentOrganization", "Eidos Interactive"),
            L(IS, "partner", "Eidos Interactive"), L("Deus Ex", "provider", IS)],
 outages=[],
 # 'in November 1996', 'in 1997', 'In April 1999', "2000's" (the year of Deus Ex), 'in July 2001', 'in February 2005',
 # 'on November 15, 1996' -> the months, years and day
 dates=[D("November 1996", "1996-11"), D("1997", "1997"), D("April 1999", "1999-04"), D("2000", "2000"),
        D("July 2001", "2001-07"), D("February 2005", "2005-02"), D("November 15, 1996", "1996-11-15")])

# ---- video games, US: Westwood Studios ------------------------------------------------------------------------------
WS = "Westwood Studios, Inc."
VG = "Virgin Games"
EA = "Electronic Arts"
A["wp-westwood-studios"] = dict(
 # the developer -> Company 'Westwood Studios, Inc.', aliases 'Westwood Studios', 'Westwood', 'Brelous Software' and
 # 'Westwood Associates' (its first names: 'founded ... as Brelous Software', 'changed ... into Westwood Associates',
 # 'renamed to Westwood Studios'); Virgin Games, aliases 'Virgin Interactive Entertainment' ('later Virgin Interactive
 # Entertainment': a later name) and 'Virgin Interactive' ("Virgin Interactive's North American operations"); Electronic
 # Arts, Westwood Pacific (alias 'EA Pacific', given in brackets as another name of it) and EA Los Angeles -> Company;
 # Guinness World Records -> Company (the records book read as its publisher's business; doubtful: a reader might type
 # it Service or leave it out); Brett Sperry (alias 'Sperry') and Louis Castle (alias 'Castle') -> Person; Las Vegas
 # and Nevada -> Location; Command & Conquer (a game series) -> Service. No entity: 'American' and 'North American'
 # (adjectives), "Virgin Interactive's North American operations" (an unnamed part), 'The main studio location'
 # (unnamed), 'the real-time strategy, adventure and role-playing genres' (kinds), 'the gaming industry' (generic)
 entities=[E("Company", WS, "Westwood Studios", "Westwood", "Brelous Software", "Westwood Associates"),
           E("Location", "Las Vegas"), E("Location", "Nevada"), E("Person", "Brett Sperry", "Sperry"),
           E("Person", "Louis Castle", "Castle"),
           E("Company", VG, "Virgin Interactive Entertainment", "Virgin Interactive"), E("Company", EA),
           E("Company", "Westwood Pacific", "EA Pacific"), E("Company", "EA Los Angeles"),
           E("Company", "Guinness World Records"), E("Service", "Command & Conquer")],
 # 'It was founded by Brett Sperry and Louis Castle in 1985' and 'decided to form a company together' -> cofounder at
 # Westwood each, current true (founders stay founders). Near-misses, no role: 'Both Sperry and Castle worked as
 # contract programmers' and 'was already working in the gaming industry' -> no role (no organisation named)
 roles=[R("Brett Sperry", "cofounder", WS), R("Louis Castle", "cofounder", WS)],
 # 'was renamed to Westwood Studios when Virgin Games (later Virgin Interactive Entertainment) bought the company in
 # 1992' -> acquired(Virgin Games, Westwood) + parentOrganization; 'The company was bought by Electronic Arts ... in
 # 1998' -> acquired(Electronic Arts, Westwood) + parentOrganization (ownership that ended kept: relations carry no
 # time); 'It was listed in Guinness World Records for selling 30 million copies of Command & Conquer games' ->
 # provider(Command & Conquer, Westwood) (the games Westwood sold, read as its own; doubtful: the text does not say
 # 'developed'). Near-misses, no relation: 'alongside Virgin Interactive's North American operations' -> no
 # acquired(Electronic Arts, Virgin Games) (EA bought only an unnamed part of it, a reader might give the whole);
 # 'Westwood, alongside Westwood Pacific (EA Pacific), would be merged into EA Los Angeles' -> no acquired and no
 # parentOrganization (an announced merger with no buyer; GUIDELINES, Relations), and no parentOrganization of EA Los
 # Angeles or Westwood Pacific to Electronic Arts (the 'EA' inside their names is not a statement of ownership;
 # doubtful: a reader might give both); 'listed in Guinness World Records' -> no relation; 'The main studio location
 # closed' -> no outage (a business closing)
 relations=[L(VG, "acquired", WS), L(WS, "parentOrganization", VG), L(EA, "acquired", WS),
            L(WS, "parentOrganization", EA), L("Command & Conquer", "provider", WS)],
 outages=[],
 # 'in 1985', 'in 1992', 'in 1998', 'In January 2003' -> the years and the month; 'in late 1983' -> 1983 (GUIDELINES,
 # Dates: 'late 2006' -> the year); 'in March of that year' -> nothing (relative to January 2003, not to `published`;
 # doubtful: a reader might give 2003-03); 'after 2 months' (a duration) -> nothing
 dates=[D("1985", "1985"), D("1992", "1992"), D("1998", "1998"), D("January 2003", "2003-01"),
        D("late 1983", "1983")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
