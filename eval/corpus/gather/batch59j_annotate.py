#!/usr/bin/env python3
"""Batch 59j gold annotations (the texts of batch59j.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j, 58l and 59e;
batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); decades and parts of them ('the 1970s', 'the 1980s', 'the 1990s',
'the early 1980s', 'the mid-1990s') -> nothing; 'the end of 1981' -> the year (GUIDELINES, Dates: 'the end of last
year' -> the year); 'December of 1997' -> the month; 'between 1990 and 1995' -> each year. No text tells an outage, so
every `outages` list is empty, and none tells a near-miss of one (AST's closing 'due to a series of losses' and
Tseng's exit from the graphics business are business decisions and failures).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j,
57a, 57f, 57p, 58j, 58l, 59e): 'founded by A, B, and C' -> cofounder for each person and 'founded by A' -> founder,
current true (as batches 58j, 58l and 59e); the first posts the founders drew ('Qureshey was named president, Yuen was
named treasurer, and Wong was named secretary', 'their initial job titles') -> president, and other for treasurer
(as batch 20b read 'Treasurer') and for a company secretary, current false (initial posts at a company the text says
was closed in 1999; as batch 59e read posts at a company that ended); former names ('founded as AST Associates',
'founded ... as Trintex') and doing-business-as names ('later doing business as AST Computer') -> aliases (GUIDELINES,
Types); an online service's company named as the service ('Prodigy Communications Corporation was an online service')
-> one Company, as batch 59e read CompuServe; a joint venture of named companies -> parentOrganization of the venture
to each owner and partner between each pair of owners (the corpus's reading since batch 30d, as batch 59e read @Home
Network's); 'was acquired by', 'X was acquired by Y in 2000' -> acquired and parentOrganization(target, buyer)
(GUIDELINES, Relations); 'now part of' a named group -> parentOrganization; 'ATI (now AMD)' -> parentOrganization(ATI
Technologies, AMD) (doubtful); a licence taken or given between named organisations ('licensed NCSA's Mosaic
browser', 'licensed the code to re-sellers ... (e.g., O'Reilly and Associates) ... (as CompuServe, IBM and Ipswitch)',
'produced under license') -> partner (GUIDELINES, Relations: licensing deal), direction as written, the licensor
Spyglass first; 'an offshoot of' a university -> nothing (a spin-off; as batches 57f, 58j and 59e read spin-offs); a
company's engineers and expertise bought ('the company's engineers and graphics expertise being purchased by ATI') ->
nothing (an asset purchase); 'merged the company with' without a buyer -> nothing; 'became the present iteration of'
(a renaming) -> nothing; an unnamed branch sold ('The Mexican branch of Prodigy, however, was acquired by Telmex') ->
nothing; rivals and market share lost ('losing market share to S3 Graphics and ATI Technologies', 'differentiation
from CompuServe') -> nothing; named chips, browsers, operating systems, a game console and an online system ->
Service (GUIDELINES, Types), with provider where the text says who makes or runs them (a company named on its own:
'Microsoft's Internet Explorer'); a product class named with a company's name ('IBM PC compatibles') -> no entity
(GUIDELINES, Types: a company named only inside a product name); technical standards and parts ('ISA', 'DRAM',
'RAMDAC', 'VGA', 'GUI') -> no entity; a newspaper ('the New York Times') -> Company (GUIDELINES, Types); a college
and a university research centre -> Organization; nationality adjectives ('Mexican') -> nothing.
usage: batch59j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- personal computers, US: AST Research --------------------------------------------------------------------------
AST = "AST Research, Inc."
A["wp-ast-research"] = dict(
 # the company -> Company 'AST Research, Inc.', aliases 'AST Research', 'AST', 'AST Computer' ('later doing business
 # as') and 'AST Associates' ('founded as', its first name); the founders -> Person with their fuller names as the
 # second paragraph gives them: 'Albert C. Wong' (aliases 'Albert Wong', 'Wong'), 'Safi U. Qureshey' (aliases 'Safi
 # Qureshey', 'Qureshey') and 'Thomas C. K. Yuen' (aliases 'Thomas Yuen', 'Yuen'); 'Samsung Electronics' and
 # 'Computer Automation Inc.' (where Yuen and Qureshey worked) -> Company; 'Orange Coast College' -> Organization;
 # Irvine, California, 'United States', 'Hong Kong', Pakistan and 'Costa Mesa' -> Location. No entity: 'add-on
 # expansion cards', 'a computer consultancy firm for large businesses' (kinds), the founders' 'first names'
 entities=[E("Company", AST, "AST Research", "AST", "AST Computer", "AST Associates"), E("Location", "Irvine"),
           E("Location", "California"), E("Person", "Albert C. Wong", "Albert Wong", "Wong"),
           E("Person", "Safi U. Qureshey", "Safi Qureshey", "Qureshey"),
           E("Person", "Thomas C. K. Yuen", "Thomas Yuen", "Yuen"), E("Company", "Samsung Electronics"),
           E("Location", "United States"), E("Location", "Hong Kong"), E("Location", "Pakistan"),
           E("Company", "Computer Automation Inc."), E("Organization", "Orange Coast College"),
           E("Location", "Costa Mesa")],
 # 'founded ... by Albert Wong, Safi Qureshey, and Thomas Yuen' (and 'founded as AST Associates by ...') -> cofounder
 # at AST Research, Inc. for each, current true ('Yuen was the principal founder of AST' -> no other title: one of
 # three founders); 'Selecting their initial job titles by drawing straws, Qureshey was named president, Yuen was named
 # treasurer, and Wong was named secretary' -> president (Qureshey), other (Yuen, treasurer; Wong, secretary), each
 # current false (the first posts drawn at the start, at a company the text says was closed in 1999; doubtful: the
 # text does not say when they left them, and a reader may keep them current). Near-misses: 'while working for
 # Computer Automation Inc.' -> no role (no title); 'they both attended Orange Coast College' -> no role (students)
 roles=[R("Albert C. Wong", "cofounder", AST), R("Safi U. Qureshey", "cofounder", AST),
        R("Thomas C. K. Yuen", "cofounder", AST), R("Safi U. Qureshey", "president", AST, False),
        R("Thomas C. K. Yuen", "other", AST, False), R("Albert C. Wong", "other", AST, False)],
 # 'AST was acquired by Samsung Electronics in 1997' -> acquired(Samsung Electronics, AST Research, Inc.) and
 # parentOrganization(AST Research, Inc., Samsung Electronics) (GUIDELINES, Relations; the cut infobox's 'Parent'
 # line not read in). Near-misses, no relation: 'was de facto closed in 1999 due to a series of losses' -> nothing (a
 # business failure, ownership unchanged); 'working for Computer Automation Inc.' -> nothing (people, not AST)
 relations=[L("Samsung Electronics", "acquired", AST), L(AST, "parentOrganization", "Samsung Electronics")],
 outages=[],
 # 'in 1980', 'in 1997', 'in 1999', 'in 1979' -> the years; 'in July 1980' -> the month; 'by the end of 1981' -> the
 # year. Nothing: 'In the 1980s', 'toward the 1990s', 'in the 1970s' (decades), '$2,000' (money)
 dates=[D("1980", "1980"), D("1997", "1997"), D("1999", "1999"), D("1979", "1979"), D("July 1980", "1980-07"),
        D("the end of 1981", "1981")])

# ---- online services, US: Prodigy ---------------------------------------------------------------------------------
PR = "Prodigy Communications Corporation"
SR = "Sears, Roebuck and Company"
A["wp-prodigy"] = dict(
 # the company -> Company 'Prodigy Communications Corporation', aliases 'Prodigy' and 'Trintex' ('founded ... as
 # Trintex', its first name) (the text calls the company 'an online service' and 'one of the major internet service
 # providers'; one entity, as batch 59e read CompuServe; doubtful: a reader might add a Service 'Prodigy' run by the
 # company, which would share its name); CompuServe (a rival online service, its company) -> Company; 'New York
 # Times' (written 'the New York Times') -> Company (GUIDELINES, Types: newspapers); 'SBC Communications', Telmex,
 # CBS ('broadcaster'), 'AT&T Corporation' (alias 'AT&T', in 'CBS and AT&T took the data'), 'Venture One' (the joint
 # venture), IBM ('computer manufacturer') and 'Sears, Roebuck and Company' ('retailer') -> Company; 'Fair Lawn', 'New
 # Jersey' and Ridgewood -> Location. 'the present iteration of AT&T' (SBC's later name) -> no alias of SBC
 # Communications (the surface 'AT&T' kept for AT&T Corporation, whose short form it is in the fourth paragraph;
 # doubtful). No entity: 'The Mexican branch of Prodigy' (unnamed), 'a Videotex-based TV set-top device' (a kind of
 # product), 'the Big Three information services' (a grouping), 'a command-line interface', 'its graphical user
 # interface' (features)
 entities=[E("Company", PR, "Prodigy", "Trintex"), E("Company", "CompuServe"), E("Company", "New York Times"),
           E("Company", "SBC Communications"), E("Company", "Telmex"), E("Company", "CBS"),
           E("Company", "AT&T Corporation", "AT&T"), E("Company", "Venture One"), E("Location", "Fair Lawn"),
           E("Location", "New Jersey"), E("Location", "Ridgewood"), E("Company", "IBM"), E("Company", SR)],
 # no person in the kept text (the cut sentence's Theodore Papes, who headed the company, is not in it)
 roles=[],
 # 'In 2001, it was acquired by SBC Communications' -> acquired(SBC Communications, Prodigy Communications
 # Corporation) and parentOrganization(Prodigy Communications Corporation, SBC Communications); 'broadcaster CBS and
 # telecommunications firm AT&T Corporation formed a joint venture named Venture One' -> parentOrganization(Venture
 # One, CBS), parentOrganization(Venture One, AT&T Corporation) and partner(CBS, AT&T Corporation); 'founded ... as
 # Trintex, a joint venture including CBS, computer manufacturer IBM and retailer Sears, Roebuck and Company' ->
 # parentOrganization of Prodigy Communications Corporation to each of the three and partner between each pair, in the
 # order written (the corpus's joint-venture reading; doubtful: 'including' may leave other owners unnamed, and the
 # shares are not told). Near-misses, no relation: 'SBC Communications, which in 2005 became the present iteration of
 # AT&T' -> nothing (a renaming); 'The Mexican branch of Prodigy, however, was acquired by Telmex' -> nothing (the
 # branch unnamed; a reader might give acquired(Telmex, Prodigy Communications Corporation), which the 'however' of
 # the sentence rules out); 'The roots of Prodigy date to 1980 when ... Venture One' -> nothing between Venture One and
 # Prodigy (a forerunner, no ownership told); 'CBS and AT&T took the data and went their separate ways' -> the
 # partner relation kept (relations carry no time); 'differentiation from CompuServe', 'trailing only CompuServe's
 # 600,000' -> nothing (rivals); 'described by the New York Times' -> nothing
 relations=[L("SBC Communications", "acquired", PR), L(PR, "parentOrganization", "SBC Communications"),
            L("Venture One", "parentOrganization", "CBS"), L("Venture One", "parentOrganization", "AT&T Corporation"),
            L("CBS", "partner", "AT&T Corporation"), L(PR, "parentOrganization", "CBS"),
            L(PR, "parentOrganization", "IBM"), L(PR, "parentOrganization", SR), L("CBS", "partner", "IBM"),
            L("CBS", "partner", SR), L("IBM", "partner", SR)],
 outages=[],
 # 'from 1984 to 2001' -> each year ('In 2001' the same text and value); 'in 1979', 'in 1994', 'By 1990', 'In 1993',
 # 'in 2005', 'to 1980' -> the years; 'on February 13, 1984' -> the day. Nothing: 'of the 1990s' (a decade)
 dates=[D("1984", "1984"), D("2001", "2001"), D("1979", "1979"), D("1994", "1994"), D("1990", "1990"),
        D("1993", "1993"), D("2005", "2005"), D("1980", "1980"), D("February 13, 1984", "1984-02-13")])

# ---- browser software, US: Spyglass, Inc. --------------------------------------------------------------------------
SG = "Spyglass, Inc."
NCSA = "National Center for Supercomputing Applications"
A["wp-spyglass"] = dict(
 # the company -> Company 'Spyglass, Inc.', alias 'Spyglass' (also inside 'Spyglass Mosaic', a product's name, and 'the
 # Spyglass codebase'); Champaign, Illinois and Naperville -> Location; 'University of Illinois at Urbana\u2013Champaign'
 # and 'National Center for Supercomputing Applications' (alias 'NCSA', also in "NCSA's Mosaic browser") ->
 # Organization; OpenTV and 'Kudelski Group' -> Company; "O'Reilly and Associates", CompuServe, IBM, Ipswitch (the
 # re-sellers) and Microsoft ("Microsoft's Internet Explorer", named on its own) -> Company; the browsers 'Mosaic'
 # ('the Mosaic web browser', "NCSA's Mosaic browser", 'ported Mosaic') and 'Spyglass Mosaic' ('an unmodified
 # Spyglass Mosaic', "Spyglass Mosaic's codebase") -> two Services (NCSA's browser and Spyglass's own version; doubtful:
 # 'its version of the Mosaic web browser' and 'ported Mosaic' speak of Spyglass's, so a reader might fold the two into
 # one), 'Internet Explorer', the platforms 'UNIX', 'Microsoft Windows' and 'classic Mac OS', the console 'Nintendo 64'
 # and 'SharkWire Online' ('the SharkWire Online system') -> Service. No entity: 'data visualization tools', 'graphing
 # packages', '3D rendering engines' (kinds of products), 'a 30-day trial version', 'Web browser' (generic), Nintendo
 # (only inside 'Nintendo 64'; GUIDELINES, Types)
 entities=[E("Company", SG, "Spyglass"), E("Location", "Champaign"), E("Location", "Illinois"),
           E("Organization", "University of Illinois at Urbana\u2013Champaign"), E("Location", "Naperville"),
           E("Organization", NCSA, "NCSA"), E("Service", "Mosaic"), E("Company", "OpenTV"),
           E("Company", "Kudelski Group"), E("Service", "UNIX"), E("Service", "Microsoft Windows"),
           E("Service", "classic Mac OS"), E("Service", "Spyglass Mosaic"), E("Company", "O'Reilly and Associates"),
           E("Company", "CompuServe"), E("Company", "IBM"), E("Company", "Ipswitch"), E("Company", "Microsoft"),
           E("Service", "Internet Explorer"), E("Service", "Nintendo 64"), E("Service", "SharkWire Online")],
 # no person in the kept text
 roles=[],
 # 'The company was acquired by OpenTV in 2000' -> acquired(OpenTV, Spyglass, Inc.) and parentOrganization(Spyglass,
 # Inc., OpenTV); '..., now part of Kudelski Group' -> parentOrganization(OpenTV, Kudelski Group) (the clause read as
 # OpenTV's, as the cut infobox words it, 'OpenTV (now Kudelski Group)'; doubtful: a reader might attach it to
 # Spyglass); 'Spyglass licensed NCSA's Mosaic browser' -> partner(Spyglass, Inc., National Center for Supercomputing
 # Applications) (a licence taken; GUIDELINES, Relations); 'it licensed the code to re-sellers that delivered either an
 # unmodified Spyglass Mosaic (e.g., O'Reilly and Associates) or a browser based on the Spyglass codebase (as
 # CompuServe, IBM and Ipswitch) did' -> partner(Spyglass, Inc., X) for each of the four (licences given); 'Among the
 # browsers produced under license using Spyglass Mosaic's codebase was Microsoft's Internet Explorer' ->
 # partner(Spyglass, Inc., Microsoft) and provider(Internet Explorer, Microsoft); 'Microsoft Windows' ->
 # provider(Microsoft Windows, Microsoft) (the maker named in the product's name and on its own in the text; a careful
 # reader is sure); 'Spyglass Mosaic' -> provider Spyglass, Inc. Near-misses, no relation: 'an offshoot of the
 # University of Illinois at Urbana\u2013Champaign' and 'created to commercialize and support technologies from the
 # National Center for Supercomputing Applications' -> no parentOrganization (a spin-off; organisations, not owners
 # told); 'Mosaic' -> no provider (its maker NCSA an Organization, and provider needs a Company); 'UNIX', 'classic Mac
 # OS', 'Nintendo 64' and 'SharkWire Online' -> no provider (makers not named on their own); 'ported Mosaic to ...
 # Nintendo 64' -> no partner (no company named beside the console)
 relations=[L("OpenTV", "acquired", SG), L(SG, "parentOrganization", "OpenTV"),
            L("OpenTV", "parentOrganization", "Kudelski Group"), L(SG, "partner", NCSA),
            L(SG, "partner", "O'Reilly and Associates"), L(SG, "partner", "CompuServe"), L(SG, "partner", "IBM"),
            L(SG, "partner", "Ipswitch"), L(SG, "partner", "Microsoft"), L("Internet Explorer", "provider", "Microsoft"),
            L("Microsoft Windows", "provider", "Microsoft"), L("Spyglass Mosaic", "provider", SG)],
 outages=[],
 # 'in 1990', 'in 2000' -> the years; 'In May 1994' -> the month. Nothing: '$2.5 billion', 'several million dollars',
 # 'a 30-day trial version'
 dates=[D("1990", "1990"), D("2000", "2000"), D("May 1994", "1994-05")])

# ---- graphics chips, US: Tseng Labs --------------------------------------------------------------------------------
TL = "Tseng Laboratories, Inc."
A["wp-tseng-labs"] = dict(
 # the company -> Company 'Tseng Laboratories, Inc.', aliases 'Tseng Labs', 'TLI' and 'Tseng' ('Tseng was a victim',
 # "Tseng's best-known products", "Tseng's management": the company; the founder is never called by his surname
 # alone); Jack Tseng -> Person; Newtown and Pennsylvania -> Location; the chips 'Tseng Labs ET3000', 'Tseng Labs
 # ET4000' (alias 'ET4000', in "The company's ET4000 family" and "the ET4000's lifetime"), 'Tseng Labs ET6000' (alias
 # 'ET6000', 'not succeeding until the ET6000') and the unfinished 3D engine 'ET6300' -> Service (named products;
 # GUIDELINES, Types: the product gets the full name); 'Windows 3.x' ('the era of Windows 3.x') -> Service (a named
 # operating system; its maker not named); 'S3 Graphics', 'ATI Technologies' (alias 'ATI'), AMD and 'Cell Pathways'
 # ('pharmaceutical company') -> Company. No entity: 'IBM PC compatibles' (a class of computers named with IBM's
 # name; GUIDELINES, Types), 'ISA', 'DRAM', 'RAMDAC', 'VGA-compatible' (standards and parts), 'the board', "Tseng's
 # management" (unnamed people), 'a start-up' (unnamed)
 entities=[E("Company", TL, "Tseng Labs", "TLI", "Tseng"), E("Location", "Newtown"), E("Location", "Pennsylvania"),
           E("Person", "Jack Tseng"), E("Service", "Tseng Labs ET3000"), E("Service", "Tseng Labs ET4000", "ET4000"),
           E("Service", "Tseng Labs ET6000", "ET6000"), E("Service", "Windows 3.x"), E("Company", "S3 Graphics"),
           E("Company", "ATI Technologies", "ATI"), E("Service", "ET6300"), E("Company", "AMD"),
           E("Company", "Cell Pathways")],
 # 'founded by Jack Tseng' -> founder at Tseng Laboratories, Inc., current true (one founder named; as batches 58j,
 # 58l and 59e read 'founded by'). Near-miss: 'the board decided', "Tseng's management chose" -> no role (no person)
 roles=[R("Jack Tseng", "founder", TL)],
 # "Tseng's best-known products were the Tseng Labs ET3000, Tseng Labs ET4000 and Tseng Labs ET6000" -> provider
 # Tseng Laboratories, Inc. for each; 'lacking the funds to complete development of a modern integrated 3D engine (the
 # ET6300)' -> provider Tseng Laboratories, Inc. (its own design, never shipped; doubtful: a reader might give an
 # abandoned product no provider); 'ATI (now AMD)' -> parentOrganization(ATI Technologies, AMD) (ATI now within AMD;
 # doubtful: a reader might read a renaming and make 'AMD' an alias, or give nothing). Near-misses, no relation: 'the
 # company's engineers and graphics expertise being purchased by ATI ... in December of 1997' -> nothing (GUIDELINES,
 # Relations: an asset purchase; a reader might give acquired(ATI Technologies, Tseng Laboratories, Inc.)); 'merged the
 # company with pharmaceutical company Cell Pathways in 1998' -> nothing (a merger without a buyer); 'losing market
 # share to S3 Graphics and ATI Technologies' -> nothing (rivals); 'Windows 3.x' -> no provider (its maker not named)
 relations=[L("Tseng Labs ET3000", "provider", TL), L("Tseng Labs ET4000", "provider", TL),
            L("Tseng Labs ET6000", "provider", TL), L("ET6300", "provider", TL),
            L("ATI Technologies", "parentOrganization", "AMD")],
 outages=[],
 # 'in 1997' (the exit) and 'in 1998' -> the years; 'between 1990 and 1995' -> each year; 'in December of 1997' -> the
 # month. Nothing: 'the early 1980s', 'the mid-1990s' (parts of decades), 'the later years of the ET4000's lifetime'
 dates=[D("1997", "1997"), D("1990", "1990"), D("1995", "1995"), D("December of 1997", "1997-12"),
        D("1998", "1998")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
