#!/usr/bin/env python3
"""Batch 68r gold annotations (the texts of batch68r.py; session 62, round notes /tmp/gather69r/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68l; batch10_annotate.write_parts), so with three
texts: wp-exidy test, wp-keystone-studios train, wp-tiffany-pictures dev. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); a full date ('October 30, 1973', 'July 4, 1912') -> the day; 'late
1972' -> the year (GUIDELINES, Dates: 'late 2006' -> the year), beside the bare '(1972)' as its own item (another text,
the same value); a person's life years in brackets ('(1866\u20131946)', '(1874\u20131931)') -> one date each (as
batches 67n and 68c and train wp-cascade-brewery list them); years in brackets after titles ('Death Race (1976)') ->
the year; 'for several years', 'At one point', 'for a time' -> nothing. No text tells an outage or a near-miss of one
(a bankruptcy is a business failure), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68l): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding or forming a company are each `cofounder` ('He and Ampex
engineer Samuel Hawes formed a new company ..., Exidy, Inc'; 'the two broke off to form ... Ramtek Corporation';
'founded in 1921 by star Mae Murray, her then-husband, director Robert Z. Leonard, and Maurice H. Hoffman'), one person
named alone is `founder` ('founded ... as the Keystone Pictures Studio by Mack Sennett with backing from ...': the
backers not founders), current true; 'joined them as a marketing executive' -> executive (the text's own word), current
true (no leaving told, as batch 68f's Trip Hawkins; doubtful); 'From 1927 to 1930, John M. Stahl was the director of
Tiffany' -> director, current false (a span the text closes, as batch 68f); 'The head of Tiffany was Phil Goldstone'
-> head, 'his vice president Maurice H. Hoffman' -> vice-president, 'later was president of Liberty Films' ->
president, current true (no leaving told); 'who ran the L.A. Young Spring and Wire Company' -> head (running a
company, no title named, as batch 68f's leaders; doubtful), current true; trades and credits ('star', 'director' of
films, 'actor-writer', 'engineer', 'one of a handful of engineers', 'co-starring'), 'owners of' a company (owners carry
no title, as batches 63f and 67j), backing a founding and 'had worked ... at Data Disc Corporation' (no post) -> no
role; distribution ('its films were distributed by the Mutual Film Corporation', 'all released through
Metro-Goldwyn-Mayer') -> partner, direction as written (as batches 40ze and 68l); 'became an autonomous production unit
of X' -> parentOrganization; 'X, which merged into Y' and 'it was absorbed into the short-lived Sono Art company' ->
acquired(Y, X) only (the target merged away, as batches 64h and 65h read 'merged into'; doubtful); a lot bought
('acquired the former Reliance-Majestic Studios lot'), a person buying into a company, a trademark given up and
'organized his own company' (no company named) -> nothing (GUIDELINES, Relations: asset purchases); named arcade games,
a home computer and Atari's Pong -> Service (GUIDELINES, Types: games, devices), provider where the text names the maker
('They manufactured many notable titles including ...', 'They were also the creators of the Exidy Sorcerer', 'Atari
Inc\u2019s Pong'); films and a compilation film ('Souls for Sables', 'Charlie Chaplin at Keystone Studios'), genres
('Westerns'), troupes of film players known by their films' series names ('the Keystone Cops', 'the Sennett Bathing
Beauties', as batch 68l's Our Gang; doubtful), a term for a kind of studio ('Poverty Row') and adjectives ('American')
-> no entity; a tavern, an address, neighbourhoods, cities and a state -> Location (named sites, GUIDELINES, Types);
former names and names used at an office -> aliases ('Keystone Pictures Studio', 'The Keystone Film Co.',
'Tiffany Productions', 'Tiffany-Stahl Productions').
usage: batch68r_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- video games and computers, US: Exidy -------------------------------------------------------------------------
EX = "Exidy, Inc."
KA = "Harold Ray \u201cPete\u201d Kauffman"
GAMES = ["Death Race", "Circus", "Star Fire", "Venture", "Mouse Trap", "Crossbow", "Chiller"]
A["wp-exidy"] = dict(
 # the company -> Company 'Exidy, Inc.' (no other form of its own: 'Exidy, Inc on October 30, 1973' is the same name
 # without the period, and 'Exidy' stands alone only inside 'Exidy Sorcerer'; doubtful: a reader might list 'Exidy');
 # its seven named titles and the 'Exidy Sorcerer (1978) home computer platform' -> Service (games and a device,
 # GUIDELINES, Types); 'Atari Inc\u2019s Pong (1972)' and 'the Pong game' (in the quotation) -> Service 'Pong', its
 # maker 'Atari Inc' -> Company (named on its own, with a possessive, before the product); Harold Ray \u201cPete\u201d
 # Kauffman (the fullest form, with the nickname as written; alias 'Kauffman'), Charles McEwan, John Metzler and Samuel
 # Hawes -> Person; Data Disc Corporation, Ramtek Corporation (alias 'Ramtek') and Ampex -> Company; Sunnyvale,
 # California and 'the Andy Capp\u2019s Tavern' (a named site, GUIDELINES, Types; doubtful: a reader might give no
 # entity) -> Location. No entity: 'Excellence in Dynamics' (the phrase the name came from, not a name of the company);
 # 'American' (an adjective); 'a local pub' (unnamed)
 entities=[E("Company", EX)] + [E("Service", g) for g in GAMES] +
          [E("Service", "Exidy Sorcerer"), E("Person", KA, "Kauffman"), E("Company", "Data Disc Corporation"),
           E("Person", "Charles McEwan"), E("Person", "John Metzler"), E("Company", "Ramtek Corporation", "Ramtek"),
           E("Location", "Sunnyvale"), E("Location", "California"), E("Company", "Atari Inc"), E("Service", "Pong"),
           E("Location", "Andy Capp\u2019s Tavern"), E("Company", "Ampex"), E("Person", "Samuel Hawes")],
 # 'He and Ampex engineer Samuel Hawes formed a new company to enter the coin-op industry, Exidy, Inc' -> cofounder at
 # Exidy, Inc. for Kauffman and Hawes (GUIDELINES, Roles, 'Founders': two named together forming a company), current
 # true; 'When the two [Charles McEwan and John Metzler] broke off to form the graphics terminal company Ramtek
 # Corporation' -> cofounder at Ramtek Corporation for each (doubtful: 'the two' read back to the two names of the
 # sentence before), current true; 'Kauffman joined them as a marketing executive' -> executive at Ramtek Corporation
 # (the text's own word, GUIDELINES, Roles), current true (the text tells no leaving, only that he formed a new company;
 # doubtful: a careful reader might read the post as left). Near-misses, no role: 'had worked in the technological
 # field at Data Disc Corporation' (no post); 'one of a handful of engineers' and 'Ampex engineer' (a trade, as batches
 # 60c-68l)
 roles=[R(KA, "cofounder", EX), R("Samuel Hawes", "cofounder", EX), R("Charles McEwan", "cofounder", "Ramtek Corporation"),
        R("John Metzler", "cofounder", "Ramtek Corporation"), R(KA, "executive", "Ramtek Corporation")],
 # 'They manufactured many notable titles including Death Race (1976), ... and Chiller (1986)' -> provider(each title,
 # Exidy, Inc.); 'They were also the creators of the Exidy Sorcerer (1978) home computer platform' ->
 # provider(Exidy Sorcerer, Exidy, Inc.); 'Atari Inc\u2019s Pong (1972)' -> provider(Pong, Atari Inc). Near-misses, no
 # relation: 'When the two broke off to form ... Ramtek Corporation' (people leaving a company, no deal between the two
 # companies); 'Ramtek subsequently got into manufacturing coin-operated video games' (a business line); Kauffman sent
 # 'to examine the prototype of Atari Inc\u2019s Pong' (no deal stated)
 relations=[L(g, "provider", EX) for g in GAMES] +
           [L("Exidy Sorcerer", "provider", EX), L("Pong", "provider", "Atari Inc")],
 outages=[],
 # 'from 1973 to 1999' -> 1973, 1999; '(1976)'; '(1978)' (three times, one text and value); '(1981)' (twice); '(1983)';
 # '(1986)'; 'In late 1972' -> 1972 (GUIDELINES, Dates: 'late 2006' -> the year); 'Pong (1972)' -> 1972 (another
 # text, the same value: its own item); 'on October 30, 1973' -> 1973-10-30
 dates=[D("1973", "1973"), D("1999", "1999"), D("1976", "1976"), D("1978", "1978"), D("1981", "1981"),
        D("1983", "1983"), D("1986", "1986"), D("late 1972", "1972"), D("1972", "1972"),
        D("October 30, 1973", "1973-10-30")])

# ---- film production, US: Keystone Studios ------------------------------------------------------------------------
KS = "Keystone Studios"
A["wp-keystone-studios"] = dict(
 # the studio -> Company 'Keystone Studios', aliases 'Keystone Pictures Studio' (the name it was founded as), 'The
 # Keystone Film Co.' (the name 'referred to at its office', with its capital 'The' as written) and 'Keystone' ('got
 # his start at Keystone', 'films Chaplin made at Keystone', 'the Keystone trademark'); Mack Sennett (alias 'Sennett'),
 # Adam Kessel, Charles O. Baumann, Charlie Chaplin (alias 'Chaplin'), D. W. Griffith and Thomas Ince -> Person; the New
 # York Motion Picture Company, the Mutual Film Corporation and the Triangle Film Corporation -> Company; Edendale,
 # California, Echo Park, Glendale, Silver Lake, Los Angeles and '1712 Glendale Blvd' (an address, as batches 64d-68l)
 # -> Location. No entity: 'the Keystone Cops' and 'the Sennett Bathing Beauties' (troupes of players known by their
 # films, read as film series, as batch 68l's Our Gang; doubtful: a reader might make them Organizations); 'Charlie
 # Chaplin at Keystone Studios' (a compilation film; the studio's name inside a title is not another mention of an
 # alias); 'the original main building' (unnamed)
 entities=[E("Company", KS, "Keystone Pictures Studio", "The Keystone Film Co.", "Keystone"),
           E("Location", "Edendale"), E("Location", "California"), E("Location", "Echo Park"),
           E("Person", "Mack Sennett", "Sennett"), E("Person", "Adam Kessel"), E("Person", "Charles O. Baumann"),
           E("Company", "New York Motion Picture Company"), E("Location", "Glendale"), E("Location", "Silver Lake"),
           E("Location", "Los Angeles"), E("Company", "Mutual Film Corporation"),
           E("Location", "1712 Glendale Blvd"), E("Person", "Charlie Chaplin", "Chaplin"),
           E("Company", "Triangle Film Corporation"), E("Person", "D. W. Griffith"), E("Person", "Thomas Ince")],
 # 'founded ... as the Keystone Pictures Studio by Mack Sennett with backing from actor-writer Adam Kessel ... and
 # Charles O. Baumann' -> founder at Keystone Studios for Sennett (one person named as founding it, GUIDELINES,
 # Roles, 'Founders'; the backers financed it and are not named as founders; doubtful: a reader might give the three
 # cofounder), current true ('In 1917, Sennett gave up the Keystone trademark and organized his own company': founders
 # stay founders, as batches 55n-68l). Near-misses, no role: 'owners of the New York Motion Picture Company' (owners
 # carry no title, as batches 63f and 67j); 'actor-writer' (a trade); 'Sennett hired him' (Chaplin, an actor, no post);
 # 'with D. W. Griffith and Thomas Ince' (named beside Triangle, no post; doubtful: a reader might read them as Triangle's
 # leaders)
 roles=[R("Mack Sennett", "founder", KS)],
 # 'its films were distributed by the Mutual Film Corporation between 1912 and 1915' -> partner(Keystone Studios,
 # Mutual Film Corporation) (a distribution arrangement, as batch 68l's 'for distribution through Pathe Exchange';
 # relations carry no time); 'In 1915, Keystone Studios became an autonomous production unit of the Triangle Film
 # Corporation' -> parentOrganization(Keystone Studios, Triangle Film Corporation) (GUIDELINES, Relations: 'Y, a unit of
 # X'). Near-misses, no relation: backing 'from ... owners of the New York Motion Picture Company' (people's money, no
 # ownership of Keystone by the company stated; doubtful: a reader might give parentOrganization(Keystone Studios, New
 # York Motion Picture Company)); 'Sennett gave up the Keystone trademark and organized his own company' (a trademark,
 # an unnamed company)
 relations=[L(KS, "partner", "Mutual Film Corporation"), L(KS, "parentOrganization", "Triangle Film Corporation")],
 outages=[],
 # 'on July 4, 1912' -> 1912-07-04; '(1866\u20131946)' -> 1866, 1946 and '(1874\u20131931)' -> 1874, 1931 (life years,
 # one date each); '(founded 1909)' -> 1909; 'between 1912 and 1915' and 'from 1912' -> 1912 (one text and value),
 # 1915 ('beginning in 1915', 'In 1915' the same); 'a 1993 compilation' -> 1993; 'In 1917' -> 1917. No date: 'for
 # several years' (a span); '1712' (an address)
 dates=[D("July 4, 1912", "1912-07-04"), D("1866", "1866"), D("1946", "1946"), D("1874", "1874"), D("1931", "1931"),
        D("1909", "1909"), D("1912", "1912"), D("1915", "1915"), D("1993", "1993"), D("1917", "1917")])

# ---- film production, US: Tiffany Pictures ------------------------------------------------------------------------
TP = "Tiffany Pictures"
A["wp-tiffany-pictures"] = dict(
 # the studio -> Company 'Tiffany Pictures', aliases 'Tiffany-Stahl Productions' (the name it took, 'which also
 # became ... for a time', 'renamed the company'), 'Tiffany Productions' (the name of the venture as founded) and
 # 'Tiffany'; Mae Murray (alias 'Murray'), Robert Z. Leonard (alias 'Leonard', in 'Murray and Leonard divorced'),
 # Maurice H. Hoffman (alias 'Hoffman'), Claire Windsor, Eugene O'Brien, John M. Stahl, Phil Goldstone and Leonard A.
 # Young -> Person; Metro-Goldwyn-Mayer, Liberty Films, Republic Pictures, the L.A. Young Spring and Wire Company and
 # 'the short-lived Sono Art company' (name 'Sono Art') -> Company; 'the former Reliance-Majestic Studios lot' ->
 # Company 'Reliance-Majestic Studios' (a former studio, named as the lot's first owner; doubtful: a reader might make
 # it a Location, the lot's name, or give no entity); Hollywood, '4516 Sunset Boulevard' (an address) and Los Angeles ->
 # Location. No entity: 'Souls for Sables' (a film); 'Westerns' (a genre); 'Poverty Row' (a term for a kind of studio,
 # not the place here); 'major studios' (unnamed)
 entities=[E("Company", TP, "Tiffany-Stahl Productions", "Tiffany Productions", "Tiffany"),
           E("Location", "Hollywood"), E("Person", "Mae Murray", "Murray"), E("Person", "Robert Z. Leonard", "Leonard"),
           E("Person", "Maurice H. Hoffman", "Hoffman"), E("Company", "Metro-Goldwyn-Mayer"),
           E("Person", "Claire Windsor"), E("Person", "Eugene O'Brien"), E("Company", "Reliance-Majestic Studios"),
           E("Location", "4516 Sunset Boulevard"), E("Location", "Los Angeles"), E("Person", "John M. Stahl"),
           E("Person", "Phil Goldstone"), E("Company", "Liberty Films"), E("Company", "Republic Pictures"),
           E("Person", "Leonard A. Young"), E("Company", "L.A. Young Spring and Wire Company"),
           E("Company", "Sono Art")],
 # 'Tiffany Productions was a movie-making venture founded in 1921 by star Mae Murray, her then-husband, director Robert
 # Z. Leonard, and Maurice H. Hoffman' -> cofounder at Tiffany Pictures for each (GUIDELINES, Roles, 'Founders'),
 # current true; 'From 1927 to 1930, John M. Stahl was the director of Tiffany and renamed the company' -> director at
 # Tiffany Pictures (a post at the company, which he renamed; doubtful: a reader might read a film director), current
 # false (a span the text closes, as batch 68f); 'The head of Tiffany was Phil Goldstone' -> head, current true (no end
 # told); 'with his vice president Maurice H. Hoffman' -> vice-president at Tiffany Pictures, current true (no leaving
 # told; doubtful: 'who later was president of Liberty Films' and 'bought into Tiffany from Hoffman in 1929' might be
 # read as his leaving); 'who later was president of Liberty Films' -> president at Liberty Films, current true (no
 # leaving told); 'Leonard A. Young, who ran the L.A. Young Spring and Wire Company' -> head at that company (running
 # it, no title named; doubtful: a reader might give no role), current true. Near-misses, no role: 'star', 'director'
 # (of films, before Leonard's name), 'co-starring' (trades and credits, as batches 60c-68l); 'her then-husband' (a
 # marriage, no post)
 roles=[R("Mae Murray", "cofounder", TP), R("Robert Z. Leonard", "cofounder", TP),
        R("Maurice H. Hoffman", "cofounder", TP), R("John M. Stahl", "director", TP, False),
        R("Phil Goldstone", "head", TP), R("Maurice H. Hoffman", "vice-president", TP),
        R("Maurice H. Hoffman", "president", "Liberty Films"),
        R("Leonard A. Young", "head", "L.A. Young Spring and Wire Company")],
 # 'who made eight films, all released through Metro-Goldwyn-Mayer' -> partner(Tiffany Pictures, Metro-Goldwyn-Mayer)
 # (a distribution arrangement, as batch 68l's 'for distribution through Pathe Exchange'); 'Liberty Films, which merged
 # into Republic Pictures' -> acquired(Republic Pictures, Liberty Films) only (the target merged away, as batches 64h
 # and 65h read 'merged into'; doubtful); 'it was absorbed into the short-lived Sono Art company, which handled its
 # remaining releases' -> acquired(Sono Art, Tiffany Pictures) only (absorbed after its bankruptcy, read as 'merged
 # into'; doubtful: a reader might give nothing, or add parentOrganization). Near-misses, no relation: 'Tiffany
 # acquired the former Reliance-Majestic Studios lot' (an asset, GUIDELINES, Relations); 'bought into Tiffany from
 # Hoffman' (a person's stake); 'which handled its remaining releases' (the releases of a company absorbed into it: no
 # partner beside the acquired; doubtful)
 relations=[L(TP, "partner", "Metro-Goldwyn-Mayer"), L("Republic Pictures", "acquired", "Liberty Films"),
            L("Sono Art", "acquired", TP)],
 outages=[],
 # 'from 1921 until 1932' and 'founded in 1921' -> 1921 (one text and value), 1932 ('in 1932' the same); 'in 1925'
 # and 'Starting in 1925' -> 1925; 'in 1927' and 'From 1927 to 1930' -> 1927, 1930; 'in 1929' -> 1929. No date: 'for
 # a time', 'At one point', 'later' (relative, `published` null); '4516' (an address); '2,500', '70', '20' (counts)
 dates=[D("1921", "1921"), D("1932", "1932"), D("1925", "1925"), D("1927", "1927"), D("1930", "1930"),
        D("1929", "1929")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
