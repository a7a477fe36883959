#!/usr/bin/env python3
"""Batch 58j gold annotations (the texts of batch58j.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f and 57p; batch10_annotate.write_parts), so with four
texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); decades ('the early 1980s', 'the late 1990s'), a short year range ('in the period 1982-84'; skipped, as the
corpus mostly skips ranges written '1962-63'; doubtful: one batch gave the first year), 'Later that year', 'then-',
'soon', 'shortly after' and 'for some time' -> nothing; 'At the end of March in 1992' -> the month (GUIDELINES, Dates:
'the end of the month' -> the month). No text tells an outage, so every `outages` list is empty; two tell near-misses
(General Magic ceasing operations in 2002 and liquidated in 2004; 3dfx 'going bankrupt in 2002': business failures),
and one a product line ended (Geode 'discontinued in 2019'), no service said to be lost (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j,
57a, 57f, 57p): 'co-founded by A, B, and C', 'with founders A, B, and C', 'Founded ... by A, B and C' and 'founded by A
and B' -> cofounder each, current true (as batches 56b, 57a and 57f); 'then-CEO' -> ceo, current false; 'joining the ...
board' -> director; 'vice president of marketing' -> vice-president; posts at a company the text has liquidated ->
current false (the posts ended with the company; doubtful, as batch 57p chose for Connectix); people 'joined at' a
company with no title, 'hardware pioneer', 'former employees of' and a team's members -> no role; an owner named only
in a possessive ('Gordie Campbell's TechFarm') -> no role (the corpus gives owners no role); 'was acquired by' ->
acquired and parentOrganization(target, buyer) (GUIDELINES, Relations); 'set up by' a company -> parentOrganization
(as batch 57p's 'daughter company'; ownership that later ended kept: relations carry no time); 'X's Y' for two
companies ('Rexnord's Tano Corporation') and 'X's ... subsidiary, Y' -> parentOrganization; 'merged with' without a
buyer -> nothing (GUIDELINES, Relations); 'spinning off the group as a separate company' -> no parentOrganization (an
independent company, as batch 57f read a spin-off); minority stakes, investors and 'backing' (Apple's minority stake,
Prutec's 41 percent, Hill Samuel, the WDA, Mettoy's remaining 20 percent, TechFarm) -> nothing (as the corpus has read
investments since batch 21a); a product line or patents sold ('sold the line to AMD', 'Paul Allen purchasing most of
its patents') -> nothing (asset purchases); negotiations -> nothing; 'foundry partner' -> partner; a device of a named
company using a named company's operating system -> partner (a supply relation; doubtful, as batch 57f); named chips,
cards, computers, operating systems, a programming language, an API and games -> Service (GUIDELINES, Types), with
provider where the text says (or a careful reader is sure) who makes them; a product named with a maker's name inside
it ('Motorola Envoy', 'Tandy TRS-80 Color Computer', 'ICE Home Run Derby') -> no Company for that maker unless named
alone (GUIDELINES, Types), and a maker named alone ('Cyrix' in 'the Cyrix Cx486SLC', 'Motorola' in 'a standard
Motorola datasheet configuration') is the company; a named platform in 'OS-9-based' or 'i386 compatible' -> Service
(as batch 57p's 'CP/M-based'; doubtful); a project's name ('the Paradigm project'), standards and chip or component
kinds ('USB', 'ASICs', 'x86', 'CPU, SAM and VDG', '286 and 386 microprocessors', 'floating point units') -> no entity;
a government development agency -> Organization; nationality and regional adjectives ('American', 'Welsh', 'North
American') -> nothing.
usage: batch58j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- graphics hardware, US: 3dfx Interactive ------------------------------------------------------------------------
TD = "3dfx Interactive"
A["wp-3dfx-interactive"] = dict(
 # the company -> Company '3dfx Interactive', aliases '3dfx' and '3Dfx' (the second in '3Dfx Voodoo Graphics hardware',
 # the company's name before its product, capitalised so); Nvidia, 'Silicon Graphics Inc.', TechFarm and Atari ->
 # Company; Ross Smith, Gary Tarolli, Scott Sellers and Gordie Campbell -> Person; San Jose and California ->
 # Location; 'Voodoo Graphics' (the flagship add-in card and chip; alias 'Voodoo', in 'the Voodoo chipset', doubtful:
 # a reader might keep the chipset apart from the card), 'Voodoo2' ('its follow-up'), 'Glide API' ('the company's
 # Glide API'; the name as written, 'API' with it) -> Service; the games 'ICE Home Run Derby', 'San Francisco Rush' and
 # 'Wayne Gretzky's 3D Hockey' -> Service (GUIDELINES, Types: games). No entity: 'ICE' (named only inside the game's
 # name; GUIDELINES, Types), 'Wayne Gretzky' (inside the game's name), '3D graphics processing units', 'graphics
 # cards', 'add-in card', 'video card', 'reference boards', 'OEM supplier', 'graphics card companies' (generic or
 # unnamed); 'the arcade market' (a market); 'PC' (generic)
 entities=[E("Company", TD, "3dfx", "3Dfx"), E("Location", "San Jose"), E("Location", "California"),
           E("Service", "Voodoo Graphics", "Voodoo"), E("Service", "Voodoo2"), E("Service", "Glide API"),
           E("Company", "Nvidia"), E("Person", "Ross Smith"), E("Person", "Gary Tarolli"), E("Person", "Scott Sellers"),
           E("Company", "Silicon Graphics Inc."), E("Person", "Gordie Campbell"), E("Company", "TechFarm"),
           E("Service", "ICE Home Run Derby"), E("Company", "Atari"), E("Service", "San Francisco Rush"),
           E("Service", "Wayne Gretzky's 3D Hockey")],
 # 'Founded in 1994 by Ross Smith, Gary Tarolli and Scott Sellers' -> cofounder at 3dfx Interactive for each, current
 # true (three founders named). Near-misses, no role: '(all former employees of Silicon Graphics Inc.)' -> nothing
 # (no title; a reader might give 'other' at Silicon Graphics, current false); 'Gordie Campbell's TechFarm' -> nothing
 # (an owner named in a possessive, no title; a reader might give founder or head at TechFarm); the cut infobox's key
 # people (the same three, no posts)
 roles=[R("Ross Smith", "cofounder", TD), R("Gary Tarolli", "cofounder", TD), R("Scott Sellers", "cofounder", TD)],
 # 'was acquired by Nvidia mostly for intellectual property rights after going bankrupt in 2002' -> acquired(Nvidia,
 # 3dfx Interactive) and parentOrganization(3dfx Interactive, Nvidia) (GUIDELINES, Relations: a completed acquisition;
 # doubtful: 'mostly for intellectual property rights' and the bankruptcy suggest an asset purchase, which the cut
 # infobox calls 'most assets bought by Nvidia', but the kept text says the company was acquired); 'The company's
 # flagship product was the Voodoo Graphics', 'its follow-up, Voodoo2' and 'the company's Glide API' -> provider 3dfx
 # Interactive for each; 'Atari's San Francisco Rush' -> provider(San Francisco Rush, Atari) (a possessive naming the
 # game's maker). Near-misses, no relation: 'with backing from Gordie Campbell's TechFarm' -> nothing (funding, no share
 # told; as the corpus reads investments); 'an OEM supplier for graphics card companies' -> no partner (the customers
 # unnamed); 'it was featured in ... Atari's San Francisco Rush' -> no partner(3dfx, Atari) (the text tells the
 # hardware used in the game's arcade machine, not a deal between the companies, and 3dfx sold through card makers;
 # doubtful); ICE Home Run Derby and Wayne Gretzky's 3D Hockey -> no provider (makers not named on their own); 'all
 # former employees of Silicon Graphics Inc.' -> no relation between the companies. Near-miss, no outage: 'going
 # bankrupt in 2002' (a business failure)
 relations=[L(TD, "parentOrganization", "Nvidia"), L("Nvidia", "acquired", TD), L("Voodoo Graphics", "provider", TD),
            L("Voodoo2", "provider", TD), L("Glide API", "provider", TD), L("San Francisco Rush", "provider", "Atari")],
 outages=[],
 # 'founded in 1994' / 'Founded in 1994', 'until 2000', 'in 2002', 'in 1996' (twice) -> the years, each once; 'the late
 # 1990s' (a decade's part) and 'Later that year' (relative, `published` null) -> nothing
 dates=[D("1994", "1994"), D("2000", "2000"), D("2002", "2002"), D("1996", "1996")])

# ---- semiconductors, US: Cyrix ---------------------------------------------------------------------------------------
CY = "Cyrix Corporation"
NS = "National Semiconductor"
SLC = "Cyrix Cx486SLC"
A["wp-cyrix"] = dict(
 # the company -> Company 'Cyrix Corporation', alias 'Cyrix' ('Cyrix's' possessive-free; 'Cyrix' before 'Cx486SLC' is
 # the company's name inside the product's, the product taking the full name, GUIDELINES, Types); Intel, IBM, 'National
 # Semiconductor' (alias 'National': 'National released', 'National sold') and AMD -> Company; Tom Brightman and Jerry
 # Rogers -> Person; Richardson and Texas -> Location; 'Cyrix Cx486SLC' (aliases '486SLC' and 'SLC': 'the 486SLC and
 # 486DLC' of 1992 and 'a desktop version of the SLC' are the same chip; doubtful: a reader might keep '486SLC' apart),
 # 'Cx486DLC' (alias '486DLC'), 'MediaGX', 'Geode', '386SX', '386DX' (named chips) and 'i386' (in 'i386 compatible
 # processors'; doubtful: a modifier, read as batch 57p read 'CP/M-based') -> Service. No entity: '286 and 386
 # microprocessors' (chip generations, no product name; doubtful), 'floating point units', 'x86 microprocessor',
 # 'notebook computer applications' (generic); 'the Intel parts' (Intel the company, no product name); 'the line'
 # (the product line, named as MediaGX and Geode)
 entities=[E("Company", CY, "Cyrix"), E("Location", "Richardson"), E("Location", "Texas"),
           E("Person", "Tom Brightman"), E("Person", "Jerry Rogers"), E("Service", "i386"),
           E("Service", SLC, "486SLC", "SLC"), E("Service", "Cx486DLC", "486DLC"), E("Company", "Intel"),
           E("Company", "IBM"), E("Company", NS, "National"), E("Service", "MediaGX"), E("Service", "Geode"),
           E("Company", "AMD"), E("Service", "386SX"), E("Service", "386DX")],
 # 'The company was founded by Tom Brightman and Jerry Rogers.' -> cofounder at Cyrix Corporation for each, current
 # true (two founders named; as batch 57f's founders read). Near-miss: the cut infobox's founder list (the same two)
 roles=[R("Tom Brightman", "cofounder", CY), R("Jerry Rogers", "cofounder", CY)],
 # 'their foundry partner IBM' -> partner(Cyrix Corporation, IBM) (the text's word 'partner'; 'their' is Cyrix's, the
 # sentence being on Cyrix's processors; direction as written, Cyrix's partner); 'Cyrix introduced its own ... 486SLC
 # and 486DLC' and 'the Cyrix Cx486SLC was released' -> provider Cyrix Corporation for Cyrix Cx486SLC and Cx486DLC;
 # 'National released Cyrix's latest designs under the MediaGX name and then an updated version as Geode in 1999' ->
 # provider(MediaGX, National Semiconductor) and provider(Geode, National Semiconductor); 'National sold the line to
 # AMD in August 2003 where it was known as Geode' -> provider(Geode, AMD) (AMD made and sold it after; relations carry
 # no time; doubtful: a reader might give Geode one provider only); 'i386 compatible processors ... These had higher
 # performance than the Intel parts' -> provider(i386, Intel) (the i386 parts are Intel's by the comparison;
 # doubtful). Near-misses, no relation: 'the company merged with National Semiconductor on 11 November 1997' -> no
 # acquired and no parentOrganization (GUIDELINES, Relations: a merger where the text does not say who buys whom; the
 # cut infobox's 'Sold to National Semiconductor' not in the text; doubtful: 'National released Cyrix's latest
 # designs' may lead a reader to read a takeover); 'National sold the line to AMD' -> no acquired (a product line, an
 # asset purchase); 'a lengthy series of lawsuits with Intel' -> nothing (litigation); 'IBM was releasing the same
 # designs under their own branding' -> no provider for IBM (no product name of IBM's given); 386SX and 386DX -> no
 # provider (their maker not named with them). Near-miss, no outage: 'The line was discontinued in 2019' (a product
 # withdrawn)
 relations=[L(CY, "partner", "IBM"), L(SLC, "provider", CY), L("Cx486DLC", "provider", CY),
            L("MediaGX", "provider", NS), L("Geode", "provider", NS), L("Geode", "provider", "AMD"),
            L("i386", "provider", "Intel")],
 outages=[],
 # 'in 1988', 'In 1992', 'in 1999', 'in 2019' -> the years; 'on 11 November 1997' -> the day; 'in August 2003' -> the
 # month; 'At the end of March in 1992' -> 'March in 1992' the month (the end of a month -> the month); 'in June 1992'
 # -> the month; 'shortly after' -> nothing
 dates=[D("1988", "1988"), D("1992", "1992"), D("11 November 1997", "1997-11-11"), D("1999", "1999"),
        D("August 2003", "2003-08"), D("2019", "2019"), D("March in 1992", "1992-03"), D("June 1992", "1992-06")])

# ---- computer hardware, UK (Wales): Dragon Data -------------------------------------------------------------------
DD = "Dragon Data Ltd."
A["wp-dragon-data"] = dict(
 # the company -> Company 'Dragon Data Ltd.', alias 'Dragon Data'; Mettoy ('toy company Mettoy'), Rexnord, 'Tano
 # Corporation', Prudential, Prutec ('Prudential's technology investment subsidiary'), 'Hill Samuel' (a bank) and
 # Motorola (named alone in 'a standard Motorola datasheet configuration') -> Company; 'Welsh Development Agency' ->
 # Organization (a government development agency), alias 'WDA'; 'Dragon 32' and 'Dragon 64' (the company's computers),
 # 'Tandy TRS-80 Color Computer' (alias 'CoCo', as the text glosses it; Tandy named only inside it, so no Company) and
 # 'OS-9' (in 'OS-9-based software'; doubtful, as batch 57p's 'CP/M-based') -> Service. No entity: 'the 64K model'
 # (a description of the Dragon 64, no alias: not a name; doubtful), 'CPU, SAM and VDG' (component kinds), 'the
 # external disk unit' (generic), 'a North American branch' (unnamed, never formed in the text), 'Welsh' (an
 # adjective; Wales only in the cut infobox)
 entities=[E("Company", DD, "Dragon Data"), E("Service", "Dragon 32"), E("Service", "Dragon 64"),
           E("Service", "Tandy TRS-80 Color Computer", "CoCo"), E("Company", "Motorola"), E("Company", "Mettoy"),
           E("Company", "Rexnord"), E("Company", "Tano Corporation"), E("Company", "Prudential"),
           E("Company", "Prutec"), E("Company", "Hill Samuel"),
           E("Organization", "Welsh Development Agency", "WDA"), E("Service", "OS-9")],
 # no person is named in the kept text (the temporary chief executive appointed by the WDA is unnamed, and in the cut
 # paragraph), so no role
 roles=[],
 # 'The company was originally set up by toy company Mettoy' -> parentOrganization(Dragon Data Ltd., Mettoy) (a company
 # set up by another, as batch 57p's 'daughter company'; kept though Mettoy later kept only 20 percent: relations carry
 # no time; doubtful); 'These computers, the Dragon 32 and Dragon 64' of 'a Welsh producer of home computers' ->
 # provider Dragon Data Ltd. for each; 'Rexnord's Tano Corporation' -> parentOrganization(Tano Corporation, Rexnord)
 # (a possessive of one company on another; doubtful: the text says no more); 'Prudential's technology investment
 # subsidiary, Prutec' -> parentOrganization(Prutec, Prudential). Near-misses, no relation: 'entered negotiations with
 # Rexnord's Tano Corporation to form a North American branch' -> no partner (negotiations; GUIDELINES, Relations);
 # 'Prutec, took a 41 percent stake, alongside Hill Samuel and the Welsh Development Agency (WDA), leaving Mettoy with a
 # 20 percent stake' -> nothing (minority stakes and investors, none a majority owner; a reader might give
 # parentOrganization to Prutec as the largest holder); 'strongly resembled the Tandy TRS-80 Color Computer' and 'a
 # standard Motorola datasheet configuration' -> nothing (a likeness and a design reference, no deal told); OS-9 -> no
 # provider (its maker not named). No outage: 'caused the company to lose market share' (a business decline)
 relations=[L(DD, "parentOrganization", "Mettoy"), L("Dragon 32", "provider", DD), L("Dragon 64", "provider", DD),
            L("Tano Corporation", "parentOrganization", "Rexnord"), L("Prutec", "parentOrganization", "Prudential")],
 outages=[],
 # 'the early 1980s' (a decade's part) and 'in the period 1982-84' (a short range; doubtful, see the docstring) ->
 # nothing; '(later)' -> nothing. So no date item
 dates=[])

# ---- software and electronics, US: General Magic --------------------------------------------------------------------
GM = "General Magic"
AP = "Apple Computer"
A["wp-general-magic"] = dict(
 # the company -> Company 'General Magic'; 'Apple Computer' -> Company, alias 'Apple' ('Apple's then-CEO', 'within
 # Apple', 'Apple took', 'Apple's System 7 team'); 'Apple Japan' (a named Apple company staff joined from) and Sony ->
 # Company; Bill Atkinson, Andy Hertzfeld, Marc Porat (aliases 'Atkinson', 'Hertzfeld', 'Porat'), John Sculley (alias
 # 'Sculley'), Paul Allen, Susan Kare, Joanna Hoffman, Wendell Sander, Walt Broedner, Megan Smith, Phil Goldman, Bruce
 # Leak and Darin Adler -> Person; Mountain View and California -> Location; 'Magic Cap' ('the operating system'),
 # 'Magic Link' ('Sony's Magic Link'), 'Motorola Envoy' (Motorola named only inside it, so no Company), 'Telescript'
 # ('the programming language') and 'System 7' -> Service. No entity: 'the Paradigm project' (a project; GUIDELINES,
 # Types: programmes), 'USB', 'software modems', 'small touchscreens', 'touchscreen controller Integrated circuits',
 # 'ASICs', 'multimedia email', 'networked games', 'streaming TV', 'early e-commerce notions' and 'PDAs' (kinds of
 # technology and products, none named; 'USB' a standard; doubtful: a reader might give USB a Service), 'the General
 # Magic board' (the company's board), 'management' and 'the team' (unnamed)
 entities=[E("Company", GM), E("Person", "Bill Atkinson", "Atkinson"), E("Person", "Andy Hertzfeld", "Hertzfeld"),
           E("Person", "Marc Porat", "Porat"), E("Location", "Mountain View"), E("Location", "California"),
           E("Service", "Magic Cap"), E("Company", "Sony"), E("Service", "Magic Link"), E("Service", "Motorola Envoy"),
           E("Service", "Telescript"), E("Person", "Paul Allen"), E("Company", AP, "Apple"),
           E("Person", "John Sculley", "Sculley"), E("Person", "Susan Kare"), E("Person", "Joanna Hoffman"),
           E("Person", "Wendell Sander"), E("Person", "Walt Broedner"), E("Person", "Megan Smith"),
           E("Company", "Apple Japan"), E("Service", "System 7"), E("Person", "Phil Goldman"),
           E("Person", "Bruce Leak"), E("Person", "Darin Adler")],
 # 'co-founded by Bill Atkinson, Andy Hertzfeld, and Marc Porat' and 'with founders Marc Porat, Andy Hertzfeld, and Bill
 # Atkinson' -> cofounder at General Magic for each, current true; 'Apple's then-CEO John Sculley' -> ceo at Apple
 # Computer, current false ('then-'); 'John Sculley joining the General Magic board' -> director at General Magic,
 # current false (the company 'was liquidated in 2004'; doubtful: the text writes no end of the post, a reader may set
 # true, as batch 57p's Connectix board members); 'Joanna Hoffman (vice president of marketing)' at General Magic ->
 # vice-president, current false (doubtful, as above). Near-misses, no role: Susan Kare, Walt Broedner, Phil Goldman,
 # Bruce Leak and Darin Adler ('joined at General Magic', 'Apple's System 7 team'; no title), 'hardware pioneer Wendell
 # Sander' (a description, no post), 'Megan Smith who joined from Apple Japan' (no title at either company), Paul Allen
 # (a buyer of patents, no post)
 roles=[R("Bill Atkinson", "cofounder", GM), R("Andy Hertzfeld", "cofounder", GM), R("Marc Porat", "cofounder", GM),
        R("John Sculley", "ceo", AP, False), R("John Sculley", "director", GM, False),
        R("Joanna Hoffman", "vice-president", GM, False)],
 # 'The company's main product was Magic Cap' -> provider(Magic Cap, General Magic); 'It also introduced the
 # programming language Telescript' -> provider(Telescript, General Magic); 'Sony's Magic Link' ->
 # provider(Magic Link, Sony); 'Magic Cap, the operating system used in 1994 by Sony's Magic Link' -> partner(General
 # Magic, Sony) (a named company's device running the company's operating system: a supply or licensing relation;
 # doubtful, as batch 57f's device 'to be used by' a named company; no deal word); 'Apple's System 7 team' ->
 # provider(System 7, Apple Computer); 'Apple Japan' -> parentOrganization(Apple Japan, Apple Computer) (a unit named
 # with its parent's name; doubtful: the text says nothing of it beyond its name). Near-misses, no relation: 'spinning
 # off the group as a separate company' -> no parentOrganization(General Magic, Apple Computer) (a spin-off, independent;
 # as batch 57f); 'Apple took a minority stake in the company' -> nothing (a minority stake); 'the Motorola Envoy PDAs'
 # -> no provider and no partner (Motorola named only inside the device's name); 'Paul Allen purchasing most of its
 # patents' -> nothing (an asset purchase by a person); 'a partnership of computer, communications and consumer
 # electronics companies' -> nothing (an idea, no named party). Near-miss, no outage: 'announcing it would cease
 # operations in 2002, it was liquidated in 2004' (a business ending)
 relations=[L("Magic Cap", "provider", GM), L("Telescript", "provider", GM), L("Magic Link", "provider", "Sony"),
            L(GM, "partner", "Sony"), L("System 7", "provider", AP), L("Apple Japan", "parentOrganization", AP)],
 outages=[],
 # 'in 1994', 'in 2002', 'in 2004', 'in 1989' -> the years; 'in May 1990' -> the month; 'then-', 'for some time',
 # 'Eventually', 'soon after' -> nothing
 dates=[D("1994", "1994"), D("2002", "2002"), D("2004", "2004"), D("1989", "1989"), D("May 1990", "1990-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
