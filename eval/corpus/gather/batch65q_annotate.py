#!/usr/bin/env python3
"""Batch 65q gold annotations (the texts of batch65q.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-65h; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); 'early 2006' and 'mid 1946' -> the year (GUIDELINES,
Dates: 'late 2006' -> the year; doubtful for 'mid'); decades and parts of decades ('the 1950s and early 1960s', 'the
early 1950s', 'the 1980s', 'the 1990s') -> nothing, as batches 60c-65h left them; the year in a law's name ('the
Airline Deregulation Act of 1978') -> no date (batch 41e, as batch 62i recorded it). No text tells an outage, so every
`outages` list is empty; none tells a near-miss of one (an aircraft type withdrawn from service, a subsidiary closed,
mergers, a takeover and an association ended are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-65h): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('The airline was established ... by
Ted Langton', 'established in the early 1950s by Eric Rylands', 'Kenny Friedkin founded the airline'), two named
together each `cofounder` ('founded ... by Saeb Salam and Fawzi EL-Hoss'), current true; 'X had been taken over by Y',
"Y's acquisition of X" and 'Y took over X' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions, the target kept); 'X was merged into Y' -> acquired(Y, X) only (the target merged away; batches 40v, 64h
and 65h; doubtful); a purchased airline 'integrated into' a sister airline -> acquired by the buyer only (merged away);
'became part of', 'immediate parent company', 'themselves too part of', 'a wholly owned subsidiary' and 'its airline'
-> parentOrganization (batch 64i's 'became part of'; no acquired where no purchase is told); "merged with" and
'formed' with no buyer told -> nothing; minority stakes and holdings ('acquired a stake', 'acquired 49% of MEA's
shares', 'a 30% holding') -> nothing (GUIDELINES, Relations, as batches 60k, 62l and 63i read stakes); an airline
flying for a tour operator ('flying ... for', 'operate services for'), a management contract, a signed partnership
agreement with an airline alliance (as dev's 'Air Berlin' partner 'Oneworld') and a maker's customer number ->
partner, direction as written (GUIDELINES, Relations: supply/customer contracts; doubtful for the customer number);
'a Skyways associate' and a successor company -> no parent link; aircraft bought, leased or introduced -> nothing
(assets); aircraft models -> Service, from their plurals ('Lockheed Constellations', 'Dragon Rapides', 'DC-3s',
'Comet 4Cs', as batch 64h's 'Cessna UC-78 Bobcats'), their makers named only inside them no entity, and a model's
series ('Britannia 102') its own Service (doubtful); former and later names of one company -> aliases (GUIDELINES,
Types: 'as Euravia', 'USAir then changed its name to US Airways', 'The full title was then ...'); a group named three
ways ('Thomson', 'the Thomson Travel Group', 'the Thomsons Group') -> one Company (doubtful); an airline alliance
('SkyTeam') -> Organization (as the corpus's 'SkyTeam' and 'Oneworld'); a newspaper ('the Los Angeles Times') ->
Company, its opinion section ('Opinion L.A.', as batch 64h's 'Business Day') no entity; slogans, a livery's nickname
('the PSA Grinningbirds'), a law, a war, a press conference and unnamed travel agents and tour operators -> no
entity; airports -> Location (GUIDELINES, Types); 'Canadian-owned', 'European', 'German', 'Scandinavian' (adjectives)
-> nothing.
usage: batch65q_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, UK: Britannia Airways ------------------------------------------------------------------------------
BA = "Britannia Airways"
TTG = "Thomson Travel Group"
A["wp-britannia-airways"] = dict(
 # the airline -> Company 'Britannia Airways', aliases 'Euravia' ('started operations ... as Euravia (London)', its
 # first name; "Euravia's acquisition"; GUIDELINES, Types) and 'Britannia' ('Britannia became part of Thomson',
 # "Britannia's immediate parent company"; the same letters also stand inside 'Bristol Britannia', 'Britannia 102' and
 # 'Britannia GmbH', other entities); Skyways, Skyways Coach-Air, Skyways International, Dan-Air, Universal Sky Tours,
 # Horizon Travel, Orion Airways, Skytours, Portland Direct and Britannia GmbH -> Company; the Thomson group ->
 # Company 'Thomson Travel Group', aliases 'Thomson' ('became part of Thomson') and 'Thomsons Group' ('themselves too
 # part of the Thomsons Group') (one group named three ways: the text calls the Thomson Travel Group Britannia's
 # 'immediate parent company', the post 'Thomson' held from 1965; doubtful: a reader might list 'Thomson' of 1965 and
 # the 'Thomsons Group' of the 1990s apart); the International Thomson Organisation -> Company; Ted Langton and Eric
 # Rylands -> Person; the aircraft models Lockheed Constellation (from 'Lockheed Constellations'), Bristol Britannia,
 # Britannia 102 (a series of that model, its own Service; doubtful: a reader might fold it into the Bristol
 # Britannia), Boeing 737-200 and Boeing 767 -> Service (GUIDELINES, Types: aircraft models; Lockheed, Bristol and
 # Boeing named only inside them get no entity); London (also in 'Euravia (London)'), Britain, Germany, Switzerland and
 # Austria -> Location. No entity: 'Canadian-owned', 'European capital cities', 'German tour operators' (adjectives and
 # unnamed groups), 'inclusive tour holidays' and 'coach-air services' (kinds of service, unnamed)
 entities=[E("Company", BA, "Euravia", "Britannia"), E("Person", "Ted Langton"), E("Location", "London"),
           E("Service", "Lockheed Constellation"), E("Company", "Universal Sky Tours"), E("Company", "Skyways"),
           E("Location", "Britain"), E("Company", "Skyways Coach-Air"), E("Person", "Eric Rylands"),
           E("Company", "Skyways International"), E("Company", "Dan-Air"), E("Service", "Bristol Britannia"),
           E("Service", "Britannia 102"), E("Company", TTG, "Thomson", "Thomsons Group"),
           E("Company", "International Thomson Organisation"), E("Service", "Boeing 737-200"),
           E("Service", "Boeing 767"), E("Company", "Horizon Travel"), E("Company", "Orion Airways"),
           E("Company", "Skytours"), E("Company", "Portland Direct"), E("Company", "Britannia GmbH"),
           E("Location", "Germany"), E("Location", "Switzerland"), E("Location", "Austria")],
 # 'The airline was established on 1 December 1961 by Ted Langton' -> founder at Britannia Airways (one person named
 # alone as founding it, GUIDELINES, Roles, 'Founders'; 'established' read as 'founded'), current true; 'Skyways
 # Coach-Air ... established in the early 1950s by Eric Rylands' -> founder at Skyways Coach-Air, current true.
 # Near-misses, no role: 'Britannia's immediate parent company' (an owner, no person); nobody else is named with a post
 roles=[R("Ted Langton", "founder", BA), R("Eric Rylands", "founder", "Skyways Coach-Air")],
 # 'Skyways ... had been taken over by Euravia in 1962' ("Euravia's acquisition of Skyways") -> acquired(Britannia
 # Airways, Skyways) and parentOrganization(Skyways, Britannia Airways) (a completed takeover; the target not said to
 # be merged away); 'its successor Skyways International was taken over by Dan-Air in 1972' -> acquired(Dan-Air,
 # Skyways International) and parentOrganization; 'flying Lockheed Constellations on inclusive tour holidays for
 # Universal Sky Tours' -> partner(Britannia Airways, Universal Sky Tours) (an airline flying a tour operator's
 # holidays: a customer relation, GUIDELINES, Relations; doubtful: no contract is named); 'In 1965 Britannia became part
 # of Thomson, itself part of the Canadian-owned International Thomson Organisation' -> parentOrganization(Britannia
 # Airways, Thomson Travel Group) (also "Britannia's immediate parent company, the Thomson Travel Group") and
 # parentOrganization(Thomson Travel Group, International Thomson Organisation) (no acquired: 'became part of' tells
 # no purchase, as batch 64i read it; doubtful: a reader might give acquired(Thomson Travel Group, Britannia Airways));
 # 'the Thomson Travel Group, purchased Horizon Travel and its airline, Orion Airways, which was integrated into
 # Britannia' -> acquired(Thomson Travel Group, Horizon Travel) and parentOrganization (a completed purchase),
 # acquired(Thomson Travel Group, Orion Airways) only (bought with its owner and merged away into Britannia: no parent
 # to the group) and parentOrganization(Orion Airways, Horizon Travel) ('its airline'; past ownership still recorded,
 # GUIDELINES, Relations); 'Britannia also began to operate services for Skytours and Portland Direct, themselves too
 # part of the Thomsons Group' -> partner(Britannia Airways, Skytours), partner(Britannia Airways, Portland Direct)
 # (flights for tour operators; doubtful, as above) and parentOrganization of each to the Thomson Travel Group;
 # 'Britannia formed a wholly owned subsidiary, Britannia GmbH' -> parentOrganization(Britannia GmbH, Britannia
 # Airways). Near-misses, no relation: 'Skyways Coach-Air, a Skyways associate' (an associate, not a subsidiary: no
 # parent link to Skyways); 'The Skyways takeover did not include Skyways Coach-Air' (no acquired of it); Skyways
 # International as 'its successor' (no alias of Skyways Coach-Air and no parent link between them; doubtful: a reader
 # might fold the two into one company); 'Orion Airways, which was integrated into Britannia' (no acquired(Britannia
 # Airways, Orion Airways): an integration within a group, not a purchase by the airline; doubtful beside batch 64h's
 # 'merged into' reading); Skytours and Universal Sky Tours (not said to be one company: no alias); 'German tour
 # operators' (unnamed); the aircraft bought and withdrawn (assets)
 relations=b10.acq(BA, "Skyways") + b10.acq("Dan-Air", "Skyways International") +
           [L(BA, "partner", "Universal Sky Tours"), L(BA, "parentOrganization", TTG),
            L(TTG, "parentOrganization", "International Thomson Organisation")] +
           b10.acq(TTG, "Horizon Travel") +
           [L(TTG, "acquired", "Orion Airways"), L("Orion Airways", "parentOrganization", "Horizon Travel"),
            L(BA, "partner", "Skytours"), L(BA, "partner", "Portland Direct"),
            L("Skytours", "parentOrganization", TTG), L("Portland Direct", "parentOrganization", TTG),
            L("Britannia GmbH", "parentOrganization", BA)],
 outages=[],
 # '1 December 1961', '5 May 1962', 'in 1962', 'in 1972', '16 August 1964', 'December 1970', 'In 1965', 'in 1968',
 # 'August 1988', 'In 1997', 'March 2001' -> the days, months and years. No date: 'the 1950s and early 1960s', 'the
 # early 1950s', 'the 1980s', 'the 1990s' (decades and parts of decades)
 dates=[D("1 December 1961", "1961-12-01"), D("5 May 1962", "1962-05-05"), D("1962", "1962"), D("1972", "1972"),
        D("16 August 1964", "1964-08-16"), D("December 1970", "1970-12"), D("1965", "1965"), D("1968", "1968"),
        D("August 1988", "1988-08"), D("1997", "1997"), D("March 2001", "2001-03")])

# ---- airlines, US: Pacific Southwest Airlines ---------------------------------------------------------------------
PSA = "Pacific Southwest Airlines"
USA = "US Airways"
A["wp-pacific-southwest-airlines"] = dict(
 # the airline -> Company 'Pacific Southwest Airlines', alias 'PSA' (also in "PSA's" and 'the PSA name'); US Airways
 # -> Company 'US Airways', alias 'USAir' ('USAir then changed its name to US Airways', one company under two names,
 # GUIDELINES, Types); America West Airlines, Piedmont Airlines, Allegheny Airlines, American Airlines, Boeing,
 # Jetstream International Airlines, Friedkin Airlines and the Los Angeles Times (a newspaper, GUIDELINES, Types) ->
 # Company; Kenny Friedkin (alias 'Friedkin', 'Friedkin obtained information'; the same letters also stand inside
 # 'Friedkin Airlines') -> Person; the Douglas DC-3 (alias 'DC-3', 'The DC-3 inaugurated') -> Service (an aircraft
 # model; Douglas named only inside it); the United States, San Diego, California, Oakland and Burbank -> Location.
 # No entity: '"The World's Friendliest Airline"' (a slogan), 'the PSA Grinningbirds' (its airplanes' painted
 # nickname, as batch 64h's logo; doubtful: a reader might take it for a Service), 'Opinion L.A.' (a newspaper's
 # opinion section, as batch 64h's 'Business Day'; doubtful), 'the Airline Deregulation Act of 1978' (a law), 'a
 # travel agent' (unnamed), 'the four airlines' (a group)
 entities=[E("Company", PSA, "PSA"), E("Location", "United States"), E("Location", "San Diego"),
           E("Location", "California"), E("Company", "Los Angeles Times"), E("Company", USA, "USAir"),
           E("Company", "America West Airlines"), E("Company", "Piedmont Airlines"),
           E("Company", "Allegheny Airlines"), E("Company", "American Airlines"), E("Company", "Boeing"),
           E("Company", "Jetstream International Airlines"), E("Person", "Kenny Friedkin", "Friedkin"),
           E("Service", "Douglas DC-3", "DC-3"), E("Company", "Friedkin Airlines"), E("Location", "Oakland"),
           E("Location", "Burbank")],
 # 'Kenny Friedkin founded the airline in 1949' -> founder at Pacific Southwest Airlines (one person named alone as
 # founding it, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'a failed precursor airline
 # (Friedkin Airlines)' (the text does not say who founded or ran it: no founder role for Friedkin there; doubtful: a
 # reader might infer it from the name and 'lessons learned'); the cut infobox's 'Founder and Original President' and
 # Jean Friedkin (not in the text)
 roles=[R("Kenny Friedkin", "founder", PSA)],
 # 'PSA was merged into USAir in 1988' ('Following the acquisition by and merger with USAir') -> acquired(US Airways,
 # Pacific Southwest Airlines) only (the target merged away: no parent; batches 40v, 64h and 65h read 'merged into'
 # so; here the text also says 'acquisition'); "PSA's Boeing customer number was 14" -> partner(Pacific Southwest
 # Airlines, Boeing) (a maker's customer, GUIDELINES, Relations: supply/customer relations and orders; doubtful: a
 # customer number tells no contract or order by itself, and a reader might give nothing). Near-misses, no relation:
 # 'PSA was one of the four airlines that formed US Airways, the others being America West Airlines, Piedmont Airlines
 # and Allegheny Airlines' (a formation by mergers, no buyer told for the other three: no acquired of them; GUIDELINES,
 # Relations); 'US Airways which in turn merged with American Airlines in 2013' (a merger with no buyer told);
 # 'the PSA name was given to Jetstream International Airlines by US Airways' (a name passed on: no alias 'PSA' for
 # Jetstream, and no parent link, as the text does not say US Airways owned it; doubtful: a reader might infer the
 # ownership); Friedkin Airlines as 'a failed precursor airline' (no parent link, no acquired); the leased DC-3 (an
 # asset; no lessor named)
 relations=[L(USA, "acquired", PSA), L(PSA, "partner", "Boeing")],
 outages=[],
 # 'from 1949 to 1988', 'in 1949' (one item), 'in 1988' (one item), 'in 2013' -> the years. No date: 'of 1978' (the
 # year in a law's name, batch 41e); '40 years', 'a $1,000-a-month' lease, 'number was 14' (a span, a sum, a number)
 dates=[D("1949", "1949"), D("1988", "1988"), D("2013", "2013")])

# ---- airlines, Lebanon: Middle East Airlines ----------------------------------------------------------------------
MEA = "Middle East Airlines \u2013 Air Liban S.A.L."
PAA = "Pan American World Airways"
A["wp-middle-east-airlines"] = dict(
 # the airline -> Company 'Middle East Airlines – Air Liban S.A.L.' (the fullest form, an en dash), aliases 'Middle
 # East Airlines' ('more commonly known as'), 'MEA' (also in "MEA's"), 'Middle East Airlines - Air Liban' (a hyphen
 # with spaces, 'Middle East Airlines - Air Liban was founded') and 'Middle East Airlines – Air Liban' ('The full
 # title was then ...'; a surface form of its own, without 'S.A.L.'); Air Liban (the airline it merged with), Air
 # France, BOAC, Pan American World Airways (alias 'Pan Am') and Lebanese International Airways -> Company; SkyTeam
 # (an airline alliance, as the corpus's SkyTeam and Oneworld) -> Organization; Saeb Salam and Fawzi EL-Hoss ->
 # Person; the aircraft models de Havilland DH.89A Dragon Rapide (from 'Dragon Rapides'), Douglas DC-3 (from 'DC-3s'),
 # Vickers Viscount, Avro York and de Havilland Comet 4C (from 'Comet 4Cs') -> Service (GUIDELINES, Types: aircraft
 # models; the makers named only inside them get no entity); Lebanon, Beirut, Beirut–Rafic Hariri International Airport
 # (an airport, GUIDELINES, Types; alias 'Rafic Hariri International Airport', its short form in 'from its base at'),
 # Asia, Europe, the Middle East (also 'the second member airline in the Middle East'), Africa, New York, Nicosia,
 # Iraq, Egypt and Syria -> Location. No entity: 'a press conference', 'a ceremony' (events), 'cargo aircraft' (a kind)
 entities=[E("Company", MEA, "Middle East Airlines", "MEA", "Middle East Airlines - Air Liban",
             "Middle East Airlines \u2013 Air Liban"),
           E("Location", "Lebanon"), E("Location", "Beirut"),
           E("Location", "Beirut\u2013Rafic Hariri International Airport", "Rafic Hariri International Airport"),
           E("Location", "Asia"), E("Location", "Europe"), E("Location", "Middle East"), E("Location", "Africa"),
           E("Organization", "SkyTeam"), E("Location", "New York"), E("Person", "Saeb Salam"),
           E("Person", "Fawzi EL-Hoss"), E("Company", "BOAC"), E("Service", "de Havilland DH.89A Dragon Rapide"),
           E("Location", "Nicosia"), E("Location", "Iraq"), E("Location", "Egypt"), E("Location", "Syria"),
           E("Service", "Douglas DC-3"), E("Company", PAA, "Pan Am"), E("Service", "Vickers Viscount"),
           E("Service", "Avro York"), E("Service", "de Havilland Comet 4C"), E("Company", "Air Liban"),
           E("Company", "Air France"), E("Company", "Lebanese International Airways")],
 # 'Middle East Airlines - Air Liban was founded on 31 May 1945 by Saeb Salam and Fawzi EL-Hoss' -> cofounder at the
 # airline for each (two people named together as founding it, GUIDELINES, Roles, 'Founders'), current true.
 # Near-misses, no role: nobody else is named; 'the flag carrier of Lebanon' (a status, no person)
 roles=[R("Saeb Salam", "cofounder", MEA), R("Fawzi EL-Hoss", "cofounder", MEA)],
 # 'the airline signed the partnership agreement with SkyTeam ..., and officially joined the alliance' ('a member of
 # the SkyTeam airline alliance') -> partner(the airline, SkyTeam) (a signed partnership agreement, as dev's Air
 # Berlin and Oneworld); 'with operational and technical support from BOAC' -> partner(the airline, BOAC) (a supply
 # of services between two named companies, ended by 'After the association with BOAC ended'; doubtful: 'support'
 # names no contract); 'Pan American World Airways acquired a stake and management contract in September 1949' ->
 # partner(Pan American World Airways, the airline) (a management contract, direction as written); 'In 1963, MEA also
 # took over Lebanese International Airways' -> acquired(the airline, Lebanese International Airways) and
 # parentOrganization (a completed takeover; the target not said to be merged away). Near-misses, no relation: Pan
 # Am's 'stake' and 'BOAC acquired 49% of MEA's shares' (minority stakes, GUIDELINES, Relations as the lane reads
 # them: no acquired, no parent; doubtful for BOAC's 49%); 'MEA was merged with Air Liban on 7 June 1963' and 'when the
 # airline was merged with Air Liban' (a merger with no buyer told: no acquired either way, GUIDELINES, Relations; no
 # alias 'Air Liban' for the airline, though its later full title contains it); 'which gave Air France a 30% holding'
 # (a minority holding); 'Pan Am was replaced when BOAC ...' (no relation between Pan Am and BOAC); the aircraft
 # acquired, introduced and leased (assets)
 relations=[L(MEA, "partner", "SkyTeam"), L(MEA, "partner", "BOAC"), L(PAA, "partner", MEA)] +
           b10.acq(MEA, "Lebanese International Airways"),
 outages=[],
 # 'early 2006' (-> the year, as 'late 2006', GUIDELINES, Dates), '28 February 2011', '28 June 2012', '31 May 1945',
 # '1 January 1946', 'mid 1946' (-> the year; doubtful: a middle of a year, which the Dates rule does not name),
 # 'September 1949', 'in 1955', 'October 1955', 'June 1957', '15 December 1960', '16 August 1961', '7 June 1963',
 # 'In 1963', 'November 1965' -> the days, months and years. No date: '17th member' (an ordinal), '49%', '30%'
 dates=[D("early 2006", "2006"), D("28 February 2011", "2011-02-28"), D("28 June 2012", "2012-06-28"),
        D("31 May 1945", "1945-05-31"), D("1 January 1946", "1946-01-01"), D("mid 1946", "1946"),
        D("September 1949", "1949-09"), D("1955", "1955"), D("October 1955", "1955-10"), D("June 1957", "1957-06"),
        D("15 December 1960", "1960-12-15"), D("16 August 1961", "1961-08-16"), D("7 June 1963", "1963-06-07"),
        D("1963", "1963"), D("November 1965", "1965-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
