#!/usr/bin/env python3
"""Batch 70ac gold annotations (the texts of batch70ac.py; session 64, round notes /tmp/gather70ac/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70w; batch10_annotate.write_parts), so with three
texts: wp-butler-air-transport test, wp-connellan-airways train, wp-hants-dorset dev. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the late 1940s', 'the early 1950s', 'the late
1920s', 'early 1930s') -> nothing, as batches 60c-70w left them; relative expressions ('Over the next decade', 'In that
same year', 'from that year', 'the post-war years') -> nothing; a year inside a law's name ('the Road & Rail Transport
Act 1928') -> nothing (a name, not a time expression of the text; doubtful). No text tells an outage, so every
`outages` list is empty; no near-miss of one beyond business events (a lost contract, financial difficulties, a
liquidation, share sales; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70w): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): one person named alone as founding a company -> `founder` ('an Australian airline founded
by C. Arthur Butler'; 'founded in 1939 as Survey & Inland Transport by Edward Connellan'), current true (no leaving
told); ministers (Roles): 'John McEwen, the then responsible Federal Minister' -> minister with the country as org,
the text naming Australia on its own ('Alice Springs, Australia'), current false ('the then', as batch 40f's 'the
then-Prime Minister' of Thailand; doubtful: the text names no ministry, 'Federal' read as Australia's government);
'engineer to pilot Francis Stewart Briggs' -> no role (no organisation; not a title of the vocabulary); completed
purchases by a company -> acquired and parentOrganization (GUIDELINES, Relations: 'Ansett Transport Industries
acquired Australian National Airways'; 'Connair was sold to East-West-Airlines ... and renamed Northern Airlines', not
merged away; 'the purchase of Trade Cars of Southampton', the buyer the company the sentence is about, read from
'Following the purchase ..., the Hants & Dorset Motor Services Ltd name was adopted'; doubtful); stock bought 'until it
controlled Butler' -> acquired and parentOrganization (control reached, as 'now owns'; doubtful: shares bought over
time); 'bought an interest', 'took up its option to buy shares', a 'half-share' passing, 'sold its shares', 'sold
out to' -> nothing (stakes, as batch 70w read 'acquired an interest in'; the Tilling Group, the Southern Railway, the
British Transport Commission, the Transport Holding Company, British Associated Transport; doubtful); 'A (a subsidiary
of B)' -> parentOrganization (the British Automobile Traction Company Limited of the British Electric Traction Company);
'A and others formed B' by a company -> no relation (a founding company's part unstated; doubtful: a reader might give
parentOrganization); an intended buy-out -> nothing (GUIDELINES: intentions); aircraft bought or operated ('acquired
two Vickers Viscounts', 'purchased two aircraft from the company') -> nothing (asset purchases; no provider for a
fleet, as batches 65q and 68e read an airline's aircraft); a contract and a charter between two named organisations ->
partner (GUIDELINES, Relations: 'He also signed a contract with the Royal Flying Doctor Service' and 'The Royal Flying
Doctor Service continued to charter Connellan Airways aircraft', one partner, direction as the charter is written;
doubtful: 'He' the founder, read as his business); aircraft models -> Service under the singular name the plural
holds ('Douglas DC-3' in 'Douglas DC-3s', 'Avro Anson', 'De Havilland Heron', 'Airspeed Ambassador', 'Vickers
Viscount', as batches 65q and 68e read 'Douglas DC-3s'); former and later names of the same business -> aliases
(GUIDELINES, Types: 'Butler Air Transport Co', 'Butler Air Transport Pty Ltd'; 'Connair', 'Survey & Inland
Transport', 'Northern Airlines'; 'Bournemouth & District Motor Services Limited', 'Hants & Dorset'); a bare surname
used for a founder and, once, his company ('Butler') -> the person's alias (most of its uses are the man; doubtful, the
reverse of batch 70w's 'Barton', whose uses were mostly the company); 'Connellan' (the man, and 'Connellan pilots') ->
the person's alias; governments and public bodies -> Organization ('the Chifley Labor Government', 'the British
Transport Commission', 'Poole Corporation', 'the Connellan Airways Trust', the 'Royal Flying Doctor Service', 'the
Central Australia Aviation Museum'; doubtful: the museum might be read as a site), a state holding company ->
Company ('the Transport Holding Company (THC)'; doubtful); named buildings and precincts -> Location ('the original
Connellan Airways Hangar', 'the Araluen Cultural Precinct'); policies, laws, routes and events ('the Two Airlines
Policy', 'the Road & Rail Transport Act 1928', 'the England-Australia airmail route', 'World War II') -> no entity;
'OBE' (an honour), 'English-Australian', 'Australian' (adjectives), 'the coalition government' (generic), 'southern
England' ('England' listed) -> as written.
usage: batch70ac_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, Australia: Butler Air Transport ---------------------------------------------------------------------
BA = "Butler Air Transport"
ATI = "Ansett Transport Industries"
ANA = "Australian National Airways"
A["wp-butler-air-transport"] = dict(
 # the airline -> Company 'Butler Air Transport', aliases 'Butler Air Transport Co' and 'Butler Air Transport Pty Ltd'
 # (its registered name); C. Arthur Butler -> Person, aliases 'Arthur Butler' and 'Butler' (the man in 'Butler was
 # engineer', 'taught Butler to fly', 'Butler registered', 'Butler encouraged'; 'In 1955 Butler acquired' and 'until it
 # controlled Butler' read the same surface form, kept for the man; doubtful); Francis Stewart Briggs -> Person;
 # Australian National Airways, Ansett Airways, Trans-Australia Airlines and Ansett Transport Industries -> Company;
 # the Chifley Labor Government -> Organization; New South Wales, Australia, Sydney, Hay, Charleville, Cootamundra and
 # Queensland -> Location; the aircraft models -> Service (singular names inside the plurals). No entity: 'the
 # England-Australia airmail route', 'the Two Airlines Policy', 'World War II', 'the coalition government', 'OBE'
 entities=[E("Company", BA, "Butler Air Transport Co", "Butler Air Transport Pty Ltd"),
           E("Person", "C. Arthur Butler", "Arthur Butler", "Butler"),
           E("Location", "New South Wales"), E("Location", "Australia"), E("Location", "Sydney"), E("Location", "Hay"),
           E("Person", "Francis Stewart Briggs"), E("Location", "Charleville"), E("Location", "Cootamundra"),
           E("Location", "Queensland"), E("Service", "Douglas DC-3"), E("Service", "Avro Anson"),
           E("Service", "De Havilland Heron"), E("Service", "Airspeed Ambassador"),
           E("Organization", "Chifley Labor Government"), E("Company", "Ansett Airways"),
           E("Company", "Trans-Australia Airlines"), E("Company", ANA), E("Service", "Vickers Viscount"),
           E("Company", ATI)],
 # 'an Australian airline founded by C. Arthur Butler' -> founder, current true. Near-misses, no role: 'Butler was
 # engineer to pilot Francis Stewart Briggs' (no organisation), 'a barnstormer', 'aviator' (no post)
 roles=[R("C. Arthur Butler", "founder", BA)],
 # 'Ansett Transport Industries acquired Australian National Airways in 1957' -> acquired and parentOrganization;
 # 'thus acquiring appreciable stock in Butler Air Transport, then acquired more from staff stockholders until it
 # controlled Butler' -> acquired and parentOrganization (control reached; doubtful, above). Near-misses, no
 # relation: 'an intended buy-out in the early 1950s by Australian National Airways' (an intention), 'Butler acquired
 # two Vickers Viscounts' and the fleet (aircraft, no provider), 'favouring Ansett Airways and Trans-Australia
 # Airlines' (a government policy), 'employee ownership' (no organisation)
 relations=[L(ATI, "acquired", ANA), L(ANA, "parentOrganization", ATI), L(ATI, "acquired", BA),
            L(BA, "parentOrganization", ATI)],
 outages=[],
 # 'from 1934 until 1959' -> the two years; '(1902\u20131980)' -> the two years; 'in 1934' (same text, listed once),
 # 'in 1938', 'in 1947', 'In 1955', 'in 1957' -> the years. No date: 'the late 1940s', 'the early 1950s' (decades),
 # 'During World War II', 'At the end of the war' (events)
 dates=[D("1934", "1934"), D("1959", "1959"), D("1902", "1902"), D("1980", "1980"), D("1938", "1938"),
        D("1947", "1947"), D("1955", "1955"), D("1957", "1957")])

# ---- airlines, Australia: Connellan Airways -----------------------------------------------------------------------
CA = "Connellan Airways"
RFDS = "Royal Flying Doctor Service"
EWA = "East-West-Airlines"
A["wp-connellan-airways"] = dict(
 # the airline -> Company 'Connellan Airways', aliases 'Connair' (its name from 1970), 'Survey & Inland Transport'
 # (its name at founding) and 'Northern Airlines' (its name after the sale; doubtful: a reader might keep the renamed
 # business apart); Edward Connellan -> Person, alias 'Connellan'; John McEwen -> Person; the Royal Flying Doctor
 # Service, the Connellan Airways Trust and the Central Australia Aviation Museum -> Organization (doubtful, the
 # museum); East-West-Airlines -> Company; Alice Springs, Australia, the Northern Territory, Wyndham and Western
 # Australia -> Location; the Connellan Airways Hangar and the Araluen Cultural Precinct -> Location (a named building
 # and site). No entity: 'World War II' (an event)
 entities=[E("Company", CA, "Connair", "Survey & Inland Transport", "Northern Airlines"),
           E("Location", "Alice Springs"), E("Location", "Australia"), E("Location", "Northern Territory"),
           E("Person", "Edward Connellan", "Connellan"), E("Person", "John McEwen"), E("Location", "Wyndham"),
           E("Location", "Western Australia"), E("Organization", RFDS), E("Company", EWA),
           E("Organization", "Connellan Airways Trust"), E("Organization", "Central Australia Aviation Museum"),
           E("Location", "Connellan Airways Hangar"), E("Location", "Araluen Cultural Precinct")],
 # 'The company was founded in 1939 as Survey & Inland Transport by Edward Connellan' -> founder, current true; 'John
 # McEwen, the then responsible Federal Minister' -> minister at Australia, current false (doubtful, above).
 # Near-misses, no role: 'an aviation pioneer' (no post), 'Connellan pilots', 'station people and staff' (unnamed)
 roles=[R("Edward Connellan", "founder", CA), R("John McEwen", "minister", "Australia", False)],
 # 'Connair was sold to East-West-Airlines on 14 March 1980 and renamed Northern Airlines' -> acquired and
 # parentOrganization (completed; renamed, not merged away; the later liquidation leaves the record); 'He also signed
 # a contract with the Royal Flying Doctor Service' and 'The Royal Flying Doctor Service continued to charter
 # Connellan Airways aircraft' -> partner, once, as the charter is written (doubtful, above). Near-misses, no
 # relation: 'it purchased two aircraft from the company' (an asset purchase), the Connellan Airways Trust 'set up,
 # using some of the proceeds' (no owner told), the museum 'located in' the hangar (a site)
 relations=[L(EWA, "acquired", CA), L(CA, "parentOrganization", EWA), L(RFDS, "partner", CA)],
 outages=[],
 # 'from 1939 to 1980', 'In 1938', 'In 1963', 'up to 1965', 'until 1973', 'In 1970', 'in 1981' -> the years; 'In
 # February 1951' -> the month; 'on 23 July 1943', 'on 14 March 1980' -> the days. No date: 'In the midst of World
 # War II' (an event), 'In the post-war years', 'Over the next decade' (relative)
 dates=[D("1939", "1939"), D("1980", "1980"), D("1938", "1938"), D("23 July 1943", "1943-07-23"),
        D("February 1951", "1951-02"), D("1963", "1963"), D("1965", "1965"), D("1973", "1973"), D("1970", "1970"),
        D("14 March 1980", "1980-03-14"), D("1981", "1981")])

# ---- bus operators, UK: Hants & Dorset ----------------------------------------------------------------------------
HD = "Hants & Dorset Motor Services Ltd"
BAT = "British Automobile Traction Company Limited"
A["wp-hants-dorset"] = dict(
 # the operator -> Company 'Hants & Dorset Motor Services Ltd', aliases 'Hants & Dorset' and 'Bournemouth & District
 # Motor Services Limited' (its name from 1916 until the name was adopted in 1920); the British Automobile Traction
 # Company Limited (alias 'British Automobile Traction'), the British Electric Traction Company, Trade Cars, the
 # Tilling Group, the Southern Railway, British Associated Transport and the Transport Holding Company (alias 'THC';
 # doubtful, above) -> Company; the British Transport Commission and Poole Corporation -> Organization; England,
 # Southampton, Bournemouth, Poole, Lymington, Fareham and Winchester -> Location. No entity: 'the Road & Rail
 # Transport Act 1928' (a law), 'the four railway companies' (unnamed)
 entities=[E("Company", HD, "Hants & Dorset", "Bournemouth & District Motor Services Limited"),
           E("Location", "England"), E("Company", BAT, "British Automobile Traction"),
           E("Company", "British Electric Traction Company"), E("Company", "Trade Cars"),
           E("Location", "Southampton"), E("Company", "Tilling Group"), E("Company", "Southern Railway"),
           E("Location", "Bournemouth"), E("Location", "Poole"), E("Location", "Lymington"), E("Location", "Fareham"),
           E("Location", "Winchester"), E("Organization", "Poole Corporation"),
           E("Organization", "British Transport Commission"), E("Company", "Transport Holding Company", "THC"),
           E("Company", "British Associated Transport")],
 # No person in the text, so no role
 roles=[],
 # 'the British Automobile Traction Company Limited (a subsidiary of the British Electric Traction Company)' ->
 # parentOrganization; 'Following the purchase of Trade Cars of Southampton in 1920, the Hants & Dorset Motor Services
 # Ltd name was adopted' -> acquired and parentOrganization (the buyer read from the sentence; doubtful, above).
 # Near-misses, no relation: 'the British Automobile Traction Company Limited ... and others formed the Bournemouth &
 # District Motor Services Limited' (a founding company's part unstated; doubtful), 'the Tilling Group bought an
 # interest', 'the Southern Railway took up its option to buy shares', 'The Southern Railway's half-share ... passed
 # to the government-owned British Transport Commission ... which then passed to the Transport Holding Company',
 # 'British Automobile Traction sold its shares to the Tilling Group', 'who in turn sold out to British Associated
 # Transport' (stakes; doubtful), 'replaced the trams operated by Poole Corporation' (no named service)
 relations=[L(BAT, "parentOrganization", "British Electric Traction Company"), L(HD, "acquired", "Trade Cars"),
            L("Trade Cars", "parentOrganization", HD)],
 outages=[],
 # 'between 1920 and 1983', 'In 1916', 'in 1920' (same text as '1920', listed once), 'until 1929', 'In 1929', 'in
 # 1935', 'in 1948', 'in 1963', 'in 1942', 'in 1949' -> the years. No date: 'In that same year', 'from that year'
 # (relative), 'the late 1920s', 'early 1930s' (decades), '1928' inside the Act's name (doubtful, above)
 dates=[D("1920", "1920"), D("1983", "1983"), D("1916", "1916"), D("1929", "1929"), D("1935", "1935"),
        D("1948", "1948"), D("1963", "1963"), D("1942", "1942"), D("1949", "1949")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
