#!/usr/bin/env python3
"""Batch 71x gold annotations (the texts of batch71x.py; session 65, round notes /tmp/gather71x/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71s; batch10_annotate.write_parts), so with three
texts: wp-apricot-computers test, wp-swtpc train, wp-torch-computers dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a month and year ('January
1975') -> the month; years -> the years, once per surface form; 'the end of 1980' -> the year (as 'the end of last
year', GUIDELINES.md, Dates; as train's wp-ohio-scientific took 'the end of 1980'); 'Around 1987' -> '1987', the year;
decades and parts of them ('the 1960s', 'the 1980s', 'the early 1990s') and 'the next 5 or so years' -> nothing. No
text tells an outage, so every `outages` list is empty (no near-miss told either: a company's refinancing and an
abandoned takeover are business matters).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71s): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company ('Arfon had been founded by Kerr Borland';
'founder Martin Vlieland-Boddy', written of one man; 'subsequently established a company called Data Technologies')
-> `founder`, current true (founders stay founders, as rounds 70x-71s took it, also for Vlieland-Boddy, who resigned
as a director); posts: 'former North American Semi managing director' -> director (managing director -> director),
current false ('former'); 'two of its directors resigned, one of them being founder Martin Vlieland-Boddy' -> director
at Torch, current false ('resigned'); Daniel Meyer, who 'published several popular projects and successfully sold his
kits', beside the 'Daniel E. Meyer Company' -> no role (no post or founding told; doubtful); magazines (Popular
Electronics, Radio-Electronics) -> Company (GUIDELINES, Types: magazines are Company); a completed purchase ('its
acquisition by the Mitsubishi Electric Corporation (MELCO) in the early 1990s') -> `acquired` and parentOrganization;
'having acquired Arfon' beside 'Torch acquired the assets of Arfon, taking on some of the "defunct" company's staff' ->
`acquired` only (the text says Torch acquired Arfon, then that it bought a defunct company's assets: no
parentOrganization for a defunct company; doubtful: an asset purchase gets nothing by the Relations bullets); a planned
takeover abandoned ('set to be acquired by GEC, but with this acquisition abandoned') -> nothing; 'a 1982 joint venture
between Acorn Computers and Climar Group' -> partner (GUIDELINES, Relations: joint venture), direction as written;
'sold exclusively to the UK government' -> partner (Apricot Computers Ltd., UK government) (a supply relation between
two named organisations; doubtful); a company succeeded ('succeeding the Daniel E. Meyer Company') -> nothing (no
purchase told); a renaming ('SWTPC became Point Systems', 'becoming Point Systems') -> alias (doubtful: 'This new
company'); former names and short names ('Applied Computer Techniques Ltd.', 'ACT', 'Apricot'; 'SWTPC'; 'Torch';
'Arfon'; 'MELCO') -> aliases; computers, kits, terminals, processors, chips and operating systems -> Service, provider
the company the text says made, developed, introduced or sold them ('a manufacturer of personal computers ...
including the highly popular ACT Sirius 1'; 'SWTPC introduced a computer terminal kit, the "TV Typewriter"'; 'Data
Technologies which developed the Graduate product that would eventually be sold by Torch' -> both, doubtful for Torch;
'Torch Computers Ltd was a computer hardware company with origins in a 1982 joint venture ... that led to the
development of the Communicator' -> provider Torch, doubtful), 'the Motorola 6800 and, later, the 6809 CPUs' ->
provider Motorola for both (Motorola named on its own in 'Motorola MPUs'; doubtful for the 6809); no maker named
('MS-DOS', 'BBC Micro', 'Z80') -> no provider; a company named only inside a product name ('Intersil ICL8038',
'Commodore VIC-20') -> the product with the full name, no Company entity (GUIDELINES, Types), no relation; 'the UK
government' -> Organization, with no Location 'UK' beside it in that text ('UK' there only inside that name and in
'UK-owned'; doubtful), while 'near Cambridge, UK' -> Location; generic products ('an expansion unit', 'second
processor units', 'a cartridge expansion system', 'a speech generator expansion', 'Motorola MPUs', 'a function
generator', 'kits') -> no entity; towns, regions and continents -> Location; adjectives ('British', 'American') -> no
entity.
usage: batch71x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- computer hardware, UK: Apricot Computers --------------------------------------------------------------------
AC = "Apricot Computers Ltd."
MEL = "Mitsubishi Electric Corporation"
A["wp-apricot-computers"] = dict(
 # the company -> Company 'Apricot Computers Ltd.' (aliases 'Applied Computer Techniques Ltd.' and 'ACT', its first
 # name and its short form, and 'Apricot'); Apple and the Mitsubishi Electric Corporation (alias 'MELCO') -> Company;
 # the UK government -> Organization; Europe and Birmingham -> Location; the ACT Sirius 1 (a computer) and MS-DOS (an
 # operating system) -> Service. No entity: 'UK-owned' (an adjective), 'British' (an adjective), 'BIOS', 'x86-based
 # PCs', 'a 3.5-inch floppy drive', 'integrated circuits' (generic)
 entities=[E("Company", AC, "Applied Computer Techniques Ltd.", "ACT", "Apricot"), E("Service", "ACT Sirius 1"),
           E("Location", "Europe"), E("Service", "MS-DOS"), E("Location", "Birmingham"), E("Company", "Apple"),
           E("Organization", "UK government"), E("Company", MEL, "MELCO")],
 # no person named, so no role
 roles=[],
 # 'a manufacturer of personal computers for businesses, including the highly popular ACT Sirius 1' -> provider (ACT
 # Sirius 1, Apricot Computers Ltd.); 'its acquisition by the Mitsubishi Electric Corporation (MELCO) in the early
 # 1990s' (told as done: 'remained a UK-owned company until') -> acquired (MELCO, Apricot) and parentOrganization
 # (Apricot, MELCO) (GUIDELINES, Relations: completed acquisition); 'one of the world's most secure x86-based PCs,
 # sold exclusively to the UK government' -> partner (Apricot Computers Ltd., UK government) (a supply relation;
 # doubtful). Near-misses, no relation: 'MS-DOS-compatible computer systems' (no maker of MS-DOS named), '(ahead of
 # Apple)' (a rival, no tie)
 relations=[L("ACT Sirius 1", "provider", AC), L(MEL, "acquired", AC), L(AC, "parentOrganization", MEL),
            L(AC, "partner", "UK government")],
 outages=[],
 # 'from 1965 to 2005' -> 1965, 2005. No date: 'the 1980s' (a decade), 'the early 1990s' (twice; a part of a decade)
 dates=[D("1965", "1965"), D("2005", "2005")])

# ---- electronic kits and computers, US: SWTPC --------------------------------------------------------------------
SW = "Southwest Technical Products Corporation"
A["wp-swtpc"] = dict(
 # the company -> Company 'Southwest Technical Products Corporation' (aliases 'SWTPC' and 'Point Systems', its later
 # name: 'SWTPC became Point Systems'; doubtful, 'This new company'); the Daniel E. Meyer Company -> Company (the
 # predecessor, another company); Popular Electronics and Radio-Electronics (magazines) -> Company; Motorola (named on
 # its own in 'Motorola MPUs') -> Company; Daniel Meyer, Don Lancaster and Louis Garner -> Person; San Antonio and Texas
 # -> Location; the Intersil ICL8038 (a chip; Intersil named only in its name), the TV Typewriter (alias 'CT-1024'; a
 # terminal kit), the Motorola 6800 and the 6809 (processors) -> Service. No entity: 'Motorola MPUs', 'a function
 # generator', 'hi-fi, utility amplifiers', 'a 32-page catalog', 'CPU chips' (generic), 'American' (an adjective)
 entities=[E("Company", SW, "SWTPC", "Point Systems"), E("Location", "San Antonio"), E("Location", "Texas"),
           E("Company", "Daniel E. Meyer Company"), E("Company", "Popular Electronics"),
           E("Company", "Radio-Electronics"), E("Person", "Daniel Meyer"), E("Person", "Don Lancaster"),
           E("Person", "Louis Garner"), E("Service", "Intersil ICL8038"), E("Service", "TV Typewriter", "CT-1024"),
           E("Company", "Motorola"), E("Service", "Motorola 6800"), E("Service", "6809")],
 # no post named: 'Daniel Meyer published several popular projects and successfully sold his kits' (no founding or
 # post told, though the predecessor bears his name; doubtful); Don Lancaster and Louis Garner ('other authors') ->
 # no role
 roles=[],
 # 'SWTPC introduced a computer terminal kit, the "TV Typewriter", or CT-1024' -> provider (TV Typewriter, SWTPC);
 # 'the Motorola 6800 and, later, the 6809 CPUs' -> provider (Motorola 6800, Motorola), provider (6809, Motorola)
 # (doubtful for the 6809: its maker read from the phrase). Near-misses, no relation: 'succeeding the Daniel E. Meyer
 # Company' (a succession, no purchase told), 'SWTPC sold kits for over 50 Popular Electronics articles' (kits for a
 # magazine's readers, no contract told), 'a function generator based on the Intersil ICL8038' (a part)
 relations=[L("TV Typewriter", "provider", SW), L("Motorola 6800", "provider", "Motorola"),
            L("6809", "provider", "Motorola")],
 outages=[],
 # 'in 1967', 'Between 1967 and 1971' -> 1967 (once), 1971; 'In 1990' -> 1990; 'In 1972' -> 1972; 'In January 1975'
 # -> 1975-01; 'By November 1975' -> 1975-11; 'in 1975' -> 1975; 'by 1978' -> 1978; 'Around 1987' -> 1987. No date:
 # 'the 1960s' (a decade), 'a few years later', 'the next 5 or so years'
 dates=[D("1967", "1967"), D("1990", "1990"), D("1971", "1971"), D("1972", "1972"), D("January 1975", "1975-01"),
        D("November 1975", "1975-11"), D("1975", "1975"), D("1978", "1978"), D("1987", "1987")])

# ---- computer hardware, UK: Torch Computers ----------------------------------------------------------------------
TC = "Torch Computers Ltd"
AR = "Arfon Microelectronics"
MVB = "Martin Vlieland-Boddy"
A["wp-torch-computers"] = dict(
 # the company -> Company 'Torch Computers Ltd' (alias 'Torch'); Acorn Computers, Climar Group, Arfon Microelectronics
 # (alias 'Arfon'), North American Semi, GEC and Data Technologies -> Company; the Welsh Development Agency ->
 # Organization; Kerr Borland and Martin Vlieland-Boddy -> Person; Great Shelford, Cambridge, UK, Caernarfon and North
 # Wales -> Location; the Communicator (alias 'C-series'), the BBC Micro, the Z80 (a processor), the Commodore VIC-20
 # (alias 'VIC-20'; Commodore named only in its name) and the Graduate -> Service. No entity: 'an expansion unit',
 # 'second processor units', 'a cartridge expansion system', 'a speech generator expansion', 'a viewdata terminal'
 # (generic)
 entities=[E("Company", TC, "Torch"), E("Company", "Acorn Computers"), E("Company", "Climar Group"),
           E("Service", "Communicator", "C-series"), E("Service", "BBC Micro"), E("Service", "Z80"),
           E("Location", "Great Shelford"), E("Location", "Cambridge"), E("Location", "UK"),
           E("Service", "Commodore VIC-20", "VIC-20"), E("Company", AR, "Arfon"), E("Person", "Kerr Borland"),
           E("Company", "North American Semi"), E("Location", "Caernarfon"), E("Location", "North Wales"),
           E("Organization", "Welsh Development Agency"), E("Company", "GEC"), E("Person", MVB),
           E("Company", "Data Technologies"), E("Service", "Graduate")],
 # 'Arfon had been founded by Kerr Borland' -> founder (one person named alone), current true; 'former North American
 # Semi managing director' -> director, current false; 'two of its directors resigned, one of them being founder
 # Martin Vlieland-Boddy' -> founder at Torch (current true: founders stay founders) and director at Torch, current
 # false; 'who subsequently established a company called Data Technologies' -> founder, current true. Near-misses, no
 # role: 'its shareholders' (unnamed), 'some of the "defunct" company's staff' (unnamed)
 roles=[R("Kerr Borland", "founder", AR), R("Kerr Borland", "director", "North American Semi", False),
        R(MVB, "founder", TC), R(MVB, "director", TC, False), R(MVB, "founder", "Data Technologies")],
 # 'a 1982 joint venture between Acorn Computers and Climar Group' -> partner (Acorn Computers, Climar Group);
 # 'Torch Computers Ltd ... with origins in a 1982 joint venture ... that led to the development of the Communicator'
 # -> provider (Communicator, Torch Computers Ltd) (doubtful: the joint venture's development); 'having acquired
 # Arfon' -> acquired (Torch, Arfon Microelectronics), no parentOrganization ('acquired the assets of Arfon', a
 # '"defunct" company'; doubtful); 'Data Technologies which developed the Graduate product that would eventually be
 # sold by Torch' -> provider (Graduate, Data Technologies) and provider (Graduate, Torch Computers Ltd) (doubtful for
 # Torch, the seller). Near-misses, no relation: 'set to be acquired by GEC, but with this acquisition abandoned' (an
 # abandoned deal); 'an expansion unit originally developed by Arfon Microelectronics for the VIC-20' (unnamed);
 # 'with assistance from the Welsh Development Agency', 'a reported quarter of a million pound investment from the
 # Welsh Development Agency' (funding by an agency, no partnership told); 'a system based on the BBC Micro with a Z80
 # second processor' (parts; no maker named)
 relations=[L("Acorn Computers", "partner", "Climar Group"), L("Communicator", "provider", TC),
            L(TC, "acquired", AR), L("Graduate", "provider", "Data Technologies"), L("Graduate", "provider", TC)],
 outages=[],
 # 'a 1982 joint venture' -> 1982; 'around the end of 1980' -> 'the end of 1980', 1980; 'Towards the end of 1982' ->
 # 'the end of 1982', 1982; 'During 1983' -> 1983
 dates=[D("1982", "1982"), D("the end of 1980", "1980"), D("the end of 1982", "1982"), D("1983", "1983")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
