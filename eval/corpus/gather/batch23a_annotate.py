#!/usr/bin/env python3
"""Batch 23a gold annotations (the 16 texts of batch23a.py, two parts), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: each part's ids sorted, then dealt along test, train, dev, train
(the part's own cycle, as every sub-batch since 8b; part 2 was added after part 1 was committed).
usage: batch23a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-massive-blackouts-hit-florida-2008
wn-warner-music-sees-large-growth-digital-2006
wn-new-guitar-hero-game-focus-aerosmith-2008
wn-uk-broadcaster-setanta-enters-administration-2009
wn-data-from-650-000-credit-card-2008
wn-new-hawaii-airline-sparks-fare-war-2006
wn-cessna-display-seven-aircraft-new-cabin-2007
wn-bomb-explodes-paypal-headquarters-2006""".split())
A = {}
A["wn-massive-blackouts-hit-florida-2008"] = dict(
 entities=[E("Location", "Florida"), E("Location", "US"), E("Company", "Florida Power & Light", "FPL"),
           E("Company", "Progress Energy"), E("Location", "Florida Keys"), E("Location", "Orlando"),
           E("Location", "Daytona Beach"), E("Location", "Miami-Dade"), E("Location", "Broward"),
           E("Location", "Palm Beach")],
 # 'Massive blackouts ... shortly after 1:00 p.m. Eastern Time ... on Tuesday': customers of FPL affected, outages
 # 'on the original FPL grid' and 'on the Progress Energy grid', 'many different power companies losing control of
 # their specific grids' → two outages told apart by grid, one per named utility, both starting 13:00 local time;
 # no cause, end or service named; the counties are places hit, not services
 roles=[], relations=[],
 outages=[O("Florida Power & Light", "2008-02-26", [], start="2008-02-26T13:00", loc="Florida"),
          O("Progress Energy", "2008-02-26", [], start="2008-02-26T13:00", loc="Florida")],
 dates=[D("1:00 p.m.", "2008-02-26T13:00"), D("18:00 UTC", "2008-02-26T18:00"), D("Tuesday", "2008-02-26")])
A["wn-warner-music-sees-large-growth-digital-2006"] = dict(
 entities=[E("Company", "Warner Music Group", "Warner Music", "Warner"), E("Company", "Apple"),
           E("Service", "iTunes"), E("Person", "Madonna"), E("Person", "James Blunt"), E("Company", "Time Warner")],
 # 'sold in 2004 by former parent company Time Warner' → parentOrganization as past ownership (the buyer is not
 # named: no acquired); 'Apple's iTunes' → provider; 'sells digital music to several online services including
 # Apple's iTunes at wholesale' → a supplier relation with Apple (partner, seller first as written); the subsidiary
 # labels are unnamed; Green Day is a band (no entity type fits, as earlier batches left bands out); 'first quarter'
 # is a fiscal quarter not resolvable from the text: no date
 roles=[],
 relations=[L("Warner Music Group", "parentOrganization", "Time Warner"), L("iTunes", "provider", "Apple"),
            L("Warner Music Group", "partner", "Apple")],
 outages=[],
 dates=[D("2004", "2004"), D("May", "2005-05")])
A["wn-new-guitar-hero-game-focus-aerosmith-2008"] = dict(
 entities=[E("Company", "Activision"), E("Service", "Guitar Hero: Aerosmith"), E("Person", "Kai Huang"),
           E("Company", "RedOctane"), E("Person", "Joe Perry", "Perry"), E("Service", "Xbox 360"),
           E("Service", "Playstation 3"), E("Service", "Wii"), E("Service", "Playstation 2"),
           E("Organization", "ESRB")],
 # 'RedOctane, a subsidiary of Activision' → parentOrganization; 'Activision, publisher of ... the next title in the
 # franchise: Guitar Hero: Aerosmith' → provider; 'Kai Huang, head of RedOctane' → head; 'Aerosmith guitarist, Joe
 # Perry' is a band member (no company role); the consoles are products (Services) whose makers are not named;
 # Aerosmith is a band (left out, as bands elsewhere)
 roles=[R("Kai Huang", "head", "RedOctane")],
 relations=[L("RedOctane", "parentOrganization", "Activision"), L("Guitar Hero: Aerosmith", "provider", "Activision")],
 outages=[],
 dates=[D("this June", "2008-06")])
A["wn-uk-broadcaster-setanta-enters-administration-2009"] = dict(
 entities=[E("Company", "Deloitte Touche Tohmatsu", "Deloitte"), E("Location", "Ireland"),
           E("Person", "Leonard Blavatnik"), E("Location", "United Kingdom", "UK"), E("Person", "Neville Kahn"),
           E("Person", "Lee Manning"), E("Person", "Nick Edwards"), E("Company", "Setanta"),
           E("Company", "Setanta Sport Ltd"), E("Company", "Setanta Transmissions (UK) Ltd"),
           E("Company", "Setanta Ireland"), E("Service", "Setanta Sports 1"), E("Service", "Setanta Golf"),
           E("Service", "Setanta Sports News"), E("Service", "Racing UK"), E("Company", "ITN"),
           E("Organization", "Premier League"), E("Location", "United States"), E("Company", "ESPN"),
           E("Organization", "European Union"), E("Company", "British Sky Broadcasting")],
 # channels that 'have ceased transmission' and 'gone off-air' because their owner entered administration: a business
 # failure, no system failure → no outage (near-miss, as One-Two-Go's grounding in 22a); the companies 'in
 # administration' and Setanta Ireland are Setanta's companies → parentOrganization; its channels → provider
 # ('Setanta Sports 1 & 2': the first named whole only); 'Racing UK ... is not owned by Setanta' → nothing; 'ITN,
 # which had contracted with Setanta to produce Setanta Sports News' → partner (ITN first, as written); the
 # administrators at Deloitte get no title (no role); 'the Russian-American businessman' → no role; rights sold to ESPN
 # are no company purchase; 'UK' is an alias of the United Kingdom (mended in the batch-23 second annotation: the
 # two were separate entities)
 roles=[],
 relations=[L("Setanta Sport Ltd", "parentOrganization", "Setanta"),
            L("Setanta Transmissions (UK) Ltd", "parentOrganization", "Setanta"),
            L("Setanta Ireland", "parentOrganization", "Setanta"),
            L("Setanta Sports 1", "provider", "Setanta"), L("Setanta Golf", "provider", "Setanta"),
            L("Setanta Sports News", "provider", "Setanta"), L("ITN", "partner", "Setanta")],
 outages=[],
 dates=[D("today", "2009-06-23"), D("yesterday", "2009-06-22")])
A["wn-data-from-650-000-credit-card-2008"] = dict(
 entities=[E("Location", "United States"), E("Company", "J.C. Penney"), E("Company", "GE Consumer Finance", "GE"),
           E("Company", "Iron Mountain Incorporated", "Iron Mountain")],
 # a backup tape 'went missing': data lost, no service lost → no outage (near-miss); the tape 'owned by GE Consumer
 # Finance' was kept at 'a storage facility operated by Iron Mountain Incorporated' → Iron Mountain stores GE's tapes
 # (partner, the owner of the tape first); J.C. Penney's card-holder data on GE's tape: the card programme is not
 # stated → nothing
 roles=[],
 relations=[L("GE Consumer Finance", "partner", "Iron Mountain Incorporated")],
 outages=[],
 dates=[D("October", "2007-10")])
A["wn-new-hawaii-airline-sparks-fare-war-2006"] = dict(
 entities=[E("Location", "Hawaii"), E("Company", "go!"), E("Company", "Mesa Air Group", "Mesa Air"),
           E("Location", "Arizona"), E("Company", "Hawaiian Airlines", "Hawaiian"),
           E("Company", "Aloha Airlines", "Aloha"), E("Person", "Thom Nulty"),
           E("Location", "Honolulu International Airport"), E("Location", "Honolulu"),
           E("Person", "Jonathan Ornstein", "Ornstein")],
 # 'The new airline, a division of Arizona-based Mesa Air Group' (go!) → parentOrganization; 'Thom Nulty, Aloha's
 # vice president of marketing' → vice-president; 'Mesa Air CEO Jonathan Ornstein' → ceo; the promotion is no entity
 roles=[R("Thom Nulty", "vice-president", "Aloha Airlines"), R("Jonathan Ornstein", "ceo", "Mesa Air Group")],
 relations=[L("go!", "parentOrganization", "Mesa Air Group")],
 outages=[],
 dates=[D("Friday", "2006-06-09"), D("in March", "2006-03"), D("Wednesday", "2006-06-07"),
        D("Thursday", "2006-06-08"), D("Friday morning", "2006-06-09"), D("7 p.m. Thursday night", "2006-06-08T19:00"),
        D("9 a.m. Friday", "2006-06-09T09:00")])
A["wn-cessna-display-seven-aircraft-new-cabin-2007"] = dict(
 entities=[E("Location", "US"), E("Company", "Cessna Aircraft Company", "Cessna"), E("Company", "Textron Inc.", "Textron"),
           E("Service", "Citation CJ2+"), E("Service", "Citation Encore+"), E("Service", "Citation XLS"),
           E("Service", "Citation Sovereign"), E("Service", "Grand Caravan"), E("Service", "206 Stationair"),
           E("Service", "172 Skyhawk"), E("Person", "Jack Pelton"), E("Company", "Bell Helicopter"),
           E("Company", "Textron Systems"), E("Organization", "National Business Aviation Association"),
           E("Person", "Roger Whyte")],
 # 'Cessna Aircraft Company, a subsidiary of Textron Inc.' → parentOrganization; 'other companies under the Textron
 # corporate banner – companies like Bell Helicopter and Textron Systems' → parentOrganization; 'seven of its
 # aircraft' named → provider (aircraft types as Services, as 22a's A500/A700); 'Cessna Chairman, President and CEO
 # Jack Pelton' → chairman + president + ceo; 'Cessna Senior Vice President of Sales & Marketing Roger Whyte' →
 # vice-president; the Paris Air Show is an event; the large cabin concept is unnamed
 roles=[R("Jack Pelton", "chairman", "Cessna Aircraft Company"), R("Jack Pelton", "president", "Cessna Aircraft Company"),
        R("Jack Pelton", "ceo", "Cessna Aircraft Company"), R("Roger Whyte", "vice-president", "Cessna Aircraft Company")],
 relations=[L("Cessna Aircraft Company", "parentOrganization", "Textron Inc."),
            L("Bell Helicopter", "parentOrganization", "Textron Inc."),
            L("Textron Systems", "parentOrganization", "Textron Inc.")]
           + [L(s, "provider", "Cessna Aircraft Company") for s in
              ("Citation CJ2+", "Citation Encore+", "Citation XLS", "Citation Sovereign", "Grand Caravan",
               "206 Stationair", "172 Skyhawk")],
 outages=[],
 dates=[D("last year", "2006")])
A["wn-bomb-explodes-paypal-headquarters-2006"] = dict(
 entities=[E("Company", "PayPal"), E("Company", "eBay"), E("Location", "San Jose"), E("Location", "California"),
           E("Person", "Nick Muyo"), E("Person", "Amanda Pires"), E("Organization", "San Jose Police"),
           E("Person", "Jose Guerrero"), E("Organization", "San Jose Fire Department"),
           E("Organization", "Alcohol, Tobacco, Firearms, and Explosives Bureau", "ATF"),
           E("Organization", "Federal Bureau of Investigation", "FBI")],
 # a bomb at the headquarters, employees evacuated, 'a broken window': no service said lost → no outage (near-miss);
 # 'the PayPal headquarters, a subsidiary of eBay' → parentOrganization; 'Amanda Pires, a spokeswoman for the PayPal
 # division' → spokesperson of PayPal; the police sergeant and the fire captain hold public-service ranks (no role,
 # as the corpus's officials without company posts)
 roles=[R("Amanda Pires", "spokesperson", "PayPal")],
 relations=[L("PayPal", "parentOrganization", "eBay")],
 outages=[],
 dates=[D("7:24 pm", "2006-10-31T19:24"), D("Tuesday", "2006-10-31")])

# Part 2 (gathered and annotated after part 1 was committed; its own split cycle over its own sorted ids)
IDS2 = sorted("""wn-los-angeles-internatonal-computer-glitch-2007
wn-businessman-founder-weather-channel-frank-batten-2009
wn-bank-america-completes-acquisition-mbna-2006
wn-hawaiian-airlines-announces-ipad-mini-flight-2013
wn-disney-cruise-line-add-two-new-2007
wn-french-postal-service-is-back-rails-2006
wn-google-launches-online-payment-service-2006
wn-air-pacific-re-brands-fiji-airways-2013""".split())
A2 = {}
A2["wn-los-angeles-internatonal-computer-glitch-2007"] = dict(
 entities=[E("Organization", "Los Angeles International Airport", "LAX"), E("Location", "Los Angeles"),
           E("Location", "California"), E("Location", "United States"), E("Location", "Ontario"),
           E("Location", "Canada")],
 # 'A computer glitch in the Los Angeles International Airport computer systems ... a system containing Customs and law
 # enforcement information about international passengers failed at about 2:00 p.m. PDT' → one outage, provider the
 # airport whose systems failed (typed Organization as the operator, as 16c's Gatwick Airport was a provider); the
 # text gives no day, so the time resolves against `published` (Sunday 12 August 2007); 'until the system was back
 # up' gives no end; 'four hour backup' (title) is not in the text; 'Customs' is named only as a kind of information
 roles=[], relations=[],
 outages=[O("Los Angeles International Airport", "2007-08-12", [], start="2007-08-12T14:00", loc="Los Angeles",
            cause="computer glitch")],
 dates=[D("2:00 p.m.", "2007-08-12T14:00")])
A2["wn-businessman-founder-weather-channel-frank-batten-2009"] = dict(
 entities=[E("Person", "Frank Batten", "Batten"), E("Company", "The Weather Channel"), E("Location", "Norfolk"),
           E("Person", "Jane"), E("Person", "Samuel L. Slover"), E("Company", "The Virginian-Pilot"),
           E("Company", "The Ledger-Star"), E("Company", "Landmark Communications", "Landmark"),
           E("Company", "The Greensboro Daily News"), E("Company", "The Roanoke Times"), E("Company", "TeleCable"),
           E("Organization", "Associated Press"), E("Company", "NBC"), E("Organization", "College of Arts & Sciences"),
           E("Organization", "University of Virginia")],
 # 'the businessman who founded The Weather Channel', 'his own communications empire Landmark Communications',
 # 'Batten launched TeleCable' → founder (current: a founder stays one); 'He was the chairman of the Associated Press
 # from 1982 to 1987' → chairman, past; 'assumed leadership of The Virginian-Pilot and The Ledger-Star in 1954' →
 # head, past; Landmark 'added The Greensboro Daily News and The Roanoke Times' → completed purchases (acquired +
 # parentOrganization); 'Landmark sold the channel to NBC' → acquired(NBC, The Weather Channel) + parentOrganization to
 # NBC, and to Landmark as past ownership (22a's rule); the College is part of the University (parentOrganization)
 roles=[R("Frank Batten", "founder", "The Weather Channel"), R("Frank Batten", "founder", "Landmark Communications"),
        R("Frank Batten", "founder", "TeleCable"), R("Frank Batten", "chairman", "Associated Press", False),
        R("Frank Batten", "head", "The Virginian-Pilot", False), R("Frank Batten", "head", "The Ledger-Star", False)],
 relations=[L("Landmark Communications", "acquired", "The Greensboro Daily News"),
            L("The Greensboro Daily News", "parentOrganization", "Landmark Communications"),
            L("Landmark Communications", "acquired", "The Roanoke Times"),
            L("The Roanoke Times", "parentOrganization", "Landmark Communications"),
            L("NBC", "acquired", "The Weather Channel"), L("The Weather Channel", "parentOrganization", "NBC"),
            L("The Weather Channel", "parentOrganization", "Landmark Communications"),
            L("College of Arts & Sciences", "parentOrganization", "University of Virginia")],
 outages=[],
 dates=[D("September 10", "2009-09-10"), D("1954", "1954"), D("1965", "1965"), D("1969", "1969"), D("1964", "1964"),
        D("1982", "1982"), D("1987", "1987"), D("May 2, 1982", "1982-05-02"), D("2008", "2008"), D("1950", "1950")])
A2["wn-bank-america-completes-acquisition-mbna-2006"] = dict(
 entities=[E("Company", "Bank of America Corp.", "Bank of America"), E("Company", "MBNA Corp.", "MBNA"),
           E("Organization", "NFL"), E("Company", "L.L. Bean")],
 # 'has completed its acquisition of MBNA Corp.' → acquired + parentOrganization; 'affinity marketing with
 # relationships with organizations like the NFL and L.L. Bean' → partner (MBNA first, as written)
 roles=[],
 relations=[L("Bank of America Corp.", "acquired", "MBNA Corp."), L("MBNA Corp.", "parentOrganization", "Bank of America Corp."),
            L("MBNA Corp.", "partner", "NFL"), L("MBNA Corp.", "partner", "L.L. Bean")],
 outages=[],
 dates=[D("2007", "2007")])
A2["wn-hawaiian-airlines-announces-ipad-mini-flight-2013"] = dict(
 entities=[E("Company", "Hawaiian Airlines"), E("Service", "Boeing 767-300"), E("Service", "iPad mini"),
           E("Company", "Apple"), E("Location", "Hawaii"), E("Location", "USA"), E("Location", "Asia"),
           E("Location", "South Pacific"), E("Company", "Bluebox Avionics"), E("Company", "Jetstar"),
           E("Company", "Qantas"), E("Location", "Melbourne"), E("Company", "Iceland Express"), E("Company", "airBaltic"),
           E("Company", "British Airways"), E("Location", "Honolulu"), E("Location", "Sydney")],
 # 'iPad mini made by Apple' → provider; 'The airline offered such price with the help of Bluebox Avionics, a company
 # specializing in in-flight services' → partner (the airline first, as written); 'Jetstar, a subsidiary of Qantas'
 # → parentOrganization; the aircraft type is a Service (its maker named only inside its name, as 22a); the in-flight
 # service itself is unnamed
 roles=[],
 relations=[L("iPad mini", "provider", "Apple"), L("Hawaiian Airlines", "partner", "Bluebox Avionics"),
            L("Jetstar", "parentOrganization", "Qantas")],
 outages=[],
 dates=[D("Thursday", "2013-08-29"), D("September 1", "2013-09-01"), D("2010", "2010"), D("In March", "2013-03")])
A2["wn-disney-cruise-line-add-two-new-2007"] = dict(
 entities=[E("Company", "Disney"), E("Company", "Disney Cruise Line"), E("Person", "Bob Iger")],
 # 'Disney announced the expansion of its cruise line' → parentOrganization(Disney Cruise Line, Disney); the two named
 # ships (Disney Magic, Disney Wonder) are no entities (GUIDELINES part 2, Types: ships' names; mended in the batch-23
 # second annotation, which removed them as Services with provider relations); 'Disney President and CEO Bob Iger' →
 # president + ceo; the new ships are unnamed
 roles=[R("Bob Iger", "president", "Disney"), R("Bob Iger", "ceo", "Disney")],
 relations=[L("Disney Cruise Line", "parentOrganization", "Disney")],
 outages=[],
 dates=[D("February 22, 2007", "2007-02-22"), D("2011", "2011"), D("2012", "2012"), D("1998", "1998")])
A2["wn-french-postal-service-is-back-rails-2006"] = dict(
 entities=[E("Company", "La Poste"), E("Company", "SNCF"), E("Organization", "European Commission"),
           E("Service", "TGV")],
 # 'La Poste has reached agreement with SNCF ... to create a joint rail-based high-speed courier service', 'The planned
 # joint venture' → partner (La Poste first, as written); the venture is unnamed; the TGV trains' operator is not
 # stated → no provider; 'the late 1990s' is a span of years: no date
 roles=[],
 relations=[L("La Poste", "partner", "SNCF")],
 outages=[],
 dates=[D("Monday", "2006-11-20")])
A2["wn-google-launches-online-payment-service-2006"] = dict(
 entities=[E("Company", "Google"), E("Service", "Google Checkout"), E("Company", "PayPal"), E("Company", "eBay"),
           E("Location", "U.S."), E("Service", "Google AdWords", "Google Adwords", "AdWords"), E("Company", "Visa"),
           E("Company", "MasterCard"), E("Company", "American Express"), E("Company", "Discover"),
           E("Service", "Citicard")],
 # 'Google has today launched ... Google Checkout' → provider; 'the Google Adwords service' → provider; 'PayPal, owned
 # by eBay' → parentOrganization; the card companies only accepted (no relation); the Citicard card's issuer is not
 # named → no provider; the reward points are no entity
 roles=[],
 relations=[L("Google Checkout", "provider", "Google"), L("Google AdWords", "provider", "Google"),
            L("PayPal", "parentOrganization", "eBay")],
 outages=[],
 dates=[D("today", "2006-06-29")])
A2["wn-air-pacific-re-brands-fiji-airways-2013"] = dict(
 entities=[E("Location", "Fiji"), E("Company", "Fiji Airways", "Air Pacific"), E("Person", "Aubrey Swift", "Swift"),
           E("Person", "Makereta Matemosi")],
 # Air Pacific 'has now officially returned to its original name: Fiji Airways' → one company, the former name an
 # alias; 'interim CEO Aubrey Swift' → ceo (interim, current); the artist has no company role; the classes of service
 # are no entities; 'by the end of the year' is left out (no calendar day or month stated)
 roles=[R("Aubrey Swift", "ceo", "Fiji Airways")],
 relations=[],
 outages=[],
 dates=[D("1971", "1971"), D("June 3, 1973", "1973-06-03")])

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A), (IDS2, A2))
