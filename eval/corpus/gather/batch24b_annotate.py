#!/usr/bin/env python3
"""Batch 24b gold annotations (the 11 texts of batch24b.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
Part 2 (A2, written with --part2): its own split cycle over its sorted ids, so part 1's splits stay untouched.
usage: batch24b_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs, people, provided
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
ONS = "Operador Nacional do Sistema Elétrico"
A["wp-2023-brazil-blackout"] = dict(
 # the ONS is the grid's operator (a body, not a business) -> Organization; 'the North and Southeast regions', 'the
 # North region', 'the Northeast region' are Brazil's official macro-regions -> Location (North, Southeast,
 # Northeast; added after the first look: the annotation had left them out as compass points while the batch
 # annotates Turkey's 'Eastern Turkey' and 'Western Turkey' — a slip, GATHERING.md batch 24b); the
 # National Interconnected System is the grid itself (infrastructure, no product) -> not annotated; '4-Yellow' is a
 # subway line users ride -> Service (as subway lines in batch 23b); 'Brasília Time', 'Amazon Time' are time zones
 entities=[E("Location", "Brazil"), E("Organization", ONS, "ONS"), E("Location", "Imperatriz"),
           E("Location", "Maranhão"), E("Person", "Alexandre Silveira", "Silveira"),
           E("Organization", "Federal Police", "PF"), E("Organization", "Brazilian Intelligence Agency", "ABIN"),
           E("Location", "Federal District"), E("Location", "Roraima"), E("Location", "São Paulo"),
           E("Service", "4-Yellow"), E("Location", "Salvador"), E("Location", "Bahia"), E("Location", "Amapá"),
           E("Location", "Manaus"), E("Location", "North"), E("Location", "Southeast"), E("Location", "Northeast")],
 # 'The Minister of Mines and Energy, Alexandre Silveira' -> minister with the country
 roles=[R("Alexandre Silveira", "minister", "Brazil")],
 relations=[],
 # provider: the ONS, whose interconnected grid opened (the one body the text names for the grid) — doubtful: the
 # circuit's owner is not named; the 4-Yellow line ran 'with reduced speed' -> affected
 outages=[O(ONS, "2023-08-15", ["4-Yellow"], "2023-08-15T08:30", loc="Brazil",
            cause="opening of the North-Southeast interconnection in a 500 kV circuit")],
 dates=[D("15 August 2023", "2023-08-15"), D("8:30", "2023-08-15T08:30"), D("2023", "2023"),
        D("9:25", "2023-08-15T09:25")])

A["wp-2015-turkey-blackout"] = dict(
 # 'The Turkish electric authority' is no name -> nothing; the Osmanca – Kurşunlu line and the Central European
 # synchronous zone are grid elements, not annotated; 'Eastern Turkey', 'Western Turkey' are named regions ->
 # Location ('the Western part', 'the Eastern part' are not names)
 entities=[E("Location", "Turkey"), E("Location", "Eastern Turkey"), E("Location", "Western Turkey"),
           E("Location", "Greece"), E("Location", "Bulgaria")],
 roles=[],
 relations=[],
 # one blackout, no operator named -> provider null; 'CET 09:36:11' is the split of the system, the start as written
 # (in CET; the infobox's EET time was cut with the infobox) — doubtful
 outages=[O(None, "2015-03-31", [], "2015-03-31T09:36", loc="Turkey",
            cause="transmission line tripped with lines out for maintenance")],
 dates=[D("2015", "2015"), D("Tuesday, 31 March 2015", "2015-03-31"), D("09:36:11", "2015-03-31T09:36")])

A["wp-1999-southern-brazil-blackout"] = dict(
 # states -> Location ('São Paulo State', 'São Paulo state' aliases of the state; 'South of São Paulo' is the same
 # name); the Bauru substation is unnamed; Itaipu, a power plant (a facility) -> Location; the Paraná river ->
 # Location (as rivers in batch 23b)
 entities=[E("Location", "Brazil"), E("Location", "São Paulo", "São Paulo State", "São Paulo state")]
          + locs("Rio de Janeiro", "Minas Gerais", "Goiás", "Mato Grosso", "Mato Grosso do Sul", "Rio Grande do Sul",
                 "Bauru")
          + [E("Location", "Paraná river"), E("Location", "Itaipu")],
 roles=[],
 relations=[],
 # no operator named -> provider null; '22h 16m' the lightning strike that started the chain reaction -> start
 outages=[O(None, "1999-03-11", [], "1999-03-11T22:16", loc="Brazil",
            cause="lightning strike at a substation in Bauru")],
 dates=[D("11 March 1999", "1999-03-11"), D("22h 16m", "1999-03-11T22:16"), D("1999", "1999")])

HEP = "Hokkaido Electric Power Company"
A["wp-2018-hokkaido-eastern-iburi-earthquake"] = dict(
 # the JMA -> Organization; NHK World-Japan, a broadcaster's service run as a business -> Company; New Chitose
 # Airport -> Location; 'Hokkaido Prefecture' an alias of Hokkaido; the coal-fired plant in Atsuma is unnamed
 entities=[E("Location", "Iburi Subprefecture"), E("Location", "Hokkaido", "Hokkaido Prefecture"),
           E("Location", "Japan"), E("Location", "Tomakomai"),
           E("Organization", "Japan Meteorological Agency", "JMA"), E("Location", "Aomori Prefecture"),
           E("Company", HEP), E("Location", "Atsuma"), E("Location", "New Chitose Airport"),
           E("Company", "NHK World-Japan"), E("Location", "Kiyota-ku"), E("Location", "Sapporo")],
 roles=[],
 relations=[],
 # provider: Hokkaido Electric Power Company, whose damaged plant caused the blackout of all 2.95 million households;
 # the blackout's own start time is not stated (3:08 a.m. is the earthquake) -> no start; cancelled flights and
 # shut public transport are told as the quake's and the outage's effects together, no named service -> affected []
 outages=[O(HEP, "2018-09-06", [], loc="Hokkaido",
            cause="earthquake damaged a coal-fired power plant in Atsuma")],
 # published null: 'the day of the earthquake', 'the day after the quake' are relative; '6:30 p.m.' on the dated
 # day of the earthquake -> the time; '11:00 a.m.' is on 'the day after' (relative) -> left out
 dates=[D("6 September 2018", "2018-09-06"), D("3:08 a.m.", "2018-09-06T03:08"),
        D("6:30 p.m.", "2018-09-06T18:30")])

A["gov-uk-beis-kwarteng-storm-eunice-power-statement-2022"] = dict(
 # the Met Office -> Organization; 'the whole House' (the Commons) is not named; storms are events; 'the South and
 # East of England' -> England
 entities=[E("Person", "Kwasi Kwarteng"), E("Organization", "Met Office"), E("Location", "England")],
 # 'The Secretary of State for Business, Energy and Industrial Strategy' -> a minister, but the text names no country
 # on its own (England is where the storm struck) -> no role (GUIDELINES: minister with the country when named)
 roles=[],
 relations=[],
 # the storm's power outages, told as one event; no network operator named -> provider null; began on Friday (18
 # February 2022); 'more than 72 hours' is a minimum -> no duration
 outages=[O(None, "2022-02-18", [], loc="England", cause="Storm Eunice")],
 # published 2022-02-21 (a Monday): 'Friday' -> 18 February; 'last night' -> 20 February; 'today' -> 21 February;
 # '16:00 today' -> the time
 dates=[D("Friday", "2022-02-18"), D("last night", "2022-02-20"), D("today", "2022-02-21"),
        D("16:00", "2022-02-21T16:00")])

# ---- company relations and leadership -----------------------------------------------------------------------------
MIC = "Millicom International Cellular SA"
A["wp-millicom"] = dict(
 # 'Latin American' a demonym; 'Mobile Financial Services' a kind of service, not a product name; Tigo and Tigo
 # Business are brands users buy -> Service; Kinnevik and Millicom Incorporated -> Company; 'French' a demonym
 entities=[E("Company", MIC, "Millicom"), E("Location", "Latin America"), E("Service", "Tigo"),
           E("Person", "Xavier Niel")]
          + people("Shelby Bryan", "Jan Stenbeck", "Telma Sosa", "Olvin Galdamez")
          + [E("Company", "Industriförvaltnings AB Kinnevik"), E("Company", "Millicom Incorporated")]
          + locs("Luxembourg", "United States", "Miami") + [E("Service", "Tigo Business")]
          + locs("Bolivia", "Colombia", "Costa Rica", "El Salvador", "Guatemala", "Honduras", "Nicaragua", "Panama",
                 "Paraguay")
          + [E("Company", "Meta Systems")] + people("Orhan Sadik-Khan", "Kevin Kimberlin"),
 # 'established ... by Shelby Bryan, Jan Stenbeck, Telma Sosa, and Olvin Galdamez' -> founder; 'managed by chief
 # executive officer, Orhan Sadik-Khan and Kevin Kimberlin' -> Sadik-Khan ceo (the text does not say former); the
 # main shareholder has no title in the vocabulary
 roles=[R("Shelby Bryan", "founder", MIC), R("Jan Stenbeck", "founder", MIC), R("Telma Sosa", "founder", MIC),
        R("Olvin Galdamez", "founder", MIC), R("Orhan Sadik-Khan", "ceo", MIC)],
 # 'took over paging company Meta Systems' -> acquired + parentOrganization; 'combining the cellular telephone
 # properties owned by' Kinnevik and Millicom Incorporated -> assets -> nothing
 relations=provided(MIC, "Tigo", "Tigo Business") + acq(MIC, "Meta Systems"),
 outages=[],
 dates=[D("March 31, 2025", "2025-03-31"), D("14 December 1990", "1990-12-14"), D("May 1982", "1982-05"),
        D("October 1982", "1982-10")])

KR = "Krafton Inc."
PUBG = "PUBG: Battlegrounds"
A["wp-krafton"] = dict(
 # 'South Korean' a demonym, 'South Korea' named; games -> Service ('PUBG' and "PlayerUnknown's Battlegrounds" the
 # same game); Bluehole Studio is Bluehole (both founded in Seoul in March 2007 by Chang Byung-gyu) -> alias; the
 # PUBG Corporation renamed PUBG Studios -> alias; Krafton Game Union is the reorganised Krafton -> alias; Forbes, a
 # news business, and the Korea Stock Exchange -> Company
 entities=[E("Company", KR, "Krafton", "Krafton Game Union"), E("Location", "Bundang District"),
           E("Location", "Seongnam"), E("Company", "Bluehole", "Bluehole Studio"),
           E("Person", "Chang Byung-gyu", "Chang"), E("Location", "Seoul"), E("Service", "TERA"),
           E("Service", PUBG, "PUBG", "PlayerUnknown's Battlegrounds"), E("Service", "New State Mobile"),
           E("Service", "The Callisto Protocol"), E("Service", "Moonbreaker"), E("Company", "Forbes"),
           E("Location", "South Korea"), E("Company", "Tencent Holdings"), E("Person", "Kim Chang-han"),
           E("Company", "PUBG Corporation", "PUBG Studios"), E("Company", "Korea Stock Exchange"),
           E("Company", "Neowiz"), E("Company", "First Snow")],
 # 'founded by Chang Byung-gyu' -> founder of Bluehole; 'established Neowiz in 1997, along seven other co-founders'
 # -> founder and cofounder; 'moved on to found ... First Snow' -> founder; Kim Chang-han 'the CEO of the PUBG
 # Corporation' (not said former) and 'named as CEO for Krafton' -> ceo of both
 roles=[R("Chang Byung-gyu", "founder", "Bluehole"), R("Chang Byung-gyu", "founder", "Neowiz"),
        R("Chang Byung-gyu", "cofounder", "Neowiz"), R("Chang Byung-gyu", "founder", "First Snow"),
        R("Kim Chang-han", "ceo", "PUBG Corporation"), R("Kim Chang-han", "ceo", KR)],
 # 'the parent company for Bluehole' -> parentOrganization; games 'published' by Krafton -> provider; the PUBG
 # Corporation 'developed' the game -> provider; Tencent's 'investment' is no ownership -> nothing; First Snow 'sold'
 # to an unnamed buyer -> nothing; the IPO and listing -> nothing
 relations=[L("Bluehole", "parentOrganization", KR)]
           + provided(KR, "TERA", PUBG, "New State Mobile", "The Callisto Protocol", "Moonbreaker")
           + [L(PUBG, "provider", "PUBG Corporation")],
 outages=[],
 dates=[D("November 2018", "2018-11"), D("March 2007", "2007-03"), D("5 November 2018", "2018-11-05"),
        D("July 2021", "2021-07"), D("April 2021", "2021-04"), D("10 August 2021", "2021-08-10"),
        D("1997", "1997"), D("2005", "2005"), D("2006", "2006")])

LC = "Ladbrokes Coral"
A["wp-ladbrokes-coral"] = dict(
 # Ladbrokes Coral Group is Ladbrokes Coral -> alias; Ladbrokes and Coral, the two companies that merged -> Company
 # each; 'Messrs. Schwind and Pennington' -> Persons by surname; Ladbroke Hall, streets, squares and districts ->
 # Location; 'British' a demonym; World War II an event; the Betting and Gaming Act a law; the FTSE 250 an index
 entities=[E("Company", LC, "Ladbrokes Coral Group"), E("Company", "Ladbrokes"), E("Company", "Coral"),
           E("Company", "Entain"), E("Company", "London Stock Exchange"), E("Person", "Schwind"),
           E("Person", "Pennington"), E("Location", "Ladbroke Hall"), E("Location", "Warwickshire"),
           E("Person", "Arthur Bendir"), E("Location", "London"), E("Location", "Strand"),
           E("Location", "Hanover Square"), E("Location", "Six Old Burlington Street"), E("Location", "Mayfair"),
           E("Location", "St James's"), E("Location", "Central London"), E("Person", "Helen Vernet"),
           E("Person", "Mark Stein"), E("Person", "Cyril Stein")],
 # 'The company was founded by Messrs. Schwind and Pennington in 1886' (the Ladbrokes business, named Ladbrokes in
 # 1902) -> founder of Ladbrokes; Helen Vernet 'made a partner', with the firm until 1956 -> other, not current —
 # doubtful (a partner of a partnership)
 roles=[R("Schwind", "founder", "Ladbrokes"), R("Pennington", "founder", "Ladbrokes"),
        R("Helen Vernet", "other", "Ladbrokes", False)],
 # 'Since March 2018, it has been owned by Entain. Prior to its sale' -> acquired + parentOrganization; the 2016
 # merger does not say who bought whom -> nothing; 'acquired by Mark Stein and his nephew' (people) -> nothing
 relations=acq("Entain", LC),
 outages=[],
 dates=[D("1886", "1886"), D("1926", "1926"), D("November 2016", "2016-11"), D("March 2018", "2018-03"),
        D("1902", "1902"), D("1906", "1906"), D("1913", "1913"), D("1956", "1956"), D("1919", "1919"),
        D("1928", "1928"), D("1961", "1961")])

FL = "Flutter Entertainment plc"
A["wp-flutter-entertainment"] = dict(
 # former names -> aliases; Paddy Power and Betfair, the merged companies (also named as brands: one surface, one
 # type) -> Company; Sportsbet and TVG, brands users bet with -> Service; FanDuel and Draft, named as operators ->
 # Company; the FTSE 100 an index; the in-shop app is unnamed; 'British' a demonym
 entities=[E("Company", FL, "Paddy Power Betfair plc", "Paddy Power Betfair"), E("Company", "Paddy Power"),
           E("Company", "Betfair"), E("Company", "London Stock Exchange"), E("Service", "Sportsbet"),
           E("Service", "TVG"), E("Company", "FanDuel"), E("Location", "United Kingdom"), E("Location", "Ireland"),
           E("Person", "Hillary Clinton", "Clinton"), E("Location", "United States"), E("Person", "Trump"),
           E("Company", "Draft"), E("Person", "Peter Jackson"), E("Company", "Worldpay UK"),
           E("Person", "Breon Corcoran")],
 # 'Peter Jackson, CEO of Worldpay UK would succeed Breon Corcoran as CEO of Paddy Power Betfair' -> Jackson ceo of
 # both (announced to take the post -> current), Corcoran ceo, not current (succeeded)
 roles=[R("Peter Jackson", "ceo", "Worldpay UK"), R("Peter Jackson", "ceo", FL), R("Breon Corcoran", "ceo", FL, False)],
 # 'operates under various brands including ... Sportsbet, TVG' -> provider; FanDuel, a brand it operates and an
 # operator -> parentOrganization — doubtful (the last sentence calls the purchase an intent); 'it acquired daily
 # fantasy sports operator Draft' -> acquired + parentOrganization; the merger of Paddy Power and Betfair creating
 # the business (no buyer) -> nothing
 relations=provided(FL, "Sportsbet", "TVG") + [L("FanDuel", "parentOrganization", FL)] + acq(FL, "Draft"),
 outages=[],
 dates=[D("8 September 2015", "2015-09-08"), D("2 February 2016", "2016-02-02"), D("5 April 2016", "2016-04-05"),
        D("18 October 2016", "2016-10-18"), D("May 2017", "2017-05"), D("August 2017", "2017-08"),
        D("March 2018", "2018-03"), D("May 2018", "2018-05")])

UKIB = "UK Infrastructure Bank"
A["gov-uk-hmt-john-flint-uk-infrastructure-bank-ceo-2021"] = dict(
 # the UKIB, a state-owned bank -> Company (a bank run as a business) — doubtful: it may be read as a public body;
 # 'Global Asset Management' is a business of HSBC ('across the business including as Chief Executive of Global
 # Asset Management') -> Company; 'Global Markets' in the same list of posts ('... Group Treasurer and Deputy Head of
 # Global Markets') is named the same way -> Company too (mended after the second annotation, session 25 agree25: the
 # first pass had left it out as 'named only inside a title', which holds for Global Asset Management as well); the
 # Spending Review and the Plan for Jobs are programmes
 entities=[E("Person", "Rishi Sunak"), E("Person", "John Flint", "Flint"), E(
           "Company", UKIB, "UKIB"), E("Company", "HSBC"), E("Location", "UK"), E("Location", "Yorkshire"),
           E("Location", "Leeds"), E("Company", "Global Asset Management"), E("Company", "Global Markets")],
 # 'Chancellor' -> minister with the UK; 'first permanent Chief Executive of the UK Infrastructure Bank' -> ceo;
 # 'former CEO of HSBC' -> not current; 'Chief Executive of Global Asset Management, Group Treasurer and Deputy Head
 # of Global Markets' held before -> ceo of the business, executive of HSBC and executive (a deputy head) of Global
 # Markets, not current
 roles=[R("Rishi Sunak", "minister", "UK"), R("John Flint", "ceo", UKIB), R("John Flint", "ceo", "HSBC", False),
        R("John Flint", "ceo", "Global Asset Management", False), R("John Flint", "executive", "HSBC", False),
        R("John Flint", "executive", "Global Markets", False)],
 relations=[L("Global Asset Management", "parentOrganization", "HSBC"),
            L("Global Markets", "parentOrganization", "HSBC")],
 outages=[],
 # published 2021-09-01: 'June' -> June 2021
 dates=[D("June", "2021-06"), D("1989", "1989")])

# ---- near-miss ----------------------------------------------------------------------------------------------------
EC = "Commission"
A["ec-adobe-figma-abandonment-statement-2023"] = dict(
 # the Commission is named only as 'the Commission' (as batch 23b's statement); Illustrator and Photoshop, software
 # users use -> Service; 'today' in 'compete today' means nowadays (no date)
 entities=[E("Organization", EC), E("Company", "Adobe"), E("Company", "Figma"), E("Person", "Margrethe Vestager"),
           E("Service", "Illustrator"), E("Service", "Photoshop")],
 # 'Executive Vice-President ... in charge of competition policy' -> vice-president (as the dev gold)
 roles=[R("Margrethe Vestager", "vice-president", EC)],
 # the acquisition was abandoned -> nothing (GUIDELINES: abandoned deals); 'Adobe ... with its Illustrator and
 # Photoshop software' -> provider
 relations=provided("Adobe", "Illustrator", "Photoshop"),
 outages=[],
 dates=[D("17 November 2023", "2023-11-17")])

IDS = sorted(A)

# ---- part 2 (annotated before newskg ran on it; its one id falls to test by its own cycle) --------------------------
A2 = {}
A2["wp-23andme-data-leak"] = dict(
 # Wired and TechCrunch, news businesses -> Company; BreachForums, a forum website users use -> Service (its operator
 # is not named -> no provider); 'a hacker known as Golem' -> Person (a handle) — doubtful; 'Ashkenazi Jews' and
 # 'Chinese' are groups of people, not entities
 entities=[E("Company", "23andMe"), E("Company", "Wired"), E("Service", "BreachForums"), E("Company", "TechCrunch"),
           E("Person", "Golem"), E("Person", "Elon Musk"), E("Person", "Mark Zuckerberg")],
 roles=[],
 relations=[],
 # a data breach: profile data stolen, no service said lost -> no outage (near-miss)
 outages=[],
 dates=[D("October 2023", "2023-10"), D("October 6, 2023", "2023-10-06")])
IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
