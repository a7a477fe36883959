#!/usr/bin/env python3
"""Batch 27c gold annotations (the 2 texts of batch27c.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
Part 2 (A2, written with --part2): the 4 public-sector texts of batch27c.py's R2, annotated from the texts alone before
newskg ran on any text of the batch; its own split cycle over its own sorted ids, so part 1's splits stay untouched.
Part 3 (A3, written with --part3): batch27c.py's R3 (one text), annotated the same way; its own cycle (one id: test).
Part 4 (A4, written with --part4): batch27c.py's R4 (two texts), annotated the same way before newskg ran on them; its
own cycle over its own sorted ids (scottish-government-... test, wp-... train).
usage: batch27c_annotate.py POOL_DIR eval/corpus [--part2|--part3|--part4]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["wp-1996-western-north-america-blackouts"] = dict(
 # regions, provinces, states and countries -> Location ('western Mexico' and 'Baja California, Mexico' name Mexico;
 # 'western US states' and 'Canadian provinces' are adjectives -> nothing more); President Bill Clinton -> Person; the
 # United States Department of Energy -> Organization; BPA, owner of transmission lines, named only by its acronym ->
 # Organization (doubtful: read as the federal power marketer; a utility run as a business would be Company); the
 # named transmission lines (Big Eddy-Ostrander, John Day–Marion, Marion–Lane) are equipment -> not annotated
 entities=[E("Location", "Western Canada"), E("Location", "Western United States"), E("Location", "Northwest Mexico"),
           E("Location", "Idaho"), E("Location", "Alberta"), E("Location", "British Columbia"), E("Location", "Canada"),
           E("Location", "Mexico"), E("Location", "Montana"), E("Location", "Utah"), E("Location", "New Mexico"),
           E("Location", "California"), E("Location", "Arizona"), E("Person", "Bill Clinton"),
           E("Organization", "United States Department of Energy"), E("Location", "Baja California"),
           E("Organization", "BPA")],
 # 'President Bill Clinton': the United States is not named on its own (only inside 'Western United States' and the
 # department's name) -> no role (as batch 26f's 'South African President'; doubtful)
 roles=[],
 relations=[],
 # two outages told apart: 2 July 1996 (reactive power deficiency in the Idaho area; no operator named -> provider
 # null; 'in an hour or two' not exact -> no duration) and 10 August 1996 (begun by lines grounding to trees, one
 # 'also owned by BPA', so both BPA's -> provider BPA, the careful reader's conclusion; doubtful: the text says 'the
 # western electric grid experienced' it; 'several minutes to six hours' not one duration -> null; 2:06 p.m. is the
 # first line fault, not the start of the blackout -> start null); the next day's disconnections are not in the text
 outages=[O(None, "1996-07-02", [],
            loc="Alberta, British Columbia, western Mexico, Idaho, Montana, Utah, New Mexico, California and Arizona",
            cause="reactive power deficiency"),
          O("BPA", "1996-08-10", [], loc="seven western US states, two Canadian provinces and Baja California",
            cause="transmission lines grounded to trees")],
 # 'July 2' in 'on July 2 and August 10, 1996' takes its year from the pair (as batch 26b's '19 February'); the
 # event name's year '1996' (as batch 26b's event-name years); clock times on the dated day 10 August 1996 (as
 # batch 26b kept clock times on a dated day)
 dates=[D("July 2", "1996-07-02"), D("August 10, 1996", "1996-08-10"), D("1996", "1996"),
        D("July 2, 1996", "1996-07-02"), D("2:06 p.m.", "1996-08-10T14:06"), D("2:52 p.m.", "1996-08-10T14:52")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["wp-south-african-energy-crisis"] = dict(
 # Eskom, 'government-owned national power utility' -> Company (state companies as Company); South Africa ->
 # Location; Jacob Zuma and Mbeki ('the Jacob Zuma administration', 'the Mbeki government') -> Person, no title
 # stated -> no role; 'the South African government', 'the national government' -> generic, not annotated
 entities=[E("Location", "South Africa"), E("Company", "Eskom"), E("Person", "Jacob Zuma"), E("Person", "Mbeki")],
 roles=[],
 relations=[],
 # load shedding and rolling blackouts over years, a period counted, not told one by one -> no outage (Decisions,
 # batch 15b on; as batch 26b's dumsor)
 outages=[],
 # 'the end of 2007' -> the year; 'the end of January 2025' -> the month (Dates rules)
 dates=[D("the end of 2007", "2007"), D("April 2024", "2024-04"), D("January 2022", "2022-01"),
        D("the end of January 2025", "2025-01"), D("December 1998", "1998-12"), D("2007", "2007"),
        D("1998", "1998"), D("2002", "2002")])

IDS = sorted(A)

# ---- part 2 -------------------------------------------------------------------------------------------------------
A2 = {}
A2["ofgem-press-release-investigate-ukpn-sse-christmas-storms-2014"] = dict(
 # Ofgem, the regulator -> Organization; the three distribution network operators -> Company with their acronyms
 # ('SSE Southern' is SSE's southern region, covered by the alias SSE); 'DNOs' is generic
 entities=[E("Organization", "Ofgem"), E("Company", "UK Power Networks", "UKPN"),
           E("Company", "Scottish and Southern Energy", "SSE"), E("Company", "Western Power Distribution", "WPD")],
 roles=[],
 relations=[],
 # the 2013 Christmas storms cut supply to around a million customers; the text names two operators whose customers
 # were cut ('more than 500 premises in the UKPN and SSE Southern regions were without supply for over five days',
 # slowest 'in reconnecting their electricity supply') -> one outage each, provider the network operator, date the
 # month of the Christmas storms (2013-12; no day stated); WPD is named only for answering calls -> no outage;
 # 'over five days', 'over 48 hours' are not durations of one outage -> null (doubtful: the storm cuts could be read as
 # one event with provider null, as the corpus's Storm Arwen and Darragh items, which name no operator)
 outages=[O("UK Power Networks", "2013-12", [], cause="Christmas storms"),
          O("Scottish and Southern Energy", "2013-12", [], loc="SSE Southern region", cause="Christmas storms")],
 # 'the 2013 Christmas storms' -> the year; 'within two months' is a period -> skipped
 dates=[D("2013", "2013"), D("July 2014", "2014-07")])

A2["ofgem-statement-sheffield-gas-supply-incident-cadent"] = dict(
 # Cadent (the gas network whose customers lost supply), Northern Powergrid and Yorkshire Water -> Company; Ofgem ->
 # Organization (named in the title only and as 'Ofgem staff' in the text)
 entities=[E("Organization", "Ofgem"), E("Location", "Sheffield"), E("Company", "Cadent"),
           E("Company", "Northern Powergrid"), E("Company", "Yorkshire Water")],
 roles=[],
 relations=[],
 # households in Sheffield without gas supply for a week, Cadent restoring supply and removing water from the gas
 # pipes -> provider Cadent; no date in the text and `published` null -> date null; 'for a week' is not an exact
 # duration -> null; cause 'water in the gas pipes' (the careful reader's conclusion from 'remove all of the water from
 # the gas pipes'; doubtful)
 outages=[O("Cadent", None, [], loc="Sheffield", cause="water in the gas pipes")],
 # `published` null: 'today', 'for a week', 'end of January' (no year) -> nothing
 dates=[])

A2["hansard-commons-statement-energy-grid-resilience-iberian-outage-2025"] = dict(
 # countries and regions -> Location ('Iberia' an alias of the Iberian peninsula, 'GB' of Great Britain); NESO ->
 # Organization (as batch 14's Heathrow substation text); the European Commission -> Organization; 'the Spanish
 # network operator', 'My Department', 'The Secretary of State' are unnamed -> no entity
 entities=[E("Location", "UK"), E("Location", "Iberian peninsula", "Iberia"), E("Location", "Great Britain", "GB"),
           E("Organization", "National Energy System Operator", "NESO"), E("Location", "Spain"),
           E("Location", "Portugal"), E("Location", "Andorra"), E("Location", "France"),
           E("Organization", "European Commission")],
 # the minister is named only in the attribution, not in the text -> no role
 roles=[],
 relations=[],
 # one outage: power lost across the Iberian peninsula on Monday 28 April, restored 'yesterday, Tuesday 29 April';
 # the operator ('the Spanish network operator') is not named -> provider null; cause 'yet to be confirmed' -> null
 outages=[O(None, "2025-04-28", [], end="2025-04-29", loc="Iberian peninsula")],
 # against `published` Wednesday 30 April 2025; 'over the past two days' -> skipped
 dates=[D("Monday", "2025-04-28"), D("Monday 28 April", "2025-04-28"), D("yesterday", "2025-04-29"),
        D("Tuesday 29 April", "2025-04-29")])

A2["us-courts-statement-cyberattacks-case-management-system-2025"] = dict(
 # the Administrative Office of the United States Courts, Congress and the two departments -> Organization; 'the
 # federal Judiciary' is a generic description of the branch -> not annotated (doubtful)
 entities=[E("Organization", "Administrative Office of the United States Courts"), E("Organization", "Congress"),
           E("Organization", "Department of Justice"), E("Organization", "Department of Homeland Security")],
 roles=[],
 relations=[],
 # cyberattacks on the case management system and tighter access to sealed filings; no service said lost -> no
 # outage (near-miss, as batch 26f's data breaches)
 outages=[],
 # 'Over the past few years' -> skipped
 dates=[])

IDS2 = sorted(A2)

# ---- part 3 -------------------------------------------------------------------------------------------------------
A3 = {}
A3["wp-2024-cyberattack-on-kadokawa-and-niconico"] = dict(
 # Kadokawa Corporation ('Kadokawa', 'Kadokawa Group' the same group) -> Company; Niconico, the video platform users
 # use -> Service; Dwango, its owner -> Company; Kadokawa Taiwan -> Company; BlackSuit, a hacker group ->
 # Organization; Alexa Internet and Wired -> Company (an analytics business, a news business); the Kanto Local Finance
 # Bureau -> Organization; 'Russian-linked', 'Japanese' are adjectives
 entities=[E("Company", "Kadokawa Corporation", "Kadokawa", "Kadokawa Group"), E("Service", "Niconico"),
           E("Organization", "BlackSuit"), E("Company", "Dwango"), E("Company", "Alexa Internet"),
           E("Location", "Japan"), E("Company", "Kadokawa Taiwan"), E("Company", "Wired"),
           E("Person", "Fumio Kishida"), E("Organization", "Kanto Local Finance Bureau")],
 # 'Japanese prime minister Fumio Kishida', Japan named on its own -> minister of Japan (as the corpus's prime
 # ministers)
 roles=[R("Fumio Kishida", "minister", "Japan")],
 # 'Niconico's owner, Dwango' -> provider; 'Dwango is a subsidiary of Kadokawa Corporation' -> parentOrganization;
 # Kadokawa Taiwan's link to the group is not stated -> nothing (doubtful)
 relations=[L("Niconico", "provider", "Dwango"), L("Dwango", "parentOrganization", "Kadokawa Corporation")],
 # one outage: the group's services, Niconico among them, down from around 3:30 JST on June 8, 2024 after the
 # ransomware attack -> provider Kadokawa Corporation (its group's systems were attacked; doubtful: Dwango runs
 # Niconico and stopped its services), affected Niconico, start 03:30 local; Kadokawa Taiwan's June 3 attack leaked
 # data, no service said lost -> no outage
 outages=[O("Kadokawa Corporation", "2024-06-08", ["Niconico"], start="2024-06-08T03:30",
            cause="ransomware cyberattack")],
 # `published` null: absolute dates only; clock times on the dated day June 8, 2024 kept (as batch 26b); 'June 9'
 # (no year), 'Two days after', 'One day before' -> skipped
 dates=[D("June 8, 2024", "2024-06-08"), D("2006", "2006"), D("May 1, 2022", "2022-05-01"),
        D("June 3, 2024", "2024-06-03"), D("2024", "2024"), D("3:30", "2024-06-08T03:30"),
        D("6:00", "2024-06-08T06:00")])

IDS3 = sorted(A3)

# ---- part 4 -------------------------------------------------------------------------------------------------------
A4 = {}
A4["wp-power-outages-in-sri-lanka"] = dict(
 # the Ceylon Electricity Board (CEB), the state utility -> Company (state companies as Company, as Eskom above); the
 # Ministry of Power -> Organization; Kerawalapitiya Grid-Sub station, a facility -> Location (GUIDELINES.md, power
 # station); 'Sinhalese New Year', 'Puthandu' are festivals, 'SLST' a time zone -> not annotated
 entities=[E("Location", "Sri Lanka"), E("Company", "Ceylon Electricity Board", "CEB"),
           E("Person", "Maithripala Sirisena"), E("Person", "Ranil Wickremesinghe"),
           E("Person", "Ravi Karunanayake", "Karunanayake"), E("Location", "Kerawalapitiya Grid-Sub station"),
           E("Organization", "Ministry of Power")],
 # heads of state/government and ministers with Sri Lanka named on its own -> president / minister (the text tells
 # 2019 without 'then' or 'former': current as written, as the corpus's Wikipedia texts)
 roles=[R("Maithripala Sirisena", "president", "Sri Lanka"), R("Ranil Wickremesinghe", "minister", "Sri Lanka"),
        R("Ravi Karunanayake", "minister", "Sri Lanka")],
 # 'the Ceylon Electricity Board (CEB), the main electricity provider': no Service named -> no relation
 relations=[],
 # three outages told apart: (1) the nationwide blackout of March 2016, no operator named -> provider null, 'over
 # eight hours' -> no duration (as batch 26b); (2) the rolling blackouts of 18 March - 10 April 2019, one episode told
 # with its start, end, cause and the utility that restricted supply -> one outage, provider Ceylon Electricity Board
 # (doubtful: daily cuts of three to five hours could be read as load shedding counted, not told one by one, as part
 # 1's South Africa near-miss; here the text tells one dated episode of planned shutoffs of a utility service, which
 # GUIDELINES.md counts); end left null (a day, not a clock time); (3) the nationwide blackouts of 17 August 2020 from
 # around 12.30 pm, 'over seven hours' -> no duration; the failed grid substation's owner is not named in that
 # paragraph -> provider null (doubtful: a reader could take the CEB, named above as the main provider)
 outages=[O(None, "2016-03", [], loc="Sri Lanka"),
          O("Ceylon Electricity Board", "2019-03-18", [], loc="Sri Lanka", cause="severe drought"),
          O(None, "2020-08-17", [], start="2020-08-17T12:30", loc="Sri Lanka",
            cause="transmission technical failure at the Kerawalapitiya Grid-Sub station")],
 # `published` null: absolute dates only; '18 March' takes its year from the pair 'from 18 March to 10 April 2019' (as
 # part 1's 'July 2'); '13 and 14 April' and 'on 10 April' (no year) -> skipped; '12.30 pm' on the dated day 17
 # August 2020 kept (as part 3's clock times)
 dates=[D("March 2016", "2016-03"), D("18 March", "2019-03-18"), D("10 April 2019", "2019-04-10"),
        D("24 March 2019", "2019-03-24"), D("17 August 2020", "2020-08-17"), D("12.30 pm", "2020-08-17T12:30")])

A4["scottish-government-recovering-from-storm-floris-ssen-2025"] = dict(
 # SSEN, 'Electricity network operator', named only by its acronym -> Company (as batch 16c2's SSEN); Inverness,
 # Dornoch, the Moray coast -> Location ('Moray'); 'Justice Secretary' with no country named on its own -> no role (as
 # batch 16c2's Keith Brown); Storm Floris, a storm -> not annotated
 entities=[E("Person", "Angela Constance", "Ms Constance"), E("Location", "Inverness"), E("Location", "Dornoch"),
           E("Location", "Moray"), E("Company", "SSEN")],
 roles=[],
 relations=[],
 # one outage: 71,000 properties lost power in the storm, the network operator SSEN reconnecting them -> provider
 # SSEN; the start day is not in the text ('over the past two days' is a span) -> date null; worst affected areas in
 # three places -> no single location; cause the storm
 outages=[O("SSEN", None, [], cause="Storm Floris")],
 # resolved against `published` 2025-08-07 (a Thursday): 'today', 'tonight' and 'on Thursday' all -> 2025-08-07
 # (doubtful: the words read as written on Wednesday 6 August; the rule resolves against `published`, always);
 # 'the past two days' -> skipped
 dates=[D("today", "2025-08-07"), D("tonight", "2025-08-07"), D("Thursday", "2025-08-07")])

IDS4 = sorted(A4)

if __name__ == "__main__":
    if "--part4" in sys.argv:
        b10.write_parts(sys.argv[1], sys.argv[2], (IDS4, A4))
    elif "--part3" in sys.argv:
        b10.write_parts(sys.argv[1], sys.argv[2], (IDS3, A3))
    else:
        b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
