#!/usr/bin/env python3
"""Batch 9 gold annotations, written from each text alone before newskg was run on any of them. Split rule fixed
before annotation: the 32 ids of batch 9 (IDS below, the whole batch as gathered) sorted, then dealt along
test, train, dev, train; an id left out later keeps the others where they are.
usage: batch9_annotate.py eval/corpus   (pool records from /work/corpus-work/pool + these annotations)"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, POOL
IDS = sorted("""fcc-verizon-wireless-911-outage-six-states-settlement-2024 firstnet-authority-network-outage-task-force-update-2024
wn-air-berlin-code-share-american-airlines-2010 wn-alcatel-lucent-will-merge-2006 wn-australian-3-cdma-customers-have-90-2006
wn-autodesk-buy-alias-2005 wn-british-airways-announces-record-losses-2009 wn-co-operative-group-purchases-somerfield-supermarket-2008
wn-ebay-buys-verisign-payment-service-division-2005 wn-eu-warns-microsoft-forthcoming-vista-risks-2006
wn-google-purchases-youtube-1-65-billion-2006 wn-hewlett-packard-expand-partnership-sap-2007 wn-iceland-nationalises-kaupthing-bank-2008
wn-icelandic-kaupthing-bank-earnings-soar-292-2005 wn-leading-luxury-businesses-form-joint-venture-2007 wn-mg-rover-sold-nanjing-auto-2005
wn-microsoft-yahoo-link-their-instant-messaging-2006 wn-monster-com-aquires-yahoos-hotjobs-service-2010
wn-new-zealand-online-auction-web-site-2006 wn-news-corp-acquires-ign-us-650-2005 wn-nokia-acquires-navteq-2007
wn-online-retailer-zappos-com-hit-hackers-2012 wn-oracle-acquire-siebel-usd-5-85bn-2005
wn-prosecutors-continue-investigation-livedoor-faces-possible-2006 wn-rio-tinto-makes-more-than-4-2006
wn-ryanair-profits-jump-19-268-9m-2005 wn-sabmiller-acquires-colombian-grupo-bavaria-brewery-2005 wn-sainsburys-posts-first-ever-loss-2004
wn-spain-based-santander-agrees-purchase-uk-2008 wn-toyota-tesla-develop-electric-suv-2010 wn-vodafone-new-zealand-buys-internet-provider-2006
wn-yahoo-7-xtra-new-zealands-website-2007""".split())
def acq(buyer, target, done=True):
    """An acquisition as GUIDELINES.md records it: completed -> acquired + parentOrganization; agreed -> acquired."""
    return [L(buyer, "acquired", target)] + ([L(target, "parentOrganization", buyer)] if done else [])
A = {}
A["wn-sabmiller-acquires-colombian-grupo-bavaria-brewery-2005"] = dict(
 entities=[E("Company", "Grupo Bavaria", "Bavaria", "Grupo Empresarial Bavaria"), E("Company", "SABMiller"), E("Location", "South America"),
           E("Location", "London"), E("Company", "Caracol Televisión"), E("Company", "Avianca"), E("Company", "InBev"),
           E("Location", "Colombia"), E("Location", "Peru"), E("Location", "Ecuador"), E("Location", "Panama"),
           E("Person", "Ricardo Obregón", "Obregón"), E("Company", "Heineken")],
 roles=[R("Ricardo Obregón", "president", "Grupo Bavaria")],
 relations=acq("SABMiller", "Grupo Bavaria"),
 outages=[],
 dates=[D("1889", "1889"), D("Tuesday", "2005-07-19"), D("Monday", "2005-07-18"), D("Tuesday morning", "2005-07-19")])
A["wn-mg-rover-sold-nanjing-auto-2005"] = dict(
 entities=[E("Company", "PriceWaterHouseCoopers", "PWC"), E("Company", "MG Rover"), E("Company", "Powertrain Ltd", "Powertrain"),
           E("Company", "Nanjing Automobile", "Nanjing"), E("Company", "Shanghai Automotive", "SAIC"), E("Location", "China"), E("Location", "Britain")],
 roles=[],
 relations=[L("Powertrain Ltd", "parentOrganization", "MG Rover")] + acq("Nanjing Automobile", "MG Rover") + acq("Nanjing Automobile", "Powertrain Ltd"),
 outages=[],
 dates=[D("this Spring", "2005"), D("June", "2005-06"), D("This Monday", "2005-07-18")])
A["wn-news-corp-acquires-ign-us-650-2005"] = dict(
 entities=[E("Company", "News Corporation", "News Corp"), E("Location", "US"), E("Location", "Australia"), E("Company", "IGN Entertainment", "IGN"),
           E("Service", "IGN.com"), E("Service", "GameSpy.com"), E("Service", "Rotten Tomatoes"), E("Company", "Fox Interactive Media"),
           E("Company", "Intermix Media"), E("Company", "Scout Media")],
 roles=[],
 relations=acq("News Corporation", "IGN Entertainment", done=False) + [
           L("IGN.com", "provider", "IGN Entertainment"), L("GameSpy.com", "provider", "IGN Entertainment"), L("Rotten Tomatoes", "provider", "IGN Entertainment"),
           L("Fox Interactive Media", "parentOrganization", "News Corporation")] + acq("News Corporation", "Intermix Media") + acq("News Corporation", "Scout Media"),
 outages=[],
 dates=[D("July", "2005-07"), D("this year", "2005")])
A["wn-oracle-acquire-siebel-usd-5-85bn-2005"] = dict(
 entities=[E("Company", "Oracle Corporation", "Oracle"), E("Location", "US"), E("Company", "Siebel Systems", "Siebel"),
           E("Person", "Thomas M. Siebel", "Thomas Siebel"), E("Person", "Larry Ellison"), E("Company", "PeopleSoft"), E("Location", "North America")],
 roles=[R("Larry Ellison", "ceo", "Oracle Corporation"), R("Thomas M. Siebel", "chairman", "Siebel Systems"), R("Thomas M. Siebel", "founder", "Siebel Systems")],
 relations=acq("Oracle Corporation", "Siebel Systems", done=False) + acq("Oracle Corporation", "PeopleSoft"),
 outages=[],
 dates=[D("today", "2005-09-13"), D("the early part of next year", "2006"), D("last December", "2004-12")])
A["wn-autodesk-buy-alias-2005"] = dict(
 entities=[E("Company", "Autodesk Inc.", "Autodesk"), E("Location", "California"), E("Location", "Toronto"), E("Company", "Alias", "Alias Research"),
           E("Person", "Carl Bass"), E("Service", "AutoCAD"), E("Company", "Wavefront Technologies"), E("Company", "Silicon Graphics Inc.", "SGI"),
           E("Company", "Accel-KKR"), E("Organization", "Ontario Teachers' Pension Plan"), E("Company", "DreamWorks SKG"), E("Company", "Pixar"),
           E("Company", "Nintendo"), E("Company", "Industrial Light & Magic"), E("Company", "General Motors"), E("Company", "BMW"),
           E("Organization", "Academy of Motion Picture Arts and Sciences")],
 roles=[R("Carl Bass", "coo", "Autodesk Inc.")],
 relations=acq("Autodesk Inc.", "Alias", done=False) + [L("AutoCAD", "provider", "Autodesk Inc."), L("Alias", "parentOrganization", "Silicon Graphics Inc.")]
           + acq("Accel-KKR", "Alias") + [L("Alias", "parentOrganization", "Ontario Teachers' Pension Plan")]
           + [L("Alias", "partner", c) for c in ("DreamWorks SKG", "Pixar", "Nintendo", "Industrial Light & Magic", "General Motors", "BMW")],
 outages=[],
 dates=[D("yesterday", "2005-10-06"), D("1983", "1983"), D("1995", "1995"), D("July 2003", "2003-07"), D("June, 2004", "2004-06")])
A["wn-ebay-buys-verisign-payment-service-division-2005"] = dict(
 entities=[E("Company", "eBay"), E("Company", "VeriSign"), E("Company", "PayPal"), E("Person", "Jeff Jordan"), E("Person", "Stratton Sclavos")],
 roles=[R("Jeff Jordan", "president", "PayPal"), R("Stratton Sclavos", "ceo", "VeriSign")],
 relations=[L("PayPal", "parentOrganization", "eBay"), L("eBay", "partner", "VeriSign")],
 outages=[],
 dates=[D("Monday", "2005-10-10"), D("the coming year", "2006"), D("Last year", "2004"), D("2006", "2006"), D("this quarter", "2005-Q4")])
A["wn-new-zealand-online-auction-web-site-2006"] = dict(
 entities=[E("Company", "John Fairfax Holdings Limited", "Fairfax"), E("Location", "New Zealand"), E("Company", "TradeMe", "Trade Me"),
           E("Person", "David Kirk"), E("Person", "Sam Morgan"), E("Company", "News Corporation")],
 roles=[R("David Kirk", "ceo", "John Fairfax Holdings Limited")],
 relations=acq("John Fairfax Holdings Limited", "TradeMe", done=False),
 outages=[],
 dates=[D("today", "2006-03-06"), D("2005", "2005"), D("April", "2006-04")])
A["wn-vodafone-new-zealand-buys-internet-provider-2006"] = dict(
 entities=[E("Location", "New Zealand"), E("Company", "Vodafone"), E("Company", "ihug New Zealand Ltd", "ihug", "Ihug"), E("Company", "iiNet"),
           E("Person", "Paul Budde"), E("Person", "Russell Stanners", "Stanners"), E("Person", "Mark Rushworth")],
 roles=[R("Russell Stanners", "ceo", "Vodafone"), R("Mark Rushworth", "ceo", "ihug New Zealand Ltd")],
 relations=acq("Vodafone", "ihug New Zealand Ltd") + [L("ihug New Zealand Ltd", "parentOrganization", "iiNet")],
 outages=[],
 dates=[D("Monday", "2006-10-09"), D("July", "2006-07")])
A["wn-alcatel-lucent-will-merge-2006"] = dict(
 entities=[E("Company", "Lucent Technologies", "Lucent"), E("Location", "USA"), E("Company", "Alcatel"), E("Location", "France"), E("Location", "Paris"),
           E("Company", "Cisco"), E("Company", "Ericsson"), E("Person", "Patricia Russo", "Russo"), E("Company", "Bell Labs"),
           E("Location", "New Jersey"), E("Location", "US"), E("Organization", "CFDT")],
 roles=[R("Patricia Russo", "ceo", "Lucent Technologies")],
 relations=acq("Alcatel", "Lucent Technologies", done=False) + [L("Bell Labs", "parentOrganization", "Lucent Technologies")],
 outages=[],
 dates=[D("yesterday", "2006-04-02")])
A["wn-nokia-acquires-navteq-2007"] = dict(
 entities=[E("Company", "Nokia"), E("Location", "Finland"), E("Location", "Chicago"), E("Location", "United States"), E("Company", "Navteq"),
           E("Person", "Olli-Pekka Kallasvuo"), E("Company", "MarketWatch")],
 roles=[R("Olli-Pekka Kallasvuo", "ceo", "Nokia")],
 relations=acq("Nokia", "Navteq", done=False),
 outages=[],
 dates=[])
A["wn-spain-based-santander-agrees-purchase-uk-2008"] = dict(
 entities=[E("Company", "Alliance & Leicester", "A&L"), E("Location", "UK"), E("Company", "Banco Santander", "Santander"), E("Location", "Spain")],
 roles=[],
 relations=acq("Banco Santander", "Alliance & Leicester", done=False),
 outages=[],
 dates=[D("2006", "2006"), D("today", "2008-07-14")])
A["wn-co-operative-group-purchases-somerfield-supermarket-2008"] = dict(
 entities=[E("Company", "The Co-operative Group", "Co-op"), E("Location", "Bristol"), E("Company", "Somerfield"), E("Person", "Peter Marks"),
           E("Person", "Paul Mason"), E("Location", "UK"), E("Company", "BBC News Online"), E("Organization", "Competition Commission")],
 roles=[R("Peter Marks", "ceo", "The Co-operative Group"), R("Paul Mason", "chairman", "Somerfield")],
 relations=acq("The Co-operative Group", "Somerfield"),
 outages=[],
 dates=[D("today", "2008-07-16"), D("January of this year", "2008-01"), D("April", "2008-04")])
A["wn-monster-com-aquires-yahoos-hotjobs-service-2010"] = dict(
 entities=[E("Company", "Yahoo"), E("Service", "HotJobs"), E("Company", "Monster Worldwide", "Monster"), E("Location", "United States", "U.S.", "US"),
           E("Location", "Canada"), E("Company", "Zimbra"), E("Company", "VMWare Inc."), E("Person", "Sal Iannuzzi"), E("Service", "Careerbuilder.com"),
           E("Company", "Media Metrics comScore"), E("Service", "Alexa.com"), E("Service", "Monster.com")],
 roles=[R("Sal Iannuzzi", "chairman", "Monster Worldwide"), R("Sal Iannuzzi", "ceo", "Monster Worldwide"), R("Sal Iannuzzi", "president", "Monster Worldwide")],
 relations=[L("HotJobs", "provider", "Yahoo"), L("Monster Worldwide", "acquired", "HotJobs"), L("Yahoo", "acquired", "HotJobs"),
            L("Monster Worldwide", "partner", "Yahoo"), L("Monster.com", "provider", "Monster Worldwide")]
           + acq("VMWare Inc.", "Zimbra", done=False) + acq("Yahoo", "Zimbra"),
 outages=[],
 dates=[D("yesterday", "2010-02-03"), D("2001", "2001"), D("last month", "2010-01"), D("two years ago", "2008"), D("2009", "2009")])
A["wn-google-purchases-youtube-1-65-billion-2006"] = dict(
 entities=[E("Company", "Google Inc.", "Google"), E("Company", "YouTube"), E("Person", "Eric Schmidt"), E("Person", "Chad Hurley"), E("Company", "Associated Press")],
 roles=[R("Eric Schmidt", "ceo", "Google Inc."), R("Chad Hurley", "cofounder", "YouTube"), R("Chad Hurley", "ceo", "YouTube")],
 relations=acq("Google Inc.", "YouTube", done=False),
 outages=[],
 dates=[D("Monday", "2006-10-09"), D("October 9, 2006", "2006-10-09")])
A["wn-leading-luxury-businesses-form-joint-venture-2007"] = dict(
 entities=[E("Company", "Richemont"), E("Company", "Polo Ralph Lauren"), E("Company", "Polo Ralph Lauren Watch and Jewelry Company, S.A.R.L."),
           E("Person", "Ralph Lauren"), E("Person", "Johann Rupert")],
 roles=[R("Ralph Lauren", "chairman", "Polo Ralph Lauren"), R("Ralph Lauren", "ceo", "Polo Ralph Lauren"), R("Johann Rupert", "chairman", "Richemont")],
 relations=[L("Richemont", "partner", "Polo Ralph Lauren"),
            L("Polo Ralph Lauren Watch and Jewelry Company, S.A.R.L.", "parentOrganization", "Richemont"),
            L("Polo Ralph Lauren Watch and Jewelry Company, S.A.R.L.", "parentOrganization", "Polo Ralph Lauren")],
 outages=[],
 dates=[D("the fall of the following year", "2008")])
A["wn-hewlett-packard-expand-partnership-sap-2007"] = dict(
 entities=[E("Company", "Hewlett-Packard"), E("Company", "SAP"), E("Service", "NetWeaver"), E("Service", "R3"), E("Person", "Tim Treat", "Treat"),
           E("Company", "HP Services Consulting & Integration"), E("Company", "Intel"), E("Company", "IDS Scheer")],
 roles=[R("Tim Treat", "executive", "HP Services Consulting & Integration")],
 relations=[L("Hewlett-Packard", "partner", "SAP"), L("NetWeaver", "provider", "SAP"),
            L("HP Services Consulting & Integration", "parentOrganization", "Hewlett-Packard"), L("Hewlett-Packard", "partner", "IDS Scheer")],
 outages=[],
 dates=[])
A["wn-air-berlin-code-share-american-airlines-2010"] = dict(
 entities=[E("Company", "Air Berlin"), E("Organization", "Oneworld"), E("Company", "American Airlines"), E("Company", "Finnair Oyj", "Finnair"),
           E("Person", "Joachim Hunold"), E("Company", "Dow Jones"), E("Organization", "Star Alliance"), E("Organization", "SkyTeam"), E("Company", "British Airways")],
 roles=[R("Joachim Hunold", "ceo", "Air Berlin")],
 relations=[L("Air Berlin", "partner", "Oneworld")],
 outages=[],
 dates=[D("November", "2010-11"), D("late July", "2010-07")])
A["wn-toyota-tesla-develop-electric-suv-2010"] = dict(
 entities=[E("Company", "Toyota Motor Company", "Toyota"), E("Service", "RAV4"), E("Company", "Tesla Motors", "Tesla"), E("Person", "Akio Toyoda"),
           E("Person", "Elon Musk"), E("Location", "California"), E("Location", "Fremont"), E("Company", "General Motors"), E("Person", "John Boesel")],
 roles=[R("Akio Toyoda", "head", "Toyota Motor Company"), R("Elon Musk", "head", "Tesla Motors")],
 relations=[L("Toyota Motor Company", "partner", "Tesla Motors"), L("RAV4", "provider", "Toyota Motor Company")],
 outages=[],
 dates=[D("May 2010", "2010-05"), D("2011", "2011")])
A["wn-microsoft-yahoo-link-their-instant-messaging-2006"] = dict(
 entities=[E("Company", "Microsoft"), E("Company", "Yahoo!"), E("Service", "Windows Live Messenger", "MSN Messenger"), E("Service", "Yahoo! Messenger with Voice")],
 roles=[],
 relations=[L("Windows Live Messenger", "provider", "Microsoft"), L("Yahoo! Messenger with Voice", "provider", "Yahoo!"), L("Microsoft", "partner", "Yahoo!")],
 outages=[],
 dates=[])
A["wn-yahoo-7-xtra-new-zealands-website-2007"] = dict(
 entities=[E("Location", "New Zealand"), E("Company", "Xtra"), E("Company", "Microsoft New Zealand"), E("Service", "XtraMSN"), E("Company", "Yahoo!7"),
           E("Service", "YahooXtra", "Yahoo!Xtra"), E("Company", "Yahoo!"), E("Location", "Australia"), E("Service", "MSN New Zealand"),
           E("Person", "Kevin Kenrick", "Kenrick"), E("Company", "Telecom"), E("Person", "Ian Smith", "Smith"), E("Service", "Flickr"), E("Service", "Answers")],
 roles=[R("Kevin Kenrick", "executive", "Telecom"), R("Ian Smith", "ceo", "Yahoo!7")],
 relations=[L("Xtra", "partner", "Microsoft New Zealand"), L("Xtra", "partner", "Yahoo!7"), L("Yahoo!7", "parentOrganization", "Yahoo!"),
            L("YahooXtra", "provider", "Yahoo!7"), L("Xtra", "parentOrganization", "Telecom"), L("Flickr", "provider", "Yahoo!"),
            L("Answers", "provider", "Yahoo!"), L("MSN New Zealand", "provider", "Microsoft New Zealand")],
 outages=[],
 dates=[D("today", "2007-03-01")])
A["wn-ryanair-profits-jump-19-268-9m-2005"] = dict(
 entities=[E("Company", "Ryanair"), E("Company", "Irish Stock Exchange", "ISE"), E("Person", "Michael O'Leary"), E("Company", "Easyjet"),
           E("Company", "British Airways"), E("Company", "Southwest Airlines")],
 roles=[R("Michael O'Leary", "ceo", "Ryanair")],
 relations=[], outages=[],
 dates=[D("last year", "2004"), D("2004", "2004")])
A["wn-icelandic-kaupthing-bank-earnings-soar-292-2005"] = dict(
 entities=[E("Location", "Iceland"), E("Company", "Kaupthing Bank", "Kaupthing bank"), E("Person", "Hreiðar Már Sigurðsson", "Sigurðsson"),
           E("Company", "Singer & Friedlander", "Singer & Fridlander"), E("Location", "Europe")],
 roles=[R("Hreiðar Már Sigurðsson", "ceo", "Kaupthing Bank")],
 relations=acq("Kaupthing Bank", "Singer & Friedlander"),
 outages=[],
 dates=[D("last year", "2004"), D("the second quarter of 2005", "2005-Q2"), D("2002", "2002")])
A["wn-rio-tinto-makes-more-than-4-2006"] = dict(
 entities=[E("Company", "Rio Tinto Group", "Rio Tinto", "Rio"), E("Location", "London"), E("Location", "China"), E("Person", "Leigh Clifford"),
           E("Person", "Tim Barker"), E("Company", "BT Financial Group"), E("Location", "WA"), E("Location", "NSW"), E("Location", "USA"),
           E("Location", "Madagascar"), E("Location", "Canada"), E("Location", "North West Australia")],
 roles=[R("Leigh Clifford", "ceo", "Rio Tinto Group"), R("Tim Barker", "analyst", "BT Financial Group")],
 relations=[], outages=[],
 dates=[D("last year", "2005"), D("2006", "2006"), D("a year ago", "2005")])
A["wn-british-airways-announces-record-losses-2009"] = dict(
 entities=[E("Company", "British Airways", "BA"), E("Location", "United Kingdom"), E("Location", "London")],
 roles=[], relations=[], outages=[],
 dates=[D("today", "2009-05-23"), D("March 31", "2009-03-31"), D("last year", "2008"), D("next year", "2010")])
A["wn-sainsburys-posts-first-ever-loss-2004"] = dict(
 entities=[E("Company", "Sainsbury's"), E("Location", "UK"), E("Person", "Justin King"), E("Company", "Tesco"), E("Company", "Asda")],
 roles=[R("Justin King", "ceo", "Sainsbury's")],
 relations=[], outages=[],
 dates=[D("Wednesday", "2004-11-17"), D("9 October", "2004-10-09"), D("earlier in the year", "2004")])  # added after the post-annotation check
A["wn-eu-warns-microsoft-forthcoming-vista-risks-2006"] = dict(
 entities=[E("Organization", "European Commission", "Commission"), E("Company", "Microsoft"), E("Service", "Windows Vista", "Vista"), E("Service", "Windows"),
           E("Organization", "European Union", "EU"), E("Person", "Neelie Kroes"), E("Person", "Steve Ballmer"), E("Company", "Adobe"), E("Service", "PDF"),
           E("Person", "Jonathan Todd", "Todd"), E("Location", "Europe"), E("Person", "Horacio Guttierez", "Guttierez"),
           E("Service", "Windows Defender", "Defender"), E("Company", "BMW")],
 roles=[R("Neelie Kroes", "other", "European Union"), R("Steve Ballmer", "ceo", "Microsoft"), R("Jonathan Todd", "spokesperson", "European Commission"),
        R("Horacio Guttierez", "executive", "Microsoft")],
 relations=[L("Windows Vista", "provider", "Microsoft"), L("Windows", "provider", "Microsoft"), L("Windows Defender", "provider", "Microsoft"),
            L("PDF", "provider", "Adobe")],
 outages=[],
 dates=[D("Wednesday", "2006-03-29")])
A["wn-prosecutors-continue-investigation-livedoor-faces-possible-2006"] = dict(
 entities=[E("Organization", "Tokyo District Public Prosecutors Office"), E("Company", "Livedoor Co.", "Livedoor"), E("Company", "Yomiuri Shimbun"),
           E("Company", "Royal Shinpan"), E("Company", "Cueznet Co."), E("Organization", "JMAM Salvage Ichi-go Toshi Jigyo Kumiai"),
           E("Company", "Tokyo Stock Exchange", "TSE"), E("Company", "Livedoor Marketing Co."), E("Person", "Taizo Nishimuro")],
 roles=[R("Taizo Nishimuro", "chairman", "Tokyo Stock Exchange"), R("Taizo Nishimuro", "president", "Tokyo Stock Exchange")],
 relations=acq("Livedoor Co.", "Royal Shinpan") + acq("Livedoor Co.", "Cueznet Co.") + [
           L("Livedoor Marketing Co.", "parentOrganization", "Livedoor Co."), L("JMAM Salvage Ichi-go Toshi Jigyo Kumiai", "parentOrganization", "Livedoor Co.")],
 outages=[],
 dates=[D("August", "2004-08"), D("September of 2004", "2004-09"), D("October 2004", "2004-10"), D("Friday", "2006-01-20"), D("Monday evening", "2006-01-16")])
A["wn-iceland-nationalises-kaupthing-bank-2008"] = dict(
 entities=[E("Location", "Iceland"), E("Organization", "Financial Services Authority"), E("Company", "Kaupthing Bank", "Kaupthing"), E("Company", "Glitnir Bank"),
           E("Company", "Landsbanki"), E("Location", "Russia"), E("Organization", "International Monetary Fund"), E("Company", "Nordea Bank"),
           E("Location", "Scandinavia"), E("Person", "Thomas Haugaard Jensen"), E("Company", "Svenska Handelsbanken"), E("Location", "Copenhagen"),
           E("Location", "Sweden"), E("Location", "Finland"), E("Company", "Kaupthing Bank Sverige")],
 roles=[R("Thomas Haugaard Jensen", "analyst", "Svenska Handelsbanken")],
 relations=[L("Kaupthing Bank Sverige", "parentOrganization", "Kaupthing Bank")],
 outages=[],
 dates=[D("October 13", "2008-10-13"), D("today", "2008-10-09"), D("last month", "2008-09")])
A["wn-online-retailer-zappos-com-hit-hackers-2012"] = dict(
 entities=[E("Company", "Zappos.com", "Zappos"), E("Person", "Todd Feinman"), E("Company", "Identity Finder"), E("Company", "USA Today"),
           E("Company", "Visa"), E("Company", "MasterCard"), E("Person", "Tony Hsieh")],
 roles=[R("Tony Hsieh", "ceo", "Zappos.com")],
 relations=[], outages=[],
 dates=[D("Sunday", "2012-01-15")])
A["wn-australian-3-cdma-customers-have-90-2006"] = dict(
 entities=[E("Company", "Hutchison"), E("Service", "3"), E("Service", "3 CDMA", "Orange"), E("Location", "Australia"), E("Person", "Kevin Russell", "Russell"),
           E("Person", "Paul Budde"), E("Location", "Sydney"), E("Location", "Melbourne"), E("Location", "Brisbane"), E("Location", "The Gold Coast"),
           E("Location", "Adelaide"), E("Location", "Perth"), E("Location", "Canberra"), E("Company", "Telstra"), E("Company", "Optus"), E("Company", "Vodafone")],
 roles=[R("Kevin Russell", "ceo", "Hutchison")],
 relations=[L("3", "provider", "Hutchison"), L("3 CDMA", "provider", "Hutchison"), L("Telstra", "partner", "Hutchison"), L("Optus", "partner", "Vodafone")],
 outages=[],
 dates=[D("February", "2006-02"), D("2008", "2008")])
A["firstnet-authority-network-outage-task-force-update-2024"] = dict(
 entities=[E("Company", "AT&T"), E("Service", "FirstNet"), E("Organization", "First Responder Network Authority", "FirstNet Authority"),
           E("Organization", "After-Action Task Force", "Task Force"), E("Organization", "Public Safety Advisory Committee"),
           E("Service", "Nationwide Public Safety Broadband Network")],
 roles=[],
 relations=[L("FirstNet", "provider", "AT&T"), L("First Responder Network Authority", "partner", "AT&T")],
 outages=[O("AT&T", "2024-02-22", ["FirstNet"])],
 dates=[D("February 22, 2024", "2024-02-22"), D("February 22", "2024-02-22")])
A["fcc-verizon-wireless-911-outage-six-states-settlement-2024"] = dict(
 entities=[E("Organization", "Federal Communications Commission", "FCC", "Commission"), E("Organization", "Enforcement Bureau"), E("Company", "Verizon Wireless"),
           E("Service", "911"), E("Location", "Alabama"), E("Location", "Florida"), E("Location", "Georgia"), E("Location", "North Carolina"),
           E("Location", "South Carolina"), E("Location", "Tennessee"), E("Organization", "Congress")],
 roles=[],
 relations=[L("Enforcement Bureau", "parentOrganization", "Federal Communications Commission")],
 outages=[O("Verizon Wireless", "2022-12", ["911"])],
 dates=[D("December 2022", "2022-12")])


def write_splits(out):
    """Pool record + gold into out/<split>/<id>.json; the split of an id is fixed by its place in the sorted IDS."""
    cycle = ["test", "train", "dev", "train"]
    for i, k in enumerate(IDS):
        if k not in A:
            continue
        rec = json.load(open(os.path.join(POOL, k + ".json"), encoding="utf-8"))
        rec.update(A[k])
        split = cycle[i % 4]
        with open(os.path.join(out, split, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1); f.write("\n")
        print(split, k)


if __name__ == "__main__":
    write_splits(sys.argv[1])  # sys.argv[1]: eval/corpus
