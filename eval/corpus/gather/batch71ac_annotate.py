#!/usr/bin/env python3
"""Batch 71ac gold annotations (the texts of batch71ac.py; session 65, round notes /tmp/gather71ac/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71x; batch10_annotate.write_parts), so with three
texts: wp-elliott-brothers test, wp-micropolis train, wp-polymorphic-systems dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a month and year ('August
1960') -> the month; years -> the years, once per surface form ('around 1804' -> '1804'; 'from 1953-1958' -> '1953'
and '1958'); decades and runs of them ('the 1950s60s', 'the 1980s and 1990s') -> nothing. No text tells an outage, so
every `outages` list is empty (no near-miss told either: a site closed after a takeover and a business sold are
business matters).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71x): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company -> `founder`, current true (founders stay
founders, as rounds 70x-71x took it): 'a firm of instrument makers founded by William Elliott', the firm the company
'traced its descent from' -> founder at Elliott Brothers (London) Ltd (doubtful: the forerunner is unnamed);
'Seagate was the next company Alan Shugart founded after Shugart Associates was sold' -> founder at Seagate and at
Shugart Associates ('the next company' he founded; doubtful for Shugart Associates, read from 'next'); an employee
with no post ('Sir Tony Hoare was an employee there'), a job ('had her first programming job there'), a founder of an
unnamed firm ('The founder of the UK's first software house, Dina St Johnston') and a user of a computer (John
Lansdown) -> no role; a completed takeover ('the take over of English Electric by GEC') -> `acquired` and
parentOrganization; a merger with no buyer named ('Elliott Automation (as it had become) merged with English Electric
in 1967') -> nothing (GUIDELINES, Relations); a part of a company taken over ('The data processing computer part of
the company was then taken over by International Computers and Tabulators (ICT)') and a business sold ('sold its hard
drive business to Singapore Technologies') -> nothing (an unnamed part or business: an asset purchase by the
Relations bullets; doubtful); 'Singapore Technologies (a subsidiary of Temasek Holdings)' -> parentOrganization; a
company sold to an unnamed buyer ('after Shugart Associates was sold') -> nothing; a later name ('Elliott Automation
(as it had become)'), a plural short name ('Elliotts'' -> 'Elliotts'), a legal name behind a trade name
('incorporated ... as Interactive Products Corporation d/b/a PolyMorphic Systems'), short names ('Micropolis',
'PolyMorphic', 'Shugart', 'ICT', 'UK', 'Altair') and a product's first name ('originally called the Micro-Altair')
-> aliases; computers, an operating system none (no name), a programming language ('ALGOL 60', as train takes BASIC
and Java) -> Service, provider the company the text says made or sold them ('The first Elliott 152 computer
appeared', of Elliott Brothers; the Elliott 803 and Elliott 503 Mark II, worked on there and named for the company ->
provider Elliott Brothers, doubtful; 'Their products included the Poly-88 and the System 8813'; 'MITS, manufacturers
of the Altair' -> provider MITS for the Altair 8800); no maker named ('ALGOL 60'; the 'IMSAI 8080', IMSAI named only
inside its name) -> no provider; buses, interfaces and standards ('S-100 bus', 'SCSI', 'ESDI', '48 TPI', '96 TPI'),
generic products ('Head-up displays', 'a MOS semiconductor research laboratory', 'floppy drives', 'an 8" hard drive',
'interface boards', 'CPU card') and a lecture's title ('The Emperor's Old Clothes') -> no entity; a government ('the
British Government') -> Organization; towns, regions and countries -> Location ('the United Kingdom', alias 'UK');
adjectives ('British' none in these texts) -> no entity.
usage: batch71ac_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- computers, UK: Elliott Brothers -----------------------------------------------------------------------------
EB = "Elliott Brothers (London) Ltd"
ICT = "International Computers and Tabulators"
A["wp-elliott-brothers"] = dict(
 # the company -> Company 'Elliott Brothers (London) Ltd' (aliases 'Elliott Automation', its later name: 'as it had
 # become'; 'Elliotts', the plural of 'Elliotts' were a pioneer'); English Electric, GEC and International Computers
 # and Tabulators (alias 'ICT') -> Company; the British Government -> Organization; William Elliott, Tony Hoare ('Sir
 # Tony Hoare'), Dina St Johnston and John Lansdown -> Person; the United Kingdom (alias 'UK'), London, Borehamwood,
 # Glenrothes and Scotland -> Location; the Elliott 152, Elliott 803 and Elliott 503 Mark II (computers) and ALGOL 60
 # (a programming language) -> Service. No entity: 'Head-up displays - HUDs', 'an integrated circuit design and
 # manufacturing facility', 'a MOS semiconductor research laboratory', 'computer aided design (CAD) applications'
 # (generic), 'The Emperor's Old Clothes' (a lecture's title), 'the UK's first software house' (unnamed)
 entities=[E("Company", EB, "Elliott Automation", "Elliotts"), E("Location", "United Kingdom", "UK"),
           E("Person", "William Elliott"), E("Location", "London"), E("Location", "Borehamwood"),
           E("Service", "Elliott 152"), E("Person", "Tony Hoare"), E("Service", "ALGOL 60"),
           E("Service", "Elliott 803"), E("Service", "Elliott 503 Mark II"), E("Person", "Dina St Johnston"),
           E("Person", "John Lansdown"), E("Location", "Glenrothes"), E("Location", "Scotland"),
           E("Company", "English Electric"), E("Company", "GEC"), E("Company", ICT, "ICT"),
           E("Organization", "British Government")],
 # 'a firm of instrument makers founded by William Elliott', the firm the company 'traced its descent from' ->
 # founder at Elliott Brothers (London) Ltd, current true (doubtful: the forerunner unnamed). Near-misses, no role:
 # 'Sir Tony Hoare was an employee there' (no post), 'The founder of the UK's first software house, Dina St
 # Johnston' (an unnamed firm), 'had her first programming job there' (no post), John Lansdown (a user)
 roles=[R("William Elliott", "founder", EB)],
 # 'The first Elliott 152 computer appeared in 1950' (of the company) -> provider (Elliott 152, Elliott Brothers);
 # 'an ALGOL 60 compiler for the Elliott 803', 'an operating system for the new Elliott 503 Mark II computer' (worked
 # on there) -> provider (Elliott 803 / Elliott 503 Mark II, Elliott Brothers) (doubtful: the maker read from the
 # names and 'there'); 'the take over of English Electric by GEC' -> acquired (GEC, English Electric) and
 # parentOrganization (English Electric, GEC). Near-misses, no relation: 'merged with English Electric in 1967' (a
 # merger, no buyer named); 'The data processing computer part of the company was then taken over by International
 # Computers and Tabulators (ICT)' (an unnamed part; doubtful); 'this marriage was forced by the British Government'
 # (no tie between the government and a company); ALGOL 60 (no maker named)
 relations=[L("Elliott 152", "provider", EB), L("Elliott 803", "provider", EB), L("Elliott 503 Mark II", "provider", EB),
            L("GEC", "acquired", "English Electric"), L("English Electric", "parentOrganization", "GEC")],
 outages=[],
 # 'around 1804' -> 1804; 'in 1946' -> 1946; 'in 1950' -> 1950; 'from August 1960' -> 1960-08; 'to 1968', 'in 1968'
 # -> 1968 (once); 'from 1953-1958' -> 1953, 1958; 'in 1963' -> 1963; 'In 1966' -> 1966; 'in 1969' -> 1969; 'in
 # 1967' -> 1967. No date: 'the 1950s60s' (decades)
 dates=[D("1804", "1804"), D("1946", "1946"), D("1950", "1950"), D("August 1960", "1960-08"), D("1968", "1968"),
        D("1953", "1953"), D("1958", "1958"), D("1963", "1963"), D("1966", "1966"), D("1969", "1969"),
        D("1967", "1967")])

# ---- computer storage, US: Micropolis Corporation ----------------------------------------------------------------
MC = "Micropolis Corporation"
SA = "Shugart Associates"
A["wp-micropolis"] = dict(
 # the company -> Company 'Micropolis Corporation' (alias 'Micropolis'); Shugart Associates (alias 'Shugart': 'when
 # Shugart also went to the 96 TPI standard'), Seagate, Singapore Technologies and Temasek Holdings -> Company; Alan
 # Shugart -> Person; Chatsworth and California -> Location. No entity: 'SCSI and ESDI interfaces', '48 TPI', '96 TPI'
 # (standards), '5.25 inch floppy drives', 'an 8" hard drive', 'a 5" hard drive' (generic)
 entities=[E("Company", MC, "Micropolis"), E("Location", "Chatsworth"), E("Location", "California"),
           E("Company", SA, "Shugart"), E("Company", "Seagate"), E("Person", "Alan Shugart"),
           E("Company", "Singapore Technologies"), E("Company", "Temasek Holdings")],
 # 'Seagate was the next company Alan Shugart founded after Shugart Associates was sold' -> founder at Seagate and
 # (the 'next company' after it) founder at Shugart Associates, both current true (doubtful for Shugart Associates)
 roles=[R("Alan Shugart", "founder", "Seagate"), R("Alan Shugart", "founder", SA)],
 # 'Singapore Technologies (a subsidiary of Temasek Holdings)' -> parentOrganization (Singapore Technologies, Temasek
 # Holdings). Near-misses, no relation: 'it ultimately sold its hard drive business to Singapore Technologies' (a
 # business sold, not the company: nothing, doubtful); 'after Shugart Associates was sold' (no buyer named);
 # 'following Seagate's lead' (a rival); 'the existing 48 TPI ... standard created by Shugart Associates' (a standard)
 relations=[L("Singapore Technologies", "parentOrganization", "Temasek Holdings")],
 outages=[],
 # 'founded in 1976' -> 1976. No date: 'the 1980s and 1990s' (decades)
 dates=[D("1976", "1976")])

# ---- microcomputers, US: PolyMorphic Systems ---------------------------------------------------------------------
PS = "PolyMorphic Systems"
A["wp-polymorphic-systems"] = dict(
 # the company -> Company 'PolyMorphic Systems' (aliases 'Interactive Products Corporation', the name it was
 # incorporated as, 'd/b/a PolyMorphic Systems'; 'PolyMorphic'); MITS -> Company; California, Goleta and Santa
 # Barbara -> Location; the Poly-88 (alias 'Micro-Altair'), the System 8813, the Altair 8800 (alias 'Altair') and the
 # IMSAI 8080 (IMSAI named only in its name) -> Service. No entity: 'the S-100 bus', 'S100', 'S-100' (a bus standard,
 # as train's wp-cromemco left it), 'an A/D and D/A converter board', 'a video terminal interface (VTI) card', 'CPU,
 # RAM, and disk controller cards' (generic), 'orange toaster' (a nickname of the Poly-88; not a name it is sold under)
 entities=[E("Company", PS, "Interactive Products Corporation", "PolyMorphic"),
           E("Service", "Poly-88", "Micro-Altair"), E("Service", "System 8813"), E("Location", "California"),
           E("Location", "Goleta"), E("Location", "Santa Barbara"), E("Service", "Altair 8800", "Altair"),
           E("Service", "IMSAI 8080"), E("Company", "MITS")],
 # no person named, so no role
 roles=[],
 # 'Their products included the Poly-88 and the System 8813' -> provider (Poly-88, PolyMorphic Systems), provider
 # (System 8813, PolyMorphic Systems); 'MITS, manufacturers of the Altair' -> provider (Altair 8800, MITS).
 # Near-misses, no relation: 'after objections from MITS' (a dispute over a name, no tie); 'compatible with ... the
 # Altair 8800 and IMSAI 8080' (compatibility, no tie); the IMSAI 8080 (no maker named on its own)
 relations=[L("Poly-88", "provider", PS), L("System 8813", "provider", PS), L("Altair 8800", "provider", "MITS")],
 outages=[],
 # 'in 1976' -> 1976
 dates=[D("1976", "1976")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
