#!/usr/bin/env python3
"""Batch 68e gold annotations (the texts of batch68e.py; session 62, round notes /tmp/gather69e/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-67ab; batch10_annotate.write_parts), so with three
texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
relative ones ('A few years afterwards', 'The following year', 'at the age of 19') -> nothing, as batches 60c-67ab left
them. No text tells an outage, so every `outages` list is empty; one near-miss: 'With the outbreak of World War II,
Cambrian stopped its activities' (an airline's business pause for a war, no service failure told; GUIDELINES,
Outages: business matters are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-67ab): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): two people named together as founding a company -> each `cofounder` ('founded by Robert
Blackburn and Jessy Blackburn'), current true; 'managing director' -> director (GUIDELINES, Roles), current true where
no leaving is told ('later became managing director'; 'Maurice Denny, managing director of William Denny and
Brothers'); a partner in a firm ('he became a partner in the company') -> executive, current true (as batches 51u, 66d
and 67ab read it; doubtful: batch 65n gave no role); apprentices -> no role; 'X acquired Y', 'X took over Y' ->
acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions; the targets kept: 'retained as a
separate company', 'although it continued as a separate airline'); 'It was incorporated into British Airways when
BOAC, BEA, Cambrian and Northeast merged' and 'Blackburn amalgamated with General Aircraft Limited' -> nothing
(GUIDELINES, Relations: 'A "merger" where the text does not say who buys whom: nothing'; doubtful for the first:
'incorporated into' a reader might read as a parent link); 'flying in cooperation with BEA' -> partner (a stated
cooperation between two named airlines, GUIDELINES, Relations; doubtful); former and later names of the same company
-> aliases (GUIDELINES, Types: 'Plant & Hancock' renamed 'Hancock & Foden' and 'Edwin Foden Sons & Co. Ltd.'; 'Cambrian
Air Services' renamed 'Cambrian Airways'; 'The Blackburn Aeroplane & Motor Company' renamed 'Blackburn Aircraft
Limited', and 'Blackburn and General Aircraft Limited', the name it took in 1949 before 'reverting to Blackburn
Aircraft Limited'; doubtful); aircraft models and a named range of aircraft engines -> Service (GUIDELINES, Types:
aircraft models, devices), with provider only where the maker named is an entity of its own ('the Blackburn Botha' and
'the Blackburn Cirrus name' -> provider to Blackburn; 'de Havilland DH.60 Moth', 'Auster Autocrat', 'Percival
Proctor', 'Douglas DC-3', 'Vickers Viscount': their makers named only inside the product names -> no entity, no
provider link; an airline that flew a model is not its provider); airfields and named works, factories' sites ->
Location (GUIDELINES, Types: airports and named sites and facilities: 'Pengam Moors Airfield', 'Crewe Railway Works',
'Olympia Works', 'Barge Park'; doubtful for Crewe Railway Works, which a reader might list as a Company); a government
department named only in an event's description ('the War Office 1901 self-propelled lorry trial') -> Organization
(doubtful: a reader might read it inside the trial's name and skip it); 'British' (an adjective) -> nothing; 'World
War One', 'World War II' and 'the war' (events) -> no entity; generic products ('agricultural traction engines',
"Showman's road locomotives", 'a 3-ton wagon', 'the steam lorry') -> no entity.
usage: batch68e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- manufacturing, UK: Foden Trucks -------------------------------------------------------------------------------
FT = "Foden Trucks"
A["wp-foden-trucks"] = dict(
 # the maker -> Company 'Foden Trucks', aliases 'Foden' ('Foden produced a successful range', 'Foden also produced',
 # 'enabled Foden to build'), 'Plant & Hancock', 'Hancock & Foden' and 'Edwin Foden Sons & Co. Ltd.' (the company in
 # which Edwin Foden became a partner, 'which was renamed to Hancock & Foden. in 1876, the company was renamed Edwin
 # Foden Sons & Co. Ltd.', and the maker whose 'origins' were 'in Elworth near Sandbach in 1856', the year Foden
 # joined it: former names of the same company, GUIDELINES, Types; doubtful: a reader might keep 'Plant & Hancock'
 # and its renamings apart as the firm Foden Trucks grew from); Paccar -> Company; Edwin Foden -> Person (never
 # 'Foden' alone in the text); Elworth and Sandbach -> Location; Crewe Railway Works (a named works, GUIDELINES, Types:
 # facilities; doubtful) -> Location; the War Office (from 'the War Office 1901 self-propelled lorry trial'; doubtful,
 # above) -> Organization. No entity: 'World War One' (an event), "Showman's road locomotives", 'a 3-ton wagon',
 # 'four prototype wagons' (generic products), 'British' (an adjective)
 entities=[E("Company", FT, "Foden", "Plant & Hancock", "Hancock & Foden", "Edwin Foden Sons & Co. Ltd."),
           E("Location", "Elworth"), E("Location", "Sandbach"), E("Company", "Paccar"), E("Person", "Edwin Foden"),
           E("Location", "Crewe Railway Works"), E("Organization", "War Office")],
 # 'A few years afterwards, he became a partner in the company which was renamed to Hancock & Foden' -> executive at
 # Foden Trucks (a partner in a firm, as batches 51u, 66d and 67ab; doubtful: batch 65n gave no role), current true
 # (no leaving from the partnership told). Near-misses, no role: 'Edwin Foden became an apprentice at ... Plant &
 # Hancock' and 'an apprenticeship at Crewe Railway Works' (apprentices, no title); the cut infobox's 'Founder: Edwin
 # Foden' (not in the text: no founder role)
 roles=[R("Edwin Foden", "executive", FT)],
 # 'Paccar acquired the company in 1980' -> acquired(Paccar, Foden Trucks) and parentOrganization(Foden Trucks,
 # Paccar) (a completed purchase; the target kept: 'ceased to use the marque name in 2006' ends a brand, not a merger).
 # Near-misses, no relation: the renamings (one company, aliases); 'to build a 3-ton wagon for the War Office 1901
 # self-propelled lorry trial' (an entry to a trial, no contract or customer relation told)
 relations=[L("Paccar", "acquired", FT), L(FT, "parentOrganization", "Paccar")],
 outages=[],
 # 'in 1856' (twice, one item), 'in 1980', 'in 2006', 'in 1876', 'from 1880', 'In 1878', 'in 1887', 'as late as
 # 1920', 'In 1896' -> the years; '1901' (in 'the War Office 1901 self-propelled lorry trial') -> the year. No date:
 # 'at the age of 19', 'A few years afterwards' (relative, `published` null)
 dates=[D("1856", "1856"), D("1980", "1980"), D("2006", "2006"), D("1876", "1876"), D("1880", "1880"),
        D("1878", "1878"), D("1887", "1887"), D("1920", "1920"), D("1896", "1896"), D("1901", "1901")])

# ---- airlines, UK: Cambrian Airways --------------------------------------------------------------------------------
CA = "Cambrian Airways"
A["wp-cambrian-airways"] = dict(
 # the airline -> Company 'Cambrian Airways', aliases 'Cambrian' and 'Cambrian Air Services' ('established on 25
 # April 1935 as Cambrian Air Services', 'In 1956 the name changed to Cambrian Airways': a former name); British
 # Airways, BOAC, BEA (also in 'ex-BEA'), Northeast (an airline by 'BOAC, BEA, Cambrian and Northeast merged'; the
 # name as written, the cut infobox's 'Northeast Airlines' not in the text; doubtful: a reader might take it for a
 # region), Olley Air Service and Murray Chown Aviation -> Company; aircraft models flown -> Service: 'de Havilland
 # DH.60 Moth', 'Auster Autocrat' (alias 'Autocrat': 'the Autocrat'), 'de Havilland Dragon Rapide', 'Percival
 # Proctor', 'de Havilland Dove', 'Douglas DC-3' (alias 'DC-3': 'the last DC-3'; the plural 'Douglas DC-3s' the same
 # model) and 'Vickers Viscount' (GUIDELINES, Types: aircraft models; their makers named only inside the names -> no
 # entity); the United Kingdom, Cardiff, Liverpool (from 'Cardiff and Liverpool airports'), Pengam Moors Airfield (an
 # airfield, GUIDELINES, Types), Bristol, Birmingham, Jersey, Southampton, Dinard, Paris, Dublin, Rimini, Palma, Nice,
 # Valencia and Barcelona -> Location. No entity: 'World War II' and 'the war' (events), 'British' (an adjective),
 # 'turboprop' (generic)
 entities=[E("Company", CA, "Cambrian", "Cambrian Air Services"), E("Location", "United Kingdom"),
           E("Location", "Cardiff"), E("Location", "Liverpool"), E("Company", "British Airways"), E("Company", "BOAC"),
           E("Company", "BEA"), E("Company", "Northeast"), E("Location", "Pengam Moors Airfield"),
           E("Service", "de Havilland DH.60 Moth"), E("Service", "Auster Autocrat", "Autocrat"),
           E("Location", "Bristol"), E("Service", "de Havilland Dragon Rapide"), E("Service", "Percival Proctor"),
           E("Location", "Birmingham"), E("Location", "Jersey"), E("Company", "Olley Air Service"),
           E("Company", "Murray Chown Aviation"), E("Location", "Southampton"), E("Location", "Dinard"),
           E("Location", "Paris"), E("Service", "de Havilland Dove"), E("Service", "Douglas DC-3", "DC-3"),
           E("Service", "Vickers Viscount"), E("Location", "Dublin"), E("Location", "Rimini"),
           E("Location", "Palma"), E("Location", "Nice"), E("Location", "Valencia"), E("Location", "Barcelona")],
 # No role: the text names no person
 roles=[],
 # 'During 1953, Cambrian took over Olley Air Service and Murray Chown Aviation' -> acquired(Cambrian Airways, each)
 # and parentOrganization(each, Cambrian Airways) (completed takeovers; no merging away told); 'In 1967 BEA took over
 # Cambrian, although it continued as a separate airline' -> acquired(BEA, Cambrian Airways) and
 # parentOrganization(Cambrian Airways, BEA); 'In 1948 Cambrian was flying in cooperation with BEA' ->
 # partner(Cambrian Airways, BEA) (a stated cooperation; doubtful: a reader might read it as loose coordination and
 # give nothing). Near-misses, no relation: 'It was incorporated into British Airways when BOAC, BEA, Cambrian and
 # Northeast merged on 1 April 1974' (a merger of four with no buyer told, GUIDELINES, Relations; doubtful: a reader
 # might give parentOrganization(Cambrian Airways, British Airways) or acquired from 'incorporated into'); 'eight
 # ex-BEA Douglas DC-3s' (aircraft bought second-hand: an asset purchase); the aircraft models (their makers not
 # entities; an operator is no provider)
 relations=[L(CA, "acquired", "Olley Air Service"), L("Olley Air Service", "parentOrganization", CA),
            L(CA, "acquired", "Murray Chown Aviation"), L("Murray Chown Aviation", "parentOrganization", CA),
            L("BEA", "acquired", CA), L(CA, "parentOrganization", "BEA"), L(CA, "partner", "BEA")],
 outages=[],
 # 'between 1935 and 1974' -> the years; 'on 1 April 1974', 'on 25 April 1935', 'on 1 January 1946', 'on 20 February
 # 1963' -> the days; 'In 1948', 'During 1949', 'During 1953', 'In 1956', 'By 1961', 'From 1964', 'In 1967' -> the
 # years. No date: 'The following year' (relative, `published` null)
 dates=[D("1935", "1935"), D("1974", "1974"), D("1 April 1974", "1974-04-01"), D("25 April 1935", "1935-04-25"),
        D("1 January 1946", "1946-01-01"), D("1948", "1948"), D("1949", "1949"), D("1953", "1953"),
        D("1956", "1956"), D("1961", "1961"), D("20 February 1963", "1963-02-20"), D("1964", "1964"),
        D("1967", "1967")])

# ---- manufacturing, UK: Blackburn Aircraft -------------------------------------------------------------------------
BA = "Blackburn Aircraft Limited"
CH = "Cirrus-Hermes Engineering"
WD = "William Denny and Brothers"
A["wp-blackburn-aircraft"] = dict(
 # the maker -> Company 'Blackburn Aircraft Limited', aliases 'Blackburn Aircraft', 'Blackburn' ('Blackburn acquired',
 # 'Blackburn wanted', 'Blackburn amalgamated'), 'Blackburn Aeroplane & Motor Company' ('created in 1914', its name
 # 'changed to Blackburn Aircraft Limited in 1936': a former name) and 'Blackburn and General Aircraft Limited' (the
 # name it took on amalgamating in 1949, 'reverting to Blackburn Aircraft Limited by 1958': a later name of the same
 # company; doubtful: a reader might list the amalgamated company apart); the Cirrus-Hermes Engineering company (alias
 # 'Cirrus Hermes Engineering', the same name without the hyphen), William Denny and Brothers ('the Dumbarton ship
 # building company') and General Aircraft Limited -> Company; Robert Blackburn (alias 'Robert': "Robert's brother"),
 # Jessy Blackburn, Norman Blackburn and Maurice Denny -> Person; 'the Blackburn Cirrus name' given to the range of
 # engines ('giving its name to them', 'the new Cirrus engines') -> Service 'Blackburn Cirrus', alias 'Cirrus'
 # (GUIDELINES, Types: devices; doubtful: a reader might read 'Blackburn Cirrus' as the name of the 'operating
 # division', a unit, or skip it); the Blackburn Botha (an aircraft model) -> Service; Leeds, the Olympia Works (a
 # named works, GUIDELINES, Types: facilities), Roundhay, Brough, East Riding of Yorkshire, Yorkshire (from 'the
 # Yorkshire factory'), Barge Park (a named factory site) and Dumbarton -> Location. No entity: 'British' (an
 # adjective), 'naval and maritime aircraft', 'aircraft engines' (generic), 'the parent company' and 'an operating
 # division' (generic phrases)
 entities=[E("Company", BA, "Blackburn Aircraft", "Blackburn", "Blackburn Aeroplane & Motor Company",
             "Blackburn and General Aircraft Limited"),
           E("Person", "Robert Blackburn", "Robert"), E("Person", "Jessy Blackburn"), E("Location", "Leeds"),
           E("Location", "Olympia Works"), E("Location", "Roundhay"), E("Location", "Brough"),
           E("Location", "East Riding of Yorkshire"), E("Person", "Norman Blackburn"),
           E("Company", CH, "Cirrus Hermes Engineering"), E("Service", "Blackburn Cirrus", "Cirrus"),
           E("Location", "Yorkshire"), E("Person", "Maurice Denny"), E("Company", WD), E("Location", "Dumbarton"),
           E("Location", "Barge Park"), E("Service", "Blackburn Botha"), E("Company", "General Aircraft Limited")],
 # 'Blackburn Aircraft was founded by Robert Blackburn and Jessy Blackburn' -> cofounder at Blackburn Aircraft Limited
 # for each (two people named together as founding it, GUIDELINES, Roles, 'Founders'), current true; "Robert's brother
 # Norman Blackburn later became managing director" -> director at Blackburn Aircraft Limited (the company the
 # paragraph tells of; 'managing director' -> director), current true; 'Maurice Denny, managing director of William
 # Denny and Brothers' -> director at William Denny and Brothers, current true. Near-misses, no role: 'who built his
 # first aircraft in Leeds in 1908' (a builder, no post); 'A fortuitous friendship between Maurice Denny ... and Robert
 # Blackburn' (a friendship, no post)
 roles=[R("Robert Blackburn", "cofounder", BA), R("Jessy Blackburn", "cofounder", BA),
        R("Norman Blackburn", "director", BA), R("Maurice Denny", "director", WD)],
 # 'Blackburn acquired the Cirrus-Hermes Engineering company in 1934' -> acquired(Blackburn Aircraft Limited,
 # Cirrus-Hermes Engineering) and parentOrganization(Cirrus-Hermes Engineering, Blackburn Aircraft Limited) (a
 # completed purchase; the target 'retained as a separate company for the time being', and Blackburn called 'the
 # parent company'); 'engine manufacturing was brought into the parent company as an operating division, giving rise
 # to the Blackburn Cirrus name' -> provider(Blackburn Cirrus, Blackburn Aircraft Limited) (the engines under
 # Blackburn's name; doubtful, above); 'a new Blackburn factory at Barge Park, Dumbarton where production of the
 # Blackburn Botha commenced' -> provider(Blackburn Botha, Blackburn Aircraft Limited). Near-misses, no relation:
 # 'Blackburn amalgamated with General Aircraft Limited in 1949 as Blackburn and General Aircraft Limited' (a merger
 # with no buyer told, GUIDELINES, Relations; doubtful: the name kept first and the reverting to Blackburn's name a
 # reader might read as Blackburn taking General Aircraft over); 'A fortuitous friendship between Maurice Denny ... and
 # Robert Blackburn resulted in the building of a new Blackburn factory' (two people's friendship; no partnership of
 # William Denny and Brothers with Blackburn told; doubtful: a reader might give partner)
 relations=[L(BA, "acquired", CH), L(CH, "parentOrganization", BA), L("Blackburn Cirrus", "provider", BA),
            L("Blackburn Botha", "provider", BA)],
 outages=[],
 # 'from 1914 to 1963' -> the years ('in 1914' twice more, one item); 'in 1908', 'in 1916', 'in 1934', 'in 1936', 'In
 # 1937' and 'By 1937' (one text, one value: one item), 'in 1939', 'in 1949', 'by 1958' -> the years
 dates=[D("1914", "1914"), D("1963", "1963"), D("1908", "1908"), D("1916", "1916"), D("1934", "1934"),
        D("1936", "1936"), D("1937", "1937"), D("1939", "1939"), D("1949", "1949"), D("1958", "1958")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
