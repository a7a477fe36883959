#!/usr/bin/env python3
"""Batch 70ad gold annotations (the texts of batch70ad.py; session 64, round notes /tmp/gather70ad/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70x; batch10_annotate.write_parts), so with three
texts: wp-spectravideo test, wp-sublogic train, wp-tengen-company dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); months with years
('December 1995', 'December 1987') -> the month; years -> the years, once per surface form ('1982' in 'In 1982' and
'(1982)' once); 'late 1982' -> the year (GUIDELINES, Dates: 'late 2006' -> the year); 'By 1984', 'through 2006' -> the
years; 'December 21 of that year' (the day told by anaphora; `published` null, as batches 60c-70x left 'that year'),
'the early 1980s' (a decade), 'At the time', 'five games per year', 'two years', 'approximately every three years' ->
nothing. No text tells an outage, so every `outages` list is empty (no near-miss told either: a company that 'ceased
operations' is a business end; a lock-out chip that 'prevented unlicensed NES games from running' is a product's
design, no service lost).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70x): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): two named together ('founded in 1981 by Harry Fox and Alex Weiss') are each `cofounder`, though
the lead names one ('a company founded by Harry Fox'; the fuller sentence rules); one person named as forming a company
and his named partner as incorporating it ('formed in 1977 by Bruce Artwick, and incorporated in 1978 by Artwick's
partner Stu Moment') are each `cofounder` (doubtful: a reader might give Artwick `founder` and Moment nothing); one
person named alone as forming a company ('Bruce Artwick left Sublogic in 1988 to form BAO Ltd.') is `founder`;
founders who left stay founders, current true (as batches 55n-70x); a completed purchase ('BAO ... were acquired by
Microsoft') -> acquired and parentOrganization; a company created by another as its 'new subsidiary' ->
parentOrganization (GUIDELINES, Relations: subsidiary statements), no acquisition; a licence of a product from one
named company to another ('Flight Simulator was licensed to Microsoft', the licensor the text's subject) and a
company's agreement to another's licensing terms ('Atari Games agreed to Nintendo's standard licensing terms'; 'games
licensed by Nintendo' released by Tengen) -> partner (GUIDELINES, Relations: licensing deal), direction as written
(doubtful each); titles only available through a named club -> partner (a distribution arrangement; doubtful);
computers, consoles, peripherals, joysticks, chips, video cards, libraries, operating systems, programming languages
and games -> Service (GUIDELINES, Types), provider the company the text says made, developed, created or released
them ('They also made ... the QuickShot', 'the company developed 11 games ... Chase the Chuckwagon, Mangia and Bumper
Bash', 'Sublogic is best known as the creator of the Flight Simulator series', 'Sublogic also produced ... the A2-3D1
animation library ... the X-1 video card', 'Tengen released ... R.B.I. Baseball, Pac-Man, and Gauntlet'), or called
the maker's ('Nintendo's lock-out chip called 10NES'), and a product a company released updates to under its own name
('Microsoft released major updates to Microsoft Flight Simulator') -> provider that company too (doubtful); a company
named only inside a product name ('Microsoft MSX', 'Microsoft Extended BASIC', 'IBM PC', 'Atari 2600', 'Atari 8-bit
computers', 'Apple II', 'Commodore 64') -> no entity of its own (GUIDELINES, Types; Microsoft is an entity in
wp-sublogic only, where it stands on its own) and no relation; products whose maker the text does not name
('VIC-20', 'Colecovision', 'Z80 A', 'CP/M', 'TRS-80', 'MS-DOS') -> no relation; former names and stylings ('originally
called SpectraVision', 'incorporated ... as Sublogic Communications Corporation') -> aliases (GUIDELINES, Types); a
styling that differs only in case ('subLOGIC' beside 'Sublogic') -> not listed again (one surface form case-blind); a
name a text gives both to a company's first name and to another company's product ('On Command Corporation's Hotel
TV system called SpectraVision') -> the company's alias only (one surface form, one entity; doubtful); a music club run
as a business ('the Columbia House music club') -> Company; a brand or word ('the Atari brand', 'the Atari name', the
word "Atari"), a board game ('Go'), generic products ('joysticks', 'educational software', 'an Apple II graphics
library' where the library is not named, 'IBM PC compatibles'), a division ('Atari, Inc.'s arcade division'), an unnamed
subsidiary ('a Japanese subsidiary named .') and adjectives ('American', 'Japanese') -> no entity.
usage: batch70ad_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- computers and video games, US: Spectravideo ------------------------------------------------------------------
SV = "Spectravideo International Limited"
A["wp-spectravideo"] = dict(
 # the company -> Company 'Spectravideo International Limited', aliases 'SVI', 'SpectraVision' (its first name,
 # 'originally called SpectraVision'; also the name of On Command's Hotel TV system, left to the company: one surface
 # form, one entity; doubtful) and 'Spectravideo' (also inside 'Spectravideo CompuMate', the product's name); On
 # Command Corporation and Columbia House ('the Columbia House music club', a club run as a business) -> Company;
 # Harry Fox and Alex Weiss -> Person; the VIC-20, the Atari 2600, the Spectravideo CompuMate (alias 'CompuMate'), the
 # Microsoft MSX, the IBM PC, the Colecovision, the QuickShot, the games Chase the Chuckwagon, Mangia and Bumper Bash,
 # the SV-318 and SV-328 computers, the Z80 A processor, Microsoft Extended BASIC and CP/M -> Service (GUIDELINES,
 # Types). No entity: Microsoft, IBM and Atari (named only inside product names); 'Hotel TV system' (generic); 'external
 # developers' (unnamed); 'a membrane keyboard', 'a floppy drive', 'ROM', 'RAM' (generic); 'American' (an adjective)
 entities=[E("Company", SV, "SVI", "SpectraVision", "Spectravideo"), E("Person", "Harry Fox"),
           E("Service", "VIC-20"), E("Service", "Atari 2600"), E("Service", "Spectravideo CompuMate", "CompuMate"),
           E("Service", "Microsoft MSX"), E("Service", "IBM PC"), E("Person", "Alex Weiss"),
           E("Service", "Colecovision"), E("Service", "QuickShot"), E("Company", "On Command Corporation"),
           E("Service", "Chase the Chuckwagon"), E("Service", "Mangia"), E("Service", "Bumper Bash"),
           E("Company", "Columbia House"), E("Service", "SV-318"), E("Service", "SV-328"), E("Service", "Z80 A"),
           E("Service", "Microsoft Extended BASIC"), E("Service", "CP/M")],
 # 'SpectraVision was founded in 1981 by Harry Fox and Alex Weiss' -> cofounder each (two named together; the lead's
 # 'a company founded by Harry Fox' names one of them, the fuller sentence rules; doubtful for Fox), current true.
 # Near-misses, no role: 'contracting external developers' (unnamed)
 roles=[R("Harry Fox", "cofounder", SV), R("Alex Weiss", "cofounder", SV)],
 # 'They also made the world's first ergonomic joystick, the QuickShot' -> provider (QuickShot, SVI); 'the company
 # developed 11 games for the Atari 2600, including ... Chase the Chuckwagon, Mangia and Bumper Bash' -> provider each
 # (SVI); 'The company's first attempt at a computer was an add-on ... called the Spectravideo CompuMate' -> provider
 # (Spectravideo CompuMate, SVI); 'Spectravideo's first real computers were the SV-318 and SV-328' -> provider each
 # (SVI); 'A few of their titles were only available through the Columbia House music club' -> partner (SVI, Columbia
 # House) (a distribution arrangement, direction as written; doubtful). Near-misses, no relation: 'a naming conflict
 # with On Command Corporation's Hotel TV system' (a conflict, no tie); the Atari 2600, VIC-20, Colecovision, Microsoft
 # MSX, IBM PC, Z80 A, Microsoft Extended BASIC and CP/M (makers not named on their own, or not named); 'gaming
 # cartridges for the Atari 2600' (accessories for a console, no tie between companies)
 relations=[L("QuickShot", "provider", SV), L("Chase the Chuckwagon", "provider", SV), L("Mangia", "provider", SV),
            L("Bumper Bash", "provider", SV), L("Spectravideo CompuMate", "provider", SV),
            L("SV-318", "provider", SV), L("SV-328", "provider", SV), L(SV, "partner", "Columbia House")],
 outages=[],
 # 'in 1981' (twice, once) -> 1981; 'in 1988' -> 1988; 'In late 1982' -> 1982 (GUIDELINES: 'late 2006' -> the year);
 # 'in 1983' -> 1983. No date: 'the early 1980s' (a decade)
 dates=[D("1981", "1981"), D("1988", "1988"), D("late 1982", "1982"), D("1983", "1983")])

# ---- software, US: Sublogic ---------------------------------------------------------------------------------------
SL = "Sublogic Corporation"
BAO = "BAO Ltd."
A["wp-sublogic"] = dict(
 # the company -> Company 'Sublogic Corporation', aliases 'Sublogic' ('subLOGIC', the styling, is the same form
 # case-blind: not listed again) and 'Sublogic Communications Corporation' (the name it was incorporated under); BAO
 # Ltd. (aliases 'BAO' and 'Bruce Artwick Organization') and Microsoft -> Company; Bruce Artwick (alias 'Artwick') and
 # Stu Moment -> Person; the Flight Simulator series (alias 'Microsoft Flight Simulator', its later name and the
 # reboot's title; doubtful: one Service for the series and the reboot), the games Night Mission Pinball, Football,
 # Adventure on a Boat, FS1 Flight Simulator, Flight Simulator II and Jet, the A2-3D1 animation library, the X-1 video
 # card, the Apple II, the TRS-80, CP/M, the Atari 8-bit computers, the Commodore 64 and MS-DOS -> Service (GUIDELINES,
 # Types). No entity: Atari, Commodore, Apple and IBM (named only inside product names); 'educational software',
 # 'children's educational software', 'an Apple II graphics library', '3D graphics software', 'IBM PC compatibles'
 # (generic); 'the copyright to Flight Simulator' (a right); 'American' (an adjective)
 entities=[E("Company", SL, "Sublogic", "Sublogic Communications Corporation"), E("Person", "Bruce Artwick", "Artwick"),
           E("Person", "Stu Moment"), E("Service", "Flight Simulator", "Microsoft Flight Simulator"),
           E("Company", "Microsoft"), E("Service", "Night Mission Pinball"), E("Service", "Football"),
           E("Service", "Adventure on a Boat"), E("Service", "Apple II"), E("Service", "FS1 Flight Simulator"),
           E("Service", "TRS-80"), E("Service", "Flight Simulator II"), E("Service", "Jet"), E("Service", "CP/M"),
           E("Service", "A2-3D1"), E("Service", "X-1"), E("Service", "Atari 8-bit computers"),
           E("Service", "Commodore 64"), E("Service", "MS-DOS"),
           E("Company", BAO, "BAO", "Bruce Artwick Organization")],
 # 'It was formed in 1977 by Bruce Artwick, and incorporated in 1978 by Artwick's partner Stu Moment' -> cofounder
 # each at Sublogic Corporation (the one forming it, his named partner incorporating it: two founders; doubtful),
 # current true ('Bruce Artwick left Sublogic in 1988': founders stay founders, as batches 55n-70x); 'Bruce Artwick
 # left Sublogic in 1988 to form BAO Ltd.' -> founder at BAO Ltd. (named alone; 'which they continued to develop'
 # names no one else), current true
 roles=[R("Bruce Artwick", "cofounder", SL), R("Stu Moment", "cofounder", SL), R("Bruce Artwick", "founder", BAO)],
 # 'Sublogic is best known as the creator of the Flight Simulator series' -> provider (Flight Simulator, Sublogic);
 # 'it also created other video games such as Night Mission Pinball, Football, and Adventure on a Boat' -> provider
 # each (Sublogic); 'Sublogic released ... FS1 Flight Simulator ... Flight Simulator II ... and Jet' -> provider each
 # (Sublogic); 'Sublogic also produced ... the A2-3D1 animation library ..., the X-1 video card' -> provider each
 # (Sublogic); 'In 1982, Flight Simulator was licensed to Microsoft' -> partner (Sublogic, Microsoft) (a licensing
 # deal, the licensor the text's subject; doubtful); 'Microsoft released major updates to Microsoft Flight Simulator'
 # -> provider (Flight Simulator, Microsoft) (doubtful: the series is Sublogic's creation, licensed); 'BAO and the
 # copyright to Flight Simulator were acquired by Microsoft in December 1995' -> acquired (Microsoft, BAO Ltd.) and
 # parentOrganization (BAO Ltd., Microsoft). Near-misses, no relation: the Apple II, TRS-80, CP/M, Atari 8-bit
 # computers, Commodore 64 and MS-DOS (platforms, makers not named on their own); 'Bruce Artwick left Sublogic ... to
 # form BAO Ltd.' (a founder's new company, no tie between the companies told); 'retaining the copyright to Flight
 # Simulator' (a right, no relation)
 relations=[L("Flight Simulator", "provider", SL), L("Night Mission Pinball", "provider", SL),
            L("Football", "provider", SL), L("Adventure on a Boat", "provider", SL),
            L("FS1 Flight Simulator", "provider", SL), L("Flight Simulator II", "provider", SL),
            L("Jet", "provider", SL), L("A2-3D1", "provider", SL), L("X-1", "provider", SL),
            L(SL, "partner", "Microsoft"), L("Flight Simulator", "provider", "Microsoft"),
            L("Microsoft", "acquired", BAO), L(BAO, "parentOrganization", "Microsoft")],
 outages=[],
 # 'in 1977'; 'in 1978'; 'in 1979'; 'in 1983'; 'in 1985'; 'In 1982' and '(1982)' -> 1982 (once); 'through 2006' ->
 # 2006; 'in 2019'; 'in 2020'; 'in 1988'; 'in December 1995' -> 1995-12. No date: 'approximately every three years'
 dates=[D("1977", "1977"), D("1978", "1978"), D("1979", "1979"), D("1983", "1983"), D("1985", "1985"),
        D("1982", "1982"), D("2006", "2006"), D("2019", "2019"), D("2020", "2020"), D("1988", "1988"),
        D("December 1995", "1995-12")])

# ---- video games, US: Tengen (company) ----------------------------------------------------------------------------
TG = "Tengen Inc."
AG = "Atari Games"
NI = "Nintendo"
A["wp-tengen-company"] = dict(
 # the company -> Company 'Tengen Inc.', alias 'Tengen'; Atari Games, Atari, Inc., Atari Corporation and Nintendo ->
 # Company; the Nintendo Entertainment System (alias 'NES', in 'NES-exclusive' and 'unlicensed NES games'), the games
 # R.B.I. Baseball, Pac-Man and Gauntlet and the lock-out chip 10NES -> Service (GUIDELINES, Types: devices, games).
 # No entity: 'a Japanese subsidiary named .' (its name lost in the rendering); 'the Atari brand', 'the Atari name',
 # the word "Atari" (a brand and a word, no company named by them alone); 'Atari, Inc.'s arcade division' (a
 # division, unnamed beyond its owner); 'Go' (a board game, no product); 'American', 'Japanese' (adjectives)
 entities=[E("Company", TG, "Tengen"), E("Company", AG), E("Company", "Atari, Inc."),
           E("Company", "Atari Corporation"), E("Company", NI), E("Service", "Nintendo Entertainment System", "NES"),
           E("Service", "R.B.I. Baseball"), E("Service", "Pac-Man"), E("Service", "Gauntlet"), E("Service", "10NES")],
 # No person is named, so no role
 roles=[],
 # 'created by the arcade game manufacturer Atari Games', 'The new subsidiary was dubbed Tengen' -> parentOrganization
 # (Tengen Inc., Atari Games) (a subsidiary created, no acquisition); 'Tengen released its first and only three games
 # licensed by Nintendo: R.B.I. Baseball, Pac-Man, and Gauntlet' -> provider each (Tengen Inc.) and partner (Tengen
 # Inc., Nintendo) (a licensing deal; doubtful); 'Atari Games agreed to Nintendo's standard licensing terms' -> partner
 # (Atari Games, Nintendo) (a licensing deal, direction as written; doubtful); 'Nintendo's lock-out chip called 10NES'
 # -> provider (10NES, Nintendo); 'games for the Nintendo Entertainment System', 'Nintendo restricted their licensees'
 # -> provider (Nintendo Entertainment System, Nintendo) (the maker's name in the product's, Nintendo named on its
 # own). Near-misses, no relation: 'Atari Games was formed from Atari, Inc.'s arcade division' and 'Atari, Inc. had
 # been split into two distinct companies' (a split told, no ownership of the new companies stated; doubtful: a reader
 # might link Atari Games or Atari Corporation to Atari, Inc.); 'Atari Games tried to negotiate for a less restrictive
 # license ...; Nintendo refused' (failed talks; the agreement that followed is the partner link); 'Tengen secretly
 # worked to bypass Nintendo's lock-out chip' (a conflict, no tie)
 relations=[L(TG, "parentOrganization", AG), L("R.B.I. Baseball", "provider", TG), L("Pac-Man", "provider", TG),
            L("Gauntlet", "provider", TG), L(TG, "partner", NI), L(AG, "partner", NI), L("10NES", "provider", NI),
            L("Nintendo Entertainment System", "provider", NI)],
 outages=[],
 # 'By 1984' -> 1984; 'in December 1987' -> 1987-12; 'In 1988' -> 1988. No date: 'December 21 of that year' (the year
 # told by anaphora; `published` null), 'At the time', 'five games per year', 'for two years'
 dates=[D("1984", "1984"), D("December 1987", "1987-12"), D("1988", "1988")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
