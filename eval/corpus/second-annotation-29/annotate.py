#!/usr/bin/env python3
"""Second annotation of the 10 batch-28 files that pick.py drew, made from the stripped copies in /tmp/agree29-tmp,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points from train gold outside batch 28). Writes the
gold files into this folder, checking that every name, alias and date text occurs."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A = {}
# published null: only absolute dates ("36-year career" is a span); "retired ... former Chairman of the State Bank of
# India" -> chairman, current false; the posts of her career at the bank are told as past ("has held several
# positions ... including"), all current false: chief executive of the merchant banking arm SBI Capital Markets (ceo;
# "the bank's ... arm" -> parentOrganization), "chief general manager" (GUIDELINES: manager -> executive) at SBI, and
# the entry post "Probationary Officer" (a title below the senior ones: other); her husband is an "ex-professor" of
# IIT Kharagpur (other, current false); Forbes and Fortune are publishers (Company; corpus: wp-dong-mingzhu's
# Fortune); "Calcutta" is Kolkata's former name (alias); the Bokaro Steel Plant is a named facility (Location, no
# role for her father, who "worked at" it with no title); "India-based" names India (corpus: "X-based" places are
# annotated); "Fortune India 500" is a list (not an entity); "the bank's New York office" names New York
A["wp-arundhati-bhattacharya"] = dict(
    entities=[E("Person", "Arundhati Bhattacharya", "Bhattacharya"), E("Company", "State Bank of India", "SBI"),
              E("Company", "Forbes"), E("Company", "Fortune"), E("Location", "Kolkata", "Calcutta"),
              E("Location", "Bhilai"), E("Person", "Prodyut Kumar Mukherjee"), E("Location", "Bokaro Steel Plant"),
              E("Person", "Kalyani Mukherjee"), E("Location", "Bokaro"), E("Organization", "St. Xavier's School"),
              E("Organization", "Lady Brabourne College"), E("Organization", "Jadavpur University"),
              E("Person", "Pritimoy Bhattacharya"), E("Organization", "IIT Kharagpur"), E("Location", "India"),
              E("Company", "State Bank of India Capital Markets"), E("Location", "New York")],
    roles=[R("Arundhati Bhattacharya", "chairman", "State Bank of India", False),
           R("Arundhati Bhattacharya", "other", "State Bank of India", False),
           R("Arundhati Bhattacharya", "ceo", "State Bank of India Capital Markets", False),
           R("Arundhati Bhattacharya", "executive", "State Bank of India", False),
           R("Pritimoy Bhattacharya", "other", "IIT Kharagpur", False)],
    relations=[L("State Bank of India Capital Markets", "parentOrganization", "State Bank of India")],
    outages=[],
    dates=[D("2016", "2016"), D("September 1977", "1977-09"), D("1977", "1977")])
# published null: only absolute dates ("That same year" is relative: left out, as train gold does for Wikipedia texts
# with no date: wp-haier, wp-kotak-mahindra-bank); president of Toyota "from 1995 to 1999" and chairman "from 1999 to
# 2006" (he "stepped down as chairman in 2006"): both current false; chairman of the Japan Automobile Manufacturers
# Association "from 2000 to 2002": false; chairman of the Japan Federation of Employers' Associations from "That same
# year", no end told: current true (GOLD_FORMAT: true unless the text says he left); member of the Prime Minister's
# council: no title (no role); "Japanese" is an adjective (no Japan entity); Mie Prefecture is a region (Location)
A["wp-hiroshi-okuda"] = dict(
    entities=[E("Person", "Hiroshi Okuda", "Okuda"), E("Company", "Toyota Motor Corporation", "Toyota"),
              E("Location", "Mie Prefecture"), E("Organization", "Hitotsubashi University"),
              E("Organization", "Prime Minister's Economic Strategy Council", "Economic Strategy Council"),
              E("Organization", "Japan Federation of Employers' Associations"),
              E("Organization", "Japan Automobile Manufacturers Association")],
    roles=[R("Hiroshi Okuda", "president", "Toyota Motor Corporation", False),
           R("Hiroshi Okuda", "chairman", "Toyota Motor Corporation", False),
           R("Hiroshi Okuda", "chairman", "Japan Federation of Employers' Associations"),
           R("Hiroshi Okuda", "chairman", "Japan Automobile Manufacturers Association", False)],
    relations=[],
    outages=[],
    dates=[D("29 December 1932", "1932-12-29"), D("1995", "1995"), D("1999", "1999"), D("2006", "2006"),
           D("1955", "1955"), D("1998", "1998"), D("2000", "2000"), D("2002", "2002")])
# published null: absolute dates only; Waze Mobile Ltd is the company (Company): "Waze" (its trading name), "Waze
# Mobile", "Waze Mobile Ltd." and its former name "FreeMap Israel" are aliases (GUIDELINES: former names are aliases);
# the navigation app is not named apart from the company ("its application", "the software"), so no Service entity
# (a judgement; the second annotation of batch 27 read Careem the same way); "a subsidiary company of Google" ->
# parentOrganization and "was acquired by Google" -> acquired (GUIDELINES: both); "a company founded by ... Ehud
# Shabtai, Amir Shinar, and Uri Levine" -> founder each (corpus: founded by A and B -> founder each); funding by the
# venture firms is an investment, not a stated partnership (nothing); Unit 8200 is a military unit (Organization);
# GPS is a technology (corpus: 4G, Wi-Fi, WiMAX not annotated); the communications hire has no title (no role)
A["wp-waze"] = dict(
    entities=[E("Company", "Waze Mobile Ltd", "Waze", "Waze Mobile", "Waze Mobile Ltd.", "FreeMap Israel"),
              E("Company", "Google"), E("Location", "Israel"), E("Person", "Ehud Shabtai", "Shabtai"),
              E("Person", "Amir Shinar"), E("Person", "Uri Levine"), E("Organization", "Unit 8200"),
              E("Company", "Magma"), E("Company", "Vertex Ventures Israel"), E("Company", "Bluerun Ventures"),
              E("Person", "Michal Habdank-Kolaczkowski")],
    roles=[R("Ehud Shabtai", "founder", "Waze Mobile Ltd"), R("Amir Shinar", "founder", "Waze Mobile Ltd"),
           R("Uri Levine", "founder", "Waze Mobile Ltd")],
    relations=[L("Waze Mobile Ltd", "parentOrganization", "Google"), L("Google", "acquired", "Waze Mobile Ltd")],
    outages=[],
    dates=[D("June 2013", "2013-06"), D("2006", "2006"), D("2008", "2008"), D("2009", "2009")])
# published null: absolute dates only ("November 3 of the same year" is anchored on another date, not absolute: left
# out, as train gold leaves "the same year" out of Wikipedia texts with no date); Globoplay is the streaming service
# (Service) "owned by Globo" (provider), Globo "a division of Grupo Globo" (parentOrganization); Estúdios Globo
# produces the films (Company; no relation is stated); the countries named are Locations ("European" is an adjective)
A["wp-globoplay"] = dict(
    entities=[E("Service", "Globoplay"), E("Company", "Globo"), E("Company", "Grupo Globo"),
              E("Company", "Estúdios Globo"), E("Location", "Brazil"), E("Location", "Canada"), E("Location", "Italy"),
              E("Location", "France"), E("Location", "Switzerland"), E("Location", "Germany"), E("Location", "Spain"),
              E("Location", "Portugal"), E("Location", "United Kingdom")],
    roles=[],
    relations=[L("Globoplay", "provider", "Globo"), L("Globo", "parentOrganization", "Grupo Globo")],
    outages=[],
    dates=[D("26 October 2015", "2015-10-26"), D("2020", "2020"), D("September 2021", "2021-09"),
           D("14 October 2021", "2021-10-14")])
# published null: absolute dates only; "acquired in 2003 by the Alcan corporation" and "purchased by Alcan", the text
# not saying Pechiney was merged away -> acquired and parentOrganization (GUIDELINES); the company's earlier names
# ("Compagnie des Produits Chimiques Henri Merle", "Péchiney SA", "Société des Produits Chimiques d'Alais et de la
# Camargue") are aliases of Pechiney SA; "founded in 1855 by Henri Merle" -> founder (corpus: founders stay current);
# "a former influential managing director ... A. R. Pechiney" -> director (GUIDELINES: managing director), current
# false; the London Metal Exchange is a business (Company; GUIDELINES: stock exchanges); "the French government" is
# left out (corpus: a nationality adjective with a lowercase "government" is not annotated); the chemist who developed
# the process has no role
A["wp-pechiney"] = dict(
    entities=[E("Company", "Pechiney SA", "Pechiney", "Compagnie des Produits Chimiques Henri Merle", "Péchiney SA",
                "Société des Produits Chimiques d'Alais et de la Camargue"),
              E("Location", "France"), E("Company", "Alcan"), E("Location", "Canada"),
              E("Company", "London Metal Exchange", "LME"), E("Person", "Henri Merle"), E("Location", "Salindres"),
              E("Person", "Henri Sainte-Claire Deville"), E("Person", "A. R. Pechiney")],
    roles=[R("Henri Merle", "founder", "Pechiney SA"), R("A. R. Pechiney", "director", "Pechiney SA", False)],
    relations=[L("Alcan", "acquired", "Pechiney SA"), L("Pechiney SA", "parentOrganization", "Alcan")],
    outages=[],
    dates=[D("2003", "2003"), D("1855", "1855"), D("1897", "1897"), D("1860", "1860"), D("1854", "1854"),
           D("1948", "1948")])
# published null: absolute dates only ("18 months after" is relative); Hero Motocorp Ltd. was formerly Hero Honda
# (Hero Honda Motors, Hero Honda Motors Limited): one company, the former names are aliases; Hero Cycles is "sometimes
# called Hero Group" (alias; "Hero Cycles Ltd." its fullest form); the Swiss "Hero Group food company" is named only
# to tell it apart and its name is that alias's, so it is left out (a judgement); "a joint venture between Hero Cycles
# ... and Honda" -> partner as written; after Honda left, "Hero Group bought the shares held by Honda" (a stake, so no
# acquired; Hero Group then owns the venture: parentOrganization, as the batch-27 second annotation read BT buying
# Securicor's share of Cellnet); "its parent Hero Investment Pvt. Ltd." -> parentOrganization as written (the merger
# of the investment arm is a proposal: nothing); Honda "focused on its entirely owned subsidiary, Honda Motorcycle and
# Scooter India (HMSI)" -> parentOrganization; Forbes (Company; its list is not an entity); the Munjal brothers are
# not named one by one (no Person); "Hero" alone is a brand name, not an alias
A["wp-hero-motocorp"] = dict(
    entities=[E("Company", "Hero Motocorp Ltd.", "Hero MotoCorp", "Hero Honda", "Hero Honda Motors",
                "Hero Honda Motors Limited"),
              E("Location", "New Delhi"), E("Location", "India"), E("Company", "Forbes"),
              E("Company", "Hero Cycles Ltd.", "Hero Cycles", "Hero Group"), E("Location", "Switzerland"),
              E("Company", "Honda Motor Company", "Honda"), E("Location", "Japan"),
              E("Company", "Honda Motorcycle and Scooter India", "HMSI"), E("Company", "Hero Investment Pvt. Ltd."),
              E("Location", "Dharuhera")],
    roles=[],
    relations=[L("Hero Cycles Ltd.", "partner", "Honda Motor Company"),
               L("Hero Motocorp Ltd.", "parentOrganization", "Hero Cycles Ltd."),
               L("Hero Motocorp Ltd.", "parentOrganization", "Hero Investment Pvt. Ltd."),
               L("Honda Motorcycle and Scooter India", "parentOrganization", "Honda Motor Company")],
    outages=[],
    dates=[D("2006", "2006"), D("31 March 2013", "2013-03-31"), D("1984", "1984"), D("2010", "2010"),
           D("June 2012", "2012-06")])
# published 1968-10-16: one outage: the flood of 15 September put all Chobham lines out of service (the Post Office's
# exchange and cables: provider Post Office, which ran the telephones; Company as in train gold, the text not
# presenting it as a government department, a judgement); date 1968-09-15; the restoration "by 3 p.m. on September
# 16" was partial and "all by September 24" gives no clock time: end and duration null; cause the flooding;
# "Chobham exchange" is a named facility (Location, like a substation in train gold) beside the place Chobham; "Her
# Majesty's Government" is an Organization (train gold, Hansard texts); dates: "September the 15 to 16" -> the first
# day (corpus: "5 and 6 July 2024" -> the 5th), "September 15", "3 p.m. on September 16" (corpus: "5pm on Monday 17
# June" one item), "the next day" (resolved from the day before it, as train gold does), "September 24", "September
# 26"; "the Order Paper" is not an entity; no person is named
A["hansard-lords-chobham-telephone-service-flood-1968"] = dict(
    entities=[E("Organization", "Her Majesty's Government"), E("Location", "Chobham"),
              E("Location", "Chobham exchange"), E("Company", "Post Office")],
    roles=[],
    relations=[],
    outages=[O("Post Office", "1968-09-15", [], "Chobham exchange", "heavy rain flooded the exchange")],
    dates=[D("September the 15 to 16", "1968-09-15"), D("September 15", "1968-09-15"),
           D("3 p.m. on September 16", "1968-09-16T15:00"), D("the next day", "1968-09-16"),
           D("September 24", "1968-09-24"), D("September 26", "1968-09-26")])
# published 1960-11-21: one outage: over 6,000 consumers lost their gas supply when a main fractured in an accident
# on the River Severn (a power or gas cut to customers is an outage; the accident itself is not); provider the South
# Western Gas Board, which restored the supplies (a nationalised utility run as a business: Company, as train gold
# types the Ceylon Electricity Board); "South West Gas Board" is the same board (alias); date 25 October 1960; town
# gas "restored on 8th November" and to all "by 12th November": no clock time, so end and duration null; "the
# Minister of Power" is a post with no person named (no entity); "within 48 hours", "nine days" are durations
A["hansard-commons-gas-supplies-forest-of-dean-1960"] = dict(
    entities=[E("Location", "Forest of Dean"), E("Location", "River Severn"),
              E("Company", "South Western Gas Board", "South West Gas Board")],
    roles=[],
    relations=[],
    outages=[O("South Western Gas Board", "1960-10-25", [], "Forest of Dean", "fractured gas main")],
    dates=[D("25th October", "1960-10-25"), D("8th November", "1960-11-08"), D("12th November", "1960-11-12")])
# published 2016-11-03 ("yesterday" = 2016-11-02): the text tells "two incidents": the morning signalling faults on
# the Circle MRT Line (first announced 7:37 am; service restored "by about 10:27 am") and the evening stalled train on
# the East West MRT Line (5:48 pm to 6:20 pm, "a half-hour disruption"), both run by SMRT Corporation (provider; train
# gold: wp-list-of-singapore-mrt-disruptions gives lines as Services run by SMRT); the September disruptions "for
# five consecutive days" are counted, not told one by one (GUIDELINES: not events); stations are named places
# (Location, by the name without "station", as the text writes "between X and Y stations"); Twitter is a Service
# (train gold); "SBS buses" names the bus company SBS (Company); the Mass Rapid Transit system is a Service whose
# operator the text does not give (only "two of ... lines" are SMRT's); "the same day" -> 2016-11-02, "that day" ->
# 2016-09-02 (September 2); "two minutes later" is left out (a span after a clock time)
A["wn-signalling-issues-stalled-train-disrupt-service-2016"] = dict(
    entities=[E("Location", "Singapore"), E("Service", "Mass Rapid Transit"), E("Company", "SMRT Corporation", "SMRT"),
              E("Service", "Circle MRT Line", "CCL"), E("Service", "Twitter"), E("Location", "Pasir Panjang"),
              E("Location", "one-north"), E("Location", "Dhoby Ghaut"), E("Location", "Botanic Gardens"),
              E("Location", "HarbourFront"), E("Location", "Marymount"), E("Location", "Serangoon"),
              E("Person", "Joseph Lim"), E("Person", "Alice Pan", "Pan"), E("Company", "SBS"),
              E("Location", "Lorong Chuan"), E("Person", "Sean Chew"), E("Location", "Buona Vista"),
              E("Service", "East West MRT Line"), E("Location", "Queenstown"), E("Location", "Outram Park"),
              E("Location", "Pasir Ris"), E("Location", "Tiong Bahru")],
    roles=[],
    relations=[L("Circle MRT Line", "provider", "SMRT Corporation"),
               L("East West MRT Line", "provider", "SMRT Corporation")],
    outages=[O("SMRT Corporation", "2016-11-02", ["Circle MRT Line"], "between Botanic Gardens and Serangoon stations",
               "intermittent signalling faults", "2016-11-02T07:37", "2016-11-02T10:27", 2.83),
             O("SMRT Corporation", "2016-11-02", ["East West MRT Line"], "between Queenstown and Outram Park stations",
               "stalled train", "2016-11-02T17:48", "2016-11-02T18:20", 0.5)],
    dates=[D("yesterday", "2016-11-02"), D("7:37 am", "2016-11-02T07:37"), D("8:09 am", "2016-11-02T08:09"),
           D("9:06 am", "2016-11-02T09:06"), D("10:27 am", "2016-11-02T10:27"), D("September", "2016-09"),
           D("September 2", "2016-09-02"), D("that day", "2016-09-02"), D("the same day", "2016-11-02"),
           D("5:48 pm", "2016-11-02T17:48"), D("6:10 pm", "2016-11-02T18:10"), D("6:20 pm", "2016-11-02T18:20"),
           D("7 pm", "2016-11-02T19:00")])
# published 2013-02-05 (a Tuesday; "Sunday" = 2013-02-03); one outage: "a power outage at the New Orleans Superdome"
# during the game, the power supplier not named (provider null; train gold: the stadium lighting failure in
# wn-afc-asian-cup-lights-fail-korea-2007 has provider null), date 2013-02-03, place the stadium, cause not told;
# teams, the league and its two conferences (AFC, NFC, named only by initials) are Organizations (GUIDELINES: sports
# teams), the stadium a Location; players, the referee and the singer are Persons with no role (train gold: players
# and referees have none); "Jones" alone is Jacoby Jones (the kick returner), "James" LaMichael James; Koch is named by
# surname only; game-clock times ("1:45 left", "9:57 remaining") are not dates; Super Bowl XLVII is an event
A["wn-super-bowl-xlvii-ravens-defeat-49ers-2013"] = dict(
    entities=[E("Organization", "National Football League"), E("Organization", "Baltimore Ravens", "Ravens"),
              E("Organization", "San Francisco 49ers", "49ers"), E("Location", "New Orleans Superdome"),
              E("Person", "Jerome Boger"), E("Organization", "AFC"), E("Organization", "NFC"),
              E("Person", "Joe Flacco", "Flacco"), E("Person", "Vonta Leach", "Leach"), E("Person", "Anquan Boldin"),
              E("Person", "Justin Tucker", "Tucker"), E("Person", "David Akers", "Akers"),
              E("Person", "LaMichael James", "James"), E("Person", "Arthur Jones"), E("Person", "Dennis Pitta"),
              E("Person", "Colin Kaepernick", "Kaepernick"), E("Person", "Ed Reed"),
              E("Person", "Jacoby Jones", "Jones"), E("Person", "Beyoncé"), E("Person", "Michael Crabtree"),
              E("Person", "Frank Gore"), E("Person", "Ray Rice"), E("Person", "Tarell Brown"),
              E("Person", "Chykie Brown"), E("Person", "Bernard Pierce"), E("Person", "Koch"),
              E("Person", "Chris Culliver"), E("Person", "Ted Ginn")],
    roles=[],
    relations=[],
    outages=[O(None, "2013-02-03", [], "New Orleans Superdome", None)],
    dates=[D("Sunday", "2013-02-03")])
print(write(A, "/tmp/agree29-tmp", os.path.dirname(os.path.abspath(__file__))))
