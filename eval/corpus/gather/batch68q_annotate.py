#!/usr/bin/env python3
"""Batch 68q gold annotations (the texts of batch68q.py; session 62, round notes /tmp/gather69q/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68k; batch10_annotate.write_parts), so with three
texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
relative ones ('five years later', 'for over a century', 'for years') -> nothing, and decades ('in the 1920s and
1930s', 'In the 1950s', 'During the 1950s and 1960s', 'in the early 1980's') -> nothing, as batches 60c-68k left them;
'as of 2024' -> '2024' (the year named). No text tells an outage, so every `outages` list is empty; no near-miss of
one told (a factory 'closed in 2002', a brand 'finished', plants 'now closed' and a company sold are business matters;
monies syphoned by a controller are a fraud, not a service failure; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68k): one person named alone as establishing a company ->
`founder` ('Established in 1933 by Edwin Richard Foden'), current true; 'became head of the southern division of the
company' -> head at the company (the division not named), current true (no leaving told); a major stockholder 'under
[whose] leadership' a company acted, a private investor who bought a company and a person who 'had left' a company
with no post named -> no role; a company founded by five named companies -> no relation (an association of member
companies, not owned by them; doubtful: batch 36j gave partner between the two founders of a joint venture, and the
text does not call this one); a completed purchase ('Holiday Inn acquired Continental Trailways', 'Volvo, which
purchased Mack and its former parent company Renault Vehicules Industriels', 'The company was bought by ... Western
Star', 'MAN bought the company', "PACCAR's purchase of both DAF Trucks and Leyland Trucks") -> acquired and
parentOrganization (GUIDELINES, Relations), the ownership later ended still recorded ('remained a subsidiary of Holiday
Inn until 1979', a 'former parent company', Western Star's sale to MAN); 'a subsidiary of', 'in-house company' ->
parentOrganization; 'with engines from Gardner, Cummins, ...' -> partner from the maker to each engine supplier (a
supply relation between named organisations, GUIDELINES, Relations; as batch 64f read a supplier; doubtful: the text
names no contract); an approach ('Western Star was approached by Freightliner corporation'), lawsuits, a sale 'to
management' and a company sold to a person -> nothing; former and later names of the same company -> aliases (the
National Trailways Bus System / NTBS of Trailways; the Mack Brothers Company of Mack Trucks; JH Jennings, 'later
Cheshire Fire Engineering', 'CFE', 'to eventually become Saxon Sanbec'; GUIDELINES, Types); plants, a headquarters
building and an operations facility -> Location (GUIDELINES, Types: named sites and facilities; no relation attaches);
a maker's trucks named by its name ('Mack trucks', 'ERFs') -> no Service of their own (the same words as the company's
name; generic 'trucks'); the Interstate Commerce Commission -> Organization; events ('World War II') -> no entity;
'American', 'British', 'Canadian' (adjectives) and 'the British courts' (generic) -> nothing.
usage: batch68q_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- bus transport, US: Trailways Transportation System ------------------------------------------------------------
TS = "Trailways Transportation System"
CT = "Continental Trailways"
HI = "Holiday Inn"
A["wp-trailways-transportation-system"] = dict(
 # the bus network -> Company 'Trailways Transportation System' ('The company is headquartered ...'), aliases its
 # former name 'National Trailways Bus System' with 'NTBS' ('The system originated ... as the National Trailways Bus
 # System (NTBS)'; the text's 'predecessor' read as the same system under its first name, GUIDELINES, Types: former
 # names; doubtful: a reader might keep the predecessor apart) and 'Trailways' ('Trailways member companies', 'the
 # original Trailways members', 'Trailways routes', 'sold Trailways'; doubtful: the last may mean Continental
 # Trailways); the five founders, Greyhound Lines (alias 'Greyhound'), the Interurban Transportation Company of
 # Alexandria (Walker's business), Continental Trailways and Holiday Inn -> Company; the Interstate Commerce
 # Commission -> Organization; Morgan W. Walker, Sr., Kemmons Wilson and Henry Lea Hillman Sr. (names as written) ->
 # Person; the United States, Fairfax, Virginia, Alexandria, Louisiana, Pittsburgh and Pennsylvania -> Location. No
 # entity: 'World War II' (an event), 'the southern division' (unnamed), 'bus operators', 'independent operators'
 # (generic)
 entities=[E("Company", TS, "National Trailways Bus System", "NTBS", "Trailways"), E("Location", "United States"),
           E("Location", "Fairfax"), E("Location", "Virginia"), E("Company", "Burlington Transportation Company"),
           E("Company", "Santa Fe Trails Transportation Company"), E("Company", "Missouri Pacific Stages"),
           E("Company", "Safeway Lines, Inc."), E("Company", "Frank Martz Coach Company"),
           E("Company", "Greyhound Lines", "Greyhound"), E("Organization", "Interstate Commerce Commission"),
           E("Person", "Morgan W. Walker, Sr."), E("Location", "Alexandria"), E("Location", "Louisiana"),
           E("Company", "Interurban Transportation Company of Alexandria"), E("Company", CT),
           E("Person", "Kemmons Wilson"), E("Company", HI), E("Person", "Henry Lea Hillman Sr."),
           E("Location", "Pittsburgh"), E("Location", "Pennsylvania")],
 # 'Morgan W. Walker, Sr. ... became head of the southern division of the company' -> head at Trailways
 # Transportation System (the division not named; GUIDELINES, Roles: a title at an organisation), current true (no
 # leaving told). Near-misses, no role: 'under the leadership of major stockholder Kemmons Wilson, Holiday Inn
 # acquired' (a stockholder leading a deal, no post named; doubtful: a reader might give head at Holiday Inn); 'private
 # investor Henry Lea Hillman Sr.' (a buyer, no post); Walker's own 'Interurban Transportation Company of Alexandria'
 # (his business, no post named)
 roles=[R("Morgan W. Walker, Sr.", "head", TS)],
 # 'Holiday Inn acquired Continental Trailways, which remained a subsidiary of Holiday Inn until 1979' ->
 # acquired(Holiday Inn, Continental Trailways) and parentOrganization(Continental Trailways, Holiday Inn) (past
 # ownership still recorded). Near-misses, no relation: the founding by five named companies (an association of
 # members, not a joint venture the text names; doubtful, above); 'four of the five original Trailways members
 # becoming part of a new company, Continental Trailways' (the four not named); 'Holiday Inn sold Trailways to private
 # investor Henry Lea Hillman Sr.' (a buyer who is a person: no Company to acquire); the ICC's encouragement and
 # Greyhound's competition (no tie between the two told)
 relations=[L(HI, "acquired", CT), L(CT, "parentOrganization", HI)],
 outages=[],
 # 'February 5, 1936' -> the day; 'In 1968', 'until 1979' -> the years. No date: 'in the 1920s and 1930s', 'In the
 # 1950s', 'During the 1950s and 1960s' (decades), 'during World War II' (an event)
 dates=[D("February 5, 1936", "1936-02-05"), D("1968", "1968"), D("1979", "1979")])

# ---- manufacturing, US: Mack Trucks ------------------------------------------------------------------------------
MT = "Mack Trucks, Inc."
RVI = "Renault V\u00e9hicules Industriels"
A["wp-mack-trucks"] = dict(
 # the maker -> Company 'Mack Trucks, Inc.', aliases 'Mack Trucks', its first name 'Mack Brothers Company' ('Founded in
 # 1900 as the Mack Brothers Company') and 'Mack' ('purchased Mack', 'Mack products', 'The Mack headquarters'); Volvo
 # and Renault Vehicules Industriels -> Company; Brooklyn, Allentown, Pennsylvania, Lower Macungie, Salem, Virginia,
 # Hagerstown, Maryland, Australia, Venezuela, Winnsboro, South Carolina, Hayward, California, Oakville, Ontario,
 # Macungie, the Lehigh Valley (a region), Greensboro and North Carolina -> Location; the Lehigh Valley Operations
 # facility (alias its former name 'Macungie Assembly Operations Plant', written 'formally known as') and the Mack
 # Trucks' World Headquarters (named facilities, GUIDELINES, Types) -> Location. No entity: 'Mack trucks' (the maker's
 # trucks; the same words as the alias 'Mack Trucks', case aside), 'buses and trolley buses', 'powertrain products'
 # (generic), 'the state' (generic)
 entities=[E("Company", MT, "Mack Trucks", "Mack Brothers Company", "Mack"), E("Company", "Volvo"),
           E("Company", RVI), E("Location", "Brooklyn"), E("Location", "Allentown"), E("Location", "Pennsylvania"),
           E("Location", "Lower Macungie"), E("Location", "Salem"), E("Location", "Virginia"),
           E("Location", "Hagerstown"), E("Location", "Maryland"), E("Location", "Australia"),
           E("Location", "Venezuela"), E("Location", "Winnsboro"), E("Location", "South Carolina"),
           E("Location", "Hayward"), E("Location", "California"), E("Location", "Oakville"), E("Location", "Ontario"),
           E("Location", "Lehigh Valley Operations", "Macungie Assembly Operations Plant"), E("Location", "Macungie"),
           E("Location", "Lehigh Valley"), E("Location", "Mack Trucks' World Headquarters"),
           E("Location", "Greensboro"), E("Location", "North Carolina")],
 # No person is named: no role
 roles=[],
 # 'Since 2000, Mack Trucks has been a subsidiary of Volvo, which purchased Mack and its former parent company Renault
 # Vehicules Industriels' -> parentOrganization(Mack Trucks, Inc., Volvo) and acquired(Volvo, Mack Trucks, Inc.);
 # acquired(Volvo, Renault Vehicules Industriels) and parentOrganization(Renault Vehicules Industriels, Volvo) (a
 # completed purchase of a second company, told in the same clause); parentOrganization(Mack Trucks, Inc., Renault
 # Vehicules Industriels) ('its former parent company': past ownership still recorded). Near-misses, no relation: the
 # 'Lehigh Valley Operations facility and division' (a facility: Location, no relation; doubtful: a reader might read
 # a division and give parentOrganization); plants and headquarters in named places (no relation to a place)
 relations=[L(MT, "parentOrganization", "Volvo"), L("Volvo", "acquired", MT), L("Volvo", "acquired", RVI),
            L(RVI, "parentOrganization", "Volvo"), L(MT, "parentOrganization", RVI)],
 outages=[],
 # 'in 1900' (twice: one item), 'in 1905' and 'from 1905' (one text, one value: one item), 'in 1922', 'Since 2000',
 # 'until 2009' and 'since 2009' (one item), 'as of 2024' -> the years. No date: 'five years later' (relative, though
 # the text gives its year beside it: 'in 1905'), 'for over a century' (a span)
 dates=[D("1900", "1900"), D("1905", "1905"), D("1922", "1922"), D("2000", "2000"), D("2009", "2009"),
        D("2024", "2024")])

# ---- manufacturing, UK: ERF ----------------------------------------------------------------------------------------
CFE = "Cheshire Fire Engineering"
A["wp-erf-lorry-manufacturer"] = dict(
 # the maker -> Company 'ERF' ("ERF's" possessive-free); Edwin Richard Foden -> Person; Foden ('the company founded by
 # his father'), the engine makers Gardner, Cummins, Perkins, Detroit Diesel and Caterpillar, Western Star ('Canadian
 # truck maker Western Star'; also 'the Western Star badge'), MAN AG (alias 'MAN'), PACCAR, DAF Trucks, Leyland Trucks
 # and Freightliner corporation (name as written, alias 'Freightliner') -> Company; the in-house company -> Company
 # 'Cheshire Fire Engineering' with aliases its first name 'JH Jennings', 'CFE' and its later name 'Saxon Sanbec' ('CFE
 # was sold to management to eventually become Saxon Sanbec'; GUIDELINES, Types: former names; doubtful: a reader might
 # keep Saxon Sanbec apart); Sandbach, Cheshire and Australia -> Location. No entity: 'ERFs' (the maker's trucks),
 # 'British', 'Canadian' (adjectives), 'the British courts', 'Financial Controller', 'former auditors' (unnamed)
 entities=[E("Company", "ERF"), E("Person", "Edwin Richard Foden"), E("Location", "Sandbach"),
           E("Location", "Cheshire"), E("Company", "MAN AG", "MAN"), E("Company", "Foden"), E("Company", "Gardner"),
           E("Company", "Cummins"), E("Company", "Perkins"), E("Company", "Detroit Diesel"),
           E("Company", "Caterpillar"), E("Company", "Western Star"), E("Location", "Australia"),
           E("Company", CFE, "JH Jennings", "CFE", "Saxon Sanbec"), E("Company", "PACCAR"),
           E("Company", "DAF Trucks"), E("Company", "Leyland Trucks"),
           E("Company", "Freightliner corporation", "Freightliner")],
 # 'Established in 1933 by Edwin Richard Foden' -> founder at ERF (one person named alone, GUIDELINES, Roles,
 # 'Founders'), current true. Near-misses, no role: 'who had left Foden - the company founded by his father' (a
 # company he left, no post named; the father not named); 'its Financial Controller' (unnamed)
 roles=[R("Edwin Richard Foden", "founder", "ERF")],
 # 'finished as a brand by owner MAN AG', 'In 2000, ERF became part of MAN. MAN bought the company' -> acquired(MAN
 # AG, ERF) and parentOrganization(ERF, MAN AG); 'The company was bought by Canadian truck maker Western Star in 1996'
 # -> acquired(Western Star, ERF) and parentOrganization(ERF, Western Star) (ownership later ended, still recorded);
 # "PACCAR's purchase of both DAF Trucks and Leyland Trucks" -> acquired and parentOrganization for each (completed
 # purchases told in passing); 'in-house company JH Jennings, later Cheshire Fire Engineering' ->
 # parentOrganization(Cheshire Fire Engineering, ERF) (its own company; 'CFE was sold to management' ends it, still
 # recorded); 'made their own chassis and cab with engines from Gardner, Cummins, Perkins, Detroit Diesel and
 # Caterpillar' -> partner(ERF, each) (a supply relation, direction as written; doubtful, above). Near-misses, no
 # relation: 'ERFs used to be marketed under the Western Star badge' (a badging, no party named as marketing them;
 # doubtful: a reader might give partner(ERF, Western Star)); 'Western Star was approached by Freightliner corporation'
 # (an approach); the lawsuits of MAN and Freightliner; 'CFE was sold to management' (no named buyer); Foden, the
 # father's company (no tie between the companies told)
 relations=[L("MAN AG", "acquired", "ERF"), L("ERF", "parentOrganization", "MAN AG"),
            L("Western Star", "acquired", "ERF"), L("ERF", "parentOrganization", "Western Star"),
            L("PACCAR", "acquired", "DAF Trucks"), L("DAF Trucks", "parentOrganization", "PACCAR"),
            L("PACCAR", "acquired", "Leyland Trucks"), L("Leyland Trucks", "parentOrganization", "PACCAR"),
            L(CFE, "parentOrganization", "ERF"), L("ERF", "partner", "Gardner"), L("ERF", "partner", "Cummins"),
            L("ERF", "partner", "Perkins"), L("ERF", "partner", "Detroit Diesel"),
            L("ERF", "partner", "Caterpillar")],
 outages=[],
 # 'in 1933' (twice: one item), 'in 2002', 'in 2007', 'in 1996', 'In 2000' -> the years. No date: 'in the early
 # 1980's' (a decade's part), 'for years' (a span)
 dates=[D("1933", "1933"), D("2002", "2002"), D("2007", "2007"), D("1996", "1996"), D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
