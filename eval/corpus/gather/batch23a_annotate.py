#!/usr/bin/env python3
"""Batch 23a gold annotations (the 8 texts of batch23a.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 8 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
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
 entities=[E("Company", "Deloitte Touche Tohmatsu", "Deloitte"), E("Location", "Ireland"), E("Location", "UK"),
           E("Person", "Leonard Blavatnik"), E("Location", "United Kingdom"), E("Person", "Neville Kahn"),
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
 # are no company purchase
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

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
