#!/usr/bin/env python3
"""Batch 69e gold annotations (the texts of batch69e.py; session 63, round notes /tmp/gather69e/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68ac; batch10_annotate.write_parts), so with three
texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
relative ones ('Four years later', 'The same year', 'in November of that year') -> nothing, spans written with a slash
('1948/49', '1967/8', '1915/1916') -> nothing, events ('the Berlin Airlift', 'World War II') -> nothing, as batches
60c-68ac left them; 'During the summer of 1948' beside 'formed in 1948' -> the one item '1948' (the year, as batches
68q and 68ac listed a year once). No text tells an outage, so every `outages` list is empty; no near-miss of one told
(a plan that 'quickly proved unsuccessful', a stake sold, a group membership, an airline absorbed into another and a
company acquired are business matters; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68ac): one person named alone as founding a company ('Aquila
was founded by Barry Aikman'; 'he decided to form a company ... That company was to be incorporated under the name
Jersey Airlines Limited'; 'W.A. Stevens was established in Maidstone in 1897 by William Arthur Stevens') -> `founder`,
current true; 'Managing Director of Tilling-Stevens Ltd in 1915/1916' -> director (GUIDELINES: managing director ->
director), current false (a span that ends, as batch 68ad read a span ending in 1949; doubtful: batch 68d kept a
dated post current with no leaving told); a completed purchase ('when it was acquired by the Rootes Group') ->
acquired and parentOrganization (GUIDELINES, Relations); 'became part of the British United Airways (BUA) group of
companies' -> parentOrganization with no acquired (no purchase told, as batch 68ac read 'control ... passed to' and
68k 'became part of the Airwork group'; doubtful); 'absorbed into British United Island Airways' -> nothing (the
absorbed company merged away, as batch 68k read 'absorbed into British United Airways'); 'took a 25% minority stake
in Jersey Airlines and made it an "associate"' and 'obtained an association agreement with British European Airways'
-> partner (a stated association between two named airlines, as batch 68e read 'flying in cooperation with BEA'; a
minority stake is no parent link; doubtful); aircraft models -> Service (GUIDELINES, Types), with no provider where
the maker is named only inside the model's name ('de Havilland Heron', 'Handley Page Dart Herald 200', 'Short
Sunderland'; GUIDELINES, Types); aircraft taken second-hand ('ex-British Overseas Airways Corporation (BOAC)') -> no
relation (an asset purchase); former and trading names of the same company -> aliases ('Airlines (Jersey) Limited',
'Jersey Airlines Limited', 'British United (C.I.) Airways' and 'BUA (C.I.)' of Jersey Airlines; 'W.A. Stevens' and
'Tilling-Stevens Ltd' of Tilling-Stevens; doubtful: the text does not say in so many words that W.A. Stevens was
renamed); airports -> Location (Gatwick Airport, Croydon Airport); rivers and islands -> Location; the Royal Air Force
-> Organization; 'British', 'Welshman' (adjectives and demonyms), 'a car rental company' (unnamed) -> nothing.
usage: batch69e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- air transport, UK: Aquila Airways -----------------------------------------------------------------------------
AQ = "Aquila Airways"
BOAC = "British Overseas Airways Corporation"
BEA = "British European Airways"
A["wp-aquila-airways"] = dict(
 # the airline -> Company 'Aquila Airways', alias 'Aquila'; the British Overseas Airways Corporation (alias 'BOAC')
 # and British European Airways (alias 'BEA') -> Company; the Royal Air Force -> Organization; Barry Aikman ->
 # Person; the flying boat model -> Service 'Short Sunderland', alias 'Sunderland 3' (its mark, in 'Sunderland 3s' and
 # 'Sunderland 3 flights'; doubtful: a reader might keep the mark apart); Southampton, Hampshire, Finkenwerder, the
 # Elbe, the Havel, Berlin, Lisbon, Madeira, Falmouth, Cornwall, the Isles of Scilly, Aden, the UK, Hull and Helsinki
 # -> Location. No entity: 'the Berlin Airlift' (an event), 'British' (an adjective), 'holidaymakers', 'seamen'
 # (generic)
 entities=[E("Company", AQ, "Aquila"), E("Location", "Southampton"), E("Location", "Hampshire"),
           E("Person", "Barry Aikman"), E("Organization", "Royal Air Force"),
           E("Service", "Short Sunderland", "Sunderland 3"), E("Company", BOAC, "BOAC"),
           E("Location", "Finkenwerder"), E("Location", "Elbe"), E("Location", "Havel"), E("Location", "Berlin"),
           E("Company", BEA, "BEA"), E("Location", "Lisbon"), E("Location", "Madeira"), E("Location", "Falmouth"),
           E("Location", "Cornwall"), E("Location", "Isles of Scilly"), E("Location", "Aden"), E("Location", "UK"),
           E("Location", "Hull"), E("Location", "Helsinki")],
 # 'Aquila was founded by Barry Aikman' -> founder at Aquila Airways, current true
 roles=[R("Barry Aikman", "founder", AQ)],
 # 'Aquila obtained an association agreement with British European Airways (BEA) under which they were permitted to
 # operate scheduled services' -> partner(Aquila Airways, British European Airways) (direction as written).
 # Near-misses, no relation: 'Royal Air Force Short Sunderland flying boats, ex-British Overseas Airways Corporation
 # (BOAC)' (aircraft taken second-hand: an asset purchase; no provider: the maker named only inside the model's name);
 # 'a further 10 Sunderland 3s were acquired' (aircraft, no seller named)
 relations=[L(AQ, "partner", BEA)],
 outages=[],
 # 'formed on 18 May 1948' -> 1948-05-18; 'June 1949' -> 1949-06; 'Other 1949 charters' -> 1949. No date: 'during
 # 1948/49' (a span), 'After the end of the Berlin Airlift' (an event)
 dates=[D("18 May 1948", "1948-05-18"), D("June 1949", "1949-06"), D("1949", "1949")])

# ---- air transport, UK: Jersey Airlines ----------------------------------------------------------------------------
JA = "Jersey Airlines"
BUA = "British United Airways"
BUIA = "British United Island Airways"
A["wp-jersey-airlines"] = dict(
 # the airline -> Company 'Jersey Airlines', aliases its legal name 'Airlines (Jersey) Limited', the name it was to be
 # incorporated under 'Jersey Airlines Limited', its later trading name 'British United (C.I.) Airways' ('changed its
 # trading name to') and that name's short form 'BUA (C.I.)'; British European Airways (alias 'BEA'), British United
 # Airways (alias 'BUA', also in 'the BUA group') and British United Island Airways (alias 'BUIA') -> Company; the
 # aircraft models 'de Havilland Heron' and 'Handley Page Dart Herald 200' (in 'Handley Page Dart Herald 200 series
 # turboprops') -> Service; Maldwyn L. Thomas -> Person; Gatwick Airport and Croydon Airport (airports), St. Helier,
 # Jersey, London, Dinard, Brittany and France -> Location. No entity: 'World War II' (an event), 'British',
 # 'Welshman' (an adjective, a demonym), 'a car rental company' (unnamed), 'day trippers' (generic)
 entities=[E("Company", JA, "Airlines (Jersey) Limited", "Jersey Airlines Limited", "British United (C.I.) Airways",
             "BUA (C.I.)"),
           E("Company", BEA, "BEA"), E("Service", "de Havilland Heron"), E("Location", "Gatwick Airport"),
           E("Service", "Handley Page Dart Herald 200"), E("Company", BUA, "BUA"), E("Company", BUIA, "BUIA"),
           E("Person", "Maldwyn L. Thomas"), E("Location", "St. Helier"), E("Location", "Jersey"),
           E("Location", "London"), E("Location", "Croydon Airport"), E("Location", "Dinard"),
           E("Location", "Brittany"), E("Location", "France")],
 # 'he decided to form a company to offer such charter flights on a regular basis. That company was to be
 # incorporated under the name Jersey Airlines Limited' -> founder at Jersey Airlines, current true. Near-miss, no
 # role: 'was working for a car rental company' (unnamed, no post)
 roles=[R("Maldwyn L. Thomas", "founder", JA)],
 # 'British European Airways (BEA) took a 25% minority stake in Jersey Airlines and made it an "associate"' ->
 # partner(British European Airways, Jersey Airlines) (an association stated; a minority stake is no parent link;
 # doubtful: a reader might give nothing, the stake being sold by 1962); 'Jersey Airlines became part of the British
 # United Airways (BUA) group of companies' -> parentOrganization(Jersey Airlines, British United Airways) (no
 # purchase told: no acquired; doubtful: a reader might give acquired(British United Airways, Jersey Airlines)).
 # Near-misses, no relation: 'BUA (C.I.) was absorbed into British United Island Airways (BUIA)' (merged away, as
 # batch 68k read 'absorbed into'; doubtful: a reader might give parentOrganization to BUIA); 'ordered four ...
 # Handley Page Dart Herald 200 series turboprops' (the maker named only inside the model's name: no partner, no
 # provider); 'a Jersey Airlines de Havilland Heron' (an aircraft it flew, not a service it runs: no provider)
 relations=[L(BEA, "partner", JA), L(JA, "parentOrganization", BUA)],
 outages=[],
 # 'formed in 1948' and 'During the summer of 1948' -> '1948' (one item); 'In 1952', 'In 1960', 'By 1962' -> the
 # years; 'In June 1958' -> 1958-06; 'In August 1963' -> 1963-08; 'in November 1968' -> 1968-11. No date: 'Four years
 # later', 'The same year', 'in November of that year' (relative), '1967/8' (a span)
 dates=[D("1948", "1948"), D("1952", "1952"), D("June 1958", "1958-06"), D("1960", "1960"), D("1962", "1962"),
        D("August 1963", "1963-08"), D("November 1968", "1968-11")])

# ---- manufacturing, UK: Tilling-Stevens ----------------------------------------------------------------------------
TS = "Tilling-Stevens"
PFS = "Percival Harry Frost-Smith"
A["wp-tilling-stevens"] = dict(
 # the maker -> Company 'Tilling-Stevens', aliases 'Tilling-Stevens Ltd' and its first name 'W.A. Stevens' ('Originally
 # established in 1897' beside 'W.A. Stevens was established in Maidstone in 1897'; doubtful, above); the Rootes Group
 # -> Company; William Arthur Stevens and Percival Harry Frost-Smith (alias 'Percival (Percy) Frost-Smith', the name as
 # the text first writes it) -> Person; Maidstone and Kent -> Location. No entity: 'petrol-electric vehicles',
 # 'patent GB190820210' (a patent number), 'British' (an adjective)
 entities=[E("Company", TS, "Tilling-Stevens Ltd", "W.A. Stevens"), E("Location", "Maidstone"), E("Location", "Kent"),
           E("Company", "Rootes Group"), E("Person", "William Arthur Stevens"),
           E("Person", PFS, "Percival (Percy) Frost-Smith")],
 # 'W.A. Stevens was established in Maidstone in 1897 by William Arthur Stevens' -> founder at Tilling-Stevens, current
 # true; 'Percival Harry Frost-Smith was Managing Director of Tilling-Stevens Ltd in 1915/1916' -> director, current
 # false (doubtful, above). Near-miss, no role: 'designs patented by Percival (Percy) Frost-Smith' (an inventor, no
 # post)
 roles=[R("William Arthur Stevens", "founder", TS), R(PFS, "director", TS, False)],
 # 'It continued as an independent manufacturer until 1950, when it was acquired by the Rootes Group' ->
 # acquired(Rootes Group, Tilling-Stevens) and parentOrganization(Tilling-Stevens, Rootes Group)
 relations=[L("Rootes Group", "acquired", TS), L(TS, "parentOrganization", "Rootes Group")],
 outages=[],
 # 'in 1897', 'until 1950', 'by 1906', 'between 1908 and 1918' -> the years. No date: 'in 1915/1916' (a span)
 dates=[D("1897", "1897"), D("1950", "1950"), D("1906", "1906"), D("1908", "1908"), D("1918", "1918")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
