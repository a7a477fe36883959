#!/usr/bin/env python3
"""Batch 71p gold annotations (session 65; the texts of batch71p.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-71j; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'now' (in 'Bombay (now
Mumbai)') and 'During the 1950s' (a decade, no calendar value) left out. No text tells an outage, so every `outages`
list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71j): founders (GUIDELINES part 2, Roles, 'Founders'):
'With his brother Pirojsha Burjorji, he co-founded the Godrej Brothers Company' -> cofounder, each (the text's own
'co-founded'); 'Hills Hoist Ltd, the company founded by Lance Hill and Harold Ling in 1948' -> cofounder, each (the
joint construction), with the org under the company's fullest current name 'Hills Limited' ('Hills is the evolution
of Hills Hoist Ltd': former names read as aliases; doubtful); no role for the Billes brothers (named only in the cut
infobox and the cut History sentence). Other roles (GUIDELINES part 2, Roles): 'Hills Hoists Ltd was formed in January
1948, with Hill as chairman and Ling as a director' -> chairman (Hill) and director (Ling); 'In 1956, Hill retired ...
and Ling took over as chairman' -> Hill's chairman current false (retired), Ling's chairman current true and Ling's
director current true (no leaving told; doubtful for the director post once he chaired). Relations (GUIDELINES part
2, Relations): 'Its Canadian operations include: Canadian Tire (including Canadian Tire Petroleum gas stations and
financial services subsidiary Canadian Tire Bank), Mark's, FGL Sports (including Sport Chek and Sports Experts),
PartSource' -> parentOrganization of each to Canadian Tire Corporation, Limited, and of Sport Chek and Sports Experts
to FGL Sports ('including'; doubtful: banners read as units); 'the Canadian operations of Party City' -> no relation
(the operations, not the company Party City, are Canadian Tire's; doubtful); 'Canadian Tire acquired ... Helly Hansen
from the Ontario Teachers' Pension Plan in 2018' -> acquired and parentOrganization(Helly Hansen, Canadian Tire
Corporation, Limited), and parentOrganization(Helly Hansen, Ontario Teachers' Pension Plan) (the seller's past
ownership, as batch 5 onwards recorded sellers); 'its Canadian Tire money, a loyalty program' -> provider; 'listed on
the Toronto Stock Exchange', 'the voluntary Scanner Price Accuracy Code managed by the Retail Council of Canada' ->
nothing (a listing; a programme is no entity); 'the Godrej Brothers Company, the precursor of the modern Godrej
Group' -> no relation (a precursor, no ownership told; doubtful); 'the Hills Hoist clothesline' and 'Lance Hill
invented the Hills Hoist' -> provider(Hills Hoist, Hills Limited). Types: 'Canadian Tire' -> an alias of Canadian Tire
Corporation, Limited (the text uses it for the company, 'Canadian Tire acquired ...'; the chain named as one of its
operations is not a separate entity, so that no surface form stands for two; doubtful), with 'Société Canadian Tire
Limitée' (the French name); 'Hills', 'Hills Hoist Ltd', 'Hills Hoists Ltd' -> aliases of Hills Limited (former names;
doubtful); the Hills Hoist (a product) -> Service; Canadian Tire money (a loyalty program users use) -> Service;
Canadian Tire Petroleum, Canadian Tire Bank, Mark's, FGL Sports, Sport Chek, Sports Experts, PartSource, Party City,
Helly Hansen, Toronto Stock Exchange -> Company; Ontario Teachers' Pension Plan, Retail Council of Canada ->
Organization; the Godrej Brothers Company, the Godrej Group -> Company; 'Rajabai Tower' and 'Canada Square Complex'
(named sites) -> Location; 'Bombay (now Mumbai)' -> one Location 'Bombay' with alias 'Mumbai'; 'Bachu (Bachubai)' ->
one Person 'Bachubai' with alias 'Bachu'; the first names alone of the family ('Burjorji', 'Sohrabji') -> Persons
(named people; doubtful, as batch 71j's Harriet); 'Ardeshir' -> an alias of Ardeshir Burjorji Sorabji Godrej; 'Hill'
and 'Ling' -> aliases of Lance Hill and Harold Ling. No entity: 'Godrej' alone (the family name, 'changed to Godrej'),
'the Gootherajees' (a family), 'ASX:HIL' (a ticker), 'Scanner Price Accuracy Code' (a programme), 'Indian', 'Parsi',
'Canadian', 'Norwegian' (demonyms).
usage: batch71p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- locks, India: Ardeshir Godrej (en.wikipedia.org) --------------------------------------------------------------
AG, GB = "Ardeshir Burjorji Sorabji Godrej", "Godrej Brothers Company"
A["wp-ardeshir-godrej"] = dict(
 # Ardeshir Burjorji Sorabji Godrej (alias 'Ardeshir'), Pirojsha Burjorji, Burjorji, Dosibai Gootherajee, Sohrabji,
 # Bachubai (alias 'Bachu'), Pirojbai Sohrabji Kamdin -> Person; Godrej Brothers Company, Godrej Group -> Company;
 # Bombay (alias 'Mumbai'), Rajabai Tower, Zanzibar -> Location. No entity: 'Godrej' alone, 'the Gootherajees',
 # 'Indian', 'Parsi'
 entities=[E("Person", AG, "Ardeshir"), E("Person", "Pirojsha Burjorji"), E("Company", GB),
           E("Company", "Godrej Group"), E("Person", "Burjorji"), E("Person", "Dosibai Gootherajee"),
           E("Location", "Bombay", "Mumbai"), E("Person", "Sohrabji"), E("Person", "Bachubai", "Bachu"),
           E("Person", "Pirojbai Sohrabji Kamdin"), E("Location", "Rajabai Tower"), E("Location", "Zanzibar")],
 # 'With his brother Pirojsha Burjorji, he co-founded the Godrej Brothers Company' -> cofounder, each
 roles=[R(AG, "cofounder", GB), R("Pirojsha Burjorji", "cofounder", GB)],
 # 'the precursor of the modern Godrej Group' -> no relation (doubtful)
 relations=[],
 outages=[],
 # '1868', '1936', 'January 1871', '1890', '25 April 1891', '1894'; left out: 'now'
 dates=[D("1868", "1868"), D("1936", "1936"), D("January 1871", "1871-01"), D("1890", "1890"),
        D("25 April 1891", "1891-04-25"), D("1894", "1894")])

# ---- retail, Canada: Canadian Tire (en.m.wikipedia.org) ------------------------------------------------------------
CT, FG = "Canadian Tire Corporation, Limited", "FGL Sports"
A["wp-canadian-tire"] = dict(
 # the company -> Company (aliases 'Société Canadian Tire Limitée', 'Canadian Tire'); its operations, Party City,
 # Helly Hansen, Toronto Stock Exchange -> Company; Ontario Teachers' Pension Plan, Retail Council of Canada ->
 # Organization; Canadian Tire money -> Service; Canada Square Complex, Toronto, Ontario -> Location. No entity:
 # 'Scanner Price Accuracy Code', 'Canadian', 'Norwegian'
 entities=[E("Company", CT, "Société Canadian Tire Limitée", "Canadian Tire"),
           E("Company", "Canadian Tire Petroleum"), E("Company", "Canadian Tire Bank"), E("Company", "Mark's"),
           E("Company", FG), E("Company", "Sport Chek"), E("Company", "Sports Experts"), E("Company", "PartSource"),
           E("Company", "Party City"), E("Company", "Helly Hansen"),
           E("Organization", "Ontario Teachers' Pension Plan"), E("Service", "Canadian Tire money"),
           E("Location", "Canada Square Complex"), E("Location", "Toronto"), E("Location", "Ontario"),
           E("Company", "Toronto Stock Exchange"), E("Organization", "Retail Council of Canada")],
 # no person named in the text
 roles=[],
 # the operations -> parentOrganization (Sport Chek, Sports Experts to FGL Sports); Helly Hansen -> acquired and
 # parentOrganization, and parentOrganization to the seller; Canadian Tire money -> provider. No relation: Party City
 # (its Canadian operations only; doubtful), the listing, the Retail Council's code
 relations=[L("Canadian Tire Petroleum", "parentOrganization", CT), L("Canadian Tire Bank", "parentOrganization", CT),
            L("Mark's", "parentOrganization", CT), L(FG, "parentOrganization", CT),
            L("Sport Chek", "parentOrganization", FG), L("Sports Experts", "parentOrganization", FG),
            L("PartSource", "parentOrganization", CT), L(CT, "acquired", "Helly Hansen"),
            L("Helly Hansen", "parentOrganization", CT),
            L("Helly Hansen", "parentOrganization", "Ontario Teachers' Pension Plan"),
            L("Canadian Tire money", "provider", CT)],
 outages=[],
 # '2018', '1958'
 dates=[D("2018", "2018"), D("1958", "1958")])

# ---- clothes hoists, Australia: Hills Limited (en.wikipedia.org, oldid 1197527864) ----------------------------------
HL = "Hills Limited"
A["wp-hills-limited"] = dict(
 # the company -> Company (aliases 'Hills', 'Hills Hoist Ltd', 'Hills Hoists Ltd'; doubtful); Hills Hoist ->
 # Service; Lance Hill (alias 'Hill'), Harold Ling (alias 'Ling') -> Person; Australia, New Zealand, Glenunga, South
 # Australia, United Kingdom, Auckland, Caerphilly, Wales -> Location. No entity: 'ASX:HIL'
 entities=[E("Company", HL, "Hills", "Hills Hoist Ltd", "Hills Hoists Ltd"), E("Location", "Australia"),
           E("Location", "New Zealand"), E("Person", "Lance Hill", "Hill"), E("Person", "Harold Ling", "Ling"),
           E("Service", "Hills Hoist"), E("Location", "Glenunga"), E("Location", "South Australia"),
           E("Location", "United Kingdom"), E("Location", "Auckland"), E("Location", "Caerphilly"),
           E("Location", "Wales")],
 # 'founded by Lance Hill and Harold Ling' -> cofounder, each; 'Hill as chairman' (retired 1956) -> chairman, former;
 # 'Ling as a director' -> director; 'Ling took over as chairman' -> chairman
 roles=[R("Lance Hill", "cofounder", HL), R("Harold Ling", "cofounder", HL), R("Lance Hill", "chairman", HL, False),
        R("Harold Ling", "director", HL), R("Harold Ling", "chairman", HL)],
 # 'the Hills Hoist clothesline' -> provider
 relations=[L("Hills Hoist", "provider", HL)],
 outages=[],
 # '1948', '2023', '1945', 'January 1948', '1954', '1956', '1958', '1959', '1957'; left out: 'During the 1950s'
 dates=[D("1948", "1948"), D("2023", "2023"), D("1945", "1945"), D("January 1948", "1948-01"), D("1954", "1954"),
        D("1956", "1956"), D("1958", "1958"), D("1959", "1959"), D("1957", "1957")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
