#!/usr/bin/env python3
"""Batch 58l gold annotations (the texts of batch58l.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b, 57g, 57m, 57s, 57x, 58a, 58j and 58k;
batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts with `published` null:
only absolute dates (GUIDELINES.md, Dates); 'that November's' (C&T), 'the next few years' (C&T), 'At the time',
'after two years', 'his 17th birthday' (Shiny), 'Within hours' and 'the morning of' (Cimber) -> left out (tied to a
date the text names or unresolvable, as batches 58a and 58k left out 'the following year'). No text tells an outage, so
every `outages` list is empty; one tells a near-miss (Cimber Sterling 'cancelled all flights and declared bankruptcy':
a business failure; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57f, 57g, 57m, 57s, 57w, 57x, 58a, 58c, 58g, 58j, 58k): 'founded ... by A and B' -> cofounder each,
current true (batch 58j); 'Founded ... by X' and 'founded by' one person -> founder, current true (founders stay
founders, as batch 58k kept Bill Bryce's; 'the late' does not end it; doubtful); 'was acquired by', 'sold the company
to', 'sold the studio to' -> acquired and parentOrganization(target, buyer) (GUIDELINES, Relations); a buyer whose
target the text then has 'merged with' another company into a new one -> acquired only (the target merged away, as
batch 58k read Fons Eignarhaldsfélag's purchases; doubtful); 'merged with' without a buyer and 'creating X' -> nothing;
'wholly owned by' -> parentOrganization; 'licensed the rights to ... to X' and a 'codeshare agreement' -> partner
(GUIDELINES, Relations: licensing deal, supply contract), direction as written; a game 'published by' a named publisher
-> partner(developer, publisher) and provider the developer, not the publisher (batches 58c, 58g); games made at a
company ('At Virgin Games, Perry worked on') -> provider that company; minority stakes ('purchased 26%'), a stake sold
back, a subscription agreement giving a person a stake, parts, slots, a brand and a website bought, a stock-exchange
listing and a sponsorship -> nothing (GUIDELINES, Relations: asset purchases; investments as batch 58j read them;
batch 20a for sponsorships); named chips, coprocessors, computers, aircraft models and games -> Service (GUIDELINES,
Types), with provider where the text says (or a careful reader is sure) who makes them; a maker named only inside a
product's name ('Grumman Gulfstream 1', 'Sinclair ZX81', "Disney's Aladdin", 'VFW-Fokker 614') -> no Company (GUIDELINES,
Types); a product named with its maker's name inside where the maker is also named alone ('C&T SuperMath J38700DX')
-> the full name for the Service and the maker its own entity; events ('COMDEX'), a licence ('the Teenage Mutant Ninja
Turtles license'), an aircraft's call sign ('OY-DMO'), a certificate ('AOC'), a family ('Nielsen family'), an unnamed
national team ('the Danish handball team'), chip kinds ('386 CPUs', 'graphics ICs', 'FPU coprocessor', '386 socket')
-> no entity; places in '-based' compounds none here; nationality adjectives ('American', 'Ukrainian', 'Danish') ->
nothing.
usage: batch58l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- semiconductors, US: Chips and Technologies ---------------------------------------------------------------------
CT = "Chips and Technologies, Inc."
AS = "Asiliant Technologies"
EGA = "Enhanced Graphics Adapter"
A["wp-chips-and-technologies"] = dict(
 # the company -> Company 'Chips and Technologies, Inc.', alias 'C&T' (also inside 'C&T's chipset' and 'the C&T
 # chips'); IBM, Intel, Asiliant Technologies (alias 'Asiliant'), AMD, Cyrix -> Company; Gordon A. Campbell, Dado
 # Banatao -> Person; Milpitas, California -> Location; the Enhanced Graphics Adapter (alias 'EGA': 'a four chip EGA
 # chipset', 'EGA-compatible boards'; doubtful: the text never spells the acronym out) -> Service (a graphics card);
 # 'CHIPS 65545' (a named chip; 'CHIPS' the company's name for its chips), 'C&T SuperMath J38700DX', the '80387DX' (a
 # coprocessor named in '80387DX compatible', its maker not named; as batch 58j's 'i386 compatible'), 'Super386
 # 38600DX/38600SX' (the name as written, the two models after a slash one product; doubtful: a reader might split it or
 # keep 'Super386' alone) and 'C&T 38605DX' -> Service. No entity: 'COMDEX' (a trade show, an event; GUIDELINES,
 # Types), the bare numbers '65550, 65555, 69000, 69030' (the chips' names with the 'CHIPS' prefix elided; doubtful: a
 # reader might make each a Service, but a bare number is no name a reader can match alone), 'EGA chipset' (a kind),
 # 'PC motherboards', '386 CPUs', 'LCD', 'ICs', 'PGA package', '386 socket' (kinds), 'Former members of C&T' (unnamed)
 entities=[E("Company", CT, "C&T"), E("Location", "Milpitas"), E("Location", "California"),
           E("Person", "Gordon A. Campbell"), E("Person", "Dado Banatao"), E("Company", "IBM"),
           E("Service", EGA, "EGA"), E("Company", "Intel"), E("Company", AS, "Asiliant"),
           E("Service", "CHIPS 65545"), E("Service", "C&T SuperMath J38700DX"), E("Service", "80387DX"),
           E("Service", "Super386 38600DX/38600SX"), E("Company", "AMD"), E("Company", "Cyrix"),
           E("Service", "C&T 38605DX")],
 # 'founded in Milpitas, California, in December 1984 by Gordon A. Campbell and Dado Banatao' -> cofounder each at
 # Chips and Technologies, Inc., current true (batch 58j's reading of 'founded by A and B'). Near-miss: 'Former members
 # of C&T founded Asiliant Technologies' -> no role (no one named)
 roles=[R("Gordon A. Campbell", "cofounder", CT), R("Dado Banatao", "cofounder", CT)],
 # 'C&T was acquired by Intel in 1997' -> acquired(Intel, C&T) and parentOrganization(C&T, Intel); 'Intel licensed the
 # rights to build, sell, and service the C&T chips to Asiliant' -> partner(Intel, Asiliant Technologies) (a licensing
 # deal; GUIDELINES, Relations; direction as written, the licensor first); 'the CHIPS 65545 ... graphics ICs' and 'the
 # C&T chips' -> provider(CHIPS 65545, C&T); 'Asiliant manufactured and sold C&T components' -> provider(CHIPS 65545,
 # Asiliant Technologies) besides (the chip Asiliant was founded to support, made under Intel's licence; relations carry
 # no time, as batch 58j gave Geode two providers; doubtful: the text names the 65545 as supported, the components
 # made are 'C&T components' in general); 'C&T SuperMath J38700DX was an ... FPU coprocessor', 'C&T also designed ...
 # the Super386 38600DX/38600SX', 'C&T 38605DX had 512 byte cache' -> provider C&T for each; '19 of IBM's proprietary
 # chips on the Enhanced Graphics Adapter' -> provider(Enhanced Graphics Adapter, IBM) (the adapter whose chips are
 # IBM's own; doubtful: the text does not say in so many words that IBM makes the adapter). Near-misses: 'the 386 CPUs
 # produced by Intel, AMD, and Cyrix' -> no provider (no named product); '80387DX' -> no provider (its maker not named
 # with it; a reader who knows it is Intel's might add one); 'more than a half dozen companies had introduced
 # EGA-compatible boards based on C&T's chipset' -> no partner (the companies unnamed); 'Former members of C&T founded
 # Asiliant Technologies' -> no parentOrganization (people, not the company, founded it); 'primarily for its graphics
 # chip business' -> nothing (a motive)
 relations=[L("Intel", "acquired", CT), L(CT, "parentOrganization", "Intel"), L("Intel", "partner", AS),
            L("CHIPS 65545", "provider", CT), L("CHIPS 65545", "provider", AS),
            L("C&T SuperMath J38700DX", "provider", CT), L("Super386 38600DX/38600SX", "provider", CT),
            L("C&T 38605DX", "provider", CT), L(EGA, "provider", "IBM")],
 # No outage; 'until it closed' (Asiliant's end, a business end) is no near-miss of one
 outages=[],
 # 'December 1984' -> 1984-12; 'September 1985' -> 1985-09; '1997'; 'January 2000' -> 2000-01; 'that November's'
 # (the November of 1985, told by reference to the sentence before) and 'the next few years' -> left out
 dates=[D("December 1984", "1984-12"), D("September 1985", "1985-09"), D("1997", "1997"),
        D("January 2000", "2000-01")])

# ---- airline, Denmark: Cimber Sterling ------------------------------------------------------------------------------
CA = "Cimber Air"
CS = "Cimber Sterling"
SAS = "Scandinavian Airlines System"
CAH = "Cimber Air Holding"
A["wp-cimber-sterling"] = dict(
 # the airline of 1950 -> Company 'Cimber Air', alias 'Cimber' ('Cimber bought the AOC'); 'The new airline, which was
 # named Cimber-Sterling, was created on 7 January 2009' -> Company 'Cimber Sterling', alias 'Cimber-Sterling' (two
 # entities: from the text alone a new airline created after Cimber Air's purchase; doubtful: the article's title and
 # its other sections make Cimber Sterling the renamed Cimber Air, one company, which a reader with the title would
 # merge); Scandinavian Airlines System (alias 'SAS'), Cimber Air Holding, Sterling Airlines, the Copenhagen Stock
 # Exchange (an exchange run as a business; GUIDELINES, Types), Mansvell Enterprises Ltd -> Company; Ingolf Nielsen
 # (the name without 'the late Captain': a rank, not part of the name, where batch 58k kept 'Sir' as a style; doubtful),
 # Ihor Kolomoyskyi -> Person; Sønderborg, Copenhagen -> Location; the KZ III, VFW-Fokker 614, Nord 262 and Grumman
 # Gulfstream 1 (aircraft models; GUIDELINES, Types) and the website 'www.sterling.com' -> Service. No entity: 'OY-DMO'
 # (a call sign), 'AOC (Air Operators Certificate)' (a certificate), 'Nielsen family' (a family), 'the Danish handball
 # team' (no proper name), Grumman, VFW and Fokker (named only inside the models' names), 'Ukrainian', 'Danish'
 entities=[E("Person", "Ingolf Nielsen"), E("Service", "KZ III"), E("Location", "S\u00f8nderborg"),
           E("Location", "Copenhagen"), E("Company", CA, "Cimber"), E("Service", "VFW-Fokker 614"),
           E("Service", "Nord 262"), E("Service", "Grumman Gulfstream 1"), E("Company", SAS, "SAS"),
           E("Company", CAH), E("Company", "Sterling Airlines"), E("Company", CS, "Cimber-Sterling"),
           E("Service", "www.sterling.com"), E("Company", "Copenhagen Stock Exchange"),
           E("Company", "Mansvell Enterprises Ltd"), E("Person", "Ihor Kolomoyskyi")],
 # 'It was founded by the late Captain Ingolf Nielsen' ('It' the airline of the sentence before, which the fourth
 # sentence names Cimber Air) -> founder at Cimber Air, current true (a founder stays the founder; 'the late' tells his
 # death, not an end of the founding; doubtful: a reader might set it false). Near-misses: 'Captain' -> no role (a
 # pilot's rank, no organisation); 'Ukrainian billionaire Ihor Kolomoyskyi' -> no role (a stakeholder through an
 # agreement, no post)
 roles=[R("Ingolf Nielsen", "founder", CA)],
 # 'Scandinavian Airlines System (SAS) purchased 26% of Cimber Air in May 1998 and expanded its codeshare agreement'
 # -> partner(Scandinavian Airlines System, Cimber Air) (a codeshare agreement between the two, a stated contract;
 # direction as written, SAS the subject) and no acquired (a minority stake); 'Cimber Sterling was originally wholly
 # owned by Cimber Air Holding' -> parentOrganization(Cimber Sterling, Cimber Air Holding); 'Its first aircraft was a
 # single engine KZ III', 'one of the very few operators of the VFW-Fokker 614', 'It also operated the Nord 262 and the
 # Grumman Gulfstream 1' -> no provider (an operator of an aircraft model is no maker; the makers are named only inside
 # the models' names); 'website (www.sterling.com and other domains)' among what 'Cimber bought' of 'Sterling Airlines'
 # -> provider(www.sterling.com, Sterling Airlines) (the website of the airline whose parts were bought; doubtful: the
 # text does not say who ran it, only that it was bought; no provider for Cimber Air, the purchase telling ownership,
 # not operation). Near-misses: 'Cimber Air bought parts of Sterling Airlines' and 'Cimber bought the AOC ..., slots,
 # brand and website' -> no acquired and no parentOrganization (parts and assets; GUIDELINES, Relations; 'the takeover'
 # the next sentence calls it does not make it a purchase of the company; doubtful: batch 58k's wp-sterling-airlines,
 # whose text says 'Cimber Air announced that it had purchased Sterling', gave acquired, this text telling the same
 # event as a purchase of parts); 'SAS sold the stake back to Cimber Air Holding' -> no parentOrganization(Cimber Air,
 # Cimber Air Holding) (a 26% stake returned; the holding's ownership of Cimber Air implied, not stated); 'The new
 # airline ... was created' -> no relation between Cimber Air and Cimber Sterling (none stated); 'It was listed on the
 # Copenhagen Stock Exchange' -> nothing (a listing); 'entered into a subscription agreement with Mansvell Enterprises
 # Ltd, which gave ... Ihor Kolomoyskyi a stake of 70.8%' -> no partner and no parentOrganization (an investment
 # giving a person a stake; as batch 58j read investments; doubtful: 70.8% is control, but held by a person, and the
 # text does not say Mansvell owns the shares); 'Aircraft leases were negotiatied with the owners' -> nothing (unnamed
 # owners, negotiations); 'the main sponsor of the Danish handball team' -> nothing (a sponsorship; batch 20a);
 # 'other airlines announced their entry on selected routes' -> nothing (unnamed)
 relations=[L(SAS, "partner", CA), L(CS, "parentOrganization", CAH), L("www.sterling.com", "provider", "Sterling Airlines")],
 # Near-miss for outages: 'On the morning of 3 May 2012, Cimber Sterling cancelled all flights and declared
 # bankruptcy' (flights cancelled by a business failure, not a systems failure; GUIDELINES, Outages); 'Sterling
 # Airlines, which had filed for bankruptcy' (a business failure)
 outages=[],
 # '1 August 1950' -> 1950-08-01; '1950'; 'May 1998' -> 1998-05; 'March 2003' -> 2003-03; '3 December 2008' ->
 # 2008-12-03; '29 October 2008' -> 2008-10-29; '7 January 2009' -> 2009-01-07; 'March 2007' -> 2007-03; '2009' (twice,
 # one value); '2011'; '3 May 2012' -> 2012-05-03 ('On the morning of' adds no date value); '2010'; 'Within hours'
 # (relative) -> left out
 dates=[D("1 August 1950", "1950-08-01"), D("1950", "1950"), D("May 1998", "1998-05"), D("March 2003", "2003-03"),
        D("3 December 2008", "2008-12-03"), D("29 October 2008", "2008-10-29"), D("7 January 2009", "2009-01-07"),
        D("March 2007", "2007-03"), D("2009", "2009"), D("2011", "2011"), D("3 May 2012", "2012-05-03"),
        D("2010", "2010")])

# ---- video games, US: Shiny Entertainment ---------------------------------------------------------------------------
SH = "Shiny Entertainment, Inc."
VG = "Virgin Games"
A["wp-shiny-entertainment"] = dict(
 # the developer -> Company 'Shiny Entertainment, Inc.', alias 'Shiny'; Interplay Productions, Infogrames, Inc.,
 # Foundation 9 Entertainment, The Collective (the article 'The' part of its name, as written 'merged with The
 # Collective'), Double Helix Games, Probe Software, Virgin Games, McDonald's, the Sega Technical Institute (a named
 # studio of Sega; Sega not named alone), Playmates Toys ('a toy company') -> Company; David Perry (alias 'Perry') ->
 # Person; Laguna Beach, California, Northern Ireland, London, England, Irvine -> Location ('California' once, both
 # occurrences the state); the games Earthworm Jim, MDK, Enter the Matrix, The Terminator, Global Gladiators, Cool Spot
 # and "Disney's Aladdin" (the game's title as written, Disney named only inside it; doubtful: a reader might read
 # 'Disney's' as a possessive and annotate Disney), the computers Sinclair ZX81 and ZX Spectrum, and the soft drink 7 Up
 # (a product users buy; its maker not named) -> Service. No entity: 'Virgin Games' American branch' and 'the internal
 # development studio' (unnamed units), 'the Teenage Mutant Ninja Turtles license' (a licence of a franchise, no
 # business; GUIDELINES, Types: TV shows and programmes are none), 'video game programmer' (an occupation), 'American'
 entities=[E("Company", SH, "Shiny"), E("Location", "Laguna Beach"), E("Location", "California"),
           E("Person", "David Perry", "Perry"), E("Service", "Earthworm Jim"), E("Service", "MDK"),
           E("Service", "Enter the Matrix"), E("Company", "Interplay Productions"), E("Company", "Infogrames, Inc."),
           E("Company", "Foundation 9 Entertainment"), E("Company", "The Collective"),
           E("Company", "Double Helix Games"), E("Location", "Northern Ireland"), E("Service", "Sinclair ZX81"),
           E("Location", "London"), E("Location", "England"), E("Service", "ZX Spectrum"),
           E("Company", "Probe Software"), E("Service", "The Terminator"), E("Company", VG), E("Location", "Irvine"),
           E("Service", "Global Gladiators"), E("Company", "McDonald's"), E("Service", "Cool Spot"),
           E("Service", "7 Up"), E("Service", "Disney's Aladdin"), E("Company", "Sega Technical Institute"),
           E("Company", "Playmates Toys")],
 # 'Founded in October 1993 by David Perry' -> founder at Shiny Entertainment, Inc., current true (founders stay
 # founders; 'Perry sold the company' ends his ownership, not the founding). Near-misses: 'Perry worked on The
 # Terminator' at Probe Software, 'to work for the internal development studio of Virgin Games' American branch' and
 # 'after two years at Virgin Games, opted to leave the company' -> no role (work at a company with no title;
 # GUIDELINES, Roles: a title is needed; as batch 58g's 'former employees of'); 'employment offers from the Sega
 # Technical Institute and Playmates Toys' -> no role (offers, turned down)
 roles=[R("David Perry", "founder", SH)],
 # 'Perry sold the company to Interplay Productions in 1995' -> acquired(Interplay Productions, Shiny) and
 # parentOrganization(Shiny, Interplay Productions); 'which sold the studio to Infogrames, Inc. in 2002' ->
 # acquired(Infogrames, Inc., Shiny) and parentOrganization (relations carry no time, the earlier owner kept);
 # 'Foundation 9 Entertainment acquired Shiny in 2006, the company was merged with The Collective in October 2007,
 # creating Double Helix Games' -> acquired(Foundation 9 Entertainment, Shiny) only (the target merged away, as batch
 # 58k read Fons Eignarhaldsfélag's purchases of two airlines merged into a new one; doubtful: Shiny was Foundation 9's
 # for a year, and a reader might add parentOrganization); 'Shiny was the creator of ... Earthworm Jim, MDK and Enter the
 # Matrix' -> provider Shiny for each; 'Probe Software, where Perry worked on The Terminator, published by Virgin Games'
 # -> provider(The Terminator, Probe Software) (the developer, batches 58c and 58g) and partner(Probe Software, Virgin
 # Games) (a game made for a named publisher, the developer first, batch 58g; doubtful: the text says only that Perry
 # worked on it there); 'At Virgin Games, Perry worked on three successful promotional games: Global Gladiators ...,
 # Cool Spot ..., and Disney's Aladdin' -> provider Virgin Games for each (made at its development studio). Near-misses:
 # 'the company was merged with The Collective ..., creating Double Helix Games' -> no relation (a merger with no buyer
 # named; no parent for the new company stated); 'Global Gladiators for McDonald's' -> no partner(Virgin Games,
 # McDonald's) (a promotional game for a brand; no contract or partnership stated, and 'Cool Spot for 7 Up' names a
 # product, not a company; doubtful: a reader might take 'for McDonald's' as a customer relation); 'the Sinclair ZX81'
 # and 'the ZX Spectrum' -> no provider (no maker named alone); 'toys based on the Teenage Mutant Ninja Turtles
 # license' -> nothing
 relations=[L("Interplay Productions", "acquired", SH), L(SH, "parentOrganization", "Interplay Productions"),
            L("Infogrames, Inc.", "acquired", SH), L(SH, "parentOrganization", "Infogrames, Inc."),
            L("Foundation 9 Entertainment", "acquired", SH), L("Earthworm Jim", "provider", SH),
            L("MDK", "provider", SH), L("Enter the Matrix", "provider", SH),
            L("The Terminator", "provider", "Probe Software"), L("Probe Software", "partner", VG),
            L("Global Gladiators", "provider", VG), L("Cool Spot", "provider", VG),
            L("Disney's Aladdin", "provider", VG)],
 # No outage and no near-miss of one told
 outages=[],
 # 'October 1993' -> 1993-10; '1995'; '2002'; '2006'; 'October 2007' -> 2007-10; '1982'; '1991' ('By 1991'); 'when he
 # was 15', 'his 17th birthday', 'after two years' and 'At the time' (relative) -> left out
 dates=[D("October 1993", "1993-10"), D("1995", "1995"), D("2002", "2002"), D("2006", "2006"),
        D("October 2007", "2007-10"), D("1982", "1982"), D("1991", "1991")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
