#!/usr/bin/env python3
"""Batch 40za gold annotations (the texts of batch40za.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the 1970s' (a decade, no calendar value in the corpus's use), 'this period',
'within 24 hours', 'within five days' and 'four-year' are left out. No text tells an outage (or a near-miss), so every
`outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y): a company
'acquired', 'bought' or 'sold to' another -> acquired + parentOrganization(target, buyer); 'merged into' a named
company -> acquired only (as batch 40x's Gray Matter 'merged into Activision's Treyarch studio'); 'owned by', 'its air
charter arm', 'became part of' a group, '... subsidiaries including' -> parentOrganization (past ownership kept); two
people named together as founders -> cofounder each, one named alone -> founder; a post the text says was stood down
from or retired from -> current false; games and aircraft models -> Service, provider the developer where the text
makes the game the studio's, none for aircraft whose maker is named only inside the model name; a joint venture
created 'in partnership with' named companies -> partner; a sponsorship -> nothing (GATHERING.md, batch 20a: a
sponsorship is no partner relation); adjectives ('American', 'Scottish', 'Danish', 'British') -> a Location only where
the name is written out (as batches 40o, 40t, 40v, 40x).
usage: batch40za_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- games, US: Treyarch ------------------------------------------------------------------------------------------
TR = "Treyarch Corporation"
QS = "007: Quantum of Solace"
A["wp-treyarch"] = dict(
 # the studio -> Company, aliases 'Treyarch' and its former names 'Treyarch Invention LLC' and 'Treyarch Inventions'
 # (both forms as written); Activision, Infinity Ward, Sledgehammer Games, Raven Software, Gray Matter Studios,
 # Vicarious Visions, Eurocom -> Company; Peter Akemann, Doğan Köslü -> Person; the Call of Duty series, 007: Quantum of
 # Solace, Call of Duty: Black Ops II, Grand Theft Auto V, Call of Duty: Ghosts -> Service (games); Nintendo DS,
 # PlayStation 2, Wii U -> Service (devices; their makers not named on their own); Santa Monica, California, Europe,
 # North America -> Location; the Leipzig Games Convention (an event) and 'James Bond' -> nothing
 entities=[E("Company", TR, "Treyarch", "Treyarch Invention LLC", "Treyarch Inventions"),
           E("Location", "Santa Monica"), E("Location", "California"),
           E("Person", "Peter Akemann"), E("Person", "Do\u011fan K\u00f6sl\u00fc"), E("Company", "Activision"),
           E("Service", "Call of Duty"), E("Company", "Infinity Ward"), E("Company", "Sledgehammer Games"),
           E("Company", "Raven Software"), E("Company", "Gray Matter Studios"), E("Service", QS),
           E("Location", "Europe"), E("Location", "North America"), E("Company", "Vicarious Visions"),
           E("Service", "Nintendo DS"), E("Company", "Eurocom"), E("Service", "PlayStation 2"),
           E("Service", "Call of Duty: Black Ops II"), E("Service", "Grand Theft Auto V"), E("Service", "Wii U"),
           E("Service", "Call of Duty: Ghosts")],
 # 'Founded in 1996 by Peter Akemann and Doğan Köslü' -> cofounder each
 roles=[R("Peter Akemann", "cofounder", TR), R("Do\u011fan K\u00f6sl\u00fc", "cofounder", TR)],
 # 'it was acquired by Activision in 2001' -> acquired + parentOrganization; 'Gray Matter Studios was merged into
 # Treyarch' -> acquired(Treyarch, Gray Matter) only (merged away, as batch 40x recorded the same event); 'the Call of
 # Duty series, which it develops alongside Infinity Ward, Sledgehammer Games and Raven Software' -> provider(Call of
 # Duty, Treyarch) only (doubtful: the three other studios develop it too, and a reader might give it to each or to
 # none; they get no relation to Treyarch); 'Treyarch would be one of three developers behind their first James
 # Bond-based game, 007: Quantum of Solace', 'Vicarious Visions developed the Nintendo DS version and Eurocom developed
 # the PlayStation 2 version' -> provider of the game to Treyarch, Vicarious Visions and Eurocom (the three developers;
 # 'their' game, Activision's as publisher -> no provider and no partner for Activision; doubtful); Black Ops II (its
 # developer not said in this text), Grand Theft Auto V, Ghosts ('worked on the Wii U version', a port) and the three
 # devices -> no provider
 relations=[L("Activision", "acquired", TR), L(TR, "parentOrganization", "Activision"),
            L(TR, "acquired", "Gray Matter Studios"), L("Call of Duty", "provider", TR),
            L(QS, "provider", TR), L(QS, "provider", "Vicarious Visions"), L(QS, "provider", "Eurocom")],
 outages=[],
 # 'the 2007 Leipzig Games Convention' -> '2007' (the convention's year, a time expression); 'within 24 hours' and
 # 'within five days after its release' -> left out
 dates=[D("1996", "1996"), D("2001", "2001"), D("2005", "2005"), D("2007", "2007"),
        D("October 31, 2008", "2008-10-31"), D("November 4, 2008", "2008-11-04")])

# ---- airline, UK: Loganair -----------------------------------------------------------------------------------------
LA = "Loganair"
LC = "Logan Construction Company Ltd"
A["wp-loganair"] = dict(
 # the airline -> Company; Logan Construction Company Ltd, Gama Aviation, the Royal Bank of Scotland -> Company;
 # Willie Logan -> Person; the United Kingdom Civil Aviation Authority -> Organization (the regulator whose licence it
 # holds; 'Type A Operating Licence' -> nothing); Glasgow Airport, Renfrew Airport (airports) and Paisley,
 # Renfrewshire, Scotland, United Kingdom, Glasgow, Aberdeen, Edinburgh, Inverness, Newcastle upon Tyne, the Orkney
 # Islands, Shetland -> Location ('United Kingdom' also inside the authority's name); Piper PA-23 Aztec,
 # Britten-Norman Islander, Short 360, Fokker F27 Friendship, British Aerospace 146 ('two British Aerospace 146s') ->
 # Service (aircraft models; their makers only inside the model names: no entity, no provider)
 entities=[E("Company", LA), E("Location", "Glasgow Airport"), E("Location", "Paisley"), E("Location", "Renfrewshire"),
           E("Location", "Scotland"), E("Location", "United Kingdom"), E("Location", "Glasgow"),
           E("Location", "Aberdeen"), E("Location", "Edinburgh"), E("Location", "Inverness"),
           E("Location", "Newcastle upon Tyne"), E("Organization", "United Kingdom Civil Aviation Authority"),
           E("Person", "Willie Logan"), E("Company", LC), E("Service", "Piper PA-23 Aztec"),
           E("Service", "Britten-Norman Islander"), E("Location", "Orkney Islands"), E("Location", "Shetland"),
           E("Location", "Renfrew Airport"), E("Company", "Gama Aviation"), E("Company", "Royal Bank of Scotland"),
           E("Service", "Short 360"), E("Service", "Fokker F27 Friendship"), E("Service", "British Aerospace 146")],
 # 'Loganair was established on 1 February 1962 by Willie Logan' -> founder; 'of the Logan Construction Company Ltd'
 # -> no role there (no post named; a reader might record him as its head or owner; doubtful)
 roles=[R("Willie Logan", "founder", LA)],
 # 'operating as its air charter arm' -> parentOrganization(Loganair, Logan Construction Company Ltd); 'Between 1968
 # and 1983, the company was owned by the Royal Bank of Scotland' -> parentOrganization only (how the bank came to own
 # it is not told: no acquired); the air ambulance contract 'awarded to Gama Aviation' (the awarding body not named)
 # -> nothing; 'Loganair bought Short 360 and Fokker F27 Friendship aircraft' -> nothing (aircraft, not companies)
 relations=[L(LA, "parentOrganization", LC), L(LA, "parentOrganization", "Royal Bank of Scotland")],
 outages=[],
 # 'Between 1968 and 1983' -> '1968' and '1983', each its own year; 'this period' -> left out
 dates=[D("1 February 1962", "1962-02-01"), D("1967", "1967"), D("1970", "1970"), D("1966", "1966"),
        D("31 March 2006", "2006-03-31"), D("1968", "1968"), D("1983", "1983")])

# ---- banking, UK: Clydesdale Bank ----------------------------------------------------------------------------------
CB = "Clydesdale Bank"
MB = "Midland Bank"
NAB = "NAB Group"
NIB = "National Irish Bank"
A["wp-clydesdale-bank"] = dict(
 # the bank -> Company, alias 'Clydesdale' ('"CB" logo' -> nothing); Midland Bank, North of Scotland Bank, Northern
 # Bank, National Irish Bank (alias 'N.I.B.'), Yorkshire Bank, Danske Bank -> Company; 'NAB' and 'NAB Group' -> one
 # Company, named by its fuller form (the text never writes out National Australia Bank); AutoBank ('"AutoBank"
 # ATMs') -> Service; the Scottish Premier League -> Organization (a league); Glasgow, Scotland, England, UK,
 # Northern Ireland, the Republic of Ireland -> Location; the National Australia Group Europe Act 2001 (a law) and
 # 'Parliament' ('a private Act of Parliament') -> nothing
 entities=[E("Company", CB, "Clydesdale"), E("Location", "Glasgow"), E("Location", "Scotland"),
           E("Location", "England"), E("Company", MB), E("Company", "North of Scotland Bank"),
           E("Location", "UK"), E("Company", NAB, "NAB"), E("Company", "Northern Bank"),
           E("Location", "Northern Ireland"), E("Company", NIB, "N.I.B."), E("Location", "Republic of Ireland"),
           E("Company", "Yorkshire Bank"), E("Service", "AutoBank"), E("Company", "Danske Bank"),
           E("Organization", "Scottish Premier League")],
 roles=[],
 # 'In 1919 Midland Bank acquired Clydesdale Bank' -> acquired + parentOrganization; 'the North of Scotland Bank which
 # it acquired in 1926' -> acquired + parentOrganization; 'merged Clydesdale with the North of Scotland Bank' ->
 # nothing more (a merger of two subsidiaries, no buyer told); 'The Midland Bank later sold its UK subsidiaries,
 # including Clydesdale Bank, to NAB in 1987' -> acquired(NAB Group, Clydesdale) + parentOrganization; 'NAB's UK and
 # Irish subsidiaries including Northern Bank ... and National Irish Bank' -> parentOrganization of each to NAB Group;
 # 'In 1990 Yorkshire Bank also became part of the group' -> parentOrganization(Yorkshire Bank, NAB Group) only (how
 # it joined is not told; as batch 40y's 'became part of the DB Regio group'); the transfer of Yorkshire Bank's
 # 'assets and liabilities' to Clydesdale and 'Yorkshire Bank is now a trading name of Clydesdale Bank' -> nothing
 # (an asset transfer, and a trading name is no subsidiary; doubtful: a reader might record
 # parentOrganization(Yorkshire Bank, Clydesdale Bank)); 'NAB sold Northern Bank and National Irish Bank to the Danish
 # Danske Bank' -> acquired + parentOrganization for each; AutoBank (Clydesdale's 'introduction of "AutoBank" ATMs') ->
 # provider Clydesdale Bank; 'the main sponsor of the Scottish Premier League' -> nothing (a sponsorship)
 relations=[L(MB, "acquired", CB), L(CB, "parentOrganization", MB),
            L(MB, "acquired", "North of Scotland Bank"), L("North of Scotland Bank", "parentOrganization", MB),
            L(NAB, "acquired", CB), L(CB, "parentOrganization", NAB),
            L("Northern Bank", "parentOrganization", NAB), L(NIB, "parentOrganization", NAB),
            L("Yorkshire Bank", "parentOrganization", NAB),
            L("Danske Bank", "acquired", "Northern Bank"), L("Northern Bank", "parentOrganization", "Danske Bank"),
            L("Danske Bank", "acquired", NIB), L(NIB, "parentOrganization", "Danske Bank"),
            L("AutoBank", "provider", CB)],
 outages=[],
 # 'In the 1970s' -> left out (a decade); the year inside the Act's name -> nothing beyond '2001', listed from 'In
 # 2001'; 'four-year' -> left out
 dates=[D("1838", "1838"), D("1919", "1919"), D("1950", "1950"), D("1926", "1926"), D("1987", "1987"),
        D("1990", "1990"), D("2001", "2001"), D("2005", "2005"), D("July 2007", "2007-07")])

# ---- computing, UK: David E. Potter and Psion ----------------------------------------------------------------------
DP = "David Edwin Potter"
PS = "Psion PLC"
A["wp-david-potter-psion"] = dict(
 # the man -> Person, alias 'Potter'; Psion PLC (alias 'Psion'; 'Psion PLC.' as written, the name inside it), Psion
 # Teklogix, Teklogix, Symbian Limited, Nokia, Ericsson, Motorola, Matsushita, the London Stock Exchange -> Company;
 # 'The Organizer' and Symbian (the operating system standard 'now known as Symbian') -> Service; Trinity College,
 # Cambridge, Imperial College London, the University of London, the University of California, the CBI, the London
 # First Centre, the London Manufacturing Group, the Council for Science and Technology, the Cabinet -> Organization;
 # East London, South Africa, Cape Town -> Location; the CBI's London Regional Council -> folded into the CBI (no
 # entity of its own); 'CBE FREng', 'Beit scholarship', 'Commonwealth Scholarship' -> nothing (honours, awards)
 entities=[E("Person", DP, "Potter"), E("Company", PS, "Psion"), E("Company", "Psion Teklogix"),
           E("Company", "Teklogix"), E("Location", "East London"), E("Location", "South Africa"),
           E("Location", "Cape Town"), E("Organization", "Trinity College, Cambridge"),
           E("Organization", "Imperial College London"), E("Organization", "University of London"),
           E("Organization", "University of California"), E("Service", "The Organizer"),
           E("Company", "London Stock Exchange"), E("Company", "Symbian Limited"), E("Company", "Nokia"),
           E("Company", "Ericsson"), E("Company", "Motorola"), E("Company", "Matsushita"), E("Service", "Symbian"),
           E("Organization", "CBI"), E("Organization", "London First Centre"),
           E("Organization", "London Manufacturing Group"),
           E("Organization", "Council for Science and Technology"), E("Organization", "Cabinet")],
 # 'the founder and chairman of ... Psion PLC.', 'Potter founded Psion in 1980' -> founder (current); 'stood down as
 # chief executive of the company' -> ceo, current false; 'assumed the role of chairman. He retired as chairman in
 # September 2009' -> chairman, current false (the lead's present 'is the founder and chairman' is older wording);
 # '... and Psion Teklogix after Psion's acquisition of Teklogix' -> chairman of Psion Teklogix, current false (the
 # same retirement; doubtful: the text does not say which board he left, and a reader might read 'founder' of it too);
 # 'a board member of the London First Centre' -> director; 'co-chairman of the London Manufacturing Group' ->
 # chairman (both 'has been', current); 'a member of the London Regional Council of the CBI', 'a member of The Council
 # for Science and Technology' and 'appointed to the staff' of Imperial College -> no role (members and staff)
 roles=[R(DP, "founder", PS), R(DP, "ceo", PS, False), R(DP, "chairman", PS, False),
        R(DP, "chairman", "Psion Teklogix", False), R(DP, "director", "London First Centre"),
        R(DP, "chairman", "London Manufacturing Group")],
 # 'Psion's acquisition of Teklogix in the year 2000' -> acquired + parentOrganization(Teklogix, Psion PLC); Psion
 # Teklogix's tie to Psion PLC and to Teklogix -> nothing (not stated; by name only); 'Psion invented "The
 # Organizer"' -> provider; 'Potter led the creation of Symbian Limited in partnership with Nokia, Ericsson, Motorola
 # and Matsushita' -> partner(Psion PLC, each) (a joint venture; Potter acting for Psion, doubtful) and no parent for
 # Symbian Limited (its owners' shares not told); Symbian ('to create the operating system standard ... now known as
 # Symbian') -> provider Symbian Limited; the flotation 'on the London Stock Exchange' -> nothing; 'reporting to the
 # Cabinet' -> nothing
 relations=[L(PS, "acquired", "Teklogix"), L("Teklogix", "parentOrganization", PS),
            L("The Organizer", "provider", PS),
            L(PS, "partner", "Nokia"), L(PS, "partner", "Ericsson"), L(PS, "partner", "Motorola"),
            L(PS, "partner", "Matsushita"), L("Symbian", "provider", "Symbian Limited")],
 outages=[],
 # 'the year 2000' -> 2000; 'during the 1970s' -> left out (a decade); 'From 1999 to 2003' -> '2003' (and '1999',
 # listed once with 'In 1999')
 dates=[D("the year 2000", "2000"), D("1943", "1943"), D("1963", "1963"), D("1966", "1966"), D("1980", "1980"),
        D("1984", "1984"), D("1988", "1988"), D("1998", "1998"), D("1999", "1999"),
        D("September 2009", "2009-09"), D("2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
