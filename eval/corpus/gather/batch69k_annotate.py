#!/usr/bin/env python3
"""Batch 69k gold annotations (the texts of batch69k.py; session 63, round notes /tmp/gather69k/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-69f; batch10_annotate.write_parts), so with three
texts: wp-gainsborough-pictures test, wp-hammer-film-productions train, wp-ocean-software dev. All are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates); a month and year ('May 2007') -> the month; a year
('1924', 'From 1927', 'Up to 1987', 'the 1785 painting') -> the year, one item per distinct text and value; decades
('the 1940s', 'the 1930s', 'the mid-1950s', 'the 1970s', 'the late 1960s', 'the mid-1980s', 'the 1980s and 90s') ->
nothing (as the corpus skips decades); 'later in that year' (relative, `published` null), 'now', 'before World War II'
-> nothing. No text tells an outage or a near-miss of one ('The company eventually ceased production' is a business's
stop, no failure of a provider's systems), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69f): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): 'founded by David Ward and Jon Woods' and 'founded ... by Michael Balcon with Graham Cutts' ('A
founded Acme with B') -> each `cofounder`, current true; 'Director of Production for both studios' -> executive at each
studio (a head of production, as batch 56b read 'head of production'), current true (no leaving in the text);
owners ('now owned by Gregory Motton'), buyers that are people in an unnamed consortium ('bought by a consortium
including ... Charles Saatchi', 'a consortium headed by ... John de Mol'), trades ('advertising executive and art
collector', 'publishing millionaires', 'media tycoon', 'actors', 'art director', 'cinematographer', 'screenwriter/
director', 'in house Ocean programmer') -> no role (no post at a named organisation, or owners, as batches 63f, 67j,
68r and 68w; doubtful for 'art director' and the in-house programmer); 'Ocean acquired its former Liverpool rival, the
defunct software developer Imagine' -> acquired(Ocean Software, Imagine) AND parentOrganization(Imagine, Ocean
Software) (a completed purchase, not merged away, GUIDELINES, Relations); 'struck a deal with Konami to publish their
arcade games' -> partner (a licensing deal, direction as written); 'its distribution partnerships with American
companies ...' -> partner with each company named; a film library bought ('acquired the Hammer group's film library')
and a company name sold -> nothing (assets, GUIDELINES, Relations); 'a sister company to the Gaumont British' and
'financial backing from the Bromhead brothers of Gaumont Company' -> nothing (no ownership or contract between the two
stated; doubtful); 'make multilingual co-production films with UFA' -> nothing (the studio making them not stated;
doubtful); named games and a company's loading software ('Moon Alert', 'Hunchback', 'High Noon', 'Gilligan's Gold',
'the Ocean Loader', '"Freeload"') -> Service with provider; 'Hyper Sports' -> Service with no provider (the text does
not say whose game it is; doubtful); home computers and consoles named only as platforms -> Service with no provider
(no maker named on its own, GUIDELINES, Types), 'PC' -> no entity (as batch 68w); films ('Woman to Woman'), a
painting ('Portrait of Sarah Siddons'), film characters ('Baron Victor Frankenstein', 'Count Dracula', 'the Mummy'),
'the Bromhead brothers' (no first names), adjectives ('British', 'American', 'Dutch', 'European') and 'World War II'
-> no entity; named studios, streets and a canal ('Islington Studios', 'Lime Grove Studios', 'Pinewood Studios',
'Regent's Canal', 'Poole Street', 'Central Street') -> Location (named sites and facilities, GUIDELINES, Types); a
company's other names -> aliases ('Gainsborough Studios', 'Gainsborough' for Gainsborough Pictures; 'Ocean Software',
'Ocean of America, Inc.', 'Ocean' for Ocean Software Ltd.; 'Hammer' for Hammer Film Productions Ltd.).
usage: batch69k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- film production, UK: Gainsborough Pictures --------------------------------------------------------------------
GP = "Gainsborough Pictures"
GBR = "Gaumont British"
A["wp-gainsborough-pictures"] = dict(
 # the company -> Company 'Gainsborough Pictures', aliases 'Gainsborough Studios' ('Gainsborough Studios was active
 # between 1924 and 1951', the same business under its studio name; doubtful: a reader might make the studio a
 # Location) and 'Gainsborough' ('Gainsborough was founded in 1924', 'Gainsborough mainly produced'); 'the Gaumont
 # British' and 'Gaumont-British' -> Company 'Gaumont British' (alias 'Gaumont-British'); 'Gaumont Company' -> Company
 # of its own (the text does not say it is Gaumont British; doubtful); UFA -> Company; 'the Great Northern & City
 # Railway' -> Company (a railway company; doubtful); Islington Studios, Lime Grove Studios (alias 'Lime Grove'),
 # Pinewood Studios, the Regent's Canal, Poole Street, Hoxton, London, the London Borough of Hackney (a borough, named
 # on a plaque), Shepherd's Bush and Germany -> Location; Gregory Motton, Michael Balcon (alias 'Balcon'), Graham Cutts,
 # Alfred Hitchcock, Elisabeth Bergner, Conrad Veidt, Alfred Junge, Mutz Greenbaum, Berthold Viertel, Celia Bird,
 # Glennis Lorimer and Thomas Gainsborough -> Person. No entity: 'The former Islington studio' (a description, the
 # studios annotated as 'Islington Studios'; 'Islington' alone not given an entity, doubtful); 'Gainsborough melodramas';
 # 'Woman to Woman' (a film); 'the Bromhead brothers' (no first names); 'Portrait of Sarah Siddons' (a painting's
 # title; Sarah Siddons named only inside it); 'World War II'; 'British'
 entities=[E("Company", GP, "Gainsborough Studios", "Gainsborough"), E("Location", "Regent's Canal"),
           E("Location", "Poole Street"), E("Location", "Hoxton"), E("Location", "London"),
           E("Location", "Islington Studios"), E("Company", "Great Northern & City Railway"),
           E("Location", "Lime Grove Studios", "Lime Grove"), E("Location", "Pinewood Studios"),
           E("Location", "London Borough of Hackney"), E("Person", "Gregory Motton"),
           E("Person", "Michael Balcon", "Balcon"), E("Person", "Graham Cutts"), E("Company", "Gaumont Company"),
           E("Company", GBR, "Gaumont-British"), E("Location", "Shepherd's Bush"), E("Location", "Germany"),
           E("Person", "Alfred Hitchcock"), E("Company", "UFA"), E("Person", "Elisabeth Bergner"),
           E("Person", "Conrad Veidt"), E("Person", "Alfred Junge"), E("Person", "Mutz Greenbaum"),
           E("Person", "Berthold Viertel"), E("Person", "Celia Bird"), E("Person", "Glennis Lorimer"),
           E("Person", "Thomas Gainsborough")],
 # 'Gainsborough was founded in 1924 by Michael Balcon with Graham Cutts' -> cofounder at Gainsborough Pictures for
 # each ('A founded Acme with B', GUIDELINES, Roles, 'Founders'), current true; 'with Balcon as Director of Production
 # for both studios' -> executive at Gainsborough Pictures and at Gaumont British (a head of production, as batch 56b;
 # doubtful: a reader might give director or head), current true (no leaving in the text). Near-misses, no role:
 # 'Gainsborough Pictures is now owned by Gregory Motton' (an owner, no title); 'actors ..., art director Alfred Junge,
 # cinematographer Mutz Greenbaum and screenwriter/director Berthold Viertel ... joined the two studios' (crafts, no
 # post at one named studio; doubtful for 'art director'); 'Alfred Hitchcock being encouraged by Balcon' (no post)
 roles=[R("Michael Balcon", "cofounder", GP), R("Graham Cutts", "cofounder", GP),
        R("Michael Balcon", "executive", GP), R("Michael Balcon", "executive", GBR)],
 # No relation. Near-misses: 'it was a sister company to the Gaumont British' (a sister, neither owning the other;
 # doubtful: a reader might give partner); 'He obtained financial backing from the Bromhead brothers of Gaumont
 # Company' (backing from people of the company, no deal with the company stated; doubtful); 'make multilingual
 # co-production films with UFA' (Hitchcock's films, the studio not named as UFA's partner; doubtful); 'Islington
 # Studios, which were built as a power station for the Great Northern & City Railway' (a building's past use);
 # 'now owned by Gregory Motton' (a person, no parentOrganization)
 relations=[],
 outages=[],
 # 'between 1924 and 1951' and 'founded in 1924' -> 1924 (one text and value), 1951; 'in 2004' -> 2004; 'From 1927' ->
 # 1927; 'the 1785 painting' -> 1785. No date: 'in the 1940s', 'In the 1930s' (decades), 'before World War II', 'now'
 dates=[D("1924", "1924"), D("1951", "1951"), D("2004", "2004"), D("1927", "1927"), D("1785", "1785")])

# ---- film production, UK: Hammer Film Productions ------------------------------------------------------------------
HF = "Hammer Film Productions Ltd."
DIST = ["United Artists", "Warner Bros.", "Universal Pictures", "Columbia Pictures", "Paramount Pictures",
        "20th Century Studios", "Metro-Goldwyn-Mayer", "American International Pictures", "Seven Arts Productions"]
A["wp-hammer-film-productions"] = dict(
 # the company -> Company 'Hammer Film Productions Ltd.' (the fullest form), alias 'Hammer' ('which Hammer
 # reintroduced', 'the Hammer formula', 'the Hammer group's film library'); the nine American distribution partners ->
 # Company; London -> Location; Charles Saatchi, Neil Mendoza, William Sieghart and John de Mol -> Person. No entity:
 # 'Baron Victor Frankenstein', 'Count Dracula', 'the Mummy' (film characters); 'a consortium' (unnamed); 'British',
 # 'American', 'Dutch' (adjectives); 'The new organization' (unnamed)
 entities=[E("Company", HF, "Hammer"), E("Location", "London")] + [E("Company", c) for c in DIST] +
          [E("Person", "Charles Saatchi"), E("Person", "Neil Mendoza"), E("Person", "William Sieghart"),
           E("Person", "John de Mol")],
 # No role. Near-misses: 'a consortium including advertising executive and art collector Charles Saatchi and
 # publishing millionaires Neil Mendoza and William Sieghart' (trades and buyers, no post at a named organisation;
 # doubtful: 'advertising executive' names no agency); 'a consortium headed by Dutch media tycoon John de Mol' (head of
 # an unnamed consortium, no entity to hold the post); 'Founded in 1934' (no founder named)
 roles=[],
 # 'its distribution partnerships with American companies United Artists, ... and Seven Arts Productions' ->
 # partner(Hammer Film Productions Ltd., each) (stated partnerships, direction as written). Near-misses, no relation:
 # 'the studio was bought by a consortium including ... Charles Saatchi ...' (the buyer an unnamed consortium of
 # people, no Company to hold acquired; doubtful); 'the company name was sold to a consortium headed by ... John de Mol'
 # (a name sold, an unnamed buyer); 'The new organization acquired the Hammer group's film library of 295 pictures'
 # (assets, GUIDELINES, Relations; the buyer unnamed)
 relations=[L(HF, "partner", c) for c in DIST],
 outages=[],
 # 'Founded in 1934' -> 1934; 'In 2000' -> 2000; 'In May 2007' -> 2007-05. No date: 'the mid-1950s', 'the 1970s',
 # 'the late 1960s and 1970s', 'the mid-1980s' (decades), 'in later years'
 dates=[D("1934", "1934"), D("2000", "2000"), D("May 2007", "2007-05")])

# ---- video games, UK: Ocean Software -------------------------------------------------------------------------------
OS = "Ocean Software Ltd."
PLATFORMS = ["ZX Spectrum", "Commodore 64", "Amstrad CPC", "Atari ST", "Amiga", "Nintendo Entertainment System",
             "Super Nintendo Entertainment System", "Sega Master System", "Sega Mega Drive"]
GAMES = ["Moon Alert", "Hunchback", "High Noon", "Gilligan's Gold"]
A["wp-ocean-software"] = dict(
 # the company -> Company 'Ocean Software Ltd.' (the fullest form), aliases 'Ocean Software', 'Ocean of America, Inc.'
 # (the lead gives it as one of the company's names, '(or ... and sometimes Ocean of America, Inc. ...)'; doubtful: a
 # reader might make it a US arm with parentOrganization) and 'Ocean'; David Ward, Jon Woods, Martin Galway, Peter
 # Clarke, Jonathan Dunn, Bill Barna and Paul Hughes -> Person; Central Street, Manchester and Liverpool (in 'its former
 # Liverpool rival') -> Location; the home computers and consoles -> Service (devices, no maker named on its own:
 # 'Atari', 'Nintendo', 'Sega' and 'Commodore' only inside the product names, GUIDELINES, Types); the four early
 # releases, 'Hyper Sports', 'the Ocean Loader' ('The Ocean loader music' the same form, case aside) and
 # '"Freeload"' -> Service; Imagine and Konami -> Company. No entity: 'PC' (a class of machine, as batch 68w); 'European'
 entities=[E("Company", OS, "Ocean Software", "Ocean of America, Inc.", "Ocean"), E("Person", "David Ward"),
           E("Person", "Jon Woods"), E("Location", "Central Street"), E("Location", "Manchester")] +
          [E("Service", p) for p in PLATFORMS] + [E("Service", g) for g in GAMES] +
          [E("Location", "Liverpool"), E("Company", "Imagine"), E("Company", "Konami"),
           E("Service", "Ocean Loader"), E("Person", "Martin Galway"), E("Person", "Peter Clarke"),
           E("Person", "Jonathan Dunn"), E("Service", "Hyper Sports"), E("Person", "Bill Barna"),
           E("Service", "Freeload"), E("Person", "Paul Hughes")],
 # 'The company was founded by David Ward and Jon Woods' -> cofounder at Ocean Software Ltd. for each (two named
 # together, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'the in house Ocean programmer Bill
 # Barna' and 'in house programmer Paul Hughes' (a trade, no title of the vocabulary; doubtful: a reader might give
 # other); 'composed by Martin Galway, 3 by Peter Clarke, 4 and 5 by Jonathan Dunn' (composers, no post stated)
 roles=[R("David Ward", "cofounder", OS), R("Jon Woods", "cofounder", OS)],
 # 'Ocean acquired its former Liverpool rival, the defunct software developer Imagine' -> acquired(Ocean Software Ltd.,
 # Imagine) and parentOrganization(Imagine, Ocean Software Ltd.) (a completed purchase, not merged away; doubtful:
 # 'defunct' - a reader might read it as a purchase of a failed company's assets); 'Ocean struck a deal with Konami to
 # publish their arcade games for home computers' -> partner(Ocean Software Ltd., Konami) (a licensing deal); 'The
 # company's early releases in 1984 (Moon Alert, Hunchback, High Noon, Gilligan's Gold, etc.) were developed in-house'
 # -> provider(each, Ocean Software Ltd.); 'the Ocean Loader' ('Ocean used a special loading system') and '"Freeload"
 # written by in house programmer Paul Hughes' -> provider(each, Ocean Software Ltd.). Near-misses, no relation:
 # 'The Ocean Loader was first used in the game Hyper Sports' (whose game not said; doubtful); 'Ocean developed dozens
 # of games for a variety of systems such as the ZX Spectrum, ...' (platforms, no deal with a maker)
 relations=[L(OS, "acquired", "Imagine"), L("Imagine", "parentOrganization", OS), L(OS, "partner", "Konami")] +
           [L(g, "provider", OS) for g in GAMES] +
           [L("Ocean Loader", "provider", OS), L("Freeload", "provider", OS)],
 outages=[],
 # 'in 1984' and 'Also in 1984' -> 1984 (one text and value); 'Up to 1987' and 'from 1987' -> 1987. No date: 'the
 # 1980s and 90s' (decades), 'later in that year' (relative, `published` null), 'the 8-bit era'
 dates=[D("1984", "1984"), D("1987", "1987")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
