#!/usr/bin/env python3
"""Gold for batch 58o (session 55, gatherer 58o: two Justice Department Office of Public Affairs releases on government
contractors and their corporate families -- U.S. Investigations Services Inc. (USIS) and its parent company Altegrity
settling False Claims Act allegations over background investigations released to the U.S. Office of Personnel
Management without the contractually required quality reviews (August 2015); the Virginia Beach, Virginia-based
defense contractor ADS Inc. and its subsidiaries paying the United States $16 million over fraudulently obtained small
business set-aside contracts, with Chad A. Readler of the Civil Division quoted (10 August 2017)), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev (batch10_annotate's write_parts). Dates resolve against `published` (USIS's 2015-08-19 inferred from third
parties' dates -- doubtful; ADS's 2017-08-10 likewise from third parties, who agree).
Conventions (the DOJ lane's releases: 58f, 57r, 57e, 56i, 56o, 55q, 53w and their sources; GUIDELINES section 2): the
Justice Department an Organization -- named 'Justice Department' where the text has no other form (USIS), and where
the text has both 'Department of Justice' and 'Justice Department', one entity 'Department of Justice' with 'Justice
Department' its alias (57r's DRS, 58f's Toyo Ink); 'the government' generic, no alias (56i); 'Acting Assistant
Attorney General <name> of the Justice Department's Civil Division' -> head of the Civil Division, current (58f's and
55q's Delery, 57r's Branda, 57e's Wayland), and parentOrganization(Civil Division, Department of Justice) from the
possessive (51g's Division of Enforcement); '<X> and its parent company, <Y>' -> parentOrganization(X, Y) (58f's
subsidiaries, 55y); '<X> and its subsidiaries' with no subsidiary named -> nothing; a company's name with its
abbreviation in brackets ('U.S. Investigations Services Inc. (USIS)') -> the short form an alias, as the agency's
('U.S. Office of Personnel Management (OPM)'); a contract between a named contractor and a named agency ('a contract
... that USIS held with the U.S. Office of Personnel Management', 'USIS provided background investigations services for
OPM under various fieldwork contracts') -> partner(contractor, agency), as written (GUIDELINES: supply/customer
contract; 56o's Colas Djibouti and the Department of the Navy); 'the United States' as the party paid or defrauded,
or as the government acting -> Location United States (56i, 56o, 58f); 'Congress' -> Organization (55u, 55w, 52g);
'headquartered in <region>' and '<city>, <state>-based' -> Locations, no relation (57r's Herndon, Virginia; 58f's
Beer Sheva); laws ('the False Claims Act (FCA)') -> nothing; programmes and contract classes ('small business
set-aside contracts', 'fieldwork contracts') -> nothing; unnamed parties ('several purported small businesses that it
controlled', 'its subsidiaries') -> nothing; 'today' -> against `published`.
usage: batch58o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather59o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- U.S. Investigations Services Inc. (USIS) and Altegrity, published 2015-08-19 (a Wednesday; doubtful) -----------
USIS = "U.S. Investigations Services Inc."
ALT = "Altegrity"
OPM = "U.S. Office of Personnel Management"
A["us-doj-opa-us-investigations-services-usis-altegrity-opm-background-investigations-false-claims-2015"] = dict(
 # Companies: U.S. Investigations Services Inc. ('(USIS)' and 'USIS' throughout -> alias; "USIS\u2019 false
 # representations" is the possessive of the same alias, not a surface form of its own), Altegrity ('its parent
 # company, Altegrity', 'USIS and Altegrity are headquartered'). Organizations: the Justice Department ('The Justice
 # Department announced today': the only form in the kept text, so the entity is named so), the U.S. Office of
 # Personnel Management ('(OPM)' and 'OPM' five times -> alias). Location: Northern Virginia ('USIS and Altegrity are
 # headquartered in Northern Virginia': a region, a Location).
 # Not annotated: 'the False Claims Act (FCA)' / 'the FCA' (a law), 'The companies' (the pair, generic), 'the
 # government' (twice: the United States as a party, generic -- **near-miss**, a reader may add United States,
 # but no proper name is written), 'the company\u2019s' (generic), 'various fieldwork contracts' (unnamed
 # contracts), 'dumping' / 'flushing' (a practice's internal nicknames, not entities -- **near-miss**), the title's
 # 'U.S. Investigations Services' (the title is not the text)
 entities=[E("Organization", "Justice Department"),
           E("Company", USIS, "USIS"),
           E("Company", ALT),
           E("Organization", OPM, "OPM"),
           E("Location", "Northern Virginia")],
 # No person is named in the kept text (the quotation that closes the excerpt breaks off before its speaker, the head
 # of the Civil Division in the third-party copies) -> no role. Near-miss: the relator, a former USIS executive, is in
 # the news copies only
 roles=[],
 # 'U.S. Investigations Services Inc. (USIS) and its parent company, Altegrity' -> parentOrganization(USIS,
 # Altegrity). 'a contract for background investigations that USIS held with the U.S. Office of Personnel Management
 # (OPM)' and 'USIS provided background investigations services for OPM under various fieldwork contracts' ->
 # partner(USIS, OPM), the contractor first as written (56o's contractor and agency) -- **doubtful**: a reader may
 # leave a government contract that the text tells as the ground of a fraud claim without a relation.
 # Near-misses: Altegrity and OPM ('The companies have agreed to forgo their right to collect payments that they claim
 # were owed by OPM': a claim in a settlement, not a contract of Altegrity's -- no partner); the Justice Department and
 # OPM (agencies of one government, no tie stated); 'background investigations services' (a kind of work, no named
 # Service: no provider); 'From its privatization in 1996' (USIS's past as a government office is not named: no
 # parent, no acquisition); 'headquartered in Northern Virginia' (a seat, no relation)
 relations=[L(USIS, "parentOrganization", ALT),
            L(USIS, "partner", OPM)],
 outages=[],
 # 'The Justice Department announced today' -> 'today' 2015-08-19 (`published`, doubtful: see the pool notes);
 # 'From its privatization in 1996' -> '1996'; 'until September 2014' -> 'September 2014' 2014-09; 'beginning in at
 # least March 2008' -> 'March 2008' 2008-03; 'through at least September 2012' -> 'September 2012' 2012-09. Not
 # dates: '$30 million' (a sum)
 dates=[D("today", "2015-08-19"), D("1996", "1996"), D("September 2014", "2014-09"), D("March 2008", "2008-03"),
        D("September 2012", "2012-09")])

# ---- ADS Inc. and its subsidiaries, published 2017-08-10 (a Thursday) -------------------------------------------------
ADS = "ADS Inc."
DOJ = "Department of Justice"
CIV = "Civil Division"
A["us-doj-opa-ads-inc-subsidiaries-small-business-set-aside-false-claims-settlement-2017"] = dict(
 # Company: ADS Inc. ('ADS' five times -> alias). Organizations: the Department of Justice ('the Department of Justice
 # announced today'; 'the Justice Department\u2019s Civil Division' -> alias 'Justice Department', possessive-free),
 # the Civil Division, Congress ('the assistance that Congress intended'). Person: Chad A. Readler. Locations: Virginia
 # Beach and Virginia ('Virginia Beach, Virginia-based contractor ADS Inc.': the seat's city and state, each a
 # Location), United States ('to pay the United States $16 million', 'the United States utilizes small business
 # set-aside contracts': the country as the party paid and as the government acting -- 58f's and 56o's Location).
 # Not annotated: 'its subsidiaries' (unnamed -- **near-miss**: the affiliates Mythics Inc., London Bridge Trading Co.
 # Ltd., MJL Enterprises LLC and others follow in the sentence the excerpt breaks off, which is cut), 'purported small
 # businesses' / 'several purported small businesses that it controlled' (unnamed), 'the False Claims Act' (a law),
 # 'small business set-aside contracts' (a contract class, no Service), 'the small business community', 'the
 # government' (generic), the title's 'Defense Contractor ADS Inc.' (the title is not the text)
 entities=[E("Location", "Virginia Beach"),
           E("Location", "Virginia"),
           E("Company", ADS, "ADS"),
           E("Location", "United States"),
           E("Organization", DOJ, "Justice Department"),
           E("Person", "Chad A. Readler"),
           E("Organization", CIV),
           E("Organization", "Congress")],
 # 'said Acting Assistant Attorney General Chad A. Readler of the Justice Department\u2019s Civil Division' -> head of
 # the Civil Division, current (an acting head leads it: 58f's Delery, 57r's Branda). Nobody at ADS is named
 roles=[R("Chad A. Readler", "head", CIV)],
 # 'the Justice Department\u2019s Civil Division' -> parentOrganization(Civil Division, Department of Justice).
 # Near-misses: 'ADS Inc. and its subsidiaries' (no subsidiary named in the kept text: no parentOrganization);
 # 'ADS, together with several purported small businesses that it controlled' (control of unnamed companies: nothing);
 # ADS and the United States ('fraudulently induced the government to award certain small business set-aside
 # contracts': the contracts' government side is 'the government', the named United States is only the party paid and
 # the contracting policy-maker -- no partner; a reader may add partner(ADS Inc., United States), but a Location
 # takes no contract relation); 'improper bid rigging' (no co-conspirator named: no partner); Congress and the
 # Department (no tie stated)
 relations=[L(CIV, "parentOrganization", DOJ)],
 outages=[],
 # 'the Department of Justice announced today' -> 'today' 2017-08-10 (`published`). Not dates: '$16 million' (a sum)
 dates=[D("today", "2017-08-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
