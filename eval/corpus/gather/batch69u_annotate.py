#!/usr/bin/env python3
"""Batch 69u gold annotations (session 63; the texts of batch69u.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-68i; batch10_annotate.write_parts), so with three texts: test wp-lindt-and-sprungli,
train wp-lucas-industries, dev wp-ti-group. All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'August 1996' -> a month; 'the end of 2000' -> '2000' (the year); 'Two years later', 'In that
same year', 'the 1850s', 'World War I' -> nothing (relative to no `published`, a decade, an event). No text tells an
outage or a near-miss of one, so every `outages` list is empty. Round notes /tmp/gather69u/NOTES.md; claims
/work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68i): 'X bought Y', 'X acquired Y', 'Y were acquired'
(X the company of the text), 'a ... successful battle to acquire Y' -> acquired(X, Y) and parentOrganization(Y, X);
'X merged with Y to form Z' -> nothing (a merger, no buyer told); 'Z was sold to W' -> acquired(W, Z) and
parentOrganization(Z, W); 'Y joined the group', 'the Y subsidiary', 'TI subsidiary Y', 'consisted of A, B and C' (of a
subsidiary) -> parentOrganization; 'registered as X, combining the ... businesses of A, B, C and D' ->
parentOrganization of each to X (a holding company formed of them; doubtful: the text says their tube businesses were
combined, a reader might give nothing); 'A became chief executive in 1935, and chairman in 1944' with 'A retired as
chairman and chief executive officer' -> ceo and chairman, current false; 'became life president' -> president,
current true (as earlier batches read an honorary chairman as chairman; doubtful); 'In 1860, he founded the firm' ->
founder; 'the origins of the company date back to 1836, when A and his son B bought a small confectionery shop ...,
producing chocolates under the name N' -> cofounder for both (GUIDELINES, Roles: founders named together; doubtful: the
text says 'bought a shop', not 'founded'); a son who 'joined the firm', sons who 'received' parts of a divided business
and a man who 'converted ... his private company' -> Person, no role (no title); 'the chocolate factory of A in Bern'
bought -> nothing (a factory, an asset, unnamed); brands ('the Raleigh owned brands ...', 'its Küfferle brand') and a
car ('the Swallow Doretti sports car') -> Service with provider the owner or maker the text names (GUIDELINES, Types;
batch 16i's 'brands -> Service'); 'a contract to supply Y with electrical equipment' -> partner(X, Y), direction as
written; 'retained the Elta arrangement' (a brand licence) -> partner(the trademark's owner, Elta Lighting) (a
licensing deal; doubtful); the company's names in turn ('formerly Tube Investments', 'converted ... into Chocolat
Sprüngli AG', 'changed its name to ...', 'the firm that would become Lucas Industries', 'what had by then become Joseph
Lucas Ltd') -> aliases of one entity (GUIDELINES, Types); stock exchanges -> Company; the FTSE 100 Index (an index),
the 'Aluminium War' and World War I (events) -> no entity; named streets, a square and a district -> Location;
demonyms ('British', 'American', 'Swiss', 'Austrian', 'German') -> nothing.
usage: batch69u_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- engineering, UK: TI Group (kiwix.casplantje.nl's Kiwix copy, 2020-06) -----------------------------------------
TI = "TI Group plc"
SW = "Swallow Coachbuilding Co. (1935) Ltd."
BCC = "British Cycle Corporation"
RI = "Raleigh Industries"
BRANDS = ["BSA Cycles", "Humber", "Triumph", "Rudge", "New Hudson", "Sunbeam Three Spires", "J. B. Brooks"]
A["wp-ti-group"] = dict(
 # the holding company -> Company 'TI Group plc', aliases 'Tube Investments' ('formerly Tube Investments', 'registered
 # as Tube Investments') and 'TI' ('TI subsidiary'; 'TI Group' stands only inside 'TI Group plc'); Tubes Ltd, New
 # Credenda Tube (alias 'Creda': 'later known as Creda'), Simplex, Accles & Pollock, Reynolds Tube, the London Stock
 # Exchange, Smiths Industries, Swallow Coachbuilding Co. (1935) Ltd. (alias 'Swallow Coachbuilding Co.'), Hercules
 # Cycles, the British Cycle Corporation, Armstrong, Norman Cycles, Sun Cycles, Phillips Cycles, 'the German Hercules
 # company' -> 'Hercules' (a company named to say it is not Hercules Cycles; doubtful: a reader might leave it out),
 # British Aluminium, Raleigh Industries (alias 'Raleigh': 'the Raleigh owned brands'), Russell Hobbs ('kettle
 # manufacturers Russell Hobbs') and Alfred Herbert Ltd -> Company; the Swallow Doretti (a sports car) and the brands
 # BSA Cycles, Humber, Triumph, Rudge, New Hudson, Sunbeam Three Spires and J. B. Brooks ('the Raleigh owned brands')
 # -> Service; Ivan Stedeford (alias 'Sir Ivan Stedeford') -> Person; Abingdon and Oxfordshire -> Location. No
 # entity: the FTSE 100 Index (an index), the 'Aluminium War' (an event), 'the group', 'the company' (generic)
 entities=[E("Company", TI, "Tube Investments", "TI"), E("Location", "Abingdon"), E("Location", "Oxfordshire"),
           E("Company", "Tubes Ltd"), E("Company", "New Credenda Tube", "Creda"), E("Company", "Simplex"),
           E("Company", "Accles & Pollock"), E("Company", "Reynolds Tube"), E("Company", "London Stock Exchange"),
           E("Company", "Smiths Industries"), E("Person", "Ivan Stedeford", "Sir Ivan Stedeford"),
           E("Company", SW, "Swallow Coachbuilding Co."), E("Company", "Hercules Cycles"), E("Company", BCC),
           E("Company", "Armstrong"), E("Company", "Norman Cycles"), E("Company", "Sun Cycles"),
           E("Company", "Phillips Cycles"), E("Company", "Hercules"), E("Service", "Swallow Doretti"),
           E("Company", "British Aluminium"), E("Company", RI, "Raleigh")]
          + [E("Service", b) for b in BRANDS]
          + [E("Company", "Russell Hobbs"), E("Company", "Alfred Herbert Ltd")],
 # 'He became chief executive in 1935, and chairman in 1944' and 'Sir Ivan Stedeford retired as chairman and chief
 # executive officer' -> ceo and chairman at TI Group plc, current false (retired); 'and became life president' ->
 # president, current true (no end told; doubtful: an honorary post, a reader might give nothing). Near-miss: 'joined
 # the company in 1928' -> no role (no title)
 roles=[R("Ivan Stedeford", "ceo", TI, False), R("Ivan Stedeford", "chairman", TI, False),
        R("Ivan Stedeford", "president", TI)],
 # 'registered as Tube Investments in 1919, combining the seamless steel tube businesses of Tubes Ltd, New Credenda
 # Tube ..., Simplex and Accles & Pollock' -> parentOrganization of each to TI Group plc (doubtful, see the
 # docstring); 'Reynolds Tube joined the group' -> parentOrganization; 'It was acquired by Smiths Industries' ->
 # acquired and parentOrganization; 'the company bought Swallow Coachbuilding Co. (1935) Ltd. and Hercules Cycles' ->
 # acquired and parentOrganization each; 'The British Cycle Corporation subsidiary ... consisted of Armstrong, Norman
 # Cycles, Sun Cycles, Phillips Cycles and Hercules Cycles' -> parentOrganization(British Cycle Corporation, TI Group
 # plc) and parentOrganization of the five to the British Cycle Corporation; 'TI subsidiary Swallow Coachbuilding Co.
 # constructed the Swallow Doretti sports car' -> provider; 'a fierce and successful battle to acquire British
 # Aluminium' -> acquired and parentOrganization (the buyer the company of the text; successful: done); 'Raleigh
 # Industries were acquired in 1960' -> acquired and parentOrganization (the buyer the company of the text); 'the
 # Raleigh owned brands ...' -> provider to Raleigh Industries for each brand; 'bought kettle manufacturers Russell
 # Hobbs', 'The group bought Alfred Herbert Ltd' -> acquired and parentOrganization each. Near-misses: 'no connection
 # with the German Hercules company' -> nothing; 'listed on the London Stock Exchange' -> nothing
 relations=[L(o, "parentOrganization", TI) for o in ("Tubes Ltd", "New Credenda Tube", "Simplex", "Accles & Pollock",
                                                     "Reynolds Tube")]
           + [L("Smiths Industries", "acquired", TI), L(TI, "parentOrganization", "Smiths Industries"),
              L(TI, "acquired", SW), L(SW, "parentOrganization", TI), L(TI, "acquired", "Hercules Cycles"),
              L("Hercules Cycles", "parentOrganization", TI), L(BCC, "parentOrganization", TI)]
           + [L(o, "parentOrganization", BCC) for o in ("Armstrong", "Norman Cycles", "Sun Cycles", "Phillips Cycles",
                                                        "Hercules Cycles")]
           + [L("Swallow Doretti", "provider", SW), L(TI, "acquired", "British Aluminium"),
              L("British Aluminium", "parentOrganization", TI), L(TI, "acquired", RI), L(RI, "parentOrganization", TI)]
           + [L(b, "provider", RI) for b in BRANDS]
           + [L(TI, "acquired", "Russell Hobbs"), L("Russell Hobbs", "parentOrganization", TI),
              L(TI, "acquired", "Alfred Herbert Ltd"), L("Alfred Herbert Ltd", "parentOrganization", TI)],
 outages=[],
 # '1919', '1928', '2000' ('in the end of 2000'), '1935', '1944', '1946', '1956', '1954', '1955', '1958', '1959',
 # '1960', '1963', '1982' ('1935' also stands in the company name 'Swallow Coachbuilding Co. (1935) Ltd.')
 dates=[D(y, y) for y in ("1919", "1928", "2000", "1935", "1944", "1946", "1956", "1954", "1955", "1958", "1959",
                          "1960", "1963", "1982")])

# ---- confectionery, Switzerland: Lindt & Sprüngli (piglix.com's copy) ------------------------------------------------
LS = "Lindt & Sprüngli AG"
HO = "Hofbauer Österreich"
A["wp-lindt-and-sprungli"] = dict(
 # the chocolatier -> Company 'Lindt & Sprüngli AG', aliases 'Lindt & Sprüngli' ('In 1994, Lindt & Sprüngli
 # acquired'), 'Lindt' ('more commonly known as Lindt'), 'David Sprüngli & Son' ('producing chocolates under the name
 # David Sprüngli & Son': the origins of the company; doubtful: the business was later divided, Confiserie Sprüngli
 # coming from it too), 'Chocolat Sprüngli AG', 'Aktiengesellschaft Vereinigte Berner und Züricher Chocoladefabriken
 # Lindt & Sprüngli' and 'United Bern and Zurich Lindt & Sprungli Chocolate Factory Ltd.' (the name and its English
 # rendering): one company under its names in turn; Confiserie Sprüngli and Hofbauer Österreich -> Company; Küfferle
 # ('its Küfferle brand') -> Service; David Sprüngli-Schwarz, Rudolf Sprüngli-Ammann, David Robert, Johann Rudolf
 # (named by first names only) and Rodolphe Lindt -> Person; Zürich, the Paradeplatz and Bern -> Location. No entity:
 # 'a small confectionery shop', 'a small factory', 'the chocolate factory' (unnamed), 'the old town' (unnamed)
 entities=[E("Company", LS, "Lindt & Sprüngli", "Lindt", "David Sprüngli & Son", "Chocolat Sprüngli AG",
             "Aktiengesellschaft Vereinigte Berner und Züricher Chocoladefabriken Lindt & Sprüngli",
             "United Bern and Zurich Lindt & Sprungli Chocolate Factory Ltd."),
           E("Person", "David Sprüngli-Schwarz"), E("Person", "Rudolf Sprüngli-Ammann"), E("Location", "Zürich"),
           E("Location", "Paradeplatz"), E("Person", "David Robert"), E("Company", "Confiserie Sprüngli"),
           E("Person", "Johann Rudolf"), E("Person", "Rodolphe Lindt"), E("Location", "Bern"), E("Company", HO),
           E("Service", "Küfferle")],
 # 'The origins of the company date back to 1836, when David Sprüngli-Schwarz and his son Rudolf Sprüngli-Ammann bought
 # a small confectionery shop ..., producing chocolates under the name David Sprüngli & Son' -> cofounder each
 # (doubtful, see the docstring). Near-misses: 'With the retirement of Rudolf Sprüngli-Ammann in 1892' -> no other role
 # (no title; the founder role kept as given); Johann Rudolf 'converted ... his private company' and 'acquired the
 # chocolate factory' -> no role (an owner, no title); David Robert 'received two confectionery stores' -> no role
 roles=[R("David Sprüngli-Schwarz", "cofounder", LS), R("Rudolf Sprüngli-Ammann", "cofounder", LS)],
 # 'In 1994, Lindt & Sprüngli acquired the Austrian chocolatier, Hofbauer Österreich, and integrated it, along with its
 # Küfferle brand, into the company' -> acquired and parentOrganization, provider(Küfferle, Hofbauer Österreich) ('its')
 # and provider(Küfferle, Lindt & Sprüngli AG) (integrated into the company; doubtful). Near-misses: 'he acquired the
 # chocolate factory of Rodolphe Lindt in Bern' -> nothing (a factory, an asset, unnamed); 'the business was divided
 # between his two sons', 'two confectionery stores that became known under the name Confiserie Sprüngli' -> nothing
 # (a split of the business; no parent told)
 relations=[L(LS, "acquired", HO), L(HO, "parentOrganization", LS), L("Küfferle", "provider", HO),
            L("Küfferle", "provider", LS)],
 outages=[],
 # '1845', '1836', '1892', '1899', '1994'; 'Two years later', 'In that same year' -> left out (relative)
 dates=[D("1845", "1845"), D("1836", "1836"), D("1892", "1892"), D("1899", "1899"), D("1994", "1994")])

# ---- automotive components, UK: Lucas Industries (kiwix.haohe.fun's Kiwix copy, 2024-01) ----------------------------
LI = "Lucas Industries plc"
A["wp-lucas-industries"] = dict(
 # the maker -> Company 'Lucas Industries plc', aliases 'Lucas Industries' ('the firm that would become Lucas
 # Industries'), 'Lucas' ('Lucas merged with', 'Lucas made shells'), 'Joseph Lucas & Son' and 'Joseph Lucas Ltd' ('what
 # had by then become Joseph Lucas Ltd'): one company under its names in turn; the London Stock Exchange, the Varity
 # Corporation, LucasVarity, TRW, Elta Lighting (alias 'Elta': 'the Elta arrangement'), ZF Friedrichshafen and Morris
 # Motors Limited -> Company; Joseph Lucas and his son Harry (first name only) -> Person; Birmingham
 # ('Birmingham-based', 'Great King Street, Birmingham'), the United Kingdom, Hockley, Little King Street and Great King
 # Street -> Location. No entity: 'the Lucas brand name', 'The Lucas trademark' (the brand: its surface 'Lucas' is the
 # company's alias, and one surface form is not given to two entities; doubtful: a reader might make a Service 'Lucas'
 # with provider ZF Friedrichshafen), the FTSE 100 Index (an index), World War I (an event)
 entities=[E("Company", LI, "Lucas Industries", "Lucas", "Joseph Lucas & Son", "Joseph Lucas Ltd"),
           E("Location", "Birmingham"), E("Company", "London Stock Exchange"), E("Company", "Varity Corporation"),
           E("Company", "LucasVarity"), E("Company", "TRW"), E("Company", "Elta Lighting", "Elta"),
           E("Location", "United Kingdom"), E("Company", "ZF Friedrichshafen"), E("Person", "Joseph Lucas"),
           E("Location", "Hockley"), E("Person", "Harry"), E("Location", "Little King Street"),
           E("Location", "Great King Street"), E("Company", "Morris Motors Limited")],
 # 'In 1860, he founded the firm that would become Lucas Industries' -> founder (Joseph Lucas). Near-miss: 'His
 # 17-year-old son Harry joined the firm' -> no role (no title)
 roles=[R("Joseph Lucas", "founder", LI)],
 # 'After LucasVarity was sold to TRW' -> acquired and parentOrganization; 'a contract to supply Morris Motors Limited
 # with electrical equipment' -> partner(Lucas Industries plc, Morris Motors Limited) (a supply contract, direction as
 # written); 'The Lucas trademark is currently owned by ZF Friedrichshafen, which retained the Elta arrangement' ->
 # partner(ZF Friedrichshafen, Elta Lighting) (the brand licence, a licensing deal; doubtful: the licensor of 'was
 # licensed' is not named). Near-misses: 'Lucas merged with the American Varity Corporation to form LucasVarity' ->
 # nothing (a merger, no buyer told; no parent of LucasVarity told); 'listed on the London Stock Exchange' -> nothing
 relations=[L("TRW", "acquired", "LucasVarity"), L("LucasVarity", "parentOrganization", "TRW"),
            L(LI, "partner", "Morris Motors Limited"), L("ZF Friedrichshafen", "partner", "Elta Lighting")],
 outages=[],
 # 'August 1996', '1860', '1872' ('around 1872'), '1875', '1882', '1902', '1898', '1914'; 'the 1850s' (a decade) ->
 # left out
 dates=[D("August 1996", "1996-08"), D("1860", "1860"), D("1872", "1872"), D("1875", "1875"), D("1882", "1882"),
        D("1902", "1902"), D("1898", "1898"), D("1914", "1914")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
