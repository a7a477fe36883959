#!/usr/bin/env python3
"""Batch 69r gold annotations (the texts of batch69r.py; session 63, round notes /tmp/gather69r/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68r; batch10_annotate.write_parts), so with three
texts: wp-cinematronics test, wp-gremlin-industries train, wp-stern-game-company dev. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); a full date ('April 1, 1975') -> the day; 'At the end of
1977' and 'by the end of 1977' -> the year as 'the end of 1977' (GUIDELINES, Dates: 'the end of last year' -> the
year), its own item beside the bare '1977' (another text, the same value); a person's life years in brackets
('(1937\u20132011)') -> one date each (as batches 67n, 68c and 68r); years in brackets after titles ('Flipper Ball
(1976)') -> the year; decades ('the late 1970s and early 1980s', 'the 1960s') -> nothing (as batch 25b skipped 'the
1960s'). No text tells an outage or a near-miss of one (bankruptcies and a shakeout are business failures), so every
`outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68r): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company are each `cofounder` ('founded on April 1, 1975, by
... Dennis Partee and Gary Garrison, as well as Jimmie Dale \u201cJim\u201d Pierce'; 'founded in 1970 ... by Harry Frank
Fogleman and Carl E. Grindle'), current true; 'Garrison initially served as president until Pierce assumed that role'
-> president for Garrison, current false (a post the text ends), and president for Pierce, current true; 'Seeburg also
owned Williams in the 1960s, when Sam Stern was its president' -> president at Williams, current false (a past span
the text closes, as batches 68f and 68r); 'Gary Stern was the president of Stern Electronics, Inc, Pinstar Inc, and
Data East pinball' -> president at each, current true (no leaving told, as batch 68r's 'later was president of
Liberty Films'; doubtful); trades and sports ('two players of the San Diego Chargers football team', 'mortgage broker',
'independent game developer', 'an employee of the Delaware Secretary of State's office', 'Personnel from Stern
Electronics') and a family buying a company -> no role; a completed acquisition by a named company ('Following its
acquisition by Sega in 1978', 'Gremlin was acquired by Sega Enterprises Inc.') -> acquired AND parentOrganization
(GUIDELINES, Relations); 'Seeburg also owned Williams' -> parentOrganization (ownership stated as past is still
recorded); the Stern family's purchase of Chicago Coin (no company as buyer), assets bought at bankruptcy sales and 'the
jukebox production assets of the bankrupt Seeburg Corporation' -> nothing (GUIDELINES, Relations: asset purchases);
named games and game collections -> Service (GUIDELINES, Types: games), provider where the text names the company that
makes, releases or publishes them ('Cinematronics also published Dragon's Lair', 'Their first game offered nationally
was Flipper Ball (1976) followed by Embargo (1977)', 'Cinematronics released the game Space Wars', 'Among
Sega/Gremlin's most notable games are Blockade and Head On', 'their first release Play Ball', 'Sega later released ...
the Sega Ages and Sega Genesis Collection series', 'The first two games made by Stern were Stampede and Rawhide, both
originally made by Chicago Coin' (both makers), 'Stern Electronics produced Berzerk'); games a company only
distributed ('the North American distributors for Frogger and Zaxxon'), clones of a game and a game a person developed
-> no provider; a sports team -> Organization (GUIDELINES, Types); a state office -> Organization; former and later
names and labels the company was known by -> aliases ('Gremlin/Sega', 'Sega/Gremlin', 'Sega Electronics', 'Stern /
Seeburg', 'Data East Pinball'); a name a company was meant to have and never bore ('Grindleman Industries'), a
display technology ('vector graphics', 'LaserDisc'), a family and adjectives ('American', 'Japanese', 'North American')
-> no entity.
usage: batch69r_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- video games, US: Cinematronics --------------------------------------------------------------------------------
CI = "Cinematronics Incorporated"
JP = "Jimmie Dale \u201cJim\u201d Pierce"
A["wp-cinematronics"] = dict(
 # the company -> Company 'Cinematronics Incorporated', aliases 'Cinematronics' and 'Cinematronics Inc.'; Atari, Inc.
 # -> Company; 'Dragon's Lair', 'Pong', 'Flipper Ball', 'Embargo', 'Space Wars' and 'Spacewar!' (the mainframe game)
 # -> Service (games, GUIDELINES, Types); the San Diego Chargers (a football team) -> Organization (GUIDELINES, Types:
 # sports teams); Dennis Partee, Gary Garrison (alias 'Garrison'), Jimmie Dale \u201cJim\u201d Pierce (the fullest form
 # with the nickname as written; alias 'Pierce'), Ralph Clarke and Larry Rosenthal (alias 'Rosenthal') -> Person; San
 # Diego and California -> Location. No entity: 'LaserDisc' (a disc format named as a kind of game, not a company or a
 # product used on its own; doubtful: a reader might make it a Service); 'vector graphics', 'raster displays', 'TTL'
 # (technologies); 'the local area' (unnamed)
 entities=[E("Company", CI, "Cinematronics Inc.", "Cinematronics"), E("Company", "Atari, Inc."),
           E("Service", "Dragon's Lair"), E("Organization", "San Diego Chargers"), E("Person", "Dennis Partee"),
           E("Person", "Gary Garrison", "Garrison"), E("Person", JP, "Pierce"), E("Location", "San Diego"),
           E("Location", "California"), E("Service", "Pong"), E("Service", "Flipper Ball"), E("Service", "Embargo"),
           E("Person", "Ralph Clarke"), E("Service", "Space Wars"), E("Person", "Larry Rosenthal", "Rosenthal"),
           E("Service", "Spacewar!")],
 # 'Cinematronics Inc. was founded on April 1, 1975, by two players ..., Dennis Partee and Gary Garrison, as well as
 # Jimmie Dale \u201cJim\u201d Pierce' -> cofounder at Cinematronics Incorporated for each (GUIDELINES, Roles,
 # 'Founders': named together as founding it), current true (founders stay founders, as batches 55n-68r; Garrison's
 # sale of his share does not end a founding); 'Garrison initially served as president until Pierce assumed that role'
 # -> president for Garrison, current false (the text ends his term), and president for Pierce, current true (no end
 # told). Near-misses, no role: 'two players of the San Diego Chargers football team' (players of a team, no post; a
 # reader might give other at the team); 'mortgage broker Ralph Clarke' and 'independent game developer Larry
 # Rosenthal' (trades); Clarke buying Garrison's share (a stake, no post)
 roles=[R("Dennis Partee", "cofounder", CI), R("Gary Garrison", "cofounder", CI), R(JP, "cofounder", CI),
        R("Gary Garrison", "president", CI, False), R(JP, "president", CI)],
 # 'Cinematronics also published Dragon's Lair' -> provider(Dragon's Lair, Cinematronics Incorporated); 'Their first
 # game offered nationally was Flipper Ball (1976) followed by Embargo (1977)' -> provider for each (the company's
 # games); 'Cinematronics released the game Space Wars, developed by independent game developer Larry Rosenthal' ->
 # provider(Space Wars, Cinematronics Incorporated) (the company that released and made it; the developer a person).
 # Near-misses, no relation: 'creating clones of Pong' (Pong's maker not named; the clones unnamed); 'Cinematronics and
 # Atari, Inc. released vector-display games' (rivals, no deal); 'agreed to manufacture the game in exchange for a
 # five percent royalty on each cabinet to Rosenthal' (a deal with a person, not between two organisations); 'Spacewar!'
 # (no maker named)
 relations=[L("Dragon's Lair", "provider", CI), L("Flipper Ball", "provider", CI), L("Embargo", "provider", CI),
            L("Space Wars", "provider", CI)],
 outages=[],
 # 'in 1983' -> 1983; 'on April 1, 1975' -> 1975-04-01; '(1937\u20132011)' -> 1937, 2011 (life years, one date each);
 # '(1976)' -> 1976; '(1977)' and 'in 1977' -> 1977 (one text and value); 'At the end of 1977' -> 'the end of 1977',
 # 1977 (another text, the same value: its own item). No date: 'the late 1970s and early 1980s' (decades); 'early in
 # their history', 'initially' (relative, `published` null)
 dates=[D("1983", "1983"), D("April 1, 1975", "1975-04-01"), D("1937", "1937"), D("2011", "2011"),
        D("1976", "1976"), D("1977", "1977"), D("the end of 1977", "1977")])

# ---- video games, US: Gremlin Industries ---------------------------------------------------------------------------
GI = "Gremlin Industries"
SE = "Sega Enterprises Inc."
A["wp-gremlin-industries"] = dict(
 # the company -> Company 'Gremlin Industries', aliases 'Gremlin', 'Gremlin/Sega' and 'Sega/Gremlin' ('the company was
 # known as'), 'Sega Electronics' ('The company's name was subsequently changed to'); its buyer -> Company 'Sega
 # Enterprises Inc.', alias 'Sega' ('its acquisition by Sega', 'the Sega purchase', 'Sega later released'; doubtful:
 # read as one company with its fuller name); 'Blockade', 'Head On', 'Frogger', 'Zaxxon', 'Play Ball', 'Sega Ages' and
 # 'Sega Genesis Collection' -> Service (games and game collections, GUIDELINES, Types); Harry Frank Fogleman and Carl
 # E. Grindle -> Person; San Diego and California -> Location; 'the Delaware Secretary of State' (a state office,
 # named in 'the Delaware Secretary of State's office') -> Organization (a government body, GUIDELINES, Types;
 # doubtful: a reader might give no entity, or Location 'Delaware'). No entity: 'Grindleman Industries' (a name meant
 # and never borne; doubtful: a reader might list it as an alias); 'American', 'North American', 'Japanese'
 # (adjectives); 'other Japanese companies' (unnamed)
 entities=[E("Company", GI, "Gremlin/Sega", "Sega/Gremlin", "Sega Electronics", "Gremlin"),
           E("Location", "San Diego"), E("Location", "California"), E("Company", SE, "Sega"),
           E("Service", "Blockade"), E("Service", "Head On"), E("Service", "Frogger"), E("Service", "Zaxxon"),
           E("Service", "Sega Ages"), E("Service", "Sega Genesis Collection"), E("Person", "Harry Frank Fogleman"),
           E("Person", "Carl E. Grindle"), E("Organization", "Delaware Secretary of State"),
           E("Service", "Play Ball")],
 # 'Gremlin was founded in 1970 as a contract engineering firm by Harry Frank Fogleman and Carl E. Grindle' ->
 # cofounder at Gremlin Industries for each (GUIDELINES, Roles, 'Founders'), current true. Near-miss, no role: 'an
 # employee of the Delaware Secretary of State's office' (unnamed)
 roles=[R("Harry Frank Fogleman", "cofounder", GI), R("Carl E. Grindle", "cofounder", GI)],
 # 'Following its acquisition by Sega in 1978' and 'In 1978, Gremlin was acquired by Sega Enterprises Inc.' ->
 # acquired(Sega Enterprises Inc., Gremlin Industries) and parentOrganization(Gremlin Industries, Sega Enterprises
 # Inc.) (a completed acquisition, GUIDELINES, Relations; the renaming to Sega Electronics is no merging away); 'Among
 # Sega/Gremlin's most notable games are Blockade and Head On' -> provider for each; 'their first release Play Ball
 # (1973)' -> provider(Play Ball, Gremlin Industries); 'Sega later released ... as vault material for the Sega Ages and
 # Sega Genesis Collection series' -> provider(each, Sega Enterprises Inc.). Near-misses, no relation: 'the North
 # American distributors for Frogger and Zaxxon' (distribution of games whose makers are not named: no provider; no
 # partner, no second company named; doubtful); 'Gremlin released games from both Sega and other Japanese companies'
 # (within the parent relation already recorded; no game named)
 relations=[L(SE, "acquired", GI), L(GI, "parentOrganization", SE), L("Blockade", "provider", GI),
            L("Head On", "provider", GI), L("Play Ball", "provider", GI), L("Sega Ages", "provider", SE),
            L("Sega Genesis Collection", "provider", SE)],
 outages=[],
 # 'from 1970 to 1983' -> 1970, 1983 ('founded in 1970', 'closed in 1983' the same); 'in 1978' and 'In 1978' -> 1978
 # (one text and value, case-blind); 'in 1982' -> 1982; 'In 1973' and '(1973)' -> 1973; 'in 1976' and '(1976)' ->
 # 1976. No date: 'later', 'subsequently' (relative, `published` null)
 dates=[D("1970", "1970"), D("1983", "1983"), D("1978", "1978"), D("1982", "1982"), D("1973", "1973"),
        D("1976", "1976")])

# ---- arcade games and pinball, US: Stern (game company) ------------------------------------------------------------
SX = "Stern Electronics, Inc."
SP = "Stern Pinball, Inc."
A["wp-stern-game-company"] = dict(
 # Stern Electronics -> Company 'Stern Electronics, Inc.', aliases 'Stern Electronics', 'Stern' ('made by Stern',
 # 'Stern acquired', 'Stern became one of many victims', 'old Bally and Stern machines'; the opening 'Stern is the name
 # of two ... companies' names both, read with the first) and 'Stern / Seeburg' ('the company became known as'); Stern
 # Pinball -> Company 'Stern Pinball, Inc.', alias 'Data East Pinball' ('founded in 1986 as Data East Pinball'; 'Data
 # East pinball' in the last sentence is the same form case-blind); Chicago Coin, the Seeburg Corporation (alias
 # 'Seeburg'), Williams, Pinstar (alias 'Pinstar Inc') and Bally ('old Bally and Stern machines': a maker named on its
 # own beside Stern; doubtful: a reader might give no entity) -> Company; 'Berzerk', 'Stampede' and 'Rawhide' ->
 # Service (games); Sam Stern and Gary Stern -> Person; North America -> Location. No entity: 'the Stern family' (a
 # family); 'arcade video games', 'pinball machines', 'jukebox' (kinds of product); 'the amusement industry'
 entities=[E("Company", SX, "Stern Electronics", "Stern", "Stern / Seeburg"), E("Service", "Berzerk"),
           E("Company", SP, "Data East Pinball"), E("Location", "North America"), E("Company", "Chicago Coin"),
           E("Service", "Stampede"), E("Service", "Rawhide"), E("Company", "Seeburg Corporation", "Seeburg"),
           E("Company", "Williams"), E("Person", "Sam Stern"), E("Company", "Pinstar", "Pinstar Inc"),
           E("Company", "Bally"), E("Person", "Gary Stern")],
 # 'Seeburg also owned Williams in the 1960s, when Sam Stern was its president' -> president at Williams, current false
 # (a past span, 'in the 1960s, when', as batches 68f and 68r close a span; doubtful); 'Gary Stern was the president of
 # Stern Electronics, Inc, Pinstar Inc, and Data East pinball' -> president at Stern Electronics, Inc., at Pinstar and
 # at Stern Pinball, Inc. ('Data East pinball', the name Stern Pinball was founded as), current true (no leaving told;
 # doubtful: 'was' and Stern Electronics' leaving the industry in 1985 might be read as past). Near-misses, no role:
 # 'the Stern family bought ... Chicago Coin' (owners carry no title, as batches 63f, 67j and 68r); 'Personnel from
 # Stern Electronics formed a short-lived venture' (unnamed people: no founder)
 roles=[R("Sam Stern", "president", "Williams", False), R("Gary Stern", "president", SX),
        R("Gary Stern", "president", "Pinstar"), R("Gary Stern", "president", SP)],
 # 'was best known for Berzerk' and 'Stern Electronics produced Berzerk' -> provider(Berzerk, Stern Electronics, Inc.);
 # 'The first two games made by Stern were Stampede and Rawhide, both originally made by Chicago Coin' -> provider for
 # each game with both makers (the text names both as making them; doubtful: a reader might keep only one);
 # 'Seeburg also owned Williams in the 1960s' -> parentOrganization(Williams, Seeburg Corporation) (ownership stated as
 # past is still recorded, GUIDELINES, Relations). Near-misses, no relation: 'the Stern family bought the financially
 # troubled Chicago Coin' (the buyer a family, not a company; doubtful: a reader might give acquired(Stern
 # Electronics, Inc., Chicago Coin)); 'Chicago Coin's assets were purchased at bankruptcy sales' and 'Stern acquired the
 # jukebox production assets of the bankrupt Seeburg Corporation' (asset purchases, GUIDELINES, Relations); 'Personnel
 # from Stern Electronics formed ... Pinstar' (people, not the company; no parent); 'conversion kits for old Bally and
 # Stern machines' (no deal)
 relations=[L("Berzerk", "provider", SX), L("Stampede", "provider", SX), L("Rawhide", "provider", SX),
            L("Stampede", "provider", "Chicago Coin"), L("Rawhide", "provider", "Chicago Coin"),
            L("Williams", "parentOrganization", "Seeburg Corporation")],
 outages=[],
 # 'from 1977 until 1985' -> 1977, 1985 ('in 1977', 'In 1985' the same); 'in 1986' -> 1986; 'by the end of 1977' ->
 # 'the end of 1977', 1977 (another text, the same value: its own item); 'By 1978' -> 1978; 'In 1979' -> 1979; 'in
 # 1980' -> 1980; 'In 1983' -> 1983. No date: 'the 1960s' (a decade)
 dates=[D("1977", "1977"), D("1985", "1985"), D("1986", "1986"), D("the end of 1977", "1977"), D("1978", "1978"),
        D("1979", "1979"), D("1980", "1980"), D("1983", "1983")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
