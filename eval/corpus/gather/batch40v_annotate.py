#!/usr/bin/env python3
"""Batch 40v gold annotations (the texts of batch40v.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the late nineteenth century', 'for the next 150 years', 'decades before' and
'Previously' follow that rule and are left out. No text tells an outage (or a near-miss), so every `outages` list is
empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t): a company 'purchased', 'bought',
'acquired', 'took control of' or 'bought control of' by another -> acquired + parentOrganization(target, buyer);
'merged into' a named company -> acquired only (as earlier batches' 'merged into NXP Semiconductors'); 'merged with'
-> nothing (no buyer told); 'a wholly owned subsidiary of', 'a trading name used by', 'another NAB subsidiary', 'a
company owned by' -> parentOrganization (past ownership kept); assets, routes, aircraft, 'newspaper interests' or
'newspaper assets' bought -> nothing; people who founded a company together ('Co-founded by') -> cofounder each, one
named alone ('founded ... by') -> founder; code-share brands flown 'for' or 'on behalf of' a named airline -> Service
with provider that airline (its owner named; batch 21b left Delta Connection without a provider where no owner was
named) and partner(the regional airline, that airline); flights 'for' a named airline ('services for KLM Cityhopper')
-> partner; aircraft models -> Service (their makers named only inside the names); newspapers -> Company (GUIDELINES,
Types); airports -> Location; adjectives ('Fife-based', 'its UK operations') -> the place where the name is written
out (as batches 40o and 40t).
usage: batch40v_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airline, UK: Eastern Airways ---------------------------------------------------------------------------------
EA = "Eastern Airways"
A["wp-eastern-airways"] = dict(
 # the airline -> Company, alias 'Eastern' ('the Eastern fleet'); Air Kilroe ('Air Kilroe held a ... Licence',
 # 'Manchester based Air Kilroe') -> its own Company (the company bought in 1999; doubtful: the lead names it as the
 # licence holder, and a reader might make it an alias of Eastern Airways, its operating company); KLM Cityhopper, KLM
 # UK, British Airways CitiExpress -> Company; the United Kingdom Civil Aviation Authority -> Organization (a
 # regulator; 'United Kingdom' only inside its name); Bryan Huxford, Richard Lake -> Person; Swearingen Metro, BAe
 # Jetstream 32, BAe Jetstream 41 -> Service (aircraft models); Humberside Airport -> Location (an airport);
 # Kirmington, North Lincolnshire, England, Aberdeen, Humberside (the area, 'between Humberside and Aberdeen'),
 # Manchester -> Location; 'IOSA' (an audit) and 'public service obligation (PSO) services' -> nothing
 entities=[E("Company", EA, "Eastern"), E("Location", "Humberside Airport"), E("Location", "Kirmington"),
           E("Location", "North Lincolnshire"), E("Location", "England"), E("Company", "KLM Cityhopper"),
           E("Location", "Aberdeen"), E("Location", "Humberside"), E("Company", "Air Kilroe"),
           E("Organization", "United Kingdom Civil Aviation Authority"), E("Person", "Bryan Huxford"),
           E("Person", "Richard Lake"), E("Service", "Swearingen Metro"), E("Company", "KLM UK"),
           E("Location", "Manchester"), E("Service", "BAe Jetstream 32"), E("Service", "BAe Jetstream 41"),
           E("Company", "British Airways CitiExpress")],
 # 'Co-founded by Bryan Huxford and Richard Lake' -> cofounder each
 roles=[R("Bryan Huxford", "cofounder", EA), R("Richard Lake", "cofounder", EA)],
 # 'it purchased Manchester based Air Kilroe' -> acquired + parentOrganization; 'passengers flew with the airline ...
 # including on services for KLM Cityhopper' -> partner(Eastern Airways, KLM Cityhopper) (flights flown for another
 # airline; doubtful: no partner or contract word); '12 aircraft and their associated routes were transferred from
 # British Airways CitiExpress' -> nothing (aircraft and routes, not a company); 'following KLM UK's withdrawal from
 # the route' -> nothing; the licence from the Civil Aviation Authority -> nothing
 relations=[L(EA, "acquired", "Air Kilroe"), L("Air Kilroe", "parentOrganization", EA),
            L(EA, "partner", "KLM Cityhopper")],
 outages=[],
 dates=[D("December 1997", "1997-12"), D("February 1999", "1999-02"), D("2002", "2002"),
        D("30 March 2003", "2003-03-30")])

# ---- airline, US: Mesaba Airlines -----------------------------------------------------------------------------------
MA = "Mesaba Aviation, Inc."
A["wp-mesaba-airlines"] = dict(
 # the airline -> Company, aliases 'Mesaba Airlines' (its operating name), 'Mesaba' and 'Mesaba Aviation' (its name
 # from 1944); Pinnacle Airlines and Pinnacle Airlines Corp. -> two Companies (the airline it merged with and the
 # holding company that owned it; the text ties them by name only, so no relation between them; doubtful); Endeavor
 # Air, Delta Air Lines ('Delta'), US Airways, Northwest Airlines ('Northwest'), Republic Airlines, the Blandin Paper
 # Mill Company -> Company; Delta Connection, US Airways Express, Northwest Airlink, Northwest Jetlink (code-share
 # brands) -> Service; Piper Cub -> Service (an aircraft model); Gordy Newstrom -> Person; United States, Eagan,
 # Minnesota, the Mesabi Range, Coleraine, Grand Rapids, Minneapolis -> Location; 'the Ojibwe language' -> nothing
 entities=[E("Company", MA, "Mesaba Airlines", "Mesaba", "Mesaba Aviation"), E("Location", "United States"),
           E("Company", "Pinnacle Airlines"), E("Company", "Endeavor Air"), E("Location", "Eagan"),
           E("Location", "Minnesota"), E("Company", "Pinnacle Airlines Corp."), E("Service", "Delta Connection"),
           E("Company", "Delta Air Lines", "Delta"), E("Service", "US Airways Express"), E("Company", "US Airways"),
           E("Service", "Northwest Airlink"), E("Service", "Northwest Jetlink"),
           E("Company", "Northwest Airlines", "Northwest"), E("Company", "Republic Airlines"),
           E("Person", "Gordy Newstrom"), E("Location", "Mesabi Range"), E("Location", "Coleraine"),
           E("Service", "Piper Cub"), E("Company", "Blandin Paper Mill Company"), E("Location", "Grand Rapids"),
           E("Location", "Minneapolis")],
 # 'founded in 1944 by Gordy Newstrom' -> founder
 roles=[R("Gordy Newstrom", "founder", MA)],
 # 'a wholly owned subsidiary of Pinnacle Airlines Corp.' -> parentOrganization (past, kept); 'code sharing flights
 # operated as Delta Connection for Delta Air Lines and US Airways Express for US Airways' and 'code sharing service
 # as Northwest Airlink and Northwest Jetlink on behalf of Northwest Airlines' -> provider(brand, the airline it was
 # flown for) each (doubtful: a reader might give the brands to Mesaba, which flew them, as batch 40t did for Aer Lingus
 # Regional, whose owner that text did not name) and partner(Mesaba, that airline) each (flights flown under contract
 # for another airline); 'connecting flight services in association with Republic Airlines' -> partner; Republic
 # Airlines 'subsequently merged into Northwest' -> acquired(Northwest Airlines, Republic Airlines) only (merged into
 # the buyer; doubtful); 'merged with Pinnacle Airlines ... to form Endeavor Air' and Northwest 'merged with Delta' ->
 # nothing (mergers with no buyer told); employees of the Blandin Paper Mill Company shuttled -> nothing (doubtful: a
 # reader might see a customer and record partner)
 relations=[L(MA, "parentOrganization", "Pinnacle Airlines Corp."),
            L("Delta Connection", "provider", "Delta Air Lines"), L("US Airways Express", "provider", "US Airways"),
            L("Northwest Airlink", "provider", "Northwest Airlines"),
            L("Northwest Jetlink", "provider", "Northwest Airlines"),
            L(MA, "partner", "Delta Air Lines"), L(MA, "partner", "US Airways"),
            L(MA, "partner", "Northwest Airlines"), L(MA, "partner", "Republic Airlines"),
            L("Northwest Airlines", "acquired", "Republic Airlines")],
 outages=[],
 dates=[D("1944", "1944"), D("2012", "2012"), D("2010", "2010"), D("January 4, 2012", "2012-01-04"),
        D("July 31, 2012", "2012-07-31")])

# ---- banking, UK: Yorkshire Bank ----------------------------------------------------------------------------------
YB = "Yorkshire Bank"
CB = "Clydesdale Bank plc"
NAB = "National Australia Bank"
A["wp-yorkshire-bank"] = dict(
 # the bank -> Company, aliases its former names 'West Riding of Yorkshire Provident Society and Penny Savings
 # Society' and 'West Riding of Yorkshire Penny Savings Bank' ('The Yorkshire Bank' is the name with its article; 'the
 # Provident Society' is part of the first name, no alias); Clydesdale Bank plc ('Clydesdale Bank'), National
 # Australia Bank ('NAB'), CYBG plc, Virgin Money plc ('Virgin Money', the brand its branches took) -> Company; James
 # Akroyd & Son ('the family woollen firm') -> Company; Edward Akroyd ('Colonel Edward Akroyd'; the rank left out of
 # the name) -> Person; England, UK ('its UK operations'), Halifax -> Location; 'the Trustee Savings Banks' (a class of
 # banks), 'a consortium of clearing banks' (unnamed), 'a Central Office' -> nothing; 'Member of Parliament' -> no role
 # (a legislator)
 entities=[E("Company", YB, "West Riding of Yorkshire Provident Society and Penny Savings Society",
             "West Riding of Yorkshire Penny Savings Bank"),
           E("Company", CB, "Clydesdale Bank"), E("Location", "England"), E("Company", NAB, "NAB"),
           E("Location", "UK"), E("Company", "CYBG plc"), E("Company", "Virgin Money plc", "Virgin Money"),
           E("Person", "Edward Akroyd"), E("Location", "Halifax"), E("Company", "James Akroyd & Son")],
 # 'Colonel Edward Akroyd is regarded as the initiator of the Bank' -> founder (doubtful: 'initiator', not
 # 'founder'); 'he was ... head of the family woollen firm of James Akroyd & Son' -> head, current false (told in the
 # past of a man of the nineteenth century; doubtful: the text says no 'former')
 roles=[R("Edward Akroyd", "founder", YB), R("Edward Akroyd", "head", "James Akroyd & Son", False)],
 # 'a trading name used by Clydesdale Bank plc', 'merged into another NAB subsidiary, Clydesdale Bank ..., continuing
 # to operate as a distinct trading division' -> parentOrganization(Yorkshire Bank, Clydesdale Bank plc) (no acquired:
 # both were NAB's); 'acquired by National Australia Bank (NAB) in 1990' -> acquired + parentOrganization; 'another NAB
 # subsidiary, Clydesdale Bank' -> parentOrganization(Clydesdale Bank plc, National Australia Bank); 'NAB divested its
 # UK operations as CYBG plc' -> parentOrganization(Clydesdale Bank plc, CYBG plc) (doubtful: the text does not name
 # Clydesdale Bank as part of the UK operations in that sentence); 'CYBG plc which went on to acquire Virgin Money plc'
 # -> acquired + parentOrganization; 'acquired by a consortium of clearing banks' -> nothing (no bank named)
 relations=[L(YB, "parentOrganization", CB), L(NAB, "acquired", YB), L(YB, "parentOrganization", NAB),
            L(CB, "parentOrganization", NAB), L(CB, "parentOrganization", "CYBG plc"),
            L("CYBG plc", "acquired", "Virgin Money plc"), L("Virgin Money plc", "parentOrganization", "CYBG plc")],
 outages=[],
 dates=[D("1859", "1859"), D("1959", "1959"), D("1911", "1911"), D("1990", "1990"), D("2005", "2005"),
        D("2016", "2016"), D("2018", "2018")])

# ---- media, UK and Ireland: Johnston Press --------------------------------------------------------------------------
JP = "Johnston Press"
A["wp-johnston-press"] = dict(
 # the publisher -> Company, alias 'F Johnston & Co Ltd' (its name from 1882 to 1988; 'The family publishing company
 # was renamed'); the newspapers the Falkirk Herald, the Derbyshire Times, The West Sussex County Times and The Halifax
 # Evening Courier -> Company (GUIDELINES, Types); the publishers Strachan & Livingston, Wilfred Edmunds, The Yorkshire
 # Weekly Newspaper Group, EMAP plc, Portsmouth & Sunderland Newspapers, Regional Independent Media Holdings, Local
 # Press Ltd, the Leinster Leader Group, Scotsman Publications and the three holding companies (Derry Journal
 # Newspapers, Johnston Publishing (NI), Johnston Press Ireland) -> Company; 3i, Scottish Radio Holdings, the London
 # Stock Exchange -> Company; Score Press ('the newspaper assets of Scottish Radio Holdings, known as Score Press') ->
 # Company (a named business; doubtful: a reader might leave a name for assets out); Falkirk, Fife ('Fife-based'),
 # Chesterfield, Wakefield, Scotland, Ireland, Donegal and Londonderry ('Counties Donegal and Londonderry'), Northern
 # Ireland -> Location; 'The Johnston family' (no person named), 'the Republic' (a short reference, doubtful) -> nothing
 entities=[E("Company", JP, "F Johnston & Co Ltd"), E("Company", "Falkirk Herald"), E("Location", "Falkirk"),
           E("Company", "London Stock Exchange"), E("Location", "Fife"), E("Company", "Strachan & Livingston"),
           E("Company", "Wilfred Edmunds"), E("Location", "Chesterfield"), E("Company", "Derbyshire Times"),
           E("Company", "The Yorkshire Weekly Newspaper Group"), E("Location", "Wakefield"),
           E("Company", "The West Sussex County Times"), E("Company", "The Halifax Evening Courier"),
           E("Company", "EMAP plc"), E("Company", "Portsmouth & Sunderland Newspapers"),
           E("Company", "Regional Independent Media Holdings"), E("Company", "Local Press Ltd"), E("Company", "3i"),
           E("Company", "Scottish Radio Holdings"), E("Company", "Score Press"), E("Location", "Scotland"),
           E("Location", "Ireland"), E("Company", "Leinster Leader Group"), E("Company", "Derry Journal Newspapers"),
           E("Location", "Donegal"), E("Location", "Londonderry"), E("Company", "Johnston Publishing (NI)"),
           E("Location", "Northern Ireland"), E("Company", "Johnston Press Ireland"),
           E("Company", "Scotsman Publications")],
 roles=[],
 # 'It bought control of its first newspaper, the Falkirk Herald' (the family's business, later Johnston Press) ->
 # acquired + parentOrganization; 'took control of ... Strachan & Livingston', 'bought Wilfred Edmunds', (bought) 'The
 # Yorkshire Weekly Newspaper Group', 'bought The West Sussex County Times ... The Halifax Evening Courier', 'by
 # purchasing Local Press Ltd ... and the Leinster Leader Group', 'acquired Scotsman Publications' -> acquired +
 # parentOrganization each; 'Further expansion followed with Portsmouth & Sunderland Newspapers in 1999 and Regional
 # Independent Media Holdings in 2002' -> acquired + parentOrganization each (doubtful: no purchase verb, the
 # sentence continuing the list of purchases); 'the newspaper interests of EMAP plc' and 'the newspaper assets of
 # Scottish Radio Holdings, known as Score Press' -> no acquired (assets bought); Score Press as Scottish Radio
 # Holdings' -> parentOrganization(Score Press, Scottish Radio Holdings) (doubtful); 'Wilfred Edmunds ..., publisher
 # of the Derbyshire Times' -> parentOrganization(Derbyshire Times, Wilfred Edmunds) (a title and its publisher;
 # doubtful); 'Local Press Ltd, a company owned by 3i' -> parentOrganization (past, kept); 'The titles were then
 # reorganised into three main holding companies' -> parentOrganization(each, Johnston Press) (doubtful: ownership
 # by the company implied, not stated); 'floated on the London Stock Exchange' -> nothing
 relations=[L(JP, "acquired", "Falkirk Herald"), L("Falkirk Herald", "parentOrganization", JP),
            L(JP, "acquired", "Strachan & Livingston"), L("Strachan & Livingston", "parentOrganization", JP),
            L(JP, "acquired", "Wilfred Edmunds"), L("Wilfred Edmunds", "parentOrganization", JP),
            L("Derbyshire Times", "parentOrganization", "Wilfred Edmunds"),
            L(JP, "acquired", "The Yorkshire Weekly Newspaper Group"),
            L("The Yorkshire Weekly Newspaper Group", "parentOrganization", JP),
            L(JP, "acquired", "The West Sussex County Times"),
            L("The West Sussex County Times", "parentOrganization", JP),
            L(JP, "acquired", "The Halifax Evening Courier"),
            L("The Halifax Evening Courier", "parentOrganization", JP),
            L(JP, "acquired", "Portsmouth & Sunderland Newspapers"),
            L("Portsmouth & Sunderland Newspapers", "parentOrganization", JP),
            L(JP, "acquired", "Regional Independent Media Holdings"),
            L("Regional Independent Media Holdings", "parentOrganization", JP),
            L(JP, "acquired", "Local Press Ltd"), L("Local Press Ltd", "parentOrganization", JP),
            L("Local Press Ltd", "parentOrganization", "3i"),
            L("Score Press", "parentOrganization", "Scottish Radio Holdings"),
            L(JP, "acquired", "Leinster Leader Group"), L("Leinster Leader Group", "parentOrganization", JP),
            L("Derry Journal Newspapers", "parentOrganization", JP),
            L("Johnston Publishing (NI)", "parentOrganization", JP),
            L("Johnston Press Ireland", "parentOrganization", JP),
            L(JP, "acquired", "Scotsman Publications"), L("Scotsman Publications", "parentOrganization", JP)],
 outages=[],
 dates=[D("1767", "1767"), D("1846", "1846"), D("1882", "1882"), D("1988", "1988"), D("1970", "1970"),
        D("1978", "1978"), D("1994", "1994"), D("1996", "1996"), D("1999", "1999"), D("2002", "2002"),
        D("2005", "2005"), D("2006", "2006")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
