#!/usr/bin/env python3
"""Gold for batch 57e (session 55, gatherer 57e: three Justice Department releases on company cases -- Kyoungwon Pyo,
'senior vice president for corporate strategy of Hyosung Corporation, an affiliate of Nautilus Hyosung Holdings Inc.
(NHI)', agreeing to plead guilty to obstruction of justice in the premerger review of NHI's abandoned acquisition of
Triton Systems of Delaware Inc., with Acting Assistant Attorney General Joseph Wayland quoted (3 May 2012); Colas
Djibouti, 'a wholly owned subsidiary of Colas SA' and 'a contractor for the Department of the Navy at Camp Lemonnier
and Chabelley Airfield, and the U.S. Embassy in Djibouti', admitting that it faked concrete test results (17 February
2021); Diana Wilhelmsen Management Limited (DWM), 'a Cyprus-based company that operates several commercial vessels',
sentenced before Judge Rebecca Beach Smith for concealing oily-water discharges from the M/V Protefs, its chief
engineer Vener Dailisan convicted of a false statement (23 September 2021)), written from the texts alone; newskg was
not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases: 55c, 56i, 56d, 56o and their sources; GUIDELINES section 2): the Department of
Justice an Organization under the name the text gives; "the department said" and 'the department was investigating'
(lower case) -> generic, nothing; "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust
Division, Department of Justice) (55c); '(Acting) Assistant Attorney General <name> in charge of the ... Antitrust
Division' -> head of the Division, current (55c's Wayland: the same man and post); 'senior vice president' ->
vice-president (GUIDELINES); a company's parenthesised short form ('(NHI)', '(DWM)', '(FTC)') -> alias; a shortened
company name later in the text ('Triton Systems') -> alias; a person's surname alone -> alias; 'an affiliate of' ->
no relation (not a subsidiary or unit statement, no direction); a proposed acquisition abandoned -> nothing
(GUIDELINES: abandoned deals); "X, ... is a wholly owned subsidiary of Y" -> parentOrganization(X, Y) (56o); 'a
contractor for' a named body and 'its contracts with' it -> partner(contractor, body) as written (GUIDELINES:
supply/customer contract); a court named as printed ('the U.S. District Court in Washington, D.C.', 'U.S. District
Court Judge ...') -> one Organization 'U.S. District Court', the court's city a Location (55c, 56o); judges and
'United States Attorney' posts -> Person, no role (53k, 55k, 56d, 56o); judicial districts ('the Eastern District of
Virginia') -> no entity (56o's Northern District of Texas); 'U.S.' standing alone ('a U.S. prison') -> Location 'U.S.'
where the text never spells out the country (55c), 'the United States' -> Location 'United States'; 'X-based' with a
place name ('Korea-based', 'Cyprus-based') -> the place a Location (GATHERING's 'X-based' rule; 'South Korean-based'
is a demonym: nothing, 55c's 'Korean-based'); named bases and airfields (Camp Lemonnier, Chabelley Airfield) ->
Location (GUIDELINES: named sites and facilities, airports); ships' names (M/V Protefs) -> nothing (GUIDELINES); laws
(the Act to Prevent Pollution from Ships), plans and logbooks (Environmental Compliance Plan, Sounding Log), products
(ATMs, concrete) -> nothing; datelines ('WASHINGTON', 'SAN DIEGO') -> nothing (56i, 56d, 56o); 'today' -> `published`;
'July and August 2008' -> 'July' 2008-07 (the year written after 'August', 32c's and 46d's way; **doubtful**) and
'August 2008' 2008-08; 'mid-April 2020' -> the month 2020-04 (GUIDELINES: 'late 2006' -> the coarser value; 'mid'
keeps the month).
usage: batch57e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather58e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Hyosung Corporation / Kyoungwon Pyo, ATM merger obstruction, published 2012-05-03 (a Thursday) ----------------
HY = "Hyosung Corporation"
NHI = "Nautilus Hyosung Holdings Inc."
TRI = "Triton Systems of Delaware Inc."
PYO = "Kyoungwon Pyo"
ATR = "Antitrust Division"
DOJ = "Department of Justice"
A["us-doj-opa-hyosung-senior-vice-president-pyo-atm-merger-obstruction-plea-nautilus-hyosung-triton-2012"] = dict(
 # Companies: Hyosung Corporation (twice, always in full), Nautilus Hyosung Holdings Inc. ('(NHI)' and 'NHI'
 # three times more, "NHI's" -> alias 'NHI'), Triton Systems of Delaware Inc. ('competitor Triton Systems' -> alias
 # 'Triton Systems'). Organizations: the Antitrust Division (three times), the Department of Justice ('the Department
 # of Justice announced today', 'submitted to the Department of Justice', "the Department of Justice's Antitrust
 # Division"; 'the department said', 'the department was investigating' -> generic), the U.S. District Court ('filed
 # today in the U.S. District Court in Washington, D.C.': the court as printed), the Federal Trade Commission ('(FTC)'
 # -> alias). Persons: Kyoungwon Pyo ("Pyo's", 'Pyo has agreed' -> alias 'Pyo'), Joseph Wayland. Locations: U.S. ('a
 # U.S. prison': the text never writes 'United States' -- **doubtful** as 55c's bare 'U.S.'; the court's 'U.S.' not
 # counted), Washington, D.C. (the court's city; not a dateline here: the dateline is 'WASHINGTON', left alone), Korea
 # ("Korea-based NHI's": the 'X-based' place -- **doubtful**, a reader may leave the compound out as 55c left
 # 'Korean-based').
 # Not annotated: 'South Korean-based' (a demonym, no country surface -- **near-miss**, a reader may add 'South Korea'),
 # 'automated teller machine (ATM)' (a product type: no Service, no maker's product name), 'Delaware' (inside Triton's
 # name only), 'subordinates', 'Senior corporate executives' (unnamed; the latter cut), the plea agreement and charges
 entities=[E("Company", HY),
           E("Location", "U.S."),
           E("Organization", ATR),
           E("Organization", DOJ),
           E("Organization", "U.S. District Court"),
           E("Location", "Washington, D.C."),
           E("Person", PYO, "Pyo"),
           E("Company", NHI, "NHI"),
           E("Organization", "Federal Trade Commission", "FTC"),
           E("Location", "Korea"),
           E("Company", TRI, "Triton Systems"),
           E("Person", "Joseph Wayland")],
 # 'An executive of South Korean-based Hyosung Corporation' and 'Kyoungwon Pyo, in his role as senior vice president
 # for corporate strategy of Hyosung Corporation' -> vice-president at Hyosung Corporation (GUIDELINES: senior vice
 # president -> vice-president), current true (the lead calls him 'An executive of' Hyosung in the present and no word
 # says he left; **doubtful**: 'in his role as' describes the post he held in 2008, a reader may give current false).
 # 'Acting Assistant Attorney General Joseph Wayland in charge of the Department of Justice's Antitrust Division' ->
 # head of the Antitrust Division, current (55c: the same man and post, acting -> head)
 roles=[R(PYO, "vice-president", HY), R("Joseph Wayland", "head", ATR)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # Near-misses: Hyosung Corporation and NHI ('Hyosung Corporation, an affiliate of Nautilus Hyosung Holdings Inc.':
 # an affiliate is under common control or related, not stated as a unit or subsidiary, and the text gives no
 # direction -- **near-miss**, a reader may give parentOrganization(Hyosung Corporation, NHI); the law firms' alerts
 # call the Korean company the parent, which the text does not say); NHI and Triton Systems ('NHI's proposed
 # acquisition of Triton Systems of Delaware Inc.', then 'NHI abandoned the proposed acquisition': a proposed deal
 # abandoned -> no acquired, GUIDELINES; 'competitor Triton Systems': rivals, no partner); NHI / Hyosung and the FTC or
 # the Department (documents submitted to regulators: no partner); the Antitrust Division and the court
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today', 'filed today' -> one item 'today' 2012-05-03 (`published` from a copy's date line and the law
 # firms' alerts: see the pool notes); 'in or about July and August 2008' -> 'July' 2008-07 (**doubtful**: the month
 # borrows the year written after 'August') and 'August 2008' 2008-08; 'On Oct. 20, 2011' -> 2011-10-20. Not dates:
 # 'five months' (a prison term), 'At the time' (no value of its own)
 dates=[D("today", "2012-05-03"), D("July", "2008-07"), D("August 2008", "2008-08"),
        D("Oct. 20, 2011", "2011-10-20")])

# ---- Colas Djibouti (Colas SA), substandard concrete for U.S. Navy airfields, published 2021-02-17 (a Wednesday) -----
CD = "Colas Djibouti"
CSA = "Colas SA"
DON = "Department of the Navy"
EMB = "U.S. Embassy"
A["us-usao-sdca-colas-djibouti-colas-sa-subsidiary-navy-airfields-substandard-concrete-fraud-2021"] = dict(
 # Companies: Colas Djibouti (six times, always in full), Colas SA. Organizations: the Department of the Navy
 # ('a contractor for the Department of the Navy', 'its contracts with the Department of the Navy'; 'the Department of
 # Navy in Djibouti' -> alias 'Department of Navy', the same body written without 'the'), the U.S. Embassy ('the U.S.
 # Embassy in Djibouti': the mission as a body that holds a contract -- **doubtful**: an embassy is also a named
 # building, a reader may type it Location), the U.S. Navy ('U.S. Navy airfields': the service named on its own --
 # **doubtful**: a reader may fold it into the Department of the Navy as an alias; the two are not the same body, the
 # department holding the Navy and the Marine Corps). Locations: Camp Lemonnier and Chabelley Airfield (a named base and
 # an airfield: sites, GUIDELINES), Djibouti (three times, and inside the company's name), the United States (three
 # times: 'false claims to the United States', 'defraud the United States', 'concrete to the United States' -- the
 # country as the party defrauded, a Location as the lane gives it).
 # Not annotated: 'SAN DIEGO' (the dateline: 56i, 56d, 56o), 'a French limited liability company' and 'a French civil
 # engineering company' (adjectives: no 'France' surface -- **near-miss**, a reader may add France), 'documents filed
 # in court' (no court named), 'a store-bought bottle of drinking water', concrete (products)
 entities=[E("Company", CD),
           E("Organization", DON, "Department of Navy"),
           E("Location", "Camp Lemonnier"),
           E("Location", "Chabelley Airfield"),
           E("Organization", EMB),
           E("Location", "Djibouti"),
           E("Location", "United States"),
           E("Organization", "U.S. Navy"),
           E("Company", CSA)],
 # No person is named in the kept text (the U.S. Attorney and the Secretary of the Navy's quotes are in the cut part):
 # no role
 roles=[],
 # 'Colas Djibouti, a French limited liability company, is a wholly owned subsidiary of Colas SA' ->
 # parentOrganization(Colas Djibouti, Colas SA). 'Colas Djibouti, a contractor for the Department of the Navy ...' and
 # 'as part of its contracts with the Department of the Navy' -> partner(Colas Djibouti, Department of the Navy), as
 # written (GUIDELINES: supply/customer contract). '... a contractor for the Department of the Navy at Camp Lemonnier
 # and Chabelley Airfield, and the U.S. Embassy in Djibouti' -> partner(Colas Djibouti, U.S. Embassy) (**doubtful**:
 # the phrase reads as 'a contractor for ... and [for] the U.S. Embassy'; a reader may read the embassy as a third
 # place where the Navy contracts ran and give nothing). Near-misses: the U.S. Navy and the Department of the Navy
 # (the text does not say the Navy is the department's service -- no parentOrganization; 'U.S. Navy airfields' ties
 # no contract to the Navy itself); Colas SA and the Navy (no tie stated: the parent is not the contractor); Camp
 # Lemonnier, Chabelley Airfield and Djibouti (sites and a country: no relation); 'the United States' (a Location, the
 # party defrauded: no partner)
 relations=[L(CD, "parentOrganization", CSA),
            L(CD, "partner", DON),
            L(CD, "partner", EMB)],
 outages=[],
 # 'admitted today' -> 'today' 2021-02-17. No other time expression in the kept text
 dates=[D("today", "2021-02-17")])

# ---- Diana Wilhelmsen Management Limited (DWM), M/V Protefs, published 2021-09-23 (a Thursday) ----------------------
DWM = "Diana Wilhelmsen Management Limited"
A["us-doj-opa-diana-wilhelmsen-management-cyprus-protefs-oily-water-apps-sentencing-2021"] = dict(
 # Company: Diana Wilhelmsen Management Limited ('(DWM)' and 'DWM' four times more -> alias). Organizations: the U.S.
 # District Court ('before U.S. District Court Judge Rebecca Beach Smith in Norfolk, Virginia': the court named only
 # inside the judge's title -- **doubtful**, a reader may leave it as part of the title; 56o counted the court where
 # a standalone mention stood beside it), the U.S. Coast Guard ('to U.S. Coast Guard inspectors'). Persons: Rebecca
 # Beach Smith, Vener Dailisan (once, in full: his surname alone is in the cut sentence). Locations: Cyprus
 # ('Cyprus-based'), Norfolk and Virginia ('in Norfolk, Virginia'; 'Newport News, Virginia' again -> one Virginia),
 # Newport News, New Orleans and Louisiana ('in New Orleans, Louisiana'; City, State -> two each: 56i, 56o).
 # Not annotated: 'the Eastern District of Virginia' and 'the Eastern District of Louisiana' (judicial districts, no
 # court named: 56o's Northern District of Texas), the Motor Vessel (M/V) Protefs (a ship's name: GUIDELINES -- a
 # **near-miss**, a reader may type it Service of DWM), the Act to Prevent Pollution from Ships (a law), 'a
 # comprehensive Environmental Compliance Plan' and 'a Sounding Log' (a plan and a logbook, capitalised: no entity),
 # 'the Atlantic Ocean' (in the title only: the text says 'the ocean'), 'federal court' (no name)
 entities=[E("Company", DWM, "DWM"),
           E("Location", "Cyprus"),
           E("Organization", "U.S. District Court"),
           E("Person", "Rebecca Beach Smith"),
           E("Location", "Norfolk"),
           E("Location", "Virginia"),
           E("Location", "Newport News"),
           E("Location", "New Orleans"),
           E("Location", "Louisiana"),
           E("Person", "Vener Dailisan"),
           E("Organization", "U.S. Coast Guard")],
 # No role: 'U.S. District Court Judge Rebecca Beach Smith' (a judge: 56d, 56o). 'The Chief Engineer, Vener Dailisan'
 # is the vessel's chief engineer (the sub-heading, cut, says 'Chief Engineer of Vessel'): his post is on the ship,
 # and the ship is no entity; the text never says DWM employs him or the crew (**near-miss**: a reader may give
 # executive or other at DWM, the vessel's operator)
 roles=[],
 # No relation. Near-misses: DWM and the M/V Protefs ('a Cyprus-based company that operates several commercial
 # vessels': the ship is no entity, so no provider); DWM's owners (the joint venture's parents are not named in the
 # text); DWM and the U.S. Coast Guard (an inspector, no partner); DWM and Cyprus (a seat: no relation type)
 relations=[],
 outages=[],
 # 'was sentenced today' -> 'today' 2021-09-23 (`published` from the court report and the next day's trade press: see
 # the pool notes); 'from mid-April 2020' -> 2020-04 (the month: 'mid-' keeps no day); 'on June 10, 2020' ->
 # 2020-06-10; 'on June 1, 2020' -> 2020-06-01. Not dates: 'a period of four years' (a term of probation)
 dates=[D("today", "2021-09-23"), D("mid-April 2020", "2020-04"), D("June 10, 2020", "2020-06-10"),
        D("June 1, 2020", "2020-06-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
