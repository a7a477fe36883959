#!/usr/bin/env python3
"""Batch 69m gold annotations (the texts of batch69m.py; session 63, round notes /tmp/gather69m/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68q; batch10_annotate.write_parts), so with three
texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
decades and parts of them ('the early 1950s') -> nothing, as batches 60c-68q left them; 'late 1970' -> '1970' (the
year named); 'March 1984' -> the month; life years in brackets ('(1880\u20131932)') listed as years, as earlier
batches listed them. No text tells an outage, so every `outages` list is empty; no near-miss of one told (factories
'shut down', offices 'closed', a brand folded into a catalogue are business matters; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68q): people named together as founding a company ('founded
in 1928 by Charles Powis and Jack Phillips', 'founded ... by two of five brothers, Edward Atkinson ... and Henry Birch
Atkinson', the brothers who 'moved to Southport trading as' the company) -> each `cofounder` (the 'Founders' bullet),
current true (founding is not a post left; doubtful for the Hampsons, who 'left the company' in 1916); a person who
helped ('with assistance from their brother-in-law George Hunt') -> no role; 'under the directorship of' -> director
at the school; a '"Headmaster"' -> head at the school; 'under the control of' -> head at the company (doubtful: control
may be ownership); a completed purchase ('the acquisition in 1970 of Atkinson Vehicles Limited ... by Seddon Diesel
Vehicles Limited', 'the firm was acquired by International Harvester', 'which sold it ... to ... Enasa') -> acquired
and parentOrganization (GUIDELINES, Relations), ownership later ended still recorded; 'made it a subsidiary of',
'became part of' -> parentOrganization only (no purchase told); a stake ('Rolls-Royce bought into the company', its
'interests ... bought out') -> nothing (no purchase of the company, no partnership named; doubtful); a school the
company 'opened' -> parentOrganization to the company (its own unit; doubtful); an engine bought in from a named maker
('two-cylinder Aster engine ... the first use of a bought in engine') -> partner (a supply relation, as batch 68q read
'engines from'; doubtful); named models -> Service with provider to the maker that made them ('the Miles Messenger'
'the company needed to increase production of'; 'The range of models produced included EuroMover, Pacer and Strato');
numbered models ('the 10/12', 'the 25/30') -> nothing (numbers, no names); former and later names of the same company
-> aliases (GUIDELINES, Types: 'Phillips & Powis Aircraft (Reading) Ltd' that 'became Miles Aircraft Limited';
'Atkinson & Co.' that 'evolved into' the company through mergers, read as the first name of Atkinson Vehicles Limited
of Preston, doubtful; 'Vulcan Motor Manufacturing and Trading', 'Vulcan Motor and Engineering', 'Vulcan Motor
Engineering (1916)'); brothers named by one surname ('Thomas and Joseph Hampson') -> the first under his first name
'Thomas', as batches 63b-67ab kept such names; an aerodrome, an RAF station, streets and a district -> Location
(GUIDELINES, Types: named sites); a school -> Organization; events ('World War I', 'the war') -> no entity; 'British',
'Spanish' (adjectives) -> nothing.
usage: batch69m_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aviation, UK: Miles Aircraft ----------------------------------------------------------------------------------
MA = "Miles Aircraft Limited"
SCH = "Miles Aeronautical Technical School"
BM = "Maxine \"Blossom\" Miles"
A["wp-miles-aircraft"] = dict(
 # the maker -> Company 'Miles Aircraft Limited', alias its first name 'Phillips & Powis Aircraft (Reading) Ltd' ('A
 # company was founded ... as ...', 'the firm became Miles Aircraft Limited'); Rolls-Royce -> Company; Frederick George
 # Miles, Maxine "Blossom" Miles (aliases 'Maxine (Blossom) Miles' and her maiden name 'Forbes-Robertson', 'n\u00e9e
 # Forbes-Robertson'), George Herbert Miles, Charles Powis, Jack Phillips and Walter Evans -> Person; the Miles
 # Aeronautical Technical School -> Organization (a school); the Miles Messenger -> Service (an aircraft model);
 # Woodley Aerodrome, Reading, Berkshire, Banbridge, County Down, Northern Ireland, RAF Long Kesh and Newtownards ->
 # Location. No entity: 'Miles' alone ('the name used for aircraft and associated businesses', 'the Miles name': a
 # name shared by the company, its aircraft and three people; no alias), 'a former linen mill' (unnamed), 'the war'
 entities=[E("Person", "Frederick George Miles"), E("Person", BM, "Maxine (Blossom) Miles", "Forbes-Robertson"),
           E("Person", "George Herbert Miles"), E("Person", "Charles Powis"), E("Person", "Jack Phillips"),
           E("Company", MA, "Phillips & Powis Aircraft (Reading) Ltd"), E("Location", "Woodley Aerodrome"),
           E("Location", "Reading"), E("Location", "Berkshire"), E("Company", "Rolls-Royce"),
           E("Service", "Miles Messenger"), E("Location", "Banbridge"), E("Location", "County Down"),
           E("Location", "Northern Ireland"), E("Location", "RAF Long Kesh"), E("Location", "Newtownards"),
           E("Organization", SCH), E("Person", "Walter Evans")],
 # 'A company was founded in 1928 by Charles Powis and Jack Phillips as Phillips & Powis Aircraft (Reading) Ltd' ->
 # cofounder at Miles Aircraft Limited for each (named together; the company under its first name, an alias);
 # 'under the directorship of Maxine (Blossom) Miles' -> director at the school; 'The school had a "Headmaster", Walter
 # Evans' -> head at the school (a headmaster leads a school; GUIDELINES, Roles: head); all current true (no leaving
 # told). Near-misses, no role: Frederick George Miles, his wife and his brother as the designers behind the name
 # (no post at the company named in the text; the infobox's 'Key People' cut)
 roles=[R("Charles Powis", "cofounder", MA), R("Jack Phillips", "cofounder", MA), R(BM, "director", SCH),
        R("Walter Evans", "head", SCH)],
 # 'The company opened the Miles Aeronautical Technical School' -> parentOrganization(school, Miles Aircraft Limited)
 # (the company's own school; doubtful: a reader might give no relation); 'The company needed to increase production
 # of the Miles Messenger' -> provider(Miles Messenger, Miles Aircraft Limited). Near-misses, no relation: 'Rolls-Royce
 # bought into the company' and 'Rolls-Royce's interests were bought out' (a stake of no stated size, later ended; no
 # purchase of the company; doubtful: a reader might give parentOrganization or partner); the linen mill taken over
 # (an asset, unnamed)
 relations=[L(SCH, "parentOrganization", MA), L("Miles Messenger", "provider", MA)],
 outages=[],
 # 'between 1943 and 1947' and 'in 1943' (twice: one item for 1943), 'in 1928', 'In 1929', 'In 1936', 'in 1946' ->
 # the years. No date: 'the end of the war' (an event)
 dates=[D("1943", "1943"), D("1947", "1947"), D("1928", "1928"), D("1929", "1929"), D("1936", "1936"),
        D("1946", "1946")])

# ---- commercial vehicles, UK: Seddon Atkinson ----------------------------------------------------------------------
SA = "Seddon Atkinson Vehicles Limited"
AV = "Atkinson Vehicles Limited"
SD = "Seddon Diesel Vehicles Limited"
A["wp-seddon-atkinson"] = dict(
 # the maker -> Company 'Seddon Atkinson Vehicles Limited', aliases 'Seddon Atkinson Vehicles Ltd' and 'Seddon
 # Atkinson' ('Recent Seddon Atkinson vehicles'; 'Seddon Atkinsons', the vehicles, hold the same words); Atkinson
 # Vehicles Limited -> Company, aliases 'Atkinson & Co.' (the Preston firm 'founded in 1907 in Preston', read as its
 # first name; doubtful) and 'Atkinson' ('the company's former Atkinson logo', 'The circular Atkinson logo'); Seddon
 # Diesel Vehicles Limited, International Harvester, Enasa, Pegaso and Iveco -> Company; EuroMover, Pacer and Strato
 # -> Service (named models); Oldham, Lancashire, England, Preston, the United Kingdom, Spain and the Frenchwood
 # district -> Location; Edward Atkinson, Henry Birch Atkinson and George Hunt -> Person. No entity: 'the Spanish group'
 # (an adjective), 'the Knight Of The Road badge' (a badge, no organisation), 'the mainstream Iveco catalogue'
 entities=[E("Company", SA, "Seddon Atkinson Vehicles Ltd", "Seddon Atkinson"), E("Location", "Oldham"),
           E("Location", "Lancashire"), E("Location", "England"), E("Company", AV, "Atkinson & Co.", "Atkinson"),
           E("Location", "Preston"), E("Company", SD), E("Company", "International Harvester"),
           E("Company", "Enasa"), E("Company", "Pegaso"), E("Company", "Iveco"), E("Location", "United Kingdom"),
           E("Service", "EuroMover"), E("Service", "Pacer"), E("Service", "Strato"), E("Location", "Spain"),
           E("Location", "Frenchwood"), E("Person", "Edward Atkinson"), E("Person", "Henry Birch Atkinson"),
           E("Person", "George Hunt")],
 # 'Atkinson & Co. was founded ... by two of five brothers, Edward Atkinson (1880-1932) and Henry Birch Atkinson
 # (1882-1921)' -> cofounder at Atkinson Vehicles Limited for each (named together; the firm under the alias 'Atkinson
 # & Co.'), current true (their deaths are life years, no post left). Near-miss, no role: 'with assistance from their
 # brother-in-law George Hunt' (help, no post named; doubtful: a reader might give cofounder)
 roles=[R("Edward Atkinson", "cofounder", AV), R("Henry Birch Atkinson", "cofounder", AV)],
 # 'the acquisition in 1970 of Atkinson Vehicles Limited ... by Seddon Diesel Vehicles Limited' -> acquired and
 # parentOrganization; 'In 1974, the firm was acquired by International Harvester, which sold it in March 1984 to the
 # Spanish group Enasa' -> acquired and parentOrganization for each buyer (International Harvester's ownership ended,
 # still recorded); 'which made it a subsidiary of Pegaso' -> parentOrganization(Seddon Atkinson, Pegaso); 'In 1990,
 # it became part of Iveco' -> parentOrganization(Seddon Atkinson, Iveco) (no purchase told: no acquired, as batch 69e
 # read 'became part of'); 'The range of models produced included EuroMover, Pacer and Strato' -> provider to Seddon
 # Atkinson for each. Near-misses, no relation: Seddon Atkinson 'formed after' the acquisition (no tie to Seddon Diesel
 # Vehicles stated beyond the name; doubtful: a reader might give parentOrganization); Enasa and Pegaso (no tie between
 # them stated in the text); Iveco's manufacture in Spain and its catalogue
 relations=[L(SD, "acquired", AV), L(AV, "parentOrganization", SD),
            L("International Harvester", "acquired", SA), L(SA, "parentOrganization", "International Harvester"),
            L("Enasa", "acquired", SA), L(SA, "parentOrganization", "Enasa"), L(SA, "parentOrganization", "Pegaso"),
            L(SA, "parentOrganization", "Iveco"), L("EuroMover", "provider", SA), L("Pacer", "provider", SA),
            L("Strato", "provider", SA)],
 outages=[],
 # 'in 1970' and 'late 1970' (one item), 'In 1974', 'March 1984' (the month), 'In 1990', 'in 2005', 'in 2004', 'the
 # end of 2006', 'from 1937', 'in 1907' (twice: one item) and the life years '1880', '1932', '1882', '1921', '1870',
 # '1950' -> dates. No date: 'the early 1950s' (a decade's part), 'shortly afterwards' (relative)
 dates=[D("1970", "1970"), D("1974", "1974"), D("March 1984", "1984-03"), D("1990", "1990"), D("2005", "2005"),
        D("2004", "2004"), D("2006", "2006"), D("1937", "1937"), D("1907", "1907"), D("1880", "1880"),
        D("1932", "1932"), D("1882", "1882"), D("1921", "1921"), D("1870", "1870"), D("1950", "1950")])

# ---- motor vehicles, UK: Vulcan (motor vehicles) -------------------------------------------------------------------
VM = "Vulcan Motor and Engineering Company Limited"
A["wp-vulcan-motor-vehicles"] = dict(
 # the maker -> Company 'Vulcan Motor and Engineering Company Limited', aliases its trading name 'Vulcan Motor
 # Manufacturing and Trading', 'Vulcan Motor and Engineering' (the name it changed to at Crossens), 'Vulcan Motor
 # Engineering (1916)' (the name it was reformed as) and 'Vulcan' ('the first Vulcan car'); the brothers -> Person
 # 'Thomas' (named by his first name only: 'Thomas and Joseph Hampson') and 'Joseph Hampson'; C.B. Wardman -> Person;
 # Aster ('two-cylinder Aster engine') -> Company (the engine's maker, named by its name); Southport, England, Bolton,
 # Yellow House Lane, Hawesside Street, Crossens, Britain, India, Belgium, Russia and Portugal -> Location. No entity:
 # 'World War I', 'the war' (events), the numbered models ('the 10/12', 'the 10/15', 'the 15.9', 'the 15/20', 'the
 # 25/30'), 'the Hampson brothers' (both brothers: no alias of one)
 entities=[E("Company", VM, "Vulcan Motor Manufacturing and Trading", "Vulcan Motor and Engineering",
             "Vulcan Motor Engineering (1916)", "Vulcan"),
           E("Location", "Southport"), E("Location", "England"), E("Person", "Thomas"), E("Person", "Joseph Hampson"),
           E("Location", "Bolton"), E("Location", "Yellow House Lane"), E("Location", "Hawesside Street"),
           E("Location", "Crossens"), E("Company", "Aster"), E("Location", "Britain"), E("Location", "India"),
           E("Location", "Belgium"), E("Location", "Russia"), E("Location", "Portugal"),
           E("Person", "C.B. Wardman")],
 # 'Brothers Thomas and Joseph Hampson ... In 1902 they moved to Southport trading as Vulcan Motor Manufacturing and
 # Trading and built the first Vulcan car' -> cofounder at the company for each (named together as starting it; the
 # text has no 'founded'; doubtful), current true (founding is not a post; 'the Hampson brothers left the company' in
 # 1916 ends no named post; doubtful: a reader might mark them current false); 'it was reformed as Vulcan Motor
 # Engineering (1916) under the control of C.B. Wardman' -> head at the company, current true (no leaving told in the
 # text; doubtful: 'control' may mean ownership, not a post)
 roles=[R("Thomas", "cofounder", VM), R("Joseph Hampson", "cofounder", VM), R("C.B. Wardman", "head", VM)],
 # 'a new small car - the 10/12 of 1.8 L with two-cylinder Aster engine - was added, the first use of a bought in
 # engine' -> partner(Vulcan, Aster) (a supply relation, direction as written; as batch 68q read 'engines from';
 # doubtful: no contract named). Near-misses, no relation: the reforming of 1916 (the same company renamed), the
 # countries where the truck 'saw use as an ambulance' (places)
 relations=[L(VM, "partner", "Aster")],
 outages=[],
 # 'from 1902' and 'In 1902' (one item), 'until 1928', 'from 1914', 'until 1953', 'in 1899', 'In 1903', 'in 1904',
 # 'in 1905', 'in 1906', 'in 1908', 'In 1912', 'In 1916' (the alias 'Vulcan Motor Engineering (1916)' holds the same
 # year) -> the years. No date: 'At the outbreak of World War I', 'During the war' (events)
 dates=[D("1902", "1902"), D("1928", "1928"), D("1914", "1914"), D("1953", "1953"), D("1899", "1899"),
        D("1903", "1903"), D("1904", "1904"), D("1905", "1905"), D("1906", "1906"), D("1908", "1908"),
        D("1912", "1912"), D("1916", "1916")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
