#!/usr/bin/env python3
"""Batch 68w gold annotations (the texts of batch68w.py; session 62, round notes /tmp/gather69w/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68r; batch10_annotate.write_parts), so with three
texts: wp-cinemaware test, wp-grand-national-films train, wp-rediffusion dev. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); a full date ('9 May 1871') -> the day; a month and year ('April
1936', 'March 1928', 'October 1946', 'January 1929') -> the month; a person's life dates in brackets ('(9 May 1871
\u2013 October 1946)') -> one date each (as batches 67n, 68c and 68r list them); a year in brackets ('(1935)') -> the
year; decades ('the 1980s', 'the 1930s') -> nothing (as the corpus skips decades); 'By the summer', 'By October' (no
year written), 'A year later' (relative, `published` null), 'until 1981' -> the year only. No text tells an outage or
a near-miss of one ('the cessation of television broadcasts during the Second World War' is a wartime stop of
broadcasting, no failure of a provider's systems), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68r): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company are each `cofounder` ('Founded in 1985 by Bob and
Phyllis Jacob'), one person named alone is `founder` ('Edward L. Alperson, a film exchange manager, founded Grand
National in 1936'), current true; 'of which he was on the board of directors' -> director (a board seat, GUIDELINES,
Roles), current true (no leaving told; doubtful); a possessive owner ('Harry F. Thomas's First Division'), a trade ('a
film exchange manager' of no named company, 'a movie buff') and a company 'founded ... for' a person ('founded in March
1928 for Joshua Powell') -> no role (owners and beneficiaries carry no title, as batches 63f, 67j and 68r; doubtful);
'before being acquired by eGames in 2005' -> acquired(eGames, Cinemaware) AND parentOrganization(Cinemaware, eGames)
(a completed purchase, not merged away, GUIDELINES, Relations); 'companies in the capital goods businesses of
Rediffusion, namely ...' -> parentOrganization for each named company (companies in a company's businesses, read as
its units); releases produced by another company ('Its feature-length releases, usually produced by Mayfair Pictures')
and titles 'released in the United States by Data East' -> partner, direction as written (distribution, as batches
40ze, 68l and 68r; doubtful); 'took over First Division's film exchanges, existing product line, and contracts' ->
nothing (assets, GUIDELINES, Relations); 'gave rise to', 'spawned', 'was also responsible for' and a company formed
when a colony had a company's service -> nothing (origins and ties the text does not state as ownership; doubtful);
'sharing the production facilities of' a company and comparisons ('What United Artists was to ...', 'just like fellow
upstart Republic Pictures') -> nothing; named games and a game line ('Defender of the Crown', 'its "TV Sports" line'
and two of its titles) -> Service with provider (GUIDELINES, Types: games); home computers, a console and an operating
system named only as platforms ('the Amiga', 'Apple IIGS', 'Atari ST', 'Commodore 64', 'MS-DOS', 'the Nintendo
Entertainment System') -> Service with no provider (no maker named on its own); 'PC' -> no entity (a class of
machine); a named cable service ('"Piped TV"') -> Service with provider; 'the BBC Radio service' -> Service 'BBC Radio'
with no provider (the BBC named only inside it, GUIDELINES, Types); 'ITV (commercial television)' -> Service (the
network, as train has it once; doubtful); a film series ('The March of Time'), a phrase for the company's service ('the
Rediffusion service') and adjectives ('American', 'British') -> no entity; a name used for several companies
('Redifon was the name used ... for companies') -> no entity of its own (doubtful); a trading name and a company's
other names -> aliases ('Rediffusion' for Broadcast Relay Service Limited; 'Grand National Pictures', 'Grand National
Productions', 'Grand National Film Distributing Co.' and '... Company' for Grand National Films, Inc; US release titles
for the 'TV Sports' titles).
usage: batch68w_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- video games, US: Cinemaware ------------------------------------------------------------------------------------
CW = "Cinemaware"
PLATFORMS = ["Amiga", "Apple IIGS", "Atari ST", "Commodore 64", "MS-DOS", "Nintendo Entertainment System"]
A["wp-cinemaware"] = dict(
 # the company -> Company 'Cinemaware' (no other form); eGames and Data East -> Company; 'Bob and Phyllis Jacob' and
 # 'Bob Jacob' -> Person 'Bob Jacob' and Person 'Phyllis Jacob' (her full name as it stands in 'Bob and Phyllis Jacob');
 # 'Defender of the Crown' -> Service (a game); 'its "TV Sports" line' -> Service 'TV Sports' (a line of games, as
 # batches 57w-68f typed game series); 'TV Sports: Boxing and TV Sports: Baseball, which were released in the United
 # States by Data East as ABC Wide World of Sports Boxing and Bo Jackson Baseball respectively' -> Service 'TV Sports:
 # Boxing' (alias 'ABC Wide World of Sports Boxing') and Service 'TV Sports: Baseball' (alias 'Bo Jackson Baseball'):
 # the same games under their US names (doubtful: a reader might make the US titles entities of their own); the
 # platforms -> Service (devices and an operating system, GUIDELINES, Types), no maker named on its own ('Atari' and
 # 'Nintendo' only inside the product names, GUIDELINES, Types); Europe and the United States -> Location. No entity:
 # 'PC' (a class of machine; doubtful); 'ABC' and 'Bo Jackson' (only inside the US titles); 'the 1980s' (a decade)
 entities=[E("Company", CW), E("Company", "eGames"), E("Person", "Bob Jacob"), E("Person", "Phyllis Jacob"),
           E("Service", "Defender of the Crown")] + [E("Service", p) for p in PLATFORMS] +
          [E("Service", "TV Sports"), E("Location", "Europe"),
           E("Service", "TV Sports: Boxing", "ABC Wide World of Sports Boxing"),
           E("Service", "TV Sports: Baseball", "Bo Jackson Baseball"), E("Location", "United States"),
           E("Company", "Data East")],
 # 'Founded in 1985 by Bob and Phyllis Jacob' -> cofounder at Cinemaware for each (GUIDELINES, Roles, 'Founders': two
 # named together), current true (founders stay founders; the text tells no leaving). Near-miss, no role: 'Bob Jacob
 # was a movie buff' (no post)
 roles=[R("Bob Jacob", "cofounder", CW), R("Phyllis Jacob", "cofounder", CW)],
 # 'The company was resurrected in 2000, before being acquired by eGames in 2005' -> acquired(eGames, Cinemaware) and
 # parentOrganization(Cinemaware, eGames) (a completed purchase, GUIDELINES, Relations); 'Cinemaware's first title was
 # the popular Defender of the Crown' -> provider(Defender of the Crown, Cinemaware); 'Cinemaware eventually expanded to
 # sports games, with its "TV Sports" line' and 'Some of the titles ... TV Sports: Boxing and TV Sports: Baseball' ->
 # provider(each, Cinemaware); 'which were released in the United States by Data East' -> partner(Cinemaware, Data
 # East) (a release arrangement for the company's titles, as batches 68l and 68r read distribution; doubtful: a reader
 # might give provider(title, Data East) for the US releases, or nothing). Near-misses, no relation: 'Its games
 # generally debuted on ... the Amiga, and then ported to others' (platforms, no deal with a maker); 'The company was
 # resurrected in 2000' (no company named as reviving it)
 relations=[L("eGames", "acquired", CW), L(CW, "parentOrganization", "eGames"),
            L("Defender of the Crown", "provider", CW), L("TV Sports", "provider", CW),
            L("TV Sports: Boxing", "provider", CW), L("TV Sports: Baseball", "provider", CW),
            L(CW, "partner", "Data East")],
 outages=[],
 # 'in 2000' -> 2000; 'in 2005' -> 2005; 'Founded in 1985' -> 1985. No date: 'in the 1980s' (a decade), 'the era'
 dates=[D("2000", "2000"), D("2005", "2005"), D("1985", "1985")])

# ---- film production, US: Grand National Films ----------------------------------------------------------------------
GN = "Grand National Films, Inc"
AL = "Edward L. Alperson"
FD = "First Division Pictures"
A["wp-grand-national-films"] = dict(
 # the company -> Company 'Grand National Films, Inc' (the fullest form, without a period as written), aliases 'Grand
 # National Pictures', 'Grand National Productions', 'Grand National Film Distributing Co.' (the lead's '(or ...)'
 # names), 'Grand National Film Distributing Company' ('Alperson renamed the company ...') and 'Grand National'
 # ('founded Grand National in 1936'); 'the British Grand National Pictures' -> no entity of its own (a British firm
 # named only by the same surface form as the American company's alias, which stays with the text's subject, as batches
 # 40ze and 57s left a shared form to one referent; doubtful: a reader might give the British firm the form); 'a California-based
 # production entity, Grand National Productions' -> the same alias (the lead lists it among the company's names;
 # doubtful: a reader might make it a unit with parentOrganization); Edward L. Alperson (alias 'Alperson'), Harry F.
 # Thomas, Willis Kent and Bernard B. Ray (producers named beside Mayfair Pictures) -> Person; First Division Pictures
 # (alias 'First Division'), United Artists, Mayfair Pictures, RKO, Republic Pictures and Educational Pictures ->
 # Company; California (in 'California-based') -> Location. No entity: 'The March of Time' (a series of short
 # documentaries, a film series as batches 68l and 68r read film series); 'American', 'British' (adjectives)
 entities=[E("Company", GN, "Grand National Pictures", "Grand National Productions",
             "Grand National Film Distributing Co.", "Grand National Film Distributing Company", "Grand National"),
           E("Person", AL, "Alperson"), E("Company", FD, "First Division"), E("Company", "United Artists"),
           E("Person", "Harry F. Thomas"), E("Company", "Mayfair Pictures"), E("Person", "Willis Kent"),
           E("Person", "Bernard B. Ray"), E("Company", "RKO"), E("Company", "Republic Pictures"),
           E("Location", "California"), E("Company", "Educational Pictures")],
 # 'Edward L. Alperson, a film exchange manager, founded Grand National in 1936' -> founder at Grand National Films,
 # Inc (one person named alone, GUIDELINES, Roles, 'Founders'), current true; 'First Division Pictures, of which he was
 # on the board of directors' -> director at First Division Pictures (a board seat), current true (the text tells no
 # leaving; doubtful: a reader might read the post as left when he took over its exchanges). Near-misses, no role: 'a
 # film exchange manager' (no company named); 'Harry F. Thomas's First Division' (a possessive, owner or head not
 # said; owners carry no title, as batches 63f, 67j and 68r; doubtful); 'Alperson renamed the company' (no title)
 roles=[R(AL, "founder", GN), R(AL, "director", FD)],
 # 'Its [First Division's] feature-length releases, usually produced by Mayfair Pictures, Willis Kent, or Bernard B.
 # Ray' -> partner(First Division Pictures, Mayfair Pictures) (a releasing company and the company producing its
 # releases, as batches 68l and 68r read distribution; doubtful: 'usually'). Near-misses, no relation: 'founded Grand
 # National in 1936 on the basis of First Division Pictures' and 'Alperson took over First Division's film exchanges,
 # existing product line, and contracts' (a business's assets taken over, GUIDELINES, Relations; doubtful: a reader
 # might give acquired(Grand National Films, Inc, First Division Pictures)); 'First Division was also the original
 # distributor of The March of Time ...; RKO took over the series' (a series, no entity); 'What United Artists was to
 # major independent producers' and 'just like fellow upstart Republic Pictures' (comparisons); 'sharing the production
 # facilities of comedy-shorts company Educational Pictures' (facilities, no partnership stated; doubtful)
 relations=[L(FD, "partner", "Mayfair Pictures")],
 outages=[],
 # 'from 1936 to 1939' and 'in 1936' -> 1936 (one text and value), 1939; '(1935)' -> 1935; 'In April 1936' -> 1936-04.
 # No date: 'By the summer', 'By October' (no year written; `published` null)
 dates=[D("1936", "1936"), D("1939", "1939"), D("1935", "1935"), D("April 1936", "1936-04")])

# ---- broadcasting, UK: Rediffusion ----------------------------------------------------------------------------------
BR = "Broadcast Relay Service Limited"
REDIFON = ["Redifon Computers", "Redifon Flight Simulation", "Redifon Telecommunications"]
A["wp-rediffusion"] = dict(
 # 'Rediffusion was the trading name of Broadcast Relay Service Limited' -> Company 'Broadcast Relay Service Limited'
 # (the fullest name), alias 'Rediffusion' (the trading name, the brand and the text's name throughout); Associated-
 # Rediffusion (alias 'Rediffusion London', 'later known as'), Rediffusion International Music, 'the short-lived Koala
 # label' (name 'Koala'; doubtful: a reader might give no entity), the three Redifon companies and Radio Distribution
 # (Barbados) Limited -> Company; Joshua Powell -> Person; 'ITV (commercial television)' -> Service 'ITV' (the network;
 # doubtful: a reader might type it Company or Organization); '"Piped TV"' -> Service (a named cable service); 'the BBC
 # Radio service' -> Service 'BBC Radio'; the UK, China, Hull, Barbados and Malta -> Location. No entity: 'Redifon' alone
 # ('the name used ... for companies', several companies under one name; doubtful); 'the Rediffusion service' (the
 # company's name on its service, not a product name of its own); 'British', 'the Second World War'
 entities=[E("Company", BR, "Rediffusion"), E("Company", "Associated-Rediffusion", "Rediffusion London"),
           E("Service", "ITV"), E("Location", "UK"), E("Company", "Rediffusion International Music"),
           E("Company", "Koala")] + [E("Company", c) for c in REDIFON] +
          [E("Location", "China"), E("Person", "Joshua Powell"), E("Location", "Hull"), E("Service", "BBC Radio"),
           E("Service", "Piped TV"), E("Location", "Barbados"),
           E("Company", "Radio Distribution (Barbados) Limited"), E("Location", "Malta")],
 # No role. Near-misses: 'founded in March 1928 for Joshua Powell' (founded for him, not by him; doubtful: a reader
 # might give founder); no other person named
 roles=[],
 # 'Redifon was the name used, until 1981, for companies in the capital goods businesses of Rediffusion, namely Redifon
 # Computers, Redifon Flight Simulation and Redifon Telecommunications' -> parentOrganization(each, Broadcast Relay
 # Service Limited) (companies in its businesses, read as its units; relations carry no time); 'supplying "Piped TV",
 # an early form of cable TV service, to its customers' -> provider(Piped TV, Broadcast Relay Service Limited).
 # Near-misses, no relation: 'The business gave rise to a number of other companies, including Associated-Rediffusion'
 # and 'Rediffusion also spawned a record label, Rediffusion International Music' (origins, no ownership stated;
 # doubtful: a reader might give parentOrganization for the label); 'which was also responsible for the short-lived
 # Koala label' (doubtful, as above); 'when Radio Distribution (Barbados) Limited was formed' (no founder or owner
 # named); 'rebroadcasts of the BBC Radio service' (no deal with the BBC stated); 'the first ITV ... franchisee' (a
 # franchise, no franchisor named as an entity)
 relations=[L(c, "parentOrganization", BR) for c in REDIFON] + [L("Piped TV", "provider", BR)],
 outages=[],
 # 'in 1968' -> 1968; 'until 1981' -> 1981; 'in March 1928' -> 1928-03; '(9 May 1871 \u2013 October 1946)' ->
 # 1871-05-09 and 1946-10 (life dates, one each); 'In January 1929' -> 1929-01; 'in 1934' -> 1934. No date: 'in the
 # 1930s' (a decade); 'A year later' (relative to a date of the text, `published` null); 'currently'
 dates=[D("1968", "1968"), D("1981", "1981"), D("March 1928", "1928-03"), D("9 May 1871", "1871-05-09"),
        D("October 1946", "1946-10"), D("January 1929", "1929-01"), D("1934", "1934")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
