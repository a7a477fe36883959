#!/usr/bin/env python3
"""Batch 35l gold annotations (the texts of batch35l.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All seven texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); decades ('the 1960s', 'the late 1920s') have no calendar value of the listed forms and are
left out, as batch 35d left 'since the 1970s'.
Conventions (GUIDELINES.md part 2; batches 27d-35d): 'bought by' / 'acquired by' / 'completed its acquisition of' a
named company -> acquired + parentOrganization, but acquired only where the text says the bought company was later
merged into its buyer ('fully subsumed into'); a majority stake sold to a named company -> a purchase of control
(acquired + parentOrganization, as batches 31j and 32j); 'owned by', 'a subsidiary of', 'sole owner', 'originally
part of', a half share in a joint venture -> parentOrganization; a joint venture or consortium of two named parties ->
partner; asset purchases, leases, a minority holding with no control stated, financing and spin-offs ('an outgrowth
of') -> nothing; state development-finance corporations run as investors -> Company (doubtful), a government named
as owner -> Organization; stock exchanges -> Company; mines, a refinery and office buildings -> Location.
usage: batch35l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- mining, Botswana: Debswana -----------------------------------------------------------------------------------------
DEB = "Debswana Diamond Company Ltd"
GOB = "government of Botswana"
A["wp-debswana"] = dict(
 # the company with its short name, its name at formation ('was formed as the De Beers Botswana Mining Company') and
 # its name from 1992 ('Debswana Diamond Company (Proprietary) Ltd') -> one Company; 'the South African diamond
 # company De Beers' -> Company; 'the government of Botswana' (an owner, named in that form each time) ->
 # Organization; Botswana -> Location; the four mines 'the Orapa, Letlhakane, Jwaneng and Damtshaa Mines' (named
 # sites; Orapa also the place of the first deposits) -> Location each; 'central Botswana' is Botswana (no entity of
 # its own); 'De Beers geologists' (unnamed people) -> nothing
 entities=[E("Company", DEB, "Debswana", "De Beers Botswana Mining Company",
             "Debswana Diamond Company (Proprietary) Ltd")]
          + locs("Botswana") + [E("Organization", GOB), E("Company", "De Beers")]
          + locs("Orapa", "Letlhakane", "Jwaneng", "Damtshaa"),
 roles=[],
 # 'a joint venture between the government of Botswana and ... De Beers; each party owns 50% of the company' ->
 # parentOrganization to each owner (as batch 34m's NETS, owned by three banks) + partner between the two (the joint
 # venture, direction as written); 'increased its ownership stake from an original 15% to a full 50%' (the same
 # owner, no purchase from a named seller) -> nothing more
 relations=[L(DEB, "parentOrganization", GOB), L(DEB, "parentOrganization", "De Beers"),
            L(GOB, "partner", "De Beers")],
 outages=[],
 # 'the 1960s' (twice; a decade) and 'Over the next five years' (relative, published null) left out
 dates=[D("June 23, 1969", "1969-06-23"), D("March 25, 1992", "1992-03-25")])

# ---- airlines, Mexico: Mexicana de Aviacion ------------------------------------------------------------------------------
MX = "Mexicana de Aviacion"
A["wp-mexicana-de-aviacion"] = dict(
 # the airline ('Mexicana') -> Company; Pan American World Airways and Aeroméxico (airlines) -> Company; the Boeing
 # 727 ('its first Boeing 727', 'two of its Boeing 727s') and the Airbus A320 family (aircraft models) -> Service,
 # their makers named only inside the product names (GUIDELINES part 2: no entity for them); the countries, Tampico,
 # North America and Los Angeles International Airport (an airport: Location) -> Location
 entities=[E("Company", MX, "Mexicana")] + locs("Mexico", "Tampico")
          + [E("Company", "Pan American World Airways")]
          + locs("Costa Rica", "Cuba", "El Salvador", "Guatemala", "Los Angeles International Airport")
          + [E("Company", "Aeroméxico"), E("Service", "Boeing 727"), E("Service", "Airbus A320 family")]
          + locs("North America"),
 roles=[],
 # 'Mexicana was almost entirely owned by Pan American World Airways' -> parentOrganization (ownership stated without
 # a purchase verb: parentOrganization only, as batch 31d's Club Med); 'Aeroméxico and Mexicana formed an agreement'
 # -> partner, direction as written (doubtful: the agreement's kind is not told); 'Mexicana's main competitor was
 # Aeroméxico' -> nothing (rivals); aircraft flown -> no provider (makers not entities)
 relations=[L(MX, "parentOrganization", "Pan American World Airways"), L("Aeroméxico", "partner", MX)],
 # the bankruptcy and the end of flying in August 2010 are a business failure, not an outage (GUIDELINES part 2);
 # the two crashes of 1969 are accidents -> no outage
 outages=[],
 # 'the early 1930s', 'the late 1920s', 'the 1960s', 'the 1990s' (decades) and 'a few weeks later' left out
 dates=[D("1921", "1921"), D("August 2010", "2010-08"), D("1969", "1969"), D("1991", "1991")])

# ---- mining, Zambia: Mopani Copper Mines ---------------------------------------------------------------------------------
MOP = "Mopani Copper Mines PLC"
ZIH = "ZCCM Investments Holdings Plc"
ZC = "Zambia Consolidated Copper Mines Limited"
IRH = "International Resources Holding"
ZG = "Zambian Government"
A["wp-mopani-copper-mines"] = dict(
 # the miner ('Mopani', 'Mopani Copper Mines Plc', and 'MCM', the acronym its name kept and that the next paragraph
 # uses for the company) -> one Company; the state holding company, spelt 'ZCCM Investment Holdings' in the lead and
 # 'ZCCM Investments Holdings Plc (ZCCM-IH)' in the history -> one Company; the former state miner 'Zambia
 # Consolidated Copper Mines Limited (ZCCM)' -> Company, kept apart from its successor holding company (the text
 # does not join them); 'International Resources Holding (IRH)' -> Company; 'the Zambian Government' (also 'the
 # government') -> Organization; the London Metal Exchange and Euronext (named businesses) -> Company (doubtful:
 # 'the Lusaka, London, and Euronext stock exchanges' names three exchanges with one noun; batch 34m gave 'the Manila
 # and Makati Stock Exchanges' no entity; here only Euronext is an exchange's own name, Lusaka and London being
 # cities used as exchange names -> no entity for those two); Mufulira, Nkana, Mufulira Refinery (a named plant) and
 # Zambia -> Location
 entities=[E("Company", MOP, "Mopani", "Mopani Copper Mines Plc", "MCM"),
           E("Company", ZIH, "ZCCM Investment Holdings", "ZCCM-IH"), E("Company", IRH, "IRH"),
           E("Company", ZC, "ZCCM")] + locs("Mufulira", "Nkana")
          + [E("Organization", ZG), E("Company", "Euronext")] + locs("Zambia")
          + [E("Company", "London Metal Exchange")] + locs("Mufulira Refinery"),
 roles=[],
 # 'After being owned by ZCCM Investment Holdings since its founding' -> parentOrganization (past ownership kept);
 # 'the company had a 51% stake sold to International Resources Holding (IRH) in March 2024' -> a majority stake
 # sold to a named company: a completed purchase of control, acquired + parentOrganization (doubtful: 'a 51% stake'
 # read as control, as batch 32j's Telenor India, 'to take a majority stake'); 'was originally part of Zambia Consolidated Copper
 # Mines Limited (ZCCM)' -> parentOrganization; 'the Zambian Government retained a stake in the mining industry
 # through ZCCM Investments Holdings Plc' -> parentOrganization of ZCCM-IH to the government (doubtful: the holding
 # company read as the government's vehicle, its share not told); 'Mopani purchased the ZCCM assets at Mufulira and
 # Nkana' (an asset purchase) -> nothing; the listings on exchanges -> nothing
 relations=[L(MOP, "parentOrganization", ZIH)] + acq(IRH, MOP)
           + [L(MOP, "parentOrganization", ZC), L(ZIH, "parentOrganization", ZG)],
 outages=[],
 dates=[D("March 2024", "2024-03"), D("2000", "2000"), D("1 April 2000", "2000-04-01"), D("2003", "2003")])

# ---- shipping, South Africa: Safmarine -----------------------------------------------------------------------------------
SAF = "South African Marine Corporation"
APM = "A.P. Moller-Maersk Group"
A["wp-safmarine"] = dict(
 # the line, 'Safmarine, short for South African Marine Corporation, and latterly South African Marine Container
 # Lines' -> one Company named by its fullest form, the short name and the later name as aliases ('Safmarine's
 # container line' is the line's own business, no entity of its own); Maersk Line, A.P. Moller-Maersk Group, Maersk
 # Sealand, CMBT ('the Belgian container line'), Compagnie Maritime Belge and Torm Lines -> Company; the Industrial
 # Development Corporation (a state development-finance corporation that financed and held shares) -> Company
 # (doubtful: run as an investor, typed as the Commonwealth Development Corporation in wp-umeme); Antwerp, Belgium ->
 # Location; 'South African industrialists and American ship owners' (unnamed) and 'Victory ships' (a ship type)
 # -> nothing; nationality words (South African, American, Belgian, Danish) -> no Location
 entities=[E("Company", SAF, "Safmarine", "South African Marine Container Lines"), E("Company", "Maersk Line"),
           E("Company", "Industrial Development Corporation")] + locs("Antwerp", "Belgium")
          + [E("Company", "CMBT"), E("Company", "Compagnie Maritime Belge"), E("Company", APM),
             E("Company", "Maersk Sealand"), E("Company", "Torm Lines")],
 roles=[],
 # 'It was bought by Maersk Line in 1999, and was fully integrated into that company in 2020' and 'In 1999,
 # Safmarine was acquired by the Danish shipping company A.P. Moller-Maersk Group' -> acquired by each (the text names
 # both as buyer of the one 1999 purchase), with no parentOrganization: 'In 2020 Safmarine was fully subsumed into
 # Maersk Line' says the bought line was merged away (GUIDELINES part 2; batch 31d's P&O Nedlloyd; doubtful, since it
 # lived on as a group company from 1999 to 2020); 'its sister company Maersk Line' and 'A.P. Moller-Maersk Group,
 # where Maersk Line chose ...' -> parentOrganization of Maersk Line to the group (doubtful: read from 'sister
 # company' of a line the group bought); Maersk Sealand ('rather than integrating it wholly into Maersk Sealand') ->
 # nothing (its owner not told); 'when it completed its acquisition of the Belgian container line CMBT' and 'In
 # 2002, Safmarine acquired Torm Lines' -> acquired + parentOrganization; 'CMBT, which in turn had been an outgrowth
 # of Compagnie Maritime Belge' (a spin-off, no owner stated) -> nothing; 'In 1950 it came under American control'
 # (no controller named) and 'the Industrial Development Corporation helped finance its repurchase ... It would sell
 # its holding 1984' (financing and a holding with no control stated; the buyer unnamed) -> nothing
 relations=acq("Maersk Line", SAF, done=False) + acq(APM, SAF, done=False)
           + [L("Maersk Line", "parentOrganization", APM)]
           + acq(SAF, "CMBT") + acq(SAF, "Torm Lines"),
 outages=[],
 dates=[D("1946", "1946"), D("1999", "1999"), D("2020", "2020"), D("June 1946", "1946-06"), D("1950", "1950"),
        D("1959", "1959"), D("1984", "1984"), D("1996", "1996"), D("2002", "2002"),
        D("October 3, 2011", "2011-10-03")])

# ---- utilities, Uganda: Umeme --------------------------------------------------------------------------------------------
UM = "Umeme Limited"
A["wp-umeme"] = dict(
 # the distributor ('Umeme') -> Company; the Uganda Securities Exchange ('USE') and the Nairobi Stock Exchange
 # ('NSE') -> Company (stock exchanges; 'the Ugandan bourse' is a generic phrase, no alias); 'the government of
 # Uganda' -> Organization; the Uganda Electricity Distribution Company Limited (the state company leased) ->
 # Company; Globeleq and Eskom -> Company; the Commonwealth Development Corporation (Globeleq's parent, a state
 # development-finance corporation) -> Company (doubtful, as the Industrial Development Corporation in wp-safmarine);
 # Uganda, Kampala, the United Kingdom, South Africa, the office building Rwenzori House and the street Lugogo Avenue
 # ('1 Lugogo Avenue', a named place in the address; doubtful) -> Location
 entities=[E("Company", UM, "Umeme")] + locs("Uganda")
          + [E("Company", "Uganda Securities Exchange", "USE"), E("Company", "Nairobi Stock Exchange", "NSE")]
          + locs("Rwenzori House", "Lugogo Avenue", "Kampala")
          + [E("Organization", "government of Uganda"),
             E("Company", "Uganda Electricity Distribution Company Limited"), E("Company", "Globeleq"),
             E("Company", "Commonwealth Development Corporation")] + locs("United Kingdom")
          + [E("Company", "Eskom")] + locs("South Africa"),
 roles=[],
 # 'Globeleq ..., a subsidiary of the Commonwealth Development Corporation' -> parentOrganization; 'a consortium
 # belonging to Globeleq (56 percent) ... and Eskom ... (44 percent)' and 'the consortium formed by Globeleq and
 # Eskom' -> partner (a consortium of two named companies, direction as written); 'with Globeleq becoming the sole
 # owner of Umeme' -> parentOrganization (ownership stated without a purchase verb: no acquired; the seller of
 # Eskom's share is not told); Eskom's 44 percent of the consortium (a minority, no control stated) -> nothing; the
 # government's lease of the Uganda Electricity Distribution Company Limited to the unnamed consortium (a lease of
 # a company's business, no party named as lessee) -> nothing (doubtful); listings on the exchanges -> nothing
 relations=[L("Globeleq", "parentOrganization", "Commonwealth Development Corporation"),
            L("Globeleq", "partner", "Eskom"), L(UM, "parentOrganization", "Globeleq")],
 outages=[],
 dates=[D("December 2021", "2021-12"), D("2004", "2004"), D("1 March 2005", "2005-03-01"), D("2006", "2006"),
        D("15 October 2012", "2012-10-15"), D("30 November 2012", "2012-11-30")])

# ---- airlines, Bahrain: Gulf Air -------------------------------------------------------------------------------------------
GA = "Gulf Air"
BOAC = "British Overseas Airways Corporation"
A["wp-gulf-air"] = dict(
 # the airline with its Arabic name and romanisation and the company name Bosworth registered ('Gulf Aviation Company
 # Limited', 'Gulf Aviation'; 'This makes its current operating company, Gulf Air, one of the oldest carriers' read
 # as the same business under its earlier name, doubtful) -> one Company; Emirates Airline, Etihad Airways and Qatar
 # Airways ('its larger rivals') -> Company; BOAC ('British Overseas Airways Corporation (BOAC)') and its subsidiary
 # BOAC Associated Companies -> Company; Freddie Bosworth ('Bosworth') -> Person; the Avro Anson ('seven Avro
 # Ansons') and the de Havilland DH.86B (aircraft models) -> Service, their makers named only in the product names;
 # Bahrain ('the Emirate (now Kingdom) of Bahrain'), Muharraq, Bahrain International Airport, Africa, Asia, Europe,
 # Doha, Dhahran, the Middle East, the State of Qatar, the Emirate of Abu Dhabi and the Sultanate of Oman (states named
 # in their formal style; 'the governments of' them are not named bodies of their own) -> Location
 entities=[E("Company", GA, "\u0637\u064a\u0631\u0627\u0646 \u0627\u0644\u062e\u0644\u064a\u062c",
             "\u1e6cayar\u0101n al-Khal\u012bj", "Gulf Aviation Company Limited", "Gulf Aviation")]
          + locs("Bahrain", "Muharraq", "Bahrain International Airport", "Africa", "Asia", "Europe")
          + [E("Company", "Emirates Airline"), E("Company", "Etihad Airways"), E("Company", "Qatar Airways"),
             E("Person", "Freddie Bosworth", "Bosworth")] + locs("Doha", "Dhahran", "Middle East")
          + [E("Service", "Avro Anson"), E("Service", "de Havilland DH.86B"), E("Company", BOAC, "BOAC"),
             E("Company", "BOAC Associated Companies")]
          + locs("State of Qatar", "Emirate of Abu Dhabi", "Sultanate of Oman"),
 # 'Bosworth later expanded service and, on 24 March 1950, registered Gulf Aviation Company Limited' -> founder of
 # the airline (registering the company he built from his air-taxi service; current true, as batch 35d's founders)
 roles=[R("Freddie Bosworth", "founder", GA)],
 # 'the BOAC subsidiary company BOAC Associated Companies' -> parentOrganization; BOAC 'became a major shareholder
 # in Gulf Aviation, holding a 22% stake' (a minority holding, no control stated) -> nothing; 'the governments of
 # ... agreed to purchase the BOAC Associated Companies holding in Gulf Aviation' (a stake, bought by governments
 # not named as bodies) -> nothing (doubtful: four states buying a holding that, with what followed, made them the
 # owners; the text stops before saying so); 'its larger rivals' -> nothing
 relations=[L("BOAC Associated Companies", "parentOrganization", BOAC)],
 outages=[],
 # 'the late 1940s' (a part of a decade) and 'in recent years' left out
 dates=[D("24 March 1950", "1950-03-24"), D("October 1951", "1951-10"), D("1973", "1973")])

# ---- media, Malaysia: Media Prima ------------------------------------------------------------------------------------------
MP = "Media Prima Berhad"
NSTP = "New Straits Times Press"
UNITS = ["TV3", "NTV7", "8TV", "TV9", "Kool 101", "Fly FM", "Eight FM", "Hot FM", "Molek FM"]
A["wp-media-prima"] = dict(
 # the group with its short name and its first name ('Established in 2000 as Profitune Sdn Bhd') -> one Company;
 # its four television channels and five radio stations -> Company each (broadcasters, as batch 35d's Channel 13
 # and Radio Mitre); 'an over-the-top streaming service, tonton' -> Service; the New Straits Times Press ('Malaysia's
 # largest newspaper publisher'; 'The Straits Times Press Group' is another, Singaporean company) and its three news
 # brands (newspapers) -> Company; Primeworks Studios, REV Asia Holdings, Astro, Malaysian Resources Corporation
 # Berhad, The Straits Times Press Group and SPH Media -> Company; Google and Facebook (named beside Media Prima as
 # choices for mobile content) -> Company; 'TV3's online news service, Buletin TV3' -> Service (a service of a
 # channel, not a business of its own; doubtful, GUIDELINES types news websites run as businesses Company); Bangsar,
 # Kuala Lumpur, Malaysia and Southeast Asia -> Location
 entities=[E("Company", MP, "Media Prima", "Profitune Sdn Bhd")] + locs("Bangsar", "Kuala Lumpur", "Malaysia")
          + [E("Company", "Astro"), E("Company", "Malaysian Resources Corporation Berhad")]
          + [E("Company", u) for u in UNITS]
          + [E("Service", "tonton"), E("Company", NSTP), E("Company", "New Straits Times"),
             E("Company", "Berita Harian"), E("Company", "Harian Metro"), E("Company", "Primeworks Studios"),
             E("Service", "Buletin TV3"), E("Company", "REV Asia Holdings")] + locs("Southeast Asia")
          + [E("Company", "Google"), E("Company", "Facebook"), E("Company", "The Straits Times Press Group"),
             E("Company", "SPH Media")],
 roles=[],
 # 'The company operates four television channels — TV3, NTV7, 8TV, and TV9, and also five radio stations – ...' ->
 # parentOrganization each (operated units, as batch 35d's Clarín units); 'as well as an over-the-top streaming
 # service, tonton' -> provider; 'Media Prima is also the owner of the New Straits Times Press' -> parentOrganization;
 # 'Malaysia's largest newspaper publisher with three national news brands – the New Straits Times, Berita Harian,
 # and Harian Metro' -> parentOrganization of each paper to the publisher (doubtful: 'news brands' of a publisher
 # read as its papers); 'Primeworks Studios, Media Prima's commercial subsidiary' -> parentOrganization; 'TV3's online
 # news service, Buletin TV3' -> provider; 'the 2017 acquisition of REV Asia Holdings' (the company's own purchase,
 # told as the reason it ranks third) -> acquired + parentOrganization; nothing for: 'the demerger of Malaysian
 # Resources Corporation Berhad's media assets' (assets, no company named), 'traced its roots ... from the Malaysian
 # operations division of ... The Straits Times Press Group' and 'the forerunner of SPH Media' (lineage, no owner),
 # 'the mass media duopoly ... along with Astro' and 'ahead of Google and Facebook' (rivals)
 relations=[L(u, "parentOrganization", MP) for u in UNITS]
           + [L("tonton", "provider", MP), L(NSTP, "parentOrganization", MP)]
           + [L(n, "parentOrganization", NSTP) for n in ("New Straits Times", "Berita Harian", "Harian Metro")]
           + [L("Primeworks Studios", "parentOrganization", MP), L("Buletin TV3", "provider", "TV3")]
           + acq(MP, "REV Asia Holdings"),
 outages=[],
 # 'As of 2023' -> 2023; 'a year later' (relative to 2002, published null) left out
 dates=[D("2023", "2023"), D("2000", "2000"), D("2002", "2002"), D("2017", "2017"), D("2018", "2018")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
