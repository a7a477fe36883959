#!/usr/bin/env python3
"""Batch 56j gold annotations (the texts of batch56j.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd and 56b; batch10_annotate.write_parts), so with three texts: test,
train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'Today',
'Throughout its early years', 'initially', 'later' and 'subsequently' -> nothing; 'the period 2018 to 2021' -> the two
years. No text tells an outage, so every `outages` list is empty; one tells a near-miss (Bahnhof: the police's seizure
of four servers the company said were not its own), and one a provider dropping a customer (WikiLeaks 'kicked off of
Amazon Web Services'), neither a service users lost through a failure (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b): a
company 'acquired by' another -> acquired and parentOrganization(target, buyer) (ownership that a spin-out ended kept:
relations carry no time); 'owned by' and 'design services division' -> parentOrganization; 'its history goes back to
... as X', 'became known as', 'spun out as' and a founding under an earlier name -> aliases of one entity (GUIDELINES,
Types: former names are aliases); 'founded ... by A' -> founder, current true; 'Non-Executive Chairman' -> chairman
('executive chairman' -> chairman; the non-executive form likewise), current true for the one appointed and false for
the one he replaced ('to replace'); 'former ... executive' -> executive, current false; 'a lecturer in the Department
... at the University of Leeds' -> other at the university (as batch 40zd, after 40z and 40zb, read a professor;
current true: the text does not say he left); 'its chairman' -> chairman; 'employee' -> no role (no title); a
customer buying a service from a named company ('bought server space from') and research contracts with a named
agency -> partner; a listing on a market -> nothing (the market a Company, as stock exchanges); industry standards
and interfaces (RapidIO, PCI Express, ...) -> no entity (as batches 26b and 32c); a named bunker, science park and
street -> Location (named sites and facilities); a racing team -> Organization (sports teams, as batch 20a's 'McLaren
Mercedes'); 'UK' and 'US' used as modifiers -> Location (as batch 51k read 'a UK defence company'); nationality and
language adjectives ('Swedish', 'German') -> nothing.
usage: batch56j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- internet services, Sweden: Bahnhof ---------------------------------------------------------------------------
BH = "Bahnhof"
WL = "WikiLeaks"
A["wp-bahnhof"] = dict(
 # the ISP -> Company 'Bahnhof' ('Bahnhof's' possessive-free; the infobox's 'Bahnhof AB' is cut); Nasdaq First North
 # and Aktietorget (the markets its shares trade on; exchanges are Company) and Amazon Web Services -> Company;
 # WikiLeaks (alias 'Wikileaks', the text's other spelling) -> Organization (a publishing organisation, not a business,
 # as the corpus types it); 'the Swedish police' -> Organization 'Swedish police' (a police force named by its country,
 # as batch 10b kept 'Hampshire police'; doubtful: lower case, a reader might leave it out); Oscar Swartz and Jon
 # Karlung -> Person; Uppsala, Sweden, Stockholm, Gothenburg, Borlänge, Malmö, Umeå and the White Mountains ->
 # Location; Pionen ('the ultra-secure bunker Pionen', 'the former civil defence center Pionen') -> Location (a
 # named facility).
 # No entity: 'BAHN-B' (the share's trading name, not the company's; doubtful: a reader might alias it); 'the Afghan War
 # documents leak' (an event); 'German', 'Swedish' (adjectives); 'ISP' (generic); 'the White Mountains' kept as one
 # place, not split from Stockholm
 entities=[E("Company", BH), E("Person", "Oscar Swartz"), E("Location", "Uppsala"), E("Location", "Sweden"),
           E("Location", "Stockholm"), E("Location", "Gothenburg"), E("Location", "Borl\u00e4nge"),
           E("Location", "Malm\u00f6"), E("Location", "Ume\u00e5"), E("Company", "Nasdaq First North"),
           E("Organization", WL, "Wikileaks"), E("Location", "Pionen"), E("Location", "White Mountains"),
           E("Company", "Aktietorget"), E("Company", "Amazon Web Services"), E("Person", "Jon Karlung"),
           E("Organization", "Swedish police")],
 # 'founded in 1994 by Oscar Swartz' (twice) -> founder at Bahnhof, current true; 'it bought server space from Bahnhof,
 # as its chairman Jon Karlung said' -> chairman at Bahnhof, current true ('its' read as Bahnhof's, the company last
 # named; doubtful: the sentence's subject 'it' is WikiLeaks, and the cut infobox calls Karlung CEO). Near-misses, no
 # role: none else named (the staff who bought the servers are unnamed)
 roles=[R("Oscar Swartz", "founder", BH), R("Jon Karlung", "chairman", BH)],
 # 'WikiLeaks used to be hosted in a Bahnhof data center' and 'it bought server space from Bahnhof' ->
 # partner(WikiLeaks, Bahnhof) (a customer buying hosting; direction as written, the buyer first; the customer relation
 # the text ends, 'later changed providers again', kept: relations carry no time). Near-misses, no relation: 'WikiLeaks
 # was kicked off of Amazon Web Services' -> no partner(WikiLeaks, Amazon Web Services) (the text tells the end of a
 # hosting it never states; doubtful: a reader might infer the earlier customer relation); 'listed on Nasdaq First
 # North', 'publicly traded ... (Aktietorget)' -> nothing (listings); 'a Bahnhof data center inside the ultra-secure
 # bunker Pionen' -> no relation (a site, no organisation; GUIDELINES, Types: no relation attaches to sites); 'the
 # Swedish police confiscated four servers placed in the Bahnhof premises' -> nothing (a seizure, no relation);
 # 'Bahnhof auctioned off the servers' -> nothing (an asset sale, unnamed buyers). Near-misses, no outage: the
 # police's seizure of four servers (not the company's own, it said; no service said to be lost; a government act,
 # as GUIDELINES excludes government orders); WikiLeaks 'kicked off of Amazon Web Services' (a provider ending a
 # customer's hosting, no failure told); 'changed providers' (a move)
 relations=[L(WL, "partner", BH)],
 outages=[],
 # 'in 1994' (twice) listed once; 'since December 2007', 'On 11 September 2008', 'in December 2010', 'On 10 March 2005'
 # -> the months and days; 'Today' -> nothing (published null)
 dates=[D("1994", "1994"), D("December 2007", "2007-12"), D("11 September 2008", "2008-09-11"),
        D("December 2010", "2010-12"), D("10 March 2005", "2005-03-10")])

# ---- electronics, UK: Filtronic -----------------------------------------------------------------------------------
FT = "Filtronic"
UL = "University of Leeds"
A["wp-filtronic"] = dict(
 # the company -> Company 'Filtronic' ('FTC.L' is its ticker, no alias); the London Stock Exchange (exchanges are
 # Company) and Ferranti -> Company; McLaren F1 -> Organization (a racing team; sports teams are Organization, as
 # batch 20a's 'McLaren Mercedes'; doubtful: a reader might make it a Company); the University of Leeds, its 'Department
 # of Electrical and Electronic Engineering' (a named unit of the university) and the European Space Agency ->
 # Organization; Jonathan Neale, Reg Gott and John David Rhodes ('Professor John David Rhodes'; 'He') -> Person; 'the
 # Panavia Tornado aircraft' -> Service 'Panavia Tornado' (aircraft models; Panavia named only inside it, so no Company
 # Panavia); NETPark (a named science park), County Durham, Leeds, Manchester, Cambridge, Salisbury and 'MD' (Maryland
 # by its postal abbreviation; doubtful: a reader might keep 'Salisbury, MD' as one place or leave 'MD' out) ->
 # Location; 'UK' ('a UK public limited company', 'a UK university') and 'US' ('a US manufacturing site') -> Location
 # (names used as modifiers, as batch 51k). No entity: 'AIM' (a market segment named only in 'AIM-listed'; a
 # reader might add it), 'Queen's Award for Enterprise, International Trade' (an award), 'the University' (a short
 # description of the University of Leeds, not an alias; doubtful: capitalised), RF/microwave/mmWave components,
 # satellite borne filters and multiplexer design software (generic products)
 entities=[E("Company", FT), E("Company", "London Stock Exchange"), E("Location", "UK"), E("Location", "NETPark"),
           E("Location", "County Durham"), E("Location", "Leeds"), E("Location", "Manchester"),
           E("Location", "Cambridge"), E("Location", "US"), E("Location", "Salisbury"), E("Location", "MD"),
           E("Organization", "McLaren F1"), E("Person", "Jonathan Neale"), E("Person", "Reg Gott"),
           E("Person", "John David Rhodes"), E("Organization", "Department of Electrical and Electronic Engineering"),
           E("Organization", UL), E("Service", "Panavia Tornado"), E("Company", "Ferranti"),
           E("Organization", "European Space Agency")],
 # 'Jonathan Neale was appointed as Non-Executive Chairman of Filtronic' -> chairman at Filtronic, current true;
 # 'to replace Reg Gott' -> chairman at Filtronic, current false (replaced; the post is the one Neale took);
 # 'former McLaren F1 executive Jonathan Neale' -> executive at McLaren F1, current false ('former'); 'Filtronic was
 # founded in 1977 by Professor John David Rhodes' -> founder at Filtronic, current true; 'who was a lecturer in the
 # Department of Electrical and Electronic Engineering at the University of Leeds' -> other at the University of Leeds
 # (an academic post, as batches 40z, 40zb and 40zd gave professors; at the university, as batch 40zd placed 'civil
 # engineering professor Fred Merryfield' at his; current true: 'was' tells it of 1977, and the text does
 # not say he left; doubtful: a reader might give false or place it at the department). Near-misses, no role:
 # 'Professor' (an academic rank, no second role); the infobox's CEO and CFO (cut, not in the text)
 roles=[R("Jonathan Neale", "chairman", FT), R("Reg Gott", "chairman", FT, False),
        R("Jonathan Neale", "executive", "McLaren F1", False), R("John David Rhodes", "founder", FT),
        R("John David Rhodes", "other", UL)],
 # 'the Department of Electrical and Electronic Engineering at the University of Leeds' ->
 # parentOrganization(department, University of Leeds) (a unit of the university); 'Initial funding for Filtronic was
 # mainly from research contracts with the European Space Agency for satellite borne filters' -> partner(Filtronic,
 # European Space Agency) (contracts between two named organisations; direction as written, Filtronic first); 'He
 # started the company to design electronic filters for the Panavia Tornado aircraft, which were then manufactured by
 # Ferranti' -> partner(Filtronic, Ferranti) (Filtronic designed what Ferranti made: a design-and-manufacture relation;
 # doubtful: no contract word, and 'which' might be read as the aircraft, so a reader might leave it out). Near-misses,
 # no relation: 'AIM-listed on the London Stock Exchange' -> nothing (a listing); 'continued to enjoy a close
 # affiliation with the University' -> no partner(Filtronic, University of Leeds) (an affiliation of unstated kind, no
 # contract or partnership named; doubtful: a reader might give partner); 'spun out of a UK university' -> no
 # parentOrganization (a spin-out is no ownership told); 'Panavia Tornado' -> no provider (Ferranti made the filters,
 # not the aircraft, and Panavia is not named on its own); 'Queen's Award' -> nothing (an award)
 relations=[L("Department of Electrical and Electronic Engineering", "parentOrganization", UL),
            L(FT, "partner", "European Space Agency"), L(FT, "partner", "Ferranti")],
 outages=[],
 # 'a 2021 Queen's Award' and 'the period 2018 to 2021' -> '2021' (listed once) and '2018'; 'In November 2021',
 # 'in 1977', 'in 2004' -> the month and years
 dates=[D("2021", "2021"), D("2018", "2018"), D("November 2021", "2021-11"), D("1977", "1977"), D("2004", "2004")])

# ---- semiconductors, Canada: Tundra Semiconductor -----------------------------------------------------------------
TS = "Tundra Semiconductor Corporation"
IDT = "Integrated Device Technology"
NN = "Newbridge Networks Corporation"
SLE = "Silicon Logic Engineering, Inc."
A["wp-tundra-semiconductor"] = dict(
 # the company -> Company 'Tundra Semiconductor Corporation', aliases 'Tundra', 'Tundra Semiconductor' (the name it was
 # spun out under), 'Calmos Semiconductor' and 'Calmos Microsystems' (its first name, written both ways: 'its history
 # goes back to 1983 as Calmos Semiconductor' and 'John Roberts founded Calmos Microsystems in April 1983'; doubtful: a
 # reader might keep the two Calmos forms, or Calmos altogether, apart) and 'Newbridge Microsystems' (its name under
 # Newbridge); Integrated Device Technology (alias 'IDT': the owner of the first paragraph and the buyer of 'acquired by
 # IDT'), Newbridge Networks Corporation, Silicon Logic Engineering, Inc., MicroSystems International and Mosaid ->
 # Company; John Roberts -> Person; Ottawa, Ontario, Canada, Kanata and Edgewater Road (a named street, as the corpus
 # types streets) -> Location. No entity: RapidIO, PCI, PCI-X, PCI Express, Power ISA, VME, HyperTransport,
 # Interlaken, SPI4.2 (industry standards and interfaces, 'standards' in the text's words), ASIC and FPGA (kinds of
 # chip), 'System Interconnect products' and 'communications, computing and storage companies' (generic)
 entities=[E("Company", TS, "Tundra", "Tundra Semiconductor", "Calmos Semiconductor", "Newbridge Microsystems",
             "Calmos Microsystems"),
           E("Location", "Ottawa"), E("Location", "Ontario"), E("Location", "Canada"), E("Company", IDT, "IDT"),
           E("Company", SLE), E("Company", NN), E("Company", "MicroSystems International"), E("Company", "Mosaid"),
           E("Person", "John Roberts"), E("Location", "Kanata"), E("Location", "Edgewater Road")],
 # 'John Roberts founded Calmos Microsystems in April 1983' -> founder at Tundra Semiconductor Corporation (Calmos is
 # the company's first name), current true. Near-misses, no role: 'Former MicroSystems International and Mosaid
 # employee John Roberts' -> no role at either (an employee, no title; a reader might give executive or other,
 # current false); 'run out of his home' -> nothing
 roles=[R("John Roberts", "founder", TS)],
 # 'It is owned by Integrated Device Technology' and 'In June 2009 Tundra was acquired by IDT' -> acquired(IDT, Tundra)
 # + parentOrganization(Tundra, IDT); 'Calmos Semiconductor, which was subsequently acquired in 1989 by Newbridge
 # Networks Corporation, where it became known as Newbridge Microsystems' -> acquired(Newbridge Networks Corporation,
 # Tundra) + parentOrganization (ownership the spin-out of 1995 ended, kept: relations carry no time); 'Tundra's design
 # services division, Silicon Logic Engineering, Inc.' -> parentOrganization(Silicon Logic Engineering, Inc., Tundra).
 # Near-misses, no relation: 'in 1995 was spun out as Tundra Semiconductor' -> nothing more (the end of an ownership;
 # no buyer); 'Tundra supplies communications, computing and storage companies' -> no partner (no customer named);
 # 'Former MicroSystems International and Mosaid employee' -> no relation between those companies and Tundra (a
 # person's past employers); 'had raised $800,000 in funds' -> nothing (no investor named)
 relations=[L(IDT, "acquired", TS), L(TS, "parentOrganization", IDT), L(NN, "acquired", TS),
            L(TS, "parentOrganization", NN), L(SLE, "parentOrganization", TS)],
 outages=[],
 # 'in 1995' (twice) listed once; 'to 1983', 'in 1989', 'In June 2009', 'in April 1983' -> the years and months
 dates=[D("1995", "1995"), D("1983", "1983"), D("1989", "1989"), D("June 2009", "2009-06"),
        D("April 1983", "1983-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
