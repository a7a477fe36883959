#!/usr/bin/env python3
"""Batch 25b gold annotations (the 5 texts of batch25b.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
Part 2 (A2, written with --part2): its own split cycle over its sorted ids, so part 1's splits stay untouched.
usage: batch25b_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["wp-august-2006-tokyo-blackout"] = dict(
 # Mikuniya Construction owns the crane ship -> Company (it caused the accident; its systems did not fail); the Koto
 # Line towers and 'the 275kV Koto Lines No. 1 and 2' are grid elements (as batch 24b's Osmanca – Kurşunlu line) ->
 # not annotated; the substations are named only by the ward they stand in ('The Edogawa substation', 'the Koto
 # ward and Jonan District substations') -> not annotated, the wards are (doubtful: a named facility is a Location
 # in the Decisions; these read as 'the substation in Edogawa'); the Shinagawa Thermal Power Plant, a named power
 # station -> Location (as batch 24b's plants); 'the Edo river' and 'the Edogawa River' are one river (Edogawa is
 # its Japanese name; both carry the crane ship's route across the same border) -> one Location with an alias
 # (doubtful); 'the Tokyo metropolitan area' and 'eastern Tokyo' -> Tokyo; wards -> Location ('Edogawa ward' and
 # 'Edogawa wards' one name), 'Urayasu City', 'Chiba Prefecture', 'Jonan District' -> Location
 entities=[E("Location", "Tokyo"), E("Company", "Mikuniya Construction"),
           E("Location", "Edogawa River", "Edo river"), E("Location", "Urayasu City"),
           E("Location", "Chiba Prefecture"), E("Location", "Edogawa ward", "Edogawa"),
           E("Location", "Katsushika"), E("Location", "Setagaya"), E("Location", "Shinagawa Thermal Power Plant"),
           E("Location", "Koto ward"), E("Location", "Jonan District")],
 roles=[],
 relations=[],
 # one blackout; the utility whose lines failed is not named -> provider null; 'It lasted from 7:38 to 0:54 JST' on
 # '14–15 August 2006' -> start 2006-08-14T07:38, end 2006-08-15T00:54, duration computable 17 h 16 min = 17.27;
 # the train lines hit are not named -> affected []
 outages=[O(None, "2006-08-14", [], "2006-08-14T07:38", "2006-08-15T00:54", 17.27, loc="Tokyo",
            cause="crane ship's boom struck transmission line towers")],
 # published null -> absolute expressions only; clock times on the dated day (as batch 24b's '6:30 p.m.'); '0:54'
 # after midnight -> 15 August; 'Monday', 'forty-nine minutes later' skipped; '14–15 August 2006' -> its first day
 dates=[D("14–15 August 2006", "2006-08-14"), D("7:38", "2006-08-14T07:38"), D("0:54", "2006-08-15T00:54"),
        D("August 14, 2006", "2006-08-14"), D("7:46", "2006-08-14T07:46"), D("7:58", "2006-08-14T07:58"),
        D("9:55", "2006-08-14T09:55"), D("10:44", "2006-08-14T10:44")])

WACS = "West Africa Cable System"
ACE = "Africa Coast to Europe"
A["wp-2024-internet-outage-in-africa"] = dict(
 # cable systems are networks users' traffic runs on -> Service (as batch 22b's submarine cables); MainOne, 'data
 # center and connectivity provider' whose cable system broke -> Company (its cable's name is the same surface:
 # one surface, one type, as batch 24b's Paddy Power); MTN Ghana and Telecel Ghana, mobile operators -> Company;
 # 'West and Central Africa' -> Central Africa too (the surface is in the text)
 entities=[E("Location", "Africa"), E("Location", "West Africa"), E("Location", "Ivory Coast"),
           E("Location", "Liberia"), E("Location", "Nigeria"), E("Location", "Ghana"), E("Company", "MainOne"),
           E("Location", "Central Africa"), E("Service", WACS, "WACS"), E("Service", ACE, "ACE"),
           E("Service", "SAT-3"), E("Company", "MTN Ghana"), E("Company", "Telecel Ghana")],
 roles=[],
 relations=[],
 # one outage; MainOne says it 'was caused by a break in its submarine cable system' -> provider MainOne; the cable
 # systems 'affected' and the operators whose subscribers were 'most affected' -> affected; date: the start day
 # MainOne gives, '(from March 12, 2024)' (the lead's 'On March 13, 2024' is a later day of it; first set to the 13th,
 # mended after the second annotation of session 26, GUIDELINES: an outage's date is its start)
 outages=[O("MainOne", "2024-03-12", [WACS, ACE, "SAT-3", "MTN Ghana", "Telecel Ghana"], loc="West Africa",
            cause="damage to underwater fibre optic cables")],
 # published null: 'Thursday' skipped
 dates=[D("March 13, 2024", "2024-03-13"), D("March 12, 2024", "2024-03-12")])

A["wp-2010-chile-blackout"] = dict(
 # the Central Interconnected System (SIC) is the grid itself -> not annotated (as batch 24b's National
 # Interconnected System); the Santiago Metro, a metro users ride -> Service (no operator named -> no provider);
 # Enersis, 'the Enersis mining group' as written -> Company; 'the telephone network' is no name; the earthquake is
 # an event; 'southern Chile' descriptive -> not annotated; the Biobío Region, Taltal, Chiloé Island -> Location
 entities=[E("Location", "Chile"), E("Location", "Biobío Region"), E("Location", "Santiago"), E("Location", "Taltal"),
           E("Location", "Chiloé Island"), E("Service", "Santiago Metro"), E("Company", "Enersis"),
           E("Person", "Sebastián Piñera"), E("Person", "Ricardo Raineri", "Raineri")],
 # 'President Sebastián Piñera' -> president of Chile; 'The energy minister, Ricardo Raineri' -> minister of Chile
 roles=[R("Sebastián Piñera", "president", "Chile"), R("Ricardo Raineri", "minister", "Chile")],
 relations=[],
 # one blackout, no operator named -> provider null; 'began at 8:44 pm' on March 14, 2010; 'continued into the next
 # day' -> no end; the metro's 20 trains immobilised -> affected
 outages=[O(None, "2010-03-14", ["Santiago Metro"], "2010-03-14T20:44", loc="Chile",
            cause="failure of a 500 kV transformer at a substation")],
 # published null: 'on Sunday', 'midnight', 'two weeks earlier', 'for a week' skipped; 'The 2010 Chile blackout'
 # -> the year (as batch 24b's 'The 2015 Turkey blackout'); '23:44 GMT' as written in GMT
 dates=[D("2010", "2010"), D("March 14, 2010", "2010-03-14"), D("8:44 pm", "2010-03-14T20:44"),
        D("23:44 GMT", "2010-03-14T23:44"), D("March 15, 2010", "2010-03-15")])

# ---- company relations and leadership -----------------------------------------------------------------------------
A["wp-digicel"] = dict(
 # regions and countries -> Location ('the Pacific' -> Pacific; 'the Central American mainland' descriptive -> not
 # annotated; 'St. Lucia', 'St. Vincent' as written); Cingular Wireless, Digicel Holdings, U*Mobile -> Company; the
 # Offices of Utilities Regulation (OUR), the Jamaican Supreme Court -> Organization ('the appellate court' no name)
 entities=[E("Company", "Digicel"), E("Location", "Caribbean"), E("Location", "Central America"),
           E("Location", "Oceania"), E("Person", "Denis O'Brien"), E("Location", "Bermuda"), E("Location", "Jamaica"),
           E("Location", "Fiji"), E("Location", "Haiti"), E("Location", "Trinidad and Tobago"),
           E("Location", "St. Lucia"), E("Location", "St. Vincent"), E("Company", "Cingular Wireless"),
           E("Location", "Pacific"), E("Company", "Digicel Holdings"), E("Location", "El Salvador"),
           E("Company", "U*Mobile"), E("Location", "Guyana"), E("Location", "Suriname"),
           E("Person", "Phillip Paulwell", "Paulwell"), E("Organization", "Offices of Utilities Regulation", "OUR"),
           E("Organization", "Jamaican Supreme Court")],
 # 'founded in 2001 by Irish entrepreneur Denis O'Brien' -> founder ('owned by' has no title); 'Jamaica's
 # then-minister of industry, commerce and technology, Phillip Paulwell' -> minister of Jamaica, not current ('then-')
 roles=[R("Denis O'Brien", "founder", "Digicel"), R("Phillip Paulwell", "minister", "Jamaica", False)],
 # 'it acquired ... Digicel Holdings', 'Digicel acquired U*Mobile' -> acquired + parentOrganization; 'purchased
 # Cingular Wireless' Caribbean and Bermuda operations' -> operations (assets) bought -> nothing (Decisions:
 # asset purchases); 'owned by ... Denis O'Brien' -> a person, no relation
 relations=acq("Digicel", "Digicel Holdings") + acq("Digicel", "U*Mobile"),
 outages=[],
 # published null: 'in December' (no year) skipped; 'Between 2006 and 2008' -> '2006' and '2008' (each text once)
 dates=[D("2001", "2001"), D("April 2001", "2001-04"), D("March 2003", "2003-03"), D("2005", "2005"),
        D("May 2006", "2006-05"), D("2006", "2006"), D("2008", "2008"), D("September 2006", "2006-09"),
        D("2007", "2007"), D("April 2002", "2002-04"), D("2003", "2003")])

CIB = "Corporate and Investment Bank"
A["wp-piyush-gupta"] = dict(
 # DBS Group ('DBS') -> Company; the Institute of International Finance, Enterprise Singapore (a government agency)
 # -> Organization; schools and institutes -> Organization ('St. Stephen's College, Delhi' -> the college + Delhi;
 # 'the Indian Institute of Management, Ahmedabad' -> its full name, the city being part of which institute it is —
 # doubtful, inconsistent-looking but each as a careful reader names it); Citibank India, Citibank, Citigroup ->
 # Company (three surfaces; Citibank India is 'Citibank India' throughout, 'Citibank in South East Asia' names
 # Citibank); 'the Corporate and Investment Bank in ASEAN', a named business he headed -> Company (as batch 24b's
 # Global Asset Management); ASEAN -> Organization; his parents -> Person ('Gupta' alone is Piyush Gupta); 'the
 # India head', 'the Asia head' are no names; the dot-com company is unnamed
 entities=[E("Person", "Piyush Gupta", "Gupta"), E("Company", "DBS Group", "DBS"),
           E("Organization", "Institute of International Finance"), E("Organization", "Enterprise Singapore"),
           E("Location", "Meerut"), E("Location", "India"), E("Person", "R.S. Gupta"), E("Person", "Minnie Gupta"),
           E("Organization", "St. Columba's High School"), E("Organization", "St. Stephen's College"),
           E("Location", "Delhi"), E("Organization", "Indian Institute of Management, Ahmedabad"),
           E("Company", "Citibank India"), E("Location", "Singapore"), E("Location", "Indonesia"),
           E("Company", "Citigroup"), E("Location", "Malaysia"), E("Company", CIB), E("Organization", "ASEAN"),
           E("Company", "Citibank"), E("Location", "South East Asia"), E("Location", "Australia"),
           E("Location", "New Zealand")],
 # 'the chief executive officer (CEO) of DBS Group between 2009 and 2025' -> ceo, not current (a term with an end
 # year — doubtful: 'is ... the CEO'); 'vice-chairman of the Institute of International Finance since 2013' ->
 # executive (Decisions: vice chairman), current; 'a board member of Enterprise Singapore since 2024' -> director,
 # current; Citibank India: 'chief-of-staff to the India head' -> executive, not current; Citigroup: 'country
 # officer in Malaysia ... Citigroup's branch network' -> executive, not current (he left in 2009); 'the head of the
 # Corporate and Investment Bank' -> head, not current; 'appointed the CEO of Citibank' -> ceo, not current ('left
 # Citigroup' in 2009); 'management trainee', 'country manager' (org not named) -> no further roles
 roles=[R("Piyush Gupta", "ceo", "DBS Group", False), R("Piyush Gupta", "executive",
        "Institute of International Finance"), R("Piyush Gupta", "director", "Enterprise Singapore"),
        R("Piyush Gupta", "executive", "Citibank India", False), R("Piyush Gupta", "executive", "Citigroup", False),
        R("Piyush Gupta", "head", CIB, False), R("Piyush Gupta", "ceo", "Citibank", False)],
 # no stated ownership: the Corporate and Investment Bank is Citigroup's only by implication, Citibank India's and
 # Citibank's owner is not said -> nothing (doubtful)
 relations=[],
 outages=[],
 dates=[D("24 January 1960", "1960-01-24"), D("2009", "2009"), D("2025", "2025"), D("2013", "2013"),
        D("2024", "2024"), D("1982", "1982"), D("1991", "1991"), D("1998", "1998"), D("2000", "2000"),
        D("2001", "2001"), D("2002", "2002"), D("2007", "2007"), D("2008", "2008")])

IDS = sorted(A)

# ---- part 2 (annotated before newskg ran on any text; its own split cycle over its sorted ids) ---------------------
A2 = {}
A2["wp-2006-auckland-blackout"] = dict(
 # places -> Location (Auckland, New Zealand, the suburbs the lines run to: Ōtāhuhu, Penrose, Mount Roskill,
 # Pakuranga, Arapuni); 'the Ōtāhuhu sub-station' and the 'substations' are named by their places only (as part 1's
 # Tokyo substations) -> no facility entity; 'Ōtāhuhu B and Southdown power stations', named stations -> Location
 # (doubtful surfaces: 'Ōtāhuhu B', 'Southdown'); lines and busbars are grid elements -> not annotated
 entities=[E("Location", "Auckland"), E("Location", "New Zealand"), E("Location", "Ōtāhuhu"),
           E("Location", "Penrose"), E("Location", "Mount Roskill"), E("Location", "Pakuranga"),
           E("Location", "Ōtāhuhu B"), E("Location", "Southdown"), E("Location", "Arapuni")],
 roles=[],
 relations=[],
 # one blackout; the grid company is not named -> provider null; 'started at 08:30 ... most areas of Auckland
 # regaining power by 14:45' -> start, end, duration 6.25 (computable); cause as the text gives it
 outages=[O(None, "2006-06-12", [], "2006-06-12T08:30", "2006-06-12T14:45", 6.25, loc="Auckland",
            cause="corroded shackle broke and an earth wire fell across a line and busbar at a substation")],
 dates=[D("12 June 2006", "2006-06-12"), D("08:30", "2006-06-12T08:30"), D("14:45", "2006-06-12T14:45"),
        D("8:30 am", "2006-06-12T08:30")])

A2["wp-2016-kyiv-cyberattack"] = dict(
 # Ukrenergo, 'The national electricity transmission operator' -> Company (a state company run as a business; as
 # batch 23b's Prykarpattyaoblenergo) — doubtful (batch 24b's ONS, a non-profit operator, is an Organization); the
 # substation "North" at Pivnichna -> Locations 'North' and 'Pivnichna' (a named facility is a Location; 'North' was
 # first left out as a compass word, added after the second annotation of session 26); Dragos Security ('Dragos') ->
 # Company; malware (Industroyer, 'wiper malware') not annotated (batch 23b: BlackEnergy; 22b: RobbinHood); SIPROTEC
 # protective relays, hardware -> Service, made by Siemens ('Siemens released a software patch ... to fix the issue'
 # in them) -> provider (doubtful: 'made by' is implied, not said)
 entities=[E("Location", "Kiev"), E("Company", "Ukrenergo"), E("Location", "Pivnichna"), E("Location", "North"),
           E("Location", "Ukraine"), E("Company", "Dragos Security", "Dragos"), E("Service", "SIPROTEC"), E("Company", "Siemens")],
 roles=[],
 relations=[L("SIPROTEC", "provider", "Siemens")],
 # one outage: the attack opened every breaker of the transmission station and cut power ('cut one fifth of the
 # city's power consumption') -> provider Ukrenergo (the operator whose station was attacked); 'just before midnight
 # on 17 December 2016' -> no clock time; 'just over an hour' -> no exact duration
 outages=[O("Ukrenergo", "2016-12-17", [], loc="Kiev", cause="cyberattack on a transmission substation")],
 dates=[D("17 December 2016", "2016-12-17"), D("2015", "2015")])

NSL = "North-South Line"
A2["wp-list-of-singapore-mrt-disruptions"] = dict(
 # the Mass Rapid Transit (MRT) and its lines -> Service ('North South Line' an alias of the North-South Line);
 # SMRT -> Company; the LTA (named only by its acronym) and the Committee of Inquiry -> Organization; 'the Singapore
 # government' -> no separate entity (Singapore is annotated)
 entities=[E("Location", "Singapore"), E("Service", "Mass Rapid Transit", "MRT"), E("Service", NSL, "North South Line"),
           E("Organization", "Committee of Inquiry"), E("Company", "SMRT"), E("Service", "East-West Line"),
           E("Organization", "LTA")],
 roles=[],
 # 'the worst breakdowns in SMRT's history' on the North South Line, 'lapses in maintenance by SMRT' for the East-West
 # and North-South Lines -> SMRT runs both lines (provider); the MRT as a whole is not said to be SMRT's -> nothing
 relations=[L(NSL, "provider", "SMRT"), L("East-West Line", "provider", "SMRT")],
 # three outages told apart: the North-South Line's breakdowns of 15 and 17 December 2011 and the 7 July 2015
 # power fault that disrupted both lines -> provider SMRT (whose maintenance the inquiries faulted)
 outages=[O("SMRT", "2011-12-15", [NSL], loc="Singapore", cause="major breakdown"),
          O("SMRT", "2011-12-17", [NSL], loc="Singapore", cause="major breakdown"),
          O("SMRT", "2015-07-07", ["East-West Line", NSL], loc="Singapore",
            cause="power fault regarding the third rail insulation")],
 # published null: 'Two days later' skipped; '15 and 17 December 2011' is covered by its '17 December 2011' text and
 # the earlier '15 December 2011' (no separate item)
 dates=[D("December 2011", "2011-12"), D("15 December 2011", "2011-12-15"), D("17 December 2011", "2011-12-17"),
        D("7 July 2015", "2015-07-07"), D("2015", "2015")])

A2["wp-2016-tasmanian-energy-crisis"] = dict(
 # Basslink, a named interconnector (the 'Basslink HVDC cable' / 'HVDC interconnector') -> Service (as batch 18d's
 # Heywood Interconnector); Hydro Tasmania -> Company; 'the Hodgman Government', 'The Abbott Government' ->
 # Organization (as train's named governments); power stations and wind farms -> Location
 entities=[E("Location", "Tasmania"), E("Location", "Australia"), E("Location", "Victoria"), E("Service", "Basslink"),
           E("Company", "Hydro Tasmania"), E("Organization", "Hodgman Government"),
           E("Location", "Bell Bay Power Station"), E("Location", "Tamar Valley Power Station"),
           E("Location", "Woolnorth wind farm"), E("Location", "Musselroe wind farm"),
           E("Organization", "Abbott Government")],
 roles=[],
 relations=[],
 # near-miss: 'a fault which rendered the cable inoperable' lowered storage; no supply is said lost -> no outage
 # (as batch 18d's interconnector disconnected with no impact on consumers)
 outages=[],
 # published null: 'the 1960s' (a decade) skipped; 'The 2016 Tasmanian energy crisis', 'in 2016' -> one '2016' item;
 # 'the 2013 federal election' and 'in 2013' -> one '2013' item
 dates=[D("2016", "2016"), D("1914", "1914"), D("2015", "2015"), D("2005", "2005"), D("2009", "2009"),
        D("2007", "2007"), D("2013", "2013"), D("July 2012", "2012-07")])

A2["wp-hindalco-industries"] = dict(
 # Hindalco Industries Limited ('Hindalco'; its former name 'The Hindustan Aluminium Corporation Limited', 'renamed
 # Hindalco' -> alias); the Aditya Birla Group -> Company; the Forbes Global 2000 is a list -> not annotated; Ramdev
 # Singh -> Person (a union leader; the union is not named -> no role)
 entities=[E("Company", "Hindalco Industries Limited", "Hindalco", "Hindustan Aluminium Corporation Limited"),
           E("Company", "Aditya Birla Group"), E("Location", "Mumbai"), E("Location", "Maharashtra"),
           E("Location", "India"), E("Location", "Renukoot"), E("Location", "Uttar Pradesh"),
           E("Person", "Ramdev Singh"), E("Company", "Novelis"), E("Location", "Atlanta"), E("Location", "Georgia"),
           E("Location", "Delaware"), E("Company", "AV Metals Inc."), E("Company", "AV Aluminum Inc.")],
 roles=[],
 # 'is a subsidiary of the Aditya Birla Group' -> parentOrganization; 'the acquisition was completed' -> acquired +
 # parentOrganization (Novelis 'operates as an independent subsidiary'); 'its wholly owned subsidiary AV Metals
 # Inc.', AV Metals' 'wholly owned subsidiary AV Aluminum Inc.' -> parentOrganization; AV Aluminum now holds all of
 # Novelis' shares -> parentOrganization(Novelis, AV Aluminum Inc.) too (doubtful: the direct holder beside the
 # buyer the text names)
 relations=[L("Hindalco Industries Limited", "parentOrganization", "Aditya Birla Group")]
           + acq("Hindalco Industries Limited", "Novelis")
           + [L("AV Metals Inc.", "parentOrganization", "Hindalco Industries Limited"),
              L("AV Aluminum Inc.", "parentOrganization", "AV Metals Inc."),
              L("Novelis", "parentOrganization", "AV Aluminum Inc.")],
 outages=[],
 # published null; '(2023)' and the year in 'At 2007' / 'in 2007' as written
 dates=[D("2023", "2023"), D("November 2023", "2023-11"), D("1958", "1958"), D("1962", "1962"), D("1989", "1989"),
        D("11 February 2007", "2007-02-11"), D("2007", "2007"), D("15 May 2007", "2007-05-15")])

TCS = "Tata Consultancy Services"
NITT = "National Institute of Technology, Tiruchirappalli"
A2["wp-natarajan-chandrasekaran"] = dict(
 # Tata companies -> Company (Tata Sons, Tata Group, TCS, Tata Motors, Tata Global Beverages 'TGB'); B20 India, the
 # G20, NASSCOM ('Indian IT industry body'), professional societies, the NCLT -> Organization; the college's former
 # and present names ('now National Institute of Technology, Tiruchirappalli') -> one entity, former name an alias;
 # 'a Tamil Medium Government school' is no name; 'Parsi' is a community
 entities=[E("Person", "Natarajan Chandrasekaran", "Chandrasekaran"), E("Company", "Tata Sons"),
           E("Company", "Tata Group"), E("Company", TCS, "TCS"), E("Company", "Tata Motors"),
           E("Company", "Tata Global Beverages", "TGB"), E("Organization", "B20 India"), E("Location", "India"),
           E("Organization", "G20"), E("Location", "Mohanur"), E("Organization", "Coimbatore Institute of Technology"),
           E("Location", "Tamil Nadu"), E("Organization", NITT, "Regional Engineering College, Tiruchirappalli"),
           E("Organization", "Institute of Electrical and Electronics Engineers", "IEEE"),
           E("Organization", "Computer Society of India"), E("Organization", "British Computer Society"),
           E("Organization", "NASSCOM"), E("Person", "Cyrus Mistry", "Mistry"),
           E("Organization", "National Company Law Tribunal", "NCLT")],
 # 'He is the chairman of Tata Sons and Tata Group' -> chairman, current; 'He was chief operating officer (COO) and
 # executive director of ... TCS, where in 2009, he became ... CEO' -> coo and director (executive director), not
 # current, and ceo, not current (the sentence is told as past — doubtful: the text does not say he left the post);
 # 'He was also the chairman of Tata Motors and Tata Global Beverages' -> chairman, not current; 'has assumed the
 # chair of B20 India' -> chairman, current; 'nominated as the chairman of ... NASSCOM in April 2015' -> chairman,
 # current as written (doubtful); 'senior member of' societies -> no title; Cyrus Mistry, removed from 'the
 # Chairmanship of Tata Sons' -> chairman, not current
 roles=[R("Natarajan Chandrasekaran", "chairman", "Tata Sons"), R("Natarajan Chandrasekaran", "chairman", "Tata Group"),
        R("Natarajan Chandrasekaran", "coo", TCS, False), R("Natarajan Chandrasekaran", "director", TCS, False),
        R("Natarajan Chandrasekaran", "ceo", TCS, False), R("Natarajan Chandrasekaran", "chairman", "Tata Motors", False),
        R("Natarajan Chandrasekaran", "chairman", "Tata Global Beverages", False),
        R("Natarajan Chandrasekaran", "chairman", "B20 India"), R("Natarajan Chandrasekaran", "chairman", "NASSCOM"),
        R("Cyrus Mistry", "chairman", "Tata Sons", False)],
 # no ownership is stated (TCS, Tata Motors and TGB are not said to be Tata Sons' or the group's) -> nothing
 relations=[],
 outages=[],
 # published null: 'two months following' skipped
 dates=[D("2 June 1963", "1963-06-02"), D("2009", "2009"), D("1986", "1986"), D("1987", "1987"),
        D("6 October 2009", "2009-10-06"), D("April 2015", "2015-04"), D("24 October 2016", "2016-10-24"),
        D("July 2018", "2018-07"), D("2016", "2016"), D("10 July 2018", "2018-07-10")])

A2["wp-haier"] = dict(
 # Haier ('Haier Group'; its former names as the text gives them: 'the Qingdao Daily Appliances Factory', renamed
 # 'Qingdao General Refrigerator Factory' -> aliases); 'Qingdao' alone is the city where it is headquartered ->
 # Location, also in 'Qingdao concluded a joint-venture agreement' (one surface, one type; the factory is meant —
 # doubtful); 'Qingdao-Liebherr', the name refrigerators were made under (a marque) -> Service; Liebherr, Maytag
 # Corporation, Blackstone, Bain, Ripplewood Holdings, the Shanghai Stock Exchange -> Company; the Dow Jones China 88
 # Index is an index -> not annotated; the unnamed US division and Hong Kong subsidiary -> nothing; Haier Blvd, a
 # street -> Location; 'a US division' and 'Their United States manufacturing facility' name the same country, both
 # as modifiers -> one Location with 'US' an alias (mended after the first look: the first pass had annotated the
 # 'United States' modifier but not the 'US' one — a slip, GATHERING.md batch 25b)
 entities=[E("Company", "Haier", "Haier Group", "Qingdao Daily Appliances Factory", "Qingdao General Refrigerator Factory"),
           E("Location", "Qingdao"), E("Location", "Shandong"), E("Location", "China"), E("Person", "Zhang Ruimin"),
           E("Company", "Liebherr"), E("Service", "Qingdao-Liebherr"), E("Location", "Hong Kong"),
           E("Company", "Shanghai Stock Exchange"), E("Company", "Maytag Corporation"), E("Company", "Blackstone"),
           E("Company", "Bain"), E("Company", "Ripplewood Holdings"), E("Location", "Tunisia"), E("Location", "Nigeria"),
           E("Location", "Egypt"), E("Location", "Algeria"), E("Location", "South Africa"),
           E("Location", "United States", "US"), E("Location", "Camden"), E("Location", "South Carolina"),
           E("Location", "Haier Blvd"), E("Location", "Italy")],
 # 'nominated to be the general manager of the Qingdao Daily Appliances Factory' (Haier's former name) -> executive
 # (Decisions: 'manager' -> executive; general manager leading the factory could read as head — doubtful); not said
 # to have left -> current
 roles=[R("Zhang Ruimin", "executive", "Haier")],
 # 'a joint-venture agreement with Liebherr' -> partner; 'teaming up with ... Blackstone and Bain in bidding' -> a
 # joint bid -> partner (Decisions); the Maytag bid itself (interest only) -> nothing; Qingdao-Liebherr, made under
 # that name by the joint venture -> provider Haier (doubtful: the maker is the factory with Liebherr)
 relations=[L("Haier", "partner", "Liebherr"), L("Haier", "partner", "Blackstone"), L("Haier", "partner", "Bain"),
            L("Qingdao-Liebherr", "provider", "Haier")],
 outages=[],
 dates=[D("2005", "2005"), D("December 24, 1987", "1987-12-24"), D("1986", "1986"), D("1991", "1991"),
        D("1994", "1994"), D("April 2005", "2005-04"), D("June 2005", "2005-06")])
IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
