#!/usr/bin/env python3
"""Batch 70u gold annotations (session 64; the texts of batch70u.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-70o; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); '16 May 1863' -> the day; 'May
1943', 'July 2011' -> the months; year ranges ('1931\u20131938', '1958\u20131961', 'from 1911 to 1947', 'Between 1911 and
1947') -> each year its own item, one item per distinct text and value (as batch 69's 'From 1899 through 1909'); '(est.
1900)', '(est. 1765)', '(est. 1863)' -> the years; decades and eras ('the mid-1880s', 'the mid-1920s', 'the occupation
of Norway') -> nothing. No text tells an outage, so every `outages` list is empty: 'the building was destroyed by
fire' (a physical accident), 'Steen & Str\u00f8m were shut down by the Nazis' (a government order closing a business) and
'went bankrupt' (a business failure) are no outage (GUIDELINES, Outages). Round notes /tmp/gather70u/NOTES.md; claims
/work/notes/gather70/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70o): former and other names of the company ('SA
Jelmoli department stores', 'renamed it "Steen & Str\u00f8m"', 'known ... as Rotterdamsche Bankvereeniging or Robaver',
'the Union Bank of Rotterdam (Dutch: Rotterdamsche Bank Vereeniging ...)', 'the Dutch-Indian Trade Bank (Dutch:
Nederlandsch-Indische Handelsbank, NIHB ...)', '("Women's Bank")') -> aliases of one entity (GUIDELINES, Types); 'founded
in 1833 by A', 'founded in 1797 when A established ...' (one person named alone) -> founder, current true; 'A and B
took over the firm and renamed it' -> no role (owners named 'the partners', no post of the vocabulary; doubtful);
'the acting chief executive A' -> ceo, 'the chairman A' -> chairman, 'its ... managing director A' -> director
(GUIDELINES, Roles: managing director -> director), current true where the text tells no end (as rounds 69aj and 70f);
'X was bought by Y', 'X was purchased by Y and Z', 'X's 1911 acquisition of Y', 'X acquired Y' -> acquired and
parentOrganization (GUIDELINES, Relations: completed acquisitions; a joint purchase gives each buyer both); 'it went
on to acquire a number of local banks' -> nothing (no names); 'A and a group of other investors bought the estate' ->
nothing (an asset purchase, a person as buyer); 'it created the Vrouwenbank' -> parentOrganization (a bank created by
the bank, a careful reader takes it as its subsidiary; doubtful); 'it merged with X to form Y' -> nothing (a merger,
no buyer told); 'took inspiration from the British Colonial Bank', 'restructured under the aegis of De Nederlandsche
Bank' -> nothing (no partnership told); 'The architect A was commissioned' -> no role (no organisation); streets,
districts and a river ('Bahnhofstrasse', 'the Schipfe', 'the river Limmat', 'Nedre Slottsgate', 'Kongens Gate',
'Prinsens Gate') -> Location (named sites); demonyms ('Parisian', 'Norwegian', 'Dutch') and 'the Nazis', 'the
occupiers' -> nothing; 'Jelmoli's descendants' (the founder, named by his surname) -> no alias (the form 'Jelmoli'
stays with the company; doubtful).
usage: batch70u_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, Switzerland: Jelmoli (wikizero.com) ----------------------------------------------------------------
JE = "Jelmoli"
A["wp-jelmoli"] = dict(
 # the company -> Company 'Jelmoli', alias 'SA Jelmoli department stores' ('became a limited company (SA Jelmoli
 # department stores in 1899)'; doubtful: a translated legal name); Johann Peter Jelmoli Ciolina -> Person; Z\u00fcrich,
 # Switzerland, Bahnhofstrasse, the Schipfe, the river Limmat -> Location. No entity: 'Parisian', 'the mail order
 # catalog', 'the shipping business'. 'Jelmoli's descendants' names the founder by his surname: no alias of the
 # person ('Jelmoli' is the company's name; doubtful)
 entities=[E("Company", JE, "SA Jelmoli department stores"), E("Location", "Z\u00fcrich"),
           E("Location", "Switzerland"), E("Location", "Bahnhofstrasse"), E("Person", "Johann Peter Jelmoli Ciolina"),
           E("Location", "Schipfe"), E("Location", "Limmat")],
 # 'The original store was founded in 1833 by Johann Peter Jelmoli Ciolina' -> founder (named alone)
 roles=[R("Johann Peter Jelmoli Ciolina", "founder", JE)],
 # no named product, partner, parent or acquisition told
 relations=[],
 outages=[],
 # '1833', '1896', '1899', '1897', '1898', '1947' -> the years; '1931\u20131938', '1958\u20131961' -> each year; 'the
 # mid-1880s' -> nothing
 dates=[D("1833", "1833"), D("1896", "1896"), D("1899", "1899"), D("1897", "1897"), D("1898", "1898"),
        D("1931", "1931"), D("1938", "1938"), D("1947", "1947"), D("1958", "1958"), D("1961", "1961")])

# ---- retail, Norway: Steen & Strom Magasin (en.wikipedia.org) ---------------------------------------------------
SS = "Steen & Str\u00f8m Magasin"
A["wp-steen-and-strom-magasin"] = dict(
 # the company -> Company 'Steen & Str\u00f8m Magasin', alias 'Steen & Str\u00f8m' (the firm's name from 1856, the store);
 # Storebrand Eiendom, S\u00f8ylen Eiendom, Schage Eiendom -> Company; Samuel Str\u00f8m (alias 'Str\u00f8m', 'Str\u00f8m bought ...'),
 # Samuel Str\u00f8m Jr., Emil Steen, Ole Sverre, Nils Steen, Erling Steen, Peter Anker Stordalen -> Person; Nedre
 # Slottsgate, Oslo, Norway, Kongens Gate, Prinsens Gate, Paris, Nazi Germany -> Location. No entity: 'the Nazis',
 # 'the occupiers', 'Norwegian', 'riksdaler', 'NOK'
 entities=[E("Company", SS, "Steen & Str\u00f8m"), E("Location", "Nedre Slottsgate"), E("Location", "Oslo"),
           E("Location", "Norway"), E("Person", "Samuel Str\u00f8m", "Str\u00f8m"), E("Location", "Kongens Gate"),
           E("Location", "Prinsens Gate"), E("Person", "Samuel Str\u00f8m Jr."), E("Person", "Emil Steen"),
           E("Person", "Ole Sverre"), E("Location", "Paris"), E("Location", "Nazi Germany"), E("Person", "Nils Steen"),
           E("Person", "Erling Steen"), E("Person", "Peter Anker Stordalen"), E("Company", "Storebrand Eiendom"),
           E("Company", "S\u00f8ylen Eiendom"), E("Company", "Schage Eiendom")],
 # 'Steen & Str\u00f8m was founded in 1797 when Samuel Str\u00f8m established a little wine and food delicatessen' -> founder
 # (named alone); 'the acting chief executive Nils Steen' -> ceo; 'the chairman Erling Steen' -> chairman (both
 # current true: no end told; 'acting' kept as the post). 'Samuel Str\u00f8m Jr. and Emil Steen took over the firm and
 # renamed it' ('the partners') -> no role (no post of the vocabulary; doubtful). 'The architect Ole Sverre was
 # commissioned' -> no role. 'Peter Anker Stordalen and a group of other investors bought the estate and continued to
 # run the department store' -> no role (no post named)
 roles=[R("Samuel Str\u00f8m", "founder", SS), R("Nils Steen", "ceo", SS), R("Erling Steen", "chairman", SS)],
 # 'In 2005, Steen & Str\u00f8m was bought by Storebrand Eiendom' -> acquired and parentOrganization; 'In July 2011, Steen
 # & Str\u00f8m was purchased by S\u00f8ylen Eiendom and Schage Eiendom' -> acquired and parentOrganization for each buyer (a
 # joint purchase; relations carry no time, the 2005 owner kept). Near-misses: 'bought the estate' (a property, a
 # person as buyer) -> nothing; 'bought the house next door' -> nothing (an asset)
 relations=[L("Storebrand Eiendom", "acquired", SS), L(SS, "parentOrganization", "Storebrand Eiendom"),
            L("S\u00f8ylen Eiendom", "acquired", SS), L(SS, "parentOrganization", "S\u00f8ylen Eiendom"),
            L("Schage Eiendom", "acquired", SS), L(SS, "parentOrganization", "Schage Eiendom")],
 outages=[],
 # '1797', '1856', '1874', '1929', '1930', '1992', '2005' -> the years; 'May 1943', 'July 2011' -> the months
 dates=[D("1797", "1797"), D("1856", "1856"), D("1874", "1874"), D("1929", "1929"), D("1930", "1930"),
        D("May 1943", "1943-05"), D("1992", "1992"), D("2005", "2005"), D("July 2011", "2011-07")])

# ---- banking, the Netherlands: Rotterdamsche Bank (hessslslslsls.azureedge.net) ---------------------------------
RB = "Rotterdamsche Bank"
DA = "Deposito- en Administratie Bank"
DW = "Determeijer Weslingh & Zn."
NH = "Nationale Handelsbank"
A["wp-rotterdamsche-bank"] = dict(
 # the bank -> Company 'Rotterdamsche Bank', aliases 'Rotterdamsche Bankvereeniging', 'Robaver', 'Union Bank of
 # Rotterdam', 'Rotterdamsche Bank Vereeniging'; Amsterdamsche Bank, AMRO Bank, British Colonial Bank, Deposito- en
 # Administratie Bank, Determeijer Weslingh & Zn. (brokers), Vrouwenbank (alias 'Women's Bank'), Nationale
 # Handelsbank (aliases 'Dutch-Indian Trade Bank', 'Nederlandsch-Indische Handelsbank', 'NIHB') -> Company; De
 # Nederlandsche Bank -> Organization (the central bank, presented as the body under whose aegis the bank was
 # restructured; doubtful: a reader might give Company); Willem Westerman -> Person; Netherlands, Dutch East Indies,
 # Rotterdam, Amsterdam -> Location. No entity: 'Dutch', 'AMsterdamsche & ROtterdamsche' (the name's gloss)
 entities=[E("Company", RB, "Rotterdamsche Bankvereeniging", "Robaver", "Union Bank of Rotterdam",
             "Rotterdamsche Bank Vereeniging"), E("Location", "Netherlands"), E("Company", "Amsterdamsche Bank"),
           E("Company", "AMRO Bank"), E("Company", "British Colonial Bank"), E("Location", "Dutch East Indies"),
           E("Location", "Rotterdam"), E("Company", DA), E("Location", "Amsterdam"), E("Company", DW),
           E("Person", "Willem Westerman"), E("Organization", "De Nederlandsche Bank"),
           E("Company", "Vrouwenbank", "Women's Bank"),
           E("Company", NH, "Dutch-Indian Trade Bank", "Nederlandsch-Indische Handelsbank", "NIHB")],
 # 'Under the leadership of its ambitious managing director Willem Westerman' -> director (GUIDELINES, Roles:
 # managing director -> director), current true (no end told). 'established ... by a group of businessmen and
 # bankers' -> no role (no names)
 roles=[R("Willem Westerman", "director", RB)],
 # 'its 1911 acquisition of Rotterdam competitor Deposito- en Administratie Bank ... and soon afterwards of Amsterdam
 # brokers Determeijer Weslingh & Zn.' and 'Rotterdamsche Bank acquired Nationale Handelsbank' -> acquired and
 # parentOrganization (the text tells no merging away); 'it created the Vrouwenbank' -> parentOrganization (doubtful).
 # Near-misses: 'it merged with Amsterdamsche Bank to form AMRO Bank' -> nothing (a merger, no buyer told); 'it went
 # on to acquire a number of local banks' -> nothing (no names); 'took inspiration from the British Colonial Bank',
 # 'restructured under the aegis of De Nederlandsche Bank' -> nothing
 relations=[L(RB, "acquired", DA), L(DA, "parentOrganization", RB), L(RB, "acquired", DW),
            L(DW, "parentOrganization", RB), L("Vrouwenbank", "parentOrganization", RB), L(RB, "acquired", NH),
            L(NH, "parentOrganization", RB)],
 outages=[],
 # '1911', '1947', '1863', '1964', '1900', '1765', '1928', '1971', '1960', '1950' -> the years; '16 May 1863' -> the
 # day; 'the mid-1920s' -> nothing
 dates=[D("1911", "1911"), D("1947", "1947"), D("1863", "1863"), D("1964", "1964"), D("16 May 1863", "1863-05-16"),
        D("1900", "1900"), D("1765", "1765"), D("1928", "1928"), D("1971", "1971"), D("1960", "1960"),
        D("1950", "1950")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
