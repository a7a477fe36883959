#!/usr/bin/env python3
"""Batch 52h gold annotations (the texts of batch52h.py: the Office of Public Affairs' release of 17 January 2008 on the
indictment of Gerald Green and Patricia Green, 'co-owners of Film Festival Management, Inc. (FFM)', over payments to
the official who headed the Tourism Authority of Thailand; the Office of Public Affairs' release of 10 December 2014 on
Dallas Airmotive Inc.'s admission of FCPA violations and its $14 million criminal penalty), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's FCPA releases, 41p and 43e; 51n, 51t, 51z and 52f; the corpus's DOJ gold on FBI officials,
Fraud Section and U.S. Attorney's Offices; GUIDELINES section 2): 'Assistant Attorney General ... of the Criminal
Division' -> head at the Criminal Division (43e's Fisher, 51z's Caldwell); 'the Justice Department's Criminal Division'
-> parentOrganization(Criminal Division, Justice Department) (51z, dev's HP Russia); 'the Criminal Division's Fraud
Section' -> Fraud Section an Organization with parentOrganization(Fraud Section, Criminal Division) (dev's Goldman
Sachs 1MDB, test's BP Products propane); 'the U.S. Attorney's Office for the Northern District of Texas' (an office
named as such) -> Organization as written (dev's Weatherford, Goldman Sachs; train's Vitol); 'U.S. Attorney Thomas P.
O'Brien for the Central District of California' -> Person, no role, the district no entity (dev's HP Russia, 51z, 52f);
'Special Agent in Charge ... of the FBI's Dallas Division' -> executive at the FBI, the unit no entity, its city a
Location (51z's Washington, 52f's Norfolk); 'Trial Attorney ... of the Criminal Division's Fraud Section' and
'Assistant U.S. Attorney ... from the U.S. Attorney's Office' -> other at the office (GUIDELINES: staff attorneys ->
other; no corpus file yet gives a role to either title: **doubtful**); the dateline 'WASHINGTON' -> Location as written
(51t, 52f); a year range '2002-2007' -> the two years as items (the corpus's '1984–1985', '2005-2017' way); 'late
yesterday' -> its own item, the day before `published` (the corpus's 'late yesterday'); an event (the Bangkok
International Film Festival) -> no entity (GUIDELINES: events are not entities); a country or state named only inside an
organisation's name ('Tourism Authority of Thailand', 'the Brazilian State of Roraima', 'the San Juan Province') -> no
Location (51t, 52f); nationality adjectives ('Thai', 'Brazilian', 'Peruvian', 'Latin American') -> nothing; owners
('co-owners of', 'owned and operated') -> no role (the corpus gives owners none: wp-marcelo-claure's co-owner, Divi Divi
Air's owner); laws, charges, the indictment, the information, the deferred prosecution agreement -> nothing.
usage: batch52h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FFM = "Film Festival Management, Inc."
TAT = "Tourism Authority of Thailand"
DAI = "Dallas Airmotive Inc."
RORAIMA = "Office of the Governor of the Brazilian State of Roraima"
SAN_JUAN = "Office of the Governor of the San Juan Province"
NDTX = "U.S. Attorney\u2019s Office for the Northern District of Texas"
A = {}

# ---- Film Festival Management / Gerald and Patricia Green, OPA, published 2008-01-17 (a Thursday) ---------------------
A["us-doj-film-festival-management-gerald-patricia-green-indicted-thai-tourism-official-bribes-fcpa-2008"] = dict(
 # People: Alice S. Fisher, Thomas P. O'Brien (curly apostrophe as written), Gerald Green, Patricia Green (neither
 # surname stands alone: 'the Greens' names both -- no alias). Companies: Film Festival Management, Inc. ('(FFM)' and
 # 'Film Festival Management' in the fourth paragraph: aliases). Organizations: the Criminal Division, the Tourism
 # Authority of Thailand ('(TAT)', 'the TAT' twice: alias). Locations: WASHINGTON (dateline), Los Angeles ('Los
 # Angeles-area', 'Los Angeles-based', 'in Los Angeles'), Bangkok ('held annually in Bangkok'), West Hollywood. Not
 # annotated: the Bangkok International Film Festival and 'BKKIFF' (an annual event: no entity, GUIDELINES -- near-miss:
 # a reader may take it for an organisation that has a president), Thailand (only inside the authority's name; 'Thai'
 # an adjective -- near-miss), the Central District of California and California (inside O'Brien's title: no entity),
 # the Department of Justice (in the page chrome only, left out), 'a federal grand jury' (generic), the unnamed
 # governor and 'a senior Thai government official' (no person), the FCPA (a law)
 entities=[E("Location", "WASHINGTON"),
           E("Person", "Alice S. Fisher"),
           E("Organization", "Criminal Division"),
           E("Person", "Thomas P. O\u2019Brien"),
           E("Location", "Los Angeles"),
           E("Location", "Bangkok"),
           E("Person", "Gerald Green"),
           E("Person", "Patricia Green"),
           E("Location", "West Hollywood"),
           E("Company", FFM, "FFM", "Film Festival Management"),
           E("Organization", TAT, "TAT")],
 # Fisher, 'Assistant Attorney General Alice S. Fisher of the Criminal Division' -> head at the Criminal Division (43e's
 # Baker Hughes file, the same person and title). Near-misses: O'Brien, 'U.S. Attorney ... for the Central District of
 # California' -> no role (the office is not named as an organisation; **doubtful** as 51z's Williams and 52f's
 # Rosenberg); Gerald and Patricia Green, 'co-owners of Film Festival Management, Inc.' and 'the Greens owned and
 # operated Film Festival Management' -> no role (**doubtful**: owners get no role in the corpus, and 'a Los
 # Angeles-area film executive' names no organisation; a reader may give Gerald Green executive, or both founder --
 # the text says FFM 'was formed in 2002' without saying by whom); the governor's posts ('the president of the BKKIFF
 # and the governor of the TAT') -> no role (the official is unnamed)
 roles=[R("Alice S. Fisher", "head", "Criminal Division")],
 # No relation. Near-miss: partner(Film Festival Management, Inc., Tourism Authority of Thailand) -- **doubtful**, left
 # out: the contracts 'to manage and operate the annual Bangkok International Film Festival' are told only as the aim of
 # the alleged bribery and as awarded under the governor's influence ('as charged'; 52f's PCI/RAF and 51z's way with
 # contracts reached through bribes); a reader may take FFM as the authority's contractor. The Criminal Division's parent
 # is not in the kept text
 relations=[],
 outages=[],
 # 'late yesterday' -> 2008-01-16 (the Wednesday before `published`); '2002' ('from 2002-2007', 'formed in 2002', 'from
 # 2002 and continuing into 2007') -> 2002, one item; '2007' (the same two places) -> 2007, one item. Skipped: 'annual'
 # and 'annually' (no calendar value), ages
 dates=[D("late yesterday", "2008-01-16"), D("2002", "2002"), D("2007", "2007")])

# ---- Dallas Airmotive Inc., OPA, published 2014-12-10 (a Wednesday) ---------------------------------------------------
A["us-doj-dallas-airmotive-admits-fcpa-violations-brazil-peru-argentina-officials-14-million-penalty-2014"] = dict(
 # Companies: Dallas Airmotive Inc. ('Dallas Airmotive' three times and in 'Dallas Airmotive\u2019s': alias).
 # Organizations: the Justice Department, the Criminal Division ('the Justice Department\u2019s Criminal Division',
 # 'the Criminal Division\u2019s Fraud Section'), the FBI, the Brazilian Air Force, the Peruvian Air Force (the corpus's
 # 'Brazilian Air Force', 'Argentine Air Force'), the Office of the Governor of the Brazilian State of Roraima and the
 # Office of the Governor of the San Juan Province (government bodies named in full, as dev's HP Russia names the
 # 'Office of the Prosecutor General of the Russian Federation'; **doubtful**: a reader may annotate the states as
 # Locations instead), the Fraud Section, the U.S. Attorney\u2019s Office for the Northern District of Texas (an office
 # named as such). People: Leslie R. Caldwell, Diego Rodriguez, David M. Fuhr, Michael C. Elliott. Locations: Grapevine,
 # Texas ('Grapevine, Texas': two, the corpus's 'Tulsa, Oklahoma' way in 51z), Dallas ('the FBI\u2019s Dallas
 # Division', 'the FBI\u2019s Dallas Field Office': the city, 51z's Washington way -- the 'Dallas' inside 'Dallas
 # Airmotive' is the company's), Argentina ('the San Juan Province in Argentina'). Not annotated: the Northern District
 # of Texas ('federal court in the Northern District of Texas': a judicial district, no court named -- near-miss), the
 # FBI's Dallas Division and Dallas Field Office (units: no entity, 51z -- near-miss), Roraima and San Juan (inside the
 # offices' names -- near-miss), Brazil and Peru (only as adjectives), 'Latin American government officials', 'front
 # companies', 'third-party representatives' (unnamed), the FCPA (a law)
 entities=[E("Company", DAI, "Dallas Airmotive"),
           E("Location", "Grapevine"), E("Location", "Texas"),
           E("Person", "Leslie R. Caldwell"),
           E("Organization", "Justice Department"),
           E("Organization", "Criminal Division"),
           E("Person", "Diego Rodriguez"),
           E("Organization", "FBI"),
           E("Location", "Dallas"),
           E("Organization", "Brazilian Air Force"),
           E("Organization", "Peruvian Air Force"),
           E("Organization", RORAIMA),
           E("Organization", SAN_JUAN),
           E("Location", "Argentina"),
           E("Person", "David M. Fuhr"),
           E("Organization", "Fraud Section"),
           E("Person", "Michael C. Elliott"),
           E("Organization", NDTX)],
 # Caldwell, 'Assistant Attorney General ... of the Justice Department\u2019s Criminal Division' -> head at the
 # Criminal Division (51z, dev's VimpelCom/Unitel: the same person and title). Rodriguez, 'Special Agent in Charge ...
 # of the FBI\u2019s Dallas Division' -> executive at the FBI. Fuhr, 'Trial Attorney ... of the Criminal Division\u2019s
 # Fraud Section' -> other at the Fraud Section, and Elliott, 'Assistant U.S. Attorney ... from the U.S.
 # Attorney\u2019s Office for the Northern District of Texas' -> other at that office (**doubtful** both: GUIDELINES'
 # 'staff attorneys -> other'; no corpus precedent on either title; a reader may give none). Near-miss: no Dallas
 # Airmotive officer is named (no company role)
 roles=[R("Leslie R. Caldwell", "head", "Criminal Division"),
        R("Diego Rodriguez", "executive", "FBI"),
        R("David M. Fuhr", "other", "Fraud Section"),
        R("Michael C. Elliott", "other", NDTX)],
 # 'the Justice Department\u2019s Criminal Division' -> parentOrganization(Criminal Division, Justice Department);
 # 'the Criminal Division\u2019s Fraud Section' -> parentOrganization(Fraud Section, Criminal Division). Near-misses:
 # parentOrganization(U.S. Attorney's Office for the Northern District of Texas, Justice Department) -- not stated in
 # the text; partner between Dallas Airmotive and the air forces or governors' offices -- the text says only that the
 # company bribed their officials 'to secure lucrative government contracts', no contract with a named body is told
 # (**doubtful**: a reader may infer the air forces were customers); the 'front companies' (unnamed)
 relations=[L("Criminal Division", "parentOrganization", "Justice Department"),
            L("Fraud Section", "parentOrganization", "Criminal Division")],
 outages=[],
 # 'today' ('filed today') -> 2014-12-10; 'between 2008 and 2012' -> '2008' 2008 and '2012' 2012 (two items, the
 # corpus's way with year ranges)
 dates=[D("today", "2014-12-10"), D("2008", "2008"), D("2012", "2012")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
