#!/usr/bin/env python3
"""Batch 26e gold annotations (the 10 texts of batch26e.py, and the 3 of its part 2), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null: only
absolute dates (GUIDELINES.md, Dates).
Conventions applied here (GUIDELINES.md part 2 and earlier batches, batch 26c for shareholders): a completed purchase
-> acquired + parentOrganization (a stated majority purchase too, doubtful); a stated owner, a majority holder or the
holder the text calls the largest shareholder -> parentOrganization (as batch 26c's Kenya Airways); other holders
listed with their stakes, minority stakes and stakes sold -> nothing; a joint venture -> parentOrganization to each
owner and partner between the owners; a supplier the text names -> partner; a service a company runs, or operates
under a franchise -> provider; founders -> founder; a person owning -> no relation.
Part 2 (A2, written with --part2): its own split cycle over its sorted ids, so part 1's splits stay untouched.
usage: batch26e_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- telecoms ------------------------------------------------------------------------------------------------------
A["wp-celtel"] = dict(
 # the company with its former names ('MSI Cellular Investments', 'Celtel International') and the name it was
 # rebranded to ('Airtel', doubtful: the buyer's brand, kept as the company's later name) -> one Company; Zain with
 # 'formerly the Mobile Telecommunications Company' -> one Company; 'Kenya Data Network' ('KDN') and Belgacom ->
 # Company; '"One Network", the world's first borderless network' -> Service; 'the monopoly in Kenya' names no
 # company -> nothing; 'Sudanese-born', 'African countries' -> nothing
 entities=[E("Company", "Celtel", "MSI Cellular Investments", "Celtel International", "Airtel"),
           E("Person", "Mo Ibrahim"),
           E("Company", "Zain", "Mobile Telecommunications Company"), E("Company", "Bharti Airtel"),
           E("Service", "One Network"), E("Company", "Kenya Data Network", "KDN"), E("Company", "Belgacom")]
          + locs("East Africa", "Uganda", "Kenya", "Tanzania", "Gabon", "Democratic Republic of Congo", "Congo"),
 # 'It was founded by Sudanese-born Mo Ibrahim' -> founder
 roles=[R("Mo Ibrahim", "founder", "Celtel")],
 # 'acquired by and became a subsidiary of Zain' -> acquired + parentOrganization; 'purchased by Bharti Airtel from
 # Zain' -> acquired + parentOrganization (both owners kept: relations carry no time); 'Celtel launched "One
 # Network"' -> provider; 'KDN provided Celtel with a cross border link' -> a supplier -> partner (as written, KDN to
 # Celtel); 'trunk capacity to Belgacom' states no relation with Belgacom -> nothing
 relations=acq("Zain", "Celtel") + acq("Bharti Airtel", "Celtel")
           + [L("One Network", "provider", "Celtel"), L("Kenya Data Network", "partner", "Celtel")],
 outages=[],
 dates=[D("1998", "1998"), D("January 2004", "2004-01"), D("April 2005", "2005-04"),
        D("8 June 2010", "2010-06-08"), D("22 November 2010", "2010-11-22"), D("September 2006", "2006-09"),
        D("June 2007", "2007-06")])

A["wp-turkcell"] = dict(
 # the operator and its listed holders -> Company each ('Sonera Holding B.V.' with 'Sonera Holding'; 'Çukurova
 # Group' with 'Cukurova Group', kept apart from 'Çukurova Holding A.Ş.', which the text lists on its own line,
 # doubtful); the exchanges -> Company ('NYSE' in the ticker bracket -> alias of the New York Stock Exchange; 'BİST'
 # is not said to be the Istanbul Stock Exchange -> nothing); competitors Vodafone and Avea -> Company;
 # 'Turkey's first GSM network' names no service -> nothing; 'Turkish' adjective -> nothing
 entities=[E("Company", "Turkcell"), E("Location", "Turkey"), E("Location", "Istanbul"), E("Company", "Vodafone"),
           E("Company", "Avea"), E("Company", "New York Stock Exchange", "NYSE"),
           E("Company", "Istanbul Stock Exchange"), E("Company", "Turkcell Holding A.Ş."),
           E("Company", "Çukurova Holding A.Ş."), E("Company", "Sonera Holding B.V.", "Sonera Holding"),
           E("Company", "MV Holding A.Ş."), E("Company", "Çukurova Group", "Cukurova Group"),
           E("Company", "TeliaSonera")],
 roles=[],
 # '51% is held by Turkcell Holding A.Ş.' -> the majority holder -> parentOrganization; the other holders listed
 # with their stakes (0.05%, 13.07%, 1.18%; 'approximately 37.1% and 13.8%' directly and indirectly) -> nothing
 # (doubtful beside batch 26c's 'principal shareholders'); 'agreed to sell a large stake to TeliaSonera' -> a stake
 # sale, disputed -> nothing
 relations=[L("Turkcell", "parentOrganization", "Turkcell Holding A.Ş.")],
 outages=[],
 dates=[D("September 30, 2011", "2011-09-30"), D("February 1994", "1994-02"), D("Q3 2012", "2012-Q3"),
        D("July 11, 2000", "2000-07-11"), D("December 2011", "2011-12"), D("March 2005", "2005-03")])

# ---- mining, metals and steel ------------------------------------------------------------------------------------
VR = "Vedanta Resources plc"
A["wp-vedanta-resources"] = dict(
 # the group ('Vedanta Resources plc', 'Vedanta Resources', 'Vedanta') -> one Company; 'LSE' in the ticker bracket
 # -> alias of the London Stock Exchange (Company); the FTSE 100 Index (a stock index) -> not an entity; 'Tasmania,
 # Australia' -> two Locations; 'iron ore exporter, Sesa Goa' -> Company; 'Indian' adjective -> nothing
 entities=[E("Company", VR, "Vedanta Resources", "Vedanta"), E("Company", "London Stock Exchange", "LSE")]
          + locs("United Kingdom", "India", "Zambia", "Tasmania", "Australia")
          + [E("Company", "Sterlite Industries"), E("Company", "Konkola Copper Mines"),
             E("Company", "Hindustan Zinc Limited"), E("Company", "Bharat Aluminium Company"),
             E("Company", "Madras Aluminium Company"), E("Person", "Anil Agarwal"), E("Company", "Sesa Goa")],
 # 'The founder of Sterlite Industries and Vedanta Resources is the billionaire Anil Agarwal' -> founder of each
 roles=[R("Anil Agarwal", "founder", "Sterlite Industries"), R("Anil Agarwal", "founder", VR)],
 # "Vedanta's subsidiary Sterlite Industries" and 'Subsidiary companies owned by Vedanta Resources include ...' ->
 # parentOrganization for the five; 'a major stake in ... Sesa Goa' -> a stake -> nothing
 relations=parents(VR, "Sterlite Industries", "Konkola Copper Mines", "Hindustan Zinc Limited",
                   "Bharat Aluminium Company", "Madras Aluminium Company"),
 outages=[],
 dates=[D("December 2003", "2003-12"), D("June 2006", "2006-06")])

A["wp-posco"] = dict(
 # the company with the name the government created it under ('Pohang Iron and Steel Company, Ltd', its history
 # section's first name; the lead's 'formerly' bracket is not in this rendering, doubtful) -> one Company; U.S.
 # Steel, the joint venture USS-POSCO Industries, Korea Tungsten Company, Nippon Steel -> Company; 'Republic of
 # Korea Government' with 'Korean government' -> Organization, as is the Export-Import Bank of Japan (a state
 # lender, doubtful); 'Pittsburg, California, United States' -> three Locations; 'the Pohang plant', the
 # ministerial meeting (an event), the Fortune Global 500 (a list), 'South Korean administration' -> nothing
 entities=[E("Company", "POSCO", "Pohang Iron and Steel Company, Ltd")]
          + locs("South Korea", "Pohang", "Gwangyang", "Pittsburg", "California", "United States", "Japan")
          + [E("Company", "U.S. Steel"), E("Company", "USS-POSCO Industries"),
             E("Organization", "Republic of Korea Government", "Korean government"),
             E("Person", "Park Chung Hee"), E("Person", "Park Tae-joon"), E("Company", "Korea Tungsten Company"),
             E("Organization", "Export-Import Bank of Japan"), E("Company", "Nippon Steel")],
 # 'appointed as president of the mill ... Park Tae-joon' -> president of the company (no departure told ->
 # current, as the Decisions ask); 'President Park Chung Hee' -> president, South Korea (named on its own)
 roles=[R("Park Tae-joon", "president", "POSCO"), R("Park Chung Hee", "president", "South Korea")],
 # 'a joint venture with U.S. Steel, USS-POSCO Industries' -> parentOrganization to each owner, partner between
 # them; 'U.S. Steel acquired full ownership of the facility' -> a stake in a facility -> nothing; 'the
 # government-owned Korea Tungsten Company' -> parentOrganization to the Korean government (doubtful: the owner is
 # implied by 'government'); credit from the Export-Import Bank of Japan and 'technical assistance from Nippon
 # Steel' to the plant's construction -> no partnership stated -> nothing (doubtful)
 relations=[L("USS-POSCO Industries", "parentOrganization", "POSCO"),
            L("USS-POSCO Industries", "parentOrganization", "U.S. Steel"), L("POSCO", "partner", "U.S. Steel"),
            L("Korea Tungsten Company", "parentOrganization", "Republic of Korea Government")],
 outages=[],
 # published null; 'In the 1960s' (a decade) left out as batch 26c left decades out
 dates=[D("2015", "2015"), D("2010", "2010"), D("2024", "2024"), D("February 2020", "2020-02"), D("1968", "1968"),
        D("April 1, 1970", "1970-04-01"), D("July 3, 1973", "1973-07-03"), D("1969", "1969")])

# ---- utilities and energy ----------------------------------------------------------------------------------------
IB = "Iberdrola"
A["wp-iberdrola"] = dict(
 # subsidiaries and shareholders named -> Company ('CaixaBank (formerly Bankia)' -> one Company with its former
 # name); Norges Bank (Norway's central bank) -> Organization (as batch 26c's Reserve Bank of India; doubtful:
 # the text does not say what it is); Ørsted, a rival -> Company; countries and the city -> Location;
 # 'Spanish' adjective -> nothing
 entities=[E("Company", IB), E("Location", "Bilbao"), E("Location", "Spain"), E("Company", "Scottish Power"),
           E("Location", "United Kingdom"), E("Company", "Avangrid"), E("Location", "United States"),
           E("Company", "Qatar Investment Holding"), E("Organization", "Norges Bank"), E("Company", "Kutxabank"),
           E("Company", "CaixaBank", "Bankia"), E("Company", "Ørsted"), E("Company", "Neoenergia")]
          + locs("Brazil", "Mexico", "Germany", "Portugal", "Italy", "Australia", "France"),
 roles=[],
 # 'Subsidiaries include Scottish Power ... and a significant part of Avangrid', 'subsidiaries ... United Kingdom
 # (Scottish Power), United States (Avangrid), Brazil (Neoenergia)' -> parentOrganization; 'the largest shareholder
 # of the company was Qatar Investment Holding' -> parentOrganization (as batch 26c's Kenya Airways; doubtful: a
 # largest holder need not control); 'Other significant shareholders' -> nothing
 relations=parents(IB, "Scottish Power", "Avangrid", "Neoenergia")
           + [L(IB, "parentOrganization", "Qatar Investment Holding")],
 outages=[],
 dates=[D("2013", "2013")])

# ---- retail --------------------------------------------------------------------------------------------------------
FAL = "Falabella"
A["wp-falabella"] = dict(
 # the chain ('Falabella', and 'Saga Falabella', the name it traded under in Peru) -> one Company, its owner
 # 'S.A.C.I. Falabella' its own Company; 'CMR, a credit card' -> Service; D & S and 'the largest hardware store in
 # Chile, Imperial' -> Company; the International Association of department stores and the Court of Defense of
 # Free Competition -> Organization; founder and the celebrities in its ads -> Person; 'Italian Chilean' adjective
 # -> nothing
 entities=[E("Company", FAL, "Saga Falabella"), E("Company", "S.A.C.I. Falabella"), E("Location", "South America"),
           E("Organization", "International Association of department stores"), E("Person", "Salvatore Falabella")]
          + locs("Santiago", "Concepción", "Argentina", "Peru", "Colombia", "Chile")
          + [E("Service", "CMR")]
          + people("Cecilia Bolocco", "Valeria Mazza", "Juanes", "Kate Moss", "Gisele Bündchen", "Ricky Martin")
          + [E("Company", "D & S"), E("Organization", "Court of Defense of Free Competition"), E("Company", "Imperial")],
 # 'founded by Salvatore Falabella' -> founder
 roles=[R("Salvatore Falabella", "founder", FAL)],
 # 'owned by ... S.A.C.I. Falabella' -> parentOrganization; 'Falabella created CMR, a credit card' -> provider;
 # 'agreed to merge with D & S' and rejected by the court -> a blocked deal -> nothing; 'Falabella acquired 60% of
 # ... Imperial' -> a completed majority purchase -> acquired + parentOrganization (doubtful: a stake, though a
 # controlling one)
 relations=[L(FAL, "parentOrganization", "S.A.C.I. Falabella"), L("CMR", "provider", FAL)] + acq(FAL, "Imperial"),
 outages=[],
 # published null; 'The same year' left out; 'the 1960s', 'the 1990s' (decades) left out
 dates=[D("2006", "2006"), D("1889", "1889"), D("1980", "1980"), D("2018", "2018"),
        D("May 17, 2007", "2007-05-17"), D("January 31, 2008", "2008-01-31")])

# ---- pharma --------------------------------------------------------------------------------------------------------
TEVA = "Teva Pharmaceutical Industries Ltd."
A["wp-teva-pharmaceutical-industries"] = dict(
 # the company ('Teva Pharmaceutical Industries Ltd.', 'Teva', the 1930s company of that name the text merges into
 # it) -> one Company; predecessors and companies bought -> Company; the exchanges ('Tel Aviv Stock Exchange' with
 # 'Tel-Aviv Stock Exchange') -> Company; PhRMA and the FDA -> Organization; 'in the US' -> Location 'US';
 # 'Canada-based' -> Canada (a named place); 'its Kfar Saba manufacturing plant' -> Kfar Saba (Location)
 entities=[E("Company", TEVA, "Teva")]
          + locs("Petah Tikva", "Israel", "North America", "Europe", "South America", "Palestine", "Kfar Saba", "US",
                 "Canada")
          + [E("Company", "New York Stock Exchange"), E("Company", "Tel Aviv Stock Exchange", "Tel-Aviv Stock Exchange"),
             E("Organization", "Pharmaceutical Research and Manufacturers of America", "PhRMA"),
             E("Company", "Salomon, Levin, and Elstein Ltd."), E("Company", "Assia"), E("Company", "Zori"),
             E("Company", "Ikapharm"), E("Organization", "U.S. Food and Drug Administration", "FDA"),
             E("Company", "Plantex"), E("Company", "Novopharm")],
 roles=[],
 # 'by acquiring Ikapharm', 'Teva acquired Plantex', 'Teva acquired Canada-based Novopharm' -> acquired +
 # parentOrganization; 'Assia and Zori merged and acquired a controlling interest in Teva' -> Teva controlled by
 # them -> parentOrganization to each (doubtful: the merged company is not named); the 1976 three-way merger ->
 # nothing; 'earliest predecessor' -> nothing; membership of PhRMA -> nothing
 relations=acq(TEVA, "Ikapharm") + acq(TEVA, "Plantex") + acq(TEVA, "Novopharm")
           + [L(TEVA, "parentOrganization", "Assia"), L(TEVA, "parentOrganization", "Zori")],
 outages=[],
 # published null; 'During the 1930s' (a decade) left out
 dates=[D("1901", "1901"), D("1951", "1951"), D("1964", "1964"), D("1976", "1976"), D("1980", "1980"),
        D("1982", "1982"), D("2000", "2000")])

# ---- shipping ------------------------------------------------------------------------------------------------------
MAERSK = "A.P. Møller – Mærsk A/S"
SVB = "Dampskibsselskabet Svendborg"
A["wp-maersk"] = dict(
 # the group ('A.P. Møller – Mærsk A/S', 'Maersk', 'Maersk Group') -> one Company; its predecessor
 # 'Dampskibsselskabet Svendborg' with its translation 'Svendborg Steamship Company' -> its own Company (the text
 # does not say it became Maersk); 'Arnold Peter (A. P.) Møller' -> Person named with that whole string, 'Arnold Peter' an
 # alias (the full name 'Arnold Peter Møller' is not one string in the text; doubtful); the Møller family -> not annotated; the divisions
 # 'Transport & Logistics' and 'Energy' -> not entities (common nouns); 'Danish' adjective -> nothing
 entities=[E("Company", MAERSK, "Maersk", "Maersk Group"), E("Location", "Copenhagen"), E("Location", "Denmark"),
           E("Company", SVB, "Svendborg Steamship Company"), E("Location", "Svendborg"),
           E("Person", "Peter Mærsk Møller"), E("Person", "Arnold Peter (A. P.) Møller", "Arnold Peter")],
 # 'founded in Svendborg in April 1904 by captain Peter Mærsk Møller ... and his son' -> founder each
 roles=[R("Peter Mærsk Møller", "founder", SVB), R("Arnold Peter (A. P.) Møller", "founder", SVB)],
 # 'controlled by the namesake Møller family through holding companies' -> no company named -> nothing
 relations=[],
 outages=[],
 # published null; the life years in brackets are explicit years -> listed (as batch 26c listed game years)
 dates=[D("1996", "1996"), D("2018", "2018"), D("September 2016", "2016-09"), D("2019", "2019"),
        D("April 1904", "1904-04"), D("1836", "1836"), D("1927", "1927"), D("1876", "1876"), D("1965", "1965")])

# ---- railways ------------------------------------------------------------------------------------------------------
MTR = "MTR Corporation Limited"
A["wp-mtr-corporation"] = dict(
 # the company ('MTR Corporation Limited', 'The MTR' investing in railways, 'MTRCL') -> one Company; its predecessor
 # 'The Mass Transit Railway Corporation' ('MTRC'), which it 'succeeded' -> its own Company (doubtful: a former
 # name, though the text tells of a succession); the network 'the Mass Transit Railway' -> Service; 'Stockholm
 # Metro' and 'the MTRX Stockholm–Gothenburg rail link' ('MTRX') -> Service; the exchange ('Hong Kong Exchange',
 # 'Hong Kong Stock Exchange') -> one Company; the Hang Seng Index -> not an entity; cities and Sweden -> Location;
 # 'the government' (not named) -> nothing
 entities=[E("Company", MTR, "MTR", "MTRCL"), E("Location", "Hong Kong"), E("Service", "Mass Transit Railway"),
           E("Company", "Hong Kong Stock Exchange", "Hong Kong Exchange")]
          + locs("London", "Sweden", "Beijing", "Hangzhou", "Macau", "Shenzhen", "Sydney", "Melbourne")
          + [E("Service", "Stockholm Metro"), E("Service", "MTRX Stockholm–Gothenburg rail link", "MTRX"),
             E("Company", "Mass Transit Railway Corporation", "MTRC")],
 roles=[],
 # 'which operates the Mass Transit Railway' -> provider; 'franchised contracts to operate ... Stockholm Metro and
 # the MTRX ... rail link' -> provider (operator); majority government ownership -> the owner is not named ->
 # nothing (doubtful); the succession of the MTRC -> nothing
 relations=provided(MTR, "Mass Transit Railway", "Stockholm Metro", "MTRX Stockholm–Gothenburg rail link"),
 outages=[],
 dates=[D("22 September 1972", "1972-09-22"), D("30 June 2000", "2000-06-30"), D("5 October 2000", "2000-10-05")])

# ---- insurance -----------------------------------------------------------------------------------------------------
DISC = "Discovery Limited"
A["wp-discovery-limited"] = dict(
 # the group ('Discovery Limited', 'Discovery') -> one Company; 'the JSE' -> Company 'JSE' (an exchange);
 # 'Discovery Bank, a major South African digital bank' -> Company; 'the largest private health insurance company
 # in South Africa' is not named -> nothing; 'a Level 1 BBBEE contributor' -> nothing
 entities=[E("Company", DISC, "Discovery"), E("Location", "South Africa"), E("Location", "Sandton"),
           E("Company", "JSE"), E("Company", "Discovery Bank")]
          + locs("United Kingdom", "United States", "China", "Singapore", "Australia")
          + people("Adrian Gore", "Barry Swartzberg"),
 # 'founded in 1992 by Adrian Gore and Barry Swartzberg' -> founder each (as batch 26c's two CD Projekt founders)
 roles=[R("Adrian Gore", "founder", DISC), R("Barry Swartzberg", "founder", DISC)],
 # 'The group also operates Discovery Bank' -> a bank the group runs -> parentOrganization
 relations=[L("Discovery Bank", "parentOrganization", DISC)],
 outages=[],
 # published null; 'As of 2023' -> 2023
 dates=[D("1992", "1992"), D("2023", "2023"), D("2019", "2019")])

IDS = sorted(A)

# ---- part 2 (written with --part2; its own split cycle over its sorted ids, so part 1's splits stay untouched) --------
A2 = {}
TT = "Tidjane Thiam"
CI = "Côte d'Ivoire"
BN = "National Bureau for Technical Studies"
A2["wp-tidjane-thiam"] = dict(
 # the people ('Tidjane Thiam' with 'Thiam'; his father 'Amadou Thiam' apart); Credit Suisse, McKinsey & Company
 # ('McKinsey'), Aviva, Prudential plc ('Prudential') -> Company; the National Bureau for Technical Studies
 # ('BNETD'), a state bureau -> Organization; 'Côte d'Ivoire' with 'Cote d'Ivoire' -> one Location; 'the Prime
 # Minister and the President' (no names), the FTSE 100 (an index), the coup (an event), 'Ivorian', 'French' ->
 # nothing
 entities=[E("Person", TT, "Thiam"), E("Company", "Credit Suisse"), E("Location", CI, "Cote d'Ivoire"),
           E("Location", "France"), E("Company", "McKinsey & Company", "McKinsey"),
           E("Organization", BN, "BNETD"), E("Location", "Paris"), E("Company", "Aviva"),
           E("Company", "Prudential plc", "Prudential"), E("Person", "Brady Dougan"), E("Location", "Senegal"),
           E("Person", "Yamousso"), E("Location", "Yamoussoukro"), E("Person", "Marietou"),
           E("Person", "Félix Houphouët-Boigny"), E("Person", "Amadou Thiam")],
 # 'became the Chief Executive of Credit Suisse in June 2015' -> ceo (current); 'From 1994 to 1999 ... first as
 # Chief Executive of the National Bureau ... and from 1998 as both Chairman of the BNETD and Minister of Planning
 # and Development' -> ceo, chairman and minister (Côte d'Ivoire, named on its own), all ended in 1999 -> not
 # current; 'worked as a senior executive for Aviva' before Prudential -> executive, not current; 'appointed the
 # chief executive of Prudential in 2009' and he left it to become the CEO of Credit Suisse -> ceo, not current;
 # 'succeeding Brady Dougan' -> Dougan's ceo post at Credit Suisse, not current; 'the founder and first President
 # of Côte d'Ivoire' -> president, Côte d'Ivoire (current: the text says no 'former', as batch 26e's Park Chung
 # Hee; doubtful); his McKinsey work names no title -> no role; Amadou Thiam, a journalist, no employer -> no role
 roles=[R(TT, "ceo", "Credit Suisse"), R(TT, "ceo", BN, False), R(TT, "chairman", BN, False),
        R(TT, "minister", CI, False), R(TT, "executive", "Aviva", False), R(TT, "ceo", "Prudential plc", False),
        R("Brady Dougan", "ceo", "Credit Suisse", False), R("Félix Houphouët-Boigny", "president", CI)],
 relations=[],
 outages=[],
 # published null; 'From 1994 to 1999' -> its two years; 'from 2000 to 2002' likewise
 dates=[D("29 July 1962", "1962-07-29"), D("June 2015", "2015-06"), D("1986", "1986"), D("1994", "1994"),
        D("1999", "1999"), D("1998", "1998"), D("2000", "2000"), D("2002", "2002"), D("2009", "2009"),
        D("10 March 2015", "2015-03-10"), D("1947", "1947")])

RAM = "Royal Air Maroc"
A2["wp-royal-air-maroc"] = dict(
 # the airline ('Royal Air Maroc', 'RAM', its formal name 'Royal Air Maroc—Compagnie Nationale de Transports
 # Aériens', doubtful as one string) -> one Company; the two merged airlines ('Compagnie Chérifienne de'l Air' with
 # 'Air Atlas'; 'Compagnie Chérifienne de Transports Aériens Air Maroc') -> Company; 'the government of Morocco' ->
 # Organization; airports -> Location; aircraft models (plural surfaces: 'Junkers Ju-52s', 'Bretagnes',
 # 'Commandos', 'DC-3s', 'Languedocs', 'DC-4s', 'C-46s', 'Caravelles', 'L-749 Constellations', 'Boeing 727s') ->
 # Service in the singular (Decisions: aircraft models are Service; Boeing only inside a product name -> not its
 # own entity); 'Hajj services' (a pilgrimage) -> nothing
 entities=[E("Company", RAM, "RAM", "Royal Air Maroc—Compagnie Nationale de Transports Aériens"),
           E("Location", "Morocco"), E("Location", "Casablanca-Anfa Airport"), E("Location", "Casablanca")]
          + locs("Africa", "Asia", "Europe", "North America", "Mohammed V International Airport", "North Africa")
          + [E("Company", "Compagnie Chérifienne de'l Air", "Air Atlas"),
             E("Company", "Compagnie Chérifienne de Transports Aériens Air Maroc"),
             E("Organization", "government of Morocco")]
          + svc("Junkers Ju-52", "Bretagne", "Commando", "DC-3", "Languedoc", "DC-4", "C-46", "Caravelle",
                "L-749 Constellation", "Boeing 727"),
 roles=[],
 # 'with the government of Morocco having a 67.73% stake' -> the majority holder -> parentOrganization; the 1953
 # merger of the two airlines into the new one -> no buyer -> nothing; aircraft the airline flies name no maker
 # apart from the product names -> no provider (doubtful)
 relations=[L(RAM, "parentOrganization", "government of Morocco")],
 outages=[],
 # published null; 'late 1964', 'early 1968' -> the years (Dates: 'late 2006' -> the year); 'the mid 1970s' (a
 # decade) left out
 dates=[D("July 1953", "1953-07"), D("1946", "1946"), D("1947", "1947"), D("1949", "1949"),
        D("28 June 1957", "1957-06-28"), D("April 1958", "1958-04"), D("May 1958", "1958-05"),
        D("April 1960", "1960-04"), D("late 1964", "1964"), D("early 1968", "1968"), D("1969", "1969")])

VIV = "Vivendi SE"
A2["wp-vivendi"] = dict(
 # the company ('Vivendi SE', 'Vivendi', and 'Vivendi Universal', the name it had until 'its name reverted to
 # Vivendi') -> one Company; Gameloft, Groupe Canal+, Seagram Company Ltd., General Electric ('GE'), NBC,
 # NBCUniversal, Comcast -> Company; 'Universal Studios' with 'Universal' (the business Vivendi sold 80% of; doubtful:
 # the text may mean the wider Universal entertainment business) -> one Company; 'the Universal components' ->
 # nothing; 'French' -> nothing
 entities=[E("Company", VIV, "Vivendi", "Vivendi Universal"), E("Location", "Paris"), E("Company", "Gameloft"),
           E("Company", "Groupe Canal+"), E("Company", "Seagram Company Ltd."),
           E("Company", "Universal Studios", "Universal"), E("Company", "General Electric", "GE"),
           E("Company", "NBC"), E("Company", "NBCUniversal"), E("Company", "Comcast")],
 roles=[],
 # 'It wholly-owns Gameloft' -> parentOrganization; 'Seagram Company Ltd., owner of Universal Studios' and 'GE,
 # owner of NBC' -> parentOrganization; 'created from the merger of Groupe Canal+ and Seagram' -> no buyer ->
 # nothing; 'Vivendi sold 80% of Universal to ... General Electric' -> a completed majority purchase -> acquired +
 # parentOrganization (as batch 26e's Falabella/Imperial; doubtful); 'GE bought out Vivendi's 20% stake in
 # NBCUniversal' -> a stake -> nothing; "Comcast's acquisition of the latter" (NBCUniversal), told as done ->
 # acquired + parentOrganization; NBCUniversal formed from Universal -> no ownership stated -> nothing
 relations=[L("Gameloft", "parentOrganization", VIV), L("Universal Studios", "parentOrganization", "Seagram Company Ltd."),
            L("NBC", "parentOrganization", "General Electric")]
           + acq("General Electric", "Universal Studios") + acq("Comcast", "NBCUniversal"),
 outages=[],
 dates=[D("2000", "2000"), D("2004", "2004"), D("2006", "2006")])
IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
