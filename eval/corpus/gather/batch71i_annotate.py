#!/usr/bin/env python3
"""Batch 71i gold annotations (session 65; the texts of batch71i.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-71c; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); years -> the year; decades ('the
1950s', 'the 1960s', 'the seventies'), centuries ('the 19th century') and eras ('World War I', 'World War II') ->
nothing. One text tells an outage: 'In November 2018 KraussMaffei was the victim of a ransomware attack, leading to
severe drawdown in the production' -> provider KraussMaffei, date 2018-11, no named service affected, cause 'ransomware
attack' (a cyber attack taking a company's systems and production down, as batch 17e's ransomware outages); the other
texts tell none ('nationalized', mergers and acquisitions are politics and business matters, no service lost;
GUIDELINES, Outages). Round notes /tmp/gather71i/NOTES.md; claims /work/notes/gather71/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71c): the company's name in another language, its
English gloss, its abbreviation, its earlier name and its later name ('was renamed Ganz-MÁVAG') -> aliases of one
entity (GUIDELINES, Types); a company named only inside another company's name ('Hungarian Royal Railways' inside the
'Machinery and Wagon Factory of the Hungarian Royal Railways') -> no entity of its own; two names the text does not
tie together ('the Manfréd Weiss Steel and Metal Works', 'Csepel Művek (Csepel Factories)') -> two entities (from the
text alone; doubtful); 'X was acquired by Y', 'X was purchased by Y', 'the acquisition of X' by the text's subject
-> acquired and parentOrganization (GUIDELINES, Relations); mergers into a new company ('merged with ... to form ABN
Bank', 'formed in 1931 from a merger of ...', 'merged with Mannesmann Demag', 'merged with the Ganz company') ->
nothing (no buyer told); a spin-off ('spun off and merged with Wegmann & Co') -> nothing; plants bought by 'the
Hungarian state' -> nothing (an asset purchase, no named buyer); 'the property of the Kingdom of Hungary' -> nothing
(a country is no parentOrganization); railroads testing a maker's locomotives ('participated in the tests') -> no
partner (no contract or order told; doubtful); named locomotives, trains and tanks -> Service with the maker the text
gives as provider; 'involved in the development of the Transrapid' -> Service, no provider (a share in development,
not its maker); numbered districts ('the VIII. district') -> no entity; streets and a mountain range -> Location;
demonyms and adjectives ('Hungarian', 'Dutch', 'German', 'American', 'Munich firms' keeps Munich as Location).
usage: batch71i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- banking, Netherlands: Algemene Bank Nederland (gateway.ipfs.io) -----------------------------------------------
ABN = "Algemene Bank Nederland"
A["wp-algemene-bank-nederland"] = dict(
 # the bank -> Company 'Algemene Bank Nederland', aliases 'ABN', 'ABN Bank'; ABN AMRO (alias 'ABN AMRO Bank'),
 # Nederlandsche Handel-Maatschappij (aliases 'Netherlands Trading Society', its gloss, and 'NTS'), De Twentsche Bank
 # (aliases 'Twentsche Bank', 'TB'), AMRO Bank (alias 'Amsterdamsche Rotterdamsche Bank', its full name), Hollandsche
 # Bank-Unie (alias 'HBU'), Bank Mees & Hope (alias 'BMH') -> Company; Twente ('the Twente region'), Netherlands,
 # London, South America -> Location. No entity: 'Dutch', 'Banks' (generic)
 entities=[E("Company", ABN, "ABN", "ABN Bank"), E("Company", "ABN AMRO", "ABN AMRO Bank"),
           E("Company", "Nederlandsche Handel-Maatschappij", "Netherlands Trading Society", "NTS"),
           E("Company", "De Twentsche Bank", "Twentsche Bank", "TB"),
           E("Company", "AMRO Bank", "Amsterdamsche Rotterdamsche Bank"), E("Location", "Twente"),
           E("Location", "Netherlands"), E("Location", "London"), E("Company", "Hollandsche Bank-Unie", "HBU"),
           E("Location", "South America"), E("Company", "Bank Mees & Hope", "BMH")],
 roles=[],
 # 'The December 1967 acquisition of the Hollandsche Bank-Unie (HBU) ... gave the international network [ABN's] a
 # more balanced structure' -> acquired and parentOrganization (the buyer implied by the paragraph on ABN; doubtful);
 # 'The acquisition of Bank Mees & Hope in 1975 reflected ABN Bank's diversification strategy ... After the take over
 # BMH continued to operate independently' -> acquired and parentOrganization. Near-misses: 'created in 1964 when the
 # Nederlandsche Handel-Maatschappij merged with De Twentsche Bank', 'merged to form ABN Bank', 'ABN Bank merged with
 # AMRO Bank ... to form ABN AMRO Bank' -> nothing (mergers, no buyer told); 'one of the main predecessors in ABN AMRO'
 # -> nothing; 'NTS had been sharing the running expenses of TB's branch in London' -> no partner (doubtful: a cost
 # sharing between the two banks, not called a partnership)
 relations=[L(ABN, "acquired", "Hollandsche Bank-Unie"), L("Hollandsche Bank-Unie", "parentOrganization", ABN),
            L(ABN, "acquired", "Bank Mees & Hope"), L("Bank Mees & Hope", "parentOrganization", ABN)],
 outages=[],
 # '1964' (twice, with 'from 1964 onwards'), '1991', '4 June 1964', '1858', '1953', 'December 1967', '1975' -> as
 # written
 dates=[D("1964", "1964"), D("1991", "1991"), D("4 June 1964", "1964-06-04"), D("1858", "1858"), D("1953", "1953"),
        D("December 1967", "1967-12"), D("1975", "1975")])

# ---- engineering, Germany: KraussMaffei (enwikipedia.net) ----------------------------------------------------------
KM = "KraussMaffei"
A["wp-kraussmaffei"] = dict(
 # the company -> Company 'KraussMaffei', alias 'Krauss-Maffei' (the other spelling of the third paragraph); ChemChina,
 # Maffei, Krauss & Co., Southern Pacific, Denver & Rio Grande Western Railroad, Mannesmann Demag, Wegmann & Co,
 # Krauss-Maffei Wegmann -> Company; ML 4000 C′C′ ('the ML 4000 C′C′ diesel-hydraulic locomotive'), Leopard ('the
 # Leopard tank'), Leopard 2, Transrapid ('the Transrapid magnetic levitation train') -> Service; Munich ('the two
 # Munich firms'), Rocky Mountains -> Location. No entity: 'German', 'American railroads' (unnamed)
 entities=[E("Company", KM, "Krauss-Maffei"), E("Company", "ChemChina"), E("Location", "Munich"), E("Company", "Maffei"),
           E("Company", "Krauss & Co."), E("Service", "ML 4000 C\u2032C\u2032"), E("Company", "Southern Pacific"),
           E("Company", "Denver & Rio Grande Western Railroad"), E("Location", "Rocky Mountains"),
           E("Service", "Leopard"), E("Service", "Leopard 2"), E("Service", "Transrapid"),
           E("Company", "Mannesmann Demag"), E("Company", "Wegmann & Co"), E("Company", "Krauss-Maffei Wegmann")],
 roles=[],
 # 'It was acquired by ChemChina in 2016', 'KraussMaffei was purchased by ChemChina' -> acquired and
 # parentOrganization; 'Krauss-Maffei built several examples of the ML 4000 C′C′', 'the company started production of
 # the Leopard tank, with production of Leopard 2' -> provider. Near-misses: 'formed in 1931 from a merger of the two
 # Munich firms of Maffei ... and Krauss & Co.', 'merged with Mannesmann Demag' -> nothing (mergers); 'spun off and
 # merged with Wegmann & Co to became Krauss-Maffei Wegmann' -> nothing (a spin-off and merger; no owner told);
 # 'Southern Pacific and Denver & Rio Grande Western Railroad participated in the tests' -> no partner (doubtful);
 # 'involved in the development of the Transrapid' -> no provider
 relations=[L("ChemChina", "acquired", KM), L(KM, "parentOrganization", "ChemChina"),
            L("ML 4000 C\u2032C\u2032", "provider", KM), L("Leopard", "provider", KM), L("Leopard 2", "provider", KM)],
 # 'In November 2018 KraussMaffei was the victim of a ransomware attack, leading to severe drawdown in the production'
 # -> one outage: provider KraussMaffei (whose systems were attacked), date 2018-11, no named service or organisation
 # affected beyond the provider, no times, duration or place told, cause 'ransomware attack'
 outages=[O(KM, "2018-11", [], cause="ransomware attack")],
 # '2016' (twice), '1931', '1838', '1860', '1963', '1973', '1999' (twice), 'November 2018' -> as written; 'the
 # 1950s', 'the 1960s', 'the seventies' -> nothing (decades)
 dates=[D("2016", "2016"), D("1931", "1931"), D("1838", "1838"), D("1860", "1860"), D("1963", "1963"),
        D("1973", "1973"), D("1999", "1999"), D("November 2018", "2018-11")])

# ---- engineering, Hungary: MÁVAG (kiwix.casplantje.nl) -------------------------------------------------------------
MV = "M\u00c1VAG"
GZ = "Ganz motor- \u00e9s vagongy\u00e1r"
A["wp-mavag"] = dict(
 # the company -> Company 'MÁVAG', aliases 'Magyar Királyi Államvasutak Gépgyára' (its Hungarian name), 'Hungarian
 # Royal State Railroads' Machine Factory' (its gloss), 'Ganz-MÁVAG' ('was renamed Ganz-MÁVAG') and 'Machinery and
 # Wagon Factory of the Hungarian Royal Railways' (the factory the state founded, its earlier name; doubtful);
 # Manfréd Weiss Steel and Metal Works, Csepel Művek (alias 'Csepel Factories'; kept apart from the Weiss works, the
 # text not tying the two; doubtful), Ganz motor- és vagongyár (aliases 'Ganz engine and wagon factory' and 'Ganz',
 # from 'the Ganz company'), MÁV -> Company; locomotive no. 424, Class 601, Д1 ('Д1 local diesel trains') -> Service;
 # Kingdom of Hungary (alias 'Hungary'; doubtful: the kingdom and the country as one place), Austro-Hungarian
 # Monarchy, Budapest, Kőbányai street, Hungária avenue, Vajda Péter street, Orczy street, Europe, Italy, Romania,
 # Egypt, India, Yugoslavia, Korea, USSR -> Location. No entity: 'the VIII. district', 'the Hungarian state' (doubtful:
 # the state as a body, unnamed), 'Királyi', 'Royal' (a word of the name), 'Hungarian', 'World War I', 'World War II'
 entities=[E("Company", MV, "Magyar Kir\u00e1lyi \u00c1llamvasutak G\u00e9pgy\u00e1ra", "Hungarian Royal State Railroads' Machine Factory",
             "Ganz-M\u00c1VAG", "Machinery and Wagon Factory of the Hungarian Royal Railways"),
           E("Company", "Manfr\u00e9d Weiss Steel and Metal Works"), E("Location", "Austro-Hungarian Monarchy"),
           E("Location", "Kingdom of Hungary", "Hungary"), E("Location", "Budapest"),
           E("Location", "K\u0151b\u00e1nyai street"), E("Location", "Hung\u00e1ria avenue"), E("Location", "Vajda P\u00e9ter street"),
           E("Location", "Orczy street"), E("Company", "Csepel M\u0171vek", "Csepel Factories"),
           E("Service", "locomotive no. 424"), E("Company", GZ, "Ganz engine and wagon factory", "Ganz"),
           E("Service", "Class 601"), E("Location", "Europe"), E("Location", "Italy"), E("Location", "Romania"),
           E("Location", "Egypt"), E("Location", "India"), E("Location", "Yugoslavia"), E("Location", "Korea"),
           E("Location", "USSR"), E("Service", "\u04141"), E("Company", "M\u00c1V")],
 roles=[],
 # 'MÁVAG produced the famous locomotive no. 424', 'the company produced 7578 locomotives, including the Class 601',
 # 'the company ... became well known there for Д1 local diesel trains' -> provider. Near-misses: 'the property of
 # the Kingdom of Hungary' -> nothing (a country); 'nationalized' -> nothing; 'merged with the Ganz company' ->
 # nothing (a merger); 'The two plants were purchased by the Hungarian state' -> nothing (plants, no named buyer);
 # 'handed it over to the management of MÁV' -> nothing (management, no ownership told; doubtful); 'exported many
 # locomotives ... to Italy and Romania' -> nothing (countries, no named customer)
 relations=[L("locomotive no. 424", "provider", MV), L("Class 601", "provider", MV), L("\u04141", "provider", MV)],
 outages=[],
 # '1873', '1924', '1959' (twice), '1896', '1900', '1945', '1961', 'August 1, 1870' -> as written; 'the 19th
 # century', 'World War I', 'World War II' -> nothing
 dates=[D("1873", "1873"), D("1924", "1924"), D("1959", "1959"), D("1896", "1896"), D("1900", "1900"),
        D("1945", "1945"), D("1961", "1961"), D("August 1, 1870", "1870-08-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
