#!/usr/bin/env python3
"""Batch 32e gold annotations for the 8 ITEMS texts of batch32e.py, written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
usage: batch32e_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-ariane-rocket-launches-skynet-turksat-spacecraft-2008
wn-faa-orders-review-boeing-787-dreamliners-2013
wn-wikimania-2008-opens-bibliotheca-alexandrina-egypt-2008
wn-tony-blair-speaks-canada-2007
wn-trinidad-tv-host-bailed-teen-rape-2012
wn-77-names-added-fallen-journalist-memorial-2009
wn-civil-unrest-iranian-cities-ahmadinejad-declares-2009
wn-cleo-dolly-merger-leaves-senior-australian-2013""".split())
A = {}

A["wn-ariane-rocket-launches-skynet-turksat-spacecraft-2008"] = dict(
 entities=[E("Service", "Ariane 5", "Ariane 5ECA"), E("Location", "ELA-3"), E("Location", "Guiana Space Centre"),
           E("Service", "Skynet 5C"), E("Service", "Turksat 3A"), E("Company", "Paradigm Secure Communications"),
           E("Location", "Britain"), E("Organization", "Ministry of Defence"), E("Company", "Turksat"),
           E("Location", "Turkey"), E("Company", "Arianespace"), E("Service", "Ariane 5ES"),
           E("Service", "Automated Transfer Vehicle"), E("Company", "Thales Alenia Space"), E("Service", "Turksat 1C"),
           E("Company", "EADS Astrium"), E("Service", "Badr 6"), E("Service", "ProtoStar-1"),
           E("Person", "Jean-Yves Le Gall"), E("Location", "Europe"), E("Person", "Patrick Wood"),
           E("Person", "Jean-Marie Robert"), E("Person", "Binali Yildirim")],
 # as batch 24c's ProtoStar-1 launch text: the rocket family a Service with the flown variant 'Ariane 5ECA' its alias
 # ('the ECA variant' generic), 'The launch was conducted by French company Arianespace' → provider; 'Paradigm Secure
 # Communications will operate Skynet 5C', 'Turksat 3A will be operated by Turksat' → provider; 'constructed by
 # Thales Alenia Space', 'built by EADS Astrium' → provider too (the maker, as batch 24c); 'will operate Skynet 5C
 # on behalf of Britain's Ministry of Defence' → partner Paradigm → Ministry of Defence (an operating contract; a
 # doubtful point); Thales 'proud to have contributed to the Turksat programme' → no partner (the building is
 # recorded as provider; a doubtful point); Turksat 'an organisation based in Turkey' → Company (a satellite
 # operator for 'commercial communications'; a doubtful point: Organization); 'Arianespace Chairman' → chairman;
 # 'the Skynet 5C programme director at Paradigm' → executive (a programme's director, as batch 31g's clinical
 # director); 'the manager of satellite programmes at Thales Alenia Space' → executive (GUIDELINES' manager);
 # "Turkey's Minister of Transportation" → minister of Turkey; 'British armed forces' (an adjective, unnamed body) →
 # no entity; 'Geosynchronous transfer orbit', V184 → no entity; the launch delayed in May by a wrong guidance
 # programme → no outage (a near-miss); '22:05:02 GMT this evening' → 2008-06-12T22:05 and 2008-06-12 against the
 # Thursday date line; 'May' → 2008-05 (before the June date line); 'early July' → 2008-07
 roles=[R("Jean-Yves Le Gall", "chairman", "Arianespace"),
        R("Patrick Wood", "executive", "Paradigm Secure Communications"),
        R("Jean-Marie Robert", "executive", "Thales Alenia Space"), R("Binali Yildirim", "minister", "Turkey")],
 relations=[L("Skynet 5C", "provider", "Paradigm Secure Communications"), L("Turksat 3A", "provider", "Turksat"),
            L("Turksat 3A", "provider", "Thales Alenia Space"), L("Skynet 5C", "provider", "EADS Astrium"),
            L("Ariane 5", "provider", "Arianespace"),
            L("Paradigm Secure Communications", "partner", "Ministry of Defence")],
 outages=[],
 dates=[D("22:05:02 GMT", "2008-06-12T22:05"), D("this evening", "2008-06-12"), D("May", "2008-05"),
        D("2008", "2008"), D("early July", "2008-07")])

A["wn-faa-orders-review-boeing-787-dreamliners-2013"] = dict(
 entities=[E("Location", "United States", "U.S."), E("Organization", "Federal Aviation Administration", "FAA"),
           E("Company", "Boeing"), E("Service", "Boeing 787 Dreamliner", "Boeing 787", "787"), E("Location", "Japan"),
           E("Company", "Japan Airlines", "Japan Air"), E("Location", "Boston"),
           E("Location", "Logan International Airport"), E("Location", "Tokyo"), E("Location", "Narita Airport"),
           E("Company", "All Nippon Airways"), E("Location", "Miyazaki"), E("Location", "Haneda Airport"),
           E("Location", "Matsuyama"), E("Person", "Ray LaHood"), E("Person", "Michael P. Huerta")],
 # 'the Boeing 787 Dreamliner' → provider Boeing (the maker); 'an All Nippon Airways 787, the launch customer for the
 # aircraft' → partner All Nippon Airways → Boeing (GUIDELINES' launch customer); Japan Airlines flying 787s → no
 # relation (an airline flying a type, as batches 30e and 31e); 'newly sworn-in FAA Administrator Michael P. Huerta' →
 # head (GUIDELINES: an agency administrator leading it); 'U.S. Transportation Secretary Ray LaHood' → no role (the
 # department unnamed, 'U.S.' an adjective and 'United States' named only before the FAA's name, as batch 31g's
 # 'US President Ronald Reagan'; a doubtful point: minister of United States); 'That Japan Air' in the pilot's radio
 # call an alias; the fire, leaks, a cracked window and a flight 'cancelled after a brake problem' → no outage
 # (product defects; near-misses); 'Friday' (and 'Earlier Friday', listed once) → 2013-01-11, 'On Monday' →
 # 2013-01-07, 'The next day' → 2013-01-08, 'Wednesday' → 2013-01-09 against the Sunday date line
 roles=[R("Michael P. Huerta", "head", "Federal Aviation Administration")],
 relations=[L("Boeing 787 Dreamliner", "provider", "Boeing"), L("All Nippon Airways", "partner", "Boeing")],
 outages=[],
 dates=[D("Friday", "2013-01-11"), D("Monday", "2013-01-07"), D("The next day", "2013-01-08"),
        D("Wednesday", "2013-01-09")])

A["wn-wikimania-2008-opens-bibliotheca-alexandrina-egypt-2008"] = dict(
 entities=[E("Organization", "Bibliotheca Alexandrina", "BA"), E("Person", "Ahmed Darwish", "Darwish"),
           E("Person", "Florence Devouard"), E("Organization", "Wikimedia Foundation", "WMF"),
           E("Person", "Mohamed Ibrahim"), E("Person", "Jakob Voss"), E("Location", "Egypt"),
           E("Organization", "UN"), E("Organization", "Internet Archive"), E("Service", "Wikipedia"),
           E("Location", "Alexandria"), E("Company", "Wikia"), E("Person", "Michael Snow"), E("Person", "Jimmy Wales"),
           E("Organization", "Freedom House"), E("Person", "Rhonda Shearer"), E("Person", "Sue Gardner"),
           E("Person", "Erik Möller")],
 # 'Florence Devouard, the outgoing chair of the Wikimedia Foundation' and 'with the stepping down of Florence
 # Devouard as Chair of the WMF board, her successor will be Michael Snow' → chairman, current true (announced, not
 # yet left: GUIDELINES' 'will step down'; a doubtful point), Michael Snow chairman current true (announced successor,
 # 'the new chair of the Foundation is Michael Snow'); 'the Egyptian Minister of State for Administrative
 # Development' → minister of Egypt (Egypt named on its own); 'Jakob Voss head of the program committee' → no role
 # (the conference's committee, unnamed; a doubtful point); 'the active lead volunteer' → no role; Sue Gardner, Erik
 # Möller, Jimmy Wales named without posts → no role; the Bibliotheca Alexandrina 'a modern library' with 'BA
 # directors' → Organization (a library as a body; a doubtful point: Location); the Internet Archive mirrored by the
 # library → Organization (its kind not given; a doubtful point: Service); Wikipedia a Service with no Company named
 # for it (the foundation an Organization, so no provider, as batch 26a's NASA); Wikia → Company (a doubtful point:
 # its kind not stated); 'Foundation goals' and 'the Foundation' → the Wikimedia Foundation without alias (a generic
 # noun); Wikimania 2008 and the 'International Wikimedia Conference' an event → no entity; '2008' inside 'Wikimania
 # 2008' kept once (as batch 31e's year inside a name); 'Thursday' → 2008-07-17 and "this year's" → 2008 against the
 # Friday date line; 'early that afternoon' (the Thursday, told indirectly) not listed
 roles=[R("Florence Devouard", "chairman", "Wikimedia Foundation"), R("Michael Snow", "chairman", "Wikimedia Foundation"),
        R("Ahmed Darwish", "minister", "Egypt")],
 relations=[],
 outages=[],
 dates=[D("Thursday", "2008-07-17"), D("2008", "2008"), D("this year's", "2008")])

A["wn-tony-blair-speaks-canada-2007"] = dict(
 entities=[E("Person", "Tony Blair", "Blair"), E("Location", "United Kingdom"), E("Location", "Calgary"),
           E("Location", "Alberta"), E("Location", "Telus Convention Centre"),
           E("Company", "Toronto-Dominion Bank", "TD Canada Trust", "TD Bank", "TD"), E("Person", "Ed Stelmach"),
           E("Person", "Dave Bronconnier", "Bronconnier"), E("Location", "Canada"), E("Location", "Afghanistan"),
           E("Organization", "Quartet on the Middle East"), E("Company", "Abu Dhabi National Energy Co."),
           E("Company", "Prime West Energy Trust"), E("Location", "North America"), E("Location", "New Brunswick"),
           E("Person", "Frank McKenna"), E("Organization", "Scotland Yard"), E("Company", "Globe and Mail")],
 # "United Kingdom's former Prime Minister" → minister of United Kingdom, current false; 'Alberta premier Ed Stelmach'
 # → minister of Alberta (a province's head of government, as batch 28e's Alberta premiers); 'former premier of New
 # Brunswick Frank McKenna, now TD Bank's deputy chairman' → minister of New Brunswick, current false, and executive
 # at the bank (GUIDELINES: vice chairman → executive); 'Blair is an Envoy in the Quartet on the Middle East' →
 # other (a post without a vocabulary title; a doubtful point); 'Calgary mayor' → no role (GUIDELINES: mayors);
 # 'Toronto-Dominion Bank (TD Canada Trust)' read as one bank, the bracketed name an alias (a doubtful point: a unit),
 # 'TD Bank' and 'TD' aliases too; the bank sponsoring the speech → no relation (sponsorship, no partner named);
 # 'Abu Dhabi National Energy Co. recently made their third offer ... to buy' Prime West Energy Trust → no acquired
 # (an offer only); the Telus Convention Centre a named site → Location; 'PM' a title, not an entity; the speech's
 # title → no entity; 'yesterday' → 2007-10-26 and 'noon', '2:30 p.m.' that day against the Saturday date line;
 # Blair's 'This morning' (said at the speech) → 2007-10-26 (a doubtful point); 'recently' not listed
 roles=[R("Tony Blair", "minister", "United Kingdom", False), R("Tony Blair", "other", "Quartet on the Middle East"),
        R("Ed Stelmach", "minister", "Alberta"), R("Frank McKenna", "minister", "New Brunswick", False),
        R("Frank McKenna", "executive", "Toronto-Dominion Bank")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2007-10-26"), D("noon", "2007-10-26T12:00"), D("2:30 p.m.", "2007-10-26T14:30"),
        D("This morning", "2007-10-26")])

A["wn-trinidad-tv-host-bailed-teen-rape-2012"] = dict(
 entities=[E("Location", "Trinidad"), E("Person", "Ian Alleyene", "Alleyne"), E("Company", "TV6"),
           E("Location", "Port of Spain"), E("Company", "Caribbean Communications Network"),
           E("Location", "Independence Square"), E("Person", "Marcia Ayers-Caesar"),
           E("Organization", "Court and Process Branch"), E("Person", "Kenneth Cordner"), E("Person", "Roger Gaspard")],
 # 'the owner of the TV station, Caribbean Communications Network' → parentOrganization TV6 → CCN (an owned
 # station; TV6 a broadcaster → Company); 'host of TV6's Crime Watch' → no role (a presenter, as correspondents in
 # batches 24c-31g) and the show no entity; the text's two spellings 'Ian Alleyene' and 'Alleyne' one Person (the
 # fuller form its name); 'Superintendent of the Court and Process Branch Kenneth Cordner' → no role (a police rank,
 # as batch 30e's superintendent; a doubtful point: head) and the branch an Organization; 'Director of Public
 # Prosecutions Roger Gaspard' → no role and no entity (an office with no body named; a doubtful point: head);
 # 'Chief Magistrate' → no role (a judge); "Caribbean Communications Network's Independence Square premises" → the
 # square a Location, no relation; no outage; 'April 20', 'April 23' → 2012; 'May 14' → 2012-05-14; 'yesterday'
 # and 'early yesterday morning' → 2012-04-24 against the Wednesday date line; 'October 2011' → 2011-10; 'the
 # weekend' and 'last week' not listed
 roles=[],
 relations=[L("TV6", "parentOrganization", "Caribbean Communications Network")],
 outages=[],
 dates=[D("April 20", "2012-04-20"), D("April 23", "2012-04-23"), D("May 14", "2012-05-14"),
        D("October 2011", "2011-10"), D("early yesterday morning", "2012-04-24"), D("yesterday", "2012-04-24")])

A["wn-77-names-added-fallen-journalist-memorial-2009"] = dict(
 entities=[E("Organization", "Newseum"), E("Location", "Washington, D.C."), E("Person", "Chris Wells"),
           E("Organization", "Freedom Forum"), E("Location", "Newseum Journalist's Memorial"), E("Location", "Iraq"),
           E("Location", "Mexico"), E("Person", "Armando Rodriguez"), E("Location", "El Paso"), E("Location", "Texas"),
           E("Person", "Alberto Ibarguen"), E("Person", "Magomed Yevloyev", "Yevloyev"), E("Company", "Ingushetia.org"),
           E("Person", "Tom Borrelli", "Borelli"), E("Company", "The Buffalo News"),
           E("Person", "Steven Shoob", "Shoob"), E("Company", "WTOC-TV"), E("Location", "Georgia"),
           E("Location", "Savannah"), E("Company", "Honolulu Star-Bulletin"), E("Person", "Sarah Park"),
           E("Person", "Ryan Rendleman"), E("Company", "Daily Egyptian"),
           E("Organization", "Southern Illinois University Carbondale")],
 # 'the Freedom Forum, which runs the Newseum' → parentOrganization Newseum → Freedom Forum (a museum run by a
 # foundation: its operating body; a doubtful point); the Newseum an Organization (it has a chairman and records;
 # a doubtful point: Location as a site), its memorial a named site → Location; 'vice president of the Freedom
 # Forum' → vice-president; 'Newseum chairman Alberto Ibarguen' → chairman; 'who ran the independent Russian news
 # site Ingushetia.org' → head, current false (he was killed; 'ran'; a doubtful point) and the news site a Company
 # (GUIDELINES: news websites as businesses; its owner not given; a doubtful point); 'the Daily Egyptian of Southern
 # Illinois University Carbondale' → parentOrganization Daily Egyptian → the university (a student paper of the
 # university; a doubtful point); reporters, a sports writer and a broadcaster → no role; 'Borelli's' (the text's
 # other spelling) an alias; the widow 'Karen' (first name only) → no entity; 'the Russian government', 'the Iraq
 # War' → no entity; 'Monday' → 2009-03-30 against the Tuesday date line; 'last year' → 2008; 'for 10 years', 'in
 # at least five years' and 'prior years' not listed
 roles=[R("Chris Wells", "vice-president", "Freedom Forum"), R("Alberto Ibarguen", "chairman", "Newseum"),
        R("Magomed Yevloyev", "head", "Ingushetia.org", False)],
 relations=[L("Newseum", "parentOrganization", "Freedom Forum"),
            L("Daily Egyptian", "parentOrganization", "Southern Illinois University Carbondale")],
 outages=[],
 dates=[D("1837", "1837"), D("Monday", "2009-03-30"), D("2008", "2008"), D("2003", "2003"), D("last year", "2008"),
        D("July 2008", "2008-07"), D("1957", "1957"), D("April 2008", "2008-04")])

A["wn-civil-unrest-iranian-cities-ahmadinejad-declares-2009"] = dict(
 entities=[E("Location", "Iran"), E("Location", "Tehran"), E("Location", "Shiraz"), E("Location", "Mashad"),
           E("Location", "Rasht"), E("Location", "Valiasr Street"),
           E("Organization", "University of Tehran", "Teheran University"),
           E("Person", "Mir-Hossein Mousavi", "Mousavi"), E("Person", "Mahmoud Ahmadinejad", "Ahmadinejad"),
           E("Organization", "Guardian Council"), E("Organization", "Islamic Iran Participation Front"),
           E("Person", "Mohammad Khateimi"), E("Person", "Hashemi Rafsanjani"), E("Organization", "Sharif University"),
           E("Organization", "Reporters Without Borders"), E("Location", "Rome"), E("Location", "Kuala Lumpur"),
           E("Location", "Paris"), E("Location", "Berlin"), E("Location", "London"), E("Location", "The Hague"),
           E("Location", "United States", "U.S."), E("Location", "Chicago"), E("Location", "Illinois"),
           E("Location", "Los Angeles"), E("Location", "California"), E("Person", "Hillary Clinton")],
 # 'Mobile phone services have apparently been cut' → one outage, provider null (no operator named, as batch 28e's
 # Egypt text), date '2009-06' (the text gives no day for the cut; a doubtful point: the Saturday 2009-06-13),
 # location Iran, cause null (the text sets it beside 'mass censorship' but does not say who cut the service; a
 # doubtful point: government order), affected [] (no named service); websites 'blocked' → no outage (access
 # blocked, no service said down); 'the nation's current president Mahmoud Ahmadinejad' → president of Iran;
 # 'former Iranian president ... Mohammad Khateimi' and 'Former president Hashemi Rafsanjani' → president of Iran,
 # current false (Iran named on its own in the text; the second read from the story's country; a doubtful point);
 # 'U.S. Secretary of State Hillary Clinton' → minister of United States (named on its own in the text; a doubtful
 # point, as batch 31g left 'Defense secretary' with no country); 'Teheran University' the text's other form of the
 # University of Tehran; the election, the 'green revolution' and the 'Islamic regime' → no entity; 'Saturday night'
 # → 2009-06-13, 'this afternoon', 'later today' and 'later in the day' → 2009-06-14 against the Sunday date line;
 # '1979'; 'around 23:00 UTC' not listed (its day not given); 'late into the night' not listed
 roles=[R("Mahmoud Ahmadinejad", "president", "Iran"), R("Mohammad Khateimi", "president", "Iran", False),
        R("Hashemi Rafsanjani", "president", "Iran", False), R("Hillary Clinton", "minister", "United States")],
 relations=[],
 outages=[O(None, "2009-06", [], loc="Iran")],
 dates=[D("Saturday night", "2009-06-13"), D("1979", "1979"), D("this afternoon", "2009-06-14"),
        D("later today", "2009-06-14"), D("later in the day", "2009-06-14")])

A["wn-cleo-dolly-merger-leaves-senior-australian-2013"] = dict(
 entities=[E("Location", "Australia"), E("Company", "Cleo"), E("Person", "Sharri Markson", "Markson"),
           E("Company", "Dolly"), E("Company", "Bauer Media", "Bauer"), E("Person", "Matt Stanton"),
           E("Person", "Sebastian Kadas"), E("Person", "Tiffany Dunk"), E("Company", "The Australian"),
           E("Service", "Twitter"), E("Person", "Mia Freedman"), E("Person", "Lisa Wilkinson", "Wilkinson"),
           E("Company", "The Sydney Morning Heald"), E("Person", "Ita Buttrose"), E("Company", "Crikey"),
           E("Company", "ACP Magazines"), E("Location", "Germany"), E("Company", "Madison"), E("Company", "Grazia")],
 # magazines are Companies (GUIDELINES: newspapers, magazines); 'Bauer Media announced the merger of two of their
 # most popular Australian magazines' → parentOrganization Cleo and Dolly → Bauer Media; 'Bauer discontinued women's
 # magazine titles Madison and Grazia' → parentOrganization too (ownership told as past still recorded); the merger
 # of two titles of one owner → no acquired; 'Chief executive Matt Stanton' with "Bauer's CEO who addressed the
 # staff on Monday" → ceo of Bauer Media; 'publisher Sebastian Kadas' at the same meeting → executive at Bauer
 # Media (a doubtful point); 'Senior Editor for Australia's Cleo magazine Sharri Markson' → executive at Cleo
 # (as batch 26d's senior editor), current true (she declines the merged post, not said to have left); 'Both current
 # editors Sharri Markson and Tiffany Dunk' → Dunk executive at Dolly (the other title's editor; a doubtful point);
 # 'Former editors of both Dolly and Cleo' then Mia Freedman and Lisa Wilkinson → no role (which title each edited
 # is not said; a doubtful point); 'I ran the women's division at ACP Magazines' → Ita Buttrose executive, current
 # false (a division's head, the division unnamed; a doubtful point); 'The Sydney Morning Heald' kept as the text
 # spells it; 'German-based' an adjective beside 'Germany' in the quote (listed once); no outage; 'Wednesday' →
 # 2013-11-06, 'Monday' → 2013-11-04 against the Friday date line; 'early next year' → 2014, 'earlier this year' →
 # 2013; 'their 20s and 30s' (ages) not listed
 roles=[R("Matt Stanton", "ceo", "Bauer Media"), R("Sebastian Kadas", "executive", "Bauer Media"),
        R("Sharri Markson", "executive", "Cleo"), R("Tiffany Dunk", "executive", "Dolly"),
        R("Ita Buttrose", "executive", "ACP Magazines", False)],
 relations=[L("Cleo", "parentOrganization", "Bauer Media"), L("Dolly", "parentOrganization", "Bauer Media"),
            L("Madison", "parentOrganization", "Bauer Media"), L("Grazia", "parentOrganization", "Bauer Media")],
 outages=[],
 dates=[D("Wednesday", "2013-11-06"), D("early next year", "2014"), D("Monday", "2013-11-04"),
        D("earlier this year", "2013")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
