#!/usr/bin/env python3
"""Batch 71c gold annotations (session 65; the texts of batch71c.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-70ag; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); years -> the year; decades ('the
1980s'), eras ('World War I', 'World War II', 'the turn of the century') and 'a year', 'each day', 'today' -> nothing.
No text tells an outage, so every `outages` list is empty: 'Badly damaged by Allied air raids and eventually pillaged
during World War II', 'nationalised', 'Neuhaus retired and sold his business' and 'the factory was relocated ... due
to lack of room' are war, politics and business matters, no service lost (GUIDELINES, Outages). Round notes
/tmp/gather71c/NOTES.md; claims /work/notes/gather71/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70ag): the company's names in another language, its
English gloss, its colloquial name and its later name ('renamed to ...') -> aliases of one entity (GUIDELINES, Types);
a predecessor the text names as such ('Its predecessor, the Weiss cannery, ... under the name of ...') -> its own
entity, with its descriptive name and English gloss as aliases (as batch 70ag's Lilpop predecessor); a curly-apostrophe
spelling of the company's name ('Côte d’Or') -> an alias (another surface form); a country's old name ('Gold Coast',
'the old name of contemporary Ghana') -> an alias of the country (a former name; doubtful); 'founded by A' -> founder,
current true (a founding does not end: 'Neuhaus retired and sold his business' ends no founding, as batch 66d);
'established by A and his brother B', 'They created C' (two persons named together) -> cofounder each (GUIDELINES,
Roles: Founders); a person named only by a first name ('his brother Bertold') -> Person with that name, as batch 70ag's
'Andrew'; a person named only inside a company's name ('Rákosi Mátyás Vas- és Fémművek', 'Mátyás Rákosi Iron and Metal
Works NV') -> no entity of his own (as a company named only inside a product name); 'owned by X', 'X is the current
owner', 'a business unit within X' -> parentOrganization; 'X was purchased by Y' -> acquired and parentOrganization;
sales to a family or to persons ('sold Côte d’Or ... to the Buiswal-Leclef family', 'sold his business to Joseph
Bieswal and his wife') -> nothing (no buying company); mergers into a new company ('merged with ... to create Alimenta
S.A.') -> nothing (GUIDELINES: a merger where the text does not say who buys whom); a spin-off ('forked off its
chocolate and confectionery brands into Mondelez International') -> nothing; named products and brands (a bicycle, a
meat-products brand, a toffee, pastilles) -> Service, with the maker the text gives as provider; lower-case product
words ('mignonnettes', 'chocolate letters') -> no entity; squares, streets, a slaughterhouse, a former mill, a station
-> Location (named sites, GUIDELINES Types); a numbered district ('District VI.') -> no entity (doubtful); demonyms and
adjectives ('Belgian', 'Dutch', 'German', 'Hungarian', 'Jewish', 'Allied', 'American') -> no entity; a nobility title
('Baron Manfréd Weiss of Csepel') -> no role; a queen dowager named as the holder of a coat of arms -> Person, no role.
usage: batch71c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- food, Belgium: Côte d'Or (wikizero.net) ------------------------------------------------------------------------
CO = "C\u00f4te d'Or"
JS = "Jacobs Suchard"
CB = "Compagnie Joseph Bieswal"
A["wp-cote-dor-chocolate"] = dict(
 # the company -> Company 'Côte d'Or', alias 'Côte d’Or' (the curly apostrophe of the second paragraph); Mondelez
 # International (alias 'Mondelez'), Michiels ('the Michiels chocolate company', 'chocolate Michiels'), Alimenta S.A.,
 # Jacobs Suchard, Kraft General Foods, Compagnie Joseph Bieswal -> Company; Charles Neuhaus (alias 'Neuhaus'), Joseph
 # Bieswal, Maria Leclef -> Person; Chokotoffs -> Service; Schaerbeek, Belgium, Ghana (alias 'Gold Coast', its old
 # name; doubtful), Halle, Brussels, Poland, Moulart ('the former mill Moulart'; doubtful), Bara street, Anderlecht,
 # Brussels-Midi station -> Location. No entity: 'the Buiswal-Leclef family' (a family, no person named in that form),
 # 'mignonnettes' (lower case, a kind of bar), 'Belgians', 'Belgian', 'French'
 entities=[E("Company", CO, "C\u00f4te d\u2019Or"), E("Company", "Mondelez International", "Mondelez"),
           E("Person", "Charles Neuhaus", "Neuhaus"), E("Location", "Schaerbeek"), E("Location", "Belgium"),
           E("Location", "Ghana", "Gold Coast"), E("Company", "Michiels"), E("Company", "Alimenta S.A."),
           E("Company", JS), E("Company", "Kraft General Foods"), E("Location", "Halle"), E("Location", "Brussels"),
           E("Location", "Poland"), E("Service", "Chokotoffs"), E("Person", "Joseph Bieswal"),
           E("Person", "Maria Leclef"), E("Company", CB), E("Location", "Moulart"), E("Location", "Bara street"),
           E("Location", "Anderlecht"), E("Location", "Brussels-Midi station")],
 # 'founded in 1883 by Charles Neuhaus' -> founder (current true: 'Neuhaus retired and sold his business' ends no
 # founding); 'They created the Compagnie Joseph Bieswal' (Joseph Bieswal and his wife Maria Leclef) -> cofounder each
 roles=[R("Charles Neuhaus", "founder", CO), R("Joseph Bieswal", "cofounder", CB), R("Maria Leclef", "cofounder", CB)],
 # 'owned by Mondelez International', 'Mondelez is the current owner of the Côte d'Or brand' -> parentOrganization;
 # 'purchased by Jacobs Suchard in 1987' -> acquired and parentOrganization; 'Jacobs Suchard in turn was purchased by
 # Kraft General Foods in 1990' -> acquired and parentOrganization; 'The Côte d'Or factory ... used to produce ... two
 # million Chokotoffs' -> provider. Near-misses: 'sold Côte d’Or in 1889 to the Buiswal-Leclef family' and 'sold his
 # business to Joseph Bieswal and his wife' -> nothing (no buying company); 'merged with the Michiels chocolate company
 # in 1906 to create Alimenta S.A.', 'merged shortly after with chocolate Michiels' -> nothing (mergers, no buyer told;
 # Côte d'Or as part of Alimenta S.A. not said in so many words; doubtful); 'forked off its chocolate and
 # confectionery brands into Mondelez International' -> nothing (a spin-off, no owner of Mondelez told)
 relations=[L(CO, "parentOrganization", "Mondelez International"), L(JS, "acquired", CO),
            L(CO, "parentOrganization", JS), L("Kraft General Foods", "acquired", JS),
            L(JS, "parentOrganization", "Kraft General Foods"), L("Chokotoffs", "provider", CO)],
 outages=[],
 # '1883' (twice, one item), '1889' (twice), '1906' (twice), '1987', '1990', '2012', '1899' -> the years; 'the 1980s',
 # 'a year', 'each day' -> nothing
 dates=[D("1883", "1883"), D("1889", "1889"), D("1906", "1906"), D("1987", "1987"), D("1990", "1990"),
        D("2012", "2012"), D("1899", "1899")])

# ---- food, Netherlands: Droste (wikimili.com) ----------------------------------------------------------------------
DR = "Droste B.V."
A["wp-droste"] = dict(
 # the company -> Company 'Droste B.V.', aliases 'Droste' and 'G.J. Droste' ('the firm G.J. Droste', its name of 1890;
 # doubtful: the founder's initials as a firm's name); Hosta -> Company; Gerardus Johannes Droste (alias 'Gerardus J.
 # Droste') -> Person; Emma ('queen dowager Emma') -> Person; Droste chocolate pastilles -> Service (a named product,
 # the company's name inside it; doubtful); Vaassen, Netherlands, Haarlem, Spaarne ('the Spaarne river'), Belgium,
 # Germany, France -> Location. No entity: 'Dutch', 'German', 'American', 'the Dutch chocolate letters' (a kind of
 # product), 'the sons of Gerardus J. Droste' (unnamed)
 entities=[E("Company", DR, "Droste", "G.J. Droste"), E("Location", "Vaassen"), E("Location", "Netherlands"),
           E("Company", "Hosta"), E("Person", "Gerardus Johannes Droste", "Gerardus J. Droste"),
           E("Location", "Haarlem"), E("Service", "Droste chocolate pastilles"), E("Location", "Spaarne"),
           E("Person", "Emma"), E("Location", "Belgium"), E("Location", "Germany"), E("Location", "France")],
 # 'Droste was founded by Gerardus Johannes Droste' -> founder (current true: 'the leadership ... was handed over to
 # the sons' ends a leadership the text gives no post for, not the founding)
 roles=[R("Gerardus Johannes Droste", "founder", DR)],
 # 'Droste operates as an independent business unit within Hosta' -> parentOrganization; 'the Droste chocolate
 # pastilles that are still being sold today' (the company started selling them) -> provider (doubtful). Near-misses:
 # 'Droste officially acquired the right to bear the coat of arms of queen dowager Emma' -> nothing (a right, no
 # company bought); 'exporting its products to Belgium, Germany and France' -> nothing (countries, no customer named)
 relations=[L(DR, "parentOrganization", "Hosta"), L("Droste chocolate pastilles", "provider", DR)],
 outages=[],
 # '1863', '1890', '1891', '1897', '1898', '1905' -> the years; 'today' (published null), 'After the turn of the
 # century', 'In the meantime' -> nothing
 dates=[D("1863", "1863"), D("1890", "1890"), D("1891", "1891"), D("1897", "1897"), D("1898", "1898"),
        D("1905", "1905")])

# ---- engineering, Hungary: Manfréd Weiss Steel and Metal Works (en.wikipedia.org) ----------------------------------
MW = "Manfr\u00e9d Weiss Steel and Metal Works"
WC = "Weiss Berthold \u00e9s Manfr\u00e9d Els\u0151 Magyar Conserv Gy\u00e1r"
A["wp-manfred-weiss-steel-and-metal-works"] = dict(
 # the works -> Company 'Manfréd Weiss Steel and Metal Works' (the text's English name, the article's title), aliases
 # 'Weiss Manfréd Acél- és Fémművek' (its Hungarian name), 'Csepel Művek', 'Csepel Works' (the colloquial name and its
 # gloss), 'Rákosi Mátyás Vas- és Fémművek', 'Mátyás Rákosi Iron and Metal Works NV' (its name from 1950 and its
 # gloss); the predecessor -> Company 'Weiss Berthold és Manfréd Első Magyar Conserv Gyár', aliases 'Weiss cannery'
 # ('the Weiss cannery') and 'Berthold and Manfred Weiss First Hungarian Cannery Factory' (its gloss); Manfréd Weiss
 # ('Baron Manfréd Weiss of Csepel'), Bertold ('his brother Bertold') -> Person; Csepel bicycle, Globus ('the Globus
 # brand') -> Service; Hungary, Csepel island, Budapest, the Austro-Hungarian Monarchy (alias 'Austria-Hungary'),
 # Lövölde Square, Máriássy Street, the Közvágóhíd (Budapest's public slaughterhouse, a named site) -> Location. No
 # entity: 'Nemzeti Vállalat', 'National Company' (the gloss of 'NV'), 'the Empire', 'District VI.' (doubtful), 'the
 # army' (unnamed), 'Allied', 'Jewish', 'Hungarian', 'World War I', 'World War II'
 entities=[E("Company", MW, "Weiss Manfr\u00e9d Ac\u00e9l- \u00e9s F\u00e9mm\u0171vek", "Csepel M\u0171vek", "Csepel Works",
             "R\u00e1kosi M\u00e1ty\u00e1s Vas- \u00e9s F\u00e9mm\u0171vek", "M\u00e1ty\u00e1s R\u00e1kosi Iron and Metal Works NV"),
           E("Location", "Hungary"), E("Location", "Csepel island"), E("Location", "Budapest"),
           E("Location", "Austro-Hungarian Monarchy", "Austria-Hungary"), E("Person", "Manfr\u00e9d Weiss"),
           E("Service", "Csepel bicycle"),
           E("Company", WC, "Weiss cannery", "Berthold and Manfred Weiss First Hungarian Cannery Factory"),
           E("Location", "L\u00f6v\u00f6lde Square"), E("Person", "Bertold"), E("Location", "M\u00e1ri\u00e1ssy Street"),
           E("Location", "K\u00f6zv\u00e1g\u00f3h\u00edd"), E("Service", "Globus")],
 # 'Founded by Baron Manfréd Weiss of Csepel' -> founder of the works; 'the Weiss cannery, was originally established
 # ... by Manfréd Weiss and his brother Bertold' -> cofounder each of the cannery (named together). 'Baron' -> no role
 roles=[R("Manfr\u00e9d Weiss", "founder", MW), R("Manfr\u00e9d Weiss", "cofounder", WC), R("Bertold", "cofounder", WC)],
 # 'producing ... bicycles Csepel bicycle' -> provider; 'they produced meat products under the Globus brand' (the
 # brothers, at the canning factory) -> provider of the cannery. Near-misses: 'Its predecessor, the Weiss cannery' ->
 # nothing (a predecessor, no purchase or ownership told); 'nationalised' -> nothing (no owner named); 'one of largest
 # defense contractors in Austria-Hungary', 'mainly for the army' -> no partner (no named customer organisation)
 relations=[L("Csepel bicycle", "provider", MW), L("Globus", "provider", WC)],
 outages=[],
 # '1892', '1950', '1882' -> the years; 'World War I', 'World War II' -> nothing
 dates=[D("1892", "1892"), D("1950", "1950"), D("1882", "1882")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
