#!/usr/bin/env python3
"""Batch 23b gold annotations (the 13 texts of batch23b.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
Part 2 (A2, written with --part2): its own split cycle over its sorted ids, so part 1's splits stay untouched.
usage: batch23b_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs, svc, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization


A = {}
# ---- near-misses ------------------------------------------------------------------------------------------------
EC = "Commission"
A["ec-amazon-irobot-abandonment-statement-2024"] = dict(
 # the Commission is named only as 'the Commission' (its fullest form in the text); Amazon Stores, Alexa, Ring, Roomba: products users use ->
 # Service; 'Executive Vice-President ... in charge of competition policy' -> vice-president (as the dev gold);
 # 'Member States' generic; 'US' inside the FTC's name not a place of its own
 entities=[E("Organization", EC), E("Company", "Amazon"), E("Company", "iRobot"),
           E("Person", "Margrethe Vestager"), E("Service", "Roomba"),
           E("Location", "European Economic Area", "EEA"), E("Service", "Amazon Stores")]
          + locs("France", "Germany", "Italy", "Spain") + svc("Alexa", "Ring")
          + [E("Organization", "US Federal Trade Commission")],
 roles=[R("Margrethe Vestager", "vice-president", EC)],
 # the acquisition was abandoned -> nothing (GUIDELINES: abandoned deals); the products and stores -> provider
 relations=provided("iRobot", "Roomba") + provided("Amazon", "Amazon Stores", "Alexa", "Ring"),
 outages=[],
 dates=[D("27 November 2023", "2023-11-27"), D("2022", "2022")])

FTC = "Federal Trade Commission"
MAR = "Marriott International, Inc."
STW = "Starwood Hotels & Resorts Worldwide LLC"
A["us-ftc-marriott-starwood-data-breaches-order-2024"] = dict(
 entities=[E("Organization", FTC, "FTC"), E("Company", MAR, "Marriott"), E("Company", STW, "Starwood"),
           E("Location", "United States", "U.S."), E("Location", "District of Columbia"), E("Person", "Samuel Levine"),
           E("Organization", "Bureau of Consumer Protection")],
 # 'Director of the FTC's Bureau of Consumer Protection' -> head of the bureau
 roles=[R("Samuel Levine", "head", "Bureau of Consumer Protection")],
 relations=[L(STW, "parentOrganization", MAR), L("Bureau of Consumer Protection", "parentOrganization", FTC)],
 # data breaches: no service said lost -> no outage (near-miss)
 outages=[],
 dates=[D("2014", "2014"), D("2020", "2020"), D("today", "2024-10-09")])

# ---- outages ----------------------------------------------------------------------------------------------------
PRY = "Prykarpattyaoblenergo"
A["wp-2015-ukraine-power-grid-hack"] = dict(
 # Russo-Ukrainian War is an event; BlackEnergy 3 malware not annotated (as RobbinHood in 22b); the hacker group ->
 # Organization (as DarkSide, Guardians of Peace in train)
 entities=[E("Location", "Ukraine"), E("Organization", "Sandworm"), E("Company", PRY),
           E("Location", "Ivano-Frankivsk Oblast")],
 roles=[],
 relations=[],
 # one attack told once (three companies hit, only one named): provider the named distribution company whose
 # systems were compromised and whose consumers lost power; '1-6 hours' is a range -> no duration
 outages=[O(PRY, "2015-12-23", [], loc="Ivano-Frankivsk Oblast", cause="cyberattack")],
 dates=[D("December 23, 2015", "2015-12-23"), D("2014", "2014"), D("23 December 2015", "2015-12-23")])

CPC = "CPC Corporation"
TW = "Taiwan"
A["wp-2017-taiwan-blackout"] = dict(
 # the power plant is a facility -> Location; 'her Facebook page' -> Facebook the platform (Service); the 2017
 # Summer Universiade is an event
 entities=[E("Location", TW), E("Location", "Tatan Power Plant"), E("Location", "Guanyin District"),
           E("Location", "Taoyuan City"), E("Company", CPC), E("Company", "Taipower"),
           E("Person", "Tsai Ing-wen"), E("Service", "Facebook"), E("Person", "Lee Chih-kung", "Lee"),
           E("Person", "Lin Chuan", "Lin"), E("Person", "Shen Jong-chin"), E("Person", "Chen Chin-te"),
           E("Person", "Yang Wei-fuu")],
 # heads of state/government and ministers -> president/minister with the country (the premier, head of
 # government, -> minister: doubtful); resigned -> not current; acting posts are current
 roles=[R("Tsai Ing-wen", "president", TW), R("Lee Chih-kung", "minister", TW, False), R("Lin Chuan", "minister", TW),
        R("Shen Jong-chin", "minister", TW), R("Chen Chin-te", "chairman", CPC, False),
        R("Yang Wei-fuu", "chairman", CPC)],
 relations=[],
 # provider: Taipower, the utility whose customers lost power and which cut their bills (the failed gas supply was
 # CPC Corporation's contractor's doing: the cause) — doubtful; 16:52 to 21:40 -> 4.8 hours
 outages=[O("Taipower", "2017-08-15", [], "2017-08-15T16:52", "2017-08-15T21:40", 4.8, loc=TW,
            cause="gas supply to Tatan Power Plant stopped by a contractor's error")],
 dates=[D("15 August 2017", "2017-08-15"), D("4:52 p.m.", "2017-08-15T16:52"), D("6:00 p.m.", "2017-08-15T18:00"),
        D("9:40 p.m.", "2017-08-15T21:40"), D("2017", "2017")])

CON = "Con Edison"
SUB = "New York City Subway"
A["wp-manhattan-blackout-of-july-2019"] = dict(
 # the MTA is a public authority -> Organization; subway lines are transport services users ride -> Service;
 # streets, squares, venues -> Location
 entities=[E("Location", "Manhattan"), E("Location", "New York City"), E("Company", CON),
           E("Location", "West Side"), E("Location", "Midtown Manhattan"), E("Location", "Upper West Side"),
           E("Location", "Times Square"), E("Location", "72nd Street"), E("Location", "Fifth Avenue"),
           E("Location", "Hudson River"), E("Organization", "Metropolitan Transportation Authority", "MTA"),
           E("Service", SUB), E("Service", "IRT Broadway–Seventh Avenue Line"),
           E("Service", "IRT Lexington Avenue Line"), E("Service", "IRT Flushing Line"), E("Location", "Queens"),
           E("Location", "Rockefeller Center"), E("Location", "Radio City Music Hall"), E("Location", "Broadway")],
 roles=[],
 relations=[],  # the MTA runs the subway, but provider takes a Company (GOLD_FORMAT)
 # Con Edison's outage: 'commenced around 6:47 p.m.', 'for about three hours'; the 1977 blackout is told in one
 # clause (nine million customers without power): its own outage, no operator named, dated 1977-07-13 by the '42nd
 # anniversary' of 13 July (doubtful: the year alone is written)
 outages=[O(CON, "2019-07-13", [SUB], "2019-07-13T18:47", None, 3, loc="Manhattan"),
          O(None, "1977-07-13", [], loc="New York City")],
 dates=[D("July 13, 2019", "2019-07-13"), D("7 p.m.", "2019-07-13T19:00"), D("1977", "1977"),
        D("6:47 p.m.", "2019-07-13T18:47")])

OH = "Ontario Hydro"
A["wp-northeast-blackout-of-1965"] = dict(
 # stations and plants are facilities -> Location; 'New York state' is New York; 'southern Ontario' a region
 entities=locs("Ontario", "Canada", "Connecticut", "Delaware", "Maryland", "Massachusetts", "New Hampshire",
               "New Jersey") + [E("Location", "New York", "New York state")]
          + locs("Pennsylvania", "Rhode Island", "Vermont", "United States")
          + [E("Location", "Sir Adam Beck Hydroelectric Power Station No. 2", "Beck Station"),
             E("Location", "Queenston"), E("Location", "Niagara Falls"), E("Company", OH),
             E("Location", "Southern Ontario", "southern Ontario"), E("Location", "Robert Moses generating plant"),
             E("Location", "Lewiston"), E("Location", "Niagara region")],
 roles=[],
 relations=[],
 # provider: Ontario Hydro, whose system the misset relay protected (the relay on a line from Beck Station) —
 # doubtful; 'for up to 13 hours' is a maximum -> no duration; the area spans a province and ten states -> no
 # single location
 outages=[O(OH, "1965-11-09", [], "1965-11-09T17:16", cause="misprogrammed protective relay tripped")],
 dates=[D("1965", "1965"), D("November 9, 1965", "1965-11-09"), D("5:16 p.m.", "1965-11-09T17:16")])

# ---- company relations ------------------------------------------------------------------------------------------
EMB = "Embracer Group AB"
A["wp-embracer-group"] = dict(
 # former names are aliases (Nordic Games Licensing AB, THQ Nordic AB); the operative group THQ Nordic is the renamed
 # Nordic Games GmbH ('Nordic Games Licensing and Nordic Games GmbH changed their names to THQ Nordic'); THQ, the
 # defunct publisher -> Company; 'Swedish' a demonym
 entities=[E("Company", EMB, "Embracer Group", "Nordic Games Licensing AB", "THQ Nordic AB", "Nordic Games Licensing"),
           E("Location", "Karlstad"), E("Company", "CDE Entertainment"), E("Company", "Dark Horse Media"),
           E("Company", "Deca Games"), E("Company", "Freemode"), E("Company", "Plaion"),
           E("Company", "THQ Nordic", "Nordic Games GmbH"), E("Company", "Nordic Games Group"),
           E("Company", "JoWooD"), E("Company", "THQ")],
 roles=[],
 # 'comprises six operative groups' -> parentOrganization each; 'established ... within Nordic Games Group' -> its
 # parent; purchased assets, intellectual property and a trademark -> nothing (asset purchases)
 relations=parents(EMB, "CDE Entertainment", "Dark Horse Media", "Deca Games", "Freemode", "Plaion", "THQ Nordic")
           + [L(EMB, "parentOrganization", "Nordic Games Group")],
 outages=[],
 dates=[D("2011", "2011"), D("2013", "2013"), D("2014", "2014"), D("August 2016", "2016-08"), D("2016", "2016"),
        D("2019", "2019"), D("2023", "2023")])

WIZ = "Wizz Air"
A["wp-wizz-air"] = dict(
 # aircraft models -> Service (the maker named only inside the model name is not annotated); airshows are events;
 # London Luton (the airport) -> Location; stock exchanges -> Company
 entities=[E("Company", WIZ), E("Location", "Budapest"), E("Location", "Hungary"), E("Location", "Europe"),
           E("Location", "North Africa"), E("Location", "Middle East"), E("Person", "József Váradi"),
           E("Company", "Malev Hungarian Airlines"), E("Company", "London Stock Exchange"),
           E("Service", "Airbus A321neos"), E("Service", "Airbus A321XLRs"), E("Location", "London Luton"),
           E("Company", "Wizz Air UK"), E("Location", "UK"), E("Location", "UAE"), E("Location", "Abu Dhabi"),
           E("Company", "Wizz Air Abu Dhabi"), E("Location", "Malta"), E("Company", "Wizz Air Malta")],
 roles=[R("József Váradi", "founder", WIZ), R("József Váradi", "ceo", "Malev Hungarian Airlines", False)],
 # subsidiaries set up -> parentOrganization (Wizz Air UK and Abu Dhabi were announced and then flew; Malta
 # 'launched operations'); aircraft orders name no company on its own -> no partner
 relations=parents(WIZ, "Wizz Air UK", "Wizz Air Abu Dhabi", "Wizz Air Malta"),
 outages=[],
 # airshow years are time references ('At the 2015 Paris Airshow ... announced an order') -> the year
 dates=[D("2022", "2022"), D("2003", "2003"), D("May 2004", "2004-05"), D("February 2015", "2015-02"),
        D("2015", "2015"), D("2017", "2017"), D("2021", "2021"), D("2019", "2019"), D("October 2017", "2017-10"),
        D("December 2019", "2019-12"), D("January 2021", "2021-01"), D("May 2022", "2022-05"),
        D("November 2022", "2022-11"), D("September 2023", "2023-09")])

KER = "Kering S.A."
BRANDS = ("Yves Saint Laurent", "Gucci", "Balenciaga", "Bottega Veneta", "Creed", "Maui Jim", "Alexander McQueen")
A["wp-kering"] = dict(
 # 'owns the brands ...' -> brands are Service (GUIDELINES: a brand users buy is a Service, the business the
 # Company); former names are aliases (Pinault S.A., Pinault-Printemps-Redoute, PPR, Établissements Pinault);
 # Euronext Paris, an exchange -> Company; the CAC 40 is an index (not an entity)
 entities=[E("Company", KER, "Kering", "Pinault S.A.", "Pinault-Printemps-Redoute", "PPR", "Établissements Pinault"),
           E("Location", "Paris")] + svc(*BRANDS)
          + [E("Person", "François Pinault"), E("Company", "Euronext Paris"), E("Person", "François-Henri Pinault"),
             E("Person", "Luca de Meo"), E("Location", "Brittany"), E("Location", "France")],
 # 'has been President and CEO ... since 2005' and 'replacing François-Henri Pinault who will remain Chairman':
 # the change is announced for September 2025 (future in the text) -> his CEO post still current (doubtful), the
 # chair current; Luca de Meo's announced post -> current
 roles=[R("François Pinault", "founder", KER), R("François-Henri Pinault", "president", KER),
        R("François-Henri Pinault", "ceo", KER), R("François-Henri Pinault", "chairman", KER),
        R("Luca de Meo", "ceo", KER)],
 # brands owned -> provider; 'acquiring many failing local timber operations' -> nothing (unnamed)
 relations=provided(KER, *BRANDS),
 outages=[],
 dates=[D("1962", "1962"), D("1988", "1988"), D("1994", "1994"), D("2013", "2013"), D("1995", "1995"),
        D("2005", "2005"), D("June 2025", "2025-06"), D("September 2025", "2025-09"), D("2024", "2024")])

RB = "Reckitt Benckiser Group PLC"
RBRANDS = ("Dettol", "Disprin", "Strepsils", "Harpic", "Veet", "Airborne", "Mortein", "Gaviscon", "Mead Johnson",
           "Air Wick", "Calgon", "Clearasil", "Cillit Bang", "Durex", "Lysol", "Mycil", "Enfamil", "Vanish")
A["wp-reckitt"] = dict(
 # 'Benckiser' alone names Johann Benckiser ('Benckiser died', 'Benckiser's daughter'); 'Reckitt' is the present
 # company's short name; demonyms (British, Dutch, Australian, North American) not annotated
 entities=[E("Company", RB, "Reckitt", "Reckitt Benckiser"), E("Location", "Slough"), E("Location", "United Kingdom")]
          + svc(*RBRANDS)
          + [E("Company", "Reckitt & Colman plc"), E("Company", "Benckiser N.V."),
             E("Person", "Johann Benckiser", "Benckiser"), E("Location", "Pforzheim"), E("Location", "Germany"),
             E("Person", "Ludwig Reimann", "Reimann"), E("Location", "Ludwigshafen"), E("Company", "Coty, Inc."),
             E("Company", "Reckitt & Sons"), E("Person", "Isaac Reckitt"), E("Location", "Hull"),
             E("Location", "England"), E("Location", "Australia"), E("Company", "London Stock Exchange")],
 # Johann Benckiser's business is Benckiser N.V.'s origin -> founder; Reckitt & Sons 'started ... when Isaac Reckitt
 # rented a starch mill' -> founder
 roles=[R("Johann Benckiser", "founder", "Benckiser N.V."), R("Isaac Reckitt", "founder", "Reckitt & Sons")],
 # 'Reckitt's brands include ...' -> provider; the 1999 merger of two companies into a new one -> nothing
 # (GUIDELINES: a merger with no buyer); 'it acquired Coty, Inc.' (the Benckiser business) -> acquired + parent;
 # 'Benckiser's other products included Vanish and Cillit Bang' (the same business) -> provider as well (added in the
 # batch-23 second annotation)
 relations=(provided(RB, *RBRANDS) + acq("Benckiser N.V.", "Coty, Inc.")
            + provided("Benckiser N.V.", "Vanish", "Cillit Bang")),
 outages=[],
 dates=[D("1999", "1999"), D("2021", "2021"), D("1823", "1823"), D("1828", "1828"), D("1851", "1851"),
        D("1858", "1858"), D("1992", "1992"), D("1997", "1997"), D("1840", "1840"), D("1862", "1862"),
        D("1886", "1886"), D("1888", "1888")])

JM = "Jardine Matheson Holdings Limited"
JSUBS = ("Jardine Pacific", "Jardine Motors", "Hongkong Land", "Jardine Strategic Holdings", "DFI Retail Group",
         "Mandarin Oriental Hotel Group", "Jardine Cycle & Carriage", "Astra International")
A["wp-jardine-matheson"] = dict(
 # the firm's earlier names (Jardine, Matheson & Company; Jardines) are aliases; Cox & Reid and the names it
 # 'morphed through' are one firm (aliases of Magniac & Company, its last name before Jardine joined); Fortune
 # Global 500 and Forbes Global 2000 are lists; the Keswick family is no named person; 'Imperial China' -> an alias
 # of China (added after the first look: the comment had it, the entity lacked it)
 entities=[E("Company", JM, "Jardine Matheson", "Jardines", "Jardine, Matheson & Company"),
           E("Location", "Hong Kong"), E("Location", "Bermuda"), E("Company", "London Stock Exchange"),
           E("Company", "Singapore Exchange"), E("Company", "Bermuda Stock Exchange"), E("Location", "Asia")]
          + [E("Company", n, "Jardine Strategic") if n == "Jardine Strategic Holdings" else E("Company", n)
             for n in JSUBS]
          + [E("Organization", "Mindset"), E("Location", "China", "Imperial China"), E("Person", "William Jardine"),
             E("Person", "Jean Johnstone"),
             E("Company", "Magniac & Company", "Cox & Reid", "Cox & Beale", "Beale & Company", "Beale & Magniac"),
             E("Person", "John Cox"), E("Person", "John Reid"), E("Company", "Trieste Company"),
             E("Organization", "University of Edinburgh Medical School"), E("Person", "Hollingworth Magniac", "Magniac"),
             E("Organization", "University of Edinburgh"), E("Person", "James Matheson")],
 # 'co-founder William Jardine' -> cofounder; Cox & Reid 'established ... between John Cox and John Reid' -> founder
 # each; 'principal Hollingworth Magniac' -> executive; Reid's agency for Trieste Company -> no title
 roles=[R("William Jardine", "cofounder", JM), R("John Cox", "founder", "Magniac & Company"),
        R("John Reid", "founder", "Magniac & Company"), R("Hollingworth Magniac", "executive", "Magniac & Company")],
 # 'its subsidiaries include ...' -> parentOrganization; the charity it set up -> nothing stated
 relations=parents(JM, *JSUBS),
 outages=[],
 dates=[D("1982", "1982"), D("2002", "2002"), D("2019", "2019"), D("2013", "2013"), D("1832", "1832"),
        D("1782", "1782"), D("1825", "1825")])

GB = "Grupo Bimbo"
A["wp-grupo-bimbo"] = dict(
 # brands -> Service; 'the Sara Lee name' is the company's name used as a brand -> alias of the company; the sold
 # 'North American Fresh Bakery unit' is described, not named as a company -> not annotated; Forbes Magazine (a
 # news business) -> Company
 entities=[E("Company", GB), E("Company", "Weston Foods Inc.", "WFI"), E("Company", "George Weston Ltd."),
           E("Location", "USA", "United States")]
          + svc("Arnold", "Boboli", "Brownberry", "Entenmann's", "Freihofer's", "Stroehmann", "Thomas'",
                "Grandma Sycamore's", "Heiner's", "Rainbo")
          + [E("Company", "Sara Lee Corporation", "Sara Lee")]
          + locs("Western Europe", "Australia", "New Zealand", "Horsham", "Pennsylvania")
          + [E("Company", "Bimbo Bakeries USA")] + locs("Spain", "Portugal")
          + [E("Company", "Forbes Magazine"), E("Company", "Hostess Brands, Inc.")],
 roles=[],
 # 'bought WFI ... a subsidiary of George Weston Ltd.' -> acquired + parent, and WFI's past parent; brands owned /
 # gained -> provider; the Sara Lee unit and the Spain and Portugal operations are businesses, not named companies ->
 # nothing; 'its ... Bimbo Bakeries USA' -> parent; Hostess considered -> nothing
 relations=acq(GB, "Weston Foods Inc.") + [L("Weston Foods Inc.", "parentOrganization", "George Weston Ltd.")]
           + provided(GB, "Arnold", "Boboli", "Brownberry", "Entenmann's", "Freihofer's", "Stroehmann", "Thomas'",
                      "Grandma Sycamore's", "Heiner's", "Rainbo")
           + [L("Bimbo Bakeries USA", "parentOrganization", GB)],
 outages=[],
 dates=[D("December 10, 2008", "2008-12-10"), D("November 9, 2010", "2010-11-09"),
        D("October 10, 2011", "2011-10-10"), D("November 19, 2012", "2012-11-19")])

# ---- leadership -------------------------------------------------------------------------------------------------
A["wp-glovo"] = dict(
 # 'Globo' is a word; app categories (Groceries, Pharmacy, Desserts, Courier, Quiero) are not named services;
 # 'Latin American', 'German', 'Spanish' demonyms; 'Eastern Europe' a region -> Location ('Southern' alone is no
 # surface form of a place) — added after the first look (GATHERING.md, batch 23b: a slip, as 'Western Europe' in
 # wp-grupo-bimbo)
 entities=[E("Company", "Glovo"), E("Location", "Barcelona"), E("Person", "Oscar Pierre Miquel", "Oscar Pierre"),
           E("Person", "Sacha Michaud")] + locs("Turkey", "Egypt", "Puerto Rico", "Uruguay")
          + [E("Company", "Delivery Hero"), E("Location", "Eastern Europe")],
 # 'founded by Oscar Pierre and Sacha Michaud'; 'Oscar Pierre Miquel, who is currently the CEO'; 'Sacha Michaud who
 # is the co-founder'
 roles=[R("Oscar Pierre Miquel", "founder", "Glovo"), R("Oscar Pierre Miquel", "ceo", "Glovo"),
        R("Sacha Michaud", "founder", "Glovo"), R("Sacha Michaud", "cofounder", "Glovo")],
 # Delivery Hero bought 'Glovo's remaining Latin American operations' (a business, not a named company) -> nothing
 relations=[],
 outages=[],
 dates=[D("2015", "2015"), D("January 2020", "2020-01"), D("October 2020", "2020-10"),
        D("February 2021", "2021-02")])

IDS = sorted(A)

# ---- part 2 (annotated before newskg ran on it; its one id falls to test by its own cycle) --------------------------
A2 = {}
WDHB = "Waikato District Health Board"
A2["wp-waikato-district-health-board-ransomware-attack"] = dict(
 # a public health board -> Organization (its outage has an Organization as provider, as Baltimore's Location in 22b);
 # Stuff and The New Zealand Herald are news businesses -> Company; 'the Ministry' alone is a generic back-reference;
 # the Health Service Executive is named (its attack only named, not told) -> Organization, no outage
 entities=[E("Organization", WDHB, "Waikato DHB", "DHB"), E("Location", "New Zealand"),
           E("Organization", "New Zealand Government"), E("Company", "Stuff"), E("Person", "Dileepa Fonseka"),
           E("Organization", "Ministry of Health"), E("Person", "Kevin Snee", "Snee"),
           E("Organization", "Health Service Executive"), E("Company", "The New Zealand Herald")],
 # 'chief of Waikato DHB', 'the Waikato DHB chief executive Snee' -> ceo; a journalist has no title in the vocabulary
 roles=[R("Kevin Snee", "ceo", WDHB)],
 relations=[],
 outages=[O(WDHB, "2021-05-19", [], loc="New Zealand", cause="ransomware attack")],
 # published null: '25 May' (no year) left out; 'mid-May 2021' -> the month
 dates=[D("mid-May 2021", "2021-05"), D("2019", "2019"), D("19 May 2021", "2021-05-19"),
        D("25 May 2021", "2021-05-25")])
IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
