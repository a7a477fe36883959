#!/usr/bin/env python3
"""Batch 29a gold annotations (the 10 biographies of batch29a.py, one part), written from each text alone before
newskg was run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_splits). Wikipedia texts have
`published` null: only absolute dates (GUIDELINES.md, Dates; relative ones such as 'in same year', 'a year earlier',
'four years later', 'last year' left out, as batch 28a's 'That same year'). Conventions as batches 27a, 27e and 28a
(GUIDELINES.md part 2): a post the text says ended ('former', 'from X to Y', 'stepped down', 'retired', 'was CEO',
'transferred his chairmanship') -> current false; a post a person moved on from, told by a later post -> current
false (doubtful where the text does not say the person left); posts told with no end -> current true; 'founded',
'created', 'started' -> founder (current true), 'the pair ... creating' -> cofounder; 'chairwoman', 'chairperson' ->
chairman; 'vice chairwoman', 'vice chairman', 'deputy chairman', 'general coordinator', 'chairman of the executive
committee', 'import manager', 'product manager' -> executive; 'board member', 'serves on the board', 'Non-Executive
Director' -> director; 'co-CEO' -> ceo; 'finance director' -> cfo; 'led the ... division' -> head; 'senior adviser',
'adviser to the Board' -> other (doubtful); 'Honorary Chairman' -> the chairman post, not current (as batch 28a's
'chairman emeritus'); junior posts (economist, intern, apprentice, marketing staff), owners, shareholders,
legislators and council or delegation members -> no role; units and subsidiaries the text names as a company's ->
parentOrganization; completed takeovers ('bought', 'took control') -> acquired and parentOrganization; an announced
sale -> acquired only; joint ventures -> partner; mergers with no buyer told -> nothing.
usage: batch29a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Asia ----------------------------------------------------------------------------------------------------------
TS = "Teresita Tan Sy-Coson"
SMIC = "SM Investments Corporation"
BDO = "BDO Unibank, Inc."
A["wp-teresita-sy-coson"] = dict(
 # 'Sy-Coson' alone -> alias; 'SMIC' -> alias; 'BDO' -> alias of BDO Unibank, Inc. (the subsidiaries carry it only
 # inside their own names); 'the SM Group' -> its own Company (the text does not say it is SM Investments; doubtful);
 # the three BDO companies -> Company each; 'BDO Foundation, Inc.' (a foundation) -> Organization; 'ASEAN Business
 # Advisory Council (ABAC)' and 'ASEAN' -> Organization; 'Philippine', 'Filipina' -> nothing
 entities=[E("Person", TS, "Sy-Coson"), E("Person", "Henry Sy"), E("Company", SMIC, "SMIC"), E("Location", "Philippines"),
           E("Company", BDO, "BDO"), E("Company", "SM Group"), E("Company", "BDO Private Bank, Inc."),
           E("Company", "BDO Leasing and Finance, Inc."), E("Company", "BDO Capital & Investment Corporation"),
           E("Organization", "BDO Foundation, Inc."), E("Company", "SM Prime Holdings, Inc."),
           E("Organization", "ASEAN Business Advisory Council", "ABAC"), E("Organization", "ASEAN")],
 # 'The vice chairwoman of SM Investments Corporation' -> executive, current; 'the chairwoman of BDO Unibank' ->
 # chairman, current; 'board and management positions in various subsidiaries and affiliates ... These include BDO
 # Private Bank ...' -> director at each of the four (doubtful: 'board and management positions' read as a board
 # seat at each); 'adviser to the Board of SM Prime Holdings' -> other, current (doubtful); a member of the Philippine
 # delegation to ABAC -> no role
 roles=[R(TS, "executive", SMIC), R(TS, "chairman", BDO), R(TS, "director", "BDO Private Bank, Inc."),
        R(TS, "director", "BDO Leasing and Finance, Inc."), R(TS, "director", "BDO Capital & Investment Corporation"),
        R(TS, "director", "BDO Foundation, Inc."), R(TS, "other", "SM Prime Holdings, Inc.")],
 # 'subsidiaries and affiliates of BDO and the SM Group. These include BDO Private Bank ...' -> the BDO-named four are
 # BDO's (parentOrganization; doubtful: 'subsidiaries and affiliates' together); 'For the SM Group side ... SM Prime
 # Holdings' -> the SM Group's (doubtful)
 relations=[L("BDO Private Bank, Inc.", "parentOrganization", BDO), L("BDO Leasing and Finance, Inc.", "parentOrganization", BDO),
            L("BDO Capital & Investment Corporation", "parentOrganization", BDO),
            L("BDO Foundation, Inc.", "parentOrganization", BDO), L("SM Prime Holdings, Inc.", "parentOrganization", "SM Group")],
 outages=[],
 # published null
 dates=[D("October 1950", "1950-10"), D("the end of 2015", "2015"), D("2003", "2003")])

KH = "Kazuo Hirai"
SONY = "Sony Corporation"
SCE = "Sony Computer Entertainment"
A["wp-kaz-hirai"] = dict(
 # 'Kaz', 'Hirai' -> aliases; 'Sony' -> alias of Sony Corporation; Sony Interactive Entertainment, Sony Entertainment,
 # Sony Computer Entertainment -> Company each (the text does not tie the first two to Sony Corporation); 'CBS/Sony
 # Inc. (now Sony Music Entertainment (Japan) Inc.)' -> one Company with its present name as alias; Entertainment
 # Weekly (a magazine) -> Company; the two schools and the university -> Organization
 entities=[E("Person", KH, "Kaz", "Hirai"), E("Company", SONY, "Sony"), E("Company", "Sony Interactive Entertainment"),
           E("Company", "Sony Entertainment"), E("Company", "Entertainment Weekly"), E("Company", SCE),
           E("Location", "Tokyo"), E("Location", "Japan"), E("Organization", "American School in Japan"),
           E("Organization", "Valley Park Middle School"), E("Location", "Toronto"), E("Location", "Ontario"),
           E("Location", "Canada"), E("Location", "California"), E("Location", "New York"),
           E("Organization", "International Christian University"),
           E("Company", "CBS/Sony Inc.", "Sony Music Entertainment (Japan) Inc.")],
 # 'served as chairman of Sony Corporation from April 2018 to June 2019, as well as president and CEO from April 2012
 # to April 2018' -> chairman, president, ceo, not current; 'also served as a board member of Sony Interactive
 # Entertainment and chairman and co-CEO of Sony Entertainment' -> director, chairman, ceo, not current (past tense,
 # 'fully retired'); 'led the Sony Computer Entertainment division between 2007 and 2012' -> head, not current
 # (doubtful title); 'remaining as a senior adviser to the company' -> other at Sony, current (doubtful); 'hired at
 # CBS/Sony Inc. ... marketing international music' -> no role (a junior post)
 roles=[R(KH, "chairman", SONY, False), R(KH, "president", SONY, False), R(KH, "ceo", SONY, False),
        R(KH, "director", "Sony Interactive Entertainment", False), R(KH, "chairman", "Sony Entertainment", False),
        R(KH, "ceo", "Sony Entertainment", False), R(KH, "head", SCE, False), R(KH, "other", SONY)],
 # 'the Sony Computer Entertainment division' (of Sony, the sentence's company) -> parentOrganization (doubtful)
 relations=[L(SCE, "parentOrganization", SONY)],
 outages=[],
 # published null; 'the 2010s' (a decade) left out; '1960' beside 'December 22, 1960' -> two items
 dates=[D("December 22, 1960", "1960-12-22"), D("April 2018", "2018-04"), D("June 2019", "2019-06"),
        D("April 2012", "2012-04"), D("2007", "2007"), D("2012", "2012"), D("April 1, 2012", "2012-04-01"),
        D("April 1, 2018", "2018-04-01"), D("June 18, 2019", "2019-06-18"), D("1960", "1960"), D("1973", "1973"),
        D("1976", "1976"), D("August 1984", "1984-08")])

# ---- Latin America -------------------------------------------------------------------------------------------------
AD = "Abílio dos Santos Diniz"
GPA = "Grupo Pão de Açúcar"
A["wp-abilio-diniz"] = dict(
 # 'Abílio Diniz', 'Diniz', 'Abílio', 'Abilio' -> aliases (his son and father are named in full); 'Grupo Pão de
 # Açúcar (Companhia Brasileira de Distribuiçao)', 'GPA', 'Pão de Açúcar' ('founded the company Pão de Açúcar, which
 # grew into ... Companhia Brasileira de Distribuiçao') -> one Company with aliases; Casino Group, Casas Bahia, Ponto
 # Frio, Extra Hipermercados, BRF, Forbes -> Company each; 'Formula One', 'Mil Milhas Brasil' (a series, a race) ->
 # nothing; 'his brother, Alcides' -> Person; 'Brazilian', 'French' -> nothing
 entities=[E("Person", AD, "Abílio Diniz", "Diniz", "Abílio", "Abilio"), E("Location", "São Paulo"),
           E("Company", GPA, "Companhia Brasileira de Distribuiçao", "GPA", "Pão de Açúcar"), E("Person", "Pedro Diniz"),
           E("Person", "Alcides"), E("Company", "BRF"), E("Location", "Brazil"), E("Company", "Forbes"),
           E("Person", "Valentim Diniz"), E("Company", "Casino Group"), E("Company", "Casas Bahia"),
           E("Person", "Samuel Klein"), E("Company", "Ponto Frio"), E("Company", "Extra Hipermercados")],
 # 'the former chairman of ... Grupo Pão de Açúcar' (beside 'remained as chairman' in 2012: the lead's 'former'
 # decides) -> chairman, not current; 'stepped down as CEO' -> ceo, not current; 'currently the chairman of BRF' ->
 # chairman, current; 'Valentim Diniz, founded the company Pão de Açúcar' -> founder; Samuel Klein (the seller) -> no
 # role told
 roles=[R(AD, "chairman", GPA, False), R(AD, "ceo", GPA, False), R(AD, "chairman", "BRF"),
        R("Valentim Diniz", "founder", GPA)],
 # 'Grupo Pão de Açúcar bought Casas Bahia from Samuel Klein' -> acquired + parentOrganization; 'Casino Group took
 # control of Grupo Pão de Açúcar' -> acquired + parentOrganization (a completed change of control); 'sold a large
 # stake to ... Casino Group' -> nothing (a stake); 'giving Abilio control of Pão de Açúcar, Casas Bahia, Ponto Frio
 # and Extra Hipermercados' -> nothing for Ponto Frio and Extra (the text does not say GPA owns them; doubtful)
 relations=[L(GPA, "acquired", "Casas Bahia"), L("Casas Bahia", "parentOrganization", GPA),
            L("Casino Group", "acquired", GPA), L(GPA, "parentOrganization", "Casino Group")],
 outages=[],
 # published null; 'last year' left out
 dates=[D("December 28, 1936", "1936-12-28"), D("1970", "1970"), D("2014", "2014"), D("2002", "2002"),
        D("2009", "2009"), D("2012", "2012")])

RS = "Ricardo Benjamín Salinas Pliego"
GE = "Grupo Elektra"
A["wp-ricardo-salinas-pliego"] = dict(
 # 'Ricardo Salinas Pliego', 'Salinas' -> aliases (the other Salinases are named in full); 'Elektra' and 'Grupo
 # Elektra' -> one Company; 'The company originated as ... Salinas & Rocha' -> its former name, an alias (doubtful:
 # 'originated as' read as the same company under an earlier name); ITESM -> alias of the institute; Monterrey,
 # Mexico, Latin America -> Location; 'the government' (unnamed) -> nothing
 entities=[E("Person", RS, "Ricardo Salinas Pliego", "Salinas"), E("Company", "Grupo Salinas"), E("Location", "Mexico"),
           E("Location", "Latin America"),
           E("Organization", "Instituto Tecnológico y de Estudios Superiores de Monterrey", "ITESM"),
           E("Organization", "Tulane University"), E("Company", GE, "Elektra", "Salinas & Rocha"), E("Location", "Monterrey"),
           E("Person", "Hugo Salinas Price"), E("Person", "Benjamín Salinas"), E("Company", "TV Azteca"),
           E("Company", "Iusacell"), E("Company", "Unefon"), E("Company", "AT&T")],
 # 'founder and chairman of Grupo Salinas' -> founder, chairman; 'joined Elektra in 1981 as import manager' ->
 # executive, not current (he became its CEO); 'In 1987, Salinas succeeded his father, Hugo Salinas Price, as chief
 # executive officer of Grupo Elektra' -> ceo, current (no end told; doubtful) and the father's ceo, not current;
 # 'founded in 1906 by his great-grandfather, Benjamín Salinas' -> founder of Grupo Elektra (through its former name);
 # 'also chairman of TV Azteca' -> chairman; 'Unefon ... founded by him in 1999' -> founder
 roles=[R(RS, "founder", "Grupo Salinas"), R(RS, "chairman", "Grupo Salinas"), R(RS, "executive", GE, False),
        R(RS, "ceo", GE), R("Hugo Salinas Price", "ceo", GE, False), R("Benjamín Salinas", "founder", GE),
        R(RS, "chairman", "TV Azteca"), R(RS, "founder", "Unefon")],
 # 'Salinas bought Iusacell' -> nothing (a person, not a company, bought it); 'merged it with Unefon' -> nothing (no
 # buyer); 'Grupo Salinas announced the sale of Iusacell to AT&T' -> acquired (an agreed sale, completion not told;
 # doubtful) and Iusacell as Grupo Salinas's (parentOrganization: ownership told by the sale; doubtful)
 relations=[L("AT&T", "acquired", "Iusacell"), L("Iusacell", "parentOrganization", "Grupo Salinas")],
 outages=[],
 # published null; 'four years later' left out; 'early 2015' -> the year
 dates=[D("19 October 1955", "1955-10-19"), D("February 2021", "2021-02"), D("1981", "1981"), D("1986", "1986"),
        D("1987", "1987"), D("1906", "1906"), D("2003", "2003"), D("1999", "1999"), D("early 2015", "2015")])

# ---- US (a quarter at most) ----------------------------------------------------------------------------------------
IN = "Indra Nooyi"
A["wp-indra-nooyi"] = dict(
 # 'Nooyi' -> alias; '(née Krishnamurthy' -> her maiden name, an alias; Forbes, Fortune (magazines) -> Company;
 # 'Madras (now known as Chennai)' -> one Location with alias; the schools, colleges, university and institute ->
 # Organization; 'T.Nagar' (a locality) -> Location; the three employers -> Company; 'The World's 100 Most Powerful
 # Women' (a list) -> nothing; 'Indian American', 'Tamil-speaking' -> nothing
 entities=[E("Person", IN, "Nooyi", "Krishnamurthy"), E("Company", "PepsiCo"), E("Company", "Forbes"), E("Company", "Fortune"),
           E("Company", "Amazon"), E("Organization", "International Cricket Council"), E("Company", "Schlumberger"),
           E("Location", "Madras", "Chennai"), E("Location", "Tamil Nadu"), E("Location", "India"),
           E("Organization", "Holy Angels Anglo Indian Higher Secondary School"), E("Location", "T.Nagar"),
           E("Organization", "Madras Christian College"), E("Organization", "University of Madras"),
           E("Organization", "Indian Institute of Management Calcutta"), E("Organization", "Yale School of Management"),
           E("Company", "Johnson & Johnson"), E("Company", "Mettur Beardsell"), E("Company", "Booz Allen Hamilton")],
 # 'former CEO of PepsiCo' -> ceo, not current; 'She serves on the board of Amazon, the International Cricket Council,
 # and Schlumberger' -> director at each, current; 'held product manager positions at Johnson & Johnson and ... Mettur
 # Beardsell' -> executive at each, not current ('manager' -> executive, GUIDELINES part 2; moved on; doubtful for a
 # product manager); 'summer internship with Booz Allen Hamilton' -> no role
 roles=[R(IN, "ceo", "PepsiCo", False), R(IN, "director", "Amazon"), R(IN, "director", "International Cricket Council"),
        R(IN, "director", "Schlumberger"), R(IN, "executive", "Johnson & Johnson", False),
        R(IN, "executive", "Mettur Beardsell", False)],
 # 'Madras Christian College of the University of Madras' -> parentOrganization (a college of the university; doubtful)
 relations=[L("Madras Christian College", "parentOrganization", "University of Madras")],
 outages=[],
 # published null
 dates=[D("28 October 1955", "1955-10-28"), D("2014", "2014"), D("2015", "2015"), D("1974", "1974"), D("1976", "1976"),
        D("1978", "1978"), D("1980", "1980")])

# ---- Africa --------------------------------------------------------------------------------------------------------
JR = "Johann Peter Rupert"
RICH = "Richemont"
RG = "Rembrandt Group"
A["wp-johann-rupert"] = dict(
 # 'Rupert' alone -> Johann throughout (his parents are named in full) -> alias; 'Richemont' and 'Compagnie
 # Financiere Richemont' -> one Company; 'Rand Merchant Bank' / 'RMB' -> one Company; 'the Rembrandt Group' / 'Rembrandt
 # Group Limited' -> one Company; 'Small Business Development Corporation' -> Company (doubtful: a development body);
 # Sunday Times, Die Burger (newspapers) -> Company; the Cape Town Chamber of Commerce, the World Economic Forum, the
 # A.H.I. ('Afrikaanse Handelsinstituut', alias) -> Organization; 'his wife Gaynor' -> Person; 'Swiss-based',
 # 'Afrikaans', 'M.S. Louw Award', 'Global Leaders of Tomorrow', 'Businessman of the Year' -> nothing
 entities=[E("Person", JR, "Rupert"), E("Person", "Anton Rupert"), E("Person", "Huberte Rupert"),
           E("Location", "South Africa"), E("Company", RICH, "Compagnie Financiere Richemont"), E("Company", "VenFin"),
           E("Company", "Remgro"), E("Location", "Stellenbosch"),
           E("Organization", "University of Stellenbosch", "Stellenbosch University"), E("Person", "Gaynor"),
           E("Location", "New York"), E("Company", "Chase Manhattan"), E("Company", "Lazard Freres"),
           E("Company", "Rand Merchant Bank", "RMB"), E("Company", "Small Business Development Corporation"),
           E("Company", "Rand Consolidated Investments"), E("Company", RG, "Rembrandt Group Limited"),
           E("Company", "Rothmans International plc"), E("Company", "Sunday Times"), E("Company", "Die Burger"),
           E("Organization", "Cape Town Chamber of Commerce"), E("Company", "Vendôme Luxury Group SA"),
           E("Organization", "World Economic Forum"), E("Location", "Davos"), E("Location", "Switzerland"),
           E("Organization", "A.H.I.", "Afrikaanse Handelsinstituut")],
 # 'the chairman of ... Richemont as well as of ... VenFin and Remgro' -> chairman at each, current; 'founded Rand
 # Merchant Bank of which he was CEO' -> founder and ceo, not current (he left to join the Rembrandt Group); 'started
 # the Small Business Development Corporation' -> founder; 'founded Compagnie Financiere Richemont' -> founder;
 # 'appointed Non-Executive Director of Rothmans International plc in 1988' -> director, current (no end told;
 # doubtful); 'appointed Vice Chairman of the Rembrandt Group' (1989) -> executive, not current (chairman from 1991);
 # 'appointed Chairman of Rembrandt Group Limited' -> chairman, current (no end told; doubtful); 'formed the Vendôme
 # Luxury Group SA' -> founder; 'worked for Chase Manhattan ... Lazard Freres' (an apprenticeship) -> no role; Anton
 # Rupert ('his father's company') -> no title told
 roles=[R(JR, "chairman", RICH), R(JR, "chairman", "VenFin"), R(JR, "chairman", "Remgro"),
        R(JR, "founder", "Rand Merchant Bank"), R(JR, "ceo", "Rand Merchant Bank", False),
        R(JR, "founder", "Small Business Development Corporation"), R(JR, "founder", RICH),
        R(JR, "director", "Rothmans International plc"), R(JR, "executive", RG, False), R(JR, "chairman", RG),
        R(JR, "founder", "Vendôme Luxury Group SA")],
 # 'Rupert merged RMB and Rand Consolidated Investments' -> nothing (a merger, no buyer)
 relations=[],
 outages=[],
 # published null; 'in same year', 'the same year' left out
 dates=[D("1 June 1950", "1950-06-01"), D("2004", "2004"), D("1979", "1979"), D("1984", "1984"), D("1988", "1988"),
        D("1989", "1989"), D("1990", "1990"), D("1991", "1991"), D("1992", "1992"), D("1993", "1993")])

# ---- Europe --------------------------------------------------------------------------------------------------------
AM = "Alexey Alexandrovich Mordashov"
CMP = "Cherepovetskiy Metallurgical Plant"
A["wp-alexei-mordashov"] = dict(
 # 'Mordashov' -> alias; the institute with 'ENGECON' and the misspelt 'Leningrad Engineering-Economical Institut' ->
 # one Organization with aliases; CEOWORLD (a magazine) -> Company; 'Cherepovetskiy Metallurgical Plant' ('the
 # company', 'the plant') -> Company; the Rouge Plant (a named site) -> Location; 'MI', 'MS' (state abbreviations) ->
 # Location (doubtful); the United States Department of Energy -> Organization; 'US' -> Location
 entities=[E("Person", AM, "Mordashov"), E("Company", "Severstal"), E("Company", "CEOWORLD"), E("Location", "Russia"),
           E("Organization", "Leningrad Engineering-Economical Institute", "ENGECON", "Leningrad Engineering-Economical Institut"),
           E("Organization", "Northumbria University"), E("Location", "Newcastle upon Tyne"), E("Location", "England"),
           E("Organization", "European University at Saint Petersburg"), E("Location", "Leningrad"), E("Location", "Moscow"),
           E("Location", "Cherepovets"), E("Company", CMP), E("Location", "US"), E("Location", "Dearborn"),
           E("Location", "MI"), E("Location", "Columbus"), E("Location", "MS"), E("Location", "Rouge Plant"),
           E("Organization", "United States Department of Energy")],
 # 'the main shareholder and chairman of Severstal' -> chairman, current; 'joined Cherepovetskiy Metallurgical Plant
 # ... as an economist' -> no role (a junior post); 'By 1992 he became finance director' -> cfo, not current (CEO from
 # 1996); 'In 1996 he was appointed as CEO of the company' -> ceo, current (no end told; doubtful); 'the plant's
 # elderly director' (unnamed) -> nothing
 roles=[R(AM, "chairman", "Severstal"), R(AM, "cfo", CMP, False), R(AM, "ceo", CMP)],
 # 'build a conglomerate, Severstal, acquiring steel, coal and mining companies' and 'purchasing companies in
 # Dearborn' -> nothing (the companies are not named; a person's purchases)
 relations=[],
 outages=[],
 dates=[D("April 2019", "2019-04"), D("2001", "2001"), D("1988", "1988"), D("1992", "1992"), D("1996", "1996"),
        D("2004", "2004")])

RK = "Rahmi Mustafa Koç"
KH2 = "Koç Holding A.Ş."
A["wp-rahmi-koc"] = dict(
 # 'Rahmi Koç' -> alias; 'Koç' alone in 'Koç built up an empire' is Vehbi Koç (the paragraph's subject) -> his alias
 # (doubtful); 'Mustafa Vehbi (1960)', the eldest son, and 'Mustafa Koç', his eldest son -> one Person (doubtful);
 # 'Koç Holding A.Ş.', 'Koç Holding', 'Koç Holding Corp.' -> one Company; 'the Koç Group' -> its own Company
 # (doubtful); 'the Otokoç Company', 'Koç Ticaret' -> Company each; the Financial Times -> Company; 'U.S.' -> Location
 entities=[E("Person", RK, "Rahmi Koç"), E("Location", "Ankara"), E("Location", "Turkey"), E("Person", "Vehbi Koç", "Koç"),
           E("Organization", "Robert College"), E("Location", "Istanbul"), E("Organization", "Johns Hopkins University"),
           E("Location", "U.S."), E("Company", "Koç Group"), E("Company", "Otokoç Company"), E("Company", "Koç Ticaret"),
           E("Company", KH2, "Koç Holding", "Koç Holding Corp."), E("Person", "Mustafa Koç", "Mustafa Vehbi"),
           E("Person", "Ömer Mehmet"), E("Person", "Ali Yıldırım"), E("Person", "Çiğdem Simavi"),
           E("Person", "Haldun Simavi"), E("Company", "General Electric"), E("Company", "Ford Motor Co."),
           E("Company", "Financial Times")],
 # 'general coordinator of Koç Holding', 'chairman of the executive committee' (1970), 'deputy chairman of the board
 # of management' (1975) -> executive at Koç Holding, not current (one item); 'chairman of the Koç Holding management
 # committee' (1980), the chairmanship his father transferred to him (1984), 'retired from this duty on April 4, 2003
 # transferring his chair to his eldest son' and 'currently Honorary Chairman' -> chairman, not current (one item);
 # Vehbi Koç 'transferred his chairmanship' -> chairman, not current; 'created the Koç Holding Corp.' -> founder;
 # Mustafa Koç, given the chair in 2003 -> chairman, current (no end told); joining Otokoç and Koç Ticaret (no title)
 # and 'the former newspaper tycoon Haldun Simavi' (an owner) -> no role
 roles=[R(RK, "executive", KH2, False), R(RK, "chairman", KH2, False), R("Vehbi Koç", "chairman", KH2, False),
        R("Vehbi Koç", "founder", KH2), R("Mustafa Koç", "chairman", KH2)],
 # 'working for the Koç Group in 1958 joining the Otokoç Company' and 'Koç Ticaret, which represented the Koç Group'
 # -> both the group's (parentOrganization; doubtful); 'forming joint ventures with General Electric ... and Ford
 # Motor Co.' (Vehbi Koç building Koç Holding) -> partner, Koç Holding with each (doubtful: the text's subject is the
 # man)
 relations=[L("Otokoç Company", "parentOrganization", "Koç Group"), L("Koç Ticaret", "parentOrganization", "Koç Group"),
            L(KH2, "partner", "General Electric"), L(KH2, "partner", "Ford Motor Co.")],
 outages=[],
 # published null; 'a year earlier' and 'at the age of 95' left out; '1960' (a year and a birth year) -> one item
 dates=[D("1930", "1930"), D("1958", "1958"), D("1960", "1960"), D("1964", "1964"), D("1970", "1970"),
        D("1975", "1975"), D("1980", "1980"), D("March 30, 1984", "1984-03-30"), D("April 4, 2003", "2003-04-04"),
        D("1962", "1962"), D("1967", "1967"), D("1996", "1996")])

MB = "Marina Berlusconi"
FIN = "Fininvest Holding"
MON = "Arnoldo Mondadori Editore"
A["wp-marina-berlusconi"] = dict(
 # 'Maria Elvira Berlusconi' (her full name) and 'Berlusconi' alone (twice Marina; once, in the quoted 'Berlusconi's
 # heir', her father) -> aliases of Marina (doubtful); 'Fininvest Holding' / 'Fininvest' and 'Arnoldo Mondadori
 # Editore' / 'Mondadori' -> one Company each; Forza Italia and the PDL (parties) -> Organization; La Scala (a theatre's
 # company, 'first dancer of La Scala') -> Organization (doubtful); 'Italian' -> nothing
 entities=[E("Person", MB, "Maria Elvira Berlusconi", "Berlusconi"), E("Location", "Milan"), E("Company", FIN, "Fininvest"),
           E("Company", MON, "Mondadori"), E("Person", "Silvio Berlusconi"), E("Organization", "Forza Italia"),
           E("Organization", "PDL"), E("Person", "Laura Ravetto"), E("Person", "Carla Elvira Lucia Dall'Oglio"),
           E("Person", "Pier Silvio Berlusconi"), E("Person", "Maurizio Vanadia"), E("Organization", "La Scala"),
           E("Location", "Italy")],
 # 'chairwoman of Fininvest Holding and of the Arnoldo Mondadori Editore publishing group' (and 'the chairperson of
 # ... Mondadori, and chairperson of ... Fininvest') -> chairman at each, current; 'the media holding company founded
 # by her father' -> Silvio Berlusconi founder of Fininvest; 'PDL party MP Laura Ravetto' (a legislator), 'former
 # first dancer of La Scala' (not an executive post), 'worked in several positions' (none named) -> no role
 roles=[R(MB, "chairman", FIN), R(MB, "chairman", MON), R("Silvio Berlusconi", "founder", FIN)],
 # 'the family's investment arm, Fininvest' -> nothing (a family's, not a company's); Mondadori's owner is not told
 relations=[],
 outages=[],
 # published null; 'for many years', 'in recent years' left out
 dates=[D("10 August 1966", "1966-08-10")])

# ---- Australia -----------------------------------------------------------------------------------------------------
FL = "Frank P. Lowy"
WDC = "Westfield Development Corporation"
A["wp-frank-lowy"] = dict(
 # 'Lowy' -> alias (no other Lowy named); 'Saunders' -> alias of John Saunders; 'Westfield Corporation' and 'Westfield
 # Development Corporation' -> two Companies (the text does not say the first is the second renamed; doubtful); the
 # Australian Stock Exchange (a business) -> Company; Forbes Asia -> Company; the Haganah, the Golani Brigade ->
 # Organization; 'the ship Yagur' (a ship's name), 'Financial Review Rich List' (a list), 'World War II', the
 # 'Arab–Israeli War' (events), 'the British authorities' (unnamed) -> nothing; Mandatory Palestine, Galilee, Gaza,
 # Blacktown, Sydney -> Location
 entities=[E("Person", FL, "Lowy"), E("Company", "Westfield Corporation"), E("Location", "United States"),
           E("Location", "United Kingdom"), E("Location", "Europe"), E("Company", "Scentre Group"), E("Location", "Australia"),
           E("Location", "New Zealand"), E("Company", "Forbes Asia"), E("Location", "Czechoslovakia"), E("Location", "Slovakia"),
           E("Location", "Hungary"), E("Location", "France"), E("Location", "Mandatory Palestine"), E("Location", "Cyprus"),
           E("Organization", "Haganah"), E("Organization", "Golani Brigade"), E("Location", "Galilee"), E("Location", "Gaza"),
           E("Location", "Israel"), E("Person", "John Saunders", "Saunders"), E("Company", WDC), E("Location", "Blacktown"),
           E("Location", "Sydney"), E("Company", "Australian Stock Exchange")],
 # 'the former long-time Chairman of Westfield Corporation' -> chairman, not current; 'a former Chairman of Scentre
 # Group' -> chairman, not current; 'The pair became business partners, eventually creating Westfield Development
 # Corporation' -> cofounder, Lowy and Saunders (Saunders 'left the company in 1987': the founding stands, current as
 # the convention for founders)
 roles=[R(FL, "chairman", "Westfield Corporation", False), R(FL, "chairman", "Scentre Group", False),
        R(FL, "cofounder", WDC), R("John Saunders", "cofounder", WDC)],
 # Scentre Group 'the owner and manager of Westfield-branded shopping centres' -> nothing (centres, not Westfield
 # Corporation); listing on the exchange -> nothing
 relations=[],
 outages=[],
 # published null; 'Over the next 30 years', 'the 1990s', 'the 2000s' left out
 dates=[D("22 October 1930", "1930-10-22"), D("2017", "2017"), D("2010", "2010"), D("January 2014", "2014-01"),
        D("1946", "1946"), D("1948", "1948"), D("1952", "1952"), D("1953", "1953"), D("1977", "1977"), D("1960", "1960"),
        D("1987", "1987")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
