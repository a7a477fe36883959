#!/usr/bin/env python3
"""Batch 70o gold annotations (session 64; the texts of batch70o.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-70j; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'Around 1900' -> the year (an
approximate year a reader resolves, as batch 69af's 'around 1910'; doubtful); 'In the fall of 1903' -> the year, one
item '1903' with the lead's 'in 1903' (a season -> the year; GUIDELINES, Dates); '21 September 1917' and '30 July 1926'
-> the days; life years in brackets ('(1786\u20131855)', '(1821\u201392)') -> no date (as batches 63f, 64f and 69ad); centuries,
decades, eras and wars ('the 19th century', 'the early 1900s', 'World War I', 'the Middle Ages', 'the Great
Depression', 'the early 1930s', 'the First World War') -> nothing. No text tells an outage or a near-miss of one, so
every `outages` list is empty. Round notes /tmp/gather70o/NOTES.md; claims /work/notes/gather70/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70j): former names of the company ('founded ... as
Lohner-Werke or simply Lohner', 'forming Lohner Rotax', 'renamed it Bombardier-Rotax GmbH', 'the company became
Bombardier Wien Schienenfahrzeuge (BWS), later Bombardier Transportation Austria GmbH', 'Laurenzi & Lohner', 'the company
became Jacob Lohner & Co.', 'Rumpler-Luftfahrzeugbau GmbH, Rumpler-Werke, usually known simply as Rumpler', 'as Rumpler
Luftfahrzeugbau', 'Rumpler-Werke AG') -> aliases of one entity (GUIDELINES, Types); 'founded ... by A' (one person named
alone) -> founder; 'In 1823 he formed a joint venture with ... B, Laurenzi & Lohner' (the company's earliest name) ->
cofounder for both (GUIDELINES, Founders: 'A founded Acme with B'; doubtful); 'brothers A and B founded a workshop' (a
workshop with no name, not the company) -> no role; 'with which it merged in 1959, forming Lohner Rotax' -> nothing
(a merger, no buyer told); 'X acquired a controlling share in the company' -> acquired and parentOrganization (a
completed purchase of control; doubtful beside batch 70j's 'controlled ... by Boeing' with no purchase told); 'an
Austrian subsidiary company of X', 'a subsidiary in Augsburg, the Y' -> parentOrganization; 'the Augsburg premises
bought ... by X' -> nothing (an asset purchase; GUIDELINES, Relations); 'X, predecessor of BMW' -> nothing; car,
truck, aircraft and bicycle names ('the Tidaholm car', 'Tor I', 'TB', 'Kronan bicycles', 'the Rumpler Taube trademark',
'the Rumpler Tropfenwagen', 'the Etrich Taube monoplane') -> Service, with provider to the maker the text names ('Their
early models include', 'under the Rumpler Taube trademark'), none where no maker is named on its own ('Etrich Taube',
'Kronan'); 'It was sold to X' (a named company as the customer) -> partner (GUIDELINES, Relations: a customer relation
between two named organisations; doubtful); 'designed by A' -> no role; events and laws ('the 1921 Internationale
Automobil Ausstellung', 'the Treaty of Versailles') -> no entity (GUIDELINES, Types); demonyms ('Austrian', 'Canadian',
'German', 'Swedish') and descriptions ('the Austrian emperor', 'the Managing Director of Tidaholms Bruk', 'the courts
of the royal houses') -> nothing.
usage: batch70o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- coaches, cars and trams, Austria: Bombardier Transportation Austria / Lohner-Werke (wikimili.com) -------------
BTA = "Bombardier Transportation Austria GmbH"
BT = "Bombardier Transportation"
A["wp-bombardier-transportation-austria"] = dict(
 # the company -> Company 'Bombardier Transportation Austria GmbH', with its former names as aliases ('Lohner-Werke',
 # 'Lohner', 'Lohner Rotax', 'Bombardier-Rotax GmbH', 'Bombardier Wien Schienenfahrzeuge', 'BWS', 'Laurenzi & Lohner',
 # 'Jacob Lohner & Co.'); Bombardier Transportation (alias 'Bombardier', 'Under Bombardier') and Rotax -> Company;
 # Jacob Lohner, Ferdinand Porsche, Heinrich Lohner, Ludwig Laurenzi -> Person; Vienna, Austria, Norway, Sweden,
 # Romania -> Location. No entity: 'the Austrian emperor', 'the royal houses', 'k.u.k. Hofwagenlieferant' (a
 # distinction), 'Sattlermeister', 'World War I', 'World War II', 'Canadian', 'German'
 entities=[E("Company", BTA, "Lohner-Werke", "Lohner", "Lohner Rotax", "Bombardier-Rotax GmbH",
             "Bombardier Wien Schienenfahrzeuge", "BWS", "Laurenzi & Lohner", "Jacob Lohner & Co."),
           E("Company", BT, "Bombardier"), E("Location", "Vienna"), E("Location", "Austria"),
           E("Person", "Jacob Lohner"), E("Person", "Ferdinand Porsche"), E("Company", "Rotax"),
           E("Person", "Heinrich Lohner"), E("Person", "Ludwig Laurenzi"), E("Location", "Norway"),
           E("Location", "Sweden"), E("Location", "Romania")],
 # 'It was founded in the 19th century by Jacob Lohner as Lohner-Werke' -> founder (named alone); 'In 1823 he
 # [Heinrich Lohner] formed a joint venture with master saddlemaker (Sattlermeister) Ludwig Laurenzi, Laurenzi &
 # Lohner' -> cofounder for both (the company's earliest name; doubtful: a reader might give them nothing, the lead
 # naming Jacob Lohner its founder). 'the company became Jacob Lohner & Co. under ... Jacob Lohner' -> no further role
 # (no post named). 'the cars were designed by Ferdinand Porsche' -> no role
 roles=[R("Jacob Lohner", "founder", BTA), R("Heinrich Lohner", "cofounder", BTA),
        R("Ludwig Laurenzi", "cofounder", BTA)],
 # 'an Austrian subsidiary company of Bombardier Transportation' -> parentOrganization; 'In 1970 Canadian firm
 # Bombardier Transportation acquired a controlling share in the company' -> acquired (a completed purchase of
 # control; doubtful). Near-misses: 'using engines from Rotax, with which it merged in 1959, forming Lohner Rotax' ->
 # nothing (a merger, no buyer told; the engines a supply, but the merger told with it: doubtful, a reader might give
 # partner); 'The company supplied vehicles to the courts of the royal houses' -> nothing (no named organisation)
 relations=[L(BTA, "parentOrganization", BT), L(BT, "acquired", BTA)],
 outages=[],
 # 'Around 1900' -> 1900 (doubtful); '1959', '1970', '2007', 'In 1821', 'In 1823', '1863' -> the years; life years
 # '(1786\u20131855)', '(1821\u201392)' -> nothing; 'the 19th century', 'the early 1900s' -> nothing
 dates=[D("1900", "1900"), D("1959", "1959"), D("1970", "1970"), D("2007", "2007"), D("1821", "1821"),
        D("1823", "1823"), D("1863", "1863")])

# ---- trucks, Sweden: Tidaholms Bruk (wikimili.com) ------------------------------------------------------------------
TB = "Tidaholms Bruk"
A["wp-tidaholms-bruk"] = dict(
 # the company -> Company 'Tidaholms Bruk', alias 'Tidaholm works' ('(the Tidaholm works)'); its car 'Tidaholm car'
 # (alias 'Tidaholmsbilen'), its models Tor I, Tor II, TB, and the brothers' 'Kronan bicycles' (Service 'Kronan') ->
 # Service; the brothers -> Person 'Gottfrid' (alias 'Lindstr\u00f6m', 'Lindstr\u00f6m was a workaholic', said of Gottfrid; doubtful)
 # and 'David Lindstr\u00f6m' (as the text names them; as batch 70j's 'Franz', 'Heinrich'); Surte Glasbruk -> Company;
 # Sweden, Sandhem, Tidaholm, USA -> Location ('Sweden's' possessive-free). No entity: 'the Managing Director of
 # Tidaholms Bruk' (no name), 'the Middle Ages', 'the Great Depression', 'Swedish'
 entities=[E("Company", TB, "Tidaholm works"), E("Location", "Sweden"), E("Service", "Tidaholm car", "Tidaholmsbilen"),
           E("Service", "Tor I"), E("Service", "Tor II"), E("Service", "TB"), E("Location", "Sandhem"),
           E("Location", "Tidaholm"), E("Person", "Gottfrid", "Lindstr\u00f6m"), E("Person", "David Lindstr\u00f6m"),
           E("Service", "Kronan"), E("Location", "USA"), E("Company", "Surte Glasbruk")],
 # 'brothers Gottfrid and David Lindstr\u00f6m founded a workshop in 1895' -> no role (a workshop with no name, not the
 # company); 'he presented to the Managing Director of Tidaholms Bruk' -> no role (unnamed)
 roles=[],
 # 'entered the automotive industry with the creation of the Tidaholm car', 'Their early models include Tor I, Tor
 # II, and TB' -> provider; 'It [Tor I] was sold to Surte Glasbruk' -> partner (a customer; doubtful). 'Kronan
 # bicycles' -> no provider (made at the brothers' workshop, no company named)
 relations=[L("Tidaholm car", "provider", TB), L("Tor I", "provider", TB), L("Tor II", "provider", TB),
            L("TB", "provider", TB), L(TB, "partner", "Surte Glasbruk")],
 outages=[],
 # 'in 1903' and 'In the fall of 1903' -> 1903 (one item); '1895' -> the year; 'the early 1930s' -> nothing
 dates=[D("1903", "1903"), D("1895", "1895")])

# ---- aircraft and cars, Germany: Rumpler (speed.lescigales.org's proxy of en.m.wikipedia.org) ------------------------
RU = "Rumpler-Luftfahrzeugbau GmbH"
BR = "Bayerische Rumpler-Werke AG"
A["wp-rumpler"] = dict(
 # the company -> Company 'Rumpler-Luftfahrzeugbau GmbH', aliases 'Rumpler-Werke', 'Rumpler', 'Rumpler Luftfahrzeugbau',
 # 'Rumpler-Werke AG'; Edmund Rumpler -> Person; the Etrich Taube, the Rumpler Taube and the Rumpler Tropfenwagen ->
 # Service; Bayerische Rumpler-Werke AG, Bayerische Flugzeugwerke and BMW -> Company; Berlin, Augsburg, Germany ->
 # Location. No entity: 'the Treaty of Versailles' (a law), 'the 1921 Internationale Automobil Ausstellung' (an event),
 # 'the First World War', 'Marks', 'German', 'Austrian'; 'Etrich' only inside the product name
 entities=[E("Company", RU, "Rumpler-Werke", "Rumpler", "Rumpler Luftfahrzeugbau", "Rumpler-Werke AG"),
           E("Location", "Berlin"), E("Person", "Edmund Rumpler"), E("Service", "Etrich Taube"),
           E("Service", "Rumpler Taube"), E("Location", "Augsburg"), E("Company", BR), E("Location", "Germany"),
           E("Service", "Rumpler Tropfenwagen"), E("Company", "Bayerische Flugzeugwerke"), E("Company", "BMW")],
 # 'Founded in Berlin by Austrian engineer Edmund Rumpler in 1909' -> founder (named alone)
 roles=[R("Edmund Rumpler", "founder", RU)],
 # 'under the Rumpler Taube trademark' -> provider; 'the Rumpler Tropfenwagen, on the premises of its Augsburg
 # subsidiary' -> provider to Rumpler (the sentence's subject; doubtful: a reader might give the subsidiary); 'a
 # subsidiary in Augsburg, the Bayerische Rumpler-Werke AG' -> parentOrganization. Near-misses: 'copies of the Etrich
 # Taube monoplane' -> no provider (Etrich not named on his own); 'the Augsburg premises bought 30 July 1926 by the
 # Bayerische Flugzeugwerke' -> nothing (an asset purchase); 'predecessor of BMW' -> nothing
 relations=[L("Rumpler Taube", "provider", RU), L("Rumpler Tropfenwagen", "provider", RU),
            L(BR, "parentOrganization", RU)],
 outages=[],
 # '1909', '1918', '1921', '1923', '1925', '1926' -> the years; '21 September 1917', '30 July 1926' -> the days
 dates=[D("1909", "1909"), D("21 September 1917", "1917-09-21"), D("1918", "1918"), D("1921", "1921"),
        D("1923", "1923"), D("1925", "1925"), D("1926", "1926"), D("30 July 1926", "1926-07-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
