#!/usr/bin/env python3
"""Batch 69aa gold annotations (session 63; the texts of batch69aa.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-68c; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'July 1, 1892' -> the day; 'Between
1902 and 1903' -> one date each; decades ('the 1950s', 'the 1980s'), 'the middle of the 20th century', 'some 40 years
earlier' and 'before the Second World War' -> nothing (the corpus lists no decades). No text tells an outage or a
near-miss of one, so every `outages` list is empty. Round notes /tmp/gather69aa/NOTES.md; claims
/work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68c): 'X was purchased by Y', 'X was acquired by Y',
'Y bought X' -> acquired(Y, X) and parentOrganization(X, Y) (GUIDELINES, Relations); 'Y bought X and made it a
subsidiary of Z' -> acquired(Y, X) and parentOrganization(X, Z) only (the parent the text names; doubtful); 'X is now
owned by Y' -> parentOrganization; 'A merged with B to form C', 'a joint merger plan ... led to the formation of C',
'demerged from Y and integrated to form C' -> nothing (no buyer told; GUIDELINES, Relations); 'Its distribution
business was demerged ... as X' -> parentOrganization(X, the company) (a unit of it, past ownership kept; doubtful);
'the original company ... became X' -> X an alias (a company's names in turn, GUIDELINES, Types), as 68c read 'later
became X'; 'founded by A' (one person named alone) -> founder; 'founded by A and his brothers' (the others unnamed) ->
cofounder (one of several founders; doubtful); 'a business formed by A and B' -> cofounder for each (GUIDELINES,
Roles, Founders); 'deputy director', 'commercial director', 'general manager' -> one executive role (GUIDELINES,
Roles: 'manager' -> executive; the deputy's and the commercial post no board directorship), current true (no leaving
told); 'bought the right to the use of the Daimler name from A and B' -> partner with the company named (a licensing
deal, GUIDELINES, partner; doubtful); 'With the support of' two banks in mergers -> nothing; 'Buckland Mill was bought
by X' -> nothing (GUIDELINES, Relations: asset purchases); named mills, streets and roads ('Buckland Mill', 'Husz\u00e1r
Street', 'V\u00e1ci Road') -> Location (GUIDELINES, Types); paper mills named as the businesses that merged ('Arches,
Johannot, Marais, Rives') -> Company (doubtful); stock exchanges -> Company, stock indices ('the FTSE 100 Index') ->
nothing (GUIDELINES, Types); demonyms and adjectives ('Hungarian', 'British', 'French') -> nothing; 'the Royal
Warrant', 'the British monarch' (no name), 'the Second World War' -> nothing.
usage: batch69aa_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- electrical goods, Hungary: United Incandescent Lamp and Electricity Company (en.wikipedia.org) ----------------
UI = "United Incandescent Lamp and Electricity Company"
A["wp-united-incandescent-lamp-and-electricity-company"] = dict(
 # the company -> Company 'United Incandescent Lamp and Electricity Company', aliases 'Egyes\u00fclt Izz\u00f3l\u00e1mpa \u00e9s
 # Villamoss\u00e1gi Rt.' (its Hungarian name in brackets), 'United Electricity Company' ('the original company was
 # involved in a number of mergers it became the United Electricity Company': the same company under its later name;
 # doubtful: a reader might make the United Electricity Company a merged firm of its own), 'United Electric Company' and
 # 'Egyes\u00fclt Villamoss\u00e1gi Rt.' ('the United Electric Company (Egyes\u00fclt Villamoss\u00e1gi Rt.) produced around four
 # million lamps': the same later name as spelt here); the Hungarian Commercial Bank of Pest and the Wiener Bankverein
 # (banks) -> Company; B\u00e9la Egger, Lipot Aschner (alias 'Aschner'), K\u00e1roly Zipernowsky, Miksa D\u00e9ri and Ott\u00f3
 # Titusz Bl\u00e1thy -> Person; Husz\u00e1r Street ('the factory on Husz\u00e1r Street'), \u00dajpest and V\u00e1ci Road -> Location.
 # No entity: 'his brothers' (unnamed), 'the original company', 'the company', 'the factory', 'the plant' (generic),
 # 'Hungarian' (an adjective)
 entities=[E("Company", UI, "Egyes\u00fclt Izz\u00f3l\u00e1mpa \u00e9s Villamoss\u00e1gi Rt.", "United Electricity Company",
             "United Electric Company", "Egyes\u00fclt Villamoss\u00e1gi Rt."),
           E("Person", "B\u00e9la Egger"), E("Company", "Hungarian Commercial Bank of Pest"),
           E("Company", "Wiener Bankverein"), E("Person", "Lipot Aschner", "Aschner"),
           E("Location", "Husz\u00e1r Street"), E("Location", "\u00dajpest"), E("Location", "V\u00e1ci Road"),
           E("Person", "K\u00e1roly Zipernowsky"), E("Person", "Miksa D\u00e9ri"), E("Person", "Ott\u00f3 Titusz Bl\u00e1thy")],
 # 'It was founded by B\u00e9la Egger and his brothers in 1886' -> cofounder (one of several founders, the others unnamed;
 # doubtful: GUIDELINES give founder to one person named alone, and a reader might keep founder); 'Lipot Aschner joined
 # the company ... He became deputy director in 1904, commercial director in 1918, and general manager in 1921' ->
 # executive (GUIDELINES, Roles: 'manager' -> executive; 'deputy director' and 'commercial director' no board seat;
 # one role for the three posts; current true, no leaving told; doubtful: a reader might give ceo for 'general
 # manager', or director for 'commercial director'). Near-misses: Zipernowsky, D\u00e9ri and Bl\u00e1thy 'submitted a patent'
 # -> no role (no post and no organisation stated for them)
 roles=[R("B\u00e9la Egger", "cofounder", UI), R("Lipot Aschner", "executive", UI)],
 # No relation. Near-misses: 'With the support of the Hungarian Commercial Bank of Pest and the Wiener Bankverein, the
 # original company was involved in a number of mergers' -> nothing (support in mergers, no stake, loan or contract
 # stated; a reader might give partner to both banks); the mergers -> nothing (no other party named)
 relations=[],
 outages=[],
 # '1886', 'July 1, 1892', '1904' (twice, one text and value), '1918', '1921', '1901', '1885', '1902', '1903'
 dates=[D("1886", "1886"), D("July 1, 1892", "1892-07-01"), D("1904", "1904"), D("1918", "1918"), D("1921", "1921"),
        D("1901", "1901"), D("1885", "1885"), D("1902", "1902"), D("1903", "1903")])

# ---- cars, UK: Daimler Company (www.wikipedia.org, 2024 rendering) -------------------------------------------------
DC = "Daimler Company Limited"
BSA = "Birmingham Small Arms Company"
A["wp-daimler-company"] = dict(
 # the car maker -> Company 'Daimler Company Limited' ('The Daimler Company Limited', the article's 'The' left out as
 # batches before left it out), aliases 'Daimler Motor Company Limited' ('before 1910 known as'), 'Daimler Motor
 # Company', 'Daimler Company' ('a subsidiary of the Daimler Company') and 'Daimler' ('Daimler was awarded a Royal
 # Warrant'; the surface form 'Daimler' also stands inside 'Gottlieb Daimler', 'the Daimler name' and
 # 'Daimler-Motoren-Gesellschaft', given to no other entity); Daimler-Motoren-Gesellschaft, the Birmingham Small Arms
 # Company (alias 'BSA'), the Lanchester Motor Company and Rolls-Royce -> Company; H. J. Lawson and Gottlieb Daimler ->
 # Person; London, Coventry, Cannstatt and Germany -> Location. No entity: 'the Daimler name' (a name), 'the Royal
 # Warrant' (a grant), 'the British monarch' (unnamed), 'the Second World War', 'British'
 entities=[E("Company", DC, "Daimler Motor Company Limited", "Daimler Motor Company", "Daimler Company", "Daimler"),
           E("Location", "London"), E("Person", "H. J. Lawson"), E("Location", "Coventry"),
           E("Person", "Gottlieb Daimler"), E("Company", "Daimler-Motoren-Gesellschaft"), E("Location", "Cannstatt"),
           E("Location", "Germany"), E("Company", BSA, "BSA"), E("Company", "Lanchester Motor Company"),
           E("Company", "Rolls-Royce")],
 # 'founded in London by H. J. Lawson in 1896' -> founder (one person named alone). No other person with a post
 roles=[R("H. J. Lawson", "founder", DC)],
 # 'the Daimler Motor Company was purchased by Birmingham Small Arms Company (BSA) in 1910' -> acquired(BSA, Daimler)
 # and parentOrganization(Daimler, BSA); 'BSA bought the Lanchester Motor Company and made it a subsidiary of the
 # Daimler Company' -> acquired(BSA, Lanchester) and parentOrganization(Lanchester, Daimler) (the parent the text
 # names; doubtful: the GUIDELINES' rule would add parentOrganization(Lanchester, BSA), which the text does not say);
 # 'The company bought the right to the use of the Daimler name simultaneously from Gottlieb Daimler and
 # Daimler-Motoren-Gesellschaft' -> partner(Daimler, Daimler-Motoren-Gesellschaft) (a licensing deal between two named
 # organisations, direction as written; doubtful: a reader might read a purchase of rights, an asset, and give
 # nothing). Near-misses: 'supplanted by Rolls-Royce' -> nothing (a rival); 'a reorganisation of the company in 1904'
 # -> nothing
 relations=[L("Birmingham Small Arms Company", "acquired", DC), L(DC, "parentOrganization", BSA),
            L(BSA, "acquired", "Lanchester Motor Company"), L("Lanchester Motor Company", "parentOrganization", DC),
            L(DC, "partner", "Daimler-Motoren-Gesellschaft")],
 outages=[],
 # '1910' ('before 1910', 'in 1910': one text and value), '1896', '1904', '1933', '1902'; 'the 1950s' (a decade),
 # 'before the Second World War' -> left out
 dates=[D("1910", "1910"), D("1896", "1896"), D("1904", "1904"), D("1933", "1933"), D("1902", "1902")])

# ---- paper, UK and France: Arjo Wiggins (gateway.ipfs.io's snapshot, version of 13 November 2016) -------------------
AW = "Arjowiggins"
WT = "Wiggins Teape"
BAT = "BAT Industries"
A["wp-arjo-wiggins"] = dict(
 # the paper maker -> Company 'Arjowiggins', alias 'Arjowiggins Appleton' ('In 1991 it merged with Arjomari-Prioux of
 # France to form Arjowiggins Appleton ... It was acquired by Worms & Cie in 2000', with the lead's 'now owned by Worms
 # & Cie': the same company under its former name; doubtful: a reader might keep Arjowiggins Appleton apart); Worms &
 # Cie, the London Stock Exchange (a stock exchange, a business), ARJOMARI ('the first French paper-manufacturing
 # group: ARJOMARI', as written in capitals), Arches, Johannot, Marais and Rives ('the paper mills participating in
 # the merger', named as the businesses that merged; doubtful: a reader might make them sites, Location, or leave them
 # out), Wiggins Teape, BAT Industries, Appleton Papers, Wiggins Teape Appleton, Arjomari-Prioux and Antalis ->
 # Company; Edward Wiggins and Henry Teape -> Person; Buckland Mill (a named mill, a site), Dover, Kent, France, the US
 # and the UK -> Location. No entity: the FTSE 100 Index (a stock index, GUIDELINES, Types), 'the Company' (generic),
 # 'four competing paper mills' (unnamed), 'the UK and US paper businesses' (unnamed), 'Its distribution business'
 # (before its name; the name Antalis given), 'French'
 entities=[E("Company", AW, "Arjowiggins Appleton"), E("Company", "London Stock Exchange"),
           E("Company", "Worms & Cie"), E("Location", "Buckland Mill"), E("Location", "Dover"), E("Location", "Kent"),
           E("Location", "France"), E("Company", "ARJOMARI"), E("Company", "Arches"), E("Company", "Johannot"),
           E("Company", "Marais"), E("Company", "Rives"), E("Company", WT), E("Person", "Edward Wiggins"),
           E("Person", "Henry Teape"), E("Company", BAT), E("Company", "Appleton Papers"), E("Location", "US"),
           E("Location", "UK"), E("Company", "Wiggins Teape Appleton"), E("Company", "Arjomari-Prioux"),
           E("Company", "Antalis")],
 # 'Wiggins Teape a business formed by Edward Wiggins and Henry Teape' -> cofounder for each (GUIDELINES, Roles,
 # Founders: people named together as founding). No other person and no post in the text
 roles=[R("Edward Wiggins", "cofounder", WT), R("Henry Teape", "cofounder", WT)],
 # 'In 1970 the Company was acquired by BAT Industries' -> acquired(BAT Industries, Wiggins Teape) and
 # parentOrganization(Wiggins Teape, BAT Industries) ('the Company' read as Wiggins Teape, the business the sentence
 # before tells of, whose UK paper business was 'demerged from BAT Industries' in 1989; doubtful: a reader might take
 # 'the Company' for Arjowiggins, the article's subject); 'BAT Industries who went on to acquire Appleton Papers of the
 # US in 1978' -> acquired(BAT Industries, Appleton Papers) and parentOrganization(Appleton Papers, BAT Industries);
 # 'Its distribution business was demerged in 2000 as Antalis' -> parentOrganization(Antalis, Arjowiggins) (its unit
 # until 2000, past ownership kept; doubtful: a reader might give nothing, the business named only after it left);
 # 'It was acquired by Worms & Cie in 2000' with 'is now owned by Worms & Cie' -> acquired(Worms & Cie, Arjowiggins)
 # and parentOrganization(Arjowiggins, Worms & Cie). Near-misses: 'Buckland Mill was bought by Wiggins Teape' ->
 # nothing (an asset purchase, the mill a site); 'A joint merger plan ... led to the formation of ... ARJOMARI' from
 # Arches, Johannot, Marais and Rives -> nothing (a merger, no buyer told); 'demerged from BAT Industries and
 # integrated to form Wiggins Teape Appleton' and 'merged with Arjomari-Prioux of France to form Arjowiggins Appleton'
 # -> nothing (mergers, no buyer told); ARJOMARI and Arjomari-Prioux -> nothing between them (not told); 'listed on the
 # London Stock Exchange' -> nothing (a listing)
 relations=[L(BAT, "acquired", WT), L(WT, "parentOrganization", BAT), L(BAT, "acquired", "Appleton Papers"),
            L("Appleton Papers", "parentOrganization", BAT), L("Antalis", "parentOrganization", AW),
            L("Worms & Cie", "acquired", AW), L(AW, "parentOrganization", "Worms & Cie")],
 outages=[],
 # '1761', '1954', '1890', '1970', '1978', '1989', '1991', '2000' (twice, one text and value); 'the middle of the 20th
 # century', 'some 40 years earlier', 'the 1980s' -> left out
 dates=[D("1761", "1761"), D("1954", "1954"), D("1890", "1890"), D("1970", "1970"), D("1978", "1978"),
        D("1989", "1989"), D("1991", "1991"), D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
