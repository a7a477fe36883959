#!/usr/bin/env python3
"""Batch 71aa gold annotations (session 65; the texts of batch71aa.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-71t; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); years -> the year; 'May 27, 2011'
-> the day; relative expressions ('a year later', 'within eight years'), ages ('the 150-year-old store firm') and
periods ('the interwar period', 'Between the world wars', 'During World War I') -> nothing. No text tells an outage: an
occupation and production directed to the military, a merger, a takeover and a firm that ceased to exist are war and
business matters, no service lost (GUIDELINES, Outages). Round notes /tmp/gather71aa/NOTES.md; claims
/work/notes/gather71/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71t): the company's earlier and later names and its
short forms ('Ignatz Schustala & Cie', 'Nesselsdorfer Wagenbau-Fabriksgesellschaft', 'Kopřivnická vozovka a.s.',
'Rinascente', 'Società de Agostini e Caproni', 'Società Caproni e Comitti', 'Società Italiana Caproni, Milano',
'Società Italiana Caproni') -> aliases of one entity (GUIDELINES, Types); the company that owns the text's company
('Owned by the TATRA TRUCKS a.s. company') -> parentOrganization; one person named alone as founding the company ->
founder (current, as earlier rounds kept founders); a person named with a nickname inside the name ('Giovanni Battista
"Gianni" Caproni') -> the name as written, the text giving no other full form; 'X bought a 100% stake of' the company,
'bought by X' -> acquired and parentOrganization (completed); a company formed 'from the merger of' two businesses ->
the two Company entities, no relation (no buyer told; GUIDELINES, Relations); 'The main subdivisions were A, B, C and
D', 'the Caproni Vizzola division', 'one of its divisions' -> parentOrganization each; 'which bought some smaller
manufacturers' (none named) -> nothing; a quotation's speaker with his post and no organisation ('Chief Executive
Officer Tos Chirathivat told reporters', in the paragraph of the buyer's plans) -> ceo at the buyer (doubtful); a person
who 'joined the company' with no post told -> no role; 'known for its collaboration with' named firms -> partner with
each firm (doubtful), the persons named with them no role; car models ('the Präsident', 'Tatra 11', 'Tatra 77') ->
Service with the maker as provider; a store with its own name ('La Rinascente Milano Piazza Duomo') -> Location (a
named site; GUIDELINES, Types; doubtful); airports ('Linate Airport', 'Milan–Malpensa Airport') -> Location; a mountain
range ('the Tatra Mountains') and a state of the war ('Nazi Germany') -> Location (doubtful); treaties and wars ('the
Munich Agreement', 'the 1938 German-Czechoslovak war', 'World War I'), borders ('the Czechoslovak-Polish border'),
marques and badges ('the Nesselsdorfer marque', 'the Tatra badge'), 'Central and Eastern Europe' (two regions joined;
doubtful), air forces named only by adjectives ('the Italian, French, British and US air forces'), demonyms and
adjectives ('Czech', 'Thai', 'Italian') -> nothing.
usage: batch71aa_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- aircraft, Italy: Caproni (en.wikipedia.org, oldid 697953023) ------------------------------------------------
CA = "Caproni"
GC = "Giovanni Battista \"Gianni\" Caproni"
A["wp-caproni"] = dict(
 # the company -> Company 'Caproni', aliases 'Società de Agostini e Caproni', 'Società Caproni e Comitti' (its first
 # names: 'It was initially named, from 1911, ...') and 'Società Italiana Caproni, Milano' with its short form
 # 'Società Italiana Caproni' ('Caproni evolved into a large syndicate named ...'); Caproni Vizzola, Caproni
 # Bergamasca, Reggiane, Isotta-Fraschini, Agusta -> Company; Giovanni Battista "Gianni" Caproni -> Person (the name
 # as written); Taliedo, Milan, Linate Airport, Vizzola Ticino, Milan–Malpensa Airport -> Location. No entity: 'the
 # Italian, French, British and US air forces' (adjectives before a common noun; doubtful), 'World War I', 'Italian'
 entities=[E("Company", CA, "Societ\u00e0 de Agostini e Caproni", "Societ\u00e0 Caproni e Comitti",
             "Societ\u00e0 Italiana Caproni, Milano", "Societ\u00e0 Italiana Caproni"),
           E("Person", GC), E("Location", "Taliedo"), E("Location", "Milan"), E("Location", "Linate Airport"),
           E("Company", "Caproni Vizzola"), E("Location", "Vizzola Ticino"),
           E("Location", "Milan\u2013Malpensa Airport"), E("Company", "Caproni Bergamasca"), E("Company", "Reggiane"),
           E("Company", "Isotta-Fraschini"), E("Company", "Agusta")],
 # 'an Italian aircraft manufacturer founded in 1908 by Giovanni Battista "Gianni" Caproni' -> founder (one person
 # named alone)
 roles=[R(GC, "founder", CA)],
 # 'the Caproni Vizzola division', 'one of its divisions, Caproni Vizzola' -> parentOrganization; 'The main
 # subdivisions were Caproni Bergamasca, Caproni Vizzola, Reggiane and engine manufacturer Isotta-Fraschini' ->
 # parentOrganization each (of 'Società Italiana Caproni, Milano', the company's later name); 'Caproni Vizzola endured
 # until 1983 when it was bought by Agusta' -> acquired(Agusta, Caproni Vizzola) and parentOrganization(Caproni
 # Vizzola, Agusta). Near-misses: 'which bought some smaller manufacturers' -> nothing (none named); 'The Società
 # Italiana Caproni ceased to exist in 1950' -> nothing
 relations=[L("Caproni Vizzola", "parentOrganization", CA), L("Caproni Bergamasca", "parentOrganization", CA),
            L("Reggiane", "parentOrganization", CA), L("Isotta-Fraschini", "parentOrganization", CA),
            L("Agusta", "acquired", "Caproni Vizzola"), L("Caproni Vizzola", "parentOrganization", "Agusta")],
 outages=[],
 # '1908', '1911', '1950', '1983' -> as written; 'During World War I', 'Between the world wars' -> nothing
 dates=[D("1908", "1908"), D("1911", "1911"), D("1950", "1950"), D("1983", "1983")])

# ---- retail, Italy: La Rinascente (en.wikipedia.org, older rendering) ------------------------------------------
LR = "La Rinascente"
A["wp-la-rinascente"] = dict(
 # the company -> Company 'La Rinascente', alias 'Rinascente' ('new Rinascente stores'); Alle città d'Italia,
 # Magazzini Vittoria (the businesses merged), Central Retail, Future Systems, Lifschutz Davidson Sandilands (firms of
 # designers and architects) -> Company; Senatore Borletti, Tos Chirathivat, Vittorio Radice, Fabio Novembre, Vincent
 # Van Duysen -> Person; Milan, Asia, Thailand, China, Japan, Hong Kong, Italy, Rome, Genoa, Turin, Florence, Palermo,
 # Catania, Cagliari, Padova, Monza -> Location; La Rinascente Milano Piazza Duomo (the flagship store; a named site,
 # doubtful) -> Location. No entity: 'Rinascita' (a word glossed), 'Thai', 'Italian'
 entities=[E("Company", LR, "Rinascente"), E("Location", "Milan"), E("Person", "Senatore Borletti"),
           E("Company", "Alle citt\u00e0 d'Italia"), E("Company", "Magazzini Vittoria"), E("Company", "Central Retail"),
           E("Location", "Asia"), E("Location", "Thailand"), E("Location", "China"), E("Location", "Japan"),
           E("Location", "Hong Kong"), E("Person", "Tos Chirathivat"), E("Location", "Italy"), E("Location", "Rome"),
           E("Location", "Genoa"), E("Location", "Turin"), E("Location", "Florence"), E("Location", "Palermo"),
           E("Location", "Catania"), E("Location", "Cagliari"), E("Location", "Padova"), E("Location", "Monza"),
           E("Location", "La Rinascente Milano Piazza Duomo"), E("Person", "Vittorio Radice"),
           E("Person", "Fabio Novembre"), E("Company", "Future Systems"), E("Company", "Lifschutz Davidson Sandilands"),
           E("Person", "Vincent Van Duysen")],
 # 'founded in Milan in 1917 by Senatore Borletti' -> founder (one person named alone); '"Our ultimate goal ...,"
 # Chief Executive Officer Tos Chirathivat told reporters' -> ceo at Central Retail (the buyer whose goal and plans
 # the paragraph tells; doubtful: the text names no organisation beside the title). No role: Vittorio Radice ('joined
 # the company in 2005'; no post told); Fabio Novembre, Vincent Van Duysen (designers it collaborated with)
 roles=[R("Senatore Borletti", "founder", LR), R("Tos Chirathivat", "ceo", "Central Retail")],
 # 'On May 27, 2011 Central Retail bought a 100% stake of the 150-year-old store firm' -> acquired and
 # parentOrganization; 'known for its collaboration with ... Future Systems, Lifschutz Davidson Sandilands' -> partner
 # each (a stated collaboration between named firms; doubtful). Near-misses: 'from the merger of the businesses "Alle
 # città d'Italia" and "Magazzini Vittoria"' -> nothing (a merger forming the company, no buyer told); 'Central
 # Retail also planned new Rinascente stores' -> nothing; 'La Rinascente owns a chain of 11 department stores' ->
 # nothing (stores, not companies)
 relations=[L("Central Retail", "acquired", LR), L(LR, "parentOrganization", "Central Retail"),
            L(LR, "partner", "Future Systems"), L(LR, "partner", "Lifschutz Davidson Sandilands")],
 outages=[],
 # '1917', 'May 27, 2011', '2005' -> as written; 'within eight years', 'the 150-year-old store firm', 'Currently' ->
 # nothing
 dates=[D("1917", "1917"), D("May 27, 2011", "2011-05-27"), D("2005", "2005")])

# ---- motor vehicles, Czech Republic: Tatra (en.wikipedia.org) ----------------------------------------------------
TA = "Tatra"
A["wp-tatra"] = dict(
 # the company -> Company 'Tatra', aliases 'Ignatz Schustala & Cie' (founded as; the text's 'Cie.' point ends the
 # sentence), 'Nesselsdorfer Wagenbau-Fabriksgesellschaft' and 'Kopřivnická vozovka a.s.' (the names it was 'renamed');
 # TATRA TRUCKS a.s. (its owner) -> Company; Präsident ('the Präsident', the first automobile), Tatra 11, Tatra 77 (its
 # cars) -> Service; Kopřivnice, Tatra Mountains ('the nearby Tatra Mountains'; doubtful), Nazi Germany (the occupying
 # state; doubtful) -> Location. No entity: 'The First Truck' (a description, capitals so written), 'the Nesselsdorfer
 # marque', 'the Tatra badge', 'Central and Eastern Europe' (doubtful), 'the Czechoslovak-Polish border', 'the
 # Polish-Slovak border', 'the 1938 German-Czechoslovak war', 'Munich Agreement' (a treaty), 'Czech'
 entities=[E("Company", TA, "Ignatz Schustala & Cie", "Nesselsdorfer Wagenbau-Fabriksgesellschaft",
             "Kop\u0159ivnick\u00e1 vozovka a.s."),
           E("Location", "Kop\u0159ivnice"), E("Company", "TATRA TRUCKS a.s."), E("Service", "Pr\u00e4sident"),
           E("Location", "Tatra Mountains"), E("Service", "Tatra 11"), E("Service", "Tatra 77"),
           E("Location", "Nazi Germany")],
 # No role: the text names no person
 roles=[],
 # 'Owned by the TATRA TRUCKS a.s. company' -> parentOrganization; 'the Nesselsdorfer Wagenbau-Fabriksgesellschaft
 # produced the Präsident', 'its line of affordable cars ... starting with Tatra 11', 'starting with Tatra 77' ->
 # provider each. Near-misses: 'the town of Kopřivnice was occupied by Nazi Germany and Tatra's manufacturing capacity
 # was directed towards military production' -> nothing (a war matter, no relation between companies)
 relations=[L(TA, "parentOrganization", "TATRA TRUCKS a.s."), L("Pr\u00e4sident", "provider", TA),
            L("Tatra 11", "provider", TA), L("Tatra 77", "provider", TA)],
 outages=[],
 # '1850', '1890', '1897', '1898', '1918', '1919', '1923', '1934', '1938' -> as written; 'a year later', 'In the
 # interwar period' -> nothing
 dates=[D("1850", "1850"), D("1890", "1890"), D("1897", "1897"), D("1898", "1898"), D("1918", "1918"),
        D("1919", "1919"), D("1923", "1923"), D("1934", "1934"), D("1938", "1938")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
