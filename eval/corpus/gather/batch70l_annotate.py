#!/usr/bin/env python3
"""Batch 70l gold annotations (the texts of batch70l.py; session 64, round notes /tmp/gather70l/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70e; batch10_annotate.write_parts), so with three
texts: wp-bristol-omnibus-company test, wp-southern-vectis train, wp-transmeridian-air-cargo dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); relative ones ('a year later') -> nothing,
and decades ('the 1970s') -> nothing, as batches 60c-70e left them; 'the beginning of 1965', 'the end of 1967' -> the
year (GUIDELINES, Dates: 'the end of last year' -> the year); a year inside a law's name ('the Transport Act 1985') ->
nothing (a name, not a time expression; doubtful). No text tells an outage, so every `outages` list is empty; no
near-miss of one beyond business events (Transmeridian's merger of 1979, the Clifton Rocks Railway's closure in 1934,
Southern Railway's nationalisation: business events; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70e): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): one person named alone as forming a company -> `founder` ('George White formed the Bristol
Tramways Company'), current true (no leaving told); a person named running a company with its senior management,
no title written -> executive (generic senior title; 'George White and the senior management team of Bristol
Tramways also ran Imperial Tramways' -> executive at each; doubtful); completed takeovers -> acquired and
parentOrganization (GUIDELINES, Relations: 'taken over by', 'purchased by', 'sold to'; 'bought 90% of' a purchase of
control read as batches 32j, 32k and 60h read a majority stake; doubtful), kept although the target was later merged
into a new company (relations carry no time); mergers forming a new company with no buyer named -> nothing (GUIDELINES,
Relations: 'A "merger" where the text does not say who buys whom: nothing'; Transmeridian with IAS Cargo Airlines, the
Bristol Tramways Company with the Bristol Cab Company); 'became part of', 'became a subsidiary of' -> parentOrganization;
operations a company 'started' (new bus companies set up by it) -> parentOrganization of the new company (doubtful);
a railway bought by a company -> Company with acquired and parentOrganization ('bought the Clifton Rocks Railway',
read as a railway company bought, not a site; doubtful); an unnamed firm bought ('a self-drive van hire firm') ->
nothing; the company's own former names -> aliases ('Trans Meridian Flying Service'; 'Bristol Tramways & Carriage
Company' read as the Bristol Omnibus Company's earlier name, the company whose history the text goes on with, doubtful;
'Dodson and Campbell', 'Dodson & Campbell', 'Vectis Bus Company', 'Southern Vectis Omnibus Company Limited'), a
company that merged into a new one kept apart from it (the Bristol Tramways Company); a company's later name -> alias
('HeavyLift Cargo' of British Cargo Airlines); aircraft types and car models -> Service (GUIDELINES, Types), with no
provider where the maker is named only inside the name (Douglas, Canadair, Ford); a named bus service -> Service with
provider ('Southern Vectis started The Pink Peril, a school service'); airports and streets -> Location (GUIDELINES,
Types: named sites); laws ('the Transport Act 1985') and events ('World War I') -> nothing; 'British', 'Roman' ->
nothing.
usage: batch70l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, UK: Transmeridian Air Cargo -------------------------------------------------------------------------
TM = "Transmeridian Air Cargo"
TWL = "Trans World Leasing"
TH = "Trafalgar House Group"
A["wp-transmeridian-air-cargo"] = dict(
 # the airline -> Company 'Transmeridian Air Cargo', aliases 'Transmeridian' and 'Trans Meridian Flying Service' (its
 # first name: 'founded under the name ...', 'the name was changed to Transmeridian Air Cargo'); IAS Cargo Airlines,
 # Trans World Leasing and the Trafalgar House Group -> Company; British Cargo Airlines -> Company, alias 'HeavyLift
 # Cargo' ('which later became HeavyLift Cargo'); the aircraft types 'Douglas DC-4' (alias 'DC-4', also in 'DC-4s'),
 # 'Douglas C-54 Skymaster', 'Douglas DC-7C' and 'Canadair CL-44' -> Service; Liverpool, Dublin, Paris–Le Bourget
 # Airport and London Stansted Airport (airports), the Middle East, Africa, Hong Kong and Australia -> Location. No
 # entity: 'DC-7s' (the type family, not the DC-7C named; doubtful), Douglas and Canadair (only inside the types'
 # names), Paris (only inside the airport's name), 'British' (an adjective)
 entities=[E("Company", TM, "Transmeridian", "Trans Meridian Flying Service"), E("Company", "IAS Cargo Airlines"),
           E("Company", "British Cargo Airlines", "HeavyLift Cargo"), E("Service", "Douglas DC-4", "DC-4"),
           E("Location", "Liverpool"), E("Service", "Douglas C-54 Skymaster"), E("Location", "Dublin"),
           E("Location", "Paris\u2013Le Bourget Airport"), E("Service", "Douglas DC-7C"), E("Location", "Middle East"),
           E("Location", "Africa"), E("Company", TWL), E("Service", "Canadair CL-44"),
           E("Location", "London Stansted Airport"), E("Location", "Hong Kong"), E("Location", "Australia"),
           E("Company", TH)],
 # No person is named, so no role
 roles=[],
 # 'By the end of 1967 the company was taken over by Trans World Leasing' -> acquired and parentOrganization; 'In 1977
 # the Trafalgar House Group bought 90% of Transmeridian' -> acquired and parentOrganization (control; doubtful, above).
 # Near-misses, no relation: 'merged it with IAS Cargo Airlines to form British Cargo Airlines' and 'it merged with IAS
 # Cargo Airlines' (a merger forming a new company, no buyer named; Trafalgar House as owner of British Cargo Airlines
 # not stated); the aircraft types (no maker an entity; the airline flies them, it does not make them)
 relations=[L(TWL, "acquired", TM), L(TM, "parentOrganization", TWL),
            L(TH, "acquired", TM), L(TM, "parentOrganization", TH)],
 outages=[],
 # 'from 1962 until 1979' -> the years; 'on 5 October 1962', 'on 1 November 1962', 'on 15 August 1979' -> the days;
 # 'At the beginning of 1965', 'By the end of 1967' -> the years; 'In 1968', '1975 being the year', 'In 1977' -> the
 # years. No date: 'a year later' (relative), 'throughout the 1970s' (a decade), 'this period'
 dates=[D("1962", "1962"), D("1979", "1979"), D("5 October 1962", "1962-10-05"), D("1 November 1962", "1962-11-01"),
        D("the beginning of 1965", "1965"), D("the end of 1967", "1967"), D("1968", "1968"), D("1975", "1975"),
        D("1977", "1977"), D("15 August 1979", "1979-08-15")])

# ---- bus operators, UK: Bristol Omnibus Company --------------------------------------------------------------------
BO = "Bristol Omnibus Company"
BT = "Bristol Tramways Company"
IT = "Imperial Tramways Company"
CR = "Clifton Rocks Railway"
A["wp-bristol-omnibus-company"] = dict(
 # the operator -> Company 'Bristol Omnibus Company', aliases 'Bristol Tramways & Carriage Company' (formed in 1887,
 # the company whose history the text goes on with: 'In 1887, the company began a horse-bus service'; doubtful) and
 # 'Bristol Tramways' ('the senior management team of Bristol Tramways' in 1892, after the merger); the Bristol
 # Tramways Company (formed in 1875, merged in 1887) -> Company apart (doubtful); the Bristol Cab Company -> Company;
 # the Imperial Tramways Company -> Company, alias 'Imperial Tramways'; the Clifton Rocks Railway -> Company (above;
 # doubtful); George White -> Person; Bristol, the United Kingdom, Gloucestershire, Somerset, Wiltshire, Upper
 # Mauldlin Street, Blackboy Hill, Clifton, London, Bath, Weston-super-Mare, Cheltenham, Gloucester, Swindon, Wells and
 # Coleford -> Location. No entity: 'the Centre' (a part of the city, generic), 'World War I' (an event)
 entities=[E("Company", BO, "Bristol Tramways & Carriage Company", "Bristol Tramways"), E("Location", "Bristol"),
           E("Location", "United Kingdom"), E("Location", "Gloucestershire"), E("Location", "Somerset"),
           E("Location", "Wiltshire"), E("Person", "George White"), E("Company", BT),
           E("Location", "Upper Mauldlin Street"), E("Location", "Blackboy Hill"), E("Company", "Bristol Cab Company"),
           E("Location", "Clifton"), E("Company", IT, "Imperial Tramways"), E("Location", "London"),
           E("Location", "Bath"), E("Location", "Weston-super-Mare"), E("Location", "Cheltenham"),
           E("Location", "Gloucester"), E("Company", CR), E("Location", "Swindon"), E("Location", "Wells"),
           E("Location", "Coleford")],
 # 'George White formed the Bristol Tramways Company' -> founder at the Bristol Tramways Company (one person named
 # alone); 'George White and the senior management team of Bristol Tramways also ran Imperial Tramways' -> executive
 # at the Bristol Omnibus Company (as 'Bristol Tramways') and at the Imperial Tramways Company (doubtful: no title
 # written). All current true (no leaving told)
 roles=[R("George White", "founder", BT), R("George White", "executive", BO), R("George White", "executive", IT)],
 # 'In 1912 the company also bought the Clifton Rocks Railway' -> acquired and parentOrganization (doubtful, above).
 # Near-misses, no relation: 'the Bristol Tramways Company merged with the Bristol Cab Company to form the Bristol
 # Tramways & Carriage Company' (a merger, no buyer named); Bristol Tramways and Imperial Tramways 'remained separate
 # companies' (common management, no ownership told); 'traces its origins to' the Bristol Tramways Company (a
 # predecessor, no ownership)
 relations=[L(BO, "acquired", CR), L(CR, "parentOrganization", BO)],
 outages=[],
 # 'to 1875', 'In 1887' (twice), 'In 1892', 'In 1895', 'in 1906', 'in 1909', 'in 1910', 'in 1912' (twice), 'in 1913',
 # 'in 1934', '(1921)', '(1922)', '(1924)' -> the years (one item each)
 dates=[D("1875", "1875"), D("1887", "1887"), D("1892", "1892"), D("1895", "1895"), D("1906", "1906"),
        D("1909", "1909"), D("1910", "1910"), D("1912", "1912"), D("1913", "1913"), D("1934", "1934"),
        D("1921", "1921"), D("1922", "1922"), D("1924", "1924")])

# ---- bus operators, UK: Southern Vectis ---------------------------------------------------------------------------
SV = "Southern Vectis"
GA = "Go-Ahead Group"
GSC = "Go South Coast"
SBL = "Solent Blue Line"
A["wp-southern-vectis"] = dict(
 # the operator -> Company 'Southern Vectis', aliases its former names 'Dodson and Campbell', 'Dodson & Campbell' (both
 # spellings written), 'Vectis Bus Company' and 'Southern Vectis Omnibus Company Limited'; Southern Railway, the
 # Go-Ahead Group, the National Bus Company (a nationalised bus company, run as a business), Badger Vectis, Solent Blue
 # Line and Go South Coast -> Company; Christopher Dodson ('the London bus body builder, Christopher Dodson') -> Person
 # (doubtful: a body builder's business may carry the name); 'Ford Granada' (a car model) and 'The Pink Peril' (a named
 # school bus service) -> Service; the Isle of Wight (alias 'Vectis': 'Vectis was the Roman name for the Isle of
 # Wight'; doubtful), Cowes, London, Poole and Southampton -> Location. No entity: Ford (only inside the model's name),
 # 'the Transport Act 1985' (a law), 'a self-drive van hire firm' (unnamed), 'Roman' (an adjective)
 entities=[E("Company", SV, "Dodson and Campbell", "Dodson & Campbell", "Vectis Bus Company",
             "Southern Vectis Omnibus Company Limited"),
           E("Location", "Isle of Wight", "Vectis"), E("Company", "Southern Railway"), E(
           "Company", GA), E("Location", "Cowes"), E("Location", "London"), E("Person", "Christopher Dodson"),
           E("Company", "National Bus Company"), E("Company", "Badger Vectis"), E("Location", "Poole"),
           E("Company", SBL), E("Location", "Southampton"), E("Service", "Ford Granada"),
           E("Service", "The Pink Peril"), E("Company", GSC)],
 # No role: Christopher Dodson is named as a bus body builder, with no post at an organisation
 roles=[],
 # 'The company was purchased by Southern Railway' / 'In 1929, the company was purchased by Southern Railway' ->
 # acquired and parentOrganization; 'Southern Vectis became part of the National Bus Company' -> parentOrganization;
 # 'it became a subsidiary of Go-Ahead Group' and 'Southern Vectis and Solent Blue Line were sold to the Go-Ahead Group
 # and became part of Go South Coast' -> acquired and parentOrganization (Go-Ahead) for each of the two, and
 # parentOrganization (Go South Coast) for each; 'Southern Vectis started Badger Vectis in Poole, and Solent Blue Line
 # in Southampton' -> parentOrganization of each under Southern Vectis (doubtful, above); 'Southern Vectis started The
 # Pink Peril, a school service' -> provider. Near-misses, no relation: Go South Coast under the Go-Ahead Group (not
 # stated; doubtful), 'the business was sold in a management buy out' (no buyer named), 'Southern Railway was
 # nationalised' (the state no entity), 'bought a self-drive van hire firm' (unnamed), the Ford Granada taxis (Ford no
 # entity)
 relations=[L("Southern Railway", "acquired", SV), L(SV, "parentOrganization", "Southern Railway"),
            L(SV, "parentOrganization", "National Bus Company"),
            L(GA, "acquired", SV), L(SV, "parentOrganization", GA),
            L(GA, "acquired", SBL), L(SBL, "parentOrganization", GA),
            L(SV, "parentOrganization", GSC), L(SBL, "parentOrganization", GSC),
            L("Badger Vectis", "parentOrganization", SV), L(SBL, "parentOrganization", SV),
            L("The Pink Peril", "provider", SV)],
 outages=[],
 # 'in 1921' (twice), 'in 1923' / 'In 1923', 'in 1969' (twice), 'In 1987' (twice), 'In 1929', 'In 1948', 'In 1986',
 # 'until 1989', 'In 2003' -> the years (one item each); 'in July 2005' / 'In July 2005' -> the month. No date: '1985'
 # in 'the Transport Act 1985' (a law's name; doubtful)
 dates=[D("1921", "1921"), D("1923", "1923"), D("1969", "1969"), D("1987", "1987"), D("July 2005", "2005-07"),
        D("1929", "1929"), D("1948", "1948"), D("1986", "1986"), D("1989", "1989"), D("2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
