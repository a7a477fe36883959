#!/usr/bin/env python3
"""Batch 24c gold annotations (the 5 texts of batch24c.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b).
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

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
