#!/usr/bin/env python3
"""Gold annotations for batch 69i (session 63; gatherer lane 69i; round notes /tmp/gather69i/NOTES.md; claims
/work/notes/gather69/CLAIMS.txt): three English Wikipedia company histories (Sarotti, Skandinaviska Banken,
Spatenbräu), annotated from each text alone by GUIDELINES.md, in the conventions of batch68t_annotate.py. newskg (or
any extractor) was not run on any text. Split: sorted ids dealt test, train, dev (b10.write_parts).
Conventions (as batch 68t's, with this round's cases): the subject company under its fullest form, former names and
the short forms the text uses of it ('Skandinaviska Kreditaktiebolaget', 'Welser Prew', 'Spaten') as aliases; a
company's translated gloss in quotation marks ('"Scandinavian Credit Ltd."') -> no alias (a word named as such);
families named only as families ('the family Starnberger', 'the Sedlmayr family') -> no entity; a tax book ('the
Steuerbuch der Stadt München'), a movement, a monetary union, wars and a brand figure ('the Sarotti-Mohr') -> no entity;
streets and named premises ('Mohrenstraße', 'Mehringdamm', 'Filserbräukeller', 'Marsstraße') -> Location without the
house number, a street's former name ('Belle-Alliance-Str.') an alias, as train texts name streets; 'the Swedish
government' -> Organization 'Swedish government', as train wp-astra-ab does; 'opened a company' of one named person
at the head of the company's history -> founder (doubtful: the company is not named in the sentence); 'the founder of
X' -> founder (current true, as batch 68t's founders); an owner ('acquired the Spaten brewery', 'resigned as owner')
-> no role (an owner is no post, as 68t read Burroughes); 'X acquired Y' of two named companies -> acquired and
parentOrganization; 'expansion through the following mergers: A, B and C' and 'merged with X to form Y' -> nothing (a
merger with no buyer told; GUIDELINES, Relations; doubtful for the listed mergers, where the bank is the survivor);
'owned by X', 'has been part of X', 'It is now owned by X' -> parentOrganization; a factory that 'merged to' a company
and premises bought -> nothing (assets); a person's purchase of a company ('Joseph Sedlmayr bought the Leistbrauerei
brewery') -> nothing (relations join organisations); decades and centuries ('the 1960s', 'the 1930s', 'the early
1900s', 'the 19th century', 'the 20th century') -> no date (train lists none); named cities, regions, countries ->
Location; demonyms ('German', 'Swedish', 'Nordic') -> nothing.
usage: batch69i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- confectionery, Germany: Sarotti (en.wikipedia.org's '= Title =' rendering) ---------------------------------
A["wp-sarotti"] = dict(
 # the chocolate maker -> Company 'Sarotti' (called 'a German chocolate brand' in the lead, but the text gives it
 # factories, a workforce and an anniversary: the business; doubtful: Service); Stollwerck GmbH and Nestlé -> Company;
 # Hugo Hoffmann, Julius Gipkens (alias 'Gipkens') and Silke Hackenesch -> Person; Mohrenstraße, Berlin, Mehringdamm
 # (alias 'Belle-Alliance-Str.', its name 'then'), Teilestraße, Tempelhof, Hattersheim, Hesse and Main-Taunus (of
 # 'Main-Taunus district') -> Location. No entity: 'the Sarotti-Mohr' (a brand figure), 'World War 1', 'Blackamoore
 # Street' (a translation the artist cites, not a place the text locates), 'African-Americans' (a group)
 entities=[E("Company", "Sarotti"), E("Company", "Stollwerck GmbH"), E("Person", "Hugo Hoffmann"),
           E("Location", "Mohrenstra\u00dfe"), E("Location", "Berlin"),
           E("Location", "Mehringdamm", "Belle-Alliance-Str."), E("Location", "Teilestra\u00dfe"),
           E("Location", "Tempelhof"), E("Location", "Hattersheim"), E("Location", "Hesse"),
           E("Company", "Nestl\u00e9"), E("Location", "Main-Taunus"), E("Person", "Julius Gipkens", "Gipkens"),
           E("Person", "Silke Hackenesch")],
 # 'In 1868 Hugo Hoffmann opened a company to produce sweets', at the head of Sarotti's history -> founder at Sarotti
 # (one person; current true; doubtful: the company he opened is not named in the sentence). Near-misses: 'the
 # German artist Julius Gipkens', 'Gipkens was commissioned to create the icon' -> no role (a commission, no post);
 # 'academic Silke Hackenesch' -> no role (no organisation)
 roles=[R("Hugo Hoffmann", "founder", "Sarotti")],
 # 'a German chocolate brand owned by Stollwerck GmbH since 1998' -> parentOrganization(Sarotti, Stollwerck GmbH).
 # Near-misses: 'With the change of the majority stockholding the factory merged to Nestlé' -> nothing (a factory
 # passed to Nestlé; who took the majority is not said; doubtful: a reader might give parentOrganization(Sarotti,
 # Nestlé)); 'has been officially designated a historic site by Hesse' -> nothing
 relations=[L("Sarotti", "parentOrganization", "Stollwerck GmbH")],
 outages=[],
 # '1998', '1868', '1881', '1903', '1906', '1913', '1994', '1918', '1922'; 'the 1960s', 'then' -> left out
 dates=[D("1998", "1998"), D("1868", "1868"), D("1881", "1881"), D("1903", "1903"), D("1906", "1906"),
        D("1913", "1913"), D("1994", "1994"), D("1918", "1918"), D("1922", "1922")])

# ---- banking, Sweden: Skandinaviska Banken (en.wikipedia.org's '= Title =' rendering) --------------------------
SB = "Skandinaviska Banken"
A["wp-skandinaviska-banken"] = dict(
 # the bank -> Company 'Skandinaviska Banken', alias 'Skandinaviska Kreditaktiebolaget' (its name until 1939);
 # Industrikreditaktiebolaget i Stockholm, Skånes Enskilda Bank, Sveriges Privata Centralbank, Örebro Enskilda Bank,
 # Skånska Handelsbanken, Swedish Match AB, AB Custos, Stockholms Enskilda Bank and Skandinaviska Enskilda Banken
 # (alias 'SEB') -> Company; Ivar Kreuger (alias 'Kreuger') -> Person; the Swedish government -> Organization;
 # Gothenburg, Sweden, Norway, Denmark and Paris -> Location. No entity: '"Scandinavian Credit Ltd."' (a gloss),
 # 'the Scandinavian movement', 'a Scandinavian Monetary Union' (a union of states' currencies), 'Kreuger's concern'
 # (unnamed), 'Stockholm' (only inside two bank names)
 entities=[E("Company", SB, "Skandinaviska Kreditaktiebolaget"), E("Location", "Gothenburg"),
           E("Location", "Sweden"), E("Location", "Norway"), E("Location", "Denmark"),
           E("Company", "Industrikreditaktiebolaget i Stockholm"), E("Company", "Sk\u00e5nes Enskilda Bank"),
           E("Company", "Sveriges Privata Centralbank"), E("Company", "\u00d6rebro Enskilda Bank"),
           E("Company", "Sk\u00e5nska Handelsbanken"), E("Person", "Ivar Kreuger", "Kreuger"),
           E("Company", "Swedish Match AB"), E("Location", "Paris"), E("Organization", "Swedish government"),
           E("Company", "AB Custos"), E("Company", "Stockholms Enskilda Bank"),
           E("Company", "Skandinaviska Enskilda Banken", "SEB")],
 # 'Ivar Kreuger, the founder of Swedish Match AB' -> founder (one person; current true, as 68t's founders; his death
 # of 1932 told). Near-miss: 'the main bank of Swedish businessman Ivar Kreuger' -> no role (a customer, no post)
 roles=[R("Ivar Kreuger", "founder", "Swedish Match AB")],
 # 'Skandinaviska Banken acquired Örebro Enskilda Bank in 1918, and Skånska Handelsbanken in 1919' -> acquired and
 # parentOrganization each. Near-misses: 'rapid expansion through the following mergers: Industrikreditaktiebolaget i
 # Stockholm in 1907, Skånes Enskilda Bank in 1910, and Sveriges Privata Centralbank in 1917' -> nothing (mergers, no
 # buyer told; doubtful: the bank grew by them, and a reader might give acquired); 'merged with Stockholms Enskilda
 # Bank to form Skandinaviska Enskilda Banken (SEB)' -> nothing (a merger; a reader might give parentOrganization of
 # both to SEB); 'the new company stocks were transferred into an investment holding company, AB Custos' -> nothing
 # (stocks moved into it; its owner not said); 'a SEK200 million bail-out from the Swedish government' -> nothing (no
 # relation type for aid); 'acquiring local banks' -> nothing (unnamed)
 relations=[L(SB, "acquired", "\u00d6rebro Enskilda Bank"), L("\u00d6rebro Enskilda Bank", "parentOrganization", SB),
            L(SB, "acquired", "Sk\u00e5nska Handelsbanken"), L("Sk\u00e5nska Handelsbanken", "parentOrganization", SB)],
 outages=[],
 # '1864', '1907', '1910', '1917', '1918', '1919', '1932', '1936', '1937', '1939', '1972'; 'the early 1900s', 'the
 # 1930s', 'the 20th century', 'at the time', 'today' (published null) -> left out
 dates=[D("1864", "1864"), D("1907", "1907"), D("1910", "1910"), D("1917", "1917"), D("1918", "1918"),
        D("1919", "1919"), D("1932", "1932"), D("1936", "1936"), D("1937", "1937"), D("1939", "1939"),
        D("1972", "1972")])

# ---- brewing, Germany: Spatenbräu (en.wikipedia.org's '= Title =' rendering) ------------------------------------
SP = "Spatenbr\u00e4u"
SG = "Spaten-Franziskaner-Br\u00e4u GmbH"
A["wp-spatenbrau"] = dict(
 # the brewery -> Company 'Spatenbräu', aliases 'Spaten' ('kept its name as Spaten'; also in 'the Spaten brewery')
 # and 'Welser Prew' (the brewery of 1397 'called Welser Prew', the same brewery's first name; doubtful);
 # Spaten-Franziskaner-Bräu GmbH, the Spaten-Franziskaner-Bräu group (named apart from the GmbH, 'which has itself been
 # part of the ... group'; kept with 'group' in its name so that the two surface forms stay apart; doubtful: the
 # text may misname the Spaten-Löwenbräu group), Anheuser-Busch-InBev ('the Anheuser-Busch-InBev brewery group') and
 # the Leistbrauerei ('the Leistbrauerei brewery') -> Company; Michael Jackson, Hans Welser, Gabriel Sedlmayr, Gabriel
 # Sedlmayr Jr. and Joseph Sedlmayr -> Person (the father and the son are two persons; 'Gabriel Sedlmayr' bare stands
 # for the father: 'After the death of Gabriel Sedlmayr, his sons'); Munich, Germany, Neuhausergasse, Bayerstraße,
 # Marsstraße and the premises Filserbräukeller (alias 'Spaten-Keller') and Silberbauer-Keller -> Location. No
 # entity: 'the Steuerbuch der Stadt München' (a tax book), 'the family Starnberger', 'the family Spatt', 'the
 # Sießmayr family', 'the Sedlmayr family' (families), 'the "green meadow"' (a description)
 entities=[E("Company", SP, "Spaten", "Welser Prew"), E("Location", "Munich"), E("Location", "Germany"),
           E("Company", SG), E("Company", "Spaten-Franziskaner-Br\u00e4u group"), E("Company", "Anheuser-Busch-InBev"),
           E("Person", "Michael Jackson"), E("Person", "Hans Welser"), E("Location", "Neuhausergasse"),
           E("Person", "Gabriel Sedlmayr"), E("Location", "Filserbr\u00e4ukeller", "Spaten-Keller"),
           E("Location", "Bayerstra\u00dfe"), E("Person", "Gabriel Sedlmayr Jr."), E("Person", "Joseph Sedlmayr"),
           E("Company", "Leistbrauerei"), E("Location", "Silberbauer-Keller"), E("Location", "Marsstra\u00dfe")],
 # No role: 'the royal brewer Gabriel Sedlmayr acquired the Spaten brewery' (an owner; 'royal brewer' a court title
 # with no organisation named), 'his sons ... took over the brewery' (owners, no post), 'Joseph Sedlmayr ... resigned
 # as owner of the Spaten brewery' (an owner is no post; doubtful: a reader might give him a past post),
 # 'a brewer named Hans Welser having a brewery' (an owner; not told as founder), 'The beer writer Michael Jackson'
 # (no organisation)
 roles=[],
 # 'Since 1922, the brewery has been part of Spaten-Franziskaner-Bräu GmbH' -> parentOrganization(Spatenbräu, GmbH);
 # 'which has itself been part of the Spaten-Franziskaner-Bräu group since 1997' -> parentOrganization(GmbH, group);
 # 'It is now owned by the Anheuser-Busch-InBev brewery group' -> parentOrganization(Spatenbräu, Anheuser-Busch-InBev).
 # Near-misses: 'Gabriel Sedlmayr acquired the Spaten brewery', 'Joseph Sedlmayr bought the Leistbrauerei brewery'
 # -> nothing (persons' purchases); 'the brewery bought the Filserbräukeller premises', 'acquired the Silberbauer-
 # Keller premises' -> nothing (premises: asset purchases)
 relations=[L(SP, "parentOrganization", SG), L(SG, "parentOrganization", "Spaten-Franziskaner-Br\u00e4u group"),
            L(SP, "parentOrganization", "Anheuser-Busch-InBev")],
 outages=[],
 # '1397' (twice, listed once), '1922', '1997', '1522', '1622' (twice), '1704', '1807' (twice), '1817', '1842',
 # '1851'; 'the 19th century', 'the following 125 years', 'exactly a century', 'In three years', 'now' -> left out
 dates=[D("1397", "1397"), D("1922", "1922"), D("1997", "1997"), D("1522", "1522"), D("1622", "1622"),
        D("1704", "1704"), D("1807", "1807"), D("1817", "1817"), D("1842", "1842"), D("1851", "1851")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
