#!/usr/bin/env python3
"""Gold for batch 57i (session 55, gatherer 57i: three Justice Department releases on vessel-pollution cases against
ship operators and managers -- Ionian Management Inc. (IONIAN M), 'a New York-based company that commercially manages
three vessels, including the M/T Ocean Princess', sentenced before Judge Wilma A. Lewis for burning high-sulfur fuel
in the U.S. Caribbean Emissions Control Area, Assistant Attorney General Todd Kim quoted (OPA, 3 November 2022); Zeus
Lines Management S.A., 'owner/operator of the Gallissas', sentenced before Judge Mary S. McElroy with the tanker's
captain Jose Ervin Mahinge Porquez and Roberto Cayabyab Penaflor, its community service payment going to the National
Fish and Wildlife Foundation (District of Rhode Island, 8 August 2023); Liquimar Tankers Management Services Inc. and
Evridiki Navigation Inc. sentenced before Judge Richard G. Andrews after their trial conviction, the ship's chief
engineer Nikolaos Vastardis's conviction upheld by the Third Circuit Court of Appeals, Todd Kim quoted (OPA, 5 May
2022)), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases: 57e, 55ze, 56d, 56o and their sources; dev's Princess Cruise Lines text for the
Environment and Natural Resources Division; GUIDELINES section 2): the Justice Department an Organization under the
name the text gives ('the Justice Department\u2019s Environment and Natural Resources Division' -> 'Justice
Department', the possessive dropped); "the Justice Department's Environment and Natural Resources Division" ->
parentOrganization(Environment and Natural Resources Division, Justice Department) (dev's Princess text, 55ze);
'Assistant Attorney General <name> of/for the ... Environment and Natural Resources Division' -> head of the Division,
current (dev's Princess text: Cruden); a company's parenthesised short form ('(IONIAN M)', '(Zeus)') and a shortened
name used later ('Liquimar', 'Evridiki') -> alias; a person's surname alone -> alias; a court named as printed ('in U.S.
District Court in Rhode Island', 'U.S. District Court Judge ...') -> one Organization 'U.S. District Court' (57e's DWM
text, 55c, 56o); a named appeals court ('the Third Circuit Court of Appeals') -> Organization; judges and 'United States
Attorney' posts -> Person, no role (53k, 55k, 56d, 56o, 57e); judicial districts ('the District of the Virgin
Islands', 'the District of Delaware') -> no entity (56o, 57e); 'U.S.' standing alone ('U.S. ports', 'U.S.
jurisdiction') -> Location 'U.S.' where the text never spells out the country (55c, 57e's Hyosung; **doubtful**);
'the United States' -> Location 'United States'; 'X-based' with a place name ('New York-based') -> the place a
Location (57e); a demonym ('The Greek company') -> nothing (57e's 'South Korean-based', 'French'); 'a resident of the
Philippines' -> Location 'Philippines'; City, country ('Rotterdam, the Netherlands') -> two Locations; named sites and
waters ('Big Stone Anchorage', 'Delaware Bay', 'the U.S. Caribbean Emissions Control Area (ECA)') -> Location
(GUIDELINES: named sites; regions); ships' names ('M/T Ocean Princess', 'the Galissas', 'the Evridiki' as the ship) ->
nothing (GUIDELINES), and a ship's captain, master or chief engineer -> no role (the ship is no entity; 57e's DWM
text); laws (the Act to Prevent Pollution from Ships, The Ports and Waterways Safety Act), plans, devices and records
(an environmental compliance plan, the oily water separator (OWS), the oil content meter (OCM)) -> nothing; a court-
ordered community service payment to a foundation -> no partner; datelines ('PROVIDENCE') -> nothing (56i, 56d, 56o,
57e); 'today' and 'yesterday' -> against `published`.
usage: batch57i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather58i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
ENRD = "Environment and Natural Resources Division"
JD = "Justice Department"
KIM = "Todd Kim"
USDC = "U.S. District Court"
USCG = "U.S. Coast Guard"

# ---- Ionian Management Inc. (IONIAN M), M/T Ocean Princess, published 2022-11-03 (a Thursday) ----------------------
ION = "Ionian Management Inc."
A["us-doj-opa-ionian-management-ocean-princess-caribbean-eca-high-sulfur-fuel-apps-sentencing-2022"] = dict(
 # Company: Ionian Management Inc. ('(IONIAN M)' and 'IONIAN M' three times more -> alias, kept in capitals as
 # written). Organizations: the U.S. District Court ('before U.S. District Court Judge Wilma A. Lewis in St. Croix':
 # the court named only inside the judge's title, as 57e's DWM text counted it -- **doubtful**, a reader may leave it
 # as part of the title), the U.S. Coast Guard (twice, always in full), the Justice Department and its Environment and
 # Natural Resources Division (Todd Kim's title). Persons: Wilma A. Lewis, Todd Kim. Locations: New York ('a New
 # York-based company': the 'X-based' place), St. Croix (the court's seat), the U.S. Caribbean Emissions Control Area
 # ('(ECA)' and 'the ECA' -> alias 'ECA'; a named sea area set by regulation, a region -- **doubtful**: a reader may
 # take it for a regulatory programme and leave it out), the United States (twice, in the quote).
 # Not annotated: 'the District of the Virgin Islands' (a judicial district: no entity -- **near-miss**, a reader may
 # add the Virgin Islands as a Location; the cut quote's 'our Virgin Island waters' is not in the text), the M/T Ocean
 # Princess (a ship's name, four times: GUIDELINES -- **near-miss**, a reader may type it Service or give
 # provider/partner to IONIAN M, 'commercially manages'), the Act to Prevent Pollution from Ships (a law), 'three
 # vessels', 'the crew', 'petroleum cargo', 'the bunker tanks' (generic)
 entities=[E("Company", ION, "IONIAN M"),
           E("Location", "New York"),
           E("Organization", USDC),
           E("Person", "Wilma A. Lewis"),
           E("Location", "St. Croix"),
           E("Location", "U.S. Caribbean Emissions Control Area", "ECA"),
           E("Organization", USCG),
           E("Location", "United States"),
           E("Person", KIM),
           E("Organization", JD),
           E("Organization", ENRD)],
 # 'said Assistant Attorney General Todd Kim of the Justice Department's Environment and Natural Resources Division'
 # -> head of the Division, current (dev's Princess text: Cruden, the same post). No role for Judge Wilma A. Lewis (a
 # judge: 56d, 56o, 57e). Nobody at IONIAN M is named
 roles=[R(KIM, "head", ENRD)],
 # "the Justice Department's Environment and Natural Resources Division" -> parentOrganization(Environment and
 # Natural Resources Division, Justice Department). Near-misses: IONIAN M and the M/T Ocean Princess ('commercially
 # manages three vessels, including the M/T Ocean Princess': the ship is no entity, so no provider or partner; the
 # ship's owner and operator, Lily Shipping Ltd. and Ionian Shipping & Trading Corp., are not in this text); IONIAN M
 # and the U.S. Coast Guard (an inspector: no partner); IONIAN M and New York (a seat: no relation type)
 relations=[L(ENRD, "parentOrganization", JD)],
 outages=[],
 # 'was sentenced yesterday' -> 'yesterday' 2022-11-02 (`published` 2022-11-03 from the dated reports of the
 # sentencing: see the pool notes; **doubtful** by a day if the sentencing fell on 1 November); 'Between Jan. 3, 2017,
 # and July 10, 2018' -> 'Jan. 3, 2017' 2017-01-03 and 'July 10, 2018' 2018-07-10 (the second occurs twice: one item,
 # GUIDELINES). Not dates: 'for one year' (a probation term), 'twenty-six separate occasions' (a count)
 dates=[D("yesterday", "2022-11-02"), D("Jan. 3, 2017", "2017-01-03"), D("July 10, 2018", "2018-07-10")])

# ---- Zeus Lines Management S.A. / Galissas, published 2023-08-08 (a Tuesday) ---------------------------------------
ZEUS = "Zeus Lines Management S.A."
A["us-usao-ri-zeus-lines-management-galissas-tanker-captain-chief-engineer-apps-sentencing-2023"] = dict(
 # Company: Zeus Lines Management S.A. ('(Zeus)' and 'Zeus' twice more -> alias; 'The Greek company that owned and
 # operated the Galissas' and 'the company' -> generic). Organizations: the U.S. District Court ('sentenced in U.S.
 # District Court in Rhode Island today': the court as printed; 'United States District Judge' is the judge's title),
 # the National Fish and Wildlife Foundation (the payee of the community service payment: a foundation, an
 # Organization). Persons: Zachary A. Cunha (United States Attorney), Mary S. McElroy (the judge), Jose Ervin Mahinge
 # Porquez (the captain), Roberto Cayabyab Penaflor. Locations: Rhode Island ('in U.S. District Court in Rhode
 # Island'; 'the State of Rhode Island' -> the fullest form is the name, 'Rhode Island' its alias), U.S. ('calling on
 # U.S. ports': the country is never spelled out on its own -- 'United States' occurs only inside 'United States
 # Attorney' and 'United States District Judge'; **doubtful** as 55c's bare 'U.S.'), the Philippines ('a resident of the
 # Philippines', twice), Rotterdam and the Netherlands ('in Rotterdam, the Netherlands').
 # Not annotated: 'PROVIDENCE' (the dateline: 56i, 56d, 56o, 57e), 'The Greek company' (a demonym: no Greece --
 # **near-miss**), the Galissas / Gallissas (a ship's name, both spellings: GUIDELINES), The Ports and Waterways Safety
 # Act and The Act to Prevent Pollution from Ships (laws), 'a robust environmental compliance plan', 'the vessel's
 # inert gas system' (a device), 'crew members' (generic)
 entities=[E("Location", "State of Rhode Island", "Rhode Island"),
           E("Organization", USDC),
           E("Person", "Zachary A. Cunha"),
           E("Company", ZEUS, "Zeus"),
           E("Person", "Mary S. McElroy"),
           E("Organization", "National Fish and Wildlife Foundation"),
           E("Location", "U.S."),
           E("Person", "Jose Ervin Mahinge Porquez"),
           E("Location", "Philippines"),
           E("Person", "Roberto Cayabyab Penaflor"),
           E("Location", "Rotterdam"),
           E("Location", "Netherlands")],
 # No role. 'announced United States Attorney Zachary A. Cunha' and 'United States District Judge Mary S. McElroy'
 # -> Persons, no role (the lane's convention: 53k, 55k, 56d, 56o, 57e). 'The Galissas' captain, Master Jose Ervin
 # Mahinge Porquez' -> the ship's master: his post is on the ship, and the ship is no entity (57e's DWM chief
 # engineer); the text never says Zeus employs him ('The Greek company that owned and operated the Galissas, its
 # captain, and chief engineer' lists three defendants; **near-miss**: a reader may give other or executive at Zeus).
 # 'Galissas' Roberto Cayabyab Penaflor' -> no post written beside his name at all (the title's 'Chief Engineer' and
 # the lead's 'chief engineer' are not tied to his name in the text): no role
 roles=[],
 # No relation. Near-misses: Zeus and the National Fish and Wildlife Foundation ('The community service payment will
 # go to the National Fish and Wildlife Foundation': a court-ordered payment, not a stated partnership or contract --
 # no partner); Zeus and the Galissas ('owner/operator of the Gallissas': the ship is no entity, so no provider);
 # Zeus and the U.S. District Court (a defendant and its court)
 relations=[],
 outages=[],
 # 'sentenced ... today' -> 'today' 2023-08-08 (`published` from the AP story and the scheduled date: see the pool
 # notes); 'committed in February 2022' and 'in Rotterdam, the Netherlands in February 2022' -> one item 'February
 # 2022' 2022-02 (the same text and value twice: GUIDELINES); 'During earlier proceedings in May 2023' -> 2023-05. Not
 # dates: 'a four-year term of probation' (a term)
 dates=[D("today", "2023-08-08"), D("February 2022", "2022-02"), D("May 2023", "2023-05")])

# ---- Liquimar Tankers Management Services Inc. / Evridiki Navigation Inc., published 2022-05-05 (a Thursday) --------
LIQ = "Liquimar Tankers Management Services Inc."
EVR = "Evridiki Navigation Inc."
A["us-doj-opa-liquimar-tankers-evridiki-navigation-chief-engineer-vastardis-apps-sentencing-2022"] = dict(
 # Companies: Liquimar Tankers Management Services Inc. ('Liquimar' twice -> alias), Evridiki Navigation Inc.
 # ('Evridiki was fined $2 million' and 'Liquimar, Evridiki and the ship's Chief Engineer' -> alias 'Evridiki'; the
 # same surface names the ship in 'the Evridiki was inspected' -- **doubtful**: the alias is listed for the company's
 # two uses, a reader may leave it out because of the ship). Organizations: the U.S. Coast Guard ('a U.S. Coast Guard
 # inspection', 'U.S. Coast Guard inspectors'; 'the Coast Guard' four times -> alias 'Coast Guard'), the U.S. District
 # Court ('U.S. District Court Judge Richard G. Andrews for the District of Delaware': the court named only inside the
 # judge's title, as 57e's DWM text -- **doubtful**), the Third Circuit Court of Appeals (an appeals court named in
 # full), the Justice Department and its Environment and Natural Resources Division (Todd Kim's title). Persons:
 # Richard G. Andrews, Nikolaos Vastardis ('Chief Engineer Vastardis', "Vastardis' conviction" -> alias 'Vastardis'),
 # Todd Kim. Locations: Big Stone Anchorage (a named anchorage: a site), Delaware Bay (named waters), U.S. ('a
 # challenge to U.S. jurisdiction': the country is never spelled out -- **doubtful** as 55c's bare 'U.S.').
 # Not annotated: 'the District of Delaware' (a judicial district: no entity -- **near-miss**, a reader may add
 # Delaware), 'the Evridiki' as the ship (a ship's name), the Act to Prevent Pollution from Ships (a law), the oily
 # water separator (OWS) and the oil content meter (OCM) (devices, with their acronyms: no Service), 'The jury',
 # 'government experts', 'the corporations' (generic)
 entities=[E("Company", LIQ, "Liquimar"),
           E("Company", EVR, "Evridiki"),
           E("Organization", USCG, "Coast Guard"),
           E("Organization", USDC),
           E("Person", "Richard G. Andrews"),
           E("Location", "Big Stone Anchorage"),
           E("Location", "Delaware Bay"),
           E("Person", "Nikolaos Vastardis", "Vastardis"),
           E("Organization", "Third Circuit Court of Appeals"),
           E("Location", "U.S."),
           E("Person", KIM),
           E("Organization", JD),
           E("Organization", ENRD)],
 # 'said Assistant Attorney General Todd Kim for the Justice Department's Environment and Natural Resources Division'
 # -> head of the Division, current ('for', not 'of': the same post). No role for the judge (56d, 56o, 57e). 'the
 # ship's Chief Engineer, Nikolaos Vastardis' and 'Chief Engineer Vastardis' -> his post is on the ship, and the ship
 # is no entity; the text never says which company employs him (**near-miss**: a reader may give executive or other at
 # Liquimar, the operator in the trade press, or at Evridiki Navigation)
 roles=[R(KIM, "head", ENRD)],
 # "the Justice Department's Environment and Natural Resources Division" -> parentOrganization(Environment and
 # Natural Resources Division, Justice Department). Near-misses: Liquimar and Evridiki Navigation (sentenced together;
 # the text states no ownership, operation contract or affiliation between them -- the trade press calls Evridiki the
 # owner and Liquimar the operator, or Evridiki an affiliate: no parentOrganization, no partner); the Third Circuit
 # Court of Appeals and the U.S. District Court (courts of one system: not stated as units of each other); the
 # companies and the Coast Guard (an inspector: no partner)
 relations=[L(ENRD, "parentOrganization", JD)],
 outages=[],
 # 'In March 2019' -> 2019-03; 'upheld in December 2021' -> 2021-12. The release's 'today' is in the cut part. Not
 # dates: 'a five-year period of probation' (a term)
 dates=[D("March 2019", "2019-03"), D("December 2021", "2021-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
