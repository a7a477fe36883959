#!/usr/bin/env python3
"""Batch 13 gold annotations (the 31 Wikinews texts of batch13.py), written from each text alone before newskg was run
on any batch-13 file. Split rule fixed before annotation, as for every new batch since batch 8: the ids sorted, then
dealt along test, train, dev, train (their own cycle).
usage: batch13_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""wn-7-eleven-acquires-chicago-based-white-2006 wn-alitalia-conditionally-accepts-joint-bid-air-2008
wn-auckland-international-airport-may-become-hub-2007 wn-bank-america-attempts-takeover-merrill-lynch-2008
wn-baugur-group-among-others-buy-illum-2005 wn-british-airways-enters-merger-talks-iberia-2008
wn-cnooc-submits-unocal-bid-details-federal-2005 wn-daniel-carasso-name-giver-leader-danone-2009
wn-dell-offer-ubuntu-linux-some-computers-2007 wn-disney-buys-pixar-2006 wn-ebay-acquire-skype-2005
wn-finnair-negotiating-possible-partnership-major-indian-2008 wn-finnish-department-store-stockmann-bids-fashion-2007
wn-four-uk-retailers-call-administrators-during-2008 wn-germanys-gun-records-closes-2009 wn-india-get-6-billion-out-big-2006
wn-john-lewis-partnership-announces-increased-profits-2007 wn-last-british-volume-car-manufacturer-closes-2005
wn-luxembourg-india-spar-over-arcelor-takeover-2006 wn-news-corp-acquires-dow-jones-co-2007 wn-oracle-buys-innobase-2005
wn-ruling-forbids-radioshack-brand-canada-2005 wn-southwest-airlines-purchase-airtran-airways-us-2010
wn-steel-major-arcelor-ready-reconsider-mittals-2006 wn-stock-exchange-merger-could-end-san-2005
wn-t-buy-bellsouth-67-billion-2006 wn-thousands-jobs-go-corus-2009 wn-uk-shopping-centre-afflecks-palace-secures-2008
wn-verisign-acquires-weblogs-com-2005 wn-virgin-opens-up-service-new-zealand-2007
wn-wikimedia-foundation-answers-com-announce-partnership-2005""".split())
A = {}
A["wn-7-eleven-acquires-chicago-based-white-2006"] = dict(
 entities=[E("Company", "WHP Holdings Corp."), E("Company", "White Hen Pantry", "White Hen"), E("Location", "Tokyo"),
           E("Company", "Seven & I Holdings Co.", "Seven & I"), E("Company", "Angelo, Gordon & Co."), E("Location", "New York"),
           E("Company", "7-Eleven Inc.", "7-Eleven"), E("Person", "Joseph DePinto"), E("Location", "Chicagoland"),
           E("Location", "Boston"), E("Location", "Chicago")],
 roles=[R("Joseph DePinto", "president", "7-Eleven Inc."), R("Joseph DePinto", "ceo", "7-Eleven Inc.")],
 relations=[L("White Hen Pantry", "parentOrganization", "WHP Holdings Corp."), L("Seven & I Holdings Co.", "acquired", "WHP Holdings Corp."),
            L("WHP Holdings Corp.", "parentOrganization", "Seven & I Holdings Co."),
            L("WHP Holdings Corp.", "parentOrganization", "Angelo, Gordon & Co."),  # bought from it: past ownership recorded
            L("7-Eleven Inc.", "parentOrganization", "Seven & I Holdings Co.")],  # 'owner and operator of the 7-Eleven ... chain'
 outages=[],
 dates=[])  # 'two decades', 'recent years' not resolvable
A["wn-alitalia-conditionally-accepts-joint-bid-air-2008"] = dict(
 entities=[E("Company", "Alitalia"), E("Company", "Air France-KLM"), E("Company", "Air France"), E("Company", "KLM"),
           E("Company", "SEA"), E("Location", "Milan"), E("Location", "Rome International Airport"), E("Company", "Alitalia Servizi"),
           E("Location", "Paris")],
 roles=[],
 relations=[L("Air France-KLM", "acquired", "Alitalia"),  # the target's board accepted the bid (conditions pending): agreed, not completed
            L("Alitalia Servizi", "parentOrganization", "Alitalia")],  # 'a maintenance arm'; AF-KLM 'formed by the merger': nothing
 outages=[],
 dates=[D("March 31", "2008-03-31"), D("Saturday", "2008-03-15"), D("Sunday", "2008-03-16"), D("Friday", "2008-03-14")])
A["wn-auckland-international-airport-may-become-hub-2007"] = dict(
 entities=[E("Company", "Dubai Aerospace Enterprise", "DAE"), E("Location", "Dubai"), E("Location", "United Arab Emirates"),
           E("Location", "New Zealand"), E("Location", "Auckland International"), E("Location", "Auckland"),
           E("Company", "Emirates Airline", "Emirates"), E("Person", "Sheikh Ahmed bin Saeed Al Maktoum"),
           E("Location", "United States"), E("Location", "Central America"), E("Location", "South America"), E("Location", "South Africa"),
           E("Organization", "Canada Pension Plan", "CPP")],
 roles=[R("Sheikh Ahmed bin Saeed Al Maktoum", "chairman", "Dubai Aerospace Enterprise"),
        R("Sheikh Ahmed bin Saeed Al Maktoum", "chairman", "Emirates Airline")],
 relations=[],  # bids for the airport: nothing; 'DAE does not have a shareholding' in Emirates
 outages=[],
 dates=[D("last year", "2006")])
A["wn-bank-america-attempts-takeover-merrill-lynch-2008"] = dict(
 entities=[E("Company", "Bank of America", "BoA"), E("Company", "Merrill Lynch", "Merrill", "Merill"),
           E("Company", "Lehman Brothers", "Lehman Bothers"), E("Location", "United States", "U.S."), E("Person", "John Thain", "Thain"),
           E("Person", "Kenneth Lewis"), E("Company", "The New York Times")],
 roles=[R("John Thain", "ceo", "Merrill Lynch"), R("Kenneth Lewis", "ceo", "Bank of America")],
 relations=[],  # an attempted takeover: nothing
 outages=[],
 dates=[D("Friday", "2008-09-12"), D("December 2007", "2007-12"), D("January 2008", "2008-01")])
A["wn-baugur-group-among-others-buy-illum-2005"] = dict(
 entities=[E("Company", "I-Holding ehf", "I-Holdings"), E("Company", "Baugur Group"), E("Company", "Straumur"), E("Company", "B2B Holdings"),
           E("Person", "Birgis Bieltvedts"), E("Company", "Illum"), E("Location", "Denmark"),
           E("Company", "Merrill Lynch International Global Principal Investment"), E("Company", "Wessel & Vett A/S"),
           E("Company", "Magasin du Nord"), E("Person", "Skarphéðni Berg Steinarssyni"), E("Company", "Nordic Investment"),
           E("Company", "Fons Investment ehf."), E("Company", "Sterling Air"), E("Company", "Mearsk Air"), E("Company", "Eimskip"),
           E("Location", "Iceland"), E("Company", "Mearsk"), E("Company", "FL Group"), E("Company", "easyJet.com"),
           E("Company", "Hamleys"), E("Location", "UK")],
 roles=[],
 relations=[L("I-Holding ehf", "parentOrganization", "Baugur Group"), L("I-Holding ehf", "parentOrganization", "Straumur"),
            L("I-Holding ehf", "parentOrganization", "B2B Holdings"),
            L("I-Holding ehf", "acquired", "Illum"), L("Illum", "parentOrganization", "I-Holding ehf"),
            L("I-Holding ehf", "acquired", "Wessel & Vett A/S"), L("Wessel & Vett A/S", "parentOrganization", "I-Holding ehf"),
            L("I-Holding ehf", "acquired", "Magasin du Nord"), L("Magasin du Nord", "parentOrganization", "I-Holding ehf"),
            L("Nordic Investment", "parentOrganization", "Baugur Group"),
            L("Fons Investment ehf.", "acquired", "Sterling Air"), L("Sterling Air", "parentOrganization", "Fons Investment ehf."),
            L("Fons Investment ehf.", "acquired", "Mearsk Air"), L("Mearsk Air", "parentOrganization", "Fons Investment ehf."),
            L("Baugur Group", "acquired", "Hamleys"), L("Hamleys", "parentOrganization", "Baugur Group")],
 # Eimskip bought a division (no company named), FL Group an 11% stake: nothing. The 'Iceland supermarket chain' is not
 # annotated: its name is the country's, which is annotated as a Location.
 outages=[],
 dates=[D("the first three months of 2005", "2005-Q1")])
A["wn-british-airways-enters-merger-talks-iberia-2008"] = dict(
 entities=[E("Location", "United Kingdom"), E("Company", "British Airways", "BA"), E("Company", "Iberia Lineas Aereas de Espana SA", "Iberia"),
           E("Location", "Europe"), E("Person", "Fernando Conte"), E("Company", "American Airlines"), E("Organization", "European Union"),
           E("Organization", "Oneworld"), E("Person", "Willie Walsh"), E("Company", "L'Avion"), E("Location", "Paris"), E("Location", "Newark"),
           E("Company", "OpenSkies")],
 roles=[R("Fernando Conte", "chairman", "Iberia Lineas Aereas de Espana SA"), R("Willie Walsh", "ceo", "British Airways")],
 relations=[L("British Airways", "partner", "Iberia Lineas Aereas de Espana SA"),  # codeshare agreement, alliance partners
            L("British Airways", "acquired", "L'Avion"), L("L'Avion", "parentOrganization", "British Airways"),
            L("OpenSkies", "parentOrganization", "British Airways")],  # merger talks: nothing
 outages=[],
 dates=[D("1999", "1999"), D("Last Friday", "2008-07-25"), D("2009", "2009")])
A["wn-cnooc-submits-unocal-bid-details-federal-2005"] = dict(
 entities=[E("Company", "The China National Offshore Oil Company", "CNOOC"), E("Company", "Unocal"), E("Location", "California"),
           E("Company", "Chevron Corporation", "Chevron"), E("Organization", "Committee on Foreign Investment in the United States", "CFIUS"),
           E("Location", "Washington"), E("Location", "U.S.")],
 roles=[], relations=[],  # competing offers: nothing
 outages=[], dates=[])
A["wn-daniel-carasso-name-giver-leader-danone-2009"] = dict(
 entities=[E("Person", "Daniel Carasso"), E("Person", "Isaac Carasso"), E("Company", "Groupe Danone", "Danone"), E("Location", "Spain"),
           E("Location", "France"), E("Location", "United States"), E("Company", "Dannon"), E("Location", "Europe"),
           E("Company", "Gervais"), E("Person", "Antoine Riboud"), E("Company", "BSN Group"), E("Person", "Franck Riboud")],
 roles=[R("Isaac Carasso", "founder", "Groupe Danone"), R("Daniel Carasso", "founder", "Dannon"), R("Franck Riboud", "ceo", "Groupe Danone")],
 relations=[L("Groupe Danone", "partner", "Dannon")],  # 'The companies later teamed up'; mergers with Gervais, BSN: who bought whom not said
 outages=[],
 dates=[D("1919", "1919"), D("Sunday", "2009-05-17"), D("1929", "1929"), D("1951", "1951"), D("1967", "1967"), D("1972", "1972")])
A["wn-dell-offer-ubuntu-linux-some-computers-2007"] = dict(
 entities=[E("Company", "Dell Inc.", "Dell"), E("Service", "Microsoft Windows"), E("Company", "Canonical Ltd."), E("Service", "Linux"),
           E("Service", "Ubuntu", "Ubuntu 7.04"), E("Person", "Chris Kenyon", "Kenyon"), E("Company", "BBC"), E("Service", "IdeaStorm"),
           E("Person", "Jeremy Bolen"), E("Service", "Red Hat Linux"), E("Person", "Michael Dell"), E("Person", "Perry Donham", "Donham"),
           E("Company", "Aberdeen Group"), E("Location", "Boston"), E("Company", "Dell USA"), E("Location", "United States")],
 # Kenyon: 'Ubuntu director of business development' -- the text names no company he works for: no role
 roles=[R("Jeremy Bolen", "spokesperson", "Dell Inc."), R("Michael Dell", "chairman", "Dell Inc."), R("Michael Dell", "ceo", "Dell Inc."),
        R("Perry Donham", "analyst", "Aberdeen Group")],
 relations=[L("Dell Inc.", "partner", "Canonical Ltd."), L("Ubuntu", "provider", "Canonical Ltd."), L("IdeaStorm", "provider", "Dell Inc."),
            L("Dell USA", "parentOrganization", "Dell Inc.")],
 outages=[],
 dates=[D("Tuesday", "2007-05-01")])
A["wn-disney-buys-pixar-2006"] = dict(
 entities=[E("Company", "The Walt Disney Company", "Disney"), E("Company", "Pixar"), E("Person", "Steve Jobs", "Jobs"), E("Company", "Apple"),
           E("Person", "John Lasseter"), E("Company", "Disney-Pixar Animation Studios"), E("Company", "Walt Disney Imagineering"),
           E("Person", "George Lucas"), E("Company", "Lucasfilm"), E("Person", "Michael Eisner", "Eisner")],
 roles=[R("Steve Jobs", "ceo", "Pixar"), R("Steve Jobs", "ceo", "Apple"), R("Steve Jobs", "director", "The Walt Disney Company"),
        R("John Lasseter", "executive", "The Walt Disney Company"), R("Michael Eisner", "head", "The Walt Disney Company", False)],
 relations=[L("The Walt Disney Company", "acquired", "Pixar"),  # deal 'finalized' to acquire: agreed, not completed
            L("The Walt Disney Company", "partner", "Pixar"), L("Walt Disney Imagineering", "parentOrganization", "The Walt Disney Company"),
            L("Pixar", "parentOrganization", "Lucasfilm")],  # 'what became Pixar' was bought from a Lucasfilm division: past ownership
 outages=[],
 dates=[D("Tuesday", "2006-01-24"), D("1986", "1986"), D("2003", "2003"), D("January 2004", "2004-01")])
A["wn-ebay-acquire-skype-2005"] = dict(
 entities=[E("Company", "eBay", "EBay"), E("Company", "Skype"), E("Location", "US"), E("Location", "China"), E("Location", "Eastern Europe"), E("Location", "Brazil")],
 roles=[],
 relations=[L("eBay", "acquired", "Skype")],  # 'agreed to buy'
 outages=[],
 dates=[D("2007", "2007"), D("2008", "2008"), D("2006", "2006")])
A["wn-finnair-negotiating-possible-partnership-major-indian-2008"] = dict(
 entities=[E("Company", "Finnair"), E("Person", "Jukka Hienonen", "Hienonen"), E("Location", "India"), E("Location", "New Delhi"),
           E("Location", "Mumbai"), E("Location", "Bangalore"), E("Location", "Chennai"), E("Organization", "Oneworld Alliance", "Oneworld"),
           E("Company", "British Airways"), E("Company", "American Airlines"), E("Company", "Qantas"), E("Company", "Japan Airlines"),
           E("Company", "Nokia"), E("Company", "KONE"), E("Company", "Infosys"), E("Company", "Sasken"), E("Company", "Wipro"),
           E("Location", "Finland"), E("Company", "Boeing"), E("Service", "MD-11"), E("Company", "McDonnell Douglas"), E("Company", "Airbus"),
           E("Service", "A340"), E("Service", "A330")],
 roles=[R("Jukka Hienonen", "president", "Finnair"), R("Jukka Hienonen", "ceo", "Finnair")],
 relations=[L("Boeing", "acquired", "McDonnell Douglas"), L("McDonnell Douglas", "parentOrganization", "Boeing"),
            L("MD-11", "provider", "Boeing"), L("A340", "provider", "Airbus"), L("A330", "provider", "Airbus")],
 # partnership talks with unnamed Indian airlines: nothing; alliance membership is no partner statement between two named members
 outages=[],
 dates=[D("2006", "2006"), D("the first quarter of 2010", "2010-Q1"), D("the first half of next year", "2009"), D("2007", "2007"),
        D("Last year", "2007")])
A["wn-finnish-department-store-stockmann-bids-fashion-2007"] = dict(
 entities=[E("Location", "Sweden"), E("Company", "Lindex AB", "Lindex"), E("Company", "Stockmann Oyj Abp", "Stockmann"), E("Location", "Helsinki"),
           E("Company", "KappAhl Holding AB", "KappAhl"), E("Person", "Conny Karlsson"), E("Location", "Europe"), E("Location", "Norway"),
           E("Location", "Finland"), E("Location", "Czech Republic"), E("Location", "Estonia"), E("Location", "Lithuania"), E("Location", "Latvia")],
 roles=[R("Conny Karlsson", "chairman", "Lindex AB")],
 relations=[],  # a takeover offer the board recommends: still an offer, nothing
 outages=[],
 dates=[D("August", "2007-08")])
A["wn-four-uk-retailers-call-administrators-during-2008"] = dict(
 entities=[E("Location", "UK"), E("Company", "The Officers Club"), E("Company", "Whittard of Chelsea"), E("Company", "Zavvi"),
           E("Company", "Adams Childrenswear", "Adams"), E("Company", "PricewaterhouseCoopers"), E("Company", "TimeC 1215 limited", "TimeC 1215"),
           E("Person", "David Charlton"), E("Location", "Sunderland"), E("Location", "Cramlington"), E("Location", "Northumberland"),
           E("Company", "Ernst & Young LLP", "Ernst & Young"), E("Company", "Baugur"), E("Location", "Iceland"), E("Company", "EPIC"),
           E("Person", "Walter Whittard"), E("Location", "London"), E("Person", "Richard Branson"), E("Company", "Virgin Megastores"),
           E("Company", "Entertainment UK", "EUK"), E("Company", "Woolworths Group"), E("Company", "Zavvi Group Limited"),
           E("Company", "Zavvi Retail Limited"), E("Company", "Piccadilly Entertainment Stores Limited"), E("Company", "VR Service Limited"),
           E("Company", "Ablegrand Limited"), E("Company", "Ablegrand 2 Limited"),
           E("Company", "Zavvi UK"),  # added after the post-annotation check: the quoted group name is an entity
           E("Person", "Tom Jack"), E("Person", "Simon Allport"),
           E("Person", "Alan Hudson"), E("Company", "Zavvi Guernsey"), E("Company", "Zavvi Ireland"), E("Location", "Ireland"),
           E("Person", "John Shannon", "Shannon"), E("Location", "Saudi Arabia"), E("Service", "Mini Mode"), E("Company", "Boots"),
           E("Company", "Burdale")],
 roles=[R("David Charlton", "ceo", "The Officers Club"), R("Walter Whittard", "founder", "Whittard of Chelsea")],
 relations=[L("Whittard of Chelsea", "parentOrganization", "Baugur"),  # 'Its owners were ... Baugur' (past ownership recorded)
            L("EPIC", "acquired", "Whittard of Chelsea"), L("Whittard of Chelsea", "parentOrganization", "EPIC"),
            L("Zavvi", "parentOrganization", "Virgin Megastores"),  # 'Until 2007 Zavvi had been a part of ... Virgin Megastores'
            L("Entertainment UK", "parentOrganization", "Woolworths Group"), L("Zavvi", "partner", "Entertainment UK"),  # supplier
            L("Zavvi Group Limited", "parentOrganization", "Zavvi UK"), L("Zavvi Retail Limited", "parentOrganization", "Zavvi UK"),
            L("Piccadilly Entertainment Stores Limited", "parentOrganization", "Zavvi UK"), L("VR Service Limited", "parentOrganization", "Zavvi UK"),
            L("Ablegrand Limited", "parentOrganization", "Zavvi UK"), L("Ablegrand 2 Limited", "parentOrganization", "Zavvi UK"),  # 'The companies within "Zavvi UK"' (post-check: parent was Zavvi)
            L("Zavvi Guernsey", "parentOrganization", "Zavvi"), L("Zavvi Ireland", "parentOrganization", "Zavvi"),
            L("Mini Mode", "provider", "Adams Childrenswear"), L("Adams Childrenswear", "partner", "Boots")],
 # TimeC 1215 bought 118 stores (an asset purchase) and John Shannon (a person) rescued Adams: nothing
 outages=[],
 dates=[D("2008", "2008"), D("Tuesday, December 23", "2008-12-23"), D("December 23", "2008-12-23"), D("1886", "1886"),
        D("December 24", "2008-12-24"), D("Christmas Eve", "2008-12-24"), D("Boxing Day", "2008-12-26"),  # holiday names: post-check
        D("2007", "2007"), D("November 2008", "2008-11"), D("26 December", "2008-12-26"),
        D("Sunday 28 December", "2008-12-28"), D("2006", "2006"), D("February 2007", "2007-02")])
A["wn-germanys-gun-records-closes-2009"] = dict(
 entities=[E("Company", "GUN Records", "Great Unlimited Noises", "GUN"), E("Company", "BMG"), E("Person", "Wolfgang Funk", "Funk"),
           E("Company", "Sony"), E("Company", "Sony BMG"), E("Organization", "U.D.O."), E("Organization", "Running Wild"),
           E("Location", "Wales"), E("Organization", "Bullet for My Valentine"), E("Location", "Finland"), E("Organization", "Lordi"),
           E("Location", "Netherlands"), E("Organization", "Within Tempatation"), E("Location", "Munich"), E("Organization", "Oomph!"),
           E("Organization", "The Donots"), E("Company", "Four Music"), E("Company", "Columbia Germany"), E("Location", "Berlin"),
           E("Person", "Arno Hartfield")],
 roles=[R("Wolfgang Funk", "president", "GUN Records", False), R("Wolfgang Funk", "cofounder", "GUN Records"),
        R("Arno Hartfield", "director", "GUN Records")],
 relations=[L("GUN Records", "parentOrganization", "BMG"),  # 'the label had seen its parent merge with Sony'
            L("Four Music", "parentOrganization", "Sony"), L("Columbia Germany", "parentOrganization", "Sony")],
 outages=[],
 dates=[D("Friday", "2009-02-13"), D("1992", "1992"), D("2005", "2005"), D("December 2008", "2008-12")])
A["wn-india-get-6-billion-out-big-2006"] = dict(
 entities=[E("Company", "IBM", "Big Blue"), E("Location", "India"), E("Location", "Bangalore"), E("Person", "Samuel J. Palmisano", "Palmisano"),
           E("Company", "Microsoft Corp."), E("Company", "Intel Corp."), E("Company", "Cisco Systems Inc."), E("Location", "Europe"),
           E("Location", "Delhi")],
 roles=[R("Samuel J. Palmisano", "chairman", "IBM"), R("Samuel J. Palmisano", "ceo", "IBM")],
 relations=[],
 outages=[],
 dates=[D("last year", "2005"), D("the first quarter of this year", "2006-Q1")])
A["wn-john-lewis-partnership-announces-increased-profits-2007"] = dict(
 entities=[E("Company", "John Lewis Partnership"), E("Company", "John Lewis"), E("Company", "Waitrose"), E("Location", "Liverpool"),
           E("Company", "Lewis's")],
 roles=[],
 relations=[L("John Lewis", "parentOrganization", "John Lewis Partnership"), L("Waitrose", "parentOrganization", "John Lewis Partnership")],
 outages=[],
 dates=[D("this morning", "2007-03-08"), D("March", "2007-03")])  # 'the financial year' (fiscal) skipped
A["wn-last-british-volume-car-manufacturer-closes-2005"] = dict(
 entities=[E("Company", "MG Rover", "Rover"), E("Company", "PriceWaterhouseCooper", "PwC"),
           E("Company", "Shanghai Automotive Industry Corp.", "SAIC"), E("Location", "Longbridge"), E("Location", "Birmingham"),
           E("Company", "BBC"), E("Person", "Tony Lomas"), E("Organization", "European Union"), E("Service", "K-Series"),
           E("Company", "Honda"), E("Company", "British Aerospace"), E("Company", "BMW"), E("Service", "Land Rover"), E("Company", "Ford"),
           E("Service", "Mini"), E("Service", "ZF"), E("Location", "UK"), E("Person", "Tony Blair")],
 roles=[],  # Tony Lomas 'joint administrator' of PwC: no title of the vocabulary; Tony Blair: no office stated
 relations=[L("MG Rover", "partner", "Honda"),  # 1979 deal to collaborate on developing vehicles
            L("British Aerospace", "acquired", "MG Rover"), L("MG Rover", "parentOrganization", "British Aerospace"),
            L("BMW", "acquired", "MG Rover"), L("MG Rover", "parentOrganization", "BMW"),  # past ownership recorded
            L("Land Rover", "provider", "Ford"), L("Mini", "provider", "BMW")],
 # SAIC bought designs (an asset purchase) and declined to buy the company: nothing
 outages=[],
 dates=[D("Today", "2005-04-15"), D("1968", "1968"), D("1975", "1975"), D("1979", "1979"), D("1988", "1988"), D("1994", "1994"),
        D("2000", "2000"), D("1998", "1998"), D("1990", "1990"), D("1995", "1995"), D("2004", "2004")])
A["wn-luxembourg-india-spar-over-arcelor-takeover-2006"] = dict(
 entities=[E("Location", "Netherlands"), E("Company", "Mittal Steel", "Mittal"), E("Company", "Arcelor"), E("Location", "Luxembourg"),
           E("Location", "India"), E("Person", "Laskshmi Mittal"), E("Organization", "Luxembourg Chamber of Commerce"), E("Organization", "EU"),
           E("Person", "Leannot Krecke", "Krecke"), E("Location", "New Delhi")],
 roles=[R("Leannot Krecke", "minister", "Luxembourg")],
 relations=[],  # a takeover bid: nothing; Mittal Steel owned by a person: no relation
 outages=[],
 dates=[D("May", "2006-05")])
A["wn-news-corp-acquires-dow-jones-co-2007"] = dict(
 entities=[E("Company", "News Corporation", "News Corp."), E("Company", "Dow Jones & Company", "Dow Jones"),
           E("Company", "The Wall Street Journal", "Journal"), E("Person", "Rupert Murdoch", "Murdoch"), E("Company", "Barron's Magazine"),
           E("Person", "Warren Buffett"), E("Person", "Bill Gates")],
 roles=[R("Rupert Murdoch", "chairman", "News Corporation"), R("Rupert Murdoch", "ceo", "News Corporation")],
 relations=[L("News Corporation", "acquired", "Dow Jones & Company"), L("Dow Jones & Company", "parentOrganization", "News Corporation"),
            L("The Wall Street Journal", "parentOrganization", "Dow Jones & Company"),
            L("Barron's Magazine", "parentOrganization", "Dow Jones & Company")],  # the Bancroft family: no entity
 outages=[],
 dates=[D("Tuesday", "2007-07-31"), D("Yesterday", "2007-07-31"), D("1902", "1902"), D("May", "2007-05")])
A["wn-oracle-buys-innobase-2005"] = dict(
 entities=[E("Location", "US"), E("Company", "Oracle Corporation", "Oracle"), E("Company", "Innobase OY", "Innobase"), E("Service", "InnoDB"), E("Service", "MySQL"),
           E("Service", "Slashdot"), E("Service", "Yahoo Finance"), E("Organization", "Wikimedia"), E("Service", "Linux"), E("Service", "Apache"),
           E("Person", "Charles Rozwat"), E("Company", "Siebel Systems")],
 roles=[R("Charles Rozwat", "vice-president", "Oracle Corporation")],
 relations=[L("Oracle Corporation", "acquired", "Innobase OY"), L("Innobase OY", "parentOrganization", "Oracle Corporation"),
            L("InnoDB", "provider", "Innobase OY"),
            L("Oracle Corporation", "acquired", "Siebel Systems"), L("Siebel Systems", "parentOrganization", "Oracle Corporation")],
 outages=[],
 dates=[D("Friday", "2005-10-07"), D("September 13", "2005-09-13")])
A["wn-ruling-forbids-radioshack-brand-canada-2005"] = dict(
 entities=[E("Organization", "U.S. District Court"), E("Location", "Tarrant County"), E("Location", "Texas"), E("Company", "Circuit City"),
           E("Company", "InterTAN Inc.", "InterTAN"), E("Company", "RadioShack"), E("Location", "Canada"), E("Company", "InterTAN Canada"),
           E("Person", "Mark Hill"), E("Person", "W. Alan McCollough"),
           E("Location", "U.S.")],  # 'major U.S. competitor': added after the post-annotation check
 roles=[R("Mark Hill", "executive", "RadioShack"), R("W. Alan McCollough", "chairman", "Circuit City"),
        R("W. Alan McCollough", "ceo", "Circuit City")],
 relations=[L("InterTAN Inc.", "parentOrganization", "Circuit City"), L("Circuit City", "acquired", "InterTAN Canada"),
            L("InterTAN Canada", "parentOrganization", "Circuit City"), L("RadioShack", "partner", "InterTAN Inc.")],  # licensing agreement
 outages=[],
 dates=[D("Thursday", "2005-03-24"), D("June 30", "2005-06-30"), D("1986", "1986"), D("2004", "2004"), D("today", "2005-03-25"),
        D("yesterday", "2005-03-24")])
A["wn-southwest-airlines-purchase-airtran-airways-us-2010"] = dict(
 entities=[E("Company", "Southwest Airlines", "Southwest"), E("Company", "AirTran Airways", "AirTran"), E("Company", "United Airlines"),
           E("Company", "Continental Airlines"), E("Person", "Gary Kelly"), E("Location", "New York City"), E("Location", "New York"),
           E("Location", "Charlotte"), E("Location", "North Carolina"), E("Location", "Atlanta"), E("Location", "Washington, D.C."),
           E("Location", "Caribbean"), E("Location", "Mexico"), E("Company", "Delta Air Lines", "Delta"), E("Location", "America"),
           E("Location", "Rochester"), E("Person", "Tom Parsons", "Parsons"), E("Company", "BestFares.com"), E("Person", "Clark Howard"),
           E("Company", "US Airways"), E("Person", "George Hobica", "Hobica"), E("Company", "airfarewatchdog.com"), E("Company", "JetBlue"),
           E("Location", "Baltimore"), E("Location", "Boston"), E("Location", "Florida"), E("Location", "US", "U.S.")],
 roles=[R("Gary Kelly", "ceo", "Southwest Airlines")],
 relations=[L("Southwest Airlines", "acquired", "AirTran Airways")],  # 'would buy', awaits approval: agreed only; United/Continental: a merger
 outages=[],
 dates=[D("Monday", "2010-09-27"), D("Friday, September 24", "2010-09-24"), D("Last year", "2009")])
A["wn-steel-major-arcelor-ready-reconsider-mittals-2006"] = dict(
 entities=[E("Location", "Luxembourg"), E("Company", "Arcelor"), E("Company", "Mittal Steel", "Mittal"), E("Person", "Laxminivas Mittal"),
           E("Person", "Joseph Kinsch"), E("Organization", "CSSF"), E("Person", "Vladimir Lisin"), E("Location", "Russia"),
           E("Company", "Magnitogorsk Iron & Steel Works", "MMK"), E("Company", "La Tribune")],
 roles=[R("Joseph Kinsch", "chairman", "Arcelor")],
 relations=[],  # a hostile bid: nothing
 outages=[],
 dates=[D("Sunday", "2006-05-21"), D("Friday", "2006-05-19")])
A["wn-stock-exchange-merger-could-end-san-2005"] = dict(
 entities=[E("Company", "New York Stock Exchange", "NYSE"), E("Location", "Chicago"), E("Company", "Archipelago Holdings", "Archipelago"),
           E("Location", "San Francisco"), E("Location", "California"), E("Company", "Pacific Exchange", "PCX", "San Francisco Stock Market"),
           E("Organization", "Securities and Exchange Commission")],
 roles=[],
 relations=[L("New York Stock Exchange", "acquired", "Archipelago Holdings"),  # acquisition still to be completed: agreed only
            L("Archipelago Holdings", "acquired", "Pacific Exchange")],  # deal struck to take over PCX operations by the end of September
 outages=[],
 dates=[D("January of this year", "2005-01"), D("the end of September", "2005-09"), D("Thursday", "2005-07-21"), D("April", "2005-04"),
        D("1882", "1882")])
A["wn-t-buy-bellsouth-67-billion-2006"] = dict(
 entities=[E("Company", "AT&T Inc.", "AT&T"), E("Company", "BellSouth"), E("Location", "United States"),
           E("Company", "Cingular Wireless", "Cingular"), E("Person", "Edward E. Whitacre", "Whitacre"), E("Person", "Duane Ackerman"),
           E("Company", "MCI WorldCom"), E("Company", "Sprint"), E("Location", "San Antonio"), E("Location", "Texas"),
           E("Person", "Sonny Perdue"), E("Location", "Atlanta"), E("Person", "Shirley Franklin")],
 roles=[R("Edward E. Whitacre", "chairman", "AT&T Inc."), R("Edward E. Whitacre", "ceo", "AT&T Inc."),
        R("Duane Ackerman", "chairman", "BellSouth"), R("Duane Ackerman", "ceo", "BellSouth")],
 # Governor Sonny Perdue: no state named; the mayor of Atlanta: no title of the vocabulary
 relations=[L("AT&T Inc.", "acquired", "BellSouth"),  # 'the announced purchase', subject to approval: agreed only
            L("Cingular Wireless", "parentOrganization", "AT&T Inc."), L("Cingular Wireless", "parentOrganization", "BellSouth")],
 outages=[],
 dates=[D("Sunday", "2006-03-05"), D("1999", "1999"), D("three months ago", "2005-12"), D("1984", "1984"), D("Monday", "2006-03-06")])
A["wn-thousands-jobs-go-corus-2009"] = dict(
 entities=[E("Company", "Corus Group", "Corus"), E("Company", "British Steel"), E("Location", "United Kingdom", "UK"),
           E("Company", "Tata Steel", "Tata"), E("Company", "BBC News"), E("Person", "Philippe Varin"), E("Company", "Tata Motors"),
           E("Company", "The Sunday Times"), E("Company", "Jaguar Land Rover"), E("Company", "Hoogovens"), E("Organization", "European Union"),
           E("Location", "India")],
 roles=[R("Philippe Varin", "ceo", "Corus Group")],  # 'soon to depart CEO': not yet left
 relations=[L("Corus Group", "parentOrganization", "Tata Steel"), L("Tata Steel", "acquired", "Corus Group"),
            L("Jaguar Land Rover", "parentOrganization", "Tata Motors")],  # British Steel + Hoogovens merger: nothing
 outages=[],
 dates=[D("Monday", "2009-01-26"), D("0930 UTC", "2009-01-26T09:30"), D("2003", "2003"), D("two years ago", "2007")])
A["wn-uk-shopping-centre-afflecks-palace-secures-2008"] = dict(
 entities=[E("Company", "Afflecks Palace", "Afflecks"), E("Location", "Northern Quarter"), E("Location", "Manchester"), E("Location", "England"),
           E("Location", "United Kingdom"), E("Company", "Bruntwood")],
 roles=[],
 relations=[L("Bruntwood", "acquired", "Afflecks Palace"), L("Afflecks Palace", "parentOrganization", "Bruntwood")],  # 'sold their company to Bruntwood'
 outages=[],
 dates=[D("early in 2007", "2007"), D("the end of the year", "2007"), D("October", "2007-10"), D("yesterday", "2008-02-04")])
A["wn-verisign-acquires-weblogs-com-2005"] = dict(
 entities=[E("Company", "VeriSign Inc.", "VeriSign"), E("Company", "Weblogs.com"), E("Location", "Mountain View"), E("Location", "California"),
           E("Location", "Berkeley"), E("Company", "Scripting News Inc."), E("Person", "Dave Winer", "Winer"), E("Company", "Associated Press"),
           E("Person", "Mark McLaughlin", "McLaughlin"), E("Company", "America Online"), E("Company", "Weblogs Inc.")],
 roles=[R("Dave Winer", "founder", "Weblogs.com"), R("Mark McLaughlin", "vice-president", "VeriSign Inc.")],
 relations=[L("VeriSign Inc.", "acquired", "Weblogs.com"), L("Weblogs.com", "parentOrganization", "VeriSign Inc."),
            L("Weblogs.com", "parentOrganization", "Scripting News Inc."),  # bought from it: past ownership recorded
            L("America Online", "acquired", "Weblogs Inc."), L("Weblogs Inc.", "parentOrganization", "America Online")],
 outages=[],
 dates=[D("Friday", "2005-10-07")])
A["wn-virgin-opens-up-service-new-zealand-2007"] = dict(
 entities=[E("Company", "Virgin Blue"), E("Location", "New Zealand"), E("Location", "Auckland"), E("Location", "Wellington"),
           E("Location", "Christchurch"), E("Company", "Pacific Blue Airlines", "Pacific Blue"), E("Company", "Air New Zealand"),
           E("Person", "Brett Godfrey", "Godfrey"), E("Person", "Richard Branson", "Branson"), E("Company", "Virgin Group"),
           E("Company", "Forsyth Barr"), E("Person", "Rob Mercer", "Mercer"), E("Organization", "Travel Agents Association"),
           E("Person", "Paul Yeo", "Yeo"), E("Company", "Qantas"), E("Service", "Boeing 737-800"), E("Service", "Boeing 737"),
           E("Person", "Peter Harbison"), E("Location", "Singapore"), E("Company", "Tiger Airways"), E("Location", "Tasman")],
 roles=[R("Brett Godfrey", "ceo", "Virgin Blue"), R("Richard Branson", "chairman", "Virgin Group"), R("Rob Mercer", "executive", "Forsyth Barr"),
        R("Paul Yeo", "ceo", "Travel Agents Association")],  # Peter Harbison: analyst with no organisation named
 relations=[L("Pacific Blue Airlines", "parentOrganization", "Virgin Blue")],  # 'which is run by Virgin Blue'
 outages=[],
 dates=[D("November", "2007-11"), D("November 15", "2007-11-15"), D("September 16", "2007-09-16"), D("earlier this year", "2007"),
        D("September 1", "2007-09-01"), D("the middle of next year", "2008"), D("mid-2008", "2008")])
A["wn-wikimedia-foundation-answers-com-announce-partnership-2005"] = dict(
 entities=[E("Organization", "Wikimedia Foundation"), E("Service", "Wikipedia"), E("Company", "Answers.com"), E("Service", "1-Click Answers"),
           E("Person", "Jimmy Wales"), E("Person", "Bob Rosenschein")],
 roles=[R("Jimmy Wales", "president", "Wikimedia Foundation"), R("Bob Rosenschein", "founder", "Answers.com"),
        R("Bob Rosenschein", "ceo", "Answers.com")],
 relations=[L("Wikimedia Foundation", "partner", "Answers.com"), L("Wikipedia", "provider", "Wikimedia Foundation"),
            L("1-Click Answers", "provider", "Answers.com")],
 outages=[],
 dates=[D("2006", "2006")])

# Self-review after the post-annotation check on train (newskg never ran on the dev and test files): 'US'/'U.S.' used
# for the country ('US-based', 'U.S. Government regulators', '100 U.S. cities') added as a Location in four dev/test
# files, as the train files annotate it; 'US$' amounts and names such as 'U.S. Virgin Islands' are not country mentions.
if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
