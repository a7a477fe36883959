#!/usr/bin/env python3
"""Batch 59e gold annotations (the texts of batch59e.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j and 58l; batch10_annotate.write_parts),
so with four texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); decades and parts of them ('the 1980s', 'the early 1990s', 'the early and mid-1990s'),
'two years later', 'a few years later', 'that year', 'the year before' and a day written without a year in its
sentence ('On December 19', after 'In December 1998'; as the corpus skips 'On April 25') -> nothing; 'the first six
months of 1997' -> the year (GUIDELINES, Dates: half years -> the year); the year inside a law's name ('the
Telecommunications Act of 1996') -> no date (as the corpus reads 'Act of 1934'). No text tells an outage, so every
`outages` list is empty, and none tells a near-miss of one ('suffered from driver issues' is a product defect).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j,
57a, 57f, 57p, 58j, 58l): 'founded by A and B' and 'founded by A, [companies] and B' -> cofounder for each person,
current true (as batches 58j and 58l); 'their first CEO' -> ceo, current false; 'first VP of Engineering and later
Chief Technology Officer' -> vice-president (current false: 'first ... and later') and cto; 'Chairman and Chief
Executive Officer' and 'Chairman and CEO' -> chairman and ceo; posts at a company the text says existed until a year
('from 1998 to 2002') -> current false (the posts ended with the company; doubtful, as batch 58j chose for General
Magic); people named with no title ('invented by Steve Wilhite') -> no role; a joint venture of named companies ->
parentOrganization of the venture to each owner and partner between each pair of owners (the corpus's reading since
batch 30d); 'a joint effort with' a named company, whose 'stake' the text names -> parentOrganization to it (doubtful);
a buyer of that stake -> parentOrganization, no acquired (a stake, not the company; doubtful); IPO underwriters named
-> partner(underwriter, issuer) (as the corpus read 'Merrill Lynch was the underwriter for Sify's IPO'); 'bought the
company', 'buying their competitor', 'was acquired by', 'X acquired Y' -> acquired and parentOrganization(target,
buyer) (GUIDELINES, Relations); 'gained a majority stake' -> parentOrganization; 'acquired the remainder of the
company' -> acquired (the purchase completed); 'a deal was hashed out for the purchase of' -> acquired only (agreed,
its completion not in the text); 'integrated ... into' a named unit -> parentOrganization; 'merged with' without a
buyer -> nothing; 'merger negotiations' -> nothing; minority investments, money raised from investors, a start 'from
venture capital firm' -> nothing; a company's assets bought ('Number Nine's assets') -> nothing (an asset purchase); a
spin-off (a 'partial corporate spin-off', 'the graphics portion was spun off') -> no parentOrganization to the company
spinning it off (as batches 57f and 58j read spin-offs); 'a successful 1979 venture selling ... time to Radio Shack
customers' -> partner (a sales venture with a named retailer; doubtful); named chips, chip series and designs, online
games, a streaming network and videotelephony software -> Service (GUIDELINES, Types), with provider where the text
says who makes or runs them; image formats and industry standards ('RLE', 'Graphics Interchange Format (GIF)',
'S3TC'), an online comic ('Witches and Stitches', a work, as TV shows are not entities), a law, kinds of products
('GUI accelerators', '3D accelerator chips', 'web hosting services') and market names -> no entity; nationality
adjectives ('American') -> nothing; 'US', 'United States', 'Benelux' -> Location.
usage: batch59e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- cable Internet access, US: @Home Network ---------------------------------------------------------------------
AH = "@Home Network"
KP = "Kleiner Perkins Caufield & Byers"
A["wp-at-home-network"] = dict(
 # the company -> Company '@Home Network' (so written throughout the kept text; '@Home Networks' only in the cut
 # paragraph); TCI, Comcast and 'Cox Cable' ('cable companies') -> Company; Milo Medin, William Randolph Hearst III,
 # Thomas Jermoluk and George Bell -> Person; US, Canada, Japan, Australia and Benelux (where it served subscribers) ->
 # Location; 'Kleiner Perkins Caufield & Byers' (alias 'Kleiner Perkins', in 'at Kleiner Perkins prompting') ->
 # Company; 'SEC' ('the SEC report', 'documents filed with the SEC'; never spelt out) -> Organization; the underwriters
 # Morgan Stanley, Merrill Lynch and 'Ambrecht & Quist' (so spelt) -> Company; Excite and 'Yahoo! inc' (the name as
 # written) -> Company. No entity: 'the Excite portal' (the company's portal, named with the company's name; a reader
 # might add a Service 'Excite', which would share the Company's name), 'the Telecommunications Act of 1996' (a law),
 # 'MSOs or Multi System Operators' (a kind of company), 'four joint ventures' (unnamed), 'Internet telephony services'
 # (generic)
 entities=[E("Company", AH), E("Person", "Milo Medin"), E("Company", "TCI"), E("Company", "Comcast"),
           E("Company", "Cox Cable"), E("Person", "William Randolph Hearst III"), E("Location", "US"),
           E("Location", "Canada"), E("Location", "Japan"), E("Location", "Australia"), E("Location", "Benelux"),
           E("Company", KP, "Kleiner Perkins"), E("Organization", "SEC"), E("Company", "Morgan Stanley"),
           E("Company", "Merrill Lynch"), E("Company", "Ambrecht & Quist"), E("Company", "Excite"),
           E("Company", "Yahoo! inc"), E("Person", "Thomas Jermoluk"), E("Person", "George Bell")],
 # 'founded by Milo Medin, cable companies TCI, Comcast, and Cox Cable, and William Randolph Hearst III' -> cofounder
 # at @Home Network for Medin and Hearst, current true (the two people among its founders); 'who was their first CEO'
 # -> ceo for Hearst, current false ('first': later chief executives follow, Jermoluk among them); "the company's
 # first VP of Engineering and later Chief Technology Officer Milo Medin" -> vice-president, current false ('first
 # ... and later'), and cto, current false (the company was a provider 'from 1998 to 2002'; doubtful: a reader may set
 # true, the text writing no end of the post); "@Home Network's Chairman and Chief Executive Officer Thomas Jermoluk"
 # -> chairman and ceo, current false (as above; doubtful); "Excite's Chairman and CEO George Bell" -> chairman and
 # ceo at Excite, current true (no end written for Excite; doubtful: the agreed purchase of Excite may lead a reader
 # to set false). Near-misses, no role: the cut section 'Chief executive officers' (no list held)
 roles=[R("Milo Medin", "cofounder", AH), R("William Randolph Hearst III", "cofounder", AH),
        R("William Randolph Hearst III", "ceo", AH, False), R("Milo Medin", "vice-president", AH, False),
        R("Milo Medin", "cto", AH, False), R("Thomas Jermoluk", "chairman", AH, False),
        R("Thomas Jermoluk", "ceo", AH, False), R("George Bell", "chairman", "Excite"),
        R("George Bell", "ceo", "Excite")],
 # 'founded by ... cable companies TCI, Comcast, and Cox Cable ... as a joint venture' -> parentOrganization(@Home
 # Network, X) for each of the three and partner between each pair (the corpus's joint-venture reading; doubtful: the
 # two founding people are no owners in the relations' sense, and the owners' shares are not told); 'Underwriters were
 # Morgan Stanley, Merrill Lynch, and Ambrecht & Quist' (of @Home's initial public offering) -> partner(underwriter,
 # @Home Network) for each (as the corpus read an IPO underwriter; doubtful); 'a deal was hashed out for the purchase
 # of Excite and its debt' (after @Home's chairman met Excite's) -> acquired(@Home Network, Excite) only (GUIDELINES,
 # Relations: agreed, its completion in the cut paragraph; doubtful: the buyer is implied by the meeting, not named in
 # the clause). Near-misses, no relation: 'got its start from venture capital firm Kleiner Perkins Caufield & Byers'
 # -> nothing (funding); 'Excite was in serious merger negotiations with Yahoo! inc' -> nothing (talks); 'operating
 # four joint ventures' -> nothing (unnamed); the SEC -> nothing (a regulator receiving filings)
 relations=[L(AH, "parentOrganization", "TCI"), L(AH, "parentOrganization", "Comcast"),
            L(AH, "parentOrganization", "Cox Cable"), L("TCI", "partner", "Comcast"), L("TCI", "partner", "Cox Cable"),
            L("Comcast", "partner", "Cox Cable"), L("Morgan Stanley", "partner", AH), L("Merrill Lynch", "partner", AH),
            L("Ambrecht & Quist", "partner", AH), L(AH, "acquired", "Excite")],
 outages=[],
 # 'from 1998 to 2002' -> each year; 'On July 11, 1996' -> the day; 'the first six months of 1997' -> the year (a half
 # year); 'In December 1998' -> the month. Nothing: 'of 1996' in the law's name, 'the year before' (relative),
 # 'On December 19' (no year in its sentence; `published` null), 'by the end of the first day'
 dates=[D("1998", "1998"), D("2002", "2002"), D("July 11, 1996", "1996-07-11"),
        D("the first six months of 1997", "1997"), D("December 1998", "1998-12")])

# ---- online services, US: CompuServe ------------------------------------------------------------------------------
CS = "CompuServe, Inc."
A["wp-compuserve"] = dict(
 # the company -> Company 'CompuServe, Inc.', aliases 'CompuServe', 'CompuServe Information Service, Inc.', 'CIS' and
 # 'CSi' (the text gives them as the company's other names and initialisms; doubtful: a reader might make 'CompuServe
 # Information Service' and 'CIS' the online service, a Service, apart from the company); Columbus and Ohio ->
 # Location; 'Radio Shack' (a retailer whose customers bought time) -> Company; 'The Source' ('their competitor', the
 # name with its article as written) -> Company; 'H&R Block' -> Company; Steve Wilhite -> Person; the online games
 # 'MegaWars III' and 'Island of Kesmai' -> Service; Prodigy and 'America Online' ('the Big Three information
 # services' beside CompuServe, a company) -> Company (doubtful: the text calls them information services; a reader
 # might make them Services, with no provider named). No entity: 'Witches and Stitches' (an online comic, a work),
 # 'RLE (run-length encoding)' and 'Graphics Interchange Format (GIF)' (image formats; a reader might give GIF a
 # Service made by CompuServe), 'the Big Three' (a grouping), 'the first major commercial online service', 'an online
 # chat system', 'message forums', 'software libraries' (unnamed)
 entities=[E("Company", CS, "CompuServe", "CompuServe Information Service, Inc.", "CIS", "CSi"),
           E("Location", "Columbus"), E("Location", "Ohio"), E("Company", "Radio Shack"), E("Company", "The Source"),
           E("Company", "H&R Block"), E("Person", "Steve Wilhite"), E("Service", "MegaWars III"),
           E("Service", "Island of Kesmai"), E("Company", "Prodigy"), E("Company", "America Online")],
 # no person has a title: 'invented by Steve Wilhite' -> no role (a reader might give 'other' at CompuServe, the text
 # not saying he worked there)
 roles=[],
 # 'H&R Block bought the company in 1980' -> acquired(H&R Block, CompuServe, Inc.) and parentOrganization(CompuServe,
 # Inc., H&R Block); 'buying their competitor The Source' -> acquired(CompuServe, Inc., The Source) and
 # parentOrganization(The Source, CompuServe, Inc.) (a completed purchase; GUIDELINES, Relations); 'CIS had ... a
 # series of popular online games, including MegaWars III and Island of Kesmai' -> provider CompuServe, Inc. for each
 # (games run on its service); 'a successful 1979 venture selling otherwise under-utilized after-hours time to Radio
 # Shack customers' -> partner(CompuServe, Inc., Radio Shack) (a sales venture reaching a named retailer's customers;
 # doubtful: the text does not call Radio Shack a party to the venture, and a reader may give nothing). Near-misses,
 # no relation: 'roughly the same time as The Source' -> nothing (a comparison); 'hosted one of the earliest online
 # comics' -> nothing (no entity); 'the others are Prodigy and America Online' -> nothing (rivals)
 relations=[L("H&R Block", "acquired", CS), L(CS, "parentOrganization", "H&R Block"), L(CS, "acquired", "The Source"),
            L("The Source", "parentOrganization", CS), L("MegaWars III", "provider", CS),
            L("Island of Kesmai", "provider", CS), L(CS, "partner", "Radio Shack")],
 outages=[],
 # 'in 1969', 'a successful 1979 venture', 'in 1980', 'In 1985', 'In 1994' -> the years. Nothing: 'during the 1980s'
 # (twice), 'the early and mid-1990s', 'during the early 1990s' (decades and their parts)
 dates=[D("1969", "1969"), D("1979", "1979"), D("1980", "1980"), D("1985", "1985"), D("1994", "1994")])

# ---- web hosting and Internet access, US: Digex -------------------------------------------------------------------
DG = "Digex, Inc."
IC = "Intermedia Communications"
A["wp-digex"] = dict(
 # the company -> Company 'Digex, Inc.', aliases 'Digex', 'DIGEX' and 'Digital Express Group' ('predecessor to DIGEX':
 # its earlier name, an alias as GUIDELINES, Types keeps former names; doubtful: a reader might keep the predecessor
 # apart); Doug Humphrey (alias 'Humphrey', in "Mr. Humphrey's") and Mike Doughney -> Person; 'United States',
 # Greenbelt, Maryland, Tampa and Florida -> Location; 'Grotech Capital', Venrock, 'Intermedia Communications' (alias
 # 'Intermedia'), Microsoft, Compaq, WorldCom (alias 'Worldcom', so written once), Verizon and 'Verizon Business' ->
 # Company; 'ISP-TV' ('Digex launched ISP-TV, a network ...') and 'CU-SeeMe' (videotelephony software) -> Service. No
 # entity: 'the dot-com bubble' (a period), 'web hosting services and Internet access' (generic), 'multiple ISPs'
 # (unnamed), 'a competitive local exchange carrier' (a kind of company)
 entities=[E("Company", DG, "Digex", "DIGEX", "Digital Express Group"), E("Location", "United States"),
           E("Person", "Doug Humphrey", "Humphrey"), E("Person", "Mike Doughney"), E("Location", "Greenbelt"),
           E("Location", "Maryland"), E("Company", "Grotech Capital"), E("Company", "Venrock"),
           E("Company", IC, "Intermedia"), E("Location", "Tampa"), E("Location", "Florida"),
           E("Company", "Microsoft"), E("Company", "Compaq"), E("Company", "WorldCom", "Worldcom"),
           E("Company", "Verizon"), E("Company", "Verizon Business"), E("Service", "ISP-TV"),
           E("Service", "CU-SeeMe")],
 # 'Digital Express Group, predecessor to DIGEX, was founded by Doug Humphrey and Mike Doughney' -> cofounder at
 # Digex, Inc. for each, current true (two founders named; the predecessor an alias). Near-miss: the cut infobox's
 # key people George L. Kerns (CEO & President) and T. Scott Zimmerman (CFO), not in the text
 roles=[R("Doug Humphrey", "cofounder", DG), R("Mike Doughney", "cofounder", DG)],
 # 'the company was acquired by Intermedia Communications' -> acquired and parentOrganization(Digex, Inc., Intermedia
 # Communications); 'WorldCom acquired Intermedia Communications' -> acquired and parentOrganization(Intermedia
 # Communications, WorldCom); '... and gained a majority stake in Digex' -> parentOrganization(Digex, Inc., WorldCom);
 # 'WorldCom acquired the remainder of the company' -> acquired(WorldCom, Digex, Inc.) (the purchase completed);
 # 'Verizon acquired Worldcom' -> acquired and parentOrganization(WorldCom, Verizon); 'integrated the company into
 # Verizon Business' -> parentOrganization(Verizon Business, Verizon) (Verizon's own unit, integrating into it) and
 # parentOrganization(Digex, Inc., Verizon Business) ('the company', as the text calls Digex in every paragraph;
 # doubtful: a reader might take 'the company' for WorldCom, the sentence's object just before); 'Digex launched
 # ISP-TV' -> provider(ISP-TV, Digex, Inc.). Near-misses, no relation: 'raised $8 million from Grotech Capital and
 # Venrock' and 'Microsoft and Compaq invested $100 million in Digex' -> nothing (investments, no share told);
 # 'Intermedia completed the partial corporate spin-off of Digex' -> nothing (a partial spin-off; the parent relation
 # to Intermedia kept, relations carrying no time); 'the company was acquired for $1 per share a few years later' ->
 # nothing more (its buyer unnamed in that sentence; WorldCom's purchase is told below); CU-SeeMe -> no provider (its
 # maker not named)
 relations=[L(IC, "acquired", DG), L(DG, "parentOrganization", IC), L("WorldCom", "acquired", IC),
            L(IC, "parentOrganization", "WorldCom"), L(DG, "parentOrganization", "WorldCom"),
            L("WorldCom", "acquired", DG), L("Verizon", "acquired", "WorldCom"),
            L("WorldCom", "parentOrganization", "Verizon"), L("Verizon Business", "parentOrganization", "Verizon"),
            L(DG, "parentOrganization", "Verizon Business"), L("ISP-TV", "provider", DG)],
 outages=[],
 # 'in 1991', 'In 1995' (twice, one item), 'In 1997', 'In 1999', 'In 2000', 'In 2003', 'in 2006' -> the years; 'In
 # October 1996', 'In September 2000' -> the months. Nothing: 'During the dot-com bubble', 'a few years later', 'by
 # that year' (relative)
 dates=[D("1991", "1991"), D("1995", "1995"), D("October 1996", "1996-10"), D("1997", "1997"), D("1999", "1999"),
        D("2000", "2000"), D("September 2000", "2000-09"), D("2003", "2003"), D("2006", "2006")])

# ---- graphics chips, US: S3 Graphics -------------------------------------------------------------------------------
S3 = "S3 Graphics, Ltd."
A["wp-s3-graphics"] = dict(
 # the company -> Company 'S3 Graphics, Ltd.', aliases 'S3 Graphics' and 'S3' (the text's subject throughout: 'S3 was
 # founded', "S3's first 3D accelerator chips"; doubtful: the S3 founded in 1989 and the S3 Graphics of the joint effort
 # with VIA may be read as two companies, the text itself giving one history); 'SONICblue Incorporated' ('The resulting
 # company' of the merger; the cut sentence's 'SONICblue' not in the text) -> Company; '3dfx Interactive' (alias
 # '3Dfx'), ATI, Nvidia, 'Diamond Multimedia', 'VIA Technologies', HTC and 'Number Nine' (in "Number Nine's assets")
 # -> Company; Dado Banatao (alias 'Banatao') and Ronald Yara -> Person; the chip series 'Trio', 'ViRGE' ('the ViRGE
 # series'), 'Savage' and 'Chrome', and the designs 'Trio64' and 'Savage 3D' -> Service (named products; 'Trio64' and
 # 'Savage 3D' kept apart from their series, as named designs; doubtful: a reader might fold each into its series).
 # No entity: 'S3TC' ('an industry standard'; a texture-compression format), 'graphical user interface (GUI)
 # accelerators', '3D accelerator chips', 'video card manufacturers', 'OEMs' (generic), 'the mobile graphics market',
 # 'the high end 2D market' (markets); no Location (Fremont, California only in the cut infobox)
 entities=[E("Company", S3, "S3 Graphics", "S3"), E("Service", "Trio"), E("Service", "ViRGE"), E("Service", "Savage"),
           E("Service", "Chrome"), E("Company", "3dfx Interactive", "3Dfx"), E("Company", "ATI"),
           E("Company", "Nvidia"), E("Company", "Diamond Multimedia"), E("Company", "SONICblue Incorporated"),
           E("Company", "VIA Technologies"), E("Company", "HTC"), E("Person", "Dado Banatao", "Banatao"),
           E("Person", "Ronald Yara"), E("Service", "Trio64"), E("Service", "Savage 3D"), E("Company", "Number Nine")],
 # 'S3 was founded and incorporated in January 1989 by Dado Banatao and Ronald Yara' -> cofounder at S3 Graphics,
 # Ltd. for each, current true (two founders named; as batch 58l read Banatao's earlier company). Near-miss: "Banatao's
 # third startup company" -> no further role (his other companies unnamed)
 roles=[R("Dado Banatao", "cofounder", S3), R("Ronald Yara", "cofounder", S3)],
 # 'The company sold the Trio, ViRGE, Savage, and Chrome series of graphics processors', 'their followup designs,
 # including the Trio64' and 'Their next design, the Savage 3D' -> provider S3 Graphics, Ltd. for each of the six;
 # 'the graphics portion was spun off into a new joint effort with VIA Technologies' with "VIA Technologies' stake in
 # S3 Graphics" -> parentOrganization(S3 Graphics, Ltd., VIA Technologies) (a joint venture's owner; doubtful: the
 # stake's size is not told); "VIA Technologies' stake in S3 Graphics was purchased by HTC in 2011" ->
 # parentOrganization(S3 Graphics, Ltd., HTC), no acquired (HTC took VIA's part, a stake and not the company;
 # doubtful both ways: a reader might read a minority stake and give nothing, or read the cut infobox's 'Parent: HTC'
 # into the text and give acquired). Near-misses, no relation: 'it merged with hardware manufacturer Diamond
 # Multimedia in 1999' and 'then merged with Diamond Multimedia' -> nothing (GUIDELINES, Relations: a merger without a
 # buyer); 'The resulting company renamed itself to SONICblue Incorporated' -> nothing (a renamed merged company, no
 # ownership of S3 Graphics told); 'spun off into a new joint effort' -> no parentOrganization to SONICblue and no
 # partner(SONICblue Incorporated, VIA Technologies) (the other party of the joint effort is implied, not named;
 # doubtful); "S3 bought Number Nine's assets in 1999" -> nothing (an asset purchase); 'competition from 3dfx
 # Interactive, ATI and Nvidia' -> nothing (rivals); 'popular with video card manufacturers', 'strong inroads with
 # OEMs' -> no partner (unnamed)
 relations=[L("Trio", "provider", S3), L("ViRGE", "provider", S3), L("Savage", "provider", S3),
            L("Chrome", "provider", S3), L("Trio64", "provider", S3), L("Savage 3D", "provider", S3),
            L(S3, "parentOrganization", "VIA Technologies"), L(S3, "parentOrganization", "HTC")],
 outages=[],
 # 'in 1999' (twice, one item), 'in 2011' -> the years; 'in January 1989' -> the month. Nothing: 'two years later'
 # (relative), 'early on', 'just prior to the popularity of 3D accelerators'
 dates=[D("1999", "1999"), D("2011", "2011"), D("January 1989", "1989-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
