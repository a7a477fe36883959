#!/usr/bin/env python3
"""Batch 55zd gold annotations (the texts of batch55zd.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x and 55za; batch10_annotate.write_parts), so with three texts: test, train, dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1990s') left
out, as batches 55f, 55i, 55s, 55x and 55za left them out; 'In July that year' (tied to a year the text names, not
absolute; doubtful: a reader might give 2021-07, as batch 55za left out 'In December of the same year'), 'later that
month', 'At the time', 'In its early years' and 'currently' -> nothing. No text tells an outage (or a near-miss of
one), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za): a company 'was
bought by' or 'was acquired by' or 'acquired' another, or a company 'buying a number of ... companies. These included
X' -> acquired and parentOrganization(target, buyer) (ownership that ended kept: relations carry no time); companies
'also added' in the same account of buying -> the same (doubtful); 'purchased the assets of' a company -> no acquired
(an asset purchase, GUIDELINES), the unit the assets became -> parentOrganization to the buyer; a minority stake or a
shareholding ('a 10% stake', 'second-largest shareholder at 8.75%') -> nothing; a management buyout by named people ->
nothing (no buying company; batch 40ze); 'X would, through its subsidiary Y, wholly acquire' -> parentOrganization(Y,
X), the purchase given to X (the lane's 'X, through its subsidiary Y'); 'formed ... as the parent company for A and B'
and 'A and its B subsidiary' -> parentOrganization; 'formerly part of' -> parentOrganization (past ownership kept); a
branch named in brackets -> Company with parentOrganization to the company that operated it; 'working with' a
publisher 'to produce a variety of games' -> partner (a stated developer-publisher relation; doubtful); a publisher's
brand ('the EA Sports brand') and a publishing label ('a publishing label, Secret Mode') -> Service with provider its
owner (batch 55za's imprints; GUIDELINES, Types: brands are Service); games, game series, computers and platforms
('DOS', 'Amiga', 'Commodore 64') and an engine model ('the Orenda OE600') -> Service (GUIDELINES, Types: games,
software, devices, aircraft models), provider only where the text names the maker; the exchange named in a ticker
('(TSX: MAL)') -> Company (as dev's), a listing or an initial public offering -> nothing; 'established ... by A' ->
founder, 'A, B, C and D ... established' -> cofounder each, current true (founders stay founders); 'served as chairman
from 2015 to 2022' -> chairman, current false (a post the text ends); nationality adjectives ('British', 'Canadian',
'Chinese', 'Australian', 'European', 'US-based') -> nothing.
usage: batch55zd_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, provided
import batch10_annotate as b10

A = {}
# ---- aerospace, Canada: Magellan Aerospace --------------------------------------------------------------------------
MA = "Magellan Aerospace"
FA = "Fleet Aerospace"
OE = "Orenda Engines"
BOUGHT = ["Orenda Engines", "Bristol Aerospace", "Chicopee Manufacturing", "Haley Industries", "Aeronca",
          "AMBEL Precision Manufacturing", "Ellanef Manufacturing", "Middleton Aerospace", "Presto Casting"]
A["wp-magellan-aerospace"] = dict(
 # the company -> Company 'Magellan Aerospace', alias 'Magellan'; the exchange of the ticker '(TSX: MAL)' -> Company
 # 'TSX' (as dev's tickers); Fleet Industries, Fleet Aerospace (alias 'Fleet': 'the US-based portions of Fleet',
 # the US-based parent the text names; doubtful: a reader might read Fleet Industries), Orenda Engines (alias 'Orenda':
 # 'their Orenda division'), Bristol Aerospace, Chicopee Manufacturing, Haley Industries, Aeronca, AMBEL Precision
 # Manufacturing, Ellanef Manufacturing, Middleton Aerospace, Presto Casting, Mayflower Aerospace and Magellan
 # Aerospace UK -> Company; 'the Orenda OE600' ('a new 600hp general aviation engine') -> Service (an engine model, as
 # aircraft models; the name holds 'Orenda', annotated on its own too); Mississauga, Ontario, Canada, the United
 # States, the United Kingdom, Fort Erie, Toronto, Winnipeg, Kitchener and England -> Location. No entity: 'the
 # Canadian military' (a description, no body named; a reader might make it an Organization), 'US' in 'US-based' and
 # 'Several US companies' (adjectival uses; doubtful: a reader might alias it to the United States), 'the product
 # areas' (aeroengines, aerostructures, rockets and space, specialty products: lines of business, unnamed units)
 entities=[E("Company", MA, "Magellan"), E("Company", "TSX"), E("Location", "Mississauga"), E("Location", "Ontario"),
           E("Location", "Canada"), E("Location", "United States"), E("Location", "United Kingdom"),
           E("Company", "Fleet Industries"), E("Company", FA, "Fleet"), E("Location", "Fort Erie"),
           E("Company", OE, "Orenda"), E("Location", "Toronto"), E("Company", "Bristol Aerospace"),
           E("Location", "Winnipeg"), E("Company", "Chicopee Manufacturing"), E("Location", "Kitchener"),
           E("Company", "Haley Industries"), E("Company", "Aeronca"), E("Company", "AMBEL Precision Manufacturing"),
           E("Company", "Ellanef Manufacturing"), E("Company", "Middleton Aerospace"), E("Company", "Presto Casting"),
           E("Company", "Mayflower Aerospace"), E("Location", "England"), E("Company", "Magellan Aerospace UK"),
           E("Service", "Orenda OE600")],
 # no person is named in the text (the infobox's chairman N. Murray Edwards, CEO Richard A. Neill and senior vice
 # president Brian A. Little are cut), so no role
 roles=[],
 # 'Fleet Industries, a subsidiary of the US-based Fleet Aerospace' -> parentOrganization(Fleet Industries, Fleet
 # Aerospace); 'buying a number of Canadian aviation companies. These included Orenda Engines ..., Bristol Aerospace
 # ..., Chicopee Manufacturing ... and Haley Industries' -> acquired + parentOrganization(target, Magellan Aerospace)
 # each; 'Several US companies were also added, including Aeronca ..., AMBEL Precision Manufacturing, Ellanef
 # Manufacturing, Middleton Aerospace and Presto Casting' -> the same (added in the account of buying; doubtful: a
 # reader might give parentOrganization only); 'Aeronca (formerly part of the US-based portions of Fleet)' ->
 # parentOrganization(Aeronca, Fleet Aerospace) (past ownership kept); 'purchased the assets of Mayflower Aerospace in
 # England, becoming Magellan Aerospace UK in 2003' -> parentOrganization(Magellan Aerospace UK, Magellan Aerospace)
 # (the unit the bought assets became; doubtful) and no acquired (an asset purchase); 'Through their Orenda division,
 # Magellan attempted to bring ... the Orenda OE600' -> provider(Orenda OE600, Orenda Engines) (the division that
 # makes the engine and whose name it bears; doubtful: a reader might give Magellan Aerospace, whose division it is).
 # Near-misses, no relation: 'Magellan formed in 1996 from the remains of Fleet Industries' -> no acquired, no alias
 # (a company formed from another's remains, no purchase told; a reader might read Magellan as Fleet Industries
 # renamed); Mayflower Aerospace -> no acquired (assets only); 'Magellan Aerospace (TSX: MAL)' -> nothing (a listing);
 # 'products and services for the Canadian military' -> no partner (no body named); 'subassembly for various aviation
 # companies' -> nothing (unnamed customers)
 relations=[L("Fleet Industries", "parentOrganization", FA)]
           + [x for t in BOUGHT for x in (L(MA, "acquired", t), L(t, "parentOrganization", MA))]
           + [L("Aeronca", "parentOrganization", FA), L("Magellan Aerospace UK", "parentOrganization", MA),
              L("Orenda OE600", "provider", OE)],
 outages=[],
 # 'in 1996', 'in 2003' -> the years; 'Through the 1990s' (a decade) -> left out
 dates=[D("1996", "1996"), D("2003", "2003")])

# ---- video games, UK: Creative Assembly -------------------------------------------------------------------------------
CA = "Creative Assembly"
GAMES = ["Shogun: Total War", "Total War", "Spartan: Total Warrior", "Viking: Battle for Asgard", "Alien: Isolation",
         "Halo Wars 2"]
A["wp-creative-assembly"] = dict(
 # the company -> Company 'Creative Assembly' (also written 'the Creative Assembly', the same surface name, so no
 # alias); Tim Ansell -> Person; West Sussex, Horsham, Fortitude Valley and Queensland -> Location; 'Sega Studios
 # Australia' (the bracketed name of 'An Australian branch') -> Company; Electronic Arts and Sega -> Company; 'the EA
 # Sports brand' -> Service; the platforms and computers DOS, Amiga, ZX Spectrum, Amstrad CPC, Commodore 64 and Atari
 # 800, the games Shogun: Total War, Spartan: Total Warrior, Viking: Battle for Asgard, Alien: Isolation and Halo Wars
 # 2, and 'the Total War series' -> Service (GUIDELINES, Types: games, software, devices). No entity: 'British',
 # 'Australian', 'European' (adjectives); 'the console market' (a market)
 entities=[E("Company", CA), E("Person", "Tim Ansell"), E("Location", "West Sussex"), E("Location", "Horsham"),
           E("Location", "Fortitude Valley"), E("Location", "Queensland"), E("Company", "Sega Studios Australia"),
           E("Service", "DOS"), E("Service", "Amiga"), E("Service", "ZX Spectrum"), E("Company", "Electronic Arts"),
           E("Service", "EA Sports"), E("Service", "Shogun: Total War"), E("Service", "Total War"),
           E("Company", "Sega"), E("Service", "Spartan: Total Warrior"), E("Service", "Viking: Battle for Asgard"),
           E("Service", "Alien: Isolation"), E("Service", "Halo Wars 2"), E("Service", "Amstrad CPC"),
           E("Service", "Commodore 64"), E("Service", "Atari 800")],
 # 'a British video game developer established in 1987 by Tim Ansell' and 'The founder, Tim Ansell' -> founder at
 # Creative Assembly, current true (founders stay founders). Near-misses, no role: 'had begun professional computer
 # programming in 1985' -> no post (a reader might give him a programmer's post at an unnamed employer)
 roles=[R("Tim Ansell", "founder", CA)],
 # 'In March 2005, Creative Assembly was acquired by Sega as a European subsidiary' -> acquired(Sega, Creative
 # Assembly) + parentOrganization; 'An Australian branch was operated from Fortitude Valley, Queensland (Sega Studios
 # Australia)' -> parentOrganization(Sega Studios Australia, Creative Assembly) (the branch of the company of the
 # history; doubtful: the name suggests Sega, and a reader might give Sega as its parent); 'later working with
 # Electronic Arts to produce a variety of games under the EA Sports brand' -> partner(Creative Assembly, Electronic
 # Arts) (a developer working for a publisher; doubtful: no 'partner' or 'customer' word) and provider(EA Sports,
 # Electronic Arts); 'proceeding to develop the strategy computer game Shogun: Total War', 'Subsequent titles in the
 # Total War series', 'entered the console market with action-adventure games such as Spartan: Total Warrior, Viking:
 # Battle for Asgard and Alien: Isolation' and 'currently working on ... Halo Wars 2' -> provider(game, Creative
 # Assembly) each (its developer; doubtful for Halo Wars 2, a game in the making whose publisher the text does not
 # name). Near-misses, no relation: DOS, Amiga, ZX Spectrum, Amstrad CPC, Commodore 64, Atari 800 -> no provider (no
 # maker named); 'Under Sega, further Total War titles were developed' -> no provider to Sega (the series is Creative
 # Assembly's; a reader might give Sega as publisher); 'porting games to DOS' -> no partner (unnamed games' owners)
 relations=[L("Sega", "acquired", CA), L(CA, "parentOrganization", "Sega"),
            L("Sega Studios Australia", "parentOrganization", CA), L(CA, "partner", "Electronic Arts"),
            L("EA Sports", "provider", "Electronic Arts")] + provided(CA, *GAMES),
 outages=[],
 # 'in 1987', 'In 1999', 'In March 2005', 'on 18 August 1987', 'in 1985' -> the years, the month and the day ('1987'
 # and '18 August 1987' are two texts); 'In its early years' -> nothing
 dates=[D("1987", "1987"), D("1999", "1999"), D("March 2005", "2005-03"), D("18 August 1987", "1987-08-18"),
        D("1985", "1985")])

# ---- video games, UK: Sumo Group --------------------------------------------------------------------------------------
SG = "Sumo Group Limited"
SD = "Sumo Digital"
F9 = "Foundation 9 Entertainment"
A["wp-sumo-group"] = dict(
 # the company -> Company 'Sumo Group Limited', alias 'Sumo Group'; Sumo Digital ('the developer', 'the studio'),
 # Atomhawk, Tencent, Infogrames Studios, Foundation 9 Entertainment, Pipeworks Studios, Sixjoy Hong Kong Limited and
 # Auroch Digital -> Company; the London Stock Exchange (alias 'LSE', bracketed) -> Company; 'a publishing label,
 # Secret Mode' -> Service (a label, as batch 55za's imprints; doubtful: a reader might type it Company and make it a
 # subsidiary); Carl Cavers (alias 'Cavers'), Paul Porter ('Porter'), Darren Mills ('Mills'), James North-Hearn, Chris
 # Stockwell and Ian Livingstone -> Person; Sheffield and Bristol ('a Bristol-based developer') -> Location. No
 # entity: 'AIM market' (a market of the exchange; doubtful: a reader might make it a Service of the LSE); 'British',
 # 'Chinese' (adjectives); 'the Chinese conglomerate' (a description)
 entities=[E("Company", SG, "Sumo Group"), E("Location", "Sheffield"), E("Company", SD), E("Company", "Atomhawk"),
           E("Company", "London Stock Exchange", "LSE"), E("Company", "Tencent"), E("Person", "Carl Cavers", "Cavers"),
           E("Person", "Paul Porter", "Porter"), E("Person", "Darren Mills", "Mills"),
           E("Person", "James North-Hearn"), E("Company", "Infogrames Studios"), E("Company", F9),
           E("Person", "Chris Stockwell"), E("Person", "Ian Livingstone"), E("Company", "Pipeworks Studios"),
           E("Service", "Secret Mode"), E("Company", "Sixjoy Hong Kong Limited"), E("Company", "Auroch Digital"),
           E("Location", "Bristol")],
 # 'Carl Cavers, Paul Porter, Darren Mills and James North-Hearn, four former members of the defunct Infogrames
 # Studios, established the developer Sumo Digital in 2003' -> cofounder at Sumo Digital each, current true; 'Ian
 # Livingstone served as chairman from 2015 to 2022' -> chairman at Sumo Group Limited, current false (a post the text
 # ends in 2022; the sentence names no company, and the article's company is read as his; doubtful: his years begin
 # before the group was formed in December 2017, and a reader might give Sumo Digital). Near-misses, no role: 'four
 # former members of the defunct Infogrames Studios' -> no role at Infogrames Studios (members, no post named; a
 # reader might give executive, not current); Chris Stockwell, one of those who 'completed a management buyout' -> no
 # role (no post named); the infobox's 'Carl Cavers (CEO)' -> cut with the infobox, so no ceo
 roles=[R("Carl Cavers", "cofounder", SD), R("Paul Porter", "cofounder", SD), R("Darren Mills", "cofounder", SD),
        R("James North-Hearn", "cofounder", SD), R("Ian Livingstone", "chairman", SG, False)],
 # 'formed in December 2017 as the parent company for Sumo Digital and Atomhawk' -> parentOrganization(Sumo Digital,
 # Sumo Group Limited) and parentOrganization(Atomhawk, Sumo Group Limited); 'Sumo Digital and its Atomhawk
 # subsidiary' -> parentOrganization(Atomhawk, Sumo Digital); 'Tencent wholly acquired the company in January 2022' ->
 # acquired(Tencent, Sumo Group Limited) + parentOrganization (completed; the July 2021 agreement is the same deal);
 # 'through its subsidiary Sixjoy Hong Kong Limited' -> parentOrganization(Sixjoy Hong Kong Limited, Tencent) (no
 # acquired for Sixjoy: the text gives the purchase to Tencent; doubtful: a reader might add acquired(Sixjoy ...));
 # 'It was bought by Foundation 9 Entertainment in March 2008' -> acquired(Foundation 9 Entertainment, Sumo Digital) +
 # parentOrganization (ownership that the buyout ended, kept); 'Sumo Group acquired Pipeworks Studios' and 'Sumo Group
 # acquired Auroch Digital' -> acquired + parentOrganization each; 'opened a publishing label, Secret Mode' ->
 # provider(Secret Mode, Sumo Group Limited). Near-misses, no relation: 'After purchasing a minority stake' and
 # 'Tencent acquired 15 million shares of Sumo Group, representing a 10% stake' -> no acquired (a minority stake;
 # Tencent's later whole purchase is annotated once); 'Tencent was Sumo Group's second-largest shareholder at 8.75%'
 # -> nothing; 'completed a management buyout of the studio' -> nothing (people, no buying company); 'four former
 # members of the defunct Infogrames Studios' -> no relation between Infogrames Studios and Sumo Digital; 'its initial
 # public offering on the London Stock Exchange' -> nothing (a listing)
 relations=[L(SD, "parentOrganization", SG), L("Atomhawk", "parentOrganization", SG),
            L("Atomhawk", "parentOrganization", SD), L("Tencent", "acquired", SG), L(SG, "parentOrganization", "Tencent"),
            L("Sixjoy Hong Kong Limited", "parentOrganization", "Tencent"), L(F9, "acquired", SD),
            L(SD, "parentOrganization", F9), L(SG, "acquired", "Pipeworks Studios"),
            L("Pipeworks Studios", "parentOrganization", SG), L("Secret Mode", "provider", SG),
            L(SG, "acquired", "Auroch Digital"), L("Auroch Digital", "parentOrganization", SG)],
 outages=[],
 # 'in December 2017' (twice in one sentence, and in the lead; listed once), 'in November 2019' (twice), 'in January
 # 2022', 'in 2003', 'in March 2008', 'in November 2014', 'from 2015 to 2022' ('2015' and '2022', the latter a text
 # apart from 'January 2022'), 'in October 2020', 'in March 2021', 'In September 2021' -> the years and months; 'In
 # July that year', 'later that month', 'At the time' -> left out (see the docstring)
 dates=[D("December 2017", "2017-12"), D("November 2019", "2019-11"), D("January 2022", "2022-01"), D("2003", "2003"),
        D("March 2008", "2008-03"), D("November 2014", "2014-11"), D("2015", "2015"), D("2022", "2022"),
        D("October 2020", "2020-10"), D("March 2021", "2021-03"), D("September 2021", "2021-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
