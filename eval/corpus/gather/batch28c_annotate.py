#!/usr/bin/env python3
"""Batch 28c gold annotations (the 5 texts of batch28c.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Texts with `published` null: only absolute
dates (GUIDELINES.md, Dates).
Part 2 (A2, written with --part2): the 6 historic Hansard items of batch28c.py's R2, annotated from the texts alone before
newskg ran on any text of the batch; its own split cycle over its own sorted ids, so part 1's splits stay untouched.
Part 3 (A3, written with --part3): the 4 historic Hansard items of batch28c.py's R3, annotated from the texts alone before
newskg ran on any of them (after part 2's first look); its own split cycle over its own sorted ids.
usage: batch28c_annotate.py POOL_DIR eval/corpus [--part2|--part3]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["us-library-of-congress-blog-fends-off-ddos-attack-2016"] = dict(
 # the Library of Congress, a federal agency -> Organization ('the Library' throughout, capitalised: alias 'Library',
 # as the corpus's 'Commission' for the FCC); Congress.gov and the BARD service -> Service; the U.S. Copyright Office
 # and the National Library Service for the Blind and Physically Handicapped -> Organization; 'Library IT
 # professionals', 'contract partners', 'other agencies' -> generic, not annotated
 entities=[E("Person", "Bernard A. Barton Jr."), E("Organization", "Library of Congress", "Library"),
           E("Service", "Congress.gov"), E("Organization", "U.S. Copyright Office"), E("Service", "BARD"),
           E("Organization", "National Library Service for the Blind and Physically Handicapped")],
 # 'chief information officer of the Library of Congress' -> executive (as the corpus's TSB chief information officer)
 roles=[R("Bernard A. Barton Jr.", "executive", "Library of Congress")],
 # 'Library services and websites, including Congress.gov' -> Congress.gov provider the Library; 'the BARD service from
 # the National Library Service ...' -> provider that service; the Copyright Office's and the National Library
 # Service's place inside the Library is not stated -> no parentOrganization (doubtful: 'Library services ...,
 # including ... the U.S. Copyright Office' reads as if it were part of the Library)
 relations=[L("Congress.gov", "provider", "Library of Congress"),
            L("BARD", "provider", "National Library Service for the Blind and Physically Handicapped")],
 # one outage: the DDoS attack of Sunday 17 July 2016 disrupted the Library's services and websites -> provider the
 # Library (whose systems were attacked); affected the named services and the Copyright Office; 'Sunday morning' is no
 # clock time -> start null; no end day or duration stated ('this week')
 outages=[O("Library of Congress", "2016-07-17", ["Congress.gov", "U.S. Copyright Office", "BARD"],
            cause="distributed denial of service (DDoS) attack")],
 # against `published` 2016-07-20 (a Wednesday; doubtful, see batch28c.py): 'Sunday morning' and 'July 17' -> 17 July
 # 2016; 'this week', 'for now' -> skipped
 dates=[D("Sunday morning", "2016-07-17"), D("July 17", "2016-07-17")])

A["wp-september-2013-new-haven-line-power-outage"] = dict(
 # Metro-North Railroad and Con Edison -> Company; the New Haven Line, the railroad's line and train service ->
 # Service (doubtful: a rail line could be read as a facility, Location); 'Mount Vernon, New York' and 'Harrison, New
 # York' -> the two towns and New York (as the corpus's 'City, State' places)
 entities=[E("Company", "Metro-North Railroad"), E("Service", "New Haven Line"), E("Company", "Con Edison"),
           E("Location", "Mount Vernon"), E("Location", "New York"), E("Location", "Harrison")],
 roles=[],
 # 'Metro-North Railroad's New Haven Line' -> provider; 'a ... feeder cable from Con Edison that provided electricity
 # to ... the New Haven Line' -> no partner (a supply relation between the two companies is implied, not stated as
 # a contract; doubtful)
 relations=[L("New Haven Line", "provider", "Metro-North Railroad")],
 # one outage: Con Edison's feeder cable failed on 25 September 2013 and halted electric train service on the line
 # -> provider Con Edison (whose equipment failed; doubtful: the railroad's service is what stopped); 'for twelve
 # days' -> 288 hours; place between the two towns; cause the feeder cable's failure
 outages=[O("Con Edison", "2013-09-25", ["New Haven Line", "Metro-North Railroad"], dur=288.0,
            loc="between Mount Vernon and Harrison, New York", cause="main feeder cable failed")],
 # `published` null: absolute expressions only; the event name's 'September 2013' -> the month (as batch 27c's
 # event-name years); 'in 2013' -> the year
 dates=[D("September 2013", "2013-09"), D("2013", "2013"), D("September 25, 2013", "2013-09-25")])

A["us-house-science-committee-letter-national-weather-service-outage"] = dict(
 # the House committee -> Organization ('the Committee' in the letter: alias 'Committee'); the National Weather
 # Service -> Organization (alias NWS); 'Texas' in the members' '(R-Texas)', '(D-Texas)' -> Location (doubtful: batch
 # 17c's Markey release left its '(D-Mass.)' abbreviations out); 'Americans' -> not annotated
 entities=[E("Organization", "U.S. House Science, Space, and Technology Committee", "Committee"),
           E("Person", "Lamar Smith"), E("Person", "Eddie Bernice Johnson"), E("Location", "Texas"),
           E("Organization", "National Weather Service", "NWS"), E("Person", "Louis Uccellini")],
 # 'Director Louis Uccellini' of the NWS -> head (an agency's director leading it); the committee's chairman and
 # ranking member are legislators -> no role (batch 17c)
 roles=[R("Louis Uccellini", "head", "National Weather Service")],
 relations=[],
 # one outage: the NWS 'suffered a power outage' and 'stopped disseminating forecasts, warnings, ... for hours' ->
 # provider the NWS; `published` null, 'On Monday' unresolved -> date null; 'for hours' -> no duration; the
 # disseminated products are not named services -> affected []
 outages=[O("National Weather Service", None, [], cause="power outage")],
 # `published` null: 'today', 'On Monday', 'daily' -> nothing
 dates=[])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["hansard-lords-rural-payments-agency-basic-payment-scheme-2015"] = dict(
 # the agency is named in the text only as 'the RPA' (its full name is in the title only) -> Organization 'RPA';
 # England -> Location; the basic payment scheme, the common agricultural policy, the SPS computer system -> a
 # programme, a policy, a system named generically -> not annotated; the speaking minister is unnamed -> no role
 entities=[E("Organization", "RPA"), E("Location", "England")],
 roles=[],
 relations=[],
 # 'performance issues with the online interface', paper-based forms offered instead -> no outage (no service said
 # down, no start told; a near-miss, as batch 19b's planned pause)
 outages=[],
 # against `published` 2015-03-24: 'since February' -> February 2015; 'in April' -> April 2015; 'To date', 'the
 # first year' -> skipped
 dates=[D("February", "2015-02"), D("April", "2015-04")])

A["fcc-pai-statement-oig-report-comment-system-2018"] = dict(
 # the FCC (aliases FCC, 'the Commission' -> 'Commission', as the corpus's FCC files); the Office of Inspector General
 # (also 'the Office of the Inspector General'; 'The Inspector General’s office' is a possessive phrase, not added);
 # the Electronic Comment Filing System (ECFS) -> Service; Congress -> Organization; the dateline 'WASHINGTON' ->
 # Location (as the corpus's datelines); 'the prior Administration', 'the American people' -> not annotated
 entities=[E("Location", "WASHINGTON"), E("Organization", "Federal Communications Commission", "FCC", "Commission"),
           E("Person", "Ajit Pai"),
           E("Organization", "Office of Inspector General", "Office of the Inspector General"),
           E("Service", "Electronic Comment Filing System", "ECFS"), E("Organization", "Congress")],
 # 'Federal Communications Commission Chairman Ajit Pai' -> chairman; the former CIO is unnamed -> no role
 roles=[R("Ajit Pai", "chairman", "Federal Communications Commission")],
 # 'the FCC’s Electronic Comment Filing System' -> provider; the Inspector General's office is not said to be the
 # FCC's -> no parentOrganization
 relations=[L("Electronic Comment Filing System", "provider", "Federal Communications Commission")],
 # 'the incident involving the FCC’s ECFS that took place on May 7-8, 2017' -> no service said lost -> no outage
 # (near-miss)
 outages=[],
 # 'May 7-8, 2017' -> its first day (as the corpus's 'January 18–19, 2012'); 'For several months' -> skipped
 dates=[D("August 6, 2018", "2018-08-06"), D("May 7-8, 2017", "2017-05-07")])

IDS = sorted(A)

# ---- part 2: historic Hansard --------------------------------------------------------------------------------------
A2 = {}
A2["hansard-lords-west-london-electricity-power-failure-1964"] = dict(
 # the Central Electricity Generating Board, a state-owned utility run as a business -> Company (as the corpus's
 # Eskom and Ceylon Electricity Board; alias 'Generating Board'); the power stations and the switching station are
 # named facilities -> Location (the Battersea one by its full name; 'Acton Lane' from 'the Battersea and Acton Lane
 # Power Stations', doubtful); the areas -> Location ('Western London Area' as written; 'Central and West London' ->
 # London; West End); the London Fire Brigade -> Organization; the speakers are in the left-out speaker lines only
 entities=[E("Location", "Western London Area"), E("Location", "London"), E("Location", "West End"),
           E("Company", "Central Electricity Generating Board", "Generating Board"),
           E("Location", "Battersea Power Station"), E("Location", "Acton Lane"),
           E("Location", "Iver Super-grid switching station"), E("Organization", "London Fire Brigade")],
 roles=[],
 relations=[],
 # one outage: the power failure of 20 April 1964 ('yesterday evening' against `published` 1964-04-21) begun by the
 # breakdown of the Board's transmission lines -> provider the Board; start 6.32 p.m. (the time the question gives;
 # the answer says 'about 6.30 p.m.'); 'all by just after midnight' is no exact end -> end and duration null;
 # location Central and West London; about a quarter of a million consumers (no named service)
 outages=[O("Central Electricity Generating Board", "1964-04-20", [], start="1964-04-20T18:32",
            loc="Central and West London", cause="breakdown of the transmission lines")],
 # clock times on the dated day kept (as batch 27c); 'just after midnight' -> skipped (not exact)
 dates=[D("yesterday evening", "1964-04-20"), D("6.32 p.m.", "1964-04-20T18:32"), D("6.30 p.m.", "1964-04-20T18:30"),
        D("10.30 p.m.", "1964-04-20T22:30")])

A2["hansard-written-answer-electricity-supply-merseyside-1993"] = dict(
 # the National Grid Company (alias NGC) and the Merseyside and North Wales Electricity Board (the area board whose
 # customers lost supply) -> Company; the Board of Trade (its President is asked) -> Organization; Merseyside,
 # Liverpool -> Location ('North Wales' only inside the board's name)
 entities=[E("Organization", "Board of Trade"), E("Location", "Merseyside"), E("Company", "National Grid Company", "NGC"),
           E("Location", "Liverpool"), E("Company", "Merseyside and North Wales Electricity Board")],
 roles=[],
 relations=[],
 # one outage: 'a malfunction in equipment belonging to the National Grid Company' cut supply 'between about 13.15 and
 # 14.30 on 13 December' -> provider NGC, 13:15-14:30, 1.25 h ('about': the times as stated), affected the area
 # board's customers -> the board
 outages=[O("National Grid Company", "1993-12-13", ["Merseyside and North Wales Electricity Board"],
            start="1993-12-13T13:15", end="1993-12-13T14:30", dur=1.25, loc="Liverpool area",
            cause="equipment malfunction")],
 # against `published` 1993-12-17
 dates=[D("13.15", "1993-12-13T13:15"), D("14.30", "1993-12-13T14:30"), D("13 December", "1993-12-13")])

A2["hansard-lords-chobham-telephone-service-flood-1968"] = dict(
 # the Post Office, in 1968 a government department running the telephone service -> Organization (doubtful: it ran
 # the service as a business and became a corporation in 1969); Chobham -> Location ('Chobham exchange' a building of
 # Chobham's, not annotated on its own); Her Majesty's Government -> Organization (corpus practice for 'To ask Her Majesty's Government'; second annotation 29's mend)
 entities=[E("Location", "Chobham"), E("Organization", "Post Office"), E("Organization", "Her Majesty's Government")],
 roles=[],
 relations=[],
 # one outage: heavy rain on 15 September 1968 flooded the exchange, 'loss of service to all Chobham lines', 950
 # restored by 3 p.m. on 16 September and 'all by September 24' -> provider the Post Office (whose exchange and
 # staff), end the day all lines were back ('September 26' in the supplementary is one subscriber's own line),
 # no duration (days, no clock time at the start)
 outages=[O("Post Office", "1968-09-15", [], end="1968-09-24", loc="Chobham", cause="heavy rain flooded the exchange")],
 # against `published` 1968-10-16: 'September the 15 to 16' -> its first day; 'the next day' -> 16 September
 dates=[D("September the 15 to 16", "1968-09-15"), D("September 15", "1968-09-15"), D("3 p.m.", "1968-09-16T15:00"),
        D("September 16", "1968-09-16"), D("the next day", "1968-09-16"), D("September 24", "1968-09-24"),
        D("September 26", "1968-09-26")])

A2["hansard-written-answer-water-supplies-leeds-1985"] = dict(
 # the Yorkshire water authority, the regional water utility (a public authority before the 1989 privatisation) ->
 # Company (doubtful: as the corpus's state utilities; it could be read as a public body, Organization); Leeds city
 # council -> Organization; Leeds, Headingley -> Location; 'the area health authority', 'the armed forces' -> generic
 entities=[E("Location", "Leeds"), E("Location", "Headingley"), E("Company", "Yorkshire water authority"),
           E("Organization", "Leeds city council")],
 roles=[],
 relations=[],
 # one outage: the 42in main burst on 10 December 1985 and up to 200,000 people lost normal supplies -> provider the
 # water authority (whose main burst); supplies not fully restored until 15 and 16 December -> no single end; location
 # Leeds; cause the burst main
 outages=[O("Yorkshire water authority", "1985-12-10", [], loc="Leeds", cause="burst water main")],
 # against `published` 1985-12-18; '15 and 16 December' and '11 to 16 December' -> their first days (as the corpus's
 # day ranges); 'laid in 1871' -> the year
 dates=[D("10 December 1985", "1985-12-10"), D("1871", "1871"), D("13 December", "1985-12-13"),
        D("15 and 16 December", "1985-12-15"), D("11 to 16 December", "1985-12-11")])

A2["hansard-written-answers-london-underground-power-failures-1993"] = dict(
 # London Underground -> Company (as batch 14); its lines -> Service ('Jubilee line', 'Bakerloo' from 'Bakerloo and
 # Northern line trains', 'Northern line'; as the New Haven Line of part 1); stations, generating stations and the
 # supply point -> Location (Charing Cross, Green Park, Lots Road, Greenwich, Neasden)
 entities=[E("Company", "London Underground"), E("Location", "Charing Cross"), E("Service", "Jubilee line"),
           E("Location", "Green Park"), E("Service", "Bakerloo"), E("Service", "Northern line"),
           E("Location", "Lots Road"), E("Location", "Greenwich"), E("Location", "Neasden")],
 roles=[],
 # the lines are London Underground's (its service, 'All Jubilee line trains ...')
 relations=[L("Jubilee line", "provider", "London Underground"), L("Bakerloo", "provider", "London Underground"),
            L("Northern line", "provider", "London Underground")],
 # two outages told apart: the Charing Cross station power failure of 19 October 1992 ('failure of the local station
 # power supply', station closed for the rest of the day, lines' trains not stopping there) and the morning power
 # failure of 24 November 1993 (300,000 passengers); provider London Underground for both (its supply and service;
 # doubtful for 24 November, whose cause the excerpt does not give); the 'theoretical risk' answer is no event
 outages=[O("London Underground", "1992-10-19", ["Jubilee line", "Bakerloo", "Northern line"], loc="Charing Cross",
            cause="failure of the local station power supply"),
          O("London Underground", "1993-11-24", [])],
 # against `published` 1993-12-02: '24 November' -> 1993; '20 October' -> the day after 19 October 1992 (its year
 # from the same sentence's context, as batch 27c's 'July 2'); 'the past five years' -> skipped
 dates=[D("19 October 1992", "1992-10-19"), D("20 October", "1992-10-20"), D("24 November", "1993-11-24")])

A2["hansard-commons-electricity-power-cuts-1951"] = dict(
 # the British Electricity Authority, the nationalised electricity body -> Company (as part 2's CEGB); the Federation
 # of British Industries -> Organization; Kew -> Location; 'the Government' -> generic; the speakers are in the
 # left-out speaker lines only
 entities=[E("Company", "British Electricity Authority"), E("Location", "Kew"),
           E("Organization", "Federation of British Industries")],
 roles=[],
 relations=[],
 # 'power cuts of varying intensity in different parts of the country during the last few days' -> counted, not told
 # apart -> no outage (near-miss, as batch 26b's dumsor)
 outages=[],
 # against `published` 1951-05-10 (a Thursday): 'this year' -> 1951; 'April', 'May' -> 1951; 'Monday' and 'Tuesday'
 # of this week -> 7 and 8 May; 'Monday of last week' -> 30 April; 'on Monday' (the minister's addition) -> 7 May, the
 # same text and value as above, listed once; 'January' -> 1951-01; 'a year ago', 'the last few days', 'this week' ->
 # skipped
 dates=[D("this year", "1951"), D("April", "1951-04"), D("May", "1951-05"), D("Monday", "1951-05-07"),
        D("Tuesday", "1951-05-08"), D("Monday of last week", "1951-04-30"), D("January", "1951-01")])

IDS2 = sorted(A2)

# ---- part 3: more historic Hansard ---------------------------------------------------------------------------------
A3 = {}
A3["hansard-commons-gas-supplies-forest-of-dean-1960"] = dict(
 # the South Western Gas Board, a nationalised gas utility -> Company (as part 2's electricity boards; the member's
 # 'South West Gas Board' an alias); the Forest of Dean, the River Severn -> Location; 'the Minister of Power' -> a
 # post, no person named in the text
 entities=[E("Location", "Forest of Dean"), E("Location", "River Severn"),
           E("Company", "South Western Gas Board", "South West Gas Board")],
 roles=[],
 relations=[],
 # one outage: over 6,000 consumers 'suddenly deprived of gas by the accident on 25th October' (a gas main fractured in
 # an accident on the River Severn) -> provider the gas board (whose main and supply; doubtful: the cause is a physical
 # accident, the loss of a utility's service to its customers is what counts); supplies restored to all by 12 November
 # -> end 1960-11-12; location the Forest of Dean
 outages=[O("South Western Gas Board", "1960-10-25", [], end="1960-11-12", loc="Forest of Dean",
            cause="gas main fractured in an accident on the River Severn")],
 # against `published` 1960-11-21; 'within 48 hours', 'within nine days' -> skipped
 dates=[D("25th October", "1960-10-25"), D("8th November", "1960-11-08"), D("12th November", "1960-11-12")])

A3["hansard-lords-gas-supplies-in-cold-weather-1969"] = dict(
 # the three area gas boards -> Company; West Surrey, Princes Risborough -> Location; 'the 12 Area Boards', 'the gas
 # authorities' -> generic
 entities=[E("Company", "North Thames Gas Board"), E("Location", "West Surrey"), E("Company", "South Eastern Gas Board"),
           E("Location", "Princes Risborough"), E("Company", "Southern Gas Board")],
 roles=[],
 relations=[],
 # one outage: 'Gas supply failed for some 12 hours on February 8 in the Princes Risborough district of the Southern
 # Gas Board' -> provider the Southern Gas Board, 12 hours, cause the freezing of equipment; the two boards' pressure
 # reductions are no loss of supply ('there was no failure in gas supply except in the Princes Risborough district') ->
 # no outage (doubtful: reduced pressure for 48 hours could be read as a degraded service)
 outages=[O("Southern Gas Board", "1969-02-08", [], dur=12.0, loc="Princes Risborough district",
            cause="freezing of equipment")],
 # against `published` 1969-02-25: 'February 8 to 10' -> its first day
 dates=[D("February 8 to 10", "1969-02-08"), D("February 8", "1969-02-08")])

A3["hansard-written-answer-prestwick-air-traffic-control-power-failure-1990"] = dict(
 # Atlantic house (the building), Prestwick, the Scottish and oceanic air traffic control centre (a facility named in
 # lower case; doubtful) -> Location; the Civil Aviation Authority -> Organization
 entities=[E("Location", "Atlantic house"), E("Location", "Prestwick"),
           E("Location", "Scottish and oceanic air traffic control centre"),
           E("Organization", "Civil Aviation Authority")],
 roles=[],
 relations=[],
 # one outage: the power failure at the centre at 2.37 pm on 2 November 1990, eight minutes (radar data lost for 13)
 # -> provider the Civil Aviation Authority (the careful reader's conclusion: it runs the inquiry and the 'remedial
 # action'; doubtful: the text does not say it runs the centre), start 14:37, end 14:45, 0.13 h (eight minutes)
 outages=[O("Civil Aviation Authority", "1990-11-02", [], start="1990-11-02T14:37", end="1990-11-02T14:45", dur=0.13,
            loc="Atlantic house, Prestwick", cause="power failure")],
 # against `published` 1990-11-12
 dates=[D("Friday 2 November", "1990-11-02"), D("2.37 pm", "1990-11-02T14:37"), D("2 November", "1990-11-02")])

A3["hansard-commons-adjournment-debate-gas-supplies-scotland-1996"] = dict(
 # British Gas and its distribution company TransCo -> Company; Ofgas, the gas regulator -> Organization; the places
 # -> Location (Clydesdale, a constituency, as a place); Mr. Hood, a member -> Person, no role (legislator); 'the
 # Director General of Gas Supply' -> a post, unnamed
 entities=[E("Location", "Scotland"), E("Location", "Prestonpans"), E("Location", "Cockenzie"),
           E("Location", "Port Seton"), E("Location", "Stonehouse"), E("Location", "Lanarkshire"),
           E("Location", "Clydesdale"), E("Person", "Hood"), E("Company", "British Gas"), E("Company", "TransCo"),
           E("Location", "Brighton"), E("Location", "Cornwall"), E("Location", "East Lothian"),
           E("Organization", "Ofgas")],
 roles=[],
 # 'British Gas's distribution company, TransCo' -> parentOrganization
 relations=[L("TransCo", "parentOrganization", "British Gas")],
 # two outages told apart: the gas supply to 4,180 households in Prestonpans, Cockenzie and Port Seton failed on Friday
 # 29 December 1995, TransCo reinstating it -> provider TransCo ('up to three days' -> no duration); 'a similiar
 # failure in the gas supply at Stonehouse in Lanarkshire' -> provider and date not stated -> null (doubtful: likely
 # the same cold week and the same distributor)
 outages=[O("TransCo", "1995-12-29", [], loc="Prestonpans, Cockenzie and Port Seton"),
          O(None, None, [], loc="Stonehouse, Lanarkshire")],
 # 'Three months later', 'Hogmanay weekend', 'the holiday week' -> skipped (no calendar value a reader is sure of)
 dates=[D("Friday 29 December 1995", "1995-12-29")])

IDS3 = sorted(A3)

if __name__ == "__main__":
    if "--part3" in sys.argv:
        b10.write_parts(sys.argv[1], sys.argv[2], (IDS3, A3))
    else:
        b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
