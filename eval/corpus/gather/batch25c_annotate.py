#!/usr/bin/env python3
"""Batch 25c gold annotations (the 18 texts of batch25c.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch25c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch10_annotate import acq

IDS = sorted("""wn-norway-purchases-canadian-oil-sands-company-2007
wn-air-independence-libyan-airlines-place-orders-2007
wn-turbolinux-adopted-chinas-largest-bank-2005
wn-birks-create-2010-olympic-paralympic-jewelery-2007
wn-elan-biogen-withdraw-multiple-sclerosis-drug-2005
wn-voip-penetrates-emergency-calling-infrastructure-2005
wn-mets-citigroup-agree-20-year-sponsorship-2006
wn-polaroid-goes-bankrupt-2008
wn-canadian-charter-airline-skyservice-suspends-operations-2010
wn-silverjet-ceases-operations-enters-administration-2008
wn-ex-head-qantas-freight-operations-us-2008
wn-tyco-executives-found-guilty-2005
wn-alaska-airlines-set-cut-up-1000-2008
wn-world-cup-qualifier-may-be-affected-2009
wn-british-airways-strike-grounds-flights-heathrow-2005
wn-bank-america-declares-1-2-million-2005
wn-southwest-airlines-grounds-128-uninspected-planes-2015
wn-fox-news-security-hole-exposes-1-2007""".split())
A = {}
A["wn-norway-purchases-canadian-oil-sands-company-2007"] = dict(
 entities=[E("Company", "Statoil ASA", "Statoil"),
           E("Company", "North American Oil Sands Corporation", "NAOSC", "NOASC"), E("Location", "Alberta"),
           E("Company", "Paramount Resources Ltd.", "Paramount"), E("Person", "Helge Lund"),
           E("Organization", "World Wildlife Fund"), E("Person", "Julia Langer", "Langer"),
           E("Company", "Globe and Mail"), E("Company", "TSX")],
 # 'entered into an agreement Friday to purchase all outstanding common shares' and 'expected to close by the end of
 # the second quarter' → agreed, not completed: acquired only; 'One of the largest shareholders of NAOSC currently is
 # Paramount' with its 30.9% interest → an owner of an equity stake (parentOrganization, as Metronet's shareholders
 # in 24a); the lock-up agreement is part of the purchase (no partner); 'chief executive of Statoil' → ceo; 'director
 # of the World Wildlife Fund's global threats program' → director; the Canadian Environment Minister is unnamed;
 # 'Norwegian', 'Canadian' are adjectives; the exchange named in the ticker '(TSX:POU)' is a Company (as dev's
 # '(NYSE: S)' in wp-sprint-nextel; the first annotation had left it out, a slip the first look showed)
 roles=[R("Helge Lund", "ceo", "Statoil ASA"), R("Julia Langer", "director", "World Wildlife Fund")],
 relations=acq("Statoil ASA", "North American Oil Sands Corporation", done=False)
           + [L("North American Oil Sands Corporation", "parentOrganization", "Paramount Resources Ltd.")],
 outages=[],
 dates=[D("Friday", "2007-04-27"), D("2001", "2001"), D("Thursday", "2007-04-26"),
        D("the second quarter of 2007", "2007-Q2")])
A["wn-air-independence-libyan-airlines-place-orders-2007"] = dict(
 entities=[E("Company", "Bombardier"), E("Company", "Air Independence"), E("Company", "Libyan Airlines"),
           E("Service", "Challenger 604"), E("Service", "Challenger 800"), E("Service", "Challenger 605"),
           E("Service", "Bombardier CRJ 900", "CRJ900"), E("Location", "Munich"),
           E("Person", "Andrian Feuchter"), E("Location", "Africa"), E("Location", "Europe"),
           E("Location", "Middle East"), E("Person", "Tarek Arebi"), E("Service", "Bombardier CRJ900 NextGen"),
           E("Service", "Q400"), E("Service", "Learjet 45 XR"), E("Service", "Global 5000")],
 # orders placed with an aircraft maker → partner (customer first, as 24a's Metrorex → Bombardier); 'Managing
 # director of Air Independence' → director; 'Libyan Airlines chairman Eng. Tarek Arebi' → chairman ('Eng.' is an
 # honorific); aircraft models are Services: the CRJ 900 ('Bombardier CRJ 900', 'The CRJ900 aircraft') and the five
 # planes Bombardier will display are its products (provider); the Challenger 605 is the aircraft of the Bombardier
 # order (provider); the Challenger 604 and 800 are only said to be operated by Air Independence (no provider stated);
 # the Paris Air Show is an event (no entity); 'Canadian', 'European' are adjectives
 roles=[R("Andrian Feuchter", "director", "Air Independence"), R("Tarek Arebi", "chairman", "Libyan Airlines")],
 relations=[L("Air Independence", "partner", "Bombardier"), L("Libyan Airlines", "partner", "Bombardier")]
           + [L(s, "provider", "Bombardier") for s in ("Challenger 605", "Bombardier CRJ 900",
                                                       "Bombardier CRJ900 NextGen", "Q400", "Learjet 45 XR",
                                                       "Global 5000")],
 outages=[],
 dates=[D("Thursday", "2007-06-14"), D("October 2009", "2009-10"), D("February 2010", "2010-02"),
        D("June 6", "2007-06-06"), D("June 18", "2007-06-18"), D("June 24", "2007-06-24")])
A["wn-turbolinux-adopted-chinas-largest-bank-2005"] = dict(
 entities=[E("Company", "Turbolinux"), E("Service", "GNU/Linux", "Linux"), E("Location", "China"),
           E("Service", "SCO Unix"), E("Company", "Industrial and Commercial Bank of China", "ICBC"),
           E("Person", "Claude Zhou", "Zhou"), E("Company", "Turbolinux China"),
           E("Person", "Nielse Jiang", "Jiang"), E("Company", "IDC"), E("Company", "SCO Group"),
           E("Company", "Microsoft Corporation"), E("Location", "United States", "U.S."), E("Location", "Tokyo"),
           E("Location", "Japan"), E("Service", "Turbolinux 7 Server"), E("Service", "Dawning 4000A"),
           E("Location", "Shanghai Supercomputing Center"), E("Service", "Opteron"), E("Company", "AMD"),
           E("Company", "ZTE Corporation"), E("Company", "Hewlett-Packard")],
 # 'Turbolinux' names the operating system in the first sentence but the firm in the rest (headquarters, market
 # share, 'partnered with') → one Company; its '7 Server' is its product (provider); 'Turbolinux China' → the firm's
 # China company (parentOrganization, by its name and its general manager speaking for the firm); the bank choosing
 # the firm's software as its server software → a customer relation (partner, bank first as written: 'ICBC selected
 # Turbolinux'); 'ZTE Corporation ... partnered with Hewlett-Packard and Turbolinux' → partner; 'SCO Unix' with 'the
 # SCO Group' giving it 'insufficient support' → provider; 'Opteron processors from AMD' → provider; the supercomputer
 # is a machine (Service) with no maker named; the computing centre is a named site (Location); 'General Manager' →
 # executive; 'an analyst at IDC' → analyst; 'Thursday, April 28' is one expression; 'later this year' → the year
 roles=[R("Claude Zhou", "executive", "Turbolinux China"), R("Nielse Jiang", "analyst", "IDC")],
 relations=[L("Turbolinux 7 Server", "provider", "Turbolinux"), L("Turbolinux China", "parentOrganization", "Turbolinux"),
            L("Industrial and Commercial Bank of China", "partner", "Turbolinux"),
            L("SCO Unix", "provider", "SCO Group"), L("Opteron", "provider", "AMD"),
            L("ZTE Corporation", "partner", "Hewlett-Packard"), L("ZTE Corporation", "partner", "Turbolinux")],
 outages=[],
 dates=[D("Thursday, April 28", "2005-04-28"), D("2004", "2004"), D("November 15, 2004", "2004-11-15"),
        D("December 2004", "2004-12"), D("later this year", "2005")])
A["wn-birks-create-2010-olympic-paralympic-jewelery-2007"] = dict(
 entities=[E("Company", "Birks & Mayors", "Birks"), E("Location", "Vancouver"),
           E("Company", "Mayors Jewelers Inc."), E("Organization", "Canadian Olympic Team", "Canadian Olympic team"),
           E("Person", "Thomas A. Andruskevich"), E("Service", "Jackson-Triggs Esprit"),
           E("Company", "Vincor Canada"), E("Person", "Jay Wright"), E("Location", "Canada"),
           E("Company", "Inniskillin Wines"), E("Location", "Niagara Peninsula"), E("Location", "Ontario"),
           E("Location", "Okanagan Valley"), E("Location", "British Columbia"),
           E("Organization", "Vancouver Organizing Committee for the 2010 Olympic and Paralympic Winter Games",
             "VANOC"),
           E("Company", "Omega"), E("Company", "Canadian Pacific"), E("Company", "Royal Canadian Mint")],
 # 'Birks' and 'Birks & Mayors' (its chief executive's company) are one company; 'Mayors Jewelers Inc., an American
 # company Birks acquired in 2002' → completed purchase (acquired + parentOrganization); 'Official Supplier of
 # Jewelery' for the Games, 'The partnership' → partner with the Games' organising committee (named later in the
 # text: doubtful, the first paragraph names no counterparty); the committee announcing Omega as 'Official Olympic
 # Timekeeper' and Canadian Pacific as 'official rail freight services provider' → partner; 'The Vincor Canada wine'
 # → provider; the vineyards that 'will create the wine' and the winery's 'sponsorship' (counterparty not named) →
 # nothing; the mint's coins → nothing; the Games (Vancouver 2010, Beijing 2008, London 2012) are events, so no
 # Whistler, Beijing or London; a Crown mint is typed Company (it sells coins: doubtful); the years in the Games'
 # names are dates; 'this summer' → the year; 'since 1975' → 1975
 roles=[R("Thomas A. Andruskevich", "president", "Birks & Mayors"), R("Thomas A. Andruskevich", "ceo", "Birks & Mayors"),
        R("Jay Wright", "president", "Vincor Canada"), R("Jay Wright", "ceo", "Vincor Canada")],
 relations=acq("Birks & Mayors", "Mayors Jewelers Inc.")
           + [L("Birks & Mayors", "partner", "Vancouver Organizing Committee for the 2010 Olympic and Paralympic Winter Games"),
              L("Omega", "partner", "Vancouver Organizing Committee for the 2010 Olympic and Paralympic Winter Games"),
              L("Canadian Pacific", "partner", "Vancouver Organizing Committee for the 2010 Olympic and Paralympic Winter Games"),
              L("Jackson-Triggs Esprit", "provider", "Vincor Canada")],
 outages=[],
 dates=[D("2010", "2010"), D("2002", "2002"), D("2008", "2008"), D("2012", "2012"), D("early 2008", "2008"),
        D("today", "2007-02-08"), D("this summer", "2007"), D("1975", "1975")])
A["wn-elan-biogen-withdraw-multiple-sclerosis-drug-2005"] = dict(
 entities=[E("Company", "Élan", "Elan"), E("Company", "Biogen"), E("Service", "Tysabri"), E("Location", "US"),
           E("Service", "Avonex")],
 # 'its US partner Biogen' → partner (Élan first, as written); the two firms withdrawing their drug → provider for
 # both; Avonex's maker is not stated → nothing; a drug withdrawn from trials is no outage; 'Two years ago' → 2003
 roles=[],
 relations=[L("Élan", "partner", "Biogen"), L("Tysabri", "provider", "Élan"), L("Tysabri", "provider", "Biogen")],
 outages=[],
 dates=[D("Monday", "2005-02-28"), D("Two years ago", "2003")])
A["wn-voip-penetrates-emergency-calling-infrastructure-2005"] = dict(
 entities=[E("Company", "Vonage"), E("Company", "Qwest Communications", "Qwest"), E("Service", "911"),
           E("Location", "Rhode Island"), E("Person", "Jeffrey Citron", "Citron"), E("Person", "Richard Notebaert"),
           E("Company", "Verizon"), E("Location", "New York City"), E("Company", "BellSouth"), E("Company", "SBC"),
           E("Person", "William Wilhelm"), E("Organization", "FCC")],
 # 'Vonage negotiated access to the Qwest Communications emergency calling infrastructure', 'the access that Qwest has
 # agreed to provide' → an agreed supply (partner, Vonage first as written); Verizon's trial and SBC's 'agreed to begin
 # discussions' → talks, nothing; SBC's VoIP affiliate is unnamed; 'Chairman and CEO' → chairman and ceo; 'Vonage
 # attorney' → other (as staff attorneys); 911 calls delivered to administrative offices is how calls were routed,
 # no failure → no outage (near-miss); no resolvable date ('a recent letter', 'soon')
 roles=[R("Jeffrey Citron", "chairman", "Vonage"), R("Jeffrey Citron", "ceo", "Vonage"),
        R("Richard Notebaert", "chairman", "Qwest Communications"), R("Richard Notebaert", "ceo", "Qwest Communications"),
        R("William Wilhelm", "other", "Vonage")],
 relations=[L("Vonage", "partner", "Qwest Communications")],
 outages=[],
 dates=[])
A["wn-mets-citigroup-agree-20-year-sponsorship-2006"] = dict(
 entities=[E("Organization", "New York Mets", "Mets"), E("Company", "Citigroup"), E("Location", "CitiField"),
           E("Organization", "Houston Texans"), E("Organization", "NFL"), E("Company", "Reliant Energy"),
           E("Location", "Reliant Stadium"), E("Location", "Queens"), E("Location", "New York"),
           E("Location", "Shea Stadium"), E("Person", "William A. Shea"), E("Organization", "National League"),
           E("Person", "George Pataki"), E("Location", "New York City"), E("Person", "Michael Bloomberg")],
 # a 20-year sponsorship and naming-rights deal → partner (the team first, as written); the Texans receiving money
 # from Reliant Energy for the stadium's name → partner; a team in a league is no unit of it (nothing); stadiums
 # are named sites (Location, no relation); 'New York Govener, George Pataki' → governor of New York (the text's
 # spelling); a city mayor → no role (no title for it in the vocabulary, as elsewhere in the corpus); 'Monday' in a
 # Saturday text → the coming Monday; 'last summer' → the year; 'the 2009 season' → 2009
 roles=[R("George Pataki", "governor", "New York")],
 relations=[L("New York Mets", "partner", "Citigroup"), L("Houston Texans", "partner", "Reliant Energy")],
 outages=[],
 dates=[D("last summer", "2006"), D("2009", "2009"), D("1964", "1964"), D("Monday", "2006-11-13")])
A["wn-polaroid-goes-bankrupt-2008"] = dict(
 entities=[E("Company", "Polaroid"), E("Location", "United States"),
           E("Company", "Petters Group Worldwide", "Petters Group"), E("Person", "Tom Petters", "Petter"),
           E("Location", "Minnesota")],
 # 'Owned since 2005 by Petters Group Worldwide' → a completed ownership (acquired + parentOrganization, as 'now owns'
 # in GUIDELINES.md); 'the group's founder Tom Petters' → founder ('Petter' is the text's misspelling, an alias);
 # unnamed subsidiaries → nothing; a bankruptcy is no outage ('won't affect daily operations')
 roles=[R("Tom Petters", "founder", "Petters Group Worldwide")],
 relations=acq("Petters Group Worldwide", "Polaroid"),
 outages=[],
 dates=[D("2005", "2005"), D("October", "2008-10"), D("2009", "2009")])
A["wn-canadian-charter-airline-skyservice-suspends-operations-2010"] = dict(
 entities=[E("Company", "Skyservice"), E("Location", "Toronto"), E("Location", "Pearson International Airport"),
           E("Organization", "Ontario Superior Court"), E("Company", "Thomas Cook"), E("Company", "Sunquest Vacations"),
           E("Location", "Vancouver"), E("Company", "Gibralt Capital Corporation"), E("Company", "Roynat Capital"),
           E("Company", "Signature Vacations"), E("Company", "Sunwing Airlines"), E("Company", "Conquest Vacations")],
 # an airline that ceased operations and cancelled flights over debts → a business failure, no outage (near-miss);
 # 'long-term partner and Thomas Cook subsidiary Sunquest Vacations' → partner and parentOrganization; 'a leveraged
 # buyout in 2007 by ... Gibralt Capital Corporation' → completed purchase (acquired + parentOrganization); 'under a
 # contract with Skyservice' → partner (Signature first, as written); 'having joined forces with ... Sunwing Airlines'
 # → partner; a lender calling in loans → nothing; 'earlier in the year' → the year; 'Last year' → 2009
 roles=[],
 relations=[L("Skyservice", "partner", "Sunquest Vacations"), L("Sunquest Vacations", "parentOrganization", "Thomas Cook")]
           + acq("Gibralt Capital Corporation", "Skyservice")
           + [L("Signature Vacations", "partner", "Skyservice"), L("Signature Vacations", "partner", "Sunwing Airlines")],
 outages=[],
 dates=[D("2007", "2007"), D("earlier in the year", "2010"), D("the month of April", "2010-04"), D("2013", "2013"),
        D("Last year", "2009")])
A["wn-silverjet-ceases-operations-enters-administration-2008"] = dict(
 entities=[E("Company", "Silverjet"), E("Location", "Luton Airport"), E("Location", "New York"), E("Location", "Dubai"),
           E("Organization", "UK Civil Aviation Authority"), E("Location", "UK"),
           E("Company", "Viceroy Holdings", "Viceroy"), E("Company", "Begbies Traynor"),
           E("Company", "Silverjet Aviation Limited"), E("Company", "Skylease Limited"),
           E("Company", "Sky People Limited"), E("Company", "London Stock Exchange"), E("Location", "US"),
           E("Company", "Maxjet"), E("Company", "Eos Airlines"), E("Location", "Luton")],
 # an airline that 'ceased operations and entered administration' → a business failure, no outage (near-miss);
 # 'subsidiaries ... all of which are wholly owned by Silverjet' → parentOrganization; a hoped-for loan and a possible
 # offer → nothing; the administrator → no relation; 'the start of last year' → 2007; 'Friday' in a Sunday text →
 # 30 May
 roles=[],
 relations=[L(s, "parentOrganization", "Silverjet") for s in ("Silverjet Aviation Limited", "Skylease Limited",
                                                              "Sky People Limited")],
 outages=[],
 dates=[D("the start of last year", "2007"), D("Friday", "2008-05-30")])
A["wn-ex-head-qantas-freight-operations-us-2008"] = dict(
 entities=[E("Person", "Bruce McCaffrey", "McCaffrey", "McCarthy"), E("Location", "United States", "US"),
           E("Company", "Qantas"), E("Organization", "US Department of Justice", "DoJ"),
           E("Person", "Stephen Cleary"), E("Location", "Sydney"), E("Person", "Harold Pang"),
           E("Location", "Singapore"), E("Person", "Peter Frampton"), E("Person", "John Cooper"),
           E("Person", "Desmond Church"), E("Location", "Australia"),
           E("Organization", "Australian Competition and Consumer Commission"), E("Company", "Japan Airlines"),
           E("Company", "British Airways"), E("Company", "Korean Air"), E("Company", "Lufthansa"),
           E("Company", "Air New Zealand"), E("Company", "Singapore Airlines"), E("Company", "Cathay Pacific")],
 # 'formerly the vice-president in charge of freight operations in the United States for ... Qantas' → vice-president,
 # not current ('McCarthy, who ran Qantas's Australia-US cargo route' is the same man, the text's misspelling: an
 # alias); 'group general manager' / 'general manager' → executive, current unless 'former'; Peter Frampton, 'former
 # group general manager for freight' and 'former head of freight' → one past post (executive); 'a former freight
 # employee' → no title; a cartel is no partnership; 'In August' in a May 2008 text → 2007-08
 roles=[R("Bruce McCaffrey", "vice-president", "Qantas", False), R("Stephen Cleary", "executive", "Qantas"),
        R("Harold Pang", "executive", "Qantas"), R("Peter Frampton", "executive", "Qantas", False),
        R("John Cooper", "executive", "Qantas", False)],
 relations=[],
 outages=[],
 dates=[D("2000", "2000"), D("In August", "2007-08"), D("Last month", "2008-04")])
A["wn-tyco-executives-found-guilty-2005"] = dict(
 entities=[E("Company", "Tyco International", "Tyco"), E("Person", "Dennis Kozlowski", "Kozlowski"),
           E("Person", "Mark Swartz", "Swartz"), E("Person", "Nancy Salomon"), E("Location", "New York State"),
           E("Location", "New Hampshire")],
 # 'The former CEO of Tyco International, Dennis Kozlowski, as well as CFO Mark Swartz' and 'The two former
 # executives' → ceo and cfo, both past; 'Wall Street experience' names no entity; spans ('11 days') left out
 roles=[R("Dennis Kozlowski", "ceo", "Tyco International", False), R("Mark Swartz", "cfo", "Tyco International", False)],
 relations=[],
 outages=[],
 dates=[D("2001", "2001")])
A["wn-alaska-airlines-set-cut-up-1000-2008"] = dict(
 entities=[E("Company", "Alaska Airlines"), E("Company", "Alaska Air Group"), E("Person", "Bill Ayer"),
           E("Service", "Boeing 737"), E("Company", "XL")],
 # 'Bill Ayer, chairman and CEO of Alaska Air Group' speaking for the airline's cuts, 'burdened Alaska Air Group
 # with a $50 million loss' and 'The airline made a $50m loss' → the airline is the group's (parentOrganization;
 # doubtful: the text does not say 'subsidiary'); Boeing is named only in the aircraft's name (no entity, no
 # provider); 'November 9 of this year' → 2008-11-09; 'this year' → 2008
 roles=[R("Bill Ayer", "chairman", "Alaska Air Group"), R("Bill Ayer", "ceo", "Alaska Air Group")],
 relations=[L("Alaska Airlines", "parentOrganization", "Alaska Air Group")],
 outages=[],
 dates=[D("November 9", "2008-11-09"), D("this year", "2008"), D("2009", "2009")])
A["wn-world-cup-qualifier-may-be-affected-2009"] = dict(
 entities=[E("Location", "United Kingdom"),
           E("Organization", "National Union of Rail, Maritime and Transport Workers", "RMT"),
           E("Company", "Sky News"),
           E("Organization", "England national football team", "English national football team", "England"),
           E("Organization", "Andorra"), E("Location", "Wembley Stadium", "Wembley"),
           E("Organization", "Football Association", "FA"), E("Person", "Ian Watmore", "Watmore"),
           E("Company", "London Underground"), E("Company", "Metronet"), E("Company", "Tubelines")],
 # a strike that 'could leave millions of travelers without transportation' → a strike, no system failure: no
 # outage (near-miss, as GUIDELINES.md); 'London Underground and its privatised contractors Metronet and Tubelines'
 # → contractors (partner, London Underground first as written); 'Football Association (FA) chief executive' → ceo;
 # 'Andorra' and 'England' name the football teams here (Organization; the match is an event); clock times as
 # date-times on the day they fall (the strike today, the match tomorrow); 'Last week' left out; the years in the
 # World Cup's name are dates
 roles=[R("Ian Watmore", "ceo", "Football Association")],
 relations=[L("London Underground", "partner", "Metronet"), L("London Underground", "partner", "Tubelines")],
 outages=[],
 dates=[D("19:00 BST", "2009-06-09T19:00"), D("18:00 GMT", "2009-06-09T18:00"), D("today", "2009-06-09"),
        D("2010", "2010"), D("tomorrow", "2009-06-10"), D("20:15 BST", "2009-06-10T20:15"),
        D("19:15 GMT", "2009-06-10T19:15"), D("17:45 BST", "2009-06-10T17:45"),
        D("16:45 GMT", "2009-06-10T16:45"), D("June 5", "2009-06-05")])
A["wn-british-airways-strike-grounds-flights-heathrow-2005"] = dict(
 entities=[E("Location", "Heathrow"), E("Company", "Gate Gourmet"), E("Company", "British Airways"),
           E("Company", "Qantas"), E("Company", "Sri Lankan Airlines"), E("Company", "Finnair"),
           E("Location", "Frankfurt")],
 # a ground-crew strike and a terminal closed 'due to overcrowding and backlog' → a strike, no system failure: no
 # outage (near-miss); 'meal provider, Gate Gourmet' whose staff cuts set off British Airways' unions → the airline's
 # caterer (partner, supplier first as written; doubtful: the text does not name its customer outright); 'Terminal
 # 4' is part of the airport (no entity of its own); 'Friday evening', '8pm Friday' and 'Thursday evening' are their
 # own items beside 'Friday' and 'Thursday'
 roles=[],
 relations=[L("Gate Gourmet", "partner", "British Airways")],
 outages=[],
 dates=[D("Thursday", "2005-08-11"), D("8pm Friday", "2005-08-12T20:00"), D("Wednesday", "2005-08-10"),
        D("Friday", "2005-08-12"), D("Thursday evening", "2005-08-11"), D("Friday evening", "2005-08-12")])
A["wn-bank-america-declares-1-2-million-2005"] = dict(
 entities=[E("Location", "United States", "U.S."), E("Company", "Bank of America"),
           E("Organization", "Department of Defense", "Pentagon"), E("Organization", "U.S. Secret Service")],
 # computer tapes lost in transport to a back-up centre → data lost, no service lost: no outage (near-miss, as 23a's
 # lost backup tape); 'the Pentagon' and 'the Department of Defense' in one sentence are one body (alias)
 roles=[],
 relations=[],
 outages=[],
 dates=[D("December 2004", "2004-12")])
A["wn-southwest-airlines-grounds-128-uninspected-planes-2015"] = dict(
 entities=[E("Location", "US"), E("Company", "Southwest Airlines"), E("Person", "Brandy King", "King"),
           E("Service", "Boeing 737-700"), E("Service", "Boeing 737"),
           E("Organization", "Federal Aviation Administration")],
 # planes grounded because inspections were overdue, about 80 flights cancelled → a maintenance lapse, no system
 # failure: no outage (near-miss, as groundings elsewhere in the corpus); 'Company spokesperson' → spokesperson;
 # Boeing is named only in the aircraft's names (no entity, no provider)
 roles=[R("Brandy King", "spokesperson", "Southwest Airlines")],
 relations=[],
 outages=[],
 dates=[D("Tuesday", "2015-02-24"), D("last year", "2014"), D("yesterday", "2015-02-25")])
A["wn-fox-news-security-hole-exposes-1-2007"] = dict(
 entities=[E("Company", "Fox News"), E("Company", "Wikinews"), E("Company", "Ziff-Davis"), E("Company", "Acxiom"),
           E("Location", "U.S."), E("Service", "eBaum's World"), E("Person", "David Utter")],
 # a security hole exposing a publisher's FTP server and its customers' data, patched by the next day → a data
 # exposure, no service lost: no outage (near-miss); 'collaboration between the two media companies for technology
 # news coverage' → partner (Fox News first, as the FTP details sat on its server); the 2003 theft at Acxiom is no
 # outage; a security expert with no organisation → no role; 'noon Monday' as a date-time
 roles=[],
 relations=[L("Fox News", "partner", "Ziff-Davis")],
 outages=[],
 dates=[D("Sunday", "2007-07-22"), D("2003", "2003"), D("noon Monday", "2007-07-23T12:00")])

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
