#!/usr/bin/env python3
"""Batch 66k gold annotations (the texts of batch66k.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66j; batch10_annotate.write_parts), so with three texts: wp-norsk-data test, wp-quantum-link train,
wp-visicorp dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a span
('between 1967 and 1992', 'between 1977 and 1985', 'from 2000 to 2010') -> both years as items (as batches 61e-65b);
'In 1986 and 1987' -> both years; 'the 1973 delivery' -> the year; decades and parts of decades ('the 1980s', 'the
late 1980s'; no ISO value the format takes, as batches 60c-65o), 'Two years later', 'the following year' (relative to
a year of the text, `published` null, as batch 65b read 'Six decades later') and 'at the time' -> nothing. No text
tells an outage, so every `outages` list is empty; one tells a near-miss of one (Q-Link 'terminated on November 1,
1995, in favor of the America Online brand': a service its operator retired for a brand, no failure; 'normally open
weekday evenings and all day on weekends': opening hours, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-65r): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company are each `cofounder` ('The company was founded by
Lars Monrad-Krohn, Rolf Sk\u00e5r and Per Bj\u00f8rge'), as is the text's own 'co-found' ('Rich Melmon who would co-found
Electronic Arts'); one person named alone as founding a company is `founder` ('founded in 1977 by Dan Fylstra'; 'who
would found BEA Systems'; 'Mitch Kapor founder of Lotus Software and the Electronic Frontier Foundation', one founder
of each), current true; 'the director of X from 2000 to 2010' -> director, current false (a span that ended); a
person who 'would later run' a company with no post named, 'computer engineers working at' an institute, a game's
'author' and a company's 'alumni' -> no role (as batch 65b's 'directed by' with no post, and the engineers of earlier
rounds); 'X bought Y ... Y was sold again' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions; ownership told as past still recorded; the later buyer unnamed); 'merged with' another company's owner's
company into 'the combined company' with no buyer named -> nothing (GUIDELINES, Relations: 'A "merger" where the text
does not say who buys whom: nothing'); 'negotiations to merge' that failed -> nothing (talks); the delivery of a
computer to a named company as a company's 'first contract', and 'delivery of computers to' a named laboratory ->
partner (supply/customer contracts, GUIDELINES, Relations; direction as written, the supplier first); 'in competition
with' -> nothing; computers and computer models, operating systems, a database program, an office suite, an online
service and its named sections and games, spreadsheets and games -> Service (GUIDELINES, Types: software, devices,
online services, games), with provider where the text says or makes sure who made, launched, published or operated
it ('It was operated by X'; 'X launched its office suite Y'; 'Its most famous products were ...'; 'X released Y';
'its own spreadsheet Y'); a service's later name and a company's later name -> aliases (GUIDELINES, Types), a
surface form given to one entity only (Q-Link's operator 'later became America Online' and the service 'was renamed
America Online': the name given to the company, doubtful); a company named only inside a product's name (Commodore
in 'Commodore 64' and 'Commodore PET', MOS Technology in 'MOS Technology KIM-1', Microsoft is named alone too so it
stays) -> no entity for it there (GUIDELINES, Types); a class of machines or a market ('PC systems', 'the Unix
market', 'Atari 8-bit computers'), standards ('X.21/X.25'), kinds of features (electronic mail, chess, bingo), a TV
game show ('Wheel Of Fortune', GUIDELINES, Types: TV shows), a currency and adjectives ('Norwegian', 'American',
'Canadian') -> nothing.
usage: batch66k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- computers, Norway: Norsk Data ---------------------------------------------------------------------------------
ND = "Norsk Data"
FOUNDERS = ["Lars Monrad-Krohn", "Rolf Sk\u00e5r", "Per Bj\u00f8rge"]
A["wp-norsk-data"] = dict(
 # the company -> Company 'Norsk Data', aliases 'ND' and its first name 'A/S Nordata – Norsk Data-Elektronikk' ('was
 # established as ... and took into use the Norsk Data brand in 1975': one company under two names, GUIDELINES,
 # Types); the three founders -> Person; the Norwegian Defence Research Establishment (a state research body) and
 # the Central Institute for Industrial Research (an institute) -> Organization; CERN (a research laboratory, a
 # customer) -> Organization; Norcontrol, Kongsberg (a competitor: 'in competition with Kongsberg'; doubtful, also a
 # town's name), Tandberg and SRS (the holder of the SIBAS mark and 'full rights to the code'; doubtful as a Company,
 # the text says no more of it) -> Company; the SAM 2 and Nord-1 computers, the Sintran operating system, the Nord-5,
 # the Sibas database program (alias 'SIBAS'), XMSG (a named message system the text says the 150-terminal system was
 # 'based' on), the F-16 (an aircraft model, GUIDELINES, Types), the Notis office suite, the ND-500 and Ndix ->
 # Service; Olli, Salter, Aschim and Hoffmann (named by surname only, the code's developers) -> Person; Norway
 # ("Norway's second-largest company") -> Location. No entity: 'Norwegian' (an adjective, in 'Norwegian institutions',
 # 'Norwegian krone'), 'NOK' (a currency code), 'X.21/X.25' (standards), 'a time sharing system' (unnamed), 'the Unix
 # market' (a market named after a family of systems, not one product), '(tm)' (a mark sign)
 entities=[E("Company", ND, "ND", "A/S Nordata \u2013 Norsk Data-Elektronikk")] + [E("Person", n) for n in FOUNDERS] +
          [E("Organization", "Norwegian Defence Research Establishment"), E("Service", "SAM 2"),
           E("Service", "Nord-1"), E("Company", "Norcontrol"), E("Company", "Kongsberg"), E("Service", "Sintran"),
           E("Service", "Nord-5"), E("Organization", "CERN"), E("Service", "Sibas", "SIBAS"), E("Company", "SRS"),
           E("Organization", "Central Institute for Industrial Research"), E("Person", "Olli"), E("Person", "Salter"),
           E("Person", "Aschim"), E("Person", "Hoffmann"), E("Service", "XMSG"), E("Service", "F-16"),
           E("Company", "Tandberg"), E("Service", "Notis"), E("Service", "ND-500"), E("Location", "Norway"),
           E("Service", "Ndix")],
 # 'The company was founded by Lars Monrad-Krohn, Rolf Skår and Per Bjørge' -> cofounder at Norsk Data for each
 # (named together, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'three computer engineers
 # working at the Norwegian Defence Research Establishment' (a job, no post: a reader might give 'other' at the
 # establishment); Olli, Salter, Aschim and Hoffmann, by whom the code was 'developed at the Central Institute for
 # Industrial Research' (developers, no post)
 roles=[R(n, "cofounder", ND) for n in FOUNDERS],
 # "ND's first contract was the delivery of a Nord-1 computer to Norcontrol" -> provider(Nord-1, Norsk Data) and
 # partner(Norsk Data, Norcontrol) (a supply contract, GUIDELINES, Relations; the supplier first, as written); 'the
 # 1973 delivery of computers to CERN' -> partner(Norsk Data, CERN) (deliveries to a named customer; doubtful: no
 # contract word beside the breakthrough's 'delivery'); 'the company had developed Sintran operating system, the 32-bit
 # Nord-5' -> provider of each; 'Norsk Data both bought Tandberg ... although Tandberg was sold again in 1980' ->
 # acquired and parentOrganization (a completed purchase; ownership told as past still recorded, the later buyer
 # unnamed); 'launched its office suite Notis' -> provider(Notis, Norsk Data); '1981, which also saw the launch of the
 # 32-bit ND-500' -> provider(ND-500, Norsk Data) (ND's launch, the maker's initials in the name); 'late attempts to
 # develop Ndix' -> provider(Ndix, Norsk Data) (doubtful: attempts, but the system is named as ND's own). Near-misses,
 # no relation: 'the Norwegian Defence Research Establishment which had just built the minicomputer SAM 2' (a maker
 # that is no Company: no provider, as batch 65b's Multics at MIT); 'Initially in competition with Kongsberg'
 # (competition); 'SIBAS is (tm) of SRS that has full rights to the code developed at the Central Institute for
 # Industrial Research' (a mark and rights held, code developed at an institute: no provider for SRS, a reader might
 # give one; the institute is no Company); 'Sibas ... had been completely ported and made available' (a port, no
 # maker named: no provider for ND); 'XMSG' and 'a flight simulator backbone for the F-16 were delivered' (no buyer
 # and no maker named); 'Throughout the 1980s ND acquired a series of ... companies' (none named); 'ND became the
 # first foreign-listed Norwegian company' (a listing, no exchange named)
 relations=[L("Nord-1", "provider", ND), L(ND, "partner", "Norcontrol"), L("Sintran", "provider", ND),
            L("Nord-5", "provider", ND), L(ND, "partner", "CERN")] + b10.acq(ND, "Tandberg") +
           [L("Notis", "provider", ND), L("ND-500", "provider", ND), L("Ndix", "provider", ND)],
 outages=[],
 # 'between 1967 and 1992' -> '1967', '1992'; 'on 7 July 1967' -> 1967-07-07; 'in 1975'; 'By 1972'; 'the 1973
 # delivery'; 'In 1978'; 'in 1980'; 'in 1981'; 'In 1986 and 1987' -> '1986', '1987'; 'between 1977 and 1985' ->
 # '1977', '1985' -> the years. No date: 'Two years later', 'the following year' (relative to the text's 1973,
 # `published` null); 'the 1980s', 'the late 1980s' (a decade and a part of one); '32-bit', '150-terminal', '4,500'
 dates=[D("1967", "1967"), D("1992", "1992"), D("7 July 1967", "1967-07-07"), D("1975", "1975"), D("1972", "1972"),
        D("1973", "1973"), D("1978", "1978"), D("1980", "1980"), D("1981", "1981"), D("1986", "1986"),
        D("1987", "1987"), D("1977", "1977"), D("1985", "1985")])

# ---- online services, US: Quantum Link -----------------------------------------------------------------------------
QL = "Quantum Link"
QCS = "Quantum Computer Services"
A["wp-quantum-link"] = dict(
 # the service -> Service 'Quantum Link', aliases 'Q-Link', 'Q-link' (as written once) and 'QuantumLink' (one word,
 # once); its operator -> Company 'Quantum Computer Services', alias 'America Online' ('which later became America
 # Online', its later name, GUIDELINES, Types; doubtful: the text also says 'the service was renamed America Online'
 # and 'the America Online brand', and a surface form goes to one entity: the company reading chosen, the name a
 # company's); Control Video Corporation -> Company; the PlayNET system -> Service; the Commodore 64 -> Service (a
 # device; Commodore named only inside it: no entity, GUIDELINES, Types); the service's named parts and games -> Service:
 # 'its People Connection department' (a chat section), 'On Line Messages (OLMs)' (alias 'OLMs'), 'Puzzler' (a game),
 # 'Club Caribe' (alias 'Habitat', its beta name: 'called Habitat during beta-testing, then renamed Club Caribe'),
 # "RabbitJack's Casino" and 'RockLink, a section about rock music' (doubtful: sections of one service read as named
 # services users used); Vienna and Virginia -> Location. No entity: '128' (a model number without its maker's name,
 # as batch 65b's '516'); 'PC systems' (a class of machines); 'Wheel Of Fortune' (a TV game show, GUIDELINES, Types);
 # electronic mail, online chat, checkers, chess, backgammon, hangman, bingo, slot machines, blackjack, poker, an
 # online auction service (kinds of features, unnamed); 'American', 'Canadian' (adjectives)
 entities=[E("Service", QL, "Q-Link", "Q-link", "QuantumLink"), E("Service", "Commodore 64"),
           E("Company", QCS, "America Online"), E("Location", "Vienna"), E("Location", "Virginia"),
           E("Service", "PlayNET"), E("Company", "Control Video Corporation"), E("Service", "People Connection"),
           E("Service", "On Line Messages", "OLMs"), E("Service", "Puzzler"), E("Service", "Club Caribe", "Habitat"),
           E("Service", "RabbitJack's Casino"), E("Service", "RockLink")],
 # no person is named, so no role
 roles=[],
 # 'It was operated by Quantum Computer Services of Vienna, Virginia' -> provider(Quantum Link, Quantum Computer
 # Services). Near-misses, no relation: 'a modified version of the PlayNET system, which Control Video Corporation
 # licensed' (a licence taken by one named company from no named licensor: no partner; no maker of PlayNET named: no
 # provider; and no tie told between Control Video Corporation and Quantum Computer Services: a reader who knows the
 # history might make them one company or give a parent link); the features 'Q-Link featured ...' and 'QuantumLink
 # expanded their services to include ...' (parts of the service: no provider drawn to the operator for each,
 # doubtful; the text names no maker of any); 'an online service for the Commodore 64 and 128' (a platform it ran on,
 # no relation); 'a clone of ... Wheel Of Fortune called Puzzler' (a copy of a show, no entity for the show)
 relations=[L(QL, "provider", QCS)],
 outages=[],
 # 'starting November 5, 1985' -> 1985-11-05; 'In October 1989' -> 1989-10; 'on November 1, 1995' -> 1995-11-01;
 # 'In October 1986' -> 1986-10; 'In November 1986' -> 1986-11. No date: 'weekday evenings', 'weekends', 'per month',
 # 'per minute' (recurring times, no calendar value); '300 to 2400 baud', '$9.95' (figures)
 dates=[D("November 5, 1985", "1985-11-05"), D("October 1989", "1989-10"), D("November 1, 1995", "1995-11-01"),
        D("October 1986", "1986-10"), D("November 1986", "1986-11")])

# ---- software, US: VisiCorp ----------------------------------------------------------------------------------------
VC = "VisiCorp"
EFF = "Electronic Frontier Foundation"
LS = "Lotus Software"
A["wp-visicorp"] = dict(
 # the company -> Company 'VisiCorp', aliases 'Personal Software' (its first name) and 'VisiCorp Personal Software,
 # Inc.' (the name of 1982; the text's second full stop left out of the name); Micro-Ware, Microsoft, Ashton-Tate,
 # BEA Systems, Electronic Arts and ClariNet -> Company; 'Lotus Software', alias 'Lotus' ('Lotus released Lotus 1-2-3';
 # doubtful: a reader might keep 'Lotus' and 'Lotus Software' apart; read as one company, the maker of 1-2-3 that
 # Kapor founded); the Electronic Frontier Foundation (a non-profit) -> Organization; Dan Fylstra, Peter R. Jennings
 # (alias 'Jennings', also in "Jennings' Microchess"), Bill Gates, Ed Esber, Bill Coleman, Mitch Kapor, Rich Melmon,
 # Bruce Wallace and Brad Templeton -> Person; Toronto -> Location; Microchess, Visi On, VisiCalc (programs), the MOS
 # Technology KIM-1, Commodore PET, Apple II and TRS-80 (computer models), Microsoft Windows, Lotus 1-2-3, Microsoft
 # Excel and the game Asteroids in Space -> Service. No entity: MOS Technology, Commodore (named only inside models'
 # names, GUIDELINES, Types); 'Atari 8-bit computers' (a family described by its word size, no model named; doubtful);
 # 'a windowed GUI', 'PCs' (kinds); 'a trade show' (unnamed)
 entities=[E("Company", VC, "Personal Software", "VisiCorp Personal Software, Inc."), E("Service", "Microchess"),
           E("Service", "Visi On"), E("Service", "VisiCalc"), E("Person", "Dan Fylstra"),
           E("Person", "Peter R. Jennings", "Jennings"), E("Location", "Toronto"), E("Company", "Micro-Ware"),
           E("Service", "MOS Technology KIM-1"), E("Service", "Commodore PET"), E("Service", "Apple II"),
           E("Service", "TRS-80"), E("Person", "Bill Gates"), E("Company", "Microsoft"),
           E("Service", "Microsoft Windows"), E("Company", LS, "Lotus"), E("Service", "Lotus 1-2-3"),
           E("Service", "Microsoft Excel"), E("Person", "Ed Esber"), E("Company", "Ashton-Tate"),
           E("Person", "Bill Coleman"), E("Company", "BEA Systems"), E("Person", "Mitch Kapor"),
           E("Organization", EFF), E("Person", "Rich Melmon"), E("Company", "Electronic Arts"),
           E("Person", "Bruce Wallace"), E("Service", "Asteroids in Space"), E("Person", "Brad Templeton"),
           E("Company", "ClariNet")],
 # 'It was founded in 1977 by Dan Fylstra as the software publisher Personal Software' -> founder at VisiCorp (one
 # person named alone, GUIDELINES, Roles, 'Founders'), current true; 'Bill Coleman who would found BEA Systems' ->
 # founder; 'Mitch Kapor founder of Lotus Software and the Electronic Frontier Foundation' -> founder at each; 'Rich
 # Melmon who would co-found Electronic Arts' -> cofounder (the text's own 'co-'); 'Brad Templeton who would found ...
 # ClariNet' -> founder; '... and was the director of the Electronic Frontier Foundation from 2000 to 2010' -> director,
 # current false (a span that ended). Near-misses, no role: Peter R. Jennings ("Jennings's ... software publisher
 # Micro-Ware" and 'the two taking a 50% ownership each': an owner, no post; the infobox naming him a founder is cut; a
 # reader might give him cofounder at VisiCorp or founder at Micro-Ware); 'Ed Esber who would later run Ashton-Tate'
 # (he ran it, no post named: a reader might give ceo, as batch 65b's 'directed by'); Bill Gates ('to create a
 # windowed GUI for Microsoft': no post named); 'Bruce Wallace author of Asteroids in Space' (an author, no post);
 # 'Early alumni of this company' (former staff of VisiCorp, no post)
 roles=[R("Dan Fylstra", "founder", VC), R("Bill Coleman", "founder", "BEA Systems"), R("Mitch Kapor", "founder", LS),
        R("Mitch Kapor", "founder", EFF), R("Rich Melmon", "cofounder", "Electronic Arts"),
        R("Brad Templeton", "founder", "ClariNet"), R("Brad Templeton", "director", EFF, False)],
 # 'Its most famous products were Microchess, Visi On and VisiCalc' with 'It continued to publish ... Jennings'
 # Microchess program' and 'In 1979 it released VisiCalc' -> provider of each to VisiCorp (the publisher); 'Microsoft
 # Windows when it was released' and 'Microsoft eventually released its own spreadsheet Microsoft Excel' -> provider
 # of each to Microsoft; 'Lotus released Lotus 1-2-3 in 1983' -> provider(Lotus 1-2-3, Lotus Software). Near-misses,
 # no relation: 'it merged with ... Micro-Ware, with the two taking a 50% ownership each in the resulting company and
 # Personal Software becoming the name of the combined company' (a merger of equals, no buyer named: nothing,
 # GUIDELINES, Relations; a reader might give acquired(VisiCorp, Micro-Ware) from the name kept); 'Jennings'
 # Microchess' from 'its original constituents' (no provider to Micro-Ware: the text gives the program to its author
 # and its publisher); 'the two companies entered negotiations to merge, but could not agree' (failed talks); 'the
 # MOS Technology KIM-1 computer, and later Commodore PET, Apple II, TRS-80' (platforms Microchess ran on, no maker
 # annotated for them); 'Bill Gates came to see Visi On' (a visit, no relation)
 relations=[L("Microchess", "provider", VC), L("Visi On", "provider", VC), L("VisiCalc", "provider", VC),
            L("Microsoft Windows", "provider", "Microsoft"), L("Lotus 1-2-3", "provider", LS),
            L("Microsoft Excel", "provider", "Microsoft")],
 outages=[],
 # 'in 1977', 'In 1978', 'In 1979', 'in 1982', 'in 1983' -> the years; 'from 2000 to 2010' -> '2000', '2010'. No date:
 # 'at the time', 'later', 'eventually' (relative, `published` null); '8-bit', '1-2-3' (names, no date)
 dates=[D("1977", "1977"), D("1978", "1978"), D("1979", "1979"), D("1982", "1982"), D("1983", "1983"),
        D("2000", "2000"), D("2010", "2010")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
