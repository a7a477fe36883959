#!/usr/bin/env python3
"""Batch 71ag gold annotations (the texts of batch71ag.py; session 65, round notes /tmp/gather71ag/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71ac; batch10_annotate.write_parts), so with three
texts: wp-compucolor test, wp-interdata train, wp-three-rivers-computer dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a month and year ('May
1974') -> the month; years -> the years, once per surface form ('Released in 1976' and 'early 1976' -> '1976' once;
'In the summer of 1980' -> '1980', a season -> the year, as rounds 70-71 took it); a relative year ('the next year')
and decades ('the late 1970s through the early 1980s') -> nothing. No text tells an outage, so every `outages` list is
empty (no near-miss told either: a store concept abandoned, a company out of business and an insolvency are business
ends).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71ac): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): people named together as founding a company ('founded in May 1974 by Brian S. Rosen, James
R. Teter, William H. Broadley, J. Stanley Kriz, D. Raj Reddy and Paul G. Newbury') -> each `cofounder`; one person
named alone ('founded in 1966 by a former Electronic Associates engineer, Daniel Sinnott') -> `founder`; both current
true (founders stay founders, as rounds 70x-71ac took it); a past job with no post ('a former Electronic Associates
engineer') -> no role (as round 71ac left 'an employee'); a completed purchase ('In 1973, Interdata was purchased by
Perkin-Elmer Corporation'; 'Perkin-Elmer ... (which later acquired Interdata)') -> `acquired` and parentOrganization
(the text's 'this merger' names the purchase, not a merging away); a parent company named as such ('over the life of
the parent company, Intelligent Systems Corporation', of Compucolor and its forerunner Intecolor) -> parentOrganization
(doubtful for Intecolor, a forerunner); joint development and production ('3RCC developed and produced the PERQ
jointly with ICL') -> partner, direction as written; a spinoff from a university laboratory ('a spinoff from the
Research Engineering Laboratory of the Computer Science Department of Carnegie-Mellon University') -> nothing (no
ownership told); users of a company's computers ('Many companies used them ..., such as United Technologies Research
Center ..., General Electric R&D ..., and Perkin-Elmer') -> nothing (no contract told; doubtful); a divestiture of
unnamed activities -> nothing; a later name ('3RCC changed its name to PERQ Systems Corporation'), short names
('3RCC', 'ISC', 'Interdata', 'Perkin-Elmer') and other names of one product ('the Three Rivers PERQ or ICL PERQ') ->
aliases; 'Compucolor' (the series of the lead and the company of 'Compucolor opened its first retail computer store',
'Compucolor was out of business') -> one surface form, an alias of Compucolor Corporation (doubtful); computers,
terminals, display products, a CPU, operating systems and a time-sharing system -> Service, provider the company the
text says made, introduced or offered them ('Early products included: the GDP/2A ...' of 3RCC; 'a line of workstation
computers called PERQ'; 'Intelligent Systems Corporation's first product was the Intecolor 8001'; 'introduced by
Compucolor Corporation' for the Compucolor 8001 and Compucolor II; 'the Interdata 7/32'; 'The operating system for the
16-bit computers was called OS/16', of Interdata's computers, and 'they offered a 32-bit time sharing system called
MTM'); product names taken at their designators ('GDP/2A', 'CVD/2', 'ADA-16', 'UMB-11'; doubtful: the words after
them read as descriptions); no maker named apart from inside the product's name ('Intel 8080', 'IBM 360', 'PDP-11')
or at all ('NexRad') -> no provider and no Company entity for Intel or IBM (as round 71ac took the IMSAI 8080); a
named retail store ('Compucolor Computer Store') and a named application ('Core Protection Calculator') -> no entity
(doubtful); generic products ('lottery systems manufactured by GTech', 'a 19-inch RCA delta-gun CRT', '5.25-inch
floppy disks') -> no Service, the named makers (GTech, RCA) Company with no relation; corporate research centres
('United Technologies Research Center', 'General Electric R&D') and a university -> Organization; rivals named ('as
with Gould, SEL, Modcomp and other real time competitors') -> Company, no relation; towns, states and countries ->
Location ('Georgia USA' -> Georgia and USA).
usage: batch71ag_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- microcomputers, US: Compucolor -------------------------------------------------------------------------------
CC = "Compucolor Corporation"
ISC = "Intelligent Systems Corporation"
A["wp-compucolor"] = dict(
 # the company -> Company 'Compucolor Corporation' (alias 'Compucolor': the store's opener and the company out of
 # business; the lead's series shares the surface form, doubtful); Intecolor ('its forerunner, Intecolor, produced'),
 # Intelligent Systems Corporation (alias 'ISC') and RCA (maker of a generic CRT) -> Company; Norcross, Georgia, USA ->
 # Location; the Intecolor 8001 (a terminal), Compucolor 8001, Compucolor II and Intel 8080 (a CPU) -> Service. No
 # entity: 'Compucolor Computer Store' (a named store; doubtful), '5.25-inch floppy disks', '19-inch RCA delta-gun
 # CRT', 'random-access memory (RAM)' (generic)
 entities=[E("Company", CC, "Compucolor"), E("Location", "Norcross"), E("Location", "Georgia"),
           E("Service", "Intel 8080"), E("Service", "Intecolor 8001"), E("Service", "Compucolor 8001"),
           E("Service", "Compucolor II"), E("Location", "USA"), E("Company", "Intecolor"),
           E("Company", ISC, "ISC"), E("Company", "RCA")],
 # no person named, so no role
 roles=[],
 # 'introduced by Compucolor Corporation' (the series) -> provider (Compucolor 8001 / Compucolor II, Compucolor
 # Corporation); 'Intelligent Systems Corporation's first product was the Intecolor 8001' -> provider (Intecolor
 # 8001, ISC); 'Compucolor, and its forerunner, Intecolor, ... over the life of the parent company, Intelligent
 # Systems Corporation' -> parentOrganization (Compucolor Corporation, ISC) and (Intecolor, ISC; doubtful, a
 # forerunner). Near-misses, no relation: 'turning the Intecolor 8001 into the Compucolor 8001' (an upgrade kit);
 # the Intel 8080 (no maker named apart from its name); the RCA CRT (a generic part)
 relations=[L("Compucolor 8001", "provider", CC), L("Compucolor II", "provider", CC),
            L("Intecolor 8001", "provider", ISC), L(CC, "parentOrganization", ISC),
            L("Intecolor", "parentOrganization", ISC)],
 outages=[],
 # 'Released in 1976', 'early 1976' -> 1976 (once); 'in 1977' -> 1977; 'in 1979' -> 1979; 'By 1983' -> 1983; 'in
 # 1973' -> 1973. No date: 'the next year' (relative; published null)
 dates=[D("1976", "1976"), D("1977", "1977"), D("1979", "1979"), D("1983", "1983"), D("1973", "1973")])

# ---- minicomputers, US: Interdata --------------------------------------------------------------------------------
IN = "Interdata, Inc."
PE = "Perkin-Elmer Corporation"
A["wp-interdata"] = dict(
 # the company -> Company 'Interdata, Inc.' (alias 'Interdata'); Electronic Associates, Combustion Engineering,
 # GTech, Perkin-Elmer Corporation (alias 'Perkin-Elmer'), Gould, SEL and Modcomp -> Company; United Technologies
 # Research Center and General Electric R&D -> Organization; Daniel Sinnott -> Person; Oceanport, New Jersey, East
 # Hartford, Connecticut, Schenectady and New York -> Location; the IBM 360, Interdata 7/32, NexRad, OS/16, OS/32 and
 # the Multi Terminal Monitor (alias 'MTM') -> Service. No entity: 'Core Protection Calculator' (an application named
 # by its function; doubtful), 'lottery systems', 'nuclear power plants', 'wind tunnel' (generic)
 entities=[E("Company", IN, "Interdata"), E("Company", "Electronic Associates"), E("Person", "Daniel Sinnott"),
           E("Location", "Oceanport"), E("Location", "New Jersey"), E("Service", "IBM 360"),
           E("Service", "Interdata 7/32"), E("Company", "Combustion Engineering"), E("Company", "GTech"),
           E("Service", "NexRad"), E("Organization", "United Technologies Research Center"),
           E("Location", "East Hartford"), E("Location", "Connecticut"), E("Organization", "General Electric R&D"),
           E("Location", "Schenectady"), E("Location", "New York"), E("Company", PE, "Perkin-Elmer"),
           E("Service", "OS/16"), E("Service", "OS/32"), E("Company", "Gould"), E("Company", "SEL"),
           E("Company", "Modcomp"), E("Service", "Multi Terminal Monitor", "MTM")],
 # 'founded in 1966 by a former Electronic Associates engineer, Daniel Sinnott' -> founder at Interdata, current
 # true. Near-miss, no role: 'a former Electronic Associates engineer' (a past job, no post)
 roles=[R("Daniel Sinnott", "founder", IN)],
 # 'it produced ... the Interdata 7/32' -> provider (Interdata 7/32, Interdata); 'The operating system for the 16-bit
 # computers was called OS/16, and for the 32-bit computers OS/32' (of the company's computers) -> provider (OS/16 /
 # OS/32, Interdata); 'they offered a 32-bit time sharing system called MTM (Multi Terminal Monitor)' -> provider
 # (Multi Terminal Monitor, Interdata); 'In 1973, Interdata was purchased by Perkin-Elmer Corporation' and
 # '(which later acquired Interdata)' -> acquired (Perkin-Elmer Corporation, Interdata) and parentOrganization
 # (Interdata, Perkin-Elmer Corporation). Near-misses, no relation: 'loosely based on the IBM 360 instruction set
 # architecture' (a design model); 'lottery systems manufactured by GTech', 'Combustion Engineering designed nuclear
 # power plants' (generic products); users of Interdata computers (United Technologies Research Center, General
 # Electric R&D, Perkin-Elmer: no contract told; doubtful); 'as with Gould, SEL, Modcomp and other real time
 # competitors' (rivals); the NexRad system (no operator named)
 relations=[L("Interdata 7/32", "provider", IN), L("OS/16", "provider", IN), L("OS/32", "provider", IN),
            L("Multi Terminal Monitor", "provider", IN), L(PE, "acquired", IN), L(IN, "parentOrganization", PE)],
 outages=[],
 # 'founded in 1966' -> 1966; 'In 1974' -> 1974; 'In 1973' -> 1973
 dates=[D("1966", "1966"), D("1974", "1974"), D("1973", "1973")])

# ---- workstations, US: Three Rivers Computer Corporation ---------------------------------------------------------
TR = "Three Rivers Computer Corporation"
FOUNDERS = ["Brian S. Rosen", "James R. Teter", "William H. Broadley", "J. Stanley Kriz", "D. Raj Reddy",
            "Paul G. Newbury"]
A["wp-three-rivers-computer"] = dict(
 # the company -> Company 'Three Rivers Computer Corporation' (aliases '3RCC' and 'PERQ Systems Corporation', its
 # later name); ICL -> Company; Carnegie-Mellon University -> Organization (its 'Research Engineering Laboratory' and
 # 'Computer Science Department' units of it, no entity); the six founders -> Person; Pittsburgh, Pennsylvania,
 # United States and the United Kingdom -> Location; the GDP/2A, CVD/2, ADA-16 and UMB-11 (display, converter and
 # test products, taken at their designators; doubtful), the PDP-11 (a minicomputer series) and the PERQ (aliases
 # 'Three Rivers PERQ', 'ICL PERQ') -> Service. No entity: 'Unibus' (a bus, inside 'UMB-11 Unibus Monitor'),
 # 'advanced technology computer displays, peripherals, and systems' (generic)
 entities=[E("Company", TR, "3RCC", "PERQ Systems Corporation"), E("Organization", "Carnegie-Mellon University")]
          + [E("Person", p) for p in FOUNDERS]
          + [E("Location", "Pittsburgh"), E("Location", "Pennsylvania"), E("Location", "United States"),
             E("Service", "GDP/2A"), E("Service", "CVD/2"), E("Service", "ADA-16"), E("Service", "UMB-11"),
             E("Service", "PDP-11"), E("Service", "PERQ", "Three Rivers PERQ", "ICL PERQ"), E("Company", "ICL"),
             E("Location", "United Kingdom")],
 # 'founded in May 1974 by Brian S. Rosen, James R. Teter, William H. Broadley, J. Stanley Kriz, D. Raj Reddy and
 # Paul G. Newbury' -> cofounder each, current true
 roles=[R(p, "cofounder", TR) for p in FOUNDERS],
 # 'Early products included: the GDP/2A ...; a CVD/2 ...; ADA-16 ...; and a UMB-11 ...' -> provider (each, 3RCC);
 # 'the company launched its principal products, a line of workstation computers called PERQ' -> provider (PERQ,
 # 3RCC); '3RCC developed and produced the PERQ jointly with ICL' -> partner (3RCC, ICL). Near-misses, no relation:
 # 'a spinoff from the Research Engineering Laboratory ... of Carnegie-Mellon University' (no ownership told); 'ICL
 # PERQ' (a name, not a second maker: ICL's part is the partnership; doubtful); 'a low-cost test instrument for
 # PDP-11 series minicomputers' (no maker named); 'divested itself of all activities other than those related to
 # PERQ' (unnamed activities)
 relations=[L("GDP/2A", "provider", TR), L("CVD/2", "provider", TR), L("ADA-16", "provider", TR),
            L("UMB-11", "provider", TR), L("PERQ", "provider", TR), L(TR, "partner", "ICL")],
 outages=[],
 # 'in May 1974' -> 1974-05; 'In 1979' -> 1979; 'In the summer of 1980' -> 1980; 'From 1981 onwards' -> 1981; 'in
 # 1984' -> 1984; 'in 1985' -> 1985. No date: 'the late 1970s through the early 1980s' (decades)
 dates=[D("May 1974", "1974-05"), D("1979", "1979"), D("1980", "1980"), D("1981", "1981"), D("1984", "1984"),
        D("1985", "1985")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
