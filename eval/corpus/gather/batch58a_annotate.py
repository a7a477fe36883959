#!/usr/bin/env python3
"""Batch 58a gold annotations (the texts of batch58a.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b, 57g, 57m, 57s and 57x;
batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); 'the following year' (MicroProse), 'In October that year' (Pentland
Ferries; tied to a year the text names, not absolute, as batches 55zd, 56b, 56h and 57s left out 'In July that year'
and 'in October that year'), 'from the 1980s to present day' (a decade and 'present day'), 'After two years' (a span)
and 'now' -> left out. No text tells an outage, so every `outages` list is empty; three tell near-misses of one
(MicroProse's studio and office closings; Go North East's depot closings with job losses; an earlier Orkney crossing
abandoned in 1989; GUIDELINES, Outages: business decisions and failures are none).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57f, 57g, 57m, 57s, 57w, 57x): 'founded by A and B' -> cofounder each; 'founded by X' (one
person) -> founder; 'A, B and C leaving and forming Y' -> cofounder each at Y (as batch 57w read founders who left a
company to start one); 'its present managing director' and 'remained managing director until 2002' -> director
(GUIDELINES, Roles), the second current false (a post the text says ended); 'became a subsidiary of X', 'became a
wholly owned subsidiary of X', 'became the first part of X' and 'split into five separate subsidiary companies: A, B,
...' -> parentOrganization only (no purchase by X told; doubtful for Hasbro Interactive, whose owning of MicroProse
came after 'an unsuccessful buyout attempt' by another); 'the acquisition of ... Gypsy Queen', 'X acquired Y' and 'X,
which now owns Y' -> acquired and parentOrganization (completed purchases; 'now owns' is among GUIDELINES' completed
acquisition words); a person buying a company ('Sir Ray Tindle acquired Island FM') -> no acquired (the predicate
takes a Company as buyer), the company's becoming part of his group given by parentOrganization; an unsuccessful
buyout attempt, the sale of intellectual properties, the purchase of a ferry and a management buyout by named persons
-> nothing (GUIDELINES, Relations: abandoned deals and asset purchases); a game series ('the Civilization and X-COM
series') -> Service with provider (GUIDELINES, Types: games; batch 57w); a radio station -> Company (a broadcaster;
GUIDELINES, Types); 'City, State' as two Locations (batch 57w's 'Dallas' and 'Texas'); a place named inside a compound
adjective ('Langley Park-based', 'Bishop Auckland-based', 'UK-based') -> Location (batch 57x's 'Exeter based'); ships
('Iona', 'Pentalina B', 'Pentalina'), honours ('the 2014 New Year Honours', 'an OBE'), a licence class ('Independent
Local Radio'), the ferry terminal (by its place's name only) and adjectives ('American', 'Langley Park-based' as such)
-> nothing.
usage: batch58a_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- buses, England: Go North East -----------------------------------------------------------------------------------
GNE = "Go North East"
GAG = "Go-Ahead Group"
A["wp-go-north-east"] = dict(
 # the bus company -> Company 'Go North East', aliases 'Northern General Transport Company' and 'Go-Ahead Northern'
 # (both named as its former names: 'It was previously known as ...'; GUIDELINES, Types: former names are aliases;
 # doubtful for 'Go-Ahead Northern', which the 1991 sentence also lists among the five subsidiaries the company was
 # split into -- a reader might keep a separate subsidiary 'Go-Ahead Northern'); the Go-Ahead Group, the National Bus
 # Company (the state bus company whose privatisation is told; a business, so Company), Gypsy Queen, Coastline,
 # Go-Ahead Gateshead, VFM, Wear Buses, OK Motor Services -> Company; Chris Moyes, Martin Ballinger -> Person; County
 # Durham, Cumbria, Northumberland, North Yorkshire, Tyne and Wear, England, the United Kingdom, Germany, Ireland,
 # Norway, Singapore, Great Britain, the fourteen depot towns (Chester-le-Street, Consett, Gateshead, High Spen,
 # Houghton-le-Spring, Jarrow, Murton, Percy Main, South Shields, Stanley, Sunderland, Wallsend, Washington,
 # Winlaton; Murton, Jarrow, High Spen, Houghton-le-Spring and Sunderland named again for their depots), Langley Park
 # ('Langley Park-based Gypsy Queen') and Bishop Auckland ('Bishop Auckland-based OK Motor Services') -> Location.
 # No entity: 'bus deregulation', 'a management buyout' (unnamed buyers), 'the parent company' (the company itself),
 # 'smaller competing bus operators' (unnamed), '£5.4 million'
 entities=[E("Company", GNE, "Northern General Transport Company", "Go-Ahead Northern"),
           E("Location", "County Durham"), E("Location", "Cumbria"), E("Location", "Northumberland"),
           E("Location", "North Yorkshire"), E("Location", "Tyne and Wear"), E("Location", "England"),
           E("Company", GAG), E("Location", "United Kingdom"), E("Location", "Germany"), E("Location", "Ireland"),
           E("Location", "Norway"), E("Location", "Singapore"), E("Location", "Great Britain"),
           E("Location", "Chester-le-Street"), E("Location", "Consett"), E("Location", "Gateshead"),
           E("Location", "High Spen"), E("Location", "Houghton-le-Spring"), E("Location", "Jarrow"),
           E("Location", "Murton"), E("Location", "Percy Main"), E("Location", "South Shields"),
           E("Location", "Stanley"), E("Location", "Sunderland"), E("Location", "Wallsend"),
           E("Location", "Washington"), E("Location", "Winlaton"), E("Company", "National Bus Company"),
           E("Person", "Chris Moyes"), E("Person", "Martin Ballinger"), E("Location", "Langley Park"),
           E("Company", "Gypsy Queen"), E("Company", "Coastline"), E("Company", "Go-Ahead Gateshead"),
           E("Company", "VFM"), E("Company", "Wear Buses"), E("Location", "Bishop Auckland"),
           E("Company", "OK Motor Services")],
 # No role. Near-miss: 'a management buyout led by Chris Moyes and Martin Ballinger' -> no role (they led a purchase;
 # the text gives them no post at the company; a reader might give head or founder, as batch 57x read 'Onesimus Dorey
 # & Sons, led by Dorey' as head of a company -- here 'led' governs the buyout, not the company); the infobox's
 # managing director Nigel Featham is cut, so no role for him
 roles=[],
 # 'Early expansion saw the acquisition of a number of smaller competing bus operators in the region, including
 # Langley Park-based Gypsy Queen in January 1990' -> acquired(Go North East, Gypsy Queen) and
 # parentOrganization(Gypsy Queen, Go North East) (the company's own expansion; the buyer is the text's subject);
 # 'By January 1991, the parent company was split into five separate subsidiary companies: Coastline, Go-Ahead
 # Gateshead, Go-Ahead Northern, VFM and Wear Buses' -> parentOrganization(each, Go North East) for the four named
 # apart from its own former name (doubtful: 'the parent company' read as the company of the text; 'Go-Ahead
 # Northern' as its alias gives no relation to itself); 'In March 1995, the Go-Ahead Group acquired Bishop
 # Auckland-based OK Motor Services' -> acquired(Go-Ahead Group, OK Motor Services) and parentOrganization(OK Motor
 # Services, Go-Ahead Group). Near-misses: 'The company was the foundation of today's Go-Ahead Group' -> no
 # parentOrganization(Go North East, Go-Ahead Group) (the text tells the group grew from the company, not that it owns
 # it; the infobox's 'Parent | Go-Ahead Group' is cut; doubtful: a reader might record it); 'As part of the
 # privatisation of the National Bus Company, a management buyout ... saw the purchase of the Northern General
 # Transport Company' -> no parentOrganization(Go North East, National Bus Company) and no acquired (the ownership by
 # the National Bus Company is only implied, and the buyers are persons, unnamed as a company; doubtful); 'smaller
 # competing bus operators' -> no relation (unnamed, and competitors)
 relations=[L(GNE, "acquired", "Gypsy Queen"), L("Gypsy Queen", "parentOrganization", GNE),
            L("Coastline", "parentOrganization", GNE), L("Go-Ahead Gateshead", "parentOrganization", GNE),
            L("VFM", "parentOrganization", GNE), L("Wear Buses", "parentOrganization", GNE),
            L(GAG, "acquired", "OK Motor Services"), L("OK Motor Services", "parentOrganization", GAG)],
 # Near-misses for outages: 'the company's Murton depot was closed, with the loss of 20 jobs' and 'the loss-making
 # depot at Jarrow, and High Spen ... were closed' (business decisions; no service said to be lost)
 outages=[],
 # 'October 1986' -> 1986-10; 'February 1987' -> 1987-02; 'January 1990' -> 1990-01; 'February 1990' -> 1990-02;
 # 'September 1990' -> 1990-09; 'January 1991' ('By January 1991') -> 1991-01; 'March 1995' -> 1995-03
 dates=[D("October 1986", "1986-10"), D("February 1987", "1987-02"), D("January 1990", "1990-01"),
        D("February 1990", "1990-02"), D("September 1990", "1990-09"), D("January 1991", "1991-01"),
        D("March 1995", "1995-03")])

# ---- radio, Channel Islands: Island FM -------------------------------------------------------------------------------
IFM = "Island FM"
TRG = "Tindle Radio Group"
A["wp-island-fm"] = dict(
 # the station -> Company 'Island FM' (a broadcaster; GUIDELINES, Types); Channel 103 (alias-free; 'Jersey's Channel
 # 103' is the same station), Midlands 103 (as written 'the Midlands 103'; the name without the article) -> Company;
 # the Tindle Radio Group -> Company, alias 'Tindle group' ('an internal split within the Tindle group'; doubtful: a
 # reader might keep 'Tindle group' as a separate, wider group, or give it no entity for its lower-case 'group');
 # Kevin Stewart, Sir Ray Tindle (the fullest form, with his title, as the corpus writes 'Sir Graham Day') -> Person;
 # the Bailiwick of Guernsey, Alderney, Jersey, Ireland -> Location. No entity: 'Independent Local Radio' (a licence
 # class), '104.7FM', '93.7FM' (frequencies), 'the island' (unnamed), 'the station's logo'
 entities=[E("Company", IFM), E("Location", "Bailiwick of Guernsey"), E("Location", "Alderney"),
           E("Company", "Channel 103"), E("Location", "Jersey"), E("Company", "Midlands 103"),
           E("Location", "Ireland"), E("Company", TRG, "Tindle group"), E("Person", "Kevin Stewart"),
           E("Person", "Sir Ray Tindle")],
 # 'Founded by Kevin Stewart' -> founder at Island FM, current true (the subject of the verbless sentence is the
 # station of the article); 'who remained managing director until 2002' -> director at Island FM (GUIDELINES, Roles:
 # managing director -> director), current false (the text says the post lasted until 2002). Near-miss: 'Sir Ray
 # Tindle acquired Island FM and the station became the first part of the Tindle Radio Group' -> no role (an owner,
 # no title; a reader might give him founder or head of the Tindle Radio Group, which the text does not say)
 roles=[R("Kevin Stewart", "founder", IFM), R("Kevin Stewart", "director", IFM, False)],
 # 'the station became the first part of the Tindle Radio Group' -> parentOrganization(Island FM, Tindle Radio
 # Group); 'the Tindle Radio Group, which now owns Jersey's Channel 103' -> acquired(Tindle Radio Group, Channel 103)
 # and parentOrganization(Channel 103, Tindle Radio Group) ('now owns' among GUIDELINES' completed-acquisition words;
 # doubtful: the text does not say the group bought the station rather than founding it). Near-misses: 'Sir Ray
 # Tindle acquired Island FM' -> no acquired (a person buying; the predicate's buyer is a Company); 'Island FM, along
 # with Channel 103 in Jersey were merged with the Midlands 103 in Ireland in 2013 as part of an internal split within
 # the Tindle group' -> no acquired (a merger that names no buyer; GUIDELINES, Relations), no partner, and no
 # parentOrganization(Midlands 103, Tindle Radio Group) (its place in the group only implied by 'internal'; doubtful)
 relations=[L(IFM, "parentOrganization", TRG), L(TRG, "acquired", "Channel 103"),
            L("Channel 103", "parentOrganization", TRG)],
 outages=[],
 # '1992'; '2013'; '2018' ('a 2018 survey'); '2002' ('until 2002'); 'February 1998' -> 1998-02; 'December 2002' ->
 # 2002-12; 'July 2014' -> 2014-07; 'October 2018' -> 2018-10; 'the 1980s' (a decade) and 'present day' -> left out
 dates=[D("1992", "1992"), D("2013", "2013"), D("2018", "2018"), D("2002", "2002"), D("February 1998", "1998-02"),
        D("December 2002", "2002-12"), D("July 2014", "2014-07"), D("October 2018", "2018-10")])

# ---- video games, US: MicroProse ------------------------------------------------------------------------------------
MP = "MicroProse Software Inc."
SH = "Spectrum HoloByte"
FX = "Firaxis Games"
HI = "Hasbro Interactive"
A["wp-microprose"] = dict(
 # the publisher -> Company 'MicroProse Software Inc.', alias 'MicroProse' (also in 'the struggling MicroProse
 # (Spectrum HoloByte)' and 'the MicroProse intellectual properties'); MicroProse UK ('MicroProse UK's former main
 # office') -> Company of its own (the UK arm, named apart); Spectrum HoloByte, Firaxis Games, Simtex ('its ex-Simtex
 # development studio': the developer named on its own before the studio; doubtful: a reader might give no entity to
 # a name inside 'ex-Simtex'), GT Interactive Software, Hasbro Interactive, Infogrames Entertainment, SA (the fullest
 # form, with its legal form after a comma) -> Company; Civilization and X-COM (game series; GUIDELINES, Types:
 # games) -> Service; Bill Stealey, Sid Meier, Jeff Briggs, Brian Reynolds -> Person; the UK ('UK-based personnel'),
 # Austin, Texas, Alameda, California, Chapel Hill, North Carolina, Chipping Sodbury, Hunt Valley, Maryland ->
 # Location ('City, State' as two, batch 57w's way). No entity: 'American' (an adjective), 'vehicle simulation and
 # strategy games' (generic), 'the MicroProse intellectual properties' (assets), 'development studios', 'main office'
 # and 'headquarters' (unnamed sites)
 entities=[E("Company", MP, "MicroProse"), E("Person", "Bill Stealey"), E("Person", "Sid Meier"),
           E("Service", "Civilization"), E("Service", "X-COM"), E("Location", "UK"), E("Company", SH),
           E("Person", "Jeff Briggs"), E("Person", "Brian Reynolds"), E("Company", FX), E("Company", "Simtex"),
           E("Location", "Austin"), E("Location", "Texas"), E("Company", "GT Interactive Software"),
           E("Company", HI), E("Location", "Alameda"), E("Location", "California"), E("Location", "Chapel Hill"),
           E("Location", "North Carolina"), E("Company", "Infogrames Entertainment, SA"),
           E("Company", "MicroProse UK"), E("Location", "Chipping Sodbury"), E("Location", "Hunt Valley"),
           E("Location", "Maryland")],
 # 'founded by Bill Stealey and Sid Meier in 1982' -> cofounder each at MicroProse Software Inc., current true
 # (founders stay founders though the company 'ceased to exist'); 'led Sid Meier, Jeff Briggs and Brian Reynolds
 # leaving and forming Firaxis Games in 1996' -> cofounder each at Firaxis Games, current true. Near-misses: no post
 # at MicroProse is given to Briggs or Reynolds (the text calls none of them designers; the infobox's designers are
 # cut) -> no role there; 'leaving' -> no role at MicroProse with current false for Meier (his cofounder role stays)
 roles=[R("Bill Stealey", "cofounder", MP), R("Sid Meier", "cofounder", MP), R("Sid Meier", "cofounder", FX),
        R("Jeff Briggs", "cofounder", FX), R("Brian Reynolds", "cofounder", FX)],
 # 'including starting the Civilization and X-COM series' -> provider(Civilization, MicroProse Software Inc.) and
 # provider(X-COM, MicroProse Software Inc.) (series the company 'developed and published'); 'became a subsidiary of
 # Spectrum HoloByte' -> parentOrganization(MicroProse Software Inc., Spectrum HoloByte); 'became a wholly owned
 # subsidiary of Hasbro Interactive' -> parentOrganization(MicroProse Software Inc., Hasbro Interactive) (no purchase
 # told in either, so no acquired; doubtful: a reader might record acquired for both); 'MicroProse UK's former main
 # office ... followed by the company's former headquarters' -> parentOrganization(MicroProse UK, MicroProse Software
 # Inc.) (the company's UK arm, its offices told beside the company's own; doubtful: the text names no ownership in
 # words). Near-misses: 'following an unsuccessful buyout attempt by GT Interactive Software' -> nothing (a failed
 # bid); 'Hasbro Interactive sold the MicroProse intellectual properties to Infogrames Entertainment, SA' -> no
 # acquired (assets, not the company; GUIDELINES, Relations); 'the struggling MicroProse (Spectrum HoloByte)' -> no
 # alias and no further relation (the bracket names the parent beside the company, not a new name the text explains);
 # 'its ex-Simtex development studio' -> no parentOrganization(Simtex, MicroProse Software Inc.) and no acquired (a
 # studio once Simtex's, no purchase of Simtex told; doubtful)
 relations=[L("Civilization", "provider", MP), L("X-COM", "provider", MP), L(MP, "parentOrganization", SH),
            L(MP, "parentOrganization", HI), L("MicroProse UK", "parentOrganization", MP)],
 # Near-misses for outages: the closing of the ex-Simtex studio, of the Alameda and Chapel Hill studios, of MicroProse
 # UK's main office and of the Hunt Valley headquarters, and 'MicroProse ceased to exist as an entity' (business
 # decisions and a business end)
 outages=[],
 # '1982', '1993', '1996', '1998', '2001', '2002', '2003'; 'the following year' (relative) -> left out
 dates=[D("1982", "1982"), D("1993", "1993"), D("1996", "1996"), D("1998", "1998"), D("2001", "2001"),
        D("2002", "2002"), D("2003", "2003")])

# ---- ferries, Scotland: Pentland Ferries ----------------------------------------------------------------------------
PF = "Pentland Ferries"
A["wp-pentland-ferries"] = dict(
 # the ferry company -> Company 'Pentland Ferries'; Caledonian MacBrayne (whose ferry Iona was bought) -> Company; the
 # Scottish Government -> Organization; Andrew Banks (alias 'Banks': 'Banks obtained a 99-year lease') and Queen
 # Elizabeth II -> Person; Gills Bay (also 'the Gills Bay terminal', a facility named by its place), Caithness,
 # Scotland, St Margaret's Hope, South Ronaldsay, Orkney, John o' Groats -> Location. No entity: 'Iona', 'Pentalina
 # B', 'Pentalina' (ships; GUIDELINES, Types), 'the 2014 New Year Honours' and 'an OBE' (honours), 'local
 # authorities' (unnamed), 'the short sea crossing' (generic)
 entities=[E("Company", PF), E("Location", "Gills Bay"), E("Location", "Caithness"), E("Location", "Scotland"),
           E("Location", "St Margaret's Hope"), E("Location", "South Ronaldsay"), E("Location", "Orkney"),
           E("Organization", "Scottish Government"), E("Person", "Andrew Banks", "Banks"),
           E("Company", "Caledonian MacBrayne"), E("Location", "John o' Groats"), E("Person", "Queen Elizabeth II")],
 # 'Pentland Ferries was founded by its present managing director, Andrew Banks, in 1997' -> founder at Pentland
 # Ferries (one person) and director at Pentland Ferries (GUIDELINES, Roles: managing director -> director), both
 # current true ('present'). Near-misses: 'was appointed an OBE by Queen Elizabeth II' -> no role (an honour; the text
 # names no country beside her, so no head-of-state role; GUIDELINES, Roles); 'a privately owned, family company' ->
 # no owner role
 roles=[R("Andrew Banks", "founder", PF), R("Andrew Banks", "director", PF)],
 # No relation. Near-misses: 'he purchased the Caledonian MacBrayne passenger and vehicle ferry Iona' -> no acquired
 # and no partner (a ship bought, an asset; GUIDELINES, Relations); 'not owned by, or contracted to run a public
 # service for, the Scottish Government or local authorities' -> no parentOrganization and no partner (the text
 # denies both); 'a 99-year lease on the Gills Bay terminal' -> nothing (no lessor named)
 relations=[],
 # Near-miss for outages: 'An earlier attempt to operate the short sea crossing between Caithness and Orkney had been
 # abandoned in 1989' (an abandoned venture, no provider named, no service lost told)
 outages=[],
 # 'May 2001' (twice, one value) -> 2001-05; '1997'; '1989'; '2014' ('the 2014 New Year Honours'); 'March 2014' ->
 # 2014-03; 'In October that year' (tied to '1997'; not absolute) -> left out
 dates=[D("May 2001", "2001-05"), D("1997", "1997"), D("1989", "1989"), D("2014", "2014"),
        D("March 2014", "2014-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
