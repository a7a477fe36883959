#!/usr/bin/env python3
"""Batch 57p gold annotations (the texts of batch57p.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a and 57f; batch10_annotate.write_parts), so with four
texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); decades ('the 1980s', 'the early 1980s', 'the 1970s', 'the end of the decade'), a day without a year ('on 20
May'), 'at the time', 'then', 'currently', 'recently' and 'in the eight months after its July 1981 debut' -> nothing
(as the corpus skips decades and days without a year). No text tells an outage, so every `outages` list is empty; two
tell near-misses (Kaypro 'forced into bankruptcy in 1992'; Connectix 'finally closed in August 2003': business
failures), and one a product defect (the Osborne 1's '10-15% failure rate'), no service said to be lost (GUIDELINES,
Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j,
57a, 57f): 'founded ... by A' or 'formed ... by A' (one person) -> founder, current true (founders stay founders, the
company gone or not, as batches 56b, 57a and 57f); 'board members' -> director (GUIDELINES, Roles: a board member);
'Chief Executive Officer and president' -> ceo and president; posts held 'when Connectix finally closed' and board
members who 'were' -> current false (the posts ended with the company; doubtful, as the corpus is split on posts at
defunct companies: batches of the Soyo and Oakridge texts chose each way); 'organized X as a daughter company' and 'a
subsidiary of' -> parentOrganization; 'shareholders accepted a takeover offer from' with 'It is a subsidiary of' ->
acquired and parentOrganization (completed); 'sold his ... company to' with the company unnamed -> nothing (no
annotated target); shares and a per-copy fee for bundling a named program -> partner (a licensing deal) and provider
for the program's owner (doubtful); ISPs 'which use PIPE's ... networks' -> partner(ISP, PIPE) (customers, direction as
written; doubtful); 'entered into a joint venture with' -> partner; named computers, operating systems, programs,
languages, a chip model and submarine cables -> Service (GUIDELINES, Types: devices and software; the corpus types
cables as Service), with provider where the text says (or a careful reader is sure) who makes or runs them; a product
named with a maker's name inside it ('Apple II', 'IBM PC compatible') -> no Company for the maker unless named alone
(GUIDELINES, Types); the place in 'X-based' ('New Zealand-based') -> Location, and a named platform in 'CP/M-based' ->
Service by the same reading (doubtful); events ('the April 1982 West Coast Computer Faire'), methods (PERT, Gantt
charts), error messages ('"Application Not Found"'), a ticker ('PWK') and generic kinds ('microprocessor technology',
'INIT', 'peering exchanges', 'co-location', 'telehousing', 'fibre networks') -> no entity; stock exchanges -> Company
(GUIDELINES, Types); what an acronym 'stands for' ('Public Internet Peering Exchange') -> no alias (not a name the
company goes by; doubtful); nationality adjectives ('American', 'Australian') -> nothing.
usage: batch57p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- software and hardware, US: Connectix ---------------------------------------------------------------------------
CX = "Connectix Corporation"
AP = "Apple Computer"
A["wp-connectix"] = dict(
 # the company -> Company 'Connectix Corporation', alias 'Connectix'; 'Apple Computer' -> Company, alias 'Apple'
 # ('Apple's implementation', 'Apple would later build'; 'Apple' inside 'Apple menu' is the same company's name in a
 # feature's name, no separate entity); 'Utilitron, Inc.' -> Company; Jon Garber (alias 'Garber'), Bonnie Fought, Roy
 # McDonald (alias 'McDonald') and Fred Hollander -> Person; 'Virtual' ('its original flagship product'), 'HandOff II'
 # ('the file launcher'), 'SuperMenu', 'Mac OS', 'System 7', 'Macintosh' (alias 'Mac', in 'the original Mac'; doubtful:
 # there 'the original Mac' is the first model, a reader might keep it apart from the platform 'Macintosh'), 'Mac Plus'
 # and 'Mac SE' -> Service. No entity: 'system software', 'virtual memory', 'accelerator cards' (generic); 'INIT' (a
 # kind of Macintosh extension); '"Application Not Found"' (an error message); 'Apple menu' (an interface element;
 # doubtful: a reader might give a Service)
 entities=[E("Company", CX, "Connectix"), E("Company", AP, "Apple"), E("Person", "Jon Garber", "Garber"),
           E("Person", "Bonnie Fought"), E("Person", "Roy McDonald", "McDonald"), E("Service", "Virtual"),
           E("Service", "Mac OS"), E("Service", "System 7"), E("Service", "Macintosh", "Mac"),
           E("Service", "Mac Plus"), E("Service", "Mac SE"), E("Service", "HandOff II"),
           E("Person", "Fred Hollander"), E("Company", "Utilitron, Inc."), E("Service", "SuperMenu")],
 # 'It was formed in October 1988 by Jon Garber' -> founder at Connectix Corporation, current true (one founder named);
 # 'dominant board members were Garber, Bonnie Fought ..., and close friend Roy McDonald' -> director for each, current
 # false ('were', and the company closed; doubtful: the text writes no 'former', a reader may set true); 'McDonald was
 # still Chief Executive Officer and president when Connectix finally closed' -> ceo and president, current false (he
 # held the posts until the company's end; doubtful, as above). Near-misses, no role: 'Fred Hollander of Utilitron,
 # Inc.' (no title; a reader might give other or executive at Utilitron); 'close friend' and 'the two were later
 # married' (no post); the infobox's key people and Eric Traut (cut, not in the text)
 roles=[R("Jon Garber", "founder", CX), R("Jon Garber", "director", CX, False), R("Bonnie Fought", "director", CX, False),
        R("Roy McDonald", "director", CX, False), R("Roy McDonald", "ceo", CX, False),
        R("Roy McDonald", "president", CX, False)],
 # 'Virtual, its original flagship product' -> provider Connectix Corporation; 'HandOff II' and 'SuperMenu' (items of
 # 'Primary products included:') -> provider Connectix Corporation (doubtful: each is 'developed by Fred Hollander of
 # Utilitron, Inc.', so a reader might give Utilitron as provider, or both); 'Apple's implementation in System 7' and
 # 'introduced virtual memory to the Mac OS years before Apple's implementation' -> provider(System 7, Apple Computer)
 # and provider(Mac OS, Apple Computer); 'the original Mac / Mac Plus / Mac SE line, which were not supported by Apple'
 # -> provider Apple Computer for Macintosh, Mac Plus and Mac SE (a careful reader is sure Apple makes them; doubtful:
 # the text says only that Apple did not support the cards for them). Near-misses, no relation: HandOff II and SuperMenu
 # 'developed by Fred Hollander of Utilitron, Inc.' -> no partner(Connectix, Utilitron) (no deal between the companies
 # is told, only who developed the products); 'were sold to other companies once they become popular' -> no acquired
 # (products sold, buyers unnamed in the text; the infobox's Logitech, Sony and Microsoft cut); 'made obsolete as Apple
 # Computer incorporated the ideas' -> nothing (competition, no relation). Near-miss, no outage: Connectix 'finally
 # closed in August 2003' (a business ending)
 relations=[L("Virtual", "provider", CX), L("HandOff II", "provider", CX), L("SuperMenu", "provider", CX),
            L("Mac OS", "provider", AP), L("System 7", "provider", AP), L("Macintosh", "provider", AP),
            L("Mac Plus", "provider", AP), L("Mac SE", "provider", AP)],
 outages=[],
 # 'in October 1988' and 'in August 2003' -> the months
 dates=[D("October 1988", "1988-10"), D("August 2003", "2003-08")])

# ---- computer hardware, US: Kaypro ----------------------------------------------------------------------------------
KP = "Kaypro Corporation"
NLS = "Non-Linear Systems"
A["wp-kaypro"] = dict(
 # the company -> Company 'Kaypro Corporation', alias 'Kaypro'; 'Non-Linear Systems' -> Company, alias 'NLS' (the text
 # has NLS found Kaypro and organize it 'as a daughter company', so two companies, though 'Kaypro began as Non-Linear
 # Systems (NLS)' might lead a reader to alias them; doubtful); Andrew Kay -> Person; Solana Beach and California ->
 # Location; 'Osborne 1' (a rival's computer), 'KayComp' ('a personal computer, called KayComp'), 'Kaypro II' ('The
 # first Kaypro model ... branded as the Kaypro II'; kept apart from KayComp: the text does not say the design became
 # that model; doubtful), 'Apple II' and 'CP/M' (in 'CP/M-based computers'; doubtful: a modifier, read as the corpus
 # reads 'X-based') -> Service. No entity: 'IBM PC compatible technology' (a kind of technology; IBM named only inside
 # it), 'the April 1982 West Coast Computer Faire' (an event; GUIDELINES, Types), 'the digital voltmeter',
 # 'microprocessor technology', 'production-line test sets' (generic), '20 dealers' and 'test-equipment distributors'
 # (unnamed)
 entities=[E("Company", KP, "Kaypro"), E("Location", "Solana Beach"), E("Location", "California"),
           E("Company", NLS, "NLS"), E("Service", "Osborne 1"), E("Service", "CP/M"), E("Person", "Andrew Kay"),
           E("Service", "KayComp"), E("Service", "Kaypro II"), E("Service", "Apple II")],
 # 'Non-Linear Systems (NLS), a maker of electronic test equipment, founded in 1952 by Andrew Kay' -> founder at
 # Non-Linear Systems, current true. Near-misses, no role: no post at Kaypro Corporation is told for Kay (the cut
 # infobox lists him as Kaypro's key person); 'the inventor of the digital voltmeter' (no title at an organisation)
 roles=[R("Andrew Kay", "founder", NLS)],
 # 'The company was founded by Non-Linear Systems (NLS)' and 'Non-Linear Systems organized Kaypro Corporation as a
 # daughter company' -> parentOrganization(Kaypro Corporation, Non-Linear Systems); 'Non-Linear Systems began designing
 # a personal computer, called KayComp' -> provider(KayComp, Non-Linear Systems); 'The first Kaypro model ... the Kaypro
 # II' -> provider(Kaypro II, Kaypro Corporation). Near-misses, no relation: 'to compete with the popular Osborne 1' ->
 # no provider for the Osborne 1 (its maker is not named in this text) and no relation between the rivals; 'the Apple
 # II' -> no provider (Apple named only inside the product's name); 'Kaypro began as Non-Linear Systems' -> no
 # acquired and no alias (one company set up by the other). Near-miss, no outage: 'forced into bankruptcy in 1992' (a
 # business failure)
 relations=[L(KP, "parentOrganization", NLS), L("KayComp", "provider", NLS), L("Kaypro II", "provider", KP)],
 outages=[],
 # 'in 1992', 'in 1952', 'In 1981', 'In 1982' -> the years; 'the April 1982 West Coast Computer Faire' -> 'April 1982'
 # the month; 'the 1980s', 'the early 1980s', 'the 1970s', 'the end of the decade', 'on 20 May' (no year), 'at the
 # time' -> nothing
 dates=[D("1992", "1992"), D("1952", "1952"), D("1981", "1981"), D("1982", "1982"), D("April 1982", "1982-04")])

# ---- computer hardware, US: Osborne Computer Corporation ----------------------------------------------------------
OCC = "Osborne Computer Corporation"
MP = "MicroPro International"
A["wp-osborne-computer"] = dict(
 # the company -> Company 'Osborne Computer Corporation', alias 'OCC' ('Osborne Computer Corporation's'
 # possessive-free); Adam Osborne (alias 'Osborne': 'Osborne obtained the software', 'each copy of WordStar Osborne
 # distributed with his computers') and Lee Felsenstein -> Person; McGraw-Hill and MicroPro International -> Company;
 # Hayward, California and the San Francisco Bay Area -> Location; 'the Osborne 1' (the company's computer; 'Osborne
 # 1s' a plural of the same name, not listed apart), 'Z80' (a named microprocessor model; doubtful: its maker is not
 # named and a reader might take it for a chip kind), 'CP/M' ('the CP/M operating system'), 'MBASIC' and 'CBASIC'
 # ('programming languages'), 'WordStar' ('the WordStar word processing package') and 'SuperCalc' ('the SuperCalc
 # spreadsheet program') -> Service. No entity: 'his computer book-publishing company' (unnamed); 'cathode-ray tube
 # display', 'floppy-disk drives', 'RAM', '300 baud modem', 'project management software', 'communications software'
 # (generic); PERT and Gantt charts (methods)
 entities=[E("Company", OCC, "OCC"), E("Location", "Hayward"), E("Location", "California"),
           E("Location", "San Francisco Bay Area"), E("Person", "Adam Osborne", "Osborne"),
           E("Person", "Lee Felsenstein"), E("Service", "Osborne 1"), E("Company", "McGraw-Hill"),
           E("Service", "Z80"), E("Service", "CP/M"), E("Service", "MBASIC"), E("Service", "CBASIC"),
           E("Service", "WordStar"), E("Service", "SuperCalc"), E("Company", MP)],
 # 'the new Osborne Computer Corporation, which he founded in January 1981' -> founder at Osborne Computer Corporation
 # for Adam Osborne, current true. Near-misses, no role: 'hired Lee Felsenstein to design it' and 'Adam Osborne and Lee
 # Felsenstein developed ... the Osborne 1' -> no role for Felsenstein (no title; a reader might give cofounder or
 # other); Osborne as owner of 'his computer book-publishing company' (unnamed, no title)
 roles=[R("Adam Osborne", "founder", OCC)],
 # 'Osborne Computer Corporation's first product ... The first Osborne 1 shipped' -> provider(Osborne 1, OCC);
 # 'MicroPro International received 75,000 shares and $4.60 for each copy of WordStar Osborne distributed with his
 # computers' -> partner(Osborne Computer Corporation, MicroPro International) (a licensing deal between two named
 # companies: stock and a per-copy fee for bundling the program; GUIDELINES, Relations) and provider(WordStar, MicroPro
 # International) (the fee per copy shows whose program it is; doubtful: the text does not say MicroPro makes
 # WordStar in so many words). Near-misses, no relation: 'After Adam Osborne sold his computer book-publishing company
 # to McGraw-Hill in 1979' -> no acquired (the target is unnamed, so no annotated entity to relate); CP/M, MBASIC,
 # CBASIC, SuperCalc and Z80 -> no provider (their makers are not named); Osborne's 'offering stock' to the software
 # makers in general -> nothing beyond MicroPro (the others unnamed). Near-miss, no outage: 'the early units had a
 # 10-15% failure rate' (a product defect; GUIDELINES, Outages)
 relations=[L("Osborne 1", "provider", OCC), L(OCC, "partner", MP), L("WordStar", "provider", MP)],
 outages=[],
 # 'In 1981', 'in 1979', 'in January 1981', 'in July 1981' and 'its July 1981 debut' -> the year, the year and the
 # months ('July 1981' once); 'in the eight months after' and 'for several years to come' -> nothing
 dates=[D("1981", "1981"), D("1979", "1979"), D("January 1981", "1981-01"), D("July 1981", "1981-07")])

# ---- networking, Australia: PIPE Networks ---------------------------------------------------------------------------
PN = "PIPE Networks Limited"
TPG = "TPG Telecom Limited"
A["wp-pipe-networks"] = dict(
 # the company -> Company 'PIPE Networks Limited' (the listed name the text gives), aliases 'PIPE Networks' and 'PIPE'
 # ('also known as PIPE'; 'PIPE's' possessive-free); 'TPG Telecom Limited' -> Company, alias 'TPG Telecom'; 'PIPE
 # International' ('a newly formed PIPE subsidiary') and Kordia -> Company; 'the then Australian Stock Exchange' ->
 # Company (GUIDELINES, Types: stock exchanges); the ISPs Eftel, iiNet, Internode, Netspace and iPrimus -> Company;
 # 'PPC-1' (alias 'Pipe Pacific Cable') and 'PPC-2' (submarine cables) -> Service (as the corpus types cables);
 # Brisbane, Queensland, Sydney, Guam, Madang, Papua New Guinea, New Zealand (also in 'New Zealand-based') and Australia
 # -> Location. No entity: 'Public Internet Peering Exchange' (what the acronym stands for; no alias, doubtful),
 # 'PWK' (a stock code), 'peering exchanges', 'co-location', 'telehousing', 'fibre networks', 'metropolitan exchange
 # networks' (generic services, none named); 'Australian' (an adjective)
 entities=[E("Company", PN, "PIPE Networks", "PIPE"), E("Location", "Brisbane"), E("Location", "Queensland"),
           E("Company", TPG, "TPG Telecom"), E("Company", "Australian Stock Exchange"), E("Company", "Eftel"),
           E("Company", "iiNet"), E("Company", "Internode"), E("Company", "Netspace"), E("Company", "iPrimus"),
           E("Service", "PPC-1", "Pipe Pacific Cable"), E("Location", "Sydney"), E("Location", "Guam"),
           E("Location", "Madang"), E("Location", "Papua New Guinea"), E("Company", "PIPE International"),
           E("Location", "New Zealand"), E("Company", "Kordia"), E("Location", "Australia"), E("Service", "PPC-2")],
 # no person is named in the kept text (the founders Bevan Slattery and Steve Baxter and Slattery's post as managing
 # director are in the cut infobox only), so no role. Near-miss: 'shareholders' (unnamed)
 roles=[],
 # 'It is a subsidiary of TPG Telecom' -> parentOrganization(PIPE Networks Limited, TPG Telecom Limited); 'In March
 # 2010, shareholders accepted a takeover offer from TPG Telecom Limited' (completed: the text has PIPE a subsidiary of
 # TPG Telecom) -> acquired(TPG Telecom Limited, PIPE Networks Limited); 'a newly formed PIPE subsidiary, PIPE
 # International' -> parentOrganization(PIPE International, PIPE Networks Limited); 'It is operated by ... PIPE
 # International' -> provider(PPC-1, PIPE International) (the operator; PIPE Networks, which announced and built it, is
 # its parent); 'entered into a joint venture with New Zealand-based Kordia' -> partner(PIPE Networks Limited, Kordia);
 # 'Australian ISPs which use PIPE's metropolitan fibre networks include Eftel, iiNet, Internode, Netspace and iPrimus'
 # -> partner(ISP, PIPE Networks Limited) for each (customers of a named supplier, direction as written; doubtful: no
 # contract word, a reader might leave them out). Near-misses, no relation: 'PIPE listed on the then Australian Stock
 # Exchange' -> nothing (a listing is no partnership or ownership); 'This cable will be known as PPC-2' -> no provider
 # (to be built by the joint venture, which is unnamed, and not yet running); 'PIPE currently runs six metropolitan
 # exchange networks' -> nothing (none named)
 relations=[L(PN, "parentOrganization", TPG), L(TPG, "acquired", PN), L("Eftel", "partner", PN),
            L("iiNet", "partner", PN), L("Internode", "partner", PN), L("Netspace", "partner", PN),
            L("iPrimus", "partner", PN), L("PIPE International", "parentOrganization", PN),
            L("PPC-1", "provider", "PIPE International"), L(PN, "partner", "Kordia")],
 outages=[],
 # 'on 17 May 2005' -> the day; 'In March 2010', 'In January 2008', 'In April 2008' -> the months; 'the then',
 # 'currently', 'recently' -> nothing
 dates=[D("17 May 2005", "2005-05-17"), D("March 2010", "2010-03"), D("January 2008", "2008-01"),
        D("April 2008", "2008-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
