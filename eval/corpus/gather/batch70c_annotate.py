#!/usr/bin/env python3
"""Batch 70c gold annotations (session 64; the texts of batch70c.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-69ag; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'October 1911', 'January 1910' ->
the month; 'May 26, 1911' -> the day; 'late 1909' -> the year (GUIDELINES: 'late 2006' -> the year); a person's life
years in brackets ('(1881\u20131964)', '(1885\u20131918)', '(1886\u20131968)') -> each year its own item (explicit years, as
batches 67c, 68r, 68u, 69m and 69r listed them; 63f, 64f and 69ad listed none; doubtful); decades ('the 1960s', 'the late 1920s', 'the
'20s'), 'the beginning of the 20th century', 'World War I', 'World War II' -> nothing. No text tells an outage or a
near-miss of one, so every `outages` list is empty. Round notes /tmp/gather70c/NOTES.md; claims
/work/notes/gather70/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-69ag): 'Founded by A in 1910 as X' (one person) ->
founder; 'formed ... by A and the ... brothers, B and C', 'formed in 1903 by A and B' -> cofounder for each (GUIDELINES,
Roles, Founders); 'the X company (sometimes called Y, from the brothers partnership with Z)' -> cofounder for the
brothers and Z (as batch 69ag's 'entered into partnership with A, to form the company X'; doubtful); a company's names
in turn ('founded ... as X', 'or simply X', a bracketed abbreviation, the English gloss of a consortium's name) ->
aliases (GUIDELINES, Types: former names); 'it merged with Farman to become X' -> nothing (GUIDELINES, Relations: a
merger where the text does not say who buys whom); 'The company was taken over ... in the 1960s' (no buyer) ->
nothing; aircraft types and lines ('HD.1', 'H.220', 'Morane-Saulnier G', 'Model A') -> Service with provider to their
maker where the text says it made them; a type named for another's maker ('the Bl\u00e9riot XI') -> Service with no
provider (as batch 69ag); a type's short forms in the text ('Type G', 'The L', 'as on the N') -> aliases of that type
(doubtful: bare letters); engines named by maker and power ('a 20 hp Darracq', 'a 40 hp Gyp.') -> no entity; a car
marque that shares its maker's name ('used a Delaunay-Belleville') -> the maker's alias, no Service of its own (one
surface form, one entity; doubtful); 'a race car driver for the Darracq motor company', 'Darracq racing colleague',
'had experience working for Clement, Lorraine-Dietrich and Benz' -> no role (no title of the vocabulary); kings
named with their country ('King George I of Greece') -> other at the country (a head of state; the vocabulary has no
king, as batch 57o gave an emperor other), the name without the title; 'Russian Tsar Nicholas II' -> no role (no
country named on its own); events ('the Paris-Madrid race', 'the Brussels Salon d'Automobiles, ...') -> no entity,
nor the cities inside their names; demonyms ('French', 'Russian') -> nothing.
usage: batch70c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aircraft, France: Hanriot (piglix's copy) ----------------------------------------------------------------------
HA = "A\u00e9roplanes Hanriot et Cie."
SN = "Soci\u00e9t\u00e9 Nationale de Constructions A\u00e9ronautiques du Centre"
A["wp-hanriot"] = dict(
 # the company -> Company 'A\u00e9roplanes Hanriot et Cie.' (as written, the period of 'Cie.'), aliases 'Hanriot' ('or
 # simply 'Hanriot''; the company's alias only, though 'Hanriot started a flying school' is the man: one surface form,
 # one entity) and 'The Monoplans Hanriot Company Ltd.' ('Founded ... as'); Farman and Darracq ('the Darracq motor
 # company') -> Company; the SNCAC -> Company, aliases 'SNCAC' and 'Central Air Works' (the English gloss, 'Central Air
 # Works' consortium); Ren\u00e9 Hanriot and Louis Wagner -> Person; the Hanriot-Dupont line (alias 'HD', written '(HD.)'),
 # HD.1, HD.14, H.220, SNCAC 600 and Bl\u00e9riot XI -> Service; B\u00e9theny, Reims, Boulogne-Billancourt,
 # Carri\u00e8res-sur-Seine, Bourges -> Location. No entity: 'the Brussels Salon d'Automobiles, ...' (an event; Brussels
 # only inside its name), 'a 20 hp Darracq', 'a 40 hp Gyp.' (engines), 'World War I', 'World War II', 'French'
 entities=[E("Company", HA, "Hanriot", "The Monoplans Hanriot Company Ltd."), E("Person", "Ren\u00e9 Hanriot"),
           E("Service", "Hanriot-Dupont", "HD"), E("Company", "Farman"), E("Company", SN, "SNCAC", "Central Air Works"),
           E("Service", "HD.1"), E("Service", "HD.14"), E("Service", "H.220"), E("Service", "SNCAC 600"),
           E("Location", "B\u00e9theny"), E("Location", "Reims"), E("Location", "Boulogne-Billancourt"),
           E("Location", "Carri\u00e8res-sur-Seine"), E("Location", "Bourges"), E("Company", "Darracq"),
           E("Service", "Bl\u00e9riot XI"), E("Person", "Louis Wagner")],
 # 'Founded by Ren\u00e9 Hanriot in 1910 as The Monoplans Hanriot Company Ltd.' -> founder (one person). 'a race car
 # driver for the Darracq motor company' -> no role (no title of the vocabulary; doubtful: a reader might give other);
 # Louis Wagner 'Darracq racing colleague' -> no role
 roles=[R("Ren\u00e9 Hanriot", "founder", HA)],
 # 'the Hanriot-Dupont (HD.) fighters', 'Hanriot aeroplanes included ... the HD.1 ..., the HD.14 trainer, and the
 # H.220 series' -> provider to the company; 'the SNCAC 600 fighter' -> provider to the SNCAC (its maker named in it and
 # on its own). Near-miss: 'in 1936 it merged with Farman to become the SNCAC' -> nothing (a merger, no buyer told;
 # doubtful: a reader might give parentOrganization of both to the SNCAC); 'several takeovers' (no buyer) -> nothing
 relations=[L("Hanriot-Dupont", "provider", HA), L("HD.1", "provider", HA), L("HD.14", "provider", HA),
            L("H.220", "provider", HA), L("SNCAC 600", "provider", SN)],
 outages=[],
 # '1910' ('in 1910'), '1916', '1936', '1907', 'late 1909' -> the year, 'January 1910' -> the month
 dates=[D("1910", "1910"), D("1916", "1916"), D("1936", "1936"), D("1907", "1907"), D("late 1909", "1909"),
        D("January 1910", "1910-01")])

# ---- aircraft, France: Morane-Saulnier (piglix's copy) --------------------------------------------------------------
MS = "A\u00e9roplanes Morane-Saulnier"
MB = "Morane-Borel"
A["wp-morane-saulnier"] = dict(
 # the company -> Company 'A\u00e9roplanes Morane-Saulnier', alias 'Morane-Saulnier' ('Morane-Saulnier's first product');
 # the brothers' earlier firm -> Company 'Morane-Borel' ('sometimes called'), alias 'Morane' ('the Morane company');
 # Raymond Saulnier, Leon and Robert ('the Morane brothers, Leon ... and Robert': named by first name only, as batch
 # 69ag named 'Charles'), Gabriel Borel and Jules V\u00e9drines -> Person; the Model A and the Morane-Saulnier G, H, N, L,
 # LA, P, I, V and AC (aircraft types; aliases 'Type G', 'Type N', 'N', 'L', 'V' as the text writes them) -> Service.
 # No entity: 'the Paris-Madrid race' (an event; Paris and Madrid only inside its name), 'the Morane brothers' (a
 # description), 'French'
 entities=[E("Company", MS, "Morane-Saulnier"), E("Person", "Raymond Saulnier"), E("Person", "Leon"),
           E("Person", "Robert"), E("Service", "Model A"), E("Company", MB, "Morane"), E("Person", "Gabriel Borel"),
           E("Person", "Jules V\u00e9drines"), E("Service", "Morane-Saulnier G", "Type G"),
           E("Service", "Morane-Saulnier H"), E("Service", "Morane-Saulnier N", "Type N", "N"),
           E("Service", "Morane-Saulnier L", "L"), E("Service", "Morane-Saulnier LA"),
           E("Service", "Morane-Saulnier P"), E("Service", "Morane-Saulnier I"),
           E("Service", "Morane-Saulnier V", "V"), E("Service", "Morane-Saulnier AC")],
 # 'formed in October 1911 by Raymond Saulnier ... and the Morane brothers, Leon ... and Robert' -> cofounder for each
 # (current true: the founding stays theirs; their death years told). 'the Morane company (sometimes called
 # Morane-Borel, from the brothers partnership with Gabriel Borel)' -> cofounder of Morane-Borel for Leon, Robert and
 # Gabriel Borel (a partnership that named the firm; doubtful: a reader might give nothing). Jules V\u00e9drines -> no
 # role (a pilot who won a race in the type; no post told)
 roles=[R("Raymond Saulnier", "cofounder", MS), R("Leon", "cofounder", MS), R("Robert", "cofounder", MS),
        R("Leon", "cofounder", MB), R("Robert", "cofounder", MB), R("Gabriel Borel", "cofounder", MB)],
 # 'Morane-Saulnier's first product was the Model A', 'first commercially successful design was the Morane-Saulnier
 # G', and each later type developed from it -> provider to the company. Near-misses: 'a development of a monoplane
 # design produced by the Morane company' -> no relation between the two firms (not told as one firm, a parent or a
 # purchase; doubtful); 'The company was taken over ... in the 1960s' -> nothing (no buyer named)
 relations=[L("Model A", "provider", MS), L("Morane-Saulnier G", "provider", MS), L("Morane-Saulnier H", "provider", MS),
            L("Morane-Saulnier N", "provider", MS), L("Morane-Saulnier L", "provider", MS),
            L("Morane-Saulnier LA", "provider", MS), L("Morane-Saulnier P", "provider", MS),
            L("Morane-Saulnier I", "provider", MS), L("Morane-Saulnier V", "provider", MS),
            L("Morane-Saulnier AC", "provider", MS)],
 outages=[],
 dates=[D("October 1911", "1911-10"), D("1881", "1881"), D("1964", "1964"), D("1885", "1885"), D("1918", "1918"),
        D("1886", "1886"), D("1968", "1968"), D("May 26, 1911", "1911-05-26")])

# ---- luxury cars, France: Delaunay-Belleville (the-uncensored-wiki.com's copy) --------------------------------------
DB = "S.A. des Automobiles Delaunay-Belleville"
A["wp-delaunay-belleville"] = dict(
 # the company -> Company under its fullest name 'S.A. des Automobiles Delaunay-Belleville', aliases 'Automobiles
 # Delaunay-Belleville' (the lead's subject) and 'Delaunay-Belleville' (the firm, 'had lost its prestige and converted
 # to truck ... production', and the marque, 'used a Delaunay-Belleville': one surface form, one entity; doubtful);
 # 'the boiler making company St. Denis' -> Company 'St. Denis' (as the old revision writes it); Clement,
 # Lorraine-Dietrich and Benz -> Company; Louis Delaunay, Marius Barbarou (aliases 'Barbarou', 'Marius'), Nicholas II
 # ('Russian Tsar Nicholas II'), George I ('King George I of Greece'), Alphonso XIII ('King Alphonso XIII of Spain') and
 # Jules Bonnot -> Person; St. Denis sur Seine, France, Belleville, Greece, Spain -> Location. No entity: 'Barbarou's
 # family', 'the beginning of the 20th century', 'French', 'Russian'
 entities=[E("Company", DB, "Automobiles Delaunay-Belleville", "Delaunay-Belleville"),
           E("Location", "St. Denis sur Seine"), E("Location", "France"), E("Person", "Louis Delaunay"),
           E("Person", "Marius Barbarou", "Barbarou", "Marius"), E("Company", "St. Denis"), E("Location", "Belleville"),
           E("Company", "Clement"), E("Company", "Lorraine-Dietrich"), E("Company", "Benz"),
           E("Person", "Nicholas II"), E("Person", "George I"), E("Location", "Greece"), E("Person", "Alphonso XIII"),
           E("Location", "Spain"), E("Person", "Jules Bonnot")],
 # 'S.A. des Automobiles Delaunay-Belleville was formed in 1903 by Louis Delaunay and Marius Barbarou' -> cofounder
 # for each. 'King George I of Greece', 'King Alphonso XIII of Spain' -> other at the country (heads of state, the
 # country named; the vocabulary has no king; doubtful); 'Russian Tsar Nicholas II' -> no role (Russia not named on its
 # own). 'Marius had experience working for Clement, Lorraine-Dietrich and Benz and was responsible for design and
 # styling' -> no role (no title; doubtful: a reader might give executive at the company)
 roles=[R("Louis Delaunay", "cofounder", DB), R("Marius Barbarou", "cofounder", DB), R("George I", "other", "Greece"),
        R("Alphonso XIII", "other", "Spain")],
 # Near-misses: 'Barbarou's family owned the boiler making company St. Denis' -> nothing (a family, no named owner;
 # no tie between St. Denis and the car maker beyond 'boiler design influences'); royal owners of the cars -> nothing
 # (customers that are persons)
 relations=[],
 outages=[],
 dates=[D("1903", "1903")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
