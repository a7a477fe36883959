#!/usr/bin/env python3
"""Batch 28e gold annotations (the 9 texts of batch28e.py, part 2: its 2 ITEMS2 texts), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b).
usage: batch28e_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-egypt-anti-government-protests-continue-internet-2011
wn-iran-wreckage-found-plane-crashed-mountains-2018
wn-signalling-issues-stalled-train-disrupt-service-2016
wn-fatal-police-helicopter-crash-slovakia-due-2017
wn-wikimedian-cindy-ashley-nelson-dies-conference-2014
wn-former-alberta-premier-jim-prentice-killed-2016
wn-sales-jackson-songs-memorabilia-rise-his-2009
wn-sallie-mae-leads-consumer-financial-protection-2013
wn-super-bowl-xlvii-ravens-defeat-49ers-2013""".split())
A = {}

A["wn-egypt-anti-government-protests-continue-internet-2011"] = dict(
 entities=[E("Location", "Egypt"), E("Person", "Hosni Mubarak", "Mubarak"), E("Person", "Zine al-Abidine Ben Ali"),
           E("Location", "Cairo"), E("Organization", "National Democratic Party"), E("Company", "BBC"),
           E("Location", "Sinai"), E("Organization", "International Atomic Energy Agency"),
           E("Person", "Mohamed ElBaradei"), E("Company", "The Telegraph"), E("Company", "Arbor Networks"),
           E("Company", "New York Times"), E("Company", "Renesys"), E("Person", "Andrew Noyes", "Noyes"),
           E("Company", "Facebook"), E("Company", "Vodafone")],
 # 'Egypt has shut down practically all Internet traffic ... as well as disrupting cellphone usage', 'Almost nobody
 # in Egypt has Internet connectivity', 'all mobile operators in Egypt have been instructed to suspend services' →
 # one outage (users lost Internet and mobile service; cut by order of the authorities, not by a failure — a doubtful
 # point against GUIDELINES' 'government orders closing a broadcaster or a market'), provider null (no operator is
 # said to have cut it; Vodafone quotes the instruction to all operators), affected Facebook ('the social website had
 # seen almost all of its Egypt traffic disappear'), date only the month (the text names no day for the cut; 'shortly
 # before four o'clock in the afternoon' has no day either; a doubtful point), location Egypt, cause 'government
 # order'; 'spokesman for Facebook' → Facebook typed Company (the body that has a spokesman; a doubtful point);
 # 'president Hosni Mubarak' of Egypt → president; 'Tunisian president' (the country only as an adjective) → no role
 # (as batch 24c); 'Former International Atomic Energy Agency head' → head, current false; Renesys' 'chief
 # technology officer' is unnamed (no role); 'according to a BBC reporter' → the BBC; 'four o'clock in the
 # afternoon', 'a fourth straight day' not listed
 roles=[R("Hosni Mubarak", "president", "Egypt"), R("Mohamed ElBaradei", "head", "International Atomic Energy Agency", False),
        R("Andrew Noyes", "spokesperson", "Facebook")],
 relations=[],
 outages=[O(None, "2011-01", ["Facebook"], loc="Egypt", cause="government order")],
 dates=[D("Friday", "2011-01-28"), D("today", "2011-01-28")])

A["wn-fatal-police-helicopter-crash-slovakia-due-2017"] = dict(
 entities=[E("Location", "Slovakia"), E("Organization", "Ministry of Interior of the Slovak Republic", "Ministry of Interior"),
           E("Person", "Petar Lazarov"), E("Location", "United States"), E("Location", "Prešov Air Base"),
           E("Location", "Prešov"), E("Organization", "Slovak Police Force"), E("Company", "Plus Jeden Deň"),
           E("Organization", "Fire and Rescue Corps"), E("Person", "Peter Toďor"), E("Person", "Radoslav Lacko"),
           E("Location", "Louis Pasteur University Hospital"), E("Location", "Košice"), E("Person", "Ivana Stašková"),
           E("Location", "Ján Adam Reiman Teaching Hospital with Polyclinic"), E("Person", "Renáta Cenková"),
           E("Service", "Bell 429 GlobalRanger", "Bell 429"), E("Organization", "Aviation Department"),
           E("Company", "Bell Helicopter"), E("Organization", "National Council"), E("Person", "Andrej Kiska"),
           E("Person", "Robert Fico"), E("Person", "Andrea Turčanová"), E("Company", "Air-Transport Europe"),
           E("Location", "Banská Bystrica")],
 # a police helicopter's crash 'caused by technical failure', 'both rotors failed' → no outage (a physical accident,
 # no service said lost: a near-miss); 'the Aviation Department of the Ministry of Interior' → parentOrganization;
 # 'Bell 429 GlobalRanger', 'According to Bell Helicopter, the primary purpose of both these helicopters' → provider
 # (the maker, its name in the type; as batch 24c's 'built by'); 'commissioned by the Aviation Department' → no
 # relation (the ministry's own use, no deal with the maker stated); 'an Air-Transport Europe rescue helicopter' → no
 # relation (the type of that helicopter is implied, not named for it); 'Ministry spokesperson Petar Lazarov' →
 # spokesperson of the ministry; hospital spokespersons → no role (hospitals are Locations, no role attaches; as
 # batches 19b/19c); 'the President Andrej Kiska', 'the Prime Minister Robert Fico' with Slovakia named → president,
 # minister; the mayor → no role (as the corpus); military ranks ('First Lieutenant', 'Lieutenant Colonel') → no
 # role; the Wikinews language markers are no entities; 'the Slovak Republic' only inside the ministry's name;
 # 'Last week' not listed; 'September 7 of last year' → 2016-09-07 and 'last year' → 2016
 roles=[R("Petar Lazarov", "spokesperson", "Ministry of Interior of the Slovak Republic"),
        R("Andrej Kiska", "president", "Slovakia"), R("Robert Fico", "minister", "Slovakia")],
 relations=[L("Aviation Department", "parentOrganization", "Ministry of Interior of the Slovak Republic"),
            L("Bell 429 GlobalRanger", "provider", "Bell Helicopter")],
 outages=[],
 dates=[D("Friday", "2017-05-19"), D("May 10", "2017-05-10"), D("2:30 PM CEST", "2017-05-10T14:30"),
        D("1974", "1974"), D("1968", "1968"), D("May 16", "2017-05-16"), D("2014", "2014"),
        D("August 17, 2015", "2015-08-17"), D("September 7", "2016-09-07"), D("last year", "2016")])

A["wn-former-alberta-premier-jim-prentice-killed-2016"] = dict(
 entities=[E("Location", "Alberta"), E("Person", "Jim Prentice", "Prentice", "Jim"), E("Location", "Kelowna"),
           E("Location", "British Columbia"), E("Location", "Calgary"), E("Service", "Cessna Citation"),
           E("Organization", "Transportation Safety Board"), E("Person", "Bill Yearwood"),
           E("Company", "National Post"), E("Organization", "RCMP"), E("Location", "Lake Country"),
           E("Location", "Surrey Air Traffic Control Centre"), E("Service", "FlightAware"), E("Company", "CTV News"),
           E("Person", "Ken Gellatly", "Gellatly"), E("Person", "Sheldon Dunphy Reid"), E("Company", "Norjet"),
           E("Person", "Jim Kruk"),
           E("Organization", "Progressive Conservative Party", "Progressive Conservative party"),
           E("Organization", "Conservative Party"), E("Location", "Lethbridge"),
           E("Person", "Justin Trudeau", "Trudeau"), E("Location", "Canada"), E("Person", "Stephen Harper", "Harper"),
           E("Person", "Laureen"), E("Service", "Twitter"), E("Person", "Elizabeth May"),
           E("Organization", "Green Party of Canada"), E("Person", "Karen"), E("Person", "Tom Mulcair"),
           E("Organization", "NDP Party"), E("Person", "Rachel Notley", "Notley"),
           E("Organization", "Legislative Assembly"), E("Person", "Jean Lapierre", "Lapierre"),
           E("Organization", "Liberal Party"), E("Location", "Îles-de-la-Madeleine"), E("Location", "Quebec")],
 # a plane crash shortly after takeoff → no outage (a physical accident; the lost radar contact is no service lost:
 # a near-miss); 'the plane's operator Norjet' → no relation (the plane itself is unnamed; 'Cessna Citation' is the
 # type, made by Cessna, named only inside the type's name); a businessman 'who owned stock in' Norjet → no role
 # (owners carry no title, as batch 24c); the 'former premier of ... Alberta' who 'led Alberta as premier' → minister
 # of Alberta (a head of a province's government, as a prime minister → minister; a doubtful point), current false,
 # and 'leader of the Progressive Conservative Party', later 'resigned as leader' → head, current false; 'served ...
 # as a cabinet minister' (federal, Canada named later) → minister of Canada, current false; 'the country's Prime
 # Minister' → minister of Canada; 'Trudeau's predecessor' → minister of Canada, current false (a careful reader's
 # conclusion; a doubtful point); 'Prentice's successor Rachel Notley' → minister of Alberta (the same conclusion; a
 # doubtful point); party leaders → head; 'another former Canadian cabinet minister' → minister of Canada, current
 # false; 'a Transportation Safety Board official' → no role ('official' is no title); the pilot, an optometrist
 # and family members → no role; 'the House' is left as a description; 'Thursday night' → 2016-10-13 with its clock
 # times; 'months after'; 'March 29' → 2016-03-29; 'Today'/'today' in the statements resolved against the date line
 roles=[R("Jim Prentice", "minister", "Alberta", False), R("Jim Prentice", "head", "Progressive Conservative Party", False),
        R("Jim Prentice", "minister", "Canada", False), R("Justin Trudeau", "minister", "Canada"),
        R("Stephen Harper", "minister", "Canada", False), R("Elizabeth May", "head", "Green Party of Canada"),
        R("Tom Mulcair", "head", "NDP Party"), R("Rachel Notley", "minister", "Alberta"),
        R("Jean Lapierre", "minister", "Canada", False)],
 relations=[],
 outages=[],
 dates=[D("Thursday night", "2016-10-13"), D("9:32 p.m.", "2016-10-13T21:32"), D("10:07 p.m.", "2016-10-13T22:07"),
        D("September 2014", "2014-09"), D("May 2015", "2015-05"), D("Today", "2016-10-15"),
        D("March 29", "2016-03-29")])

A["wn-iran-wreckage-found-plane-crashed-mountains-2018"] = dict(
 entities=[E("Company", "Aseman Airlines", "Aseman"), E("Location", "Yasuj"), E("Location", "Zagros Mountains"),
           E("Person", "Ramezan Sharif"), E("Location", "Iran"), E("Organization", "Revolutionary Guards"),
           E("Service", "ATR 72-500", "ATR 72"), E("Person", "Soheili"), E("Location", "Mount Dena"),
           E("Person", "Ghafoor Rastinrooz"), E("Company", "IRNA"), E("Person", "Kiumars Heidari"),
           E("Organization", "Iranian Army"), E("Company", "Fars News Agency"), E("Location", "Tehran"),
           E("Location", "Samirom"), E("Location", "Isfahan Province"), E("Organization", "Red Crescent"),
           E("Company", "Tabnak"), E("Company", "Airbus"), E("Company", "Boeing"), E("Person", "Donald Trump"),
           E("Company", "Iran Air"), E("Service", "Boeing 727"), E("Person", "Hojjatallah Foulad")],
 # an airliner's crash → no outage (a physical accident: a near-miss); 'Iranian airlines, including Aseman, have
 # ordered new planes from both Airbus and Boeing' → partner Aseman Airlines → Airbus and → Boeing (orders, as
 # GUIDELINES' launch customer/order); 'an Iran Air Boeing 727' → provider (Boeing 727, Boeing), the maker named on
 # its own elsewhere; the ATR 72's maker is named only inside the type's name (no entity); 'owned by the national
 # civil service pension foundation' → no relation (a description, not a name); the airline's own aircraft type → no
 # relation; 'a spokesman for Iran's Revolutionary Guards' → spokesperson; 'chief of ground forces in the Iranian
 # Army' → head of the Iranian Army (his command is a part of it; a doubtful point); 'Regional medical center
 # director' (no organisation named), pilots, 'US President' (the country only as an adjective) → no role; 'the
 # official IRNA news agency', the Fars News Agency and 'the Tabnak news site' are Companies (news organisations);
 # 'the Aseman company logo' is the airline; clock times with their day ('0430UTC', '8:52', '0522UTC' on Sunday)
 roles=[R("Ramezan Sharif", "spokesperson", "Revolutionary Guards"), R("Kiumars Heidari", "head", "Iranian Army")],
 relations=[L("Aseman Airlines", "partner", "Airbus"), L("Aseman Airlines", "partner", "Boeing"),
            L("Boeing 727", "provider", "Boeing")],
 outages=[],
 dates=[D("Yesterday", "2018-02-20"), D("Sunday morning", "2018-02-18"), D("0430UTC", "2018-02-18T04:30"),
        D("Sunday", "2018-02-18"), D("8:52", "2018-02-18T08:52"), D("0522UTC", "2018-02-18T05:22"),
        D("Monday", "2018-02-19"), D("2015", "2015"), D("2011", "2011"), D("2013", "2013")])

A["wn-sales-jackson-songs-memorabilia-rise-his-2009"] = dict(
 entities=[E("Person", "Michael Jackson", "Jackson", "Jacko"), E("Company", "Apple"), E("Service", "iTunes Store"),
           E("Company", "Amazon.com", "Amazon"), E("Company", "Graywhale CD Exchange"), E("Location", "Salt Lake City"),
           E("Location", "Danville"), E("Location", "Virginia"), E("Location", "New Zealand"),
           E("Company", "Tower Records Japan"), E("Location", "Shinjuku"), E("Company", "Danville Register Bee"),
           E("Organization", "Jackson Five"), E("Company", "eBay"), E("Person", "Scott Fullman"),
           E("Company", "WJB Capital Group"), E("Location", "New York"), E("Location", "Las Vegas"),
           E("Location", "Planet Hollywood Resort and Casino"), E("Location", "O2 arena"), E("Company", "Ticketmaster"),
           E("Company", "Seatwave"), E("Company", "AEG Live"), E("Location", "UCLA Medical Center"),
           E("Location", "Union Square"), E("Location", "Times Square"), E("Company", "USA Today"),
           E("Person", "Allison Southwick"), E("Organization", "Better Business Bureau"),
           E("Location", "Saint Vincent and the Grenadines", "St Vincent"), E("Location", "Tanzania"),
           E("Location", "Guinea"), E("Location", "Grenada"), E("Person", "Gore Vidal"), E("Person", "Truman Capote"),
           E("Person", "Jim Lentz"), E("Company", "American Royal Arts"), E("Location", "Boca Raton"),
           E("Person", "Elvis Presley", "Elvis", "Presley"), E("Person", "Marilyn Monroe"), E("Person", "Mike Tyson"),
           E("Company", "RCA Records", "RCA"), E("Company", "Sony Corporation"), E("Location", "Tokyo")],
 # "Apple's iTunes Store" → provider; 'Amazon's U.K. division' and Sony's 'music unit in Tokyo' are unnamed (no
 # relation); eBay is one Company (its shares, its site); albums and songs ('Thriller', 'Off the Wall', 'Bad'), a
 # tour, concerts, a festival and stamp series are no entities; 'Jackson Five' is a band → Organization; a casino
 # resort, an arena, a medical center and squares are Locations; 'Scott Fullman, an investment strategist at WJB
 # Capital Group' → analyst; 'Jim Lentz, who is the Chief Operating Officer of American Royal Arts' → coo; 'a Better
 # Business Bureau spokeswoman' → spokesperson; 'a spokesman for the company' is unnamed; 'Jacko' (a slogan's
 # nickname for him) → alias; 'Yesterday', 'Yesterday morning', 'Midday yesterday' are their own items; 'the end of
 # the day' (said yesterday, not resolved), 'R.I.P 1958–2009' (a slogan), 'Glasto 09' and spans of years not listed;
 # 'the 2009 Glastonbury Festival' → 2009; 'from July' → 2009-07
 roles=[R("Scott Fullman", "analyst", "WJB Capital Group"), R("Jim Lentz", "coo", "American Royal Arts"),
        R("Allison Southwick", "spokesperson", "Better Business Bureau")],
 relations=[L("iTunes Store", "provider", "Apple")],
 outages=[],
 dates=[D("Thursday", "2009-06-25"), D("Yesterday", "2009-06-26"), D("1982", "1982"),
        D("Yesterday morning", "2009-06-26"), D("Midday yesterday", "2009-06-26"), D("1984", "1984"),
        D("2009", "2009"), D("1985", "1985"), D("1990", "1990"), D("1991", "1991"), D("1992", "1992"),
        D("July", "2009-07")])

A["wn-sallie-mae-leads-consumer-financial-protection-2013"] = dict(
 entities=[E("Company", "Wikinews"), E("Organization", "Consumer Financial Protection Bureau", "CFPB"),
           E("Location", "United States", "US"), E("Company", "Sallie Mae"), E("Organization", "Federal Reserve"),
           E("Company", "Wells Fargo"), E("Company", "JP Morgan Chase", "JPMorgan Chase"), E("Company", "PNC"),
           E("Company", "Discover"), E("Company", "AES/PHEAA"), E("Company", "Citibank"),
           E("Company", "ACS Education Services"), E("Company", "KeyBank NA"), E("Location", "Washington D.C."),
           E("Location", "Morris Plains"), E("Location", "New Jersey"), E("Location", "Antioch"),
           E("Location", "Tennessee"), E("Location", "Patchogue"), E("Location", "New York"),
           E("Location", "Philadelphia"), E("Location", "Pennsylvania"), E("Location", "Arlington"),
           E("Location", "Virginia"), E("Location", "California"), E("Location", "Florida"), E("Location", "Ohio"),
           E("Location", "Northern Marianas Islands"), E("Location", "North Dakota"), E("Location", "South Dakota"),
           E("Location", "Wyoming"), E("Location", "Puerto Rico"), E("Location", "Alaska"),
           E("Location", "Mississippi")],
 # a regulator's complaint figures naming lenders → no relation (complaints are no partnership; 'The other major
 # lenders in this space' are competitors); 'AES/PHEAA', written as one name throughout, is one lender (the text
 # does not say what the two parts are; a doubtful point); Wikinews is a Company (as the corpus); 'US Federal
 # Reserve' → Federal Reserve; 'The U.S. Armed Forces – Pacific', '– Europe' are mailing regions in a list of states
 # (no entity; a doubtful point); zip codes are no entities; 'this week', '2010/2011' (a span), 'a year before', 'the
 # previous year' not listed; the months of this year's comparison ('March and June numbers', 'April, May, July and
 # August', 'September of this year') → 2013 months, 'last year' → 2012, 'this year' → 2013
 roles=[],
 relations=[],
 outages=[],
 dates=[D("March 2012", "2012-03"), D("September", "2013-09"), D("this year", "2013"), D("last year", "2012"),
        D("March", "2013-03"), D("June", "2013-06"), D("April", "2013-04"), D("May", "2013-05"),
        D("July", "2013-07"), D("August", "2013-08"), D("October 1", "2013-10-01")])

A["wn-signalling-issues-stalled-train-disrupt-service-2016"] = dict(
 entities=[E("Location", "Singapore"), E("Service", "Mass Rapid Transit"), E("Company", "SMRT Corporation", "SMRT"),
           E("Service", "Circle MRT Line", "CCL"), E("Service", "Twitter"), E("Location", "Pasir Panjang"),
           E("Location", "one-north"), E("Location", "Dhoby Ghaut"), E("Location", "Botanic Gardens"),
           E("Location", "HarbourFront"), E("Location", "Marymount"), E("Location", "Serangoon"),
           E("Person", "Joseph Lim"), E("Person", "Alice Pan", "Pan"), E("Company", "SBS"),
           E("Location", "Lorong Chuan"), E("Person", "Sean Chew"), E("Location", "Buona Vista"),
           E("Service", "East West MRT Line"), E("Location", "Queenstown"), E("Location", "Outram Park"),
           E("Location", "Pasir Ris"), E("Location", "Tiong Bahru")],
 # 'two of Singapore's Mass Rapid Transit system lines, both operated by SMRT Corporation' → provider of the Circle
 # MRT Line and of the East West MRT Line (the two lines the text then names); the system itself is not said to be
 # SMRT's (no relation); two outages told apart: (1) the Circle MRT Line's morning — 'six stations ... without train
 # service ... following ... "intermittent signal interference"', the first fault announced at 7:37 am, 'service
 # unavailable' from 9:06 am, 'Train service was restored ... by about 10:27 am' → one outage of the morning's
 # signalling faults (the faults announced at 7:37 and 8:09 are one episode; a doubtful point), start 07:37 (the
 # first fault announced), end 10:27, duration 2.83 h computed; (2) the East West MRT Line's evening — 'a stalled
 # train ... led to a half-hour disruption', announced at 5:48 pm, cleared at 6:20 pm → start 17:48, end 18:20,
 # duration 0.5 (stated); the September disruptions 'for five consecutive days' are counted, not told apart (no
 # outage events); the stations are Locations (named sites); 'SBS buses' → SBS, a bus company; commuters → no role;
 # clock times with yesterday's date; '6:10 pm' (an estimate) is still a time expression
 roles=[],
 relations=[L("Circle MRT Line", "provider", "SMRT Corporation"), L("East West MRT Line", "provider", "SMRT Corporation")],
 outages=[O("SMRT Corporation", "2016-11-02", ["Circle MRT Line"], start="2016-11-02T07:37", end="2016-11-02T10:27",
            dur=2.83, loc="Singapore", cause="intermittent signalling faults"),
          O("SMRT Corporation", "2016-11-02", ["East West MRT Line"], start="2016-11-02T17:48",
            end="2016-11-02T18:20", dur=0.5, loc="Singapore", cause="stalled train")],
 dates=[D("yesterday", "2016-11-02"), D("7:37 am", "2016-11-02T07:37"), D("8:09 am", "2016-11-02T08:09"),
        D("9:06 am", "2016-11-02T09:06"), D("10:27 am", "2016-11-02T10:27"), D("September", "2016-09"),
        D("September 2", "2016-09-02"), D("5:48 pm", "2016-11-02T17:48"), D("6:10 pm", "2016-11-02T18:10"),
        D("6:20 pm", "2016-11-02T18:20"), D("7 pm", "2016-11-02T19:00")])

A["wn-super-bowl-xlvii-ravens-defeat-49ers-2013"] = dict(
 entities=[E("Organization", "National Football League"), E("Organization", "Baltimore Ravens", "Ravens", "Raven"),
           E("Organization", "San Francisco 49ers", "49ers"), E("Location", "New Orleans Superdome"),
           E("Person", "Jerome Boger"), E("Organization", "AFC"), E("Organization", "NFC"),
           E("Person", "Joe Flacco", "Flacco"), E("Person", "Vonta Leach", "Leach"), E("Person", "Anquan Boldin"),
           E("Person", "Justin Tucker", "Tucker"), E("Person", "David Akers", "Akers"),
           E("Person", "LaMichael James", "James"), E("Person", "Arthur Jones"), E("Person", "Dennis Pitta"),
           E("Person", "Colin Kaepernick", "Kaepernick"), E("Person", "Ed Reed"), E("Person", "Jacoby Jones", "Jones"),
           E("Person", "Beyoncé"), E("Person", "Michael Crabtree"), E("Person", "Frank Gore"), E("Person", "Ray Rice"),
           E("Person", "Tarell Brown"), E("Person", "Chykie Brown"), E("Person", "Bernard Pierce"),
           E("Person", "Chris Culliver"), E("Person", "Koch"), E("Person", "Ted Ginn")],
 # 'despite a power outage at the New Orleans Superdome' during the game 'on Sunday' → one outage, no operator named
 # (provider null), date the game's Sunday, location the Superdome, nothing said of what it cut, how long or why;
 # teams, the league and its conferences are Organizations; Super Bowl XLVII is an event (no entity); players, a
 # referee and a singer → no role; 'the Raven' (the article's slip) is the team; game-clock times are no dates
 roles=[],
 relations=[],
 outages=[O(None, "2013-02-03", [], loc="New Orleans Superdome")],
 dates=[D("Sunday", "2013-02-03")])

A["wn-wikimedian-cindy-ashley-nelson-dies-conference-2014"] = dict(
 entities=[E("Person", "Cynthia Ashley-Nelson", "Ashley-Nelson", "Cindy"), E("Location", "Berlin"),
           E("Location", "Germany"), E("Organization", "Wikimedia Foundation", "Wikimedia"),
           E("Organization", "Affiliations Committee", "AffCom"), E("Person", "Bence Dakamos"),
           E("Person", "Gregory Varnum"), E("Person", "María Sefidari", "Sefidari"),
           E("Service", "Open-source Ticket Request System"), E("Service", "English Wikipedia", "Wikipedia"),
           E("Organization", "Grant Advisory Committee"), E("Location", "United States"),
           E("Organization", "Ambassador Selection Team"), E("Organization", "Wikipedia Ambassador Steering Committee"),
           E("Person", "Anthony Ashley-Cooper, 10th Earl of Shaftesbury"),
           E("Location", "Washington", "State of Washington"), E("Organization", "Catalyst Resource Network"),
           E("Company", "Sycamore Street Review"), E("Organization", "Hookers for Jesus"),
           E("Organization", "Mental Health Planning and Advisory Council for the State of Washington")],
 # "Wikimedia's Affiliations Committee", "Wikimedia's Grant Advisory Committee" → parentOrganization of the
 # Wikimedia Foundation ('Wikimedia' alone taken as the foundation, which the text names too; a doubtful point);
 # 'named the vice-chair of Wikimedia's Affiliations Committee' → executive (vice chair, as GUIDELINES), current
 # false (she died the next day; a doubtful point: the text says no more than 'was named'); 'the founder and
 # Executive Director of Catalyst Resource Network' (she 'was') → founder (current, as the corpus keeps founders)
 # and director, current false; 'Hookers for Jesus as the organization's Vice President' (past) → vice-president,
 # current false; 'the previous chair of the Affiliations Committee' → chairman, current false; 'Wikimedia Foundation
 # board member' → director; committee members, a staff writer, a moderator, an agent, an administrator, an
 # ambassador → no role; the conference, the education program, mailing lists, 'Did You Knows' and 'Good Articles'
 # are no entities; an article's title naming a person ('Anthony Ashley-Cooper, 10th Earl of Shaftesbury') → Person
 # (a doubtful point); English Wikipedia's operator is not stated (no relation); 'the night before last' → the 10th;
 # 'two days ago' (in a blog post of an unstated day) not listed; 'earlier this year' → the year
 roles=[R("Cynthia Ashley-Nelson", "executive", "Affiliations Committee", False),
        R("Cynthia Ashley-Nelson", "founder", "Catalyst Resource Network"),
        R("Cynthia Ashley-Nelson", "director", "Catalyst Resource Network", False),
        R("Cynthia Ashley-Nelson", "vice-president", "Hookers for Jesus", False),
        R("Bence Dakamos", "chairman", "Affiliations Committee", False),
        R("María Sefidari", "director", "Wikimedia Foundation")],
 relations=[L("Affiliations Committee", "parentOrganization", "Wikimedia Foundation"),
            L("Grant Advisory Committee", "parentOrganization", "Wikimedia Foundation")],
 outages=[],
 dates=[D("the night before last", "2014-04-10"), D("Thursday", "2014-04-10"), D("earlier this year", "2014"),
        D("this morning", "2014-04-12"), D("2007", "2007"), D("December 2006", "2006-12"), D("today", "2014-04-12")])

# Part 2 (the two texts of batch28e.py's ITEMS2, annotated after part 1's commit and first look, before newskg ran on
# them; their own split cycle, so part 1's files never move).
IDS2 = sorted("""wn-u-presidential-candidate-mark-everson-challenges-2015
wn-la-la-land-receives-record-equalling-2017""".split())
A2 = {}

A2["wn-u-presidential-candidate-mark-everson-challenges-2015"] = dict(
 entities=[E("Organization", "Republican Party"), E("Person", "Mark Everson", "Everson"),
           E("Organization", "Internal Revenue Service", "IRS"), E("Organization", "Federal Election Commission", "FEC"),
           E("Company", "Fox News"), E("Person", "George W. Bush"), E("Organization", "American Red Cross"),
           E("Location", "Indiana"), E("Person", "Mitch Daniels"), E("Company", "alliantgroup"),
           E("Company", "Hewlett-Packard"), E("Person", "Carly Fiorina"), E("Location", "New York"),
           E("Person", "George Pataki"), E("Person", "Lindsey Graham"), E("Location", "Virginia"),
           E("Person", "Jim Gilmore"), E("Person", "Richard Winger"), E("Company", "Ballot Access News")],
 # 'former commissioner of the Internal Revenue Service', 'served as Commissioner of the IRS from 2003 to 2007' → head
 # (a commissioner leading the agency, as GUIDELINES), current false; 'briefly served as CEO of the American Red
 # Cross' (after his departure, past) → ceo, current false; 'worked in the cabinet of', 'worked for the tax consulting
 # firm alliantgroup' → no title; 'Indiana governor Mitch Daniels' → governor of Indiana (as written, no 'former');
 # 'former Hewlett-Packard CEO Carly Fiorina' → ceo, current false; 'former New York governor', 'former Virginia
 # governor' → governor, current false; a senator → no role (legislator); 'the George W. Bush administration' names
 # no title; 'Richard Winger, publisher of Ballot Access News' → head (as batch 25a's editor of The Onion; a doubtful
 # point); Fox News hosting the debates is no relation; the Code of Federal Regulations and its Title 11 are law (no
 # entity); 'Thursday's' debate → the coming Thursday; 'this past March' → 2015-03; 'in May' → 2015-05
 roles=[R("Mark Everson", "head", "Internal Revenue Service", False), R("Mark Everson", "ceo", "American Red Cross", False),
        R("Mitch Daniels", "governor", "Indiana"), R("Carly Fiorina", "ceo", "Hewlett-Packard", False),
        R("George Pataki", "governor", "New York", False), R("Jim Gilmore", "governor", "Virginia", False),
        R("Richard Winger", "head", "Ballot Access News")],
 relations=[],
 outages=[],
 dates=[D("Monday", "2015-08-03"), D("Thursday", "2015-08-06"), D("2003", "2003"), D("2007", "2007"),
        D("this past March", "2015-03"), D("July 27", "2015-07-27"), D("May", "2015-05")])

A2["wn-la-la-land-receives-record-equalling-2017"] = dict(
 entities=[E("Person", "Damien Chazelle"), E("Person", "Mel Gibson"), E("Person", "Ryan Gosling", "Gosling"),
           E("Person", "Emma Stone", "Stone"), E("Company", "Lionsgate"), E("Person", "Andrew Garfield"),
           E("Person", "Desmond Doss"), E("Person", "J.K. Rowling"), E("Person", "Eddie Redmayne", "Redmayne"),
           E("Person", "Stephen Hawking"), E("Service", "Twitter"), E("Person", "April Reign"),
           E("Person", "Bradford Young"), E("Person", "Joi McMillon"), E("Person", "Mahershala Ali"),
           E("Person", "Naomie Harris"), E("Person", "Viola Davis"), E("Person", "Dev Patel"),
           E("Person", "Octavia Spencer"), E("Company", "Disney"), E("Company", "Pixar"), E("Person", "Pete Docter"),
           E("Company", "Amazon.com"), E("Person", "Meryl Streep"), E("Person", "Jimmy Kimmel")],
 # films and songs ('La La Land', 'Zootopia', 'Finding Dory', 'Audition (The Fools Who Dream)') are no entities (as
 # TV shows; a doubtful point: GUIDELINES' Service list names games, not films), so "Disney's Zootopia", "Pixar's
 # Finding Dory" and 'Manchester by the Sea's nomination made ... Amazon.com the first movie streaming company' give
 # no relation; the Academy Awards/Oscars, categories and a hashtag are no entities; 'Lionsgate studio' → Lionsgate;
 # 'the e-commerce website Amazon.com', 'movie streaming company' → Company; a director, a cinematographer, an editor
 # of a film and a hashtag's creator → no role (no organisation); 'the Asian American/Pacific Islander community' and
 # 'US combat medic' name no entity; '1950s', "1990's" (a film's decade or year, unclear) and 'two years ago' not
 # listed; 'last year'/'Last year' → 2016, 'This year'/'this year' → 2017
 roles=[],
 relations=[],
 outages=[],
 dates=[D("Yesterday", "2017-01-24"), D("last year", "2016"), D("This year", "2017"), D("February 26", "2017-02-26")])

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A), (IDS2, A2))
