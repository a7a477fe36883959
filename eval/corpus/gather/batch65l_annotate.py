#!/usr/bin/env python3
"""Batch 65l gold annotations (the texts of batch65l.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-65f; batch10_annotate.write_parts), so with three texts: test wp-kockums-naval-solutions, train
wp-laurin-klement, dev wp-werkspoor. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'Prior to 1999', 'in 1999' and 'after 1999' -> one item '1999' (one text, one value); birth and death dates
written out in a person's brackets ('born 27 September 1865, died 4 December 1930') -> a day each (as batches before
listed 'born 14 April 1957' and 'born 27 January 1941'; life years alone, '(1890-1963)', stay out, as batch 64f); 'Today'
-> nothing (no calendar value with `published` null). No text tells an outage, so every `outages` list is empty; none
tells a near-miss of one (a request for an 'automatic stay', a conflict over development costs: no service lost by
users; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-65f): 'It was acquired by X', 'X acquired Y', 'Y was
bought by X' -> acquired + parentOrganization(target, buyer) (completed; none said to be merged away); 'owned by X', 'a
subsidiary of X', 'controlled by the Swedish state through the company X' -> parentOrganization (ownership stated as
past still recorded; relations carry no time); 'Werkspoor was merged with Stork' -> nothing (a merger with no buyer
told; GUIDELINES, Relations); 'It bought all assets of its predecessor' -> nothing (an asset purchase); 'X worked with
A and B to offer ...' -> partner each (a joint bid); 'X's only Swedish customer, Y' -> partner(X, Y) (a customer
relation); 'founded ... by A and B', 'named after its two founders: A ..., and B' -> cofounder each (GUIDELINES, Roles,
Founders: the joint construction), current true; 'started as new CEO' -> ceo, current true (the text stops before
any leaving, as batch 64f kept Geoffrey Robinson's post); 'The supervisory board was formed by: A, B, ...' -> director
each at the company (a board member -> director; GUIDELINES, Roles), current true; 'owner of the machine factory X'
-> no role (owners carry no title, as batches 24c, 27a and 64f); the mayor of a city -> no role (GUIDELINES, Roles and
GATHERING.md: a city is a Location, mayors get no role); members of a senate or a house of representatives -> no role
(GUIDELINES, Roles: legislators); a company's names in turn ('later named ...', 'the shortened, and later the official
name of ...') -> aliases of one entity (GUIDELINES, Types), but a predecessor the text calls 'a successor of the
company X' and 'a new company was founded' apart from -> its own entity; named car models and vessel types ('Yeti',
'Octavia', 'Superb', 'the A26 submarine', 'a Visby-class corvette', 'Skjold class') -> Service (GUIDELINES, Types:
vehicles; ships' own names would be nothing), with provider to a maker only where the text ties one; programmes
('the American Focused Mission Vessel Study', 'the Littoral Combat Ship program') -> nothing (GUIDELINES, Types); a
state's defence procurement agency and a navy -> Organization; legislatures ('the Dutch senate', 'the House of
Representatives') -> Organization; demonyms and adjectives ('Czech', 'Swedish', 'German', 'American', 'Dutch') ->
nothing.
usage: batch65l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- shipyards, Sweden: Kockums AB (the-uncensored-wiki.com's copy of the February 2016 dump) -----------------------
KO = "Kockums AB"
HDW = "Howaldtswerke-Deutsche Werft"
TK = "ThyssenKrupp"
FMV = "Defence Materiel Administration"
A["wp-kockums-naval-solutions"] = dict(
 # the shipyard -> Company 'Kockums AB', aliases 'Kockums' ('Kockums worked with', "Kockums' most renowned activity")
 # and 'Kockum' (the text's "Kockum's only Swedish customer", "Kockum's German owners", possessive-free; doubtful: a
 # misspelling a reader might leave out); Saab Group ('the Swedish defence company Saab Group'), Northrop Grumman,
 # Raytheon ('a Raytheon led group'), Svenska Varv AB ('the company Svenska Varv AB') -> Company; Howaldtswerke-Deutsche
 # Werft -> Company, alias 'HDW' (its own bracket, 'the German ship-building company HDW', 'HDW was bought');
 # ThyssenKrupp -> Company, alias 'Thyssen Krupp' (the text writes both: 'the German industrial conglomerate Thyssen
 # Krupp', 'neither ThyssenKrupp nor FMV'); 'the Defence Materiel Administration (Sweden) (FMV)' -> Organization
 # 'Defence Materiel Administration' (a state agency; '(Sweden)' a disambiguator, the country listed apart), alias
 # 'FMV'; the Swedish Navy -> Organization; 'the A26 submarine' -> Service, alias 'A26' ('the A26 project', 'in the
 # A26'); 'a Visby-class corvette derivative' -> Service 'Visby-class corvette' and "Norway's Skjold class" -> Service
 # 'Skjold class' (vessel types offered in a study; doubtful: a reader might leave both out as designs, not products
 # users use); Malmo, Sweden, Norway -> Location. No entity: 'the American Focused Mission Vessel Study', 'the
 # Littoral Combat Ship program' (programmes), 'the Stirling engine' (a kind of engine, not a product of a named
 # maker), 'the Swedish state' (not a name; Sweden already listed), 'Kockum's German owners' (a description),
 # 'Swedish', 'German', 'American'
 entities=[E("Company", KO, "Kockums", "Kockum"), E("Location", "Malm\u00f6"), E("Location", "Sweden"),
           E("Company", "Saab Group"), E("Company", "Northrop Grumman"), E("Company", HDW, "HDW"),
           E("Service", "Visby-class corvette"), E("Location", "Norway"), E("Service", "Skjold class"),
           E("Company", "Raytheon"), E("Company", "Svenska Varv AB"), E("Organization", "Swedish Navy"),
           E("Company", TK, "Thyssen Krupp"), E("Organization", FMV, "FMV"), E("Service", "A26 submarine", "A26")],
 # no person is named: no role
 roles=[],
 # 'Kockums AB is a shipyard ... owned by the Swedish defence company Saab Group' -> parentOrganization(Kockums AB,
 # Saab Group) (no purchase told: no acquired); 'Kockums worked with Northrop Grumman and Howaldtswerke-Deutsche Werft
 # (HDW) to offer a Visby-class corvette derivative' -> partner(Kockums AB, Northrop Grumman) and partner(Kockums AB,
 # Howaldtswerke-Deutsche Werft) (a joint offer; GUIDELINES, Relations: joint bid), direction as written; 'Prior to
 # 1999, Kockums was controlled by the Swedish state through the company Svenska Varv AB' -> parentOrganization(Kockums
 # AB, Svenska Varv AB) (control through a holding company read as ownership; doubtful: a reader might give nothing,
 # the state being the owner); 'in 1999, ... HDW, acquired Kockums' -> acquired(HDW, Kockums AB) + parentOrganization;
 # 'In 2005, HDW was bought by ... Thyssen Krupp' -> acquired(ThyssenKrupp, HDW) + parentOrganization (relations carry
 # no time, so Kockums' three owners in turn all stand); "Kockum's only Swedish customer, the Defence Materiel
 # Administration (Sweden) (FMV)", 'the technical advancements made in collaboration between Kockums and FMV' ->
 # partner(Kockums AB, Defence Materiel Administration) (a customer relation and a collaboration between two named
 # organisations); 'to create a new generation of submarines for lucrative export: the A26 submarine' ->
 # provider(A26 submarine, Kockums AB) (the design the yard and its customer worked on, to be built and exported by
 # the yard; doubtful: the text says who developed it, not outright who makes it). Near-misses: "Kockum's German
 # owners" and 'neither ThyssenKrupp nor FMV would accept' -> no parentOrganization(Kockums AB, ThyssenKrupp) (an owner
 # through HDW, not stated as a direct owner; a reader might add it); "Kockums' main competitor on the submarine market,
 # ... HDW" -> nothing more (rivals before the purchase); 'It competed with several other concepts, including Norway's
 # Skjold class' -> nothing (a rival design); 'part of a Raytheon led group' -> no provider(Skjold class, Raytheon)
 # and no partner (the group unnamed and its members not named; a reader might add the provider); 'a Visby-class
 # corvette derivative' -> no provider (the text does not say who makes the Visby class; a reader might give Kockums);
 # 'strategic value for the Swedish Navy' -> no partner (no deal told); 'kept in classified status at the FMV' ->
 # nothing
 relations=[L(KO, "parentOrganization", "Saab Group"), L(KO, "partner", "Northrop Grumman"), L(KO, "partner", HDW),
            L(KO, "parentOrganization", "Svenska Varv AB")] + acq(HDW, KO) + acq(TK, HDW)
           + [L(KO, "partner", FMV), L("A26 submarine", "provider", KO)],
 outages=[],
 # '1999' ('Prior to 1999', 'in 1999', 'The time after 1999': one text, one value), '2005'
 dates=[D("1999", "1999"), D("2005", "2005")])

# ---- carmakers, Bohemia: Laurin & Klement (en.wikipedia.org's older rendering) ----------------------------------------
LK = "Laurin & Klement"
SW = "\u0160koda Works"
SA = "\u0160koda Auto"
VL = "V\u00e1clav Laurin"
VK = "V\u00e1clav Klement"
A["wp-laurin-klement"] = dict(
 # the maker -> Company 'Laurin & Klement' ('manufacturer brand', 'The company', 'the Laurin & Klement name');
 # V\u00e1clav Laurin, V\u00e1clav Klement -> Person (never written by surname alone: the company's name is no alias of
 # either); '\u0160koda Works' ('industrial conglomerate \u0160koda Works', 'the \u0160koda Works') -> Company; '\u0160koda
 # Auto' -> Company, alias '\u0160koda' ('the brand \u0160koda Auto (\u0160koda)'), kept apart from Laurin & Klement
 # (doubtful: 're-branded as \u0160koda Auto' and 'operated henceforth under the brand \u0160koda Auto' could make it
 # the same firm under a later name, an alias; but the text speaks of \u0160koda Auto today as a company of its own,
 # 'the largest car manufacturer in the Czech Republic', that uses 'the Laurin & Klement name', so one entity per
 # firm); Volkswagen Group -> Company; the car models 'Yeti', 'Octavia', 'Superb' -> Service; Mlad\u00e1 Boleslav,
 # Kingdom of Bohemia, Czech Republic, Austria-Hungary -> Location. No entity: 'automotive pioneers', 'industrial
 # conglomerate' (descriptions), 'Czech', 'especially luxurious editions' (unnamed trims; their name is the company's
 # surface form 'Laurin & Klement', so no Service of that name)
 entities=[E("Company", LK), E("Location", "Mlad\u00e1 Boleslav"), E("Location", "Kingdom of Bohemia"),
           E("Person", VL), E("Person", VK), E("Company", SW), E("Company", SA, "\u0160koda"),
           E("Location", "Czech Republic"), E("Company", "Volkswagen Group"), E("Location", "Austria-Hungary"),
           E("Service", "Yeti"), E("Service", "Octavia"), E("Service", "Superb")],
 # 'founded 1895 ... by automotive pioneers V\u00e1clav Laurin and V\u00e1clav Klement', 'named after its two founders:
 # V\u00e1clav Laurin ..., and V\u00e1clav Klement' -> cofounder each (two people named together as founding it;
 # GUIDELINES, Roles, Founders), current true (founders stay founders; their deaths end no founding). Near-misses:
 # 'automotive pioneers' -> no role (no post); no later post at \u0160koda is told (the excerpt names none)
 roles=[R(VL, "cofounder", LK), R(VK, "cofounder", LK)],
 # 'It was acquired by industrial conglomerate \u0160koda Works in 1925', 'In 1925 the company was acquired by the
 # \u0160koda Works' -> acquired(\u0160koda Works, Laurin & Klement) + parentOrganization (one purchase told twice;
 # not said to be merged away: 'operated henceforth under the brand \u0160koda Auto'); '\u0160koda Auto, which is
 # today ... a subsidiary of Volkswagen Group' -> parentOrganization(\u0160koda Auto, Volkswagen Group); 'some of their
 # car models (Yeti, Octavia, Superb)' ('their' = \u0160koda Auto's) -> provider to \u0160koda Auto each. Near-misses:
 # 're-branded as \u0160koda Auto', 'operated henceforth under the brand \u0160koda Auto' -> no relation between Laurin &
 # Klement and \u0160koda Auto (a renaming under the buyer, no ownership told between the two; a reader might give
 # parentOrganization(Laurin & Klement, \u0160koda Auto) or make them one entity); no relation between \u0160koda
 # Works and \u0160koda Auto (the text ties none; a reader might give parentOrganization from knowledge the text does
 # not give); no relation to Volkswagen Group for Laurin & Klement (not stated); 'the Laurin & Klement name is used by
 # \u0160koda Auto' -> nothing (a name used for editions, no Service and no provider)
 relations=acq(SW, LK) + [L(SA, "parentOrganization", "Volkswagen Group"), L("Yeti", "provider", SA),
                          L("Octavia", "provider", SA), L("Superb", "provider", SA)],
 outages=[],
 # '1895' ('founded 1895', 'founded in 1895': one text, one value), '1925' (twice, one item), '1905', the four days of
 # birth and death ('27 September 1865', '4 December 1930', '16 October 1868', '13 August 1938'); 'Today', 'soon' ->
 # left out
 dates=[D("1895", "1895"), D("1925", "1925"), D("27 September 1865", "1865-09-27"),
        D("4 December 1930", "1930-12-04"), D("16 October 1868", "1868-10-16"), D("13 August 1938", "1938-08-13"),
        D("1905", "1905")])

# ---- engineering, the Netherlands: Werkspoor (wikimili.com's copy) ------------------------------------------------------
WS = "Werkspoor N.V."
VV = "Van Vlissingen en Dudok van Heel"
CTS = "C.T. Stork"
BOARD = ["L. Serrurier", CTS, "Jacob Theodoor Cremer", "W.J. Geertsema", "J.A. Roessingh van Iterson", "H.J. Nivel"]
HIJSM = "Hollandsche IJzeren Spoorweg-Maatschappij"
SS = "Maatschappij tot Exploitatie van Staatsspoorwegen"
A["wp-werkspoor"] = dict(
 # the factory -> Company 'Werkspoor N.V.', aliases 'Werkspoor' ('In 1954 Werkspoor was merged', 'the predecessor of
 # Werkspoor') and 'Nederlandsche Fabriek van Werktuigen en Spoorwegmaterieel' ('the shortened, and later the official
 # name of ...'; written again with a small 's' in 'spoorwegmaterieel', 'a new company was founded named ...': the same
 # form but for case, listed once); its English gloss '(In Dutch: Dutch factory for tools and rolling stock)' -> no alias
 # (a lower-case translation, not a name; doubtful: batch 64f listed capitalised glosses); the predecessor 'the company
 # Van Vlissingen en Dudok van Heel, later named Koninklijke Fabriek van Stoom- en andere Werktuigen' -> its own Company,
 # alias 'Koninklijke Fabriek van Stoom- en andere Werktuigen' (the text makes Werkspoor 'a successor' and 'a new
 # company' that 'bought all assets of its predecessor', so two firms; doubtful: a reader might fold the names into
 # one); 'the machine factory Stork' (also 'merged with Stork') -> Company 'Stork' (the person C.T. Stork is always
 # written with his initials, so 'Stork' alone stands for the company only); the Hollandsche IJzeren
 # Spoorweg-Maatschappij and the Maatschappij tot Exploitatie van Staatsspoorwegen ('a Dutch railroad') -> Company;
 # 'the Dutch senate' and 'the House of Representatives' -> Organization (legislatures; doubtful for 'Dutch senate',
 # written in lower case); G. van Tienhoven, C.T. Stork, C.H. Strumphler, L. Serrurier, Jacob Theodoor Cremer, W.J.
 # Geertsema, J.A. Roessingh van Iterson, H.J. Nivel -> Person; Amsterdam -> Location. No entity: 'the financial
 # world', 'authorities', 'the municipal government of Amsterdam' (descriptions; the city listed), 'a Dutch railroad'
 # (the two railways are named after it), 'Dutch'
 entities=[E("Company", WS, "Werkspoor", "Nederlandsche Fabriek van Werktuigen en Spoorwegmaterieel"),
           E("Company", VV, "Koninklijke Fabriek van Stoom- en andere Werktuigen"), E("Company", "Stork"),
           E("Location", "Amsterdam"), E("Person", "G. van Tienhoven"), E("Person", CTS),
           E("Person", "C.H. Strumphler"), E("Person", "L. Serrurier"), E("Organization", "Dutch senate"),
           E("Person", "Jacob Theodoor Cremer"), E("Person", "W.J. Geertsema"),
           E("Organization", "House of Representatives"), E("Person", "J.A. Roessingh van Iterson"),
           E("Company", HIJSM), E("Person", "H.J. Nivel"), E("Company", SS)],
 # 'On 1 June 1891 C.H. Strumphler started as new CEO' (of the company founded 'On 22 May 1891') -> ceo at Werkspoor
 # N.V., current true; 'The supervisory board was formed by: L. Serrurier ..., C.T. Stork ..., Jacob Theodoor Cremer
 # and W.J. Geertsema ..., and two members ...: J.A. Roessingh van Iterson ... and H.J. Nivel ...' -> director at
 # Werkspoor N.V. each (supervisory board members; GUIDELINES, Roles: board member -> director), current true (no
 # leaving told; doubtful: a board of 1891 in a text about a defunct firm, and a reader might set them false).
 # Near-misses: 'The mayor of Amsterdam G. van Tienhoven' -> no role (mayors get no role; the city is a Location);
 # 'C.T. Stork (owner of the machine factory Stork)' -> no role at Stork (an owner, no post named; a reader might
 # give founder or head); 'C.T. Stork member of the Dutch senate', 'Jacob Theodoor Cremer and W.J. Geertsema of the
 # House of Representatives' -> no role (legislators); 'L. Serrurier of the municipal government of Amsterdam' -> no
 # role (no post named); 'J.A. Roessingh van Iterson of the Hollandsche IJzeren Spoorweg-Maatschappij', 'H.J. Nivel of
 # the Maatschappij tot Exploitatie van Staatsspoorwegen' -> no role at the railways (members 'representing' them, no
 # post named; a reader might give executive or other); 'to provide a good manager' -> no role (unnamed)
 roles=[R("C.H. Strumphler", "ceo", WS)] + [R(p, "director", WS) for p in BOARD],
 # no relation. Near-misses: 'In 1954 Werkspoor was merged with Stork' -> nothing (a merger, no buyer told; a reader
 # might give acquired(Stork, Werkspoor N.V.)); 'It was a successor of the company Van Vlissingen en Dudok van Heel',
 # 'It bought all assets of its predecessor for 1,500,500 guilders' -> nothing (a successor firm and an asset
 # purchase; GUIDELINES, Relations); 'engaging C.T. Stork ... in the operation' -> no relation to Stork (a person
 # engaged, no deal between the companies told); 'two members representing a Dutch railroad' -> no partner between
 # Werkspoor N.V. and the two railways (board seats, no deal told; a reader might add partner)
 relations=[],
 outages=[],
 # '1954', 'March 1890', '22 May 1891', '1 June 1891'; 'After many years' -> left out
 dates=[D("1954", "1954"), D("March 1890", "1890-03"), D("22 May 1891", "1891-05-22"),
        D("1 June 1891", "1891-06-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
