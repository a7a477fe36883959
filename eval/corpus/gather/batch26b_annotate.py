#!/usr/bin/env python3
"""Batch 26b gold annotations (the 9 texts of batch26b.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
usage: batch26b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["wp-2022-bangladesh-blackout"] = dict(
 # Bangladesh Power Development Board, a state board (statutory body) that reports on the grid -> Organization
 # (doubtful: a state utility run as a business would be Company); the Bangladesh Garment Manufacturers and Exporters
 # Association -> Organization; 'the Bangladesh's ... garment industry' names the country
 entities=[E("Location", "Bangladesh"), E("Organization", "Bangladesh Power Development Board"),
           E("Location", "Dhaka"), E("Organization", "Bangladesh Garment Manufacturers and Exporters Association")],
 roles=[],
 relations=[],
 # one blackout; 'the power grid of the country malfunctioned' — whose grid is not named (the board only reports it)
 # -> provider null (as batch 24b's grid outages with no operator named; doubtful: the board may be read as the
 # operator); 'at around 2pm' on October 4, 2022 -> start 14:00 (as batch 25b's 'at around 7:38JST'); 'almost 7
 # hours' is not an exact duration -> null (as batch 25b's 'just over an hour'); the garment offices unnamed -> affected []
 outages=[O(None, "2022-10-04", [], "2022-10-04T14:00", loc="Bangladesh", cause="power grid malfunction")],
 # 'The 2022 Bangladesh blackout' -> the year; '08:00 GMT' as written (as batch 25b's '23:44 GMT')
 dates=[D("2022", "2022"), D("October 4, 2022", "2022-10-04"), D("2pm", "2022-10-04T14:00"),
        D("08:00 GMT", "2022-10-04T08:00")])

NTDC = "National Transmission and Despatch Company"
NEPRA = "National Electric Power Regulatory Authority"
A["wp-2021-pakistan-blackout"] = dict(
 # Guddu power plant, a named power station -> Location (Decisions: facilities); cities -> Location; the regulator ->
 # Organization; the NTDC, a company -> Company
 entities=[E("Location", "Pakistan"), E("Person", "Omar Ayub"), E("Location", "Guddu power plant"),
           E("Location", "Islamabad"), E("Location", "Karachi"), E("Location", "Lahore"), E("Location", "Peshawar"),
           E("Location", "Multan"), E("Location", "Quetta"), E("Location", "Rawalpindi"), E("Location", "Faisalabad"),
           E("Location", "Muzaffargarh"), E("Location", "Narowal"), E("Location", "Bhakkar"), E("Location", "Kabirwala"),
           E("Location", "Khanewal"), E("Location", "Bahawalpur"), E("Location", "Sukkur"),
           E("Organization", NEPRA, "NEPRA"), E("Company", NTDC, "NTDC")],
 # 'The Power Minister Omar Ayub' -> minister of Pakistan (the country named on its own)
 roles=[R("Omar Ayub", "minister", "Pakistan")],
 relations=[],
 # one blackout: 'an engineering fault' in Guddu power plant 'tripped the system'; the regulator fined the NTDC because
 # it 'failed to ensure the supply of electricity' -> provider NTDC (doubtful: the plant's operator is not named and
 # the fault began there); '11.41pm local time' on January 9 -> start; airports and hospitals unnamed -> affected []
 outages=[O(NTDC, "2021-01-09", [], "2021-01-09T23:41", loc="Pakistan",
            cause="engineering fault in Guddu power plant")],
 # published null: 'Saturday January 9' (no year) skipped (doubtful: the lead gives the year); the clock times on the
 # dated day kept; '1841 GMT' as written
 dates=[D("2021", "2021"), D("January 9, 2021", "2021-01-09"), D("11.41pm", "2021-01-09T23:41"),
        D("1841 GMT", "2021-01-09T18:41")])

FB_APPS = ["Messenger", "Instagram", "WhatsApp", "Mapillary", "Oculus"]
A["wp-2021-facebook-outage"] = dict(
 # Facebook, 'the social network Facebook and its subsidiaries', whose DNS servers failed -> Company (one surface, one
 # type; as most of the corpus's Facebook items); its 'subsidiaries' Messenger, Instagram, WhatsApp, Mapillary and
 # Oculus are apps and platforms users use -> Service with provider Facebook (doubtful: 'subsidiaries' could read as
 # companies with parentOrganization); Twitter, Discord, Telegram -> Service (no maker named); Init7, a 'Swiss Internet
 # service provider' -> Company ('Swiss' an adjective, no Location); DNS and BGP are protocols -> not annotated
 entities=[E("Company", "Facebook")] + [E("Service", s) for s in FB_APPS] +
          [E("Service", "Twitter"), E("Service", "Discord"), E("Service", "Telegram"), E("Company", "Init7")],
 roles=[],
 relations=[L(s, "provider", "Facebook") for s in FB_APPS],
 # one outage, provider Facebook; the apps 'became globally unavailable' -> affected, Facebook too (the social network
 # went down); start '15:39 UTC' as written (no local time); services restored 'more than an hour later' than 21:05
 # -> no end, and 'over seven hours' -> no duration; 'globally' -> no location. The 'disruptions on these apps'
 # servers' (Twitter, Discord, Telegram) from users flocking to them are not told as outages -> none (doubtful)
 outages=[O("Facebook", "2021-10-04", ["Facebook"] + FB_APPS, "2021-10-04T15:39",
            cause="loss of IP routes to its DNS servers")],
 dates=[D("October 4, 2021", "2021-10-04"), D("15:39 UTC", "2021-10-04T15:39"), D("20:50", "2021-10-04T20:50"),
        D("21:05 UTC", "2021-10-04T21:05")])

A["wp-1998-auckland-power-crisis"] = dict(
 # the Auckland Electric Power Board, the public board 'privatised' into its successor -> Organization (doubtful);
 # Mercury Energy ('Mercury Energy’s Board', the successor that ran the cables) -> Company
 entities=[E("Location", "Auckland"), E("Location", "New Zealand"),
           E("Organization", "Auckland Electric Power Board"), E("Company", "Mercury Energy")],
 roles=[],
 # 'its privatised successor, which had halved its staff after taking over' -> a succession, no relation
 relations=[],
 # one outage 'from 19 February to 27 March 1998': provider Mercury Energy (its Board knew of 'a potential failure of
 # the power cables'; a careful reader concludes its cables failed); end the last day; duration computable 36 days
 # = 864 h (as the corpus computes multi-day outages); cause not stated as such -> null (doubtful)
 outages=[O("Mercury Energy", "1998-02-19", [], end="1998-03-27", dur=864.0, loc="Auckland")],
 # '1998' (the event's name and 'A 1998 ministerial inquiry', one text, one value); '19 February' takes its year
 # from the range '19 February to 27 March 1998' (doubtful: published null); '5 years' skipped
 dates=[D("1998", "1998"), D("19 February", "1998-02-19"), D("27 March 1998", "1998-03-27"),
        D("October 1993", "1993-10")])

A["wp-2015-pakistan-blackout"] = dict(
 # 'Baluchistan province' and 'Balochistan' are one province, two spellings -> one Location with an alias
 entities=[E("Location", "Pakistan"), E("Organization", "Ministry of Water and Power"), E("Location", "Naseerabad"),
           E("Location", "Baluchistan", "Balochistan"), E("Location", "Punjab"), E("Location", "Khyber Pakhtunkhwa"),
           E("Location", "Islamabad")],
 roles=[],
 relations=[],
 # one blackout; no operator named (the ministry reported a militant attack on a transmission tower) -> provider null;
 # 'just before midnight' and 'the Saturday night' give no clock time
 outages=[O(None, "2015-01-24", [], loc="Pakistan", cause="militant attack on a transmission tower")],
 dates=[D("2015", "2015"), D("January 24, 2015", "2015-01-24")])

A["wp-2011-chile-blackout"] = dict(
 # regions named 'from Coquimbo to Maule' and 'the Atacama and Bío Bío regions' -> Location each; the SIC is the
 # grid itself -> not annotated (as batch 25b); mines named as sites ('The Los Bronces mine', 'the El Teniente mine')
 # -> Location (Decisions: named sites); Anglo American, CODELCO -> Company; 'its Andina division' -> Company
 # 'Andina' (a named division) with parentOrganization CODELCO (Relations: 'X's Y division'); Ricky Martin -> Person
 entities=[E("Location", "Chile"), E("Location", "Coquimbo"), E("Location", "Maule"), E("Location", "Atacama"),
           E("Location", "Bío Bío"), E("Person", "Rodrigo Álvarez Zenteno"), E("Location", "Santiago"),
           E("Person", "Ricky Martin"), E("Location", "Quilicura"), E("Location", "Los Bronces"),
           E("Company", "Anglo American"), E("Company", "CODELCO"), E("Company", "Andina"),
           E("Location", "El Teniente")],
 # 'Rodrigo Álvarez Zenteno, Minister of Energy' -> minister of Chile (the country named on its own)
 roles=[R("Rodrigo Álvarez Zenteno", "minister", "Chile")],
 # the mine 'operated by Anglo American' is a site -> no relation (Decisions)
 relations=[L("Andina", "parentOrganization", "CODELCO")],
 # one blackout, no operator named -> provider null; 'approximately between 20:30 and 21:45 local time' -> start and
 # end, 1.25 h; the companies whose mines lost power -> affected Anglo American and CODELCO (doubtful: mines hit,
 # not a service); the rail and rapid transit in Santiago and the mobile phone service are unnamed
 outages=[O(None, "2011-09-24", ["Anglo American", "CODELCO"], "2011-09-24T20:30", "2011-09-24T21:45", 1.25,
            loc="Chile", cause="equipment failure at an electrical substation")],
 # '(23:30 and 00:45 UTC respectively)': '23:30' on the day, '00:45 UTC' the next day; '20:30' listed once
 dates=[D("2011", "2011"), D("24 September 2011", "2011-09-24"), D("20:30", "2011-09-24T20:30"),
        D("21:45", "2011-09-24T21:45"), D("23:30", "2011-09-24T23:30"), D("00:45 UTC", "2011-09-25T00:45")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["wp-2022-optus-data-breach"] = dict(
 # Optus ('the company') -> Company; the Australian Government -> Organization; AUSSAT, a 'government-owned
 # satellite-communications company' -> Company; 'Home Affairs' is part of a title, no entity
 entities=[E("Company", "Optus"), E("Location", "Australia"), E("Organization", "Australian Government"),
           E("Person", "Clare O'Neil"), E("Person", "Bill Shorten"), E("Company", "AUSSAT")],
 # 'Home Affairs and Cyber Security Minister Clare O'Neil', 'Minister for Government Services Bill Shorten' ->
 # minister of Australia (the country named on its own)
 roles=[R("Clare O'Neil", "minister", "Australia"), R("Bill Shorten", "minister", "Australia")],
 # 'founded in 1981 with the formation of ... AUSSAT' -> a predecessor, no relation
 relations=[],
 # a data breach, no service said lost -> no outage (as batch 24b's 23andMe leak)
 outages=[],
 dates=[D("September 2022", "2022-09"), D("June 2023", "2023-06"), D("1981", "1981")])

A["wp-lizard-squad"] = dict(
 # a hacking group -> Organization; the Darkode hacking forums, a website used -> Service; Cloudflare -> Company;
 # 'the British National Fraud Intelligence Bureau' -> Organization 'National Fraud Intelligence Bureau' ('British'
 # an adjective)
 entities=[E("Organization", "Lizard Squad"), E("Service", "Darkode"), E("Company", "Cloudflare"),
           E("Organization", "National Fraud Intelligence Bureau")],
 roles=[],
 relations=[],
 # claimed DDoS attacks not told one by one, threats 'failed to carry through with a single attack' -> no outage
 outages=[],
 dates=[D("September 3, 2014", "2014-09-03"), D("April 30, 2016", "2016-04-30")])

A["wp-dumsor"] = dict(
 # Ghana -> Location; 'Ghana's Parliament' -> Organization 'Parliament' (doubtful: a generic-looking name);
 # 'the NDC administration' -> the NDC, a political party -> Organization
 entities=[E("Location", "Ghana"), E("Organization", "Parliament"), E("Organization", "NDC")],
 roles=[],
 relations=[],
 # recurring load shedding counted, not told one by one, no distributor named -> no outage (Decisions: outages that are
 # counted but not told one by one are not events)
 outages=[],
 # 'early 2019', 'early 2013' -> the year (Decisions: 'late 2006'); 'By 2015' and 'by 2015' -> '2015' once; 'the
 # beginning of 2015' -> the year
 dates=[D("early 2019", "2019"), D("early 2013", "2013"), D("2015", "2015"), D("the beginning of 2015", "2015")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
