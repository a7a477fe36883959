#!/usr/bin/env python3
"""Batch 40w gold annotations (the texts of batch40w.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'Recently', 'in the 1990s' (a decade) and 'now' follow that rule and are left
out. No text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v): 'the group that owns the
airline', 'subsidiaries including', 'a subsidiary of', 'a non-profit organization under' -> parentOrganization; a
subsidiary sold without its name -> nothing; 'founded by X' -> founder, and a helper 'with the help of' -> no founder
role (doubtful); posts told in the past ('until December 2010, the president and CEO was', 'former President of
Mexico', 'Former head of') -> current false, posts told in the present ('who is president of', 'Chief Executive') ->
current true; a head of state with the country named on its own -> president with the country as org; flights 'for'
named organisations (charters for the United Nations and the World Food Programme) -> partner (as batch 40v's
'services for KLM Cityhopper'); a sponsorship -> no partner (GATHERING.md, batch 20a's McLaren Mercedes); aircraft
models -> Service (their makers named only inside the names); airports -> Location; regions ('the Caribbean',
'Central America') -> Location; a noun used as a modifier ('the Indonesian and Singapore stock exchanges') -> the
place where its name is written out.
usage: batch40w_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airline, Mexico: Interjet ------------------------------------------------------------------------------------
IJ = "Interjet"
A["wp-interjet"] = dict(
 # the airline -> Company, aliases its legal name 'ABC Aerolíneas, S.A. de C.V.' and 'Interjet Airlines'; Grupo
 # Alemán ('the group that owns the airline') -> Company; Miguel Alemán Magnani, Miguel Alemán Velasco ('Alemán
 # Velasco'), Miguel Alemán Valdés -> Person; Mexico City, Mexico, the Caribbean, Central America, North America,
 # South America -> Location; the IATA (the airlines' association) -> Organization; Liga MX (a football league) and
 # Club America (a team) -> Organization (GUIDELINES, Types: sports teams); Airbus A320 ('A320s') -> Service (an
 # aircraft model; Airbus only inside its name); 'the Interjet CFO' (unnamed) -> nothing
 entities=[E("Company", IJ, "ABC Aerolíneas, S.A. de C.V.", "Interjet Airlines"), E("Location", "Mexico City"),
           E("Location", "Mexico"), E("Location", "Caribbean"), E("Location", "Central America"),
           E("Location", "North America"), E("Location", "South America"), E("Person", "Miguel Alemán Magnani"),
           E("Person", "Miguel Alemán Velasco", "Alemán Velasco"), E("Company", "Grupo Alemán"),
           E("Person", "Miguel Alemán Valdés"), E("Organization", "IATA"), E("Organization", "Liga MX"),
           E("Organization", "Club America"), E("Service", "Airbus A320", "A320")],
 # 'until December 2010, the president and CEO was Miguel Alemán Magnani' -> president and ceo of Interjet, current
 # false each (posts he held until a past date); 'Miguel Alemán Velasco, who is president of the group that owns the
 # airline, Grupo Alemán' -> president of Grupo Alemán, current true (as the text has it; doubtful: the text is a
 # current rendering about an airline that 'was'); 'former President of Mexico Miguel Alemán Valdés' -> president
 # with Mexico as org, current false
 roles=[R("Miguel Alemán Magnani", "president", IJ, False), R("Miguel Alemán Magnani", "ceo", IJ, False),
        R("Miguel Alemán Velasco", "president", "Grupo Alemán"),
        R("Miguel Alemán Valdés", "president", "Mexico", False)],
 # 'the group that owns the airline, Grupo Alemán' -> parentOrganization; 'a sponsor for Liga MX team Club America'
 # -> nothing (a sponsorship is no partner relation); 'Liga MX team Club America' -> nothing (a team in its league,
 # not a unit of a company); the suspension 'from the IATA' -> nothing; the Airbus A320 -> no provider (its maker
 # named only inside the name)
 relations=[L(IJ, "parentOrganization", "Grupo Alemán")],
 outages=[],
 dates=[D("December 2010", "2010-12"), D("1946", "1946"), D("1952", "1952"), D("December 2020", "2020-12"),
        D("2014", "2014"), D("2020", "2020"), D("December 1, 2005", "2005-12-01"),
        D("January 10, 2010", "2010-01-10")])

# ---- conglomerate, Indonesia: Sinar Mas Group -----------------------------------------------------------------------
SM = "Sinar Mas Group"
A["wp-sinar-mas-group"] = dict(
 # the group -> Company, aliases 'Sinarmas Group' and 'Sinarmas' (the text's other spelling, 'Sinarmas businesses');
 # Asia Pulp & Paper -> Company; PT SMART ('palm oil producer PT SMART') -> Company, alias 'Smart Tbk' (the 'palm-oil
 # producing subsidiary of Sinarmas Group Smart Tbk'; doubtful: the text does not say the two names are one company,
 # but both are the group's palm-oil subsidiary); Ballarpur Industries Limited -> Company; Eka Tjipta Widjaja ->
 # Person; Singgih Wahab Kwik -> Person, aliases 'Kowik' and 'Christophorus Kowik Singhap' (given as his other names,
 # '(Kowik) or'); Jaya Suprana -> Person; Greenpeace, the Eka Tjipta Foundation (a philanthropic foundation) and the
 # Indonesian Museum of Records ('MURI') -> Organization; Indonesia, China, India, Singapore ('the Indonesian and
 # Singapore stock exchanges') -> Location; the stock exchanges themselves (unnamed) -> nothing
 entities=[E("Company", SM, "Sinarmas Group", "Sinarmas"), E("Location", "Indonesia"),
           E("Company", "Asia Pulp & Paper"), E("Company", "PT SMART", "Smart Tbk"),
           E("Person", "Eka Tjipta Widjaja"),
           E("Person", "Singgih Wahab Kwik", "Kowik", "Christophorus Kowik Singhap"), E("Location", "China"),
           E("Location", "India"), E("Company", "Ballarpur Industries Limited"), E("Location", "Singapore"),
           E("Organization", "Greenpeace"), E("Organization", "Eka Tjipta Foundation"),
           E("Person", "Jaya Suprana"), E("Organization", "Indonesian Museum of Records", "MURI")],
 # 'Sinar Mas Group was founded by ... Eka Tjipta Widjaja' -> founder; 'with the help of Singgih Wahab Kwik' -> no
 # founder role (doubtful: a helper, not a co-founder in the text's words; the cut infobox names both founders);
 # Kwik's '(Former head of commissary and deputy)' -> head of Sinar Mas Group, current false (doubtful: the org is
 # implied by the sentence, 'head of commissary' read as the head of the group's board of commissioners, and 'and
 # deputy' left without a post); 'Jaya Suprana from the Indonesian Museum of Records (MURI)' -> no role (no title)
 roles=[R("Eka Tjipta Widjaja", "founder", SM), R("Singgih Wahab Kwik", "head", SM, False)],
 # 'It has many subsidiaries including Asia Pulp & Paper and palm oil producer PT SMART' and 'A palm-oil producing
 # subsidiary of Sinarmas Group Smart Tbk' -> parentOrganization each; 'Eka Tjipta Foundation, a non-profit
 # organization under ... Sinar Mas Group' (the company 'has created' it) -> parentOrganization; 'It had set up a
 # subsidiary in India ..., but sold it to Ballarpur Industries Limited in 2001' -> nothing (the subsidiary is not
 # named; a reader might want acquired with an unnamed target, which the format cannot hold); Greenpeace's
 # accusations and MURI's certificate -> nothing
 relations=[L("Asia Pulp & Paper", "parentOrganization", SM), L("PT SMART", "parentOrganization", SM),
            L("Eka Tjipta Foundation", "parentOrganization", SM)],
 outages=[],
 dates=[D("1962", "1962"), D("2001", "2001")])

# ---- airline, South Africa: Nationwide Airlines -----------------------------------------------------------------------
NA = "Nationwide Airlines"
A["wp-nationwide-airlines-south-africa"] = dict(
 # the airline -> Company ('the Airline' is a generic phrase, no alias); Nationwide Air Charter, Nationwide Aircraft
 # Maintenance, Nationwide Aircraft Support -> Company; Vernon Bricknell -> Person; the United Nations and the World
 # Food Programme -> Organization; Lanseria, South Africa, Johannesburg, Africa -> Location; OR Tambo International
 # Airport -> Location (an airport); 'widebody aircraft' (no model named) -> nothing
 entities=[E("Company", NA), E("Location", "Lanseria"), E("Location", "South Africa"),
           E("Location", "OR Tambo International Airport"), E("Location", "Johannesburg"),
           E("Person", "Vernon Bricknell"), E("Location", "Africa"), E("Organization", "United Nations"),
           E("Organization", "World Food Programme"), E("Company", "Nationwide Air Charter"),
           E("Company", "Nationwide Aircraft Maintenance"), E("Company", "Nationwide Aircraft Support")],
 # 'founded in 1995 by Chief Executive Vernon Bricknell' -> founder and ceo, both current true (the revision names
 # him Chief Executive in the present of 29 April 2008; no 'former')
 roles=[R("Vernon Bricknell", "founder", NA), R("Vernon Bricknell", "ceo", NA)],
 # 'began operating charter services within Africa for the United Nations and the World Food Programme' ->
 # partner(Nationwide Airlines, each) (flights flown for named customers, as batch 40v's 'services for KLM
 # Cityhopper'; doubtful: no partner or contract word); 'one of four companies within the group that consists of
 # Nationwide Air Charter, Nationwide Aircraft Maintenance and Nationwide Aircraft Support' -> nothing (sister
 # companies in a group the text does not name; a reader might make Nationwide Air Charter the parent, which the text
 # does not say); 'the Airline halted operations' -> no outage (a business failure)
 relations=[L(NA, "partner", "United Nations"), L(NA, "partner", "World Food Programme")],
 outages=[],
 dates=[D("29 April 2008", "2008-04-29"), D("1995", "1995"), D("December 1995", "1995-12"), D("2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
