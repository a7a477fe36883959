#!/usr/bin/env python3
"""Batch 70aj gold annotations (the texts of batch70aj.py; session 64, round notes /tmp/gather70aj/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70ad; batch10_annotate.write_parts), so with three
texts: wp-access-software test, wp-first-star-software train, wp-tiger-electronics dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a full date ('January 1,
2018') -> the day; months with years ('November 1982', 'April 1999', 'October 2004', 'January 2005', 'May 2006') -> the
month; years -> the years, once per surface form ('1982' in 'in 1982' and 'In 1982' once; '1992', '1995' once each;
'(1984)' -> '1984'); 'That same year' (anaphora, `published` null, as batches 60c-70ad left 'that year'), 'An early 90's
hit' and 'Another 1990s creation' (decades) -> nothing. No text tells an outage, so every `outages` list is empty (no
near-miss told either: a studio 'closed down' after poor performance is a business end).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70ad): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company ('Founded in November 1982 by Bruce Carver and Chris
Jones'; 'founded by Richard Spitalny ..., Billy Blake, Peter Jablon, and Fernando Herrera'; 'Randy Rissman and Roger
Shiffman founded the company') are each `cofounder`; one person named alone as establishing a company ('Jones has
established Big Finish Games') is `founder`; a post the text states as held now ('Richard Spitalny (who remains the
company's president)') -> president, current true, beside his cofounder role; an occupation ('Bruce Carver, an engineer
for ... Redd Engineering') -> no role (as batches 70ac and 70ag); a completed purchase ('Access Software was acquired by
Microsoft', '... acquired by Take-Two Interactive') -> acquired and parentOrganization (ownership since ended still
recorded: relations carry no time); 'became part of Take-Two's 2K label' -> parentOrganization to the label, and the
label's parentOrganization to Take-Two ('X's Y division' counts; doubtful: a label as Company); 'was formerly a
subsidiary of Access Software' -> parentOrganization (past ownership recorded); the purchase of a division the text does
not name apart from its owner ('Tiger acquired the Texas Instruments toy division') and of a name, a website and rights
('the First Star Software name and website are owned by BBG Entertainment GmbH which also purchased all intellectual
property rights') -> nothing (a division is no entity; asset purchases: GUIDELINES, Relations; doubtful each); a
licence of a brand from its named inventors ('licensed the "Lazer Tag" brand from ... Shoot the Moon Products'), a
supply arrangement ('Tiger agreed to manufacture and market electronic toys for Hasbro and Sega'), a product sold
through a named retailer ('sold worldwide by K-Mart') and a game distributed by a named company ('Astro Chase, which
was later distributed by Parker Brothers') -> partner, direction as written (the text's subject first; doubtful for the
retailer and the distributor, as round 70ad's club); games, series, toys, computers, operating systems and programs ->
Service (GUIDELINES, Types), provider the company the text says created, released, produced or published them ('the
company created the Beach Head, Links and Tex Murphy series', 'First Star's inaugural release was ... Astro Chase',
'Herrera also wrote Bristles and Superman: The Game for First Star', 'First Star's two biggest titles ..., Boulder Dash
and Spy vs. Spy', 'My First Alphabet, which was published by the Atari Program Exchange', 'Tiger also produced a
version of Lights Out'), or calls its own ('best known for its handheld LCD games, the Furby, Giga Pets, and the 2-XL
robot'), a licensed brand made under licence by the licensee ('Lazer Tag', Tiger; doubtful), and a series a named
company was established to continue ('Big Finish Games to continue the Tex Murphy series') -> provider that company too
(doubtful); a program one person created before the company ('Bruce Carver ... created ... Spritemaster') -> no
provider; platforms whose maker the text does not name on its own ('Atari 8-bit computers', 'Commodore 64',
'Macintosh', 'Microsoft Windows') -> no relation (Atari, Inc. is named, but not as their maker; doubtful for the Atari
8-bit computers); a company named only inside a product name ('Microsoft Windows') -> no entity of its own (GUIDELINES,
Types); later and shorter names ('receiving the name Indie Built'; 'Access Software', 'First Star', 'Tiger') -> aliases
(GUIDELINES, Types); a casing that differs only in case ('2-XL Robot' beside '2-XL robot') -> not listed again (one
surface form case-blind); an abbreviation the text uses ('APX submission' after 'the Atari Program Exchange') -> alias;
cities and states ('Salt Lake City, Utah', 'Chappaqua, New York', 'Vernon Hills, Illinois') -> Location; an award ('the
Atari Star'), a film ('the 1992 movie Home Alone 2: Lost in New York'), a company from whose remnants another was born
('Worlds of Wonder', a Company with no relation: no ownership stated), generic products ('handheld LCD games',
'phonographs', 'teaching toys', 'indoor golf simulators', 'portable devices') and adjectives ('American') -> no entity
beyond those named.
usage: batch70aj_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- video games, US: Access Software -----------------------------------------------------------------------------
AS = "Access Software, Inc."
TT = "Take-Two Interactive"
A["wp-access-software"] = dict(
 # the company -> Company 'Access Software, Inc.', aliases 'Access Software' and 'Indie Built' (its later name,
 # 'receiving the name Indie Built'); Microsoft, Take-Two Interactive (alias 'Take-Two'), 2K ('Take-Two's 2K label'),
 # TruGolf, Big Finish Games and Redd Engineering -> Company; Salt Lake City and Utah -> Location; Bruce Carver and
 # Chris Jones (alias 'Jones') -> Person; the Beach Head, Links and Tex Murphy series, Raid over Moscow and Spritemaster
 # -> Service (GUIDELINES, Types: games, software). No entity: 'the studio' (the company itself), 'indoor golf
 # simulators', 'display technology' (generic); 'American' (an adjective)
 entities=[E("Company", AS, "Access Software", "Indie Built"), E("Location", "Salt Lake City"), E("Location", "Utah"),
           E("Person", "Bruce Carver"), E("Person", "Chris Jones", "Jones"), E("Service", "Beach Head"),
           E("Service", "Links"), E("Service", "Tex Murphy"), E("Service", "Raid over Moscow"),
           E("Company", "Microsoft"), E("Company", TT, "Take-Two"), E("Company", "2K"), E("Company", "TruGolf"),
           E("Company", "Big Finish Games"), E("Company", "Redd Engineering"), E("Service", "Spritemaster")],
 # 'Founded in November 1982 by Bruce Carver and Chris Jones' -> cofounder each (named together), current true;
 # 'Jones has established Big Finish Games' -> founder at Big Finish Games (named alone), current true. Near-misses, no
 # role: 'Bruce Carver, an engineer for Salt Lake City-based company Redd Engineering' (an occupation, no post; as
 # batches 70ac and 70ag)
 roles=[R("Bruce Carver", "cofounder", AS), R("Chris Jones", "cofounder", AS),
        R("Chris Jones", "founder", "Big Finish Games")],
 # 'the company created the Beach Head, Links and Tex Murphy series, as well as Raid over Moscow' -> provider each
 # (Access Software, Inc.); 'Access Software was acquired by Microsoft in April 1999' -> acquired (Microsoft) and
 # parentOrganization (Microsoft); 'before being acquired by Take-Two Interactive in October 2004' -> acquired and
 # parentOrganization (Take-Two Interactive); 'Access Software became part of Take-Two's 2K label' ->
 # parentOrganization (Access Software, Inc., 2K) and (2K, Take-Two Interactive) (a label as a unit of Take-Two;
 # doubtful); 'TruGolf ... was formerly a subsidiary of Access Software' -> parentOrganization (TruGolf, Access
 # Software, Inc.) (past ownership recorded); 'Jones has established Big Finish Games to continue the Tex Murphy series'
 # -> provider (Tex Murphy, Big Finish Games) (doubtful: continuing a series told as the company's purpose). Near-misses,
 # no relation: 'spun out to its own company during the Microsoft acquisition' (a spin-off, no new owner named);
 # 'many of the studio's developers went to TruGolf' (staff moves); 'Bruce Carver ... created ... Spritemaster' (a
 # person's program, no company's); Redd Engineering (Carver's employer, no tie to Access Software)
 relations=[L("Beach Head", "provider", AS), L("Links", "provider", AS), L("Tex Murphy", "provider", AS),
            L("Raid over Moscow", "provider", AS), L("Microsoft", "acquired", AS),
            L(AS, "parentOrganization", "Microsoft"), L(TT, "acquired", AS), L(AS, "parentOrganization", TT),
            L(AS, "parentOrganization", "2K"), L("2K", "parentOrganization", TT),
            L("TruGolf", "parentOrganization", AS), L("Tex Murphy", "provider", "Big Finish Games")],
 outages=[],
 # 'in November 1982' -> 1982-11; 'in April 1999' -> 1999-04; 'in October 2004' -> 2004-10; 'In January 2005' ->
 # 2005-01; 'in May 2006' -> 2006-05; 'In 1982' -> 1982
 dates=[D("November 1982", "1982-11"), D("April 1999", "1999-04"), D("October 2004", "2004-10"),
        D("January 2005", "2005-01"), D("May 2006", "2006-05"), D("1982", "1982")])

# ---- video games, US: First Star Software -------------------------------------------------------------------------
FS = "First Star Software, Inc."
APX = "Atari Program Exchange"
A["wp-first-star-software"] = dict(
 # the company -> Company 'First Star Software, Inc.', aliases 'First Star Software' and 'First Star'; Atari Program
 # Exchange (alias 'APX'; a publisher, Company), Atari, Inc., Parker Brothers and BBG Entertainment GmbH -> Company;
 # Chappaqua and New York -> Location; Richard Spitalny, Billy Blake, Peter Jablon and Fernando Herrera (alias
 # 'Herrera') -> Person; the games Boulder Dash, Spy vs. Spy, My First Alphabet, Astro Chase, Bristles, Superman: The
 # Game, BOiNG!, Flip & Flop, Millennium Warriors, Omnicron Conspiracy, Panic Button, Rent Wars and Security Alert and the
 # platforms the Atari 8-bit computers, the Commodore 64, Macintosh and Microsoft Windows -> Service (GUIDELINES, Types).
 # No entity: Microsoft (named only inside 'Microsoft Windows'); 'the Atari Star' (an award); 'outside developers'
 # (unnamed); 'home computers', 'consoles', 'portable devices' (generic)
 entities=[E("Company", FS, "First Star Software", "First Star"), E("Location", "Chappaqua"),
           E("Location", "New York"), E("Person", "Richard Spitalny"), E("Person", "Billy Blake"),
           E("Person", "Peter Jablon"), E("Person", "Fernando Herrera", "Herrera"), E("Service", "Boulder Dash"),
           E("Service", "Atari 8-bit computers"), E("Service", "Spy vs. Spy"), E("Service", "Commodore 64"),
           E("Service", "Macintosh"), E("Service", "Microsoft Windows"), E("Service", "My First Alphabet"),
           E("Company", APX, "APX"), E("Company", "Atari, Inc."), E("Service", "Astro Chase"),
           E("Company", "Parker Brothers"), E("Service", "Bristles"), E("Service", "Superman: The Game"),
           E("Company", "BBG Entertainment GmbH"), E("Service", "BOiNG!"), E("Service", "Flip & Flop"),
           E("Service", "Millennium Warriors"), E("Service", "Omnicron Conspiracy"), E("Service", "Panic Button"),
           E("Service", "Rent Wars"), E("Service", "Security Alert")],
 # 'founded by Richard Spitalny (who remains the company's president), Billy Blake, Peter Jablon, and Fernando Herrera
 # in 1982' and 'Herrera partnered with Richard Spitalny, Billy Blake, and Peter Jablon to found First Star Software' ->
 # cofounder each (named together), current true; '(who remains the company's president)' -> president (Spitalny),
 # current true (the text's present tense, though the company 'was'; doubtful). Near-misses, no role: 'made him the
 # face of the company' (Herrera; no post)
 roles=[R("Richard Spitalny", "cofounder", FS), R("Richard Spitalny", "president", FS),
        R("Billy Blake", "cofounder", FS), R("Peter Jablon", "cofounder", FS), R("Fernando Herrera", "cofounder", FS)],
 # 'It is best known for the series Boulder Dash ... and Spy vs. Spy', 'First Star's two biggest titles came from
 # outside developers, Boulder Dash and Spy vs. Spy' -> provider each (First Star Software, Inc.; the publisher, the
 # developers unnamed); 'First Star's inaugural release was ... Astro Chase' -> provider (First Star Software, Inc.);
 # 'Herrera also wrote Bristles and Superman: The Game for First Star' -> provider each (First Star Software, Inc.);
 # 'My First Alphabet, which was published by the Atari Program Exchange' -> provider (My First Alphabet, Atari
 # Program Exchange); 'Astro Chase, which was later distributed by Parker Brothers' -> partner (First Star Software,
 # Inc., Parker Brothers) (a distribution arrangement, the text's subject first; doubtful). Near-misses, no relation:
 # 'the First Star Software name and website are owned by BBG Entertainment GmbH which also purchased all intellectual
 # property rights pertaining to Astro Chase, BOiNG!, ...' (a name, a website and rights bought: asset purchases,
 # GUIDELINES, Relations; doubtful: a reader might give BBG provider of the ten games or acquired); 'Atari, Inc.,
 # created an award to honor the year's best APX submission' (no ownership of the Atari Program Exchange stated;
 # doubtful); the Atari 8-bit computers, Commodore 64, Macintosh and Microsoft Windows (platforms, makers not named as
 # such); BOiNG!, Flip & Flop, Millennium Warriors, Omnicron Conspiracy, Panic Button, Rent Wars and Security Alert (told
 # only as rights BBG bought, not as First Star's releases; doubtful)
 relations=[L("Boulder Dash", "provider", FS), L("Spy vs. Spy", "provider", FS), L("Astro Chase", "provider", FS),
            L("Bristles", "provider", FS), L("Superman: The Game", "provider", FS),
            L("My First Alphabet", "provider", APX), L(FS, "partner", "Parker Brothers")],
 outages=[],
 # 'in 1982' -> 1982; 'in 1981' -> 1981; 'As of January 1, 2018' -> 2018-01-01. No date: 'That same year' (anaphora,
 # published null)
 dates=[D("1982", "1982"), D("1981", "1981"), D("January 1, 2018", "2018-01-01")])

# ---- toys and video games, US: Tiger Electronics ------------------------------------------------------------------
TG = "Tiger Electronics Inc."
A["wp-tiger-electronics"] = dict(
 # the company -> Company 'Tiger Electronics Inc.', aliases 'Tiger Electronics' and 'Tiger'; K-Mart, Shoot the Moon
 # Products, Worlds of Wonder, Texas Instruments, Hasbro and Sega -> Company; Vernon Hills and Illinois -> Location;
 # Randy Rissman and Roger Shiffman -> Person; the Furby, Giga Pets, the 2-XL robot ('2-XL Robot' the same form
 # case-blind), Brain Warp, 'K28, Tiger's Talking Learning Computer' (alias 'K28'), Electronic Bowling, RoboCop,
 # Terminator, Spider-Man (titles based on licenses), Talkboy, Brain Shift, Lazer Tag (a brand of toys), Lights Out,
 # Fishing Championship and Skip-It -> Service (GUIDELINES, Types: devices, games). No entity: 'Home Alone 2: Lost in
 # New York' (a film, as TV shows are none); 'the Texas Instruments toy division' (a division, named only by its
 # owner); 'handheld LCD games', 'phonographs', 'teaching toys', 'other chain stores' (generic); 'American' (an
 # adjective)
 entities=[E("Company", TG, "Tiger Electronics", "Tiger"), E("Service", "Furby"), E("Service", "Giga Pets"),
           E("Service", "2-XL robot"), E("Service", "Brain Warp"), E("Location", "Vernon Hills"),
           E("Location", "Illinois"), E("Person", "Randy Rissman"), E("Person", "Roger Shiffman"),
           E("Service", "K28, Tiger's Talking Learning Computer", "K28"), E("Company", "K-Mart"),
           E("Service", "Electronic Bowling"), E("Service", "RoboCop"), E("Service", "Terminator"),
           E("Service", "Spider-Man"), E("Service", "Talkboy"), E("Service", "Brain Shift"),
           E("Service", "Lazer Tag"), E("Company", "Shoot the Moon Products"), E("Company", "Worlds of Wonder"),
           E("Service", "Lights Out"), E("Service", "Fishing Championship"), E("Service", "Skip-It"),
           E("Company", "Texas Instruments"), E("Company", "Hasbro"), E("Company", "Sega")],
 # 'Randy Rissman and Roger Shiffman founded the company in 1978' -> cofounder each (named together), current true
 roles=[R("Randy Rissman", "cofounder", TG), R("Roger Shiffman", "cofounder", TG)],
 # 'best known for its handheld LCD games, the Furby, Giga Pets, and the 2-XL robot product, and electronic games such
 # as Brain Warp' -> provider each (Tiger); 'Prominent among these was 2-XL Robot ..., and "K28, Tiger's Talking
 # Learning Computer"' -> provider (K28, Tiger); 'games like "Electronic Bowling" and other titles based on licenses,
 # such as "RoboCop", "Terminator", and "Spider-Man"' -> provider each (Tiger); 'the ... combo Talkboy ..., followed by
 # the Brain Warp and the Brain Shift' -> provider (Talkboy, Brain Shift; Tiger); 'licensed the "Lazer Tag" brand from
 # its inventors, Shoot the Moon Products' -> partner (Tiger, Shoot the Moon Products) (a licensing deal) and provider
 # (Lazer Tag, Tiger) (the licensee making it; doubtful); 'Tiger also produced a version of Lights Out', 'it also
 # produced a quaint fishing game called Fishing Championship', 'Another 1990s creation was Skip-It' -> provider each
 # (Tiger); 'sold worldwide by K-Mart and other chain stores' -> partner (Tiger, K-Mart) (a retailer selling its
 # product; doubtful); 'Tiger agreed to manufacture and market electronic toys for Hasbro and Sega' -> partner (Tiger,
 # Hasbro) and (Tiger, Sega) (a supply arrangement). Near-misses, no relation: 'In 1995 Tiger acquired the Texas
 # Instruments toy division' (the division no entity; Texas Instruments itself not bought; doubtful); 'Shoot the Moon
 # Products, which was born from the remnants of the Worlds of Wonder company' (no ownership stated); 'When Tiger was an
 # independent company' (its later owner not named in the text)
 relations=[L("Furby", "provider", TG), L("Giga Pets", "provider", TG), L("2-XL robot", "provider", TG),
            L("Brain Warp", "provider", TG), L("K28, Tiger's Talking Learning Computer", "provider", TG),
            L("Electronic Bowling", "provider", TG), L("RoboCop", "provider", TG), L("Terminator", "provider", TG),
            L("Spider-Man", "provider", TG), L("Talkboy", "provider", TG), L("Brain Shift", "provider", TG),
            L("Lazer Tag", "provider", TG), L(TG, "partner", "Shoot the Moon Products"),
            L("Lights Out", "provider", TG), L("Fishing Championship", "provider", TG), L("Skip-It", "provider", TG),
            L(TG, "partner", "K-Mart"), L(TG, "partner", "Hasbro"), L(TG, "partner", "Sega")],
 outages=[],
 # 'in 1978' -> 1978; 'in 1992' and 'the 1992 movie' -> 1992 (once); '(1984)' -> 1984; 'around 1995' and 'In 1995' ->
 # 1995 (once); 'In 1997' -> 1997. No date: 'An early 90's hit', 'Another 1990s creation' (decades)
 dates=[D("1978", "1978"), D("1992", "1992"), D("1984", "1984"), D("1995", "1995"), D("1997", "1997")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
