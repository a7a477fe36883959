#!/usr/bin/env python3
"""Batch 65m gold annotations (the texts of batch65m.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-65i; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1980s', 'the 1970s'), 'the
entire weekend', '159 years' (a span) -> nothing; 'early 2013' -> the year; a model's year ('1956 Morris Oxford
Series III') and a birth year ('b. 1870') -> the year (absolute years, as written).
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-65i): a completed purchase ("Graham Beck's Kangra
Holdings bought Stuttafords") -> acquired + parentOrganization(target, buyer), the text never saying the target was
merged away; 'is a part of the ... conglomerate', 'its fully owned subsidiary' -> parentOrganization; an agreement
with a 'tie-up' of 'two joint venture agreements' -> partner (GUIDELINES, Relations: joint venture); sales of a
branch, a share in a shopping centre, a flagship store, 'the transport and warehousing operations' and a brand with
its trademarks -> nothing (asset sales, GUIDELINES, Relations); an airline's purchase of an aircraft -> nothing (an
asset); a 'sister company' -> no relation (siblings; no common parent named); car nameplates ('Ambassador',
'Landmaster', 'Morris Oxford Series III') and aircraft models ('Douglas DC-3', 'Curtiss C-46') -> Service (GUIDELINES,
Types), provider where the text names the maker on its own ('Hindustan Motors manufactured the Ambassador and
Landmaster'), none where the maker is named only inside the model's name (Morris, Douglas, Curtiss); a later name
('PSA Group (now Stellantis)') and a nickname ('nicknamed the "Harrod's of South Africa"', as batch 58p's 'Harrods of
the North') -> aliases; the airline's founding name ('Omar Fontana founded Sadia S/A - Transportes Aereos', in the
paragraph on how 'Transbrasil was born') -> alias (doubtful); founders (GUIDELINES part 2, Roles, 'Founders'): one
person named alone ('Founder Samson Rickard Stuttaford opened his first shop', 'founded in 1942 by Mr. B.M. Birla',
'Omar Fontana founded', 'the founder of Sadia Attilio Fontana') -> founder; 'the managing director who stepped down'
-> director, current false (GUIDELINES, Roles); a son who 'entered the firm', an owner ("Graham Beck's Kangra
Holdings", 'owned by local entrepreneur Omar Fontana'), an architect, a pilot and a crew member -> no role (as batch
58p left architects); 'Mr.' not in the name; airports, streets and a shopping centre -> Location (GUIDELINES, Types:
named sites); 'the stock exchange', 'the government', 'the industry', demonyms and adjectives ('Indian',
'Brazilian') -> nothing.
usage: batch65m_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- automobiles, India: Hindustan Motors (en.wikipedia.org '= Title =' rendering) -----------------------------------
HML = "Hindustan Motors Limited"
PSA = "PSA Group"
A["wp-hindustan-motors"] = dict(
 # the company -> Company 'Hindustan Motors Limited' (the fullest form, in the last paragraph), aliases 'Hindustan
 # Motors' (written six times) and 'HML'; 'Birla Technical Services' (the conglomerate it is part of), 'Maruti Udyog',
 # 'Hindustan Motor Finance Corporation Limited', 'PSA Group' (aliases 'PSA', 'PSA would also use the plant', and
 # 'Stellantis', its later name: 'PSA Group (now Stellantis)'; doubtful: a reader might make Stellantis a company apart,
 # the group PSA merged into), 'Citroen' ('Citroen vehicles': the maker's name, typed Company as train's Renault Trucks
 # and dev's Toyota Motor Manufacturing Czech texts type it; doubtful: a reader might take it for a Service, a marque)
 # -> Company; 'Ambassador' ('the Ambassador brand', 'The new Ambassador model'), 'Landmaster', 'Morris Oxford Series
 # III' (car nameplates) -> Service; B.M. Birla ('Mr.' not in the name), Manoj Jha -> Person; Kolkata, India, Chennai
 # ('its Chennai plant', 'the Chennai plant') -> Location. No entity: 'Morris' (only inside the model's name,
 # GUIDELINES, Types), 'the original three car manufacturers in India' (unnamed), 'the industry', 'the companies of
 # the two groups' (unnamed), 'the trademarks', 'the plant', 'Indian' (an adjective), the rupee amount
 entities=[E("Company", HML, "Hindustan Motors", "HML"), E("Location", "Kolkata"),
           E("Company", "Birla Technical Services"), E("Location", "India"), E("Company", "Maruti Udyog"),
           E("Service", "Ambassador"), E("Service", "Landmaster"), E("Service", "Morris Oxford Series III"),
           E("Person", "B.M. Birla"), E("Person", "Manoj Jha"), E("Location", "Chennai"),
           E("Company", "Hindustan Motor Finance Corporation Limited"), E("Company", PSA, "PSA", "Stellantis"),
           E("Company", "Citro\u00ebn")],
 # 'founded in 1942 by Mr. B.M. Birla' -> founder at Hindustan Motors Limited (one person named alone, GUIDELINES
 # part 2, Roles, 'Founders'), current true; 'Manoj Jha was the managing director who stepped down from the post on 21
 # February 2012' -> director ('Managing director -> director', GUIDELINES, Roles), current false (stepped down).
 # Near-misses: none other; the infobox's managing director and chief executive (Uttam Bose, Prakash Sahu) were cut
 # with the infobox and are not in the text
 roles=[R("B.M. Birla", "founder", HML), R("Manoj Jha", "director", HML, False)],
 # 'It is a part of the Birla Technical Services conglomerate' -> parentOrganization(Hindustan Motors Limited, Birla
 # Technical Services); 'Hindustan Motors manufactured the Ambassador and Landmaster motorcars' -> provider each;
 # 'its fully owned subsidiary Hindustan Motor Finance Corporation Limited' -> parentOrganization(Hindustan Motor
 # Finance Corporation Limited, Hindustan Motors Limited); 'Hindustan Motors executed an agreement with PSA Group ...
 # The tie-up entails two joint venture agreements between the companies of the two groups' -> partner(Hindustan
 # Motors Limited, PSA Group) (a joint venture, GUIDELINES, Relations; direction as written). Near-misses, no
 # relation: 'the sale of the Ambassador brand, including the trademarks, for a consideration of 80 crore' -> no
 # acquired (a brand and its trademarks: an asset sale, GUIDELINES; a reader might give acquired(PSA Group, ...) or
 # provider(Ambassador, PSA Group)); 'The new Ambassador model was likely to be rolled out' -> no provider to PSA (no
 # maker stated); 'will demerger and transfer its Chennai plant' -> nothing more (a plant moved to a subsidiary
 # already given as parentOrganization); 'The Chennai plant manufactures Citroen vehicles' -> no parentOrganization
 # (Citroen, PSA Group) (not stated; a reader knowing the group might give it); 'based on 1956 Morris Oxford Series
 # III' -> no provider (Morris named only inside the model's name); 'before the rise of Maruti Udyog' -> nothing (a
 # competitor)
 relations=[L(HML, "parentOrganization", "Birla Technical Services"), L("Ambassador", "provider", HML),
            L("Landmaster", "provider", HML),
            L("Hindustan Motor Finance Corporation Limited", "parentOrganization", HML), L(HML, "partner", PSA)],
 outages=[],
 # '1956' (the model's year), '1957', '2014', '1942', '21 February 2012', 'early 2013' (-> the year), '11 February
 # 2017', 'December 2024'; 'the 1980s' (a decade) -> nothing
 dates=[D("1956", "1956"), D("1957", "1957"), D("2014", "2014"), D("1942", "1942"),
        D("21 February 2012", "2012-02-21"), D("early 2013", "2013"), D("11 February 2017", "2017-02-11"),
        D("December 2024", "2024-12")])

# ---- retail, South Africa: Stuttafords (a.osmarks.net's Kiwix copy) ---------------------------------------------------
ST = "Stuttafords"
KH = "Kangra Holdings"
A["wp-stuttafords"] = dict(
 # the chain -> Company 'Stuttafords' (aliases "Stuttaford's": 'Stuttaford's was a chain', "Stuttaford's 45% share";
 # and the nickname "Harrod's of South Africa": 'It was nicknamed the "Harrod's of South Africa"', GUIDELINES, Types,
 # as batch 58p's 'Harrods of the North'; doubtful: a reader might leave a nickname out); 'Povall & Stuttaford' and
 # 'Thorne, Stuttaford & Co.' (each 'was established' in 1859 and 1868: firms the text names apart, not said to be the
 # chain's former names; doubtful: a reader might make them its earlier names, aliases), 'Harrods' ('in-house Harrods
 # architect': the London store named on its own), 'Kangra Holdings', 'Garlicks', 'Unidev' -> Company; Samson Rickard
 # Stuttaford, Richard Stuttaford, Louis David Blanc, Graham Beck (alias 'Beck'; 'he' in the last paragraph) -> Person;
 # South Africa, Botswana, Namibia, Cape Town, Adderley Street (alias 'Adderley': 'at the corner of Adderley and Hout
 # streets'), 'Hout' (Hout Street, written only in 'Adderley and Hout streets'; doubtful: the name as the text gives
 # it), London, Durban ('the Durban branch'), 'Cavendish Square' ('Cavendish Square shopping centre', a named site) ->
 # Location (GUIDELINES, Types: named sites). No entity: 'the stock exchange' (unnamed), 'the London department store'
 # (Harrods, not named there), 'the company', 'the firm', 'the Cape Town Adderley Street flagship store' (a store, no
 # name of its own), 'Harrod's' (only inside the nickname)
 entities=[E("Company", ST, "Stuttaford's", "Harrod's of South Africa"), E("Location", "South Africa"),
           E("Location", "Botswana"), E("Location", "Namibia"), E("Person", "Samson Rickard Stuttaford"),
           E("Location", "Cape Town"), E("Person", "Richard Stuttaford"), E("Company", "Povall & Stuttaford"),
           E("Company", "Thorne, Stuttaford & Co."), E("Location", "Adderley Street", "Adderley"),
           E("Location", "Hout"), E("Company", "Harrods"), E("Person", "Louis David Blanc"), E("Location", "London"),
           E("Person", "Graham Beck", "Beck"), E("Company", KH), E("Location", "Durban"), E("Company", "Garlicks"),
           E("Location", "Cavendish Square"), E("Company", "Unidev")],
 # 'Founder Samson Rickard Stuttaford opened his first shop in 1857 in Cape Town city centre' -> founder at
 # Stuttafords (one person named alone, GUIDELINES part 2, Roles, 'Founders'; the text's own 'Founder'), current true.
 # Near-misses: 'His son was Richard Stuttaford ... entered the firm in 1886' -> no role (no post named; a reader might
 # give executive); 'in-house Harrods architect Louis David Blanc' -> no role at Harrods (an architect, no senior post,
 # as batch 58p left architects); "Graham Beck's Kangra Holdings" -> no role for Beck at Kangra Holdings (an owner, no
 # post named; a reader might give founder or chairman); 'Beck stripped the assets', 'he sold' -> no role at Stuttafords
 # (the owner's acts, no post named)
 roles=[R("Samson Rickard Stuttaford", "founder", ST)],
 # "In 1978, Graham Beck's Kangra Holdings bought Stuttafords" -> acquired(Kangra Holdings, Stuttafords) +
 # parentOrganization(Stuttafords, Kangra Holdings) (a completed purchase; the chain went on, delisted in 1979).
 # Near-misses, no relation: 'he sold the Durban branch to Garlicks' -> no acquired (a branch, an asset; a reader might
 # give acquired(Garlicks, Stuttafords)); "he sold Stuttaford's 45% share in Cavendish Square shopping centre" ->
 # nothing (a share in a site); 'he sold the Cape Town Adderley Street flagship store to Unidev' -> nothing (a store,
 # an asset); 'selling the transport and warehousing operations' -> nothing (no buyer named); 'In 1859 Povall &
 # Stuttaford was established. In 1868 Thorne, Stuttaford & Co. was established.' -> no parentOrganization and no
 # acquired between them and Stuttafords (no tie stated); 'nicknamed the "Harrod's of South Africa"', 'echoing the
 # style of the London department store's buildings' -> no relation to Harrods; 'delisted from the stock exchange' ->
 # nothing
 relations=[L(KH, "acquired", ST), L(ST, "parentOrganization", KH)],
 outages=[],
 # '1858', '2017', '1857', '1870' ('b. 1870', a birth year), '1886', '1859', '1868', '1938', '1978', '24 August 1979',
 # '1983', '1986', '1987' (twice: 'in 1987', and inside '18th April 1987'; one item), '18th April 1987'; '159 years'
 # (a span) -> nothing
 dates=[D("1858", "1858"), D("2017", "2017"), D("1857", "1857"), D("1870", "1870"), D("1886", "1886"),
        D("1859", "1859"), D("1868", "1868"), D("1938", "1938"), D("1978", "1978"),
        D("24 August 1979", "1979-08-24"), D("1983", "1983"), D("1986", "1986"), D("1987", "1987"),
        D("18th April 1987", "1987-04-18")])

# ---- airlines, Brazil: TransBrasil (en.wikipedia.org '= Title =' rendering) -------------------------------------------
TBR = "TransBrasil"
SAD = "S/A Ind\u00fastria e Com\u00e9rcio Conc\u00f3rdia"
OF = "Omar Fontana"
A["wp-transbrasil"] = dict(
 # the airline -> Company 'TransBrasil' (the first mention's spelling), aliases 'Transbrasil' (the other five, and
 # "Transbrasil's") and its founding name 'Sadia S/A - Transportes Aereos' ('Transbrasil was born ... as a sister
 # company of ... Sadia', then 'Omar Fontana founded Sadia S/A - Transportes Aereos': the airline at its founding;
 # doubtful: a reader might make the 1955 company an entity apart, with no relation, as the text never says 'renamed');
 # the food company 'S/A Industria e Comercio Concordia' (alias 'Sadia': 'better known by its acronym Sadia', 'the
 # founder of Sadia', 'the products of Sadia', 'In 1954 Sadia acquired its own Douglas DC-3' - the food company, the
 # airline being founded only in 1955), 'Varig', 'VASP' -> Company; Omar Fontana (alias 'Omar': 'having Omar as one of
 # its crew members'), Attilio Fontana -> Person; the aircraft models 'Douglas DC-3' (also in '3 Douglas DC-3s') and
 # 'Curtiss C-46' ('2 Curtiss C-46s') -> Service (GUIDELINES, Types); 'President Juscelino Kubitschek International
 # Airport', Brasilia, 'State of Santa Catarina' (the fullest form), 'Joacaba Airport', Concordia (the town: 'near
 # Concordia'), Sao Paulo, 'Sao Paulo-Congonhas Airport' -> Location (airports, GUIDELINES, Types). No entity:
 # 'Douglas', 'Curtiss' (only inside the models' names), 'the government' (unnamed), 'Brazilian' (an adjective), 'a
 # colorful livery', 'the aircraft'
 entities=[E("Company", TBR, "Transbrasil", "Sadia S/A \u2013 Transportes A\u00e9reos"), E("Person", OF, "Omar"),
           E("Location", "President Juscelino Kubitschek International Airport"), E("Location", "Bras\u00edlia"),
           E("Company", "Varig"), E("Company", "VASP"), E("Location", "State of Santa Catarina"),
           E("Company", SAD, "Sadia"), E("Person", "Attilio Fontana"), E("Service", "Douglas DC-3"),
           E("Location", "Joa\u00e7aba Airport"), E("Location", "Conc\u00f3rdia"), E("Location", "S\u00e3o Paulo"),
           E("Location", "S\u00e3o Paulo\u2013Congonhas Airport"), E("Service", "Curtiss C-46")],
 # 'on January 5, 1955 Omar Fontana founded Sadia S/A - Transportes Aereos' -> founder at TransBrasil (one person named
 # alone, GUIDELINES part 2, Roles, 'Founders'; the company under its founding name, an alias), current true; 'the
 # founder of Sadia Attilio Fontana' -> founder at S/A Industria e Comercio Concordia, current true. Near-misses:
 # 'Transbrasil was owned by local entrepreneur Omar Fontana' -> no further role (an owner, no post named); 'a pilot',
 # 'having Omar as one of its crew members' -> no role at the food company (a crew member, no senior post); 'one of
 # the sons of the founder' -> nothing
 roles=[R(OF, "founder", TBR), R("Attilio Fontana", "founder", SAD)],
 # No relation. Near-misses: 'a sister company of S/A Industria e Comercio Concordia' -> no parentOrganization either
 # way and no partner (siblings; the common owner not named as a company; a reader might give parentOrganization
 # (TransBrasil, S/A Industria e Comercio Concordia)); 'transporting the products of Sadia' -> no partner (an idea of
 # 1953, before the airline, with a leased aircraft); 'In 1954 Sadia acquired its own Douglas DC-3' -> no acquired
 # (an aircraft, an asset); 'the third largest Brazilian airline after Varig and VASP' -> nothing (competitors);
 # 'could not receive subventions from the government' -> nothing (no body named)
 relations=[],
 outages=[],
 # '3 December 2001', '2002', '1953', '1954', 'January 5, 1955', 'March 16, 1956'; 'the 1970s' (a decade), 'the
 # entire weekend' -> nothing
 dates=[D("3 December 2001", "2001-12-03"), D("2002", "2002"), D("1953", "1953"), D("1954", "1954"),
        D("January 5, 1955", "1955-01-05"), D("March 16, 1956", "1956-03-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
