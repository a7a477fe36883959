#!/usr/bin/env python3
"""Batch 26d gold annotations (the 11 texts of batch26d.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch26d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-cyanogenmod-open-source-smartphone-os-goes-2013
wn-ryanair-sue-associated-newspapers-mirror-group-2013
wn-egyptian-prime-minister-steps-down-armed-2011
wn-pedestrian-three-others-killed-helicopter-crash-2008
wn-afc-asian-cup-lights-fail-korea-2007
wn-rare-middle-east-cyclone-batters-oman-2007
wn-uber-london-lose-operator-licence-september-2017
wn-93-year-old-michigan-man-freezes-2009
wn-united-states-army-suspends-ammo-contract-2008
wn-cnn-journalist-fired-controversial-twitter-message-2010
wn-magnitude-7-5-earthquake-hits-afghanistan-2015""".split())
A = {}
A["wn-93-year-old-michigan-man-freezes-2009"] = dict(
 entities=[E("Person", "Marvin Schur", "Schur"), E("Location", "Bay City"), E("Location", "Michigan"),
           E("Company", "Bay City Electric Light & Power", "Bay City power"), E("Person", "Kanu Virani", "Virani"),
           E("Person", "George A. Pauwels Jr."), E("Location", "United States"), E("Location", "Canada"),
           E("Location", "Massachusetts"), E("Location", "Texas"), E("Location", "New York"), E("Location", "Alabama"),
           E("Person", "Melody Roth")],
 # the municipal utility 'installed a power-limiting device on his home' that 'would essentially shut it off if that
 # limit is reached' → no outage (one household's supply limited for non-payment, no failure and no service said
 # lost; his furnace 'was not running' — a near-miss, a doubtful point); the attorney general's office and 'the
 # city's administrative office' are descriptions (no entity); a doctor and an office worker with no title → no
 # role; 'between November 1 and March 31' is a yearly rule (no date), '10 days', 'several years prior' not resolved
 roles=[],
 relations=[],
 outages=[],
 dates=[D("January 13", "2009-01-13"), D("January 17", "2009-01-17")])
A["wn-afc-asian-cup-lights-fail-korea-2007"] = dict(
 entities=[E("Organization", "Korea Republic", "Korea"), E("Organization", "Saudi Arabia"),
           E("Location", "Bung Karno Stadium"), E("Location", "Jakarta"), E("Location", "Indonesia"),
           E("Organization", "Asian Football Confederation"), E("Person", "Mark Shield", "Shield"),
           E("Location", "Australia"), E("Person", "Choi Sung-Kuk", "Sung-Kuk"), E("Person", "Malek Mouath"),
           E("Person", "Yasser Al-Qahtani"), E("Person", "Saad Al Harthi"), E("Organization", "Bahrain"),
           E("Organization", "Iran"), E("Organization", "Uzbekistan"), E("Location", "Bukit Jalil Stadium"),
           E("Location", "Kuala Lumpur"), E("Person", "Rahman Rezaei", "Rezaei"),
           E("Person", "Hassan Roudbarian"), E("Person", "Seyed Jalal Hosseini", "Hosseini"),
           E("Person", "Mehdi Mahdavikia"), E("Person", "Andranik Teymourian"),
           E("Person", "Javad Kazemian", "Kazemian"), E("Person", "Amir Ghalenoei"), E("Organization", "China"),
           E("Organization", "Malaysia")],
 # national teams named by their country are Organizations (sports teams); 'hosts Indonesia' is the team but the
 # name is first the country ('Jakarta, Indonesia') → one Location entity (a doubtful point); the tournament is an
 # event (no entity); 'the lighting failure was "due to problems with power around Jakarta city"', 'the lighting on
 # one half of the stadium suddenly turned off', the match 'stopped for 27 minutes', the lights restored by an
 # emergency generator → one outage, no operator named (provider null; the confederation runs no power), location
 # Jakarta, duration 27 minutes = 0.45 h (the stoppage the text gives; a doubtful point), date only the month of
 # the date line (the text never names the match day; a doubtful point); a coach and a captain → no role (no
 # title in the vocabulary); 'a day prior' is relative to an unstated day (not resolved)
 roles=[],
 relations=[],
 outages=[O(None, "2007-07", [], dur=0.45, loc="Jakarta", cause="problems with power around Jakarta city")],
 dates=[])
A["wn-cnn-journalist-fired-controversial-twitter-message-2010"] = dict(
 entities=[E("Location", "Atlanta"), E("Company", "CNN"), E("Person", "Octavia Nasr", "Nasr"), E("Service", "Twitter"),
           E("Person", "Mohammad Hussein Fadlallah", "Fadlallah", "Sayyed Mohammad Hussein Fadlallah"),
           E("Organization", "Hezbollah", "Hizbullah"), E("Company", "New York Times", "Times"),
           E("Person", "Parisa Khosravi"), E("Person", "Brian Stelter"), E("Location", "Israel"),
           E("Organization", "HonestReporting"), E("Company", "Salon"), E("Person", "Glenn Greenwald"),
           E("Company", "The Washington Post"), E("Person", "Augusto Pinochet"), E("Person", "Benjamin Netanyahu"),
           E("Location", "King David Hotel"), E("Person", "Erick Erickson"),
           E("Person", "As'ad Abu-Khalil", "Abu-Khalil"), E("Location", "Beirut"), E("Location", "Lebanon"),
           E("Person", "Amira Al Hussaini"), E("Organization", "Global Voices"), E("Location", "Iran"),
           E("Location", "United States"), E("Person", "Hassan Nasrallah"), E("Company", "BBC"),
           E("Organization", "CIA"), E("Person", "David Kenner"), E("Company", "Foreign Policy"),
           E("Person", "Bob Woodward"), E("Person", "William Casey")],
 # 'CNN journalist Octavia Nasr, ... senior editor for Middle East affairs', 'formally asked to step down', 'She left
 # the network' → executive of CNN, current false (an editor who does not run the publication; batch 25a's
 # editorial manager → executive); 'Parisa Khosravi, the CNN senior vice president' → vice-president; 'Hizbullah's
 # leader, Hassan Nasrallah' → head (as batch 25a's 'leader'); 'then-CIA Director William Casey' → head of the
 # agency, current false; a CNN contributor, reporters, an author and bloggers → no role; the watchdog group and
 # Global Voices (a citizen-media network, not said to be run as a business; a doubtful point) → Organization; the
 # hotel → Location; 'the West', 'Wilayat Al-Faqih' → no entity; 'the day before her dismissal' not resolved
 roles=[R("Octavia Nasr", "executive", "CNN", False), R("Parisa Khosravi", "vice-president", "CNN"),
        R("Hassan Nasrallah", "head", "Hezbollah"), R("William Casey", "head", "CIA", False)],
 relations=[],
 outages=[],
 dates=[D("Sunday", "2010-07-04"), D("Wednesday", "2010-07-07"), D("1985", "1985")])
A["wn-cyanogenmod-open-source-smartphone-os-goes-2013"] = dict(
 entities=[E("Service", "CyanogenMod", "CM", "Cyanogen mod"), E("Service", "Android"), E("Service", "Google Play"),
           E("Person", "Mitch Lasky"), E("Company", "Benchmark Capital"), E("Company", "Redpoint Ventures"),
           E("Company", "Cyanogen Inc."), E("Person", "Koushik 'koush' Dutta", "Dutta"),
           E("Person", "Steve 'cyanogen' Kondik", "Kondik"), E("Person", "Abhisek \"ciwrl\" Devkota"),
           E("Service", "Reddit"), E("Company", "Boost"), E("Person", "Kirt McMaster"), E("Location", "Palo Alto"),
           E("Location", "California"), E("Location", "Seattle"), E("Service", "AirPlay"), E("Service", "Voice+"),
           E("Service", "G1"), E("Company", "Savers")],
 # 'The developers of CyanogenMod ... announced yesterday their incorporation', 'to form Cyanogen Inc.' → the
 # company runs the system: provider; 'Benchmark Capital and Redpoint Ventures are part of the capital providers to
 # form Cyanogen Inc.' → investors, no relation in the vocabulary (as batch 21a's funders; a doubtful point);
 # 'Boost co-founder Kirt McMaster as CEO' → ceo of Cyanogen Inc. and founder of Boost; 'team social media manager
 # Abhisek "ciwrl" Devkota' → executive ('manager'; the team is the company's; a doubtful point); an investor with
 # no post, developers with no title → no role; Google is named only inside 'Google Play' (no entity); the
 # unnamed OEM partner → nothing; a store a user names (Savers) → Company; 'next week', 'the coming weeks' skipped
 roles=[R("Kirt McMaster", "ceo", "Cyanogen Inc."), R("Kirt McMaster", "founder", "Boost"),
        R("Abhisek \"ciwrl\" Devkota", "executive", "Cyanogen Inc.")],
 relations=[L("CyanogenMod", "provider", "Cyanogen Inc.")],
 outages=[],
 dates=[D("yesterday", "2013-09-18")])
A["wn-egyptian-prime-minister-steps-down-armed-2011"] = dict(
 entities=[E("Person", "Ahmed Shafik", "Shafik", "Ahmed Shafiq"), E("Location", "Egypt"),
           E("Organization", "Supreme Council of the Armed Forces"), E("Person", "Hosni Mubarak", "Mubarak"),
           E("Company", "Los Angeles Times"), E("Person", "Wael Ghonim"), E("Company", "Google"),
           E("Service", "Twitter"), E("Person", "Mohamed ElBaradei"), E("Person", "Essam Sharaf", "Sharaf"),
           E("Service", "Facebook"), E("Company", "BBC News Online"),
           E("Organization", "January 25 Youth Coalition")],
 # 'Ahmed Shafik, Egypt's acting prime minister, has resigned' → minister of Egypt, current false (heads of
 # government → minister, as batch 26a); 'announced Essam Sharaf as the new prime minister' → minister, current
 # true (his earlier post as Minister of Transportation is the same title and org: one item); 'then Egyptian
 # president Hosni Mubarak', 'Former Egyptian president' → president, current false; 'Wael Ghonim, a Google
 # executive' → executive of Google; a micro-blogging and a social networking website → Service; the Nobel Peace
 # Prize (an award) and the Minister of Transportation (a post) → no entity; 'on Friday' against Friday's date line
 # → that day; 'five years ago' not resolved (as batch 26a's 'three weeks ago')
 roles=[R("Ahmed Shafik", "minister", "Egypt", False), R("Essam Sharaf", "minister", "Egypt"),
        R("Hosni Mubarak", "president", "Egypt", False), R("Wael Ghonim", "executive", "Google")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2011-03-03"), D("February 11, 2011", "2011-02-11"), D("Monday", "2011-02-28"),
        D("Friday", "2011-03-04")])
A["wn-magnitude-7-5-earthquake-hits-afghanistan-2015"] = dict(
 entities=[E("Location", "Afghanistan"), E("Location", "Pakistan"), E("Location", "North India"),
           E("Location", "Hindu Kush"), E("Location", "North Pakistan"), E("Company", "Wikinews"),
           E("Location", "Behror"), E("Location", "Rajasthan"), E("Organization", "United States Geological Survey"),
           E("Location", "Takhar"), E("Location", "Badakhshan"), E("Location", "Kashmir"), E("Location", "Punjab"),
           E("Location", "Jammu and Kashmir"), E("Location", "Uttar Pradesh"),
           E("Location", "Delhi National Capital Region"), E("Location", "Srinagar"), E("Location", "India"),
           E("Person", "Narendra Modi"), E("Person", "Nawaz Sharif"), E("Person", "Pervez Rashid"),
           E("Organization", "NIIT University"), E("Organization", "BITS Pilani"), E("Location", "Pilani"),
           E("Organization", "ITM Gurgaon"), E("Location", "Gurgaon"), E("Location", "Haryana")],
 # 'Srinagar experienced a power cutoff after the earthquake' → one outage, no operator named (provider null),
 # location Srinagar, cause 'earthquake', the day of the earthquake ('Early yesterday afternoon' against Tuesday 27
 # October → 26 October); 'Indian Prime minister Narendra Modi', 'Pakistani Prime Minister Nawaz Sharif' → minister
 # of India / Pakistan (both named on their own); 'Pervez Rashid, Pakistani Information Minister' → minister of
 # Pakistan; universities → Organization; a mountain range → Location (as the corpus' oceans and gulfs); 'Almost a
 # decade ago' not resolved; 'yesterday afternoon' covers 'Early yesterday afternoon' (one text, one value)
 roles=[R("Narendra Modi", "minister", "India"), R("Nawaz Sharif", "minister", "Pakistan"),
        R("Pervez Rashid", "minister", "Pakistan")],
 relations=[],
 outages=[O(None, "2015-10-26", [], loc="Srinagar", cause="earthquake")],
 dates=[D("yesterday afternoon", "2015-10-26"), D("2:50 PM IST", "2015-10-26T14:50"),
        D("0920 UTC", "2015-10-26T09:20"), D("Yesterday evening", "2015-10-26"), D("earlier today", "2015-10-27")])
A["wn-pedestrian-three-others-killed-helicopter-crash-2008"] = dict(
 entities=[E("Location", "Kenya"), E("Location", "Cranbrook"), E("Location", "British Columbia"), E("Location", "Canada"),
           E("Service", "iPod"), E("Person", "Isaiah Otieno", "Otieno"), E("Organization", "College of the Rockies"),
           E("Person", "Dalmas Otieno", "Dalmas"), E("Service", "Bell 206"), E("Company", "The Globe and Mail"),
           E("Company", "Wikinews"), E("Organization", "Royal Canadian Mounted Police"), E("Location", "Grimsby"),
           E("Location", "Ontario"), E("Company", "Bighorn Helicopters"), E("Company", "BC Hydro"),
           E("Person", "Edward William Kyle Heeb"), E("Person", "Dirk Bentley Rozenboom"),
           E("Person", "Robert William Lehmann"), E("Person", "Geordon Hoag")],
 # 'The helicopter was owned by Bighorn Helicopters and was rented to BC Hydro' → partner (a rental between two named
 # companies, owner first as written; as batch 26a's lease, a doubtful point); BC Hydro, 'the Province's power and
 # water authority', is a utility run as a business → Company (a doubtful point); 'Kenya's Minister of State for
 # Public Service' → minister of Kenya; the crash while 'checking power lines' → no outage (a physical accident,
 # no supply said lost; a near-miss); an aircraft model and a media player → Service; a consultant with no
 # organisation → no role; 'two years ago' not resolved
 roles=[R("Dalmas Otieno", "minister", "Kenya")],
 relations=[L("Bighorn Helicopters", "partner", "BC Hydro")],
 outages=[],
 dates=[D("May 13", "2008-05-13"), D("2007", "2007")])
A["wn-rare-middle-east-cyclone-batters-oman-2007"] = dict(
 entities=[E("Location", "Iran"), E("Location", "Oman"), E("Location", "Middle East"),
           E("Organization", "Joint Typhoon Warning Center"), E("Location", "Muscat"),
           E("Location", "Seeb International Airport"), E("Location", "Sur"), E("Person", "Shareefa bint Khalfan"),
           E("Location", "Chabahr"), E("Location", "Gulf of Oman"), E("Person", "Hojjat Ali Shayanfar"),
           E("Location", "Sistan Baluchistan"), E("Company", "Associated Press"), E("Location", "Bandar Abbas"),
           E("Location", "Fujairah"), E("Location", "United Arab Emirates"), E("Location", "Persian Gulf"),
           E("Location", "Strait of Hormuz"), E("Organization", "OPEC"), E("Person", "Manouchehr Takin"),
           E("Organization", "Center for Global Energy Studies"), E("Location", "London"), E("Person", "Tim Evans"),
           E("Company", "Citigroup Global Markets"), E("Company", "New York Mercantile Exchange"),
           E("Location", "Maldives"), E("Location", "Arabian Peninsula"), E("Location", "Indian Ocean")],
 # 'Electricity and phone lines were out and roads flooded' (Oman, after the storm) → one outage told in one clause,
 # no operator named (provider null), location Oman, cause the storm, date the month only (the storm hit Oman over
 # two days, the clause names no day; a doubtful point, and one outage rather than two); flights 'canceled' at the
 # airport, oil exports 'cut off' by rough seas and refuelling 'suspended' → no outage (weather, no system failed;
 # near-misses); 'Shareefa bint Khalfan, Omani minister of social development' → minister of Oman; 'Tim Evans, an
 # analyst at Citigroup Global Markets' → analyst; 'Manouchehr Takin, at the Center for Global Energy Studies' on
 # oil prices → analyst (a doubtful point: no title stated); 'head of emergency services in Sistan Baluchistan
 # province' names no organisation → no role; the exchange → Company (as the corpus' stock exchanges); the storm is
 # no entity; 'mid-May to late June' is a season in general (not resolved); 'early today' beside 'today'
 roles=[R("Shareefa bint Khalfan", "minister", "Oman"), R("Tim Evans", "analyst", "Citigroup Global Markets"),
        R("Manouchehr Takin", "analyst", "Center for Global Energy Studies")],
 relations=[],
 outages=[O(None, "2007-06", [], loc="Oman", cause="Tropical Storm Gonu")],
 dates=[D("today", "2007-06-07"), D("Early today", "2007-06-07"), D("yesterday", "2007-06-06"), D("1890", "1890"),
        D("1977", "1977"), D("1945", "1945")])
A["wn-ryanair-sue-associated-newspapers-mirror-group-2013"] = dict(
 entities=[E("Company", "Ryanair", "Ryanair Plc"), E("Company", "Associated Newspapers"), E("Company", "Mirror Group"),
           E("Organization", "High Court"), E("Location", "Dublin"), E("Company", "Channel 4"), E("Location", "UK"),
           E("Location", "Spain"), E("Location", "Valencia"), E("Organization", "Spanish Air Authority"),
           E("Person", "John Goss", "Goss"), E("Organization", "Ryanair Pilots Group", "RPG"),
           E("Company", "The Belfast Telegraph"), E("Company", "The Daily Mail"), E("Company", "The Daily Mirror"),
           E("Company", "The People"), E("Organization", "Irish Aviation Authority", "IAA"),
           E("Organization", "Irish Airline Pilots' Association"), E("Person", "Evert van Zwol"),
           E("Organization", "Dutch Airline Pilots Association"), E("Location", "Rome"), E("Location", "Sweden"),
           E("Location", "Stockholm"), E("Organization", "Swedish Accident Investigation Authority"),
           E("Company", "Södermanlands Nyheter")],
 # 'Associated Newspapers are behind The Daily Mail', 'Mirror Group publish The Daily Mirror, its Sunday sister,
 # and The People' → the publisher owns its titles: parentOrganization (newspapers are Companies; as the corpus'
 # newspaper owners; a doubtful point: 'publish' is not 'own'); 'RPG chairman Evert van Zwol' → chairman; 'also a
 # recent Dutch Airline Pilots Association president' → president, current false; a sacked pilot, an unnamed
 # spokesperson, lawyers → no role; the documentary and its series are programmes (no entity); the Boeing jets are
 # not named; an emergency landing after 'electrical malfunctions' and fuel emergencies → no outage (one aircraft's
 # faults, no service said lost; near-misses); 'this week' skipped
 roles=[R("Evert van Zwol", "chairman", "Ryanair Pilots Group"),
        R("Evert van Zwol", "president", "Dutch Airline Pilots Association", False)],
 relations=[L("The Daily Mail", "parentOrganization", "Associated Newspapers"),
            L("The Daily Mirror", "parentOrganization", "Mirror Group"),
            L("The People", "parentOrganization", "Mirror Group")],
 outages=[],
 dates=[D("yesterday", "2013-08-16"), D("Monday night", "2013-08-12"), D("last year", "2012"), D("2005", "2005"),
        D("2009", "2009")])
A["wn-uber-london-lose-operator-licence-september-2017"] = dict(
 entities=[E("Organization", "Transport for London", "TfL"), E("Location", "US"), E("Company", "Uber"),
           E("Company", "Uber London Limited", "Uber London"), E("Service", "greyball", "Greyball"),
           E("Location", "London"), E("Person", "Tom Elvidge", "Elvidge"), E("Person", "Sadiq Khan"),
           E("Service", "Facebook"), E("Location", "Bulgaria"), E("Location", "Denmark"), E("Location", "France"),
           E("Location", "Italy"), E("Location", "Hungary"), E("Location", "Spain"), E("Location", "UK")],
 # 'Uber would not get a renewed private hire operator license', 'Uber London Limited was "not fit and proper"',
 # 'Uber London's General Manager' → the London company is Uber's: parentOrganization (a careful reader's
 # conclusion; a doubtful point); 'Uber London's General Manager Tom Elvidge' → executive ('manager', as batch 25a's
 # general manager); the mayor → no role (as the corpus); software named 'greyball' → Service; the Act is a law (no
 # entity; its year not listed); a licence refused, not yet expired → no outage (a near-miss); 'the end of the
 # month' → the month
 roles=[R("Tom Elvidge", "executive", "Uber London Limited")],
 relations=[L("Uber London Limited", "parentOrganization", "Uber")],
 outages=[],
 dates=[D("Friday", "2017-09-22"), D("the end of the month", "2017-09"), D("August", "2017-08"), D("May", "2017-05")])
A["wn-united-states-army-suspends-ammo-contract-2008"] = dict(
 entities=[E("Organization", "United States Army", "Army"), E("Location", "China", "People’s Republic of China"),
           E("Location", "Miami"), E("Company", "AEY Inc.", "AEY"), E("Person", "Efrain Diveroli", "Diveroli"),
           E("Location", "Hungary"), E("Organization", "Army Legal Services Agency"),
           E("Company", "New York Times", "Times"), E("Company", "MFS 2000"), E("Location", "Afghanistan"),
           E("Organization", "Afghan National Army"), E("Organization", "Afghan National Police"),
           E("Location", "Kabul International Airport"), E("Location", "Albania"), E("Person", "Bryan Whitman"),
           E("Organization", "The Pentagon"), E("Location", "United States"), E("Person", "Michael Diveroli"),
           E("Company", "CBS"), E("Company", "WFOR"), E("Person", "Angelo Diveroli"),
           E("Organization", "United States Army Criminal Investigation Command")],
 # 'The United States Army has suspended its contract with a company', 'The Army had contracted with AEY' → partner
 # (a supply contract between two named organisations, the Army first as written; relations carry no time);
 # 'certifying that ... ammunition ... had been manufactured by MFS 2000' is a false claim → no relation; 'CBS'
 # Miami affiliate, WFOR' → partner (an affiliation, not ownership; a doubtful point), CBS first as written; 'a
 # company run by a 22-year old named Efrain Diveroli' → head (no title stated; a doubtful point); 'Michael
 # Diveroli ... who originally founded AEY' → founder; 'The Pentagon's spokesperson' → spokesperson; 'the People’s
 # Republic of China' is China; the contract's dates are listed as written
 roles=[R("Efrain Diveroli", "head", "AEY Inc."), R("Michael Diveroli", "founder", "AEY Inc."),
        R("Bryan Whitman", "spokesperson", "The Pentagon")],
 relations=[L("United States Army", "partner", "AEY Inc."), L("CBS", "partner", "WFOR")],
 outages=[],
 dates=[D("November", "2007-11"), D("November 25, 2007", "2007-11-25"), D("1966", "1966"), D("1962", "1962"),
        D("January 2007", "2007-01"), D("March 17, 2007", "2007-03-17")])

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
