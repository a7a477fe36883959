#!/usr/bin/env python3
"""Batch 70ag gold annotations (session 64; the texts of batch70ag.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-70aa; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); years -> the year; 'between 1921
and 1924' -> each year its own item; decades ('the 1950s', 'the 1860s') and eras ('World War II') -> nothing. No text
tells an outage, so every `outages` list is empty: 'the factory served as repair shop for the German Luftwaffe',
'Letov failed to assert itself on the international market', 'due to the Iron Curtain, the import was stopped', 'The
company went bankrupt in 1979' and 'looted by the Germans ... and the buildings demolished' are war, politics and
business failures, no service lost (GUIDELINES, Outages). Round notes /tmp/gather70ag/NOTES.md; claims
/work/notes/gather70/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70aa): former names of the company ('founded ... in 1847
as Trollhättans Mekaniska Verkstad', '(Nydqvist & Holm AB)') -> aliases of one entity (GUIDELINES, Types); a
predecessor the text names as such ('The predecessor to the Lilpop, Rau i Loewenstein company was the Odlewnia i
Rządowa Fabryka Machin') -> its own entity, with its later names ('renamed to "Bracia Evans" – the Evans Brothers Co.')
and its English gloss as aliases (doubtful); 'founded by A, B and C' -> cofounder each (GUIDELINES, Roles: Founders);
'founded ... by the Ministry of Defense' -> no role and no relation (an organisation founding a company: no predicate);
'initially headed by A and B' -> head (B current false: 'Morris left the business'; A current true: he took the
business over with his brother, no end told); 'it was taken over by A and his brother B' -> head for B (persons taking
over a business, as 70aa's 'took over the bank's leadership'; doubtful); 'They were later joined by C, D and engineer
E' -> no role (no post; 'engineer' an occupation); 'it was bought by X' -> acquired and parentOrganization; 'Y of X'
for a division ('Electro-Motive Division of General Motors') -> parentOrganization; 'under licence from X' -> partner
(a licensing deal, the licensee first as written); 'X were a major customer', 'built for X', 'delivered to X' ->
partner (customer ties, the supplier first, batch 18b's rule); 'the aircraft engine division of A and B ... formed C'
-> partner(A, B) (a joint venture of two named organisations; doubtful) and nothing for C; 'manufacturing the Bristol
Jupiter aircraft engine, under licence from the Bristol Aeroplane Company' -> provider(Bristol Jupiter, Bristol
Aeroplane Company) (the licensor as maker, as earlier rounds' 'under licence -> provider'; doubtful); aircraft, engines,
locomotive types and a tank -> Service; parts and wings built for a type -> no provider (Letov not its maker); brands
named with no maker ('license-built lorries (Chevrolet and Buick)') -> Service with no provider; state railways ->
Company (as the corpus types Deutsche Bahn and the Swiss Federal Railways); an air force and a military alliance
('the German Luftwaffe', 'Warsaw Pact') -> Organization; demonyms ('Swedish', 'Polish', 'French', 'British', 'the
Germans') -> no entity; a name written in capitals ('LETOV') -> no alias beside 'Letov' (one form ignoring case).
usage: batch70ag_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aircraft, Czech Republic: Letov Kbely (en.wikipedia-on-ipfs.org) ---------------------------------------------
LT = "Letov"
A["wp-letov-kbely"] = dict(
 # the company -> Company 'Letov' ('LETOV' the same form in capitals); Groupe Latécoère -> Company; the Czechoslovakian
 # Ministry of Defense -> Organization; the Luftwaffe ('the German Luftwaffe'), the Warsaw Pact -> Organization; the
 # Letov Š-1, Ju 290, Ju 290 A-2 (a version named apart), MiG-15, MiG-19, MiG-21, L-29 Delfín, L-39 Albatros ->
 # Service; Prague, Letňany ('Prague - Letňany'), Czech Republic, Czechoslovakia -> Location. No entity: 'World War I',
 # 'World War II', 'French', 'German'
 entities=[E("Company", LT), E("Location", "Prague"), E("Location", "Let\u0148any"), E("Location", "Czech Republic"),
           E("Organization", "Czechoslovakian Ministry of Defense"), E("Service", "Letov \u0160-1"),
           E("Organization", "Luftwaffe"), E("Service", "Ju 290"), E("Service", "Ju 290 A-2"),
           E("Service", "MiG-15"), E("Service", "MiG-19"), E("Service", "MiG-21"), E("Service", "L-29 Delf\u00edn"),
           E("Organization", "Warsaw Pact"), E("Service", "L-39 Albatros"), E("Location", "Czechoslovakia"),
           E("Company", "Groupe Lat\u00e9co\u00e8re")],
 # no person named
 roles=[],
 # 'in 2000 it was bought by French Groupe Latécoère' -> acquired and parentOrganization; 'The first indigenous
 # aircraft, the Letov Š-1, was designed and built' -> provider; 'the factory served as repair shop for the German
 # Luftwaffe' -> partner (a customer tie, the supplier first; doubtful: wartime work). Near-misses: 'founded in 1918 by
 # the Czechoslovakian Ministry of Defense' -> nothing (no predicate for a founding body); parts and wings for the
 # MiGs, the L-29 Delfín and the L-39 Albatros -> no provider (Letov not their maker) and no partner (no maker named)
 relations=[L("Groupe Lat\u00e9co\u00e8re", "acquired", LT), L(LT, "parentOrganization", "Groupe Lat\u00e9co\u00e8re"),
            L("Letov \u0160-1", "provider", LT), L(LT, "partner", "Luftwaffe")],
 outages=[],
 # '1918', '1920', '1939', '1989', '2000' -> the years; 'the 1950s', 'the 1960s', 'the 1970s' -> nothing
 dates=[D("1918", "1918"), D("1920", "1920"), D("1939", "1939"), D("1989", "1989"), D("2000", "2000")])

# ---- engineering, Sweden: NOHAB (the-uncensored-wiki.com) ----------------------------------------------------------
NH = "NOHAB"
A["wp-nohab"] = dict(
 # the company -> Company 'NOHAB', aliases 'Nydqvist & Holm AB' (its full name), 'Trollhättans Mekaniska Verkstad'
 # (its first name); Electro-Motive Division, General Motors, the Danish State Railways, Hungarian State Railways,
 # Norges Statsbaner, the Bristol Aeroplane Company, AB Svenska järnvägsverkstäderna, SAAB -> Company; Antenor
 # Nydqvist, Johan Magnus Lidström, Carl Olof Holm -> Person; M61 ('type M61'), Di 3, Bristol Jupiter, S-tank ->
 # Service; Trollhättan, Russia, Hungary, Norway, Linköping -> Location. No entity: 'Swedish', 'the Iron Curtain',
 # 'a preservation group' (unnamed)
 entities=[E("Company", NH, "Nydqvist & Holm AB", "Trollh\u00e4ttans Mekaniska Verkstad"), E("Location", "Trollh\u00e4ttan"),
           E("Person", "Antenor Nydqvist"), E("Person", "Johan Magnus Lidstr\u00f6m"), E("Person", "Carl Olof Holm"),
           E("Location", "Russia"), E("Company", "Electro-Motive Division"), E("Company", "General Motors"),
           E("Company", "Danish State Railways"), E("Company", "Hungarian State Railways"), E("Service", "M61"),
           E("Location", "Hungary"), E("Service", "Di 3"), E("Company", "Norges Statsbaner"), E("Location", "Norway"),
           E("Service", "Bristol Jupiter"), E("Company", "Bristol Aeroplane Company"),
           E("Company", "AB Svenska j\u00e4rnv\u00e4gsverkst\u00e4derna"), E("Location", "Link\u00f6ping"), E("Company", "SAAB"),
           E("Service", "S-tank")],
 # 'founded by Antenor Nydqvist, Johan Magnus Lidström and Carl Olof Holm' -> cofounder each (named together)
 roles=[R("Antenor Nydqvist", "cofounder", NH), R("Johan Magnus Lidstr\u00f6m", "cofounder", NH),
        R("Carl Olof Holm", "cofounder", NH)],
 # 'Electro-Motive Division of General Motors' -> parentOrganization; 'under licence from Electro-Motive Division',
 # 'under licence from the Bristol Aeroplane Company' -> partner (licensing deals, NOHAB first as written); 'The Danish
 # State Railways were a major customer', '20 diesel engines were later built for Hungarian State Railways', '35 Di 3
 # units ... were delivered to Norges Statsbaner' -> partner (customer ties, the supplier first); 'the aircraft engine
 # division of NOHAB and AB Svenska järnvägsverkstäderna ... formed the aircraft manufacturer SAAB' -> partner(NOHAB,
 # AB Svenska järnvägsverkstäderna) (a joint venture; doubtful), nothing for SAAB; the Bristol Jupiter -> provider
 # Bristol Aeroplane Company (the licensor as maker; doubtful). Near-misses: 'an order of 1000 locomotives from Russia'
 # -> nothing (a country, no organisation); the M61 and Di 3 -> no provider (NOHAB's locomotives built under licence:
 # 'These locomtives', 'of the same kind'; the text names no maker apart from the licence; doubtful); the S-tank -> no
 # provider (NOHAB made only its hulls)
 relations=[L("Electro-Motive Division", "parentOrganization", "General Motors"),
            L(NH, "partner", "Electro-Motive Division"), L(NH, "partner", "Danish State Railways"),
            L(NH, "partner", "Hungarian State Railways"), L(NH, "partner", "Norges Statsbaner"),
            L("Bristol Jupiter", "provider", "Bristol Aeroplane Company"), L(NH, "partner", "Bristol Aeroplane Company"),
            L(NH, "partner", "AB Svenska j\u00e4rnv\u00e4gsverkst\u00e4derna")],
 outages=[],
 # '1847', '1865', '1912', '1916', '1920', '1921', '1924', '1930', '1979' -> the years ('between 1921 and 1924' ->
 # each year); 'the 1950s', 'A couple of years later', 'Today' (published null) -> nothing
 dates=[D("1847", "1847"), D("1865", "1865"), D("1912", "1912"), D("1916", "1916"), D("1920", "1920"),
        D("1921", "1921"), D("1924", "1924"), D("1930", "1930"), D("1979", "1979")])

# ---- engineering, Poland: Lilpop, Rau i Loewenstein (piglix) -------------------------------------------------------
LP = "Lilpop, Rau i Loewenstein"
OD = "Odlewnia i Rz\u0105dowa Fabryka Machin"
A["wp-lilpop-rau-i-loewenstein"] = dict(
 # the company -> Company 'Lilpop, Rau i Loewenstein', aliases 'Lilpop', 'LRL'; its predecessor -> Company 'Odlewnia i
 # Rządowa Fabryka Machin', aliases 'Foundry and Government Machinery Factory' (the text's gloss), 'Bracia Evans' and
 # 'Evans Brothers Co.' (its later names; doubtful: the text keeps the predecessor apart from the company); Thomas
 # Evans, Joseph Morris (alias 'Morris'), Andrew ('his brother Andrew'; the name as written), Douglas Evans, Alfred
 # Evans, Joshua Routledge -> Person; Chevrolet, Buick (lorry brands) -> Service; Warsaw, the Kingdom of Poland ->
 # Location. No entity: 'Polish', 'British', 'the Germans', 'World War II'
 entities=[E("Company", LP, "Lilpop", "LRL"), E("Location", "Warsaw"), E("Service", "Chevrolet"), E("Service", "Buick"),
           E("Company", OD, "Foundry and Government Machinery Factory", "Bracia Evans", "Evans Brothers Co."),
           E("Person", "Thomas Evans"), E("Person", "Joseph Morris", "Morris"), E("Location", "Kingdom of Poland"),
           E("Person", "Andrew"), E("Person", "Douglas Evans"), E("Person", "Alfred Evans"),
           E("Person", "Joshua Routledge")],
 # 'it was initially headed by Thomas Evans and Joseph Morris' -> head (Morris current false: 'Morris left the
 # business'; Thomas Evans current true: he took the business over in 1824, no end told); 'taken over by Thomas Evans
 # and his brother Andrew' -> head for Andrew, current true (doubtful). 'They were later joined by Douglas Evans,
 # Alfred Evans and engineer Joshua Routledge' -> no role (no post)
 roles=[R("Thomas Evans", "head", OD), R("Joseph Morris", "head", OD, False), R("Andrew", "head", OD)],
 # Near-misses: 'The predecessor to the Lilpop, Rau i Loewenstein company was the Odlewnia ...' -> nothing (a
 # predecessor, no purchase or ownership told); 'license-built lorries (Chevrolet and Buick)' -> no provider and no
 # partner (brands, their maker unnamed); 'a large holding company' -> nothing (no subsidiary named)
 relations=[],
 outages=[],
 # '1818' (twice, one item), '1824' -> the years; 'the 1860s', 'World War II' -> nothing
 dates=[D("1818", "1818"), D("1824", "1824")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
