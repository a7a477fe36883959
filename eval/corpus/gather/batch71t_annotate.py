#!/usr/bin/env python3
"""Batch 71t gold annotations (session 65; the texts of batch71t.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-71o; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); years -> the year; 'November 2018'
-> the month; '27 January 1900' -> the day; ranges ('1867–1868') -> nothing, as earlier rounds; relative expressions
('ten years later'), centuries ('the late 19th and the 20th centuries') and wars ('the First World War', 'World War
II') -> nothing. No text tells an outage: a mine that ran out of iron, a confiscation, wartime armaments work, brands
transferred and two mergers are physical, war and business matters, no service lost (GUIDELINES, Outages). Round notes
/tmp/gather71t/NOTES.md; claims /work/notes/gather71/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71o): the company's earlier and later names, its
English gloss and its short forms ('Jenbacher Werke', 'INNIO Jenbacher GmbH & Co. OHG', 'Jenbacher', 'CIWL',
'Compagnie des Wagons-Lits', 'Wagons-Lits', 'International Sleeping-Car Company', 'Società Milanese Automobili
Isotta, Fraschini & C.', 'F.A. Isotta Fraschini e Motori Breda') -> aliases of one entity (GUIDELINES, Types); one
person named alone as founding the company -> founder, several named together -> cofounder each (GUIDELINES, Roles;
current, as earlier rounds kept founders); a first name alone in a shared-surname list ('the brothers Vincenzo,
Antonio, and Oreste Fraschini') -> the first name as the person's name where the text gives no fuller form
('Antonio'; doubtful); 'bought out by X' -> acquired and parentOrganization (ownership as past still recorded); 'part
of X', 'part of the X group', 'a fully owned subsidiary of X' -> parentOrganization; a brand named beside the company
as the other of its parent's technologies ('the other being Waukesha Engines') -> Company with the same parent
(doubtful); 'the holding company, X' of the text's company -> parentOrganization (doubtful); a company bought by
persons ('acquired by Julius and Theodor Reitlinger') -> no acquired (acquired joins companies, as earlier rounds);
'merged with X' with no buyer told, and a merger then a new name -> nothing (GUIDELINES, Relations); brands transferred
-> nothing (assets); goods made for a named railway or under licence for a named maker ('brake pads for the Deutsche
Reichsbahn', 'for Heinkel as the licensee') -> partner (a customer or licensing tie, the supplier first, as batch
71o; doubtful); designs used ('designs from Hellmuth Walter KG') -> no partner, as batch 71o's 'Doble steam designs';
named trains and a car model ('the Orient Express', 'the Blue Train', 'the Golden Arrow', 'North Express', 'a Tipo D')
-> Service with the operator or maker the text gives as provider; a family ('the Fugger family') -> no entity, as
earlier rounds; an owner's taking over of a factory ('Friedrich Reitlinger took over the factory') -> no role (an
owner carries no title); a designer of an engine -> no role; races ('the Coppa Florio') and a state's name in
'the National Socialist German Reich' -> the race no entity, the state a Location (doubtful); demonyms and adjectives
('Austrian', 'French', 'Belgian', 'Italian', 'European', 'Nazi', 'the National Socialists') -> nothing.
usage: batch71t_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- motor vehicles and engines, Italy: Isotta Fraschini (en.wikipedia.org) --------------------------------------
IF = "Isotta Fraschini"
A["wp-isotta-fraschini"] = dict(
 # the company -> Company 'Isotta Fraschini', aliases 'Società Milanese Automobili Isotta, Fraschini & C.' (the name
 # it was founded as) and 'F.A. Isotta Fraschini e Motori Breda' (the name after the 1955 merger: 'it was ... renamed');
 # Breda Motori, Mors, Renault, Aster ('Aster proprietary engines', 'Aster engines'), Lorraine-Dietrich, Arrol-Johnston
 # -> Company; Cesare Isotta (alias 'Isotta', in 'Isotta and Fraschini assembled'), Vincenzo Fraschini (alias
 # 'Fraschini', in the same phrase: the two founders the text names just before), Antonio (the text's only form of
 # his name; doubtful), Oreste Fraschini, Giustino Cattaneo -> Person; Tipo D ('a Tipo D') -> Service; Milan, Italy,
 # Scotland -> Location. No entity: 'Renaults' (cars of the make, a plural product word; doubtful), 'the Coppa Florio'
 # (a race), '/it/', 'OHC', 'French', 'Italian'
 entities=[E("Company", IF, "Societ\u00e0 Milanese Automobili Isotta, Fraschini & C.",
             "F.A. Isotta Fraschini e Motori Breda"),
           E("Location", "Milan"), E("Location", "Italy"), E("Person", "Cesare Isotta", "Isotta"),
           E("Person", "Vincenzo Fraschini", "Fraschini"), E("Person", "Antonio"), E("Person", "Oreste Fraschini"),
           E("Company", "Breda Motori"), E("Company", "Mors"), E("Company", "Renault"), E("Company", "Aster"),
           E("Service", "Tipo D"), E("Company", "Lorraine-Dietrich"), E("Company", "Arrol-Johnston"),
           E("Location", "Scotland"), E("Person", "Giustino Cattaneo")],
 # 'Founded in Milan, Italy, in 1900 by Cesare Isotta and the brothers Vincenzo, Antonio, and Oreste Fraschini' ->
 # cofounder each (four named together; 'named for its founders, Cesare Isotta and Vincenzo Fraschini' the same
 # two). No role: Giustino Cattaneo ('an engine designed by'; no post told)
 roles=[R("Cesare Isotta", "cofounder", IF), R("Vincenzo Fraschini", "cofounder", IF), R("Antonio", "cofounder", IF),
        R("Oreste Fraschini", "cofounder", IF)],
 # 'they entered a Tipo D' -> provider (the company's car). Near-misses: 'in 1955 it was merged with engine
 # manufacturer Breda Motori and renamed' -> nothing (a merger, no buyer told; doubtful: the new name keeps
 # Isotta Fraschini's first); 'Isotta Fraschini merged with French automobile company Lorraine-Dietrich' -> nothing
 # (a merger, no buyer told); 'importing Mors and Renault automobiles as well as Aster proprietary engines' -> no
 # partner (the founders' trade before the company, no contract told); 'with Aster engines' -> no partner (a part
 # used; doubtful); 'following their invention by Arrol-Johnston' -> nothing
 relations=[L("Tipo D", "provider", IF)],
 outages=[],
 # '1900', '1955', '1899', '27 January 1900', '1904', '1905', '1907', '1909' -> as written
 dates=[D("1900", "1900"), D("1955", "1955"), D("1899", "1899"), D("27 January 1900", "1900-01-27"),
        D("1904", "1904"), D("1905", "1905"), D("1907", "1907"), D("1909", "1909")])

# ---- engineering, Austria: Jenbacher (profilbaru.com) -------------------------------------------------------------
JB = "INNIO Jenbacher"
A["wp-jenbacher"] = dict(
 # the company -> Company 'INNIO Jenbacher', aliases 'Jenbacher', 'Jenbacher Werke' (the former name it 'emerged
 # from'; doubtful: could be read as a predecessor company) and 'INNIO Jenbacher GmbH & Co. OHG' (the name it was
 # 'renamed'); INNIO, Waukesha Engines, General Electric, Advent International, Deutsche Reichsbahn, Hellmuth Walter
 # KG, Heinkel -> Company; Julius Reitlinger ('Julius and Theodor Reitlinger', 'the death of Julius Reitlinger'),
 # Theodor Reitlinger, Friedrich Reitlinger -> Person; Jenbach, Tyrol, Austria ("Austria's annexation"), National
 # Socialist German Reich (a state's name; doubtful) -> Location. No entity: 'the Fugger family' and 'Fugger
 # properties' (a family), 'the National Socialists', 'Nazi', 'Austrian', 'the First World War', 'World War II'
 entities=[E("Company", JB, "Jenbacher", "Jenbacher Werke", "INNIO Jenbacher GmbH & Co. OHG"),
           E("Location", "Jenbach"), E("Location", "Tyrol"), E("Company", "INNIO"), E("Company", "Waukesha Engines"),
           E("Company", "General Electric"), E("Company", "Advent International"),
           E("Person", "Julius Reitlinger"), E("Person", "Theodor Reitlinger"), E("Person", "Friedrich Reitlinger"),
           E("Location", "Austria"), E("Location", "National Socialist German Reich"),
           E("Company", "Deutsche Reichsbahn"), E("Company", "Hellmuth Walter KG"), E("Company", "Heinkel")],
 # No role: the Reitlingers (buyers and owners; an owner carries no title); 'a mine and foundry was founded by the
 # Fugger family' -> no founder (a family, no entity)
 roles=[],
 # 'It is part of the INNIO portfolio ... In November 2018 the company became part of INNIO' -> parentOrganization;
 # 'one of their gas engine technologies; the other being Waukesha Engines' -> parentOrganization(Waukesha Engines,
 # INNIO) (doubtful); 'The company was bought out by General Electric in 2003' -> acquired and parentOrganization;
 # 'The plant made brake pads for the Deutsche Reichsbahn' -> partner (a customer tie, the supplier first, as batch
 # 71o; doubtful); 'made airframe parts and rocket motors ... for Heinkel as the licensee' -> partner (a licensing and
 # supply tie; doubtful). Near-misses: 'as part of an acquisition of Advent International' -> nothing (the words
 # leave the buyer unclear; doubtful); 'acquired by Julius and Theodor Reitlinger' -> no acquired (persons buy);
 # 'confiscated and Aryanized for the benefit of the state of Tyrol' -> nothing; 'designs from Hellmuth Walter KG'
 # -> no partner (designs used)
 relations=[L(JB, "parentOrganization", "INNIO"), L("Waukesha Engines", "parentOrganization", "INNIO"),
            L("General Electric", "acquired", JB), L(JB, "parentOrganization", "General Electric"),
            L(JB, "partner", "Deutsche Reichsbahn"), L(JB, "partner", "Heinkel")],
 outages=[],
 # '1959', '2003', 'November 2018', '1487', '1657', '1881', '1909', '1914', '1938', '1939' -> as written; 'the start
 # of the First World War', 'the beginning of World War II' -> nothing
 dates=[D("1959", "1959"), D("2003", "2003"), D("November 2018", "2018-11"), D("1487", "1487"), D("1657", "1657"),
        D("1881", "1881"), D("1909", "1909"), D("1914", "1914"), D("1938", "1938"), D("1939", "1939")])

# ---- rail travel and hospitality, Belgium / France: Compagnie Internationale des Wagons-Lits (piglix.com) --------
CW = "Compagnie Internationale des Wagons-Lits"
A["wp-wagons-lits"] = dict(
 # the company -> Company 'Compagnie Internationale des Wagons-Lits', aliases 'International Sleeping-Car Company'
 # (its English gloss), 'CIWL', 'Compagnie des Wagons-Lits', 'Wagons-Lits'; Newrest ('the French Newrest group'),
 # CIWLT ('The holding company, CIWLT'), Accor Group, Wagons-Lits Diffusion -> Company; Orient Express, Blue Train
 # ('the Blue Train'), Golden Arrow ('the Golden Arrow'), North Express -> Service (named trains it ran); Georges
 # Nagelmackers (alias 'Nagelmackers') -> Person; Europe, Asia, Africa, Belgium, United States -> Location. No entity:
 # 'The International Sleeping-Car (and European Great Expresses) Company' and the '(et des grands express
 # européens)' forms (not one name as written; doubtful), 'Pullman' ('the Pullman night trains'; a maker's name
 # inside a description of trains; doubtful), 'French', 'Belgian', 'European'
 entities=[E("Company", CW, "International Sleeping-Car Company", "CIWL", "Compagnie des Wagons-Lits", "Wagons-Lits"),
           E("Service", "Orient Express"), E("Location", "Europe"), E("Service", "Blue Train"),
           E("Service", "Golden Arrow"), E("Service", "North Express"), E("Location", "Asia"), E("Location", "Africa"),
           E("Company", "Newrest"), E("Person", "Georges Nagelmackers", "Nagelmackers"), E("Location", "Belgium"),
           E("Company", "CIWLT"), E("Company", "Accor Group"), E("Company", "Wagons-Lits Diffusion"),
           E("Location", "United States")],
 # '... was founded by Georges Nagelmackers during 1872', 'In 1874 Nagelmackers founded the Compagnie Internationale
 # des Wagons-Lits' -> founder (one person named alone)
 roles=[R("Georges Nagelmackers", "founder", CW)],
 # 'the historical operator of the Orient Express' -> provider; 'CIWL soon developed a dense network of luxury
 # trains ... Such as the Blue Train, the Golden Arrow, North Express' -> provider each (doubtful: the text's
 # fragment names them as trains of its network); 'Now part of the French Newrest group' -> parentOrganization; 'The
 # holding company, CIWLT' -> parentOrganization(CIWL, CIWLT) (the text's company's holding company; doubtful);
 # 'CIWLT, is a fully owned subsidiary of the Accor Group' -> parentOrganization. Near-misses: 'the historical brands
 # were transferred to Wagons-Lits Diffusion in 1996' -> nothing (brands, assets); 'impressed by the Pullman night
 # trains' -> nothing
 relations=[L("Orient Express", "provider", CW), L("Blue Train", "provider", CW), L("Golden Arrow", "provider", CW),
            L("North Express", "provider", CW), L(CW, "parentOrganization", "Newrest"),
            L(CW, "parentOrganization", "CIWLT"), L("CIWLT", "parentOrganization", "Accor Group")],
 outages=[],
 # '1872', '1996', '1874', '1886' -> as written; '1867–1868' -> nothing (a range); 'ten years later' (relative), 'the
 # late 19th and the 20th centuries' -> nothing
 dates=[D("1872", "1872"), D("1996", "1996"), D("1874", "1874"), D("1886", "1886")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
