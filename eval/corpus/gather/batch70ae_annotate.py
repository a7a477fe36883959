#!/usr/bin/env python3
"""Gold annotations for batch 70ae (session 64; gatherer lane 70ae; round notes /tmp/gather70ae/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt): three company histories from English Wikipedia — the Auburn Automobile Company (an
Auburn, Indiana automobile maker), the Marmon Motor Car Company (an Indianapolis luxury automobile maker) and the
Maxwell automobile's maker (the Maxwell-Briscoe Company of Tarrytown, later the Maxwell Motor Company, Inc.). Annotated
from each text alone, by eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run on any text. Split (sorted
ids dealt test, train, dev; b10.write_parts): test wp-auburn-automobile-company; train wp-marmon-motor-car-company; dev
wp-maxwell-automobile. No text tells an outage or a near-miss of one (a sale of a controlling interest, a bankruptcy
reorganization, a merger, a combine's collapse, a factory fire, a purchase of assets and a takeover are business
events or accidents, GUIDELINES, Outages: business failures and physical accidents are no outage). Conventions
(GUIDELINES.md part 2; batches 36j-40zg, 54zu-70y): former names, short names and abbreviated names -> aliases of the
one entity ('Auburn Automobile Co.', 'Auburn', 'ACM', 'American Central Manufacturing', 'Marmon', 'Marmon Group',
'Maxwell-Briscoe Company', 'Maxwell-Briscoe', 'Maxwell', 'NY'); one surface form for two things -> the company or the
person named most (batches 32d and 70y: 'Auburn' the company, not its town; 'Cord' the man, not his marque); 'owned
by' and 'parent company' -> parentOrganization; a company 'of the combine named' X and its 'supporting car
manufacturer' -> parentOrganization to the combine (doubtful); a 'takeover of' a company by a named company ->
acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions; ownership stated as past is still
recorded); 'merged with ... into' a new company, 'succeeded by', 'successor', 'sister company' -> no relation (no
buyer told); a controlling interest sold to an unnamed group, a person's control or holdings, a brand name's sale and
a person's purchase of assets -> no relation (no named buyer, a person no parent, asset purchases); people named
together as founders -> cofounder each, one person named alone -> founder (GUIDELINES, Roles: Founders), current true
(no end told); 'was president of X at its height' -> president, current false (a past post); 'engineer', 'salesman',
'part owner', 'worked for' -> no role (no title of the vocabulary); car models and variants -> Service, with provider
their maker (GUIDELINES, Types: vehicles and car nameplates); competitors named -> Company, no relation; engine types
('V16', 'V-twin', 'V4', 'V6', 'V8'), a race ('Indianapolis 500') and a war ('World War II') -> no entity; cities,
states and countries -> Location; full dates and years -> their values, a month and year -> the month; two-digit range
ends ('1903-37') -> only the four-digit start as written; decades and centuries ('the early 1930s', 'the late 19th
century') -> no date (published null: only absolute expressions).
usage: batch70ae_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- automobiles, US: the Auburn Automobile Company --------------------------------------------------------------------
AAC = "Auburn Automobile Company"
ERC = "Errett Lobban Cord"
ACM = "Auburn Central Manufacturing"
A["wp-auburn-automobile-company"] = dict(
 # the company -> Company 'Auburn Automobile Company', aliases 'Auburn Automobile Co.' ('the former Auburn Automobile
 # Co.') and 'Auburn' ('Cord soon took control of Auburn', 'the Auburn marque', 'The Auburn company'; the town of
 # 'Headquartered in Auburn, Indiana' shares the surface form: one surface form for two things -> the company, as batch
 # 70y's Steinway; doubtful: a reader might make the town a Location); 'Frank and Morris Eckhart' -> Person 'Morris
 # Eckhart' and Person 'Frank' (first name only as written, as batch 40zd's 'Alan'; doubtful); Errett Lobban Cord
 # (alias 'Cord': 'Cord soon took control', 'Cord sold his holdings'; the marque in 'the Cord marque', 'Cord-branded'
 # shares the surface form -> the man; doubtful: a reader might make the marque a Service) -> Person; the Eckhart
 # Carriage Company, Duesenberg ('sister company Duesenberg'), the Central Manufacturing Company and Auburn Central
 # Manufacturing (the form without '(ACM) Corporation' read in; aliases 'ACM' and 'American Central Manufacturing':
 # 'they rebranded ACM as American Central Manufacturing', a later name) -> Company; the 'Speedster' variants and the
 # 'L-29' and '810/812' models (the two model numbers as written, one entity; doubtful) -> Service; Indiana, United
 # States and Chicago ('a group of Chicago businessmen': the city named) -> Location. No entity: 'a group of Chicago
 # businessmen' (unnamed), 'World War II', 'WW II' (a war), 'American' (an adjective)
 entities=[E("Company", AAC, "Auburn Automobile Co.", "Auburn"), E("Location", "Indiana"),
           E("Location", "United States"), E("Person", "Frank"), E("Person", "Morris Eckhart"),
           E("Company", "Eckhart Carriage Company"), E("Location", "Chicago"), E("Person", ERC, "Cord"),
           E("Company", "Duesenberg"), E("Service", "Speedster"), E("Service", "L-29"), E("Service", "810/812"),
           E("Company", "Central Manufacturing Company"),
           E("Company", ACM, "ACM", "American Central Manufacturing")],
 # 'the company was founded by brothers Frank and Morris Eckhart of the Eckhart Carriage Company' -> cofounder each (two
 # people named together as founding it), current true (no end told; the sale of the controlling interest ends no
 # founding). No role: Errett Lobban Cord ('hired automobile salesman', 'took control of Auburn', 'sold his holdings
 # of the company': no post at the company named; doubtful: a reader might give him 'other'); the brothers' place 'of
 # the Eckhart Carriage Company' (no post named)
 roles=[R("Frank", "cofounder", AAC), R("Morris Eckhart", "cofounder", AAC)],
 # 'its Auburn-branded Speedster variants of 1928-36 and the Cord-branded L-29 and 810/812 models' -> provider for
 # each (the company's models). Near-misses, no relation: 'the brothers sold its controlling interest to a group of
 # Chicago businessmen' (no buyer named); 'Cord soon took control of Auburn', 'Cord sold his holdings of the company'
 # (a person; no parent); 'sister company Duesenberg' (no parent named); 'the former Auburn Automobile Co. merged with
 # the Central Manufacturing Company into Auburn Central Manufacturing (ACM) Corporation' (a merger into a new
 # company, no buyer told: GUIDELINES, Relations; doubtful: a reader might give the new company as parent of both)
 relations=[L("Speedster", "provider", AAC), L("L-29", "provider", AAC), L("810/812", "provider", AAC)],
 outages=[],
 # 'approximately 1903-37' -> 1903 (the start as written; the two-digit end no date), 'until 1936' (and the start of
 # '1936-37') -> 1936, 'from 1929-32' -> 1929, '1928-36' -> 1928, 'until 1919', 'In August of 1937' -> 1937-08, 'a
 # 1940 bankruptcy reorganization', 'in 1943' -> the years. No date: 'the early 1930s' (a decade), 'over subsequent
 # decades'
 dates=[D("1903", "1903"), D("1936", "1936"), D("1929", "1929"), D("1919", "1919"), D("August of 1937", "1937-08"),
        D("1928", "1928"), D("1940", "1940"), D("1943", "1943")])

# ---- automobiles, US: the Marmon Motor Car Company ---------------------------------------------------------------------
MMC = "Marmon Motor Car Company"
NMC = "Nordyke Marmon & Company"
MH = "Marmon-Herrington"
A["wp-marmon-motor-car-company"] = dict(
 # the company -> Company 'Marmon Motor Car Company', alias 'Marmon' ('Marmon was notable', "Marmon's parent company",
 # 'Marmon engineer'; 'the Marmon brand name' the company's name); Nordyke Marmon & Company (the parent), the Marmon
 # Motor Company of Denton, Texas, and Marmon-Herrington (alias 'Marmon Group': 'Marmon-Herrington became the Marmon
 # Group of Chicago', a later name of the same company; doubtful: a reader might keep the group apart) -> Company;
 # Howard Carpenter Marmon and Ray Harroun -> Person; the Marmon Wasp (alias 'Wasp': 'spawned the Wasp'; a race car, a
 # vehicle; doubtful: a reader might treat one race car as a named vehicle like a ship and give no entity) and the
 # Model 32 -> Service; Indianapolis, Indiana, U.S., Denton, Texas and Chicago -> Location. No entity: the rear-view
 # mirror, the 'V16 engine', 'V-twin', 'V4', 'V6', 'V8' (generic), 'Marmons' (the cars), the 'Indianapolis 500 motor
 # race' (an event)
 entities=[E("Company", MMC, "Marmon"), E("Person", "Howard Carpenter Marmon"), E("Company", NMC),
           E("Location", "Indianapolis"), E("Location", "Indiana"), E("Location", "U.S."),
           E("Company", MH, "Marmon Group"), E("Company", "Marmon Motor Company"), E("Location", "Denton"),
           E("Location", "Texas"), E("Location", "Chicago"), E("Service", "Marmon Wasp", "Wasp"),
           E("Service", "Model 32"), E("Person", "Ray Harroun")],
 # 'an American luxury automobile manufacturer founded by Howard Carpenter Marmon' -> founder (one person named alone),
 # current true. No role: 'Marmon engineer and former racer Ray Harroun' ('engineer' no title of the vocabulary, as
 # batches before; 'former racer' no organisation)
 roles=[R("Howard Carpenter Marmon", "founder", MMC)],
 # 'owned by Nordyke Marmon & Company', "Marmon's parent company" -> parentOrganization(Marmon Motor Car Company,
 # Nordyke Marmon & Company) (owned-by; no purchase told); 'The historic open wheel Marmon Wasp race car', 'The Model 32
 # of 1909 spawned the Wasp' -> provider for each (the company's cars). Near-misses, no relation: 'incorporated as the
 # successor of Nordyke Marmon & Company', 'succeeded by Marmon-Herrington' (successions, no deal told); 'the Marmon
 # brand name was sold to the Marmon Motor Company of Denton, Texas' (a brand name, an asset; doubtful: a reader might
 # record acquired(Marmon Motor Company, Marmon Motor Car Company))
 relations=[L(MMC, "parentOrganization", NMC), L("Marmon Wasp", "provider", MMC), L("Model 32", "provider", MMC)],
 outages=[],
 # '1902', '1933', '1926', '1964', '1851', '1909', '1911' -> the years. No date: 'the early 20th century', 'the late
 # 19th century' (centuries), 'the next year', 'the next few years' (relative, published null)
 dates=[D("1902", "1902"), D("1933", "1933"), D("1926", "1926"), D("1964", "1964"), D("1851", "1851"),
        D("1909", "1909"), D("1911", "1911")])

# ---- automobiles, US: the Maxwell automobile's maker -------------------------------------------------------------------
MXC = "Maxwell Motor Company, Inc."
USM = "United States Motor Company"
A["wp-maxwell-automobile"] = dict(
 # the company -> Company 'Maxwell Motor Company, Inc.' (its name from 1913, the fullest form), aliases
 # 'Maxwell-Briscoe Company' (its first name: 'reorganized the company as the Maxwell Motor Company, Inc.', the same
 # company renamed; doubtful: a reader might keep the two companies apart), 'Maxwell-Briscoe' and 'Maxwell' ('The
 # Maxwell was a brand of automobiles', 'the Maxwell company', 'its takeover of Maxwell', 'Maxwell was the only
 # survivor': the brand shares the company's surface form -> the company); Jonathan Dixon Maxwell, Benjamin Briscoe
 # and Walter Flanders -> Person; Oldsmobile, the Briscoe Brothers Metalworks, Fiat Chrysler Automobiles, Chrysler
 # ('a Chrysler plant'), the United States Motor Company, the Brush Motor Company, General Motors and Ford -> Company;
 # the United States of America, Tarrytown, New York (alias 'NY': 'Tarrytown, NY'), New Castle, Indiana, Highland
 # Park, Michigan, Dayton, Ohio and America -> Location. No entity: 'Maxwells' (the cars), 'the Big Three' (a phrase)
 entities=[E("Company", MXC, "Maxwell-Briscoe Company", "Maxwell-Briscoe", "Maxwell"),
           E("Location", "United States of America"), E("Company", "Fiat Chrysler Automobiles"),
           E("Location", "Tarrytown"), E("Location", "New York", "NY"), E("Person", "Jonathan Dixon Maxwell"),
           E("Company", "Oldsmobile"), E("Person", "Benjamin Briscoe"), E("Company", "Briscoe Brothers Metalworks"),
           E("Location", "New Castle"), E("Location", "Indiana"), E("Company", "Chrysler"), E("Company", USM),
           E("Company", "Brush Motor Company"), E("Person", "Walter Flanders"), E("Location", "Highland Park"),
           E("Location", "Michigan"), E("Location", "Dayton"), E("Location", "Ohio"), E("Location", "America"),
           E("Company", "General Motors"), E("Company", "Ford")],
 # 'The company was named after founders Jonathan Dixon Maxwell, ... and Benjamin Briscoe' -> cofounder each (two
 # people named together as its founders), current true; 'Benjamin Briscoe, ... who was president of Maxwell-Briscoe
 # at its height' -> president, current false (a post held in a past period; doubtful: 'was ... at its height' is no
 # 'former' word). No role: 'who earlier had worked for Oldsmobile' (no post named), 'part owner of the Briscoe
 # Brothers Metalworks' (an owner, no title of the vocabulary), Walter Flanders, who bought the assets and 'reorganized
 # the company' (no post named; doubtful: a reader might give him 'other')
 roles=[R("Jonathan Dixon Maxwell", "cofounder", MXC), R("Benjamin Briscoe", "cofounder", MXC),
        R("Benjamin Briscoe", "president", MXC, False)],
 # 'a Chrysler plant following its takeover of Maxwell' -> acquired(Chrysler, Maxwell Motor Company, Inc.) +
 # parentOrganization (a completed takeover by a named company); 'Maxwell was the only profitable company of the
 # combine named United States Motor Company' -> parentOrganization(Maxwell Motor Company, Inc., United States Motor
 # Company) and 'its last supporting car manufacturer, the Brush Motor Company' -> parentOrganization(Brush Motor
 # Company, United States Motor Company) (member companies of a combine; doubtful: a reader might read a combine as an
 # alliance and give partner or nothing). Near-misses, no relation: 'The present-day successor to the Maxwell company
 # is Fiat Chrysler Automobiles' (a successor, no deal told); 'the Maxwell assets were purchased by Walter Flanders' (a
 # person, an asset purchase); 'along with General Motors and Ford' (competitors)
 relations=b10.acq("Chrysler", MXC) + [L(MXC, "parentOrganization", USM),
                                       L("Brush Motor Company", "parentOrganization", USM)],
 outages=[],
 # 'from about 1904 to 1925' -> 1904, 1925; '1907', '2004', '1910', '1913' (twice in the text, listed once), '1914'
 dates=[D("1904", "1904"), D("1925", "1925"), D("1907", "1907"), D("2004", "2004"), D("1910", "1910"),
        D("1913", "1913"), D("1914", "1914")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
