#!/usr/bin/env python3
"""Batch 70e gold annotations (the texts of batch70e.py; session 64, round notes /tmp/gather70e/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-69ai; batch10_annotate.write_parts), so with three
texts: wp-lloyd-international-airways test, wp-royal-enfield-england train, wp-vincent-motorcycles dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); relative ones ('the following
year') -> nothing, and decades ('the late 1940s', 'the mid-1960s', 'the early 1970s') -> nothing, as batches
60c-69ai left them; 'early 1971' -> the year (GUIDELINES, Dates:
'late 2006' -> the year). No text tells an outage, so every `outages` list is empty; no near-miss of one beyond
business ends (Vincent's motorcycle production discontinued in 1955, Townsend's financial collapse of 1891, Velocette's
closure in 1971, Lloyd International's ceasing operations in June 1972: business failures; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69ai): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): one person named alone as founding or establishing a company -> `founder` ('The business
was established by Philip Vincent'; 'HRD was founded by ... Howard Raymond Davies'), the unnamed 'founders' of a venture
read as the three people the text names planning it (Brian Lloyd, Alastair Macleod and John Louis Mingaye Crick ->
each `cofounder`; doubtful: the backers who funded the new airline are not counted), current true (no leaving told);
'sales manager of ... Perry & Co Ltd' -> executive (GUIDELINES: '"manager" -> executive'); 'an engineer from D. Rudge
& Co' and a partner in a trading partnership ('entered into partnership with E J Massey, trading as HRD Motors') ->
other (as staff attorneys -> other; doubtful); 'the respective chairmen of the airline and of ... Far East Aviation
Company Ltd' -> chairman at each in order; 'X acquired full ownership of the company' -> acquired and
parentOrganization (GUIDELINES, Relations: completed acquisitions; 'the company' read as The Enfield Cycle Company
Limited, the only company named before it; doubtful); a person buying a company -> nothing ('the purchase of HRD Motors
Ltd ... by Philip Vincent': `acquired` needs a Company buyer; doubtful); a company's operation or remaining business
sold -> nothing (asset purchases: 'spare parts operation was sold to Velocette', "Enfield's remaining motorcycle
business was acquired by Norton Villiers"; doubtful for the latter); 'a group holding company' named beside the airline
-> parentOrganization (doubtful); the company's own later names -> aliases ('Vincent HRD', 'Vincent Engineers
(Stevenage) Ltd'; 'HRD Motors'), a company bought and renamed by a person kept apart from the business he set up (HRD
Motors Ltd beside Vincent Motorcycles; doubtful); a brand name under which a company sold its products -> Service with
provider ('Royal Enfield was a brand name under which The Enfield Cycle Company Limited ... sold motorcycles', as
batch 69ai read Velocette; doubtful: the text also writes "Royal Enfield's spare parts operation"), named motorcycles
and aircraft types -> Service (GUIDELINES, Types: vehicles, aircraft models), with provider only where the maker is an
annotated entity ('The 1948 Vincent Black Shadow', 'a Vincent-engined prototype Indian (Vindian)'; the Douglas, Bristol,
Canadair and Boeing types have no provider: a company named only inside a product name is no entity); airports ->
Location (GUIDELINES, Types); 'British', 'Indian', 'Bolivian', 'Greek', 'the Germans' (adjectives, a people) -> nothing.
usage: batch70e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- motorcycle makers, UK: Vincent Motorcycles --------------------------------------------------------------------
VM = "Vincent Motorcycles"
HRD = "HRD Motors Ltd"
A["wp-vincent-motorcycles"] = dict(
 # the maker -> Company 'Vincent Motorcycles', aliases 'Vincent HRD' ('initially renaming it as Vincent HRD') and
 # 'Vincent Engineers (Stevenage) Ltd' ('The name was changed to Vincent Engineers (Stevenage) Ltd. in 1952'; the stop
 # after 'Ltd' ends the abbreviation); HRD Motors Ltd -> Company, aliases 'HRD' ('an existing manufacturing name HRD',
 # 'HRD was founded by') and 'HRD Motors' ('trading as HRD Motors'), kept apart from the maker (above; doubtful);
 # Philip Vincent, Howard Raymond Davies (alias 'Davies') and E J Massey -> Person; the Royal Flying Corps (alias
 # 'RFC') -> Organization (a military air arm); 'Vincent Black Shadow' and 'Vindian' (the prototype's name) -> Service;
 # the US -> Location. No entity: 'Indian' (the make of the prototype, named only as the product; doubtful), 'the
 # Germans' (a people), 'Stevenage' (only inside the company's later name), 'the War' (an event)
 entities=[E("Company", VM, "Vincent HRD", "Vincent Engineers (Stevenage) Ltd"), E("Person", "Philip Vincent"),
           E("Company", HRD, "HRD", "HRD Motors"), E("Service", "Vincent Black Shadow"), E("Service", "Vindian"),
           E("Location", "US"), E("Organization", "Royal Flying Corps", "RFC"),
           E("Person", "Howard Raymond Davies", "Davies"), E("Person", "E J Massey")],
 # 'The business was established by Philip Vincent' -> founder at Vincent Motorcycles; 'HRD was founded by ... Howard
 # Raymond Davies' -> founder at HRD Motors Ltd (one person named alone); 'Davies entered into partnership with E J
 # Massey, trading as HRD Motors' -> other at HRD Motors Ltd for Massey (a partner of the firm; doubtful). All current
 # true (no leaving told). Near-miss, no role: 'pilot' of the Royal Flying Corps (a serviceman, no post; doubtful)
 roles=[R("Philip Vincent", "founder", VM), R("Howard Raymond Davies", "founder", HRD),
        R("E J Massey", "other", HRD)],
 # 'The 1948 Vincent Black Shadow' -> provider(Vincent Black Shadow, Vincent Motorcycles); 'to produce a
 # Vincent-engined prototype Indian (Vindian)' -> provider(Vindian, Vincent Motorcycles) (doubtful). Near-miss, no
 # relation: 'the purchase of HRD Motors Ltd ... by Philip Vincent' (a person buying; above)
 relations=[L("Vincent Black Shadow", "provider", VM), L("Vindian", "provider", VM)],
 outages=[],
 # 'from 1928 to 1955', 'From 1934', 'from 1936', 'The 1948', 'in 1952', 'during 1949', 'In 1955', 'in 1917', 'until
 # 1924' -> the years ('1955' one item for its two mentions); 'in May 1928' -> the month. No date: 'the late 1940s'
 # (a decade)
 dates=[D("1928", "1928"), D("1955", "1955"), D("1934", "1934"), D("1936", "1936"), D("1948", "1948"),
        D("1952", "1952"), D("1949", "1949"), D("May 1928", "1928-05"), D("1917", "1917"), D("1924", "1924")])

# ---- motorcycle makers, UK: Royal Enfield (England) ----------------------------------------------------------------
EC = "Enfield Cycle Company Limited"
A["wp-royal-enfield-england"] = dict(
 # the brand -> Service 'Royal Enfield' (above; doubtful); the maker -> Company 'Enfield Cycle Company Limited' (as
 # written in 'The Enfield Cycle Company Limited', the article 'The' left out), aliases 'Enfield Cycle Company' and
 # 'Enfield' ("Enfield's remaining motorcycle business"; also the brand name '"Enfield"': one surface form, read as the
 # firm; doubtful); 'Royal Enfield Bullet' -> Service; Eicher Motors, Velocette, Norton Villiers, Perry & Co Ltd and
 # D. Rudge & Co -> Company; George Townsend (alias 'Townsend', "Townsend's bankers"), Albert Eadie and Robert Walker
 # Smith -> Person; 'Ecossais' (a name bicycles were sold under) -> Service; Redditch, Worcestershire, England and
 # Birmingham -> Location. No entity: 'Townsend' as the bicycles' other name (the surface form given to the person;
 # doubtful), 'his son, also named George' (no surname written; doubtful), 'Indian' (an adjective)
 entities=[E("Service", "Royal Enfield"), E("Company", EC, "Enfield Cycle Company", "Enfield"),
           E("Location", "Redditch"), E("Location", "Worcestershire"), E("Location", "England"),
           E("Company", "Eicher Motors"), E("Service", "Royal Enfield Bullet"), E("Company", "Velocette"),
           E("Company", "Norton Villiers"), E("Person", "George Townsend", "Townsend"), E("Service", "Ecossais"),
           E("Person", "Albert Eadie"), E("Location", "Birmingham"), E("Company", "Perry & Co Ltd"),
           E("Person", "Robert Walker Smith"), E("Company", "D. Rudge & Co")],
 # "Albert Eadie, sales manager of Birmingham's Perry & Co Ltd" -> executive at Perry & Co Ltd; 'Robert Walker Smith,
 # an engineer from D. Rudge & Co' -> other (doubtful); both current true (no leaving told). Near-misses, no role:
 # 'George Townsend established a business' and 'chosen by Townsend's bankers to run the business' (the business
 # unnamed)
 roles=[R("Albert Eadie", "executive", "Perry & Co Ltd"), R("Robert Walker Smith", "other", "D. Rudge & Co")],
 # 'a brand name under which The Enfield Cycle Company Limited ... sold motorcycles' -> provider(Royal Enfield, the
 # company); "The Enfield Cycle Company's Royal Enfield Bullet" -> provider; 'Eicher Motors ... acquired full ownership
 # of the company' -> acquired and parentOrganization (doubtful, above). Near-misses, no relation: "spare parts
 # operation was sold to Velocette" and "Enfield's remaining motorcycle business was acquired by Norton Villiers"
 # (a part of the business sold; doubtful for Norton Villiers); Perry & Co Ltd 'had begun to supply components for
 # cycles' (no customer named); Ecossais (no maker named: 'This business')
 relations=[L("Royal Enfield", "provider", EC), L("Royal Enfield Bullet", "provider", EC),
            L("Eicher Motors", "acquired", EC), L(EC, "parentOrganization", "Eicher Motors")],
 outages=[],
 # 'Later in 1994', 'in 1901', 'in 1967', 'in 1978', 'in 1851', 'In 1882', 'By 1886', 'in 1891' -> the years ('1967'
 # one item for its two mentions); 'early 1971' -> the year. No date: 'for three years' (a duration)
 dates=[D("1994", "1994"), D("1901", "1901"), D("1967", "1967"), D("early 1971", "1971"), D("1978", "1978"),
        D("1851", "1851"), D("1882", "1882"), D("1886", "1886"), D("1891", "1891")])

# ---- airlines, UK: Lloyd International Airways ---------------------------------------------------------------------
LI = "Lloyd International Airways Ltd"
FE = "Far East Aviation Company Ltd"
A["wp-lloyd-international-airways"] = dict(
 # the airline -> Company 'Lloyd International Airways Ltd', aliases 'Lloyd International' and 'Lloyd' ('The founders
 # chose the name Lloyd for their new venture'; doubtful: also Brian Lloyd's surname, never used alone for him); Far
 # East Aviation Company Ltd -> Company; Brian Lloyd, Alastair Macleod, John Louis Mingaye Crick, J. Ortiz-Patiño and
 # Nicholas Mavroleon -> Person; the aircraft types 'Douglas DC-4', 'Bristol Britannia', 'Canadair CL-44' and 'Boeing
 # 707' -> Service; Cambridge Marshall Airport (an airport), Hong Kong, the Far East and North America -> Location. No
 # entity: Douglas, Bristol, Canadair, Boeing (only inside the types' names), 'an existing airline' (unnamed),
 # 'British', 'Bolivian', 'Greek' (adjectives)
 entities=[E("Company", LI, "Lloyd International", "Lloyd"), E("Service", "Douglas DC-4"),
           E("Location", "Cambridge Marshall Airport"), E("Location", "Hong Kong"), E("Location", "Far East"),
           E("Service", "Bristol Britannia"), E("Service", "Canadair CL-44"), E("Service", "Boeing 707"),
           E("Location", "North America"), E("Person", "Brian Lloyd"), E("Person", "Alastair Macleod"),
           E("Person", "John Louis Mingaye Crick"), E("Person", "J. Ortiz-Pati\u00f1o"),
           E("Person", "Nicholas Mavroleon"), E("Company", FE)],
 # 'The founders chose the name Lloyd for their new venture', after 'Brian Lloyd and Alastair Macleod ... joined up
 # with chartered accountant John Louis Mingaye Crick and began formulating plans' -> cofounder at the airline for
 # each of the three (doubtful, above); 'J. Ortiz-Patiño and Nicholas Mavroleon became the respective chairmen of the
 # airline and of ... Far East Aviation Company Ltd' -> chairman at the airline (Ortiz-Patiño) and at Far East
 # Aviation (Mavroleon). All current true (no leaving told). Near-misses, no role: 'two experienced shipping managers
 # and shipbroking partners' (no firm named), 'chartered accountant' (no firm), 'tin magnate', 'shipping magnate'
 roles=[R("Brian Lloyd", "cofounder", LI), R("Alastair Macleod", "cofounder", LI),
        R("John Louis Mingaye Crick", "cofounder", LI), R("J. Ortiz-Pati\u00f1o", "chairman", LI),
        R("Nicholas Mavroleon", "chairman", FE)],
 # 'Hong Kong-incorporated Far East Aviation Company Ltd, a group holding company' -> parentOrganization(the airline,
 # Far East Aviation) (doubtful, above). Near-misses, no relation: 'plans to take over an existing airline' (a planned
 # acquisition never made, no airline named); the aircraft types (no maker an entity); 'financial backing ... from'
 # two people (persons, no company)
 relations=[L(LI, "parentOrganization", FE)],
 outages=[],
 # 'formed in 1961' -> the year; 'in June 1972' -> the month; 'In 1960' -> the year. No date: 'the mid-1960s', 'the
 # early 1970s' (decades), 'the following year' (relative), 'since its inception'
 dates=[D("1961", "1961"), D("June 1972", "1972-06"), D("1960", "1960")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
