#!/usr/bin/env python3
"""Batch 70w gold annotations (the texts of batch70w.py; session 64, round notes /tmp/gather70w/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70r; batch10_annotate.write_parts), so with three
texts: wp-barton-transport test, wp-maidstone-district-motor-services train, wp-yelloway-motor-services dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('The 1920s', 'the
mid-1930s') -> nothing, as batches 60c-70r left them; a month without a year ('In July') and relative expressions
('some nine years earlier', 'Many years later', 'a week later', 'A year later') -> nothing. No text tells an outage,
so every `outages` list is empty; no near-miss of one beyond business events (vehicles re-possessed, a business
placed in administration; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70r): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): one person named alone as starting a company -> `founder` ('Thomas Henry Barton used a
Durham Churchill charabanc to start the company's first service'; doubtful: the text says he started its first
service, not that he founded it), 'A went into partnership with B and they established themselves as ...' ->
`cofounder` each (as 'A founded Acme with B'; Robert Holt and his brother Ernest; doubtful: Robert alone 'commenced'
the parcels service two years before), current true (no leaving told); a person's purchase of a business -> no
relation and no role (as batches 70e and others read a person's purchase: 'the undertaking was purchased by Walter
Flexman French, who named the company ...'; 'a consortium of Maurice Edwards, John Barlow and Herbert Allen purchased
the business'; owners hold no post; doubtful: a reader might give French `founder`); 'an engineer at' -> no role
(not a title of the vocabulary, as batch 20a2); completed purchases by a company -> acquired and parentOrganization
(GUIDELINES, Relations: 'M&D acquired the Chatham & District Traction Company', kept 'as a separate operation', not
merged away); 'absorbed into' a company -> acquired only (as batches 33d, 66l, 70f and 70r read it: 'The company's
surviving operations were absorbed into Arriva Southern Counties'; doubtful: operations, a reader might read an asset
transfer and give nothing); 'acquired part of' and 'acquired an interest in' -> nothing (stakes, as earlier batches
read 'acquired an interest in'; British Electric Traction, the Tilling Group; doubtful); former names, registered
names, trading names and a fleetname of the same business -> aliases (GUIDELINES, Types: 'Maidstone, Chatham, Gravesend
& District Motor Omnibus Service', 'Maidstone & District Motor Services Limited'; 'Messrs Holt Brothers', 'Holt Bros',
'Holt Bros (Rochdale) Limited', 'Holts Yellow Cars', 'Yelloway Motor Services Limited'; 'the Chatham & District
fleetname' of the Chatham & District Traction Company; doubtful: a reader might keep the partnership apart from the
company); a name the company gave vehicles of its own making -> Service with provider ('The vehicles were known as
"Bartons Gliders"', lengthened and fitted 'by Barton'; doubtful); bus models -> Service (GUIDELINES, Types: vehicles),
the maker named only inside the names no entity ('Leyland Titan TD5', 'TD7', 'TD1'; doubtful: the last two as
written); a make named only as the make of a vehicle ('a Durham Churchill charabanc', 'a Daimler chassis', 'Lancia
chassis', 'a Lancia', 'Leylands', 'a hired Darracq-Serpollet steam bus', 'a 28-seat Dennis') -> no entity (as batch
69y read 'a Lacre motorbus'; doubtful: a reader might list the makers as Companies); coachbuilders named as the makers
of bought bodywork ('bodywork by Duple and Willowbrook was purchased') -> Company, no relation (vehicles bought, no
contract told, as batch 69y read Leyland Motors' buses); a bare surname used for both the company and its founder
('Barton') -> the company's alias (most of its uses; doubtful, as batch 70r's 'Morton'); named works, factories,
grounds, stations and streets -> Location ('National Shell Filling Factory', 'Athletic Ground', 'Maidstone West railway
station', 'Palace Avenue'); events ('World War I', 'the War', 'World War II', 'the Nottingham Goose Fair') -> no
entity; 'British' (an adjective), 'Mid and West Kent' (parts of Kent, which is listed) -> nothing.
usage: batch70w_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- bus operators, UK: Barton Transport -----------------------------------------------------------------------
BT = "Barton Transport"
A["wp-barton-transport"] = dict(
 # the operator -> Company 'Barton Transport', alias 'Barton' ('Barton built a replica', 'Barton pioneered', 'Barton
 # imported', 'by Barton': the company; 'Barton had earlier been an engineer ... where he had worked' is the man, the
 # same surface form kept for the company; doubtful); Thomas Henry Barton -> Person; Hornsbys, Duple and Willowbrook
 # -> Company; Nottinghamshire, Long Eaton, Mablethorpe, Chilwell and Italy -> Location; the National Shell Filling
 # Factory -> Location (a named factory); 'Bartons Gliders' -> Service (the company's name for its vehicles);
 # 'Leyland Titan TD5', 'TD7' and 'TD1' -> Service (bus models; doubtful, above). No entity: Durham Churchill,
 # Daimler, Lancia, 'Leylands' (makes named only as the make of a vehicle; doubtful), 'the Nottingham Goose Fair',
 # 'World War I', 'the War', 'World War II' (events), 'British'
 entities=[E("Company", BT, "Barton"), E("Location", "Nottinghamshire"), E("Person", "Thomas Henry Barton"),
           E("Location", "Long Eaton"), E("Location", "Mablethorpe"), E("Location", "National Shell Filling Factory"),
           E("Location", "Chilwell"), E("Location", "Italy"), E("Service", "Bartons Gliders"),
           E("Company", "Hornsbys"), E("Service", "Leyland Titan TD5"), E("Service", "TD7"), E("Service", "TD1"),
           E("Company", "Duple"), E("Company", "Willowbrook")],
 # 'In October 1908, Thomas Henry Barton used a Durham Churchill charabanc to start the company's first service' ->
 # founder (one person named alone as starting it; doubtful, above), current true. Near-miss, no role: 'Barton had
 # earlier been an engineer at Hornsbys' (not a title of the vocabulary; the 'Barton' there the man)
 roles=[R("Thomas Henry Barton", "founder", BT)],
 # 'Barton imported Lancia chassis ... lengthened and fitted with a patented tag-axle by Barton. The vehicles were
 # known as "Bartons Gliders"' -> provider (doubtful, above). Near-misses, no relation: 'bodywork by Duple and
 # Willowbrook was purchased' and 'Leylands were purchased' (vehicles bought, no contract told; doubtful: a reader
 # might give partner), 'the company also manufactured these bags for sale to other operators' (unnamed buyers),
 # Hornsbys (the man's former employer, no tie to the company)
 relations=[L("Bartons Gliders", "provider", BT)],
 outages=[],
 # 'from 1908 until 1989' -> the two years; 'In October 1908' -> the month; 'in 1953', 'dating from 1911', 'in 1930',
 # 'Starting in 1939' -> the years. No date: 'some nine years earlier', 'Many years later' (relative), 'The 1920s',
 # 'the mid-1930s' (decades), 'During World War I', 'the beginning of World War II' (events)
 dates=[D("1908", "1908"), D("1989", "1989"), D("October 1908", "1908-10"), D("1953", "1953"), D("1911", "1911"),
        D("1930", "1930"), D("1939", "1939")])

# ---- bus operators, UK: Maidstone & District Motor Services -----------------------------------------------------
MD = "Maidstone & District Motor Services"
CD = "Chatham & District Traction Company"
A["wp-maidstone-district-motor-services"] = dict(
 # the operator -> Company 'Maidstone & District Motor Services', aliases 'Maidstone & District Motor Services
 # Limited' (the name it was registered under), 'Maidstone, Chatham, Gravesend & District Motor Omnibus Service' (the
 # name French gave it), 'M&D' and 'Maidstone & District'; Arriva Southern Counties, British Electric Traction, the
 # Tilling Group and the Chatham & District Traction Company (alias 'Chatham & District': 'the Chatham & District
 # fleetname'; doubtful) -> Company; Walter Flexman French -> Person; Maidstone, Kent, East Sussex, London, Chatham,
 # Ashford, Faversham, Hastings, Sevenoaks, Tenterden and England -> Location; the Athletic Ground, Maidstone West
 # railway station and Palace Avenue -> Location (named sites). No entity: 'Darracq-Serpollet' (the make of 'a hired
 # Darracq-Serpollet steam bus'; doubtful), 'Mid and West Kent' (parts of Kent), 'north Maidstone' (Maidstone listed)
 entities=[E("Company", MD, "Maidstone & District Motor Services Limited", "Maidstone & District", "M&D",
             "Maidstone, Chatham, Gravesend & District Motor Omnibus Service"),
           E("Location", "Maidstone"), E("Location", "Kent"), E("Location", "East Sussex"),
           E("Company", "Arriva Southern Counties"), E("Location", "London"), E("Location", "Chatham"),
           E("Location", "Athletic Ground"), E("Location", "Maidstone West railway station"),
           E("Person", "Walter Flexman French"), E("Company", "British Electric Traction"), E("Location", "Ashford"),
           E("Location", "Faversham"), E("Location", "Hastings"), E("Location", "Sevenoaks"),
           E("Location", "Tenterden"), E("Company", "Tilling Group"), E("Location", "England"),
           E("Location", "Palace Avenue"), E("Company", CD, "Chatham & District")],
 # No role: 'the undertaking was purchased by Walter Flexman French, who named the company ...' (a person's purchase;
 # an owner holds no post; doubtful: a reader might give founder)
 roles=[],
 # 'In 1929, M&D acquired the Chatham & District Traction Company, but retained the Chatham & District fleetname as a
 # separate operation' -> acquired and parentOrganization (completed, not merged away); 'The company's surviving
 # operations were absorbed into Arriva Southern Counties' -> acquired only (doubtful, above). Near-misses, no
 # relation: 'British Electric Traction acquired part of M&D' and 'Tilling Group acquired an interest in the company'
 # (stakes; doubtful: a reader might give parentOrganization to BET), French's purchase (a person's), 'became a public
 # company' (a listing)
 relations=[L(MD, "acquired", CD), L(CD, "parentOrganization", MD), L("Arriva Southern Counties", "acquired", MD)],
 outages=[],
 # 'from 1911 until 1998', 'In 1908', 'In 1910', 'in 1913', 'By 1917', 'in 1921', 'in 1922' (twice), 'In 1929',
 # 'until 1955' -> the years; 'in March 1911' -> the month. No date: 'In July' (a month without a year, `published`
 # null), 'a week later', 'A year later' (relative)
 dates=[D("1911", "1911"), D("1998", "1998"), D("1908", "1908"), D("1910", "1910"), D("March 1911", "1911-03"),
        D("1913", "1913"), D("1917", "1917"), D("1921", "1921"), D("1922", "1922"), D("1929", "1929"),
        D("1955", "1955")])

# ---- bus and coach operators, UK: Yelloway Motor Services -------------------------------------------------------
YM = "Yelloway Motor Services"
A["wp-yelloway-motor-services"] = dict(
 # the company -> Company 'Yelloway Motor Services', aliases 'Yelloway Motor Services Limited' (its name from 1932),
 # 'Yelloway', 'Messrs Holt Brothers' (the brothers' trading name), 'Holt Bros' ('the offices of Holt Bros'), 'Holt
 # Bros (Rochdale) Limited' (its incorporated name) and 'Holts Yellow Cars' ('the trading name'): one business under
 # its names (doubtful, above); Robert Holt (alias 'Holt') and his brother 'Ernest' (the text's only form of his
 # name), Maurice Edwards, John Barlow and Herbert Allen -> Person; Rochdale, Manchester, Oldham, Blackpool, London
 # and Torquay -> Location. No entity: 'Dennis' (the make of 'a 28-seat Dennis'; doubtful), 'The Yellow Car' (a
 # shout, the name's origin)
 entities=[E("Company", YM, "Yelloway Motor Services Limited", "Yelloway", "Messrs Holt Brothers", "Holt Bros",
             "Holt Bros (Rochdale) Limited", "Holts Yellow Cars"),
           E("Location", "Rochdale"), E("Person", "Robert Holt", "Holt"), E("Person", "Ernest"),
           E("Location", "Manchester"), E("Location", "Oldham"), E("Location", "Blackpool"), E("Location", "London"),
           E("Person", "Maurice Edwards"), E("Person", "John Barlow"), E("Person", "Herbert Allen"),
           E("Location", "Torquay")],
 # 'Holt went into partnership with his younger brother Ernest and they established themselves as carriers trading as
 # Messrs Holt Brothers' -> cofounder each (doubtful, above), current true. Near-misses, no role: 'a consortium of
 # Maurice Edwards, John Barlow and Herbert Allen purchased the business' (owners, no post), 'a member of staff'
 # (unnamed)
 roles=[R("Robert Holt", "cofounder", YM), R("Ernest", "cofounder", YM)],
 # No relation: the consortium's purchase (persons, no company; GUIDELINES, Relations take named organisations),
 # 'a 28-seat Dennis' (no maker entity), 'placed in administration' (no administrator named)
 relations=[],
 outages=[],
 # 'In 1902', 'In 1904', 'in 1921', 'In 1930' -> the years; 'In May 1913', 'In November 1915', 'In March 1931' -> the
 # months; 'On 1 October 1928', 'On 9 April 1932' -> the days
 dates=[D("1902", "1902"), D("1904", "1904"), D("May 1913", "1913-05"), D("November 1915", "1915-11"),
        D("1921", "1921"), D("1 October 1928", "1928-10-01"), D("1930", "1930"), D("March 1931", "1931-03"),
        D("9 April 1932", "1932-04-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
