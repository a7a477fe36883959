#!/usr/bin/env python3
"""Batch 29e gold annotations (part 1: the 8 ITEMS texts of batch29e.py; part 2: its 5 ITEMS2 texts, with --part2), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b).
usage: batch29e_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-california-judge-disqualified-from-predatory-lending-2012
wn-save-children-organisation-suspends-all-activities-2018
wn-u2-tour-manager-dennis-sheehan-dies-2015
wn-us-dept-justice-ip-address-blocked-2008
wn-kidnappers-release-two-aid-workers-darfur-2009
wn-44-dead-over-300-000-homeless-2009
wn-malaysia-airlines-flight-17-shot-down-2014
wn-sandra-fluke-gives-keynote-speech-nebraska-2012""".split())
A = {}

A["wn-california-judge-disqualified-from-predatory-lending-2012"] = dict(
 entities=[E("Person", "James A. Stoelker", "Stoelker", "Stoekler"), E("Location", "Santa Clara County"),
           E("Location", "California"), E("Organization", "Santa Clara County Superior Court"),
           E("Person", "David Merritt", "Merritt"), E("Person", "Salma Merritt"), E("Company", "Countrywide"),
           E("Company", "Bank of America"), E("Company", "First American Title"), E("Person", "Eileen Foster"),
           E("Organization", "California Court of Appeals"), E("Person", "Mark H. Pierce", "Pierce"),
           E("Person", "James Goldberg", "Goldberg"), E("Person", "Brian Craft", "Craft"),
           E("Person", "Manoukian"), E("Company", "Wells Fargo")],
 # a lawsuit against a lender, two banks and a title insurer: no relation among them is stated; 'former Executive
 # Vice President of Fraud Risk Management at Countrywide' → vice-president (an executive vice president, as
 # GUIDELINES), current false; judges → no role (no title of the vocabulary fits a judge of a court; a doubtful
 # point), attorneys 'representing Bank of America' → no role (outside counsel); the case names 'Merritt v. Mozilo'
 # and 'Lewis v. Superior Court' name no entity (a doubtful point for Mozilo); 'Stoekler' is the article's slip for
 # Stoelker (an alias); 'Department 9', the Code of Civil Procedure → no entity; 'the day before Christmas' and
 # 'Monday morning' → 2012-12-24 (the Monday before the Thursday date line); 'The next day' after August 16 →
 # 2012-08-17 (as 'August 17' later); 'that morning', 'ten days', '9 months' not listed
 roles=[R("Eileen Foster", "vice-president", "Countrywide", False)],
 relations=[],
 outages=[],
 dates=[D("the day before Christmas", "2012-12-24"), D("2006", "2006"), D("last Saturday", "2012-12-22"),
        D("December 26", "2012-12-26"), D("November 26", "2012-11-26"), D("December 12", "2012-12-12"),
        D("August 16", "2012-08-16"), D("December 2010", "2010-12"), D("The next day", "2012-08-17"),
        D("1988", "1988"), D("9:04 AM", "2012-12-24T09:04"), D("Monday morning", "2012-12-24"),
        D("August 17", "2012-08-17"), D("January 22, 2013", "2013-01-22"), D("December 19, 2011", "2011-12-19")])

A["wn-save-children-organisation-suspends-all-activities-2018"] = dict(
 entities=[E("Location", "UK"), E("Organization", "Save the Children"), E("Location", "Afghanistan"),
           E("Organization", "Islamic State of Iraq and the Levant", "ISIL"), E("Location", "Jalalabad"),
           E("Location", "Nangarhar"), E("Person", "Zabiullah"), E("Company", "The Guardian"), E("Company", "BBC"),
           E("Person", "Sohrab Qaderi", "Qaderi"), E("Company", "Amaq"), E("Organization", "Red Cross"),
           E("Location", "Dasth-e-Leili"), E("Location", "Jowzjan Province"), E("Organization", "People in Need"),
           E("Location", "Balkh"), E("Organization", "ACTED"), E("Location", "Faryab")],
 # 'the temporary suspension of all their activities in Afghanistan', 'We have temporarily suspended our operations
 # across the country' → no outage (a charity's deliberate suspension after an attack on its office, no system
 # failed: a near-miss, as GUIDELINES leave out strikes and physical attacks); 'Amaq news agency' → Amaq, a news
 # agency (Company, as GUIDELINES type news agencies); 'A spokesperson for Nangarhar's governor' is unnamed; 'a
 # government member of Nangarhar province' and 'Staff member' → no title; national adjectives ('Swedish', 'Czech-based',
 # 'French') name no entity; 'Wednesday', 'Wednesday morning' → 2018-01-24, '9 AM' with that day; 'today's events'
 # in the statement → 'today' against the date line (GUIDELINES: always against `published`; the statement was of
 # Wednesday — a doubtful point); 'In recent years', 'ten hours' not listed
 roles=[],
 relations=[],
 outages=[],
 dates=[D("Wednesday", "2018-01-24"), D("Wednesday morning", "2018-01-24"), D("9 AM", "2018-01-24T09:00"),
        D("today", "2018-01-26"), D("1976", "1976"), D("2018", "2018"), D("February 2017", "2017-02"),
        D("2015", "2015"), D("2013", "2013")])

A["wn-u2-tour-manager-dennis-sheehan-dies-2015"] = dict(
 entities=[E("Person", "Dennis Sheehan", "Sheehan"), E("Organization", "U2"), E("Location", "Los Angeles"),
           E("Location", "Los Angeles Forum"), E("Company", "The Guardian"), E("Person", "Bono"),
           E("Company", "Rolling Stone"), E("Location", "West Hollywood"), E("Company", "Billboard"),
           E("Person", "Arthur Fogel"), E("Company", "Live Nation Entertainment"), E("Organization", "Led Zeppelin"),
           E("Person", "Patti Smith"), E("Person", "Lou Reed"), E("Person", "Iggy Pop"), E("Company", "U2 Magazine")],
 # 'U2's tour manager' → executive of U2 (GUIDELINES: 'manager' → executive; a band is an Organization), current
 # false (he died; as batch 28e's Ashley-Nelson); 'Chairman of Global Touring for Live Nation Entertainment' →
 # chairman of Live Nation Entertainment (the chair of a division, the division unnamed as an entity; a doubtful
 # point: executive would fit as well); 'U2's lead singer Bono' → no title; 'toured with Led Zeppelin' → no role;
 # magazines are Companies; the tour and the hotel are unnamed or no entities; 'last night' in Bono's words → against
 # the date line (GUIDELINES: always; a doubtful point); 'the 70s', 'tonight', 'overnight', '33 years' not listed
 roles=[R("Dennis Sheehan", "executive", "U2", False), R("Arthur Fogel", "chairman", "Live Nation Entertainment")],
 relations=[],
 outages=[],
 dates=[D("Wednesday", "2015-05-27"), D("last night", "2015-05-29"), D("Wednesday morning", "2015-05-27"),
        D("5:30am", "2015-05-27T05:30"), D("1982", "1982"), D("1984", "1984"), D("November", "2015-11")])

A["wn-us-dept-justice-ip-address-blocked-2008"] = dict(
 entities=[E("Company", "Wikinews"),
           E("Organization", "United States Department of Justice", "Department of Justice", "DOJ"),
           E("Service", "Wikipedia"),
           E("Organization", "Committee for Accuracy in Middle East Reporting in America", "CAMERA"),
           E("Location", "Washington, D.C.", "Washington D.C."), E("Company", "Electronic Intifada"),
           E("Person", "Tracy Jordan"), E("Person", "Roger Ebert"), E("Person", "James E. Akins"),
           E("Company", "Verizon"), E("Person", "Lawrence Cohen"), E("Location", "Israel"), E("Location", "Boston"),
           E("Location", "Massachusetts"), E("Person", "Gilead Ini", "Ini"),
           E("Organization", "Fairness and Accuracy in Reporting"), E("Organization", "Wikimedia Foundation"),
           E("Organization", "Communications committee")],
 # an IP address 'blocked for four days for "repeated vandalism"' → no outage (access withdrawn from one user for
 # edits, no service lost: a near-miss); 'Both Wikinews and Wikipedia are projects of the Wikimedia Foundation' →
 # Wikipedia provider Wikimedia Foundation, and Wikinews (a news site, a Company as batch 28e typed it)
 # parentOrganization Wikimedia Foundation (a doubtful point: a project, not a subsidiary); "the Wikimedia
 # Foundation's Communications committee" → parentOrganization (as batch 28e's Affiliations Committee); 'a Senior
 # Research Analyst at CAMERA' → analyst; 'Wikipedia editor Lawrence Cohen' → no title (a volunteer); the IP address
 # that 'belongs to Verizon' → no relation; the articles 'Tracy Jordan', 'Roger Ebert', 'James E. Akins' name persons
 # (Person, as batch 28e's article title; a doubtful point); user names ('Bangpound', 'Zeq'), a host name and the
 # Administrators' noticeboard → no entity; 'Palestinian', 'Israeli-Palestinian' adjectives only; 'four days', 'one
 # month' not listed; 'United States' appears only inside the department's name (no Location; a slip of the first
 # annotation, found in the first look and corrected)
 roles=[R("Gilead Ini", "analyst", "Committee for Accuracy in Middle East Reporting in America")],
 relations=[L("Wikipedia", "provider", "Wikimedia Foundation"), L("Wikinews", "parentOrganization", "Wikimedia Foundation"),
            L("Communications committee", "parentOrganization", "Wikimedia Foundation")],
 outages=[],
 dates=[D("April 21", "2008-04-21"), D("April 24", "2008-04-24"), D("April 25", "2008-04-25"), D("1982", "1982"),
        D("March 13", "2008-03-13"), D("March 17", "2008-03-17")])

A["wn-kidnappers-release-two-aid-workers-darfur-2009"] = dict(
 entities=[E("Organization", "GOAL"), E("Location", "Sudan"), E("Location", "Darfur"),
           E("Person", "Abdel Baqi al-Jailani", "al-Gilani"), E("Person", "Sharon Commins", "Commins"),
           E("Person", "Hilda Kawuki"), E("Location", "North Darfur"), E("Location", "Kutum"),
           E("Location", "Khartoum"), E("Location", "Ireland"), E("Location", "Uganda"), E("Person", "John O'Shea"),
           E("Company", "AFP"), E("Organization", "International Criminal Court"), E("Person", "Omar al-Bashir"),
           E("Organization", "Médecins Sans Frontières", "Doctors Without Borders"),
           E("Organization", "Aide médicale internationale", "International Medical Aid"),
           E("Organization", "United Nations"), E("Organization", "African Union")],
 # 'Sudan's Minister for Humanitarian Affairs' → minister of Sudan ('al-Gilani' later, the article's other spelling:
 # an alias); 'John O'Shea, president of GOAL' → president; "Sudan's President Omar al-Bashir" → president; aid
 # workers 'working for GOAL' → no title; 'the region's joint United Nations—African Union peacekeeping force' → partner
 # (a joint venture of two named organisations; mend from second-annotation-30, the force itself is unnamed); 'Irish', 'Ugandan' adjectives beside the countries named on their own; 'last July' →
 # 2009-07; 'early Sunday morning' → its day; 'earlier in the year' → 2009; 'Until March', 'in March' → 2009-03;
 # 'yesterday' against the date line; 'later the same day' → that Sunday (mend from second-annotation-30); '100
 # days', '24 hours' not listed
 roles=[R("Abdel Baqi al-Jailani", "minister", "Sudan"), R("John O'Shea", "president", "GOAL"),
        R("Omar al-Bashir", "president", "Sudan")],
 relations=[L("United Nations", "partner", "African Union")],
 outages=[],
 dates=[D("last July", "2009-07"), D("Sunday", "2009-10-18"), D("July 3", "2009-07-03"),
        D("Sunday morning", "2009-10-18"), D("earlier in the year", "2009"), D("2003", "2003"),
        D("March", "2009-03"), D("April", "2009-04"), D("yesterday", "2009-10-18"), D("the same day", "2009-10-18")])

A["wn-44-dead-over-300-000-homeless-2009"] = dict(
 entities=[E("Location", "Brazil"), E("Company", "Associated Press"), E("Company", "CNN"), E("Location", "Maranhão"),
           E("Location", "Ceará"), E("Location", "Bahia"), E("Location", "Atlantic"), E("Location", "Amazonas"),
           E("Location", "Rio Negro"), E("Location", "Amazon"), E("Location", "Piauí")],
 # 'Piauí is suffering from ... no electricity due to power failures' → one outage (power failures that cut supply
 # to customers), provider null (no utility named), date only the month of the article (the text names no day; as
 # batch 28e's Egypt text), location Piauí, cause the floods; 'no potable water' in the same sentence and Maranhão's
 # 'homeless and without water' are left out (no supply failure told; a doubtful point); roads and a railway
 # 'blocked' by landslides → no outage (physical damage, no operator); 'Civil defence authorities' unnamed; 'early
 # April' → 2009-04; 'the 1950s', 'the past fourteen days' not listed
 roles=[],
 relations=[],
 outages=[O(None, "2009-05", [], loc="Piauí", cause="floods")],
 dates=[D("early April", "2009-04"), D("Saturday", "2009-05-09"), D("Friday", "2009-05-08")])

A["wn-malaysia-airlines-flight-17-shot-down-2014"] = dict(
 entities=[E("Company", "Malaysia Airlines"), E("Service", "Boeing 777"), E("Location", "United States", "US"),
           E("Location", "Ukraine"), E("Location", "Amsterdam Airport Schiphol"), E("Location", "The Netherlands"),
           E("Location", "Kuala Lumpur International Airport"), E("Location", "Malaysia"), E("Location", "Hrabove"),
           E("Location", "Donetsk Oblast"), E("Person", "Pavlo Klimkin"), E("Company", "The Guardian"),
           E("Organization", "Security Service of Ukraine", "SBU"), E("Service", "YouTube"), E("Location", "Russia"),
           E("Person", "Petro Poroshenko"), E("Person", "Najib Razak"),
           E("Organization", "Federal Aviation Adminstration"), E("Organization", "Eurocontrol"),
           E("Organization", "International Civil Aviation Organisation", "ICAO"),
           E("Organization", "International Air Transportation Association", "IATA")],
 # an airliner shot down → no outage (a physical attack, no service said lost: a near-miss); airspace closed and a
 # notice barring US carriers → no outage (orders, not failures); 'Malaysia Airlines Flight 17' is a flight (no
 # entity); 'a Boeing 777' → Service, no relation (its maker is named only inside the type; an airline's own aircraft
 # type, as batch 28e); the 'Buk M1 surface-to-air missile' is a weapon (no entity; a doubtful point); "Russia's
 # defense ministry" and 'the Ukrainian army' → no named entity; "Ukraine's foreign minister" → minister of Ukraine;
 # 'Ukrainian president Petro Poroshenko' and 'Malyasian prime minister Najib Razak' → president of Ukraine,
 # minister of Malaysia (both countries named on their own in the text); 'yesterday' in the minister's words against
 # the date line (GUIDELINES: always); '10:15 UTC', '13:15 UTC' on Thursday
 roles=[R("Pavlo Klimkin", "minister", "Ukraine"), R("Petro Poroshenko", "president", "Ukraine"),
        R("Najib Razak", "minister", "Malaysia")],
 relations=[],
 outages=[],
 dates=[D("Thursday", "2014-07-17"), D("10:15 UTC", "2014-07-17T10:15"), D("13:15 UTC", "2014-07-17T13:15"),
        D("yesterday", "2014-07-18"), D("July 17", "2014-07-17")])

A["wn-sandra-fluke-gives-keynote-speech-nebraska-2012"] = dict(
 entities=[E("Organization", "Georgetown University Law Center"), E("Person", "Sandra Fluke", "Fluke", "Sandra"),
           E("Location", "Nebraska"), E("Location", "Lincoln"), E("Location", "Rococo Theatre"),
           E("Organization", "Planned Parenthood of the Heartland", "Planned Parenthood"), E("Location", "Los Angeles"),
           E("Location", "California"), E("Company", "Lincoln Journal Star"), E("Person", "Tari Hendrickson"),
           E("Person", "Susan Allen"), E("Company", "Daily Nebraskan"),
           E("Organization", "University of Nebraska-Lincoln"), E("Person", "Emily Schiltz"),
           E("Person", "Audrey Nance"), E("Company", "Time"), E("Person", "Barack Obama", "Obama"),
           E("Location", "Charlotte"), E("Location", "North Carolina"), E("Person", "Mitt Romney"),
           E("Organization", "NARAL Pro-Choice America"), E("Location", "New York City", "NYC"),
           E("Location", "New York"), E("Location", "United States"), E("Organization", "US Congress"),
           E("Organization", "House Democratic Steering and Policy Committee"),
           E("Organization", "Sanctuary for Families")],
 # 'Planned Parenthood regional development and planned gifts director Tari Hendrickson' → executive of Planned
 # Parenthood of the Heartland (a functional director, not a board or managing director; a doubtful point);
 # 'Planned Parenthood of the Heartland Planned Nebraska communications manager Susan Allen' → executive ('manager',
 # as GUIDELINES; 'Planned Nebraska' read as part of the affiliate's wording, no entity; a doubtful point); interns →
 # no role; 'U.S. President Barack Obama' → president of the United States (named on its own later); 'Republican
 # candidate' → no role; the convention, the awards, 'Person of the Year', 'Time 100', the fundraiser's title and a
 # law → no entity; 'Time magazine' → Time (Company); 'this past May' → 2012-05; 'This year' in her words → 2012;
 # '2012' inside the convention's name not listed
 roles=[R("Tari Hendrickson", "executive", "Planned Parenthood of the Heartland"),
        R("Susan Allen", "executive", "Planned Parenthood of the Heartland"),
        R("Barack Obama", "president", "United States")],
 relations=[],
 outages=[],
 dates=[D("Tuesday night", "2012-12-04"), D("this past May", "2012-05"), D("July", "2012-07"),
        D("This year", "2012"), D("November 26", "2012-11-26"), D("September 5", "2012-09-05"),
        D("April 22", "2012-04-22"), D("March", "2012-03"), D("February 23", "2012-02-23")])

# Part 2: the 5 ITEMS2 texts of batch29e.py, annotated after part 1 was committed and before newskg ran on any text;
# its own split cycle (test, train, dev, train, test), so part 1's splits never move.
IDS2 = sorted("""wn-seven-dead-one-missing-two-survive-2009
wn-ioc-visits-madrid-part-2020-olympic-2013
wn-brazilian-surfer-wins-world-championship-pichilemu-2011
wn-waves-arrests-turkey-suspicion-involvement-ergenekon-2009
wn-leaked-emails-show-uk-raf-were-2007""".split())
A2 = {}

A2["wn-seven-dead-one-missing-two-survive-2009"] = dict(
 entities=[E("Location", "Gabon"), E("Location", "Africa"), E("Service", "Eurocopter AS 532 Cougar", "Cougar"),
           E("Location", "Atlantic Ocean", "Atlantic"), E("Person", "Nicolas Sarkozy", "Sarkozy"),
           E("Person", "Pascal Carpentier"), E("Location", "Nyonie"), E("Location", "Libreville"),
           E("Location", "Port-Gentil"), E("Person", "Francois-Marie Gougeon", "Gougeon"), E("Company", "Total S.A."),
           E("Person", "Christophe Prazuck"), E("Person", "André Mba Obame"), E("Person", "Hervé Morin", "Morin"),
           E("Person", "Omar Bongo"), E("Location", "Camp DeGaulle"), E("Person", "Claude Reglat", "Reglat"),
           E("Organization", "13th Regiment of Dragon Paratroopers"), E("Service", "Fennec"),
           E("Organization", "UN"), E("Location", "Bouna"), E("Location", "Ivory Coast"),
           E("Location", "Gulf of Guinea"), E("Location", "Equatorial Guinea"), E("Location", "Cameroon"),
           E("Location", "Republic of the Congo"), E("Organization", "French Forces in Gabon", "FFG")],
 # a military helicopter ditching after take-off → no outage (a physical accident: a near-miss); 'The Eurocopter AS
 # 532 Cougar' → Service (a helicopter type), its maker named only inside the type (no entity, no relation); 'Cougar
 # and Fennec helicopters' → Fennec a type too; 'oil giant Total S.A.'s three vessels' joined the search → no
 # relation; the ship 'La Foudre' is no entity (ships' names); 'French President Nicolas Sarkozy', 'Defence Minister
 # Hervé Morin' → no role (France is named only as an adjective, as batch 28e); "Gabon's Interior Minister" →
 # minister of Gabon; 'met with President Omar Bongo' in Libreville → president of Gabon (a careful reader's
 # conclusion); 'General Claude Reglat, Gabon commander of French forces' → head of the French Forces in Gabon (a
 # commander leading the named force; a doubtful point); spokesmen 'for the general staff' → no role (the staff is
 # unnamed); 'Today' in the President's office statement against the date line; 'Saturday night' with '8:08 p.m.'
 # and '1908 GMT'; 'January 17-21' (a span) and 'At daybreak' not listed
 roles=[R("André Mba Obame", "minister", "Gabon"), R("Omar Bongo", "president", "Gabon"),
        R("Claude Reglat", "head", "French Forces in Gabon")],
 relations=[],
 outages=[],
 dates=[D("Today", "2009-01-19"), D("Saturday night", "2009-01-17"), D("8:08 p.m.", "2009-01-17T20:08"),
        D("1908 GMT", "2009-01-17T19:08"), D("Sunday", "2009-01-18")])

A2["wn-ioc-visits-madrid-part-2020-olympic-2013"] = dict(
 entities=[E("Organization", "International Olympic Committee", "IOC"), E("Organization", "Evaluation Commission"),
           E("Location", "Madrid"), E("Location", "Spain"), E("Person", "Craig Reedie"), E("Location", "Great Britain"),
           E("Person", "Mariano Rajoy"), E("Organization", "Real Madrid"),
           E("Location", "Santiago Bernabéu Stadium", "Santiago Bernabéu"), E("Location", "Buen Retiro park"),
           E("Location", "Las Ventas"), E("Organization", "Spanish national football team"),
           E("Person", "Iker Casillas"), E("Person", "Ana Botella", "Botella"), E("Person", "Jacques Rogge", "Rogge"),
           E("Company", "El Mundo"), E("Company", "Associated Press"), E("Location", "London"), E("Location", "Athens"),
           E("Person", "Victor Sánchez"), E("Company", "Agence France-Presse"),
           E("Location", "Hotel Eurostars Madrid Tower"), E("Location", "Tokyo"), E("Location", "Japan"),
           E("Location", "Istanbul"), E("Location", "Turkey"), E("Location", "Buenos Aires"), E("Location", "Argentina")],
 # 'The International Olympic Committee (IOC) Evaluation Commission' → parentOrganization; 'IOC President Jacques
 # Rogge', 'scheduled to step down' → president, current (GUIDELINES: not yet left); 'Spanish Prime Minister' with
 # Spain named → minister of Spain; 'Madrid's bid Chief Executive Victor Sánchez' → no role (the bid is no named
 # entity; a doubtful point); 'Madrid's mayor', a team captain, 'leading the IOC delegation' → no role; the Games
 # and the Olympics are events (no entity, the years in their names not listed); feared 'strikes by people working
 # for the public transport system' → no outage (a strike, only feared: a near-miss); 'yesterday', 'Today' against
 # the date line; 'earlier this month', 'later this month' → 2013-03; 'this week', 'the 1970s', 'four days',
 # 'seven years' not listed
 roles=[R("Mariano Rajoy", "minister", "Spain"), R("Jacques Rogge", "president", "International Olympic Committee")],
 relations=[L("Evaluation Commission", "parentOrganization", "International Olympic Committee")],
 outages=[],
 dates=[D("yesterday", "2013-03-18"), D("Today", "2013-03-19"), D("2012", "2012"),
        D("earlier this month", "2013-03"), D("later this month", "2013-03"), D("September 7", "2013-09-07")])

A2["wn-brazilian-surfer-wins-world-championship-pichilemu-2011"] = dict(
 entities=[E("Company", "Quiksilver"), E("Location", "Punta de Lobos"), E("Location", "Pichilemu"),
           E("Location", "Chile"), E("Location", "South Africa"), E("Location", "Peru"), E("Location", "United States"),
           E("Location", "Argentina"), E("Person", "Ramón Navarro"), E("Person", "Cristian Merelló", "Cristian Merello"),
           E("Person", "Köhl Christensen", "Christensen"), E("Company", "La Tercera"), E("Person", "Gary Linden", "Linden"),
           E("Company", "Aloha Update"), E("Person", "Carlos Ferrer"), E("Company", "Quiksilver Chile"),
           E("Person", "Roberto Córdova"), E("Person", "Ricardo Parot"), E("Company", "Wetfly Productions"),
           E("Service", "Facebook"), E("Company", "Glass.cl"), E("Person", "Rodrigo Farías", "Farías"),
           E("Service", "Red Bull"), E("Person", "Carlos Burle"), E("Person", "Marcos Monteiro"),
           E("Person", "Peter Mel"), E("Person", "Chris Bertish"), E("Person", "Diego Medina"),
           E("Person", "Rusty Long"), E("Person", 'Grant "Twiggy" Baker'), E("Person", "Fernando Zegers"),
           E("Person", "Reinaldo Ibarra"), E("Person", "Greg Long"), E("Person", "Gabriel Villarán"),
           E("Person", "Jamie Sterling"), E("Person", "Anthony Taschnick"), E("Person", "Mark Healey"),
           E("Person", "Kealii Mamala"), E("Person", "Jaimie Mitchell"), E("Person", "Danilo Couto"),
           E("Person", "Sebastian de Romana"), E("Person", "León Vicuña"), E("Person", "Matías López"),
           E("Location", "Brazil"), E("Location", "Pico Alto")],
 # 'Carlos Ferrer, marketing manager of Quiksilver Chile' → executive ('manager', as GUIDELINES); Quiksilver Chile
 # → parentOrganization Quiksilver (the company's Chilean unit by its name; a careful reader's conclusion, a doubtful
 # point); 'director of surf magazine Glass.cl Rodrigo Farías' → head (a magazine's director, as batch 25a's editor
 # of The Onion; a doubtful point); 'the Big Wave World Tour Contest Director' → no role (the tour is a series of
 # events, no entity); 'Mayor of Pichilemu' → no role; 'Ricardo Parot from Wetfly Productions' → no title; the
 # championship ('Quiksilver Ceremonial Punta de Lobos') and the tour are events (no entity), 'the Pichilemu city
 # hall' is left as a description; 'Red Bull drinks' → Red Bull a product (Service); 'Hawaiian', 'Pichileminians'
 # adjectives; 'yesterday [on Friday]' inside La Tercera's words not listed (the bracket contradicts the date line;
 # a doubtful point); "this year's" → 2011, "last year's" → 2010; the clock times with the Saturday; '2011' inside
 # the tour's name not listed
 roles=[R("Carlos Ferrer", "executive", "Quiksilver Chile"), R("Rodrigo Farías", "head", "Glass.cl")],
 relations=[L("Quiksilver Chile", "parentOrganization", "Quiksilver")],
 outages=[],
 dates=[D("Saturday", "2011-05-28"), D("this year", "2011"), D("1998", "1998"), D("April 1", "2011-04-01"),
        D("May 31", "2011-05-31"), D("May 28", "2011-05-28"), D("Thursday", "2011-05-26"), D("Friday", "2011-05-27"),
        D("last year", "2010"), D("07:30", "2011-05-28T07:30"), D("11:30 UTC", "2011-05-28T11:30"),
        D("17:30", "2011-05-28T17:30"), D("21:30 UTC", "2011-05-28T21:30"), D("July 1", "2011-07-01")])

A2["wn-waves-arrests-turkey-suspicion-involvement-ergenekon-2009"] = dict(
 entities=[E("Location", "Turkey"), E("Organization", "Ergenekon"), E("Organization", "European Union"),
           E("Company", "Anatolian News"), E("Location", "Istanbul"), E("Organization", "AK Party", "AKP"),
           E("Person", "Recep Tayyip Erdoğan", "Erdogan"), E("Person", "Ilker Basbug", "Basbug"),
           E("Organization", "Turkish Armed Forces"), E("Organization", "Gendarmerie"),
           E("Organization", "Turkish Air Force"), E("Person", "Abdullah Gul"), E("Person", "Besir Atalay"),
           E("Company", "Istanbul Stock Exchange"), E("Organization", "TUSIAD"), E("Location", "Golbasi lake"),
           E("Location", "Ankara"), E("Person", "Ibrahim Sahin"), E("Person", "Deniz Baykal", "Baykal"),
           E("Organization", "Republican People's Party"), E("Person", "Khomeini"), E("Person", "Hitler"),
           E("Company", "Hürriyet"), E("Person", "Mehmet Ali Şahin", "Şahin"), E("Company", "Wikinews"),
           E("Company", "Reuters"), E("Person", "Wolfango Piccoli"), E("Company", "Eurasia Group"),
           E("Company", "Financial Times"), E("Company", "The Guardian"), E("Person", "Hrant Dink")],
 # an alleged clandestine organisation → Organization; 'Turkey's state-run news service, Anatolian News' → Company
 # (news agencies, as GUIDELINES); 'Prime Minister Recep Tayyip Erdoğan' → minister of Turkey; 'General Ilker
 # Basbug, Chief of the General Staff of the Turkish Armed Forces' → head; 'President Abdullah Gul' → president of
 # Turkey; "Turkey's interior minister", 'Justice Minister' → minister of Turkey; 'Deniz Baykal, who heads ... the
 # Republican People's Party' → head; 'analyst Wolfango Piccoli of the Eurasia Group' → analyst; 'former police
 # chief Ibrahim Sahin' → no role (the police force unnamed); the exchange's fall is no outage; names inside Baykal's
 # words (Khomeini, Hitler) are persons; 'the Army', 'Turkish media' left as descriptions; 'Saturday', 'Wednesday',
 # 'Thursday' against the Sunday date line; 'In the past 50 years' not listed
 roles=[R("Recep Tayyip Erdoğan", "minister", "Turkey"), R("Ilker Basbug", "head", "Turkish Armed Forces"),
        R("Abdullah Gul", "president", "Turkey"), R("Besir Atalay", "minister", "Turkey"),
        R("Deniz Baykal", "head", "Republican People's Party"), R("Mehmet Ali Şahin", "minister", "Turkey"),
        R("Wolfango Piccoli", "analyst", "Eurasia Group")],
 relations=[],
 outages=[],
 dates=[D("Saturday", "2009-01-10"), D("Wednesday", "2009-01-07"), D("Thursday", "2009-01-08"), D("2008", "2008"),
        D("June 2007", "2007-06")])

A2["wn-leaked-emails-show-uk-raf-were-2007"] = dict(
 entities=[E("Location", "United Kingdom", "UK"), E("Organization", "Royal Air Force", "RAF"),
           E("Service", "Nimrod MR2", "Nimrod"), E("Location", "Kandahar"), E("Location", "Afghanistan"),
           E("Person", "Graham Knight", "Knight"), E("Person", "Ben Knight"), E("Company", "Sky News"),
           E("Organization", "Ministry of Defence", "MoD"), E("Organization", "102 Squadron"),
           E("Location", "RAF Kinloss"), E("Location", "Scotland"), E("Company", "BAE Systems")],
 # an aircraft that 'exploded in midair' after fuel leaks → no outage (a physical accident; no service lost: a
 # near-miss); 'Nimrod MR2 surveillance aircraft' → Service (an aircraft type), no relation to the RAF (an air
 # force's own type, as batch 28e's airline) nor to BAE Systems (its audit recommendation names no making); the tail
 # number 'XV230' is no entity; '102 Squadron at RAF Kinloss' → no relation (the squadron's air force is not
 # stated; RAF Kinloss is a base, a Location); 'Sergeant' is a rank (no role); the Falklands war, the Freedom of
 # Information Act and the board of inquiry → no entity; 'September last year', 'last September' → 2006-09;
 # 'January' → 2007-01; 'about two weeks time', 'six months' not listed
 roles=[],
 relations=[],
 outages=[],
 dates=[D("September last year", "2006-09"), D("December 2, 2005", "2005-12-02"), D("February 2006", "2006-02"),
        D("January", "2007-01"), D("last September", "2006-09"), D("2004", "2004")])

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
