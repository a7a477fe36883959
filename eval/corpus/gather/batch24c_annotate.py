#!/usr/bin/env python3
"""Batch 24c gold annotations (the 8 texts of batch24c.py, two parts), written from each text alone before newskg
was run on any of them. Split rule fixed before annotation: each part's ids sorted, then dealt along test, train, dev,
train (the part's own cycle, as every sub-batch since 8b; part 2 was added after part 1 was committed).
usage: batch24c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-pakistan-international-airlines-sacrifices-goat-resumes-2016
wn-internet-security-firm-donate-revenue-charity-2012
wn-google-performs-first-successful-collision-attack-2017
wn-death-toll-from-borneo-bridge-collapse-2011
wn-british-pilot-dies-plane-crash-nine-2009""".split())
A = {}
A["wn-pakistan-international-airlines-sacrifices-goat-resumes-2016"] = dict(
 entities=[E("Company", "Pakistan International Airlines", "PIA"), E("Company", "ATR"), E("Service", "ATR-42"),
           E("Service", "ATR-72"), E("Location", "Havelian"), E("Location", "Pakistan"),
           E("Service", "Lockheed C-130 Hercules", "C-130"), E("Location", "Abbottabad"),
           E("Location", "Khyber Pakhtunkhwa"), E("Organization", "Civil Aviation Authority", "CAA"),
           E("Location", "Islamabad"), E("Location", "Chitral"), E("Location", "Benazir Bhutto International Airport"),
           E("Location", "Multan"), E("Company", "The Aviation Herald"), E("Service", "Fokker F-27"),
           E("Location", "Gilgit"), E("Person", "Azam Saigol", "Saigol"), E("Person", "Nasser Jaffer"),
           E("Organization", "Senate"), E("Organization", "People's Party of Pakistan"),
           E("Service", "Airbus A-310"), E("Person", "Saleem Mandviwalla", "Mandviwalla"), E("Location", "Malta"),
           E("Person", "Muhammad Zubair"), E("Organization", "Safety Investigation Board"),
           E("Organization", "Pakistan Institute of Medical Sciences", "PIMS"), E("Person", "Haseena Gul", "Gul"),
           E("Person", "Junaid Jamshed", "Jamshed"), E("Organization", "Tableeghi Jamaat"),
           E("Person", "Osama Warraich"), E("Location", "Kuala Lumpur"), E("Location", "Karachi"),
           E("Location", "Jeddah"), E("Location", "Faisalabad")],
 # 'Chairman Azam Saigol quit' → chairman, left (current false); 'on PIA's board since 2013' (present perfect, no
 # seat said given up) → director, current; 'drafted in to replace Nasser Jaffer' → Jaffer the former chairman;
 # 'Federal Minister Muhammad Zubair' → minister of Pakistan (named on its own); the senator is a legislator (no
 # role); 'experts from ATR', 'the manufacturer's instructions' → ATR makes the ATR-42 and ATR-72 (provider); the air
 # force, the German firm and museum are unnamed; the fleet 'grounded ... in the aftermath of a crash' and the
 # disrupted flights are a safety grounding and flight delays, no system failure → no outage (near-miss); flight
 # numbers are no entities; 'last week' and 'two weeks ago' are not resolved (GUIDELINES.md, Dates)
 roles=[R("Azam Saigol", "chairman", "Pakistan International Airlines", False),
        R("Azam Saigol", "director", "Pakistan International Airlines"),
        R("Nasser Jaffer", "chairman", "Pakistan International Airlines", False),
        R("Muhammad Zubair", "minister", "Pakistan")],
 relations=[L("ATR-42", "provider", "ATR"), L("ATR-72", "provider", "ATR")],
 outages=[],
 dates=[D("Monday", "2016-12-19"), D("earlier this month", "2016-12"), D("December 15", "2016-12-15"),
        D("December 11", "2016-12-11"), D("2000", "2000"), D("2006", "2006"), D("December 12", "2016-12-12"),
        D("2013", "2013"), D("1984", "1984"), D("May", "2016-05")])
A["wn-internet-security-firm-donate-revenue-charity-2012"] = dict(
 entities=[E("Company", "Black Lotus Communications", "Black Lotus"),
           E("Organization", "Westboro Baptist Church", "WBC", "Church"), E("Company", "Wikinews"),
           E("Location", "Newtown"), E("Organization", "Wounded Warrior Project"),
           E("Organization", "Trevor Project"), E("Person", "Jeffrey Lyon", "Lyon"), E("Organization", "United Way"),
           E("Organization", "Anonymous"), E("Organization", "Sandy Hook Elementary School"),
           E("Location", "Connecticut"), E("Service", "Twitter"), E("Person", "Shirley Phelps-Roper", "Roper"),
           E("Person", "Fred Phelps"), E("Service", "YouTube")],
 # 'the Church's website was defaced and taken offline for most of the day Monday' by the activist group's attack →
 # one outage of the church's own website (unnamed: no affected service), provider the church whose site went down
 # (its host is not named), no duration stated ('most of the day'); 'how long WBC has sought the services of Black
 # Lotus', 'the fees WBC pays' → a customer relation (partner, Black Lotus first as written); Lyon's certification is
 # no title; 'the Church's spokeswoman' → spokesperson, 'leader Fred Phelps' → head; Twitter is told as a 'social
 # network site' (Service), its company not named apart; 'the end of the week' is skipped
 roles=[R("Shirley Phelps-Roper", "spokesperson", "Westboro Baptist Church"),
        R("Fred Phelps", "head", "Westboro Baptist Church")],
 relations=[L("Black Lotus Communications", "partner", "Westboro Baptist Church")],
 outages=[O("Westboro Baptist Church", "2012-12-17", [], cause="attack by Anonymous")],
 dates=[D("December 14", "2012-12-14"), D("Monday", "2012-12-17"), D("early Monday morning", "2012-12-17"),
        D("Sunday", "2012-12-16"), D("Wednesday", "2012-12-19")])
A["wn-google-performs-first-successful-collision-attack-2017"] = dict(
 entities=[E("Company", "Google"), E("Person", "Marc Stevens"),
           E("Organization", "Centrum Wiskunde & Informatica", "CWI"), E("Location", "Netherlands"),
           E("Company", "Google Research Security, Privacy and Anti-abuse Group"), E("Person", "Elie Bursztein"),
           E("Person", "Ange Albertini"), E("Person", "Pierre Karpman"), E("Person", "Yarik Markov"),
           E("Person", "Clement Baisse"), E("Person", "Alex Petit Bianco"), E("Service", "git"),
           E("Service", "Google Chrome"), E("Service", "Mozilla Firefox")],
 # 'the Google Research Security, Privacy and Anti-abuse Group' → a unit of Google (parentOrganization); 'The
 # cryptology group at the ... (CWI) institute ... collaborated with the Google Research ... Group' → partner (CWI
 # first, as written); 'Google Chrome' → provider (Google is named on its own); Mozilla appears only inside
 # 'Mozilla Firefox' (no entity of its own, no provider); SHA-1, SHA-256, SHA-3, PDF, HTTPS, ISO, PGP/GPG are
 # algorithms, formats and standards (no entity); the initiative's leaders hold no post at a named organisation;
 # 'Since January' → January of the publication year; 'more than twenty years ago' is skipped
 roles=[],
 relations=[L("Google Research Security, Privacy and Anti-abuse Group", "parentOrganization", "Google"),
            L("Centrum Wiskunde & Informatica", "partner", "Google Research Security, Privacy and Anti-abuse Group"),
            L("Google Chrome", "provider", "Google")],
 outages=[],
 dates=[D("This Thursday", "2017-02-23"), D("2013", "2013"), D("2005", "2005"), D("January", "2017-01"),
        D("yesterday", "2017-02-24")])
A["wn-death-toll-from-borneo-bridge-collapse-2011"] = dict(
 entities=[E("Location", "Borneo"), E("Location", "Mahakam River"), E("Location", "East Kalimantan"),
           E("Location", "Kutai Kartanegara"), E("Location", "Tenggarong"), E("Location", "Samarinda"),
           E("Company", "PT Hutama Karya"), E("Location", "California"), E("Location", "Golden Gate Bridge"),
           E("Organization", "National Disaster Management Agency"), E("Person", "Sutopo Nugoroho", "Nugoroho"),
           E("Person", "Daryatmo"), E("Person", "Susilo Bambang Yudhoyono"), E("Person", "Bambang Widaryatmo"),
           E("Organization", "East Kalimantan Police"), E("Person", "Endang Rahayu Sedyaningsih"),
           E("Location", "Parikesit Hospital"), E("Person", "Syakrani"), E("Company", "Jakarta Globe", "Globe"),
           E("Company", "Harum Energy"), E("Organization", "Corruption Eradication Commission")],
 # a suspension bridge that 'came down during repairs' (a physical accident) and a river 'closed to boats' → no
 # outage (near-miss); 'State-owned builders PT Hutama Karya completed the bridge' names no owner; 'National Disaster
 # Management Agency spokesman' → spokesperson; 'head of East Kalimantan's police' → head of the East Kalimantan
 # Police (named later); the president and the health minister serve a country the text names only as an adjective
 # ('Indonesian') → no role; 'National search and rescue head' names no organisation; 'the weekend' and 'about a
 # decade ago' are skipped
 roles=[R("Sutopo Nugoroho", "spokesperson", "National Disaster Management Agency"),
        R("Bambang Widaryatmo", "head", "East Kalimantan Police")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2011-11-27"), D("today", "2011-11-28")])
A["wn-british-pilot-dies-plane-crash-nine-2009"] = dict(
 entities=[E("Location", "Caribbean Sea"), E("Person", "Robert Mansell", "Mansell", "Robert"), E("Location", "Knowle"),
           E("Location", "West Midlands"), E("Location", "England"), E("Company", "Windward Islands Airways"),
           E("Company", "Divi Divi Air"), E("Location", "Curaçao"), E("Location", "Bonaire"),
           E("Service", "Britten-Norman Islander"), E("Location", "Netherlands"),
           E("Organization", "Foreign and Commonwealth Office"), E("Person", "Simon Janzen"), E("Person", "Roger"),
           E("Person", "Germaine Richie")],
 # an aircraft lost after 'the right engine ... failed' (a physical accident) → no outage (near-miss); a pilot is no
 # title and 'from Divi Divi Air' names none; 'the owner of Divi Divi Air' → no role (owners carry no title, as in
 # earlier batches); the crash's day is not stated ('At 0930 local time'); 'Wednesday' (the day he died) resolved
 # against `published`
 roles=[],
 relations=[],
 outages=[],
 dates=[D("Wednesday", "2009-10-21")])

# Part 2 (added after part 1 was committed; its own split cycle)
IDS2 = sorted("""wn-40th-ariane-5-rocket-launches-protostar-2008
wn-two-airliners-come-within-seconds-collision-2007
wn-cfpb-records-fewer-complaints-early-days-2013""".split())
A2 = {}
A2["wn-40th-ariane-5-rocket-launches-protostar-2008"] = dict(
 entities=[E("Service", "Ariane 5", "Ariane 5ECA"), E("Location", "ELA-3", "Launch Area 3"),
           E("Location", "Guiana Space Centre"), E("Location", "French Guiana"), E("Location", "South America"),
           E("Service", "ProtoStar-1", "ChinaSat-8"), E("Service", "Badr-6", "Arabsat-4C"),
           E("Company", "ProtoStar Corporation", "ProtoStar"), E("Location", "Bermuda"), E("Location", "US"),
           E("Company", "Space Systems Loral"), E("Service", "LS-1300"), E("Location", "South-East Asia"),
           E("Service", "Long March 3B"), E("Company", "ChinaSat"), E("Company", "Arabsat"),
           E("Location", "Persian Gulf"), E("Company", "EADS Astrium"), E("Company", "Thales Alenia Space"),
           E("Service", "Eurostar 2000+"), E("Service", "Arabsat-4A"), E("Service", "Proton"),
           E("Person", "Jean Yves Le Gall"), E("Company", "Arianespace"), E("Organization", "European Space Agency"),
           E("Person", "Phillip Father"), E("Service", "Superbird 7"), E("Service", "AMC-21")],
 # 'operated by ProtoStar Corporation', 'operated by Arabsat' → provider; 'built by Space Systems Loral', 'built by
 # EADS Astrium and Thales Alenia Space' → the makers, provider too (GUIDELINES.md: the company that makes or runs
 # it); the launch company's chairman thanks 'the launch team', its slogan 'launches speak louder than words' → it
 # runs the Ariane 5 launches (provider); 'the President of ProtoStar, thanked Arianespace for the launch' → a launch
 # customer (partner, ProtoStar first as written); 'the Chairman and Chief Executive of Arianespace' → chairman and
 # ceo; the satellite's former name is an alias; ChinaSat only intended to launch it (no relation); the buses' makers
 # are not stated; the Badr-6 programme manager is unnamed; launch delays are no outage
 roles=[R("Jean Yves Le Gall", "chairman", "Arianespace"), R("Jean Yves Le Gall", "ceo", "Arianespace"),
        R("Phillip Father", "president", "ProtoStar Corporation")],
 relations=[L("ProtoStar-1", "provider", "ProtoStar Corporation"), L("Badr-6", "provider", "Arabsat"),
            L("ProtoStar-1", "provider", "Space Systems Loral"), L("Badr-6", "provider", "EADS Astrium"),
            L("Badr-6", "provider", "Thales Alenia Space"), L("Ariane 5", "provider", "Arianespace"),
            L("ProtoStar Corporation", "partner", "Arianespace")],
 outages=[],
 dates=[D("21:47 GMT", "2008-07-07T21:47"), D("this evening", "2008-07-07"), D("early 2006", "2006"),
        D("late June", "2008-06"), D("last Friday evening", "2008-07-04"), D("2008", "2008"),
        D("early August", "2008-08")])
A2["wn-two-airliners-come-within-seconds-collision-2007"] = dict(
 entities=[E("Location", "Indiana"), E("Location", "United States"), E("Company", "Midwest Airlines", "Midwest"),
           E("Company", "United Express"), E("Person", "Carol Skornicka", "Skornicka"),
           E("Location", "O'Hare International Airport"), E("Person", "Jeffrey Richards", "Richards"),
           E("Organization", "National Air Traffic Controllers Association"),
           E("Organization", "Federal Aviation Authority", "FAA"), E("Location", "Chicago Centre")],
 # a near collision after a controller's mistake, with the collision warning system working → no outage
 # (near-miss: no system failed, no service lost); 'Midwest spokeswoman' → spokesperson; 'president of the National
 # Air Traffic Controllers Association' → president; the air traffic control centre is a facility (Location); TCAS is
 # a kind of equipment (no entity); 'three years ago' and 'six weeks' are not resolved
 roles=[R("Carol Skornicka", "spokesperson", "Midwest Airlines"),
        R("Jeffrey Richards", "president", "National Air Traffic Controllers Association")],
 relations=[],
 outages=[],
 dates=[])
A2["wn-cfpb-records-fewer-complaints-early-days-2013"] = dict(
 entities=[E("Organization", "US Federal Government"), E("Location", "US"),
           E("Organization", "Consumer Financial Protection Bureau", "CFPB"), E("Company", "Bank of America"),
           E("Company", "Bayview Loan Servicing, LLC", "Bayview Loan Servicing"), E("Company", "JPMorgan Chase"),
           E("Company", "Ally Bank"), E("Company", "Sovereign Bank"), E("Company", "Wells Fargo"),
           E("Company", "Flagstar Bank"), E("Company", "Equifax"), E("Company", "Citibank"),
           E("Company", "Nationstar Mortgage"), E("Company", "TD Bank"), E("Company", "Amex"),
           E("Company", "FirstMerit Bank"), E("Service", "Twitter"), E("Person", "Dan Munz"), E("Person", "Boehner"),
           E("Organization", "Democratic Party"), E("Organization", "Federal Reserve"), E("Person", "Amanda Terkel"),
           E("Company", "Huffington Post"), E("Organization", "United States House of Representatives"),
           E("Person", "Richard Cordray")],
 # a federal government shutdown that the agency stayed open through → no outage (near-miss); 'deputy assistant
 # director for consumer engagement at the CFPB' → executive; the stalled 'appointment of Richard Cordray as the CFPB
 # boss' does not say he took the post → no role; 'at the Huffington Post' names no title; 'funded by the Federal
 # Reserve' is funding, not ownership (no relation); the companies complained about hold no relation to each other
 roles=[R("Dan Munz", "executive", "Consumer Financial Protection Bureau")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2013-10-07"), D("September 29", "2013-09-29"), D("September 28", "2013-09-28"),
        D("March 16", "2013-03-16"), D("this year", "2013"), D("February 23", "2013-02-23"),
        D("last year", "2012"), D("October 2012", "2012-10"), D("this month", "2013-10")])

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A), (IDS2, A2))
