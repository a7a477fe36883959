#!/usr/bin/env python3
"""Batch 70s gold annotations (the texts of batch70s.py; session 64, round notes /tmp/gather70s/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70m; batch10_annotate.write_parts), so with three
texts: wp-bug-byte test, wp-mastertronic train, wp-quicksilva dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); months with years
('December 1982', 'May 1984') -> the months; 'early 1984', 'mid-1984' -> the years (as batch 70m's 'early 1992');
years in parentheses after a title ('Gridrunner (1983)') -> the year, once per surface form; 'the 1978 book' -> 1978;
'the early 1980s' (a decade), 'At its peak', 'Later', 'eventually' -> nothing. No text tells an outage, so every
`outages` list is empty (no near-miss told either).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70m): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company ('founded by Nick Lambert') is `founder`, current
true, and 'one of the founders' written of one person of several ('Frank Herman, one of the founders of the original
company') stays `founder`; two named together ('founded by Tony Baden and Tony Milner'; 'Paul Cooper and ... Rod
Cousens left to establish Electric Dreams Software') and 'A set up B with C' ('Lawson used the profits ... to set up
Imagine Software with Mark Butler') are each `cofounder`; 'Software Manager', 'Despatch Manager' -> executive
(GUIDELINES, Roles: 'manager' -> executive); 'Managing Director' and 'a director of' -> director; 'chairman' ->
chairman; a post the person 'left' -> current false; employees, programmers and authors named without a post ('another
Bug-Byte employee', 'Jeff Minter's Gridrunner') -> no role; 'a division' -> parentOrganization; a completed purchase of
a company ('was bought by', 'buying it outright') -> acquired and parentOrganization; a company 'merged into' a named
buyer -> acquired only (GUIDELINES, Relations: 'unless the text says the target was merged away'; doubtful); a
company's name, logo or rights to a name bought -> nothing (an asset purchase); a merger of two named companies into a
third with no buyer told -> nothing; supplying named retailers and titles licensed from a named house -> partner
(GUIDELINES, Relations: supply/customer contract, licensing deal), direction as written; a named distribution of
another maker's hardware -> partner (doubtful); games and computers -> Service (GUIDELINES, Types), provider the
company the text says published, released or owned them ('Bug-Byte published', 'One of their earliest titles', 'they
paid \u00a375 for'), and for titles licensed from a named house also that house (doubtful); the Sega Master System ->
provider Sega (the maker named in the product's name); computers and games whose maker the text does not name -> no
relation; a band -> Organization; a magazine -> Company (as earlier rounds' magazines); albums and books ('the album
Happy Trails', 'Briggs' When The Wind Blows') -> no entity (as earlier rounds' book titles); adjectives ('British',
'Spanish') -> no entity; a renamed company's later name ('Argus Press Software which later became Grandslam
Entertainment') -> an alias (as earlier rounds' former names; doubtful).
usage: batch70s_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- software, UK: Bug-Byte ---------------------------------------------------------------------------------------
BB = "Bug-Byte Software Ltd."
A["wp-bug-byte"] = dict(
 # the company -> Company 'Bug-Byte Software Ltd.', alias 'Bug-Byte'; Argus Press PLC, DK'Tronics ('rival publisher')
 # and Imagine Software -> Company; Popular Computing Weekly (a magazine publishing charts) -> Company (as earlier
 # rounds' magazines); Don Priestley (alias 'Priestley'), Tony Baden, Tony Milner, David Lawson (alias 'Lawson'), Mark
 # Butler, Matthew Smith and Alan Maton -> Person; 'Oxford' ('two Oxford chemistry graduates': the university) ->
 # Organization (doubtful: a reader might take the city, Location); Liverpool and the UK -> Location; the computers
 # Acorn Atom, ZX80, ZX81, BBC Micro and ZX Spectrum and the games Mazogs, Manic Miner, The Damsel and the Beast,
 # Dictator, Spacewarp, Spectral Invaders, Spectres, Styx and Donkey Kong ('a Donkey Kong style-game') -> Service
 # (GUIDELINES, Types). No entity: 'a budget software label' (unnamed); 'a night school course' (unnamed)
 entities=[E("Company", BB, "Bug-Byte"), E("Location", "Liverpool"), E("Service", "Acorn Atom"),
           E("Service", "ZX80"), E("Person", "Don Priestley", "Priestley"), E("Service", "Mazogs"),
           E("Service", "ZX81"), E("Service", "Manic Miner"), E("Company", "Argus Press PLC"),
           E("Person", "Tony Baden"), E("Person", "Tony Milner"), E("Organization", "Oxford"),
           E("Service", "The Damsel and the Beast"), E("Service", "Dictator"), E("Company", "DK'Tronics"),
           E("Service", "BBC Micro"), E("Service", "ZX Spectrum"), E("Service", "Spacewarp"),
           E("Service", "Spectral Invaders"), E("Person", "David Lawson", "Lawson"), E("Service", "Spectres"),
           E("Company", "Imagine Software"), E("Person", "Mark Butler"), E("Location", "UK"),
           E("Company", "Popular Computing Weekly"), E("Service", "Styx"), E("Person", "Matthew Smith"),
           E("Person", "Alan Maton"), E("Service", "Donkey Kong")],
 # 'Bug-Byte was founded by Tony Baden and Tony Milner' -> cofounder each (two named together), current true;
 # 'before becoming a director of rival publisher DK'Tronics' -> director at DK'Tronics, current true (no end told);
 # 'Lawson used the profits ... to set up Imagine Software with Mark Butler' -> cofounder each ('A founded Acme with
 # B'), current true; 'Bug-Byte's Despatch Manager Alan Maton' -> executive ('manager'), current true (no end told;
 # doubtful: a despatch manager is no senior post, but GUIDELINES maps 'manager'). Near-misses, no role: 'another
 # Bug-Byte employee' (Mark Butler; no post); Don Priestley 'a former teacher' (no organisation); Matthew Smith (a
 # contract author); David Lawson (a developer, no post at Bug-Byte)
 roles=[R("Tony Baden", "cofounder", BB), R("Tony Milner", "cofounder", BB),
        R("Don Priestley", "director", "DK'Tronics"), R("David Lawson", "cofounder", "Imagine Software"),
        R("Mark Butler", "cofounder", "Imagine Software"), R("Alan Maton", "executive", BB)],
 # provider (each, Bug-Byte): 'Bug-Byte's first hit was Don Priestley's Mazogs'; 'it published Manic Miner'; 'they
 # paid \u00a375 for The Damsel and the Beast' (bought the game; doubtful: the text does not say 'published');
 # 'Bug-Byte published ... Spacewarp and Spectral Invaders'; 'Bug-Byte published Styx'. Near-misses, no relation:
 # 'their name and logo were purchased by Argus Press PLC' (an asset purchase; GUIDELINES, Relations); Dictator (its
 # publisher not told) and Spectres ('his next game', its publisher not told); Popular Computing Weekly's charts (no
 # tie); Imagine Software (no parent told); the computers and Donkey Kong (no maker named); DK'Tronics 'rival' (rivals)
 relations=[L("Mazogs", "provider", BB), L("Manic Miner", "provider", BB),
            L("The Damsel and the Beast", "provider", BB), L("Spacewarp", "provider", BB),
            L("Spectral Invaders", "provider", BB), L("Styx", "provider", BB)],
 outages=[],
 # 'in 1980'; 'In 1983' (twice, once); 'in 1985'; 'In 1981'; 'In 1982'; 'in December 1982' -> 1982-12
 dates=[D("1980", "1980"), D("1983", "1983"), D("1985", "1985"), D("1981", "1981"), D("1982", "1982"),
        D("December 1982", "1982-12")])

# ---- software, UK: Mastertronic -----------------------------------------------------------------------------------
MT = "Mastertronic"
A["wp-mastertronic"] = dict(
 # the publisher -> Company 'Mastertronic'; Woolworth's and Toys "R" Us (retailers), Arcadia Systems (its arcade games
 # division), Virgin Group, Sega, Mastertronic Group, The Producers and Sold Out Sales & Marketing -> Company; Frank
 # Herman -> Person; the UK and the US ('US operations') -> Location; the Sega Master System (alias 'Master System')
 # and the NES (game consoles) -> Service (GUIDELINES, Types: devices). No entity: 'newsagents' (generic); 'the
 # label' (Mastertronic itself, generic)
 entities=[E("Company", MT), E("Location", "UK"), E("Company", "Woolworth's"), E("Company", "Toys \"R\" Us"),
           E("Location", "US"), E("Company", "Arcadia Systems"),
           E("Service", "Sega Master System", "Master System"), E("Service", "NES"), E("Company", "Virgin Group"),
           E("Company", "Sega"), E("Company", "Mastertronic Group"), E("Company", "The Producers"),
           E("Company", "Sold Out Sales & Marketing"), E("Person", "Frank Herman")],
 # 'Frank Herman, one of the founders of the original company' -> founder at Mastertronic ('founder' written of one
 # person of several stays founder; GUIDELINES, Roles, 'Founders'), current true; 'as its chairman' -> chairman at
 # Mastertronic Group, current true (no end told)
 roles=[R("Frank Herman", "founder", MT), R("Frank Herman", "chairman", "Mastertronic Group")],
 # 'supplying leading retailers such as Woolworth's and Toys "R" Us' -> partner (Mastertronic, each) (a supply
 # relation with named retailers, direction as written; as batch 38's Greencore retailers); 'an unsuccessful arcade
 # games division (Arcadia Systems)' -> parentOrganization (Arcadia Systems, Mastertronic); 'their decision to market
 # the Sega Master System in the UK' ... 'the Sega hardware distribution' -> partner (Mastertronic, Sega) (a
 # distribution relation; doubtful: the text names no contract) and provider (Sega Master System, Sega) (the maker
 # named in the product's name and 'the Sega hardware'); 'Virgin Group's reason for investing in the company (and
 # later buying it outright)' -> acquired (Virgin Group, Mastertronic) and parentOrganization (Mastertronic, Virgin
 # Group); 'the company was eventually merged into Sega itself' -> acquired (Sega, Mastertronic) only (the target
 # merged away; doubtful: a reader might record nothing for a merger). Near-misses, no relation: 'the rights to the
 # name were acquired by ... Mastertronic Group' (an asset purchase); 'a merger of The Producers and Sold Out Sales &
 # Marketing' forming Mastertronic Group (a merger with no buyer told; GUIDELINES, Relations); the NES (no maker
 # named; 'its rival')
 relations=[L(MT, "partner", "Woolworth's"), L(MT, "partner", "Toys \"R\" Us"),
            L("Arcadia Systems", "parentOrganization", MT), L(MT, "partner", "Sega"),
            L("Sega Master System", "provider", "Sega"), L("Virgin Group", "acquired", MT),
            L(MT, "parentOrganization", "Virgin Group"), L("Sega", "acquired", MT)],
 outages=[],
 # 'founded in 1983'; 'in mid-1984' -> 1984; 'formed in 2006'. No date: 'At its peak', 'Later', 'eventually'
 dates=[D("1983", "1983"), D("mid-1984", "1984"), D("2006", "2006")])

# ---- software, UK: Quicksilva -------------------------------------------------------------------------------------
QS = "Quicksilva"
AP = "Argus Press Software"
A["wp-quicksilva"] = dict(
 # the publisher -> Company 'Quicksilva'; Indescomp S.A. (a software house), Argus Press Software (aliases 'Argus' and
 # its later name 'Grandslam Entertainment': 'which later became Grandslam Entertainment'; doubtful: a reader might
 # keep the later name as a second Company) and Electric Dreams Software -> Company; Quicksilver Messenger Service (a
 # band) -> Organization; Nick Lambert, Jeff Minter, Sandy White, Raymond Briggs (alias 'Briggs'), Paul Cooper and Rod
 # Cousens -> Person; Southampton and London -> Location; the computers ZX81, Commodore 64, ZX Spectrum, VIC-20,
 # Dragon 32/64, Oric-1/Atmos, BBC Micro, Acorn Electron, ZX80 and 'the Amstrad' (a computer here: 'titled ... on the
 # Amstrad'; doubtful: Amstrad is also a company's name) and the games QS Defenda (alias 'QS Defender'), Defender,
 # Star Raiders ('a Star Raiders-style game'), Time-Gate, Gridrunner, Bugaboo (alias 'La Pulga'), Fred (alias 'Roland
 # on the Ropes'), Ant Attack and The Snowman (the game: 'their first licensed title, The Snowman') -> Service. No
 # entity: 'Happy Trails' (an album) and 'When The Wind Blows' (a book by Briggs, an adaptation ruled out), as earlier
 # rounds' book titles; 'British', 'Spanish' (adjectives)
 entities=[E("Company", QS), E("Person", "Nick Lambert"), E("Organization", "Quicksilver Messenger Service"),
           E("Service", "ZX81"), E("Service", "Commodore 64"), E("Service", "ZX Spectrum"), E("Service", "VIC-20"),
           E("Service", "Dragon 32/64"), E("Service", "Oric-1/Atmos"), E("Service", "BBC Micro"),
           E("Service", "Acorn Electron"), E("Service", "QS Defenda", "QS Defender"), E("Service", "Defender"),
           E("Service", "ZX80"), E("Service", "Star Raiders"), E("Service", "Time-Gate"),
           E("Person", "Jeff Minter"), E("Service", "Gridrunner"), E("Service", "Bugaboo", "La Pulga"),
           E("Service", "Fred", "Roland on the Ropes"), E("Service", "Amstrad"), E("Company", "Indescomp S.A."),
           E("Person", "Sandy White"), E("Service", "Ant Attack"), E("Service", "The Snowman"),
           E("Person", "Raymond Briggs", "Briggs"), E("Person", "Paul Cooper"),
           E("Company", AP, "Argus", "Grandslam Entertainment"), E("Person", "Rod Cousens"),
           E("Company", "Electric Dreams Software"), E("Location", "Southampton"), E("Location", "London")],
 # 'Quicksilva was founded by Nick Lambert in 1979' -> founder (one person named alone), current true; 'Software
 # Manager Paul Cooper' -> executive at Quicksilva ('manager'), current false ('Paul Cooper ... left to establish');
 # 'Managing Director Rod Cousens left' -> director at Quicksilva, current false; 'Paul Cooper and Managing Director
 # Rod Cousens left to establish Electric Dreams Software' -> cofounder each (two named together), current true.
 # Near-misses, no role: Jeff Minter and Sandy White (authors of games, no post); Raymond Briggs (an author)
 roles=[R("Nick Lambert", "founder", QS), R("Paul Cooper", "executive", QS, False),
        R("Rod Cousens", "director", QS, False), R("Paul Cooper", "cofounder", "Electric Dreams Software"),
        R("Rod Cousens", "cofounder", "Electric Dreams Software")],
 # 'the company was bought by Argus Press Software' -> acquired (Argus Press Software, Quicksilva) and
 # parentOrganization (Quicksilva, Argus Press Software); provider (each, Quicksilva): 'One of their earliest titles
 # was QS Defenda', 'later releases, including ... Time-Gate', 'the company's other successes were ... Gridrunner,
 # Bugaboo and Fred', 'Sandy White's Ant Attack' (in the same list of successes; doubtful: its own sentence does not
 # name Quicksilva), 'they published their first licensed title, The Snowman'; 'two titles licensed from Spanish
 # software house Indescomp S.A.' -> partner (Quicksilva, Indescomp S.A.) (a licensing deal, direction as written)
 # and provider (Bugaboo and Fred, Indescomp S.A.) (the titles' owner; doubtful). Near-misses, no relation: Defender
 # and Star Raiders (no maker named); the computers (no maker named; 'Acorn' and 'Amstrad' name no company in the
 # text); Electric Dreams Software (no parent told); 'Argus moved the company' (no new relation)
 relations=[L(AP, "acquired", QS), L(QS, "parentOrganization", AP), L("QS Defenda", "provider", QS),
            L("Time-Gate", "provider", QS), L("Gridrunner", "provider", QS), L("Bugaboo", "provider", QS),
            L("Fred", "provider", QS), L("Ant Attack", "provider", QS), L("The Snowman", "provider", QS),
            L(QS, "partner", "Indescomp S.A."), L("Bugaboo", "provider", "Indescomp S.A."),
            L("Fred", "provider", "Indescomp S.A.")],
 outages=[],
 # 'in 1979'; 'in December 1982' -> 1982-12; '(1983)', '(1983, ...' -> '1983' once; 'In early 1984' -> 1984; 'the
 # 1978 book' -> 1978; 'In May 1984' -> 1984-05; 'in 1985'. No date: 'the early 1980s' (a decade)
 dates=[D("1979", "1979"), D("December 1982", "1982-12"), D("1983", "1983"), D("early 1984", "1984"),
        D("1978", "1978"), D("May 1984", "1984-05"), D("1985", "1985")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
