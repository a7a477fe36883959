#!/usr/bin/env python3
"""Batch 40y gold annotations (the texts of batch40y.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the early twentieth century', 'Over the next few decades', 'Historically',
'to this day', 'now' and 'July' in 'between July and October 2003' (its year only from the expression after it, as
batch 40u left out 'in November of the same year') follow that rule and are left out, and the year inside the name
of a law ('... Restructuring Act 1990') is part of the name and left out. No text tells an outage (or a near-miss),
so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v): a company 'purchased',
'sold to' or taken over by another -> acquired + parentOrganization(target, buyer); 'created a ... subsidiary
company', 'became part of', 'become a subsidiary of', 'is now owned by', a majority shareholding -> parentOrganization
(no acquired: no purchase told; past ownership kept); two named joint owners -> parentOrganization to each (as batch
40u's AAPIS); minority holders ('3i (23%)', 'a minority stake') -> nothing; a predecessor whose 'licences and stock'
were 'assumed' -> acquired only (no later ownership told; doubtful); bids, shortlists, interests in buying, a sale
put up, franchises awarded -> nothing; railway lines with services a named company operates -> Service with provider
that company (as the corpus's metro lines); power stations -> Location (GUIDELINES, Types); state-owned railway and
post-office businesses run as enterprises -> Company, government departments and rail franchising bodies ->
Organization; 'general manager' -> executive (GUIDELINES, Roles: 'manager' -> executive); adjectives ('UK private
equity investor', 'An Australian company', 'Manx-registered') -> a Location only where the name is written out as a
place ('UK' as batch 40v's 'its UK operations'; 'Australian' and 'Manx' not).
usage: batch40y_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- transport/rail, UK: Chiltern Railways / M40 Trains -------------------------------------------------------------
M40 = "M40 Trains"
CH = "Chiltern Railways"
JL = "John Laing plc"
HEP = "Henderson Equity Partners"
DB = "Deutsche Bahn"
A["wp-chiltern-railways-m40-trains"] = dict(
 # M40 Trains (the franchise holder) -> Company; the operator 'Chiltern' ('Chiltern became part of the DB Regio group',
 # 'Chiltern took over the operation of services') -> Company 'Chiltern Railways' (the fullest form, written in 'the
 # Chiltern Railways franchise'), alias 'Chiltern' (doubtful: a reader might fold it into M40 Trains, which the text
 # says was awarded the franchise, or leave 'the ... franchise' out as no entity); John Laing plc -> Company, alias
 # 'John Laing'; 3i, Go-Ahead, Henderson Equity Partners, Laing Rail, Arriva, Deutsche Bahn, NedRail, DB Regio, Arriva
 # UK Trains, Central Trains, First Great Western -> Company; British Rail ('former British Rail managers', the
 # state railway run as a business) -> Company; the Director of Passenger Rail Franchising (the franchising office, no
 # person named), the Shadow Strategic Rail Authority, the Department for Transport -> Organization (the first
 # doubtful: a post's title standing for its office); the Snow Hill Lines and the Oxford to Bicester Line -> Service
 # (railway lines whose services named companies operate, as the corpus's metro lines); Germany, the Netherlands ->
 # Location; the West Midlands franchise and 'the next Chiltern franchise' -> nothing (franchises, not companies)
 entities=[E("Company", M40), E("Company", CH, "Chiltern"), E("Organization", "Director of Passenger Rail Franchising"),
           E("Company", "British Rail"), E("Company", JL, "John Laing"), E("Company", "3i"),
           E("Organization", "Shadow Strategic Rail Authority"), E("Company", "Go-Ahead"), E("Company", HEP),
           E("Organization", "Department for Transport"), E("Service", "Snow Hill Lines"),
           E("Company", "Central Trains"), E("Company", "Laing Rail"), E("Company", "Arriva"), E("Company", DB),
           E("Location", "Germany"), E("Company", "NedRail"), E("Location", "Netherlands"),
           E("Company", "DB Regio"), E("Company", "Arriva UK Trains"), E("Service", "Oxford to Bicester Line"),
           E("Company", "First Great Western")],
 # the former British Rail managers are not named; no person is named
 roles=[],
 # 'John Laing taking an 84% shareholding' and 'acquired the remaining 16% of shares in M40 Trains it did not already
 # own' -> parentOrganization(M40 Trains, John Laing plc) (no acquired: control came by a restructure and the 2002
 # purchase was of a minority remainder; doubtful, a reader might record acquired for the share purchase); 'backed by
 # John Laing plc (26%) and 3i (23%)' -> nothing more (minority holders then); 'John Laing was purchased by Henderson
 # Equity Partners' -> acquired + parentOrganization; 'Henderson Equity Partners put Laing Rail up for sale' ->
 # parentOrganization(Laing Rail, Henderson Equity Partners) (ownership implied by the sale, doubtful); 'Laing Rail was
 # purchased by Deutsche Bahn' -> acquired + parentOrganization; 'Chiltern became part of the DB Regio group' ->
 # parentOrganization(Chiltern Railways, DB Regio); 'DB Regio become a subsidiary of Arriva UK Trains' ->
 # parentOrganization; 'the Snow Hill Lines lines then operated by Central Trains' -> provider (past kept); 'Chiltern
 # took over the operation of services on the Oxford to Bicester Line from First Great Western' -> provider to both
 # (the earlier operator's past service kept; doubtful); M40 Trains' tie to Chiltern Railways, Laing Rail's to John
 # Laing, Deutsche Bahn's to DB Regio and Arriva's to Arriva UK Trains -> nothing (tied by name or by the story only,
 # not stated); the franchise awards, the shortlist, the unsuccessful bid, Arriva's and Go-Ahead's interest and the
 # bidding contest -> nothing
 relations=[L(M40, "parentOrganization", JL), L(HEP, "acquired", JL), L(JL, "parentOrganization", HEP),
            L("Laing Rail", "parentOrganization", HEP), L(DB, "acquired", "Laing Rail"),
            L("Laing Rail", "parentOrganization", DB), L(CH, "parentOrganization", "DB Regio"),
            L("DB Regio", "parentOrganization", "Arriva UK Trains"), L("Snow Hill Lines", "provider", "Central Trains"),
            L("Oxford to Bicester Line", "provider", CH), L("Oxford to Bicester Line", "provider", "First Great Western")],
 outages=[],
 dates=[D("June 1996", "1996-06"), D("21 July 1996", "1996-07-21"), D("March 1999", "1999-03"),
        D("March 2000", "2000-03"), D("August 2000", "2000-08"), D("3 March 2002", "2002-03-03"),
        D("August 2002", "2002-08"), D("September 2006", "2006-09"), D("June 2006", "2006-06"),
        D("July 2007", "2007-07"), D("December 2007", "2007-12"), D("January 2008", "2008-01"),
        D("early 2011", "2011"), D("May 2011", "2011-05")])

# ---- utilities/electricity, Jamaica: Jamaica Public Service -------------------------------------------------------------
JPS = "Jamaica Public Service Company Limited"
GOJ = "Government of Jamaica"
AN = "Alfred S. Nichols"
A["wp-jamaica-public-service"] = dict(
 # the utility -> Company, alias 'JPS'; Marubeni, the Korea Electric Power Corporation, the West India Electric
 # Company, the Jamaica Electric Light and Power Company, Stone & Webster -> Company; the Government of Jamaica ->
 # Organization; Alfred S. Nichols -> Person, alias 'Nichols'; Jamaica, Kingston -> Location; Bog Walk hydro station
 # and Gold Street power station -> Location (named power stations, GUIDELINES Types; no relation attaches);
 # 'Kingston's tram system' and 'the island's transmission and distribution networks' -> nothing (no name)
 entities=[E("Company", JPS, "JPS"), E("Location", "Jamaica"), E("Company", "Marubeni"),
           E("Company", "Korea Electric Power Corporation"), E("Organization", GOJ),
           E("Company", "West India Electric Company"), E("Company", "Jamaica Electric Light and Power Company"),
           E("Location", "Bog Walk hydro station"), E("Location", "Gold Street power station"),
           E("Location", "Kingston"), E("Person", AN, "Nichols"), E("Company", "Stone & Webster")],
 # 'The first general manager was Alfred S. Nichols ... Nichols remained as general manager for 15 years, until his
 # death in 1938' -> executive at JPS, current false (his tenure ended with his death; GUIDELINES 'manager' ->
 # executive); 'an employee of Stone & Webster' -> no role (no post named)
 roles=[R(AN, "executive", JPS, False)],
 # 'is now owned by Marubeni and the Korea Electric Power Corporation' -> parentOrganization(JPS, each) (two joint
 # owners, as batch 40u's AAPIS; no purchase told in the text); 'with the Government of Jamaica holding a minority
 # stake' and 'nationalised in 1970' (no owner named in that sentence) -> nothing; 'It assumed the licences and stock
 # of both the West India Electric Company and the Jamaica Electric Light and Power Company' -> acquired(JPS, each)
 # only (the predecessors' businesses taken over, no later ownership told; doubtful: a reader might read 'stock' as
 # plant and record nothing, or add parentOrganization); 'who operated Bog Walk hydro station and Gold Street power
 # station' -> nothing (Locations); 'acquired or merged with rival electricity providers' -> nothing (none named);
 # the licence notice -> nothing
 relations=[L(JPS, "parentOrganization", "Marubeni"), L(JPS, "parentOrganization", "Korea Electric Power Corporation"),
            L(JPS, "acquired", "West India Electric Company"),
            L(JPS, "acquired", "Jamaica Electric Light and Power Company")],
 outages=[],
 dates=[D("1923", "1923"), D("1970", "1970"), D("2001", "2001"), D("1 July 2025", "2025-07-01"),
        D("2024", "2024"), D("25 May 1923", "1923-05-25"), D("1938", "1938"), D("1945", "1945")])

# ---- telecommunications, Isle of Man: Manx Telecom ----------------------------------------------------------------------
MT = "Manx Telecom"
BTL = "British Telecommunications"
HG = "HgCapital"
A["wp-manx-telecom"] = dict(
 # Manx Telecom, British Telecommunications (alias 'British Telecom'), Cable & Wireless, mmO2, BT Wireless, BT Group,
 # HgCapital (alias 'HG Capital'), CPS Partners -> Company; the British General Post Office (the state's telephone
 # operator then, run as a business) -> Company (doubtful: a reader might type the government department an
 # Organization); the Manx Government -> Organization; the Isle of Man, Liverpool, UK ('UK private equity investor')
 # -> Location; 'the Liverpool telephone district' and the licence -> nothing
 entities=[E("Location", "Isle of Man"), E("Company", "British General Post Office"),
           E("Company", BTL, "British Telecom"), E("Location", "Liverpool"), E("Organization", "Manx Government"),
           E("Company", MT), E("Company", "Cable & Wireless"), E("Company", "mmO2"), E("Company", "BT Wireless"),
           E("Company", "BT Group"), E("Location", "UK"), E("Company", HG, "HG Capital"), E("Company", "CPS Partners")],
 # no person is named
 roles=[],
 # 'British Telecom created a Manx-registered subsidiary company, Manx Telecom' -> parentOrganization(Manx Telecom,
 # British Telecommunications) (past kept); 'Manx Telecom became part of mmO2' -> parentOrganization; 'the demerger of
 # BT Wireless's operations from BT Group' -> parentOrganization(BT Wireless, BT Group) (the ownership before the
 # demerger, past kept; doubtful) and no tie of mmO2 to BT Wireless (not stated); 'Manx Telecom was sold to ...
 # HgCapital (who were buying the majority stake)' -> acquired + parentOrganization; 'alongside telecoms management
 # company CPS Partners' -> partner(HgCapital, CPS Partners) (a joint purchase, as a joint bid; no acquired for CPS
 # Partners, the minority buyer; doubtful); 'had been run as a monopoly by the British General Post Office, and later
 # British Telecommunications' -> nothing (a system, no company, run); 'competed with Cable & Wireless' -> nothing
 relations=[L(MT, "parentOrganization", BTL), L(MT, "parentOrganization", "mmO2"),
            L("BT Wireless", "parentOrganization", "BT Group"), L(HG, "acquired", MT),
            L(MT, "parentOrganization", HG), L(HG, "partner", "CPS Partners")],
 outages=[],
 dates=[D("1985", "1985"), D("1986", "1986"), D("1 January 1987", "1987-01-01"), D("17 November 2001", "2001-11-17"),
        D("4 June 2010", "2010-06-04")])

# ---- transport/rail, New Zealand: Tranz Rail ------------------------------------------------------------------------------
TRH = "Tranz Rail Holdings Limited"
NZR = "New Zealand Rail Limited"
A["wp-tranz-rail"] = dict(
 # the holding company formed 'to buy out' the state railway company -> Company 'Tranz Rail Holdings Limited', alias
 # 'Tranz Rail' ('majority shareholder of Tranz Rail'; doubtful: the short name may mean the renamed operating
 # company); New Zealand Rail Limited -> Company, aliases 'New Zealand Rail' and 'Tranz Rail Limited' (its name from
 # 1995); New Zealand Railways ('continues to this day as an SOE', a state-owned enterprise) -> Company (doubtful: a
 # reader might type it an Organization); the New Zealand Stock Exchange, NASDAQ, Toll Holdings -> Company; New
 # Zealand, the United States -> Location; 'The Government' -> nothing (generic); the Restructuring Act -> nothing
 # (a law), so the New Zealand Railways Corporation named only inside it is not annotated
 entities=[E("Company", TRH, "Tranz Rail"), E("Location", "New Zealand"),
           E("Company", NZR, "New Zealand Rail", "Tranz Rail Limited"), E("Company", "New Zealand Railways"),
           E("Company", "New Zealand Stock Exchange"), E("Company", "NASDAQ"), E("Location", "United States"),
           E("Company", "Toll Holdings")],
 # no person is named
 roles=[],
 # 'formed ... to buy out the SOE New Zealand Rail Limited', 'completed the purchase of New Zealand Rail' -> acquired +
 # parentOrganization; 'Toll Holdings, is now majority shareholder of Tranz Rail after a successful takeover bid' ->
 # acquired + parentOrganization (a completed takeover); 'formed ... from a separation from New Zealand Railways' ->
 # nothing (a demerger, no owner told, as batch 40u's AAPT); the land kept by the Government, the listings -> nothing
 relations=[L(TRH, "acquired", NZR), L(NZR, "parentOrganization", TRH), L("Toll Holdings", "acquired", TRH),
            L(TRH, "parentOrganization", "Toll Holdings")],
 outages=[],
 dates=[D("7 July 1993", "1993-07-07"), D("September 1993", "1993-09"), D("10 October 1990", "1990-10-10"),
        D("1995", "1995"), D("1996", "1996"), D("July 2002", "2002-07"), D("October 2003", "2003-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
