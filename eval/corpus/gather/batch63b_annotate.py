#!/usr/bin/env python3
"""Batch 63b gold annotations (the texts of batch63b.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-62h; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year range ('2000–2001') -> the two years
as items (as batch 61e's '2004-2007'); 'the mid-1980s' and 'the late 1940s' (decades, no ISO value the format takes,
as batches 60c-62h), 'in the following years', 'for several years', 'over time', 'Subsequently' -> nothing. No text
tells an outage, so every `outages` list is empty; none tells a near-miss of one (a takeover attempt, a leveraged
buyout, a company dismantled, routes not started, rights revoked, a chain divested and its last restaurant closed are
business and licensing events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-62h): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'), as batches 61d and 62h applied it: people the text names together as founding an organisation
are each `cofounder` ('Founded by George Butler Storer and John Harold Ryan'; 'incorporated ... by Laddie Hamilton,
Barak Mattingly and Floyd Jones' and 'Frank and Donald Thomas ... started their restaurant ... they opened their first
Burger Chef', both doubtful: incorporating and opening read as founding); one person named alone is `founder`
('founded by Adam Gimbel'); founders current true; 'future company president X' -> president, current true (the post
he was to take, as GUIDELINES part 1 sets a role announced; doubtful); kin ('grandson of the founder'), buyers of
assets and owners of a company with no post named -> no role; 'was acquired by X', 'was purchased by X', 'agreed to be
taken private by X ... was dismantled ... under X' and 'X purchased the chain' -> acquired and parentOrganization
(GUIDELINES, Relations: completed acquisitions); 'A merged into B and B ... took over the A operation' and 'A was
merged into B' -> acquired(B, A) only (the target merged away; the second doubtful); 'owned X from 1965 to 1972' ->
parentOrganization (ownership, past ownership still recorded; no acquired: no purchase told; doubtful); 'X later
formed the Y retail group' -> parentOrganization(Y, X) (doubtful); 'their parent company X' -> parentOrganization of
the business they started (doubtful); 'owned multiple key affiliates of the X television network' -> partner (an
affiliation, as an earlier batch's "CBS' Miami affiliate"; doubtful); divisions, stations, an operating certificate
and restaurants sold or folded away, unnamed owners and rivals -> no relation (asset purchases, GUIDELINES); menu
items, a topping bar and aircraft models -> Service (GUIDELINES, Types; plural surfaces as written, as batches 26e
and 28d); events (a parade) and a store named after its company -> no entity; a hockey team -> Organization; an
airport -> Location; 'American' -> nothing.
usage: batch63b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- broadcasting, US: Storer Communications ----------------------------------------------------------------------
ST = "Storer Communications"
KKR = "Kohlberg Kravis Roberts"
A["wp-storer-communications"] = dict(
 # the company -> Company 'Storer Communications', aliases 'Fort Industry Company' and 'Storer Broadcasting' (its
 # names of 1927-1952 and 1952-1983), 'Fort Industry Oil Company' (the name it was founded under), 'Fort Industry'
 # and 'Storer' (also in "Storer's"; 'the Storer name') (GUIDELINES, Types: former names are aliases); CBS ('the CBS
 # television network', a broadcaster, GUIDELINES, Types), Northeast Airlines, Kohlberg Kravis Roberts (alias 'KKR'),
 # TCI, Comcast and New World Communications -> Company; the Boston Bruins (a hockey team) -> Organization
 # (GUIDELINES, Types: sports teams); George Butler Storer, John Harold Ryan and George N. Gillett Jr. -> Person
 # (the bare 'Storer' is always the company in this text); Toledo, Ohio, Michigan and West Virginia -> Location. No
 # entity: 'a group of activist investors' (unnamed), 'the cable division', 'the television stations' (unnamed
 # units and assets), 'the country' (generic), 'American' (an adjective)
 entities=[E("Company", ST, "Fort Industry Company", "Storer Broadcasting", "Fort Industry Oil Company",
             "Fort Industry", "Storer"),
           E("Person", "George Butler Storer"), E("Person", "John Harold Ryan"), E("Location", "Toledo"),
           E("Location", "Ohio"), E("Location", "Michigan"), E("Location", "West Virginia"), E("Company", "CBS"),
           E("Company", "Northeast Airlines"), E("Organization", "Boston Bruins"), E("Company", KKR, "KKR"),
           E("Company", "TCI"), E("Company", "Comcast"), E("Person", "George N. Gillett Jr."),
           E("Company", "New World Communications")],
 # 'Founded by George Butler Storer and John Harold Ryan as the Fort Industry Oil Company' -> cofounder at Storer
 # Communications for each (two people named together, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no
 # role: George N. Gillett Jr. (a buyer of the stations, no post); 'activist investors' who 'attempted to take over
 # Storer's board of directors' (unnamed; no seat won is told)
 roles=[R("George Butler Storer", "cofounder", ST), R("John Harold Ryan", "cofounder", ST)],
 # 'eventually owned multiple key affiliates of the CBS television network' -> partner(Storer Communications, CBS)
 # (stations affiliated with a network, an affiliation contract between the stations' owner and the network;
 # doubtful: the affiliates are unnamed stations and a reader might leave it); 'The company also owned Northeast
 # Airlines from 1965 to 1972, and the Boston Bruins from 1973 to 1975' -> parentOrganization(Northeast Airlines,
 # Storer Communications) and parentOrganization(Boston Bruins, Storer Communications) (ownership the text states
 # as past, still recorded: relations carry no time; no acquired: no purchase is told, doubtful); 'the company agreed
 # to be taken private by Kohlberg Kravis Roberts (KKR) in a leveraged buyout' with 'Storer was dismantled in the
 # following years under KKR' -> acquired(Kohlberg Kravis Roberts, Storer Communications) and
 # parentOrganization(Storer Communications, Kohlberg Kravis Roberts) (a buyout the next sentence tells done).
 # Near-misses, no relation: 'the cable division was spun off and gradually dissolved into both TCI and Comcast' (an
 # unnamed division, its parts absorbed: no acquired of Storer by either; a reader might add both); 'the television
 # stations were sold to George N. Gillett Jr. in 1987 and folded into New World Communications in 1993' (assets sold
 # to a person, then folded into a company: asset purchases, GUIDELINES); 'selling smaller stations in order to
 # purchase larger ones' and 'divest their radio holdings' (unnamed assets); the activist investors' attempt (a
 # failed takeover of a board, no party named)
 relations=[L(ST, "partner", "CBS"), L("Northeast Airlines", "parentOrganization", ST),
            L("Boston Bruins", "parentOrganization", ST)] + b10.acq(KKR, ST),
 outages=[],
 # 'from 1927 to 1952' ('1927', '1952'; 'from 1952 to 1983' and 'in 1952' the same text and value, one item),
 # '1983', 'from 1965 to 1972', 'from 1973 to 1975', 'between 1979 and 1981', 'In April 1985', 'in 1987', 'in 1993'
 # -> the years and the month. No date: 'the mid-1980s' (a part of a decade); 'in the following years', 'quickly',
 # 'eventually' (no calendar value); '$1.6 billion' (an amount)
 dates=[D("1927", "1927"), D("1952", "1952"), D("1983", "1983"), D("1965", "1965"), D("1972", "1972"),
        D("1973", "1973"), D("1975", "1975"), D("1979", "1979"), D("1981", "1981"), D("April 1985", "1985-04"),
        D("1987", "1987"), D("1993", "1993")])

# ---- retail, US: Gimbels -------------------------------------------------------------------------------------------
GB = "Gimbel Brothers"
BW = "Brown & Williamson"
A["wp-gimbels"] = dict(
 # the store chain -> Company 'Gimbel Brothers', alias 'Gimbels' ('commonly known as Gimbels'); Macy's, Brown &
 # Williamson and BATUS ('the BATUS retail group') -> Company; Adam Gimbel and Bernard Gimbel -> Person; Vincennes,
 # Indiana, Milwaukee, Wisconsin, Philadelphia, Pennsylvania and New York City -> Location. No entity: 'the first
 # Gimbel Brothers Department Store' (a store bearing the company's name, 'the first' of its kind; doubtful: a
 # reader might take a named site, a Location); the Gimbels Thanksgiving Day Parade (an event, GUIDELINES, Types);
 # 'his first general store' (unnamed); 'the nation's', 'American culture', 'the world' (generic)
 entities=[E("Company", GB, "Gimbels"), E("Person", "Adam Gimbel"), E("Location", "Vincennes"),
           E("Location", "Indiana"), E("Location", "Milwaukee"), E("Location", "Wisconsin"),
           E("Location", "Philadelphia"), E("Location", "Pennsylvania"), E("Person", "Bernard Gimbel"),
           E("Location", "New York City"), E("Company", "Macy's"), E("Company", BW), E("Company", "BATUS")],
 # 'The company was founded by Adam Gimbel' -> founder at Gimbel Brothers (one person named; GUIDELINES, Roles,
 # 'Founders'), current true; 'At the urging of future company president Bernard Gimbel' -> president at Gimbel
 # Brothers, current true (a post the text says he came to hold; no leaving told; doubtful: 'future' at the time of
 # the 1910 move, and a reader might leave it). Near-misses, no role: 'grandson of the founder' (kinship); Adam
 # Gimbel 'opened his first general store' (the founding, not a second role)
 roles=[R("Adam Gimbel", "founder", GB), R("Bernard Gimbel", "president", GB)],
 # 'In 1973, Gimbels was acquired by Brown & Williamson' -> acquired(Brown & Williamson, Gimbel Brothers) and
 # parentOrganization(Gimbel Brothers, Brown & Williamson) (a completed acquisition, GUIDELINES, Relations); 'which
 # later formed the BATUS retail group to manage its retail holdings' -> parentOrganization(BATUS, Brown &
 # Williamson) (a group the company formed for its own holdings, its unit; doubtful: 'formed ... to manage' names no
 # ownership outright). Near-misses, no relation: Gimbel Brothers under BATUS (the group manages Brown & Williamson's
 # retail holdings, among them Gimbels, but the text does not say BATUS owns it; a reader might add
 # parentOrganization(Gimbel Brothers, BATUS)); 'a chief rival of Macy's' (competitors, no partner)
 relations=b10.acq(BW, GB) + [L("BATUS", "parentOrganization", BW)],
 outages=[],
 # 'from 1842 until 1987' ('1842', 'in 1842' the same text and value, one item; '1987'), 'In 1887', 'in 1894', 'in
 # 1910', 'in 1920', 'By 1930', 'by 1965', 'In 1973' -> the years. No date: 'for several years' (no calendar value);
 # '20 locations', '53 stores' (counts)
 dates=[D("1842", "1842"), D("1987", "1987"), D("1887", "1887"), D("1894", "1894"), D("1910", "1910"),
        D("1920", "1920"), D("1930", "1930"), D("1965", "1965"), D("1973", "1973")])

# ---- airline, US: Ozark Air Lines ----------------------------------------------------------------------------------
OZ = "Ozark Air Lines"
TW = "Trans World Airlines"
A["wp-ozark-air-lines"] = dict(
 # the airline -> Company 'Ozark Air Lines', alias 'Ozark' (also in "Ozark's"; 'the Ozark name', used by a later,
 # smaller airline, is the same name and no entity of its own: that airline is unnamed beyond 'used the Ozark name';
 # doubtful); Trans World Airlines (alias 'TWA'), Parks Air Lines (alias 'Parks'), American Airlines and Great Plains
 # Airlines -> Company; Laddie Hamilton, Barak Mattingly and Floyd Jones -> Person; the United States, St. Louis,
 # St. Louis Lambert International Airport (an airport, GUIDELINES, Types), Missouri and Springfield -> Location; the
 # aircraft 'Beechcraft Model 17 Staggerwings' and 'Cessna AT-17 Bobcats' -> Service (aircraft models, GUIDELINES,
 # Types; the plural surfaces as written, as batches 26e and 28d; Beechcraft and Cessna, named only inside the
 # models' names, get no entity of their own, GUIDELINES, Types). No entity: 'a local service carrier', 'the
 # carrier', 'A smaller regional airline' (generic or unnamed); 'a hub in St. Louis' (the city is the entity)
 entities=[E("Company", OZ, "Ozark"), E("Location", "United States"), E("Company", TW, "TWA"),
           E("Company", "Parks Air Lines", "Parks"), E("Location", "St. Louis"), E("Company", "American Airlines"),
           E("Company", "Great Plains Airlines"), E("Location", "St. Louis Lambert International Airport"),
           E("Location", "Missouri"), E("Person", "Laddie Hamilton"), E("Person", "Barak Mattingly"),
           E("Person", "Floyd Jones"), E("Location", "Springfield"),
           E("Service", "Beechcraft Model 17 Staggerwings"), E("Service", "Cessna AT-17 Bobcats")],
 # 'Ozark Air Lines was incorporated on 1 September 1943 in Missouri by Laddie Hamilton, Barak Mattingly and Floyd
 # Jones with $100,000 in paid-up capital' -> cofounder at Ozark Air Lines for each (three people named together as
 # forming the company, GUIDELINES, Roles, 'Founders'; doubtful: 'incorporated ... by' read as founding, and a reader
 # might leave incorporators without a role), current true. Near-misses, no role: the presidents and the chairman of
 # the cut infobox (not in the text)
 roles=[R("Laddie Hamilton", "cofounder", OZ), R("Barak Mattingly", "cofounder", OZ), R("Floyd Jones", "cofounder", OZ)],
 # 'operated from 1950 until it was purchased by Trans World Airlines (TWA) in 1986' -> acquired(Trans World
 # Airlines, Ozark Air Lines) and parentOrganization(Ozark Air Lines, Trans World Airlines) (a completed purchase;
 # the text does not say the airline was merged away, so the parent link stands, GUIDELINES, Relations; doubtful:
 # 'operated ... until' may be read as its end); 'Parks merged into Ozark and Ozark ... took over the Parks
 # operation' -> acquired(Ozark Air Lines, Parks Air Lines) (a takeover whose target merged away: no parent);
 # 'In 2001, TWA was merged into American Airlines' -> acquired(American Airlines, Trans World Airlines) (a merger
 # whose direction the text gives, 'merged into', the target merged away: no parent; doubtful: GUIDELINES leave a
 # merger without a buyer out, and a reader might read 'merged into' as no purchase). Near-misses, no relation: 'whose
 # operating certificate was purchased by Great Plains Airlines' (an asset bought from an unnamed airline,
 # GUIDELINES: asset purchases -> nothing; a reader might add acquired(Great Plains Airlines, Ozark Air Lines));
 # 'Parks had its rights revoked' (a regulator's act, no party named); the aircraft Ozark flew (aircraft it used,
 # not services it makes: no provider; their makers are not entities)
 relations=b10.acq(TW, OZ) + [L(OZ, "acquired", "Parks Air Lines"), L("American Airlines", "acquired", TW)],
 outages=[],
 # 'from 1950' and 'From 1950 until 1986' ('1950', '1986', one item each), 'In 2001', '2000–2001' (the two years as
 # items; '2001' listed once), 'on 1 September 1943', 'in January 1945' -> the years, the day and the month. No
 # date: 'the late 1940s' (a part of a decade); 'over time', 'recently', 'in a timely manner' (no calendar value);
 # '$100,000' (an amount)
 dates=[D("1950", "1950"), D("1986", "1986"), D("2001", "2001"), D("2000", "2000"),
        D("1 September 1943", "1943-09-01"), D("January 1945", "1945-01")])

# ---- restaurants, US: Burger Chef ----------------------------------------------------------------------------------
BC = "Burger Chef"
GF = "General Foods Corporation"
BC_ITEMS = ["Big Shef", "Super Shef", "Works Bar"]
A["wp-burger-chef"] = dict(
 # the chain -> Company 'Burger Chef' (also in 'the Burger Chef trademark and name', 'their first Burger Chef' and
 # 'ten Burger Chef outlets': the chain's name); General Foods Corporation (alias 'General Foods'; 'the General Foods
 # Corporation'), Hardee's, General Equipment Corporation and McDonald's -> Company; 'Frank and Donald Thomas' ->
 # Person 'Frank' (the first name only, as batch 58e's 'Emiel' of 'Jan, Emiel and Henri Boone') and Person 'Donald
 # Thomas'; Indianapolis, Indiana, the United States, Canada and Australia -> Location; the hamburgers Big Shef and
 # Super Shef and the Works Bar (a topping bar the chain offered its customers; doubtful: a reader might take it for
 # a fitting, no entity) -> Service (GUIDELINES, Types: products users buy). No entity: 'the flame broiler' (a
 # device, unnamed), 'a double burger', 'the quarter-pound (113 gram) hamburger' (generic; the name is 'Super
 # Shef'), 'the owners of Hardee's' (unnamed), 'their restaurant', 'The final restaurant' (unnamed), 'American' (an
 # adjective)
 entities=[E("Company", BC), E("Location", "Indianapolis"), E("Location", "Indiana"), E("Location", "United States"),
           E("Location", "Canada")] + [E("Service", s) for s in BC_ITEMS[:2]] +
          [E("Company", GF, "General Foods"), E("Company", "Hardee's"), E("Person", "Frank"),
           E("Person", "Donald Thomas"), E("Company", "General Equipment Corporation"), E("Company", "McDonald's"),
           E("Service", "Works Bar"), E("Location", "Australia")],
 # 'In 1954, Frank and Donald Thomas ... started their restaurant in Indianapolis, Indiana. In 1957, they opened their
 # first Burger Chef.' -> cofounder at Burger Chef for each (two people named together as starting the chain,
 # GUIDELINES, Roles, 'Founders'; doubtful: the text says 'started' and 'opened', not 'founded'), current true.
 # Near-misses, no role: the brothers at General Equipment Corporation ('their parent company': owners, no post
 # named; a reader might give founder or cofounder there too); 'the owners of Hardee's' (unnamed)
 roles=[R("Frank", "cofounder", BC), R("Donald Thomas", "cofounder", BC)],
 # 'In 1968, General Foods Corporation purchased the chain' (with 'the purchase by General Foods' and 'the General
 # Foods Corporation, owners of the Burger Chef trademark and name') -> acquired(General Foods Corporation, Burger
 # Chef) and parentOrganization(Burger Chef, General Foods Corporation) (a completed purchase; the divestment of 1982
 # does not undo it: relations carry no time); 'Frank and Donald Thomas patented the flame broiler in their parent
 # company General Equipment Corporation and started their restaurant' -> parentOrganization(Burger Chef, General
 # Equipment Corporation) (the brothers' company named as the parent of the restaurant business they started;
 # doubtful: 'their parent company' may be read as the brothers' own firm with no tie to the chain told); 'such as
 # the Big Shef and Super Shef hamburgers', 'They offered a double burger, called the Big Shef, and later ... Super
 # Shef' and 'they added the Works Bar' -> provider(item, Burger Chef) for the three. Near-misses, no relation:
 # 'divested itself of the restaurant chain, gradually selling to the owners of Hardee's' (the buyers are unnamed
 # 'owners', and the restaurants went piecemeal: no acquired(Hardee's, Burger Chef); a reader might add it, as the
 # cut infobox's 'FateSold to Hardee's' has it); 'surpassed only by McDonald's' (a rival); 'General Foods building
 # ten Burger Chef outlets in Australia' (its own outlets, no second party)
 relations=b10.acq(GF, BC) + [L(BC, "parentOrganization", "General Equipment Corporation")] +
           [L(s, "provider", BC) for s in BC_ITEMS],
 outages=[],
 # 'in 1954' and 'In 1954' ('1954', one item), 'in 1973', 'In 1982', 'in 1996', 'In 1957', 'By 1972', 'In 1968', 'By
 # 1969', 'in 1975', 'in 2022' (the year of the inflation figure) -> the years. No date: 'Subsequently', 'At the
 # time of the purchase' (no calendar value of their own); '1,050', '1,200', '1,600', '600', '39', 'ten' (counts);
 # 'US$1.3 million', '$7.07 million' (amounts)
 dates=[D("1954", "1954"), D("1973", "1973"), D("1982", "1982"), D("1996", "1996"), D("1957", "1957"),
        D("1972", "1972"), D("1968", "1968"), D("1969", "1969"), D("1975", "1975"), D("2022", "2022")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
