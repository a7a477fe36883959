#!/usr/bin/env python3
"""Batch 71o gold annotations (session 65; the texts of batch71o.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-71i; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); years -> the year; 'Around 1908'
-> the year; ranges ('1939–1940') -> nothing, as earlier rounds; relative expressions ('three years later'), centuries
('the 20th century', 'the early 20th century') and eras ('World War II', 'the war') -> nothing. No text tells an
outage: a move before a conquest, a spin-off, a business sold and factories 'nearly completely destroyed' as bomber
targets are war, physical and business matters, no service lost (GUIDELINES, Outages). Round notes
/tmp/gather71o/NOTES.md; claims /work/notes/gather71/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71i): the company's name in another language, its
earlier name and its short form ('F. Schichau GmbH, Maschinen- und Lokomotivfabrik', 'Henschel und Sohn', 'O&K',
'Schichau', 'Henschel') -> aliases of one entity (GUIDELINES, Types); a town's later name ('now Elbląg', 'now:
Gdańsk', 'Nowawes, later Babelsberg') and a lagoon's English name -> aliases of the place; one person named alone as
founding the company -> founder, two named together -> cofounder each (GUIDELINES, Roles; current, as earlier rounds
kept founders); 'acquired the firm of X' -> acquired and parentOrganization; 'the company's majority shareholder at the
time, X' -> parentOrganization (ownership as past still recorded); 'X, at the time part of Y' -> parentOrganization;
a business or a yard bought ('The construction-equipment business was sold to ...', 'acquired Mitzlaff's yard') ->
nothing (asset purchases; doubtful for the yard); a spin-off of a division -> nothing; a shipyard the company built
and named as a company ('the Elbinger Dampfschiffs-Reederei F. Schichau') -> Company with parentOrganization (a unit
of the company; doubtful); locomotives, trucks or equipment made for or supplied to a named railway or army -> partner
(a customer tie, the supplier first, as batch 70's rounds; doubtful); named locomotive classes, tanks, a bomber and a
trade mark -> Service with the maker the text gives as provider; a bomber built under licence and named after its
designer ('license production of the Dornier Do 17Z') -> Service, no provider (doubtful) and no entity for the name
inside it; ships' names ('James Watt', 'Borussia') -> no entity (GUIDELINES, Types); a head of state with no country
named on its own ('Kaiser Wilhelm II') -> Person, no role; demonyms and adjectives ('German', 'Prussian', 'Soviet')
-> nothing.
usage: batch71o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- engineering, Germany: Henschel & Son (piglix.com) ------------------------------------------------------------
HS = "Henschel & Son"
A["wp-henschel-son"] = dict(
 # the company -> Company 'Henschel & Son', aliases 'Henschel und Sohn' (its German name) and 'Henschel'; Doble
 # ('Doble steam designs'; the steam-vehicle maker named as a designer; doubtful: could be read as a person's name),
 # Deutsche Reichsbahn -> Company; Georg Christian Carl Henschel, Carl Anton Henschel, Hermann Göring -> Person;
 # Panzer I ('Panzer I tanks'), Panzer III, Tiger I, Tiger II, Dornier Do 17Z ('the Dornier Do 17Z medium bomber')
 # -> Service; Kassel, Germany -> Location. No entity: 'Streamliner' (a type of locomotive), 'German', 'World War II'
 entities=[E("Company", HS, "Henschel und Sohn", "Henschel"), E("Location", "Kassel"),
           E("Person", "Georg Christian Carl Henschel"), E("Person", "Carl Anton Henschel"), E("Location", "Germany"),
           E("Company", "Doble"), E("Company", "Deutsche Reichsbahn"), E("Person", "Hermann G\u00f6ring"),
           E("Service", "Panzer I"), E("Service", "Dornier Do 17Z"), E("Service", "Panzer III"),
           E("Service", "Tiger I"), E("Service", "Tiger II")],
 # 'Georg Christian Carl Henschel founded the factory in 1810 at Kassel' -> founder (the factory being the company
 # the article is about). No role: 'His son Carl Anton Henschel founded another factory in 1837' (a second factory,
 # not the company; doubtful); Hermann Göring (a staff car's user, no post told)
 roles=[R("Georg Christian Carl Henschel", "founder", HS)],
 # 'Henschel built 10 articulated steam trucks ... for Deutsche Reichsbahn railways' -> partner (a customer tie, the
 # supplier first; doubtful); 'Henschel began manufacturing Panzer I tanks', 'large-scale production of the Panzer
 # III', 'the sole manufacturer of the Tiger I and Tiger II' -> provider. Near-misses: 'license production of the
 # Dornier Do 17Z' -> no provider (built under licence, the designer's name in the product's; doubtful); 'using
 # Doble steam designs' -> no partner (no licence or contract told; doubtful); 'one of which became Hermann Göring's
 # staff car' -> nothing
 relations=[L(HS, "partner", "Deutsche Reichsbahn"), L("Panzer I", "provider", HS), L("Panzer III", "provider", HS),
            L("Tiger I", "provider", HS), L("Tiger II", "provider", HS)],
 outages=[],
 # '1810', '1837', '1848', '1935' (twice, once in 'Early in 1935'), '1945' -> as written; '1939–1940' -> nothing (a
 # range); 'the 20th century' (twice), 'World War II', 'the war' -> nothing
 dates=[D("1810", "1810"), D("1837", "1837"), D("1848", "1848"), D("1935", "1935"), D("1945", "1945")])

# ---- engineering, Germany: Orenstein & Koppel (twiki.owiki.org) ---------------------------------------------------
OK = "Orenstein & Koppel"
A["wp-orenstein-koppel"] = dict(
 # the company -> Company 'Orenstein & Koppel', aliases 'O&K' and 'Orenstein & Koppel Company'; Friedrich Krupp AG
 # Hoesch-Krupp, New Holland Construction, Fiat Group, Märkische Lokomotivfabrik (the name the O&K factories were first
 # known by, kept apart: the text dates them from 1892, the company from 1876; doubtful), Gerlach and König ('the
 # firm of Gerlach and König') -> Company; Imperial German Army (alias 'Army', 'to the Army') -> Organization; Benno
 # Orenstein, Arthur Koppel, Wilhelm II ('Kaiser Wilhelm II') -> Person; Montania ('the trade mark "Montania"') ->
 # Service; Berlin, Schlachtensee, Zehlendorf ('the Zehlendorf district of Berlin'), Nowawes (alias 'Babelsberg',
 # 'later Babelsberg'), Potsdam, Nordhausen -> Location. No entity: 'Feldbahn' (a kind of railway), 'German'
 entities=[E("Company", OK, "O&K", "Orenstein & Koppel Company"), E("Location", "Berlin"),
           E("Person", "Benno Orenstein"), E("Person", "Arthur Koppel"), E("Company", "Friedrich Krupp AG Hoesch-Krupp"),
           E("Company", "New Holland Construction"), E("Company", "Fiat Group"), E("Location", "Schlachtensee"),
           E("Location", "Zehlendorf"), E("Company", "M\u00e4rkische Lokomotivfabrik"),
           E("Organization", "Imperial German Army", "Army"), E("Person", "Wilhelm II"),
           E("Location", "Nowawes", "Babelsberg"), E("Location", "Potsdam"), E("Company", "Gerlach and K\u00f6nig"),
           E("Location", "Nordhausen"), E("Service", "Montania")],
 # 'It was founded on April 1, 1876 in Berlin by Benno Orenstein and Arthur Koppel' -> cofounder each (two named
 # together). No role: Kaiser Wilhelm II (no country named on its own; 'Kaiser' a title outside the vocabulary)
 roles=[R("Benno Orenstein", "cofounder", OK), R("Arthur Koppel", "cofounder", OK)],
 # 'Its escalator-manufacturing division was spun off to the company's majority shareholder at the time, Friedrich
 # Krupp AG Hoesch-Krupp' -> parentOrganization (a majority shareholder, past ownership recorded); 'New Holland
 # Construction, at the time part of the Fiat Group' -> parentOrganization; 'O&K acquired the firm of Gerlach and
 # König' -> acquired and parentOrganization; 'building petrol and diesel locomotives there under the trade mark
 # "Montania"' -> provider (O&K the builder named); 'expanded to supply the Imperial German Army ... O&K supplied all
 # manner of railway equipment to the Army' -> partner (a customer tie, the supplier first; doubtful). Near-misses:
 # 'The construction-equipment business was sold to New Holland Construction' -> nothing (a business sold, no named
 # company bought; doubtful); the spin-off -> nothing; 'pulled out of the railway business' -> nothing; 'known as the
 # Märkische Lokomotivfabrik' -> no relation (the text tells no ownership between the names; doubtful)
 relations=[L(OK, "parentOrganization", "Friedrich Krupp AG Hoesch-Krupp"),
            L("New Holland Construction", "parentOrganization", "Fiat Group"), L(OK, "acquired", "Gerlach and K\u00f6nig"),
            L("Gerlach and K\u00f6nig", "parentOrganization", OK), L("Montania", "provider", OK),
            L(OK, "partner", "Imperial German Army")],
 outages=[],
 # 'April 1, 1876', '1981', '1996', '1999', '1892', '1899', '1908' ('Around 1908') -> as written
 dates=[D("April 1, 1876", "1876-04-01"), D("1981", "1981"), D("1996", "1996"), D("1999", "1999"),
        D("1892", "1892"), D("1899", "1899"), D("1908", "1908")])

# ---- engineering and shipbuilding, Germany: Schichau-Werke (piglix.com) -------------------------------------------
SW = "Schichau-Werke"
EDR = "Elbinger Dampfschiffs-Reederei F. Schichau"
A["wp-schichau-werke"] = dict(
 # the company -> Company 'Schichau-Werke', aliases 'F. Schichau, Maschinen- und Lokomotivfabrik, Schiffswerft und
 # Eisengießerei GmbH' (its German name), 'F. Schichau GmbH, Maschinen- und Lokomotivfabrik' and 'F. Schichau
 # engineering and locomotive factory' (the name of the institution Ferdinand Schichau founded, 'later known as'),
 # 'Schichau'; Prussian Eastern Railway, Mitzlaff shipyard (alias 'Mitzlaff', from "Mitzlaff's yard"), Elbinger
 # Dampfschiffs-Reederei F. Schichau (alias 'Elbing Steamship Shipping Company F. Schichau', its gloss) -> Company;
 # Ferdinand Schichau -> Person; Prussian P 8 -> Service; Elbing (alias 'Elbląg'), Germany, Poland, Frisches Haff
 # (alias 'Vistula Lagoon'), East Prussia ('then-East Prussia'), Danzig (alias 'Gdańsk'), Bremerhaven, Berlin,
 # Rheinland, Great Britain -> Location. No entity: 'James Watt' and 'Borussia' (ships' names), 'Soviet', 'Prussian',
 # 'a subsidiary shipyard in nearby Danzig' (unnamed)
 entities=[E("Company", SW, "F. Schichau, Maschinen- und Lokomotivfabrik, Schiffswerft und Eisengie\u00dferei GmbH",
             "F. Schichau GmbH, Maschinen- und Lokomotivfabrik", "F. Schichau engineering and locomotive factory",
             "Schichau"),
           E("Location", "Elbing", "Elbl\u0105g"), E("Location", "Germany"), E("Location", "Poland"),
           E("Location", "Frisches Haff", "Vistula Lagoon"), E("Location", "East Prussia"),
           E("Location", "Danzig", "Gda\u0144sk"), E("Location", "Bremerhaven"), E("Person", "Ferdinand Schichau"),
           E("Location", "Berlin"), E("Location", "Rheinland"), E("Location", "Great Britain"),
           E("Company", "Prussian Eastern Railway"), E("Service", "Prussian P 8"),
           E("Company", "Mitzlaff shipyard", "Mitzlaff"),
           E("Company", EDR, "Elbing Steamship Shipping Company F. Schichau")],
 # 'In 1837, he [Ferdinand Schichau] founded the engineering institution, later known as F. Schichau GmbH ...' ->
 # founder (one person named alone)
 roles=[R("Ferdinand Schichau", "founder", SW)],
 # 'the firm was one of several that built the Prussian P 8' -> provider (one of its makers); 'in 1860, it began to
 # produce locomotives for the Prussian Eastern Railway' -> partner (a customer tie, the supplier first; doubtful);
 # 'Schichau built the shipyard at Elbing, known as the Elbinger Dampfschiffs-Reederei F. Schichau' ->
 # parentOrganization (the company's own yard under a company name; doubtful). Near-misses: 'in 1872 Schichau
 # acquired Mitzlaff's yard' -> nothing (a yard bought: an asset purchase; doubtful); 'the engine for the ... steamer
 # James Watt (built by nearby Mitzlaff shipyard)' -> nothing (a ship, no entity); 'It also had a subsidiary shipyard
 # in nearby Danzig' -> nothing (unnamed); 'Schichau moved to Bremerhaven ... its successors continued in business'
 # -> nothing
 relations=[L("Prussian P 8", "provider", SW), L(SW, "partner", "Prussian Eastern Railway"),
            L(EDR, "parentOrganization", SW)],
 outages=[],
 # 'March 1945', '2009', '1837', '1860', '1867', '1847', '1854', '1855', '1872' -> as written; 'three years later'
 # (relative), 'the early 20th century' -> nothing
 dates=[D("March 1945", "1945-03"), D("2009", "2009"), D("1837", "1837"), D("1860", "1860"), D("1867", "1867"),
        D("1847", "1847"), D("1854", "1854"), D("1855", "1855"), D("1872", "1872")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
