#!/usr/bin/env python3
"""Batch 67f gold annotations (the texts of batch67f.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66k; batch10_annotate.write_parts), so with three texts: wp-convex-computer test, wp-ohio-scientific
train, wp-synoptics dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a
span ('from 1975 to 1986', 'from 1985 until 1994') -> both years as items (as batches 61e-66k); 'by the end of 1980'
-> 'the end of 1980' as the year (GUIDELINES, Dates: 'the end of last year' -> the year; its own item beside the
bare '1980' of 'In 1980', another text with the same value); decades and parts of them ('the late 1980s', 'the early
1990s'; no ISO value the format takes, as batches 60c-66k) and 'for some time' -> nothing. No text tells an outage, so
every `outages` list is empty; one tells a near-miss of one (Ohio Scientific's 'The flagship Aurora factory ... was
finally shut down in October 1983': a plant its owner closed, no service users lost, GUIDELINES, Outages: business
failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66k): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people the text names together as founding a company are each `cofounder` ('founded in 1985 by
Andrew K. Ludwick and Ronald V. Schmidt'; 'Convex was formed in 1982 by Bob Paluck and Steve Wallach'; 'The company
was incorporated as Ohio Scientific Instruments ... by husband and wife Mike and Charity Cheiky and business associate
Dale A. Dreisbach', doubtful: 'incorporated by' read as founding, the article's infobox, cut, names the three its
founders), current true; a couple named 'Mike and Charity Cheiky' -> Person 'Mike' (the first name only, as batch
64c's 'Max' of 'Max and Morris Feldberg' and batch 64h's 'Carl') and Person 'Charity Cheiky'; people who 'worked at' a
research centre -> no role (no post); 'X was acquired by Y', 'Y sold the division to Z', 'HP bought the company' ->
acquired and parentOrganization for each completed purchase (GUIDELINES, Relations; ownership told as past still
recorded, so Ohio Scientific has three parents in turn); 'rivals' -> nothing; computers, computer series and models, a
processor series, an operating system, Unix and a network product -> Service (GUIDELINES, Types: devices, software;
Unix as batches before took it), with provider where the text says or makes sure who made it ('Their best-known
products were'; 'The most significant product that Synoptics produced'; 'Their first machine was the C1'; "HP's
V-Class machines"); a company's former and later names -> aliases (GUIDELINES, Types: Ohio Scientific Instruments,
M/A-COM Office Systems, Parsec) and a product's first name too ('LattisNet (originally named AstraNet)'); a company
named only inside a product's name stays no entity unless also named alone (Hewlett-Packard is, as 'HP': the Company
takes the name 'Hewlett-Packard' with alias 'HP', the processor series the full name 'Hewlett-Packard PA-RISC',
doubtful); a research centre -> Location (GUIDELINES, Types: named sites and facilities, a research centre; no role or
relation attaches: Xerox's Palo Alto Research Center, doubtful); technologies, standards and protocols (Ethernet,
10BASE-T, 10BASE-2, 100BASE-TX, StarLAN as one of 'several different methods and standards', CMOS, 'vector
processor'), kinds of machines ('minisupercomputers', 'single-board computers', 'business systems') and adjectives
('American') -> nothing.
usage: batch67f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- computer hardware, US: Convex Computer ------------------------------------------------------------------------
CVX = "Convex Computer"
HP = "Hewlett-Packard"
CR = "Cray Research"
A["wp-convex-computer"] = dict(
 # the company -> Company 'Convex Computer', aliases 'Convex' and its first name 'Parsec' ('It was originally named
 # Parsec'); the buyer -> Company 'Hewlett-Packard', alias 'HP' (the company is named alone as 'HP' three times, so it
 # is an entity; its fullest form is the one inside 'the Hewlett-Packard PA-RISC CPU series'; doubtful: a reader
 # might name the company 'HP' only); Cray Research -> Company, alias 'Cray' ("not as technologically aggressive as
 # Cray's"; 'the Cray machines'; doubtful: 'double that of the Cray' means a Cray machine, one surface form given to
 # the company); Bob Paluck and Steve Wallach -> Person; Richardson and Texas -> Location; the Exemplar series, the
 # processor series 'Hewlett-Packard PA-RISC' (the product takes the full name, GUIDELINES, Types), HP's V-Class
 # machines, the C1, the C2, the Cray-1, Unix, BSD ('a BSD version of Unix'; doubtful: a Unix line read as a named
 # software product) and ConvexOS -> Service. No entity: 'vector minisupercomputers', 'supercomputers', 'parallel
 # computing machines' (kinds of machines); 'vector processor', 'CMOS chips', 'virtual memory', 'vectorizing
 # compilers' (technologies); 'MFLOP/s', '64-bit' (units)
 entities=[E("Company", CVX, "Convex", "Parsec"), E("Service", "Exemplar"), E("Service", "Hewlett-Packard PA-RISC"),
           E("Company", HP, "HP"), E("Service", "V-Class"), E("Person", "Bob Paluck"), E("Person", "Steve Wallach"),
           E("Location", "Richardson"), E("Location", "Texas"), E("Company", CR, "Cray"), E("Service", "C1"),
           E("Service", "Cray-1"), E("Service", "BSD"), E("Service", "Unix"), E("Service", "ConvexOS"),
           E("Service", "C2")],
 # 'Convex was formed in 1982 by Bob Paluck and Steve Wallach' -> cofounder at Convex Computer for each (named
 # together, GUIDELINES, Roles, 'Founders'; 'formed' read as founded), current true. No other person is named
 roles=[R("Bob Paluck", "cofounder", CVX), R("Steve Wallach", "cofounder", CVX)],
 # 'in 1995, HP bought the company' -> acquired(Hewlett-Packard, Convex Computer) and parentOrganization(Convex
 # Computer, Hewlett-Packard); 'Their later Exemplar series' -> provider(Exemplar, Convex Computer); 'the
 # Hewlett-Packard PA-RISC CPU series' -> provider(Hewlett-Packard PA-RISC, Hewlett-Packard) (the maker's name in the
 # product's); "HP's V-Class machines" -> provider(V-Class, Hewlett-Packard); 'Their first machine was the C1' and
 # 'The C2 was a ... version of the C1' -> provider of each to Convex Computer; 'the Cray Research vector processor
 # machines' with 'the Cray-1' -> provider(Cray-1, Cray Research) (doubtful: the text never says 'Cray Research's
 # Cray-1'; a careful reader is sure of the maker from the name and 'the Cray machines'); 'The machines ran a BSD
 # version of Unix known as ConvexOS' -> provider(ConvexOS, Convex Computer) (doubtful: the machines are Convex's and
 # the system carries its name; the text does not say who wrote it). Near-misses, no relation: 'Exemplar machines were
 # offered for sale by HP for some time' (HP sold its new subsidiary's machines: no second provider for Exemplar, the
 # parent link holds the tie; a reader might add provider(Exemplar, Hewlett-Packard)); 'Exemplar series ... were based
 # on the Hewlett-Packard PA-RISC CPU series' (a part inside a product: no partner or supply contract told between the
 # two companies before the purchase; a reader might give partner(Convex Computer, Hewlett-Packard)); 'Exemplar
 # technology was used in HP's V-Class machines' (technology carried over, no relation); 'very similar in architecture
 # to the Cray Research ... machines', 'not as technologically aggressive as Cray's' (a comparison, competition: no
 # relation); Unix and BSD (no maker named: no provider)
 relations=b10.acq(HP, CVX) + [L("Exemplar", "provider", CVX), L("Hewlett-Packard PA-RISC", "provider", HP),
            L("V-Class", "provider", HP), L("C1", "provider", CVX), L("C2", "provider", CVX),
            L("Cray-1", "provider", CR), L("ConvexOS", "provider", CVX)],
 outages=[],
 # 'in 1995', 'in 1982', 'released in 1985', 'released in 1988' -> the years. No date: 'for some time' (vague);
 # '64-bit', '64 bits', '32 bits', '1/5th', '128' (figures)
 dates=[D("1995", "1995"), D("1982", "1982"), D("1985", "1985"), D("1988", "1988")])

# ---- computers, US: Ohio Scientific --------------------------------------------------------------------------------
OSI = "Ohio Scientific, Inc."
MAC = "M/A-COM"
KD = "Kendata Inc."
FAN = "AB Fannyudde"
A["wp-ohio-scientific"] = dict(
 # the company -> Company 'Ohio Scientific, Inc.', aliases 'Ohio Scientific', its first name 'Ohio Scientific
 # Instruments' ('incorporated as') and its name under M/A-COM 'M/A-COM Office Systems' ('Ohio Scientific was renamed
 # M/A-COM Office Systems'; a former name of the same company, GUIDELINES, Types; 'the division' is generic); M/A-COM
 # ('telecommunications conglomerate M/A-COM'; named alone too, so an entity beside the alias that holds its name),
 # 'Kendata Inc.' (alias 'Kendata') and 'AB Fannyudde' -> Company; 'Mike and Charity Cheiky' -> Person 'Mike' (the
 # first name only, as the text gives him; the cut infobox's 'Michael Cheiky' is not in the text) and Person 'Charity
 # Cheiky'; 'Dale A. Dreisbach' -> Person; Ohio (alone, in 'Hiram, Ohio', 'Aurora, Ohio' and 'greater Ohio'), Hiram,
 # Aurora (also 'The flagship Aurora factory'), California, Puerto Rico, Burlington, Massachusetts, Trumbull,
 # Connecticut and Sweden -> Location; 'the Challenger series of microcomputers' -> Service 'Challenger' and
 # 'Superboard single-board computers' -> Service 'Superboard' (named computer lines, GUIDELINES, Types: devices;
 # doubtful: series names). No entity: 'American' (an adjective); 'electronic teaching aids', 'business systems',
 # 'hard disk drives', 'computer systems, expansions, and software' (kinds of products); 'the hobbyist community'
 entities=[E("Company", OSI, "Ohio Scientific", "Ohio Scientific Instruments", "M/A-COM Office Systems"),
           E("Location", "Ohio"), E("Service", "Challenger"), E("Service", "Superboard"), E("Location", "Hiram"),
           E("Person", "Mike"), E("Person", "Charity Cheiky"), E("Person", "Dale A. Dreisbach"),
           E("Location", "Aurora"), E("Location", "California"), E("Location", "Puerto Rico"), E("Company", MAC),
           E("Location", "Burlington"), E("Location", "Massachusetts"), E("Company", KD, "Kendata"),
           E("Location", "Trumbull"), E("Location", "Connecticut"), E("Company", FAN), E("Location", "Sweden")],
 # 'The company was incorporated as Ohio Scientific Instruments ... by husband and wife Mike and Charity Cheiky and
 # business associate Dale A. Dreisbach in 1975' -> cofounder at Ohio Scientific, Inc. for each of the three (named
 # together as forming the company, GUIDELINES, Roles, 'Founders'; doubtful: 'incorporated by', not 'founded by';
 # the next section, cut, begins 'Ohio Scientific was founded in Hiram, Ohio, in 1975 by'), current true.
 # Near-misses, no role: 'business associate' (a tie to the couple, no post at the company); 'husband and wife' (a
 # family tie)
 roles=[R("Mike", "cofounder", OSI), R("Charity Cheiky", "cofounder", OSI), R("Dale A. Dreisbach", "cofounder", OSI)],
 # 'Their best-known products were the Challenger series ... and Superboard single-board computers' -> provider of
 # each to Ohio Scientific, Inc.; 'In 1980, the company was acquired by ... M/A-COM' (with 'their new subsidiary') ->
 # acquired(M/A-COM, Ohio Scientific, Inc.) and parentOrganization; 'M/A-COM ... sold the division in 1983 to Kendata
 # Inc.' -> acquired(Kendata Inc., Ohio Scientific, Inc.) and parentOrganization; 'Kendata ... subsequently sold the
 # division to AB Fannyudde of Sweden' -> acquired(AB Fannyudde, Ohio Scientific, Inc.) and parentOrganization (each a
 # completed sale of the whole company, renamed the division under M/A-COM; ownership told as past still recorded,
 # GUIDELINES, Relations). Near-misses, no relation: 'M/A-COM soon consolidated the company's product lines' (an act
 # inside the group, no new tie); 'Kendata, previously only a corporate reseller of computer systems' (a reseller of
 # no named maker's systems: no partner); 'failed to maintain Ohio Scientific's manufacturing lines' (no relation);
 # 'the first to market microcomputers with hard disk drives' (a first, no relation)
 relations=[L("Challenger", "provider", OSI), L("Superboard", "provider", OSI)] + b10.acq(MAC, OSI) +
           b10.acq(KD, OSI) + b10.acq(FAN, OSI),
 outages=[],
 # 'from 1975 to 1986' -> '1975', '1986'; 'in 1977'; 'in 1975' (the same text '1975', listed once); 'in 1976'; 'by the
 # end of 1980' -> 'the end of 1980' as 1980; 'In 1980' -> '1980' (its own item: another text, the same value); 'in
 # 1983' -> '1983'; 'in October 1983' -> 1983-10. No date: '$1 million', '$18 million', '$5 million', '16 people',
 # '72,000-square-foot' (figures)
 dates=[D("1975", "1975"), D("1986", "1986"), D("1977", "1977"), D("1976", "1976"), D("the end of 1980", "1980"),
        D("1980", "1980"), D("1983", "1983"), D("October 1983", "1983-10")])

# ---- networking equipment, US: SynOptics ---------------------------------------------------------------------------
SYN = "SynOptics Communications, Inc."
A["wp-synoptics"] = dict(
 # the company -> Company 'SynOptics Communications, Inc.', aliases 'SynOptics Communications', 'SynOptics' and
 # 'Synoptics' (the text's own spelling, twice, with a small 'o'); Andrew K. Ludwick and Ronald V. Schmidt -> Person;
 # Xerox ("Xerox's Palo Alto Research Center"), 3Com and Cabletron (rivals) -> Company; Xerox's 'Palo Alto Research
 # Center' (alias 'PARC') -> Location (GUIDELINES, Types: named sites and facilities, 'a research centre', Location,
 # no role or relation attaches; doubtful: a reader might make it an Organization and give it a parent in Xerox);
 # Santa Clara and California ('a Santa Clara, California-based ... vendor') -> Location; LattisNet, alias AstraNet
 # ('originally named AstraNet', its first name, GUIDELINES, Types) -> Service (a network product the company
 # produced). No entity: Ethernet, 10BASE-T, 10BASE-2, 100BASE-TX (technologies, protocols and standards; the '10BASE-2
 # hubs' and '100BASE-TX products' named by their standard, no product name; doubtful); StarLAN (named as one of
 # 'several different methods and standards for running Ethernet': a standard here, no maker told; doubtful); 'the
 # modular Ethernet hub', 'Ethernet LAN hubs', 'unshielded twisted-pair cabling', 'coaxial cables', 'The star network
 # topology' (kinds of equipment and designs)
 entities=[E("Company", SYN, "SynOptics Communications", "SynOptics", "Synoptics"), E("Location", "Santa Clara"),
           E("Location", "California"), E("Person", "Andrew K. Ludwick"), E("Person", "Ronald V. Schmidt"),
           E("Company", "Xerox"), E("Location", "Palo Alto Research Center", "PARC"),
           E("Service", "LattisNet", "AstraNet"), E("Company", "3Com"), E("Company", "Cabletron")],
 # 'SynOptics Communications was founded in 1985 by Andrew K. Ludwick and Ronald V. Schmidt' -> cofounder at
 # SynOptics Communications, Inc. for each (named together, GUIDELINES, Roles, 'Founders'), current true. Near-misses,
 # no role: 'both of whom worked at Xerox's Palo Alto Research Center (PARC)' (a past job, no post; a reader might give
 # 'other' at Xerox); Ludwick's 'Founder and CEO' stood only in the cut infobox, so no ceo role from the text
 roles=[R("Andrew K. Ludwick", "cofounder", SYN), R("Ronald V. Schmidt", "cofounder", SYN)],
 # 'The most significant product that Synoptics produced was LattisNet (originally named AstraNet) in 1987' ->
 # provider(LattisNet, SynOptics Communications, Inc.). Near-misses, no relation: 'the market leader in Ethernet LAN
 # hubs over rivals 3Com and Cabletron' (competition); 'Xerox's Palo Alto Research Center' (a site of Xerox, a
 # Location: no parentOrganization, GUIDELINES, Types); the founders' past work at PARC (no tie told between SynOptics
 # and Xerox: no partner, no parent; a reader who knows the spin-out might give one); 'Synoptics updated their product
 # line to the 10BASE-T specification' (a standard adopted, no entity); the cut infobox's merger with Wellfleet
 # Communications into Bay Networks (not in the text)
 relations=[L("LattisNet", "provider", SYN)],
 outages=[],
 # 'from 1985 until 1994' -> '1985', '1994'; 'founded in 1985' (the same text '1985', listed once); 'in 1987' ->
 # '1987'. No date: 'the late 1980s', 'the early 1990s' (parts of decades)
 dates=[D("1985", "1985"), D("1994", "1994"), D("1987", "1987")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
