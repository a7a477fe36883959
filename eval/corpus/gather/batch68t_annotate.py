#!/usr/bin/env python3
"""Batch 68t gold annotations (session 62; the texts of batch68t.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (the cycle of batches 55i-68o; batch10_annotate.write_parts), so with three texts: test, train, dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); '16 May 1812', '14 March 1905', '1
February 1937' -> days; years -> years ('1884' and '1985' of '(1884-1985)' each a year; 'Paris (1867 and 1878)' lists
'1867' once more, listed once); 'Just thirty years after its creation', 'A few years later' -> nothing (relative to no
`published`); 'the interwar years', 'the inter-war years', 'the First World War', 'the Second World War', 'World War
II', 'the war' -> nothing (periods and wars, no calendar value). No text tells an outage or a near-miss of one, so
every `outages` list is empty. Round notes /tmp/gather69t/NOTES.md; claims /work/notes/gather69/CLAIMS.txt.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68o): 'founder of X' and 'founded as X by A' with one
person named -> founder (GUIDELINES, Roles, 'Founders'), current true (the founding stays a fact, as batches 62h and
68d kept it); 'becoming the director in 1863 along with A and B' and 'the two directors' -> director each (the
title's own word); 'On the company's board were A, B and C' -> director each (board members, as batch 63i's 'seven
directors of the bank were elected'); posts of a man whose death the text tells (dates of birth and death after his
name, 'In 1879, Sola died') -> current false (as batch 68d), other posts current true (the text tells no end, as
batch 63i read posts of the 1830s; doubtful for posts of 1863 and 1917); a person named 'of' a company with no title
('George Holt Thomas of Airco') and an owner named as such ('its owners were A and X') -> no role; a firm renamed
('changed the name of the company to', 'Founded as', 'formed under the name', 're-established as') -> one entity, the
former and later names aliases (GUIDELINES, Types); 'bought X' of a company named on its own -> acquired and
parentOrganization (GUIDELINES, Relations), 'bought X to form Y' with Y the buyer's new name -> acquired only (the
target merged into the buyer; doubtful); 'its owners were A and X, who held a 50 per cent share between them; Y held
the other 50 per cent' -> parentOrganization to each company owner (a part owner, as joint-venture owners are read;
doubtful); 'became part of the X group', 'their parent company, X' -> parentOrganization; nationalisation with no
owner named, 'merged with A, B and C in order to form X', factories 'taken over by X', 'The remaining assets were
purchased by X', 'he purchased a small wine company' (unnamed) and shares sold -> nothing (a state taking, a merger
with no buyer told, asset purchases; GUIDELINES, Relations); 'several subsidiaries were created in A, B and C' ->
nothing (unnamed); 'licence-built in Poland' -> nothing (no licensee named); a company's products and brands ('the
Martini vermouth', 'launched Vino Canelli Spumante', the aircraft 'the Gladiator', 'the Meteor', 'the Potez SEA VII',
'the 840') -> Service with provider to their maker (GUIDELINES, Types: aircraft models are Service); products named for
another company and built 'for their parent company, X' -> provider to X (doubtful: the builder might be read as
provider); an air force -> Organization (a state body); named kingdoms, regions, cities and countries -> Location;
movements and wars ('the Risorgimento', 'the First World War') -> nothing; demonyms ('Italian', 'British', 'French',
'Allied') -> nothing.
usage: batch68t_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- beverages, Italy: Alessandro Martini / Martini & Rossi (en.wikipedia.org's '= Title =' rendering) -----------
AM = "Alessandro Martini"
MR = "Martini & Rossi"
A["wp-alessandro-martini"] = dict(
 # the businessman -> Person 'Alessandro Martini' (no alias: the bare 'Martini' stands twice for the vermouth, 'Martini
 # was drunk in the United States', and once for him, 'Martini, Sola and Rossi changed the name'; one surface form is
 # not given to two entities, and the brand keeps it, as test wp-cinzano names the brand 'Martini'; doubtful); the
 # company -> Company 'Martini & Rossi', aliases 'Distilleria Nazionale di Spirito di Vino' (the organisation he
 # joined, whose name 'the company' changed in 1863) and 'Martini, Sola & Cia' (its name from 1863 to 1879); Luigi
 # Rossi (alias 'Rossi') and Teofilo Sola (alias 'Sola') -> Person; the Martini vermouth ('Martini') and Vino Canelli
 # Spumante (alias 'Asti Martini': 'now known as') -> Service; Turin, Genoa, Cagliari, Narbonne, Piedmont ('the King of
 # Piedmont'), New York City, Dublin, Paris, Vienna, Philadelphia, the United States, Brazil, Argentina, Greece,
 # Portugal, Belgium and Egypt -> Location. No entity: 'a small wine company' (unnamed), 'several Italian businessmen',
 # 'several subsidiaries', 'the King of Piedmont' (a title, no name), 'his sons', 'the Risorgimento' (a movement)
 entities=[E("Person", AM), E("Company", MR, "Distilleria Nazionale di Spirito di Vino", "Martini, Sola & Cia"),
           E("Service", "Martini"), E("Location", "Turin"), E("Person", "Luigi Rossi", "Rossi"),
           E("Person", "Teofilo Sola", "Sola"), E("Location", "Genoa"), E("Location", "Cagliari"),
           E("Location", "Narbonne"), E("Location", "Piedmont"), E("Location", "New York City"),
           E("Location", "Dublin"), E("Location", "Paris"), E("Location", "Vienna"), E("Location", "Philadelphia"),
           E("Location", "United States"), E("Location", "Brazil"), E("Location", "Argentina"),
           E("Location", "Greece"), E("Location", "Portugal"), E("Location", "Belgium"), E("Location", "Egypt"),
           E("Service", "Vino Canelli Spumante", "Asti Martini")],
 # 'founder of one of the most important vermouth companies in the world, Martini & Rossi' -> founder (one person
 # named; current true); 'Alessandro Martini joined the small team, becoming the director in 1863 along with Luigi
 # Rossi ... and Teofilo Sola' and 'the two directors launched Vino Canelli Spumante' -> director each at Martini &
 # Rossi (the Distilleria renamed; doubtful: 'the director ... along with' might be read as one post shared, or as
 # managing directors; GUIDELINES maps both to director); Martini's post current false (his death of 14 March 1905
 # told in the lead), Sola's current false ('In 1879, Sola died'), Rossi's current true (no end told; doubtful).
 # Near-misses: 'several Italian businessmen started producing ... for the Distilleria' -> no role (unnamed); Rossi
 # 'the inventor of a vermouth' -> no role (no post); 'In 1830, he purchased a small wine company' -> no role (an owner,
 # the company unnamed)
 roles=[R(AM, "founder", MR), R(AM, "director", MR, False), R("Luigi Rossi", "director", MR),
        R("Teofilo Sola", "director", MR, False)],
 # 'Martini & Rossi, which produces the Martini vermouth' -> provider(Martini, Martini & Rossi); 'the company
 # diversified and the two directors launched Vino Canelli Spumante' -> provider. Near-misses: 'he purchased a small
 # wine company' -> nothing (a person's purchase, the company unnamed); 'several subsidiaries were created in Genoa,
 # Cagliari and Narbonne' -> nothing (unnamed); 'his sons sold all their shares in the company' -> nothing (no buyer
 # named); 'changed the name of the company to ...', 'change its name to Martini & Rossi' -> aliases, no relation
 relations=[L("Martini", "provider", MR), L("Vino Canelli Spumante", "provider", MR)],
 outages=[],
 # '16 May 1812', '14 March 1905', '1830', '1847', '1863' (twice, listed once), '1867' (twice, listed once), '1865',
 # '1878', '1873', '1876', '1879', '1870', '1880'; 'A few years later', 'Just thirty years after its creation',
 # 'During this early period', 'At the same time' -> left out
 dates=[D("16 May 1812", "1812-05-16"), D("14 March 1905", "1905-03-14"), D("1830", "1830"), D("1847", "1847"),
        D("1863", "1863"), D("1867", "1867"), D("1865", "1865"), D("1878", "1878"), D("1873", "1873"),
        D("1876", "1876"), D("1879", "1879"), D("1870", "1870"), D("1880", "1880")])

# ---- aircraft, UK: Gloster Aircraft Company (en.wikipedia.org's '= Title =' rendering) ---------------------------
GA = "Gloster Aircraft Company Limited"
HM = "H.H. Martyn & Co."
HS = "Hawker Siddeley"
A["wp-gloster-aircraft-company"] = dict(
 # the aircraft maker -> Company 'Gloster Aircraft Company Limited' (the fullest form, in the history), aliases
 # 'Gloster Aircraft Company', 'Gloucestershire Aircraft Company Limited' (its first name: 'Founded as', 'formed under
 # the name') and 'Gloster' ('Gloster designed and built', 'the Gloster name'); H.H. Martyn & Co. (alias 'H H Martyn &
 # Co. Limited', the same firm of Cheltenham written twice), Hawker Siddeley ('the Hawker Siddeley group', 'their parent
 # company, Hawker Siddeley') and Airco ('the aircraft manufacturer Airco') -> Company; the Royal Air Force (alias
 # 'RAF') -> Organization; the Gladiator, the Hawker Hurricane, the Hawker Typhoon (named in the plural, 'Hawker
 # Hurricanes and Hawker Typhoons'), the E.28/39 and the Meteor -> Service (aircraft models; GUIDELINES, Types); Hugh
 # Burroughes (alias 'Burroughes'), A W Martyn and George Holt Thomas -> Person; Cheltenham and England -> Location.
 # No entity: 'Gloucestershire' in quotation marks (the word foreigners found hard to say, named as a word), 'the
 # First World War', 'the Second World War', 'the war', 'the interwar years' (wars and periods), 'its design office'
 # (unnamed), 'Allied' (a demonym)
 entities=[E("Company", GA, "Gloster Aircraft Company", "Gloucestershire Aircraft Company Limited", "Gloster"),
           E("Company", HM, "H H Martyn & Co. Limited"), E("Location", "Cheltenham"), E("Location", "England"),
           E("Company", HS), E("Organization", "Royal Air Force", "RAF"), E("Service", "Gladiator"),
           E("Service", "Hawker Hurricane"), E("Service", "Hawker Typhoon"), E("Service", "E.28/39"),
           E("Service", "Meteor"), E("Person", "Hugh Burroughes", "Burroughes"), E("Company", "Airco"),
           E("Person", "A W Martyn"), E("Person", "George Holt Thomas")],
 # 'On the company's board were A W Martyn, Burroughes, and George Holt Thomas of Airco' -> director each at Gloster
 # (board members; current true: the text tells no end, as batch 63i read its board of the 1830s; doubtful for a
 # board of 1917). Near-misses: 'its owners were Hugh Burroughes (1884-1985) and H H Martyn & Co. Limited' -> no role
 # for Burroughes as owner (an owner is no post; his board seat is his role); 'George Holt Thomas of Airco' -> no role
 # at Airco (no title said)
 roles=[R("A W Martyn", "director", GA), R("Hugh Burroughes", "director", GA), R("George Holt Thomas", "director", GA)],
 # 'It later became part of the Hawker Siddeley group', 'their parent company, Hawker Siddeley' ->
 # parentOrganization(Gloster, Hawker Siddeley); 'its owners were Hugh Burroughes and H H Martyn & Co. Limited, who
 # held a 50 per cent share between them; the aircraft manufacturer Airco held the other 50 per cent' ->
 # parentOrganization to H.H. Martyn & Co. and to Airco (part owners at its creation; past ownership recorded;
 # doubtful: half shares, a reader might give partner or nothing); 'Gloster designed and built several fighters ...
 # including the Gladiator', 'its design office was working on ... the E.28/39', 'This was followed by the Meteor' ->
 # provider to Gloster; 'the wartime production of Hawker Hurricanes and Hawker Typhoons for their parent company,
 # Hawker Siddeley' -> provider(Hawker Hurricane, Hawker Siddeley) and provider(Hawker Typhoon, Hawker Siddeley)
 # (the company the aircraft are named for and built for; doubtful: Gloster built them, and a reader might give
 # Gloster as provider). Near-misses: 'with the aircraft construction activities of H.H. Martyn & Co.' -> nothing (a
 # business line taken in, an asset); 'fighters that equipped the British Royal Air Force' -> no partner (a customer
 # named, but the RAF is a state body, not an organisation in a contract told; doubtful); 'the Gloster name
 # disappeared in 1963' -> nothing
 relations=[L(GA, "parentOrganization", HS), L(GA, "parentOrganization", HM), L(GA, "parentOrganization", "Airco"),
            L("Gladiator", "provider", GA), L("E.28/39", "provider", GA), L("Meteor", "provider", GA),
            L("Hawker Hurricane", "provider", HS), L("Hawker Typhoon", "provider", HS)],
 outages=[],
 # '1917' (three times, listed once), '1963' (twice, listed once), '1884', '1985' (of 'Hugh Burroughes
 # (1884-1985)'); 'the interwar years', 'the First World War', 'the Second World War' -> left out
 dates=[D("1917", "1917"), D("1963", "1963"), D("1884", "1884"), D("1985", "1985")])

# ---- aircraft, France: Potez (hubbry.com's copy) -----------------------------------------------------------------
SN = "Soci\u00e9t\u00e9 nationale des constructions a\u00e9ronautiques du Sud-Est"
A["wp-potez"] = dict(
 # the aircraft maker -> Company 'Potez', aliases 'A\u00e9roplanes Henry Potez' ('founded as'), 'Soci\u00e9t\u00e9 des
 # Avions et Moteurs Henry Potez' ('re-established as') and 'Potez Air-Fouga' (its name after buying Fouga: 'bought
 # Fouga to form Potez Air-Fouga'; doubtful: a reader might make it an entity of its own); Henry Potez -> Person; CAMS
 # ('flying boat manufacturer CAMS'), Chantiers a\u00e9ronavals \u00c9tienne Romano, Lior\u00e9 et Olivier, SPCA, the
 # Soci\u00e9t\u00e9 nationale des constructions a\u00e9ronautiques du Sud-Est (alias 'SNCASE'), SNCAN, Fouga and
 # Sud-Aviation -> Company (SNCASE and SNCAN state-formed makers, run as businesses, as British Steel was read in 68o;
 # doubtful: Organization); the SEA IV, the Potez SEA VII and the 840 ('Potez's last design, the 840 (a small turboprop
 # airliner)') -> Service (aircraft models; doubtful for the bare number); Aubervilliers, Poland, Sartrouville,
 # M\u00e9aulte, Berre ('the Berre factory') and Argenteuil -> Location. No entity: 'small passenger aircraft' and
 # 'military reconnaissance biplanes' (unnamed), 'World War II', 'the inter-war years'
 entities=[E("Company", "Potez", "A\u00e9roplanes Henry Potez", "Soci\u00e9t\u00e9 des Avions et Moteurs Henry Potez",
             "Potez Air-Fouga"),
           E("Person", "Henry Potez"), E("Location", "Aubervilliers"), E("Service", "SEA IV"),
           E("Service", "Potez SEA VII"), E("Location", "Poland"), E("Company", "CAMS"),
           E("Company", "Chantiers a\u00e9ronavals \u00c9tienne Romano"), E("Company", "Lior\u00e9 et Olivier"),
           E("Company", "SPCA"), E("Company", SN, "SNCASE"), E("Location", "Sartrouville"),
           E("Location", "M\u00e9aulte"), E("Company", "SNCAN"), E("Location", "Berre"), E("Location", "Argenteuil"),
           E("Company", "Fouga"), E("Service", "840"), E("Company", "Sud-Aviation")],
 # 'founded as A\u00e9roplanes Henry Potez by Henry Potez' -> founder (one person named; current true)
 roles=[R("Henry Potez", "founder", "Potez")],
 # 'In 1933, the firm bought flying boat manufacturer CAMS' -> acquired(Potez, CAMS) and parentOrganization(CAMS,
 # Potez) (a completed purchase; CAMS named again on its own in the merger of 1937, so not merged into the buyer);
 # 'In 1958, the company bought Fouga to form Potez Air-Fouga' -> acquired(Potez, Fouga) only (the target merged into
 # the buyer's new firm: GUIDELINES, Relations; doubtful); 'the Potez SEA VII', 'Potez's last design, the 840' ->
 # provider to Potez. Near-misses: 'The company was nationalized in 1936' -> nothing (no owner named); 'merged with
 # Chantiers a\u00e9ronavals \u00c9tienne Romano, Lior\u00e9 et Olivier, CAMS and SPCA in order to form ... (SNCASE)'
 # -> nothing (a merger, no buyer told; a reader might give parentOrganization of each to SNCASE); 'Potez's factories
 # in Sartrouville and M\u00e9aulte were taken over by SNCAN and the Berre factory went to SNCASE' and 'The remaining
 # assets were purchased by Sud-Aviation in 1967' -> nothing (asset purchases); 'refurbishing war-surplus SEA IV
 # aircraft' -> no provider (its maker not named); 'licence-built in Poland' -> nothing (no licensee named)
 relations=[L("Potez", "acquired", "CAMS"), L("CAMS", "parentOrganization", "Potez"), L("Potez", "acquired", "Fouga"),
            L("Potez SEA VII", "provider", "Potez"), L("840", "provider", "Potez")],
 outages=[],
 # '1919', '1933', '1936', '1 February 1937', '1958', '1967'; 'the inter-war years', 'After World War II' -> left out
 dates=[D("1919", "1919"), D("1933", "1933"), D("1936", "1936"), D("1 February 1937", "1937-02-01"),
        D("1958", "1958"), D("1967", "1967")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
