#!/usr/bin/env python3
"""Batch 68f gold annotations (the texts of batch68f.py; session 62, round notes /tmp/gather69f/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-67x; batch10_annotate.write_parts), so with three
texts: wp-essanay-studios test, wp-strategic-simulations train, wp-zilog dev. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); a span ('in 1915-1916') -> both ends as items (as
batches 61e-67x); seasons and 'late X' ('the summer of 1979', 'the fall of 1918', 'late 1916', 'late 1980', 'late
2001') -> the year, each its own item beside the bare year (another text, the same value); 'around 2002' -> '2002'
(as batch 60c's 'around 1950'); decades ('the 1980s', 'the 1990s'), 'today', 'later in the year' and 'During this
time' (relative, `published` null) and a fiscal year ('by FY 2007', not a calendar value) -> nothing. No text tells an
outage, so every `outages` list is empty; two tell near-misses of one (Essanay 'stopped issuing films in the fall of
1918', a business end; Zilog's reorganization 'under Chapter 11 bankruptcy in late 2001', a business failure; no
service lost by users, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-67x): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): two people named together as founding or starting a company are each `cofounder` ('founded in
1907 in Chicago by George Kirke Spoor and Gilbert M. Anderson'; 'Zilog was started in California in 1974 by Federico
Faggin and Ralph Ungermann'), one person named alone is `founder` ('The company was founded by Joel Billings'; 'who
would later found Electronic Arts', as batch 57k read 'later founded X'), current true, a founder who later 'left'
the company too (founders stay founders, as batches 55n-67x); 'Apple Computer executive Trip Hawkins' -> executive
(the text's own word, GUIDELINES, Roles: a generic senior title); 'led product development for over ten years' ->
executive, current false (a post over a span the text closes; doubtful); 'to replace Jim Thorburn as President and
CEO' -> president and ceo for both men, current false for the one replaced and true for the one hired (as batch 55p
read 'replaced ... in his CEO role'); leaders who 'replaced' one another with no post named, before that President
and CEO -> head, current false (doubtful: a reader might give no role, or ceo by the chain of replacements);
programmers, a co-author, actors and a studio janitor, a film historian with no organisation and people who 'joined'
a company -> no role (trades and credits without a post, as batches 60c-67x); completed acquisitions ('was acquired
in 1998 by Texas Pacific Group') -> acquired and parentOrganization (GUIDELINES, Relations); 'became a subsidiary of
X' -> parentOrganization only (as batches 31d and 66h); a buy-back by 'the management and employees' (no company buyer,
as batch 67w's purchases by people), failed approaches to publishers, 'merged distribution with other studios' (no
studio named, no buyer) and a product 'used in' named computers and games -> nothing; named games, a game line, a
game series, home computers, microprocessors and microcontroller families -> Service (GUIDELINES, Types: games,
devices, software), with provider where the text names (or a careful reader is sure of) the maker ('SSI published
the Panzer General series'; games 'as were many of SSI's early games'; 'SSI launched their RapidFire line'; 'Apple
Computer executive ... to switch to the Apple II'; 'Its most famous product is the Z80'; 'the Intel 8080'; 'the
company developed the Z8 Encore! ... and ZNEO ... product families'); a programming language ('BASIC') -> Service
(as batch 57p's 'MBASIC' and 'CBASIC'), no provider; a company named as a maker before 'computer' ('a North Star
computer') -> Company (doubtful); films ('An Awful Skate, or The Hobo on Rollers'), awards ('special Academy Awards'),
events ('Waterloo' and 'the Super Bowl' in a quoted advertisement, 'the Internet bubble'), a law ('Chapter 11') and
adjectives ('American') -> no entity; streets, addresses and a neighbourhood ('501 Wells Street', '1333-45 W. Argyle
Street', 'Uptown') -> Location (as batches 64d-67x), a site's other numbering ('modern numbering: 1360 N. Wells') its
alias; former and official names -> aliases ('the Peerless Film Manufacturing Company', 'the Essanay Film
Manufacturing Company').
usage: batch68f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- film production, US: Essanay Studios ------------------------------------------------------------------------
ES = "Essanay Studios"
STARS = ["George Periolat", "Wallace Beery", "Thomas Meighan", "Colleen Moore", "Francis X. Bushman", "Gloria Swanson",
         "Ann Little", "Helen Dunbar", "Lester Cuneo", "Florence Oberle", "Lewis Stone", "Virginia Valli",
         "Edward Arnold", "Edmund Cobb", "Rod La Rocque"]
A["wp-essanay-studios"] = dict(
 # the studio -> Company 'Essanay Studios', aliases 'Essanay Film Manufacturing Company' ('officially'), 'Peerless
 # Film Manufacturing Company' (the name it was founded under, 'originally as') and 'Essanay' (the name it took, and
 # the short form throughout; GUIDELINES, Types: former names are aliases); George Kirke Spoor (alias 'Spoor') and
 # Gilbert M. Anderson (alias 'Anderson'), Charlie Chaplin ('its series of Charlie Chaplin comedies'), Steve Massa (a
 # film historian), Ben Turpin and the fifteen other stars named -> Person; Chicago, '501 Wells Street' (alias '1360
 # N. Wells', the same site by its 'modern numbering'; doubtful: a reader might make it its own Location),
 # '1333-45 W. Argyle Street' (an en dash, as written) and Uptown (a neighbourhood) -> Location. No entity: 'An Awful
 # Skate, or The Hobo on Rollers' (a film, read as GUIDELINES, Types reads TV shows, as batches 65o, 66b and 67x); 'special
 # Academy Awards' (awards); 'other studios' (unnamed); 'S and A' (initials); 'American' (an adjective)
 entities=[E("Company", ES, "Essanay Film Manufacturing Company", "Peerless Film Manufacturing Company", "Essanay"),
           E("Location", "Chicago"), E("Person", "George Kirke Spoor", "Spoor"),
           E("Person", "Gilbert M. Anderson", "Anderson"), E("Person", "Charlie Chaplin"), E("Person", "Steve Massa"),
           E("Location", "501 Wells Street", "1360 N. Wells"), E("Person", "Ben Turpin"),
           E("Location", "1333\u201345 W. Argyle Street"), E("Location", "Uptown")] +
          [E("Person", s) for s in STARS],
 # 'The studio was founded in 1907 in Chicago by George Kirke Spoor and Gilbert M. Anderson' (and 'Founders Spoor and
 # Anderson') -> cofounder at Essanay Studios for each (GUIDELINES, Roles, 'Founders'), current true. Near-misses, no
 # role: 'film historian Steve Massa' (no organisation; GUIDELINES, Roles: an expert with no organisation stated);
 # 'Ben Turpin (then the studio janitor)' (a job, not a post, as batch 67x's newspaper job); the stars (actors, no
 # post); Charlie Chaplin (his comedies, no post named)
 roles=[R("George Kirke Spoor", "cofounder", ES), R("Gilbert M. Anderson", "cofounder", ES)],
 # Near-misses, no relation: 'In late 1916, it merged distribution with other studios' (no studio named, and a
 # 'merger' of distribution only, no buyer: GUIDELINES, Relations); the stars in its films (no organisations)
 relations=[],
 outages=[],
 # 'in 1907' -> '1907'; 'on August 10, 1907' -> 1907-08-10; 'in 1915-1916' (an en dash) -> '1915' and '1916' (a
 # span, both ends); 'In late 1916' -> 1916 (its own item, another text); 'in the fall of 1918' -> 1918 (a season ->
 # the year); '(July 1907)' -> 1907-07; 'in 1908'. No date: 'today' (relative, `published` null); '1360', '1333' and
 # '45' (addresses). Near-miss of an outage: 'stopped issuing films in the fall of 1918' (a studio's end of
 # production, a business end, GUIDELINES, Outages)
 dates=[D("1907", "1907"), D("August 10, 1907", "1907-08-10"), D("1915", "1915"), D("1916", "1916"),
        D("late 1916", "1916"), D("the fall of 1918", "1918"), D("July 1907", "1907-07"), D("1908", "1908")])

# ---- video games, US: Strategic Simulations ---------------------------------------------------------------------
SS = "Strategic Simulations, Inc."
A["wp-strategic-simulations"] = dict(
 # the company -> Company 'Strategic Simulations, Inc.', alias 'SSI'; Avalon Hill and Automated Simulations (publishers
 # approached), Apple Computer and Electronic Arts -> Company; 'a North Star computer' -> Company 'North Star' (the
 # maker named before 'computer', no model named; doubtful: a reader might take it for part of a product phrase, as
 # GUIDELINES, Types leaves a company named only inside a product name); Joel Billings (alias 'Billings'), John Lyons
 # (alias 'Lyon', the article's own spelling in 'he and Lyon would write the first version of Computer Bismarck';
 # doubtful), Ed Williger, Trip Hawkins, Chuck Kroegel and David Landrey -> Person; the games Computer Bismarck and
 # Computer Ambush, the Panzer General series, Dungeons & Dragons (the game adapted; its maker not named), the
 # RapidFire line, the home computers TRS-80 and Apple II (alias 'Apple' in 'appeared for the Apple in January 1980':
 # the computer, not the company) and BASIC (a programming language, as batch 57p's MBASIC) -> Service; 'the North
 # Atlantic' (in the quoted advertisement, a named ocean region; doubtful) -> Location. No entity: 'Waterloo' and 'the
 # Super Bowl' in the advertisement (a battle and a game: events); 'home computers', 'a microcomputer', 'wargames',
 # 'role-playing video games' (kinds)
 entities=[E("Company", SS, "SSI"), E("Service", "Panzer General"), E("Service", "Dungeons & Dragons"),
           E("Person", "Joel Billings", "Billings"), E("Service", "TRS-80"), E("Company", "Avalon Hill"),
           E("Company", "Automated Simulations"), E("Person", "John Lyons", "Lyon"), E("Service", "Computer Bismarck"),
           E("Person", "Ed Williger"), E("Service", "Computer Ambush"), E("Service", "BASIC"),
           E("Company", "North Star"), E("Company", "Apple Computer"), E("Person", "Trip Hawkins"),
           E("Company", "Electronic Arts"), E("Service", "Apple II", "Apple"), E("Person", "Chuck Kroegel"),
           E("Person", "David Landrey"), E("Location", "North Atlantic"), E("Service", "RapidFire")],
 # 'The company was founded by Joel Billings' -> founder at Strategic Simulations, Inc. (one person named alone,
 # GUIDELINES, Roles, 'Founders'), current true; 'Apple Computer executive Trip Hawkins' -> executive at Apple
 # Computer, current true (the text names the post at the time told and says nothing of his leaving; doubtful: 'who
 # would later found Electronic Arts' might be read as a post left); 'who would later found Electronic Arts' ->
 # founder at Electronic Arts (one person named alone, as batch 57k's 'later founded X'), current true; 'Chuck Kroegel
 # ... led product development for over ten years' -> executive at Strategic Simulations, Inc. (leading a function, a
 # senior post, GUIDELINES, Roles: 'manager' -> executive), current false (a span the text closes, 'for over ten
 # years', in a company it says was dissolved; doubtful both ways). Near-misses, no role: 'he hired programmers John
 # Lyons ... and Ed Williger' (a trade, as batch 60c's 'programmer'); 'who joined the company as an employee in 1983'
 # (no post); 'the co-author with David Landrey' (a credit); 'a wargame enthusiast' (no post)
 roles=[R("Joel Billings", "founder", SS), R("Trip Hawkins", "executive", "Apple Computer"),
        R("Trip Hawkins", "founder", "Electronic Arts"), R("Chuck Kroegel", "executive", SS, False)],
 # 'SSI published the Panzer General series' -> provider(Panzer General, SSI); 'John Lyons, who wrote Computer
 # Bismarck ... and Ed Williger, who wrote Computer Ambush. Both games were written in BASIC as were many of SSI's
 # early games' -> provider(Computer Bismarck, SSI) and provider(Computer Ambush, SSI) (the company's early games, by
 # the programmers its founder hired); 'In 1982 SSI launched their RapidFire line' -> provider(RapidFire, SSI); 'Apple
 # Computer executive Trip Hawkins ... persuaded Billings to switch to the Apple II' -> provider(Apple II, Apple
 # Computer) (a careful reader is sure of the maker; doubtful: the text does not say 'Apple Computer's Apple II').
 # Near-misses, no relation: 'While unsuccessfully approaching Avalon Hill and Automated Simulations to publish
 # wargames' (failed approaches, GUIDELINES, Relations: no deal); 'the official video game adaptations of Dungeons &
 # Dragons' (a licence implied, its licensor not named: no partner); the TRS-80 (its maker not named: no provider);
 # games 'written in BASIC' and 'appeared for the Apple' and 'for the TRS-80' (platforms, no relation between
 # organisations); 'a North Star computer' (no product named)
 relations=[L("Panzer General", "provider", SS), L("Computer Bismarck", "provider", SS),
            L("Computer Ambush", "provider", SS), L("Apple II", "provider", "Apple Computer"),
            L("RapidFire", "provider", SS)],
 outages=[],
 # 'in 1979' -> '1979'; 'in the summer of 1979' -> 1979 (a season -> the year, its own item); 'in 1994'; 'until around
 # 2002' -> '2002'; 'in January 1980' -> 1980-01; 'in 1983'; 'By late 1980' -> 1980; 'In 1982'. No date: 'later in
 # the year' (relative to January 1980, `published` null); 'for over ten years' (a length)
 dates=[D("1979", "1979"), D("the summer of 1979", "1979"), D("1994", "1994"), D("2002", "2002"),
        D("January 1980", "1980-01"), D("1983", "1983"), D("late 1980", "1980"), D("1982", "1982")])

# ---- semiconductors/microprocessors, US: Zilog -------------------------------------------------------------------
ZI = "Zilog, Inc."
A["wp-zilog"] = dict(
 # the company -> Company 'Zilog, Inc.', alias 'Zilog'; Intel, Exxon and Texas Pacific Group -> Company; the Z80, the
 # Intel 8080 (alias '8080', in 'the 4004 and 8080 microprocessors'), the 4004, the home computers TRS-80 and ZX
 # Spectrum, the arcade game Pac-Man and the product families 'Z8 Encore!' and 'ZNEO' (named by their brand words,
 # before '8-bit Flash MCU' and '16-bit Flash MCU product families') -> Service (GUIDELINES, Types: devices, games);
 # California -> Location; Federico Faggin (alias 'Faggin'), Ralph Ungermann (alias 'Ungermann'), Masatoshi Shima,
 # Edgar Sack (alias 'Dr. Sack'; 'Dr. Edgar Sack' read as the title and the name), Curtis Crawford, James Thorburn
 # (alias 'Jim Thorburn') and Darin Billerbeck -> Person. No entity: 'Z integrated logic' and 'Integrated Logic' (the
 # name's gloss); 'the Internet bubble' (an event); 'Chapter 11' (a law); 'the microcontroller market', '32-bit data
 # communications processors', 'custom chips' (kinds); 'the management and employees' (unnamed); 'American' (an
 # adjective)
 entities=[E("Company", ZI, "Zilog"), E("Service", "Z80"), E("Service", "Intel 8080", "8080"),
           E("Service", "TRS-80"), E("Service", "ZX Spectrum"), E("Service", "Pac-Man"), E("Location", "California"),
           E("Person", "Federico Faggin", "Faggin"), E("Person", "Ralph Ungermann", "Ungermann"),
           E("Company", "Intel"), E("Service", "4004"), E("Person", "Masatoshi Shima"), E("Company", "Exxon"),
           E("Person", "Edgar Sack", "Dr. Sack"), E("Company", "Texas Pacific Group"), E("Person", "Curtis Crawford"),
           E("Person", "James Thorburn", "Jim Thorburn"), E("Service", "Z8 Encore!"), E("Service", "ZNEO"),
           E("Person", "Darin Billerbeck")],
 # 'Zilog was started in California in 1974 by Federico Faggin and Ralph Ungermann' -> cofounder at Zilog, Inc. for
 # each (GUIDELINES, Roles, 'Founders'), current true (Ungermann 'left Zilog in 1978': founders stay founders, as
 # batches 55n-67x); 'Zilog hired Darin Billerbeck to replace Jim Thorburn as President and CEO' -> president and ceo
 # at Zilog, Inc. for Billerbeck, current true, and for Thorburn, current false (the post he was replaced in);
 # 'Curtis Crawford replaced Dr. Sack and changed the company's direction' and 'Curtis Crawford was replaced by James
 # Thorburn, who reorganized the company' -> head at Zilog, Inc. for Edgar Sack and Curtis Crawford, current false
 # (each led the company and was replaced, the post not named; doubtful: a reader might give no role, or president
 # and ceo by the chain that ends in Thorburn's post). Near-misses, no role: Masatoshi Shima 'joined Zilog in 1975'
 # (no post); 'bought it back in 1989, led by Dr. Edgar Sack' (leading a buy-back, no post by itself); Faggin's and
 # Ungermann's work at Intel ('left Intel after working on ...': no post named)
 roles=[R("Federico Faggin", "cofounder", ZI), R("Ralph Ungermann", "cofounder", ZI),
        R("Edgar Sack", "head", ZI, False), R("Curtis Crawford", "head", ZI, False),
        R("James Thorburn", "president", ZI, False), R("James Thorburn", "ceo", ZI, False),
        R("Darin Billerbeck", "president", ZI), R("Darin Billerbeck", "ceo", ZI)],
 # 'Its most famous product is the Z80' -> provider(Z80, Zilog, Inc.); 'the Intel 8080' -> provider(Intel 8080,
 # Intel) (the maker in the product's name and named on its own); 'left Intel after working on the 4004 and 8080
 # microprocessors' -> provider(4004, Intel) (a careful reader is sure of the maker; doubtful: the text does not say
 # 'Intel's 4004'); 'the company developed the Z8 Encore! ... and ZNEO ... product families' -> provider of each to
 # Zilog, Inc.; 'The company became a subsidiary of Exxon in 1980' -> parentOrganization(Zilog, Inc., Exxon) only
 # ('became a subsidiary of', as batches 31d and 66h: no purchase told); 'was acquired in 1998 by Texas Pacific Group' ->
 # acquired(Texas Pacific Group, Zilog, Inc.) and parentOrganization (GUIDELINES, Relations: a completed purchase).
 # Near-misses, no relation: 'the management and employees bought it back in 1989' (a buy-back by people, no company
 # buyer, as batch 67w's purchases by people); 'Zilog went public in 1991' (a listing); the Z80 'widely used ... in
 # many popular home computers such as the TRS-80 and the ZX Spectrum, as well as arcade games such as Pac-Man' (a
 # component in products whose makers are not named: no partner); 'compatible with the Intel 8080' (compatibility);
 # 'Bonds were sold against the company' (no buyer named)
 relations=[L("Z80", "provider", ZI), L("Intel 8080", "provider", "Intel"), L("4004", "provider", "Intel"),
            L("Z8 Encore!", "provider", ZI), L("ZNEO", "provider", ZI), L(ZI, "parentOrganization", "Exxon")] +
           b10.acq("Texas Pacific Group", ZI),
 outages=[],
 # 'in 1974', 'in 1975', 'in 1978', 'in 1980', 'in 1989', 'in 1991', 'in 1998', 'in 2000' -> the years; 'in late
 # 2001' -> 2001 ('late X' -> the year); 'In February 2007' -> 2007-02. No date: 'during the 1980s', 'From the 1990s'
 # (decades, no ISO value the format takes, as batches 60c-67x); 'by FY 2007' (a fiscal year, not a calendar value,
 # as GUIDELINES, Dates leaves fiscal quarters); 'During this time' (relative); '8-bit', '16-bit', '32-bit', '$82
 # million' (figures). Near-miss of an outage: 'reorganized the company under Chapter 11 bankruptcy in late 2001' (a
 # business failure, GUIDELINES, Outages)
 dates=[D("1974", "1974"), D("1975", "1975"), D("1978", "1978"), D("1980", "1980"), D("1989", "1989"),
        D("1991", "1991"), D("1998", "1998"), D("2000", "2000"), D("late 2001", "2001"),
        D("February 2007", "2007-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
