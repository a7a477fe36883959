#!/usr/bin/env python3
"""Batch 60k gold annotations (the texts of batch60k.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j, 58l, 59e, 59j, 60d and 60g;
batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts with `published` null:
only absolute dates (GUIDELINES.md, Dates); 'the dot-com bubble', 'the late 1970s', 'the 1990s' (no calendar value a
date item takes here, as batches 60d and 60g read 'the 1990s') -> nothing; 'then 34 years old' -> nothing. No text
tells an outage, so every `outages` list is empty; NorthPoint's 'Some internet service providers, which faced a
disruption in service' follows its bankruptcy (GUIDELINES, Outages: business failures are no outage), a near-miss, and
Thinking Machines' Chapter 11 filing is a business failure.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-56j, 57a-57p, 58j, 58l, 59e, 59j, 60d, 60g): founders by
the binding decision written in session 56 (GUIDELINES, Roles, 'Founders'): people the text names together as founding
('founded in 1969 by L. J. Sevin, Louay E. Sharif, Richard L. Petritz and other ex-employees') -> founder each, current
true, not cofounder (batches 59e-60g gave cofounder to this construction before the decision; this round follows the
decision); one person named with unnamed others ('founded in 1997 by Michael W. Malaga and 5 other former executives')
-> founder (the 'founded by A and B' construction, not 'with'); 'former executives of' a named company -> executive
there, current false (GOLD_FORMAT: executive, the generic senior title; doubtful), while 'ex-employees of' -> no role
(as batches 57w, 58g and 58j read 'former employees of'); 'CEO Sheryl Handler was forced out' -> ceo, current false;
'later became Sun Microsystems, Inc.'s Chief Technology Officer' -> cto, current true (no end told); 'was purchased by',
'sold Mostek ... to', 'was acquired ... by', 'later acquired' -> acquired and parentOrganization(target, buyer)
(GUIDELINES, Relations: completed purchases; ownership told as past still recorded); 'X, later part of Y' ->
parentOrganization(X, Y); a purchase of a company's unnamed part ('The hardware portion of the company', 'the parallel
software development business') -> nothing (no entity bought; GUIDELINES, Relations: asset purchases give nothing);
'agreed to acquire a 55% interest' later terminated -> nothing (an abandoned deal); investments ('had investments from')
-> nothing (minority funding, as batch 59e and earlier rounds read minority stakes and funding); 'had relationships
with' and 'in cooperation with' named companies -> partner, as written, the company first (doubtful: the text does not
say what the relationships were); a contract from a named customer ('first contract was from Burroughs', 'its DARPA
contracts') -> partner, the supplier first (batch 18b's rule); chips and programs a company made or developed ('the
MK1001', 'the MK4006', 'The program WAIS, developed at Thinking Machines') -> Service with provider that company; a
product named with a company inside its name that the text does not name on its own ('the Intel x86 microprocessor
family') -> Service, no provider and no entity for the company (GUIDELINES, Types); a government agency (DARPA) and a
non-profit library (the Internet Archive) -> Organization; investors and venture firms -> Company; competitors named as
vendors -> Company, no relation; street names ('Crosby Road'), a domain name ('think.com'), projects ('the Rosetta
Disk', 'Clock of the Long Now'), fields ('High Performance Computing') and technical terms ('DRAM', 'MOS fab', 'digital
subscriber lines') -> no entity; nationality adjectives ('French', 'Japanese') -> nothing.
usage: batch60k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- semiconductors, US: Mostek ------------------------------------------------------------------------------------
MO = "Mostek"
UTC = "United Technologies Corporation"
TH = "Thomson SA"
ST = "STMicroelectronics"
A["wp-mostek"] = dict(
 # the company -> Company 'Mostek' (also in "Mostek's"); the founders 'L. J. Sevin', 'Louay E. Sharif' and 'Richard L.
 # Petritz' -> Person; 'Texas Instruments' (the founders' former employer) -> Company; 'Worcester' (twice) with
 # 'Massachusetts', and 'Carrollton' (twice) with 'Texas' -> Location (city and state apart, as batches 60d and 60g);
 # 'Sprague Electric' -> Company; 'United Technologies Corporation' (alias 'UTC') -> Company; 'Thomson SA' ('the French
 # electronics firm') -> Company; 'STMicroelectronics' -> Company; 'Intel x86' ('rights to the Intel x86
 # microprocessor family') -> Service (the family, with the maker inside its name; Intel is not named on its own, so no
 # entity for it, GUIDELINES, Types); 'Burroughs' (its first customer) -> Company; 'MK1001' and 'MK4006' (its chips) ->
 # Service. No entity: 'Crosby Road' (a street), 'DRAM' and 'dynamic random-access memory' (a kind of chip), 'MOS fab',
 # 'PMOS' (technical terms), 'Japanese DRAM manufacturers' (unnamed)
 entities=[E("Company", MO), E("Person", "L. J. Sevin"), E("Person", "Louay E. Sharif"),
           E("Person", "Richard L. Petritz"), E("Company", "Texas Instruments"), E("Location", "Worcester"),
           E("Location", "Massachusetts"), E("Company", "Sprague Electric"), E("Location", "Carrollton"),
           E("Location", "Texas"), E("Company", UTC, "UTC"), E("Company", TH), E("Company", ST),
           E("Service", "Intel x86"), E("Company", "Burroughs"), E("Service", "MK1001"), E("Service", "MK4006")],
 # 'founded in 1969 by L. J. Sevin, Louay E. Sharif, Richard L. Petritz and other ex-employees of Texas Instruments' ->
 # founder each, current true (named together as founding: GUIDELINES, Roles, 'Founders', session 56; a reader
 # following batches 59e-60g would give cofounder; founders stay founders, the company gone). Near-miss: 'ex-employees
 # of Texas Instruments' -> no role at Texas Instruments (no post named; as batches 57w, 58g, 58j)
 roles=[R("L. J. Sevin", "founder", MO), R("Louay E. Sharif", "founder", MO), R("Richard L. Petritz", "founder", MO)],
 # 'Mostek was purchased by United Technologies Corporation for US$345M' -> acquired(UTC, Mostek) and
 # parentOrganization(Mostek, UTC); 'UTC sold Mostek for US$71M to the French electronics firm Thomson SA' ->
 # acquired(Thomson SA, Mostek) and parentOrganization(Mostek, Thomson SA) (completed purchases; both owners recorded,
 # ownership told as past still counts, GUIDELINES, Relations); 'Thomson SA, later part of STMicroelectronics' ->
 # parentOrganization(Thomson SA, STMicroelectronics) (the apposition read on the firm it follows; doubtful: a reader
 # might read it of Mostek, as the cut infobox's 'Merged into STMicroelectronics' has it, or give nothing);
 # 'manufactured in Worcester, Massachusetts in cooperation with Sprague Electric' -> partner(Mostek, Sprague Electric)
 # (a manufacturing partnership); "Mostek's first contract was from Burroughs, a $400 contract for circuit design" ->
 # partner(Mostek, Burroughs) (a customer contract, the supplier first); 'the MK1001', 'the MK4006' ('The first design
 # to be produced in their newly set-up MOS fab', 'This was followed by a 1K DRAM, the MK4006, that was manufactured in
 # their Carrollton facility') -> provider(MK1001, Mostek), provider(MK4006, Mostek). Near-misses, no relation: 'other
 # ex-employees of Texas Instruments' -> nothing with Texas Instruments; "Mostek's intellectual property portfolio,
 # which included rights to the Intel x86 microprocessor family" -> no provider (Intel not an entity) and no partner
 # (rights held, no deal told); 'a large windfall of royalty payments for STMicroelectronics' -> nothing beyond the
 # parent link (payers unnamed); 'eclipsed by Japanese DRAM manufacturers' -> nothing (rivals, unnamed)
 relations=[L(UTC, "acquired", MO), L(MO, "parentOrganization", UTC), L(TH, "acquired", MO),
            L(MO, "parentOrganization", TH), L(TH, "parentOrganization", ST), L(MO, "partner", "Sprague Electric"),
            L(MO, "partner", "Burroughs"), L("MK1001", "provider", MO), L("MK4006", "provider", MO)],
 outages=[],
 # 'in 1969' -> the year; 'by 1974' -> the year; 'In 1979' -> the year; 'In 1985' -> the year. Nothing: 'the late
 # 1970s', 'the 1990s' (decades), 'soon after its market peak', 'after several years of red ink' (relative), 'US$345M',
 # 'US$71M', '$400' (money)
 dates=[D("1969", "1969"), D("1974", "1974"), D("1979", "1979"), D("1985", "1985")])

# ---- telecoms/DSL, US: NorthPoint Communications -------------------------------------------------------------------
NP = "NorthPoint Communications Group, Inc."
MM = "Michael W. Malaga"
MFS = "Metropolitan Fiber Systems"
PARTNERS = ["Microsoft", "Tandy Corporation", "Intel", "Verio", "Cable & Wireless", "Frontier Corporation",
            "Concentric Network", "ICG Communications", "Enron", "Network Plus", "Netopia"]
A["wp-northpoint-communications"] = dict(
 # the company -> Company 'NorthPoint Communications Group, Inc.', aliases 'NorthPoint' and 'Northpoint' (the text's
 # lower-case spelling, three times); the eleven companies it 'had relationships with' -> Company each ('Cable &
 # Wireless' as written); its investors 'The Carlyle Group', 'Accel Partners', 'Benchmark' and 'Greylock Partners' ->
 # Company (investment firms run as businesses); 'Michael W. Malaga' (alias 'Malaga') -> Person; 'Metropolitan Fiber
 # Systems' -> Company; 'Verizon' -> Company. No entity: 'digital subscriber lines', 'DSL' (a technology), 'the
 # dot-com bubble', 'the banks' and 'Some internet service providers' (unnamed); no Location is named in the text (the
 # infobox's 'California' is cut)
 entities=[E("Company", NP, "NorthPoint", "Northpoint")] + [E("Company", n) for n in PARTNERS] +
          [E("Company", "The Carlyle Group"), E("Company", "Accel Partners"), E("Company", "Benchmark"),
           E("Company", "Greylock Partners"), E("Person", MM, "Malaga"), E("Company", MFS), E("Company", "Verizon")],
 # 'The company was founded in 1997 by Michael W. Malaga and 5 other former executives of Metropolitan Fiber Systems'
 # -> founder at NorthPoint, current true (the one person named as founding it, the others unnamed; the 'founded by A
 # and B' construction, not 'with', so not cofounder: GUIDELINES, Roles, 'Founders'); the same words -> executive at
 # Metropolitan Fiber Systems, current false ('5 other former executives' makes him one of them; doubtful: a reader
 # might give no role for a generic 'executives', as batch 57f gave none to unnamed 'former executives'). Near-misses:
 # 'Malaga, then 34 years old, was worth $300 million on paper' -> nothing new; the infobox's 'Herman Bluestein (Chief
 # Development Officer)' is cut, so no role
 roles=[R(MM, "founder", NP), R(MM, "executive", MFS, False)],
 # 'The company had relationships with Microsoft, Tandy Corporation, ... and Netopia' -> partner(NorthPoint
 # Communications Group, Inc., X) for each of the eleven, as written (doubtful: the text names no kind of relation --
 # supply, resale or customer; a reader might give nothing for 'relationships'; they are read as the business
 # partnerships a DSL carrier holds). Near-misses, no relation: 'The company had investments from The Carlyle Group,
 # Accel Partners, Benchmark, and Greylock Partners' -> nothing (minority funding, no owner told); 'Verizon agreed to
 # acquire a 55% interest in the company and merge the companies' DSL businesses' -> nothing, though an agreement,
 # because the text then tells it terminated ('Verizon terminated its acquisition agreement', 'the collapse of its
 # merger with Verizon'): an abandoned deal (GUIDELINES, Relations); 'Northpoint sued Verizon', 'The lawsuit was
 # settled out of court ... with Verizon agreeing to pay $175 million' -> nothing (a dispute and its settlement);
 # 'former executives of Metropolitan Fiber Systems' -> no relation between the two companies; 'became a public company
 # via an initial public offering' -> nothing (no exchange named)
 relations=[L(NP, "partner", n) for n in PARTNERS],
 # Near-miss, no outage: 'In January 2001, NorthPoint filed bankruptcy. Some internet service providers, which faced a
 # disruption in service, blamed the banks for failing to work out a deal to save the company.' -> service lost
 # through a business failure (GUIDELINES, Outages), with no day, service or place told
 outages=[],
 # 'in 1997' -> the year; 'On May 5, 1999' -> the day; 'In September 2000' -> the month; 'In November 2000' -> the
 # month; 'the third quarter of 2000' -> 2000-Q3; 'in July 2002' -> the month; 'In January 2001' -> the month.
 # Nothing: 'during the dot-com bubble' (no calendar value), 'then 34 years old' (an age), '$24 per share', '$300
 # million', '$30 million', '$24 million', '$175 million' (money), '19%', '55%' (shares)
 dates=[D("1997", "1997"), D("May 5, 1999", "1999-05-05"), D("September 2000", "2000-09"),
        D("November 2000", "2000-11"), D("the third quarter of 2000", "2000-Q3"), D("July 2002", "2002-07"),
        D("January 2001", "2001-01")])

# ---- computer hardware/supercomputers, US: Thinking Machines -------------------------------------------------------
TM = "Thinking Machines"
SUN = "Sun Microsystems, Inc."
ORA = "Oracle Corporation"
A["wp-thinking-machines"] = dict(
 # the company -> Company 'Thinking Machines' (the fullest form in the text: the section never writes 'Thinking
 # Machines Corporation', which was in the cut title line), alias 'TMC' (also in "Thinking Machines'"); 'DARPA' (a
 # government agency) -> Organization; 'Cray', 'IBM', 'NCUBE' and 'MasPar' ('other vendors') -> Company; 'Sheryl
 # Handler' -> Person; 'Sun Microsystems, Inc.' (the fullest form, in the last sentence; aliases 'Sun Microsystems' and
 # 'Sun', the latter in "Sun's entry") -> Company; 'Oracle Corporation' (alias 'Oracle') -> Company; 'WAIS' ('The
 # program WAIS') -> Service; 'Brewster Kahle', 'Danny Hillis' and 'Greg Papadopoulos' -> Person; 'Internet Archive'
 # (a non-profit library) -> Organization. No entity: 'think.com' (a domain name registered, not a service told), 'the
 # Rosetta Disk' and 'Clock of the Long Now' (projects; GUIDELINES, Types: programmes), 'High Performance Computing' (a
 # field), 'Chapter 11' (a law)
 entities=[E("Company", TM, "TMC"), E("Organization", "DARPA"), E("Company", "Cray"), E("Company", "IBM"),
           E("Company", "NCUBE"), E("Company", "MasPar"), E("Person", "Sheryl Handler"),
           E("Company", SUN, "Sun Microsystems", "Sun"), E("Company", ORA, "Oracle"), E("Service", "WAIS"),
           E("Person", "Brewster Kahle"), E("Organization", "Internet Archive"), E("Person", "Danny Hillis"),
           E("Person", "Greg Papadopoulos")],
 # 'CEO Sheryl Handler was forced out' -> ceo at Thinking Machines, current false (ousted); 'Key architect Greg
 # Papadopoulos later became Sun Microsystems, Inc.'s Chief Technology Officer' -> cto at Sun Microsystems, Inc.,
 # current true (no end told; doubtful: 'later' in a history of a company long gone; a reader might mark it past).
 # Near-misses, no role: 'Key architect' -> no title in the vocabulary and the company only implied (a job, not a
 # post); 'developed at Thinking Machines by Brewster Kahle' -> no role (no title); "Danny Hillis' Clock of the Long
 # Now" -> no role (the text here does not name him as Thinking Machines' founder; the article's lead, which does, is
 # not on the page)
 roles=[R("Sheryl Handler", "ceo", TM, False), R("Greg Papadopoulos", "cto", SUN)],
 # 'It became profitable in 1989 thanks to its DARPA contracts' and 'DARPA reduced its purchases' ->
 # partner(Thinking Machines, DARPA) (a government customer's contracts, the supplier first); 'it was acquired in 1999
 # by Oracle Corporation' -> acquired(Oracle Corporation, Thinking Machines) and parentOrganization(Thinking Machines,
 # Oracle Corporation); 'Oracle later acquired Sun Microsystems' -> acquired(Oracle Corporation, Sun Microsystems,
 # Inc.) and parentOrganization(Sun Microsystems, Inc., Oracle Corporation) (completed purchases; GUIDELINES,
 # Relations); 'The program WAIS, developed at Thinking Machines' -> provider(WAIS, Thinking Machines). Near-misses, no
 # relation: 'The hardware portion of the company was purchased by Sun Microsystems' and 'the parallel software
 # development business was acquired by Sun Microsystems' -> nothing (parts of the company, unnamed, bought: asset
 # purchases, GUIDELINES, Relations; a reader might give acquired(Sun, Thinking Machines), but the company itself went
 # on and was bought by Oracle); 'other vendors like Cray, IBM, ... NCUBE and MasPar' -> nothing (rivals); 'would later
 # be influential in starting the Internet Archive' -> nothing (an influence)
 relations=[L(TM, "partner", "DARPA"), L(ORA, "acquired", TM), L(TM, "parentOrganization", ORA),
            L(ORA, "acquired", SUN), L(SUN, "parentOrganization", ORA), L("WAIS", "provider", TM)],
 outages=[],
 # 'in May 1985' -> the month; 'in 1989' -> the year; 'in 1990' -> the year; 'In 1991' -> the year; 'By 1992' -> the
 # year; 'in August 1994' -> the month; 'In December 1996' -> the month; 'in 1999' -> the year. Nothing: 'later'
 # (twice; relative), '$65 million (USD)' (money)
 dates=[D("May 1985", "1985-05"), D("1989", "1989"), D("1990", "1990"), D("1991", "1991"), D("1992", "1992"),
        D("August 1994", "1994-08"), D("December 1996", "1996-12"), D("1999", "1999")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
