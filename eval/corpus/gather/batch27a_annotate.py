#!/usr/bin/env python3
"""Batch 27a gold annotations (the 14 biographies of batch27a.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null:
only absolute dates (GUIDELINES.md, Dates); relative ones ('the following day', 'The very next year') are left out.
Conventions applied here (GUIDELINES.md part 2 and earlier batches): a post the text says ended ('former', 'was ...
from X until Y', 'stepping down', 'resigned', 'retired', 'previously') -> current false; a post a person was promoted
or moved on from, told by a later post the text gives ('rose to ... before', a later chief executive post elsewhere)
-> current false (as batch 26c's Akio Toyoda; doubtful where the text does not say the person left); posts told with
no end -> current true; 'executive chairman', 'non-executive chairman', 'chairperson', 'chairwoman' -> chairman;
'deputy chairman', 'vice chairman', 'regional CEO', a divisional chief executive, 'general manager', 'head of' a
function or department, a partner in a consulting firm -> executive (batches 22a, 25b, 25c); 'board member' and
'joined the main board' -> director; 'founding Chairman' -> chairman and founder; 'co-founder' -> cofounder;
a teller, trainee or student post -> no role; ministers -> minister with the country as org only when the text names
the country on its own (Decisions); legislators and owners -> no role; 'X subsidiary Y', 'a division of X', 'a
subsidiary of X' -> parentOrganization; a take-over whose buyer the text names only through the target's new name
-> acquired + parentOrganization (doubtful); a strategic alliance -> partner; a merger into a new holding company
with no buyer -> nothing (batch 26e's Vivendi).
usage: batch27a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)

A = {}
# ---- Oceania -------------------------------------------------------------------------------------------------------
GK = "Gail Kelly"
A["wp-gail-kelly"] = dict(
 # 'Gail Kelly (née: Currer)': her maiden name 'Gail Currer' / 'Currer' -> aliases; 'Kelly' alone is her throughout
 # ('Allan Kelly' is always named in full); 'the Nedcor Bank' / 'Nedcor' -> one Company; 'Rhodesia (now Zimbabwe)' ->
 # one Location with its present name as alias (former names are aliases); 'the Rhodesian army' (lower case) ->
 # nothing; Forbes -> Company; universities and Falcon College -> Organization; 'a government high school', 'four of
 # the major banks' -> no name; 'Australian', 'South African-born' -> adjectives, nothing
 entities=[E("Person", GK, "Kelly", "Gail Currer", "Currer"), E("Company", "Westpac"), E("Person", "Brian Hartzer"),
           E("Company", "Forbes"), E("Location", "Pretoria"), E("Location", "South Africa"),
           E("Organization", "University of Cape Town"), E("Person", "Allan Kelly"),
           E("Location", "Rhodesia", "Zimbabwe"), E("Organization", "Falcon College"),
           E("Organization", "University of the Witswatersrand"), E("Company", "Nedcor Bank", "Nedcor"),
           E("Location", "Sydney"), E("Company", "Commonwealth Bank")],
 # 'the former chief executive officer (CEO) of Westpac, stepping down' -> ceo, not current; 'She was replaced by
 # Brian Hartzer' -> his ceo post at Westpac, current (a careful reader's conclusion); 'previously Westpac's financial
 # services chief executive' -> executive (a divisional chief executive), not current; 'In 2002, she became the first
 # female CEO of a major Australian bank' names no bank -> no role; 'head of human resources at Nedcor' and 'general
 # manager positions at Nedcor' -> one executive post, not current (she left for Sydney); 'as a teller' -> no role;
 # 'a senior position at the Commonwealth Bank' names no title -> no role (doubtful)
 roles=[R(GK, "ceo", "Westpac", False), R("Brian Hartzer", "ceo", "Westpac"),
        R("Brian Hartzer", "executive", "Westpac", False), R(GK, "executive", "Nedcor Bank", False)],
 relations=[],
 outages=[],
 # published null; 'early 1992' -> the year (Dates: 'late 2006' -> the year); '1997' of 'From early 1992 to 1997'
 # -> its own item; 'the middle of the 1990s' (a decade) and 'five months earlier' left out
 dates=[D("25 April 1956", "1956-04-25"), D("1 February 2015", "2015-02-01"), D("2002", "2002"), D("2005", "2005"),
        D("2008", "2008"), D("2010", "2010"), D("2014", "2014"), D("December 1977", "1977-12"), D("1980", "1980"),
        D("1986", "1986"), D("1987", "1987"), D("1990", "1990"), D("early 1992", "1992"), D("1997", "1997"),
        D("June 1997", "1997-06"), D("July 1997", "1997-07")])

AJ = "Alan Joseph Joyce"
QA = "Qantas Airways Limited"
A["wp-alan-joyce"] = dict(
 # 'Alan Joseph Joyce AC FTSE' -> name without the honours; 'Joyce' -> alias; 'Qantas Airways Limited' / 'Qantas' ->
 # one Company; 'Ireland' and 'the Republic of Ireland' -> one Location; schools, institutes and the Royal
 # Aeronautical Society -> Organization; 'Springfield, Tallaght' -> Locations; 'Irish-Australian' -> nothing
 entities=[E("Person", AJ, "Joyce"), E("Company", QA, "Qantas"), E("Person", "Vanessa Hudson"),
           E("Location", "Tallaght"), E("Location", "Dublin"), E("Location", "Ireland", "Republic of Ireland"),
           E("Organization", "St Mark's Community School"), E("Location", "Springfield"),
           E("Organization", "Dublin Institute of Technology"), E("Organization", "Trinity College Dublin"),
           E("Organization", "Royal Aeronautical Society"), E("Company", "Aer Lingus"),
           E("Company", "Ansett Australia"), E("Company", "Jetstar Airways"), E("Person", "Geoff Dixon")],
 # 'He was the CEO of Qantas ... until his resignation in 2023', 'retired as CEO' -> ceo, not current; 'Vanessa Hudson
 # succeeding him' -> ceo, current; 'Geoff Dixon who had been in the role since March 2001', succeeded by Joyce ->
 # ceo, not current; 'appointed CEO of Qantas subsidiary Jetstar Airways in October 2003' and CEO of Qantas from 2008
 # -> ceo of Jetstar, not current (doubtful: the text does not say he left Jetstar); 'he headed the Network Planning,
 # Schedules Planning and Network Strategy functions' at Ansett Australia and Qantas -> executive (heads of functions,
 # not of the firms; batch 22a), not current (he left Ansett; he became CEO at Qantas); 'various positions in sales,
 # marketing ...' at Aer Lingus -> no title -> no role
 roles=[R(AJ, "ceo", QA, False), R("Vanessa Hudson", "ceo", QA), R("Geoff Dixon", "ceo", QA, False),
        R(AJ, "ceo", "Jetstar Airways", False), R(AJ, "executive", "Ansett Australia", False),
        R(AJ, "executive", QA, False)],
 # 'Qantas subsidiary Jetstar Airways' -> parentOrganization
 relations=[L("Jetstar Airways", "parentOrganization", QA)],
 outages=[],
 # published null: 'the following day' (relative) left out
 dates=[D("30 June 1966", "1966-06-30"), D("2008", "2008"), D("2023", "2023"), D("5 September 2023", "2023-09-05"),
        D("1988", "1988"), D("1996", "1996"), D("2000", "2000"), D("October 2003", "2003-10"),
        D("28 November 2008", "2008-11-28"), D("March 2001", "2001-03")])

CH = "Christine Holgate"
AP = "Australia Post"
A["wp-christine-holgate"] = dict(
 # 'Holgate' -> alias; Australia Post (a postal business) and Blackmores -> Company; Collingwood Football Club (a
 # sports club) -> Organization; 'the ASEAN – Australia council board' -> Organization 'ASEAN – Australia council'
 # (the board's body; doubtful); 'the CEO Magazine', the Australian Financial Review, BBC News -> Company; Allied
 # Healthcare -> Company; 'the Caribbean Cable & Wireless telecommunication' -> Company 'Caribbean Cable & Wireless'
 # (doubtful: the text's own phrasing); 'Flo' -> Person; 'the G20 Summit' (an event) and the awards -> nothing;
 # 'British' -> nothing
 entities=[E("Person", CH, "Holgate"), E("Company", AP), E("Company", "Blackmores"),
           E("Organization", "Collingwood Football Club"), E("Organization", "ASEAN – Australia council"),
           E("Location", "Brisbane"), E("Location", "Australia"), E("Company", "CEO Magazine"),
           E("Company", "Australian Financial Review"), E("Location", "Cheshire"), E("Location", "England"),
           E("Location", "London"), E("Person", "Flo"), E("Organization", "University of North London"),
           E("Company", "Allied Healthcare"), E("Company", "BBC News"), E("Company", "Caribbean Cable & Wireless")],
 # 'has been the chief executive of Australia Post' -> ceo, current; 'Prior to that appointment she was CEO of ...
 # Blackmores from 2008 to 2017' -> ceo, not current; 'a board member of Collingwood Football Club' -> director;
 # 'an inaugural chairwoman of the ASEAN – Australia council board' -> chairman, current; 'worked for Allied
 # Healthcare and BBC News', 'joined the Caribbean Cable & Wireless', 'worked as postie' -> no title -> no role
 roles=[R(CH, "ceo", AP), R(CH, "ceo", "Blackmores", False), R(CH, "director", "Collingwood Football Club"),
        R(CH, "chairman", "ASEAN – Australia council")],
 relations=[],
 outages=[],
 # published null; 'In 2015 ... in 2015' -> one item (same text, same value)
 dates=[D("30 October 2017", "2017-10-30"), D("2008", "2008"), D("2017", "2017"), D("2014", "2014"),
        D("2015", "2015"), D("1982", "1982"), D("1986", "1986"), D("1991", "1991"), D("1988", "1988")])

# ---- Europe --------------------------------------------------------------------------------------------------------
SM = "Sergio Marchionne"
FCA = "Fiat Chrysler Automobiles"
A["wp-sergio-marchionne"] = dict(
 # 'Marchionne' -> alias; 'Fiat' and 'Fiat Group' -> one Company 'Fiat Group' (doubtful: the automaker and its
 # group); Chrysler, FCA US LLC, CNH Industrial, Ferrari, Maserati, SGS, UBS -> Company; the manufacturers'
 # association, the Peterson Institute and the Council for the United States and Italy -> Organization; 'US' and
 # 'U.S.' -> one Location (modifiers, as batch 26c's 'U.S.'; 'United States' stands only inside the Council's name);
 # 'Confessions of a Capital Junkie' (a presentation), 'Chapter 11' -> nothing; 'Swiss-based', 'Canadian
 # governments', 'Italian-Canadian' -> adjectives, nothing
 entities=[E("Person", SM, "Marchionne"), E("Company", "Fiat Group", "Fiat"), E("Company", "Chrysler"),
           E("Company", "CNH Industrial"), E("Company", FCA), E("Company", "FCA US LLC"), E("Company", "Ferrari"),
           E("Company", "Maserati"), E("Company", "SGS"), E("Company", "UBS"),
           E("Organization", "European Automobile Manufacturers Association"),
           E("Organization", "Peterson Institute for International Economics"),
           E("Organization", "Council for the United States and Italy"), E("Location", "U.S.", "US")],
 # every post told with 'was' and 'resigned from all of his positions in July 2018' -> not current: chairman of CNH
 # Industrial, ceo of FCA, chairman and ceo of FCA US LLC and of Ferrari, chairman of Maserati and SGS, 'vice
 # chairman of UBS' -> executive, chairman of the manufacturers' association, 'chairman of the Italian branch of the
 # Council' -> chairman of the Council (doubtful: its branch); 'a member of the Peterson Institute' -> no role;
 # 'turning around Fiat Group' names no post -> no role
 roles=[R(SM, "chairman", "CNH Industrial", False), R(SM, "ceo", FCA, False), R(SM, "chairman", "FCA US LLC", False),
        R(SM, "ceo", "FCA US LLC", False), R(SM, "chairman", "Ferrari", False), R(SM, "ceo", "Ferrari", False),
        R(SM, "chairman", "Maserati", False), R(SM, "chairman", "SGS", False), R(SM, "executive", "UBS", False),
        R(SM, "chairman", "European Automobile Manufacturers Association", False),
        R(SM, "chairman", "Council for the United States and Italy", False)],
 # 'Fiat Group forming a strategic alliance with ... Chrysler' -> partner; 'Fiat and Chrysler merged into a new
 # holding company, Fiat Chrysler Automobiles' -> a merger with no buyer -> nothing (batch 26e's Vivendi; doubtful:
 # the holding company owns both)
 relations=[L("Fiat Group", "partner", "Chrysler")],
 outages=[],
 # published null; 'from 2008 to 2010' -> two years; 'for 2012' -> the year; 'Less than two years later' left out
 dates=[D("June 17, 1952", "1952-06-17"), D("July 25, 2018", "2018-07-25"), D("2008", "2008"), D("2010", "2010"),
        D("2012", "2012"), D("January 2006", "2006-01"), D("2015", "2015"), D("2009", "2009"), D("2014", "2014"),
        D("July 2018", "2018-07")])

VC = "Vittorio Amedeo Colao"
VG = "Vodafone Group"
OM = "Omnitel Pronto Italia"
A["wp-vittorio-colao"] = dict(
 # 'Colao' -> alias; 'Vodafone Group' / 'Vodafone' -> one Company; 'Omnitel Pronto Italia' with the name it took,
 # 'Vodafone Italy' -> one Company; the Carabinieri -> Organization; Morgan Stanley, 'McKinsey & Co', RCS MediaGroup
 # -> Company; Bocconi University, Harvard Business School -> Organization; 'Southern Europe' -> Location; the
 # ministry and 'the government of Prime Minister Mario Draghi' name no country on its own -> no Location, no
 # minister role (Decisions); 'a Bulgarian mobile company' -> no name; 'Italian' -> nothing
 entities=[E("Person", VC, "Colao"), E("Person", "Mario Draghi"), E("Company", VG, "Vodafone"),
           E("Organization", "Carabinieri"), E("Location", "Brescia"), E("Organization", "Bocconi University"),
           E("Organization", "Harvard Business School"), E("Company", "Morgan Stanley"), E("Location", "London"),
           E("Location", "Milan"), E("Company", "McKinsey & Co"), E("Company", OM, "Vodafone Italy"),
           E("Location", "Southern Europe"), E("Person", "Arun Sarin"), E("Company", "RCS MediaGroup")],
 # 'From 2008 until 2018, he was the chief executive officer at Vodafone Group' -> ceo, not current; 'as a Partner'
 # at McKinsey -> executive, not current (he joined Omnitel in 1996); 'rising to chief operating officer before its
 # take over' -> coo of Omnitel, not current (he became a Vodafone regional CEO); 'regional CEO, Southern Europe' ->
 # executive at Vodafone, not current ('he left Vodafone'); 'joined the main board in 2002' -> director, not current
 # (left); 'the CEO's job, taken by his friend Arun Sarin' -> ceo of Vodafone, not current (Colao was CEO from 2008;
 # doubtful: a careful reader's conclusion); 'where he became CEO in July 2004' -> ceo of RCS MediaGroup, not current
 # (doubtful: the resignation sentence is cut; he is told as Vodafone's CEO from 2008); 'started his career at
 # Morgan Stanley' names no title -> no role; Mario Draghi 'Prime Minister' with no country named -> no role
 roles=[R(VC, "ceo", VG, False), R(VC, "executive", "McKinsey & Co", False), R(VC, "coo", OM, False),
        R(VC, "executive", VG, False), R(VC, "director", VG, False), R("Arun Sarin", "ceo", VG, False),
        R(VC, "ceo", "RCS MediaGroup", False)],
 # 'before its take over to become Vodafone Italy' and 'he left Vodafone' -> Vodafone took Omnitel over: acquired +
 # parentOrganization (doubtful: the buyer is named only by the new name); 'a purchase of a Bulgarian mobile company
 # blocked' -> nothing
 relations=acq(VG, OM),
 outages=[],
 dates=[D("3 October 1961", "1961-10-03"), D("2021", "2021"), D("2022", "2022"), D("2008", "2008"),
        D("2018", "2018"), D("1986", "1986"), D("1996", "1996"), D("2001", "2001"), D("2002", "2002"),
        D("July 2004", "2004-07")])

# ---- Asia ----------------------------------------------------------------------------------------------------------
CW = "Cher Wang"
HTC = "HTC Corporation"
VIA = "VIA Technologies"
A["wp-cher-wang"] = dict(
 # 'Wang' alone is Cher Wang throughout ('Wang's father was Wang Yung-ching' -> her father named in full); 'HTC
 # Corporation' / 'HTC', 'VIA Technologies' / 'VIA', 'First International Computer' / 'FIC' -> Company with aliases;
 # Formosa Plastics Group, Forbes -> Company; 'VIA product VT3421, an anti-hack chip also named as TF376' -> Service
 # with its other name; 'the Chinese government' not annotated (a lowercase 'X government' phrase, as corpus practice; mended after second-annotation-28); the College
 # Preparatory School and the University of California, Berkeley -> Organization; 'The World's 100 Most Powerful
 # Women' (a list), 'the HKIAC / A11022 arbitration' (a case) -> nothing; 'Taiwanese' -> nothing
 entities=[E("Person", CW, "Wang"), E("Company", HTC, "HTC"), E("Company", VIA, "VIA"),
           E("Person", "Wang Yung-ching"), E("Company", "Formosa Plastics Group"), E("Location", "Taiwan"),
           E("Company", "Forbes"), E("Location", "Taipei"), E("Organization", "College Preparatory School"),
           E("Location", "Oakland"), E("Location", "California"),
           E("Organization", "University of California, Berkeley"),
           E("Company", "First International Computer", "FIC"), E("Person", "Wen Chi Chen"),
           E("Service", "VT3421", "TF376")],
 # 'As co-founder, chairperson (since 2007), and CEO (as of 2025) of HTC Corporation and integrated chipset maker VIA
 # Technologies' -> cofounder, chairman and ceo of each, current (the text tells the posts of both at once;
 # doubtful for VIA's CEO post); 'Wang and others founded VIA ... and HTC' -> the same cofounder posts; 'Wang
 # Yung-ching, founder of ... Formosa Plastics Group' -> founder; 'Wang joined First International Computer' -> no
 # title -> no role; her husband Wen Chi Chen -> no title stated -> no role
 roles=[R(CW, "cofounder", HTC), R(CW, "chairman", HTC), R(CW, "ceo", HTC), R(CW, "cofounder", VIA),
        R(CW, "chairman", VIA), R(CW, "ceo", VIA), R("Wang Yung-ching", "founder", "Formosa Plastics Group")],
 # 'VIA product VT3421' -> provider
 relations=[L("VT3421", "provider", VIA)],
 outages=[],
 # 'In 2014' and 'As of 2014' -> one item '2014' (same text and value)
 dates=[D("15 September 1958", "1958-09-15"), D("2007", "2007"), D("2025", "2025"), D("2008", "2008"),
        D("2014", "2014"), D("1981", "1981"), D("1982", "1982"), D("1987", "1987"), D("1997", "1997"),
        D("May 2011", "2011-05"), D("August 2012", "2012-08"), D("October 2014", "2014-10")])

MC = "Morris Chang"
TS = "Taiwan Semiconductor Manufacturing Company Ltd."
A["wp-morris-chang"] = dict(
 # 'Chang' and 'Morris' alone -> aliases; 'Taiwan Semiconductor Manufacturing Company Ltd. (TSMC)' -> one Company;
 # 'the Ningbo county government' not annotated (corpus practice; mended after second-annotation-28); 'the Massachusetts Institute of Technology' / 'MIT', 'Texas
 # Instruments' / 'TI' -> with aliases; Sylvania Semiconductor and Sylvania Electric Products -> Company; 'the
 # Chinese Civil War' (an event) -> nothing
 entities=[E("Person", MC, "Chang", "Morris"), E("Location", "Zhejiang"), E("Company", TS, "TSMC"),
           E("Location", "Taiwan"), E("Location", "Ningbo"),
           E("Location", "China"), E("Location", "Hong Kong"), E("Location", "United States"),
           E("Organization", "Harvard University"), E("Organization", "Massachusetts Institute of Technology", "MIT"),
           E("Company", "Sylvania Semiconductor"), E("Company", "Sylvania Electric Products"),
           E("Company", "Texas Instruments", "TI"), E("Organization", "Stanford University")],
 # 'the founding Chairman of ... TSMC in 1987' -> chairman (current, as written) and founder; 'the manager of the
 # engineering section' at Texas Instruments -> executive (Decisions: 'manager'), not current (doubtful: the text
 # does not say he left TI; he is told as TSMC's chairman); 'hired by Sylvania Semiconductor' -> no title -> no role;
 # his father, an unnamed official -> no role
 roles=[R(MC, "chairman", TS), R(MC, "founder", TS), R(MC, "executive", "Texas Instruments", False)],
 # 'Sylvania Semiconductor, then just known as a small semiconductor division of Sylvania Electric Products' ->
 # parentOrganization
 relations=[L("Sylvania Semiconductor", "parentOrganization", "Sylvania Electric Products")],
 outages=[],
 # published null: 'The very next year', 'Three years after', 'After three years' left out; '1952 and 1953,
 # respectively' -> two years
 dates=[D("July 10, 1931", "1931-07-10"), D("1987", "1987"), D("1948", "1948"), D("1952", "1952"),
        D("1953", "1953"), D("1955", "1955"), D("1958", "1958"), D("1961", "1961"), D("1964", "1964")])

MS = "Masayoshi Son"
A["wp-masayoshi-son"] = dict(
 # 'Son' -> alias; SoftBank, SoftBank Mobile, Sprint Corporation, Arm Holdings -> Company; 'Forbes magazine', 'Forbes
 # Magazine', 'Forbes' -> one Company named 'Forbes'; 'U.S.-based' and 'U.K.-based' -> Locations 'U.S.' and 'U.K.'
 # (modifiers, as batch 26c); 'Oakland, CA' -> Oakland and California ('CA' its alias); Serramonte High and the
 # universities -> Organization; 'Ethnically Korean', 'Japanese' -> nothing
 entities=[E("Person", MS, "Son"), E("Company", "SoftBank"), E("Company", "SoftBank Mobile"),
           E("Location", "U.S."), E("Company", "Sprint Corporation"), E("Location", "U.K."),
           E("Company", "Arm Holdings"), E("Company", "Forbes", "Forbes magazine", "Forbes Magazine"),
           E("Location", "Japan"), E("Location", "South Korea"), E("Location", "Kyushu"),
           E("Location", "Saga Prefecture"), E("Location", "California", "CA"),
           E("Organization", "Serramonte High"), E("Location", "South San Francisco"),
           E("Organization", "Holy Names University"), E("Location", "Oakland"),
           E("Organization", "University of California, Berkeley")],
 # 'the founder and current chief executive officer of ... SoftBank, the chief executive officer of SoftBank Mobile,
 # current chairman of ... Sprint Corporation and chairman of ... Arm Holdings' -> founder, ceo, ceo, chairman,
 # chairman, all current
 roles=[R(MS, "founder", "SoftBank"), R(MS, "ceo", "SoftBank"), R(MS, "ceo", "SoftBank Mobile"),
        R(MS, "chairman", "Sprint Corporation"), R(MS, "chairman", "Arm Holdings")],
 # SoftBank Mobile's owner is not stated -> nothing (doubtful: its name)
 relations=[],
 outages=[],
 # 'The World's Billionaires 2019' -> the list's year
 dates=[D("August 11, 1957", "1957-08-11"), D("2000", "2000"), D("2013", "2013"), D("2019", "2019")])

KMS = "Kiran Mazumdar-Shaw"
A["wp-kiran-mazumdar-shaw"] = dict(
 # 'Mazumdar-Shaw', her maiden name 'Kiran Mazumdar' and 'Mazumdar' (she, throughout; her father is named in full) ->
 # aliases; Biocon Limited and Biocon Biologics Limited -> two Companies; 'Indian Institute of Management,
 # Bangalore' -> Organization (the comma form as written); the Financial Times and Forbes -> Company; 'EY' only
 # inside the award's name -> not annotated (a company named only inside a name; doubtful); 'Mount Carmel College,
 # Bangalore' -> Organization 'Mount Carmel College'; 'Ballarat College, Melbourne University' -> two Organizations;
 # breweries and maltsters -> Company; 'Karnataka state' -> Location 'Karnataka'; the Othmer Gold Medal -> nothing
 entities=[E("Person", KMS, "Mazumdar-Shaw", "Kiran Mazumdar", "Mazumdar"), E("Company", "Biocon Limited"),
           E("Company", "Biocon Biologics Limited"), E("Location", "Bangalore"), E("Location", "India"),
           E("Organization", "Indian Institute of Management, Bangalore"), E("Company", "Financial Times"),
           E("Company", "Forbes"), E("Location", "Karnataka"),
           E("Organization", "Bishop Cotton Girl's High School"), E("Organization", "Mount Carmel College"),
           E("Organization", "Bangalore University"), E("Person", "Rasendra Mazumdar"),
           E("Company", "United Breweries"), E("Organization", "Ballarat College"),
           E("Organization", "Melbourne University"), E("Location", "Australia"),
           E("Company", "Carlton and United Breweries"), E("Location", "Melbourne"),
           E("Company", "Barrett Brothers and Burston")],
 # 'the executive chairperson and founder of Biocon Limited and Biocon Biologics Limited' -> chairman and founder of
 # each, current; 'the former chairperson of Indian Institute of Management, Bangalore' -> chairman, not current;
 # 'Her father, Rasendra Mazumdar, was the head brewmaster at United Breweries' -> executive (the head of a craft
 # function; doubtful), not current ('was'); 'trainee brewer', 'trainee maltster' -> no role
 roles=[R(KMS, "chairman", "Biocon Limited"), R(KMS, "founder", "Biocon Limited"),
        R(KMS, "chairman", "Biocon Biologics Limited"), R(KMS, "founder", "Biocon Biologics Limited"),
        R(KMS, "chairman", "Indian Institute of Management, Bangalore", False),
        R("Rasendra Mazumdar", "executive", "United Breweries", False)],
 # no ownership between the two Biocon companies is stated -> nothing (doubtful)
 relations=[],
 outages=[],
 # 'Of The Year 2020' -> the award's year
 dates=[D("23 March 1953", "1953-03-23"), D("2014", "2014"), D("2011", "2011"), D("2019", "2019"),
        D("2020", "2020"), D("1968", "1968"), D("1973", "1973"), D("1974", "1974"), D("1975", "1975")])

# ---- Latin America -------------------------------------------------------------------------------------------------
LT = "Luiza Helena Trajano Inácio Rodrigues"
ML = "Magazine Luiza"
A["wp-luiza-trajano"] = dict(
 # her full name with 'Luiza Trajano', 'Trajano' and 'Luiza' -> aliases; Magazine Luiza -> Company ('the brand name
 # Magazine Luiza' of her parents' store is the same business); UNICEF Brazil, UNFPA Brazil -> Organization; 'TIME
 # magazine' -> Company 'TIME'; 'Faculdade de Direito de Franca (School of Law of Franca)' -> one Organization;
 # 'Grupo Mulheres do Brasil (Women of Brazil)' -> one Organization; 'Bolsonaro' -> alias of Jair Bolsonaro; 'the
 # state of São Paulo' -> Location 'São Paulo'; 'Brazilian states' -> nothing
 entities=[E("Person", LT, "Luiza Trajano", "Trajano", "Luiza"), E("Company", ML), E("Company", "Forbes"),
           E("Location", "Brazil"), E("Organization", "UNICEF Brazil"), E("Organization", "UNFPA Brazil"),
           E("Company", "TIME"), E("Location", "Franca"), E("Location", "São Paulo"),
           E("Organization", "Faculdade de Direito de Franca", "School of Law of Franca"),
           E("Person", "Jair Bolsonaro", "Bolsonaro"),
           E("Organization", "Grupo Mulheres do Brasil", "Women of Brazil")],
 # 'She is chair of the retailer Magazine Luiza' -> chairman, current; 'prior to becoming the company's
 # director-superintendent in 1991' -> director (a managing post; Decisions: managing director -> director), current
 # as told (doubtful: no end stated, she is told as chair now); 'an advisory board member to both UNICEF Brazil and
 # UNFPA Brazil' -> advisory, no title of the vocabulary -> no role (doubtful); 'the chairperson of ... Grupo
 # Mulheres do Brasil' -> chairman; Jair Bolsonaro, 'The eventual winning candidate' of the presidential election ->
 # president of Brazil (current, as a careful reader concludes; doubtful)
 roles=[R(LT, "chairman", ML), R(LT, "director", ML), R(LT, "chairman", "Grupo Mulheres do Brasil"),
        R("Jair Bolsonaro", "president", "Brazil")],
 relations=[],
 outages=[],
 dates=[D("9 October 1948", "1948-10-09"), D("July 2020", "2020-07"), D("2021", "2021"), D("1972", "1972"),
        D("1991", "1991"), D("2018", "2018"), D("2013", "2013")])

CS = "Carlos Slim Helú"
AM = "América Móvil"
A["wp-carlos-slim"] = dict(
 # 'Carlos Slim' and 'Slim' -> aliases; Telmex, América Móvil, 'Grupo Carso SAB' -> Company; his father 'Julián Slim
 # Haddad', 'born Khalil Slim Haddad', 'Julián', 'Haddad' -> one Person with his birth name and short forms as
 # aliases; 'Linda Helú' -> Person; 'Latin America', Mexico City, Mexico, Parral, Chihuahua -> Location; 'the Ottoman
 # army' (lower case) -> nothing; 'Mexican', 'Lebanese', 'Maronite Christian' -> nothing
 entities=[E("Person", CS, "Carlos Slim", "Slim"), E("Company", "Telmex"), E("Company", AM),
           E("Company", "Grupo Carso SAB"), E("Location", "Latin America"), E("Location", "Mexico City"),
           E("Location", "Mexico"), E("Person", "Julián Slim Haddad", "Khalil Slim Haddad", "Julián", "Haddad"),
           E("Person", "Linda Helú"), E("Location", "Parral"), E("Location", "Chihuahua")],
 # 'He is the chairman and chief executive of telecommunications companies Telmex and América Móvil' -> chairman and
 # ceo of each, current; 'his conglomerate, Grupo Carso SAB' -> an owner's holdings -> no role, no relation
 roles=[R(CS, "chairman", "Telmex"), R(CS, "ceo", "Telmex"), R(CS, "chairman", AM), R(CS, "ceo", AM)],
 relations=[],
 outages=[],
 # published null; 'the end of 2010' -> the year (Dates: 'the end of last year' -> the year), its own item beside
 # 'in 2010'; 'the late 19th century' (a century) left out
 dates=[D("January 28, 1940", "1940-01-28"), D("2011", "2011"), D("2010", "2010"), D("the end of 2010", "2010"),
        D("September 2011", "2011-09"), D("1940", "1940"), D("1902", "1902")])

# ---- Africa --------------------------------------------------------------------------------------------------------
IDS_ = "Isabel dos Santos"
JE = "José Eduardo dos Santos"
A["wp-isabel-dos-santos"] = dict(
 # 'Isabel dos Santos' is always named in full (no alias: 'dos Santos' would be her father's too); Forbes -> Company;
 # 'Azerbaijan SSR' and 'Azerbaijan' -> one Location (the Soviet republic by its former name; doubtful); 'King's
 # College' -> Organization; Urbana 2000 and Jembas Group -> Company; 'the city' (Luanda) -> nothing apart;
 # 'Russian-born', 'Danish', 'African presidents' -> nothing
 entities=[E("Person", IDS_), E("Company", "Forbes"), E("Location", "Angola"), E("Location", "Africa"),
           E("Person", JE), E("Location", "Baku"), E("Location", "Azerbaijan SSR", "Azerbaijan"),
           E("Person", "Tatiana Kukanova"), E("Location", "São Tomé and Príncipe"),
           E("Organization", "King's College"), E("Location", "London"),
           E("Location", "Democratic Republic of the Congo"), E("Person", "Sindika Dokolo"),
           E("Location", "Kinshasa"), E("Location", "Luanda"), E("Location", "Belgium"), E("Location", "France"),
           E("Company", "Urbana 2000"), E("Company", "Jembas Group")],
 # "Angola's President José Eduardo dos Santos, who has ruled the country since 1979" -> president of Angola,
 # current (as written); 'started working as a project manager engineer for Urbana 2000' -> executive (Decisions:
 # 'manager'), current as told (doubtful: told as her first job, in the early 1990s); 'an Angolan investor' -> no post
 roles=[R(JE, "president", "Angola"), R(IDS_, "executive", "Urbana 2000")],
 # 'Urbana 2000, a subsidiary of Jembas Group' -> parentOrganization; 'won the contract for cleaning and disinfection
 # of the city' names no contracting organisation -> nothing
 relations=[L("Urbana 2000", "parentOrganization", "Jembas Group")],
 outages=[],
 # published null; 'the early 1990s' (a decade) left out
 dates=[D("20 April 1973", "1973-04-20"), D("2013", "2013"), D("1979", "1979"), D("December 2002", "2002-12")])

PM = "Patrice Tlhopane Motsepe"
A["wp-patrice-motsepe"] = dict(
 # 'Motsepe' and 'Patrice Motsepe' -> aliases ('Kgosi Augustine Motsepe' is always named in full); the
 # Confederation of African Football and Mamelodi Sundowns (a football club) -> Organization; African Rainbow
 # Minerals, Harmony Gold, Sanlam, the Sunday Times, Forbes -> Company; 'The Giving Pledge' (a pledge campaign) ->
 # nothing (doubtful); 'the Tswana people', 'the Mmakau branch' -> nothing; Elon Musk -> Person
 entities=[E("Person", PM, "Motsepe", "Patrice Motsepe"), E("Organization", "Confederation of African Football"),
           E("Company", "African Rainbow Minerals"), E("Company", "Harmony Gold"), E("Company", "Sanlam"),
           E("Location", "South Africa"), E("Person", "Elon Musk"), E("Company", "Sunday Times"),
           E("Company", "Forbes"), E("Organization", "Mamelodi Sundowns"), E("Person", "Kgosi Augustine Motsepe")],
 # 'Since March 2021, he has been president of the Confederation of African Football' -> president, current; 'the
 # founder and executive chairman of African Rainbow Minerals' -> founder and chairman; 'the non-executive chairman
 # of Harmony Gold' -> chairman; 'the deputy chairman of Sanlam' -> executive (Decisions: vice chairman); 'became
 # the owner of football club Mamelodi Sundowns' -> an owner -> no role, no relation; his father, 'a chief of the
 # Mmakau branch of the Tswana people', a schoolteacher and shop owner -> no organisation named -> no role
 roles=[R(PM, "president", "Confederation of African Football"), R(PM, "founder", "African Rainbow Minerals"),
        R(PM, "chairman", "African Rainbow Minerals"), R(PM, "chairman", "Harmony Gold"),
        R(PM, "executive", "Sanlam")],
 relations=[],
 outages=[],
 # published null; 'Almost a decade later in 2020' -> '2020' only
 dates=[D("28 January 1962", "1962-01-28"), D("March 2021", "2021-03"), D("2012", "2012"), D("2020", "2020"),
        D("2003", "2003"), D("2013", "2013")])

# ---- Canada --------------------------------------------------------------------------------------------------------
BS = "Belinda Caroline Stronach"
MI = "Magna International"
A["wp-belinda-stronach"] = dict(
 # 'Stronach' alone is Belinda throughout ('Frank Stronach' is always named in full) -> alias; 'Magna International'
 # / 'Magna' -> one Company; The Stronach Group -> Company; 'Paul Martin' -> Person; schools and universities ->
 # Organization; 'Conservative', 'Liberal' (parties named only as adjectives of her membership) -> nothing
 # (doubtful); 'Spread the Net' (a charity campaign) -> nothing; 'Canadian', 'Austrian' -> nothing
 entities=[E("Person", BS, "Stronach"), E("Person", "Paul Martin"), E("Person", "Frank Stronach"),
           E("Company", MI, "Magna"), E("Company", "The Stronach Group"), E("Location", "Newmarket"),
           E("Location", "Ontario"), E("Location", "Canada"), E("Person", "Elfriede Sallmutter"),
           E("Organization", "Newmarket High School"), E("Organization", "York University"),
           E("Location", "Toronto"), E("Organization", "Brock University"), E("Location", "St. Catharines"),
           E("Person", "Rick Mercer")],
 # 'served as the Minister of Human Resources and Skills Development from May 17, 2005, to February 6, 2006, and
 # Minister responsible for Democratic Renewal' in a Canadian cabinet -> minister of Canada (named in the text),
 # not current; Member of Parliament -> legislator, no role; 'she assumed leadership roles in Magna International and
 # The Stronach Group' -> no title -> no role; 'Frank Stronach, the Magna International founder and chairman' ->
 # founder and chairman; "Paul Martin's Cabinet" names no post -> no role (doubtful: a prime minister implied)
 roles=[R(BS, "minister", "Canada", False), R("Frank Stronach", "founder", MI), R("Frank Stronach", "chairman", MI)],
 relations=[],
 outages=[],
 # published null; 'from 2004 to 2008' -> two years
 dates=[D("May 2, 1966", "1966-05-02"), D("2004", "2004"), D("2008", "2008"), D("May 17, 2005", "2005-05-17"),
        D("February 6, 2006", "2006-02-06"), D("1985", "1985"), D("June 2009", "2009-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
