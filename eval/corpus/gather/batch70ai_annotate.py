#!/usr/bin/env python3
"""Batch 70ai gold annotations (the texts of batch70ai.py; session 64, round notes /tmp/gather70ai/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70ac; batch10_annotate.write_parts), so with three
texts: wp-air-queensland test, wp-macrobertson-miller-airlines train, wp-red-white-services dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the early 1930s', 'the 1930s') ->
nothing, as batches 60c-70ac left them. No text tells an outage, so every `outages` list is empty; no near-miss of one
beyond business events (an aircraft type withdrawn, a merger, a sale; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70ac): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): one person named alone as founding a company -> `founder` ('Bush Pilots founder Bob
Norman'; 'Horrie Miller ... launched the Commercial Aviation Company'; 'Miller formed MacRobertson-Miller Aviation',
with Macpherson Robertson named as backer 'in partnership with the backing of', so no role for him (doubtful: a reader
might give both `cofounder`); 'John Watts ... started two bus companies' and 'John Watts formed Red & White Services
Ltd' -> founder of each), current true (no leaving told); people named together as forming a company -> `cofounder`
('formed in 1930 by coach operators George Taylor ..., Alfred Harding ... and J.W. Scott'), the 'sleeping partner
Evan R. Davies' no role (an investor, no post; doubtful); completed purchases by a company -> acquired and
parentOrganization (GUIDELINES, Relations: 'Bush Pilots Airways acquired Somerset Airways'; 'After being purchased by
Ansett Transport Industries'; 'Red & White acquired the business of Red Bus Services'; 'Red & White purchased
All-British Travels Ltd'); 'absorbed ..., taking over its Douglas DC-3 aircraft' -> acquired only (absorbed read as
merged away; doubtful); 'X and Y merged' with no buyer told -> nothing (GUIDELINES: a merger where the text does not
say who buys whom), but 'with MacRobertson's holding a 62% shareholding' -> parentOrganization of the merged airline
(a majority holding; doubtful: 'MacRobertson's' read as the confectionery company, not Macpherson Robertson's own
holding); an aircraft bought from a company ('purchased from Adastra Airways Ltd') -> nothing (an asset purchase);
'won a Commonwealth Government contract for airmail services' -> partner (a contract between two named organisations,
as batch 70ac's Royal Flying Doctor Service; direction as written, the airline first); 'one of the founder members of
the Associated Motorways consortium' -> nothing (a membership; the consortium's other members unnamed; doubtful);
'the group's UK bus interests were sold to the British Transport Commission' -> nothing (no named company sold);
'Red & White evolved into Red & White United Transport Ltd' -> a Company of its own, alias 'United Transport
Company' (its later name), no relation (the text says it owned bus and road freight companies but names none;
doubtful: a reader might make it Red & White's alias or parent); 'to bring together the various bus companies he had
formed or acquired' -> nothing (the companies not named there; doubtful: Gloucestershire Transport and The Valleys
Motor Bus Services might be read as its subsidiaries); aircraft models -> Service under the singular name a plural
holds ('Britten-Norman Trislander' in 'Britten-Norman Trislanders', 'Swearingen Metroliner', 'Douglas DC-3' in
'Douglas DC-3 aircraft' and 'Douglas DC-3s', as batches 65q, 68e and 70ac), a quoted model name -> the model's alias
('de Havilland DH-90' with '\"Dragonfly\"' as 'Dragonfly'); a registration ('VH-AAD') -> no entity (one aircraft, as
ships' names); no provider for a fleet (as batches 65q, 68e and 70ac); former and later names of the same business ->
aliases (GUIDELINES, Types: 'Bush Pilots Airways', 'Bush Pilots', 'BPA'; 'MMA', 'MacRobertson-Miller Aviation',
'MacRobertson Miller', 'Ansett WA' (the rebrand after the sale; doubtful, as 70ac's Northern Airlines); 'Gloster (Red &
White) Services' for Gloucestershire Transport ('the Lydney business adopted the name'); 'Red & White Services',
'Red & White'); governments and public bodies -> Organization ('the Commonwealth Government', 'the British Transport
Commission'), a consortium of operators -> Organization ('the Associated Motorways consortium'; doubtful); an airport
-> Location ('Longreach Airport'); regions -> Location ('South Wales'; 'Wales' from 'south east Wales', 'Africa' from
'southern Africa', as 70ac listed 'England' from 'southern England'; 'the Swansea area' -> 'Swansea'); 'UK' in 'the
group's UK bus interests' -> the United Kingdom's alias; 'Western Australian', 'Australian' (adjectives) and 'the
state' -> as written.
usage: batch70ai_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, Australia: Air Queensland ---------------------------------------------------------------------------
AQ = "Air Queensland"
A["wp-air-queensland"] = dict(
 # the airline -> Company 'Air Queensland', aliases 'Bush Pilots Airways' (its name until 1978), 'Bush Pilots' and
 # 'BPA' (its name 1978-1981); Bob Norman -> Person; Adastra Airways Ltd, Somerset Airways and Queensland Pacific
 # Airways Ltd -> Company; Longreach Airport and the places -> Location; the aircraft models -> Service. No entity:
 # 'VH-AAD' (a registration), 'the state' (generic)
 entities=[E("Company", AQ, "Bush Pilots Airways", "Bush Pilots", "BPA"), E("Location", "Queensland"),
           E("Location", "Australia"), E("Service", "de Havilland DH-90", "Dragonfly"),
           E("Company", "Adastra Airways Ltd"), E("Location", "Sydney"), E("Location", "Cairns"),
           E("Person", "Bob Norman"), E("Company", "Somerset Airways"), E("Location", "Longreach Airport"),
           E("Service", "Auster J-1N Alpha"), E("Service", "Beech Bonanza"),
           E("Company", "Queensland Pacific Airways Ltd"), E("Service", "Douglas DC-3"),
           E("Service", "Britten-Norman Trislander"), E("Service", "Swearingen Metroliner"),
           E("Location", "Groote Eylandt"), E("Location", "Northern Territory"), E("Location", "Brisbane"),
           E("Location", "Townsville"), E("Location", "Maroochydore"), E("Location", "Maryborough"),
           E("Location", "Bundaberg"), E("Location", "Gladstone"), E("Location", "Rockhampton"),
           E("Location", "Mackay"), E("Location", "Cooktown"), E("Location", "Karumba"), E("Location", "Normanton")],
 # 'Bush Pilots founder Bob Norman' -> founder, current true
 roles=[R("Bob Norman", "founder", AQ)],
 # 'In 1963 Bush Pilots Airways acquired Somerset Airways' -> acquired and parentOrganization; 'Bush Pilots absorbed
 # Queensland Pacific Airways Ltd, taking over its Douglas DC-3 aircraft' -> acquired only (absorbed, merged away;
 # doubtful). Near-misses, no relation: the DH-90 'purchased from Adastra Airways Ltd' (an asset purchase), the fleet
 # (no provider)
 relations=[L(AQ, "acquired", "Somerset Airways"), L("Somerset Airways", "parentOrganization", AQ),
            L(AQ, "acquired", "Queensland Pacific Airways Ltd")],
 outages=[],
 # 'from 1951 until 1988', 'in 1951' (same texts, listed once), 'In 1963', 'in 1950', 'In 1978' -> the years; 'In May
 # 1972' -> the month; 'On 1 December 1981', 'on 7 April 1988' -> the days
 dates=[D("1951", "1951"), D("1988", "1988"), D("1963", "1963"), D("1950", "1950"), D("May 1972", "1972-05"),
        D("1978", "1978"), D("1 December 1981", "1981-12-01"), D("7 April 1988", "1988-04-07")])

# ---- airlines, Australia: MacRobertson Miller Airlines ------------------------------------------------------------
MMA = "MacRobertson Miller Airlines"
ATI = "Ansett Transport Industries"
CAC = "Commercial Aviation Company"
A["wp-macrobertson-miller-airlines"] = dict(
 # the airline -> Company 'MacRobertson Miller Airlines', aliases 'MMA', 'Ansett WA' (its later brand; doubtful),
 # 'MacRobertson-Miller Aviation' (its name at forming) and 'MacRobertson Miller'; Horrie Miller -> Person, alias
 # 'Miller'; Macpherson Robertson -> Person; Ansett Transport Industries, the Commercial Aviation Company, West
 # Australian Airways, Airlines WA and MacRobertson's -> Company (doubtful, MacRobertson's: the holder of the 62%);
 # the Commonwealth Government -> Organization; the places -> Location; the aircraft models -> Service. No entity:
 # 'Western Australian' (an adjective)
 entities=[E("Company", MMA, "MMA", "Ansett WA", "MacRobertson-Miller Aviation", "MacRobertson Miller"),
           E("Company", ATI), E("Person", "Horrie Miller", "Miller"), E("Service", "Armstrong Whitworth F.K.8"),
           E("Location", "United Kingdom"), E("Company", CAC), E("Location", "Rochester"), E("Location", "Victoria"),
           E("Location", "Adelaide"), E("Location", "Mount Gambier"), E("Service", "Airco DH.9"),
           E("Person", "Macpherson Robertson"), E("Location", "Perth"), E("Organization", "Commonwealth Government"),
           E("Location", "Daly Waters"), E("Location", "Northern Territory"), E("Company", "West Australian Airways"),
           E("Company", "Airlines WA"), E("Company", "MacRobertson's"), E("Location", "Esperance"),
           E("Location", "Western Australia"), E("Location", "Darwin")],
 # 'Horrie Miller ... launched the Commercial Aviation Company' -> founder; 'in partnership with the backing of
 # chocolate millionaire Macpherson Robertson, Miller formed MacRobertson-Miller Aviation' -> founder (Miller),
 # current true; Macpherson Robertson no role (a backer; doubtful, above). Near-miss, no role: 'chocolate
 # millionaire' (no post)
 roles=[R("Horrie Miller", "founder", CAC), R("Horrie Miller", "founder", MMA)],
 # 'After being purchased by Ansett Transport Industries in 1968' -> acquired and parentOrganization; 'it won a
 # Commonwealth Government contract for airmail services' -> partner; 'MacRobertson-Miller Aviation and Airlines WA
 # merged with MacRobertson's holding a 62% shareholding' -> parentOrganization of the airline (a majority holding;
 # doubtful), the merger itself nothing (no buyer told). Near-misses, no relation: the route 'previously ... operated
 # by West Australian Airways' (no tie between the airlines), the Commercial Aviation Company and MacRobertson-Miller
 # Aviation (no tie told), aircraft bought (assets; no provider)
 relations=[L(ATI, "acquired", MMA), L(MMA, "parentOrganization", ATI), L(MMA, "partner", "Commonwealth Government"),
            L(MMA, "parentOrganization", "MacRobertson's")],
 outages=[],
 # 'between 1927 and 1993', 'In 1927' (same text, listed once), 'in 1968', 'In 1919', 'In 1955' -> the years; 'On 8
 # October 1920' -> the day; 'During May 1928', 'In October 1934' -> the months
 dates=[D("1927", "1927"), D("1993", "1993"), D("1968", "1968"), D("1919", "1919"), D("8 October 1920", "1920-10-08"),
        D("May 1928", "1928-05"), D("October 1934", "1934-10"), D("1955", "1955")])

# ---- bus operators, UK: Red & White Services ----------------------------------------------------------------------
RWS = "Red & White Services Ltd"
ABT = "All-British Travels Ltd"
GT = "Gloucestershire Transport"
VMB = "The Valleys Motor Bus Services"
A["wp-red-white-services"] = dict(
 # the operator -> Company 'Red & White Services Ltd', aliases 'Red & White Services' and 'Red & White'; Red & White
 # United Transport Ltd -> Company, alias 'United Transport Company' (doubtful, above); Gloucestershire Transport
 # (alias 'Gloster (Red & White) Services'), The Valleys Motor Bus Services, Red Bus Services and All-British Travels
 # Ltd -> Company; the British Transport Commission and the Associated Motorways consortium -> Organization (doubtful,
 # the consortium); John Watts, George Taylor, Alfred Harding, J.W. Scott and Evan R. Davies -> Person; the places ->
 # Location. No entity: 'the group' (generic), 'the Swansea area' beyond 'Swansea'
 entities=[E("Company", RWS, "Red & White Services", "Red & White"), E("Location", "Wales"),
           E("Location", "Gloucestershire"), E("Location", "England"),
           E("Company", "Red & White United Transport Ltd", "United Transport Company"),
           E("Location", "United Kingdom", "UK"), E("Location", "Africa"),
           E("Organization", "British Transport Commission"), E("Person", "John Watts"), E("Location", "Lydney"),
           E("Company", GT, "Gloster (Red & White) Services"), E("Company", VMB), E("Location", "Tredegar"),
           E("Location", "South Wales"), E("Location", "Gloucester"), E("Location", "Hereford"),
           E("Location", "London"), E("Location", "Liverpool"), E("Location", "Glasgow"), E("Location", "Cardiff"),
           E("Location", "Blackpool"), E("Organization", "Associated Motorways"), E("Location", "Chepstow"),
           E("Location", "Swansea"), E("Company", "Red Bus Services"), E("Location", "Stroud"), E("Company", ABT),
           E("Person", "George Taylor"), E("Location", "Chester"), E("Person", "Alfred Harding"),
           E("Location", "Birkenhead"), E("Person", "J.W. Scott"), E("Location", "Edinburgh"),
           E("Person", "Evan R. Davies"), E("Location", "Pwllheli")],
 # 'John Watts ... started two bus companies. One, Gloucestershire Transport ... The other, The Valleys Motor Bus
 # Services' -> founder of each; 'John Watts formed Red & White Services Ltd' -> founder; 'formed in 1930 by coach
 # operators George Taylor ..., Alfred Harding ... and J.W. Scott' -> cofounder each; all current true. Near-misses,
 # no role: 'sleeping partner Evan R. Davies, a solicitor in Pwllheli' (no post at a named organisation; doubtful)
 roles=[R("John Watts", "founder", GT), R("John Watts", "founder", VMB), R("John Watts", "founder", RWS),
        R("George Taylor", "cofounder", ABT), R("Alfred Harding", "cofounder", ABT),
        R("J.W. Scott", "cofounder", ABT)],
 # 'Red & White acquired the business of Red Bus Services of Stroud' and 'Red & White purchased All-British Travels
 # Ltd' -> acquired and parentOrganization. Near-misses, no relation: 'evolved into Red & White United Transport Ltd'
 # and 'to bring together the various bus companies' (doubtful, above), 'sold to the British Transport Commission' (no
 # named company sold), 'one of the founder members of the Associated Motorways consortium' (a membership; doubtful),
 # 'acquiring nearby operators', 'coach operators were acquired', 'several bus companies in the Swansea area' (unnamed)
 relations=[L(RWS, "acquired", "Red Bus Services"), L("Red Bus Services", "parentOrganization", RWS),
            L(RWS, "acquired", ABT), L(ABT, "parentOrganization", RWS)],
 outages=[],
 # 'between 1929 and 1978', 'In 1929' (same text, listed once), 'in 1937', 'in 1950', 'In 1922', 'In 1926', 'By
 # 1928', 'In 1934', 'In 1933', 'in 1930' -> the years. No date: 'the early 1930s', 'the 1930s' (decades)
 dates=[D("1929", "1929"), D("1978", "1978"), D("1937", "1937"), D("1950", "1950"), D("1922", "1922"),
        D("1926", "1926"), D("1928", "1928"), D("1934", "1934"), D("1933", "1933"), D("1930", "1930")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
