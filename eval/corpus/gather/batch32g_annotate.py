#!/usr/bin/env python3
"""Batch 32g gold annotations for the 8 ITEMS texts of batch32g.py, written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
usage: batch32g_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-uk-government-sells-stake-nuclear-weapons-2008
wn-stingray-kills-head-diver-underwater-world-2016
wn-borussia-dortmund-announces-former-ajax-coach-2017
wn-wheelchair-rugby-tri-nations-series-begins-2013
wn-authorities-blockade-chinese-town-rebelling-over-2011
wn-egypt-struggles-recover-tourism-investment-2012
wn-wikinews-shorts-january-20-2008-2008
wn-wikinews-shorts-january-23-2012-2012""".split())
A = {}

A["wn-uk-government-sells-stake-nuclear-weapons-2008"] = dict(
 entities=[E("Company", "Atomic Weapons Establishment", "AWE"), E("Company", "Jacobs Engineering"),
           E("Company", "British Nuclear Fuels plc", "British Nuclear Fuels", "BNFL"), E("Company", "Serco"),
           E("Company", "Lockheed Martin"), E("Location", "Aldermaston"), E("Service", "Trident D5 missile"),
           E("Organization", "Royal Navy"), E("Organization", "Liberal Democrats", "Liberal Democrat"),
           E("Person", "Vince Cable"), E("Person", "Nick Harvey"), E("Location", "United Kingdom", "UK", "Britain"),
           E("Organization", "Tories", "Tory"), E("Organization", "Commons Public Accounts Select Committee"),
           E("Person", "Richard Bacon"), E("Organization", "National Audit Office"),
           E("Person", "Gerald Howarth", "Howarth"), E("Organization", "Ministry of Defence", "MoD")],
 # 'Jacobs Engineering, the California based company who bought the government's shares' — BNFL's third of the
 # shares in AWE's (unnamed) operating company → no acquired and no parentOrganization (a stake of a third, not the
 # company; a doubtful point: Nick Harvey's 'a US company having a majority shareholding in AWE'); BNFL, Serco and
 # Lockheed Martin each holding a third → no relation (no single parent, no partnership stated); 'British Nuclear
 # Fuels plc, a government owned company' → no relation ('the British government' an adjective and a common noun,
 # no entity); 'the Lockheed Martin Trident D5 missile' → provider Lockheed Martin (the maker, as batch 32e's
 # builders); AWE 'the British nuclear weapon manufacturer' → Company; 'Vanguard class ballistic missile
 # submarines' (a ship class) and 'the commons' (lower case, a doubtful point: the House of Commons) → no entity;
 # 'Liberal Democrat Treasury spokesman', 'their defence spokesman', 'The Tory defence spokesperson' →
 # spokesperson of the parties (party spokesmen; a doubtful point); 'Commons Public Accounts Select Committee
 # member' → no role (a legislator); the treaty → no entity; no date expression in the text
 roles=[R("Vince Cable", "spokesperson", "Liberal Democrats"), R("Nick Harvey", "spokesperson", "Liberal Democrats"),
        R("Gerald Howarth", "spokesperson", "Tories")],
 relations=[L("Trident D5 missile", "provider", "Lockheed Martin")],
 outages=[],
 dates=[])

A["wn-stingray-kills-head-diver-underwater-world-2016"] = dict(
 entities=[E("Location", "Underwater World Singapore", "UWS"), E("Location", "Sentosa"),
           E("Person", "Phillip Chan", "Chan"), E("Location", "Singapore"), E("Company", "The New Paper"),
           E("Person", "Steve Irwin"), E("Organization", "Singapore Civil Defense Force"),
           E("Location", "Singapore General Hospital"), E("Location", "Shangri-La's Rasa Sentosa Resort & Spa"),
           E("Company", "Haw Par Corporation", "Haw Par"), E("Organization", "Ministry of Manpower", "MOM"),
           E("Organization", "Occupational Safety and Health Inspectorate"), E("Person", "Tan Heok Hui", "Tan"),
           E("Organization", "Lee Kong Chian Natural History Museum"), E("Company", "The Straits Times"),
           E("Company", "Underwater World Singapore Pte Ltd"), E("Location", "Siloso Road")],
 # the aquarium 'Underwater World Singapore (UWS)' a named site → Location (GUIDELINES: sites and facilities, as
 # batch 19b's theme-park resort), so 'UWS operator Haw Par Corporation' gives no relation (a doubtful point: the
 # aquarium as a Service with Haw Par its provider); 'Underwater World Singapore Pte Ltd’s premises' in the ministry's
 # statement → its own Company (the occupier; no relation to Haw Par stated; a doubtful point); "the Ministry of
 # Manpower's (MOM) Occupational Safety and Health Inspectorate" → parentOrganization (a unit of the ministry);
 # 'Lee Kong Chian Natural History Museum operations officer' → other (a staff post, as batch 31e's team doctor; a
 # doubtful point: executive); the museum an Organization (as batch 32e's Newseum); 'the head diver of the defunct
 # facility' → no role (the facility a Location; a doubtful point); the hospital and the resort Locations (as the
 # corpus's hospitals mostly are); the ordered halt of animal transfers and the suspended relocation → no outage (no
 # service users lost; a near-miss); 'Tuesday' → 2016-10-04 against the Friday date line (the ministry's '4 October
 # 2016' agrees), '2:20 pm' that day; 'June 27' and 'June' → 2016
 roles=[R("Tan Heok Hui", "other", "Lee Kong Chian Natural History Museum")],
 relations=[L("Occupational Safety and Health Inspectorate", "parentOrganization", "Ministry of Manpower")],
 outages=[],
 dates=[D("Tuesday", "2016-10-04"), D("2006", "2006"), D("2:20 pm", "2016-10-04T14:20"), D("1991", "1991"),
        D("June 27", "2016-06-27"), D("June", "2016-06"), D("4 October 2016", "2016-10-04")])

A["wn-borussia-dortmund-announces-former-ajax-coach-2017"] = dict(
 entities=[E("Organization", "Borussia Dortmund", "BVB", "Dortmund"), E("Person", "Peter Bosz", "Bosz", "Peter"),
           E("Organization", "Ajax"), E("Person", "Hendrie Krüzen"), E("Organization", "Feyenoord Rotterdam"),
           E("Organization", "Manchester United"), E("Person", "Thomas Tuchel", "Tuchel"), E("Person", "Jürgen Klopp"),
           E("Person", "Edwin van der Sar"), E("Person", "İlkay Gündoğan"), E("Person", "Henrikh Mkhitaryan"),
           E("Person", "Mats Hummels"), E("Location", "Signal Iduna Park"), E("Person", "Ousmane Dembélé"),
           E("Person", "André Schürrle"), E("Person", "Marc Bartra"), E("Person", "Mario Götze"),
           E("Person", "Ömer Toprak"), E("Person", "Mahmoud Dahoud"), E("Person", "Dan-Axel Zagadou"),
           E("Person", "Maximilian Philipp")],
 # football clubs → Organization (GUIDELINES), leagues and cups (Eredivisie, DFB Pokal, Bundesliga, Europa League,
 # Champions League) → no entity; 'German', 'Dutch' adjectives → no Location; coaches have no vocabulary title →
 # other (a doubtful point: no role): Bosz 'new head coach' of Dortmund (current) and Ajax's coach for one season
 # (current false: he leaves), Tuchel 'sacked', 'former coach' (current false), 'Ajax's assistant coach Hendrie
 # Krüzen also was to leave' (not yet left: current, GUIDELINES' 'will step down'); Klopp, whom Tuchel 'succeded' →
 # no role (his post not named; a doubtful point); "Ajax's General Manager" → executive (GUIDELINES' 'manager');
 # 'the CEO said' → no person named; 'then-captain' and the players → no role; "When we brought Peter in" → 'Peter'
 # an alias (a doubtful point); the Dutch original of the quote read too ('vorige zomer' → 2016, as batch 31e read
 # its German originals); 'Tuesday' → 2017-06-06 against the Friday date line; 'Two years ago' → 2015; 'last
 # summer' → 2016; 'last season', 'this season', 'next season' (football seasons across two years) not listed
 roles=[R("Peter Bosz", "other", "Borussia Dortmund"), R("Peter Bosz", "other", "Ajax", False),
        R("Hendrie Krüzen", "other", "Ajax"), R("Thomas Tuchel", "other", "Borussia Dortmund", False),
        R("Edwin van der Sar", "executive", "Ajax")],
 relations=[],
 outages=[],
 dates=[D("Tuesday", "2017-06-06"), D("June 2019", "2019-06"), D("Two years ago", "2015"), D("May 30", "2017-05-30"),
        D("last summer", "2016"), D("vorige zomer", "2016")])

A["wn-wheelchair-rugby-tri-nations-series-begins-2013"] = dict(
 entities=[E("Location", "Cathedral Square"), E("Location", "Sydney"), E("Location", "Australia"),
           E("Company", "Wikinews"), E("Location", "United States"), E("Location", "New Zealand"),
           E("Location", "Hyde Park"), E("Location", "Sydney Central Business district"),
           E("Organization", "Australian Paralympic Committee"), E("Person", "Jason Hellwig"),
           E("Location", "New South Wales"), E("Person", "Barry O'Farrell"), E("Person", "Robyn Kemmis"),
           E("Person", "Matthew Cowdrey"), E("Organization", "Justice Crew"), E("Location", "Athens"),
           E("Location", "Beijing"), E("Location", "London"), E("Organization", "Steelers"), E("Person", "Greg Smith"),
           E("Organization", "Wheel Blacks"), E("Person", "Ryley Batt"), E("Person", "Chris Bond"),
           E("Company", "Foxtel Sports")],
 # 'Australian Paralympic Committee Chief Executive Officer Jason Hellwig' → ceo; 'the Premier of New South Wales,
 # Barry O'Farrell' → minister of New South Wales (a state's head of government, as batch 32e's Alberta premier);
 # 'the Deputy Lord Mayor of Sydney' → no role (GUIDELINES: mayors); the national teams 'known as the Steelers' and
 # 'the Wheel Blacks' → Organization (sports teams), the unnamed US team → none; 'Greg Smith has become the
 # assistant coach' (of the Steelers) → other (coaches, as the Dortmund text of this batch; a doubtful point); the
 # band Justice Crew → Organization, its song → no entity; Wikinews (the reporting site) → Company as in earlier
 # gold; 'Foxtel Sports' (a pay-TV sports channel) → Company (a broadcaster; a doubtful point: Service); the
 # Paralympic Games → events, no entity, their years kept as dates (as batch 31e's year inside a name); 'ongoing from
 # Wednesday' and 'Wednesday September 18' → 2013-09-18 against the Friday date line, 'Finals ... on Friday' →
 # 2013-09-20; the second and third games '17:30' and '19:30' on the opening day → 2013-09-18T17:30/T19:30;
 # 'September 28 and 29' → two items
 roles=[R("Jason Hellwig", "ceo", "Australian Paralympic Committee"), R("Barry O'Farrell", "minister", "New South Wales"),
        R("Greg Smith", "other", "Steelers")],
 relations=[],
 outages=[],
 dates=[D("Wednesday", "2013-09-18"), D("Wednesday September 18", "2013-09-18"),
        D("Thursday September 19", "2013-09-19"), D("Friday", "2013-09-20"), D("2004", "2004"), D("2008", "2008"),
        D("2012", "2012"), D("2000", "2000"), D("17:30", "2013-09-18T17:30"), D("19:30", "2013-09-18T19:30"),
        D("September 28", "2013-09-28"), D("29", "2013-09-29")])

A["wn-authorities-blockade-chinese-town-rebelling-over-2011"] = dict(
 entities=[E("Location", "Wukan"), E("Location", "China"), E("Organization", "Communist Party"),
           E("Company", "Country Garden"), E("Location", "Guangdong"), E("Company", "Xinhua"), E("Location", "Lufeng"),
           E("Person", "Xue Jinbo", "Xue"), E("Company", "BBC"), E("Service", "Sina Weibo"), E("Service", "Twitter"),
           E("Service", "Facebook")],
 # farmland 'sold to private developers Country Garden' → no relation (an asset sale by officials, GUIDELINES);
 # 'State news agency Xinhua' → Company (GUIDELINES: news agencies), its 'English-language website' unnamed; Sina
 # Weibo, Twitter and Facebook → Services with no provider named; search results for Wukan that 'cannot be
 # displayed' and the Xinhua site's empty searches → no outage (censorship, as batch 32e's blocked websites); 'Lufeng
 # county government officials' → Lufeng a Location (the county), no body named; 'Communist authorities' → no
 # entity; 'Last Sunday' → 2011-12-11 and 'last Friday' → 2011-12-09 against the Thursday date line, Xue's death 'on
 # Sunday' → 2011-12-11; 'September' and 'this September' → 2011-09; 'last week', 'the fourth month' not listed
 roles=[],
 relations=[],
 outages=[],
 dates=[D("Last Sunday", "2011-12-11"), D("September", "2011-09"), D("this September", "2011-09"),
        D("last Friday", "2011-12-09"), D("Sunday", "2011-12-11")])

A["wn-egypt-struggles-recover-tourism-investment-2012"] = dict(
 entities=[E("Company", "Standard & Poor's"), E("Location", "Egypt"), E("Organization", "International Monetary Fund"),
           E("Person", "Hosni Mubarak", "Mubarak"), E("Location", "Port Said"),
           E("Person", "Mounir Fakhry Abdel Nour", "Abdel Nour"), E("Location", "Sinai peninsula"),
           E("Location", "St. Catherine's Monastery"), E("Location", "Nile River"), E("Location", "Mount Sinai"),
           E("Location", "Red Sea"), E("Person", "Stas Misezhnikov"), E("Location", "Sharm el-Sheikh"),
           E("Person", "Mulyani Indrawati"), E("Organization", "World Bank"), E("Location", "United States", "U.S."),
           E("Person", "John Kerry"), E("Person", "Faiza Abou el-Naga"), E("Person", "Khaled bin Mohamed al-Attiya"),
           E("Location", "Qatar"), E("Location", "Saudi Arabia"), E("Location", "United Arab Emirates"),
           E("Person", "Yasser el-Mallawany", "el-Mallawany"), E("Company", "EFG Hermes"), E("Location", "Cairo"),
           E("Person", "Florence Eid", "Eid"), E("Company", "Arabia Monitor")],
 # 'President Hosni Mubarak resigned' → president of Egypt, current false; "Egypt's tourism minister" and 'the
 # Egyptian minister who distributes Egypt's aid money' → minister of Egypt; 'foreign minister of Qatar' →
 # minister of Qatar; 'Israeli tourism minister' → no role (Israel not named on its own, as batch 32e's LaHood);
 # 'managing director of the World Bank' → director (GUIDELINES); 'an expert on Middle Eastern economies at U.K.
 # Arabia Monitor' → analyst, the firm named 'Arabia Monitor' ('U.K.' read as the article's adjective; a doubtful
 # point: the name as spelt); 'an investment banker with EFG Hermes' → no role (no vocabulary title; a doubtful
 # point: other); 'Senator John Kerry' → no role (a legislator); the rating agency's downgrade, the IMF request and
 # investments held back → no relation; the Egyptian pound, the revolution, the Arab Spring, Bedouin tribesmen →
 # no entity; 'last year', 'Last year' and 'this past year' → 2011 against the February 2012 date line ('this past
 # year' a doubtful point), 'January 25 last year' → 2011-01-25, 'February 11' → 2011-02-11, 'At the start of this
 # month' → 2012-02; 'Last week', 'this week', 'a few weeks ago' not listed
 roles=[R("Hosni Mubarak", "president", "Egypt", False), R("Mounir Fakhry Abdel Nour", "minister", "Egypt"),
        R("Mulyani Indrawati", "director", "World Bank"), R("Faiza Abou el-Naga", "minister", "Egypt"),
        R("Khaled bin Mohamed al-Attiya", "minister", "Qatar"), R("Florence Eid", "analyst", "Arabia Monitor")],
 relations=[],
 outages=[],
 dates=[D("last year", "2011"), D("this past year", "2011"), D("January 25 last year", "2011-01-25"),
        D("February 11", "2011-02-11"), D("At the start of this month", "2012-02"), D("2010", "2010"),
        D("2011", "2011")])

A["wn-wikinews-shorts-january-20-2008-2008"] = dict(
 entities=[E("Person", "Suharto"), E("Location", "Pertamina Hospital"), E("Location", "Jakarta"),
           E("Person", "Jusuf Misbach"), E("Person", "Mardjo Soebiandono"), E("Location", "Zimbabwe"),
           E("Location", "Zambia"), E("Location", "Harare"), E("Location", "South Africa"), E("Company", "Eskom"),
           E("Person", "Francis Joyon", "Joyon"), E("Location", "France"), E("Person", "Ellen MacArthur", "MacArthur"),
           E("Location", "Brest"), E("Location", "Africa"), E("Location", "Southern Hemisphere")],
 # two outages told apart, no operator named (provider null, as batch 28e's Egypt text): the blackout that 'hit the
 # two nations almost simultaneously on Saturday evening' → Zambia, 2008-01-19, 'restored eight hours later' →
 # duration 8, cause the 'turbine problems' at a hydroelectric dam that 'some in Zambia blamed' (a doubtful point:
 # a cause only alleged); Zimbabwe, 2008-01-19, power back 'Sunday afternoon' (no clock time: end null, no
 # duration), cause the fault that 'tripped' the power grid (officials in Harare); no start time ('evening');
 # affected [] (electricity, water and mobile phone connections named only as kinds of service); 'state utility
 # company Eskom announced it will stop supplying power' → no outage (announced, not yet a loss; a near-miss) and
 # no relation; 'Former Indonesian president Suharto' → no role (Indonesia not named on its own); the hospital a
 # Location; doctors → no role; 'Saturday' and 'Saturday evening' → 2008-01-19, 'Sunday' and 'Sunday afternoon' →
 # 2008-01-20 against the Sunday date line; 'January 4' → 2008-01-04; 'November 23' → 2007-11-23 (before the
 # January date line); '2005' kept; 'last week' and durations not listed
 roles=[],
 relations=[],
 outages=[O(None, "2008-01-19", [], dur=8, loc="Zambia", cause="turbine problems at a hydroelectric dam"),
          O(None, "2008-01-19", [], loc="Zimbabwe", cause="a fault that tripped the power grid")],
 dates=[D("January 4", "2008-01-04"), D("Saturday", "2008-01-19"), D("Sunday", "2008-01-20"),
        D("Saturday evening", "2008-01-19"), D("Sunday afternoon", "2008-01-20"), D("November 23", "2007-11-23"),
        D("2005", "2005")])

A["wn-wikinews-shorts-january-23-2012-2012"] = dict(
 entities=[E("Location", "United States"), E("Location", "Strait of Hormuz"), E("Organization", "European Union"),
           E("Person", "Abdul Hafiz Ghoga", "Ghoga"), E("Location", "Libya"),
           E("Organization", "National Transitional Council", "NTC"), E("Location", "Benghazi"),
           E("Company", "Al Jazeera"), E("Person", "Gaddafi"), E("Location", "Kano"), E("Location", "Nigeria"),
           E("Organization", "Boko Haram"), E("Organization", "Muslim Brotherhood"), E("Location", "Egypt"),
           E("Person", "Mubarak"), E("Person", "Mohammed Gouda"), E("Organization", "Al-Nour Party"),
           E("Location", "UK"), E("Organization", "Office of National Statistics"), E("Company", "Ernst & Young"),
           E("Company", "Woolworths")],
 # "Abdul Hafiz Ghoga, the vice-chair of Libya's National Transitional Council (NTC) resigned" → executive
 # (GUIDELINES: vice chairman), current false; 'a party policymaker and economics committee member' → no role (no
 # vocabulary title; a doubtful point); 'British retailer Woolworths collapsed' → Company, no outage (a business
 # failure); Ernst & Young's count of profit warnings → no relation; the aircraft carrier 'USS Abraham Lincoln' (a
 # ship) and 'Jobseekers' Allowance' (a benefit) → no entity; 'Iranian', 'French', 'British' adjectives → no
 # Location; 'Saturday' → 2012-01-21, 'Sunday' → 2012-01-22, 'Friday' → 2012-01-20, 'today' → 2012-01-23 against
 # the Monday date line; 'last November' → 2011-11 (the quarter ending then is no calendar quarter: not listed);
 # 'the third quarter' and 'the fourth' → 2011-Q3 and 2011-Q4 (the year not said; a doubtful point); 'in December'
 # → 2011-12; 'Three years after' not listed
 roles=[R("Abdul Hafiz Ghoga", "executive", "National Transitional Council", False)],
 relations=[],
 outages=[],
 dates=[D("Saturday", "2012-01-21"), D("Sunday", "2012-01-22"), D("Friday", "2012-01-20"), D("today", "2012-01-23"),
        D("last November", "2011-11"), D("the third quarter", "2011-Q3"), D("the fourth", "2011-Q4"),
        D("December", "2011-12")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
