#!/usr/bin/env python3
"""Batch 70aa gold annotations (session 64; the texts of batch70aa.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-70u; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); '1 July 1893' -> the day; 'late
1853' -> the year (GUIDELINES: 'late 2006' -> the year); 'from 1755 to 2007' -> each year its own item, one item per
distinct text and value; decades ('the 1980s', 'the early 1840s') and eras ('World War I') -> nothing. No text tells an
outage, so every `outages` list is empty: 'the bank was put under public administration' (a government measure),
'having lost NOK 450 million to Finance Credit-system' and 'two major scandals ... cost the bank its independence'
(business failures) are no outage (GUIDELINES, Outages). Round notes /tmp/gather70aa/NOTES.md; claims
/work/notes/gather70/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70u): former names of the company ('founded in 1758 as
Leu et Compagnie', 'it incorporated as Leu & Co.', 'under the name Richtenberger, agent Rothschild', 'the business
became Lambert-Richtenberger, agent Rothschild', 'took the name of Lambert, agent Rothschild') -> aliases of one entity
(GUIDELINES, Types); a predecessor named apart from the company and merged into it ('Nordlandsbanken was created as a
merger between ... and Nordlands Privatbank') -> its own entity; 'named after its founder, A' -> founder; 'A initiated
business in Brussels ... under the name ...' (one person named alone as beginning the business) -> founder (doubtful);
'A partnered with B, upon which the business became ...' -> no role (a partner, no post of the vocabulary, as round
70u's 'the partners'; doubtful); 'A took over the bank's leadership' -> head, current true (no end told); mayors -> no
role (as the corpus); 'main banker to King Leopold II' -> no role, no relation (a person as customer); 'a wholly owned
subsidiary of X who bought the bank', 'Until X bought the bank', 'which itself was acquired in 1998 by X' -> acquired
and parentOrganization (GUIDELINES, Relations: completed acquisitions); 'a subsidiary of X from 1990' -> parentOrganization
(no buyer's act told); 'it was merged with that company's other private banking units as Y' -> parentOrganization(Y,
that company) (the units named as the parent's; doubtful); 'merged ... with X to form Y', 'created as a merger between
...' -> nothing (a merger, no buyer told); 'with a cooperations with other banks established Ofotens Bank' -> nothing
(the co-founders unnamed; no partnership between two named organisations); 'listed on the Oslo Stock Exchange' ->
nothing; 'agent of James Mayer de Rothschild' -> nothing (a person as principal); the Rothschilds (a family), 'the
Government', demonyms ('Norwegian', 'Swiss', 'Belgian') -> no entity; a country's full and short names ('the Kingdom
of Belgium', 'Belgium'), a county's ('the County of Nordland', 'Nordland') -> one Location with its alias; a
birthplace written into an adjective ('Aschaffenburg-born', 'Lyon-born') -> Location; the Congo Free State and the
Helvetic Republic -> Location (states).
usage: batch70aa_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- banking, Norway: Nordlandsbanken (en.wikipedia.org, oldid 978959469) ----------------------------------------
NB = "Nordlandsbanken"
A["wp-nordlandsbanken"] = dict(
 # the bank -> Company 'Nordlandsbanken'; Nordlands Privatbank (its predecessor, merged into it), Ofotens Bank, Fauske
 # Bank, Søndre Helgelands Kreditbank, Helgelands Fiskeri- og Handelsbank, DnB NOR, the Oslo Stock Exchange (an
 # exchange run as a business) -> Company; 'Finance Credit-system' -> Company 'Finance Credit' (the named finance
 # group the loss was to; doubtful: named only inside '-system'); the County of Nordland (alias 'Nordland'), Bodø,
 # Northern Norway, Narvik, Svolvær, Sortland, Oslo, Tromsø -> Location. No entity: 'Norwegian', 'the Government',
 # 'World War I'
 entities=[E("Company", NB), E("Location", "County of Nordland", "Nordland"), E("Company", "DnB NOR"),
           E("Location", "Bod\u00f8"), E("Company", "Nordlands Privatbank"), E("Location", "Northern Norway"),
           E("Company", "Ofotens Bank"), E("Location", "Narvik"), E("Location", "Svolv\u00e6r"), E("Location", "Sortland"),
           E("Company", "Fauske Bank"), E("Company", "S\u00f8ndre Helgelands Kreditbank"),
           E("Company", "Helgelands Fiskeri- og Handelsbank"), E("Company", "Oslo Stock Exchange"),
           E("Location", "Oslo"), E("Location", "Troms\u00f8"), E("Company", "Finance Credit")],
 # no person named
 roles=[],
 # 'a wholly owned subsidiary of DnB NOR who bought the bank in 2003', 'Until DnB NOR bought the bank in 2003' ->
 # acquired and parentOrganization. Near-misses: 'created as a merger between Fauske Bank, ... and Nordlands
 # Privatbank' -> nothing (a merger); 'with a cooperations with other banks established Ofotens Bank' -> nothing;
 # 'operations ... were taken over by DnB NOR' -> nothing beyond the acquisition (operations, no company)
 relations=[L("DnB NOR", "acquired", NB), L(NB, "parentOrganization", "DnB NOR")],
 outages=[],
 # '2003', '1899', '1910', '1918', '1923', '1928', '1945' -> the years; '1 July 1893' -> the day; 'World War I' ->
 # nothing
 dates=[D("2003", "2003"), D("1 July 1893", "1893-07-01"), D("1899", "1899"), D("1910", "1910"), D("1918", "1918"),
        D("1923", "1923"), D("1928", "1928"), D("1945", "1945")])

# ---- banking, Switzerland: Bank Leu (encyclopedia.datana.cloud, Kiwix 2024-04) ----------------------------------
BL = "Bank Leu AG"
A["wp-bank-leu"] = dict(
 # the bank -> Company 'Bank Leu AG', aliases 'Leu et Compagnie', 'Leu & Co.' (former names); Credit Suisse, Clariden
 # Leu -> Company; Johann Jacob Leu, Napoleon, Maria Theresa -> Person; Zürich, Switzerland, the Helvetic Republic
 # (a client state) -> Location. No entity: 'Swiss', 'Aktiengesellschaft' (a company form)
 entities=[E("Company", BL, "Leu et Compagnie", "Leu & Co."), E("Location", "Z\u00fcrich"),
           E("Company", "Credit Suisse"), E("Company", "Clariden Leu"), E("Location", "Switzerland"),
           E("Person", "Johann Jacob Leu"), E("Person", "Napoleon"), E("Location", "Helvetic Republic"),
           E("Person", "Maria Theresa")],
 # 'named after its founder, Johann Jacob Leu' -> founder; 'who later became mayor of Zürich' -> no role (mayors, as
 # the corpus); 'Napoleon conquered Switzerland' -> no role; 'it was Maria Theresa's banker' -> nothing (a person as
 # customer)
 roles=[R("Johann Jacob Leu", "founder", BL)],
 # 'it was a subsidiary of Credit Suisse from 1990' -> parentOrganization (no purchase told); 'it was merged with that
 # company's other private banking units as Clariden Leu' -> parentOrganization(Clariden Leu, Credit Suisse) (the
 # units named as Credit Suisse's; doubtful); no acquired (the text tells no buying: 'cost the bank its independence')
 relations=[L(BL, "parentOrganization", "Credit Suisse"), L("Clariden Leu", "parentOrganization", "Credit Suisse")],
 outages=[],
 # '1755', '2007', '1990', '1758', '1798', '1854', '1969' -> the years ('from 1755 to 2007' -> each year; '2007'
 # twice, one item); 'the 1980s' -> nothing
 dates=[D("1755", "1755"), D("2007", "2007"), D("1990", "1990"), D("1758", "1758"), D("1798", "1798"),
        D("1854", "1854"), D("1969", "1969")])

# ---- banking, Belgium: Banque Lambert (wikimili.com) ------------------------------------------------------------
LB = "Banque Lambert"
A["wp-banque-lambert"] = dict(
 # the bank -> Company 'Banque Lambert', aliases 'Richtenberger, agent Rothschild', 'Lambert-Richtenberger, agent
 # Rothschild', 'Lambert, agent Rothschild' (the business's earlier names); Banque de Bruxelles, Bank Brussels Lambert,
 # ING Group -> Company; Lazare Richtenberger (alias 'Richtenberger'), James Mayer de Rothschild (alias 'James de
 # Rothschild', the same man), Charlotte (alias 'Neymer', her maiden name as batch 29a's 'née Hagdahl'; doubtful),
 # Samuel Lambert (aliases 'Samuel', 'Lambert': 'Lambert opened a branch in Antwerp'), Léon Lambert, Zoé Lucie Betty
 # de Rothschild, Philippe, Count of Flanders ('Prince Philippe, Count of Flanders'; the name without the title),
 # Leopold II ('King Leopold II') -> Person; the Kingdom of Belgium (alias 'Belgium'), Aschaffenburg, Brussels, Lyon,
 # Antwerp, the Congo Free State -> Location. No entity: 'the Rothschilds', 'the two families' (a family), 'Low Levy'
 # ('widow Low Levy', her late husband's name or her name as a widow; unclear), 'the Belgian establishment'
 entities=[E("Company", LB, "Richtenberger, agent Rothschild", "Lambert-Richtenberger, agent Rothschild",
             "Lambert, agent Rothschild"), E("Location", "Kingdom of Belgium", "Belgium"),
           E("Company", "Banque de Bruxelles"), E("Company", "Bank Brussels Lambert"), E("Company", "ING Group"),
           E("Location", "Aschaffenburg"), E("Person", "Lazare Richtenberger", "Richtenberger"),
           E("Location", "Brussels"), E("Person", "James Mayer de Rothschild", "James de Rothschild"),
           E("Person", "Charlotte", "Neymer"), E("Location", "Lyon"), E("Person", "Samuel Lambert", "Samuel", "Lambert"),
           E("Location", "Antwerp"), E("Person", "L\u00e9on Lambert"), E("Person", "Zo\u00e9 Lucie Betty de Rothschild"),
           E("Person", "Philippe, Count of Flanders"), E("Person", "Leopold II"), E("Location", "Congo Free State")],
 # 'Lazare Richtenberger initiated business in Brussels ... under the name Richtenberger, agent Rothschild' -> founder
 # (one person named alone as beginning the business; doubtful); 'Léon Lambert took over the bank's leadership' ->
 # head, current true (no end told). 'Samuel Lambert ... partnered with Richtenberger' -> no role (a partner; doubtful).
 # 'King Leopold II', 'Prince Philippe, Count of Flanders' -> no role (no country named with them)
 roles=[R("Lazare Richtenberger", "founder", LB), R("L\u00e9on Lambert", "head", LB)],
 # 'Bank Brussels Lambert, which itself was acquired in 1998 by ING Group' -> acquired and parentOrganization.
 # Near-misses: 'It merged in 1975 with Banque de Bruxelles to form Bank Brussels Lambert' -> nothing (a merger, no
 # buyer told); 'as agent of James Mayer de Rothschild', 'main banker to King Leopold II ... for the Congo Free State'
 # -> nothing (persons and a state, no two named organisations)
 relations=[L("ING Group", "acquired", "Bank Brussels Lambert"), L("Bank Brussels Lambert", "parentOrganization",
            "ING Group")],
 outages=[],
 # '1835', '1975', '1998', '1838', '1875', '1882' -> the years; 'late 1853' -> the year; 'the early 1840s' -> nothing
 dates=[D("1835", "1835"), D("1975", "1975"), D("1998", "1998"), D("1838", "1838"), D("late 1853", "1853"),
        D("1875", "1875"), D("1882", "1882")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
