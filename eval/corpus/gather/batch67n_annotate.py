#!/usr/bin/env python3
"""Batch 67n gold annotations (the texts of batch67n.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-66c; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a person's life years in brackets
('(1733\u20131796)', '(1843\u20131929)') -> one date each, and full birth and death days ('November 1, 1883') -> a
day each (as batch 66c and train wp-cascade-brewery list them); 'December 1896', 'September 1920' -> a month; 'the
1640s', 'the early 1870s', 'the 1930s' -> nothing (decades, as batches before left them out); 'One year later', 'At
the age of 60', 'more than 350 years', 'World War I' -> nothing. No text tells an outage or a near-miss of one, so
every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66c): 'was taken over by Y', 'the remainder of the
company being acquired by Y', 'had outcompeted, bought and closed down X' -> acquired + parentOrganization(X, Y) (not
said to be merged away; ownership told as past is still recorded); 'is part of Y', 'created ... as a wholly owned
subsidiary' -> parentOrganization; a business bought by a person ('acquired by Johan Eberhard Geijer', 'owned the
company') -> nothing (relations join organisations; GUIDELINES, Relations, as batches 66c and 67i read purchases by
persons) and no role (owners carry no title, as batches 24c, 27a, 63f and 64l); 'built under license by X' -> partner
(a licensing deal, the licensee first as batch 66c wrote it); 'sold ... steel ... to X', 'busses ... served public
transport in Berlin (X)', 'developed at the behest of X' -> partner (a supplier and its customer; doubtful each);
'founded by A', 'A ... founded X', 'A established X', 'founded ... when A was permitted to erect a forge' -> founder
(one person named alone, or with unnamed others, 'together with his two sons'; GUIDELINES, Roles, Founders, as batch
60k read 'A and 5 other former executives'); 'became a director of the company', 'remained as managing director ...
until his resignation' -> director (GUIDELINES: managing director -> director), current false where the text tells the
post's end; 'put in charge of the lamp laboratory' -> executive (GUIDELINES: 'manager' -> executive; doubtful);
memberships and fellowships of a learned society, a military rank ('commissioned as a Captain'), trades ('the
inventor and businessman', 'a research engineer', 'an English industrialist') -> no role; a vehicle model named ('the
Buessing A5P armored car') -> Service (GUIDELINES, Types: vehicles) with provider its maker; a company's names in turn
('the hammer mill "Boofors"', 'The Bofors Works', 'AB Bofors-Gullspang' 'shortened to AB Bofors', 'founded the
Heinrich-Buessing-Spezialfabrik ...') -> aliases of one entity (GUIDELINES, Types); a surface that stands for two
things in one text ('Bofors' the company and the neighbourhood; 'Buessing' the company and the man; 'Mullard' the man
and 'the Mullard company') -> one entity only, the one it names most (no surface for two entities); ships' names
('HMS Vernon') -> nothing (GUIDELINES, Types); demonyms and adjectives ('Swedish', 'British', 'German', 'European',
'English') -> nothing.
usage: batch67n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- arms, Sweden: AB Bofors (cryer.org.uk's copy) -------------------------------------------------------------------
AB = "AB Bofors"
FIN = "Finsp\u00e5ng gun works"
NK = "AB Bofors Nobelkrut"
A["wp-bofors"] = dict(
 # the arms maker -> Company 'AB Bofors' (its name now and from 1919, 'shortened to AB Bofors'), aliases 'Bofors' ('Bofors
 # initially sold', "Bofors' most famous owner"), 'AB Bofors-Gullsp\u00e5ng' (its name from 1873 to 1919; also in
 # 'Aktiebolaget (AB) Bofors-Gullsp\u00e5ng'), 'Boofors' ('the company originates from the hammer mill "Boofors", which was
 # founded as a royal state-owned company in 1646') and 'Bofors Works' (the same business in 1762, bought and sold)
 # (GUIDELINES, Types: former names are aliases; doubtful: a reader might keep the mill and the works apart as a
 # predecessor, or make the works a Location as batch 66c made the Elswick works one, where a company of another name
 # owned the site); BAE Systems, AB Bofors Nobelkrut (the powder maker) and the Finsp\u00e5ng gun works (a gun maker that
 # bought steel and was bought; alias 'Finsp\u00e5ng', 'its Finsp\u00e5ng Swedish competitor'; doubtful: a reader might
 # make 'Finsp\u00e5ng' a Location, the town the works is named for, which the text never names apart) -> Company;
 # P. L. Hosman, Sigrid Ekehielm (alias 'Bo\u00e5s-Beata', 'also known as'), Johan Eberhard Geijer, Emanuel af
 # Geijerstam, Alfred Nobel (alias 'Nobel') -> Person; Karlskoga, Sweden -> Location. No entity: the neighbourhood
 # 'Bofors' ('Karlskoga neighborhood of Bofors') apart from the company (the same surface: one entity), 'the
 # Siemens-Martin process' (a process named for its inventors), 'a royal state-owned company' (the Crown unnamed),
 # 'Aktiebolaget' alone (a company form), 'Swedish', 'British'
 entities=[E("Company", AB, "Bofors", "AB Bofors-Gullsp\u00e5ng", "Boofors", "Bofors Works"),
           E("Company", "BAE Systems"), E("Location", "Karlskoga"), E("Location", "Sweden"),
           E("Person", "P. L. Hosman"), E("Person", "Sigrid Ekehielm", "Bo\u00e5s-Beata"),
           E("Person", "Johan Eberhard Geijer"), E("Person", "Emanuel af Geijerstam"),
           E("Company", FIN, "Finsp\u00e5ng"), E("Person", "Alfred Nobel", "Nobel"), E("Company", NK)],
 # 'the hammer mill "Boofors", which was founded as a royal state-owned company in 1646 when P. L. Hosman was permitted
 # to erect a forge at the site' -> founder at AB Bofors (one person named alone; doubtful: the text says the mill was
 # founded when he was allowed to build its forge, not that he founded it, and a reader might give no role, as batch
 # 66c weighed Franz Saurer's foundry). Near-misses: 'Sigrid Ekehielm ... at one point owned it', 'The Bofors Works was
 # acquired by Johan Eberhard Geijer', 'then acquired by the latter's brother, Emanuel af Geijerstam', "Bofors' most
 # famous owner was Alfred Nobel, who owned the company from 1894 until his death" -> no role (owners, no post named;
 # a reader might give Nobel chairman or head); 'Nobel played a key role in reshaping the former iron and steel
 # producer' -> no role (no title)
 roles=[R("P. L. Hosman", "founder", AB)],
 # 'a former Swedish arms manufacturer which today is part of the British arms manufacturer BAE Systems' ->
 # parentOrganization(AB Bofors, BAE Systems) (no purchase told: no acquired); 'The powder manufacturer AB Bofors
 # Nobelkrut ... was created in 1898 as a wholly owned subsidiary' -> parentOrganization(AB Bofors Nobelkrut, AB Bofors);
 # 'Bofors initially sold cast and forged steel ... to Finsp\u00e5ng gun works' -> partner(AB Bofors, Finsp\u00e5ng gun
 # works) (a supplier and its customer, direction as written; doubtful: no contract named); 'AB Bofors-Gullsp\u00e5ng had
 # outcompeted, bought and closed down its Finsp\u00e5ng Swedish competitor' -> acquired(AB Bofors, Finsp\u00e5ng gun
 # works) + parentOrganization(Finsp\u00e5ng gun works, AB Bofors) (a completed purchase, not said to be merged away;
 # doubtful: the works was closed down, and a reader might give acquired only). Near-misses: the purchases of the
 # Bofors Works by Johan Eberhard Geijer and Emanuel af Geijerstam and Alfred Nobel's ownership -> nothing (persons as
 # buyers and owners; GUIDELINES, Relations join organisations); 'The modern corporate structure was created in 1873
 # with the foundation of Aktiebolaget (AB) Bofors-Gullsp\u00e5ng' -> nothing (a renaming of the same company, its
 # alias); 'part of ... BAE Systems' -> no acquired (how BAE Systems came to own it is not told)
 relations=[L(AB, "parentOrganization", "BAE Systems"), L(NK, "parentOrganization", AB), L(AB, "partner", FIN),
            L(AB, "acquired", FIN), L(FIN, "parentOrganization", AB)],
 outages=[],
 # '1646', '1700', '1733', '1796', '1762', '1873', '1884', '1894', 'December 1896' (a month), '1898', '1911', '1919';
 # 'the 1640s', 'the early 1870s' (decades), 'more than 350 years' -> left out
 dates=[D("1646", "1646"), D("1700", "1700"), D("1733", "1733"), D("1796", "1796"), D("1762", "1762"),
        D("1873", "1873"), D("1884", "1884"), D("1894", "1894"), D("December 1896", "1896-12"), D("1898", "1898"),
        D("1911", "1911"), D("1919", "1919")])

# ---- trucks and buses, Germany: Buessing AG (detailedpedia.com's copy) ----------------------------------------------
BA = "B\u00fcssing AG"
HB = "Heinrich B\u00fcssing"
A5P = "B\u00fcssing A5P"
A["wp-bussing"] = dict(
 # the bus and truck maker -> Company 'B\u00fcssing AG', aliases 'B\u00fcssing' ('B\u00fcssing busses', 'B\u00fcssing
 # started to build') and 'Heinrich-B\u00fcssing-Spezialfabrik f\u00fcr Motorwagen und Motoromnibusse' (the firm the man
 # and his sons founded at 60, so in 1903, the year the lead gives for B\u00fcssing AG: its first name; doubtful: a
 # reader might keep the Spezialfabrik apart as a predecessor); MAN AG, Straker-Squire, the
 # Automobil-Omnibus-Betriebs-Gesellschaft (the man's own bus line), ABOAG (in brackets after Berlin) and
 # Fross\u2013B\u00fcssing (in brackets after Vienna and Prague; a firm named by the text, what it is not told) -> Company;
 # the Collegium Carolinum (a college) and the Oberste Heeresleitung (the German army's supreme command) ->
 # Organization; the 'B\u00fcssing A5P armored car' -> Service 'B\u00fcssing A5P' (a vehicle model by name; GUIDELINES,
 # Types; without the noun 'armored car', as batch 66c wrote 'Sr1 class'); Heinrich B\u00fcssing -> Person (no alias:
 # 'B\u00fcssing, the son of a blacksmith dynasty' uses the company's surface, one surface for one entity; doubtful);
 # Braunschweig, Nordsteimke, Wolfsburg, Germany, Austria, Hungary, England, Wendeburg, Berlin, Vienna, Prague, London ->
 # Location. No entity: 'the Brunswick Lion emblem' (a badge), 'a first 20 HP omnibus model', 'His first truck', 'the
 # route from Braunschweig to Wendeburg' (unnamed products and a route), 'several bicycle, engineering and railway
 # signal works' and 'other companies in Germany, Austria, Hungary' (unnamed), 'World War I' (an event; GUIDELINES,
 # Types), 'German', 'European'
 entities=[E("Company", BA, "B\u00fcssing", "Heinrich-B\u00fcssing-Spezialfabrik f\u00fcr Motorwagen und Motoromnibusse"),
           E("Person", HB), E("Location", "Braunschweig"), E("Company", "MAN AG"), E("Location", "Nordsteimke"),
           E("Location", "Wolfsburg"), E("Organization", "Collegium Carolinum"), E("Location", "Germany"),
           E("Location", "Austria"), E("Location", "Hungary"), E("Company", "Straker-Squire"),
           E("Location", "England"), E("Location", "Wendeburg"), E("Company", "Automobil-Omnibus-Betriebs-Gesellschaft"),
           E("Location", "Berlin"), E("Company", "ABOAG"), E("Location", "Vienna"), E("Location", "Prague"),
           E("Company", "Fross\u2013B\u00fcssing"), E("Location", "London"), E("Service", A5P),
           E("Organization", "Oberste Heeresleitung")],
 # 'established in 1903 by Heinrich B\u00fcssing', 'Heinrich B\u00fcssing together with his two sons founded the
 # Heinrich-B\u00fcssing-Spezialfabrik ...' -> founder at B\u00fcssing AG (one person named with unnamed others; the
 # sons unnamed, so no cofounder; current true: a founder stays one). Near-misses: 'the inventor and businessman' -> no
 # role (trades); 'had founded several bicycle, engineering and railway signal works' -> no role (unnamed firms);
 # 'operated by his own Automobil-Omnibus-Betriebs-Gesellschaft' -> no role (an owner, no post named; a reader might
 # give founder); 'had studied engineering at the Collegium Carolinum' -> no role (a student)
 roles=[R(HB, "founder", BA)],
 # 'The company was taken over by MAN AG in 1971' -> acquired(MAN AG, B\u00fcssing AG) + parentOrganization(B\u00fcssing
 # AG, MAN AG) (not said to be merged away in the text; the cut infobox's 'Merged with MAN AG' is not in it); 'That
 # successful design was later built under license by ... Straker-Squire in England' -> partner(Straker-Squire,
 # B\u00fcssing AG) (a licensing deal; the licensee first, as batch 66c wrote Officine Meccaniche's); 'B\u00fcssing busses
 # soon served public transport in European cities like Berlin (ABOAG)' -> partner(B\u00fcssing AG, ABOAG) (the operator
 # named for the buses' city, a customer; doubtful: the brackets name it without a verb, and a reader might give
 # nothing); 'the B\u00fcssing A5P armored car was developed at the behest of the German Oberste Heeresleitung' ->
 # provider(B\u00fcssing A5P, B\u00fcssing AG) (its maker's name in the model's; the paragraph is the company's history)
 # and partner(B\u00fcssing AG, Oberste Heeresleitung) (a car made to the army command's order, a customer; doubtful: no
 # contract named). Near-misses: 'Vienna and Prague (Fross\u2013B\u00fcssing)' -> no relation (the text does not say
 # whether Fross\u2013B\u00fcssing ran, built or sold the buses; a reader might give partner or a subsidiary); 'operated
 # by his own Automobil-Omnibus-Betriebs-Gesellschaft' -> no parentOrganization (the man's own, not the company's; a
 # reader might give it to B\u00fcssing AG); 'built under license by other companies in Germany, Austria, Hungary' -> no
 # partner (unnamed companies)
 relations=[L("MAN AG", "acquired", BA), L(BA, "parentOrganization", "MAN AG"), L("Straker-Squire", "partner", BA),
            L(BA, "partner", "ABOAG"), L(A5P, "provider", BA), L(BA, "partner", "Oberste Heeresleitung")],
 outages=[],
 # '1903', '1843', '1929', '1971', '1914'; 'the 1930s' (a decade), 'One year later' (relative to the text's 1903, not
 # to a publication date), 'At the age of 60', 'World War I' -> left out
 dates=[D("1903", "1903"), D("1843", "1843"), D("1929", "1929"), D("1971", "1971"), D("1914", "1914")])

# ---- electronic valves, UK: Stanley R. Mullard (brorelol.gay's copy of the static Wikipedia dump) -------------------
SM = "Stanley Robert Mullard"
MRV = "Mullard Radio Valve Company"
MEL = "Mackey Electric Lamp Company Ltd"
A["wp-stanley-mullard"] = dict(
 # the man -> Person 'Stanley Robert Mullard', aliases 'Stanley Mullard' and 'Mullard' (the surname alone, 'Mullard
 # joined', 'Mullard established', 'Mullard remained'); his father Robert Mullard -> Person; the Mullard Radio Valve
 # Company -> Company (no alias: 'the Mullard electronics company' and 'the Mullard company' name it by the surface
 # 'Mullard', which stands for the man eight times, so one surface for one entity; doubtful: a reader might give the
 # company the alias 'Mullard'); the Mackey Electric Lamp Company Ltd (alias 'Mackey', 'the Mackey company'), Ediswan
 # ('the Ediswan company') and Philips -> Company; the IEE (a learned society, by its initials) and the Royal Naval
 # Volunteer Reserve (a naval reserve force) -> Organization; Bermondsey, London (also 'north London'), Paris, Ponders
 # End, Hammersmith, Balham -> Location. No entity: 'HMS Vernon' (a ship's name by its form; GUIDELINES, Types: ships'
 # names are not entities; doubtful: HMS Vernon was a shore establishment, which a reader might make a Location), 'a
 # lamp company in Paris' and 'the lamp laboratory' (unnamed), 'World War I' (an event), 'the electronics industry',
 # 'English'
 entities=[E("Person", SM, "Stanley Mullard", "Mullard"), E("Company", MRV), E("Location", "Bermondsey"),
           E("Location", "London"), E("Person", "Robert Mullard"), E("Company", MEL, "Mackey"),
           E("Organization", "IEE"), E("Location", "Paris"), E("Company", "Ediswan"), E("Location", "Ponders End"),
           E("Organization", "Royal Naval Volunteer Reserve"), E("Location", "Hammersmith"), E("Location", "Balham"),
           E("Company", "Philips")],
 # 'an English industrialist who founded the Mullard electronics company', 'Mullard established the Mullard Radio Valve
 # Company' -> founder at the Mullard Radio Valve Company (one person named alone; current true: a founder stays one);
 # 'became a director of the company in 1906' (the Mackey Electric Lamp Company Ltd) -> director there, current false
 # (the company went bankrupt in 1909 and he 'went to work first for a lamp company in Paris'); 'joined the Ediswan
 # company ..., where in 1913 he was put in charge of the lamp laboratory' -> executive at Ediswan, current false (a
 # manager's post; GUIDELINES: 'manager' -> executive; he left for the war and his own firm, and 'never returned to the
 # electronics industry'; doubtful: a reader might give head, or no role for a laboratory's chief); 'Mullard remained as
 # managing director of the Mullard company until his resignation in 1930' -> director at the Mullard Radio Valve
 # Company (GUIDELINES: managing director -> director), current false (resigned). Near-misses: 'joined the IEE as a
 # student member ..., became a full member ..., and a fellow of the IEE' -> no role (memberships of a learned society);
 # 'commissioned as a Captain in the Royal Naval Volunteer Reserve' -> no role (a military rank, as batch 29d read 'a
 # retired Indian Army captain'); 'served at HMS Vernon as a research engineer' -> no role (a trade); 'the son of Robert
 # Mullard' -> nothing
 roles=[R(SM, "founder", MRV), R(SM, "director", MEL, False), R(SM, "executive", "Ediswan", False),
        R(SM, "director", MRV, False)],
 # 'In 1925, Mullard sold half the shares in the Mullard company to Philips, with the remainder of the company being
 # acquired by Philips in 1927' -> acquired(Philips, Mullard Radio Valve Company) + parentOrganization(Mullard Radio
 # Valve Company, Philips) (completed; not said to be merged away). Near-misses: the half stake of 1925 alone -> no
 # second relation (the same buyer and target, one acquired); 'following the bankruptcy of the Mackey company' ->
 # nothing (a failure, no buyer); 'The company moved to Hammersmith ... Balham' -> nothing (sites)
 relations=[L("Philips", "acquired", MRV), L(MRV, "parentOrganization", "Philips")],
 outages=[],
 # 'November 1, 1883', 'September 1, 1979' (days), '1883' (another text, the same year: its own item), '1899', '1906',
 # '1903', '1910', '1928', '1909', '1913', 'September 1920' (a month), '1921', '1923', '1925', '1927', '1930';
 # 'World War I' -> left out
 dates=[D("November 1, 1883", "1883-11-01"), D("September 1, 1979", "1979-09-01"), D("1883", "1883"),
        D("1899", "1899"), D("1906", "1906"), D("1903", "1903"), D("1910", "1910"), D("1928", "1928"),
        D("1909", "1909"), D("1913", "1913"), D("September 1920", "1920-09"), D("1921", "1921"), D("1923", "1923"),
        D("1925", "1925"), D("1927", "1927"), D("1930", "1930")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
