#!/usr/bin/env python3
"""Batch 67w gold annotations (the texts of batch67w.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-67t; batch10_annotate.write_parts), so with three texts: wp-british-eagle test, wp-midway-airlines train,
wp-rootes-group dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
'mid-1964' and 'the end of 1978' -> the year (GUIDELINES, Dates: 'late 2006', 'the end of last year' -> the year);
'In the decade beginning 1928' -> '1928' (the year the text names; doubtful: a reader might leave a decade out);
'the 1980s' -> nothing (a decade, as batches 60c-66l left them); 'The same year', 'a year later', 'later that year'
-> nothing (relative to the text's own years, not to a publication date; GUIDELINES, Dates: with `published` null only
absolute expressions). No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (a
liquidation, a Chapter 11 filing, an airline 'dead', an airport's 'closure to commercial traffic' and a takeover are
business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66l): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): "Eagle's founder Harold Bamberg" -> `founder` (the text's own word, of one person); 'It was
incorporated on October 13, 1976, by Kenneth T. Carlson, Irving T. Tague and William B. Owens' -> each `cofounder`
(read as 'Founded by A, B and C, Acme ...'; doubtful: incorporation named for founding), current true; 'was appointed
as aviation director of the company' -> director (a director's post named with 'director'; doubtful: a functional
title a reader might map to executive), current true; a controlling stake acquired ('acquired a controlling stake in
Eagle') -> acquired + parentOrganization (a completed purchase of control, as batch 41a's Aramark '90% stake'); a joint venture
company that a stake purchase 'resulted in' ('the creation of a joint venture company trading as Cunard Eagle') ->
partner(buyer, target) + parentOrganization(venture, each) (as batch 66n's joint venture; doubtful: the text names the
venture's parties only through the sentence's two companies); 'in-house tour operator X' -> parentOrganization(X, the
airline) (doubtful: 'in association with' beside it); 'services in association with X' -> partner (a stated working
association between two named organisations, direction as written; doubtful); 'Rootes' 60-per-cent-owned subsidiary,
Humber Limited' -> parentOrganization; companies 'controlling them through their parent, ... Humber Limited' ->
parentOrganization(each, Humber Limited); 'taken over in stages by X, which bought control' -> acquired +
parentOrganization; purchases by people ('the two brothers bought ...') -> no `acquired` (its subject must be a
company; the parent links the text states are kept); asset purchases ('purchased a large fleet of Vickers Vikings',
'acquisition of three Douglas DC-6s', 'purchasing the Philadelphia hub of bankrupt Eastern Air Lines', 'the various
elements of Chrysler UK had been sold to Peugeot and Renault'), an abandoned sale ('A deal was struck to sell the
company ... to Northwest Airlines, which backed out') and mergers with no buyer ('disappeared through bankruptcy or
mergers') -> nothing (GUIDELINES, Relations); a membership ('became a member of the International Air Transport
Association') and a regulator's certificate ('received its operating certificate from the CAB') -> nothing (no
relation of the vocabulary); aircraft models and a car nameplate -> Service ('Handley Page Halifax', 'Vickers Viking',
'Douglas DC-6', 'Boeing 707', 'Hillman Imp'), a maker named only inside a model's name (Handley Page, Vickers, Douglas,
Boeing) no entity (GUIDELINES, Types); the Hillman Imp -> provider(Hillman Imp, Rootes Group) (the company whose
'introduction' of the car the text tells; doubtful: a reader might give it to Hillman); laws and events ('the Airline
Deregulation Act', 'Chapter 11', 'the Berlin Airlift') -> no entity; airports and named buildings -> Location
('Blackbushe Airport', 'Heathrow', 'Midway International Airport' with its former name 'Chicago Midway Airport',
'Devonshire House'; GUIDELINES, Types); a trade association ('International Air Transport Association') and a federal
regulator ('Civil Aeronautics Board') -> Organization; people named by first name only ('the Rootes brothers, William
and Reginald') -> Person under the names the text gives; one surface form for the company and its family ('Rootes' for
the group and in 'the Rootes brothers', 'the Rootes family') -> the company's alias (its main use); a case variant of
a listed form ('Eagle aviation' beside 'Eagle Aviation') -> not listed again (surface forms compared without case);
unnamed bodies ('the government', 'its first overseas subsidiary', 'A group of investors' cut) and adjectives
('British', 'post-deregulation') -> no entity.
usage: batch67w_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, UK: British Eagle ------------------------------------------------------------------------------------
BE = "British Eagle International Airlines"
CL = "Cunard Line"
CE = "Cunard Eagle"
A["wp-british-eagle"] = dict(
 # the airline -> Company 'British Eagle International Airlines', aliases 'Eagle Aviation' (its first name, 'It was
 # founded as Eagle Aviation'; GUIDELINES, Types: former names are aliases; 'Eagle aviation moved to Luton' the same
 # form in another case, not listed again) and 'Eagle' ('from whom Eagle had purchased', 'Eagle became a member',
 # "Eagle's acquisition", 'a controlling stake in Eagle', "Eagle's founder"); British European Airways (alias 'BEA'),
 # Sir Henry Lunn Ltd, the Cunard Line and Cunard Eagle ('a joint venture company trading as Cunard Eagle', a company
 # of its own: the text tells its creation) -> Company; the International Air Transport Association (alias 'IATA', a
 # trade association) -> Organization; Harold Bamberg -> Person; the Handley Page Halifax, the Vickers Viking ('a large
 # fleet of Vickers Vikings'), the Douglas DC-6 (alias 'DC-6', 'the recently imported DC-6s') and the Boeing 707 ->
 # Service (aircraft models; the makers only inside the names: no entity); Aldermaston, Luton, Central London,
 # Blackbushe Airport (alias 'Blackbushe', "Blackbushe's closure"), Italy, Spain, Bermuda, New York, London and
 # Heathrow -> Location ('Central London' and 'London' kept apart: a district and the city; doubtful). No entity: 'the
 # Berlin Airlift' (an event), 'the government' (unnamed), 'its first overseas subsidiary' (unnamed), 'British' (an
 # adjective)
 entities=[E("Company", BE, "Eagle Aviation", "Eagle"), E("Location", "Aldermaston"),
           E("Service", "Handley Page Halifax"), E("Location", "Luton"), E("Location", "Central London"),
           E("Location", "Blackbushe Airport", "Blackbushe"), E("Company", "British European Airways", "BEA"),
           E("Service", "Vickers Viking"), E("Location", "Italy"), E("Location", "Spain"),
           E("Company", "Sir Henry Lunn Ltd"),
           E("Organization", "International Air Transport Association", "IATA"), E("Location", "Bermuda"),
           E("Location", "New York"), E("Service", "Douglas DC-6", "DC-6"), E("Location", "London"),
           E("Location", "Heathrow"), E("Company", CL), E("Company", CE), E("Person", "Harold Bamberg"),
           E("Service", "Boeing 707")],
 # "Eagle's founder Harold Bamberg" -> founder at British Eagle International Airlines (the text's own word, one person;
 # GUIDELINES, Roles, 'Founders'), current true; '... was appointed as aviation director of the company' -> director
 # at Cunard Eagle ('the company' of the sentence before, 'a joint venture company trading as Cunard Eagle'; doubtful:
 # a reader might read 'the company' as Eagle, or map 'aviation director', a functional title, to executive), current
 # true (appointed; no 'former'). Near-misses, no role: 'a major British independent airline' (no person); 'Eagle's
 # founder' gives no second post at the Cunard Line (the venture's director, not the buyer's)
 roles=[R("Harold Bamberg", "founder", BE), R("Harold Bamberg", "director", CE)],
 # 'The Cunard Line acquired a controlling stake in Eagle in March 1960' -> acquired(Cunard Line, British Eagle
 # International Airlines) + parentOrganization (a completed purchase of control); '... which resulted in the creation
 # of a joint venture company trading as Cunard Eagle' -> partner(Cunard Line, British Eagle International Airlines) +
 # parentOrganization(Cunard Eagle, each) (a joint venture of the sentence's two companies, as batch 66n recorded its
 # joint venture; doubtful: the text does not name the venture's parties, and a reader might take Cunard Eagle for
 # Eagle's new trading name, an alias); 'in association with in-house tour operator Sir Henry Lunn Ltd' ->
 # parentOrganization(Sir Henry Lunn Ltd, British Eagle International Airlines) ('in-house': the airline's own
 # operator; doubtful: a reader might give partner from 'in association with'); 'secondary scheduled services in
 # association with British European Airways (BEA)' -> partner(British Eagle International Airlines, British European
 # Airways) (services run together; doubtful: 'in association with' is no 'partner' word). Near-misses, no relation:
 # 'from whom Eagle had purchased a large fleet of Vickers Vikings' (aircraft bought from BEA, an asset purchase; no
 # provider: Vickers is named only inside the model's name); "Eagle's acquisition of three Douglas DC-6s" (aircraft,
 # assets); 'carrying troops under contract to the government' (no named organisation); 'became a member of the
 # International Air Transport Association' (a membership, no relation of the vocabulary; doubtful: a reader might give
 # partner); 'formed its first overseas subsidiary' (the subsidiary unnamed); 'enabled Cunard Eagle to order two new
 # Boeing 707 jet aircraft' (an order of aircraft, no maker named on its own: no partner or provider); 'The new
 # support' (Cunard's again)
 relations=b10.acq(CL, BE) + [L(CL, "partner", BE), L(CE, "parentOrganization", CL), L(CE, "parentOrganization", BE),
            L("Sir Henry Lunn Ltd", "parentOrganization", BE), L(BE, "partner", "British European Airways")],
 outages=[],
 # 'from 1948' and 'in 1948' (one item), 'in 1968', 'in 1950', 'in 1951', 'in 1952', 'from 1954', 'in 1957', 'in
 # 1958', 'in 1960', 'in March 1960', 'in May 1961' -> the years and months. No date: 'The same year', 'a year later',
 # 'later that year' (relative to the text's own years; see the docstring), 'For most of its existence' (a span)
 dates=[D("1948", "1948"), D("1968", "1968"), D("1950", "1950"), D("1951", "1951"), D("1952", "1952"),
        D("1954", "1954"), D("1957", "1957"), D("1958", "1958"), D("1960", "1960"), D("March 1960", "1960-03"),
        D("May 1961", "1961-05")])

# ---- airlines, US: Midway Airlines (1976-1991) ----------------------------------------------------------------------
MA = "Midway Airlines"
A["wp-midway-airlines"] = dict(
 # the airline -> Company 'Midway Airlines', alias 'Midway' ('when Midway started operations', 'Midway was never
 # highly or consistently profitable', "Midway's March 1991 Chapter 11 filing", 'leaving Midway dead'; the same word
 # also opens the airport's names, another entity); Braniff, People Express, Western Airlines, Piedmont Airlines,
 # Eastern Air Lines and Northwest Airlines -> Company; the Civil Aeronautics Board (alias 'CAB', a federal regulator)
 # -> Organization; Kenneth T. Carlson, Irving T. Tague and William B. Owens -> Person; the United States, Chicago,
 # Illinois, Midway International Airport (alias 'Chicago Midway Airport', its former name: 'then called'; an airport,
 # GUIDELINES, Types) and Philadelphia ('the Philadelphia hub') -> Location. No entity: 'the Airline Deregulation Act'
 # (a law), 'Chapter 11' (a chapter of a law), 'post-deregulation' (an adjective), the cut infobox's 'David R. Hinson
 # (CEO)' (not in the text)
 entities=[E("Company", MA, "Midway"), E("Location", "United States"), E("Location", "Chicago"),
           E("Location", "Illinois"), E("Person", "Kenneth T. Carlson"), E("Person", "Irving T. Tague"),
           E("Person", "William B. Owens"), E("Organization", "Civil Aeronautics Board", "CAB"),
           E("Location", "Midway International Airport", "Chicago Midway Airport"), E("Company", "Braniff"),
           E("Company", "People Express"), E("Company", "Western Airlines"), E("Company", "Piedmont Airlines"),
           E("Location", "Philadelphia"), E("Company", "Eastern Air Lines"), E("Company", "Northwest Airlines")],
 # 'It was incorporated on October 13, 1976, by Kenneth T. Carlson, Irving T. Tague and William B. Owens' -> cofounder
 # at Midway Airlines for each (three people named together as forming the company, GUIDELINES, Roles, 'Founders';
 # doubtful: the text says 'incorporated', and a reader might give no role), current true. Near-misses, no role: the
 # cut infobox's 'Key people | David R. Hinson (CEO)' (not in the text); 'filing with the Civil Aeronautics Board'
 # (the founders' filing, no post at the board)
 roles=[R("Kenneth T. Carlson", "cofounder", MA), R("Irving T. Tague", "cofounder", MA),
        R("William B. Owens", "cofounder", MA)],
 # No relation. Near-misses: 'by purchasing the Philadelphia hub of bankrupt Eastern Air Lines' (an asset purchase, a
 # hub; GUIDELINES, Relations: asset purchases -> nothing; doubtful: a reader might give acquired(Midway Airlines,
 # Eastern Air Lines)); 'A deal was struck to sell the company, still operating in bankruptcy, to Northwest Airlines,
 # which backed out at the last minute' (an abandoned deal -> nothing, GUIDELINES; doubtful: 'a deal was struck' reads
 # as agreed, but the text says the buyer backed out before completion); 'airlines (e.g. Braniff, People Express,
 # Western Airlines and Piedmont Airlines) which disappeared through bankruptcy or mergers' (no buyer named);
 # 'received its operating certificate from the CAB' (a regulator's certificate: no partner)
 relations=[],
 outages=[],
 # 'October 13, 1976', 'in 1978', 'November 1, 1979', 'March 1991', 'in November 1991' -> the days, year and months.
 # No date: 'the 1980s' (a decade)
 dates=[D("October 13, 1976", "1976-10-13"), D("1978", "1978"), D("November 1, 1979", "1979-11-01"),
        D("March 1991", "1991-03"), D("November 1991", "1991-11")])

# ---- car and truck makers, UK: Rootes Group -------------------------------------------------------------------------
RG = "Rootes Group"
HL = "Humber Limited"
A["wp-rootes-group"] = dict(
 # the company -> Company 'Rootes Group', aliases 'Rootes Motors Limited' (its formal name, 'The Rootes Group or
 # Rootes Motors Limited'), 'Rootes Motors' and 'Rootes' ('Rootes had manufacturing plants', 'for Rootes and other
 # motor manufacturers', "Rootes' 60-per-cent-owned subsidiary"; the same word in 'the Rootes brothers' and 'the Rootes
 # family', the company's alias under the main-use rule); Prudential Assurance, Hillman, Singer, Sunbeam, Talbot,
 # Commer, Karrier, Humber Limited (alias 'Humber': the maker 'Humber' bought is read as the company 'Humber Limited'
 # named as their parent; doubtful: a reader might keep them apart), Chrysler Corporation, Chrysler UK, Peugeot and
 # Renault -> Company; 'William' and 'Reginald' ('the Rootes brothers, William and Reginald') -> Person (the names the
 # text gives; no full name in the text); the Hillman Imp -> Service (a car nameplate, GUIDELINES, Types); London,
 # the West End ("London's West End"), the Midlands, England ('the south of England', 'southern England'), Coventry,
 # Birmingham, Acton, Luton, Dunstable, Scotland ('the west of Scotland'), Linwood, Devonshire House (a named building,
 # GUIDELINES, Types: named sites), Piccadilly, Kent, Manchester and the UK -> Location. No entity: 'British' (an
 # adjective), 'nine countries outside the UK' (unnamed), 'the Rootes family' (a family, under the company's alias)
 entities=[E("Company", RG, "Rootes Motors Limited", "Rootes Motors", "Rootes"), E("Location", "London"),
           E("Location", "West End"), E("Location", "Midlands"), E("Location", "England"), E("Person", "William"),
           E("Person", "Reginald"), E("Company", "Prudential Assurance"), E("Company", "Hillman"),
           E("Company", HL, "Humber"), E("Company", "Singer"), E("Company", "Sunbeam"), E("Company", "Talbot"),
           E("Company", "Commer"), E("Company", "Karrier"), E("Location", "Coventry"), E("Location", "Birmingham"),
           E("Location", "Acton"), E("Location", "Luton"), E("Location", "Dunstable"), E("Location", "Scotland"),
           E("Location", "Linwood"), E("Location", "Devonshire House"), E("Location", "Piccadilly"),
           E("Location", "Kent"), E("Location", "Manchester"), E("Location", "UK"), E("Service", "Hillman Imp"),
           E("Company", "Chrysler Corporation"), E("Company", "Chrysler UK"), E("Company", "Peugeot"),
           E("Company", "Renault")],
 # No role. Near-misses: 'the Rootes brothers, William and Reginald, made prosperous by their very successful
 # distribution and servicing business' (no post named; the founding sentence, 'Rootes was founded in Hawkhurst, Kent,
 # in 1913 by William Root...', was cut with the excerpt's break: no founder in the text; doubtful: a reader might
 # give the brothers cofounder from 'their parent, Rootes'); 'One brother has been termed the power unit' (a
 # description, no title); 'the two brothers bought' (buyers, no post)
 roles=[],
 # "Rootes' 60-per-cent-owned subsidiary, Humber Limited" -> parentOrganization(Humber Limited, Rootes Group);
 # 'bought ... Hillman, Humber, Singer, Sunbeam, Talbot, Commer and Karrier, controlling them through their parent,
 # ... Humber Limited' -> parentOrganization(each of Hillman, Singer, Sunbeam, Talbot, Commer and Karrier, Humber
 # Limited) (the text's 'their parent'; Humber itself is Humber Limited, above); 'Rootes Motors was taken over in
 # stages by Chrysler Corporation, which bought control from the Rootes family in 1967' -> acquired(Chrysler
 # Corporation, Rootes Group) + parentOrganization (a completed takeover; 'from the Rootes family', the sellers, no
 # relation); 'the 1963 introduction of a new aluminium-engined small car, the Hillman Imp' -> provider(Hillman Imp,
 # Rootes Group) (doubtful, see the docstring). Near-misses, no relation: 'the two brothers bought some well-known
 # British motor manufacturers' (the buyers are people: no acquired; doubtful: a reader might give acquired(Rootes
 # Group, each) through the parent chain); 'With the financial support of Prudential Assurance' (support to the
 # brothers, no company named on their side; doubtful: a reader might give partner(Rootes Group, Prudential
 # Assurance)); 'the last of the various elements of Chrysler UK had been sold to Peugeot and Renault' (unnamed parts
 # of a business, asset sales; no parent of Chrysler UK stated: doubtful, a reader might give
 # parentOrganization(Chrysler UK, Chrysler Corporation) from the name); 'it controlled exports and international
 # distribution for Rootes and other motor manufacturers' (unnamed makers)
 relations=[L(HL, "parentOrganization", RG)] +
           [L(c, "parentOrganization", HL) for c in ("Hillman", "Singer", "Sunbeam", "Talbot", "Commer", "Karrier")] +
           b10.acq("Chrysler Corporation", RG) + [L("Hillman Imp", "provider", RG)],
 outages=[],
 # 'In the decade beginning 1928' -> '1928' (doubtful, see the docstring); 'in 1960', 'the 1963 introduction',
 # 'mid-1964', 'in 1967', 'By the end of 1978' -> the years
 dates=[D("1928", "1928"), D("1960", "1960"), D("1963", "1963"), D("mid-1964", "1964"), D("1967", "1967"),
        D("the end of 1978", "1978")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
