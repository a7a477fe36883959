#!/usr/bin/env python3
"""Batch 70m gold annotations (the texts of batch70m.py; session 64, round notes /tmp/gather70m/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70f; batch10_annotate.write_parts), so with three
texts: wp-mirrorsoft test, wp-stax-records train, wp-telecomsoft dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); full days ('5 November
1991') -> the days; 'Boxing Day 1984' -> 1984-12-26 (Boxing Day is 26 December); months with years ('July 1984',
'September 1961', 'November 1984', 'February 1985') -> the months; 'late 1983', 'early 1992' -> the years ('late 2006'
-> the year); 'the early 1980s' (a decade), '1987/88' (a financial year, not a calendar year), 'Over the next five
years', 'the early days' -> nothing. No text tells an outage, so every `outages` list is empty (no near-miss told
either).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70f): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company ('founded by Jim Mackonochie'; 'founded by Ederyn
Williams') is `founder`, current true; two named together ('founded by two siblings, business partners Jim Stewart
and Estelle Axton') are each `cofounder`; 'development manager' -> executive (GUIDELINES, Roles: 'manager' ->
executive), current false where the text moves the person from the post ('permanently moved from development manager
of Mirror Group'); 'managing director' -> director (GUIDELINES, Roles), current true (no end told); owners and
co-owners ('Robert Maxwell-owned', 'a new co-owner, Al Bell', 'owner of budget software publisher Micro-Gold') -> no
role (no post; as earlier batches' owners); 'a division of' -> parentOrganization; a completed takeover ('was acquired
by') -> acquired and parentOrganization; a distribution deal between two named companies -> partner (GUIDELINES,
Relations: supply/customer contract; the deal's end told, relations carry no time); a sister label and a rival -> no
relation; game labels and price ranges of a publisher ('Firebird', 'Rainbird', 'Silverbird', 'the Firebird Silver
label') -> Service with provider the company that runs them (as batch 40ze's imprints and earlier rounds' publishing
labels), a record company -> Company; labels sold ('sold the three labels to MicroProse') -> no acquired (labels are
no company; GUIDELINES, Relations: asset purchases -> nothing), the buyer recorded as provider beside the seller
(ownership told, past ownership still recorded; doubtful); games, software and computers -> Service (GUIDELINES,
Types), provider only where the text names the maker or publisher; a band -> Organization; genres -> no entity.
usage: batch70m_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- software, UK: Mirrorsoft -------------------------------------------------------------------------------------
MI = "Mirrorsoft"
MG = "Mirror Group Newspapers"
A["wp-mirrorsoft"] = dict(
 # the publisher -> Company 'Mirrorsoft'; Mirror Group Newspapers -> Company (a newspaper group, GUIDELINES, Types:
 # news organisations are Company), aliases 'Mirror Group' and 'Mirror' ('Mirror, as a communications company',
 # 'Mirror's board of directors'); Mirror Boats and Mirror Books (the group's non-newspaper operations) -> Company
 # each (doubtful: a reader might take them for brands, Service); Maxwell Communications -> Company; Jim Mackonochie
 # (alias 'Mackonochie'), Robert Maxwell (alias 'Maxwell': 'Maxwell's son') and Kevin (Maxwell's son, named by his
 # first name only) -> Person; the U.S. -> Location; the Commodore PET (a computer), VisiCalc (a spreadsheet
 # application), Fleet Street Publisher (a desktop publishing program) and the Atari ST (a computer) -> Service
 # (GUIDELINES, Types: software and devices). No entity: 'British' (an adjective); 'a software label' (unnamed)
 entities=[E("Company", MI), E("Person", "Jim Mackonochie", "Mackonochie"),
           E("Company", MG, "Mirror Group", "Mirror"), E("Location", "U.S."), E("Service", "Commodore PET"),
           E("Service", "VisiCalc"), E("Company", "Mirror Boats"), E("Company", "Mirror Books"),
           E("Person", "Robert Maxwell", "Maxwell"), E("Company", "Maxwell Communications"), E("Person", "Kevin"),
           E("Service", "Fleet Street Publisher"), E("Service", "Atari ST")],
 # 'founded by Jim Mackonochie' -> founder (one person named alone), current true; 'worked as development manager for
 # ... Mirror Group Newspapers' -> executive at Mirror Group Newspapers, current false ('permanently moved from
 # development manager of Mirror Group'); 'full-time managing director of Mirrorsoft' -> director, current true (no end
 # told). Near-misses, no role: 'Robert Maxwell-owned Maxwell Communications' (an owner, no post); Kevin ('Maxwell's
 # son', no post named); 'Mirror's board of directors' (no member named)
 roles=[R("Jim Mackonochie", "founder", MI), R("Jim Mackonochie", "executive", MG, False),
        R("Jim Mackonochie", "director", MI)],
 # 'as a division of Mirror Group Newspapers' -> parentOrganization (Mirrorsoft, MGN); 'the group's non-newspaper
 # operations, which already included Mirror Boats and Mirror Books' -> parentOrganization (each, MGN) (doubtful, as
 # their type); 'Mirror Group was acquired by Robert Maxwell-owned Maxwell Communications' -> acquired (Maxwell
 # Communications, MGN) and parentOrganization (MGN, Maxwell Communications); 'Mirrorsoft released a desktop
 # publishing program, Fleet Street Publisher' -> provider (Fleet Street Publisher, Mirrorsoft). Near-misses, no
 # relation: the Commodore PET, VisiCalc and the Atari ST (no maker named); Maxwell's ownership (a person)
 relations=[L(MI, "parentOrganization", MG), L("Mirror Boats", "parentOrganization", MG),
            L("Mirror Books", "parentOrganization", MG), L("Maxwell Communications", "acquired", MG),
            L(MG, "parentOrganization", "Maxwell Communications"), L("Fleet Street Publisher", "provider", MI)],
 outages=[],
 # 'between 1983 and 1991', 'in 1983' -> '1983' once, '1991'; 'early 1992' -> 1992; 'late 1983' -> 1983 (its own
 # text); 'In July 1984'; 'Boxing Day 1984' -> 1984-12-26; 'In 1986'; 'On 5 November 1991'. No date: 'the early 1980s'
 dates=[D("1983", "1983"), D("1991", "1991"), D("early 1992", "1992"), D("late 1983", "1983"),
        D("July 1984", "1984-07"), D("Boxing Day 1984", "1984-12-26"), D("1986", "1986"),
        D("5 November 1991", "1991-11-05")])

# ---- music, US: Stax Records --------------------------------------------------------------------------------------
ST = "Stax Records"
A["wp-stax-records"] = dict(
 # the record company -> Company 'Stax Records', aliases 'Stax' and 'Satellite Records' (its first name: 'Founded in
 # 1957 as Satellite Records'); Volt Records (a sister label), Atlantic Records and Motown Records -> Company; Jim
 # Stewart (alias 'Stewart'), Estelle Axton (alias 'Axton'), Rob Bowman, Otis Redding and Al Bell (alias 'Bell') ->
 # Person; Booker T. & the M.G.'s (the house band) -> Organization (GUIDELINES, Types: bands); Memphis, Tennessee and
 # Detroit -> Location. No entity: 'Southern soul', 'Memphis soul', gospel, funk, blues (genres); 'the South' (a
 # region named only as 'the South' in 'Memphis and the South'; doubtful: a reader might annotate it, Location);
 # 'American' (an adjective)
 entities=[E("Company", ST, "Stax", "Satellite Records"), E("Location", "Memphis"), E("Location", "Tennessee"),
           E("Company", "Volt Records"), E("Person", "Jim Stewart", "Stewart"), E("Person", "Estelle Axton", "Axton"),
           E("Organization", "Booker T. & the M.G.'s"), E("Person", "Rob Bowman"), E("Person", "Otis Redding"),
           E("Company", "Atlantic Records"), E("Person", "Al Bell", "Bell"), E("Company", "Motown Records"),
           E("Location", "Detroit")],
 # 'The label was founded by two siblings, business partners Jim Stewart and Estelle Axton' -> cofounder each (two
 # named together; GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'a new co-owner, Al Bell' and
 # 'under the supervision of' (an owner, no post named; doubtful: a reader might give Bell head or executive);
 # 'ethnomusicologist Rob Bowman' (no organisation); Otis Redding 'Stax's biggest star' (an artist, no post)
 roles=[R("Jim Stewart", "cofounder", ST), R("Estelle Axton", "cofounder", ST)],
 # 'the severance of the label's distribution deal with Atlantic Records in 1968' -> partner (Stax Records, Atlantic
 # Records) (a distribution contract between two named companies; relations carry no time; doubtful: the text tells
 # the deal only at its end). Near-misses, no relation: 'sister label Volt Records' (no owner told); 'Stax's main
 # rival, Motown Records' (rivals); Al Bell as co-owner (a person)
 relations=[L(ST, "partner", "Atlantic Records")],
 outages=[],
 # 'Founded in 1957'; 'in September 1961' -> 1961-09; 'in 1967'; 'in 1968'. No date: 'Over the next five years'
 # (relative, `published` null), 'that time'
 dates=[D("1957", "1957"), D("September 1961", "1961-09"), D("1967", "1967"), D("1968", "1968")])

# ---- software, UK: Telecomsoft ------------------------------------------------------------------------------------
TS = "Telecomsoft"
BT = "British Telecom"
A["wp-telecomsoft"] = dict(
 # the division -> Company 'Telecomsoft' (a publisher run as a business); British Telecom -> Company, alias 'BT';
 # MicroProse and Micro-Gold (a budget software publisher) -> Company; the labels Firebird (alias 'Firefly Software',
 # its first name: 'Originally named Firefly Software, the label had to be renamed'), Rainbird and Silverbird, and the
 # 'Firebird Silver label' (Firebird's budget range) -> Service (publishing labels; doubtful: the labels were sold as
 # businesses, and Firebird Silver might be read as part of Firebird); Ederyn Williams, James Leavey and Tony Rainbird
 # -> Person; the UK -> Location; the games The Wild Bunch, Booty, Bird Strike, Ghostbusters and Daley Thompson's
 # Decathlon and the computers ZX Spectrum, Commodore 64 and BBC Micro -> Service (GUIDELINES, Types: games, devices).
 # No entity: 'British' (an adjective); 'another company' (unnamed)
 entities=[E("Company", TS), E("Company", BT, "BT"), E("Person", "Ederyn Williams"),
           E("Service", "Firebird", "Firefly Software"), E("Service", "Rainbird"), E("Service", "Silverbird"),
           E("Person", "James Leavey"), E("Person", "Tony Rainbird"), E("Company", "MicroProse"),
           E("Company", "Micro-Gold"), E("Service", "Firebird Silver"), E("Service", "The Wild Bunch"),
           E("Service", "ZX Spectrum"), E("Service", "Booty"), E("Service", "Commodore 64"),
           E("Service", "Bird Strike"), E("Service", "BBC Micro"), E("Location", "UK"), E("Service", "Ghostbusters"),
           E("Service", "Daley Thompson's Decathlon")],
 # 'The company was founded by Ederyn Williams in 1984' -> founder (one person named alone), current true.
 # Near-misses, no role: James Leavey ('The first employee', 'the driving force'; no post named); Tony Rainbird
 # ('owner of budget software publisher Micro-Gold': an owner, no post; 'the driving force' at Telecomsoft, no post)
 roles=[R("Ederyn Williams", "founder", TS)],
 # 'a division of British Telecom' -> parentOrganization (Telecomsoft, British Telecom); 'operated three separate
 # labels: Firebird, Rainbird, and Silverbird' -> provider (each, Telecomsoft); 'the Firebird Silver label' (a
 # Telecomsoft label, under Firebird) -> provider (Firebird Silver, Telecomsoft) (doubtful); 'British Telecom sold the
 # three labels to MicroProse' ... 'MicroProse sold the Silverbird label soon after acquisition, but continued to use
 # the Rainbird and Firebird labels' -> provider (each, MicroProse) (ownership told, past ownership still recorded;
 # doubtful: a reader might record nothing for a sale of labels); the first titles 'published on the Firebird Silver
 # label' (The Wild Bunch, Booty, Bird Strike) -> provider (each, Telecomsoft) (the publisher the text names through
 # its label; doubtful). Near-misses, no relation: the sale of the labels -> no acquired (labels, not a company;
 # GUIDELINES, Relations: asset purchases -> nothing); 'a failed management buyout' (abandoned); Micro-Gold (Tony
 # Rainbird's company, no tie to Telecomsoft told); ZX Spectrum, Commodore 64, BBC Micro, Ghostbusters and Daley
 # Thompson's Decathlon (no maker named)
 relations=[L(TS, "parentOrganization", BT), L("Firebird", "provider", TS), L("Rainbird", "provider", TS),
            L("Silverbird", "provider", TS), L("Firebird Silver", "provider", TS),
            L("Silverbird", "provider", "MicroProse"), L("Rainbird", "provider", "MicroProse"),
            L("Firebird", "provider", "MicroProse"), L("The Wild Bunch", "provider", TS),
            L("Booty", "provider", TS), L("Bird Strike", "provider", TS)],
 outages=[],
 # 'in 1984' (twice, once); 'in 1989'; 'in November 1984' -> 1984-11; 'In February 1985' -> 1985-02. No date:
 # '1987/88' (a financial year), 'the early days', 'soon after acquisition', 'for a short period'
 dates=[D("1984", "1984"), D("1989", "1989"), D("November 1984", "1984-11"), D("February 1985", "1985-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
