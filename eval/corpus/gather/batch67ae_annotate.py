#!/usr/bin/env python3
"""Batch 67ae gold annotations (the texts of batch67ae.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-66c; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a person's life years in brackets
('(1845\u20131923)', 'c.1831-20 March 1888') -> one date each (as train wp-cascade-brewery and batch 66c list them);
'the 1890s' does not stand in any kept text; 'over 30 years', 'before World War II', 'after a long illness', 'aged 57'
-> nothing. No text tells an outage or a near-miss of one, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66c): 'X was acquired by Y' -> acquired +
parentOrganization(X, Y) (not said to be merged away); 'Y bought X and the merger was completed' -> acquired only (the
text says the target was merged into the buyer; GUIDELINES, Relations); 'X became part of Y', 'a company owned by Y'
-> parentOrganization; 'A merged with B to form C' -> nothing (no buyer told; GUIDELINES, Relations) and C an entity
of its own; 'founded by A' (one person named alone) -> founder; 'A, along with B and C, ... founded' -> cofounder for
B and C (GUIDELINES, Roles, Founders: 'A founded Acme with B'), A keeping founder where the text also names A alone as
the founder (doubtful); 'the founder's son' with the founder's own start told ('Hadfield began in 1869 his own steel
casting business') -> founder; persons named with no post ('stopped by A', 'Tiny Rowland's Lonrho', 'left the
company', 'was instrumental in this strategy', 'his wire-maker partner') -> no role; a place's office ('Attercliffe's
rate collector') -> no role (GUIDELINES, Roles give Location orgs only to heads of state and ministers); a named product
made by a company ('Verkade rusk, which currently is made by ... Bolletje') -> Service with provider to its maker;
a company's names in turn ('formerly also X and Y', 'was first named X', '(Dutch: X)', 'presently X') -> aliases of one
entity (GUIDELINES, Types); named sites, works and areas ('Hecla', 'the Leeds Road plant', 'Meadowhall Shopping
Centre', 'the Ruhr region') -> Location (GUIDELINES, Types); demonyms and adjectives ('German', 'Dutch', 'British',
'Turkish') -> nothing.
usage: batch67ae_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- steel and mining, Germany: Hoesch AG (ani.tdn.gtranslate.net's proxy copy of en.wikipedia.org) ---------------
HO = "Hoesch AG"
A["wp-hoesch-ag"] = dict(
 # the group -> Company 'Hoesch AG' (the fullest form, '(German: Hoesch AG; ...)'), aliases 'Hoesch' (the name the
 # text opens with and uses throughout) and its former names 'Eberhard Hoesch & Sons' and 'Hoesch-Werke' ('formerly
 # also X and Y'; GUIDELINES, Types); Hoogovens ('the Dutch Hoogovens steel company'), Estel (the product of the 1972
 # merger) and Krupp (alias 'ThyssenKrupp', 'Krupp (presently ThyssenKrupp)': the same company under its present name;
 # doubtful: the name kept is the shorter, the one the sale is told with, and a reader might keep ThyssenKrupp apart)
 # -> Company; Leopold Hoesch, Detlev Karsten Rohwedder, Wilhelm, Albert Hoesch, Viktor, Eberhard Hoesch (the sons and
 # cousins, each with the name the text gives: 'Wilhelm (1845\u20131923)' and 'Viktor (1824\u20131888)' without the
 # surname) -> Person; Dortmund, the Ruhr region, Siegen, Nazi Germany (as dev wp-scindia-steam-navigation-company
 # types it), the Eifel region, Monschau, Lendersdorf, D\u00fcren, Eschweiler, Westphalia ('the then-province of
 # Westphalia') -> Location. No entity: 'several subsidiaries' (unnamed), 'The Hoesch family' (a family), 'the Dortmund
 # company' (the group itself, generic), 'various metalworking companies', 'factories' (unnamed), 'a new iron and
 # steelworks' (the group's start, unnamed), 'German', 'Dutch'
 entities=[E("Company", HO, "Hoesch", "Eberhard Hoesch & Sons", "Hoesch-Werke"), E("Location", "Dortmund"),
           E("Location", "Ruhr region"), E("Location", "Siegen"), E("Person", "Leopold Hoesch"),
           E("Location", "Nazi Germany"), E("Company", "Hoogovens"), E("Company", "Estel"),
           E("Person", "Detlev Karsten Rohwedder"), E("Company", "Krupp", "ThyssenKrupp"),
           E("Location", "Eifel region"), E("Location", "Monschau"), E("Location", "Lendersdorf"),
           E("Location", "D\u00fcren"), E("Location", "Eschweiler"), E("Person", "Wilhelm"),
           E("Person", "Albert Hoesch"), E("Person", "Viktor"), E("Person", "Eberhard Hoesch"),
           E("Location", "Westphalia")],
 # 'Founded in 1871, by Leopold Hoesch' -> founder at Hoesch AG (one person named alone); 'In 1871, Leopold Hoesch,
 # along with his sons Wilhelm ... and Albert Hoesch ..., as well as his cousins Viktor ... and Eberhard Hoesch ...,
 # founded a new iron and steelworks in Dortmund' (the 'Dortmund company' of the sentence before) -> cofounder at
 # Hoesch AG for Wilhelm, Albert Hoesch, Viktor and Eberhard Hoesch (GUIDELINES, Roles, Founders: 'A founded Acme with
 # B'; Leopold Hoesch keeps founder, the lead naming him alone; doubtful: a reader might give all five cofounder, or
 # take 'a new iron and steelworks' for a plant and give the four no role). Near-misses: 'the merger with Dutch company
 # Estel was stopped by Detlev Karsten Rohwedder' -> no role (no post told; a reader who knows him might give ceo at
 # Hoesch AG, which the text does not say); 'The Hoesch family had long been established ... with various metalworking
 # companies' -> no role (owners of unnamed firms)
 roles=[R("Leopold Hoesch", "founder", HO), R("Wilhelm", "cofounder", HO), R("Albert Hoesch", "cofounder", HO),
        R("Viktor", "cofounder", HO), R("Eberhard Hoesch", "cofounder", HO)],
 # 'In 1991, German competitor Krupp (presently ThyssenKrupp) bought Hoesch and the merger was completed by 1992' ->
 # acquired(Krupp, Hoesch AG), and no parentOrganization (the text says the target was merged into the buyer;
 # GUIDELINES, Relations; doubtful: a reader might add parentOrganization(Hoesch AG, Krupp), as for a plain purchase).
 # Near-misses: 'merged with the Dutch Hoogovens steel company to form Estel' -> nothing (a merger, no buyer told; a
 # reader might give parentOrganization(Hoesch AG, Estel) and parentOrganization(Hoogovens, Estel), which 'Hoesch became
 # again an independent company' hints at but does not state; doubtful); 'the merger with Dutch company Estel was
 # stopped' -> nothing (an undone merger); 'Krupp ... German competitor' -> no partner (rivals); 'headquartered in
 # Dortmund and several subsidiaries' -> nothing (unnamed subsidiaries)
 relations=[L("Krupp", "acquired", HO)],
 outages=[],
 # '1871' ('Founded in 1871', 'In 1871': one text, one value), '1938', '1972', '1982', '1991', '1992', '1819' ('since
 # 1819'), '1847' ('since 1847', '(1847\u20131898)': one text, one value), '1845', '1923', '1898', '1824', '1888',
 # '1827', '1907'
 dates=[D("1871", "1871"), D("1938", "1938"), D("1972", "1972"), D("1982", "1982"), D("1991", "1991"),
        D("1992", "1992"), D("1819", "1819"), D("1847", "1847"), D("1845", "1845"), D("1923", "1923"),
        D("1898", "1898"), D("1824", "1824"), D("1888", "1888"), D("1827", "1827"), D("1907", "1907")])

# ---- special steels, UK: Hadfields Limited (iiab.me's Kiwix copy of October 2023) ------------------------------------
HL = "Hadfields Limited"
A["wp-hadfields-limited"] = dict(
 # the steel maker -> Company 'Hadfields Limited', alias 'Hadfields' ('In 1977 Hadfields became part of', 'the last
 # part of Hadfields'); Lonrho, GKN, the British Steel Corporation (a state-owned steel maker, run as a business, as the
 # corpus types state-owned firms), 'Brown's' ('steel makers (Brown's)': a firm's name) and John Sorby & Sons (alias
 # "Sorby's", 'a steel wire making business associated with Sorby's') -> Company; Robert Hadfield (alias 'Hadfield'),
 # Tiny Rowland, Shipman -> Person; Hecla and East Hecla (the works the company is 'of'; 'the East Hecla workforce'),
 # Sheffield ('Sheffield's cutlery industry' too), Yorkshire, Britain, the 'Leeds Road plant', Meadowhall Shopping
 # Centre, Attercliffe ('Attercliffe's rate collector' too), the River Don and Newhall Road -> Location (named sites,
 # places and streets; GUIDELINES, Types). No entity: 'Hadfield steel' (a name for the manganese alloys, a kind of
 # steel rather than a product sold under a brand; doubtful: a reader might type it Service with provider to the
 # company), 'the armaments industry', 'Britain's steel industry', 'Sheffield's cutlery industry' (trades), 'a steel
 # wire making business', 'his own steel casting business' (unnamed; the second is the company's start), 'British'
 entities=[E("Company", HL, "Hadfields"), E("Location", "Hecla"), E("Location", "East Hecla"),
           E("Location", "Sheffield"), E("Location", "Yorkshire"), E("Person", "Tiny Rowland"),
           E("Company", "Lonrho"), E("Location", "Britain"), E("Location", "Leeds Road plant"), E("Company", "GKN"),
           E("Company", "British Steel Corporation"), E("Location", "Meadowhall Shopping Centre"),
           E("Person", "Robert Hadfield", "Hadfield"), E("Company", "Brown's"),
           E("Company", "John Sorby & Sons", "Sorby's"), E("Location", "Attercliffe"), E("Person", "Shipman"),
           E("Location", "River Don"), E("Location", "Newhall Road")],
 # 'manganese alloys (which were discovered by the founder's son ...)' with 'Hadfield began in 1869 his own steel
 # casting business' -> founder(Robert Hadfield) at Hadfields Limited (one person named alone; the text calls the
 # company's maker 'the founder' and tells Robert Hadfield's start of the business; doubtful: the limited company's
 # name and the business of 1869 are joined only by the history). Near-misses: 'Tiny Rowland's Lonrho' -> no role (a
 # possessive, no post; a reader might give chairman or ceo at Lonrho); 'After a period as Attercliffe's rate
 # collector' -> no role (a place's office, Attercliffe a Location; GUIDELINES, Roles); 'Hadfield served his
 # apprenticeship with edge tool firm John Sorby & Sons' -> no role (an apprentice, no post); 'his wire-maker partner,
 # Shipman' -> no role (a partner in an unnamed business); 'the founder's son' -> no entity, no role (unnamed)
 roles=[R("Robert Hadfield", "founder", HL)],
 # 'In 1977 Hadfields became part of Tiny Rowland's Lonrho' -> parentOrganization(Hadfields Limited, Lonrho) (no
 # purchase word, so no acquired, as batch 66c's 'became a division of' gave parentOrganization only; doubtful: a
 # reader might add acquired(Lonrho, Hadfields Limited)). Near-misses: 'Lonrho finally closed the last part of
 # Hadfields in 1983 receiving compensation from GKN and the British Steel Corporation' -> nothing (a payment, no
 # partnership or purchase told; a reader might give partner); 'a family with close links to steel makers (Brown's)'
 # -> nothing (a family's links, not the company's); 'a steel wire making business associated with Sorby's' -> nothing
 # (unnamed business)
 relations=[L(HL, "parentOrganization", "Lonrho")],
 outages=[],
 # '1977', 'June 1981', '1983', '1831' (inside 'c.1831', the founder's approximate birth year; doubtful: circa), '20
 # March 1888', '1869'; 'aged 57', 'after a long illness' -> left out
 dates=[D("1977", "1977"), D("June 1981", "1981-06"), D("1983", "1983"), D("1831", "1831"),
        D("20 March 1888", "1888-03-20"), D("1869", "1869")])

# ---- biscuits and chocolate, the Netherlands: Verkade (profilpelajar.com's copy) -----------------------------------
RV = "Royal Verkade"
A["wp-verkade"] = dict(
 # the maker -> Company 'Royal Verkade' (the name the text opens with), aliases 'Koninklijke Verkade' ('(Dutch: X)'),
 # 'De Ruyter' ('The company was first named "De Ruyter"'; a former name, GUIDELINES, Types) and 'Verkade' ('using the
 # Verkade recipe': the company's recipe); Pladis, Y\u0131ld\u0131z Holding and Bolletje ('the competitor, the Bolletje
 # factory in Almelo': a named rival maker) -> Company; 'Verkade rusk' -> Service (a named product; GUIDELINES, Types);
 # Ericus Verkade (alias 'Ericus'), Erik, Arnold, Co Verkade, Jac. P. Thijsse -> Person; Zaandam, the Netherlands,
 # Almelo -> Location. No entity: 'a Turkish conglomerate' (Y\u0131ld\u0131z Holding, generic), 'a mill in Zaandam'
 # (unnamed), 'the company logo', 'the horseman', 'picture cards', 'albums' (unnamed), 'the Verkade family' (a family),
 # 'World War II' (an event), 'Dutch', 'Turkish'
 entities=[E("Company", RV, "Koninklijke Verkade", "De Ruyter", "Verkade"), E("Location", "Zaandam"),
           E("Location", "Netherlands"), E("Company", "Pladis"), E("Company", "Y\u0131ld\u0131z Holding"),
           E("Person", "Ericus Verkade", "Ericus"), E("Service", "Verkade rusk"), E("Company", "Bolletje"),
           E("Location", "Almelo"), E("Person", "Erik"), E("Person", "Arnold"), E("Person", "Co Verkade"),
           E("Person", "Jac. P. Thijsse")],
 # 'It was founded in 1886 by Ericus Verkade' -> founder at Royal Verkade (one person named alone). Near-misses: 'The
 # last members of the Verkade family, Ericus's great-grandsons Erik and Arnold, left the company in 1992' -> no role
 # (no post named; a reader might give them a former post, director or executive, current false); 'Co Verkade, a
 # grandson of Ericus, was instrumental in this strategy' -> no role (no post); 'the albums, most of them written by
 # Jac. P. Thijsse' -> no role (an author, no post at the company)
 roles=[R("Ericus Verkade", "founder", RV)],
 # 'In November 2014, the company was acquired by Pladis' -> acquired(Pladis, Royal Verkade) +
 # parentOrganization(Royal Verkade, Pladis) ('owned by a Turkish conglomerate' agrees); 'Pladis, a global biscuit,
 # chocolate and confectionery company owned by Y\u0131ld\u0131z Holding' -> parentOrganization(Pladis, Y\u0131ld\u0131z
 # Holding); 'Verkade rusk, which currently is made by the competitor, the Bolletje factory in Almelo' ->
 # provider(Verkade rusk, Bolletje) (its maker; doubtful: the product bears Verkade's name and recipe, and a reader
 # might give provider to Royal Verkade as the brand's owner, which the text does not say). Near-misses: 'using the
 # Verkade recipe' -> no partner (no licence or contract with Royal Verkade stated; a reader might infer a licensing
 # deal); 'the competitor' -> no partner (rivals)
 relations=[L("Pladis", "acquired", RV), L(RV, "parentOrganization", "Pladis"),
            L("Pladis", "parentOrganization", "Y\u0131ld\u0131z Holding"), L("Verkade rusk", "provider", "Bolletje")],
 outages=[],
 # 'November 2014', '1886', '1994', '1950', '1992', '1906'; 'over 30 years', 'before World War II' -> left out
 dates=[D("November 2014", "2014-11"), D("1886", "1886"), D("1994", "1994"), D("1950", "1950"), D("1992", "1992"),
        D("1906", "1906")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
