#!/usr/bin/env python3
"""Batch 67s gold annotations (the texts of batch67s.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-67n; batch10_annotate.write_parts), so with three texts: test wp-darracq, train
wp-karl-kassbohrer-fahrzeugwerke, dev wp-nordiska-kompaniet. All are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'between 1902 and 1920', 'between the years 1934 - 1939', 'between 1979 and
1989' -> two items each; '30 September 1902', 'April 29, 1973', 'September 10, 2003', 'September 21, 1915' -> the day;
life years in brackets ('(1872-1949)') -> two items; decades ('In the mid to late 1930s', 'At the end of the 1990s')
and times counted from another date of the text ('the next day') -> nothing (no calendar value of their own, and
`published` is null). No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (a
break-up for economic problems, years of financial difficulties: business troubles; a stabbing in a store: a crime,
no service lost; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-67n): 'was acquired by Y', 'X sold A to Y', "Y's
purchase of A", 'A was sold ... to Y' -> acquired + parentOrganization(target, buyer) (completed; none said to be merged
away); 'acquired by investors led by A' and 'A and B purchased X' (people or unnamed investors as buyers) -> no acquired
(as batches 63h-67n: persons as buyers and owners); 'founded ... through the merger of the two companies X and Y' ->
nothing between X, Y and the new company (a merger with no buyer told); 'owned by X' -> parentOrganization; 'X,
controlled by Y' -> parentOrganization(X, Y); 'was responsible for the actual construction of the building' (a named
contractor building a named company's store) -> partner, direction as written (doubtful); a brand the text says a
company's products were named or are produced under ("X's coaches and buses were named Setra", 'continues to produce
under the brand name Setra', 'The snow-grooming vehicles were called PistenBully') -> Service with provider (vehicle
nameplates are Service: GUIDELINES, Types); 'A founded X', 'was founded in 1896 by A' (one person named alone) ->
founder (GUIDELINES, Roles, Founders), current true; 'The men responsible for the merger were A and B' (the merger the
company was founded through) -> cofounder each (two people named together as founding it; doubtful); "the ... factory's
managing director, A" -> director (GUIDELINES: managing director -> director) at the company the factory is the
business of, current true (no leaving told); 'took over the company', 'continued to run the business', 'taking a
substantial shareholding' -> no role (no post named); a minister named with the country -> minister at the country
(GUIDELINES, Roles), current false when the text tells the person's death; an owner's possessive ("Ivar Kreuger's
company", 'his Gladiator Bicycle business') -> no role (owners carry no title, as batches 24c, 27a, 64f, 65l and 66i);
a company's names in turn ('became S.T.D. Motors Limited', 'founded the Wagenfabrik Kassbohrer', 'was renamed
Automobiles Talbot', 'under the name Talbot') -> aliases of one entity (GUIDELINES, Types); a literal English gloss
of a company's name in the text's bracket ('literally The Nordic Company') -> alias (as batch 66i listed 'Belgian
Farmers' Union'; doubtful); streets and parks ('Peter-Schmid-Stra\u03b2e', 'Hamngatan', 'the Kungstradgarden park') ->
Location; demonyms and adjectives ('German', 'British-French', 'French', 'English', 'British', 'Swedish', 'American')
-> nothing.
usage: batch67s_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- vehicles, France and the UK: Darracq and Company London (wikiwand.com's rendering, recent) ----------------------
ADC = "A Darracq and Company Limited"
ADE = "A. Darracq et Cie"
SUN = "Sunbeam Motor Car Company"
A["wp-darracq"] = dict(
 # the English company -> Company 'A Darracq and Company Limited' (the name the text opens with), aliases 'Darracq &
 # Company' ("After Darracq & Company's purchase") and 'S.T.D. Motors Limited' ('became S.T.D. Motors Limited', 'the
 # firm was renamed S.T.D. Motors Limited': its later name; GUIDELINES, Types); the French enterprise -> its own
 # Company 'A. Darracq et Cie' (the company the English one bought: 'Darracq sold A. Darracq et Cie to A Darracq and
 # Company Limited'), aliases 'A Darracq et Cie' (the section's spelling, no full stop), 'Automobiles Talbot' ('the
 # Suresnes business was renamed Automobiles Talbot') and 'Talbot' ('The Suresnes business continued ... under the name
 # Talbot'; doubtful: the same word in 'the gathering of Sunbeam, Talbot, and Darracq' names a third firm or brand the
 # text never introduces, and 'branded just Talbot' the products' brand; one surface form, one entity, so all read as
 # the Suresnes business's name); Alexandre Darracq -> Person, alias 'Darracq' ('Darracq sold', 'Darracq continued'; in
 # 'the Darracq name was dropped from all products' and 'Sunbeam, Talbot, and Darracq' the word is a brand, kept with
 # the person as the one surface form); 'his Gladiator Bicycle business' -> Company 'Gladiator Bicycle' (a named
 # business; doubtful: a reader might take 'Gladiator' alone); 'the Sunbeam Motor Car Company' -> Company, alias
 # 'Sunbeam' ('the gathering of Sunbeam, Talbot, and Darracq'); Antonio Lago -> Person; Suresnes, Paris, England ->
 # Location. No entity: 'the British venture capitalists', 'investors' (unnamed), 'French law', 'English law',
 # 'British-French', 'French', 'British', 'English' (adjectives), 'the Suresnes factory' (a plant, unnamed)
 entities=[E("Company", ADC, "Darracq & Company", "S.T.D. Motors Limited"),
           E("Company", ADE, "A Darracq et Cie", "Automobiles Talbot", "Talbot"), E("Location", "Suresnes"),
           E("Location", "Paris"), E("Person", "Alexandre Darracq", "Darracq"), E("Company", "Gladiator Bicycle"),
           E("Location", "England"), E("Company", SUN, "Sunbeam"), E("Person", "Antonio Lago")],
 # 'A. Darracq et Cie ... was founded in 1896 by Alexandre Darracq' -> founder (one person named alone), current true;
 # 'the Suresnes factory's managing director, Antonio Lago' -> director (GUIDELINES: managing director -> director) at
 # A. Darracq et Cie (the Suresnes business, then named Talbot, whose factory it is; doubtful: a reader might give it
 # to the English parent), current true (no leaving told). Near-misses: 'taking a substantial shareholding himself'
 # -> no role (a shareholder); 'Darracq continued to run the business from Paris until retiring in 1913' -> no role
 # (no post named; a reader might give head, current false); 'his Gladiator Bicycle business' -> no role (an owner)
 roles=[R("Alexandre Darracq", "founder", ADE), R("Antonio Lago", "director", ADE)],
 # 'In 1902 Darracq sold A. Darracq et Cie to A Darracq and Company Limited of England', 'A Darracq et Cie was sold 30
 # September 1902 to a newly created English firm, A Darracq and Company Limited' -> acquired(A Darracq and Company
 # Limited, A. Darracq et Cie) + parentOrganization (one sale told twice; 'still under British control' in 1935 the
 # same ownership); "After Darracq & Company's purchase of the Sunbeam Motor Car Company in 1920" ->
 # acquired(A Darracq and Company Limited, Sunbeam Motor Car Company) + parentOrganization. Near-misses: 'when it was
 # acquired by investors led by the Suresnes factory's managing director, Antonio Lago' -> no acquired (unnamed
 # investors and a person as buyers; a reader might give acquired to Antonio Lago); 'after selling his Gladiator
 # Bicycle business' -> nothing (the buyer not named); 'the gathering of Sunbeam, Talbot, and Darracq under one
 # ownership' -> nothing beyond the two purchases (no third purchase told); 'which evolved from A. Darracq et Cie' ->
 # no further relation
 relations=acq(ADC, ADE) + acq(ADC, SUN),
 outages=[],
 # '1902' ('between 1902 and 1920', 'In 1902'; one item), '1920' (twice, one item), '1896', '1913', '1911', '1922',
 # '1935', '30 September 1902' -> the day
 dates=[D("1902", "1902"), D("1920", "1920"), D("1896", "1896"), D("1913", "1913"), D("1911", "1911"),
        D("1922", "1922"), D("1935", "1935"), D("30 September 1902", "1902-09-30")])

# ---- vehicles, Germany: Karl Kassbohrer Fahrzeugwerke (en.wikipedia.org's 'Jump to content' rendering, 2024) ---------
KKF = "Karl K\u00e4ssbohrer Fahrzeugwerke GmbH"
KK = "Karl K\u00e4ssbohrer"
A["wp-karl-kassbohrer-fahrzeugwerke"] = dict(
 # the maker -> Company 'Karl Kassbohrer Fahrzeugwerke GmbH' (the fullest name), aliases 'Wagenfabrik Kassbohrer' (the
 # name it was founded under in 1893; a former name, GUIDELINES, Types) and 'Kassbohrer' ('Kassbohrer developed a
 # trailer', 'Kassbohrer was Germany's biggest', "Kassbohrer's coaches and buses", 'worked for Kassbohrer', 'the
 # Kassbohrer Ulm factory'); 'Karl Kassbohrer' (founder in 1893) -> Person, alias 'Karl Kassbohrer senior' ('When
 # Karl Kassbohrer senior died in 1922'); 'Karl junior' -> Person (the text's only full form for the son), alias
 # 'Karl' ('Karl and Otto purchased' in 1928, 'Karl applied for a patent' in 1931, both after the father's death;
 # doubtful: 'On April 29, 1973, Karl Kassbohrer passed away' uses the father's full name for the son, and one surface
 # form stands for one entity, so that sentence's name stays with the founder); 'Otto Kassbohrer' -> Person, alias
 # 'Otto'; Daimler Truck -> Company; 'Ulmer Karosseriefabrik Neuer & Thieme, a frame and body construction company' ->
 # Company; Setra ('the brand name Setra', 'coaches and buses were named Setra') and PistenBully ('The snow-grooming
 # vehicles were called PistenBully') -> Service (vehicle nameplates; GUIDELINES, Types); Ulm, Germany ("Germany's
 # biggest"), Peter-Schmid-Stra\u03b2e (a street, written with a Greek beta as in the text) -> Location. No entity:
 # 'the group', 'the Kassbohrer Ulm factory' (a plant, the company's name inside it), 'the transportation industry',
 # 'German'
 entities=[E("Company", KKF, "Wagenfabrik K\u00e4ssbohrer", "K\u00e4ssbohrer"), E("Location", "Ulm"),
           E("Company", "Daimler Truck"), E("Service", "Setra"), E("Person", KK, "Karl K\u00e4ssbohrer senior"),
           E("Person", "Karl junior", "Karl"), E("Person", "Otto K\u00e4ssbohrer", "Otto"),
           E("Company", "Ulmer Karosseriefabrik Neuer & Thieme"), E("Location", "Peter-Schmid-Stra\u03b2e"),
           E("Location", "Germany"), E("Service", "PistenBully")],
 # 'In 1893, Karl Kassbohrer founded the Wagenfabrik Kassbohrer in Ulm' -> founder (one person named alone), current
 # true (as the templates keep founders current). Near-misses: 'his sons, Karl junior and Otto Kassbohrer, took over
 # the company' -> no role (no post named; a reader might give head or owner); 'Karl applied for a patent' -> no role
 roles=[R(KK, "founder", KKF)],
 # 'The group broke up in 1995 ... and was acquired by Daimler Truck' -> acquired(Daimler Truck, Karl Kassbohrer
 # Fahrzeugwerke GmbH) + parentOrganization (completed; the break-up is no merger); "Kassbohrer's coaches and buses
 # were named Setra" -> provider(Setra, Karl Kassbohrer Fahrzeugwerke GmbH); 'Daimler Truck, which continues to produce
 # under the brand name Setra' -> provider(Setra, Daimler Truck) (relations carry no time, so both makers in turn
 # stand); 'The snow-grooming vehicles were called PistenBully' (the company's products, named in its list of products)
 # -> provider(PistenBully, Karl Kassbohrer Fahrzeugwerke GmbH). Near-misses: 'In 1928, Karl and Otto purchased Ulmer
 # Karosseriefabrik Neuer & Thieme' -> no acquired (people as buyers, as batches 63h-67n; a reader might give
 # acquired(Kassbohrer, Neuer & Thieme), the brothers then running the company); 'the Kassbohrer Ulm factory in
 # Peter-Schmid-Strasse expanded' -> nothing (a plant)
 relations=acq("Daimler Truck", KKF) + [L("Setra", "provider", KKF), L("Setra", "provider", "Daimler Truck"),
                                          L("PistenBully", "provider", KKF)],
 outages=[],
 # '1995', '1893', '1922' (twice, one item), '1928', '1931', '1934' and '1939' ('between the years 1934 - 1939'),
 # '1969', 'April 29, 1973' -> the day, '1979' and '1989' ('between 1979 and 1989'); 'In the mid to late 1930s' and
 # 'At the end of the 1990s' -> left out (decades)
 dates=[D("1995", "1995"), D("1893", "1893"), D("1922", "1922"), D("1928", "1928"), D("1931", "1931"),
        D("1934", "1934"), D("1939", "1939"), D("1969", "1969"), D("April 29, 1973", "1973-04-29"),
        D("1979", "1979"), D("1989", "1989")])

# ---- retail, Sweden: Nordiska Kompaniet (en-academic.com's copy, about 2008-2010) -------------------------------------
NKC = "Nordiska Kompaniet"
HUF = "Hufvudstaden AB"
LEL = "LE Lundbergf\u00f6retagen AB"
A["wp-nordiska-kompaniet"] = dict(
 # the stores' company -> Company 'Nordiska Kompaniet', aliases 'NK' ('colloquially NK', 'the NK Stockholm store') and
 # 'The Nordic Company' ('literally The Nordic Company': the name's English gloss in the text's bracket, capitalised;
 # doubtful: a translation, not a name used); Hufvudstaden AB -> Company; 'LE Lundbergforetagen AB publ' -> Company
 # 'LE Lundbergforetagen AB' (the name up to 'AB'; the trailing 'publ', Sweden's mark of a public company, left out;
 # doubtful: a reader might keep it in the name); Fredrik Lundberg ('(see Fredrik Lundberg)') -> Person; Anna Lindh ->
 # Person; 'the two companies K.M. Lundberg and Joseph Leja' -> Company each; Karl Ludvig Lundberg, Josef Sachs,
 # Ferdinand Boberg, Ivar Kreuger -> Person; Kreuger & Toll -> Company; Stockholm, Gothenburg, Sweden (alias-free;
 # "Sweden's leading" the same), Paris, London, Hamngatan (a street), Kungstradgarden ('the Kungstradgarden park', a
 # named site) -> Location. No entity: 'two department stores', 'the NK Stockholm store' (a store, the company's name
 # inside it), 'the building', 'American department stores', 'Swedish', 'Art Nouveau' (a style)
 entities=[E("Company", NKC, "NK", "The Nordic Company"), E("Location", "Stockholm"), E("Location", "Gothenburg"),
           E("Location", "Sweden"), E("Company", HUF), E("Company", LEL), E("Person", "Fredrik Lundberg"),
           E("Person", "Anna Lindh"), E("Company", "K.M. Lundberg"), E("Company", "Joseph Leja"),
           E("Person", "Karl Ludvig Lundberg"), E("Person", "Josef Sachs"), E("Location", "Paris"),
           E("Location", "London"), E("Location", "Hamngatan"), E("Location", "Kungstr\u00e4dg\u00e5rden"),
           E("Person", "Ferdinand Boberg"), E("Person", "Ivar Kreuger"), E("Company", "Kreuger & Toll")],
 # 'The company was founded in Stockholm 1902 through the merger of the two companies ... The men responsible for the
 # merger were Karl Ludvig Lundberg and Josef Sachs, who wanted to establish a department store' -> cofounder each at
 # Nordiska Kompaniet (two people named together as founding it through the merger; GUIDELINES, Roles, Founders;
 # doubtful: the text names them as responsible for the merger, not in so many words as founders), current true;
 # 'Swedish Minister of Foreign Affairs Anna Lindh' -> minister at Sweden (a minister with the country named on its
 # own; GUIDELINES, Roles), current false ('She died the next day'; doubtful: the text does not say 'former', but the
 # post ended with her death). Near-misses: "Ivar Kreuger's company Kreuger & Toll" -> no role (an owner's
 # possessive, no post; a reader might give founder or head); "Ferdinand Boberg, Sweden's leading Art Nouveau
 # architect" -> no role (no organisation); '(see Fredrik Lundberg)' -> no role (a cross-reference, no post told)
 roles=[R("Karl Ludvig Lundberg", "cofounder", NKC), R("Josef Sachs", "cofounder", NKC),
        R("Anna Lindh", "minister", "Sweden", False)],
 # 'The trademark and the real estate properties in Gothenburg and Stockholm are owned by Hufvudstaden AB' ->
 # parentOrganization(Nordiska Kompaniet, Hufvudstaden AB) (the stores' name and buildings owned: read as the owner of
 # the business; doubtful: the text names the trademark and properties, not the company's shares); 'Hufvudstaden AB,
 # controlled by LE Lundbergforetagen AB publ' -> parentOrganization(Hufvudstaden AB, LE Lundbergforetagen AB); "Ivar
 # Kreuger's company Kreuger & Toll was responsible for the actual construction of the building" (the building
 # 'designed and built especially for the department store') -> partner(Kreuger & Toll, Nordiska Kompaniet) (a
 # builder's contract; doubtful: the text does not say who hired the builder). Near-misses: 'founded ... through the
 # merger of the two companies K.M. Lundberg and Joseph Leja' -> nothing (a merger with no buyer told; no
 # parentOrganization of either to Nordiska Kompaniet, a reader might add both); 'Ferdinand Boberg ... designed the
 # building' -> nothing (a person, no company)
 relations=[L(NKC, "parentOrganization", HUF), L(HUF, "parentOrganization", LEL), L("Kreuger & Toll", "partner", NKC)],
 outages=[],
 # 'September 10, 2003' -> the day, '1902', '1872' and '1949' ('(1872-1949)'), 'September 21, 1915' -> the day; 'the
 # next day' -> left out (counted from another date of the text; `published` is null)
 dates=[D("September 10, 2003", "2003-09-10"), D("1902", "1902"), D("1872", "1872"), D("1949", "1949"),
        D("September 21, 1915", "1915-09-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
