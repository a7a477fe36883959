#!/usr/bin/env python3
"""Batch 70r gold annotations (the texts of batch70r.py; session 64, round notes /tmp/gather70r/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70l; batch10_annotate.write_parts), so with three
texts: wp-air-kruise test, wp-lancashire-aircraft-corporation train, wp-morton-air-services dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1930s') -> nothing, as batches
60c-70l left them; a two-year span written '1967/8' -> nothing (neither year alone; doubtful); a birth date -> the
day ('born 29 June 1909'). No text tells an outage, so every `outages` list is empty; no near-miss of one beyond
business events (Air Kruise's absorption of 1957, Morton's of 1968; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70l): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): one person named alone as setting up or founding a company -> `founder` ('setting up his
own company, officially named Air Kruise (Kent) Ltd', 'T.W. "Sammy" Morton founded Morton Air Services', 'Its
founding father was Eric Rylands' beside 'One of the founders was John Eric Rylands': 'founder' written of one person
of several stays `founder`), current true (no leaving told); 'became a director of' -> director, current true (no
leaving told); a person named 'of' a company with no post written -> no role ('Harold Bamberg of British Eagle', as
batch 18a's 'Brad Patrick of WMF'); military service ('left the RAF', 'former Royal Air Force pilot', 'Squadron
Leader', 'Captain') -> no role; completed takeovers -> acquired and parentOrganization (GUIDELINES, Relations: 'took
over'); 'absorbed into' a company (the absorbed company merged away) -> acquired only (as batches 33d, 66l and 70f read
it: 'It was absorbed into Silver City Airways'; doubtful), but 'absorbed into' a sister company in a group's
reorganisation -> nothing (as batches 68k and 69e read 'absorbed into British United Airways' and 'absorbed into
British United Island Airways': Morton, 'absorbed into British United Island Airways');
'became part of the Airwork group' -> parentOrganization; a company in a group whose 'reorganisation' absorbed it
-> parentOrganization under the group (Morton and British United Island Airways under British United Airways, from
'the reorganisation of the BUA group of companies'; doubtful); a merger creating a company with no buyer named ->
nothing (Airwork with Hunting-Clan); 'subsidiary' -> parentOrganization; a company 'founding' another ->
parentOrganization of the new company under it (Lancashire Aircraft Company under Samlesbury Engineering; doubtful, as
70l's 'started'); 'leading to the founding of' a company with no founder named -> nothing (Skyways Coach Air);
services operated 'in association with' a named airline -> partner, as written (doubtful); 'appointed to the Civilian
Repair Organisation' and winning repair work -> partner (a supply relation with a government scheme; doubtful); the
names services and routes 'operated as' -> Service with provider ('Trans-Channel Air Services', 'Trans Channel
Airways'; doubtful: trading names); aircraft types -> Service (GUIDELINES, Types), with no provider where the maker is
named only inside the name (De Havilland, Miles, Airspeed, Bristol, Hawker, Supermarine) or the airline only flies or
repairs them; airports, aerodromes and streets -> Location (GUIDELINES, Types: named sites), a town's name used for
its airport -> alias of the airport ('Lympne', 'Ramsgate'; doubtful); the RAF, Royal Air Force and the Civilian
Repair Organisation -> Organization; events ('World War II', 'the Berlin Airlift') and industries ('the Inclusive
Tour (IT) industry') -> nothing; 'British', 'DFC' (an award) -> nothing.
usage: batch70r_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, UK: Air Kruise -----------------------------------------------------------------------------------
AK = "Air Kruise"
SC = "Silver City Airways"
HK = "Hugh Kennard"
A["wp-air-kruise"] = dict(
 # the airline -> Company 'Air Kruise', alias 'Air Kruise (Kent) Ltd' ('officially named'); Silver City Airways and
 # BEA -> Company; Hugh Kennard -> Person, alias 'Kennard'; the RAF -> Organization; Kent, France, Le Touquet and
 # Birmingham -> Location; Lympne Airport (alias 'Lympne': 'operations remained at Lympne', the route 'from Lympne')
 # and Ramsgate Airport (alias 'Ramsgate': 'extended to Ramsgate when it was reopened') -> Location (doubtful: the
 # towns' names read as the airports); the aircraft types 'Miles Messenger 2A', 'Airspeed Consul' and 'De Havilland
 # Dragon Rapide' (written 'De Havilland Dragon Rapides', alias 'Rapides') -> Service; the names the services were
 # operated under, 'Trans-Channel Air Services' and 'Trans Channel Airways' -> Service (doubtful, above). No entity:
 # 'World War II' (an event), 'DFC' (an award), 'Squadron Leader' (a rank), 'British'
 entities=[E("Company", AK, "Air Kruise (Kent) Ltd"), E("Location", "Kent"), E("Company", SC),
           E("Person", HK, "Kennard"), E("Organization", "RAF"), E("Service", "Miles Messenger 2A"),
           E("Location", "Lympne Airport", "Lympne"), E("Service", "Airspeed Consul"),
           E("Service", "De Havilland Dragon Rapide", "Rapides"), E("Location", "Le Touquet"), E("Location", "France"),
           E("Service", "Trans-Channel Air Services"), E("Company", "BEA"),
           E("Location", "Ramsgate Airport", "Ramsgate"), E("Service", "Trans Channel Airways"),
           E("Location", "Birmingham")],
 # 'became a director of Silver City Airways' -> director, current (no leaving told); 'setting up his own company,
 # officially named Air Kruise (Kent) Ltd' -> founder (one person alone). 'left the RAF' (military service) -> no role
 roles=[R(HK, "director", SC), R(HK, "founder", AK)],
 # 'It was absorbed into Silver City Airways in 1957' -> acquired only (merged away); 'operated as "Trans-Channel Air
 # Services in association with BEA"' -> partner Air Kruise, BEA (as written; doubtful) and provider for the name;
 # 'the Lympne - Le Touquet route operated as Trans Channel Airways' -> provider. Near-misses, no relation: Kennard's
 # directorship (a role, not a link between the companies), the lease on Ramsgate Airport (a site), the aircraft
 # types (no maker an entity)
 relations=[L(SC, "acquired", AK), L(AK, "partner", "BEA"),
            L("Trans-Channel Air Services", "provider", AK), L("Trans Channel Airways", "provider", AK)],
 outages=[],
 # 'in 1946' (twice), 'in 1957', 'in August 1946', 'from 1950', 'in August 1950', 'In June 1952', 'on 27 June 1953',
 # 'the 1952 and 1953 seasons' -> one item each. No date: 'Over the next few years' (relative), 'after World War II'
 dates=[D("1946", "1946"), D("1957", "1957"), D("August 1946", "1946-08"), D("1950", "1950"),
        D("August 1950", "1950-08"), D("June 1952", "1952-06"), D("27 June 1953", "1953-06-27"), D("1952", "1952"),
        D("1953", "1953")])

# ---- airlines, UK: Morton Air Services --------------------------------------------------------------------------
MO = "Morton Air Services"
BUA = "British United Airways"
BUIA = "British United Island Airways"
TM = 'T.W. "Sammy" Morton'
A["wp-morton-air-services"] = dict(
 # the airline -> Company 'Morton Air Services', alias 'Morton' ('Morton took over', "Prior to Morton's inception");
 # Olley Air Service, Airwork ('the Airwork group'), Hunting-Clan, British United Airways (alias 'BUA') and British
 # United Island Airways (alias 'BUIA') -> Company; the Royal Air Force -> Organization; T.W. "Sammy" Morton ->
 # Person, aliases '"Sammy" Morton' and 'Capt. Morton' (the bare 'Morton' is the airline's; doubtful); Amy Johnson ->
 # Person; the British Isles, the United Kingdom (alias 'UK'), Continental Europe and London -> Location; Croydon
 # Airport and Paris Le Bourget (an airport, written without 'Airport') -> Location; the aircraft types 'Airspeed
 # Consul', 'De Havilland Dragon Rapide' and 'de Havilland Dove' -> Service. No entity: 'World War II' (in
 # 'post-World War II'), 'British'
 entities=[E("Company", MO, "Morton"), E("Location", "British Isles"), E("Location", "United Kingdom", "UK"),
           E("Location", "Continental Europe"), E("Company", "Olley Air Service"), E("Company", "Airwork"),
           E("Company", "Hunting-Clan"), E("Company", BUA, "BUA"), E("Company", BUIA, "BUIA"),
           E("Organization", "Royal Air Force"), E("Person", TM, '"Sammy" Morton', "Capt. Morton"),
           E("Location", "London"), E("Location", "Croydon Airport"), E("Location", "Paris Le Bourget"),
           E("Person", "Amy Johnson"), E("Service", "Airspeed Consul"), E("Service", "De Havilland Dragon Rapide"),
           E("Service", "de Havilland Dove")],
 # 'Captain T.W. "Sammy" Morton founded Morton Air Services' -> founder (one person alone), current true. 'former
 # Royal Air Force pilot' (military service) -> no role; Amy Johnson flew with Morton before the airline -> no role
 roles=[R(TM, "founder", MO)],
 # 'In 1953, Morton took over rival independent UK airline Olley Air Service' -> acquired and parentOrganization;
 # 'Morton became part of the Airwork group' -> parentOrganization; 'Morton retained its identity following the ...
 # merger that led to the creation of British United Airways (BUA)' with 'The reorganisation of the BUA group of
 # companies ... resulted in Morton being absorbed into British United Island Airways (BUIA)' -> Morton and BUIA
 # under BUA (parentOrganization; doubtful, above). Near-misses, no relation: 'Morton being absorbed into British
 # United Island Airways' (a group's reorganisation, merged away: nothing, as batches 68k and 69e; doubtful: a
 # reader might give acquired or parentOrganization to BUIA); 'the 1960 Airwork — Hunting-Clan merger' (a merger
 # forming a new company, no buyer named: neither under BUA), the aircraft types (no maker an entity)
 relations=[L(MO, "acquired", "Olley Air Service"), L("Olley Air Service", "parentOrganization", MO),
            L(MO, "parentOrganization", "Airwork"), L(MO, "parentOrganization", BUA),
            L(BUIA, "parentOrganization", BUA)],
 outages=[],
 # 'formed in 1945' / 'In 1945', 'In 1953', 'In 1958', 'the 1960 ... merger', 'in 1968' -> the years. No date:
 # 'during 1967/8' (a span; doubtful), 'in the 1930s' (a decade)
 dates=[D("1945", "1945"), D("1953", "1953"), D("1958", "1958"), D("1960", "1960"), D("1968", "1968")])

# ---- airlines, UK: Lancashire Aircraft Corporation --------------------------------------------------------------
LC = "Lancashire Aircraft Corporation"
SE = "Samlesbury Engineering Ltd"
ER = "John Eric Rylands"
CRO = "Civilian Repair Organisation"
A["wp-lancashire-aircraft-corporation"] = dict(
 # the airline -> Company 'Lancashire Aircraft Corporation', alias 'LAC'; Samlesbury Engineering Ltd (alias
 # 'Samlesbury Engineering'), Lancashire Aircraft Company, Skyways Coach Air and British Eagle -> Company; John Eric
 # Rylands (alias 'Eric Rylands'), Harold Bamberg and Freddie Laker -> Person; the Civilian Repair Organisation ->
 # Organization (a wartime government scheme); Samlesbury Aerodrome, Blackburn, Lancashire, Berkeley Street, London,
 # Blackpool and Stanley Park Aerodrome -> Location; the aircraft types 'Bristol Beaufighter' (written 'Bristol
 # Beaufighters', alias 'Beaufighter'), 'Beaufort' (written 'Beauforts'), 'Hawker Hurricane' and 'Supermarine Seafire'
 # (written in the plural) -> Service. No entity: 'World War II', 'the war' and 'the Berlin Airlift' (events), 'the
 # Inclusive Tour (IT) industry' (an industry), 'Coach-air services' (generic), 'W1' (a postcode district)
 entities=[E("Company", LC, "LAC"), E("Person", ER, "Eric Rylands"), E("Company", "Skyways Coach Air"),
           E("Company", SE, "Samlesbury Engineering"), E("Company", "Lancashire Aircraft Company"),
           E("Location", "Samlesbury Aerodrome"), E("Location", "Blackburn"), E("Location", "Lancashire"),
           E("Location", "Berkeley Street"), E("Location", "London"), E("Person", "Harold Bamberg"),
           E("Company", "British Eagle"), E("Person", "Freddie Laker"), E("Organization", CRO),
           E("Service", "Bristol Beaufighter", "Beaufighter"), E("Service", "Beaufort"), E("Location", "Blackpool"),
           E("Location", "Stanley Park Aerodrome"), E("Service", "Hawker Hurricane"),
           E("Service", "Supermarine Seafire")],
 # 'Its founding father was Eric Rylands' / 'One of the founders was John Eric Rylands' -> founder (GUIDELINES,
 # Founders: 'founder' written of one person of several stays founder), current true. 'Harold Bamberg of British
 # Eagle' (no post written) and Freddie Laker (no organisation) -> no role
 roles=[R(ER, "founder", LC)],
 # 'Its major subsidiary, Samlesbury Engineering' / 'along with a subsidiary, Samlesbury Engineering Ltd' ->
 # parentOrganization; 'Samlesbury Engineering ... also founding Lancashire Aircraft Company' -> parentOrganization
 # under Samlesbury Engineering (doubtful, above); 'LAC was appointed to the Civilian Repair Organisation, and won
 # business repairing ...' -> partner LAC, CRO (as written; doubtful). Near-misses, no relation: 'leading to the
 # founding of Skyways Coach Air' (no founder named), 'Harold Bamberg of British Eagle' (a person's company), the
 # aircraft types (repaired or scrapped, no maker an entity)
 relations=[L(SE, "parentOrganization", LC), L("Lancashire Aircraft Company", "parentOrganization", SE),
            L(LC, "partner", CRO)],
 outages=[],
 # '(born 29 June 1909)' -> the day; 'in 1944' -> the year. No date: 'after World War II', 'during World War II',
 # 'Towards the end of the war' (events)
 dates=[D("29 June 1909", "1909-06-29"), D("1944", "1944")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
