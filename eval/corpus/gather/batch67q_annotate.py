#!/usr/bin/env python3
"""Batch 67q gold annotations (the texts of batch67q.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-67f; batch10_annotate.write_parts), so with three texts: wp-bay-networks test, wp-digital-research train,
wp-signetics dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a list
item's '(May, 1995)' -> the month (the comma is the text's); 'its era', 'came later', 'Soon after', 'At the time' ->
nothing (relative, `published` null). No text tells an outage, so every `outages` list is empty, and none tells a
near-miss of one (a merger, purchases, an investment, a product 'unsuccessful in competition' and money running out
are business matters, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-67f): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as starting a company are each `cofounder` ('Signetics was started in
1961, by a group of engineers\u2014David Allison, David James, Lionel Kattner, and Mark Weissenstern\u2014'); one person
named alone as creating a company is `founder` ('the company created by Dr. Gary Kildall to market and develop his
CP/M operating system'; 'created' read as founded), current true; 'Dr.' is a courtesy title, left out of the name;
a completed purchase ('acquiring the following companies', 'was purchased by Novell', 'They were bought by Philips')
-> acquired and parentOrganization (GUIDELINES, Relations; relations carry no time); a merger of two named companies
into a new one with no buyer named ('formed through the merger of ... SynOptics Communications and ... Wellfleet
Communications') -> nothing (GUIDELINES, Relations: 'A "merger" where the text does not say who buys whom: nothing');
a 51% ownership bought for an investment -> parentOrganization only (batch 67b's 'owned a majority stake of ESPN' ->
parentOrganization; no `acquired`, the text words it as an investment; doubtful); 'incorporated in' a named unit ->
parentOrganization to that unit (doubtful); an investment or financing by a named bank with no stake told -> nothing
(batch 64c: investments from named sources -> no relation; doubtful beside batch 63h's 'financed by' -> partner);
engineers who 'left' a company, a 'spinoff' of a company's former staff and a competitor -> nothing; operating
systems, a processor model, a timer chip -> Service (GUIDELINES, Types: software and devices), with provider where the
text says or makes sure who made or introduced it ('DR introduced ... Flex OS'; "DR's product suite included ...";
'they went on to develop ... the 555 timer chip'); a product or company named only inside another name ('MS' in
'MS-DOS' and 'MS Windows', Intel in 'Intel 80286', IBM in 'IBM 4690 OS') -> no entity for the maker and no provider
(GUIDELINES, Types); a company's later name ('(now NXP)') and former name ('originally Intergalactic Digital Research')
-> aliases (GUIDELINES, Types); technologies, standards and kinds ('Ethernet', 'Asynchronous Transfer Mode', 'Token
Ring', 'RMON and RMON2', 'DNS and DHCP', 'FAT filesystem', 'DTL ICs', 'integrated circuits', '8080/Z80-based
microcomputers', 'point-of-sale systems') -> nothing; places -> Location, each place name its own entity (as batch
66k's 'Vienna, Virginia'); 'Massachusetts Bay' and 'the San Francisco Bay Area', 'Greater Boston' -> Location
(regions; the bay doubtful: a body of water named as where a company was 'nearby to').
usage: batch67q_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- networking, US: Bay Networks ----------------------------------------------------------------------------------
BN = "Bay Networks, Inc."
BOUGHT = ["Centillion Networks, Inc.", "Xylogics, Inc.", "Performance Technology", "ARMON Networking, Ltd.",
          "LANcity Corporation", "Penril Datability Networks", "NetICs, Inc.", "ISOTRO Network Management, Inc."]
A["wp-bay-networks"] = dict(
 # the company -> Company 'Bay Networks, Inc.' (the fullest name, as batch 67f's 'Ohio Scientific, Inc.'), alias 'Bay
 # Networks'; its two predecessors -> Company 'SynOptics Communications' (alias 'SynOptics') and 'Wellfleet
 # Communications' (alias 'Wellfleet'); a competitor -> Company 'Cisco Systems'; the eight companies of the list ->
 # Company, each under the name the item gives ('Xylogics, Inc.', 'Performance Technology', 'Penril Datability
 # Networks'; no shorter form is written); Santa Clara, California, Billerica, Massachusetts, the San Francisco Bay
 # Area, Greater Boston and Massachusetts Bay -> Location (regions and places; 'Massachusetts Bay' doubtful, a body of
 # water the text names as near Greater Boston, kept as a named place the company's name came from). No entity:
 # 'Ethernet', 'twisted pair', '10 Mbit/s', 'a modular Ethernet hub product' (a standard and an unnamed product),
 # 'Asynchronous Transfer Mode', 'Token Ring', 'LAN-to-WAN', 'RMON and RMON2', 'Cable modem', 'Digital Signal
 # Processing', 'ASIC-based Fast Ethernet', 'DNS and DHCP' (technologies and standards the items name, no product)
 entities=[E("Company", BN, "Bay Networks"), E("Location", "Santa Clara"), E("Location", "California"),
           E("Company", "SynOptics Communications", "SynOptics"), E("Location", "Billerica"),
           E("Location", "Massachusetts"), E("Company", "Wellfleet Communications", "Wellfleet"),
           E("Company", "Cisco Systems"), E("Location", "San Francisco Bay Area"), E("Location", "Greater Boston"),
           E("Location", "Massachusetts Bay")] + [E("Company", n) for n in BOUGHT],
 # no person is named, so no role
 roles=[],
 # 'acquiring the following companies during the course of its existence:' with the eight items -> acquired(Bay
 # Networks, X) and parentOrganization(X, Bay Networks) for each (completed purchases; the list is the buyer's own).
 # Near-misses, no relation: 'formed through the merger of ... SynOptics Communications and ... Wellfleet
 # Communications' and 'The combined company was renamed Bay Networks' (a merger with no buyer named: nothing; a
 # reader might give parentOrganization of each to Bay Networks, or make 'SynOptics' an alias of the company renamed);
 # 'Wellfleet was an important competitor to Cisco Systems' (competition); 'SynOptics ... having developed a
 # pre-standard twisted pair 10 Mbit/s Ethernet product and a modular Ethernet hub product' (unnamed products: no
 # Service, no provider); each item's technology ('Provided Asynchronous Transfer Mode switching ...', 'Cable modem
 # technology') (what the bought company brought, no named service)
 relations=[rel for n in BOUGHT for rel in b10.acq(BN, n)],
 outages=[],
 # 'on July 6, 1994' -> 1994-07-06; the items' '(May, 1995)', '(December, 1995)', '(March, 1996)', '(July, 1996)',
 # '(October, 1996)', '(November, 1996)', '(December, 1996)', '(April, 1997)' -> the months (each surface without
 # its brackets). No date: 'during the course of its existence' (a span with no years); '10 Mbit/s', '20%' (figures)
 dates=[D("July 6, 1994", "1994-07-06"), D("May, 1995", "1995-05"), D("December, 1995", "1995-12"),
        D("March, 1996", "1996-03"), D("July, 1996", "1996-07"), D("October, 1996", "1996-10"),
        D("November, 1996", "1996-11"), D("December, 1996", "1996-12"), D("April, 1997", "1997-04")])

# ---- software, US: Digital Research --------------------------------------------------------------------------------
DRI = "Digital Research, Inc."
DR_PRODUCTS = ["CP/M", "DR-DOS", "MP/M", "CP/M-86", "Concurrent CP/M", "MP/M-86", "Concurrent DOS",
               "Concurrent DOS XM", "Concurrent DOS 386", "Flex OS"]
A["wp-digital-research"] = dict(
 # the company -> Company 'Digital Research, Inc.', aliases 'Digital Research', 'DR', 'DRI' ('aka DR or DRI') and its
 # first name 'Intergalactic Digital Research' ('originally ...'; one company under two names, GUIDELINES, Types);
 # Gary Kildall -> Person (the text's 'Dr. Gary Kildall': the title left out of the name, no other surface form);
 # Pacific Grove and California -> Location; Novell -> Company; the operating systems CP/M, MP/M, DR-DOS, CP/M-86,
 # Concurrent CP/M, MP/M-86, Concurrent DOS, Concurrent DOS XM, Concurrent DOS 386, MS-DOS, MS Windows and the IBM
 # 4690 OS -> Service; 'Flex OS' -> Service, alias 'DOS-286' ('initially called DOS-286 and subsequently Flex OS': one
 # system under two names, the later name its name); the Intel 80286 (a processor, a device the text names by maker
 # and model) -> Service. No entity: Microsoft (not named: 'MS' only inside 'MS-DOS' and 'MS Windows'), Intel and IBM
 # (named only inside the products' names, GUIDELINES, Types); '8080/Z80-based microcomputers' (processor numbers
 # inside an adjective for a class of machines, as batch 66k's '128'; doubtful: a reader might make 'Z80' a Service);
 # 'the FAT filesystem' (a format), 'system APIs', 'Pipes', 'Environment variables', 'point-of-sale systems' (kinds);
 # 'the OS line' (the company's systems together, unnamed)
 entities=[E("Company", DRI, "Digital Research", "DR", "DRI", "Intergalactic Digital Research"),
           E("Person", "Gary Kildall"), E("Service", "CP/M"), E("Location", "Pacific Grove"),
           E("Location", "California"), E("Service", "MS-DOS"), E("Service", "MS Windows"), E("Service", "DR-DOS"),
           E("Service", "MP/M"), E("Service", "CP/M-86"), E("Service", "Concurrent CP/M"), E("Service", "MP/M-86"),
           E("Service", "Concurrent DOS"), E("Service", "Concurrent DOS XM"), E("Service", "Concurrent DOS 386"),
           E("Service", "Intel 80286"), E("Service", "Flex OS", "DOS-286"), E("Service", "IBM 4690 OS"),
           E("Company", "Novell")],
 # 'the company created by Dr. Gary Kildall to market and develop his CP/M operating system' -> founder at Digital
 # Research (one person named alone as creating it, GUIDELINES, Roles, 'Founders'; 'created' read as founded), current
 # true (no end told). Near-miss, no role: a reader might give him ceo or president (no post named)
 roles=[R("Gary Kildall", "founder", DRI)],
 # 'The company's operating systems, starting with CP/M' and 'to market and develop his CP/M operating system' ->
 # provider(CP/M, Digital Research) (the company that developed and marketed it; Kildall is a Person, no provider
 # to him); "DR's product suite included the original CP/M and its various offshoots; DR-DOS ..., and MP/M" ->
 # provider of DR-DOS and MP/M; 'The first 16-bit system was CP/M-86' and 'There followed Concurrent CP/M' (in the
 # run of the company's systems) -> provider of each; 'a single-user version of the multi-tasking MP/M-86' -> provider
 # (doubtful: MP/M-86 is named as the base of Concurrent CP/M, its maker read from 'MP/M, the multi-user CP/M' in the
 # suite); 'Successive revisions of this system ... were labelled Concurrent DOS, Concurrent DOS XM and Concurrent DOS
 # 386' -> provider of each; 'DR introduced a radical new real-time system, initially called DOS-286 and subsequently
 # Flex OS' -> provider(Flex OS, Digital Research); 'Digital Research was purchased by Novell in 1991' ->
 # acquired(Novell, Digital Research) and parentOrganization(Digital Research, Novell). Near-misses, no relation:
 # MS-DOS and MS Windows (no maker named: no provider; 'unsuccessful in competition with MS-DOS' is competition);
 # 'was adopted by the IBM 4690 OS' (another product built on Flex OS, its maker not named alone: no provider, no
 # partner; a reader might give provider(IBM 4690 OS, Digital Research)); 'Soon after the introduction of the Intel
 # 80286' (a processor Flex OS ran on, no relation); 'primarily for Novell to gain access to the OS line' (the buyer's
 # reason, no further relation)
 relations=[L(p, "provider", DRI) for p in DR_PRODUCTS] + b10.acq("Novell", DRI),
 outages=[],
 # 'in 1991' -> 1991. No date: 'of their era', 'came later', 'Soon after the introduction of the Intel 80286'
 # (relative, `published` null); '16-bit', '8080/Z80', '386', '4690' (model numbers, no date)
 dates=[D("1991", "1991")])

# ---- semiconductors, US: Signetics ---------------------------------------------------------------------------------
SG = "Signetics"
PS = "Philips Semiconductors"
FOUNDERS = ["David Allison", "David James", "Lionel Kattner", "Mark Weissenstern"]
A["wp-signetics"] = dict(
 # the company -> Company 'Signetics' (the text gives no longer form; 'Signetics founders' is the name as a noun
 # modifier); Philips -> Company; 'Philips Semiconductors' -> Company, alias 'NXP' ('(now NXP)', its later name,
 # GUIDELINES, Types; doubtful: a reader might keep NXP apart as the present company); the four engineers -> Person;
 # Fairchild Semiconductor -> Company, alias 'Fairchild' ('Fairchild was concentrating on its component business',
 # 'another contemporary Fairchild spinoff'); Amelco, Lehman Brothers and Corning Glass -> Company; the 555 timer ->
 # Service (a chip, a device users buy; the name as written without 'chip', the product's name being '555 timer';
 # doubtful: a reader might keep '555 timer chip' whole). No entity: 'Signal Network Electronics' (the words the name
 # came from, no company of that name; a reader might give it as an alias of Signetics); 'integrated circuits (ICs)',
 # 'microprocessors and support chips', 'DTL ICs', 'transistors' (kinds of products); 'R&D lab', 'technical development
 # department' (unnamed units); 'American' (an adjective)
 entities=[E("Company", SG), E("Service", "555 timer"), E("Company", "Philips"), E("Company", PS, "NXP")] +
          [E("Person", n) for n in FOUNDERS] +
          [E("Company", "Fairchild Semiconductor", "Fairchild"), E("Company", "Amelco"),
           E("Company", "Lehman Brothers"), E("Company", "Corning Glass")],
 # 'Signetics was started in 1961, by a group of engineers\u2014David Allison, David James, Lionel Kattner, and Mark
 # Weissenstern\u2014who left Fairchild Semiconductor' -> cofounder at Signetics for each of the four (named together
 # as starting it, GUIDELINES, Roles, 'Founders'; 'Signetics founders believed' confirms the reading), current true.
 # Near-misses, no role: 'who left Fairchild Semiconductor' (former staff of Fairchild with no post named: no role
 # there, current false or not); 'its management' (Fairchild's, unnamed)
 roles=[R(n, "cofounder", SG) for n in FOUNDERS],
 # 'went on to develop ... the widely used 555 timer chip' -> provider(555 timer, Signetics); 'They were bought by
 # Philips in 1975' -> acquired(Philips, Signetics) and parentOrganization(Signetics, Philips); 'and incorporated in
 # Philips Semiconductors (now NXP)' -> parentOrganization(Signetics, Philips Semiconductors) (the bought company put
 # into a named unit of its buyer; doubtful: a reader might read 'incorporated in' as merged away and give no link)
 # and parentOrganization(Philips Semiconductors, Philips) (a unit bearing its owner's name, into which Philips put
 # the company it bought: a careful reader is sure it was Philips' own; doubtful, the text does not call it a
 # division); 'In November 1962, Corning Glass invested another $1.7M in Signetics, in exchange for 51% ownership' ->
 # parentOrganization(Signetics, Corning Glass) (a majority owner, as batch 67b's ESPN stake; ownership later ended by
 # Philips' purchase is still recorded). Near-misses, no relation: acquired(Corning Glass, Signetics) (the text words
 # it as an investment for a stake, not a purchase of the company; doubtful); 'The venture was financed by a group
 # organized through Lehman Brothers, who invested $1M' (an investment through a bank, no stake told: nothing, batch
 # 64c; a reader might give partner); 'who left Fairchild Semiconductor' and 'another contemporary Fairchild spinoff,
 # Amelco' (a company started by former staff of another is no unit of it: no parentOrganization of Signetics or
 # Amelco to Fairchild Semiconductor); 'to design and manufacture ICs for specific customers' (no customer named)
 relations=[L("555 timer", "provider", SG)] + b10.acq("Philips", SG) +
           [L(SG, "parentOrganization", PS), L(PS, "parentOrganization", "Philips"),
            L(SG, "parentOrganization", "Corning Glass")],
 outages=[],
 # 'Founded in 1961', 'started in 1961' -> 1961 (one item: the same surface and value); 'in 1975' -> 1975; 'in 1962'
 # -> 1962; 'In November 1962' -> 1962-11. No date: 'At the time' (relative); '$1M', '$1.7M', '51%' (figures)
 dates=[D("1961", "1961"), D("1975", "1975"), D("1962", "1962"), D("November 1962", "1962-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
