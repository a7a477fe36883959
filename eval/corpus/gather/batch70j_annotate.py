#!/usr/bin/env python3
"""Batch 70j gold annotations (session 64; the texts of batch70j.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-70c; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'October 2006' ('At the end of
October 2006') -> the month (GUIDELINES: 'the end of the month' -> the month); 'For 1908' (a model year) and 'a 1910
Double Phaeton' -> the year; 'in 1946\u201347' -> '1946' only (the range's first year written out; '47' is no full year;
doubtful); 'the same year' (after 'In 1971') -> nothing (a relative expression, `published` null; doubtful: a reader
might give 1971); decades and eras ('the early 1990s', 'the First World War', 'World War I') -> nothing. No text tells an
outage or a near-miss of one, so every `outages` list is empty. Round notes /tmp/gather70j/NOTES.md; claims
/work/notes/gather70/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70c): 'founded by the brothers A, B and C D, and the
Investor, E F' -> cofounder for each (GUIDELINES, Roles, Founders), the brothers by the names the text gives ('Franz',
'Heinrich', 'Carl Gr\u00e4f'; as batch 70c named 'Leon' and 'Robert'); 'the company merged with X to form Y' -> nothing
(GUIDELINES, Relations: a merger where the text does not say who buys whom); 'Y, which in turn was taken over by Z' and
'Z bought it' -> acquired(Z, Y) and parentOrganization(Y, Z); 'X was controlled ..., 1998 to 2004, by Z' ->
parentOrganization(X, Z) only (control told, no purchase; ownership told as past is still recorded); aircraft, trucks
and car models and marques ('L-39 Albatros', 'Double Phaeton', 'Bergmann-M\u00e9tallurgique') -> Service, with provider to
their maker where the text says it made them ('notable for producing', 'sold as' beside the maker); a type named for
another's maker ('the Sikorsky S-76', 'the \u0160koda 150 truck', 'the Alenia C27', 'the Embraer 170') -> Service with no
provider (as batch 70c's 'the Bl\u00e9riot XI'; Aero's making of them or of their parts is not told as their maker's
relation), except where that maker is named on its own ('the Boeing 767', Boeing the past owner) -> provider to it;
power ratings and model numbers ('4.5 hp', 'the 60/80', 'the 40-hp', 'a 12/14', 'the 26/60', 'the 20/40', 'the 15/20')
-> no entity (doubtful: a reader might give the numbered models Service); a car marque that shares its maker's short
name ('M\u00e9tallurgique cars') -> the maker's alias, no Service of its own (one surface form, one entity; as batch 70c);
'Bodywork was made by X', 'built ... by X', 'made ... under licence by X' -> partner of the car maker with X (a supply
or licensing relation, the car maker first as the text's subject; doubtful); 'designed by A' and 'The company's agent in
Britain, A' -> no role (no title of the vocabulary); 'the Archduke Franz Ferdinand of Austria' -> no role (no head of
state; the vocabulary has no archduke), 'Count Franz von Harrach' -> no role, the name without the title; regions
('Central Europe', 'Eastern Europe', 'Europe') -> Location; demonyms ('Austrian', 'Czech', 'Czech-Slovak') and the
'Habsburg royal family' -> nothing.
usage: batch70j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- cars, buses and trucks, Austria: Gr\u00e4f & Stift (the-uncensored-wiki.com's copy) --------------------------------
GS = "Gr\u00e4f & Stift"
OG = "\u00d6AF-Gr\u00e4f & Stift AG"
A["wp-graf-stift"] = dict(
 # the company -> Company 'Gr\u00e4f & Stift'; the brothers -> Person 'Franz', 'Heinrich', 'Carl Gr\u00e4f' (as the text names
 # them; 'The Gr\u00e4f brothers' a description); Wilhelm Stift, Count Franz von Harrach (alias 'Harrach'), Franz Ferdinand
 # ('the Archduke Franz Ferdinand of Austria'; 'the Archduke' a description) and Gavrilo Princip -> Person; the Double
 # Phaeton ('a 1910 Double Phaeton', one of its luxury limousines) -> Service; \u00d6sterreichische Automobil Fabriks-AG
 # (alias '\u00d6AF'), \u00d6AF-Gr\u00e4f & Stift AG and MAN AG (alias 'MAN') -> Company; Sarajevo, Austria, Liesing ('the Liesing
 # district') and Vienna -> Location. No entity: 'the Habsburg royal family', 'the Austrian aristocracy', 'the First
 # World War', 'Austrian'
 entities=[E("Company", GS), E("Person", "Franz"), E("Person", "Heinrich"), E("Person", "Carl Gr\u00e4f"),
           E("Person", "Wilhelm Stift"), E("Service", "Double Phaeton"), E("Person", "Franz von Harrach", "Harrach"),
           E("Location", "Sarajevo"), E("Person", "Franz Ferdinand"), E("Location", "Austria"),
           E("Person", "Gavrilo Princip"), E("Location", "Liesing"), E("Location", "Vienna"),
           E("Company", "\u00d6sterreichische Automobil Fabriks-AG", "\u00d6AF"), E("Company", OG),
           E("Company", "MAN AG", "MAN")],
 # 'founded by the brothers Franz, Heinrich and Carl Gr\u00e4f, and the Investor, Wilhelm Stift' -> cofounder for each
 # (GUIDELINES, Founders: named together as founding it; Stift's 'joined them in 1901' before the company's founding
 # of 1904). Franz Ferdinand, Harrach, Princip -> no role (no post of the vocabulary)
 roles=[R("Franz", "cofounder", GS), R("Heinrich", "cofounder", GS), R("Carl Gr\u00e4f", "cofounder", GS),
        R("Wilhelm Stift", "cofounder", GS)],
 # 'One of the Gr\u00e4f & Stift luxury limousines, a 1910 Double Phaeton' -> provider (doubtful: a body style named as a
 # model). 'which in turn was taken over by MAN AG' -> acquired(MAN AG, \u00d6AF-Gr\u00e4f & Stift AG) and its parent link.
 # Near-misses: 'In 1971 the company merged with \u00d6AF to form \u00d6AF-Gr\u00e4f & Stift AG' -> nothing (a merger, no buyer
 # told; doubtful: a reader might give parentOrganization of both to the merged firm); 'was ordered by Count Franz von
 # Harrach' -> nothing (a person as customer); 'MAN has later built a new plant on Gr\u00e4f & Stift's original site' ->
 # nothing (a site)
 relations=[L("Double Phaeton", "provider", GS), L("MAN AG", "acquired", OG), L(OG, "parentOrganization", "MAN AG")],
 outages=[],
 # '1893', '1898', '1900', '1901', '1904', '1910' ('a 1910 Double Phaeton'), '1914', '1971' -> the year; 'the same
 # year' -> nothing (relative; `published` null)
 dates=[D("1893", "1893"), D("1898", "1898"), D("1900", "1900"), D("1901", "1901"), D("1904", "1904"),
        D("1910", "1910"), D("1914", "1914"), D("1971", "1971")])

# ---- aircraft, Czech Republic: Aero Vodochody (Kiwix copy of the 2018-10 dump) --------------------------------------
AV = "Aero Vodochody"
A["wp-aero-vodochody"] = dict(
 # the company -> Company 'Aero Vodochody', alias 'Aero' ('commonly referred to as Aero'); Prague-East District,
 # Vodochody (the village; a form inside the company's name, its own entity), Odolena Voda ('Odolena Voda region'),
 # Czechoslovakia, Central Europe, Eastern Europe -> Location; NATO -> Organization; Boeing and Penta Investments ('A
 # Czech-Slovak investment group Penta Investments') -> Company; its jets L-29 Delfin, L-39 Albatros, L-59 Super
 # Albatros, L-159 Alca (alias 'L-159', 'the L-159 advanced light combat aircraft'), the \u0160koda 150 truck and the
 # aircraft it makes parts for (Sikorsky S-76, Alenia C27, Embraer 170, Embraer 190, UH-60, F/A-18 Super Hornet, Airbus
 # A320 ('the Airbus A320 family'), Boeing 767) -> Service. No entity: 'Prague' (only inside 'Prague-East District'),
 # 'Czech', 'Czech-Slovak', 'Czechoslovak', 'CZK'; \u0160koda, Sikorsky, Alenia, Embraer, Airbus only inside product names
 entities=[E("Company", AV, "Aero"), E("Location", "Prague-East District"), E("Location", "Vodochody"),
           E("Location", "Odolena Voda"), E("Service", "L-29 Delfin"), E("Service", "L-39 Albatros"),
           E("Service", "L-59 Super Albatros"), E("Service", "L-159 Alca", "L-159"), E("Service", "\u0160koda 150"),
           E("Location", "Czechoslovakia"), E("Location", "Central Europe"), E("Location", "Eastern Europe"),
           E("Organization", "NATO"), E("Company", "Boeing"), E("Company", "Penta Investments"),
           E("Service", "Sikorsky S-76"), E("Service", "Alenia C27"), E("Service", "Embraer 170"),
           E("Service", "Embraer 190"), E("Service", "UH-60"), E("Service", "F/A-18 Super Hornet"),
           E("Service", "Airbus A320"), E("Service", "Boeing 767")],
 # no person named in the text (the infobox's president and CEO cut with the infobox)
 roles=[],
 # 'notable for producing the L-29 Delfin, L-39 Albatros, L-59 Super Albatros, and the L-159 Alca' -> provider to the
 # company; 'the Boeing 767' -> provider to Boeing (named on its own). 'Aero was controlled for several years, 1998
 # to 2004, by Boeing' -> parentOrganization (control; no purchase told, so no acquired; doubtful). 'Penta Investments
 # bought it' -> acquired and parentOrganization. Near-misses: 'it built the \u0160koda 150 truck under licence' -> no
 # provider and no partner (\u0160koda not named on its own; doubtful: a reader might give provider to Aero); 'Aero
 # Vodochody produces the Sikorsky S-76, center wing box for the Alenia C27, ...' -> no relation (parts and licence
 # work for aircraft named for their makers; their makers, but Boeing, not named on their own); 'was privatized once
 # again' -> nothing beyond the purchase
 relations=[L("L-29 Delfin", "provider", AV), L("L-39 Albatros", "provider", AV), L("L-59 Super Albatros", "provider", AV),
            L("L-159 Alca", "provider", AV), L("Boeing 767", "provider", "Boeing"), L(AV, "parentOrganization", "Boeing"),
            L("Penta Investments", "acquired", AV), L(AV, "parentOrganization", "Penta Investments")],
 outages=[],
 # '1919', '1929', '1951', '1989', '1998', '2004' -> the year; '1946\u201347' -> '1946' (doubtful); 'October 2006' -> the
 # month; 'the early 1990s' -> nothing
 dates=[D("1919", "1919"), D("1929", "1929"), D("1951", "1951"), D("1946", "1946"), D("1989", "1989"),
        D("1998", "1998"), D("2004", "2004"), D("October 2006", "2006-10")])

# ---- cars, Belgium: M\u00e9tallurgique (en.wikipedia.org's rendering) ----------------------------------------------------
MT = "Soci\u00e9t\u00e9 Anonyme L'Auto M\u00e9tallurgique"
BE = "Bergmann Elektrizit\u00e4werke"
BM = "Bergmann-Metallurgique"
A["wp-metallurgique"] = dict(
 # the maker -> Company 'Soci\u00e9t\u00e9 Anonyme L'Auto M\u00e9tallurgique', alias 'M\u00e9tallurgique' (the marque, 'M\u00e9tallurgique
 # cars', and the firm, 'who come to M\u00e9tallurgique': one surface form, one entity; doubtful); Bergmann
 # Elektrizit\u00e4werke (as spelt; alias 'Bergmann', 'The Bergmann-built cars'), Bergmann-Metallurgique ('made ... under
 # licence by Bergmann-Metallurgique in Berlin, Germany who had previously made electric cars', the maker) and Vanden
 # Plas -> Company; the marque 'Bergmann-M\u00e9tallurgique' ('These were sold as', with the accent) -> Service; 'Adex
 # brakes' -> Service 'Adex'; Ernst Lehmann and Oscar Cupper -> Person; Marchienne-au-Pont, Belgium, Europe, Britain,
 # Germany, Berlin -> Location. No entity: 'contemporary Daimlers' (cars named by their maker, plural), the numbered
 # models and power ratings ('the 60/80', 'the 40-hp', 'a 12/14', 'a 5-litre 26 hp', 'the 26/60', 'the 20/40', 'the
 # 15/20'; doubtful), 'World War I'
 entities=[E("Company", MT, "M\u00e9tallurgique"), E("Location", "Marchienne-au-Pont"), E("Location", "Belgium"),
           E("Person", "Ernst Lehmann"), E("Location", "Europe"), E("Location", "Britain"), E("Location", "Germany"),
           E("Company", BE, "Bergmann"), E("Location", "Berlin"), E("Company", "Vanden Plas"), E("Company", BM),
           E("Service", "Bergmann-M\u00e9tallurgique"), E("Person", "Oscar Cupper"), E("Service", "Adex")],
 # 'both designed by Ernst Lehmann, who come to M\u00e9tallurgique from there in 1903' -> no role (a designer; no title of
 # the vocabulary; doubtful: a reader might give executive); 'The company's agent in Britain, Oscar Cupper, also served
 # as ... works drivers' -> no role (an agent, no post of the vocabulary; doubtful: a reader might give other)
 roles=[],
 # 'a 12/14 four-cylinder (built in Germany by Bergmann Elektrizit\u00e4werke of Berlin)' -> partner(the maker, Bergmann
 # Elektrizit\u00e4werke) (a supplier building its cars; doubtful); 'Bodywork was made by Vanden Plas' -> partner (a
 # supplier); 'M\u00e9tallurgique cars were also made from 1909 under licence by Bergmann-Metallurgique' -> partner (a
 # licensing deal); 'These were sold as Bergmann-M\u00e9tallurgique' -> provider to Bergmann-Metallurgique (doubtful: the
 # text gives no tie between Bergmann-Metallurgique and Bergmann Elektrizit\u00e4werke beyond the name and Berlin, so they
 # stay two entities). 'Adex brakes' -> no provider (no maker named)
 relations=[L(MT, "partner", BE), L(MT, "partner", "Vanden Plas"), L(MT, "partner", BM),
            L("Bergmann-M\u00e9tallurgique", "provider", BM)],
 outages=[],
 # '1898', '1928', '1900', '1905', '1903', '1906', '1907', '1908' ('For 1908'), '1909', '1911' -> the year
 dates=[D("1898", "1898"), D("1928", "1928"), D("1900", "1900"), D("1905", "1905"), D("1903", "1903"),
        D("1906", "1906"), D("1907", "1907"), D("1908", "1908"), D("1909", "1909"), D("1911", "1911")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
