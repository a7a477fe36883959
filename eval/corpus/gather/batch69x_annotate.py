#!/usr/bin/env python3
"""Gold annotations for batch 69x (session 63; gatherer lane 69x; round notes /tmp/gather69x/NOTES.md; claims
/work/notes/gather69/CLAIMS.txt): three English Wikipedia texts (Coleco as 'Arnold Greenberg (Coleco)' tells it,
Hudson Soft's History section, Cromemco), annotated by GUIDELINES.md from each text alone (newskg or any extractor
was not run on them). Split as batch 10's rule (sorted ids dealt test, train, dev): test wp-arnold-greenberg-coleco;
train wp-cromemco; dev wp-hudson-soft.
Conventions, as batches 60c-69r read GUIDELINES.md: people named together as founding a company ('founded ... by
brothers Yuji and Hiroshi Kudo', 'began as a partnership in 1974 between Harry Garland and Roger Melen') -> cofounder
each, current true (GUIDELINES, Roles, 'Founders'; doubtful for the partnership wording); one person named alone as
starting it ('His father, Maurice Greenberg, started Coleco') -> founder, current true; 'CEO' -> ceo and 'chief of
marketing' -> executive (GUIDELINES, Roles: chief marketing officers), both current false for a man 'best known as the
CEO of Coleco in the 1970s and 1980s' who died in 2025 (posts the text bounds in the past; doubtful); 'provided
engineering and manufacturing know-how', 'students' -> no role (no post); a purchase by the company's head for the
company ('Greenberg quickly acquired Eagle Toys ... to diversify the company's offerings') -> acquired and
parentOrganization with Coleco as buyer (doubtful: the text's subject is the man); a software vendor for a maker's
console ('Nintendo's first third-party software vendor for its Family Computer') and a joint development
('collaborated with Nippon Electric Corporation to develop the PC Engine') -> partner, direction as written; a share
purchase making a company the 'largest shareholder' -> nothing (no control or ownership of the company stated;
doubtful); rivals and shared parts ('rivals Atari and Intellivision', 'the same chassis as the IMSAI 8080') ->
nothing; consoles, computers, chips, a graphics card, games, operating systems and programming languages -> Service
(GUIDELINES, Types: devices, software, games; as batch 68f's BASIC and 68l's occam), provider where the text names or
makes sure of the maker ('Nintendo's ... Family Computer', 'Sega's new Genesis', 'NEC's PC-FX', 'The company
developed the Telstar', 'Cromemco re-packaged their systems to produce the System One'), none where it does not (Z80,
CDOS, CP/M, FORTRAN IV, MSX, ZX Spectrum, Intellivision); a company named only inside a product name ('IMSAI 8080',
'Intel 8080') -> no entity (GUIDELINES, Types); a console's other regional name and a short name ('TurboGrafx-16',
'Famicom') -> aliases; a stock exchange -> Company with its former name as alias (GUIDELINES, Types); a university ->
Organization; a dormitory ('Cro(thers) Mem(orial)') -> Location (a named site; doubtful); technical standards ('S-100
bus', 'RS-232C') and a locomotive class ('C62') -> no entity; decades and dates relative to the text ('the following
year', 'December of this year', 'Near the end of the decade') -> no date (published null: absolute expressions only).
usage: batch69x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- toys/video games, US: Coleco, as 'Arnold Greenberg (Coleco)' tells it -------------------------------------
CO = "Coleco"
AGR = "Arnold Greenberg"
A["wp-arnold-greenberg-coleco"] = dict(
 # Arnold Greenberg (alias 'Greenberg': 'Greenberg's drive', 'Greenberg eventually became CEO'; his father and brother
 # are always named in full), Maurice Greenberg and Leonard Greenberg -> Person; Coleco and Eagle Toys ('a maker of
 # tabletop sports games') and Atari (a rival) -> Company; Hartford and Connecticut -> Location; the Adam Computer,
 # the Telstar ('the Telstar video game console'), ColecoVision ('The home ColecoVision console') and Intellivision
 # ('systems from rivals Atari and Intellivision', a rival console named on its own; doubtful: a reader might read
 # it as a company) -> Service. No entity: 'American', 'Russian-Jewish' (adjectives); 'a family toy business' (Coleco
 # again); 'plastic above-ground swimming pools', 'tabletop versions of arcade titles' (kinds)
 entities=[E("Person", AGR, "Greenberg"), E("Company", CO), E("Service", "Adam Computer"), E("Location", "Hartford"),
           E("Location", "Connecticut"), E("Person", "Maurice Greenberg"), E("Person", "Leonard Greenberg"),
           E("Company", "Eagle Toys"), E("Service", "Telstar"), E("Service", "ColecoVision"), E("Company", "Atari"),
           E("Service", "Intellivision")],
 # 'best known as the CEO of Coleco in the 1970s and 1980s', 'Greenberg eventually became CEO of Coleco' -> ceo at
 # Coleco, current false (the text bounds the post in the 1970s and 1980s and tells his death in 2025; doubtful: no
 # leaving is written); 'where he quickly came to dominate the company as its driving force and chief of marketing'
 # -> executive at Coleco (GUIDELINES, Roles: chief marketing officers), current false (he 'eventually became CEO');
 # 'His father, Maurice Greenberg, started Coleco' -> founder (one person named alone as starting it), current true
 # (as batches 55n-69r give founders). Near-misses, no role: Leonard Greenberg 'provided engineering and
 # manufacturing know-how' (no post named; doubtful: a reader might give executive); 'He began his career in law'
 # (no organisation)
 roles=[R(AGR, "ceo", CO, False), R(AGR, "executive", CO, False), R("Maurice Greenberg", "founder", CO)],
 # 'Greenberg quickly acquired Eagle Toys, a maker of tabletop sports games, to diversify the company's offerings' ->
 # acquired(Coleco, Eagle Toys) and parentOrganization(Eagle Toys, Coleco) (a completed purchase made for the company,
 # GUIDELINES, Relations; doubtful: the text's buyer is the man); 'Greenberg's drive to develop and market the Adam
 # Computer', 'The company developed the Telstar video game console' and 'The home ColecoVision console was released'
 # (after 'Coleco began producing') -> provider(Adam Computer / Telstar / ColecoVision, Coleco). Near-misses, no
 # relation: 'third-party game development for systems from rivals Atari and Intellivision' (rivals; games for their
 # systems, no deal stated; Intellivision's maker not named: no provider); 'led the company into bankruptcy' (a
 # business failure)
 relations=[L(CO, "acquired", "Eagle Toys"), L("Eagle Toys", "parentOrganization", CO),
            L("Adam Computer", "provider", CO), L("Telstar", "provider", CO), L("ColecoVision", "provider", CO)],
 outages=[],
 # 'June 12, 1933' (twice, the same text and value) -> 1933-06-12; 'March 19, 2025'; '1966' (twice); '1982'; '1983';
 # '1975'; '1981'. No date: 'in the 1970s and 1980s', 'through the 1970s' (decades); 'Near the end of the decade' and
 # 'the following year' (relative to the text's own years, published null; doubtful: a reader might give 1982 for
 # 'the following year'); 'At this time' (relative)
 dates=[D("June 12, 1933", "1933-06-12"), D("March 19, 2025", "2025-03-19"), D("1966", "1966"), D("1982", "1982"),
        D("1983", "1983"), D("1975", "1975"), D("1981", "1981")])

# ---- video games, non-US: Hudson Soft --------------------------------------------------------------------------
HS = "Hudson Soft Co., Ltd."
NEC = "Nippon Electric Corporation"
A["wp-hudson-soft"] = dict(
 # the company -> Company 'Hudson Soft Co., Ltd.' (the fullest form, the name it took in November 1984), aliases
 # 'Hudson Soft Ltd.' (the name it was founded under), 'Hudson Soft' and 'Hudson' ('Hudson began as a shop', 'Hudson
 # became Nintendo's first third-party software vendor'; the surface form also stands in 'the Hudson locomotives', a
 # namesake, not listed apart); the founders 'brothers Yuji and Hiroshi Kudo' -> Person 'Hiroshi Kudo' and Person
 # 'Yuji' (the surname written once for both, so the text has no fuller form of his name; doubtful); Nintendo, Sega,
 # Konami, Nippon Electric Corporation (alias 'NEC': 'NEC PC-8801', 'NEC's PC-FX'; the company's initials, a reader
 # sure they name it; doubtful) and Nippon New Market Hercules (a stock exchange, alias 'NASDAQ Japan Exchange', its
 # former name: 'formerly known as') -> Company; Sapporo, Japan and North America -> Location; the consoles,
 # computers, games and chips -> Service: 'Family Computer' (alias 'Famicom'), 'Lode Runner', 'NEC PC-8801' (the
 # computer named with its maker, NEC also named on its own), 'MSX' ('NEC PC-8801 MSX' read as two platforms with
 # the comma lost; doubtful), 'ZX Spectrum', 'Bomberman', 'C62 System', 'PC Engine' (alias 'TurboGrafx-16', its
 # release 'in North America'), 'Super Nintendo', 'Genesis', 'HuC62', 'PC-FX'. No entity: 'the Hudson locomotives'
 # and 'Japanese C62' (a locomotive class, the company's namesake; doubtful: vehicles are Service in GUIDELINES,
 # Types, but no maker or user is told); 'a "caravan"' (an event); 'telecommunications devices', 'art photographs',
 # 'video game packages' (kinds)
 entities=[E("Company", HS, "Hudson Soft Ltd.", "Hudson Soft", "Hudson"), E("Location", "Sapporo"),
           E("Location", "Japan"), E("Person", "Yuji"), E("Person", "Hiroshi Kudo"), E("Company", "Nintendo"),
           E("Service", "Family Computer", "Famicom"), E("Service", "Lode Runner"), E("Service", "NEC PC-8801"),
           E("Service", "MSX"), E("Service", "ZX Spectrum"), E("Service", "Bomberman"), E("Service", "C62 System"),
           E("Company", NEC, "NEC"), E("Service", "PC Engine", "TurboGrafx-16"), E("Location", "North America"),
           E("Service", "Super Nintendo"), E("Company", "Sega"), E("Service", "Genesis"), E("Service", "HuC62"),
           E("Service", "PC-FX"), E("Company", "Nippon New Market Hercules", "NASDAQ Japan Exchange"),
           E("Company", "Konami")],
 # 'Hudson Soft Ltd. was founded in Sapporo, Japan on May 18, 1973 by brothers Yuji and Hiroshi Kudo' -> cofounder at
 # Hudson Soft Co., Ltd. for each (GUIDELINES, Roles, 'Founders'), current true. No other post is named
 roles=[R("Yuji", "cofounder", HS), R("Hiroshi Kudo", "cofounder", HS)],
 # 'Hudson became Nintendo's first third-party software vendor for its Family Computer' -> partner(Hudson Soft Co.,
 # Ltd., Nintendo) (a supplier relation, direction as written); 'collaborated with Nippon Electric Corporation to
 # develop the PC Engine video game console' -> partner(Hudson Soft Co., Ltd., Nippon Electric Corporation) (a joint
 # development) and provider(PC Engine, each of the two) (doubtful: a reader might give NEC alone, the console's
 # seller); 'its Family Computer', 'Nintendo's new Super Nintendo', 'Sega's new Genesis', 'NEC's PC-FX' and 'NEC
 # PC-8801' -> provider to the named maker; 'Hudson's second title for this console, Lode Runner', 'Bomberman was
 # released ... and was considered a "big hit" by Hudson Soft' (its title), 'Hudson developed the "C62 System"' and
 # 'the 32-bit semiconductor chip "HuC62" was independently developed by Hudson' -> provider(..., Hudson Soft Co.,
 # Ltd.). Near-misses, no relation: 'Konami purchasing a stock allocation of 5.6 million shares ..., becoming the
 # company's largest shareholder' (a stake, no control stated: no acquired, no parentOrganization; doubtful); 'listing
 # on Nippon New Market Hercules' (a listing, no deal); 'used in NEC's PC-FX' (covered by the partner relation); MSX and
 # ZX Spectrum (makers not named: no provider); the rivals Nintendo and Sega beside the PC Engine (market share)
 relations=[L(HS, "partner", "Nintendo"), L("Family Computer", "provider", "Nintendo"),
            L("Lode Runner", "provider", HS), L("NEC PC-8801", "provider", NEC), L("Bomberman", "provider", HS),
            L("C62 System", "provider", HS), L(HS, "partner", NEC), L("PC Engine", "provider", HS),
            L("PC Engine", "provider", NEC), L("Super Nintendo", "provider", "Nintendo"),
            L("Genesis", "provider", "Sega"), L("HuC62", "provider", HS), L("PC-FX", "provider", NEC)],
 outages=[],
 # 'on May 18, 1973' -> 1973-05-18; 'In September 1975'; 'in March 1978'; 'its 1984 release' -> 1984; 'in November
 # 1984'; 'In July 1985'; 'In July 1987'; 'Throughout 1990'; 'In 1994'; 'In December 2000'; 'in August 2001'. No
 # date: 'in December of this year' (relative to the text's 1985, published null; doubtful: a reader might give
 # 1985-12); '1.5 million units', '5.6 million shares', '32-bit' (quantities)
 dates=[D("May 18, 1973", "1973-05-18"), D("September 1975", "1975-09"), D("March 1978", "1978-03"),
        D("1984", "1984"), D("November 1984", "1984-11"), D("July 1985", "1985-07"), D("July 1987", "1987-07"),
        D("1990", "1990"), D("1994", "1994"), D("December 2000", "2000-12"), D("August 2001", "2001-08")])

# ---- computers, US: Cromemco -----------------------------------------------------------------------------------
CR = "Cromemco"
A["wp-cromemco"] = dict(
 # the company -> Company 'Cromemco'; Harry Garland and Roger Melen -> Person; Mountain View and California ->
 # Location; Stanford University (alias 'Stanford': 'two Stanford PhD students', 'a Stanford dormitory') ->
 # Organization (GUIDELINES, Types: universities); 'Cro(thers) Mem(orial)' (their dormitory, named as written) ->
 # Location (a named site; doubtful: a reader might give no entity); the products 'Cromemco Dazzler' (a graphics
 # card), 'Z-1', 'Z-2', 'System One', 'System Two', 'System Three' (computers), 'IMSAI 8080' (a computer, its maker
 # named only inside its name), 'Intel 8080' (a chip, likewise), 'Z80' ('Z80-based', 'the Z80 microprocessor'), 'CDOS'
 # and 'CP/M' (operating systems), 'FORTRAN IV' and 'Z80 BASIC' (programming languages, as batch 68f's BASIC) ->
 # Service. No entity: IMSAI and Intel (only inside product names, GUIDELINES, Types; 'the IMSAI computer's' read as
 # the IMSAI 8080 again, not listed as a surface form; doubtful); 'S-100 bus' and 'RS-232C' (technical standards);
 # 'static RAM', 'hard disk', 'CRT terminal', 'printer' (kinds)
 entities=[E("Company", CR), E("Location", "Mountain View"), E("Location", "California"), E("Service", "Z80"),
           E("Service", "Cromemco Dazzler"), E("Person", "Harry Garland"), E("Person", "Roger Melen"),
           E("Organization", "Stanford University", "Stanford"), E("Location", "Cro(thers) Mem(orial)"),
           E("Service", "Z-1"), E("Service", "IMSAI 8080"), E("Service", "Intel 8080"), E("Service", "Z-2"),
           E("Service", "CDOS"), E("Service", "CP/M"), E("Service", "System One"), E("Service", "System Two"),
           E("Service", "System Three"), E("Service", "FORTRAN IV"), E("Service", "Z80 BASIC")],
 # 'The company began as a partnership in 1974 between Harry Garland and Roger Melen' -> cofounder at Cromemco for
 # each (GUIDELINES, Roles, 'Founders': the two named together as beginning the company; doubtful: 'partnership' is
 # the wording, not 'founded'), current true. Near-misses, no role: 'two Stanford PhD students' (students, no post)
 roles=[R("Harry Garland", "cofounder", CR), R("Roger Melen", "cofounder", CR)],
 # 'The Cromemco Dazzler', 'The first computer released by Cromemco was the Z-1', 'The Z-1 was succeeded by the Z-2'
 # and 'Cromemco re-packaged their systems to produce the System One, followed by the larger System Two and System
 # Three' -> provider(..., Cromemco). Near-misses, no relation: 'used the same chassis as the IMSAI 8080' (a shared
 # design, no deal stated); the Z80 microprocessor and the Intel 8080 chip (parts, makers not named as companies);
 # CDOS, CP/M, FORTRAN IV and Z80 BASIC (software the machines run, makers not named: no provider; doubtful for CDOS,
 # Cromemco's own system by name, but the text does not say who made it)
 relations=[L("Cromemco Dazzler", "provider", CR), L("Z-1", "provider", CR), L("Z-2", "provider", CR),
            L("System One", "provider", CR), L("System Two", "provider", CR), L("System Three", "provider", CR)],
 outages=[],
 # 'in 1974'; 'in 1976'; 'in August 1976' -> 1976-08; 'in June 1977' -> 1977-06; 'in 1978'. No date: 'in the early
 # days of the home computer revolution' (vague); '8K', '64K' (sizes)
 dates=[D("1974", "1974"), D("1976", "1976"), D("August 1976", "1976-08"), D("June 1977", "1977-06"),
        D("1978", "1978")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
