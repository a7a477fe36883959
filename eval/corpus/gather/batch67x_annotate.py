#!/usr/bin/env python3
"""Batch 67x gold annotations (the texts of batch67x.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66k; batch10_annotate.write_parts), so with three texts: wp-chess-records test, wp-vitagraph-studios
train, wp-yankee-network dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); a span ('from May 1957 to 1965', 'in 1929-1930') -> both ends as items (as batches 61e-66k); 'the Spanish-
American War of 1898' -> the year (a year the text gives, the war itself no entity); decades and parts of decades
('the mid-1920s', 'the 1930s', 'the mid-1960s'; no ISO value the format takes, as batches 60c-66k) and 'A year later'
(relative to a year of the text, `published` null, as batch 66k read 'Two years later') -> nothing. No text tells an
outage, so every `outages` list is empty; one tells a near-miss of one ('The Yankee Network and the Yankee News
Service operated until February 1967': a network and its news bureau that ended, a business end, no failure of a
service, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66k): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding or establishing a company are each `cofounder` ('founded by
J. Stuart Blackton and Albert E. Smith'; 'Established and run by ... Leonard and Phil Chess'), as is the text's own
'co-founded' ('co-founded by John Shepard III and his brother Robert'), current true; a partner who 'joined' a
company after its founding, a person's job for a newspaper ('moonlighting as a reporter/artist for'), a 'musician and
critic' with no organisation and an owner's possessive ("John Shepard's Boston station", "Willie Dixon's Blues Heaven
Foundation") -> no role (no post named, as batch 66k's engineers and owners); 'It was bought by X' -> acquired and
parentOrganization (GUIDELINES, Relations: completed acquisitions); 'its subsidiary labels X and Y' -> parentOrganization
of each; 'its own ... news bureau, X' -> parentOrganization (a unit the network developed); a sale to no named buyer
('the brothers sold the company'), a 'successor to' another company, a catalogue 'owned by' and 'managed by' other
companies (an asset, not the company), 'in direct competition with' and a building's 'former home of' -> nothing;
stations that 'linked by telephone land lines ... so that the two stations could share or exchange programming' ->
partner (a stated programme exchange between two named stations, direction as written); stations that 'became the
first two Yankee Network stations' and 'the first affiliated radio stations' that 'joined' them -> partner(station,
network) (affiliation with a network, as batch 63b read a network's affiliates; doubtful: a reader might give
parentOrganization for the founders' own two stations, or nothing); radio stations -> Company (as batch 63h, after the
FCC texts of train); a radio network, a newspaper and a news bureau -> Company (GUIDELINES, Types: news
organisations and broadcasters); record labels -> Company; a band -> Organization; a foundation -> Organization;
streets and addresses ('Nassau Street', '2120 S. Michigan Avenue', '320 E. 21st Street') and a neighbourhood
('Midwood') -> Location (as batches 64d-66h); 'United States' and 'U.S.' used before a noun -> Location (as batch
63a's 'U.S.'); films ('The Humpty Dumpty Circus', 'The Battle of Santiago Bay') and a recorded instrumental ('"2120
South Michigan Avenue"') -> no entity (GUIDELINES, Types: TV shows, read the same way for films and recordings, as
batches 65o and 66b); a war ('the Spanish-American War', an event), kinds of music (blues, soul, gospel), a 'rock
music canon' and adjectives ('American', 'English', 'Jewish') -> nothing.
usage: batch67x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- music/record label, US: Chess Records -------------------------------------------------------------------------
CR = "Chess Records"
A["wp-chess-records"] = dict(
 # the company -> Company 'Chess Records', alias 'Chess' ('the Chess and its subsidiary labels', 'The Chess
 # catalogue', 'described Chess as', 'Chess was based', 'Chess relocated'; the brothers' surname is inside their own
 # names only); Aristocrat Records ('the successor to Aristocrat Records, founded in 1947': read as a company of its
 # own, doubtful: a reader who knows the history might make it a former name, an alias); the subsidiary labels
 # Checker and 'Argo/Cadet' (one label under a slash-joined pair of names, as written; doubtful: a reader might split
 # it into 'Argo' and 'Cadet'), Universal Music Group, Geffen Records, Universal Music Enterprises and Revere Camera
 # Company ('the former home of Revere Camera Company') -> Company; Leonard Chess (alias 'Leonard', from 'Leonard and
 # Phil Chess'), Phil Chess, Cub Koda (a musician and critic) and Willie Dixon (named in "Willie Dixon's Blues Heaven
 # Foundation"; doubtful: a reader might keep the whole possessive as the foundation's name and no person) -> Person;
 # the Blues Heaven Foundation -> Organization; the Rolling Stones (a band, GUIDELINES, Types) -> Organization;
 # Chicago, Poland, South Cottage Grove Ave., 2120 S. Michigan Avenue, 320 E. 21st Street (streets and addresses) and
 # 'U.S.' ('the group's first U.S. tour') -> Location. No entity: '"2120 South Michigan Avenue", an instrumental' (a
 # recording, not the address: the address is annotated in its 'S.' form only); 'the rock music canon', blues, rhythm
 # and blues, soul music, gospel music, rock and roll, jazz, comedy (kinds); 'American', 'Jewish' (adjectives)
 entities=[E("Company", CR, "Chess"), E("Location", "Chicago"), E("Company", "Aristocrat Records"),
           E("Company", "Checker"), E("Company", "Argo/Cadet"), E("Company", "Universal Music Group"),
           E("Company", "Geffen Records"), E("Company", "Universal Music Enterprises"), E("Location", "Poland"),
           E("Person", "Leonard Chess", "Leonard"), E("Person", "Phil Chess"), E("Person", "Cub Koda"),
           E("Location", "South Cottage Grove Ave."), E("Location", "2120 S. Michigan Avenue"),
           E("Organization", "Rolling Stones"), E("Location", "U.S."), E("Person", "Willie Dixon"),
           E("Organization", "Blues Heaven Foundation"), E("Company", "Revere Camera Company"),
           E("Location", "320 E. 21st Street")],
 # 'Established and run by two Jewish immigrant brothers ..., Leonard and Phil Chess' -> cofounder at Chess Records
 # for each (named together as establishing it, GUIDELINES, Roles, 'Founders'), current true ('run by' names no post:
 # no second role). Near-misses, no role: Cub Koda, 'The musician and critic' (no organisation); Willie Dixon
 # (the foundation is 'Willie Dixon's': a possessive, no post named; a reader might give founder); Leonard Chess's
 # death in 1969 (the text ends no post by it: the cofounder role stays current, as the corpus records founders)
 roles=[R("Leonard Chess", "cofounder", CR), R("Phil Chess", "cofounder", CR)],
 # 'released on the Chess and its subsidiary labels Checker and Argo/Cadet' -> parentOrganization of each to Chess
 # Records. Near-misses, no relation: 'The Chess catalogue is owned by Universal Music Group and managed by Geffen
 # Records and Universal Music Enterprises' (the catalogue, an asset, is owned and managed, not the company: no
 # parentOrganization(Chess Records, Universal Music Group), doubtful: a reader might give it, and the cut infobox's
 # 'Parent company' line does; no partner or parent link for Geffen Records or Universal Music Enterprises either, the
 # text says nothing of their own ties); 'the successor to Aristocrat Records' (a succession, no purchase told: no
 # acquired); 'Shortly before the death of Leonard Chess in 1969, the brothers sold the company' (a sale to no named
 # buyer: nothing); 'the former home of Revere Camera Company' (a building's earlier occupant: nothing); the Rolling
 # Stones recording an instrumental at the studio (no relation); 'The building is now the home of ... Blues Heaven
 # Foundation' (a building's present occupant: nothing)
 relations=[L("Checker", "parentOrganization", CR), L("Argo/Cadet", "parentOrganization", CR)],
 outages=[],
 # 'established in 1950' -> '1950'; 'founded in 1947' -> '1947'; 'from May 1957 to 1965' -> 1957-05 and '1965';
 # "the group's first U.S. tour in 1964" -> '1964'; 'in 1969' -> '1969'. No date: 'In the mid-1960s' (a part of a
 # decade); 'what was then Poland' ('then', no value); '2120', '320', '21st' (addresses)
 dates=[D("1950", "1950"), D("1947", "1947"), D("May 1957", "1957-05"), D("1965", "1965"), D("1964", "1964"),
        D("1969", "1969")])

# ---- film production, US: Vitagraph Studios -----------------------------------------------------------------------
VS = "Vitagraph Studios"
A["wp-vitagraph-studios"] = dict(
 # the studio -> Company 'Vitagraph Studios', aliases 'Vitagraph Company of America' ('also known as'), 'American
 # Vitagraph Company' (the name it was founded under) and 'Vitagraph' ('Vitagraph cameramen', 'Vitagraph produced');
 # Warner Bros. and the New York Evening World (a newspaper, GUIDELINES, Types) -> Company; J. Stuart Blackton (alias
 # 'Blackton'), Albert E. Smith (alias 'Smith'), Thomas Edison (alias 'Edison'), William "Pop" Rock (the name with
 # its nickname as written) and Mrs. Blackton ("Mrs. Blackton's cigar": a named person, not J. Stuart Blackton;
 # doubtful: a reader might leave a title and surname out, or fold it into Blackton) -> Person; 'United States' ('a
 # United States motion picture studio'), Brooklyn, New York ('Brooklyn, New York', twice), Nassau Street,
 # Manhattan and Midwood ('the Midwood neighborhood of Brooklyn') -> Location. No entity: 'The Battle of Santiago
 # Bay' and 'The Humpty Dumpty Circus' (films, read as GUIDELINES, Types reads TV shows, as batches 65o and 66b);
 # 'the Spanish-American War' (an event); 'English', 'American' (adjectives); 'The inventor', 'the entrepreneurial
 # reporter' (descriptions of persons already annotated)
 entities=[E("Company", VS, "Vitagraph Company of America", "American Vitagraph Company", "Vitagraph"),
           E("Location", "United States"), E("Person", "J. Stuart Blackton", "Blackton"),
           E("Person", "Albert E. Smith", "Smith"), E("Location", "Brooklyn"), E("Location", "New York"),
           E("Company", "Warner Bros."), E("Company", "New York Evening World"), E("Person", "Thomas Edison", "Edison"),
           E("Person", "William \"Pop\" Rock"), E("Location", "Nassau Street"), E("Location", "Manhattan"),
           E("Location", "Midwood"), E("Person", "Mrs. Blackton")],
 # 'It was founded by J. Stuart Blackton and Albert E. Smith in 1897' and 'Blackton and business partner Smith founded
 # the American Vitagraph Company' -> cofounder at Vitagraph Studios for each (GUIDELINES, Roles, 'Founders'), current
 # true. Near-misses, no role: 'A third partner, distributor William "Pop" Rock, joined in 1899' (a partner who
 # joined two years after the founding, no post named; a reader might give cofounder, as the cut photo caption
 # names three founders); 'Blackton was moonlighting as a reporter/artist for the New York Evening World' (a side job
 # in 1896, before the studio; doubtful: a reader might give 'other' at the newspaper, current false; a job, not a
 # post, as batch 66k's engineers 'working at'); Thomas Edison, 'the inventor' (no organisation named for him)
 roles=[R("J. Stuart Blackton", "cofounder", VS), R("Albert E. Smith", "cofounder", VS)],
 # 'It was bought by Warner Bros. in 1925' -> acquired(Warner Bros., Vitagraph Studios) and parentOrganization
 # (GUIDELINES, Relations: a completed purchase). Near-misses, no relation: 'in direct competition with Edison'
 # (competition, and Edison a person); 'The inventor talked the entrepreneurial reporter into buying a set of films
 # and a projector' (a purchase between two persons, before the company); Blackton's work 'for the New York Evening
 # World' (no tie between the newspaper and the studio)
 relations=b10.acq("Warner Bros.", VS),
 outages=[],
 # 'in 1897', 'In 1897' -> '1897' (one item, the same text and value); 'By 1907'; 'in 1925'; 'In 1896'; 'in 1899';
 # 'the Spanish-American War of 1898' -> the years. No date: 'A year later' (relative to 1896, `published` null, as
 # batch 66k's 'Two years later'); 'later' (no value)
 dates=[D("1897", "1897"), D("1907", "1907"), D("1925", "1925"), D("1896", "1896"), D("1899", "1899"),
        D("1898", "1898")])

# ---- broadcasting/radio, US: Yankee Network ------------------------------------------------------------------------
YN = "Yankee Network"
YNS = "Yankee News Service"
AFFILIATES = ["WLBZ", "WORC", "WNBH", "WICC"]
A["wp-yankee-network"] = dict(
 # the network -> Company 'Yankee Network', alias 'Yankee' ('Yankee affiliates'; a radio network, GUIDELINES, Types:
 # broadcasters are Company); its news bureau -> Company 'Yankee News Service' (a news organisation, GUIDELINES, Types;
 # doubtful: a bureau inside the network, a reader might type it Organization); the stations WNAC, WEAN, WLBZ, WORC,
 # WNBH and WICC -> Company (as batch 63h's stations); John Shepard III (alias 'John Shepard', in "John Shepard's
 # Boston station") and Robert Shepard (alias 'Robert', in 'his brother Robert') -> Person; Boston, Massachusetts,
 # New England, Providence, Rhode Island, Bangor, Maine, Worcester, New Bedford, Bridgeport and Connecticut ->
 # Location. No entity: 'American' (an adjective); 'Boston vocalists and orchestras', 'nationally-known entertainers'
 # (unnamed); 'telephone land lines' (no company named)
 entities=[E("Company", YN, "Yankee"), E("Location", "Boston"), E("Location", "Massachusetts"),
           E("Location", "New England"), E("Person", "John Shepard III", "John Shepard"),
           E("Person", "Robert Shepard", "Robert"), E("Company", "WNAC"), E("Location", "Providence"),
           E("Location", "Rhode Island"), E("Company", "WEAN"), E("Company", "WLBZ"), E("Location", "Bangor"),
           E("Location", "Maine"), E("Company", "WORC"), E("Location", "Worcester"), E("Company", "WNBH"),
           E("Location", "New Bedford"), E("Company", "WICC"), E("Location", "Bridgeport"),
           E("Location", "Connecticut"), E("Company", YNS)],
 # 'The network was co-founded by John Shepard III and his brother Robert' -> cofounder at Yankee Network for each
 # (the text's own 'co-', GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: "John Shepard's Boston
 # station WNAC" and "Robert Shepard's station ... WEAN" (owners of stations by a possessive, no post named; a reader
 # might give founder or head at each station)
 roles=[R("John Shepard III", "cofounder", YN), R("Robert Shepard", "cofounder", YN)],
 # 'WNAC linked by telephone land lines with ... WEAN, so that the two stations could share or exchange programming'
 # -> partner(WNAC, WEAN) (a programme exchange between two named stations, as written); 'Those two stations became
 # the first two Yankee Network stations' -> partner(WNAC, Yankee Network) and partner(WEAN, Yankee Network), and 'In
 # 1930, they were joined by the first affiliated radio stations, including WLBZ ...; WORC ...; WNBH ...; and WICC' ->
 # partner(station, Yankee Network) for each of the four (affiliation with the network, as batch 63b read a
 # network's affiliates; doubtful for WNAC and WEAN: stations of the founders, a reader might give parentOrganization
 # or nothing); 'the network became known for developing its own local and regional news bureau, the Yankee News
 # Service' -> parentOrganization(Yankee News Service, Yankee Network) (the network's own unit). Near-misses, no
 # relation: 'as many as 24 affiliated radio stations' (unnamed); 'The main benefit of joining the Yankee Network was
 # that it offered its affiliates as much as 17 hours of daily programming' (a supply to unnamed affiliates); Boston
 # vocalists and orchestras (unnamed); the telephone land lines (no carrier named)
 relations=[L("WNAC", "partner", "WEAN"), L("WNAC", "partner", YN), L("WEAN", "partner", YN)] +
           [L(s, "partner", YN) for s in AFFILIATES] + [L(YNS, "parentOrganization", YN)],
 outages=[],
 # 'in 1929-1930' -> '1929' and '1930' (a span, both years; '1930' also in 'In 1930', one item); 'until February
 # 1967' -> 1967-02. No date: 'the mid-1920s', 'During the 1930s' (a part of a decade, a decade); '17 hours of daily
 # programming' (a length and a recurrence, no calendar value)
 # near-miss of an outage: 'The Yankee Network and the Yankee News Service operated until February 1967' (a business
 # that ended; no failure that cut a service, GUIDELINES, Outages)
 dates=[D("1929", "1929"), D("1930", "1930"), D("February 1967", "1967-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
