#!/usr/bin/env python3
"""Batch 69o gold annotations (session 63; the texts of batch69o.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-68o; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'July 1889', 'February 2013' ->
months; years -> years; 'Between 1943 and 1945', 'From 1999 to 2018' -> each year (as batch 26c's 'From 1994 to
1999'); life spans in brackets ('(1859\u20131919)', '(1930\u20132014)') and the span '1969-71' -> nothing (spans, as
batches 32j and later left them); 'the 1970s', 'the 1950s', 'the 1930s' -> nothing (decades); 'Today', 'For many years',
'at the time' -> nothing (relative or vague); 'World War II' -> nothing (a war). No text tells an outage or a near-miss
of one (Bahlsen's sign stolen in February 2013 is a theft, no service lost), so every `outages` list is empty. Round
notes /tmp/gather69o/NOTES.md; claims /work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68o): one person named alone as founding a company ->
founder, two named together -> each cofounder (session 56); 'was CEO of X in the 1970s' -> ceo, current false (a past
decade); 'The company executives at the time, A, B and C' -> executive, current false (a past time); 'was the sole
shareholder and at the same time managing director' for a past span -> director, current false (GUIDELINES: managing
director -> director; sole shareholder no title); 'Today he is the chairman of the board of directors' and a list
'Chairman of the Governance Board: X' -> chairman, current true (one role); a list 'Management board: A, B, C' ->
executive, current true (members of a management board, the executives of a German GmbH & Co. KG; doubtful: a
reader might give director); a principal shareholder -> no role; products a company makes ('Its best-known product is
the Leibniz-Keks', 'It also makes products such as ... Pick Up! snack bars') -> Service with provider; 'X is part of
the Y group, which also includes A and B' -> parentOrganization of X, A and B to Y; 'bought by X' -> acquired and
parentOrganization (past ownership recorded: 'When Alfa Laval was sold'); 'split from X' -> parentOrganization to X
(the unit was part of X before; past ownership recorded; doubtful); stores 'owned by X' of a chain -> parentOrganization
of the chain to X (doubtful: the text says the stores, named by the chain's name, were owned); former names ('previously
known as', 'was known as ... until', 'was renamed') -> aliases; department stores named as businesses (Hermann Tietz,
Kaufhaus des Westens) -> Company; a store building now under another name (Renoma) -> Location (doubtful); political
parties and their organisations (the NSDAP, the SS) -> Organization, no role (membership is no post); streets, squares
and districts -> Location; demonyms ('German', 'Swedish', 'Jewish', 'Nazi') -> nothing.
usage: batch69o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- food, Germany: Bahlsen (kiwix.haohe.fun's 2024-01 Kiwix dump) ---------------------------------------------------
WMB = "Werner Michael Bahlsen"
A["wp-bahlsen"] = dict(
 # the biscuit maker -> Company 'Bahlsen', alias its founding name 'Hannoversche Keksfabrik H. Bahlsen' (a former
 # name); Hermann Bahlsen, Ernst Albrecht, Hans, Werner and Klaus Bahlsen, Werner Michael Bahlsen (alias 'Werner M.
 # Bahlsen', the list's form; another person than 'Werner Bahlsen' of the war years: the text gives no sign they are
 # one, and the forms differ), Scott Brankin, J\u00f6rg H\u00f6nemann and Daniela M\u00fcndler -> Person; the
 # Leibniz-Keks and Pick Up! (products: 'chocolate-dipped Pick Up! snack bars') -> Service; the NSDAP and the SS ->
 # Organization; Hanover, Europe and Ukraine -> Location. No entity: 'Cookie Monster' (a nickname the press gave a
 # person; doubtful: a reader might make it an alias of Ernst Albrecht), 'a local children's hospital' (unnamed), 'the
 # corporate headquarters' (unnamed), 'the press' (generic)
 entities=[E("Company", "Bahlsen", "Hannoversche Keksfabrik H. Bahlsen"), E("Location", "Hanover"),
           E("Person", "Hermann Bahlsen"), E("Person", "Ernst Albrecht"), E("Service", "Leibniz-Keks"),
           E("Service", "Pick Up!"), E("Location", "Europe"), E("Location", "Ukraine"), E("Person", "Hans Bahlsen"),
           E("Person", "Werner Bahlsen"), E("Person", "Klaus Bahlsen"), E("Organization", "NSDAP"),
           E("Organization", "SS"), E("Person", WMB, "Werner M. Bahlsen"), E("Person", "Scott Brankin"),
           E("Person", "J\u00f6rg H\u00f6nemann"), E("Person", "Daniela M\u00fcndler")],
 # 'founded in July 1889 by Hermann Bahlsen' -> founder (one person named alone); 'Ernst Albrecht ... was CEO of
 # Bahlsen in the 1970s' -> ceo, current false; 'The company executives at the time, Hans Bahlsen, Werner Bahlsen and
 # Klaus Bahlsen' -> executive, current false (the war years); 'From 1999 to 2018, Werner Michael Bahlsen was ...
 # managing director' -> director, current false; 'Today he is the chairman of the board of directors', 'Chairman of
 # the Governance Board: Werner M. Bahlsen' -> chairman, current true (one item; no director beside it: the text
 # names only the chair of the board); 'Management board: Scott Brankin, J\u00f6rg H\u00f6nemann, Daniela
 # M\u00fcndler' -> executive, current true (doubtful: director). Near-misses: 'German politician Ernst Albrecht' -> no
 # role (a politician, no post or country named on its own); 'were all members of the NSDAP' -> no role (membership);
 # 'the sole shareholder' -> no role (no title)
 roles=[R("Hermann Bahlsen", "founder", "Bahlsen"), R("Ernst Albrecht", "ceo", "Bahlsen", False),
        R("Hans Bahlsen", "executive", "Bahlsen", False), R("Werner Bahlsen", "executive", "Bahlsen", False),
        R("Klaus Bahlsen", "executive", "Bahlsen", False), R(WMB, "director", "Bahlsen", False),
        R(WMB, "chairman", "Bahlsen"), R("Scott Brankin", "executive", "Bahlsen"),
        R("J\u00f6rg H\u00f6nemann", "executive", "Bahlsen"), R("Daniela M\u00fcndler", "executive", "Bahlsen")],
 # 'Its best-known product is the Leibniz-Keks', 'It also makes products such as chocolate-dipped Pick Up! snack
 # bars' -> provider of each to Bahlsen. Near-miss: 'Bahlsen used approximately 200 forced labourers' -> nothing
 relations=[L("Leibniz-Keks", "provider", "Bahlsen"), L("Pick Up!", "provider", "Bahlsen")],
 outages=[],
 # 'July 1889' -> 1889-07; '1891', '1943', '1945', 'February 2013' -> 2013-02, '1999', '2018'; life spans
 # '(1859\u20131919)', '(1930\u20132014)', 'the 1970s', 'Today', 'at the time' -> left out
 dates=[D("July 1889", "1889-07"), D("1891", "1891"), D("1943", "1943"), D("1945", "1945"),
        D("February 2013", "2013-02"), D("1999", "1999"), D("2018", "2018")])

# ---- machinery, Sweden: DeLaval (the-uncensored-wiki.com, port 20082, about 2008) -------------------------------------
TP = "Tetra Pak"
A["wp-delaval"] = dict(
 # the dairy machinery maker -> Company 'DeLaval', alias its former name 'Alfa Laval Agri' ('previously known as',
 # 'was renamed DeLaval'); Alfa Laval, alias its former name 'AB Separator' ('was known as AB Separator until 1963');
 # the Tetra Laval group -> Company 'Tetra Laval' (the group's name without the generic 'group'); Tetra Pak, alias
 # 'Tetra Pak Group' (the buyer of 1991 and 'the Tetra Pak group' that Alfa Laval Agri 'remained a part of': the same
 # company as the Tetra Pak the group includes; doubtful: a reader might keep the 1991 group apart); Sidel -> Company;
 # Gustaf de Laval (alias 'de Laval') and Oscar Lamm -> Person. No entity: 'the dairy industry' (generic), the milking
 # machine and the separator (unnamed products). No Location: 'Swedish' a demonym
 entities=[E("Company", "DeLaval", "Alfa Laval Agri"), E("Company", "Alfa Laval", "AB Separator"),
           E("Person", "Gustaf de Laval", "de Laval"), E("Person", "Oscar Lamm"), E("Company", "Tetra Laval"),
           E("Company", TP, "Tetra Pak Group"), E("Company", "Sidel")],
 # 'Alfa Laval, which was founded in 1883 by Gustaf de Laval and Oscar Lamm', 'Together with Oscar Lamm, de Laval
 # founded the company Alfa Laval in 1883' -> cofounder, each (two named together; session 56). Near-miss: 'the
 # company he founded' (Alfa Laval, the same fact) and 'renamed DeLaval, after the company's founder' -> no role of
 # either at DeLaval (named after him, not founded by him; doubtful: a reader might give founder at DeLaval)
 roles=[R("Gustaf de Laval", "cofounder", "Alfa Laval"), R("Oscar Lamm", "cofounder", "Alfa Laval")],
 # 'The company is part of the Tetra Laval group, which also includes Tetra Pak and Sidel' -> parentOrganization of
 # DeLaval, Tetra Pak and Sidel to Tetra Laval; 'Alfa Laval Agri ... was split from Alfa Laval' ->
 # parentOrganization(DeLaval, Alfa Laval) (part of it before 1991; past ownership recorded; doubtful); 'Alfa Laval
 # ... when it was bought by the Tetra Pak Group. When Alfa Laval was sold, ...' -> acquired(Tetra Pak, Alfa Laval)
 # and parentOrganization(Alfa Laval, Tetra Pak) (the next sentence makes Alfa Laval the one bought and later sold;
 # doubtful: 'it' could be read as Alfa Laval Agri); 'Alfa Laval Agri remained a part of the Tetra Pak group' ->
 # parentOrganization(DeLaval, Tetra Pak). Near-miss: 'When Alfa Laval was sold' -> nothing (no buyer named)
 relations=[L("DeLaval", "parentOrganization", "Tetra Laval"), L(TP, "parentOrganization", "Tetra Laval"),
            L("Sidel", "parentOrganization", "Tetra Laval"), L("DeLaval", "parentOrganization", "Alfa Laval"),
            L(TP, "acquired", "Alfa Laval"), L("Alfa Laval", "parentOrganization", TP),
            L("DeLaval", "parentOrganization", TP)],
 outages=[],
 # '1991', '1883', '1894', '1918', '1963'
 dates=[D("1991", "1991"), D("1883", "1883"), D("1894", "1894"), D("1918", "1918"), D("1963", "1963")])

# ---- retail, Germany: Wertheim (department store) (zims-en.kiwix.campusafrica.gos.orange.com) ------------------------
AW = "Allgemeine Warenhandelsgesellschaft A.G."
A["wp-wertheim-department-store"] = dict(
 # the department store chain -> Company 'Wertheim', aliases its later name 'AWAG' and the name spelled out,
 # 'Allgemeine Warenhandelsgesellschaft A.G.' and 'General Retailing Corporation' (the text's gloss; former names
 # are aliases; doubtful: the fullest form is the German name, the chain's own name kept as `name` since the text
 # calls the company Wertheim throughout); Hermann Tietz and Kaufhaus des Westens (department stores named as the
 # other largest stores; businesses: doubtful: Location, or Person for 'Hermann Tietz') and Karstadt -> Company;
 # Georg Wertheim (alias 'Georg', as in "Georg's wife"), Brian Ladd and Ursula -> Person; Germany, Berlin, Rostock,
 # Stralsund, Breslau, Leipziger Platz, West Berlin ('between East and West Berlin': only 'West Berlin' stands whole;
 # doubtful), the Kurf\u00fcrstendamm, the Schlo\u00dfstra\u00dfe, Steglitz, Renoma (a store building; doubtful) and
 # Wroc\u0142aw -> Location. No entity: 'Warenh\u00e4user' (a common noun), 'the Wertheim family', 'World War II',
 # 'Nazi law'
 entities=[E("Company", "Wertheim", "AWAG", AW, "General Retailing Corporation"), E("Location", "Germany"),
           E("Person", "Georg Wertheim", "Georg"), E("Location", "Berlin"), E("Location", "Rostock"),
           E("Location", "Stralsund"), E("Location", "Breslau"), E("Location", "Leipziger Platz"),
           E("Company", "Hermann Tietz"), E("Company", "Kaufhaus des Westens"), E("Person", "Brian Ladd"),
           E("Location", "West Berlin"), E("Person", "Ursula"), E("Company", "Karstadt"),
           E("Location", "Kurf\u00fcrstendamm"), E("Location", "Schlo\u00dfstra\u00dfe"), E("Location", "Steglitz"),
           E("Location", "Renoma"), E("Location", "Wroc\u0142aw")],
 # 'It was founded by Georg Wertheim' -> founder (one person named alone). Near-misses: 'making Georg's wife, Ursula,
 # the principal shareholder' -> no role (a shareholder, no title); 'Brian Ladd called it ...' -> no role (no
 # organisation stated)
 roles=[R("Georg Wertheim", "founder", "Wertheim")],
 # 'two remaining stores in Berlin which operated under the Wertheim name, even though they were owned by Karstadt'
 # -> parentOrganization(Wertheim, Karstadt) (doubtful: the stores, not a company, are said to be owned; a reader
 # might give nothing). Near-misses: 'The family was forced to sell all their shares at reduced prices to "Aryans"'
 # -> nothing (no buyer named); 'was converted to a Karstadt in 2008' -> nothing (a store rebranded); 'The former
 # Wertheim department store in Breslau is Renoma' -> nothing (a building)
 relations=[L("Wertheim", "parentOrganization", "Karstadt")],
 outages=[],
 # '1896', '1939', '2008', '2009'; '1969-71' (a span), 'the 1950s', 'the 1930s' (decades), 'For many years' -> left
 # out
 dates=[D("1896", "1896"), D("1939", "1939"), D("2008", "2008"), D("2009", "2009")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
