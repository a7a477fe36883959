#!/usr/bin/env python3
"""Batch 57s gold annotations (the texts of batch57s.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57b, 57j, 57k and 57o; batch10_annotate.write_parts), so with
three texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'in the same month' (tied to October 1992 in the text, not absolute), 'a few months', 'shortly before',
'from then on', 'in the first place' and 'recently' -> nothing; 'As of 2012' -> '2012'; 'Enterprise 92' (part of an
award's name) -> nothing. No text tells an outage, so every `outages` list is empty; two tell near-misses
(Glossopdale's Marshall Minibuses 'out of service due to various mechanical and structural defects': a product defect,
and Galloway's service that 'operated only for a few months': a business failure; the FDA's advice that morcellators
'should be withdrawn from the market': a product withdrawal; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55n, 55s, 55x, 55za, 55zd, 56b, 56f, 56j, 57a,
57b, 57j, 57k and 57o): a company that 'took over the operations of' another company (the text's next paragraph calls
it a 'takeover') -> acquired + parentOrganization(target, buyer) (doubtful: a reader might read an asset purchase);
'the acquisition of the contracts of' a company -> nothing (an asset purchase, GUIDELINES Relations); 'had purchased'
-> acquired; 'owned by' a company -> parentOrganization; 'A subsidiary operation, X', 'a US subsidiary called X' and
'a group focused on ... called X' (the company's own unit) -> parentOrganization(X, company); 'awarded a contract by'
a council -> partner (a contract between two named organisations, direction as written: the contractor first); 'one
of the launch customers for' a vehicle 'designed and built by' a maker -> partner(customer, maker) (a launch customer,
GUIDELINES Relations, as batch 32e's Nippon Airways and Boeing) and provider(vehicle, maker) (vehicles are Service);
'published by' a publisher (of the developer's first game) and 'its work with' / 'work exclusively with' a company ->
partner (developer first, as written; doubtful for the publisher: as batch 57k's publishers); funding, grants and
awards ('start-up funding from the Prince's Trust', 'grant assistance from the Scottish Office', 'named one of
"Canada's Top 100 Employers"') -> no relation; a lawsuit ('sued Marshall in the High Court'), a buy-back of vehicles
and compensation -> nothing; games and game series -> Service with provider the developer the text names, not the
publisher (as batch 57k); a franchise a developer made 'entries in' -> Service with no provider (as batch 57k);
consoles named with the maker's name ('Nintendo 3DS', 'Nintendo Switch', 'Nintendo GameCube') -> Service with provider
Nintendo (named on its own in the text; doubtful), 'the Wii' -> Service with no provider (no maker in its name or the
text); 'The founder of the business, X', 'founded ... by X' -> founder, 'co-founder X' -> cofounder, all current true,
also for the dead ('the late Patrick Keeley', 'after Storz died': founders stay founders, as batches 56b, 57a and 57k);
'owned by the late Sam Tandy' -> no role (the lane's owner rule); 'took over running the company' -> no role (no
title, as batch 57j's 'to take over the family business'; doubtful: a reader might give head); 'producer' on a game ->
no role (a craft post, not a senior title; doubtful); numbered bus routes ('the 361 service', 'the 375 service', 'the
352 service') -> no entity (route numbers, no named service; doubtful); a hospital and an estate at a route's ends
('Tameside Hospital', 'Bosden Farm') -> Location (named sites, GUIDELINES Types); councils, government departments
(the Scottish Office), the High Court, the FDA and a charity (the Prince's Trust) -> Organization; magazines
("Maclean's", 'BC Business') -> Company (news organisations, GUIDELINES Types); companies named only inside an award's
or a game's name ('BBC Radio 4 / Radio Times Enterprise 92 award', 'Sega Soccer Slam', "Canada's Top 100 Employers",
"BC's Top Employers") -> no entity of their own (GUIDELINES Types: a company named only inside a product name; awards
are no entities); 'Hopkins relay lens' (an invention), 'morcellators', 'borescopes', 'GmbH', 'Societas Europaea' (legal
forms) -> no entity; nationality adjectives ('German', 'Canadian') and 'US' as an adjective ('a US subsidiary') ->
nothing, 'the UK' as a noun -> Location.
usage: batch57s_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- bus transport, UK: Glossopdale Bus Company --------------------------------------------------------------------
GB = "Glossopdale Bus Company"
TV = "Tame Valley Motor Services"
MC = "Marshall of Cambridge"
A["wp-glossopdale-bus-company"] = dict(
 # the company -> Company 'Glossopdale Bus Company', alias 'Glossopdale' (six times); Tame Valley Motor Services,
 # Galloway Bus Company (the subsidiary), Marshall of Cambridge (alias 'Marshall': 'sued Marshall', 'Marshall
 # re-purchased', the maker, not the minibus) and Checkmate ('Checkmate of Mossley': the operator named with its town,
 # as batch 57o split 'Nan Kai Corporation of Hong Kong'; doubtful: a reader might keep 'Checkmate of Mossley' as one
 # name) -> Company; the Prince's Trust (a charity), Derbyshire County Council, the Scottish Office and the High Court
 # -> Organization; 'the ill-fated Marshall Minibus' (a vehicle model) -> Service; David Whyatt, Patrick Keeley, Sam
 # Tandy -> Person; Glossop, Derbyshire, England, Stockport, UK, Greater Manchester, Port William, Kirkudbright,
 # Mossley, Denshaw, Ashton -> Location; Tameside Hospital and Bosden Farm (the ends of a route) -> Location (named
 # sites; doubtful for the farm estate). No entity: 'BBC Radio 4 / Radio Times Enterprise 92 award' (an award; BBC
 # Radio 4 and Radio Times named only inside its name -- **near-miss**: a reader might add both as Company), 'the 361
 # service', 'the 375 service', 'the 352 service' (route numbers -- **near-miss**: a reader might make Services of
 # them), 'the Glossopdale network' (generic), 'the first bus', 'The four vehicles' (unnamed)
 entities=[E("Company", GB, "Glossopdale"), E("Location", "Glossop"), E("Location", "Derbyshire"),
           E("Location", "England"), E("Person", "David Whyatt"), E("Organization", "Prince's Trust"),
           E("Organization", "Derbyshire County Council"), E("Location", "Stockport"), E("Location", "UK"),
           E("Company", TV), E("Person", "Patrick Keeley"), E("Location", "Greater Manchester"),
           E("Location", "Tameside Hospital"), E("Location", "Bosden Farm"), E("Company", "Galloway Bus Company"),
           E("Organization", "Scottish Office"), E("Location", "Port William"), E("Location", "Kirkudbright"),
           E("Service", "Marshall Minibus"), E("Company", MC, "Marshall"), E("Organization", "High Court"),
           E("Company", "Checkmate"), E("Location", "Mossley"), E("Person", "Sam Tandy"), E("Location", "Denshaw"),
           E("Location", "Ashton")],
 # 'The founder of the business, David Whyatt' -> founder at Glossopdale Bus Company, current true; 'Tame Valley Motor
 # Services, founded by the late Patrick Keeley' -> founder at Tame Valley Motor Services, current true (founders stay
 # founders; 'the late' tells his death, not a post left). Near-misses: 'Checkmate of Mossley, owned by the late Sam
 # Tandy' -> no role (an owner, no title; a reader might give founder or head); 'secured start-up funding from the
 # Prince's Trust' -> no role at the trust
 roles=[R("David Whyatt", "founder", GB), R("Patrick Keeley", "founder", TV)],
 # 'Glossopdale took over the operations of Tame Valley Motor Services' -> acquired + parentOrganization(Tame Valley,
 # Glossopdale) (doubtful: 'the operations of' may mean the business's services rather than the company; 'A further
 # takeover' in the last paragraph counts it a takeover); 'A subsidiary operation, Galloway Bus Company' ->
 # parentOrganization(Galloway, Glossopdale); 'awarded a contract by Derbyshire County Council ... to operate the 361
 # service' -> partner(Glossopdale, Derbyshire County Council); 'one of the launch customers for the ill-fated
 # Marshall Minibus, ... designed and built by Marshall of Cambridge' -> partner(Glossopdale, Marshall of Cambridge) and
 # provider(Marshall Minibus, Marshall of Cambridge). Near-misses: 'the acquisition of the contracts of Checkmate of
 # Mossley' -> no acquired and no parentOrganization (contracts bought, an asset purchase; a reader might add
 # acquired(Glossopdale, Checkmate), as the sentence calls it 'A further takeover'); the Prince's Trust's funding and
 # the Scottish Office's grant -> no partner (funders, no working relation; a reader might add partner); 'sued Marshall
 # in the High Court' and 'Marshall re-purchased the vehicles and compensated Glossopdale' -> nothing (a lawsuit and a
 # buy-back); the Radio 4 / Radio Times award -> nothing
 relations=[L(GB, "acquired", TV), L(TV, "parentOrganization", GB),
            L("Galloway Bus Company", "parentOrganization", GB), L(GB, "partner", "Derbyshire County Council"),
            L(GB, "partner", MC), L("Marshall Minibus", "provider", MC)],
 outages=[],
 # '1991', 'October 1992', '1995' (twice), '1996' (twice) -> one item each; 'in the same month', 'a few months',
 # 'Enterprise 92' -> left out
 dates=[D("1991", "1991"), D("October 1992", "1992-10"), D("1995", "1995"), D("1996", "1996")])

# ---- medical devices, Germany: Karl Storz SE -----------------------------------------------------------------------
KS = "Karl Storz SE & Co. KG"
A["wp-karl-storz"] = dict(
 # the company -> Company 'Karl Storz SE & Co. KG' with no alias: its short name 'Karl Storz' ('Karl Storz had not')
 # is also the founder's full name, which the text gives first for the man ('founded in Tuttlingen by Karl Storz'), so
 # the surface form is left to the Person (doubtful: a reader might add 'Karl Storz' as the company's alias as well);
 # Karl Storz -> Person, alias 'Storz' ("Storz' daughter", 'after Storz died'); 'Storz' daughter, Sybill' -> Person
 # 'Sybill' (the only form the text gives); the FDA -> Organization (a regulator); Ethicon ('the market leader'),
 # Karl Storz Endoscopy-America, Inc. and Karl Storz Industrial Group -> Company; Tuttlingen -> Location. No entity:
 # 'the Hopkins relay lens' (an invention; no Hopkins named on his own), 'endoscopes', 'surgical instruments',
 # 'morcellators', 'borescopes' (kinds of product), 'GmbH', 'Societas Europaea' (legal forms), 'German', 'US' (in 'a US
 # subsidiary': adjectives), 'worldwide'
 entities=[E("Company", KS), E("Location", "Tuttlingen"), E("Person", "Karl Storz", "Storz"),
           E("Person", "Sybill"), E("Organization", "FDA"), E("Company", "Ethicon"),
           E("Company", "Karl Storz Endoscopy-America, Inc."), E("Company", "Karl Storz Industrial Group")],
 # 'It was founded in Tuttlingen by Karl Storz in 1945' -> founder at Karl Storz SE & Co. KG, current true (founders
 # stay founders, also after 'Storz died in 1996'). Near-misses: "Storz' daughter, Sybill, took over running the
 # company" -> no role (no title named; a reader might give head, ceo or chairman)
 roles=[R("Karl Storz", "founder", KS)],
 # 'It has a US subsidiary called Karl Storz Endoscopy-America, Inc.' -> parentOrganization; 'and a group focused on
 # industrial products like borescopes called Karl Storz Industrial Group' -> parentOrganization (the company's own
 # group, told beside the subsidiary in the same sentence). Near-misses: 'licensed the patent for the Hopkins relay
 # lens' -> no partner (no licensor named); Ethicon, 'the market leader' that withdrew its devices -> no relation (a
 # rival); the FDA's advice -> no relation (a regulator's advice, no working relation); 'morcellators that it sold' ->
 # no Service (a kind of device, no product name); 'privately owned' -> no parentOrganization (no owner named)
 relations=[L("Karl Storz Endoscopy-America, Inc.", "parentOrganization", KS),
            L("Karl Storz Industrial Group", "parentOrganization", KS)],
 outages=[],
 # 'In 2017' and 'It 2017' (one text '2017', one value) -> one item; 'As of 2012' -> '2012'
 dates=[D("1945", "1945"), D("1996", "1996"), D("1963", "1963"), D("1965", "1965"), D("2012", "2012"),
        D("2017", "2017"), D("2014", "2014"), D("1971", "1971")])

# ---- video games, Canada: Next Level Games -------------------------------------------------------------------------
NL = "Next Level Games, Inc."
GAMES = ["NHL Hitz Pro", "Mario Strikers", "Punch-Out!!", "Luigi's Mansion: Dark Moon",
         "Metroid Prime: Federation Force", "Luigi's Mansion 3", "Super Mario Strikers"]
A["wp-next-level-games"] = dict(
 # the company -> Company 'Next Level Games, Inc.', aliases 'Next Level Games' and 'NLG' (in the quoted statement);
 # Nintendo, EA Black Box, Midway Games -> Company; "Maclean's" ("Maclean's magazine") and 'BC Business' ('BC Business
 # magazine') -> Company (magazines, GUIDELINES Types: news organisations), named without the word 'magazine'; Jason
 # Carr, Ken Yeeloy -> Person; Vancouver -> Location; the games and series NHL Hitz Pro, the Mario Strikers games,
 # Punch-Out!!, Luigi's Mansion: Dark Moon, Metroid Prime: Federation Force, Luigi's Mansion 3, Super Mario Strikers,
 # Sega Soccer Slam and the NHL Hitz series ('NHL Hitz titles', 'the NHL Hitz series') -> Service (games, GUIDELINES
 # Types); the consoles Wii, Nintendo 3DS, Nintendo Switch, Nintendo GameCube -> Service (devices). No entity: Sega (named
 # only inside 'Sega Soccer Slam'), "Canada's Top 100 Employers" and "BC's Top Employers" (awards; Canada and BC named
 # only inside them -- **near-miss**: a reader might add Canada and British Columbia as Locations), 'Canadian' (an
 # adjective), 'the studio', 'the team' (generic), 'owner-directors' (unnamed)
 entities=[E("Company", NL, "Next Level Games", "NLG"), E("Company", "Nintendo"), E("Location", "Vancouver"),
           E("Company", "EA Black Box"), E("Service", "Sega Soccer Slam"), E("Service", "NHL Hitz"),
           E("Company", "Midway Games"), E("Service", "Wii"), E("Service", "Nintendo 3DS"),
           E("Service", "Nintendo Switch"), E("Service", "Nintendo GameCube"), E("Company", "Maclean's"),
           E("Company", "BC Business"), E("Person", "Jason Carr"), E("Person", "Ken Yeeloy")]
          + [E("Service", g) for g in GAMES],
 # 'co-founder Jason Carr' -> cofounder at Next Level Games, Inc., current true. Near-misses: 'producer Ken Yeeloy' ->
 # no role (a game producer's craft post, no senior title; doubtful: a reader might give executive or other);
 # 'former members of EA Black Box' -> no role (unnamed people); 'owner-directors' -> no role (unnamed)
 roles=[R("Jason Carr", "cofounder", NL)],
 # 'a Canadian video game developer owned by Nintendo' -> parentOrganization(NLG, Nintendo); 'Nintendo announced that it
 # had purchased Next Level Games' -> acquired(Nintendo, NLG); 'its work with Nintendo' and 'it would work exclusively
 # with Nintendo' -> partner(NLG, Nintendo) (a working relation before the purchase; relations carry no time); 'NHL
 # Hitz Pro , which was published by Midway Games' -> partner(NLG, Midway Games) (the publisher of its first game,
 # doubtful, as batch 57k's publishers); the games NLG made ('Their first project was NHL Hitz Pro', 'best known for its
 # work with Nintendo, the Mario Strikers games and Punch-Out!! ...', 'to develop Super Mario Strikers') -> provider(game,
 # NLG) each; 'the team's prior work on Sega Soccer Slam at EA Black Box' -> provider(Sega Soccer Slam, EA Black Box);
 # 'Nintendo 3DS', 'Nintendo Switch', 'Nintendo GameCube' -> provider Nintendo (doubtful: the maker read from the name,
 # Nintendo named on its own). Near-misses: no provider(NHL Hitz Pro, Midway Games) (the publisher, not the maker);
 # no provider for 'the NHL Hitz series' (EA Black Box made 'prior entries in' it, not the franchise, as batch 57k);
 # no provider for the Wii (no maker in the text); no relation between NLG and EA Black Box (former staff only; a
 # reader might add a spin-off relation); the magazines that 'featured' NLG -> no relation
 relations=[L(NL, "parentOrganization", "Nintendo"), L("Nintendo", "acquired", NL), L(NL, "partner", "Nintendo"),
            L(NL, "partner", "Midway Games"), L("Sega Soccer Slam", "provider", "EA Black Box"),
            L("Nintendo 3DS", "provider", "Nintendo"), L("Nintendo Switch", "provider", "Nintendo"),
            L("Nintendo GameCube", "provider", "Nintendo")]
           + [L(g, "provider", NL) for g in GAMES],
 outages=[],
 # 'October 2002' -> '2002-10'; 'January 2014' and 'January 2021' -> months; '2003', '2008', '2009', '2012' -> years;
 # 'from then on', 'in the first place', 'recently' -> left out
 dates=[D("October 2002", "2002-10"), D("2003", "2003"), D("2008", "2008"), D("2009", "2009"), D("2012", "2012"),
        D("January 2014", "2014-01"), D("January 2021", "2021-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
