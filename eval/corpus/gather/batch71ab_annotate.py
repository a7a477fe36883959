#!/usr/bin/env python3
"""Batch 71ab gold annotations (the texts of batch71ab.py; session 65, round notes /tmp/gather71ab/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71v; batch10_annotate.write_parts), so with three
texts: wp-aircraft-transport-and-travel test, wp-hillmans-airways train, wp-walter-varney dev. All are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates); decades, centuries and wars ('a 1930s British
airline', 'the early 20th century', 'the First World War', 'World War I') -> nothing, as batches 60c-71v left them;
durations ('every three hours', '2 hours and 30 minutes', 'within a year') -> nothing; a day with its year ('December
26, 1888', 'January 25, 1967', 'July 15, 1934') -> the day, the bare year of the same text ('in 1967', 'in 1934') listed
apart (another surface text). No text tells an outage, so every `outages` list is empty; no near-miss of one beyond
business events (formations, contracts won, a sale, a renaming, mergers; 'problems with bad weather' is no lost
service; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71v): one person named alone as forming or founding a company
-> founder ('Aircraft Transport and Travel (AT&T) was formed by George Holt Thomas'; 'formed in November 1931 as
Hillman's Saloon Coaches and Airways Limited by Edward Henry Hillman'; 'founded forerunners of two major U.S. airlines'
with 'He based his operation, Varney Air Service' -> founder of Varney Air Service (doubtful: 'founded' is said of the
forerunners, the operation is named apart)); two people named as founding one -> cofounder each ('Continental Airlines
was founded in 1934 by Varney and his partner Louis Mueller'; GUIDELINES, Founders), all current (a death is no
leaving, as earlier rounds kept founders current); a person running a company with no title -> executive ('It
continued operations, under the control of Frank Searle of Daimler Hire Limited' -> executive at Aircraft Transport
and Travel Limited; doubtful; no role at Daimler Hire Limited: no title there); a pilot who flew a flight -> no role
('Flown by Lt. H Shaw': a military rank, no organisation stated). Subsidiary, 'parent', 'part of' and 'combined under'
statements -> parentOrganization ('a subsidiary of Airco'; 'with its parent Aircraft Manufacturing Company Limited
(Airco), AT&T ... became part of the BSA group' -> AT&T to Airco and to the BSA group, and Airco to the BSA group;
'later became part of British Airways' (doubtful: the text also says 'merged with two other airlines to form British
Airways', as 71v's 'became part of Alder Valley'); 'United Airlines and Continental Airlines, which combined under
United Continental Holdings' -> each to the holding company (doubtful)). Completed purchases by a company -> acquired
and parentOrganization ('sold the much expanded Varney Air Group in 1930 to United Aircraft and Transport'); sales to a
company of an unnamed business -> nothing ('His previous business had been sold to London Transport'); contracts with
no named counterparty -> nothing ('was given a contract to fly air mail ... formerly operated by the Railway Air
Services'; 'it won the first British civil airmail contract'; 'Varney was awarded one of the first contracts'); a
merger with no buyer said -> nothing ('merged with two other airlines to form British Airways'; 'following a
five-company merger'); aircraft lent -> nothing ('Six Royal Air Force Airco DH.9A aircraft were lent to the company').
Aircraft models -> Service (GUIDELINES, Types): 'Airco DH.4A', 'Airco DH.9', 'Airco DH.9A' -> provider Aircraft
Manufacturing Company Limited (the maker's short name in the model's name, and the company named on its own); 'DH.16'
(written 'DH.16s') -> Service, no provider (the maker not named in the text; doubtful); 'de Havilland Puss Moth', 'de
Havilland Fox Moth', 'de Havilland Dragon' -> Service, no provider (de Havilland named only inside the model names;
GUIDELINES, Types). Entities: former, legal and other names of one business -> aliases (GUIDELINES, Types: 'Aircraft
Transport and Travel', 'AT&T' and 'Airco Air Express' of Aircraft Transport and Travel Limited; "Hillman's Airways",
"Hillman's Saloon Coaches and Airways Limited" and 'Edward Henry Hillman Limited' of Hillman's Airways Limited (named
by its legal name of the text's 'changed the legal name from Hillman's Airways Limited'); 'Varney Speed Lines' of
Continental Airlines ('founded ... as Varney Speed Lines'); 'Varney Air Group' of Varney Air Service ('the much
expanded Varney Air Group', read as the same operation grown; doubtful); 'United Air Lines' of United Airlines (the
airline's older spelling; doubtful: 'The company's name was changed to United Air Lines' could be read of United
Aircraft and Transport or of the Varney Air Group, so no link is drawn from the renaming)); short forms -> aliases
('Airco', 'Hillman', 'Varney', 'Le Bourget' of 'Paris - Le Bourget Airport'); 'the BSA group' -> Company 'BSA' (the
group by its name; doubtful); London Transport -> Organization (a statutory transport board, as 71v's SELNEC PTE;
doubtful); the Royal Air Force, the United States Army Air Corps and the 'Aviation Section, U.S. Signal Corps' ->
Organization (the unit by its fullest name; doubtful); 'U.S.' (in 'U.S. airlines') -> Location; airports, aerodromes
and airfields -> Location ('RAF Hendon', 'Paris - Le Bourget Airport', 'Hounslow Heath Aerodrome', 'Paris Le Bourget',
'Stapleford Aerodrome', 'Lynch Field'); 'the English Channel', 'continental Europe' -> Location 'English Channel',
'Europe'; 'northern California' -> Location 'California'; cities and states apart ('Pasco', 'Washington'; 'Elko',
'Nevada'; 'Boise', 'Idaho'; 'Pueblo', 'Colorado'; 'El Paso', 'Texas'; 'Las Vegas', 'New Mexico'; 'Santa Fe';
'Albuquerque'), as 71y's Springfield, Massachusetts; no entity: 'the British government' (a generic phrase), 'British',
'American' (adjectives), 'the Contract Air Mail Act' (a law), 'World War I' and 'the First World War' (events), 'two
other airlines', 'the much expanded', 'an aviation school and air taxi service' (generics).
usage: batch71ab_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, UK: Aircraft Transport and Travel --------------------------------------------------------------------
ATT = "Aircraft Transport and Travel Limited"
AIRCO = "Aircraft Manufacturing Company Limited"
A["wp-aircraft-transport-and-travel"] = dict(
 # the airline (aliases 'Aircraft Transport and Travel', 'AT&T', 'Airco Air Express'), the Aircraft Manufacturing
 # Company Limited (alias 'Airco'), the BSA group ('BSA'; doubtful) and Daimler Hire Limited -> Company; the Royal Air
 # Force -> Organization; George Holt Thomas, H Shaw and Frank Searle -> Person; the aircraft models -> Service; cities,
 # the Channel, airfields and the airport (alias 'Le Bourget') -> Location. No entity: 'the British government'
 entities=[E("Company", ATT, "Aircraft Transport and Travel", "AT&T", "Airco Air Express"),
           E("Company", AIRCO, "Airco"), E("Location", "London"), E("Location", "Paris"),
           E("Person", "George Holt Thomas"), E("Service", "Airco DH.4A"), E("Location", "Folkestone"),
           E("Location", "Ghent"), E("Location", "English Channel"), E("Person", "H Shaw"), E("Service", "Airco DH.9"),
           E("Location", "RAF Hendon"), E("Location", "Paris - Le Bourget Airport", "Le Bourget"),
           E("Service", "DH.16"), E("Location", "Hounslow Heath Aerodrome"), E("Organization", "Royal Air Force"),
           E("Service", "Airco DH.9A"), E("Location", "Hawkinge"), E("Location", "Cologne"), E("Company", "BSA"),
           E("Person", "Frank Searle"), E("Company", "Daimler Hire Limited")],
 # 'Aircraft Transport and Travel (AT&T) was formed by George Holt Thomas' -> founder; 'under the control of Frank
 # Searle of Daimler Hire Limited' -> executive at the airline (doubtful); both current (no leaving told)
 roles=[R("George Holt Thomas", "founder", ATT), R("Frank Searle", "executive", ATT)],
 # 'a subsidiary of Airco' / 'with its parent Aircraft Manufacturing Company Limited (Airco)' -> parentOrganization;
 # '... AT&T ... became part of the BSA group' with its parent -> parentOrganization each to BSA; the Airco models ->
 # provider. Near-misses, no relation: the RAF's aircraft lent and returned, the airmail contract (no counterparty)
 relations=[L(ATT, "parentOrganization", AIRCO), L(ATT, "parentOrganization", "BSA"),
            L(AIRCO, "parentOrganization", "BSA"), L("Airco DH.4A", "provider", AIRCO),
            L("Airco DH.9", "provider", AIRCO), L("Airco DH.9A", "provider", AIRCO)],
 outages=[],
 # 'On 5 October 1916', 'On 15 July 1919', 'On 25 August 1919' -> the days; 'In November 1919', 'In February 1920' ->
 # the months; 'In 1920' -> the year. No date: 'the First World War', '2 hours and 30 minutes'
 dates=[D("5 October 1916", "1916-10-05"), D("15 July 1919", "1919-07-15"), D("25 August 1919", "1919-08-25"),
        D("November 1919", "1919-11"), D("1920", "1920"), D("February 1920", "1920-02")])

# ---- airlines, UK: Hillman's Airways --------------------------------------------------------------------------------
HA = "Hillman's Airways Limited"
EHH = "Edward Henry Hillman"
A["wp-hillmans-airways"] = dict(
 # the airline (aliases its short name, first name and later legal name), British Airways and the Railway Air Services
 # -> Company; London Transport -> Organization (doubtful); Edward Henry Hillman (alias 'Hillman') -> Person; the de
 # Havilland models -> Service; places and aerodromes -> Location. No entity: 'a 1930s British airline', 'two other
 # airlines', 'His previous business'
 entities=[E("Company", HA, "Hillman's Airways", "Hillman's Saloon Coaches and Airways Limited",
             "Edward Henry Hillman Limited"),
           E("Company", "British Airways"), E("Person", EHH, "Hillman"), E("Location", "Essex"),
           E("Organization", "London Transport"), E("Location", "Romford"), E("Location", "Clacton"),
           E("Service", "de Havilland Puss Moth"), E("Service", "de Havilland Fox Moth"),
           E("Service", "de Havilland Dragon"), E("Location", "Paris Le Bourget"), E("Location", "London"),
           E("Location", "Liverpool"), E("Location", "Glasgow"), E("Location", "Belfast"),
           E("Company", "Railway Air Services"), E("Location", "Europe"), E("Location", "Ostend"),
           E("Location", "Brussels"), E("Location", "Stapleford Aerodrome")],
 # 'The company was formed in November 1931 as Hillman's Saloon Coaches and Airways Limited by Edward Henry Hillman'
 # -> founder (current: a death is no leaving). No role: 'a coach operator in Essex' (no organisation named)
 roles=[R(EHH, "founder", HA)],
 # 'later became part of British Airways' -> parentOrganization (doubtful: 'merged with two other airlines to form
 # British Airways'). Near-misses, no relation: the previous business 'sold to London Transport' (unnamed), the air
 # mail contract 'formerly operated by the Railway Air Services' (no counterparty), the merger itself
 relations=[L(HA, "parentOrganization", "British Airways")],
 outages=[],
 # 'in November 1931' -> the month; 'on 25 December 1931', 'on 1 April 1932', 'From 1 December 1934', 'On 1 June 1934',
 # 'on 31 December 1934' -> the days. No date: 'a 1930s British airline', 'within a year', 'every three hours'
 dates=[D("November 1931", "1931-11"), D("25 December 1931", "1931-12-25"), D("1 April 1932", "1932-04-01"),
        D("1 December 1934", "1934-12-01"), D("1 June 1934", "1934-06-01"), D("31 December 1934", "1934-12-31")])

# ---- airlines, US: Walter Varney ------------------------------------------------------------------------------------
WV = "Walter Thomas Varney"
VAS = "Varney Air Service"
UAT = "United Aircraft and Transport"
CO = "Continental Airlines"
UCH = "United Continental Holdings"
A["wp-walter-varney"] = dict(
 # Walter Thomas Varney (alias 'Varney') and Louis Mueller -> Person; United Airlines (alias 'United Air Lines';
 # doubtful), Continental Airlines (alias 'Varney Speed Lines'), United Continental Holdings, Varney Air Service (alias
 # 'Varney Air Group'; doubtful) and United Aircraft and Transport -> Company; the Aviation Section, U.S. Signal Corps
 # and the United States Army Air Corps -> Organization; 'U.S.', states, cities and Lynch Field -> Location. No entity:
 # 'the Contract Air Mail Act' (a law), 'World War I' (an event), 'American' (an adjective)
 entities=[E("Person", WV, "Varney"), E("Location", "U.S."), E("Company", "United Airlines", "United Air Lines"),
           E("Company", CO, "Varney Speed Lines"), E("Company", UCH),
           E("Organization", "Aviation Section, U.S. Signal Corps"), E("Location", "California"),
           E("Location", "Lynch Field"), E("Location", "Redwood City"), E("Location", "San Francisco"),
           E("Organization", "United States Army Air Corps"), E("Company", VAS, "Varney Air Group"),
           E("Location", "Pasco"), E("Location", "Washington"), E("Location", "Elko"), E("Location", "Nevada"),
           E("Location", "Boise"), E("Location", "Idaho"), E("Company", UAT), E("Person", "Louis Mueller"),
           E("Location", "Pueblo"), E("Location", "Colorado"), E("Location", "El Paso"), E("Location", "Texas"),
           E("Location", "Las Vegas"), E("Location", "New Mexico"), E("Location", "Santa Fe"),
           E("Location", "Albuquerque")],
 # 'founded forerunners of two major U.S. airlines' with 'his operation, Varney Air Service' -> founder (doubtful);
 # 'Continental Airlines was founded in 1934 by Varney and his partner Louis Mueller' -> cofounder each; all current.
 # No role: 'served as a pilot in the Aviation Section, U.S. Signal Corps' (a pilot's service, no title in the roles'
 # vocabulary beyond 'other'; left out as 71-era rounds left military service)
 roles=[R(WV, "founder", VAS), R(WV, "cofounder", CO), R("Louis Mueller", "cofounder", CO)],
 # 'sold the much expanded Varney Air Group in 1930 to United Aircraft and Transport' -> acquired and
 # parentOrganization; 'United Airlines and Continental Airlines, which combined under United Continental Holdings' ->
 # parentOrganization each (doubtful). Near-misses, no relation: 'The company's name was changed to United Air Lines'
 # (which company is not said), 'a five-company merger' (no parties named), 'he purchased Lynch Field' (a site)
 relations=[L(UAT, "acquired", VAS), L(VAS, "parentOrganization", UAT), L("United Airlines", "parentOrganization", UCH),
            L(CO, "parentOrganization", UCH)],
 outages=[],
 # 'December 26, 1888', 'January 25, 1967', 'April 6, 1926', 'July 15, 1934' -> the days; 'in 2010', 'in 1967', 'in
 # 1918', 'in 1930', 'in 1933', 'in 1934' -> the years; 'In October 1925' -> the month. No date: 'the early 20th
 # century', 'World War I', 'After the war'
 dates=[D("December 26, 1888", "1888-12-26"), D("January 25, 1967", "1967-01-25"), D("2010", "2010"),
        D("1967", "1967"), D("1918", "1918"), D("October 1925", "1925-10"), D("April 6, 1926", "1926-04-06"),
        D("1930", "1930"), D("1933", "1933"), D("1934", "1934"), D("July 15, 1934", "1934-07-15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
