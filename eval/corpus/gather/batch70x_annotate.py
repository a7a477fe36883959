#!/usr/bin/env python3
"""Batch 70x gold annotations (the texts of batch70x.py; session 64, round notes /tmp/gather70x/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70s; batch10_annotate.write_parts), so with three
texts: wp-amiga-corporation test, wp-memotech train, wp-stamper-brothers dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); months with years
('September 1982') -> the month; years -> the years, once per surface form; a birth year ('b. c. 1959') -> the year;
'1984/85' (a span of two years, no one calendar value) -> nothing (doubtful); 'the early 1980s', 'the mid-1980s'
(decades), 'Over the next two decades', 'at that time', 'later' -> nothing. No text tells an outage, so every `outages`
list is empty (no near-miss told either: a receivership and an embargo are a business failure and a government's act).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70s): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company, with unnamed others ('Jay Miner, along with other
Atari staffers ... they set up ... a new company ... called Hi-Toro'), is `founder` (doubtful: the others are unnamed);
two named together ('founded by Geoff Boyd and Robert Branton'; 'Tim and Chris Stamper founded ... Ultimate Play the
Game and Rare'; 'The brothers began Rare') are each `cofounder`, and so is the one named in 'the two began their
company with ... Carol Ward' ('A founded Acme with B'; doubtful); founders who 'left the company' stay founders,
current true (as batches 55n-70s: leaving does not undo a founding); a company 'run by' a person -> head (as batch
60a's firm 'run by' people; doubtful: no post named); staffers, employees and programmers named without a post ('other
Atari staffers', 'his former employer, Atari', 'Chris programmed') -> no role; a completed purchase ('Commodore bought
the company', 'Microsoft acquired Rare') -> acquired and parentOrganization; a company paid by another to continue its
development work for exclusive use of the design, a developer's named relationship with a console maker for which it
developed games, and a joint project to deliver one company's computers with another's control unit -> partner
(GUIDELINES, Relations: supply/customer contract, licensing deal), direction as written (doubtful each); computers,
consoles, processors, operating systems, input devices, systems and games -> Service (GUIDELINES, Types), provider the
company the text says developed, designed, sold or used them as its own ('their own MTX family of computers', 'Amiga
designed and sold ... the Joyboard', 'Norbit Elektronikk used their Super ToolBox system', 'They found success as
Ultimate with games including Jetpac and Knight Lore'), a console or machine named with its maker's name or called the
maker's ('the Atari 2600', 'Atari had plans for a 68000-based machine, code-named "Mickey"', 'the Nintendo
Entertainment System') -> provider that maker, games a developer made for a console maker ('developed multiple major
titles for the company, including Donkey Kong Country and GoldenEye 007') -> provider both (doubtful, as batch 70s's
licensed titles); a company named only inside a product name ('Sinclair ZX81', 'Zilog Z80', 'IBM Personal Computer')
-> no entity of its own (GUIDELINES, Types) and no relation; products whose maker the text does not name
('ColecoVision', 'the FDX', 'CP/M', 'MS-DOS', 'the ZX Spectrum') -> no relation; a trading name ('developed ... under
the name Ultimate Play the Game') and a later name ('Hi-Toro ..., later renamed to Amiga') -> aliases of the company
(GUIDELINES, Types: former names are aliases; doubtful for the trading name, which the lead calls a company); a code
name ('the Amiga computer, code named Lorraine') -> the Service's name, 'Amiga' left to the company (one surface form,
one entity); a magazine ('Develop') -> Company; awards ('Development Legends', 'Develop Industry Excellence Awards'),
projects ('the Lorraine project'), addresses ('Building 7', '3350 Scott Boulevard'), generic products ('memory expansion
packs ("RAMpacks")', 'joysticks', 'a complete Input/Output (I/O) control system') and adjectives ('British',
'Norwegian', 'Soviet', 'Western') -> no entity; a university -> Organization; countries, states, counties and towns ->
Location.
usage: batch70x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- computers, US: Amiga Corporation -----------------------------------------------------------------------------
AM = "Amiga Corporation"
A["wp-amiga-corporation"] = dict(
 # the company -> Company 'Amiga Corporation', aliases 'Hi-Toro' (its first name) and 'Amiga' ('later renamed to
 # Amiga', 'Amiga designed and sold'; also inside 'the Amiga computer', the computer's name, left to the company: one
 # surface form, one entity); Atari and Commodore -> Company; Jay Miner -> Person; the United States, Santa Clara,
 # California and Florida -> Location; the computer 'code named Lorraine' -> Service 'Lorraine' (doubtful: its
 # product name 'Amiga' is the company's alias); the Atari 2600, ColecoVision, the Joyboard and Atari's planned
 # machine 'code-named "Mickey"' -> Service (GUIDELINES, Types: devices). No entity: 'three dentists in Florida'
 # (unnamed); 'Building 7', '3350 Scott Boulevard' (an address); 'the Lorraine project' (a project); 'joysticks and
 # game cartridges' (generic)
 entities=[E("Company", AM, "Hi-Toro", "Amiga"), E("Location", "United States"), E("Service", "Lorraine"),
           E("Person", "Jay Miner"), E("Company", "Atari"), E("Location", "Santa Clara"),
           E("Location", "California"), E("Location", "Florida"), E("Company", "Commodore"),
           E("Service", "Atari 2600"), E("Service", "ColecoVision"), E("Service", "Joyboard"),
           E("Service", "Mickey")],
 # 'Jay Miner, along with other Atari staffers, ... left the company. In September 1982, they set up ... a new
 # company ... called Hi-Toro' -> founder at Amiga Corporation (the one person named; the others unnamed; doubtful: a
 # reader might want cofounder), current true. Near-misses, no role: 'other Atari staffers', 'his former employer,
 # Atari' (an employee, no post named)
 roles=[R("Jay Miner", "founder", AM)],
 # 'It is most famous for having developed the Amiga computer, code named Lorraine' -> provider (Lorraine, Amiga
 # Corporation); 'Amiga designed and sold ... the Joyboard' -> provider (Joyboard, Amiga Corporation); 'the Atari
 # 2600' -> provider (Atari 2600, Atari) (the maker's name in the product's, Atari named on its own); 'Atari had
 # plans for a 68000-based machine, code-named "Mickey"' -> provider (Mickey, Atari) (doubtful: a planned machine);
 # 'once Commodore bought the company' -> acquired (Commodore, Amiga Corporation) and parentOrganization (Amiga
 # Corporation, Commodore); 'Atari, which then paid Amiga to continue development work. In return Atari was to obtain
 # one-year exclusive use of the design' -> partner (Atari, Amiga Corporation) (a development contract, direction as
 # written; doubtful). Near-misses, no relation: the dentists' financing (unnamed); ColecoVision (no maker named);
 # 'game cartridges for ... the Atari 2600 and ColecoVision' (accessories for the consoles, no tie between companies)
 relations=[L("Lorraine", "provider", AM), L("Joyboard", "provider", AM), L("Atari 2600", "provider", "Atari"),
            L("Mickey", "provider", "Atari"), L("Commodore", "acquired", AM),
            L(AM, "parentOrganization", "Commodore"), L("Atari", "partner", AM)],
 outages=[],
 # 'In September 1982' -> 1982-09; 'in 1983' -> 1983. No date: 'the early 1980s' (twice; a decade)
 dates=[D("September 1982", "1982-09"), D("1983", "1983")])

# ---- computers, UK: Memotech --------------------------------------------------------------------------------------
MT = "Memotech Limited"
NB = "Norbit Elektronikk Norge A/S"
A["wp-memotech"] = dict(
 # the company -> Company 'Memotech Limited', alias 'Memotech'; Norbit Elektronikk Norge A/S (alias 'Norbit
 # Elektronikk') -> Company; Geoff Boyd, Robert Branton and A. S. Fiko -> Person; Witney, Oxfordshire, England, the
 # USSR and the United States -> Location; the Sinclair ZX81 (the company named only inside the product's name: no
 # Sinclair entity), the MTX family ('their own MTX family of computers'), MTX500, MTX512 (alias 'MTX 512'), RS128,
 # the Zilog Z80 processor, Norbit's Super ToolBox system, the FDX, CP/M, the IBM Personal Computer and MS-DOS ->
 # Service (GUIDELINES, Types). No entity: 'memory expansion packs ("RAMpacks")' (a kind of product; doubtful: a
 # reader might take 'RAMpacks' as a product name); 'a complete Input/Output (I/O) control system', 'the control unit',
 # 'Dual in-line package DIL socket' (generic); 'Norwegian', 'Soviet' (adjectives)
 entities=[E("Company", MT, "Memotech"), E("Person", "Geoff Boyd"), E("Person", "Robert Branton"),
           E("Location", "Witney"), E("Location", "Oxfordshire"), E("Location", "England"),
           E("Service", "Sinclair ZX81"), E("Service", "MTX"), E("Service", "MTX500"),
           E("Service", "MTX512", "MTX 512"), E("Service", "RS128"), E("Service", "Zilog Z80"),
           E("Company", NB, "Norbit Elektronikk"), E("Person", "A. S. Fiko"), E("Service", "Super ToolBox"),
           E("Service", "CP/M"), E("Service", "FDX"), E("Location", "USSR"), E("Location", "United States"),
           E("Service", "IBM Personal Computer"), E("Service", "MS-DOS")],
 # 'founded by Geoff Boyd and Robert Branton' -> cofounder each (two named together), current true; 'Norbit
 # Elektronikk Norge A/S run by A. S. Fiko' -> head at Norbit (a company 'run by' a person, as batch 60a; doubtful: no
 # post named), current true
 roles=[R("Geoff Boyd", "cofounder", MT), R("Robert Branton", "cofounder", MT), R("A. S. Fiko", "head", NB)],
 # 'their own MTX family of computers' -> provider (MTX, Memotech Limited); 'The range included the following
 # models: MTX500, MTX512 and RS128' -> provider each (Memotech Limited); 'Norbit Elektronikk used their Super
 # ToolBox system' -> provider (Super ToolBox, Norbit); 'Memotech was working on a huge project to deliver the
 # CP/M-based MTX512 together with the FDX and the control unit from Norbit Elektronikk' -> partner (Memotech Limited,
 # Norbit) (a joint supply project, direction as written; doubtful: the text names no contract). Near-misses, no
 # relation: Norbit's control system built for Memotech's socket (a product for another's computer, no contract told);
 # the Sinclair ZX81, the Zilog Z80, the IBM Personal Computer (makers only inside the products' names); the FDX, CP/M
 # and MS-DOS (no maker named); 'the company went into receivership' (a business failure); the embargo (a state's act)
 relations=[L("MTX", "provider", MT), L("MTX500", "provider", MT), L("MTX512", "provider", MT),
            L("RS128", "provider", MT), L("Super ToolBox", "provider", NB), L(MT, "partner", NB)],
 outages=[],
 # 'in 1983'; 'in 1985' (twice, once); 'In 1984'. No date: 'the early 1980s' (a decade); 'In 1984/85' (two years, no
 # one calendar value; doubtful); 'at that time'
 dates=[D("1983", "1983"), D("1985", "1985"), D("1984", "1984")])

# ---- video games, UK: Stamper brothers ----------------------------------------------------------------------------
AS = "Ashby Computers and Graphics"
A["wp-stamper-brothers"] = dict(
 # Chris Stamper (alias 'Chris') and Tim ('Tim and Chris Stamper': the text never writes 'Tim Stamper', so the name is
 # 'Tim', the fullest form it gives) and Carol Ward -> Person; the company the brothers started -> Company 'Ashby
 # Computers and Graphics', aliases 'Ultimate Play the Game' and 'Ultimate' ('developed ... under the name Ultimate
 # Play the Game', 'They found success as Ultimate'; doubtful: the lead calls Ultimate Play the Game a company of its
 # own, a reader might keep two Companies); Rare, Nintendo, Microsoft and Develop (a trade magazine giving awards;
 # as earlier rounds' magazines) -> Company; Loughborough University -> Organization; Leicestershire and
 # Ashby-de-la-Zouch -> Location; the ZX Spectrum, the Nintendo Entertainment System and the games Jetpac, Knight
 # Lore, Donkey Kong Country and GoldenEye 007 -> Service. No entity: 'Development Legends' and 'Develop Industry
 # Excellence Awards' (awards); 'a college friend' (unnamed); 'British', 'Western' (adjectives)
 entities=[E("Person", "Tim"), E("Person", "Chris Stamper", "Chris"), E("Company", AS, "Ultimate Play the Game",
           "Ultimate"), E("Company", "Rare"), E("Service", "ZX Spectrum"), E("Service", "Jetpac"),
           E("Service", "Knight Lore"), E("Company", "Nintendo"), E("Service", "Nintendo Entertainment System"),
           E("Service", "Donkey Kong Country"), E("Service", "GoldenEye 007"), E("Company", "Microsoft"),
           E("Company", "Develop"), E("Location", "Leicestershire"), E("Location", "Ashby-de-la-Zouch"),
           E("Organization", "Loughborough University"), E("Person", "Carol Ward")],
 # 'Tim and Chris Stamper\u2014founded ... Ultimate Play the Game and Rare', 'brothers Tim and Chris Stamper started
 # Ashby Computers and Graphics', 'The brothers began Rare' -> cofounder each at Ashby Computers and Graphics and at
 # Rare (two named together), current true ('the brothers left the company in 2006': founders stay founders, as
 # batches 55n-70s); 'the two began their company with Tim's girlfriend and later wife, Carol Ward' -> cofounder at
 # Ashby Computers and Graphics ('A founded Acme with B'; doubtful), current true. Near-misses, no role: 'Chris
 # programmed and Tim designed the graphics' (work, no post); Tim at Loughborough University (a student); 'a college
 # friend' (unnamed)
 roles=[R("Tim", "cofounder", AS), R("Chris Stamper", "cofounder", AS), R("Tim", "cofounder", "Rare"),
        R("Chris Stamper", "cofounder", "Rare"), R("Carol Ward", "cofounder", AS)],
 # 'They found success as Ultimate with games including Jetpac and Knight Lore' -> provider (each, Ashby Computers
 # and Graphics); 'Nintendo's first major Western developer for the Nintendo Entertainment System' -> provider
 # (Nintendo Entertainment System, Nintendo); 'Rare enjoyed a close relationship with Nintendo ... and developed
 # multiple major titles for the company' -> partner (Rare, Nintendo) (a developer's relationship with a console
 # maker, direction as written; doubtful) and provider (Donkey Kong Country and GoldenEye 007, each Rare and Nintendo)
 # (made by Rare for Nintendo; doubtful, as batch 70s's licensed titles); 'Microsoft acquired Rare in 2002' ->
 # acquired (Microsoft, Rare) and parentOrganization (Rare, Microsoft). Near-misses, no relation: 'arcade conversion
 # kits, which they licensed to companies' (no company named); Develop's award (no tie between companies); the ZX
 # Spectrum (no maker named)
 relations=[L("Jetpac", "provider", AS), L("Knight Lore", "provider", AS),
            L("Nintendo Entertainment System", "provider", "Nintendo"), L("Rare", "partner", "Nintendo"),
            L("Donkey Kong Country", "provider", "Rare"), L("GoldenEye 007", "provider", "Rare"),
            L("Donkey Kong Country", "provider", "Nintendo"), L("GoldenEye 007", "provider", "Nintendo"),
            L("Microsoft", "acquired", "Rare"), L("Rare", "parentOrganization", "Microsoft")],
 outages=[],
 # 'in 2002'; 'in 2006'; 'their 2015 Develop Industry Excellence Awards' -> 2015; 'b. c. 1959' -> 1959 (a birth year,
 # 'c.' about). No date: 'the early 1980s' (twice), 'the mid-1980s' (decades); 'Over the next two decades'
 dates=[D("2002", "2002"), D("2006", "2006"), D("2015", "2015"), D("1959", "1959")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
