#!/usr/bin/env python3
"""Batch 69c gold annotations (session 63; the texts of batch69c.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-68aa; batch10_annotate.write_parts), so with three texts: test (wp-ahlstrom-munksjo),
train (wp-escher-wyss), dev (wp-lorraine-dietrich). All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); years -> years ('1902' and '1913' of '(1902/1913)' each a year; '1860' of 'After 1860');
'19th-century', 'Around this time', 'During WWII' -> nothing (a century, a time relative to another, a war). No text tells an outage or a near-miss of one, so every `outages` list is empty. Round notes
/tmp/gather69c/NOTES.md; claims /work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68aa): 'founded in 1884 by A' with one person named ->
founder; 'founded ... by A and B' -> cofounder each (GUIDELINES, Roles, 'Founders'); 'the founder, A' -> founder;
'The creation of the X paper mill ... was due to a chance meeting of two eminent gentlemen: A ... and B' -> cofounder
each at X (the two the text credits with the mill's creation; doubtful: the text does not say 'founded'), all current
true (the founding stays a fact, as batches 62h, 68d, 68t and 68aa kept it); 'led by A, President and CEO' ->
president and ceo (two posts named); 'B is Deputy CEO and CFO' -> executive (deputy CEO, a senior post GOLD_FORMAT's
vocabulary does not name) and cfo; 'managing director of the X plant, A' -> director at the plant's company
(GUIDELINES: managing director -> director), current true (no end told, as batches 63i and 68aa read old posts);
'under the direction of A, the company concentrated on ...' -> head (the company's leader, no title named; doubtful:
director or executive), current false (the company 'was closed in 2014'; as batch 68aa read posts at firms gone);
'taken over in 1969 by X' -> acquired and parentOrganization (GUIDELINES, Relations); 'then inside of the group X'
-> parentOrganization to X (ownership since passed on still recorded; doubtful: the sentence's grammar leaves whether
the company or its buyer sits inside the group); 'X ... created when railway locomotive manufacturer Y branched into
the manufacture of automobiles' -> parentOrganization(X, Y) (X the automobile branch of Y; doubtful: one company under
two names); 'provided equipment for X', 'paddle steamers ... built for X' -> partner(the company, X) (supply and
customer relations between two named organisations: GUIDELINES, Relations; doubtful for the steamers' builder's
contract, told only through the ships); 'a Marseilles-designed Turcat-Méry at Lunéville, following a 1901 deal with
that cash-strapped company' -> partner(the maker, Turcat-Méry) (a licensing deal; 'Turcat-Méry' a Company, the car
built under the deal not given an entity of its own, one surface form for one entity; doubtful); 'bought the rights to
a design by A' (a person) -> nothing; a company's racer ('the Torpilleur (Torpedo) racer') -> Service with provider to
its maker; a car built under licence whose maker is named only inside its name ('a licence-built Belgian Vivinus
voiturette') -> Service, no provider or partner (as batch 68aa's GN cyclecar); an aircraft model whose maker is named
only inside its name ('the Hispano Aviación HA-1112') -> Service, no provider (GUIDELINES, Types); ships' names ('Stadt
Zürich', 'Stadt Rapperswil', 'Unterwalden', 'Gallia') -> nothing (GUIDELINES, Types); a paper mill that 'became one of
Europe's most innovative paper producers' -> Company; a city quarter, lakes, cities, regions, continents and countries
-> Location; events, wars and inventories ('the Franco-Prussian War', 'the Paris-Amsterdam Trial', 'the Tour de
France', 'WWII', 'the Swiss inventory of cultural property ...') -> nothing; demonyms ('French', 'Swiss', 'German',
'Belgian') -> nothing.
usage: batch69c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- fiber-based materials, Finland: Ahlstrom-Munksjö (en.wikipedia.org's rendering, redirect 'Ahlstrom') ---------
AM = "Ahlstrom-Munksj\u00f6 Oyj"
HS = "Hans Sohlstr\u00f6m"
SA = "Sakari Ahdekivi"
MU = "Munksj\u00f6"
A["wp-ahlstrom-munksjo"] = dict(
 # the company -> Company 'Ahlstrom-Munksjö Oyj', alias 'Ahlstrom' ('Business name: Ahlstrom'; 'Ahlstrom's',
 # possessive-free); 'Munksjö' ('the Munksjö paper mill', 'Munksjö became one of Europe's most innovative paper
 # producers') -> Company (a mill run as a business; the text does not tie it to Ahlstrom-Munksjö: the merger is not in
 # the text); Hans Sohlström, Sakari Ahdekivi, Janne Lundström, Lars Johan Hierta and Antti Ahlström -> Person;
 # Europe, 'South America' (of 'North and South America': the one continent's name whole in the text; 'North America'
 # is not written; doubtful), Asia, Helsinki, Finland and Jönköping -> Location. No entity: '13 countries', 'the head
 # office', 'Europe's' (possessive-free 'Europe', the Location)
 entities=[E("Company", AM, "Ahlstrom"), E("Location", "Europe"), E("Location", "South America"),
           E("Location", "Asia"), E("Location", "Helsinki"), E("Location", "Finland"), E("Person", HS),
           E("Person", SA), E("Company", MU), E("Person", "Janne Lundstr\u00f6m"),
           E("Location", "J\u00f6nk\u00f6ping"), E("Person", "Lars Johan Hierta"),
           E("Person", "Antti Ahlstr\u00f6m")],
 # 'The company is led by Hans Sohlström, President and CEO' -> president and ceo (current true); 'Sakari Ahdekivi is
 # Deputy CEO and CFO' -> executive (deputy CEO) and cfo (current true); 'the founder, Antti Ahlström' (of Ahlstrom,
 # 'Ahlstrom has its roots in Finland') -> founder; 'The creation of the Munksjö paper mill in 1862 was due to a chance
 # meeting of two eminent gentlemen: Janne Lundström ... and Lars Johan Hierta' -> cofounder each at Munksjö
 # (doubtful: the text credits the meeting, not a founding, in words). Near-misses: 'an inventor and industrialist',
 # 'a prominent financier, publisher and politician', 'one of Finland's most prominent 19th-century businessmen' -> no
 # role (occupations)
 roles=[R(HS, "president", AM), R(HS, "ceo", AM), R(SA, "executive", AM), R(SA, "cfo", AM),
        R("Janne Lundstr\u00f6m", "cofounder", MU), R("Lars Johan Hierta", "cofounder", MU),
        R("Antti Ahlstr\u00f6m", "founder", AM)],
 # no relation told: Munksjö is not tied to Ahlstrom-Munksjö in the text (near-miss: the merged name alone -> nothing);
 # 'Ahlstrom's customers represent several industries' -> nothing (no customer named)
 relations=[],
 outages=[],
 # '1862'; '19th-century' -> left out (a century)
 dates=[D("1862", "1862")])

# ---- engineering, Switzerland: Escher Wyss & Cie. (en.wikipedia.org.'s page) ----------------------------------------
EW = "Escher Wyss & Cie."
A["wp-escher-wyss"] = dict(
 # the company -> Company 'Escher Wyss & Cie.', alias 'Escher Wyss AG' ('also known as'); the city quarter 'Escher
 # Wyss' ('the Zürich quarter of Escher Wyss, which takes its name from the company') -> Location (the bare form stands
 # only for the quarter); Hans Caspar Escher, Salomon von Wyss and Hans Zoelly -> Person; Norsk Hydro, Sulzer AG,
 # Andritz AG ('the group Andritz AG') and the Dampfbootgesellschaft (a steamboat company) -> Company; Zürich, Lake
 # Zürich and Lake Lucerne -> Location; the Hispano Aviación HA-1112 -> Service (an aircraft model; its maker named
 # only inside the product's name). No entity: the paddle steamers' names 'Stadt Zürich', 'Stadt Rapperswil',
 # 'Unterwalden' and 'Gallia' (ships), 'the Swiss inventory of cultural property of national and regional
 # significance' (an inventory), 'WWII' (a war), 'the German war effort', 'Swiss' (demonyms)
 entities=[E("Company", EW, "Escher Wyss AG"), E("Location", "Z\u00fcrich"), E("Location", "Escher Wyss"),
           E("Person", "Hans Caspar Escher"), E("Person", "Salomon von Wyss"), E("Person", "Hans Zoelly"),
           E("Company", "Norsk Hydro"), E("Company", "Sulzer AG"), E("Company", "Andritz AG"),
           E("Location", "Lake Z\u00fcrich"), E("Company", "Dampfbootgesellschaft"), E("Location", "Lake Lucerne"),
           E("Service", "Hispano Aviaci\u00f3n HA-1112")],
 # 'The company was founded, as Escher Wyss & Cie., in 1805 by Hans Caspar Escher and Salomon von Wyss' -> cofounder
 # each (two people named together; current true); 'After 1860, under the direction of Hans Zoelly, the company
 # concentrated on ...' -> head, current false (the company closed in 2014; doubtful: director, executive)
 roles=[R("Hans Caspar Escher", "cofounder", EW), R("Salomon von Wyss", "cofounder", EW),
        R("Hans Zoelly", "head", EW, False)],
 # 'it was taken over in 1969 by Sulzer AG' -> acquired and parentOrganization; 'then inside of the group Andritz AG'
 # -> parentOrganization(Escher Wyss & Cie., Andritz AG) (doubtful: no purchase told, so no acquired); 'it provided
 # equipment for Norsk Hydro' -> partner (supply); 'paddle steamers ... built for the Dampfbootgesellschaft' -> partner
 # (a customer's order; doubtful). Near-misses: 'a supplier for the German war effort' -> nothing (no organisation
 # named); 'Propellers for the Hispano Aviación HA-1112' -> nothing (a product for a product; its maker not an entity)
 relations=[L("Sulzer AG", "acquired", EW), L(EW, "parentOrganization", "Sulzer AG"),
            L(EW, "parentOrganization", "Andritz AG"), L(EW, "partner", "Norsk Hydro"),
            L(EW, "partner", "Dampfbootgesellschaft")],
 outages=[],
 # '1805', '1835', '1860' (of 'After 1860'), '1904', '1929', '1969', '2014', '1890', '1909', '1914', '1902' and '1913'
 # (of '(1902/1913)'); 'Around this time', 'During WWII' -> left out
 dates=[D("1805", "1805"), D("1835", "1835"), D("1860", "1860"), D("1904", "1904"), D("1929", "1929"),
        D("1969", "1969"), D("2014", "2014"), D("1890", "1890"), D("1909", "1909"), D("1914", "1914"),
        D("1902", "1902"), D("1913", "1913")])

# ---- automobiles, France: Lorraine-Dietrich (piglix.com's copy) ---------------------------------------------------
LD = "Lorraine-Dietrich"
DD = "Soci\u00e9t\u00e9 Lorraine des Anciens Etablissements de Dietrich et Cie de Lun\u00e9ville"
TK = "Adrien, Baron de Turckheim"
A["wp-lorraine-dietrich"] = dict(
 # the car and aero-engine maker -> Company 'Lorraine-Dietrich'; the locomotive maker -> Company 'Société Lorraine des
 # Anciens Etablissements de Dietrich et Cie de Lunéville', aliases 'De Dietrich et Cie' ('known as') and 'de Dietrich'
 # ('de Dietrich eventually produced the entire vehicle themselves', 'de Dietrich debuted the Torpilleur': the company,
 # its verbs plural or a maker's; doubtful: Lorraine-Dietrich's own short name); Turcat-Méry ('a Marseilles-designed
 # Turcat-Méry ..., following a 1901 deal with that cash-strapped company') -> Company (the car of that name given no
 # entity of its own; doubtful); Jean de Dietrich, Adrien, Baron de Turckheim ('Adrien, Baron de Turckheim', the
 # fullest form as written), Amédée Bollée (alias 'Bollée': 'engines from Bollée', 'The Bollée-inspired design';
 # doubtful: the engines' maker might be read as a firm) and Gaudry (a driver) -> Person; the Torpilleur (alias
 # 'Torpedo', the gloss in parentheses; 'torpilleur' the same name in lower case) and the Vivinus voiturette ->
 # Service; Niederbronn-les-Bains (alias 'Niederbronn', the same town: 'at Niederbronn'), Alsace, Lunéville, Lorraine
 # ('Lunéville, Lorraine', the province) and Marseilles ('Marseilles-designed') -> Location. No entity: 'the Franco-Prussian War', 'the Paris-Amsterdam Trial',
 # 'the Tour de France' (a war and races), 'the works teams', 'French', 'Belgian' (demonyms)
 entities=[E("Company", LD), E("Company", DD, "De Dietrich et Cie", "de Dietrich"), E("Person", "Jean de Dietrich"),
           E("Location", "Niederbronn-les-Bains", "Niederbronn"), E("Location", "Alsace"), E("Location", "Lun\u00e9ville"),
           E("Location", "Lorraine"), E("Person", TK), E("Person", "Am\u00e9d\u00e9e Boll\u00e9e", "Boll\u00e9e"),
           E("Service", "Torpilleur", "Torpedo"), E("Person", "Gaudry"), E("Service", "Vivinus voiturette"),
           E("Location", "Marseilles"), E("Company", "Turcat-M\u00e9ry")],
 # 'De Dietrich et Cie, founded in 1884 by Jean de Dietrich' -> founder (one person named; current true); 'In 1896,
 # managing director of the Lunéville plant, Adrien, Baron de Turckheim, bought the rights' -> director at the plant's
 # company (current true; doubtful: the org, the locomotive maker or its car branch Lorraine-Dietrich; the plant is
 # the maker's). Near-misses: 'a design by Amédée Bollée' -> no role (a designer, no post); 'Gaudry wrecked en route'
 # -> no role (a driver)
 roles=[R("Jean de Dietrich", "founder", DD), R(TK, "director", DD)],
 # 'Lorraine-Dietrich ..., created when railway locomotive manufacturer [DD] branched into the manufacture of
 # automobiles' -> parentOrganization(Lorraine-Dietrich, DD) (doubtful); 'de Dietrich debuted the Torpilleur (Torpedo)
 # racer' -> provider; 'a Marseilles-designed Turcat-Méry at Lunéville, following a 1901 deal with that cash-strapped
 # company' -> partner(DD, Turcat-Méry) (a licensing deal; doubtful). Near-misses: 'bought the rights to a design by
 # Amédée Bollée' -> nothing (a person); 'a licence-built Belgian Vivinus voiturette' -> nothing (no licensor named as
 # an organisation; no provider)
 relations=[L(LD, "parentOrganization", DD), L("Torpilleur", "provider", DD), L(DD, "partner", "Turcat-M\u00e9ry")],
 outages=[],
 # '1896', '1935', '1884', '1898', '1899', '1901'
 dates=[D("1896", "1896"), D("1935", "1935"), D("1884", "1884"), D("1898", "1898"), D("1899", "1899"),
        D("1901", "1901")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
