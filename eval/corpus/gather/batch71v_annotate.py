#!/usr/bin/env python3
"""Batch 71v gold annotations (the texts of batch71v.py; session 65, round notes /tmp/gather71v/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71q; batch10_annotate.write_parts), so with three
texts: wp-aldershot-district-traction test, wp-david-macbrayne train, wp-north-western-road-car-company dev. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades and centuries ('the 20th
century', 'the 1970s') -> nothing, as batches 60c-71q left them; durations ('for sixty years') -> nothing; a day with
its year ('on 24 July 1912') -> the day, the bare year of the same text ('from 1912 until 1972') listed apart (another
surface text). No text tells an outage, so every `outages` list is empty; no near-miss of one beyond business events
(purchases, transfers of depots, a bankruptcy, a lost mail contract, a merger; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71q): partners of a firm -> executive (GUIDELINES, Roles
have no 'partner' title; 'became a partner' -> executive as batches 51u, 66d, 67ab, 68e and 71-era rounds did): 'The
new company, David Hutcheson & Co. had three partners, David Hutcheson, Alexander Hutcheson and David MacBrayne' ->
executive each at David MacBrayne Ltd (the company's earlier name; doubtful: the three could be read as cofounders of
the new company, but the text does not say they founded it), all current (no leaving told; doubtful for the two
Hutchesons: 'In 1878, the company passed to David MacBrayne'); 'their chief clerk, David Hutchinson' -> other at G.
and J. Burns (a clerk's title, neither senior nor in the vocabulary; current true, no leaving told; doubtful); a
person taking a company over ('the company passed to David MacBrayne') -> no role beyond the partner's (ownership is no
title). Completed purchases by a company -> acquired and parentOrganization (GUIDELINES, Relations: 'the British
Automobile Traction Company Limited ... bought the pioneering Aldershot & Farnborough Motor Omnibus Company Ltd';
'the takeover in 1924 of the Mid-Cheshire Motor Bus Company Limited'); subsidiary, 'part of', 'owned by', holding
company and shared-ownership statements -> parentOrganization ('(a subsidiary of British Electric Traction Company -
BET)'; 'a subsidiary of British Electric Traction'; 'it became part of Alder Valley' (doubtful: the infobox, cut, says
a merger with Thames Valley Traction); 'The company later became part of the National Bus Company'; 'a company owned
by the Scottish Government'; 'the holding company for ferry operators CalMac Ferries Ltd ... and Argyll Ferries Ltd';
'ownership divided between Coast Lines and the London, Midland and Scottish Railway' -> to each (joint, as 71q's
Eastern National; no partner between the two)); a company formed from another's bus services -> nothing ('formed in
1923 from the existing bus services of the British Automobile Traction Company': no subsidiary or owner stated;
doubtful), as is Aldershot & District's tie to the company bought at its inauguration (no owner of Aldershot &
District stated; doubtful); transfers of depots, services and fleets -> nothing (asset transfers: 'its depots ... were
transferred to the SELNEC PTE', 'The remaining depots and services in Cheshire were transferred to Crosville', 'G. and
J. Burns of Glasgow passed their fleet of Hebridean vessels to their chief clerk'); joint licensing of routes ->
nothing ('were jointly licensed with Warrington Corporation': which operator held them jointly is not said in the kept
text; doubtful); a merger with no buyer said -> nothing ('it was merged with Caledonian Steam Packet Company as
state-owned David MacBrayne'); 'operating as Caledonian MacBrayne' -> alias of CalMac Ferries Ltd (a trading name).
Entities: former names of one business -> aliases (GUIDELINES, Types: 'David Hutcheson & Co.' and 'MacBraynes' of David
MacBrayne Ltd (doubtful: 'The new company' read as the company formed in 1851, the same that 'passed to David
MacBrayne'); 'Burns Brothers' of G. and J. Burns (written in apposition)); a variant spelling of one man's name ->
alias ('David Hutchinson', the chief clerk, of David Hutcheson, the partner whose name the new company bears; doubtful);
'state-owned David MacBrayne' (the company by the founder's name) -> no alias, the surface form kept for the Person
(one surface form, one entity); short forms -> aliases ('Aldershot & District', 'BET'); Alder Valley (the company
formed in 1972) a Company; the SELNEC PTE (a passenger transport executive) and Warrington Corporation (a town
corporation, as 71q's Leeds Corporation) Organization; the Scottish Government Organization; regions, places, waterways
and named sites -> Location ('East Hampshire', 'West Surrey', 'West Riding of Yorkshire', 'North Wales', the 'Firth of
Clyde', the 'Crinan Canal', the 'Caledonian Canal', 'Lymm Church' (a named site on a route; doubtful), 'Dunham Massey',
'the West Highland routes' and 'the Outer Isles run' -> 'West Highland' and 'Outer Isles' (place names used before a
noun; doubtful)); numbered routes ('service 37', 'service 38', 'service 42') -> no entity (no name beyond a number;
doubtful beside 71q's 'Reading A'); ships ('MV Lochfyne', 'MV Lochnevis', 'MV Lochiel', 'MV Loch Seaforth', 'MV
Claymore') -> no entity (GUIDELINES, Types: ships' names); 'Foden steam lorries' -> no entity (a maker's name before a
generic noun, no nameplate; doubtful); 'Messrs. Burns' -> no entity (the brothers, not named one by one); 'the Second
World War' (an event) -> no entity; 'Hebridean' (an adjective) -> no entity; 'other bus companies', 'its neighbouring
subsidiaries', 'the family', 'No other operator' -> no entity (generics).
usage: batch71v_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- bus operators, UK: Aldershot & District Traction ---------------------------------------------------------------
AD = "Aldershot & District Traction Company Limited"
BATC = "British Automobile Traction Company Limited"
BETC = "British Electric Traction Company"
AF = "Aldershot & Farnborough Motor Omnibus Company Ltd"
A["wp-aldershot-district-traction"] = dict(
 # the operator (alias 'Aldershot & District'), Alder Valley, the British Automobile Traction Company Limited, the
 # British Electric Traction Company (alias 'BET') and the Aldershot & Farnborough Motor Omnibus Company Ltd -> Company;
 # the places -> Location. No entity: 'Foden steam lorries' (doubtful), 'those two towns', 'other rural bus companies'
 entities=[E("Company", AD, "Aldershot & District"), E("Location", "East Hampshire"), E("Location", "West Surrey"),
           E("Company", "Alder Valley"), E("Company", BATC), E("Company", BETC, "BET"), E("Company", AF)],
 roles=[],
 # 'it became part of Alder Valley' -> parentOrganization (doubtful); 'the British Automobile Traction Company Limited
 # (a subsidiary of British Electric Traction Company - BET)' -> parentOrganization; '... bought the pioneering
 # Aldershot & Farnborough Motor Omnibus Company Ltd' -> acquired and parentOrganization. Near-misses, no relation:
 # Aldershot & District's own owner (not stated; doubtful)
 relations=[L(AD, "parentOrganization", "Alder Valley"), L(BATC, "parentOrganization", BETC),
            L(BATC, "acquired", AF), L(AF, "parentOrganization", BATC)],
 outages=[],
 # 'from 1912 until 1972' -> the years; 'on 24 July 1912' -> the day; 'since 1906', 'in 1923', 'until 1968' -> the
 # years. No date: 'the 20th century', 'the 1970s' (a century, a decade), 'for sixty years' (a duration)
 dates=[D("1912", "1912"), D("1972", "1972"), D("24 July 1912", "1912-07-24"), D("1906", "1906"),
        D("1923", "1923"), D("1968", "1968")])

# ---- bus operators, UK: North Western Road Car Company --------------------------------------------------------------
NW = "North Western Road Car Company"
BAT = "British Automobile Traction Company"
A["wp-north-western-road-car-company"] = dict(
 # the operator, the British Automobile Traction Company, British Electric Traction, the Mid-Cheshire Motor Bus
 # Company Limited, the National Bus Company and Crosville -> Company; the SELNEC PTE and Warrington Corporation ->
 # Organization; the places -> Location ('Lymm Church' a named site, doubtful). No entity: 'service 37', 'service 38',
 # 'service 42' (numbered routes; doubtful), 'other bus companies', 'its neighbouring subsidiaries' (generics)
 entities=[E("Company", NW), E("Location", "Stockport"), E("Location", "England"), E("Location", "Cheshire"),
           E("Location", "Derbyshire"), E("Location", "Lancashire"), E("Location", "Staffordshire"),
           E("Location", "West Riding of Yorkshire"), E("Company", BAT), E("Company", "British Electric Traction"),
           E("Location", "Macclesfield"), E("Company", "Mid-Cheshire Motor Bus Company Limited"),
           E("Location", "Northwich"), E("Location", "Flixton"), E("Location", "London"),
           E("Location", "North Wales"), E("Location", "Yorkshire"), E("Company", "National Bus Company"),
           E("Location", "Oldham"), E("Location", "Glossop"), E("Location", "Altrincham"), E("Location", "Urmston"),
           E("Organization", "SELNEC PTE"), E("Company", "Crosville"), E("Location", "Warrington"),
           E("Location", "Lymm Church"), E("Location", "Dunham Massey"),
           E("Organization", "Warrington Corporation")],
 roles=[],
 # 'the British Automobile Traction Company, a subsidiary of British Electric Traction' -> parentOrganization; 'the
 # takeover in 1924 of the Mid-Cheshire Motor Bus Company Limited' -> acquired and parentOrganization; 'The company
 # later became part of the National Bus Company' -> parentOrganization. Near-misses, no relation: 'formed in 1923 from
 # the existing bus services of the British Automobile Traction Company' (no owner stated; doubtful), the depots
 # 'transferred to the SELNEC PTE' and 'to Crosville' (assets), 'jointly licensed with Warrington Corporation' (the
 # other licensee not said; doubtful)
 relations=[L(BAT, "parentOrganization", "British Electric Traction"),
            L(NW, "acquired", "Mid-Cheshire Motor Bus Company Limited"),
            L("Mid-Cheshire Motor Bus Company Limited", "parentOrganization", NW),
            L(NW, "parentOrganization", "National Bus Company")],
 outages=[],
 # 'from 1923 until 1974', 'in 1923', 'in 1924', 'in 1972' -> the years
 dates=[D("1923", "1923"), D("1974", "1974"), D("1924", "1924"), D("1972", "1972")])

# ---- shipping lines, UK: David MacBrayne ----------------------------------------------------------------------------
DM = "David MacBrayne Ltd"
GJB = "G. and J. Burns"
LMS = "London, Midland and Scottish Railway"
A["wp-david-macbrayne"] = dict(
 # the company (aliases its earlier name 'David Hutcheson & Co.' and 'MacBraynes'; doubtful), the Caledonian Steam
 # Packet Company, CalMac Ferries Ltd (alias its trading name 'Caledonian MacBrayne'), Argyll Ferries Ltd, G. and J.
 # Burns (alias 'Burns Brothers'), Coast Lines and the London, Midland and Scottish Railway -> Company; the Scottish
 # Government -> Organization; David Hutcheson (alias 'David Hutchinson', doubtful), Alexander Hutcheson and David
 # MacBrayne -> Person; places, islands and waterways -> Location. No entity: 'state-owned David MacBrayne' as the
 # company (the surface form is the Person's), 'Messrs. Burns', the ships' names, 'the Second World War', 'Hebridean'
 entities=[E("Company", DM, "David Hutcheson & Co.", "MacBraynes"), E("Organization", "Scottish Government"),
           E("Location", "Hebrides"), E("Company", "Caledonian Steam Packet Company"),
           E("Company", "CalMac Ferries Ltd", "Caledonian MacBrayne"), E("Company", "Argyll Ferries Ltd"),
           E("Company", GJB, "Burns Brothers"), E("Location", "Glasgow"),
           E("Person", "David Hutcheson", "David Hutchinson"), E("Person", "Alexander Hutcheson"),
           E("Person", "David MacBrayne"), E("Location", "West Highland"), E("Location", "Firth of Clyde"),
           E("Location", "Crinan Canal"), E("Location", "Oban"), E("Location", "Fort William"),
           E("Location", "Caledonian Canal"), E("Location", "Inverness"), E("Location", "Islay"),
           E("Location", "Harris"), E("Location", "North Uist"), E("Location", "Skye"),
           E("Location", "Outer Isles"), E("Location", "Barra"), E("Location", "South Uist"),
           E("Location", "Mallaig"), E("Location", "Kyle of Lochalsh"), E("Location", "Strome Ferry"),
           E("Company", "Coast Lines"), E("Company", LMS)],
 # 'their chief clerk, David Hutchinson' -> other at G. and J. Burns (doubtful); 'The new company, David Hutcheson &
 # Co. had three partners, David Hutcheson, Alexander Hutcheson and David MacBrayne' -> executive each (doubtful: not
 # said to have founded it); all current (no leaving told)
 roles=[R("David Hutcheson", "other", GJB), R("David Hutcheson", "executive", DM),
        R("Alexander Hutcheson", "executive", DM), R("David MacBrayne", "executive", DM)],
 # 'a company owned by the Scottish Government' -> parentOrganization; 'the holding company for ferry operators
 # CalMac Ferries Ltd ... and Argyll Ferries Ltd' -> parentOrganization each; 'ownership divided between Coast Lines
 # and the London, Midland and Scottish Railway' -> parentOrganization each (joint). Near-misses, no relation: 'merged
 # with Caledonian Steam Packet Company' (a merger, no buyer said), the fleet 'passed' to the chief clerk (assets),
 # 'the company passed to David MacBrayne' (a person)
 relations=[L(DM, "parentOrganization", "Scottish Government"), L("CalMac Ferries Ltd", "parentOrganization", DM),
            L("Argyll Ferries Ltd", "parentOrganization", DM), L(DM, "parentOrganization", "Coast Lines"),
            L(DM, "parentOrganization", LMS)],
 outages=[],
 # 'in 1851' / 'In 1851', 'In 1973', 'Since 2006', 'In 1878', 'until 1928' -> the years
 dates=[D("1851", "1851"), D("1973", "1973"), D("2006", "2006"), D("1878", "1878"), D("1928", "1928")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
