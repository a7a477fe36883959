#!/usr/bin/env python3
"""Batch 60d gold annotations (the texts of batch60d.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j, 58l, 59e and 59j;
batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts with `published` null:
only absolute dates (GUIDELINES.md, Dates); decades ('the 1990s') -> nothing; 'mid-1997' -> the year (GUIDELINES,
Dates: 'late 2006' -> the year); 'in that year' and 'the following month' (anchored to a date of the text, not to
`published`) -> nothing (doubtful: a reader might resolve them to 1997 and 1979-07); spans ('for fifteen years', 'for
three years') -> nothing. No text tells an outage, so every `outages` list is empty, and none tells a near-miss of one
(The Source's 'discontinued sometime thereafter' is the end of a business; Micronics's neighbours' television
'interference' is no service of a company lost).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j,
57a, 57f, 57p, 58j, 58l, 59e, 59j): 'founded by A, B, C, and D' -> cofounder for each person and 'founded ... by A'
-> founder, current true (as batches 58j, 58l, 59e and 59j); 'had also previously founded' another company -> founder
there too, current true (the founding a fact, 'previously' its time); a post held before ('previously worked as vice
president of') -> vice-president, current false; posts the text closes ('remained in that role for three years and
then decided to return') or bounds in the past ('was the President and CEO of Dialcom for fifteen years') -> current
false; 'founding President' -> president (not founder); an online service's company named as the service ('The Source
(Source Telecomputing Corporation) was an early online service') -> one Company with the service's name as alias, as
batch 59e read CompuServe and batch 59j Prodigy; former names ('founded in 1978 as Digital Broadcasting Corporation')
-> aliases (GUIDELINES, Types); 'was purchased by', 'was acquired by', 'After acquiring' and 'the sale of X to Y' ->
acquired and parentOrganization(target, buyer) (GUIDELINES, Relations: ownership stated as past still recorded); a
company that 'supplied all of the networking, computing power and software development' of another -> partner
(GUIDELINES, Relations: supply contract), direction as written, the supplier first; a contract allowing another
company to use a company's patents and layouts -> partner (a licensing deal); named chips and upgrade modules ->
Service (GUIDELINES, Types), with provider where the text says whose they are ("Cyrix's Cx486", "Intel's 80286 and
i386", 'Intel themselves, with their i486 and Pentium OverDrive chips', 'Kingston Technology, with their TurboChip')
or where the maker is named in the product and on its own ('Intel 80286' beside 'Intel themselves'; as batch 59j read
'Microsoft Windows'); rivals ('largest competitors included') -> nothing; a product class named with a company's name
('IBM PC compatible motherboards') -> no entity (GUIDELINES, Types); trade shows ('Comdex') and a book's title ('the
Scott catalogue of postage stamps') -> no entity (GUIDELINES, Types: events; GATHERING.md, a book title); street
addresses and postal codes ('1616 Anderson Road', '22102') -> no entity; a state's abbreviation ('Silver Spring, MD')
-> Location under that surface (as earlier gold has 'MD' and 'Md.'); regions ('San Francisco Bay Area', 'Silicon
Valley') -> Location; nationality and origin adjectives ('American', 'Taiwan-American') -> nothing.
usage: batch60d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- CPU upgrades, US: Evergreen Technologies ----------------------------------------------------------------------
EV = "Evergreen Technologies, Inc."
MAGEE = "Kenneth \"Mike\" Magee"
A["wp-evergreen-technologies"] = dict(
 # the company -> Company 'Evergreen Technologies, Inc.', aliases 'Evergreen Technologies' and 'Evergreen' (also in
 # "Evergreen's"); the founder -> Person 'Kenneth "Mike" Magee' (the fullest form, nickname and quotation marks as
 # written), alias 'Magee'; 'Software Support Services' ('a Corvallis-based software vendor') and 'M.S. Systems, Inc.'
 # ('a computer store') -> Company; Cyrix ("Cyrix's Cx486"), IBM, Intel ('Intel themselves') and 'Kingston
 # Technology' -> Company; the chips and modules 'Intel 80286' (the maker named in the product and on its own; the
 # product keeps the full name, GUIDELINES, Types), 'i386', '486 SuperChip', 'Cx486', 'i486' (in 'i486-level
 # performance' and 'their i486'), 'Pentium OverDrive' and 'TurboChip' -> Service; Corvallis, Oregon, Portland, 'New
 # York City', Swindon and England -> Location. No entity: 'CPU upgrade chips', 'a CPU upgrade module', 'x86-based
 # personal computers', '286-class machines', 'their 486 upgrade modules' (IBM's, unnamed), 'a manufacturing plant', 'a
 # sales office', 'a regional office' (unnamed sites)
 entities=[E("Company", EV, "Evergreen Technologies", "Evergreen"), E("Location", "Corvallis"),
           E("Location", "Oregon"), E("Person", MAGEE, "Magee"), E("Company", "Software Support Services"),
           E("Company", "M.S. Systems, Inc."), E("Service", "Intel 80286"), E("Service", "i386"),
           E("Service", "486 SuperChip"), E("Company", "Cyrix"), E("Service", "Cx486"), E("Service", "i486"),
           E("Company", "IBM"), E("Company", "Intel"), E("Service", "Pentium OverDrive"),
           E("Company", "Kingston Technology"), E("Service", "TurboChip"), E("Location", "Portland"),
           E("Location", "New York City"), E("Location", "Swindon"), E("Location", "England")],
 # 'founded in 1989 by Kenneth "Mike" Magee' -> founder at Evergreen Technologies, Inc., current true (one founder
 # named); 'Magee previously worked as vice president of Software Support Services' -> vice-president, current false
 # ('previously', before founding Evergreen); 'he had also previously founded M.S. Systems, Inc.' -> founder at M.S.
 # Systems, Inc., current true (doubtful: 'previously' dates the founding, and a reader might mark the post former;
 # the corpus keeps founder current as a fact of the company's making). Near-miss: none of the competitors' people
 # named
 roles=[R(MAGEE, "founder", EV), R(MAGEE, "vice-president", "Software Support Services", False),
        R(MAGEE, "founder", "M.S. Systems, Inc.")],
 # 'In 1992, Evergreen introduced the 486 SuperChip' -> provider(486 SuperChip, Evergreen Technologies, Inc.);
 # "Cyrix's Cx486 processor" -> provider(Cx486, Cyrix); 'Intel themselves, with their i486 and Pentium OverDrive
 # chips' -> provider Intel for both; 'Kingston Technology, with their TurboChip' -> provider(TurboChip, Kingston
 # Technology); 'Intel 80286 processors' -> provider(Intel 80286, Intel) (the maker in the name and named on its own in
 # the text; a careful reader is sure); 'Evergreen later signed a contract with IBM allowing the latter to capitalize
 # on Evergreen's patents and circuit-board layouts ... in 1994' -> partner(Evergreen Technologies, Inc., IBM) (a
 # licensing contract; GUIDELINES, Relations), direction as written. Near-misses, no relation: 'i386 processors' -> no
 # provider (the text does not say whose; doubtful: a reader who knows the chip would give Intel); 'a CPU upgrade module
 # featuring Cyrix's Cx486 processor' -> no partner(Evergreen, Cyrix) (a part used; no supply contract told; doubtful);
 # "Evergreen's largest competitors included Intel ... and Kingston Technology" -> nothing (rivals); 'their 486 upgrade
 # modules' -> no Service for IBM (unnamed)
 relations=[L("486 SuperChip", "provider", EV), L("Cx486", "provider", "Cyrix"), L("i486", "provider", "Intel"),
            L("Pentium OverDrive", "provider", "Intel"), L("TurboChip", "provider", "Kingston Technology"),
            L("Intel 80286", "provider", "Intel"), L(EV, "partner", "IBM")],
 outages=[],
 # 'from 1989 to 2005' -> each year ('in 1989' the same text and value); 'In 1992', 'in 1994' -> the years; 'in May
 # 1990' -> the month; 'between 1993 and 1998' -> each year; 'By mid-1997' -> the year. Nothing: 'in the 1990s'
 # (a decade), 'in that year' (the same 1997, told by anaphora; published null), '159-fold', '40 percent'
 dates=[D("1989", "1989"), D("2005", "2005"), D("May 1990", "1990-05"), D("1992", "1992"), D("1994", "1994"),
        D("1993", "1993"), D("1998", "1998"), D("mid-1997", "1997")])

# ---- motherboards, US: Micronics Computers --------------------------------------------------------------------------
MC = "Micronics Computers, Inc."
A["wp-micronics-computers"] = dict(
 # the company -> Company 'Micronics Computers, Inc.', aliases 'Micronics Computers' and 'Micronics'; 'Orchid
 # Technology' and 'Diamond Multimedia' -> Company; the founders 'Frank Lin', 'Dean Chang', 'Harvey Wong' and 'Minsiu
 # Huang' -> Person, with their surnames as aliases ('Lin and Chang', "Lin's", 'Wong and Huang'); TeleVideo and
 # 'Silicon Compilers' ('another Silicon Valley hardware company') -> Company; Intel ("Intel's 80286") -> Company; the
 # processors '80286' and 'i386' -> Service; 'San Francisco Bay Area', 'United States', 'Mountain View', California,
 # 'San Francisco', 'San Jose' and 'Silicon Valley' -> Location. No entity: 'IBM PC compatible motherboards' (a class
 # of products named with IBM's name; IBM not named on its own; GUIDELINES, Types), 'OEM', 'graphics adapters and sound
 # cards' (kinds), "Lin's home garage", 'a 400-square-foot office' (unnamed sites), 'Taiwan-American' (an adjective)
 entities=[E("Company", MC, "Micronics Computers", "Micronics"), E("Location", "San Francisco Bay Area"),
           E("Location", "United States"), E("Company", "Orchid Technology"), E("Company", "Diamond Multimedia"),
           E("Person", "Frank Lin", "Lin"), E("Person", "Dean Chang", "Chang"), E("Person", "Harvey Wong", "Wong"),
           E("Person", "Minsiu Huang", "Huang"), E("Location", "Mountain View"), E("Location", "California"),
           E("Location", "San Francisco"), E("Company", "TeleVideo"), E("Location", "San Jose"),
           E("Company", "Silicon Compilers"), E("Location", "Silicon Valley"), E("Company", "Intel"),
           E("Service", "80286"), E("Service", "i386")],
 # 'founded by Frank Lin, Dean Chang, Harvey Wong, and Minsiu Huang' -> cofounder at Micronics Computers, Inc. for
 # each, current true ('Lin and Chang were the company's principal founders' -> no other title: two of four founders,
 # as batch 59j read AST's 'principal founder'). Near-misses: 'Lin worked at TeleVideo', 'Chang worked at Silicon
 # Compilers' -> no role (no title; a reader might give other or executive); 'four Taiwan-American electronics
 # engineers and businessmen' -> no title
 roles=[R("Frank Lin", "cofounder", MC), R("Dean Chang", "cofounder", MC), R("Harvey Wong", "cofounder", MC),
        R("Minsiu Huang", "cofounder", MC)],
 # 'After acquiring Orchid Technology in 1994' -> acquired(Micronics Computers, Inc., Orchid Technology) and
 # parentOrganization(Orchid Technology, Micronics Computers, Inc.); 'In 1998, Micronics was acquired by Diamond
 # Multimedia' -> acquired(Diamond Multimedia, Micronics Computers, Inc.) and parentOrganization(Micronics Computers,
 # Inc., Diamond Multimedia) (completed purchases; GUIDELINES, Relations; the text does not say either target was
 # merged away); "motherboards based on Intel's 80286 and i386 processors" -> provider Intel for both (the possessive
 # covering the pair). Near-misses, no relation: 'Lin worked at TeleVideo', 'Chang worked at Silicon Compilers' ->
 # nothing between those companies and Micronics (the founders' day jobs); 'an OEM vendor of IBM PC compatible
 # motherboards for systems integrators' -> no partner (unnamed customers); 'one of the largest domestic motherboard
 # manufacturers' -> nothing
 relations=[L(MC, "acquired", "Orchid Technology"), L("Orchid Technology", "parentOrganization", MC),
            L("Diamond Multimedia", "acquired", MC), L(MC, "parentOrganization", "Diamond Multimedia"),
            L("80286", "provider", "Intel"), L("i386", "provider", "Intel")],
 outages=[],
 # 'from 1986 to 1998' -> each year ('In 1998' the same text and value); 'in 1994' -> the year; 'in November 1986' ->
 # the month. Nothing: 'in the 1990s' (a decade), '$150,000' (money)
 dates=[D("1986", "1986"), D("1998", "1998"), D("1994", "1994"), D("November 1986", "1986-11")])

# ---- online services, US: The Source ------------------------------------------------------------------------------
SC = "Source Telecomputing Corporation"
RD = "The Reader's Digest Association"
A["wp-the-source"] = dict(
 # the company -> Company 'Source Telecomputing Corporation' (the fullest name, given in parentheses), aliases 'The
 # Source' (the service's and company's name throughout, also in "The Source's") and 'Digital Broadcasting
 # Corporation' ('founded in 1978 as', its first name) (one entity for the service and its company, as batch 59e read
 # CompuServe and batch 59j Prodigy; doubtful: a reader might add a Service 'The Source' run by the company);
 # CompuServe ('rival') -> Company; 'Dialcom Inc.' (alias 'Dialcom') and 'The Reader's Digest Association' (the
 # article's 'The' as written, part of the name) -> Company; 'Bill von Meister', 'Jack R. Taub', 'Robert Ryan' and
 # 'Isaac Asimov' -> Person; McLean, Virginia, 'Silver Spring', MD and 'New York' -> Location. No entity: '1616
 # Anderson Road' and '22102' (a street address and postal code), 'the Scott catalogue of postage stamps' (a book's
 # title; its publisher unnamed), 'FM radio', 'Comdex' (a trade show; GUIDELINES, Types: events), 'information
 # utility' (a phrase)
 entities=[E("Company", SC, "The Source", "Digital Broadcasting Corporation"), E("Company", "CompuServe"),
           E("Location", "McLean"), E("Location", "Virginia"), E("Person", "Bill von Meister"),
           E("Person", "Jack R. Taub"), E("Company", "Dialcom Inc.", "Dialcom"), E("Location", "Silver Spring"),
           E("Location", "MD"), E("Company", RD), E("Person", "Robert Ryan"), E("Location", "New York"),
           E("Person", "Isaac Asimov")],
 # 'founded in 1978 as Digital Broadcasting Corporation by Bill von Meister' -> founder, current true; 'Robert Ryan
 # was the President and CEO of Dialcom for fifteen years' -> president and ceo at Dialcom Inc., current false (a
 # bounded past tenure; doubtful: 'decided to return full-time to Dialcom' keeps him there after The Source, and a
 # reader might keep the posts current); 'concurrently served as the founding President of The Source and remained in
 # that role for three years and then decided to return full-time to Dialcom' -> president at Source Telecomputing
 # Corporation, current false (left). Near-misses: 'with support from Jack R. Taub, a businessman' -> no role (no
 # title at a named organisation; not a cofounder by the text's words, though 'the two hit on the idea'; doubtful);
 # 'founding President' -> no founder role for Ryan (a first holder of the post); 'Isaac Asimov declared it' -> no
 # role (a speaker at the launch)
 roles=[R("Bill von Meister", "founder", SC), R("Robert Ryan", "president", "Dialcom Inc.", False),
        R("Robert Ryan", "ceo", "Dialcom Inc.", False), R("Robert Ryan", "president", SC, False)],
 # 'it was purchased by rival CompuServe' -> acquired(CompuServe, Source Telecomputing Corporation) and
 # parentOrganization(Source Telecomputing Corporation, CompuServe); 'until the sale of The Source to The Reader's
 # Digest Association' -> acquired(The Reader's Digest Association, Source Telecomputing Corporation) and
 # parentOrganization (a completed sale told as past; relations carry no time, GUIDELINES, Relations); 'Dialcom Inc.
 # ... was the backbone of The Source and supplied all of the networking, computing power and software development'
 # -> partner(Dialcom Inc., Source Telecomputing Corporation) (a supplier; GUIDELINES, Relations), direction as
 # written. Near-misses, no relation: 'discontinued sometime thereafter' -> nothing (the service's end, no outage);
 # Ryan's two posts -> no relation between Dialcom and The Source beyond the supply (shared management is no
 # ownership); 'announced at Comdex' -> nothing
 relations=[L("CompuServe", "acquired", SC), L(SC, "parentOrganization", "CompuServe"), L(RD, "acquired", SC),
            L(SC, "parentOrganization", RD), L("Dialcom Inc.", "partner", SC)],
 outages=[],
 # 'from 1978 to 1989' -> each year ('in 1978' the same text and value); 'in June 1979' -> the month. Nothing: 'the
 # following month' (July 1979 by the text's own anchor, but relative; published null), 'for fifteen years', 'for
 # three years' (spans), 'US$100', '$2.75 per hour' (money)
 dates=[D("1978", "1978"), D("1989", "1989"), D("June 1979", "1979-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
