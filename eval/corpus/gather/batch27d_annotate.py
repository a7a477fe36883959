#!/usr/bin/env python3
"""Batch 27d gold annotations (the 10 texts of batch27d.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null: only
absolute dates (GUIDELINES.md, Dates).
Conventions applied here (GUIDELINES.md part 2 and batches 26c/26e): a completed purchase -> acquired +
parentOrganization (a stated majority purchase too, doubtful); an agreed, announced or pending deal -> acquired only
when the text says it was agreed and not abandoned; bids, offers, blocked, withdrawn or abandoned deals and mergers
with no buyer named -> nothing; stakes and minority holdings -> nothing; a stated owner, unit, division or member of
a group -> parentOrganization (kept when told as past: relations carry no time); a joint venture ->
parentOrganization to each owner and partner between the owners; a product the text says a company makes, develops
or sells -> provider; former and later names of one company -> aliases; founders -> founder.
Part 2 (A2, written with --part2): its own split cycle over its sorted ids, so part 1's splits stay untouched.
usage: batch27d_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- banks -----------------------------------------------------------------------------------------------------------
BPE = "Banco Popular Español, S.A."
A["wp-banco-popular-espanol"] = dict(
 # the bank ('Banco Popular Español, S.A.', 'Banco Popular Español', 'BPE', 'Banco Popular'; the group's 'national
 # bank Banco Popular Español' taken as the same bank, doubtful) -> one Company; its units and the other banks ->
 # Company (WiZink, 'Internet bank', a bank -> Company; Aliseda, 'estate services subsidiary' -> Company); 'Banco
 # Popular Comercial', renamed 'Banco Popular France' -> one Company; 'Banco Nacional de Crédito (BNC)', renamed 'Banco
 # Popular Portugal' -> one Company; 'USA', 'United States', 'United States of America' -> one Location; 'Southern
 # Florida' -> a Location; 'French', 'Portugal subsidiary' (adjectival) -> nothing beyond the countries named
 entities=[E("Company", BPE, "Banco Popular Español", "BPE", "Banco Popular"), E("Location", "Spain"),
           E("Company", "Banco Santander"), E("Company", "Banco Pastor"), E("Company", "Banco Popular Hipotecario"),
           E("Company", "Popular Banca Privada"), E("Company", "Banco Popular France", "Banco Popular Comercial"),
           E("Company", "Crédit Mutuel"),
           E("Company", "Banco Popular Portugal", "Banco Nacional de Crédito", "BNC"),
           E("Company", "TotalBank"), E("Company", "City National Bank of Florida"), E("Company", "WiZink"),
           E("Company", "Aliseda"), E("Company", "Banco Comercial Português"),
           E("Location", "United States", "USA", "United States of America")]
          + locs("Belgium", "Chile", "Germany", "Hong Kong", "Morocco", "Netherlands", "Switzerland", "Geneva",
                 "Zürich", "London", "France", "Italy", "Venezuela", "Paris", "Portugal", "Southern Florida"),
 roles=[],
 # 'bought by Banco Santander as part of a rescue package' -> acquired + parentOrganization; the group's listed
 # companies -> parentOrganization to the bank; 'Banco Popular France (sold to Crédit Mutuel in 2008)' -> a completed
 # sale -> acquired + parentOrganization (both owners kept); 'TotalBank (now part of City National Bank of Florida)'
 # -> parentOrganization (doubtful: 'part of' may mean merged in); 'BPE bought ... TotalBank' and 'Banco Popular buys
 # Banco Nacional de Crédito' -> acquired (+ parentOrganization, already from the group list); the 1992 joint
 # venture with Banco Comercial Português -> parentOrganization to each owner and partner between them (as batch 26e's
 # USS-POSCO); 'a wholly owned subsidiary of Banco Popular' -> parentOrganization (already)
 relations=acq("Banco Santander", BPE)
           + parents(BPE, "Banco Pastor", "Banco Popular Hipotecario", "Popular Banca Privada", "Banco Popular France",
                     "Banco Popular Portugal", "TotalBank", "WiZink", "Aliseda")
           + acq("Crédit Mutuel", "Banco Popular France")
           + [L("TotalBank", "parentOrganization", "City National Bank of Florida"),
              L(BPE, "acquired", "TotalBank"), L(BPE, "acquired", "Banco Popular Portugal"),
              L("Banco Popular France", "parentOrganization", "Banco Comercial Português"),
              L(BPE, "partner", "Banco Comercial Português")],
 outages=[],
 dates=[D("June 2017", "2017-06"), D("2008", "2008"), D("1926", "1926"), D("1968", "1968"), D("1991", "1991"),
        D("1992", "1992"), D("2000", "2000"), D("2002", "2002"), D("2005", "2005"), D("2007", "2007")])

# ---- oil and gas -------------------------------------------------------------------------------------------------
BG = "BG Group plc"
A["wp-bg-group"] = dict(
 # the group with the names it had before ('British Gas plc divested Centrica and became BG plc, which was
 # reorganised in 1999 as BG Group plc') -> one Company with 'BG Group', 'British Gas plc', 'BG plc' as aliases; Royal
 # Dutch Shell ('Shell') -> Company; 'Lattice Group' ('Lattice'), Transco, Advantica, Centrica, the London Stock
 # Exchange -> Company; the FTSE 100 Index (an index) and the Forbes Global 2000 (a list) -> not entities; 'BG.L' (a
 # ticker) -> nothing; 'United Kingdom' and 'UK' -> one Location
 entities=[E("Company", BG, "BG Group", "British Gas plc", "BG plc"), E("Location", "Reading"),
           E("Location", "United Kingdom", "UK"), E("Company", "Royal Dutch Shell", "Shell"),
           E("Company", "London Stock Exchange"), E("Location", "United States"), E("Company", "Centrica"),
           E("Company", "Lattice Group", "Lattice"), E("Company", "Transco"), E("Company", "Advantica")],
 roles=[],
 # 'agreement to acquire BG Group ... The sale was completed' -> acquired + parentOrganization; 'British Gas plc
 # divested Centrica' -> a unit it owned and separated -> parentOrganization kept as past ownership (doubtful: a
 # demerger); 'a further demerger separated the company into Lattice Group and BG Group' -> a split, no owner
 # stated -> nothing; 'Lattice took ownership of Transco ..., Advantica' -> parentOrganization (not bought:
 # transferred in the demerger)
 relations=acq("Royal Dutch Shell", BG)
           + [L("Centrica", "parentOrganization", BG)]
           + parents("Lattice Group", "Transco", "Advantica"),
 outages=[],
 dates=[D("8 April 2015", "2015-04-08"), D("15 February 2016", "2016-02-15"), D("2015", "2015"),
        D("31 December 2009", "2009-12-31"), D("1997", "1997"), D("1999", "1999"),
        D("23 October 2000", "2000-10-23")])

# ---- utilities and energy ----------------------------------------------------------------------------------------
EN = "Endesa, S.A."
A["wp-endesa"] = dict(
 # the utility with its original name ('Empresa Nacional de Electricidad, S.A.') -> one Company; 'SNET (Société
 # nationale d'électricité et de thermique)' -> Company named by its full form; the competition court with
 # 'Competition Court' and 'TDC' -> Organization; Gas Natural, E.On, Enel -> Company; 'Barcelona-based' -> Barcelona
 # (as batch 26e's 'Canada-based'); 'Italian', 'French', 'Spanish' -> nothing
 entities=[E("Company", EN, "Endesa", "Empresa Nacional de Electricidad, S.A."),
           E("Location", "Spain"), E("Company", "Enel"), E("Location", "Europe"),
           E("Company", "Société nationale d'électricité et de thermique", "SNET"), E("Location", "Barcelona"),
           E("Company", "Gas Natural"),
           E("Organization", "Tribunal de Defensa de la Competencia", "Competition Court", "TDC"),
           E("Location", "Germany"), E("Company", "E.On")],
 roles=[],
 # 'a majority-owned subsidiary of the Italian utility company Enel' -> parentOrganization; 'it took control of the
 # French company SNET' -> a completed takeover of control -> acquired + parentOrganization (doubtful: control, the
 # stake not stated); Gas Natural's bid, rejected and its merger blocked by the court, and the rival bids by E.On and
 # Enel -> nothing (bids; Enel's ownership is recorded from the lead, not as a purchase)
 relations=[L(EN, "parentOrganization", "Enel")] + acq(EN, "Société nationale d'électricité et de thermique"),
 outages=[],
 # published null; 'For most of 2006 and 2007' -> the two years
 dates=[D("December 31, 2004", "2004-12-31"), D("1944", "1944"), D("1997", "1997"), D("September 2004", "2004-09"),
        D("September 2005", "2005-09"), D("January 5, 2006", "2006-01-05"), D("2006", "2006"), D("2007", "2007")])

# ---- competition cases -------------------------------------------------------------------------------------------------
A["wp-google-android-case"] = dict(
 # Google and Alphabet (the parties named in the case title) -> Company; 'Commission' in the case title -> the
 # Organization named so; 'European Union' -> Organization (as the corpus types it); Android ('the Android operating
 # system'), the Google Play Store, the Android Open Source Project ('AOSP', a software project users' devices run,
 # doubtful as a Service), iOS, BlackBerry OS and Amazon Fire OS -> Service (Amazon is named only inside the product
 # name -> not its own entity); 'mainland China' -> Location; 'Google Mobile Serv' was cut with the excerpt
 entities=[E("Company", "Google"), E("Company", "Alphabet"), E("Organization", "Commission"),
           E("Organization", "European Union"), E("Service", "Android"), E("Service", "Google Play Store"),
           E("Service", "Android Open Source Project", "AOSP"), E("Service", "iOS"), E("Service", "BlackBerry OS"),
           E("Service", "Amazon Fire OS"), E("Location", "mainland China")],
 roles=[],
 # 'The core Android software is developed by Google' -> provider; 'tying its own applications to the licensing of
 # the Google Play Store' (Google's) -> provider; 'made available ... through the Android Open Source Project' ->
 # provider (doubtful); iOS and BlackBerry OS: 'the developer's own hardware', the developer not named -> nothing;
 # Google and Alphabet as joint parties -> no ownership stated -> nothing
 relations=provided("Google", "Android", "Google Play Store", "Android Open Source Project"),
 outages=[],
 # published null; '(2022; T-604/18)' -> 2022
 dates=[D("2022", "2022"), D("2008", "2008"), D("2013", "2013")])

# ---- airlines (near-miss) -----------------------------------------------------------------------------------------
A["wp-korean-air-asiana-merger"] = dict(
 # the two airlines ('Asiana' for Asiana Airlines) -> Company; 'Government of South Korea' with 'the Korean
 # government' -> Organization; 'European Union' with 'EU' and 'European Commission' -> Organization each (the EU's
 # authorities and its Commission); 'United States' with 'US' -> Location; the Department of Justice -> Organization;
 # Mubadala Investment Company, the Korea Economic Daily (a newspaper) and Yonhap (a news agency) -> Company; the
 # 'Korean Development Bank' (a state lender, as written) -> Organization (as batch 26e's Export-Import Bank of Japan;
 # doubtful); 'UAE-based' -> UAE; 'American and European authorities', 'Asiana's cargo division' -> nothing
 entities=[E("Company", "Korean Air"), E("Company", "Asiana Airlines", "Asiana"),
           E("Organization", "Government of South Korea", "Korean government"), E("Location", "South Korea"),
           E("Location", "United States", "US"), E("Organization", "European Union", "EU"),
           E("Company", "Mubadala Investment Company"), E("Location", "UAE"),
           E("Organization", "United States Department of Justice"), E("Company", "Korea Economic Daily"),
           E("Organization", "Korean Development Bank"), E("Company", "Yonhap"),
           E("Organization", "European Commission")]
          + locs("Barcelona", "Rome", "Paris", "Frankfurt"),
 roles=[],
 # a proposed merger awaiting approval, 'viewed as increasingly unlikely' -> nothing; a suggested investment by
 # Mubadala -> nothing; a proposed divestment -> nothing (a near-miss for deals)
 relations=[],
 outages=[],
 dates=[D("November 2020", "2020-11"), D("February 2024", "2024-02"), D("February 2023", "2023-02"),
        D("May 2023", "2023-05"), D("August 2023", "2023-08"), D("September 27, 2023", "2023-09-27")])

# ---- telecoms --------------------------------------------------------------------------------------------------------
TUK = "Telefonica UK Limited"
A["wp-o2-uk"] = dict(
 # the company with its trading name 'O2' and former names 'Cellnet' and 'BT Cellnet' -> one Company (the 'O2
 # brand' is its trading name, not a separate product -> alias); VMED O2 UK Limited, Telefónica, Liberty Global,
 # 'BT Group' ('BT'), Securicor, Vodafone -> Company; 'the BT Wireless division' -> Company (a division); 'mmO2 plc',
 # renamed 'O2 plc' -> one Company; 'General Packet Radio Service (GPRS) service' launched by the company ->
 # Service (doubtful: a network technology named as a service); 'UK' -> Location; 'Spanish' etc. -> nothing
 entities=[E("Company", TUK, "O2", "Cellnet", "BT Cellnet"), E("Location", "Reading"), E("Location", "England"),
           E("Company", "VMED O2 UK Limited"), E("Company", "Telefónica"), E("Company", "Liberty Global"),
           E("Location", "UK"), E("Company", "BT Group", "BT"), E("Company", "Securicor"), E("Company", "Vodafone"),
           E("Service", "General Packet Radio Service", "GPRS"), E("Company", "BT Wireless"),
           E("Company", "mmO2 plc", "O2 plc")]
          + locs("Germany", "Ireland", "Netherlands"),
 roles=[],
 # 'owned by VMED O2 UK Limited, a 50:50 joint venture between Telefónica and Liberty Global' -> parentOrganization,
 # and the joint venture's owners -> parentOrganization each + partner; 'formed ... as Cellnet, a 60:40 joint venture
 # between BT Group and Securicor' -> parentOrganization to each (past) + partner; 'BT acquired Securicor's share of
 # Cellnet' -> a stake bought out -> nothing; 'part of the BT Wireless division' -> parentOrganization, and the
 # division is BT Group's -> parentOrganization; 'spun off from the BT Group ... to form a new holding company, mmO2
 # plc, which introduced the new "O2" brand for the businesses' -> the businesses held by mmO2 plc ->
 # parentOrganization (doubtful: implied by 'holding company'); 'BT Cellnet launched ... GPRS service' -> provider
 relations=[L(TUK, "parentOrganization", "VMED O2 UK Limited"),
            L("VMED O2 UK Limited", "parentOrganization", "Telefónica"),
            L("VMED O2 UK Limited", "parentOrganization", "Liberty Global"), L("Telefónica", "partner", "Liberty Global"),
            L(TUK, "parentOrganization", "BT Group"), L(TUK, "parentOrganization", "Securicor"),
            L("BT Group", "partner", "Securicor"),
            L(TUK, "parentOrganization", "BT Wireless"), L("BT Wireless", "parentOrganization", "BT Group"),
            L(TUK, "parentOrganization", "mmO2 plc"),
            L("General Packet Radio Service", "provider", TUK)],
 outages=[],
 dates=[D("July 2024", "2024-07"), D("7 January 1985", "1985-01-07"), D("1999", "1999"), D("June 2000", "2000-06"),
        D("2002", "2002"), D("2005", "2005")])

# ---- metals and mining ---------------------------------------------------------------------------------------------
RTA = "Rio Tinto Alcan Inc."
RTH = "Rio Tinto Canada Holding Inc."
A["wp-rio-tinto-alcan"] = dict(
 # 'Alcan Inc. was renamed Rio Tinto Alcan Inc.' and 'the Aluminium Company of Canada (later Alcan)' -> one Company
 # with 'Alcan Inc.', 'Alcan Inc', 'Alcan' and 'Aluminium Company of Canada' as aliases; Rio Tinto Canada Holding Inc.
 # ('Rio Tinto Canada Holding Inc', also said to be renamed Rio Tinto Alcan Inc.: kept as its own Company, the buyer,
 # doubtful), Rio Tinto PLC, Alcoa, Rusal -> Company; 'the British Aluminium Company', renamed 'British Alcan' -> one
 # Company; McGill University and the United States Circuit Court of Appeals -> Organization; R.E. Powell -> Person;
 # 'Chinese public companies' -> nothing
 entities=[E("Company", RTA, "Alcan Inc.", "Alcan Inc", "Alcan", "Aluminium Company of Canada"),
           E("Location", "Montreal"), E("Company", "Rio Tinto PLC"),
           E("Company", RTH, "Rio Tinto Canada Holding Inc"), E("Company", "Alcoa"), E("Company", "Rusal"),
           E("Person", "R.E. Powell"), E("Organization", "McGill University"),
           E("Organization", "United States Circuit Court of Appeals"), E("Location", "Canada"),
           E("Company", "British Aluminium Company", "British Alcan")],
 # 'left Alcoa to become Vice President of the Aluminium Company of Canada ..., was President from 1937–57 and was
 # then Chancellor of McGill University from 1957-64' -> vice-president and president of the company and a
 # university post ('Chancellor' -> other), all past; no title at Alcoa -> no role
 roles=[R("R.E. Powell", "vice-president", RTA, False), R("R.E. Powell", "president", RTA, False),
        R("R.E. Powell", "other", "McGill University", False)],
 # "Rio Tinto PLC's Canadian subsidiary, Rio Tinto Canada Holding Inc." -> parentOrganization; "Rio Tinto Canada
 # Holding Inc's acquisition of a majority of the share capital in Alcan Inc." -> a completed majority purchase ->
 # acquired + parentOrganization (doubtful, as batch 26e's Falabella); 'one time parent Alcoa', 'the Canadian unit of
 # Alcoa' -> parentOrganization (past); 'the company acquired the British Aluminium Company' -> acquired +
 # parentOrganization; the 'merger' of the subsidiary and Alcan -> recorded through the purchase
 relations=[L(RTH, "parentOrganization", "Rio Tinto PLC")] + acq(RTH, RTA)
           + [L(RTA, "parentOrganization", "Alcoa")] + acq(RTA, "British Aluminium Company"),
 outages=[],
 # published null; 'from 1937–57' and 'from 1957-64' -> the first year of each (the short second years are not
 # listed); 'On the same date' -> left out
 dates=[D("November 15, 2007", "2007-11-15"), D("1928", "1928"), D("1902", "1902"), D("1937", "1937"),
        D("1957", "1957"), D("2008", "2008"), D("1935", "1935"), D("1945", "1945"), D("1975", "1975"),
        D("1982", "1982")])

VC = "Vale Canada Limited"
INC = "International Nickel Company, Ltd."
A["wp-vale-canada"] = dict(
 # the subsidiary and its former name ('Inco', the company 'purchased by CVRD in 2006') -> one Company; Vale with
 # 'CVRD' (the buyer of the company the text says Vale now owns; doubtful: the text does not expand CVRD) -> one
 # Company; 'the International Nickel Company, Ltd.' ('the International Nickel Company' in the U.S.) and 'the
 # International Nickel Company of Canada, Ltd.' -> two Companies (the text does not tie either to 'Inco' by name;
 # doubtful); the Orford Copper Company ('Orford Copper'), Canadian Copper, American Nickel Works, the Mond Nickel
 # Company, Falconbridge Ltd. -> Company; the Dow Jones Industrial Average (an index), World War II, the Korean War,
 # the Cold War, the Allies -> not entities; 'Frood Mine' (a named site) -> Location; 'New York, NY' -> New York with
 # 'NY' (doubtful: NY names the state); 'U.S.' -> Location
 entities=[E("Company", VC, "Inco"), E("Company", "Vale", "CVRD"),
           E("Company", INC, "International Nickel Company"),
           E("Company", "International Nickel Company of Canada, Ltd."),
           E("Company", "Orford Copper Company", "Orford Copper"), E("Company", "Canadian Copper"),
           E("Company", "American Nickel Works"), E("Company", "Mond Nickel Company"), E("Company", "Falconbridge Ltd."),
           E("Location", "New York", "NY")]
          + locs("Toronto", "Ontario", "Canada", "South Africa", "Russia", "Sudbury", "Constable Hook", "New Jersey",
                 "Copper Cliff", "U.S.", "Port Colborne", "Frood Mine", "Blue Lake", "Sterling Forest"),
 roles=[],
 # 'a wholly owned subsidiary of the Brazilian mining company Vale' -> parentOrganization; 'purchased by CVRD in
 # 2006' -> acquired (+ parentOrganization, already); the International Nickel Company, Ltd. 'created ... as a joint
 # venture between Canadian Copper, Orford Copper, and American Nickel Works' -> parentOrganization to each owner and
 # partner between the owners, in the order written; 'this entity was a subsidiary of the International Nickel
 # Company in the U.S.' -> parentOrganization; 'merged with the British-owned Mond Nickel Company' -> no buyer ->
 # nothing; 'a plant ... owned by the Orford Copper Company' -> an asset -> nothing
 relations=[L(VC, "parentOrganization", "Vale"), L("Vale", "acquired", VC)]
           + [L(INC, "parentOrganization", o) for o in ("Canadian Copper", "Orford Copper Company",
                                                          "American Nickel Works")]
           + [L("Canadian Copper", "partner", "Orford Copper Company"),
              L("Canadian Copper", "partner", "American Nickel Works"),
              L("Orford Copper Company", "partner", "American Nickel Works"),
              L("International Nickel Company of Canada, Ltd.", "parentOrganization", INC)],
 outages=[],
 # published null; 'the following year' (relative to 1918 in the text, not to a publication date) and 'the 1950’s'
 # (a decade) left out
 dates=[D("2006", "2006"), D("October 1, 1928", "1928-10-01"), D("1884", "1884"), D("1902", "1902"),
        D("1916", "1916"), D("1918", "1918"), D("1928", "1928")])

# ---- pharma ----------------------------------------------------------------------------------------------------------
SH = "Shire plc"
A["wp-shire"] = dict(
 # the company ('Shire') and its buyer ('Takeda') -> Company; its brands and products Vyvanse, Lialda, Adderall XR
 # (drugs) -> Service; therapeutic areas -> nothing; places -> Location ('UK-founded', 'Jersey-registered' -> UK and
 # Jersey, as batch 26e's 'Canada-based'; 'United Kingdom' and 'UK' -> one Location; 'United States' and 'U.S.' -> one
 # Location; 'Georgia' -> the US state); the five founders -> Person ('Dr Jim Murray' -> Jim Murray, the title left
 # out of the name)
 entities=[E("Company", SH, "Shire"), E("Location", "United Kingdom", "UK"), E("Location", "Jersey"),
           E("Location", "United States", "U.S."), E("Company", "Takeda Pharmaceutical Company", "Takeda")]
          + svc("Vyvanse", "Lialda", "Adderall XR")
          + locs("Basingstoke", "Hampshire", "England", "Dublin", "Ireland", "Cambridge", "Massachusetts", "Chicago",
                 "Illinois", "Zug", "Switzerland", "Lexington", "Social Circle", "Georgia", "Deerfield", "Boston")
          + people("Harry Stratford", "Dennis Stephens", "Peter Moriarty", "Geoff Hall", "Jim Murray"),
 # 'founded in 1986 in the UK by five entrepreneurs: ...' -> founder for each
 roles=[R(p, "founder", SH) for p in ("Harry Stratford", "Dennis Stephens", "Peter Moriarty", "Geoff Hall",
                                       "Jim Murray")],
 # 'acquired by Takeda Pharmaceutical Company on 8 January 2019' -> acquired + parentOrganization; 'its brands and
 # products included Vyvanse, Lialda, and Adderall XR' -> provider
 relations=acq("Takeda Pharmaceutical Company", SH) + provided(SH, "Vyvanse", "Lialda", "Adderall XR"),
 outages=[],
 dates=[D("8 January 2019", "2019-01-08"), D("1986", "1986")])

# ---- carmakers -------------------------------------------------------------------------------------------------------
ST = "Stellantis N.V."
BRANDS = ("Abarth", "Alfa Romeo", "Chrysler", "Citroën", "Dodge", "DS", "Fiat", "Fiat Professional", "Jeep", "Lancia",
          "Maserati", "Opel", "Peugeot", "Ram", "Vauxhall", "Mopar")
A["wp-stellantis"] = dict(
 # the group ('Stellantis'), 'Fiat Chrysler Automobiles' ('FCA'), 'PSA Group' ('PSA'), the carmakers it is ranked
 # after, Renault, Nissan, the three exchanges and The Economist (a news business) -> Company; the
 # Renault–Nissan–Mitsubishi Alliance (an alliance, not a business) -> Organization (doubtful); 'the French
 # government' -> Organization; the 15 brands its automobiles bear and 'Mopar auto parts' -> Service (marques and a
 # parts brand as products users buy; doubtful: 'Chrysler', 'Fiat', 'Opel', 'Peugeot' are also company names, but
 # the text names them as brands); 'Italian-American', 'French', 'Latin' -> nothing
 entities=[E("Company", ST, "Stellantis"), E("Company", "Fiat Chrysler Automobiles", "FCA"),
           E("Company", "PSA Group", "PSA"), E("Location", "Amsterdam"), E("Location", "Netherlands"),
           E("Company", "Volkswagen Group"), E("Company", "Toyota"),
           E("Organization", "Renault–Nissan–Mitsubishi Alliance"), E("Company", "General Motors"),
           E("Company", "Hyundai Motor Group"), E("Location", "Milan"), E("Company", "Borsa Italiana"),
           E("Company", "Euronext Paris"), E("Company", "New York Stock Exchange"), E("Company", "Renault"),
           E("Organization", "French government"), E("Company", "The Economist"), E("Company", "Nissan")]
          + svc(*BRANDS),
 roles=[],
 # 'a 50-50 cross-border merger between ... FCA and ... PSA Group' -> a merger with no buyer -> nothing; 'its 15
 # brands ... and Mopar auto parts' -> provider; FCA's merger with Renault, provisionally agreed and then abandoned ->
 # nothing; 'its alliance with Renault' (Nissan's) -> partner, as written; 'FCA approached PSA' -> nothing
 relations=provided(ST, *BRANDS) + [L("Nissan", "partner", "Renault")],
 outages=[],
 # published null; 'In early 2019' -> 2019
 dates=[D("2021", "2021"), D("May 2021", "2021-05"), D("early 2019", "2019")])

IDS = sorted(A)

A2 = {}
# ---- part 2: brewing ----------------------------------------------------------------------------------------------
SN = "Scottish & Newcastle plc"
HI = "Heineken International"
A2["wp-scottish-newcastle"] = dict(
 # the brewer ('Scottish & Newcastle', 'S&N') -> one Company; its predecessors the text says merged into one another
 # (William Younger & Co, McEwan's, Scottish Brewers, Newcastle Breweries) -> own Companies (as batch 26e kept merged
 # predecessors apart); 'Heineken' and 'Heineken International' -> one Company (doubtful: the text uses both for the
 # buyer); Heineken UK (the renamed UK trading operation), Carlsberg, Courage, Kronenbourg, Hartwall, 'Baltic
 # Beverages Holding (BBH)', the London Stock Exchange -> Company; the pub division 'S&N Pub Enterprises', rebranded
 # 'S&N Pub Company' and then 'Star Pubs & Bars' -> one Company; Grizel Syme -> Person; 'the North of England',
 # 'Western Europe', the countries -> Location; 'the Baltic Countries' (a group of countries named with them) ->
 # nothing
 entities=[E("Company", SN, "Scottish & Newcastle", "S&N"), E("Location", "Edinburgh"), E("Location", "Scotland"),
           E("Company", "London Stock Exchange"), E("Company", HI, "Heineken"), E("Company", "Carlsberg"),
           E("Location", "UK"), E("Company", "Heineken UK"),
           E("Company", "Star Pubs & Bars", "S&N Pub Enterprises", "S&N Pub Company"), E("Person", "Grizel Syme"),
           E("Company", "William Younger & Co"), E("Company", "McEwan's"), E("Company", "Scottish Brewers"),
           E("Company", "Newcastle Breweries"), E("Location", "North of England"), E("Company", "Courage"),
           E("Location", "Western Europe"), E("Company", "Kronenbourg"), E("Company", "Hartwall"),
           E("Location", "Finland"), E("Company", "Baltic Beverages Holding", "BBH")]
          + locs("Russia", "Ukraine", "Kazakhstan", "Latvia", "Lithuania", "Estonia"),
 # 'ran her late second husband's brewery' -> no title stated -> no role
 roles=[],
 # 'acquired by Heineken and Carlsberg in 2008 and its assets split between them' -> a completed joint purchase ->
 # acquired + parentOrganization for each buyer (doubtful: the assets were split); 'the UK trading operation of
 # Heineken International ... renamed Heineken UK' -> parentOrganization; 'The former S&N Pub Enterprises leased pub
 # division' -> parentOrganization (a division, kept as past); the mergers of the predecessors -> no buyer ->
 # nothing; 'the purchase of rival brewing business Courage', 'Acquisitions included Kronenbourg', 'By acquiring
 # Hartwall' -> acquired + parentOrganization; 'S&N became 50% owners of Baltic Beverages Holding ... The remaining
 # 50% of BBH was owned by Carlsberg' -> equal owners -> parentOrganization to each and partner between them (as a
 # joint venture; doubtful: not called one); 'Carlsberg ... gained full control' -> parentOrganization (already)
 relations=acq(HI, SN) + acq("Carlsberg", SN)
           + [L("Heineken UK", "parentOrganization", HI), L("Star Pubs & Bars", "parentOrganization", SN)]
           + acq(SN, "Courage") + acq(SN, "Kronenbourg") + acq(SN, "Hartwall")
           + [L("Baltic Beverages Holding", "parentOrganization", SN),
              L("Baltic Beverages Holding", "parentOrganization", "Carlsberg"), L(SN, "partner", "Carlsberg")],
 outages=[],
 # published null; 'In early 2000' -> 2000
 dates=[D("2008", "2008"), D("2009", "2009"), D("2012", "2012"), D("1931", "1931"), D("1960", "1960"),
        D("1985", "1985"), D("1995", "1995"), D("early 2000", "2000"), D("2002", "2002")])

# ---- part 2: pharma ------------------------------------------------------------------------------------------------
SA = "Sanofi S.A."
A2["wp-sanofi"] = dict(
 # the company through its names ('Sanofi', 'Sanofi-Synthélabo', 'Sanofi-Aventis': the corporation that merged and was
 # renamed) -> one Company; Synthélabo and Aventis (merged into it) -> own Companies; Euronext Paris and Nasdaq (as
 # exchanges) -> Company; 'SAN', 'SNY' (tickers), the Euro Stoxx 50 (an index) and the Forbes Global 2000 (a list) ->
 # not entities; Sanofi Pasteur, Elf Aquitaine, 'the Labaz group' ('Labaz'), 'Sociéte Belge de l'Azote et des
 # Produits Chimiques du Marly', Chinoin, Sterling Winthrop -> Company; benziodarone (a drug) -> Service; 'United
 # States' with 'US' -> one Location; 'Eastern Europe', France, Paris -> Location; 'Hungarian' -> nothing
 entities=[E("Company", SA, "Sanofi", "Sanofi-Synthélabo", "Sanofi-Aventis"), E("Location", "Paris"),
           E("Company", "Synthélabo"), E("Company", "Aventis"), E("Company", "Euronext Paris"), E("Company", "Nasdaq"),
           E("Location", "United States", "US"), E("Company", "Sanofi Pasteur"), E("Company", "Elf Aquitaine"),
           E("Company", "Labaz group", "Labaz"),
           E("Company", "Sociéte Belge de l'Azote et des Produits Chimiques du Marly"), E("Service", "benziodarone"),
           E("Location", "Eastern Europe"), E("Company", "Chinoin"), E("Company", "Sterling Winthrop"),
           E("Location", "France")],
 roles=[],
 # 'its subsidiary Sanofi Pasteur' -> parentOrganization; 'founded ... as a subsidiary of Elf Aquitaine' ->
 # parentOrganization (past); 'Elf Aquitaine took control of the Labaz group' -> acquired + parentOrganization;
 # Labaz 'formed in 1947 by Sociéte Belge ...' -> founded by, no ownership stated -> nothing (doubtful); 'Labaz
 # developed benziodarone' -> provider; 'acquiring a controlling interest in Chinoin' -> a controlling purchase ->
 # acquired + parentOrganization (doubtful, as batch 26e's majority purchases); 'partnering with Sterling Winthrop' ->
 # partner; 'acquiring the prescription pharmaceuticals business' (a business of Sterling Winthrop's, not the company)
 # -> nothing (an asset purchase); the mergers with Synthélabo and Aventis -> no buyer stated -> nothing
 relations=[L("Sanofi Pasteur", "parentOrganization", SA), L(SA, "parentOrganization", "Elf Aquitaine")]
           + acq("Elf Aquitaine", "Labaz group") + [L("benziodarone", "provider", "Labaz group")]
           + acq(SA, "Chinoin") + [L(SA, "partner", "Sterling Winthrop")],
 outages=[],
 # published null; 'In the same year' left out; 'whose 1992, sales' -> 1992
 dates=[D("1973", "1973"), D("1999", "1999"), D("2004", "2004"), D("May 2011", "2011-05"), D("2023", "2023"),
        D("February 15, 1973", "1973-02-15"), D("1947", "1947"), D("1957", "1957"), D("1993", "1993"),
        D("1992", "1992"), D("1994", "1994")])

# ---- part 2: airlines ---------------------------------------------------------------------------------------------
SW = "Swissair"
SWG = "Swissair Group"
SIA = "Swiss International Air Lines"
A2["wp-swissair"] = dict(
 # the airline with its German and French names and 'Swissair – Schweizerische Luftverkehr AG' ('Schweizerische
 # Luftverkehr AG', 'Swiss Air Transport') -> one Company; 'the Swissair Group', renamed 'SAirGroup' and back -> one
 # Company; its four subdivisions -> Company each; Balair, Ad Astra Aero, FlightLease, Lufthansa -> Company; Crossair,
 # which 'renamed itself Swiss International Air Lines' -> one Company; 'the Swiss Federal government' ->
 # Organization; Zürich Airport (an airport), Kloten, Zürich, Switzerland -> Location; 'Swissair Flight 111' (a
 # flight), 'the September 11 attacks' (an event), 'Hunter Strategy' (a strategy) -> not entities
 entities=[E("Company", SW, "Schweizerische Luftverkehr-AG", "S.A. Suisse pour la Navigation Aérienne",
             "Schweizerische Luftverkehr AG", "Swiss Air Transport"),
           E("Location", "Switzerland"), E("Company", "Balair"), E("Company", "Ad Astra Aero"),
           E("Location", "Zürich Airport"), E("Location", "Kloten"), E("Company", SWG, "SAirGroup"),
           E("Company", "SAirLines"), E("Company", SIA, "Crossair"), E("Company", "FlightLease"),
           E("Company", "SAirServices"), E("Company", "SAirLogistics"), E("Company", "SAirRelations"),
           E("Organization", "Swiss Federal government"), E("Location", "Zürich"), E("Company", "Lufthansa")],
 roles=[],
 # 'with four subdivisions: SAirLines (to which Swissair, regional subsidiaries Crossair and Balair, and leasing
 # subsidiary FlightLease belonged), SAirServices, SAirLogistics, and SAirRelations' -> the subdivisions ->
 # parentOrganization to the group; the four that belonged to SAirLines -> parentOrganization to SAirLines; Crossair
 # and Balair, 'regional subsidiaries' (of Swissair, as 'a former regional subsidiary Crossair' says) ->
 # parentOrganization to Swissair too (doubtful for Balair); 'formed from a merger between Balair and Ad Astra Aero'
 # and 'the fusion of the airlines' -> no buyer -> nothing; Crossair 'took over most of Swissair's routes, planes, and
 # staff' -> assets -> nothing; 'acquiring smaller airlines' (unnamed) -> nothing; 'taken over by the German airline
 # Lufthansa in 2005' -> acquired + parentOrganization
 relations=parents(SWG, "SAirLines", "SAirServices", "SAirLogistics", "SAirRelations")
           + parents("SAirLines", SW, SIA, "Balair", "FlightLease")
           + parents(SW, SIA, "Balair")
           + acq("Lufthansa", SIA),
 outages=[],
 # published null; 'By the late 1990s' (a decade) left out
 dates=[D("1931", "1931"), D("2002", "2002"), D("1997", "1997"), D("2001", "2001"), D("1998", "1998"),
        D("October 2001", "2001-10"), D("31 March 2002", "2002-03-31"), D("1 April 2002", "2002-04-01"),
        D("2005", "2005"), D("26 March 1931", "1931-03-26"), D("1919", "1919"), D("1925", "1925")])
IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
